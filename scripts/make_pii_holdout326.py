#!/usr/bin/env python3
"""Generate the pii_holdout326 held-out PII redaction evaluation set.

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout326.py           # (re)write cases.jsonl
    python scripts/make_pii_holdout326.py --check   # regenerate + verify
    python scripts/make_pii_holdout326.py --stats   # print counts table
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout326", "cases.jsonl")
SEED = 326241125
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# ----------------------------------------------------------------------------- case building
class V(object):
    """A labelled value segment. Segments sharing `grp` form one value (split readings)."""

    def __init__(self, text, typ, grp=None, partial=False):
        self.text, self.typ, self.grp, self.partial = text, typ, grp, partial


_GC = [0]


def G():
    _GC[0] += 1
    return "g%d" % _GC[0]


def build(turns):
    """turns: list of (speaker, [str | V, ...]). Returns (turns_json, spans, groups)."""
    tj, spans, groups = [], [], {}
    for ti, (spk, parts) in enumerate(turns):
        buf = ""
        if parts and not isinstance(parts[0], V):
            parts = [parts[0].lstrip()] + list(parts[1:])
        for p in parts:
            if isinstance(p, V):
                # the span runs from the value's first letter/digit to its last
                core = p.text.strip()
                while core and not core[0].isalnum():
                    core = core[1:]
                while core and not core[-1].isalnum():
                    core = core[:-1]
                lead = p.text[:p.text.index(core)]
                buf += lead
                s = len(buf)
                buf += core
                spans.append({"turn": ti, "start": s, "end": len(buf), "type": p.typ})
                g = p.grp or G()
                groups.setdefault(g, [p.typ, [], p.partial])[1].append(core)
                buf += p.text[len(lead) + len(core):]
            else:
                buf += p
        tj.append({"speaker": spk, "text": buf})
    return tj, spans, groups


# ----------------------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZW = {"zero": 0, "oh": 0, "o": 0, "nought": 0}
DW = dict((w, i) for i, w in enumerate(ONES))
DW.update(ZW)
TEENS = dict((w, 10 + i) for i, w in enumerate(TEENW))
TENS = dict((w, i) for i, w in enumerate(TENSW) if w)
FILLERS = {"um", "uh", "er", "erm", "uhm", "ah"}
NATO = {"alpha": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K", "lima": "L",
        "mike": "M", "xray": "X", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W",
        "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = dict((v, k) for k, v in NATO.items())
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def compact(text):
    """Normalise a typed or spoken reading to upper-case letters/digits ('+' kept)."""
    toks = re.findall(r"[a-z0-9]+|\+", text.lower())
    n = len(toks)
    out = []

    def num_at(j):
        t = toks[j] if j < n else None
        if t in TEENS:
            return str(TEENS[t]), j + 1
        if t in TENS:
            if j + 1 < n and toks[j + 1] in ONES[1:]:
                return str(TENS[t]) + str(ONES.index(toks[j + 1])), j + 2
            return str(TENS[t]) + "0", j + 1
        if t in DW:
            return str(DW[t]), j + 1
        return None

    i = 0
    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < n and toks[i + 1] == "for" and toks[i + 2] in NATO:
            out.append(NATO[toks[i + 2]])
            i += 3
            continue
        if (len(t) == 1 and t.isalpha() and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in"
                and toks[i + 3] in NATO):
            out.append(NATO[toks[i + 3]])
            i += 4
            continue
        if t in NATO:
            out.append(NATO[t])
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            if nx in DW:
                out.append(str(DW[nx]) * k)
            else:
                out.append(nx.upper() * k)
            i += 2
            continue
        if t in DW and i + 1 < n and toks[i + 1] == "hundred":
            h = str(DW[t])
            if i + 2 < n and toks[i + 2] == "and":
                r = num_at(i + 3)
                out.append(h + r[0].zfill(2))
                i = r[1]
            else:
                out.append(h + "00")
                i += 2
            continue
        r = num_at(i)
        if r:
            out.append(r[0])
            i = r[1]
            continue
        out.append(t.upper())
        i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"[^0-9]", "", compact(text))


def say_pair(d, zw):
    a, b = int(d[0]), int(d[1])
    if a == 0:
        return zw + " " + (zw if b == 0 else ONES[b])
    if a == 1:
        return TEENW[b]
    return TENSW[a] + ("" if b == 0 else " " + ONES[b])


def say_single(ds, zw, rng, dbl=True):
    words, i = [], 0
    while i < len(ds):
        d = ds[i]
        w = zw if d == "0" else ONES[int(d)]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        if dbl and run >= 3 and rng.random() < 0.5:
            words.append("triple " + w)
            i += 3
        elif dbl and run >= 2 and rng.random() < 0.65:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def say_group(ds, zw, rng, mode):
    if mode == "pairs" and len(ds) % 2 == 0:
        return " ".join(say_pair(ds[k:k + 2], zw) for k in range(0, len(ds), 2))
    if mode == "hund" and len(ds) == 3 and ds[0] != "0":
        h = ONES[int(ds[0])] + " hundred"
        r = int(ds[1:])
        if r == 0:
            return h
        return h + " and " + (ONES[r] if r < 10 else say_pair(ds[1:], zw))
    return say_single(ds, zw, rng)


def zero_word(rng, uk=True):
    return rng.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "zero", "o"])


def chunk(ds, lens):
    out, i = [], 0
    for L in lens:
        out.append(ds[i:i + L])
        i += L
    if i < len(ds):
        out.append(ds[i:])
    return [c for c in out if c]


def say_digits(ds, rng, lens=None, uk=True, filler_p=0.15, pair_p=0.25, hund_p=0.2, sep=None):
    """Speak a digit string group by group; verified to normalise back to ds."""
    lens = lens or [4] * 6
    zw = zero_word(rng, uk)
    sep = sep if sep is not None else rng.choice([" ", ", ", " ", "... "])
    parts = []
    for ci, c in enumerate(chunk(ds, lens)):
        r = rng.random()
        mode = "pairs" if r < pair_p else ("hund" if r < pair_p + hund_p else "single")
        w = say_group(c, zw, rng, mode)
        if ci and rng.random() < filler_p:
            w = rng.choice(["um", "uh", "er", "erm"]) + " " + w
        parts.append(w)
    s = sep.join(parts)
    if digits_of(s) != ds:
        s = sep.join(say_single(c, zw, rng, dbl=False) for c in chunk(ds, lens))
    assert digits_of(s) == ds, (s, ds)
    return s


def spell(s, rng, nato_p=0.3, zw="oh"):
    """Spell an alphanumeric string letter by letter (optionally NATO)."""
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zw if ch == "0" else ONES[int(ch)])
        elif ch == "O" or rng.random() < nato_p:
            out.append("%s for %s" % (ch.lower(), NATO_BY_LETTER[ch]))
        else:
            out.append(ch.lower())
    return " ".join(out)


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000]
    hi, lo = divmod(y, 100)
    hiw = say_pair(str(hi), "oh")
    low = "hundred" if lo == 0 else (say_pair("%02d" % lo, "oh"))
    return hiw + " " + low


# ----------------------------------------------------------------------------- value generators
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, L = {"visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(rng.choice("0123456789") for _ in range(L - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_lens(num):
    return {15: [4, 6, 5], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(len(num), [4, 4, 4, 4])


def typed_card(num, rng):
    lens = card_lens(num)
    r = rng.random()
    if r < 0.15:
        return num
    if r < 0.25 and len(num) == 16:
        lens = rng.choice([[4, 8, 4], [8, 8], [6, 6, 4], [4, 4, 8]])
    sep = rng.choice([" ", " ", "-", "  ", " - ", "."])
    return sep.join(chunk(num, lens))


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


IBAN_SPEC = {"GB": ("B4", 14), "IE": ("B4", 14), "DE": ("", 18), "NL": ("B4", 10), "ES": ("", 20),
             "FR": ("", 23), "IT": ("L1", 22), "BE": ("", 12)}


def iban_check(s):
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(rng, cc=None):
    cc = cc or rng.choice(list(IBAN_SPEC))
    bank, nd = IBAN_SPEC[cc]
    letters = ""
    if bank == "B4":
        letters = rng.choice(["NWBK", "BARC", "HSBC", "LOYD", "AIBK", "BOFI", "ABNA", "RABO", "INGB",
                              "MIDL", "IPBS"])
    elif bank == "L1":
        letters = rng.choice("ABCDX")
    bban = letters + "".join(rng.choice("0123456789") for _ in range(nd))
    base = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in base))
    chk = 98 - n % 97
    iban = cc + "%02d" % chk + bban
    assert iban_check(iban)
    return iban


def make_uk_postcode(rng):
    area = rng.choice(["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BS", "L",
                       "NG", "CR", "BT", "RG", "CB", "BN", "DN", "S", "LE", "KT", "HA", "EC"])
    dist = str(rng.randint(1, 28 if len(area) == 2 else 9))
    if area in ("SW", "EC", "W") and rng.random() < 0.3:
        dist = str(rng.randint(1, 9)) + rng.choice("ABH")
    inward = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist + " " + inward


def make_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.25:
        z += "-%04d" % rng.randint(1, 9999)
    return z


FIRST = ["sarah", "james", "aoife", "priya", "tom", "maria", "declan", "chloe", "ahmed", "lucy", "raj",
         "niamh", "kevin", "grace", "oluwaseun", "megan", "dan", "fiona", "carlos", "hannah", "sean",
         "jo", "mark", "emma", "liam", "zoe", "pete", "ana", "matt", "beth"]
LAST = ["smith", "oconnor", "patel", "jones", "murphy", "kowalski", "nguyen", "brennan", "walsh",
        "taylor", "garcia", "hughes", "okafor", "byrne", "khan", "miller", "davies", "reilly", "clarke",
        "fischer"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"),
           ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("web", "de"),
           ("protonmail", "com"), ("aol", "com"), ("live", "ie"), ("sky", "com")]
STREETS = ["Hawthorn", "Kingsley", "Mill", "Station", "Church", "Victoria", "Oak", "Maple", "Elm",
           "Brook", "Castle", "Meadow", "Orchard", "Park", "Willow", "Harbour", "Chapel", "Queens",
           "Riverside", "Sycamore", "Lincoln", "Washington", "Cedar", "Pine", "Grafton", "Dorset"]
SUFFIX_UK = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Terrace", "Grove",
             "Gardens", "Way", "Place", "Court"]
SUFFIX_US = ["Street", "St", "Avenue", "Ave", "Drive", "Dr", "Boulevard", "Blvd", "Road", "Rd", "Lane",
             "Court", "Way"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Croydon", "Reading", "Cardiff", "Glasgow", "Belfast",
            "Nottingham", "Brighton", "Sheffield", "Leicester"]
TOWNS_US = [("Austin", "TX"), ("Columbus", "OH"), ("Fresno", "CA"), ("Tampa", "FL"), ("Denver", "CO"),
            ("Albany", "NY"), ("Raleigh", "NC"), ("Boise", "ID")]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Dublin 8", "Waterford", "Sligo"]


def make_address(rng, region, spoken):
    num = rng.randint(1, 250 if region != "US" else 9800)
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIX_US if region == "US" else SUFFIX_UK)
    flat = None
    if rng.random() < 0.3:
        flat = rng.choice(["Flat", "Apartment", "Apt", "Unit"] if region == "US" or rng.random() < 0.3
                          else ["Flat", "Flat", "Apartment"])
        flat += " " + str(rng.randint(1, 24)) + (rng.choice(["", "", "B", "A"]))
    if region != "US" and rng.random() < 0.12:
        numtxt = "%d%s" % (num, rng.choice("ab"))
    else:
        numtxt = str(num)
    if not spoken:
        s = (flat + rng.choice([", ", " "]) if flat else "") + numtxt + " " + street + " " + suf
        if rng.random() < 0.2:
            s = s.lower()
        return s
    sfx = {"St": "street", "Ave": "avenue", "Dr": "drive", "Blvd": "boulevard", "Rd": "road"}.get(suf, suf).lower()
    if num >= 1000:
        nw = say_pair(str(num)[:2], "oh") + " " + say_pair(str(num)[2:], "oh")
    elif num >= 100:
        nw = say_group(str(num), "oh", rng, "hund")
    elif num >= 10:
        nw = say_pair(str(num), "oh")
    else:
        nw = ONES[num]
    if numtxt[-1].isalpha():
        nw += " " + numtxt[-1]
    s = ""
    if flat:
        fw = flat.split()
        s = fw[0].lower() + " " + say_digits(re.sub(r"\D", "", fw[1]), rng, filler_p=0, pair_p=0.7)
        if fw[1][-1].isalpha():
            s += " " + fw[1][-1].lower()
        s += rng.choice([", ", " "])
    return s + nw + " " + street.lower() + " " + sfx


def typed_postcode(pc, rng):
    r = rng.random()
    if r < 0.2:
        return pc.lower()
    if r < 0.3:
        return pc.replace(" ", "")
    return pc


def spoken_postcode(pc, rng):
    if pc[0].isdigit():
        return say_digits(pc.replace("-", ""), rng, lens=[5, 4], filler_p=0, uk=False)
    out, inw = pc.split(" ")
    return spell(out, rng, nato_p=0.25) + rng.choice([", ", " ", " ... "]) + spell(inw, rng, nato_p=0.25)


def make_dob(rng):
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def typed_dob(d, rng, us=False):
    y, m, dd = d
    mon = MONTHS[m - 1].capitalize()
    fmts = ["%02d/%02d/%d" % ((m, dd, y) if us else (dd, m, y)),
            "%d/%d/%02d" % ((m, dd, y % 100) if us else (dd, m, y % 100)),
            "%d %s %d" % (dd, mon, y), "%s %d, %d" % (mon, dd, y),
            "%d%s %s %d" % (dd, ordsuf(dd), mon[:3], y), "%02d-%02d-%d" % ((m, dd, y) if us else (dd, m, y)),
            "%d.%d.%d" % (dd, m, y)]
    return rng.choice(fmts)


def ordsuf(n):
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def spoken_dob(d, rng, us=False):
    y, m, dd = d
    yw = say_year(y) if rng.random() < 0.75 else say_pair("%02d" % (y % 100), "oh")
    r = rng.random()
    if r < 0.35:
        return "%s of %s %s" % (ORD[dd], MONTHS[m - 1], yw)
    if r < 0.6:
        return "%s %s %s" % (MONTHS[m - 1], ORD[dd], yw)
    if r < 0.75:
        return "the %s of the %s %s" % (ORD[dd], ORD[m], yw)
    if r < 0.88:
        return "%s %s uh %s" % (ORD[dd], MONTHS[m - 1], yw)
    ds = "%02d%02d%02d" % ((m, dd, y % 100) if us else (dd, m, y % 100))
    return say_digits(ds, rng, lens=[2, 2, 2], filler_p=0, pair_p=0.3, hund_p=0)


def make_expiry(rng):
    return rng.randint(1, 12), rng.randint(26, 31)


def typed_expiry(e, rng):
    m, y = e
    return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                       "%s %02d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d-%02d" % (m, y),
                       "%02d%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1].capitalize(), y)])


def spoken_expiry(e, rng):
    m, y = e
    yw = say_pair("%02d" % y, "oh")
    r = rng.random()
    if r < 0.3:
        return "%s %s" % (say_pair("%02d" % m, rng.choice(["oh", "zero"])) if m < 10 else say_pair(str(m), "oh"), yw)
    if r < 0.55:
        return "%s %s" % (MONTHS[m - 1], yw)
    if r < 0.7:
        return "%s twenty %s" % (MONTHS[m - 1], yw)
    if r < 0.85:
        return "%s slash %s" % (say_single("%02d" % m, "zero", rng, dbl=False), say_single("%02d" % y, "oh", rng, dbl=False))
    return "%s of %s" % (MONTHS[m - 1], yw)


def make_phone(rng, region):
    if region == "UK":
        if rng.random() < 0.6:
            nat = "07" + "".join(rng.choice("0123456789") for _ in range(9))
            lens = [5, 6]
        else:
            nat = rng.choice(["020", "0161", "0113", "0117", "0141", "0131"])
            nat += "".join(rng.choice("0123456789") for _ in range(11 - len(nat)))
            lens = [3, 4, 4] if nat.startswith("020") else [4, 3, 4]
        return nat, "44", lens
    if region == "IE":
        nat = rng.choice(["083", "085", "086", "087", "089", "01", "021", "091"])
        nat += "".join(rng.choice("0123456789") for _ in range(10 - len(nat) if nat.startswith("08") else 9 - len(nat)))
        lens = [3, 3, 4] if nat.startswith("08") else [len(nat) - 7, 3, 4]
        return nat, "353", lens
    if region == "US":
        nat = str(rng.randint(201, 989)) + str(rng.randint(200, 989)) + "%04d" % rng.randint(0, 9999)
        return nat, "1", [3, 3, 4]
    cc, L = rng.choice([("49", 11), ("33", 9), ("34", 9), ("31", 9)])
    nat = "0" + str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(L - 1))
    return nat, cc, [3, 3, len(nat) - 6]


def typed_phone(ph, rng, intl):
    nat, cc, lens = ph
    if intl:
        lead0 = nat.startswith("0")
        core = nat[1:] if lead0 else nat
        g = chunk(core, [lens[0] - (1 if lead0 else 0)] + lens[1:])
        if rng.random() < 0.2:
            return "+" + cc + core
        return rng.choice(["+", "+", "00"]) + cc + " " + rng.choice([" ", " ", "-"]).join(g)
    if cc == "1":
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % tuple(chunk(nat, lens))
    if rng.random() < 0.2:
        return nat
    return rng.choice([" ", " ", "-"]).join(chunk(nat, lens))


def spoken_phone(ph, rng, intl):
    nat, cc, lens = ph
    if intl:
        core = nat[1:] if nat.startswith("0") else nat
        return "plus " + say_digits(cc, rng, lens=[3], filler_p=0, pair_p=0.3, hund_p=0) + ", " + \
            say_digits(core, rng, lens=[lens[0] - (1 if nat.startswith("0") else 0)] + lens[1:], uk=cc != "1")
    return say_digits(nat, rng, lens=lens, uk=cc != "1")


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randint(0, 5)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    local = [f + "." + l, f[0] + "." + l, f + l + num, f + "_" + l, l + "." + f[0] + num, f + "-" + l][style]
    d, tld = rng.choice(DOMAINS)
    return local, d, tld


def typed_email(e, rng):
    local, d, tld = e
    s = local + "@" + d + "." + tld
    r = rng.random()
    if r < 0.15:
        s = s.upper()
    elif r < 0.3:
        s = s[0].upper() + s[1:]
    return s


def spoken_email(e, rng):
    local, d, tld = e
    words = []
    for tok in re.findall(r"[a-z]+|[0-9]+|[._-]", local):
        if tok == ".":
            words.append("dot")
        elif tok == "_":
            words.append("underscore")
        elif tok == "-":
            words.append(rng.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            words.append(say_digits(tok, rng, lens=[2], filler_p=0, pair_p=0.8, hund_p=0))
        elif len(tok) == 1:
            words.append(tok)
        else:
            words.append(tok if rng.random() < 0.8 else " ".join(tok))
    words.append("at")
    words.append(d)
    for part in tld.split("."):
        words += ["dot", part]
    return " ".join(words)


def email_compact(text):
    s = text.strip()
    if "@" in s:
        return s.lower()
    toks = re.findall(r"[a-z0-9]+", s.lower())
    out, run = [], []
    sym = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    numw = set(DW) | set(TEENS) | set(TENS) | {"double", "triple"}
    for t in toks + ["\0"]:
        if t in numw:
            run.append(t)
            continue
        if run:
            out.append(compact(" ".join(run)).lower())
            run = []
        if t == "\0" or t in FILLERS:
            continue
        out.append(sym.get(t, t))
    return "".join(out)


# ----------------------------------------------------------------------------- validation
STREET_RE = re.compile(r"\b(street|st|road|rd|avenue|ave|lane|close|drive|dr|crescent|terrace|grove|"
                       r"gardens|way|place|court|boulevard|blvd)$", re.I)
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)


def validate(typ, parts, partial):
    text = " ".join(parts)
    c = compact(text)
    d = re.sub(r"[^0-9]", "", c)
    if partial:
        return bool(d) and d == c.replace("+", "")
    if typ == "CARD_NUMBER":
        return c == d and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        return c == d and len(d) in (3, 4)
    if typ == "EXPIRY":
        if MONTH_RE.search(text):
            return True
        c = c.replace("SLASH", "")
        return c == d and 3 <= len(d) <= 6 and 1 <= int(d[:-2] if len(d) < 5 else d[:-4]) <= 12
    if typ == "SSN":
        return c == d and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" \
            and d[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c)) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return c == d and 6 <= len(d) <= 12
    if typ == "SORT_CODE":
        return c == d and len(d) == 6
    if typ == "IBAN":
        return c.isalnum() and c[:2] in IBAN_SPEC and 15 <= len(c) <= 34 and iban_check(c)
    if typ == "PHONE":
        core = c[1:] if c.startswith("+") else (c[2:] if c.startswith("00") else c)
        return core.isdigit() and 9 <= len(core) <= 13
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", email_compact(text)))
    if typ == "DOB":
        if MONTH_RE.search(text) or any(o and re.search(r"\b%s\b" % o, text.lower()) for o in ORD):
            return True
        return bool(re.match(r"^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$", text)) or (c == d and len(d) in (6, 8))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(c)) or (c == d and len(d) in (5, 9))
    if typ == "ADDRESS":
        return bool(re.match(r"^(flat|apartment|apt|unit|[0-9]|" + "|".join(ONES[1:] + TEENW + TENSW[2:]) + r")",
                             text, re.I)) and bool(STREET_RE.search(text))
    return False


# ----------------------------------------------------------------------------- conversation bits
COMPANY = {
    "banking": ["Harbour Bank", "Meridian Credit Union", "Northgate Building Society", "Shannon Savings"],
    "telecom": ["Skyline Mobile", "Fibrenet", "Clearwave Telecom", "Emerald Mobile"],
    "utilities": ["Northwind Energy", "Severn Water", "BrightGas", "Liffey Power"],
    "retail": ["Halcyon Home", "Parcel & Co", "Marlowe's", "ShopRight Online"],
    "insurance": ["Sentinel Insurance", "Keystone Mutual", "Beacon Cover"],
    "travel": ["Atlantic Air", "Railway Holidays", "SunFinder Travel", "EuroStay Hotels"],
    "healthcare billing": ["Riverside Medical Billing", "CarePoint Dental", "Lakeside Clinic Billing"],
    "government services": ["the Revenue helpline", "the Pension Service", "the Benefits Office",
                            "the Motor Tax office"],
}
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go ahead", "got that", "mm hm, and then",
        "okay keep going", "sorry, go on"]
ASIDES = ["sorry the dog's going mad", "hang on I'm just reading it off the card", "sorry one sec",
          "bear with me the light's terrible in here", "hold on my glasses", "sorry kids are shouting",
          "wait let me turn it over", "oh hang on", "sorry the train's going through a tunnel"]
CURR = {"UK": u"\u00a3", "IE": u"\u20ac", "EU": u"\u20ac", "US": "$"}


def greet(rng, ind, call):
    co = rng.choice(COMPANY[ind])
    name = rng.choice(FIRST).capitalize()
    s = rng.choice(["Thanks for calling %s, you're through to %s, how can I help?",
                    "Good morning, %s, %s speaking.", "Hi, welcome to %s, my name's %s, what can I do for you today?",
                    "Hello, you're speaking with %s at %s."]) 
    s = s % ((name, co) if s.startswith("Hello") else (co, name))
    return s.lower().replace(",", "").replace("?", "") if call else s


def L(call, s):
    return s.lower() if call else s


def amount(rng, region):
    return "%s%d.%02d" % (CURR[region], rng.randint(5, 900), rng.randint(0, 99))


def split_groups(rng, groups, k):
    k = max(1, min(k, len(groups)))
    cut = sorted(rng.sample(range(1, len(groups)), k - 1)) if k > 1 else []
    return [groups[a:b] for a, b in zip([0] + cut, cut + [len(groups)])]


def reading(rng, T, ds, lens, typ, uk, lead=("", ), styles=("one", "split", "aside", "restart")):
    """Append customer turn(s) that read the digit string ds aloud. Returns style used."""
    style = rng.choice(styles)
    groups = chunk(ds, lens)
    if style == "one" or len(groups) < 2:
        T.append(("customer", [rng.choice(lead), V(say_digits(ds, rng, lens, uk), typ)]))
        return "one"
    if style == "split":
        g = G()
        pieces = split_groups(rng, groups, rng.randint(2, min(4, len(groups))))
        for i, pc in enumerate(pieces):
            pre = rng.choice(lead) if i == 0 else rng.choice(["", "", "then ", "and ", "uh "])
            T.append(("customer", [pre, V(say_digits("".join(pc), rng, [len(x) for x in pc], uk), typ, g),
                                   rng.choice(["", "", "..."])]))
            if i < len(pieces) - 1:
                T.append(("agent", [rng.choice(BACK)]))
        return "split"
    if style == "aside":
        g = G()
        a, b = split_groups(rng, groups, 2)
        T.append(("customer", [rng.choice(lead), V(say_digits("".join(a), rng, [len(x) for x in a], uk), typ, g),
                               ", " + rng.choice(ASIDES).lower() + ", ",
                               V(say_digits("".join(b), rng, [len(x) for x in b], uk), typ, g)]))
        return "aside"
    j = rng.randint(2, max(2, len(ds) // 2))
    T.append(("customer", [rng.choice(lead), V(say_digits(ds[:j], rng, lens, uk, filler_p=0), typ, partial=True),
                           rng.choice([" no sorry, let me start again, ", "... wait that's wrong, from the top, ",
                                       " sorry i lost my place, ", " no hang on, "]),
                           V(say_digits(ds, rng, lens, uk), typ)]))
    return "restart"


def case_card(rng):
    region = rng.choice(["UK", "UK", "US", "US", "IE", "EU"])
    uk = region != "US"
    ind = rng.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    call = rng.random() < 0.6
    num = make_card(rng)
    lens = card_lens(num)
    exp = make_expiry(rng)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if num[:2] in ("34", "37") and len(num) == 15 else 3))
    amt = amount(rng, region)
    T = [("agent", [greet(rng, ind, call)])]
    if call:
        T.append(("customer", [rng.choice(["hi yeah i want to pay my bill", "hiya um i need to make a payment of %s" % amt,
                                           "hello, i've got a bill to pay", "yeah hi calling to clear the balance",
                                           "hi i want to book the trip we talked about and pay the deposit"])]))
        T.append(("agent", [rng.choice(["no problem, can i take the long number across the front of the card",
                                        "sure, what's the card number please", "okay and the long card number when you're ready",
                                        "lovely, so i'll need the sixteen digit number, or fifteen if it's amex"])]))
        style = reading(rng, T, num, lens, "CARD_NUMBER", uk, lead=("", "yeah it's ", "okay it's ", "right so ", "um ok "))
        r = rng.random()
        if r < 0.35:
            T.append(("agent", [rng.choice(["so that's ", "let me just read that back, ", "okay i've got "]),
                                V(say_digits(num, rng, lens, uk, filler_p=0), "CARD_NUMBER"), ", is that right"]))
            T.append(("customer", [rng.choice(["yes", "yep that's it", "correct"])]))
        elif r < 0.6:
            T.append(("agent", ["thanks, so that's the card ending ", V(say_digits(num[-4:], rng, [4], uk, filler_p=0),
                                                                       "CARD_NUMBER", partial=True)]))
            T.append(("customer", ["yes"]))
        note = "ASR call, card read %s" % style
        if rng.random() < 0.85:
            T.append(("agent", [rng.choice(["and the expiry date", "what's the expiry on it", "and when does it expire"])]))
            T.append(("customer", [rng.choice(["", "it's ", "uh ", "expires "]), V(spoken_expiry(exp, rng), "EXPIRY")]))
        if rng.random() < 0.8:
            T.append(("agent", [rng.choice(["and the last three digits on the back", "and the security code please",
                                            "and finally the cvv"])]))
            T.append(("customer", [rng.choice(["", "it's ", "um "]), V(say_digits(cvv, rng, [4], uk, filler_p=0, pair_p=0.1, hund_p=0.3), "CVV")]))
        T.append(("agent", [rng.choice(["thank you that's gone through, %s taken, reference number four four one two" % amt,
                                        "lovely that payment of %s is done" % amt, "perfect you'll get a confirmation text within twenty four hours"])]))
        return T, note
    typed = typed_card(num, rng)
    lab = rng.choice(["Card number: ", "card no ", "carf number is ", "Card: ", "cc# ", "the long number is ",
                      "CARD NUMBER - ", "Visa debit "])
    if rng.random() < 0.3 and len(chunk(num, lens)) >= 3:
        g = G()
        a, b = split_groups(rng, chunk(num, lens), 2)
        T.append(("customer", ["Hi, I want to pay " + amt + " off my account. " + lab, V(" ".join(a), "CARD_NUMBER", g)]))
        T.append(("customer", [V(" ".join(b), "CARD_NUMBER", g), rng.choice([" sorry hit enter too soon", "", " (rest of it)"])]))
        note = "chat, card split over two messages"
    else:
        T.append(("customer", [rng.choice(["Hi there, I'd like to pay my balance of %s. " % amt, "hello need to update payment details. ",
                                           "Paying for order 88120431, ", "hi "]), lab, V(typed, "CARD_NUMBER")]))
        note = "chat, typed card"
    parts = []
    if rng.random() < 0.85:
        parts += [rng.choice([" exp ", ", expiry ", " expires ", " Exp date: ", " valid thru "]), V(typed_expiry(exp, rng), "EXPIRY")]
    if rng.random() < 0.8:
        parts += [rng.choice([" cvv ", ", security code ", " CVC: ", " 3 digits on back "]), V(cvv, "CVV")]
    if parts:
        T.append(("customer", parts))
    if rng.random() < 0.5:
        T.append(("agent", ["Thanks, %s has been taken from the card ending " % amt, V(num[-4:], "CARD_NUMBER", partial=True), "."]))
    else:
        T.append(("agent", ["Thank you, that's processed. Your receipt number is %d." % rng.randint(10 ** 7, 10 ** 8)]))
    return T, note


def case_ssn(rng):
    ind = rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    call = rng.random() < 0.6
    ssn = make_ssn(rng)
    T = [("agent", [greet(rng, ind, call)])]
    note = ""
    if call:
        T.append(("customer", [rng.choice(["hi i'm calling about a bill i got", "yeah i need to check on my application",
                                           "hello i want to open a new line", "hi um my claim was denied and i don't know why"])]))
        T.append(("agent", [rng.choice(["okay i can help, can i get your social security number to pull up the account",
                                        "sure, for verification what's your social", "first i need the full s s n please"])]))
        style = reading(rng, T, ssn, [3, 2, 4], "SSN", False, lead=("", "sure it's ", "yeah ", "okay it's "))
        note = "ASR call, SSN read %s" % style
        if rng.random() < 0.4:
            T.append(("agent", ["i have ", V(say_digits(ssn, rng, [3, 2, 4], False, filler_p=0), "SSN"), " is that correct"]))
            T.append(("customer", ["yes ma'am" if rng.random() < 0.5 else "that's right"]))
        if rng.random() < 0.4:
            d = make_dob(rng)
            T.append(("agent", ["and your date of birth"]))
            T.append(("customer", [rng.choice(["", "it's ", "uh "]), V(spoken_dob(d, rng, us=True), "DOB")]))
            note += ", DOB"
        T.append(("agent", ["thank you, i see the account, the balance is %s" % amount(rng, "US")]))
    else:
        fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % tuple(chunk(ssn, [3, 2, 4]))
        lab = rng.choice(["SSN: ", "my social is ", "ss# ", "Social Security No. ", "social security number - ", "ssn "])
        T.append(("customer", [rng.choice(["Hi, I need to verify my identity for the claim. ", "hello, requested info: ",
                                           "Following up on case 20913344. ", ""]), lab, V(fmt, "SSN"),
                               rng.choice(["", ".", " thanks", ", dob to follow"])]))
        note = "chat, typed SSN"
        if rng.random() < 0.35:
            d = make_dob(rng)
            T.append(("customer", [rng.choice(["DOB ", "Date of birth: ", "born "]), V(typed_dob(d, rng, us=True), "DOB")]))
            note += ", DOB"
        T.append(("agent", ["Thank you, you're verified. Your claim number is CLM-%d." % rng.randint(100000, 999999)]))
    return T, note


def spoken_ni(ni, rng):
    zw = rng.choice(["oh", "zero", "nought"])
    letters = spell(ni[:2], rng, nato_p=0.4)
    r = rng.random()
    digits = say_digits(ni[2:8], rng, [2, 2, 2], True, filler_p=0.1, pair_p=0.5, hund_p=0)
    if r < 0.3:
        digits = say_single(ni[2:8], zw, rng)
    return letters, digits, spell(ni[8], rng, nato_p=0.4)


def case_ni(rng):
    ind = rng.choice(["government services", "government services", "banking", "insurance", "utilities"])
    call = rng.random() < 0.6
    ni = make_ni(rng)
    T = [("agent", [greet(rng, ind, call)])]
    if call:
        T.append(("customer", [rng.choice(["hiya i'm ringing about my tax code", "hello um my pension statement looks wrong",
                                           "hi i need to update my details", "yeah my universal credit payment hasn't come through"])]))
        T.append(("agent", [rng.choice(["okay can i take your national insurance number please",
                                        "no problem, what's your n i number", "right, first of all your national insurance number"])]))
        l, d, s = spoken_ni(ni, rng)
        r = rng.random()
        if r < 0.45:
            T.append(("customer", [rng.choice(["yeah it's ", "", "um ", "it's "]), V(l + rng.choice([" ", ", "]) + d + rng.choice([" ", ", "]) + s, "NI_NUMBER")]))
            note = "ASR call, NI in one turn"
        elif r < 0.8:
            g = G()
            T.append(("customer", [rng.choice(["it's ", "right, ", ""]), V(l, "NI_NUMBER", g)]))
            T.append(("agent", [rng.choice(BACK)]))
            T.append(("customer", [V(d, "NI_NUMBER", g)]))
            T.append(("agent", [rng.choice(["and the letter at the end", "mhm", "and the last letter"])]))
            T.append(("customer", [rng.choice(["", "it's ", "that's "]), V(s, "NI_NUMBER", g)]))
            note = "ASR call, NI split over three turns"
        else:
            g = G()
            T.append(("customer", ["okay ", V(l + " " + d, "NI_NUMBER", g), ", " + rng.choice(ASIDES).lower() + ", ", V(s, "NI_NUMBER", g)]))
            note = "ASR call, NI with aside before suffix"
        if rng.random() < 0.45:
            l2, d2, s2 = spoken_ni(ni, rng)
            T.append(("agent", ["so that's ", V(l2 + " " + d2 + " " + s2, "NI_NUMBER"), " yeah"]))
            T.append(("customer", ["yep"]))
        T.append(("agent", ["thanks, and i can see you've been on an emergency tax code since april"]))
        return T, note
    fmt = rng.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s %s%s%s %s", "%s-%s-%s-%s-%s"]) % (
        ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if rng.random() < 0.25:
        fmt = fmt.lower()
    lab = rng.choice(["NI no: ", "ni number ", "NINO - ", "National Insurance number is ", "my NI is ", "N.I. "])
    T.append(("customer", [rng.choice(["Hi, I changed jobs in May. ", "Re my P60, ", "hello, ", "Pension query. "]), lab,
                           V(fmt, "NI_NUMBER"), rng.choice(["", ".", " thank you", " and my payroll number is 00412"])]))
    T.append(("agent", ["Thanks, I've found your record. Your reference is PEN%d." % rng.randint(1000000, 9999999)]))
    return T, "chat, typed NI number"


def case_bank(rng):
    region = rng.choice(["UK", "UK", "US", "IE", "EU"])
    ind = rng.choice(["banking", "utilities", "insurance", "government services", "telecom"])
    call = rng.random() < 0.55
    T = [("agent", [greet(rng, ind, call)])]
    if region == "UK":
        sc = "%02d%02d%02d" % (rng.randint(1, 99), rng.randint(0, 99), rng.randint(0, 99))
        acct = "".join(rng.choice("0123456789") for _ in range(8))
        if call:
            T.append(("customer", ["i want to set up a direct debit"]))
            T.append(("agent", ["okay what's the sort code"]))
            T.append(("customer", [rng.choice(["", "it's ", "uh "]), V(say_digits(sc, rng, [2, 2, 2], True, pair_p=0.6, hund_p=0), "SORT_CODE")]))
            T.append(("agent", ["and the account number"]))
            style = reading(rng, T, acct, [4, 4], "BANK_ACCOUNT", True, lead=("", "it's ", "right "))
            if rng.random() < 0.4:
                T.append(("agent", ["so sort code ", V(say_digits(sc, rng, [2, 2, 2], True, filler_p=0, hund_p=0), "SORT_CODE"),
                                    " account ", V(say_digits(acct, rng, [4, 4], True, filler_p=0), "BANK_ACCOUNT")]))
            T.append(("agent", ["that's set up to come out on the first of each month"]))
            return T, "ASR call, UK sort code + account (%s)" % style
        scf = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % tuple(chunk(sc, [2, 2, 2]))
        T.append(("customer", [rng.choice(["Bank details for the refund: ", "New DD details - ", "pls pay into "]),
                               rng.choice(["sort code ", "s/c ", "SC: "]), V(scf, "SORT_CODE"),
                               rng.choice([" acct no: ", ", account number ", " a/c "]), V(acct, "BANK_ACCOUNT")]))
        T.append(("agent", ["Thanks, the refund of %s will arrive in 3-5 working days." % amount(rng, "UK")]))
        return T, "chat, UK sort code + account"
    if region == "US":
        acct = "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 12])))
        if call:
            T.append(("customer", ["yeah i want to switch my autopay to my checking account"]))
            T.append(("agent", ["sure, what's the account number"]))
            style = reading(rng, T, acct, [3, 3, 4, 2] if len(acct) == 12 else [3, 3, 4], "BANK_ACCOUNT", False,
                            lead=("", "it's ", "okay "))
            T.append(("agent", ["perfect, autopay will start on your next billing date, the fourteenth"]))
            return T, "ASR call, US account number (%s)" % style
        T.append(("customer", [rng.choice(["acct no: ", "Checking acct # ", "account number "]), V(acct, "BANK_ACCOUNT"),
                               " - please use this for the refund"]))
        T.append(("agent", ["Got it, refund ticket #%d opened." % rng.randint(100000, 999999)]))
        return T, "chat, US account number"
    iban = make_iban(rng, "IE" if region == "IE" else rng.choice(["DE", "NL", "ES", "FR", "IT", "BE"]))
    if call:
        T.append(("customer", ["hi, i need to give you my bank details for the refund"]))
        T.append(("agent", ["okay, the full iban please"]))
        gs = chunk(iban, [4] * 9)
        pieces = split_groups(rng, gs, rng.randint(1, 3))
        g = G()
        zw = rng.choice(["oh", "zero"])
        for i, pc in enumerate(pieces):
            txt = rng.choice([", ", " ", " um "]).join(spell(x, rng, nato_p=0.2, zw=zw) for x in pc)
            T.append(("customer", [rng.choice(["", "it's "]) if i == 0 else "", V(txt, "IBAN", g)]))
            if i < len(pieces) - 1:
                T.append(("agent", [rng.choice(BACK)]))
        T.append(("agent", ["thanks, the refund of %s will be with you in five working days" % amount(rng, "EU")]))
        return T, "ASR call, IBAN spelled (%d turns)" % len(pieces)
    f = " ".join(chunk(iban, [4] * 9)) if rng.random() < 0.6 else iban
    if rng.random() < 0.25:
        f = f.lower()
    T.append(("customer", [rng.choice(["IBAN: ", "my iban is ", "Refund to IBAN ", "bank details - IBAN "]), V(f, "IBAN"),
                           rng.choice(["", " (BIC to follow)", ". Thanks!"])]))
    T.append(("agent", ["Thank you, the refund has been requested."]))
    return T, "chat, typed IBAN"


def case_contact(rng):
    region = rng.choice(["UK", "US", "IE", "EU", "UK", "US"])
    ind = rng.choice(["telecom", "utilities", "retail", "travel", "insurance", "healthcare billing"])
    call = rng.random() < 0.6
    T = [("agent", [greet(rng, ind, call)])]
    ph = make_phone(rng, region)
    intl = region == "EU" or rng.random() < 0.35
    em = make_email(rng)
    note = "ASR call" if call else "chat"
    if call:
        T.append(("customer", [rng.choice(["hi i need to update my contact details", "hiya, i've got a new number",
                                           "hello i've moved house and need to change my details"])]))
        T.append(("agent", ["okay what's the best number to reach you on"]))
        sp = spoken_phone(ph, rng, intl)
        T.append(("customer", [rng.choice(["", "it's ", "yeah it's ", "um "]), V(sp, "PHONE")]))
        if rng.random() < 0.4:
            T.append(("agent", ["let me repeat that, ", V(spoken_phone(ph, rng, intl), "PHONE")]))
            T.append(("customer", ["that's the one"]))
        T.append(("agent", ["and an email address"]))
        T.append(("customer", [rng.choice(["", "it's ", "yeah so it's "]), V(spoken_email(em, rng), "EMAIL"),
                               rng.choice(["", ", all lower case", ", all one word"])]))
        note += ", phone + spoken email"
    else:
        T.append(("customer", [rng.choice(["Please update my mobile to ", "new number: ", "You can reach me on ",
                                           "Tel "]), V(typed_phone(ph, rng, intl), "PHONE"),
                               rng.choice([" and email ", ", e-mail: ", " / "]), V(typed_email(em, rng), "EMAIL")]))
        note += ", typed phone + email"
    if rng.random() < 0.5:
        addr_part(rng, T, region, call)
        note += ", address"
    T.append(("agent", [L(call, rng.choice(["Done, those details are updated.", "All updated, you'll get a confirmation text.",
                                            "Great, that's changed on the account from today."]))]))
    return T, note


def addr_part(rng, T, region, call):
    spoken = call
    a = make_address(rng, region, spoken)
    if region == "US":
        town, st = rng.choice(TOWNS_US)
        pc = make_zip(rng)
        town = "%s, %s" % (town, st)
    else:
        town = rng.choice(TOWNS_UK if region == "UK" else TOWNS_IE)
        pc = make_uk_postcode(rng) if region == "UK" else None
    if region == "EU":
        pc = None
    if call:
        T.append(("agent", ["and the first line of the address"]))
        parts = [rng.choice(["", "it's ", "so it's "]), V(a, "ADDRESS"), ", " + town.lower()]
        if pc:
            if rng.random() < 0.5:
                parts += [", ", V(spoken_postcode(pc, rng), "POSTCODE")]
                T.append(("customer", parts))
            else:
                T.append(("customer", parts))
                T.append(("agent", ["and the postcode" if region == "UK" else "and the zip code"]))
                T.append(("customer", [rng.choice(["", "it's ", "uh "]), V(spoken_postcode(pc, rng), "POSTCODE")]))
        else:
            T.append(("customer", parts))
    else:
        parts = [rng.choice(["New address: ", "address is ", "I live at ", "Address - "]), V(a, "ADDRESS"), ", " + town]
        if pc:
            parts += [rng.choice([", ", " ", ". "]), V(typed_postcode(pc, rng), "POSTCODE")]
        T.append(("customer", parts))


def case_identity(rng):
    region = rng.choice(["UK", "US", "IE", "UK", "US"])
    ind = rng.choice(["insurance", "healthcare billing", "government services", "banking", "utilities", "travel"])
    call = rng.random() < 0.6
    T = [("agent", [greet(rng, ind, call)])]
    d = make_dob(rng)
    us = region == "US"
    if call:
        T.append(("customer", [rng.choice(["hi i'm calling about a letter i got", "hello i need to query a bill",
                                           "hi my policy renewal came through and it's gone up"])]))
        T.append(("agent", ["okay i just need to go through security, can i take your date of birth"]))
        if rng.random() < 0.25:
            g = G()
            T.append(("customer", ["it's the ", V(ORD[d[2]] + " of " + MONTHS[d[1] - 1], "DOB", g)]))
            T.append(("agent", ["mhm and the year"]))
            T.append(("customer", [V(say_year(d[0]), "DOB", g)]))
        else:
            T.append(("customer", [rng.choice(["", "yeah it's ", "it's ", "um "]), V(spoken_dob(d, rng, us), "DOB")]))
    else:
        T.append(("customer", [rng.choice(["Hi, query about my invoice. ", "Hello - ", "Re: renewal. "]),
                               rng.choice(["DOB: ", "date of birth ", "d.o.b "]), V(typed_dob(d, rng, us), "DOB")]))
    addr_part(rng, T, region, call)
    if rng.random() < 0.3:
        ph = make_phone(rng, region)
        T.append(("agent", [L(call, "And a contact number?")]))
        T.append(("customer", [V(spoken_phone(ph, rng, False) if call else typed_phone(ph, rng, False), "PHONE")]))
    T.append(("agent", [L(call, rng.choice(["Thanks, you're through security. I can see the invoice dated 3rd March for %s." % amount(rng, region),
                                            "Perfect, thank you. Your renewal premium is %s a month." % amount(rng, region)]))]))
    return T, ("ASR call" if call else "chat") + ", DOB + address verification"


# ----------------------------------------------------------------------------- negatives
def rdig(rng, n):
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def neg_templates(rng, call, region):
    """Return (customer_text, agent_text, note) -- nothing in them is PII."""
    cur = CURR[region]
    card_like = make_card(rng)
    sp = lambda ds, lens=None: say_digits(ds, rng, lens or [4] * 6, region != "US")
    opts = [
        (lambda: ("my order number is " + (sp(card_like) if call else " ".join(chunk(card_like, [4, 4, 4, 4]))),
                  "thanks, i can see that order, it was dispatched on the twelfth", "Luhn-valid 16-digit order number")),
        (lambda: ("the tracking number is 1Z %s %s" % (rdig(rng, 6), rdig(rng, 10)) if not call else
                  "tracking number's " + sp(rdig(rng, 12)), "that parcel is out for delivery today between 9 and 1",
                  "tracking number")),
        (lambda: ("it's the card ending %s" % rdig(rng, 4) if not call else "it's the one ending in " + sp(rdig(rng, 4), [4]),
                  "okay, the payment of %s%d.%02d from that card has been reversed" % (cur, rng.randint(5, 300), rng.randint(0, 99)),
                  "card last four only")),
        (lambda: ("meter reading is %s" % rdig(rng, 5) if not call else "the meter says " + sp("0" + rdig(rng, 4), [5]),
                  "thanks, your next bill will be about %s%d" % (cur, rng.randint(40, 250)), "meter reading")),
        (lambda: ("Policy number %s-%s" % (rng.choice(["POL", "HSE", "MTR"]), rdig(rng, 9)) if not call else
                  "policy number is " + sp(rdig(rng, 10), [3, 3, 4]), "okay the renewal date on that is the first of june",
                  "policy number")),
        (lambda: ("reference %s" % rdig(rng, 11) if not call else "the reference on the letter is " + sp(rdig(rng, 9), [3, 3, 3]),
                  "thanks, that claim was approved on the ninth and paid out %s%d" % (cur, rng.randint(100, 3000)),
                  "reference number")),
        (lambda: ("i'm flying %s%d on the %s, seat %d%s, gate %s%d" % (rng.choice(["BA", "EI", "FR", "UA", "LH"]),
                  rng.randint(10, 999), ORD[rng.randint(1, 28)], rng.randint(1, 40), rng.choice("ABCDEF"),
                  rng.choice("ABC"), rng.randint(1, 40)), "your flight is on time and boarding starts at 14:35",
                  "flight, seat, gate")),
        (lambda: ("we're in room %d, checked in on %s and we're 3 adults and 2 kids" % (rng.randint(100, 999), MONTHS[rng.randint(0, 11)].capitalize() + " " + str(rng.randint(1, 28))),
                  "no problem, late checkout is until 1pm and costs %s25" % cur, "room number, dates, counts")),
        (lambda: ("my balance says %s%s,%03d.%02d but i only paid %s%d" % (cur, rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99), cur, rng.randint(10, 99)),
                  "the difference is the %d%% late fee and interest at %d.%d%% apr" % (rng.randint(2, 9), rng.randint(10, 29), rng.randint(0, 9)),
                  "balances, percentages")),
        (lambda: ("the boiler's showing %d degrees and it's been off for %d hours" % (rng.randint(20, 80), rng.randint(2, 48)),
                  "an engineer can come on the %s between 8 and 12" % ORD[rng.randint(1, 28)], "temperature, duration, appointment")),
        (lambda: ("invoice INV-%d-%s says %s%d.%02d" % (rng.randint(2019, 2026), rdig(rng, 6), cur, rng.randint(10, 999), rng.randint(0, 99)),
                  "that invoice was due on %02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2026)),
                  "invoice number and due date in DOB-like format")),
        (lambda: ("serial number on the router is SN%s, model %s-%d" % (rdig(rng, 12), rng.choice(["HG", "KX", "TP"]), rng.randint(100, 9999)),
                  "thanks, i'll send a replacement, ticket INC%s" % rdig(rng, 7), "serial, model, ticket numbers")),
        (lambda: ("my contract started on %d %s %d and runs %d months" % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize(),
                  rng.randint(2019, 2025), rng.choice([12, 18, 24, 36])), "you can upgrade from the %s of next month" % ORD[rng.randint(1, 28)],
                  "contract dates")),
        (lambda: ("i'm %d and i've been with you since %d" % (rng.randint(18, 95), rng.randint(1975, 2024)),
                  "thank you for your loyalty, i can offer %d%% off for %d months" % (rng.randint(5, 40), rng.randint(3, 12)),
                  "age, year")),
        (lambda: ("the accident happened on the %s at the junction of the %s and %s Road" % (ORD[rng.randint(1, 28)],
                  rng.choice(["A40", "M25", "N7", "I-95", "A4"]), rng.choice(STREETS)),
                  "okay, claim number %s is open, an assessor will call within %d working days" % (rdig(rng, 8), rng.randint(2, 10)),
                  "road names, claim number")),
        (lambda: ("we're open %d till %d, %s to %s" % (rng.randint(7, 10), rng.randint(5, 9), "monday", "saturday") if call else
                  "What are your opening hours? Is it 9-5:30?", "yes, 9am to 5:30pm, and 10 till 4 on sundays", "opening hours")),
        (lambda: ("can you read me the number for the complaints line, is it the 0800 one", "it's on the website under contact us, lines open at 8",
                  "generic, no values")),
        (lambda: ("account reference %s" % rdig(rng, 16) if not call else "my customer reference is " + sp(rdig(rng, 16)),
                  "i've got you, your direct debit of %s%d goes out on the %s" % (cur, rng.randint(10, 200), ORD[rng.randint(1, 28)]),
                  "16-digit customer reference labelled as such")),
        (lambda: ("the booking ref is %s and the total was %s%d for %d nights" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)),
                  cur, rng.randint(200, 3000), rng.randint(2, 14)), "the cancellation deadline is %d:00 on the %s" % (rng.randint(10, 23), ORD[rng.randint(1, 28)]),
                  "booking reference, price")),
        (lambda: ("i paid %s%d on %02d/%02d/%d, transaction id %s" % (cur, rng.randint(10, 900), rng.randint(1, 28), rng.randint(1, 12),
                  rng.randint(2023, 2026), rdig(rng, 13)), "i can see it, it'll clear in %d to %d working days" % (2, 5),
                  "payment date and 13-digit transaction id")),
        (lambda: ("extension %d please, or the %s team" % (rng.randint(100, 9999), rng.choice(["billing", "claims", "tax credits"])),
                  "transferring you now, the wait is about %d minutes" % rng.randint(2, 40), "extension number, duration")),
        (lambda: ("the prescription cost %s%d.%02d and the appointment is at %d:%02d" % (cur, rng.randint(5, 60), rng.randint(0, 99),
                  rng.randint(8, 17), rng.choice([0, 15, 30, 45])), "that's covered under plan %s, your copay is %s%d" % (rdig(rng, 6), cur, rng.randint(5, 50)),
                  "healthcare prices, times, plan number")),
        (lambda: ("tax year %d to %d, i earned about %s%d,%03d" % (2023, 2024, cur, rng.randint(10, 90), rng.randint(0, 999)),
                  "your tax code is %dL and your personal allowance is %s12,570" % (rng.randint(100, 1300), cur), "tax years, earnings, tax code")),
        (lambda: ("my vehicle reg? no sorry, the form number is %s" % ("V" + rdig(rng, 4) + " " + rdig(rng, 11)),
                  "that's the right form, processing takes %d weeks" % rng.randint(2, 8), "form number with long digit string")),
        (lambda: ("i had %d%% battery and the phone is an %s %d with %dGB" % (rng.randint(1, 99), rng.choice(["iPhone", "Pixel", "Galaxy S"]),
                  rng.randint(7, 16), rng.choice([64, 128, 256])), "okay, the repair is %s%d and takes %d days" % (cur, rng.randint(50, 300), rng.randint(2, 7)),
                  "percentages, model, price")),
    ]
    return rng.choice(opts)()


def case_negative(rng):
    region = rng.choice(["UK", "US", "IE", "EU"])
    ind = rng.choice(list(COMPANY))
    call = rng.random() < 0.55
    T = [("agent", [greet(rng, ind, call)])]
    notes = []
    for _ in range(rng.randint(1, 3)):
        c, a, n = neg_templates(rng, call, region)
        T.append(("customer", [L(call, c)]))
        if call and rng.random() < 0.3:
            T.append(("agent", [rng.choice(BACK)]))
        T.append(("agent", [L(call, a)]))
        notes.append(n)
    return T, ("ASR call: " if call else "chat: ") + "; ".join(notes)


# ----------------------------------------------------------------------------- driver
def generate():
    _GC[0] = 0
    rng = random.Random(SEED)
    plan = ["card"] * 62 + ["ssn"] * 34 + ["ni"] * 34 + ["bank"] * 34 + ["contact"] * 30 + ["identity"] * 28
    rng.shuffle(plan)
    fns = {"card": case_card, "ssn": case_ssn, "ni": case_ni, "bank": case_bank, "contact": case_contact,
           "identity": case_identity}
    cases, groups_all = [], []
    for i, k in enumerate(plan):
        T, note = fns[k](rng)
        tj, spans, groups = build(T)
        cases.append({"id": "h326-pos-%03d" % (i + 1), "kind": "positive", "turns": tj, "spans": spans, "note": note})
        groups_all.append(groups)
    for i in range(110):
        T, note = case_negative(rng)
        tj, spans, groups = build(T)
        cases.append({"id": "h326-neg-%03d" % (i + 1), "kind": "negative", "turns": tj, "spans": spans, "note": note})
        groups_all.append(groups)
    return cases, groups_all


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check(cases, groups_all):
    errs = []
    with open(OUT, "rb") as fh:
        if fh.read() != serialise(cases).encode("utf-8"):
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, groups in zip(cases, groups_all):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative case has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive case has no spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % c["id"])
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES or not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: bad span %r" % (c["id"], s))
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range %r" % (c["id"], s))
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum() and (a == 0 or not txt[a - 1].isalnum())
                    and (b == len(txt) or not txt[b].isalnum())):
                errs.append("%s: span not on word boundaries %r %r" % (c["id"], s, txt[a:b]))
            if a < prev.get(s["turn"], 0):
                errs.append("%s: overlapping spans" % c["id"])
            prev[s["turn"]] = b
        for g, (typ, parts, partial) in groups.items():
            if not validate(typ, parts, partial):
                errs.append("%s: %s value fails validation: %r -> %r" % (c["id"], typ, parts, compact(" ".join(parts))))
    return errs


def stats(cases):
    spans = Counter(s["type"] for c in cases for s in c["spans"])
    casesby = Counter(t for c in cases for t in set(s["type"] for s in c["spans"]))
    kinds = Counter(c["kind"] for c in cases)
    lines = ["| Type | Spans | Cases containing it |", "|---|---:|---:|"]
    for t in TYPES:
        lines.append("| %s | %d | %d |" % (t, spans[t], casesby[t]))
    lines.append("| **Total spans** | %d | |" % sum(spans.values()))
    lines.append("")
    lines.append("Cases: %d positive, %d negative, %d total." % (kinds["positive"], kinds["negative"], len(cases)))
    return "\n".join(lines), spans, kinds


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--stats", action="store_true")
    args = ap.parse_args()
    cases, groups_all = generate()
    table, spans, kinds = stats(cases)
    if args.stats:
        print(table)
        return 0
    if args.check:
        errs = check(cases, groups_all)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if spans[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, spans[t]))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases")
        for e in errs:
            print("ERROR:", e)
        print("check %s: %d cases, %d spans" % ("FAILED" if errs else "passed", len(cases), sum(spans.values())))
        return 1 if errs else 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(cases))
    print("wrote %s (%d cases)" % (OUT, len(cases)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

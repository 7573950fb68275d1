#!/usr/bin/env python3
"""Generate the pii_holdout373 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout373.py          # write cases.jsonl
    python scripts/make_pii_holdout373.py --check  # regenerate and validate

Standard library only. Every turn is built from plain segments and labelled
value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import random
import re
import sys

SEED = 373241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout373", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "two": "2",
         "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}
ORD_UNITS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
             "seventh": "7", "eighth": "8", "ninth": "9"}
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
         "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
         "tenth": "10", "eleventh": "11", "twelfth": "12", "thirteenth": "13", "fourteenth": "14",
         "fifteenth": "15", "sixteenth": "16", "seventeenth": "17", "eighteenth": "18",
         "nineteenth": "19", "twentieth": "20", "thirtieth": "30"}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
        "eighty": "8", "ninety": "9"}
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_WORD = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
             "eighteen", "nineteen"]
TENS_WORD = {v: k for k, v in TENS.items()}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_OF = {}
for _w, _l in NATO.items():
    NATO_OF.setdefault(_l, _w)
ASIN = {"A": "apple", "B": "bertie", "C": "charles", "D": "david", "E": "edward", "F": "freddie",
        "G": "george", "H": "harry", "J": "jack", "K": "king", "L": "london", "M": "mother",
        "N": "nelly", "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy",
        "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra", "I": "ireland", "U": "uncle",
        "V": "victory"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "then"}


def norm(text, email=False):
    """Normalise a typed or spoken value to a compact canonical string."""
    if email and "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[A-Za-z]+|\d+|\+", text)
    out = []
    i = 0
    n = len(toks)

    def low(k):
        return toks[k].lower() if k < n else ""

    while i < n:
        t = toks[i]
        w = t.lower()
        if w in FILLERS or (w == "and" and not email):
            i += 1
            continue
        # "j for juliet" / "q as in queen"
        if len(t) == 1 and t.isalpha() and low(i + 1) == "for" and i + 2 < n:
            out.append(t.upper() if not email else t.lower())
            i += 3
            continue
        if len(t) == 1 and t.isalpha() and low(i + 1) == "as" and low(i + 2) == "in" and i + 3 < n:
            out.append(t.upper() if not email else t.lower())
            i += 4
            continue
        if t == "+" or w == "plus":
            out.append("+")
            i += 1
            continue
        if email and w in ("dot", "at", "underscore", "dash", "hyphen"):
            out.append({"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}[w])
            i += 1
            continue
        if w in ("double", "triple") and low(i + 1) in UNITS:
            out.append(UNITS[low(i + 1)] * (2 if w == "double" else 3))
            i += 2
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if (w in UNITS and t == w) or w in ORD_UNITS:
            d = UNITS.get(w) or ORD_UNITS[w]
            if low(i + 1) == "hundred":
                j = i + 2
                if low(j) == "and":
                    j += 1
                if low(j) in TENS:
                    if low(j + 1) in UNITS and UNITS[low(j + 1)] != "0":
                        out.append(d + TENS[low(j)] + UNITS[low(j + 1)])
                        i = j + 2
                    else:
                        out.append(d + TENS[low(j)] + "0")
                        i = j + 1
                elif low(j) in TEENS:
                    out.append(d + TEENS[low(j)])
                    i = j + 1
                elif low(j) in UNITS:
                    out.append(d + "0" + UNITS[low(j)])
                    i = j + 1
                else:
                    out.append(d + "00")
                    i = j
                continue
            if low(i + 1) == "thousand":
                j = i + 2
                if low(j) == "and":
                    j += 1
                if low(j) in TENS:
                    nxt = low(j + 1)
                    if (nxt in UNITS and UNITS[nxt] != "0") or nxt in ORD_UNITS:
                        out.append(d + "0" + TENS[low(j)] + (UNITS.get(nxt) or ORD_UNITS[nxt]))
                        i = j + 2
                    else:
                        out.append(d + "0" + TENS[low(j)] + "0")
                        i = j + 1
                elif low(j) in TEENS:
                    out.append(d + "0" + TEENS[low(j)])
                    i = j + 1
                elif low(j) in UNITS:
                    out.append(d + "00" + UNITS[low(j)])
                    i = j + 1
                else:
                    out.append(d + "000")
                    i = j
                continue
            out.append(d)
            i += 1
            continue
        if w in TEENS:
            out.append(TEENS[w])
            i += 1
            continue
        if w in TENS:
            nxt = low(i + 1)
            if (nxt in UNITS and UNITS[nxt] != "0") or nxt in ORD_UNITS:
                out.append(TENS[w] + (UNITS.get(nxt) or ORD_UNITS[nxt]))
                i += 2
            else:
                out.append(TENS[w] + "0")
                i += 1
            continue
        if w in NATO:
            out.append(NATO[w] if not email else NATO[w].lower())
            i += 1
            continue
        out.append(t.lower() if email else t.upper())
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EMAIL_RE = re.compile(r"[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+")
STREET_WORDS = {"ROAD", "RD", "STREET", "ST", "LANE", "LN", "AVENUE", "AVE", "CLOSE", "CRESCENT",
                "DRIVE", "DR", "WAY", "TERRACE", "GARDENS", "GROVE", "COURT", "PLACE", "BOULEVARD",
                "BLVD", "PARK", "ROW", "HILL", "SQUARE", "MEWS", "WALK", "PIKE", "PARADE"}


def month_digits(text):
    t = text.lower()
    for k, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b|\b%s\b\.?" % (m, MON3[k]), " %02d " % (k + 1), t)
    return t


def date_ok(text, canon, kind):
    y, m, d = canon
    s = norm(month_digits(text))
    ys = [str(y), str(y)[2:]]
    if not any(x in s for x in ys):
        return False
    if kind == "DOB":
        return 1925 <= y <= 2008 and ("%02d" % m in s or str(m) in s)
    return 1 <= m <= 12 and 2024 <= y <= 2036 and ("%02d" % m in s or str(m) in s)


def type_ok(typ, n, raw_texts, canon):
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" \
            and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{9,13}", n))
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(n))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ in ("DOB", "EXPIRY"):
        return date_ok(" ".join(raw_texts), canon, typ)
    if typ == "ADDRESS":
        words = re.findall(r"[A-Za-z]+", " ".join(raw_texts).upper())
        has_num = bool(re.search(r"\d", " ".join(raw_texts))) or any(w.lower() in UNITS or w.lower() in TEENS or w.lower() in TENS for w in words)
        return has_num and any(w in STREET_WORDS for w in words)
    return False


# ---------------------------------------------------------------- builders
class Val:
    """One labelled value (a reading). Several segments may share it (split over turns)."""
    def __init__(self, typ, canon, partial=False):
        self.typ = typ
        self.canon = canon
        self.partial = partial


def canon_norm(v):
    if v.typ in ("DOB", "EXPIRY", "ADDRESS"):
        return None
    if v.typ == "EMAIL":
        return v.canon.lower()
    return re.sub(r"[^A-Z0-9+]", "", v.canon.upper())


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # (speaker, [segments])

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    vt, v = s
                    st = len(text)
                    text += vt
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": v.typ})
                    meta.append(v)
            turns.append({"speaker": spk, "text": text})
        return turns, spans, meta


# ---------------------------------------------------------------- value generators
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def digits(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.random()
    if kind < 0.45:
        return luhn_complete("4" + digits(1), 16)
    if kind < 0.7:
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind < 0.82:
        return luhn_complete(ch(["34", "37"]), 15)
    if kind < 0.9:
        return luhn_complete("6011", 16)
    if kind < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6763", "5018"]), ch([18, 19]))


def group_card(c, sep=" "):
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    elif len(c) == 16:
        parts = [c[i:i + 4] for i in range(0, 16, 4)]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts)


def odd_group(s, seps=(" ",)):
    out, i = [], 0
    while i < len(s):
        k = R.randint(2, 5)
        out.append(s[i:i + k])
        i += k
    res = out[0]
    for p in out[1:]:
        res += ch(seps) + p
    return res


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + ch("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR", "BE"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "HBUK", "MIDL", "NAIA", "CPBK"]) + digits(14)
    elif cc == "IE":
        bban = ch(["AIBK", "IPBS", "ULSB", "BKIR"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABN", "KNAB"]) + digits(10)
    elif cc == "ES":
        bban = digits(20)
    elif cc == "FR":
        bban = digits(23)
    else:
        bban = digits(12)
    return iban_make(cc, bban)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(region=None):
    region = region or ch(["UK", "UK", "US", "US", "IE", "EU"])
    if region == "UK":
        k = R.random()
        if k < 0.35:
            nat = "07" + digits(9)
            return nat, ch([nat[:5] + " " + nat[5:], nat, nat[:5] + " " + nat[5:8] + " " + nat[8:]])
        if k < 0.6:
            nat = "07" + digits(9)
            intl = "+44" + nat[1:]
            return intl, ch(["+44 " + nat[1:5] + " " + nat[5:], "+44 (0)" + nat[1:5] + " " + nat[5:],
                             "+44" + nat[1:], "0044 " + nat[1:5] + " " + nat[5:]])
        nat = ch(["020", "0161", "0113", "0131", "0121", "029"])
        nat = nat + digits(11 - len(nat))
        if nat.startswith("020"):
            return nat, "020 " + nat[3:7] + " " + nat[7:]
        return nat, nat[:4] + " " + nat[4:7] + " " + nat[7:]
    if region == "US":
        n = ch(["212", "415", "312", "617", "713", "503"]) + str(R.randint(2, 9)) + digits(6)
        f = R.random()
        if f < 0.3:
            return n, "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
        if f < 0.55:
            return n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])
        if f < 0.75:
            return "+1" + n, "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
        if f < 0.9:
            return n, "%s.%s.%s" % (n[:3], n[3:6], n[6:])
        return "+1" + n, "+1-%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if region == "IE":
        m = ch(["83", "85", "86", "87", "89"]) + digits(7)
        if R.random() < 0.5:
            return "0" + m, "0%s %s %s" % (m[:2], m[2:5], m[5:])
        return "+353" + m, "+353 %s %s %s" % (m[:2], m[2:5], m[5:])
    cc, m = ch([("+33", "6" + digits(8)), ("+49", "15" + digits(9)), ("+34", "6" + digits(8)),
                ("+31", "6" + digits(8))])
    return cc + m, cc + " " + " ".join([m[:1]] + [m[i:i + 2] for i in range(1, len(m), 2)])


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "grace", "niamh", "david", "chloe",
         "marek", "fiona", "omar", "hannah", "sean", "lucy", "raj", "ellen", "kwame", "beth",
         "conor", "zara", "gary", "maria", "ruth", "declan", "amy", "jo"]
LAST = ["doe", "smith", "obrien", "patel", "walsh", "nguyen", "kowalski", "murphy", "jones",
        "byrne", "okafor", "reid", "hughes", "garcia", "kelly", "fraser", "brennan", "shah",
        "turner", "lynch", "novak", "price"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "live.ie", "aol.com", "protonmail.com", "sky.com", "web.de"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    k = R.random()
    if k < 0.25:
        local = f[0] + "." + l
    elif k < 0.45:
        local = f + "." + l
    elif k < 0.6:
        local = f + "_" + l[0] + str(R.randint(10, 99))
    elif k < 0.75:
        local = f + l + str(R.randint(1960, 2004))
    elif k < 0.88:
        local = f[0] + l + str(R.randint(1, 9))
    else:
        local = f + "-" + l
    return local + "@" + ch(DOMAINS)


STREETS_UK = ["Larkfield", "Mill", "Station", "Church", "Victoria", "Beech", "Kingsway", "Ashgrove",
              "Hawthorn", "Carrick", "Elmwood", "Granby", "Priory", "Wellington", "Rosemount"]
SUF_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Terrace", "Gardens",
          "Grove", "Way", "Mews", "Parade"]
STREETS_US = ["Maple", "Oak", "Cedar", "Pine", "Washington", "Lincoln", "Sunset", "Highland",
              "Jefferson", "Lakeview", "Magnolia"]
SUF_US = ["Street", "St", "Ave", "Avenue", "Blvd", "Drive", "Dr", "Rd", "Lane", "Court", "Place"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Belfast", "Croydon",
            "Reading", "Sheffield", "Swansea"]
TOWNS_US = ["Austin, TX", "Portland, OR", "Columbus, OH", "Denver, CO", "Tampa, FL", "Boise, ID",
            "Albany, NY"]
PC_AREA1 = ["M", "B", "L", "G", "E", "N", "W", "S"]
PC_AREA2 = ["SW", "NW", "SE", "EC", "LS", "BS", "CF", "EH", "CR", "DN", "KT", "RG", "BT", "CB",
            "NE", "PL", "NR", "SA", "GL"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    k = R.random()
    if k < 0.35:
        out = ch(PC_AREA1) + str(R.randint(1, 9)) + (str(R.randint(0, 9)) if R.random() < 0.5 else "")
    elif k < 0.9:
        out = ch(PC_AREA2) + str(R.randint(1, 9)) + (str(R.randint(0, 9)) if R.random() < 0.4 else "")
    else:
        out = ch(["SW1", "EC1", "W1", "WC2"]) + ch("ABHPW")
    inc = str(R.randint(0, 9)) + ch(PC_IN) + ch(PC_IN)
    return out + " " + inc


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


def gen_address(us=False):
    if us:
        num = str(R.randint(10, 9899))
        s = num + " " + (ch(["N ", "S ", "E ", "W ", ""])) + ch(STREETS_US) + " " + ch(SUF_US)
        if R.random() < 0.3:
            s += ch([" Apt ", " Unit ", ", Apt "]) + str(R.randint(1, 40)) + ch(["", "B", "C"])
        return s
    num = str(R.randint(1, 240))
    if R.random() < 0.1:
        num += ch(["A", "B", "a"])
    s = num + " " + ch(STREETS_UK) + " " + ch(SUF_UK)
    if R.random() < 0.3:
        s = ch(["Flat ", "flat ", "Apartment "]) + str(R.randint(1, 30)) + ch([", ", " "]) + s
    return s


def gen_dob():
    return (R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28))


def gen_exp():
    return (R.randint(2025, 2033), R.randint(1, 12), 1)


# ---------------------------------------------------------------- renderers
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENS_WORD[str(d // 10)] + " " + ORD[d % 10]


def zero_word(uk=True):
    return ch(["oh", "oh", "zero", "nought"] if uk else ["oh", "oh", "zero", "o"])


def dw(c, uk=True, zero=None):
    if c == "0":
        return zero or zero_word(uk)
    return DIGIT_WORD[int(c)]


def pair_words(p, uk=True):
    if p[0] == "0":
        return [dw("0", uk), dw(p[1], uk)]
    if p[0] == "1":
        return [TEEN_WORD[int(p[1])]]
    if p[1] == "0":
        return [TENS_WORD[p[0]]]
    return [TENS_WORD[p[0]], DIGIT_WORD[int(p[1])]]


def say_number(s, uk=True, fill=0.1, pairs=0.3, hundreds=0.1, doubles=0.6, chunk=None,
               zero=None, sep=" "):
    """Render a digit string as ASR-style words; verified via norm(), retried if ambiguous."""
    for attempt in range(30):
        words = []
        i = 0
        while i < len(s):
            rem = len(s) - i
            r = R.random()
            if attempt > 25:
                r = 1.0
            if rem >= 3 and s[i] == s[i + 1] == s[i + 2] and R.random() < doubles:
                words.append("triple " + dw(s[i], uk, zero))
                i += 3
            elif rem >= 2 and s[i] == s[i + 1] and R.random() < doubles:
                words.append("double " + dw(s[i], uk, zero))
                i += 2
            elif rem >= 3 and r < hundreds and s[i] != "0" and s[i + 1:i + 3] != "00":
                t = s[i + 1:i + 3]
                w = DIGIT_WORD[int(s[i])] + " hundred"
                if t[0] == "0":
                    w += " and " + DIGIT_WORD[int(t[1])]
                else:
                    w += ch([" and ", " "]) + " ".join(pair_words(t, uk))
                words.append(w)
                i += 3
            elif rem >= 2 and r < hundreds + pairs and s[i] != "0":
                words.append(" ".join(pair_words(s[i:i + 2], uk)))
                i += 2
            else:
                words.append(dw(s[i], uk, zero))
                i += 1
            if i < len(s) and R.random() < fill:
                words.append(ch(["um", "uh", "er", "erm"]))
        txt = sep.join(words) if sep == " " else " ".join(words)
        if norm(txt) == s:
            return txt
    return " ".join(dw(c, uk, zero) for c in s)


def say_letters(s, style=None):
    out = []
    for c in s:
        if c.isdigit():
            out.append(dw(c, zero="zero"))
            continue
        st = style or ch(["bare", "bare", "nato", "for", "asin"])
        if st == "bare":
            out.append(c.lower())
        elif st == "nato":
            out.append(NATO_OF[c])
        elif st == "for":
            out.append(c.lower() + " for " + NATO_OF[c])
        else:
            out.append(c.lower() + " as in " + ASIN.get(c, NATO_OF[c]))
    return " ".join(out)


def say_email(e):
    local, dom = e.split("@")
    parts = []

    def piece(p):
        res = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", p):
            if tok == ".":
                res.append("dot")
            elif tok == "_":
                res.append("underscore")
            elif tok == "-":
                res.append(ch(["dash", "hyphen"]))
            elif tok.isdigit():
                res.append(say_number(tok, fill=0, pairs=0.8, hundreds=0, doubles=0.3))
            elif len(tok) == 1:
                res.append(ch([tok, tok + " for " + NATO_OF[tok.upper()]]))
            elif tok in ("walsh", "patel", "nguyen", "reid", "kelly") and R.random() < 0.7:
                res.append(" ".join(tok))
            else:
                res.append(tok)
        return " ".join(res)
    parts.append(piece(local))
    parts.append("at")
    parts.append(piece(dom))
    txt = " ".join(parts)
    assert norm(txt, email=True) == e, (txt, e)
    return txt


def typed_date(canon, us=False):
    y, m, d = canon
    f = R.randint(0, 7)
    if f == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 1:
        return "%d/%d/%d" % ((m, d, y) if us else (d, m, y))
    if f == 2:
        return "%02d.%02d.%d" % (d, m, y)
    if f == 3:
        return "%d %s %d" % (d, MON3[m - 1].title(), y)
    if f == 4:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if f == 5:
        return "%d-%02d-%02d" % (y, m, d)
    if f == 6:
        return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"),
                               MONTHS[m - 1], y)
    return "%02d-%s-%d" % (d, MON3[m - 1].upper(), y)


def say_year(y):
    if y == 2000:
        return "two thousand"
    if y >= 2000:
        if y < 2010:
            return ch(["two thousand and " + DIGIT_WORD[y - 2000], "two thousand " + DIGIT_WORD[y - 2000]])
        return ch(["twenty " + " ".join(pair_words(str(y)[2:])), "two thousand and " + " ".join(pair_words(str(y)[2:]))])
    return " ".join(pair_words(str(y)[:2])) + " " + " ".join(pair_words(str(y)[2:]))


def spoken_date(canon):
    y, m, d = canon
    f = R.randint(0, 4)
    if f == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s the %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    if f == 2:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), " ".join(pair_words(str(y)[2:])))
    if f == 3:
        return "%s %s %s" % (" ".join(pair_words("%02d" % d)), " ".join(pair_words("%02d" % m)), say_year(y))
    return "%s of %s um %s" % (ordinal(d), MONTHS[m - 1], say_year(y))


def typed_exp(canon):
    y, m, _ = canon
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
               "%d/%02d" % (m, y % 100), "%02d %02d" % (m, y % 100), "%s %d" % (MON3[m - 1].title(), y)])


def spoken_exp(canon):
    y, m, _ = canon
    return ch(["%s %s" % (" ".join(pair_words("%02d" % m)), " ".join(pair_words("%02d" % (y % 100)))),
               "%s %s" % (MONTHS[m - 1], say_year(y)),
               "%s of %s" % (MONTHS[m - 1], say_year(y)),
               "%s %s" % (dw("%d" % (m // 10)) + " " + dw("%d" % (m % 10)), " ".join(pair_words("%02d" % (y % 100))))])


def spoken_pc(pc):
    if "-" in pc or pc.replace(" ", "").isdigit():
        return say_number(pc.replace("-", ""), uk=False, pairs=0.2, hundreds=0)
    out, inn = pc.split(" ")
    st = ch(["bare", "nato", "for", None])
    a = "".join(c for c in out if c.isalpha())
    rest = out[len(a):]
    first = say_letters(a, st)
    if rest.isdigit() and len(rest) == 2 and R.random() < 0.5:
        first += " " + " ".join(pair_words(rest))
    else:
        first += " " + say_letters(rest, st)
    return first + ch([" ", ", ", " um "]) + say_letters(inn, st)


def spoken_address(a):
    m = re.match(r"((?:Flat|flat|Apartment) (\d+),? )?(\d+)([A-Za-z]?) (.*)", a)
    if not m:
        return a.lower()
    pre = ""
    if m.group(1):
        pre = "flat " + say_number(m.group(2), pairs=1, fill=0) + " "
    n = m.group(3)
    if len(n) == 3 and R.random() < 0.5 and n[1:] != "00":
        numw = say_number(n, hundreds=1, fill=0, pairs=0)
    else:
        numw = say_number(n, pairs=0.9, fill=0)
    if m.group(4):
        numw += " " + m.group(4).lower()
    return pre + numw + " " + m.group(5).lower()


# ---------------------------------------------------------------- context
INDUSTRIES = ["bank", "telecom", "utility", "retail", "insurer", "airline", "hospital billing",
              "council", "tax office", "broadband provider"]
AGENT_NAMES = ["Dana", "Kieran", "Megan", "Tariq", "Siobhan", "Paul", "Jess", "Imran", "Laura"]
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah go ahead", "got that", "mm"]


NEG_MODE = [False]


def distractor():
    k = R.randint(0, 27)
    if k in (12, 13, 24) and not NEG_MODE[0]:
        k = 0  # keep unrelated last-four mentions out of positive cases
    if k == 0:
        return "the balance is £%d.%02d" % (R.randint(10, 4999), R.randint(0, 99))
    if k == 1:
        return "order no. %s" % group_card(luhn_complete("4", 16))
    if k == 2:
        return "ref: %s-%s-%s" % (digits(4), digits(4), digits(4))
    if k == 3:
        return "ticket #INC%s" % digits(7)
    if k == 4:
        return "claim number %s %s %s %s" % (digits(2), digits(2), digits(3), digits(3))
    if k == 5:
        return "tracking 1Z%s%s" % ("".join(ch("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), digits(10))
    if k == 6:
        return "policy no PL-%s" % digits(8)
    if k == 7:
        return "invoice INV-20%d-%s" % (R.randint(20, 26), digits(5))
    if k == 8:
        return "we're open 8am to 8pm Monday to Friday"
    if k == 9:
        return "it took about %d minutes" % R.randint(5, 90)
    if k == 10:
        return "the meter reading is %s" % digits(5)
    if k == 11:
        return "flight %s%d, gate %d, seat %d%s" % (ch(["BA", "EI", "FR", "UA", "DL", "LH"]), R.randint(100, 9999),
                                                   R.randint(1, 60), R.randint(1, 40), ch("ABCDEF"))
    if k == 12:
        return "the card ending %s" % digits(4)
    if k == 13:
        return "card **** **** **** %s" % digits(4)
    if k == 14:
        return "the payment of $%d.%02d is due on %d/%d/20%d" % (R.randint(10, 900), R.randint(0, 99),
                                                                R.randint(1, 12), R.randint(1, 28), R.randint(24, 27))
    if k == 15:
        return "APR is %d.%d%%" % (R.randint(1, 39), R.randint(0, 9))
    if k == 16:
        return "room %d" % R.randint(100, 950)
    if k == 17:
        return "we've been customers since %d" % R.randint(1985, 2023)
    if k == 18:
        return "serial SN %s-%s" % (digits(6), digits(6))
    if k == 19:
        return "it was about %d degrees" % R.randint(-5, 35)
    if k == 20:
        return "roadworks on the %s" % ch(["A406", "M62", "M25", "I-95", "Route 9", "N11", "A40"])
    if k == 21:
        return "my mum is %d" % R.randint(60, 95)
    if k == 22:
        return "case ID %s-%s-%s" % (digits(3), digits(2), digits(4))
    if k == 23:
        return "the reference is %s" % say_number(digits(12), pairs=0.3, fill=0.1)
    if k == 24:
        return "account ending in %s" % digits(4)
    if k == 25:
        return "model %s-%d%s" % (ch(["KDL", "WM", "QE", "HX"]), R.randint(10, 99), ch(["W805C", "Q60", "TX"]))
    if k == 26:
        return "appointment on %s at %d:%02d" % (typed_date((2025, R.randint(1, 12), R.randint(1, 28))),
                                               R.randint(8, 17), ch([0, 15, 30, 45]))
    return "%d items, total %s%d.%02d" % (R.randint(2, 12), ch(["£", "€", "$"]), R.randint(5, 300), R.randint(0, 99))


# ---------------------------------------------------------------- positive templates
def card_typed_text(c):
    k = R.random()
    if k < 0.35:
        return group_card(c, " ")
    if k < 0.5:
        return group_card(c, "-")
    if k < 0.6:
        return c
    if k < 0.7:
        return group_card(c, ".")
    if k < 0.8:
        return odd_group(c, (" ", "  ", "-"))
    if k < 0.9:
        return group_card(c, "\u00a0")
    return group_card(c, " \n")


def pos_chat_card():
    c = gen_card()
    exp = gen_exp()
    cvv = digits(4 if len(c) == 15 else 3)
    cs = Case("positive", "chat: full card with expiry and CVV, typed")
    vc = Val("CARD_NUMBER", c)
    ve = Val("EXPIRY", exp)
    vv = Val("CVV", cvv)
    cs.add("agent", "Hi, you're chatting with %s at the %s. How can I help?" % (ch(AGENT_NAMES), ch(INDUSTRIES)))
    lab = ch(["card no: ", "Card number - ", "cc# ", "long number is ", "", "card:", "CARD NUMBER\t"])
    sep_e = ch([" exp ", " expiry: ", ", expires ", "\nexp date ", " valid till "])
    sep_v = ch([" cvv ", " CVC: ", ", security code ", "\n3 digits on back: " if len(cvv) == 3 else "\ncid "])
    tail = ch(["", " thanks", " ta", ". " + distractor()])
    cs.add("customer", lab, (card_typed_text(c), vc), sep_e, (typed_exp(exp), ve), sep_v, (cvv, vv), tail)
    cs.add("agent", "Thanks, that's gone through. For your notes: " + distractor() + ".")
    return cs


def pos_chat_card_split():
    c = gen_card()
    g = group_card(c, " ").split(" ")
    cs = Case("positive", "chat/SMS: card number sent over several messages")
    vc = Val("CARD_NUMBER", c)
    cs.add("agent", "Please type the long card number when you're ready.")
    cut = R.randint(1, len(g) - 1)
    cs.add("customer", ch(["", "ok ", "its "]), (" ".join(g[:cut]), vc))
    if R.random() < 0.5:
        cs.add("agent", ch(["ok", "go on", "and the rest?"]))
    cs.add("customer", (" ".join(g[cut:]), vc), ch(["", " sorry fat fingers", " ..that's it"]))
    if R.random() < 0.5:
        ve = Val("EXPIRY", gen_exp())
        cs.add("customer", ch(["exp ", "Expiry "]), (typed_exp(ve.canon), ve))
    return cs


def pos_email_quoted():
    c = gen_card()
    cs = Case("positive", "e-mail with quoted reply and signature carrying phone/e-mail")
    em = gen_email()
    ph, phs = gen_phone()
    name = ch(FIRST).title() + " " + ch(LAST).title()
    vc, vp, vm = Val("CARD_NUMBER", c), Val("PHONE", ph), Val("EMAIL", em)
    cs.add("agent", "Dear customer,\nPlease reply with the card you'd like to use for your renewal (%s).\nKind regards,\nBilling Team" % distractor())
    cs.add("customer", "Hi,\n\nThe card is ", (card_typed_text(c), vc), ch([" (debit)", "", ", visa"]),
           ".\n\nThanks\n%s\nM: " % name, (phs, vp), "\nE: ", (em, vm),
           "\n\n> On %d %s 2025, Billing Team wrote:\n> Please reply with the card you'd like to use for your renewal (%s).\n> Kind regards" % (
               R.randint(1, 28), MON3[R.randint(0, 11)].title(), distractor()))
    return cs


def pos_asr_card():
    c = gen_card()
    uk = R.random() < 0.6
    cs = Case("positive", "phone call ASR: card read in chunks with back-channels and read-back")
    vc = Val("CARD_NUMBER", c)
    cs.add("agent", ch(["can i take the long number across the front of the card", "and the card number please",
                        "ok so what's the sixteen digit number"]))
    chunks = [c[i:i + 4] for i in range(0, len(c), 4)]
    if len(chunks[-1]) < 3:
        chunks[-2] += chunks[-1]
        chunks.pop()
    mode = R.random()
    if mode < 0.5:
        k = 0
        while k < len(chunks):
            take = R.randint(1, 2)
            part = "".join(chunks[k:k + take])
            k += take
            pre = ch(["yeah it's ", "", "so ", "right ", "um "]) if k == take else ch(["", "then ", "and "])
            cs.add("customer", pre, (say_number(part, uk=uk), vc))
            if k < len(chunks):
                cs.add("agent", ch(BACKCH))
    else:
        txt = say_number(c, uk=uk, fill=0.15)
        cs.add("customer", ch(["it's ", "ok it's ", "yeah so it's "]), (txt, vc))
    if R.random() < 0.6:
        vr = Val("CARD_NUMBER", c)
        cs.add("agent", ch(["so that's ", "let me read that back ", "i have "]), (say_number(c, uk=uk, fill=0, pairs=0.1), vr),
               ch([" is that right", " correct", ""]))
        cs.add("customer", ch(["yes", "yep that's it", "correct"]))
    if R.random() < 0.6:
        ve = Val("EXPIRY", gen_exp())
        cs.add("agent", "and the expiry")
        cs.add("customer", ch(["", "it's ", "uh "]), (spoken_exp(ve.canon), ve))
    if R.random() < 0.5:
        vv = Val("CVV", digits(4 if len(c) == 15 else 3))
        cs.add("agent", "and the three digits on the back" if len(c) != 15 else "and the four digit code on the front")
        cs.add("customer", ch(["", "that's "]), (say_number(vv.canon, uk=uk, pairs=0.3, fill=0), vv))
    return cs


def pos_asr_card_correction():
    c = gen_card()
    cs = Case("positive", "ASR: card reading restarted after a mistake, aside mid-reading")
    k = R.randint(4, 8)
    wrong = c[:k - 1] + str((int(c[k - 1]) + R.randint(1, 8)) % 10)
    vpart = Val("CARD_NUMBER", c[:k - 1], partial=True)
    vw = Val("CARD_NUMBER", wrong, partial=True)
    vc = Val("CARD_NUMBER", c)
    cs.add("agent", "go ahead with the card number when you're ready")
    cs.add("customer", (say_number(wrong, fill=0.1), vw), ch([" no wait sorry ", " hang on that's wrong ", " ah no "]),
           "let me start again ", (say_number(c[:8], fill=0.1), vc))
    cs.add("agent", ch(BACKCH))
    cs.add("customer", ch(["sorry the dog's going mad ", "hold on i need my glasses ", ""]),
           (say_number(c[8:], fill=0.1), vc))
    if R.random() < 0.5:
        cs.add("agent", "thank you and that's the card ending ", (say_number(c[-4:], pairs=0.5, fill=0), Val("CARD_NUMBER", c[-4:], partial=True)))
    _ = vpart
    return cs


def pos_last_four_after_full():
    c = gen_card()
    cs = Case("positive", "full card typed then later referred to by last four (labelled because full card present)")
    vc = Val("CARD_NUMBER", c)
    cs.add("customer", "pls update my payment card to ", (card_typed_text(c), vc))
    cs.add("agent", "Done - the card ending ", (c[-4:], Val("CARD_NUMBER", c[-4:], partial=True)),
           " is now your default. " + distractor().capitalize() + ".")
    return cs


def ssn_typed(s):
    return ch(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
               "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:])])


def pos_ssn():
    s = gen_ssn()
    v = Val("SSN", s)
    cs = Case("positive", "US SSN")
    mode = R.random()
    if mode < 0.45:
        cs.note = "chat/SMS: SSN typed with label or masked copy alongside"
        cs.add("agent", ch(["To verify, can you send your Social Security number?", "I'll need your SSN for the %s application." % ch(["insurance", "benefits", "loan"])]))
        lab = ch(["SSN: ", "ssn ", "Social is ", "soc sec #", "SS#:", "my social - ", ""])
        tail = ch(["", " (not the one on file, that's old)", "\n\nSent from my iPhone", " -- " + distractor()])
        cs.add("customer", lab, (ssn_typed(s), v), tail)
        if R.random() < 0.4:
            cs.add("agent", "Thanks. For your records it will show as XXX-XX-%s." % s[5:])
    elif mode < 0.8:
        cs.note = "ASR: SSN read in groups across turns"
        cs.add("agent", "and can i get your social security number")
        cs.add("customer", ch(["sure it's ", "yeah ", "um "]), (say_number(s[:3], uk=False), v))
        cs.add("agent", ch(BACKCH))
        cs.add("customer", (say_number(s[3:5], uk=False, pairs=0.7), v))
        cs.add("agent", ch(BACKCH))
        cs.add("customer", (say_number(s[5:], uk=False, pairs=0.5), v))
        if R.random() < 0.5:
            cs.add("agent", "thank you that's ", (say_number(s, uk=False, fill=0, pairs=0), Val("SSN", s)))
    else:
        cs.note = "e-mail: SSN broken across lines in a form paste"
        cs.add("customer", "Hello,\nForm details below:\nName: %s %s\nSSN: " % (ch(FIRST).title(), ch(LAST).title()),
               ("%s-%s-\n%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.5 else ssn_typed(s), v),
               "\nPlan: %s\n\n--\nSent via web form" % distractor())
    return cs


def ni_typed(n):
    f = R.random()
    if f < 0.3:
        t = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif f < 0.5:
        t = n
    elif f < 0.65:
        t = n.lower()
    elif f < 0.8:
        t = "%s%s %s" % (n[:2], n[2:8], n[8])
    elif f < 0.9:
        t = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        t = n[:2].lower() + " " + n[2:8] + " " + n[8].lower()
    return t


def pos_ni():
    n = gen_ni()
    v = Val("NI_NUMBER", n)
    cs = Case("positive", "UK National Insurance number")
    mode = R.random()
    if mode < 0.45:
        cs.note = "chat/e-mail: NI number typed, label variants"
        cs.add("agent", "Could you confirm your National Insurance number please?")
        lab = ch(["NI: ", "ni no ", "NINO ", "National Insurance Number:\n", "its ", "N.I. number - "])
        cs.add("customer", lab, (ni_typed(n), v), ch(["", " thanks", "\n\nRegards,\n" + ch(FIRST).title(), " (from my P60)"]))
    elif mode < 0.85:
        cs.note = "ASR: NI number spelled with NATO/as-in and digits split across turns"
        cs.add("agent", "and your national insurance number")
        st = ch(["bare", "nato", "for", "asin", None])
        cs.add("customer", ch(["yeah it's ", "right ", "", "um "]), (say_letters(n[:2], st) + " " + say_number(n[2:5], zero="zero", pairs=0.3), v))
        cs.add("agent", ch(BACKCH))
        cs.add("customer", (say_number(n[5:8], zero="zero", pairs=0.3) + ch([" and then ", " "]) + say_letters(n[8], st), v))
        if R.random() < 0.5:
            cs.add("agent", "lovely so that's ", (say_letters(n[:2], "for") + " " + say_number(n[2:8], zero="zero", fill=0, pairs=0) + " " + say_letters(n[8], "bare"), Val("NI_NUMBER", n)))
    else:
        cs.note = "SMS: NI number with odd spacing, in reply to a prompt"
        cs.add("agent", "SMS from %s: Reply with your NI number to continue your claim. Ref %s." % (ch(["DWP Helpline", "HMRC", "YourCouncil"]), digits(8)))
        cs.add("customer", (ni_typed(n), v), ch(["", " ", " thx"]))
    return cs


def pos_bank():
    cs = Case("positive", "sort code + account number")
    sc = digits(6)
    acc = digits(8)
    vs, va = Val("SORT_CODE", sc), Val("BANK_ACCOUNT", acc)
    mode = R.random()
    if mode < 0.5:
        cs.note = "typed: sort code/account with labels and separators"
        scs = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:])])
        cs.add("agent", "Which account should the refund of %s go to?" % ch(["£42.10", "£310.00", "£1,025.77"]))
        cs.add("customer", ch(["s/c ", "Sort code: ", "sortcode:", "SC "]), (scs, vs),
               ch([" acct no: ", "\nAccount: ", " a/c ", ", acc "]), (ch([acc, acc[:4] + " " + acc[4:]]), va),
               ch(["", "\nName on acc: %s" % ch(LAST).title(), " (joint account)"]))
    else:
        cs.note = "ASR: sort code in pairs and account number with fillers, read back"
        cs.add("agent", "what's the sort code")
        cs.add("customer", ch(["it's ", "", "uh "]), (say_number(sc, pairs=0.8, hundreds=0, doubles=0.2), vs))
        cs.add("agent", "and the account number")
        cs.add("customer", (say_number(acc[:4], fill=0.15), va))
        cs.add("agent", ch(BACKCH))
        cs.add("customer", (say_number(acc[4:], fill=0.15), va))
        if R.random() < 0.6:
            cs.add("agent", "so sort code ", (say_number(sc, pairs=1, hundreds=0, doubles=0), Val("SORT_CODE", sc)),
                   " account ", (say_number(acc, pairs=0, fill=0), Val("BANK_ACCOUNT", acc)))
    return cs


def pos_us_bank():
    cs = Case("positive", "US checking account number typed (routing number unlabelled context)")
    acc = digits(R.randint(9, 12))
    v = Val("BANK_ACCOUNT", acc)
    cs.add("customer", "For the direct deposit: checking acct # ", (acc, v), ch([" at Chase", " (credit union)", ""]),
           ". %s" % distractor().capitalize())
    return cs


def pos_iban():
    ib = gen_iban()
    v = Val("IBAN", ib)
    cs = Case("positive", "IBAN")
    mode = R.random()
    if mode < 0.6:
        cs.note = "e-mail/chat: IBAN typed, grouped or run-on, sometimes broken over lines"
        t = ch([group4(ib), ib, group4(ib).lower(), group4(ib, "\n") if len(ib) < 24 else group4(ib[:12]) + "\n" + group4(ib[12:]),
                ib[:4] + " " + ib[4:]])
        cs.add("customer", ch(["Hi, please send the refund to IBAN: ", "IBAN ", "My iban is\n", "Bank details (EUR):\nIBAN - "]), (t, v),
               ch(["\nBIC: AIBKIE2D", "", "\nThanks,\n" + ch(FIRST).title(), " BIC NWBKGB2L"]))
    else:
        cs.note = "ASR: IBAN read out letters and digits in chunks"
        cs.add("agent", "ok can you read me the iban")
        cut = R.randint(8, 14)
        first = say_letters(ib[:2], ch(["bare", "nato", "for"])) + " " + say_number(ib[2:4], zero="zero", pairs=0.5)
        rest1 = ib[4:cut]
        seg1 = " ".join(say_letters(x, ch(["bare", "nato"])) if x.isalpha() else say_number(x, zero="zero", fill=0.1, pairs=0.2)
                        for x in re.findall(r"[A-Z]+|\d+", rest1))
        cs.add("customer", (first + " " + seg1, v))
        cs.add("agent", ch(BACKCH))
        seg2 = " ".join(say_letters(x, "bare") if x.isalpha() else say_number(x, zero="zero", fill=0.1, pairs=0.2)
                        for x in re.findall(r"[A-Z]+|\d+", ib[cut:]))
        cs.add("customer", (seg2, v))
    return cs


def pos_phone():
    ph, phs = gen_phone()
    v = Val("PHONE", ph)
    cs = Case("positive", "phone number")
    mode = R.random()
    if mode < 0.5:
        cs.note = "typed: phone number in chat/SMS/signature"
        cs.add("agent", "What's the best number to reach you on?")
        cs.add("customer", ch(["", "call me on ", "mob: ", "Tel. ", "ph# ", "text me at "]), (phs, v),
               ch(["", " after 5", " (work)", " - not the landline", "\n\n--\nSent from Outlook for Android"]))
    else:
        cs.note = "ASR: phone number with oh/double, country code spoken"
        cs.add("agent", "and a contact number")
        raw = ph
        if raw.startswith("+"):
            cc = re.match(r"\+(1|44|353|33|49|34|31)", raw).group(1)
            t = "plus " + say_number(cc, pairs=0.3, fill=0) + " " + say_number(raw[1 + len(cc):], fill=0.08, pairs=0.2, uk=cc != "1")
        else:
            t = say_number(raw, fill=0.08, pairs=0.2, uk=not raw.startswith(("2", "3", "4", "5", "6", "7")))
        words = t.split(" ")
        if len(words) > 8 and R.random() < 0.5:
            cut = R.randint(4, len(words) - 3)
            a, b = " ".join(words[:cut]), " ".join(words[cut:])
            if norm(a) + norm(b) == norm(t) and a.split(" ")[-1] not in ("double", "triple", "plus") and not re.search(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|and)$", a) and b.split(" ")[0] not in ("hundred", "and"):
                cs.add("customer", ch(["it's ", "yeah ", ""]), (a, v))
                cs.add("agent", ch(BACKCH))
                cs.add("customer", (b, v))
                return cs
        cs.add("customer", ch(["it's ", "yeah it's ", "mobile's "]), (t, v))
    return cs


def pos_email():
    e = gen_email()
    v = Val("EMAIL", e)
    cs = Case("positive", "e-mail address")
    mode = R.random()
    if mode < 0.45:
        cs.note = "typed: e-mail address with odd case / mailto / angle brackets"
        t = e if R.random() < 0.7 else e.capitalize()
        cs.add("customer", ch(["email: ", "send it to ", "my email is <", "mailto:", "E-mail\t"]), (t, v),
               ch(["", ">", " pls", " not the work one"]))
    else:
        cs.note = "ASR: e-mail spelled out with dot/at"
        cs.add("agent", "and what email address should we use")
        cs.add("customer", ch(["it's ", "yeah it's ", "right so it's "]), (say_email(e), v))
        if R.random() < 0.4:
            cs.add("agent", "so that's ", (say_email(e), Val("EMAIL", e)))
    return cs


def pos_dob():
    d = gen_dob()
    v = Val("DOB", d)
    cs = Case("positive", "date of birth")
    if R.random() < 0.5:
        cs.note = "typed: DOB with label"
        cs.add("agent", "For security, please confirm your date of birth.")
        cs.add("customer", ch(["DOB ", "dob: ", "born ", "D.O.B. ", ""]), (typed_date(d, us=R.random() < 0.3), v),
               ch(["", " and my postcode hasn't changed", ". " + distractor()]))
    else:
        cs.note = "ASR: DOB spoken"
        cs.add("agent", "can you confirm your date of birth")
        cs.add("customer", ch(["yeah it's ", "", "um "]), (spoken_date(d), v))
    return cs


def pos_address():
    us = R.random() < 0.35
    a = gen_address(us)
    pc = gen_zip() if us else gen_uk_pc()
    town = ch(TOWNS_US if us else TOWNS_UK)
    va, vp = Val("ADDRESS", a), Val("POSTCODE", pc)
    cs = Case("positive", "address and postcode/ZIP")
    mode = R.random()
    if mode < 0.55:
        cs.note = "typed: address block (multi-line or comma separated) with town unlabelled"
        if us:
            cs.add("customer", "Ship to:\n%s %s\n" % (ch(FIRST).title(), ch(LAST).title()), (a, va), "\n%s " % town, (pc, vp))
        else:
            pct = ch([pc, pc.lower(), pc.replace(" ", "")])
            cs.add("customer", ch(["new address is ", "Address:\n", "moved to "]), (a, va), ch([", ", "\n"]), town, ch([", ", "\n", " "]),
                   (pct, Val("POSTCODE", pc)))
    else:
        cs.note = "ASR: address and postcode spoken"
        cs.add("agent", "what's the first line of the address")
        cs.add("customer", ch(["it's ", "", "yeah "]), (spoken_address(a), va), " in %s" % town.split(",")[0].lower())
        cs.add("agent", "and the %s" % ("zip code" if us else "postcode"))
        cs.add("customer", (spoken_pc(pc), vp))
    return cs


def pos_combo_profile():
    cs = Case("positive", "chat: customer pastes profile block (DOB, phone, e-mail, address, NI) with artefacts")
    n = gen_ni()
    d = gen_dob()
    e = gen_email()
    ph, phs = gen_phone("UK")
    a = gen_address()
    pc = gen_uk_pc()
    cs.add("customer", "here u go copied from the form:\n",
           "Name:\t%s %s\nDate of birth:\t" % (ch(FIRST).title(), ch(LAST).title()), (typed_date(d), Val("DOB", d)),
           "\nNI number:\t", (ni_typed(n), Val("NI_NUMBER", n)),
           "\nPhone:\t", (phs, Val("PHONE", ph)), "\nEmail:\t", (e, Val("EMAIL", e)),
           "\nAddress:\t", (a, Val("ADDRESS", a)), ", %s, " % ch(TOWNS_UK), (pc, Val("POSTCODE", pc)),
           "\nCustomer since:\t%d" % R.randint(2001, 2022))
    return cs


def pos_us_combo():
    cs = Case("positive", "ASR US: insurance call, SSN and DOB with hesitation")
    s = gen_ssn()
    d = gen_dob()
    vs = Val("SSN", s)
    cs.add("agent", "thanks for calling %s this is %s can i get the member's social" % (ch(["united health billing", "state farm", "the dmv"]), ch(AGENT_NAMES).lower()))
    cs.add("customer", ch(["yeah hold on ", "sure "]), (say_number(s[:5], uk=False, pairs=0.3, fill=0.2), vs),
           ch([" sorry i'm driving ", " uh wait "]), (say_number(s[5:], uk=False, pairs=0.5), vs))
    cs.add("agent", "and date of birth")
    cs.add("customer", (spoken_date(d), Val("DOB", d)), ch(["", " she's %d" % R.randint(70, 90)]))
    return cs


def pos_sms_card_masked():
    c = gen_card()
    cs = Case("positive", "SMS thread: bank SMS with amount/ref (unlabelled) then customer texts full card")
    cs.add("agent", "%s: A payment of £%d.%02d was declined on your card. Reply with the card to use or call us. Ref %s" % (
        ch(["YourBank", "TelcoPay", "EnergyCo"]), R.randint(5, 400), R.randint(0, 99), digits(8)))
    vc = Val("CARD_NUMBER", c)
    cs.add("customer", ch(["use ", "try this one ", ""]), (card_typed_text(c), vc), ch(["", " exp ", " "]) if False else "")
    return cs


POS_TEMPLATES = [
    (pos_chat_card, 9), (pos_chat_card_split, 5), (pos_email_quoted, 5), (pos_asr_card, 9),
    (pos_asr_card_correction, 4), (pos_last_four_after_full, 3), (pos_sms_card_masked, 4),
    (pos_ssn, 8), (pos_us_combo, 3), (pos_ni, 9), (pos_bank, 7), (pos_us_bank, 2), (pos_iban, 7),
    (pos_phone, 6), (pos_email, 6), (pos_dob, 6), (pos_address, 6), (pos_combo_profile, 3),
]


# ---------------------------------------------------------------- negatives
def neg_case():
    cs = Case("negative", "")
    k = R.randint(0, 11)
    if k == 0:
        o = luhn_complete("4", 16)
        cs.note = "Luhn-valid 16-digit order number typed like a card"
        cs.add("customer", "Order number %s hasn't arrived (%s)" % (group_card(o, ch([" ", "-"])), distractor()))
        cs.add("agent", "Sorry about that, I can see order %s was dispatched on %s." % (o, typed_date((2025, R.randint(1, 12), R.randint(1, 28)))))
    elif k == 1:
        cs.note = "ASR: reference number read like a card, with back-channels"
        r = digits(16)
        cs.add("agent", "have you got the reference from the letter")
        cs.add("customer", "yeah the reference is " + say_number(r[:8]))
        cs.add("agent", ch(BACKCH))
        cs.add("customer", say_number(r[8:]) + " and the amount was " + ch(["two hundred and forty pounds", "sixty two fifty", "ninety nine euro"]))
    elif k == 2:
        cs.note = "card last four and masked values only"
        cs.add("customer", "is the %s payment coming off the card ending %s?" % (ch(["monthly", "annual"]), digits(4)))
        cs.add("agent", "Yes, card **** **** **** %s, exp **/**. Your SSN on file shows as ***-**-%s." % (digits(4), digits(4)))
    elif k == 3:
        cs.note = "e-mail with invoice, account-like and amount numbers, signature with no personal contact"
        cs.add("customer", "Hi,\n\nInvoice INV-%s shows %s but my contract (ref %s) says %s.\n\nThanks\n%s\n\n> %s" % (
            digits(6), distractor(), digits(10), distractor(), ch(FIRST).title(), distractor()))
    elif k == 4:
        cs.note = "ASR: meter reading and counts spoken as digits"
        cs.add("agent", "can you give me the meter reading")
        cs.add("customer", "it's " + say_number(digits(5)) + " and the night one is " + say_number(digits(5)))
        cs.add("agent", "thanks that's %d units since the last reading" % R.randint(100, 900))
    elif k == 5:
        cs.note = "travel: flight, gate, seat, booking reference, times"
        cs.add("customer", "booking ref %s, %s, departs %02d:%02d" % ("".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
                                                                 distractor() if R.random() < 0.3 else "flight EI%d" % R.randint(100, 999), R.randint(5, 22), ch([5, 20, 35, 50])))
        cs.add("agent", "You're in seat %d%s, the flight's delayed by %d minutes." % (R.randint(1, 33), ch("ABCDEF"), R.randint(15, 180)))
    elif k == 6:
        cs.note = "ticket/claim/case numbers shaped like SSN/sort code"
        cs.add("customer", "case ID %s-%s-%s, claim no %s-%s-%s" % (digits(3), digits(2), digits(4), digits(2), digits(2), digits(2)))
        cs.add("agent", "Thanks, I've linked %s to that claim." % ("ticket #" + digits(9)))
    elif k == 7:
        cs.note = "SMS: delivery text with tracking number, time window, amounts"
        cs.add("agent", "%s: Your parcel %s arrives today %d-%dpm. Pay £%d.%02d customs at %s" % (
            ch(["DPD", "Royal Mail", "An Post", "UPS"]), "1Z" + digits(16), R.randint(1, 3), R.randint(4, 6),
            R.randint(2, 30), R.randint(0, 99), "the depot"))
        cs.add("customer", "ok " + distractor())
    elif k == 8:
        cs.note = "ASR: amounts, percentages, ages, years, durations in words"
        cs.add("customer", "so i've been with you since %s and the bill went up %s percent to %s" % (
            say_year(R.randint(1995, 2020)), ch(["nine point two", "twelve", "four"]), ch(["sixty four pounds ninety nine", "a hundred and twelve euro", "eighty dollars"])))
        cs.add("agent", "i understand, the price rise is in line with cpi plus %s percent" % ch(["three point nine", "four", "two"]))
    elif k == 9:
        cs.note = "model, serial and policy numbers with labels"
        cs.add("customer", "%s, %s, %s" % (distractor() if R.random() < 0.3 else "model WM%d" % R.randint(1000, 9999),
                                          "serial no. " + digits(12), "policy number " + ch(["POL", "HH", "MTR"]) + digits(9)))
        cs.add("agent", "Thanks, the warranty runs until %s." % typed_date((R.randint(2025, 2028), R.randint(1, 12), R.randint(1, 28))))
    elif k == 10:
        cs.note = "road names, opening hours, temperatures, room numbers"
        cs.add("customer", "engineer got stuck on the %s, is the depot open after %d?" % (ch(["M62", "A406", "I-95", "N7", "M50"]), R.randint(4, 7)))
        cs.add("agent", "%s. It's %d degrees in the server room %d so expect delays." % (
            "we're open 8am to 8pm Monday to Friday".capitalize(), R.randint(25, 40), R.randint(100, 499)))
    else:
        cs.note = "ASR: appointment date and time, payment date (not DOB)"
        cs.add("agent", "i can book the engineer for %s" % spoken_date((2025, R.randint(1, 12), R.randint(1, 28))))
        cs.add("customer", "yeah that works anytime after %s and the payment goes out on the %s" % (
            ch(["half ten", "two o'clock", "nine thirty"]), ordinal(R.randint(1, 28))))
    for _ in range(R.randint(0, 1)):
        cs.add(ch(["agent", "customer"]), distractor().capitalize() + ".")
    return cs


# ---------------------------------------------------------------- assembly
def generate():
    pos, counts = [], {t: 0 for t in TYPES}
    fns = [f for f, w in POS_TEMPLATES for _ in range(w)]
    mins = {t: 10 for t in TYPES}
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    by_type = {"CARD_NUMBER": [pos_chat_card, pos_asr_card, pos_chat_card_split, pos_email_quoted],
               "SSN": [pos_ssn, pos_us_combo], "NI_NUMBER": [pos_ni], "CVV": [pos_chat_card],
               "EXPIRY": [pos_chat_card], "BANK_ACCOUNT": [pos_bank, pos_us_bank], "SORT_CODE": [pos_bank],
               "IBAN": [pos_iban], "PHONE": [pos_phone], "EMAIL": [pos_email], "DOB": [pos_dob],
               "POSTCODE": [pos_address], "ADDRESS": [pos_address]}
    while True:
        need = [t for t in TYPES if counts[t] < mins[t]]
        if len(pos) >= 215 and not need:
            break
        f = ch(by_type[need[0]]) if (len(pos) >= 215 and need) else ch(fns)
        cs = f()
        turns, spans, meta = cs.build()
        for s in spans:
            counts[s["type"]] += 1
        pos.append((cs, turns, spans, meta))
    neg = []
    NEG_MODE[0] = True
    for _ in range(112):
        cs = neg_case()
        turns, spans, meta = cs.build()
        neg.append((cs, turns, spans, meta))
    return pos, neg


def render():
    global R
    R = random.Random(SEED)
    NEG_MODE[0] = False
    pos, neg = generate()
    lines, metas = [], []
    for kind, items in (("pos", pos), ("neg", neg)):
        for k, (cs, turns, spans, meta) in enumerate(items, 1):
            rec = {"id": "h373-%s-%03d" % (kind, k), "kind": cs.kind, "turns": turns, "spans": spans, "note": cs.note}
            lines.append(json.dumps(rec, ensure_ascii=True))
            metas.append(meta)
    return "\n".join(lines) + "\n", metas


def check(data, metas):
    errs = []
    recs = [json.loads(l) for l in data.splitlines()]
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for r, meta in zip(recs, metas):
        if r["kind"] == "positive":
            npos += 1
            if not r["spans"]:
                errs.append(r["id"] + ": positive without spans")
        else:
            nneg += 1
            if r["spans"]:
                errs.append(r["id"] + ": negative with spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        groups = {}
        for s, v in zip(r["spans"], meta):
            counts[s["type"]] += 1
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            val = txt[a:b]
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s: span not on word boundary %r" % (r["id"], val))
            if not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (r["id"], val))
            if val != val.strip():
                errs.append("%s: whitespace at span edge" % r["id"])
            groups.setdefault(id(v), (v, []))[1].append(val)
        for (t, spans_t) in [(ti, sorted((s["start"], s["end"]) for s in r["spans"] if s["turn"] == ti)) for ti in range(len(r["turns"]))]:
            for x, y in zip(spans_t, spans_t[1:]):
                if y[0] < x[1]:
                    errs.append("%s: overlapping spans" % r["id"])
        for v, vals in groups.values():
            n = "".join(norm(x, email=(v.typ == "EMAIL")) for x in vals)
            if v.typ == "PHONE" and n.startswith("00"):
                n = "+" + n[2:]
            if v.typ == "PHONE":
                n = re.sub(r"^\+440", "+44", n)
            cn = canon_norm(v)
            if v.partial:
                if cn is None or cn not in canon_norm(Val(v.typ, v.canon)) or not n == cn:
                    errs.append("%s: partial %s mismatch %r" % (r["id"], v.typ, vals))
                continue
            if cn is not None and n != cn:
                errs.append("%s: %s normalises to %r, expected %r (%r)" % (r["id"], v.typ, n, cn, vals))
            if not type_ok(v.typ, n if cn is not None else "", vals, v.canon):
                errs.append("%s: %s fails validation %r" % (r["id"], v.typ, vals))
    return errs, counts, npos, nneg


def main():
    data, metas = render()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            old = f.read()
        errs = []
        if old != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        e2, counts, npos, nneg = check(old if old == data else data, metas)
        errs += e2
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t in TYPES:
            if counts[t] < mins[t]:
                errs.append("too few %s spans: %d" % (t, counts[t]))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            for e in errs[:50]:
                print("ERROR", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote", os.path.normpath(OUT))


if __name__ == "__main__":
    main()

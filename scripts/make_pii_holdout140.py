#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h140 (US-heavy).

Written by an AI helper acting as an independent author; it did not see the
redaction code.  Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout140.py          # write fixture + README
    python scripts/make_pii_holdout140.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 140241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout140")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu", "i": "india",
        "q": "quebec", "u": "uniform", "v": "victor", "o": "oscar"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def zero_word(uk=False):
    return R.choice(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "oh", "o"])


def dword(d, uk=False, alnum=False):
    if d == "0":
        if alnum:
            return R.choice(["zero", "oh", "nought"] if uk else ["zero", "oh"])
        return zero_word(uk)
    return UNITS[int(d)]


def say_digits(ds, uk=False, alnum=False, doubles=True):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        if doubles and i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d and R.random() < 0.6:
            out.append("triple " + dword(d, uk, alnum))
            i += 3
            continue
        if doubles and i + 1 < len(ds) and ds[i + 1] == d and R.random() < 0.7:
            out.append("double " + dword(d, uk, alnum))
            i += 2
            continue
        out.append(dword(d, uk, alnum))
        i += 1
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return dword("0", uk) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


_UNIT19 = set(UNITS[1:])
_TENSW = set(TENS.values())


def sjoin(parts):
    """join spoken chunks so that a bare tens word ('forty') is never followed by a unit
    word of the next chunk (which would read as 'forty four'): say it 'four oh' instead"""
    out = []
    for p in parts:
        if out and p.split() and p.split()[0] in _UNIT19 and out[-1].split()[-1] in _TENSW:
            toks = out[-1].split()
            t = toks[-1]
            d = [k for k, v in TENS.items() if v == t][0]
            toks[-1] = UNITS[d] + " " + pick("oh", "zero")
            out[-1] = " ".join(toks)
        out.append(p)
    return " ".join(out)


def say_pairs(ds, uk=False):
    """groups of two as 'forty one'; odd leading digit said alone"""
    parts = []
    if len(ds) % 2:
        parts.append(dword(ds[0], uk))
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        parts.append(say_pair(ds[i:i + 2], uk))
    return sjoin(parts)


def say_house(num):
    """house number as people say it: 1427 -> fourteen twenty seven, 305 -> three oh five"""
    ds = str(num)
    if len(ds) == 4 and ds.endswith("00") and ds[0] != "0":
        return say_pair(ds[:2]) + " hundred"
    if len(ds) == 4 and ds[2] != "0" and ds[0] != "0":
        return say_pair(ds[:2]) + " " + say_pair(ds[2:])
    if len(ds) == 3 and ds[1] != "0":
        return UNITS[int(ds[0])] + " " + say_pair(ds[1:])
    if len(ds) == 3:
        return UNITS[int(ds[0])] + " oh " + UNITS[int(ds[2])] if ds[2] != "0" else UNITS[int(ds[0])] + " hundred"
    if len(ds) == 2:
        return say_pair(ds)
    return say_digits(ds, doubles=False)


def say_mixed(ds, uk=False):
    """chunks of 2-4 digits, each said digit by digit or as pairs"""
    parts, i = [], 0
    while i < len(ds):
        n = R.choice([2, 3, 4])
        chunk = ds[i:i + n]
        i += n
        if len(chunk) == 2 and R.random() < 0.6:
            parts.append(say_pair(chunk, uk))
        elif len(chunk) == 4 and R.random() < 0.5:
            parts.append(say_pair(chunk[:2], uk) + " " + say_pair(chunk[2:], uk))
        else:
            parts.append(say_digits(chunk, uk))
    return sjoin(parts)


def say_groups(ds, sizes, uk=False, sep=" "):
    parts, i = [], 0
    for n in sizes:
        chunk = ds[i:i + n]
        i += n
        parts.append(say_digits(chunk, uk) if R.random() < 0.7 or len(chunk) % 2 else say_pairs(chunk, uk))
    return sjoin(parts)


def say_letter(c, phonetic=None):
    c = c.lower()
    if phonetic is None:
        phonetic = R.random() < 0.35
    if phonetic and c in NATO:
        return c + R.choice([" for ", " as in "]) + NATO[c]
    return c


def say_alnum(s, uk=False, phon=0.3):
    parts = []
    i = 0
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            parts.append(say_digits(s[i:j], uk, alnum=True))
            i = j
        elif ch.isalpha():
            parts.append(say_letter(ch, R.random() < phon))
            i += 1
        else:
            i += 1
    return " ".join(parts)


# ---------------------------------------------------------------- normaliser
FILLER = {"um", "uh", "er", "erm", "uhm", "hmm", "dash", "hyphen", "space", "slash", "and",
          "then", "sorry", "like", "okay", "so", "yeah", "the", "is", "it's", "its", "that's",
          "mm", "ah", "point", "stroke", "plus"}


def normalise(text):
    """spoken/typed value -> canonical upper-case letters+digits"""
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    t = re.sub(r"[()+:#]", " ", t)
    toks = t.split()
    out = []
    i = 0
    UW = {w: str(n) for n, w in enumerate(UNITS)}
    UW.update({"oh": "0", "o": "0", "nought": "0"})
    TW = {v: str(k) for k, v in TENS.items()}
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            out.append(UW[nxt] * k)
            i += 2
            continue
        if w == "two" and nxt == "thousand":
            n2 = toks[i + 2] if i + 2 < len(toks) else ""
            if n2 in UW:
                out.append("200" + UW[n2])
                i += 3
            else:
                out.append("20" if (n2 in TEENS or n2 in TW) else "2000")
                i += 2
            continue
        if w in UW:
            if nxt == "hundred":
                n2 = toks[i + 2] if i + 2 < len(toks) else ""
                j = i + 2
                if n2 == "and":
                    j += 1
                    n2 = toks[j] if j < len(toks) else ""
                if n2 in TW:
                    n3 = toks[j + 1] if j + 1 < len(toks) else ""
                    if n3 in UW and n3 not in ("zero", "oh", "o", "nought"):
                        out.append(UW[w] + TW[n2] + UW[n3])
                        i = j + 2
                    else:
                        out.append(UW[w] + TW[n2] + "0")
                        i = j + 1
                    continue
                if n2 in TEENS:
                    out.append(UW[w] + str(10 + TEENS.index(n2)))
                    i = j + 1
                    continue
                out.append(UW[w] + "00")
                i += 2
                continue
            out.append(UW[w])
            i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if w in TW:
            if nxt in UW and nxt not in ("zero", "oh", "o", "nought"):
                out.append(TW[w] + UW[nxt])
                i += 2
            else:
                out.append(TW[w] + "0")
                i += 1
            continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper())
            if nxt == "for" and i + 2 < len(toks):
                i += 3
                continue
            if nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
                continue
            i += 1
            continue
        if w in FILLER:
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", w):
            out.append(w.upper())
            i += 1
            continue
        out.append("?" + w)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- value makers
def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    prefix, n = {"visa": ("4", 16), "mc": ("5" + R.choice("12345"), 16), "amex": (R.choice(["34", "37"]), 15),
                 "disc": ("6011", 16), "visa13": ("4", 13), "visa19": ("4", 19),
                 "mc2": ("22" + str(R.randint(21, 99)), 16)}[kind]
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(ds):
    if len(ds) == 15:
        return [4, 6, 5]
    if len(ds) == 13:
        return [4, 3, 3, 3]
    if len(ds) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def split(ds, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(ds[i:i + n])
        i += n
    return out


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


def ni_ok(s):
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s))


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s) or IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    n = IBAN_LEN[cc] - 4
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if cc in ("GB", "IE"):
        bban = "".join(R.choice(letters) for _ in range(4)) + "".join(R.choice("0123456789") for _ in range(n - 4))
    elif cc == "NL":
        bban = "".join(R.choice(letters) for _ in range(4)) + "".join(R.choice("0123456789") for _ in range(n - 4))
    elif cc == "IT":
        bban = R.choice(letters) + "".join(R.choice("0123456789") for _ in range(n - 1))
    else:
        bban = "".join(R.choice("0123456789") for _ in range(n))
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def rdig(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


US_AREA = ["212", "312", "415", "503", "614", "702", "713", "804", "919", "305", "617", "206",
           "404", "512", "602", "720", "813", "860", "973", "469", "281", "248", "651", "916"]


def make_us_phone():
    return R.choice(US_AREA) + str(R.randint(2, 9)) + rdig(2, False) + rdig(4, False)


def make_uk_mobile():
    return "07" + str(R.randint(4, 9)) + rdig(8, False)


def make_ie_mobile():
    return "08" + R.choice("35679") + rdig(7, False)


US_STREETS = ["Maple", "Oak", "Pine", "Cedar", "Elm", "Washington", "Lincoln", "Jefferson", "Lake",
              "Hillcrest", "Sunset", "Willow", "Park", "Ridge", "Highland", "Meadow", "Birch",
              "Franklin", "Madison", "Chestnut", "Walnut", "Spring", "Magnolia", "Dogwood"]
US_SUFFIX = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way", "Place",
             "Circle", "Terrace", "Parkway"]
US_ABBR = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Lane": "Ln", "Court": "Ct",
           "Boulevard": "Blvd", "Way": "Way", "Place": "Pl", "Circle": "Cir", "Terrace": "Ter",
           "Parkway": "Pkwy"}
US_CITIES = [("Columbus", "OH"), ("Austin", "TX"), ("Denver", "CO"), ("Raleigh", "NC"),
             ("Tampa", "FL"), ("Portland", "OR"), ("Madison", "WI"), ("Boise", "ID"),
             ("Omaha", "NE"), ("Richmond", "VA"), ("Sacramento", "CA"), ("Albany", "NY"),
             ("Phoenix", "AZ"), ("Nashville", "TN"), ("Hartford", "CT"), ("Spokane", "WA"),
             ("Newark", "NJ"), ("Boston", "MA")]
ZIP3 = {"Columbus": "432", "Austin": "787", "Denver": "802", "Raleigh": "276", "Tampa": "336",
        "Portland": "972", "Madison": "537", "Boise": "837", "Omaha": "681", "Richmond": "232",
        "Sacramento": "958", "Albany": "122", "Phoenix": "850", "Nashville": "372",
        "Hartford": "061", "Spokane": "992", "Newark": "071", "Boston": "021"}
UK_STREETS = ["Church", "Station", "Victoria", "Mill", "Manor", "Queens", "Kings", "Albert",
              "Grange", "Orchard", "Brook", "Windsor"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Gardens", "Drive", "Way"]
STREET_WORDS = set(w.lower() for w in US_SUFFIX + list(US_ABBR.values()) + UK_SUFFIX)

UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NG",
            "SK", "RG", "BT", "CB", "TW", "KT", "CR", "HP"]


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 19 if len(a) == 1 else 9))
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inward


def uk_pc_ok(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s))


def make_zip(city=None):
    if city:
        return ZIP3[city] + "%02d" % R.randint(1, 99)
    return ZIP3[R.choice(US_CITIES)[0]] + "%02d" % R.randint(1, 99)


def make_email(first, last):
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
                    "comcast.net", "att.net", "protonmail.com", "btinternet.com", "eircom.net"])
    user = R.choice([first + "." + last, first[0] + last, first + last + str(R.randint(1, 99)),
                     first + "_" + last, last + "." + first[0], first + str(R.randint(1960, 2005))])
    return user.lower() + "@" + dom


def say_email(e):
    user, dom = e.split("@")
    def sp(part):
        toks = []
        for seg in re.split(r"([._])", part):
            if seg == ".":
                toks.append("dot")
            elif seg == "_":
                toks.append("underscore")
            elif seg:
                m = re.fullmatch(r"([a-z]+)(\d*)", seg)
                if m:
                    w = m.group(1)
                    if len(w) <= 2 or R.random() < 0.15:
                        toks.append(" ".join(w))
                    else:
                        toks.append(w)
                    if m.group(2):
                        toks.append(say_digits(m.group(2)) if R.random() < 0.5 else say_pairs(m.group(2)))
                else:
                    toks.append(seg)
        return " ".join(toks)
    return sp(user) + " at " + sp(dom)


FIRST = ["james", "maria", "robert", "linda", "michael", "jennifer", "david", "patricia", "carlos",
         "ashley", "kevin", "tanya", "brian", "denise", "marcus", "keisha", "sean", "aoife",
         "siobhan", "gareth", "rhys", "priya", "fatima", "tom", "emma", "olivia", "noah", "luis"]
LAST = ["smith", "johnson", "garcia", "brown", "miller", "davis", "rodriguez", "wilson", "moore",
        "taylor", "thompson", "white", "harris", "clark", "lewis", "walker", "obrien", "murphy",
        "kelly", "evans", "patel", "nguyen", "kowalski", "jones", "hughes", "doyle"]


def make_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []          # list of (speaker, [segments])
        self.groups = {}         # key -> [type, canonical-or-None]

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, tuple):
                    val, typ, key = seg
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    meta.append(key)
                    text += val
                else:
                    text += seg
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}, meta


_gk = [0]


def V(case, text, typ, canon=None, key=None):
    """labelled value segment; segments sharing key form one value"""
    if key is None:
        _gk[0] += 1
        key = "g%d" % _gk[0]
    case.groups.setdefault(key, [typ, canon])
    return (text, typ, key)


def newkey():
    _gk[0] += 1
    return "g%d" % _gk[0]


FRAG = "__fragment__"   # canonical marker: a self-corrected partial reading


def pick(*xs):
    return R.choice(xs)


def bc():
    return pick("mhm", "okay", "yep", "uh huh", "okay go on", "got it", "right", "yes", "okay and")


def filler():
    return pick("", "", "um ", "uh ", "er ")


# -------- forms of values
def card_typed(ds):
    g = split(ds, card_groups(ds))
    style = R.choice(["space", "space", "dash", "none", "dot", "mixed", "double"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return ds
    if style == "dot":
        return ".".join(g)
    if style == "double":
        return "  ".join(g)
    return g[0] + " " + "".join(g[1:3]) + " " + " ".join(g[3:])


def card_spoken(ds):
    style = R.choice(["digits", "digits", "groups", "pairs", "mixed"])
    if style == "digits":
        return say_digits(ds)
    if style == "groups":
        return say_groups(ds, card_groups(ds))
    if style == "pairs":
        return sjoin([say_pairs(g) for g in split(ds, card_groups(ds))])
    return say_mixed(ds)


def expiry_forms(spoken):
    m, y = R.randint(1, 12), R.randint(25, 32)
    if not spoken:
        return R.choice(["%02d/%02d" % (m, y), "%d/%02d" % (m, y), "%02d/20%02d" % (m, y),
                         "%02d%02d" % (m, y), "%02d-%02d" % (m, y), "%s %d" % (MONTHS[m - 1].title()[:3], 2000 + y)])
    return R.choice(["%s %s" % (say_digits("%02d" % m), say_pair("%02d" % y)),
                     "%s %s" % (UNITS[m] if m < 10 else TEENS[m - 10], say_pair("%02d" % y)),
                     "%s %s" % (MONTHS[m - 1], say_pair("%02d" % y)),
                     "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y)),
                     "%s slash %s" % (say_digits("%02d" % m), say_digits("%02d" % y))])


def cvv_form(n, spoken):
    ds = rdig(n, False)
    return (say_digits(ds, doubles=R.random() < 0.5) if spoken else ds), ds


def ssn_typed(ds):
    a, b, c = ds[:3], ds[3:5], ds[5:]
    return R.choice(["%s-%s-%s" % (a, b, c), "%s %s %s" % (a, b, c), ds, "%s.%s.%s" % (a, b, c),
                     "%s-%s-%s" % (a, b, c), "%s - %s - %s" % (a, b, c), "%s-%s%s" % (a, b, c)])


def ssn_spoken(ds):
    a, b, c = ds[:3], ds[3:5], ds[5:]
    st = R.choice(["digits", "groups", "pairs", "dash", "mixed"])
    if st == "digits":
        return say_digits(ds)
    if st == "groups":
        return "%s %s %s" % (say_digits(a), say_digits(b), say_digits(c))
    if st == "pairs":
        return sjoin([say_digits(a), say_pair(b), say_pairs(c)])
    if st == "dash":
        return "%s dash %s dash %s" % (say_digits(a), say_digits(b), say_digits(c))
    return sjoin([say_digits(a), say_pair(b), say_digits(c)])


def ni_typed(ni):
    st = R.choice(["space", "none", "lower", "dash", "mixed"])
    g = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == "space":
        return g
    if st == "none":
        return ni
    if st == "lower":
        return g.lower() if R.random() < 0.5 else ni.lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return ni[:2] + " " + ni[2:8] + " " + ni[8]


def ni_spoken(ni):
    st = R.choice(["plain", "phon", "pairs", "mixed"])
    ph = st == "phon"
    letters = " ".join(say_letter(c, ph or (st == "mixed" and R.random() < 0.5)) for c in ni[:2])
    digs = say_pairs(ni[2:8], uk=True) if st == "pairs" else say_digits(ni[2:8], uk=True, alnum=True)
    return letters + " " + digs + " " + say_letter(ni[8], ph)


def phone_us_typed(p):
    a, b, c = p[:3], p[3:6], p[6:]
    return R.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                     "%s %s %s" % (a, b, c), p, "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c),
                     "+1 (%s) %s-%s" % (a, b, c), "(%s)%s-%s" % (a, b, c)])


def phone_us_spoken(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.choice(["digits", "groups", "pairs_last", "hundred"])
    if st == "digits":
        return say_digits(p)
    if st == "groups":
        return "%s %s %s" % (say_digits(a), say_digits(b), say_digits(c))
    if st == "pairs_last":
        return sjoin([say_digits(a), say_digits(b), say_pairs(c)])
    return sjoin([say_digits(a), say_digits(b), say_pairs(c) if c[0] != "0" else say_digits(c)])


def dob_forms(y, m, d, spoken, uk=False):
    if not spoken:
        if uk:
            return R.choice(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                             "%02d.%02d.%d" % (d, m, y)])
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%d-%d-%02d" % (m, d, y % 100),
                         "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d),
                         "%s %d %d" % (MONTHS[m - 1][:3], d, y), "%02d%02d%d" % (m, d, y)])
    if y >= 2000:
        ys = "two thousand " + (UNITS[y - 2000] if y < 2010 else say_pair(str(y)[2:]))
    else:
        ys = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])
    if uk:
        return R.choice(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys), "%s %s %s" % (ORD[d], MONTHS[m - 1], ys),
                         "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_pair(str(y)[2:]))])
    return R.choice(["%s %s %s" % (MONTHS[m - 1], ORD[d], ys), "%s %s %s" % (MONTHS[m - 1], ORD[d], ys),
                     "%s %s %s" % (MONTHS[m - 1], say_pair("%02d" % d) if d > 9 else UNITS[d], ys),
                     "%s %s %s" % (UNITS[m] if m < 10 else TEENS[m - 10], say_pair("%02d" % d) if d > 9 else UNITS[d], say_pair(str(y)[2:])),
                     "%s %s %s" % (say_digits("%02d" % m), say_digits("%02d" % d), ys)])


def us_address(spoken):
    num = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9899), R.randint(1000, 9899)])
    st, suf = R.choice(US_STREETS), R.choice(US_SUFFIX)
    pre = R.choice(["", "", "", "North ", "South ", "East ", "West ", "N ", "W "])
    if spoken:
        core = "%s %s%s %s" % (say_house(num), pre.lower().replace("n ", "north ").replace("w ", "west ") if pre in ("N ", "W ") else pre.lower(), st.lower(), suf.lower())
        if R.random() < 0.3:
            core += " apartment " + say_alnum(str(R.randint(1, 9)) + R.choice("ABCD"))
        return core
    sfx = suf if R.random() < 0.5 else US_ABBR[suf]
    core = "%d %s%s %s" % (num, pre, st, sfx)
    if R.random() < 0.3:
        core += R.choice([" Apt ", " Apt. ", " #", " Unit "]) + str(R.randint(1, 30)) + R.choice(["", "B", "C"])
    if R.random() < 0.2:
        core = core.lower()
    return core


def uk_address(spoken):
    num = R.randint(1, 240)
    st, suf = R.choice(UK_STREETS), R.choice(UK_SUFFIX)
    if spoken:
        return "%s %s %s" % (say_house(num), st.lower(), suf.lower())
    return "%d %s %s" % (num, st, suf)


def zip_spoken(z):
    return say_digits(z) if R.random() < 0.8 else say_pairs(z)


def pc_spoken(pc):
    return say_alnum(pc.replace(" ", ""), uk=True, phon=0.25)


# ---------------------------------------------------------------- positive templates
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
          "government services"]


def p_card_call_single():
    ds = make_card()
    ind = pick("telecom", "utilities", "retail", "insurance", "travel", "healthcare billing")
    c = Case("positive", "call/%s: card read in one customer turn, ASR words" % ind)
    c.a(pick("okay and what's the long number on the card", "go ahead with the card number whenever you're ready",
             "can i get the sixteen digit number on the front"))
    c.c(pick("yeah it's ", "sure ", "okay so ", "um its ", ""), V(c, card_spoken(ds), "CARD_NUMBER", ds))
    n = 4 if len(ds) == 15 else 3
    cv, cvd = cvv_form(n, True)
    c.a(pick("and the expiration date", "expiry date please", "and when does it expire"))
    c.c(pick("", "it's ", "that's ", "uh "), V(c, expiry_forms(True), "EXPIRY"))
    c.a(pick("and the three digit code on the back", "security code on the back", "and the cvv"))
    c.c(pick("", "it's ", "um "), V(c, cv, "CVV", cvd))
    c.a(pick("thank you that payment of forty two dollars is going through now",
             "perfect i'm processing a payment of one hundred and twelve fifty now"))
    return c


def p_card_call_split():
    ds = make_card(pick("visa", "mc", "disc", "mc2"))
    ind = pick("telecom", "insurance", "utilities", "retail")
    c = Case("positive", "call/%s: card split over customer turns with agent back-channels" % ind)
    k = newkey()
    c.a("okay go ahead with the card number")
    gs = split(ds, [4, 4, 4, 4])
    for i, g in enumerate(gs):
        sp = say_digits(g) if R.random() < 0.7 else say_pairs(g)
        if i == 2 and R.random() < 0.5:
            c.c(V(c, sp, "CARD_NUMBER", ds, k), pick(" sorry hang on", " um"))
        else:
            c.c(pick("", "", "okay ", "right "), V(c, sp, "CARD_NUMBER", ds, k))
        if i < 3:
            c.a(bc())
    c.a(pick("and the expiry", "thanks and the expiration"))
    c.c(V(c, expiry_forms(True), "EXPIRY"), pick("", " i think", " yeah"))
    return c


def p_card_chat():
    ds = make_card()
    ind = pick("retail", "telecom", "travel", "utilities", "banking")
    c = Case("positive", "chat/%s: card typed with %s separators plus expiry and cvv in one message" % (ind, "varied"))
    cv, cvd = cvv_form(4 if len(ds) == 15 else 3, False)
    c.a(pick("Sure, I can take a payment here. Please send the card details.", "Please provide the card number, expiry and security code."))
    order = R.random() < 0.5
    c.c(pick("card ", "Card no: ", "its ", "number is ", ""), V(c, card_typed(ds), "CARD_NUMBER", ds),
        pick(" exp ", ", expiry ", " exp: ", " valid thru "), V(c, expiry_forms(False), "EXPIRY"),
        pick(" cvv ", ", security code ", " cvc:", " code "), V(c, cv, "CVV", cvd),
        pick("", " thanks", " - pls charge $89.99", " and the total should be 3 items"))
    return c


def p_card_correction():
    ds = make_card("visa")
    c = Case("positive", "call/retail: caller misreads a group, corrects herself mid-number")
    k = newkey()
    wrong = ds[4:8][:3] + str((int(ds[7]) + 3) % 10)
    c.a("what's the card number")
    c.c(V(c, say_digits(ds[:4]), "CARD_NUMBER", ds, k), " ", V(c, say_digits(wrong), "CARD_NUMBER", FRAG),
        " no sorry ", V(c, say_digits(ds[4:8]), "CARD_NUMBER", ds, k), " ", V(c, say_digits(ds[8:]), "CARD_NUMBER", ds, k))
    c.a("okay let me read that back ", V(c, say_groups(ds, [4, 4, 4, 4]), "CARD_NUMBER", ds), " is that right")
    c.c("yes that's it")
    return c


def p_card_readback_chat():
    ds = make_card()
    c = Case("positive", "chat/banking: agent asks to confirm a card for a dispute, customer types it with typo spacing")
    c.a("For the dispute on the $250.00 charge, which card was used?")
    txt = ds[:6] + " " + ds[6:]
    c.c(pick("it was my card ", "this one ", "card "), V(c, txt, "CARD_NUMBER", ds), pick(" - charged on 11/02", " on the 3rd of this month", ""))
    return c


def p_ssn_call():
    ds = make_ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government services", "telecom", "utilities")
    c = Case("positive", "call/%s: US social security number spoken" % ind)
    c.a(pick("for verification can i get your social security number", "and can you give me your social please",
             "i'll need the full ssn on the account"))
    c.c(pick("yeah it's ", "sure ", "okay ", "my social is ", "um "), V(c, ssn_spoken(ds), "SSN", ds),
        pick("", "", " and that's the one on the card", " okay"))
    if R.random() < 0.5:
        c.a("thank you and your date of birth")
        y, m, d = make_dob()
        c.c(V(c, dob_forms(y, m, d, True), "DOB"))
    return c


def p_phone_correction_readback():
    p = make_us_phone()
    c = Case("positive", "call/%s: phone number with a self-correction and agent read-back" % pick("telecom", "utilities", "healthcare billing"))
    wrong = p[6:9] + str((int(p[9]) + 4) % 10)
    c.a("and a good callback number")
    c.c(V(c, say_digits(p[:3]), "PHONE", p, "pc1"), " ", V(c, say_digits(p[3:6]), "PHONE", p, "pc1"), " ",
        V(c, say_digits(wrong), "PHONE", FRAG), pick(" no wait ", " sorry no ", " scratch that "),
        V(c, say_digits(p[6:]), "PHONE", p, "pc1"))
    c.a("okay so that's ", V(c, say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", p), pick("", " correct"))
    c.c(pick("yep", "that's right", "yes ma'am"))
    return c


def p_ni_dob_uk():
    ni = make_ni()
    y, m, d = make_dob()
    spoken = R.random() < 0.6
    c = Case("positive", "%s/government services UK: NI number and date of birth (UK day-month order)" % ("call" if spoken else "chat"))
    c.a(pick("can i take your date of birth and national insurance number", "For security, your date of birth and NI number please."))
    if spoken:
        c.c(pick("", "yeah "), V(c, dob_forms(y, m, d, True, uk=True), "DOB"), pick(" and the n i number is ", " and it's "), V(c, ni_spoken(ni), "NI_NUMBER", ni))
    else:
        c.c(V(c, dob_forms(y, m, d, False, uk=True), "DOB"), pick(", ", " / ", " and NI "), V(c, ni_typed(ni), "NI_NUMBER", ni))
    return c


def p_card_chat_multi_msg():
    ds = make_card(pick("visa", "mc", "disc"))
    g = split(ds, [4, 4, 4, 4])
    c = Case("positive", "chat/%s: card number sent over several chat messages" % pick("retail", "telecom", "utilities"))
    k = newkey()
    c.a("Please send the card number.")
    c.c(V(c, g[0] + " " + g[1], "CARD_NUMBER", ds, k))
    c.c(V(c, g[2] + " " + g[3], "CARD_NUMBER", ds, k), pick("", " exp to follow"))
    c.a("Thanks, and the expiry date?")
    c.c(V(c, expiry_forms(False), "EXPIRY"))
    return c


def p_ssn_split():
    ds = make_ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government services")
    c = Case("positive", "call/%s: SSN given in three parts over turns" % ind)
    k = newkey()
    c.a(pick("go ahead with the social", "what's your social security number"))
    c.c(pick("", "okay ", "so it's "), V(c, say_digits(ds[:3]), "SSN", ds, k))
    c.a(bc())
    c.c(V(c, pick(say_digits(ds[3:5]), say_pair(ds[3:5])), "SSN", ds, k))
    c.a(bc())
    c.c(V(c, pick(say_digits(ds[5:]), say_pairs(ds[5:])), "SSN", ds, k), pick("", " um yeah", " that's it"))
    return c


def p_ssn_chat():
    ds = make_ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government services", "retail")
    c = Case("positive", "chat/%s: SSN typed" % ind)
    c.a(pick("To verify your identity please provide your SSN.", "Can you confirm your Social Security number?"))
    c.c(pick("SSN: ", "ssn ", "its ", "sure, ", "Social is ", "", "my ss# is "), V(c, ssn_typed(ds), "SSN", ds),
        pick("", ".", " thx", " - member ID 40021987 if you need it", " and my claim # is 5531207"))
    return c


def p_ssn_readback():
    ds = make_ssn()
    c = Case("positive", "call/insurance: SSN with filler word inside, agent reads it back")
    a, b, cc = ds[:3], ds[3:5], ds[5:]
    c.a("can you verify your social")
    c.c(V(c, say_digits(a) + " um " + say_digits(b) + " " + say_digits(cc), "SSN", ds))
    c.a("i have ", V(c, say_digits(a) + " " + say_digits(b) + " " + say_digits(cc), "SSN", ds), " correct")
    c.c("correct")
    return c


def p_ssn_chitchat():
    ds = make_ssn()
    c = Case("positive", "call/government services: SSN broken by chit-chat and the last four said again")
    k = newkey()
    c.a("and your social security number")
    c.c("yeah hold on let me get my card out it's ", V(c, say_digits(ds[:5]), "SSN", ds, k),
        " oh sorry the dog is barking one second")
    c.a("no problem take your time")
    c.c("okay where was i ", V(c, say_pairs(ds[5:]), "SSN", ds, k))
    return c


def p_ssn_two_in_turn():
    ds, dob = make_ssn(), make_dob()
    c = Case("positive", "chat/healthcare billing: SSN and DOB in one message with a visit date")
    c.a("Please confirm the patient's SSN and date of birth.")
    c.c(pick("ssn ", "SSN is "), V(c, ssn_typed(ds), "SSN", ds), pick(" dob ", ", DOB: ", " and born "),
        V(c, dob_forms(*dob, spoken=False), "DOB"), pick(" - visit was 10/14/2026", " the bill was $418.20", ""))
    return c


def p_phone_us():
    p = make_us_phone()
    spoken = R.random() < 0.6
    ind = pick(*US_IND)
    c = Case("positive", "%s/%s: US phone number" % ("call" if spoken else "chat", ind))
    c.a(pick("what's the best number to reach you", "and a callback number", "Can I get a phone number for the account?"))
    if spoken:
        if R.random() < 0.3:
            c.c(pick("", "it's "), "area code ", V(c, say_digits(p[:3]), "PHONE", p, "pk"), " ", V(c, say_digits(p[3:6]) + " " + say_pairs(p[6:]), "PHONE", p, "pk"))
        elif R.random() < 0.4:
            c.c(pick("", "it's "), V(c, "one " + phone_us_spoken(p), "PHONE", "1" + p))
        else:
            c.c(pick("", "it's ", "sure it's ", "um "), V(c, phone_us_spoken(p), "PHONE", p), pick("", " that's my cell", " after five pm is best"))
    else:
        t = phone_us_typed(p)
        canon = normalise(t)
        c.c(pick("", "cell: ", "call me at ", "ph ", "my # is "), V(c, t, "PHONE", canon), pick("", " anytime after 5pm", " thanks"))
    return c


def p_email_call():
    f, l = R.choice(FIRST), R.choice(LAST)
    e = make_email(f, l)
    ind = pick(*US_IND)
    c = Case("positive", "call/%s: email spelled out by ASR (dot / at / underscore)" % ind)
    c.a(pick("and what email should we send the receipt to", "can i get an email address", "what's the email on file"))
    c.c(pick("", "yeah it's ", "sure ", "okay so it's "), V(c, say_email(e), "EMAIL"), pick("", " all lower case", " that's it"))
    return c


def p_email_chat():
    f, l = R.choice(FIRST), R.choice(LAST)
    e = make_email(f, l)
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    ind = pick(*US_IND)
    c = Case("positive", "chat/%s: email typed mid-sentence" % ind)
    c.a(pick("What email address should the confirmation go to?", "Could you confirm your email?"))
    c.c(pick("", "pls send it to ", "email: ", "use "), V(c, e, "EMAIL"), pick("", " thanks!", ". order #882719 btw", " (personal one)"))
    return c


def p_address_call_us():
    addr = us_address(True)
    city, stt = R.choice(US_CITIES)
    z = make_zip(city)
    ind = pick("utilities", "telecom", "retail", "insurance", "government services")
    c = Case("positive", "call/%s: US street address and ZIP spoken" % ind)
    c.a(pick("and what's the service address", "can i get the billing address", "what address should we ship to"))
    c.c(pick("", "it's ", "yeah it's ", "um "), V(c, addr, "ADDRESS"), pick(" in ", " ", ", ") + city.lower() + pick("", "", " " + stt.lower()))
    c.a(pick("and the zip code", "zip please"))
    if R.random() < 0.4:
        z4 = rdig(4, False)
        c.c(pick("", "it's "), V(c, zip_spoken(z) + pick(" dash ", " ") + say_digits(z4), "POSTCODE", z + z4))
    else:
        c.c(pick("", "it's ", "that's "), V(c, zip_spoken(z), "POSTCODE", z))
    return c


def p_address_chat_us():
    addr = us_address(False)
    city, stt = R.choice(US_CITIES)
    z = make_zip(city)
    zz = z if R.random() < 0.5 else z + "-" + rdig(4, False)
    ind = pick("retail", "utilities", "insurance", "telecom", "banking")
    c = Case("positive", "chat/%s: US address line with city, state and ZIP%s" % (ind, "+4" if "-" in zz else ""))
    c.a(pick("What's the new mailing address?", "Please confirm the shipping address."))
    c.c(pick("", "new address is ", "ship to "), V(c, addr, "ADDRESS"), pick(", ", " ", ", "), city, pick(", ", " "), stt, " ",
        V(c, zz, "POSTCODE", zz.replace("-", "")), pick("", " - moved in on 09/01", ". Thanks"))
    return c


def p_zip_only():
    z = make_zip()
    c = Case("positive", "call/retail: ZIP code asked for card verification next to an amount")
    c.a("for the card verification what's the billing zip code")
    if R.random() < 0.5:
        c.c(pick("", "it's "), V(c, zip_spoken(z), "POSTCODE", z), " and the total was ninety nine ninety five right")
    else:
        c.c(pick("", "it's "), V(c, say_digits(z[:3]), "POSTCODE", z, "zk"), " um ", V(c, say_digits(z[3:]), "POSTCODE", z, "zk"))
    return c


def p_dob_call():
    y, m, d = make_dob()
    ind = pick("healthcare billing", "insurance", "banking", "telecom", "government services")
    c = Case("positive", "call/%s: date of birth spoken, appointment date nearby (unlabelled)" % ind)
    c.a(pick("can you confirm your date of birth", "what's the patient's date of birth", "and your birthday"))
    c.c(pick("", "it's ", "sure ", "yeah "), V(c, dob_forms(y, m, d, True), "DOB"))
    c.a(pick("thank you i see the appointment on november third", "great and you had a payment of sixty dollars last week"))
    return c


def p_dob_chat():
    y, m, d = make_dob()
    c = Case("positive", "chat/insurance: date of birth typed")
    c.a("Could you confirm the policyholder's date of birth?")
    c.c(pick("", "DOB ", "dob: ", "born "), V(c, dob_forms(y, m, d, False), "DOB"), pick("", " - policy number 7740218", " thanks"))
    return c


def p_bank_us():
    acct = rdig(R.choice([8, 9, 10, 11, 12]))
    spoken = R.random() < 0.6
    c = Case("positive", "%s/banking: US checking account number for autopay" % ("call" if spoken else "chat"))
    c.a(pick("what's the checking account number", "and the account number for the autopay"))
    if spoken:
        c.c(pick("", "it's ", "okay "), V(c, say_digits(acct) if R.random() < 0.6 else say_mixed(acct), "BANK_ACCOUNT", acct))
    else:
        c.c(pick("acct ", "Account #", "account number "), V(c, acct, "BANK_ACCOUNT", acct), pick("", " (checking)", " thanks"))
    return c


def p_uk_bank():
    sc, acct = rdig(6, False), rdig(8, False)
    spoken = R.random() < 0.6
    ind = pick("banking", "utilities", "telecom", "insurance")
    c = Case("positive", "%s/%s: UK sort code and account number" % ("call" if spoken else "chat", ind))
    if spoken:
        c.a("can i take the sort code for the direct debit")
        c.c(pick("", "yeah it's "), V(c, pick(say_digits(sc, uk=True), say_pairs(sc, uk=True), say_digits(sc[:2], uk=True) + " " + say_pair(sc[2:4], True) + " " + say_pair(sc[4:], True)), "SORT_CODE", sc))
        c.a("and the account number")
        c.c(V(c, say_digits(acct, uk=True), "BANK_ACCOUNT", acct), pick("", " and it's a joint account", " sorry"))
    else:
        c.a("Please send the sort code and account number for the refund.")
        scs = pick("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:]))
        c.c(pick("sort code ", "SC: ", "sort "), V(c, scs, "SORT_CODE", sc), pick(" acc ", ", account ", " a/c "), V(c, acct, "BANK_ACCOUNT", acct))
    return c


def p_ni_call():
    ni = make_ni()
    c = Case("positive", "call/government services: UK national insurance number spoken (letters, NATO alphabet)")
    c.a(pick("can i take your national insurance number", "and your n i number please"))
    c.c(pick("", "yeah it's ", "it's ", "um "), V(c, ni_spoken(ni), "NI_NUMBER", ni), pick("", " i think", " yeah"))
    return c


def p_ni_split():
    ni = make_ni()
    c = Case("positive", "call/banking: NI number split over turns, letters first")
    k = newkey()
    c.a("what's your national insurance number")
    c.c(pick("", "okay it's "), V(c, " ".join(say_letter(x) for x in ni[:2]), "NI_NUMBER", ni, k))
    c.a(bc())
    c.c(V(c, say_digits(ni[2:5], uk=True, alnum=True), "NI_NUMBER", ni, k))
    c.a(bc())
    c.c(V(c, say_digits(ni[5:8], uk=True, alnum=True) + " " + say_letter(ni[8]), "NI_NUMBER", ni, k))
    return c


def p_ni_chat():
    ni = make_ni()
    ind = pick("government services", "banking", "insurance", "utilities")
    c = Case("positive", "chat/%s: NI number typed" % ind)
    c.a(pick("Could you confirm your National Insurance number?", "Please provide your NI number."))
    c.c(pick("", "NI ", "ni no: ", "its ", "NINO "), V(c, ni_typed(ni), "NI_NUMBER", ni), pick("", " thanks", " - and my payment ref is 55120"))
    return c


def p_ni_readback():
    ni = make_ni()
    c = Case("positive", "call/government services: NI number given then read back by agent with phonetic alphabet")
    c.a("national insurance number please")
    c.c(V(c, ni_spoken(ni), "NI_NUMBER", ni))
    c.a("so that's ", V(c, " ".join(say_letter(x, True) for x in ni[:2]) + " " + say_digits(ni[2:8], uk=True, alnum=True) + " " + say_letter(ni[8], True), "NI_NUMBER", ni), " yeah")
    c.c("that's right")
    return c


def p_iban_chat():
    cc = pick("IE", "DE", "FR", "NL", "ES", "IT", "BE", "GB")
    ib = make_iban(cc)
    st = R.choice(["groups", "none", "lower", "groups"])
    t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if st == "groups" else (ib if st == "none" else ib.lower())
    c = Case("positive", "chat/%s: IBAN typed (%s) for a refund" % (pick("travel", "banking", "retail", "utilities"), cc))
    c.a("To process the refund please provide your IBAN.")
    c.c(pick("", "IBAN: ", "iban ", "here it is "), V(c, t, "IBAN", ib), pick("", " thanks", " - refund was for booking ref 88172"))
    return c


def p_iban_call():
    cc = pick("IE", "GB", "DE", "NL")
    ib = make_iban(cc)
    c = Case("positive", "call/banking: IBAN read out by caller (%s), split over two turns" % cc)
    k = newkey()
    c.a("can you read me the iban")
    half = 8
    c.c(pick("", "okay "), V(c, say_alnum(ib[:half], uk=True), "IBAN", ib, k))
    c.a(bc())
    c.c(V(c, say_alnum(ib[half:], uk=True), "IBAN", ib, k))
    return c


def p_uk_phone_pc():
    p = make_uk_mobile()
    pc = make_uk_postcode()
    spoken = R.random() < 0.6
    ind = pick("utilities", "telecom", "retail", "insurance")
    c = Case("positive", "%s/%s: UK mobile and postcode" % ("call" if spoken else "chat", ind))
    c.a(pick("can i take a contact number and your postcode", "what's your mobile number"))
    if spoken:
        c.c(V(c, say_digits(p, uk=True), "PHONE", p))
        c.a("and the postcode")
        c.c(pick("", "it's "), V(c, pc_spoken(pc), "POSTCODE", pc.replace(" ", "")))
    else:
        pt = pick(p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], p, "+447" + p[2:])
        c.c(pick("mob ", "", "my number is "), V(c, pt, "PHONE", normalise(pt)), pick(" and postcode ", ", pc: ", " postcode is "),
            V(c, pick(pc, pc.lower(), pc.replace(" ", "")), "POSTCODE", pc.replace(" ", "")))
    return c


def p_uk_address():
    addr = uk_address(R.random() < 0.5)
    pc = make_uk_postcode()
    c = Case("positive", "call/utilities: UK address and postcode in one turn")
    c.a("what's the supply address")
    spoken = addr[0].isalpha()
    c.c(pick("", "it's "), V(c, addr, "ADDRESS"), pick(" ", " and the postcode is ", " postcode "),
        V(c, pc_spoken(pc) if spoken else pc, "POSTCODE", pc.replace(" ", "")))
    return c


def p_ie_phone_email():
    p = make_ie_mobile()
    f, l = R.choice(FIRST), R.choice(LAST)
    e = make_email(f, l)
    c = Case("positive", "call/telecom Ireland: Irish mobile and email")
    c.a("can i get a contact number")
    if R.random() < 0.5:
        c.c(V(c, say_digits(p, uk=True), "PHONE", p))
    else:
        c.c(V(c, "plus three five three " + say_digits(p[1:], uk=True), "PHONE", "353" + p[1:]))
    c.a("and an email")
    c.c(V(c, say_email(e), "EMAIL"))
    return c


def p_card_call_amex_readback():
    ds = make_card("amex")
    c = Case("positive", "call/travel: amex 4-6-5 read in groups, CVV of four digits, flight number nearby")
    c.a("to hold the booking on flight ua nine eighteen i'll need a card")
    c.c("it's an amex ", V(c, say_groups(ds, [4, 6, 5]), "CARD_NUMBER", ds))
    cv, cvd = cvv_form(4, True)
    c.a("and the four digit code on the front")
    c.c(V(c, cv, "CVV", cvd))
    return c


def p_two_values_one_turn():
    p, z = make_us_phone(), make_zip()
    c = Case("positive", "call/telecom: phone and ZIP in one customer turn")
    c.a("can i get the phone number on the account and the zip")
    c.c(pick("", "yeah "), V(c, phone_us_spoken(p), "PHONE", p), pick(" and the zip is ", " zip ", " and zip code "), V(c, zip_spoken(z), "POSTCODE", z))
    return c


def p_homophone():
    ds = make_ssn()
    c = Case("positive", "call/banking: ASR homophones 'for'/'to'/'too'/'ate' inside an SSN reading (gold covers the reading)")
    # build digits with homophones; canonical check uses the stored digits via mapping
    words = []
    for d in ds:
        w = dword(d)
        if d == "4" and R.random() < 0.6:
            w = "for"
        elif d == "2" and R.random() < 0.6:
            w = pick("to", "too")
        elif d == "8" and R.random() < 0.3:
            w = "ate"
        words.append(w)
    c.a("and the social")
    c.c("yeah it's ", V(c, " ".join(words), "SSN", ds))
    return c


POS_TEMPLATES = [
    (p_card_call_single, 12), (p_card_call_split, 6), (p_card_chat, 12), (p_card_correction, 3),
    (p_card_readback_chat, 3), (p_card_call_amex_readback, 3),
    (p_ssn_call, 12), (p_ssn_split, 5), (p_ssn_chat, 12), (p_ssn_readback, 3), (p_ssn_chitchat, 3),
    (p_ssn_two_in_turn, 5), (p_homophone, 3),
    (p_phone_us, 14), (p_email_call, 8), (p_email_chat, 7), (p_address_call_us, 9), (p_address_chat_us, 9),
    (p_zip_only, 4), (p_dob_call, 6), (p_dob_chat, 5), (p_bank_us, 8), (p_uk_bank, 14),
    (p_ni_call, 10), (p_ni_split, 4), (p_ni_chat, 10), (p_ni_readback, 3),
    (p_iban_chat, 8), (p_iban_call, 5), (p_uk_phone_pc, 7), (p_uk_address, 5), (p_ie_phone_email, 4),
    (p_two_values_one_turn, 4),
    (p_phone_correction_readback, 4), (p_ni_dob_uk, 6), (p_card_chat_multi_msg, 4),
]


# ---------------------------------------------------------------- negative templates
def money_spoken():
    d, cents = R.randint(2, 999), R.randint(1, 99)
    return pick("%s dollars and %s cents" % (say_house(d), say_pair("%02d" % cents) if cents > 9 else UNITS[cents]),
                "%s %s" % (say_house(d), say_pair("%02d" % cents) if cents > 9 else "oh " + UNITS[cents]),
                "%s dollars" % say_house(d))


def n_policy_member():
    kind = pick("policy number", "member id", "group number", "claim number")
    num = rdig(R.choice([7, 8, 9, 10]))
    spoken = R.random() < 0.5
    c = Case("negative", "%s/insurance: %s read with its name, must not be taken for SSN/account" % ("call" if spoken else "chat", kind))
    if spoken:
        c.a("can i have the %s" % kind)
        c.c("yeah the %s is %s" % (kind, say_digits(num) if R.random() < 0.6 else say_mixed(num)))
        c.a("thank you i've got that %s pulled up the deductible is two hundred fifty dollars" % kind)
    else:
        c.a("Please share your %s." % kind.title())
        c.c("%s: %s" % (kind.title(), num if R.random() < 0.6 else num[:4] + "-" + num[4:]))
    return c


def n_tracking():
    num = rdig(R.choice([8, 9, 10]))
    c = Case("negative", "chat/retail: order and tracking numbers with names, price and dates")
    c.a("I can help with that order. Do you have the order number?")
    c.c("order #%s, placed on %s %d, total $%d.%02d" % (rdig(7), pick("Nov", "Oct", "Sept"), R.randint(1, 28), R.randint(20, 900), R.randint(0, 99)))
    c.a("Thanks. The tracking number is %s and it should arrive by Thursday between 9am and 5pm." % num)
    return c


def n_money_call():
    c = Case("negative", "call/%s: amounts, balances and due dates spoken as numbers" % pick("utilities", "telecom", "banking", "healthcare billing"))
    c.a("your current balance is %s and the payment is due on the %s" % (money_spoken(), ORD[R.randint(1, 28)]))
    c.c("okay can i pay %s today and the rest on %s %s" % (money_spoken(), pick(*MONTHS), ORD[R.randint(1, 28)]))
    c.a("yes that's fine that leaves %s" % money_spoken())
    return c


def n_times_durations():
    c = Case("negative", "call/telecom: times, durations and counts")
    c.a("the engineer can come on %s between %s and %s" % (pick("tuesday", "friday", "the fourteenth", "march third"), pick("eight", "nine thirty", "ten"), pick("twelve", "one thirty", "two")))
    c.c("i've been without service for %s days and i called %s times" % (pick("three", "eleven", "twenty two", "fourteen"), pick("four", "six", "twelve")))
    c.a("i'm sorry about that i've added a credit of %s for the %s hours of outage" % (money_spoken(), pick("forty eight", "seventy two", "thirty six")))
    return c


def n_flight():
    fl = pick("UA", "DL", "AA", "BA", "EI", "FR", "WN", "B6") + str(R.randint(10, 2999))
    c = Case("negative", "chat/travel: flight number, booking reference, seat and times")
    c.a("I see your booking. Which flight are you asking about?")
    c.c("%s on %s %d departing %d:%02d, seat %d%s, confirmation code %s" % (
        fl, pick("Dec", "Jan", "Feb"), R.randint(1, 28), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 40),
        R.choice("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.a("Got it. The change fee is $%d and the fare difference is $%d.%02d." % (R.randint(50, 200), R.randint(10, 600), R.randint(0, 99)))
    return c


def n_flight_call():
    c = Case("negative", "call/travel: flight number, gate, room number spoken")
    c.c("i'm on flight %s %s tomorrow at %s and my hotel room is %s" % (pick("united", "delta", "aer lingus", "american"), say_house(R.randint(100, 2999)),
        pick("six forty five", "seven ten am", "eleven fifteen"), say_house(R.randint(100, 1999))))
    c.a("okay i see gate %s %s and boarding starts at %s" % (pick("b", "c", "d"), say_house(R.randint(2, 60)), pick("six fifteen", "ten thirty")))
    return c


def n_model_meter():
    c = Case("negative", "call/utilities: meter reading, model number and temperature")
    c.a("can you read me the meter")
    c.c("it says %s" % say_digits(rdig(R.choice([5, 6]))))
    c.a("thanks and the boiler model")
    c.c("it's a %s %s and it's set to %s degrees" % (pick("worcester", "rheem", "carrier", "navien"), pick("model ", "") + say_alnum(pick("X", "RT", "NP") + rdig(3)), pick("sixty eight", "seventy two", "twenty one")))
    return c


def n_meter_chat():
    c = Case("negative", "chat/utilities: meter readings and tariff numbers typed")
    c.c("Meter reading today %s, last month %s. The rate went up %d%% to %d.%d cents per kWh?" % (
        rdig(5), rdig(5), R.randint(2, 30), R.randint(10, 40), R.randint(0, 9)))
    c.a("Yes, from %s 1 the rate is %d.%02d cents. Your estimated bill is $%d.%02d." % (pick("January", "October"), R.randint(10, 40), R.randint(0, 99), R.randint(40, 400), R.randint(0, 99)))
    return c


def n_appointment():
    c = Case("negative", "call/healthcare billing: appointment and service dates (not birth dates), invoice number")
    c.a("i see the visit on %s %s %s" % (pick(*MONTHS), ORD[R.randint(1, 28)], pick("twenty twenty five", "twenty twenty six", "")))
    c.c("yes and the invoice number is %s it says i owe %s" % (say_digits(rdig(R.choice([6, 7, 8]))), money_spoken()))
    c.a("okay your insurance paid %s percent and the remaining is due by the %s" % (pick("eighty", "seventy", "ninety"), ORD[R.randint(1, 28)]))
    return c


def n_ages_years():
    c = Case("negative", "call/insurance: ages, years and vehicle details")
    c.c("my son is %s he just got his license in %s and the car is a %s %s" % (pick("sixteen", "seventeen", "nineteen"), pick("twenty twenty four", "twenty twenty five"),
        pick("twenty eighteen", "twenty twenty", "two thousand fifteen"), pick("honda civic", "ford f one fifty", "toyota camry")))
    c.a("okay adding a driver aged %s raises the premium by about %s percent to %s a month" % (pick("sixteen", "seventeen", "nineteen"), pick("twelve", "twenty", "thirty"), money_spoken()))
    return c


def n_speed_data():
    c = Case("negative", "chat/telecom: speeds, data allowances and plan prices")
    c.c("I'm paying $%d.99 for %d Mbps but only getting %d Mbps. Also used %dGB of %dGB." % (R.randint(30, 120), pick(300, 500, 940, 1000), R.randint(5, 90), R.randint(5, 80), pick(50, 100, 150)))
    c.a("I can move you to the %d Mbps plan for $%d/mo for %d months. Ticket %s created." % (pick(500, 1000, 2000), R.randint(40, 90), pick(12, 24), rdig(R.choice([7, 8]))))
    return c


def n_ticket_call():
    c = Case("negative", "call/%s: reference/case number read out by agent, spoken with names" % pick("government services", "telecom", "utilities", "banking"))
    ref = rdig(R.choice([6, 7, 8, 9, 10]))
    word = pick("reference number", "case number", "ticket number", "confirmation number", "complaint reference")
    c.a("your %s is %s" % (word, say_digits(ref) if R.random() < 0.6 else say_mixed(ref)))
    c.c("sorry can you repeat the %s" % word)
    c.a("sure %s" % say_digits(ref))
    return c


def n_uk_money():
    c = Case("negative", "call/utilities UK: pounds and pence, direct debit date, percentage")
    c.a("your direct debit is %s pounds %s and it comes out on the %s of each month" % (say_house(R.randint(20, 300)), say_pair("%02d" % R.randint(10, 99)), ORD[R.randint(1, 28)]))
    c.c("it went up %s percent last year from %s pound %s" % (pick("six", "eleven", "fifteen"), say_house(R.randint(20, 300)), say_pair("%02d" % R.randint(10, 99))))
    return c


def n_contract():
    c = Case("negative", "chat/telecom: contract start/end dates, account balance, counts")
    c.c("My contract started %02d/%02d/%d and ends %02d/%02d/%d, I have %d lines and my balance is $%d.%02d" % (
        R.randint(1, 12), R.randint(1, 28), pick(2023, 2024), R.randint(1, 12), R.randint(1, 28), pick(2026, 2027),
        R.randint(2, 6), R.randint(10, 900), R.randint(0, 99)))
    c.a("Thanks, the early termination fee would be $%d per line." % R.randint(50, 350))
    return c


def n_rx():
    c = Case("negative", "chat/healthcare billing: prescription number, dosage, quantities and copay")
    c.c("Rx #%s for %dmg, qty %d, copay was $%d.%02d on %s %d" % (rdig(7), pick(5, 10, 20, 40, 500), pick(30, 60, 90), R.randint(5, 80), R.randint(0, 99), pick("Oct", "Nov"), R.randint(1, 28)))
    c.a("I see the claim for $%d.%02d; the plan covers %d%% after the deductible." % (R.randint(50, 900), R.randint(0, 99), pick(70, 80, 90)))
    return c


def n_store_price():
    c = Case("negative", "call/retail: prices, quantities, model and sku-like numbers")
    c.c("i bought the %s for %s and a pack of %s" % (pick("sixty five inch tv", "air fryer", "laptop"), money_spoken(), pick("twelve", "twenty four", "six")))
    c.a("okay the model %s is on sale this week for %s so we can refund the difference of %s" % (say_alnum(pick("QN", "AF", "XPS") + rdig(2)), money_spoken(), money_spoken()))
    return c


def n_tax_year():
    c = Case("negative", "call/government services: tax years, amounts, form numbers, days")
    c.a("for the %s tax year you were refunded %s" % (pick("twenty twenty three", "twenty twenty four"), money_spoken()))
    c.c("i sent form %s back in %s and it's been %s days" % (pick("ten forty", "w two", "ten ninety nine", "eighty eight twenty two"), pick(*MONTHS), pick("forty five", "ninety", "sixty")))
    c.a("processing takes up to %s weeks" % pick("six", "eight", "twelve", "sixteen"))
    return c


def n_card_last4():
    c = Case("negative", "call/banking: only card last four, balances and transaction count (no full PAN)")
    c.a("i see the card ending in %s with a balance of %s" % (say_digits(rdig(4, False)), money_spoken()))
    c.c("yes there are %s transactions i don't recognise from the %s" % (pick("three", "two", "five"), ORD[R.randint(1, 28)]))
    return c


def n_us_ids_chat():
    c = Case("negative", "chat/insurance US: alphanumeric policy/claim ids, dates of loss, amounts")
    c.c("Policy %s-%s, claim %s. Date of loss %02d/%02d/2026, estimate $%s.%02d" % (
        pick("HO", "AU", "PA", "LF"), rdig(R.choice([6, 7])), pick("CLM", "C", "#") + rdig(R.choice([6, 7, 8])),
        R.randint(1, 11), R.randint(1, 28), "{:,}".format(R.randint(500, 25000)), R.randint(0, 99)))
    c.a("Thanks. Your deductible is $%d and an adjuster will call within %d business days." % (pick(250, 500, 1000), pick(2, 3, 5)))
    return c


def n_credit_terms():
    c = Case("negative", "call/banking: APR, credit limit, minimum payment, statement date, years as customer")
    c.a("your apr is %s point %s percent and the credit limit is %s thousand dollars" % (pick("twenty four", "nineteen", "twenty nine"), pick("nine nine", "four nine", "nine"), pick("five", "twelve", "seven")))
    c.c("okay and the minimum payment is %s right i've been a customer since %s" % (money_spoken(), pick("nineteen ninety eight", "two thousand six", "twenty twelve")))
    c.a("yes and your statement closes on the %s" % ORD[R.randint(1, 28)])
    return c


def n_dates_chat():
    c = Case("negative", "chat/%s: payment, service and renewal dates typed (not birth dates)" % pick("utilities", "insurance", "telecom"))
    c.c("Autopay on %d/%d/%d failed, service start %02d/%02d/%d, renewal %s %d, %d" % (
        R.randint(1, 12), R.randint(1, 28), 2026, R.randint(1, 12), R.randint(1, 28), pick(2019, 2021, 2024), pick("June", "Jan", "March"), R.randint(1, 28), 2027))
    c.a("I've rescheduled the payment of $%d.%02d for %s." % (R.randint(30, 400), R.randint(0, 99), pick("tomorrow", "Friday", "12/01")))
    return c


NEG_TEMPLATES = [
    (n_us_ids_chat, 6), (n_credit_terms, 5), (n_dates_chat, 5),
    (n_policy_member, 12), (n_tracking, 6), (n_money_call, 7), (n_times_durations, 6), (n_flight, 6),
    (n_flight_call, 5), (n_model_meter, 5), (n_meter_chat, 5), (n_appointment, 6), (n_ages_years, 5),
    (n_speed_data, 5), (n_ticket_call, 8), (n_uk_money, 4), (n_contract, 5), (n_rx, 5), (n_store_price, 5),
    (n_tax_year, 5), (n_card_last4, 4),
]


# ---------------------------------------------------------------- generation
def generate():
    R.seed(SEED)
    _gk[0] = 0
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    rows, metas = [], []
    for i, c in enumerate(pos, 1):
        row, meta = c.build("h140-pos-%03d" % i)
        rows.append(row)
        metas.append((c, meta))
    for i, c in enumerate(neg, 1):
        row, meta = c.build("h140-neg-%03d" % i)
        rows.append(row)
        metas.append((c, meta))
    return rows, metas


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}


def norm_h(text):
    toks = text.lower().split()
    out = []
    for i, w in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if w in HOMO and not (len(prev) == 1 and prev.isalpha() and prev != "o"):
            w = HOMO[w]
        out.append(w)
    return normalise(" ".join(out))


def month_ok(x):
    return any(m.upper() in x for m in MONTHS) or any(m[:3].upper() in x for m in MONTHS)


def validate(rows, metas):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    for row, (case, meta) in zip(rows, metas):
        cid = row["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if row["kind"] == "negative" and row["spans"]:
            errs.append(cid + ": negative with spans")
        if row["kind"] == "positive" and not row["spans"]:
            errs.append(cid + ": positive without spans")
        for t in row["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(cid + ": bad turn")
        seen = {}
        for sp, key in zip(row["spans"], meta):
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if typ not in TYPES:
                errs.append("%s: bad type %s" % (cid, typ))
                continue
            counts[typ] += 1
            if not (0 <= ti < len(row["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            txt = row["turns"][ti]["text"]
            if not (0 <= s < e <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            val = txt[s:e]
            if val != val.strip() or (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, val))
            if not (val[0].isalnum() or (typ == "PHONE" and val[0] in "+(")) or not val[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (cid, val))
            seen.setdefault(key, []).append(val)
        # overlap
        by_turn = {}
        for sp in row["spans"]:
            by_turn.setdefault(sp["turn"], []).append((sp["start"], sp["end"]))
        for ti, lst in by_turn.items():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append(cid + ": overlapping spans")
        for key, vals in seen.items():
            typ, canon = case.groups[key]
            joined = " ".join(vals)
            n = "".join(norm_h(v) for v in vals)
            bad = None
            if "?" in n and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                bad = "unparsed token"
            elif canon == FRAG:
                if not n.isdigit():
                    bad = "fragment not digits"
            elif typ == "CARD_NUMBER":
                if n != canon or not (13 <= len(n) <= 19) or not luhn_ok(n):
                    bad = "card"
            elif typ == "SSN":
                if n != canon or len(n) != 9:
                    bad = "ssn"
            elif typ == "NI_NUMBER":
                if n != canon or not ni_ok(n):
                    bad = "ni"
            elif typ == "IBAN":
                if n != canon or not iban_ok(n):
                    bad = "iban"
            elif typ == "SORT_CODE":
                if n != canon or len(n) != 6:
                    bad = "sort"
            elif typ == "BANK_ACCOUNT":
                if n != canon or not (6 <= len(n) <= 17):
                    bad = "account"
            elif typ == "CVV":
                if n != canon or len(n) not in (3, 4):
                    bad = "cvv"
            elif typ == "PHONE":
                if n != canon or not n.isdigit() or not (10 <= len(n) <= 13):
                    bad = "phone"
            elif typ == "POSTCODE":
                if n != canon or not (re.fullmatch(r"\d{5}(\d{4})?", n) or uk_pc_ok(n)):
                    bad = "postcode"
            elif typ == "EXPIRY":
                dg = re.sub(r"\D", "", n)
                if month_ok(n):
                    if not (2 <= len(dg) <= 4):
                        bad = "expiry"
                elif not (len(dg) in (3, 4, 6) and 1 <= int(dg[:-2] if len(dg) < 6 else dg[:2]) <= 12):
                    bad = "expiry"
            elif typ == "DOB":
                dg = re.sub(r"\D", "", n)
                if not ((month_ok(n) and len(dg) >= 3) or 4 <= len(dg) <= 8):
                    bad = "dob"
            elif typ == "EMAIL":
                if not (re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", joined) or (" at " in joined and " dot " in joined)):
                    bad = "email"
            elif typ == "ADDRESS":
                w = joined.lower().replace(".", "").split()
                if not (norm_h(w[0]).isdigit() and any(x in STREET_WORDS for x in w)):
                    bad = "address"
            if bad:
                errs.append("%s: %s value invalid (%s): %r -> %s (expected %s)" % (cid, typ, bad, joined, n, canon))
    return errs, counts


def readme(rows, counts):
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    lines = [
        "# PII redaction held-out set h140 (US-heavy)",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not look at failures",
        "and adjust rules, patterns or thresholds to fit it.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its documentation, the benchmark, or other fixture sets; only a",
        "3-line example of the JSONL format. Cases are produced by `scripts/make_pii_holdout140.py`",
        "from template functions: each turn is assembled from plain-text segments and labelled",
        "(value, TYPE) segments so offsets are computed, never typed. All values come from one",
        "`random.Random(%d)`; output is byte-for-byte reproducible. `--check` regenerates the" % SEED,
        "file, compares it byte-for-byte, and verifies ids, offsets, word boundaries, overlaps and",
        "each value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format,",
        "9 digits for SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode shapes).",
        "",
        "Emphasis: US contact centres (SSNs typed and spoken, ZIP and ZIP+4, US phone formats, US",
        "street addresses, card payments by phone) plus UK/Ireland/EU cases (NI numbers, sort codes,",
        "IBANs, UK postcodes). Chat turns are typed; call turns imitate ASR output (lower case, numbers",
        "as words, 'oh'/'o'/'nought' for zero, 'double'/'triple', pairs like 'forty one', NATO",
        "letters 'b for bravo', e-mails as 'j dot doe at gmail dot com', homophones 'for'/'to'/'ate').",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: not the lead-in ('it's', 'my social is', 'SSN:'), not",
        "  trailing chit-chat. Filler inside a reading ('um') and spoken separators ('dash', 'slash')",
        "  that sit between parts of the value are inside the span.",
        "- A value split over several turns gets one span per fragment (agent back-channels are not",
        "  labelled). A fragment the caller says wrongly and then corrects is labelled too (same type).",
        "- When the agent reads a value back, the read-back is labelled as well.",
        "- PHONE includes a spoken/typed country code ('plus one', '+44', 'one' before a US number)",
        "  when present; the words 'area code' are outside the span.",
        "- ADDRESS is house number + street name + street type (+ apartment/unit when given);",
        "  city and state are not labelled; the ZIP/postcode is a separate POSTCODE span.",
        "- POSTCODE: US ZIP (5 digits) and ZIP+4 (one span including the '-'/'dash'), UK postcodes.",
        "- EXPIRY is the month/year expression; DOB is the whole date expression; CVV the digits.",
        "- Non-PII numbers in positive cases (amounts, order/member/claim numbers, dates of visits)",
        "  are deliberately left unlabelled; negatives contain no labelled spans and nothing in them",
        "  should be redacted.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines += ["", "Regenerate: `python scripts/make_pii_holdout140.py`; verify: `python scripts/make_pii_holdout140.py --check`.", ""]
    return "\n".join(lines)


def main():
    check = "--check" in sys.argv[1:]
    rows, metas = generate()
    text = dump(rows)
    errs, counts = validate(rows, metas)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 170:
        errs.append("too few positives: %d" % npos)
    if nneg < 100:
        errs.append("too few negatives: %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has %d spans (< %d)" % (t, counts[t], need))
    rd = readme(rows, counts)
    if check:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    have = f.read()
            except OSError:
                have = None
            if have != want:
                errs.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs:
        print("ERROR:", e)
    print("OK" if not errs else "FAILED (%d problems)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

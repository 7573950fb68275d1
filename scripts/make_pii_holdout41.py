#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h41.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout41.py          # write fixture + README
    python scripts/make_pii_holdout41.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 41241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout41")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu", "I": "india", "Q": "quebec",
        "U": "uniform", "V": "victor"}
ALT = {"B": "bravo", "S": "sugar", "M": "mother", "T": "tommy", "P": "peter", "C": "charlie",
       "H": "harry", "J": "john", "K": "king", "N": "nancy", "R": "robert", "W": "william",
       "A": "apple", "E": "edward", "L": "london", "G": "george", "Y": "yellow", "Z": "zebra",
       "X": "xray", "D": "david", "F": "freddie"}
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


def pair_words(p, zero="oh"):
    """two-digit string -> words, 'oh five', 'eleven', 'forty one', 'twenty'."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say(ds, zero="zero", doubles=0.0, pairs=0.0, rng=None):
    """spoken rendering of a digit string (one group)."""
    rng = rng or R
    out = []
    i = 0
    while i < len(ds):
        if pairs and i + 1 < len(ds) and ds[i] != "0" and ds[i + 1] != "0" and (len(ds) - i) % 2 == 0 and rng.random() < pairs:
            out.append(pair_words(ds[i:i + 2], zero))
            i += 2
            continue
        d = ds[i]
        w = zero if d == "0" else UNITS[int(d)]
        if doubles and rng.random() < doubles:
            if i + 2 < len(ds) and ds[i + 1] == d and ds[i + 2] == d:
                out.append("triple " + w)
                i += 3
                continue
            if i + 1 < len(ds) and ds[i + 1] == d:
                out.append("double " + w)
                i += 2
                continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_letter(c, style):
    c = c.upper()
    if c.isdigit():
        return None
    if style == "nato":
        return c.lower() + " for " + NATO[c]
    if style == "alt" and c in ALT:
        return c.lower() + " for " + ALT[c]
    return c.lower()


def say_mixed(s, zero="oh", lstyle="plain", doubles=0.0):
    """mixed letters/digits, digits one by one."""
    out = []
    buf = ""
    for ch in s:
        if ch == " ":
            continue
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say(buf, zero, doubles))
                buf = ""
            out.append(say_letter(ch, lstyle if R.random() < 0.8 else "plain"))
    if buf:
        out.append(say(buf, zero, doubles))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "dash", "hyphen", "space", "plus", "and",
           "slash", "like", "yeah", "then", "its", "it's", "is", "that's", "so", "the"}
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "owe": "0", "for": None})
HOMO = {"won": "1", "to": "2", "too": "2", "tree": "3", "ate": "8", "fore": "4", "free": "3", "for": "4"}


def tokens(text):
    return [t for t in re.split(r"[^A-Za-z0-9'@_+\-]+", text.replace("-", " ")) if t]


def norm_alnum(text):
    """Turn a spoken / typed span into an upper-case alnum string."""
    toks = [t.lower() for t in re.split(r"[^A-Za-z0-9']+", text) if t]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and t != "o" and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and nxt is not None:
            d = WORDNUM.get(nxt) or HOMO.get(nxt)
            if d is None:
                raise ValueError("bad double: %r" % text)
            out.append(d * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in UNITS[1:]:
                out.append(str(v * 10 + UNITS.index(nxt)))
                i += 2
                continue
            out.append(str(v * 10))
        elif t in WORDNUM and WORDNUM[t] is not None:
            out.append(WORDNUM[t])
        elif t in HOMO:
            out.append(HOMO[t])
        elif t.isdigit():
            out.append(t)
        elif len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif re.fullmatch(r"[a-z0-9]+", t) and any(c.isdigit() for c in t):
            out.append(t.upper())
        elif t in HOMO:
            out.append(HOMO[t])
        elif t in FILLERS or t == "sorry" or t == "no":
            pass
        elif t.isalpha() and len(t) <= 4:
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    s = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(s + c):
            return s + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def date_parts(text):
    """Extract (day, month, year-ish) numbers from a date span."""
    t = text.lower()
    for i, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " M%d " % (i + 1), t)
        t = re.sub(r"\b%s\b" % m[:3], " M%d " % (i + 1), t)
    for n in range(31, 0, -1):
        t = re.sub(r"\b%s\b" % ordinal(n), " %d " % n, t)
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    return t


def validate(typ, canon, spoken):
    """canon: canonical value; spoken: concatenated span texts of the group."""
    if typ == "EMAIL":
        if not re.fullmatch(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}", canon):
            return "bad email " + canon
        sp = spoken.lower()
        if "@" not in sp and " at " not in sp:
            return "spoken email lacks at: " + spoken
        if "." not in sp and " dot " not in sp:
            return "spoken email lacks dot: " + spoken
        return None
    if typ in ("DOB", "EXPIRY"):
        d, m, y = canon
        t = date_parts(spoken)
        try:
            nd = norm_alnum(spoken)
        except ValueError:
            nd = ""
        if ("M%d" % m) not in t.upper().replace(" ", "") and not re.search(r"\b0?%d\b" % m, t) \
                and pair_words("%02d" % m) not in spoken.lower() and "%02d" % m not in nd:
            return "month %d not in %r" % (m, spoken)
        yy = "%02d" % (y % 100)
        if str(y) not in t and yy not in t and pair_words(yy) not in spoken.lower() \
                and say(yy) not in spoken.lower() and not (nd and nd.endswith(yy)):
            return "year %d not in %r" % (y, spoken)
        return None
    if typ == "ADDRESS":
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|flat)\b", spoken.lower()):
            return "address without number: " + spoken
        if not re.search(r"(street|st|road|rd|avenue|ave|lane|drive|close|way|crescent|court|terrace|place|grove|park|gardens|boulevard|blvd|square|row|hill|walk|parade|mews)\b", spoken.lower()):
            return "address without street word: " + spoken
        return None
    n = norm_alnum(spoken)
    c = re.sub(r"[^A-Z0-9]", "", canon.upper())
    if n != c:
        return "normalised %r != canonical %r (%r)" % (n, c, spoken)
    if typ == "CARD_NUMBER":
        return None if (c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)) else "bad card " + c
    if typ == "CVV":
        return None if c.isdigit() and len(c) in (3, 4) else "bad cvv " + c
    if typ == "SSN":
        ok = c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
        return None if ok else "bad ssn " + c
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(c) and c[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") else "bad ni " + c
    if typ == "BANK_ACCOUNT":
        return None if c.isdigit() and 6 <= len(c) <= 17 else "bad account " + c
    if typ == "SORT_CODE":
        return None if c.isdigit() and len(c) == 6 else "bad sort " + c
    if typ == "IBAN":
        return None if iban_ok(c) else "bad iban " + c
    if typ == "PHONE":
        return None if c.isdigit() and 10 <= len(c) <= 13 else "bad phone " + c
    if typ == "POSTCODE":
        if UK_PC.fullmatch(c) or (c.isdigit() and len(c) in (5, 9)):
            return None
        return "bad postcode " + c
    return "unknown type " + typ


# ---------------------------------------------------------------- case builder
class S:
    """A labelled segment."""

    def __init__(self, text, typ, canon=None, group=None, check=True):
        self.text, self.typ, self.canon, self.group, self.check = text, typ, canon, group, check


CASES = []   # (dict, meta)
_ctr = {"positive": 0, "negative": 0}


def case(kind, note, *turns):
    """turns: (speaker, [segments...]) ; segment str or S."""
    _ctr[kind] += 1
    cid = "h41-%s-%03d" % ("pos" if kind == "positive" else "neg", _ctr[kind])
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, S)):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, S):
                st = len(text)
                text += seg.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg.typ})
                meta.append(seg)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    else:
        assert spans, cid
    CASES.append(({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta))


A, C = "agent", "customer"


# ---------------------------------------------------------------- value generators
def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + rd(3), 16)
    if k < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.92:
        return luhn_complete("6011", 16)
    if k < 0.96:
        return luhn_complete("4" + rd(2), 13)
    return luhn_complete("6759", 19)


def group_card(c, sep=" "):
    if len(c) == 15:
        parts = [c[:4], c[4:10], c[10:]]
    else:
        parts = [c[i:i + 4] for i in range(0, len(c), 4)]
    return sep.join(parts), parts


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a != "666":
            break
    return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


NI_PREFIX = ["AB", "CE", "JH", "KL", "NP", "PR", "SW", "TM", "WK", "YZ", "HT", "EH", "RA", "JB", "MW", "LS", "GY", "PC"]


def gen_ni():
    return R.choice(NI_PREFIX) + rd(6) + R.choice("ABCD")


def gen_iban(cc=None, spoken=False):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        return iban_make("GB", R.choice(["NWBK", "BARC", "MIDL", "LLYD", "HBUK"] if not spoken else ["NWBK", "BARC", "MIDL"]) + rd(14))
    if cc == "IE":
        return iban_make("IE", R.choice(["AIBK", "BKIR"] if not spoken else ["AIBK"]) + rd(14))
    if cc == "DE":
        return iban_make("DE", rd(18))
    if cc == "FR":
        return iban_make("FR", rd(23))
    if cc == "NL":
        return iban_make("NL", R.choice(["ABNA", "INGB", "RABO"] if not spoken else ["ABNA", "INGB"]) + rd(10))
    return iban_make("ES", rd(20))


def iban_group(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone():
    k = R.choice(["uk_mob", "uk_ldn", "us", "ie_mob", "uk_man", "de", "fr", "us_intl", "uk_intl"])
    if k == "uk_mob":
        n = "07" + rd(9)
        return k, n, [n[:5], n[5:]]
    if k == "uk_ldn":
        n = "020" + R.choice("378") + rd(7)
        return k, n, [n[:3], n[3:7], n[7:]]
    if k == "uk_man":
        n = "0161" + rd(7)
        return k, n, [n[:4], n[4:7], n[7:]]
    if k == "us":
        n = str(R.randint(201, 989)) + str(R.randint(200, 989)) + rd(4)
        return k, n, [n[:3], n[3:6], n[6:]]
    if k == "us_intl":
        n = "1" + str(R.randint(201, 989)) + str(R.randint(200, 989)) + rd(4)
        return k, n, ["+1", n[1:4], n[4:7], n[7:]]
    if k == "ie_mob":
        n = "08" + R.choice("3567") + rd(7)
        return k, n, [n[:3], n[3:6], n[6:]]
    if k == "uk_intl":
        n = "447" + rd(9)
        return k, n, ["+44", n[2:6], n[6:]]
    if k == "de":
        n = "4915" + rd(9)
        return k, n, ["+49", n[2:5], n[5:]]
    n = "336" + rd(8)
    return k, n, ["+33", n[2:3], n[3:5], n[5:7], n[7:9], n[9:]]


FIRST = ["john", "sarah", "mike", "emma", "liam", "aoife", "priya", "tom", "claire", "dave", "niamh",
         "marco", "jess", "raj", "kate", "sean", "olga", "ben", "lucy", "ahmed"]
LAST = ["doe", "smith", "murphy", "patel", "kowalski", "brennan", "jones", "garcia", "walsh",
        "nguyen", "oconnor", "fischer", "taylor", "byrne", "dubois", "khan", "evans", "reilly"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
        "eircom.net", "web.de", "orange.fr", "aol.com", "protonmail.com", "live.ie"]


def gen_email():
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMS)
    form = R.randint(0, 4)
    sep = R.choice([".", "_", "", "-"])
    if form == 0:
        local = f + sep + l
    elif form == 1:
        local = f[0] + sep + l
    elif form == 2:
        local = f + l + str(R.randint(1, 99))
    elif form == 3:
        local = f + sep + l + str(R.randint(70, 99))
    else:
        local = l + "." + f[0]
    return local + "@" + d


SEPWORD = {".": "dot", "_": "underscore", "-": "dash"}


def say_email(e):
    local, dom = e.split("@")
    out = []
    for piece in re.split(r"([._\-]|\d+)", local):
        if not piece:
            continue
        if piece in SEPWORD:
            out.append(SEPWORD[piece])
        elif piece.isdigit():
            out.append(pair_words(piece) if len(piece) == 2 else say(piece))
        elif len(piece) == 1:
            out.append(piece)
        else:
            out.append(piece if R.random() < 0.7 else " ".join(piece))
    out.append(R.choice(["at", "at", "at sign"]))
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


UK_PCS = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2BQ", "EH8 9YL", "BS1 4DJ",
          "CF10 3AT", "NE1 7RU", "G2 1DY", "L1 8JQ", "KT2 6LH", "BT7 1NN", "SE15 3EH", "W1D 4HS",
          "NR2 4LR", "PL4 8AA", "EC1V 2NX", "N16 7XJ", "YO1 7HH", "CB2 1TN"]
STREETS = ["Acacia Avenue", "Station Road", "Mill Lane", "Church Street", "Kingsway Drive",
           "Elm Grove", "Park Crescent", "Victoria Terrace", "Willow Close", "Maple Court",
           "Harbour View Road", "Queen Street", "Beech Walk", "Orchard Way", "Highfield Lane"]
US_STREETS = ["Maple Street", "Oak Avenue", "Sunset Boulevard", "Elm Drive", "Pine Lane",
              "Washington Avenue", "Lakeview Drive", "Cedar Court", "Main Street"]


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z


def date_spoken(d, m, y, style):
    if style == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]))
    if style == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]))
    if style == 2:
        return "%s %s %s" % (say("%02d" % d, "oh"), say("%02d" % m, "oh"), pair_words(str(y)[:2]) + " " + pair_words(str(y)[2:]))
    return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], pair_words(str(y)[2:]))


def date_typed(d, m, y, style):
    if style == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if style == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if style == 2:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if style == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%d" % (d, m, y)


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2004)


def gen_exp():
    return 1, R.randint(1, 12), R.randint(2026, 2031)


def Z():
    return R.choice(["zero", "oh", "o", "nought"] if R.random() < 0.4 else ["oh", "zero"])


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]

BC = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yes", "mm hm"]
FILL = ["um", "uh", "er", "erm"]


def ind():
    return R.choice(INDUSTRY)


def spoken_groups(parts, z, doubles=0.3, pairs=0.0):
    return [say(p, z, doubles, pairs) for p in parts]


def join_with_fillers(words, p=0.25):
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i < len(words) - 1 and R.random() < p:
            out.append(R.choice(FILL))
    return " ".join(out)


# ---------------------------------------------------------------- positive templates
def t_card_chat():
    c = gen_card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    txt, _ = group_card(c, sep)
    if R.random() < 0.2:
        txt = txt.replace(" ", "")[:8] + " " + txt.replace(" ", "")[8:] if sep == " " else txt
    e = gen_exp()
    cv = rd(4 if len(c) == 15 else 3)
    etxt = R.choice(["%02d/%02d" % (e[1], e[2] % 100), "%d/%d" % (e[1], e[2]), "%02d-%02d" % (e[1], e[2] % 100),
                     "%s %d" % (MONTHS[e[1] - 1][:3].capitalize(), e[2])])
    k = R.randint(0, 3)
    if k == 0:
        turns = [(A, "Can you send the card details please? Our chat is secure."),
                 (C, ["card: ", S(txt, "CARD_NUMBER", c), " exp ", S(etxt, "EXPIRY", e), " cvv ", S(cv, "CVV", cv)])]
    elif k == 1:
        turns = [(C, ["hi i want to pay my bill of \u00a3%d.%02d, the card number is " % (R.randint(20, 400), R.randint(0, 99)), S(txt, "CARD_NUMBER", c), " thanks"])]
    elif k == 2:
        turns = [(C, ["Number " + R.choice(["-", ":", "is"]) + " ", S(txt, "CARD_NUMBER", c)]),
                 (A, "Thanks, and the expiry and security code?"),
                 (C, [S(etxt, "EXPIRY", e), " and ", S(cv, "CVV", cv)])]
    else:
        turns = [(C, ["pls charge it to ", S(txt, "CARD_NUMBER", c), " (my visa) for order #%d" % R.randint(100000, 9999999)])]
    case("positive", "chat/%s: card typed sep=%r, %d digits" % (ind(), sep, len(c)), *turns)


def t_card_call_one():
    c = gen_card()
    _, parts = group_card(c)
    z = Z()
    words = join_with_fillers(spoken_groups(parts, z, 0.4, R.choice([0, 0, 0.5])), 0.3)
    lead = R.choice(["yeah it's ", "okay so it's ", "right ", "", "sure the long number is "])
    case("positive", "call/%s: card read in one turn, zero=%s, doubles/pairs/fillers" % (ind(), z),
         (A, "can i take the long number across the front of the card please"),
         (C, [lead, S(words, "CARD_NUMBER", c), R.choice(["", " that's it", " and that's a %s card" % R.choice(["visa", "debit", "credit"])])]))


def t_card_split():
    c = gen_card()
    _, parts = group_card(c)
    z = Z()
    turns = [(A, "okay go ahead with the card number when you're ready")]
    for i, p in enumerate(parts):
        w = say(p, z, 0.4, R.choice([0, 0.6]))
        pre = R.choice(["", "", "um ", "then "]) if i else R.choice(["right ", "okay ", "it's "])
        turns.append((C, [pre, S(w, "CARD_NUMBER", c, "g")]))
        if i < len(parts) - 1:
            turns.append((A, R.choice(BC)))
    case("positive", "call/%s: card split over %d customer turns with back-channels" % (ind(), len(parts)), *turns)


def t_card_correction():
    c = gen_card()
    _, parts = group_card(c)
    z = Z()
    last = parts[-1]
    wrong = last[:-1] + str((int(last[-1]) + 3) % 10)
    head = " ".join(say(p, z, 0.3) for p in parts[:-1])
    case("positive", "call/%s: card with self-correction of the last group (wrong group labelled too)" % ind(),
         (A, "and the card number"),
         (C, [S(head, "CARD_NUMBER", c, "g"), " ", S(say(wrong, z), "CARD_NUMBER", None, None, False),
              R.choice([" no sorry ", " sorry no it's ", " oh wait "]), S(say(last, z), "CARD_NUMBER", c, "g")]))


def t_card_readback():
    c = gen_card()
    _, parts = group_card(c)
    z = Z()
    w1 = " ".join(say(p, z, 0.2) for p in parts)
    w2 = " ".join(say(p, "zero", 0.0) for p in parts)
    case("positive", "call/%s: customer reads card, agent reads it back in full" % ind(),
         (C, ["it's ", S(w1, "CARD_NUMBER", c)]),
         (A, ["let me just read that back ", S(w2, "CARD_NUMBER", c), " is that right"]),
         (C, "yes that's correct"))


def t_card_exp_cvv_call():
    c = gen_card()
    _, parts = group_card(c)
    z = Z()
    e = gen_exp()
    cv = rd(4 if len(c) == 15 else 3)
    ew = R.choice([pair_words("%02d" % e[1], z) + " " + pair_words("%02d" % (e[2] % 100)),
                   MONTHS[e[1] - 1] + " " + pair_words("%02d" % (e[2] % 100)),
                   pair_words("%02d" % e[1], z) + " " + pair_words(str(e[2])[:2]) + " " + pair_words(str(e[2])[2:])])
    case("positive", "call/%s: card, expiry and security code in consecutive turns" % ind(),
         (C, ["the card is ", S(" ".join(say(p, z, 0.3) for p in parts), "CARD_NUMBER", c)]),
         (A, "thank you and the expiry date"),
         (C, ["it expires ", S(ew, "EXPIRY", e)]),
         (A, "and the three or four digit code on the back"),
         (C, [R.choice(["", "that's ", "um "]), S(say(cv, z), "CVV", cv)]))


def t_cvv_only():
    cv = rd(3)
    z = Z()
    k = R.randint(0, 2)
    if k == 0:
        case("positive", "call/%s: security code alone with filler" % ind(),
             (A, "and finally the last three digits on the signature strip"),
             (C, [R.choice(["oh right ", "yeah ", ""]), S(join_with_fillers([say(ch, z) for ch in cv], 0.4), "CVV", cv)]))
    elif k == 1:
        case("positive", "chat/%s: CVV typed with label" % ind(),
             (C, [R.choice(["CVV ", "cvc: ", "security code is ", "CSC="]), S(cv, "CVV", cv), " and the amount is \u20ac%d" % R.randint(10, 300)]))
    else:
        case("positive", "call/%s: security code said as a number" % ind(),
             (A, "what's the security number on the back"),
             (C, ["it's ", S(say(cv, z, 0, 0.7), "CVV", cv)]))


def t_expiry_only():
    e = gen_exp()
    k = R.randint(0, 2)
    if k == 0:
        txt = R.choice(["%02d/%02d" % (e[1], e[2] % 100), "%02d/%d" % (e[1], e[2]), "%s %d" % (MONTHS[e[1] - 1].capitalize(), e[2])])
        case("positive", "chat/%s: expiry typed" % ind(), (C, ["valid thru ", S(txt, "EXPIRY", e)]))
    elif k == 1:
        case("positive", "call/%s: expiry as month name + year pair" % ind(),
             (A, "when does the card expire"),
             (C, ["end of ", S(MONTHS[e[1] - 1] + " " + pair_words(str(e[2])[:2]) + " " + pair_words(str(e[2])[2:]), "EXPIRY", e)]))
    else:
        z = Z()
        case("positive", "call/%s: expiry digit by digit" % ind(),
             (A, "and the expiry"),
             (C, [S(say("%02d%02d" % (e[1], e[2] % 100), z), "EXPIRY", e)]))


def t_ssn():
    s = gen_ssn()
    k = R.randint(0, 6)
    z = Z()
    ind_ = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    if k == 0:
        txt = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:]])
        case("positive", "chat/%s: SSN typed" % ind_,
             (A, "To verify, please provide your Social Security number."),
             (C, [R.choice(["sure its ", "SSN: ", "", "ok "]), S(txt, "SSN", s)]))
    elif k == 1:
        w = " ".join(say(p, z, 0.3) for p in (s[:3], s[3:5], s[5:]))
        case("positive", "call/%s: SSN read digit by digit in one turn" % ind_,
             (A, "can i get your social please"),
             (C, ["yeah it's ", S(w, "SSN", s)]))
    elif k == 2:
        turns = [(A, "and your social security number")]
        parts = [s[:3], s[3:5], s[5:]]
        for i, p in enumerate(parts):
            turns.append((C, S(say(p, z, 0.3, R.choice([0, 0.7])), "SSN", s, "g")))
            if i < 2:
                turns.append((A, R.choice(BC)))
        case("positive", "call/%s: SSN split across three turns" % ind_, *turns)
    elif k == 3:
        w = say(s[:3], z) + " " + pair_words(s[3:5], z) + " " + pair_words(s[5:7], z) + " " + pair_words(s[7:], z)
        case("positive", "call/%s: SSN with pairs (forty five sixty seven)" % ind_,
             (C, ["my social is ", S(w, "SSN", s), " and i've been a member since %d" % R.randint(1990, 2020)]))
    elif k == 4:
        w = join_with_fillers([say(ch, z) for ch in s], 0.2)
        case("positive", "call/%s: SSN with fillers, agent reads back" % ind_,
             (C, ["okay it's ", S(w, "SSN", s)]),
             (A, ["i have ", S(" ".join(say(p, "zero") for p in (s[:3], s[3:5], s[5:])), "SSN", s), " correct"]),
             (C, "correct"))
    elif k == 5:
        case("positive", "chat/%s: SSN in a longer message with other numbers" % ind_,
             (C, ["I was charged $%d.%02d twice on 3/14. My ss# is " % (R.randint(20, 900), R.randint(0, 99)),
                  S(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN", s), " and claim number %d" % R.randint(10000000, 99999999)]))
    else:
        w1 = " ".join(say(p, z) for p in (s[:3], s[3:5]))
        case("positive", "call/%s: SSN restarted after interruption" % ind_,
             (C, ["it's ", S(w1, "SSN", None, None, False), " sorry hang on my dog"]),
             (A, "no problem take your time"),
             (C, ["okay from the start ", S(" ".join(say(p, z) for p in (s[:3], s[3:5], s[5:])), "SSN", s)]))


def t_ni():
    n = gen_ni()
    k = R.randint(0, 6)
    z = R.choice(["oh", "zero", "nought"])
    ind_ = R.choice(["government services", "banking", "insurance", "utilities", "retail"])
    if k == 0:
        txt = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                        n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
                        n[:2].lower() + " " + n[2:8] + " " + n[8].lower()])
        case("positive", "chat/%s: NI number typed" % ind_,
             (A, "What's your National Insurance number?"),
             (C, [R.choice(["", "its ", "NI no. ", "ni number "]), S(txt, "NI_NUMBER", n)]))
    elif k == 1:
        w = say_mixed(n, z, "plain")
        case("positive", "call/%s: NI letters and digits spoken one by one" % ind_,
             (A, "can i take your national insurance number"),
             (C, ["yeah it's ", S(w, "NI_NUMBER", n)]))
    elif k == 2:
        w = say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " + " ".join(pair_words(n[i:i + 2], z) for i in (2, 4, 6)) + " " + say_letter(n[8], "nato")
        case("positive", "call/%s: NI with phonetic letters and digit pairs" % ind_,
             (C, ["national insurance is ", S(w, "NI_NUMBER", n)]))
    elif k == 3:
        turns = [(A, "and your national insurance number please")]
        segs = [say_mixed(n[:2], z, "alt"), say(n[2:5], z, 0.3), say(n[5:8], z, 0.3), say_letter(n[8], R.choice(["plain", "nato"]))]
        for i, sg in enumerate(segs):
            turns.append((C, [R.choice(["", "um "]) if i else "it's ", S(sg, "NI_NUMBER", n, "g")]))
            if i < 3:
                turns.append((A, R.choice(BC)))
        case("positive", "call/%s: NI split across four turns" % ind_, *turns)
    elif k == 4:
        w = say_mixed(n, z, "plain", 0.5)
        case("positive", "call/%s: NI with doubles, agent reads back" % ind_,
             (C, [S(w, "NI_NUMBER", n)]),
             (A, ["so that's ", S(say_mixed(n, "zero", "nato"), "NI_NUMBER", n)]),
             (C, "yep"))
    elif k == 5:
        a = pair_words(n[2:4], z) + " " + pair_words(n[4:6], z) + " " + pair_words(n[6:8], z)
        case("positive", "call/%s: NI mixed with chit-chat in one turn" % ind_,
             (C, ["sorry i'm just getting my payslip out here it is ", S(n[0].lower() + " " + n[1].lower() + " " + a + " " + n[8].lower(), "NI_NUMBER", n),
                  " and i've been with you about %s years" % R.choice(["six", "ten", "three"])]))
    else:
        pc = R.choice(UK_PCS)
        case("positive", "chat/%s: NI typed with postcode nearby" % ind_,
             (C, ["NINO ", S(n[:2] + " " + n[2:8] + " " + n[8], "NI_NUMBER", n), ", postcode ", S(pc, "POSTCODE", pc)]))


def t_bank():
    sc = rd(6)
    acc = rd(8)
    z = Z()
    k = R.randint(0, 4)
    if k == 0:
        sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        case("positive", "chat/banking: sort code and account typed",
             (C, ["sort code ", S(sct, "SORT_CODE", sc), " account no ", S(acc, "BANK_ACCOUNT", acc)]))
    elif k == 1:
        case("positive", "call/%s: sort code as pairs, account digit by digit" % R.choice(["banking", "utilities", "insurance"]),
             (A, "what's the sort code"),
             (C, [S(" ".join(pair_words(sc[i:i + 2], z) for i in (0, 2, 4)), "SORT_CODE", sc)]),
             (A, "and the account number"),
             (C, [S(say(acc, z, 0.4), "BANK_ACCOUNT", acc)]))
    elif k == 2:
        case("positive", "call/banking: sort code and account in one turn",
             (C, ["sort code's ", S(say(sc, z, 0.4), "SORT_CODE", sc), " and the account is ", S(say(acc[:4], z, 0.3) + " " + say(acc[4:], z, 0.3), "BANK_ACCOUNT", acc)]))
    elif k == 3:
        a2 = rd(R.choice([10, 11, 12]))
        rt = None
        case("positive", "chat/banking US: checking account number typed with amount",
             (C, ["please set up autopay of $%d.00 from checking acct " % R.randint(40, 250), S(a2, "BANK_ACCOUNT", a2)]))
    else:
        turns = [(A, "go ahead with the account number")]
        parts = [acc[:4], acc[4:]]
        for i, p in enumerate(parts):
            turns.append((C, S(say(p, z, 0.3, 0.4), "BANK_ACCOUNT", acc, "g")))
            if i == 0:
                turns.append((A, R.choice(BC)))
        turns.append((A, "and the sort code"))
        turns.append((C, ["it's ", S(say(sc[:2], z) + " dash " + say(sc[2:4], z) + " dash " + say(sc[4:], z), "SORT_CODE", sc)]))
        case("positive", "call/utilities: account split over turns, sort code with 'dash'", *turns)


def t_iban():
    k = R.randint(0, 3)
    if k == 0:
        ib = gen_iban()
        txt = R.choice([iban_group(ib), ib, iban_group(ib).lower(), ib[:4] + " " + ib[4:]])
        case("positive", "chat/%s: IBAN typed (%s)" % (R.choice(["banking", "travel", "insurance"]), ib[:2]),
             (C, ["refund to ", S(txt, "IBAN", ib), " please, ref %d" % R.randint(1000, 999999)]))
    elif k == 1:
        ib = gen_iban(R.choice(["GB", "IE"]), True)
        z = Z()
        w = say_mixed(ib, z, R.choice(["plain", "nato"]), 0.3)
        case("positive", "call/banking: IBAN spoken letter by letter and digit by digit",
             (A, "could you read me the iban"),
             (C, ["okay it's ", S(w, "IBAN", ib)]))
    elif k == 2:
        ib = gen_iban(R.choice(["DE", "ES", "FR"]))
        gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        z = Z()
        turns = [(A, "go ahead with the IBAN")]
        chunks = [gs[:2], gs[2:4], gs[4:]]
        for i, ch in enumerate(chunks):
            w = " ".join(say_mixed(g, z, "plain") for g in ch)
            turns.append((C, S(w, "IBAN", ib, "g")))
            if i < 2:
                turns.append((A, R.choice(BC)))
        case("positive", "call/travel: EU IBAN split over turns", *turns)
    else:
        ib = gen_iban("GB")
        case("positive", "chat/banking: IBAN with email",
             (C, ["IBAN: ", S(iban_group(ib), "IBAN", ib)]),
             (A, "Thanks. Where should we send the confirmation?"),
             (C, [S((e := gen_email()), "EMAIL", e)]))


def phone_typed(k, n, parts):
    if k.endswith("intl") or k in ("de", "fr"):
        return R.choice([" ".join(parts), "".join(parts), parts[0] + " (0)" + " ".join(parts[1:]) if k == "uk_intl" else "-".join(parts)])
    if k == "us":
        return R.choice(["(%s) %s-%s" % tuple(parts), "-".join(parts), ".".join(parts), n])
    return R.choice([" ".join(parts), n, "-".join(parts)])


def phone_spoken(k, n, parts, z):
    out = []
    for p in parts:
        if p.startswith("+"):
            out.append("plus " + say(p[1:], z))
        else:
            out.append(say(p, z, 0.5, R.choice([0, 0, 0.4])))
    return " ".join(out)


def t_phone():
    k, n, parts = gen_phone()
    z = Z()
    c = R.randint(0, 4)
    canon = n
    if c == 0:
        txt = phone_typed(k, n, parts)
        if "(0)" in txt:
            canon = "44" + "0" + n[2:]
        case("positive", "chat/%s: phone typed (%s)" % (ind(), k),
             (C, [R.choice(["best number is ", "call me on ", "tel: ", "my mobile "]), S(txt, "PHONE", canon), R.choice(["", " after 5pm", " thx", " between 9 and 12"])]))
    elif c == 1:
        case("positive", "call/%s: phone spoken (%s)" % (ind(), k),
             (A, "and a contact number"),
             (C, ["yeah it's ", S(phone_spoken(k, n, parts, z), "PHONE", n)]))
    elif c == 2:
        turns = [(A, "what's the best number to reach you on")]
        for i, p in enumerate(parts):
            w = ("plus " + say(p[1:], z)) if p.startswith("+") else say(p, z, 0.5)
            turns.append((C, S(w, "PHONE", n, "g")))
            if i < len(parts) - 1:
                turns.append((A, R.choice(BC)))
        case("positive", "call/%s: phone split across turns (%s)" % (ind(), k), *turns)
    elif c == 3:
        case("positive", "call/%s: phone spoken then read back by agent" % ind(),
             (C, [S(phone_spoken(k, n, parts, z), "PHONE", n)]),
             (A, ["lovely so that's ", S(phone_spoken(k, n, parts, "zero"), "PHONE", n), " yeah"]),
             (C, "that's it"))
    else:
        k2, n2, p2 = gen_phone()
        case("positive", "call/%s: two phone numbers in one turn" % ind(),
             (C, ["you can try my mobile ", S(phone_spoken(k, n, parts, z), "PHONE", n), " or the house phone ", S(phone_spoken(k2, n2, p2, z), "PHONE", n2)]))


def t_email():
    e = gen_email()
    c = R.randint(0, 3)
    if c == 0:
        txt = R.choice([e, e.upper(), e.capitalize()])
        case("positive", "chat/%s: email typed" % ind(),
             (C, [R.choice(["email is ", "send it to ", "", "my email: "]), S(txt, "EMAIL", e), R.choice(["", " thanks", ".", " pls"])]))
    elif c == 1:
        case("positive", "call/%s: email spoken with 'at' and 'dot'" % ind(),
             (A, "can i take an email address"),
             (C, ["yeah it's ", S(say_email(e), "EMAIL", e)]))
    elif c == 2:
        local, dom = e.split("@")
        case("positive", "call/%s: email spelled out letter by letter" % ind(),
             (A, "could you spell that for me"),
             (C, [S(" ".join(say_letter(ch, "plain") if ch.isalpha() else (SEPWORD.get(ch) or UNITS[int(ch)]) for ch in local) + " at " + " dot ".join(dom.split(".")), "EMAIL", e)]))
    else:
        ph = gen_phone()
        case("positive", "chat/%s: email with phone" % ind(),
             (C, [S(e, "EMAIL", e), " / ", S(" ".join(ph[2]), "PHONE", ph[1])]))


def t_dob():
    d, m, y = gen_dob()
    c = R.randint(0, 3)
    if c == 0:
        txt = date_typed(d, m, y, R.randint(0, 4))
        case("positive", "chat/%s: DOB typed" % ind(),
             (A, "Please confirm your date of birth."),
             (C, [S(txt, "DOB", (d, m, y))]))
    elif c == 1:
        case("positive", "call/%s: DOB spoken" % ind(),
             (A, "and can you confirm your date of birth for me"),
             (C, [R.choice(["yeah it's ", "", "um "]), S(date_spoken(d, m, y, R.randint(0, 3)), "DOB", (d, m, y))]))
    elif c == 2:
        case("positive", "call/%s: DOB with 'born on' and an unrelated appointment date" % ind(),
             (C, ["i was born on ", S(date_spoken(d, m, y, R.choice([0, 1])), "DOB", (d, m, y)), " and the appointment was on the %s of %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS))]))
    else:
        case("positive", "chat/%s: DOB in a sentence with age" % ind(),
             (C, ["my dob is ", S(date_typed(d, m, y, R.choice([0, 4])), "DOB", (d, m, y)), " so I'm over %d" % R.choice([18, 18, 21])]))


def t_address():
    c = R.randint(0, 3)
    num = R.randint(2, 180)
    if c == 0:
        pc = R.choice(UK_PCS)
        st = R.choice(STREETS)
        case("positive", "chat/%s: UK address and postcode typed" % R.choice(["retail", "utilities", "telecom"]),
             (C, ["deliver to ", S(("Flat %d, " % R.randint(1, 12) if R.random() < 0.4 else "") + "%d %s" % (num, st), "ADDRESS", None), ", %s, " % R.choice(["Leeds", "Bristol", "Manchester", "London"]), S(pc, "POSTCODE", pc)]))
    elif c == 1:
        z5 = gen_zip()
        st = R.choice(US_STREETS)
        zz = z5 if R.random() < 0.7 else z5 + "-" + rd(4)
        case("positive", "chat/%s: US address with ZIP" % R.choice(["retail", "insurance", "utilities"]),
             (C, ["My address is ", S("%d %s" % (num * 10 + 1, st), "ADDRESS", None), ", Springfield, IL ", S(zz, "POSTCODE", zz)]))
    elif c == 2:
        pc = R.choice([p for p in UK_PCS if "X" not in p])
        st = R.choice(STREETS).lower()
        w = say_mixed(pc, "oh", R.choice(["plain", "nato", "alt"]))
        numw = pair_words("%02d" % num) if 10 <= num < 100 else say(str(num))
        case("positive", "call/%s: address and postcode spoken" % R.choice(["utilities", "telecom", "insurance"]),
             (A, "can i take the first line of the address"),
             (C, [S(numw + " " + st, "ADDRESS", None)]),
             (A, "and the postcode"),
             (C, [S(w, "POSTCODE", pc)]))
    else:
        z5 = gen_zip()
        st = R.choice(US_STREETS).lower()
        case("positive", "call/%s: US street and ZIP spoken" % R.choice(["healthcare billing", "insurance"]),
             (C, ["it's ", S("%s %s" % (say(str(num * 10 + 3), "oh", 0, 0.5), st), "ADDRESS", None), " and the zip is ", S(say(z5, "oh", 0.3), "POSTCODE", z5)]))


def t_postcode():
    c = R.randint(0, 2)
    if c == 0:
        pc = R.choice(UK_PCS)
        txt = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        case("positive", "chat/%s: UK postcode typed" % ind(), (C, ["postcode ", S(txt, "POSTCODE", pc), R.choice(["", " if that helps"])]))
    elif c == 1:
        pc = R.choice([p for p in UK_PCS if "X" not in p])
        turns = [(A, "what's the postcode there"),
                 (C, [S(say_mixed(pc.split()[0], "oh", "plain"), "POSTCODE", pc, "g")]),
                 (A, R.choice(BC)),
                 (C, [S(say_mixed(pc.split()[1], "oh", R.choice(["nato", "alt"])), "POSTCODE", pc, "g")])]
        case("positive", "call/%s: UK postcode split across turns" % ind(), *turns)
    else:
        z5 = gen_zip()
        case("positive", "call/%s: ZIP code spoken" % ind(),
             (A, "and your zip code"),
             (C, [S(say(z5, Z(), 0.4), "POSTCODE", z5)]))


def asr_homophones(w):
    out = []
    for tok in w.split(" "):
        if tok == "two" and R.random() < 0.5:
            tok = "to"
        elif tok == "four" and R.random() < 0.5:
            tok = "for"
        elif tok == "eight" and R.random() < 0.3:
            tok = "ate"
        out.append(tok)
    return " ".join(out)


def t_homophone():
    k = R.randint(0, 2)
    z = Z()
    if k == 0:
        c = gen_card()
        while not any(ch in "248" for ch in c):
            c = gen_card()
        _, parts = group_card(c)
        w = asr_homophones(" ".join(say(p, z, 0.3) for p in parts))
        case("positive", "call/%s: card with ASR homophones (to/for/ate)" % ind(),
             (A, "what's the card number"), (C, ["yeah so it's ", S(w, "CARD_NUMBER", c), " thanks"]))
    elif k == 1:
        s_ = gen_ssn()
        w = asr_homophones(" ".join(say(p, z) for p in (s_[:3], s_[3:5], s_[5:])))
        case("positive", "call/%s: SSN with ASR homophones" % R.choice(["insurance", "banking"]),
             (A, "and the last thing i need is your social"), (C, ["sure ", S(w, "SSN", s_)]))
    else:
        k_, n, parts = gen_phone()
        w = asr_homophones(phone_spoken(k_, n, parts, z))
        case("positive", "call/%s: phone with ASR homophones" % ind(),
             (A, "is there a number we can call you back on"), (C, ["you can get me on ", S(w, "PHONE", n)]))


def t_sort_chat():
    sc = rd(6)
    txt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    acc = rd(8)
    k = R.randint(0, 1)
    if k == 0:
        case("positive", "chat/%s: sort code typed alone after a question" % R.choice(["banking", "utilities", "insurance"]),
             (A, "What is the sort code of the account the Direct Debit comes from?"),
             (C, [R.choice(["", "sc ", "its "]), S(txt, "SORT_CODE", sc)]))
    else:
        case("positive", "chat/banking: account and sort code in a bank-details line",
             (C, ["Acc ", S(acc, "BANK_ACCOUNT", acc), " / SC ", S(txt, "SORT_CODE", sc), " - name on account Mr %s" % R.choice(LAST).capitalize()]))


def t_card_all_one_turn():
    c = gen_card()
    _, parts = group_card(c)
    z = Z()
    e = gen_exp()
    cv = rd(4 if len(c) == 15 else 3)
    cw = join_with_fillers([say(p, z, 0.3, 0.3) for p in parts], 0.3)
    ew = R.choice([pair_words("%02d" % e[1], z) + " " + pair_words("%02d" % (e[2] % 100)), MONTHS[e[1] - 1] + " " + pair_words("%02d" % (e[2] % 100))])
    case("positive", "call/%s: card, expiry and CVV all in one long customer turn" % ind(),
         (A, "okay i'm ready for the card details"),
         (C, ["right it's ", S(cw, "CARD_NUMBER", c), " expiry ", S(ew, "EXPIRY", e), " and the code on the back is ", S(say(cv, z), "CVV", cv),
              " and can you take %s off it" % money_spoken()]))


POS_PLAN = [(t_card_all_one_turn, 6), (t_homophone, 9), (t_sort_chat, 8), (t_card_chat, 10), (t_card_call_one, 8), (t_card_split, 6), (t_card_correction, 3),
            (t_card_readback, 3), (t_card_exp_cvv_call, 8), (t_cvv_only, 8), (t_expiry_only, 8),
            (t_ssn, 36), (t_ni, 36), (t_bank, 16), (t_iban, 16), (t_phone, 18), (t_email, 14),
            (t_dob, 18), (t_address, 16), (t_postcode, 8)]


# ---------------------------------------------------------------- negative templates
def money_spoken():
    return R.choice(["forty two pounds fifty", "a hundred and twelve euros", "three hundred and forty dollars",
                     "nineteen ninety nine a month", "twelve pound sixty", "two thousand four hundred dollars",
                     "eighty seven fifty", "sixty five pounds and twenty pence", "two hundred and six euros",
                     "thirty four ninety nine", "one fifty", "seventy quid", "nine hundred and ninety dollars",
                     "fourteen thousand five hundred euros", "twenty three pounds eighteen"])


def spoken_ref(n):
    return say(n, Z(), 0.3, R.choice([0, 0.5]))


def ref_val(lo=6, hi=9):
    return str(R.randint(1, 9)) + rd(R.randint(lo, hi) - 1)


def n_money():
    k = R.randint(0, 5)
    if k == 0:
        case("negative", "chat/%s: money amounts and balance" % ind(),
             (A, "Your current balance is \u00a3%d.%02d and the minimum payment is \u00a3%d.00." % (R.randint(100, 9999), R.randint(0, 99), R.randint(5, 80))),
             (C, R.choice(["ok can I pay %s instead", "can i just do %s today", "I'll pay %s on friday"]) % ("\u00a3%d.%02d" % (R.randint(30, 900), R.randint(0, 99)))))
    elif k == 1:
        case("negative", "call/%s: spoken amounts" % ind(),
             (C, R.choice(["i was charged %s and then another %s the week after", "the bill says %s but last month it was %s",
                           "you took %s instead of %s"]) % (money_spoken(), money_spoken())),
             (A, R.choice(["okay i can see both of those", "right let me look into that", "i do apologise for that"])))
    elif k == 2:
        case("negative", "chat/%s: large balance written as digits" % ind(),
             (C, "My outstanding balance shows %d%03d.%02d %s, is that right?" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99), R.choice(["EUR", "GBP", "USD"]))))
    elif k == 3:
        case("negative", "call/banking: balance read out by agent",
             (A, "the available balance is %s and there's a pending transaction of %s" % (money_spoken(), money_spoken())),
             (C, "okay that's less than i thought"))
    elif k == 4:
        case("negative", "chat/retail: refund amounts with order total",
             (A, "I've issued a refund of $%d.%02d; it takes 3-5 working days." % (R.randint(5, 500), R.randint(0, 99))),
             (C, "ok the original total was $%s,%03d.%02d though" % (R.randint(1, 4), R.randint(0, 999), R.randint(0, 99))))
    else:
        case("negative", "call/insurance: excess and premium amounts",
             (A, "the excess on the policy is %s and the monthly premium is %s" % (money_spoken(), money_spoken())),
             (C, "and if i pay annually"), (A, "that would be %s so you'd save about %s percent" % (money_spoken(), R.choice(["eight", "twelve", "fifteen"]))))


def n_times():
    k = R.randint(0, 4)
    if k == 0:
        case("negative", "call/%s: times and durations" % ind(),
             (A, "an engineer can come between %s and %s on the %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), ordinal(R.randint(1, 28)))),
             (C, "i've been on hold for %s minutes already and i finish work at %s" % (R.choice(["forty five", "twenty", "thirty five", "fifty"]), R.choice(["half five", "six thirty", "four fifteen"]))))
    elif k == 1:
        case("negative", "chat/%s: appointment date and time typed" % ind(),
             (A, "Your %s is confirmed for %02d/%02d/%d at %d:%02d." % (R.choice(["appointment", "callback", "installation", "delivery slot"]), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(8, 17), R.choice([0, 15, 30, 45]))),
             (C, R.choice(["great thanks", "perfect", "can it be earlier?"])))
    elif k == 2:
        case("negative", "call/%s: payment date (not DOB)" % ind(),
             (C, "the payment went out on the %s of %s twenty twenty %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS), R.choice(["four", "five", "six"]))),
             (A, "thanks i can see it came in on the %s" % ordinal(R.randint(1, 28))))
    elif k == 3:
        case("negative", "call/healthcare billing: date of service (not DOB)",
             (A, "what was the date of service"),
             (C, "it was %s %s %s" % (R.choice(MONTHS), ordinal(R.randint(1, 28)), R.choice(["twenty twenty five", "twenty twenty four", "this year"]))))
    else:
        case("negative", "chat/travel: travel dates and times",
             (C, "We check in %d %s %d and check out on the %dth, arriving around %d:%02d pm" % (R.randint(1, 20), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2026, 2027), R.randint(24, 28), R.randint(1, 9), R.choice([0, 30, 45]))))


def n_refs():
    k = R.randint(0, 5)
    word = R.choice(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    if k == 0:
        case("negative", "chat/%s: %s typed" % (ind(), word),
             (C, R.choice(["Hi, my %s is %s and it still hasn't arrived", "%s %s - any update?", "re %s %s, nobody has called me back"]) % (word, ref_val())))
    elif k == 1:
        case("negative", "call/%s: %s spoken digit by digit" % (ind(), word),
             (A, "do you have the %s for me" % word),
             (C, "yeah the %s is %s" % (word, spoken_ref(ref_val(6, 8)))))
    elif k == 2:
        case("negative", "chat/%s: alphanumeric reference" % ind(),
             (C, "Ref: %s-%s, invoice INV%s" % (R.choice(["CX", "TK", "RMA", "SR"]), rd(6), rd(7))))
    elif k == 3:
        case("negative", "call/%s: reference read back by agent" % ind(),
             (A, "your %s is %s" % (word, spoken_ref(ref_val(7, 8)))),
             (C, R.choice(["okay let me write that down", "hang on let me get a pen", "got it"])))
    elif k == 4:
        case("negative", "chat/%s: order and tracking numbers" % ind(),
             (C, "order #%s, tracking says parcel %s of %s" % (ref_val(8, 9), R.randint(1, 3), R.randint(3, 5))))
    else:
        case("negative", "call/%s: %s with amount in the same turn" % (ind(), word),
             (C, "the %s is %s and it's for %s" % (word, spoken_ref(ref_val(6, 8)), money_spoken())))


def n_travel():
    k = R.randint(0, 3)
    if k == 0:
        case("negative", "chat/travel: flight and booking",
             (C, "I'm on flight %s%d on %d %s, seat %d%s, booking ref %s" % (R.choice(["EI", "BA", "FR", "LH", "UA"]), R.randint(100, 9999), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 40), R.choice("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))
    elif k == 1:
        case("negative", "call/travel: flight number and room number spoken",
             (C, "we're on the %s flight %s and we were in room %s" % (R.choice(["aer lingus", "ryanair", "delta", "british airways"]), say(str(R.randint(100, 999))), say(str(R.randint(101, 999)), "oh", 0, 0.6))))
    elif k == 2:
        case("negative", "call/travel: times and gate",
             (A, "the flight departs at %s from gate %s" % (R.choice(["fourteen thirty", "oh six fifty", "nine fifteen"]), pair_words(str(R.randint(11, 59))))),
             (C, "and it lands at about %s local time" % R.choice(["six fifteen", "half ten", "midnight"])))
    else:
        case("negative", "chat/travel: train and coach details",
             (C, "Coach %s, seats %d and %d on the %d:%02d to %s, PNR %s" % (R.choice("ABCDE"), R.randint(1, 60), R.randint(1, 60), R.randint(6, 21), R.choice([5, 15, 35, 50]), R.choice(["Cork", "Leeds", "Paris", "Boston"]), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))))


def n_misc():
    k = R.randint(0, 9)
    if k == 0:
        case("negative", "chat/telecom: model numbers and data",
             (C, "I have the %s and I've used %dGB of %dGB this month" % (R.choice(["iPhone 15 Pro", "Galaxy S24", "Pixel 8a", "router model TG-2492", "Hub 3000"]), R.randint(2, 40), R.choice([50, 100]))))
    elif k == 1:
        case("negative", "call/utilities: meter reading",
             (A, "can you read me the numbers on the %s meter" % R.choice(["gas", "electric", "water"])),
             (C, "it says %s" % say(str(R.randint(1, 9)) + rd(4), Z(), 0.3)))
    elif k == 2:
        case("negative", "chat/utilities: meter reading typed",
             (C, "Meter reading today %s kWh, last month was %s" % (rd(5), rd(5))))
    elif k == 3:
        case("negative", "call/telecom: speeds and percentages",
             (C, "i'm paying for %s meg and getting about %s that's like %s percent" % (R.choice(["five hundred", "nine hundred", "one fifty"]), R.choice(["forty", "sixty two", "eighty"]), R.choice(["ten", "twelve", "fifteen"]))))
    elif k == 4:
        case("negative", "call/healthcare billing: ages and years",
             (C, "my %s is %s and he had the procedure back in %s" % (R.choice(["son", "dad", "husband"]), R.choice(["seven", "twelve", "sixteen", "seventy four"]), pair_words("20") + " " + pair_words(str(R.randint(11, 24))))))
    elif k == 5:
        case("negative", "chat/insurance: policy dates and percentages",
             (C, "The policy started on %02d/%02d/%d and my premium went up %d%%" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2025), R.randint(5, 40))))
    elif k == 6:
        case("negative", "call/utilities: temperature and counts",
             (C, "the heating's stuck at %s degrees and we've had %s engineers out" % (R.choice(["twenty two", "fifteen", "nineteen", "twelve"]), R.choice(["three", "four", "two"]))))
    elif k == 7:
        case("negative", "call/insurance: car details",
             (C, "it's a twenty %s %s with about %s thousand miles on it" % (R.choice(["nineteen", "twenty one", "eighteen"]), R.choice(["ford focus", "golf", "corolla"]), R.choice(["forty", "sixty five", "ninety"]))))
    elif k == 8:
        case("negative", "chat/telecom: plan details",
             (A, "The %s plan is \u20ac%d.99/month for %d months with %d minutes and %dGB." % (R.choice(["Unlimited", "Sim Only", "Family"]), R.randint(10, 60), R.choice([12, 18, 24]), R.choice([500, 1000, 3000]), R.choice([30, 60, 120]))),
             (C, "and after %d months?" % R.choice([12, 18, 24])))
    else:
        case("negative", "call/retail: steps and counts on a call",
             (A, "that's step %s of %s done you should get a text in about %s minutes" % (R.choice(["two", "three"]), R.choice(["four", "five"]), R.choice(["ten", "fifteen", "twenty"]))),
             (C, "okay i've got about %s percent battery left" % R.choice(["eight", "twenty", "thirty"])))


def n_quant():
    k = R.randint(0, 2)
    if k == 0:
        case("negative", "call/retail: quantities and amounts",
             (C, "i ordered %s boxes and only %s turned up and it was %s" % (R.choice(["twelve", "forty", "six"]), R.choice(["three", "nine", "two"]), money_spoken())))
    elif k == 1:
        case("negative", "chat/retail: price list",
             (C, "the jacket was \u00a3%d.99 reduced to \u00a3%d.49, size %d, qty %d" % (R.randint(60, 200), R.randint(20, 59), R.choice([8, 10, 12, 14]), R.randint(1, 4))))
    else:
        case("negative", "call/telecom: contract start and duration",
             (C, "the contract started in %s twenty %s and it's %s month contract" % (R.choice(MONTHS), R.choice(["twenty three", "twenty four"]), R.choice(["a twenty four", "an eighteen", "a twelve"]))))


def n_split_ref():
    word = R.choice(["reference", "claim number", "ticket number", "order number", "booking reference"])
    v = ref_val(8, 10)
    z = Z()
    h = len(v) // 2
    k = R.randint(0, 2)
    if k == 0:
        case("negative", "call/%s: %s split over turns with back-channels" % (ind(), word),
             (A, "have you got the %s there" % word),
             (C, "yeah it's " + say(v[:h], z, 0.3, 0.5)),
             (A, R.choice(BC)),
             (C, say(v[h:], z, 0.3, 0.5)))
    elif k == 1:
        case("negative", "call/%s: agent gives a %s, customer repeats" % (ind(), word),
             (A, "your %s is %s" % (word, say(v, z, 0.3))),
             (C, "%s got it thanks" % say(v, z)))
    else:
        case("negative", "chat/%s: %s and amount" % (ind(), word),
             (C, "%s %s, amount due %s.%02d, due %d %s" % (word.capitalize(), v, R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize())))


NEG_PLAN = [(n_split_ref, 14), (n_money, 18), (n_times, 18), (n_refs, 22), (n_travel, 12), (n_misc, 26), (n_quant, 10)]


# ---------------------------------------------------------------- main
def build():
    for fn, n in POS_PLAN:
        for _ in range(n):
            fn()
    for fn, n in NEG_PLAN:
        for _ in range(n):
            fn()
    return CASES


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c, _ in cases)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c, _ in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def check(cases, text):
    probs = []
    if not os.path.exists(OUT):
        probs.append("missing " + OUT)
    elif open(OUT, encoding="utf-8").read() != text:
        probs.append("fixture differs from regenerated output")
    ids = [c["id"] for c, _ in cases]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    for c, meta in cases:
        turns = c["turns"]
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                probs.append("%s bad type" % c["id"])
            t = turns[s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                probs.append("%s offsets out of range" % c["id"])
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                probs.append("%s span not on word boundary: %r" % (c["id"], t[s["start"]:s["end"]]))
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                probs.append("%s span has edge whitespace" % c["id"])
            if prev.get(s["turn"], 0) > s["start"]:
                probs.append("%s overlapping spans" % c["id"])
            prev[s["turn"]] = s["end"]
        if c["kind"] == "negative" and c["spans"]:
            probs.append("%s negative with spans" % c["id"])
        # value validation via generator metadata
        groups = {}
        for s, m in zip(c["spans"], meta):
            txt = turns[s["turn"]]["text"][s["start"]:s["end"]]
            if not m.check:
                if not re.search(r"[A-Za-z0-9]", txt):
                    probs.append("%s empty span" % c["id"])
                continue
            key = (m.typ, m.group if m.group else id(m))
            groups.setdefault(key, [m.canon, []])[1].append(txt)
        for (typ, _), (canon, txts) in groups.items():
            try:
                err = validate(typ, canon if canon is not None else (" ".join(txts) if typ != "ADDRESS" else None), " ".join(txts))
            except ValueError as e:
                err = str(e)
            if err:
                probs.append("%s %s: %s" % (c["id"], typ, err))
    ct = counts(cases)
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if "--check" in sys.argv[1:] and (not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(ct, npos, nneg)):
        probs.append("README.md differs from regenerated text")
    if npos < 170 or nneg < 100:
        probs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t, n in ct.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            probs.append("type %s has %d spans < %d" % (t, n, need))
    return probs, ct, npos, nneg


def readme(ct, npos, nneg):
    lines = [
        "# PII hold-out set h41",
        "",
        "Never use this set for tuning.",
        "",
        "Written by an AI helper acting as an independent author, who did not see the",
        "redaction code, its tests, docs or benchmark, nor other hold-out sets. The cases",
        "are generated by `scripts/make_pii_holdout41.py` (standard library only, seeded",
        "`random.Random(%d)`, byte-for-byte reproducible). Every turn is assembled from" % SEED,
        "plain-text segments and labelled (value, TYPE) segments, so offsets are computed",
        "rather than typed. `--check` regenerates the file, compares it byte for byte and",
        "validates ids, offsets, word boundaries, overlap and each value after normalising",
        "spoken forms (Luhn, IBAN mod-97, NI format, SSN 9 digits, sort code 6, etc.).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last character/spoken token,",
        "  not lead-ins (\"it's\", \"card:\", \"my social is\") nor trailing words.",
        "- Fillers (um, uh) and words like \"double\", \"triple\", \"dash\", \"plus\", \"for\" (as in",
        "  \"b for bravo\") that occur inside a reading are inside the span.",
        "- A value split over several customer turns is labelled as one span per turn;",
        "  agent back-channels in between are not labelled.",
        "- When the agent reads a value back, the read-back is labelled too.",
        "- Self-corrections: the abandoned fragment and the corrected reading are separate",
        "  spans of the same type; the correction words (\"no sorry\") are outside.",
        "- EXPIRY covers month and year; DOB covers day, month and year (\"the fourteenth of",
        "  march nineteen eighty five\" includes \"the\").",
        "- ADDRESS covers (flat number,) house number and street name only; town is unlabelled; the",
        "  postcode/ZIP is a separate POSTCODE span.",
        "- Phone spans include the international prefix (\"+44\", \"plus four four\", \"+44 (0)\").",
        "- ASR homophones standing for digits (\"to\" = 2, \"for\" = 4, \"ate\" = 8) are part",
        "  of the value and inside the span; lead-ins such as \"end of\", \"expires\", \"born on\"",
        "  and labels such as \"CVV\", \"exp\", \"SC\", \"NINO\", \"ss#\" are outside.",
        "- Spoken e-mails include the words \"at\", \"at sign\", \"dot\", \"underscore\", \"dash\".",
        "- Some positive cases also contain unlabelled non-PII numbers (amounts, claim/order",
        "  numbers, years, unrelated appointment dates) next to the PII.",
        "- Negatives contain amounts, times, dates that are not birth dates, reference/",
        "  order/claim numbers (said with their reference word), flights, rooms, meter",
        "  readings, model numbers, ages, speeds, percentages; nothing in them may be redacted.",
        "",
        "## Counts",
        "",
        "Positive cases: %d; negative cases: %d." % (npos, nneg),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    lines += ["| %s | %d |" % (t, ct[t]) for t in TYPES]
    lines += ["", "Never use this set for tuning.", ""]
    return "\n".join(lines)


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv[1:]:
        probs, ct, npos, nneg = check(cases, text)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, ct[t]))
        if probs:
            for p in probs[:200]:
                print("PROBLEM:", p)
            print("FAILED: %d problems" % len(probs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    probs, ct, npos, nneg = check(cases, text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(ct, npos, nneg))
    print("wrote %s (%d positive, %d negative)" % (OUT, npos, nneg))


if __name__ == "__main__":
    main()

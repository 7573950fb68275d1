#!/usr/bin/env python3
"""Generate the held-out PII redaction set pii_holdout191 (standard library only).

python scripts/make_pii_holdout191.py          -> writes tests/fixtures/pii_holdout191/{cases.jsonl,README.md}
python scripts/make_pii_holdout191.py --check  -> regenerates in memory, verifies file identical + validates labels
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 191241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout191")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ZEROS = ["zero", "oh", "o", "nought", "zero", "oh"]
HOMO = {"two": ["to", "too", "two", "two"], "four": ["for", "four", "four"], "eight": ["ate", "eight", "eight", "eight"]}


def dword(d, zero=None, homo=0.0):
    if d == "0":
        return zero or R.choice(ZEROS)
    w = DW[int(d)]
    if w in HOMO and R.random() < homo:
        return R.choice(HOMO[w])
    return w


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DW[b]


def say(digits, pair_p=0.0, rep_p=0.35, homo=0.0, hundred_p=0.0, zero=None, fill_p=0.0):
    """Speak a digit string the way a caller/ASR would."""
    out = []
    i = 0
    n = len(digits)
    z = zero or R.choice(ZEROS)
    while i < n:
        d = digits[i]
        if hundred_p and i + 2 < n + 0 and i + 3 <= n and d != "0" and R.random() < hundred_p:
            nxt = digits[i + 1:i + 3]
            if nxt == "00" and i + 3 == n:
                out.append(DW[int(d)] + " hundred")
                i += 3
                continue
            if nxt[0] != "0" and nxt[1] != "0":
                out.append(DW[int(d)] + " hundred" + R.choice([" and ", " "]) + pair_words(nxt))
                i += 3
                continue
        if i + 2 < n and digits[i + 1] == d and digits[i + 2] == d and R.random() < rep_p:
            out.append("triple " + dword(d, z))
            i += 3
            continue
        if i + 1 < n and digits[i + 1] == d and R.random() < rep_p:
            out.append("double " + dword(d, z))
            i += 2
            continue
        if pair_p and i + 1 < n and d != "0" and digits[i + 1] != "0" and R.random() < pair_p:
            out.append(pair_words(digits[i:i + 2]))
            i += 2
            continue
        out.append(dword(d, z, homo))
        i += 1
        if fill_p and i < n and R.random() < fill_p:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


NATO = {"f": "foxtrot", "i": "india", "o": "oscar", "q": "quebec", "u": "uniform", "v": "victor", "a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf", "h": "hotel",
        "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"f": "freddie", "i": "ivy", "o": "orange", "q": "queenie", "u": "umbrella", "v": "victor", "a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "g": "george", "h": "harry",
        "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nelly", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
HOMOLET = {"a": "eh", "b": "bee", "c": "see", "e": "e", "j": "jay", "k": "kay", "p": "pee", "r": "are",
           "t": "tee", "y": "why"}


def say_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "folk":
        return c + " as in " + FOLK[c]
    if style == "homo" and c in HOMOLET:
        return HOMOLET[c]
    return c


# ---------------------------------------------------------------- normaliser (used by --check)
UNITS = {w: i for i, w in enumerate(DW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "to": 2, "too": 2, "for": 4, "ate": 8})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
FILL = {"um", "uh", "er", "erm", "and", "dash", "space", "hyphen", "sorry", "like", "then"}
LETW = {}
for _d in (NATO, FOLK):
    for _k, _v in _d.items():
        LETW[_v.replace("-", "")] = _k
HOMOW = {v: k for k, v in HOMOLET.items()}


def normalise(text, letters=False):
    """Spoken/typed value -> compact upper-case alnum string."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z]+|\d", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w)
        elif letters and len(w) == 1 and nx in ("for", "as") and i + 2 < len(toks) and (toks[i + 2] in LETW or toks[i + 2] == "in"):
            out.append(w.upper())
            i += 1
            if nx == "as":
                i += 1
            i += 1  # skip the phonetic word
        elif letters and w in HOMOW and w not in UNITS:
            out.append(HOMOW[w].upper())
        elif w in ("double", "triple") and nx is not None and nx in UNITS:
            out.append(str(UNITS[nx]) * (2 if w == "double" else 3))
            i += 1
        elif w == "hundred":
            # previous digit already emitted
            rest = toks[i + 1:]
            j = 0
            while j < len(rest) and rest[j] == "and":
                j += 1
            if j < len(rest) and rest[j] in TEENW:
                out.append(str(TEENW[rest[j]]))
                i += j + 1
            elif j < len(rest) and rest[j] in TENW:
                tv = TENW[rest[j]]
                if j + 1 < len(rest) and rest[j + 1] in UNITS and UNITS[rest[j + 1]] != 0 and rest[j + 1] not in ("o", "oh"):
                    out.append(str(tv * 10 + UNITS[rest[j + 1]]))
                    i += j + 2
                else:
                    out.append(str(tv * 10))
                    i += j + 1
            else:
                out.append("00")
        elif w in TEENW:
            out.append(str(TEENW[w]))
        elif w in TENW:
            if nx in UNITS and nx not in ("oh", "o", "zero", "nought", "for", "to", "too", "ate") and UNITS[nx] != 0:
                out.append(str(TENW[w] * 10 + UNITS[nx]))
                i += 1
            else:
                out.append(str(TENW[w] * 10))
        elif w in UNITS:
            out.append(str(UNITS[w]))
        elif letters and len(w) == 1:
            out.append(w.upper())
        elif letters and w.isalpha() and w not in FILL and len(w) <= 2:
            out.append(w.upper())
        elif letters and re.fullmatch(r"[a-z]+", w) and w not in FILL and w not in LETW:
            out.append(w.upper())
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2:
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


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NIRE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]


def validate(typ, raw_pieces):
    raw = " ".join(raw_pieces)
    if typ == "CARD_NUMBER":
        d = normalise(raw)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), d
    if typ == "SSN":
        d = normalise(raw)
        return d.isdigit() and len(d) == 9, d
    if typ == "NI_NUMBER":
        d = normalise(raw, letters=True)
        return bool(NIRE.match(d)), d
    if typ == "SORT_CODE":
        d = normalise(raw)
        return d.isdigit() and len(d) == 6, d
    if typ == "CVV":
        d = normalise(raw)
        return d.isdigit() and len(d) in (3, 4), d
    if typ == "BANK_ACCOUNT":
        d = normalise(raw)
        return d.isdigit() and 8 <= len(d) <= 12, d
    if typ == "PHONE":
        d = normalise(raw.replace("+", " "))
        return d.isdigit() and 10 <= len(d) <= 13, d
    if typ == "IBAN":
        d = normalise(raw, letters=True)
        return iban_ok(d), d
    if typ == "EMAIL":
        t = raw.lower()
        t = re.sub(r"\s+dot\s+", ".", t)
        t = re.sub(r"\s+at\s+", "@", t)
        t = re.sub(r"\s+(underscore)\s+", "_", t)
        t = t.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", t)), t
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(-\d{4})?", raw.strip()):
            return True, raw
        d = normalise(raw, letters=True)
        if d.isdigit() and len(d) in (5, 9):
            return True, d
        return bool(UKPC.match(d)), d
    if typ == "EXPIRY":
        t = raw.lower()
        ok = bool(re.search(r"\d", t)) or any(m in t for m in MONTHS) or normalise(t).isdigit()
        return ok and len(normalise(t)) >= 2, t
    if typ == "DOB":
        t = raw.lower()
        return len(normalise(t)) >= 2, t
    if typ == "ADDRESS":
        t = raw.lower()
        ok = bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|twelve|teen|ty", t)) and bool(
            re.search(r"street|road|avenue|lane|drive|close|way|court|crescent|terrace|boulevard|place|st\b|rd\b|ave\b|blvd|park|gardens|row|hill", t))
        return ok, t
    return False, raw


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.40:
        return luhn_complete("4", 16)
    if k < 0.65:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if k < 0.77:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.85:
        return luhn_complete("6011", 16)
    if k < 0.92:
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if k < 0.96:
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6304", "6759", "4"]), 19)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc in ("GB", "IE"):
        bb = R.choice(["NWBK", "BARC", "AIBK", "BOFI", "MIDL", "LOYD"]) + dg(14)
    elif cc == "DE":
        bb = dg(18)
    elif cc == "NL":
        bb = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "FR":
        bb = dg(23)
    else:
        bb = dg(20)
    return iban_make(cc, bb)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def dg(n, first_nonzero=True):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


FIRST = ["sarah", "james", "priya", "liam", "aoife", "tomasz", "maria", "kevin", "niamh", "olu", "grace",
         "dmitri", "hannah", "conor", "fatima", "jose", "emily", "raj", "siobhan", "marcus"]
LAST = ["oconnor", "patel", "smith", "kowalski", "nguyen", "walsh", "okafor", "garcia", "brennan", "murphy",
        "schmidt", "hughes", "khan", "dubois", "evans"]
DOMS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "eircom.net", "icloud.com", "btinternet.com",
        "protonmail.com", "aol.com", "web.de"]
STREETS = ["Maple", "Church", "Station", "Victoria", "Elm", "High", "Park", "Mill", "Oak", "Kingsway",
           "Cedar", "Willow", "Harbour", "Queen", "Lincoln", "Sycamore", "Meadow"]
STYPES = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Way", "Court", "Crescent", "Terrace"]
PCL = "ABDEFGHJLNPQRSTUWXYZ"


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + f[0]])
    return user + "@" + R.choice(DOMS)


def speak_email(e):
    user, dom = e.split("@")
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"(\d+)", lambda m: " " + say(m.group(1), pair_p=0.6) + " ", u)
    u = re.sub(r"\s+", " ", u).strip()
    return u + " at " + dom.replace(".", " dot ")


def gen_ukpc():
    area = R.choice(["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "BS", "CR", "OX", "N", "E", "W", "DN", "PL"])
    dist = str(R.randint(1, 19)) if len(area) == 1 or R.random() < 0.5 else str(R.randint(1, 9))
    return area + dist + " " + str(R.randint(0, 9)) + R.choice(PCL) + R.choice(PCL)


def speak_ukpc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(dword(ch, "zero"))
        else:
            out.append(say_letter(ch, "nato" if ch == "O" else R.choice(["plain", "plain", "nato", "homo"])))
    return " ".join(out)


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


def gen_address(spoken=False):
    n = R.randint(2, 980)
    st = R.choice(STREETS) + " " + R.choice(STYPES)
    if not spoken:
        return str(n) + " " + st
    if n >= 100 and n % 100 >= 11 and R.random() < 0.6:
        s = DW[n // 100] + " " + pair_words("%02d" % (n % 100)) if n % 10 else num_words(n)
    else:
        s = num_words(n)
    return s + " " + st.lower()


def gen_uk_mobile():
    return "07" + dg(9, False)


def gen_us_phone():
    return str(R.randint(201, 989)) + dg(7)


def gen_ie_mobile():
    return "08" + R.choice("35679") + dg(7, False)


def gen_dob():
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def say_year(y):
    s = str(y)
    if s.startswith("200"):
        return "two thousand and " + DW[int(s[3])] if R.random() < 0.6 else "two thousand " + DW[int(s[3])]
    return pair_words(s[:2]) + " " + (pair_words(s[2:]) if s[2] != "0" else "oh " + DW[int(s[3])])


def dob_text(spoken):
    y, m, d = gen_dob()
    if spoken:
        k = R.random()
        if k < 0.4:
            return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
        if k < 0.7:
            return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
        return say("%02d" % d, pair_p=0.5, rep_p=0) + " " + say("%02d" % m, pair_p=0.5, rep_p=0) + " " + say_year(y)
    k = R.random()
    if k < 0.35:
        return "%02d/%02d/%d" % (d, m, y)
    if k < 0.55:
        return "%d-%02d-%02d" % (y, m, d)
    if k < 0.8:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)


def expiry_text(spoken):
    m = R.randint(1, 12)
    y = R.randint(26, 33)
    if spoken:
        k = R.random()
        if k < 0.5:
            return say("%02d" % m, rep_p=0) + " " + pair_words(str(y))
        if k < 0.8:
            return MONTHS[m - 1] + " twenty " + pair_words(str(y))
        return say("%02d" % m, rep_p=0) + " slash " + pair_words(str(y))
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y), "%02d %02d" % (m, y)])


# ---------------------------------------------------------------- case assembly
class G:
    """A span segment: value text, type, optional group id (pieces of one value split across turns)."""

    def __init__(self, text, typ, group=None, frag=False):
        self.text, self.typ, self.group, self.frag = text, typ, group, frag


POS, NEG = [], []
_gid = [0]


def newgroup():
    _gid[0] += 1
    return "g%d" % _gid[0]


def build(kind, note, turns):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, G)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, G):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                key = s.group or newgroup()
                groups.setdefault(key, (s.typ, s.frag, []))[2].append(s.text)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    case = {"kind": kind, "turns": out_turns, "spans": spans, "note": note}
    meta = {"groups": groups}
    (POS if kind == "positive" else NEG).append((case, meta))


def A(*s):
    return ("agent", list(s))


def C(*s):
    return ("customer", list(s))


def pick(*xs):
    return R.choice(xs)


ACK = ["mhm", "okay", "okay go on", "yep", "yeah", "right", "got it", "uh huh", "go ahead", "and the next four"]
CALL_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


# ================================================================ CARD_NUMBER
def card_spoken_one_turn():
    c = gen_card()
    ind = R.choice(CALL_IND)
    style = R.choice(["digits", "pairs", "mixed", "homo", "filler", "andthen"])
    if style == "digits":
        s = say(c, rep_p=0.4)
    elif style == "pairs":
        s = " ".join(say(g, pair_p=1.0, rep_p=0.0) for g in card_groups(c))
    elif style == "mixed":
        s = " ".join(say(g, pair_p=0.5, rep_p=0.3, hundred_p=0.2) for g in card_groups(c))
    elif style == "homo":
        s = say(c, homo=0.8, rep_p=0.2)
    elif style == "andthen":
        s = (" " + pick("then", "and", "and then") + " ").join(say(g, pair_p=0.3) for g in card_groups(c))
    else:
        s = say(c, fill_p=0.15, rep_p=0.2)
    pre = pick("yeah it's ", "okay so it's ", "right um ", "the long number is ", "sure ", "it is ")
    post = pick("", " and that's a visa", " did you get that", " yeah", " that's the one on the front")
    build("positive", "call/%s: card number spoken in one turn (%s)" % (ind, style), [
        A(pick("can i take the long card number please", "what's the sixteen digit number on the card",
               "okay and the card number when you're ready")),
        C(pre, G(s, "CARD_NUMBER"), post)])


def card_split_turns():
    c = gen_card()
    gs = card_groups(c)
    grp = newgroup()
    ind = R.choice(CALL_IND)
    turns = [A(pick("go ahead with the card number", "and the number across the front please"))]
    pair = R.random() < 0.4
    for k, g in enumerate(gs):
        s = say(g, pair_p=0.9 if pair else 0.0, rep_p=0.3)
        lead = pick("", "", "um ", "right ", "then ") if k else pick("", "it's ", "okay ")
        turns.append(C(lead, G(s, "CARD_NUMBER", grp)))
        if k < len(gs) - 1:
            turns.append(A(R.choice(ACK)))
    build("positive", "call/%s: card split over %d customer turns with back-channels%s" % (
        ind, len(gs), ", pairs" if pair else ""), turns)


def card_readback():
    c = gen_card()
    ind = R.choice(CALL_IND)
    s1 = say(c, rep_p=0.2)
    s2 = " ".join(say(g, rep_p=0.5) for g in card_groups(c))
    build("positive", "call/%s: card spoken by customer then read back by agent" % ind, [
        A("and the card number please"),
        C(G(s1, "CARD_NUMBER")),
        A("let me just read that back ", G(s2, "CARD_NUMBER"), " is that right"),
        C(pick("yes that's right", "yep", "that's it yeah"))])


def card_correction():
    c = gen_card()
    gs = card_groups(c)
    ind = R.choice(CALL_IND)
    # customer misreads the third group, then corrects it
    wrong = "".join(str((int(x) + 1) % 10) for x in gs[2])
    first = " ".join(say(g) for g in gs[:2])
    rest = " ".join(say(g) for g in gs[3:])
    build("positive", "call/%s: card with mid-number self-correction (wrong group labelled as fragment)" % ind, [
        A("what's the card number"),
        C(G(first, "CARD_NUMBER", "cc1"), " ", G(say(wrong), "CARD_NUMBER", "ccw", frag=True),
          pick(" no sorry ", " sorry no ", " wait no it's "), G(say(gs[2]), "CARD_NUMBER", "cc1"),
          " ", G(rest, "CARD_NUMBER", "cc1"))])


def card_chat():
    c = gen_card()
    ind = R.choice(["retail", "telecom", "banking", "travel", "utilities", "insurance"])
    style = R.choice(["space", "dash", "none", "dot", "mixed", "odd", "typo_o"])
    gs = card_groups(c)
    if style == "space":
        s = " ".join(gs)
    elif style == "dash":
        s = "-".join(gs)
    elif style == "none":
        s = c
    elif style == "dot":
        s = ".".join(gs)
    elif style == "mixed":
        s = gs[0] + " " + "-".join(gs[1:3]) + "".join(gs[3:])
    elif style == "odd":
        s = "  ".join(gs)
    else:
        s = " ".join(gs).replace("0", "O", 1)
    pre = pick("card number is ", "my card no: ", "heres the card ", "Card: ", "its ", "ok use this one ",
               "Long number on card = ")
    post = pick("", " thx", ". Exp and cvv to follow", " - pls charge the £42.50 today", " (visa debit)")
    build("positive", "chat/%s: card typed (%s separators)" % (ind, style), [
        A("Please enter the card you would like to use."),
        C(pre, G(s, "CARD_NUMBER"), post)])


def card_odd_split():
    c = gen_card()
    grp = newgroup()
    cuts = sorted(R.sample(range(3, len(c) - 2), 2))
    parts = [c[:cuts[0]], c[cuts[0]:cuts[1]], c[cuts[1]:]]
    ind = R.choice(CALL_IND)
    build("positive", "call/%s: card split at irregular points with agent interruptions" % ind, [
        A("card number please"),
        C(G(say(parts[0]), "CARD_NUMBER", grp), pick(" sorry i need my glasses", " hang on")),
        A(pick("no problem take your time", "that's fine")),
        C(pick("right ", "okay so ", ""), G(say(parts[1], pair_p=0.3), "CARD_NUMBER", grp)),
        A(pick("okay", "mhm", "and the rest")),
        C(G(say(parts[2]), "CARD_NUMBER", grp))])


def ni_agent_confirm():
    n = gen_ni()
    grp = newgroup()
    build("positive", "call/government services: agent confirms NI letters phonetically mid-reading (fragment labelled)", [
        A("what's your national insurance number"),
        C(G(say_letter(n[0], "plain") + " " + say_letter(n[1], "homo"), "NI_NUMBER", grp)),
        A("sorry was that ", G(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato"), "NI_NUMBER", frag=True)),
        C("yes ", G(say(n[2:8], pair_p=0.4), "NI_NUMBER", grp), " ", G(say_letter(n[8], "plain"), "NI_NUMBER", grp))])


def card_chat_split():
    c = gen_card()
    gs = card_groups(c)
    grp = newgroup()
    half = len(gs) // 2
    build("positive", "chat/retail: card typed over two messages", [
        A("Go ahead with the card details"),
        C(pick("ok first bit ", "", "sure "), G(" ".join(gs[:half]), "CARD_NUMBER", grp)),
        C(G(" ".join(gs[half:]), "CARD_NUMBER", grp), pick("", " sorry hit enter too soon", " thats the rest"))])


def card_full_details():
    c = gen_card()
    ind = R.choice(CALL_IND)
    cv = dg(3 if len(c) != 15 else 4, False)
    ex = expiry_text(True)
    build("positive", "call/%s: card, expiry and security code in sequence" % ind, [
        A("card number please"),
        C(G(say(c, pair_p=0.3), "CARD_NUMBER")),
        A("and the expiry"),
        C(pick("it's ", "", "expires "), G(ex, "EXPIRY")),
        A("and the three digits on the back"),
        C(G(say(cv, rep_p=0.5), "CVV"), pick("", " yeah"))])


def card_chat_full():
    c = gen_card()
    cv = dg(3 if len(c) != 15 else 4, False)
    ex = expiry_text(False)
    build("positive", "chat/retail: card, expiry, cvv typed in one message", [
        A("Please provide your card details to complete the order #" + dg(7) + "."),
        C(G(" ".join(card_groups(c)), "CARD_NUMBER"),
          pick(" exp ", " expiry ", ", Exp: ", " exp date "), G(ex, "EXPIRY"), pick(" cvv ", " CVC ", ", security code "),
          G(cv, "CVV"))])


# ================================================================ SSN
def ssn_spoken():
    s = gen_ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
    style = R.choice(["digits", "groups", "pairs", "homo", "filler", "hundreds", "dash"])
    a, b, c = s[:3], s[3:5], s[5:]
    if style == "digits":
        t = say(s)
    elif style == "groups":
        t = say(a) + " " + say(b) + " " + say(c)
    elif style == "pairs":
        t = say(a) + " " + say(b, pair_p=1.0, rep_p=0) + " " + say(c, pair_p=1.0, rep_p=0)
    elif style == "homo":
        t = say(s, homo=0.9)
    elif style == "filler":
        t = say(s, fill_p=0.2)
    elif style == "dash":
        t = say(a) + " dash " + say(b) + " dash " + say(c)
    else:
        t = say(a, hundred_p=1.0, pair_p=0.5) + " " + say(b, pair_p=1.0) + " " + say(c, pair_p=1.0, rep_p=0)
    build("positive", "call/%s: SSN spoken (%s)" % (ind, style), [
        A(pick("can i get your social security number", "and the social please", "for verification i need your ssn",
               "what's your social")),
        C(pick("sure it's ", "yeah ", "okay ", "um ", ""), G(t, "SSN"), pick("", " yeah", " that's it"))])


def ssn_split():
    s = gen_ssn()
    grp = newgroup()
    a, b, c = s[:3], s[3:5], s[5:]
    build("positive", "call/insurance: SSN split across three customer turns", [
        A("okay and your social security number"),
        C(pick("okay ", ""), G(say(a), "SSN", grp)),
        A(R.choice(ACK)),
        C(G(say(b, pair_p=0.5), "SSN", grp)),
        A(R.choice(ACK)),
        C(G(say(c, pair_p=0.5), "SSN", grp))])


def ssn_last4_then_full():
    s = gen_ssn()
    ind = R.choice(["banking", "healthcare billing", "insurance"])
    build("positive", "call/%s: caller starts with last four then gives full SSN, agent reads back" % ind, [
        A("can you verify the last four of your social"),
        C(G(say(s[5:]), "SSN", frag=True)),
        A("i'm actually going to need the full number for this one"),
        C("oh okay ", G(say(s, pair_p=0.2), "SSN")),
        A("thank you so that's ", G(say(s[:3]) + " " + say(s[3:5]) + " " + say(s[5:]), "SSN")),
        C("yes")])


def ssn_chat():
    s = gen_ssn()
    ind = R.choice(["banking", "insurance", "government services", "healthcare billing"])
    fmt = R.choice(["dash", "space", "none", "dot", "mixed"])
    if fmt == "dash":
        t = s[:3] + "-" + s[3:5] + "-" + s[5:]
    elif fmt == "space":
        t = s[:3] + " " + s[3:5] + " " + s[5:]
    elif fmt == "none":
        t = s
    elif fmt == "dot":
        t = s[:3] + "." + s[3:5] + "." + s[5:]
    else:
        t = s[:3] + "-" + s[3:5] + " " + s[5:]
    build("positive", "chat/%s: SSN typed (%s)" % (ind, fmt), [
        A("To verify your identity please provide your Social Security number."),
        C(pick("ssn ", "SSN: ", "my social is ", "its ", "ok ", "Social sec # "), G(t, "SSN"),
          pick("", " - also need to update my mailing address", " - claim ref CL" + dg(6) + " btw", " thanks"))])


def ssn_correction():
    s = gen_ssn()
    wrong = s[:5] + "".join(str((int(x) + 3) % 10) for x in s[5:7])
    build("positive", "call/government services: SSN with self-correction, wrong attempt labelled", [
        A("and your social security number"),
        C(G(say(wrong[:7]), "SSN", frag=True), pick(" hang on no ", " sorry let me start again ", " no wait "),
          G(say(s), "SSN"))])


def ssn_with_dob():
    s = gen_ssn()
    build("positive", "call/healthcare billing: SSN and DOB in one turn with chit-chat", [
        A("i'll need your date of birth and social to pull up the account"),
        C(pick("sure i was born ", "okay birthday is "), G(dob_text(True), "DOB"), pick(" and my social is ", " social security is "),
          G(say(s, pair_p=0.3), "SSN"), pick(" sorry it's been a long day", ""))])


# ================================================================ NI_NUMBER
def ni_spoken():
    n = gen_ni()
    ls = R.choice(["plain", "nato", "folk", "homo", "mix"])
    def L(ch):
        return say_letter(ch, R.choice(["plain", "nato", "folk"]) if ls == "mix" else ls)
    digs = n[2:8]
    dstyle = R.choice(["digits", "pairs", "mixed"])
    if dstyle == "digits":
        dt = say(digs, rep_p=0.4)
    elif dstyle == "pairs":
        dt = " ".join(say(digs[i:i + 2], pair_p=1.0, rep_p=0) for i in (0, 2, 4))
    else:
        dt = say(digs, pair_p=0.5)
    t = L(n[0]) + " " + L(n[1]) + " " + dt + " " + L(n[8])
    ind = R.choice(["government services", "banking", "utilities", "insurance"])
    build("positive", "call/%s: UK NI number spoken (letters %s, digits %s)" % (ind, ls, dstyle), [
        A(pick("can i take your national insurance number", "and your n i number please", "what's your national insurance")),
        C(pick("yeah it's ", "", "okay ", "right so "), G(t, "NI_NUMBER"), pick("", " i think", " yeah"))])


def ni_split():
    n = gen_ni()
    grp = newgroup()
    # build with clean groups (agent confirmation does not contain the value)
    build("positive", "call/government services: NI number split across customer turns", [
        A("national insurance number please"),
        C(pick("okay ", "", "um "), G(say_letter(n[0], "plain") + " " + say_letter(n[1], "nato"), "NI_NUMBER", grp)),
        A(pick("mhm", "okay", "yep")),
        C(G(say(n[2:5]), "NI_NUMBER", grp)),
        A(R.choice(ACK)),
        C(G(say(n[5:8]), "NI_NUMBER", grp), pick(" and then ", " and the last letter is "), G(say_letter(n[8], "plain"), "NI_NUMBER", grp))])


def ni_chat():
    n = gen_ni()
    fmt = R.choice(["spaced", "compact", "lower", "dash", "pairs_lower", "dots", "mixedcase", "slash"])
    if fmt == "spaced":
        t = n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    elif fmt == "compact":
        t = n
    elif fmt == "lower":
        t = n.lower()
    elif fmt == "dash":
        t = n[:2] + "-" + n[2:8] + "-" + n[8]
    elif fmt == "pairs_lower":
        t = (n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]).lower()
    elif fmt == "mixedcase":
        t = n[0] + n[1].lower() + n[2:8] + n[8].lower()
    elif fmt == "slash":
        t = n[:2] + "/" + n[2:8] + "/" + n[8]
    else:
        t = n[:2] + "." + n[2:4] + "." + n[4:6] + "." + n[6:8] + "." + n[8]
    ind = R.choice(["government services", "banking", "utilities", "insurance"])
    build("positive", "chat/%s: NI number typed (%s)" % (ind, fmt), [
        A("Could you confirm your National Insurance number?"),
        C(pick("NI: ", "ni no ", "its ", "National insurance number ", "sure - ", "NINO "), G(t, "NI_NUMBER"),
          pick("", " cheers", ". I moved house in 2023 if that matters", " thx"))])


def ni_readback():
    n = gen_ni()
    build("positive", "call/government services: NI spoken then read back by agent with phonetics", [
        A("and your national insurance number"),
        C(G(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + say(n[2:8], pair_p=0.4) + " " + say_letter(n[8], "plain"), "NI_NUMBER")),
        A("thank you so that's ", G(say_letter(n[0], "nato") + " " + say_letter(n[1], "nato") + " " + say(n[2:8], rep_p=0.6) + " " + say_letter(n[8], "nato"), "NI_NUMBER"), " correct?"),
        C(pick("that's right", "yes", "spot on"))])


def ni_correction():
    n = gen_ni()
    # unambiguous version: full restatement after correction
    n2 = n[:8] + ("A" if n[8] != "A" else "B")
    build("positive", "call/banking: NI said with wrong suffix then fully restated", [
        A("your national insurance number please"),
        C(G(say_letter(n2[0], "plain") + " " + say_letter(n2[1], "plain") + " " + say(n2[2:8]) + " " + say_letter(n2[8], "plain"), "NI_NUMBER"),
          pick(" no hang on that's my wife's ", " sorry wrong one mine is "),
          G(say_letter(n[0], "plain") + " " + say_letter(n[1], "plain") + " " + say(n[2:8], pair_p=0.5) + " " + say_letter(n[8], "plain"), "NI_NUMBER"))])


# ================================================================ other types
def bank_details_call():
    sc = dg(6, False)
    acct = dg(8, False)
    scs = R.choice([say(sc), say(sc, pair_p=1.0, rep_p=0), " ".join(say(sc[i:i + 2], pair_p=1, rep_p=0) for i in (0, 2, 4))])
    build("positive", "call/banking: UK sort code and account number spoken", [
        A("what's the sort code and account number"),
        C(pick("sort code is ", "okay sort code "), G(scs, "SORT_CODE"), pick(" and the account number", " and then the account number")),
        A("mhm"),
        C(G(say(acct, pair_p=0.3), "BANK_ACCOUNT"))])


def bank_details_chat():
    sc = dg(6, False)
    acct = dg(R.choice([8, 8, 10, 12]), False)
    sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    build("positive", "chat/utilities: direct debit sort code and account typed", [
        A("To set up the direct debit I'll need the sort code and account number."),
        C(pick("sort ", "s/c ", "Sort code "), G(sct, "SORT_CODE"), pick(" acc ", ", account no. ", " a/c "), G(acct, "BANK_ACCOUNT"))])


def us_account_call():
    acct = dg(R.choice([10, 11, 12]), False)
    build("positive", "call/banking: US checking account number spoken with routing chit-chat", [
        A("and the checking account number"),
        C(pick("it's ", "okay "), G(say(acct, pair_p=0.2, fill_p=0.05), "BANK_ACCOUNT"), " ", pick("the payment was like two hundred dollars", "that's at the credit union"))])


def iban_case():
    ib = R.choice([gen_iban() for _ in range(1)])
    chat = R.random() < 0.55
    if chat:
        t = R.choice([group4(ib), ib, group4(ib).lower()])
        build("positive", "chat/travel: %s IBAN typed for refund" % ib[:2], [
            A("Please send the IBAN for the refund of EUR 340.00."),
            C(pick("IBAN: ", "iban ", "here you go "), G(t, "IBAN"))])
    else:
        out = []
        for ch in ib:
            if ch.isdigit():
                out.append(dword(ch))
            else:
                out.append(say_letter(ch, "nato" if ch == "O" else R.choice(["plain", "plain", "nato"])))
        build("positive", "call/banking: %s IBAN spoken character by character" % ib[:2], [
            A("can you read me the iban"),
            C(pick("yeah it's ", "okay "), G(" ".join(out), "IBAN"))])


def phone_case():
    k = R.choice(["uk", "us", "ie", "ukint", "usint", "ieint"])
    chat = R.random() < 0.45
    if k == "uk":
        p = gen_uk_mobile(); t = p[:5] + " " + p[5:] if chat else say(p, pair_p=0.2)
    elif k == "us":
        p = gen_us_phone(); t = "(%s) %s-%s" % (p[:3], p[3:6], p[6:]) if chat else say(p[:3]) + " " + say(p[3:6]) + " " + say(p[6:], pair_p=0.7)
    elif k == "ie":
        p = gen_ie_mobile(); t = p[:3] + " " + p[3:6] + " " + p[6:] if chat else say(p)
    elif k == "ukint":
        p = gen_uk_mobile(); t = "+44 " + p[1:5] + " " + p[5:] if chat else "plus four four " + say(p[1:])
    elif k == "usint":
        p = gen_us_phone(); t = "+1-" + p[:3] + "-" + p[3:6] + "-" + p[6:] if chat else "plus one " + say(p)
    else:
        p = gen_ie_mobile(); t = "+353 " + p[1:3] + " " + p[3:] if chat else "plus three five three " + say(p[1:], pair_p=0.3)
    ind = R.choice(CALL_IND)
    build("positive", "%s/%s: %s phone number" % ("chat" if chat else "call", ind, k), [
        A("What's the best number to reach you on?" if chat else "what's the best number to call you back on"),
        C(pick("its ", "", "mobile is ", "you can get me on "), G(t, "PHONE"), pick("", " after 5pm", " any time after six"))])


def email_case():
    e = gen_email()
    chat = R.random() < 0.45
    t = e if chat else speak_email(e)
    ind = R.choice(CALL_IND)
    build("positive", "%s/%s: email address" % ("chat" if chat else "call", ind), [
        A("And what email should we send the confirmation to?"),
        C(pick("", "it's ", "email is ", "send it to "), G(t, "EMAIL"), pick("", " please", " thanks"))])


def address_case():
    chat = R.random() < 0.5
    uk = R.random() < 0.6
    addr = gen_address(spoken=not chat)
    pc = gen_ukpc() if uk else gen_zip()
    if not chat:
        pct = speak_ukpc(pc) if uk else say(pc)
    else:
        pct = pc if R.random() < 0.7 else pc.lower()
    town = R.choice(["Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast"] if uk else ["Austin", "Dayton", "Tacoma", "Albany"])
    if not chat:
        town = town.lower()
    build("positive", "%s/%s: street address and %s" % ("chat" if chat else "call", R.choice(CALL_IND), "UK postcode" if uk else "US ZIP"), [
        A("Can I confirm the address on the account?" if chat else "can you confirm the first line of the address and the postcode"),
        C(G(addr, "ADDRESS"), ", " + town + ", " if chat else " in " + town + " ", G(pct, "POSTCODE"))])


def dob_case():
    chat = R.random() < 0.4
    ind = R.choice(CALL_IND)
    build("positive", "%s/%s: date of birth" % ("chat" if chat else "call", ind), [
        A("Could you confirm your date of birth?" if chat else "and can you confirm your date of birth"),
        C(pick("", "yeah it's ", "DOB ", "born on ", "sure "), G(dob_text(not chat), "DOB"))])


def cvv_expiry_case():
    chat = R.random() < 0.4
    cv = dg(3, False)
    ex = expiry_text(not chat)
    build("positive", "%s/retail: expiry and cvv only (card taken earlier)" % ("chat" if chat else "call"), [
        A("Expiry date and the security code on the back?" if chat else "and the expiry date and the three digit code on the back"),
        C(pick("", "okay "), G(ex, "EXPIRY"), pick(" and ", ", cvv ", " code is "), G(cv if chat else say(cv), "CVV"))])


def postcode_only():
    uk = R.random() < 0.6
    if uk:
        pc = gen_ukpc()
        t = speak_ukpc(pc)
    else:
        pc = gen_zip()
        t = say(pc, pair_p=0.3)
    build("positive", "call/utilities: postcode only for address lookup", [
        A("what's the postcode there" if uk else "what's the zip code"),
        C(pick("it's ", "", "um "), G(t, "POSTCODE"))])


def mixed_noise_case():
    c = gen_card()
    build("positive", "call/travel: card number next to booking ref, price and flight number", [
        A("so that's booking reference four seven two nine one and the total is three hundred and twelve pounds"),
        C("okay pay with card ", G(say(c, pair_p=0.25), "CARD_NUMBER"), " and the flight is b a two eight seven")])


def ssn_ni_both():
    s = gen_ssn()
    n = gen_ni()
    build("positive", "call/government services: caller with both US SSN and UK NI number", [
        A("do you have a national insurance number or a us social"),
        C("both actually my ni is ", G(n[0].lower() + " " + n[1].lower() + " " + say(n[2:8]) + " " + n[8].lower(), "NI_NUMBER"),
          " and my social was ", G(say(s), "SSN"))])


# ================================================================ negatives
def neg(note, *turns):
    build("negative", note, list(turns))


def negatives():
    gens = []

    def n_amount():
        a = R.randint(12, 980)
        neg("call/utilities: amount and payment date", A("your balance is " + say_money(a) + " due on the fourteenth of march"),
            C("okay can i pay " + say_money(a // 2) + " now and the rest next week"))

    def n_chat_amount():
        neg("chat/retail: prices and order number", A("Your order #%s totals $%d.%02d." % (dg(8), R.randint(10, 900), R.randint(0, 99))),
            C("ok and the refund of $%d.%02d went back on %d/%d?" % (R.randint(5, 90), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28))))

    def n_ref():
        ref = dg(R.choice([6, 7, 8, 9, 10]))
        neg("call/insurance: claim reference spoken", A("can i have the claim reference"),
            C("yeah it's claim number " + say(ref)))

    def n_ticket():
        neg("chat/telecom: ticket and invoice numbers", A("Thanks, I've raised ticket INC%s." % dg(7)),
            C("Thanks. Invoice %s was also wrong, it showed %d GB not %d GB" % (dg(9), R.randint(2, 50), R.randint(51, 200))))

    def n_flight():
        neg("call/travel: flight, time, gate", A("you're on flight e i " + say(dg(3)) + " departing at " + pick("half ten", "ten fifteen", "six forty five")),
            C("and the return is on the " + ORD[R.randint(1, 28)] + " at " + pick("nine pm", "seven thirty in the morning")))

    def n_meter():
        r = dg(5)
        neg("call/utilities: meter reading", A("can you read me the meter"),
            C("it says " + say(r, pair_p=0.5) + " and the other dial is " + say(dg(4))))

    def n_model():
        neg("chat/retail: model and quantity", C("I bought 3 of the model WX-%s fans at £%d each" % (dg(4), R.randint(20, 90))),
            A("Thanks, model WX-%s is covered for %d months." % (dg(4), R.choice([12, 24, 36]))))

    def n_speed():
        neg("call/telecom: broadband speed and duration", A("you should be getting about " + pair_words(str(R.randint(20, 99))) + " megs"),
            C("i'm getting like " + DW[R.randint(2, 9)] + " and it's been " + pick("three weeks", "about ten days", "forty minutes") + " like this"))

    def n_age():
        neg("call/healthcare billing: age and appointment", A("and how old is the patient"),
            C("she's " + pair_words(str(R.randint(21, 89))) + " and the appointment was on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS)))

    def n_room():
        neg("chat/travel: room number, nights, price", C("Room %d, staying %d nights, rate was €%d per night" % (R.randint(101, 950), R.randint(1, 9), R.randint(80, 300))),
            A("Thanks, your booking ref is %s." % (R.choice("ABCDEFGH") + dg(6))))

    def n_year():
        y = R.randint(1990, 2020)
        neg("call/insurance: years and counts", A("how long have you been with us"),
            C("since " + say_year(y) + " so about " + num_words(2026 - y) + " years and two cars"))

    def n_percent():
        neg("chat/banking: interest rate and balance", A("Your rate is %d.%d%% APR and your balance is £%d,%03d.%02d." % (R.randint(2, 29), R.randint(0, 9), R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))),
            C("Can you drop it to %d%%?" % R.randint(1, 9)))

    def n_temp():
        neg("call/utilities: temperature and boiler pressure", C("the boiler's set to " + pair_words(str(R.randint(40, 75))) + " degrees and the pressure is one point five bar"),
            A("okay and the engineer can come tuesday between eight and twelve"))

    def n_contract():
        neg("chat/telecom: contract start date and term", A("Your contract started %02d/%02d/20%d and runs %d months." % (R.randint(1, 28), R.randint(1, 12), R.randint(19, 25), R.choice([12, 18, 24]))),
            C("so it ends in %s 20%d?" % (R.choice(MONTHS).capitalize(), R.randint(26, 28))))

    def n_order_long():
        neg("call/retail: order number with reference word", A("what's the order number"),
            C("order number " + say(dg(10), pair_p=0.3) + " it was for two pairs of shoes size nine"))

    def n_payment_time():
        neg("call/banking: payment amount and time", C("i made a payment of " + say_money(R.randint(100, 5000)) + " at " + pick("three fifteen", "quarter past two", "eleven o'clock") + " yesterday"),
            A("i can see that it cleared at " + pick("four pm", "five thirty")))

    def n_counts():
        neg("chat/insurance: policy count and excess", C("I have %d policies and the excess is £%d" % (R.randint(2, 5), R.choice([100, 250, 350, 500]))),
            A("Policy ref POL-%s has %d named drivers." % (dg(8), R.randint(1, 4))))

    def n_gov():
        neg("call/government services: case number and duration", A("your case number is " + say(dg(8))),
            C("okay it's been " + pair_words(str(R.randint(12, 60))) + " days since i applied"))

    def n_pin_like_extension():
        neg("call/telecom: extension and minutes", A("i'll put you through to extension " + say(dg(4))),
            C("i've been on hold for " + pair_words(str(R.randint(20, 59))) + " minutes"))

    def n_card_last4_ref():
        neg("chat/healthcare billing: statement amount and visit date", A("Statement %s: visit on %s %d, amount due $%d.%02d" % (dg(7), R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(20, 999), R.randint(0, 99))),
            C("I already paid $%d of that on %d/%d" % (R.randint(10, 99), R.randint(1, 12), R.randint(1, 28))))

    def n_data_usage():
        neg("call/telecom: data usage and bill total", C("it says i used " + pair_words(str(R.randint(11, 99))) + " point " + DW[R.randint(1, 9)] + " gigs this month"),
            A("yes and the bill is " + say_money(R.randint(20, 90)) + " which includes the " + DW[R.randint(2, 9)] + " pound roaming charge"))

    gens = [n_amount, n_chat_amount, n_ref, n_ticket, n_flight, n_meter, n_model, n_speed, n_age, n_room, n_year,
            n_percent, n_temp, n_contract, n_order_long, n_payment_time, n_counts, n_gov, n_pin_like_extension,
            n_card_last4_ref, n_data_usage]
    for k in range(126):
        gens[k % len(gens)]()


def say_money(a):
    if a >= 1000:
        th, rest = divmod(a, 1000)
        s = num_words(th) + " thousand"
        if rest:
            s += " " + num_words(rest)
        return s + " " + R.choice(["pounds", "dollars", "euro"])
    return num_words(a) + " " + R.choice(["pounds", "dollars", "euro", "quid"])


def num_words(a):
    if a < 10:
        return DW[a]
    if a < 100:
        return pair_words("%02d" % a)
    h, r = divmod(a, 100)
    s = DW[h] + " hundred"
    if r:
        s += " and " + num_words(r)
    return s


# ================================================================ main
def generate():
    POS.clear(); NEG.clear(); _gid[0] = 0
    R.seed(SEED)
    plan = [
        (card_spoken_one_turn, 16), (card_split_turns, 8), (card_readback, 4), (card_correction, 3),
        (card_chat, 14), (card_chat_split, 3), (card_odd_split, 6), (ni_agent_confirm, 5), (card_full_details, 8), (card_chat_full, 6), (mixed_noise_case, 3),
        (ssn_spoken, 20), (ssn_split, 5), (ssn_last4_then_full, 3), (ssn_chat, 12), (ssn_correction, 2), (ssn_with_dob, 4),
        (ni_spoken, 18), (ni_split, 5), (ni_chat, 14), (ni_readback, 3), (ni_correction, 3), (ssn_ni_both, 3),
        (bank_details_call, 7), (bank_details_chat, 7), (us_account_call, 4), (iban_case, 14), (phone_case, 16),
        (email_case, 15), (address_case, 16), (dob_case, 10), (cvv_expiry_case, 6), (postcode_only, 5),
    ]
    seq = []
    for fn, n in plan:
        seq += [fn] * n
    for fn in seq:
        fn()
    negatives()
    lines = []
    metas = []
    for i, (c, m) in enumerate(POS, 1):
        c = dict(id="h191-pos-%03d" % i, **c)
        lines.append(c); metas.append(m)
    for i, (c, m) in enumerate(NEG, 1):
        c = dict(id="h191-neg-%03d" % i, **c)
        lines.append(c); metas.append(m)
    text = "".join(json.dumps({k: c[k] for k in ("id", "kind", "turns", "spans", "note")}, ensure_ascii=False) + "\n" for c in lines)
    return lines, metas, text


def counts(lines):
    cnt = Counter(s["type"] for c in lines for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in lines)
    return cnt, npos, len(lines) - npos


def readme(lines):
    cnt, npos, nneg = counts(lines)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout191 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was not shaped against.

## Provenance
Written by an AI helper acting as an independent author. The author did not see the redaction code,
its tests, its docs, the benchmark script or any other fixture set; only a 3-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout191.py` from template functions; every turn is assembled from
plain-text segments and (value, TYPE) segments so offsets are computed, never typed. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible. `--check` regenerates and verifies the file,
ids, offsets, word boundaries, overlap, and validates every value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts, postcode shapes).

## Contents
{npos} positive cases, {nneg} negative cases. Chat (typed, varied separators/case) and call (ASR-style:
lower case, numbers as words, "oh"/"o"/"nought"/"zero" for 0, "double"/"triple", pairs like "forty one",
hundreds like "four hundred and twelve", ASR homophones "to"/"too"/"for"/"ate", fillers "um"/"er" inside readings,
letters spelled "b for bravo" / "b as in bertie" / homophones "bee", "jay").

| type | spans |
|---|---|
{rows}

## Annotation conventions
- A span covers the value only: from the first to the last character of the value, including internal
  separators, spoken filler words and connective words ("double", "hundred and", "for bravo", "slash") that
  occur inside a reading; lead-ins ("it's", "card number is") and trailing chit-chat are outside.
- A value split across several turns is labelled once per turn (each piece its own span with the same type).
- Agent read-backs of a value are labelled too.
- Self-corrections: the wrong attempt is also labelled (it is still the caller's PII, or a fragment of it),
  and the corrected value is labelled separately; correction phrases ("no sorry") are outside spans.
- A caller giving only the last four of an SSN: that fragment is labelled SSN.
- NI numbers: letters + six digits + suffix letter, the whole reading is one span.
- Addresses: house number + street name + street type ("12 Maple Road"); town is not labelled; postcodes/ZIPs
  are separate POSTCODE spans.
- EXPIRY and CVV are only labelled when the context makes them a card expiry/security code. DOB only in
  date-of-birth context. Other dates, amounts, references (with their reference word), flight numbers,
  times, durations, meter readings, counts etc. are never labelled; negative cases contain only such lookalikes.
"""


def check():
    lines, metas, text = generate()
    problems = []
    if not os.path.exists(CASES):
        problems.append("missing " + CASES)
    else:
        with open(CASES, encoding="utf-8") as f:
            if f.read() != text:
                problems.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(lines):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in lines]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c, m in zip(lines, metas):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        per_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": bad turn"); continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(c["id"] + ": offsets out of range"); continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append(c["id"] + ": span not on word boundary: %r" % t[s["start"]:s["end"]])
            if t[s["start"]:s["end"]] != t[s["start"]:s["end"]].strip():
                problems.append(c["id"] + ": span has outer whitespace")
            per_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for ti, iv in per_turn.items():
            iv.sort()
            for a, b in zip(iv, iv[1:]):
                if b[0] < a[1]:
                    problems.append(c["id"] + ": overlapping spans")
        for key, (typ, frag, pieces) in m["groups"].items():
            if frag:
                d = normalise(" ".join(pieces))
                ok = d.isdigit() and 2 <= len(d) <= 19
                if typ == "NI_NUMBER":
                    ok = len(normalise(" ".join(pieces), letters=True)) >= 1
            else:
                ok, d = validate(typ, pieces)
            if not ok:
                problems.append("%s: %s value fails validation: %r -> %r" % (c["id"], typ, pieces, d if not frag else ""))
    cnt, npos, nneg = counts(lines)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    print("pii_holdout191: %d positive, %d negative, %d spans" % (npos, nneg, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("CHECK FAILED (%d problems)" % len(problems))
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    lines, metas, text = generate()
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(lines))
    cnt, npos, nneg = counts(lines)
    print("wrote %s: %d positive, %d negative" % (CASES, npos, nneg))


if __name__ == "__main__":
    main()

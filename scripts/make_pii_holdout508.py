#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout508.

Writes tests/fixtures/pii_holdout508/cases.jsonl and README.md.
Usage:  python scripts/make_pii_holdout508.py [--check]

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments so span offsets are computed, never typed.
"""
import json
import os
import re
import sys
import random

R = random.Random(508241125)
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout508")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------- words
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ORDW = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
        "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
        "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["", "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONABBR = ["", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e", "foxtrot": "f",
        "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j", "kilo": "k", "lima": "l",
        "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q", "romeo": "r", "sierra": "s",
        "tango": "t", "uniform": "u", "victor": "v", "whiskey": "w", "yankee": "y", "zulu": "z"}
NATO_INV = {}
for _w, _l in NATO.items():
    NATO_INV.setdefault(_l, _w)
ALTW = {"a": ["apple", "alpha"], "b": ["bravo", "bertie", "boy"], "c": ["charlie", "cat"], "d": ["delta", "david", "dog"],
        "e": ["echo", "edward"], "g": ["golf", "george"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
        "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mary"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"], "s": ["sierra", "sugar", "sam"],
        "t": ["tango", "tommy"], "w": ["whiskey", "william"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
        "f": ["foxtrot", "freddie"], "u": ["uniform", "uncle"]}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "uhh", "umm"}

# ----------------------------------------------------------------- normaliser


def _parse_small(low, j, n, mode):
    """Parse a 1-99 value at j. returns (value, next) or (None, j)."""
    if j >= n:
        return None, j
    w = low[j]
    if w in TENSW.values():
        t = [k for k, v in TENSW.items() if v == w][0]
        if j + 1 < n and low[j + 1] in UNITW[1:]:
            return t * 10 + UNITW.index(low[j + 1]), j + 2
        return t * 10, j + 1
    for k, v in TEENW.items():
        if v == w:
            return k, j + 1
    if w in UNITW[1:]:
        return UNITW.index(w), j + 1
    return None, j


def zero_words(mode):
    return {"zero", "nought", "nil"} if mode == "email" else {"zero", "oh", "o", "nought", "nil"}


def norm(text, mode):
    toks = re.findall(r"[A-Za-z]+|\d+|\S", text.replace("'", ""))
    low = [t.lower() for t in toks]
    n = len(low)
    out = []
    i = 0
    zw = zero_words(mode)

    def unit(j):
        if j >= n:
            return None
        if low[j] in zw:
            return 0
        if low[j] in UNITW[1:]:
            return UNITW.index(low[j])
        return None
    while i < n:
        w = low[i]
        if w in FILLERS:
            i += 1
            continue
        if mode == "date":
            if w in MONTHS[1:]:
                out.append("%02d" % MONTHS.index(w)); i += 1; continue
            ab = [k for k in range(1, 13) if MONABBR[k].lower() == w or (w == "sept" and k == 9)]
            if ab:
                out.append("%02d" % ab[0]); i += 1; continue
            if w in ("st", "nd", "rd", "th", "of", "the"):
                i += 1; continue
            if w in ORDW[1:]:
                out.append(str(ORDW.index(w))); i += 1; continue
            if w in TENSW.values() and i + 1 < n and low[i + 1] in ORDW[1:10]:
                t = [k for k, v in TENSW.items() if v == w][0]
                out.append(str(t * 10 + ORDW.index(low[i + 1]))); i += 2; continue
            if w == "thirtieth":
                out.append("30"); i += 1; continue
        if mode == "email":
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
            if w in m:
                out.append(m[w]); i += 1; continue
        if mode == "addr":
            m = {"rd": "road", "st": "street", "ave": "avenue", "ln": "lane", "apt": "apartment", "dr": "drive"}
            if w in m:
                out.append(m[w]); i += 1; continue
        if mode in ("num", "date") and w in ("dash", "slash", "hyphen"):
            i += 1; continue
        if w == "plus" and mode == "num":
            out.append("+"); i += 1; continue
        if w in ("double", "triple") and unit(i + 1) is not None:
            out.append(str(unit(i + 1)) * (2 if w == "double" else 3)); i += 2; continue
        if len(w) == 1 and w.isalpha() and i + 2 < n and low[i + 1] == "for" and low[i + 2].startswith(w):
            out.append(w); i += 3; continue
        if len(w) == 1 and w.isalpha() and i + 3 < n and low[i + 1] == "as" and low[i + 2] == "in" and low[i + 3].startswith(w):
            out.append(w); i += 4; continue
        if mode == "num" and w in NATO:
            out.append(NATO[w]); i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        u = unit(i)
        if u is not None and i + 1 < n and low[i + 1] in ("hundred", "thousand"):
            big = low[i + 1]
            j = i + 2
            jj = j + 1 if j < n and low[j] == "and" else j
            rest = 0
            if big == "thousand":
                u2 = unit(jj)
                if u2 and jj + 1 < n and low[jj + 1] == "hundred":
                    k = jj + 2
                    k2 = k + 1 if k < n and low[k] == "and" else k
                    r2, k3 = _parse_small(low, k2, n, mode)
                    rest = u2 * 100 + (r2 or 0)
                    j = k3 if r2 is not None else k
                else:
                    r, j2 = _parse_small(low, jj, n, mode)
                    if r is not None:
                        rest, j = r, j2
                out.append(str(u * 1000 + rest))
            else:
                r, j2 = _parse_small(low, jj, n, mode)
                if r is not None:
                    rest, j = r, j2
                out.append(str(u) + "%02d" % rest)
            i = j
            continue
        if u is not None:
            out.append(str(u)); i += 1; continue
        v, j = _parse_small(low, i, n, mode)
        if v is not None:
            out.append(str(v)); i = j; continue
        out.append(toks[i] if mode == "email" else w)
        i += 1
    return "".join(out)


def key(typ, text):
    if typ in ("DOB", "EXPIRY"):
        return re.sub(r"\D", "", norm(text, "date"))
    if typ == "EMAIL":
        return norm(text, "email").lower()
    if typ == "ADDRESS":
        return re.sub(r"[^a-z0-9]", "", norm(text, "addr").lower())
    s = norm(text, "num")
    if typ == "PHONE":
        return re.sub(r"[^+0-9a-z]", "", s.lower())
    return re.sub(r"[^A-Za-z0-9]", "", s).upper()


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def iban_ok(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][0-9A-Z]?[0-9][A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def date_keys(d, m, y):
    ds = {str(d), "%02d" % d}
    ms = {str(m), "%02d" % m}
    ys = {str(y), "%02d" % (y % 100)}
    out = set()
    for a in ds:
        for b in ms:
            for c in ys:
                out |= {a + b + c, b + a + c, c + b + a}
    return out


def exp_keys(m, y):
    return {a + b for a in (str(m), "%02d" % m) for b in (str(y), "%02d" % (y % 100))}


def valid_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9 and canon[:3] not in ("000", "666") and canon[0] != "9" \
            and canon[3:5] != "00" and canon[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$", canon)) and iban_ok(canon)
    if typ == "PHONE":
        return bool(re.match(r"^\+?[0-9]{10,14}$", canon))
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", canon))
    if typ == "POSTCODE":
        return bool(UK_PC.match(canon)) or bool(re.match(r"^[0-9]{5}([0-9]{4})?$", canon))
    if typ == "ADDRESS":
        return bool(re.match(r"^(flat|apartment|unit)?[0-9]", canon)) and bool(
            re.search(r"(road|street|avenue|lane|drive|close|way|grove|crescent|terrace|place|court|boulevard|row)", canon))
    if typ in ("DOB", "EXPIRY"):
        return True
    return False

# ----------------------------------------------------------------- case building


class V(object):
    def __init__(self, typ, canon, date=None):
        self.typ, self.canon, self.date = typ, canon, date


def lab(v, text, role="full"):
    return (v, text, role)


def T(speaker, *segs):
    return (speaker, list(segs))


ALL = []
META = []


def case(kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple):
                v, text, role = s
                assert text == text.strip() and text, repr(text)
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": v.typ})
                meta.append((v, role))
                buf += text
            else:
                buf += s
        out_turns.append({"speaker": spk, "text": buf})
    if kind == "positive":
        assert spans, note
    else:
        assert not spans, note
    idx = sum(1 for c in ALL if c["kind"] == kind) + 1
    cid = "h508-%s-%03d" % ("pos" if kind == "positive" else "neg", idx)
    ALL.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(meta)

# ----------------------------------------------------------------- value generators


def rd(k):
    return "".join(str(R.randint(0, 9)) for _ in range(k))


def luhn_complete(prefix, length):
    body = prefix + rd(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.choice(["v16", "v16", "v16", "m16", "m16", "m2", "a15", "d16", "v13", "v19", "m16"])
    if k == "v16":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if k == "m16":
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if k == "m2":
        return luhn_complete(str(R.randint(2221, 2720)), 16), [4, 4, 4, 4]
    if k == "a15":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if k == "d16":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k == "v13":
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete("4", 19), [4, 4, 4, 4, 3]


def chunks(s, groups):
    out, p = [], 0
    for g in groups:
        out.append(s[p:p + g]); p += g
    return out


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "CE", "JH", "KL", "NP", "PR", "SW", "TZ", "WL", "YM", "JX", "EW", "HS", "LB", "MA", "RT", "GY", "ZE"]


def gen_ni():
    return R.choice(NI_PRE) + rd(6) + R.choice("ABCD")


def gen_sort():
    return "%02d" % R.randint(1, 99) + rd(4)


def iban_make(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    ck = 98 - int(num) % 97
    return cc + "%02d" % ck + bban


def gen_iban(country=None):
    c = country or R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if c == "GB":
        return iban_make("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + rd(8))
    if c == "IE":
        return iban_make("IE", R.choice(["AIBK", "BOFI", "IPBS"]) + gen_sort() + rd(8))
    if c == "DE":
        return iban_make("DE", rd(18))
    if c == "NL":
        return iban_make("NL", R.choice(["ABNA", "INGB", "RABO"]) + rd(10))
    if c == "FR":
        return iban_make("FR", rd(23))
    return iban_make("ES", rd(20))


def gen_phone(country):
    if country == "US":
        return "+1" + str(R.randint(201, 989)) + "555" + "01" + rd(2)
    if country == "IE":
        return "+353" + R.choice(["83", "85", "86", "87", "89"]) + rd(7)
    if country == "EU":
        return R.choice(["+49151", "+33612", "+34612", "+31612"]) + rd(7)
    return "+447" + R.choice(["700", "911", "824", "517", "983", "400"]) + rd(6)


FIRST = ["sarah", "tom", "priya", "liam", "aoife", "mark", "kate", "jamal", "nina", "ruth", "dev", "grace",
         "niamh", "carl", "maria", "hugo", "ellen", "sean", "fatima", "gareth", "lucy", "marek", "chen", "bridget"]
LAST = ["walsh", "patel", "murphy", "khan", "brown", "okafor", "schmidt", "nguyen", "byrne", "dubois", "hughes",
        "garcia", "kowalski", "reilly", "evans", "lindqvist", "mensah", "carter"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "icloud.com", "hotmail.ie", "web.de",
           "proton.me", "eircom.net", "aol.com", "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(DOMAINS)
    form = R.choice(["f.l", "fl", "f_l", "f.lNN", "fiLNN", "l.f", "fNN"])
    nn = str(R.randint(11, 99))
    while "0" in nn:
        nn = str(R.randint(11, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "f.lNN": f + "." + l + nn,
             "fiLNN": f[0] + l + nn, "l.f": l + "." + f, "fNN": f + nn}[form]
    return local + "@" + d, (f, l, nn, d, form)


STREETS = ["Elm", "Maple", "Station", "Church", "Victoria", "Mill", "Park", "Kings", "Queens", "Highfield",
           "Cedar", "Willow", "Harbour", "Lincoln", "Pine", "Riverside", "Chapel", "Beech", "Ashgrove", "Meadow",
           "Albert", "Castle", "Glebe", "Hawthorn"]
SUFF_UK = ["Road", "Street", "Lane", "Close", "Avenue", "Crescent", "Terrace", "Grove", "Way", "Drive"]
SUFF_US = ["Street", "Avenue", "Boulevard", "Drive", "Lane", "Court", "Place"]


def gen_address(country):
    st = R.choice(STREETS)
    if country == "US":
        num = R.randint(12, 989)
        if num % 100 < 10:
            num += 11
        suf = R.choice(SUFF_US)
        flat = R.choice([None, None, None, R.randint(2, 19)])
        return (num, st, suf, flat, "apt")
    num = R.randint(1, 199)
    suf = R.choice(SUFF_UK)
    flat = R.choice([None, None, None, R.randint(1, 19)])
    return (num, st, suf, flat, "flat")


def addr_canon(a):
    num, st, suf, flat, fw = a
    c = "%d%s%s" % (num, st, suf)
    if flat:
        c = (c + "apartment%d" % flat) if fw == "apt" else ("flat%d" % flat + c)
    return c.lower()


UK_AREAS = ["M", "B", "L", "G", "E", "N", "W", "SW", "SE", "NW", "EC", "LS", "BS", "CF", "EH", "BT", "CB", "RG",
            "GU", "NG", "DE", "PL", "CV", "LE", "S", "BN"]
UNITL = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if R.random() < 0.8 else str(R.randint(1, 9)) + R.choice("ABEHMNPRW")
    return a + d + str(R.randint(1, 9)) + R.choice(UNITL) + R.choice(UNITL)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.3:
        z += "%04d" % R.randint(1, 9999)
    return z


def gen_dob():
    return (R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2006))


def gen_exp():
    return (R.randint(1, 12), R.randint(2025, 2031))

# ----------------------------------------------------------------- renderers


class Style(object):
    def __init__(self):
        self.zero = R.choice(["oh", "oh", "zero", "nought", "o"])
        self.doubles = R.random() < 0.6
        self.pairs = R.random() < 0.4
        self.fill = R.random() < 0.35


def pair_words(n):
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n]
    return TENSW[n // 10] + ("" if n % 10 == 0 else " " + UNITW[n % 10])


def dw(c, st):
    return st.zero if c == "0" else UNITW[int(c)]


def speak_digits(s, st, hundreds=False):
    words = []
    i = 0
    if hundreds and len(s) == 3 and s[0] != "0" and s[2] != "0" and s[1] != "0" and R.random() < 0.6:
        return UNITW[int(s[0])] + " hundred and " + pair_words(int(s[1:]))
    while i < len(s):
        if st.pairs and i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0" and R.random() < 0.45:
            words.append(pair_words(int(s[i:i + 2]))); i += 2
        elif st.doubles and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2]:
            words.append("triple " + dw(s[i], st)); i += 3
        elif st.doubles and i + 1 < len(s) and s[i] == s[i + 1]:
            words.append("double " + dw(s[i], st)); i += 2
        else:
            words.append(dw(s[i], st)); i += 1
        if st.fill and i < len(s) and R.random() < 0.12:
            words.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(words)


def speak_letter(c, nato_p=0.5):
    c = c.lower()
    r = R.random()
    if c == "o":
        return R.choice(["o for oscar", "oscar", "o as in orange"])
    if r < nato_p and c in ALTW:
        w = R.choice(ALTW[c])
        return R.choice(["%s for %s", "%s as in %s", "%s for %s"]) % (c, w)
    if r < nato_p + 0.15 and c in NATO_INV:
        return NATO_INV[c]
    return c


def speak_alnum(s, st, nato_p=0.5):
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(speak_digits(buf, st)); buf = ""
            out.append(speak_letter(ch, nato_p))
    if buf:
        out.append(speak_digits(buf, st))
    return " ".join(out)


def type_digits(s, groups, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", " ", "."])
    return sep.join(chunks(s, groups))


def odd_groups(n):
    g = []
    while sum(g) < n:
        g.append(min(R.choice([2, 3, 4, 5, 6]), n - sum(g)))
    return g


def year_words(y):
    if 1900 <= y < 2000:
        yy = y % 100
        return "nineteen " + (pair_words(yy) if yy >= 10 else "oh " + UNITW[yy])
    if y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + UNITW[y % 10])
    return R.choice(["twenty " + pair_words(y % 100), "two thousand and " + pair_words(y % 100)])


def ord_words(d):
    if d <= 20:
        return ORDW[d]
    if d == 30:
        return "thirtieth"
    return TENSW[d // 10] + " " + ORDW[d % 10]


def render_dob(dt, spoken, us=False):
    d, m, y = dt
    if spoken:
        f = R.choice(["dom", "mod", "num", "dom", "ord_of", "slash"])
        if f == "dom":
            return "%s of %s %s" % (ord_words(d), MONTHS[m], year_words(y))
        if f == "mod":
            return "%s %s %s" % (MONTHS[m], R.choice(["the ", ""]) + ord_words(d), year_words(y))
        if f == "ord_of":
            return "the %s of the %s %s" % (ord_words(d), ord_words(m), pair_words(y % 100) if y % 100 >= 10 else year_words(y))
        z = R.choice(["oh", "zero"])
        dd = pair_words(d) if d >= 10 else z + " " + UNITW[d]
        mm = pair_words(m) if m >= 10 else z + " " + UNITW[m]
        if us:
            dd, mm = mm, dd
        sep = " slash " if f == "slash" else " "
        return dd + sep + mm + sep + year_words(y)
    f = R.choice(["dmy", "dmy2", "dot", "long", "iso", "short"]) if not us else R.choice(["mdy", "mdy", "long_us", "iso", "mdy2"])
    if f == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "dmy2":
        return "%d/%d/%02d" % (d, m, y % 100)
    if f == "dot":
        return "%02d.%02d.%d" % (d, m, y)
    if f == "long":
        suf = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, MONTHS[m].capitalize(), y)
    if f == "short":
        return "%d %s %d" % (d, MONABBR[m], y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    if f == "mdy2":
        return "%d-%d-%02d" % (m, d, y % 100)
    return "%s %d, %d" % (MONTHS[m].capitalize(), d, y)


def render_exp(e, spoken):
    m, y = e
    if spoken:
        f = R.choice(["name", "num", "num4", "slash"])
        z = R.choice(["oh", "zero", "nought"])
        mm = pair_words(m) if m >= 10 else z + " " + UNITW[m]
        if f == "name":
            return "%s %s" % (MONTHS[m], R.choice([pair_words(y % 100), "twenty " + pair_words(y % 100)]))
        if f == "num4":
            return mm + " twenty " + pair_words(y % 100)
        if f == "slash":
            return mm + " slash " + pair_words(y % 100)
        return mm + " " + pair_words(y % 100)
    return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%d/%02d", "%02d / %02d"]) % (m, y % 100) \
        if R.random() < 0.8 else "%02d/%d" % (m, y)


def render_phone(p, spoken):
    if p.startswith("+1"):
        a, b, c = p[2:5], p[5:8], p[8:]
        if not spoken:
            return R.choice(["+1 (%s) %s-%s", "%s %s-%s", "%s-%s-%s", "+1 %s %s %s", "%s.%s.%s"]) % (a, b, c) \
                if True else None
    if not spoken:
        if p.startswith("+44"):
            rest = p[3:]
            return R.choice(["+44 %s %s" % (rest[:4], rest[4:]), "0%s %s" % (rest[:4], rest[4:]),
                             "0%s%s" % (rest[:4], rest[4:]), "+447%s-%s" % (rest[1:4], rest[4:]),
                             "0044 %s %s %s" % (rest[:4], rest[4:7], rest[7:])])
        if p.startswith("+353"):
            rest = p[4:]
            return R.choice(["+353 %s %s %s" % (rest[:2], rest[2:5], rest[5:]), "0%s %s %s" % (rest[:2], rest[2:5], rest[5:]),
                             "0%s-%s" % (rest[:2], rest[2:])])
        return p[:3] + " " + p[3:6] + " " + p[6:]
    st = Style()
    if p.startswith("+1"):
        body = p[2:]
        pre = R.choice(["plus one ", "one ", ""])
        return pre + speak_digits(body[:3], st) + ", " + speak_digits(body[3:6], st) + ", " + speak_digits(body[6:], st)
    if p.startswith("+44"):
        rest = p[3:]
        if R.random() < 0.5:
            return "plus four four " + speak_digits(rest[:4], st) + " " + speak_digits(rest[4:], st)
        return speak_digits("0" + rest[:4], st) + " " + speak_digits(rest[4:], st)
    if p.startswith("+353"):
        rest = p[4:]
        if R.random() < 0.5:
            return "plus three five three " + speak_digits(rest[:2], st) + " " + speak_digits(rest[2:], st)
        return speak_digits("0" + rest[:2], st) + " " + speak_digits(rest[2:], st)
    return "plus " + speak_digits(p[1:3], st) + " " + speak_digits(p[3:], st)


def phone_canon_of(text, p):
    k = key("PHONE", text)
    return k


def render_email(e, parts, spoken):
    local, dom = e.split("@")
    if not spoken:
        t = local + "@" + dom
        r = R.random()
        if r < 0.25:
            t = t[0].upper() + t[1:]
        elif r < 0.35:
            t = local.title() + "@" + dom.capitalize()
        elif r < 0.42:
            t = t.upper()
        return t
    f, l, nn, d, form = parts

    def sp_name(x):
        if R.random() < 0.3:
            return " ".join(x)
        return x
    nnw = pair_words(int(nn)) if R.random() < 0.6 else " ".join(UNITW[int(c)] for c in nn)
    loc = {"f.l": sp_name(f) + " dot " + sp_name(l), "fl": sp_name(f) + " " + sp_name(l),
           "f_l": f + " underscore " + l, "f.lNN": f + " dot " + l + " " + nnw,
           "fiLNN": speak_letter(f[0], 0.6) + " " + sp_name(l) + " " + nnw, "l.f": l + " dot " + f,
           "fNN": f + " " + nnw}[form]
    return loc + " at " + dom.replace(".", " dot ")


def render_pc(pc, spoken, st=None):
    if pc.isdigit():
        if not spoken:
            return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        st = st or Style()
        return speak_digits(pc[:5], st) + ("" if len(pc) == 5 else " dash " + speak_digits(pc[5:], st))
    out, inw = pc[:-3], pc[-3:]
    if not spoken:
        t = R.choice([out + " " + inw, out + " " + inw, out + inw, out + "  " + inw])
        return t.lower() if R.random() < 0.3 else t
    st = st or Style()
    st.pairs = False
    return speak_alnum(out, st, 0.3) + R.choice([" ", ", "]) + speak_alnum(inw, st, 0.3)


def render_addr(a, spoken):
    num, st, suf, flat, fw = a
    if not spoken:
        s2 = suf
        if R.random() < 0.3:
            s2 = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr"}.get(suf, suf)
        core = "%d %s %s" % (num, st, s2)
        if R.random() < 0.2:
            core = core.lower()
        if flat:
            if fw == "apt":
                return core + R.choice([", Apt %d", " Apt %d", ", Apartment %d"]) % flat
            return R.choice(["Flat %d, ", "flat %d ", "Flat %d "]) % flat + core
        return core
    stl = st.lower()
    if num < 100:
        nw = pair_words(num)
    elif R.random() < 0.5 and num % 100 >= 10 and num % 10 != 0:
        nw = UNITW[num // 100] + " " + pair_words(num % 100)
    else:
        nw = UNITW[num // 100] + " hundred" + ("" if num % 100 == 0 else " and " + pair_words(num % 100))
    core = "%s %s %s" % (nw, stl, suf.lower())
    if flat:
        if fw == "apt":
            return core + " apartment " + pair_words(flat)
        return "flat " + pair_words(flat) + ", " + core
    return core

# ----------------------------------------------------------------- contexts


ORGS = [
    ("banking", "Northgate Bank", "UK"), ("banking", "Liberty Federal Credit Union", "US"),
    ("banking", "Hausbank Direkt", "EU"), ("banking", "Shannon Savings", "IE"),
    ("telecom", "Skyline Mobile", "UK"), ("telecom", "Emerald Telecom", "IE"), ("telecom", "Bluewave Wireless", "US"),
    ("utilities", "Brightwater Energy", "UK"), ("utilities", "Pacific Gas and Power", "US"),
    ("retail", "Harlow and Finch", "UK"), ("retail", "ShopRight", "US"), ("retail", "Modehaus Online", "EU"),
    ("insurance", "Anchor Insurance", "IE"), ("insurance", "Keystone Mutual", "US"), ("insurance", "Castlegate Cover", "UK"),
    ("travel", "AeroLink Airways", "EU"), ("travel", "Railbook UK", "UK"), ("travel", "SunTrail Holidays", "IE"),
    ("healthcare billing", "St Anne's Billing Office", "US"), ("healthcare billing", "MedPay Services", "US"),
    ("government", "Council Tax Helpline", "UK"), ("government", "State Motor Vehicles Office", "US"),
    ("government", "Pension Service", "UK"),
]
US_ORGS = [o for o in ORGS if o[2] == "US"]
UK_ORGS = [o for o in ORGS if o[2] == "UK"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "carry on", "ok go ahead"]
HOLD = ["sorry, can you hold on one second, the dog's going mad", "hang on, I need my glasses",
        "just a sec, it's in my other bag", "sorry, bear with me, the kids are shouting",
        "hold on, I'm just pulling over"]


def greet(org):
    return R.choice(["Thanks for calling %s, how can I help?", "You're through to %s, what can I do for you today?",
                     "%s, you're speaking with Dana, how can I help?", "Hi, welcome to %s chat support."]) % org[1]


def bk():
    return R.choice(BACK)


def lower_voice(s):
    return s.lower().replace(",", "").replace(".", "").replace("?", "").replace("!", "") if s else s


# ----------------------------------------------------------------- positive templates

def p_card_chat(org):
    num, groups = gen_card()
    v = V("CARD_NUMBER", num)
    g = groups if R.random() < 0.7 else odd_groups(len(num))
    cardtxt = type_digits(num, g)
    e = gen_exp(); ve = V("EXPIRY", "", e)
    c = rd(4 if len(num) == 15 else 3); vc = V("CVV", c)
    lead = R.choice(["card no: ", "Card number is ", "its ", "cc# ", "the long number is ", "card: "])
    turns = [T("agent", greet(org)),
             T("customer", "i want to pay my bill, " + lead, lab(v, cardtxt), R.choice([" exp ", " expiry ", " exp date "]),
               lab(ve, render_exp(e, False)), R.choice([" cvv ", " security code ", " sec code: ", " cvc "]), lab(vc, c))]
    if R.random() < 0.5:
        turns.append(T("agent", "Thanks. Just to confirm, that's the card ending ", lab(v, num[-4:], "sub"), "?"))
        turns.append(T("customer", "yes thats right"))
    case("positive", turns, "%s chat: card, expiry and CVV typed in one message" % org[0])


def p_card_voice_chunks(org):
    num, groups = gen_card()
    v = V("CARD_NUMBER", num)
    st = Style()
    cs = chunks(num, groups)
    turns = [T("agent", lower_voice(greet(org))), T("customer", "yeah i'd like to make a payment please"),
             T("agent", "no problem can i take the long number across the front of the card")]
    first = True
    for ch in cs:
        if first:
            turns.append(T("customer", R.choice(["it's ", "okay it's ", "right so ", ""]), lab(v, speak_digits(ch, st), "pA")))
            first = False
        else:
            turns.append(T("customer", lab(v, speak_digits(ch, st), "pA")))
        turns.append(T("agent", bk()))
    turns[-1] = T("agent", "thank you so that's ", lab(v, speak_digits(num, Style())), " is that right")
    turns.append(T("customer", R.choice(["yes", "that's it", "yeah spot on"])))
    if R.random() < 0.6:
        e = gen_exp(); ve = V("EXPIRY", "", e)
        turns.append(T("agent", "and the expiry date"))
        turns.append(T("customer", R.choice(["", "it's ", "um "]), lab(ve, render_exp(e, True))))
    case("positive", turns, "%s call: card read in chunks with back-channels then full read-back" % org[0])


def p_card_correction(org):
    num, groups = gen_card()
    v = V("CARD_NUMBER", num)
    st = Style()
    cs = chunks(num, groups)
    gi = R.randrange(1, len(cs))
    wrong = list(cs[gi]); pos = R.randrange(len(wrong))
    wrong[pos] = str((int(wrong[pos]) + R.randint(1, 8)) % 10); wrong = "".join(wrong)
    readback = "".join(cs[:gi]) + wrong + "".join(cs[gi + 1:])
    turns = [T("agent", lower_voice(greet(org))),
             T("customer", "hi i need to update the card on my account the number is ", lab(v, speak_digits(num, st))),
             T("agent", "let me read that back to you ", lab(v, speak_digits(readback, Style()), "loose")),
             T("customer", R.choice(["no sorry ", "not quite ", "ah no "]),
               R.choice(["the %s group is " % ["first", "second", "third", "fourth", "last"][min(gi, 4)], "it's "]),
               lab(v, speak_digits(cs[gi], st), "sub"), R.choice(["", " not " + speak_digits(wrong, st)])),
             T("agent", R.choice(["apologies ", "sorry about that ", "my mistake "]), "so ",
               lab(v, speak_digits(cs[gi], Style()), "sub"), R.choice([" got it", " lovely"])),
             T("customer", "yeah")]
    # fix the 'not WRONG' labelled text if present
    t = turns[3]
    segs = t[1]
    if segs[-1].startswith(" not "):
        wtxt = segs[-1][5:]
        segs[-1] = " not "
        segs.append(lab(v, wtxt, "loose"))
    if R.random() < 0.5:
        turns.append(T("agent", "and that's a card ending ", lab(v, speak_digits(num[-4:], Style()), "sub"), " in the name of mr ", R.choice(LAST)))
        turns.append(T("customer", "correct"))
    case("positive", turns, "%s call: agent read-back has one wrong digit, caller corrects that group" % org[0])


def p_card_hold(org):
    num, groups = gen_card()
    v = V("CARD_NUMBER", num)
    st = Style()
    cut = R.choice([4, 6, 8]) if len(num) >= 15 else 4
    turns = [T("agent", lower_voice(greet(org))),
             T("customer", "i'm paying for the order on the card ", lab(v, speak_digits(num[:cut], st), "pA"), " um " + R.choice(HOLD).lower()),
             T("agent", R.choice(["no rush", "that's fine take your time", "of course"])),
             T("customer", "okay sorry where was i"),
             T("agent", "you'd said ", lab(v, speak_digits(num[:cut], Style()), "sub")),
             T("customer", "right then ", lab(v, speak_digits(num[cut:], st), "pA"))]
    if R.random() < 0.6:
        c = rd(4 if len(num) == 15 else 3); vc = V("CVV", c)
        turns.append(T("agent", "and the three digits on the back"))
        turns.append(T("customer", lab(vc, speak_digits(c, st, hundreds=True))))
    case("positive", turns, "%s call: card reading interrupted by a hold, agent repeats the first part" % org[0])


def p_card_for_other(org):
    num, groups = gen_card()
    v = V("CARD_NUMBER", num)
    st = Style()
    who = R.choice(["my husband", "my wife", "my mum", "my son", "my partner", "my dad"])
    cs = chunks(num, groups)
    turns = [T("agent", lower_voice(greet(org))),
             T("customer", "hiya it's %s's card he's just reading it out to me" % who if "wife" not in who and "mum" not in who
               else "hiya it's %s's card she's just reading it out to me" % who),
             T("agent", "that's fine as long as they're happy for you to use it go ahead")]
    half = len(cs) // 2
    turns.append(T("customer", R.choice(["he says ", "okay ", "so "]), lab(v, speak_digits("".join(cs[:half]), st), "pA"),
                   " ... what? oh sorry ", lab(v, speak_digits("".join(cs[half:]), st), "pA")))
    turns.append(T("agent", "can i just check the middle bit was that ", lab(v, speak_digits("".join(cs[1:3]) if len(cs) > 2 else cs[1], Style()), "sub")))
    turns.append(T("customer", "yes"))
    e = gen_exp(); ve = V("EXPIRY", "", e)
    turns.append(T("customer", "and the expiry is ", lab(ve, render_exp(e, True))))
    case("positive", turns, "%s call: caller reads out a relative's card, agent confirms a middle section" % org[0])


def p_ssn_voice(org):
    s = gen_ssn(); v = V("SSN", s); st = Style()
    mode = R.choice(["whole", "piece", "split", "correct"])
    turns = [T("agent", lower_voice(greet(org)) + " can i have your social security number to verify")]
    if mode == "whole":
        turns.append(T("customer", R.choice(["sure it's ", "yeah ", "okay um "]), lab(v, speak_digits(s[:3], st, True) + " " + speak_digits(s[3:5], st) + " " + speak_digits(s[5:], st))))
        turns.append(T("agent", "thank you and just the last four again ", lab(v, speak_digits(s[5:], Style()), "sub")))
        turns.append(T("customer", "yes"))
    elif mode == "piece":
        turns[0] = T("agent", lower_voice(greet(org)) + " i'll need your social, can you give me the first three")
        turns += [T("customer", lab(v, speak_digits(s[:3], st, True), "pA")),
                  T("agent", "and the middle two"), T("customer", lab(v, speak_digits(s[3:5], st), "pA")),
                  T("agent", "and the last four"), T("customer", lab(v, speak_digits(s[5:], st), "pA")),
                  T("agent", "so that's ", lab(v, speak_digits(s, Style())), " perfect")]
    elif mode == "split":
        turns += [T("customer", "it's ", lab(v, speak_digits(s[:5], st), "pA"), " hold on let me check my card"),
                  T("agent", bk()), T("customer", "okay ", lab(v, speak_digits(s[5:], st), "pA"))]
    else:
        bad = s[:7] + str((int(s[7]) + 3) % 10) + s[8]
        turns += [T("customer", lab(v, speak_digits(bad, st), "loose"), " no wait sorry i always mess that up it's ",
                    lab(v, speak_digits(s, st))),
                  T("agent", "okay ", lab(v, speak_digits(s, Style())), " got it")]
    case("positive", turns, "%s call: SSN (%s)" % (org[0], mode))


def p_ssn_chat(org):
    s = gen_ssn(); v = V("SSN", s)
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s", "%s - %s - %s"])
    t = f % (s[:3], s[3:5], s[5:])
    lead = R.choice(["SSN: ", "ssn# ", "my social is ", "Social Security No. ", "ss number ", "last 9 of my SSN are jk, full SSN "])
    turns = [T("agent", greet(org) + " For security, please confirm your SSN and date of birth.")]
    d = gen_dob(); vd = V("DOB", "", d)
    turns.append(T("customer", lead, lab(v, t), R.choice([" dob ", ", DOB: ", " and born "]), lab(vd, render_dob(d, False, True))))
    if R.random() < 0.5:
        turns.append(T("agent", "Thanks, I've matched SSN ending ", lab(v, s[5:], "sub"), "."))
    case("positive", turns, "%s chat: typed SSN and DOB" % org[0])


def p_ni_voice(org):
    ni = gen_ni(); v = V("NI_NUMBER", ni); st = Style(); st.pairs = R.random() < 0.5
    mode = R.choice(["whole", "split", "correct_letter", "readback"])
    turns = [T("agent", lower_voice(greet(org)) + " can i take your national insurance number")]
    if mode == "whole":
        turns.append(T("customer", R.choice(["yeah it's ", "it's ", "um ", ""]), lab(v, speak_alnum(ni, st))))
    elif mode == "split":
        turns += [T("customer", lab(v, speak_alnum(ni[:4], st), "pA")), T("agent", bk()),
                  T("customer", lab(v, speak_alnum(ni[4:8], st), "pA")), T("agent", bk()),
                  T("customer", "and then ", lab(v, speak_alnum(ni[8], st), "pA"), " at the end")]
    elif mode == "correct_letter":
        wrong = [c for c in "ABCD" if c != ni[8]][R.randrange(3)]
        turns += [T("customer", lab(v, speak_alnum(ni[:8] + wrong, st), "loose")),
                  T("agent", "so ending in ", lab(v, speak_letter(wrong, 0.9), "loose")),
                  T("customer", "oh no sorry it's ", lab(v, speak_letter(ni[8], 0.9), "sub"), " not ", lab(v, wrong.lower(), "loose"),
                    " so ", lab(v, speak_alnum(ni, st)))]
    else:
        turns += [T("customer", lab(v, speak_alnum(ni, st))),
                  T("agent", "let me just read that back ", lab(v, speak_alnum(ni, Style(), 0.9))),
                  T("customer", "that's the one")]
    case("positive", turns, "%s call: NI number (%s)" % (org[0], mode))


def p_ni_chat(org):
    ni = gen_ni(); v = V("NI_NUMBER", ni)
    f = R.choice(["plain", "sp", "low", "lowsp", "mixed"])
    t = {"plain": ni, "sp": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "low": ni.lower(),
         "lowsp": ("%s %s %s" % (ni[:2], ni[2:8], ni[8])).lower(), "mixed": ni[:2].lower() + ni[2:]}[f]
    lead = R.choice(["NI no: ", "my NINO is ", "ni number ", "National Insurance: ", "N.I. "])
    turns = [T("agent", greet(org)), T("customer", "hi, " + lead, lab(v, t), R.choice([" thanks", "", " - need to update my address"]))]
    if R.random() < 0.5:
        a = gen_address("UK"); va = V("ADDRESS", addr_canon(a)); pc = gen_uk_pc(); vp = V("POSTCODE", pc)
        turns.append(T("agent", "And the new address?"))
        turns.append(T("customer", lab(va, render_addr(a, False)), ", " + R.choice(["Leeds", "Bristol", "Cardiff", "Belfast", "Norwich"]) + " ",
                       lab(vp, render_pc(pc, False))))
    case("positive", turns, "%s chat: NI number typed" % org[0])


def p_bank_uk(org):
    sc = gen_sort(); vs = V("SORT_CODE", sc); acct = rd(8); va = V("BANK_ACCOUNT", acct)
    spoken = R.random() < 0.6
    if spoken:
        st = Style()
        sct = R.choice([speak_digits(sc, st), pair_words(int(sc[:2])) + " " + pair_words(int(sc[2:4])) + " " + pair_words(int(sc[4:]))
                        if "0" not in sc[::2] else speak_digits(sc, st)])
        turns = [T("agent", "for the direct debit i need the sort code and account number"),
                 T("customer", "sort code ", lab(vs, sct)), T("agent", bk()),
                 T("customer", "account number ", lab(va, speak_digits(acct[:4], st), "pA"), " ", lab(va, speak_digits(acct[4:], st), "pA"))]
        bad = acct[:3] + str((int(acct[3]) + 1) % 10) + acct[4:]
        if R.random() < 0.5:
            turns += [T("agent", "so that's ", lab(va, speak_digits(bad, Style()), "loose")),
                      T("customer", "no the fourth digit is ", lab(va, dw(acct[3], st), "sub")),
                      T("agent", "sorry ", lab(va, speak_digits(acct, Style())), " and sort code ", lab(vs, speak_digits(sc, Style())))]
        else:
            turns += [T("agent", "reading back sort code ", lab(vs, speak_digits(sc, Style())), " account ", lab(va, speak_digits(acct, Style())))]
        turns.append(T("customer", "yes"))
    else:
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [T("agent", greet(org)),
                 T("customer", R.choice(["sort code ", "S/C: ", "sc "]), lab(vs, sct), R.choice([" acct no: ", " a/c ", ", account number "]), lab(va, acct))]
    case("positive", turns, "%s: UK sort code and account number" % org[0])


def p_bank_us(org):
    acct = rd(R.choice([9, 10, 11, 12])); va = V("BANK_ACCOUNT", acct)
    st = Style()
    turns = [T("agent", lower_voice(greet(org)) + " what account do you want the refund sent to"),
             T("customer", "checking account ", lab(va, speak_digits(acct, st))),
             T("agent", "the last few again?"),
             T("customer", lab(va, speak_digits(acct[-5:], st), "sub")),
             T("agent", "thanks i have ", lab(va, type_digits(acct, odd_groups(len(acct)), " ") if False else speak_digits(acct, Style())))]
    case("positive", turns, "%s call: US bank account with partial repeat" % org[0])


def p_iban(org):
    c = {"UK": "GB", "IE": "IE", "EU": R.choice(["DE", "NL", "FR", "ES"])}.get(org[2], R.choice(["DE", "IE"]))
    ib = gen_iban(c); v = V("IBAN", ib)
    if R.random() < 0.55:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if R.random() < 0.6 else ib
        if R.random() < 0.3:
            t = t.lower()
        turns = [T("agent", greet(org)), T("customer", R.choice(["IBAN: ", "please refund to iban ", "my IBAN is "]), lab(v, t))]
        case("positive", turns, "%s chat: IBAN typed" % org[0])
        return
    st = Style(); st.pairs = False
    turns = [T("agent", "can you give me the iban please"),
             T("customer", lab(v, speak_alnum(ib[:8], st, 0.4), "pA")), T("agent", bk()),
             T("customer", lab(v, speak_alnum(ib[8:16], st, 0.4), "pA")), T("agent", R.choice(["hang on ... okay go on", "mhm"])),
             T("customer", lab(v, speak_alnum(ib[16:], st, 0.4), "pA")),
             T("agent", "so ", lab(v, speak_alnum(ib, Style(), 0.2))), T("customer", "perfect")]
    case("positive", turns, "%s call: IBAN read in three parts, agent reads back" % org[0])


def p_phone(org):
    p = gen_phone(org[2] if org[2] in ("US", "IE", "EU") else "UK"); v = V("PHONE", p)
    if R.random() < 0.4:
        t = render_phone(p, False)
        kv = V("PHONE", key("PHONE", t))
        turns = [T("agent", greet(org)), T("customer", R.choice(["best number is ", "tel: ", "call me on ", "mob "]), lab(kv, t))]
        case("positive", turns, "%s chat: phone number typed" % org[0])
        return
    t = render_phone(p, True); kv = V("PHONE", key("PHONE", t))
    mode = R.choice(["plain", "readback", "correct"])
    turns = [T("agent", "and what's the best contact number"), T("customer", R.choice(["it's ", "yeah ", "um "]), lab(kv, t))]
    if mode == "readback":
        turns += [T("agent", "let me repeat that ", lab(kv, render_phone(key("PHONE", t), True) if False else t)), T("customer", "yep")]
    elif mode == "correct":
        ks = kv.canon
        turns += [T("agent", "and the end bit was ", lab(kv, speak_digits(ks[-4:], Style()), "sub")),
                  T("customer", "no ", lab(kv, speak_digits(ks[-3:], Style()), "sub"), " at the end ... actually no you're right sorry")]
    case("positive", turns, "%s call: phone number (%s)" % (org[0], mode))


def p_email(org):
    e, parts = gen_email(); v = V("EMAIL", e)
    if R.random() < 0.4:
        turns = [T("agent", greet(org)), T("customer", R.choice(["email: ", "my email's ", "Email address - ", "send it to "]), lab(v, render_email(e, parts, False)))]
        case("positive", turns, "%s chat: email typed" % org[0])
        return
    t = render_email(e, parts, True)
    loc, dom = t.split(" at ")
    if R.random() < 0.5:
        turns = [T("agent", "what email should we send the confirmation to"),
                 T("customer", lab(v, loc, "pA")), T("agent", bk()), T("customer", lab(v, "at " + dom, "pA")),
                 T("agent", "so ", lab(v, render_email(e, parts, True)), " all lower case?"), T("customer", "yes")]
    else:
        turns = [T("agent", "and the email address on the account"),
                 T("customer", R.choice(["it's ", "should be ", ""]), lab(v, t)),
                 T("agent", "is that ", lab(v, e), " as in one word"), T("customer", "yeah")]
    case("positive", turns, "%s call: email spelled out" % org[0])


def p_dob(org):
    d = gen_dob(); v = V("DOB", "", d); us = org[2] == "US"
    turns = [T("agent", "can you confirm your date of birth"),
             T("customer", R.choice(["", "it's ", "yeah ", "um "]), lab(v, render_dob(d, True, us)))]
    if R.random() < 0.6:
        turns += [T("agent", "thanks that's ", lab(v, render_dob(d, True, us))), T("customer", "yes")]
    if R.random() < 0.4:
        turns.append(T("agent", "lovely and you're " + pair_words(2025 - d[2]) + " so no age discount applies"))
    case("positive", turns, "%s call: DOB with read-back" % org[0])


def p_address(org):
    country = "US" if org[2] == "US" else "UK"
    a = gen_address(country); va = V("ADDRESS", addr_canon(a))
    pc = gen_zip() if country == "US" else gen_uk_pc(); vp = V("POSTCODE", pc)
    town = R.choice(["Springfield", "Dayton", "Austin"] if country == "US" else ["Leeds", "Swansea", "Derby", "Glasgow", "Brighton"])
    sp = R.random() < 0.6
    turns = [T("agent", "what's the first line of the address and the %s" % ("zip" if country == "US" else "postcode")),
             T("customer", lab(va, render_addr(a, sp)), (" " if sp else ", ") + town + (" " if sp else ", "), lab(vp, render_pc(pc, sp)))]
    if R.random() < 0.6:
        turns += [T("agent", "and the postcode again" if country == "UK" else "and the zip again"),
                  T("customer", lab(vp, render_pc(pc, True))),
                  T("agent", "perfect i've got ", lab(va, render_addr(a, True)))]
    case("positive", turns, "%s: address and %s" % (org[0], "zip" if country == "US" else "postcode"))


def p_transfer(org):
    d = gen_dob(); vd = V("DOB", "", d); us = org[2] == "US"
    pc = gen_zip() if us else gen_uk_pc(); vp = V("POSTCODE", pc)
    turns = [T("agent", "before i transfer you can i get your date of birth"),
             T("customer", lab(vd, render_dob(d, True, us))),
             T("agent", "and your %s" % ("zip code" if us else "postcode")),
             T("customer", lab(vp, render_pc(pc, True))),
             T("agent", "thanks putting you through to billing now please hold"),
             T("agent", "hi you're through to billing can i just re-verify date of birth"),
             T("customer", "i just gave it, ", lab(vd, render_dob(d, True, us))),
             T("agent", "sorry it doesn't carry over and the %s" % ("zip" if us else "postcode")),
             T("customer", lab(vp, render_pc(pc, True)))]
    if us and R.random() < 0.7:
        s = gen_ssn(); vs = V("SSN", s)
        turns += [T("agent", "and last step your social"), T("customer", lab(vs, speak_digits(s, Style())))]
    elif not us and R.random() < 0.7:
        ni = gen_ni(); vn = V("NI_NUMBER", ni)
        turns += [T("agent", "and your national insurance number"), T("customer", lab(vn, speak_alnum(ni, Style())))]
    case("positive", turns, "%s call: verification repeated after transfer" % org[0])


def p_idv_combo(org):
    e, parts = gen_email(); ve = V("EMAIL", e)
    p = gen_phone(org[2] if org[2] in ("US", "IE", "EU") else "UK")
    t = render_phone(p, False); vp = V("PHONE", key("PHONE", t))
    d = gen_dob(); vd = V("DOB", "", d)
    turns = [T("agent", greet(org)),
             T("customer", "Hi I'm locked out. Email " + R.choice(["", "is "]), lab(ve, render_email(e, parts, False)),
               ", phone ", lab(vp, t), ", d.o.b. ", lab(vd, render_dob(d, False, org[2] == "US")))]
    case("positive", turns, "%s chat: email, phone and DOB in one line" % org[0])


def p_card_other_cvv_chat(org):
    num, groups = gen_card(); v = V("CARD_NUMBER", num)
    t = type_digits(num, groups, R.choice([" ", "-", ""]))
    bad = list(num); k = R.randrange(len(num)); bad[k] = str((int(bad[k]) + 2) % 10); bad = "".join(bad)
    tb = type_digits(bad, groups, " ")
    turns = [T("agent", greet(org)),
             T("customer", "card " , lab(v, tb, "loose")),
             T("customer", "sorry typo, it's ", lab(v, t)),
             T("agent", "No worries. And the expiry and CVV?")]
    e = gen_exp(); ve = V("EXPIRY", "", e); c = rd(4 if len(num) == 15 else 3); vc = V("CVV", c)
    turns.append(T("customer", lab(ve, render_exp(e, False)), " and ", lab(vc, c)))
    case("positive", turns, "%s chat: card typed with a typo then re-sent" % org[0])


POS_T = [(p_card_chat, 6), (p_card_voice_chunks, 6), (p_card_correction, 6), (p_card_hold, 4), (p_card_for_other, 4),
         (p_card_other_cvv_chat, 3), (p_ssn_voice, 5), (p_ssn_chat, 4), (p_ni_voice, 6), (p_ni_chat, 4), (p_bank_uk, 3),
         (p_bank_us, 2), (p_iban, 3), (p_phone, 4), (p_email, 4), (p_dob, 3), (p_address, 4), (p_transfer, 3), (p_idv_combo, 2)]

# ----------------------------------------------------------------- negative templates


def n_order_luhn(org):
    num, groups = gen_card()
    lbl = R.choice(["order number", "tracking number", "reference number", "claim number", "booking reference", "invoice number"])
    st = Style()
    if R.random() < 0.5:
        turns = [T("agent", "can i take the %s" % lbl), T("customer", speak_digits(num[:8], st)), T("agent", bk()),
                 T("customer", speak_digits(num[8:], st)), T("agent", "thanks that's %s %s" % (lbl, speak_digits(num, Style())))]
    else:
        turns = [T("agent", greet(org)), T("customer", "%s %s - it hasn't arrived" % (lbl.capitalize(), type_digits(num, groups, R.choice([" ", "-", ""]))))]
    case("negative", turns, "%s: long %s read like a card" % (org[0], lbl))


def n_amounts(org):
    a = R.randint(12, 980); c = R.randint(1, 99)
    cur = R.choice(["pounds", "dollars", "euros"])
    turns = [T("agent", "your balance is %s %s and %s cents, minimum payment %s" % (pair_words(a) if a < 100 else UNITW[a // 100] + " hundred and " + pair_words(max(a % 100, 11)), cur, pair_words(c), pair_words(R.randint(20, 99)))),
             T("customer", "and the last bill was %d.%02d right? it went up like %d percent" % (a, c, R.randint(3, 40))),
             T("agent", "yes that was %s on the %s of %s" % ("$%d.%02d" % (a + 7, c), ord_words(R.randint(1, 28)), MONTHS[R.randint(1, 12)]))]
    case("negative", turns, "%s: amounts, percentages and payment date" % org[0])


def n_last4(org):
    l4 = rd(4); st = Style()
    turns = [T("agent", "i can see a card ending %s on the account is that the one you want to use" % speak_digits(l4, st)),
             T("customer", "yeah the one ending " + R.choice([l4, speak_digits(l4, st)])),
             T("agent", "great the payment of %d.%02d will go on %s the %s" % (R.randint(10, 400), R.randint(0, 99), R.choice(["monday", "friday"]), ord_words(R.randint(1, 28))))]
    case("negative", turns, "%s: card last-four only" % org[0])


def n_times(org):
    turns = [T("agent", "we're open eight till eight monday to friday and nine to five on saturdays"),
             T("customer", "okay i waited like forty five minutes last time, it's %s degrees in here" % pair_words(R.randint(21, 35))),
             T("agent", "sorry about that the wait is about %d minutes now, appointment is at %d:%02d on %d %s %d" % (R.randint(5, 40), R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(1, 28), MONABBR[R.randint(1, 12)], R.randint(2025, 2026)))]
    case("negative", turns, "%s: opening hours, durations, temperature, appointment" % org[0])


def n_meter(org):
    r1 = rd(R.choice([5, 6])); ser = rd(R.choice([9, 10, 11]))
    st = Style()
    turns = [T("agent", "can you read me the meter"), T("customer", "meter reading is " + speak_digits(r1, st)),
             T("agent", "and the serial number on the meter"), T("customer", "serial " + R.choice([ser, speak_digits(ser, st)])),
             T("agent", "thanks that's %s kilowatt hours since the last reading" % pair_words(R.randint(11, 99)))]
    case("negative", turns, "%s: meter reading and meter serial" % org[0])


def n_travel(org):
    fl = R.choice(["EI", "BA", "LH", "FR", "AF"]) + str(R.randint(100, 9999))
    turns = [T("customer", "my flight %s was cancelled, seat %d%s, gate B%d" % (fl, R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60))),
             T("agent", "I can rebook on %s departing %d:%02d, booking reference %s" % (R.choice(["EI", "BA", "LH"]) + str(R.randint(100, 999)), R.randint(6, 22), R.choice([5, 20, 40]), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
             T("customer", "and the hotel room was %d for %s nights" % (R.randint(100, 999), R.choice(["two", "three", "four"])))]
    case("negative", turns, "%s: flight, seat, gate, room, booking ref" % org[0])


def n_policy_like_ni(org):
    ref = R.choice(NI_PRE) + rd(6) + R.choice("ABCD")
    lbl = R.choice(["policy number", "claim reference", "case ID", "ticket"])
    st = Style()
    sp = R.random() < 0.5
    t = speak_alnum(ref, st) if sp else ref
    turns = [T("agent", "what's the %s" % lbl), T("customer", "%s is %s" % (lbl, t)),
             T("agent", "thanks, %s %s, i've found it" % (lbl, t))]
    case("negative", turns, "%s: %s shaped like an NI number" % (org[0], lbl))


def n_ssn_like(org):
    s = gen_ssn()
    lbl = R.choice(["invoice number", "member ID", "model number", "account reference", "order"])
    t = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, speak_digits(s, Style())])
    turns = [T("customer", "hi about %s %s" % (lbl, t)), T("agent", "the %s %s, yes i see it, that's %s items totalling %d dollars" % (lbl, t, pair_words(R.randint(2, 19)), R.randint(20, 900)))]
    case("negative", turns, "%s: nine-digit %s" % (org[0], lbl))


def n_road(org):
    r = R.choice(STREETS) + " " + R.choice(SUFF_UK)
    turns = [T("customer", "there's roadworks on %s so the engineer couldn't get through" % r),
             T("agent", "okay, engineers cover %s and the %s area, next slot is %s at %s o'clock" % (r, R.choice(["north", "east", "city centre"]), R.choice(["tuesday", "thursday"]), pair_words(R.randint(1, 12))))]
    case("negative", turns, "%s: road names without house numbers, times" % org[0])


def n_counts(org):
    y = R.randint(1990, 2024)
    turns = [T("customer", "i've been a customer since %d, i'm %d years old and i've got %d phones on the plan" % (y, R.randint(20, 90), R.randint(2, 6))),
             T("agent", "thanks for staying with us %s years, your contract started %s and runs %d months, renewal on %02d/%02d/%d" % (pair_words(min(2025 - y, 35)) if 2025 - y >= 10 else UNITW[2025 - y], year_words(R.randint(2018, 2024)), R.choice([12, 18, 24]), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))]
    case("negative", turns, "%s: years, ages, counts, contract dates" % org[0])


def n_serial(org):
    ser = "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(12))
    imei = luhn_complete("35", 15)
    turns = [T("agent", "can i have the serial number of the router"), T("customer", "SN: %s, model %s-%d" % (ser, R.choice(["HX", "TP", "ZR"]), R.randint(100, 9999))),
             T("agent", "and the IMEI of the handset"), T("customer", "IMEI %s" % R.choice([imei, speak_digits(imei, Style())]))]
    case("negative", turns, "%s: serial, model and Luhn-valid IMEI" % org[0])


def n_ref_chunks(org):
    ref = rd(R.choice([12, 14, 16, 18]))
    st = Style()
    turns = [T("agent", "have you got the payment reference from the letter"),
             T("customer", "yes the reference is " + speak_digits(ref[:6], st)), T("agent", "go on"),
             T("customer", speak_digits(ref[6:], st)),
             T("agent", "and sorry one more time, reference " + speak_digits(ref, Style())),
             T("customer", "yes")]
    case("negative", turns, "%s: payment reference read in chunks like a card" % org[0])


NEG_T = [(n_order_luhn, 4), (n_amounts, 2), (n_last4, 3), (n_times, 2), (n_meter, 2), (n_travel, 2), (n_policy_like_ni, 3),
         (n_ssn_like, 3), (n_road, 1), (n_counts, 2), (n_serial, 2), (n_ref_chunks, 3)]


def pick(tlist):
    tot = sum(w for _, w in tlist)
    r = R.uniform(0, tot)
    for f, w in tlist:
        r -= w
        if r <= 0:
            return f
    return tlist[-1][0]


def org_for(f):
    name = f.__name__
    if "ssn" in name and "like" not in name:
        return R.choice(US_ORGS)
    if "ni_" in name:
        return R.choice(UK_ORGS)
    if name == "p_bank_uk":
        return R.choice(UK_ORGS + [o for o in ORGS if o[2] == "IE"])
    if name == "p_bank_us":
        return R.choice(US_ORGS)
    return R.choice(ORGS)


def build():
    del ALL[:]
    del META[:]
    R.seed(508241125)
    for f, _ in POS_T:  # every template at least twice
        f(org_for(f)); f(org_for(f))
    while sum(1 for c in ALL if c["kind"] == "positive") < 215:
        f = pick(POS_T); f(org_for(f))
    cnt = counts()
    while cnt["CARD_NUMBER"] < 75 or cnt["SSN"] < 32 or cnt["NI_NUMBER"] < 32 or min(cnt.values()) < 12:
        need = [t for t in TYPES if cnt[t] < 12]
        if cnt["CARD_NUMBER"] < 75:
            f = R.choice([p_card_chat, p_card_voice_chunks, p_card_correction, p_card_hold])
        elif cnt["SSN"] < 32:
            f = R.choice([p_ssn_voice, p_ssn_chat])
        elif cnt["NI_NUMBER"] < 32:
            f = R.choice([p_ni_voice, p_ni_chat])
        else:
            t = need[0]
            f = {"CVV": p_card_chat, "EXPIRY": p_card_chat, "BANK_ACCOUNT": p_bank_uk, "SORT_CODE": p_bank_uk,
                 "IBAN": p_iban, "PHONE": p_phone, "EMAIL": p_email, "DOB": p_dob, "POSTCODE": p_address,
                 "ADDRESS": p_address}[t]
        f(org_for(f))
        cnt = counts()
    for f, _ in NEG_T:
        f(org_for(f))
    while sum(1 for c in ALL if c["kind"] == "negative") < 110:
        f = pick(NEG_T); f(org_for(f))
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in ALL)
    return lines


def counts():
    c = dict((t, 0) for t in TYPES)
    for cs in ALL:
        for s in cs["spans"]:
            c[s["type"]] += 1
    return c

# ----------------------------------------------------------------- check


def check_all():
    errs = []
    ids = set()
    for cs, meta in zip(ALL, META):
        if cs["id"] in ids:
            errs.append("dup id " + cs["id"])
        ids.add(cs["id"])
        if cs["kind"] == "negative" and cs["spans"]:
            errs.append(cs["id"] + " negative with spans")
        by_turn = {}
        groups = {}
        for s, (v, role) in zip(cs["spans"], meta):
            tx = cs["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                errs.append("%s offsets out of range" % cs["id"]); continue
            val = tx[s["start"]:s["end"]]
            if not (val[0].isalnum() or val[0] == "+") or not val[-1].isalnum():
                errs.append("%s span edge %r" % (cs["id"], val))
            if (s["start"] > 0 and tx[s["start"] - 1].isalnum()) or (s["end"] < len(tx) and tx[s["end"]].isalnum()):
                errs.append("%s span not on word boundary %r" % (cs["id"], val))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            k = key(v.typ, val)
            if v.typ in ("DOB", "EXPIRY"):
                ok = k in (date_keys(*v.date) if v.typ == "DOB" else exp_keys(*v.date))
                if role != "full" or not ok:
                    errs.append("%s bad %s %r -> %r" % (cs["id"], v.typ, val, k))
                continue
            canon = v.canon.lower() if v.typ in ("EMAIL", "ADDRESS", "PHONE") else v.canon.upper()
            if not valid_canon(v.typ, canon if v.typ in ("EMAIL", "ADDRESS", "PHONE") else v.canon):
                errs.append("%s invalid canonical %s %s" % (cs["id"], v.typ, v.canon))
            kk = k.lower() if v.typ in ("EMAIL", "ADDRESS", "PHONE") else k
            numeric = v.typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT")
            if numeric and not kk.isdigit():
                errs.append("%s non-digit %s %r -> %r" % (cs["id"], v.typ, val, kk))
            if role == "full":
                if kk != canon:
                    errs.append("%s mismatch %s %r -> %r != %r" % (cs["id"], v.typ, val, kk, canon))
            elif role == "sub":
                if kk not in canon:
                    errs.append("%s sub mismatch %s %r -> %r" % (cs["id"], v.typ, val, kk))
            elif role == "loose":
                if not kk or not re.match(r"^[A-Za-z0-9]+$", kk) or (numeric and not kk.isdigit()):
                    errs.append("%s loose bad %r" % (cs["id"], val))
            else:
                groups.setdefault((id(v), role), [v, canon, ""])[2] += kk
        for (_, role), (v, canon, acc) in groups.items():
            if acc != canon:
                errs.append("%s part group %s concat %r != %r" % (cs["id"], v.typ, acc, canon))
        for t, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % cs["id"])
    return errs


def readme_text():
    c = counts()
    npos = sum(1 for x in ALL if x["kind"] == "positive")
    nneg = sum(1 for x in ALL if x["kind"] == "negative")
    ncase = dict((t, 0) for t in TYPES)
    for x in ALL:
        for t in set(s["type"] for s in x["spans"]):
            ncase[t] += 1
    rows = "\n".join("| %s | %d | %d |" % (t, c[t], ncase[t]) for t in TYPES)
    return """# pii_holdout508 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word lists or
> prompts of the redaction engine by looking at these cases or at per-case results.
> It exists only to measure the engine. If it leaks into development, generate a new set.

## Provenance

Written by an AI helper acting as an independent test author. The author did **not** see
the redaction engine's code, tests, docs or other fixtures; cases were invented from the
task description alone. Everything is synthetic: names, numbers and addresses are random
(card numbers are Luhn-valid, IBANs mod-97-valid, US phone numbers use the 555-01xx range).

The file `cases.jsonl` is produced by `scripts/make_pii_holdout508.py` (Python standard
library only, one `random.Random(508241125)`). Offsets are computed from plain-text and
labelled segments, never typed by hand. `python scripts/make_pii_holdout508.py --check`
regenerates the set, confirms it is byte-identical, checks ids, offsets, word boundaries and
overlaps, and validates every labelled value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, date matching, etc.).

## Content

%d positive cases and %d negative cases. Mix of typed chat/e-mail (separators, odd grouping,
case variation, typos, labels like "acct no:") and ASR-style call transcripts (lower case,
numbers as words, oh/o/nought/zero, double/triple, pairs such as "forty one", hundreds, NATO
or "x for word" spelling, fillers). Emphasis on back-and-forth: agent read-backs, corrections
of single digits or letters, partial repeats, values confirmed piece by piece, holds,
transfers with re-verification, and callers reading a relative's card. Industries: banking,
telecom, utilities, retail, insurance, travel, healthcare billing, government; countries UK,
US, Ireland, EU.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit (or `+`) to its last; lead-in
  words ("it's", "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type.
- Agent read-backs are labelled, including wrong read-backs and partial repeats of a value
  (e.g. "the middle bit was ...", "last four again ...") once the full value is in the case.
- A caller's mistaken reading that is then corrected is labelled with the value's type.
- Filler words inside a reading ("um", "uh") are inside the span.
- Phone spans include the country code. ADDRESS is house/flat number and street (not the
  town); the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date
  expression.
- A card's last four on their own ("card ending 4821") are NOT PII unless the full card was
  read in the same case, in which case the mention is labelled CARD_NUMBER.
- Negative cases have no spans: amounts, balances, times, durations, counts, ages,
  temperatures, percentages, years, appointment/contract dates, order/tracking/invoice/claim/
  reference/serial/model/policy numbers (including Luhn-valid, SSN-shaped and NI-shaped ones
  said with their label), IMEIs, meter readings, flight/seat/gate/room numbers, road names
  and card last-four mentions.

## Counts

| Type | Spans | Cases containing |
|---|---|---|
%s
""" % (npos, nneg, rows)


def main():
    lines = build()
    rtxt = readme_text()
    if "--check" in sys.argv:
        errs = check_all()
        with open(CASES, encoding="utf-8") as fh:
            if fh.read() != lines:
                errs.append("cases.jsonl is not byte-identical to a fresh generation")
        with open(README, encoding="utf-8") as fh:
            if fh.read() != rtxt:
                errs.append("README.md is not byte-identical to a fresh generation")
        c = counts()
        npos = sum(1 for x in ALL if x["kind"] == "positive")
        nneg = sum(1 for x in ALL if x["kind"] == "negative")
        if npos < 200 or nneg < 100 or c["CARD_NUMBER"] < 70 or c["SSN"] < 30 or c["NI_NUMBER"] < 30 or min(c.values()) < 10:
            errs.append("size requirements not met %r" % c)
        for e in errs:
            print("ERROR", e)
        print("positives=%d negatives=%d %s" % (npos, nneg, json.dumps(c)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(lines)
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(rtxt)
    print("wrote %d cases" % len(ALL))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout416 held-out PII evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine. Standard library only; deterministic.

    python scripts/make_pii_holdout416.py          # write cases.jsonl
    python scripts/make_pii_holdout416.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 416241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout416", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2,
         "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
FILLERS = {"um", "uh", "er", "erm", "uhm", "ah", "hmm"}
DWORD = ["zero", "one", "two", "three", "four", "five", "six", "seven",
         "eight", "nine"]
TEENW = {v: k for k, v in TEENS.items()}
TENW = {v: k for k, v in TENS.items()}
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bertie"], "c": ["charlie"],
        "d": ["delta"], "e": ["echo", "edward"], "g": ["golf", "george"],
        "h": ["hotel", "harry"], "j": ["juliet", "john"], "k": ["kilo"],
        "l": ["lima", "london"], "m": ["mike", "mother"],
        "n": ["november", "nancy"], "p": ["papa", "peter"],
        "r": ["romeo", "robert"], "s": ["sierra", "sugar"],
        "t": ["tango", "tommy"], "w": ["whiskey", "william"],
        "x": ["x-ray"], "y": ["yankee"], "z": ["zulu", "zebra"],
        "q": ["quebec", "queen"], "i": ["india", "ireland"], "o": ["oscar", "orange"],
        "f": ["foxtrot", "freddie"], "u": ["uniform", "uncle"], "v": ["victor", "victoria"]}
NATO_REV = {w.replace("-", ""): k for k, ws in NATO.items() for w in ws}


def norm_spoken(text, letters=False):
    """Normalise a spoken/typed value to upper-case alnum characters."""
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0

    def num_at(j):
        t = toks[j] if j < len(toks) else None
        if t in TEENS:
            return TEENS[t], j + 1
        if t in TENS:
            if j + 1 < len(toks) and toks[j + 1] in UNITS and UNITS[toks[j + 1]] and toks[j + 1] != "o":
                return TENS[t] * 10 + UNITS[toks[j + 1]], j + 2
            return TENS[t] * 10, j + 1
        if t in UNITS:
            return UNITS[t], j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            if nxt in UNITS:
                out.append(str(UNITS[nxt]) * n)
            elif letters and nxt and len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                raise ValueError("bad double: %r" % text)
            i += 2
        elif t in UNITS and nxt == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rem, j2 = num_at(j)
            if rem is None:
                rem = 0
            out.append("%d%02d" % (UNITS[t], rem))
            i = j2
        elif letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            out.append(t.upper())
            i += 2
            if i < len(toks) and toks[i] == "in":
                i += 1
            i += 1  # the code word
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t].upper())
            i += 1
        elif t in UNITS:
            out.append(str(UNITS[t]))
            i += 1
        elif t in TEENS or t in TENS:
            v, i = num_at(i)
            out.append("%02d" % v)
        elif t.isdigit():
            out.append(t)
            i += 1
        elif letters and t.isalnum():
            out.append(t.upper())
            i += 1
        elif re.fullmatch(r"[0-9ol]+", t) and re.search(r"[0-9]", t):
            out.append(t.replace("o", "0").replace("l", "1"))
            i += 1
        else:
            raise ValueError("unparsed token %r in %r" % (t, text))
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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


NI_BAD_FIRST = set("DFIQUVO")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(s):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-D]", s):
        return False
    # QQ is HMRC's documented example prefix; allowed in this set.
    if s[:2] == "QQ":
        return True
    return (s[0] not in NI_BAD_FIRST and s[1] not in NI_BAD_SECOND
            and s[:2] not in NI_BAD_PREFIX)


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
UK_PC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
US_ZIP = re.compile(r"^[0-9]{5}([0-9]{4})?$")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")


def norm_email(text):
    t = " " + text.lower().strip() + " "
    for w, r in ((" dot ", "."), (" at ", "@"), (" underscore ", "_"),
                 (" dash ", "-"), (" hyphen ", "-")):
        while w in t:
            t = t.replace(w, " " + r + " ")
    t = re.sub(r"\b(um|uh|er|erm)\b", "", t)
    return re.sub(r"\s+", "", t)


def validate(vtype, parts):
    """parts: list of span texts forming one value (role full)."""
    joined = " ".join(parts)
    if vtype == "CARD_NUMBER":
        d = norm_spoken(joined)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if vtype == "CVV":
        d = norm_spoken(joined)
        return d.isdigit() and len(d) in (3, 4)
    if vtype == "SSN":
        d = norm_spoken(joined)
        return (d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666")
                and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")
    if vtype == "NI_NUMBER":
        return ni_ok(norm_spoken(joined, letters=True))
    if vtype == "SORT_CODE":
        d = norm_spoken(joined)
        return d.isdigit() and len(d) == 6
    if vtype == "BANK_ACCOUNT":
        d = norm_spoken(joined)
        return d.isdigit() and 8 <= len(d) <= 12
    if vtype == "IBAN":
        return iban_ok(norm_spoken(joined, letters=True))
    if vtype == "PHONE":
        d = norm_spoken(joined.replace("+", " plus ").replace("plus", " "))
        return d.isdigit() and 10 <= len(d) <= 14
    if vtype == "EMAIL":
        return bool(EMAIL_RE.match(norm_email(joined)))
    if vtype == "POSTCODE":
        s = norm_spoken(joined, letters=True)
        return bool(UK_PC.match(s) or US_ZIP.match(s))
    if vtype in ("DOB", "EXPIRY"):
        low = joined.lower()
        if any(m in low for m in MON3):
            return True
        try:
            d = norm_spoken(re.sub(r"\b(slash|the|of|thousand and|thousand)\b", " ", joined))
        except ValueError:
            return False
        return d.isdigit() and (3 <= len(d) <= 8)
    if vtype == "ADDRESS":
        return bool(re.match(r"^(flat|apartment|apt|unit)?\s*[0-9a-z ,]*[0-9]", joined.lower())
                    or re.match(r"^[a-z -]+ (hundred|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)", joined.lower()))
    return False


# ---------------------------------------------------------------- rendering
class Speaker:
    def __init__(self, rng):
        self.rng = rng
        self.pref = "oh"

    def new_voice(self):
        """Each case gets a preferred word for 0; people mostly stick to one."""
        self.pref = self.rng.choice(["oh", "oh", "zero", "nought", "o", "zero"])

    def zero(self, uk=True):
        if self.rng.random() < 0.8 and (uk or self.pref != "nought"):
            return self.pref
        if uk:
            return self.rng.choice(["oh", "oh", "zero", "nought", "o"])
        return self.rng.choice(["oh", "zero", "zero", "o"])

    def digit(self, d, uk=True):
        return self.zero(uk) if d == "0" else DWORD[int(d)]

    def digits(self, s, uk=True, runs=True, filler=0.0):
        r = self.rng
        words = []
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            n = j - i
            if runs and n == 3 and r.random() < 0.6:
                words.append("triple " + self.digit(s[i], uk))
            elif runs and n >= 2 and r.random() < 0.6:
                words.append("double " + self.digit(s[i], uk))
                n = 2
            else:
                words.append(self.digit(s[i], uk))
                n = 1
            i += n
            if filler and i < len(s) and r.random() < filler:
                words.append(r.choice(["um", "uh", "er", "erm"]))
        return " ".join(words)

    def pairs(self, s, uk=True):
        out = []
        for k in range(0, len(s), 2):
            p = s[k:k + 2]
            if len(p) == 1:
                out.append(self.digit(p, uk))
            elif p[0] == "0":
                out.append(self.digit("0", uk) + " " + self.digit(p[1], uk))
            elif p[0] == "1":
                out.append(TEENW[int(p)])
            elif p[1] == "0":
                out.append(DWORD[int(p[0])] + " " + self.digit("0", uk))
            else:
                out.append(TENW[int(p[0])] + " " + DWORD[int(p[1])])
        return " ".join(out)

    def hundreds(self, s, uk=True):
        """3-digit chunk like 'four hundred and twelve' when safe."""
        rem = int(s[1:])
        if s[0] == "0" or rem == 0 or (rem >= 20 and rem % 10 == 0):
            return self.digits(s, uk)
        if rem < 10:
            tail = DWORD[rem]
        elif rem < 20:
            tail = TEENW[rem]
        else:
            tail = TENW[rem // 10] + " " + DWORD[rem % 10]
        return DWORD[int(s[0])] + " hundred " + self.rng.choice(["and ", "and ", ""]) + tail

    def chunk(self, s, uk=True, filler=0.0):
        r = self.rng.random()
        if len(s) % 2 == 0 and r < 0.3:
            return self.pairs(s, uk)
        if len(s) == 3 and r < 0.5:
            return self.hundreds(s, uk)
        return self.digits(s, uk, filler=filler)


def group(s, sizes):
    out = []
    k = 0
    for n in sizes:
        out.append(s[k:k + n])
        k += n
    if k < len(s):
        out.append(s[k:])
    return [g for g in out if g]


# ---------------------------------------------------------------- value makers
def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    elif brand == "mc":
        body = rng.choice(["51", "52", "53", "54", "55", "22"]) + "".join(rng.choice("0123456789") for _ in range(13))
    elif brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    elif brand == "disc":
        body = "6011" + "".join(rng.choice("0123456789") for _ in range(11))
    elif brand == "visa13":
        body = "4" + "".join(rng.choice("0123456789") for _ in range(11))
    else:
        body = "6759" + "".join(rng.choice("0123456789") for _ in range(14))
    # sprinkle runs so double/triple appear
    if rng.random() < 0.4:
        k = rng.randrange(2, len(body) - 3)
        body = body[:k] + body[k] * 3 + body[k + 3:]
    return luhn_complete(body), brand


def card_groups(num, brand):
    if len(num) == 15:
        return group(num, [4, 6, 5])
    if len(num) == 13:
        return group(num, [4, 3, 3, 3])
    if len(num) == 19:
        return group(num, [4, 4, 4, 4, 3])
    return group(num, [4, 4, 4, 4])


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def make_ni(rng):
    first = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    second = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NI_BAD_PREFIX:
            break
    if rng.random() < 0.12:
        p = "QQ"
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def make_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        b = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        b = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        b = dg(18)
    elif cc == "NL":
        b = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif cc == "ES":
        b = dg(20)
    else:
        b = dg(23)
    return iban_make(cc, b)


def make_phone(rng):
    kind = rng.choice(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "ie", "ie_intl"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if kind == "uk_mob":
        n = "07" + rng.choice("345789") + dg(8)
        return rng.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), n
    if kind == "uk_land":
        n = "020" + rng.choice("378") + dg(7)
        return rng.choice([n[:3] + " " + n[3:7] + " " + n[7:], n[:3] + "-" + n[3:7] + "-" + n[7:]]), n
    if kind == "uk_intl":
        n = "7" + rng.choice("45789") + dg(8)
        return rng.choice(["+44 " + n[:4] + " " + n[4:], "+44 (0)" + n[:4] + " " + n[4:], "0044" + n]), "44" + n
    if kind == "us":
        n = rng.choice(["212", "415", "312", "617", "202", "305"]) + "555" + "01" + dg(2)
        return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:])]), n
    if kind == "us_intl":
        n = rng.choice(["646", "713", "206"]) + "555" + "01" + dg(2)
        return "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), "1" + n
    if kind == "ie":
        n = "08" + rng.choice("35679") + dg(7)
        return n[:3] + " " + n[3:6] + " " + n[6:], n
    n = "8" + rng.choice("35679") + dg(7)
    return "+353 " + n[:2] + " " + n[2:5] + " " + n[5:], "353" + n


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "maria", "dave",
         "kerry", "sean", "fatima", "chloe", "marcus", "niamh", "joe", "lena"]
LAST = ["doe", "murphy", "patel", "okafor", "smith", "kowalski", "byrne",
        "nguyen", "garcia", "hughes", "walsh", "obrien", "fischer", "ali"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "eircom.net",
           "btinternet.com", "icloud.com", "web.de", "aol.com"]
STREETS = ["Mill Lane", "Kings Road", "Station Road", "Elm Grove", "Church Street",
           "Maple Avenue", "Victoria Terrace", "Oak Drive", "Harbour View",
           "Main Street", "Cedar Court", "Park Crescent", "Willow Way",
           "Brookfield Road", "High Street", "Sycamore Close"]
US_STREETS = ["Oak Street", "Maple Avenue", "Sunset Boulevard", "Elm Drive",
              "Washington Avenue", "Pine Ridge Road", "Lakeview Court"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Reading"]
TOWNS_US = ["Austin TX", "Denver CO", "Columbus OH", "Portland OR", "Tampa FL", "Raleigh NC"]


def make_uk_pc(rng):
    a = rng.choice(["SW", "M", "LS", "B", "EH", "G", "CF", "BS", "NR", "RG", "N", "E", "W1", "EC"])
    if a in ("W1", "EC"):
        out = a + rng.choice("ABCDGH") if a == "W1" else a + "1" + rng.choice("AMNV")
    else:
        out = a + str(rng.randint(1, 29))
    inw = str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return out + " " + inw


def make_zip(rng):
    z = "%05d" % rng.randint(10001, 99950)
    if rng.random() < 0.25:
        z += "-%04d" % rng.randint(1, 9999)
    return z


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, cid, kind, note=""):
        self.cid = cid
        self.kind = kind
        self.note = note
        self.turns = []   # (speaker, [segments])
        self.gid = 0

    def new_group(self):
        self.gid += 1
        return self.gid

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def c(self, *segs):
        self.add("customer", *segs)

    def a(self, *segs):
        self.add("agent", *segs)

    def render(self):
        turns, spans, groups = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, typ, gid, role = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    groups.setdefault((gid, typ, role), []).append(val)
            turns.append({"speaker": spk, "text": text})
        return ({"id": self.cid, "kind": self.kind, "turns": turns,
                 "spans": spans, "note": self.note}, groups)


def V(text, typ, gid, role="full"):
    return (text, typ, gid, role)


# ---------------------------------------------------------------- generator
def build(rng):
    sp = Speaker(rng)
    cases = []
    pos_n = [0]
    neg_n = [0]

    def newpos(note):
        pos_n[0] += 1
        sp.new_voice()
        return Case("h416-pos-%03d" % pos_n[0], "positive", note)

    def newneg(note):
        neg_n[0] += 1
        sp.new_voice()
        return Case("h416-neg-%03d" % neg_n[0], "negative", note)

    BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yes", "right", "got that", "and the next four?", "carry on"]
    GREET_A = ["thanks for calling, how can I help today?", "you're through to billing, what can I do for you?",
               "hi there, who am I speaking with?", "thank you for holding.", "sure, I can help with that."]

    def card_spoken(num, brand, uk=True, filler=0.15):
        return [sp.chunk(g, uk, filler=filler) for g in card_groups(num, brand)]

    def card_typed(num, brand):
        gs = card_groups(num, brand)
        st = rng.choice(["space", "dash", "none", "dot", "odd", "space", "typo"])
        if st == "space":
            return " ".join(gs)
        if st == "dash":
            return "-".join(gs)
        if st == "none":
            return num
        if st == "dot":
            return ".".join(gs)
        if st == "odd":
            return " ".join(group(num, rng.choice([[3, 5, 4, 4], [6, 4, 6], [2, 4, 4, 6], [8, 8], [5, 5, 6]])))
        s = " ".join(gs)
        idx = [k for k, ch in enumerate(s) if ch == "0"]
        if idx:
            k = rng.choice(idx)
            s = s[:k] + "O" + s[k + 1:]
        else:
            s = s.replace(" ", "  ", 1)
        return s

    def exp_val():
        m = rng.randint(1, 12)
        y = rng.randint(25, 31)
        return m, y

    def exp_typed(m, y):
        return rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                           "%02d-%02d" % (m, y), "%s %02d" % (MON3[m - 1].title(), y), "%02d%02d" % (m, y)])

    def exp_spoken(m, y, uk=True):
        return rng.choice([sp.pairs("%02d" % m, uk) + " " + sp.pairs("%02d" % y, uk),
                           MONTHS[m - 1] + " twenty " + sp.pairs("%02d" % y, uk),
                           sp.digit(str(m // 10), uk) + " " + DWORD[m % 10] + " slash " + sp.pairs("%02d" % y, uk)
                           if m % 10 else MONTHS[m - 1] + " " + sp.pairs("%02d" % y, uk),
                           MONTHS[m - 1] + " " + sp.pairs("%02d" % y, uk)])

    def dob_val():
        return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)

    def ordinal(d):
        o = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth"}
        if d in o:
            return o[d]
        return "twenty " + o[d - 20]

    def year_spoken(y):
        if y < 2000:
            yy = y % 100
            tail = TENW[yy // 10] if yy % 10 == 0 else sp.pairs(str(y)[2:])
            return "nineteen " + tail
        return "two thousand and " + DWORD[y - 2000] if y < 2010 else "twenty " + sp.pairs(str(y)[2:])

    def dob_typed(d, m, y, us=False):
        if us:
            return rng.choice(["%02d/%02d/%d" % (m, d, y), "%d-%d-%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
        return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MON3[m - 1].title(), y),
                           "%02d-%02d-%02d" % (d, m, y % 100)])

    def dob_spoken(d, m, y, us=False):
        if us:
            return MONTHS[m - 1] + " " + ordinal(d) + " " + year_spoken(y)
        return rng.choice(["the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + year_spoken(y),
                           ordinal(d) + " " + MONTHS[m - 1] + " " + year_spoken(y),
                           sp.pairs("%02d" % d) + " " + sp.pairs("%02d" % m) + " " + year_spoken(y)])

    def ni_typed(ni):
        return rng.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                           ni[:2] + " " + ni[2:8] + " " + ni[8], " ".join(ni), ni[:2].lower() + ni[2:8] + ni[8].upper(),
                           "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])

    def letter_spoken(ch, style):
        ch = ch.lower()
        if style == "plain":
            return ch
        if style == "nato":
            return rng.choice(NATO[ch])
        return ch + rng.choice([" for ", " as in ", " for "]) + rng.choice(NATO[ch])

    def ni_spoken_parts(ni, uk=True):
        style = rng.choice(["plain", "plain", "nato", "for"])
        if ni[0] == ni[1] and style == "plain" and rng.random() < 0.5:
            pre = "double " + ni[0].lower()
        else:
            pre = letter_spoken(ni[0], style) + (", " if style == "for" else " ") + letter_spoken(ni[1], style)
        mid = sp.chunk(ni[2:4], uk) + " " + sp.chunk(ni[4:6], uk) + " " + sp.chunk(ni[6:8], uk) \
            if rng.random() < 0.5 else sp.digits(ni[2:8], uk, filler=0.1)
        suf = letter_spoken(ni[8], rng.choice(["plain", "for", "for"]))
        return pre, mid, suf

    def ssn_typed(s):
        return rng.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s,
                           "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:])])

    def ssn_spoken_parts(s):
        return [sp.chunk(s[:3], False, 0.1), sp.chunk(s[3:5], False), sp.chunk(s[5:], False, 0.1)]

    # ============================== POSITIVES: cards (heavy)
    ind_card = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]

    def pos_card_typed():
        num, br = make_card(rng)
        ind = rng.choice(ind_card)
        k = newpos("typed chat card (%s, %s)" % (br, ind))
        g = k.new_group()
        lab = rng.choice(["card no: ", "Card number - ", "cc# ", "my card is ", "CARD:", "pan ", "card num = "])
        k.a(rng.choice(["Hi! Please type the long card number and expiry below.", "Could you pop the card details in the chat?"]))
        m, y = exp_val()
        segs = [lab, V(card_typed(num, br), "CARD_NUMBER", g)]
        if rng.random() < 0.6:
            segs += [rng.choice([" exp ", " , expires ", " expiry: ", " valid thru "]), V(exp_typed(m, y), "EXPIRY", k.new_group())]
        if rng.random() < 0.5:
            cv = "%03d" % rng.randint(0, 999) if br != "amex" else "%04d" % rng.randint(0, 9999)
            segs += [rng.choice([" cvv ", " sec code: ", " and the 3 digits on back are ", " CVC="]), V(cv, "CVV", k.new_group())]
        k.c(*segs)
        k.a("Thanks, that's gone through. The payment of £%d.%02d is confirmed." % (rng.randint(5, 400), rng.randint(0, 99)))
        return k

    def pos_card_asr_one_turn():
        num, br = make_card(rng)
        uk = rng.random() < 0.6
        k = newpos("asr card single turn, groups, fillers, read-back")
        g = k.new_group()
        gs = card_spoken(num, br, uk)
        k.a("okay and what's the long number across the front of the card")
        segs = [rng.choice(["yeah it's ", "um okay it's ", "right so ", "ok ", ""])]
        sep = rng.choice([" ", " ", " um ", " uh "])
        segs.append(V(sep.join(gs), "CARD_NUMBER", g))
        k.c(*segs)
        if rng.random() < 0.7:
            g2 = k.new_group()
            k.a("let me just read that back to you ", V(" ".join(card_spoken(num, br, uk, 0)), "CARD_NUMBER", g2), " is that right")
            k.c(rng.choice(["yes that's it", "yep", "that's correct yeah", "mm hm"]))
        m, y = exp_val()
        k.a("and the expiry date")
        k.c(rng.choice(["it's ", "", "expires "]), V(exp_spoken(m, y, uk), "EXPIRY", k.new_group()))
        return k

    def pos_card_split_turns():
        num, br = make_card(rng)
        uk = rng.random() < 0.6
        k = newpos("asr card split across customer turns with back-channels")
        g = k.new_group()
        k.a("go ahead with the card number when you're ready")
        gs = card_groups(num, br)
        # merge some groups randomly
        chunks = []
        i = 0
        while i < len(gs):
            if i + 1 < len(gs) and rng.random() < 0.25:
                chunks.append(gs[i] + gs[i + 1])
                i += 2
            else:
                chunks.append(gs[i])
                i += 1
        for ci, ch in enumerate(chunks):
            pre = rng.choice(["", "", "", "then ", "and ", "um "])
            post = rng.choice(["", "", "...", ","])
            k.c(pre, V(sp.chunk(ch, uk, 0.1), "CARD_NUMBER", g, "part"), post)
            if ci < len(chunks) - 1:
                k.a(rng.choice(BACK))
        k.a(rng.choice(["lovely, thank you", "great, and the security code on the back?"]))
        if rng.random() < 0.6:
            cv = "%03d" % rng.randint(0, 999)
            k.c(V(sp.digits(cv, uk), "CVV", k.new_group()))
        return k

    def pos_card_correction():
        num, br = make_card(rng, rng.choice(["visa", "mc"]))
        uk = rng.random() < 0.5
        k = newpos("asr card with restarted/corrected reading")
        gs = card_groups(num, br)
        wrong = gs[0][:3] + str((int(gs[0][3]) + rng.randint(1, 8)) % 10)
        gf = k.new_group()
        g = k.new_group()
        k.a("and the card number please")
        style = rng.randrange(3)
        if style == 0:
            k.c(V(sp.digits(gs[0], uk), "CARD_NUMBER", gf, "frag"), " ",
                V(sp.digits(gs[1][:2], uk), "CARD_NUMBER", gf, "frag"),
                rng.choice([" no wait sorry, let me start again, ", " oh hang on that's wrong, from the top, "]),
                V(" ".join(sp.chunk(x, uk) for x in gs), "CARD_NUMBER", g))
        elif style == 1:
            k.c(V(sp.digits(wrong, uk), "CARD_NUMBER", gf, "frag"), rng.choice([" sorry ", " no ", " scratch that "]),
                V(" ".join(sp.chunk(x, uk, 0.1) for x in gs), "CARD_NUMBER", g))
        else:
            k.c(V(" ".join(sp.chunk(x, uk) for x in gs[:2]), "CARD_NUMBER", g, "part"), " ",
                V(sp.digits(gs[2][:2], uk), "CARD_NUMBER", gf, "frag"),
                rng.choice([" sorry no, ", " no no, ", " hmm, actually "]),
                V(" ".join(sp.chunk(x, uk) for x in gs[2:]), "CARD_NUMBER", g, "part"))
        k.a(rng.choice(["no problem", "okay got it", "that's fine, take your time"]))
        return k

    def pos_card_misread():
        num, br = make_card(rng, rng.choice(["visa", "mc", "disc"]))
        uk = rng.random() < 0.6
        k = newpos("agent misreads card back; customer corrects final group; all labelled")
        gs = card_groups(num, br)
        g = k.new_group()
        k.c("the card number is ", V(" ".join(sp.chunk(x, uk, 0.1) for x in gs), "CARD_NUMBER", g))
        bad = gs[-1][:2] + gs[-1][3] + gs[-1][2] if gs[-1][2] != gs[-1][3] else gs[-1][:3] + str((int(gs[-1][3]) + 1) % 10)
        wrong = "".join(gs[:-1]) + bad
        gw = k.new_group()
        k.a("so I have ", V(" ".join(sp.digits(x, uk, runs=False) for x in card_groups(wrong, br)), "CARD_NUMBER", gw, "misread"))
        k.c(rng.choice(["no, the last bit is ", "nope the end's ", "not quite, last four are "]),
            V(sp.digits(gs[-1], uk), "CARD_NUMBER", k.new_group(), "frag"))
        k.a("ah sorry, ", V(sp.digits(gs[-1], uk, runs=False), "CARD_NUMBER", k.new_group(), "frag"), ", got it")
        return k

    def pos_card_aside():
        num, br = make_card(rng)
        uk = rng.random() < 0.5
        k = newpos("asr card with aside mid-reading inside one turn")
        gs = card_groups(num, br)
        g = k.new_group()
        cut = rng.randint(1, len(gs) - 1)
        aside = rng.choice([", sorry, the dog's going mad, where was I, yeah ", " hang on let me get my glasses... okay ",
                            " sorry I'm in the car, ", ", just a sec, kids be quiet! right, ",
                            " what was that? no i'm on the phone mum... sorry, "])
        k.a("whenever you're ready with the card")
        k.c(V(" ".join(sp.chunk(x, uk) for x in gs[:cut]), "CARD_NUMBER", g, "part"), aside,
            V(" ".join(sp.chunk(x, uk) for x in gs[cut:]), "CARD_NUMBER", g, "part"))
        k.a(rng.choice(["no worries at all", "that's fine", "thank you"]))
        return k

    def pos_card_email():
        num, br = make_card(rng)
        k = newpos("email body with card, expiry, cvv and contact details")
        m, y = exp_val()
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        em = "%s.%s%d@%s" % (fn, ln, rng.randint(1, 99), rng.choice(DOMAINS))
        ph_disp, _ = make_phone(rng)
        k.c("Subject: booking %s\n\nHello, please take the balance of £%d from my card "
            % ("".join(rng.choice("ABCDEFGHJK") for _ in range(6)), rng.randint(50, 900)),
            V(card_typed(num, br), "CARD_NUMBER", k.new_group()),
            " (exp ", V(exp_typed(m, y), "EXPIRY", k.new_group()), "). You can reach me on ",
            V(ph_disp, "PHONE", k.new_group()), " or ", V(em, "EMAIL", k.new_group()),
            ".\nThanks, %s" % fn.title())
        k.a("Dear %s, thank you, the payment has been taken. Booking ref %d." % (fn.title(), rng.randint(100000, 999999)))
        return k

    def pos_card_then_last4():
        num, br = make_card(rng, "visa")
        uk = rng.random() < 0.5
        k = newpos("full card read, then agent says 'card ending' - labelled because full card in same case")
        g = k.new_group()
        k.c("okay it's ", V(" ".join(card_spoken(num, br, uk, 0.1)), "CARD_NUMBER", g))
        k.a("thanks, so that's a visa ending ", V(sp.digits(num[-4:], uk), "CARD_NUMBER", k.new_group(), "frag"),
            ", and I'll take %d pounds today" % rng.randint(10, 300))
        k.c("yep")
        return k

    def pos_card_typo_chat():
        num, br = make_card(rng, rng.choice(["visa", "mc"]))
        k = newpos("chat card sent in two messages, second corrects the first")
        wrong = num[:-1] + str((int(num[-1]) + 3) % 10)
        k.c(rng.choice(["cardno ", "card ", "its "]), V(card_typed(wrong, br), "CARD_NUMBER", k.new_group(), "misread"))
        k.c(rng.choice(["sorry typo, should be ", "oops ", "*"]), V(card_typed(num, br), "CARD_NUMBER", k.new_group()))
        k.a("No problem, I'll use the second one.")
        return k

    def pos_card_amex_pairs():
        num, br = make_card(rng, "amex")
        k = newpos("amex 4-6-5 read, us caller, cid four digits")
        g = k.new_group()
        gs = card_groups(num, br)
        k.a("what's the card number on the amex")
        k.c(V(sp.pairs(gs[0], False), "CARD_NUMBER", g, "part"), ", ")
        k.a("uh huh")
        k.c(V(sp.digits(gs[1], False, filler=0.15), "CARD_NUMBER", g, "part"))
        k.a("okay")
        k.c(V(sp.digits(gs[2], False), "CARD_NUMBER", g, "part"))
        cid = "%04d" % rng.randint(0, 9999)
        k.a("and the four digit code on the front")
        k.c(V(sp.chunk(cid, False), "CVV", k.new_group()))
        return k

    card_makers = [pos_card_typed, pos_card_asr_one_turn, pos_card_split_turns, pos_card_correction,
                   pos_card_misread, pos_card_aside, pos_card_email, pos_card_then_last4,
                   pos_card_typo_chat, pos_card_amex_pairs]
    for i in range(95):
        cases.append(card_makers[i % len(card_makers)]())

    # ============================== SSN
    def pos_ssn():
        s = make_ssn(rng)
        st = rng.randrange(6)
        k = newpos("us ssn variant %d" % st)
        if st == 0:
            k.c(rng.choice(["SSN: ", "ss# ", "social - ", "my ssn is ", "SS No.", "soc sec "]), V(ssn_typed(s), "SSN", k.new_group()))
            k.a("Thanks, I've verified your identity.")
        elif st == 1:
            k.a("can I get your social security number please")
            k.c(rng.choice(["sure it's ", "yeah ", "um "]), V(" ".join(ssn_spoken_parts(s)), "SSN", k.new_group()))
            k.a("thank you, and your date of birth?")
            d, m, y = dob_val()
            k.c(V(dob_spoken(d, m, y, True), "DOB", k.new_group()))
        elif st == 2:
            g = k.new_group()
            p = ssn_spoken_parts(s)
            k.a("the full social please")
            k.c(V(p[0], "SSN", g, "part"))
            k.a(rng.choice(["mhm", "okay", "go on"]))
            k.c(V(p[1], "SSN", g, "part"))
            k.a(rng.choice(["uh huh", "yep"]))
            k.c(V(p[2], "SSN", g, "part"))
            k.a("and I'll read it back, ", V(sp.digits(s[:3], False) + " " + sp.digits(s[3:5], False) + " " + sp.digits(s[5:], False), "SSN", k.new_group()))
            k.c("correct")
        elif st == 3:
            wrong = s[:3] + s[4] + s[3] + s[5:] if s[3] != s[4] else s[:5] + s[6] + s[5] + s[7:]
            k.c("it's ", V(sp.digits(wrong[:5], False), "SSN", k.new_group(), "frag"),
                rng.choice([" no wait, i flipped those, ", " sorry, backwards, ", " uh no, "]),
                V(" ".join(ssn_spoken_parts(s)), "SSN", k.new_group()))
            k.a("okay no problem, I've got it")
        elif st == 4:
            p = ssn_spoken_parts(s)
            g = k.new_group()
            k.c(V(p[0] + " " + p[1], "SSN", g, "part"), rng.choice([" hold on it's on my w two somewhere... ok ", " sorry, bad line, ", " ... "]),
                V(p[2], "SSN", g, "part"))
            k.a("great, thanks, that matches the %s account" % rng.choice(["medicaid", "checking", "401k", "benefits"]))
        else:
            k.c("Hi, re claim %d, SSN %s and DOB %s" % (rng.randint(10000, 99999), "", ""), )
            k.turns[-1] = ("customer", ["Hi, re claim %d, SSN " % rng.randint(10000, 99999), V(ssn_typed(s), "SSN", k.new_group()),
                                        " and DOB ", V(dob_typed(*dob_val(), us=True), "DOB", k.new_group()),
                                        ", my zip is ", V(make_zip(rng), "POSTCODE", k.new_group())])
            k.a("Thanks, I've updated the claim.")
        return k

    for i in range(36):
        cases.append(pos_ssn())

    # ============================== NI
    def pos_ni():
        ni = make_ni(rng)
        st = rng.randrange(6)
        k = newpos("uk ni number variant %d" % st)
        if st == 0:
            k.c(rng.choice(["NI no: ", "NINO ", "national insurance number - ", "my NI is ", "N.I. "]), V(ni_typed(ni), "NI_NUMBER", k.new_group()))
            k.a("Thank you, I've found your record.")
        elif st == 1:
            pre, mid, suf = ni_spoken_parts(ni)
            k.a("and your national insurance number")
            k.c(rng.choice(["it's ", "um ", "right, "]), V(pre + " " + mid + " " + suf, "NI_NUMBER", k.new_group()))
        elif st == 2:
            pre, mid, suf = ni_spoken_parts(ni)
            g = k.new_group()
            k.a("national insurance number please")
            k.c(V(pre, "NI_NUMBER", g, "part"))
            k.a(rng.choice(["yep", "mhm", "go on"]))
            k.c(V(mid, "NI_NUMBER", g, "part"))
            k.a(rng.choice(["and the last letter?", "and the letter at the end"]))
            k.c(V(suf, "NI_NUMBER", g, "part"))
            k.a("so that's ", V(letter_spoken(ni[0], "plain") + " " + letter_spoken(ni[1], "plain") + " " + sp.digits(ni[2:8], runs=False) + " " + ni[8].lower(), "NI_NUMBER", k.new_group()))
        elif st == 3:
            pre, mid, suf = ni_spoken_parts(ni)
            k.c("it's ", V(pre + " " + mid + " " + suf, "NI_NUMBER", k.new_group()))
            k.a("was that ", V(letter_spoken(ni[8], "for"), "NI_NUMBER", k.new_group(), "frag"), " at the end?")
            k.c("yes, ", V(letter_spoken(ni[8], "for"), "NI_NUMBER", k.new_group(), "frag"))
        elif st == 4:
            pre, mid, suf = ni_spoken_parts(ni)
            g = k.new_group()
            k.c(V(pre, "NI_NUMBER", g, "part"), rng.choice([" ... i think... yeah ", " hang on, it's on my payslip, ", " sorry, "]),
                V(mid + " " + suf, "NI_NUMBER", g, "part"))
            k.a("thanks, and can I take a contact number")
            ph, _ = make_phone(rng)
            k.c(V(ph, "PHONE", k.new_group()))
        else:
            wrong_mid = ni[2:4] + ni[5] + ni[4] + ni[6:8] if ni[4] != ni[5] else ni[2:7] + str((int(ni[7]) + 1) % 10)
            k.c(V(ni[:2] + wrong_mid, "NI_NUMBER", k.new_group(), "frag"), " - ", "sorry typo, it's ", V(ni_typed(ni), "NI_NUMBER", k.new_group()))
            k.a("Thanks, the %s team will be in touch." % rng.choice(["Universal Credit", "Pension Service", "HMRC", "payroll"]))
        return k

    for i in range(36):
        cases.append(pos_ni())

    # ============================== other types
    def pos_bank():
        sc = "".join(rng.choice("0123456789") for _ in range(6))
        acct = "".join(rng.choice("0123456789") for _ in range(8))
        k = newpos("uk sort code and account")
        if rng.random() < 0.5:
            k.c(rng.choice(["sort code ", "s/c: ", "sortcode "]), V(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", k.new_group()),
                rng.choice([" acct no: ", ", account ", " a/c "]), V(acct, "BANK_ACCOUNT", k.new_group()))
        else:
            k.a("what's the sort code")
            k.c(V(sp.pairs(sc[:2]) + ", " + sp.pairs(sc[2:4]) + ", " + sp.pairs(sc[4:]), "SORT_CODE", k.new_group()))
            k.a("and the account number")
            g = k.new_group()
            k.c(V(sp.digits(acct[:4], filler=0.2), "BANK_ACCOUNT", g, "part"))
            k.a("mhm")
            k.c(V(sp.chunk(acct[4:]), "BANK_ACCOUNT", g, "part"))
        k.a("Thanks, the direct debit of £%d.%02d will start on the %s." % (rng.randint(10, 90), rng.randint(0, 99), ordinal(rng.randint(1, 28))))
        return k

    def pos_us_bank():
        acct = "".join(rng.choice("0123456789") for _ in range(rng.choice([10, 11, 12])))
        k = newpos("us checking account number")
        k.c(rng.choice(["checking acct ", "acct #", "account number: "]), V(acct, "BANK_ACCOUNT", k.new_group()))
        k.a("Thank you, autopay is set up.")
        return k

    def pos_iban():
        ib = make_iban(rng)
        k = newpos("iban %s" % ib[:2])
        if rng.random() < 0.6:
            disp = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
            k.c(rng.choice(["IBAN: ", "iban ", "my IBAN is "]), V(disp, "IBAN", k.new_group()))
        else:
            lets = " ".join(letter_spoken(c, "plain") if c.isalpha() else None or "" for c in ib[:2])
            body = ib[2:]
            words = []
            for c in body:
                words.append(letter_spoken(c, "for" if c == "O" else rng.choice(["plain", "for"])) if c.isalpha() else sp.digit(c))
            k.c("it's ", V(lets + " " + " ".join(words), "IBAN", k.new_group()))
        k.a("Thanks, the refund of €%d will be sent in %d working days." % (rng.randint(10, 500), rng.randint(3, 10)))
        return k

    def pos_phone():
        disp, digits = make_phone(rng)
        k = newpos("phone number")
        if rng.random() < 0.5:
            k.c(rng.choice(["mob: ", "call me on ", "tel ", "number is "]), V(disp, "PHONE", k.new_group()))
        else:
            spoken = ("plus " + sp.digits(digits[:2] if digits.startswith("44") else digits[:3], runs=False) + " " + sp.digits(digits[2:] if digits.startswith("44") else digits[3:])
                      if digits.startswith(("44", "353")) else sp.digits(digits))
            k.a("best contact number?")
            k.c(V(spoken, "PHONE", k.new_group()))
            k.a("great")
        return k

    def pos_email():
        fn, ln = rng.choice(FIRST), rng.choice(LAST)
        dom = rng.choice(DOMAINS)
        k = newpos("email address")
        if rng.random() < 0.4:
            e = rng.choice(["%s.%s@%s", "%s_%s@%s", "%s%s@%s"]) % (fn, ln, dom)
            e = e if rng.random() < 0.6 else e.upper()
            k.c("email: ", V(e, "EMAIL", k.new_group()))
        else:
            sep = rng.choice([" dot ", " underscore ", " "])
            local = fn[0] + sep + ln if rng.random() < 0.5 else fn + sep + ln
            sd = dom.replace(".", " dot ")
            k.a("and an email address")
            k.c(V(local + " at " + sd, "EMAIL", k.new_group()))
            k.a("so that's ", V(local + " at " + sd, "EMAIL", k.new_group()))
        return k

    def pos_dob():
        d, m, y = dob_val()
        k = newpos("date of birth")
        us = rng.random() < 0.4
        k.a("can you confirm your date of birth")
        if rng.random() < 0.5:
            k.c(V(dob_spoken(d, m, y, us), "DOB", k.new_group()))
        else:
            k.c("dob ", V(dob_typed(d, m, y, us), "DOB", k.new_group()))
        return k

    def pos_address():
        k = newpos("address and postcode/zip")
        if rng.random() < 0.6:
            st = rng.choice(STREETS)
            num = rng.randint(1, 240)
            addr = rng.choice(["%d %s" % (num, st), "Flat %d, %d %s" % (rng.randint(1, 20), num, st), "%d%s %s" % (num, rng.choice("ab"), st)])
            pc = make_uk_pc(rng)
            k.a("and the address?")
            k.c(V(addr, "ADDRESS", k.new_group()), ", %s, " % rng.choice(TOWNS_UK), V(pc if rng.random() < 0.7 else pc.lower(), "POSTCODE", k.new_group()))
        else:
            st = rng.choice(US_STREETS)
            num = rng.randint(100, 9999)
            addr = rng.choice(["%d %s" % (num, st), "%d %s Apt %d" % (num, st, rng.randint(1, 40))])
            k.c("ship to ", V(addr, "ADDRESS", k.new_group()), ", %s " % rng.choice(TOWNS_US), V(make_zip(rng), "POSTCODE", k.new_group()))
        k.a("Thanks, I've updated that.")
        return k

    def pos_address_spoken():
        k = newpos("spoken address with hundreds and spelled postcode")
        num = rng.randint(101, 199)
        st = rng.choice(STREETS)
        pc = make_uk_pc(rng).replace(" ", "")
        k.a("first line of the address?")
        k.c(V(sp.hundreds(str(num)) + " " + st.lower(), "ADDRESS", k.new_group()))
        k.a("and postcode")
        out = []
        for c in pc:
            out.append(letter_spoken(c, rng.choice(["plain", "plain", "for"])) if c.isalpha() else sp.digit(c))
        k.c(V(" ".join(out), "POSTCODE", k.new_group()))
        return k

    other = [pos_bank, pos_us_bank, pos_iban, pos_phone, pos_email, pos_dob, pos_address, pos_address_spoken, pos_bank, pos_iban]
    for i in range(60):
        cases.append(other[i % len(other)]())

    # ============================== NEGATIVES
    def rnd_digits(n):
        return "".join(rng.choice("0123456789") for _ in range(n))

    def neg_ref_spoken_like_card():
        k = newneg("16-digit reference number spoken in fours like a card")
        ref = luhn_complete("4" + rnd_digits(14)) if rng.random() < 0.5 else rnd_digits(16)
        lab = rng.choice(["your reference number", "the tracking number", "the claim reference", "your order number", "the ticket number"])
        k.a("okay %s is %s" % (lab, " ".join(sp.digits(x) for x in group(ref, [4, 4, 4, 4]))))
        k.c("sorry can you repeat the %s" % lab.split()[-2])
        k.a("sure, %s" % " ".join(sp.pairs(x) for x in group(ref, [4, 4, 4, 4])))
        return k

    def neg_last4():
        k = newneg("card last four only, amount and date")
        l4 = rnd_digits(4)
        form = rng.choice(["card ending %s" % l4, "visa ending in %s" % sp.digits(l4), "card ending %s" % sp.pairs(l4), "last four %s" % l4,
                           "mastercard that ends %s" % sp.digits(l4)])
        k.a("I can see a payment of £%d.%02d on the %s, taken on the %s of %s." % (rng.randint(5, 999), rng.randint(0, 99), form, ordinal(rng.randint(1, 28)), rng.choice(MONTHS)))
        k.c("yes that's the one, it was meant to be %d pounds not %d" % (rng.randint(5, 99), rng.randint(100, 200)))
        return k

    def neg_order_typed():
        k = newneg("long labelled order/invoice/serial numbers typed")
        lab = rng.choice(["Order #", "Invoice no. ", "Serial: ", "Policy number ", "Claim ref ", "Tracking: ", "Ticket ID ", "Meter serial "])
        n = rng.choice([rnd_digits(16), rnd_digits(13), rnd_digits(9), rnd_digits(11), "1Z" + rnd_digits(16), "%s-%s-%s" % (rnd_digits(3), rnd_digits(2), rnd_digits(4))])
        k.c("Hi, chasing %s%s, I was charged $%d.%02d on %s %d." % (lab, n, rng.randint(10, 999), rng.randint(0, 99), MON3[rng.randrange(12)].title(), rng.randint(1, 28)))
        k.a("Thanks, I can see %s%s was dispatched and should arrive within %d days." % (lab, n, rng.randint(2, 9)))
        return k

    def neg_meter():
        k = newneg("utilities meter reading, usage, tariff")
        r1 = rnd_digits(5)
        k.a("can I take a meter reading")
        k.c("yeah it's %s" % sp.digits(r1, filler=0.1))
        k.a("thanks, that's %d kilowatt hours since the last reading, at %d.%d pence per unit, so about £%d." % (rng.randint(100, 900), rng.randint(20, 35), rng.randint(0, 9), rng.randint(30, 250)))
        return k

    def neg_travel():
        k = newneg("flight, gate, seat, times, booking reference")
        k.a("your flight %s %d departs at %s from gate %d, seat %d%s, booking reference %s" % (
            rng.choice(["EI", "BA", "FR", "UA", "LH"]), rng.randint(100, 9999), rng.choice(["six forty five", "14:20", "half nine", "twenty two hundred"]),
            rng.randint(1, 120), rng.randint(1, 40), rng.choice("ABCDEF"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
        k.c("and the return is on the %s of %s?" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS)))
        k.a("that's right, room %d at the hotel for %d nights." % (rng.randint(100, 999), rng.randint(2, 14)))
        return k

    def neg_balance():
        k = newneg("balances, percentages, contract dates, durations")
        k.a("your balance is %s, interest is %d.%d percent, and the contract ends %s" % (
            rng.choice(["four thousand one hundred and twelve pounds", "$%d,%03d.%02d" % (rng.randint(1, 99), rng.randint(0, 999), rng.randint(0, 99)), "%d euro %d" % (rng.randint(10, 999), rng.randint(1, 99))]),
            rng.randint(1, 29), rng.randint(0, 9), rng.choice(["on the %s of %s %d" % (ordinal(rng.randint(1, 28)), rng.choice(MONTHS), rng.randint(2025, 2029)), "in %s %d" % (rng.choice(MONTHS), rng.randint(2025, 2029))])))
        k.c("ok and I've been with you %d years, I'm %d now, can't you do better than %d pounds a month" % (rng.randint(2, 30), rng.randint(21, 90), rng.randint(10, 99)))
        return k

    def neg_ref_spoken_split():
        k = newneg("reference number split over turns like a card reading")
        ref = rnd_digits(rng.choice([12, 16, 9]))
        lab = rng.choice(["case number", "policy number", "reference", "account reference on the letter", "booking reference"])
        k.a("do you have the %s?" % lab)
        k.c("yes the %s is %s" % (lab, sp.digits(ref[:4])))
        k.a("mhm")
        k.c(sp.chunk(ref[4:8]))
        k.a("go on")
        k.c(sp.digits(ref[8:]) + " and that's the %s" % lab)
        return k

    def neg_model_serial():
        k = newneg("model and serial numbers for device support")
        k.c("the model is %s and the serial on the back is %s" % (rng.choice(["SM-G991B", "A2403", "KX-TG6812", "HG8245H", "XR500"]), rnd_digits(rng.choice([10, 15, 17]))))
        k.a("thanks, and the device ID %s, under warranty until %d" % (rnd_digits(15), rng.randint(2025, 2028)))
        return k

    def neg_times():
        k = newneg("opening hours, temperatures, appointment times, counts")
        k.a("we're open %s to %s, and your appointment is %s at %s" % (rng.choice(["eight", "9am", "half eight"]), rng.choice(["six", "5:30pm", "eight pm"]),
                                                                       rng.choice(["Tuesday the %s" % ordinal(rng.randint(1, 28)), "on %d/%d" % (rng.randint(1, 28), rng.randint(1, 12))]),
                                                                       rng.choice(["ten fifteen", "14:45", "quarter past two"])))
        k.c("fine, the heating's stuck on %d degrees and the boiler is %d years old, %d radiators" % (rng.randint(15, 30), rng.randint(1, 25), rng.randint(3, 14)))
        return k

    def neg_payment_ref():
        k = newneg("payment reference numbers with card-like grouping typed")
        ref = luhn_complete(rnd_digits(15))
        k.c("I paid with reference %s on %s and it still shows %d%% outstanding" % (" ".join(group(ref, [4, 4, 4, 4])), "%d/%d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2023, 2026)), rng.randint(5, 95)))
        k.a("Transaction ID %s shows as pending, it can take %d to %d working days." % (rnd_digits(12), rng.randint(1, 3), rng.randint(4, 7)))
        return k

    def neg_road():
        k = newneg("road names and directions, no house numbers")
        k.a("the engineer will come from the depot on %s, near the %s roundabout" % (rng.choice(STREETS), rng.choice(["A%d" % rng.randint(1, 999), "M%d" % rng.randint(1, 62)])))
        k.c("ok, I'm off %s, on the route %d bus" % (rng.choice(US_STREETS + STREETS), rng.randint(1, 99)))
        return k

    negs = [neg_ref_spoken_like_card, neg_last4, neg_order_typed, neg_meter, neg_travel, neg_balance,
            neg_ref_spoken_split, neg_model_serial, neg_times, neg_payment_ref, neg_road]
    for i in range(110):
        cases.append(negs[i % len(negs)]())
    return cases


def generate():
    rng = random.Random(SEED)
    cases = build(rng)
    lines, metas = [], []
    for k in cases:
        obj, groups = k.render()
        lines.append(json.dumps(obj, ensure_ascii=False))
        metas.append((obj, groups))
    return "\n".join(lines) + "\n", metas


def check(text, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl differs from regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in text.splitlines():
        obj = json.loads(line)
        cid = obj["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if obj["kind"] == "positive":
            npos += 1
            if not obj["spans"]:
                errs.append(cid + ": positive without spans")
        elif obj["kind"] == "negative":
            nneg += 1
            if obj["spans"]:
                errs.append(cid + ": negative with spans")
        else:
            errs.append(cid + ": bad kind")
        for t in obj["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        per_turn = {}
        for s in obj["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not 0 <= s["turn"] < len(obj["turns"]):
                errs.append(cid + ": bad turn index")
                continue
            txt = obj["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            val = txt[st:en]
            first_ok = val[0].isalnum() or (s["type"] == "PHONE" and val[0] == "+")
            if val != val.strip() or not first_ok or not val[-1].isalnum():
                errs.append("%s: span not trimmed %r" % (cid, val))
            if st > 0 and (txt[st - 1].isalnum() or txt[st - 1] == "+"):
                errs.append("%s: span start not on word boundary %r" % (cid, val))
            if en < len(txt) and txt[en].isalnum():
                errs.append("%s: span end not on word boundary %r" % (cid, val))
            per_turn.setdefault(s["turn"], []).append((st, en))
        for lst in per_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
    for obj, groups in metas:
        for (gid, typ, role), parts in groups.items():
            try:
                if role in ("full", "part"):
                    ok = validate(typ, parts)
                elif role == "misread":
                    d = norm_spoken(" ".join(parts))
                    ok = d.isdigit() and 12 <= len(d) <= 19
                else:  # frag: abandoned / partial reading of same type
                    d = norm_spoken(" ".join(parts), letters=(typ == "NI_NUMBER"))
                    ok = len(d) >= 1 and d.isalnum()
            except ValueError as e:
                ok = False
                errs.append("%s: %s" % (obj["id"], e))
            if not ok:
                errs.append("%s: %s value fails validation: %r" % (obj["id"], typ, parts))
    return errs, counts, npos, nneg


def main():
    text, metas = generate()
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(text, metas)
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if counts.get(t, 0) < m:
                errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), m))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts.get(t, 0)))
        if errs:
            for e in errs[:50]:
                print("ERROR:", e)
            print("%d errors" % len(errs))
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(metas), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout542 held-out PII redaction evaluation set.

Every turn is assembled from plain segments and labelled value segments, so
span offsets are computed, never typed.  Standard library only; one RNG.

    python scripts/make_pii_holdout542.py          # write cases.jsonl
    python scripts/make_pii_holdout542.py --check  # regenerate + validate
"""
import argparse
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout542", "cases.jsonl")
SEED = 542241125

N_POS = 230
N_NEG = 120

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "Q": "quebec",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
        "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward",
        "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london",
        "M": "mother", "N": "nancy", "P": "peter", "R": "robert", "S": "sugar",
        "T": "tommy", "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
FILL = ["um", "uh", "er", "erm"]

# --------------------------------------------------------------------------
# value generators


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def mod97(s):
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


class Gen:
    def __init__(self, rng):
        self.r = rng

    def digits(self, n):
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def card(self):
        kind = self.r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
        if kind == "visa":
            body = "4" + self.digits(14)
        elif kind == "mc":
            body = "5" + self.r.choice("12345") + self.digits(13)
        elif kind == "amex":
            body = "3" + self.r.choice("47") + self.digits(12)
        elif kind == "disc":
            body = "6011" + self.digits(11)
        elif kind == "visa13":
            body = "4" + self.digits(11)
        else:
            body = "6759" + self.digits(14)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c

    def ssn(self):
        while True:
            a = self.r.randint(1, 899)
            if a != 666:
                break
        return "%03d%02d%04d" % (a, self.r.randint(1, 99), self.r.randint(1, 9999))

    def ni(self):
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = self.r.choice(first) + self.r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + self.digits(6) + self.r.choice("ABCD")

    def iban(self, cc=None):
        cc = cc or self.r.choice(["GB", "GB", "IE", "IE", "DE", "ES", "NL", "FR"])
        if cc in ("GB", "IE"):
            bank = self.r.choice(["NWBK", "BARC", "HBUK", "MIDL", "AIBK", "IPBS", "ULSB", "SRLG"])
            bban = bank + self.digits(14)
        elif cc == "DE":
            bban = self.digits(18)
        elif cc == "ES":
            bban = self.digits(20)
        elif cc == "NL":
            bban = self.r.choice(["ABNA", "RABS", "INGB", "TRIS"]) + self.digits(10)
        else:
            bban = self.digits(23)
        chk = 98 - mod97(cc + "00" + bban)
        return cc + "%02d" % chk + bban

    def phone(self, region):
        r = self.r
        if region == "uk":
            k = r.choice(["mob", "mob", "ldn", "man", "lds", "intl"])
            if k == "mob":
                return "07" + r.choice("3456789") + self.digits(8), "07xxx xxxxxx"
            if k == "ldn":
                return "020" + r.choice("378") + self.digits(7), "020 xxxx xxxx"
            if k == "man":
                return "0161" + self.digits(7), "0161 xxx xxxx"
            if k == "lds":
                return "0113" + self.digits(7), "0113 xxx xxxx"
            return "+447" + r.choice("3456789") + self.digits(8), "+44 7xxx xxxxxx"
        if region == "ie":
            k = r.choice(["mob", "mob", "dub", "intl"])
            if k == "mob":
                return "08" + r.choice("35679") + self.digits(7), "08x xxx xxxx"
            if k == "dub":
                return "01" + self.digits(7), "01 xxx xxxx"
            return "+3538" + r.choice("35679") + self.digits(7), "+353 8x xxx xxxx"
        if region == "us":
            a = str(r.randint(2, 9)) + self.digits(2)
            return (r.choice(["", "+1"]) + a + str(r.randint(2, 9)) + self.digits(6)), "us"
        return r.choice(["+49", "+33", "+34"]) + r.choice("1234567") + self.digits(8), "eu"

    def sort_code(self):
        return self.r.choice(["20", "40", "60", "30", "90", "93", "98", "11", "08"]) + self.digits(4)

    def dob(self):
        return (self.r.randint(1938, 2006), self.r.randint(1, 12), self.r.randint(1, 28))

    def expiry(self):
        return (self.r.randint(2025, 2031), self.r.randint(1, 12))

    def uk_postcode(self):
        r = self.r
        outward = r.choice(["M14", "M20", "LS6", "LS17", "SW1A", "SE15", "E14", "N7", "B15",
                            "G12", "EH3", "CF10", "BT7", "NE6", "L18", "BS3", "S11",
                            "NG7", "CB4", "W1T", "EC2A", "BD9", "DH1", "PL4", "YO31"])
        return outward + " " + str(r.randint(1, 9)) + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")

    def eircode(self):
        r = self.r
        rk = r.choice(["D02", "D04", "D6W", "D08", "D15", "T12", "T23", "H91", "V94", "A94", "K78", "W23", "F92", "P31"])
        chars = "ACDEFHKNPRTVWXY0123456789"
        return rk + " " + r.choice("ACDEFHKNPRTVWXY") + "".join(r.choice(chars) for _ in range(3))

    def zip(self):
        z = "%05d" % self.r.randint(10001, 99950)
        if self.r.random() < 0.3:
            z += "-" + self.digits(4)
        return z


# --------------------------------------------------------------------------
# spoken renderers


class Say:
    def __init__(self, rng):
        self.r = rng

    def zero(self, region):
        if region == "uk":
            return self.r.choice(["oh", "oh", "nought", "nought", "zero"])
        if region == "ie":
            return self.r.choice(["oh", "oh", "zero", "o"])
        return self.r.choice(["zero", "zero", "oh"])

    def unit(self, d, region):
        return self.zero(region) if d == "0" else UNIT[int(d)]

    def small(self, v):
        if v < 10:
            return UNIT[v]
        if v < 20:
            return TEEN[v - 10]
        t, u = divmod(v, 10)
        return TENS[t] + ("" if u == 0 else " " + UNIT[u])

    def single(self, s, region):
        words = []
        i = 0
        pdouble = 0.75 if region in ("uk", "ie") else 0.3
        while i < len(s):
            k = 1
            while i + k < len(s) and s[i + k] == s[i] and k < 3:
                k += 1
            d = s[i]
            if k == 3 and self.r.random() < pdouble:
                w = self.r.choice(["treble", "treble", "triple"]) if region in ("uk", "ie") else "triple"
                words.append(w + " " + self.unit(d, region))
                i += 3
            elif k >= 2 and self.r.random() < pdouble:
                words.append("double " + self.unit(d, region))
                i += 2
            else:
                words.append(self.unit(d, region))
                i += 1
        return words

    def pair(self, ch, region):
        if len(ch) == 1:
            return self.unit(ch, region)
        a, b = ch
        if a == "0":
            if b == "0":
                z = self.zero(region)
                return self.r.choice(["double " + z, z + " " + z])
            return self.zero(region) + " " + UNIT[int(b)]
        return self.small(int(ch))

    def hundred(self, ch, region):
        if ch[0] == "0":
            return " ".join(self.single(ch, region))
        rest = int(ch[1:])
        if rest == 0:
            return UNIT[int(ch[0])] + " hundred"
        return UNIT[int(ch[0])] + " hundred and " + self.small(rest)

    def digits(self, s, region, mode=None, fill=0.0):
        """Render a digit string as words. Returns a string."""
        if mode is None:
            opts = ["single", "single", "pairs"]
            if len(s) % 3 == 0:
                opts.append("hundreds")
            mode = self.r.choice(opts)
        if mode == "single":
            chunks = self.single(s, region)
        elif mode == "pairs":
            chunks = [self.pair(s[i:i + 2], region) for i in range(0, len(s), 2)]
        else:
            chunks = [self.hundred(s[i:i + 3], region) for i in range(0, len(s), 3)]
        return self.join(chunks, fill)

    def join(self, chunks, fill=0.0, seps=None):
        out = chunks[0]
        for c in chunks[1:]:
            last = out.split()[-1]
            first = c.split()[0]
            if self.r.random() < fill:
                sep = " " + self.r.choice(FILL) + " "
            elif seps:
                sep = self.r.choice(seps)
            elif last in TENS.values() and first in UNIT[1:]:
                sep = ", "
            else:
                sep = " "
            if sep == " " and last in TENS.values() and first in UNIT[1:]:
                sep = ", "
            out += sep + c
        return out

    def letter(self, c, style):
        if style == "plain":
            return c.lower()
        if style == "nato":
            return NATO[c]
        if style == "folk" and c in FOLK:
            return c.lower() + self.r.choice([" for ", " as in "]) + FOLK[c]
        return c.lower() + self.r.choice([" for ", " as in "]) + NATO[c]

    def alnum(self, s, region, lstyle=None, fill=0.0):
        """Spoken letters+digits; digits runs grouped."""
        parts = re.findall(r"[A-Z]|\d+", s.replace(" ", ""))
        chunks = []
        for p in parts:
            if p.isdigit():
                chunks.append(self.digits(p, region, mode=self.r.choice(["single", "single", "pairs"])))
            else:
                st = lstyle or self.r.choice(["plain", "plain", "plain", "for", "nato", "folk"])
                chunks.append(self.letter(p, st))
        return self.join(chunks, fill)


def cap_words(s, style):
    if style == "asr":
        return s.lower()
    return s


# --------------------------------------------------------------------------
# normalisation (used by --check)

UNIT_W = {w: i for i, w in enumerate(UNIT)}
UNIT_W.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEEN_W = {w: 10 + i for i, w in enumerate(TEEN)}
TENS_W = {w: k for k, w in TENS.items()}
ORD_W = {w: k for k, w in ORD.items()}
ORD_UNIT = {w: k for k, w in ORD.items() if k < 10}
IGNORE = {"um", "uh", "er", "erm", "ah", "eh", "hmm", "the", "of", "th", "st", "nd",
          "rd", "and", "plus", "then"}
LETTER_WORDS = {}
for _c, _w in NATO.items():
    LETTER_WORDS[_w] = _c
MONTH_W = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTH_W.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
MONTH_W["sept"] = 9


def normalise(text, letters=False, months=False):
    low = text.lower()
    toks, attached = [], []
    for m in re.finditer(r"[a-z]+|\d+|[,.;!?/\-]", low):
        toks.append(m.group())
        a, b = m.start(), m.end()
        attached.append(m.group().isalpha() and ((a > 0 and low[a - 1].isdigit()) or (b < len(low) and low[b].isdigit())
                                                 or text[a:b].isupper()))
    out = []
    i = 0
    n = len(toks)

    def small_at(j):
        t = toks[j]
        if t in TEEN_W:
            return TEEN_W[t], j + 1
        if t in TENS_W:
            v = TENS_W[t] * 10
            if j + 1 < n and toks[j + 1] in UNIT_W and UNIT_W[toks[j + 1]] > 0:
                return v + UNIT_W[toks[j + 1]], j + 2
            return v, j + 1
        if t in UNIT_W:
            return UNIT_W[t], j + 1
        raise ValueError("bad number after 'and': %r" % t)

    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif letters and attached[i] and t not in LETTER_WORDS:
            out.append(t.upper())
            i += 1
        elif t in ",.;!?/-":
            i += 1
        elif t in ("double", "treble", "triple"):
            k = 2 if t == "double" else 3
            if nxt in UNIT_W:
                out.append(str(UNIT_W[nxt]) * k)
            elif letters and nxt and len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise ValueError("double what? %r" % nxt)
            i += 2
        elif t in ("hundred", "thousand"):
            if not out or len(out[-1]) != 1 or not out[-1].isdigit():
                raise ValueError("hundred without digit")
            prev = out.pop()
            if nxt == "and":
                v, i = small_at(i + 2)
                out.append(prev + ("0" if t == "thousand" else "") + "%02d" % v)
            else:
                out.append(prev + ("00" if t == "hundred" else "000"))
                i += 1
        elif months and t in MONTH_W:
            out.append("%02d" % MONTH_W[t])
            i += 1
        elif t in TENS_W:
            v = TENS_W[t] * 10
            if nxt in UNIT_W and UNIT_W[nxt] > 0:
                out.append(str(v + UNIT_W[nxt]))
                i += 2
            elif months and nxt in ORD_UNIT:
                out.append(str(v + ORD_UNIT[nxt]))
                i += 2
            else:
                out.append(str(v))
                i += 1
        elif t in TEEN_W:
            out.append(str(TEEN_W[t]))
            i += 1
        elif t in UNIT_W and not (letters and t == "o" and False):
            out.append(str(UNIT_W[t]))
            i += 1
        elif months and t in ORD_W:
            out.append(str(ORD_W[t]))
            i += 1
        elif letters and t in ("for",) and out and out[-1].isalpha():
            i += 2
        elif letters and t == "as" and nxt == "in" and out and out[-1].isalpha():
            i += 3
        elif letters and len(t) == 1:
            out.append(t.upper())
            i += 1
        elif letters and t in LETTER_WORDS:
            out.append(LETTER_WORDS[t])
            i += 1
        elif t in IGNORE:
            i += 1
        elif letters and t.isalpha() and len(t) <= 4:
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z]+|\d+|[@._+\-]", text.lower())
    out = []
    numrun = []

    def flush():
        if numrun:
            out.append(normalise(" ".join(numrun)))
            del numrun[:]
    nums = set(UNIT) | set(TEEN) | set(TENS.values()) | {"double"}
    for t in toks:
        if t in nums:
            numrun.append(t)
            continue
        flush()
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        else:
            out.append(t)
    flush()
    return "".join(out)


def date_forms(y, m, d=None):
    ys = {str(y), "%02d" % (y % 100)}
    ms = {str(m), "%02d" % m}
    forms = set()
    if d is None:
        for a in ms:
            for b in ys:
                forms.add(a + b)
        return forms
    ds = {str(d), "%02d" % d}
    for a in ds:
        for b in ms:
            for c in ys:
                forms.update({a + b + c, b + a + c, c + b + a})
    return forms


ADDR_RE = re.compile(
    r"^(flat|apartment|apt|unit|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety).*\b(street|st|road|rd|avenue|ave|lane|drive|close|crescent|way|place|"
    r"terrace|grove|court|gardens|park|row|hill|view|walk|square|boulevard|blvd)$", re.I)
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY0-9]{4}$")
ZIP = re.compile(r"^\d{5}(\d{4})?$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate_group(typ, texts, meta):
    joined = " , ".join(texts)
    val = meta["value"]
    frag = meta.get("kind") == "fragment"
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        got = normalise(joined)
        want = re.sub(r"\D", "", val)
        if typ == "PHONE" and got.startswith("00") and val.startswith("+"):
            got = got[2:]  # "double oh" international prefix == "+"
        if frag:
            assert got.isdigit() and want.startswith(got), (got, want)
            return
        assert got == want, (typ, got, want, texts)
        if typ == "CARD_NUMBER":
            assert 13 <= len(got) <= 19 and luhn_ok(got), got
        elif typ == "CVV":
            assert len(got) in (3, 4)
        elif typ == "SSN":
            assert len(got) == 9 and got[:3] not in ("000", "666") and got[0] != "9"
            assert got[3:5] != "00" and got[5:] != "0000"
        elif typ == "BANK_ACCOUNT":
            assert 6 <= len(got) <= 17
        elif typ == "SORT_CODE":
            assert len(got) == 6
        elif typ == "PHONE":
            assert 9 <= len(got) <= 13, got
    elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        if typ == "POSTCODE" and re.fullmatch(r"[\d\- ]+", val):
            got = normalise(joined)
            want = re.sub(r"\D", "", val)
        else:
            got = normalise(joined, letters=True)
            want = val.replace(" ", "").upper()
        if frag:
            assert want.startswith(got), (got, want)
            return
        assert got == want, (typ, got, want, texts)
        if typ == "NI_NUMBER":
            assert NI_RE.match(got) and got[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), got
        elif typ == "IBAN":
            assert re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", got) and mod97(got) == 1, got
        else:
            assert UK_PC.match(got) or EIR.match(got) or ZIP.match(got), got
    elif typ == "EMAIL":
        got = norm_email(joined.replace(" , ", " "))
        assert got == val.lower(), (got, val)
        assert re.match(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", got), got
    elif typ in ("DOB", "EXPIRY"):
        got = normalise(joined, months=True)
        if typ == "DOB":
            y, m, d = val
            assert got in date_forms(y, m, d), (got, val, texts)
        else:
            y, m = val
            assert got in date_forms(y, m), (got, val, texts)
    elif typ == "ADDRESS":
        assert len(texts) == 1 and ADDR_RE.match(texts[0]), texts
    else:
        raise AssertionError("unknown type " + typ)


# --------------------------------------------------------------------------
# case builder


class Case:
    def __init__(self, kind, style, region, industry):
        self.kind = kind
        self.style = style
        self.region = region
        self.industry = industry
        self.turns = []
        self.groups = {}
        self.note = ""

    def group(self, typ, value, kind="full"):
        gid = len(self.groups)
        self.groups[gid] = {"type": typ, "value": value, "kind": kind}
        return gid

    def add(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))

    def render(self):
        turns, spans, gspans = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text),
                                  "type": self.groups[gid]["type"]})
                    gspans.setdefault(gid, []).append((ti, st, len(text)))
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, gspans


# --------------------------------------------------------------------------
# scenario writer


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]
BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah go on", "got that", "and the next bit?"]
BACK_CHAT = ["ok", "Thanks, go on", "got it", "yes?", "and the rest?"]
ASIDES = ["sorry the dog's going mad, ", "hang on it's worn off a bit, ", "sorry, the kids, ",
          "bear with me my glasses, ", "hold on I'm driving, ", "wait let me turn it over, "]
FIRST = ["sarah", "declan", "aoife", "john", "priya", "mohammed", "siobhan", "gareth",
         "emma", "liam", "niamh", "tom", "ruth", "kevin", "fiona", "dave", "maria", "ciara"]
LAST = ["doyle", "murphy", "smith", "patel", "jones", "kelly", "byrne", "hughes",
        "walsh", "evans", "khan", "brennan", "reid", "lynch", "taylor", "mcgrath"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "eircom.net",
           "btinternet.com", "icloud.com", "live.ie", "sky.com", "protonmail.com"]
STREETS = ["Acacia Avenue", "Mill Lane", "Church Street", "Beechwood Road", "Station Road",
           "Orchard Close", "Kings Crescent", "Main Street", "Harbour View", "Victoria Terrace",
           "Elm Grove", "Meadow Way", "Castle Park", "Oak Drive", "Willow Court",
           "Bridge Street", "Quarry Hill", "Clarendon Gardens", "Shore Road", "Abbey Row"]
US_STREETS = ["Oak Street", "Maple Avenue", "Sunset Boulevard", "Pine Drive", "Lakeview Lane",
              "Elm St", "Cedar Rd", "Washington Ave"]
TOWNS_UK = ["Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Belfast", "Newcastle",
            "Sheffield", "Nottingham", "York", "Durham", "Plymouth"]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick", "Drogheda", "Naas", "Sligo", "Waterford"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Portland", "Tucson", "Raleigh"]


class Writer:
    def __init__(self, rng):
        self.r = rng
        self.g = Gen(rng)
        self.say = Say(rng)

    # ---- generic helpers ------------------------------------------------
    def ch(self, *opts):
        return self.r.choice(opts)

    def split_groups(self, s, sizes):
        out, i = [], 0
        for k in sizes:
            out.append(s[i:i + k])
            i += k
        if i < len(s):
            out.append(s[i:])
        return [x for x in out if x]

    def card_groups(self, c):
        n = len(c)
        if n == 15:
            opts = [[4, 6, 5], [4, 4, 4, 3], [3, 3, 3, 3, 3]]
        elif n == 16:
            opts = [[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4], [6, 6, 4], [8, 8]]
        elif n == 13:
            opts = [[4, 4, 5], [4, 3, 3, 3]]
        else:
            opts = [[4, 4, 4, 4, 3], [4, 4, 4, 7]]
        return self.split_groups(c, self.r.choice(opts))

    def typed_digits(self, s, groups=None, sep=None):
        sep = sep if sep is not None else self.ch(" ", " ", "-", "", ".", "  ")
        groups = groups or [s]
        return sep.join(groups)

    def spoken(self, s, region, fill=0.15, groups=None):
        groups = groups or [s]
        chunks = [self.say.digits(g, region, fill=fill * 0.5) for g in groups]
        return self.say.join(chunks, fill, seps=[", ", ", ", "... ", " - "] if len(chunks) > 1 else None)

    def asr_or_typed_digits(self, c, s, groups=None):
        if c.style == "asr":
            if self.r.random() < 0.2:
                return " ".join(groups or [s])  # ASR emitting digits
            return self.spoken(s, c.region, groups=groups)
        return self.typed_digits(s, groups)

    def lead(self, c, *opts):
        s = self.r.choice(opts)
        return s.lower() if c.style == "asr" else s

    def new(self, kind, style=None, region=None):
        style = style or self.ch("asr", "asr", "chat")
        region = region or self.ch("uk", "uk", "ie", "ie", "us", "eu")
        return Case(kind, style, region, self.ch(*INDUSTRIES))

    def t(self, c, s):
        return s.lower().replace("'", "'") if c.style == "asr" else s

    # ---- value renderers --------------------------------------------------
    def r_card_full(self, c, card, gid_type="CARD_NUMBER"):
        grp = self.card_groups(card)
        if c.style == "asr":
            return self.spoken(card, c.region, groups=grp) if self.r.random() > 0.15 else " ".join(grp)
        return self.typed_digits(card, grp)

    def r_expiry(self, c, y, m):
        if c.style == "chat":
            return self.ch("%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                           "%02d-%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].title(), y))
        z = self.say.zero(c.region)
        mm = ("%s %s" % (z, UNIT[m]) if m < 10 else self.say.small(m))
        yy = self.say.small(y % 100) if y % 100 >= 10 else z + " " + UNIT[y % 10]
        return self.ch(mm + " " + yy, MONTHS[m - 1] + " " + yy, MONTHS[m - 1] + " twenty " + yy,
                       mm + " slash " + yy if False else mm + ", " + yy)

    def r_dob(self, c, y, m, d, us=False):
        if c.style == "chat":
            if us:
                return self.ch("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y),
                               "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d))
            return self.ch("%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y % 100 + 0) if False else "%d.%d.%d" % (d, m, y),
                           "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%d%s %s %d" % (d, self.suffix(d), MONTHS[m - 1][:3].title(), y),
                           "%02d-%02d-%d" % (d, m, y))
        yw = self.year_words(y)
        dw = ORD[d] if d in ORD else TENS[d // 10] + " " + ORD[d % 10]
        mw = MONTHS[m - 1]
        if us:
            return self.ch("%s %s %s" % (mw, dw, yw), "%s %s, %s" % (mw, self.say.small(d), yw))
        return self.ch("the %s of %s %s" % (dw, mw, yw) if False else "%s of %s %s" % (dw, mw, yw),
                       "%s %s %s" % (dw, mw, yw),
                       "%s of the %s %s" % (dw, ORD[m], self.say.small(y % 100) if y % 100 >= 10 else self.say.zero(c.region) + " " + UNIT[y % 10]),
                       "%s %s %s" % (self.say.digits("%02d" % d, c.region, "pairs"), self.say.digits("%02d" % m, c.region, "pairs"), yw))

    def suffix(self, d):
        return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")

    def year_words(self, y):
        if y < 2000:
            return "nineteen " + self.say.small(y % 100) if y % 100 >= 10 else "nineteen oh " + UNIT[y % 10]
        if y % 100 < 10:
            return self.ch("two thousand and " + UNIT[y % 100], "two thousand" if y == 2000 else "two thousand and " + UNIT[y % 100])
        return self.ch("two thousand and " + self.say.small(y % 100), "twenty " + self.say.small(y % 100))

    def r_ni(self, c, ni):
        if c.style == "chat":
            return self.ch(ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                           "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "%s %s %s" % (ni[:2], ni[2:8], ni[8]))
        lst = self.ch("plain", "plain", "for", "nato", "folk")
        letters = self.say.join([self.say.letter(ni[0], lst), self.say.letter(ni[1], lst)])
        nums = self.spoken(ni[2:8], c.region, groups=self.ch([ni[2:4], ni[4:6], ni[6:8]], [ni[2:5], ni[5:8]], [ni[2:8]]))
        return letters + self.ch(", ", " ", " ... ") + nums + self.ch(", ", " ", " and then ") + self.say.letter(ni[8], lst)

    def r_sort(self, c, sc):
        if c.style == "chat":
            return self.ch("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), sc,
                           "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:]))
        return self.spoken(sc, c.region, groups=self.ch([sc[:2], sc[2:4], sc[4:]], [sc[:2], sc[2:4], sc[4:]], [sc[:3], sc[3:]], [sc]))

    def r_iban(self, c, ib):
        if c.style == "chat":
            g = [ib[i:i + 4] for i in range(0, len(ib), 4)]
            return self.ch(" ".join(g), ib, " ".join(g).lower(), ib[:4] + " " + ib[4:])
        return self.say.alnum(ib, c.region, fill=0.1)

    def r_phone(self, c, ph, fmt):
        if c.style == "chat":
            if ph.startswith("+44"):
                return self.ch("+44 %s %s" % (ph[3:7], ph[7:]), ph, "+44 (0)%s %s" % (ph[3:7], ph[7:]) if False else "+44-%s-%s" % (ph[3:7], ph[7:]))
            if ph.startswith("+353"):
                return self.ch("+353 %s %s %s" % (ph[4:6], ph[6:9], ph[9:]), ph, "00353 %s %s" % (ph[4:6], ph[6:]))
            if ph.startswith("+1"):
                return self.ch("+1 %s-%s-%s" % (ph[2:5], ph[5:8], ph[8:]), "+1.%s.%s.%s" % (ph[2:5], ph[5:8], ph[8:]))
            if ph.startswith("+"):
                return ph[:3] + " " + ph[3:6] + " " + ph[6:]
            if fmt == "us":
                return self.ch("%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]), ph)
            if ph.startswith("07") or ph.startswith("08"):
                return self.ch(ph[:5] + " " + ph[5:], ph, ph[:3] + " " + ph[3:6] + " " + ph[6:], ph[:5] + "-" + ph[5:8] + "-" + ph[8:])
            if ph.startswith("020"):
                return self.ch(ph[:3] + " " + ph[3:7] + " " + ph[7:], ph)
            return self.ch(ph[:4] + " " + ph[4:7] + " " + ph[7:], ph, ph[:2] + " " + ph[2:5] + " " + ph[5:])
        body = ph
        pre = ""
        if ph.startswith("+"):
            cc = {"+44": "44", "+1": "1", "+49": "49", "+33": "33", "+34": "34"}.get(ph[:3] if ph[:3] != "+35" else "", None)
            if ph.startswith("+353"):
                cc = "353"
            elif ph.startswith("+1"):
                cc = "1"
            else:
                cc = ph[1:3]
            body = ph[1 + len(cc):]
            pre = self.ch("plus " + " ".join(UNIT[int(x)] for x in cc), "double " + self.say.zero(c.region) + " " + " ".join(UNIT[int(x)] for x in cc)) + ", "
            if pre.startswith("double"):
                c.groups  # noqa
        if ph.startswith("07") and len(ph) == 11:
            grp = self.ch([ph[:5], ph[5:8], ph[8:]], [ph[:5], ph[5:]], [ph[:4], ph[4:7], ph[7:]])
        elif ph.startswith("08"):
            grp = [ph[:3], ph[3:6], ph[6:]]
        else:
            grp = self.split_groups(body, self.ch([3, 3, 4], [4, 3, 4], [2, 3, 4], [3, 4, 4]))
        if pre:
            grp = self.split_groups(body, self.ch([2, 3, 4], [4, 3, 3], [3, 3, 4]))
        return pre + self.spoken(body if pre else ph, c.region, groups=grp)

    def r_email(self, c, em):
        if c.style == "chat":
            v = self.ch(em, em, em.title() if False else em[0].upper() + em[1:], em.replace("@", " @ "), em.upper() if False else em)
            return v
        local, dom = em.split("@")
        def sp(part):
            out = []
            for tok in re.findall(r"[a-z]+|\d+|[._\-]", part):
                if tok == ".":
                    out.append("dot")
                elif tok == "_":
                    out.append("underscore")
                elif tok == "-":
                    out.append(self.ch("dash", "hyphen"))
                elif tok.isdigit():
                    out.append(self.say.digits(tok, "us", mode=self.ch("single", "pairs")).replace("oh", "zero"))
                else:
                    if len(tok) <= 3 and tok not in ("com", "net", "ie", "uk", "co") and "o" not in tok and self.r.random() < 0.5:
                        out.append(" ".join(tok))
                    else:
                        out.append(tok)
            return " ".join(out)
        return sp(local) + " at " + sp(dom)

    def email(self):
        f, l = self.ch(*FIRST), self.ch(*LAST)
        pat = self.ch("{f}.{l}", "{f}{l}{n}", "{i}{l}", "{f}_{l}{n}", "{l}.{f}{n}", "{i}.{l}-{n}")
        return pat.format(f=f, l=l, i=f[0], n=self.r.randint(1, 99)) + "@" + self.ch(*DOMAINS)

    def address(self, c):
        if c.region == "us":
            s = "%d %s" % (self.r.randint(12, 9800), self.ch(*US_STREETS))
            if self.r.random() < 0.3:
                s = "Apt %d%s, " % (self.r.randint(1, 30), self.ch("", "B", "C")) + s
            return s
        n = self.r.randint(1, 160)
        st = self.ch(*STREETS)
        s = "%d%s %s" % (n, self.ch("", "", "", "a", "b"), st)
        if self.r.random() < 0.3:
            s = "Flat %d, " % self.r.randint(1, 24) + s
        return s

    def r_address(self, c, a):
        if c.style == "chat":
            return self.ch(a, a, a.lower(), a.upper() if False else a)
        def num(m):
            v = int(m.group(1))
            return (self.say.small(v) if v < 100 else self.say.hundred("%03d" % v, c.region) if v < 1000 else self.say.digits(str(v), c.region, "pairs")) + (" " + m.group(2).lower() if m.group(2) else "")
        s = re.sub(r"(\d+)([ab]?)\b", num, a)
        s = re.sub(r"\bApt\b", "apartment", s)
        s = re.sub(r"\bSt$", "street", re.sub(r"\bRd$", "road", re.sub(r"\bAve$", "avenue", s)))
        return s.lower()

    def postcode(self, c):
        if c.region == "us":
            return self.g.zip()
        if c.region == "ie":
            return self.g.eircode()
        return self.g.uk_postcode()

    def r_postcode(self, c, pc):
        if c.style == "chat":
            return self.ch(pc, pc, pc.lower(), pc.replace(" ", ""))
        if re.fullmatch(r"[\d\-]+", pc):
            return self.spoken(pc.replace("-", ""), c.region)
        out, inw = pc.split(" ")
        return self.say.alnum(out, c.region, lstyle=self.ch("plain", "plain", "for", "nato")) + self.ch(", ", " ") + \
            self.say.alnum(inw, c.region, lstyle=self.ch("plain", "plain", "for", "folk"))

    # ---- multi-turn split helper ----------------------------------------
    def split_reading(self, c, gid, pieces, agent_back=True, first_lead=""):
        """Customer reads pieces over several turns, agent back-channels between."""
        for k, p in enumerate(pieces):
            lead = first_lead if k == 0 else self.ch("", "", "then ", "and ", "", "next is ")
            if c.style == "chat":
                lead = first_lead if k == 0 else ""
            tail = self.ch("", "", "...", ",") if c.style == "asr" else ""
            c.add("customer", lead, (p, gid), tail)
            if k < len(pieces) - 1 and agent_back:
                c.add("agent", self.ch(*BACK) if c.style == "asr" else self.ch(*BACK_CHAT))

    def pieces_of(self, c, value, groups, render_piece):
        return [render_piece(g) for g in groups]

    # ---- positive scenarios -----------------------------------------------
    def p_card_chat(self):
        c = self.new("positive", style="chat")
        card = self.g.card()
        g = c.group("CARD_NUMBER", card)
        lab = self.ch("card no: ", "Card number is ", "CC# ", "long number on the card - ", "card: ", "it's ")
        c.add("agent", self.ch("Can you type the long card number please?", "Please provide the card details to complete the refund.",
                                "To take the payment I'll need the 16 digit number on the front."))
        segs = [lab, (self.r_card_full(c, card), g)]
        if self.r.random() < 0.7:
            y, m = self.g.expiry()
            ge = c.group("EXPIRY", (y, m))
            segs += [self.ch(" exp ", ", expiry ", " valid thru ", " - expires "), (self.r_expiry(c, y, m), ge)]
        if self.r.random() < 0.6:
            cv = self.g.digits(4 if card.startswith("3") else 3)
            gc = c.group("CVV", cv)
            segs += [self.ch(" cvv ", ", security code ", " CVC: ", " and the 3 digits on the back are "), (cv, gc)]
        c.add("customer", *segs)
        c.add("agent", self.ch("Thanks, processing now.", "Thank you, that's gone through.", "Perfect, the payment of £%d.%02d is authorised." % (self.r.randint(5, 400), self.r.randint(0, 99))))
        c.note = "typed card details with separators"
        return c

    def p_card_asr_split(self):
        c = self.new("positive", style="asr")
        card = self.g.card()
        g = c.group("CARD_NUMBER", card)
        grp = self.card_groups(card)
        c.add("agent", self.ch("okay and the long number across the front of the card when you're ready",
                                "can i take the card number please", "go ahead with the card number"))
        pieces = [self.say.digits(x, c.region, fill=0.2) if self.r.random() > 0.1 else x for x in grp]
        self.split_reading(c, g, pieces, first_lead=self.ch("right it's ", "yeah it's ", "", "okay ", "it's um "))
        if self.r.random() < 0.5:
            gb = c.group("CARD_NUMBER", card)
            c.add("agent", "let me read that back ", (self.spoken(card, c.region, fill=0.0, groups=grp), gb), " is that right")
            c.add("customer", self.ch("yep that's it", "that's right yeah", "yes"))
        if self.r.random() < 0.7:
            y, m = self.g.expiry()
            ge = c.group("EXPIRY", (y, m))
            c.add("agent", "and the expiry date")
            c.add("customer", self.ch("", "it's ", "um ", "expires "), (self.r_expiry(c, y, m), ge))
        if self.r.random() < 0.6:
            cv = self.g.digits(3)
            gc = c.group("CVV", cv)
            c.add("agent", "and the last three digits on the back by the signature strip")
            c.add("customer", (self.say.digits(cv, c.region, mode=self.ch("single", "hundreds")), gc))
        c.note = "card read over several turns with back-channels (%s)" % c.region
        return c

    def p_card_restart(self):
        c = self.new("positive", style="asr")
        card = self.g.card()
        k = self.r.randint(3, 7)
        gf = c.group("CARD_NUMBER", card, kind="fragment")
        g = c.group("CARD_NUMBER", card)
        grp = self.card_groups(card)
        c.add("agent", "can i take the card number please")
        c.add("customer", self.ch("yeah it's ", "it's "), (self.say.digits(card[:k], c.region, mode="single"), gf),
              self.ch("... no hang on that's the old card, no it's the same one sorry, let me start again ",
                      " uh sorry i've lost my place, from the top ", " no wait, i'll start again "),
              (self.spoken(card, c.region, fill=0.25, groups=grp), g))
        c.add("agent", self.ch("lovely thank you", "thanks for that", "okay got it"))
        c.note = "restarted card reading; aborted fragment also labelled"
        return c

    def p_card_aside(self):
        c = self.new("positive", style=self.ch("asr", "asr", "chat"))
        card = self.g.card()
        g = c.group("CARD_NUMBER", card)
        grp = self.card_groups(card)
        cut = self.r.randint(1, len(grp) - 1)
        a = card[:sum(len(x) for x in grp[:cut])]
        b = card[len(a):]
        if c.style == "asr":
            pa = self.spoken(a, c.region, groups=grp[:cut])
            pb = self.spoken(b, c.region, groups=grp[cut:])
        else:
            pa, pb = " ".join(grp[:cut]), " ".join(grp[cut:])
        c.add("agent", self.t(c, "Whenever you're ready with the card number."))
        c.add("customer", self.t(c, "OK it's "), (pa, g), self.ch(" ... ", ", ", " - ") + self.t(c, self.ch(*ASIDES)), (pb, g))
        if self.r.random() < 0.5:
            last4 = card[-4:]
            c.add("agent", self.t(c, "Thank you, so that's the card ending %s." % (last4 if c.style == "chat" else self.say.digits(last4, c.region, "single"))))
            # last four after a full read in the same case: labelled
            turn = c.turns[-1]
            txt = turn[1][0]
            pre, rest = txt.split("ending ", 1)
            gl = c.group("CARD_NUMBER", last4, kind="fragment")
            c.turns[-1] = ("agent", [pre + "ending ", (rest[:-1], gl), "."])
        c.note = "card reading interrupted by an aside; two spans"
        return c

    def p_ssn(self):
        c = self.new("positive", region="us")
        s = self.g.ssn()
        g = c.group("SSN", s)
        if c.style == "chat":
            v = self.ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]), "%s.%s.%s" % (s[:3], s[3:5], s[5:]))
            c.add("agent", self.ch("For verification please enter your Social Security number.", "I'll need your SSN to open the claim."))
            c.add("customer", self.ch("SSN: ", "ssn is ", "Social is ", "my social ", ""), (v, g))
        else:
            c.add("agent", self.ch("and can i get your social security number", "i just need the social to verify you"))
            if self.r.random() < 0.5:
                self.split_reading(c, g, [self.say.digits(x, "us", fill=0.2) for x in (s[:3], s[3:5], s[5:])],
                                   first_lead=self.ch("sure it's ", "uh ", "yeah ", ""))
            else:
                c.add("customer", self.ch("sure it's ", "uh ", "yeah ", "it's "), (self.spoken(s, "us", fill=0.2, groups=[s[:3], s[3:5], s[5:]]), g))
            if self.r.random() < 0.4:
                gr = c.group("SSN", s)
                c.add("agent", "okay i have ", (self.spoken(s, "us", fill=0, groups=[s[:3], s[3:5], s[5:]]), gr))
        if self.r.random() < 0.5:
            y, m, d = self.g.dob()
            gd = c.group("DOB", (y, m, d))
            c.add("agent", self.t(c, "And your date of birth?"))
            c.add("customer", self.ch("", "it's ", "born "), (self.r_dob(c, y, m, d, us=True), gd))
        c.note = "US SSN (%s)" % c.style
        return c

    def p_ni(self):
        c = self.new("positive", region=self.ch("uk", "uk", "uk", "ie"))
        c.region = "uk" if c.region == "ie" and False else c.region
        ni = self.g.ni()
        g = c.group("NI_NUMBER", ni)
        if c.style == "chat":
            c.add("agent", self.ch("Please confirm your National Insurance number.", "What's your NI number?", "NINO please"))
            c.add("customer", self.ch("NI no: ", "its ", "National insurance: ", "", "ni number - "), (self.r_ni(c, ni), g),
                  self.ch("", " thanks", " (I think)", "."))
        else:
            c.add("agent", self.ch("can you give me your national insurance number", "and your n i number please",
                                    "i need your national insurance to find the claim"))
            if self.r.random() < 0.45:
                lst = self.ch("plain", "for", "nato", "folk")
                p1 = self.say.join([self.say.letter(ni[0], lst), self.say.letter(ni[1], lst)])
                p2 = self.spoken(ni[2:8], c.region, groups=[ni[2:4], ni[4:6], ni[6:8]])
                p3 = self.say.letter(ni[8], lst)
                self.split_reading(c, g, [p1, p2, p3], first_lead=self.ch("yeah it's ", "", "okay ", "right "))
            else:
                c.add("customer", self.ch("yeah it's ", "", "okay it's ", "hang on... right it's "), (self.r_ni(c, ni), g))
            if self.r.random() < 0.45:
                gr = c.group("NI_NUMBER", ni)
                c.add("agent", self.ch("so that's ", "lovely so i've got "), (self.say.alnum(ni, c.region, lstyle=self.ch("plain", "nato")), gr),
                      self.ch("", " yeah", " correct"))
                c.add("customer", self.ch("that's it", "yes", "spot on"))
        if self.r.random() < 0.4:
            y, m, d = self.g.dob()
            gd = c.group("DOB", (y, m, d))
            c.add("agent", self.t(c, "And your date of birth please?"))
            c.add("customer", self.ch("", "it's "), (self.r_dob(c, y, m, d), gd))
        c.note = "UK National Insurance number (%s)" % c.style
        return c

    def p_bank(self):
        c = self.new("positive", region=self.ch("uk", "uk", "ie", "us"))
        if c.region == "us":
            acct = self.g.digits(self.r.randint(9, 12))
            rout = None
        else:
            acct = self.g.digits(8)
        g = c.group("BANK_ACCOUNT", acct)
        sc = None
        if c.region != "us":
            sc = self.g.sort_code()
            gs = c.group("SORT_CODE", sc)
        if c.style == "chat":
            c.add("agent", "Please give the account the refund should go to.")
            segs = []
            if sc:
                segs += [self.ch("Sort code ", "sort: ", "s/c ", "SC "), (self.r_sort(c, sc), gs), self.ch(", ", " / ", "\n")]
            segs += [self.ch("acct no: ", "Account number ", "a/c ", "acc "), (self.typed_digits(acct, self.ch([acct], [acct[:4], acct[4:]])), g)]
            c.add("customer", *segs)
        else:
            c.add("agent", self.ch("and what's the sort code", "can i take the sort code and account number") if sc else "and the account number")
            if sc:
                c.add("customer", self.ch("sort code is ", "it's ", "", "um "), (self.r_sort(c, sc), gs))
                c.add("agent", self.ch("mhm and the account number", "lovely and the account number", "okay and the eight digit account number"))
            if self.r.random() < 0.4:
                half = self.r.randint(3, len(acct) - 3)
                self.split_reading(c, g, [self.say.digits(acct[:half], c.region, fill=0.2), self.say.digits(acct[half:], c.region, fill=0.2)],
                                   first_lead=self.ch("", "it's "))
            else:
                c.add("customer", self.ch("", "it's ", "yeah it's "), (self.spoken(acct, c.region, fill=0.2, groups=self.ch([acct], [acct[:4], acct[4:]], [acct[:2], acct[2:5], acct[5:]])), g))
            if sc and self.r.random() < 0.5:
                g2 = c.group("SORT_CODE", sc)
                g3 = c.group("BANK_ACCOUNT", acct)
                c.add("agent", "so that's ", (self.r_sort(c, sc), g2), self.ch(" and ", ", account "), (self.spoken(acct, c.region, fill=0), g3))
        c.note = "bank details: sort code + account (%s, %s)" % (c.region, c.style)
        return c

    def p_iban(self):
        c = self.new("positive", region=self.ch("ie", "ie", "uk", "eu"))
        ib = self.g.iban({"ie": "IE", "uk": "GB"}.get(c.region))
        g = c.group("IBAN", ib)
        c.add("agent", self.t(c, self.ch("What IBAN should we pay the refund to?", "Can you give me the IBAN please?")))
        if c.style == "asr" and self.r.random() < 0.5:
            p = [ib[:4], ib[4:12], ib[12:]]
            self.split_reading(c, g, [self.say.alnum(x, c.region) for x in p], first_lead=self.ch("", "yeah it's ", "it's "))
        else:
            c.add("customer", self.t(c, self.ch("IBAN: ", "It's ", "", "iban is ")), (self.r_iban(c, ib), g))
        if c.style == "chat" and self.r.random() < 0.4:
            bic = ib[4:8] + ("IE2D" if ib.startswith("IE") else "GB2L")
            c.add("customer", "BIC is %s if you need it" % bic)
        c.note = "IBAN (%s)" % ib[:2]
        return c

    def p_phone(self):
        c = self.new("positive", region=self.ch("uk", "uk", "ie", "ie", "us", "eu"))
        ph, fmt = self.g.phone(c.region)
        g = c.group("PHONE", ph)
        c.add("agent", self.t(c, self.ch("What's the best number to call you back on?", "Can I take a contact number?",
                                         "Is there a mobile number we can text the code to?")))
        if c.style == "asr" and self.r.random() < 0.35 and not ph.startswith("+"):
            grp = [ph[:5], ph[5:]] if len(ph) == 11 else [ph[:3], ph[3:]]
            self.split_reading(c, g, [self.say.digits(x, c.region, fill=0.2) for x in grp],
                               first_lead=self.ch("", "it's ", "yeah it's "))
        else:
            c.add("customer", self.t(c, self.ch("", "It's ", "mobile is ", "Tel: ", "call me on ", "my number's ")), (self.r_phone(c, ph, fmt), g),
                  self.t(c, self.ch("", " after 6", " - that's my mobile", ".", " or email is fine")))
        if self.r.random() < 0.4:
            gr = c.group("PHONE", ph)
            c.add("agent", self.t(c, "Just to confirm, ") , (self.r_phone(c, ph, fmt), gr), self.t(c, "?"))
            c.add("customer", self.t(c, self.ch("Yes", "Correct", "That's it")))
        c.note = "phone number (%s, %s)" % (c.region, c.style)
        return c

    def p_email(self):
        c = self.new("positive")
        em = self.email()
        g = c.group("EMAIL", em)
        c.add("agent", self.t(c, self.ch("And an email address for the confirmation?", "Which email should we send the bill to?")))
        c.add("customer", self.t(c, self.ch("", "It's ", "email: ", "it's um ")), (self.r_email(c, em), g),
              self.ch("", " all lower case", " all one word", ""))
        if self.r.random() < 0.3:
            gr = c.group("EMAIL", em)
            c.add("agent", self.t(c, "So that's "), (self.r_email(c, em), gr))
        c.note = "email address (%s)" % c.style
        return c

    def p_dob(self):
        c = self.new("positive")
        y, m, d = self.g.dob()
        g = c.group("DOB", (y, m, d))
        c.add("agent", self.t(c, self.ch("Can you confirm your date of birth?", "And the patient's date of birth?", "DOB for security please")))
        c.add("customer", self.t(c, self.ch("", "It's ", "born ", "DOB ")), (self.r_dob(c, y, m, d, us=(c.region == "us")), g))
        if self.r.random() < 0.5:
            yy = self.r.randint(2019, 2025)
            c.add("agent", self.t(c, self.ch("Thanks. Your policy renewed on the %d%s of %s %d." % (d, self.suffix(d), MONTHS[(m + 3) % 12].title(), yy),
                                             "Thanks, and you've been with us since %d." % yy)))
        c.note = "date of birth (%s)" % c.style
        return c

    def p_address(self):
        c = self.new("positive", region=self.ch("uk", "uk", "ie", "ie", "us"))
        a = self.address(c)
        pc = self.postcode(c)
        ga = c.group("ADDRESS", a)
        gp = c.group("POSTCODE", pc)
        town = self.ch(*(TOWNS_US if c.region == "us" else TOWNS_IE if c.region == "ie" else TOWNS_UK))
        c.add("agent", self.t(c, self.ch("What's the address on the account?", "Can I take the delivery address?", "And the first line of the address and postcode?")))
        if c.style == "asr" and self.r.random() < 0.5:
            c.add("customer", self.ch("it's ", "", "um "), (self.r_address(c, a), ga), ", " + town.lower())
            c.add("agent", self.ch("and the postcode", "and the eircode" if c.region == "ie" else "and the zip code" if c.region == "us" else "postcode?"))
            c.add("customer", (self.r_postcode(c, pc), gp))
        else:
            town_t = town if c.style == "chat" else town.lower()
            c.add("customer", self.t(c, self.ch("", "It's ", "address: ")), (self.r_address(c, a), ga), ", " + town_t + self.ch(", ", " ", ", "), (self.r_postcode(c, pc), gp))
        if self.r.random() < 0.35:
            gr = c.group("POSTCODE", pc)
            c.add("agent", self.t(c, "Just checking the postcode, ") if c.region != "us" else self.t(c, "Zip is "), (self.r_postcode(c, pc), gr), "?")
        c.note = "address + postcode/eircode/zip (%s)" % c.region
        return c

    def p_idv(self):
        """ID&V: postcode + DOB + last four of card (last four NOT labelled)."""
        c = self.new("positive", region=self.ch("uk", "ie", "uk"))
        pc = self.postcode(c)
        y, m, d = self.g.dob()
        gp = c.group("POSTCODE", pc)
        gd = c.group("DOB", (y, m, d))
        last4 = self.g.digits(4)
        c.add("agent", self.t(c, "Before I go into the account can I take the postcode please?"))
        c.add("customer", self.t(c, self.ch("", "Yeah it's ", "It's ")), (self.r_postcode(c, pc), gp))
        c.add("agent", self.t(c, "And your date of birth?"))
        c.add("customer", (self.r_dob(c, y, m, d), gd))
        c.add("agent", self.t(c, "And which card is this about?"))
        c.add("customer", self.t(c, "The debit card ending "), last4 if c.style == "chat" else self.say.digits(last4, c.region, "single"))
        c.note = "ID&V; card last four alone is not labelled"
        return c

    def p_ni_bank_mixed(self):
        """Benefits call: NI + sort code + account, UK regional habits."""
        c = self.new("positive", style="asr", region="uk")
        ni = self.g.ni()
        sc = self.g.sort_code()
        acct = self.g.digits(8)
        gn = c.group("NI_NUMBER", ni)
        c.add("agent", "department for work and pensions this is %s how can i help" % self.ch("gemma", "raj", "alan"))
        c.add("customer", "aye i'm ringing about me payment, it's not gone in")
        c.add("agent", "no bother can i take your national insurance number")
        c.add("customer", self.ch("aye it's ", "it's ", "right it's "), (self.r_ni(c, ni), gn))
        c.add("agent", "and where's the payment meant to go, sort code first")
        gs = c.group("SORT_CODE", sc)
        c.add("customer", (self.spoken(sc, "uk", fill=0.2, groups=[sc[:2], sc[2:4], sc[4:]]), gs))
        ga = c.group("BANK_ACCOUNT", acct)
        c.add("agent", "and the account")
        c.add("customer", (self.spoken(acct, "uk", fill=0.2, groups=self.ch([acct[:4], acct[4:]], [acct[:3], acct[3:6], acct[6:]])), ga))
        c.add("agent", "right that payment of %s pounds was sent on the %s" % (self.say.small(self.r.randint(20, 99)), ORD[self.r.randint(1, 19)]))
        c.note = "benefits call: NI, sort code, account"
        return c

    def p_email_chat_thread(self):
        c = self.new("positive", style="chat", region=self.ch("uk", "ie", "us"))
        em = self.email()
        ph, fmt = self.g.phone(c.region)
        ge = c.group("EMAIL", em)
        gp = c.group("PHONE", ph)
        c.add("customer", "Hi, I sent a complaint last week (ref %s) but nobody replied. Contact me at " % ("CMP-" + self.g.digits(6)),
              (em, ge), " or " , (self.r_phone(c, ph, fmt), gp), self.ch("", " anytime", " after 5pm"))
        c.add("agent", "Sorry about that, I've escalated ticket %s and a manager will call within 48 hours." % self.g.digits(7))
        c.note = "typed complaint: email + phone next to a reference number"
        return c

    def p_card_correction(self):
        c = self.new("positive", style="asr")
        card = self.g.card()
        grp = self.card_groups(card)
        g = c.group("CARD_NUMBER", card)
        wrong_i = self.r.randint(1, len(grp) - 1)
        c.add("agent", "go ahead with the long number")
        pieces = []
        for i, x in enumerate(grp):
            pieces.append(self.say.digits(x, c.region, fill=0.1))
        # read first groups, then a wrong group with correction
        pre = card[:sum(len(x) for x in grp[:wrong_i])]
        post_groups = grp[wrong_i:]
        wrong = list(post_groups[0])
        j = self.r.randrange(len(wrong))
        wrong[j] = str((int(wrong[j]) + self.r.randint(1, 8)) % 10)
        gw = c.group("CARD_NUMBER", "".join(wrong), kind="fragment")
        c.add("customer", (self.spoken(pre, c.region, groups=grp[:wrong_i]), g), ", ",
              (self.say.digits("".join(wrong), c.region, "single"), gw), self.ch(" no sorry ", " oh no wait that's wrong, ", " sorry i mean "),
              (self.spoken(card[len(pre):], c.region, groups=post_groups), g))
        c.add("agent", "okay no problem")
        c.note = "card with a corrected digit group; wrong group labelled as fragment span"
        return c


    # ---- negative scenarios -----------------------------------------------
    def n_order_long(self):
        c = self.new("negative")
        n = self.g.card() if self.r.random() < 0.5 else self.g.digits(16)
        lab = self.ch("order number", "tracking number", "consignment number", "booking reference", "serial number", "reference number", "case number")
        if c.style == "chat":
            v = self.typed_digits(n, [n[i:i + 4] for i in range(0, 16, 4)])
            c.add("customer", "My %s is %s and it still says pending" % (lab, v))
            c.add("agent", "Thanks, I can see %s %s was dispatched on %d %s." % (lab, v, self.r.randint(1, 28), self.ch("March", "June", "Oct")))
        else:
            c.add("agent", "have you got the %s there" % lab)
            c.add("customer", "yeah the %s is %s" % (lab, self.spoken(n, c.region, groups=[n[i:i + 4] for i in range(0, 16, 4)])))
            c.add("agent", "perfect that's found it")
        c.note = "16-digit %s read like a card, labelled as not-card" % lab
        return c

    def n_amounts(self):
        c = self.new("negative")
        amt = self.r.randint(100, 9999)
        p = self.r.randint(0, 99)
        if c.style == "chat":
            c.add("customer", self.ch("Why is my bill £%d.%02d this month?" % (amt, p), "I was charged €%d,%02d twice" % (amt, p), "balance shows $%s.%02d" % (format(amt * 10, ","), p)))
            c.add("agent", "The usage was %d kWh over %d days, a %d%% increase. Your next payment of £%d.%02d is due on the %d%s." %
                  (self.r.randint(200, 2000), self.r.randint(28, 31), self.r.randint(2, 40), self.r.randint(20, 200), p, self.r.randint(1, 28), "th"))
        else:
            c.add("customer", "why is it %s pounds %s this month it's normally about %s" % (self.say.hundred("%03d" % (amt % 900 + 100), "uk"), self.say.small(p), self.say.small(self.r.randint(40, 99))))
            c.add("agent", "so the balance is one thousand %s hundred and %s pounds and the minimum payment is %s pounds" % (UNIT[self.r.randint(1, 9)], self.say.small(self.r.randint(10, 99)), self.say.small(self.r.randint(20, 99))))
        c.note = "amounts, balances, percentages"
        return c

    def n_times(self):
        c = self.new("negative")
        if c.style == "chat":
            c.add("customer", "What are your opening hours on bank holidays?")
            c.add("agent", "We're open 08:00-20:00 Mon-Fri and 9-5 on Saturdays. Current wait is about %d mins." % self.r.randint(5, 55))
        else:
            c.add("customer", "i've been on hold for %s minutes and it's now %s %s" % (self.say.small(self.r.randint(20, 59)), UNIT[self.r.randint(1, 9)], self.say.small(self.r.randint(10, 59))))
            c.add("agent", "sorry about that we're open from eight till eight and the engineer slot is between %s and %s" % (UNIT[self.r.randint(7, 9)], TEEN[self.r.randint(0, 2)]))
        c.note = "times, opening hours, durations"
        return c

    def n_meter(self):
        c = self.new("negative", region=self.ch("uk", "ie"))
        rd = self.g.digits(self.r.choice([5, 6, 8]))
        if c.style == "chat":
            c.add("customer", "Meter reading: %s (day) and %s (night). Photo attached." % (rd, self.g.digits(5)))
            c.add("agent", "Thanks, reading %s logged against meter serial %s." % (rd, "S" + self.g.digits(2) + "K" + self.g.digits(7)))
        else:
            c.add("agent", "can you read me the numbers on the meter from left to right")
            c.add("customer", "it's %s... and then there's a red one that's a %s" % (self.spoken(rd, c.region), UNIT[self.r.randint(1, 9)]))
            c.add("agent", "lovely so the reading is %s" % self.say.digits(rd, c.region))
        c.note = "meter reading spoken digit by digit"
        return c

    def n_travel(self):
        c = self.new("negative", region=self.ch("uk", "ie", "eu", "us"))
        fl = self.ch("EI", "BA", "FR", "U2", "LH", "AA") + str(self.r.randint(10, 9999))
        if c.style == "chat":
            c.add("customer", "Flight %s on the %d%s, seat %d%s, gate B%d. Can I change to the %d:%02d?" % (fl, self.r.randint(1, 28), "th", self.r.randint(1, 33), self.ch("A", "C", "F"), self.r.randint(1, 60), self.r.randint(6, 21), self.ch(0, 15, 30, 45)))
            c.add("agent", "Yes, booking ref %s moved; the fare difference is €%d." % ("".join(self.r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), self.r.randint(10, 300)))
        else:
            c.add("customer", "i'm on the %s %s out of %s and they've put me in room %s" % (fl[:2].lower(), self.say.digits(fl[2:], c.region, "pairs"), self.ch("dublin", "heathrow", "shannon"), self.say.hundred("%03d" % self.r.randint(101, 999), c.region)))
            c.add("agent", "okay and that's seat %s %s at gate %s" % (self.say.small(self.r.randint(1, 33)), self.ch("a", "c", "f"), self.say.small(self.r.randint(1, 99))))
        c.note = "flight, gate, seat, room numbers"
        return c

    def n_roads(self):
        c = self.new("negative", region=self.ch("uk", "ie"))
        road = self.ch("M62", "M6", "A40", "N7", "M50", "A1(M)", "M25", "N11")
        c.add("customer", self.t(c, "I'm stuck on the %s near junction %d so I'll be late for the %d o'clock" % (road, self.r.randint(1, 30), self.r.randint(1, 11))))
        c.add("agent", self.t(c, "No problem, the appointment is held for %d minutes. It's %d degrees out there too!" % (self.r.randint(10, 30), self.r.randint(-3, 28))))
        c.note = "road names, junctions, temperatures"
        return c

    def n_last4(self):
        c = self.new("negative")
        l4 = self.g.digits(4)
        if c.style == "chat":
            c.add("customer", "Please cancel the card ending %s, I still have the one ending in %s" % (l4, self.g.digits(4)))
            c.add("agent", "Card ending %s is now blocked. A new one will arrive in %d-%d working days." % (l4, self.r.randint(3, 5), self.r.randint(6, 10)))
        else:
            c.add("agent", "which card is it the one ending in %s" % self.say.digits(l4, c.region, "single"))
            c.add("customer", "no the other one ending %s" % self.say.digits(self.g.digits(4), c.region, self.ch("single", "pairs")))
        c.note = "card last-four mentions only"
        return c

    def n_policy(self):
        c = self.new("negative")
        lab, val = self.ch(("policy number", "POL-%s-%s" % (self.g.digits(8), self.g.digits(2))),
                           ("claim number", "CLM%s" % self.g.digits(9)),
                           ("invoice", "INV-%d-%s" % (self.r.randint(2019, 2025), self.g.digits(6))),
                           ("model number", "KDL-%dX%d" % (self.r.randint(32, 75), self.r.randint(1000, 9999))),
                           ("serial", "SN%s" % self.g.digits(12)),
                           ("ticket", "#%s" % self.g.digits(7)),
                           ("customer reference", "CR %s %s" % (self.g.digits(4), self.g.digits(4))))
        if c.style == "chat":
            c.add("customer", "Hi re %s %s - any update? It's been %d weeks." % (lab, val, self.r.randint(2, 9)))
            c.add("agent", "Hello, %s %s is with the assessor; expect an update by %s." % (lab, val, self.ch("Friday", "the 30th", "end of the month")))
        else:
            digits = re.sub(r"\D", "", val)
            c.add("customer", "it's about my %s it's %s" % (lab, self.spoken(digits, c.region, groups=[digits[i:i + 3] for i in range(0, len(digits), 3)])))
            c.add("agent", "okay bear with me while that loads")
        c.note = "%s with its label" % lab
        return c

    def n_dates(self):
        c = self.new("negative")
        d, m, y = self.r.randint(1, 28), self.r.randint(1, 12), self.r.randint(2024, 2027)
        if c.style == "chat":
            c.add("customer", "My contract ends %02d/%02d/%d - can I switch before then?" % (d, m, y))
            c.add("agent", "Yes. Your direct debit goes out on the %d%s of each month and the early exit fee is £%d." % (self.r.randint(1, 28), "th", self.r.randint(20, 200)))
        else:
            c.add("agent", "so the engineer's booked for the %s of %s between eight and one" % (ORD.get(d, "twentieth"), MONTHS[m - 1]))
            c.add("customer", "the %s that's a %s isn't it" % (ORD.get(d, "twentieth"), self.ch("tuesday", "friday", "monday")))
            c.add("agent", "yeah and your contract runs till %s %s" % (MONTHS[(m + 5) % 12], self.year_words(y)))
        c.note = "appointment / payment / contract dates, not DOB"
        return c

    def n_ages_counts(self):
        c = self.new("negative")
        c.add("customer", self.t(c, "I'm %d and my husband is %d, we've got %d grandkids, so is the over-%ds discount %d%%?" % (self.r.randint(60, 90), self.r.randint(60, 90), self.r.randint(2, 9), self.ch(50, 60, 65), self.r.randint(5, 30))))
        c.add("agent", self.t(c, "It's %d%% off and you've used %d of your %d GB this month." % (self.r.randint(5, 25), self.r.randint(1, 40), self.ch(50, 100, 120))))
        c.note = "ages, counts, percentages, data allowance"
        return c

    def n_spoken_ref(self):
        c = self.new("negative", style="asr", region=self.ch("uk", "ie"))
        lab = self.ch("reference", "order number", "meter serial number", "tracking number", "booking number")
        n = self.g.digits(self.r.choice([8, 10, 11, 12]))
        c.add("agent", "can i take your %s" % lab)
        grp = self.split_groups(n, [3, 3, 2, 4])
        c.add("customer", "yeah the %s is %s" % (lab, self.spoken(n, c.region, fill=0.2, groups=grp)))
        c.add("agent", self.ch("mhm", "thanks"))
        c.add("customer", "and the %s on the email is different it's %s" % (self.ch("invoice", "ticket"), self.spoken(self.g.digits(6), c.region)))
        c.note = "reference numbers with double/treble/nought in UK/IE speech"
        return c

    def n_version_scores(self):
        c = self.new("negative", style="chat")
        c.add("customer", "Router firmware %d.%d.%d, model %s, error code 0x%04X, %d devices connected" % (self.r.randint(1, 9), self.r.randint(0, 40), self.r.randint(0, 99), self.ch("HG8145V5", "FRITZ!Box 7530", "Hub 3.0"), self.r.randint(0, 65535), self.r.randint(2, 20)))
        c.add("agent", "Thanks, the fix in %d.%d rolls out %d-%d %s. Speed test showed %d Mbps down / %d up." % (self.r.randint(1, 9), self.r.randint(0, 9), self.r.randint(1, 14), self.r.randint(15, 28), self.ch("Nov", "Jan"), self.r.randint(20, 900), self.r.randint(5, 100)))
        c.note = "model, firmware, error codes, speeds"
        return c

    def n_years(self):
        c = self.new("negative", style="asr")
        y1 = self.r.randint(1990, 2020)
        c.add("customer", "i've been with you since %s and paid every bill for %s years" % (self.year_words(y1), self.say.small(self.r.randint(5, 30))))
        c.add("agent", "i can see that thank you and the price went up %s percent in april" % self.say.small(self.r.randint(3, 15)))
        c.note = "years, durations, percentages spoken"
        return c


POS = ["p_card_chat", "p_card_asr_split", "p_card_restart", "p_card_aside", "p_card_correction",
       "p_ssn", "p_ni", "p_ni_bank_mixed", "p_bank", "p_iban", "p_phone", "p_email", "p_dob",
       "p_address", "p_idv", "p_email_chat_thread", "p_ni", "p_bank", "p_ssn", "p_address", "p_phone"]
NEG = ["n_order_long", "n_amounts", "n_times", "n_meter", "n_travel", "n_roads", "n_last4",
       "n_policy", "n_dates", "n_ages_counts", "n_spoken_ref", "n_version_scores", "n_years"]


def build():
    rng = random.Random(542241125)
    w = Writer(rng)
    cases = []
    for i in range(N_POS):
        c = getattr(w, POS[i % len(POS)])()
        cases.append(("h542-pos-%03d" % (i + 1), c))
    for i in range(N_NEG):
        c = getattr(w, NEG[i % len(NEG)])()
        cases.append(("h542-neg-%03d" % (i + 1), c))
    lines, metas = [], []
    for cid, c in cases:
        turns, spans, gspans = c.render()
        obj = {"id": cid, "kind": c.kind, "turns": turns, "spans": spans,
               "note": "%s; %s; %s" % (c.note, c.industry, c.style)}
        lines.append(json.dumps(obj, ensure_ascii=False))
        metas.append((obj, c, gspans))
    return "\n".join(lines) + "\n", metas


def check(text, metas):
    with open(OUT, encoding="utf-8") as f:
        disk = f.read()
    assert disk == text, "cases.jsonl is not byte-identical to a fresh generation"
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for obj, c, gspans in metas:
        assert obj["id"] not in ids, obj["id"]
        ids.add(obj["id"])
        assert obj["kind"] in ("positive", "negative")
        for t in obj["turns"]:
            assert t["speaker"] in ("customer", "agent")
        if obj["kind"] == "negative":
            nneg += 1
            assert obj["spans"] == [], obj["id"]
        else:
            npos += 1
            assert obj["spans"], obj["id"]
        by_turn = {}
        for s in obj["spans"]:
            assert s["type"] in TYPES
            txt = obj["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            assert 0 <= a < b <= len(txt), (obj["id"], s)
            val = txt[a:b]
            ok_start = val[0].isalnum() or (s["type"] == "PHONE" and val[0] == "+")
            assert ok_start and val[-1].isalnum(), (obj["id"], val)
            assert a == 0 or not txt[a - 1].isalnum(), (obj["id"], val)
            assert b == len(txt) or not txt[b].isalnum(), (obj["id"], val)
            by_turn.setdefault(s["turn"], []).append((a, b))
            counts[s["type"]] += 1
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                assert b1 <= a2, (obj["id"], "overlap")
        for gid, locs in gspans.items():
            meta = c.groups[gid]
            texts = [obj["turns"][ti]["text"][a:b] for ti, a, b in locs]
            try:
                validate_group(meta["type"], texts, meta)
            except Exception as e:
                raise AssertionError("%s group %d %s: %r %r" % (obj["id"], gid, meta["type"], texts, e))
    assert npos >= 200 and nneg >= 100, (npos, nneg)
    assert counts["CARD_NUMBER"] >= 70 and counts["SSN"] >= 30 and counts["NI_NUMBER"] >= 30, counts
    for t in TYPES:
        assert counts[t] >= 10, (t, counts[t])
    return npos, nneg, counts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, metas = build()
    if args.check:
        npos, nneg, counts = check(text, metas)
        print("OK: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s (%d cases)" % (OUT, len(metas)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout240``.

Written by an AI helper acting as an independent author that never looked at
the redaction code.  Standard library only.

    python scripts/make_pii_holdout240.py          # write fixture + README
    python scripts/make_pii_holdout240.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

SEED = 240241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout240"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h240"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
            "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
            "n": "nellie", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
            "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


class Gen:
    def __init__(self, rng: random.Random):
        self.r = rng

    # ---------------- spoken digits ----------------
    def zero(self, uk=True):
        return self.r.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "zero", "zero", "o"])

    def spoken_digits(self, s, uk=True, pairs=0.0, doubles=0.4, homophones=0.0, fillers=0.0):
        """Spell a digit string the way an ASR transcript would."""
        r = self.r
        out = []
        i = 0
        while i < len(s):
            d = s[i]
            # triple / double
            if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and r.random() < doubles:
                out.append("triple " + (self.zero(uk) if d == "0" else UNITS[int(d)]))
                i += 3
                continue
            if i + 1 < len(s) and s[i + 1] == d and r.random() < doubles:
                out.append("double " + (self.zero(uk) if d == "0" else UNITS[int(d)]))
                i += 2
                continue
            if pairs and i + 1 < len(s) and d != "0" and r.random() < pairs:
                p = int(s[i:i + 2])
                if p < 20:
                    out.append(TEENS[p - 10])
                    i += 2
                    continue
                if p % 10:
                    out.append(TENS[p // 10] + " " + UNITS[p % 10])
                    i += 2
                    continue
            if d == "0":
                out.append(self.zero(uk))
            else:
                w = UNITS[int(d)]
                if homophones and r.random() < homophones:
                    w = {"4": "for", "2": "to", "8": "ate", "1": "won"}.get(d, w)
                out.append(w)
            if fillers and r.random() < fillers and i < len(s) - 1:
                out.append(r.choice(["um", "uh", "er"]))
            i += 1
        return " ".join(out)

    def spoken_groups(self, groups, uk=True, **kw):
        sep = self.r.choice([" ", " ", ", "])
        return sep.join(self.spoken_digits(g, uk, **kw) for g in groups)

    def letter(self, ch):
        ch = ch.lower()
        m = self.r.random()
        if m < 0.5:
            return ch
        if m < 0.75:
            return ch + " for " + NATO[ch]
        if m < 0.9 and ch in FRIENDLY:
            return ch + " for " + FRIENDLY[ch]
        return ch + " as in " + NATO[ch]

    # ---------------- values ----------------
    def card(self, kind=None):
        r = self.r
        kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
        if kind == "visa":
            body, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 16
        elif kind == "visa13":
            body, n = "4" + "".join(r.choice("0123456789") for _ in range(5)), 13
        elif kind == "mc":
            body, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        elif kind == "amex":
            body, n = r.choice(["34", "37"]), 15
        elif kind == "maestro":
            body, n = r.choice(["6759", "6761", "5018"]), 19
        else:
            body, n = "6011", 16
        while len(body) < n - 1:
            body += r.choice("0123456789")
        return body + luhn_digit(body)

    @staticmethod
    def card_groups(num):
        if len(num) == 15:
            return [num[:4], num[4:10], num[10:]]
        return [num[i:i + 4] for i in range(0, len(num), 4)]

    def ssn(self):
        r = self.r
        a = r.choice([x for x in range(1, 900) if x != 666])
        return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))

    def ni(self):
        r = self.r
        first = "ABCEGHJKLMNOPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(first) + r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
                break
        return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")

    def sort_code(self):
        return "".join(self.r.choice("0123456789") for _ in range(6))

    def account(self, n=8):
        return self.r.choice("123456789") + "".join(self.r.choice("0123456789") for _ in range(n - 1))

    def iban(self, cc=None):
        r = self.r
        cc = cc or r.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
        if cc in ("GB", "IE"):
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + \
                "".join(r.choice("0123456789") for _ in range(14))
        elif cc == "NL":
            bban = "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + \
                "".join(r.choice("0123456789") for _ in range(10))
        elif cc == "DE":
            bban = "".join(r.choice("0123456789") for _ in range(18))
        elif cc == "FR":
            bban = "".join(r.choice("0123456789") for _ in range(23))
        else:
            bban = "".join(r.choice("0123456789") for _ in range(20))
        num = iban_numeric(bban + cc + "00")
        check = 98 - int(num) % 97
        return cc + "%02d" % check + bban

    def uk_mobile(self):
        return "07" + self.r.choice("3456789") + "".join(self.r.choice("0123456789") for _ in range(8))

    def uk_land(self):
        r = self.r
        return r.choice(["0207", "0208", "0161", "0113", "0121", "0131", "0141", "0117", "0191"]) + \
            r.choice("2345678") + "".join(r.choice("0123456789") for _ in range(6))

    def us_phone(self):
        r = self.r
        return r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(2)) + \
            r.choice("23456789") + "".join(r.choice("0123456789") for _ in range(6))

    def ie_mobile(self):
        return "08" + self.r.choice("35679") + "".join(self.r.choice("0123456789") for _ in range(7))

    def dob(self):
        r = self.r
        return r.randint(1938, 2005), r.randint(1, 12), r.randint(1, 28)

    def uk_postcode(self):
        r = self.r
        area = r.choice(["SW", "SE", "NW", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BS",
                         "NE", "L", "S", "NG", "LE", "CB", "RG", "BT", "KY", "PL", "EX", "TR", "HU"])
        district = str(r.randint(1, 19))
        inward = str(r.randint(1, 9)) + "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
        return area + district, inward

    def zip5(self):
        return "%05d" % self.r.randint(1001, 99950)


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return int(iban_numeric(s[4:] + s[:4])) % 97 == 1


# --------------------------------------------------------------------------
# normalisers used by --check
UNIT_W = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_W.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
TEEN_W = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_W = {w: str(i) for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "and", "dash", "space", "hyphen", "sorry", "then", "the",
          "its", "it's", "yeah", "ok", "okay", "like", "plus", "thousand", "of"}
NATO_REV = {v: k for k, v in NATO.items()}


def words_to_alnum(text, letters=False, homophones=True):
    """Turn a span (typed or spoken) into a canonical upper-case alnum string."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9']+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            d = UNIT_W.get(nxt)
            if d is None:
                return None
            out.append(d * n)
            i += 1
        elif w in TENS_W:
            if nxt in UNIT_W and UNIT_W[nxt] != "0":
                out.append(TENS_W[w] + UNIT_W[nxt])
                i += 1
            else:
                out.append(TENS_W[w] + "0")
        elif w in TEEN_W:
            out.append(TEEN_W[w])
        elif w == "hundred":
            out.append("00")
        elif letters and len(w) == 1 and w.isalpha() and w != "o":
            if nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in"):
                i += 1 if nxt == "for" else 2
                i += 1  # skip the code word
            out.append(w.upper())
        elif letters and w in NATO_REV or (letters and w == "xray"):
            out.append("X" if w == "xray" else NATO_REV[w].upper())
        elif w in UNIT_W:
            out.append(UNIT_W[w])
        elif homophones and not letters and w in HOMO:
            out.append(HOMO[w])
        elif letters and re.fullmatch(r"[a-z0-9]+", w):
            out.append(w.upper())
        elif w in FILLER:
            pass
        else:
            return None
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    parts = []
    for tok in re.findall(r"[a-z0-9]+|[@._-]", t):
        if tok in UNIT_W and tok not in ("o",):
            parts.append(UNIT_W[tok])
        elif tok in TEEN_W:
            parts.append(TEEN_W[tok])
        else:
            parts.append(tok)
    return "".join(parts)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text, group_text=None):
    """Return None when OK, else an error string.  group_text: concatenation for split values."""
    src = group_text if group_text is not None else text
    if typ == "EMAIL":
        e = norm_email(src)
        return None if re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", e) else "bad email %r" % e
    if typ in ("DOB", "EXPIRY"):
        low = src.lower()
        if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS) or \
                re.search(r"\d{1,2}\s*[/.\-]\s*\d{2,4}", low) or words_to_alnum(low) not in (None, ""):
            return None
        return "bad date %r" % src
    if typ == "ADDRESS":
        low = src.lower()
        if re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                     r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
                     r"thirty|forty|fifty|sixty|seventy|eighty|ninety|flat|apartment|unit)\b", low) and \
                re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|crescent|way|"
                          r"court|place|gardens|terrace|grove|boulevard|blvd|park|row|hill|square|"
                          r"parkway|mews|walk|view)\b", low):
            return None
        return "bad address %r" % src
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    v = words_to_alnum(src, letters=letters)
    if v is None:
        return "unparseable %s %r" % (typ, src)
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card %r" % v
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "bad cvv %r" % v
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") else "bad ssn %r" % v
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) else "bad ni %r" % v
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "bad sort %r" % v
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 17 else "bad account %r" % v
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban %r" % v
    if typ == "PHONE":
        return None if v.isdigit() and 9 <= len(v) <= 13 else "bad phone %r" % v
    if typ == "POSTCODE":
        if UK_PC.match(v) or re.fullmatch(r"\d{5}(\d{4})?", v):
            return None
        return "bad postcode %r" % v
    return "unknown type %s" % typ


# --------------------------------------------------------------------------
# case assembly
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []   # list of (speaker, [segments])
        self.groups = {}  # group key -> list of span indices (split values)

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ = seg[0], seg[1]
                    grp = seg[2] if len(seg) > 2 else None
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    meta.append(grp)
                    text += val
            turns.append({"speaker": spk, "text": text})
        d = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return d, meta


def A(*s):
    return ("agent",) + s


# --------------------------------------------------------------------------
# helpers producing rendered forms
def fmt_card_typed(g, num):
    r = g.r
    groups = g.card_groups(num)
    m = r.random()
    if m < 0.45:
        return " ".join(groups)
    if m < 0.65:
        return "-".join(groups)
    if m < 0.85:
        return num
    if m < 0.93:
        return ".".join(groups)
    return "  ".join(groups)


def fmt_dob_spoken(g, y, m, d):
    r = g.r
    yr = spoken_year(g, y)
    c = r.random()
    if c < 0.4:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yr)
    if c < 0.7:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], yr)
    if c < 0.85:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], yr)
    return "%s %s %s" % (g.spoken_digits("%02d" % d), g.spoken_digits("%02d" % m), yr)


def spoken_year(g, y):
    hi, lo = divmod(y, 100)
    if y >= 2000:
        if lo < 10:
            return g.r.choice(["two thousand and %s" % UNITS[lo], "two thousand %s" % UNITS[lo]]) if lo else "two thousand"
        return "twenty " + two_digit_words(lo)
    return TEENS[hi - 10] + " " + two_digit_words(lo, oh=True)


def two_digit_words(n, oh=False):
    if n < 10:
        return ("oh " if oh else "") + UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def fmt_dob_typed(g, y, m, d):
    r = g.r
    c = r.random()
    if c < 0.35:
        return "%02d/%02d/%d" % (d, m, y)
    if c < 0.5:
        return "%d/%d/%d" % (m, d, y)
    if c < 0.65:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if c < 0.8:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if c < 0.9:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d-%02d-%02d" % (y, m, d)


STREETS = ["willow crescent", "station road", "high street", "church lane", "maple avenue",
           "kingsway", "park road", "victoria street", "elm grove", "oak drive", "mill lane",
           "queens road", "cedar close", "orchard way", "linden gardens", "harbour view",
           "main street", "pine street", "lakeview drive", "sunset boulevard", "chestnut court",
           "albert terrace", "rosemary walk", "greenfield park", "canal row", "bridge street"]
STREET_HAS_TYPE = [s for s in STREETS if s != "kingsway"]
TOWNS_UK = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "norwich", "york", "derby"]
TOWNS_US = ["austin", "columbus", "denver", "tucson", "omaha", "raleigh", "boise", "tampa"]
STATE = {"austin": "TX", "columbus": "OH", "denver": "CO", "tucson": "AZ", "omaha": "NE",
         "raleigh": "NC", "boise": "ID", "tampa": "FL"}
TOWNS_IE = ["cork", "galway", "limerick", "sligo", "kilkenny"]
FIRST = ["john", "sarah", "mike", "aoife", "priya", "tom", "grace", "liam", "emma", "raj",
         "kate", "sean", "lucy", "dan", "fatima", "olu", "marta", "chloe", "ben", "niamh"]
LAST = ["smith", "doyle", "patel", "murphy", "jones", "okafor", "nowak", "walsh", "chen",
        "brown", "kelly", "evans", "hughes", "garcia", "byrne"]
DOMAINS = [("gmail", "com"), ("yahoo", "co dot uk"), ("outlook", "com"), ("hotmail", "co dot uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("aol", "com"), ("proton", "me")]


def email_pair(g):
    r = g.r
    f, l = r.choice(FIRST), r.choice(LAST)
    dom, tld = r.choice(DOMAINS)
    num = str(r.randint(1, 99)) if r.random() < 0.4 else ""
    style = r.randint(0, 3)
    if style == 0:
        local_t, local_s = f + "." + l + num, f + " dot " + l + (" " + g.spoken_digits(num, pairs=0.6) if num else "")
    elif style == 1:
        local_t, local_s = f[0] + l + num, f[0] + " " + l + (" " + g.spoken_digits(num, pairs=0.6) if num else "")
    elif style == 2:
        local_t, local_s = f + "_" + l, f + " underscore " + l
    else:
        local_t, local_s = l + "-" + f + num, l + " dash " + f + (" " + g.spoken_digits(num, pairs=0.6) if num else "")
    typed = local_t + "@" + dom + "." + tld.replace(" dot ", ".")
    if r.random() < 0.15:
        typed = typed.capitalize()
    spoken = local_s + " at " + dom + " dot " + tld
    return typed, spoken


def uk_pc_spoken(g, out, inw):
    parts = []
    for ch in out + inw:
        if ch.isalpha():
            parts.append(g.letter(ch))
        else:
            parts.append(g.spoken_digits(ch))
    return " ".join(parts)


def ni_spoken(g, ni):
    parts = [g.letter(ni[0]), g.letter(ni[1])]
    digs = ni[2:8]
    if g.r.random() < 0.5:
        parts.append(g.spoken_digits(digs, pairs=0.3))
    else:
        parts += [g.spoken_digits(digs[i:i + 2], pairs=0.5) for i in range(0, 6, 2)]
    parts.append(g.letter(ni[8]))
    return " ".join(parts)


def ni_typed(g, ni):
    c = g.r.random()
    if c < 0.4:
        s = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif c < 0.7:
        s = ni
    elif c < 0.85:
        s = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    else:
        s = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return s.lower() if g.r.random() < 0.25 else s


def ssn_typed(g, s):
    c = g.r.random()
    if c < 0.55:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if c < 0.8:
        return s
    if c < 0.92:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return "%s.%s.%s" % (s[:3], s[3:5], s[5:])


def phone_forms(g, kind):
    r = g.r
    if kind == "ukmob":
        n = g.uk_mobile()
        typed = r.choice([n, n[:5] + " " + n[5:], n[:5] + " " + n[5:8] + " " + n[8:], "+44 " + n[1:5] + " " + n[5:], "+44" + n[1:]])
        spoken = r.choice([g.spoken_groups([n[:5], n[5:8], n[8:]], pairs=0.2),
                           g.spoken_digits(n),
                           "plus four four " + g.spoken_groups([n[1:5], n[5:]], pairs=0.3)])
    elif kind == "ukland":
        n = g.uk_land()
        typed = r.choice([n, n[:4] + " " + n[4:], "(" + n[:4] + ") " + n[4:7] + " " + n[7:], "+44 (0)" + n[1:4] + " " + n[4:]])
        spoken = g.spoken_groups([n[:4], n[4:7], n[7:]], pairs=0.3)
    elif kind == "ie":
        n = g.ie_mobile()
        typed = r.choice([n, n[:3] + " " + n[3:6] + " " + n[6:], "+353 " + n[1:3] + " " + n[3:6] + " " + n[6:]])
        spoken = r.choice([g.spoken_groups([n[:3], n[3:6], n[6:]], pairs=0.1),
                           "plus three five three " + g.spoken_groups([n[1:3], n[3:]])])
    else:
        n = g.us_phone()
        typed = r.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                          "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n, "+1 %s %s %s" % (n[:3], n[3:6], n[6:])])
        spoken = r.choice([g.spoken_groups([n[:3], n[3:6], n[6:]], uk=False, pairs=0.35),
                           "one " + g.spoken_groups([n[:3], n[3:6], n[6:]], uk=False, pairs=0.2)])
    return typed, spoken


IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"]
IND_US = ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing", "travel"]
BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yeah go ahead", "and then"]


def pick(g, xs):
    return g.r.choice(xs)


# --------------------------------------------------------------------------
# positive templates
def p_card_call(g):
    r = g.r
    num = g.card()
    uk = r.random() < 0.6
    ind = pick(g, IND_UK if uk else IND_US)
    spoken = g.spoken_groups(g.card_groups(num), uk=uk, pairs=r.choice([0, 0, 0.3]),
                             homophones=r.choice([0, 0, 0.15]), fillers=r.choice([0, 0.08]))
    c = Case("positive", "call/%s: card read in one turn as ASR words (doubles/pairs/homophones possible)" % ind)
    ref = str(r.randint(100000, 9999999))
    c.add("agent", "okay so that's the order %s for %s %s is that right" % (
        g.spoken_digits(ref, uk=uk), r.choice(["forty nine", "one hundred and twelve", "twenty three"]),
        "pounds" if uk else "dollars"))
    c.add("customer", "yes that's it")
    c.add("agent", "lovely and what's the long card number please")
    lead = r.choice(["yeah it's ", "okay um ", "right so ", "", "it is "])
    c.add("customer", lead, (spoken, "CARD_NUMBER"), r.choice(["", " that's it", " and it's a debit card"]))
    return c


def p_card_split(g):
    r = g.r
    num = g.card()
    uk = r.random() < 0.5
    ind = pick(g, IND_UK if uk else IND_US)
    groups = g.card_groups(num)
    c = Case("positive", "call/%s: card split over several customer turns with back-channels and agent read-back" % ind)
    c.add("agent", "go ahead with the card number when you're ready")
    for i, grp in enumerate(groups):
        pre = r.choice(["", "", "right ", "okay ", "um "]) if i == 0 else r.choice(["", "", "then "])
        c.add("customer", pre, (g.spoken_digits(grp, uk=uk, pairs=0.2), "CARD_NUMBER", "c"))
        if i < len(groups) - 1:
            c.add("agent", r.choice(BACK))
    if r.random() < 0.6:
        c.add("agent", "let me read that back ", (g.spoken_groups(groups, uk=uk), "CARD_NUMBER"), " correct")
        c.add("customer", "yes")
    return c


def p_card_chat(g):
    r = g.r
    kind = r.choice(["visa", "mc", "amex", "disc", "visa"])
    num = g.card(kind)
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    cvv = "".join(r.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    exp = r.choice(["%02d/%d" % (mm, yy), "%02d/20%d" % (mm, yy), "%02d-%d" % (mm, yy), "%d/%d" % (mm, yy)])
    ind = pick(g, ["retail", "telecom", "travel", "utilities", "insurance"])
    c = Case("positive", "chat/%s: typed card, expiry and security code in one message next to an order number" % ind)
    order = str(r.randint(10000000, 99999999))
    c.add("agent", "Thanks! To take the payment for order #%s (total %s.%02d) I'll need the card details." % (
        order, r.randint(20, 900), r.randint(0, 99)))
    style = r.randint(0, 2)
    if style == 0:
        c.add("customer", "card ", (fmt_card_typed(g, num), "CARD_NUMBER"), " exp ", (exp, "EXPIRY"),
              " cvv ", (cvv, "CVV"))
    elif style == 1:
        c.add("customer", "ok its ", (fmt_card_typed(g, num), "CARD_NUMBER"), ", expires ", (exp, "EXPIRY"),
              " and the 3 digits on the back are ", (cvv, "CVV"))
    else:
        c.add("customer", (fmt_card_typed(g, num), "CARD_NUMBER"))
        c.add("agent", "And the expiry date and security code?")
        c.add("customer", (exp, "EXPIRY"), r.choice([" / ", " and ", ", code "]), (cvv, "CVV"))
    return c


def p_card_exp_cvv_call(g):
    r = g.r
    kind = r.choice(["visa", "mc", "amex", "maestro", "visa13"])
    num = g.card(kind)
    uk = r.random() < 0.6
    mm, yy = r.randint(1, 12), r.randint(26, 31)
    cvv = "".join(r.choice("0123456789") for _ in range(4 if kind == "amex" else 3))
    ind = pick(g, IND_UK if uk else IND_US)
    c = Case("positive", "call/%s: card, expiry and cvv spoken, amount and minutes mentioned nearby" % ind)
    c.add("agent", "so the balance today is %s %s and it'll take about %s minutes to process" % (
        r.choice(["one hundred and sixty", "seventy two fifty", "two forty nine ninety nine"]),
        "pounds" if uk else "dollars", r.choice(["five", "ten", "two"])))
    c.add("customer", "okay that's fine the card is ",
          (g.spoken_groups(g.card_groups(num), uk=uk, doubles=0.5), "CARD_NUMBER"))
    c.add("agent", "and the expiry")
    ez = r.random()
    if ez < 0.4:
        exps = g.spoken_digits("%02d" % mm, uk=uk) + " " + TENS[2] + " " + UNITS[yy % 10] if yy % 10 else g.spoken_digits("%02d" % mm, uk=uk) + " thirty"
    elif ez < 0.7:
        exps = MONTHS[mm - 1] + " twenty " + two_digit_words(yy - 20) if yy < 30 else MONTHS[mm - 1] + " " + two_digit_words(yy)
    else:
        exps = g.spoken_digits("%02d%02d" % (mm, yy), uk=uk)
    if yy >= 30 and ez < 0.4:
        exps = g.spoken_digits("%02d" % mm, uk=uk) + " " + two_digit_words(yy)
    c.add("customer", r.choice(["it's ", "expires ", "um "]), (exps, "EXPIRY"))
    c.add("agent", "and finally the %s on the back" % r.choice(["three digit security code", "cvv", "security number"]))
    cv = g.spoken_digits(cvv, uk=uk) if r.random() < 0.8 else (UNITS[int(cvv[0])] + " hundred" if cvv[1:] == "00" else g.spoken_digits(cvv, uk=uk))
    c.add("customer", (cv, "CVV"))
    return c


def p_ssn_chat(g):
    r = g.r
    s = g.ssn()
    ind = pick(g, IND_US)
    c = Case("positive", "chat/%s: typed SSN with claim/member number alongside" % ind)
    claim = str(r.randint(1000000, 999999999))
    c.add("agent", "I can help with claim %s. For verification, please provide your Social Security number." % claim)
    lead = r.choice(["sure, ", "SSN ", "it's ", "my ssn is ", "ok: ", ""])
    tail = r.choice(["", " thanks", ". member id is %s" % r.randint(10000, 99999999)])
    c.add("customer", lead, (ssn_typed(g, s), "SSN"), tail)
    return c


def p_ssn_call(g):
    r = g.r
    s = g.ssn()
    ind = pick(g, IND_US)
    c = Case("positive", "call/%s: SSN spoken in one turn or split 3-2-4 over turns, billing date and amount nearby" % ind)
    c.add("agent", "can i get your social security number to verify")
    if r.random() < 0.5:
        c.add("customer", r.choice(["yeah it's ", "sure ", "okay "]),
              (g.spoken_groups([s[:3], s[3:5], s[5:]], uk=False, pairs=0.25), "SSN"))
    else:
        c.add("customer", r.choice(["", "okay ", "it's "]), (g.spoken_digits(s[:3], uk=False), "SSN", "s"))
        c.add("agent", r.choice(BACK))
        c.add("customer", (g.spoken_digits(s[3:5], uk=False, pairs=0.5), "SSN", "s"))
        c.add("agent", r.choice(BACK))
        c.add("customer", (g.spoken_digits(s[5:], uk=False, pairs=0.3), "SSN", "s"),
              r.choice(["", " and i've got an appointment on the twelfth"]))
    c.add("agent", "thank you i've pulled up the account the visit on %s %s was billed at %s dollars" % (
        MONTHS[r.randint(0, 11)], ORD[r.randint(1, 28)], r.choice(["two hundred and ten", "eighty five", "one forty"])))
    return c


def p_ssn_dob(g):
    r = g.r
    s = g.ssn()
    y, m, d = g.dob()
    ind = pick(g, IND_US)
    chat = r.random() < 0.5
    c = Case("positive", "%s/%s: SSN and date of birth given in the same turn" % ("chat" if chat else "call", ind))
    if chat:
        c.add("agent", "Please confirm your SSN and date of birth.")
        c.add("customer", (ssn_typed(g, s), "SSN"), r.choice([" and ", ", DOB ", " / born "]), (fmt_dob_typed(g, y, m, d), "DOB"))
    else:
        c.add("agent", "and i'll need the social and your date of birth")
        c.add("customer", "social is ", (g.spoken_groups([s[:3], s[3:5], s[5:]], uk=False), "SSN"),
              " and i was born ", (fmt_dob_spoken(g, y, m, d), "DOB"))
    return c


def p_ssn_last4_then_full(g):
    r = g.r
    s = g.ssn()
    c = Case("positive", "call/%s: agent asks last four (not labelled alone) then customer gives full SSN" % pick(g, IND_US))
    c.add("agent", "the system shows the last four digits ending in %s can you give me the full number" % g.spoken_digits(s[5:], uk=False))
    c.add("customer", r.choice(["uh sure ", "yep ", ""]),
          (g.spoken_groups([s[:3], s[3:5], s[5:]], uk=False, doubles=0.5, fillers=0.1), "SSN"))
    return c


def p_ni_call(g):
    r = g.r
    ni = g.ni()
    c = Case("positive", "call/%s: UK NI number spelled with letters, NATO words and digit pairs" % pick(g, ["government services", "banking", "insurance", "utilities"]))
    c.add("agent", "could you confirm your national insurance number for me please")
    c.add("customer", r.choice(["yeah it's ", "it's ", "er ", "yes "]), (ni_spoken(g, ni), "NI_NUMBER"),
          r.choice(["", " i think", " and i've been paying in since twenty ten"]))
    return c


def p_ni_chat(g):
    r = g.r
    ni = g.ni()
    c = Case("positive", "chat/%s: NI number typed in varied formats/case" % pick(g, ["government services", "banking", "insurance"]))
    c.add("agent", "Can you type your National Insurance number so I can check the record?")
    c.add("customer", r.choice(["NI no is ", "its ", "sure - ", "", "my NINO: "]), (ni_typed(g, ni), "NI_NUMBER"),
          r.choice(["", " (ref 20 May letter)", " cheers", " - also I paid £%d last week" % r.randint(20, 300)]))
    return c


def p_ni_split(g):
    r = g.r
    ni = g.ni()
    c = Case("positive", "call/government services: NI split over turns with back-channels, then agent reads back")
    c.add("agent", "and your national insurance number")
    c.add("customer", (g.letter(ni[0]) + " " + g.letter(ni[1]), "NI_NUMBER", "n"))
    c.add("agent", r.choice(BACK))
    c.add("customer", (g.spoken_digits(ni[2:8], pairs=0.4), "NI_NUMBER", "n"))
    c.add("agent", r.choice(["and the letter at the end", "last letter", "mhm"]))
    c.add("customer", (g.letter(ni[8]), "NI_NUMBER", "n"))
    if r.random() < 0.7:
        c.add("agent", "so that's ", (ni_spoken(g, ni), "NI_NUMBER"))
        c.add("customer", "that's right")
    return c


def p_bank_uk(g):
    r = g.r
    sc, acc = g.sort_code(), g.account()
    chat = r.random() < 0.45
    c = Case("positive", "%s/banking: UK sort code and account number for direct debit, with payment date" % ("chat" if chat else "call"))
    day = r.randint(1, 28)
    if chat:
        c.add("agent", "What account would you like the direct debit taken from on the %s of each month?" % ORD[day])
        sct = r.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        c.add("customer", r.choice(["sort code ", "sc "]), (sct, "SORT_CODE"), r.choice([" acc ", ", account no. ", " a/c "]), (acc, "BANK_ACCOUNT"))
    else:
        c.add("agent", "and the sort code")
        c.add("customer", (g.spoken_groups([sc[:2], sc[2:4], sc[4:]], pairs=0.5), "SORT_CODE"))
        c.add("agent", r.choice(["lovely and the account number", "and the eight digit account number"]))
        if r.random() < 0.5:
            c.add("customer", (g.spoken_digits(acc, doubles=0.5, homophones=0.1), "BANK_ACCOUNT"))
        else:
            c.add("customer", (g.spoken_digits(acc[:4]), "BANK_ACCOUNT", "a"))
            c.add("agent", r.choice(BACK))
            c.add("customer", (g.spoken_digits(acc[4:]), "BANK_ACCOUNT", "a"))
        c.add("agent", "great that'll come out on the %s starting next month for %s pounds" % (ORD[day], r.choice(["thirty two", "fifty", "nineteen ninety nine"])))
    return c


def p_bank_us(g):
    r = g.r
    acc = g.account(r.choice([9, 10, 12]))
    c = Case("positive", "call/banking US: checking account number spoken next to a routing-free transfer amount")
    c.add("agent", "which account should the refund of %s dollars go to" % r.choice(["three hundred", "forty two fifty", "twelve"]))
    c.add("customer", "my checking account number is ", (g.spoken_digits(acc, uk=False, pairs=0.2, doubles=0.4), "BANK_ACCOUNT"))
    return c


def p_iban(g):
    r = g.r
    cc = r.choice(["GB", "IE", "DE", "FR", "ES", "NL"])
    ib = g.iban(cc)
    chat = r.random() < 0.55
    c = Case("positive", "%s/%s: IBAN for a refund (%s)" % ("chat" if chat else "call", r.choice(["travel", "banking", "retail", "insurance"]), cc))
    if chat:
        c.add("agent", "Please send the IBAN for the refund of EUR %d.%02d." % (r.randint(30, 2000), r.randint(0, 99)))
        t = ib if r.random() < 0.4 else " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if r.random() < 0.2:
            t = t.lower()
        c.add("customer", r.choice(["IBAN: ", "here: ", "it's ", ""]), (t, "IBAN"))
    else:
        c.add("agent", "can you read me the iban")
        parts = [g.letter(ib[0]), g.letter(ib[1]), g.spoken_digits(ib[2:4], pairs=0.5)]
        for ch in ib[4:]:
            parts.append(g.letter(ch) if ch.isalpha() else g.spoken_digits(ch))
        c.add("customer", "yeah ", (" ".join(parts), "IBAN"))
    return c


def p_phone(g):
    r = g.r
    kind = r.choice(["ukmob", "ukland", "ie", "us", "us", "ukmob"])
    typed, spoken = phone_forms(g, kind)
    chat = r.random() < 0.4
    ind = pick(g, IND_US if kind == "us" else IND_UK)
    c = Case("positive", "%s/%s: contact phone number (%s) next to opening hours" % ("chat" if chat else "call", ind, kind))
    if chat:
        c.add("agent", "Our engineers work 8am-6pm. What's the best number to reach you on?")
        c.add("customer", r.choice(["", "mobile is ", "call me on ", "Tel: "]), (typed, "PHONE"), r.choice(["", " after 5", " anytime"]))
    else:
        c.add("agent", "we're open eight till eight so what's the best number to call you back on")
        c.add("customer", r.choice(["it's ", "yeah ", "um ", "best is my mobile "]), (spoken, "PHONE"))
        if r.random() < 0.4:
            c.add("agent", "that's ", (spoken, "PHONE"), " yeah")
            c.add("customer", "yep")
    return c


def p_phone_correction(g):
    r = g.r
    n = g.uk_mobile()
    c = Case("positive", "call/telecom: caller starts phone number, restarts, gives full number; fragment and full both labelled")
    c.add("agent", "what's the number on the account")
    c.add("customer", (g.spoken_digits(n[:5]), "PHONE", "frag"), " no hang on that's my old one")
    c.add("agent", "no problem")
    c.add("customer", "it's ", (g.spoken_groups([n[:5], n[5:]], pairs=0.2), "PHONE"))
    return c


def p_email(g):
    r = g.r
    typed, spoken = email_pair(g)
    chat = r.random() < 0.45
    c = Case("positive", "%s/%s: email address %s" % ("chat" if chat else "call", pick(g, IND_UK), "typed" if chat else "spoken with dot/at words"))
    if chat:
        c.add("agent", "Which email should we send the receipt for ticket %d to?" % r.randint(100000, 9999999))
        c.add("customer", r.choice(["", "email: ", "send it to ", "its "]), (typed, "EMAIL"))
    else:
        c.add("agent", "and what email address should the confirmation go to")
        c.add("customer", r.choice(["it's ", "yeah ", "um it's "]), (spoken, "EMAIL"))
    return c


def p_dob_pc(g):
    r = g.r
    y, m, d = g.dob()
    out, inw = g.uk_postcode()
    chat = r.random() < 0.4
    c = Case("positive", "%s/%s: security questions DOB then postcode, with an age mentioned" % ("chat" if chat else "call", pick(g, IND_UK)))
    if chat:
        c.add("agent", "For security, what's your date of birth and postcode?")
        pct = r.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
        c.add("customer", (fmt_dob_typed(g, y, m, d), "DOB"), r.choice([" and ", ", ", " / "]), (pct, "POSTCODE"))
    else:
        c.add("agent", "can i take your date of birth")
        c.add("customer", r.choice(["yeah it's ", "", "um "]), (fmt_dob_spoken(g, y, m, d), "DOB"),
              r.choice(["", " so i'm %s" % two_digit_words(min(99, 2026 - y))]))
        c.add("agent", "thank you and the postcode")
        c.add("customer", (uk_pc_spoken(g, out, inw), "POSTCODE"))
    return c


def p_address_uk(g):
    r = g.r
    num = r.randint(1, 240)
    st = r.choice(STREET_HAS_TYPE)
    out, inw = g.uk_postcode()
    town = r.choice(TOWNS_UK)
    chat = r.random() < 0.45
    c = Case("positive", "%s/%s: UK street address and postcode for a delivery/meter visit" % ("chat" if chat else "call", pick(g, ["retail", "utilities", "telecom", "insurance"])))
    if chat:
        c.add("agent", "What address is the booking for?")
        ad = ("%d %s" % (num, st.title())) if r.random() < 0.6 else ("Flat %d, %d %s" % (r.randint(1, 12), num, st.title()))
        c.add("customer", (ad, "ADDRESS"), ", %s " % town.title(), (out + " " + inw, "POSTCODE"))
    else:
        c.add("agent", "and the first line of the address")
        ns = two_digit_words(num) if num < 100 else g.spoken_digits(str(num))
        c.add("customer", r.choice(["it's ", "", "yeah "]), (ns + " " + st, "ADDRESS"), " in %s" % town)
        c.add("agent", "postcode")
        c.add("customer", (uk_pc_spoken(g, out, inw), "POSTCODE"))
        c.add("agent", "lovely the engineer will be there between %s and %s" % (r.choice(["eight", "nine", "ten"]), r.choice(["twelve", "one", "two"])))
    return c


def p_address_us(g):
    r = g.r
    num = r.randint(10, 9999)
    st = r.choice(STREET_HAS_TYPE)
    z = g.zip5()
    town = r.choice(TOWNS_US)
    chat = r.random() < 0.5
    c = Case("positive", "%s/%s: US street address and ZIP" % ("chat" if chat else "call", pick(g, IND_US)))
    if chat:
        c.add("agent", "Please confirm the billing address on file.")
        zt = z if r.random() < 0.7 else z + "-" + "%04d" % r.randint(1, 9999)
        c.add("customer", (("%d %s" % (num, st.title())) if r.random() < 0.7 else ("%d %s Apt %d" % (num, st.title(), r.randint(1, 40))), "ADDRESS"),
              ", %s %s " % (town.title(), STATE[town]), (zt, "POSTCODE"))
    else:
        c.add("agent", "what's the billing address")
        ns = g.spoken_digits(str(num), uk=False, pairs=0.7)
        c.add("customer", (ns + " " + st, "ADDRESS"), " %s" % town)
        c.add("agent", "and the zip")
        c.add("customer", (g.spoken_digits(z, uk=False), "POSTCODE"))
    return c


def p_ie(g):
    r = g.r
    typed, spoken = phone_forms(g, "ie")
    ib = g.iban("IE")
    c = Case("positive", "call/utilities Ireland: Irish mobile and IE IBAN in one call, meter reading unlabelled")
    c.add("agent", "thanks the reading of %s is in and what number can we text" % g.spoken_digits(str(r.randint(10000, 99999))))
    c.add("customer", (spoken, "PHONE"))
    c.add("agent", "and for the refund the iban please")
    c.add("customer", (ib[:2] + " " + " ".join(ib[i:i + 4] for i in range(2, len(ib), 4)), "IBAN"))
    return c


def p_chat_typos(g):
    r = g.r
    num = g.card()
    s = num
    c = Case("positive", "chat/%s: card typed with stray spaces/typo-like grouping and email in same message" % pick(g, ["retail", "travel"]))
    cut = [r.randint(2, 5), r.randint(7, 10), r.randint(11, 13)]
    t = s[:cut[0]] + " " + s[cut[0]:cut[1]] + " " + s[cut[1]:cut[2]] + " " + s[cut[2]:]
    typed, _ = email_pair(g)
    c.add("customer", "hi pls charge my card ", (t, "CARD_NUMBER"), " and send reciept to ", (typed, "EMAIL"), " thx")
    return c


def p_card_after_last4(g):
    r = g.r
    num = g.card()
    uk = r.random() < 0.5
    old4 = "%04d" % r.randint(0, 9999)
    c = Case("positive", "call/%s: saved card ending (unlabelled) declined, new full card given; order number nearby" % pick(g, IND_UK if uk else IND_US))
    c.add("agent", "do you want to use the card ending %s for order %s" % (g.spoken_digits(old4, uk=uk), g.spoken_digits(str(r.randint(10000, 999999)), uk=uk)))
    c.add("customer", "no that one's expired i've got a new one it's ",
          (g.spoken_groups(g.card_groups(num), uk=uk, pairs=0.15, fillers=0.05), "CARD_NUMBER"),
          " and that's for the %s %s" % (r.choice(["forty", "ninety nine", "twelve fifty"]), "pounds" if uk else "bucks"))
    return c


def p_two_contacts(g):
    r = g.r
    kind = r.choice(["ukmob", "us", "ie"])
    typed, spoken = phone_forms(g, kind)
    et, es = email_pair(g)
    chat = r.random() < 0.5
    c = Case("positive", "%s/%s: phone and email in one turn with chit-chat and a time" % ("chat" if chat else "call", pick(g, IND_UK)))
    if chat:
        c.add("agent", "Can you confirm your contact details?")
        c.add("customer", "sure mob ", (typed, "PHONE"), r.choice([" / ", " and email ", ", "]), (et, "EMAIL"),
              " - I'm out till %d tho" % r.randint(2, 6))
    else:
        c.add("agent", "can you confirm your contact details")
        c.add("customer", "yeah the mobile's ", (spoken, "PHONE"), " and the email is ", (es, "EMAIL"),
              " but i'm at work till %s so email's better" % r.choice(["five", "six thirty", "four"]))
    return c


def p_dob_readback(g):
    r = g.r
    y, m, d = g.dob()
    c = Case("positive", "call/%s: DOB given, agent reads back, then appointment date (unlabelled)" % pick(g, ["healthcare billing", "insurance", "banking"]))
    c.add("agent", "and your date of birth")
    c.add("customer", (fmt_dob_spoken(g, y, m, d), "DOB"))
    c.add("agent", "so that's ", (fmt_dob_spoken(g, y, m, d), "DOB"), " and you're booked in for the %s of %s" % (ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)]))
    c.add("customer", "yes")
    return c


POS_TEMPLATES = [
    (p_card_after_last4, 6), (p_two_contacts, 8), (p_dob_readback, 5),
    (p_card_call, 10), (p_card_split, 8), (p_card_chat, 9), (p_card_exp_cvv_call, 9), (p_chat_typos, 4),
    (p_ssn_chat, 10), (p_ssn_call, 10), (p_ssn_dob, 7), (p_ssn_last4_then_full, 5),
    (p_ni_call, 12), (p_ni_chat, 12), (p_ni_split, 7),
    (p_bank_uk, 15), (p_bank_us, 5), (p_iban, 14), (p_ie, 4),
    (p_phone, 14), (p_phone_correction, 4), (p_email, 12),
    (p_dob_pc, 14), (p_address_uk, 10), (p_address_us, 8),
]


# --------------------------------------------------------------------------
# negative templates (nothing here may be redacted)
def n_order_spoken(g):
    r = g.r
    ref = str(r.randint(1000000, 9999999999))
    word = r.choice(["order number", "reference number", "ticket number", "case reference", "claim number", "invoice number"])
    c = Case("negative", "call/%s: %s read digit by digit (up to 10 digits) - not PII" % (pick(g, IND_UK), word))
    c.add("agent", "have you got the %s there" % word)
    c.add("customer", "yeah the %s is %s" % (word, g.spoken_digits(ref, doubles=0.4)))
    c.add("agent", "thank you that one's dated the %s of %s" % (ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)]))
    return c


def n_order_chat(g):
    r = g.r
    c = Case("negative", "chat/retail: long order and tracking identifiers with their names")
    order = str(r.randint(100000000, 9999999999))
    trk = r.choice(["1Z%s" % "".join(r.choice("0123456789ABCDEFGHJK") for _ in range(16)),
                    "TRK-%d" % r.randint(10 ** 8, 10 ** 9)])
    c.add("customer", "Hi, order #%s still hasn't arrived" % order)
    c.add("agent", "Sorry about that! Tracking ref %s shows it at the depot, expected %s %d." % (
        trk, MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28)))
    return c


def n_amount_digits(g):
    r = g.r
    amt = r.randint(1000, 99999)
    c = Case("negative", "call/%s: amount read digit by digit and balance - not PII" % pick(g, ["banking", "utilities", "telecom"]))
    c.add("agent", "your outstanding balance is %s pounds %s" % (
        " ".join(g.spoken_digits(str(amt)).split()), two_digit_words(r.randint(1, 99))))
    c.add("customer", "sorry how much")
    c.add("agent", "%s point %s" % (g.spoken_digits(str(amt)), g.spoken_digits("%02d" % r.randint(0, 99))))
    c.add("customer", "okay can i pay %s today and the rest on the %s" % (
        r.choice(["two hundred", "fifty", "a hundred and twenty"]), ORD[r.randint(1, 28)]))
    return c


def n_hours(g):
    r = g.r
    c = Case("negative", "call/%s: phone-like opening hours, times and durations" % pick(g, IND_UK + IND_US))
    c.add("customer", "what time are you open till")
    c.add("agent", "we're open %s till %s monday to friday and %s to %s on saturdays wait times are about %s minutes" % (
        r.choice(["eight", "nine", "seven thirty"]), r.choice(["eight", "six", "five thirty", "ten"]),
        r.choice(["nine", "ten"]), r.choice(["one", "four", "five"]), r.choice(["twenty five", "forty", "fifteen"])))
    c.add("customer", "so if i call at %s %s tomorrow" % (r.choice(["eight", "nine", "seven"]), r.choice(["oh five", "fifteen", "forty five", "o'clock"])))
    c.add("agent", "yes that's fine")
    return c


def n_hours_chat(g):
    r = g.r
    c = Case("negative", "chat/%s: opening hours and times typed in phone-like shapes" % pick(g, IND_UK))
    c.add("agent", "Our lines are open 08:00-20:00 Mon-Fri, 09:00-17:00 Sat. Average wait %d-%d mins." % (r.randint(2, 10), r.randint(11, 30)))
    c.add("customer", "ok so 0800-2000 then, I'll try at %02d:%02d" % (r.randint(8, 19), r.choice([0, 15, 30, 45])))
    return c


def n_model_serial(g):
    r = g.r
    model = r.choice(["WF45R6100AW", "KGN39VWEAG", "HP-8710", "XPS 9520", "SM-G991B", "DCS7023", "iPhone 13"])
    serial = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(r.randint(8, 12)))
    c = Case("negative", "chat/retail: model number and serial number for a warranty repair")
    c.add("customer", "my washing machine model %s has stopped, serial no. %s, bought %d" % (model, serial, r.randint(2018, 2025)))
    c.add("agent", "Thanks. The %d-year warranty covers that; an engineer can attend on %s %d between 8 and 12." % (
        r.choice([2, 3, 5]), MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28)))
    return c


def n_serial_spoken(g):
    r = g.r
    serial = str(r.randint(10 ** 7, 10 ** 10 - 1))
    c = Case("negative", "call/telecom: router serial number spoken with its name")
    c.add("agent", "can you read me the serial number on the back of the router")
    c.add("customer", "serial number %s" % g.spoken_digits(serial, pairs=0.2))
    c.add("agent", "and the model is it the %s" % r.choice(["hub five", "x three thousand", "e four"]))
    return c


def n_meter(g):
    r = g.r
    rd = str(r.randint(10000, 999999))
    c = Case("negative", "call/utilities: meter reading and meter serial read out")
    c.add("agent", "have you got a meter reading for me")
    c.add("customer", "yeah it says %s and the red numbers are %s" % (g.spoken_digits(rd, doubles=0.5), g.spoken_digits(str(r.randint(0, 9)))))
    c.add("agent", "great that's %s kilowatt hours since the last reading on the %s of %s" % (
        two_digit_words(r.randint(20, 99)) + " hundred", ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)]))
    return c


def n_meter_chat(g):
    r = g.r
    c = Case("negative", "chat/utilities: typed meter readings, tariff rate and percentage")
    c.add("customer", "Gas reading %05d, electric %06d (taken %02d/%02d/%d)" % (
        r.randint(0, 99999), r.randint(0, 999999), r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2026)))
    c.add("agent", "Thanks, your unit rate is %d.%02dp/kWh and usage is down %d%% on last year." % (
        r.randint(20, 30), r.randint(0, 99), r.randint(3, 25)))
    return c


def n_appointment(g):
    r = g.r
    c = Case("negative", "call/healthcare billing: appointment and payment dates, not birth dates")
    c.add("agent", "your appointment is on %s the %s of %s at %s" % (
        r.choice(["monday", "tuesday", "thursday"]), ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)],
        r.choice(["ten fifteen", "two thirty", "nine am"])))
    c.add("customer", "and when is the bill due")
    c.add("agent", "payment of %s dollars is due by %s %s twenty %s" % (
        r.choice(["one forty", "eighty five", "three hundred twelve"]), MONTHS[r.randint(0, 11)], ORD[r.randint(1, 28)],
        r.choice(["twenty six", "twenty seven"])))
    return c


def n_dates_chat(g):
    r = g.r
    c = Case("negative", "chat/%s: contract start, renewal and payment dates typed like DOBs" % pick(g, ["telecom", "insurance"]))
    c.add("customer", "My contract started %02d/%02d/%d, when can I upgrade?" % (r.randint(1, 28), r.randint(1, 12), r.randint(2022, 2025)))
    c.add("agent", "You're eligible from %02d/%02d/%d. Your last payment of £%d.%02d was taken on %d %s." % (
        r.randint(1, 28), r.randint(1, 12), r.randint(2026, 2027), r.randint(10, 80), r.randint(0, 99),
        r.randint(1, 28), MONTHS[r.randint(0, 11)].capitalize()))
    return c


def n_last4(g):
    r = g.r
    l4 = "%04d" % r.randint(0, 9999)
    c = Case("negative", "call/%s: card last-four mention only, not a full card number" % pick(g, IND_UK + IND_US))
    c.add("agent", "i can see a card ending %s on the account is that still the one you want to use" % g.spoken_digits(l4))
    c.add("customer", "yes the one ending %s" % g.spoken_digits(l4, pairs=0.5))
    c.add("agent", "perfect that's %s taken" % r.choice(["twenty pounds", "forty nine ninety nine", "the full hundred and ten"]))
    return c


def n_last4_chat(g):
    r = g.r
    c = Case("negative", "chat/retail: card ending / last four digits typed, with amount")
    c.add("agent", "We refunded $%d.%02d to the Visa ending in %04d on %s %d." % (
        r.randint(5, 500), r.randint(0, 99), r.randint(0, 9999), MONTHS[r.randint(0, 11)].capitalize(), r.randint(1, 28)))
    c.add("customer", "ok, the card ending **** %04d?" % r.randint(0, 9999))
    c.add("agent", "Yes, it should show in 3-5 working days.")
    return c


def n_flight(g):
    r = g.r
    c = Case("negative", "call/travel: flight number, booking reference letters, gate, seat and times")
    fl = r.choice(["BA", "EI", "FR", "AA", "UA", "LH"]) + str(r.randint(10, 9999))
    c.add("customer", "i'm on flight %s on the %s" % (" ".join(g.letter(ch) if ch.isalpha() else g.spoken_digits(ch) for ch in fl), ORD[r.randint(1, 28)]))
    c.add("agent", "okay that departs at %s from gate %s and you're in seat %s %s" % (
        r.choice(["fourteen twenty", "oh six forty five", "nine fifty"]), two_digit_words(r.randint(1, 60)),
        two_digit_words(r.randint(1, 40)), r.choice(["a", "c", "f"])))
    return c


def n_flight_chat(g):
    r = g.r
    c = Case("negative", "chat/travel: booking ref, flight, hotel room number and price")
    c.add("customer", "Booking ref %s, flight %s%d on %d %s, room %d" % (
        "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), r.choice(["EI", "BA", "FR"]), r.randint(100, 9999),
        r.randint(1, 28), MONTHS[r.randint(0, 11)][:3].capitalize(), r.randint(100, 1299)))
    c.add("agent", "Got it. The upgrade is €%d per night, %d nights = €%d." % (45, 3, 135))
    return c


def n_counts(g):
    r = g.r
    c = Case("negative", "call/%s: quantities, percentages, speeds, temperatures and ages" % pick(g, ["telecom", "retail", "utilities"]))
    c.add("customer", "i'm only getting %s megabits and i'm paying for %s" % (two_digit_words(r.randint(2, 40)), r.choice(["five hundred", "nine hundred", "one gig"])))
    c.add("agent", "that's about %s percent of the speed can you restart the hub and wait %s seconds" % (two_digit_words(r.randint(2, 30)), two_digit_words(r.randint(10, 60))))
    c.add("customer", "sure my son's %s he'll do it it's %s degrees in here with the heating on" % (two_digit_words(r.randint(8, 17)), two_digit_words(r.randint(18, 26))))
    return c


def n_years(g):
    r = g.r
    c = Case("negative", "call/insurance: years, car registration year, mileage and excess (no DOB)")
    c.add("agent", "what year is the car")
    c.add("customer", "it's a %s and it's done about %s thousand miles" % (spoken_year(g, r.randint(2008, 2024)), two_digit_words(r.randint(10, 99))))
    c.add("agent", "and the policy has a %s pound excess renewing on the %s of %s" % (
        r.choice(["two hundred and fifty", "five hundred", "three fifty"]), ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)]))
    return c


def n_reference_big(g):
    r = g.r
    c = Case("negative", "chat/%s: several reference-style numbers with labels (invoice, PO, case, customer no.)" % pick(g, IND_UK + IND_US))
    c.add("customer", "Invoice INV-%d and PO %d were both charged" % (r.randint(100000, 9999999), r.randint(10000, 99999999)))
    c.add("agent", "I've raised case %d for you; the duplicate of %s%d.%02d will be credited within %d days." % (
        r.randint(10 ** 7, 10 ** 9), r.choice(["$", "£", "€"]), r.randint(10, 999), r.randint(0, 99), r.randint(3, 14)))
    return c


def n_agent_id(g):
    r = g.r
    c = Case("negative", "call/%s: agent id, extension and queue numbers" % pick(g, IND_UK + IND_US))
    c.add("agent", "my name's %s my agent id is %s if you need to call back ask for extension %s" % (
        r.choice(FIRST), g.spoken_digits(str(r.randint(10000, 999999))), g.spoken_digits(str(r.randint(100, 9999)))))
    c.add("customer", "okay thanks and that was call number %s today" % two_digit_words(r.randint(2, 9)))
    return c


def n_price_list(g):
    r = g.r
    c = Case("negative", "chat/telecom: plan prices, data allowances and contract length")
    c.add("agent", "We have 3 plans: %dGB for £%d.%02d, %dGB for £%d.%02d or unlimited at £%d/month on a %d-month contract." % (
        r.randint(5, 30), r.randint(8, 15), r.choice([0, 99, 50]), r.randint(40, 150), r.randint(16, 25), r.choice([0, 99, 50]),
        r.randint(26, 40), r.choice([12, 24, 36])))
    c.add("customer", "the %d one please, starting %d/%d" % (r.choice([12, 24]), r.randint(1, 28), r.randint(1, 12)))
    return c


def n_claim_spoken_long(g):
    r = g.r
    ref = str(r.randint(10 ** 9, 10 ** 10 - 1))
    c = Case("negative", "call/insurance: ten digit claim number split over turns with back-channels")
    c.add("agent", "can i take the claim number")
    c.add("customer", "yeah claim number %s" % g.spoken_digits(ref[:4]))
    c.add("agent", "mhm")
    c.add("customer", "%s" % g.spoken_digits(ref[4:7]))
    c.add("agent", "yep")
    c.add("customer", "%s that's the claim number" % g.spoken_digits(ref[7:]))
    return c


def n_address_company(g):
    r = g.r
    c = Case("negative", "call/%s: directions to a store by landmark, store number, no personal address" % pick(g, ["retail", "banking"]))
    c.add("customer", "which branch is nearest")
    c.add("agent", "store number %s in the shopping centre it's on level %s next to the car park open till %s" % (
        g.spoken_digits(str(r.randint(100, 9999))), two_digit_words(r.randint(1, 4)), r.choice(["nine", "eight thirty"])))
    return c


def n_sizes(g):
    r = g.r
    c = Case("negative", "chat/retail: product codes, sizes and quantities")
    c.add("customer", "I want %d x SKU %d in size %d and %d x item %s" % (
        r.randint(1, 5), r.randint(100000, 99999999), r.choice([8, 10, 12, 14, 42, 44]), r.randint(1, 3),
        "".join(r.choice("ABCDEFGH0123456789") for _ in range(8))))
    c.add("agent", "That comes to £%d.%02d, delivery %d-%d working days." % (r.randint(20, 300), r.randint(0, 99), r.randint(1, 3), r.randint(4, 7)))
    return c


def n_gov(g):
    r = g.r
    c = Case("negative", "call/government services: tax year, tax code, amounts and a letter reference")
    c.add("agent", "for the tax year twenty %s to twenty %s your tax code is %s" % (
        two_digit_words(r.randint(20, 25)), two_digit_words(r.randint(21, 26)),
        r.choice(["twelve five seven l", "one two five seven l", "b r", "k four seven five"])))
    c.add("customer", "and the letter reference at the top is %s" % g.spoken_digits(str(r.randint(10 ** 5, 10 ** 8))))
    c.add("agent", "yes that's the refund of %s pounds" % r.choice(["four hundred and twelve", "eighty six", "one thousand two hundred"]))
    return c


def n_card_talk(g):
    r = g.r
    chat = r.random() < 0.5
    c = Case("negative", "%s/%s: talk about card details without giving any (digit counts, card ending)" % ("chat" if chat else "call", pick(g, ["retail", "banking"])))
    if chat:
        c.add("agent", "For security please don't type your full 16-digit card number or the 3-digit code here.")
        c.add("customer", "ok, it's the Mastercard ending %04d, expired last month I think" % r.randint(0, 9999))
        c.add("agent", "No problem, I'll send a secure link valid for %d minutes." % r.choice([15, 30, 60]))
    else:
        c.add("agent", "i'm going to transfer you to the automated line you'll need the sixteen digits on the front and the three on the back")
        c.add("customer", "okay is it still the one ending %s" % g.spoken_digits("%04d" % r.randint(0, 9999), pairs=0.4))
        c.add("agent", "yes and it'll take about %s minutes" % r.choice(["two", "five", "three"]))
    return c


def n_policy_ref(g):
    r = g.r
    c = Case("negative", "call/insurance: policy number with letters and digits read out, plus premium")
    pol = "".join(r.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(3)) + str(r.randint(10 ** 6, 10 ** 7))
    c.add("agent", "can i take your policy number")
    c.add("customer", "policy number %s" % " ".join(g.letter(ch) if ch.isalpha() else g.spoken_digits(ch) for ch in pol))
    c.add("agent", "thanks your monthly premium is %s pounds %s and it renews on the %s of %s" % (
        two_digit_words(r.randint(12, 99)), two_digit_words(r.randint(1, 99)), ORD[r.randint(1, 28)], MONTHS[r.randint(0, 11)]))
    return c


def n_house_year(g):
    r = g.r
    c = Case("negative", "call/insurance: house build year, number of bedrooms, rebuild cost")
    c.add("agent", "roughly when was the property built")
    c.add("customer", "about %s it's got %s bedrooms" % (spoken_year(g, r.randint(1890, 1999)), two_digit_words(r.randint(2, 5))))
    c.add("agent", "and the rebuild cost is around %s thousand" % r.choice(["two hundred and fifty", "three hundred", "four hundred and eighty"]))
    return c


NEG_TEMPLATES = [
    (n_card_talk, 5), (n_policy_ref, 4), (n_house_year, 3),
    (n_order_spoken, 7), (n_order_chat, 5), (n_amount_digits, 6), (n_hours, 5), (n_hours_chat, 4),
    (n_model_serial, 4), (n_serial_spoken, 4), (n_meter, 6), (n_meter_chat, 4), (n_appointment, 5),
    (n_dates_chat, 5), (n_last4, 6), (n_last4_chat, 4), (n_flight, 4), (n_flight_chat, 3),
    (n_counts, 4), (n_years, 4), (n_reference_big, 4), (n_agent_id, 4), (n_price_list, 3),
    (n_claim_spoken_long, 5), (n_address_company, 3), (n_sizes, 3), (n_gov, 4),
]


# --------------------------------------------------------------------------
def generate():
    rng = random.Random(SEED)
    g = Gen(rng)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn(g))
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn(g))
    rng.shuffle(pos)
    rng.shuffle(neg)
    records = []
    for i, c in enumerate(pos, 1):
        records.append(c.build("%s-pos-%03d" % (PFX, i)))
    for i, c in enumerate(neg, 1):
        records.append(c.build("%s-neg-%03d" % (PFX, i)))
    return records


def render(records):
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d, _ in records)


def counts(records):
    cnt = {t: 0 for t in TYPES}
    npos = nneg = 0
    for d, _ in records:
        if d["kind"] == "positive":
            npos += 1
        else:
            nneg += 1
        for s in d["spans"]:
            cnt[s["type"]] += 1
    return cnt, npos, nneg


def readme(records):
    cnt, npos, nneg = counts(records)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout240 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not adjust patterns, thresholds or word
lists in response to individual failures here.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
read the redaction code, its tests, its documentation, the benchmark script
or any other PII fixture; the only existing data consulted was a three-line
example of the JSONL format. The redactor was never run while writing it.

The cases are produced by `scripts/make_pii_holdout240.py` (standard library
only) from template functions. Each turn is assembled from plain-text
segments and labelled `(value, TYPE)` segments, so offsets are computed, never
typed by hand. All values come from one `random.Random(%d)`; the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout240.py --check`
regenerates the set, verifies the file is identical, ids are unique, offsets
are in range, on word boundaries and non-overlapping, and validates every
value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts for CVV, phone and
account numbers, UK/US postcode shapes). Values split across turns are
validated as a whole after concatenating their parts.

## Content

%d positive cases and %d negative cases; chat (typed, varied separators and
case) and phone calls written as an ASR transcript would write them (lower
case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", digit
pairs such as "forty one", letters as "b for bravo", e-mails as "dot"/"at",
occasional homophones such as "for"/"to"/"ate"/"won" for digits, filler words
inside readings, values split over several customer turns with agent
back-channels, agent read-backs, restarts). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government
services; UK, US, Ireland and EU (IBANs from GB, IE, DE, FR, ES, NL).

Negatives deliberately contain numbers a careless redactor would take for
PII: order/ticket/claim/invoice/reference numbers up to 10 digits read digit
by digit (also split over turns), tracking numbers, amounts read digit by
digit, phone-shaped opening hours (08:00-20:00, "eight till eight"), model and
serial numbers, meter readings, appointment/payment/contract dates, card
"ending in" last-four mentions, flight numbers, booking references, room and
store numbers, agent ids and extensions, speeds, temperatures, ages, years,
tax codes. Positives also carry such unlabelled numbers next to the PII.

## Annotation conventions

* A span covers the value only: not the lead-in ("it's", "my card is"), not
  trailing chit-chat. Filler words *inside* a reading ("um", "er") are inside
  the span.
* Spoken values: the span runs from the first to the last word of the
  reading, including "double"/"triple", "for bravo"/"as in" letter
  explanations and "plus four four" country prefixes.
* A value split over several customer turns is labelled in each turn
  (one span per fragment). An agent reading a value back is labelled too.
* A restarted partial reading (a phone number abandoned after a few digits)
  is labelled as PHONE.
* A card "ending in 1234" / last four digits alone is NOT labelled (negative).
* ADDRESS = house/flat number and street (plus "Flat n," / "Apt n" when
  given); the town is not part of the span. POSTCODE is a separate span (UK
  postcodes, US ZIP and ZIP+4).
* EXPIRY and DOB cover the whole date expression ("the third of march
  nineteen eighty seven", "03/27"). Ages, appointment and payment dates are
  not labelled.
* SORT_CODE and BANK_ACCOUNT are separate spans; IBAN is one span.

## Counts per type

| type | spans |
|---|---|
%s

Positives: %d, negatives: %d.
""" % (SEED, npos, nneg, rows, npos, nneg)


def check(records):
    errors = []
    text = render(records)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        errors.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        errors.append("README.md differs from regenerated output")
    ids = set()
    for d, meta in records:
        cid = d["id"]
        if cid in ids:
            errors.append("duplicate id " + cid)
        ids.add(cid)
        if d["kind"] == "negative" and d["spans"]:
            errors.append(cid + ": negative with spans")
        if d["kind"] == "positive" and not d["spans"]:
            errors.append(cid + ": positive without spans")
        for t in d["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errors.append(cid + ": bad turn")
        prev = {}
        groups = {}
        for s, grp in zip(d["spans"], meta):
            ti = s["turn"]
            if s["type"] not in TYPES:
                errors.append(cid + ": bad type")
            if not (0 <= ti < len(d["turns"])):
                errors.append(cid + ": turn out of range")
                continue
            tx = d["turns"][ti]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errors.append("%s: offsets out of range" % cid)
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errors.append("%s: span not on word boundary %r" % (cid, tx[a:b]))
            if tx[a].isspace() or tx[b - 1].isspace():
                errors.append("%s: span has edge whitespace" % cid)
            if ti in prev and a < prev[ti]:
                errors.append("%s: overlapping spans" % cid)
            prev[ti] = max(prev.get(ti, 0), b)
            val = tx[a:b]
            if grp is None:
                e = validate(s["type"], val)
                if e:
                    errors.append("%s: %s" % (cid, e))
            else:
                groups.setdefault((grp, s["type"]), []).append(val)
        for (grp, typ), vals in groups.items():
            if grp == "frag":
                v = words_to_alnum(" ".join(vals))
                if not v or not v.isdigit():
                    errors.append("%s: bad fragment %r" % (cid, vals))
                continue
            e = validate(typ, None, " ".join(vals))
            if e:
                errors.append("%s: group %s" % (cid, e))
    cnt, npos, nneg = counts(records)
    if npos < 170 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errors.append("type %s has %d spans < %d" % (t, cnt[t], need))
    return errors, cnt, npos, nneg


def main():
    records = generate()
    if "--check" in sys.argv[1:]:
        errors, cnt, npos, nneg = check(records)
        print("pii_holdout240: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if errors:
            for e in errors[:50]:
                print("ERROR:", e)
            print("%d problem(s)" % len(errors))
            return 1
        print("check OK")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(records), encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    cnt, npos, nneg = counts(records)
    print("wrote %s (%d positive, %d negative)" % (CASES, npos, nneg))
    return 0


if __name__ == "__main__":
    sys.exit(main())

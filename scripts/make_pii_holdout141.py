#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h141 (UK/IE emphasis).

Written by an AI helper acting as an independent author; it never looked at the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from a single seeded random.Random.

    python scripts/make_pii_holdout141.py          # write fixture + README
    python scripts/make_pii_holdout141.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 141241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout141"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h141"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
# casual "x for ..." words callers actually use
CASUAL = {"a": "apple", "b": "bertie", "c": "cat", "d": "dog", "e": "edward", "f": "freddie",
          "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
          "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
          "x": "xray", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"see": "c", "sea": "c", "bee": "b", "be": "b", "jay": "j", "kay": "k", "pee": "p",
               "tee": "t", "tea": "t", "why": "y", "ex": "x", "dee": "d", "gee": "g", "ay": "a",
               "eh": "a", "el": "l", "em": "m", "en": "n", "ar": "r", "ess": "s", "zed": "z",
               "eff": "f", "vee": "v", "aitch": "h", "haitch": "h", "you": "u", "cue": "q",
               "queue": "q", "are": "r"}
HOMO_OUT = {"c": ["see"], "b": ["bee"], "j": ["jay"], "k": ["kay"], "p": ["pee"], "t": ["tee"],
            "y": ["why"], "x": ["ex"], "d": ["dee"], "g": ["gee"], "a": ["ay"], "l": ["el"],
            "m": ["em"], "n": ["en"], "r": ["ar"], "s": ["ess"], "z": ["zed"], "h": ["aitch"],
            "w": ["double you"], "q": ["cue"]}
DIGIT_HOMO = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "and", "the", "of", "like", "so"}
STREET_TYPES = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Grove",
                "Gardens", "Terrace", "Way", "Place", "Court", "Park", "Hill", "View", "Walk",
                "Rise", "Row", "Square"]
STREET_NAMES = ["Mill", "Hazel", "Church", "Station", "Victoria", "Kings", "Queens", "Park",
                "Willow", "Beech", "Rowan", "Castle", "Abbey", "Orchard", "Meadow", "Chapel",
                "Ash", "Elm", "Oak", "Sycamore", "Bridge", "Harbour", "Strand", "Main",
                "Ballymun", "Clontarf", "Griffith", "Sandymount", "Ranelagh", "Fairview",
                "Ormeau", "Lisburn", "Cathedral", "Moss", "Heather", "Glebe", "Foxhill",
                "Primrose", "Cranbrook", "Lansdowne", "St Mary's", "Thornbury", "Whitehall"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Belfast", "Leicester",
            "Norwich", "Swansea", "Aberdeen", "Derby", "Bolton", "Reading", "Croydon", "Sheffield"]
TOWNS_IE = ["Dublin 9", "Cork", "Galway", "Limerick", "Drogheda", "Naas", "Sligo", "Tralee",
            "Dundalk", "Athlone"]
US_STREETS = ["Maple", "Oak", "Washington", "Lincoln", "Cedar", "Pine", "Elm", "Lake", "Hill",
              "Sunset", "Jefferson", "Madison"]
US_TYPES = ["Street", "Avenue", "Drive", "Boulevard", "Court", "Lane", "Road", "Way"]
FIRST = ["mary", "sean", "aoife", "john", "siobhan", "david", "niamh", "tom", "sarah", "ciaran",
         "emma", "liam", "grace", "paddy", "chloe", "james", "orla", "mark", "rachel", "kevin",
         "lucy", "dermot", "fiona", "gareth", "megan", "rhys", "kirsty", "callum", "eilidh", "priya"]
LAST = ["murphy", "kelly", "walsh", "byrne", "smith", "jones", "williams", "taylor", "brown",
        "davies", "evans", "thomas", "roberts", "campbell", "stewart", "macleod", "reilly",
        "doyle", "gallagher", "patel", "khan", "hughes", "lynch", "quinn", "nolan", "fraser"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.ie", "sky.com", "virginmedia.com", "outlook.ie",
           "protonmail.com"]


def num_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def ord_words(n: int) -> str:
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return {2: "twentieth", 3: "thirtieth"}[t]
    return TENS[t] + " " + ORD_UNITS[u]


def ord_suffix(n: int) -> str:
    if 11 <= n % 100 <= 13:
        return f"{n}th"
    return f"{n}" + {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


# ---------------------------------------------------------------- speaking
class Speaker:
    def __init__(self, rng: random.Random):
        self.r = rng

    def zero(self) -> str:
        return self.r.choice(["oh", "oh", "oh", "zero", "o", "nought"])

    def digit(self, d: str, zero: str | None = None) -> str:
        if d == "0":
            return zero or self.zero()
        return UNITS[int(d)]

    def digits(self, ds: str, style: str | None = None) -> str:
        """Speak a digit string.  style: single, double, pairs, homo, filler."""
        r = self.r
        style = style or r.choice(["single", "single", "double", "double", "pairs", "homo", "filler"])
        z = self.zero()
        if style == "pairs" and len(ds) % 2 == 0:
            out = []
            pairs = [ds[i:i + 2] for i in range(0, len(ds), 2)]
            for k, p in enumerate(pairs):
                nxt = pairs[k + 1] if k + 1 < len(pairs) else None
                if p[0] == "0":
                    out.append(z + " " + self.digit(p[1], z))
                elif p[0] == "1":
                    out.append(TEENS[int(p[1])])
                elif p[1] == "0":
                    if nxt is None or nxt[0] in "01":
                        out.append(TENS[int(p[0])])
                    else:
                        out.append(UNITS[int(p[0])] + " " + z)
                else:
                    out.append(num_words(int(p)))
            return " ".join(out)
        out = []
        i = 0
        while i < len(ds):
            d = ds[i]
            run = 1
            while i + run < len(ds) and ds[i + run] == d and run < 3:
                run += 1
            if style in ("double", "filler") and run == 3 and r.random() < 0.8:
                out.append("triple " + self.digit(d, z))
                i += 3
                continue
            if style in ("double", "filler") and run >= 2 and r.random() < 0.85:
                out.append("double " + self.digit(d, z))
                i += 2
                continue
            w = self.digit(d, z)
            if style == "homo" and d in "4218" and r.random() < 0.35:
                w = {"4": "for", "2": "to", "1": "won", "8": "ate"}[d]
            out.append(w)
            i += 1
        if style == "filler" and len(out) > 3:
            pos = r.randint(1, len(out) - 2)
            out.insert(pos, r.choice(["um", "uh", "er", "erm"]))
        return " ".join(out)

    def letter(self, ch: str, style: str | None = None) -> str:
        r = self.r
        ch = ch.lower()
        style = style or r.choice(["plain", "plain", "nato", "casual", "homo", "asin"])
        if ch == "o" and style not in ("nato", "asin"):
            style = "nato"  # a bare "o" would be heard as zero
        if style == "nato":
            return f"{ch} for {NATO[ch]}"
        if style == "asin":
            return f"{ch} as in {NATO[ch]}"
        if style == "casual" and ch in CASUAL:
            return f"{ch} for {CASUAL[ch]}"
        if style == "homo" and ch in HOMO_OUT:
            return HOMO_OUT[ch][0]
        return ch

    def alnum(self, s: str, dstyle: str | None = None) -> str:
        parts = []
        for tok in re.findall(r"[A-Za-z]|\d+", s):
            if tok.isdigit():
                parts.append(self.digits(tok, dstyle or self.r.choice(["single", "double"])))
            else:
                parts.append(self.letter(tok))
        return " ".join(parts)


# ---------------------------------------------------------------- values
def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(ds)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


class Values:
    def __init__(self, rng: random.Random):
        self.r = rng

    def digs(self, n: int) -> str:
        return "".join(self.r.choice("0123456789") for _ in range(n))

    def ref(self, n: int) -> str:
        """Reference number: no leading zero, so it never reads like a phone number."""
        return self.r.choice("123456789") + self.digs(n - 1)

    def card(self, brand: str | None = None) -> str:
        r = self.r
        brand = brand or r.choice(["visa", "visa", "visa", "mc", "mc", "amex", "visa19", "maestro"])
        if brand == "visa":
            pre, n = "4" + self.digs(5), 16
        elif brand == "mc":
            pre, n = r.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
        elif brand == "amex":
            pre, n = r.choice(["34", "37"]), 15
        elif brand == "visa19":
            pre, n = "4", 19
        else:
            pre, n = r.choice(["6759", "6761", "5018"]), r.choice([16, 18])
        body = pre + self.digs(n - len(pre) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c
        raise AssertionError

    def ssn(self) -> str:
        r = self.r
        while True:
            a = r.randint(1, 899)
            if a == 666:
                continue
            g = r.randint(1, 99)
            s = r.randint(1, 9999)
            return f"{a:03d}{g:02d}{s:04d}"

    def ni(self) -> str:
        r = self.r
        first = "ABCEGHJKLMNPRSTWXYZ"
        second = "ABCEGHJKLMNPRSTWXYZ"
        while True:
            p = r.choice(first) + r.choice(second)
            if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
                break
        return p + self.digs(6) + r.choice("ABCD")

    def sort_code(self) -> str:
        return self.r.choice(["0", "1", "2", "3", "4", "6", "7", "8", "9"]) + self.digs(5)

    def account(self, n: int = 8) -> str:
        return self.r.choice("123456789") + self.digs(n - 1)

    def iban(self, cc: str | None = None) -> str:
        r = self.r
        cc = cc or r.choice(["GB", "GB", "IE", "IE", "IE", "DE", "FR", "NL", "ES"])
        if cc == "GB":
            bban = r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + self.digs(14)
        elif cc == "IE":
            bban = r.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + self.digs(14)
        elif cc == "DE":
            bban = self.digs(18)
        elif cc == "FR":
            bban = self.digs(23)
        elif cc == "NL":
            bban = r.choice(["ABNA", "INGB", "RABO"]) + self.digs(10)
        else:
            bban = self.digs(20)
        for chk in range(2, 99):
            cand = f"{cc}{chk:02d}{bban}"
            if iban_ok(cand):
                return cand
        raise AssertionError

    def phone(self, kind: str | None = None) -> str:
        """Return canonical display string (digits and + only separators later)."""
        r = self.r
        kind = kind or r.choice(["ukmob", "ukmob", "ukland", "iemob", "iemob", "ieland", "ukintl", "ieintl"])
        if kind == "ukmob":
            return "07" + r.choice("3456789") + self.digs(8)
        if kind == "ukland":
            pre = r.choice(["020", "0161", "0113", "0141", "0117", "0121", "028", "029", "0131"])
            return pre + r.choice("2345789") + self.digs(10 - len(pre))
        if kind == "iemob":
            return "08" + r.choice("35679") + self.digs(7)
        if kind == "ieland":
            return r.choice(["01", "021", "091", "061", "045"]) + r.choice("2345689") + self.digs(6)
        if kind == "ukintl":
            return "+447" + r.choice("3456789") + self.digs(8)
        if kind == "ieintl":
            return "+3538" + r.choice("35679") + self.digs(7)
        if kind == "us":
            return r.choice("2345789") + self.digs(2) + r.choice("2345789") + self.digs(6)
        raise ValueError(kind)

    def email(self) -> tuple[str, str, str, str]:
        r = self.r
        f, l = r.choice(FIRST), r.choice(LAST)
        sep = r.choice([".", "", "_", "."])
        num = r.choice(["", "", str(r.randint(1, 99)), str(r.randint(1960, 2005))])
        dom = r.choice(DOMAINS)
        user = f + sep + l + num if r.random() < 0.75 else f[0] + sep + l + num
        return user + "@" + dom, user, sep, dom

    def dob(self) -> tuple[int, int, int]:
        r = self.r
        y = r.randint(1941, 2005)
        m = r.randint(1, 12)
        d = r.randint(1, 28)
        return d, m, y

    def expiry(self) -> tuple[int, int]:
        return self.r.randint(1, 12), self.r.randint(26, 32)

    def uk_postcode(self) -> str:
        r = self.r
        outward = r.choice(["SW1A", "EC1V", "W1D", "M14", "LS6", "B15", "G12", "CF10", "BT9", "EH3", "NG7",
                            "BS8", "L17", "S10", "NE6", "CB2", "OX4", "RG1", "BN2", "PL4", "LE2", "DE22",
                            "BD7", "HU5", "YO10", "SA1", "AB24", "KY16", "DN4", "E14", "N7", "SE15", "NW3",
                            "TW9", "CR0", "BR1", "G41", "PA2", "WA4", "M20", "BT12", "NR2", "CV4", "ST6",
                            "LS11", "M4", "G3", "EH10", "BT7", "CF24", "WC2H", "N1C", "SE1", "BL1", "SK4"])
        inward = r.choice("0123456789") + r.choice("ABDEFGHJLNPQRSTUWXYZ") + r.choice("ABDEFGHJLNPQRSTUWXYZ")
        return outward + " " + inward

    def eircode(self) -> str:
        r = self.r
        key = r.choice(["D02", "D04", "D06", "D08", "D09", "D12", "D15", "D24", "A94", "A96",
                        "T12", "T23", "H91", "V94", "F91", "W91", "A92", "R95", "N37", "K78"])
        L = "ACDEFHKNPRTVWXY"
        uid = "".join(r.choice(L) if i in (0,) or r.random() < 0.35 else r.choice("0123456789")
                      for i in range(4))
        return key + " " + uid

    def zip(self) -> str:
        z = self.r.choice("123456789") + self.digs(4)
        if self.r.random() < 0.25:
            z += "-" + self.digs(4)
        return z

    def street(self, uk: bool = True) -> tuple[int, str]:
        r = self.r
        if uk:
            return r.randint(1, 240), r.choice(STREET_NAMES) + " " + r.choice(STREET_TYPES)
        return r.randint(100, 9899), r.choice(US_STREETS) + " " + r.choice(US_TYPES)


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}
    if s[:2] in lens and len(s) != lens[s[:2]]:
        return False
    t = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in t)
    return int(num) % 97 == 1


# ---------------------------------------------------------------- formatting
def group(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_chat(c: str, r: random.Random) -> str:
    sep = r.choice([" ", " ", "-", "", " "])
    if len(c) == 15:
        return group(c, [4, 6, 5], sep)
    return group(c, [4] * 5, sep)


def phone_chat(p: str, r: random.Random) -> str:
    if p.startswith("+44"):
        rest = p[3:]
        return r.choice(["+44 " + rest[:4] + " " + rest[4:], "+44" + rest, "+44 (0)" + rest[:4] + " " + rest[4:],
                         "0044 " + rest[:4] + " " + rest[4:]])
    if p.startswith("+353"):
        rest = p[4:]
        return r.choice(["+353 " + rest[:2] + " " + rest[2:5] + " " + rest[5:], "+353" + rest,
                         "00353 " + rest[:2] + " " + rest[2:]])
    if p.startswith("07"):
        return r.choice([p[:5] + " " + p[5:], p, p[:5] + " " + p[5:8] + " " + p[8:], p[:5] + "-" + p[5:]])
    if p.startswith("08"):
        return r.choice([p[:3] + " " + p[3:6] + " " + p[6:], p, p[:3] + "-" + p[3:], "(" + p[:3] + ") " + p[3:]])
    if p.startswith("02") and len(p) == 11:
        return r.choice([p[:3] + " " + p[3:7] + " " + p[7:], "(" + p[:3] + ") " + p[3:7] + " " + p[7:], p])
    if p.startswith("01") and len(p) == 11:
        return r.choice([p[:4] + " " + p[4:7] + " " + p[7:], p[:4] + " " + p[4:], p])
    if len(p) == 10 and not p.startswith("0"):  # US
        return r.choice([f"({p[:3]}) {p[3:6]}-{p[6:]}", f"{p[:3]}-{p[3:6]}-{p[6:]}", f"{p[:3]}.{p[3:6]}.{p[6:]}",
                         f"+1 {p[:3]} {p[3:6]} {p[6:]}"])
    return r.choice([p[:3] + " " + p[3:], p])


def speak_phone(sp: Speaker, p: str) -> str:
    r = sp.r
    if p.startswith("+44"):
        lead = r.choice(["plus four four", "plus forty four", "double oh four four"])
        return lead + " " + sp.digits(p[3:])
    if p.startswith("+353"):
        lead = r.choice(["plus three five three", "plus three five three", "double oh three five three"])
        return lead + " " + sp.digits(p[4:])
    if len(p) == 11 and r.random() < 0.5:
        return sp.digits(p[:5]) + " " + sp.digits(p[5:])
    return sp.digits(p)


def speak_email(sp: Speaker, user: str, dom: str) -> str:
    r = sp.r
    words = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            words.append("dot")
        elif tok == "_":
            words.append("underscore")
        elif tok == "-":
            words.append(r.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            if len(tok) == 4 and r.random() < 0.6:
                words.append(num_words(int(tok[:2])) + " " + (num_words(int(tok[2:])) if tok[2] != "0" else "oh " + UNITS[int(tok[3])]))
            elif len(tok) == 2 and tok[0] != "0" and r.random() < 0.5:
                words.append(num_words(int(tok)))
            else:
                words.append(sp.digits(tok, "single"))
        elif len(tok) == 1:
            words.append(sp.letter(tok, r.choice(["plain", "nato", "plain"])))
        else:
            if r.random() < 0.2 and len(tok) > 3:
                words.append(tok + " " + " ".join(tok))  # says the word then spells it
                continue
            words.append(tok)
    words.append("at")
    for i, part in enumerate(dom.split(".")):
        if i:
            words.append("dot")
        words.append(part)
    return " ".join(words)


# ---------------------------------------------------------------- normalising
TOK = re.compile(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]")
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
ORD_MAP = {w: str(i) for i, w in enumerate(ORD_UNITS) if w}
ORD_MAP.update({w: str(10 + i) for i, w in enumerate(ORD_TEENS)})
ORD_MAP.update({"twentieth": "20", "thirtieth": "30"})
MONTH_MAP = {m: str(i + 1) for i, m in enumerate(MONTHS)}
MONTH_MAP.update({a.lower(): str(i + 1) for i, a in enumerate(MONTH_ABBR)})
MONTH_MAP["sept"] = "9"
NATO_WORDS = set(NATO.values()) | set(CASUAL.values())
PUNCT_KEEP = {"@", ".", "_", "-"}


def normalise(text: str, mode: str, spoken: bool) -> tuple[str, list[str]]:
    """mode: digits | alnum | email | date.  Returns (normalised, unknown tokens)."""
    toks = TOK.findall(text)
    out: list[str] = []
    unknown: list[str] = []
    i, n = 0, len(toks)

    def low(k):
        return toks[k].lower() if k < n else ""

    while i < n:
        t = toks[i]
        tl = t.lower()
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if mode in ("alnum", "email") and len(tl) == 1 and tl.isalpha():
            if low(i + 1) == "for" and low(i + 2) in NATO_WORDS:
                out.append(tl)
                i += 3
                continue
            if low(i + 1) == "as" and low(i + 2) == "in" and low(i + 3) in NATO_WORDS:
                out.append(tl)
                i += 4
                continue
        if tl in ("double", "triple"):
            k = 2 if tl == "double" else 3
            nx = low(i + 1)
            if nx == "you" and mode in ("alnum", "email"):
                out.append("w")
                i += 2
                continue
            if nx in UNIT_MAP:
                out.append(UNIT_MAP[nx] * k)
                i += 2
                continue
            if mode in ("alnum", "email") and len(nx) == 1 and nx.isalpha():
                out.append(nx * k)
                i += 2
                continue
        if tl == "thousand" and out and out[-1].isdigit() and len(out[-1]) == 1:
            j = i + 1
            if low(j) == "and":
                j += 1
            val = 0
            if low(j) in TEEN_MAP:
                val = int(TEEN_MAP[low(j)])
                j += 1
            elif low(j) in TENS_MAP:
                val = int(TENS_MAP[low(j)]) * 10
                j += 1
                if low(j) in UNIT_MAP and low(j) not in ("oh", "o", "zero", "nought", "naught"):
                    val += int(UNIT_MAP[low(j)])
                    j += 1
            elif low(j) in UNIT_MAP:
                val = int(UNIT_MAP[low(j)])
                j += 1
            out[-1] = out[-1] + f"{val:03d}"
            i = j
            continue
        if tl in TENS_MAP:
            nx = low(i + 1)
            if nx in UNIT_MAP and nx not in ("oh", "o", "zero", "nought", "naught"):
                out.append(TENS_MAP[tl] + UNIT_MAP[nx])
                i += 2
                continue
            if mode == "date" and nx in ORD_MAP and len(ORD_MAP[nx]) == 1:
                out.append(TENS_MAP[tl] + ORD_MAP[nx])
                i += 2
                continue
            out.append(TENS_MAP[tl] + "0")
            i += 1
            continue
        if tl in TEEN_MAP:
            out.append(TEEN_MAP[tl])
            i += 1
            continue
        if tl in UNIT_MAP and not (mode == "email" and tl == "o"):
            out.append(UNIT_MAP[tl])
            i += 1
            continue
        if mode == "digits" and tl in DIGIT_HOMO and spoken:
            out.append(DIGIT_HOMO[tl])
            i += 1
            continue
        if mode == "date":
            if tl in ORD_MAP:
                out.append(ORD_MAP[tl])
                i += 1
                continue
            if tl in MONTH_MAP:
                out.append(MONTH_MAP[tl])
                i += 1
                continue
            if tl in ("st", "nd", "rd", "th") and i > 0 and toks[i - 1].isdigit():
                i += 1
                continue
        if mode == "email":
            if tl == "dot":
                out.append(".")
            elif tl == "at" and spoken:
                out.append("@")
            elif tl == "underscore":
                out.append("_")
            elif tl in ("dash", "hyphen"):
                out.append("-")
            elif t in PUNCT_KEEP:
                out.append(t)
            elif t.isalpha():
                # "walsh w a l s h": a spelled-out repeat of the word just said
                if spoken and len(tl) == 1 and out and out[-1].isalpha() and len(out[-1]) > 1:
                    j = i
                    spelt = ""
                    while j < n and len(toks[j]) == 1 and toks[j].isalpha():
                        spelt += toks[j].lower()
                        j += 1
                    if spelt == out[-1]:
                        i = j
                        continue
                out.append(tl)
            else:
                unknown.append(t)
            i += 1
            continue
        if mode == "alnum" and t.isalpha():
            if spoken and tl in LETTER_HOMO:
                out.append(LETTER_HOMO[tl])
                i += 1
                continue
            if len(t) <= 4 and (not spoken or len(t) == 1):
                out.append(tl)
                i += 1
                continue
        if tl in FILLERS or not t.isalnum() or tl in ("plus", "is", "it", "s", "slash"):
            i += 1
            continue
        unknown.append(t)
        i += 1
    if mode == "date":
        return " ".join(out), unknown
    return "".join(out), unknown


# ---------------------------------------------------------------- case builder
class Val:
    def __init__(self, typ: str, canon, spoken: bool):
        self.typ, self.canon, self.spoken = typ, canon, spoken
        self.pieces: list[str] = []


class Case:
    def __init__(self, channel: str, industry: str):
        self.channel, self.industry = channel, industry
        self.turns: list[dict] = []
        self.spans: list[dict] = []
        self.vals: list[Val] = []

    def val(self, typ: str, canon) -> Val:
        v = Val(typ, canon, self.channel == "call")
        self.vals.append(v)
        return v

    def add(self, speaker: str, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                piece, v = s
                lead = len(piece) - len(piece.lstrip("+(-. "))
                if lead:
                    text += piece[:lead]
                    piece = piece[lead:]
                start = len(text)
                text += piece
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": v.typ})
                v.pieces.append(piece)
        self.turns.append({"speaker": speaker, "text": text})

    def a(self, *segs):
        self.add("agent", *segs)

    def c(self, *segs):
        self.add("customer", *segs)


# ---------------------------------------------------------------- validation
def _digits_only(s: str) -> str:
    return re.sub(r"\D", "", s)


def date_forms(d: int, m: int, y: int) -> set[str]:
    ds = {str(d), f"{d:02d}"}
    ms = {str(m), f"{m:02d}"}
    ys = {str(y), f"{y % 100:02d}"}
    out = set()
    for a in ds:
        for b in ms:
            for c in ys:
                out |= {a + b + c, b + a + c, c + b + a}
    return out


UK_PC = re.compile(r"^(GIR0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2})$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d{2}|D6W$")
EIR_FULL = re.compile(r"^([ACDEFHKNPRTVWXY]\d{2}|D6W)[0-9ACDEFHKNPRTVWXY]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate(v: Val) -> list[str]:
    errs = []
    typ = v.typ
    if typ == "POSTCODE" and v.canon[0].isdigit():
        return validate_zip(v)
    mode = {"EMAIL": "email", "DOB": "date", "EXPIRY": "date", "NI_NUMBER": "alnum",
            "IBAN": "alnum", "POSTCODE": "alnum", "ADDRESS": "raw"}.get(typ, "digits")
    joined = " ".join(v.pieces)
    if mode == "raw":
        if not re.search(r"\d|\b(" + "|".join(UNITS[1:] + TEENS + TENS[2:]) + r")\b", joined, re.I):
            errs.append("address without house number")
        if not re.search(r"\b(" + "|".join(STREET_TYPES + US_TYPES + ["Rd", "St", "Ave"]) + r")\b", joined, re.I):
            errs.append("address without street type")
        if v.canon.rsplit(" ", 1)[0].lower() not in joined.lower():
            errs.append(f"street {v.canon!r} not in span")
        return errs
    norm, unknown = normalise(joined, mode, v.spoken)
    if unknown:
        errs.append(f"unknown tokens {unknown}")
    if mode == "digits":
        if norm != v.canon:
            errs.append(f"normalised {norm!r} != {v.canon!r}")
        L = len(norm)
        if typ == "CARD_NUMBER" and not (13 <= L <= 19 and luhn_ok(norm)):
            errs.append("bad card")
        if typ == "CVV" and L not in (3, 4):
            errs.append("bad cvv")
        if typ == "SSN":
            if L != 9 or norm[:3] in ("000", "666") or norm[0] == "9" or norm[3:5] == "00" or norm[5:] == "0000":
                errs.append("bad ssn")
        if typ == "SORT_CODE" and L != 6:
            errs.append("bad sort code")
        if typ == "BANK_ACCOUNT" and not (6 <= L <= 12):
            errs.append("bad account")
        if typ == "PHONE" and not (9 <= L <= 14):
            errs.append("bad phone")
    elif mode == "alnum":
        up = norm.upper()
        if up != v.canon.replace(" ", "").upper():
            errs.append(f"normalised {up!r} != {v.canon!r}")
        if typ == "NI_NUMBER" and not (NI_RE.match(up) and up[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")):
            errs.append("bad NI")
        if typ == "IBAN" and not iban_ok(up):
            errs.append("bad IBAN")
        if typ == "POSTCODE" and not (UK_PC.match(up) or EIR_FULL.match(up)):
            errs.append("bad postcode")
    elif mode == "email":
        if norm != v.canon.lower():
            errs.append(f"normalised {norm!r} != {v.canon!r}")
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm):
            errs.append("bad email")
    elif mode == "date":
        flat = norm.replace(" ", "")
        if typ == "DOB":
            d, m, y = v.canon
            if flat not in date_forms(d, m, y):
                errs.append(f"dob {norm!r} does not match {v.canon}")
        else:
            m, yy = v.canon
            ok = {a + b for a in (str(m), f"{m:02d}") for b in (f"{yy:02d}", f"20{yy:02d}")}
            if flat not in ok:
                errs.append(f"expiry {norm!r} does not match {v.canon}")
    return errs


def validate_zip(v: Val) -> list[str]:
    norm, unknown = normalise(" ".join(v.pieces), "digits", v.spoken)
    errs = [f"unknown tokens {unknown}"] if unknown else []
    if norm != v.canon.replace("-", "") or len(norm) not in (5, 9):
        errs.append(f"bad zip {norm!r}")
    return errs


# ---------------------------------------------------------------- positive templates
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "yeah", "uh huh", "got that", "lovely"]
UK_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services",
          "healthcare billing"]


def money_words(r: random.Random, hi: int = 999) -> str:
    p = r.randint(2, hi)
    pence = r.choice([0, 0, 50, 99, 25, 10, 49])
    cur = r.choice(["pounds", "pound", "euro", "quid"])
    s = num_words(p) if p < 100 else f"{UNITS[p // 100]} hundred" + (f" and {num_words(p % 100)}" if p % 100 else "")
    return s + f" {cur}" + (f" {num_words(pence)}" if pence and cur != "quid" else "")


def say_card(sp: Speaker, c: str) -> str:
    r = sp.r
    style = r.choice(["single", "double", "pairs", "homo", "filler", "grouped", "grouped"])
    if style == "pairs":
        return sp.digits(c, "pairs") if len(c) % 2 == 0 else sp.digits(c, "single")
    if style == "grouped":
        sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4, 3][: (len(c) + 3) // 4]
        parts, i = [], 0
        for n in sizes:
            parts.append(sp.digits(c[i:i + n], r.choice(["single", "double"])))
            i += n
        if i < len(c):
            parts.append(sp.digits(c[i:], "single"))
        return " ".join(parts)
    return sp.digits(c, style)


def card_chunks(c: str) -> list[str]:
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def say_expiry(sp: Speaker, m: int, yy: int) -> str:
    r = sp.r
    k = r.randrange(6)
    if k == 0:
        return f"{sp.zero()} {UNITS[m]} {num_words(yy)}" if m < 10 else f"{num_words(m)} {num_words(yy)}"
    if k == 1:
        return f"{MONTHS[m - 1]} {num_words(yy)}"
    if k == 2:
        return f"{MONTHS[m - 1]} twenty {num_words(yy)}"
    if k == 3:
        return f"{sp.digits(f'{m:02d}', 'single')} slash {sp.digits(f'{yy:02d}', 'single')}"
    if k == 4:
        return f"{num_words(m)} {num_words(yy)}"
    return f"{sp.digits(f'{m:02d}', 'single')} {sp.digits(f'{yy:02d}', 'single')}"


def chat_expiry(r: random.Random, m: int, yy: int) -> str:
    return r.choice([f"{m:02d}/{yy:02d}", f"{m:02d}/20{yy:02d}", f"{m}/{yy:02d}", f"{m:02d}{yy:02d}",
                     f"{MONTH_ABBR[m - 1]} 20{yy:02d}", f"{m:02d}-{yy:02d}", f"{m:02d} / {yy:02d}"])


def say_dob(sp: Speaker, d: int, m: int, y: int, us: bool = False) -> str:
    r = sp.r

    def year():
        if y >= 2000:
            return r.choice([f"two thousand and {num_words(y - 2000)}", f"two thousand {num_words(y - 2000)}",
                             f"{sp.zero()} {UNITS[y - 2000]}"])
        yy = y % 100
        return r.choice([f"nineteen {num_words(yy) if yy >= 10 else sp.zero() + ' ' + UNITS[yy]}",
                         num_words(yy) if yy >= 10 else f"{sp.zero()} {UNITS[yy]}"])

    k = r.randrange(6)
    if us or k == 0:
        return f"{MONTHS[m - 1]} {r.choice([ord_words(d), num_words(d)])} {year()}"
    if k == 1:
        return f"{ord_words(d)} of {MONTHS[m - 1]} {year()}"
    if k == 2:
        return f"the {ord_words(d)} of the {ord_words(m)} {year()}"
    if k == 3:
        return f"{sp.digits(f'{d:02d}', 'single')} {sp.digits(f'{m:02d}', 'single')} {sp.digits(f'{y % 100:02d}', 'single')}"
    if k == 4:
        return f"{num_words(d)} {num_words(m)} {year()}"
    return f"{ord_words(d)} {MONTHS[m - 1]} {year()}"


def chat_dob(r: random.Random, d: int, m: int, y: int, us: bool = False) -> str:
    if us:
        return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS[m - 1].title()} {d}, {y}", f"{m:02d}-{d:02d}-{y}"])
    return r.choice([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d:02d}.{m:02d}.{y % 100:02d}", f"{ord_suffix(d)} {MONTHS[m - 1].title()} {y}",
                     f"{d} {MONTH_ABBR[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{y}-{m:02d}-{d:02d}", f"{d}{'/'}{m:02d}/{y % 100:02d}"])


def say_ni(sp: Speaker, ni: str) -> str:
    r = sp.r
    st = r.choice(["plain", "nato", "homo", "casual", "mixed"])

    def L(ch):
        if st == "mixed":
            return sp.letter(ch)
        return sp.letter(ch, st)
    dstyle = r.choice(["single", "double", "pairs", "pairs", "filler"])
    digits = sp.digits(ni[2:8], dstyle)
    return f"{L(ni[0])} {L(ni[1])} {digits} {L(ni[8])}"


def chat_ni(r: random.Random, ni: str) -> str:
    k = r.randrange(8)
    a, b = ni[:2], ni[8]
    d = ni[2:8]
    if k == 0:
        return f"{a} {d[:2]} {d[2:4]} {d[4:]} {b}"
    if k == 1:
        return ni.lower()
    if k == 2:
        return ni
    if k == 3:
        return f"{a}-{d[:2]}-{d[2:4]}-{d[4:]}-{b}"
    if k == 4:
        return " ".join(ni)
    if k == 5:
        return f"{a}{d} {b}"
    if k == 6:
        return r.choice([f"{a.lower()} {d} {b.lower()}", f"{a.lower()} {d[:2]} {d[2:4]} {d[4:]}{b.lower()}"])
    return f"{a} {d[:3]} {d[3:]} {b}"


def say_postcode(sp: Speaker, pc: str) -> str:
    r = sp.r
    parts = []
    for tok in re.findall(r"[A-Z]|\d+", pc):
        if tok.isdigit():
            if len(tok) == 2 and tok[1] != "0" and tok[0] != "0" and r.random() < 0.5:
                parts.append(num_words(int(tok)))
            else:
                parts.append(sp.digits(tok, "single"))
        else:
            parts.append(sp.letter(tok, r.choice(["plain", "plain", "nato", "casual", "homo"])))
    return " ".join(parts)


def say_address(sp: Speaker, num: int, street: str, flat: int | None = None) -> str:
    r = sp.r
    if num >= 100 and r.random() < 0.5:
        n = f"{num_words(num // 100)} {num_words(num % 100)}" if num % 100 >= 10 else sp.digits(str(num), "single")
    elif num >= 100:
        n = sp.digits(str(num), "single")
    else:
        n = num_words(num)
    s = f"{n} {street.lower()}"
    if flat:
        s = f"flat {num_words(flat)} {s}"
    return s


def chat_address(r: random.Random, num: int, street: str, flat: int | None = None) -> str:
    s = f"{num} {street}" if r.random() < 0.7 else f"{num} {street.lower()}"
    if r.random() < 0.2:
        s = s.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
    if flat:
        s = r.choice([f"Flat {flat}, {s}", f"flat {flat} {s}", f"Apt {flat}, {s}"])
    return s


def P(c: Case, typ: str, canon, text: str):
    """Single-piece value segment."""
    v = c.val(typ, canon)
    return (text, v)


# each template: f(r, sp, V) -> (Case, note)

def t_card_call_oneturn(r, sp, V):
    ind = r.choice(["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    c = Case("call", ind)
    card = V.card()
    m, yy = V.expiry()
    cv = V.digs(4 if len(card) == 15 else 3)
    amt = r.choice(["forty two pounds fifty", "one hundred and twelve pounds", "sixty euro", "eighty nine ninety nine"])
    c.a(f"okay so that's {amt} to pay today can i take the long number on the card please")
    c.c(r.choice(["yeah it's ", "yeah go on it's ", "right ", "okay ", "it's "]), P(c, "CARD_NUMBER", card, say_card(sp, card)))
    c.a("lovely and the expiry date")
    c.c(r.choice(["", "it's ", "expires "]), P(c, "EXPIRY", (m, yy), say_expiry(sp, m, yy)))
    c.a(r.choice(["and the three digits on the back", "and the security code on the back please", "last thing the c v v"]))
    c.c(r.choice(["", "it's ", "uh "]), P(c, "CVV", cv, sp.digits(cv, "single")))
    return c, f"call/{ind}: card read in one turn, then expiry and security code; amount nearby unlabelled"


def t_card_call_split(r, sp, V):
    ind = r.choice(["telecom", "utilities", "insurance", "retail", "banking"])
    c = Case("call", ind)
    card = V.card(r.choice(["visa", "mc", "amex"]))
    v = c.val("CARD_NUMBER", card)
    c.a("when you're ready go ahead with the card number")
    chunks = card_chunks(card)
    for i, ch in enumerate(chunks):
        pre = r.choice(["", "", "right ", "okay "]) if i == 0 else r.choice(["", "", "then ", "uh "])
        post = r.choice(["", "", " um", " yeah"]) if i < len(chunks) - 1 else ""
        c.c(pre, (sp.digits(ch, r.choice(["single", "double", "pairs" if len(ch) % 2 == 0 else "single"])), v), post)
        if i < len(chunks) - 1:
            c.a(r.choice(BACK))
    m, yy = V.expiry()
    c.a("and the expiry")
    c.c(P(c, "EXPIRY", (m, yy), say_expiry(sp, m, yy)), r.choice(["", " i think", " yeah"]))
    cv = V.digs(4 if len(card) == 15 else 3)
    c.a("and the security code")
    c.c(P(c, "CVV", cv, sp.digits(cv, r.choice(["single", "double"]))))
    return c, f"call/{ind}: card split over {len(chunks)} customer turns with back-channels, plus expiry and CVV"


def t_card_readback(r, sp, V):
    ind = r.choice(["telecom", "retail", "travel", "utilities"])
    c = Case("call", ind)
    card = V.card(r.choice(["visa", "mc"]))
    c.a("can i take the card number")
    c.c(P(c, "CARD_NUMBER", card, say_card(sp, card)))
    c.a("let me just read that back to you ", P(c, "CARD_NUMBER", card, " ".join(sp.digits(g, "single") for g in card_chunks(card))), " is that right")
    c.c(r.choice(["yes that's it", "yeah spot on", "that's correct yeah"]))
    return c, f"call/{ind}: card given by customer and read back by the agent in groups"


def t_card_selfcorrect(r, sp, V):
    ind = r.choice(["retail", "telecom", "insurance"])
    c = Case("call", ind)
    card = V.card("visa")
    c.a("what's the card number please")
    wrong = sp.digits("4" + V.digs(3), "single")
    c.c(f"{wrong} no hang on that's the other card sorry")
    c.a("no problem take your time")
    c.c("right okay it's ", P(c, "CARD_NUMBER", card, say_card(sp, card)), r.choice(["", " and that's a visa debit"]))
    m, yy = V.expiry()
    c.a("and when does it expire")
    c.c(r.choice(["end of ", ""]), P(c, "EXPIRY", (m, yy), say_expiry(sp, m, yy)))
    return c, f"call/{ind}: false start on the wrong card then the full card (only the full reading labelled), expiry"


def t_card_chat(r, sp, V):
    ind = r.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    c = Case("chat", ind)
    card = V.card()
    m, yy = V.expiry()
    cv = V.digs(4 if len(card) == 15 else 3)
    ref = V.digs(8)
    c.a(r.choice(["To complete the payment of £", "To settle the balance of €"]) + f"{r.randint(10, 400)}.{r.randint(0, 99):02d} please send the card details.")
    k = r.randrange(3)
    if k == 0:
        c.c(r.choice(["card no ", "Card: ", "its "]), P(c, "CARD_NUMBER", card, card_chat(card, r)),
            r.choice([" exp ", " expiry ", ", exp: "]), P(c, "EXPIRY", (m, yy), chat_expiry(r, m, yy)),
            r.choice([" cvv ", " cvc ", " security code "]), P(c, "CVV", cv, cv))
    elif k == 1:
        c.c(P(c, "CARD_NUMBER", card, card_chat(card, r)))
        c.c(P(c, "EXPIRY", (m, yy), chat_expiry(r, m, yy)), " and ", P(c, "CVV", cv, cv), r.choice(["", " on the back"]))
    else:
        c.c(f"order ref {ref} - paying with ", P(c, "CARD_NUMBER", card, card_chat(card, r)),
            " valid till ", P(c, "EXPIRY", (m, yy), chat_expiry(r, m, yy)))
        c.a("Thanks, and the 3 or 4 digit code on the back?")
        c.c(P(c, "CVV", cv, cv))
    return c, f"chat/{ind}: typed card with separators, expiry and CVV; amount/order ref unlabelled"


def t_ni_call(r, sp, V):
    ind = r.choice(["government services", "banking", "insurance", "healthcare billing", "utilities"])
    c = Case("call", ind)
    ni = V.ni()
    c.a(r.choice(["can i take your national insurance number please", "and your n i number",
                  "i'll need your national insurance number to verify", "what's your nat insurance number"]))
    c.c(r.choice(["yeah it's ", "it's ", "uh ", "hang on it's on my payslip ", "", "right "]), P(c, "NI_NUMBER", ni, say_ni(sp, ni)))
    c.a(r.choice(["thank you", "lovely thanks", "great"]))
    return c, f"call/{ind}: UK NI number spoken (letters plain/NATO/homophone, digits singles/pairs/doubles)"


def t_ni_call_split(r, sp, V):
    ind = r.choice(["government services", "banking", "insurance"])
    c = Case("call", ind)
    ni = V.ni()
    v = c.val("NI_NUMBER", ni)
    c.a("okay and your national insurance number")
    st = r.choice(["plain", "nato", "homo"])
    c.c(r.choice(["it's ", "so ", ""]), (f"{sp.letter(ni[0], st)} {sp.letter(ni[1], st)}", v))
    c.a(r.choice(BACK))
    if r.random() < 0.5:
        c.c((sp.digits(ni[2:5], "single"), v))
        c.a(r.choice(BACK))
        c.c((sp.digits(ni[5:8], r.choice(["single", "double"])), v))
    else:
        c.c((sp.digits(ni[2:8], r.choice(["pairs", "single", "double"])), v))
    c.a("and the letter at the end")
    c.c((sp.letter(ni[8], r.choice(["plain", "nato", "homo"])), v), r.choice(["", " i think", " yeah"]))
    return c, f"call/{ind}: NI number split across customer turns (prefix letters, digits, suffix) with back-channels"


def t_ni_chat(r, sp, V):
    ind = r.choice(["government services", "banking", "insurance", "retail", "telecom"])
    c = Case("chat", ind)
    ni = V.ni()
    k = r.randrange(4)
    if k == 0:
        c.c(r.choice(["my NI number is ", "NI no: ", "ni num ", "National Insurance: "]), P(c, "NI_NUMBER", ni, chat_ni(r, ni)))
    elif k == 1:
        c.a("Could you confirm your National Insurance number?")
        c.c(P(c, "NI_NUMBER", ni, chat_ni(r, ni)))
    elif k == 2:
        c.c("hi im trying to claim my tax rebate, reference on the letter is ", f"{V.digs(10)}", " and NINO ",
            P(c, "NI_NUMBER", ni, chat_ni(r, ni)), " thanks")
    else:
        c.a("Please provide your NI number so I can locate the record.")
        c.c(r.choice(["sure its ", "ok ", "it is "]), P(c, "NI_NUMBER", ni, chat_ni(r, ni)),
            r.choice(["", " (from my P60)", " - sorry for the delay"]))
    return c, f"chat/{ind}: NI number typed with varied spacing/case/separators"


def t_ni_dob_pc(r, sp, V):
    ind = r.choice(["government services", "healthcare billing", "insurance", "banking"])
    call = r.random() < 0.6
    c = Case("call" if call else "chat", ind)
    ni = V.ni()
    d, m, y = V.dob()
    pc = V.uk_postcode()
    if call:
        c.a("for security can i take your date of birth")
        c.c(r.choice(["", "it's ", "yeah "]), P(c, "DOB", (d, m, y), say_dob(sp, d, m, y)))
        c.a("and the postcode")
        c.c(P(c, "POSTCODE", pc, say_postcode(sp, pc)))
        c.a("and finally the national insurance number")
        c.c(P(c, "NI_NUMBER", ni, say_ni(sp, ni)))
    else:
        c.a("To pass security please give your date of birth, postcode and NI number.")
        c.c(P(c, "DOB", (d, m, y), chat_dob(r, d, m, y)), r.choice([", ", " / ", "\n"]), P(c, "POSTCODE", pc, r.choice([pc, pc.lower(), pc.replace(" ", "")])),
            r.choice([", ", " / ", "\n"]), P(c, "NI_NUMBER", ni, chat_ni(r, ni)))
    return c, f"{c.channel}/{ind}: security questions - DOB, UK postcode and NI number"


def t_bank_call(r, sp, V):
    ind = r.choice(["utilities", "telecom", "insurance", "banking", "government services"])
    c = Case("call", ind)
    sc, acc = V.sort_code(), V.account(8)
    dd = r.choice(["the first", "the fifteenth", "the twenty eighth"])
    c.a(f"i'll set up the direct debit for {dd} of the month can i take the sort code")
    k = r.randrange(3)
    if k == 0:
        sct = " ".join(sp.digits(sc[i:i + 2], "pairs") for i in (0, 2, 4))
    elif k == 1:
        sct = sp.digits(sc, r.choice(["single", "double"]))
    else:
        sct = " ".join(sp.digits(sc[i:i + 2], "single") for i in (0, 2, 4))
    c.c(r.choice(["", "it's ", "sort code is "]), P(c, "SORT_CODE", sc, sct))
    c.a(r.choice(BACK) + " and the account number")
    if r.random() < 0.5:
        c.c(P(c, "BANK_ACCOUNT", acc, sp.digits(acc, r.choice(["single", "double", "pairs", "filler"]))))
    else:
        v = c.val("BANK_ACCOUNT", acc)
        c.c((sp.digits(acc[:4], "single"), v))
        c.a(r.choice(BACK))
        c.c((sp.digits(acc[4:], r.choice(["single", "double"])), v))
    c.a("thank you that's all set up")
    return c, f"call/{ind}: UK sort code (pairs/singles) and 8-digit account number for a direct debit"


def t_bank_oneturn(r, sp, V):
    ind = r.choice(["banking", "insurance", "utilities"])
    c = Case("call", ind)
    sc, acc = V.sort_code(), V.account(8)
    c.a("where would you like the refund paid")
    c.c("into my current account the sort code is ", P(c, "SORT_CODE", sc, sp.digits(sc, r.choice(["single", "double"]))),
        " and the account number is ", P(c, "BANK_ACCOUNT", acc, sp.digits(acc, r.choice(["single", "double", "homo"]))))
    c.a(r.choice(["and the refund is three hundred and four pounds twenty is that right", "that's the refund of ninety euro going back in five working days"]))
    return c, f"call/{ind}: sort code and account number in the same customer turn; refund amount unlabelled"


def t_bank_chat(r, sp, V):
    ind = r.choice(["banking", "utilities", "telecom", "insurance", "retail"])
    c = Case("chat", ind)
    sc, acc = V.sort_code(), V.account(8)
    scf = r.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}.{sc[2:4]}.{sc[4:]}"])
    accf = r.choice([acc, acc[:4] + " " + acc[4:]])
    c.c(r.choice(["Please change my DD to ", "new bank details: ", "pls refund to "]), "sort code ", P(c, "SORT_CODE", sc, scf),
        r.choice([" acc no ", " account ", ", a/c ", " acct# "]), P(c, "BANK_ACCOUNT", acc, accf))
    c.a(f"Thanks. Your next payment of £{r.randint(20, 150)}.{r.randint(0, 99):02d} will be taken from the new account.")
    return c, f"chat/{ind}: typed sort code and account number in one message; payment amount unlabelled"


def t_iban_chat(r, sp, V):
    ind = r.choice(["banking", "travel", "utilities", "insurance", "retail"])
    c = Case("chat", ind)
    ib = V.iban()
    fmt = r.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                    " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
    c.a("Where should we send the refund?")
    c.c(r.choice(["IBAN ", "my iban is ", "Pls pay to IBAN: ", "bank account (IBAN) "]), P(c, "IBAN", ib, fmt),
        r.choice(["", " thanks", f" - claim ref CL{V.digs(7)}"]))
    return c, f"chat/{ind}: {ib[:2]} IBAN typed (grouped/ungrouped, case varies)"


def t_iban_call(r, sp, V):
    ind = r.choice(["banking", "utilities", "insurance", "government services"])
    c = Case("call", ind)
    ib = V.iban(r.choice(["IE", "IE", "GB", "DE", "NL"]))
    v = c.val("IBAN", ib)
    c.a("can you read me the i b a n")
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    cut = r.randint(2, len(groups) - 2)
    first = " ".join(sp.alnum(g) for g in groups[:cut])
    second = " ".join(sp.alnum(g) for g in groups[cut:])
    c.c(r.choice(["yeah it's ", "okay ", ""]), (first, v))
    c.a(r.choice(BACK))
    c.c((second, v))
    return c, f"call/{ind}: {ib[:2]} IBAN spoken across two turns, letters plain/NATO"


def t_phone_call(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("call", ind)
    ph = V.phone()
    c.a(r.choice(["what's the best number to reach you on", "can i get a contact number", "and a mobile number in case we get cut off"]))
    txt = speak_phone(sp, ph)
    canon = _digits_only(ph)
    if txt.startswith("double oh"):
        canon = "00" + canon
    if r.random() < 0.35 and len(txt.split()) > 6:
        v = c.val("PHONE", canon)
        w = txt.split()
        # split at a digit boundary only: find a cut that keeps "double x" / tens together
        cut = len(w) // 2
        while w[cut - 1] in ("double", "triple", "plus") or w[cut - 1] in TENS_MAP or w[cut - 1] == "four" and w[cut - 2] == "plus":
            cut += 1
        c.c(r.choice(["it's ", "yeah ", ""]), (" ".join(w[:cut]), v))
        c.a(r.choice(BACK))
        c.c((" ".join(w[cut:]), v))
    else:
        c.c(r.choice(["it's ", "yeah it's ", "", "my mobile is "]), P(c, "PHONE", canon, txt),
            r.choice(["", " any time after five", " that's the mobile"]))
    return c, f"call/{ind}: UK/IE phone number spoken (doubles, oh/nought, international prefix)"


def t_phone_chat(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("chat", ind)
    ph = V.phone(r.choice(["ukmob", "ukland", "iemob", "ieland", "ukintl", "ieintl", "us"]))
    txt = phone_chat(ph, r)
    c.c(r.choice(["you can call me on ", "my number is ", "mob: ", "tel ", "best to text "]), P(c, "PHONE", _digits_only(txt), txt),
        r.choice(["", " after 6pm", " thx", f" re ticket #{V.digs(6)}"]))
    return c, "chat/" + ind + ": phone number typed in national/international form"


def t_email_call(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("call", ind)
    em, user, sep, dom = V.email()
    c.a(r.choice(["and an email address for the confirmation", "can i take an email for the receipt", "what email should we send the documents to"]))
    c.c(r.choice(["yeah it's ", "it's ", "", "okay "]), P(c, "EMAIL", em, speak_email(sp, user, dom)))
    if r.random() < 0.4:
        c.a("let me read that back ", P(c, "EMAIL", em, speak_email(sp, user, dom)))
        c.c("yes")
    return c, f"call/{ind}: e-mail address spoken with dot/at/underscore, optional spelling, sometimes read back"


def t_email_chat(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("chat", ind)
    em, user, sep, dom = V.email()
    shown = em if r.random() < 0.7 else em.replace(user, user.title(), 1)
    canon = shown
    c.c(r.choice(["pls update my email to ", "email: ", "send it to ", "my new address is "]), P(c, "EMAIL", canon, shown),
        r.choice(["", " thanks", "!", f" - booking {V.digs(6)}"]))
    return c, f"chat/{ind}: e-mail typed in a message"


def t_dob_call(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("call", ind)
    d, m, y = V.dob()
    c.a(r.choice(["can you confirm your date of birth", "and your date of birth please", "what's the date of birth on the account"]))
    c.c(r.choice(["", "it's ", "yeah ", "uh "]), P(c, "DOB", (d, m, y), say_dob(sp, d, m, y)))
    if r.random() < 0.3:
        c.a("and you've been with us since twenty nineteen is that right")
        c.c("yeah about six years")
    return c, f"call/{ind}: DOB spoken (ordinals, month names, digit strings, two-digit years)"


def t_dob_chat(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("chat", ind)
    d, m, y = V.dob()
    c.a("For security, what is your date of birth?")
    c.c(r.choice(["", "dob ", "DOB: ", "born "]), P(c, "DOB", (d, m, y), chat_dob(r, d, m, y)))
    return c, f"chat/{ind}: DOB typed in various UK date formats"


def t_address_call(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("call", ind)
    num, street = V.street()
    pc = V.uk_postcode()
    flat = r.randint(1, 12) if r.random() < 0.25 else None
    town = r.choice(TOWNS_UK)
    c.a("can i take the first line of the address and the postcode")
    if r.random() < 0.5:
        c.c(r.choice(["yeah it's ", "", "it's "]), P(c, "ADDRESS", street, say_address(sp, num, street, flat)),
            f" {town.lower()} ", P(c, "POSTCODE", pc, say_postcode(sp, pc)))
    else:
        c.c(P(c, "ADDRESS", street, say_address(sp, num, street, flat)))
        c.a(r.choice(BACK) + " and the postcode")
        c.c(P(c, "POSTCODE", pc, say_postcode(sp, pc)))
    return c, f"call/{ind}: UK street address (number as words) and postcode spoken letter by letter"


def t_address_chat(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case("chat", ind)
    num, street = V.street()
    pc = V.uk_postcode()
    flat = r.randint(1, 30) if r.random() < 0.3 else None
    town = r.choice(TOWNS_UK)
    pcf = r.choice([pc, pc.lower(), pc.replace(" ", ""), pc])
    c.c(r.choice(["I've moved, new address is ", "deliver to ", "Address: ", "please update to "]),
        P(c, "ADDRESS", street, chat_address(r, num, street, flat)), f", {town}, ", P(c, "POSTCODE", pc, pcf))
    c.a(f"Thanks, that's updated. Your next bill is due on the {ord_suffix(r.randint(1, 28))}.")
    return c, f"chat/{ind}: UK address typed with postcode (town unlabelled)"


def t_eircode(r, sp, V):
    ind = r.choice(["utilities", "telecom", "retail", "insurance", "government services"])
    call = r.random() < 0.55
    c = Case("call" if call else "chat", ind)
    ec = V.eircode()
    num, street = V.street()
    town = r.choice(TOWNS_IE)
    if call:
        c.a("and what's the eircode there")
        c.c(r.choice(["it's ", "", "the eircode is "]), P(c, "POSTCODE", ec, say_postcode(sp, ec)))
        if r.random() < 0.5:
            c.a("and the address")
            c.c(P(c, "ADDRESS", street, say_address(sp, num, street)), f" {town.lower()}")
    else:
        c.c("Engineer visit for ", P(c, "ADDRESS", street, chat_address(r, num, street)), f", {town}, ",
            P(c, "POSTCODE", ec, r.choice([ec, ec.replace(" ", ""), ec.lower()])), f" - meter no {V.digs(7)}")
    return c, f"{c.channel}/{ind}: Irish Eircode (labelled POSTCODE) with Irish address"


def t_ie_phone_mix(r, sp, V):
    ind = r.choice(["telecom", "utilities", "banking"])
    c = Case("call", ind)
    ph = V.phone(r.choice(["iemob", "ieland", "ieintl"]))
    em, user, sep, dom = V.email()
    c.a("just to update your contact details what's your number")
    txt = speak_phone(sp, ph)
    canon = ("00" if txt.startswith("double oh") else "") + _digits_only(ph)
    c.c("sorry i'm driving it's ", P(c, "PHONE", canon, txt), " and my bill was a hundred and twenty euro last month which is ridiculous")
    c.a("i understand and an email")
    c.c(P(c, "EMAIL", em, speak_email(sp, user, dom)))
    return c, f"call/{ind}: Irish phone among chit-chat with amount, then spoken e-mail"


def t_ssn_call(r, sp, V):
    ind = r.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    c = Case("call", ind)
    ssn = V.ssn()
    c.a(r.choice(["can i get your social security number", "i'll need your social to verify", "and the s s n on the account"]))
    k = r.randrange(3)
    if k == 0:
        c.c(r.choice(["sure it's ", "yeah ", ""]), P(c, "SSN", ssn, sp.digits(ssn, r.choice(["single", "double", "homo", "filler"]))))
    elif k == 1:
        c.c(P(c, "SSN", ssn, " ".join(sp.digits(p, r.choice(["single", "double"])) for p in (ssn[:3], ssn[3:5], ssn[5:]))))
    else:
        v = c.val("SSN", ssn)
        c.c((sp.digits(ssn[:3], "single"), v))
        c.a(r.choice(["uh huh", "okay", "go ahead"]))
        c.c((sp.digits(ssn[3:5], "single"), v))
        c.a(r.choice(["mhm", "yep"]))
        c.c((sp.digits(ssn[5:], r.choice(["single", "double", "pairs"])), v))
    return c, f"call/{ind}: US SSN spoken (3-2-4 groups, doubles, possibly split over turns)"


def t_ssn_chat(r, sp, V):
    ind = r.choice(["banking", "insurance", "healthcare billing", "government services"])
    c = Case("chat", ind)
    ssn = V.ssn()
    f = r.choice([f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}", f"{ssn[:3]} {ssn[3:5]} {ssn[5:]}", ssn, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"])
    c.c(r.choice(["SSN ", "my ssn is ", "social: ", "SS# "]), P(c, "SSN", ssn, f),
        r.choice(["", f" - claim #{V.digs(8)}", " thanks", f", paid ${r.randint(20, 900)}.{r.randint(0, 99):02d} last week"]))
    return c, f"chat/{ind}: US SSN typed; claim number / amount unlabelled"


def t_us_full(r, sp, V):
    ind = r.choice(["insurance", "healthcare billing", "banking", "telecom"])
    call = r.random() < 0.5
    c = Case("call" if call else "chat", ind)
    ssn, z = V.ssn(), V.zip()
    num, street = V.street(uk=False)
    ph = V.phone("us")
    if call:
        zz = z[:5]
        c.a("what's the address on file")
        c.c(P(c, "ADDRESS", street, say_address(sp, num, street)), f" {r.choice(['denver', 'austin', 'columbus', 'tampa'])} ",
            P(c, "POSTCODE", zz, sp.digits(zz, "single")))
        c.a("and the last thing your social")
        c.c(P(c, "SSN", ssn, sp.digits(ssn, r.choice(["single", "double"]))))
        c.a("and a callback number")
        c.c(P(c, "PHONE", ph, sp.digits(ph[:3], "single") + " " + sp.digits(ph[3:6], "single") + " " + sp.digits(ph[6:], r.choice(["single", "double"]))))
    else:
        pt = phone_chat(ph, r)
        c.c("Address ", P(c, "ADDRESS", street, chat_address(r, num, street)), f", {r.choice(['Denver, CO', 'Austin, TX', 'Columbus, OH'])} ",
            P(c, "POSTCODE", z, z), ", SSN ", P(c, "SSN", ssn, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"), ", phone ", P(c, "PHONE", _digits_only(pt), pt))
    return c, f"{c.channel}/{ind}: US address, ZIP, SSN and phone together"


def t_us_bank(r, sp, V):
    ind = "banking"
    c = Case(r.choice(["call", "chat"]), ind)
    acc = V.account(r.choice([10, 12]))
    ssn = V.ssn()
    if c.channel == "call":
        c.a("can you verify the checking account number")
        c.c(P(c, "BANK_ACCOUNT", acc, sp.digits(acc, r.choice(["single", "double"]))))
        c.a("and the last four of your social is fine actually i need the full one")
        c.c(P(c, "SSN", ssn, sp.digits(ssn, "single")))
    else:
        c.c("Checking acct ", P(c, "BANK_ACCOUNT", acc, acc), ", SSN ",
            P(c, "SSN", ssn, f"{ssn[:3]}-{ssn[3:5]}-{ssn[5:]}"))
    return c, f"{c.channel}/banking: US bank account number and SSN"


def t_card_with_pc(r, sp, V):
    ind = r.choice(["retail", "telecom", "travel"])
    c = Case("call", ind)
    card = V.card()
    pc = V.uk_postcode()
    c.a("can i take the card number and then the billing postcode")
    c.c(P(c, "CARD_NUMBER", card, say_card(sp, card)))
    c.a("and the postcode registered to the card")
    c.c(P(c, "POSTCODE", pc, say_postcode(sp, pc)), r.choice(["", " that's my home address"]))
    return c, f"call/{ind}: card by phone then billing postcode"


def t_policy_and_ni(r, sp, V):
    ind = r.choice(["insurance", "government services"])
    c = Case("call", ind)
    ni = V.ni()
    pol = V.digs(8)
    c.a("can i take your policy number first")
    c.c("yeah policy number is ", sp.digits(pol, "single"))
    c.a("thanks and for the pension transfer i'll need your national insurance number")
    c.c(P(c, "NI_NUMBER", ni, say_ni(sp, ni)))
    return c, f"call/{ind}: unlabelled policy number followed by labelled NI number"


def t_contact_update(r, sp, V):
    ind = r.choice(["telecom", "utilities", "retail", "banking", "travel"])
    c = Case("call", ind)
    ph = V.phone(r.choice(["ukmob", "iemob", "ukmob"]))
    em, user, sep, dom = V.email()
    c.a("have we still got the right contact details for you")
    txt = speak_phone(sp, ph)
    c.c(r.choice(["no actually i changed my number last year ", "oh no i've a new phone since christmas "]),
        "it's ", P(c, "PHONE", _digits_only(ph), txt), " and the email is ", P(c, "EMAIL", em, speak_email(sp, user, dom)),
        r.choice(["", " sorry the dog's going mad here", " that's the one i use for everything"]))
    c.a("perfect i've updated both of those for you")
    return c, f"call/{ind}: phone and e-mail in the same customer turn with chit-chat"


def t_postcode_readback(r, sp, V):
    ind = r.choice(["retail", "utilities", "insurance", "telecom"])
    c = Case("call", ind)
    pc = V.uk_postcode()
    num, street = V.street()
    c.a("and what's the postcode for the delivery")
    c.c(P(c, "POSTCODE", pc, say_postcode(sp, pc)))
    nato = " ".join(sp.letter(ch, "nato") if ch.isalpha() else sp.digit(ch) for ch in pc.replace(" ", ""))
    c.a("so that's ", P(c, "POSTCODE", pc, nato), " and which house number")
    c.c(P(c, "ADDRESS", street, say_address(sp, num, street)), r.choice(["", " the one with the green door", " round the back"]))
    c.a(f"lovely your parcel is booked for {r.choice(['tuesday', 'the fourteenth', 'tomorrow'])} between {r.choice(['seven and eleven', 'ten and two'])}")
    return c, f"call/{ind}: postcode given then read back by the agent in NATO, house number and street; delivery window unlabelled"


def t_bank_with_ref(r, sp, V):
    ind = r.choice(["utilities", "insurance", "telecom"])
    call = r.random() < 0.6
    c = Case("call" if call else "chat", ind)
    cust = V.ref(r.choice([7, 8, 9]))
    sc, acc = V.sort_code(), V.account(8)
    word = r.choice(["customer number", "policy number", "account reference"])
    if call:
        c.a(f"can i start with your {word}")
        c.c(f"it's {sp.digits(cust, 'single')}")
        c.a("thanks and the new bank details for the direct debit")
        c.c("sort code ", P(c, "SORT_CODE", sc, sp.digits(sc, r.choice(["single", "double", "pairs"]))),
            r.choice([" and ", " account ", " then the account number "]), P(c, "BANK_ACCOUNT", acc, sp.digits(acc, r.choice(["single", "double", "pairs"]))))
        c.a(f"great the first collection of {money_words(r, 90)} will be on the {ord_words(r.randint(1, 28))}")
    else:
        c.c(f"{word.title()} {cust}. New bank: ", P(c, "SORT_CODE", sc, f"{sc[:2]}-{sc[2:4]}-{sc[4:]}"), " / ", P(c, "BANK_ACCOUNT", acc, acc))
        c.a(f"Updated. Monthly payment £{r.randint(20, 90)}.00 from the {ord_suffix(r.randint(1, 28))}.")
    return c, f"{c.channel}/{ind}: unlabelled {word} next to labelled sort code and account number"


POS_TEMPLATES = [
    (t_card_call_oneturn, 14), (t_card_call_split, 10), (t_card_readback, 5), (t_card_selfcorrect, 5),
    (t_card_chat, 12), (t_card_with_pc, 5),
    (t_ni_call, 12), (t_ni_call_split, 8), (t_ni_chat, 12), (t_ni_dob_pc, 8), (t_policy_and_ni, 4),
    (t_bank_call, 10), (t_bank_oneturn, 5), (t_bank_chat, 8),
    (t_iban_chat, 8), (t_iban_call, 6),
    (t_phone_call, 12), (t_phone_chat, 8), (t_ie_phone_mix, 4),
    (t_email_call, 8), (t_email_chat, 6),
    (t_dob_call, 8), (t_dob_chat, 6),
    (t_address_call, 8), (t_address_chat, 7), (t_eircode, 8),
    (t_ssn_call, 14), (t_ssn_chat, 10), (t_us_full, 6), (t_us_bank, 4),
    (t_contact_update, 7), (t_postcode_readback, 7), (t_bank_with_ref, 8),
]


# ---------------------------------------------------------------- negative templates
def n_meter(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "utilities")
    rd = V.ref(r.choice([5, 5, 6]))
    if c.channel == "call":
        c.a("can you read me the meter reading please the black numbers only")
        c.c(f"yeah it's {sp.digits(rd, r.choice(['single', 'double']))} and the red one is {sp.digits(V.ref(1), 'single')}")
        c.a(f"lovely that puts your bill at about {money_words(r)} for the quarter")
    else:
        c.c(f"Meter reading today: {rd} (electric) and {V.ref(5)} gas. Last bill was £{r.randint(40, 300)}.{r.randint(0, 99):02d}")
        c.a(f"Thanks, readings submitted on {ord_suffix(r.randint(1, 28))} {MONTHS[r.randrange(12)].title()}.")
    return c, f"{c.channel}/utilities: meter readings and bill amounts"


def n_policy(r, sp, V):
    ind = r.choice(["insurance", "banking", "utilities", "telecom"])
    word = r.choice(["policy number", "customer number", "customer reference", "account reference", "membership number"])
    c = Case(r.choice(["call", "chat"]), ind)
    ref = V.ref(r.choice([6, 7, 8, 9, 10]))
    if c.channel == "call":
        c.a(f"can i take your {word} please")
        c.c(f"yeah my {word} is {sp.digits(ref, r.choice(['single', 'double', 'filler']))}")
        c.a(f"thanks i've found it your renewal is due on the {ord_words(r.randint(1, 28))} of {r.choice(MONTHS)}")
    else:
        pre = r.choice(["", "POL", "C", "CUS-", "MB"])
        c.c(f"Hi, {word} {pre}{ref}, my renewal quote went up {r.randint(5, 60)}% this year?")
        c.a(f"Sorry about that. The premium is £{r.randint(200, 1200)}.{r.randint(0, 99):02d} for 12 months.")
    return c, f"{c.channel}/{ind}: {word} said with its reference word, renewal date/amount"


def n_booking(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "travel")
    while True:
        code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if not UK_PC.match(code) and not EIR_FULL.match(code) and not NI_RE.match(code):
            break
    fl = r.choice(["EI", "FR", "BA", "EZY", "U2", "LH"]) + str(r.randint(10, 9999))
    if c.channel == "call":
        c.a("what's the booking reference")
        c.c(f"it's {sp.alnum(code)} and it's the {r.choice(['seven fifteen', 'half six', 'ten past nine'])} flight on the {ord_words(r.randint(1, 28))}")
        c.a(f"okay flight {sp.alnum(fl)} boarding closes forty minutes before departure")
    else:
        c.c(f"Booking ref {code}, flight {fl} on {r.randint(1, 28)} {r.choice(MONTH_ABBR)} at {r.randint(6, 21):02d}:{r.choice(['05', '30', '45'])}, 2 adults 1 child")
        c.a(f"Your bag allowance is {r.choice([15, 20, 23])}kg and seat {r.randint(1, 33)}{r.choice('ABCDEF')} is confirmed.")
    return c, f"{c.channel}/travel: booking reference, flight number, times, seats"


def n_balance(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "banking")
    if c.channel == "call":
        c.a(f"your current balance is {money_words(r)} and the overdraft limit is {r.choice(['five hundred', 'one thousand', 'two hundred and fifty'])} pounds")
        c.c(f"right and when does the {money_words(r)} payment go out")
        c.a(f"that's scheduled for the {ord_words(r.randint(1, 28))} at around {r.choice(['six am', 'midnight', 'nine in the morning'])}")
    else:
        c.a(f"Your balance is £{r.randint(1, 9)},{r.randint(100, 999)}.{r.randint(0, 99):02d}. Interest rate {r.randint(1, 29)}.{r.randint(0, 9)}% APR.")
        c.c(f"ok and the {r.choice(['standing order', 'direct debit'])} of £{r.randint(10, 500)} on {r.randint(1, 28)}/{r.randint(1, 12)} - did it go?")
    return c, f"{c.channel}/banking: balances, APR, payment amounts and non-birth dates"


def n_appointment(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "healthcare billing")
    d, m = r.randint(1, 28), r.randint(1, 12)
    y = r.choice([2025, 2026, 2027])
    if c.channel == "call":
        c.a(f"i can offer you the {ord_words(d)} of {MONTHS[m - 1]} at {r.choice(['ten thirty', 'quarter past two', 'four o clock'])}")
        c.c(f"yeah that's fine and the invoice was for {money_words(r)} from the {ord_words(r.randint(1, 28))} of {r.choice(MONTHS)} {'twenty twenty ' + num_words(y - 2020)}")
        c.a(f"okay the invoice number is {sp.digits(V.ref(7), 'single')} and you've got thirty days to pay")
    else:
        c.c(f"Appointment on {d:02d}/{m:02d}/{y} at {r.randint(8, 17)}:{r.choice(['00', '15', '30'])} - invoice INV-{V.ref(8)} for £{r.randint(30, 400)}")
        c.a(f"We can see it. It's {r.randint(2, 6)} weeks overdue; a £{r.randint(5, 25)} late fee applies after {r.randint(7, 30)} days.")
    return c, f"{c.channel}/healthcare billing: appointment date/time, invoice number, fees"


def n_order(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "retail")
    ono = V.ref(r.choice([7, 8, 9, 10]))
    if c.channel == "call":
        c.a("have you got the order number there")
        c.c(f"order number {sp.digits(ono, r.choice(['single', 'double']))} it was {r.choice(['three', 'two', 'five'])} items and only {r.choice(['one', 'two'])} turned up")
        c.a(f"sorry about that i'll refund the {money_words(r)} within {r.choice(['three to five', 'ten', 'five'])} working days")
    else:
        c.c(f"Order #{ono} - ordered size {r.choice([8, 10, 12, 14])} but got {r.choice([16, 18])}. Paid £{r.randint(10, 200)}.{r.randint(0, 99):02d} on {r.randint(1, 28)} {r.choice(MONTH_ABBR)}")
        c.a(f"Returns label sent. Tracking number {V.ref(10)}, allow {r.randint(2, 5)} days.")
    return c, f"{c.channel}/retail: order/tracking numbers, sizes, prices"


def n_tariff(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "telecom")
    if c.channel == "call":
        c.a(f"so you're on the {num_words(r.choice([36, 67, 100, 500]) % 100 or 50)} meg broadband at {money_words(r, 90)} a month")
        c.c(f"yeah but i'm only getting about {num_words(r.randint(11, 40))} megabits and i've been on hold {num_words(r.randint(20, 59))} minutes")
        c.a(f"i can move you to the {r.choice(['nine hundred', 'five hundred'])} meg plan for twenty four months from the {ord_words(r.randint(1, 28))} of {r.choice(MONTHS)}")
    else:
        c.c(f"My {r.choice([12, 18, 24])} month contract started 01/{r.randint(1, 12):02d}/{r.choice([2023, 2024])} and I've used {r.randint(3, 99)}GB of {r.choice([100, 150])}GB")
        c.a(f"Upgrade: {r.choice([500, 900])}Mb for £{r.randint(20, 60)}.99/mo, {r.randint(10, 50)}% off for 6 months. Ticket {V.ref(7)}.")
    return c, f"{c.channel}/telecom: speeds, data allowances, contract dates, durations, ticket"


def n_claim(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "insurance")
    clm = V.ref(r.choice([6, 7, 8, 9]))
    if c.channel == "call":
        c.a("do you have the claim reference")
        c.c(f"yeah claim reference {sp.digits(clm, r.choice(['single', 'pairs' if len(clm) % 2 == 0 else 'single']))} the accident was on the {ord_words(r.randint(1, 28))} of {r.choice(MONTHS)} about {r.choice(['half five', 'seven in the evening', 'eight fifteen'])}")
        c.a(f"thank you the excess on that policy is {money_words(r, 500)}")
    else:
        c.c(f"Claim CLM{clm}: car is a {r.choice([2015, 2018, 2020])} model, {r.randint(20, 90)},000 miles. Excess £{r.choice([250, 350, 500])}")
        c.a(f"Noted. The garage quote of £{r.randint(800, 4000)} is under review, ref {V.ref(6)}.")
    return c, f"{c.channel}/insurance: claim reference, accident date/time, excess, mileage"


def n_hotel(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "travel")
    if c.channel == "call":
        c.a(f"you're in room {num_words(r.randint(1, 9))} {num_words(r.randint(10, 40))} checking out on the {ord_words(r.randint(1, 28))}")
        c.c(f"yes and we're {num_words(r.randint(2, 6))} adults and the breakfast was {money_words(r, 30)} each")
        c.a(f"check out is by eleven and the spa is open until nine p m")
    else:
        c.c(f"Room {r.randint(100, 999)}, {r.randint(2, 7)} nights from {r.randint(1, 28)}/{r.randint(1, 12)}, late checkout at 1pm? reservation {V.ref(8)}")
        c.a(f"Done - late checkout costs €{r.randint(20, 60)}. Parking is €{r.randint(10, 25)}/day.")
    return c, f"{c.channel}/travel: room numbers, night counts, times, reservation number"


def n_ages_temps(r, sp, V):
    ind = r.choice(["utilities", "insurance", "healthcare billing"])
    c = Case(r.choice(["call", "chat"]), ind)
    if c.channel == "call":
        c.c(f"my mam is {num_words(r.randint(70, 95))} and the heating's been off since {r.choice(['monday', 'tuesday', 'the weekend'])} it's {num_words(r.randint(4, 14))} degrees in the house")
        c.a(f"i'm sorry the boiler is a {r.choice(['worcester thirty i', 'combi twenty four', 'baxi eight hundred'])} i can get an engineer out within {num_words(r.randint(2, 48))} hours")
        c.c(f"she's had it since nineteen {num_words(r.randint(81, 99))}")
    else:
        c.c(f"Boiler model {r.choice(['GC 47-311-', 'KX-', 'ZR'])}{r.randint(10, 99)} pressure {r.randint(0, 2)}.{r.randint(0, 9)} bar, thermostat set to {r.randint(16, 24)}C. My son is {r.randint(2, 17)}.")
        c.a(f"Thanks. Engineer slot {r.randint(8, 11)}am-{r.randint(1, 6)}pm on {r.choice(['Mon', 'Tue', 'Fri'])}. Callout fee £{r.randint(60, 120)}.")
    return c, f"{c.channel}/{ind}: ages, temperatures, model numbers, years, pressure"


def n_years_pct(r, sp, V):
    ind = r.choice(["banking", "insurance", "telecom"])
    c = Case(r.choice(["call", "chat"]), ind)
    if c.channel == "call":
        c.c(f"i've been a customer since {r.choice(['two thousand and nine', 'nineteen ninety eight', 'twenty twelve'])} and the rate's gone up to {num_words(r.randint(3, 9))} point {num_words(r.randint(1, 9))} percent")
        c.a(f"i understand the fixed rate ends in {r.choice(MONTHS)} twenty twenty {r.choice(['six', 'seven'])} after that it's {num_words(r.randint(5, 8))} point nine nine")
    else:
        c.c(f"Customer since {r.randint(1995, 2015)}. Rate went from {r.randint(2, 4)}.{r.randint(0, 9)}% to {r.randint(5, 8)}.{r.randint(0, 9)}% on 1 {r.choice(MONTH_ABBR)} 2025??")
        c.a(f"The new rate applies to balances over £{r.randint(1, 50)},000. Ref {V.ref(9)}.")
    return c, f"{c.channel}/{ind}: years, percentages, rate changes, reference"


def n_durations(r, sp, V):
    ind = r.choice(UK_IND)
    c = Case(r.choice(["call", "chat"]), ind)
    if c.channel == "call":
        c.c(f"this is the {ord_words(r.randint(3, 9))} time i've rang i was on hold for {num_words(r.randint(21, 59))} minutes yesterday and {r.choice(['an hour and ten', 'two hours', 'forty five minutes'])} on {r.choice(['monday', 'friday'])}")
        c.a(f"i do apologise i've added a {money_words(r, 60)} credit and your case number is {sp.digits(V.ref(8), 'single')}")
    else:
        c.c(f"waited {r.randint(2, 6)} weeks, {r.randint(3, 12)} calls and {r.randint(30, 90)} mins on hold today. complaint ref {V.ref(8)}")
        c.a(f"Sorry. A goodwill credit of £{r.randint(10, 50)} has been applied; resolution within {r.randint(5, 10)} working days.")
    return c, f"{c.channel}/{ind}: counts, durations, goodwill credit, case number"


def n_payment_date(r, sp, V):
    ind = r.choice(["utilities", "telecom", "government services", "banking"])
    c = Case(r.choice(["call", "chat"]), ind)
    y = r.choice([2024, 2025, 2026])
    d, m = r.randint(1, 28), r.randint(1, 12)
    if c.channel == "call":
        c.c(f"the payment of {money_words(r)} went out on the {ord_words(d)} of {MONTHS[m - 1]} twenty twenty {num_words(y - 2020)} and it's not showing")
        c.a(f"i can see it it was received on the {ord_words(min(d + 2, 28))} and allocated to the {MONTHS[m % 12]} bill")
    else:
        c.c(f"Paid {d:02d}/{m:02d}/{y} £{r.randint(20, 300)}.{r.randint(0, 99):02d} via bank transfer, transaction id {V.ref(10)}")
        c.a(f"Received on {min(d + 2, 28)} {MONTHS[m - 1].title()} {y}; your next bill date is the {ord_suffix(r.randint(1, 28))}.")
    return c, f"{c.channel}/{ind}: payment dates (not birth dates), amounts, transaction id"


def n_gov(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "government services")
    if c.channel == "call":
        c.a(f"your universal credit payment is {money_words(r)} and it's paid on the {ord_words(r.randint(1, 28))} every month")
        c.c(f"and the tax year is april to april right i earned about {num_words(r.randint(12, 40))} thousand")
        c.a(f"that's right the personal allowance is twelve thousand five hundred and seventy pounds")
    else:
        c.c(f"My P60 says £{r.randint(15, 60)},{r.randint(100, 999)} for 2024/25 and tax code {r.randint(1100, 1300)}L. Why am I on emergency tax?")
        c.a(f"Your tax code was updated on {r.randint(1, 28)} {r.choice(MONTH_ABBR)}. The refund of £{r.randint(50, 900)}.{r.randint(0, 99):02d} will arrive within {r.randint(5, 15)} days.")
    return c, f"{c.channel}/government services: benefit amounts, salary, tax codes, dates"


def n_booking_uk(r, sp, V):
    ind = r.choice(["utilities", "telecom", "retail"])
    c = Case("call", ind)
    ref = V.ref(r.choice([8, 9, 10]))
    word = r.choice(["booking reference", "job number", "engineer reference", "work order number", "service request number"])
    c.a(f"i've booked that in your {word} is {sp.digits(ref, r.choice(['single', 'double', 'pairs' if len(ref) % 2 == 0 else 'single']))}")
    c.c("sorry can you say that again")
    c.a(f"of course {sp.digits(ref, 'single')} and the engineer will come between {r.choice(['eight and one', 'twelve and six', 'seven and twelve'])} on {r.choice(['thursday', 'saturday', 'the twelfth'])}")
    return c, f"call/{ind}: {word} read out and repeated by the agent, time window"


def n_quantity(r, sp, V):
    ind = r.choice(["retail", "utilities"])
    c = Case(r.choice(["call", "chat"]), ind)
    if c.channel == "call":
        c.c(f"i ordered {num_words(r.randint(2, 12))} boxes of the {r.choice(['twenty four', 'thirty six', 'forty eight'])} pack tiles that's {num_words(r.randint(20, 60))} square metres and they charged me for {num_words(r.randint(13, 19))}")
        c.a(f"i see that the product code is {sp.alnum('TX' + V.ref(4))} and the difference is {money_words(r)}")
    else:
        c.c(f"Used {r.randint(200, 900)} kWh last month vs {r.randint(200, 900)} kWh the month before, unit rate {r.randint(20, 35)}.{r.randint(10, 99)}p/kWh, standing charge {r.randint(30, 60)}.{r.randint(10, 99)}p")
        c.a(f"Estimated annual cost £{r.randint(900, 2500)}. Your tariff ends {r.randint(1, 28)}/{r.randint(1, 12)}/{r.choice([2026, 2027])}.")
    return c, f"{c.channel}/{ind}: quantities, product codes, energy use, unit rates"


def n_speed_vehicle(r, sp, V):
    c = Case(r.choice(["call", "chat"]), "insurance")
    if c.channel == "call":
        c.c(f"i was doing about {num_words(r.choice([25, 28, 30, 35]))} in a {num_words(r.choice([30, 40]))} zone when he pulled out at the junction around {r.choice(['ten to eight', 'quarter past six', 'half twelve'])}")
        c.a(f"okay and the car's a {r.choice(['twenty nineteen', 'two thousand and sixteen', 'twenty twenty one'])} model with about {num_words(r.randint(20, 90))} thousand miles")
    else:
        c.c(f"Windscreen chip about {r.randint(2, 9)}mm, car is {r.randint(2, 12)} years old, {r.randint(1, 2)}.{r.randint(0, 9)} litre engine. Quote #{V.ref(7)}?")
        c.a(f"Repair is free; replacement excess £{r.choice([75, 95, 115])}. Next available slot {r.randint(9, 16)}:00 on {r.randint(1, 28)} {r.choice(MONTH_ABBR)}.")
    return c, f"{c.channel}/insurance: speeds, years, mileage, engine size, quote number"


NEG_TEMPLATES = [
    (n_meter, 8), (n_policy, 12), (n_booking, 7), (n_balance, 7), (n_appointment, 7), (n_order, 7),
    (n_tariff, 6), (n_claim, 7), (n_hotel, 5), (n_ages_temps, 6), (n_years_pct, 6), (n_durations, 6),
    (n_payment_date, 7), (n_gov, 5), (n_booking_uk, 8), (n_quantity, 5), (n_speed_vehicle, 5),
]


# ---------------------------------------------------------------- build / check
def build():
    rng = random.Random(SEED)
    sp = Speaker(rng)
    V = Values(rng)
    plan = [f for f, n in POS_TEMPLATES for _ in range(n)]
    rng.shuffle(plan)
    nplan = [f for f, n in NEG_TEMPLATES for _ in range(n)]
    rng.shuffle(nplan)
    records, cases = [], []
    for i, f in enumerate(plan, 1):
        c, note = f(rng, sp, V)
        rec = {"id": f"{PREFIX}-pos-{i:03d}", "kind": "positive", "turns": c.turns, "spans": c.spans, "note": note}
        records.append(rec)
        cases.append(c)
    for i, f in enumerate(nplan, 1):
        c, note = f(rng, sp, V)
        assert not c.spans
        rec = {"id": f"{PREFIX}-neg-{i:03d}", "kind": "negative", "turns": c.turns, "spans": [], "note": note}
        records.append(rec)
        cases.append(c)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return text, records, cases


def counts(records):
    cnt = Counter(s["type"] for r in records for s in r["spans"])
    pos = sum(1 for r in records if r["kind"] == "positive")
    neg = sum(1 for r in records if r["kind"] == "negative")
    return cnt, pos, neg


def readme(records) -> str:
    cnt, pos, neg = counts(records)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# PII redaction held-out set h141 (UK / Irish emphasis)

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training, rule or threshold
development, and do not copy its phrasings into other fixtures.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark script or any other PII
fixture; the only input was a three-line example of the JSONL format. Every case
is produced by `scripts/make_pii_holdout141.py` from template functions: each turn
is assembled from plain-text segments and `(value, TYPE)` segments, so span
offsets are computed, never typed. All values come from one
`random.Random({SEED})`; the output is byte-for-byte reproducible.

    python scripts/make_pii_holdout141.py          # regenerate cases.jsonl + README.md
    python scripts/make_pii_holdout141.py --check  # verify (exit 1 on any problem)

`--check` regenerates the file and compares it byte for byte, checks ids are
unique, offsets are in range and on word boundaries, spans do not overlap, and
normalises every labelled value from its spoken/typed form (number words, oh /
nought / zero, double / triple, pairs such as "forty one", ordinals, month names,
"b for bravo", letter homophones such as "see" / "jay", "dot" / "at") and validates
it: Luhn for cards, mod-97 for IBANs, NI number format, 9 digits for SSNs, 6 for
sort codes, 3-4 for CVV, 10-13 for phones, 6-12 for account numbers, UK postcode /
Eircode / US ZIP shapes, DOB and expiry against the generated date.

## Contents

- {pos} positive cases, {neg} negative cases ({pos + neg} total), {sum(cnt.values())} spans.
- Channels: `call` = ASR-style transcript (lower case, sparse punctuation, numbers as
  words); `chat` = typed text (varied separators, case, abbreviations).
- Emphasis: UK and Irish contact centres (NI numbers, sort codes and account numbers,
  UK/IE phones, UK postcodes and Eircodes, UK street addresses, card payments by
  phone), plus some US (SSN, ZIP, US phones) and EU IBANs.
- Negatives contain only non-PII lookalikes: meter readings, policy / customer /
  claim / booking / order / invoice / job references (up to 10 digits, always with
  their reference word), flight numbers, room numbers, prices, balances, APRs,
  percentages, speeds, ages, temperatures, times, durations, appointment and
  payment dates, years, tax codes, product / model codes.

| type | spans |
|---|---|
{rows}

A value split across several turns contributes one span per turn, so span counts
exceed value counts.

## Annotation conventions

- A span covers exactly the characters of the value as said or typed, from its
  first to its last letter/digit; lead-ins ("it's", "my number is", "sort code")
  are outside. Filler words *inside* a reading ("four five um six") are inside the span.
- Values split across turns: one span per customer turn, each covering that turn's
  part; agent back-channels ("mhm", "go on") are unlabelled.
- Agent read-backs of a value are labelled with the same type.
- Self-corrections: an abandoned false start ("four five three nine no hang on
  that's the other card") is left unlabelled; only the complete value is labelled.
- CARD_NUMBER: the full PAN only (13-19 digits). CVV and EXPIRY are labelled only in
  card-payment context. EXPIRY covers month and year ("oh eight twenty seven",
  "august twenty twenty seven", "08/27").
- NI_NUMBER: prefix letters, six digits and suffix letter, in every spacing and
  spelling ("j for juliet", "see" for C, pairs such as "twelve thirty four").
- POSTCODE: UK postcodes, Irish Eircodes (e.g. D02 X285) and US ZIP / ZIP+4.
- ADDRESS: flat / apartment number, house number and street name with street type
  ("flat three forty two church road", "Flat 2, 14 Hazel Grove"). Town / city and
  postcode are outside the ADDRESS span (postcode has its own span).
- PHONE: includes a spoken/typed international prefix ("plus four four",
  "+353", "0044"); DOB includes the whole date as said ("the fourteenth of march
  nineteen eighty six").
- EMAIL: the whole address including "at" / "dot" words and any spelled-out repeat
  of a word ("walsh w a l s h").
- Positive cases also contain unlabelled non-PII numbers (amounts, policy numbers,
  order references, dates) close to the PII; only the listed types are labelled.

**Never use this set for tuning.**
"""


def check(text, records, cases) -> int:
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output (run without --check)")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(records):
        problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for rec, c in zip(records, cases):
        rid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            problems.append(f"{rid}: negative with spans")
        if rec["kind"] == "positive" and not rec["spans"]:
            problems.append(f"{rid}: positive without spans")
        for t in rec["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(f"{rid}: bad turn")
        by_turn = {}
        for s in rec["spans"]:
            if s["type"] not in TYPES:
                problems.append(f"{rid}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(rec["turns"])):
                problems.append(f"{rid}: turn out of range")
                continue
            tx = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append(f"{rid}: offsets out of range")
                continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                problems.append(f"{rid}: span {tx[a:b]!r} not trimmed")
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append(f"{rid}: span {tx[a:b]!r} not on word boundary")
            by_turn.setdefault(s["turn"], []).append((a, b))
        for spans in by_turn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    problems.append(f"{rid}: overlapping spans")
        for v in c.vals:
            if not v.pieces:
                problems.append(f"{rid}: value {v.typ} never placed")
                continue
            for e in validate(v):
                problems.append(f"{rid}: {v.typ} {' | '.join(v.pieces)!r}: {e}")
    cnt, pos, neg = counts(records)
    if pos < 170 or neg < 100:
        problems.append(f"too few cases: {pos} pos / {neg} neg")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append(f"type {t}: {cnt.get(t, 0)} spans < {need}")
    print(f"h141: {pos} positive, {neg} negative, {sum(cnt.values())} spans")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems[:200]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main(argv) -> int:
    text, records, cases = build()
    if "--check" in argv:
        return check(text, records, cases)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    cnt, pos, neg = counts(records)
    print(f"wrote {CASES} ({pos} positive, {neg} negative) and {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

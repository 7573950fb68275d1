#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout120.

Written by an AI helper acting as an independent author, without seeing the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single random.Random seeded with 120241124).

    python scripts/make_pii_holdout120.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout120.py --check   # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 120241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout120")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- speaking
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


class Speaker:
    def __init__(self, rng):
        self.rng = rng

    def zero(self, uk=True):
        opts = ["oh", "zero", "o"] + (["nought", "oh"] if uk else ["zero"])
        return self.rng.choice(opts)

    def digit(self, d, uk=True):
        return self.zero(uk) if d == "0" else UNITS[int(d)]

    def digits(self, s, uk=True, doubles=0.5, fillers=0.0):
        """digit by digit, with double/triple runs."""
        out, i = [], 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            run = j - i
            if run >= 3 and self.rng.random() < doubles:
                out.append("triple " + self.digit(s[i], uk))
                i += 3
            elif run >= 2 and self.rng.random() < doubles:
                out.append("double " + self.digit(s[i], uk))
                i += 2
            else:
                out.append(self.digit(s[i], uk))
                i += 1
            if fillers and i < len(s) and self.rng.random() < fillers:
                out.append(self.rng.choice(["um", "uh", "er"]))
        return " ".join(out)

    def pair(self, p, uk=True):
        a, b = int(p[0]), int(p[1])
        if a == 0:
            return self.zero(uk) + " " + UNITS[b] if b else self.zero(uk) + " " + self.zero(uk)
        if a == 1:
            return TEENS[b]
        return TENS[a] + ("" if b == 0 else " " + UNITS[b])

    def pairs(self, s, uk=True):
        parts = []
        if len(s) % 2:
            parts.append(self.digit(s[0], uk))
            s = s[1:]
        for k in range(0, len(s), 2):
            parts.append(self.pair(s[k:k + 2], uk))
        return " ".join(parts)

    def mixed(self, s, uk=True):
        """group of 4 read as pairs or digits at random."""
        return self.pairs(s, uk) if self.rng.random() < 0.4 else self.digits(s, uk)

    def year(self, y):
        y = str(y)
        if y.startswith("20") and self.rng.random() < 0.5:
            return "two thousand" + ("" if y[2:] == "00" else (" and " if self.rng.random() < 0.5 else " ") + self.pair(y[2:]).replace("oh ", ""))
        return self.pair(y[:2]) + " " + self.pair(y[2:])


LETTER_SAY = {"A": ["a", "ay"], "B": ["b", "bee"], "C": ["c", "see"], "D": ["d", "dee"],
              "E": ["e"], "G": ["g", "gee"], "H": ["h", "aitch"], "J": ["j", "jay"],
              "K": ["k", "kay"], "L": ["l", "el"], "M": ["m", "em"], "N": ["n", "en"],
              "P": ["p", "pee"], "R": ["r", "are"], "S": ["s", "ess"], "T": ["t", "tee"],
              "W": ["w", "double you"], "X": ["x", "ex"], "Y": ["y", "why"], "Z": ["z", "zed"],
              "F": ["f"], "V": ["v"], "U": ["u", "you"], "I": ["i"], "Q": ["q"]}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra",
        "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
WORDY = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "G": "george",
         "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy",
         "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xmas",
         "Y": "yellow", "Z": "zebra", "F": "freddie", "V": "victor", "U": "uncle"}


def say_letter(rng, ch, style=None):
    style = style or rng.choice(["plain", "plain", "homo", "nato", "word"])
    if style == "plain":
        return ch.lower()
    if style == "homo":
        return rng.choice(LETTER_SAY[ch])
    if style == "nato":
        return ch.lower() + rng.choice([" for ", " as in "]) + NATO[ch]
    return ch.lower() + " for " + WORDY[ch]


def say_alnum(sp, s, letter_style=None):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(sp.digit(ch))
        elif ch == " ":
            continue
        else:
            out.append(say_letter(sp.rng, ch, letter_style))
    return " ".join(out)


# ---------------------------------------------------------------- values
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if brand == "visa":
        prefix, n = "4", 16
    elif brand == "mc":
        prefix, n = rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]), 15
    elif brand == "disc":
        prefix, n = "6011", 16
    elif brand == "visa13":
        prefix, n = "4", 13
    else:
        prefix, n = rng.choice(["6759", "6763"]), rng.choice([18, 19])
    body = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def group_card(num, sep=" "):
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANK_LETTERS = "ABCDEGHJKLMNPRSTWXYZ"  # no O/I/Q/U/V/F to keep spoken forms unambiguous


def make_iban(rng, country=None):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES", "IT", "BE"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    lt = lambda n: "".join(rng.choice(BANK_LETTERS) for _ in range(n))
    if country in ("GB", "IE"):
        bban = lt(4) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "NL":
        bban = lt(4) + dg(10)
    elif country == "FR":
        bban = dg(23)
    elif country == "ES":
        bban = dg(20)
    elif country == "IT":
        bban = lt(1) + dg(22)
    else:
        bban = dg(12)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def dg(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def make_uk_mobile(rng):
    return "07" + dg(rng, 9, "1234589")


def make_uk_land(rng):
    return rng.choice(["020", "0161", "0113", "0131", "0141", "0117", "0121", "01632"]) + dg(rng, 7 if rng.random() < 0.5 else 6, "2345789")


def make_us_phone(rng):
    return dg(rng, 3, "2345789") + dg(rng, 3, "2345679") + dg(rng, 4)


def make_ie_mobile(rng):
    return "08" + rng.choice("35679") + dg(rng, 7, "123456789")


UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH8 9YL",
         "G12 8QQ", "CF10 1EP", "BS7 8LZ", "NE1 4ST", "SE15 5RS", "W1T 4JZ", "L17 2AB",
         "OX4 1EW", "BT9 5AB", "KY16 9SS", "NG7 2RD", "PL4 8AA", "RG1 3EH", "EC1V 9HX",
         "N16 7UJ", "S10 2TN", "BN2 1RA", "CB4 2JX", "LE3 0QP", "YO10 5DD", "TN13 1HU"]
US_ZIP = ["02139", "10027", "60614", "94110", "30309", "73301", "98103", "33139", "48104",
          "80205", "19104", "55414", "97214", "85004", "20009", "78704"]
STREETS_UK = ["Kingsley Road", "Elm Grove", "Victoria Street", "Mill Lane", "Church Walk",
              "Beech Avenue", "Harbour View", "Station Approach", "Queens Drive", "Park Crescent",
              "Meadow Close", "Ashfield Terrace", "Orchard Way", "Hill Rise", "Abbey Gardens"]
STREETS_US = ["Maple Avenue", "Oak Street", "Lincoln Boulevard", "Cedar Lane", "Sunset Drive",
              "Willow Court", "Pine Ridge Road", "Lakeview Parkway", "Jefferson Place", "Hawthorne Way"]
STREETS_IE = ["Grattan Street", "Clontarf Road", "Patrick Street", "Castle Avenue", "Mount Street"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Croydon", "Sheffield", "Edinburgh", "Cardiff", "Reading"]
TOWNS_US = ["Boston", "Chicago", "Austin", "Seattle", "Denver", "Phoenix", "Atlanta"]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "hannah", "dev",
         "chloe", "marcus", "niamh", "ryan", "fatima", "grace", "owen", "zara"]
LAST = ["walsh", "patel", "murphy", "hughes", "kowalski", "grant", "bennett", "reilly",
        "singh", "carter", "lynch", "baker", "fischer", "mason", "dunne", "shaw"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "proton.me", "mail.com"]

# ---------------------------------------------------------------- builder


class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self._gid = 0

    def gid(self):
        self._gid += 1
        return "g%d" % self._gid

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                g = seg[2] if len(seg) > 2 else self.gid()
                start = len(text)
                text += val
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": typ})
                self.groups.setdefault(g, []).append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    a = lambda self, *s: self.t("agent", *s)
    c = lambda self, *s: self.t("customer", *s)


def V(val, typ, g=None):
    return (val, typ, g) if g else (val, typ)


# ---------------------------------------------------------------- normalisers
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "zero": "0"})
HOMO_DIGIT = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(k) for k, w in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "sorry", "and", "then", "dash", "space", "hyphen",
           "slash", "it's", "is", "that's", "the", "yeah", "so", "like", "hmm"}
HOMO = {"ay": "A", "bee": "B", "be": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G",
        "aitch": "H", "jay": "J", "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P",
        "are": "R", "ess": "S", "tee": "T", "ex": "X", "why": "Y", "zed": "Z", "you": "U",
        "double you": "W"}


def tokens(text):
    return re.findall(r"[A-Za-z][A-Za-z'\-]*|\d+|\+", text.replace("double you", "doubleyou"))


def normalise(text, letters=False):
    """spoken/typed value -> canonical string of digits (and letters if allowed).
    Returns None if some token cannot be interpreted."""
    orig = tokens(text)
    toks = [t.lower() for t in orig]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        piece = None
        if t.isdigit():
            piece = t
        elif letters and len(t) == 1 and t.isalpha() and t != "o" and nxt in ("for", "as"):
            piece = t.upper()
            i += 2 if nxt == "for" else 3
        elif t == "double":
            mult = 2
            i += 1
            continue
        elif t == "triple":
            mult = 3
            i += 1
            continue
        elif t in WORD_DIGIT:
            piece = WORD_DIGIT[t]
        elif not letters and t in HOMO_DIGIT:
            piece = HOMO_DIGIT[t]
        elif t in TEEN_D:
            piece = TEEN_D[t]
        elif t in TENS_D:
            if nxt in UNITS[1:]:
                piece = TENS_D[t] + WORD_DIGIT[nxt]
                i += 1
            else:
                piece = TENS_D[t] + "0"
        elif t == "hundred":
            piece = "00"
        elif letters and t == "doubleyou":
            piece = "W"
        elif letters and t in HOMO:
            piece = HOMO[t]
        elif letters and re.fullmatch(r"[a-z0-9]+", t) and (len(t) == 1 or any(ch.isdigit() for ch in t) or orig[i].isupper()):
            piece = t.upper()
        elif t in FILLERS or t == "+" or t == "plus":
            i += 1
            continue
        else:
            return None
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.strip()
    if "@" in t:
        return t.lower()
    toks = t.lower().split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "at":
            out.append("@")
        elif w in ("dot", "period", "full-stop"):
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENS_D and nxt in UNITS[1:]:
            out.append(TENS_D[w] + WORD_DIGIT[nxt])
            i += 1
        elif w in TENS_D:
            out.append(TENS_D[w] + "0")
        elif w in TEEN_D:
            out.append(TEEN_D[w])
        elif w in UNITS:
            out.append(WORD_DIGIT[w])
        elif w == "double" and nxt:
            out.append(nxt * 2 if len(nxt) == 1 else WORD_DIGIT.get(nxt, "?") * 2)
            i += 1
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate(typ, text):
    if typ == "EMAIL":
        e = norm_email(text)
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e)), e
    if typ == "ADDRESS":
        ok = bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", text.lower())) and \
            bool(re.search(r"\b(road|street|st|lane|avenue|ave|grove|walk|view|approach|drive|crescent|close|terrace|way|rise|gardens|boulevard|blvd|court|parkway|place|rd)\b", text.lower()))
        return ok, text
    if typ == "DOB":
        low = text.lower()
        has_month = bool(re.search(r"\b(%s)" % "|".join(m[:3] for m in MONTHS), low))
        n = normalise(re.sub(r"\b(of|the|st|nd|rd|th)\b", " ", low)) if not has_month else None
        ok = has_month or (n is not None and len(n) >= 6) or bool(re.search(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", low))
        return ok, n or low
    if typ == "EXPIRY":
        low = text.lower()
        if any(m[:3] in low for m in MONTHS):
            return True, low
        if re.fullmatch(r"(0?[1-9]|1[0-2]) ?[/\-. ]? ?(20)?\d\d", low):
            return True, low
        n = normalise(low)
        ok = n is not None and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
        return ok, n
    if typ in ("IBAN", "NI_NUMBER", "POSTCODE"):
        typed = re.sub(r"[\s\-.]", "", text).upper()
        if re.fullmatch(r"[A-Z0-9]+", typed) and re.search(r"\d", text):
            n = typed
        else:
            n = normalise(text, letters=True)
        if n is None:
            return False, None
        if typ == "IBAN":
            return iban_valid(n), n
        if typ == "NI_NUMBER":
            return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n)), n
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", n)), n
    n = normalise(text)
    if n is None:
        return False, None
    if typ == "CARD_NUMBER":
        return 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return len(n) in (3, 4), n
    if typ == "SSN":
        return len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9", n
    if typ == "SORT_CODE":
        return len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return 6 <= len(n) <= 17, n
    if typ == "PHONE":
        return 10 <= len(n) <= 15, n
    return False, n


# ---------------------------------------------------------------- positive templates
def email_addr(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randint(2, 99)), f + "_" + l, l + "." + f[0]])
    return local + "@" + rng.choice(DOMAINS)


def say_email(sp, e):
    local, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", local):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part.isdigit():
            out.append(sp.pairs(part) if len(part) == 2 and part[0] != "0" else sp.digits(part))
        elif part:
            m = re.match(r"([a-z]+)(\d*)", part)
            w, num = m.group(1), m.group(2)
            if len(w) > 1 and w[0] + w[1:] == w and w[1:] in LAST and w[0] not in "o":
                out.append(w[0] + " " + w[1:])
            else:
                out.append(w)
            if num:
                out.append(sp.pairs(num) if len(num) == 2 else " ".join(UNITS[int(c)] for c in num))
    out.append("at")
    dom_s = " dot ".join(dom.split("."))
    dom_s = dom_s.replace("gmail", sp.rng.choice(["gmail", "g mail", "gmail"])).replace("btinternet", sp.rng.choice(["btinternet", "b t internet"]))
    out.append(dom_s)
    return " ".join(out)


def p_card_chat(rng, sp):
    num, brand = make_card(rng)
    sep = rng.choice([" ", "-", "", " ", ".", "  "])
    shown = group_card(num, sep) if sep else num
    industry = rng.choice(["retail", "telecom", "utilities", "travel", "insurance"])
    c = Case("chat/%s: %s card typed with separator %r, order number and amount nearby" % (industry, brand, sep))
    order = dg(rng, 8)
    c.a("Thanks for waiting. To settle the outstanding %s I just need the card details." % rng.choice(["£84.20", "€112.50", "$63.99", "£1,240.00"]))
    c.c(rng.choice(["ok its ", "Sure: ", "card no. ", "", "here u go "]), V(shown, "CARD_NUMBER"),
        rng.choice([" - order %s" % order, " (order ref %s)" % order, "", " thx"]))
    return c


def p_card_call_onego(rng, sp):
    num, brand = make_card(rng)
    groups = card_groups(num)
    words = " ".join(sp.mixed(g) if rng.random() < 0.5 else sp.digits(g, doubles=0.7) for g in groups)
    c = Case("call/%s: %s card read in one customer turn, mixed pairs/digits/doubles" % (rng.choice(["telecom", "banking", "retail", "utilities"]), brand))
    c.a("okay and the long number across the front of the card please")
    c.c(rng.choice(["yeah it's ", "right so it's ", "okay ", "um "]), V(words, "CARD_NUMBER"))
    c.a("lovely thank you")
    return c


def p_card_split(rng, sp):
    num, brand = make_card(rng)
    c = Case("call/%s: %s card split across customer turns with back-channels" % (rng.choice(["insurance", "travel", "retail", "healthcare billing"]), brand))
    g = c.gid()
    c.a("go ahead with the card number whenever you're ready")
    groups = card_groups(num)
    for k, grp in enumerate(groups):
        pre = rng.choice(["", "", "um ", "okay ", "then "]) if k else rng.choice(["it's ", "right ", ""])
        c.c(pre, V(sp.mixed(grp), "CARD_NUMBER", g))
        if k < len(groups) - 1:
            c.a(rng.choice(["mhm", "yep", "okay go on", "uh huh", "got that", "yes"]))
    return c


def p_card_cvv_exp(rng, sp):
    num, brand = make_card(rng)
    cvv = dg(rng, 4 if brand == "amex" else 3, "0123456789")
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    exp_forms = ["%02d/%02d" % (mm, yy), "%02d %02d" % (mm, yy), "%02d-20%02d" % (mm, yy),
                 "%s %d" % (MONTHS[mm - 1][:3].title(), 2000 + yy)]
    c = Case("chat/retail: card, expiry and CVV typed in one message; amount nearby")
    c.c(V(group_card(num, rng.choice([" ", ""])), "CARD_NUMBER"), rng.choice([" exp ", ", expiry ", " expires "]),
        V(rng.choice(exp_forms), "EXPIRY"), rng.choice([" cvv ", ", security code ", " cvc: "]), V(cvv, "CVV"),
        rng.choice([" please take the £45", " for the 3 items", "", " thanks"]))
    return c


def p_cvv_exp_call(rng, sp):
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    cvv = dg(rng, 3, "0123456789")
    exp = rng.choice([sp.digit("%02d" % mm) if False else sp.pair("%02d" % mm) + " " + sp.pair("%02d" % yy),
                      sp.digits("%02d" % mm) + " " + sp.pair("%02d" % yy),
                      MONTHS[mm - 1] + " " + sp.year(2000 + yy),
                      sp.pair("%02d" % mm) + " slash " + sp.pair("%02d" % yy)])
    c = Case("call/%s: spoken expiry then CVV in separate turns" % rng.choice(["telecom", "travel", "utilities"]))
    c.a("and the expiry date on the card")
    c.c(rng.choice(["it's ", "expires ", "um ", ""]), V(exp, "EXPIRY"))
    c.a("and the three digit security code on the back")
    c.c(rng.choice(["", "that's ", "it's "]), V(sp.digits(cvv, doubles=0.6), "CVV"))
    return c


def p_card_readback(rng, sp):
    num, brand = make_card(rng)
    grp = card_groups(num)
    c = Case("call/banking: customer restarts card reading (first group labelled), agent reads it back")
    c.a("can i take the card number")
    g = c.gid()
    c.c(V(sp.digits(grp[0]), "CARD_NUMBER", "x"), rng.choice([" um sorry let me start again ", " no wait hang on it's "]),
        V(" ".join(sp.digits(x) for x in grp), "CARD_NUMBER", g))
    c.a("so that's ", V(" ".join(sp.digits(x, doubles=0) for x in grp), "CARD_NUMBER"), " is that right")
    c.c("yes that's it")
    c.groups.pop("x", None)
    return c


def p_ssn(rng, sp):
    s = make_ssn(rng)
    form = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    shown = form % (s[:3], s[3:5], s[5:])
    c = Case("chat/%s: US SSN typed, claim number nearby" % rng.choice(["insurance", "government services", "banking", "healthcare billing"]))
    claim = dg(rng, 7)
    c.a("For verification please confirm your Social Security number.")
    c.c(rng.choice(["ssn is ", "Its ", "", "social: "]), V(shown, "SSN"), rng.choice([" and the claim # is %s" % claim, "", ". claim %s" % claim, " thanks"]))
    return c


def p_ssn_call(rng, sp):
    s = make_ssn(rng)
    c = Case("call/%s: SSN spoken in 3-2-4 groups over turns" % rng.choice(["government services", "insurance", "banking"]))
    g = c.gid()
    c.a("can i get your social security number please")
    if rng.random() < 0.5:
        c.c(V(sp.digits(s[:3], uk=False), "SSN", g))
        c.a(rng.choice(["okay", "mhm"]))
        c.c(V(sp.digits(s[3:5], uk=False), "SSN", g))
        c.a("yes")
        c.c(V(sp.digits(s[5:], uk=False), "SSN", g))
    else:
        c.c(rng.choice(["sure it's ", "yeah ", "okay it's "]),
            V(sp.digits(s[:3], uk=False) + " " + sp.pair(s[3:5], uk=False) + " " + sp.pairs(s[5:], uk=False), "SSN", g))
    c.a("thank you so that's ", V(sp.digits(s, uk=False, doubles=0), "SSN"), " correct")
    c.c("correct")
    return c


def p_ssn_dob(rng, sp):
    s = make_ssn(rng)
    y, m, d = rng.randint(1940, 2002), rng.randint(1, 12), rng.randint(1, 28)
    dob = rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d-%02d-%02d" % (y, m, d)])
    c = Case("chat/healthcare billing: SSN and DOB typed together, invoice amount nearby")
    c.c("hi my bill for $%d.%02d is wrong. ssn " % (rng.randint(40, 900), rng.randint(0, 99)), V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"),
        ", dob ", V(dob, "DOB"))
    return c


def p_ni(rng, sp):
    ni = make_ni(rng)
    form = rng.choice(["spaced", "plain", "lower", "pairs"])
    shown = {"spaced": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), "plain": ni,
             "lower": ni.lower(), "pairs": "%s%s %s %s%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])}[form]
    c = Case("chat/government services: UK NI number typed (%s), reference number nearby" % form)
    ref = dg(rng, 9)
    c.a("Please provide your National Insurance number.")
    c.c(rng.choice(["NI no: ", "its ", "", "my ni number is "]), V(shown, "NI_NUMBER"),
        rng.choice([", ref %s" % ref, "", " (my case reference is %s)" % ref]))
    return c


def p_ni_call(rng, sp):
    ni = make_ni(rng)
    style = rng.choice(["plain", "homo", "nato", "word"])
    c = Case("call/%s: NI number spoken, letters %s style" % (rng.choice(["government services", "banking", "utilities"]), style))
    g = c.gid()
    c.a("and your national insurance number")
    letters = say_letter(rng, ni[0], style) + " " + say_letter(rng, ni[1], style)
    digits = rng.choice([sp.digits(ni[2:8]), sp.pairs(ni[2:8])])
    suff = say_letter(rng, ni[8], style)
    if rng.random() < 0.5:
        c.c(rng.choice(["it's ", "yeah it's ", "um "]), V(letters + " " + digits + " " + suff, "NI_NUMBER", g))
    else:
        c.c(V(letters, "NI_NUMBER", g))
        c.a(rng.choice(["mhm", "okay", "yep go on"]))
        c.c(V(digits, "NI_NUMBER", g), rng.choice(["", " and then"]))
        c.a(rng.choice(["and the last letter", "and the letter at the end"]))
        c.c(V(suff, "NI_NUMBER", g))
    return c


def p_ni_age(rng, sp):
    ni = make_ni(rng)
    c = Case("call/government services: NI number next to age and year numbers")
    c.a("how old are you and what's your ni number")
    c.c("i'm %s i started work in %s and it's " % (sp.pair(str(rng.randint(25, 64))), sp.year(rng.randint(1985, 2015))),
        V(" ".join(say_letter(rng, ch, "plain") if ch.isalpha() else sp.digit(ch) for ch in ni), "NI_NUMBER"))
    return c


def p_bank(rng, sp):
    sc = dg(rng, 6)
    acct = dg(rng, 8)
    c = Case("chat/banking: sort code and account typed, refund amount nearby")
    scshown = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.a("Where would you like the refund of £%d.%02d sent?" % (rng.randint(10, 500), rng.randint(0, 99)))
    c.c(rng.choice(["sort code ", "s/c ", "Sort "]), V(scshown, "SORT_CODE"), rng.choice([" acc ", " account no ", ", a/c "]), V(acct, "BANK_ACCOUNT"))
    return c


def p_bank_call(rng, sp):
    sc = dg(rng, 6)
    acct = dg(rng, 8)
    c = Case("call/banking: sort code as pairs and account digit by digit over turns")
    c.a("what's the sort code")
    c.c(V(rng.choice([sp.pairs(sc), sp.digits(sc)]), "SORT_CODE"))
    c.a("and the account number")
    g = c.gid()
    c.c(V(sp.digits(acct[:4]), "BANK_ACCOUNT", g))
    c.a("mhm")
    c.c(V(sp.digits(acct[4:], fillers=0.3), "BANK_ACCOUNT", g))
    return c


def p_bank_us(rng, sp):
    acct = dg(rng, rng.choice([9, 10, 11, 12]))
    c = Case("call/banking: US checking account number spoken, routing mention without number, balance nearby")
    c.a("the balance is currently %s dollars what account should we move it to" % sp.pair(str(rng.randint(20, 99))))
    c.c("my checking account it's ", V(sp.digits(acct, uk=False), "BANK_ACCOUNT"))
    return c


def p_iban_chat(rng, sp):
    ib = make_iban(rng)
    shown = rng.choice([group4(ib), ib, group4(ib).lower(), group4(ib, "-")])
    c = Case("chat/travel: %s IBAN typed for refund, booking reference nearby" % ib[:2])
    c.a("Refunds go by bank transfer, please send your IBAN.")
    c.c(rng.choice(["IBAN ", "iban: ", "", "here: "]), V(shown, "IBAN"), rng.choice([" booking ref 48213", "", " thanks"]))
    return c


def p_iban_call(rng, sp):
    ib = make_iban(rng, rng.choice(["GB", "IE", "DE", "NL"]))
    c = Case("call/banking: %s IBAN spoken in groups over turns" % ib[:2])
    g = c.gid()
    c.a("can you read me the iban")
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    style = rng.choice(["plain", "nato", "homo"])
    for k, ch in enumerate(chunks):
        c.c(V(say_alnum(sp, ch, style), "IBAN", g))
        if k < len(chunks) - 1:
            c.a(rng.choice(["mhm", "yes", "okay", "go on"]))
    return c


def p_phone_chat(rng, sp):
    kind = rng.choice(["uk", "us", "ie", "ukintl", "usintl", "ieintl", "fr", "de"])
    if kind == "uk":
        n = make_uk_mobile(rng); shown = rng.choice([n[:5] + " " + n[5:], n, n[:5] + "-" + n[5:8] + "-" + n[8:]])
    elif kind == "ukintl":
        n = make_uk_mobile(rng); shown = "+44 " + n[1:5] + " " + n[5:]
    elif kind == "us":
        n = make_us_phone(rng); shown = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:])
    elif kind == "usintl":
        n = make_us_phone(rng); shown = "+1 %s %s %s" % (n[:3], n[3:6], n[6:])
    elif kind == "ie":
        n = make_ie_mobile(rng); shown = n[:3] + " " + n[3:6] + " " + n[6:]
    elif kind == "ieintl":
        n = make_ie_mobile(rng); shown = "+353 " + n[1:3] + " " + n[3:]
    elif kind == "fr":
        n = "6" + dg(rng, 8, "0123456789"); shown = "+33 " + " ".join([n[0]] + [n[i:i + 2] for i in range(1, 9, 2)])
    else:
        n = "15" + dg(rng, 9, "123456789"); shown = rng.choice(["+49 ", "0049 "]) + n[:3] + " " + n[3:]
    c = Case("chat/%s: %s phone typed next to opening hours/time" % (rng.choice(["telecom", "retail", "utilities"]), kind))
    c.a("What's the best number to call you back on? We're open 8am-8pm.")
    c.c(rng.choice(["", "call me on ", "mob ", "tel: "]), V(shown, "PHONE"), rng.choice([" after 5.30 pls", " anytime", "", " before 12"]))
    return c


def p_phone_call(rng, sp):
    uk = rng.random() < 0.6
    n = make_uk_mobile(rng) if uk else make_us_phone(rng)
    c = Case("call/%s: %s phone spoken with doubles/triples%s" % (rng.choice(["telecom", "insurance", "utilities"]), "UK" if uk else "US", ""))
    if uk and rng.random() < 0.3:
        words = "plus four four " + sp.digits(n[1:], doubles=0.7)
    else:
        words = sp.digits(n, uk=uk, doubles=0.7) if rng.random() < 0.6 else (sp.digits(n[:5] if uk else n[:3], uk=uk) + " " + sp.pairs(n[5:] if uk else n[3:], uk=uk))
    c.a("and a contact number in case we get cut off")
    c.c(rng.choice(["yeah it's ", "it's ", "my mobile is ", "um "]), V(words, "PHONE"))
    c.a("thanks i'll call you back within %s minutes" % rng.choice(["ten", "fifteen", "thirty"]))
    return c


def p_phone_split(rng, sp):
    n = make_uk_land(rng) if rng.random() < 0.5 else make_ie_mobile(rng)
    c = Case("call/utilities: landline/irish mobile split across two turns, agent reads back")
    g = c.gid()
    c.a("what number can we reach you on")
    cut = 4 if n.startswith("0") and len(n) > 10 else 3
    c.c(V(sp.digits(n[:cut]), "PHONE", g))
    c.a("okay")
    c.c(V(sp.digits(n[cut:], doubles=0.6), "PHONE", g))
    c.a("so that's ", V(sp.digits(n, doubles=0), "PHONE"))
    c.c("that's right")
    return c


def p_email_chat(rng, sp):
    e = email_addr(rng)
    shown = rng.choice([e, e.upper(), e.title(), e])
    c = Case("chat/%s: email typed in message with ticket number" % rng.choice(["retail", "telecom", "travel", "insurance"]))
    c.c(rng.choice(["pls send the receipt to ", "email is ", "my email: ", "you can reach me at "]), V(shown, "EMAIL"),
        rng.choice([" ticket 550217", "", " - thanks!", " re case 20931"]))
    return c


def p_email_call(rng, sp):
    e = email_addr(rng)
    c = Case("call/%s: email spoken with 'dot' and 'at'" % rng.choice(["retail", "utilities", "healthcare billing", "travel"]))
    c.a("and an email address for the confirmation")
    c.c(rng.choice(["yeah it's ", "sure ", "it's "]), V(say_email(sp, e), "EMAIL"))
    return c


def say_dob(sp, y, m, d, uk=True):
    rng = sp.rng
    f = rng.choice(["ord", "ordm", "digits", "pairs", "month"])
    if f == "ord":
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], sp.year(y))
    if f == "ordm":
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d], sp.year(y))
    if f == "digits":
        a, b = ("%02d" % d, "%02d" % m) if uk else ("%02d" % m, "%02d" % d)
        return sp.digits(a) + " " + sp.digits(b) + " " + sp.year(y)
    if f == "pairs":
        a, b = ("%02d" % d, "%02d" % m) if uk else ("%02d" % m, "%02d" % d)
        return sp.pair(a) + " " + sp.pair(b) + " " + sp.pair(str(y)[2:])
    return "%s %s %s" % (MONTHS[m - 1], ORD[d], sp.year(y))


def p_dob_call(rng, sp):
    y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
    c = Case("call/%s: spoken date of birth, appointment date also mentioned (unlabelled)" % rng.choice(["healthcare billing", "insurance", "banking", "telecom"]))
    c.a("can i take your date of birth")
    c.c(rng.choice(["yeah it's ", "", "it's ", "um "]), V(say_dob(sp, y, m, d), "DOB"))
    c.a("thank you and i can see the appointment on the %s of %s is that still okay" % (ORD[rng.randint(1, 28)], rng.choice(MONTHS)))
    c.c("yes")
    return c


def p_dob_chat(rng, sp):
    y, m, d = rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)
    shown = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                        "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1][:3], y),
                        "%02d-%02d-%02d" % (d, m, y % 100)])
    c = Case("chat/insurance: typed DOB next to policy start date (unlabelled)")
    c.a("Can you confirm your date of birth and when the policy started?")
    start = "%02d/%02d/%d" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2025))
    c.c("dob ", V(shown, "DOB"), ", policy started %s" % start)
    return c


def p_postcode_chat(rng, sp):
    uk = rng.random() < 0.65
    pc = rng.choice(UK_PC) if uk else rng.choice(US_ZIP) + (("-" + dg(rng, 4, "0123456789")) if rng.random() < 0.3 else "")
    shown = pc if not uk else rng.choice([pc, pc.replace(" ", ""), pc.lower()])
    c = Case("chat/%s: %s postcode typed alone, delivery slot time nearby" % (rng.choice(["retail", "utilities"]), "UK" if uk else "US ZIP"))
    c.a("Whats the postcode for delivery? Slots available 10:00-14:00.")
    c.c(rng.choice(["", "its ", "postcode ", "zip "]), V(shown, "POSTCODE"))
    return c


def p_postcode_call(rng, sp):
    pc = rng.choice([p for p in UK_PC if "O" not in p])
    style = rng.choice(["plain", "nato", "homo", "word"])
    c = Case("call/utilities: UK postcode spoken, letters %s style" % style)
    c.a("and the postcode there")
    out = []
    chars = pc.replace(" ", "")
    k = 0
    while k < len(chars):
        ch = chars[k]
        if k + 1 < len(chars) and chars[k + 1] == ch and ch.isalpha() and rng.random() < 0.6:
            out.append("double " + ch.lower())
            k += 2
            continue
        out.append(sp.digit(ch) if ch.isdigit() else say_letter(rng, ch, style))
        k += 1
    c.c(rng.choice(["it's ", "", "yeah "]), V(" ".join(out), "POSTCODE"))
    return c


def addr_uk(rng, sp, spoken):
    num = rng.randint(1, 240)
    st = rng.choice(STREETS_UK)
    if spoken:
        nw = sp.pairs(str(num)) if num >= 10 and rng.random() < 0.6 else " ".join(sp.digit(x) for x in str(num))
        if rng.random() < 0.3:
            return "flat %s %s %s" % (UNITS[rng.randint(1, 9)], nw, st.lower())
        return "%s %s" % (nw, st.lower())
    return rng.choice(["%d %s", "%d, %s", "Flat 2, %d %s"]) % (num, st)


def p_address_chat(rng, sp):
    uk = rng.random() < 0.6
    addr = addr_uk(rng, sp, False) if uk else "%d %s" % (rng.randint(100, 9999), rng.choice(STREETS_US))
    pc = rng.choice(UK_PC) if uk else rng.choice(US_ZIP)
    town = rng.choice(TOWNS_UK) if uk else rng.choice(TOWNS_US)
    c = Case("chat/retail: street address plus town (unlabelled) and postcode on one line")
    c.a("What's the delivery address?")
    c.c(V(addr, "ADDRESS"), ", %s " % town, V(pc, "POSTCODE"))
    return c


def p_address_call(rng, sp):
    c = Case("call/%s: spoken address over turns, postcode separately" % rng.choice(["utilities", "telecom", "insurance"]))
    c.a("can you confirm the first line of the address")
    c.c(rng.choice(["yeah it's ", "", "it's "]), V(addr_uk(rng, sp, True), "ADDRESS"), " in %s" % rng.choice(TOWNS_UK).lower())
    pc = rng.choice([p for p in UK_PC if "O" not in p])
    c.a("and postcode")
    c.c(V(say_alnum(sp, pc, "plain"), "POSTCODE"))
    return c


def p_us_address_call(rng, sp):
    num = rng.randint(100, 9999)
    st = rng.choice(STREETS_US).lower()
    nw = sp.pairs(str(num), uk=False)
    z = rng.choice(US_ZIP)
    c = Case("call/insurance: US address spoken with house number as pairs, zip digit by digit")
    c.a("what's the property address")
    c.c(V("%s %s" % (nw, st), "ADDRESS"), " %s zip " % rng.choice(TOWNS_US).lower(), V(sp.digits(z, uk=False), "POSTCODE"))
    return c


def p_combo_call(rng, sp):
    """several types in one realistic call, next to non-PII numbers."""
    num, brand = make_card(rng, rng.choice(["visa", "mc"]))
    n = make_uk_mobile(rng)
    y, m, d = rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)
    c = Case("call/telecom: DOB, phone and card in one call beside bill amount, contract months and an order number")
    c.a("thanks for calling can i start with your date of birth")
    c.c(V(say_dob(sp, y, m, d), "DOB"))
    c.a("and the mobile number on the account")
    c.c(V(sp.digits(n, doubles=0.6), "PHONE"), " that's the one on the %s month contract" % sp.pair(str(rng.choice([12, 18, 24]))))
    c.a("your bill is %s pounds %s order number %s what card would you like to use" % (sp.pair(str(rng.randint(20, 99))), sp.pair(str(rng.randint(10, 99))), sp.digits(dg(rng, 7))))
    g = c.gid()
    grp = card_groups(num)
    c.c(V(sp.digits(grp[0]) + " " + sp.digits(grp[1]), "CARD_NUMBER", g))
    c.a("yep")
    c.c(V(sp.digits(grp[2]) + " " + sp.digits(grp[3]), "CARD_NUMBER", g))
    return c


def p_two_in_turn(rng, sp):
    ni = make_ni(rng)
    pc = rng.choice([p for p in UK_PC if "O" not in p])
    c = Case("call/government services: NI number and postcode in one customer turn")
    c.a("i'll need your national insurance number and your postcode")
    c.c("okay ni number ", V(say_alnum(sp, ni, "plain"), "NI_NUMBER"), " and postcode ", V(say_alnum(sp, pc, "plain"), "POSTCODE"))
    return c


def p_card_last4_beside(rng, sp):
    num, brand = make_card(rng)
    old = dg(rng, 4, "0123456789")
    c = Case("chat/banking: new full card typed right after mention of old card ending (unlabelled last four)")
    c.a("Your old card ending %s has been cancelled. Please give the new card number to link." % old)
    c.c("new one is ", V(group_card(num), "CARD_NUMBER"), " and it replaced the %s one" % old)
    return c


def p_ssn_beside_ref(rng, sp):
    s = make_ssn(rng)
    ref = dg(rng, 9)
    c = Case("call/insurance: 9-digit claim number (unlabelled) then SSN (labelled), both spoken")
    c.a("do you have your claim number")
    c.c("yeah claim number %s" % sp.digits(ref, uk=False))
    c.a("thank you and your social")
    c.c(V(sp.digits(s, uk=False), "SSN"))
    return c


def p_ni_chat_beside_amount(rng, sp):
    ni = make_ni(rng)
    c = Case("chat/government services: NI number with lower-case/odd spacing beside payment amount and date")
    c.c("i was paid £%d.%02d on %d/%d/2026 but it should be more, my nino is " % (rng.randint(50, 400), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12)),
        V(rng.choice([ni[:2].lower() + ni[2:8] + ni[8].lower(), ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8]]), "NI_NUMBER"))
    return c


def p_expiry_chat(rng, sp):
    mm, yy = rng.randint(1, 12), rng.randint(26, 32)
    c = Case("chat/travel: expiry alone in a reply, typed in various forms")
    c.a("And the expiry date (MM/YY)?")
    c.c(V(rng.choice(["%02d/%02d" % (mm, yy), "%d/%d" % (mm, 2000 + yy), "%02d%02d" % (mm, yy), "%s %02d" % (MONTHS[mm - 1][:3], yy)]), "EXPIRY"))
    c.a("And the CVV?")
    c.c(V(dg(rng, 3, "0123456789"), "CVV"))
    return c


POSITIVES = [
    (p_card_chat, 8), (p_card_call_onego, 7), (p_card_split, 5), (p_card_cvv_exp, 6), (p_cvv_exp_call, 8),
    (p_card_readback, 3), (p_ssn, 10), (p_ssn_call, 8), (p_ssn_dob, 5), (p_ni, 10), (p_ni_call, 10),
    (p_ni_age, 5), (p_bank, 8), (p_bank_call, 8), (p_bank_us, 4), (p_iban_chat, 8), (p_iban_call, 6),
    (p_phone_chat, 8), (p_phone_call, 7), (p_phone_split, 4), (p_email_chat, 8), (p_email_call, 9),
    (p_dob_call, 7), (p_dob_chat, 6), (p_postcode_chat, 6), (p_postcode_call, 5), (p_address_chat, 6),
    (p_address_call, 6), (p_us_address_call, 3), (p_combo_call, 4), (p_two_in_turn, 4),
    (p_card_last4_beside, 4), (p_ssn_beside_ref, 4), (p_ni_chat_beside_amount, 4), (p_expiry_chat, 5),
]


# ---------------------------------------------------------------- negative templates
def money_words(sp, pounds, pence, cur="pounds"):
    return "%s %s %s" % (num_words(pounds), cur, sp.pair("%02d" % pence).replace("oh ", "") if pence >= 10 else UNITS[pence] if pence else "")


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        r = n % 100
        return UNITS[n // 100] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    r = n % 1000
    return num_words(n // 1000) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def n_amount_digits(rng, sp):
    amt = dg(rng, 4)
    pence = rng.randint(10, 99)
    c = Case("call/utilities: bill amount read digit by digit, then as words (negative)")
    c.a("so the outstanding amount is %s pounds %s" % (num_words(int(amt)), num_words(pence)))
    c.c("sorry how much")
    c.a("%s point %s so %s pounds and %s pence" % (sp.digits(amt, doubles=0), sp.digits(str(pence), doubles=0), num_words(int(amt)), num_words(pence)))
    c.c("okay that's more than last quarter")
    return c


def n_amount_chat(rng, sp):
    c = Case("chat/retail: prices, totals and balance figures typed (negative)")
    a, b = rng.randint(100, 2999), rng.randint(10, 99)
    c.c("why was I charged £%d.%d when the basket said £%d.%d?? thats %d.%d%% more" % (a, b, a - rng.randint(10, 90), b, rng.randint(1, 30), rng.randint(0, 9)))
    c.a("Sorry about that. Delivery was £4.99 and the 2 x £%d.00 items were repriced. Your store balance is now $%s." % (rng.randint(10, 90), "{:,}".format(rng.randint(1000, 99999)) + ".%02d" % rng.randint(0, 99)))
    return c


def n_order_number(rng, sp):
    ref = dg(rng, rng.choice([8, 9, 10]))
    word = rng.choice(["order number", "order no.", "reference number", "ticket number", "case number", "claim number", "invoice number", "booking reference"])
    c = Case("chat/retail: long %s typed with its reference word (negative)" % word)
    shown = rng.choice([ref, " ".join([ref[:4], ref[4:]]), ref[:3] + "-" + ref[3:]])
    c.c("Hi, I'm chasing %s %s, it was due on %d %s." % (word, shown, rng.randint(1, 28), MONTHS[rng.randint(0, 11)].title()))
    c.a(rng.choice(["Thanks, I can see %s %s. It was updated yesterday at 16:42.", "Found it: %s %s, logged at 09:12 on the 3rd.",
                    "Thanks for that. %s %s is with the team, 2-3 working days."]) % (word, ref))
    return c


def n_ref_spoken(rng, sp):
    ref = dg(rng, rng.choice([7, 8, 9, 10]))
    word = rng.choice(["reference", "order number", "ticket number", "claim number", "complaint reference", "job number"])
    c = Case("call/%s: %d-digit %s spoken digit by digit / pairs, agent repeats (negative)" % (rng.choice(["telecom", "insurance", "utilities"]), len(ref), word))
    c.a("have you got %s %s for me" % ("an" if word[0] in "aeiou" else "a", word))
    c.c("yeah the %s is %s" % (word, rng.choice([sp.digits(ref, doubles=0.6), sp.pairs(ref)])))
    c.a("thank you so %s %s let me pull that up" % (word, sp.digits(ref, doubles=0)))
    return c


def n_ref_split(rng, sp):
    ref = dg(rng, 10)
    c = Case("call/insurance: 10-digit claim number split across turns with back-channels (negative)")
    c.a("what's the claim number")
    c.c("claim number %s" % sp.digits(ref[:4]))
    c.a("mhm")
    c.c(sp.digits(ref[4:7]))
    c.a("yep")
    c.c("%s that's the claim number on the letter" % sp.digits(ref[7:]))
    return c


def n_tracking(rng, sp):
    lt = lambda n: "".join(rng.choice("ABCDEHJKLMNPRSTWXYZ") for _ in range(n))
    trk = lt(2) + dg(rng, 9, "0123456789") + "GB"
    c = Case("chat/retail: Royal-Mail-style tracking number with its name (negative)")
    c.c("tracking number %s says delivered but nothing here" % trk)
    c.a("I'm sorry. Tracking %s shows a scan at %02d:%02d at the depot. I'll open a ticket." % (trk, rng.randint(6, 20), rng.randint(0, 59)))
    return c


def n_hours(rng, sp):
    c = Case("chat/%s: opening hours and callback windows that look phone-like (negative)" % rng.choice(["telecom", "banking", "utilities"]))
    c.c("when are you open")
    c.a(rng.choice(["We're open 0800-2000 Mon-Fri and 0900-1730 Sat.", "Lines are open 8am to 8pm, 7 days, and 24/7 for faults.",
                    "Mon-Fri 08:00 - 20:00, Sat 09:00 - 17:00, Sun 10:00 - 16:00.", "Our team works 9-5, 365 days a year, callbacks within 2-3 hrs."]))
    c.c("ok I'll call back about 12.30 then")
    return c


def n_hours_call(rng, sp):
    c = Case("call/banking: opening hours spoken as number strings (negative)")
    c.c("what time do you close")
    c.a("we're open from eight oh oh till twenty hundred monday to friday and nine till five thirty on saturday")
    c.c("so eight till eight yeah and nine to half five saturday")
    return c


def n_meter(rng, sp):
    e, g = dg(rng, 5, "0123456789"), dg(rng, 5)
    c = Case("call/utilities: meter readings read digit by digit (negative)")
    c.a("can i take a meter reading")
    c.c("electric is %s and the gas is %s" % (sp.digits(e, doubles=0.7), sp.digits(g, doubles=0.7)))
    c.a("so electric %s gas %s and the meter serial ends %s" % (e, g, sp.digits(dg(rng, 3))))
    return c


def n_meter_chat(rng, sp):
    c = Case("chat/utilities: meter readings, kWh and tariff rates typed (negative)")
    c.c("Reading today: E %s, G %s. Used %d kWh last month at %.2fp per kWh??" % (dg(rng, 6, "0123456789"), dg(rng, 5), rng.randint(150, 900), rng.uniform(20, 35)))
    c.a("Thanks, readings logged on %02d/%02d/2026. Standing charge is 53.35p/day." % (rng.randint(1, 28), rng.randint(1, 12)))
    return c


def n_appointment(rng, sp):
    d, m, h = rng.randint(1, 28), rng.randint(1, 12), rng.randint(8, 16)
    c = Case("call/healthcare billing: appointment and payment dates, times (negative)")
    c.a("your appointment is on the %s of %s at %s and the payment of %s pounds is due on the %s" % (
        ORD[d], MONTHS[m - 1], num_words(h if h <= 12 else h - 12) + rng.choice([" thirty", " fifteen", "", " o'clock"]),
        num_words(rng.randint(20, 300)), ORD[rng.randint(1, 28)]))
    c.c("the %s of %s %s yeah that's fine" % (ORD[d], MONTHS[m - 1], sp.year(2027)))
    return c


def n_dates_chat(rng, sp):
    c = Case("chat/%s: contract start, payment and renewal dates typed (negative)" % rng.choice(["telecom", "insurance"]))
    c.c("my contract started %02d/%02d/%d and the renewal is %d-%02d-%02d, direct debit goes out on the %dth" % (
        rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2025), rng.randint(2026, 2028), rng.randint(1, 12), rng.randint(1, 28), rng.randint(4, 28)))
    c.a("Thanks. I can see the last payment on %d %s 2026 and the next on %02d.%02d.2026." % (rng.randint(1, 28), MONTHS[rng.randint(0, 11)].title(), rng.randint(1, 28), rng.randint(1, 12)))
    return c


def n_last4(rng, sp):
    l4 = dg(rng, 4, "0123456789")
    c = Case("call/banking: card last-four mentions only (negative)")
    c.a("i can see a visa ending in %s and a mastercard ending %s which one" % (sp.digits(l4), sp.digits(dg(rng, 4, "0123456789"))))
    c.c("the one ending %s please" % sp.pairs(l4))
    c.a("great the card ending %s" % l4)
    return c


def n_last4_chat(rng, sp):
    c = Case("chat/retail: card last four and masked card typed (negative)")
    l4 = dg(rng, 4, "0123456789")
    c.c("use the card ending %s not the one ending in %s" % (l4, dg(rng, 4, "0123456789")))
    c.a("Done, charged to card **** **** **** %s, auth code %s." % (l4, dg(rng, 6)))
    return c


def n_model_serial(rng, sp):
    c = Case("chat/retail: model and serial numbers (negative)")
    serial = dg(rng, rng.choice([8, 10]))
    dev, model = rng.choice([("TV", "KD-55X85J"), ("washing machine", "WW90T534DAW"), ("TV", "UE43CU7100"),
                             ("router", "DGN2200v4"), ("laptop", "HP 250 G9"), ("laptop", "XPS 9315")])
    c.c("my %s model %s stopped working, serial no %s, bought %d" % (dev, model, serial, rng.randint(2019, 2025)))
    c.a("Thanks, serial %s is within the 24 month warranty." % serial)
    return c


def n_serial_call(rng, sp):
    serial = dg(rng, 10)
    c = Case("call/telecom: router serial number spoken digit by digit with its name (negative)")
    c.a("can you read me the serial number on the bottom of the router")
    c.c("serial number %s" % sp.digits(serial, doubles=0.6))
    c.a("and the model is it the %s" % rng.choice(["hub five", "hub two", "x three"]))
    return c


def n_travel(rng, sp):
    c = Case("chat/travel: flight, gate, seat and room numbers (negative)")
    c.c("flight %s%d on %d %s, seat %d%s, then room %d at the hotel" % (
        rng.choice(["BA", "EI", "FR", "UA", "LH"]), rng.randint(100, 9999), rng.randint(1, 28), MONTHS[rng.randint(0, 11)][:3].title(),
        rng.randint(1, 40), rng.choice("ABCDEF"), rng.randint(100, 1299)))
    c.a("Thanks. Check-in closes at %02d:%02d, gate %d, and the transfer takes about %d minutes." % (rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(1, 60), rng.randint(20, 90)))
    return c


def n_travel_call(rng, sp):
    c = Case("call/travel: flight number and times spoken (negative)")
    c.a("you're booked on flight e i %s departing at %s" % (sp.digits(dg(rng, 3)), rng.choice(["fourteen oh five", "nine fifty", "eighteen thirty", "six forty five"])))
    c.c("and what time does it land")
    c.a("%s local time terminal %s" % (rng.choice(["seventeen twenty", "twelve fifteen", "twenty two ten"]), UNITS[rng.randint(1, 5)]))
    return c


def n_speed(rng, sp):
    c = Case("chat/telecom: broadband speeds and data usage (negative)")
    c.c("paying for %d Mbps but speedtest shows %.1f down %.1f up, ping %dms, used %.1fGB" % (
        rng.choice([100, 500, 900]), rng.uniform(5, 80), rng.uniform(1, 20), rng.randint(8, 90), rng.uniform(10, 400)))
    c.a("Sorry about that. Line sync is %d/%d kbps so I'll book an engineer." % (rng.randint(10000, 80000), rng.randint(1000, 20000)))
    return c


def n_age_temp(rng, sp):
    c = Case("call/utilities: age, temperatures and years (negative)")
    c.c("my mother's %s and the boiler's been off since %s it's %s degrees in here" % (num_words(rng.randint(70, 96)), rng.choice(["tuesday", "the weekend", "last night"]), num_words(rng.randint(8, 14))))
    c.a("i'm sorry to hear that we'll prioritise it she's been with us since %s" % sp.year(rng.randint(1985, 2012)))
    return c


def n_percent(rng, sp):
    c = Case("call/banking: interest rates and percentages spoken (negative)")
    c.a("the rate is %s point %s percent apr for %s months then %s point nine" % (num_words(rng.randint(2, 29)), UNITS[rng.randint(1, 9)], num_words(rng.choice([12, 18, 24])), num_words(rng.randint(10, 30))))
    c.c("and how much is that a month on %s thousand" % num_words(rng.randint(2, 30)))
    return c


def n_duration(rng, sp):
    c = Case("call/telecom: durations and counts (negative)")
    c.c("i've been on hold %s minutes and this is the %s time i've called in %s days" % (num_words(rng.randint(20, 90)), rng.choice(["third", "fourth", "fifth"]), num_words(rng.randint(2, 14))))
    c.a("i do apologise it should take %s to %s working days and i've added %s pounds credit" % (UNITS[rng.randint(2, 4)], UNITS[rng.randint(5, 9)], num_words(rng.randint(5, 30))))
    return c


def n_invoice_chat(rng, sp):
    c = Case("chat/utilities: invoice and account-statement references with letters (negative)")
    c.c("Invoice INV-%d-%06d shows %d.%02d but statement %d/%d says different" % (rng.randint(2024, 2026), rng.randint(0, 999999), rng.randint(20, 400), rng.randint(0, 99), rng.randint(1, 12), rng.randint(2024, 2026)))
    c.a("Invoice INV-%d-%06d has been credited." % (rng.randint(2024, 2026), rng.randint(0, 999999)))
    return c


def n_version(rng, sp):
    c = Case("chat/telecom: software versions and error codes (negative)")
    c.c("app version %d.%d.%d on iOS %d.%d keeps giving error %s" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 99), rng.randint(15, 18), rng.randint(0, 6), rng.choice(["0x80070005", "4012", "E-1073", "502", "1001-7723"])))
    c.a("Please update to %d.%d and restart; the fix rolled out at 09:15." % (rng.randint(1, 12), rng.randint(0, 20)))
    return c


def n_voucher(rng, sp):
    c = Case("chat/retail: voucher expiry date and promo code (negative: 'expires' not a card)")
    c.a("Your voucher code SAVE%d expires %02d/%02d/%d and is worth £%d." % (rng.randint(10, 50), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2026, 2027), rng.randint(5, 50)))
    c.c("does the %d%% off one expire on the %d%s too" % (rng.randint(10, 40), rng.randint(4, 20), "th"))
    return c


def n_quantity(rng, sp):
    c = Case("call/retail: quantities and prices in an order (negative)")
    c.c("i ordered %s boxes of %s tiles at %s ninety nine each and only %s arrived" % (num_words(rng.randint(5, 40)), num_words(rng.choice([12, 24, 36])), num_words(rng.randint(10, 60)), num_words(rng.randint(1, 4))))
    c.a("so %s boxes missing i'll send them out item code %s" % (num_words(rng.randint(2, 9)), sp.digits(dg(rng, 6))))
    return c


def n_mileage(rng, sp):
    c = Case("call/insurance: mileage, car year, engine size and excess (negative)")
    c.a("what's the current mileage")
    c.c("about %s it's a %s %s point %s litre" % (num_words(rng.randint(12, 98) * 1000 + rng.randint(0, 999)), sp.year(rng.randint(2008, 2023)), UNITS[rng.randint(1, 3)], UNITS[rng.randint(0, 9)]))
    c.a("thanks the excess is %s pounds and the premium is %s" % (num_words(rng.choice([250, 350, 500])), num_words(rng.randint(300, 1900))))
    return c


def n_balance_spoken(rng, sp):
    bal = dg(rng, 5)
    c = Case("call/banking: balance and transaction amounts read as digits (negative)")
    c.a("your available balance is %s point %s" % (sp.digits(bal, doubles=0.6), sp.digits(dg(rng, 2, "0123456789"))))
    c.c("and the last transaction")
    c.a("%s pounds %s at tesco on the %s" % (num_words(rng.randint(3, 250)), num_words(rng.randint(1, 99)), ORD[rng.randint(1, 28)]))
    return c


def n_moved_in(rng, sp):
    c = Case("call/utilities: move-in date and years at address, no PII (negative)")
    c.a("when did you move in")
    c.c("the %s of %s %s so nearly %s years" % (ORD[rng.randint(1, 28)], rng.choice(MONTHS), sp.year(rng.randint(2015, 2024)), num_words(rng.randint(2, 9))))
    c.a("and the previous tenant left on the %s" % ORD[rng.randint(1, 28)])
    return c


def n_queue(rng, sp):
    c = Case("call/government services: queue position, wait times and form numbers (negative)")
    c.a("you're number %s in the queue estimated wait %s minutes" % (num_words(rng.randint(2, 40)), num_words(rng.randint(5, 50))))
    c.c("i just need form %s %s and the %s guidance" % (rng.choice(["p sixty", "p forty five", "s a one hundred", "c f ten"]), rng.choice(["for twenty twenty five", "for this year", ""]), sp.year(rng.randint(2024, 2026))))
    return c


def n_long_mixed(rng, sp):
    c = Case("chat/%s: many lookalike numbers in one conversation (negative)" % rng.choice(["telecom", "retail", "travel"]))
    c.c("Order %s (placed %d/%d/26 at %02d:%02d) was £%d.%02d for %d items" % (dg(rng, 9), rng.randint(1, 28), rng.randint(1, 12), rng.randint(0, 23), rng.randint(0, 59), rng.randint(20, 999), rng.randint(0, 99), rng.randint(2, 9)))
    c.a("Thanks! Ticket #%s raised. Refund of £%d.%02d in 3-5 days to the card ending %s." % (dg(rng, 7), rng.randint(20, 999), rng.randint(0, 99), dg(rng, 4, "0123456789")))
    c.c("ok and can u check order %s too, its the 2nd one, 65\" tv model QE65Q80C" % dg(rng, 10))
    c.a("Order %s is out for delivery between 13:00 and 15:00 today." % dg(rng, 10))
    return c


NEGATIVES = [
    (n_amount_digits, 5), (n_amount_chat, 4), (n_order_number, 7), (n_ref_spoken, 7), (n_ref_split, 4),
    (n_tracking, 4), (n_hours, 4), (n_hours_call, 2), (n_meter, 5), (n_meter_chat, 3), (n_appointment, 4),
    (n_dates_chat, 4), (n_last4, 4), (n_last4_chat, 3), (n_model_serial, 4), (n_serial_call, 3), (n_travel, 4),
    (n_travel_call, 3), (n_speed, 3), (n_age_temp, 3), (n_percent, 3), (n_duration, 3), (n_invoice_chat, 3),
    (n_version, 3), (n_voucher, 3), (n_quantity, 3), (n_mileage, 3), (n_balance_spoken, 4), (n_moved_in, 3),
    (n_queue, 2), (n_long_mixed, 4),
]


# ---------------------------------------------------------------- assembly
def build():
    rng = random.Random(SEED)
    sp = Speaker(rng)
    cases, problems = [], []
    for kind, table, prefix in (("positive", POSITIVES, "pos"), ("negative", NEGATIVES, "neg")):
        order = [f for f, n in table for _ in range(n)]
        k = 0
        for f in order:
            k += 1
            c = f(rng, sp)
            cid = "h120-%s-%03d" % (prefix, k)
            for g, idxs in c.groups.items():
                val = " ".join(c.turns[c.spans[i]["turn"]]["text"][c.spans[i]["start"]:c.spans[i]["end"]] for i in idxs)
                typ = c.spans[idxs[0]]["type"]
                ok, norm = validate(typ, val)
                if not ok:
                    problems.append("%s: %s value %r (normalised %r) invalid" % (cid, typ, val, norm))
            cases.append({"id": cid, "kind": kind, "turns": c.turns, "spans": c.spans if kind == "positive" else [], "note": c.note})
            if kind == "negative" and c.spans:
                problems.append("%s: negative has spans" % cid)
    return cases, problems


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_structure(cases):
    problems = []
    ids = Counter(c["id"] for c in cases)
    problems += ["duplicate id %s" % i for i, n in ids.items() if n > 1]
    for c in cases:
        if c["kind"] not in ("positive", "negative"):
            problems.append("%s: bad kind" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % c["id"])
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: turn out of range" % c["id"])
                continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                problems.append("%s: span %r not on word boundary" % (c["id"], text[a:b]))
            if text[a].isspace() or text[b - 1].isspace():
                problems.append("%s: span %r has edge whitespace" % (c["id"], text[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                problems.append("%s: overlapping spans" % c["id"])
            prev[s["turn"]] = b
    return problems


def check_leaks(cases):
    """negatives must not contain anything that is PII by construction."""
    problems = []
    for c in cases:
        for ti, t in enumerate(c["turns"]):
            text = t["text"]
            covered = [(s["start"], s["end"]) for s in c["spans"] if s["turn"] == ti]
            free = "".join(ch if not any(a <= k < b for a, b in covered) else " " for k, ch in enumerate(text))
            if "@" in free:
                problems.append("%s: unlabelled '@' in turn %d" % (c["id"], ti))
            for m in re.finditer(r"\d[\d \-]{11,}\d", free):
                d = re.sub(r"\D", "", m.group())
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    problems.append("%s: unlabelled Luhn-valid digit run %s" % (c["id"], d))
            if c["kind"] == "negative" and re.search(r"\b\d{3}-\d{2}-\d{4}\b", free):
                problems.append("%s: SSN-shaped string in negative" % c["id"])
    return problems


def summary(cases):
    pos = sum(c["kind"] == "positive" for c in cases)
    neg = len(cases) - pos
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return pos, neg, cnt


def readme(cases):
    pos, neg, cnt = summary(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return README_TMPL.format(pos=pos, neg=neg, total=len(cases), rows=rows, spans=sum(cnt.values()))


README_TMPL = """# PII hold-out set 120 (`pii_holdout120`)

**Never use this set for tuning.** It exists only to measure the redactor on data
its authors have not seen. Do not look at individual failures and patch rules for them.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its docs, the benchmark script or any other PII fixture; the
only data seen was a three-line example of the JSONL format. The cases are produced by
`scripts/make_pii_holdout120.py` (standard library only) from template functions; each turn
is assembled from plain-text segments and labelled value segments so offsets are computed,
never typed. All values come from one `random.Random(120241124)`, so the output is
byte-for-byte reproducible. `python scripts/make_pii_holdout120.py --check` regenerates the
set, compares it byte for byte, checks ids, offsets, word boundaries and overlaps, and
validates every labelled value after normalising spoken forms (Luhn for cards, mod-97 for
IBANs, NI number format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account, UK postcode and US ZIP shapes).

## Contents

{total} cases: {pos} positive, {neg} negative; {spans} labelled spans.

| type | spans |
|---|---|
{rows}

Chat cases are typed text (mixed case, separators, abbreviations). Call cases imitate an ASR
transcript: lower case, little punctuation, numbers as words ("oh", "o", "nought", "zero",
"double seven", "triple two", pairs such as "forty one eleven", years such as "nineteen
eighty six"), letters as plain letters, homophones ("see", "bee", "jay", "zed"), or
spelling alphabets ("b for bravo", "c as in charlie", "s for sugar"). Values are often split
over several customer turns with agent back-channels between them, read back by the agent,
or placed next to non-PII numbers (order, claim and ticket numbers, amounts, times, dates,
contract lengths, ages) that are deliberately left unlabelled.

Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
government services; UK, US, Ireland and EU (IBANs for GB, IE, DE, NL, FR, ES, IT, BE).

## Annotation conventions

* A span covers the value only: the digits / letters / number words of the value and
  anything *between* them (separators, spaces, "double", "for bravo", fillers such as "um"
  inside a reading). Lead-ins ("it's", "my number is", "sort code") and trailing words are
  outside.
* A value split over several turns gets one span per fragment, all with the same type.
* An agent read-back of a value is labelled too (it is the same PII).
* A customer's abandoned start of a card reading (correct first group, then "sorry let me
  start again") is labelled CARD_NUMBER. A false start with a *wrong* NI letter pair
  ("j m no sorry j as in juliet b for bravo ...") is not labelled.
* Digit homophones produced by ASR ("to", "for", "ate", "won") inside a reading are part
  of the span.
* EXPIRY spans cover month and year ("08/27", "oh eight twenty seven", "august twenty
  twenty eight"); CVV spans only the code digits.
* DOB spans cover the whole date including "the ... of"; other dates (appointments,
  payments, contract start, move-in dates) are never labelled.
* ADDRESS spans cover flat / house number and street name with its suffix; the town is not
  labelled, the postcode is a separate POSTCODE span.
* EMAIL spans cover the full address, typed or spoken with "dot" / "at" / "underscore".
* PHONE spans include a leading "+44" / "plus four four" where present.
* Negatives contain no PII at all: amounts (including ones read digit by digit), balances,
  order / ticket / claim / invoice / reference / job numbers of up to 10 digits said with
  their reference word, tracking numbers, opening hours, meter readings, serial and model
  numbers, flight / seat / room / gate numbers, speeds, ages, temperatures, percentages,
  versions and error codes, voucher expiry dates, appointment and payment dates, and card
  last-four mentions ("ending in four four one two"). A negative fails if anything in it is
  redacted.
"""


def main():
    cases, problems = build()
    problems += check_structure(cases)
    problems += check_leaks(cases)
    data = serialise(cases)
    text_readme = readme(cases)
    pos, neg, cnt = summary(cases)
    if pos < 170 or neg < 100:
        problems.append("too few cases: %d pos %d neg" % (pos, neg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    if "--check" in sys.argv[1:]:
        for path, want in ((CASES, data), (README, text_readme)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError as e:
                problems.append("cannot read %s: %s" % (path, e))
                continue
            if have != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
        # also re-parse the written file independently
        try:
            with open(CASES, encoding="utf-8") as fh:
                parsed = [json.loads(line) for line in fh]
            problems += check_structure(parsed)
        except Exception as e:  # noqa
            problems.append("cannot parse cases.jsonl: %s" % e)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text_readme)
    print("cases: %d (%d positive, %d negative)" % (len(cases), pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "FAILED (%d problems)" % len(problems))
    return 1 if problems else 0



# ---------------------------------------------------------------- extra templates (appended)
def asr_homophones(rng, words):
    rep = {"two": ["to", "too"], "four": ["for"], "eight": ["ate"], "one": ["won"]}
    out = []
    for w in words.split(" "):
        out.append(rng.choice(rep[w]) if w in rep and rng.random() < 0.45 else w)
    return " ".join(out)


def p_card_homophones(rng, sp):
    num, brand = make_card(rng, rng.choice(["visa", "mc", "disc"]))
    c = Case("call/%s: %s card with ASR homophones ('to', 'for', 'ate', 'won') for digits" % (rng.choice(["retail", "telecom", "travel"]), brand))
    c.a("could you read the card number for me")
    words = asr_homophones(rng, " ".join(sp.digits(g, doubles=0.3) for g in card_groups(num)))
    c.c(rng.choice(["yeah ", "okay so ", ""]), V(words, "CARD_NUMBER"))
    c.a("and the expiry")
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    c.c(V(sp.digits("%02d" % mm) + " " + sp.pair("%02d" % yy), "EXPIRY"))
    return c


def p_card_chitchat(rng, sp):
    num, brand = make_card(rng, rng.choice(["visa", "mc"]))
    c = Case("call/utilities: card reading interrupted by chit-chat mid-turn; fragments labelled, chit-chat with numbers not")
    g = c.gid()
    c.a("okay the card number please")
    c.c(V(sp.digits(num[:8]), "CARD_NUMBER", g), rng.choice([
        " sorry the dog's going mad he's only two ", " hang on my glasses are upstairs right ",
        " sorry i've got the kids at the door it's gone half three ", " ugh sorry that's the third call today "]),
        V(sp.digits(num[8:], doubles=0.6), "CARD_NUMBER", g))
    c.a("no problem at all")
    return c


def p_phone_beside_order(rng, sp):
    n = make_uk_mobile(rng) if rng.random() < 0.5 else make_us_phone(rng)
    order = dg(rng, 10)
    c = Case("call/retail: 10-digit order number (unlabelled) and phone (labelled) spoken in consecutive turns")
    c.a("can i have the order number and a phone number for the courier")
    c.c("order number is %s" % sp.digits(order, doubles=0.5))
    c.a("okay and the phone")
    c.c(rng.choice(["", "it's ", "mobile "]), V(sp.digits(n, uk=n.startswith("0"), doubles=0.5), "PHONE"))
    return c


def p_bank_beside_ref(rng, sp):
    sc, acct = dg(rng, 6), dg(rng, 8)
    ref = dg(rng, 8)
    c = Case("chat/insurance: payout reference (unlabelled) next to sort code and account (labelled)")
    c.a("Claim %s approved for £%d.%02d. Where should we pay it?" % (ref, rng.randint(100, 3000), rng.randint(0, 99)))
    c.c("Claim %s - pay to %s / " % (ref, rng.choice(["Sort code", "sc", "S.C."])), V("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
        " / acct ", V(acct, "BANK_ACCOUNT"), " thanks")
    return c


def p_address_hundreds(rng, sp):
    num = rng.randint(101, 999)
    st = rng.choice(STREETS_US).lower()
    c = Case("call/utilities: US street address with house number in words ('two hundred and twelve') and apartment")
    c.a("service address please")
    c.c(V("%s %s" % (num_words(num), st), "ADDRESS"), " apartment %s %s" % (num_words(rng.randint(2, 30)), rng.choice(TOWNS_US).lower()))
    c.a("and the zip")
    c.c(V(sp.pairs(rng.choice(US_ZIP)[:4], uk=False) + " " + UNITS[rng.randint(0, 9)], "POSTCODE"))
    return c


def p_cvv_readback(rng, sp):
    cvv = dg(rng, 3, "0123456789")
    mm, yy = rng.randint(1, 12), rng.randint(26, 31)
    c = Case("call/travel: expiry and CVV in one turn with a price nearby, agent repeats expiry")
    c.a("the total is %s euro %s what's the expiry and security code" % (num_words(rng.randint(120, 900)), num_words(rng.randint(10, 99))))
    c.c("expiry ", V(sp.pair("%02d" % mm) + " " + sp.pair("%02d" % yy), "EXPIRY"), " and the code on the back is ", V(sp.digits(cvv), "CVV"))
    c.a("thanks that's ", V(MONTHS[mm - 1] + " " + sp.year(2000 + yy), "EXPIRY"))
    return c


def p_dob_chat_born(rng, sp):
    y, m, d = rng.randint(1940, 2003), rng.randint(1, 12), rng.randint(1, 28)
    c = Case("chat/banking: DOB typed informally after 'born', account opening date also typed (unlabelled)")
    c.c("i opened the account on %d/%d/2019, born " % (rng.randint(1, 28), rng.randint(1, 12)), V(rng.choice(["%d/%d/%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1], y), "%s %d %d" % (MONTHS[m - 1][:3].title(), d, y)]), "DOB"),
        " if that helps")
    return c


def p_ni_split_chit(rng, sp):
    ni = make_ni(rng)
    c = Case("call/government services: NI number after a wrong-letter false start (false start unlabelled), then agent read-back")
    g = c.gid()
    c.a("what's your national insurance number")
    wrong = rng.choice([x for x in "ABCEGHJKLMNPRSTWXYZ" if x != ni[1] and ni[0] + x not in NI_BAD])
    c.c(ni[0].lower() + " " + wrong.lower() + " no sorry ", V(say_letter(rng, ni[0], "nato") + " " + say_letter(rng, ni[1], "nato") + " " + sp.pairs(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER", g))
    c.a("so ", V(" ".join(ch.lower() if ch.isalpha() else sp.digit(ch) for ch in ni), "NI_NUMBER"))
    c.c("that's it yeah")
    return c


def n_contract_end(rng, sp):
    c = Case("chat/telecom: contract end and bill dates in MM/YY-like form (negative, not card expiry)")
    c.c("my contract ends %02d/%d and I want to leave, bill date is the %dth" % (rng.randint(1, 12), rng.randint(2026, 2028), rng.randint(4, 28)))
    c.a("Your minimum term ends %02d/%d; early exit fee would be £%d.%02d." % (rng.randint(1, 12), rng.randint(2026, 2028), rng.randint(20, 300), rng.randint(0, 99)))
    return c


def n_parcel(rng, sp):
    c = Case("chat/retail: parcel weight, dimensions, store and locker numbers (negative)")
    c.c("parcel is %.1fkg, %d x %d x %d cm, collecting from store %d locker %d" % (rng.uniform(0.5, 25), rng.randint(20, 120), rng.randint(20, 80), rng.randint(5, 60), rng.randint(100, 9999), rng.randint(1, 80)))
    c.a("Thanks, collection code valid for 7 days, until 18:00 on the %dth." % rng.randint(4, 28))
    return c


def n_amount_split(rng, sp):
    amt = dg(rng, 4)
    c = Case("call/insurance: premium amount read digit by digit across turns with back-channels (negative)")
    c.a("the annual premium comes to %s pounds %s" % (num_words(int(amt)), num_words(rng.randint(10, 99))))
    c.c("sorry can you read that out slowly")
    c.a("%s" % sp.digits(amt[:2]))
    c.c("mhm")
    c.a("%s point %s pounds in total or %s a month" % (sp.digits(amt[2:]), sp.digits(dg(rng, 2, "0123456789")), num_words(rng.randint(20, 150))))
    return c


def n_reading_pairs(rng, sp):
    r = dg(rng, 6)
    c = Case("call/utilities: water meter reading of six digits read as pairs (looks like sort code, negative)")
    c.a("what's the reading on the water meter")
    c.c("the water meter reading is %s" % sp.pairs(r))
    c.a("thank you reading %s cubic metres logged for the %s" % (sp.digits(r, doubles=0), ORD[rng.randint(1, 28)]))
    return c


POSITIVES += [(p_card_homophones, 5), (p_card_chitchat, 4), (p_phone_beside_order, 5), (p_bank_beside_ref, 4),
              (p_address_hundreds, 4), (p_cvv_readback, 5), (p_dob_chat_born, 4), (p_ni_split_chit, 4)]
NEGATIVES += [(n_contract_end, 4), (n_parcel, 3), (n_amount_split, 4), (n_reading_pairs, 4)]



def p_email_spelled(rng, sp):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    sep = rng.choice([".", "-", ""])
    e = f + sep + l + "@" + dom
    sep_w = {".": " dot ", "-": " dash ", "": " "}[sep]
    spelled = " ".join(l)
    spelled = re.sub(r"(\w) \1", r"double \1", spelled)
    c = Case("call/%s: email with surname spelled letter by letter, agent confirms typed form" % rng.choice(["insurance", "government services", "telecom"]))
    c.a("what's the best email")
    c.c(rng.choice(["it's ", "um "]), V(f + sep_w + l + " at " + " dot ".join(dom.split(".")), "EMAIL"))
    c.a("can you spell the surname")
    c.c(spelled)
    c.a("so that's ", V(e, "EMAIL"), " lovely")
    return c


def p_iban_beside_invoice(rng, sp):
    ib = make_iban(rng, rng.choice(["IE", "DE", "FR", "ES", "NL"]))
    inv = dg(rng, 8)
    c = Case("chat/utilities: SEPA refund; invoice number and amount (unlabelled) right before IBAN (labelled)")
    c.c("Invoice %s was paid twice (EUR %d,%02d). Please refund to %s" % (inv, rng.randint(40, 900), rng.randint(0, 99), rng.choice(["IBAN ", "", "my account IBAN: "])),
        V(group4(ib), "IBAN"), rng.choice(["", ".", " - thank you"]))
    return c


def p_postcode_beside_flight(rng, sp):
    pc = rng.choice([p for p in UK_PC if "O" not in p])
    c = Case("call/travel: flight number and time (unlabelled) then home postcode (labelled) in one turn")
    c.a("which flight was the bag lost on and what's your home postcode")
    fl = rng.choice(["b a", "e i", "u a", "f r"]) + " " + sp.digits(dg(rng, 3))
    c.c("it was %s landing at %s and my postcode is " % (fl, rng.choice(["seven fifteen", "twenty one forty", "half six"])), V(say_alnum(sp, pc, "plain"), "POSTCODE"))
    return c


def p_ssn_beside_amount(rng, sp):
    s = make_ssn(rng)
    amt = dg(rng, 4)
    c = Case("call/government services: benefit amount read digit by digit (unlabelled) then SSN over two turns")
    c.a("the payment was %s dollars can i verify your social" % sp.digits(amt, uk=False, doubles=0))
    g = c.gid()
    c.c(rng.choice(["sure it's ", "yeah "]), V(sp.digits(s[:5], uk=False), "SSN", g))
    c.a("uh huh")
    c.c(V(sp.digits(s[5:], uk=False), "SSN", g), " and usually it's only about %s dollars a month" % num_words(rng.randint(300, 1900)))
    return c


POSITIVES += [(p_email_spelled, 6), (p_iban_beside_invoice, 3), (p_postcode_beside_flight, 3), (p_ssn_beside_amount, 4)]



def p_phone_intl_call(rng, sp):
    kind = rng.choice(["ie", "uk", "us"])
    if kind == "ie":
        n = make_ie_mobile(rng)[1:]; cc = "plus three five three"
    elif kind == "uk":
        n = make_uk_mobile(rng)[1:]; cc = rng.choice(["plus four four", "double oh four four"])
    else:
        n = make_us_phone(rng); cc = "plus one"
    c = Case("call/travel: international phone spoken with country code, roaming charge amount nearby")
    c.a("we'll text you the new booking what number are you on while you're away")
    c.c(rng.choice(["my mobile is ", "it's ", "um it's "]), V(cc + " " + sp.digits(n, uk=(kind != "us"), doubles=0.6, fillers=0.15), "PHONE"))
    c.a("thanks roaming texts cost %s cents each" % num_words(rng.randint(5, 40)))
    return c


POSITIVES += [(p_phone_intl_call, 5)]


if __name__ == "__main__":
    sys.exit(main())

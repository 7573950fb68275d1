#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h49.

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout49.py          # write fixture + README
    python scripts/make_pii_holdout49.py --check  # regenerate and verify
Standard library only. Output is byte-for-byte reproducible (seed 49241123).
"""
import json
import os
import random
import re
import sys

SEED = 49241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout49")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
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
ZEROS = ["zero", "oh", "o", "nought", "zero", "oh"]


def zero_word(zstyle=None):
    return zstyle or R.choice(ZEROS)


def unit_word(d, zstyle=None):
    return zero_word(zstyle) if d == "0" else UNITS[int(d)]


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + R.choice([" ", " ", "-"]) + UNITS[b] if False else TENS[a] + " " + UNITS[b]


def speak(digits, style="mixed", zstyle=None, sep=" ", final=True):
    """Spell a digit string the way a caller / ASR would."""
    out = []
    i = 0
    n = len(digits)
    while i < n:
        d = digits[i]
        if style != "single":
            if i + 2 < n and digits[i + 1] == d and digits[i + 2] == d and R.random() < 0.7:
                out.append("triple " + unit_word(d, zstyle))
                i += 3
                continue
            if i + 1 < n and digits[i + 1] == d and R.random() < 0.75:
                out.append("double " + unit_word(d, zstyle))
                i += 2
                continue
            if style in ("mixed", "pairs") and i + 1 < n and d != "0" and (digits[i + 1] != "0" or (i + 2 == n and final)) and R.random() < (0.35 if style == "mixed" else 0.8):
                out.append(pair_word(digits[i:i + 2]))
                i += 2
                continue
            if style == "mixed" and final and i + 3 == n and d != "0" and digits[i + 1] == "0" and digits[i + 2] == "0" and R.random() < 0.5:
                out.append(UNITS[int(d)] + " hundred")
                i += 3
                continue
        out.append(unit_word(d, zstyle))
        i += 1
    return sep.join(out)


def speak_groups(groups, style="mixed", zstyle=None, joiner=" "):
    return joiner.join(speak(g, style, zstyle, final=(gi == len(groups) - 1)) for gi, g in enumerate(groups))


LETTER_NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
               "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
               "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
               "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
LETTER_FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "g": "george",
               "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
               "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
               "x": "xmas", "y": "yellow", "z": "zebra"}
LETTER_HOMO = {"a": "a", "b": "bee", "c": "see", "d": "dee", "e": "e", "g": "gee", "h": "aitch",
               "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "r": "are",
               "s": "s", "t": "tee", "w": "w", "x": "ex", "y": "why", "z": "zed"}
HOMO_REV = {v: k for k, v in LETTER_HOMO.items()}
HOMO_REV.update({"sea": "c", "tea": "t", "zee": "z", "eh": "a", "ay": "a", "be": "b"})
NATO_REV = {}
for dct in (LETTER_NATO, LETTER_FOLK):
    for k, v in dct.items():
        NATO_REV[v] = k


def speak_letter(ch, mode=None):
    ch = ch.lower()
    mode = mode or R.choice(["plain", "plain", "homo", "nato", "folk"])
    if mode == "nato" and ch in LETTER_NATO:
        return "%s for %s" % (ch, LETTER_NATO[ch])
    if mode == "folk" and ch in LETTER_FOLK:
        return "%s for %s" % (ch, LETTER_FOLK[ch])
    if mode == "homo" and ch in LETTER_HOMO:
        return LETTER_HOMO[ch]
    return ch


# ---------------------------------------------------------------- normalising
WORD_DIG = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2",
                 "too": "2", "for": "4", "ate": "8"})
TEEN_DIG = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_DIG = {v: str(k) for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "sorry", "and", "dash", "hyphen", "space", "then", "its",
           "it", "s", "is", "the", "ah", "hmm", "no", "wait", "sorry", "like", "slash", "break"}


def spoken_to_digits(text, keep_letters=False, strict=True):
    """Turn spoken / typed digits into a digit string. Returns None on unknown words when strict."""
    text = text.lower().replace("-", " ").replace("x ray", "xray")
    toks = re.findall(r"[a-z]+|[0-9]+", text)
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if keep_letters and nxt == "for" and i + 2 < len(toks) and len(t) == 1 and t.isalpha():
            out.append(t.upper())
            i += 3
            continue
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
            mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in TENS_DIG:
            if nxt in WORD_DIG and nxt not in ("oh", "o", "nought", "nil", "zero", "for", "to", "too"):
                out.append(TENS_DIG[t] + WORD_DIG[nxt])
                i += 1
            else:
                out.append(TENS_DIG[t] + "0")
        elif t in TEEN_DIG:
            out.append(TEEN_DIG[t])
        elif t == "hundred":
            if nxt == "and":
                i += 1
                nxt = toks[i + 1] if i + 1 < len(toks) else None
            if nxt in TENS_DIG or nxt in TEEN_DIG:
                pass
            elif nxt in WORD_DIG and nxt not in ("oh", "o", "nought", "zero"):
                out.append("0")
            else:
                out.append("00")
        elif t in WORD_DIG and not (keep_letters and t == "o" and False):
            out.append(WORD_DIG[t] * mult)
            mult = 1
        elif keep_letters and (len(t) == 1 or t in HOMO_REV):
            out.append((t if len(t) == 1 else HOMO_REV[t]).upper())
        elif t in FILLERS:
            pass
        elif strict:
            return None
        i += 1
    return "".join(out)


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(s):
    s = re.sub(r"[^0-9A-Za-z]", "", s).upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[0-9A-Z]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_BAD_FIRST = set("DFIQUV")
NI_BAD_SECOND = set("DFIOQUV")
NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def ni_ok(v):
    typed = re.sub(r"[^A-Za-z0-9]", "", v).upper()
    s = typed if re.fullmatch(r"[A-Z]{2}[0-9]{6}[A-Z]", typed) else spoken_to_digits(v, keep_letters=True)
    if s is None:
        return False
    s = s.upper()
    m = re.fullmatch(r"([A-Z])([A-Z])([0-9]{6})([A-D])", s)
    if not m:
        return False
    return (m.group(1) not in NI_BAD_FIRST and m.group(2) not in NI_BAD_SECOND
            and m.group(1) + m.group(2) not in NI_BAD_PREFIX)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
UK_PC = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
STREET_WORDS = ("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
                "way", "court", "place", "crescent", "terrace", "boulevard", "blvd", "grove", "gardens",
                "row", "hill", "park", "square", "strasse", "straße", "rue", "calle", "view", "walk")


def validate(value, typ):
    low = value.lower()
    if typ == "CARD_NUMBER":
        d = spoken_to_digits(value)
        return d is not None and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = spoken_to_digits(value)
        return d is not None and len(d) in (3, 4)
    if typ == "SSN":
        d = spoken_to_digits(value)
        return d is not None and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" \
            and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        return ni_ok(value)
    if typ == "BANK_ACCOUNT":
        d = spoken_to_digits(value)
        return d is not None and 8 <= len(d) <= 12
    if typ == "SORT_CODE":
        d = spoken_to_digits(value)
        return d is not None and len(d) == 6
    if typ == "IBAN":
        return iban_ok(value)
    if typ == "PHONE":
        d = spoken_to_digits(low.replace("+", " ").replace("plus", " ").replace("(", " ").replace(")", " "))
        return d is not None and 10 <= len(d) <= 14
    if typ == "EMAIL":
        if "@" in value:
            return re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", value) is not None
        return " at " in low and " dot " in low
    if typ == "EXPIRY":
        if any(m in low for m in MON3):
            return True
        d = spoken_to_digits(value)
        return d is not None and len(d) in (3, 4, 6) and 1 <= int(d[:2] if len(d) != 3 else d[0]) <= 12
    if typ == "DOB":
        if any(m in low for m in MON3):
            return re.search(r"\d|" + "|".join(UNITS[1:] + TEENS + list(TENS.values())) , low) is not None
        return re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}", value) is not None
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(-\d{4})?", value):
            return True
        if re.fullmatch(r"[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2}", value):
            return True
        s = spoken_to_digits(value, keep_letters=True)
        return s is not None and (UK_PC.fullmatch(s.upper()) is not None or re.fullmatch(r"\d{5}", s) is not None)
    if typ == "ADDRESS":
        has_num = re.search(r"\d", value) or any(w in low.split() for w in UNITS + TEENS + list(TENS.values()))
        return bool(has_num) and any(w in re.findall(r"[a-zß]+", low) for w in STREET_WORDS)
    return False


# ---------------------------------------------------------------- value makers
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rdig(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + rdig(1), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa19":
        return luhn_complete("4", 19)
    if kind == "visa13":
        return luhn_complete("4", 13)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_card_with_repeats():
    for _ in range(500):
        c = make_card("visa")
        if re.search(r"(\d)\1", c):
            return c
    return c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = [c for c in "ABCEGHJKLMNPRSTWXYZ"]
NI_SECOND = [c for c in "ABCEGHJKLMNPRSTWXYZ"]


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD_PREFIX:
            return p, rdig(6), R.choice("ABCD")


def make_sort():
    return R.choice(["20", "40", "60", "30", "77", "83", "09", "11", "16", "23"]) + rdig(4)


def make_acct(n=8):
    return str(R.randint(1, 9)) + rdig(n - 1)


IBAN_SPECS = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + make_sort() + rdig(8),
              "IE": lambda: R.choice(["AIBK", "BOFI"]) + "93" + rdig(4) + rdig(8),
              "DE": lambda: rdig(18),
              "FR": lambda: rdig(10) + rdig(11) + rdig(2),
              "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + rdig(10),
              "ES": lambda: rdig(20)}


def make_iban(cc=None):
    cc = cc or R.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[cc]()
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "niamh", "li", "carlos", "emma",
         "oluwaseun", "grace", "dev", "hannah", "pierre", "siobhan", "marta", "kwame", "jo", "rachel"]
LAST = ["smith", "okafor", "murphy", "patel", "nguyen", "garcia", "obrien", "kowalski", "jones",
        "walsh", "singh", "brennan", "lopez", "davies", "mueller", "hughes", "khan", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net",
           "btinternet.com", "protonmail.com", "aol.com", "web.de"]
STREETS = ["Elm Street", "Station Road", "Church Lane", "Oak Avenue", "Maple Drive", "High Street",
           "Victoria Road", "Mill Lane", "Park Crescent", "Kings Way", "Beech Grove", "Willow Close",
           "Main Street", "Cedar Court", "Orchard Terrace", "Sunset Boulevard", "Harbour View",
           "Meadow Walk", "Queens Gardens", "Bridge Street"]
UK_PCS = ["SW1A 2BB", "M1 1AE", "B33 8TH", "CR2 6XH", "LS1 4AP", "EH1 2NG", "CF10 1EP", "BS8 1TH",
          "NE1 7RU", "G12 8QQ", "L18 2HB", "OX4 1JD", "BT7 1NN", "EC1A 1BB", "W1T 3JH", "NG7 2RD",
          "PL4 8AA", "SE15 5HE", "DN5 7XY", "KT19 8PE", "RG1 3EH", "TN13 2AB"]
US_ZIPS = ["60614", "94110", "10027", "30309", "78704", "02139", "98103", "80205", "33139", "19104",
           "48226", "85004", "97214", "55408", "20009", "37203"]


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "initial"])
    n = str(R.randint(1, 99))
    user = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + n,
            "f.l99": f + "." + l + n, "initial": f[0] + "." + l}[style]
    return user, R.choice(DOMAINS)


def spoken_email(user, dom):
    def sp(part):
        words = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                words.append("dot")
            elif tok == "_":
                words.append("underscore")
            elif tok == "":
                continue
            elif tok.isdigit():
                words.append(speak(tok, "pairs"))
            else:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                w = m.group(1)
                words.append(" ".join(w) if len(w) <= 2 else w)
                if m.group(2):
                    words.append(speak(m.group(2), "pairs"))
        return " ".join(words)
    return sp(user) + " at " + sp(dom)


def uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + rdig(8)


def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def ie_mobile():
    return "08" + R.choice(["3", "5", "6", "7", "9"]) + rdig(7)


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def ordinal(n):
    ords = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
            8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
            14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
            19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
    if n in ords:
        return ords[n]
    return TENS[n // 10] + " " + ords[n % 10]


def spoken_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + pair_word(str(y)[2:]),
                         "two thousand " + (UNITS[y % 10] if y < 2010 else pair_word(str(y)[2:]))])
    last = str(y)[2:]
    tail = pair_word(last) if last[0] != "0" else "oh " + UNITS[int(last[1])]
    return "nineteen " + tail


def spoken_dob(d, m, y):
    st = R.choice(["dmy", "mdy", "ofm"])
    mon = MONTHS[m - 1]
    if st == "dmy":
        return "%s %s %s" % (ordinal(d), mon, spoken_year(y))
    if st == "mdy":
        return "%s %s %s" % (mon, ordinal(d), spoken_year(y))
    return "the %s of %s %s" % (ordinal(d), mon, spoken_year(y))


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def turn(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def pick(*xs):
    return R.choice(xs)


def ch(*xs):
    return R.choice(xs)


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]

# ---------------------------------------------------------------- positive templates
POS = []


def pos(fn):
    POS.append(fn)
    return fn


@pos
def card_spoken_single():
    c = make_card()
    ind = ch("telecom", "utilities", "insurance", "retail")
    k = Case("positive", "call/%s: card read digit by digit in one turn, zero as oh/o/nought/zero" % ind)
    k.a(ch("and the long number across the front of the card please", "can i take the card number",
           "go ahead with the sixteen digits when you're ready"))
    k.c(ch("yeah it's ", "okay so ", "right ", "um "), (speak(c, "single"), "CARD_NUMBER"))
    return k


@pos
def card_spoken_mixed():
    c = make_card_with_repeats()
    k = Case("positive", "call/%s: card with double/pair forms (e.g. 'forty one eleven')" % ch(*IND[:5]))
    k.a("what's the card number")
    k.c(ch("it's ", "so it's ", ""), (speak_groups(card_groups(c), "mixed"), "CARD_NUMBER"),
        ch("", " and do you need the expiry", " that's a visa"))
    return k


@pos
def card_split_turns():
    c = make_card()
    g = card_groups(c)
    k = Case("positive", "call/%s: card split over customer turns with back-channels" % ch(*IND))
    k.a(ch("okay whenever you're ready with the card number", "can you read me the card number"))
    bcs = ["mhm", "okay go on", "yep", "got that", "uh huh", "yes", "okay"]
    for i, grp in enumerate(g):
        pre = ch("", "", "um ", "then ", "right ") if i else ch("okay ", "so ", "yeah ", "")
        k.c(pre, (speak(grp, ch("single", "mixed")), "CARD_NUMBER"))
        if i < len(g) - 1:
            k.a(ch(*bcs))
    k.a("thank you")
    return k


@pos
def card_typed():
    c = make_card()
    g = card_groups(c)
    fmt = ch("space", "dash", "none", "dot", "mixed", "double_space")
    val = {"space": " ".join(g), "dash": "-".join(g), "none": c, "dot": ".".join(g),
           "mixed": g[0] + " " + "-".join(g[1:]) if len(g) > 2 else " ".join(g),
           "double_space": "  ".join(g)}[fmt]
    k = Case("positive", "chat/%s: card typed with %s separators" % (ch("retail", "travel", "telecom", "banking"), fmt))
    k.c(ch("hi can i pay my bill by card please", "Hello, I need to update the card on my account",
           "hey my payment failed can i give a different card"))
    k.a(ch("Sure, please type the full card number.", "Of course, what is the long card number?"))
    k.c(ch("its ", "card no: ", "", "ok here: ", "number is "), (val, "CARD_NUMBER"),
        ch("", " thanks", " exp to follow", " - it's a debit card"))
    return k


@pos
def card_correction():
    c = make_card()
    g = card_groups(c)
    wrong = g[1][:2] + str((int(g[1][2]) + 3) % 10) + g[1][3:]
    k = Case("positive", "call/%s: caller self-corrects mid card; both attempts labelled" % ch(*IND[:5]))
    k.a("go ahead with the card number")
    k.c((speak(g[0], "single"), "CARD_NUMBER"), " ", (speak(wrong, "single"), "CARD_NUMBER"),
        " no sorry ", (speak(g[1], "single"), "CARD_NUMBER"), " ",
        (speak_groups(g[2:], "single"), "CARD_NUMBER"))
    return k


@pos
def card_readback():
    c = make_card()
    g = card_groups(c)
    cv = rdig(3)
    k = Case("positive", "call/%s: agent reads card back, then CVV" % ch(*IND))
    k.c("the card number is ", (speak_groups(g, ch("single", "mixed")), "CARD_NUMBER"))
    k.a("let me just read that back ", (speak_groups(g, "single"), "CARD_NUMBER"), " is that right")
    k.c("yes that's it")
    k.a("and the three digit security code on the back")
    k.c((speak(cv, ch("single", "mixed")), "CVV"))
    return k


@pos
def card_with_amount():
    c = make_card()
    amt = "%d.%02d" % (R.randint(10, 900), R.randint(0, 99))
    k = Case("positive", "chat/%s: card next to payment amount and reference (amount not labelled)" % ch("utilities", "retail"))
    k.c("pls take £", amt, " off my card ", (" ".join(card_groups(c)), "CARD_NUMBER"),
        " for invoice ", str(R.randint(100000, 999999)))
    return k


@pos
def card_last_digits_homophones():
    c = make_card()
    g = card_groups(c)
    s = speak_groups(g, "single", zstyle="oh")
    s = s.replace("four", "for", 1) if "four" in s else s
    s = s.replace("two", "to", 1) if "two" in s else s
    k = Case("positive", "call/%s: ASR homophones ('for', 'to', 'oh') inside card" % ch(*IND))
    k.a("can i have the number on the card")
    k.c(ch("yep it's ", "sure "), (s, "CARD_NUMBER"))
    return k


@pos
def card_expiry_cvv_typed():
    c = make_card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = ch("%02d/%d" % (mm, yy), "%02d-%d" % (mm, yy), "%02d/20%d" % (mm, yy), "%02d%d" % (mm, yy))
    cv = rdig(ch(3, 3, 4))
    k = Case("positive", "chat/%s: card, expiry and cvv on one line" % ch("retail", "travel"))
    k.c(("".join(card_groups(c)) if R.random() < 0.5 else " ".join(card_groups(c)), "CARD_NUMBER"),
        ch(" exp ", " expiry ", ", exp: "), (exp, "EXPIRY"), ch(" cvv ", " sec code ", " cvc "), (cv, "CVV"))
    return k


@pos
def expiry_spoken():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    form = ch("digits", "month")
    if form == "digits":
        v = speak("%02d" % mm, "single", zstyle=ch("oh", "zero")) + " " + pair_word(str(yy))
    else:
        v = MONTHS[mm - 1] + " " + ch("twenty " + pair_word(str(yy)), "twenty " + pair_word(str(yy)))
    cv = rdig(3)
    k = Case("positive", "call/%s: expiry spoken then cvv" % ch(*IND))
    k.a("and the expiry date")
    k.c(ch("it's ", "um ", "expires "), (v, "EXPIRY"))
    k.a("lovely and the last three digits on the back")
    k.c((speak(cv, "single"), "CVV"), ch("", " i think", " yeah"))
    return k


@pos
def ssn_spoken():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN spoken in 3-2-4 groups" % ch("banking", "insurance", "healthcare billing", "government services"))
    k.a(ch("for verification can i get your social security number", "can you confirm your social please"))
    k.c(ch("sure it's ", "yeah ", "okay "), (speak_groups([s[:3], s[3:5], s[5:]], ch("single", "mixed", "pairs"), joiner=ch(" ", " ", " dash ")), "SSN"))
    return k


@pos
def ssn_typed():
    s = make_ssn()
    fmt = ch("dash", "space", "none", "dot", "slash")
    v = {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s", "slash": "%s/%s/%s"}[fmt] % (s[:3], s[3:5], s[5:])
    k = Case("positive", "chat/%s: SSN typed with %s separators" % (ch("banking", "insurance", "government services"), fmt))
    k.a("To verify, please provide your Social Security number.")
    k.c(ch("ok ", "ssn ", "its ", "sure - ", ""), (v, "SSN"))
    return k


@pos
def ssn_split():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN split across turns with agent back-channels" % ch("banking", "healthcare billing", "government services"))
    k.a("what's your social security number")
    k.c(ch("okay first three ", "it's ", "um "), (speak(s[:3], ch("single", "mixed")), "SSN"))
    k.a(ch("mhm", "okay", "go on"))
    k.c((speak(s[3:5], ch("single", "pairs")), "SSN"))
    k.a(ch("yep", "uh huh"))
    k.c((speak(s[5:], ch("single", "mixed", "pairs")), "SSN"))
    return k


@pos
def ssn_readback_correction():
    s = make_ssn()
    bad = s[:5] + s[5:8] + str((int(s[8]) + 1) % 10)
    k = Case("positive", "call/%s: agent reads SSN back wrong, caller corrects last four" % ch("banking", "insurance", "government services"))
    k.c("my social is ", (speak(s, "single"), "SSN"))
    k.a("okay i've got ", (speak(bad, "single"), "SSN"))
    k.c("no the last four are ", (speak(s[5:], ch("single", "pairs")), "SSN"))
    return k


@pos
def ssn_last4_dob():
    s = make_ssn()
    d, m, y = make_dob()
    k = Case("positive", "call/%s: full SSN plus DOB in one turn" % ch("healthcare billing", "insurance"))
    k.a("can i get the patient's date of birth and social")
    k.c("date of birth is ", (spoken_dob(d, m, y), "DOB"), " and social is ",
        (speak_groups([s[:3], s[3:5], s[5:]], "mixed"), "SSN"))
    return k


@pos
def ssn_typo_chat():
    s = make_ssn()
    v = "%s - %s - %s" % (s[:3], s[3:5], s[5:])
    k = Case("positive", "chat/%s: SSN with spaced dashes and chit-chat" % ch("banking", "government services"))
    k.c(ch("my ss# is ", "SSN: ", "social sec no "), (v, "SSN"), ch(" and i've been on hold 40 mins", " pls hurry", ""))
    return k


def ni_spoken(p, digs, suf):
    mode = ch("plain", "homo", "nato", "folk", "mixed")
    def L(x):
        return speak_letter(x, None if mode == "mixed" else mode)
    dstyle = ch("single", "pairs", "mixed")
    if dstyle == "pairs":
        d = speak_groups([digs[0:2], digs[2:4], digs[4:6]], "pairs")
    else:
        d = speak(digs, dstyle)
    return "%s %s %s %s" % (L(p[0]), L(p[1]), d, L(suf))


@pos
def ni_spoken_one():
    p, d, s = make_ni()
    k = Case("positive", "call/%s: NI number spoken, letters plain/homophone/phonetic" % ch("government services", "banking", "insurance", "utilities"))
    k.a(ch("and your national insurance number please", "can you confirm your ni number"))
    k.c(ch("yeah it's ", "it's ", "um ", ""), (ni_spoken(p, d, s), "NI_NUMBER"))
    return k


@pos
def ni_typed():
    p, d, s = make_ni()
    fmt = ch("spaced", "compact", "lower", "pairs_dash", "mixed")
    v = {"spaced": "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), "compact": p + d + s,
         "lower": (p + d + s).lower(), "pairs_dash": "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s),
         "mixed": "%s %s %s" % (p.lower(), d, s)}[fmt]
    k = Case("positive", "chat/%s: NI number typed (%s)" % (ch("government services", "banking", "insurance"), fmt))
    k.a("Could you please provide your National Insurance number?")
    k.c(ch("", "sure ", "NI no. ", "its "), (v, "NI_NUMBER"), ch("", " thanks", " x"))
    return k


@pos
def ni_split():
    p, d, s = make_ni()
    k = Case("positive", "call/%s: NI number split: letters, digits, suffix over turns" % ch("government services", "insurance", "banking"))
    k.a("what's your national insurance number")
    k.c(ch("it starts ", "okay ", ""), (speak_letter(p[0], "nato") + " " + speak_letter(p[1], "nato"), "NI_NUMBER"))
    k.a(ch("mhm", "okay yep"))
    k.c((speak_groups([d[:2], d[2:4], d[4:]], ch("pairs", "single")), "NI_NUMBER"))
    k.a("and the letter at the end")
    k.c(ch("", "it's ", "that's "), (speak_letter(s, ch("plain", "nato", "homo")), "NI_NUMBER"))
    return k


@pos
def ni_correction():
    p, d, s = make_ni()
    bad = d[:3] + str((int(d[3]) + 4) % 10) + d[4:]
    k = Case("positive", "call/%s: NI number with self-correction; both attempts labelled" % ch("government services", "insurance"))
    k.a("national insurance number please")
    k.c((ni_spoken(p, bad, s), "NI_NUMBER"), " oh no hang on sorry it's ", (ni_spoken(p, d, s), "NI_NUMBER"))
    return k


@pos
def ni_readback():
    p, d, s = make_ni()
    k = Case("positive", "call/%s: agent reads NI number back with phonetics" % ch("government services", "banking"))
    k.c("ni number ", (ni_spoken(p, d, s), "NI_NUMBER"))
    k.a("thanks so that's ", ("%s %s %s %s" % (speak_letter(p[0], "nato"), speak_letter(p[1], "nato"),
                                                speak(d, "single"), speak_letter(s, "nato")), "NI_NUMBER"),
        " yes")
    k.c("that's right")
    return k


@pos
def ni_with_phone():
    p, d, s = make_ni()
    ph = uk_mobile()
    k = Case("positive", "chat/%s: NI and mobile in the same message" % ch("government services", "utilities"))
    k.c("NI is ", ("%s%s %s" % (p, d, s), "NI_NUMBER"), " and you can call me on ",
        (ch(ph[:5] + " " + ph[5:], "+44 " + ph[1:5] + " " + ph[5:], ph), "PHONE"))
    return k


@pos
def bank_sort_spoken():
    sc = make_sort()
    ac = make_acct(8)
    k = Case("positive", "call/banking: UK sort code then account number spoken")
    k.a("can i take the sort code")
    k.c((speak_groups([sc[:2], sc[2:4], sc[4:]], ch("pairs", "single", "mixed")), "SORT_CODE"))
    k.a("and the account number")
    k.c(ch("", "it's ", "um "), (speak(ac, ch("single", "mixed")), "BANK_ACCOUNT"))
    return k


@pos
def bank_sort_typed():
    sc = make_sort()
    ac = make_acct(8)
    sv = ch("%s-%s-%s", "%s %s %s", "%s%s%s") % (sc[:2], sc[2:4], sc[4:])
    k = Case("positive", "chat/%s: sort code and account typed together" % ch("banking", "utilities", "insurance"))
    k.c("for the direct debit: sort code ", (sv, "SORT_CODE"), ch(", acc ", " account no ", " a/c "), (ac, "BANK_ACCOUNT"))
    return k


@pos
def bank_us_account():
    ac = make_acct(ch(10, 11, 12))
    z = R.choice(US_ZIPS)
    k = Case("positive", "call/banking US: checking account number spoken + zip")
    k.a("what's the checking account number")
    k.c((speak(ac, ch("single", "mixed")), "BANK_ACCOUNT"))
    k.a("and the zip code on file")
    k.c((speak(z, "single", zstyle=ch("zero", "oh")), "POSTCODE"))
    return k


@pos
def iban_typed():
    ib = make_iban()
    v = ch(group4(ib), ib, group4(ib).lower(), group4(ib, "-"))
    k = Case("positive", "chat/%s: IBAN typed for refund" % ch("travel", "retail", "insurance", "banking"))
    k.a("Please send the IBAN for the refund.")
    k.c(ch("IBAN: ", "sure its ", "", "here you go "), (v, "IBAN"), ch("", " (account in my name)", " thx"))
    return k


@pos
def phone_spoken():
    kind = ch("uk", "us", "ie")
    ph = {"uk": uk_mobile, "us": us_phone, "ie": ie_mobile}[kind]()
    if kind == "us":
        v = speak_groups([ph[:3], ph[3:6], ph[6:]], ch("single", "mixed"))
    elif kind == "uk":
        v = speak_groups([ph[:5], ph[5:]], ch("single", "mixed"))
    else:
        v = speak_groups([ph[:3], ph[3:6], ph[6:]], ch("single", "mixed"))
    k = Case("positive", "call/%s: %s phone number spoken" % (ch("telecom", "utilities", "retail"), kind))
    k.a(ch("best number to reach you on", "and a contact number"))
    k.c(ch("", "it's ", "my mobile is "), (v, "PHONE"))
    return k


@pos
def phone_typed_intl():
    kind = ch("uk", "us", "ie")
    if kind == "uk":
        ph = uk_mobile()
        v = ch("+44 %s %s" % (ph[1:5], ph[5:]), "+44(0)%s %s" % (ph[1:5], ph[5:]), "0044 %s" % ph[1:])
    elif kind == "us":
        ph = us_phone()
        v = ch("(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]))
    else:
        ph = ie_mobile()
        v = ch("+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), "%s %s %s" % (ph[:3], ph[3:6], ph[6:]))
    k = Case("positive", "chat/%s: %s phone typed international/punctuated" % (ch("travel", "telecom", "retail"), kind))
    k.c(ch("call me back on ", "my number: ", "pls ring "), (v, "PHONE"), ch("", " after 5pm", " anytime"))
    return k


@pos
def phone_plus_spoken():
    ph = uk_mobile()
    v = "plus four four " + speak(ph[1:], "mixed")
    k = Case("positive", "call/travel: phone given with 'plus four four' prefix while abroad")
    k.a("is there a number we can reach you on while you're away")
    k.c("yeah it's ", (v, "PHONE"), " i'm in spain for ten days")
    return k


@pos
def email_spoken():
    u, d = email_parts()
    k = Case("positive", "call/%s: email spoken with 'dot' and 'at'" % ch(*IND))
    k.a("and an email address for the confirmation")
    k.c(ch("", "yeah it's ", "it's "), (spoken_email(u, d), "EMAIL"))
    return k


@pos
def email_typed():
    u, d = email_parts()
    v = ch(u + "@" + d, (u + "@" + d).upper() if False else u.capitalize() + "@" + d)
    k = Case("positive", "chat/%s: email typed" % ch(*IND))
    k.c(ch("email is ", "send it to ", "my email: "), (v, "EMAIL"), ch("", " please", ". thanks!"))
    return k


@pos
def dob_spoken():
    d, m, y = make_dob()
    k = Case("positive", "call/%s: DOB spoken" % ch(*IND))
    k.a(ch("can you confirm your date of birth", "and your date of birth please"))
    k.c(ch("", "yeah it's ", "um "), (spoken_dob(d, m, y), "DOB"))
    return k


@pos
def dob_typed():
    d, m, y = make_dob()
    v = ch("%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
           "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
           "%d-%02d-%02d" % (y, m, d), "%02d.%02d.%d" % (d, m, y))
    k = Case("positive", "chat/%s: DOB typed" % ch(*IND))
    k.a("Can you confirm your date of birth?")
    k.c(ch("", "dob ", "born "), (v, "DOB"))
    return k


@pos
def address_postcode_uk():
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    pc = R.choice(UK_PCS)
    k = Case("positive", "chat/%s: UK street address and postcode" % ch("utilities", "retail", "telecom"))
    k.a("What's the address for the delivery?")
    k.c(("%d %s" % (n, st), "ADDRESS"), ", ", ch("Leeds", "Bristol", "Cardiff", "Glasgow"), " ",
        (ch(pc, pc.replace(" ", ""), pc.lower()), "POSTCODE"))
    return k


@pos
def address_spoken():
    n = R.randint(2, 99)
    st = R.choice(STREETS).lower()
    pc = R.choice([x for x in UK_PCS if "O" not in x]).replace(" ", "")
    spc = " ".join(speak_letter(x, ch("plain", "plain", "nato")) if x.isalpha() else speak(x, "single") for x in pc.lower())
    k = Case("positive", "call/%s: address and postcode spoken" % ch("utilities", "telecom", "insurance"))
    k.a("can you confirm the first line of the address")
    k.c((speak(str(n), "pairs") + " " + st, "ADDRESS"))
    k.a("and the postcode")
    k.c(ch("", "it's "), (spc, "POSTCODE"))
    return k


@pos
def address_us():
    n = R.randint(100, 9999)
    st = R.choice(STREETS)
    z = R.choice(US_ZIPS)
    zv = ch(z, z + "-" + rdig(4))
    k = Case("positive", "chat/%s: US address with ZIP" % ch("retail", "insurance", "healthcare billing"))
    k.c("ship to ", ("%d %s" % (n, st), "ADDRESS"), ch(" apt 4, Chicago IL ", ", Austin, TX ", " Denver CO "), (zv, "POSTCODE"))
    return k


@pos
def multi_mix_call():
    p, d, s = make_ni()
    ph = uk_mobile()
    dd, mm, yy = make_dob()
    k = Case("positive", "call/government services: NI, DOB and phone across turns with chit-chat")
    k.a("before we start can i take your national insurance number")
    k.c("yeah sorry it's been a long day ", (ni_spoken(p, d, s), "NI_NUMBER"))
    k.a("and your date of birth")
    k.c((spoken_dob(dd, mm, yy), "DOB"), " i'm ", str(2026 - yy), " this year can you believe it")
    k.a("and a phone number")
    k.c((speak(ph, "mixed"), "PHONE"))
    return k


@pos
def card_and_ssn_chat():
    c = make_card()
    s = make_ssn()
    k = Case("positive", "chat/banking: card (no separators) and SSN in one lowercase message")
    k.c("hi my card ", ("".join(card_groups(c)), "CARD_NUMBER"), " was stolen, ssn ",
        ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " plz freeze it ty")
    return k


@pos
def card_digits_typed_words():
    c = make_card()
    g = card_groups(c)
    k = Case("positive", "chat/%s: card typed partly as digits partly as words" % ch("retail", "telecom"))
    k.c("card is ", (" ".join([g[0], g[1], speak(g[2], "single")] + g[3:]), "CARD_NUMBER"))
    return k


@pos
def card_amex_spoken_hundreds():
    c = make_card("amex")
    g = card_groups(c)
    k = Case("positive", "call/travel: amex read in 4-6-5 groups with pairs/hundreds")
    k.a("and the amex number please")
    k.c((speak_groups(g, "mixed"), "CARD_NUMBER"))
    k.a("and the four digit code on the front")
    k.c((speak(rdig(4), "pairs"), "CVV"))
    return k


@pos
def ssn_with_filler():
    s = make_ssn()
    k = Case("positive", "call/%s: SSN with filler words and a pause" % ch("insurance", "government services"))
    k.a("social security number")
    k.c("okay it's ", (speak(s[:3], "single") + " um " + speak(s[3:5], "single") + " uh " + speak(s[5:], "single"), "SSN"))
    return k


@pos
def ssn_last_four_only_plus_full():
    s = make_ssn()
    k = Case("positive", "call/banking: caller starts with last four, agent asks for full SSN")
    k.a("can you verify your social")
    k.c("the last four are ", (speak(s[5:], ch("pairs", "single")), "SSN"))
    k.a("i'll need the full nine digits i'm afraid")
    k.c("oh right ", (speak(s, ch("single", "mixed")), "SSN"))
    return k


@pos
def ni_postcode_chat():
    p, d, s = make_ni()
    pc = R.choice(UK_PCS)
    k = Case("positive", "chat/government services: NI and postcode in bullet style")
    k.c("details:\n- NI: ", ("%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), "NI_NUMBER"), "\n- postcode: ",
        (pc, "POSTCODE"))
    return k


@pos
def ni_two_in_turn():
    p, d, s = make_ni()
    p2, d2, s2 = make_ni()
    k = Case("positive", "call/government services: caller gives own and partner's NI numbers")
    k.a("i'll need both national insurance numbers")
    k.c("mine is ", (ni_spoken(p, d, s), "NI_NUMBER"), " and my wife's is ", (ni_spoken(p2, d2, s2), "NI_NUMBER"))
    return k


@pos
def iban_ie_spoken_readback():
    ib = make_iban("IE")
    k = Case("positive", "chat/banking Ireland: IBAN typed with lowercase and agent echo")
    k.c("iban ", (ib.lower(), "IBAN"))
    k.a("Thanks, confirming ", (group4(ib), "IBAN"), ".")
    return k


@pos
def email_sms_phone_telecom():
    u, dm = email_parts()
    ph = uk_mobile()
    k = Case("positive", "call/telecom: phone with double/triple then spoken email")
    k.a("what's the number on the account")
    k.c((speak(ph, "mixed"), "PHONE"))
    k.a("and email")
    k.c((spoken_email(u, dm), "EMAIL"), " all lower case")
    return k


@pos
def expiry_typed_chat():
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    v = ch("%02d/%d" % (mm, yy), "%d/%d" % (mm, yy), "%s %d" % (MON3[mm - 1].capitalize(), 2000 + yy), "%02d / 20%d" % (mm, yy), "%02d%d" % (mm, yy))
    k = Case("positive", "chat/%s: expiry given alone after agent asks, next to a price" % ch("retail", "travel", "telecom"))
    k.a("Thanks. And the card expiry date?")
    k.c(ch("exp ", "expires ", "valid thru ", "it's "), (v, "EXPIRY"), ch(" - total was £%d right?" % R.randint(20, 300), "", " cheers"))
    return k


@pos
def expiry_slash_spoken():
    c = make_card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    v = speak("%02d" % mm, "single", zstyle=ch("oh", "o", "zero")) + ch(" slash ", " ") + ch("twenty " + pair_word(str(yy)), pair_word(str(yy)))
    k = Case("positive", "call/%s: card in pairs then expiry with 'slash'" % ch("insurance", "utilities", "travel"))
    k.a("card number please")
    k.c((speak_groups(card_groups(c), "pairs"), "CARD_NUMBER"))
    k.a("and when does it expire")
    k.c((v, "EXPIRY"), ch(" and the code is ", " security code "), (speak(rdig(3), "single"), "CVV"))
    return k


@pos
def bank_split_readback():
    sc = make_sort()
    ac = make_acct(8)
    k = Case("positive", "call/%s: sort code read back, account split over turns" % ch("banking", "utilities", "insurance"))
    k.c("sort code ", (speak_groups([sc[:2], sc[2:4], sc[4:]], "pairs"), "SORT_CODE"))
    k.a("so that's ", ("%s dash %s dash %s" % (speak(sc[:2], "single"), speak(sc[2:4], "single"), speak(sc[4:], "single")), "SORT_CODE"))
    k.c("yep and the account is ", (speak(ac[:4], "single"), "BANK_ACCOUNT"))
    k.a("mhm")
    k.c((speak(ac[4:], ch("single", "mixed")), "BANK_ACCOUNT"))
    return k


@pos
def refund_account_chat():
    sc = make_sort()
    ac = make_acct(8)
    k = Case("positive", "chat/%s: refund details with amount and reference, sort code typed odd" % ch("retail", "travel", "utilities"))
    k.c("refund of £%d.%02d for ref %s to acc no. " % (R.randint(10, 600), R.randint(0, 99), rdig(6)), (ac, "BANK_ACCOUNT"),
        " s/c ", (ch("%s.%s.%s", "%s - %s - %s", "%s/%s/%s") % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"))
    return k


@pos
def iban_eu_correction():
    ib = make_iban(ch("DE", "FR", "NL", "ES"))
    g = group4(ib)
    wrong = g[:-1] + str((int(g[-1]) + 1) % 10) if g[-1].isdigit() else g
    k = Case("positive", "chat/travel EU: IBAN with a typo then corrected; both labelled")
    k.c("IBAN ", (g, "IBAN"))
    k.c("sorry last one wrong, correct is ", (ib, "IBAN"))
    return k


@pos
def iban_refund_amount():
    ib = make_iban(ch("GB", "IE"))
    k = Case("positive", "chat/%s: IBAN among amount and booking ref" % ch("travel", "insurance"))
    k.c("please refund €%d to %s, booking ref %s" % (R.randint(50, 900), "IBAN", rdig(6)))
    k.a("Could you resend the IBAN on its own line?")
    k.c((group4(ib), "IBAN"))
    return k


@pos
def email_correction():
    u, d = email_parts()
    k = Case("positive", "call/%s: spoken email with letters spelled out and a repeat" % ch(*IND))
    k.a("email address please")
    k.c((spoken_email(u, d), "EMAIL"))
    k.a("sorry was that ", (spoken_email(u, d), "EMAIL"))
    k.c("yes that's it")
    return k


@pos
def email_phone_chat():
    u, d = email_parts()
    ph = us_phone()
    k = Case("positive", "chat/%s: email and US phone in signature style" % ch("retail", "healthcare billing", "insurance"))
    k.c("thanks,\n%s\n" % u.split(".")[0].capitalize(), (u + "@" + d, "EMAIL"), "\n",
        ("%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "PHONE"))
    return k


@pos
def address_move():
    n1, n2 = R.randint(1, 150), R.randint(1, 150)
    s1, s2 = R.sample(STREETS, 2)
    p1, p2 = R.sample(UK_PCS, 2)
    k = Case("positive", "chat/utilities: moving home, old and new address with move date (date unlabelled)")
    k.c("moving from ", ("%d %s" % (n1, s1), "ADDRESS"), " ", (p1, "POSTCODE"), " to ", ("%d %s" % (n2, s2), "ADDRESS"),
        " ", (p2, "POSTCODE"), " on %d %s" % (R.randint(1, 28), ch(*MONTHS).capitalize()))
    return k


@pos
def address_flat_spoken():
    n = R.randint(2, 60)
    st = R.choice(STREETS).lower()
    k = Case("positive", "call/%s: flat number + street spoken, town unlabelled" % ch("telecom", "insurance", "healthcare billing"))
    k.a("and the address we're sending the engineer to")
    k.c(("flat %s %s %s" % (speak(str(R.randint(1, 9)), "single"), speak(str(n), "pairs"), st), "ADDRESS"), " in ", ch("croydon", "salford", "swords", "galway"))
    return k


@pos
def dob_numeric_spoken():
    d, m, y = make_dob()
    k = Case("positive", "call/%s: DOB read as numbers with month name and age mention" % ch("banking", "insurance"))
    k.a("and date of birth")
    k.c("it's ", ("%s %s %s" % (speak(str(d), "pairs"), MONTHS[m - 1], spoken_year(y)), "DOB"), " so i'm ", ch("over fifty", "just turned thirty", "nearly forty"))
    return k


def card_ending(tail):
    while True:
        c = "4" + rdig(15 - len(tail)) + tail
        if luhn_ok(c):
            return c


@pos
def card_hundreds():
    tail = str(R.randint(1, 9)) + str(R.randint(1, 9)) + "00"
    c = card_ending(tail)
    g = card_groups(c)
    last = pair_word(tail[:2]) + " hundred"
    k = Case("positive", "call/%s: card in pairs, last group said as 'forty nine hundred'" % ch("retail", "utilities", "travel"))
    k.a("go ahead with the card")
    k.c((speak_groups(g[:3], "pairs") + " " + last, "CARD_NUMBER"))
    return k


@pos
def card_chat_multi_msg():
    c = make_card(ch("visa", "mc"))
    g = card_groups(c)
    k = Case("positive", "chat/%s: card sent as several short chat messages" % ch("retail", "telecom", "travel"))
    k.a("Please enter the card number.")
    k.c((g[0] + " " + g[1], "CARD_NUMBER"))
    k.c((g[2], "CARD_NUMBER"))
    k.c((g[3], "CARD_NUMBER"), ch("", " thats it", " (debit card)"))
    return k


@pos
def card_odd_separators():
    c = make_card()
    g = card_groups(c)
    sep = ch("/", "_", "\u2013", " . ", " - ", "|", ", ")
    k = Case("positive", "chat/%s: card typed with odd separator %r and trailing full stop" % (ch("retail", "banking", "insurance"), sep))
    k.c("new card: ", (sep.join(g), "CARD_NUMBER"), ". Can you retry the payment of $%d?" % R.randint(10, 500))
    return k


@pos
def ssn_hundreds():
    while True:
        s = make_ssn()
        if s[0] != "0" and s[1:3] != "00" and s[3] != "0" and s[5] != "0" and s[7] != "0":
            break
    yz = s[1:3]
    area = UNITS[int(s[0])] + " hundred " + ch("and ", "") + (pair_word(yz) if yz[0] != "0" else UNITS[int(yz[1])])
    v = area + " " + pair_word(s[3:5]) + " " + pair_word(s[5:7]) + " " + pair_word(s[7:9]) if s[8] != "0" else \
        area + " " + pair_word(s[3:5]) + " " + pair_word(s[5:7]) + " " + speak(s[7:9], "single")
    k = Case("positive", "call/%s: SSN with 'five hundred and twelve' area and pair groups" % ch("banking", "insurance", "healthcare billing"))
    k.a("and the social")
    k.c((v, "SSN"))
    return k


@pos
def ssn_odd_typed():
    s = make_ssn()
    v = ch("%s\u2013%s\u2013%s", "%s %s-%s", "%s-%s %s", "%s_%s_%s", "%s  %s  %s") % (s[:3], s[3:5], s[5:])
    k = Case("positive", "chat/%s: SSN with odd separators, glued to label" % ch("banking", "healthcare billing", "government services"))
    k.c(ch("SSN:", "ssn#", "SS no.", "social="), (v, "SSN"), ch(" dob to follow", "", " (mine not my husbands)"))
    return k


@pos
def ssn_agent_readback_digits():
    s = make_ssn()
    k = Case("positive", "call/%s: agent types SSN back as digits in notes-style turn" % ch("banking", "insurance"))
    k.c("it's ", (speak(s, ch("mixed", "pairs")), "SSN"))
    k.a("okay so i have ", ("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"), " on screen")
    return k


@pos
def ni_odd_typed():
    p, d, s = make_ni()
    v = ch("%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], s), " ".join(p + d + s), "%s %s%s" % (p.lower(), d, s.lower()),
           "%s/%s/%s" % (p, d, s), "%s %s %s %s%s" % (p, d[:2], d[2:4], d[4:], s))
    k = Case("positive", "chat/%s: NI number typed with odd spacing/punctuation/case" % ch("government services", "banking", "utilities"))
    k.c(ch("my NINO is ", "NI=", "nat ins: ", ""), (v, "NI_NUMBER"), ch("", " and my ref is %s" % rdig(6), " ta"))
    return k


@pos
def ni_homophones():
    p, d, s = make_ni()
    v = "%s %s %s %s" % (speak_letter(p[0], "homo"), speak_letter(p[1], "homo"), speak_groups([d[:2], d[2:4], d[4:]], "pairs"),
                         {"A": "a", "B": "bee", "C": "sea", "D": "dee"}[s])
    k = Case("positive", "call/government services: NI with ASR homophone letters ('sea', 'jay', 'bee') and pairs")
    k.a("can i take your national insurance number")
    k.c(ch("yeah it's ", "right it's "), (v, "NI_NUMBER"), ch("", " i think", " i've got the card here"))
    return k


@pos
def card_filler_inside():
    c = make_card(ch("visa", "mc", "disc"))
    g = card_groups(c)
    parts = [speak(g[0], "single", zstyle="nought")]
    for grp in g[1:]:
        parts.append(ch("um", "uh", "er", "sorry", "um sorry"))
        parts.append(speak(grp, ch("single", "mixed"), zstyle=ch("nought", "oh", None)))
    k = Case("positive", "call/%s: card with filler words between groups inside one turn (fillers inside span)" % ch("utilities", "insurance", "telecom"))
    k.a("and the long card number please")
    k.c("yeah hang on let me get it out of my purse okay ", (" ".join(parts), "CARD_NUMBER"), " got that")
    return k


@pos
def ni_mixed_chat_asr_case():
    p, d, s = make_ni()
    v = "%s %s %s" % (p[0] + " " + p[1].lower(), speak(d, "single"), s.lower())
    k = Case("positive", "chat/%s: NI typed half in words (voice-to-text on phone)" % ch("government services", "insurance"))
    k.c("my ni number is ", (v, "NI_NUMBER"), " sorry using voice typing")
    return k


# ---------------------------------------------------------------- negative templates
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


def money_spoken():
    return ("%s pounds %s" % (ch("twelve", "forty five", "two hundred", "ninety nine", "three hundred and twenty"), ch("fifty", "twenty", "ninety nine", ""))).strip()


@neg
def n_amounts():
    k = Case("negative", "call/%s: balances and payment amounts spoken" % ch("utilities", "telecom", "banking"))
    k.a("your current balance is %s and the next payment of %d pounds %d is due on the %s of %s" %
        (money_spoken().strip(), R.randint(20, 400), R.randint(1, 99), ordinal(R.randint(1, 28)), ch(*MONTHS)))
    k.c("okay and that's the %s tariff yeah" % ch("thirty day", "twelve month", "twenty four month"))
    return k


@neg
def n_order_ref():
    k = Case("negative", "chat/retail: order and ticket numbers with reference words")
    k.c("hi my order number is %s and the ticket ref is #%s" % (rdig(ch(7, 8, 9)), rdig(6)))
    k.a("Thanks, order %s shipped on %d/%d and should arrive in %d-%d working days." % (
        rdig(3), R.randint(1, 28), R.randint(1, 12), R.randint(2, 3), R.randint(4, 6)))
    return k


@neg
def n_flight():
    k = Case("negative", "call/travel: flight number, times, gate, booking reference")
    k.a("so that's flight %s %s departing at %s gate %s" % (ch("b a", "e i", "u a", "f r"), speak(rdig(3), "single"),
        ch("seven forty five", "ten past six", "fourteen thirty"), ch("twenty two", "b seven", "nine")))
    k.c("and the booking reference is %s right" % ch("k seven x two p q", "x j nine four l m", "h two two t r a"))
    k.a("yes and the flight is %d hours %d minutes" % (R.randint(1, 11), R.randint(5, 55)))
    return k


@neg
def n_meter():
    k = Case("negative", "call/utilities: meter readings and kwh usage")
    k.a("can you read me the meter")
    k.c("it says %s" % speak(rdig(5), "single"))
    k.a("thanks that's about %s kilowatt hours a month" % ch("three hundred and twenty", "two hundred", "one hundred and eighty"))
    return k


@neg
def n_meter_typed():
    k = Case("negative", "chat/utilities: meter reading, tariff rate, percentage")
    k.c("gas meter reading %s, elec %s. why did my bill go up %d%%?" % (rdig(5), rdig(5), R.randint(5, 40)))
    k.a("Unit rate rose to %d.%dp/kWh on 1 October %d." % (R.randint(20, 35), R.randint(1, 9), R.randint(2023, 2026)))
    return k


@neg
def n_appointment():
    k = Case("negative", "call/healthcare billing: appointment date and time, not a DOB")
    k.a("your appointment is on the %s of %s at %s" % (ordinal(R.randint(1, 28)), ch(*MONTHS), ch("half nine", "two fifteen", "eleven o'clock")))
    k.c("and the invoice from the last visit was %s dollars" % ch("one hundred and forty", "eighty five", "two hundred and ten"))
    return k


@neg
def n_claim():
    k = Case("negative", "chat/insurance: claim number, policy year, excess amount")
    k.c("Claim no. %s - accident was on %d %s %d, excess £%d" % (rdig(ch(8, 9, 10)), R.randint(1, 28), ch(*MONTHS).capitalize(), R.randint(2024, 2026), R.randint(100, 500)))
    k.a("Thanks, claim %s is with our assessor, expect an update in 10 working days." % rdig(6))
    return k


@neg
def n_model():
    k = Case("negative", "chat/telecom: model numbers, data allowance, speeds")
    k.c("my %s keeps dropping, speed test says %d mbps down %d up" % (ch("Galaxy S24", "iPhone 15 Pro", "router model TG2492LG", "Pixel 8a"), R.randint(5, 900), R.randint(1, 100)))
    k.a("You have %dGB of %dGB left, renews in %d days." % (R.randint(1, 40), ch(50, 100, 120), R.randint(1, 30)))
    return k


@neg
def n_room():
    k = Case("negative", "call/travel: room number, nights, price per night, check-in time")
    k.a("you're in room %s for %s nights at %s euros a night" % (speak(str(R.randint(101, 940)), "mixed"), ch("three", "four", "seven"), ch("one twenty", "eighty nine", "two hundred")))
    k.c("and check in is from %s" % ch("three pm", "two o'clock", "fifteen hundred"))
    return k


@neg
def n_ages():
    k = Case("negative", "call/insurance: ages, years, no-claims, temperature chit-chat")
    k.c("i'm %s and i've been driving since %s with %s years no claims" % (ch("forty two", "sixty one", "twenty nine"), ch("nineteen ninety eight", "two thousand and four", "twenty ten"), ch("nine", "twelve", "five")))
    k.a("lovely it's %s degrees here today" % ch("twenty three", "minus two", "thirty one"))
    return k


@neg
def n_contract():
    k = Case("negative", "chat/telecom: contract start/end dates and upgrade price")
    k.c("contract started %02d/%02d/%d, ends %02d/%02d/%d - can I upgrade for £%d.%02d/month?" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2025), R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2027),
        R.randint(10, 60), R.randint(0, 99)))
    k.a("Yes, upgrades open 60 days before end date.")
    return k


@neg
def n_invoice_spoken():
    k = Case("negative", "call/retail: invoice reference read digit by digit with reference word")
    k.a("can i take the invoice number")
    k.c("invoice number %s" % speak(rdig(7), "single"))
    k.a("thanks that's for %s and it was paid on the %s" % (money_spoken(), ordinal(R.randint(1, 28))))
    return k


@neg
def n_durations():
    k = Case("negative", "call/%s: hold times, counts and quantities" % ch("retail", "telecom", "government services"))
    k.c("i've been waiting %s minutes and called %s times" % (ch("forty five", "twenty", "ninety"), ch("three", "six", "eleven")))
    k.a("i'm sorry about that we've had %s calls this morning, i'll add %s to the account" % (ch("two thousand", "about fifteen hundred"), ch("ten pounds credit", "five percent off")))
    return k


@neg
def n_tax_year():
    k = Case("negative", "chat/government services: tax year, amounts and a reference")
    k.c("For tax year %d-%d I paid £%s, reference %s" % (R.randint(2019, 2024), R.randint(20, 25), "{:,}".format(R.randint(1000, 90000)), rdig(ch(6, 8))))
    k.a("Thank you. Refunds are normally issued within 5 to 8 weeks.")
    return k


@neg
def n_package_tracking():
    k = Case("negative", "call/retail: parcel tracking reference, weight, delivery window")
    k.a("your parcel tracking reference is %s it weighs %s kilos and arrives between %s" % (speak(rdig(8), "single"), ch("two point five", "twelve", "four"), ch("nine and one", "ten and two", "two and six")))
    k.c("great thanks")
    return k


@neg
def n_store_hours():
    k = Case("negative", "chat/retail: store hours, store number, aisle, percentage discount")
    k.c("is store %d open till %dpm on sundays? and is the %d%% off still on aisle %d" % (R.randint(100, 9999), R.randint(5, 10), ch(10, 20, 25, 40), R.randint(1, 40)))
    k.a("Yes, open 10am-%dpm." % R.randint(4, 6))
    return k


@neg
def n_long_ref_spoken():
    k = Case("negative", "call/%s: ten-digit case reference read digit by digit with its reference word" % ch("insurance", "government services", "telecom"))
    k.a("have you got a case reference")
    k.c("yeah the case reference is %s" % speak(rdig(10), "single"))
    k.a("thanks i can see the case was opened on the %s of %s" % (ordinal(R.randint(1, 28)), ch(*MONTHS)))
    return k


@neg
def n_contract_date_spoken():
    k = Case("negative", "call/%s: contract start date spoken in full, not a birth date" % ch("telecom", "utilities"))
    k.c("my contract started on the %s of %s twenty twenty %s" % (ordinal(R.randint(1, 28)), ch(*MONTHS), ch("three", "four", "five")))
    k.a("yes and it runs for %s months at %s a month" % (ch("eighteen", "twenty four"), money_spoken()))
    return k


@neg
def n_prices_chat():
    k = Case("negative", "chat/retail: prices with thousands separators, quantities, SKU")
    k.c("is the %s still £%s? I want %d of them, SKU %s" % (ch("65in TV", "sofa", "washer"), "{:,}.99".format(R.randint(1000, 3000)), R.randint(2, 12), rdig(8)))
    k.a("Yes, and delivery is £%d.%02d." % (R.randint(5, 60), R.randint(0, 99)))
    return k


@neg
def n_spoken_totals():
    k = Case("negative", "call/%s: large spoken totals, percentages and a time window" % ch("retail", "insurance", "travel"))
    k.a("the total comes to %s and that includes %s percent vat" % (ch("one thousand five hundred and ninety nine pounds", "two thousand four hundred euros", "eight hundred and forty dollars ninety"), ch("twenty", "thirteen point five")))
    k.c("okay and delivery is between %s" % ch("seven and eleven", "half eight and noon", "one and five"))
    return k


# ---------------------------------------------------------------- build
N_POS = 204
N_NEG = 124


def build():
    R.seed(SEED)
    cases = []
    # quota-driven: round-robin over templates, with extra weight for card/NI/SSN templates
    heavy = [f for f in POS if f.__name__.startswith(("card", "ssn", "ni_", "bank", "expiry"))]
    order = []
    while len(order) < N_POS:
        order.extend(POS)
        order.extend(heavy)
    order = order[:N_POS]
    for i, fn in enumerate(order, 1):
        k = fn()
        cases.append(("h49-pos-%03d" % i, k))
    for i in range(N_NEG):
        k = NEG[i % len(NEG)]()
        cases.append(("h49-neg-%03d" % (i + 1), k))
    lines = []
    for cid, k in cases:
        obj = {"id": cid, "kind": k.kind, "turns": k.turns, "spans": k.spans, "note": k.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def stats(text):
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line in text.splitlines():
        o = json.loads(line)
        if o["kind"] == "positive":
            npos += 1
        else:
            nneg += 1
        for s in o["spans"]:
            counts[s["type"]] += 1
    return counts, npos, nneg


def readme(text):
    counts, npos, nneg = stats(text)
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII held-out evaluation set h49

**Never use this set for tuning.** It exists only to measure the redactor on data it was not built against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or any other PII fixture; the only input was the
task brief and a 3-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout49.py` from template functions: each turn is assembled from
plain-text segments and (value, TYPE) segments, so offsets are computed, never typed by
hand. All values come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout49.py --check` regenerates the file, checks it is identical,
ids unique, offsets in range and on word boundaries, spans non-overlapping, and validates
every value after normalising spoken forms (Luhn, mod-97, NI format, SSN rules, digit counts,
postcode shapes).

Emphasis: CARD_NUMBER, NI_NUMBER and SSN in every realistic form: ASR digit words,
zero as zero/oh/o/nought, double/triple, pairs ("forty one"), hundreds ("four hundred"),
homophones ("for", "to"), spelled letters ("b for bravo", "bee", "see", "jay"), values split
across turns with back-channels, self-corrections, agent read-backs, fillers inside a reading,
and typed forms with spaces, dashes, dots, slashes, no separators, lower case.

## Annotation conventions

* A span covers the value only: from the first to the last character of the value
  (digits, digit words, letters, phonetic "x for xray" spellings, and any separators or
  filler words that occur *inside* the reading, e.g. "um" between SSN groups).
  Lead-ins such as "it's", "my number is", "card no:" are outside.
* A value split over several turns is labelled once per turn (each fragment is its own span).
* In a self-correction both the abandoned attempt and the correction are labelled
  (the abandoned digits are still PII); words like "no sorry" between them are not.
* Agent read-backs of PII are labelled like customer utterances.
* Phone spans include the "+44" / "plus four four" / "(312)" prefix.
* EMAIL spoken forms include "dot"/"at"/"underscore" words.
* DOB spans include the ordinal, month and year ("the fourteenth of march nineteen eighty"
  includes "the").
* ADDRESS covers house number + street name only; city is not labelled; the postcode/ZIP is
  its own POSTCODE span.
* EXPIRY covers the month and year; CVV only the digits.
* Money, times, dates that are not birth dates, references with their reference word,
  counts, model numbers, meter readings, ages etc. are never labelled. Negative cases contain
  only such lookalikes and have `"spans": []`.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(text):
    problems = []
    ids = set()
    for ln, line in enumerate(text.splitlines(), 1):
        try:
            o = json.loads(line)
        except Exception as e:
            problems.append("line %d: bad json %s" % (ln, e))
            continue
        cid = o.get("id")
        if cid in ids:
            problems.append("%s: duplicate id" % cid)
        ids.add(cid)
        if o["kind"] not in ("positive", "negative"):
            problems.append("%s: bad kind" % cid)
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s: negative with spans" % cid)
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s: positive without spans" % cid)
        if not re.fullmatch(r"h49-(pos|neg)-\d{3}", cid) or (cid[4:7] == "pos") != (o["kind"] == "positive"):
            problems.append("%s: id/kind mismatch" % cid)
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % cid)
        by_turn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(o["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            val = txt[st:en]
            if not (val[0].isalnum() or val[0] in "+(") or not (val[-1].isalnum()):
                problems.append("%s: span edge not alnum %r" % (cid, val))
            if st > 0 and txt[st - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, val))
            if en < len(txt) and txt[en].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, val))
            by_turn.setdefault(s["turn"], []).append((st, en))
            frag_ok = True
            # fragments of split values are validated at case level below
            if not validate(val, s["type"]):
                frag_ok = False
            if not frag_ok:
                s["_bad"] = val
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans in turn %d" % (cid, tn))
        # validate: each span alone, or the concatenation of consecutive same-type spans
        bad = [s for s in o["spans"] if "_bad" in s]
        if bad:
            typ_groups = {}
            for s in o["spans"]:
                typ_groups.setdefault(s["type"], []).append(s)
            for s in bad:
                grp = typ_groups[s["type"]]
                joined = " break ".join(o["turns"][g["turn"]]["text"][g["start"]:g["end"]] for g in grp)
                # split value: whole group or group minus a corrected attempt must validate
                ok = validate(joined, s["type"])
                if not ok:
                    for drop in range(len(grp)):
                        j2 = " break ".join(o["turns"][g["turn"]]["text"][g["start"]:g["end"]]
                                      for gi, g in enumerate(grp) if gi != drop)
                        if validate(j2, s["type"]):
                            ok = True
                            break
                if not ok and s["type"] in ("SSN",):
                    # last-four-only fragment of an SSN given in full elsewhere in the case
                    d = spoken_to_digits(s["_bad"])
                    full = [spoken_to_digits(o["turns"][g["turn"]]["text"][g["start"]:g["end"]]) for g in grp]
                    ok = d is not None and any(f and len(f) == 9 and f.endswith(d) for f in full)
                if not ok:
                    problems.append("%s: value fails %s validation: %r" % (cid, s["type"], s["_bad"]))
    counts, npos, nneg = stats(text)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    return problems, counts, npos, nneg


def main():
    text = build()
    if "--check" in sys.argv[1:]:
        problems = []
        try:
            with open(OUT, encoding="utf-8") as f:
                existing = f.read()
        except OSError:
            existing = None
            problems.append("fixture missing: %s" % OUT)
        if existing is not None and existing != text:
            problems.append("fixture differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(text):
                    problems.append("README differs from regenerated output")
        except OSError:
            problems.append("README missing")
        p2, counts, npos, nneg = check(text)
        problems.extend(p2)
        print("h49: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems:
            print("PROBLEM:", p)
        if problems:
            print("CHECK FAILED (%d problems)" % len(problems))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(text))
    counts, npos, nneg = stats(text)
    print("wrote %s: %d positive, %d negative" % (OUT, npos, nneg))


if __name__ == "__main__":
    main()

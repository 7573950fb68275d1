#!/usr/bin/env python3
"""Generate the pii_holdout527 held-out PII redaction evaluation set.

Standard library only; deterministic (one random.Random(527241125)).
Usage:
    python scripts/make_pii_holdout527.py          # write cases.jsonl
    python scripts/make_pii_holdout527.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout527", "cases.jsonl")
R = random.Random(527241125)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4,
         "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
TEEN_W = {v: k for k, v in TEENS.items()}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7,
        "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
FILL = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_W = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
          "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
          "m": "mike", "n": "november", "p": "papa", "q": "quebec", "r": "romeo",
          "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
          "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_W = {"a": ["apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"], "d": ["delta", "dog"],
         "e": ["echo", "edward"], "h": ["harry"], "j": ["juliet", "john"], "k": ["kilo", "king"],
         "l": ["london", "lima"], "m": ["mother", "mike"], "n": ["nancy", "november"],
         "p": ["peter", "papa"], "r": ["robert", "romeo"], "s": ["sugar", "sierra"],
         "t": ["tom", "tango"], "w": ["william", "whiskey"], "x": ["x-ray"], "y": ["yellow"],
         "z": ["zebra"], "g": ["george", "golf"], "f": ["freddie", "foxtrot"], "q": ["queen"],
         "u": ["uniform"], "v": ["victor"], "i": ["india"]}


def fill():
    return R.choice(["um", "uh", "er", "erm", "um", "uh"])


def say_chunk(ch, style):
    """Render a digit chunk in words; round-trips through spoken_digits."""
    zero = R.choice(["oh", "oh", "zero", "o", "nought"]) if style != "us" else R.choice(["oh", "zero"])
    out = []
    i = 0
    mode = R.random()
    while i < len(ch):
        d = ch[i]
        rest = ch[i:]
        if mode < 0.25 and len(rest) >= 3 and rest[0] != "0" and (len(rest) == 3 or R.random() < 0.3):
            h = int(rest[:3])
            sub = h % 100
            w = UNIT_W[h // 100] + " hundred"
            if sub >= 20 and sub % 10 == 0:
                w = None
            elif sub:
                w += " and " + two_words(sub)
            elif i + 3 < len(ch):
                # "four hundred" followed by more digits would be ambiguous; fall back
                w = None
            if w:
                out.append(w)
                i += 3
                continue
        if mode < 0.6 and len(rest) >= 2 and rest[0] != "0" and rest[1] != "0" and R.random() < 0.7:
            out.append(two_words(int(rest[:2])))
            i += 2
            continue
        if len(rest) >= 3 and rest[0] == rest[1] == rest[2] and R.random() < 0.7:
            out.append("triple " + (zero if d == "0" else UNIT_W[int(d)]))
            i += 3
            continue
        if len(rest) >= 2 and rest[0] == rest[1] and R.random() < 0.75:
            out.append("double " + (zero if d == "0" else UNIT_W[int(d)]))
            i += 2
            continue
        out.append(zero if d == "0" else UNIT_W[int(d)])
        i += 1
    return " ".join(out)


def two_words(n):
    if n < 10:
        return UNIT_W[n]
    if n < 20:
        return TEEN_W[n]
    if n % 10 == 0:
        return TENS_W[n // 10]
    return TENS_W[n // 10] + " " + UNIT_W[n % 10]


def say_digits(s, groups=None, fillers=0.15, sep=" ", style="uk"):
    if groups is None:
        groups = [len(s)]
    parts, i = [], 0
    for g in groups:
        parts.append(say_chunk(s[i:i + g], style))
        i += g
    out = []
    for k, p in enumerate(parts):
        if k and R.random() < fillers:
            out.append(fill())
        out.append(p)
    return sep.join(out)


def spoken_digits(text):
    """Normalise spoken/typed digits into a digit string ('+' kept)."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t == "+" or t == "plus":
            out.append("+")
        elif t in ("double", "triple") and nxt in UNITS:
            out.append(str(UNITS[nxt]) * (2 if t == "double" else 3))
            i += 1
        elif t in UNITS and nxt == "hundred":
            h = UNITS[t]
            i += 1
            sub = 0
            if i + 1 < len(toks) and toks[i + 1] == "and":
                i += 1
                a = toks[i + 1]
                if a in TEENS:
                    sub = TEENS[a]
                    i += 1
                elif a in TENS:
                    sub = TENS[a] * 10
                    i += 1
                    if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] > 0:
                        sub += UNITS[toks[i + 1]]
                        i += 1
                elif a in UNITS:
                    sub = UNITS[a]
                    i += 1
            out.append("%d%02d" % (h, sub))
        elif t in UNITS:
            out.append(str(UNITS[t]))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        elif t in TENS:
            v = TENS[t] * 10
            if nxt in UNITS and UNITS[nxt] > 0 and nxt not in ("oh", "o"):
                v += UNITS[nxt]
                i += 1
            out.append(str(v))
        elif t in FILL or t in ("and", "dash", "slash", "space", "then"):
            pass
        else:
            raise ValueError("unparsed token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def spoken_alnum(text, allow_o_letter=False):
    """Normalise a spoken/typed alphanumeric value (NI, IBAN, postcode)."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        nn = toks[i + 2] if i + 2 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t in FILL:
            pass
        elif len(t) == 1 and nxt == "for" and nn is not None:
            out.append(t)
            i += 2
        elif t.replace("-", "") in NATO:
            out.append(NATO[t.replace("-", "")])
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            out.append((str(UNITS[nxt]) if nxt in UNITS else nxt) * n)
            i += 1
        elif t in UNITS or t in TEENS or t in TENS:
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in TEENS or toks[j] in TENS
                                     or toks[j] in ("hundred", "and") or toks[j] in FILL):
                j += 1
            out.append(spoken_digits(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(t)
        i += 1
    return "".join(out).upper()


def spoken_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in m:
            out.append(m[t])
        elif t in FILL:
            pass
        elif t in ("double", "triple") and nxt is not None:
            out.append((str(UNITS[nxt]) if nxt in UNITS and nxt not in ("o",) else nxt) * (2 if t == "double" else 3))
            i += 1
        elif len(t) == 1 and nxt == "for":
            out.append(t)
            i += 2
        elif t in UNITS and t not in ("o",):
            out.append(str(UNITS[t]))
        elif t in TENS:
            v = TENS[t] * 10
            if nxt in UNITS and UNITS[nxt] > 0 and nxt not in ("oh", "o"):
                v += UNITS[nxt]
                i += 1
            out.append(str(v))
        elif t in TEENS:
            out.append(str(TEENS[t]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- value makers
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


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "visa19": ("4", 19), "maestro": ("6759", 18)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [8, 8], [4, 4, 8]])
    if n == 13:
        return [4, 4, 5]
    if n == 18:
        return [4, 4, 4, 6]
    return [4, 4, 4, 4, 3]


def fmt_groups(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g])
        i += g
    return sep.join(out)


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


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRI" + "O"[:0] + "D"]) + digits(10)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


UK_OUT = ["SW1A", "EC1V", "M14", "B29", "LS6", "G12", "EH3", "CF24", "BS8", "NE1", "L17", "CB2",
          "BT9", "RG1", "N7", "E14", "W12", "SE15", "M20", "S11", "NG7", "LE2", "CH2", "DE22"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_pc(country):
    if country == "US":
        z = "%05d" % R.randint(1001, 99950)
        if R.random() < 0.2:
            z += "-" + digits(4)
        return z
    return R.choice(UK_OUT) + " " + str(R.randint(1, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


def pc_ok(s):
    s = s.upper().strip()
    return bool(re.fullmatch(r"\d{5}(-\d{4})?", s) or
                re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}", s))


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom", "grace", "conor", "maria",
         "david", "emma", "kwame", "sinead", "lukas", "chloe", "raj", "hannah", "jake", "zainab"]
LAST = ["smith", "jones", "patel", "murphy", "kelly", "nguyen", "garcia", "brown", "walsh",
        "khan", "taylor", "byrne", "schmidt", "evans", "clarke", "ahmed", "wilson", "reilly"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "live.ie", "web.de", "aol.com", "proton.me", "sky.com"]
STREETS_UK = ["Acacia Avenue", "Mill Lane", "Church Road", "Victoria Street", "Station Road",
              "Park Crescent", "Kings Drive", "Elm Grove", "Windsor Close", "Hillside Terrace",
              "Queens Walk", "Manor Way", "Willow Gardens", "Beech Hill"]
STREETS_US = ["Oak Street", "Maple Avenue", "Sunset Boulevard", "Pine Drive", "Lakeview Court",
              "Elm Street", "Cedar Lane", "Washington Avenue", "Hillcrest Road", "Birch Way"]
STREETS_IE = ["Main Street", "Castle Road", "Seafield Avenue", "Harbour View", "Abbey Street"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Belfast", "Reading", "Nottingham"]
TOWNS_US = ["Denver", "Austin", "Portland", "Columbus", "Tampa", "Phoenix", "Raleigh"]
STREET_SUFFIX = r"(avenue|lane|road|street|crescent|drive|grove|close|terrace|walk|way|gardens|hill|boulevard|court|view|st|rd|ave)\.?"

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def say_year(y):
    if y >= 2000:
        return R.choice(["two thousand and " + two_words(y - 2000) if y > 2000 else "two thousand",
                         "twenty " + (("oh " + UNIT_W[y - 2000]) if y - 2000 < 10 else two_words(y - 2000))])
    return "nineteen " + two_words(y - 1900) if y % 100 >= 10 else "nineteen oh " + UNIT_W[y % 10]


def make_dob(asr):
    y, m, d = R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)
    if asr:
        f = R.random()
        if f < 0.35:
            return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
        if f < 0.6:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
        if f < 0.8:
            return "%s %s %s" % (two_words(d), two_words(m), say_year(y))
        return "%s of the %s %s" % (ORD[d - 1], ORD[m - 1], two_words(y % 100) if y % 100 >= 10 else "oh " + UNIT_W[y % 10])
    f = R.random()
    if f < 0.4:
        return "%02d/%02d/%d" % (d, m, y)
    if f < 0.55:
        return "%d/%d/%d" % (m, d, y)
    if f < 0.7:
        return "%d-%02d-%02d" % (y, m, d)
    if f < 0.85:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:R.choice([3, 9])], y)
    return "%02d.%02d.%02d" % (d, m, y % 100)


DATE_WORDS = set(MONTHS) | {m[:3] for m in MONTHS} | {"the", "of", "thousand", "nineteen", "twenty"} \
    | set(" ".join(ORD).split()) | set(UNITS) | set(TEENS) | set(TENS) | {"and", "sept", "oh"}


def dob_ok(s):
    t = s.lower()
    if re.fullmatch(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", t):
        return True
    toks = re.findall(r"[a-z]+|\d+", t)
    return bool(toks) and all(x in DATE_WORDS or x.isdigit() for x in toks)


def make_expiry(asr):
    m, y = R.randint(1, 12), R.randint(25, 33)
    if asr:
        f = R.random()
        if f < 0.35:
            return "%s %s" % (say_chunk("%02d" % m, "uk"), two_words(y))
        if f < 0.6:
            return "%s twenty %s" % (MONTHS[m - 1], two_words(y))
        if f < 0.8:
            return "%s slash %s" % (UNIT_W[m] if m < 10 else two_words(m), two_words(y))
        return "%s %s" % (MONTHS[m - 1], two_words(y))
    return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d / 20%02d", "%d/%02d"]) % (m, y)


def expiry_ok(s):
    t = s.lower()
    toks = re.findall(r"[a-z]+|\d+", t)
    if any(x in MONTHS for x in toks):
        return True
    dg = spoken_digits(t)
    if len(dg) == 3:
        dg = "0" + dg
    if len(dg) == 6:
        dg = dg[:2] + dg[4:]
    return len(dg) == 4 and 1 <= int(dg[:2]) <= 12


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.values = {}
        self.n = 0

    def v(self, typ, canon, text, key=None, partial=False):
        if key is None:
            self.n += 1
            key = "k%d" % self.n
        ent = self.values.setdefault(key, {"type": typ, "canon": canon, "parts": [], "partial": partial})
        ent["parts"].append(text)
        return (text, typ, key)

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))

    def c(self, *segs):
        self.t("customer", *segs)

    def a(self, *segs):
        self.t("agent", *segs)

    def render(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s[0]), "type": s[1]})
                    text += s[0]
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def pick(*xs):
    return R.choice(xs)


def bc():
    return pick("mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "mm")


def opener(ind):
    return {
        "bank": pick("thanks for calling northgate bank my name's %s how can i help" % pick("sam", "ellie", "dev"),
                     "you're through to the fraud team at harbour bank"),
        "telecom": pick("welcome to vireo mobile you're speaking with %s" % pick("kate", "omar"),
                        "hi you're through to fibrelink broadband support"),
        "util": pick("good morning brightwatt energy billing", "thanks for calling aqua north water"),
        "retail": pick("hi this is the help desk at thornes home store", "you're through to parcelhub customer care"),
        "ins": pick("thanks for calling shieldwise insurance claims line", "morning, lighthouse car insurance"),
        "travel": pick("skyway airlines bookings good afternoon", "hi, you've reached wanderly holidays"),
        "health": pick("st clement's patient billing office how can i help", "medibill services this is %s" % pick("joy", "ryan")),
        "gov": pick("you're through to the council tax team", "department of motor services how can i help"),
    }[ind]


IND = ["bank", "telecom", "util", "retail", "ins", "travel", "health", "gov"]


# ---------------------------------------------------------------- positive scenarios
def pos_card_chat(c):
    card = make_card()
    g = card_groups(card)
    sep = pick(" ", "-", "", " ", ".", "  ")
    txt = fmt_groups(card, g, sep)
    if R.random() < 0.2 and sep == " ":
        # odd grouping
        txt = fmt_groups(card, [3, 5, 4, len(card) - 12], " ")
    lab = pick("card no: ", "Card number - ", "its ", "cc#", "card: ", "the long number is ", "pan ")
    c.a(pick("Hi, to process the refund I need the card it was paid with.",
             "Please send the card details for the renewal.", "Can you type the card number here please?"))
    exp = make_expiry(False)
    segs = [lab, c.v("CARD_NUMBER", card, txt)]
    if R.random() < 0.6:
        segs += [pick(" exp ", ", expiry ", " valid till ", " exp date "), c.v("EXPIRY", exp, exp)]
    if R.random() < 0.5:
        cvv = digits(4 if len(card) == 15 else 3)
        segs += [pick(" cvv ", " security code ", ", CVC: ", " and the 3 digits on back are "), c.v("CVV", cvv, cvv)]
    c.c(*segs)
    c.a(pick("Thanks, the refund of £%d.%02d will show in 3-5 working days." % (R.randint(5, 400), R.randint(0, 99)),
             "Got it. Order #%s is now paid." % digits(8), "Thank you, payment taken."))
    return "typed card number"


def pos_card_call(c):
    card = make_card()
    g = card_groups(card)
    ind = pick("bank", "telecom", "util", "retail", "travel", "health")
    c.a(opener(ind))
    c.c(pick("hi yeah i want to pay my bill", "hiya um i need to make a payment", "i'd like to book and pay now please"))
    c.a(pick("no problem can i take the long number on the front of the card", "sure what's the card number when you're ready"))
    key = "card"
    mode = R.random()
    chunks, i = [], 0
    for x in g:
        chunks.append(card[i:i + x])
        i += x
    if mode < 0.45:
        # split over turns with back-channels
        k = 0
        while k < len(chunks):
            take = 1 if R.random() < 0.6 else 2
            part = chunks[k:k + take]
            txt = say_digits("".join(part), [len(p) for p in part], 0.3)
            lead = pick("", "it's ", "okay ", "um ", "") if k == 0 else pick("", "then ", "", "and ")
            c.c(lead, c.v("CARD_NUMBER", card, txt, key))
            k += take
            if k < len(chunks):
                c.a(bc())
        note = "card read over several turns with back-channels"
    elif mode < 0.7:
        # aside in the middle
        h = max(1, len(chunks) // 2)
        a1 = "".join(chunks[:h])
        a2 = "".join(chunks[h:])
        c.c("yeah it's ", c.v("CARD_NUMBER", card, say_digits(a1, g[:h], 0.2), key),
            pick(" hang on sorry the dog's going mad ", " sorry my glasses one sec ", " er bear with me the light's bad in here ",
                 " sorry kids stop that ... right "),
            c.v("CARD_NUMBER", card, say_digits(a2, g[h:], 0.2), key))
        note = "card reading interrupted by an aside"
    else:
        # restart
        first = "".join(chunks[:2])
        cut = R.randint(3, len(first) - 1)
        c.c(pick("it's ", "", "okay so "), c.v("CARD_NUMBER", card, say_digits(first[:cut], None, 0), partial=True),
            pick(" no wait sorry let me start again ", " oh hang on that's wrong start again ", " sorry no from the top "),
            c.v("CARD_NUMBER", card, say_digits(card, g, 0.25), key))
        note = "restarted card reading; aborted fragment labelled"
    if R.random() < 0.6:
        rb = say_digits(card, g, 0, pick(" ", ", "))
        c.a(pick("let me read that back ", "so that's ", "just to confirm "), c.v("CARD_NUMBER", card, rb), pick(" yeah", " is that right", ""))
        c.c(pick("yep that's it", "yes", "correct"))
        note += "; agent read-back"
    c.a(pick("and the expiry date", "what's the expiry on that", "lovely and when does it expire"))
    exp = make_expiry(True)
    c.c(pick("", "it's ", "um "), c.v("EXPIRY", exp, exp))
    if R.random() < 0.7:
        c.a(pick("and the last three digits on the back", "and the security code please"))
        cvv = digits(4 if len(card) == 15 else 3)
        c.c(pick("", "it's ", "uh "), c.v("CVV", cvv, say_digits(cvv, None, 0)))
    if R.random() < 0.35:
        last4 = card[-4:]
        c.a("thanks so that's the card ending ", c.v("CARD_NUMBER", card, say_digits(last4, None, 0), partial=True),
            " and i'll take %s pounds today" % two_words(R.randint(21, 99)))
        note += "; last four after full read is labelled"
    return note


def pos_ssn(c):
    ssn = make_ssn()
    if R.random() < 0.4:
        txt = pick(ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:])
        c.a(pick("For verification please provide your SSN.", "Can you confirm your social security number?"))
        c.c(pick("SSN: ", "ssn is ", "sure - ", "Social: "), c.v("SSN", ssn, txt),
            pick("", ". my dob is on file too", " thx"))
        return "typed SSN"
    c.a(opener(pick("bank", "health", "gov", "ins")))
    c.c(pick("hi i'm calling about my claim", "yeah hi i got a letter about a balance", "i need to update my benefits"))
    c.a(pick("sure can i get your social security number", "okay i'll need the social to pull up the account"))
    mode = R.random()
    if mode < 0.5:
        c.c(pick("", "yeah it's ", "okay "), c.v("SSN", ssn, say_digits(ssn[:3], None, 0, style="us"), "s"))
        c.a(bc())
        c.c(c.v("SSN", ssn, say_digits(ssn[3:5], None, 0, style="us"), "s"))
        c.a(bc())
        c.c(c.v("SSN", ssn, say_digits(ssn[5:], None, 0, style="us"), "s"))
        note = "SSN spoken across three turns"
    else:
        c.c(pick("it's ", "uh ", ""), c.v("SSN", ssn, say_digits(ssn, [3, 2, 4], 0.3, style="us")))
        note = "SSN spoken in one turn"
    if R.random() < 0.5:
        c.a("okay i have ", c.v("SSN", ssn, say_digits(ssn, [3, 2, 4], 0, ", ", style="us")), pick("", " correct"))
        c.c("yes")
        note += "; agent read-back"
    c.a(pick("thank you i see a balance of three hundred and twelve dollars",
             "great the claim was filed on march third", "okay thanks for that"))
    return note


def ni_spoken(ni):
    out = []
    for k, ch in enumerate(ni):
        pass
    L1 = ni[:2]
    dg = ni[2:8]
    suf = ni[8]

    def letter(l):
        l = l.lower()
        r = R.random()
        if r < 0.5:
            return l
        if r < 0.8:
            return "%s for %s" % (l, R.choice(FOR_W[l]))
        return NATO_W[l]
    if L1[0] == L1[1] and R.random() < 0.5:
        lead = "double " + L1[0].lower()
    else:
        lead = letter(L1[0]) + " " + letter(L1[1])
    return "%s %s %s" % (lead, say_digits(dg, R.choice([[2, 2, 2], [6], [3, 3]]), 0.2), letter(suf))


def pos_ni(c):
    ni = make_ni()
    if R.random() < 0.4:
        txt = pick(ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni.lower(),
                   ni[:2] + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:])
        c.a(pick("Please confirm your National Insurance number.", "Can I take your NI no. to update the record?"))
        c.c(pick("NI no: ", "NINO ", "its ", "National insurance - "), c.v("NI_NUMBER", ni, txt))
        c.a("Thanks, updated. Your reference is HMR%s." % digits(7))
        return "typed NI number"
    c.a(opener(pick("gov", "bank", "util")))
    c.c(pick("hiya i'm ringing about my pension", "hi um it's about my tax code", "i've had a letter about universal credit"))
    c.a(pick("okay can i take your national insurance number", "could you give me your n i number please"))
    sp = ni_spoken(ni)
    if R.random() < 0.5:
        w = sp.split(" ")
        cut = R.randint(2, len(w) - 2)
        while w[cut - 1] in ("for", "double", "triple", "hundred", "and") or w[cut] in ("for", "hundred", "and") or (w[cut - 1] in TENS and w[cut] in UNITS):
            cut += 1
            if cut >= len(w) - 1:
                cut = len(w) - 1
                break
        c.c(pick("yeah it's ", "um ", ""), c.v("NI_NUMBER", ni, " ".join(w[:cut]), "n"))
        c.a(bc())
        c.c(c.v("NI_NUMBER", ni, " ".join(w[cut:]), "n"))
        note = "NI number spoken across turns"
    else:
        c.c(pick("it's ", "yep ", ""), c.v("NI_NUMBER", ni, sp))
        note = "NI number spoken with letters/NATO"
    if R.random() < 0.5:
        c.a("so that's ", c.v("NI_NUMBER", ni, ni_spoken(ni)))
        c.c(pick("that's right", "yes"))
        note += "; read-back"
    return note


def pos_bank(c):
    sc = digits(6)
    while sc[0] == "0":
        sc = digits(6)
    acct = digits(8)
    if R.random() < 0.45:
        c.a(pick("To set up the Direct Debit please send sort code and account number.",
                 "Which account should the refund go to?"))
        sct = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])
        c.c(pick("sort code ", "s/c: ", "Sort: "), c.v("SORT_CODE", sc, sct),
            pick(" acct no: ", ", account ", " a/c ", " and acc number "), c.v("BANK_ACCOUNT", acct, pick(acct, acct[:4] + " " + acct[4:])))
        c.a("Thanks, DD set for the %s of each month." % pick("1st", "15th", "28th"))
        return "typed sort code and account"
    c.a(opener(pick("bank", "util", "telecom", "ins")))
    c.c(pick("i want to change how i pay", "can i set up a direct debit"))
    c.a("sure what's the sort code")
    c.c(pick("", "it's ", "um "), c.v("SORT_CODE", sc, say_digits(sc, [2, 2, 2], 0.2)))
    c.a(pick("and the account number", "lovely and the eight digit account number"))
    if R.random() < 0.5:
        c.c(c.v("BANK_ACCOUNT", acct, say_digits(acct[:4], None, 0), "b"))
        c.a(bc())
        c.c(pick("", "then "), c.v("BANK_ACCOUNT", acct, say_digits(acct[4:], None, 0.2), "b"))
        note = "spoken sort code; account split over turns"
    else:
        c.c(pick("it's ", "", "right "), c.v("BANK_ACCOUNT", acct, say_digits(acct, [4, 4], 0.3)))
        note = "spoken sort code and account"
    if R.random() < 0.5:
        c.a("so sort code ", c.v("SORT_CODE", sc, say_digits(sc, [2, 2, 2], 0, " ")), " account ", c.v("BANK_ACCOUNT", acct, say_digits(acct, [4, 4], 0)))
        c.c("yep")
        note += "; read-back"
    return note


def pos_us_bank(c):
    acct = digits(R.choice([9, 10, 12]))
    c.a(pick("For the ACH refund we need your checking account number.", "thanks and what's the account number for the deposit"))
    if R.random() < 0.5:
        c.c(pick("acct no: ", "checking acct ", "Account # "), c.v("BANK_ACCOUNT", acct, acct))
        return "typed US account number"
    c.c(pick("it's ", "okay um "), c.v("BANK_ACCOUNT", acct, say_digits(acct, None, 0.2, style="us")))
    return "spoken US account number"


def pos_iban(c):
    ib = make_iban()
    grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if R.random() < 0.65:
        c.a(pick("Please provide the IBAN for the refund transfer.", "For the SEPA mandate we need your IBAN."))
        txt = pick(grp, ib, grp.lower(), ib[:4] + " " + ib[4:])
        c.c(pick("IBAN: ", "iban ", "My IBAN is ", "here u go "), c.v("IBAN", ib, txt), pick("", " thanks", ". BIC not needed?"))
        c.a("Thank you, refund of EUR %d.%02d initiated." % (R.randint(10, 900), R.randint(0, 99)))
        return "typed IBAN"
    c.a(pick("ok can you read me the iban", "and the iban please"))
    cc = " ".join(ch.lower() for ch in ib[:2])
    parts = [cc + " " + say_digits(ib[2:4], None, 0)]
    rest = ib[4:]
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            parts.append(rest[i].lower())
            i += 1
        else:
            j = i
            while j < len(rest) and rest[j].isdigit() and j - i < 4:
                j += 1
            parts.append(say_digits(rest[i:j], None, 0))
            i = j
    h = len(parts) // 2
    c.c(pick("", "it's "), c.v("IBAN", ib, " ".join(parts[:h]), "i"))
    c.a(bc())
    c.c(c.v("IBAN", ib, " ".join(parts[h:]), "i"))
    return "spoken IBAN across turns"


def make_phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "ie", "intl_uk", "intl_us", "intl_ie", "de"])
    if k == "ukmob":
        n = "07" + digits(9)
        return n, n[:5] + " " + n[5:], [5, 6]
    if k == "ukland":
        n = "020" + digits(8)
        return n, n[:3] + " " + n[3:7] + " " + n[7:], [3, 4, 4]
    if k == "us":
        n = str(R.randint(201, 989)) + "555" + digits(4)
        return n, pick("(%s) %s-%s", "%s-%s-%s", "%s.%s.%s") % (n[:3], n[3:6], n[6:]), [3, 3, 4]
    if k == "ie":
        n = "08" + R.choice("35679") + digits(7)
        return n, n[:3] + " " + n[3:6] + " " + n[6:], [3, 3, 4]
    if k == "intl_uk":
        n = "+447" + digits(9)
        return n, pick("+44 %s %s", "+44%s%s", "+44 (0)%s %s") % (n[3:7], n[7:]), [2, 4, 6]
    if k == "intl_us":
        n = "+1" + str(R.randint(201, 989)) + "555" + digits(4)
        return n, "+1 %s %s %s" % (n[2:5], n[5:8], n[8:]), [1, 3, 3, 4]
    if k == "intl_ie":
        n = "+3538" + R.choice("35679") + digits(7)
        return n, "+353 %s %s %s" % (n[4:6], n[6:9], n[9:]), [3, 2, 3, 4]
    n = "+4915" + digits(9)
    return n, "+49 %s %s" % (n[3:7], n[7:]), [2, 4, 9]


def phone_norm(s):
    d = spoken_digits(s.replace("(0)", ""))
    return d


def pos_phone(c):
    n, typed, g = make_phone()
    if R.random() < 0.45:
        c.a(pick("What's the best contact number?", "Can you confirm the mobile on the account?"))
        c.c(pick("mob: ", "tel ", "call me on ", "its ", "Phone - "), c.v("PHONE", n, typed), pick("", " after 5pm pls", " (work)"))
        return "typed phone number"
    c.a(pick("and a good number to reach you on", "can i take a contact number in case we get cut off"))
    if n.startswith("+"):
        digs = n[1:]
        sp = pick("plus ", "plus ") + say_digits(digs, g, 0.2)
    else:
        sp = say_digits(n, g, 0.25)
    if R.random() < 0.4:
        w = sp.split(" ")
        cut = len(w) // 2
        while cut < len(w) - 1 and (w[cut - 1] in ("double", "triple", "hundred", "and", "plus") or w[cut] in ("hundred", "and") or (w[cut - 1] in TENS and w[cut] in UNITS)):
            cut += 1
        c.c(pick("yeah it's ", "it's ", ""), c.v("PHONE", n, " ".join(w[:cut]), "p"))
        c.a(bc())
        c.c(c.v("PHONE", n, " ".join(w[cut:]), "p"))
        note = "spoken phone split over turns"
    else:
        c.c(pick("yeah it's ", "um it's ", "", "best is my mobile "), c.v("PHONE", n, sp))
        note = "spoken phone"
    if R.random() < 0.4:
        c.a("that's ", c.v("PHONE", n, say_digits(n.lstrip("+"), g, 0) if not n.startswith("+") else "plus " + say_digits(n[1:], g, 0)))
        c.c("yep")
        note += "; read-back"
    return note


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(DOMAINS)
    loc = R.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, l + f[0], f + "." + l + str(R.randint(1, 99)),
                    f + str(R.randint(70, 99))])
    return loc + "@" + d


def say_email(e):
    loc, dom = e.split("@")
    out = []
    for piece in re.findall(r"[a-z]+|\d+|[._]", loc):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(two_words(int(piece)) if R.random() < 0.6 and piece[0] != "0" else " ".join(UNIT_W[int(x)] for x in piece))
        elif len(piece) == 1:
            out.append(piece if R.random() < 0.6 else "%s for %s" % (piece, R.choice(FOR_W.get(piece, [NATO_W.get(piece, piece)]))))
        else:
            out.append(piece)
    out.append(pick("at", "at", "at um"))
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def pos_email(c):
    e = make_email()
    if R.random() < 0.45:
        shown = pick(e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e)
        c.a(pick("Which email should the receipt go to?", "Can you confirm your email address please?"))
        c.c(pick("email: ", "it's ", "send to ", "e-mail - ", ""), c.v("EMAIL", e, shown), pick("", " thanks", ". cheers"))
        return "typed email"
    c.a(pick("and what email should we send the confirmation to", "can i grab an email address"))
    sp = say_email(e)
    if R.random() < 0.35:
        i = sp.index(" at")
        c.c(pick("it's ", "yeah so it's "), c.v("EMAIL", e, sp[:i], "e"))
        c.a(bc())
        c.c(c.v("EMAIL", e, sp[i + 1:], "e"))
        return "spoken email split at the at-sign"
    c.c(pick("it's ", "", "um it's "), c.v("EMAIL", e, sp))
    return "spoken email"


def pos_dob(c):
    asr = R.random() < 0.6
    d = make_dob(asr)
    c.a(pick("can you confirm your date of birth", "For security, what's your DOB?", "and your date of birth please"))
    c.c(pick("", "it's ", "yeah ", "DOB ", "born "), c.v("DOB", d, d))
    if R.random() < 0.3:
        c.a("thanks and you're %s so you qualify for the over sixties rate" % two_words(R.randint(61, 84)))
    return "spoken DOB" if asr else "typed DOB"


def pos_address(c):
    country = pick("UK", "UK", "US", "IE")
    asr = R.random() < 0.5
    if country == "UK":
        st = R.choice(STREETS_UK)
        town = R.choice(TOWNS_UK)
    elif country == "US":
        st = R.choice(STREETS_US)
        town = R.choice(TOWNS_US)
    else:
        st = R.choice(STREETS_IE)
        town = pick("Galway", "Cork", "Limerick")
    num = R.randint(1, 240) if country != "US" else R.randint(100, 4999)
    flat = R.random() < 0.25
    if asr:
        nstr = two_words(num) if num < 100 else say_chunk(str(num), "uk")
        addr = ("flat %s " % two_words(R.randint(1, 20)) if flat else "") + nstr + " " + st.lower()
    else:
        addr = ("Flat %d, " % R.randint(1, 20) if flat else "") + "%d %s" % (num, st)
    c.a(pick("can i take the first line of your address", "What's the address for delivery?", "and the postcode and address please"))
    segs = [pick("", "it's ", "yeah it's "), c.v("ADDRESS", addr, addr), ", " + (town.lower() if asr else town)]
    if country in ("UK", "US"):
        pc = make_pc(country)
        if asr:
            if country == "US":
                pct = say_digits(pc.replace("-", ""), [5] if len(pc) == 5 else [5, 4], 0)
            else:
                out, inn = pc.split(" ")
                pct = " ".join(spell_pc(out)) + " " + " ".join(spell_pc(inn))
        else:
            pct = pick(pc, pc.lower(), pc.replace(" ", "")) if country == "UK" else pc
        segs += [pick(" ", ", ", " postcode "), c.v("POSTCODE", pc, pct)]
    c.c(*segs)
    if R.random() < 0.3:
        c.a("great we'll deliver on the %s between eight and twelve" % pick("fourteenth", "ninth", "twenty first"))
    return "address with town%s (%s, %s)" % (" and postcode" if country != "IE" else "", country, "spoken" if asr else "typed")


def spell_pc(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(UNIT_W[int(ch)] if ch != "0" else "zero")
        else:
            l = ch.lower()
            out.append(l if R.random() < 0.6 else "%s for %s" % (l, R.choice(FOR_W[l])))
    return out


def pos_postcode_only(c):
    country = pick("UK", "US")
    pc = make_pc(country)
    c.a(pick("can i just take your postcode to find you", "what's the zip code on the account"))
    if country == "US":
        t = pick(pc, say_digits(pc.replace("-", ""), [5] if len(pc) == 5 else [5, 4], 0.1, style="us"))
    else:
        o, i = pc.split(" ")
        t = pick(pc, " ".join(spell_pc(o)) + " " + " ".join(spell_pc(i)))
    c.c(pick("", "it's ", "yeah "), c.v("POSTCODE", pc, t))
    c.a(pick("thanks i can see two accounts there", "lovely found you"))
    return "postcode on its own"


def pos_idv(c):
    """Identity verification mixing several types plus non-PII distractors."""
    c.a(opener(pick(*IND)))
    c.c(pick("hi i'm calling about order %s" % say_digits(digits(6), None, 0), "hiya my bill's gone up to %s pounds" % two_words(R.randint(41, 99)),
             "hello it's about ticket %s" % digits(7)))
    c.a("i can help with that first i need to verify you what's your date of birth")
    d = make_dob(True)
    c.c(pick("", "it's "), c.v("DOB", d, d))
    c.a("and the postcode")
    pc = make_pc("UK")
    o, i = pc.split(" ")
    c.c(c.v("POSTCODE", pc, " ".join(spell_pc(o)) + " " + " ".join(spell_pc(i))))
    c.a("and the first line of the address")
    st = R.choice(STREETS_UK)
    addr = two_words(R.randint(2, 99)) + " " + st.lower()
    c.c(c.v("ADDRESS", addr, addr))
    c.a(pick("thanks you're verified your balance is forty two pounds ten", "perfect, the engineer is booked for the third at two pm"))
    return "ID&V: DOB, postcode, address with distractors"


POS = [(pos_card_chat, 40), (pos_card_call, 45), (pos_ssn, 32), (pos_ni, 32), (pos_bank, 16),
       (pos_us_bank, 4), (pos_iban, 14), (pos_phone, 18), (pos_email, 16), (pos_dob, 10),
       (pos_address, 18), (pos_postcode_only, 6), (pos_idv, 8)]


# ---------------------------------------------------------------- negatives
def neg_elements():
    longd = lambda n: digits(n)
    return [
        lambda: "your order number is %s" % say_digits(make_card(), [4, 4, 4, 4], 0.2),
        lambda: "the tracking number is 1Z%s%s" % (digits(2).upper(), digits(14)),
        lambda: "reference %s" % " ".join(longd(4) for _ in range(4)),
        lambda: "invoice no. INV-%s" % longd(9),
        lambda: "claim number %s" % say_digits(longd(9), [3, 2, 4], 0.1, style="us"),
        lambda: "your policy number is %s" % pick("PL" + longd(8), "HX-" + longd(6) + "-" + longd(2)),
        lambda: "the balance is £%d.%02d" % (R.randint(1, 9999), R.randint(0, 99)),
        lambda: "that comes to %s pounds %s" % (two_words(R.randint(21, 99)), two_words(R.randint(11, 99))),
        lambda: "the total is $%s.%02d" % ("{:,}".format(R.randint(1000, 999999)), R.randint(0, 99)),
        lambda: "we're open %d till %d on weekdays" % (R.randint(7, 9), R.randint(5, 8)),
        lambda: "the call will take about %s minutes" % two_words(R.randint(10, 45)),
        lambda: "i've been on hold for %s minutes" % two_words(R.randint(21, 59)),
        lambda: "the meter reading is %s" % pick(longd(5), say_digits(longd(5), None, 0)),
        lambda: "the serial number on the router is SN%s" % longd(12),
        lambda: "it's the model %s-%s" % (pick("WX", "KT", "HB"), longd(4)),
        lambda: "your flight is %s%d from gate %s%d, seat %d%s" % (pick("BA", "EI", "FR", "UA"), R.randint(100, 9999), pick("A", "B", "C"), R.randint(1, 40), R.randint(1, 38), pick("A", "C", "F")),
        lambda: "you're in room %s" % two_words(R.randint(11, 99)) if R.random() < 0.5 else "you're in room %d" % R.randint(100, 999),
        lambda: "the card ending %s" % pick(longd(4), say_digits(longd(4), None, 0)),
        lambda: "the payment on the card ending in %s was declined" % longd(4),
        lambda: "your next payment is due on the %s of %s" % (R.choice(ORD), R.choice(MONTHS)),
        lambda: "the appointment is on %02d/%02d/%d at %d:%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(8, 17), R.choice([0, 15, 30, 45])),
        lambda: "the contract started on %s %s %s" % (R.choice(MONTHS), R.choice(ORD), say_year(R.randint(2015, 2025))),
        lambda: "i'm %s years old" % two_words(R.randint(18, 90)),
        lambda: "the heating's set to %s degrees" % two_words(R.randint(16, 24)),
        lambda: "the rate goes up %s.%d percent" % (R.randint(1, 9), R.randint(0, 9)),
        lambda: "i've been a customer since %s" % say_year(R.randint(1985, 2020)),
        lambda: "there are roadworks on the %s" % pick("A40", "M25", "Route 66", "N7", "High Street", "Interstate 95"),
        lambda: "we've had %s complaints about it" % two_words(R.randint(3, 40)),
        lambda: "the confirmation code is %s" % "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6)),
        lambda: "the ticket number is %s" % say_digits(longd(8), [4, 4], 0.1),
        lambda: "your case id is %s" % longd(10),
        lambda: "the account reference on your bill is %s" % longd(11),
        lambda: "the parcel weighs %s.%d kilos" % (R.randint(1, 20), R.randint(1, 9)),
        lambda: "the data allowance is %d gigabytes" % R.choice([5, 30, 100, 250]),
        lambda: "that was back in %s" % say_year(R.randint(1995, 2024)),
        lambda: "your booking reference is %s" % pick("QX7", "ZT4", "MN2") + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)),
        lambda: "press %s then %s for billing" % (UNIT_W[R.randint(1, 9)], UNIT_W[R.randint(1, 9)]),
        lambda: "the sim serial is 8944%s" % longd(15),
        lambda: "the reading on the gas meter is %s cubic metres" % "{:,}".format(R.randint(1000, 99999)),
        lambda: "the voucher code is SAVE%d" % R.choice([10, 15, 20, 25]),
    ]


NEG_OPEN = ["hi i'm calling about my bill", "Hi, quick question about my order", "hello yeah it's about my flight",
            "hiya the engineer never turned up", "hi i want to dispute a charge", "Hello, I need a copy of my invoice",
            "hi um it's about the claim i made", "hi the app keeps crashing", "i want to cancel my contract",
            "good morning i'm chasing a refund"]


def neg_case(c):
    els = neg_elements()
    chosen = R.sample(els, R.randint(2, 4))
    ind = R.choice(IND)
    c.a(opener(ind))
    c.c(R.choice(NEG_OPEN))
    notes = []
    for k, f in enumerate(chosen):
        s = f()
        notes.append(s.split(" is ")[0][:30] if " is " in s else s[:30])
        spk = "agent" if k % 2 == 0 else "customer"
        if R.random() < 0.3 and spk == "customer":
            s = pick("um ", "so ", "yeah ") + s
        if R.random() < 0.25:
            s = s[0].upper() + s[1:] + "."
        c.t(spk, s)
    c.a(pick("is there anything else i can help with", "okay that's all sorted for you", "thanks for your patience"))
    return "negative: " + "; ".join(notes)


def neg_card_like(c):
    """Long digit strings read like a card but labelled as something else."""
    c.a(opener(pick("retail", "telecom", "util", "ins")))
    n = make_card()
    lab = pick("order number", "reference", "imei", "account reference", "policy number", "meter serial")
    c.c("yeah i've got the %s here it's" % lab)
    c.a("go on")
    c.c(say_digits(n[:8], [4, 4], 0.2))
    c.a(bc())
    c.c(say_digits(n[8:], [4, len(n) - 12], 0.2))
    c.a("thanks that %s is showing as %s" % (lab, pick("dispatched", "active", "closed", "pending")))
    return "negative: %s read like a card number" % lab


def neg_last4(c):
    c.a(opener(pick("bank", "retail", "telecom")))
    c.c("hi i think i've been charged twice on my card ending %s" % pick(digits(4), say_digits(digits(4), None, 0)))
    c.a("i can see two payments of %s pounds on the card ending in %s on the %s" % (two_words(R.randint(21, 99)), say_digits(digits(4), [2, 2], 0), R.choice(ORD)))
    c.c("yeah the second one on the %s of %s" % (R.choice(ORD), R.choice(MONTHS)))
    c.a("okay i've raised dispute number %s, it takes up to %s working days" % (digits(8), two_words(R.randint(5, 14))))
    return "negative: card last-four only, amounts and dates"


def neg_dates(c):
    c.a(pick("When would you like the appointment?", "what date do you want to fly"))
    c.c(pick("the %s of %s if possible" % (R.choice(ORD), R.choice(MONTHS)),
             "%02d/%02d/%d please, around %d:%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027), R.randint(8, 17), R.choice([0, 30]))))
    c.a("okay that's booked, booking ref %s. the contract renews %s %s" % (digits(9), R.choice(MONTHS), say_year(R.randint(2025, 2028))))
    c.c("and the price stays at %s ninety nine?" % two_words(R.randint(21, 49)))
    c.a("yes for %s months" % two_words(R.choice([12, 18, 24])))
    return "negative: appointment/contract dates, prices, durations"


NEG = [(neg_case, 70), (neg_card_like, 16), (neg_last4, 10), (neg_dates, 10)]


# ---------------------------------------------------------------- validation
def norm_value(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        return spoken_digits(text)
    if typ == "PHONE":
        return phone_norm(text)
    if typ in ("NI_NUMBER", "IBAN"):
        return spoken_alnum(text)
    if typ == "POSTCODE":
        return spoken_alnum(text).replace(" ", "")
    if typ == "EMAIL":
        return spoken_email(text)
    return text


def canon_norm(typ, canon):
    if typ == "POSTCODE":
        return canon.replace(" ", "").upper()
    if typ in ("NI_NUMBER", "IBAN"):
        return canon.upper()
    if typ == "EMAIL":
        return canon.lower()
    return canon


def validate_canon(typ, s):
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return (re.fullmatch(r"\d{9}", s) is not None and s[:3] not in ("000", "666") and s[0] != "9"
                and s[3:5] != "00" and s[5:] != "0000")
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", s) is not None
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{8,12}", s) is not None
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return re.fullmatch(r"(\+\d{10,13}|0\d{9,10}|[2-9]\d{9})", s) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) is not None
    if typ == "DOB":
        return dob_ok(s)
    if typ == "EXPIRY":
        return expiry_ok(s)
    if typ == "POSTCODE":
        return pc_ok(s) or pc_ok(s[:-3] + " " + s[-3:])
    if typ == "ADDRESS":
        return re.fullmatch(r"((flat|apartment|apt|unit) [a-z0-9 ]+?,? )?[a-z0-9 ]+ [a-z ]*\b" + STREET_SUFFIX,
                            s.lower()) is not None and bool(re.match(r"(flat|apartment|apt|unit|\d|" + "|".join(list(UNITS) + list(TEENS) + list(TENS)) + r")", s.lower()))
    return False


def validate_case(case, errors, cid):
    for key, v in case.values.items():
        typ = v["type"]
        canon = canon_norm(typ, v["canon"])
        if not validate_canon(typ, canon):
            errors.append("%s: canonical %s %r invalid" % (cid, typ, canon))
            continue
        try:
            got = "".join(norm_value(typ, p) for p in v["parts"])
        except ValueError as e:
            errors.append("%s: %s" % (cid, e))
            continue
        if typ in ("DOB", "ADDRESS", "EXPIRY"):
            if not validate_canon(typ, got):
                errors.append("%s: %s %r invalid" % (cid, typ, got))
            continue
        got = canon_norm(typ, got)
        if v["partial"]:
            if not got or got not in canon:
                errors.append("%s: partial %s %r not in %r" % (cid, typ, got, canon))
        elif got != canon:
            errors.append("%s: %s normalised %r != %r (parts %r)" % (cid, typ, got, canon, v["parts"]))


def generate():
    rows, cases = [], []
    plan = []
    for f, n in POS:
        plan += [f] * n
    R.shuffle(plan)
    for k, f in enumerate(plan, 1):
        c = Case("positive", "")
        c.note = f(c)
        cid = "h527-pos-%03d" % k
        rows.append(c.render(cid))
        cases.append((cid, c))
    plan = []
    for f, n in NEG:
        plan += [f] * n
    R.shuffle(plan)
    for k, f in enumerate(plan, 1):
        c = Case("negative", "")
        c.note = f(c)
        cid = "h527-neg-%03d" % k
        rows.append(c.render(cid))
        cases.append((cid, c))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, cases


def check_rows(rows, cases):
    errors = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for r in rows:
        cid = r["id"]
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % cid)
        if r["kind"] == "negative" and r["spans"]:
            errors.append("%s: negative with spans" % cid)
        if r["kind"] == "positive" and not r["spans"]:
            errors.append("%s: positive without spans" % cid)
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errors.append("%s: bad type" % cid)
            if not 0 <= s["turn"] < len(r["turns"]):
                errors.append("%s: turn out of range" % cid)
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append("%s: offsets out of range" % cid)
                continue
            if not txt[a].isalnum() and txt[a] != "+" or not txt[b - 1].isalnum():
                errors.append("%s: span edge not alnum %r" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errors.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errors.append("%s: overlapping spans" % cid)
    for cid, c in cases:
        validate_case(c, errors, cid)
    counts = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            counts[s["type"]] += 1
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = sum(r["kind"] == "negative" for r in rows)
    if npos < 200 or nneg < 100:
        errors.append("too few cases %d/%d" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errors.append("too few %s spans: %d" % (t, counts[t]))
    return errors, counts, npos, nneg


def main():
    text, rows, cases = generate()
    errors, counts, npos, nneg = check_rows(rows, cases)
    if "--check" in sys.argv:
        try:
            with open(OUT, encoding="utf-8") as fh:
                on_disk = fh.read()
        except OSError:
            on_disk = None
        if on_disk != text:
            errors.append("cases.jsonl is not byte-identical to a fresh regeneration")
        if errors:
            for e in errors[:50]:
                print("ERROR", e)
            print("%d errors" % len(errors))
            return 1
        print("OK: %d positive, %d negative cases" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        return 0
    if errors:
        for e in errors[:50]:
            print("ERROR", e)
        print("%d errors; not writing" % len(errors))
        return 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s: %d positive, %d negative" % (OUT, npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h242.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout242.py          # write fixture + README
    python scripts/make_pii_holdout242.py --check  # regenerate and verify
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 242241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout242")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
HOMO = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8", "tree": "3", "free": "3"}


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def digit_word(d, homophones=False):
    if d == "0":
        return zero_word()
    if homophones and R.random() < 0.25:
        alt = {"4": "for", "2": "to", "8": "ate", "3": "tree", "1": "won"}
        if d in alt:
            return alt[d]
    return UNITS[int(d)]


def pair_words(p):
    a, b = p[0], p[1]
    if a == "0":
        return zero_word() + " " + UNITS[int(b)] if b != "0" else zero_word() + " " + zero_word()
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say(digits, style=None, homophones=False):
    """Spell a digit string as an ASR transcript would."""
    style = style or R.choice(["plain", "plain", "runs", "pairs"])
    out = []
    i = 0
    while i < len(digits):
        d = digits[i]
        if style == "pairs" and i + 1 < len(digits) and R.random() < 0.6 and \
                not (digits[i + 1] == "0" and digits[i] not in "01" and i + 2 < len(digits)):
            out.append(pair_words(digits[i:i + 2]))
            i += 2
            continue
        if style in ("runs", "pairs"):
            if i + 2 < len(digits) and digits[i + 1] == d and digits[i + 2] == d:
                out.append("triple " + digit_word(d))
                i += 3
                continue
            if i + 1 < len(digits) and digits[i + 1] == d:
                out.append("double " + digit_word(d))
                i += 2
                continue
        out.append(digit_word(d, homophones))
        i += 1
    return " ".join(out)


def say_groups(digits, sizes, style=None, homophones=False):
    parts, i = [], 0
    for s in sizes:
        parts.append(say(digits[i:i + s], style, homophones))
        i += s
    return parts


def letter_say(ch, nato=False):
    ch = ch.lower()
    if nato:
        return ch + " for " + NATO[ch]
    return ch


# ---------------------------------------------------------------- normalisers
FILLER = {"um", "uh", "er", "erm", "ah", "like", "yeah", "so", "and", "then", "its", "it's",
          "is", "the", "that's", "thats", "hmm"}


def norm_digits(text):
    low = text.lower().replace("two thousand and ", "two hundred ").replace("two thousand", "two thousand zero zero zero")
    toks = re.sub(r"[^a-z0-9' ]", " ", low.replace("-", " ")).split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple") and nxt:
            n = 2 if t == "double" else 3
            sub = norm_digits(nxt)
            out.append(sub * n)
            i += 2
            continue
        if t in TENS and t:
            v = TENS.index(t)
            if nxt in UNITS[1:]:
                out.append(str(v) + str(UNITS.index(nxt)))
                i += 2
                continue
            out.append(str(v) + "0")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in UNITS:
            out.append(str(UNITS.index(t)))
        elif t in ("oh", "o", "nought", "nil"):
            out.append("0")
        elif t in HOMO:
            out.append(HOMO[t])
        elif t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
        elif t.isdigit():
            out.append(t)
        elif t in FILLER or t in ("plus", "slash", "hundred"):
            if t == "hundred":
                out.append("00")
        else:
            m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
            if m:
                out.append(m.group(1))
        i += 1
    return "".join(out)


NATO_REV = {v: k for k, v in NATO.items()}


def norm_alnum(text):
    toks = re.sub(r"[^a-z0-9 ]", " ", text.lower()).split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for" \
                and toks[i + 2].startswith(t):
            out.append(t.upper())
            i += 3
            continue
        if t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
        elif t.isalnum() and not t.isdigit() and re.fullmatch(r"[a-z0-9]+", t) \
                and any(c.isdigit() for c in t):
            out.append(t.upper())
        elif t.isalpha() and len(t) in (2, 3, 4) and t not in UNITS + TEENS + TENS + \
                ["oh", "double", "triple", "nought", "and", "um", "uh", "er", "for"]:
            out.append(t.upper())
        else:
            d = norm_digits(t) if t not in ("double", "triple") else ""
            if t in ("double", "triple") and i + 1 < len(toks):
                n = 2 if t == "double" else 3
                nx = toks[i + 1]
                out.append((NATO_REV.get(nx, nx).upper() if len(nx) == 1 and nx.isalpha() and nx != "o"
                            else norm_digits(nx)) * n)
                i += 2
                continue
            if t in TENS and t and i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(norm_digits(t + " " + toks[i + 1]))
                i += 2
                continue
            out.append(d)
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t.strip()
    toks = t.split()
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    m.update({w: str(i) for i, w in enumerate(UNITS)})
    return "".join(m.get(x, x) for x in toks)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")


# ---------------------------------------------------------------- generators
def card_number():
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_sizes(num):
    return [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban():
    cc, blen = R.choice([("GB", None), ("IE", None), ("DE", 18), ("FR", 23), ("NL", None), ("ES", 20)])
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "HSBC", "LOYD", "AIBK", "BOFI"])
        bban = bank + "".join(str(R.randint(0, 9)) for _ in range(14))
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(str(R.randint(0, 9)) for _ in range(10))
    else:
        bban = "".join(str(R.randint(0, 9)) for _ in range(blen))
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    chk = 98 - n % 97
    return cc + "%02d" % chk + bban


def digits(n, first_nonzero=True):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def sort_code():
    """UK sort code; second digit of each pair non-zero so spoken pairs stay unambiguous."""
    d = list(digits(6, False))
    for i in (1, 3, 5):
        if d[i] == "0":
            d[i] = str(R.randint(1, 9))
    return "".join(d)


def uk_mobile():
    return "07" + digits(9, False)


def us_phone():
    return str(R.randint(2, 9)) + digits(2, False) + str(R.randint(2, 9)) + digits(6, False)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "owen",
         "grace", "dmitri", "hannah", "sean", "lucy", "marco", "niamh", "raj", "emily", "jake"]
LAST = ["murphy", "patel", "oconnor", "smith", "kowalski", "brennan", "nguyen", "walsh",
        "garcia", "hughes", "doyle", "khan", "fischer", "byrne", "taylor", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "icloud.com",
           "btinternet.com", "aol.com", "web.de"]
STREETS_UK = ["high street", "station road", "church lane", "victoria road", "mill lane",
              "park avenue", "queens road", "the crescent", "willow close", "green lane"]
STREETS_US = ["maple avenue", "oak street", "elm drive", "washington boulevard", "lakeview road",
              "pine court", "sunset lane", "main street", "cedar way"]
UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QF", "EH3 9BT",
         "G12 8QQ", "BS8 1TH", "CF10 3AT", "NE1 4LP", "L18 9SJ", "OX4 2DU", "KT2 6RP",
         "BT7 1NN", "PL4 8AA", "N16 7UH", "SE15 4QR", "W5 3JL", "E17 9PZ"]
US_ZIP = ["10027", "60614", "94110", "30318", "77005", "02139", "98103", "85004", "19103",
          "48201", "33139", "80205", "55408", "97214"]


def house_words(num):
    if num < 10:
        return UNITS[num]
    if num < 100:
        return pair_words(str(num))
    t = str(num)
    if t[1:] == "00":
        return UNITS[int(t[0])] + " hundred"
    return UNITS[int(t[0])] + " " + (pair_words(t[1:]) if t[1] != "0" else "oh " + UNITS[int(t[2])])


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def email_spoken(e):
    local, dom = e.split("@")
    def part(s):
        out = []
        buf = ""
        for ch in s:
            if ch in "._-":
                if buf:
                    out.append(buf)
                buf = ""
                out.append({".": "dot", "_": "underscore", "-": "dash"}[ch])
            elif ch.isdigit():
                if buf:
                    out.append(buf)
                buf = ""
                out.append(UNITS[int(ch)])
            else:
                buf += ch
        if buf:
            out.append(buf)
        return out
    words = part(local)
    # letters spelled for short tokens
    words = [" ".join(w) if (len(w) <= 2 and w.isalpha() and w not in ("dot",)) else w for w in words]
    return " ".join(words + ["at"] + part(dom))


def spoken_email_norm_target(e):
    return e


def dob_value():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return datetime.date(y, m, d)


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def year_words(y):
    a, b = str(y)[:2], str(y)[2:]
    if a == "20":
        if b == "00":
            return "two thousand"
        return "two thousand and " + UNITS[int(b[1])] if b[0] == "0" else "twenty " + pair_words(b)
    return pair_words(a) + " " + pair_words(b)


def dob_spoken(dt):
    form = R.choice(["dmy", "mdy", "num"])
    if form == "dmy":
        return "the " + ORD[dt.day] + " of " + MONTHS[dt.month - 1] + " " + year_words(dt.year)
    if form == "mdy":
        return MONTHS[dt.month - 1] + " " + ORD[dt.day] + " " + year_words(dt.year)
    return say("%02d" % dt.day, "plain") + " " + say("%02d" % dt.month, "plain") + " " + year_words(dt.year)


def dob_typed(dt, us=False):
    f = R.choice(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d"])
    a, b = (dt.month, dt.day) if us else (dt.day, dt.month)
    return f % (a, b, dt.year) if R.random() < 0.7 else "%d %s %d" % (dt.day, MONTHS[dt.month - 1].title(), dt.year)


def pc_spoken(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(digit_word(ch) if ch != "0" else "zero")
        else:
            out.append(letter_say(ch, nato=R.random() < 0.25 or ch == "O"))
    return " ".join(out)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []          # list of (speaker, [segments])
        self.groups = {}         # group -> (type, canonical)

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def render(self, cid):
        turns, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ, grp = s
                    start = len(text)
                    text += val
                    spans.append({"turn": ti, "start": start, "end": len(text), "type": typ,
                                  "_g": grp})
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def V(case, val, typ, canon, grp=None):
    grp = grp or "g%d" % len(case.groups)
    case.groups[grp] = (typ, canon)
    return (val, typ, grp)


META = {}   # id -> groups (for check)

POS, NEG = [], []

INTROS_CALL = ["okay", "right", "yeah", "um okay", "sure", "yep", "alright"]
CHAT_HI = ["Hi,", "Hello", "hey", "Hi there", "Good morning,"]


def ind():
    return R.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel",
                     "healthcare billing", "government services"])


# ---- CARD_NUMBER (+ CVV, EXPIRY)
def card_call_single():
    c = Case("positive", "call/%s: card read in one turn, spoken digits with oh/double" % ind())
    n = card_number()
    c.add("agent", "and can i take the long card number please")
    c.add("customer", R.choice(INTROS_CALL) + " it's ", V(c, say(n), "CARD_NUMBER", n))
    return c


def card_call_split():
    c = Case("positive", "call/%s: card split over turns with agent back-channels" % ind())
    n = card_number()
    parts = say_groups(n, card_sizes(n), homophones=True)
    g = "card"
    c.groups[g] = ("CARD_NUMBER", n)
    c.add("agent", "go ahead with the card number when you're ready")
    c.add("customer", R.choice(["right ", "okay so ", "um "]), (parts[0], "CARD_NUMBER", g))
    for p in parts[1:]:
        c.add("agent", R.choice(["mhm", "yep", "okay go on", "uh huh", "got that"]))
        c.add("customer", (p, "CARD_NUMBER", g), R.choice(["", "", " um", " yeah"]))
    return c


def card_call_restart():
    c = Case("positive", "call/%s: caller restarts card reading; false start left unlabelled" % ind())
    n = card_number()
    false = say(n[:3], "plain")
    c.add("agent", "what's the card number on the front")
    c.add("customer", false + " oh hang on wrong card sorry")
    c.add("agent", "no problem take your time")
    c.add("customer", "okay it's ", V(c, say(n, "runs"), "CARD_NUMBER", n), " and the expiry is ",
          V(c, exp_spoken(c_exp := exp_value()), "EXPIRY", c_exp))
    return c


def exp_value():
    return "%02d%02d" % (R.randint(1, 12), R.randint(26, 31))


def exp_spoken(e):
    mm, yy = e[:2], e[2:]
    f = R.choice(["num", "month", "num2"])
    if f == "num":
        return say(mm, "plain") + " " + pair_words(yy)
    if f == "num2":
        return say(mm, "plain") + " twenty " + pair_words(yy)
    return MONTHS[int(mm) - 1] + " twenty " + pair_words(yy)


def card_call_interrupt():
    c = Case("positive", "call/%s: agent interrupts mid-reading, customer repeats group; cvv after" % ind())
    n = card_number()
    sz = card_sizes(n)
    parts = say_groups(n, sz)
    g = "card"
    c.groups[g] = ("CARD_NUMBER", n)
    c.add("agent", "the card number please")
    c.add("customer", (parts[0] + " " + parts[1], "CARD_NUMBER", g))
    c.add("agent", "sorry you broke up there after the first eight")
    c.add("customer", "oh sorry ", (parts[2] + " " + parts[3] if len(parts) > 3 else parts[2], "CARD_NUMBER", g))
    cvv = digits(4 if len(n) == 15 else 3, False)
    c.add("agent", "lovely and the " + ("four digit code on the front" if len(n) == 15 else "three digit security code on the back"))
    c.add("customer", V(c, say(cvv, "plain"), "CVV", cvv))
    return c


def card_agent_readback():
    c = Case("positive", "call/%s: agent reads card back in groups, customer confirms" % ind())
    n = card_number()
    c.add("customer", "the card is ", V(c, say(n, "pairs"), "CARD_NUMBER", n, "c1"))
    c.add("agent", "let me read that back ", V(c, " ".join(say_groups(n, card_sizes(n), "plain")), "CARD_NUMBER", n, "c2"),
          " is that right")
    c.add("customer", "yeah that's it")
    return c


def card_chat():
    c = Case("positive", "chat/%s: card typed with separators, cvv and expiry typed" % ind())
    n = card_number()
    sep = R.choice([" ", "-", "", " ", "  "])
    sz = card_sizes(n)
    parts, i = [], 0
    for s in sz:
        parts.append(n[i:i + s]); i += s
    typed = sep.join(parts)
    e = exp_value()
    cvv = digits(4 if len(n) == 15 else 3, False)
    et = R.choice([e[:2] + "/" + e[2:], e[:2] + "/20" + e[2:], e[:2] + "-" + e[2:]])
    c.add("customer", R.choice(CHAT_HI) + " card no is ", V(c, typed, "CARD_NUMBER", n),
          " exp ", V(c, et, "EXPIRY", e), R.choice([" cvv ", " security code: ", " cvc "]),
          V(c, cvv, "CVV", cvv))
    c.add("agent", "Thank you, processing the payment of £%d.%02d now." % (R.randint(10, 400), R.randint(0, 99)))
    return c


def card_call_two_in_turn():
    c = Case("positive", "call/%s: expiry and cvv in one turn with amount nearby" % ind())
    n = card_number()
    e = exp_value()
    cvv = digits(3, False)
    c.add("agent", "and that's for the %s pound payment yeah whats the card number" % pair_words(str(R.randint(20, 99))))
    c.add("customer", V(c, say(n), "CARD_NUMBER", n))
    c.add("agent", "and the expiry and the three digits on the back")
    c.add("customer", "expires ", V(c, exp_spoken(e), "EXPIRY", e), " and the code is um ",
          V(c, say(cvv, "plain"), "CVV", cvv))
    return c


# ---- SSN
def ssn_call():
    c = Case("positive", "call/%s: US SSN spoken digit by digit with homophones" % ind())
    s = ssn()
    c.add("agent", "can you verify your social security number")
    c.add("customer", R.choice(INTROS_CALL) + " it's ", V(c, say(s, R.choice(["plain", "runs"]), True), "SSN", s))
    return c


def ssn_call_split():
    c = Case("positive", "call/%s: SSN split 3-2-4 over turns, agent back-channels" % ind())
    s = ssn()
    g = "ssn"; c.groups[g] = ("SSN", s)
    c.add("agent", "and your social please")
    c.add("customer", (say(s[:3]), "SSN", g))
    c.add("agent", R.choice(["okay", "mhm", "go on"]))
    c.add("customer", (say(s[3:5]), "SSN", g), R.choice(["", " um"]))
    c.add("agent", "yep")
    c.add("customer", (say(s[5:], "pairs"), "SSN", g))
    return c


def ssn_last4_and_full():
    c = Case("positive", "call/%s: SSN with self-correction of a digit, corrected reading labelled" % ind())
    s = ssn()
    wrong = s[:4] + str((int(s[4]) + 3) % 10)
    c.add("agent", "i need the full social for the application")
    c.add("customer", say(wrong, "plain") + " no wait sorry let me start again ",
          V(c, say(s, "plain"), "SSN", s))
    c.add("agent", "got it thank you, and your zip code")
    z = R.choice(US_ZIP)
    c.add("customer", V(c, say(z, "plain"), "POSTCODE", z))
    return c


def ssn_chat():
    c = Case("positive", "chat/%s: SSN typed with dashes/spaces/none" % ind())
    s = ssn()
    t = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])
    c.add("agent", "To verify, please provide your SSN.")
    c.add("customer", R.choice(["sure its ", "SSN: ", "ok ", "my ssn is "]), V(c, t, "SSN", s),
          R.choice(["", " thanks", ". I've been waiting 45 minutes"]))
    return c


# ---- NI_NUMBER
def ni_spoken(v, nato_p=0.3):
    out = []
    for i, ch in enumerate(v):
        if ch.isalpha():
            out.append(letter_say(ch, R.random() < nato_p))
        else:
            out.append(None)
    # digits as pairs or singles
    dig = v[2:8]
    mid = say(dig, R.choice(["plain", "pairs", "runs"]))
    return " ".join(x for x in [out[0], out[1]] if x) + " " + mid + " " + out[8]


def ni_call():
    c = Case("positive", "call/government services: UK NI number, letters spelled phonetically" % ())
    v = ni()
    c.add("agent", "can i take your national insurance number")
    c.add("customer", R.choice(INTROS_CALL) + " it's ", V(c, ni_spoken(v), "NI_NUMBER", v))
    return c


def ni_call_split():
    c = Case("positive", "call/%s: NI number split over turns, agent asks to confirm letter" % ind())
    v = ni()
    g = "ni"; c.groups[g] = ("NI_NUMBER", v)
    c.add("agent", "and your national insurance number")
    c.add("customer", (letter_say(v[0]) + " " + letter_say(v[1]) + " " + say(v[2:4], "plain"), "NI_NUMBER", g))
    c.add("agent", "was that " + v[1].lower() + " for " + NATO[v[1].lower()])
    c.add("customer", "yeah ", (say(v[4:8], R.choice(["pairs", "plain"])) + " " + letter_say(v[8], True), "NI_NUMBER", g))
    return c


def ni_chat():
    c = Case("positive", "chat/%s: NI number typed, varied case/spacing" % ind())
    v = ni()
    t = R.choice([v, v.lower(), "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]),
                  v[:2] + " " + v[2:8] + " " + v[8], "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])])
    c.add("customer", R.choice(["my NI number is ", "NI no. ", "Nat ins: ", "its "]), V(c, t, "NI_NUMBER", v),
          R.choice(["", " - is that enough?", " cheers"]))
    return c


def ni_correction():
    c = Case("positive", "call/%s: NI read, agent reads back wrong, customer corrects last group" % ind())
    v = ni()
    c.add("customer", "the national insurance is ", V(c, ni_spoken(v, 0.0), "NI_NUMBER", v, "n1"))
    wrong = v[:6] + "%02d" % ((int(v[6:8]) + 11) % 100) + v[8]
    c.add("agent", "so that's " + ni_spoken(wrong, 0.0))
    c.add("customer", "no the end is ", V(c, say(v[6:8], "plain") + " " + letter_say(v[8], True), "NI_NUMBER", v[6:], "n2"))
    # the agent's misreading is still an NI number -> labelled
    c.groups["n3"] = ("NI_NUMBER", wrong)
    sp = c.turns[1][1][0]
    c.turns[1] = ("agent", ["so that's ", (sp[len("so that's "):], "NI_NUMBER", "n3")])
    return c


# ---- bank
def bank_call():
    c = Case("positive", "call/banking: UK sort code and account number in separate turns" )
    sc = sort_code()
    acc = digits(8, False)
    c.add("agent", "what's the sort code")
    c.add("customer", V(c, " ".join(say(sc[i:i + 2], R.choice(["pairs", "plain"])) for i in (0, 2, 4)), "SORT_CODE", sc))
    c.add("agent", "and the account number")
    c.add("customer", "um ", V(c, say(acc, R.choice(["plain", "runs", "pairs"])), "BANK_ACCOUNT", acc),
          R.choice(["", " that's the joint account"]))
    return c


def bank_call_split():
    c = Case("positive", "call/%s: account number over two turns with filler, sort code in pairs" % ind())
    sc = sort_code()
    acc = digits(8, False)
    g = "acc"; c.groups[g] = ("BANK_ACCOUNT", acc)
    c.add("agent", "for the direct debit i'll need the sort code and account number")
    c.add("customer", "sort code is ", V(c, pair_words(sc[:2]) + " " + pair_words(sc[2:4]) + " " + pair_words(sc[4:]), "SORT_CODE", sc),
          " and the account is ", (say(acc[:4]), "BANK_ACCOUNT", g))
    c.add("agent", "okay")
    c.add("customer", (say(acc[4:]), "BANK_ACCOUNT", g))
    return c


def bank_chat():
    c = Case("positive", "chat/%s: sort code and account typed" % ind())
    sc = sort_code()
    acc = digits(R.choice([8, 8, 10, 12]), False)
    sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    c.add("customer", "sort ", V(c, sct, "SORT_CODE", sc), ", acc no ", V(c, acc, "BANK_ACCOUNT", acc),
          R.choice(["", " - refund of $%d please" % R.randint(10, 300)]))
    return c


def iban_chat():
    c = Case("positive", "chat/%s: IBAN typed in groups or run together" % ind())
    v = iban()
    t = R.choice([" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, v.lower()])
    c.add("agent", "Please send the IBAN for the refund.")
    c.add("customer", R.choice(["IBAN: ", "here you go ", "its "]), V(c, t, "IBAN", v))
    return c


def iban_call():
    c = Case("positive", "call/travel: IBAN spoken, letters and digits, over two turns")
    v = iban()
    g = "iban"; c.groups[g] = ("IBAN", v)
    def sp(s):
        out = []
        for ch in s:
            out.append(letter_say(ch, R.random() < 0.2 or ch == "O") if ch.isalpha() else (digit_word(ch) if ch != "0" else "zero"))
        return " ".join(out)
    half = 12
    c.add("agent", "can you read me the iban")
    c.add("customer", (sp(v[:half]), "IBAN", g))
    c.add("agent", "mhm keep going")
    c.add("customer", (sp(v[half:]), "IBAN", g))
    return c


# ---- phone / email
def phone_call():
    c = Case("positive", "call/%s: phone number spoken with double/triple and oh" % ind())
    uk = R.random() < 0.6
    p = uk_mobile() if uk else us_phone()
    c.add("agent", "best number to reach you on")
    form = R.choice(["nat", "intl"]) if uk else "nat"
    if form == "intl":
        txt = "plus four four " + say(p[1:], "runs")
        canon = "44" + p[1:]
    else:
        txt = " ".join(say_groups(p, [5, 3, 3] if uk else [3, 3, 4], "runs", True))
        canon = p
    c.add("customer", "it's ", V(c, txt, "PHONE", canon), R.choice(["", " after six is best", " that's my mobile"]))
    return c


def phone_call_split():
    c = Case("positive", "call/%s: phone number split, agent reads back" % ind())
    p = uk_mobile()
    g = "ph"; c.groups[g] = ("PHONE", p)
    c.add("agent", "and a contact number")
    c.add("customer", (say(p[:5], "plain"), "PHONE", g))
    c.add("agent", "yep")
    c.add("customer", (say(p[5:], "pairs"), "PHONE", g))
    c.add("agent", "so that's ", V(c, say(p, "plain"), "PHONE", p, "ph2"))
    c.add("customer", "that's right")
    return c


def phone_chat():
    c = Case("positive", "chat/%s: phone typed in varied formats" % ind())
    kind = R.choice(["uk", "us", "ie"])
    if kind == "uk":
        p = uk_mobile(); t = R.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44(0)" + p[1:]])
        if t.startswith("+44"):
            p = "".join(ch for ch in t if ch.isdigit())
    elif kind == "us":
        p = us_phone(); t = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 " + p])
        if t.startswith("+"):
            p = "1" + p
    else:
        p = "08" + digits(8, False); t = R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:]])
        if t.startswith("+"):
            p = "353" + p[1:]
    c.add("customer", R.choice(["you can call me on ", "my number: ", "text me at "]), V(c, t, "PHONE", p),
          R.choice(["", " between 2 and 4pm", ", thanks"]))
    return c


def email_call():
    c = Case("positive", "call/%s: email spelled out by ASR with dot/at" % ind())
    e = email_value()
    c.add("agent", "what email should we send the confirmation to")
    c.add("customer", "yeah it's ", V(c, email_spoken(e), "EMAIL", e), R.choice(["", " all lower case"]))
    return c


def email_chat():
    c = Case("positive", "chat/%s: email typed" % ind())
    e = email_value()
    t = R.choice([e, e.upper() if R.random() < 0.2 else e])
    c.add("customer", R.choice(["email is ", "pls use ", "new email: "]), V(c, t, "EMAIL", e.lower()),
          R.choice(["", " thx", " going forward"]))
    return c


# ---- dob / address / postcode
def dob_call():
    c = Case("positive", "call/%s: DOB for security, spoken ordinal/month/year" % ind())
    d = dob_value()
    c.add("agent", "can you confirm your date of birth")
    c.add("customer", R.choice(INTROS_CALL) + " ", V(c, dob_spoken(d), "DOB", d.isoformat()))
    return c


def dob_chat():
    c = Case("positive", "chat/%s: DOB typed" % ind())
    d = dob_value()
    us = R.random() < 0.4
    c.add("agent", "For security, what's your date of birth?")
    c.add("customer", R.choice(["", "dob ", "born "]) , V(c, dob_typed(d, us), "DOB", d.isoformat()))
    return c


def address_call():
    c = Case("positive", "call/%s: street address and postcode spoken" % ind())
    uk = R.random() < 0.6
    num = R.randint(2, 240)
    st = R.choice(STREETS_UK if uk else STREETS_US)
    addr = house_words(num) + " " + st
    c.add("agent", "and the first line of the address")
    c.add("customer", V(c, addr, "ADDRESS", str(num)))
    pc = R.choice(UK_PC) if uk else R.choice(US_ZIP)
    c.add("agent", "and the " + ("postcode" if uk else "zip"))
    c.add("customer", V(c, pc_spoken(pc) if uk else say(pc, "plain"), "POSTCODE", pc.replace(" ", "")))
    return c


def address_chat():
    c = Case("positive", "chat/%s: full address typed on one line" % ind())
    uk = R.random() < 0.6
    num = R.randint(1, 350)
    st = R.choice(STREETS_UK if uk else STREETS_US).title()
    flat = R.choice(["", "Flat %d, " % R.randint(1, 20), "Apt %d, " % R.randint(1, 40)])
    pc = R.choice(UK_PC) if uk else R.choice(US_ZIP)
    c.add("customer", "new address is ", V(c, "%s%d %s" % (flat, num, st), "ADDRESS", str(num)), ", ",
          R.choice(["Leeds", "Bristol", "Glasgow", "Reading"] if uk else ["Austin", "Chicago", "Denver", "Seattle"]), " ",
          V(c, pc if R.random() < 0.7 else pc.lower(), "POSTCODE", pc.replace(" ", "")))
    return c


def address_call_split():
    c = Case("positive", "call/%s: address and postcode across turns with restart" % ind())
    num = R.randint(3, 99)
    st = R.choice(STREETS_UK)
    pc = R.choice(UK_PC)
    c.add("agent", "can i take the address we're sending the engineer to")
    c.add("customer", "it's flat um no sorry it's ", V(c, house_words(num) + " " + st, "ADDRESS", str(num)))
    c.add("agent", "lovely and postcode")
    g = "pc"; c.groups[g] = ("POSTCODE", pc.replace(" ", ""))
    a, b = pc.split()
    c.add("customer", (pc_spoken(a), "POSTCODE", g))
    c.add("agent", "mhm")
    c.add("customer", (pc_spoken(b), "POSTCODE", g), " we're the blue door by the %s" % R.choice(["shop", "school", "pub"]))
    return c


def mixed_id_call():
    c = Case("positive", "call/%s: several identifiers in one long turn with chit-chat" % ind())
    d = dob_value(); e = email_value(); p = uk_mobile()
    c.add("agent", "i'll just need to verify a few details")
    c.add("customer", "sure so date of birth ", V(c, dob_spoken(d), "DOB", d.isoformat()),
          " email is ", V(c, email_spoken(e), "EMAIL", e), " and mobile ", V(c, say(p, "runs"), "PHONE", p),
          " sorry the dog's barking")
    return c


def ni_dob_call():
    c = Case("positive", "call/government services: NI then DOB, agent interrupts mid NI")
    v = ni(); d = dob_value()
    g = "ni"; c.groups[g] = ("NI_NUMBER", v)
    c.add("customer", "national insurance ", (letter_say(v[0], True) + " " + letter_say(v[1]) + " " + say(v[2:6], "pairs"), "NI_NUMBER", g))
    c.add("agent", "sorry can you slow down a bit")
    c.add("customer", "yeah sorry ", (say(v[6:8], "plain") + " " + letter_say(v[8]), "NI_NUMBER", g),
          " and i was born ", V(c, dob_spoken(d), "DOB", d.isoformat()))
    return c


def ssn_dob_chat():
    c = Case("positive", "chat/insurance: SSN and DOB in one message")
    s = ssn(); d = dob_value()
    c.add("customer", "ssn ", V(c, s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN", s), " dob ",
          V(c, dob_typed(d, True), "DOB", d.isoformat()), " policy #%d" % R.randint(100000, 9999999))
    return c


def ssn_readback():
    c = Case("positive", "call/healthcare billing: SSN spoken then agent reads back last four only")
    s = ssn()
    c.add("customer", "social is ", V(c, say(s, "runs", True), "SSN", s))
    c.add("agent", "thank you and that's for the bill of %s dollars from march" % pair_words(str(R.randint(21, 99))))
    c.add("customer", "yes")
    return c


def email_chat_spoken_style():
    c = Case("positive", "chat/%s: email typed with words 'at'/'dot' to dodge filters, typo" % ind())
    e = email_value()
    local, dom = e.split("@")
    t = local + R.choice([" at ", " (at) ", "[at]"]).replace("(at)", "at").replace("[at]", " at ") .replace("  ", " ") + dom.replace(".", " dot ")
    t = re.sub(r" +", " ", t)
    c.add("customer", "emial is ", V(c, t, "EMAIL", e), " pls update it")
    c.add("agent", "Thanks, updated. Anything else?")
    return c


def card_agent_cuts_in():
    c = Case("positive", "call/%s: agent cuts in mid card reading to stop, then card resumes; cvv homophone" % ind())
    n = card_number()
    g = "card"; c.groups[g] = ("CARD_NUMBER", n)
    k = R.choice([6, 7, 9, 10])
    c.add("agent", "right go ahead with the card")
    c.add("customer", "so it's ", (say(n[:k], "plain", True), "CARD_NUMBER", g))
    c.add("agent", "sorry sorry just one second the system's freezing okay carry on from " + say(n[k - 2:k], "plain"))
    c.add("customer", (say(n[k:], R.choice(["plain", "runs"]), True), "CARD_NUMBER", g))
    cvv = digits(3, False)
    c.add("agent", "and the security code")
    c.add("customer", "it's uh ", V(c, say(cvv, "plain", True), "CVV", cvv))
    return c


def iban_chat_multi():
    c = Case("positive", "chat/%s: IBAN typed over two consecutive messages (enter hit too soon)" % ind())
    v = iban()
    g = "ib"; c.groups[g] = ("IBAN", v)
    c.add("customer", "iban ", (v[:8], "IBAN", g))
    c.add("customer", (v[8:], "IBAN", g), " sorry hit enter too soon")
    return c


def dob_call_correction():
    c = Case("positive", "call/%s: DOB said after age and a non-DOB date, agent reads back" % ind())
    d = dob_value()
    c.add("agent", "and the date of birth on the policy")
    age = 2026 - d.year - 1
    c.add("customer", "i'm " + (pair_words(str(age)) if age >= 10 else UNITS[age]) + " so it's ", V(c, dob_spoken(d), "DOB", d.isoformat(), "d1"),
          " i renewed on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS))
    c.add("agent", "thanks so born ", V(c, dob_spoken(d), "DOB", d.isoformat(), "d2"))
    c.add("customer", "yep")
    return c


def phone_correction():
    c = Case("positive", "call/%s: phone number with mid-reading self-correction; abandoned part unlabelled" % ind())
    p = uk_mobile()
    wrong = p[:4] + str((int(p[4]) + 4) % 10)
    c.add("agent", "is there a mobile we can text the code to")
    c.add("customer", say(wrong, "plain") + " no hang on that's my old one um")
    c.add("agent", "no worries")
    c.add("customer", "right it's ", V(c, say(p[:5], "runs") + " um " + say(p[5:], "pairs"), "PHONE", p),
          " sorry i never remember it")
    return c


def card_filler_inside():
    c = Case("positive", "call/%s: card read with hesitation fillers (um/uh/er) inside the span" % ind())
    n = card_number()
    parts = say_groups(n, card_sizes(n), R.choice(["plain", "runs"]), True)
    fill = [R.choice(["um", "uh", "er", "erm", "um"]) for _ in parts[1:]]
    txt = parts[0]
    for f, p in zip(fill, parts[1:]):
        txt += " " + f + " " + p
    c.add("agent", "and the long number across the front")
    c.add("customer", "yeah so ", V(c, txt, "CARD_NUMBER", n), " got that")
    return c


def sortcode_account_one_turn_chat_typo():
    c = Case("positive", "chat/banking: sort code and account number in one message with typos and no labels")
    sc = sort_code(); acc = digits(8, False)
    c.add("agent", "Which account should the refund go to?")
    c.add("customer", "plz send to ", V(c, sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", sc), " ",
          V(c, acc, "BANK_ACCOUNT", acc), " its my santander acount, refund was £%d.%02d" % (R.randint(10, 99), R.randint(0, 99)))
    return c


POS_GEN = [
    (phone_correction, 5), (card_filler_inside, 5), (sortcode_account_one_turn_chat_typo, 3),
    (email_chat_spoken_style, 4), (card_agent_cuts_in, 6), (iban_chat_multi, 3), (dob_call_correction, 4),
    (card_call_single, 8), (card_call_split, 8), (card_call_restart, 5), (card_call_interrupt, 6),
    (card_agent_readback, 4), (card_chat, 8), (card_call_two_in_turn, 6),
    (ssn_call, 10), (ssn_call_split, 6), (ssn_last4_and_full, 6), (ssn_chat, 8), (ssn_dob_chat, 4), (ssn_readback, 4),
    (ni_call, 10), (ni_call_split, 7), (ni_chat, 8), (ni_correction, 4), (ni_dob_call, 4),
    (bank_call, 7), (bank_call_split, 5), (bank_chat, 6), (iban_chat, 9), (iban_call, 5),
    (phone_call, 8), (phone_call_split, 4), (phone_chat, 7), (email_call, 8), (email_chat, 6),
    (dob_call, 6), (dob_chat, 6), (address_call, 8), (address_chat, 7), (address_call_split, 5),
    (mixed_id_call, 5),
]


# ---------------------------------------------------------------- negatives
def money_words():
    cur = R.choice([" pounds", " euro", " dollars"])
    sub = " pence" if cur == " pounds" else " cents"
    return pair_words(str(R.randint(11, 99))) + cur + \
        R.choice(["", " and " + pair_words(str(R.randint(11, 99))) + sub, " fifty"])


def neg_cases():
    out = []
    def mk(note, *turns):
        c = Case("negative", note)
        for sp, t in turns:
            c.add(sp, t)
        out.append(c)
    for _ in range(10):
        ref = digits(R.randint(6, 10))
        mk("call/%s: order/reference number spoken with its reference word" % ind(),
           ("agent", "have you got the order number there"),
           ("customer", "yeah order number " + say(ref, R.choice(["plain", "runs"]))),
           ("agent", "thanks i can see it was dispatched on the " + ORD[R.randint(1, 28)]))
    for _ in range(8):
        mk("call/%s: money amounts and balance" % ind(),
           ("customer", "the bill was " + money_words() + " last month and now it's " + money_words()),
           ("agent", "your balance is " + money_words() + " and the next payment of " + money_words() + " is due on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS)))
    for _ in range(7):
        y = R.randint(2015, 2026)
        mk("call/%s: contract start / appointment dates, not DOB" % ind(),
           ("agent", "your contract started on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS) + " " + year_words(y)),
           ("customer", "right and the engineer's coming " + R.choice(MONTHS) + " " + ORD[R.randint(1, 28)] + " between " + UNITS[R.randint(8, 9)] + " and " + TEENS[2]))
    for _ in range(6):
        mk("call/utilities: meter reading digits",
           ("agent", "can you read me the numbers on the meter"),
           ("customer", "yeah it says " + say(digits(5), "plain") + " and the night one is " + say(digits(5), "pairs")))
    for _ in range(6):
        f = R.choice(["b a", "e i", "f r", "u a", "d l"])
        mk("call/travel: flight number, seat, gate, time",
           ("customer", "i'm on flight " + f + " " + say(str(R.randint(100, 9999)), "pairs") + " leaving at " + R.choice(["half", "quarter past", "ten to"]) + " " + UNITS[R.randint(1, 9)]),
           ("agent", "okay and that's seat " + pair_words(str(R.randint(11, 45))) + " " + R.choice("abcdef") + " gate " + UNITS[R.randint(1, 9)]))
    for _ in range(6):
        mk("call/telecom: data allowance, speeds, durations",
           ("agent", "you've used " + pair_words(str(R.randint(11, 99))) + " gigabytes of your " + R.choice(["hundred", "hundred and fifty", "two hundred"]) + " gig allowance"),
           ("customer", "the speed's only " + pair_words(str(R.randint(11, 99))) + " megs and i've been on hold " + pair_words(str(R.randint(20, 59))) + " minutes"))
    for _ in range(6):
        t = digits(R.randint(6, 9))
        mk("chat/%s: ticket/claim/invoice number typed" % ind(),
           ("customer", R.choice(["Ticket #", "Claim ref ", "Invoice no. ", "Case number: "]) + t + R.choice([" still not resolved", " - any update?", ""])),
           ("agent", "Thanks, I can see %s was raised %d days ago." % (R.choice(["it", "the case"]), R.randint(2, 30))))
    for _ in range(6):
        mk("chat/retail: prices, quantities, model numbers",
           ("customer", "I ordered %d x model %s-%d at £%d.%02d each and got charged %d%% more" % (R.randint(2, 12), R.choice(["XR", "KD", "TV", "SM"]), R.randint(100, 9999), R.randint(5, 900), R.randint(0, 99), R.randint(5, 40))),
           ("agent", "Sorry about that, I'll refund £%d.%02d today." % (R.randint(5, 200), R.randint(0, 99))))
    for _ in range(6):
        mk("call/healthcare billing: ages, room numbers, appointment times",
           ("customer", "my dad's " + pair_words(str(R.randint(60, 95))) + " and he was in room " + say(str(R.randint(100, 999)), "plain") + " on ward " + UNITS[R.randint(2, 9)]),
           ("agent", "okay his appointment's at " + UNITS[R.randint(1, 9)] + " " + pair_words(str(R.randint(11, 59))) + " on " + R.choice(["monday", "tuesday", "thursday"])))
    for _ in range(6):
        mk("call/utilities: temperatures, years, percentages",
           ("customer", "the heating's set to " + pair_words(str(R.randint(18, 25))) + " degrees but it's only " + TEENS[R.randint(2, 8)]),
           ("agent", "the boiler's from " + year_words(R.randint(1995, 2020)) + " and prices went up " + UNITS[R.randint(2, 9)] + " percent"))
    for _ in range(6):
        mk("call/banking: last four of card referenced as count/amount, not a number read",
           ("agent", "i can see " + UNITS[R.randint(2, 6)] + " transactions pending totalling " + money_words()),
           ("customer", "yeah i made about " + TEENS[R.randint(0, 9)] + " payments in " + R.choice(MONTHS) + " and paid " + money_words()))
    for _ in range(6):
        mk("chat/travel: booking reference, dates, times",
           ("customer", "Booking ref %s%d, flying out %d/%d at %02d:%02d, returning on the %dth" % (R.choice(["ABX", "QTR", "KLM"]), R.randint(1000, 99999), R.randint(1, 28), R.randint(1, 12), R.randint(0, 23), R.randint(0, 59), R.randint(4, 28))),
           ("agent", "I've moved you to the %d:%02d departure, fare difference €%d." % (R.randint(6, 21), R.choice([0, 15, 30, 45]), R.randint(10, 300))))
    for _ in range(6):
        mk("call/insurance: claim number with word, vehicle year, mileage",
           ("customer", "the claim number is " + say(digits(R.randint(7, 10)), "plain") + " for the " + year_words(R.randint(2008, 2023)) + " car"),
           ("agent", "and roughly how many miles on it"),
           ("customer", "about " + pair_words(str(R.randint(20, 99))) + " thousand"))
    for _ in range(5):
        mk("call/telecom: ticket number split over turns with back-channels",
           ("customer", "ticket number " + say(digits(4), "plain")),
           ("agent", "mhm"),
           ("customer", say(digits(4, False), "plain") + " that's it"))
    for _ in range(5):
        mk("call/government services: counts, years, durations",
           ("customer", "i've lived here " + TEENS[R.randint(0, 9)] + " years since " + year_words(R.randint(1990, 2012)) + " and i've got " + UNITS[R.randint(2, 5)] + " kids"),
           ("agent", "the processing time is " + UNITS[R.randint(4, 9)] + " to " + TEENS[R.randint(0, 2)] + " weeks"))
    for _ in range(5):
        mk("chat/banking: balances and interest rates",
           ("customer", "Balance shows $%d,%03d.%02d but should be $%d.%02d" % (R.randint(1, 40), R.randint(0, 999), R.randint(0, 99), R.randint(100, 9999), R.randint(0, 99))),
           ("agent", "The APR on that account is %d.%d%% and the fee was $%d." % (R.randint(3, 29), R.randint(0, 9), R.randint(5, 45))))
    return out


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    pos = []
    for fn, n in POS_GEN:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    neg = neg_cases()
    R.shuffle(neg)
    rows, groups = [], {}
    for i, c in enumerate(pos, 1):
        cid = "h242-pos-%03d" % i
        rows.append(c.render(cid)); groups[cid] = c.groups
    for i, c in enumerate(neg, 1):
        cid = "h242-neg-%03d" % i
        rows.append(c.render(cid)); groups[cid] = c.groups
    lines = []
    for r in rows:
        r2 = dict(r)
        r2["spans"] = [{k: v for k, v in s.items() if k != "_g"} for s in r["spans"]]
        lines.append(json.dumps(r2, ensure_ascii=False))
    return rows, groups, "\n".join(lines) + "\n"


def counts(rows):
    cnt = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(rows):
    cnt = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    ncall = sum(r["note"].startswith("call/") for r in rows)
    tbl = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# PII hold-out set h242

**Never use this set for tuning.**  It is a held-out evaluation set; tuning rules,
thresholds or models against it invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author, who did not see the
redaction code, its tests, its docs or other evaluation sets (only a 3-line format
example).  Cases are generated by `scripts/make_pii_holdout242.py` from template
functions; each turn is assembled from plain-text segments and labelled
`(value, TYPE)` segments so offsets are computed, never typed.  All values come
from one `random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout242.py --check` regenerates and verifies the file
(identity, unique ids, offsets, word boundaries, non-overlap, per-value validation
after normalising spoken forms: Luhn, IBAN mod-97, NI format, SSN 9 digits, sort
code 6 digits, digit counts, postcode shapes).

About two thirds of cases ({ncall} of {len(rows)}) are phone calls written as an ASR
transcript (lower case, numbers as words, "oh"/"o"/"nought" for zero, "double"/
"triple", pairs like "forty one", homophones "for"/"to"/"ate"/"won"/"tree",
letters as "b for bravo"), with back-channels, values split over turns, restarts,
agent interruptions and read-backs.  The rest are typed chats.

## Annotation conventions

* A span covers exactly the value's words/characters: from its first digit/letter
  word to its last; fillers *inside* a reading (e.g. "um") are inside the span,
  lead-ins ("it's", "the card is") are outside.
* A value split over several turns gets one span per turn fragment, all of the
  same type.
* Self-corrections / false starts: the abandoned fragment (e.g. three digits then
  "wrong card sorry") is left unlabelled; the restarted complete reading is labelled.
  Where the agent reads back a (complete) wrong NI number, that read-back is labelled too.
  A correction of only the tail ("no the end is ...") is labelled as NI_NUMBER.
* Agent read-backs of full values are labelled.  Fragments of two digits or fewer
  (e.g. the agent saying "carry on from two four") and abandoned false starts of
  at most five digits are not labelled.
* ADDRESS = house/flat number + street name (city and postcode not included; the
  postcode is its own POSTCODE span).  POSTCODE covers UK postcodes and US ZIPs.
* EXPIRY covers month+year; DOB covers the full date phrase (including "the ... of").
* Negatives contain no PII; every number-like thing in them (amounts, reference
  numbers with their keyword, dates that are not birth dates, times, meter
  readings, flights, model numbers, ages, ...) must stay unredacted.

## Counts

Positives: {npos}, negatives: {nneg}.

| type | spans |
|---|---|
{tbl}
"""


def check():
    rows, groups, text = build()
    problems = []
    try:
        with open(CASES, encoding="utf-8") as f:
            if f.read() != text:
                problems.append("cases.jsonl differs from regenerated output")
    except OSError as e:
        problems.append("cannot read cases.jsonl: %s" % e)
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(rows):
                problems.append("README.md differs from regenerated output")
    except OSError as e:
        problems.append("cannot read README.md: %s" % e)
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r in rows:
        cid = r["id"]
        if r["kind"] == "negative" and r["spans"]:
            problems.append(cid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            problems.append(cid + ": positive without spans")
        by_turn = {}
        gtext = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type")
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(cid + ": offsets out of range"); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append(cid + ": span not on word boundary: %r" % t[a:b])
            if t[a:b] != t[a:b].strip():
                problems.append(cid + ": span has outer whitespace")
            by_turn.setdefault(s["turn"], []).append((a, b))
            gtext.setdefault(s["_g"], []).append(t[a:b])
        for tr, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(cid + ": overlapping spans")
        for g, parts in gtext.items():
            typ, canon = groups[cid][g]
            joined = " ".join(parts)
            err = validate(typ, canon, parts)
            if err:
                problems.append("%s: %s %r: %s" % (cid, typ, joined, err))
    rows_pos = [r for r in rows if r["kind"] == "positive"]
    cnt = counts(rows)
    if len(rows_pos) < 170 or len(rows) - len(rows_pos) < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("%s has %d spans < %d" % (t, cnt[t], need))
    print("cases: %d positive, %d negative" % (len(rows_pos), len(rows) - len(rows_pos)))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
    return 1 if problems else 0


def validate(typ, canon, parts):
    """Validate one value (possibly split over several spans) after normalising."""
    _nd, _na = globals()["norm_digits"], globals()["norm_alnum"]
    norm_digits = lambda _t: "".join(_nd(x) for x in parts)  # noqa: E731
    norm_alnum = lambda _t: "".join(_na(x) for x in parts)  # noqa: E731
    txt = " ".join(parts)
    if typ == "CARD_NUMBER":
        if not (13 <= len(canon) <= 19 and luhn_ok(canon)):
            return "canonical not luhn"
        return None if norm_digits(txt) == canon else "normalised %s != %s" % (norm_digits(txt), canon)
    if typ in ("CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        nd = norm_digits(txt)
        rng = {"CVV": (3, 4), "SSN": (9, 9), "SORT_CODE": (6, 6), "BANK_ACCOUNT": (6, 17), "PHONE": (10, 13)}[typ]
        if not (rng[0] <= len(canon) <= rng[1]):
            return "canonical length"
        return None if nd == canon else "normalised %s != %s" % (nd, canon)
    if typ == "EXPIRY":
        nd = norm_digits(txt)
        return None if nd in (canon, canon[:2] + "20" + canon[2:]) and 1 <= int(canon[:2]) <= 12 else "expiry %s != %s" % (nd, canon)
    if typ == "NI_NUMBER":
        na = norm_alnum(txt)
        if len(canon) == 9 and not NI_RE.match(canon):
            return "canonical NI invalid"
        return None if na == canon else "normalised %s != %s" % (na, canon)
    if typ == "IBAN":
        na = norm_alnum(txt)
        if not iban_ok(canon):
            return "canonical iban invalid"
        return None if na == canon else "normalised %s != %s" % (na, canon)
    if typ == "POSTCODE":
        na = norm_alnum(txt) if not canon.isdigit() else norm_digits(txt)
        ok = UKPC_RE.match(canon) or re.fullmatch(r"\d{5}", canon)
        if not ok:
            return "canonical postcode shape"
        return None if na == canon else "normalised %s != %s" % (na, canon)
    if typ == "EMAIL":
        ne = norm_email(txt)
        if not EMAIL_RE.match(canon):
            return "canonical email"
        return None if ne == canon else "normalised %s != %s" % (ne, canon)
    if typ == "DOB":
        d = datetime.date.fromisoformat(canon)
        nd = norm_digits(txt)
        if str(d.year) not in nd and not (d.year >= 2000 and str(d.year)[2:] in nd):
            return "year missing (%s)" % nd
        return None
    if typ == "ADDRESS":
        nd = norm_digits(txt)
        if canon not in nd:
            return "house number %s not in %s" % (canon, nd)
        if not re.search(r"(street|road|lane|avenue|close|crescent|drive|boulevard|court|way)\b", txt.lower()):
            return "no street word"
        return None
    return "unknown type"


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    rows, groups, text = build()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(rows))
    print("wrote %d cases" % len(rows))


if __name__ == "__main__":
    main()

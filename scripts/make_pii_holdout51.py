#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h51 (chat-heavy).

Written by an independent AI helper that did not see the redaction code.
Usage: python scripts/make_pii_holdout51.py [--check]
Standard library only; byte-for-byte reproducible (seed 51241123).
"""
import json
import os
import re
import sys
import random

SEED = 51241123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout51")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def zero_word(uk=False):
    return R.choice(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"])


def say_digits(ds, uk=False, groups=True):
    """digit string -> ASR words, with double/triple runs."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        w = zero_word(uk) if d == "0" else ONES[int(d)]
        if groups and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if groups and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p):
    n = int(p)
    if p[0] == "0":
        return zero_word() + " " + ONES[int(p[1])]
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def say_pairs(ds):
    return " ".join(say_pair(ds[i:i + 2]) for i in range(0, len(ds), 2))


def say_ordinal(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return ("twenty " if n < 30 else "thirty ") + ORD[n % 10]


def say_year(y):
    s = str(y)
    if s.startswith("20") and y < 2010:
        return "two thousand and " + ONES[y % 10] if R.random() < 0.5 else "two thousand " + ONES[y % 10]
    return say_pair(s[:2]) + " " + say_pair(s[2:])


def say_letters(s, nato_p=0.3):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(ONES[int(ch)] if ch != "0" else zero_word(True))
        elif ch == "o" or R.random() < nato_p:
            out.append(ch + " for " + NATO[ch])
        else:
            out.append(ch)
    return " ".join(out)


# ---------------------------------------------------------------- normaliser
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2",
            "won": "1", "ate": "8"})
FILLERS = {"plus", "um", "uh", "er", "erm", "ah", "like", "and", "sorry", "yeah", "hmm", "its", "it's"}
ORDW = {w: i for i, w in enumerate(ORD) if w}
ORDW["thirtieth"] = 30


def normalise(text, alpha=False):
    """Spoken/typed value -> canonical lowercase alnum string."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO.values():
            out.append(t * rep)
            rep = 1
            i += 3
            continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if t == "for" and nxt in NATO.values():
            i += 2  # "b for bravo": letter already emitted
            continue
        if t == "thousand":
            out.append("00" if nxt in ("and",) or (nxt in W2D) else "000")
            i += 1
            continue
        if t in TENS and t:
            v = TENS.index(t)
            if nxt in W2D and nxt not in ("oh", "o", "zero", "nought", "to", "too", "won", "ate"):
                out.append(str(v) + W2D[nxt])
                i += 2
            elif nxt in ORDW and ORDW[nxt] < 10:
                out.append(str(v) + str(ORDW[nxt]))
                i += 2
            else:
                out.append(str(v) + "0")
                i += 1
            rep = 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in ORDW:
            out.append(str(ORDW[t]))
            i += 1
            continue
        if t in W2D:
            out.append(W2D[t] * rep)
            rep = 1
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t * rep)
            rep = 1
            i += 1
            continue
        out.append(t)
        rep = 1
        i += 1
    return "".join(out)


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def spoken_email(s):
    t = s.lower()
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+(underscore)\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return t.replace(" ", "")


def validate(typ, texts):
    """texts: the span texts of one value group, in order. Returns error or None."""
    joined = " ".join(texts)
    if typ == "EMAIL":
        # a split e-mail whose "@" sits outside the spans (not a letter/digit) is rejoined
        e = spoken_email("@".join(texts) if len(texts) == 2 and "@" not in joined and " at " not in joined else joined)
        return None if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email " + e
    if typ == "ADDRESS":
        n = joined.lower()
        ok = re.search(r"(\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|hundred|teen)", n) and \
            re.search(r"(road|rd|street|st|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|terrace|place|boulevard|blvd|grove|gardens|park|row|hill)\.?$", n)
        return None if ok else "bad address " + joined
    alpha = typ in ("NI_NUMBER", "POSTCODE", "IBAN", "EXPIRY", "DOB")
    n = normalise(joined, alpha=alpha)
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card " + n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv " + n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 else "bad ssn " + n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort " + n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else "bad acct " + n
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 15 else "bad phone " + n
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(n.upper()) else "bad ni " + n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban " + n
    if typ == "POSTCODE":
        u = n.upper()
        return None if UKPC_RE.fullmatch(u) or re.fullmatch(r"\d{5}(\d{4})?", u) or re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}[A-Z0-9]{4}", u) else "bad postcode " + n
    if typ == "EXPIRY":
        m = any(mo in n for mo in MONTHS) or re.search(r"(jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)", n)
        d = re.sub(r"\D", "", n)
        if m:
            return None if len(d) in (2, 4) else "bad expiry " + n
        return None if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 else "bad expiry " + n
    if typ == "DOB":
        d = re.sub(r"\D", "", n)
        return None if re.search(r"(19[3-9]\d|200\d)", d) or (len(d) == 6) else "bad dob " + n
    return "unknown type"


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.4:
        return luhn_complete("4" + R.choice(["929", "539", "111", "462", "751", "026"]), 16)
    if k < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.85:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if k < 0.93:
        return luhn_complete("6011", 16)
    return luhn_complete(R.choice(["4", "6759"]), R.choice([13, 19]))


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def gen_ssn():
    a = R.choice([R.randint(1, 665), R.randint(667, 899)])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc == "GB":
        b = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(6) + gen_digits(8)
    elif cc == "IE":
        b = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(6) + gen_digits(8)
    elif cc == "DE":
        b = gen_digits(18)
    elif cc == "NL":
        b = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10, "0123456789")
    elif cc == "ES":
        b = gen_digits(20)
    else:
        b = gen_digits(10) + "".join(R.choice(L + "0123456789") for _ in range(11)) + gen_digits(2)
    return iban_make(cc, b)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(kind=None):
    kind = kind or R.choice(["uk", "uk", "us", "us", "ie", "ukland"])
    if kind == "uk":
        n = "07" + gen_digits(9, "0123456789")
        return kind, n, R.choice([n[:5] + " " + n[5:], n, "+44 " + n[1:5] + " " + n[5:], "+44" + n[1:], n[:5] + "-" + n[5:8] + "-" + n[8:]])
    if kind == "ukland":
        n = "0" + R.choice(["20", "161", "113", "131", "121"]) + ""
        n = n + gen_digits(11 - len(n), "2345678")
        return kind, n, R.choice([n, n[:3] + " " + n[3:7] + " " + n[7:] if n.startswith("020") else n[:4] + " " + n[4:]])
    if kind == "us":
        n = gen_digits(3, "23456789") + gen_digits(3, "23456789") + gen_digits(4, "0123456789")
        return kind, n, R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                                  "%s.%s.%s" % (n[:3], n[3:6], n[6:]), "+1 %s %s %s" % (n[:3], n[3:6], n[6:]), n])
    n = "08" + R.choice("35679") + gen_digits(7, "0123456789")
    return kind, n, R.choice([n[:3] + " " + n[3:6] + " " + n[6:], "+353 " + n[1:3] + " " + n[3:], n])


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "dave", "chloe", "kwame",
         "emma", "olek", "niamh", "raj", "beth", "marco", "hannah", "sean", "zoe", "greg"]
LAST = ["okafor", "smith", "patel", "murphy", "jones", "obrien", "nowak", "garcia", "walsh",
        "hughes", "kelly", "brown", "taylor", "evans", "kowalski", "reilly", "wright", "ali"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
        "eircom.net", "aol.com", "live.ie", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0], f + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for chunk in re.split(r"([._])", local):
        if chunk == ".":
            parts.append("dot")
        elif chunk == "_":
            parts.append("underscore")
        elif chunk:
            if chunk.isdigit():
                parts.append(say_pairs(chunk) if len(chunk) == 2 else say_digits(chunk))
            elif len(chunk) == 1:
                parts.append(chunk)
            else:
                m = re.match(r"([a-z]+)(\d*)", chunk)
                parts.append(m.group(1))
                if m.group(2):
                    parts.append(say_pairs(m.group(2)) if len(m.group(2)) == 2 else say_digits(m.group(2)))
    return " ".join(parts) + " at " + dom.replace(".", " dot ")


UKPC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QT", "EH8 9YL", "BS1 4DJ",
        "G12 8QQ", "CF10 3AT", "NE1 7RU", "L17 6AR", "OX4 1BG", "BT9 5AB", "N16 0XH", "E14 5HQ",
        "PL4 8AA", "SO17 1BJ", "NG7 2RD", "RG1 8DN", "W1D 3QF", "AB10 1XG", "TN1 1NS", "YO31 7EP"]
EIRCODE = ["D02 X285", "T12 R2NC", "H91 E2K3", "V94 T9PX", "A65 F4E2", "D08 VF8H"]
STREETS = ["kings road", "station road", "maple avenue", "church street", "elm grove", "park lane",
           "victoria terrace", "oak drive", "mill lane", "high street", "orchard close", "brook way",
           "chestnut court", "willow crescent", "queens gardens", "market place", "pine street",
           "sunset boulevard", "lakeview drive", "harbour row"]


def gen_address():
    n = R.randint(2, 219)
    return n, R.choice(STREETS)


def gen_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def say_dob(d, m, y):
    k = R.random()
    if k < 0.4:
        return "the " + say_ordinal(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if k < 0.7:
        return MONTHS[m - 1] + " " + say_ordinal(d) + " " + say_year(y)
    return say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + say_year(y)


def type_dob(d, m, y, us=False):
    k = R.random()
    if us:
        return R.choice(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y), "%s %d %d" % (MONTHS[m - 1].capitalize()[:3], d, y)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%d%s %s %d" % (d, "th" if 4 <= d <= 20 or d > 23 else ["st", "nd", "rd"][d % 10 - 1], MONTHS[m - 1][:3], y)]) if k < 2 else None


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 31)


def type_expiry(m, y):
    return R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%d/%d" % (m, y) if m > 9 else "%02d / %d" % (m, y), "%02d%d" % (m, y)])


def say_expiry(m, y):
    return R.choice([say_digits("%02d" % m) + " " + say_pair(str(y)), MONTHS[m - 1] + " twenty " + say_pair(str(y)),
                     say_digits("%02d" % m) + " twenty " + say_pair(str(y))])


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns, self.spans, self.groups = kind, note, [], [], []

    def turn(self, speaker, *segs):
        """segs: str or (text, TYPE) or (text, TYPE, gid)."""
        ti = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s[0]
                gid = s[2] if len(s) > 2 else "g%d_%d" % (ti, st)
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1], "_g": gid})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *s):
        return self.turn("agent", *s)

    def c(self, *s):
        return self.turn("customer", *s)


CASES = []


def new(kind, note):
    c = Case(kind, note)
    CASES.append(c)
    return c


def emo():
    return R.choice(["", "", " 🙂", " 😅", " 🙏", " 👍", " :)", " lol", " x"])


def greet():
    return R.choice(["hi", "Hi", "hiya", "Hello", "hey", "HI THERE", "gd morning", "Hi there,"])


# ---------------------------------------------------------------- positive templates (chat)
def chat_card_inline():
    card = gen_card()
    f = R.choice([group_card(card), group_card(card, "-"), card, group_card(card, "."), group_card(card, "  ")])
    c = new("positive", "chat/retail: card typed inline with separators and typos around it")
    c.a("Thanks for waiting, can I take the long card number pls?")
    c.c(R.choice(["sure its ", "ok heres the crad ", "card no: ", "yep -> ", "Card Number: "]), (f, "CARD_NUMBER"),
        R.choice(["" + emo(), " , exp to follow", " (visa)", " thx", "  "]))


def chat_card_split():
    card = gen_card()
    g = group_card(card).split(" ")
    cut = R.randint(1, len(g) - 1)
    c = new("positive", "chat/telecom: card number split across two messages with agent ack")
    c.a("Please type the card number into the chat, it is masked on our side.")
    c.c(R.choice(["", "ok ", "first bit "]), (" ".join(g[:cut]), "CARD_NUMBER", "x"))
    c.a(R.choice(["ok", "mhm go on", "got that, and the rest?", "👍"]))
    c.c((" ".join(g[cut:]), "CARD_NUMBER", "x"), R.choice(["", " thats it", " sorry phone died", emo()]))


def chat_card_cvv_exp():
    card = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if card[:2] in ("34", "37") else 3, "0123456789")
    c = new("positive", "chat/travel: card, expiry and CVV in one pasted message")
    c.a("To secure the booking I'll need card details: number, expiry and security code.")
    c.c(R.choice(["card ", "Card: ", "no. "]), (group_card(card, R.choice([" ", "", "-"])), "CARD_NUMBER"),
        R.choice([" exp ", ", expires ", " | Exp: ", "\nexpiry "]), (type_expiry(m, y), "EXPIRY"),
        R.choice([" cvv ", ", cvc ", " | sec code: ", "\nCVV2 "]), (cvv, "CVV"), emo())


def chat_cvv_exp_separate():
    m, y = gen_expiry()
    cvv = gen_digits(3, "0123456789")
    c = new("positive", "chat/utilities: expiry and security code answered in separate short messages")
    c.a("And the expiry date on the card?")
    c.c((type_expiry(m, y), "EXPIRY"))
    c.a("Thank you. Finally the 3 digit code on the back")
    c.c(R.choice(["its ", "", "ok ", "code is "]), (cvv, "CVV"), R.choice(["", " ", emo()]))


def chat_ssn():
    s = gen_ssn()
    f = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s, "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:])])
    c = new("positive", "chat/government: US SSN typed with varied separators")
    c.a(R.choice(["To verify, please provide your Social Security number.", "Can u confirm ur SSN for the account?"]))
    c.c(R.choice(["sure, ", "its ", "SSN: ", "ssn ", "my social is "]), (f, "SSN"), R.choice(["", " thanks", emo(), " (pls dont store it)"]))


def chat_ssn_split():
    s = gen_ssn()
    c = new("positive", "chat/insurance: SSN split over messages, second one with a typo")
    c.a("Please confirm the social security number on the policy.")
    c.c((s[:3] + "-" + s[3:5], "SSN", "s"), R.choice(["-", "", " "]))
    c.c(R.choice(["sorry hit enter ", "oops ", "", "..."]), (s[5:], "SSN", "s"))


def chat_ni():
    n = gen_ni()
    f = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(), n[:2] + n[2:8] + " " + n[8],
                  n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8], n[:2].lower() + n[2:]])
    c = new("positive", "chat/government: UK NI number typed, mixed case / separators")
    c.a(R.choice(["Whats your National Insurance number?", "Can I have your NI number please"]))
    c.c(R.choice(["", "its ", "NI no ", "ok it's ", "NINO: "]), (f, "NI_NUMBER"), R.choice(["", emo(), " i think", " x"]))


def chat_ni_split():
    n = gen_ni()
    c = new("positive", "chat/government: NI number split across two messages")
    c.a("Please type your national insurance number.")
    c.c((n[:2] + " " + n[2:4] + " " + n[4:6], "NI_NUMBER", "n"))
    c.c((n[6:8] + " " + n[8], "NI_NUMBER", "n"), R.choice(["", " sorry", emo()]))


def chat_bank():
    sc = gen_digits(6, "0123456789")
    ac = gen_digits(8, "0123456789")
    scf = R.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
    c = new("positive", "chat/banking: sort code and account number for direct debit")
    c.a("To set up the direct debit I need the sort code and account number.")
    if R.random() < 0.5:
        c.c(R.choice(["sort ", "sort code: ", "s/c "]), (scf, "SORT_CODE"), R.choice([" acc ", ", account no ", " a/c "]), (ac, "BANK_ACCOUNT"), emo())
    else:
        c.c(R.choice(["sc ", "Sortcode "]), (scf, "SORT_CODE"))
        c.a("thanks and account number?")
        c.c((R.choice([ac, ac[:4] + " " + ac[4:]]), "BANK_ACCOUNT"), R.choice(["", " (joint acc)", emo()]))


def chat_us_account():
    ac = gen_digits(R.choice([9, 10, 11, 12]), "0123456789")
    c = new("positive", "chat/banking US: checking account number with routing-free context")
    c.a("What checking account should the refund go to?")
    c.c(R.choice(["acct # ", "account number ", "Acct: ", "checking "]), (ac, "BANK_ACCOUNT"), R.choice(["", " at chase", emo(), " thx"]))


def chat_iban():
    ib = gen_iban()
    f = R.choice([ib, group4(ib), group4(ib).lower(), group4(ib, "-")])
    c = new("positive", "chat/travel EU: IBAN for refund, grouped/ungrouped")
    c.a(R.choice(["Please send the IBAN for the refund.", "Which IBAN should we refund to?"]))
    c.c(R.choice(["IBAN: ", "here: ", "its ", ""]), (f, "IBAN"), R.choice(["", " (revolut)", emo(), "\nthanks"]))


def chat_iban_split():
    ib = group4(gen_iban())
    g = ib.split(" ")
    cut = len(g) // 2
    c = new("positive", "chat/insurance IE: IBAN split over two messages")
    c.a("Please provide the IBAN for the claim payout.")
    c.c((" ".join(g[:cut]), "IBAN", "i"))
    c.a("ok")
    c.c((" ".join(g[cut:]), "IBAN", "i"), emo())


def chat_phone():
    k, n, f = gen_phone()
    c = new("positive", "chat/telecom: callback phone number typed (%s)" % k)
    c.a(R.choice(["Best number to call you back on?", "What's a good contact number?"]))
    c.c(R.choice(["", "mob ", "call me on ", "its ", "tel: "]), (f, "PHONE"), R.choice(["", " after 5pm", emo(), " pls", " (work)"]))


def chat_email():
    e = gen_email()
    f = R.choice([e, e.upper() if R.random() < 0.2 else e, e.capitalize(), e])
    c = new("positive", "chat/retail: email typed in message")
    c.a("Which email should the receipt go to?")
    c.c(R.choice(["", "send it to ", "email: ", "its "]), (f, "EMAIL"), R.choice(["", " thanks", emo(), " pls", "."]))


def chat_dob():
    d, m, y = gen_dob()
    us = R.random() < 0.4
    c = new("positive", "chat/healthcare billing: date of birth typed" + (" (US order)" if us else ""))
    c.a("For security, can you confirm your date of birth?")
    c.c(R.choice(["", "dob ", "DOB: ", "born ", "its "]), (type_dob(d, m, y, us), "DOB"), R.choice(["", emo(), " thx"]))


def chat_address():
    n, st = gen_address()
    pc = R.choice(UKPC)
    c = new("positive", "chat/utilities UK: address and postcode for a meter booking")
    c.a("What's the address of the property?")
    stt = st.title() if R.random() < 0.6 else st
    c.c(R.choice(["", "its ", "flat 2, "]), ("%d %s" % (n, stt), "ADDRESS"), R.choice([", ", " ", ",\n"]),
        R.choice(["Leeds ", "Bristol ", "", "london "]), (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), emo())


def chat_us_address():
    n, st = gen_address()
    z = gen_digits(5, "0123456789")
    c = new("positive", "chat/retail US: shipping address with ZIP")
    c.a("What's the shipping address?")
    c.c(("%d %s" % (n, R.choice([st.title(), st.replace("street", "St").replace("avenue", "Ave").title()])), "ADDRESS"),
        R.choice([", Austin TX ", ", Denver, CO ", " Portland OR ", ", Columbus OH "]), (R.choice([z, z + "-" + gen_digits(4, "0123456789")]), "POSTCODE"))


def chat_multi():
    e = gen_email()
    k, n, f = gen_phone("uk")
    pc = R.choice(UKPC)
    c = new("positive", "email body/telecom: signature block with phone, email and postcode plus an order ref")
    c.c("Hi team,\n\nMy order #%d still hasn't arrived (paid £%d.%02d). Please contact me.\n\nThanks\n%s\nMob: " % (R.randint(100000, 9999999), R.randint(10, 300), R.randint(0, 99), R.choice(FIRST).title()),
        (f, "PHONE"), "\nEmail: ", (e, "EMAIL"), "\nPostcode: ", (pc, "POSTCODE"))


def sms_dob_ni():
    d, m, y = gen_dob()
    n = gen_ni()
    c = new("positive", "SMS/government: DOB and NI in one text with typos")
    c.c(R.choice(["hiya re my claim, dob ", "my dob is ", "Hi. D.O.B "]), (type_dob(d, m, y), "DOB"),
        R.choice([" and ni numbr ", " n.i. ", ", NI "]), (R.choice([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]]), "NI_NUMBER"), emo())


def dm_card_corr():
    card = gen_card()
    g = group_card(card)
    body = card[:-2] + str((int(card[-2]) + 3) % 10)
    wcard = [body + d for d in "0123456789" if luhn_ok(body + d)][0]
    wrong = group_card(wcard)
    c = new("positive", "social DM/retail: card typed wrong then corrected; both messages are (Luhn-valid) card numbers")
    c.a("Please DM the card number so we can process the refund.")
    c.c((wrong, "CARD_NUMBER"))
    c.c(R.choice(["sorry typo its ", "*", "wait no: "]), (g, "CARD_NUMBER"))


def chat_paste_card():
    card = gen_card()
    c = new("positive", "chat/retail: card pasted with copy-paste artefacts (nbsp/tab/zero width)")
    sep = R.choice(["\u00a0", "\t", " \u200b", "\u2009"])
    c.a("Go ahead with the card number")
    c.c(R.choice(["", "»", "\"", "copied: "]), (group_card(card, sep), "CARD_NUMBER"), R.choice(["", "\"", " ", emo()]))


# ---------------------------------------------------------------- positive templates (voice)
def call_card_split():
    card = gen_card()
    g = group_card(card).split(" ")
    c = new("positive", "call/banking: card read in chunks with back-channels and fillers")
    c.a("okay go ahead with the long number on the card")
    for i, chunk in enumerate(g):
        pre = R.choice(["", "", "um ", "right "]) if i == 0 else ""
        c.c(pre, (say_digits(chunk, uk=R.random() < 0.5), "CARD_NUMBER", "c"), R.choice(["", "", " yeah"]))
        if i < len(g) - 1:
            c.a(R.choice(["mhm", "okay go on", "yep", "uh huh", "okay"]))


def call_card_one():
    card = gen_card()
    c = new("positive", "call/telecom: card read in one turn, pairs and doubles")
    c.a("and what's the card number please")
    sp = say_digits(card[:8]) + " " + (say_pairs(card[8:]) if len(card[8:]) % 2 == 0 else say_digits(card[8:]))
    c.c(R.choice(["yeah it's ", "it is ", "okay so "]), (sp, "CARD_NUMBER"), R.choice(["", " i think that's right"]))


def call_card_readback():
    card = gen_card()
    g = group_card(card).split(" ")
    c = new("positive", "call/insurance: agent reads card back, customer confirms")
    c.c("the number is ", (" ".join(say_digits(x) for x in g), "CARD_NUMBER"))
    c.a("let me read that back ", (" ".join(say_digits(x) for x in g), "CARD_NUMBER"), " is that right")
    c.c("yes that's it")


def call_cvv_exp():
    m, y = gen_expiry()
    cvv = gen_digits(3, "0123456789")
    c = new("positive", "call/utilities: expiry then security code spoken")
    c.a("and the expiry date")
    c.c(R.choice(["it's ", "uh ", ""]), (say_expiry(m, y), "EXPIRY"))
    c.a("lovely and the three digits on the back")
    c.c(R.choice(["", "it's ", "um "]), (say_digits(cvv), "CVV"))


def call_ssn():
    s = gen_ssn()
    c = new("positive", "call/healthcare billing US: SSN spoken in 3-2-4 chunks across turns")
    c.a("can i get your social security number")
    c.c((say_digits(s[:3]), "SSN", "s"))
    c.a("okay")
    c.c((say_digits(s[3:5]), "SSN", "s"), " ", (say_digits(s[5:]), "SSN", "s"))


def call_ssn_one():
    s = gen_ssn()
    c = new("positive", "call/banking US: SSN in one turn with filler")
    c.a("and to verify the last step your full social please")
    c.c("sure it's ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_pairs(s[5:]), "SSN"))


def call_ni():
    n = gen_ni()
    c = new("positive", "call/government UK: NI number spelled with phonetic letters")
    c.a("what's your national insurance number")
    c.c(R.choice(["it's ", "yeah ", ""]), (say_letters(n[:2], 0.5) + " " + R.choice([say_pairs(n[2:8]), say_digits(n[2:8], uk=True)]) + " " + say_letters(n[8], 0.4), "NI_NUMBER"))


def call_ni_split():
    n = gen_ni()
    c = new("positive", "call/government UK: NI spread over turns with back-channels")
    c.a("national insurance number please")
    c.c((say_letters(n[:2], 0.6), "NI_NUMBER", "n"))
    c.a("yep")
    c.c((say_digits(n[2:8], uk=True), "NI_NUMBER", "n"))
    c.a("and the letter at the end")
    c.c((say_letters(n[8], 0.5), "NI_NUMBER", "n"))


def call_bank():
    sc = gen_digits(6, "0123456789")
    ac = gen_digits(8, "0123456789")
    c = new("positive", "call/banking UK: sort code in pairs, account digit by digit")
    c.a("what's the sort code")
    c.c((say_pairs(sc) if R.random() < 0.5 else say_digits(sc, uk=True), "SORT_CODE"))
    c.a("and the account number")
    c.c(R.choice(["", "um "]), (say_digits(ac, uk=True), "BANK_ACCOUNT"))


def call_iban():
    ib = gen_iban()
    c = new("positive", "call/banking IE: IBAN spelled letters then digits")
    c.a("can you read me the iban")
    c.c((say_letters(ib[:2], 0.2) + " " + say_digits(ib[2:4]) + " " + say_letters(ib[4:], 0.1), "IBAN"))


def call_phone():
    k, n, f = gen_phone()
    c = new("positive", "call/telecom: callback number spoken (%s)" % k)
    c.a("and a number we can reach you on")
    sp = say_digits(n, uk=k != "us")
    if R.random() < 0.4 and k != "us":
        cut = 5
        c.c((say_digits(n[:cut], uk=True), "PHONE", "p"))
        c.a(R.choice(["mhm", "okay"]))
        c.c((say_digits(n[cut:], uk=True), "PHONE", "p"))
    else:
        c.c(R.choice(["it's ", "yeah ", ""]), (sp, "PHONE"))


def call_email():
    e = gen_email()
    c = new("positive", "call/retail: email spoken with dot/at")
    c.a("and your email address")
    c.c(R.choice(["it's ", "yeah it's ", ""]), (say_email(e), "EMAIL"))


def call_dob():
    d, m, y = gen_dob()
    c = new("positive", "call/insurance: date of birth spoken")
    c.a("can you confirm your date of birth")
    c.c(R.choice(["yeah it's ", "", "uh "]), (say_dob(d, m, y), "DOB"))


def call_address():
    n, st = gen_address()
    pc = R.choice(UKPC + EIRCODE)
    c = new("positive", "call/utilities: first line of address and postcode spoken")
    c.a("and the first line of the address")
    num = say_digits(str(n)) if R.random() < 0.5 else (say_pair(str(n)) if n < 100 else say_digits(str(n)))
    c.c((num + " " + st, "ADDRESS"))
    c.a("and the postcode")
    c.c((say_letters(pc.replace(" ", ""), 0.3), "POSTCODE"))


def call_two_in_one():
    d, m, y = gen_dob()
    pc = R.choice(UKPC)
    c = new("positive", "call/banking: DOB and postcode in one turn with chit-chat")
    c.a("i just need your date of birth and postcode")
    c.c("yeah so it's ", (say_dob(d, m, y), "DOB"), " and the postcode is ", (say_letters(pc.replace(" ", ""), 0.2), "POSTCODE"), " sorry it's been a long day")


def call_selfcorrect():
    ac = gen_digits(8, "0123456789")
    c = new("positive", "call/banking: self-corrected account number; only the corrected reading is labelled")
    c.a("account number")
    c.c("it's ", (say_digits(ac[:3]), "BANK_ACCOUNT_W"), " no wait sorry start again ", (say_digits(ac, uk=True), "BANK_ACCOUNT"))


# ---------------------------------------------------------------- negatives
def neg(note, *turns):
    c = new("negative", note)
    for sp, t in turns:
        c.turn(sp, t)


def n_money():
    neg("chat/telecom: bill amounts and dates that are not DOB",
        ("customer", "hi my bill was £%d.%02d this month, usually its £%d %s" % (R.randint(30, 200), R.randint(0, 99), R.randint(20, 80), emo())),
        ("agent", "I can see a charge of £%d.%02d on %d %s for roaming." % (R.randint(5, 60), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].title())))


def n_order():
    neg("chat/retail: order number with its reference word",
        ("customer", R.choice(["order no ", "Order #", "my order ", "ord# "]) + gen_digits(R.randint(7, 10)) + " never came " + emo()),
        ("agent", "Thanks, I've found order %s, it was dispatched on the %s." % (gen_digits(8), say_ordinal(R.randint(1, 28)))))


def n_ticket():
    neg("call/travel: flight number, booking ref and times",
        ("customer", "i'm on flight %s %s at %s %s and the booking reference is %s" % (R.choice(["ba", "e i", "f r", "u a"]), say_digits(gen_digits(3)), R.choice(["seven", "nine", "two"]), R.choice(["fifteen", "forty five", "thirty"]), say_letters("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), 0))),
        ("agent", "okay that departs from gate %s in about %s minutes" % (say_pair(str(R.randint(10, 59))), say_pair(str(R.randint(20, 59))))))


def n_meter():
    neg("chat/utilities: meter readings and kWh",
        ("customer", "meter reading today: %s (elec) and gas %s" % (gen_digits(5), gen_digits(5))),
        ("agent", "Thanks, that's %d kWh used since your last read on %02d/%02d/2026." % (R.randint(100, 900), R.randint(1, 28), R.randint(1, 12))))


def n_claim():
    neg("call/insurance: claim number spoken with reference word",
        ("customer", "my claim number is %s" % say_digits(gen_digits(R.choice([7, 8, 9])))),
        ("agent", "thanks i've got the claim open it was logged on the %s of %s" % (say_ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)])))


def n_model():
    neg("chat/retail: model numbers and quantities",
        ("customer", "I ordered %d x model %s-%d and %d of the %s cables" % (R.randint(2, 9), R.choice(["KX", "SM", "WM", "TV"]), R.randint(1000, 9999), R.randint(2, 12), R.choice(["2m", "3m", "1.5m"]))),
        ("agent", "The %s is £%d each, so %d%% off brings it to £%d.%02d" % (R.choice(["washer", "router", "kettle"]), R.randint(40, 500), R.randint(5, 40), R.randint(30, 400), R.randint(0, 99))))


def n_balance():
    neg("call/banking: balance and payment amounts spoken",
        ("agent", "your balance is %s pounds and %s pence" % (say_pair(str(R.randint(20, 99))) if R.random() < 0.5 else "one thousand two hundred", say_pair(str(R.randint(10, 99))))),
        ("customer", "okay and the last payment was on the %s wasn't it for %s pounds" % (say_ordinal(R.randint(1, 28)), say_pair(str(R.randint(20, 99))))))


def n_age():
    neg("call/healthcare billing: ages, years and room numbers",
        ("customer", "my dad is %s he was in room %s for %s days back in %s" % (say_pair(str(R.randint(60, 95))), say_digits(str(R.randint(100, 499))), say_digits(str(R.randint(2, 9))), say_year(R.randint(2019, 2025)))),
        ("agent", "okay the invoice %s covers that stay" % say_digits(gen_digits(7))))


def n_speed():
    neg("chat/telecom: speeds, data and percentages",
        ("customer", "paying for %dMbps but getting %d.%d!! thats like %d%% " % (R.choice([100, 500, 900]), R.randint(5, 60), R.randint(0, 9), R.randint(5, 40)) + emo()),
        ("agent", "Sorry about that. Line test ref %s shows %d dropouts in the last %d hrs." % (gen_digits(8), R.randint(2, 30), R.randint(12, 72))))


def n_appt():
    neg("chat/healthcare: appointment dates and times, not DOB",
        ("customer", "can i move my appt from %d/%d to %d/%d? after 3pm ideally" % (R.randint(1, 28), R.randint(1, 12), R.randint(1, 28), R.randint(1, 12))),
        ("agent", "I have %s at %d:%s or %d:%s available." % (R.choice(["Tue 14th", "Friday 3rd", "Mon 21st"]), R.randint(9, 11), R.choice(["00", "15", "30"]), R.randint(1, 4), R.choice(["00", "45"]))))


def n_temp():
    neg("call/utilities: temperatures and durations",
        ("customer", "the boiler's been off %s days and it's %s degrees in here" % (say_digits(str(R.randint(2, 9))), say_pair(str(R.randint(5, 14))))),
        ("agent", "an engineer can be there between %s and %s tomorrow" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]))))


def n_contract():
    neg("chat/telecom: contract start date, tariff and counts",
        ("customer", "Contract started 03/%02d/2024 on the £%d plan, %d lines" % (R.randint(1, 12), R.randint(10, 60), R.randint(2, 5))),
        ("agent", "Yes, that's a %d month contract ending %s 2026." % (R.choice([12, 18, 24, 36]), MONTHS[R.randint(0, 11)].title())))


def n_invoice():
    neg("email body/utilities: invoice and reference numbers",
        ("customer", "Dear team,\nRe invoice INV-%s and ref %s, I was charged £%d.%02d twice on %d %s 2026.\nRegards" % (gen_digits(7), gen_digits(9), R.randint(50, 900), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].title()[:3])))


def call_homophone_card():
    card = gen_card()
    sp = say_digits(card, groups=False)
    words = sp.split(" ")
    words = [{"two": R.choice(["two", "to", "too"]), "one": R.choice(["one", "won"]), "eight": R.choice(["eight", "ate"])}.get(w, w) for w in words]
    c = new("positive", "call/retail: card read by ASR with homophones (to/too/won/ate) and a price nearby")
    c.a("that comes to %s pounds %s, what card are you paying with" % (say_pair(str(R.randint(20, 99))), say_pair(str(R.randint(10, 99)))))
    c.c("okay the number's ", (" ".join(words), "CARD_NUMBER"))


def chat_email_split():
    e = gen_email()
    local, dom = e.split("@")
    c = new("positive", "chat/insurance: email split over two messages (local part, then @domain)")
    c.a("What email address shall I put on the policy?")
    c.c((local, "EMAIL", "e"))
    c.c("@", (dom, "EMAIL", "e"), R.choice(["", " sorry", emo()]))


def chat_phone_split():
    k, n, f = gen_phone("uk")
    c = new("positive", "SMS/telecom: mobile number typed over two texts, ticket number nearby")
    c.c("re ticket %s - pls call me on " % gen_digits(7), (n[:5], "PHONE", "p"))
    c.c((n[5:], "PHONE", "p"), R.choice([" ta", "", emo()]))


def chat_card_words_typo():
    card = gen_card()
    m, y = gen_expiry()
    c = new("positive", "chat/travel: card typed with a stray space typo, expiry written as words, order total nearby")
    g = group_card(card)
    cut = R.randint(3, len(g) - 3)
    if g[cut] == " ":
        cut += 1
    typed = g[:cut] + " " + g[cut:]
    c.c("booking total €%d.%02d - card " % (R.randint(100, 900), R.randint(0, 99)), (typed, "CARD_NUMBER"), ", expires ", (MONTHS[m - 1].title() + " 20%d" % y, "EXPIRY"), emo())


def call_ssn_corrected():
    s = gen_ssn()
    c = new("positive", "call/government US: SSN read, agent misreads it back (labelled too), customer repeats it in pairs")
    c.c("it's ", (say_digits(s), "SSN"))
    wrong = s[:5] + str((int(s[5]) + 1) % 10) + s[6:]
    c.a("so that's ", (say_digits(wrong[:3]) + " " + say_digits(wrong[3:5]) + " " + say_digits(wrong[5:]), "SSN"))
    c.c("no no it's ", (say_digits(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:]), "SSN"), " the last four are wrong")


def n_years():
    neg("chat/insurance: years, no-claims years and vehicle details",
        ("customer", "car is a %d %s, %d yrs no claims, %d,%03d miles %s" % (R.randint(2008, 2024), R.choice(["Golf", "Corsa", "Civic", "Focus"]), R.randint(1, 15), R.randint(10, 99), R.randint(0, 999), emo())),
        ("agent", "Thanks. Your renewal quote is £%d.%02d, valid until %d %s." % (R.randint(300, 1200), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].title())))


def n_track():
    neg("SMS/retail: parcel count, weight and delivery window",
        ("customer", "%d parcels, %.1fkg total, delivery window %d-%dpm? order %s" % (R.randint(2, 6), R.uniform(1, 25), R.randint(1, 3), R.randint(4, 6), gen_digits(9))),
        ("agent", "Your parcels are out for delivery, driver is %d stops away." % R.randint(2, 30)))


def call_phone_intl():
    k, n, f = gen_phone(R.choice(["uk", "ie"]))
    cc = "44" if k == "uk" else "353"
    lead = R.choice(["plus " + say_digits(cc, groups=False), "double oh " + say_digits(cc, groups=False)])
    c = new("positive", "call/travel: international mobile spoken with plus / double-oh prefix, a time nearby")
    c.c("i'm stuck abroad please call me on ",
        (lead + " " + say_digits(n[1:], uk=True), "PHONE"))
    c.a("okay and roughly what time suits, is after %s okay" % R.choice(["four", "six", "two"]))


def call_us_address_zip():
    n, st = gen_address()
    z = gen_digits(5, "0123456789")
    c = new("positive", "call/healthcare billing US: street address then ZIP spoken as digits")
    c.a("what's the billing address on file")
    c.c("it's ", (say_digits(str(n)) + " " + st, "ADDRESS"), R.choice([" in springfield", " over in dayton", " um in tampa"]))
    c.a("and the zip")
    c.c((say_digits(z, groups=False), "POSTCODE"))


def chat_dob_words():
    d, m, y = gen_dob()
    c = new("positive", "chat/banking: DOB typed with month word and typo'd lead-in, an age and a year nearby")
    c.a("Can you confirm ur date of birth to continue")
    c.c(R.choice(["dat of birth ", "d o b ", "Bday "]), ("%s %d, %d" % (MONTHS[m - 1].title(), d, y), "DOB"),
        " (%d next month lol, been with you since %d)" % (2026 - y, R.randint(2010, 2024)))


def chat_ni_slash():
    n = gen_ni()
    c = new("positive", "chat/government: NI typed with slashes and a claim reference in the same message")
    c.c("claim ref %s, my ni is " % gen_digits(8), ("/".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]).lower() if R.random() < 0.5 else "/".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), "NI_NUMBER"), emo())


POS_CHAT = [chat_card_inline, chat_card_split, chat_card_cvv_exp, chat_cvv_exp_separate, chat_ssn, chat_ssn_split,
            chat_ni, chat_ni_split, chat_bank, chat_us_account, chat_iban, chat_iban_split, chat_phone, chat_email,
            chat_dob, chat_address, chat_us_address, chat_multi, sms_dob_ni, chat_paste_card, dm_card_corr,
            chat_email_split, chat_phone_split, chat_card_words_typo, chat_dob_words, chat_ni_slash]
POS_CALL = [call_card_split, call_card_one, call_card_readback, call_cvv_exp, call_ssn, call_ssn_one, call_ni,
            call_ni_split, call_bank, call_iban, call_phone, call_email, call_dob, call_address, call_two_in_one,
            call_selfcorrect, call_homophone_card, call_ssn_corrected, call_phone_intl,
            call_us_address_zip]
NEGS = [n_money, n_order, n_ticket, n_meter, n_claim, n_model, n_balance, n_age, n_speed, n_appt, n_temp, n_contract, n_invoice, n_years, n_track]


def build():
    # three rounds of every chat template, then calls, to reach size and type minimums
    for _ in range(6):
        for f in POS_CHAT:
            f()
    for _ in range(4):
        for f in POS_CALL:
            f()
    for _ in range(3):
        chat_bank()
        call_bank()
    for _ in range(9):
        for f in NEGS:
            f()
    pos = [c for c in CASES if c.kind == "positive"]
    ng = [c for c in CASES if c.kind == "negative"]
    lines = []
    for prefix, group in (("pos", pos), ("neg", ng)):
        for i, c in enumerate(group, 1):
            spans = [dict((k, v) for k, v in s.items() if k != "_g") for s in c.spans if not s["type"].endswith("_W")]
            lines.append(json.dumps({"id": "h51-%s-%03d" % (prefix, i), "kind": c.kind, "turns": c.turns,
                                     "spans": spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n", pos, ng


def check_cases(text, cases):
    errs = []
    ids = set()
    counts = dict((t, 0) for t in TYPES)
    recs = [json.loads(l) for l in text.splitlines()]
    for rec, c in zip(recs, [x for x in CASES if x.kind == "positive"] + [x for x in CASES if x.kind == "negative"]):
        if rec["id"] in ids:
            errs.append("dup id " + rec["id"])
        ids.add(rec["id"])
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("negative with spans " + rec["id"])
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("positive without spans " + rec["id"])
        last = {}
        for s in sorted(rec["spans"], key=lambda s: (s["turn"], s["start"])):
            t = rec["turns"][s["turn"]]["text"]
            if s["type"] not in TYPES:
                errs.append("bad type %s %s" % (rec["id"], s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("offset out of range " + rec["id"])
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum() or s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append("not on word boundary %s %r" % (rec["id"], t[s["start"]:s["end"]]))
            if not (t[s["start"]].isalnum() or t[s["start"]] in "+(") or not t[s["end"] - 1].isalnum():
                errs.append("span edge not alnum %s %r" % (rec["id"], t[s["start"]:s["end"]]))
            if s["start"] < last.get(s["turn"], 0):
                errs.append("overlap " + rec["id"])
            last[s["turn"]] = s["end"]
        groups = {}
        for s in c.spans:
            if s["type"].endswith("_W"):
                continue
            groups.setdefault(s["_g"], []).append(s)
        for g in groups.values():
            texts = [c.turns[s["turn"]]["text"][s["start"]:s["end"]] for s in g]
            e = validate(g[0]["type"], texts)
            if e:
                errs.append("%s: %s" % (rec["id"], e))
    return errs, counts, recs


def write_readme(counts, npos, nneg, ntyped):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h51 (chat-heavy)

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures
and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the benchmark or any other PII fixture; the only data
looked at was a three-line format example. Every case is produced by
`scripts/make_pii_holdout51.py` from template functions: each turn is assembled from plain
text segments and (value, TYPE) segments, so offsets are computed, never typed. All values
come from one `random.Random(%d)`; output is byte-for-byte reproducible. About two thirds of
the templates are typed channels (web chat, SMS, e-mail bodies, social DMs) with messy
typing: values split over messages, typos around them, odd separators, mixed case, emojis,
non-breaking spaces / tabs / zero-width spaces pasted inside card numbers. The rest are phone
calls as an ASR transcript would write them (lower case, numbers as words, "oh"/"o"/"nought",
"double"/"triple", pairs, phonetic letters "b for bravo", e-mails as "dot"/"at").

`python scripts/make_pii_holdout51.py --check` regenerates and verifies the file (identity,
unique ids, offsets, word boundaries, no overlap, and value validity after normalising spoken
forms: Luhn, mod-97, NI format, digit counts, postcode shapes).

## Annotation conventions

* A span covers only the value itself: no lead-in words ("it's", "card no:"), no trailing
  words, emojis or punctuation. It starts and ends on a letter or digit (a phone number may
  start with its leading "+" or "(").
* Separators and fillers *inside* a value (spaces, dashes, dots, NBSP, "double", "for bravo",
  "um" inside a reading) are inside the span.
* A value split over several turns gets one span per turn piece (same type). Two values in
  one turn (e.g. card and expiry) get separate spans.
* When the agent reads a value back, the read-back is also labelled.
* Self-corrections: an abandoned *partial* attempt (e.g. the first three digits before "no
  wait start again") is not labelled (graded neither way); the corrected complete value is
  labelled. A complete wrong value (a mistyped card that is itself a full card number, an
  agent's mis-read-back of an SSN) is labelled with the same type, since it is still PII.
* ASR homophones inside a reading ("to"/"too" for two, "won" for one, "ate" for eight) are
  part of the span.
* An e-mail split as "local part" / "@domain" over two messages gets two spans; the "@"
  itself (not a letter or digit) is left outside.
* CVV and EXPIRY are labelled only where context makes them card data. DOB only where the
  date is a birth date. POSTCODE covers UK postcodes, Irish Eircodes and US ZIP / ZIP+4.
  ADDRESS is house number + street (no town, no postcode).
* Negatives contain lookalikes (amounts, order/claim/invoice refs with their reference word,
  flight numbers, meter readings, times, dates that are not birth dates, ages, speeds,
  percentages, temperatures) and have no spans: nothing in them should be redacted.

## Counts

Positives: %d (%d of them typed-channel), negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, ntyped, nneg, rows)


def main():
    text, pos, ng = build()
    errs, counts, recs = check_cases(text, CASES)
    readme = write_readme(counts, len(pos), len(ng), sum(1 for c in pos if not c.note.startswith("call")))
    if "--check" in sys.argv:
        if not os.path.exists(OUT) or open(OUT, encoding="utf-8").read() != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme:
            errs.append("README.md differs from regenerated output")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(readme)
    if len(pos) < 170:
        errs.append("too few positives %d" % len(pos))
    if len(ng) < 100:
        errs.append("too few negatives %d" % len(ng))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    print("positives=%d negatives=%d" % (len(pos), len(ng)))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs:
        print("ERROR:", e)
    print("check: %s" % ("FAIL (%d problems)" % len(errs) if errs else "OK"))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout521 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(521241125).

Usage:
    python scripts/make_pii_holdout521.py          # write cases.jsonl
    python scripts/make_pii_holdout521.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout521", "cases.jsonl")

R = random.Random(521241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- building
def V(text, typ):
    return (text, typ)


def build(turns):
    """turns: list of (speaker, [segment...]); segment is str or (text, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        buf = ""
        for seg in segs:
            if isinstance(seg, tuple):
                txt, typ = seg
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(txt), "type": typ})
                buf += txt
            else:
                buf += seg
        out_turns.append({"speaker": spk, "text": buf})
    return out_turns, spans


# ---------------------------------------------------------------- values
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        p, n = "4" + str(R.randint(100, 999)), 16
    elif kind == "mc":
        p, n = "5" + str(R.randint(1, 5)) + str(R.randint(10, 99)), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = "6011", 16
    elif kind == "visa13":
        p, n = "4" + str(R.randint(10, 99)), 13
    else:
        p, n = "6759", 19
    body = p + "".join(str(R.randint(0, 9)) for _ in range(n - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_non_luhn16():
    while True:
        d = str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(15))
        if not luhn_ok(d):
            return d


def group(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def card_groups(d):
    if len(d) == 15:
        return group(d, [4, 6, 5])
    if len(d) == 13:
        return group(d, [4, 3, 3, 3])
    if len(d) == 19:
        return group(d, [4, 4, 4, 4, 3])
    return group(d, [4, 4, 4, 4])


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
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    dig = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if c == "GB":
        bban = R.choice(["WEST", "NWBK", "HBUK", "MIDL", "BARC"]) + dig(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + dig(14)
    elif c == "DE":
        bban = dig(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "TRIN"]) + dig(10)
    elif c == "FR":
        bban = dig(23)
    else:
        bban = dig(20)
    return c + iban_check(c, bban) + bban


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def dig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- speech
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_ALT = {"b": "bob", "c": "charlie", "d": "david", "j": "john", "m": "mary", "p": "peter",
            "s": "sugar", "t": "tommy", "h": "harry", "a": "apple", "e": "edward", "n": "nellie",
            "r": "robert", "w": "william", "k": "king", "l": "london", "g": "george"}
FILL = ["um", "uh", "er", "erm"]


class Voice:
    def __init__(self):
        self.zero = R.choice(["oh", "oh", "zero", "nought", "o", "zero"])
        self.pdouble = R.choice([0.0, 0.5, 0.9])
        self.pfill = R.choice([0.0, 0.0, 0.15, 0.3])

    def digits(self, s, allow_multi=True):
        toks, i = [], 0
        while i < len(s):
            w = self.zero if s[i] == "0" else UNITW[int(s[i])]
            run = 1
            while i + run < len(s) and s[i + run] == s[i]:
                run += 1
            if allow_multi and run >= 3 and R.random() < self.pdouble:
                toks.append("triple " + w)
                i += 3
            elif allow_multi and run >= 2 and R.random() < self.pdouble:
                toks.append("double " + w)
                i += 2
            else:
                toks.append(w)
                i += 1
        return " ".join(toks)

    def pair(self, p):
        a, b = int(p[0]), int(p[1])
        if a == 0:
            return self.digits(p)
        if a == 1:
            return TEENW[b]
        if b == 0:
            return self.digits(p, allow_multi=False)
        return TENW[a] + " " + UNITW[b]

    def hundreds(self, t):
        if t[0] == "0" or t[2] == "0":
            return self.digits(t)
        return UNITW[int(t[0])] + " hundred and " + (self.pair(t[1:]) if t[1] != "0" else UNITW[int(t[2])])

    def group(self, g, style=None):
        style = style or R.choice(["d", "d", "d", "p", "h"])
        if style == "p" and len(g) % 2 == 0:
            out = " ".join(self.pair(g[i:i + 2]) for i in range(0, len(g), 2))
        elif style == "h" and len(g) == 3:
            out = self.hundreds(g)
        elif style == "h" and len(g) == 4 and g[0] != "0":
            out = UNITW[int(g[0])] + " " + self.hundreds(g[1:]) if g[1] != "0" and g[2:] != "00" else self.digits(g)
        else:
            out = self.digits(g)
        return out

    def filler(self, words):
        # maybe insert a filler between words of a reading (inside the span)
        if self.pfill and R.random() < self.pfill:
            parts = words.split(" ")
            plain = set(UNITW) | {"oh", "o", "nought"}
            cands = [k for k in range(1, len(parts))
                     if parts[k - 1].endswith(",") or (parts[k - 1] in plain and parts[k] in plain)]
            if cands:
                parts.insert(R.choice(cands), R.choice(FILL))
                return " ".join(parts)
        return words

    def letters(self, s, nato_p=0.5):
        out = []
        for ch in s.lower():
            if ch.isdigit():
                out.append(self.zero if ch == "0" else UNITW[int(ch)])
            elif R.random() < nato_p:
                src = NATO_ALT if (ch in NATO_ALT and R.random() < 0.3) else NATO
                out.append(ch + R.choice([" for ", " as in "]) + src[ch])
            else:
                out.append(ch)
        return " ".join(out)


# ---------------------------------------------------------------- context
INDUSTRIES = [
    ("banking", "Harbour Bank", "UK"), ("banking", "First Lakeside Credit Union", "US"),
    ("telecom", "Vireo Mobile", "UK"), ("telecom", "Cascade Wireless", "US"),
    ("utilities", "Northgrid Energy", "UK"), ("utilities", "Liffey Power", "IE"),
    ("retail", "Brightmart", "UK"), ("retail", "Oakfield Outfitters", "US"),
    ("insurance", "Shieldway Insurance", "UK"), ("insurance", "Prairie Mutual", "US"),
    ("travel", "Skylark Air", "IE"), ("travel", "Eurovoyage", "EU"),
    ("healthcare billing", "Meridian Health Billing", "US"),
    ("government services", "the Pension Service", "UK"),
    ("government services", "County Tax Office", "US"), ("banking", "Rhein Direktbank", "EU"),
]
AGENTS = ["Priya", "Tom", "Siobhan", "Marcus", "Aoife", "Dev", "Kelly", "Ravi", "Jo", "Carlos", "Femi", "Ingrid"]
FIRST = ["sarah", "james", "aoife", "li", "mohammed", "emma", "dave", "grace", "tomasz", "nia", "kev", "rachel", "ollie", "maria", "sean"]
LAST = ["doe", "okafor", "byrne", "patel", "nguyen", "smith", "kowalski", "murphy", "evans", "garcia", "hughes", "oconnor", "reid"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com", "proton.me", "aol.com", "web.de"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah", "sure, go on", "ok, next bit"]
STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "Station Road", "Victoria Street", "Elm Grove",
           "Maple Drive", "Kings Crescent", "Park Terrace", "Harbour View", "Oak Street", "Lincoln Boulevard",
           "Sycamore Close", "Highfield Way", "Meadow Court"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Swansea", "Glasgow", "Norwich", "Derby"]
TOWNS_US = [("Springfield", "IL"), ("Austin", "TX"), ("Tacoma", "WA"), ("Dayton", "OH"), ("Fresno", "CA")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
        8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
        14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
        19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal_words(n):
    if n in ORDW:
        return ORDW[n]
    return TENW[n // 10] + " " + ORDW[n % 10]


def ordsuf(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def ctx():
    return R.choice(INDUSTRIES)


def greet(co):
    a = R.choice(AGENTS)
    return R.choice([
        "thanks for calling %s, you're through to %s, how can i help" % (co.lower(), a.lower()),
        "hello you're through to %s at %s" % (a.lower(), co.lower()),
        "%s, %s speaking, how can i help today" % (co.lower(), a.lower()),
    ])


def chat_greet(co):
    return R.choice(["Hi, you're chatting with %s from %s. How can I help?" % (R.choice(AGENTS), co),
                     "Welcome to %s live chat! %s here." % (co, R.choice(AGENTS)),
                     "Hello and thanks for contacting %s." % co])


def bc():
    return R.choice(BACK)


def split_points(groups, k):
    """split list of groups into k consecutive chunks (k<=len)."""
    k = min(k, len(groups))
    cuts = sorted(R.sample(range(1, len(groups)), k - 1)) if k > 1 else []
    out, prev = [], 0
    for c in cuts + [len(groups)]:
        out.append(groups[prev:c])
        prev = c
    return out


# dangerous look-alike non-PII numbers
def fake_order_spoken(v):
    d = make_non_luhn16() if R.random() < 0.5 else make_card()  # label makes it non-PII either way
    return ", ".join(v.group(g) for g in card_groups(d))


def fake_typed16():
    d = make_non_luhn16() if R.random() < 0.6 else make_card()
    sep = R.choice([" ", "-", ""])
    return sep.join(group(d, [4, 4, 4, 4]))


def fake_ssn_shape():
    d = make_ssn()
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:])


def fake_ni_shape():
    n = make_ni()
    return n


NEG_REF_LABELS = ["order number", "reference number", "ticket number", "claim number", "tracking number",
                  "serial number", "policy number", "invoice number", "booking reference", "case number",
                  "confirmation code", "membership number"]


def neg_aside(v):
    """A dangerous non-PII sentence to sit alongside real values (agent or customer)."""
    k = R.randint(0, 7)
    if k == 0:
        return "customer", "and the %s is %s, not the card number" % (R.choice(["order number", "tracking number", "ticket number"]), fake_order_spoken(v))
    if k == 1:
        return "agent", "for your records the %s is %s" % (R.choice(["case number", "claim number", "reference number"]), fake_ssn_shape())
    if k == 2:
        return "agent", "and your %s is %s" % (R.choice(["policy number", "membership number"]), fake_ni_shape())
    if k == 3:
        return "agent", "i can see %s failed attempts today, the last at %s:%02d, for %s pounds" % (R.randint(2, 4), R.randint(8, 20), R.randint(0, 59), R.randint(10, 900))
    if k == 4:
        return "agent", "that's a payment of %s pounds %s going out on the %s" % (R.randint(12, 990), R.randint(10, 99), ordsuf(R.randint(1, 28)))
    if k == 5:
        return "customer", "my order reference is %s if that helps" % fake_typed16()
    if k == 6:
        return "agent", "ok the %s on the card statement says %s" % (R.choice(["transaction id", "merchant reference"]), dig(R.randint(12, 18)))
    return "customer", "i've been on hold %s minutes and it's call number %s today" % (R.randint(10, 59), R.randint(2, 5))


# ---------------------------------------------------------------- positives
def p_card_call():
    ind, co, cc = ctx()
    v = Voice()
    card = make_card()
    groups = [v.filler(v.group(g)) for g in card_groups(card)]
    chunks = split_points(groups, R.randint(1, 3))
    turns = [("agent", [greet(co)]),
             ("customer", ["hi i want to pay my bill by card"]),
             ("agent", [R.choice(["ok, long card number when you're ready", "can i take the sixteen digit number on the front", "go ahead with the card number please"])])]
    for i, ch in enumerate(chunks):
        lead = R.choice(["", "it's ", "right it's ", "ok ", "so "]) if i == 0 else R.choice(["", "then ", "and "])
        turns.append(("customer", [lead, V(", ".join(ch), "CARD_NUMBER")]))
        turns.append(("agent", [bc()]))
    if R.random() < 0.6:
        turns.append(("agent", ["so that's ", V(" ".join(card_groups(card)), "CARD_NUMBER"), ", is that right"]))
        turns.append(("customer", ["yeah that's it"]))
    note = "ASR card read in %d chunk(s)" % len(chunks)
    if R.random() < 0.6:
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        exp = R.choice(["%s %s" % (v.digits("%02d" % mm), TENW[yy // 10] + " " + UNITW[yy % 10] if yy % 10 else TENW[yy // 10]),
                        "%s twenty %s" % (MONTHS[mm - 1], TENW[yy // 10] + " " + UNITW[yy % 10] if yy % 10 else TENW[yy // 10]),
                        "%s %s" % (MONTHS[mm - 1], "20" + str(yy))])
        turns.append(("agent", ["and the expiry"]))
        turns.append(("customer", [R.choice(["", "it's ", "expires "]), V(exp, "EXPIRY")]))
        cvv = dig(4 if len(card) == 15 else 3)
        turns.append(("agent", ["and the security code on the back"]))
        turns.append(("customer", [R.choice(["", "that's ", "um it's "]), V(v.digits(cvv), "CVV")]))
        note += " + expiry + cvv"
    if R.random() < 0.5:
        turns.append(neg_aside(v))
        note += " + look-alike non-PII"
    return turns, note


def fmt_card_typed(card):
    st = R.randint(0, 5)
    g = card_groups(card)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return card
    if st == 3:  # odd grouping
        return " ".join(group(card, [5, 5, 6, 3]))
    if st == 4:
        return ".".join(g)
    return "  ".join(group(card, [2, 6, 8, 3]))


def p_card_chat():
    ind, co, cc = ctx()
    card = make_card()
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    exp = R.choice(["%02d/%02d" % (mm, yy), "%d/%d" % (mm, 2000 + yy), "%02d-%02d" % (mm, yy), "%02d / 20%02d" % (mm, yy)])
    cvv = dig(4 if len(card) == 15 else 3)
    lab = R.choice(["card no: ", "Card number ", "CC# ", "card:", "long number - ", "cardnumber="])
    segs = [R.choice(["Hi, paying the outstanding invoice. ", "hiya can u take payment pls ", "Ok here you go. "]), lab, V(fmt_card_typed(card), "CARD_NUMBER")]
    if R.random() < 0.7:
        segs += [R.choice([" exp ", ", expiry ", " Exp: ", " valid thru "]), V(exp, "EXPIRY")]
        segs += [R.choice([" cvv ", " CVC: ", ", security code ", " sec code "]), V(cvv, "CVV")]
    if R.random() < 0.5:
        segs += [R.choice([" (invoice ", " re order #", " ref "]), "INV" + dig(8) if R.random() < 0.3 else dig(R.choice([12, 14, 16])), ")"]
    turns = [("agent", [chat_greet(co)]), ("customer", segs)]
    if R.random() < 0.4:
        turns.append(("agent", ["Thanks, I've put the payment through on the card ending ", V(card[-4:], "CARD_NUMBER"), "."]))
    return turns, "typed card in chat (%s), label variants" % ind


def p_card_restart():
    ind, co, cc = ctx()
    v = Voice()
    card = make_card()
    g = card_groups(card)
    frag = v.group(g[0]) + ", " + v.group(g[1][:2], "d")
    turns = [("agent", [greet(co)]),
             ("customer", ["i need to update the card on the account"]),
             ("agent", ["no problem, what's the new card number"]),
             ("customer", ["it's ", V(frag, "CARD_NUMBER"), R.choice([" sorry hang on let me start again, ", "... no wait, from the top, ", " oh i've lost my place, sorry, "]),
                           V(", ".join(v.group(x) for x in g), "CARD_NUMBER")]),
             ("agent", [R.choice(["thank you", "lovely", "got it"])])]
    if R.random() < 0.5:
        turns.append(neg_aside(v))
    return turns, "restarted card reading; fragment + full reading labelled"


def p_card_aside():
    ind, co, cc = ctx()
    v = Voice()
    card = make_card()
    g = card_groups(card)
    k = R.randint(1, len(g) - 1)
    aside = R.choice([", sorry the numbers are rubbed off here, ", " - hold on, kids! - ", ", can you hear me ok, ", " ... hang on the light's bad ... "])
    turns = [("agent", [greet(co)]),
             ("customer", ["yeah i want to book it on my credit card"]),
             ("agent", ["go on then"]),
             ("customer", [V(", ".join(v.group(x) for x in g[:k]), "CARD_NUMBER"), aside, V(", ".join(v.group(x) for x in g[k:]), "CARD_NUMBER")]),
             ("agent", ["and that's a %s pound deposit on a %s night stay, is that ok" % (R.randint(50, 400), R.randint(2, 14))])]
    return turns, "card reading interrupted by an aside in the same turn (%s)" % ind


def ssn_spoken(v, s):
    parts = [s[:3], s[3:5], s[5:]]
    return [v.filler(v.group(p, R.choice(["d", "d", "p", "h"]))) for p in parts]


def p_ssn_call():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "US"])
    v = Voice()
    s = make_ssn()
    parts = ssn_spoken(v, s)
    turns = [("agent", [greet(co)]),
             ("agent", ["to verify, can i get your social security number"])]
    mode = R.randint(0, 2)
    if mode == 0:
        turns.append(("customer", [R.choice(["sure it's ", "yeah ", "ok um "]), V(", ".join(parts), "SSN")]))
    elif mode == 1:
        turns.append(("customer", [V(parts[0], "SSN")]))
        turns.append(("agent", [bc()]))
        turns.append(("customer", [V(parts[1] + ", " + parts[2], "SSN")]))
    else:
        turns.append(("customer", [V(parts[0] + " " + parts[1], "SSN")]))
        turns.append(("agent", [bc()]))
        turns.append(("customer", [V(parts[2], "SSN")]))
    if R.random() < 0.5:
        turns.append(("agent", ["ok i have ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.5 else " ".join(v.digits(x) for x in (s[:3], s[3:5], s[5:])), "SSN"), ", thank you"]))
    turns.append(("agent", ["and your claim number is %s, keep that handy" % R.choice([fake_ssn_shape(), ", ".join(v.digits(x) for x in (dig(3), dig(2), dig(4)))])]))
    return turns, "spoken SSN (%s), claim number in SSN rhythm as negative" % ind


def p_ssn_chat():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "US"])
    s = make_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    lab = R.choice(["SSN: ", "ss# ", "social is ", "my SS number ", "Social Security No. ", "ssn-"])
    segs = [R.choice(["Hi I got a letter about my bill. ", "need to update my tax info, ", ""]), lab, V(f, "SSN")]
    if R.random() < 0.6:
        segs += [". Billing ref %s, ticket %s" % (dig(10), fake_ssn_shape())]
    turns = [("agent", [chat_greet(co)]), ("customer", segs),
             ("agent", ["Thanks. Please don't share your SSN in chat again - I've noted the ticket."])]
    if R.random() < 0.4:
        dob_d, dob_m, dob_y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
        turns.append(("customer", ["dob ", V("%02d/%02d/%d" % (dob_m, dob_d, dob_y), "DOB"), " if needed"]))
    return turns, "typed SSN in chat with SSN-shaped ticket number"


def ni_spoken(v, ni):
    letters = v.letters(ni[:2], nato_p=R.choice([0, 0.5, 1]))
    nums = ni[2:8]
    numtxt = R.choice([" ".join(v.group(nums[i:i + 2], R.choice(["d", "p"])) for i in range(0, 6, 2)),
                       v.group(nums[:3], "h") + " " + v.group(nums[3:], "h"),
                       v.digits(nums)])
    suf = v.letters(ni[8], nato_p=R.choice([0, 0.5, 1]))
    return letters, v.filler(numtxt), suf


def p_ni_call():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "UK"])
    v = Voice()
    ni = make_ni()
    l, n, s = ni_spoken(v, ni)
    turns = [("agent", [greet(co)]), ("agent", ["can i take your national insurance number please"])]
    mode = R.randint(0, 2)
    if mode == 0:
        turns.append(("customer", [R.choice(["yeah it's ", "", "um yeah "]), V("%s %s %s" % (l, n, s), "NI_NUMBER")]))
    elif mode == 1:
        turns.append(("customer", [V(l, "NI_NUMBER")]))
        turns.append(("agent", [bc()]))
        turns.append(("customer", [V(n, "NI_NUMBER")]))
        turns.append(("agent", ["and the letter at the end"]))
        turns.append(("customer", [V(s, "NI_NUMBER")]))
    else:
        turns.append(("customer", [V(l + " " + n, "NI_NUMBER"), R.choice([" and then ", " and the last letter is "]), V(s, "NI_NUMBER")]))
    if R.random() < 0.6:
        turns.append(("agent", ["so that's ", V(" ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]), "NI_NUMBER"), "?"]))
        turns.append(("customer", ["yep"]))
    turns.append(("agent", [R.choice(["your reference for today is %s" % ", ".join(v.digits(x) for x in (dig(4), dig(4), dig(4), dig(4))),
                                      "and the policy number on file is %s" % " ".join(v.letters(make_ni(), nato_p=0).split()),
                                      "your payment of %s pounds will go out on the %s of %s" % (R.randint(20, 700), ordinal_words(R.randint(1, 28)), R.choice(MONTHS))])]))
    return turns, "spoken NI number (%s), look-alike reference nearby" % ind


def p_ni_chat():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "UK"])
    ni = make_ni()
    f = R.choice(["%s", "%s %s %s %s %s", "%s-%s-%s-%s-%s"])
    if f == "%s":
        val = ni
    else:
        val = f % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    val = R.choice([val, val.lower(), val.upper()])
    lab = R.choice(["NI no: ", "NINO ", "nat ins number is ", "National Insurance: ", "ni# "])
    segs = [R.choice(["Hello, re my pension forecast. ", "hi sorry its about the overpayment letter, ", ""]), lab, V(val, "NI_NUMBER")]
    if R.random() < 0.6:
        segs += [", letter ref %s" % R.choice([make_ni(), "AB" + dig(7), dig(10)])]
    return [("agent", [chat_greet(co)]), ("customer", segs)], "typed NI number in chat, NI-shaped letter ref as negative"


def p_bank_uk():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "UK"])
    v = Voice()
    sc, acct = dig(6), dig(8)
    if R.random() < 0.5:
        turns = [("agent", [greet(co)]), ("customer", ["i want to set up a direct debit"]),
                 ("agent", ["ok, sort code first"]),
                 ("customer", [V(", ".join(v.group(sc[i:i + 2], R.choice(["d", "p"])) for i in range(0, 6, 2)), "SORT_CODE")]),
                 ("agent", ["and the account number"]),
                 ("customer", [R.choice(["", "it's "]), V(v.filler(v.digits(acct[:4]) + " " + v.digits(acct[4:])), "BANK_ACCOUNT")]),
                 ("agent", ["thanks, the first payment of %s pounds %s comes out on the %s of %s" % (R.randint(20, 300), R.randint(10, 99), ordinal_words(R.randint(1, 28)), R.choice(MONTHS))])]
        return turns, "spoken sort code and account number (%s)" % ind
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    turns = [("agent", [chat_greet(co)]),
             ("customer", [R.choice(["sort code ", "S/C: ", "sortcode "]), V(scf, "SORT_CODE"), R.choice([" acct no: ", " a/c ", ", account number "]), V(acct, "BANK_ACCOUNT"),
                           R.choice([", customer ref %s" % dig(8), ", meter reading %s" % dig(5), ""])])]
    return turns, "typed sort code and account (%s), 8-digit customer ref as negative" % ind


def p_bank_us():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "US"])
    v = Voice()
    acct = dig(R.randint(9, 12))
    turns = [("agent", [greet(co)]), ("customer", ["i wanna pay from my checking account"]),
             ("agent", ["sure, what's the checking account number"]),
             ("customer", [V(v.filler(", ".join(v.group(acct[i:i + 3]) for i in range(0, len(acct), 3))), "BANK_ACCOUNT")]),
             ("agent", ["ok and the amount is %s dollars %s cents, confirmation number %s" % (R.randint(20, 999), R.randint(10, 99), dig(10))])]
    return turns, "US checking account spoken, confirmation number as negative"


def iban_typed(ib):
    st = R.randint(0, 2)
    if st == 0:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if st == 1:
        return ib
    return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()


def p_iban():
    ind, co, cc = ctx()
    v = Voice()
    ib = make_iban()
    if R.random() < 0.5:
        turns = [("agent", [chat_greet(co)]),
                 ("customer", [R.choice(["refund to IBAN ", "IBAN: ", "my iban is ", "Please pay into "]), V(iban_typed(ib), "IBAN"),
                               R.choice([" BIC %s" % (ib[4:8] + ib[:2] + "2L") if ib[4:8].isalpha() else "", " - refund ref RF%s" % dig(10), " thx"])])]
        return turns, "typed IBAN (%s)" % ib[:2]
    head = v.letters(ib[:2], nato_p=0.3) + " " + v.digits(ib[2:4])
    rest = ib[4:]
    chunks = [rest[i:i + 4] for i in range(0, len(rest), 4)]
    spoken = [v.letters(c, nato_p=0.2) if c.isalpha() else v.digits(c) for c in chunks]
    half = len(spoken) // 2
    turns = [("agent", [greet(co)]), ("agent", ["what's the iban for the refund"]),
             ("customer", [V(head + ", " + ", ".join(spoken[:half]), "IBAN")]),
             ("agent", [bc()]),
             ("customer", [V(", ".join(spoken[half:]), "IBAN")]),
             ("agent", ["great, the refund of %s euro should land in %s to %s working days" % (R.randint(20, 900), R.randint(3, 5), R.randint(6, 10))])]
    return turns, "spoken IBAN split over two turns (%s)" % ib[:2]


def make_phone():
    k = R.randint(0, 4)
    if k == 0:
        d = "07" + dig(9)
        return d, R.choice(["%s %s" % (d[:5], d[5:]), "%s %s %s" % (d[:5], d[5:8], d[8:]), d])
    if k == 1:
        d = "7" + dig(9)
        return "+44" + d, R.choice(["+44 %s %s" % (d[:4], d[4:]), "+44 (0)%s %s" % (d[:4], d[4:]), "0044 %s" % d])
    if k == 2:
        a, b, c = str(R.randint(201, 989)), dig(3), dig(4)
        return "1" + a + b + c, R.choice(["(%s) %s-%s" % (a, b, c), "+1 %s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)])
    if k == 3:
        d = "8" + str(R.randint(3, 9)) + dig(7)
        return "+353" + d, R.choice(["+353 %s %s %s" % (d[:2], d[2:5], d[5:]), "0%s %s %s" % (d[:2], d[2:5], d[5:])])
    d = "1" + dig(9)
    return "+49" + d, "+49 %s %s" % (d[:3], d[3:])


def phone_spoken(v, digits):
    plus = digits.startswith("+")
    d = digits.lstrip("+")
    if plus:
        cc_len = 2 if d.startswith("44") or d.startswith("49") else (3 if d.startswith("353") else 1)
        head = "plus " + v.digits(d[:cc_len])
        d = d[cc_len:]
    else:
        head = ""
    parts = [d[:4], d[4:7], d[7:]] if len(d) >= 10 else [d[:3], d[3:6], d[6:]]
    body = " ".join(v.group(p) for p in parts if p)
    return (head + " " + body).strip()


def p_phone():
    ind, co, cc = ctx()
    v = Voice()
    digits, typed = make_phone()
    if R.random() < 0.4:
        turns = [("agent", [chat_greet(co)]),
                 ("customer", [R.choice(["pls call me back on ", "Mob: ", "tel. ", "my number's "]), V(typed, "PHONE"),
                               R.choice([" after 5pm", " between 9 and 12", ", ticket %s" % dig(9), ""])])]
        return turns, "typed phone number (%s)" % ind
    sp = v.filler(phone_spoken(v, digits))
    turns = [("agent", [greet(co)]), ("agent", ["what's the best number to reach you on"]),
             ("customer", [R.choice(["", "it's ", "yeah it's "]), V(sp, "PHONE")])]
    if R.random() < 0.4:
        d2, _ = make_phone()
        turns[-1][1].extend([R.choice([", no wait that's my old one, it's ", ", sorry no, scratch that, "]), V(v.filler(phone_spoken(v, d2)), "PHONE")])
    if R.random() < 0.5:
        turns.append(("agent", ["let me read that back, ", V(typed if R.random() < 0.3 else phone_spoken(v, digits), "PHONE")]))
    if R.random() < 0.5:
        turns.append(("agent", ["and we're open %s till %s, %s days a week" % (R.randint(7, 9), R.randint(5, 9), R.choice(["five", "six", "seven"]))]))
    return turns, "spoken phone number, national or international (%s)" % ind


def p_email():
    ind, co, cc = ctx()
    v = Voice()
    f, l, dom = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    num = dig(R.randint(0, 2))
    local = R.choice(["%s.%s" % (f, l), "%s%s" % (f[0], l), "%s_%s%s" % (f, l, num), "%s%s" % (l, num or "7")])
    em = local + "@" + dom
    if R.random() < 0.4:
        show = R.choice([em, em.title() if "." in local else em.capitalize(), em.upper()])
        turns = [("agent", [chat_greet(co)]),
                 ("customer", [R.choice(["email: ", "send it to ", "my e-mail is ", "contact me @ "]), V(show, "EMAIL"), R.choice(["", " thanks", ". Order no. %s" % dig(11)])])]
        return turns, "typed email (%s)" % ind

    def say_local(s):
        out = []
        for tok in re.split(r"([._])", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(v.digits(tok, allow_multi=False))
            elif len(tok) <= 2 or R.random() < 0.3:
                out.append(v.letters(tok, nato_p=0.3))
            else:
                out.append(tok)
        return " ".join(out)
    dom_sp = " dot ".join(dom.split("."))
    sp = say_local(local) + " at " + dom_sp
    turns = [("agent", [greet(co)]), ("agent", ["and an email address for the confirmation"]),
             ("customer", [R.choice(["", "yeah it's ", "um it's "]), V(sp, "EMAIL")])]
    if R.random() < 0.4:
        turns.append(("agent", ["so ", V(em, "EMAIL"), ", all one word?"]))
        turns.append(("customer", ["that's right"]))
    return turns, "spoken email with dot/at/underscore (%s)" % ind


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2005)


def dob_forms(v, d, m, y, us):
    yy = y % 100
    yspoken = R.choice(["nineteen " + (TENW[yy // 10] + (" " + UNITW[yy % 10] if yy % 10 else "") if yy >= 20 else (TEENW[yy - 10] if yy >= 10 else v.zero + " " + UNITW[yy])),
                        TENW[yy // 10] + (" " + UNITW[yy % 10] if yy % 10 else "") if yy >= 20 else None]) if y < 2000 else \
        R.choice(["two thousand and " + UNITW[yy] if 0 < yy < 10 else "two thousand " + (TEENW[yy - 10] if yy >= 10 else "")])
    if yspoken is None:
        yspoken = "nineteen " + TENW[yy // 10] + (" " + UNITW[yy % 10] if yy % 10 else "")
    spoken = [
        "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], yspoken),
        "%s the %s %s" % (MONTHS[m - 1], ordinal_words(d), yspoken),
        "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], yspoken),
    ]
    typed = ["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
             "%d/%d/%02d" % ((m, d, yy) if us else (d, m, yy)),
             "%s %s %d" % (ordsuf(d), MONTHS[m - 1].capitalize(), y),
             "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y),
             "%d-%02d-%02d" % (y, m, d)]
    return R.choice(spoken), R.choice(typed)


def p_dob():
    ind, co, cc = ctx()
    v = Voice()
    d, m, y = make_dob()
    sp, ty = dob_forms(v, d, m, y, cc == "US")
    if R.random() < 0.5:
        turns = [("agent", [greet(co)]), ("agent", ["can you confirm your date of birth"]),
                 ("customer", [R.choice(["", "yeah it's ", "uh ", "i was born on "]), V(sp, "DOB")]),
                 ("agent", ["thank you, and you're calling about the appointment on the %s of %s at %s thirty" % (ordinal_words(R.randint(1, 28)), R.choice(MONTHS), UNITW[R.randint(2, 9)])])]
        if R.random() < 0.4:
            turns.append(("customer", ["yeah, i'm %s now so i wasn't sure if the %s percent discount applies" % (2026 - y, R.choice([10, 15, 20]))]))
        return turns, "spoken DOB with appointment date and age as negatives"
    turns = [("agent", [chat_greet(co)]),
             ("customer", [R.choice(["DOB ", "d.o.b: ", "Date of birth - ", "born "]), V(ty, "DOB"), R.choice([", appt is 14/03/2026", ", policy started %s" % R.randint(2005, 2024), ""])])]
    return turns, "typed DOB (%s)" % ind


def uk_postcode():
    area = R.choice(["SW", "E", "N", "LS", "BS", "M", "CR", "SA", "G", "NR", "DE", "EC", "W"])
    dist = str(R.randint(1, 20))
    if area in ("SW", "EC", "W") and R.random() < 0.3:
        dist = str(R.randint(1, 9)) + R.choice("ABCHMNPRVWXY")
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return area + dist, inward


def p_address():
    ind, co, cc = ctx()
    v = Voice()
    num = R.randint(1, 240)
    street = R.choice(STREETS)
    flat = R.random() < 0.25
    us = cc == "US"
    if R.random() < 0.5:  # typed
        addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (num, street)
        if us:
            town, st = R.choice(TOWNS_US)
            z = dig(5) + (("-" + dig(4)) if R.random() < 0.3 else "")
            segs = [R.choice(["New address: ", "address is ", "Ship to "]), V(addr, "ADDRESS"), ", %s, %s " % (town, st), V(z, "POSTCODE")]
        else:
            o, i = uk_postcode()
            pc = R.choice(["%s %s" % (o, i), o + i, ("%s %s" % (o, i)).lower()])
            segs = [R.choice(["New address: ", "address is ", "Deliver to "]), V(addr, "ADDRESS"), ", %s, " % R.choice(TOWNS_UK), V(pc, "POSTCODE")]
        segs.append(R.choice(["", " - order %s" % dig(10), ". Parcel tracking %s" % ("JD" + dig(16))]))
        return [("agent", [chat_greet(co)]), ("customer", segs)], "typed address + postcode/ZIP (%s)" % cc
    # spoken
    nsp = R.choice([v.group(str(num), "h") if num >= 100 else (v.pair("%02d" % num) if num >= 10 else UNITW[num]), v.digits(str(num), allow_multi=False)])
    addr = ("flat %s, " % UNITW[R.randint(1, 9)] if flat else "") + nsp + " " + street.lower()
    turns = [("agent", [greet(co)]), ("agent", ["and the first line of the address"]),
             ("customer", [R.choice(["it's ", "", "um "]), V(addr, "ADDRESS"), ", " + (R.choice(TOWNS_US)[0] if us else R.choice(TOWNS_UK)).lower()])]
    if us:
        z = dig(5)
        turns += [("agent", ["and the zip code"]), ("customer", [V(v.digits(z), "POSTCODE")])]
    else:
        o, i = uk_postcode()
        turns += [("agent", ["and the postcode"]), ("customer", [V(v.letters(o, nato_p=0.3) + " " + v.letters(i, nato_p=0.3), "POSTCODE")])]
    turns.append(("agent", ["lovely, the engineer can come on the %s between %s and %s" % (ordinal_words(R.randint(1, 28)), UNITW[R.randint(8, 9)], "twelve")]))
    return turns, "spoken address and postcode (%s)" % cc


def p_combo():
    """verification with several values plus dangerous look-alikes in the same call."""
    ind, co, cc = ctx()
    v = Voice()
    card = make_card()
    turns = [("agent", [greet(co)]),
             ("customer", ["hi, my order number is %s and i was charged twice" % fake_order_spoken(v)]),
             ("agent", ["sorry about that, can i take the card you paid with, the full number"]),
             ("customer", [V(v.filler(", ".join(v.group(g) for g in card_groups(card))), "CARD_NUMBER")]),
             ("agent", ["thanks, and the card ending ", V(card[-4:], "CARD_NUMBER"), ", that's the same card?"]),
             ("customer", ["yes"])]
    if cc == "US":
        s = make_ssn()
        turns += [("agent", ["and last, the full social"]), ("customer", [V(", ".join(ssn_spoken(v, s)), "SSN")]),
                  ("agent", ["your dispute id is %s" % fake_ssn_shape()])]
    elif cc == "UK" and R.random() < 0.7:
        ni = make_ni()
        turns += [("agent", ["and your national insurance number for the credit check"]), ("customer", [V(" ".join(ni_spoken(v, ni)), "NI_NUMBER")]),
                  ("agent", ["your case reference is %s" % v.letters(make_ni(), nato_p=0)])]
    else:
        digits, typed = make_phone()
        turns += [("agent", ["and a contact number"]), ("customer", [V(phone_spoken(v, digits), "PHONE")])]
    return turns, "card + id in a call with card-rhythm order number and id-shaped references"


POS = [(p_card_call, 26), (p_card_chat, 16), (p_card_restart, 6), (p_card_aside, 6), (p_combo, 14),
       (p_ssn_call, 16), (p_ssn_chat, 12), (p_ni_call, 16), (p_ni_chat, 12),
       (p_bank_uk, 14), (p_bank_us, 6), (p_iban, 14), (p_phone, 18), (p_email, 16), (p_dob, 14), (p_address, 16)]


# ---------------------------------------------------------------- negatives
def n_order_like_card():
    ind, co, cc = ctx()
    v = Voice()
    lab = R.choice(["order number", "tracking number", "ticket number", "loyalty card number", "gift voucher code", "booking reference"])
    return [("agent", [greet(co)]),
            ("customer", ["hi, i paid by card last week but nothing's arrived, the %s is" % lab]),
            ("customer", [fake_order_spoken(v)]),
            ("agent", ["ok the %s %s, thank you, that was paid on the card ending %s" % (lab, fake_typed16().replace(" ", ""), dig(4))])], "card-rhythm %s with card words nearby" % lab


def n_last_four():
    ind, co, cc = ctx()
    v = Voice()
    l4 = dig(4)
    return [("agent", [greet(co)]),
            ("customer", ["i want to cancel the card ending %s" % R.choice([v.digits(l4), v.group(l4, "p"), l4])]),
            ("agent", ["so the %s card ending in %s, the last payment on it was %s pounds %s" % (R.choice(["visa", "mastercard", "debit"]), l4, R.randint(3, 500), R.randint(10, 99))])], "card last four only"


def n_ssn_shaped():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "US" and x[0] in ("healthcare billing", "insurance")])
    v = Voice()
    x = fake_ssn_shape()
    lab = R.choice(["claim number", "case number", "member id", "group number", "prescription number", "ticket"])
    return [("agent", [chat_greet(co)]),
            ("customer", ["my %s is %s, it's not my social, they keep asking for that" % (lab, x)]),
            ("agent", ["Thanks, I found %s %s. Your copay of $%d.%02d is due %s." % (lab, x.replace("-", ""), R.randint(5, 200), R.randint(0, 99), "%d/%d/2026" % (R.randint(1, 12), R.randint(1, 28)))]),
            ("customer", ["ok and the group number on the card is %s" % ", ".join(v.digits(p) for p in (dig(3), dig(2), dig(4)))])], "SSN-shaped %s, not SSN" % lab


def n_ni_shaped():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[2] == "UK"])
    v = Voice()
    x = make_ni()
    lab = R.choice(["policy number", "vehicle reference", "membership number", "case reference", "claim reference"])
    return [("agent", [greet(co)]),
            ("agent", ["have you got your %s there, it's the one that looks like a national insurance number" % lab]),
            ("customer", ["yeah %s, it's %s" % (lab, R.choice([x, v.letters(x, nato_p=0.4)]))]),
            ("agent", ["perfect, and your renewal is on the %s at %s pounds %s a month" % (ordsuf(R.randint(1, 28)), R.randint(10, 99), R.randint(10, 99))])], "NI-shaped %s, not NI" % lab


def n_amounts():
    ind, co, cc = ctx()
    v = Voice()
    return [("agent", [greet(co)]),
            ("customer", ["what's my balance"]),
            ("agent", ["your balance is %s pounds and %s pence, and the minimum payment is %s" % (v.group(str(R.randint(100, 999)), "h"), TENW[R.randint(2, 9)], "£%d.%02d" % (R.randint(5, 90), R.randint(0, 99)))]),
            ("customer", ["and the credit limit is still %s?" % "{:,}".format(R.randint(1, 20) * 500)]),
            ("agent", ["yes, at %s.%s percent apr" % (R.randint(9, 39), R.randint(0, 9))])], "amounts, balances, percentages"


def n_hours():
    ind, co, cc = ctx()
    return [("customer", ["what time are you open till"]),
            ("agent", ["we're open %s:00 to %s:30 monday to friday, %s till %s on saturdays, and the wait is about %s minutes right now" % (R.randint(7, 9), R.randint(17, 20), R.choice(["nine", "ten"]), R.choice(["four", "five"]), R.randint(5, 40))])], "opening hours, times, durations"


def n_meter():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[0] == "utilities"])
    v = Voice()
    r1, r2 = dig(5), dig(6)
    return [("agent", [greet(co)]),
            ("customer", ["i want to give a meter reading, the electric is %s and the gas is %s" % (v.digits(r1), ", ".join(v.group(r2[i:i + 3]) for i in (0, 3)))]),
            ("agent", ["thanks, so electric %s, gas %s, and the meter serial is %s" % (r1, r2, dig(R.choice([10, 12, 14])))])], "meter readings and meter serial"


def n_travel():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[0] == "travel"])
    v = Voice()
    return [("agent", [greet(co)]),
            ("customer", ["i'm on flight %s %s on the %s, seat %d%s" % (R.choice(["ei", "ba", "fr", "lh"]), v.digits(dig(3)), ordinal_words(R.randint(1, 28)), R.randint(1, 40), R.choice("ABCDEF"))]),
            ("agent", ["that's departing gate %s at %s:%02d, booking reference %s, and your hotel room is %s" % (R.randint(1, 60), R.randint(5, 22), R.choice([0, 15, 30, 45]), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(101, 950))])], "flight, seat, gate, room, booking ref"


def n_tracking():
    ind, co, cc = R.choice([x for x in INDUSTRIES if x[0] == "retail"])
    return [("customer", ["where's my parcel, tracking %s" % R.choice(["1Z%s%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), dig(10)), "JD%s" % dig(16), "%s" % dig(18), "AB%sGB" % dig(9)])]),
            ("agent", ["It's at the %s depot, out for delivery between %s and %s, order %s" % (R.choice(["Leeds", "Bristol", "Reno"]), R.randint(8, 11), R.randint(12, 18), dig(R.choice([9, 11, 13])))])], "tracking and order numbers"


def n_dates():
    ind, co, cc = ctx()
    return [("agent", [chat_greet(co)]),
            ("customer", ["when does my contract end"]),
            ("agent", ["Your contract runs until %02d/%02d/%d and your next payment is on %s %s. Your direct debit date is the %s." % (R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2029), ordsuf(R.randint(1, 28)), R.choice(MONTHS).capitalize(), ordsuf(R.randint(1, 28)))])], "contract and payment dates (not DOB)"


def n_serial():
    ind, co, cc = ctx()
    v = Voice()
    s = dig(16)
    return [("agent", [greet(co)]),
            ("customer", ["the router's not working, the serial number on the back is %s" % ", ".join(v.group(s[i:i + 4]) for i in range(0, 16, 4))]),
            ("agent", ["and the model number?"]),
            ("customer", ["%s-%s%s" % (R.choice(["VX", "KD", "HG"]), dig(3), R.choice(["A", "B", "J"]))]),
            ("agent", ["thanks, serial %s, i can see it was installed in %s" % (s, R.randint(2015, 2025))])], "serial and model numbers in card rhythm"


def n_misc():
    ind, co, cc = ctx()
    return [("customer", ["i'm %s years old and i've been a customer for %s years, since %s" % (R.randint(20, 90), R.randint(2, 30), R.randint(1990, 2022))]),
            ("agent", ["thank you for your loyalty, i can offer %s%% off for %s months, and the heating's set to %s degrees by default" % (R.choice([10, 15, 25]), R.randint(3, 12), R.randint(18, 22))])], "ages, years, percentages, temperatures"


def n_roads():
    ind, co, cc = ctx()
    return [("customer", ["the store on %s, near the %s junction %s" % (R.choice(STREETS), R.choice(["m25", "m62", "n7", "i-95"]), R.randint(1, 30))]),
            ("agent", ["Yes the %s branch opens at 9, parking is free for %s hours" % (R.choice(STREETS), R.randint(1, 3))])], "road names without house numbers"


def n_invoice_card_words():
    ind, co, cc = ctx()
    v = Voice()
    return [("agent", [chat_greet(co)]),
            ("customer", ["my card statement shows a charge with reference %s and invoice INV-%s-%s, amount %s" % (fake_typed16(), R.randint(2020, 2026), dig(7), "£%d.%02d" % (R.randint(5, 999), R.randint(0, 99)))]),
            ("agent", ["That invoice %s was paid with your card ending %s on %d %s." % (dig(12), dig(4), R.randint(1, 28), R.choice(MONTHS).capitalize())])], "card-ish invoice and reference numbers with card words"


def n_spoken_ref():
    ind, co, cc = ctx()
    v = Voice()
    r = dig(R.choice([9, 12, 16]))
    lab = R.choice(["reference number", "claim number", "ticket number", "customer reference"])
    turns = [("agent", [greet(co)]), ("agent", ["have you got your %s" % lab])]
    g = [r[i:i + 3] for i in range(0, len(r), 3)]
    half = len(g) // 2
    turns += [("customer", ["yeah it's " + v.filler(", ".join(v.group(x) for x in g[:half]))]), ("agent", [bc()]),
              ("customer", [v.filler(", ".join(v.group(x) for x in g[half:]))]), ("agent", ["perfect, found the %s" % lab])]
    return turns, "%s read digit by digit over turns like a card" % lab


NEG = [(n_order_like_card, 14), (n_last_four, 10), (n_ssn_shaped, 12), (n_ni_shaped, 12), (n_amounts, 6), (n_hours, 5),
       (n_meter, 6), (n_travel, 6), (n_tracking, 6), (n_dates, 6), (n_serial, 8), (n_misc, 5), (n_roads, 4),
       (n_invoice_card_words, 8), (n_spoken_ref, 8)]


def generate():
    cases = []
    pos = [f for f, n in POS for _ in range(n)]
    R.shuffle(pos)
    for i, f in enumerate(pos, 1):
        turns, note = f()
        t, s = build(turns)
        cases.append({"id": "h521-pos-%03d" % i, "kind": "positive", "turns": t, "spans": s, "note": note})
    neg = [f for f, n in NEG for _ in range(n)]
    R.shuffle(neg)
    for i, f in enumerate(neg, 1):
        turns, note = f()
        t, s = build(turns)
        cases.append({"id": "h521-neg-%03d" % i, "kind": "negative", "turns": t, "spans": s, "note": note})
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- check
FILLERS = {"um", "uh", "er", "erm", "ah"}
SEPW = {"dash", "hyphen", "space", "slash", "stroke", "and", "then"}
UNITS = {w: i for i, w in enumerate(UNITW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: i for i, w in enumerate(TENW) if w}
NATOW = set(NATO.values()) | set(NATO_ALT.values()) | {"xray"}
MONTHN = {m: i + 1 for i, m in enumerate(MONTHS)}
MONTHN.update({m[:3]: i + 1 for i, m in enumerate(MONTHS)})
ORDN = {w: n for n, w in ORDW.items()}


def below100(toks, i):
    t = toks[i]
    if t in TEENS:
        return "%02d" % TEENS[t], i + 1
    if t in TENS:
        if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]]:
            return "%d%d" % (TENS[t], UNITS[toks[i + 1]]), i + 2
        return "%d0" % TENS[t], i + 1
    return "0%d" % UNITS[t], i + 1


def norm(text, letters_ok=True, date=False):
    text = text.lower()
    if date:
        text = re.sub(r"\b(\d)\b", r"0\1", text)
    toks = re.findall(r"[a-z]+|\d+|\+", text.replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t in SEPW or (date and t in ("the", "of", "st", "nd", "rd", "th")):
            i += 1
        elif t.isdigit() or t == "+":
            out.append(t); i += 1
        elif t == "plus":
            out.append("+"); i += 1
        elif t in ("double", "triple") and nxt in UNITS:
            out.append(str(UNITS[nxt]) * (2 if t == "double" else 3)); i += 2
        elif date and t in MONTHN:
            out.append("%02d" % MONTHN[t]); i += 1
        elif date and t in TENS and nxt in ORDN and ORDN[nxt] < 10:
            out.append("%d%d" % (TENS[t], ORDN[nxt])); i += 2
        elif date and t in ORDN:
            out.append("%02d" % ORDN[t]); i += 1
        elif t in UNITS and nxt == "hundred":
            h = UNITS[t]; i += 2
            if i < len(toks) and toks[i] == "and":
                rest, i = below100(toks, i + 1)
                out.append("%d%s" % (h, rest))
            else:
                out.append("%d00" % h)
        elif t in UNITS and nxt == "thousand":
            h = UNITS[t]; i += 2
            if i < len(toks) and toks[i] == "and":
                rest, i = below100(toks, i + 1)
                out.append("%d0%s" % (h, rest))
            elif i < len(toks) and (toks[i] in TEENS or toks[i] in TENS):
                rest, i = below100(toks, i)
                out.append("%d0%s" % (h, rest))
            else:
                out.append("%d000" % h)
        elif t in UNITS and not (t == "o" and letters_ok == "alpha"):
            out.append(str(UNITS[t])); i += 1
        elif t in TEENS or t in TENS:
            s, i = below100(toks, i)
            out.append(s)
        elif len(t) == 1:
            out.append(t); i += 1
            if i < len(toks) and toks[i] == "for" and i + 1 < len(toks) and toks[i + 1] in NATOW:
                i += 2
            elif i + 2 < len(toks) and toks[i] == "as" and toks[i + 1] == "in" and toks[i + 2] in NATOW:
                i += 3
        elif t in NATOW:
            out.append(t[0]); i += 1
        else:
            out.append(t); i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_SUFFIX = ("avenue", "lane", "road", "street", "grove", "drive", "crescent", "terrace", "view", "boulevard", "close", "way", "court")


def plausible_date(d):
    def ok(dd, mm, yy):
        return 1 <= dd <= 31 and 1 <= mm <= 12 and yy >= 0
    if len(d) == 8:
        return ok(int(d[:2]), int(d[2:4]), int(d[4:])) or ok(int(d[2:4]), int(d[:2]), int(d[4:])) or \
            (d[:2] in ("19", "20") and ok(int(d[6:]), int(d[4:6]), 1)) or ok(int(d[4:6]), int(d[6:]), 1) and d[:2] in ("19", "20") \
            or ok(int(d[2:4]), int(d[:2]), 1)
    if len(d) == 6:
        return ok(int(d[:2]), int(d[2:4]), 1) or ok(int(d[2:4]), int(d[:2]), 1)
    return False


def validate(typ, text):
    if typ == "EMAIL":
        toks = re.findall(r"[a-z0-9]+|[@._+-]", text.lower())
        if "@" in toks:
            val = "".join(toks)
        else:
            mp = {"at": "@", "dot": ".", "underscore": "_", "dash": "-"}
            out, i = [], 0
            while i < len(toks):
                t = toks[i]
                if t in mp:
                    out.append(mp[t]); i += 1
                elif t in UNITS and t not in ("o",):
                    out.append(str(UNITS[t])); i += 1
                elif len(t) == 1 and t.isalpha():
                    out.append(t); i += 1
                    if i + 1 < len(toks) and toks[i] in ("for",) and toks[i + 1] in NATOW:
                        i += 2
                    elif i + 2 < len(toks) and toks[i] == "as" and toks[i + 1] == "in" and toks[i + 2] in NATOW:
                        i += 3
                elif t in ("as", "in", "for") or t in NATOW:
                    i += 1
                else:
                    out.append(t); i += 1
            val = "".join(out)
        return bool(re.match(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", val)), val
    if typ == "ADDRESS":
        low = text.lower()
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", low)) and low.split()[-1] in STREET_SUFFIX, low
    if typ in ("DOB", "EXPIRY"):
        d = norm(text, date=True)
        if not d.isdigit():
            return False, d
        if typ == "EXPIRY":
            if len(d) in (4, 6):
                return 1 <= int(d[:2]) <= 12, d
            return len(d) == 3 and d[0] != "0", d
        return plausible_date(d), d
    if typ == "POSTCODE":
        n = norm(text).upper()
        return bool(UK_PC.match(n) or re.match(r"^\d{5}(\d{4})?$", n)), n
    n = norm(text).upper()
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9", n
    if typ == "NI_NUMBER":
        return bool(re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", n)) and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", n)) and mod97_ok(n), n
    if typ == "PHONE":
        body = n.lstrip("+")
        return body.isdigit() and 10 <= len(body) <= 15 and "+" not in body, n
    return False, n


def check(text):
    errs = []
    ids = set()
    cnt = Counter()
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("dup id %s" % c["id"])
        ids.add(c["id"])
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append("%s positive without spans" % c["id"])
        else:
            nneg += 1
            if c["spans"]:
                errs.append("%s negative with spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        prev = {}
        for s in c["spans"]:
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s span out of range" % c["id"]); continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()) or not (txt[a].isalnum() or txt[a] in "+(") or not txt[b - 1].isalnum():
                errs.append("%s span not on word boundary: %r" % (c["id"], txt[a:b]))
            if s["type"] not in TYPES:
                errs.append("%s bad type" % c["id"])
            key = s["turn"]
            if key in prev and a < prev[key]:
                errs.append("%s overlapping/unsorted spans" % c["id"])
            prev[key] = b
            cnt[s["type"]] += 1
        # value validation with cross-turn accumulation
        buf = {}
        full_cards = []
        for s in c["spans"]:
            typ = s["type"]
            seg = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            ok1, n1 = validate(typ, seg)
            if typ == "CARD_NUMBER":
                if ok1:
                    full_cards.append(n1)
                elif "CARD_NUMBER" in buf and validate(typ, buf[typ] + " " + seg)[0]:
                    full_cards.append(validate(typ, buf[typ] + " " + seg)[1])
                elif len(n1) == 4 and any(fc.endswith(n1) for fc in full_cards):
                    continue  # last four of a card read in full earlier in the case
            if typ in buf:
                okc, nc = validate(typ, buf[typ] + " " + seg)
                if okc:
                    del buf[typ]; continue
                if ok1:
                    pre = validate(typ, buf[typ])[1]
                    if not n1.startswith(pre):
                        errs.append("%s abandoned %s fragment %r not a restart" % (c["id"], typ, buf[typ]))
                    del buf[typ]; continue
                buf[typ] = buf[typ] + " " + seg
            elif ok1:
                continue
            else:
                buf[typ] = seg
        for typ, rest in buf.items():
            errs.append("%s invalid %s value: %r -> %r" % (c["id"], typ, rest, validate(typ, rest)[1]))
    return errs, cnt, npos, nneg


def main():
    text = generate()
    if "--check" in sys.argv:
        errs = []
        if not os.path.exists(OUT):
            errs.append("missing %s" % OUT)
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regeneration")
        e2, cnt, npos, nneg = check(text)
        errs += e2
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in TYPES:
            if cnt[t] < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        for e in errs[:60]:
            print("ERROR", e)
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s" % OUT)


if __name__ == "__main__":
    main()

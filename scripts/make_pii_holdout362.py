#!/usr/bin/env python3
"""Generate the pii_holdout362 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout362.py           # write cases.jsonl
    python scripts/make_pii_holdout362.py --check   # regenerate and verify

Standard library only.  One RNG: random.Random(362241125).
Every turn is assembled from plain-text segments and labelled value segments,
so character offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout362", "cases.jsonl")

R = random.Random(362241125)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3].capitalize() for m in MONTHS]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth",
       13: "thirteenth", 14: "fourteenth", 15: "fifteenth", 16: "sixteenth",
       17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
FILLERS = ["um", "uh", "er", "erm"]


def two_digit_words(n, zero="oh"):
    """Words for a two-digit chunk as said in pair readings."""
    if n < 10:
        return "%s %s" % (zero, UNITS[n])
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else "%s %s" % (TENS[t], UNITS[u])


def num_words(n):
    """Natural words for 0..9999 (house numbers, years)."""
    if n < 10:
        return UNITS[n]
    if n < 100:
        return two_digit_words(n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return "%s hundred" % UNITS[h]
        return "%s hundred %s%s" % (UNITS[h], R.choice(["and ", "", "and "]), num_words(r))
    hi, lo = divmod(n, 100)
    if lo == 0:
        return "%s hundred" % two_digit_words(hi)
    return "%s %s" % (two_digit_words(hi), two_digit_words(lo))


def say_digits(s, zero="oh", doubles=True, fill=0.0):
    """Digit-by-digit reading with optional double/triple and fillers."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else UNITS[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run >= 2 and R.random() < 0.6:
            if run == 3 and R.random() < 0.6:
                out.append("triple " + w)
                i += 3
            else:
                out.append("double " + w)
                i += 2
        else:
            out.append(w)
            i += 1
        if fill and i < len(s) and R.random() < fill:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_pairs(s, zero="oh"):
    """'4111' -> 'forty one eleven'; '4100' -> 'forty one hundred'."""
    parts = []
    if len(s) == 4 and s[2:] == "00" and s[0] != "0" and s[1] != "0":
        return "%s hundred" % two_digit_words(int(s[:2]), zero)
    for i in range(0, len(s) - 1, 2):
        parts.append(two_digit_words(int(s[i:i + 2]), zero))
    if len(s) % 2:
        parts.append(zero if s[-1] == "0" else UNITS[int(s[-1])])
    return " ".join(parts)


def say_group(s, zero, fill=0.0):
    # pair readings only where unambiguous (a bare "eighty" would merge with the next word)
    pairs_ok = all(s[k + 1] != "0" or s[k] == "0" for k in range(0, len(s) - 1, 2)) or (len(s) == 4 and s[2:] == "00" and s[0] != "0" and s[1] != "0")
    if len(s) in (2, 4) and pairs_ok and R.random() < 0.3:
        return say_pairs(s, zero)
    return say_digits(s, zero, True, fill)


def spell(s, nato=0.0, zero="oh"):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else UNITS[int(ch)])
        elif ch.isalpha():
            c = ch.lower()
            if R.random() < nato:
                out.append("%s %s %s" % (c, R.choice(["for", "as in", "for"]), NATO[c]))
            else:
                out.append(c)
    return " ".join(out)


def groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


# ---------------------------------------------------------------- value generators
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "53", "55", "54"]), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete(R.choice(["2221", "2720", "2300"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete("4", 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def aba_ok(d):
    n = [int(c) for c in d]
    return (3 * (n[0] + n[3] + n[6]) + 7 * (n[1] + n[4] + n[7]) + (n[2] + n[5] + n[8])) % 10 == 0


def gen_routing():
    while True:
        body = R.choice(["0", "1", "2", "3"]) + "".join(R.choice("0123456789") for _ in range(7))
        for c in "0123456789":
            if aba_ok(body + c):
                return body + c


def gen_digits(n, first="123456789"):
    return R.choice(first) + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    letters = "ABCDEFGHJKLMNPRSTWXYZ"
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(14)
    elif c == "DE":
        bban = gen_digits(18)
    elif c == "FR":
        bban = gen_digits(23)
    elif c == "ES":
        bban = gen_digits(20)
    else:
        bban = R.choice(["ABNA", "RABN", "INGB"]) + gen_digits(10, "0123456789")
    _ = letters
    return c + iban_check(c, bban) + bban


def gen_uk_postcode():
    area = R.choice(["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "G", "EH",
                     "CF", "BT", "NE", "BS", "L", "S", "CB", "RG", "KT", "BN", "PL"])
    pat = R.choice(["9", "99", "9A"]) if len(area) <= 2 else "9"
    out = area
    for ch in pat:
        out += R.choice("123456789") if ch == "9" else R.choice("ABEHJKPSTUW")
    return out + " " + R.choice("123456789") + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip(plus4=None):
    z = "%05d" % R.randint(1001, 99950)
    if plus4 is None:
        plus4 = R.random() < 0.45
    if plus4:
        z += "-%04d" % R.randint(1, 9999)
    return z


US_STREETS = ["Maple", "Oak", "Elm", "Cedar", "Pine", "Walnut", "Washington", "Lincoln",
              "Jefferson", "Lakeview", "Hillcrest", "Sunset", "Park", "Madison", "Franklin",
              "Chestnut", "Willow", "Magnolia", "Ridge", "Spring", "Highland", "Jackson"]
US_SUFFIX = ["Street", "St", "Avenue", "Ave", "Drive", "Dr", "Boulevard", "Blvd", "Lane",
             "Court", "Road", "Way", "Place", "Parkway", "Circle"]
UK_STREETS = ["Kings", "Queens", "Station", "Church", "Mill", "Victoria", "Albert", "Manor",
              "Grange", "Meadow", "Priory", "Abbey", "Orchard", "Castle", "Bridge"]
UK_SUFFIX = ["Road", "Street", "Lane", "Close", "Crescent", "Avenue", "Terrace", "Gardens",
             "Drive", "Way"]
US_CITIES = [("Springfield", "IL"), ("Columbus", "OH"), ("Austin", "TX"), ("Tucson", "AZ"),
             ("Raleigh", "NC"), ("Boise", "ID"), ("Albany", "NY"), ("Tacoma", "WA"),
             ("Dayton", "OH"), ("Fresno", "CA"), ("Savannah", "GA"), ("Omaha", "NE")]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Reading", "Brighton",
            "Plymouth", "Sheffield", "Belfast"]
STREET_WORDS = set(w.lower() for w in US_SUFFIX + UK_SUFFIX)

FIRST = ["john", "mary", "jose", "priya", "liam", "aoife", "sean", "kate", "marcus", "dana",
         "wei", "fatima", "tom", "ellen", "carlos", "niamh", "raj", "beth", "derek", "lucy"]
LAST = ["smith", "garcia", "nguyen", "patel", "kelly", "murphy", "johnson", "brennan",
        "walsh", "robinson", "okafor", "miller", "davies", "kowalski", "reyes", "byrne"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "aol.com", "icloud.com",
           "eircom.net", "comcast.net", "btinternet.com", "protonmail.com", "web.de"]


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []          # list of (speaker, [segments])
        self.groups = {}         # gid -> dict(type, canon, parent, sub)
        self._g = 0

    def value(self, typ, canon, parent=None, sub=None):
        self._g += 1
        self.groups[self._g] = {"type": typ, "canon": canon, "parent": parent, "sub": sub}
        return self._g

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    start = len(text)
                    text += val
                    spans.append({"turn": ti, "start": start, "end": len(text),
                                  "type": self.groups[gid]["type"]})
                    meta.append(gid)
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta, self.groups


def V(text, gid):
    return (text, gid)


INDUSTRY = {
    "banking": ["thanks for calling First Harbor Bank, how can I help", "you're through to card services",
                "welcome to Lakeside Credit Union"],
    "telecom": ["thanks for calling Skyline Wireless", "you're through to BrightTel billing",
                "hi, welcome to NorthNet broadband"],
    "utilities": ["thanks for calling Evergreen Energy", "you're through to City Water billing",
                  "welcome to Pennine Gas and Power"],
    "retail": ["thanks for contacting ShopRight support", "hi, you're chatting with Harlow & Finch",
               "welcome to MegaMart online help"],
    "insurance": ["thanks for calling Shield Mutual claims", "you're through to Oakline Insurance"],
    "travel": ["thanks for calling Azure Airways reservations", "welcome to TripNest bookings"],
    "healthcare": ["thanks for calling Valley Health billing", "you've reached Mercy Clinic patient accounts"],
    "government": ["thanks for calling the benefits helpline", "you're through to the county tax office"],
}


def greet(c, ind=None):
    ind = ind or R.choice(list(INDUSTRY))
    g = R.choice(INDUSTRY[ind])
    c.say("agent", g + R.choice([".", ", my name's Dee.", ", this is Carl speaking.", "."]))
    return ind


def asr(s):
    """Crude ASR rendering: lower case, drop punctuation except inside numbers."""
    return re.sub(r"(?<!\d)[,.?']|[,.?'](?!\d)", "", s.lower())


# ---- CARD
def card_typed(d, sizes):
    style = R.choice(["space", "dash", "none", "odd", "space", "dots"])
    if style == "none":
        return d
    if style == "odd":
        cut = R.choice([[4, 8], [6, 6], [2, 4, 4, 4], [8, 4]])
        return " ".join(groups(d, cut))
    sep = {"space": " ", "dash": "-", "dots": "."}[style]
    return sep.join(groups(d, sizes))


def card_case(i):
    d, sizes = gen_card()
    mode = R.choice(["chat", "chat", "asr", "asr_split", "asr_split", "asr_restart", "asr_aside"])
    c = Case("positive", "")
    ind = greet(c, R.choice(["banking", "retail", "telecom", "utilities", "travel", "insurance",
                             "healthcare", "government"]))
    zero = R.choice(["oh", "zero", "o", "oh", "nought"])
    want_cvv = R.random() < 0.35
    want_exp = R.random() < 0.35
    g = c.value("CARD_NUMBER", d)
    if mode == "chat":
        lab = R.choice(["card no: ", "Card number - ", "cc# ", "it's ", "", "number is ", "CARD NO. "])
        c.say("customer", R.choice(["I want to pay my bill. ", "pls update my card on file ", "Hi, "]) + lab,
              V(card_typed(d, sizes), g), R.choice(["", " thanks", ".", " cheers"]))
        c.note = "typed card number (%s)" % ind
    else:
        gs = groups(d, sizes)
        if mode == "asr":
            txt = " ".join(say_group(x, zero, 0.15) for x in gs)
            c.say("customer", R.choice(["yeah its ", "ok so the long number is ", "right its ", "card number "]),
                  V(txt, g))
            c.note = "spoken card number in one go (%s)" % ind
        elif mode == "asr_split":
            c.say("agent", "go ahead with the long number on the front when youre ready")
            # 2 or 3 customer turns
            cuts = [gs[:2], gs[2:]] if R.random() < 0.5 or len(gs) < 4 else [gs[:1], gs[1:3], gs[3:]]
            for k, part in enumerate(cuts):
                txt = " ".join(say_group(x, zero, 0.1) for x in part)
                c.say("customer", R.choice(["", "ok ", "um ", "then "]) if k else R.choice(["its ", "ok ", ""]),
                      V(txt, g))
                if k < len(cuts) - 1:
                    c.say("agent", R.choice(["mhm", "go on", "yep", "ok", "uh huh", "got that"]))
            c.note = "card number split over customer turns with back-channels (%s)" % ind
        elif mode == "asr_restart":
            fg = c.value("CARD_NUMBER", gs[0], parent=g)
            c.say("customer", "its ", V(say_digits(gs[0], zero), fg),
                  R.choice([" no sorry thats the wrong card hold on ", " wait let me start again ",
                            " sorry i lost my place "]),
                  V(" ".join(say_group(x, zero, 0.1) for x in gs), g))
            c.note = "restarted card reading, abandoned fragment labelled (%s)" % ind
        else:
            mid = R.randint(1, len(gs) - 1)
            c.say("customer", "ok ", V(" ".join(say_group(x, zero) for x in gs[:mid]), g),
                  R.choice([" sorry the light in here is terrible ", " hang on the numbers are worn ",
                            " bear with me my glasses "]),
                  V(" ".join(say_group(x, zero) for x in gs[mid:]), g))
            c.note = "card reading interrupted by an aside, two spans (%s)" % ind
    if R.random() < 0.45:
        rb = c.value("CARD_NUMBER", d)
        if mode == "chat":
            c.say("agent", "Thanks. Just confirming that's ", V(" ".join(groups(d, sizes)), rb), "?")
        else:
            c.say("agent", R.choice(["let me read that back ", "so thats "]),
                  V(" ".join(say_digits(x, zero, False) for x in groups(d, sizes)), rb), " correct")
        c.say("customer", R.choice(["yes", "yep thats it", "correct"]))
        c.note += "; agent read-back"
    if R.random() < 0.3:
        lg = c.value("CARD_NUMBER", d[-4:], parent=g)
        c.say("agent", "and thats the card ending ", V(d[-4:] if mode == "chat" else say_digits(d[-4:], zero, False), lg),
              " thats now on the account")
        c.note += "; last four after full card (labelled)"
    if want_exp:
        m, y = R.randint(1, 12), R.randint(25, 31)
        eg = c.value("EXPIRY", "%02d/%02d" % (m, y))
        if mode == "chat":
            form = R.choice(["%02d/%02d" % (m, y), "%d/%d" % (m, 2000 + y), "%02d-%02d" % (m, y),
                             "%02d%02d" % (m, y), "%s %d" % (MON3[m - 1], 2000 + y)])
            c.say("agent", "And the expiry date?")
            c.say("customer", R.choice(["exp ", "", "expires "]), V(form, eg))
        else:
            form = R.choice(["%s %s" % (two_digit_words(m, zero), two_digit_words(y)),
                             "%s twenty %s" % (MONTHS[m - 1], two_digit_words(y)),
                             "%s slash %s" % (two_digit_words(m, zero), two_digit_words(y))])
            c.say("agent", "and the expiry")
            c.say("customer", R.choice(["its ", "uh ", "expires "]), V(form, eg))
        c.note += "; expiry"
    if want_cvv:
        n = 4 if sizes == [4, 6, 5] else 3
        v = gen_digits(n, "0123456789")
        cg = c.value("CVV", v)
        c.say("agent", R.choice(["and the three digits on the back", "CVV please", "security code on the back?"]))
        if mode == "chat":
            c.say("customer", R.choice(["cvv ", "", "its "]), V(v, cg))
        else:
            c.say("customer", R.choice(["", "its ", "ok "]), V(say_digits(v, zero, True), cg))
        c.note += "; cvv"
    if R.random() < 0.3:
        c.say("agent", R.choice(["great, thats $%d.%02d taken today" % (R.randint(10, 400), R.randint(0, 99)),
                                 "your reference is %d" % R.randint(100000, 999999),
                                 "that'll clear in 3 to 5 working days"]))
    return c


# ---- SSN
def ssn_case(i):
    s = gen_ssn()
    c = Case("positive", "")
    ind = greet(c, R.choice(["banking", "insurance", "healthcare", "government", "telecom", "utilities"]))
    g = c.value("SSN", s)
    mode = R.choice(["typed", "typed", "asr", "asr_split", "asr_fill", "readback"])
    zero = R.choice(["oh", "zero", "o"])
    a, b, d = s[:3], s[3:5], s[5:]
    if mode == "typed":
        form = R.choice(["%s-%s-%s" % (a, b, d), "%s %s %s" % (a, b, d), s, "%s.%s.%s" % (a, b, d),
                         "%s - %s - %s" % (a, b, d)])
        lab = R.choice(["SSN: ", "ssn# ", "social is ", "Social Security No. ", "my ss number ", ""])
        c.say("agent", "To verify your identity, what's your Social Security number?")
        c.say("customer", lab, V(form, g), R.choice(["", ".", " thx", " (primary holder)"]))
        c.note = "typed SSN (%s)" % ind
    elif mode in ("asr", "asr_fill"):
        txt = "%s %s %s" % (say_digits(a, zero), say_digits(b, zero), say_digits(d, zero, True, 0.3 if mode == "asr_fill" else 0))
        if R.random() < 0.3:
            txt = "%s %s %s" % (say_digits(a, zero), say_digits(b, zero), say_pairs(d, zero))
        c.say("agent", "can i get your social security number please")
        c.say("customer", R.choice(["sure its ", "yeah ", "um ok its ", "social is "]), V(txt, g))
        c.note = "spoken SSN%s (%s)" % (" with fillers" if mode == "asr_fill" else "", ind)
    elif mode == "asr_split":
        c.say("agent", "and your social")
        c.say("customer", R.choice(["ok ", "its "]), V(say_digits(a, zero), g))
        c.say("agent", R.choice(["mhm", "go on", "ok"]))
        c.say("customer", V(say_digits(b, zero), g))
        c.say("agent", R.choice(["yep", "uh huh"]))
        c.say("customer", R.choice(["then ", "and "]), V(say_digits(d, zero), g))
        c.note = "SSN split over three customer turns (%s)" % ind
    else:
        c.say("agent", "whats the social on the account")
        c.say("customer", V(say_digits(s, zero), g))
        rb = c.value("SSN", s)
        c.say("agent", "thank you so thats ", V("%s %s %s" % (say_digits(a, zero, False), say_digits(b, zero, False), say_digits(d, zero, False)), rb), " yeah")
        c.say("customer", "thats right")
        c.note = "spoken SSN with agent read-back (%s)" % ind
    if R.random() < 0.3:
        c.say("agent", R.choice(["thanks, your claim number is CLM-%d" % R.randint(10000, 99999),
                                 "ok the balance due is $%d.%02d" % (R.randint(20, 900), R.randint(0, 99)),
                                 "hold on for about 2 minutes"]))
    return c


# ---- NI
def ni_case(i):
    n = gen_ni()
    c = Case("positive", "")
    ind = greet(c, R.choice(["government", "banking", "insurance", "utilities", "healthcare"]))
    g = c.value("NI_NUMBER", n)
    mode = R.choice(["typed", "typed", "asr", "asr_nato", "asr_split", "readback"])
    if mode == "typed":
        form = R.choice([n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(),
                         "%s %s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
        c.say("customer", R.choice(["NI no: ", "my national insurance is ", "Nat Ins number ", "NINO ", ""]),
              V(form, g), R.choice(["", ".", " if that helps"]))
        c.note = "typed NI number (%s)" % ind
    elif mode in ("asr", "asr_nato"):
        zero = R.choice(["oh", "zero", "nought"])
        txt = spell(n[:2], 0.8 if mode == "asr_nato" else 0.0) + " " + say_group(n[2:4], zero) + " " + \
            say_group(n[4:6], zero) + " " + say_group(n[6:8], zero) + " " + spell(n[8], 0.8 if mode == "asr_nato" else 0.0)
        c.say("agent", "can i take your national insurance number")
        c.say("customer", R.choice(["yeah its ", "its ", "right um "]), V(txt, g))
        c.note = "spoken NI number%s (%s)" % (" with NATO spelling" if mode == "asr_nato" else "", ind)
    elif mode == "asr_split":
        zero = R.choice(["oh", "zero", "nought"])
        c.say("agent", "and your national insurance number")
        c.say("customer", V(spell(n[:2], 0.5) + " " + say_digits(n[2:5], zero), g))
        c.say("agent", R.choice(["mhm", "yep", "go on"]))
        c.say("customer", V(say_digits(n[5:8], zero) + " " + spell(n[8], 0.5), g))
        c.note = "NI number split over two turns (%s)" % ind
    else:
        c.say("customer", "its ", V(spell(n, 0.3, "oh"), g))
        rb = c.value("NI_NUMBER", n)
        c.say("agent", "let me just repeat that ", V(spell(n, 0.0, "zero"), rb))
        c.say("customer", "yes")
        c.note = "NI number with agent read-back (%s)" % ind
    return c


# ---- BANK (US routing + account; UK account + sort code)
def bank_case(i):
    c = Case("positive", "")
    us = i % 3 != 2
    zero = R.choice(["oh", "zero"])
    if us:
        ind = greet(c, R.choice(["banking", "utilities", "insurance", "government", "telecom"]))
        rt, ac = gen_routing(), gen_digits(R.randint(8, 12))
        rg = c.value("BANK_ACCOUNT", rt, sub="routing")
        ag = c.value("BANK_ACCOUNT", ac)
        if R.random() < 0.5:
            c.say("customer", R.choice(["Routing: ", "ABA routing # ", "routing number "]), V(rt, rg),
                  R.choice([" / acct no: ", ", account ", "\nAcct #: "]), V(R.choice([ac, ac, "-".join(groups(ac, [4, 4]))]), ag))
            c.note = "typed US routing and account numbers for autopay (%s)" % ind
        else:
            c.say("agent", "whats the routing number for the checking account")
            c.say("customer", R.choice(["ok its ", "um "]), V(say_digits(rt, zero, True, 0.1), rg))
            c.say("agent", "and the account number")
            c.say("customer", V(" ".join(say_group(x, zero) for x in groups(ac, [4, 4, 4])), ag))
            c.note = "spoken US routing and account numbers (%s)" % ind
    else:
        ind = greet(c, R.choice(["banking", "utilities", "telecom", "government"]))
        ac, sc = gen_digits(8, "0123456789"), gen_digits(6)
        ag = c.value("BANK_ACCOUNT", ac)
        sg = c.value("SORT_CODE", sc)
        if R.random() < 0.5:
            c.say("customer", R.choice(["acct no: ", "Account number ", "a/c "]), V(ac, ag),
                  R.choice([" sort code ", ", s/c ", " SC: "]), V(R.choice(["-".join(groups(sc, [2, 2, 2])), sc, " ".join(groups(sc, [2, 2, 2]))]), sg))
            c.note = "typed UK account number and sort code (%s)" % ind
        else:
            z = R.choice(["oh", "nought", "zero"])
            c.say("agent", "whats the sort code for the direct debit")
            c.say("customer", V(" ".join(say_group(x, z) for x in groups(sc, [2, 2, 2])), sg))
            c.say("agent", "and the account number")
            c.say("customer", R.choice(["its ", ""]), V(say_digits(ac, z, True, 0.15), ag))
            c.note = "spoken UK sort code and account number (%s)" % ind
    return c


def sort_case(i):
    c = Case("positive", "")
    ind = greet(c, "banking")
    sc = gen_digits(6)
    g = c.value("SORT_CODE", sc)
    z = R.choice(["oh", "nought", "zero"])
    if R.random() < 0.5:
        c.say("customer", "sort code ", V(" ".join(say_group(x, z) for x in groups(sc, [2, 2, 2])), g))
        rb = c.value("SORT_CODE", sc)
        c.say("agent", "thats ", V("-".join(groups(sc, [2, 2, 2])), rb), " yep got it")
        c.note = "spoken sort code with read-back (%s)" % ind
    else:
        c.say("customer", "The sort code on the statement is ", V(" ".join(groups(sc, [2, 2, 2])), g), " I think")
        c.note = "typed sort code (%s)" % ind
    return c


# ---- IBAN
def iban_case(i):
    ib = gen_iban()
    c = Case("positive", "")
    ind = greet(c, R.choice(["banking", "travel", "retail", "insurance", "utilities"]))
    g = c.value("IBAN", ib)
    mode = R.choice(["typed", "typed", "asr"])
    if mode == "typed":
        form = R.choice([" ".join(groups(ib, [4] * 9)), ib, ib.lower(), " ".join(groups(ib, [4] * 9)).lower()])
        c.say("customer", R.choice(["IBAN: ", "please refund to IBAN ", "my iban is ", "Iban "]), V(form, g),
              R.choice(["", " thanks", ". BIC to follow"]))
        c.note = "typed IBAN %s (%s)" % (ib[:2], ind)
    else:
        gs = groups(ib, [4] * 9)
        h = len(gs) // 2
        c.say("agent", "go ahead with the iban")
        c.say("customer", V(" ".join(spell(x, 0.2, "zero") for x in gs[:h]), g))
        c.say("agent", R.choice(["ok", "mhm", "go on"]))
        c.say("customer", V(" ".join(spell(x, 0.0, "zero") for x in gs[h:]), g))
        c.note = "spoken IBAN %s over two turns (%s)" % (ib[:2], ind)
    return c


# ---- PHONE
def gen_phone():
    k = R.choice(["us", "us", "us", "us", "us", "uk", "ie", "uk"])
    if k == "us":
        area = R.choice(["212", "415", "312", "617", "702", "503", "214", "980", "773", "385"])
        ex = R.choice("23456789") + gen_digits(2, "0123456789")
        return k, "1" + area + ex + gen_digits(4, "0123456789")
    if k == "uk":
        return k, "447" + R.choice("45789") + gen_digits(8, "0123456789")
    return k, "3538" + R.choice("35679") + gen_digits(7, "0123456789")


def phone_forms(k, d, intl):
    if k == "us":
        a, e, n = d[1:4], d[4:7], d[7:]
        if intl:
            return R.choice(["1 %s %s %s" % (a, e, n), "1-%s-%s-%s" % (a, e, n), "1 (%s) %s-%s" % (a, e, n),
                             "1%s%s%s" % (a, e, n)]), True
        return R.choice(["(%s) %s-%s" % (a, e, n), "%s-%s-%s" % (a, e, n), "%s.%s.%s" % (a, e, n),
                         "%s %s %s" % (a, e, n), a + e + n, "(%s)%s-%s" % (a, e, n)]), False
    if k == "uk":
        nat = d[2:]
        if intl:
            return R.choice(["44 %s %s" % (nat[:4], nat[4:]), "44 (0)%s %s" % (nat[:4], nat[4:]), "44" + nat]), True
        return "0%s %s" % (nat[:4], nat[4:]), False
    nat = d[3:]
    if intl:
        return "353 %s %s %s" % (nat[:2], nat[2:5], nat[5:]), True
    return "0%s %s %s" % (nat[:2], nat[2:5], nat[5:]), False


def phone_case(i):
    k, d = gen_phone()
    c = Case("positive", "")
    ind = greet(c, R.choice(list(INDUSTRY)))
    intl = R.random() < 0.4
    mode = R.choice(["typed", "typed", "asr", "asr_split"])
    form, has_cc = phone_forms(k, d, intl)
    canon = d if has_cc else (d[1:] if k == "us" else "0" + d[2:] if k == "uk" else "0" + d[3:])
    g = c.value("PHONE", canon)
    if mode == "typed":
        pre = R.choice(["best number: ", "call me back on ", "Tel. ", "my cell is ", "mob: ", "ph# "])
        plus = "+" if has_cc and R.random() < 0.8 else ""
        if form.startswith("("):  # span starts at the first digit; the bracket stays outside
            plus, form = "(", form[1:]
        c.say("customer", pre + plus, V(form, g), R.choice(["", " after 5pm", ".", " (cell)"]))
        c.note = "typed %s phone%s (%s)" % (k.upper(), " with country code" if has_cc else "", ind)
    else:
        z = R.choice(["oh", "zero"]) if k == "us" else R.choice(["oh", "double oh", "nought", "zero"])
        z = z.split()[-1]
        digs = canon
        if k == "us":
            parts = groups(digs, [1, 3, 3, 4]) if has_cc else groups(digs, [3, 3, 4])
        else:
            parts = groups(digs, [2 if has_cc else 1, 4, 3, 3]) if k == "uk" else groups(digs, [3 if has_cc else 2, 2, 3, 4])
        words = [say_digits(p, z, True) for p in parts]
        if has_cc and R.random() < 0.5:
            words[0] = "plus " + words[0]
        if k == "us" and R.random() < 0.3:
            words[-1] = say_pairs(parts[-1], z)
        if mode == "asr":
            txt = " ".join(words)
            if txt.startswith("plus "):
                c.say("customer", "yeah its plus ", V(txt[5:], g))
            else:
                c.say("customer", R.choice(["yeah its ", "best number is ", "um "]), V(txt, g))
            c.note = "spoken %s phone (%s)" % (k.upper(), ind)
        else:
            h = len(words) // 2
            first = " ".join(words[:h])
            pre = "plus " if first.startswith("plus ") else ""
            c.say("customer", "ok its " + pre, V(first[len(pre):], g))
            c.say("agent", R.choice(["mhm", "go on", "yep"]))
            c.say("customer", V(" ".join(words[h:]), g))
            c.note = "spoken %s phone split over turns (%s)" % (k.upper(), ind)
    if R.random() < 0.3:
        c.say("agent", "great, we'll call between 9 and 11 tomorrow")
    return c


# ---- EMAIL
def email_case(i):
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    sep = R.choice([".", "_", "", "."])
    local = R.choice([f + sep + l, f[0] + sep + l, l + sep + f[0], f + l[0]]) + num
    em = local + "@" + dom
    c = Case("positive", "")
    ind = greet(c, R.choice(list(INDUSTRY)))
    g = c.value("EMAIL", em)
    if R.random() < 0.45:
        form = R.choice([em, em.capitalize(), em.upper() if R.random() < 0.2 else em, local.capitalize() + "@" + dom.capitalize()])
        c.say("customer", R.choice(["email: ", "send it to ", "My e-mail is ", "pls use ", ""]), V(form, g),
              R.choice(["", " thanks", ".", " not the old one"]))
        c.note = "typed email (%s)" % ind
    else:
        parts = []
        for tok in re.findall(r"[a-z]+|\d+|[._@-]", local):
            if tok == ".":
                parts.append("dot")
            elif tok == "_":
                parts.append("underscore")
            elif tok.isdigit():
                parts.append(two_digit_words(int(tok)) if len(tok) == 2 else UNITS[int(tok)])
            elif len(tok) == 1:
                parts.append(tok if R.random() < 0.6 else "%s for %s" % (tok, NATO[tok]))
            elif R.random() < 0.25:
                parts.append(tok + " thats " + " ".join(tok))
            else:
                parts.append(tok)
        dp = " dot ".join(dom.split("."))
        txt = " ".join(parts) + " at " + dp
        if R.random() < 0.3:
            txt = " ".join(parts) + R.choice([" at um ", " at uh "]) + dp
        c.say("agent", "and whats the best email")
        c.say("customer", R.choice(["its ", "yeah its ", "ok "]), V(txt, g))
        if R.random() < 0.4:
            rb = c.value("EMAIL", em)
            c.say("agent", "so thats ", V(em, rb), " yeah")
            c.say("customer", "yep")
        c.note = "spoken email (%s)" % ind
    return c


# ---- DOB
def dob_case(i):
    y, m, d = R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)
    c = Case("positive", "")
    ind = greet(c, R.choice(["healthcare", "insurance", "banking", "government", "telecom"]))
    g = c.value("DOB", "%04d-%02d-%02d" % (y, m, d))
    us = R.random() < 0.6
    if R.random() < 0.45:
        form = R.choice(["%02d/%02d/%04d" % ((m, d, y) if us else (d, m, y)), "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100)),
                         "%04d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                         "%d %s %d" % (d, MON3[m - 1], y)])
        c.say("customer", R.choice(["DOB ", "d.o.b: ", "born ", "Date of birth is ", ""]), V(form, g))
        c.note = "typed date of birth (%s)" % ind
    else:
        def yw():
            if y >= 2000:
                if y == 2000:
                    return "two thousand"
                return R.choice(["two thousand and %s" % UNITS[y - 2000] if y < 2010 else "two thousand %s" % num_words(y - 2000),
                                 "oh %s" % UNITS[y % 10] if y < 2010 else two_digit_words(y % 100)])
            return R.choice(["nineteen %s" % two_digit_words(y % 100), two_digit_words(y % 100)])
        dw = ORD.get(d) or "%s %s" % (TENS[d // 10], ORD[d % 10])
        form = R.choice(["%s %s %s" % (MONTHS[m - 1], dw, yw()), "the %s of %s %s" % (dw, MONTHS[m - 1], yw()),
                         "%s %s %s" % (two_digit_words(m) if m > 9 else "oh " + UNITS[m], two_digit_words(d) if d > 9 else "oh " + UNITS[d], yw())])
        pre = R.choice(["its ", "yeah ", "um "])
        if form.startswith("the "):
            pre, form = pre + "the ", form[4:]
        c.say("agent", "can you confirm your date of birth")
        c.say("customer", pre, V(form, g))
        c.note = "spoken date of birth (%s)" % ind
    c.say("agent", R.choice(["thanks, and your appointment is on the 14th at 3:15", "thank you that matches",
                             "perfect, you're 2 payments behind"]))
    return c


# ---- ADDRESS + POSTCODE
def address_case(i):
    c = Case("positive", "")
    us = i % 3 != 0
    ind = greet(c, R.choice(["utilities", "retail", "telecom", "insurance", "government", "healthcare"]))
    typed = R.random() < 0.5
    if us:
        hn = R.choice([R.randint(10, 99), R.randint(100, 999), R.randint(1000, 9999)])
        st = "%s %s" % (R.choice(US_STREETS), R.choice(US_SUFFIX))
        unit = R.choice(["", "", "Apt %d" % R.randint(1, 30), "Unit %s" % R.choice(["2B", "4", "12"])])
        city, state = R.choice(US_CITIES)
        z = gen_zip()
        ag = c.value("ADDRESS", "%d %s" % (hn, st))
        zg = c.value("POSTCODE", z)
        if typed:
            addr = "%d %s" % (hn, st) + (", " + unit if unit else "")
            c.say("customer", R.choice(["new address: ", "ship to ", "I moved to ", "Address - "]), V(addr, ag),
                  ", %s, %s " % (city, state), V(z, zg))
        else:
            addr = "%s %s" % (num_words(hn), st.lower())
            if unit and R.random() < 0.5:
                addr = "%s %s" % (addr, unit.lower().replace("apt", "apartment").replace("2b", "two b").replace("12", "twelve").replace("4", "four")) \
                    if not re.search(r"\d", unit.lower().replace("2b", "").replace("12", "").replace("4", "")) else addr
            c.say("agent", "whats the service address")
            c.say("customer", R.choice(["its ", "um ", "so its "]), V(addr, ag), " in %s" % city.lower())
            c.say("agent", "and the zip")
            zz = z.replace("-", "")
            zw = say_digits(zz[:5], R.choice(["oh", "zero"]))
            if len(zz) > 5:
                zw += " dash " + say_digits(zz[5:], "zero")
            c.say("customer", V(zw, zg))
        c.note = "US street address and ZIP%s (%s)" % ("+4" if "-" in z else "", ind)
    else:
        hn = R.randint(1, 220)
        st = "%s %s" % (R.choice(UK_STREETS), R.choice(UK_SUFFIX))
        flat = R.random() < 0.3
        canon = ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d %s" % (hn, st)
        pc = gen_uk_postcode()
        town = R.choice(UK_TOWNS)
        ag = c.value("ADDRESS", canon)
        pg = c.value("POSTCODE", pc)
        if typed:
            c.say("customer", R.choice(["Address: ", "It's ", "deliver to "]), V(canon, ag), ", %s " % town,
                  V(R.choice([pc, pc.replace(" ", ""), pc.lower()]), pg))
        else:
            sp = canon.lower().replace(",", "")
            sp = re.sub(r"\d+", lambda mm: num_words(int(mm.group())), sp)
            c.say("customer", R.choice(["its ", "i live at "]), V(sp, ag), " %s" % town.lower())
            c.say("agent", "and the postcode")
            a, b = pc.split()
            c.say("customer", V(spell(a, 0.3, "zero") + " " + spell(b, 0.3, "zero"), pg))
        c.note = "UK address and postcode (%s)" % ind
    return c


def zip_only_case(i):
    c = Case("positive", "")
    ind = greet(c, R.choice(["retail", "telecom", "banking"]))
    z = gen_zip(True if i % 2 else False)
    g = c.value("POSTCODE", z)
    c.say("agent", R.choice(["whats the billing zip code for the card", "can I get your zip code"]))
    if R.random() < 0.5:
        c.say("customer", R.choice(["zip ", "", "Zip: "]), V(z, g))
    else:
        zz = z.replace("-", "")
        zw = say_digits(zz[:5], R.choice(["oh", "zero"]), True, 0.2)
        if len(zz) > 5:
            zw += R.choice([" dash ", " "]) + say_digits(zz[5:], "oh")
        c.say("customer", V(zw, g))
    c.note = "billing ZIP code (%s)" % ind
    return c


# ---------------------------------------------------------------- negatives
def neg_snippets():
    d16 = luhn_complete(R.choice(["4", "5"]), 16)
    return [
        ("agent", "your order number is " + " ".join(groups(d16, [4, 4, 4, 4])), "luhn-valid order number"),
        ("agent", "the reference is " + " ".join(say_digits(x, "oh") for x in groups(luhn_complete("4", 16), [4, 4, 4, 4])), "reference read like a card"),
        ("customer", "claim number is %s-%s-%s" % (gen_digits(3), gen_digits(2), gen_digits(4)), "SSN-shaped claim number"),
        ("agent", "tracking number 1Z %s %s" % (gen_digits(6), gen_digits(10)), "tracking number"),
        ("agent", "USPS tracking %s" % gen_digits(22, "9"), "22-digit tracking number"),
        ("customer", "the card ending %s" % gen_digits(4), "card last four"),
        ("customer", "its the one ending in %s" % say_digits(gen_digits(4), "oh"), "spoken card last four"),
        ("agent", "your balance is $%s.%02d" % (format(R.randint(100, 9999), ","), R.randint(0, 99)), "balance"),
        ("agent", "that comes to %s pounds %s" % (num_words(R.randint(100, 999)), num_words(R.randint(1, 99))), "spoken amount"),
        ("agent", "the plan is €%d.99 a month for %d gigs" % (R.randint(10, 60), R.choice([20, 50, 100])), "price"),
        ("agent", "were open 8am to 8pm Monday to Friday and 9 till 5 on Saturdays", "opening hours"),
        ("agent", "your appointment is Tuesday the %dth of March at %d:%02d" % (R.randint(4, 20), R.randint(8, 4 + 12), R.choice([0, 15, 30, 45])), "appointment date"),
        ("agent", "the contract ends %02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028)), "contract end date"),
        ("agent", "the direct debit goes out on the %s of each month" % R.choice(["first", "fifteenth", "28th"]), "payment date"),
        ("customer", "the meter reading is %s" % gen_digits(5, "0123456789"), "meter reading"),
        ("customer", "meter reads %s" % say_digits(gen_digits(6), "oh"), "spoken meter reading"),
        ("agent", "policy number POL-%s-%s" % (gen_digits(4), gen_digits(6)), "policy number"),
        ("agent", "invoice INV-%d-%05d" % (R.randint(2019, 2026), R.randint(1, 99999)), "invoice number"),
        ("agent", "your ticket number is %s" % gen_digits(9), "9-digit ticket number"),
        ("customer", "the serial on the router is SN%s" % gen_digits(12), "serial number"),
        ("customer", "its the model WX-%d%s" % (R.randint(1000, 9999), R.choice("ABCX")), "model number"),
        ("agent", "youre on flight %s %d leaving from gate %s%d, seat %d%s" % (R.choice(["BA", "UA", "EI", "AA", "DL"]), R.randint(10, 2999), R.choice("ABCD"), R.randint(1, 40), R.randint(1, 40), R.choice("ABCDEF")), "flight/gate/seat"),
        ("agent", "youre in room %d on the %dth floor" % (R.randint(100, 2400), R.randint(4, 20)), "room number"),
        ("customer", "theres roadworks all along %s so the engineer couldnt get through" % R.choice(["Maple Avenue", "the M25", "I-95", "Route 66", "Highway 101", "Station Road"]), "road name"),
        ("customer", "ive called %s times and waited %d minutes" % (R.choice(["four", "six", "12"]), R.randint(20, 90)), "counts and duration"),
        ("customer", "my mum is %s and it was %s degrees in the house" % (R.choice(["eighty two", "91", "seventy six"]), R.choice(["minus three", "12", "fourteen"])), "age and temperature"),
        ("agent", "the APR is %d.%d%% and the rate goes up %d%% in %d" % (R.randint(9, 29), R.randint(0, 9), R.randint(2, 9), R.randint(2025, 2027)), "percentages and year"),
        ("customer", "ive been with you since %d" % R.randint(1995, 2022), "year"),
        ("agent", "the case number is %d-CV-%05d" % (R.randint(2019, 2026), R.randint(1, 99999)), "case number"),
        ("agent", "booking reference %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), "booking reference"),
        ("agent", "your confirmation number is %s, thats %s" % ((lambda x: (x, say_digits(x, "zero")))(gen_digits(10))), "confirmation number read back"),
        ("customer", "the bill dated %02d/%02d/%d says $%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(2023, 2026), R.randint(40, 400)), "bill date and amount"),
        ("agent", "your order total is $%d.%02d and order number %s" % (R.randint(10, 900), R.randint(0, 99), gen_digits(9)), "9-digit order number with amount"),
        ("agent", "itll take three to five working days and the fee is four hundred and twelve dollars", "duration and spoken amount"),
        ("customer", "the IMEI um serial on the box is %s" % gen_digits(15), "15-digit device serial"),
    ]


def neg_case(i):
    c = Case("negative", "")
    greet(c)
    snips = neg_snippets()
    pick = R.sample(snips, R.choice([1, 2, 2, 3]))
    notes = []
    for sp, txt, note in pick:
        if R.random() < 0.5:
            txt = asr(txt)
        c.say(sp, txt)
        c.say("customer" if sp == "agent" else "agent", R.choice(["ok", "mhm", "right thanks", "got it", "yeah go on", "sure"]))
        notes.append(note)
    c.note = "negative: " + ", ".join(notes)
    return c


# ---------------------------------------------------------------- generation
def generate():
    plan = ([card_case] * 72 + [ssn_case] * 34 + [ni_case] * 32 + [bank_case] * 18 + [sort_case] * 6 +
            [iban_case] * 12 + [phone_case] * 30 + [email_case] * 16 + [dob_case] * 14 +
            [address_case] * 18 + [zip_only_case] * 6)
    R.shuffle(plan)
    records, metas = [], []
    for k, fn in enumerate(plan):
        rec, meta, grp = fn(k).build("h362-pos-%03d" % (k + 1))
        records.append(rec)
        metas.append((meta, grp))
    for k in range(110):
        rec, meta, grp = neg_case(k).build("h362-neg-%03d" % (k + 1))
        records.append(rec)
        metas.append((meta, grp))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records)
    return text, records, metas


# ---------------------------------------------------------------- normalisation / validation
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0})
TEENNUM = {w: i + 10 for i, w in enumerate(TEENS)}
TENNUM = {w: k * 10 for k, w in TENS.items()}
ORDNUM = {w: k for k, w in ORD.items()}
MONNUM = {w: i + 1 for i, w in enumerate(MONTHS)}
MONNUM.update({w[:3]: i + 1 for i, w in enumerate(MONTHS)})
NATOREV = {v: k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"dash", "hyphen", "space", "slash", "of", "the", "plus", "and", "thats"}
DATE_SKIP = {"st", "nd", "rd", "th"}


def normalise(text, mode):
    """Return list of (kind, str) chunks. mode: digits | alnum | email | date | text."""
    toks = re.findall(r"[a-z]+|\d+|[@._\-+]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        # "x for xray" / "x as in xray"
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            if j < len(toks) and toks[j].startswith(t):
                out.append(("L", t))
                i = j + 1
                continue
        if mode == "email":
            if t == "at":
                out.append(("S", "@")); i += 1; continue
            if t == "dot":
                out.append(("S", ".")); i += 1; continue
            if t == "underscore":
                out.append(("S", "_")); i += 1; continue
            if t in FILLERS:
                i += 1; continue
            if t == "thats":  # "smith thats s m i t h" -> spelled repetition
                j = i + 1
                spelled = ""
                while j < len(toks) and len(toks[j]) == 1 and toks[j].isalpha():
                    spelled += toks[j]; j += 1
                if out and out[-1][1] == spelled:
                    i = j; continue
            if t in ("o", "oh"):
                out.append(("L", t)); i += 1; continue
            if t in ("@", ".", "_", "-", "+"):
                out.append(("S", t)); i += 1; continue
        if t in ("double", "triple") and nxt is not None and (nxt in WORDNUM or nxt.isdigit() or len(nxt) == 1):
            v = str(WORDNUM[nxt]) if nxt in WORDNUM else nxt
            out.append(("d1", v * (2 if t == "double" else 3)))
            i += 2
            continue
        if mode in ("alnum",) and t == "o":
            out.append(("L", "o")); i += 1; continue
        if t in WORDNUM:
            v = WORDNUM[t]
            if nxt == "hundred":
                v *= 100; i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                if i < len(toks) and (toks[i] in TEENNUM or toks[i] in TENNUM or (toks[i] in WORDNUM and toks[i] not in ("oh", "o", "nought", "zero"))):
                    r, i = small(toks, i)
                    v += r
                out.append(("d", str(v))); continue
            if nxt == "thousand":
                v *= 1000; i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                if i < len(toks) and (toks[i] in TEENNUM or toks[i] in TENNUM or (toks[i] in WORDNUM and toks[i] not in ("oh", "o", "nought", "zero"))):
                    r, i = small(toks, i)
                    v += r
                out.append(("d", str(v))); continue
            out.append(("d1", str(v))); i += 1; continue
        if t in TEENNUM or t in TENNUM:
            v, i = small(toks, i)
            if v < 0:  # compound ordinal, e.g. "twenty first"
                out.append(("O", str(-v))); continue
            if i < len(toks) and toks[i] == "hundred":
                out.append(("d", str(v * 100))); i += 1; continue
            out.append(("d", "%02d" % v)); continue
        if t in ORDNUM:
            out.append(("O", str(ORDNUM[t]))); i += 1; continue
        if t in TENNUM:
            pass
        if t.isdigit():
            out.append(("d", t)); i += 1; continue
        if mode == "date" and t in MONNUM:
            out.append(("M", str(MONNUM[t]))); i += 1; continue
        if t in SKIP or t in ("@", ".", "_", "-", "+") or (mode == "date" and t in DATE_SKIP):
            i += 1; continue
        if mode == "alnum" and t in NATOREV:
            out.append(("L", NATOREV[t])); i += 1; continue
        out.append(("L", t))
        i += 1
    return out


def small(toks, i):
    t = toks[i]
    if t in TEENNUM:
        return TEENNUM[t], i + 1
    if t in TENNUM:
        v = TENNUM[t]
        i += 1
        if i < len(toks) and toks[i] in WORDNUM and toks[i] not in ("oh", "o", "nought", "zero"):
            return v + WORDNUM[toks[i]], i + 1
        if i < len(toks) and toks[i] in ORDNUM and ORDNUM[toks[i]] < 10:
            return -(v + ORDNUM[toks[i]]), i + 1
        return v, i
    return WORDNUM[t], i + 1


def flat(chunks, mode):
    return "".join(c[1] for c in chunks)


def date_ints(chunks):
    merged = []
    for k, v in chunks:
        if k == "d1" and merged and merged[-1][0] == "d1" and len(merged[-1][1]) == 1 and len(v) == 1:
            merged[-1] = ("d2", merged[-1][1] + v)
        else:
            merged.append((k, v))
    out = []
    for k, v in merged:
        if k == "L":
            return None
        if out and out[-1][0] in ("19", "20") and len(v) == 2 and k != "M":
            out[-1] = ("y", out[-1][1] + v)
            continue
        tag = v if k in ("d", "d1", "d2") and v in ("19", "20") else "x"
        out.append((tag, v))
    vals = [v for _, v in out]
    if len(vals) == 1 and len(vals[0]) == 4:
        vals = [vals[0][:2], vals[0][2:]]
    return sorted(int(v) for v in vals)


def validate_group(typ, norm, canon, sub, texts):
    digits = re.sub(r"\D", "", norm)
    if typ == "CARD_NUMBER":
        return 13 <= len(digits) <= 19 and luhn_ok(digits) and digits == canon
    if typ == "CVV":
        return len(digits) in (3, 4) and digits == canon and norm == digits
    if typ == "SSN":
        return (len(digits) == 9 and digits == canon and digits[:3] not in ("000", "666") and digits[0] != "9"
                and digits[3:5] != "00" and digits[5:] != "0000" and norm == digits)
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", norm.upper())) and norm.upper() == canon
    if typ == "BANK_ACCOUNT":
        ok = 6 <= len(digits) <= 17 and digits == canon and norm == digits
        if sub == "routing":
            ok = ok and len(digits) == 9 and aba_ok(digits)
        return ok
    if typ == "SORT_CODE":
        return len(digits) == 6 and digits == canon and norm == digits
    if typ == "IBAN":
        return iban_ok(norm) and norm.upper() == canon
    if typ == "PHONE":
        return 10 <= len(digits) <= 13 and digits == canon and norm == digits
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm)) and norm == canon.lower()
    if typ == "POSTCODE":
        n = norm.upper()
        uk = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n)
        us = re.fullmatch(r"\d{5}(\d{4})?", n)
        return bool(uk or us) and n == re.sub(r"[\s-]", "", canon.upper())
    if typ == "ADDRESS":
        words = re.findall(r"[a-z]+", " ".join(texts).lower())
        return bool(digits) and any(w in STREET_WORDS for w in words)
    return False


def check(text, recs, metas):
    errors = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != text:
        errors.append("file on disk differs from regenerated output")
    lines = disk.splitlines()
    parsed = [json.loads(l) for l in lines]
    ids = [r["id"] for r in parsed]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = {}
    npos = nneg = 0
    for rec, (meta, grp) in zip(parsed, metas):
        if rec["kind"] == "positive":
            npos += 1
            if not rec["spans"]:
                errors.append("%s: positive without spans" % rec["id"])
        else:
            nneg += 1
            if rec["spans"]:
                errors.append("%s: negative with spans" % rec["id"])
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % rec["id"])
        per_turn = {}
        for s in rec["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["turn"] < len(rec["turns"])):
                errors.append("%s: bad turn" % rec["id"]); continue
            tx = rec["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errors.append("%s: offsets out of range" % rec["id"]); continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum() and (a == 0 or not tx[a - 1].isalnum())
                    and (b == len(tx) or not tx[b].isalnum())):
                errors.append("%s: span not on word boundary %r" % (rec["id"], tx[a:b]))
            per_turn.setdefault(s["turn"], []).append((a, b))
        for lst in per_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errors.append("%s: overlapping spans" % rec["id"])
        # group validation
        by_g = {}
        for s, gid in zip(rec["spans"], meta):
            tx = rec["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            by_g.setdefault(gid, []).append(tx)
        for gid, texts in by_g.items():
            g = grp[gid]
            typ = g["type"]
            mode = {"EMAIL": "email", "DOB": "date", "EXPIRY": "date", "NI_NUMBER": "alnum",
                    "IBAN": "alnum", "POSTCODE": "alnum", "ADDRESS": "text"}.get(typ, "digits")
            chunks = []
            for tx in texts:
                if typ == "PHONE":
                    tx = tx.replace("(0)", "")  # UK trunk prefix written after the country code
                chunks += normalise(tx, mode)
            if g["parent"] is not None:
                pc = grp[g["parent"]]["canon"]
                norm = flat(chunks, mode)
                ok = norm == g["canon"] and (pc.startswith(norm) or pc.endswith(norm))
            elif typ in ("DOB", "EXPIRY"):
                ints = date_ints(chunks)
                if typ == "DOB":
                    y, m, d = (int(x) for x in g["canon"].split("-"))
                    ok = ints in (sorted([y, m, d]), sorted([y % 100, m, d])) and 1 <= m <= 12
                else:
                    m, y = (int(x) for x in g["canon"].split("/"))
                    ok = ints in (sorted([m, y]), sorted([m, 2000 + y])) and 1 <= m <= 12
            else:
                ok = validate_group(typ, flat(chunks, mode), g["canon"], g["sub"], texts)
            if not ok:
                errors.append("%s: %s value fails validation: %r -> %r" % (rec["id"], typ, texts, flat(chunks, mode)))
    return errors, counts, npos, nneg


def main():
    text, recs, metas = generate()
    if "--check" in sys.argv[1:]:
        errors, counts, npos, nneg = check(text, recs, metas)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if counts.get(t, 0) < n:
                errors.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
        if npos < 200 or nneg < 100:
            errors.append("too few cases: %d positive, %d negative" % (npos, nneg))
        for e in errors[:50]:
            print("ERROR:", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(counts.items())))))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %s (%d cases)" % (OUT, len(recs)))


if __name__ == "__main__":
    main()

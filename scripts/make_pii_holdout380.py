#!/usr/bin/env python3
"""Generate the pii_holdout380 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout380.py          # write the fixture
    python scripts/make_pii_holdout380.py --check  # regenerate and validate

Standard library only; one RNG: random.Random(380241125).
Every turn is assembled from plain segments and labelled value segments, so
offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout380")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
SEED = 380241125

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# value segments and case builder
# --------------------------------------------------------------------------


class V:
    def __init__(self, text, typ, group=None, frag=False):
        self.text, self.typ, self.group, self.frag = text, typ, group, frag


class CB:
    def __init__(self):
        self.turns, self.spans, self.meta = [], [], []
        self._g = 0

    def gid(self):
        self._g += 1
        return "g%d" % self._g

    def turn(self, speaker, *segs):
        ti = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s.text
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                self.meta.append((s.group or self.gid(), s.frag))
        self.turns.append({"speaker": speaker, "text": text})
        return self


# --------------------------------------------------------------------------
# spoken number rendering
# --------------------------------------------------------------------------
ONES = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "oh", "oh", "zero", "nought", "o"]
FILL = ["um", "uh", "er", "erm"]
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "right", "got that", "mm hm", "carry on"]


def dword(d, z):
    return z if d == "0" else ONES[int(d)]


def pair_words(p, z):
    a, b = p
    if a == "0":
        return [dword(a, z), dword(b, z)]
    if a == "1":
        return [TEENS[int(b)]]
    return [TENS[int(a)]] + ([] if b == "0" else [ONES[int(b)]])


def speak_group(g, rng, z, style, last):
    if style == "hundreds" and len(g) == 3 and g[0] != "0":
        w = [ONES[int(g[0])], "hundred"]
        bc = g[1:]
        if bc != "00":
            w.append("and")
            w += [ONES[int(bc[1])]] if bc[0] == "0" else pair_words(bc, z)
        else:
            # "four hundred" then another group would be ambiguous only if an "and" follows; it never does
            pass
        out = w
    elif style == "pairs" and len(g) % 2 == 0:
        out = []
        for i in range(0, len(g), 2):
            out += pair_words(g[i:i + 2], z)
    elif style == "double":
        out, i = [], 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            while run >= 2:
                if run == 3:
                    out += ["triple", dword(g[i], z)]
                    run = 0
                else:
                    out += ["double", dword(g[i], z)]
                    run -= 2
            if run == 1:
                out.append(dword(g[i], z))
            i = j
    else:
        out = [dword(d, z) for d in g]
    if not last and out[-1] in TENS[2:]:
        out = [dword(d, z) for d in g]
    return " ".join(out)


def speak(ds, rng, groups=None, styles=("plain", "plain", "double", "pairs", "hundreds")):
    """Return list of spoken chunks, one per group."""
    z = rng.choice(ZEROS)
    if groups is None:
        groups = [len(ds)]
    chunks, i = [], 0
    for k, n in enumerate(groups):
        g = ds[i:i + n]
        i += n
        chunks.append(speak_group(g, rng, z, rng.choice(styles), k == len(groups) - 1))
    return chunks


def join_spoken(chunks, rng, fill_p=0.15):
    out = chunks[0]
    for c in chunks[1:]:
        sep = rng.choice([" ", " ", ", ", " ... "])
        if rng.random() < fill_p:
            sep = rng.choice([" ", ", "]) + rng.choice(FILL) + rng.choice([" ", ", "])
        out += sep + c
    return out


NATO = dict(a="alpha", b="bravo", c="charlie", d="delta", e="echo", f="foxtrot", g="golf", h="hotel",
            i="india", j="juliet", k="kilo", l="lima", m="mike", n="november", o="oscar", p="papa",
            q="quebec", r="romeo", s="sierra", t="tango", u="uniform", v="victor", w="whiskey",
            x="xray", y="yankee", z="zulu")
FOR_WORDS = dict(a="apple", b="bravo", c="charlie", d="dog", e="edward", f="freddie", g="george",
                 h="harry", j="john", k="king", l="london", m="mother", n="nancy", p="peter",
                 r="robert", s="sugar", t="tommy", w="william", x="xray", y="yellow", z="zebra")


def speak_letter(ch, rng, mode):
    c = ch.lower()
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        w = rng.choice([NATO[c], FOR_WORDS.get(c, NATO[c])])
        return "%s %s %s" % (c, rng.choice(["for", "for", "as in"]), w)
    return c


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        p, n = "4", 16
    elif kind == "visa13":
        p, n = "4", 13
    elif kind == "mc":
        p, n = "5" + rng.choice("12345"), 16
    elif kind == "mc2":
        p, n = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        p, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        p, n = "6011", 16
    else:
        p, n = rng.choice(["6759", "4"]), 19
    body = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
    return luhn_complete(body)


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def group_str(ds, groups, sep):
    out, i = [], 0
    for n in groups:
        out.append(ds[i:i + n])
        i += n
    return sep.join(out)


def non_luhn(rng, n, prefix=""):
    while True:
        s = prefix + "".join(rng.choice("0123456789") for _ in range(n - len(prefix)))
        if not luhn_ok(s):
            return s


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "ULSB", "NAIA"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(23)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "SNSB"]) + dg(10)
    else:
        bban = dg(20)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "G", "EH", "CF", "BT", "NE", "L", "BS",
            "CB", "NG", "S", "BD", "CR", "KT", "RG", "GU", "PR", "HU", "DN", "YO", "AB", "TW"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_pc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29))
    return a + d, str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)


STREETS = ["Harcourt Road", "Acacia Avenue", "Mill Lane", "Church Street", "Station Road", "Victoria Terrace",
           "Beechwood Close", "Orchard Drive", "Kingsway", "Queens Crescent", "Albert Grove",
           "Marlborough Gardens", "Hawthorn Way", "Elm Court", "St Johns Place", "Park View Road"]
US_STREETS = ["Maple Avenue", "Oak Street", "Elm Drive", "Sunset Boulevard", "Cedar Lane", "Lakeview Parkway",
              "Pine Court", "Washington Street", "Highland Road", "Riverside Drive"]
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Hull", "York", "Reading",
            "Croydon", "Belfast", "Sheffield"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Tampa", "FL"),
            ("Albany", "NY"), ("Portland", "OR"), ("Madison", "WI")]

FIRST = ["sarah", "james", "priya", "tom", "aoife", "michael", "chloe", "dan", "fatima", "liam", "grace",
         "oluwaseun", "kate", "marek", "niamh", "jose", "emily", "raj", "hannah", "sean"]
LAST = ["doe", "kelly", "patel", "okafor", "murphy", "nowak", "smith", "byrne", "ahmed", "fletcher",
        "garcia", "walsh", "brennan", "chen", "o'neill", "mcdonald"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("icloud", "com"),
           ("btinternet", "com"), ("eircom", "net"), ("web", "de"), ("proton", "me"), ("aol", "com")]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
ORD_SUF = lambda d: "%d%s" % (d, "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def year_words(y):
    if 2000 <= y < 2010:
        return "two thousand" + ("" if y == 2000 else " and " + ONES[y - 2000])
    hi, lo = divmod(y, 100)
    lo_w = " ".join(pair_words("%02d" % lo, "oh")) if lo else "hundred"
    return " ".join(pair_words("%02d" % hi, "oh")) + " " + lo_w


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
ORGS = {
    "banking": [("UK", "Northgate Bank"), ("IE", "Liffey Credit Union"), ("US", "Harbor Federal"), ("EU", "Rheinbank")],
    "telecom": [("UK", "Skyline Mobile"), ("IE", "Emerald Telecom"), ("US", "Vantage Wireless")],
    "utilities": [("UK", "Brightwater Energy"), ("IE", "Shannon Power"), ("US", "Tri-County Gas & Electric")],
    "retail": [("UK", "Hartley's Home"), ("US", "ShopRidge"), ("EU", "Modehaus Online")],
    "insurance": [("UK", "Keystone Insurance"), ("US", "Bluepeak Mutual"), ("IE", "Clover Assurance")],
    "travel": [("UK", "Albion Air"), ("IE", "Atlantic Ferries"), ("EU", "EuroRail Direct"), ("US", "Skyward Travel")],
    "healthcare billing": [("US", "Mercy Valley Billing"), ("UK", "Private Care Accounts"), ("US", "Lakeshore Clinics")],
    "government services": [("UK", "Benefits Helpline"), ("US", "State DMV Services"), ("IE", "Motor Tax Office")],
}


def ctx(rng, countries=None, chan=None):
    while True:
        ind = rng.choice(sorted(ORGS))
        c, org = rng.choice(ORGS[ind])
        if countries is None or c in countries:
            break
    return {"ind": ind, "country": c, "org": org, "chan": chan or rng.choice(["call", "call", "call", "chat", "email"])}


def opener(cb, rng, cx):
    if cx["chan"] == "call":
        cb.turn("agent", rng.choice([
            "thank you for calling %s my name's %s how can i help" % (cx["org"].lower(), rng.choice(["dave", "amira", "jo", "kev", "lucy"])),
            "you're through to %s um how can i help you today" % cx["org"].lower(),
            "hello %s customer services you're speaking with %s" % (cx["org"].lower(), rng.choice(["mark", "siobhan", "tariq", "beth"])),
        ]))
    elif cx["chan"] == "chat":
        cb.turn("agent", rng.choice([
            "Hi, welcome to %s chat. What can I help with?" % cx["org"],
            "Hello! You're chatting with %s from %s." % (rng.choice(["Ellie", "Sam", "Noor"]), cx["org"]),
        ]))


def is_call(cx):
    return cx["chan"] == "call"


def readback_intro(rng):
    return rng.choice(["so that's ", "let me just read that back ", "okay so i have ", "just to confirm ", "right so "])


# --------------------------------------------------------------------------
# positive scenarios
# --------------------------------------------------------------------------

def distractor_order(rng, cx):
    n = rng.choice([12, 14, 16, 16, 18])
    num = non_luhn(rng, n)
    label = rng.choice(["order number", "order ref", "tracking number", "reference", "serial number",
                        "policy number", "booking reference", "invoice number", "meter number"])
    if is_call(cx):
        return "%s is %s" % (label, join_spoken(speak(num, rng, [4] * (n // 4) + ([n % 4] if n % 4 else [])), rng))
    return "%s %s" % (label, group_str(num, [4] * (n // 4) + ([n % 4] if n % 4 else []), rng.choice([" ", "-", ""])))


def pos_card(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    card = gen_card(rng)
    gr = card_groups(card)
    with_exp = rng.random() < 0.45
    with_cvv = rng.random() < 0.4
    exp_m, exp_y = rng.randint(1, 12), rng.randint(25, 31)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
    dist = rng.random() < 0.45
    if not is_call(cx):
        style = rng.randrange(5)
        if style == 0:
            ct = group_str(card, gr, " ")
        elif style == 1:
            ct = group_str(card, gr, "-")
        elif style == 2:
            ct = card
        elif style == 3:
            ct = group_str(card, [5] * (len(card) // 5) + ([len(card) % 5] if len(card) % 5 else []), " ")
        else:
            ct = group_str(card, gr, rng.choice(["  ", " - ", "."]))
        if dist:
            cb.turn("customer", rng.choice(["Hi, I was charged twice for ", "Payment failed on "]),
                    distractor_order(rng, cx), ".")
        cb.turn("agent", rng.choice(["Please can you send the full card number?", "Can you confirm the long number on the card?",
                                     "What's the card number you'd like to use?"]))
        segs = [rng.choice(["", "card no: ", "Card number is ", "its ", "CC# ", "card - "]), V(ct, "CARD_NUMBER")]
        if with_exp:
            es = rng.choice(["%02d/%02d" % (exp_m, exp_y), "%02d/20%02d" % (exp_m, exp_y), "%02d-%02d" % (exp_m, exp_y),
                             "%s %d" % (MONTHS[exp_m - 1].capitalize()[:3], 2000 + exp_y)])
            segs += [rng.choice([" exp ", ", expiry ", " expires "]), V(es, "EXPIRY")]
        if with_cvv:
            segs += [rng.choice([" cvv ", ", security code ", " CVC: ", " sec code "]), V(cvv, "CVV")]
        cb.turn("customer", *segs)
        cb.turn("agent", rng.choice(["Thanks, processing that now.", "Thank you. One moment while I take the payment."]))
        if rng.random() < 0.3:
            cb.turn("agent", "That's gone through on the card ending ", V(card[-4:], "CARD_NUMBER"), ".")
        return cb, "typed card number" + (" with order-number distractor" if dist else "")
    # call
    chunks = speak(card, rng, gr)
    variant = rng.choice(["single", "split", "split", "readback", "correction", "aside", "single"])
    g = cb.gid()
    note = "spoken card, " + variant
    if dist:
        cb.turn("customer", "yeah i'm ringing about an order um the ", distractor_order(rng, cx), " and i want to pay the balance")
    cb.turn("agent", rng.choice(["okay can i take the long number on the card", "what's the sixteen digit number on the front",
                                 "and the card number when you're ready", "go ahead with the card number"]))
    if variant == "single":
        cb.turn("customer", rng.choice(["yeah it's ", "okay ", "um ", "right it's ", ""]), V(join_spoken(chunks, rng, 0.3), "CARD_NUMBER", g))
    elif variant in ("split", "readback"):
        k = rng.choice([2, len(chunks)]) if len(chunks) > 2 else 2
        parts = [chunks[:1], chunks[1:k - 1] if k > 2 else [], chunks[k - 1:]] if k > 2 else [chunks[:len(chunks) // 2], chunks[len(chunks) // 2:]]
        parts = [p for p in parts if p]
        for pi, p in enumerate(parts):
            cb.turn("customer", rng.choice(["", "", "uh ", "then "]) if pi else rng.choice(["", "it's "]),
                    V(join_spoken(p, rng, 0.2), "CARD_NUMBER", g))
            if pi < len(parts) - 1:
                cb.turn("agent", rng.choice(BACKCH))
        if variant == "readback":
            rb = speak(card, rng, gr, ("plain", "pairs"))
            cb.turn("agent", readback_intro(rng), V(join_spoken(rb, rng, 0), "CARD_NUMBER"), rng.choice(["", " is that right", " yeah"]))
            cb.turn("customer", rng.choice(["yes", "yep that's it", "correct"]))
    elif variant == "correction":
        wrong = list(card[:8])
        wrong[rng.randint(4, 7)] = str((int(card[5]) + 3) % 10)
        fr = speak("".join(wrong), rng, [4, 4])
        cb.turn("customer", V(join_spoken(fr, rng, 0), "CARD_NUMBER", frag=True),
                rng.choice([" no sorry hang on let me start again ", " wait no that's wrong um from the top ",
                            " oh sorry i've read that wrong "]),
                V(join_spoken(chunks, rng, 0.2), "CARD_NUMBER", g))
    else:  # aside
        cut = rng.randint(1, len(chunks) - 1)
        cb.turn("customer", V(join_spoken(chunks[:cut], rng, 0.2), "CARD_NUMBER", g),
                rng.choice([" hang on the light's terrible in here ", " sorry the dog's going mad ",
                            " one sec let me get my glasses ", " hold on my daughter's asking something "]),
                V(join_spoken(chunks[cut:], rng, 0.2), "CARD_NUMBER", g))
    if with_exp:
        cb.turn("agent", rng.choice(["and the expiry", "lovely and the expiry date", "what's the end date on it"]))
        es = rng.choice([join_spoken(speak("%02d%02d" % (exp_m, exp_y), rng, [2, 2], ("plain", "pairs")), rng, 0),
                         "%s %s" % (MONTHS[exp_m - 1], year_words(2000 + exp_y)),
                         "%s %s" % (MONTHS[exp_m - 1], " ".join(pair_words("%02d" % exp_y, "oh"))),
                         "%s of %s" % (" ".join(pair_words("%02d" % exp_m, "oh")) if exp_m > 9 else ONES[exp_m], year_words(2000 + exp_y))])
        cb.turn("customer", rng.choice(["", "it's ", "um ", "end of "]), V(es, "EXPIRY"))
    if with_cvv:
        cb.turn("agent", rng.choice(["and the last three digits on the back", "and the security code please", "and the cvv"]))
        cb.turn("customer", rng.choice(["", "that's ", "uh "]), V(join_spoken(speak(cvv, rng, [len(cvv)], ("plain", "hundreds", "double")), rng), "CVV"))
    if rng.random() < 0.35:
        cb.turn("agent", "okay that's payment taken on the card ending ", V(join_spoken(speak(card[-4:], rng, [4]), rng, 0), "CARD_NUMBER"),
                " um the amount was ", rng.choice(["forty two pounds fifty", "one hundred and twelve dollars", "eighty euro"]))
        note += ", last four after full card"
    return cb, note + (", order-number distractor" if dist else "")


def pos_ssn(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    s = gen_ssn(rng)
    dist = rng.random() < 0.4
    note = "SSN "
    if not is_call(cx):
        st = rng.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:],
                         s[:3] + "-" + s[3:5] + s[5:]])
        cb.turn("agent", rng.choice(["To verify, please provide your Social Security number.", "Can I get your SSN to pull up the file?"]))
        segs = [rng.choice(["", "SSN: ", "ssn is ", "Social: ", "my social is ", "SS# "]), V(st, "SSN")]
        if dist:
            segs += [rng.choice([" and the claim number is ", ", member ID ", ". Ticket "]), non_luhn(rng, rng.choice([9, 10, 11]))]
        cb.turn("customer", *segs)
        cb.turn("agent", "Thank you, I've located the account.")
        return cb, note + "typed" + (" with nine-digit-ish distractor" if dist else "")
    ch = speak(s, rng, [3, 2, 4])
    variant = rng.choice(["single", "split", "readback", "correction", "single"])
    g = cb.gid()
    if dist:
        cb.turn("customer", "hi i got a bill with an account number ", join_spoken(speak(non_luhn(rng, 10), rng, [3, 3, 4]), rng), " on it and it's wrong")
    cb.turn("agent", rng.choice(["can i get your social security number", "and your social please", "i just need the ssn to verify"]))
    if variant == "single":
        cb.turn("customer", rng.choice(["sure it's ", "yeah ", "um ", ""]), V(join_spoken(ch, rng, 0.3), "SSN", g))
    elif variant in ("split", "readback"):
        cb.turn("customer", V(join_spoken(ch[:1], rng), "SSN", g))
        cb.turn("agent", rng.choice(BACKCH))
        cb.turn("customer", V(join_spoken(ch[1:], rng, 0.2), "SSN", g))
        if variant == "readback" or rng.random() < 0.5:
            cb.turn("agent", readback_intro(rng), V(join_spoken(speak(s, rng, [3, 2, 4], ("plain",)), rng, 0), "SSN"))
            cb.turn("customer", "yes")
    else:
        cb.turn("customer", V(join_spoken(speak(s[:3], rng, [3]), rng), "SSN", frag=True),
                rng.choice([" no wait sorry that's my wife's um ", " hmm no scratch that "]),
                V(join_spoken(speak(gen_ssn(rng), rng, [3, 2, 4]), rng, 0.2), "SSN"))
    cb.turn("agent", rng.choice(["thank you i've got the file up", "okay perfect"]))
    return cb, note + "spoken, " + variant


def ni_typed(ni, rng):
    f = rng.randrange(5)
    if f == 0:
        t = ni
    elif f == 1:
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 2:
        t = ni.lower()
    elif f == 3:
        t = "%s%s %s" % (ni[:2], ni[2:8], ni[8])
    else:
        t = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return t


def ni_spoken(ni, rng):
    mode = rng.choice(["plain", "plain", "nato", "for"])
    pre = " ".join(speak_letter(c, rng, mode) for c in ni[:2])
    dig = join_spoken(speak(ni[2:8], rng, [2, 2, 2], ("plain", "pairs", "pairs", "double")), rng, 0.1)
    suf = speak_letter(ni[8], rng, rng.choice([mode, "plain"]))
    return pre, dig, suf


def pos_ni(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    ni = gen_ni(rng)
    if not is_call(cx):
        cb.turn("agent", rng.choice(["Could you give me your National Insurance number?", "What is your NI number please?"]))
        segs = [rng.choice(["", "NI no: ", "NINO ", "ni number is ", "National insurance - "]), V(ni_typed(ni, rng), "NI_NUMBER")]
        if rng.random() < 0.4:
            segs += [rng.choice([" and my claim ref is ", ". Reference "]), "%s%d" % (rng.choice(["CLM", "UC", "PIP"]), rng.randint(10 ** 7, 10 ** 8))]
        cb.turn("customer", *segs)
        return cb, "typed NI number"
    pre, dig, suf = ni_spoken(ni, rng)
    variant = rng.choice(["single", "split", "readback"])
    g = cb.gid()
    cb.turn("agent", rng.choice(["can i take your national insurance number", "and your n i number please"]))
    if variant == "single":
        cb.turn("customer", rng.choice(["yeah it's ", "", "um "]), V("%s %s %s" % (pre, dig, suf), "NI_NUMBER", g))
    else:
        cb.turn("customer", V(pre, "NI_NUMBER", g))
        cb.turn("agent", rng.choice(BACKCH))
        cb.turn("customer", V(dig, "NI_NUMBER", g))
        cb.turn("agent", rng.choice(BACKCH))
        cb.turn("customer", rng.choice(["and then ", "", "and the last letter's "]), V(suf, "NI_NUMBER", g))
        if variant == "readback":
            p2, d2, s2 = ni_spoken(ni, rng)
            cb.turn("agent", readback_intro(rng), V("%s %s %s" % (p2, d2, s2), "NI_NUMBER"))
            cb.turn("customer", "that's right")
    if rng.random() < 0.3:
        cb.turn("agent", "and your payment of ", rng.choice(["three hundred and forty two pounds", "ninety one pounds twenty"]),
                " goes out on the ", rng.choice(ORD), " of ", rng.choice(MONTHS))
    return cb, "spoken NI, " + variant


def pos_bank(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    uk = cx["country"] != "US"
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    acct = "".join(rng.choice("0123456789") for _ in range(8 if uk else rng.choice([10, 11, 12])))
    if not is_call(cx):
        if uk:
            sct = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
            cb.turn("customer", rng.choice(["Please update my direct debit. ", "New bank details: "]),
                    rng.choice(["sort code ", "S/C: ", "sort "]), V(sct, "SORT_CODE"), rng.choice([", acct no: ", " account ", " a/c "]),
                    V(acct, "BANK_ACCOUNT"), rng.choice([". Amount £45.20 monthly.", ".", ", ref 00231188 on the mandate."]))
        else:
            cb.turn("customer", rng.choice(["Checking acct ", "acct #", "Account number: "]), V(acct, "BANK_ACCOUNT"),
                    rng.choice([" for the autopay of $89.99", ", please set up monthly draft", ""]))
        return cb, "typed bank details"
    cb.turn("agent", "what's the %s" % ("sort code" if uk else "account number for the direct deposit"))
    if uk:
        cb.turn("customer", rng.choice(["it's ", "", "um "]), V(join_spoken(speak(sc, rng, [2, 2, 2], ("pairs", "plain", "double")), rng, 0.1), "SORT_CODE"))
        if rng.random() < 0.4:
            cb.turn("agent", readback_intro(rng), V(join_spoken(speak(sc, rng, [2, 2, 2], ("plain",)), rng, 0), "SORT_CODE"))
        cb.turn("agent", "and the account number")
    g = cb.gid()
    ch = speak(acct, rng, [4, 4] if len(acct) == 8 else [3, 3, len(acct) - 6])
    if rng.random() < 0.5:
        cb.turn("customer", V(join_spoken(ch[:1], rng), "BANK_ACCOUNT", g))
        cb.turn("agent", rng.choice(BACKCH))
        cb.turn("customer", V(join_spoken(ch[1:], rng, 0.2), "BANK_ACCOUNT", g))
    else:
        cb.turn("customer", rng.choice(["", "that's "]), V(join_spoken(ch, rng, 0.2), "BANK_ACCOUNT", g))
    cb.turn("agent", "and the reference for the payment will be ", join_spoken(speak(non_luhn(rng, 8), rng, [4, 4]), rng))
    return cb, "spoken bank details with payment-reference distractor"


def iban_spoken(ib, rng):
    out = []
    for i in range(0, len(ib), 4):
        g = ib[i:i + 4]
        w = []
        j = 0
        while j < len(g):
            if g[j].isalpha():
                w.append(speak_letter(g[j], rng, rng.choice(["plain", "plain", "for"])))
                j += 1
            else:
                k = j
                while k < len(g) and g[k].isdigit():
                    k += 1
                w.append(speak_group(g[j:k], rng, "oh", rng.choice(["plain", "pairs", "double"]), True))
                j = k
        out.append(" ".join(w))
    return out


def pos_iban(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    ib = gen_iban(rng)
    if not is_call(cx):
        t = rng.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                        " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        cb.turn("customer", rng.choice(["Refund to IBAN ", "iban: ", "My IBAN is ", "Please pay into "]), V(t, "IBAN"),
                rng.choice([" thanks", ". Invoice INV-2024-008812", ", BIC AIBKIE2D", ""]))
        return cb, "typed IBAN"
    ch = iban_spoken(ib, rng)
    g = cb.gid()
    cb.turn("agent", "and the iban for the refund")
    cut = rng.randint(2, len(ch) - 1)
    cb.turn("customer", V(join_spoken(ch[:cut], rng, 0.2), "IBAN", g))
    cb.turn("agent", rng.choice(BACKCH))
    cb.turn("customer", V(join_spoken(ch[cut:], rng, 0.2), "IBAN", g))
    return cb, "spoken IBAN split over turns"


def gen_phone(rng, country):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if country == "UK":
        k = rng.choice(["mob", "mob", "ldn", "mcr"])
        nat = {"mob": "07" + rng.choice(["700", "911", "845", "123"]) + d(6), "ldn": "020" + "7946" + d(4), "mcr": "0161" + "496" + d(4)}[k]
        return nat, "44", nat[1:]
    if country == "IE":
        nat = "08" + rng.choice("35679") + d(7)
        return nat, "353", nat[1:]
    if country == "US":
        nat = rng.choice(["212", "312", "415", "617", "503"]) + "555" + d(4)
        return nat, "1", nat
    nat = "0" + rng.choice(["30", "151", "6"]) + d(8)
    return nat, rng.choice(["49", "33"]), nat[1:]


def phone_typed(nat, cc, sub, rng, intl):
    """Return (prefix, value): a leading '+' stays outside the span (spans start at the first digit)."""
    v = _phone_typed(nat, cc, sub, rng, intl)
    if v.startswith("+"):
        return "+", v[1:]
    return "", v


def _phone_typed(nat, cc, sub, rng, intl):
    if intl:
        if cc == "1":
            return "+1 %s-%s-%s" % (sub[:3], sub[3:6], sub[6:])
        return rng.choice(["+%s %s %s" % (cc, sub[:4], sub[4:]), "+%s%s" % (cc, sub), "00%s %s" % (cc, sub),
                           "+%s (0)%s %s" % (cc, sub[:3], sub[3:])])
    if cc == "1":
        return rng.choice(["%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s.%s.%s" % (nat[:3], nat[3:6], nat[6:]), nat])
    return rng.choice(["%s %s" % (nat[:5], nat[5:]), nat, "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:])])


def phone_segs(nat, cc, sub, rng, intl):
    pre, v = phone_typed(nat, cc, sub, rng, intl)
    return [pre, V(v, "PHONE")]


def pos_phone(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    c = cx["country"] if cx["country"] in ("UK", "IE", "US") else "EU"
    nat, cc, sub = gen_phone(rng, c)
    intl = rng.random() < 0.45
    if not is_call(cx):
        cb.turn("customer", rng.choice(["Best number to reach me: ", "tel ", "Mobile - ", "call me back on ", "Ph: "]),
                *phone_segs(nat, cc, sub, rng, intl),
                rng.choice([" after 5pm", ". My order was #A99812004 for £39.99", ", any time before 9:30", ""]))
        return cb, "typed phone" + (" international" if intl else "")
    digits = (cc + sub) if intl else nat
    groups = [len(cc), 3, 3, len(sub) - 6] if intl else [5 if len(nat) == 11 else 3, 3, len(nat) - (8 if len(nat) == 11 else 6)]
    ch = speak(digits, rng, groups)
    if intl:
        ch[0] = "plus " + ch[0]
    cb.turn("agent", rng.choice(["what's the best number to call you back on", "and a contact number", "is there a mobile number i can text"]))
    variant = rng.choice(["single", "split", "correction", "readback"])
    g = cb.gid()
    if variant == "single":
        cb.turn("customer", rng.choice(["yeah it's ", "", "um my mobile's "]), V(join_spoken(ch, rng, 0.25), "PHONE", g))
    elif variant in ("split", "readback"):
        cb.turn("customer", V(join_spoken(ch[:2], rng, 0.2), "PHONE", g))
        cb.turn("agent", rng.choice(BACKCH))
        cb.turn("customer", V(join_spoken(ch[2:], rng, 0.2), "PHONE", g))
        if variant == "readback":
            rb = speak(digits, rng, groups, ("plain",))
            if intl:
                rb[0] = "plus " + rb[0]
            cb.turn("agent", readback_intro(rng), V(join_spoken(rb, rng, 0), "PHONE"))
    else:
        cb.turn("customer", V(join_spoken(ch[:2], rng, 0), "PHONE", frag=True), rng.choice([" no hang on that's the old one ", " sorry no the new number is "]),
                V(join_spoken(ch, rng, 0.1), "PHONE", g))
    if rng.random() < 0.4:
        cb.turn("agent", "we'll call between ", rng.choice(["nine and twelve", "two and four thirty", "eight am and one pm"]),
                " the engineer visit is booked for the ", rng.choice(ORD), " of ", rng.choice(MONTHS))
    return cb, "spoken phone, " + variant


def email_parts(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    dom, tld = rng.choice(DOMAINS)
    num = rng.choice(["", "", str(rng.randint(1, 99)), str(rng.randint(1960, 2005))])
    sep = rng.choice([".", "_", "", "."])
    user = rng.choice([f + sep + l + num, f[0] + sep + l + num, f + num, l + sep + f[0]])
    return user, dom, tld


def pos_email(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    user, dom, tld = email_parts(rng)
    if not is_call(cx):
        e = "%s@%s.%s" % (user, dom, tld)
        e = rng.choice([e, e, e.upper(), user.capitalize() + "@" + dom.capitalize() + "." + tld])
        cb.turn("customer", rng.choice(["email: ", "Send it to ", "my e-mail is ", "contact - ", ""]), V(e, "EMAIL"),
                rng.choice([" please", " - ticket 884120033 still open", ". thx", ""]))
        return cb, "typed email"
    words = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", user):
        if tok == ".":
            words.append("dot")
        elif tok == "_":
            words.append("underscore")
        elif tok.isdigit():
            words.append(join_spoken(speak(tok, rng, [len(tok)] if len(tok) < 4 else [2, 2], ("pairs", "plain")), rng, 0))
        elif len(tok) == 1 or rng.random() < 0.2:
            words.append(" ".join(speak_letter(c, rng, rng.choice(["plain", "for"])) for c in tok))
        else:
            words.append(tok)
    tl = " dot ".join(tld.split("."))
    sp = " ".join(words) + " at " + dom + " dot " + tl
    cb.turn("agent", rng.choice(["and an email address", "can i take an email for the confirmation"]))
    if rng.random() < 0.5:
        g = cb.gid()
        cb.turn("customer", V(" ".join(words), "EMAIL", g))
        cb.turn("agent", rng.choice(["mhm", "yep", "at"]))
        cb.turn("customer", rng.choice(["", "um "]), V("at " + dom + " dot " + tl, "EMAIL", g))
        return cb, "spoken email split over turns"
    cb.turn("customer", rng.choice(["yeah it's ", "", "it's um "]), V(sp, "EMAIL"), rng.choice(["", " all lower case", " all one word"]))
    return cb, "spoken email"


def dob_forms(rng, cx, d, m, y):
    if not is_call(cx):
        us = cx["country"] == "US"
        return rng.choice(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d-%d-%02d" % ((m, d, y % 100) if us else (d, m, y % 100)),
                           "%s %s %d" % (ORD_SUF(d), MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                           "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%d.%02d.%d" % (d, m, y)])
    return rng.choice(["%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)),
                       "the %s of the %s %s" % (ORD[d - 1], ORD[m - 1], " ".join(pair_words("%02d" % (y % 100), "oh"))),
                       "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y)),
                       "%s %s %s" % (join_spoken(speak("%02d" % d, rng, [2]), rng), join_spoken(speak("%02d" % m, rng, [2]), rng), year_words(y))])


def pos_dob(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1938, 2006)
    cb.turn("agent", rng.choice(["can you confirm your date of birth", "Please confirm your DOB for security.", "and your date of birth"]))
    if is_call(cx) and rng.random() < 0.3:
        g = cb.gid()
        cb.turn("customer", V("%s of %s" % (ORD[d - 1], MONTHS[m - 1]), "DOB", g))
        cb.turn("agent", rng.choice(["mhm", "and the year"]))
        cb.turn("customer", V(year_words(y), "DOB", g))
    else:
        cb.turn("customer", rng.choice(["", "it's ", "DOB ", "born "]) if not is_call(cx) else rng.choice(["", "it's ", "yeah it's the "]) if False else rng.choice(["", "it's ", "uh "]),
                V(dob_forms(rng, cx, d, m, y), "DOB"))
    # dangerous: appointment date / age in same case
    ad, am = rng.randint(1, 28), rng.randint(1, 12)
    cb.turn("agent", rng.choice(["thanks. your next appointment is on ", "Thanks - the renewal date is ", "okay and the payment's due on "]),
            "%s of %s" % (ORD[ad - 1], MONTHS[am - 1]) if is_call(cx) else "%02d/%02d/2025" % (ad, am))
    if rng.random() < 0.4:
        cb.turn("customer", "i'm %s now so does the over %s discount apply" % (rng.choice(["sixty two", "seventy", "forty five"]), rng.choice(["sixties", "fifty"])))
    return cb, "DOB with appointment-date distractor"


def pos_addr(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    us = cx["country"] == "US"
    call = is_call(cx)
    num = rng.randint(1, 1999 if us else 240)
    flat = rng.random() < 0.3 and not us
    street = rng.choice(US_STREETS if us else STREETS)
    if us:
        town, st = rng.choice(US_TOWNS)
        zp = "%05d" % rng.randint(10001, 99950)
        if rng.random() < 0.25:
            zp += "-%04d" % rng.randint(1, 9999)
    else:
        town = rng.choice(UK_TOWNS)
        o, i = gen_pc(rng)
    if not call:
        a = ("Flat %d, " % rng.randint(1, 30) if flat else "") + "%d%s %s" % (num, rng.choice(["", "", "B"]) if not us else "", street)
        a = rng.choice([a, a, a.lower()])
        pc = zp if us else rng.choice([o + " " + i, o + i, (o + " " + i).lower()])
        cb.turn("customer", rng.choice(["New address is ", "addr: ", "I've moved to ", "Deliver to "]), V(a, "ADDRESS"), ", %s, " % town,
                *( [st, " ", V(pc, "POSTCODE")] if us else [V(pc, "POSTCODE")]),
                rng.choice(["", ". Parcel tracking JD0002245187339 never arrived.", " - meter reading is 04512"]))
        return cb, "typed address + postcode"
    cb.turn("agent", rng.choice(["can i take the first line of the address and the postcode", "and what's the address"]))
    nw = speak_group(str(num), rng, "oh", rng.choice(["pairs", "hundreds", "plain"]) if num > 99 else "pairs", True)
    a = ("flat %s " % ONES[rng.randint(1, 9)] if flat else "") + "%s %s" % (nw, street.lower())
    if us:
        pcs = join_spoken(speak(zp.replace("-", ""), rng, [5] + ([4] if len(zp) > 5 else []), ("plain", "double")), rng, 0.1)
    else:
        mode = rng.choice(["plain", "plain", "for", "nato"])
        sp = lambda s: " ".join(speak_letter(c, rng, mode) if c.isalpha() else dword(c, "oh") for c in s)
        pcs = sp(o) + rng.choice([" ", ", "]) + sp(i)
    if rng.random() < 0.5:
        cb.turn("customer", V(a, "ADDRESS"), " %s" % town.lower())
        cb.turn("agent", rng.choice(["and the postcode", "and the zip"]))
        cb.turn("customer", rng.choice(["", "it's ", "uh "]), V(pcs, "POSTCODE"))
    else:
        cb.turn("customer", rng.choice(["it's ", "", "yeah "]), V(a, "ADDRESS"), " in %s " % town.lower(), V(pcs, "POSTCODE"))
    if rng.random() < 0.5:
        cb.turn("agent", "and just so you know the meter serial is ", join_spoken(speak(non_luhn(rng, 10), rng, [5, 5]), rng),
                " and the last reading we have is ", join_spoken(speak("%05d" % rng.randint(0, 99999), rng, [5]), rng))
    return cb, "spoken address + postcode"


def pos_combo(rng, cx):
    """ID&V: several types in one call, plus distractors."""
    cb = CB()
    opener(cb, rng, cx)
    call = is_call(cx)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1945, 2004)
    cb.turn("agent", rng.choice(["before we start i need to run through security", "I just need to verify a few details."]))
    cb.turn("agent", "date of birth first")
    cb.turn("customer", V(dob_forms(rng, cx, d, m, y), "DOB"))
    if cx["country"] == "US":
        s = gen_ssn(rng)
        cb.turn("agent", "and the last four of your social" if False else "and your social security number")
        cb.turn("customer", V(join_spoken(speak(s, rng, [3, 2, 4]), rng, 0.2) if call else s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"))
    else:
        ni = gen_ni(rng)
        cb.turn("agent", "and your national insurance number")
        if call:
            p, dg, sf = ni_spoken(ni, rng)
            cb.turn("customer", V("%s %s %s" % (p, dg, sf), "NI_NUMBER"))
        else:
            cb.turn("customer", V(ni_typed(ni, rng), "NI_NUMBER"))
    nat, cc, sub = gen_phone(rng, cx["country"] if cx["country"] in ("UK", "IE", "US") else "EU")
    cb.turn("agent", "and the phone number on the account")
    cb.turn("customer", V(join_spoken(speak(nat, rng, [len(nat) - 6, 3, 3]), rng, 0.2) if call else phone_typed(nat, cc, sub, rng, False)[1], "PHONE"),
            rng.choice(["", " but i'm on a work phone now"]))
    tn = non_luhn(rng, 15)
    cb.turn("customer", "oh and the phone i'm calling about has the imei " if call else "The handset IMEI is ",
            join_spoken(speak(tn, rng, [5, 5, 5]), rng) if call else tn, rng.choice([" if that helps", ""]))
    return cb, "multi-type ID&V with IMEI distractor"


# --------------------------------------------------------------------------
# negative scenarios (no PII anywhere)
# --------------------------------------------------------------------------

def n_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def neg_case(rng, cx):
    cb = CB()
    opener(cb, rng, cx)
    call = is_call(cx)
    k = rng.randrange(22)
    say = lambda ds, gr: join_spoken(speak(ds, rng, gr), rng, 0.15)
    if k == 0:
        o = non_luhn(rng, 16)
        cb.turn("agent", "can i take the order number please it's the long one on the email")
        cb.turn("customer", "yeah it's " + (say(o, [4, 4, 4, 4]) if call else group_str(o, [4, 4, 4, 4], " ")))
        cb.turn("agent", "thanks and that's for the order placed on the " + rng.choice(ORD) + " of " + rng.choice(MONTHS))
        note = "16-digit order number read like a card"
    elif k == 1:
        im = luhn_complete(rng.choice(["35", "86", "01"]) + n_digits(rng, 12))
        cb.turn("agent", "i'll need the imei of the handset you can get it by dialling star hash zero six hash")
        cb.turn("customer", "okay the imei is " + (say(im, [5, 5, 5]) if call else im))
        if call:
            cb.turn("agent", "mhm")
        cb.turn("customer", "and the phone cost me " + rng.choice(["nine hundred and ninety nine pounds", "eight forty nine"]))
        note = "Luhn-valid IMEI (not a card)"
    elif k == 2:
        t = rng.choice(["1Z%s%s" % ("".join(rng.choice("ABCDEFWXY") for _ in range(6)), n_digits(rng, 10)),
                        "JD%s" % n_digits(rng, 16), "%sGB" % ("RX" + n_digits(rng, 9))])
        cb.turn("customer", "my parcel hasn't turned up the tracking number is " + (t.lower() if call else t))
        cb.turn("agent", "it was due on the " + rng.choice(ORD) + " between seven am and nine pm")
        note = "parcel tracking number"
    elif k == 3:
        mr = n_digits(rng, 5)
        ms = rng.choice(["E", "K", "L"]) + n_digits(rng, 2) + rng.choice("ABCD") + n_digits(rng, 5)
        cb.turn("agent", "can you read me the meter")
        cb.turn("customer", "the reading's " + (say(mr, [5]) if call else mr) + " and the serial on the meter is " + (ms.lower() if call else ms))
        cb.turn("agent", "lovely your bill will be about %s a month" % rng.choice(["eighty pounds", "£112", "sixty four euro"]))
        note = "meter reading and meter serial"
    elif k == 4:
        p = rng.choice(["POL", "KIN", "HX"]) + n_digits(rng, 9)
        cb.turn("customer", ("policy number %s" % p) if not call else "the policy number's %s %s" % (" ".join(p[:3].lower()), say(p[3:], [3, 3, 3])))
        cb.turn("agent", "thanks the excess on that is %s and cover renews on %s" % (rng.choice(["£250", "two hundred and fifty pounds"]), rng.choice(["1 April", "the first of april"])))
        note = "policy number with label"
    elif k == 5:
        b = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        cb.turn("customer", "booking reference %s flight %s%d seat %d%s" % (b if not call else " ".join(b.lower()), rng.choice(["BA", "EI", "FR", "UA"]), rng.randint(100, 9999), rng.randint(1, 40), rng.choice("ABCDEF")))
        cb.turn("agent", "departing gate %d at %s" % (rng.randint(1, 60), rng.choice(["six forty five", "14:20", "half nine"])))
        note = "booking ref, flight, seat, gate"
    elif k == 6:
        a = "%d%03d.%02d" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99))
        cb.turn("agent", "your outstanding balance is " + ("£" + a if not call else say(a.replace(".", ""), [4, 2]).replace(",", "") + " pence"))
        cb.turn("customer", "sorry can you read that digit by digit")
        cb.turn("agent", "sure " + " ".join(ONES[int(c)] if c != "." else "point" for c in a) + " " + rng.choice(["pounds", "dollars", "euro"]))
        note = "balance read digit by digit"
    elif k == 7:
        cb.turn("customer", "card ending %s was declined" % (say(n_digits(rng, 4), [4]) if call else n_digits(rng, 4)))
        cb.turn("agent", "i can see that the card ending in %s has a limit of %s" % (n_digits(rng, 4), rng.choice(["£1,500", "three thousand dollars"])))
        note = "card last-four mentions only"
    elif k == 8:
        sn = "-".join(n_digits(rng, 4) for _ in range(4))
        cb.turn("customer", "the router serial number is %s and model %s" % (sn if not call else say(sn.replace("-", ""), [4, 4, 4, 4]), rng.choice(["TG-5520", "hh6a", "VMDG 490"])))
        cb.turn("agent", "okay that unit is %d years old so under the %d month warranty no" % (rng.randint(2, 6), rng.choice([12, 24])))
        note = "16-digit serial number read like a card"
    elif k == 9:
        cr = "%s-%d-%07d" % (rng.choice(["CLM", "INC", "CASE"]), rng.randint(2019, 2026), rng.randint(0, 9999999))
        cb.turn("agent", "your claim reference is %s" % (cr if not call else cr.lower().replace("-", " ")))
        cb.turn("customer", "and how long will it take")
        cb.turn("agent", "usually %s working days" % rng.choice(["five to ten", "3-5", "fourteen"]))
        note = "claim reference, durations"
    elif k == 10:
        r = n_digits(rng, 6)
        cb.turn("agent", "your reference for today is %s" % (r[:2] + "-" + r[2:4] + "-" + r[4:] if not call else say(r, [2, 2, 2])))
        cb.turn("customer", "is that the ticket number")
        cb.turn("agent", "yes the ticket number")
        note = "six-digit ticket ref shaped like a sort code"
    elif k == 11:
        r = n_digits(rng, 9)
        cb.turn("customer", "my member id is %s" % (r[:3] + "-" + r[3:5] + "-" + r[5:] if not call else say(r, [3, 2, 4])) if False else
                "the invoice number is %s" % (r[:3] + "-" + r[3:5] + "-" + r[5:] if not call else say(r, [3, 2, 4])))
        cb.turn("agent", "that invoice was for %s dated %s" % (rng.choice(["$214.50", "two hundred dollars"]), rng.choice(["march 3rd", "the third of march"])))
        note = "nine-digit invoice number shaped like SSN"
    elif k == 12:
        cb.turn("customer", "what are your opening hours")
        cb.turn("agent", "we're open %s monday to friday and %s on saturdays" % (rng.choice(["eight till eight", "8am-8pm", "nine to five thirty"]), rng.choice(["ten till four", "9-1"])))
        note = "opening hours"
    elif k == 13:
        cb.turn("customer", "the thermostat says %s and the boiler pressure is %s" % (rng.choice(["nineteen degrees", "21.5C", "sixty eight fahrenheit"]), rng.choice(["one point two bar", "1.5 bar"])))
        cb.turn("agent", "okay %s of customers in your area reported the same thing in %s" % (rng.choice(["forty percent", "12%"]), rng.choice(["2023", "twenty twenty three"])))
        note = "temperatures, pressure, percentages, years"
    elif k == 14:
        cb.turn("customer", "i'm on the %s near junction %d heading for the %s" % (rng.choice(["m25", "A40", "I-95", "N7"]), rng.randint(1, 30), rng.choice(["a406", "route 66", "M50"])))
        cb.turn("agent", "recovery will be with you in about %s" % rng.choice(["forty five minutes", "90 mins", "an hour and a half"]))
        note = "road names, junctions, durations"
    elif k == 15:
        cb.turn("customer", "i'm in room %d at the hotel and we're %d adults and %d kids aged %d and %d" % (rng.randint(100, 1450), rng.randint(1, 4), rng.randint(1, 3), rng.randint(2, 9), rng.randint(10, 16)))
        cb.turn("agent", "check out is at %s and breakfast is %s a head" % (rng.choice(["eleven", "10:30"]), rng.choice(["twelve fifty", "€15"])))
        note = "room number, counts, ages, prices"
    elif k == 16:
        r = n_digits(rng, 11)
        cb.turn("agent", "the contract number is %s and it started on %s" % (say(r, [5, 3, 3]) if call else r, rng.choice(["the 2nd of may 2022", "05/02/2022"])))
        cb.turn("customer", "and it's a %d month contract right" % rng.choice([18, 24, 36]))
        note = "11-digit contract number shaped like a phone number"
    elif k == 17:
        r = n_digits(rng, 19)
        cb.turn("customer", "the gift card number on the back is %s but the pin is scratched off" % (say(r, [4, 4, 4, 4, 3]) if call else group_str(r, [4, 4, 4, 4, 3], " ")) if False else
                "the voucher code is %s" % (say(r, [4, 4, 4, 4, 3]) if call else group_str(r, [4, 4, 4, 4, 3], " ")))
        cb.turn("agent", "that voucher has %s left on it" % rng.choice(["twenty pounds", "£7.50"]))
        note = "19-digit voucher code"
    elif k == 18:
        cb.turn("agent", "your payment of %s will be taken on the %s of each month" % (rng.choice(["sixty three pounds forty", "$120.00"]), rng.choice(ORD)))
        cb.turn("customer", "can we move it to the %s" % rng.choice(ORD))
        cb.turn("agent", "done the next one is %s" % rng.choice(["14/07/2025", "the fourteenth of july"]))
        note = "payment dates (not DOB)"
    elif k == 19:
        pr = "%s-%s" % ("".join(rng.choice("ABCDEFGHJK") for _ in range(2)), n_digits(rng, 7))
        cb.turn("customer", "prescription reference %s, quantity %d, the bill says %s" % (pr, rng.randint(10, 90), rng.choice(["$1,245.00", "four hundred and twelve dollars"])))
        cb.turn("agent", "that's under procedure code %s" % n_digits(rng, 5))
        note = "healthcare billing references and codes (5-digit code is not a ZIP)"
    elif k == 20:
        r = n_digits(rng, 12)
        cb.turn("agent", "the transaction id is %s" % (say(r, [4, 4, 4]) if call else r))
        cb.turn("customer", "and that was the %s payment at %s" % (rng.choice(["forty quid", "€89.99"]), rng.choice(["three fifteen pm", "15:15"])))
        note = "12-digit transaction id"
    else:
        vrn = rng.choice(["AB12 CDE", "LK68 XYZ", "221-D-4476"])
        cb.turn("customer", "it's about the tax on my car the reg is %s" % (vrn.lower() if call else vrn))
        cb.turn("agent", "the tax is %s for %d months" % (rng.choice(["one hundred and ninety pounds", "€280"]), rng.choice([6, 12])))
        note = "vehicle registration, amounts"
    if rng.random() < 0.3:
        cb.turn("agent", "is there anything else i can help with today" if call else "Anything else I can help with?")
    return cb, note


# --------------------------------------------------------------------------
# build
# --------------------------------------------------------------------------

def build():
    rng = random.Random(SEED)
    plan = ([("card", None)] * 62 + [("ssn", ["US"])] * 32 + [("ni", ["UK"])] * 32 + [("bank", ["UK", "IE"])] * 16 + [("bank", ["US"])] * 4 +
            [("iban", ["IE", "EU", "UK"])] * 12 + [("phone", None)] * 16 + [("email", None)] * 13 + [("dob", None)] * 13 +
            [("addr", ["UK", "US"])] * 16 + [("combo", None)] * 10)
    fns = dict(card=pos_card, ssn=pos_ssn, ni=pos_ni, bank=pos_bank, iban=pos_iban, phone=pos_phone,
               email=pos_email, dob=pos_dob, addr=pos_addr, combo=pos_combo)
    rng.shuffle(plan)
    cases, metas = [], []
    for i, (k, cs) in enumerate(plan):
        cx = ctx(rng, cs)
        cb, note = fns[k](rng, cx)
        cases.append({"id": "h380-pos-%03d" % (i + 1), "kind": "positive", "turns": cb.turns, "spans": cb.spans,
                      "note": "%s (%s, %s, %s)" % (note, cx["ind"], cx["country"], cx["chan"])})
        metas.append(cb.meta)
    for i in range(112):
        cx = ctx(rng)
        cb, note = neg_case(rng, cx)
        cases.append({"id": "h380-neg-%03d" % (i + 1), "kind": "negative", "turns": cb.turns, "spans": [],
                      "note": "%s (%s, %s, %s)" % (note, cx["ind"], cx["country"], cx["chan"])})
        metas.append([])
    return cases, metas


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
W_ONES = {w: str(i) for i, w in enumerate(ONES)}
for z in ZEROS:
    W_ONES[z] = "0"
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: i for i, w in enumerate(TENS) if w}
NATO_R = {v: k for k, v in NATO.items()}
NATO_R["juliett"] = "j"
FILLERS = {"um", "uh", "er", "erm", "and", "then", "of"}


def normalise(text):
    """Spoken/typed -> compact upper alnum string ('?' marks unknown words)."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t == "+" or t == "plus":
            pass
        elif t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            v = W_ONES.get(nxt, nxt if len(nxt) == 1 else "?")
            out.append(v.upper() * n)
            i += 1
        elif t in W_TENS:
            if nxt in W_ONES and W_ONES[nxt] != "0":
                out.append(str(W_TENS[t] * 10 + int(W_ONES[nxt])))
                i += 1
            else:
                out.append(str(W_TENS[t] * 10))
        elif t in W_TEENS:
            out.append(W_TEENS[t])
        elif t in W_ONES and nxt == "thousand":
            i += 2
            if i < len(toks) and toks[i] == "and" and i + 1 < len(toks) and toks[i + 1] in W_ONES:
                out.append(W_ONES[t] + "00" + W_ONES[toks[i + 1]])
                i += 2
            else:
                out.append(W_ONES[t] + "000")
            continue
        elif t in W_ONES and nxt == "hundred":
            h = W_ONES[t]
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
                a = toks[i] if i < len(toks) else ""
                b = toks[i + 1] if i + 1 < len(toks) else ""
                if a in W_TEENS:
                    out.append(h + W_TEENS[a])
                elif a in W_TENS:
                    if b in W_ONES and W_ONES[b] != "0":
                        out.append(h + str(W_TENS[a] * 10 + int(W_ONES[b])))
                        i += 1
                    else:
                        out.append(h + str(W_TENS[a] * 10))
                elif a in W_ONES:
                    out.append(h + "0" + W_ONES[a])
                else:
                    out.append("?")
            else:
                out.append(h + "00")
                continue
        elif t in W_ONES:
            out.append(W_ONES[t])
        elif t in FILLERS:
            pass
        elif len(t) == 1:
            if nxt == "for" and i + 2 < len(toks):
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 3
            out.append(t.upper())
        elif t in NATO_R:
            out.append(NATO_R[t].upper())
        elif len(t) <= 4 and re.fullmatch(r"[a-z]+", t):
            out.append(t.upper())  # typed letter run, e.g. "QQ" or "NWBK"
        else:
            out.append("?")
        i += 1
    return "".join(out)


def month_of(text):
    tl = text.lower()
    for i, m in enumerate(MONTHS):
        if re.search(r"\b" + m[:3], tl):
            return i + 1
    return None


def validate(typ, text, frag):
    n = normalise(text)
    if frag:
        return len(n) >= 2 and "?" not in n
    if typ == "CARD_NUMBER":
        return (n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)) or (n.isdigit() and len(n) == 4)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        tl = text.lower()
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", tl) is not None or (" at " in " " + tl and " dot " in tl)
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    if typ == "ADDRESS":
        tl = text.lower()
        return re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred", tl) is not None and \
            re.search(r"(road|street|avenue|lane|close|drive|way|crescent|grove|gardens|court|place|terrace|boulevard|parkway)$", tl) is not None
    if typ == "EXPIRY":
        m = month_of(text)
        if m:
            return True
        return n.isdigit() and ((len(n) in (4, 6) and 1 <= int(n[:2]) <= 12) or (len(n) == 5 and n[0] != "0"))
    if typ == "DOB":
        tl = text.lower()
        if month_of(text) or re.search(r"(first|second|third|th) of the", tl):
            return True
        return re.fullmatch(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", text) is not None or (n.isdigit() and len(n) >= 6)
    return False


def check(cases, metas, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file not byte-identical to regeneration")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    for c, meta in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        groups = {}
        by_turn = {}
        for sp, (g, frag) in zip(c["spans"], meta):
            counts[sp["type"]] += 1
            if sp["type"] not in TYPES:
                errs.append(c["id"] + " bad type")
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            val = txt[s:e]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errs.append("%s span not trimmed: %r" % (c["id"], val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], val))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(g, [sp["type"], frag, []])[2].append(val)
        for lst in by_turn.values():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append(c["id"] + " overlapping spans")
        for g, (typ, frag, vals) in groups.items():
            if not validate(typ, " ".join(vals), frag):
                errs.append("%s invalid %s: %r -> %r" % (c["id"], typ, vals, normalise(" ".join(vals))))
    need = dict(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t in TYPES:
        if counts[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases, metas = build()
    text = dump(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, metas, text)
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("FAIL (%d errors)" % len(errs) if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), os.path.relpath(OUT, ROOT)))


if __name__ == "__main__":
    main()

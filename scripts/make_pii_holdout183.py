#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h183.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout183.py          # write fixture + README
    python scripts/make_pii_holdout183.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 183241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout183")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought", "oh"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "xray",
        "Y": "yankee", "Z": "zulu", "O": "oscar", "F": "foxtrot", "I": "india", "Q": "quebec",
        "U": "uniform", "V": "victor"}
FOR_WORDS = {"A": "apple", "B": "boy", "C": "charlie", "D": "david", "E": "edward", "G": "george",
             "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary", "N": "nancy",
             "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xray",
             "Y": "yellow", "Z": "zebra"}
HOMO = {"B": "bee", "C": "see", "D": "dee", "G": "gee", "J": "jay", "K": "kay", "P": "pee",
        "R": "are", "T": "tea", "Y": "why", "Z": "zed", "H": "aitch", "E": "e", "A": "a",
        "L": "el", "M": "em", "N": "en", "S": "ess", "W": "double you", "X": "ex"}
FILLERS = ["um", "uh", "er", "erm"]


def zero(rng):
    return rng.choice(ZEROS)


def unit(d, rng):
    return zero(rng) if d == "0" else UNITS[int(d)]


def say_pair(p, rng):
    a, b = p[0], p[1]
    if a == "0":
        return zero(rng) + " " + unit(b, rng)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_digits(s, rng, style=None, doubles=True, filler=0.0, homophones=False):
    """Speak a digit string the way a caller / ASR would render it."""
    style = style or rng.choice(["digits", "digits", "digits", "pairs", "mixed"])
    out = []
    i = 0
    while i < len(s):
        if style in ("pairs", "mixed") and i + 1 < len(s) and (style == "pairs" or rng.random() < 0.45):
            if s[i:i + 2] == "00" and rng.random() < 0.5:
                out.append("double " + zero(rng))
            elif (style == "pairs" and s[i + 1] == "0" and s[i] != "0" and i + 3 == len(s) and s[i + 2] == "0"
                  and rng.random() < 0.6):
                out.append(UNITS[int(s[i])] + " hundred")
                i += 3
                continue
            elif s[i + 1] == "0" and s[i] not in "01" and len(s) != 2:
                # a bare tens word here would merge with a following digit
                out.append(UNITS[int(s[i])] + " " + zero(rng))
            else:
                out.append(say_pair(s[i:i + 2], rng))
            i += 2
        else:
            d = s[i]
            if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.7:
                out.append("triple " + unit(d, rng))
                i += 3
            elif doubles and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.7:
                out.append("double " + unit(d, rng))
                i += 2
            else:
                w = unit(d, rng)
                if homophones and rng.random() < 0.35:
                    w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
                out.append(w)
                i += 1
        if filler and rng.random() < filler and i < len(s):
            out.append(rng.choice(FILLERS))
    return " ".join(out)


def say_letter(c, rng, style=None):
    style = style or rng.choice(["plain", "plain", "nato", "for", "homo"])
    lc = c.lower()
    if style == "nato":
        return lc + " for " + NATO[c]
    if style == "for" and c in FOR_WORDS:
        return lc + " for " + FOR_WORDS[c]
    if style == "homo" and c in HOMO:
        return HOMO[c]
    return lc


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        if s[i:i + n]:
            out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    prefix = {"visa": "4", "visa13": "4", "visa19": "4", "mc": rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]),
              "amex": rng.choice(["34", "37"]), "disc": "6011"}[brand]
    length = {"amex": 15, "visa13": 13, "visa19": 19}.get(brand, 16)
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    # sprinkle repeats so double/triple forms appear
    if rng.random() < 0.5:
        k = rng.randrange(len(prefix), len(body) - 1)
        body = body[:k] + body[k] + body[k + 1:] if k + 1 >= len(body) else body[:k + 1] + body[k] + body[k + 2:]
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def card_sizes(card):
    n = len(card)
    return {15: [4, 6, 5], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(n, [4, 4, 4, 4])


def make_ssn(rng):
    area = rng.choice([rng.randint(1, 665), rng.randint(667, 899)])
    return "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    digs = "".join(rng.choice("0123456789") for _ in range(6))
    if rng.random() < 0.4:
        k = rng.randrange(0, 5)
        digs = digs[:k + 1] + digs[k] + digs[k + 2:]
    return p + digs + rng.choice("ABCD")


def iban_check(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban(rng):
    cc, bban = rng.choice([
        ("GB", lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(rng.choice("0123456789") for _ in range(14))),
        ("IE", lambda: rng.choice(["AIBK", "BOFI", "IPBS"]) + "".join(rng.choice("0123456789") for _ in range(14))),
        ("DE", lambda: "".join(rng.choice("0123456789") for _ in range(18))),
        ("FR", lambda: "".join(rng.choice("0123456789") for _ in range(23))),
        ("NL", lambda: rng.choice(["ABNA", "INGB", "RABO"]) + "".join(rng.choice("0123456789") for _ in range(10))),
        ("ES", lambda: "".join(rng.choice("0123456789") for _ in range(20))),
    ])
    b = bban()
    for ck in range(2, 99):
        s = cc + "%02d" % ck + b
        if iban_check(s):
            return s


def digits(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "maria", "dave", "chloe", "omar", "niamh",
         "grace", "raj", "emma", "lukas", "sofia", "kevin", "hannah", "marco", "fatima"]
LAST = ["doyle", "smith", "okafor", "patel", "murphy", "nguyen", "kowalski", "brennan", "garcia",
        "hughes", "o'neill", "schmidt", "rossi", "walsh", "khan", "turner", "byrne", "evans"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "aol.com", "protonmail.com", "web.de", "eircom.net"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
UK_STREETS = ["high street", "station road", "church lane", "victoria road", "mill lane", "park avenue",
              "queens road", "the crescent", "manor close", "albert street", "kings drive", "elm grove"]
US_STREETS = ["maple avenue", "oak street", "elm drive", "washington boulevard", "lincoln way",
              "sunset boulevard", "pine court", "cedar lane", "main street", "lakeview terrace"]
UK_TOWNS = ["leeds", "bristol", "manchester", "glasgow", "cardiff", "norwich", "york", "leicester"]
US_TOWNS = ["austin", "denver", "columbus", "portland", "tampa", "raleigh", "boise", "tucson"]
STREET_WORDS = {"street", "road", "lane", "avenue", "close", "drive", "grove", "crescent", "way",
                "boulevard", "court", "terrace", "st", "rd", "ave", "dr", "ln", "blvd", "place", "park"}


def make_uk_postcode(rng):
    L = "ABCDEFGHJKLMNPRSTUWY"
    out = rng.choice(L) + rng.choice([rng.choice(L), ""]) + str(rng.randint(1, 29))
    return out + " " + str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    local = rng.choice([f + "." + l, f[0] + l, f + l + str(rng.randint(1, 99)), f + "_" + l,
                        l + "." + f[0], f + str(rng.randint(1970, 2005))])
    return local + "@" + rng.choice(DOMAINS)


def spoken_email(e, rng):
    local, dom = e.split("@")
    def part(p):
        out = []
        for tok in re.split(r"([._]|\d+)", p):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(say_digits(tok, rng, style=rng.choice(["digits", "pairs"])))
            elif tok:
                if len(tok) <= 2 or rng.random() < 0.15:
                    out.append(" ".join(tok))
                else:
                    out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


# ---------------------------------------------------------------- case assembly
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def add(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def render(self, cid):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    v, t = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": t})
                    text += v
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def P(note):
    return Case("positive", note)


def N(note):
    return Case("negative", note)


def fil(rng, p=0.3):
    return rng.choice(FILLERS) + " " if rng.random() < p else ""


ACKS = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yeah", "and", "okay and the next four"]


# ---------------------------------------------------------------- positive templates
def p_card_call_one(rng):
    c, brand = make_card(rng)
    ind = rng.choice(["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    style = rng.choice(["digits", "pairs", "mixed", "grouped"])
    if style == "grouped":
        spoken = " ".join(say_digits(g, rng, style="digits", filler=0.1) for g in chunks(c, card_sizes(c)))
    else:
        spoken = say_digits(c, rng, style=style, filler=0.1)
    bname = {"visa": "visa", "visa13": "visa", "visa19": "visa", "mc": "mastercard", "amex": "amex", "disc": "discover"}[brand]
    lead = rng.choice(["yeah it's ", "okay so it's ", "right um ", "", "the long number is ", "it's a %s " % bname, "yeah go ahead it's "])
    tail = rng.choice(["", " did you get that", " and that's the one ending in " + say_digits(c[-4:], rng, "digits"), " sorry it's a bit faded"])
    # "ending in" repeats last four: label it too (it's part of the card) only if we use it
    case = P("call/%s: %s card spoken in one turn (%s)" % (ind, brand, style))
    case.add("agent", rng.choice(["can i take the long card number please", "what's the number on the front of the card",
                                  "okay and the card number when you're ready",
                                  "go ahead with the %s digits" % {15: "fifteen", 16: "sixteen", 13: "thirteen", 19: "nineteen"}[len(c)]]))
    if tail.startswith(" and that's the one ending in "):
        case.add("customer", lead, (spoken, "CARD_NUMBER"), " and that's the one ending in ",
                 (tail[len(" and that's the one ending in "):], "CARD_NUMBER"))
        case.note += " plus last four repeated"
    else:
        case.add("customer", lead, (spoken, "CARD_NUMBER"), tail)
    case.add("agent", rng.choice(["thank you", "lovely thanks", "okay perfect"]))
    return case


def p_card_call_split(rng):
    c, brand = make_card(rng)
    ind = rng.choice(["banking", "telecom", "insurance", "utilities", "travel"])
    case = P("call/%s: %s card split across customer turns with back-channels" % (ind, brand))
    case.add("agent", "okay go ahead with the card number when you're ready")
    parts = chunks(c, card_sizes(c))
    style = rng.choice(["digits", "digits", "pairs", "mixed"])
    for k, g in enumerate(parts):
        pre = rng.choice(["", "", "right ", "so ", "um ", "then "]) if k else rng.choice(["yeah ", "okay ", "it's "])
        post = rng.choice(["", "", " um", " yeah"])
        case.add("customer", pre, (say_digits(g, rng, style=style, filler=0.15), "CARD_NUMBER"), post)
        if k < len(parts) - 1:
            case.add("agent", rng.choice(ACKS))
    case.add("agent", "thank you")
    return case


def p_card_call_correction(rng):
    c, brand = make_card(rng)
    parts = chunks(c, card_sizes(c))
    k = rng.randrange(1, len(parts))
    g = parts[k]
    wrong = g[:-1] + str((int(g[-1]) + rng.randint(1, 8)) % 10)
    case = P("call/%s: card split with a self-correction; abandoned fragment not labelled" % rng.choice(["retail", "telecom", "banking"]))
    case.add("agent", "can i take the card number please")
    for i, part in enumerate(parts):
        if i == k:
            case.add("customer", say_digits(wrong, rng, "digits"), rng.choice([" no sorry ", " no wait ", " sorry i mean ", " actually no it's "]),
                     (say_digits(g, rng, "digits"), "CARD_NUMBER"))
        else:
            case.add("customer", (say_digits(part, rng), "CARD_NUMBER"))
        if i < len(parts) - 1:
            case.add("agent", rng.choice(ACKS))
    return case


def p_card_readback(rng):
    c, brand = make_card(rng)
    case = P("call/%s: card given then read back in full by agent (both labelled)" % rng.choice(["banking", "travel", "insurance"]))
    case.add("agent", "and the card number")
    case.add("customer", (say_digits(c, rng, style="digits"), "CARD_NUMBER"))
    rb = " ".join(say_digits(x, rng, style=rng.choice(["digits", "pairs"])) for x in chunks(c, card_sizes(c)))
    case.add("agent", "let me just read that back to you ", (rb, "CARD_NUMBER"), " is that right")
    case.add("customer", "yes that's it")
    return case


def p_card_homophone(rng):
    c, brand = make_card(rng, rng.choice(["visa", "mc"]))
    case = P("call/%s: ASR homophones in card digits (for/to/ate/won) and fillers" % rng.choice(["retail", "utilities"]))
    case.add("agent", "what's the card number")
    case.add("customer", "its ", (say_digits(c, rng, "digits", homophones=True, filler=0.2), "CARD_NUMBER"))
    return case


def p_card_chat(rng):
    c, brand = make_card(rng)
    sizes = card_sizes(c)
    fmt = rng.choice(["space", "dash", "none", "dot", "mixed", "oddgroups", "stars"])
    if fmt == "space":
        t = group(c, sizes)
    elif fmt == "dash":
        t = group(c, sizes, "-")
    elif fmt == "none":
        t = c
    elif fmt == "dot":
        t = group(c, sizes, ".")
    elif fmt == "mixed":
        t = "".join(x + rng.choice([" ", "-", "  ", " - "]) for x in chunks(c, sizes)[:-1]) + chunks(c, sizes)[-1]
    elif fmt == "oddgroups":
        t = group(c, [3, 5, 2, 6])
    else:
        t = group(c, sizes, " / ")
    amount = "£%d.%02d" % (rng.randint(5, 400), rng.randint(0, 99))
    order = digits(rng, rng.randint(6, 9))
    ind = rng.choice(["retail", "telecom", "travel", "utilities"])
    case = P("chat/%s: card typed with '%s' formatting next to amount and order ref" % (ind, fmt))
    case.add("agent", "Hi, you're chatting with %s. How can I help?" % rng.choice(["Mia", "Josh", "Ana"]))
    opt = rng.choice([0, 1, 2])
    if opt == 0:
        case.add("customer", "want to pay the %s for order #%s, card is " % (amount, order), (t, "CARD_NUMBER"))
    elif opt == 1:
        case.add("customer", "pls charge ", (t, "CARD_NUMBER"), " for the outstanding %s thx" % amount)
    else:
        case.add("customer", "card no: ", (t, "CARD_NUMBER"), "\nref %s" % order)
    return case


def p_card_chat_split(rng):
    c, brand = make_card(rng, rng.choice(["visa", "mc", "disc"]))
    p = chunks(c, [8, len(c) - 8])
    case = P("chat/%s: card typed across two messages" % rng.choice(["retail", "banking", "travel"]))
    case.add("agent", "Could you provide the card number to complete the booking?")
    case.add("customer", (group(p[0], [4, 4]), "CARD_NUMBER"))
    case.add("customer", rng.choice(["", "sorry hit enter ", "and "]), (group(p[1], [4, 4, 4]), "CARD_NUMBER"))
    return case


def p_cvv_exp(rng):
    c, brand = make_card(rng)
    cvv = digits(rng, 4 if brand == "amex" else 3, "0123456789")
    m, y = rng.randint(1, 12), rng.randint(25, 32)
    chat = rng.random() < 0.4
    if chat:
        exp = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y), "%02d %02d" % (m, y)])
        case = P("chat/%s: card, expiry and CVV typed in one message" % rng.choice(["retail", "travel"]))
        case.add("agent", "Please send the card number, expiry and security code.")
        case.add("customer", (group(c, card_sizes(c)), "CARD_NUMBER"), rng.choice([" exp ", " expires ", ", "]), (exp, "EXPIRY"),
                 rng.choice([" cvv ", " cvc ", ", sec code "]), (cvv, "CVV"))
        return case
    ms = rng.choice([say_digits("%02d" % m, rng, "digits"), MONTHS[m - 1], UNITS[m] if m < 10 else TEENS[m - 10]])
    ys = rng.choice([say_pair("%02d" % y, rng), "twenty " + say_pair("%02d" % y, rng), "two thousand and " + say_pair("%02d" % y, rng)])
    case = P("call/%s: card then expiry and security code in separate turns" % rng.choice(["insurance", "telecom", "utilities", "healthcare billing"]))
    case.add("agent", "and the card number please")
    case.add("customer", (say_digits(c, rng), "CARD_NUMBER"))
    case.add("agent", "and the expiry date")
    case.add("customer", rng.choice(["", "it's ", "um "]), (ms + rng.choice([" ", " slash ", " of "]) + ys, "EXPIRY"))
    case.add("agent", "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    case.add("customer", rng.choice(["", "yeah ", "it's "]), (say_digits(cvv, rng, "digits"), "CVV"))
    return case


def p_cvv_exp_oneturn(rng):
    cvv = digits(rng, 3, "0123456789")
    m, y = rng.randint(1, 12), rng.randint(26, 31)
    case = P("call/%s: expiry and security code given together in one turn with a price nearby" % rng.choice(["travel", "retail"]))
    case.add("agent", "the total is going to be %s pounds %s can i have the expiry and the security code" % (
        rng.choice(["forty nine", "one hundred and twenty", "sixty five"]), rng.choice(["ninety nine", "fifty", "twenty"])))
    case.add("customer", "expiry is ", (say_digits("%02d" % m, rng, "digits") + " " + say_pair("%02d" % y, rng), "EXPIRY"),
             " and the code on the back is ", (say_digits(cvv, rng, "digits"), "CVV"))
    return case


def ssn_spoken(s, rng):
    style = rng.choice(["digits", "grouped", "pairs", "mixed", "hundreds"])
    a, b, c = s[:3], s[3:5], s[5:]
    if style == "grouped":
        return " ".join(say_digits(x, rng, "digits") for x in (a, b, c))
    if style == "hundreds":
        return say_digits(a, rng, "digits") + " " + say_pair(b, rng) + " " + say_pair(c[:2], rng) + " " + say_pair(c[2:], rng)
    return say_digits(s, rng, style=style, filler=0.1)


def p_ssn_call(rng):
    s = make_ssn(rng)
    ind = rng.choice(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    case = P("call/%s: US SSN spoken in one turn" % ind)
    case.add("agent", rng.choice(["can you verify your social security number", "and your social please",
                                  "i'll need the full social to verify"]))
    case.add("customer", rng.choice(["sure it's ", "yeah ", "okay um ", "it's ", ""]), (ssn_spoken(s, rng), "SSN"),
             rng.choice(["", " yeah", " i think", " and my zip is ", ""]) if False else rng.choice(["", " yeah", " sorry"]))
    return case


def p_ssn_split(rng):
    s = make_ssn(rng)
    case = P("call/%s: SSN split 3-2-4 across turns with agent back-channels" % rng.choice(["banking", "government services", "insurance"]))
    case.add("agent", "go ahead with your social")
    parts = [s[:3], s[3:5], s[5:]]
    for k, p in enumerate(parts):
        sp = say_digits(p, rng, rng.choice(["digits", "pairs"]))
        case.add("customer", rng.choice(["", "", "um "]), (sp, "SSN"))
        if k < 2:
            case.add("agent", rng.choice(ACKS[:8]))
    return case


def p_ssn_readback(rng):
    s = make_ssn(rng)
    case = P("call/%s: SSN with self-correction then agent read-back" % rng.choice(["banking", "insurance"]))
    a = s[:3]
    wrong = a[:2] + str((int(a[2]) + 3) % 10)
    case.add("agent", "what's your social security number")
    case.add("customer", say_digits(wrong, rng, "digits"), " no sorry ", (say_digits(s, rng, "digits"), "SSN"))
    case.add("agent", "okay so that's ", (" ".join(say_digits(x, rng, "digits") for x in (s[:3], s[3:5], s[5:])), "SSN"),
             " correct")
    case.add("customer", "correct")
    return case


def p_ssn_chat(rng):
    s = make_ssn(rng)
    fmt = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s"])
    t = fmt % (s[:3], s[3:5], s[5:])
    case = P("chat/%s: SSN typed as '%s'" % (rng.choice(["banking", "insurance", "government services", "healthcare billing"]), fmt.replace("%s", "x")))
    case.add("agent", "To verify, please confirm your Social Security number.")
    opt = rng.randrange(4)
    if opt == 0:
        case.add("customer", (t, "SSN"))
    elif opt == 1:
        case.add("customer", "ssn ", (t, "SSN"), " and my claim # is %s" % digits(rng, 8))
    elif opt == 2:
        case.add("customer", "its ", (t, "SSN"), " i'm %d years old btw if that matters" % rng.randint(30, 80))
    else:
        case.add("customer", "SSN: ", (t, "SSN"), ", DOB ", ("%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2000)), "DOB"))
    return case


def ni_spoken(ni, rng):
    lstyle = rng.choice(["plain", "nato", "for", "homo", None])
    letters = " ".join(say_letter(ch, rng, lstyle) for ch in ni[:2])
    dstyle = rng.choice(["digits", "pairs", "mixed", "digits"])
    d = say_digits(ni[2:8], rng, dstyle, filler=0.1)
    return letters + " " + d + " " + say_letter(ni[8], rng, lstyle)


def p_ni_call(rng):
    ni = make_ni(rng)
    case = P("call/%s: UK NI number spoken in one turn" % rng.choice(["government services", "banking", "insurance", "utilities"]))
    case.add("agent", rng.choice(["can i take your national insurance number", "and your ni number please"]))
    case.add("customer", rng.choice(["yeah it's ", "um ", "", "okay it's "]), (ni_spoken(ni, rng), "NI_NUMBER"))
    return case


def p_ni_split(rng):
    ni = make_ni(rng)
    case = P("call/%s: NI number split over turns (letters, digits, suffix)" % rng.choice(["government services", "insurance"]))
    case.add("agent", "national insurance number please")
    lst = rng.choice(["nato", "for", "plain", "homo"])
    case.add("customer", (" ".join(say_letter(ch, rng, lst) for ch in ni[:2]), "NI_NUMBER"))
    case.add("agent", rng.choice(ACKS[:6]))
    if rng.random() < 0.5:
        case.add("customer", (say_digits(ni[2:5], rng, "digits"), "NI_NUMBER"))
        case.add("agent", rng.choice(ACKS[:6]))
        case.add("customer", (say_digits(ni[5:8], rng, "digits"), "NI_NUMBER"))
    else:
        case.add("customer", (say_digits(ni[2:8], rng, "pairs"), "NI_NUMBER"))
    case.add("agent", "and the last letter")
    case.add("customer", rng.choice(["", "it's ", "that's "]), (say_letter(ni[8], rng, rng.choice(["plain", "nato", "homo"])), "NI_NUMBER"))
    return case


def p_ni_readback(rng):
    ni = make_ni(rng)
    case = P("call/government services: NI number given then read back by the agent with NATO letters")
    case.add("agent", "whats your national insurance number")
    case.add("customer", (ni_spoken(ni, rng), "NI_NUMBER"))
    rb = say_letter(ni[0], rng, "nato") + " " + say_letter(ni[1], rng, "nato") + " " + say_digits(ni[2:8], rng, "pairs") + " " + say_letter(ni[8], rng, "nato")
    case.add("agent", "so that's ", (rb, "NI_NUMBER"), " yeah")
    case.add("customer", "yep")
    return case


def p_ni_chat(rng):
    ni = make_ni(rng)
    f = rng.choice(["%s%s%s%s%s", "%s %s %s %s %s", "%s-%s-%s-%s-%s", "%s%s %s %s %s"])
    t = f % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    t = rng.choice([t, t.lower(), t[0] + t[1:].lower(), t])
    case = P("chat/%s: NI number typed ('%s', mixed case)" % (rng.choice(["government services", "banking", "insurance"]), f.replace("%s", "x")))
    case.add("agent", "Please confirm your National Insurance number.")
    opt = rng.randrange(3)
    if opt == 0:
        case.add("customer", (t, "NI_NUMBER"))
    elif opt == 1:
        case.add("customer", "ni no is ", (t, "NI_NUMBER"), " and my tax code is 1257L")
    else:
        case.add("customer", "NI: ", (t, "NI_NUMBER"), " - started the job on %d March" % rng.randint(1, 28))
    return case


def p_ni_dob(rng):
    ni = make_ni(rng)
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1948, 2003)
    case = P("call/government services: NI number and date of birth in the same turn")
    case.add("agent", "can i have your national insurance number and date of birth")
    dob = rng.choice([
        "the %s of %s %s" % (["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                               "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                               "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth",
                               "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"][d - 1], MONTHS[m - 1],
                             say_pair(str(y)[:2], rng) + " " + say_pair(str(y)[2:], rng)),
        say_digits("%02d" % d, rng, "digits") + " " + say_digits("%02d" % m, rng, "digits") + " " + say_pair(str(y)[:2], rng) + " " + say_pair(str(y)[2:], rng)])
    case.add("customer", "yeah it's ", (ni_spoken(ni, rng), "NI_NUMBER"), " and i was born ", (dob, "DOB"))
    return case


def p_bank(rng):
    acct = digits(rng, 8, "0123456789")
    sc = digits(rng, 6)
    chat = rng.random() < 0.45
    if chat:
        sct = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        case = P("chat/banking: UK sort code and account number typed")
        case.add("agent", "Which account should the refund go to?")
        case.add("customer", "sort code ", (sct, "SORT_CODE"), rng.choice([" acc ", " account no. ", ", a/c "]), (acct, "BANK_ACCOUNT"),
                 " - refund was £%d.%02d" % (rng.randint(10, 300), rng.randint(0, 99)))
        return case
    case = P("call/%s: UK sort code then account number spoken" % rng.choice(["banking", "utilities", "insurance"]))
    case.add("agent", "whats the sort code")
    case.add("customer", (say_digits(sc, rng, rng.choice(["pairs", "digits"])), "SORT_CODE"))
    case.add("agent", "and the account number")
    if rng.random() < 0.5:
        case.add("customer", (say_digits(acct[:4], rng), "BANK_ACCOUNT"))
        case.add("agent", rng.choice(ACKS[:5]))
        case.add("customer", (say_digits(acct[4:], rng), "BANK_ACCOUNT"))
    else:
        case.add("customer", rng.choice(["", "it's "]), (say_digits(acct, rng, filler=0.1), "BANK_ACCOUNT"))
    return case


def p_us_bank(rng):
    acct = digits(rng, rng.randint(9, 12))
    case = P("call/banking: US checking account number spoken")
    case.add("agent", "and the checking account number you want the refund to go to")
    case.add("customer", "the account number is ", (say_digits(acct, rng), "BANK_ACCOUNT"))
    return case


def p_iban(rng):
    ib = make_iban(rng)
    if rng.random() < 0.6:
        t = rng.choice([ib, group(ib, [4] * 10), group(ib, [4] * 10).lower(), ib[:4] + " " + ib[4:]])
        case = P("chat/%s: %s IBAN typed" % (rng.choice(["banking", "travel", "retail"]), ib[:2]))
        case.add("agent", "Please provide the IBAN for the refund.")
        case.add("customer", rng.choice(["", "IBAN: ", "here you go "]), (t, "IBAN"))
        return case
    parts = []
    for g in chunks(ib, [4] * 10):
        if not g:
            continue
        w = []
        for ch in g:
            w.append(("o for oscar" if ch == "O" else ch.lower()) if ch.isalpha() else unit(ch, rng) if ch != "0" else rng.choice(["zero", "nought"]))
        parts.append(" ".join(w))
    case = P("call/banking: %s IBAN spelled out in groups" % ib[:2])
    case.add("agent", "can you read me the iban")
    case.add("customer", (" ".join(parts), "IBAN"))
    return case


def phone_val(rng):
    k = rng.choice(["ukmob", "uklocal", "us", "ie", "intl"])
    if k == "ukmob":
        return "07" + digits(rng, 9, "0123456789"), k
    if k == "uklocal":
        return "0" + rng.choice(["20", "161", "113", "117", "131"]) + digits(rng, 7 if True else 8), k
    if k == "us":
        return str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + digits(rng, 4, "0123456789"), k
    if k == "ie":
        return "08" + rng.choice("3567") + digits(rng, 7), k
    return "+44" + "7" + digits(rng, 9, "0123456789"), k


def p_phone(rng):
    ph, k = phone_val(rng)
    chat = rng.random() < 0.4
    if chat:
        if k == "us":
            t = rng.choice(["(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]), "+1 " + ph])
        elif k == "intl":
            t = rng.choice([ph, "+44 (0)" + ph[3:7] + " " + ph[7:], ph[:3] + " " + ph[3:7] + " " + ph[7:]])
        else:
            t = rng.choice([ph, ph[:5] + " " + ph[5:], ph[:3] + "-" + ph[3:6] + "-" + ph[6:]])
        case = P("chat/%s: %s phone number typed" % (rng.choice(["telecom", "retail", "utilities"]), k))
        case.add("agent", "What's the best number to reach you on?")
        case.add("customer", rng.choice(["", "call me on ", "mob: ", "text "]), (t, "PHONE"), rng.choice(["", " after 5pm", " thanks!"]))
        return case
    digs = ph.lstrip("+")
    sp = say_digits(digs, rng, rng.choice(["digits", "mixed"]), filler=0.1)
    if k == "intl":
        sp = "plus " + sp
    case = P("call/%s: %s phone number spoken" % (rng.choice(["telecom", "healthcare billing", "travel", "utilities"]), k))
    case.add("agent", "and a contact number")
    if rng.random() < 0.4:
        cut = rng.choice([5, 6]) if len(digs) > 10 else 3
        case.add("customer", ("plus " if k == "intl" else "") + "", (say_digits(digs[:cut], rng, "digits"), "PHONE"))
        case.add("agent", rng.choice(ACKS[:5]))
        case.add("customer", (say_digits(digs[cut:], rng, "digits"), "PHONE"))
    else:
        case.add("customer", rng.choice(["yeah it's ", "my %s is " % ("number" if k in ("uklocal", "us") else "mobile"), ""]), (sp, "PHONE"))
    return case


def p_email(rng):
    e = make_email(rng)
    if rng.random() < 0.4:
        t = rng.choice([e, e.upper() if rng.random() < 0.2 else e, e.capitalize()])
        case = P("chat/%s: email typed" % rng.choice(["retail", "telecom", "travel"]))
        case.add("agent", "Can you confirm the email on the account?")
        case.add("customer", rng.choice(["", "its ", "email: "]), (t, "EMAIL"), rng.choice(["", " ty", " (old one was deactivated)"]))
        return case
    case = P("call/%s: email spoken with dot/at/underscore" % rng.choice(["retail", "insurance", "travel", "utilities"]))
    case.add("agent", "and whats the best email address")
    case.add("customer", rng.choice(["yeah it's ", "it's ", "um "]), (spoken_email(e, rng), "EMAIL"))
    return case


def p_dob(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
    chat = rng.random() < 0.4
    if chat:
        t = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                        "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y), "%02d.%02d.%02d" % (d, m, y % 100)])
        case = P("chat/%s: date of birth typed" % rng.choice(["healthcare billing", "insurance", "banking"]))
        case.add("agent", "For security, what's your date of birth?")
        case.add("customer", rng.choice(["", "dob ", "born "]), (t, "DOB"), rng.choice(["", " - appointment is on %d %s" % (rng.randint(1, 28), MONTHS[rng.randrange(12)].capitalize())]))
        return case
    ys = say_pair(str(y)[:2], rng) + " " + say_pair(str(y)[2:], rng) if y < 2000 else "two thousand and " + UNITS[y % 10] if y % 10 and y < 2010 else "two thousand " + say_pair(str(y)[2:], rng)
    t = rng.choice(["%s %s %s" % (MONTHS[m - 1], TENS[d // 10] + " " + UNITS[d % 10] if d > 20 and d % 10 else say_pair("%02d" % d, rng) if d >= 10 else UNITS[d], ys),
                    "%s %s %s" % (say_digits("%02d" % d, rng, "digits"), say_digits("%02d" % m, rng, "digits"), ys)])
    case = P("call/%s: date of birth spoken" % rng.choice(["healthcare billing", "insurance", "banking", "government services"]))
    case.add("agent", "can you confirm your date of birth")
    case.add("customer", rng.choice(["yeah it's ", "", "um "]), (t, "DOB"))
    return case


def say_house(num, rng):
    t = str(num)
    if num < 10:
        return UNITS[num]
    if num < 100:
        return say_pair(t, rng)
    if num < 1000:
        rest = t[1:]
        return UNITS[int(t[0])] + " " + (rng.choice(["oh ", "o "]) + UNITS[int(rest[1])] if rest[0] == "0" else say_pair(rest, rng))
    if t[2] == "0":
        return say_pair(t[:2], rng) + " " + rng.choice(["oh", "o"]) + " " + UNITS[int(t[3])]
    return say_pair(t[:2], rng) + " " + say_pair(t[2:], rng)


US_STATE = {"austin": "TX", "denver": "CO", "columbus": "OH", "portland": "OR", "tampa": "FL",
            "raleigh": "NC", "boise": "ID", "tucson": "AZ"}


def p_address(rng):
    us = rng.random() < 0.45
    num = rng.randint(1, 2999 if us else 199)
    st = rng.choice(US_STREETS if us else UK_STREETS)
    chat = rng.random() < 0.45
    if us:
        z = "%05d" % rng.randint(10001, 99950)
        town = rng.choice(US_TOWNS)
        if chat:
            case = P("chat/%s: US street address and ZIP typed" % rng.choice(["retail", "insurance", "utilities"]))
            case.add("agent", "What's the shipping address?")
            case.add("customer", (("%d %s" % (num, st)).title(), "ADDRESS"), ", %s, %s " % (town.title(), US_STATE[town]), (z, "POSTCODE"))
            return case
        case = P("call/%s: US address and ZIP spoken" % rng.choice(["retail", "utilities", "healthcare billing"]))
        case.add("agent", "whats the service address")
        case.add("customer", (say_house(num, rng) + " " + st, "ADDRESS"), " in %s" % town)
        case.add("agent", "and the zip code")
        case.add("customer", (say_digits(z, rng, "digits"), "POSTCODE"))
        return case
    pc = make_uk_postcode(rng)
    town = rng.choice(UK_TOWNS)
    if chat:
        pct = rng.choice([pc, pc.lower(), pc.replace(" ", "")])
        case = P("chat/%s: UK address and postcode typed" % rng.choice(["retail", "utilities", "telecom"]))
        case.add("agent", "Please confirm your address.")
        case.add("customer", (("%d %s" % (num, st)).title() if rng.random() < 0.6 else "flat %d, %d %s" % (rng.randint(1, 12), num, st), "ADDRESS"), ", %s " % town.title(), (pct, "POSTCODE"))
        return case
    out, inw = pc.split(" ")
    def sp(part):
        w = []
        for ch in part:
            w.append(say_letter(ch, rng, rng.choice(["plain", "plain", "nato", "homo"])) if ch.isalpha() else UNITS[int(ch)] if ch != "0" else rng.choice(["zero", "nought"]))
        return " ".join(w)
    case = P("call/%s: UK address then postcode spoken with letter spelling" % rng.choice(["utilities", "telecom", "insurance"]))
    case.add("agent", "can i take the first line of the address")
    case.add("customer", (say_house(num, rng) + " " + st, "ADDRESS"), " %s" % town)
    case.add("agent", "and the postcode")
    case.add("customer", (sp(out) + " " + sp(inw), "POSTCODE"))
    return case


def p_mixed(rng):
    e = make_email(rng)
    ph, k = phone_val(rng)
    ph = ph.lstrip("+")
    case = P("call/%s: email and phone in one turn amid chit-chat" % rng.choice(["telecom", "travel", "retail"]))
    case.add("agent", "can i take an email and a phone number in case we get cut off")
    case.add("customer", "oh sure the email is ", (spoken_email(e, rng), "EMAIL"), " and the number is ", (say_digits(ph, rng, "digits"), "PHONE"),
             " i'm usually in after %s" % rng.choice(["six", "half five", "seven thirty"]))
    return case


def p_ssn_zip_dob(rng):
    s = make_ssn(rng)
    z = "%05d" % rng.randint(10001, 99950)
    case = P("call/%s: SSN then ZIP in one turn, numbers adjacent" % rng.choice(["insurance", "banking"]))
    case.add("agent", "social and zip code please")
    case.add("customer", (say_digits(s, rng, "digits"), "SSN"), " and the zip is ", (say_digits(z, rng, "digits"), "POSTCODE"))
    return case


def p_ni_chat_odd(rng):
    ni = make_ni(rng)
    t = rng.choice([ni[:2] + " " + ni[2:8] + " " + ni[8], " ".join(ni), ni[:8].lower() + " " + ni[8].lower(),
                    ni[:2] + "." + ni[2:4] + "." + ni[4:6] + "." + ni[6:8] + "." + ni[8], ni[:2] + "/" + ni[2:8] + "/" + ni[8]])
    case = P("chat/%s: NI number typed with unusual spacing/separators" % rng.choice(["government services", "banking"]))
    case.add("agent", "Can I take your NI number to update your record?")
    case.add("customer", rng.choice(["sure ", "", "yep its ", "NINO "]), (t, "NI_NUMBER"), rng.choice(["", " cheers", " (i moved in %d)" % rng.randint(2010, 2024)]))
    return case


def p_ni_letter_sep(rng):
    ni = make_ni(rng)
    case = P("call/government services: NI number with suffix introduced by 'and the letter' (two spans, one value)")
    case.add("agent", "national insurance number")
    case.add("customer", (" ".join(say_letter(ch, rng, rng.choice(["plain", "homo"])) for ch in ni[:2]) + " " + say_digits(ni[2:8], rng, "digits"), "NI_NUMBER"),
             rng.choice([" and the letter at the end is ", " and then the letter ", " and it ends in "]), (say_letter(ni[8], rng, rng.choice(["plain", "nato", "homo"])), "NI_NUMBER"))
    return case


def p_card_chat_typo(rng):
    while True:
        c, brand = make_card(rng, rng.choice(["visa", "mc", "disc"]))
        if "0" in c:
            break
    t = group(c, card_sizes(c))
    k = t.rfind("0")
    t = t[:k] + "O" + t[k + 1:]
    case = P("chat/%s: card typed with a letter O in place of a zero" % rng.choice(["retail", "telecom"]))
    case.add("agent", "What card would you like to use?")
    case.add("customer", "this one ", (t, "CARD_NUMBER"), " exp ", ("%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 30)), "EXPIRY"))
    return case


def p_ssn_dash_spoken(rng):
    s = make_ssn(rng)
    case = P("call/%s: ASR wrote 'dash' between SSN groups" % rng.choice(["banking", "government services"]))
    case.add("agent", "social security number please")
    case.add("customer", "yeah ", (say_digits(s[:3], rng, "digits") + " dash " + say_digits(s[3:5], rng, "digits") + " dash " + say_digits(s[5:], rng, "digits"), "SSN"))
    return case


POS = [(p_ni_chat_odd, 6), (p_ni_letter_sep, 5), (p_card_chat_typo, 4), (p_ssn_dash_spoken, 5), (p_card_call_one, 14), (p_card_call_split, 10), (p_card_call_correction, 6), (p_card_readback, 5),
       (p_card_homophone, 5), (p_card_chat, 14), (p_card_chat_split, 4), (p_cvv_exp, 12), (p_cvv_exp_oneturn, 4),
       (p_ssn_call, 14), (p_ssn_split, 5), (p_ssn_readback, 4), (p_ssn_chat, 12), (p_ssn_zip_dob, 4),
       (p_ni_call, 14), (p_ni_split, 5), (p_ni_readback, 4), (p_ni_chat, 12), (p_ni_dob, 4),
       (p_bank, 14), (p_us_bank, 4), (p_iban, 14), (p_phone, 14), (p_email, 12), (p_dob, 10), (p_address, 16), (p_mixed, 5)]


# ---------------------------------------------------------------- negatives
def ordn(n):
    return "%d%s" % (n, "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def n_money(rng):
    case = N("call/%s: money amounts and balance spoken, no PII" % rng.choice(["utilities", "telecom", "banking"]))
    case.add("agent", "your balance is currently %s pounds and %s pence" % (say_pair(str(rng.randint(11, 99)), rng) if True else "", say_pair(str(rng.randint(11, 99)), rng)))
    case.add("customer", "oh right and the direct debit is %s hundred and %s a month" % (UNITS[rng.randint(1, 9)], say_pair(str(rng.randint(21, 99)), rng)))
    return case


def n_ref(rng):
    ref = digits(rng, rng.randint(6, 10))
    word = rng.choice(["order number", "ticket number", "claim number", "invoice number", "reference number", "case number"])
    if rng.random() < 0.5:
        case = N("call/%s: %s spoken digit by digit (reference, not PII)" % (rng.choice(["retail", "insurance", "telecom"]), word))
        case.add("agent", "have you got the %s there" % word)
        case.add("customer", "yeah the %s is %s" % (word, say_digits(ref, rng)))
        case.add("agent", "thanks i've found it")
    else:
        case = N("chat/%s: typed %s" % (rng.choice(["retail", "travel"]), word))
        case.add("customer", "Hi, my %s is %s%s - any update? been waiting %d days" % (word, rng.choice(["#", "", "no. "]), ref, rng.randint(3, 30)))
        case.add("agent", "Thanks, I can see %s %s is still open, last updated on the %s." % (word, ref, ordn(rng.randint(4, 28))))
    return case


def n_time(rng):
    case = N("call/%s: appointment date, time and duration" % rng.choice(["healthcare billing", "utilities", "telecom"]))
    case.add("agent", "i can book an engineer for the %s of %s between %s and %s" % (
        rng.choice(["third", "twelfth", "twenty first", "ninth"]), rng.choice(MONTHS), rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"])))
    case.add("customer", "that's fine how long will it take")
    case.add("agent", "about %s minutes maybe an hour and a half" % rng.choice(["forty five", "ninety", "thirty"]))
    return case


def n_flight(rng):
    fl = rng.choice(["BA", "EI", "FR", "LH", "UA", "DL"]) + str(rng.randint(100, 9999))
    case = N("chat/travel: flight number, times, seat, booking ref")
    case.add("customer", "My flight %s on %d %s departs at %02d:%02d, seat %d%s. Booking ref %s" % (
        fl, rng.randint(1, 28), MONTHS[rng.randrange(12)].capitalize(), rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(1, 40),
        rng.choice("ABCDEF"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    case.add("agent", "Thanks! That flight is delayed by %d minutes." % rng.randint(20, 180))
    return case


def n_flight_call(rng):
    case = N("call/travel: flight number and gate spoken as digits")
    case.add("customer", "i'm on the %s %s flight tomorrow at %s" % (rng.choice(["aer lingus", "british airways", "ryanair"]), say_digits(str(rng.randint(100, 9999)), rng, "pairs"), rng.choice(["six forty", "seven fifteen", "eleven"])))
    case.add("agent", "okay that's departing from gate %s" % say_pair(str(rng.randint(10, 99)), rng))
    return case


def n_meter(rng):
    r1 = digits(rng, 5)
    case = N("call/utilities: meter reading digit by digit (not PII)")
    case.add("agent", "can you read me the meter reading")
    case.add("customer", "yeah the meter reading is %s" % say_digits(r1, rng, "digits"))
    case.add("agent", "lovely that's %d kilowatt hours since last time" % rng.randint(100, 900))
    return case


def n_model(rng):
    case = N("chat/telecom: device model number, speeds and data allowance")
    case.add("customer", "I've got the %s and speeds are only %d Mbps on the %d Mbps plan, %dGB used" % (
        rng.choice(["Galaxy S23", "iPhone 15 Pro", "Pixel 8a", "Hub 4 model DGA4134", "router TG789vac"]), rng.randint(2, 50), rng.choice([100, 500, 900]), rng.randint(10, 200)))
    case.add("agent", "Sorry about that. Can you restart the router for %d seconds?" % rng.choice([30, 60]))
    return case


def n_percent(rng):
    case = N("call/banking: interest rate, years and percentages")
    case.add("agent", "the rate is %s point %s percent fixed for %s years" % (UNITS[rng.randint(2, 6)], UNITS[rng.randint(1, 9)], rng.choice(["two", "five", "three"])))
    case.add("customer", "and back in %s it was lower wasn't it" % (say_pair("20", rng) + " " + say_pair(str(rng.randint(10, 22)), rng)))
    return case


def n_room(rng):
    case = N("call/travel: hotel room number, nights, price")
    rm = str(rng.randint(101, 950))
    case.add("customer", "we're in room %s for %s nights" % (rng.choice([say_digits(rm, rng, "digits"), UNITS[int(rm[0])] + " " + say_pair(rm[1:], rng)]), rng.choice(["three", "four", "seven"])))
    case.add("agent", "okay and that's %s euro a night" % rng.choice(["one hundred and twenty", "ninety five", "two hundred"]))
    return case


def n_age_temp(rng):
    case = N("call/healthcare billing: age, temperature, counts")
    case.add("customer", "my son is %s he had a temperature of %s point %s for %s days" % (
        rng.choice(["seven", "twelve", "four"]), rng.choice(["thirty eight", "thirty nine"]), UNITS[rng.randint(1, 9)], rng.choice(["two", "three"])))
    case.add("agent", "okay and the invoice was for %s dollars" % rng.choice(["two hundred and fifty", "eighty", "one thousand two hundred"]))
    return case


def n_payment_date(rng):
    case = N("chat/%s: payment and contract dates, amounts (not birth dates)" % rng.choice(["utilities", "insurance", "telecom"]))
    case.add("customer", "I paid £%d.%02d on %02d/%02d/%d but my contract started %d %s %d" % (
        rng.randint(20, 400), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2022, 2026),
        rng.randint(1, 28), MONTHS[rng.randrange(12)].capitalize(), rng.randint(2019, 2025)))
    case.add("agent", "Thanks, I can see the payment of £%d was received on the %s." % (rng.randint(20, 400), ordn(rng.randint(4, 28))))
    return case


def n_long_ref_spoken(rng):
    ref = digits(rng, 10)
    case = N("call/%s: ten-digit reference read in pairs and agent read-back" % rng.choice(["insurance", "government services"]))
    case.add("agent", "whats the claim reference")
    case.add("customer", "the claim reference is %s" % say_digits(ref, rng, "pairs"))
    case.add("agent", "so claim reference %s" % say_digits(ref, rng, "digits"))
    return case


def n_quantity(rng):
    case = N("chat/retail: quantities, prices, sizes")
    case.add("customer", "I ordered %d x size %d boots at $%d.99 each and %d pairs of socks" % (rng.randint(2, 5), rng.randint(5, 12), rng.randint(30, 150), rng.randint(2, 6)))
    case.add("agent", "I see %d items, total $%d.%02d, shipped in %d boxes." % (rng.randint(3, 9), rng.randint(60, 700), rng.randint(0, 99), rng.randint(1, 3)))
    return case


def n_speed_year(rng):
    case = N("call/insurance: vehicle year, mileage, speed")
    case.add("customer", "it's a %s %s with about %s thousand miles i was doing %s in a %s zone" % (
        say_pair("20", rng) + " " + say_pair(str(rng.randint(10, 24)), rng), rng.choice(["ford focus", "golf", "corolla"]),
        rng.choice(["forty", "sixty two", "eighty"]), rng.choice(["twenty eight", "thirty"]), rng.choice(["thirty", "forty"])))
    case.add("agent", "okay and the excess on the policy is %s" % rng.choice(["two hundred and fifty pounds", "five hundred euro"]))
    return case


def n_phone_company(rng):
    case = N("call/telecom: agent gives how many minutes and data left, bundle price")
    case.add("agent", "you've got %s minutes and %s gigs left and the bundle is %s ninety nine" % (
        rng.choice(["four hundred and twenty", "three hundred", "twelve hundred"]), rng.choice(["eighteen", "six point five"]), rng.choice(["twelve", "fifteen", "twenty"])))
    case.add("customer", "grand thanks")
    return case


NEG = [(n_money, 8), (n_ref, 14), (n_time, 7), (n_flight, 7), (n_flight_call, 6), (n_meter, 7), (n_model, 6),
       (n_percent, 6), (n_room, 6), (n_age_temp, 6), (n_payment_date, 8), (n_long_ref_spoken, 8), (n_quantity, 6),
       (n_speed_year, 6), (n_phone_company, 5)]


def build():
    rng = random.Random(SEED)
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn(rng))
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn(rng))
    rng.shuffle(pos)
    rng.shuffle(neg)
    out = [c.render("h183-pos-%03d" % (i + 1)) for i, c in enumerate(pos)]
    out += [c.render("h183-neg-%03d" % (i + 1)) for i, c in enumerate(neg)]
    return out


# ---------------------------------------------------------------- normalisation / validation
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
HOMOPHONE_DIG = {"to": 2, "too": 2, "for": 4, "ate": 8, "won": 1}
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: 10 * i for i, w in enumerate(TENS) if w}
FILL = set(FILLERS) | {"and", "sorry", "um", "uh"}


def spoken_digits(text, letters=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        if letters and t == "double" and i + 1 < len(toks) and toks[i + 1] == "you":
            out.append("W" * mult)
            mult = 1
            i += 2
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        piece = None
        if t.isdigit():
            piece = t
        elif t in TENNUM:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and toks[i + 1] not in ("zero", "oh", "o", "nought"):
                piece = str(TENNUM[t] + WORDNUM[toks[i + 1]])
                i += 1
            else:
                piece = str(TENNUM[t])
        elif t in TEENNUM:
            piece = str(TEENNUM[t])
        elif t in WORDNUM and not (letters and t == "o" and i + 1 < len(toks) and toks[i + 1] == "for"):
            piece = str(WORDNUM[t])
            if i + 1 < len(toks) and toks[i + 1] == "hundred":
                piece += "00"
                i += 1
            elif i + 1 < len(toks) and toks[i + 1] == "thousand":
                piece += "000"
                i += 1
        elif not letters and t in HOMOPHONE_DIG:
            piece = str(HOMOPHONE_DIG[t])
        elif letters:
            if i + 2 < len(toks) and toks[i + 1] == "for" and len(t) == 1:
                piece = t.upper()
                i += 2
            elif t == "double" and i + 1 < len(toks) and toks[i + 1] == "you":
                piece = "W"
                i += 1
            elif len(t) == 1:
                piece = t.upper()
            elif t in {v: k for k, v in HOMO.items()}:
                piece = {v: k for k, v in HOMO.items()}[t]
            elif t in NATO.values():
                piece = [k for k, v in NATO.items() if v == t][0]
            elif re.fullmatch(r"[a-z]+", t) and t not in FILL:
                piece = t.upper()
        if piece is not None:
            out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def spoken_email_norm(text):
    t = text.lower()
    if "@" in t:
        return t.replace(" ", "")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        else:
            seg = []
            while i < len(toks) and toks[i] not in ("dot", "at", "underscore", "dash", "hyphen"):
                seg.append(toks[i])
                i += 1
            joined = "".join(seg)
            if any(x in WORDNUM or x in TEENNUM or x in TENNUM or x == "double" for x in seg):
                d = spoken_digits(" ".join(x for x in seg if x in WORDNUM or x in TEENNUM or x in TENNUM or x == "double"))
                joined = "".join(x for x in seg if not (x in WORDNUM or x in TEENNUM or x in TENNUM or x == "double")) + d
            out.append(joined)
            continue
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def valid_value(typ, text):
    if typ == "CARD_NUMBER":
        d = spoken_digits(text)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "SSN":
        d = spoken_digits(text)
        return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(spoken_digits(text, letters=True)))
    if typ == "SORT_CODE":
        d = spoken_digits(text)
        return d.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = spoken_digits(text)
        return d.isdigit() and 6 <= len(d) <= 17
    if typ == "CVV":
        d = spoken_digits(text)
        return d.isdigit() and len(d) in (3, 4)
    if typ == "PHONE":
        d = spoken_digits(re.sub(r"\(0\)", "", text.replace("plus", "")))
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "IBAN":
        s = spoken_digits(text, letters=True).upper()
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s)) and iban_check(s)
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", spoken_email_norm(text)))
    if typ == "POSTCODE":
        s = re.sub(r"[^A-Z0-9]", "", text.upper()) if re.search(r"\d", text) else spoken_digits(text, letters=True).upper()
        return bool(UKPC.match(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    if typ == "EXPIRY":
        low = text.lower().replace("two thousand and ", "twenty ").replace("two thousand ", "twenty ")
        d = spoken_digits(re.sub(r"[a-z]+", lambda m: "" if m.group(0) in MONTHS or m.group(0) in ("slash", "of", "exp") else m.group(0), low))
        return (any(m in low for m in MONTHS) and len(d) >= 2) or 3 <= len(d) <= 6
    if typ == "DOB":
        low = text.lower()
        return (any(m in low or m[:3] in low for m in MONTHS)) or len(re.sub(r"\D", "", text)) >= 6 or len(spoken_digits(text)) >= 6
    if typ == "ADDRESS":
        return bool(set(re.findall(r"[a-z]+", text.lower())) & STREET_WORDS) and bool(re.search(r"\d", text) or spoken_digits(text.split()[0]))
    return False


def partition_ok(typ, texts):
    if typ == "CARD_NUMBER":
        fulls = [spoken_digits(t) for t in texts if valid_value(typ, t)]
        texts = [t for t in texts if not (len(spoken_digits(t)) == 4 and any(f.endswith(spoken_digits(t)) for f in fulls)
                                          and t.split()[0] not in ())] if fulls else texts
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and valid_value(typ, " ".join(texts[i:j])):
                ok[j] = True
                break
    return ok[n]


def check(cases):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c in cases:
        cid = c["id"]
        if cid in ids:
            errs.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c["kind"] == "negative":
            nneg += 1
            if c["spans"]:
                errs.append("%s: negative with spans" % cid)
            continue
        npos += 1
        if not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        byturn = {}
        groups = {}
        for s in c["spans"]:
            if s["type"] not in counts:
                errs.append("%s: bad type %s" % (cid, s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if (a > 0 and txt[a - 1].isalnum() and txt[a].isalnum()) or (b < len(txt) and txt[b].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            if txt[a:b] != txt[a:b].strip():
                errs.append("%s: span has outer whitespace" % cid)
            byturn.setdefault(s["turn"], []).append((a, b))
            groups.setdefault(s["type"], []).append(txt[a:b])
        for t, lst in byturn.items():
            lst.sort()
            for x, y in zip(lst, lst[1:]):
                if y[0] < x[1]:
                    errs.append("%s: overlapping spans" % cid)
        for typ, texts in groups.items():
            if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "PHONE"):
                if not partition_ok(typ, texts):
                    errs.append("%s: %s does not validate: %r" % (cid, typ, texts))
            else:
                for tx in texts:
                    if not valid_value(typ, tx):
                        errs.append("%s: %s does not validate: %r" % (cid, typ, tx))
    return errs, counts, npos, nneg


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h183

Written by an AI helper acting as an independent author. The author did **not**
see the redaction code, its tests, its docs or other hold-out sets; only a
3-line example of the JSONL format. The cases are generated by
`scripts/make_pii_holdout183.py` (standard library, `random.Random(%d)`,
byte-for-byte reproducible). `--check` regenerates and verifies the file.

**Never use this set for tuning.** It is a held-out evaluation set; looking at
its failures and adjusting the redactor to them destroys its value.

## Contents

%d positive cases, %d negative cases. Chat cases are typed text (varied
separators, case, `#`/`no.` prefixes); call cases imitate ASR output (lower
case, numbers as words, `oh`/`o`/`nought` for zero, `double`/`triple`, pairs
such as `forty one`, `two thousand and thirty` in expiries, letters as `b for bravo`, `see`/`bee`/`jay`
homophones, digit homophones `for`/`to`/`ate`/`won`, fillers `um`/`er` inside
readings, values split over several customer turns with agent back-channels,
self-corrections, agent read-backs, two values in one turn).

Emphasis: CARD_NUMBER, NI_NUMBER and SSN.

## Annotation conventions

* A span covers the value only: from the first to the last token of the value
  (digits, number words, letters, `X for word` spellings, `double`/`triple`,
  fillers that occur *inside* the reading). Lead-ins such as `it's`, `card no:`,
  `ssn`, `sort code` are outside.
* A value split over several turns gets one span per turn; each fragment is
  labelled with the value's type. Read-backs by the agent are labelled too.
* In a self-correction, only the corrected reading is labelled; the abandoned
  fragment (e.g. `four five three two no sorry ...`) is left unlabelled.
* When the caller introduces the NI suffix separately (`... and the letter at
  the end is c`), the body and the suffix are two NI_NUMBER spans; the
  connecting words are not labelled.
* Separator words an ASR writes inside a value (`dash`, `slash`) and typed
  separators (`-`, `.`, `/`, spaces) are inside the span; a typed letter `O`
  standing for zero is inside the card span.
* `ending in <last four>` repeats of a card are labelled CARD_NUMBER.
* EXPIRY covers month and year (`oh nine twenty seven`, `09/27`);
  DOB covers the full date; ADDRESS covers house number + street (town
  excluded); POSTCODE covers UK postcodes and US ZIP codes.
* Negatives contain only non-PII numbers: amounts, balances, times, durations,
  dates that are not birth dates, order/claim/ticket/invoice references (up to
  10 digits, with their reference word), flight and room numbers, model
  numbers, meter readings, speeds, ages, temperatures, percentages, years.
* Card numbers are Luhn-valid; IBANs mod-97 valid; NI numbers use valid
  prefixes and suffix A-D; SSNs never start 000/666/9.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    text = serialise(cases)
    errs, counts, npos, nneg = check(cases)
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has %d spans < %d" % (t, counts[t], need))
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != text:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            errs += check([json.loads(l) for l in on_disk.splitlines()])[0]
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError:
            errs.append("README.md missing")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("h183: %d positive, %d negative cases" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs:
        print("ERROR:", e)
    print("FAIL" if errs else "OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h168.

Written by an independent author (AI helper) who did not see the redaction code.
Every value comes from one seeded random.Random; every offset is computed from
segments, never typed by hand.

    python scripts/make_pii_holdout168.py          # write fixture + README
    python scripts/make_pii_holdout168.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 168241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout168")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)
ch = R.choice

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "x ray", "Y": "yankee", "Z": "zulu"}
NAMES_AS_IN = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward",
               "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mary",
               "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
               "W": "william", "Y": "yellow", "Z": "zebra"}
FILLERS = ["um", "uh", "er", "erm"]


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return ch(["zero", "oh", "o", "nought", "oh", "zero"])


def dword(d):
    return zero_word() if d == "0" else UNITS[int(d)]


def spoken_digits(s, pairs=0.0, dbl=0.5, filler=0.0):
    """Digits as an ASR would write them; parseable back by normalise()."""
    out, i = [], 0
    while i < len(s):
        d = s[i]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < dbl:
            out.append("triple " + dword(d)); i += 3
        elif i + 1 < len(s) and s[i + 1] == d and R.random() < dbl:
            out.append("double " + dword(d)); i += 2
        elif i + 1 < len(s) and d != "0" and R.random() < pairs and (d == "1" or s[i + 1] != "0"):
            n = int(s[i:i + 2])
            out.append(TEENS[n - 10] if n < 20 else TENS[n // 10] + " " + UNITS[n % 10]); i += 2
        else:
            out.append(dword(d)); i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(ch(FILLERS))
    return " ".join(out)


def spoken_letter(c, style=None):
    style = style or ch(["plain", "plain", "nato", "asin"])
    if style == "nato" and c in NATO:
        return "%s for %s" % (c.lower(), NATO[c])
    if style == "asin" and c in NAMES_AS_IN:
        return "%s as in %s" % (c.lower(), NAMES_AS_IN[c])
    return c.lower()


def spoken_alnum(s, pairs=0.0):
    out, buf = [], ""
    for c in s + "|":
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(spoken_digits(buf, pairs=pairs, dbl=0.3)); buf = ""
        if c.isalpha():
            out.append(spoken_letter(c))
    return " ".join(out)


def year_words(y):
    a, b = divmod(y, 100)
    first = TEENS[a - 10] if a < 20 else "twenty"
    if y >= 2000 and y < 2010:
        return ch(["two thousand and " + UNITS[b], "two thousand " + UNITS[b]]) if b else "two thousand"
    if b == 0:
        return first + " hundred"
    if b < 10:
        return first + " " + ch(["oh", "o"]) + " " + UNITS[b]
    if b < 20:
        return first + " " + TEENS[b - 10]
    return first + " " + TENS[b // 10] + ("" if b % 10 == 0 else " " + UNITS[b % 10])


def pair_words(p):
    """Two digits as a pair word if the parser reads it back unambiguously."""
    if p[0] == "0":
        return dword(p[0]) + " " + dword(p[1])
    if p[1] == "0" and p[0] != "1":
        return UNITS[int(p[0])] + " " + zero_word()
    n = int(p)
    return TEENS[n - 10] if n < 20 else TENS[n // 10] + " " + UNITS[n % 10]


def two_digit_words(n):
    if n < 10:
        return ch(["oh", "o", "zero"]) + " " + UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


# ---------------------------------------------------------------- normalising (check)
FILLER_SET = set(FILLERS) | {"and", "sorry", "its", "it's", "is", "uhm", "hmm"}
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0"})
HOMOPHONES = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8"}
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: k for k, w in TENS.items()}
NATO_WORDS = set()
for _v in list(NATO.values()) + list(NAMES_AS_IN.values()):
    NATO_WORDS.update(_v.split())


def normalise(text, alpha=False):
    """Spoken or typed value -> upper-case alnum string."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z']+", text.lower())
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in UNIT_MAP or (not alpha and t in HOMOPHONES):
            out.append((UNIT_MAP.get(t) or HOMOPHONES[t]) * mult); mult = 1; i += 1
            continue
        if t in TEEN_MAP:
            out.append(TEEN_MAP[t]); i += 1
            continue
        if t in TENS_MAP:
            if i + 1 < len(toks) and toks[i + 1] in UNIT_MAP and UNIT_MAP[toks[i + 1]] != "0":
                out.append(str(TENS_MAP[t]) + UNIT_MAP[toks[i + 1]]); i += 2
            else:
                out.append(str(TENS_MAP[t]) + "0"); i += 1
            continue
        if alpha and len(t) == 1:
            out.append(t.upper())
            if i + 2 < len(toks) and toks[i + 1] == "for":
                i += 3
                if i < len(toks) and toks[i - 1] == "x" and toks[i] == "ray":
                    i += 1
                continue
            if i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 4
                continue
            i += 1
            continue
        i += 1  # fillers etc.
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, c in enumerate(reversed(s)):
        d = int(c)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


STREET = r"\b(street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|way|crescent|place|court|terrace|boulevard|blvd|grove|park|gardens|hill|square|row|walk|mews)\b"


def valid(typ, text):
    if typ == "EMAIL":
        t = " " + text.lower() + " "
        t = t.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
        t = re.sub(r"\s+", "", t)
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}", t) is not None
    if typ == "ADDRESS":
        return re.search(STREET, text.lower()) is not None and re.search(r"\d|\b(" + "|".join(UNITS[1:] + TEENS + list(TENS.values())) + r")\b", text.lower()) is not None
    if typ == "DOB" or typ == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS):
            return True
        n = normalise(text)
        return n.isdigit() and (3 <= len(n) <= 8 if typ == "EXPIRY" else 4 <= len(n) <= 8)
    alpha = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = normalise(text, alpha=alpha)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", n) is not None
    return False


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card():
    k = R.random()
    if k < 0.4:
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if k < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16)
    if k < 0.8:
        return luhn_complete(ch(["34", "37"]), 15)
    if k < 0.9:
        return luhn_complete("6011", 16)
    return luhn_complete("4", ch([13, 19]))


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PREFIX = ["AB", "CE", "JT", "KL", "NP", "PR", "SH", "WM", "YZ", "HE", "RA", "ZX", "EG", "TW",
             "BL", "MJ", "LS", "JH", "AE", "CR", "PX", "SK", "WL", "GH"]


def ni():
    return ch(NI_PREFIX) + digits(6, False) + ch("ABCD")


def iban(country):
    banks = ["NWBK", "BARC", "HBUK", "HLFX", "MIDL", "AIBK", "BKIR", "IPBS", "ULSB"]
    if country == "GB":
        bban = ch(banks[:5]) + digits(6, False) + digits(8, False)
    elif country == "IE":
        bban = ch(banks[5:]) + digits(6, False) + digits(8, False)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = ch(["ABNA", "INGB", "RBRB", "KNAB"]) + digits(10, False)
    elif country == "ES":
        bban = digits(20)
    else:  # FR
        bban = digits(23)
    for cc in range(2, 99):
        s = "%s%02d%s" % (country, cc, bban)
        if iban_ok(s):
            return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z]); i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def uk_phone():
    return "07" + digits(9, False)


def us_phone():
    return str(R.randint(2, 9)) + digits(2, False) + str(R.randint(2, 9)) + digits(6, False)


def ie_phone():
    return "08" + ch("35679") + digits(7, False)


UK_PC = []
for _ in range(300):
    a = ch(["SW", "M", "LS", "B", "EH", "G", "BS", "CF", "NE", "RG", "KT", "BT", "E", "N", "W", "CR", "TN", "PL", "SE", "DY"])
    tail = str(R.randint(1, 9)) + ch(["", "", str(R.randint(0, 9))])
    UK_PC.append(a + tail + " " + str(R.randint(0, 9)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ"))


def uk_pc():
    return ch(UK_PC)


def us_zip():
    return str(R.randint(1, 9)) + digits(4, False)


STREETS = ["oak lane", "station road", "church street", "mill lane", "victoria road", "park avenue",
           "maple drive", "high street", "elm grove", "kings road", "willow close", "orchard way",
           "queens crescent", "north street", "bridge road", "cedar court", "main street",
           "washington avenue", "lincoln boulevard", "pine street", "harbor drive", "sunset boulevard",
           "meadow walk", "abbey road", "castle hill"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "reading", "croydon", "norwich"]
TOWNS_US = ["columbus ohio", "austin texas", "denver colorado", "tampa florida", "portland oregon"]
FIRST = ["james", "sarah", "mohammed", "emma", "liam", "aoife", "olivia", "david", "priya", "tom",
         "grace", "sean", "fatima", "kevin", "laura", "niamh", "chloe", "daniel", "maria", "peter"]
LAST = ["smith", "jones", "patel", "murphy", "kelly", "brown", "wilson", "okafor", "taylor",
        "obrien", "nguyen", "garcia", "walsh", "khan", "evans", "byrne", "hughes", "clarke"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "proton.me", "live.ie"]


def house_no():
    return R.randint(1, 240)


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return two_digit_words(n)
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    return ch([UNITS[h] + " hundred and " + num_words(r), UNITS[h] + " " + (two_digit_words(r) if r >= 10 else "oh " + UNITS[r])])


# ---------------------------------------------------------------- case assembly
CASE_LIST = []


def T(speaker, *segs):
    return (speaker, segs)


def A(*segs):
    return T("agent", *segs)


def C(*segs):
    return T("customer", *segs)


def add(kind, note, *turns):
    out_turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        out_turns.append({"speaker": speaker, "text": text})
    if kind == "negative":
        assert not spans
    CASE_LIST.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note})


def P(note, *turns):
    add("positive", note, *turns)


def N(note, *turns):
    add("negative", note, *turns)


def ref_digits(n):
    return digits(n)


def price():
    return "%d.%02d" % (R.randint(3, 480), R.randint(0, 99))


def bc():
    return ch(["mhm", "okay go on", "yep", "uh huh", "okay", "right", "got it", "yeah go on", "okay and"])


# ================================================================ positives
def pos_card_chat():
    c = card()
    sizes = [4, 6, 5] if len(c) == 15 else [4, 4, 4, 4, 3]
    sep = ch([" ", "-", "", " ", "  ", "."])
    txt = group(c, sizes, sep)
    lead = ch(["card no is ", "Card: ", "its ", "the long number is ", "ok here u go ", "CARD NUMBER ", "pls charge "])
    tail = ch([" thx", "", " - total was £%s" % price(), " and the order ref is %s" % ref_digits(8), " ta", " (visa)"])
    ind = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    P("chat/%s: card typed with separator %r next to non-PII" % (ind, sep),
      A(ch(["How would you like to pay?", "Please enter the card details in the secure field or type them here.", "Sure, what card would you like to use?"])),
      C(lead, (txt, "CARD_NUMBER"), tail))


def pos_card_call_one():
    c = card()
    sp = spoken_digits(c, pairs=ch([0, 0, 0.3]), dbl=0.5, filler=ch([0, 0, 0.1]))
    ind = ch(["telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"])
    amt = R.randint(12, 380)
    P("call/%s: card read in one turn after an amount of %d" % (ind, amt),
      A("so that's %s pounds today can i take the long card number please" % num_words(amt)),
      C(ch(["yeah sure it's ", "okay it's ", "right um ", "yes ", ""]), (sp, "CARD_NUMBER"), ch(["", " that's a visa", " and that's it", " i think"])))


def pos_card_call_split():
    c = card()
    chunks = [c[i:i + 4] for i in range(0, len(c), 4)]
    turns = [A(ch(["go ahead with the card number when you're ready", "okay and the %s digits on the front" % num_words(len(c)), "can i take the card number"]))]
    for k, chunk in enumerate(chunks):
        pre = ch(["", "", "yeah ", "um ", "and then "]) if k else ch(["right ", "okay ", "it's ", ""])
        turns.append(C(pre, (spoken_digits(chunk, pairs=0.25), "CARD_NUMBER")))
        if k < len(chunks) - 1:
            turns.append(A(bc()))
    P("call/%s: card split over %d customer turns with back-channels" % (ch(["banking", "retail", "travel", "telecom"]), len(chunks)), *turns)


def pos_card_cvv_exp_call():
    c = card()
    cvv = digits(4 if c[:2] in ("34", "37") else 3, False)
    m, y = R.randint(1, 12), R.randint(26, 32)
    exp = ch([two_digit_words(m) + " " + two_digit_words(y), MONTHS[m - 1] + " twenty " + two_digit_words(y),
              two_digit_words(m) + " slash " + two_digit_words(y)])
    P("call/%s: card then expiry then security code, with an order number said first" % ch(["retail", "travel", "utilities"]),
      A("thanks i've got the order number as %s can i take the card" % spoken_digits(ref_digits(7), dbl=0)),
      C((spoken_digits(c, pairs=0.2), "CARD_NUMBER")),
      A("and the expiry"),
      C(ch(["it's ", "", "expires "]), (exp, "EXPIRY")),
      A("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
      C(ch(["", "it's ", "um "]), (spoken_digits(cvv, dbl=0.3), "CVV")))


def pos_card_exp_chat():
    c = card()
    m, y = R.randint(1, 12), R.randint(26, 32)
    exp = ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y), "%02d %02d" % (m, y)])
    cvv = digits(3, False)
    P("chat/retail: card, expiry and cvv in one message with labels",
      A("To complete the refund of £%s I'll need the card it goes back to." % price()),
      C("card ", (group(c, [4, 4, 4, 4, 3]), "CARD_NUMBER"), ch([" exp ", ", expiry ", " exp: "]), (exp, "EXPIRY"),
        ch([" cvv ", ", sec code ", " cvc "]), (cvv, "CVV")))


def pos_card_correction():
    c1, c2 = card(), card()
    P("call/banking: customer reads a card, then corrects to a different card; both labelled",
      A("what's the card number"),
      C((spoken_digits(c1), "CARD_NUMBER"), " oh no sorry that's my old one hang on"),
      A("no problem take your time"),
      C("okay the new one is ", (spoken_digits(c2, pairs=0.2), "CARD_NUMBER")))


def pos_card_readback():
    c = card()
    P("call/telecom: agent reads the card back; both readings labelled",
      A("go ahead"),
      C((spoken_digits(c, dbl=0), "CARD_NUMBER")),
      A("let me read that back ", (spoken_digits(c, dbl=0.6), "CARD_NUMBER"), " is that right"),
      C("yep that's it"))


def ni_spoken(v):
    st = ch(["plain", "nato", "asin", "mix"])
    let = lambda c: spoken_letter(c, None if st == "mix" else st)
    d = v[2:8]
    mode = ch(["digits", "pairs", "pairs"])
    if mode == "pairs":
        dd = " ".join(pair_words(d[i:i + 2]) for i in (0, 2, 4))
    else:
        dd = spoken_digits(d, dbl=0.4)
    return let(v[0]) + " " + let(v[1]) + " " + dd + " " + let(v[8])


def pos_ni_call():
    v = ni()
    ind = ch(["government services", "banking", "healthcare billing", "insurance"])
    P("call/%s: UK NI number, letters %s" % (ind, "spoken"),
      A(ch(["can i take your national insurance number please", "and your n i number", "i just need your national insurance number for security"])),
      C(ch(["yeah it's ", "it's ", "um ", "okay ", "right it's "]), (ni_spoken(v), "NI_NUMBER"), ch(["", " i think", " yeah", " that's off my payslip"])))


def pos_ni_chat():
    v = ni()
    f = ch(["sp", "nosp", "lower", "pairs", "dash"])
    txt = {"sp": "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), "nosp": v, "lower": v.lower(),
           "pairs": "%s %s %s" % (v[:2], v[2:8], v[8]), "dash": "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])}[f]
    P("chat/government services: NI number typed (%s) next to a reference number" % f,
      A("Thanks. Your case reference is %s. Can you confirm your National Insurance number?" % ref_digits(9)),
      C(ch(["its ", "NI no: ", "sure ", "", "my ni is "]), (txt, "NI_NUMBER"), ch(["", " cheers", " - claim started %d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].title())])))


def pos_ni_split():
    v = ni()
    P("call/government services: NI number split across turns",
      A("national insurance number please"),
      C("it's ", (spoken_letter(v[0], "nato") + " " + spoken_letter(v[1], "nato"), "NI_NUMBER")),
      A(bc()),
      C((spoken_digits(v[2:8], pairs=0.4), "NI_NUMBER")),
      A("and the last letter"),
      C((spoken_letter(v[8]), "NI_NUMBER")))


def ssn_spoken(v):
    k = ch(["flat", "groups", "pairs"])
    if k == "flat":
        return spoken_digits(v, dbl=0.5)
    if k == "groups":
        return spoken_digits(v[:3]) + " " + spoken_digits(v[3:5]) + " " + spoken_digits(v[5:])
    return spoken_digits(v, pairs=0.5, dbl=0.2)


def pos_ssn_call():
    v = ssn()
    ind = ch(["banking", "insurance", "healthcare billing", "government services", "utilities"])
    P("call/%s: US SSN spoken" % ind,
      A(ch(["can you verify your social", "and your social security number please", "i'll need the last the full social for this one"])),
      C(ch(["sure it's ", "yeah ", "", "okay um ", "it is "]), (ssn_spoken(v), "SSN"), ch(["", " okay", " yeah"])))


def pos_ssn_chat():
    v = ssn()
    f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    P("chat/%s: SSN typed with format %r" % (ch(["banking", "insurance", "healthcare billing"]), f),
      A("For verification, please provide your SSN."),
      C(ch(["ssn ", "SSN: ", "", "its ", "sure - "]), (f % (v[:3], v[3:5], v[5:]), "SSN"), ch(["", " thanks", ". my claim # is %s" % ref_digits(8)])))


def pos_ssn_split():
    v = ssn()
    P("call/insurance: SSN split in three turns",
      A("go ahead with the social"),
      C((spoken_digits(v[:3]), "SSN")),
      A(bc()),
      C((spoken_digits(v[3:5]), "SSN")),
      A(bc()),
      C((spoken_digits(v[5:]), "SSN")))


def pos_ssn_zip():
    v, z = ssn(), us_zip()
    P("call/banking: SSN and ZIP in the same customer turn",
      A("i need your social and the zip code on the account"),
      C("social is ", (spoken_digits(v), "SSN"), " and the zip is ", (spoken_digits(z, dbl=0.3), "POSTCODE")))


def pos_bank_call():
    sc, acc = digits(6, False), digits(8, False)
    sc_sp = ch([spoken_digits(sc), " ".join(pair_words(sc[i:i + 2]) for i in (0, 2, 4))])
    P("call/banking: sort code in pairs and account number",
      A("what's the sort code"),
      C((sc_sp, "SORT_CODE")),
      A("and the account number"),
      C(ch(["it's ", "", "um "]), (spoken_digits(acc, pairs=0.2), "BANK_ACCOUNT")))


def pos_bank_chat():
    sc, acc = digits(6, False), digits(8, False)
    P("chat/utilities: direct debit details typed",
      A("Please send the sort code and account number for the new direct debit of £%s a month." % price()),
      C(ch(["sort code ", "s/c ", "SC: "]), (ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
        ch([" acc ", " account no ", ", a/c "]), (acc, "BANK_ACCOUNT")))


def pos_us_account():
    acc = digits(R.randint(9, 12), False)
    P("call/banking: US checking account number spoken",
      A("which account should the refund go to"),
      C("my checking account number is ", (spoken_digits(acc, dbl=0.3), "BANK_ACCOUNT")))


def iban_spoken(v):
    return spoken_letter(v[0], "plain") + " " + spoken_letter(v[1], "plain") + " " + spoken_alnum(v[2:], pairs=0.2)


def pos_iban_call():
    v = iban(ch(["GB", "IE", "DE", "NL", "ES", "FR"]))
    P("call/travel: IBAN read out for a refund",
      A("for the refund of %s euro i need your iban" % num_words(R.randint(40, 900))),
      C(ch(["okay it's ", "", "right "]), (iban_spoken(v), "IBAN")))


def pos_iban_chat():
    v = iban(ch(["GB", "IE", "DE", "NL", "ES", "FR"]))
    txt = ch([" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, v.lower()])
    P("chat/banking: IBAN typed",
      A("Please share the IBAN for the transfer."),
      C(ch(["IBAN: ", "here ", "", "iban is "]), (txt, "IBAN"), ch(["", " (joint acct)", " thanks"])))


def phone_spoken(kind):
    if kind == "uk":
        v = uk_phone()
        return ch([spoken_digits(v), spoken_digits(v[:5]) + " " + spoken_digits(v[5:], pairs=0.3),
                   "plus four four " + spoken_digits(v[1:])])
    if kind == "us":
        v = us_phone()
        return ch([spoken_digits(v, pairs=0.2), "one " + spoken_digits(v), spoken_digits(v[:3]) + " " + spoken_digits(v[3:6]) + " " + spoken_digits(v[6:], pairs=0.5)])
    v = ie_phone()
    return ch([spoken_digits(v), "plus three five three " + spoken_digits(v[1:])])


def phone_typed(kind):
    if kind == "uk":
        v = uk_phone()
        return ch([v, v[:5] + " " + v[5:], "+44 " + v[1:5] + " " + v[5:], "+44(0)" + v[1:]])
    if kind == "us":
        v = us_phone()
        return ch(["(%s) %s-%s" % (v[:3], v[3:6], v[6:]), "%s-%s-%s" % (v[:3], v[3:6], v[6:]), "+1 %s %s %s" % (v[:3], v[3:6], v[6:]), "%s.%s.%s" % (v[:3], v[3:6], v[6:])])
    v = ie_phone()
    return ch([v, "%s %s %s" % (v[:3], v[3:6], v[6:]), "+353 %s %s" % (v[1:3], v[3:])])


def pos_phone_call():
    k = ch(["uk", "us", "ie"])
    P("call/telecom: %s phone number spoken, callback time said next to it" % k,
      A("what's the best number to call you back on"),
      C(ch(["it's ", "", "my mobile is "]), (phone_spoken(k), "PHONE"), " ", ch(["any time after five", "before half two", "tomorrow morning's fine"])))


def pos_phone_chat():
    k = ch(["uk", "us", "ie"])
    P("chat/retail: %s phone typed next to an order number" % k,
      A("Can I get a contact number in case the courier needs you?"),
      C(ch(["order %s, ", "re order #%s - "]) % ref_digits(8), ch(["my number is ", "call ", "mob "]), (phone_typed(k), "PHONE")))


def email_spoken():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(DOMAINS)
    local = ch([f + " dot " + l, f[0] + " dot " + l, f + l + " " + spoken_digits(digits(2)), f + " underscore " + l, " ".join(f) + " " + l])
    return local + " at " + " dot ".join(dom.split("."))


def pos_email_call():
    P("call/%s: e-mail spoken with 'dot' and 'at'" % ch(["utilities", "insurance", "retail", "travel"]),
      A("and an email address for the confirmation"),
      C(ch(["yeah it's ", "", "it's "]), (email_spoken(), "EMAIL")))


def pos_email_chat():
    f, l = ch(FIRST), ch(LAST)
    e = ch(["%s.%s@%s", "%s_%s@%s", "%s%s%d@%s"])
    v = (e % (f, l, ch(DOMAINS))) if e.count("%") == 3 else (e % (f, l, R.randint(1, 99), ch(DOMAINS)))
    if R.random() < 0.3:
        v = v.upper() if R.random() < 0.5 else v.title()
    P("chat/retail: e-mail typed in a sentence",
      A("What email should we send the receipt to?"),
      C(ch(["pls use ", "", "email me at ", "its "]), (v, "EMAIL"), ch(["", " thanks!", ". Order total £%s" % price()])))


def dob_spoken():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    return y, ch(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)),
               "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y)),
               "%s %s %s" % (spoken_digits("%02d" % d), spoken_digits("%02d" % m), year_words(y)),
               "%s %s %s" % (two_digit_words(d), two_digit_words(m), spoken_digits(str(y), pairs=0.5))])


def pos_dob_call():
    y, v = dob_spoken()
    P("call/%s: date of birth spoken" % ch(["healthcare billing", "insurance", "banking", "government services"]),
      A("can you confirm your date of birth"),
      C(ch(["yeah it's ", "", "it's ", "sure "]), (v, "DOB"), ch(["", " so i'm %s now" % num_words(2025 - y), " yeah"])))


def pos_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    v = ch(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1][:3].title(), d, y), "%d.%d.%d" % (d, m, y)])
    P("chat/insurance: DOB typed with label, next to a policy start date",
      A("Please confirm your date of birth."),
      C(ch(["dob ", "DOB: ", "born ", "my date of birth is "]), (v, "DOB"), ch(["", " - policy started %d %s" % (R.randint(1, 28), MONTHS[R.randint(0, 11)][:3].title())])))


def pos_postcode_call():
    pc = uk_pc()
    P("call/utilities: UK postcode spoken letter by letter",
      A("what's the postcode at the property"),
      C(ch(["it's ", "", "yeah "]), (spoken_alnum(pc.replace(" ", ""), pairs=0), "POSTCODE")))


def pos_postcode_chat():
    pc = ch([uk_pc(), uk_pc().lower(), uk_pc().replace(" ", ""), us_zip(), us_zip() + "-" + digits(4, False)])
    P("chat/retail: postcode or ZIP typed",
      A("What's the delivery postcode?"),
      C(ch(["", "its ", "postcode ", "zip "]), (pc, "POSTCODE"), ch(["", " thanks", " (flat 2)"])))


def pos_address_call():
    n = house_no()
    uk = R.random() < 0.6
    st = ch(STREETS)
    pc = uk_pc() if uk else us_zip()
    town = ch(TOWNS_UK if uk else TOWNS_US)
    P("call/%s: street address then postcode, town between" % ch(["utilities", "telecom", "insurance"]),
      A("and the address"),
      C(ch(["it's ", "", "yeah "]), (num_words(n) + " " + st, "ADDRESS"), " " + town + " ",
        (spoken_alnum(pc.replace(" ", "")), "POSTCODE")))


def pos_address_chat():
    n = house_no()
    st = ch(STREETS).title()
    P("chat/retail: typed address with postcode",
      A("Where should we send the replacement?"),
      C(ch(["", "to ", "address: "]), (ch(["%d %s", "Flat %d, 4 %s", "%d, %s"]) % (n, st), "ADDRESS"), ", ", ch(TOWNS_UK).title(), " ",
        (uk_pc(), "POSTCODE")))


def pos_mixed_chitchat():
    v = ssn()
    P("call/healthcare billing: SSN read with chit-chat and an amount before it",
      A("the balance is %s dollars and %s cents can i verify your social" % (num_words(R.randint(20, 400)), two_digit_words(R.randint(10, 99)))),
      C("oh god sorry the dog's barking um yeah it's ", (spoken_digits(v, filler=0.2), "SSN"), " sorry about that"))


def pos_ni_beside_ref():
    v = ni()
    P("call/government services: NI number right after a claim reference",
      A("i've got your claim reference %s what's your national insurance number" % spoken_digits(ref_digits(8))),
      C((ni_spoken(v), "NI_NUMBER")))


def pos_card_last4_and_full():
    c = card()
    P("call/banking: customer mentions last four of an old card (unlabelled) then gives full new card",
      A("the card ending %s has expired do you have a new one" % spoken_digits(digits(4, False))),
      C("yeah the new one is ", (spoken_digits(c, pairs=0.3), "CARD_NUMBER")))


def pos_phone_split():
    v = uk_phone()
    P("call/utilities: phone split over turns",
      A("contact number"),
      C((spoken_digits(v[:5]), "PHONE")),
      A(bc()),
      C((spoken_digits(v[5:8]), "PHONE"), " ", (spoken_digits(v[8:]), "PHONE")))


def homophones(sp):
    rep = {"two": ["to", "too"], "four": ["for"], "one": ["won"], "eight": ["ate"]}
    out = []
    for w in sp.split(" "):
        if w in rep and R.random() < 0.25:
            w = ch(rep[w])
        out.append(w)
    return " ".join(out)


def pos_card_homophones():
    c = card()
    P("call/%s: ASR homophones inside the card reading (to/too/for/won/ate)" % ch(["retail", "telecom", "utilities"]),
      A("and the card number please"),
      C(ch(["yeah it's ", "", "okay "]), (homophones(spoken_digits(c, dbl=0.2)), "CARD_NUMBER")),
      A("and the security code"),
      C((homophones(spoken_digits(digits(3, False), dbl=0)), "CVV"), " yeah"))


def pos_ssn_homophones():
    v = ssn()
    P("call/healthcare billing: SSN with ASR homophones and a visit amount nearby",
      A("the visit was %s can i verify your social" % amt_words()),
      C((homophones(spoken_digits(v, dbl=0.3)), "SSN")))


def pos_card_beside_amount_ref():
    c = card()
    P("call/retail: card in the same turn as an order number and an amount read digit by digit",
      A("okay what's the order number and the card"),
      C("order number's ", dsp(ref_digits(8)), " and it was ", dsp(digits(3)), " pounds and the card is ", (spoken_digits(c, pairs=0.2), "CARD_NUMBER")))


def pos_phone_beside_hours():
    k = ch(["uk", "us", "ie"])
    P("call/telecom: phone number next to time windows",
      A("when's best to call you"),
      C("between nine and five on ", (phone_spoken(k), "PHONE"), " or after six thirty on the same number"))


def pos_bank_beside_meter():
    sc, acc = digits(6, False), digits(8, False)
    P("call/utilities: meter reading (unlabelled) then direct debit sort code and account",
      A("thanks for the reading of %s what are the bank details for the direct debit" % dsp(digits(5))),
      C("sort code ", (spoken_digits(sc), "SORT_CODE"), " account ", (spoken_digits(acc), "BANK_ACCOUNT")))


def pos_dob_beside_appt():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    P("call/healthcare billing: appointment date (unlabelled) then DOB in the same turn",
      A("which appointment is the bill for"),
      C("the one on %s and my date of birth is " % date_words(), ("the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y)), "DOB")))


def pos_ni_beside_payment_date():
    v = ni()
    P("chat/government services: NI typed after a payment date and amount",
      C("My payment of £%s due %02d/%02d/2025 didn't arrive. NI %s" % (price(), R.randint(1, 28), R.randint(1, 12), ""), (v[:2] + " " + v[2:8] + " " + v[8], "NI_NUMBER")),
      A("Thanks, I'll check the payment schedule."))


def pos_ssn_beside_claim():
    v = ssn()
    P("chat/insurance: SSN typed after a 10-digit claim number",
      C("claim %s - ssn %s" % (ref_digits(10), ""), (ch(["%s-%s-%s", "%s %s %s"]) % (v[:3], v[3:5], v[5:]), "SSN")),
      A("Thank you, verified."))


def pos_postcode_beside_room():
    pc = uk_pc()
    P("call/travel: hotel room number (unlabelled) and home postcode",
      A("the room number and your home postcode please"),
      C("room %s and the postcode is " % num_words(R.randint(101, 640)), (spoken_alnum(pc.replace(" ", "")), "POSTCODE")))


def pos_email_beside_ticket():
    f, l = ch(FIRST), ch(LAST)
    P("call/telecom: e-mail with digits next to a ticket number",
      A("your ticket number is %s whats the email" % dsp(ref_digits(7))),
      C((f + " " + l + " " + spoken_digits(digits(2), dbl=0) + " at " + " dot ".join(ch(DOMAINS).split(".")), "EMAIL")))


def pos_iban_correction():
    v = iban(ch(["IE", "GB", "DE"]))
    P("call/banking: IBAN split over two turns with back-channel",
      A("go ahead with the iban"),
      C((iban_spoken(v[:8]), "IBAN")),
      A(bc()),
      C((spoken_digits(v[8:]) if v[8:].isdigit() else spoken_alnum(v[8:]), "IBAN")))


def pos_address_us_chat():
    n = R.randint(100, 9899)
    st = ch(["Pine St", "Lincoln Blvd", "Harbor Dr", "Main Street", "Washington Ave", "Maple Drive"])
    P("chat/%s: US street address with unit, city, state and ZIP" % ch(["insurance", "telecom", "healthcare billing"]),
      A("What's the mailing address on the policy?"),
      C(ch(["", "it's ", "mailing addr: "]), ("%d %s%s" % (n, st, ch(["", " Apt %d" % R.randint(1, 40), " #%d" % R.randint(100, 999)])), "ADDRESS"),
        ", ", ch(["Austin, TX", "Columbus, OH", "Tampa, FL", "Denver, CO"]), " ", (us_zip(), "POSTCODE")))


def pos_address_call_split():
    n = house_no()
    P("call/utilities: flat number then street address over turns with back-channel",
      A("what's the address for the supply"),
      C("it's flat %s" % num_words(R.randint(1, 12))),
      A(bc()),
      C((num_words(n) + " " + ch(STREETS), "ADDRESS"), " in ", ch(TOWNS_UK)))


POS = [(pos_address_us_chat, 5), (pos_address_call_split, 4), (pos_card_homophones, 5), (pos_ssn_homophones, 4), (pos_card_beside_amount_ref, 4), (pos_phone_beside_hours, 4),
       (pos_bank_beside_meter, 4), (pos_dob_beside_appt, 4), (pos_ni_beside_payment_date, 4), (pos_ssn_beside_claim, 4),
       (pos_postcode_beside_room, 3), (pos_email_beside_ticket, 3), (pos_iban_correction, 3),
       (pos_card_chat, 12), (pos_card_call_one, 10), (pos_card_call_split, 6), (pos_card_cvv_exp_call, 8),
       (pos_card_exp_chat, 6), (pos_card_correction, 3), (pos_card_readback, 3), (pos_card_last4_and_full, 3),
       (pos_ni_call, 14), (pos_ni_chat, 12), (pos_ni_split, 3), (pos_ni_beside_ref, 4),
       (pos_ssn_call, 12), (pos_ssn_chat, 12), (pos_ssn_split, 3), (pos_ssn_zip, 4), (pos_mixed_chitchat, 3),
       (pos_bank_call, 8), (pos_bank_chat, 6), (pos_us_account, 3),
       (pos_iban_call, 7), (pos_iban_chat, 7),
       (pos_phone_call, 8), (pos_phone_chat, 7), (pos_phone_split, 2),
       (pos_email_call, 8), (pos_email_chat, 6),
       (pos_dob_call, 8), (pos_dob_chat, 6),
       (pos_postcode_call, 5), (pos_postcode_chat, 5),
       (pos_address_call, 7), (pos_address_chat, 6)]


# ================================================================ negatives
def dsp(s):
    return spoken_digits(s, dbl=0.3)


def amt_words():
    pounds = R.randint(11, 999)
    return num_words(pounds) + " " + ch(["pounds", "euro", "dollars"]) + ch(["", " and %s pence" % num_words(R.randint(1, 99)), " %s" % num_words(R.randint(10, 99))])


def date_words():
    return "the %s of %s" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)])


NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


@neg
def n_order_call():
    N("call/retail: 10-digit order number read digit by digit with its reference word",
      A("have you got the order number there"),
      C("yeah the order number is ", dsp(ref_digits(10))),
      A("thank you i can see it was %s placed on %s" % (amt_words(), date_words())))


@neg
def n_order_split():
    r = ref_digits(9)
    N("call/retail: order number split over turns with back-channels",
      A("what's the order reference"),
      C("it's ", dsp(r[:3])), A(bc()), C(dsp(r[3:6])), A(bc()), C(dsp(r[6:]), " that's the reference on the email"))


@neg
def n_tracking_chat():
    t = ch(["%s%s%sGB" % (ch(["RM", "JD", "AB", "LX"]), digits(4, False), digits(5, False)), "1Z%s%s" % (digits(3), "".join(ch("ABCDEFWXY0123456789") for _ in range(10)))])
    N("chat/retail: parcel tracking number with its name",
      C("where is my parcel? tracking number %s, it said delivery %s" % (t, ch(["today", "by 6pm", "Tuesday"]))),
      A("I can see tracking %s is out for delivery, expected between 14:00 and 16:00." % t))


@neg
def n_amount_digits():
    a, pence = digits(3), R.randint(10, 99)
    N("call/utilities: amount read digit by digit (3 digits, CVV-shaped)",
      A("how much was the payment"),
      C("it was ", dsp(a), " pounds ", num_words(pence), " i think the bill said"),
      A("okay so %s pounds %s let me check" % (num_words(int(a)), num_words(pence))))


@neg
def n_balance():
    N("call/banking: account balance and available credit",
      A("your balance is %s and your available credit is %s" % (amt_words(), amt_words())),
      C("okay and the minimum payment"),
      A("the minimum payment is %s due on %s" % (amt_words(), date_words())))


@neg
def n_balance_chat():
    N("chat/banking: balances and amounts typed with separators",
      C("why is my balance £%s,%03d.%02d when I paid £%s on %02d/%02d/2025?" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), price(), R.randint(1, 28), R.randint(1, 12))),
      A("The payment of £%s cleared on %d %s; your balance will update within 3-5 working days." % (price(), R.randint(1, 28), MONTHS[R.randint(0, 11)].title())))


@neg
def n_hours():
    N("call/telecom: opening hours said like a phone number",
      C("what times are you open"),
      A(ch(["we're open eight till eight monday to friday and nine to five on saturdays",
            "seven till eleven every day except christmas day",
            "twenty four seven for faults and eight to six for billing",
            "eight a m to ten p m seven days a week",
            "oh eight hundred to twenty hundred weekdays and ten till four sundays",
            "from eight thirty to five thirty monday to friday and nine till one saturday"])))


@neg
def n_hours_chat():
    N("chat/utilities: opening hours typed with times",
      A(ch(["Our team is available Mon-Fri %02d:00-%02d:00, Sat 09:00-17:00 and Sun 10:00-16:00 (UK time)." % (R.randint(7, 9), R.randint(17, 21)),
            "We're open %d.30am - %dpm weekdays, %dam-%dpm Saturday." % (R.randint(7, 9), R.randint(5, 9), R.randint(8, 10), R.randint(1, 5)),
            "Lines open 8-8 Mon to Fri and 9-5 Sat; closed %d Dec and %d Jan." % (R.randint(24, 26), 1)])),
      C(ch(["ok I'll ring back after %d:%02d then" % (R.randint(1, 6), ch([0, 15, 30, 45])), "is that 24/7 for faults?", "thx, will call at 8:05"])))


@neg
def n_serial():
    N("call/telecom: router serial number read digit by digit (8 digits, account-shaped)",
      A("can you read me the serial number on the bottom of the router"),
      C("serial number is ", dsp(digits(8)), " and the model is ", ch(["h g six three three", "t g five eight two n", "v r nine five one seven"])))


@neg
def n_model_chat():
    N("chat/retail: model and serial numbers typed",
      C("My washing machine model %s, serial no %s stopped working" % (ch(["WAN28281GB", "WW90T534DAW", "F4V510WSE", "DW60M6050FS"]), digits(10))),
      A("Thanks, that unit is still under warranty until %s %d." % (MONTHS[R.randint(0, 11)].title(), R.randint(2026, 2029))))


@neg
def n_meter():
    N("call/utilities: gas meter reading (5-6 digits, sort-code shaped)",
      A("do you have a meter reading for me"),
      C("yeah the reading is ", dsp(digits(ch([5, 6]), False))),
      A("thank you so that's %s units used since %s" % (num_words(R.randint(100, 900)), date_words())))


@neg
def n_meter_chat():
    N("chat/utilities: electric meter readings day and night typed",
      C("Readings: day %s, night %s, taken %02d/%02d" % (digits(5, False), digits(5, False), R.randint(1, 28), R.randint(1, 12))),
      A("Thanks! Readings of that size are consistent with your estimated usage of %d kWh." % R.randint(1800, 4200)))


@neg
def n_appointment():
    N("call/utilities: appointment date and time window (not a birth date)",
      A("i can book the engineer for %s between %s and %s" % (date_words(), ch(["eight", "ten", "one"]), ch(["twelve", "two", "six"]))),
      C(ch(["yeah that works", "can you do %s instead" % date_words()[4:], "is there anything earlier"])),
      A("lovely that's booked reference %s" % dsp(ref_digits(7))))


@neg
def n_appointment_chat():
    N("chat/healthcare billing: appointment and payment dates typed",
      C("My appointment was on %02d/%02d/2025 and I paid $%s on %s %d." % (R.randint(1, 28), R.randint(1, 12), price(), MONTHS[R.randint(0, 11)].title(), R.randint(1, 28))),
      A("I see the visit on that date; the statement dated %d/%d/2025 shows a remaining $%s." % (R.randint(1, 12), R.randint(1, 28), price())))


@neg
def n_last4():
    l4 = digits(4, False)
    N("call/banking: card last-four mention only, agent and customer",
      A("is that the card ending in %s" % dsp(l4)),
      C(ch(["yeah the visa ending %s", "no the one ending %s is my old one", "yes ending in %s that's the debit card"]) % dsp(l4 if R.random() < 0.5 else digits(4))))


@neg
def n_last4_chat():
    N("chat/retail: last four digits of a card and masked number",
      C("Please refund to my card ending %s, not the one ending in %s" % (digits(4), digits(4))),
      A("Done - refund of £%s to the card ending ****%s, 3-5 working days." % (price(), digits(4))))


@neg
def n_flight():
    N("call/travel: flight number, times, seat and booking reference",
      A("you're on flight %s departing at %s arriving %s" % (ch(["e i one five four", "b a two eight seven", "f r eight three one two", "u a nine one"]), ch(["six forty five", "fourteen twenty", "nine oh five"]), ch(["ten fifteen", "half past eight", "seventeen fifty"]))),
      C("and my seat is %s %s" % (num_words(R.randint(2, 38)), ch("abcdef"))),
      A("that's right booking reference %s" % " ".join(ch("bcdfghjkmnpqrstvwxyz") for _ in range(6))))


@neg
def n_flight_chat():
    N("chat/travel: flight numbers and times typed",
      C("Flight %s%d on %d %s was cancelled, rebooked on %s%d at %02d:%02d" % (ch(["EI", "BA", "FR", "LH"]), R.randint(100, 9999), R.randint(1, 28), MONTHS[R.randint(0, 11)][:3].title(), ch(["EI", "BA", "FR"]), R.randint(100, 9999), R.randint(5, 22), ch([0, 15, 30, 45]))),
      A("Sorry about that. Compensation of EUR %d may apply; claim ref %s." % (ch([250, 400, 600]), ref_digits(8))))


@neg
def n_room():
    N("call/travel: hotel room number, nights and price",
      C("we're in room %s for %s nights" % (num_words(R.randint(101, 950)), num_words(R.randint(2, 9)))),
      A("yes room rate is %s per night checkout at eleven" % amt_words()))


@neg
def n_speed():
    N("call/telecom: broadband speeds and data allowance",
      C("i'm only getting %s megs and i'm paying for %s" % (num_words(R.randint(2, 40)), num_words(ch([100, 150, 500, 900])))),
      A("the line test shows download %s point %s upload %s" % (num_words(R.randint(10, 80)), UNITS[R.randint(0, 9)], num_words(R.randint(5, 20)))))


@neg
def n_claim():
    N("call/insurance: claim number 10 digits said with its name",
      A("your claim number is %s" % dsp(ref_digits(10))),
      C("okay and how long will it take"),
      A("usually ten working days excess is %s" % amt_words()))


@neg
def n_claim_chat():
    N("chat/insurance: claim, policy and invoice references typed",
      C("Claim no. %s, policy %s-%s, garage invoice INV%s for £%s" % (ref_digits(10), ch(["HX", "MTR", "PL"]), ref_digits(7), ref_digits(6), price())),
      A("Thanks - that claim is with an assessor; expect contact within %d working days." % R.randint(2, 10)))


@neg
def n_ticket():
    N("chat/telecom: 5-digit ticket number (ZIP-shaped) with its name",
      C("any update on ticket %s? opened %d days ago" % (digits(5), R.randint(2, 20))),
      A("Ticket %s is escalated to tier 2, expect a reply within 48 hours." % digits(5)))


@neg
def n_invoice():
    N("call/utilities: invoice number and amount",
      A("the invoice number is %s dated %s for %s" % (dsp(ref_digits(8)), date_words(), amt_words())),
      C("and that includes vat at twenty percent"),
      A("yes it does"))


@neg
def n_contract():
    N("call/telecom: contract start date, term and years as customer",
      C("i've been with you since %s and my contract started %s %s" % (year_words(R.randint(1995, 2015)), date_words(), year_words(R.randint(2019, 2024)))),
      A("that's right a twenty four month contract at %s a month" % amt_words()))


@neg
def n_percent():
    N("chat/banking: interest rates, percentages and loan terms",
      C("Is the %s%% APR fixed for the %d months on a £%d,000 loan?" % (ch(["6.9", "3.49", "12.9", "19.9"]), ch([24, 36, 48, 60]), R.randint(2, 25))),
      A("Yes, %s%% representative; monthly repayment £%s, total payable £%d,%03d." % (ch(["6.9", "7.4"]), price(), R.randint(3, 30), R.randint(0, 999))))


@neg
def n_duration():
    N("call/telecom: durations and counts",
      C("i've been on hold %s minutes and this is the %s time i've called" % (num_words(R.randint(15, 95)), ch(["third", "fourth", "fifth"]))),
      A("i'm really sorry i'll add %s pounds credit and %s gigs of data" % (num_words(R.randint(5, 30)), num_words(R.randint(5, 50)))))


@neg
def n_age_temp():
    N("call/healthcare billing: age, temperature and dosage",
      C("my son is %s and he had a temperature of thirty nine point %s" % (num_words(R.randint(2, 16)), UNITS[R.randint(1, 9)])),
      A("okay and the prescription was %s milligrams twice a day for %s days" % (num_words(ch([250, 500, 400])), num_words(ch([5, 7, 10, 14])))))


@neg
def n_no_value():
    N("call/banking: PII keywords asked for but no value given",
      A(ch(["can i take the long number on the front of the card", "can you confirm your date of birth", "what's your national insurance number", "can i take your social security number"])),
      C(ch(["hang on i need to find it", "i'd rather not give that over the phone", "i don't have it on me", "can i do that online instead"])),
      A("no problem you can do it in the app"))


@neg
def n_no_value_chat():
    N("chat/banking: customer refuses to type card / SSN / IBAN; only keywords",
      C(ch(["I'm not comfortable typing my card number or CVV here.", "Do you need my SSN or just the last 4?", "Where do I find my IBAN and sort code?", "Should I send my NI number by post?",
            "what's my account number? i can't find it on the statement", "Do I need my date of birth and postcode to log in?"])),
      A(ch(["Please don't share full card numbers, security codes or your IBAN in chat; use the secure form.",
            "No need to type it here - I'll send a secure link valid for %d minutes." % ch([15, 30, 60]),
            "You'll find it on page %d of your statement, top right." % R.randint(1, 3)])))


@neg
def n_sku():
    N("chat/retail: SKU, quantities, sizes and prices",
      C("I ordered %d x SKU %s-%s-%s (size %d) at £%s each" % (R.randint(2, 6), digits(3), digits(4), digits(2, False), ch([8, 10, 12, 14, 42, 44]), price())),
      A("Thanks, order #%s shows %d items dispatched on %d/%d." % (ref_digits(9), R.randint(1, 5), R.randint(1, 28), R.randint(1, 12))))


@neg
def n_extension():
    N("call/government services: extension, department code and wait time",
      A("i'll transfer you to extension %s the wait is about %s minutes" % (dsp(digits(4)), num_words(R.randint(5, 40)))),
      C("okay thanks"))


@neg
def n_firmware():
    N("chat/telecom: firmware version, IP-like strings and channel numbers",
      C("Box firmware %d.%d.%02d, channel %d has no signal, error code %s" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(100, 999), ch(["E-404", "0x80070005", "S0A00", "F2-1031"]))),
      A("Thanks. Please restart and go to channel %d, then wait 10 minutes." % R.randint(100, 999)))


@neg
def n_energy():
    N("call/utilities: unit rates, standing charge and usage",
      A("your unit rate is %s point %s pence per kilowatt hour and the standing charge is %s pence a day" % (num_words(R.randint(20, 30)), UNITS[R.randint(1, 9)], num_words(R.randint(40, 65)))),
      C("and how much did i use last year"),
      A("about %s kilowatt hours" % (num_words(R.randint(1, 4)) + " thousand " + num_words(R.randint(100, 900)))))


@neg
def n_loan():
    N("call/banking: loan amount and term spoken",
      C("i want to borrow %s thousand over %s months" % (num_words(R.randint(2, 30)), num_words(ch([24, 36, 48, 60])))),
      A("that would be %s a month with the first payment on %s" % (amt_words(), date_words())))


@neg
def n_mileage():
    N("call/insurance: mileage, car year and excess",
      C("it's a %s model and i do about %s miles a year" % (year_words(R.randint(2008, 2024)), num_words(R.randint(3, 15)) + " thousand")),
      A("okay the voluntary excess is %s and the premium is %s" % (amt_words(), amt_words())))


@neg
def n_transaction():
    N("chat/banking: transaction ids and references with their names",
      C("Transaction ID %s on %02d/%02d for €%s - I don't recognise it. Ref: %s" % (ref_digits(10), R.randint(1, 28), R.randint(1, 12), price(), ref_digits(8))),
      A("Thanks. I've raised dispute case %s." % ref_digits(8)))


@neg
def n_booking_ref_spoken():
    N("call/travel: booking reference spelt with NATO letters (not PII)",
      A("what's the booking reference"),
      C("it's " + " ".join(spoken_letter(c, "nato") for c in [ch("BCDFGHJKLMNPRSTWXYZ") for _ in range(6)])),
      A("perfect i've got the booking for %s passengers on %s" % (num_words(R.randint(1, 6)), date_words())))


@neg
def n_policy_spoken():
    N("call/insurance: policy number with letters and digits (not NI-shaped) said with its name",
      A("can i have the policy number"),
      C("policy number " + spoken_letter(ch("HMPQ")) + " " + spoken_letter(ch("XZTV")) + " " + spoken_letter(ch("RKL")) + " " + dsp(digits(7))),
      A("thanks renewal is due on %s" % date_words()))


@neg
def n_payment_date_year():
    N("call/utilities: payment date with full year spoken (not a DOB)",
      A("your last payment was taken on %s %s" % (date_words(), year_words(R.randint(2023, 2025)))),
      C("and the next one is the same day next month"),
      A("yes %s" % amt_words()))


@neg
def n_counts_chat():
    N("chat/telecom: phone-plan numbers: minutes, texts, GB and price",
      C("Is the %dGB plan with %d minutes and unlimited texts still £%s/month for %d months?" % (ch([30, 50, 100]), ch([500, 1000, 3000]), price(), ch([12, 18, 24]))),
      A("Yes - and %d%% off for the first %d months." % (ch([10, 20, 25, 50]), ch([3, 6]))))


@neg
def n_price_digits():
    p = digits(5)
    N("call/retail: price read digit by digit then in words",
      C("the price on the website said %s" % dsp(p)),
      A("that's %s pounds %s yes for the sofa plus delivery of %s" % (num_words(int(p[:3])), num_words(int(p[3:])) if p[3] != "0" else "oh " + UNITS[int(p[4])], ch(["twenty nine ninety nine", "forty five pounds", "nothing"]))))


@neg
def n_case_number_long():
    N("call/government services: case number and dates of an application",
      A("your case number is %s and the application was received %s" % (dsp(ref_digits(10)), date_words())),
      C("when will i hear back"),
      A("within %s weeks" % num_words(R.randint(2, 12))))


@neg
def n_old_date():
    N("call/banking: an old account-opening date with a 19xx year (not a DOB)",
      C("i opened the account on %s %s" % (date_words(), year_words(R.randint(1985, 2005)))),
      A("yes i can see it's been open since then and you've had %s cards on it" % num_words(R.randint(2, 6))))


@neg
def n_ref_zero_lead():
    N("chat/telecom: 10-digit complaint reference beginning with 0 (phone-like) with its name",
      C("Complaint ref 0%s - still no reply after %d days" % (digits(9), R.randint(3, 30))),
      A("Thanks, complaint ref noted; a manager will respond within %d working days." % ch([5, 8, 10])))


@neg
def n_callback_time():
    N("call/insurance: callback times and dates spoken",
      C("can you call me back at %s tomorrow or %s on %s" % (ch(["half four", "quarter past five", "ten to nine", "eleven fifteen"]), ch(["twelve thirty", "three o'clock", "after seven"]), ch(["friday", "monday", "the twelfth"]))),
      A("of course i'll book it for %s between %s and %s" % (ch(["friday", "tomorrow"]), ch(["two", "four"]), ch(["five", "six"]))))


@neg
def n_move_out():
    N("call/utilities: move-out date and final meter reading",
      C("i'm moving out on %s and the final reading is %s" % (date_words(), dsp(digits(5, False)))),
      A("thanks the final bill will be sent within %s weeks" % num_words(R.randint(2, 6))))


@neg
def n_years_list():
    y = R.randint(2016, 2022)
    N("chat/utilities: statements for several years and amounts",
      C("Can I get statements for %d, %d and %d? Total about €%d,%03d" % (y, y + 1, y + 2, R.randint(1, 9), R.randint(0, 999))),
      A("Yes, statements from %d onwards are in the app under Documents." % (y - 1)))


@neg
def n_years():
    N("chat/insurance: years and no-claims history",
      C("I've had %d years no claims since %d, car is a %d Golf, %d cc" % (R.randint(2, 15), R.randint(2005, 2020), R.randint(2010, 2024), ch([1395, 1598, 1968]))),
      A("Great, that's %d%% no-claims discount." % ch([30, 45, 60, 65])))


# ================================================================ build / check
def build():
    global R, ch, CASE_LIST
    R = random.Random(SEED)
    ch = R.choice
    CASE_LIST = []
    for fn, n in POS:
        for _ in range(n):
            fn()
    pos = [c for c in CASE_LIST if c["kind"] == "positive"]
    CASE_LIST = []
    for _round in range(3):
        for fn in NEG:
            if _round == 2 and R.random() < 0.45:
                continue
            fn()
    negs = CASE_LIST
    R.shuffle(pos)
    R.shuffle(negs)
    out = []
    for i, c in enumerate(pos, 1):
        out.append(dict(id="h168-pos-%03d" % i, **c))
    for i, c in enumerate(negs, 1):
        out.append(dict(id="h168-neg-%03d" % i, **c))
    return out


def order(c):
    return {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}


def serialise(cases):
    return "".join(json.dumps(order(c), ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(cases):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        cid = c["id"]
        if c["kind"] not in ("positive", "negative"):
            errs.append("%s: bad kind" % cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s: negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                errs.append("%s: bad speaker" % cid)
        by_type = {}
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % cid)
                continue
            text = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if (a > 0 and text[a - 1].isalnum()) or (b < len(text) and text[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, text[a:b]))
            if text[a].isspace() or text[b - 1].isspace():
                errs.append("%s: span has outer whitespace" % cid)
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s: overlapping spans" % cid)
            prev[s["turn"]] = b
            by_type.setdefault(s["type"], []).append(text[a:b])
        for typ, vals in by_type.items():
            i = 0
            while i < len(vals):
                for j in range(i, len(vals)):
                    joined = " ".join(vals[i:j + 1])
                    if valid(typ, joined):
                        i = j + 1
                        break
                else:
                    errs.append("%s: invalid %s value %r" % (cid, typ, vals[i]))
                    break
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans < %d" % (t, cnt[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h168

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against; looking at failures here and changing the redactor
to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation, the benchmark, or any other
PII fixture (only a three-line example of the JSONL format). Cases are produced by
`scripts/make_pii_holdout168.py` from template functions: every turn is assembled
from plain-text segments and `(value, TYPE)` segments so offsets are computed,
never typed. All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout168.py --check` regenerates the set,
compares it with the file, and validates ids, offsets, word boundaries, overlaps
and every labelled value after normalising spoken forms (Luhn for cards, mod-97
for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for
CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

%d positive cases, %d negative cases (%d total). Chat cases use typed values with
varied separators and case; call cases imitate ASR transcripts (lower case, numbers
as words, "oh"/"o"/"nought"/"zero" for 0, "double"/"triple", digit pairs such as
"forty one", letters as "b for bravo" / "s as in sugar", e-mails as "x dot y at
gmail dot com", fillers, values split over turns with agent back-channels, agent
read-backs, self-corrections).

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers exactly the value: the first to last character of the value
  (digits, number words, spelled letters, NATO words such as "for bravo",
  "as in sugar", "double"/"triple", and any filler such as "um" that falls
  *inside* the reading). Lead-ins ("it's", "card number is", "sort code") and
  trailing chit-chat are outside.
* A value split over several turns is labelled as one span per turn-chunk, all
  with the same type; back-channel turns are unlabelled.
* When the agent reads a value back, the read-back is labelled too. When a
  customer corrects themselves with a second full value, both are labelled.
* EXPIRY covers month and year ("oh four twenty seven", "04/27"); DOB covers the
  whole date including the year; ADDRESS covers house number plus street name
  (town and postcode are separate; postcode is labelled POSTCODE, town is not
  labelled); POSTCODE includes UK postcodes and US ZIP / ZIP+4 codes. A flat /
  apartment number typed in the same segment as the street ("Flat 3, 4 Oak Lane",
  "12 Pine St Apt 5") is inside the ADDRESS span; a flat number said alone in an
  earlier turn ("it's flat two") is not labelled.
* ASR homophones inside a reading ("for" = four, "to"/"too" = two, "won" = one,
  "ate" = eight) are part of the value and inside the span.
* Only the customer's own data is labelled. Card last-four mentions ("ending in
  four two one one"), order / claim / ticket / invoice / transaction / tracking /
  case / policy references with their name, serial and model numbers, meter
  readings, amounts (including amounts read digit by digit), times and opening
  hours, appointment and payment dates, flight numbers, room numbers, speeds,
  percentages, ages, temperatures and balances are never labelled; negative cases
  consist only of such material (and PII keywords with no value given).
* Positive cases may contain such non-PII numbers next to the PII; they are not
  labelled and a redactor that removes them is over-redacting (not measured as a
  miss on positives, but the same material makes negatives fail).
""" % (SEED, npos, nneg, len(cases), rows)


def main():
    cases = build()
    data = serialise(cases)
    errs = verify(cases)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError as e:
            on_disk = None
            errs.append("cannot read %s: %s" % (CASES, e))
        if on_disk is not None:
            if on_disk != data:
                errs.append("cases.jsonl differs from regenerated output")
            errs.extend(verify([json.loads(l) for l in on_disk.splitlines()]) if on_disk != data else [])
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(cases):
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("cannot read README: %s" % e)
    elif not errs:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(readme(cases))
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    print("h168: %d cases (%d positive, %d negative), %d spans" % (len(cases), npos, len(cases) - npos, sum(cnt.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))


if __name__ == "__main__":
    main()

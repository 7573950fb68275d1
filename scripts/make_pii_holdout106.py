#!/usr/bin/env python3
"""Generate held-out PII redaction evaluation set 106 (standard library only).

Usage:
    python scripts/make_pii_holdout106.py          # write fixture + README
    python scripts/make_pii_holdout106.py --check  # regenerate and verify

Written by an AI helper acting as an independent author that did not see
the redaction code.  Never use this set for tuning.
"""
import json
import random
import re
import sys
from pathlib import Path

SEED = 106241126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout106"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- numbers
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"1": "won", "2": "to", "4": "for", "8": "ate"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "g": "golf",
        "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu", "f": "foxtrot", "o": "oscar", "q": "quebec",
        "u": "uniform", "v": "victor", "i": "india"}
WORDY = {"a": "apple", "b": "bob", "c": "cat", "d": "david", "e": "edward", "g": "george",
         "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
         "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
         "x": "xmas", "y": "yellow", "z": "zebra"}
LHOMO = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay", "p": "pee",
         "r": "are", "t": "tee", "y": "why", "z": "zed", "e": "e", "a": "a", "g": "gee",
         "h": "aitch", "s": "ess", "m": "em", "n": "en", "l": "el", "x": "ex"}
FILLERS = ["um", "uh", "er", "erm"]


def two(n2):
    """spoken form of a two-character digit string (pair)."""
    a, b = n2[0], n2[1]
    if a == "0":
        return R.choice(["oh", "o", "zero"]) + " " + DIG[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DIG[int(b)]


def say_digits(s, zero=None, homo=0.0, runs=True, filler=0.0):
    """digit by digit, optionally double/triple and homophones."""
    zero = zero or R.choice(["zero", "oh", "o", "nought", "oh"])
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        n = 1
        while runs and i + n < len(s) and s[i + n] == c and n < 3:
            n += 1
        w = zero if c == "0" else DIG[int(c)]
        if c in HOMO and R.random() < homo:
            w = HOMO[c]
        if n == 3 and R.random() < 0.8:
            out.append("triple " + w)
            i += 3
        elif n >= 2 and R.random() < 0.8:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def say_pairs(s, last=True):
    """group spoken as pairs / hundreds ('forty one eleven', 'forty five hundred')."""
    out = []
    if len(s) % 2:
        out.append(DIG[int(s[0])] if s[0] != "0" else "oh")
        s = s[1:]
    if len(s) == 4 and s[2:] == "00" and s[0] != "0":
        out.append(two(s[:2]) + " hundred")
        return " ".join(out)
    chunks = [s[i:i + 2] for i in range(0, len(s), 2)]
    for k, ch in enumerate(chunks):
        is_last = last and k == len(chunks) - 1
        if ch[1] == "0" and ch[0] not in "01" and not is_last:
            out.append(DIG[int(ch[0])] + " " + R.choice(["oh", "zero"]))
        else:
            out.append(two(ch))
    return " ".join(out)


def say_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "asin":
        return c + " as in " + WORDY.get(c, NATO[c])
    if style == "homo":
        return LHOMO.get(c, c)
    return c


def year_words(y):
    y = int(y)
    if 2000 <= y <= 2009:
        return "two thousand" + ("" if y == 2000 else R.choice([" and ", " "]) + DIG[y - 2000])
    hi, lo = divmod(y, 100)
    if lo == 0:
        return two(str(hi)) + " hundred"
    if lo < 10:
        return two(str(hi)) + " oh " + DIG[lo]
    return two(str(hi)) + " " + two("%02d" % lo)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        t += n
    return t % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19",
                             "mc2"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16),
               "mc2": (R.choice(["2221", "2720", "2300"]), 16), "amex": (R.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13), "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def groups(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    return [card[i:i + 4] for i in range(0, len(card), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(no_w=True):
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD and p != "ER" and not (no_w and "W" in p):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    rd = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rd(14)
    elif country == "DE":
        bban = rd(18)
    elif country == "FR":
        bban = rd(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rd(10)
    else:
        bban = rd(20)
    return country + iban_check(country, bban) + bban


def rd(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def uk_postcode():
    return R.choice(["SW1A 2BQ", "LS6 2AB", "M14 5TP", "B33 8TH", "CR2 6XH", "EH8 9LU",
                     "G12 8QQ", "BS7 0RT", "NE4 6BD", "CF10 1EP", "L17 4AX", "EC2R 8AH",
                     "W1D 3QF", "OX4 1TZ", "DN55 1PT", "BT9 5EE", "YO10 3HP", "N1 9GU",
                     "SE15 4RW", "NG7 2RD", "PL4 8AA", "KT19 8PH"])


STREETS = ["Elm", "Mill", "Station", "Church", "Victoria", "Queens", "Park", "Oak",
           "Mapleton", "Beech", "Hawthorn", "Kingsley", "Ashgrove", "Willow", "Chestnut",
           "Highfield", "Orchard", "Meadow", "Lincoln", "Maple", "Cedar", "Riverside"]
SUFFIX = ["Street", "Road", "Lane", "Avenue", "Drive", "Close", "Crescent", "Way",
          "Court", "Terrace", "Boulevard", "Place", "Gardens"]
FIRST = ["james", "sarah", "mohammed", "olivia", "liam", "aoife", "sean", "priya", "tom",
         "grace", "daniel", "chloe", "niamh", "luca", "emma", "kofi", "mei", "jack"]
LAST = ["smith", "obrien", "patel", "murphy", "jones", "kowalski", "nguyen", "walsh",
        "brown", "garcia", "taylor", "kelly", "evans", "dubois", "muller", "hughes"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "web.de", "live.ie", "protonmail.com"]

# ---------------------------------------------------------------- case building
CASELIST = []
META = []
_gid = [0]


def V(text, typ, group=None, canon=None, partial=False):
    return {"text": text, "type": typ, "group": group, "canon": canon, "partial": partial}


def newgroup():
    _gid[0] += 1
    return _gid[0]


def build(kind, turns, note):
    """turns: list of (speaker, [segments]); segment = str or V-dict."""
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                st = len(text)
                text += seg["text"]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": seg["type"]})
                g = seg["group"] if seg["group"] is not None else newgroup()
                meta.append({"group": g, "canon": seg["canon"], "partial": seg["partial"]})
        out_turns.append({"speaker": spk, "text": text})
    n = sum(1 for c in CASELIST if c["kind"] == kind) + 1
    cid = "h106-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASELIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans if kind == "positive" else [],
                     "note": note})
    META.append(meta)


A = "agent"
C = "customer"
BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yes", "sure go ahead"]


def back():
    return R.choice(BACK)


# ---- card templates
def card_call_single(ind="telecom"):
    card = make_card()
    zero = R.choice(["zero", "oh", "o", "nought"])
    spoken = " ".join(say_digits(g, zero=zero, homo=0.15) for g in groups(card))
    lead = R.choice(["yeah it's ", "okay so it's ", "right the long number is ", "", "uh it's ",
                     "the card number is "])
    tail = R.choice(["", " and that's a visa", " did you get that", " okay", " thats the one"])
    build("positive", [(A, [R.choice(["can i take the long card number please",
                                      "go ahead with the sixteen digits on the front",
                                      "whats the card number youd like to use"])]),
                       (C, [lead, V(spoken, "CARD_NUMBER", canon=card), tail])],
          "call/%s: card digit by digit, zero as '%s', runs as double/triple, homophones" % (ind, zero))


def card_call_split(ind="insurance"):
    card = make_card(R.choice(["visa", "mc", "disc", "amex"]))
    g = newgroup()
    turns = [(A, ["okay go ahead with the card number when youre ready"])]
    gs = groups(card)
    for k, grp in enumerate(gs):
        style = R.random()
        sp = say_pairs(grp, last=(k == len(gs) - 1)) if style < 0.4 else say_digits(grp, filler=0.1)
        pre = R.choice(["", "", "right ", "so ", "then ", "um "]) if k == 0 else R.choice(["", "", "and ", "then "])
        post = R.choice(["", "", " um", " yeah"])
        turns.append((C, [pre, V(sp, "CARD_NUMBER", group=g, canon=card), post]))
        if k < len(gs) - 1:
            turns.append((A, [back() if k < len(gs) - 2 else R.choice(["and the last ones", "mhm and the rest", back()])]))
    build("positive", turns, "call/%s: card split over customer turns with back-channels, mixed pairs and digits" % ind)


def card_call_pairs(ind="retail"):
    card = make_card(R.choice(["visa", "mc", "mc2", "disc"]))
    gs = groups(card)
    parts = [say_pairs(x, last=(k == len(gs) - 1)) for k, x in enumerate(gs)]
    spoken = R.choice([" ", ", ", " "]).join(parts)
    amount = R.choice(["forty nine ninety nine", "a hundred and twenty pounds", "twelve fifty",
                       "three hundred dollars"])
    build("positive", [(A, ["and the total today is %s how would you like to pay" % amount]),
                       (C, ["on my card please its ", V(spoken, "CARD_NUMBER", canon=card)])],
          "call/%s: card in pairs/hundreds ('forty one eleven', 'forty five hundred') after an amount" % ind)


def card_call_correction(ind="banking"):
    card = make_card(R.choice(["visa", "mc"]))
    k = R.choice([4, 6, 8])
    wrong = card[:k - 1] + str((int(card[k - 1]) + R.randint(1, 8)) % 10)
    g = newgroup()
    turns = [(A, ["can you read me the card number"]),
             (C, [V(say_digits(wrong), "CARD_NUMBER", group=newgroup(), canon=wrong, partial=True),
                  R.choice([" no sorry ", " no wait ", " hang on sorry let me start again ", " oops no "]),
                  V(say_digits(card, homo=0.1), "CARD_NUMBER", group=g, canon=card)])]
    build("positive", turns, "call/%s: caller starts card, corrects herself, restarts; retracted fragment labelled separately" % ind)


def card_readback(ind="travel"):
    card = make_card(R.choice(["visa", "mc", "amex"]))
    zero = R.choice(["zero", "oh"])
    c1 = " ".join(say_digits(x, zero=zero) for x in groups(card))
    c2 = ", ".join(say_digits(x, zero=zero, runs=False) for x in groups(card))
    build("positive", [(A, ["whats the card number on the booking"]),
                       (C, ["its ", V(c1, "CARD_NUMBER", canon=card)]),
                       (A, ["let me just read that back ", V(c2, "CARD_NUMBER", canon=card), " is that right"]),
                       (C, ["yes thats it"])],
          "call/%s: agent reads the card back group by group" % ind)


def card_chat(ind="retail"):
    card = make_card()
    sep = R.choice([" ", "-", "", " - ", ".", "  ", "mixed", "/"])
    gs = groups(card)
    if sep == "mixed":
        txt = gs[0] + " " + "".join(gs[1:-1]) + "-" + gs[-1]
    else:
        txt = sep.join(gs)
    mm, yy = "%02d" % R.randint(1, 12), "%02d" % R.randint(27, 31)
    cvv = rd(4 if len(card) == 15 else 3)
    exp = R.choice([mm + "/" + yy, mm + "-" + yy, mm + "/20" + yy, mm + yy])
    forms = [
        [R.choice(["card no: ", "Card number is ", "card num ", "CC#"]), V(txt, "CARD_NUMBER", canon=card),
         R.choice([" exp ", ", expiry ", " expires "]), V(exp, "EXPIRY", canon=mm + yy),
         R.choice([" cvv ", " sec code ", ", CVC: ", " and the 3 digits on back are "]), V(cvv, "CVV", canon=cvv)],
        ["hi can u use this one pls ", V(txt, "CARD_NUMBER", canon=card), " thx"],
        ["ok here: ", V(txt, "CARD_NUMBER", canon=card), "\nexpiry ", V(exp, "EXPIRY", canon=mm + yy)],
    ]
    build("positive", [(C, R.choice(forms))], "chat/%s: card typed with separator %r, maybe expiry/cvv" % (ind, sep))


def card_chat_split(ind="utilities"):
    card = make_card(R.choice(["visa", "mc"]))
    gs = groups(card)
    g = newgroup()
    build("positive", [(A, ["Please type the card number to pay the outstanding £84.20"]),
                       (C, [V(" ".join(gs[:2]), "CARD_NUMBER", group=g, canon=card)]),
                       (C, [V(" ".join(gs[2:]), "CARD_NUMBER", group=g, canon=card), R.choice(["", " sorry hit enter", " oops"])])],
          "chat/%s: card split over two chat messages" % ind)


def card_chat_typo(ind="telecom"):
    card = make_card(R.choice(["visa", "mc", "disc"]))
    gs = groups(card)
    txt = " ".join(gs)
    # letter O for zero typo if any zero, else lower-case l? keep only O typo
    if "0" in txt:
        i = txt.index("0")
        txt = txt[:i] + "O" + txt[i + 1:]
        note = "letter O typed for zero"
    else:
        txt = "".join(gs[:2]) + " " + "".join(gs[2:])
        note = "two blocks of eight"
    build("positive", [(C, ["my card is ", V(txt, "CARD_NUMBER", canon=card), " can you take the £25 top up from it"])],
          "chat/%s: card typed with %s, next to an amount" % (ind, note))


def card_call_full(ind="healthcare billing"):
    card = make_card(R.choice(["visa", "mc", "amex"]))
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rd(4 if len(card) == 15 else 3)
    exp_forms = [(two("%02d" % mm) + " " + two(str(yy)), "%02d%02d" % (mm, yy)),
                 (MONTHS[mm - 1] + " twenty " + two(str(yy)), "%02d%02d" % (mm, yy)),
                 (say_digits("%02d" % mm) + " " + two(str(yy)), "%02d%02d" % (mm, yy))]
    ef, ec = R.choice(exp_forms)
    build("positive", [(A, ["whats the card number"]),
                       (C, [V(say_digits(card, filler=0.08), "CARD_NUMBER", canon=card)]),
                       (A, ["and the expiry"]),
                       (C, [R.choice(["its ", "", "uh "]), V(ef, "EXPIRY", canon=ec)]),
                       (A, ["and the security code on the back"]),
                       (C, [V(say_digits(cvv), "CVV", canon=cvv)])],
          "call/%s: card with fillers, spoken expiry and cvv in separate turns" % ind)


def card_cvv_call(ind="telecom"):
    card = make_card(R.choice(["visa", "mc", "amex", "disc"]))
    cvv = rd(4 if len(card) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    ec = "%02d%02d" % (mm, yy)
    ef = R.choice([two("%02d" % mm) + " " + two(str(yy)), say_digits("%02d" % mm, zero="oh") + " slash " + two(str(yy)),
                   MONTHS[mm - 1] + " " + two(str(yy))])
    cv = R.choice([say_digits(cvv), say_pairs(cvv) if len(cvv) == 4 else DIG[int(cvv[0])] + " " + two(cvv[1:]) if cvv[1] != "0" else say_digits(cvv)])
    g = newgroup()
    gs = groups(card)
    build("positive", [(A, ["go ahead with the card details"]),
                       (C, [V(" ".join(say_digits(x) for x in gs[:2]), "CARD_NUMBER", group=g, canon=card)]),
                       (A, [back()]),
                       (C, [V(" ".join(say_digits(x) for x in gs[2:]), "CARD_NUMBER", group=g, canon=card),
                            R.choice([" expiry ", " expires ", " and it runs out "]), V(ef, "EXPIRY", canon=ec),
                            R.choice([" and the code on the back is ", " security number ", " cvv "]), V(cv, "CVV", canon=cvv)]),
                       (A, ["thank you thats forty two pounds taken"])],
          "call/%s: card split in two turns, then expiry and cvv in the same turn" % ind)


# ---- SSN
def ssn_forms(ssn):
    a, b, c = ssn[:3], ssn[3:5], ssn[5:]
    return [
        ("digits", say_digits(ssn, homo=0.1)),
        ("grouped", say_digits(a) + ", " + say_digits(b) + ", " + say_digits(c)),
        ("pairs", (DIG[int(a[0])] if a[0] != "0" else "oh") + " " + two(a[1:]) + " " + two(b) + " " + say_pairs(c)),
        ("filler", say_digits(a) + " " + R.choice(FILLERS) + " " + say_digits(b) + " " + R.choice(FILLERS) + " " + say_digits(c)),
        ("hundred", (DIG[int(a[0])] + " hundred " + ("" if a[1:] == "00" else two(a[1:]) + " ")) if (a[0] != "0" and ((a[1] != "0" and a[2] != "0") or a[1:] == "00")) else say_digits(a) + " ")
    ]


def ssn_call(ind="government services"):
    ssn = make_ssn()
    name, form = R.choice(ssn_forms(ssn))
    if name == "hundred":
        if "hundred" not in form:
            name = "digits fallback"
        form = form + say_digits(ssn[3:])
    build("positive", [(A, [R.choice(["for verification can i get your social security number",
                                      "and your social please", "i'll need the ssn on the account"])]),
                       (C, [R.choice(["sure its ", "yeah ", "okay its ", "", "my social is "]), V(form, "SSN", canon=ssn),
                            R.choice(["", " and im calling about my refund", " thanks"])])],
          "call/%s: SSN spoken (%s)" % (ind, name))


def ssn_chat(ind="banking"):
    ssn = make_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s/%s/%s", "%s -%s- %s"])
    txt = fmt % (ssn[:3], ssn[3:5], ssn[5:])
    lead = R.choice(["SSN: ", "my ssn is ", "social sec # ", "Social Security Number ", "ss# ", "ssn "])
    build("positive", [(A, ["To verify your identity please provide your SSN."]),
                       (C, [lead, V(txt, "SSN", canon=ssn), R.choice(["", ".", " thanks", " and dob on file is same"])])],
          "chat/%s: SSN typed as %r" % (ind, fmt))


def ssn_split(ind="insurance"):
    ssn = make_ssn()
    g = newgroup()
    parts = [ssn[:3], ssn[3:5], ssn[5:]]
    turns = [(A, ["can you give me your social security number"])]
    for k, p in enumerate(parts):
        sp = say_pairs(p) if (len(p) == 4 and R.random() < 0.5) else say_digits(p)
        turns.append((C, [R.choice(["", "", "uh "]), V(sp, "SSN", group=g, canon=ssn)]))
        if k < 2:
            turns.append((A, [back()]))
    if R.random() < 0.5:
        turns.append((A, ["so thats ", V(say_digits(ssn[:3]) + " " + say_digits(ssn[3:5]) + " " + say_digits(ssn[5:]), "SSN", canon=ssn), " correct"]))
        turns.append((C, ["correct"]))
    build("positive", turns, "call/%s: SSN split 3-2-4 over turns, maybe read back by agent" % ind)


def ssn_correction(ind="healthcare billing"):
    ssn = make_ssn()
    bad = ssn[:3] + ssn[3:5][::-1] if ssn[3] != ssn[4] else ssn[:3] + str((int(ssn[3]) + 1) % 10) + ssn[4]
    build("positive", [(A, ["whats the patients social"]),
                       (C, [V(say_digits(bad), "SSN", canon=bad, partial=True), R.choice([" no sorry ", " scratch that ", " wait no "]),
                            V(say_digits(ssn), "SSN", canon=ssn)])],
          "call/%s: SSN started, corrected, restarted; retracted fragment labelled separately" % ind)


def ssn_with_other(ind="banking"):
    ssn = make_ssn()
    zipc = rd(5, True)
    build("positive", [(A, ["i just need your social and zip code to pull up the account"]),
                       (C, ["okay social is ", V(say_digits(ssn[:3]) + " " + say_digits(ssn[3:5]) + " " + say_digits(ssn[5:]), "SSN", canon=ssn),
                            " and zip is ", V(say_digits(zipc), "POSTCODE", canon=zipc), " i owe like two hundred and six dollars"])],
          "call/%s: SSN and ZIP in one turn plus a money amount" % ind)


# ---- NI
def ni_spoken(ni, style=None):
    style = style or R.choice(["plain", "nato", "asin", "homo", "pairs", "double"])
    p, d, s = ni[:2].lower(), ni[2:8], ni[8].lower()
    if style == "double" and p[0] == p[1]:
        pre = "double " + p[0]
    elif style in ("nato", "asin", "homo"):
        pre = say_letter(p[0], style) + " " + say_letter(p[1], style)
    else:
        pre = p[0] + " " + p[1]
    if style == "pairs":
        dig = two(d[:2]) + " " + two(d[2:4]) + " " + two(d[4:])
    else:
        dig = say_digits(d, homo=0.1 if style == "homo" else 0)
    suf = say_letter(s, style if style in ("nato", "asin", "homo") else "plain")
    return style, pre + " " + dig + " " + suf


def ni_call(ind="government services"):
    ni = make_ni()
    style, sp = ni_spoken(ni)
    build("positive", [(A, [R.choice(["can i take your national insurance number", "whats your ni number please",
                                      "and your national insurance"])]),
                       (C, [R.choice(["yeah its ", "its ", "", "right ok its "]), V(sp, "NI_NUMBER", canon=ni),
                            R.choice(["", " i think", " thats off my payslip"])])],
          "call/%s: NI number spoken, style %s" % (ind, style))


def ni_chat(ind="government services"):
    ni = make_ni()
    p, d, s = ni[:2], ni[2:8], ni[8]
    fmt = R.choice(["sp", "compact", "lower", "dash", "lettersp", "mixed"])
    txt = {"sp": "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s), "compact": ni,
           "lower": ni.lower(), "dash": "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s),
           "lettersp": " ".join(ni), "mixed": "%s %s %s" % (p.lower(), d, s)}[fmt]
    build("positive", [(A, ["Could you confirm your National Insurance number?"]),
                       (C, [R.choice(["NI no ", "its ", "sure - ", "NINO: ", ""]), V(txt, "NI_NUMBER", canon=ni),
                            R.choice(["", " cheers", " (from my P60)"])])],
          "chat/%s: NI typed format %s" % (ind, fmt))


def ni_split(ind="banking"):
    ni = make_ni()
    g = newgroup()
    p, d, s = ni[:2].lower(), ni[2:8], ni[8].lower()
    style = R.choice(["nato", "plain", "homo"])
    turns = [(A, ["whats your national insurance number"]),
             (C, ["its ", V(say_letter(p[0], style) + " " + say_letter(p[1], style), "NI_NUMBER", group=g, canon=ni)]),
             (A, [back()]),
             (C, [V(say_pairs(d[:4], last=False), "NI_NUMBER", group=g, canon=ni)]),
             (A, [back()]),
             (C, [V(say_digits(d[4:]), "NI_NUMBER", group=g, canon=ni), R.choice([" and then ", " and the letter at the end is ", " then "]),
                  V(say_letter(s, style), "NI_NUMBER", group=g, canon=ni)])]
    if R.random() < 0.5:
        turns.append((A, ["lovely so ", V(" ".join(ni_spoken(ni, "plain")[1].split()), "NI_NUMBER", canon=ni)]))
    build("positive", turns, "call/%s: NI number split over turns, letters style %s, maybe read back" % (ind, style))


def ni_correction(ind="utilities"):
    ni = make_ni()
    _, sp = ni_spoken(ni, R.choice(["plain", "homo"]))
    build("positive", [(A, ["and for the warm home discount i need your NI number"]),
                       (C, ["okay its ", V(say_letter(ni[0].lower(), "plain") + " " + say_letter(ni[1].lower(), "plain") + " " + say_digits(ni[2:5]),
                                         "NI_NUMBER", canon=ni[:5], partial=True),
                            R.choice([" no hang on ill start again ", " sorry no ", " erm no "]), V(sp, "NI_NUMBER", canon=ni)])],
          "call/%s: NI number restarted after a false start" % ind)


def asr_numerals(ind="banking"):
    """ASR engine rendering spoken numbers as numerals in irregular chunks."""
    what = R.choice(["card", "ssn", "ni"])
    if what == "card":
        val = make_card(R.choice(["visa", "mc", "disc"]))
        cuts = [2, 4, 6, 8, 10, 12, 14] if R.random() < 0.5 else [4, 8, 12]
        typ, q = "CARD_NUMBER", "and the card number"
    elif what == "ssn":
        val = make_ssn()
        cuts = R.choice([[3, 5], [1, 3, 5, 7], [3, 5, 7]])
        typ, q = "SSN", "whats your social"
    else:
        val = make_ni()
        cuts = [2, 4, 6, 8]
        typ, q = "NI_NUMBER", "and your national insurance number"
    pieces, last = [], 0
    for c in cuts + [len(val)]:
        pieces.append(val[last:c])
        last = c
    txt = " ".join(pieces).lower()
    if what == "ni":
        txt = " ".join(val[:2].lower()) + " " + " ".join(pieces[1:]).lower()
    if what == "ssn" and R.random() < 0.5:
        txt = val[:3] + " dash " + val[3:5] + " dash " + val[5:]
    build("positive", [(A, [q]), (C, [R.choice(["yeah its ", "its ", "um "]), V(txt, typ, canon=val), R.choice(["", " i think", " sorry im driving"])])],
          "call/%s: ASR rendered the %s as numerals in irregular chunks (lower case, no punctuation)" % (ind, what))


def card_interrupted(ind="retail"):
    card = make_card(R.choice(["visa", "mc", "disc"]))
    gs = groups(card)
    k = R.choice([1, 2, 3])
    g = newgroup()
    aside = R.choice([" hang on let me get my glasses out ", " sorry the dog is barking ", " wait its worn off a bit here ",
                      " sorry two secs kids ", " hold on the light is bad in here "])
    conn = R.choice([" ", " then ", ", "])
    build("positive", [(A, ["okay and the long number on the card"]),
                       (C, [V(conn.join(say_digits(x) for x in gs[:k]), "CARD_NUMBER", group=g, canon=card), aside,
                            V(conn.join(say_digits(x) for x in gs[k:]), "CARD_NUMBER", group=g, canon=card)]),
                       (A, ["thank you"])],
          "call/%s: card reading interrupted mid-turn by chit-chat; two spans in one turn" % ind)


def ni_agent_readback(ind="government services"):
    ni = make_ni()
    _, sp = ni_spoken(ni, R.choice(["plain", "pairs"]))
    rb = " ".join(say_letter(c.lower(), "nato") for c in ni[:2]) + " " + say_pairs(ni[2:8]) + " " + say_letter(ni[8].lower(), "nato")
    build("positive", [(A, ["whats your national insurance number"]),
                       (C, [V(sp, "NI_NUMBER", canon=ni)]),
                       (A, ["let me read that back ", V(rb, "NI_NUMBER", canon=ni), " yeah"]),
                       (C, ["thats right and the claim was for six weeks"])],
          "call/%s: NI spoken then read back by agent in NATO letters and pairs" % ind)


def ssn_chat_split(ind="insurance"):
    ssn = make_ssn()
    g = newgroup()
    build("positive", [(A, ["Please enter your Social Security number to continue."]),
                       (C, [V(ssn[:3], "SSN", group=g, canon=ssn)]),
                       (C, [V(ssn[3:5] + R.choice(["-", " ", ""]) + ssn[5:], "SSN", group=g, canon=ssn)]),
                       (C, [R.choice(["sorry fat fingers", "sent too early", "oops"])])],
          "chat/%s: SSN sent across two chat messages" % ind)


def ni_chat_odd(ind="government services"):
    ni = make_ni()
    p, d, sfx = ni[:2], ni[2:8], ni[8]
    txt = R.choice(["%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], sfx), "%s %s %s %s" % (p.lower(), d[:3], d[3:], sfx.lower()),
                    "%s%s %s" % (p, d, sfx), "%s / %s / %s" % (p, d, sfx), "%s-%s%s" % (p, d, sfx)])
    build("positive", [(C, ["hiya re my universal credit claim (ref 88210344) my ni is ", V(txt, "NI_NUMBER", canon=ni),
                            R.choice(["", " ta", " and i moved house on 3rd may"])])],
          "chat/%s: NI typed with odd separators next to a claim reference" % ind)


# ---- bank
def bank_call(ind="banking"):
    sc, acct = rd(6), rd(8)
    g = R.random()
    scs = " ".join(two(sc[i:i + 2]) for i in (0, 2, 4)) if g < 0.5 else say_digits(sc)
    build("positive", [(A, ["can i take the sort code and account number"]),
                       (C, ["sort code ", V(scs, "SORT_CODE", canon=sc), R.choice([" and the account is ", " account number "]),
                            V(say_digits(acct, filler=0.1), "BANK_ACCOUNT", canon=acct)])],
          "call/%s: sort code and account number spoken in one turn" % ind)


def bank_chat(ind="utilities"):
    sc, acct = rd(6), rd(R.choice([8, 8, 10, 12]))
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    build("positive", [(A, ["To set up the direct debit please send account details."]),
                       (C, ["sort code ", V(scf, "SORT_CODE", canon=sc), R.choice([", acc no ", " account ", "\nAccount number: "]), V(acct, "BANK_ACCOUNT", canon=acct),
                            " - payment on the 1st of each month please"])],
          "chat/%s: sort code and account typed, date of payment is not PII" % ind)


def us_account(ind="banking"):
    acct = rd(R.choice([10, 11, 12]), True)
    build("positive", [(A, ["whats the checking account number"]),
                       (C, [V(say_digits(acct[:5]), "BANK_ACCOUNT", group=(g := newgroup()), canon=acct)]),
                       (A, [back()]),
                       (C, [V(say_digits(acct[5:]), "BANK_ACCOUNT", group=g, canon=acct), " and the routing i dont have to hand"])],
          "call/%s: US account number split over two turns" % ind)


# ---- IBAN
def iban_chat(ind="travel"):
    ib = make_iban()
    grouped = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    txt = R.choice([ib, grouped, grouped.lower(), ib[:4] + " " + ib[4:]])
    build("positive", [(A, ["Please share the IBAN for the refund of €312.40"]),
                       (C, ["IBAN ", V(txt, "IBAN", canon=ib), R.choice(["", " (AIB)", " thanks"])])],
          "chat/%s: IBAN typed, refund amount is not PII" % ind)


def iban_call(ind="insurance"):
    ib = make_iban(R.choice(["GB", "IE", "DE"]))
    parts = []
    for ch in ib.lower():
        parts.append(say_letter(ch, "nato" if ch == "o" else R.choice(["plain", "nato"])) if ch.isalpha() else DIG[int(ch)])
    sp = " ".join(parts)
    build("positive", [(A, ["whats the iban for the claim payment"]),
                       (C, ["okay its ", V(sp, "IBAN", canon=ib)])],
          "call/%s: IBAN spoken character by character with some NATO letters" % ind)


# ---- phone
def make_phone():
    kind = R.choice(["ukmob", "ukland", "us", "ie", "intl"])
    if kind == "ukmob":
        n = "07" + rd(9)
    elif kind == "ukland":
        code = R.choice(["20", "161", "113", "121", "131"])
        n = "0" + code + rd(10 - len(code))
    elif kind == "us":
        n = R.choice(["212", "415", "617", "312", "646"]) + rd(7, True)
    elif kind == "ie":
        n = "08" + R.choice("35679") + rd(7)
    else:
        n = "+44" + "7" + rd(9)
    return kind, n


def phone_call(ind="telecom"):
    kind, n = make_phone()
    if n.startswith("+"):
        sp = "plus four four " + say_digits(n[3:])
    elif kind == "us":
        sp = say_digits(n[:3]) + " " + say_digits(n[3:6]) + " " + say_pairs(n[6:])
    else:
        sp = say_digits(n, homo=0.1)
    build("positive", [(A, ["whats the best number to reach you on"]),
                       (C, [R.choice(["its ", "you can call me on ", "my mobile ", ""]), V(sp, "PHONE", canon=n),
                            R.choice(["", " after five", " any time before six pm"])])],
          "call/%s: %s phone spoken" % (ind, kind))


def phone_chat(ind="retail"):
    kind, n = make_phone()
    if kind == "us":
        txt = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s"]) % (n[:3], n[3:6], n[6:])
    elif n.startswith("+"):
        txt = R.choice([n, n[:3] + " " + n[3:7] + " " + n[7:], "+44 (0)" + n[3:7] + " " + n[7:]])
    else:
        txt = R.choice([n, n[:5] + " " + n[5:], n[:3] + "-" + n[3:6] + "-" + n[6:]])
    lead = ""
    while not txt[0].isalnum():
        lead += txt[0]
        txt = txt[1:]
    canon = re.sub(r"\D", "", txt)
    build("positive", [(C, [R.choice(["pls call me back on ", "my number: ", "tel ", "contact no. "]), lead, V(txt, "PHONE", canon=canon),
                            R.choice(["", " - order #55231 is late", " thx"])])],
          "chat/%s: %s phone typed" % (ind, kind))


# ---- email
def email_call(ind="retail"):
    f, l, dom = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    num = rd(2) if R.random() < 0.4 else ""
    sep = R.choice([".", "_", ""])
    addr = f + sep + l + num + "@" + dom
    sepw = {".": " dot ", "_": " underscore ", "": " "}[sep]
    if sep == "":
        left = f + " " + l
    else:
        left = f + sepw + l
    if num:
        left += " " + say_digits(num, zero=R.choice(["oh", "zero"]))
    domw = dom.replace(".", " dot ")
    sp = left + " at " + domw
    if R.random() < 0.3:
        sp = " ".join(say_letter(c, "plain") for c in f) + " " + sp[len(f) + 1:] if sep == "" else sp
    build("positive", [(A, ["and whats the email for the receipt"]),
                       (C, [R.choice(["its ", "yeah its ", ""]), V(sp, "EMAIL", canon=addr)])],
          "call/%s: email spoken with dot/at/underscore words" % ind)


def email_chat(ind="travel"):
    f, l, dom = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    addr = R.choice([f + "." + l, f[0] + l, l + "-" + f, f + rd(3)]) + "@" + dom
    txt = R.choice([addr, addr.upper(), addr.replace("@", " @ "), addr.capitalize()])
    build("positive", [(C, [R.choice(["send the e-ticket to ", "email: ", "my email is ", "pls update email to "]), V(txt, "EMAIL", canon=addr),
                            R.choice(["", " thanks", ". flight is BA117 on the 14th"])])],
          "chat/%s: email typed, maybe odd case or spaces" % ind)


# ---- DOB
def dob_value():
    y = R.randint(1940, 2006)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def dob_call(ind="insurance"):
    y, m, d = dob_value()
    forms = [ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y),
             MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y),
             two("%02d" % d) + " " + two("%02d" % m) + " " + year_words(y),
             say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + say_digits(str(y)[2:]),
             "the " + ORD[d] + " of the " + ORD[m] + " " + year_words(y)]
    sp = R.choice(forms)
    build("positive", [(A, ["can you confirm your date of birth"]),
                       (C, [R.choice(["yeah its ", "", "its ", "uh "]), V(sp, "DOB", canon="%04d%02d%02d" % (y, m, d)),
                            R.choice(["", " and im ringing about the renewal on the tenth", ""])])],
          "call/%s: date of birth spoken, non-birth date nearby unlabelled" % ind)


def dob_chat(ind="healthcare billing"):
    y, m, d = dob_value()
    txt = R.choice(["%02d/%02d/%04d" % (d, m, y), "%d-%d-%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                    "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y), "%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%02d" % (d, m, y % 100)])
    build("positive", [(A, ["Please confirm the patient's date of birth"]),
                       (C, [R.choice(["DOB ", "dob: ", "born ", "its "]), V(txt, "DOB", canon="%04d%02d%02d" % (y, m, d)),
                            R.choice(["", ", appointment was 12/03", " - bill ref 8831027"])])],
          "chat/%s: DOB typed in format %s" % (ind, txt))


# ---- address / postcode
def addr_call(ind="utilities"):
    num = R.randint(1, 240)
    st, sf = R.choice(STREETS).lower(), R.choice(SUFFIX).lower()
    pc = uk_postcode()
    numw = two("%02d" % num) if num < 100 and num >= 10 else (DIG[num] if num < 10 else DIG[num // 100] + " " + (two("%02d" % (num % 100)) if num % 100 else "hundred"))
    pcw = " ".join((DIG[int(c)] if c.isdigit() else say_letter(c.lower(), "nato" if c == "O" else R.choice(["plain", "plain", "nato"]))) for c in pc.replace(" ", ""))
    build("positive", [(A, ["whats the address for the meter"]),
                       (C, [V(numw + " " + st + " " + sf, "ADDRESS", canon=str(num)), R.choice([" in leeds", " manchester", " flat two", ""]),
                            R.choice([" postcode ", " and the postcode is "]), V(pcw, "POSTCODE", canon=pc.replace(" ", ""))])],
          "call/%s: street address and UK postcode spoken letter by letter" % ind)


def addr_chat(ind="retail"):
    num = R.randint(1, 2400)
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    us = R.random() < 0.5
    if us:
        pc = rd(5, True) + (("-" + rd(4)) if R.random() < 0.4 else "")
        city = R.choice(["Austin, TX ", "Dayton, OH ", "Fresno, CA ", "Boise, ID "])
    else:
        pc = uk_postcode()
        pc = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        city = R.choice(["Leeds ", "Bristol ", "London ", "Glasgow "])
    apt = R.choice(["", "Apt 4B, ", "Flat 2, "])
    build("positive", [(C, [R.choice(["deliver to ", "new address: ", "ship it to "]), apt,
                            V("%d %s %s" % (num, st, sf), "ADDRESS", canon=str(num)), ", ", city, V(pc, "POSTCODE", canon=pc.replace(" ", "").replace("-", "").upper()),
                            R.choice(["", " pls", " (order 4471902)"])])],
          "chat/%s: %s address with postcode, apartment unlabelled prefix" % (ind, "US" if us else "UK"))


# ---- mixed
def mixed_call(ind="banking"):
    ni = make_ni()
    y, m, d = dob_value()
    _, nisp = ni_spoken(ni, R.choice(["plain", "pairs", "homo"]))
    build("positive", [(A, ["for security i need your date of birth and national insurance number"]),
                       (C, ["date of birth ", V(ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y), "DOB", canon="%04d%02d%02d" % (y, m, d)),
                            " and ni is ", V(nisp, "NI_NUMBER", canon=ni), " i been waiting forty minutes"])],
          "call/%s: DOB and NI in one turn with a duration" % ind)


def mixed_card_ssn(ind="retail"):
    card = make_card(R.choice(["visa", "mc"]))
    ssn = make_ssn()
    build("positive", [(C, ["Opening the store card. SSN ", V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", canon=ssn),
                            " and pay the $39.99 fee with ", V(" ".join(groups(card)), "CARD_NUMBER", canon=card)])],
          "chat/%s: SSN and card typed in one message with a price" % ind)


# ---------------------------------------------------------------- negatives
def neg_cases():
    money = ["it came to four hundred and twenty pounds fifty", "the bill was $1,249.99 this month",
             "i was charged seventy nine ninety nine twice", "thats two thousand three hundred and forty euro",
             "balance is £3,412.07", "the quote was nineteen hundred dollars", "my balance shows one thousand two hundred and six pounds",
             "i paid 1,500.00 on friday"]
    refs = ["order number 4471 2093", "ticket number 88213407", "my claim reference is 5503921187",
            "invoice 2024-77831", "reference number seven seven four one two nine", "case number one two three four five six seven",
            "booking ref 7731209", "the order number is double four seven one oh nine two",
            "customer reference four five six seven eight nine one two three", "its ticket 3302194 from last week",
            "my ticket number is nine eight seven six five four three two one"]
    times = ["can you call me back at half past four", "the engineer is booked for the 14th of march between 8 and 12",
             "i was on hold for forty five minutes", "the appointment is on tuesday the third at ten thirty",
             "my contract started on the 1st of june 2021", "the payment went out on 28/02/2025",
             "we moved in back in twenty nineteen", "it renews on the twenty second of august",
             "delivery is due on 12/11 between 7am and 1pm", "i called at 09:45 this morning"]
    misc = ["flight ba two eight six from heathrow", "flight EI 154 to boston", "were in room four one two",
            "the model number is KX-TG6812", "its a samsung s twenty four ultra", "meter reading is 04512.7",
            "the gas meter says one two three four five", "my download speed is like eight megs",
            "thats a twenty five percent increase", "i have three kids aged four seven and eleven",
            "the heating is set to twenty one degrees", "i ordered 12 units at 4.50 each",
            "i'm seventy three years old", "we used 342 kwh last quarter", "data usage was 18.4 GB",
            "its been about three weeks", "i've been a customer for fifteen years", "router model TP-Link Archer C6 v3.2",
            "the parcel weighs two point five kilos", "the offer code on the leaflet is SAVE20",
            "car registration year two thousand and eighteen", "speed limit was thirty miles per hour",
            "order #55231 for 3 items", "the tv is a fifty five inch", "platform nine at 17:32"]
    agents = ["how can i help today", "let me look into that for you", "i can see that on the system",
              "thanks for waiting", "okay no problem", "is there anything else", "i understand"]
    inds = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
    n = 0
    pools = [money, refs, times, misc]
    while n < 110:
        p1 = pools[n % 4]
        p2 = pools[(n + R.randint(1, 3)) % 4]
        a, b = R.choice(p1), R.choice(p2)
        chat = R.random() < 0.35
        if chat:
            a = a[0].upper() + a[1:] + "."
        turns = [(A, [R.choice(agents)]), (C, [a]), (A, [R.choice(agents)]), (C, [R.choice(["also ", "and ", "oh and "]) + b])]
        build("negative", turns, "%s/%s: non-PII numbers (%s; %s)" % ("chat" if chat else "call", R.choice(inds), a[:30], b[:30]))
        n += 1
    # generated lookalikes
    for k in range(30):
        amt = "%d.%02d" % (R.randint(5, 4999), R.randint(0, 99))
        ref = rd(R.randint(6, 9), True)
        sp_amt = R.choice(["one hundred and forty two pounds sixty", "two hundred and nineteen dollars", "eighty seven euro fifty",
                           "three thousand four hundred and twelve pounds", "sixty four ninety nine", "nine hundred and ninety nine"])
        mon = MONTHS[R.randint(0, 11)]
        day = ORD[R.randint(1, 28)]
        yr = year_words(R.randint(1995, 2026))
        form = k % 6
        if form == 0:
            turns = [(C, ["Hi, order #%s was charged £%s but the website said £%s. Can you refund the difference?" % (ref, amt, "%d.00" % R.randint(5, 400))])]
            note = "chat/retail: order number and two prices"
        elif form == 1:
            turns = [(A, ["whats the reference number on the letter"]), (C, ["reference %s" % say_digits(ref)]), (A, ["and how much was the payment"]), (C, [sp_amt])]
            note = "call/utilities: spoken reference number with its reference word, spoken amount"
        elif form == 2:
            turns = [(C, ["i need to move my appointment from the %s of %s to sometime after the %s" % (day, mon, ORD[R.randint(1, 28)])]), (A, ["we have quarter past two or ten to four"]), (C, ["ten to four is fine"])]
            note = "call/healthcare billing: appointment dates and times, not birth dates"
        elif form == 3:
            turns = [(C, ["ive been with you since %s and the contract renewed on the %s of %s" % (yr, day, mon)]), (A, ["i can see that, its gone up %d percent" % R.randint(3, 30)])]
            note = "call/telecom: customer-since year, renewal date, percentage"
        elif form == 4:
            turns = [(C, ["Claim no. %s - the car is a %d model, I was doing about %d mph and the repair quote is $%s" % (ref, R.randint(2005, 2024), R.randint(15, 60), amt)])]
            note = "chat/insurance: claim number, model year, speed, quote amount"
        else:
            turns = [(A, ["can you read me the meter"]), (C, ["its %s" % say_digits(rd(5))]), (A, ["and the date you took it"]), (C, ["the %s of %s at about %s" % (day, mon, R.choice(["nine am", "half six", "eleven fifteen"]))])]
            note = "call/utilities: five-digit meter reading spoken, reading date and time"
        build("negative", turns, note)


# ---------------------------------------------------------------- generate
POS_PLAN = [
    (card_call_single, 14, ["telecom", "banking", "retail", "utilities"]),
    (card_call_split, 10, ["insurance", "travel", "retail"]),
    (card_call_pairs, 8, ["retail", "telecom"]),
    (card_call_correction, 6, ["banking", "utilities"]),
    (card_readback, 6, ["travel", "insurance"]),
    (card_chat, 12, ["retail", "telecom", "travel"]),
    (card_chat_split, 5, ["utilities", "retail"]),
    (card_chat_typo, 5, ["telecom", "retail"]),
    (card_call_full, 8, ["healthcare billing", "insurance", "travel"]),
    (mixed_card_ssn, 4, ["retail", "banking"]),
    (card_cvv_call, 7, ["telecom", "utilities", "travel"]),
    (asr_numerals, 15, ["banking", "telecom", "insurance", "government services"]),
    (ssn_chat_split, 5, ["insurance", "healthcare billing"]),
    (card_interrupted, 6, ["retail", "travel", "telecom"]),
    (ni_agent_readback, 5, ["government services", "banking"]),
    (ni_chat_odd, 6, ["government services", "banking"]),
    (ssn_call, 14, ["government services", "healthcare billing", "banking", "insurance"]),
    (ssn_chat, 10, ["banking", "insurance", "retail"]),
    (ssn_split, 8, ["insurance", "banking"]),
    (ssn_correction, 4, ["healthcare billing", "government services"]),
    (ssn_with_other, 4, ["banking", "telecom"]),
    (ni_call, 16, ["government services", "banking", "utilities"]),
    (ni_chat, 10, ["government services", "banking"]),
    (ni_split, 6, ["banking", "insurance"]),
    (ni_correction, 4, ["utilities", "government services"]),
    (mixed_call, 5, ["banking", "insurance"]),
    (bank_call, 7, ["banking", "utilities"]),
    (bank_chat, 6, ["utilities", "insurance"]),
    (us_account, 4, ["banking"]),
    (iban_chat, 8, ["travel", "retail", "insurance"]),
    (iban_call, 6, ["insurance", "banking"]),
    (phone_call, 8, ["telecom", "utilities", "healthcare billing"]),
    (phone_chat, 7, ["retail", "travel"]),
    (email_call, 7, ["retail", "telecom", "utilities"]),
    (email_chat, 6, ["travel", "retail"]),
    (dob_call, 7, ["insurance", "healthcare billing", "government services"]),
    (dob_chat, 6, ["healthcare billing", "banking"]),
    (addr_call, 7, ["utilities", "telecom"]),
    (addr_chat, 7, ["retail", "travel"]),
]


def generate():
    CASELIST.clear()
    META.clear()
    _gid[0] = 0
    R.seed(SEED)
    for fn, n, inds in POS_PLAN:
        for i in range(n):
            fn(inds[i % len(inds)])
    neg_cases()
    return CASELIST, META


# ---------------------------------------------------------------- normalising / validation
WORDNUM = {w: str(i) for i, w in enumerate(DIG)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"})
TEENV = {w: 10 + i for i, w in enumerate(TEENS)}
TENSV = {w: i * 10 for i, w in enumerate(TENS) if w}
LETTERS = {v: k for k, v in LHOMO.items()}


def spoken_to_chars(text, email=False):
    toks = re.findall(r"[a-z0-9@._+\-]+", text.lower())
    toks = [t for t in toks if t not in FILLERS and t not in ("and", "then", "the", "of", "slash", "dash")]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2 + (1 if nxt == "as" else 0)
            out.append(t.upper())
            i = j + 1
            continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            ch = WORDNUM.get(nxt) or (nxt.upper() if len(nxt) == 1 else LETTERS.get(nxt, "?").upper())
            out.append(ch * k)
            i += 2
            continue
        if t in TEENV:
            out.append(str(TEENV[t]))
            i += 1
            continue
        if t in TENSV:
            if nxt in WORDNUM and nxt not in ("oh", "o", "zero", "nought", "to", "too", "for"):
                out.append(str(TENSV[t] + int(WORDNUM[nxt])))
                i += 2
            else:
                out.append(str(TENSV[t]))
                i += 1
            continue
        if t == "hundred" and out:
            base = int(out.pop()) * 100
            rest = None
            if nxt in TEENV:
                rest, i2 = TEENV[nxt], i + 2
            elif nxt in TENSV:
                after = toks[i + 2] if i + 2 < len(toks) else None
                if after in WORDNUM and after not in ("oh", "o", "zero", "nought"):
                    rest, i2 = TENSV[nxt] + int(WORDNUM[after]), i + 3
                else:
                    rest, i2 = TENSV[nxt], i + 2
            if rest is None:
                out.append(str(base))
                i += 1
            else:
                out.append(str(base + rest))
                i = i2
            continue
        if t == "thousand" and out:
            base = int(out.pop()) * 1000
            if nxt in WORDNUM and nxt not in ("oh", "o"):
                out.append(str(base + int(WORDNUM[nxt])))
                i += 2
            else:
                out.append(str(base))
                i += 1
            continue
        if email and len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in LETTERS:
            out.append(LETTERS[t].upper())
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t == "plus":
            out.append("+")
        else:
            out.append(t.upper())
        i += 1
    return out


def norm_alnum(text, letters_as_zero=False):
    s = "".join(spoken_to_chars(text))
    if letters_as_zero:
        s = s.replace("O", "0")
    return re.sub(r"[^A-Z0-9]", "", s)


def validate(typ, text, canon, partial):
    """returns error string or None. text = concatenation of span texts of a group."""
    if typ == "EMAIL":
        s = "".join(spoken_to_chars(text, email=True)).lower().replace(" ", "")
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s):
            return "bad email %r" % s
        return None if s == canon else "email mismatch %r vs %r" % (s, canon)
    if typ == "ADDRESS":
        words = text.lower().split()
        if words[-1].capitalize() not in SUFFIX:
            return "address lacks street type"
        n = norm_alnum(" ".join(words[:-2]))
        return None if n == canon else "address number %r vs %r" % (n, canon)
    if typ == "DOB":
        s = text.lower()
        for i, mname in enumerate(MONTHS):
            s = re.sub(r"\b%s\b" % mname, " %02d " % (i + 1), s)
            s = re.sub(r"\b%s\b" % mname[:3], " %02d " % (i + 1), s)
        for i in range(len(ORD) - 1, 0, -1):
            s = re.sub(r"\b%s\b" % ORD[i], " %02d " % i, s)
        n = norm_alnum(s)
        y, m, d = canon[:4], canon[4:6], canon[6:]
        if not (y in n or y[2:] in n) or str(int(d)) not in n:
            return "dob %r does not contain %s" % (n, canon)
        return None
    if typ == "EXPIRY":
        s = text.lower()
        for i, mname in enumerate(MONTHS):
            s = re.sub(r"\b%s\b" % mname, " %02d " % (i + 1), s)
        n = norm_alnum(s)
        if len(n) == 6 and n[2:4] == "20":
            n = n[:2] + n[4:]
        if not re.fullmatch(r"(0[1-9]|1[0-2])\d\d", n):
            return "bad expiry %r" % n
        return None if n == canon else "expiry mismatch %r %r" % (n, canon)
    n = norm_alnum(text, letters_as_zero=typ in ("CARD_NUMBER",))
    if typ == "IBAN":
        if n != canon:
            return "iban mismatch %r %r" % (n, canon)
        num = "".join(str(int(ch, 36)) for ch in n[4:] + n[:4])
        return None if int(num) % 97 == 1 else "iban mod97 fails"
    if typ == "POSTCODE":
        if n != canon:
            return "postcode mismatch %r %r" % (n, canon)
        if re.fullmatch(r"\d{5}(\d{4})?", n) or re.fullmatch(r"[A-Z]{1,2}\d[A-Z0-9]?\d[A-Z]{2}", n):
            return None
        return "bad postcode %r" % n
    if partial:
        if n != canon:
            return "partial mismatch %r %r" % (n, canon)
        return None
    if n != canon.replace("+", ""):
        return "%s mismatch %r vs %r" % (typ, n, canon)
    if typ == "CARD_NUMBER":
        return None if (13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)) else "card fails luhn/len"
    if typ == "SSN":
        ok = re.fullmatch(r"\d{9}", n) and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000"
        return None if ok else "bad ssn"
    if typ == "NI_NUMBER":
        ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) and n[:2] not in NI_BAD
        return None if ok else "bad ni %r" % n
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", n) else "bad cvv"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", n) else "bad sort code"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", n) else "bad account"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}", n) else "bad phone"
    return "unknown type"


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    ct = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            ct[s["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set 106

**Never use this set for tuning.** It is a held-out evaluation set only.

## Who wrote it and how
Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or other evaluation sets; the only
existing data consulted was a 3-line JSONL format example. Every case is produced by
template functions in `scripts/make_pii_holdout106.py` from one seeded
`random.Random(%d)`; each turn is assembled from plain text segments and
(value, TYPE) segments, so offsets are computed, never typed. Output is
byte-for-byte reproducible; `python scripts/make_pii_holdout106.py --check`
regenerates, compares, and validates every labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI shape, SSN ranges, digit counts, postcode
shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms: digit by digit with
zero/oh/o/nought, double/triple runs, pairs ("forty one eleven") and hundreds
("forty five hundred"), ASR homophones (won/to/for/ate, bee/see/jay/are/why),
NATO and "as in" spelling, fillers inside readings, values split over several
customer turns with agent back-channels, false starts and self-corrections,
agent read-backs, chat typing with odd separators, lower case, a letter O for zero.

## Annotation conventions
- A span covers the value from its first to its last character/word as written or
  spoken, including fillers ("um"), separators and spelling aids ("b for bravo")
  that occur *inside* the reading. Lead-in words ("its", "sort code", "SSN:") and
  trailing chit-chat are outside.
- A value split across turns is labelled as one span per turn (each fragment).
- In self-corrections the retracted fragment and the restarted reading are two
  separate spans of the same type; the correction words between them are outside.
- Agent read-backs are labelled too.
- ADDRESS = house number + street name + street type (flat/apartment prefixes and
  the city are not in the span); POSTCODE is labelled separately (UK postcodes, US ZIP
  / ZIP+4).
- DOB covers the whole date expression; EXPIRY covers month and year; CVV only the digits.
- Non-PII numbers (amounts, order/ticket refs, dates of payments, durations, flight
  numbers) may sit next to PII in positives and are unlabelled.
- Negatives contain only such lookalikes and nothing in them should be redacted.

## Counts
Positives: %d, negatives: %d, total: %d

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, len(cases), rows)


def check():
    problems = []
    cases, meta = generate()
    text = render(cases)
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c, m in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % c["id"])
        if not c["note"] or not all(t["speaker"] in ("agent", "customer") for t in c["turns"]):
            problems.append("%s bad note/speaker" % c["id"])
        spans = c["spans"]
        for s in spans:
            if s["type"] not in TYPES:
                problems.append("%s bad type" % c["id"])
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s turn out of range" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s offsets out of range" % c["id"])
                continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append("%s span not on word boundary: %r" % (c["id"], t[s["start"]:s["end"]]))
            if not t[s["start"]].isalnum() or not t[s["end"] - 1].isalnum():
                problems.append("%s span edge not alnum: %r" % (c["id"], t[s["start"]:s["end"]]))
        srt = sorted(spans, key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(srt, srt[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                problems.append("%s overlapping spans" % c["id"])
        groups_ = {}
        for s, mm in zip(spans, m):
            gg = groups_.setdefault(mm["group"], {"type": s["type"], "text": [], "canon": mm["canon"], "partial": mm["partial"]})
            gg["text"].append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for g in groups_.values():
            err = validate(g["type"], " ".join(g["text"]), g["canon"], g["partial"])
            if err:
                problems.append("%s %s: %s (%r)" % (c["id"], g["type"], err, g["text"]))
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            problems.append("type %s has %d spans < %d" % (t, ct[t], need))
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
    return 1 if problems else 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases, _ = generate()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(render(cases), encoding="utf-8")
    README.write_text(readme(cases), encoding="utf-8")
    ct = counts(cases)
    print("wrote %d cases to %s" % (len(cases), CASES))
    print(ct)


if __name__ == "__main__":
    main()

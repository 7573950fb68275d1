#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h307.

Written by an AI helper acting as an independent author (no access to the
redaction code).  Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout307.py          # write fixture + README
    python scripts/make_pii_holdout307.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 307241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout307")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango",
        "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
SPELL_ALT = {"A": "apple", "B": "bob", "C": "cat", "D": "dog", "E": "edward", "H": "harry",
             "J": "john", "K": "king", "L": "london", "M": "mother", "N": "nancy",
             "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]
FILL = ["um", "uh", "er", "erm"]


def zero_word(uk=False):
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero", "zero"])


def say_digits(ds, uk=False, multi=True, fillers=False):
    z = zero_word(uk)
    w = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        word = z if d == "0" else UNIT_W[int(d)]
        if multi and run >= 3 and R.random() < 0.5:
            w += ["triple", word]
            i += 3
        elif multi and run >= 2 and R.random() < 0.6:
            w += ["double", word]
            i += 2
        else:
            w.append(word)
            i += 1
        if fillers and i < len(ds) and R.random() < 0.08:
            w.append(R.choice(FILL))
    return " ".join(w)


def homophones(words, p=0.35):
    out = []
    for w in words.split(" "):
        if w == "two" and R.random() < p:
            w = R.choice(["to", "too"])
        elif w == "four" and R.random() < p:
            w = "for"
        out.append(w)
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + UNIT_W[b] if b else "double " + zero_word(uk)
    if a == 1:
        return TEEN_W[b]
    return TENS_W[a] + ("" if b == 0 else " " + UNIT_W[b])


def say_pairs(ds, uk=False):
    w = []
    if len(ds) % 2:
        w.append(say_digits(ds[0], uk))
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        w.append(say_pair(ds[i:i + 2], uk))
    return " ".join(w)


def say_groups(ds, sizes, uk=False, pairs_p=0.3):
    out, i = [], 0
    for s in sizes:
        g = ds[i:i + s]
        i += s
        if len(g) == 4 and R.random() < pairs_p and (g[3] != "0" or i >= len(ds)):
            out.append(say_pairs(g, uk))
        else:
            out.append(say_digits(g, uk))
    return out


def say_letter(c, style):
    if style == 0:
        return c.lower()
    if style == 1:
        return "%s for %s" % (c.lower(), NATO.get(c, c.lower()))
    if style == 2 and c in SPELL_ALT:
        return "%s for %s" % (c.lower(), SPELL_ALT[c])
    return NATO[c] if c in NATO else c.lower()


# --------------------------------------------------------------- value makers
def luhn_ok(ds):
    s = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_card(brand=None):
    brand = brand or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if brand == "visa":
        body, n = "4" + rdig(14), 16
    elif brand == "visa19":
        body, n = "4" + rdig(17), 19
    elif brand == "mc":
        body, n = "5" + R.choice("12345") + rdig(13), 16
    elif brand == "amex":
        body, n = "3" + R.choice("47") + rdig(12), 15
    else:
        body, n = "6011" + rdig(11), 16
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, brand


def card_sizes(n):
    return {15: [4, 6, 5], 16: [4, 4, 4, 4], 19: [4, 4, 4, 4, 3]}[n]


def group(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    return out


def card_typed(ds):
    g = group(ds, card_sizes(len(ds)))
    sep = R.choice([" ", " ", "-", "", ".", "  ", " - "])
    return sep.join(g)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_typed(s):
    sep = R.choice(["-", "-", " ", "", ".", " - "])
    return s[:3] + sep + s[3:5] + sep + s[5:]


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def ni_typed(v):
    f = R.randint(0, 4)
    if f == 0:
        s = "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    elif f == 1:
        s = v
    elif f == 2:
        s = v[:8] + " " + v[8]
    elif f == 3:
        s = "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    else:
        s = v[:2] + " " + v[2:8] + " " + v[8]
    return R.choice([s, s, s.lower(), s[0] + s[1:].lower()])


def ni_spoken(v):
    st = R.randint(0, 3)
    letters = lambda cs: " ".join(say_letter(c, st) for c in cs)
    digs = say_pairs(v[2:8], True) if R.random() < 0.5 else say_digits(v[2:8], True)
    return "%s %s %s" % (letters(v[:2]), digs, letters(v[8]))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI"],
         "NL": ["ABNA", "INGB", "SNSB", "KNAB"]}


def make_iban(country=None):
    c = country or R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    if c in ("GB", "IE"):
        bban = R.choice(BANKS[c]) + rdig(14)
    elif c == "NL":
        bban = R.choice(BANKS[c]) + rdig(10)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


def iban_typed(v):
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return R.choice([g, g, v, v.lower(), g.lower()])


def iban_spoken(v):
    st = R.choice([0, 1, 3])
    out = []
    for i, c in enumerate(v):
        if c.isalpha():
            out.append(say_letter(c, st))
        else:
            out.append(zero_word(True) if c == "0" else UNIT_W[int(c)])
    return " ".join(out)


def make_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_land", "us", "us", "ie_mob", "intl_uk"])
    if kind == "uk_mob":
        d = "07" + R.choice("3456789") + rdig(8)
        typed = R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
        sizes = [5, 3, 3]
    elif kind == "intl_uk":
        d = "447" + R.choice("3456789") + rdig(8)
        typed = R.choice(["+44 " + d[2:6] + " " + d[6:], "+44" + d[2:], "(+44) " + d[2:]])
        sizes = [2, 4, 3, 3]
    elif kind == "uk_land":
        d = R.choice(["0161", "0113", "0121", "0117", "0131"]) + rdig(7)
        typed = R.choice([d[:4] + " " + d[4:7] + " " + d[7:], d, "(" + d[:4] + ") " + d[4:]])
        sizes = [4, 3, 4]
    elif kind == "us":
        d = R.choice("2345678") + rdig(2) + R.choice("2345678") + rdig(6)
        typed = R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                          "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), d])
        sizes = [3, 3, 4]
    else:
        d = "08" + R.choice("35679") + rdig(7)
        typed = R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, "+353 " + d[1:3] + " " + d[3:]])
        sizes = [3, 3, 4]
    uk = kind in ("uk_mob", "uk_land", "intl_uk", "ie_mob")
    parts = say_groups(d, sizes, uk, 0.5)
    spoken = " ".join(parts)
    if kind == "intl_uk":
        spoken = "plus " + " ".join(parts)
    return d, typed, spoken, parts


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "maria", "chen", "fatima", "dave",
         "siobhan", "marcus", "olga", "kwame", "hannah", "raj", "niamh", "pedro", "emma", "yusuf"]
LAST = ["murphy", "okafor", "smith", "patel", "kowalski", "obrien", "nguyen", "garcia", "walsh",
        "hughes", "brennan", "adeyemi", "taylor", "novak", "schmidt", "rossi", "kelly", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com", "gmx.de", "orange.fr"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.randint(0, 4)
    if form == 0:
        local = f + "." + l
    elif form == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif form == 2:
        local = f + "_" + l
    elif form == 3:
        local = f + l[0] + str(R.randint(1970, 2005))
    else:
        local = l + "." + f[0]
    dom = R.choice(DOMAINS)
    return local, dom


def email_typed(local, dom):
    e = local + "@" + dom
    return R.choice([e, e, e.capitalize(), local.title() + "@" + dom, e.upper() if R.random() < 0.3 else e])


def spell_chunk(tok):
    out = []
    for m in re.finditer(r"[a-z]+|\d+", tok):
        s = m.group()
        if s.isdigit():
            out.append(say_pairs(s) if len(s) == 4 else say_digits(s))
        elif len(s) <= 2 or R.random() < 0.2:
            out.append(" ".join(s))
        else:
            out.append(s)
    return " ".join(out)


def email_spoken(local, dom):
    loc = []
    for ch_tok in re.split(r"([._])", local):
        if ch_tok == ".":
            loc.append("dot")
        elif ch_tok == "_":
            loc.append("underscore")
        elif ch_tok:
            loc.append(spell_chunk(ch_tok))
    d = " dot ".join(dom.split("."))
    return " ".join(loc) + " at " + d


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2004)


def dob_typed(d, m, y, us=False):
    f = R.randint(0, 5)
    if f == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == 1:
        return "%d.%d.%d" % (d, m, y)
    if f == 2:
        return "%s %d%s %d" % (MONTHS[m - 1].capitalize(), d, "th", y) if d > 3 else "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if f == 3:
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if f == 4:
        return "%d-%02d-%02d" % (y, m, d)
    return "%d/%d/%02d" % (d, m, y % 100)


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand" + ("" if b == 0 else " and " + (say_pair("%02d" % b) if b >= 10 else UNIT_W[b]))
    return say_pair(str(a)) + " " + (say_pair("%02d" % b) if b >= 10 else "oh " + UNIT_W[b] if b else "hundred")


def dob_spoken(d, m, y):
    f = R.randint(0, 2)
    if f == 0:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    return "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))


def make_expiry():
    return R.randint(1, 12), R.randint(2025, 2032)


def exp_typed(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%02d" % (m, y % 100), "%d/%02d" % (m, y % 100),
                     "%02d-%d" % (m, y), "%02d %02d" % (m, y % 100), "%02d%02d" % (m, y % 100),
                     "%02d / %d" % (m, y)])


def exp_spoken(m, y):
    f = R.randint(0, 2)
    yy = say_pair("%02d" % (y % 100))
    if f == 0:
        return "%s %s" % (say_pair("%02d" % m, True), yy)
    if f == 1:
        return "%s %s" % (MONTHS[m - 1], yy)
    return "%s twenty %s" % (MONTHS[m - 1], yy)


UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Norwich", "Leicester", "York"]
US_TOWNS = ["Columbus, OH", "Austin, TX", "Tampa, FL", "Denver, CO", "Portland, OR", "Albany, NY"]
LETTERS_OUT = "ABCDEFGHJKLMNPRSTUWY"
LETTERS_IN = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(us=None):
    if us is None:
        us = R.random() < 0.35
    if us:
        z = "%05d" % R.randint(10001, 99950)
        return z + ("-" + rdig(4) if R.random() < 0.3 else ""), True
    shape = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in shape:
        out += R.choice(LETTERS_OUT) if ch == "A" else R.choice("123456789")
    inward = R.choice("0123456789") + R.choice(LETTERS_IN) + R.choice(LETTERS_IN)
    return out + " " + inward, False


def postcode_spoken(pc):
    st = R.choice([0, 0, 1, 3])
    out = []
    for ch in pc.replace(" ", "").replace("-", ""):
        out.append(say_letter(ch, st) if ch.isalpha() else (zero_word(True) if ch == "0" else UNIT_W[int(ch)]))
    return " ".join(out)


STREETS = ["Maple", "Church", "Station", "Victoria", "Kings", "Oak", "Elm", "Highfield", "Mill",
           "Park", "Willow", "Chestnut", "Lakeview", "Birch", "Riverside", "Cedar", "Main"]
STYPES = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way", "Court", "Terrace"]


def make_address():
    n = R.randint(1, 240)
    st, ty = R.choice(STREETS), R.choice(STYPES)
    pre = ""
    if R.random() < 0.2:
        pre = "Flat %d, " % R.randint(1, 30)
    return pre, n, st, ty


def address_typed(pre, n, st, ty):
    t = ty
    if R.random() < 0.3:
        t = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr"}.get(ty, ty)
    s = "%s%d %s %s" % (pre, n, st, t)
    return R.choice([s, s, s.lower()])


def address_spoken(pre, n, st, ty):
    num = say_pairs("%d" % n) if n >= 10 and n < 100 else (say_digits(str(n)) if n >= 100 else UNIT_W[n])
    p = ("flat %s " % say_digits(re.sub(r"\D", "", pre))) if pre else ""
    return "%s%s %s %s" % (p, num, st.lower(), ty.lower())


# ------------------------------------------------------------------ builders
def emo():
    return R.choice(["", "", "", " 🙂", " 🙏", " 😩", " 👍", " :)", " lol", " 😅", " !!"])


def T(*parts):
    return list(parts)


def case(kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, tuple):
                v, ty = p
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": ty})
                text += v
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans if kind == "positive" else [], "note": note}


def pick(xs):
    return R.choice(xs)


CHAT_CH = ["web chat", "sms", "email", "social dm", "app chat", "whatsapp"]


def chat_note(ind, what):
    return "%s/%s: %s" % (pick(CHAT_CH), ind, what)


def call_note(ind, what):
    return "call/%s: %s" % (ind, what)


# ---- per-type positive templates --------------------------------------------
def pos_card():
    ds, brand = make_card()
    ind = pick(["retail", "telecom", "utilities", "travel", "insurance", "banking", "healthcare billing"])
    f = R.randint(0, 9)
    if f == 0:
        return case("positive", [("agent", T("Can you type the long card number please?")),
                                 ("customer", T(pick(["ok its ", "sure: ", "Card no. ", "hereu go "]), (card_typed(ds), "CARD_NUMBER"), emo()))],
                    chat_note(ind, "%s card typed in one message with separators" % brand))
    if f == 1:
        g = group(ds, card_sizes(len(ds)))
        h = len(g) // 2
        a, b = " ".join(g[:h]), " ".join(g[h:])
        return case("positive", [("customer", T("card is ", (a, "CARD_NUMBER"))),
                                 ("customer", T((b, "CARD_NUMBER"), " sorry hit enter too soon")),
                                 ("agent", T("No worries, thanks!"))],
                    chat_note(ind, "card split over two messages"))
    if f == 2:
        g = group(ds, card_sizes(len(ds)))
        turns = [("agent", T("please send the card number, you can split it up if easier"))]
        for x in g:
            turns.append(("customer", T((x, "CARD_NUMBER"))))
        return case("positive", turns, chat_note(ind, "card sent one group per message"))
    if f == 3:
        amt = "%d.%02d" % (R.randint(20, 400), R.randint(0, 99))
        return case("positive", [("customer", T("hii pls take paymnt of £%s off my card %s thx " % (amt, pick(["->", "=", ":", "#"])), (ds, "CARD_NUMBER"), emo()))],
                    chat_note(ind, "unspaced card next to an amount, typos around"))
    if f == 4:
        m, y = make_expiry()
        cvv = rdig(4 if brand == "amex" else 3)
        return case("positive", [("customer", T("Card: ", (card_typed(ds), "CARD_NUMBER"), "\nExp: ", (exp_typed(m, y), "EXPIRY"), "\nCVC: ", (cvv, "CVV")))],
                    chat_note(ind, "card, expiry and cvc pasted as a block"))
    if f == 5:
        parts = say_groups(ds, card_sizes(len(ds)), R.random() < 0.5)
        body = " ".join(p + (" " + pick(FILL) if R.random() < 0.3 and k < len(parts) - 1 else "") for k, p in enumerate(parts))
        return case("positive", [("agent", T("okay and the long number on the front")),
                                 ("customer", T(pick(["yeah it's ", "right so ", "okay um it's "]), (homophones(body), "CARD_NUMBER")))],
                    call_note(ind, "card read in one turn, asr homophones (to/for) and fillers"))
    if f == 6:
        parts = say_groups(ds, card_sizes(len(ds)), True, 0.6)
        turns = [("agent", T("go ahead with the card number"))]
        bc = ["mhm", "okay", "yep go on", "uh huh", "okay go on"]
        for i, p in enumerate(parts):
            pre = pick(["", "", "um ", "then "])
            turns.append(("customer", T(pre, (p, "CARD_NUMBER"))))
            if i < len(parts) - 1:
                turns.append(("agent", T(pick(bc))))
        return case("positive", turns, call_note(ind, "card split over turns with back-channels, pairs and double/triple"))
    if f == 7:
        parts = say_groups(ds, card_sizes(len(ds)), False)
        ro = say_groups(ds, card_sizes(len(ds)), False)
        return case("positive", [("customer", T("the card number is ", (" ".join(parts), "CARD_NUMBER"))),
                                 ("agent", T("let me read that back ", (" ".join(ro), "CARD_NUMBER"), " is that right")),
                                 ("customer", T("yes that's it"))],
                    call_note(ind, "card read then read back by agent"))
    if f == 8:
        ds2, _ = make_card(brand)
        p1 = " ".join(say_groups(ds2, card_sizes(len(ds2)), True))
        p2 = " ".join(say_groups(ds, card_sizes(len(ds)), True))
        return case("positive", [("customer", T("okay it's ", (p1, "CARD_NUMBER"), " no wait that's my old card hang on it's ", (p2, "CARD_NUMBER")))],
                    call_note(ind, "two cards in one turn, self-correction to the new card"))
    if R.random() < 0.5:
        parts = say_groups(ds, card_sizes(len(ds)), True)
        h = len(parts) // 2
        return case("positive", [("customer", T("okay so it's ", (" ".join(parts[:h]), "CARD_NUMBER"), " sorry the dog's going mad hang on")),
                                 ("agent", T("no problem take your time")),
                                 ("customer", T("right where was i yeah ", (" ".join(parts[h:]), "CARD_NUMBER"), " and that's the lot")),
                                 ("agent", T("lovely and that's for the full %s pounds today" % say_pairs(str(R.randint(20, 99))))) ],
                    call_note(ind, "card interrupted by chit-chat, amount nearby unlabelled"))
    g = group(ds, card_sizes(len(ds)))
    mixed = "  ".join(g) if R.random() < 0.5 else "\t".join(g)
    return case("positive", [("customer", T("Copied from my app: \"", (mixed, "CARD_NUMBER"), "\" is that the one u need?"))],
                chat_note(ind, "card pasted with quotes and tab/double-space artefacts"))


def pos_ssn():
    s = make_ssn()
    ind = pick(["banking", "insurance", "government services", "healthcare billing", "telecom"])
    f = R.randint(0, 7)
    if f == 0:
        return case("positive", [("agent", T("To verify, what's your SSN?")),
                                 ("customer", T(pick(["its ", "ssn ", "", "my social is "]), (ssn_typed(s), "SSN"), emo()))],
                    chat_note(ind, "ssn typed after prompt"))
    if f == 1:
        return case("positive", [("customer", T("hello i neeed to update my tax form, soc sec # ", (ssn_typed(s), "SSN"), " and my zip is ", (make_postcode(True)[0], "POSTCODE")))],
                    chat_note(ind, "ssn and zip in one message with typos"))
    if f == 2:
        return case("positive", [("customer", T("ssn: ", (s[:3] + "-" + s[3:5], "SSN"))),
                                 ("customer", T((s[5:], "SSN"), " (last part)"))],
                    chat_note(ind, "ssn split over two messages"))
    if f == 3:
        return case("positive", [("agent", T("and your social security number")),
                                 ("customer", T("sure ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:], fillers=True), "SSN")))],
                    call_note(ind, "ssn read digit by digit"))
    if f == 4:
        return case("positive", [("agent", T("can i get your social")),
                                 ("customer", T((say_digits(s[:3]), "SSN"))),
                                 ("agent", T("mhm")),
                                 ("customer", T((say_pair(s[3:5]) if s[3] != "0" else say_digits(s[3:5]), "SSN"))),
                                 ("agent", T("okay")),
                                 ("customer", T((say_pairs(s[5:]), "SSN")))],
                    call_note(ind, "ssn split over three turns, pairs"))
    if f == 5:
        return case("positive", [("customer", T("the last four are ", (say_digits(s[5:]), "SSN"), " do you need the whole thing")),
                                 ("agent", T("yes the full number please")),
                                 ("customer", T("okay ", (say_digits(s), "SSN")))],
                    call_note(ind, "last four then full ssn; last four labelled too"))
    if f == 6:
        return case("positive", [("customer", T("SSN is ", (s[:3] + " " + s[3:5] + " " + s[5:], "SSN"), " dob ", (dob_typed(*make_dob(), us=True), "DOB")))],
                    chat_note(ind, "ssn and dob in one message"))
    return case("positive", [("customer", T("it's ", (say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:]), "SSN")))],
                call_note(ind, "ssn with spoken 'dash'"))


def pos_ni():
    v = make_ni()
    ind = pick(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    f = R.randint(0, 7)
    if f == 0:
        return case("positive", [("agent", T("Whats your national insurance number?")),
                                 ("customer", T(pick(["", "NI no is ", "its ", "ni: "]), (ni_typed(v), "NI_NUMBER"), emo()))],
                    chat_note(ind, "ni number typed"))
    if f == 1:
        return case("positive", [("customer", T("hiya my nat insurance numbr is ", (ni_typed(v), "NI_NUMBER"), " & im calling re my pension")),],
                    chat_note(ind, "ni in message with typos"))
    if f == 2:
        return case("positive", [("customer", T("NI ", (v[:2] + " " + v[2:4], "NI_NUMBER"))),
                                 ("customer", T((v[4:6] + " " + v[6:8] + " " + v[8], "NI_NUMBER")))],
                    chat_note(ind, "ni split over two messages"))
    if f == 3:
        return case("positive", [("agent", T("and your national insurance number please")),
                                 ("customer", T(pick(["yeah it's ", "okay ", "right "]), (ni_spoken(v), "NI_NUMBER")))],
                    call_note(ind, "ni spoken with letters"))
    if f == 4:
        st = R.randint(0, 3)
        p1 = " ".join(say_letter(c, st) for c in v[:2]) + " " + say_digits(v[2:5], True)
        p2 = say_digits(v[5:8], True) + " " + say_letter(v[8], st)
        return case("positive", [("customer", T("it's ", (p1, "NI_NUMBER"))),
                                 ("agent", T("yep")),
                                 ("customer", T((p2, "NI_NUMBER")))],
                    call_note(ind, "ni spoken across two turns"))
    if f == 5:
        ro = ni_spoken(v)
        return case("positive", [("customer", T((ni_spoken(v), "NI_NUMBER"))),
                                 ("agent", T("so that's ", (ro, "NI_NUMBER"), " yeah"))],
                    call_note(ind, "ni read back by agent"))
    if f == 6:
        pc, us = make_postcode(False)
        return case("positive", [("customer", T("NINO ", (ni_typed(v), "NI_NUMBER"), ", postcode ", (pc, "POSTCODE"), emo()))],
                    chat_note(ind, "ni and postcode in one message"))
    return case("positive", [("customer", T("it's ", (" ".join(say_letter(c, 1) for c in v[:2]) + " " + say_digits(v[2:8], True, fillers=True) + " and " + say_letter(v[8], 1), "NI_NUMBER")))],
                call_note(ind, "ni with nato letters and 'and' before suffix"))


def pos_bank():
    acct = rdig(8)
    sc = rdig(6)
    ind = pick(["banking", "utilities", "insurance", "telecom"])
    f = R.randint(0, 5)
    sct = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    if f == 0:
        return case("positive", [("customer", T("for the direct debit: sort code ", (sct, "SORT_CODE"), " acc no ", (acct, "BANK_ACCOUNT"), emo()))],
                    chat_note(ind, "sort code and account in one message"))
    if f == 1:
        return case("positive", [("agent", T("Please provide sort code and account number")),
                                 ("customer", T((sct, "SORT_CODE"))),
                                 ("customer", T((acct, "BANK_ACCOUNT")))],
                    chat_note(ind, "bare sort code and account in separate messages"))
    if f == 2:
        return case("positive", [("agent", T("what's the sort code")),
                                 ("customer", T((say_pairs(sc, True), "SORT_CODE"))),
                                 ("agent", T("and the account number")),
                                 ("customer", T((say_digits(acct, True), "BANK_ACCOUNT")))],
                    call_note(ind, "sort code in pairs then account digits"))
    if f == 3:
        return case("positive", [("customer", T("account number ", (say_digits(acct[:4], True), "BANK_ACCOUNT"))),
                                 ("agent", T("mhm")),
                                 ("customer", T((say_digits(acct[4:], True), "BANK_ACCOUNT"), " and sort code ", (say_pairs(sc, True), "SORT_CODE")))],
                    call_note(ind, "account split over turns then sort code"))
    if f == 4:
        us = rdig(R.choice([10, 11, 12]))
        return case("positive", [("customer", T("routing is fine, the checking acct # is ", (us, "BANK_ACCOUNT"), " pls update autopay")), ],
                    chat_note(ind, "us checking account number"))
    return case("positive", [("customer", T("Acc: ", (acct[:4] + " " + acct[4:], "BANK_ACCOUNT"), " / SC ", (sc[:2] + "." + sc[2:4] + "." + sc[4:], "SORT_CODE")))],
                chat_note(ind, "account and sort code with odd separators"))


def pos_iban():
    v = make_iban()
    ind = pick(["banking", "travel", "insurance", "utilities"])
    f = R.randint(0, 4)
    if f == 0:
        return case("positive", [("customer", T("Refund to IBAN ", (iban_typed(v), "IBAN"), " please" + emo()))],
                    chat_note(ind, "%s iban typed" % v[:2]))
    if f == 1:
        h = 12
        return case("positive", [("customer", T("iban ", (v[:h], "IBAN"))), ("customer", T((v[h:], "IBAN"), " thats all of it"))],
                    chat_note(ind, "iban split over two messages"))
    if f == 2:
        return case("positive", [("agent", T("and the iban")), ("customer", T("okay it's ", (iban_spoken(v), "IBAN")))],
                    call_note(ind, "iban spoken character by character"))
    if f == 3:
        sp = iban_spoken(v).split(" ")
        k = len(sp) // 2
        while sp[k - 1] == "for" or (k < len(sp) and sp[k] == "for"):
            k += 1
        return case("positive", [("customer", T((" ".join(sp[:k]), "IBAN"))), ("agent", T("okay go on")),
                                 ("customer", T((" ".join(sp[k:]), "IBAN")))],
                    call_note(ind, "iban spoken over two turns"))
    return case("positive", [("customer", T("Bank details:\nIBAN: ", (v, "IBAN"), "\nBIC: " + v[4:8] + v[:2] + "2L"))],
                chat_note(ind, "iban unspaced in email body with BIC"))


def pos_phone():
    d, typed, spoken, parts = make_phone()
    ind = pick(["telecom", "retail", "utilities", "healthcare billing", "travel"])
    f = R.randint(0, 5)
    if f == 0:
        return case("positive", [("customer", T("u can call me back on ", (typed, "PHONE"), " after 5pm" + emo()))],
                    chat_note(ind, "phone typed with 'after 5pm' nearby"))
    if f == 1:
        return case("positive", [("agent", T("best contact number?")), ("customer", T((typed, "PHONE")))],
                    chat_note(ind, "bare phone number reply"))
    if f == 2:
        return case("positive", [("customer", T("my number's ", (homophones(spoken), "PHONE")))],
                    call_note(ind, "phone spoken"))
    if f == 3:
        turns = [("agent", T("what's the number"))]
        for i, p in enumerate(parts):
            turns.append(("customer", T((p, "PHONE"))))
            if i < len(parts) - 1:
                turns.append(("agent", T(pick(["mhm", "yep", "okay"]))))
        return case("positive", turns, call_note(ind, "phone split over turns"))
    if f == 4:
        return case("positive", [("customer", T("new mob is ", (typed, "PHONE"), " and email ", (email_typed(*make_email()), "EMAIL")))],
                    chat_note(ind, "phone and email in one message"))
    return case("positive", [("customer", T("it's ", (spoken, "PHONE"))), ("agent", T("that's ", (" ".join(say_groups(d, [len(d)], True)), "PHONE"), " yeah"))],
                call_note(ind, "phone read back by agent"))


def pos_email():
    local, dom = make_email()
    ind = pick(["retail", "telecom", "travel", "insurance", "government services"])
    f = R.randint(0, 4)
    if f == 0:
        return case("positive", [("customer", T("pls send the receipt to ", (email_typed(local, dom), "EMAIL"), emo()))],
                    chat_note(ind, "email typed"))
    if f == 1:
        return case("positive", [("agent", T("what's your email address")), ("customer", T("it's ", (email_spoken(local, dom), "EMAIL")))],
                    call_note(ind, "email spoken with dot/at"))
    if f == 2:
        return case("positive", [("customer", T("email: ", (email_typed(local, dom), "EMAIL"), "\nphone: ", (make_phone()[1], "PHONE")))],
                    chat_note(ind, "email and phone in a pasted block"))
    if f == 3:
        return case("positive", [("customer", T("the email on the account is ", (email_spoken(local, dom), "EMAIL"))),
                                 ("agent", T("so ", (email_spoken(local, dom), "EMAIL"), " perfect"))],
                    call_note(ind, "email spoken and read back"))
    return case("positive", [("customer", T("Wrong email on file!! shld be <", (email_typed(local, dom), "EMAIL"), "> not the old one"))],
                chat_note(ind, "email inside angle brackets"))


def pos_dob():
    d, m, y = make_dob()
    ind = pick(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    f = R.randint(0, 4)
    if f == 0:
        return case("positive", [("agent", T("Can you confirm your date of birth?")), ("customer", T((dob_typed(d, m, y), "DOB"), emo()))],
                    chat_note(ind, "dob typed as bare answer"))
    if f == 1:
        return case("positive", [("customer", T("dob ", (dob_typed(d, m, y), "DOB"), " and the payment was on the 3rd"))],
                    chat_note(ind, "dob next to a non-birth date"))
    if f == 2:
        return case("positive", [("agent", T("and your date of birth")), ("customer", T("it's ", (dob_spoken(d, m, y), "DOB")))],
                    call_note(ind, "dob spoken"))
    if f == 3:
        return case("positive", [("customer", T("i was born ", (dob_spoken(d, m, y), "DOB"), " and i've been with you about ten years"))],
                    call_note(ind, "dob spoken with duration nearby"))
    return case("positive", [("customer", T("DOB: ", (dob_typed(d, m, y), "DOB"), " | member since 2015"))],
                chat_note(ind, "dob with year-only member date"))


def pos_postcode():
    pc, us = make_postcode()
    ind = pick(["utilities", "retail", "telecom", "insurance", "government services"])
    f = R.randint(0, 4)
    tp = pc if R.random() < 0.6 else pc.lower() if R.random() < 0.5 else pc.replace(" ", "")
    if f == 0:
        return case("positive", [("agent", T("whats the postcode/zip?")), ("customer", T((tp, "POSTCODE"), emo()))],
                    chat_note(ind, "bare postcode reply"))
    if f == 1:
        a = make_address()
        town = pick(US_TOWNS if us else UK_TOWNS)
        return case("positive", [("customer", T("deliver to ", (address_typed(*a), "ADDRESS"), ", %s " % town, (tp, "POSTCODE")))],
                    chat_note(ind, "full address line with postcode"))
    if f == 2:
        return case("positive", [("customer", T("the %s is " % ("zip code" if us else "post code"), (postcode_spoken(pc), "POSTCODE")))],
                    call_note(ind, "postcode spoken"))
    if f == 3:
        a = make_address()
        return case("positive", [("customer", T("i live at ", (address_spoken(*a), "ADDRESS"), " and the %s is " % ("zip" if us else "postcode"), (postcode_spoken(pc), "POSTCODE")))],
                    call_note(ind, "spoken address and postcode in one turn"))
    return case("positive", [("customer", T("is fibre available at ", (tp, "POSTCODE"), "? been waiting 3 weeks"))],
                chat_note(ind, "postcode in an availability question"))


def pos_address():
    a = make_address()
    ind = pick(["utilities", "retail", "telecom", "insurance"])
    f = R.randint(0, 3)
    if f == 0:
        return case("positive", [("customer", T("I moved to ", (address_typed(*a), "ADDRESS"), " last month" + emo()))],
                    chat_note(ind, "address typed"))
    if f == 1:
        return case("positive", [("agent", T("and the first line of the address")), ("customer", T("it's ", (address_spoken(*a), "ADDRESS")))],
                    call_note(ind, "address spoken"))
    if f == 2:
        pc, us = make_postcode()
        return case("positive", [("customer", T("addr: ", (address_typed(*a), "ADDRESS"))), ("customer", T((pc, "POSTCODE")))],
                    chat_note(ind, "address and postcode in separate messages"))
    return case("positive", [("customer", T("the engineer went to ", (address_spoken(*a), "ADDRESS"), " but i'm at number %s" % say_digits(str(R.randint(2, 9)))))],
                call_note(ind, "address next to a bare house number"))


def pos_cvv_exp():
    m, y = make_expiry()
    cvv = rdig(3)
    ind = pick(["retail", "travel", "telecom", "utilities"])
    f = R.randint(0, 4)
    if f == 0:
        return case("positive", [("agent", T("expiry date and the 3 digits on the back?")),
                                 ("customer", T((exp_typed(m, y), "EXPIRY"))), ("customer", T((cvv, "CVV"), emo()))],
                    chat_note(ind, "expiry then cvv in separate messages"))
    if f == 1:
        return case("positive", [("agent", T("and the expiry")), ("customer", T((exp_spoken(m, y), "EXPIRY"))),
                                 ("agent", T("and the security code on the back")), ("customer", T("it's ", (say_digits(cvv), "CVV")))],
                    call_note(ind, "expiry and cvv spoken"))
    if f == 2:
        return case("positive", [("customer", T("exp ", (exp_typed(m, y), "EXPIRY"), " cvv ", (cvv, "CVV")))],
                    chat_note(ind, "expiry and cvv in one message"))
    if f == 3:
        return case("positive", [("customer", T("expires ", (exp_spoken(m, y), "EXPIRY"), " and the three digit code is ", (say_digits(cvv), "CVV")))],
                    call_note(ind, "expiry and cvv in one spoken turn"))
    return case("positive", [("agent", T("security code please")), ("customer", T("um ", (say_digits(cvv), "CVV"))),
                             ("agent", T("and when does it expire")), ("customer", T("end of ", (exp_spoken(m, y), "EXPIRY")))],
                call_note(ind, "cvv then expiry with 'end of'"))


# ----------------------------------------------------------------- negatives
def neg():
    ind = pick(["retail", "telecom", "utilities", "travel", "banking", "insurance", "healthcare billing", "government services"])
    f = R.randint(0, 19)
    amt = "%d.%02d" % (R.randint(5, 2500), R.randint(0, 99))
    if f == 0:
        return case("negative", [("customer", T("order #%s still hasnt arrived 😡 paid £%s for it" % (rdig(8), amt)))], chat_note(ind, "order number and amount"))
    if f == 1:
        return case("negative", [("customer", T("ticket ref %s - any update? its been %d days" % (rdig(7), R.randint(2, 30))))], chat_note(ind, "ticket reference and duration"))
    if f == 2:
        return case("negative", [("customer", T("my flight %s%d leaves at %02d:%02d on %d %s, can i change seat to %d%s?" % (pick(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 28), pick(["Mar", "June", "Oct"]), R.randint(1, 40), pick("ACDF"))))], chat_note("travel", "flight number, time, date and seat"))
    if f == 3:
        return case("negative", [("customer", T("meter reading today is %s, last one was %s" % (rdig(5), rdig(5))))], chat_note("utilities", "meter readings"))
    if f == 4:
        return case("negative", [("customer", T("balance says $%s but i paid $%s on %02d/%02d/%d" % (amt, "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), R.randint(1, 12), R.randint(1, 28), R.randint(2022, 2026))))], chat_note(ind, "balance, payment and a payment date"))
    if f == 5:
        return case("negative", [("customer", T("the router is model %s-%d and speed is only %d mbps out of %d" % (pick(["AX", "HG", "TP", "DGN"]), R.randint(100, 9999), R.randint(2, 80), pick([100, 500, 900]))))], chat_note("telecom", "model number and speeds"))
    if f == 6:
        return case("negative", [("customer", T("claim no. CLM-%s, accident was %d/%d/%d around %dpm" % (rdig(7), R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), R.randint(1, 9))))], chat_note("insurance", "claim number and incident date"))
    if f == 7:
        return case("negative", [("customer", T("invoice INV-%d-%s shows %d%% increase, was £%s now £%s" % (R.randint(2023, 2026), rdig(5), R.randint(3, 40), amt, "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)))))], chat_note(ind, "invoice number and percentage"))
    if f == 8:
        return case("negative", [("customer", T("i'm %d and on a fixed income, been on hold %d mins 😩" % (R.randint(60, 92), R.randint(10, 90))))], chat_note(ind, "age and hold time"))
    if f == 9:
        return case("negative", [("agent", T("what's the order number")), ("customer", T("it's order number %s" % say_digits(rdig(R.randint(6, 8)))))], call_note(ind, "spoken order number with reference word"))
    if f == 10:
        return case("negative", [("customer", T("i paid %s pounds %s on the %s of %s and it still says i owe %s" % (say_pairs(str(R.randint(20, 99))), say_pair(str(R.randint(10, 99))), ORD[R.randint(0, 27)], pick(MONTHS), say_pairs(str(R.randint(10, 99))))))], call_note(ind, "spoken amounts and a payment date"))
    if f == 11:
        return case("negative", [("agent", T("the engineer can come on the %s of %s between eight and twelve" % (ORD[R.randint(0, 27)], pick(MONTHS)))), ("customer", T("yeah that's fine"))], call_note(ind, "appointment date and time window"))
    if f == 12:
        return case("negative", [("customer", T("we're in room %d, checking out at %d am, booking ref %s" % (R.randint(100, 999), R.randint(9, 11), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))))], chat_note("travel", "room number and booking code"))
    if f == 13:
        return case("negative", [("customer", T("the house is at %d degrees and the boiler pressure is %d.%d bar since %d" % (R.randint(12, 24), R.randint(0, 2), R.randint(0, 9), R.randint(2015, 2025))))], chat_note("utilities", "temperature, pressure, year"))
    if f == 14:
        return case("negative", [("customer", T("my contract started %s %d and it's %d months, why is it £%s now?" % (pick(MONTHS).capitalize(), R.randint(2019, 2025), pick([12, 18, 24, 36]), amt)))], chat_note("telecom", "contract start date, term, price"))
    if f == 15:
        return case("negative", [("customer", T("the reference number is %s and the case was opened at %s %s" % (say_digits(rdig(7)), say_pair(str(R.randint(10, 12))), say_pair(str(R.randint(10, 59))))))], call_note(ind, "spoken reference number and time"))
    if f == 16:
        return case("negative", [("customer", T("i've got %d lines on the plan, %d gig each, total %s a month" % (R.randint(2, 6), pick([5, 10, 30, 100]), amt)))], chat_note("telecom", "counts and price"))
    if f == 17:
        return case("negative", [("customer", T("i was with you for about %s years and the bill was %s twenty a month" % (say_digits(str(R.randint(2, 9))), say_pairs(str(R.randint(20, 99))))))], call_note(ind, "spoken duration and price"))
    if f == 18:
        return case("negative", [("customer", T("prescription ref %s, copay was $%d and appt is %d/%d at %d:%02d" % (rdig(9), R.randint(5, 60), R.randint(1, 12), R.randint(1, 28), R.randint(8, 17), pick([0, 15, 30, 45]))))], chat_note("healthcare billing", "reference, copay and appointment"))
    return case("negative", [("customer", T("parcel tracking %s%s says out for delivery, estimated %d-%d pm, weight %d.%dkg" % (pick(["JD", "TBA", "1Z"]), rdig(9), R.randint(1, 4), R.randint(5, 8), R.randint(0, 20), R.randint(0, 9))))], chat_note("retail", "tracking number, time window, weight"))



def spaced(ds):
    return " ".join(ds)


def pos_messy():
    """Typed channels with heavier mess: artefacts, odd separators, multi-message splits."""
    ind = pick(["banking", "telecom", "retail", "utilities", "insurance", "travel", "government services"])
    f = R.randint(0, 13)
    if f == 0:
        ds, _ = make_card("visa")
        g = group(ds, [4, 4, 4, 4])
        return case("positive", [("customer", T("ok card " + pick(["👇", "->", ":"]))), ("customer", T((g[0] + "\u00a0" + g[1], "CARD_NUMBER"))),
                                 ("customer", T("wait")), ("customer", T((g[2] + "\u00a0" + g[3], "CARD_NUMBER"), " there"))],
                    chat_note(ind, "card with non-breaking spaces split over messages with chatter"))
    if f == 1:
        d, typed, spoken, parts = make_phone("uk_mob")
        return case("positive", [("customer", T("Hi its %s, new numbr is " % pick(FIRST).capitalize(), (spaced(d), "PHONE"), " pls updte ur records x"))],
                    chat_note("telecom", "phone typed with a space between every digit"))
    if f == 2:
        local, dom = make_email()
        return case("positive", [("customer", T("mailto:", (local + "@" + dom, "EMAIL"), " <- thats me, copyd it from outlook"))],
                    chat_note(ind, "email with mailto: copy-paste artefact"))
    if f == 3:
        acct, sc = rdig(8), rdig(6)
        return case("positive", [("customer", T("@%sHelp my acct " % pick(["Bank", "Mono", "Nat"]), (acct, "BANK_ACCOUNT"), " sort ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE"), " been frozen since 9am??? 😡😡"))],
                    chat_note("banking", "social dm with account, sort code and a time"))
    if f == 4:
        a = make_address()
        pc, us = make_postcode(False)
        d, typed, spoken, parts = make_phone("uk_land")
        return case("positive", [("customer", T("Hello,\n\nPlease cancel my gas contract from the 1st.\n\nKind regards\n%s %s\n" % (pick(FIRST).capitalize(), pick(LAST).capitalize()), (address_typed(*a), "ADDRESS"), "\n%s\n" % pick(UK_TOWNS), (pc, "POSTCODE"), "\nTel: ", (typed, "PHONE"), "\n\nSent from my iPhone"))],
                    "email/utilities: signature block with address, postcode and phone")
    if f == 5:
        v = make_ni()
        sep = pick(["/", ".", " "])
        t = sep.join([v[:2], v[2:4], v[4:6], v[6:8], v[8]]) if sep != " " else " ".join(v)
        return case("positive", [("customer", T("nat ins no. is ", (t, "NI_NUMBER"), emo()))],
                    chat_note("government services", "ni with unusual separators"))
    if f == 6:
        v = make_iban("GB")
        t = "-".join(v[i:i + 4] for i in range(0, len(v), 4))
        return case("positive", [("customer", T("pls refund to ", (t, "IBAN"), " (my partners acc)"))],
                    chat_note("travel", "iban grouped with hyphens"))
    if f == 7:
        ssn = make_ssn()
        return case("positive", [("customer", T("SSN")), ("customer", T((ssn[:3], "SSN"))), ("customer", T((ssn[3:5], "SSN"))),
                                 ("customer", T((ssn[5:], "SSN"), "."))],
                    chat_note(ind, "ssn sent as three bare messages"))
    if f == 8:
        d, m, y = make_dob()
        return case("positive", [("customer", T("born on ", ("%d%s of %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1][:3].capitalize(), y), "DOB"), " lol feel old"))],
                    chat_note(ind, "dob typed with ordinal and short month"))
    if f == 9:
        ds, brand = make_card("mc")
        m, y = make_expiry()
        return case("positive", [("customer", T("CARD NO ", (ds[:8], "CARD_NUMBER"))), ("customer", T((ds[8:], "CARD_NUMBER"))),
                                 ("customer", T("EXP ", ("%02d/%d" % (m, y), "EXPIRY"), " CCV ", (rdig(3), "CVV"), " THANKS"))],
                    chat_note("retail", "all caps, card in two halves, expiry and 'ccv' typo"))
    if f == 10:
        pc, us = make_postcode(True)
        a = make_address()
        return case("positive", [("customer", T("ship to " + pick(["👉 ", ""]), (address_typed(*a), "ADDRESS"), ", %s " % pick(US_TOWNS), (pc, "POSTCODE"), " - order #%s" % rdig(8)))],
                    chat_note("retail", "us shipping address with zip and an order number"))
    if f == 11:
        ds, _ = make_card()
        sizes = card_sizes(len(ds))
        g = group(ds, sizes)
        return case("positive", [("customer", T("is it safe to put my card here? its ", ("|".join(g), "CARD_NUMBER")))],
                    chat_note(ind, "card with pipe separators"))
    if f == 12:
        local, dom = make_email()
        at = pick([" at ", " (at) ", "[at]"])
        dot = pick([" dot ", "."])
        d2 = dom.replace(".", dot)
        return case("positive", [("customer", T("email is ", (local + at + d2, "EMAIL"), " (dont want to type the symbol bc spam)"))],
                    chat_note(ind, "obfuscated email typed with (at)/dot"))
    d, typed, spoken, parts = make_phone("us")
    return case("positive", [("customer", T("text me at ", (d[:3], "PHONE"))), ("customer", T((d[3:6] + " " + d[6:], "PHONE"), " btw im free 2-4pm"))],
                chat_note("healthcare billing", "us phone split over messages, time range nearby"))


def neg_typed():
    ind = pick(["retail", "telecom", "utilities", "travel", "banking", "insurance"])
    f = R.randint(0, 11)
    if f == 0:
        return case("negative", [("customer", T("order %s was charged twice, £%d.00 each 😤" % (rdig(9), R.randint(10, 99))))], chat_note("retail", "order number and double charge"))
    if f == 1:
        return case("negative", [("customer", T("can someone call me at %dpm or %d:30? not before" % (R.randint(1, 5), R.randint(5, 8))))], chat_note(ind, "times only"))
    if f == 2:
        return case("negative", [("customer", T("promo code SAVE%d didnt work, app v%d.%d.%d" % (pick([10, 20, 25]), R.randint(1, 9), R.randint(0, 20), R.randint(0, 9))))], chat_note("retail", "promo code and app version"))
    if f == 3:
        return case("negative", [("customer", T("case id %s - delivery slot %d/%d %d-%dam" % (rdig(8), R.randint(1, 28), R.randint(1, 12), R.randint(7, 9), R.randint(10, 11))))], chat_note("retail", "case id and delivery slot"))
    if f == 4:
        return case("negative", [("customer", T("the APR is %d.%d%% and i owe £%s,%03d.%02d, pay £%d/month for %d months" % (R.randint(9, 39), R.randint(0, 9), R.randint(1, 20), R.randint(0, 999), R.randint(0, 99), R.randint(50, 400), pick([12, 24, 36, 48]))))], chat_note("banking", "apr, balance, instalments"))
    if f == 5:
        return case("negative", [("customer", T("ur text said £%d.%02d due by %02d/%02d, i paid it on the %dth!!" % (R.randint(10, 200), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(4, 28))))], chat_note("utilities", "due date and payment date"))
    if f == 6:
        return case("negative", [("customer", T("need %d x %dml bottles and size %d shoes, total was $%d.%02d" % (R.randint(2, 12), pick([250, 500, 750]), R.randint(4, 12), R.randint(20, 300), R.randint(0, 99))))], chat_note("retail", "quantities, sizes, total"))
    if f == 7:
        return case("negative", [("customer", T("policy renews %s %d, premium went from £%d to £%d (%d%% up)" % (pick(MONTHS).capitalize(), R.randint(2025, 2027), R.randint(300, 700), R.randint(701, 1400), R.randint(10, 90))))], chat_note("insurance", "renewal date and premiums"))
    if f == 8:
        return case("negative", [("customer", T("booking ref %s, %d adults %d kids, arriving %d:%02d, gate B%d" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(1, 4), R.randint(0, 3), R.randint(6, 23), pick([0, 10, 25, 40]), R.randint(1, 60))))], chat_note("travel", "booking ref, counts, time, gate"))
    if f == 9:
        return case("negative", [("customer", T("download speed %d.%d Mbps upload %d, ping %dms, router %s" % (R.randint(1, 99), R.randint(0, 9), R.randint(1, 20), R.randint(8, 120), pick(["Hub 3", "Hub 4", "AX3000", "F@st 5670"]))))], chat_note("telecom", "speed test figures"))
    if f == 10:
        return case("negative", [("customer", T("complaint ref CMP%s — still waiting after %d weeks & %d calls" % (rdig(6), R.randint(2, 9), R.randint(3, 15))))], chat_note(ind, "complaint reference, durations, counts"))
    return case("negative", [("customer", T("my daughter is %d and my son %d, can they be added for £%d a month? started in %d" % (R.randint(3, 17), R.randint(3, 17), R.randint(5, 30), R.randint(2010, 2024))))], chat_note("telecom", "ages, price, year"))

# ------------------------------------------------------------------ generate
def generate():
    plan = ([pos_card] * 36 + [pos_ssn] * 32 + [pos_ni] * 32 + [pos_bank] * 18 + [pos_iban] * 15 +
            [pos_phone] * 16 + [pos_email] * 15 + [pos_dob] * 15 + [pos_postcode] * 16 +
            [pos_address] * 14 + [pos_cvv_exp] * 16 + [pos_messy] * 70)
    pos = [fn() for fn in plan]
    negs = [neg() for _ in range(60)] + [neg_typed() for _ in range(70)]
    out = []
    for i, c in enumerate(pos, 1):
        out.append({"id": "h307-pos-%03d" % i, **c})
    for i, c in enumerate(negs, 1):
        out.append({"id": "h307-neg-%03d" % i, **c})
    return out


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# --------------------------------------------------------------- validation
W2D = {w: str(i) for i, w in enumerate(UNIT_W)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEEN_W)}
TENS2 = {w: str(k) for k, w in TENS_W.items()}
IGN = set(FILL) | {"dash", "hyphen", "plus", "and", "space"}
NATO_R = {v: k for k, v in NATO.items()}


def norm(text):
    toks = re.findall(r"[A-Za-z0-9]+", text)
    toks_l = [t.lower() for t in toks]
    out, i = "", 0
    while i < len(toks):
        t, tl = toks[i], toks_l[i]
        nxt = toks_l[i + 1] if i + 1 < len(toks) else None
        if tl in IGN:
            i += 1
            continue
        if t.isdigit():
            out += t
        elif tl in W2D:
            out += W2D[tl]
        elif tl in ("double", "triple") and nxt is not None:
            n = 2 if tl == "double" else 3
            if nxt in W2D:
                out += W2D[nxt] * n
            elif len(nxt) == 1:
                out += nxt.upper() * n
            else:
                return None
            i += 2
            continue
        elif tl in TEEN2:
            out += TEEN2[tl]
        elif tl in TENS2:
            if nxt in W2D and W2D[nxt] != "0":
                out += TENS2[tl][0] + W2D[nxt]
                i += 2
                continue
            out += TENS2[tl] + "0"
        elif tl == "hundred":
            out += "00"
        elif len(t) == 1 and t.isalpha():
            out += t.upper()
            if nxt == "for" and i + 2 < len(toks):
                i += 3
                continue
        elif tl in NATO_R:
            out += NATO_R[tl]
        else:
            out += t.upper()
        i += 1
    return out


def email_norm(text):
    if "@" in text:
        return text
    text = re.sub(r"[\[(]at[\])]", " at ", text)
    toks = text.split()
    m = {"at": "@", "dot": ".", "underscore": "_"}
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in m:
            out += m[t]
        elif t in TENS2 and i + 1 < len(toks) and toks[i + 1] in W2D:
            out += TENS2[t][0] + W2D[toks[i + 1]]
            i += 1
        elif t in TEEN2:
            out += TEEN2[t]
        elif t in TENS2:
            out += TENS2[t] + "0"
        elif t in W2D and len(t) > 1:
            out += W2D[t]
        else:
            out += t
        i += 1
    return out


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


DIGITISH = {"CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE"}


def valid_frags(ty, frags):
    if ty in DIGITISH and len(frags) > 1:
        ns = [norm(f) for f in frags]
        if any(n is None for n in ns):
            return False
        return valid(ty, "".join(ns))
    return valid(ty, " ".join(frags))


def valid(ty, text):
    if ty == "EMAIL":
        return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", email_norm(text)) is not None
    if ty == "DOB":
        low = text.lower()
        return any(mn[:3] in low for mn in MONTHS) or re.search(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}", text) is not None
    if ty == "ADDRESS":
        low = text.lower()
        has_num = re.search(r"\d", low) or any(w in low.split() for w in list(W2D) + list(TEEN2) + list(TENS2))
        has_st = any(re.search(r"\b%s\b" % s.lower(), low) for s in STYPES + ["rd", "st", "ave", "ln", "dr"])
        return bool(has_num and has_st)
    if ty == "EXPIRY":
        low = text.lower()
        if any(mn in low for mn in MONTHS):
            return True
        n = norm(text)
        return n is not None and re.fullmatch(r"(0?[1-9]|1[0-2])(\d\d|20\d\d)", n) is not None
    n = norm(text)
    if n is None:
        return False
    if ty == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if ty == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if ty == "SSN":
        return n.isdigit() and len(n) == 9
    if ty == "NI_NUMBER":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) is not None
    if ty == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if ty == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if ty == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n) is not None and mod97_ok(n)
    if ty == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if ty == "POSTCODE":
        return UK_PC.match(n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    return False


def check(cases, expected, actual):
    errs = []
    if expected != actual:
        errs.append("regenerated output differs from file on disk")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = Counter()
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative":
            if c["spans"]:
                errs.append("%s: negative with spans" % cid)
            continue
        if not c["spans"]:
            errs.append("%s: positive without spans" % cid)
        prev = None
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary: %r" % (cid, txt[a:b]))
            if txt[a:b] != txt[a:b].strip():
                errs.append("%s: span has outer whitespace" % cid)
            if prev and prev[0] == s["turn"] and a < prev[1]:
                errs.append("%s: overlapping spans" % cid)
            prev = (s["turn"], b)
            counts[s["type"]] += 1
        # group runs of consecutive same-type spans; each run must partition into valid values
        runs = []
        for s in c["spans"]:
            txt = c["turns"][s["turn"]]["text"]
            frag = txt[s["start"]:s["end"]]
            if s["type"] == "SSN" and "last four" in txt[:s["start"]] and len(norm(frag) or "") == 4:
                runs.append((s["type"], [frag], True))
                continue
            if runs and runs[-1][0] == s["type"] and not runs[-1][2]:
                runs[-1][1].append(frag)
            else:
                runs.append((s["type"], [frag], False))
        for ty, frags, done in runs:
            if done:
                continue
            ok = [True] + [False] * len(frags)
            for i in range(1, len(frags) + 1):
                ok[i] = any(ok[j] and valid_frags(ty, frags[j:i]) for j in range(i))
            if not ok[-1]:
                errs.append("%s: %s fragments do not form valid values: %r" % (cid, ty, frags))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has %d spans < %d" % (t, counts[t], need))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg, ncases_chat):
    lines = [
        "# PII hold-out set h307",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures",
        "and changing the redactor to fix them destroys its value.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its docs or other evaluation sets; only a 3-line format example.",
        "Cases are generated by `scripts/make_pii_holdout307.py` from template functions (seed",
        "%d); every turn is assembled from plain-text segments and (value, TYPE) segments, so" % SEED,
        "offsets are computed, never typed by hand. `--check` regenerates the file, compares it",
        "byte for byte and validates every span (word boundaries, overlap, Luhn, mod-97, NI shape,",
        "digit counts after normalising spoken forms, postcode shapes).",
        "",
        "About two thirds of cases are typed channels (web chat, SMS, e-mail bodies, social/app DMs,",
        "WhatsApp) with messy typing; the rest are phone calls written as an ASR transcript would",
        "(lower case, numbers as words, oh/o/nought for zero, double/triple, pairs, NATO spelling).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: lead-ins (\"card is\", \"it's\", \"ssn:\"), quotes, brackets,",
        "  emojis and trailing punctuation are outside.",
        "- Internal separators (spaces, dashes, dots, tabs, spoken \"dash\") and filler words inside a",
        "  reading (um, uh, er) are inside the span.",
        "- A value split across messages/turns gets one span per fragment, each of the same type;",
        "  agent back-channels are not labelled.",
        "- Agent read-backs of a value are labelled as well; a self-correction where two full values",
        "  are given labels both.",
        "- \"Last four\" of an SSN given on its own is labelled SSN.",
        "- Spoken letters are inside the span including the \"for bravo\" part.",
        "- ASR homophones inside a reading (\"to\"/\"too\" for two, \"for\" for four) are inside the",
        "  span; spoken \"plus\" of an international number is inside the PHONE span.",
        "- E-mails: the whole address including spoken or obfuscated \"at\"/\"(at)\"/\"dot\"; a",
        "  \"mailto:\" prefix and surrounding angle brackets are outside.",
        "- Non-breaking spaces, tabs, pipes and other pasted separators inside a value are inside.",
        "- ADDRESS covers flat/house number and street name with street type; town and postcode are",
        "  outside (postcode has its own POSTCODE span).",
        "- DOB covers the full date (day, month, year) as written or spoken; EXPIRY covers month and",
        "  year (\"end of\" is outside).",
        "- Negatives contain no PII; any redaction in a negative is a false positive.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "- typed-channel cases: %d, call cases: %d" % (ncases_chat, npos + nneg - ncases_chat),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    cases = generate()
    text = dump(cases)
    chk = "--check" in sys.argv
    if chk:
        try:
            with open(CASES, encoding="utf-8") as fh:
                disk = fh.read()
        except OSError:
            disk = None
    else:
        disk = text
    errs, counts, npos, nneg = check(cases, text, disk)
    nchat = sum(not c["note"].startswith("call/") for c in cases)
    rd = readme(counts, npos, nneg, nchat)
    if chk:
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    errs.append("README differs")
        except OSError:
            errs.append("README missing")
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    print("cases: %d positive, %d negative, %d typed-channel, %d call" % (npos, nneg, nchat, len(cases) - nchat))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        for e in errs[:50]:
            print("ERROR:", e)
        print("FAILED: %d problems" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

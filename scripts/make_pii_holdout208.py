#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h208.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only; fully deterministic.

    python scripts/make_pii_holdout208.py          # write fixture + README
    python scripts/make_pii_holdout208.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys

SEED = 208241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout208")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "r": "are", "t": "tee",
        "y": "why", "x": "ex", "p": "pee", "z": "zed", "h": "aitch", "g": "gee"}


def ordinal(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def pair_words(n):
    """0..99 as words; 0-9 given with an 'oh' prefix ('oh five')."""
    if n < 10:
        return "oh " + ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + ONES[n % 10]


def zero_word(style):
    return {"oh": "oh", "o": "o", "zero": "zero", "nought": "nought"}[style]


def say_digits(ds, zero="oh", groups=True, filler=None):
    """Read a digit string aloud, ASR style: doubles/triples, varying zero."""
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        w = zero_word(zero) if d == "0" else ONES[int(d)]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if groups and run == 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif groups and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and R.random() < 0.12 and i < len(ds):
            out.append(filler)
    return " ".join(out)


def say_pairs(ds):
    """Read an even-length digit string as pairs: '4111' -> 'forty one eleven'."""
    parts = []
    for k in range(0, len(ds), 2):
        parts.append(pair_words(int(ds[k:k + 2])))
    return " ".join(parts)


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    return pair_words(y // 100) + " " + pair_words(y % 100)


def say_letters(s, nato_p=0.0, homo_p=0.0):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(ONES[int(ch)])
        elif R.random() < nato_p:
            out.append(ch + " for " + NATO[ch])
        elif ch in HOMO and R.random() < homo_p:
            out.append(HOMO[ch])
        else:
            out.append(ch)
    return " ".join(out)


# ----------------------------------------------------------- spoken -> string
WORD_DIG = {w: str(i) for i, w in enumerate(ONES)}
WORD_DIG.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEEN_DIG = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_DIG = {w: i for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "erm", "er", "and", "dash", "hyphen", "space", "slash", "then"}
HOMO_REV = {v: k for k, v in HOMO.items()}
HOMO_REV.update({"sea": "c", "tea": "t", "zee": "z"})
NATO_REV = {v: k for k, v in NATO.items()}


def normalise(text):
    """Turn a span's text (typed or spoken) into a compact upper-case string."""
    t = text.lower()
    t = t.replace("-", " ").replace("/", " ").replace(".", " . ").replace(",", " ")
    t = t.replace("(", " ").replace(")", " ").replace("+", " ")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w)
            i += 3
            continue
        if w in ("double", "triple") and nxt is not None:
            rep = 2 if w == "double" else 3
            ch = WORD_DIG.get(nxt, nxt if len(nxt) == 1 else None)
            if ch is None:
                ch = HOMO_REV.get(nxt, "?")
            out.append(ch * rep)
            i += 2
            continue
        if w in TENS_DIG:
            if nxt in WORD_DIG and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(TENS_DIG[w] * 10 + int(WORD_DIG[nxt])))
                i += 2
                continue
            out.append(str(TENS_DIG[w] * 10))
            i += 1
            continue
        if w in TEEN_DIG:
            out.append(TEEN_DIG[w])
            i += 1
            continue
        if w in WORD_DIG:
            out.append(WORD_DIG[w])
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(w)
            i += 3
            continue
        if w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
            continue
        if w in HOMO_REV:
            out.append(HOMO_REV[w])
            i += 1
            continue
        if w in FILLERS:
            i += 1
            continue
        out.append(w)
        i += 1
    return "".join(out).upper()


def digits_of(text):
    return re.sub(r"\D", "", normalise(text))


# ---------------------------------------------------------------- generators
def luhn_ok(s):
    tot = 0
    for k, ch in enumerate(reversed(s)):
        d = int(ch)
        if k % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
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
    raise AssertionError


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[k:k + 4] for k in range(0, len(c), 4))


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_A = "ABCEGHJKLMNOPRSTWXYZ"
NI_B = "ABCEGHJKLMNPRSTWXYZ"
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def gen_ni(spoken=False):
    while True:
        p = R.choice(NI_A) + R.choice(NI_B)
        if spoken and "O" in p:
            continue
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24}


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dig = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "FR":
        bban = dig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO", "TRIO"]) + dig(10)
    else:
        bban = dig(20)
    return cc + iban_check(cc, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[k:k + 4] for k in range(0, len(s), 4))


def rdig(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def gen_uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + rdig(8, False)


def gen_us_phone():
    return str(R.randint(2, 9)) + rdig(2, False) + str(R.randint(2, 9)) + rdig(6, False)


def gen_ie_mobile():
    return "08" + R.choice(["3", "5", "6", "7", "9"]) + rdig(7, False)


UK_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "L", "NE",
            "CR", "DN", "BT", "RG", "KT", "TW", "S", "NG", "PO"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29)) if len(a) == 2 else str(R.randint(1, 20))
    return a + d + " " + str(R.randint(1, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


PC_RE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?)$")


def gen_zip():
    return "%05d" % R.randint(10001, 99950)


FIRST = ["james", "sarah", "liam", "aoife", "mohammed", "priya", "tom", "grace", "daniel",
         "chloe", "sean", "niamh", "marco", "elena", "kofi", "hannah", "oliver", "fatima",
         "jack", "emily", "raj", "sophie", "ciaran", "lucy", "david", "maria"]
LAST = ["murphy", "patel", "smith", "kelly", "o'brien", "jones", "nguyen", "garcia", "walsh",
        "taylor", "brown", "okafor", "byrne", "fischer", "rossi", "hughes", "khan", "evans"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "live.ie", "aol.com", "proton.me", "web.de"]
STREETS = ["elm", "oak", "high", "church", "station", "victoria", "mill", "park", "king",
           "queen", "maple", "cedar", "willow", "main", "market", "bridge", "green", "orchard"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent", "court",
          "terrace", "place", "grove"]
SUFFIX_RE = re.compile(r"\b(" + "|".join(SUFFIX + ["st", "rd", "ave", "ln", "dr", "blvd",
                                                   "boulevard"]) + r")\b", re.I)


def gen_email(spoken=False):
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    dom = R.choice(DOMAINS)
    form = R.randint(0, 3)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    if form == 0:
        user_parts = [f, l]
        user = f + "." + l + num
    elif form == 1:
        user_parts = [f[0], l]
        user = f[0] + "." + l + num
    elif form == 2:
        user_parts = [f + l]
        user = f + l + num
    else:
        user_parts = [f, l]
        user = f + "_" + l + num
    if not spoken:
        u = user if R.random() < 0.8 else user.capitalize()
        return u + "@" + dom
    # spoken form
    sep = " underscore " if form == 3 else " dot "
    su = sep.join(user_parts) if form != 2 else user_parts[0]
    if num:
        su += " " + (say_digits(num) if R.random() < 0.5 else pair_words(int(num)).replace("oh ", ""))
    sd = dom.replace(".", " dot ")
    return su + " at " + sd


def gen_address(spoken=False):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    flat = R.random() < 0.2
    if spoken:
        nw = say_num(n)
        s = nw + " " + st + " " + suf
        if flat:
            s = "flat " + ONES[R.randint(1, 9)] + " " + s
        return s
    s = "%d %s %s" % (n, st.capitalize(), suf.capitalize())
    if flat:
        s = "Flat %d, %s" % (R.randint(1, 12), s)
    return s if R.random() < 0.7 else s.lower()


def say_num(n):
    if n < 10:
        return ONES[n]
    if n < 100:
        return pair_words(n)
    h, r = divmod(n, 100)
    if r == 0:
        return ONES[h] + " hundred"
    if R.random() < 0.5:
        return ONES[h] + " " + pair_words(r)
    return ONES[h] + " hundred and " + pair_words(r).replace("oh ", "")


def gen_dob(spoken):
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    if not spoken:
        f = R.randint(0, 3)
        if f == 0:
            return "%02d/%02d/%d" % (d, m, y)
        if f == 1:
            return "%02d/%02d/%d" % (m, d, y)
        if f == 2:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        return "%02d.%02d.%d" % (d, m, y)
    f = R.randint(0, 2)
    if f == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y))
    return "%s %s %s" % (say_digits("%02d" % d, groups=False), say_digits("%02d" % m, groups=False), say_year(y))


def gen_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(27, 33)
    if not spoken:
        return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (m, y)
    f = R.randint(0, 2)
    if f == 0:
        return say_digits("%02d" % m, groups=False) + " " + pair_words(y)
    if f == 1:
        return MONTHS[m - 1] + " " + say_year(2000 + y)
    return pair_words(m) + " " + pair_words(y)


# ------------------------------------------------------------------ case build
AG, CU = "agent", "customer"


def T(speaker, *segs):
    return (speaker, list(segs))


def build(cid, kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                start = len(text)
                text += val
                spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


ACKS = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yes", "go ahead"]


def ack():
    return R.choice(ACKS)


def split_digits(ds, sizes):
    out, k = [], 0
    for n in sizes:
        out.append(ds[k:k + n])
        k += n
    return out


def zs():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


# ------------------------------------------------------------------ positives
def p_card_chat():
    c = gen_card()
    sep = R.choice([" ", "-", "", " ", "  "])
    v = group_card(c, sep) if sep else c
    order = "order " + rdig(8)
    return [T(CU, "hi, I need to update the card on %s. new card is " % order, (v, "CARD_NUMBER"),
              " exp ", (gen_expiry(False), "EXPIRY"), " thanks")], "chat/retail: typed card beside an 8-digit order number, with expiry"


def p_card_spoken_one():
    c = gen_card()
    v = say_digits(c, zero=zs(), filler=R.choice([None, "um", "uh"]))
    return [T(AG, "and the long number on the front of the card please"),
            T(CU, "yeah it's " if R.random() < 0.5 else "okay so ", (v, "CARD_NUMBER")),
            T(AG, "thank you and the three digits on the back"),
            T(CU, (say_digits(rdig(3, False), zero=zs()), "CVV"))], "call/banking: card digit by digit in one turn then CVV"


def p_card_split():
    c = gen_card()
    parts = split_digits(c, [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5])
    turns = [T(AG, "go ahead with the card number when you're ready")]
    for k, p in enumerate(parts):
        style = R.random()
        v = say_pairs(p) if (style < 0.35 and len(p) % 2 == 0) else say_digits(p, zero=zs())
        lead = R.choice(["", "", "right ", "um ", "then "]) if k else R.choice(["so ", "it's ", ""])
        turns.append(T(CU, lead, (v, "CARD_NUMBER")))
        if k < len(parts) - 1:
            turns.append(T(AG, ack()))
    return turns, "call/telecom: card split across customer turns with back-channels, pairs and digits mixed"


def p_card_readback():
    c = gen_card("visa")
    v1 = say_digits(c, zero="oh")
    g = group_card(c).split()
    v2 = " ".join(say_digits(x, zero="zero", groups=False) for x in g)
    return [T(CU, "the card is ", (v1, "CARD_NUMBER")),
            T(AG, "let me read that back ", (v2, "CARD_NUMBER"), " is that right"),
            T(CU, "yes that's it")], "call/utilities: card and agent read-back in different zero style"


def p_card_correction():
    c = gen_card("mc")
    return [T(CU, "card number ", (say_digits(c[:8]), "CARD_NUMBER"), " um no sorry that's the old one let me start again ",
              (say_digits(c), "CARD_NUMBER")),
            T(AG, "okay and what's the expiry"),
            T(CU, "it's ", (gen_expiry(True), "EXPIRY"))], "call/retail: self-correction inside the card reading, expiry spoken"


def p_card_lastfour_then_full():
    c = gen_card()
    other = rdig(4)
    return [T(AG, "I can see a card ending %s on file, is that the one" % " ".join(ONES[int(x)] for x in other)),
            T(CU, "no that one's expired, use the new one ", (say_digits(c, zero=zs()), "CARD_NUMBER")),
            T(AG, "lovely and the security code"),
            T(CU, "it's ", (say_digits(rdig(3, False)), "CVV"), " and the payment is forty nine ninety nine yeah")], \
        "call/insurance: stored card last four (unlabelled) then the full new card, CVV beside an amount"


def p_card_chat_amount():
    c = gen_card("amex")
    cv = rdig(4)
    v = group_card(c, R.choice([" ", "-"]))
    return [T(AG, "Total due is $1,284.50. Please provide the card details."),
            T(CU, "Amex ", (v, "CARD_NUMBER"), ", CID ", (cv, "CVV"), ", expires ", (gen_expiry(False), "EXPIRY"))], \
        "chat/travel: amex 4-6-5 grouping, 4-digit CID, amount just before"


def p_card_two_in_turn():
    c = gen_card()
    return [T(AG, "could I have the card number and the expiry date"),
            T(CU, (say_digits(c, zero=zs()), "CARD_NUMBER"), " and it runs out ", (gen_expiry(True), "EXPIRY"),
              " um the code on the back is ", (say_digits(rdig(3, False)), "CVV"))], \
        "call/healthcare billing: card, expiry and cvv all in one turn"


def p_ssn_chat():
    s = gen_ssn()
    f = R.randint(0, 2)
    v = [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s][f]
    return [T(AG, "For verification please confirm your Social Security number."),
            T(CU, "sure its ", (v, "SSN"), " and my claim # is CLM-" + rdig(7))], \
        "chat/insurance: SSN typed, claim number alongside (unlabelled)"


def p_ssn_spoken():
    s = gen_ssn()
    v = say_digits(s, zero=zs(), filler=R.choice([None, "uh"]))
    return [T(AG, "can you give me your social security number"),
            T(CU, "yeah it's ", (v, "SSN"))], "call/government: SSN digit by digit"


def p_ssn_split():
    s = gen_ssn()
    a, b, c = s[:3], s[3:5], s[5:]
    return [T(AG, "and your social please"),
            T(CU, (say_digits(a, zero=zs()), "SSN")),
            T(AG, ack()),
            T(CU, (say_digits(b, zero=zs()), "SSN")),
            T(AG, ack()),
            T(CU, (say_pairs(c) if R.random() < 0.5 else say_digits(c), "SSN"))], \
        "call/banking: SSN in 3-2-4 groups over three turns"


def p_ssn_last4_and_full():
    s = gen_ssn()
    return [T(AG, "I just need the last four of your social"),
            T(CU, say_digits(s[5:], zero=zs())),
            T(AG, "hmm that doesn't match, can I get the full number"),
            T(CU, "okay ", (say_digits(s, zero=zs()), "SSN"), " and I'm calling about the twelve hundred dollar refund")], \
        "call/government: last four of SSN (unlabelled partial) then full SSN, amount afterwards"


def p_ssn_dob():
    s = gen_ssn()
    return [T(CU, "my ss number is ", (say_digits(s), "SSN"), " date of birth ", (gen_dob(True), "DOB"))], \
        "call/healthcare billing: SSN and DOB in one turn"


def p_ni_chat():
    n = gen_ni()
    f = R.randint(0, 3)
    v = [n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
         n[:2] + n[2:8] + " " + n[8]][f]
    return [T(AG, "Can you confirm your National Insurance number?"),
            T(CU, "yes it's ", (v, "NI_NUMBER"), ", tax year 2023/24")], "chat/government: NI number typed in varied spacing/case"


def p_ni_spoken():
    n = gen_ni(spoken=True)
    v = say_letters(n[:2], nato_p=0.4, homo_p=0.3) + " " + say_digits(n[2:8], zero=zs()) + " " + \
        say_letters(n[8], nato_p=0.3)
    return [T(AG, "and your national insurance number please"),
            T(CU, "it's ", (v, "NI_NUMBER"))], "call/government: NI spoken with NATO/homophone letters"


def p_ni_split():
    n = gen_ni(spoken=True)
    return [T(AG, "what's your NI number"),
            T(CU, "um ", (say_letters(n[:2], nato_p=0.5), "NI_NUMBER")),
            T(AG, ack()),
            T(CU, (say_pairs(n[2:8]) if R.random() < 0.5 else say_digits(n[2:8]), "NI_NUMBER")),
            T(AG, "and the letter at the end"),
            T(CU, (say_letters(n[8], nato_p=0.6), "NI_NUMBER"))], "call/government: NI split over three turns, pairs for digits"


def p_ni_with_ref():
    n = gen_ni()
    ref = rdig(9)
    return [T(CU, "I got a letter reference %s about my pension" % ref),
            T(AG, "okay and your national insurance number"),
            T(CU, (n[:2].lower() + " " + say_digits(n[2:8], zero=zs()) + " " + n[8].lower(), "NI_NUMBER"))], \
        "call/government: NI number after a 9-digit letter reference (unlabelled)"


def p_ni_readback():
    n = gen_ni(spoken=True)
    return [T(CU, "national insurance ", (say_letters(n[:2]) + " " + say_digits(n[2:8]) + " " + say_letters(n[8]), "NI_NUMBER")),
            T(AG, "so that's ", (say_letters(n[:2], nato_p=1.0) + " " + say_digits(n[2:8], groups=False) + " " +
                                say_letters(n[8], nato_p=1.0), "NI_NUMBER"), " yeah")], \
        "call/utilities: NI spoken and read back with NATO alphabet"


def p_bank_uk():
    acc, sc = rdig(8, False), rdig(6, False)
    return [T(AG, "I'll need your sort code and account number for the direct debit"),
            T(CU, "sort code ", (say_pairs(sc) if R.random() < 0.5 else say_digits(sc, zero=zs()), "SORT_CODE"),
              " account ", (say_digits(acc, zero=zs()), "BANK_ACCOUNT")),
            T(AG, "and which day of the month would you like it, the first or the fifteenth")], \
        "call/utilities: UK sort code and account number, DD day mentioned"


def p_bank_chat():
    acc, sc = rdig(8, False), rdig(6, False)
    scv = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    return [T(CU, "Please refund the £64.20 to acct ", (acc, "BANK_ACCOUNT"), " sort ", (scv, "SORT_CODE"))], \
        "chat/retail: typed account and sort code right after an amount"


def p_bank_split():
    acc, sc = rdig(8, False), rdig(6, False)
    return [T(AG, "sort code first please"),
            T(CU, (say_digits(sc[:2]), "SORT_CODE")),
            T(AG, ack()),
            T(CU, (say_digits(sc[2:4]), "SORT_CODE"), " ", (say_digits(sc[4:]), "SORT_CODE")),
            T(AG, "and the account number"),
            T(CU, (say_digits(acc[:4], zero=zs()), "BANK_ACCOUNT")),
            T(AG, ack()),
            T(CU, (say_digits(acc[4:], zero=zs()), "BANK_ACCOUNT"))], "call/banking: sort code and account split across turns"


def p_bank_us():
    acc = rdig(R.randint(10, 12))
    return [T(AG, "what's the checking account number you want the deposit to go to"),
            T(CU, "it's ", (say_digits(acc, zero=zs()), "BANK_ACCOUNT"), " at the credit union")], \
        "call/government: US checking account number spoken"


def p_iban_chat():
    ib = gen_iban()
    v = group4(ib) if R.random() < 0.6 else ib
    if R.random() < 0.3:
        v = v.lower()
    return [T(AG, "Which account should the refund go to?"),
            T(CU, "IBAN ", (v, "IBAN"), " - invoice INV" + rdig(7) + " thx")], "chat/travel: IBAN typed, invoice number beside it"


def p_iban_spoken():
    ib = gen_iban(R.choice(["GB", "IE"]))
    v = say_letters(ib[:2]) + " " + say_digits(ib[2:4]) + " " + say_letters(ib[4:8], nato_p=0.3) + " " + \
        say_digits(ib[8:], zero=zs())
    return [T(AG, "and the iban for the account"),
            T(CU, "okay it's ", (v, "IBAN"))], "call/banking: GB/IE IBAN spoken with letters and digits"


def p_iban_split():
    ib = gen_iban(R.choice(["DE", "NL", "FR"]))
    parts = [ib[k:k + 4] for k in range(0, len(ib), 4)]
    half = len(parts) // 2
    a, b = " ".join(parts[:half]), " ".join(parts[half:])
    return [T(AG, "go ahead with the IBAN"),
            T(CU, (a, "IBAN")),
            T(AG, ack()),
            T(CU, (b, "IBAN"))], "chat/utilities (EU): IBAN typed over two messages in groups of four"


def p_phone_chat():
    kind = R.randint(0, 4)
    if kind == 0:
        p = gen_uk_mobile()
        v = R.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:]])
    elif kind == 1:
        p = gen_us_phone()
        v = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                      "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    elif kind == 2:
        p = gen_ie_mobile()
        v = R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]])
    elif kind == 3:
        p = "0" + R.choice(["20", "161", "121", "113"]) + rdig(7 if True else 0, False)
        v = p[:4] + " " + p[4:]
        p = p[:11]
        v = p[:4] + " " + p[4:8] + " " + p[8:]
    else:
        p = "01" + rdig(9, False)
        v = p[:5] + " " + p[5:]
    return [T(AG, "What's the best number to reach you on?"),
            T(CU, "call me on ", (v, "PHONE"), " after 6pm, I'm out till then")], \
        "chat/telecom: phone typed in national/international form, time next to it"


def p_phone_spoken():
    p = R.choice([gen_uk_mobile, gen_us_phone, gen_ie_mobile])()
    v = say_digits(p, zero=zs(), filler=R.choice([None, "um"]))
    if p.startswith("07") and R.random() < 0.4:
        v = "plus four four " + say_digits(p[1:], zero=zs())
    return [T(AG, "and a contact number for you"),
            T(CU, "yeah it's ", (v, "PHONE"), " that's my mobile")], "call/telecom: phone digit by digit with doubles/triples"


def p_phone_split():
    p = gen_uk_mobile()
    return [T(AG, "can I take a number in case we get cut off"),
            T(CU, (say_digits(p[:5], zero=zs()), "PHONE")),
            T(AG, ack()),
            T(CU, (say_digits(p[5:8], zero=zs()), "PHONE")),
            T(AG, ack()),
            T(CU, (say_digits(p[8:], zero=zs()), "PHONE"))], "call/insurance: UK mobile split 5-3-3 across turns"


def p_phone_us_pairs():
    p = gen_us_phone()
    v = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:])
    return [T(CU, "you can text me at ", (v, "PHONE"), " my order is number " + " ".join(ONES[int(x)] for x in rdig(6)))], \
        "call/retail: US phone with last four as pairs, then spoken order number (unlabelled)"


def p_email_chat():
    e = gen_email()
    return [T(AG, "Could you confirm the email on the account?"),
            T(CU, "it's ", (e, "EMAIL"), " - ticket #" + rdig(6) + " was about the same thing")], "chat/telecom: typed email beside ticket number"


def p_email_spoken():
    e = gen_email(spoken=True)
    return [T(AG, "what email address should we send the confirmation to"),
            T(CU, "it's ", (e, "EMAIL"))], "call/travel: email spoken with 'at' and 'dot'"


def p_email_spell():
    f, l = R.choice(FIRST), R.choice(LAST).replace("'", "")
    dom = R.choice(["gmail dot com", "outlook dot com", "hotmail dot co dot uk"])
    return [T(CU, "my email is ", (f + " " + l + " at " + dom, "EMAIL")),
            T(AG, "how do you spell the surname"),
            T(CU, say_letters(l))], "call/insurance: email spoken, surname spelled afterwards (not an email)"


def p_dob_chat():
    return [T(AG, "Can I take your date of birth for security?"),
            T(CU, (gen_dob(False), "DOB"), " - I'm calling about the appointment on the 14th")], \
        "chat/healthcare billing: typed DOB next to a non-birth date"


def p_dob_spoken():
    return [T(AG, "and can you confirm your date of birth"),
            T(CU, "yes it's ", (gen_dob(True), "DOB"))], "call/banking: DOB spoken"


def p_dob_age():
    return [T(AG, "what's your date of birth please"),
            T(CU, "um ", (gen_dob(True), "DOB"), " so I'll be sixty next year")], "call/insurance: DOB then an age (unlabelled)"


def p_postcode_chat():
    pc = gen_uk_postcode()
    v = R.choice([pc, pc.replace(" ", ""), pc.lower()])
    a = gen_address()
    return [T(AG, "What's the installation address?"),
            T(CU, (a, "ADDRESS"), ", ", R.choice(["Leeds", "Manchester", "Bristol", "London", "Cardiff"]), " ",
              (v, "POSTCODE"))], "chat/telecom: street address and UK postcode typed"


def p_postcode_spoken():
    pc = gen_uk_postcode()
    v = say_letters(pc.replace(" ", ""), nato_p=0.25, homo_p=0.2)
    return [T(AG, "and the postcode there"),
            T(CU, (v, "POSTCODE"))], "call/utilities: UK postcode spoken letter by letter"


def p_address_spoken():
    a = gen_address(spoken=True)
    pc = gen_uk_postcode()
    return [T(AG, "can you confirm the first line of your address and postcode"),
            T(CU, "it's ", (a, "ADDRESS"), " ", (say_letters(pc.replace(" ", "")), "POSTCODE"))], \
        "call/banking: spoken address line then postcode in the same turn"


def p_address_us():
    a = gen_address()
    z = gen_zip()
    zv = z if R.random() < 0.6 else z + "-" + rdig(4, False)
    return [T(CU, "Ship it to ", (a, "ADDRESS"), ", Austin TX ", (zv, "POSTCODE"), " please, order 55" + rdig(6))], \
        "chat/retail: US address and ZIP, order number after"


def p_zip_spoken():
    z = gen_zip()
    return [T(AG, "what's the zip code on the billing address"),
            T(CU, (say_digits(z, zero=zs()), "POSTCODE")),
            T(AG, "and the street address"),
            T(CU, (gen_address(spoken=True), "ADDRESS"))], "call/healthcare billing: ZIP spoken then street address"


def p_mixed_full():
    c = gen_card()
    pc = gen_uk_postcode()
    return [T(AG, "right I'll take the payment of eighty four pounds now what's the card number"),
            T(CU, (say_digits(c, zero=zs()), "CARD_NUMBER")),
            T(AG, "expiry"),
            T(CU, (gen_expiry(True), "EXPIRY")),
            T(AG, "and the billing postcode"),
            T(CU, (say_letters(pc.replace(" ", ""), nato_p=0.2), "POSTCODE"))], "call/utilities: card, expiry and postcode; amount unlabelled"


def p_verify_bundle():
    return [T(AG, "for security can I take your full name date of birth and postcode"),
            T(CU, "%s %s " % (R.choice(FIRST), R.choice(LAST)), (gen_dob(True), "DOB"), " and it's ",
              (say_letters(gen_uk_postcode().replace(" ", "")), "POSTCODE")),
            T(AG, "and the mobile number on the account"),
            T(CU, (say_digits(gen_uk_mobile(), zero=zs()), "PHONE"))], "call/telecom: security bundle DOB, postcode, phone"


def p_ie_bundle():
    ib = gen_iban("IE")
    return [T(CU, "Hi, moving house. New address ", (gen_address(), "ADDRESS"), ", Cork. Pls send bill to ",
              (gen_email(), "EMAIL"), " and DD from ", (group4(ib), "IBAN"))], "chat/utilities (IE): address, email, IBAN in one message"


def p_cvv_split():
    c = gen_card()
    cv = rdig(3, False)
    return [T(CU, "the card is ", (group_card(c), "CARD_NUMBER")),
            T(AG, "thanks and the security code on the back"),
            T(CU, "hang on let me turn it over"),
            T(AG, "no problem"),
            T(CU, "okay it's ", (say_digits(cv), "CVV"))], "chat-to-call/retail: card typed, CVV after a pause"


def p_exp_typed():
    m, y = R.randint(1, 12), R.randint(27, 31)
    return [T(AG, "When does the card expire?"),
            T(CU, R.choice(["exp ", "valid thru ", ""]), ("%02d/%02d" % (m, y), "EXPIRY"), ", and the cvc is ",
              (rdig(3, False), "CVV"))], "chat/travel: expiry and cvc typed"


def p_ssn_beside_phone():
    s = gen_ssn()
    p = gen_us_phone()
    return [T(CU, "SSN ", (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " phone ", ("%s-%s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"),
              " policy #" + rdig(10))], "chat/insurance: SSN and phone same dash shape, 10-digit policy number unlabelled"


def p_ni_with_dob():
    n = gen_ni(spoken=True)
    return [T(AG, "can I take your NI number and date of birth"),
            T(CU, (say_letters(n[:2], homo_p=0.5) + " " + say_pairs(n[2:8]) + " " + say_letters(n[8]), "NI_NUMBER"),
              " and I was born ", (gen_dob(True), "DOB"))], "call/government: NI with pairs then DOB"


def p_card_beside_amount_digits():
    c = gen_card()
    amt = "%d%02d" % (R.randint(100, 999), R.randint(0, 99))
    return [T(AG, "the total is " + say_digits(amt, groups=False) + " that's " + say_num(int(amt[:3])) + " pounds " +
              pair_words(int(amt[3:])).replace("oh ", "") + " and your order number is " + say_digits(rdig(8))),
            T(CU, "okay take it off this card ", (say_digits(c, zero=zs()), "CARD_NUMBER"))], \
        "call/retail: card right after an amount and an 8-digit order number read digit by digit"


def p_phone_beside_hours():
    p = gen_uk_mobile()
    return [T(AG, "we're open eight till eight so we can call you back any time before eight"),
            T(CU, "yeah ring me on ", (say_digits(p, zero=zs()), "PHONE"), " after half five")], \
        "call/telecom: phone next to opening hours and a time"


def p_dob_beside_appt():
    return [T(CU, "I had an appointment on the " + ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) +
              " and got billed twice, my date of birth is ", (gen_dob(True), "DOB"), " if you need it")], \
        "call/healthcare billing: DOB right after an appointment date"


def p_ssn_beside_claim():
    s = gen_ssn()
    return [T(CU, "the claim number is " + say_digits(rdig(10), zero=zs()) + " and my social is ",
              (say_digits(s, zero=zs()), "SSN"))], "call/insurance: SSN right after a spoken 10-digit claim number"


def p_ni_beside_utr():
    n = gen_ni()
    return [T(CU, "UTR " + rdig(10) + " / NINO ", (n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], "NI_NUMBER"),
              " re: refund of £" + str(R.randint(100, 999)) + ".00")], "chat/government: NI number beside a 10-digit UTR and an amount"


def p_postcode_beside_meter():
    pc = gen_uk_postcode()
    return [T(CU, "the reading is " + say_digits(rdig(5), zero=zs()) + " and the postcode is ",
              (say_letters(pc.replace(" ", "")), "POSTCODE"))], "call/utilities: postcode right after a 5-digit meter reading"


def p_account_beside_balance():
    acc, sc = rdig(8, False), rdig(6, False)
    return [T(AG, "your balance is " + say_num(R.randint(100, 999)) + " pounds " + pair_words(R.randint(10, 99)) +
              " can you confirm the account number"),
            T(CU, (say_digits(acc, zero=zs()), "BANK_ACCOUNT"), " sort code ", (say_digits(sc, zero=zs()), "SORT_CODE"))], \
        "call/banking: account and sort code after a balance"


def p_email_digits_chat():
    e = gen_email()
    return [T(CU, "Order #" + rdig(9) + " - please email the receipt to ", (e.upper() if R.random() < 0.3 else e, "EMAIL"),
              " not the old one")], "chat/retail: email beside a 9-digit order number"


POS_TEMPLATES = [
    p_card_chat, p_card_spoken_one, p_card_split, p_card_readback, p_card_correction,
    p_card_lastfour_then_full, p_card_chat_amount, p_card_two_in_turn, p_ssn_chat, p_ssn_spoken,
    p_ssn_split, p_ssn_last4_and_full, p_ssn_dob, p_ni_chat, p_ni_spoken, p_ni_split, p_ni_with_ref,
    p_ni_readback, p_bank_uk, p_bank_chat, p_bank_split, p_bank_us, p_iban_chat, p_iban_spoken,
    p_iban_split, p_phone_chat, p_phone_spoken, p_phone_split, p_phone_us_pairs, p_email_chat,
    p_email_spoken, p_email_spell, p_dob_chat, p_dob_spoken, p_dob_age, p_postcode_chat,
    p_postcode_spoken, p_address_spoken, p_address_us, p_zip_spoken, p_mixed_full, p_verify_bundle,
    p_ie_bundle, p_cvv_split, p_exp_typed, p_ssn_beside_phone, p_ni_with_dob,
    p_card_beside_amount_digits, p_phone_beside_hours, p_dob_beside_appt, p_ssn_beside_claim,
    p_ni_beside_utr, p_postcode_beside_meter, p_account_beside_balance, p_email_digits_chat,
]


# ------------------------------------------------------------------ negatives
def spoken_ref(n):
    return say_digits(rdig(n), zero=zs(), groups=R.random() < 0.5)


def n_order_spoken():
    k = R.randint(8, 10)
    return [T(AG, "can I take the order number please"),
            T(CU, "yeah the order number is " + spoken_ref(k))], "call/retail: %d-digit order number read digit by digit" % k


def n_tracking():
    code = R.choice(["1Z" + "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ0123456789") for _ in range(16)),
                     R.choice("ABCJKLR") + R.choice("ABCDEFGH") + rdig(9) + "GB",
                     "JJD" + rdig(2) + "GB" + rdig(6)])
    return [T(CU, "Parcel still hasn't arrived. Tracking number " + code + ", ordered on the 3rd")], \
        "chat/retail: long alphanumeric tracking number"


def n_amount_digits():
    a = R.randint(1000, 9999)
    return [T(AG, "your outstanding balance is " + say_digits(str(a), groups=False) + " pounds and " +
              pair_words(R.randint(10, 99)) + " pence"),
            T(CU, "what, " + ONES[a // 1000] + " thousand? that can't be right")], \
        "call/utilities: balance amount read digit by digit"


def n_opening_hours():
    return [T(CU, "what time are you open till"),
            T(AG, "we're open %s till %s monday to friday and %s till %s on saturday, "
                  "or twenty four seven online" % (R.choice(["eight", "seven", "nine"]), R.choice(["eight", "six", "ten"]),
                                                   R.choice(["nine", "ten"]), R.choice(["five", "four", "one"])))], "call/telecom: opening hours, phone-like number words"


def n_opening_hours_chat():
    return [T(AG, "Our lines are open %02d:00-%02d:00 Mon-Fri and %02d:00-%02d:00 Sat. Average wait is %d mins." %
              (R.randint(7, 9), R.randint(17, 21), R.randint(8, 10), R.randint(13, 18), R.randint(2, 25)))], \
        "chat/banking: opening hours with dashes"


def n_model_serial():
    sn = rdig(9)
    return [T(AG, "can you read me the serial number off the back of the boiler"),
            T(CU, "serial number " + say_digits(sn, zero=zs()) + " and the model's a " +
              R.choice(["worcester greenstar thirty c i", "baxi eight hundred combo", "ideal logic plus thirty five"]))], \
        "call/utilities: 9-digit serial number (SSN-length) with its name"


def n_model_chat():
    m = R.choice(["WF45R6100AW", "KD-55X85J", "SM-S918B", "HWD-" + rdig(4), "A2894", "RF28R7351SR"])
    return [T(CU, "The washer model " + m + " serial " + rdig(2) + "X" + rdig(8) + " keeps showing error E21")], \
        "chat/retail: model and serial numbers"


def n_meter():
    r = rdig(5)
    return [T(AG, "can you give me the meter reading"),
            T(CU, "it's " + say_digits(r, zero=zs()) + " on the day rate and " + say_digits(rdig(5), zero=zs()) + " on the night")], \
        "call/utilities: 5-digit meter readings (ZIP-length)"


def n_meter_chat():
    return [T(CU, "Meter reading " + rdig(5) + " taken 12/03 at 9am, meter serial " + rdig(2) + "K" + rdig(7))], \
        "chat/utilities: meter reading and meter serial typed"


def n_appointment():
    d, m = R.randint(1, 28), R.randint(1, 12)
    return [T(AG, "I've booked the engineer for the %s of %s between eight and twelve" % (ordinal(d), MONTHS[m - 1])),
            T(CU, "the %s of %s great" % (ordinal(d), MONTHS[m - 1]))], "call/telecom: appointment date (not DOB)"


def n_payment_date():
    return [T(AG, "Your payment of £%d.%02d will be taken on %02d/%02d/%d." %
              (R.randint(10, 300), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027)))], \
        "chat/banking: payment date in dd/mm/yyyy form (DOB shape)"


def n_contract_start():
    y = R.randint(2015, 2024)
    return [T(CU, "I've been with you since " + say_year(y) + ", the contract started on the " + ordinal(R.randint(1, 28)) +
              " of " + R.choice(MONTHS) + " " + say_year(y + 2))], "call/telecom: contract dates and years"


def n_last_four():
    l4 = rdig(4)
    return [T(AG, "is that the visa ending " + say_digits(l4, zero=zs()) + ""),
            T(CU, "yes the one ending " + say_digits(l4, zero=zs()) + " that's the right card")], \
        "call/banking: card last four only (not a full card)"


def n_last_four_chat():
    return [T(AG, "I can see your Mastercard ending **** " + rdig(4) + " and a direct debit of £" + str(R.randint(20, 90)) + ".00")], \
        "chat/banking: masked card ending digits"


def n_claim_ref():
    k = R.randint(7, 10)
    return [T(CU, "I'm calling about claim number " + spoken_ref(k)),
            T(AG, "thank you I've got that claim up")], "call/insurance: claim number with name"


def n_invoice_chat():
    return [T(CU, "Invoice INV-" + rdig(8) + " was charged twice, ref " + rdig(10) + ", amount €" +
              str(R.randint(40, 900)) + "." + rdig(2))], "chat/utilities (EU): invoice and 10-digit reference numbers"


def n_ticket():
    return [T(AG, "your case reference is " + say_digits("00" + rdig(8), zero=zs()) + " if you need to call back")], \
        "call/telecom: 10-digit case reference starting with double zero (phone-like)"


def n_flight():
    f = R.choice(["EI ", "BA", "FR", "LH ", "AA", "UA "]) + str(R.randint(10, 9999))
    return [T(CU, "My flight " + f + " on the 22nd was cancelled, booking ref " +
              "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + ", I paid $" +
              str(R.randint(200, 1500)))], "chat/travel: flight number, PNR, amount"


def n_flight_spoken():
    return [T(CU, "it's flight " + R.choice(["e i", "b a", "r y r", "delta"]) + " " + say_digits(rdig(3)) +
              " leaving at " + R.choice(["six forty five", "fourteen twenty", "nine oh five"]) + " from gate " +
              say_num(R.randint(1, 60)))], "call/travel: flight number, time and gate"


def n_room():
    return [T(CU, "I'm in room " + say_num(R.randint(100, 999)) + " and the heating's stuck at thirty degrees"),
            T(AG, "sorry about that I'll send someone up in fifteen minutes")], "call/travel: room number, temperature, duration"


def n_speed():
    return [T(CU, "I'm paying for " + str(R.choice([500, 900, 150])) + " meg but only getting " +
              str(R.randint(10, 80)) + ".5Mbps, router model " + R.choice(["F3896", "HH6A", "TG589vac"]))], \
        "chat/telecom: broadband speeds and router model"


def n_age_count():
    return [T(CU, "my mum is " + say_num(R.randint(70, 95)) + " and she's got " + say_num(R.randint(2, 6)) +
              " phones on the plan for twenty two ninety nine a month")], "call/telecom: age, count and price"


def n_percent():
    return [T(AG, "the price will go up by " + say_num(R.randint(3, 9)) + " point " + ONES[R.randint(1, 9)] +
              " percent from april which is about " + say_num(R.randint(2, 9)) + " pounds " +
              pair_words(R.randint(10, 99)) + " a month")], "call/telecom: percentage and amount"


def n_years_contract():
    return [T(AG, "You're on a 24 month contract ending 31/08/2026, 30GB data, £" + str(R.randint(10, 60)) + ".99/month")], \
        "chat/telecom: contract end date, data allowance, price"


def n_policy():
    return [T(CU, "policy number " + say_pairs(rdig(10)) + " renewal on the first of june")], \
        "call/insurance: 10-digit policy number as pairs"


def n_policy_chat():
    return [T(CU, "Policy No. " + R.choice(["HH", "MTR", "PL"]) + "-" + rdig(8) + " - premium £" + str(R.randint(200, 900)) +
              " due 01/02")], "chat/insurance: alphanumeric policy number and due date"


def n_account_balance():
    return [T(AG, "Your balance is $" + "{:,}".format(R.randint(1000, 99999)) + "." + rdig(2) +
              " and the minimum payment of $" + str(R.randint(25, 200)) + " is due on the 15th")], \
        "chat/banking: balance and minimum payment"


def n_temp_duration():
    return [T(CU, "the freezer's at minus " + say_num(R.randint(5, 25)) + " but it's been beeping for about "
              + say_num(R.randint(20, 50)) + " minutes since half past two")], "call/retail: temperature, duration, time"


def n_quantity():
    return [T(CU, "I ordered " + str(R.randint(12, 48)) + " boxes of 500 sheets and got " + str(R.randint(2, 11)) +
              ", PO number PO" + rdig(7))], "chat/retail: quantities and purchase order"


def n_time_list():
    return [T(AG, "I've got slots on the %s at %s or the %s at %s" % (ordinal(R.randint(1, 28)),
              R.choice(["nine fifteen", "ten thirty", "eleven forty five"]), ordinal(R.randint(1, 28)),
              R.choice(["two o'clock", "three fifteen", "four forty"])))], \
        "call/healthcare billing: list of appointment times (digit-like words)"


def n_reading_back_amount():
    a = "%d%02d" % (R.randint(100, 999), R.randint(0, 99))
    return [T(AG, "so that's a refund of " + say_digits(a, groups=False) + " sorry " + say_num(int(a[:3])) +
              " pounds " + pair_words(int(a[3:])).replace("oh ", "") + " going back to you in three to five working days")], \
        "call/retail: amount read out as digits then corrected"


def n_store_number():
    return [T(CU, "I was at store number " + say_digits(rdig(4)) + " on high street till " + R.choice(["three", "eleven"]) +
              " receipt number " + say_digits(rdig(10), zero=zs()))], "call/retail: store and 10-digit receipt number"


def n_extension():
    return [T(AG, "I'll transfer you to billing on extension " + say_digits(rdig(4)) + ", the wait is about " +
              say_num(R.randint(5, 20)) + " minutes")], "call/banking: internal extension and wait time"


def n_mpan():
    return [T(CU, "The meter number on the bill is " + rdig(2) + "E" + rdig(6) + " and my customer number is " + rdig(9))], \
        "chat/utilities (IE): meter number and 9-digit customer number"


def n_vehicle():
    return [T(CU, "the car's a twenty nineteen ford focus mileage " + say_num(R.randint(20, 90)) + " thousand "
              + say_num(R.randint(100, 999)) + " and the engine size is one point five")], "call/insurance: year, mileage, engine size"


def n_bus_route():
    return [T(CU, "I got the number " + say_num(R.randint(10, 199)) + " bus at ten past seven and it was "
              + say_num(R.randint(15, 45)) + " minutes late, ticket number " + say_digits(rdig(8)))], \
        "call/travel: bus route, time, ticket number"


def n_date_range():
    m = R.randint(1, 9)
    return [T(AG, "Your billing period is 01/%02d/2025 to 28/%02d/2025, usage %s kWh at %d.%dp per kWh" %
              (m, m, "{:,}".format(R.randint(180, 2400)), R.randint(18, 34), R.randint(0, 9)))], \
        "chat/utilities: billing period dates and kWh"


def n_pin_reset_count():
    return [T(CU, "I've tried " + say_num(R.randint(3, 5)) + " times and it says wait twenty four hours, it's the "
              + ordinal(R.randint(2, 28)) + " time this year")], "call/banking: counts and durations"


def n_years_old_dates():
    return [T(CU, "the boiler was installed in " + say_year(R.randint(2008, 2022)) + " and serviced on the " +
              ordinal(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " last year")], "call/insurance: installation year and service date"


def n_ref_chat_long():
    return [T(CU, "Your ref: " + rdig(4) + "-" + rdig(3) + "-" + rdig(3) + " (case), order #" + rdig(10) +
              ", delivered 2 of 3 items")], "chat/retail: dashed reference (phone shape) and 10-digit order number"


def n_price_list():
    return [T(AG, "That model's £" + str(R.randint(300, 1200)) + ", or £" + str(R.randint(20, 60)) + ".50 a month over "
              "36 months at 0% APR, or 9.9% over 48")], "chat/retail: prices, terms, percentages"


def n_sim_puk():
    return [T(AG, "your order reference is " + say_pairs(rdig(8)) + " and the new sim will arrive in two to three days")], \
        "call/telecom: order reference spoken as pairs"


def n_gate_terminal():
    return [T(AG, "Boarding 13:45 gate B" + str(R.randint(1, 60)) + ", terminal 2, seat " + str(R.randint(1, 40)) +
              R.choice("ABCDEF") + ", bag allowance 23kg")], "chat/travel: boarding info"


NEG_TEMPLATES = [
    n_order_spoken, n_tracking, n_amount_digits, n_opening_hours, n_opening_hours_chat, n_model_serial,
    n_model_chat, n_meter, n_meter_chat, n_appointment, n_payment_date, n_contract_start, n_last_four,
    n_last_four_chat, n_claim_ref, n_invoice_chat, n_ticket, n_flight, n_flight_spoken, n_room, n_speed,
    n_age_count, n_percent, n_years_contract, n_policy, n_policy_chat, n_account_balance, n_temp_duration,
    n_quantity, n_time_list, n_reading_back_amount, n_store_number, n_extension, n_mpan, n_vehicle,
    n_bus_route, n_date_range, n_pin_reset_count, n_years_old_dates, n_ref_chat_long, n_price_list,
    n_sim_puk, n_gate_terminal,
]

N_POS, N_NEG = 220, 129


def generate():
    R.seed(SEED)
    cases = []
    for i in range(N_POS):
        tpl = POS_TEMPLATES[i % len(POS_TEMPLATES)]
        turns, note = tpl()
        cases.append(build("h208-pos-%03d" % (i + 1), "positive", turns, note))
    for i in range(N_NEG):
        tpl = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        turns, note = tpl()
        cases.append(build("h208-neg-%03d" % (i + 1), "negative", turns, note))
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ------------------------------------------------------------------ validation
def target_len(t, acc):
    if t == "CARD_NUMBER":
        return 15 if acc.startswith("3") else 16
    if t == "SSN":
        return 9
    if t == "NI_NUMBER":
        return 9
    if t == "SORT_CODE":
        return 6
    if t == "BANK_ACCOUNT":
        return 8
    if t == "PHONE":
        if acc.startswith("44") or acc.startswith("353"):
            return 12
        if acc.startswith("08"):
            return 10
        if acc.startswith("0"):
            return 11
        return 10
    if t == "IBAN":
        return IBAN_LEN.get(acc[:2], 22)
    return None


def valid_value(t, v):
    if t == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if t == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if t == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if t == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if t == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if t == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if t == "IBAN":
        return iban_ok(v)
    if t == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if t == "POSTCODE":
        return bool(PC_RE.match(v))
    return True


def compact(t, text):
    n = normalise(text)
    if t in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE", "CVV"):
        return re.sub(r"\D", "", n)
    return re.sub(r"[^A-Z0-9]", "", n)


def check_case(c, problems):
    cid = c["id"]
    if c["kind"] not in ("positive", "negative"):
        problems.append("%s: bad kind" % cid)
    if c["kind"] == "negative" and c["spans"]:
        problems.append("%s: negative with spans" % cid)
    if c["kind"] == "positive" and not c["spans"]:
        problems.append("%s: positive without spans" % cid)
    for tr in c["turns"]:
        if tr["speaker"] not in (AG, CU) or not tr["text"]:
            problems.append("%s: bad turn" % cid)
    prev = None
    accs = {}
    frag_lists = {}
    for sp in c["spans"]:
        t = sp["type"]
        if t not in TYPES:
            problems.append("%s: unknown type %s" % (cid, t))
            continue
        if not (0 <= sp["turn"] < len(c["turns"])):
            problems.append("%s: turn out of range" % cid)
            continue
        text = c["turns"][sp["turn"]]["text"]
        s, e = sp["start"], sp["end"]
        if not (0 <= s < e <= len(text)):
            problems.append("%s: offsets out of range" % cid)
            continue
        if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
            problems.append("%s: span not on word boundary %r" % (cid, text[s:e]))
        if not (text[s].isalnum() or (t == "PHONE" and text[s] in "+(")) or not text[e - 1].isalnum():
            problems.append("%s: span has edge punctuation/space %r" % (cid, text[s:e]))
        key = (sp["turn"], s)
        if prev is not None and key < prev[0]:
            problems.append("%s: spans not sorted" % cid)
        if prev is not None and sp["turn"] == prev[1] and s < prev[2]:
            problems.append("%s: overlapping spans" % cid)
        prev = (key, sp["turn"], e)
        val = text[s:e]
        if t == "EMAIL":
            lv = val.lower()
            if not ("@" in lv or " at " in lv) or not ("." in lv or " dot " in lv):
                problems.append("%s: bad email %r" % (cid, val))
            continue
        if t == "ADDRESS":
            if not SUFFIX_RE.search(val) or not re.search(r"\d|" + "|".join(ONES[1:] + TENS[2:] + TEENS), val.lower()):
                problems.append("%s: bad address %r" % (cid, val))
            continue
        if t == "DOB":
            lv = val.lower()
            if not (re.search(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b", lv) or any(m in lv for m in MONTHS)
                    or re.search(r"(nineteen|two thousand)", lv)):
                problems.append("%s: bad dob %r" % (cid, val))
            continue
        if t == "EXPIRY":
            lv = val.lower()
            d = digits_of(val)
            ok = any(m in lv for m in MONTHS) or (len(d) in (4, 6) and 1 <= int(d[:2]) <= 12)
            if not ok:
                problems.append("%s: bad expiry %r" % (cid, val))
            continue
        v = compact(t, val)
        if t == "PHONE" and v.startswith("3530"):
            v = "353" + v[4:]
        acc = accs.get(t, "")
        if valid_value(t, v) and not acc:
            continue
        if valid_value(t, v) and (v.startswith(acc) or v.endswith(acc)):
            # a complete value; an unfinished fragment before it must be a
            # restart (its prefix) or the same value's last digits
            accs[t] = ""
            frag_lists[t] = []
            continue
        frags = frag_lists.setdefault(t, [])
        frags.append(v)
        acc = "".join(frags)
        tl = target_len(t, acc)
        if tl is not None and len(acc) >= tl:
            if len(acc) == tl and valid_value(t, acc):
                frags.clear()
            else:
                # self-correction: the speaker restarted; drop the abandoned
                # leading fragments, which must be a prefix of the new reading
                done = False
                for k in range(1, len(frags)):
                    rest = "".join(frags[k:])
                    dropped = "".join(frags[:k])
                    tl2 = target_len(t, rest)
                    if len(rest) <= tl2 and tl2 and rest.startswith(dropped[:len(rest)]):
                        if len(rest) == tl2 and not valid_value(t, rest):
                            continue
                        del frags[:k]
                        if len(rest) == tl2:
                            frags.clear()
                        done = True
                        break
                if not done:
                    problems.append("%s: invalid %s value %r (from %r)" % (cid, t, acc, val))
                    frags.clear()
        accs[t] = "".join(frags)
    for t, acc in accs.items():
        if acc:
            problems.append("%s: incomplete %s fragments %r" % (cid, t, acc))


def summarise(cases):
    counts = {t: 0 for t in TYPES}
    for c in cases:
        for sp in c["spans"]:
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = sum(1 for c in cases if c["kind"] == "negative")
    return counts, npos, nneg


def readme(cases):
    counts, npos, nneg = summarise(cases)
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h208

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them makes it worthless.

## Who wrote it and how

Written by an AI helper acting as an independent author. It did not see the
redaction code, its tests, its docs or any other PII fixture; the only data it
saw was a three-line example of the JSONL format. The cases are generated by
`scripts/make_pii_holdout208.py` from template functions: each turn is built
from plain text segments and (value, TYPE) segments, so offsets are computed,
never typed by hand. All values come from one `random.Random(%d)`; the output
is byte-for-byte reproducible. `python scripts/make_pii_holdout208.py --check`
regenerates the file, compares it, and validates ids, offsets, word boundaries,
overlaps and each value (Luhn, mod-97, NI format, digit counts, postcode shape)
after normalising spoken forms.

## Contents

- %d positive cases, %d negative cases (%d total).
- Chat (typed: varied grouping, separators, case) and phone calls in ASR style
  (lower case, numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple",
  pairs such as "forty one eleven", letters as "b for bravo" or homophones like
  "bee"/"see"/"jay", e-mails as "x dot y at gmail dot com"), values split over
  several customer turns with agent back-channels, self-corrections, agent
  read-backs, several values in one turn.
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government; countries US, UK, Ireland, EU.
- Negatives are lookalikes: long order/claim/policy/receipt/case references
  (up to 10 digits, said with their reference word), tracking numbers, amounts
  read digit by digit, opening hours, model/serial numbers (a 9-digit serial),
  5-digit meter readings, MPRNs, appointment/payment/contract dates, card
  last-four mentions, flight/room/gate numbers, speeds, ages, temperatures,
  percentages, balances, extensions.

## Annotation conventions

- A span covers only the value itself: not the lead-in ("it's", "card number",
  "sort code"), not trailing words. Fillers inside a reading ("um", "uh") are
  inside the span when they sit between digits of the value.
- A value split over several turns gets one span per fragment; a value read
  back by the agent is labelled again. When a caller abandons a card reading
  and starts again, both the abandoned partial reading and the full restart
  are labelled CARD_NUMBER.
- Partial values are not labelled: the last four of an SSN said on its own
  (in a positive case) and card last-four mentions ("ending four four three
  one", used as negatives) carry no span.
- PHONE includes the "+44"/"plus four four" prefix. EMAIL covers the whole
  address including "at"/"dot" words. DOB covers the whole date expression
  including "the ... of". EXPIRY covers the month and year. ADDRESS covers the
  street line (flat number, house number, street name, street type); town and
  postcode are not part of it (postcode is its own POSTCODE span).
- NI_NUMBER and POSTCODE spoken letter by letter include "x for xray" words.
- Non-PII numbers in positive cases (amounts, order numbers, times) are left
  unlabelled.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, npos + nneg, rows)


def main():
    cases = generate()
    data = dump(cases)
    rd = readme(cases)
    problems = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c in cases:
        check_case(c, problems)
    counts, npos, nneg = summarise(cases)
    if npos < MIN_POS:
        problems.append("too few positives %d" % npos)
    if nneg < MIN_NEG:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("too few %s spans: %d" % (t, counts[t]))
    if "--check" in sys.argv:
        for path, want in ((CASES, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as fh:
                    got = fh.read()
            except OSError:
                got = None
            if got != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
        # re-validate what is on disk too
        if os.path.exists(CASES):
            with open(CASES, encoding="utf-8") as fh:
                disk = [json.loads(l) for l in fh if l.strip()]
            for c in disk:
                check_case(c, problems)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    print("h208: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-12s %d" % (t, counts[t]))
    if problems:
        seen = []
        for p in problems:
            if p not in seen:
                seen.append(p)
        print("PROBLEMS (%d):" % len(seen))
        for p in seen[:60]:
            print("  " + p)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

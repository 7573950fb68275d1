#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout192/.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout192.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout192.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 192241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout192")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PFX = "h192"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
            "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
            "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow", "z": "zebra"}


def n2w(n):
    """0..99 as words."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[u])


def zero_word(uk=False):
    return R.choice(["oh", "o", "zero", "nought"] if uk else ["oh", "o", "zero"])


def spoken_digits(s, uk=False, doubles=True, homophones=False):
    out = []
    i = 0
    zw = zero_word(uk)
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else DW[int(d)]
        if homophones and d == "2" and R.random() < 0.4:
            w = "to"
        if homophones and d == "8" and R.random() < 0.3:
            w = "ate"
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def spoken_pairs(s, uk=False):
    """'4111' -> 'forty one eleven'; pairs starting with 0 read 'oh five'."""
    out = []
    for i in range(0, len(s) - 1, 2):
        p = s[i:i + 2]
        if p == "00":
            out.append("double " + zero_word(uk))
        elif p[0] == "0":
            out.append(zero_word(uk) + " " + DW[int(p[1])])
        else:
            out.append(n2w(int(p)))
    if len(s) % 2:
        out.append(spoken_digits(s[-1], uk))
    return " ".join(out)


def spoken_groups(s, sizes, uk=False, mode="digits"):
    parts, i = [], 0
    for g in sizes:
        chunk = s[i:i + g]
        i += g
        if mode == "pairs" and len(chunk) % 2 == 0:
            parts.append(spoken_pairs(chunk, uk))
        else:
            parts.append(spoken_digits(chunk, uk))
    return parts


def group(s, sizes, sep=" "):
    parts, i = [], 0
    for g in sizes:
        parts.append(s[i:i + g])
        i += g
    return sep.join(parts)


def year_words(y):
    if 2000 <= y <= 2009:
        return "two thousand and " + DW[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + DW[lo]
    return n2w(hi) + " " + n2w(lo)


def spell_letter(ch, style):
    ch = ch.lower()
    if style == "nato" and ch in NATO:
        return ch + " for " + NATO[ch]
    if style == "friendly" and ch in FRIENDLY:
        return ch + " for " + FRIENDLY[ch]
    return ch


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        p, n = "4", 16
    elif kind == "visa13":
        p, n = "4", 13
    elif kind == "visa19":
        p, n = "4", 19
    elif kind == "mc":
        p, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        p, n = R.choice(["34", "37"]), 15
    else:
        p, n = "6011", 16
    body = p + "".join(R.choice("0123456789") for _ in range(n - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


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
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def make_digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def make_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "BUKB", "MIDL", "HBUK"]) + make_digits(6) + make_digits(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "ULSB", "IPBS"]) + make_digits(6) + make_digits(8)
    elif c == "DE":
        bban = make_digits(18)
    elif c == "FR":
        bban = make_digits(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "SNSB"]) + make_digits(10)
    else:
        bban = make_digits(20)
    return c + iban_check(c, bban) + bban


def iban_chat(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def iban_spoken(s):
    parts = []
    for ch in s:
        if ch.isdigit():
            parts.append(DW[int(ch)] if ch != "0" else "zero")
        else:
            parts.append(ch.lower())
    return " ".join(parts)


def make_uk_mobile():
    return "07" + R.choice("345789") + make_digits(8)


def make_uk_landline():
    return R.choice(["0161", "0113", "0121", "0117", "0131", "0141", "0191", "0114"]) + make_digits(7, True)


def make_us_phone():
    return R.choice("2345678") + make_digits(2) + R.choice("23456789") + make_digits(6)


def make_ie_mobile():
    return "08" + R.choice("35679") + make_digits(7, True)


UK_AREAS = ["M", "B", "L", "G", "S", "E", "N", "W", "LS", "BS", "CF", "EH", "NE", "SW", "SE",
            "NW", "BT", "CB", "HG", "RG", "PL", "EX", "DH", "HU", "DN", "CV", "LE", "NG", "ST"]
PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29))
    return a + d + " " + str(R.randint(0, 9)) + R.choice(PC_LETTERS) + R.choice(PC_LETTERS)


def make_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + make_digits(4) if plus4 else "")


STREETS = ["Elm Grove", "Station Road", "Church Lane", "Victoria Street", "Mill Lane",
           "Park Avenue", "Kingsway", "Orchard Close", "Highfield Road", "Maple Drive",
           "Oak Street", "Willow Crescent", "Queens Road", "Main Street", "Cedar Avenue",
           "Riverside Walk", "Beech Court", "Hawthorn Way", "Pine Street", "Lincoln Boulevard",
           "Sunset Drive", "Washington Avenue", "Grafton Terrace", "Chapel Hill"]
US_STREETS = ["Maple Avenue", "Oak Street", "Lincoln Boulevard", "Sunset Drive",
              "Washington Avenue", "Pine Street", "Lakeview Terrace", "Cherry Lane",
              "Hillcrest Road", "Jefferson Street"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Exeter", "York"]
TOWNS_US = ["Denver", "Austin", "Columbus", "Portland", "Raleigh", "Tucson", "Madison"]
FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "emma", "niamh",
         "daniel", "grace", "oliver", "chloe", "ryan", "fatima", "sean", "laura", "kevin"]
LAST = ["walsh", "patel", "smith", "okafor", "murphy", "jones", "nguyen", "brennan",
        "kowalski", "taylor", "byrne", "hughes", "garcia", "obrien", "khan", "reid"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "btinternet.com", "eircom.net", "aol.com", "live.ie", "proton.me"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        user = f + "." + l
    elif style == 1:
        user = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        user = f + "_" + l
    elif style == 3:
        user = l + f[0] + str(R.randint(1960, 2005))
    else:
        user = f + l[0]
    return user, R.choice(DOMAINS)


def email_spoken(user, dom):
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(spoken_digits(tok, doubles=False) if len(tok) <= 2 or R.random() < 0.5
                           else spoken_pairs(tok))
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                w, num = m.group(1), m.group(2)
                if w[:-1] in LAST or w[:-1] in FIRST:
                    out.append(w[:-1] + " " + w[-1])
                elif w[1:] in LAST:
                    out.append(w[0] + " " + w[1:])
                else:
                    out.append(w)
                if num:
                    out.append(spoken_digits(num, doubles=False))
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


def make_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


# ---------------------------------------------------------------- case builder
CASE_LIST = []
COUNTS = {"positive": 0, "negative": 0}


def V(text, typ, grp=None):
    return ("V", text, typ, grp)


def case(kind, note, turns):
    """turns: list of (speaker, [segments]) ; segment = str or V(...)"""
    COUNTS[kind] += 1
    cid = "%s-%s-%03d" % (PFX, "pos" if kind == "positive" else "neg", COUNTS[kind])
    out_turns, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                _, val, typ, grp = seg
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                groups.append(grp)
                text += val
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans, cid
    obj = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    CASE_LIST.append((obj, groups))


# ---------------------------------------------------------------- positives: chat
def p_chat_card():
    c = make_card()
    sep = R.choice([" ", "-", "", " ", "  "])
    shown = group(c, card_groups(c), sep)
    amt = "%d.%02d" % (R.randint(10, 900), R.randint(0, 99))
    ind = R.choice(["retail", "telecom", "utilities", "travel"])
    case("positive", "chat/%s: card typed with separator %r next to an amount" % (ind, sep), [
        ("agent", "I can take the payment of £%s now, please type the long card number." % amt),
        ("customer", ["ok its ", V(shown, "CARD_NUMBER"), " and pls take the full £%s" % amt]),
    ])


def p_chat_card_cvv_exp():
    c = make_card(R.choice(["visa", "mc", "amex"]))
    cvv = make_digits(4 if c[0] == "3" else 3)
    m, y = R.randint(1, 12), R.randint(26, 32)
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y)])
    case("positive", "chat/retail: card, expiry and security code in one message with order number nearby", [
        ("customer", ["order #%s - card ", V(group(c, card_groups(c)), "CARD_NUMBER"), " exp ",
                      V(exp, "EXPIRY"), " cvc ", V(cvv, "CVV")]),
        ("agent", "Thanks, processing now."),
    ] if False else [
        ("agent", "Thanks. To complete order %s I need card number, expiry and the 3 or 4 digit security code." % make_digits(8, True)),
        ("customer", ["card ", V(group(c, card_groups(c)), "CARD_NUMBER"), " exp ",
                      V(exp, "EXPIRY"), " cvc ", V(cvv, "CVV")]),
    ])


def p_chat_ssn():
    s = make_ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"])
    shown = fmt % (s[:3], s[3:5], s[5:])
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    case("positive", "chat/%s: US SSN typed, with a claim/reference number alongside" % ind, [
        ("agent", "To verify your identity I'll need your Social Security number please."),
        ("customer", ["sure, ssn is ", V(shown, "SSN"), ". my claim number is CLM-%s if that helps" % make_digits(7, True)]),
    ])


def p_chat_ni():
    n = make_ni()
    st = R.randint(0, 3)
    if st == 0:
        shown = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif st == 1:
        shown = n
    elif st == 2:
        shown = n.lower()
    else:
        shown = "%s%s %s" % (n[:2], n[2:8], n[8])
    case("positive", "chat/government services: UK NI number typed (style %d), tax year nearby" % st, [
        ("agent", "Can you confirm your National Insurance number?"),
        ("customer", ["its ", V(shown, "NI_NUMBER"), " - it's about my 20%02d/%02d tax code" % ((lambda y: (y, y + 1))(R.randint(22, 25)))]),
    ])


def p_chat_bank():
    acc = make_digits(8)
    sc = make_digits(6)
    scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    case("positive", "chat/banking: UK sort code and account number, with a payment amount", [
        ("agent", "Which account should the refund of £%d go to?" % R.randint(20, 400)),
        ("customer", ["sort code ", V(scs, "SORT_CODE"), " acc no ", V(acc, "BANK_ACCOUNT")]),
    ])


def p_chat_iban():
    ib = make_iban()
    shown = R.choice([iban_chat(ib), ib, iban_chat(ib).lower()])
    case("positive", "chat/travel: IBAN for a refund, booking reference nearby", [
        ("agent", "For the refund on booking %s please send the IBAN." % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
        ("customer", ["IBAN: ", V(shown, "IBAN"), " thanks"]),
    ])


def p_chat_phone():
    kind = R.randint(0, 4)
    if kind == 0:
        p = make_uk_mobile()
        shown = R.choice([p[:5] + " " + p[5:], p, "+44 " + p[1:5] + " " + p[5:], "+447" + p[2:]])
    elif kind == 1:
        p = make_us_phone()
        shown = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                          "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    elif kind == 2:
        p = make_ie_mobile()
        shown = R.choice([p[:3] + " " + p[3:6] + " " + p[6:], "+353 " + p[1:3] + " " + p[3:]])
    elif kind == 3:
        p = make_uk_landline()
        shown = p[:4] + " " + p[4:7] + " " + p[7:]
    else:
        p = make_uk_mobile()
        shown = p
    case("positive", "chat/telecom: callback phone number typed, with an opening-hours time nearby", [
        ("agent", "We can call you back between 9 and 5. What number is best?"),
        ("customer", ["call me on ", V(shown, "PHONE"), " after 2pm pls"]),
    ])


def p_chat_email():
    u, d = make_email()
    em = u + "@" + d
    if R.random() < 0.3:
        em = em.upper() if R.random() < 0.3 else em.capitalize()
    case("positive", "chat/retail: e-mail typed for the receipt, order number nearby", [
        ("agent", "Where should we send the receipt for order %s?" % make_digits(9, True)),
        ("customer", ["send to ", V(em, "EMAIL"), " ta"]),
    ])


def p_chat_dob():
    y, m, d = make_dob()
    shown = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                      "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y), "%d.%d.%d" % (d, m, y)])
    case("positive", "chat/insurance: date of birth typed; policy start date nearby is not PII", [
        ("agent", "Please confirm your date of birth."),
        ("customer", ["dob ", V(shown, "DOB"), " and the policy started on 1 March 20%02d" % R.randint(18, 25)]),
    ])


def p_chat_address():
    if R.random() < 0.5:
        num, st, town, pc = R.randint(1, 250), R.choice(STREETS), R.choice(TOWNS_UK), make_uk_postcode()
        if R.random() < 0.3:
            pc = pc.lower().replace(" ", "")
        segs = [V("%d %s" % (num, st), "ADDRESS"), ", %s " % town, V(pc, "POSTCODE")]
        note = "chat/utilities: UK street address and postcode typed"
    else:
        num, st, z = R.randint(10, 9800), R.choice(US_STREETS), make_zip(R.random() < 0.3)
        town = R.choice(["Denver, CO", "Austin, TX", "Columbus, OH", "Portland, OR", "Raleigh, NC", "Tucson, AZ", "Madison, WI"])
        segs = [V("%d %s" % (num, st), "ADDRESS"), ", %s " % town, V(z, "POSTCODE")]
        note = "chat/retail: US street address and ZIP typed"
    case("positive", note, [
        ("agent", "What's the new delivery address?"),
        ("customer", ["new addy is "] + segs),
    ])


# ---------------------------------------------------------------- positives: calls
def p_call_card_split():
    c = make_card(R.choice(["visa", "mc", "disc"]))
    uk = R.random() < 0.5
    mode = R.choice(["digits", "digits", "pairs"])
    parts = spoken_groups(c, card_groups(c), uk, mode)
    bc = ["mhm", "okay go on", "yep", "yeah", "right", "uh huh"]
    turns = [("agent", "okay and the long number across the front of the card when you're ready")]
    for i, p in enumerate(parts):
        pre = R.choice(["", "um ", "right ", "so "]) if i == 0 else R.choice(["", "", "then "])
        turns.append(("customer", [pre, V(p, "CARD_NUMBER", "c")]))
        if i < len(parts) - 1:
            turns.append(("agent", R.choice(bc)))
    case("positive", "call/%s: card read in %s, split over turns with back-channels" % (R.choice(["banking", "insurance", "utilities"]), mode), turns)


def p_call_card_one_turn():
    c = make_card()
    uk = R.random() < 0.5
    sp = spoken_digits(c, uk, doubles=True, homophones=R.random() < 0.5)
    case("positive", "call/telecom: card read in one turn with double/triple and possible homophones", [
        ("agent", "can i take the card number please"),
        ("customer", ["yeah it's ", V(sp, "CARD_NUMBER"), " and that's a %s" % R.choice(["visa debit", "credit card", "business card"])]),
    ])


def p_call_card_filler():
    c = make_card("visa")
    a, b, cc, d = c[:4], c[4:8], c[8:12], c[12:]
    txt = spoken_digits(a) + " um " + spoken_digits(b) + " hang on " + spoken_digits(cc) + " uh " + spoken_digits(d)
    # hang on splits the span: label the whole stretch; filler words inside the span are allowed
    case("positive", "call/retail: card with fillers and 'hang on' inside the reading (one span)", [
        ("agent", "and the card number"),
        ("customer", ["okay so ", V(txt, "CARD_NUMBER"), " sorry the light's bad"]),
    ])


def p_call_card_readback():
    c = make_card("mc")
    cust = spoken_digits(c, True)
    ag = spoken_groups(c, [4, 4, 4, 4], True)
    case("positive", "call/banking: customer reads card, agent reads it back in groups; amount read digit by digit nearby", [
        ("customer", ["the card is ", V(cust, "CARD_NUMBER")]),
        ("agent", ["thank you so that's ", V(" ".join(ag), "CARD_NUMBER"), " for the payment of %s pounds" % n2w(R.randint(21, 99))]),
        ("customer", "that's right yeah"),
    ])


def p_call_card_correction():
    c = make_card("visa")
    old = make_card("mc")
    first = spoken_digits(c[:8])
    rest = spoken_digits(c[8:])
    case("positive", "call/travel: old card read then self-corrected to new card, both readings labelled", [
        ("agent", "go ahead with the card number"),
        ("customer", ["four no wait sorry let me start again"]),
        ("agent", "no problem"),
        ("customer", [V(first + " " + rest, "CARD_NUMBER")]),
    ] if False else [
        ("agent", "go ahead with the card number"),
        ("customer", [V(spoken_digits(old, True), "CARD_NUMBER"), " no sorry that's the old card let me get the new one"]),
        ("agent", "no problem take your time"),
        ("customer", ["okay ", V(first + " " + rest, "CARD_NUMBER")]),
    ])


def p_call_cvv_exp():
    m, y = R.randint(1, 12), R.randint(26, 31)
    exp_form = R.randint(0, 2)
    if exp_form == 0:
        exp = (zero_word() + " " + DW[m] if m < 10 else n2w(m)) + " " + n2w(y)
    elif exp_form == 1:
        exp = MONTHS[m - 1] + " twenty " + n2w(y)
    else:
        exp = MONTHS[m - 1] + " " + year_words(2000 + y)
    cvv = make_digits(3)
    case("positive", "call/utilities: expiry and CVV read in words, with a payment amount of %s" % "digits", [
        ("agent", "and the expiry date"),
        ("customer", [V(exp, "EXPIRY")]),
        ("agent", "and the three digits on the back"),
        ("customer", ["it's ", V(spoken_digits(cvv, doubles=True), "CVV")]),
        ("agent", "lovely i'll put through %s pounds %s" % (n2w(R.randint(20, 99)), n2w(R.randint(10, 99)))),
    ])


def p_call_ssn():
    s = make_ssn()
    st = R.randint(0, 3)
    if st == 0:
        txt = spoken_digits(s[:3]) + " " + spoken_digits(s[3:5]) + " " + spoken_digits(s[5:])
        turns = [("agent", "can i get your social security number"), ("customer", ["yeah it's ", V(txt, "SSN")])]
    elif st == 1:
        turns = [("agent", "and your social please"),
                 ("customer", [V(spoken_digits(s[:3]), "SSN", "s")]),
                 ("agent", "mhm"),
                 ("customer", [V(spoken_digits(s[3:5]), "SSN", "s")]),
                 ("agent", "okay"),
                 ("customer", [V(spoken_digits(s[5:]), "SSN", "s")])]
    elif st == 2:
        txt = spoken_digits(s[:3]) + " " + spoken_pairs(s[3:5]) + " " + spoken_pairs(s[5:])
        turns = [("agent", "for verification i need the last four of your social"),
                 ("customer", ["i'll give you the whole thing it's ", V(txt, "SSN"), " i'm seventy two years old"])]
    else:
        txt = spoken_digits(s, homophones=True)
        turns = [("agent", "what's your ssn"),
                 ("customer", ["uh ", V(txt, "SSN"), " and my member id is on the card too"])]
    case("positive", "call/%s: SSN spoken (style %d)" % (R.choice(["healthcare billing", "banking", "insurance", "government services"]), st), turns)


def p_call_ni():
    n = make_ni()
    style = R.choice(["plain", "nato", "friendly"])
    letters1 = " ".join(spell_letter(ch, style) for ch in n[:2])
    digits = R.choice([spoken_digits(n[2:8], True), spoken_pairs(n[2:8], True)])
    suf = spell_letter(n[8], style)
    st = R.randint(0, 2)
    if st == 0:
        turns = [("agent", "can i take your national insurance number"),
                 ("customer", ["yeah it's ", V(letters1 + " " + digits + " " + suf, "NI_NUMBER")])]
    elif st == 1:
        turns = [("agent", "and your national insurance number please"),
                 ("customer", [V(letters1, "NI_NUMBER", "n")]),
                 ("agent", "okay go on"),
                 ("customer", [V(digits, "NI_NUMBER", "n")]),
                 ("agent", "and the letter at the end"),
                 ("customer", [V(suf, "NI_NUMBER", "n")])]
    else:
        full = letters1 + " " + digits + " " + suf
        turns = [("customer", ["my n i number is ", V(full, "NI_NUMBER")]),
                 ("agent", ["let me just read that back ", V(" ".join(n[:2].lower()) + " " + spoken_digits(n[2:8], True, doubles=False) + " " + n[8].lower(), "NI_NUMBER")]),
                 ("customer", "yep that's it")]
    case("positive", "call/government services: NI number spoken, letters %s, style %d" % (style, st), turns)


def p_call_bank():
    sc = make_digits(6)
    acc = make_digits(8)
    scw = R.choice([spoken_pairs(sc, True), spoken_digits(sc, True), " ".join(spoken_groups(sc, [2, 2, 2], True))])
    accw = spoken_digits(acc, True)
    case("positive", "call/banking: sort code in pairs/digits then account number split", [
        ("agent", "what's the sort code"),
        ("customer", [V(scw, "SORT_CODE")]),
        ("agent", "and the account number"),
        ("customer", [V(spoken_digits(acc[:4], True), "BANK_ACCOUNT", "a")]),
        ("agent", "yep"),
        ("customer", [V(spoken_digits(acc[4:], True), "BANK_ACCOUNT", "a")]),
    ])


def p_call_us_account():
    acc = make_digits(R.choice([10, 11, 12]), True)
    rout_note = R.randint(1, 9)
    case("positive", "call/banking US: checking account number spoken, statement balance nearby", [
        ("agent", "what's the checking account number"),
        ("customer", ["it's ", V(spoken_digits(acc), "BANK_ACCOUNT"), " and the balance should be about %s hundred dollars" % DW[rout_note]]),
    ])


def p_call_iban():
    ib = make_iban()
    case("positive", "call/banking EU: IBAN spoken letter by letter and digit by digit", [
        ("agent", "can you read me the iban"),
        ("customer", ["sure ", V(iban_spoken(ib), "IBAN")]),
    ])


def p_call_phone():
    kind = R.randint(0, 3)
    if kind == 0:
        p = make_uk_mobile()
        txt = R.choice([spoken_digits(p, True), spoken_digits(p[:5], True) + " " + spoken_digits(p[5:], True)])
        ctx = "uk mobile"
    elif kind == 1:
        p = make_us_phone()
        txt = spoken_digits(p[:3]) + " " + spoken_digits(p[3:6]) + " " + R.choice([spoken_digits(p[6:]), spoken_pairs(p[6:])])
        ctx = "us number"
    elif kind == 2:
        p = make_uk_mobile()
        txt = "plus four four " + spoken_digits(p[1:], True)
        ctx = "+44 international"
    else:
        p = make_ie_mobile()
        txt = spoken_digits(p, False, homophones=True)
        ctx = "irish mobile"
    case("positive", "call/telecom: %s spoken, 'we're open nine to five' nearby" % ctx, [
        ("agent", "what's the best number to reach you on we're open nine to five"),
        ("customer", ["best is my mobile ", V(txt, "PHONE")]),
    ])


def p_call_phone_split():
    p = make_uk_mobile()
    case("positive", "call/utilities: mobile split across three customer turns", [
        ("agent", "and a contact number"),
        ("customer", [V(spoken_digits(p[:5], True), "PHONE", "p")]),
        ("agent", "yep"),
        ("customer", [V(spoken_digits(p[5:8], True), "PHONE", "p")]),
        ("agent", "mhm"),
        ("customer", [V(spoken_digits(p[8:], True), "PHONE", "p")]),
    ])


def p_call_email():
    u, d = make_email()
    txt = email_spoken(u, d)
    case("positive", "call/%s: e-mail spoken with 'dot' and 'at'" % R.choice(["insurance", "retail", "travel"]), [
        ("agent", "and an email address for the confirmation"),
        ("customer", ["yeah it's ", V(txt, "EMAIL")]),
        ("agent", "perfect"),
    ])


def p_call_dob():
    y, m, d = make_dob()
    st = R.randint(0, 3)
    if st == 0:
        txt = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y)
    elif st == 1:
        txt = MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y)
    elif st == 2:
        txt = spoken_digits("%02d" % d, True) + " " + spoken_digits("%02d" % m, True) + " " + year_words(y)
    else:
        txt = ORD[d] + " " + MONTHS[m - 1] + " " + year_words(y)
    case("positive", "call/healthcare billing: date of birth spoken (style %d), appointment date nearby" % st, [
        ("agent", "can you confirm your date of birth"),
        ("customer", ["yeah ", V(txt, "DOB"), " and the appointment was on the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS))]),
    ])


def p_call_address():
    num = R.randint(2, 99)
    st = R.choice(STREETS)
    pc = make_uk_postcode()
    out, inw = pc.split()
    pcw = " ".join(spell_letter(ch, R.choice(["plain", "nato"])) if ch.isalpha() else spoken_digits(ch) for ch in out) + " " + \
        " ".join(spell_letter(ch, "plain") if ch.isalpha() else spoken_digits(ch) for ch in inw)
    case("positive", "call/utilities: house number in words + street, postcode spelled", [
        ("agent", "can i take the first line of the address"),
        ("customer", ["it's ", V(n2w(num) + " " + st.lower(), "ADDRESS")]),
        ("agent", "and the postcode"),
        ("customer", [V(pcw, "POSTCODE")]),
    ])


def p_call_zip():
    z = make_zip()
    num = R.randint(100, 9899)
    hi, lo = divmod(num, 100)
    numw = n2w(hi) + " " + (n2w(lo) if lo >= 10 else (zero_word() + " " + DW[lo]))
    case("positive", "call/insurance US: street address with number in pairs, ZIP digit by digit", [
        ("agent", "what's the address on the policy"),
        ("customer", [V(numw + " " + R.choice(US_STREETS).lower(), "ADDRESS"), " in %s zip code " % R.choice(TOWNS_US).lower(),
                      V(spoken_digits(z), "POSTCODE")]),
    ])


def p_call_mixed():
    s = make_ssn()
    y, m, d = make_dob()
    case("positive", "call/banking US: SSN and DOB in the same turn with chit-chat and a dollar amount", [
        ("agent", "i just need your social and date of birth"),
        ("customer", ["sure it's ", V(spoken_digits(s), "SSN"), " and i was born ", V(MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y), "DOB"),
                      " i'm trying to move like %s dollars" % n2w(R.randint(20, 99))]),
    ])


def p_call_card_last4_and_full():
    c = make_card("visa")
    old4 = make_digits(4)
    case("positive", "call/retail: card last-four of old card (not PII) right before full new card", [
        ("agent", "i can see a card ending %s on the account" % spoken_digits(old4)),
        ("customer", ["no that one's expired use ", V(spoken_digits(c, True), "CARD_NUMBER")]),
    ])


def p_call_ni_beside_ref():
    n = make_ni()
    ref = make_digits(8, True)
    case("positive", "call/government services: reference number read digit by digit right before NI number", [
        ("agent", "do you have the letter reference"),
        ("customer", ["yeah reference %s and my national insurance is " % spoken_digits(ref, True),
                      V(" ".join(n[:2].lower()) + " " + spoken_digits(n[2:8], True) + " " + n[8].lower(), "NI_NUMBER")]),
    ])


def p_chat_ni_two():
    n = make_ni()
    n2 = make_ni()
    case("positive", "chat/government services: two NI numbers (customer and partner) in one message", [
        ("customer", ["mine is ", V(n, "NI_NUMBER"), " and my wife's is ", V(n2[:2] + " " + n2[2:4] + " " + n2[4:6] + " " + n2[6:8] + " " + n2[8], "NI_NUMBER"), " - claiming for 2 kids"]),
    ])


def p_chat_ssn_typo():
    s = make_ssn()
    case("positive", "chat/healthcare billing: SSN with odd spacing after a 10-digit account reference", [
        ("customer", ["patient acct ref %s ... my ss# is " % make_digits(10, True), V("%s - %s - %s" % (s[:3], s[3:5], s[5:]), "SSN")]),
    ])


def p_chat_card_two():
    c1 = make_card("visa")
    case("positive", "chat/telecom: card last four mentioned then full card; last four unlabelled", [
        ("customer", ["the one ending %s got declined, try this one " % make_digits(4), V(group(c1, card_groups(c1), " "), "CARD_NUMBER")]),
    ])


def p_chat_cvv_exp_split():
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = make_digits(3)
    case("positive", "chat/travel: expiry and CVV sent as separate short messages, next to a booking amount and time", [
        ("agent", "Thanks. The total is £%d.%02d for the %02d:%02d departure. Expiry date and CVV please." % (R.randint(50, 900), R.randint(0, 99), R.randint(5, 22), R.choice([0, 15, 30, 45]))),
        ("customer", ["expires ", V(R.choice(["%d/%02d" % (m, y), "%02d / %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3], y)]), "EXPIRY")]),
        ("customer", ["security code ", V(R.choice([cvv, " ".join(cvv)]), "CVV")]),
    ])


def p_chat_email_typo():
    u, d = make_email()
    d2 = d.replace("gmail", "gmial").replace("hotmail", "hotmial").replace("outlook", "outlok").replace(".com", ".con")
    if d2 == d:
        d2 = d[0] + d
    case("positive", "chat/insurance: e-mail with a typo'd domain, then corrected; both labelled, policy number nearby", [
        ("customer", ["pls update email on policy HME%s to " % make_digits(7, True), V(u + "@" + d2, "EMAIL")]),
        ("customer", ["sorry i mean ", V(u + "@" + d, "EMAIL")]),
    ])


def p_call_postcode_meter():
    pc = make_uk_postcode()
    out, inw = pc.split()
    r = make_digits(5, True)
    pcw = " ".join(spoken_digits(ch, True) if ch.isdigit() else ch.lower() for ch in out + inw)
    case("positive", "call/utilities: meter reading (not PII) read digit by digit right before the postcode", [
        ("agent", "can i take a reading and confirm the postcode"),
        ("customer", ["reading's %s and postcode is " % spoken_digits(r, True), V(pcw, "POSTCODE")]),
    ])


def p_call_dob_age():
    y, m, d = make_dob()
    case("positive", "call/insurance: DOB spoken next to age and a policy renewal date", [
        ("agent", "and your date of birth"),
        ("customer", ["it's ", V(ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y), "DOB"),
                      " so i'm %s and the policy renews on the %s" % (n2w(min(99, 2026 - y)), ORD[R.randint(1, 28)])]),
    ])


def p_call_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST)
    txt = " ".join(f) + " dot " + l + " at " + R.choice(["gmail dot com", "yahoo dot co dot uk", "outlook dot ie"])
    case("positive", "call/telecom: e-mail with first name spelled letter by letter", [
        ("agent", "what email should the bill go to"),
        ("customer", [V(txt, "EMAIL")]),
        ("agent", "lovely"),
    ])


POS_TEMPLATES = [
    (p_chat_cvv_exp_split, 6), (p_chat_email_typo, 3), (p_call_postcode_meter, 4), (p_call_dob_age, 4), (p_call_email_spelled, 3),
    (p_chat_card, 12), (p_chat_card_cvv_exp, 8), (p_chat_ssn, 12), (p_chat_ni, 12), (p_chat_bank, 9),
    (p_chat_iban, 8), (p_chat_phone, 8), (p_chat_email, 7), (p_chat_dob, 7), (p_chat_address, 9),
    (p_call_card_split, 8), (p_call_card_one_turn, 6), (p_call_card_filler, 3), (p_call_card_readback, 3),
    (p_call_card_correction, 2), (p_call_cvv_exp, 8), (p_call_ssn, 12), (p_call_ni, 14), (p_call_bank, 8),
    (p_call_us_account, 4), (p_call_iban, 8), (p_call_phone, 8), (p_call_phone_split, 4), (p_call_email, 8),
    (p_call_dob, 7), (p_call_address, 6), (p_call_zip, 5), (p_call_mixed, 4), (p_call_card_last4_and_full, 3),
    (p_call_ni_beside_ref, 3), (p_chat_ni_two, 2), (p_chat_ssn_typo, 3), (p_chat_card_two, 3),
]


# ---------------------------------------------------------------- negatives
def n_order_ref():
    ref = make_digits(R.choice([8, 9, 10]), True)
    word = R.choice(["order number", "tracking number", "ticket number", "claim reference", "invoice number", "case number"])
    if R.random() < 0.5:
        case("negative", "call/retail: %s read digit by digit" % word, [
            ("agent", "have you got the %s there" % word),
            ("customer", ["yeah the %s is %s" % (word, spoken_digits(ref))]),
        ])
    else:
        case("negative", "chat/retail: %s typed" % word, [
            ("customer", "hi, %s %s still hasn't arrived" % (word, ref)),
            ("agent", "Sorry to hear that, let me check %s." % word.split()[0]),
        ])


def n_amount():
    a = R.randint(1000, 99999)
    c = R.randint(0, 99)
    if R.random() < 0.5:
        case("negative", "call/banking: balance amount read digit by digit", [
            ("agent", "your current balance is %s pounds %s" % (spoken_digits(str(a)), n2w(c))),
            ("customer", "okay and the minimum payment"),
            ("agent", "that's %s pounds" % n2w(R.randint(20, 99))),
        ])
    else:
        case("negative", "chat/utilities: amounts and balance typed", [
            ("customer", "my bill says £%s,%03d.%02d but last month was £%d.%02d?" % (a // 1000, a % 1000, c, R.randint(40, 300), R.randint(0, 99))),
            ("agent", "I can see a payment of £%d.%02d on the 3rd which brings it down." % (R.randint(40, 300), R.randint(0, 99))),
        ])


def n_hours():
    o, c = R.randint(7, 9), R.randint(5, 8)
    case("negative", "call/telecom: opening hours and call-back times that run together like digits", [
        ("agent", "we're open %s till %s monday to friday and %s to %s thirty on saturdays" % (DW[o], DW[c], DW[o + 1] if o < 9 else "ten", DW[R.randint(1, 5)])),
        ("customer", "so if i ring at %s %s that's fine" % (DW[c - 1], n2w(R.choice([15, 30, 45, 50])))),
        ("agent", "yeah anytime before %s or press option %s for the out of hours line" % (DW[c], DW[R.randint(1, 9)])),
    ])


def n_hours_chat():
    case("negative", "chat/retail: opening hours, 24/7, timestamps, store number", [
        ("customer", "what time does store %d open on sat?" % R.randint(100, 9999)),
        ("agent", "Saturdays %02d:00-17:%02d, Sundays 10:00-16:00. Online chat is 24/7 and the last reply was at %02d:%02d on %02d/%02d." % (R.randint(7, 10), R.choice([0, 30]), R.randint(8, 20), R.randint(0, 59), R.randint(1, 28), R.randint(1, 12))),
    ])


def n_expiry_lookalike():
    m, y = R.randint(1, 12), R.randint(26, 29)
    case("negative", "chat/telecom: promo end date written MM/YY and a contract length, not a card expiry", [
        ("agent", "The discount runs until %02d/%02d, then the price goes up by £%d.%02d a month." % (m, y, R.randint(1, 9), R.randint(0, 99))),
        ("customer", "ok and is that on the %d month plan or the %d?" % (R.choice([12, 18]), R.choice([24, 36]))),
    ])


def n_extension():
    case("negative", "call/government services: extension, option numbers and a digit-by-digit payment amount", [
        ("agent", "i'll transfer you to extension %s or you can press option %s then %s" % (spoken_digits(make_digits(4, True)), DW[R.randint(1, 9)], DW[R.randint(1, 9)])),
        ("customer", "and the amount owed is %s pounds" % spoken_digits(make_digits(4, True))),
        ("agent", "that's right payable by the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS))),
    ])


def n_account_balance_call():
    bal = R.randint(1000, 9999)
    case("negative", "call/banking: account balance and pending transactions, card last four", [
        ("agent", "your available balance is %s thousand %s hundred and %s pounds" % (n2w(bal // 1000), DW[(bal // 100) % 10], n2w(bal % 100))),
        ("customer", "and the pending one on the card ending %s" % spoken_digits(make_digits(4))),
        ("agent", "that's %s ninety nine from the %s of %s" % (n2w(R.randint(11, 99)), ORD[R.randint(1, 28)], R.choice(MONTHS))),
    ])


def n_model_serial():
    m = R.choice(["WM%d" % R.randint(1000, 9999), "XR-%d" % R.randint(100, 999), "KD%dX" % R.randint(10000, 99999)])
    ser = make_digits(R.choice([9, 10]), True)
    if R.random() < 0.5:
        case("negative", "chat/retail: model and serial number of an appliance", [
            ("customer", "my washing machine model %s serial no %s has stopped draining" % (m, ser)),
            ("agent", "Thanks, that model is covered for 24 months."),
        ])
    else:
        case("negative", "call/retail: serial number read digit by digit", [
            ("agent", "can you read me the serial number on the back"),
            ("customer", "it says serial number %s" % spoken_digits(ser)),
        ])


def n_meter():
    r = make_digits(R.choice([5, 6]), True)
    mp = make_digits(R.choice([6, 7]), True)
    if R.random() < 0.5:
        case("negative", "call/utilities: meter reading read digit by digit", [
            ("agent", "can you give me a meter reading"),
            ("customer", "yeah the reading is %s" % spoken_digits(r, True)),
            ("agent", "and the meter serial"),
            ("customer", "meter serial %s" % spoken_digits(mp, True)),
        ])
    else:
        case("negative", "chat/utilities: meter reading and meter serial typed", [
            ("customer", "Gas reading %s, electric %s. meter serial E%sZ" % (r, make_digits(5, True), mp)),
        ])


def n_appointment():
    d = R.randint(1, 28)
    mo = R.choice(MONTHS)
    case("negative", "call/healthcare billing: appointment date and time, not a birth date", [
        ("agent", "i can book you in on the %s of %s at %s thirty" % (ORD[d], mo, n2w(R.randint(1, 11)))),
        ("customer", "the %s of %s perfect" % (ORD[d], mo)),
    ])


def n_payment_date():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2026)
    case("negative", "chat/banking: payment dates and contract start date", [
        ("customer", "I paid on %02d/%02d/%d and the direct debit is due on %02d/%02d/%d" % (d, m, y, R.randint(1, 28), m, y)),
        ("agent", "Your contract started %d %s %d and runs 24 months." % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), y - 1)),
    ])


def n_last4():
    l4 = make_digits(4)
    if R.random() < 0.5:
        case("negative", "call/banking: card last four only", [
            ("agent", "is that the card ending in %s" % spoken_digits(l4)),
            ("customer", "yeah ending %s" % spoken_digits(l4)),
        ])
    else:
        case("negative", "chat/retail: card last four only", [
            ("agent", "I can see the Visa ending %s was charged twice." % l4),
            ("customer", "yes the one ending in %s" % l4),
        ])


def n_flight():
    fl = R.choice(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(R.randint(100, 9999))
    case("negative", "chat/travel: flight number, gate, seat, booking ref", [
        ("customer", "flight %s on the %d%s, seat %d%s, gate B%d, booking ref %s" % (fl, R.randint(4, 28), "th", R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
        ("agent", "Thanks, the flight departs at 06:45 from Terminal 2."),
    ])


def n_flight_call():
    fl = R.choice(["bravo alpha", "e i", "ryanair", "united"])
    case("negative", "call/travel: flight number and room number spoken", [
        ("customer", "i'm on %s %s %s and i was in room %s at the hotel" % (fl, spoken_digits(make_digits(3, True)), "tomorrow", spoken_digits(make_digits(3, True)))),
        ("agent", "okay the flight leaves at %s fifteen" % n2w(R.randint(1, 11))),
    ])


def n_quantities():
    case("negative", "call/telecom: data allowance, speeds, durations, counts", [
        ("agent", "so you've used %s gigabytes of your %s and your speed is %s megabits" % (n2w(R.randint(10, 99)), n2w(R.randint(20, 99)), n2w(R.randint(30, 99)))),
        ("customer", "i've been on hold %s minutes and it's the %s time i've called" % (n2w(R.randint(20, 59)), R.choice(["third", "fourth", "fifth"]))),
    ])


def n_percent_years():
    case("negative", "chat/banking: interest rates, years and ages", [
        ("customer", "I've been with you since %d, I'm %d now, and the rate went from %.2f%% to %.2f%%" % (R.randint(1985, 2015), R.randint(30, 80), R.random() * 5, R.random() * 8)),
        ("agent", "The %d rate applies to balances over £%d,000." % (R.randint(2023, 2026), R.randint(2, 50))),
    ])


def n_temperature():
    case("negative", "call/utilities: boiler temperature, pressure and age", [
        ("customer", "the boiler's set to %s degrees and the pressure is one point %s bar it's about %s years old" % (n2w(R.randint(40, 75)), DW[R.randint(0, 9)], n2w(R.randint(5, 25)))),
        ("agent", "okay an engineer can come between %s and %s" % (n2w(R.randint(7, 11)), n2w(R.randint(1, 5)))),
    ])


def n_long_tracking():
    t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16))
    case("negative", "chat/retail: courier tracking codes (alphanumeric, not cards)", [
        ("agent", "Your parcel tracking number is %s and the Royal Mail ref is %s%sGB." % (t, "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)), make_digits(9, True))),
        ("customer", "thanks"),
    ])


def n_policy():
    pol = R.choice(["POL", "MTR", "HME"]) + make_digits(7, True)
    case("negative", "call/insurance: policy number with prefix, excess amount", [
        ("customer", "my policy number is %s %s and the excess was %s hundred" % (" ".join(pol[:3].lower()), spoken_digits(pol[3:]), DW[R.randint(1, 9)])),
        ("agent", "thanks i've found policy %s" % pol),
    ])


def n_price_digits():
    p = make_digits(4, True)
    case("negative", "call/retail: price read digit by digit and a product code", [
        ("agent", "the tv is %s %s pounds it's product code %s" % (spoken_digits(p[:2]), spoken_pairs(p[2:]), spoken_digits(make_digits(6, True)))),
        ("customer", "and how much is delivery"),
        ("agent", "that's %s ninety nine" % DW[R.randint(2, 9)]),
    ])


def n_ages_counts():
    case("negative", "chat/insurance: ages, counts, mileage, car reg year", [
        ("customer", "2 drivers aged %d and %d, car is a %d model, does about %d,%03d miles a year" % (R.randint(18, 80), R.randint(18, 80), R.randint(2008, 2024), R.randint(3, 20), R.randint(0, 999))),
        ("agent", "Thanks, the quote is £%d.%02d per year or £%d.%02d monthly." % (R.randint(300, 1200), R.randint(0, 99), R.randint(25, 100), R.randint(0, 99))),
    ])


def n_company_number():
    case("negative", "call/banking: complaint reference read digit by digit, duration in weeks", [
        ("agent", "your complaint reference is %s and we'll respond within eight weeks" % spoken_digits(make_digits(8, True), True)),
        ("customer", "eight weeks okay"),
    ])


def n_iban_lookalike():
    case("negative", "chat/banking: transaction IDs and SWIFT-like invoice codes that are not IBANs", [
        ("customer", "transaction id TX%s failed twice, invoice INV-%d-%s" % (make_digits(10, True), R.randint(2023, 2026), make_digits(5, True))),
        ("agent", "I can see both attempts for £%d.%02d at 11:04 and 11:06." % (R.randint(10, 500), R.randint(0, 99))),
    ])


def n_time_range():
    case("negative", "call/travel: times and durations that look like digit strings", [
        ("customer", "the train was at %s %s and got in at %s %s so that's two hours late" % (n2w(R.randint(1, 12)), n2w(R.randint(10, 59)), n2w(R.randint(1, 12)), n2w(R.randint(10, 59)))),
        ("agent", "you'd be due delay repay of %s percent" % R.choice(["fifty", "twenty five", "one hundred"])),
    ])


def n_dates_contract():
    case("negative", "call/telecom: contract dates, not birth dates", [
        ("agent", "your contract started on the %s of %s %s and ends %s %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS), year_words(R.randint(2021, 2025)), R.choice(MONTHS), year_words(R.randint(2025, 2028)))),
        ("customer", "so i can leave in %s" % R.choice(MONTHS)),
    ])


def n_reference_word_number():
    ref = make_digits(10, True)
    case("negative", "call/government services: 10-digit reference read in pairs", [
        ("agent", "do you have your unique taxpayer reference"),
        ("customer", "no but i've got the letter reference %s" % spoken_pairs(ref, True)),
    ])


def n_reg_plate():
    reg = R.choice(["LK", "YR", "MA", "BD", "SN", "WF"]) + "%02d" % R.choice([15, 16, 17, 18, 19, 20, 21, 22, 23, 65, 66, 67, 68, 69, 70, 71, 72, 73]) + " " + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    case("negative", "chat/insurance: vehicle registration plate (postcode lookalike), engine size, mileage", [
        ("customer", "Car reg %s, 1.%d litre, about %d,%03d on the clock" % (reg, R.randint(0, 9), R.randint(10, 120), R.randint(0, 999))),
        ("agent", "Thanks, I've added %s to the policy from %02d:%02d today." % (reg, R.randint(8, 20), R.choice([0, 15, 30, 45]))),
    ])


def n_shortcode():
    sc = str(R.randint(60000, 89999))
    case("negative", "chat/telecom: 5-digit SMS short code (ZIP lookalike) and a PIN-free reset instruction", [
        ("agent", "Text STOP to %s to opt out, or text BAL to %s for your balance. Messages cost %dp." % (sc, sc, R.randint(10, 50))),
        ("customer", "ok texted %s, it says 2.5GB left of 30GB" % sc),
    ])


def n_room_seat_call():
    case("negative", "call/travel: hotel room, floor, seat and ticket count spoken", [
        ("customer", "we're in room %s on the %s floor and we need %s seats on the %s %s bus" % (spoken_digits(make_digits(4, True)), R.choice(["third", "fourteenth", "second"]), n2w(R.randint(2, 9)), DW[R.randint(1, 9)], n2w(R.choice([15, 30, 45])))),
        ("agent", "okay that's %s euro %s per person" % (n2w(R.randint(20, 99)), n2w(R.randint(10, 99)))),
    ])


NEG_TEMPLATES = [
    (n_reg_plate, 4), (n_shortcode, 4), (n_room_seat_call, 4),
    (n_order_ref, 12), (n_amount, 8), (n_hours, 3), (n_hours_chat, 3), (n_model_serial, 8), (n_meter, 7),
    (n_appointment, 5), (n_payment_date, 5), (n_last4, 6), (n_flight, 4), (n_flight_call, 3), (n_quantities, 4),
    (n_percent_years, 4), (n_temperature, 3), (n_long_tracking, 4), (n_policy, 5), (n_price_digits, 5),
    (n_ages_counts, 4), (n_company_number, 3), (n_iban_lookalike, 4), (n_time_range, 3), (n_dates_contract, 3),
    (n_reference_word_number, 3), (n_expiry_lookalike, 5), (n_extension, 5), (n_account_balance_call, 5),
]


def build():
    CASE_LIST.clear()
    COUNTS["positive"] = COUNTS["negative"] = 0
    R.seed(SEED)
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            fn()
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            fn()
    return CASE_LIST


# ---------------------------------------------------------------- normalise / validate
WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TEN2 = {w: i for i, w in enumerate(TENS) if w}
FILLER = {"um", "uh", "er", "erm", "hang", "on", "sorry", "so", "then", "and", "that's", "the"}


def normalise(text, alpha=False):
    s = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ").replace("(", " ").replace(")", " ").replace("+", " plus ")
    toks = s.split()
    # "b for bravo" -> b
    out_t = []
    i = 0
    while i < len(toks):
        if i + 2 < len(toks) and len(toks[i]) == 1 and toks[i].isalpha() and toks[i + 1] == "for" and toks[i + 2].startswith(toks[i]):
            out_t.append(toks[i])
            i += 3
        else:
            out_t.append(toks[i])
            i += 1
    toks = out_t
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple") and i + 1 < len(toks) and toks[i + 1] in WORD2D:
            out += WORD2D[toks[i + 1]] * (2 if t == "double" else 3)
            i += 2
            continue
        if t in TEN2:
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out += str(TEN2[t]) + WORD2D[toks[i + 1]]
                i += 2
            else:
                out += str(TEN2[t]) + "0"
                i += 1
            continue
        if t in TEEN2:
            out += TEEN2[t]
        elif t in WORD2D:
            out += WORD2D[t]
        elif t.isdigit():
            out += t
        elif len(t) == 1 and t.isalpha():
            out += t.upper()
        elif (alpha and re.fullmatch(r"[a-z0-9]+", t) and t not in FILLER) or re.fullmatch(r"[a-z]{1,4}\d+|\d+[a-z]{1,3}|[a-z]{2}\d+[a-z]?", t):
            out += t.upper()
        elif t in FILLER or t == "plus":
            pass
        else:
            out += "?"
        i += 1
    return out


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")
STREET_WORDS = ("road", "street", "lane", "avenue", "grove", "close", "drive", "crescent", "way", "court",
                "walk", "boulevard", "terrace", "hill", "kingsway")


def validate_value(typ, text):
    low = text.lower()
    if typ == "EMAIL":
        return ("@" in text and "." in text.split("@")[1]) or (" at " in low and " dot " in low)
    if typ == "ADDRESS":
        return any(w in low for w in STREET_WORDS) and bool(re.search(r"\d|" + "|".join(DW[1:] + TEENS + [t for t in TENS if t]), low))
    if typ == "DOB":
        return bool(re.search(r"(19[4-9]\d|200\d)", text)) or "nineteen" in low or "two thousand" in low
    if typ == "EXPIRY":
        n = normalise(text)
        return any(m[:3] in low for m in MONTHS) or (n.isdigit() and 3 <= len(n) <= 6)
    if typ == "IBAN":
        return iban_valid(normalise(text, alpha=True))
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", normalise(text, alpha=True)))
    if typ == "POSTCODE":
        n = normalise(text, alpha=True)
        return bool(UK_PC.fullmatch(n) or US_ZIP.fullmatch(n))
    n = normalise(text)
    if not n.isdigit():
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return len(n) in (3, 4)
    if typ == "SSN":
        return len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9"
    if typ == "SORT_CODE":
        return len(n) == 6
    if typ == "BANK_ACCOUNT":
        return 8 <= len(n) <= 12
    if typ == "PHONE":
        return 10 <= len(n) <= 13
    return False


def render(cases):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o, _ in cases)


def type_counts(cases):
    c = Counter()
    for o, _ in cases:
        for s in o["spans"]:
            c[s["type"]] += 1
    return c


def readme_text(cases):
    c = type_counts(cases)
    pos = sum(1 for o, _ in cases if o["kind"] == "positive")
    neg = len(cases) - pos
    lines = [
        "# PII hold-out set 192",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures",
        "and changing the redactor to fix them destroys its value.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. It did not see the redaction",
        "code, its tests, its docs or the other evaluation sets; it only saw a three-line example",
        "of the JSONL format. Cases are generated by `scripts/make_pii_holdout192.py` from",
        "template functions; each turn is assembled from plain text segments and (value, TYPE)",
        "segments so offsets are computed, never typed. All values come from one",
        "`random.Random(%d)`; the output is byte-for-byte reproducible." % SEED,
        "`python scripts/make_pii_holdout192.py --check` regenerates and verifies the file,",
        "offsets, word boundaries, overlaps, and validates each value after normalising spoken",
        "forms (Luhn, mod-97, NI shape, SSN 9 digits, sort code 6 digits, postcode shapes ...).",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, not the lead-in words (\"it's\", \"card number\", \"sort code\").",
        "- Spoken values: the span runs from the first to the last word of the reading, including",
        "  `double`/`triple`, `oh`/`o`/`nought`, letter spellings like `b for bravo`, and filler words",
        "  that fall *inside* the reading (e.g. `um`, `hang on` between card groups).",
        "- Values split over several customer turns: one span per turn, all of the same type;",
        "  agent back-channels (`mhm`, `okay go on`) are not labelled.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- Self-corrections: when a caller reads an old card and then the new one, or types an e-mail",
        "  with a typo and then corrects it, both values are labelled.",
        "- Phone: includes `+44`/`plus four four` country code. Address: house number plus street name",
        "  (town and state not included); postcode/ZIP is a separate POSTCODE span.",
        "- DOB: the full date phrase (including `the ... of`). EXPIRY: month and year phrase.",
        "- Email: whole address, spoken form `x dot y at gmail dot com`.",
        "- Not labelled: card last-four mentions, amounts, times, dates that are not birth dates,",
        "  order/ticket/claim/reference/policy/serial numbers, meter readings, flight numbers,",
        "  vehicle registrations, SMS short codes, phone extensions, promo end dates written MM/YY,",
        "  ages, opening hours, balances read digit by digit. Such numbers also sit unlabelled",
        "  right next to labelled PII in many positive cases.",
        "- Generated NI numbers, postcodes and IBAN bank codes avoid the letter O, so a spoken",
        "  `o`/`oh` inside them is always the digit zero.",
        "",
        "## Counts",
        "",
        "Positive cases: %d; negative cases: %d." % (pos, neg),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("")
    return "\n".join(lines)


def check():
    problems = []
    cases = build()
    data = render(cases)
    try:
        with open(CASES, encoding="utf-8") as f:
            on_disk = f.read()
    except OSError as e:
        on_disk = None
        problems.append("cannot read %s: %s" % (CASES, e))
    if on_disk is not None and on_disk != data:
        problems.append("cases.jsonl differs from regenerated output")
    try:
        with open(README, encoding="utf-8") as f:
            if f.read() != readme_text(cases):
                problems.append("README.md differs from regenerated output")
    except OSError as e:
        problems.append("cannot read README: %s" % e)
    ids = Counter(o["id"] for o, _ in cases)
    for k, v in ids.items():
        if v > 1:
            problems.append("duplicate id %s" % k)
    for o, groups in cases:
        cid = o["id"]
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s negative with spans" % cid)
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s positive without spans" % cid)
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s bad turn" % cid)
        byturn = {}
        grouped = {}
        for s, g in zip(o["spans"], groups):
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(o["turns"])):
                problems.append("%s turn out of range" % cid)
                continue
            text = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append("%s offsets out of range" % cid)
                continue
            val = text[st:en]
            if val != val.strip() or not val[0].isalnum() and val[0] != "+" and val[0] != "(" or not val[-1].isalnum():
                problems.append("%s span edge not clean %r" % (cid, val))
            if st > 0 and text[st - 1].isalnum() and text[st].isalnum():
                problems.append("%s span start inside word" % cid)
            if en < len(text) and text[en].isalnum() and text[en - 1].isalnum():
                problems.append("%s span end inside word" % cid)
            byturn.setdefault(s["turn"], []).append((st, en))
            if g is None:
                if not validate_value(s["type"], val):
                    problems.append("%s invalid %s value %r -> %r" % (cid, s["type"], val, normalise(val)))
            else:
                grouped.setdefault((g, s["type"]), []).append(val)
        for (g, typ), vals in grouped.items():
            joined = " ".join(vals)
            if not validate_value(typ, joined):
                problems.append("%s invalid grouped %s value %r" % (cid, typ, joined))
        for spans in byturn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if b[0] < a[1]:
                    problems.append("%s overlapping spans" % cid)
    c = type_counts(cases)
    pos = sum(1 for o, _ in cases if o["kind"] == "positive")
    neg = len(cases) - pos
    if pos < 170:
        problems.append("only %d positives" % pos)
    if neg < 100:
        problems.append("only %d negatives" % neg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans < %d" % (t, c[t], need))
    print("cases: %d positive, %d negative" % (pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:80]:
            print("  " + p)
        return 1
    print("check OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases = build()
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(render(cases))
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme_text(cases))
    pos = sum(1 for o, _ in cases if o["kind"] == "positive")
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), pos, len(cases) - pos, CASES))


if __name__ == "__main__":
    main()

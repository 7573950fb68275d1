#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set 'pii_holdout15'.

Written by an AI helper acting as an independent test author, without access
to the redaction code. Standard library only; output is reproducible.

    python scripts/make_pii_holdout15.py          # write fixture + README
    python scripts/make_pii_holdout15.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 15231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout15")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "q": "queue", "r": "are",
        "t": "tee", "y": "why", "z": "zed", "x": "ex", "s": "ess", "w": "double you"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def zero_word(uk=True):
    return R.choice(["oh", "o", "nought", "zero"] if uk else ["oh", "zero", "o"])


def n2w(n):
    """0..99 as words (two-digit form)."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])


def say_digits(s, uk=True, doubles=True, fillers=0):
    """Digit by digit, zero variants, optional double/triple, optional fillers."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zero_word(uk) if d == "0" else DW[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    for _ in range(fillers):
        pos = R.randint(1, len(out) - 1)
        out.insert(pos, R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_pairs(s, uk=True):
    """Even-length string as two-digit pairs: 4111 -> forty one eleven, 04 -> oh four."""
    assert len(s) % 2 == 0
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if p[0] == "0":
            out.append(zero_word(uk) + " " + (zero_word(uk) if p[1] == "0" else DW[int(p[1])]))
        else:
            out.append(n2w(int(p)))
    return " ".join(out)


def say_mixed(groups, uk=True):
    """List of digit groups; each said in pairs or digits."""
    parts = []
    for i, g in enumerate(groups):
        # avoid "ninety eight twenty" + "three ..." being heard as twenty three
        if len(g) % 2 == 0 and R.random() < 0.45 and (g[-1] != "0" or i == len(groups) - 1):
            parts.append(say_pairs(g, uk))
        else:
            parts.append(say_digits(g, uk))
    return parts


def say_letter(c, style):
    c = c.lower()
    if c == "o":
        return "o for oscar"
    if style == "plain":
        return c
    if style == "nato":
        return c + " for " + NATO[c] if R.random() < 0.6 else c + " as in " + NATO[c]
    if style == "homo":
        return HOMO.get(c, c)
    return c


def say_year(y):
    y = int(y)
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + n2w(y - 2000)) if R.random() < 0.5 \
            else "twenty " + (zero_word() + " " + DW[y - 2000] if y < 2010 else n2w(y - 2000))
    return n2w(y // 100) + " " + (zero_word() + " " + DW[y % 100] if y % 100 < 10 else n2w(y % 100))


# ---------------------------------------------------------------- values
def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro": (R.choice(["6759", "5018"]), R.choice([18, 19]))}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rd(14)
    elif cc == "DE":
        bban = rd(18)
    elif cc == "FR":
        bban = rd(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + rd(10)
    elif cc == "ES":
        bban = rd(20)
    else:
        bban = R.choice("ABCDEFGHJ") + rd(10) + rd(12)
    return cc + iban_check(cc, bban) + bban


def iban_typed(iban, spaced=True):
    if not spaced:
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def make_phone(kind):
    if kind == "uk_mob":
        return "07" + R.choice("3456789") + rd(8)
    if kind == "uk_land":
        return R.choice(["020", "0161", "0113", "0121", "0131", "0117"]) + rd(7 if True else 8)
    if kind == "us":
        return str(R.randint(201, 989)) + str(R.randint(200, 989)) + rd(4)
    if kind == "ie_mob":
        return "08" + R.choice("35679") + rd(7)
    return rd(10)


def fmt_phone(p, kind, style):
    if kind == "uk_mob":
        if style == 0:
            return p[:5] + " " + p[5:]
        if style == 1:
            return "+44 " + p[1:5] + " " + p[5:]
        if style == 2:
            return p
        return "(0)" + p[1:5] + "-" + p[5:8] + "-" + p[8:]
    if kind == "us":
        if style == 0:
            return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
        if style == 1:
            return "+1 %s.%s.%s" % (p[:3], p[3:6], p[6:])
        if style == 2:
            return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
        return p
    if kind == "ie_mob":
        if style in (0, 2):
            return p[:3] + " " + p[3:6] + " " + p[6:]
        return "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:]
    if kind == "uk_land":
        return p[:len(p) - 7] + " " + p[-7:-4] + " " + p[-4:]
    return p


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "kevin", "maria",
         "dave", "siobhan", "chloe", "raj", "emma", "connor", "lucy", "marek", "fatima", "jo"]
LAST = ["smith", "okafor", "murphy", "patel", "walsh", "nowak", "brennan", "jones", "garcia",
        "kelly", "hughes", "lee", "obrien", "singh", "taylor", "fischer", "dubois", "rossi"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "web.de", "proton.me"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + str(R.randint(1970, 2005))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    def sp(s):
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        s = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), doubles=False) + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    ls = sp(local)
    if R.random() < 0.3 and len(local.split(".")[0]) <= 6:
        first = local.split(".")[0].rstrip("0123456789")
        ls = ls.replace(first, first + " that's " + " ".join(first), 1) if first.isalpha() else ls
    at = R.choice(["at", "at", "at sign"])
    return ls + " " + at + " " + sp(dom)


UK_PC = ["SW1A 2AA", "M4 3TR", "LS6 2BH", "B15 2TT", "EH3 9DR", "CF10 1EP", "BS8 1TH", "NE1 4ST",
         "G12 8QQ", "L17 7BN", "N7 9JP", "E14 5HP", "SE22 8RT", "BT9 6AY", "NG7 2RD", "OX4 1EZ",
         "RG1 8LS", "CB2 1TN", "YO10 5DD", "PL4 8AA", "DN35 8JR", "W5 3TA", "TW9 2LR", "KT1 2EE",
         "WR2 6AJ", "SA1 8PY", "HU5 2BB", "GU1 4SE", "DE22 3HB", "CH2 1LT"]
US_ZIP = ["10027", "94110", "60614", "30309", "02139", "78704", "98103", "33131", "85004", "48201",
          "19104", "55408", "97214", "80205", "37203", "28202"]
STREETS_UK = ["Elm Grove", "Kingsley Road", "Station Road", "Church Lane", "Victoria Street",
              "Marlborough Avenue", "Hillside Close", "Mill Lane", "Queens Drive", "Beech Crescent",
              "Park Terrace", "Orchard Way"]
STREETS_US = ["Maple Street", "Oak Avenue", "Sunset Boulevard", "Pine Drive", "Lincoln Way",
              "Cedar Lane", "Washington Ave", "Lakeview Court", "Elm St", "Highland Road"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Castle Road", "Ashgrove Park", "Seafield Road"]


def say_postcode_uk(pc, style):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(DW[int(ch)])
        else:
            out.append(say_letter(ch, style))
    return " ".join(out)


def say_number(n):
    if n < 100:
        return n2w(n)
    h, r = divmod(n, 100)
    return DW[h] + " hundred" + ("" if r == 0 else " and " + n2w(r))


def make_dob():
    return (R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004))


def dob_text(d, style):
    day, mon, yr = d
    if style == "uk_num":
        return "%02d/%02d/%d" % (day, mon, yr)
    if style == "us_num":
        return "%d/%d/%d" % (mon, day, yr)
    if style == "dash":
        return "%d-%02d-%02d" % (yr, mon, day)
    if style == "written":
        return "%d %s %d" % (day, MONTHS[mon - 1].capitalize(), yr)
    if style == "us_written":
        return "%s %d, %d" % (MONTHS[mon - 1].capitalize(), day, yr)
    if style == "spoken_uk":
        return "the %s of %s %s" % (ORD[day], MONTHS[mon - 1], say_year(yr))
    if style == "spoken_us":
        return "%s %s %s" % (MONTHS[mon - 1], ORD[day], say_year(yr))
    if style == "spoken_num":
        return "%s %s %s" % (say_digits("%02d" % day, doubles=False), say_digits("%02d" % mon, doubles=False), say_year(yr))
    raise ValueError(style)


def make_expiry():
    return (R.randint(1, 12), R.randint(26, 32))


def expiry_text(e, style):
    m, y = e
    if style == "slash":
        return "%02d/%02d" % (m, y)
    if style == "slash4":
        return "%02d/20%02d" % (m, y)
    if style == "spoken":
        return (zero_word() + " " + DW[m] if m < 10 else n2w(m)) + " " + n2w(y)
    if style == "month":
        return MONTHS[m - 1] + " " + R.choice(["twenty ", "two thousand and ", ""]) + n2w(y)
    if style == "digits":
        return say_digits("%02d%02d" % (m, y), doubles=False)
    raise ValueError(style)


# ---------------------------------------------------------------- case building
class V:
    """A labelled value segment."""
    def __init__(self, text, typ, expect, group=None, corr=False):
        self.text, self.typ, self.expect, self.group, self.corr = text, typ, expect, group, corr


_gid = [0]


def gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


def build(kind, turns, note):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                g = s.group or gid()
                groups.setdefault(g, {"type": s.typ, "expect": s.expect, "texts": [], "corr": s.corr})
                groups[g]["texts"].append(s.text)
                groups[g]["corr"] = groups[g]["corr"] or s.corr
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note, "_groups": groups}


A, C = "agent", "customer"
POS, NEG = [], []


def pos(turns, note):
    POS.append(build("positive", turns, note))


def neg(turns, note):
    NEG.append(build("negative", turns, note))


def ack():
    return R.choice(["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "yes", "right", "got that"])


# ================================================================ POSITIVE TEMPLATES
def p_card_chat():
    c = make_card()
    sep = R.choice([" ", "-", "", " ", "  "])
    txt = sep.join(card_groups(c))
    lead = R.choice(["my card is ", "Card no: ", "its ", "card number - ", "here you go ", "CARD "])
    tail = R.choice(["", " thanks", " (visa debit)", ". can u take £45.20 off it?", " pls"])
    pos([(A, "Could you please type the long card number for the payment of $120?"),
         (C, [lead, V(txt, "CARD_NUMBER", c), tail])], "chat/%s: card typed with separator %r" % (R.choice(["retail", "telecom", "utilities"]), sep))


def p_card_call_one():
    c = make_card()
    spoken = " ".join(say_mixed(card_groups(c)))
    lead = R.choice(["yeah it's ", "okay so ", "right it is ", "", "um "])
    pos([(A, "and can i take the long number across the front of the card please"),
         (C, [lead, V(spoken, "CARD_NUMBER", c)])], "call/%s: card read in one turn, digits and pairs mixed" % R.choice(["insurance", "travel", "banking"]))


def p_card_call_split():
    c = make_card()
    g = gid()
    parts = say_mixed(card_groups(c))
    turns = [(A, "okay whenever you're ready with the card number")]
    for i, p in enumerate(parts):
        lead = R.choice(["", "", "it's ", "then ", "uh "]) if i else R.choice(["right ", "okay ", ""])
        tail = R.choice(["", "", " um", " yeah"])
        turns.append((C, [lead, V(p, "CARD_NUMBER", c, g), tail]))
        if i < len(parts) - 1:
            turns.append((A, ack()))
    pos(turns, "call/%s: card split over several customer turns with back-channels" % R.choice(["retail", "utilities", "healthcare billing"]))


def p_card_readback():
    c = make_card("visa")
    grp = card_groups(c)
    pos([(C, ["the card is ", V(" ".join(say_digits(x) for x in grp), "CARD_NUMBER", c)]),
         (A, ["let me read that back ", V(" ".join(say_digits(x, doubles=False) for x in grp), "CARD_NUMBER", c),
              " is that right"]),
         (C, "yes that's it")], "call/telecom: agent reads card number back")


def p_card_correction():
    c = make_card("mc")
    grp = card_groups(c)
    wrong = str((int(grp[1][0]) + 3) % 10)
    sp = say_digits(grp[0]) + " " + DW[int(wrong)] + " no sorry " + say_digits(grp[1]) + " " + say_digits(grp[2]) + " " + say_digits(grp[3])
    pos([(A, "what's the card number"),
         (C, [V(sp, "CARD_NUMBER", c, corr=True), " did you get that"])], "call/banking: self-correction inside card reading")


def p_card_cvv_expiry_chat():
    c, e = make_card(), make_expiry()
    cvv = rd(4) if c[:2] in ("34", "37") else rd(3)
    pos([(A, "Please send the card number, expiry and security code."),
         (C, [V(" ".join(card_groups(c)), "CARD_NUMBER", c), " exp ", V(expiry_text(e, R.choice(["slash", "slash4"])), "EXPIRY", e),
              R.choice([" cvv ", " cvc: ", " sec code "]), V(cvv, "CVV", cvv)])],
        "chat/retail: card, expiry and cvv in one message")


def p_cvv_call():
    cvv = rd(3)
    e = make_expiry()
    pos([(A, "and the expiry date on the card"),
         (C, [R.choice(["it's ", "uh ", ""]), V(expiry_text(e, R.choice(["spoken", "month", "digits"])), "EXPIRY", e)]),
         (A, "lovely and the three digits on the back"),
         (C, [R.choice(["", "it's ", "that's "]), V(say_digits(cvv), "CVV", cvv)])],
        "call/%s: spoken expiry then cvv in separate turns" % R.choice(["travel", "utilities", "insurance"]))


def p_cvv_in_chitchat():
    cvv = rd(3)
    pos([(A, "what's the security code on the back of the card"),
         (C, ["hang on i need my glasses it's ", V(say_digits(cvv, doubles=True), "CVV", cvv),
              " sorry the dog's barking"])], "call/retail: cvv inside chit-chat")


def p_ssn():
    s = make_ssn()
    style = R.randint(0, 5)
    if style == 0:
        t = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        turns = [(A, "To verify, please provide your Social Security number."), (C, ["Sure, ", V(t, "SSN", s)])]
        n = "chat/healthcare billing: SSN typed with dashes"
    elif style == 1:
        t = "%s %s %s" % (s[:3], s[3:5], s[5:])
        turns = [(C, ["my ssn is ", V(t, "SSN", s), " and i need to update my plan"])]
        n = "chat/insurance: SSN with spaces mid-sentence"
    elif style == 2:
        turns = [(A, "can i get your social please"),
                 (C, [V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN", s)])]
        n = "call/banking: SSN spoken digit by digit"
    elif style == 3:
        g = gid()
        turns = [(A, "and your social security number"),
                 (C, ["okay ", V(say_digits(s[:3]), "SSN", s, g)]), (A, ack()),
                 (C, [V(say_digits(s[3:5]), "SSN", s, g)]), (A, ack()),
                 (C, [V(say_pairs(s[5:]), "SSN", s, g)])]
        n = "call/government services: SSN split in three turns, last four as pairs"
    elif style == 4:
        t = s
        turns = [(C, ["SSN:", V(t, "SSN", s), " DOB ", V(dob_text(d := make_dob(), "us_num"), "DOB", d)])]
        n = "chat/healthcare billing: SSN without separators next to DOB"
    else:
        turns = [(A, "i just need the last four of your social"),
                 (A, "actually sorry the system wants the full number this time"),
                 (C, ["oh okay it's ", V(say_digits(s[:5], fillers=1) + " " + say_digits(s[5:]), "SSN", s), " my zip is ",
                      V(say_digits(z := R.choice(US_ZIP)), "POSTCODE", z)])]
        n = "call/telecom: SSN with filler word, then ZIP code"
    pos(turns, n)


def p_ni():
    ni = make_ni()
    style = R.randint(0, 5)
    if style == 0:
        t = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
        t = t if R.random() < 0.6 else t.lower()
        turns = [(A, "Can you confirm your National Insurance number?"), (C, ["yes its ", V(t, "NI_NUMBER", ni)])]
        n = "chat/government services: NI number spaced"
    elif style == 1:
        turns = [(C, ["NI no. ", V(ni, "NI_NUMBER", ni), " - I've been waiting 6 weeks for my claim"])]
        n = "chat/government services: NI number compact, with duration"
    elif style == 2:
        lst = R.choice(["plain", "nato", "homo"])
        sp = say_letter(ni[0], lst) + " " + say_letter(ni[1], lst) + " " + say_digits(ni[2:8]) + " " + say_letter(ni[8], lst)
        turns = [(A, "and your national insurance number please"), (C, ["it's ", V(sp, "NI_NUMBER", ni)])]
        n = "call/government services: NI spoken, letters %s" % lst
    elif style == 3:
        g = gid()
        turns = [(A, "what's your national insurance number"),
                 (C, [V(say_letter(ni[0], "nato") + " " + say_letter(ni[1], "nato"), "NI_NUMBER", ni, g)]), (A, ack()),
                 (C, [V(say_pairs(ni[2:8]), "NI_NUMBER", ni, g)]), (A, "and the letter at the end"),
                 (C, [V(say_letter(ni[8], "plain"), "NI_NUMBER", ni, g)])]
        n = "call/insurance: NI number split over three turns, digits as pairs"
    elif style == 4:
        sp = ni[:2].lower() + " " + say_digits(ni[2:8]) + " " + ni[8].lower()
        turns = [(C, ["i'm phoning about my pension my national insurance is ", V(sp, "NI_NUMBER", ni),
                      " and i stopped work in twenty twenty three"])]
        n = "call/government services: NI with letters run together, retirement year (not DOB) after"
    else:
        sp = " ".join(say_letter(c, "plain") if c.isalpha() else DW[int(c)] for c in ni)
        turns = [(A, "let me read that back"), (A, ["so that's ", V(sp, "NI_NUMBER", ni), " yeah"]), (C, "that's right")]
        n = "call/utilities: agent reads NI number back"
    pos(turns, n)


def p_bank():
    acct, sc = rd(8), rd(6)
    style = R.randint(0, 3)
    scf = "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])
    if style == 0:
        turns = [(A, "Please provide the sort code and account number for the direct debit"),
                 (C, ["sort code ", V(scf, "SORT_CODE", sc), " acc no ", V(acct, "BANK_ACCOUNT", acct)])]
        n = "chat/utilities: sort code and account typed"
    elif style == 1:
        turns = [(A, "what's the sort code"),
                 (C, [V(say_pairs(sc), "SORT_CODE", sc)]),
                 (A, "and the account number"),
                 (C, ["um ", V(say_digits(acct, fillers=R.randint(0, 1)), "BANK_ACCOUNT", acct)])]
        n = "call/banking: sort code in pairs, account digit by digit"
    elif style == 2:
        g = gid()
        turns = [(A, "can i take the account number"),
                 (C, [V(say_digits(acct[:4]), "BANK_ACCOUNT", acct, g)]), (A, ack()),
                 (C, [V(say_digits(acct[4:]), "BANK_ACCOUNT", acct, g), " and the sort code is ",
                      V(say_digits(sc), "SORT_CODE", sc)])]
        n = "call/insurance: account split across turns then sort code in same turn"
    else:
        a2 = rd(R.choice([10, 12]))
        rt = "0" + rd(8)
        turns = [(C, ["checking account ", V(a2, "BANK_ACCOUNT", a2), " at chase, the payment was $89.99 on the 3rd"])]
        n = "chat/retail: US checking account with amount and non-DOB date nearby"
    pos(turns, n)


def p_iban():
    ib = make_iban()
    style = R.randint(0, 2)
    if style == 0:
        turns = [(A, "Please share the IBAN for the refund"), (C, [V(iban_typed(ib, R.random() < 0.7), "IBAN", ib), " thx"])]
        n = "chat/travel: IBAN typed (%s)" % ib[:2]
    elif style == 1:
        sp = say_letter(ib[0], "plain") + " " + say_letter(ib[1], "plain") + " " + " ".join(
            say_letter(c, "plain") if c.isalpha() else DW[int(c)] for c in ib[2:])
        turns = [(A, "can you read me the iban"), (C, ["yeah it's ", V(sp, "IBAN", ib)])]
        n = "call/banking: IBAN spoken character by character (%s)" % ib[:2]
    else:
        g = gid()
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        turns = [(A, "go ahead with the iban")]
        for i, ch in enumerate(chunks):
            sp = " ".join(say_letter(c, "nato" if i == 0 else "plain") if c.isalpha() else
                          (zero_word() if c == "0" else DW[int(c)]) for c in ch)
            turns.append((C, [V(sp, "IBAN", ib, g)]))
            if i < len(chunks) - 1:
                turns.append((A, ack()))
        n = "call/travel: IBAN read in groups of four over many turns (%s)" % ib[:2]
    pos(turns, n)


def p_phone():
    kind = R.choice(["uk_mob", "us", "ie_mob", "uk_land"])
    p = make_phone(kind)
    style = R.randint(0, 3)
    if style == 0:
        t = fmt_phone(p, kind, R.randint(0, 3))
        turns = [(A, "What's the best number to reach you on?"), (C, [V(t, "PHONE", p), " after 5pm"])]
        n = "chat/telecom: phone typed (%s), time after it" % kind
    elif style == 1:
        sp = say_digits(p, uk=kind != "us")
        if kind == "uk_mob" and R.random() < 0.5:
            sp = "plus four four " + say_digits(p[1:])
        turns = [(A, "and a contact number"), (C, ["yeah it's ", V(sp, "PHONE", p)])]
        n = "call/utilities: phone spoken (%s)" % kind
    elif style == 2:
        g = gid()
        cut = 5 if kind.startswith("uk") else 3
        turns = [(A, "what number should we call you back on"),
                 (C, [V(say_digits(p[:cut]), "PHONE", p, g)]), (A, ack()),
                 (C, [V(say_digits(p[cut:], fillers=R.randint(0, 1)), "PHONE", p, g)])]
        n = "call/retail: phone split over two turns (%s)" % kind
    else:
        if kind == "us":
            sp = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:])
        else:
            sp = say_digits(p)
        turns = [(C, ["my old number was disconnected the new one is ", V(sp, "PHONE", p),
                      " i've been a customer for twelve years"])]
        n = "call/telecom: phone mixed with chit-chat and a duration (%s)" % kind
    pos(turns, n)


def p_email():
    e = make_email()
    style = R.randint(0, 2)
    if style == 0:
        t = e if R.random() < 0.7 else e.upper()
        turns = [(A, "Can I take an email address for the confirmation?"), (C, ["sure - ", V(t, "EMAIL", e)])]
        n = "chat/travel: email typed"
    elif style == 1:
        turns = [(A, "what email should we send the bill to"), (C, ["it's ", V(say_email(e), "EMAIL", e)])]
        n = "call/utilities: email spoken with dot and at"
    else:
        turns = [(A, "and the email on the account"),
                 (C, [V(say_email(e), "EMAIL", e), " all lower case"]),
                 (A, ["so ", V(say_email(e), "EMAIL", e), " perfect"])]
        n = "call/retail: email spoken and read back"
    pos(turns, n)


def p_dob():
    d = make_dob()
    style = R.choice(["uk_num", "us_num", "dash", "written", "us_written", "spoken_uk", "spoken_us", "spoken_num"])
    if style in ("uk_num", "us_num", "dash", "written", "us_written"):
        turns = [(A, "For security, what is your date of birth?"), (C, [V(dob_text(d, style), "DOB", d)])]
        n = "chat/banking: DOB typed (%s)" % style
    else:
        turns = [(A, "and can you confirm your date of birth for me"),
                 (C, [R.choice(["yeah it's ", "", "um "]), V(dob_text(d, style), "DOB", d)])]
        n = "call/insurance: DOB spoken (%s)" % style
    pos(turns, n)


def p_address():
    country = R.choice(["uk", "us", "ie", "uk"])
    style = R.randint(0, 1)
    num = R.randint(2, 240)
    if country == "uk":
        st, pc = R.choice(STREETS_UK), R.choice(UK_PC)
        if style == 0:
            turns = [(A, "What's the delivery address?"),
                     (C, [V("%d %s" % (num, st), "ADDRESS", "x"), ", ", V(pc, "POSTCODE", pc.replace(" ", ""))])]
            n = "chat/retail: UK street address and postcode typed"
        else:
            pst = R.choice(["plain", "nato"])
            turns = [(A, "and the first line of the address"),
                     (C, [V(say_number(num) + " " + st.lower(), "ADDRESS", "x")]),
                     (A, "and the postcode"),
                     (C, [V(say_postcode_uk(pc, pst), "POSTCODE", pc.replace(" ", ""))])]
            n = "call/utilities: UK address and postcode spoken (%s letters)" % pst
    elif country == "us":
        st, z = R.choice(STREETS_US), R.choice(US_ZIP)
        if style == 0:
            apt = R.randint(1, 30)
            turns = [(C, ["ship to ", V("%d %s Apt %d" % (num, st, apt), "ADDRESS", "x"), ", Austin TX ", V(z, "POSTCODE", z)])]
            n = "chat/retail: US address with apt and ZIP"
        else:
            turns = [(A, "what's the service address"),
                     (C, [V(say_number(num) + " " + st.lower(), "ADDRESS", "x"), " zip code ", V(say_digits(z), "POSTCODE", z)])]
            n = "call/telecom: US address and ZIP spoken"
    else:
        st = R.choice(STREETS_IE)
        turns = [(A, "can you give me the address for the meter"),
                 (C, [V(("%d %s" % (num, st)) if style == 0 else (say_number(num) + " " + st.lower()), "ADDRESS", "x"),
                      R.choice([", Drumcondra, Dublin 9", " in cork", ", Galway"])])]
        n = "%s/utilities: Irish address" % ("chat" if style == 0 else "call")
    pos(turns, n)


def p_combo():
    """Several types in one call, mixed with non-PII numbers."""
    d, pc, p = make_dob(), R.choice(UK_PC), make_phone("uk_mob")
    ni = make_ni()
    pos([(A, "thanks for calling this call may be recorded can i take your name and date of birth"),
         (C, ["yeah it's kevin walsh ", V(dob_text(d, "spoken_uk"), "DOB", d)]),
         (A, "and your postcode"),
         (C, [V(say_postcode_uk(pc, "plain"), "POSTCODE", pc.replace(" ", ""))]),
         (A, "i see two hundred and fifty pounds outstanding from the third of may"),
         (C, ["yeah i can pay that my national insurance number if you need it is ", V(
             say_letter(ni[0], "homo") + " " + say_letter(ni[1], "homo") + " " + say_pairs(ni[2:8]) + " " + ni[8].lower(),
             "NI_NUMBER", ni)]),
         (A, "we don't need that but can we update your mobile"),
         (C, [V(say_digits(p), "PHONE", p)])], "call/government services: DOB, postcode, NI, phone plus money/date lookalikes")


def p_combo_chat():
    c = make_card()
    e = make_expiry()
    cvv = rd(3)
    s = make_ssn()
    pos([(C, "hi my order #48213377 never arrived"),
         (A, "Sorry to hear that! To process the replacement please confirm the card used."),
         (C, [V(" ".join(card_groups(c)), "CARD_NUMBER", c), "\nexp ", V(expiry_text(e, "slash"), "EXPIRY", e),
              "\ncvv ", V(cvv, "CVV", cvv)]),
         (A, "Thanks, and the last 4 of your SSN?"),
         (C, ["actually the full one is ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN", s)])],
        "chat/retail: order number (not PII) then card, expiry, cvv, ssn")


def p_two_phones():
    p1, p2 = make_phone("uk_mob"), make_phone("uk_land")
    pos([(A, "have you got a home number as well"),
         (C, ["mobile is ", V(say_digits(p1), "PHONE", p1), " and the house phone is ", V(say_digits(p2), "PHONE", p2)])],
        "call/telecom: two phone numbers in one turn")


def p_card_homophone():
    c = make_card("visa")
    # ASR writes "for" for four and "to" for two at times; keep only unambiguous digit words in span
    grp = card_groups(c)
    sp = " ".join(say_digits(x, doubles=True) for x in grp)
    pos([(A, "okay and the card number is"),
         (C, ["yeah yeah okay so ", V(sp, "CARD_NUMBER", c), " and that's a visa debit"])],
        "call/travel: card with double/triple runs")


def p_amex_call():
    c = make_card("amex")
    cvv = rd(4)
    pos([(A, "and the card number"),
         (C, [V(say_digits(c[:4]) + " " + say_digits(c[4:10]) + " " + say_digits(c[10:]), "CARD_NUMBER", c)]),
         (A, "and for amex it's the four digit code on the front"),
         (C, [V(say_pairs(cvv), "CVV", cvv)])], "call/travel: amex 15 digits, 4-digit cvv as pairs")


def p_ni_typo_chat():
    ni = make_ni()
    t = R.choice(["%s-%s-%s-%s-%s", "%s.%s.%s.%s.%s", "%s %s%s %s%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    pos([(C, ["hello i need to chnage my adress, nino ", V(t.lower() if R.random() < 0.5 else t, "NI_NUMBER", ni), " thanks"])],
        "chat/government services: NI number with unusual separators, typos around")


def p_ssn_pairs_readback():
    s = make_ssn()
    pos([(C, ["social is ", V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_pairs(s[5:]), "SSN", s)]),
         (A, ["so that's ", V("%s %s %s" % (say_digits(s[:3], doubles=False), say_digits(s[3:5], doubles=False),
                                             say_digits(s[5:], doubles=False)), "SSN", s), " correct"]),
         (C, "correct")], "call/banking: SSN said and read back by agent")




def p_sort_more():
    sc = rd(6)
    style = R.randint(0, 3)
    if style == 0:
        turns = [(C, ["sort code is ", V("%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc), " and the payment of £%d.00 bounced" % R.randint(20, 99)])]
        n = "chat/banking: sort code with spaces, amount nearby"
    elif style == 1:
        turns = [(A, "and what's the sort code on that account"),
                 (C, ["it's ", V(say_digits(sc[:2]) + " dash " + say_digits(sc[2:4]) + " dash " + say_digits(sc[4:]), "SORT_CODE", sc)])]
        n = "call/utilities: sort code spoken with 'dash'"
    elif style == 2:
        g = gid()
        turns = [(A, "sort code please"), (C, [V(say_pairs(sc[:4]), "SORT_CODE", sc, g)]), (A, ack()),
                 (C, [V(say_pairs(sc[4:]), "SORT_CODE", sc, g)])]
        n = "call/insurance: sort code in pairs split over turns"
    else:
        turns = [(A, ["so that's sort code ", V(say_digits(sc, doubles=False), "SORT_CODE", sc), " yeah"]), (C, "yep")]
        n = "call/banking: agent reads sort code back"
    pos(turns, n)


def p_email_more():
    e = make_email()
    style = R.randint(0, 3)
    if style == 0:
        turns = [(C, ["pls email the receipt to ", V(e, "EMAIL", e), ". order was 3 items"])]
        n = "chat/retail: email followed by full stop and a count"
    elif style == 1:
        local, dom = e.split("@")
        g = gid()
        turns = [(A, "what's your email"), (C, [V(say_email(local + "@x.y").rsplit(" at", 1)[0], "EMAIL", e, g)]),
                 (A, "okay at"), (C, [V(" ".join(dom.replace(".", " dot ").split()), "EMAIL", e, g)])]
        n = "call/telecom: email split, agent prompts 'at', domain in next turn"
    elif style == 2:
        e2 = e.replace("@", " @ ")
        turns = [(C, ["my email is ", V(e2, "EMAIL", e), " (new one)"])]
        n = "chat/insurance: email typed with spaces around @"
    else:
        turns = [(A, "email address please"), (C, ["yeah ", V(say_email(e).replace(" dot ", " . ", 1) if False else say_email(e), "EMAIL", e), " i check it twice a day"])]
        n = "call/healthcare billing: spoken email, count after it"
    pos(turns, n)


def p_address_more():
    style = R.randint(0, 3)
    if style == 0:
        a = "Flat %d, %d %s" % (R.randint(1, 12), R.randint(2, 99), R.choice(STREETS_UK))
        pc = R.choice(UK_PC)
        turns = [(C, ["new address is ", V(a, "ADDRESS", "x"), ", ", V(pc.lower().replace(" ", ""), "POSTCODE", pc.replace(" ", "")), " from the 1st of next month"])]
        n = "chat/utilities: flat + street address, postcode lower case no space, move date"
    elif style == 1:
        num = R.randint(101, 999)
        st = R.choice(STREETS_US)
        z = R.choice(US_ZIP)
        turns = [(A, "what's the billing address on the card"),
                 (C, [V(say_number(num) + " " + st.lower(), "ADDRESS", "x")]),
                 (A, "and the zip"), (C, [V((say_pairs(z[:4]) if z[3] != "0" else say_digits(z[:4])) + " " + DW[int(z[4])], "POSTCODE", z)])]
        n = "call/retail: US billing address with hundreds, ZIP in pairs"
    elif style == 2:
        num = R.randint(2, 60)
        st = R.choice(STREETS_UK)
        turns = [(A, "can i confirm the address we have"),
                 (C, ["it's ", V("flat " + DW[R.randint(1, 9)] + " " + n2w(num) + " " + st.lower(), "ADDRESS", "x"),
                      " i moved in three years ago"])]
        n = "call/insurance: spoken flat and street, duration after"
    else:
        num = R.randint(2, 300)
        st = R.choice(STREETS_US)
        turns = [(C, ["Hi, I moved to ", V("%d %s, Unit %s" % (num, st, R.choice(["4B", "12", "210"])), "ADDRESS", "x"),
                      " and my internet's been down since Tuesday"])]
        n = "chat/telecom: US address with unit"
    pos(turns, n)


def p_dob_more():
    d = make_dob()
    day, mon, yr = d
    style = R.randint(0, 3)
    if style == 0:
        suf = "th" if day in (11, 12, 13) or day % 10 > 3 or day % 10 == 0 else ["", "st", "nd", "rd"][day % 10]
        t = "%d%s %s %02d" % (day, suf, MONTHS[mon - 1][:3], yr % 100)
        turns = [(C, ["dob ", V(t, "DOB", d), " postcode ", V(pc := R.choice(UK_PC), "POSTCODE", pc.replace(" ", ""))])]
        n = "chat/banking: short DOB with 2-digit year next to postcode"
    elif style == 1:
        turns = [(A, "and your date of birth"), (C, ["it's ", V("%s %s" % (MONTHS[mon - 1], ORD[day]), "DOB", d, g := gid())]),
                 (A, "and the year"), (C, [V(say_year(yr), "DOB", d, g)])]
        n = "call/healthcare billing: DOB day/month and year in separate turns"
    elif style == 2:
        turns = [(C, ["i was born on ", V(dob_text(d, "spoken_uk"), "DOB", d), " so i'm entitled to the discount"])]
        n = "call/travel: DOB volunteered with 'born on'"
    else:
        turns = [(A, "date of birth"), (C, [V("%02d.%02d.%d" % (day, mon, yr), "DOB", d), " - appointment is 14:30 tomorrow"])]
        n = "chat/healthcare billing: DOB with dots, appointment time after"
    pos(turns, n)


def p_expiry_more():
    e = make_expiry()
    m, y = e
    style = R.randint(0, 2)
    if style == 0:
        turns = [(C, ["exp ", V("%02d%02d" % (m, y), "EXPIRY", e), " code ", V(c := rd(3), "CVV", c)])]
        n = "chat/retail: expiry without slash then cvv"
    elif style == 1:
        turns = [(A, "when does the card expire"), (C, ["end of ", V(MONTHS[m - 1] + " " + say_year(2000 + y), "EXPIRY", e)])]
        n = "call/utilities: expiry month and spoken four-digit year"
    else:
        turns = [(A, "valid thru date?"), (C, [V("%d/%d" % (m, y), "EXPIRY", e), " and cvc ", V(c := rd(3), "CVV", c)])]
        n = "chat/travel: expiry single-digit month"
    pos(turns, n)


def p_ni_more():
    ni = make_ni()
    g = gid()
    pos([(A, "can i take your national insurance number please"),
         (C, [V(say_letter(ni[0], "homo") + " " + say_letter(ni[1], "plain") + " " + say_digits(ni[2:4]), "NI_NUMBER", ni, g)]),
         (A, ack()), (C, [V(say_digits(ni[4:8]) + " " + say_letter(ni[8], "nato"), "NI_NUMBER", ni, g)]),
         (A, ["so ", V(" ".join(ni[:2].lower()) + " " + say_pairs(ni[2:8]) + " " + ni[8].lower(), "NI_NUMBER", ni), " great"])],
        "call/government services: NI split then read back in pairs")


def p_ssn_more():
    s = make_ssn()
    style = R.randint(0, 1)
    if style == 0:
        pos([(C, ["its ", V("%s.%s.%s" % (s[:3], s[3:5], s[5:]), "SSN", s), " my claim # is " + rd(5)])],
            "chat/healthcare billing: SSN with dots, claim number (not PII)")
    else:
        pos([(A, "social security number"),
             (C, [V(say_digits(s[:3]) + " " + (say_pairs(s[3:5]) if s[4] != "0" else say_digits(s[3:5])) + " " + say_digits(s[5:], fillers=1), "SSN", s), " i think yeah that's it"])],
            "call/government services: SSN middle as pair, filler")


def p_card_more():
    c = make_card(R.choice(["visa", "mc", "disc"]))
    style = R.randint(0, 1)
    if style == 0:
        pos([(C, ["pay with ", V(c[:8] + " " + c[8:], "CARD_NUMBER", c), " please, for the £%d.%02d" % (R.randint(5, 500), R.randint(0, 99))])],
            "chat/retail: card typed in two halves, price after")
    else:
        g = gid()
        grp = card_groups(c)
        pos([(C, [V(say_digits(grp[0]) + " " + say_digits(grp[1]), "CARD_NUMBER", c, g)]),
             (A, "sorry you cut out there can you give me the rest"),
             (C, [V(say_digits(grp[2]) + " " + say_pairs(grp[3]), "CARD_NUMBER", c, g)])],
            "call/banking: card split, line cuts out, customer gives the rest")


def n_misc():
    k = R.randint(0, 4)
    if k == 0:
        neg([(A, "the interest rate is nought point nine percent and the loan is over forty eight months")], "call/banking: rate and term")
    elif k == 1:
        neg([(C, "tracking number %s says it left the depot at 06:45" % rd(10))], "chat/retail: tracking number and time")
    elif k == 2:
        neg([(A, "that'll be one thousand two hundred and forty nine pounds ninety nine including vat")], "call/retail: large amount spoken")
    elif k == 3:
        neg([(C, "the parcel weighs %d kg and the box is %d by %d cm" % (R.randint(2, 30), R.randint(20, 80), R.randint(20, 80)))], "chat/retail: weights and sizes")
    else:
        neg([(A, "your reference is %s and the refund of €%d will arrive in five to seven working days" % (say_pairs(rd(6)), R.randint(20, 300)))],
            "call/travel: spoken reference in pairs, amount, duration")


def asr_homophones(text):
    """Replace some digit words the way a recogniser mishears them."""
    toks = text.split(" ")
    out = []
    for i, t in enumerate(toks):
        prev = toks[i - 1] if i else ""
        if t == "four" and prev not in ("double", "triple") and R.random() < 0.6:
            out.append("for")
        elif t == "two" and prev not in ("double", "triple") and R.random() < 0.6:
            out.append(R.choice(["to", "too"]))
        elif t == "one" and prev not in ("double", "triple") and R.random() < 0.2:
            out.append("won")
        else:
            out.append(t)
    return " ".join(out)


def p_homophones():
    k = R.randint(0, 2)
    if k == 0:
        c = make_card("visa")
        sp = asr_homophones(" ".join(say_digits(g, doubles=False) for g in card_groups(c)))
        pos([(A, "and the long card number please"), (C, ["yeah so ", V(sp, "CARD_NUMBER", c), " got it"])],
            "call/retail: card reading with ASR homophones (for/to/too/won)")
    elif k == 1:
        p = make_phone("uk_mob")
        sp = asr_homophones(say_digits(p, doubles=False))
        pos([(A, "best number to call you back"), (C, [V(sp, "PHONE", p), " any time after ten"])],
            "call/telecom: mobile with ASR homophones, time after it")
    else:
        s = make_ssn()
        sp = asr_homophones(say_digits(s[:3], doubles=False) + " " + say_digits(s[3:5], doubles=False) + " " + say_digits(s[5:], doubles=False))
        pos([(A, "and the social"), (C, ["it's ", V(sp, "SSN", s)])], "call/healthcare billing: SSN with ASR homophones")


POS_TEMPLATES = [(p_homophones, 9), (p_sort_more, 8), (p_email_more, 8), (p_address_more, 8), (p_dob_more, 8), (p_expiry_more, 6),
                 (p_ni_more, 4), (p_ssn_more, 4), (p_card_more, 4),
                 (p_card_chat, 8), (p_card_call_one, 8), (p_card_call_split, 6), (p_card_readback, 3),
                 (p_card_correction, 3), (p_card_cvv_expiry_chat, 8), (p_cvv_call, 10), (p_cvv_in_chitchat, 4),
                 (p_ssn, 24), (p_ni, 22), (p_bank, 16), (p_iban, 16), (p_phone, 16), (p_email, 12),
                 (p_dob, 14), (p_address, 16), (p_combo, 4), (p_combo_chat, 4), (p_two_phones, 3),
                 (p_card_homophone, 3), (p_amex_call, 3), (p_ni_typo_chat, 5), (p_ssn_pairs_readback, 4)]


# ================================================================ NEGATIVE TEMPLATES
def n_money():
    a = R.randint(12, 4999)
    neg([(C, "how much is my bill this month"),
         (A, R.choice(["it's %s pounds and %s pence" % (say_number(a % 1000), n2w(R.randint(1, 99))),
                       "your balance is £%d.%02d" % (a, R.randint(0, 99)),
                       "the total comes to $%d,%03d.%02d" % (a // 1000 + 1, a % 1000, R.randint(0, 99))]))],
        "call/utilities: money amounts only")


def n_reference():
    n = rd(R.choice([6, 7, 8, 9, 10]))
    word = R.choice(["order number", "ticket number", "claim reference", "invoice number", "case reference", "booking ref"])
    if R.random() < 0.5:
        neg([(A, "do you have a reference"), (C, "yes the %s is %s" % (word, n))], "chat/retail: %s" % word)
    else:
        neg([(A, "have you got the %s there" % word), (C, "yeah it's %s" % say_digits(n))], "call/insurance: spoken %s" % word)


def n_times():
    neg([(A, "we can send an engineer on the %s of %s between %s and %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS),
                                                                          R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]))),
         (C, "that's fine i'm in from half seven")], "call/telecom: appointment date and times")


def n_flight():
    neg([(C, "my flight %s%d from gate %d was delayed %d hours" % (R.choice(["EI", "BA", "FR", "UA"]), R.randint(100, 9999),
                                                                   R.randint(1, 60), R.randint(2, 9))),
         (A, "sorry about that, the compensation is €%d per passenger" % R.choice([250, 400, 600]))], "chat/travel: flight number, gate, delay, compensation")


def n_meter():
    r = rd(5)
    neg([(A, "can you read me the meter"), (C, "it's %s" % say_digits(r)), (A, "so %s kilowatt hours thank you" % r)],
        "call/utilities: meter reading")


def n_model():
    neg([(C, "the router is model %s-%d and it's been dropping to %d mbps" % (R.choice(["TG", "HG", "VR"]), R.randint(100, 9999), R.randint(2, 80))),
         (A, "okay can you restart it and wait %d minutes" % R.randint(2, 10))], "chat/telecom: model number and speed")


def n_dates_nonbirth():
    y = R.randint(2019, 2026)
    neg([(A, "when did the contract start"),
         (C, "the %s of %s %s and it runs for twenty four months" % (ORD[R.randint(1, 28)], R.choice(MONTHS), say_year(y)))],
        "call/telecom: contract start date (not DOB)")


def n_typed_dates():
    neg([(C, "I paid on %02d/%02d/%d and again on %d-%02d-%02d but it's still showing overdue" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28))),
         (A, "I can see both payments of £%d.00" % R.randint(20, 300))], "chat/utilities: payment dates typed")


def n_age_count():
    neg([(C, "i'm %s years old and i've had %s claims in %s years" % (n2w(R.randint(20, 90)), DW[R.randint(1, 4)], n2w(R.randint(10, 40)))),
         (A, "okay and it's %d percent off for over fifties" % R.choice([10, 15, 20]))], "call/insurance: age, counts, percentage")


def n_room():
    neg([(C, "room %d checking out at %d am, there were %d of us" % (R.randint(100, 999), R.randint(9, 11), R.randint(2, 6))),
         (A, "the late checkout fee is $%d" % R.choice([25, 40, 60]))], "chat/travel: room number, time, count")


def n_temp():
    neg([(C, "the boiler shows error %s and the house is %s degrees" % (R.choice(["F28", "E119", "L2"]), n2w(R.randint(8, 16)))),
         (A, "the engineer will be there in %s hours" % DW[R.randint(2, 6)])], "call/utilities: error code and temperature")


def n_balance_spoken():
    neg([(A, "your outstanding balance is %s hundred and %s pounds %s" % (DW[R.randint(1, 9)], n2w(R.randint(1, 99)), n2w(R.randint(1, 99)))),
         (C, "and how long do i have to pay that"), (A, "twenty eight days")], "call/banking: spoken balance and duration")


def n_years():
    neg([(C, "i've lived here since %s and been with you since %d" % (say_year(R.randint(1980, 2015)), R.randint(1995, 2020))),
         (A, "thank you for your loyalty")], "call/insurance: years (not DOB)")


def n_last4():
    neg([(A, "is it the card ending in the last digits shown on screen"), (C, "yes the one i used in %s" % R.choice(MONTHS))],
        "call/retail: card mentioned without any number")


def n_data():
    neg([(C, "I've used %dGB of my %dGB allowance and it's only the %dth" % (R.randint(5, 40), R.choice([50, 100]), R.randint(5, 25))),
         (A, "You can add %dGB for £%d" % (R.choice([5, 10, 20]), R.choice([5, 10, 15])))], "chat/telecom: data quantities and prices")


def n_claim_spoken_pairs():
    n = rd(8)
    neg([(A, "what's the claim number"), (C, "claim number %s" % say_pairs(n))], "call/insurance: claim number said in pairs")


def n_invoice_typed():
    neg([(C, "Invoice INV-%s for $%d.%02d was charged twice on %s %d" % (rd(7), R.randint(20, 900), R.randint(0, 99),
                                                                            R.choice(MONTHS).capitalize(), R.randint(1, 28)))],
        "chat/healthcare billing: invoice reference, amount, date")


def n_speed_distance():
    neg([(C, "i was doing about %s miles an hour on the %s when the other car hit me" % (n2w(R.randint(20, 70)), R.choice(["m62", "a14", "i95"]))),
         (A, "okay and roughly what time was that"), (C, "about quarter past %s" % DW[R.randint(1, 9)])],
        "call/insurance: speed, road name, time")


def n_office_hours():
    neg([(A, "our lines are open %s till %s monday to friday and %s till %s on saturday" % (
        R.choice(["eight", "nine"]), R.choice(["six", "eight"]), R.choice(["nine", "ten"]), R.choice(["one", "four"])))],
        "call/banking: opening hours")


def n_tariff():
    neg([(A, "the unit rate is %s point %s pence per kilowatt hour and the standing charge is %s pence a day" % (
        n2w(R.randint(20, 35)), DW[R.randint(0, 9)], n2w(R.randint(30, 60))))], "call/utilities: tariff prices")


def n_policy_typed():
    neg([(C, "my policy no is POL%s and the excess is £%d" % (rd(8), R.choice([100, 250, 500]))),
         (A, "Thanks, I've found policy POL... ending with those digits.")], "chat/insurance: policy reference and excess")


NEG_TEMPLATES = [(n_misc, 10), (n_money, 8), (n_reference, 14), (n_times, 5), (n_flight, 5), (n_meter, 5), (n_model, 4),
                 (n_dates_nonbirth, 6), (n_typed_dates, 6), (n_age_count, 5), (n_room, 4), (n_temp, 4),
                 (n_balance_spoken, 5), (n_years, 5), (n_last4, 2), (n_data, 4), (n_claim_spoken_pairs, 6),
                 (n_invoice_typed, 5), (n_speed_distance, 4), (n_office_hours, 2), (n_tariff, 3), (n_policy_typed, 4)]


def generate():
    for f, n in POS_TEMPLATES:
        for _ in range(n):
            f()
    for f, n in NEG_TEMPLATES:
        for _ in range(n):
            f()
    R.shuffle(POS)
    R.shuffle(NEG)
    cases = []
    for i, c in enumerate(POS):
        c["id"] = "h15-pos-%03d" % (i + 1)
        cases.append(c)
    for i, c in enumerate(NEG):
        c["id"] = "h15-neg-%03d" % (i + 1)
        cases.append(c)
    return cases


def dump(c):
    return json.dumps({"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]},
                      ensure_ascii=False)


# ================================================================ validation
UNITW = {w: i for i, w in enumerate(DW)}
UNITW.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i * 10 for i, w in enumerate(TENS) if w}
LETTERW = {v: k for k, v in NATO.items()}
LETTERW.update({v: k for k, v in HOMO.items() if " " not in v})
FILLERS = {"um", "uh", "er", "erm", "and", "sorry", "no", "plus", "dash", "hyphen"}


def spoken_tokens(text):
    """Normalise a spoken/typed value into a list of characters (digits and letters)."""
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("o", "oh") and nxt in ("for", "as"):
            out.append("o"); i += 1; continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nxt == "you":
                out.append("w"); i += 2; continue
            sub = spoken_tokens(nxt)
            out.extend(sub * k); i += 2; continue
        if t.isdigit():
            out.append(t)
        elif t in TENW:
            if nxt in UNITW and UNITW[nxt] > 0 and nxt not in ("o", "oh"):
                out.extend(str(TENW[t] + UNITW[nxt])); i += 2; continue
            out.extend(str(TENW[t]))
        elif t in TEENW:
            out.extend(str(TEENW[t]))
        elif t in UNITW:
            if nxt == "hundred":
                v = UNITW[t] * 100
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = 0
                if j < len(toks) and toks[j] in TENW:
                    rest = TENW[toks[j]]; j += 1
                    if j < len(toks) and toks[j] in UNITW and UNITW[toks[j]] > 0:
                        rest += UNITW[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in TEENW:
                    rest = TEENW[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in UNITW:
                    rest = UNITW[toks[j]]; j += 1
                out.extend(str(v + rest)); i = j; continue
            out.append(str(UNITW[t]))
        elif t in ("for", "fore") and nxt not in LETTERW:
            out.append("4")
        elif t in ("to", "too"):
            out.append("2")
        elif t == "won":
            out.append("1")
        elif t in ("for", "as") and out and out[-1].isalpha():
            # "b for bravo" / "b as in bravo": skip the spelling word(s)
            i += 3 if t == "as" else 2
            continue
        elif t in LETTERW:
            out.append(LETTERW[t])
        elif len(t) <= 2 and t not in FILLERS:
            out.extend(t)
        elif t in FILLERS:
            pass
        else:
            out.append("?" + t)
        i += 1
    return out


def compact(text):
    return re.sub(r"[^A-Za-z0-9]", "", text).upper()


def norm_value(typ, text):
    """Return normalised alnum string for a labelled value (typed or spoken)."""
    if re.search(r"\d", text):
        c = compact(text)
        if typ != "EMAIL":
            return c
    toks = spoken_tokens(text)
    return "".join(toks).upper()


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def check_group(g):
    typ, exp, texts = g["type"], g["expect"], g["texts"]
    full = " ".join(texts)
    probs = []
    if typ in ("CARD_NUMBER", "SSN", "SORT_CODE", "BANK_ACCOUNT", "CVV", "PHONE", "NI_NUMBER", "IBAN", "POSTCODE"):
        parts = [norm_value(typ, t) for t in texts]
        val = "".join(parts)
        if typ == "PHONE" and val.startswith("44") and exp.startswith("0"):
            val = "0" + val[2:]
        if typ == "PHONE" and val.startswith("353") and exp.startswith("0"):
            val = "0" + val[3:]
        if typ == "PHONE" and val.startswith("1") and len(val) == 11:
            val = val[1:]
        if typ == "PHONE" and val.startswith("440"):
            val = val[2:]
        if g["corr"]:
            ok = val.endswith(exp[4:]) and val.startswith(exp[:4])
        else:
            ok = val == exp.upper()
        if not ok:
            probs.append("%s parsed %r != expected %r from %r" % (typ, val, exp, full))
    if typ == "CARD_NUMBER" and not (13 <= len(exp) <= 19 and luhn_ok(exp)):
        probs.append("bad card %s" % exp)
    if typ == "SSN" and not (len(exp) == 9 and exp.isdigit() and exp[:3] not in ("000", "666") and exp[3:5] != "00" and exp[5:] != "0000"):
        probs.append("bad ssn %s" % exp)
    if typ == "NI_NUMBER" and not NI_RE.match(exp):
        probs.append("bad NI %s" % exp)
    if typ == "IBAN" and not iban_ok(exp):
        probs.append("bad iban %s" % exp)
    if typ == "SORT_CODE" and not (len(exp) == 6 and exp.isdigit()):
        probs.append("bad sort code")
    if typ == "CVV" and not (len(exp) in (3, 4) and exp.isdigit()):
        probs.append("bad cvv")
    if typ == "BANK_ACCOUNT" and not (6 <= len(exp) <= 17 and exp.isdigit()):
        probs.append("bad account")
    if typ == "PHONE" and not (9 <= len(exp) <= 13 and exp.isdigit()):
        probs.append("bad phone")
    if typ == "POSTCODE" and not (UK_PC_RE.match(exp) or re.match(r"^\d{5}$", exp)):
        probs.append("bad postcode %s" % exp)
    if typ == "EMAIL":
        t = full.lower()
        if not ("@" in t or re.search(r"\bat\b", t) or len(texts) > 1) or not ("." in t or "dot" in t):
            probs.append("bad email text %r" % full)
        if not re.match(r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$", exp):
            probs.append("bad email %s" % exp)
    if typ == "DOB":
        day, mon, yr = exp
        if not (1 <= day <= 31 and 1 <= mon <= 12 and 1900 < yr < 2010):
            probs.append("bad dob")
        if not (re.search(r"\d", full) or any(m in full.lower().split() for m in MONTHS + DW + TEENS + ["oh", "o", "nought"])):
            probs.append("dob text lacks date %r" % full)
    if typ == "EXPIRY":
        m, y = exp
        if not (1 <= m <= 12):
            probs.append("bad expiry")
        if not (re.search(r"\d", full) or any(w in full.lower() for w in DW + TENS[2:] + TEENS + MONTHS)):
            probs.append("expiry text odd %r" % full)
    if typ == "ADDRESS":
        if not (re.search(r"\d", full) or any(w in full.lower().split() for w in DW + TENS[2:] + TEENS)):
            probs.append("address lacks number %r" % full)
        if not re.search(r"(?i)\b(road|street|st|lane|avenue|ave|grove|close|drive|crescent|terrace|way|boulevard|court|park)\b", full):
            probs.append("address lacks street word %r" % full)
    return probs


def check(cases, text_on_disk, text_new):
    probs = []
    if text_on_disk != text_new:
        probs.append("fixture on disk differs from regenerated output (run without --check)")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        probs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    for c in cases:
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            probs.append("%s negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            probs.append("%s positive without spans" % cid)
        if not c["note"] or "/" not in c["note"]:
            probs.append("%s bad note" % cid)
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                probs.append("%s bad turn" % cid)
        bytturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                probs.append("%s bad type %s" % (cid, s["type"]))
                continue
            counts[s["type"]] += 1
            if not (0 <= s["turn"] < len(c["turns"])):
                probs.append("%s span turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                probs.append("%s span offsets out of range" % cid)
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                probs.append("%s span not on word boundary: %r" % (cid, txt[max(0, st - 3):en + 3]))
            if txt[st].isspace() or txt[en - 1].isspace():
                probs.append("%s span has outer whitespace" % cid)
            bytturn.setdefault(s["turn"], []).append((st, en))
        for sp in bytturn.values():
            sp.sort()
            for a, b in zip(sp, sp[1:]):
                if b[0] < a[1]:
                    probs.append("%s overlapping spans" % cid)
        for g in c.get("_groups", {}).values():
            probs.extend("%s %s" % (cid, p) for p in check_group(g))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        probs.append("only %d positives" % npos)
    if nneg < 100:
        probs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            probs.append("type %s has %d spans < %d" % (t, counts[t], need))
    return probs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout15 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it
was not developed against. Do not add its cases to unit tests, do not adjust patterns
or thresholds while looking at its failures.

## Provenance

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, its documentation or the other held-out sets; the
only material consulted was a three-line example of the JSONL format. Cases are built by
`scripts/make_pii_holdout15.py` from template functions; every value is drawn from
one seeded `random.Random(%d)` and every span offset is computed from the segments
the turn was assembled from (never typed by hand). The output is byte-for-byte
reproducible; `python scripts/make_pii_holdout15.py --check` regenerates it, compares,
and validates offsets, word boundaries, overlaps and each value (Luhn for cards,
mod-97 for IBANs, NI number format, SSN/sort-code/CVV/phone/account digit counts,
postcode shapes) after normalising spoken forms.

## Content

%d positive cases and %d negative cases. Chat cases are typed text (separators,
case, typos); call cases imitate ASR transcripts (lower case, numbers as words,
"oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as "forty one eleven",
"x hundred and y", letters as "b for bravo"/"c as in charlie"/homophones such as "bee",
"queue", "why", values split over turns with agent back-channels, self-corrections,
agent read-backs, filler words inside readings). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government services;
countries: UK, US, Ireland, EU (IBANs from GB, IE, DE, FR, NL, ES, IT).

Negatives contain only look-alikes: money, prices, balances, times, durations, counts,
ages, percentages, temperatures, years, non-birth dates (appointments, payments,
contract starts), order/ticket/claim/invoice/policy references (with their reference
word), flight/room/model numbers, meter readings, speeds, data allowances.
Positive cases may also contain such unlabelled numbers next to the PII.

## Annotation conventions

* A span covers the value only: from the first to the last character of the value
  itself. Lead-ins ("it's", "my card is", "sort code") and trailing words
  ("thanks", "um" after the value) are outside. Separators, filler words ("um",
  "er"), correction words ("no sorry"), "dash" separators and ASR homophones
  ("for" for four, "to"/"too" for two, "won" for one) that fall *inside* a reading
  are inside the span.
* A value split across turns gets one span per turn, each covering that turn's piece;
  agent back-channels are not labelled (including an agent prompt such as "okay at"
  between the two halves of a spoken e-mail). An agent reading a value back is labelled.
* Spoken e-mails: the whole reading including "dot"/"at"/"underscore" and any
  in-line spelling ("jo that's j o"). Spoken NI/postcodes/IBANs: including
  "for bravo"/"as in charlie" spelling words.
* DOB: the whole date expression ("the fourth of july nineteen eighty two",
  "03/07/1979"). EXPIRY: the month/year expression. ADDRESS: house number and street
  (flat/apartment number included when present); town names are not labelled;
  postcodes/ZIP codes are labelled separately as POSTCODE.
* US ZIP codes are POSTCODE. "plus four four" country prefixes are inside PHONE.

## Counts (spans per type)

| type | spans |
|---|---|
%s

Scoring note: a labelled span counts as found when every letter/digit inside it is
covered by some redaction; a negative case fails if anything in it is redacted.
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    text = "".join(dump(c) + "\n" for c in cases)
    probs0, counts, npos, nneg = check(cases, text, text)
    rd_text = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        disk = open(CASES, encoding="utf-8").read() if os.path.exists(CASES) else ""
        rdisk = open(README, encoding="utf-8").read() if os.path.exists(README) else ""
        probs, counts, npos, nneg = check(cases, disk, text)
        if rdisk != rd_text:
            probs.append("README differs from regenerated output")
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in probs:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if probs else "passed", len(probs)))
        sys.exit(1 if probs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd_text)
    print("wrote %d cases (%d positive, %d negative)" % (len(cases), npos, nneg))
    for p in probs0:
        print("WARNING:", p)


if __name__ == "__main__":
    main()

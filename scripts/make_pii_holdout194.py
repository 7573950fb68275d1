#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h194.

Written by an AI helper acting as an independent author who did not see the
redaction code. Standard library only. Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout194.py          # write fixture + README
    python scripts/make_pii_holdout194.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 194241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout194"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
HOMO = {"1": "won", "2": "to", "4": "for", "8": "ate"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu", "F": "foxtrot", "Q": "quebec", "U": "uniform", "V": "victor"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]

# ---------------------------------------------------------------- value makers

def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "maestro19": ("6759", 19)}[kind]
    body = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    dg = lambda k: "".join(str(R.randrange(10)) for _ in range(k))
    lt = lambda k: "".join(R.choice("ABCDEGHKLMNPRSTWY") for _ in range(k))
    bban = {"GB": lambda: lt(4) + dg(14), "IE": lambda: lt(4) + dg(14), "DE": lambda: dg(18),
            "NL": lambda: lt(4) + dg(10), "FR": lambda: dg(23), "ES": lambda: dg(20)}[c]()
    return c + iban_check(c, bban) + bban


def digits(k, first_nonzero=True):
    s = str(R.randrange(1, 10)) if first_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(k - 1))


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukland", "us", "ie", "intl44", "intl1", "intl353"])
    if kind == "ukmob":
        return "07" + digits(9, False)
    if kind == "ukland":
        return R.choice(["0161", "0113", "0121", "0131", "0117", "0141"]) + digits(7, False)
    if kind == "us":
        return str(R.randrange(2, 10)) + digits(2, False) + str(R.randrange(2, 10)) + digits(6, False)
    if kind == "ie":
        return "08" + R.choice("3567") + digits(7, False)
    if kind == "intl44":
        return "+447" + digits(9, False)
    if kind == "intl1":
        return "+1" + str(R.randrange(2, 10)) + digits(9, False)
    return "+3538" + R.choice("3567") + digits(7, False)


PC_LET = "ABCDEFGHJKLMNPRSTUWXY"


def make_uk_pc():
    area = R.choice(["M", "B", "L", "G", "S", "E", "N", "W", "LS", "SW", "NW", "SE", "BS", "CF", "EH", "CR",
                     "KT", "RG", "TN", "PL", "NG", "DE", "HU", "YT", "BT", "DN"])
    out = area + str(R.randrange(1, 10)) + (str(R.randrange(10)) if R.random() < 0.4 else "")
    inw = str(R.randrange(10)) + R.choice("ABDEFGHJLNPRSTUWXYZ") + R.choice("ABDEFGHJLNPRSTUWXYZ")
    return out, inw


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "emma", "raj", "grace", "sean", "kate",
         "dave", "nina", "olu", "marta", "jack", "chloe", "ben", "fatima"]
LAST = ["smith", "patel", "murphy", "jones", "okafor", "walsh", "nguyen", "brown", "kelly", "garcia",
        "taylor", "byrne", "khan", "evans", "novak", "reilly"]
DOMS = [("gmail", "com"), ("hotmail", "co.uk"), ("yahoo", "com"), ("outlook", "com"), ("btinternet", "com"),
        ("eircom", "net"), ("icloud", "com"), ("aol", "com"), ("protonmail", "com"), ("sky", "com")]
STREETS = ["acacia avenue", "mill lane", "church street", "station road", "high street", "park drive",
           "victoria road", "elm grove", "maple court", "kings way", "orchard close", "the crescent road",
           "oak street", "main street", "willow way", "beech hill road", "harbour view", "market square"]
US_STREETS = ["maple street", "oak avenue", "pine boulevard", "sunset drive", "lakeview terrace",
              "cedar lane", "washington avenue", "elm street", "hillcrest road", "riverside drive"]

# ---------------------------------------------------------------- speech

ZERO_WORDS = ["zero", "oh", "o", "nought", "zero", "oh"]


def say_digits(s, zero=None, dbl=0.5, homo=0.0, sep=" "):
    zero = zero or R.choice(ZERO_WORDS)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else DW[int(d)]
        if homo and d in HOMO and R.random() < homo:
            w = HOMO[d]
        if i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < dbl:
            out.append("triple " + w)
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == d and R.random() < dbl:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return sep.join(out)


def say_pair(p, zero=None, final=True):
    zero = zero or R.choice(["oh", "o", "zero"])
    a, b = int(p[0]), int(p[1])
    if not final and a >= 2 and b == 0:
        # a bare "twenty" followed by more digit words would be ambiguous ("twenty seven")
        return DW[a] + " " + zero
    if a == 0:
        return zero + " " + DW[b] if b else "double " + zero
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def say_pairs(s, zero=None, final=True):
    """Pairs where possible; odd tail digit read singly."""
    zero = zero or R.choice(["oh", "o", "zero"])
    parts = [say_pair(s[i:i + 2], zero, final and i + 2 >= len(s)) for i in range(0, len(s) - 1, 2)]
    if len(s) % 2:
        parts.append(zero if s[-1] == "0" else DW[int(s[-1])])
    return " ".join(parts)


def say_mixed(s, zero=None):
    """Groups of 4 read either as pairs or singles (what callers actually do)."""
    zero = zero or R.choice(["oh", "zero", "o"])
    groups = [s[i:i + 4] for i in range(0, len(s), 4)]
    return " ".join(say_pairs(g, zero, k == len(groups) - 1) if R.random() < 0.5 else say_digits(g, zero)
                    for k, g in enumerate(groups))


def say_letter(ch, nato=0.3):
    if R.random() < nato:
        return "%s for %s" % (ch.lower(), NATO[ch])
    return ch.lower()


def say_alnum(s, zero=None, nato=0.3):
    zero = zero or R.choice(["zero", "nought"])
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(zero if ch == "0" else DW[int(ch)])
        else:
            out.append(say_letter(ch, nato))
    return " ".join(out)


def group_chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def card_groups(c):
    if len(c) == 15:
        return group_chunks(c, [4, 6, 5])
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def typed_card(c):
    g = card_groups(c)
    st = R.choice(["sp", "dash", "none", "sp", "dot"])
    return {"sp": " ".join(g), "dash": "-".join(g), "none": c, "dot": ".".join(g)}[st]


def say_year(y, short=False):
    if short:
        return say_pair(str(y)[2:])
    if y >= 2000:
        if y < 2010:
            return "two thousand and " + DW[y % 10] if R.random() < 0.5 else "two thousand " + DW[y % 10]
        return R.choice(["twenty ", "two thousand and "]) + say_pair(str(y)[2:]) if R.random() < 0.5 else "twenty " + say_pair(str(y)[2:])
    return say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def say_dob(d, m, y):
    st = R.choice(["ord_of", "month_ord", "ord_of", "numeric", "short"])
    if st == "ord_of":
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    if st == "month_ord":
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y))
    if st == "short":
        return "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y, True))
    return "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(y))


def typed_dob(d, m, y, us=False):
    st = R.choice(["slash", "dash", "long", "dot"])
    a, b = (m, d) if us else (d, m)
    if st == "slash":
        return "%02d/%02d/%d" % (a, b, y)
    if st == "dash":
        return "%d-%02d-%02d" % (y, m, d)
    if st == "dot":
        return "%d.%d.%d" % (a, b, y)
    return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)


def rand_dob():
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1941, 2005)


def say_expiry(m, y):
    st = R.choice(["pairs", "month", "digits", "pairs"])
    if st == "pairs":
        return say_pair("%02d" % m) + " " + say_pair("%02d" % (y % 100))
    if st == "month":
        return "%s %s" % (MONTHS[m - 1], say_year(y))
    return say_digits("%02d%02d" % (m, y % 100), dbl=0)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%d/%02d" % (m, y % 100)])


def rand_exp():
    return R.randrange(1, 13), R.randrange(2026, 2033)


def say_email(first, last, dom, num=""):
    style = R.choice(["dot", "plain", "under", "initial"])
    local_sp = {"dot": "%s dot %s" % (first, last), "plain": "%s %s" % (first, last),
                "under": "%s underscore %s" % (first, last), "initial": "%s dot %s" % (first[0], last)}[style]
    local_ty = {"dot": "%s.%s" % (first, last), "plain": first + last, "under": first + "_" + last,
                "initial": first[0] + "." + last}[style]
    if num:
        local_sp += " " + say_pairs(num) if len(num) == 2 else " " + say_digits(num)
        local_ty += num
    d0, d1 = dom
    sp = "%s at %s dot %s" % (local_sp, d0, " dot ".join(d1.split(".")))
    return sp, "%s@%s.%s" % (local_ty, d0, d1)


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 100:
        return say_pair("%02d" % n)
    if n < 1000:
        h, r = divmod(n, 100)
        if r == 0:
            return DW[h] + " hundred"
        return DW[h] + " " + (say_pair("%02d" % r) if R.random() < 0.5 else "hundred and " + num_words(r))
    return say_pair(str(n)[:2]) + " " + say_pair(str(n)[2:])


# ---------------------------------------------------------------- case building

class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []
        self.gid = 0

    def new_group(self):
        self.gid += 1
        return "g%d" % self.gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self


def V(text, typ, group=None):
    return (text, typ, group)


def render(case):
    turns, spans, groups = [], [], []
    auto = 1000
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple):
                text, typ, g = s
                if g is None:
                    auto += 1
                    g = "a%d" % auto
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": typ})
                groups.append(g)
                buf += text
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    return turns, spans, groups


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
              "government services"]
BC = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got that", "go ahead", "and the next bit"]
FILL = ["um ", "uh ", "er ", "", "", "so ", "yeah ", "erm "]


def ind():
    return R.choice(INDUSTRIES)


# ---- positive templates. each returns a Case.

def p_card_call_single():
    c = make_card(); i = ind()
    cs = Case("positive", "call/%s: card read digit by digit in one turn" % i)
    lead = R.choice(["yeah it's ", "okay so it's ", "right ", "um ", "the long number is ", "yep "])
    tail = R.choice(["", " and that's it", " did you get that", " sorry it's a bit worn"])
    cs.t("agent", R.choice(["can i take the long card number please", "and the sixteen digits across the front",
                            "go ahead with the card number when you're ready"]))
    cs.t("customer", lead, V(say_digits(c, homo=0.15), "CARD_NUMBER"), tail)
    return cs


def p_card_call_split():
    c = make_card(); i = ind(); cs = Case("positive", "call/%s: card split over several customer turns with back-channels" % i)
    g = cs.new_group()
    cs.t("agent", "okay whenever you're ready with the card number")
    chunks = card_groups(c)
    for k, ch in enumerate(chunks):
        f = R.choice(FILL)
        sp = say_pairs(ch) if R.random() < 0.35 else say_digits(ch)
        cs.t("customer", f, V(sp, "CARD_NUMBER", g), R.choice(["", "", " um", " yeah"]))
        if k < len(chunks) - 1:
            cs.t("agent", R.choice(BC))
    return cs


def p_card_call_correction():
    c = make_card("visa" if R.random() < 0.5 else "mc"); i = ind()
    cs = Case("positive", "call/%s: caller misreads first digits, restarts, then gives full card" % i)
    wrong = c[:3] + str((int(c[3]) + 3) % 10)
    cs.t("agent", "and the card number")
    cs.t("customer", say_digits(wrong, dbl=0) + " no sorry hang on let me start again ",
         V(say_mixed(c), "CARD_NUMBER"))
    cs.t("agent", "thank you and is that a visa or mastercard")
    return cs


def p_card_call_interrupt():
    c = make_card(); i = ind()
    cs = Case("positive", "call/%s: agent interrupts mid reading, caller resumes from where they stopped" % i)
    g = cs.new_group(); cut = R.choice([6, 7, 8, 9, 10])
    cs.t("agent", "can i have the card number please")
    cs.t("customer", "it's ", V(say_digits(c[:cut]), "CARD_NUMBER", g))
    cs.t("agent", "sorry sorry just a second you're breaking up a bit")
    cs.t("customer", "oh okay")
    cs.t("agent", "okay carry on after " + R.choice(["that", "those"]))
    cs.t("customer", R.choice(["so ", "right ", ""]), V(say_digits(c[cut:]), "CARD_NUMBER", g))
    return cs


def p_card_readback():
    c = make_card(); i = ind(); cs = Case("positive", "call/%s: card given then read back in full by the agent" % i)
    cs.t("customer", "okay the card is ", V(say_digits(c, dbl=0.3), "CARD_NUMBER"))
    cs.t("agent", "let me just read that back to you ", V(say_mixed(c), "CARD_NUMBER"), " is that right")
    cs.t("customer", "yes that's it")
    return cs


def p_card_full_call():
    c = make_card(); m, y = rand_exp(); cvv = digits(4 if len(c) == 15 else 3, False); i = ind()
    cs = Case("positive", "call/%s: card, expiry and security code in sequence, with payment amount nearby" % i)
    amt = R.choice(["forty nine ninety nine", "a hundred and twenty pounds", "sixty five euro", "two hundred dollars"])
    cs.t("agent", "so that's %s today what's the card number" % amt)
    cs.t("customer", V(say_digits(c), "CARD_NUMBER"))
    cs.t("agent", "and the expiry")
    cs.t("customer", R.choice(["it's ", "expires ", "", "uh "]), V(say_expiry(m, y), "EXPIRY"))
    cs.t("agent", "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    cs.t("customer", V(say_digits(cvv, dbl=0.3), "CVV"))
    return cs


def p_card_chat():
    c = make_card(); i = ind(); m, y = rand_exp()
    cs = Case("positive", "chat/%s: card and expiry typed together in one message" % i)
    cs.t("agent", "Please type the card details you'd like to use.")
    cs.t("customer", R.choice(["card ", "its ", "Card no: ", "here u go "]), V(typed_card(c), "CARD_NUMBER"),
         R.choice([" exp ", " expiry ", ", exp: ", " valid till "]), V(typed_expiry(m, y), "EXPIRY"))
    return cs


def p_card_chat_cvv():
    c = make_card(); cvv = digits(3, False); i = ind()
    cs = Case("positive", "chat/%s: card then CVV in a separate message, order number nearby" % i)
    cs.t("customer", "pay for order %s with " % digits(8), V(typed_card(c), "CARD_NUMBER"))
    cs.t("agent", "Thanks. And the 3-digit security code on the back?")
    cs.t("customer", R.choice(["", "cvv ", "its "]), V(cvv, "CVV"))
    return cs


def p_cvv_call_homo():
    cvv = digits(3, False); m, y = rand_exp(); i = ind()
    cs = Case("positive", "call/%s: expiry then security code with ASR homophones" % i)
    cs.t("agent", "what's the expiry date on the card")
    cs.t("customer", "uh the end of ", V("%s %s" % (MONTHS[m - 1], say_year(y)), "EXPIRY"))
    cs.t("agent", "and the security number on the back the last three")
    cs.t("customer", "it's ", V(say_digits(cvv, homo=0.6, dbl=0), "CVV"))
    return cs


def p_ssn_call():
    s = make_ssn(); i = ind(); cs = Case("positive", "call/%s: US SSN read in 3-2-4 groups" % i)
    cs.t("agent", R.choice(["can i get your social security number to verify", "and your social please",
                            "i'll just need the social to pull up the account"]))
    a, b, cc = s[:3], s[3:5], s[5:]
    st = R.random()
    if st < 0.4:
        txt = say_digits(a) + " " + say_digits(b) + " " + say_digits(cc)
    elif st < 0.7:
        txt = say_digits(a) + " " + say_pair(b) + " " + say_pairs(cc)
    else:
        txt = num_words(int(a)) + " " + say_digits(b) + " " + say_digits(cc) if a[0] != "0" and a[1:] != "00" else say_digits(s)
    cs.t("customer", R.choice(["sure it's ", "yeah ", "okay ", "um "]), V(txt, "SSN"))
    return cs


def p_ssn_split():
    s = make_ssn(); i = ind(); cs = Case("positive", "call/%s: SSN over three turns, agent echoes each group" % i)
    g = cs.new_group()
    cs.t("agent", "what's the social")
    cs.t("customer", V(say_digits(s[:3]), "SSN", g))
    cs.t("agent", R.choice(["%s okay" % say_digits(s[:3], dbl=0), "mhm"]) if False else R.choice(BC))
    cs.t("customer", V(say_digits(s[3:5]), "SSN", g))
    cs.t("agent", R.choice(BC))
    cs.t("customer", V(say_digits(s[5:]), "SSN", g), R.choice(["", " that's it", " and i'm calling about a bill from march"]))
    return cs


def p_ssn_correction():
    s = make_ssn(); i = ind(); cs = Case("positive", "call/%s: SSN self-corrected, full value restated" % i)
    cs.t("agent", "last thing i need is your social security number")
    w = s[:4] + str((int(s[4]) + 1) % 10)
    cs.t("customer", say_digits(w, dbl=0) + " wait no that's my wife's hold on ")
    cs.t("agent", "no problem take your time")
    cs.t("customer", "okay mine is ", V(say_digits(s), "SSN"))
    return cs


def p_ssn_chat():
    s = make_ssn(); i = ind(); cs = Case("positive", "chat/%s: SSN typed with varied separators" % i)
    t = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    cs.t("agent", "For verification please provide your SSN.")
    cs.t("customer", R.choice(["ssn ", "its ", "SSN: ", "", "my social is "]), V(t, "SSN"),
         R.choice(["", " thanks", ". claim #" + digits(7) + " btw"]))
    return cs


def p_ssn_dob():
    s = make_ssn(); d, m, y = rand_dob(); i = ind()
    cs = Case("positive", "call/%s: date of birth and SSN in one verification turn" % i)
    cs.t("agent", "can you confirm your date of birth and social")
    cs.t("customer", "yeah birthday is ", V(say_dob(d, m, y), "DOB"), " and the social is ", V(say_digits(s), "SSN"))
    return cs


def p_ni_call():
    n = make_ni(); i = ind(); cs = Case("positive", "call/%s: UK NI number spoken with letters and pairs" % i)
    cs.t("agent", R.choice(["can i take your national insurance number", "and your n i number please"]))
    st = R.random()
    if st < 0.35:
        txt = say_alnum(n)
    elif st < 0.7:
        txt = say_letter(n[0]) + " " + say_letter(n[1]) + " " + " ".join(say_pair(n[k:k + 2], "oh") for k in (2, 4, 6)) + " " + say_letter(n[8])
    else:
        txt = say_letter(n[0], 1) + " " + say_letter(n[1], 1) + " " + say_digits(n[2:8], zero="zero") + " " + say_letter(n[8], 0.5)
    cs.t("customer", R.choice(["it's ", "yeah ", "um ", "right it's "]), V(txt, "NI_NUMBER"))
    return cs


def p_ni_split():
    n = make_ni(); i = ind(); cs = Case("positive", "call/%s: NI number split over turns, agent asks for letter clarification" % i)
    g = cs.new_group()
    cs.t("agent", "national insurance number please")
    cs.t("customer", V(say_letter(n[0], 0) + " " + say_letter(n[1], 0), "NI_NUMBER", g))
    cs.t("agent", "sorry was that %s" % R.choice(["m for mike", "n for november", "b for bravo", "p for papa"]))
    cs.t("customer", "no ", V(say_letter(n[1], 1), "NI_NUMBER", "x" + g), " then ", V(say_digits(n[2:5], zero="zero"), "NI_NUMBER", g))
    cs.t("agent", R.choice(BC))
    cs.t("customer", V(say_digits(n[5:8], zero="zero") + " " + say_letter(n[8]), "NI_NUMBER", g))
    return cs


def p_ni_chat():
    n = make_ni(); i = ind(); cs = Case("positive", "chat/%s: NI number typed, case and spacing varied" % i)
    t = R.choice([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                  "%s %s %s" % (n[:2], n[2:8], n[8])])
    cs.t("customer", R.choice(["my NI is ", "ni no. ", "National Insurance: ", "its "]), V(t, "NI_NUMBER"),
         R.choice(["", " - i got a letter ref %s" % digits(8), " thx"]))
    return cs


def p_bank_call():
    acc = digits(8, False); sc = digits(6, False); i = R.choice(["banking", "utilities", "insurance", "government services"])
    cs = Case("positive", "call/%s: UK sort code in pairs then account number, direct debit setup" % i)
    cs.t("agent", "so for the direct debit can i take the sort code first")
    cs.t("customer", V(say_pairs(sc) if R.random() < 0.6 else say_digits(sc), "SORT_CODE"))
    cs.t("agent", "and the account number")
    cs.t("customer", R.choice(["", "um ", "okay "]), V(say_digits(acc) if R.random() < 0.6 else say_mixed(acc), "BANK_ACCOUNT"),
         R.choice(["", " and it comes out on the first", " the payment's about thirty quid a month"]))
    return cs


def p_bank_split():
    acc = digits(8, False); sc = digits(6, False); i = "banking"
    cs = Case("positive", "call/%s: sort code and account split with agent readback of sort code" % i)
    g = cs.new_group()
    cs.t("customer", "sort code is ", V(say_pairs(sc), "SORT_CODE"), " and the account is ", V(say_digits(acc[:4]), "BANK_ACCOUNT", g))
    cs.t("agent", "sorry the sort code again was ", V(say_digits(sc, dbl=0), "SORT_CODE"))
    cs.t("customer", "yes that's right and then the rest of the account ", V(say_digits(acc[4:]), "BANK_ACCOUNT", g))
    return cs


def p_bank_chat():
    acc = digits(R.choice([8, 8, 10, 12]), False); i = ind()
    cs = Case("positive", "chat/%s: account number (and sort code if UK) typed" % i)
    if len(acc) == 8:
        sc = digits(6, False)
        t = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        cs.t("customer", "refund to acct ", V(acc, "BANK_ACCOUNT"), R.choice([" sc ", " sort code ", ", s/c "]), V(t, "SORT_CODE"))
    else:
        cs.t("customer", "routing is fine but my checking account # is ", V(acc, "BANK_ACCOUNT"))
    return cs


def p_iban_call():
    ib = make_iban(); i = ind(); cs = Case("positive", "call/%s: IBAN spelled out in one long turn" % i)
    cs.t("agent", "could you give me the iban for the refund")
    cs.t("customer", "yeah it's ", V(say_alnum(ib, nato=0.2), "IBAN"))
    return cs


def p_iban_split():
    ib = make_iban(); i = ind(); cs = Case("positive", "call/%s: IBAN in blocks of four over several turns" % i)
    g = cs.new_group()
    cs.t("agent", "go ahead with the iban")
    chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
    for k, ch in enumerate(chunks):
        cs.t("customer", V(say_alnum(ch, nato=0.4), "IBAN", g))
        if k < len(chunks) - 1:
            cs.t("agent", R.choice(BC))
    return cs


def p_iban_chat():
    ib = make_iban(); i = ind(); cs = Case("positive", "chat/%s: IBAN typed grouped or plain" % i)
    t = R.choice([ib, " ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib.lower()])
    cs.t("customer", R.choice(["IBAN: ", "pls refund to ", "my iban is "]), V(t, "IBAN"), R.choice(["", " thanks", " (ticket %s)" % digits(6)]))
    return cs


def say_phone(p):
    intl = p.startswith("+")
    body = p[1:] if intl else p
    lead = "plus " if intl and R.random() < 0.7 else ("double oh " if intl else "")
    if intl and lead == "double oh ":
        pass
    st = R.random()
    if st < 0.5:
        rest = say_digits(body, homo=0.1)
    elif st < 0.8:
        rest = say_mixed(body)
    else:
        rest = say_digits(body[:5]) + " " + say_pairs(body[5:])
    return lead + rest


def p_phone_call():
    p = make_phone(); i = ind(); cs = Case("positive", "call/%s: callback phone number spoken" % i)
    cs.t("agent", R.choice(["what's the best number to reach you on", "and a contact number", "can i get a callback number"]))
    cs.t("customer", R.choice(["it's ", "my mobile is ", "um ", "yeah "]), V(say_phone(p), "PHONE"),
         R.choice(["", " after six is best", " that's my mobile", ""]))
    return cs


def p_phone_split():
    p = make_phone(R.choice(["ukmob", "us", "ie"])); i = ind()
    cs = Case("positive", "call/%s: phone number over turns, agent reads back" % i)
    g = cs.new_group(); k = R.choice([3, 4, 5])
    cs.t("customer", "you can call me on ", V(say_digits(p[:k]), "PHONE", g))
    cs.t("agent", R.choice(BC))
    cs.t("customer", V(say_digits(p[k:]), "PHONE", g))
    cs.t("agent", "so that's ", V(say_digits(p, dbl=0), "PHONE"), " yeah")
    cs.t("customer", "yes")
    return cs


def p_phone_chat():
    p = make_phone(); i = ind(); cs = Case("positive", "chat/%s: phone typed with separators" % i)
    if p.startswith("+"):
        cc = "+1" if p.startswith("+1") else ("+353" if p.startswith("+353") else "+44")
        rest = p[len(cc):]
        t = R.choice([p, cc + " " + rest[:3] + " " + rest[3:], cc + " (0)" + rest, cc + "-" + rest[:3] + "-" + rest[3:]])
    elif len(p) == 10 and p[0] != "0":
        t = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    else:
        t = R.choice([p, p[:5] + " " + p[5:], p[:4] + " " + p[4:7] + " " + p[7:]])
    cs.t("customer", R.choice(["call me on ", "my number: ", "tel ", "reach me at "]), V(t, "PHONE"), R.choice(["", " pls", " anytime after 5pm"]))
    return cs


def p_email_call():
    f, l = R.choice(FIRST), R.choice(LAST); sp, _ = say_email(f, l, R.choice(DOMS), R.choice(["", "", digits(2), digits(4, False)]))
    i = ind(); cs = Case("positive", "call/%s: email address spoken ASR-style with dot/at" % i)
    cs.t("agent", "and what email should we send the confirmation to")
    cs.t("customer", R.choice(["it's ", "yeah it's ", "um "]), V(sp, "EMAIL"))
    return cs


def p_email_spelled():
    f, l = R.choice(FIRST), R.choice(LAST); d0, d1 = R.choice(DOMS); i = ind()
    cs = Case("positive", "call/%s: email with surname spelled letter by letter" % i)
    spelled = " ".join(ch for ch in l)
    cs.t("customer", "email is ", V("%s %s at %s dot %s" % (f, spelled, d0, " dot ".join(d1.split("."))), "EMAIL"))
    cs.t("agent", "was that %s" % " ".join(NATO.get(ch.upper(), ch) for ch in l[:2]))
    cs.t("customer", "yeah that's right")
    return cs


def p_email_chat():
    f, l = R.choice(FIRST), R.choice(LAST); _, ty = say_email(f, l, R.choice(DOMS), R.choice(["", digits(2)]))
    if R.random() < 0.3:
        ty = ty.upper()
    i = ind(); cs = Case("positive", "chat/%s: email typed mid sentence" % i)
    cs.t("customer", "can u send the invoice to ", V(ty, "EMAIL"), R.choice(["", " instead", " not the old one"]))
    return cs


def say_address_uk():
    n = R.randrange(1, 240); st = R.choice(STREETS)
    return (num_words(n) if R.random() < 0.7 else say_digits(str(n))) + " " + st


def p_address_call():
    out, inw = make_uk_pc(); i = ind(); cs = Case("positive", "call/%s: UK address with spoken postcode" % i)
    cs.t("agent", "can you confirm the first line of the address and the postcode")
    pc_sp = say_alnum(out, nato=0.3) + " " + say_alnum(inw, nato=0.3)
    cs.t("customer", "yeah it's ", V(say_address_uk(), "ADDRESS"), " and the postcode is ", V(pc_sp, "POSTCODE"))
    return cs


def p_address_split():
    out, inw = make_uk_pc(); i = ind(); cs = Case("positive", "call/%s: postcode split outward/inward over turns" % i)
    g = cs.new_group()
    cs.t("agent", "postcode please")
    cs.t("customer", V(say_alnum(out, nato=0.5), "POSTCODE", g))
    cs.t("agent", R.choice(BC))
    cs.t("customer", V(say_alnum(inw, nato=0.5), "POSTCODE", g))
    cs.t("agent", "and the house number and street")
    cs.t("customer", V(say_address_uk(), "ADDRESS"))
    return cs


def p_address_us():
    z = digits(5, False); n = R.randrange(10, 9999); st = R.choice(US_STREETS); i = ind()
    cs = Case("positive", "call/%s: US street address and ZIP spoken" % i)
    cs.t("agent", "what's the billing address on file")
    num = num_words(n) if n < 1000 or R.random() < 0.5 else say_digits(str(n))
    cs.t("customer", V(num + " " + st, "ADDRESS"), " apartment %s and the zip is " % DW[R.randrange(1, 10)], V(say_digits(z), "POSTCODE"))
    return cs


def p_address_chat():
    i = ind(); cs = Case("positive", "chat/%s: address and postcode typed" % i)
    if R.random() < 0.5:
        out, inw = make_uk_pc()
        pc = R.choice([out + " " + inw, (out + inw).lower(), out + " " + inw.lower()])
        n = R.randrange(1, 300); st = R.choice(STREETS).title()
        cs.t("customer", "new address is ", V("%d %s" % (n, st), "ADDRESS"), R.choice([", Leeds, ", " ", ", "]), V(pc, "POSTCODE"))
    else:
        z = "7" + digits(4, False) + (("-" + digits(4, False)) if R.random() < 0.4 else "")
        cs.t("customer", "ship to ", V("%d %s" % (R.randrange(10, 9999), R.choice(US_STREETS).title()), "ADDRESS"), ", Austin TX ", V(z, "POSTCODE"))
    return cs


def p_dob_call():
    d, m, y = rand_dob(); i = ind(); cs = Case("positive", "call/%s: date of birth spoken for verification" % i)
    cs.t("agent", R.choice(["and your date of birth please", "can you confirm your d o b", "what's the date of birth on the policy"]))
    cs.t("customer", R.choice(["it's ", "", "uh ", "yeah "]), V(say_dob(d, m, y), "DOB"))
    return cs


def p_dob_correction():
    d, m, y = rand_dob(); i = ind(); cs = Case("positive", "call/%s: DOB with year self-corrected across turns" % i)
    g = cs.new_group()
    cs.t("agent", "date of birth")
    cs.t("customer", V("%s of %s" % (ORD[d - 1], MONTHS[m - 1]), "DOB", g), " nineteen um")
    cs.t("agent", "take your time")
    cs.t("customer", "sorry ", V(say_year(y), "DOB", g), " i always forget with the baby crying")
    return cs


def p_dob_chat():
    d, m, y = rand_dob(); i = ind(); cs = Case("positive", "chat/%s: DOB typed" % i)
    cs.t("agent", "Can you confirm your date of birth?")
    cs.t("customer", R.choice(["", "dob ", "born "]), V(typed_dob(d, m, y, us=R.random() < 0.3), "DOB"))
    return cs


def p_mixed_verify():
    n = make_ni(); d, m, y = rand_dob(); out, inw = make_uk_pc(); i = R.choice(["government services", "insurance", "banking"])
    cs = Case("positive", "call/%s: NI number, DOB and postcode in one verification exchange" % i)
    cs.t("agent", "for security can i have your national insurance number date of birth and postcode")
    cs.t("customer", "okay n i is ", V(say_alnum(n, nato=0.2), "NI_NUMBER"))
    cs.t("agent", "mhm")
    cs.t("customer", "born ", V(say_dob(d, m, y), "DOB"), " and the postcode's ", V(say_alnum(out, nato=0.2) + " " + say_alnum(inw, nato=0.2), "POSTCODE"))
    return cs


def p_card_chat_typo():
    c = make_card(); i = ind(); cs = Case("positive", "chat/%s: card typed across two messages" % i)
    g = cs.new_group(); gs = card_groups(c); k = len(gs) // 2
    cs.t("customer", "card is ", V(" ".join(gs[:k]), "CARD_NUMBER", g))
    cs.t("customer", V(" ".join(gs[k:]), "CARD_NUMBER", g), " sorry hit enter too soon")
    return cs


def p_ni_readback():
    n = make_ni(); i = ind(); cs = Case("positive", "call/%s: NI number given then agent reads it back" % i)
    cs.t("customer", "my national insurance is ", V(say_alnum(n, nato=0), "NI_NUMBER"))
    cs.t("agent", "lovely so ", V(say_alnum(n, nato=1), "NI_NUMBER"), " yeah")
    cs.t("customer", "that's it")
    return cs


def p_ssn_readback():
    s = make_ssn(); i = ind(); cs = Case("positive", "call/%s: SSN with agent readback of full number" % i)
    cs.t("customer", "okay the social is ", V(say_digits(s), "SSN"))
    cs.t("agent", "i have ", V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"), " correct")
    cs.t("customer", "correct")
    return cs


def p_card_chitchat():
    c = make_card("visa" if R.random() < 0.5 else "mc"); i = ind()
    cs = Case("positive", "call/%s: card read in one turn with chit-chat between the groups" % i)
    g = cs.new_group(); gs = card_groups(c)
    cs.t("agent", "okay and the card number please")
    cs.t("customer", V(say_digits(gs[0]), "CARD_NUMBER", g), " hang on i need my glasses um ", V(say_digits(gs[1]), "CARD_NUMBER", g),
         " sorry the dog's going mad ", V(say_digits(gs[2]) + " " + say_digits(gs[3]), "CARD_NUMBER", g))
    cs.t("agent", "no worries thank you")
    return cs


def p_phone_email():
    p = make_phone(R.choice(["ukmob", "ie", "us"])); f, l = R.choice(FIRST), R.choice(LAST)
    sp, _ = say_email(f, l, R.choice(DOMS)); i = ind()
    cs = Case("positive", "call/%s: phone and email given together in one turn" % i)
    cs.t("agent", "can i update your contact details")
    cs.t("customer", "yeah the mobile's ", V(say_digits(p), "PHONE"), " and the email is ", V(sp, "EMAIL"))
    return cs


def p_ssn_interrupt():
    s = make_ssn(); i = ind()
    cs = Case("positive", "call/%s: agent interrupts SSN reading to say it is recorded line, caller restarts" % i)
    cs.t("agent", "i'll need your social")
    cs.t("customer", say_digits(s[:3]))
    cs.t("agent", "sorry before you go on just to let you know this part of the call isn't recorded okay go ahead")
    cs.t("customer", "okay from the start ", V(say_digits(s[:3], dbl=0) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), "SSN"))
    return cs


POS = [(p_card_chitchat, 4), (p_phone_email, 5), (p_ssn_interrupt, 3), (p_card_call_single, 10), (p_card_call_split, 8), (p_card_call_correction, 5), (p_card_call_interrupt, 5),
       (p_card_readback, 4), (p_card_full_call, 10), (p_card_chat, 6), (p_card_chat_cvv, 5), (p_cvv_call_homo, 5),
       (p_card_chat_typo, 3),
       (p_ssn_call, 8), (p_ssn_split, 5), (p_ssn_correction, 4), (p_ssn_chat, 6), (p_ssn_dob, 4), (p_ssn_readback, 3),
       (p_ni_call, 9), (p_ni_split, 5), (p_ni_chat, 6), (p_mixed_verify, 6), (p_ni_readback, 3),
       (p_bank_call, 7), (p_bank_split, 4), (p_bank_chat, 5),
       (p_iban_call, 5), (p_iban_split, 4), (p_iban_chat, 5),
       (p_phone_call, 8), (p_phone_split, 4), (p_phone_chat, 5),
       (p_email_call, 7), (p_email_spelled, 4), (p_email_chat, 5),
       (p_address_call, 6), (p_address_split, 4), (p_address_us, 4), (p_address_chat, 5),
       (p_dob_call, 6), (p_dob_correction, 3), (p_dob_chat, 4)]

# ---- negatives

def n_money():
    a = R.randrange(20, 999); i = ind(); cs = Case("negative", "call/%s: money amounts and balance spoken" % i)
    cs.t("agent", "your balance is %s pounds %s" % (num_words(a), num_words(R.randrange(1, 99))))
    cs.t("customer", "and the next payment is %s on the %s" % (num_words(R.randrange(20, 400)), ORD[R.randrange(28)]))
    return cs


def n_ref_call():
    ref = digits(R.choice([6, 7, 8, 9, 10]), False); i = ind()
    w = R.choice(["order number", "reference number", "ticket number", "claim number", "case number", "invoice number"])
    cs = Case("negative", "call/%s: %s read digit by digit" % (i, w))
    cs.t("agent", "have you got the %s there" % w)
    cs.t("customer", "yeah the %s is %s" % (w, say_digits(ref)))
    return cs


def n_ref_chat():
    ref = digits(R.choice([6, 8, 10]), False); i = ind()
    w = R.choice(["Order #", "Ref: ", "ticket no ", "claim ", "INV-", "booking ref "])
    cs = Case("negative", "chat/%s: typed reference number with its label" % i)
    cs.t("customer", "hi still waiting on %s%s placed %d days ago, paid £%d.%02d" % (w, ref, R.randrange(2, 30), R.randrange(5, 900), R.randrange(100)))
    return cs


def n_appt():
    i = R.choice(["healthcare billing", "utilities", "telecom", "government services"]); m = R.randrange(12)
    cs = Case("negative", "call/%s: appointment date and time, not a birth date" % i)
    cs.t("agent", "i can book the engineer for the %s of %s between %s and %s" % (ORD[R.randrange(28)], MONTHS[m], DW[R.randrange(7, 10)], R.choice(["twelve", "one", "two"])))
    cs.t("customer", "the %s of %s is fine i'm off that week" % (ORD[R.randrange(28)], MONTHS[m]))
    return cs


def n_flight():
    i = "travel"; cs = Case("negative", "call/travel: flight number, seat, departure time and gate")
    fn = R.choice(["e i", "b a", "f r", "u a", "d l"]) + " " + num_words(R.randrange(100, 999))
    cs.t("customer", "i'm on flight %s leaving at %s %s from gate %s" % (fn, DW[R.randrange(1, 10)], say_pair("%02d" % R.randrange(10, 60)), num_words(R.randrange(1, 60))))
    cs.t("agent", "okay seat %s %s and the return is on the %s" % (num_words(R.randrange(1, 40)), R.choice("abcdef"), ORD[R.randrange(28)]))
    return cs


def n_meter():
    i = "utilities"; cs = Case("negative", "call/utilities: meter reading digit by digit with the word reading")
    r = digits(5, False)
    cs.t("agent", "can you read me the numbers on the meter")
    cs.t("customer", "the reading is %s and the night one is %s" % (say_digits(r), say_digits(digits(5, False))))
    return cs


def n_quantities():
    i = ind(); cs = Case("negative", "call/%s: durations, counts, percentages, speeds" % i)
    cs.t("customer", "i've been on hold %s minutes and this is the %s time i've called in %s days" % (num_words(R.randrange(10, 90)), ORD[R.randrange(2, 6)], num_words(R.randrange(3, 20))))
    cs.t("agent", "i'm sorry about that the broadband should be %s megs and you're getting %s percent of that" % (num_words(R.randrange(30, 900)), num_words(R.randrange(10, 90))))
    return cs


def n_years():
    i = ind(); cs = Case("negative", "call/%s: years, contract start dates, ages" % i)
    cs.t("customer", "i've been a customer since %s and my contract started on the %s of %s %s" % (say_year(R.randrange(1995, 2024)), ORD[R.randrange(28)], R.choice(MONTHS), say_year(R.randrange(2019, 2026))))
    cs.t("agent", "and is the policy for your son how old is he now")
    cs.t("customer", "he's %s" % num_words(R.randrange(4, 30)))
    return cs


def n_model():
    i = R.choice(["retail", "telecom"]); cs = Case("negative", "chat/%s: model numbers, prices, quantities" % i)
    cs.t("customer", "does the %s come in %dGB? it was $%d.99 last week and I want %d of them" % (R.choice(["XR-%d" % R.randrange(100, 999), "model %d" % R.randrange(1000, 9999), "SM-A%d" % R.randrange(100, 999)]), R.choice([64, 128, 256, 512]), R.randrange(99, 1500), R.randrange(2, 6)))
    cs.t("agent", "Yes, it's in stock at %d%% off until %d/%d." % (R.randrange(5, 50), R.randrange(1, 28), R.randrange(1, 13)))
    return cs


def n_room():
    i = "travel"; cs = Case("negative", "call/travel: hotel room number, nights, price per night, temperature")
    cs.t("customer", "we're in room %s for %s nights at %s euro a night and the heating's stuck at %s degrees" % (num_words(R.randrange(100, 999)), num_words(R.randrange(2, 14)), num_words(R.randrange(60, 300)), num_words(R.randrange(14, 30))))
    cs.t("agent", "i'll send maintenance to room %s right away" % DW[R.randrange(1, 10)])
    return cs


def n_payment_date():
    i = ind(); cs = Case("negative", "chat/%s: payment date and amount in numeric date form" % i)
    cs.t("customer", "I paid %d.%02d on %02d/%02d/%d but it still shows overdue" % (R.randrange(10, 500), R.randrange(100), R.randrange(1, 29), R.randrange(1, 13), R.randrange(2023, 2027)))
    cs.t("agent", "I can see a payment of £%d.%02d received %d %s, it takes up to 3 working days." % (R.randrange(10, 500), R.randrange(100), R.randrange(1, 29), R.choice(MONTHS).capitalize()))
    return cs


def n_last4():
    i = ind(); cs = Case("negative", "call/%s: call times, durations and a plan price with reference word" % i)
    cs.t("agent", "your plan is %s a month and your renewal is on the %s" % (num_words(R.randrange(10, 80)), ORD[R.randrange(28)]))
    cs.t("customer", "okay and can you call me back at %s %s tomorrow i'm in work until then" % (R.choice(["half", "quarter past", "quarter to"]), DW[R.randrange(1, 10)]))
    return cs


def n_order_spoken_pairs():
    i = R.choice(["retail", "telecom", "insurance"]); ref = digits(8, False)
    cs = Case("negative", "call/%s: claim/order number spoken in pairs with backchannel" % i)
    cs.t("agent", "do you have the claim reference")
    cs.t("customer", "yeah it's c l %s" % say_pairs(ref[:4]))
    cs.t("agent", "mhm")
    cs.t("customer", "%s" % say_pairs(ref[4:]))
    return cs


NEG = [(n_money, 11), (n_ref_call, 12), (n_ref_chat, 10), (n_appt, 9), (n_flight, 7), (n_meter, 7), (n_quantities, 9),
       (n_years, 9), (n_model, 8), (n_room, 6), (n_payment_date, 8), (n_last4, 7), (n_order_spoken_pairs, 5)]

# ---------------------------------------------------------------- normalise + validate

UNITS = {w: i for i, w in enumerate(DW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "won": 1, "to": 2, "too": 2, "for": 4, "ate": 8})
TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {v: k for k, v in TENS.items()}
NATO_R = {v: k for k, v in NATO.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "and", "then", "yeah", "sorry", "dash", "space", "plus"}


def normalise(text):
    """Spoken/typed value -> compact string of digits and capital letters. Raises ValueError."""
    toks = re.findall(r"x-ray|[a-z]+|\d", text.lower().replace("-", " ").replace("x ray", "x-ray"))
    toks = [t for t in re.findall(r"x-ray|[a-z]+|\d", text.lower()) ]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_R:
            if NATO_R[toks[i + 2]] != t.upper():
                raise ValueError("letter/nato mismatch %r" % text)
            out.append(t.upper()); i += 3; continue
        if t in FILLERS:
            i += 1; continue
        if t in ("double", "triple"):
            if nxt not in UNITS:
                raise ValueError("bad %s in %r" % (t, text))
            out.append(str(UNITS[nxt]) * (2 if t == "double" else 3)); i += 2; continue
        if t in TENW:
            if nxt in UNITS and UNITS[nxt] > 0 and nxt not in ("to", "for", "won", "too", "ate", "o", "oh"):
                out.append(str(TENW[t] * 10 + UNITS[nxt])); i += 2; continue
            out.append(str(TENW[t] * 10)); i += 1; continue
        if t in TEEN:
            out.append(str(TEEN[t])); i += 1; continue
        if t in UNITS:
            out.append(str(UNITS[t])); i += 1; continue
        if t == "hundred":
            if nxt == "and":
                i += 2
                rest = []
                # "two hundred and five": pad the remainder to two digits
                j = i
                sub = []
                while j < len(toks) and (toks[j] in UNITS or toks[j] in TEEN or toks[j] in TENW):
                    sub.append(toks[j]); j += 1
                r = normalise(" ".join(sub)) if sub else ""
                out.append(r.zfill(2)); i = j; continue
            # "two hundred" alone or followed by a pair
            if nxt is None or not (nxt in TEEN or nxt in TENW or nxt in UNITS):
                out.append("00")
            i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in NATO_R:
            out.append(NATO_R[t]); i += 1; continue
        if len(t) == 1 or (t.isalpha() and len(t) <= 4):
            # typed letter runs such as "GB" / "smde" / "wg"
            out.extend(t.upper()); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate(typ, texts):
    joined = " ".join(texts)
    if typ == "EMAIL":
        s = joined.lower()
        s = re.sub(r"\s*\bat\b\s*", "@", s) if "@" not in s else s
        s = re.sub(r"\s*\bdot\b\s*", ".", s)
        s = re.sub(r"\s*\bunderscore\b\s*", "_", s)
        local, _, dom = s.partition("@")
        if not dom or "." not in dom or not local:
            return "bad email %r" % joined
        return None
    if typ == "ADDRESS":
        words = joined.lower().split()
        if not (words[0].isdigit() or words[0] in ("double", "triple") or words[0] in UNITS or words[0] in TEEN or words[0] in TENW):
            return "address without number %r" % joined
        return None
    if typ == "DOB":
        s = joined.lower()
        if any(mn in s for mn in MONTHS) or re.search(r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}", s):
            return None
        try:
            v = normalise(s)
        except ValueError as e:
            return str(e)
        return None if len(v) == 8 and 1 <= int(v[:2]) <= 31 and 1 <= int(v[2:4]) <= 12 else "bad dob %r" % joined
    if typ == "EXPIRY":
        s = joined.lower()
        if any(mn in s for mn in MONTHS):
            return None
        try:
            v = normalise(s)
        except ValueError as e:
            return str(e)
        if len(v) in (4, 6) and 1 <= int(v[:2]) <= 12:
            return None
        if len(v) in (3, 5) and 1 <= int(v[:1]) <= 9:
            return None
        return "bad expiry %r" % joined
    try:
        # each turn's piece is normalised on its own: the pause between turns separates words
        v = "".join(normalise(t) for t in texts)
    except ValueError as e:
        return str(e)
    if typ == "CARD_NUMBER":
        return None if v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v) else "bad card %r -> %s" % (joined, v)
    if typ == "CVV":
        return None if v.isdigit() and len(v) in (3, 4) else "bad cvv %r" % joined
    if typ == "SSN":
        return None if v.isdigit() and len(v) == 9 else "bad ssn %r -> %s" % (joined, v)
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(v) else "bad ni %r -> %s" % (joined, v)
    if typ == "SORT_CODE":
        return None if v.isdigit() and len(v) == 6 else "bad sort code %r -> %s" % (joined, v)
    if typ == "BANK_ACCOUNT":
        return None if v.isdigit() and 6 <= len(v) <= 12 else "bad account %r -> %s" % (joined, v)
    if typ == "IBAN":
        return None if iban_valid(v) else "bad iban %r -> %s" % (joined, v)
    if typ == "PHONE":
        return None if v.isdigit() and 10 <= len(v) <= 13 else "bad phone %r -> %s" % (joined, v)
    if typ == "POSTCODE":
        if v.isdigit() and len(v) in (5, 9):
            return None
        return None if UKPC_RE.fullmatch(v) else "bad postcode %r -> %s" % (joined, v)
    return "unknown type %s" % typ


# ---------------------------------------------------------------- generate

def generate():
    records, groups_all = [], []
    pos = []
    for fn, k in POS:
        for _ in range(k):
            pos.append(fn())
    neg = []
    for fn, k in NEG:
        for _ in range(k):
            neg.append(fn())
    for prefix, lst in (("pos", pos), ("neg", neg)):
        for n, cs in enumerate(lst, 1):
            turns, spans, groups = render(cs)
            rid = "h194-%s-%03d" % (prefix, n)
            records.append({"id": rid, "kind": cs.kind, "turns": turns, "spans": spans, "note": cs.note})
            groups_all.append(groups)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    return records, groups_all, text


def counts(records):
    c = Counter(s["type"] for r in records for s in r["spans"])
    kinds = Counter(r["kind"] for r in records)
    return c, kinds


def readme(records):
    c, kinds = counts(records)
    calls = sum(1 for r in records if r["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h194

**Never use this set for tuning.** It is a held-out evaluation set; do not look at its
failures to adjust patterns, thresholds or models.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or any other PII fixture; only a three-line example of
the JSONL format. All cases are generated by `scripts/make_pii_holdout194.py` from template
functions: each turn is built from plain-text segments and (value, TYPE) segments, so span
offsets are computed, never typed. All values come from one `random.Random(%d)`; the
output is byte-for-byte reproducible. `--check` regenerates and compares, and validates
every labelled value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts, postcode shapes).

About three quarters of cases are phone calls written as a speech recogniser would (lower case,
numbers as words, "oh"/"o"/"nought" for zero, "double"/"triple", pairs such as "forty one",
ASR homophones "for"/"to"/"won"/"ate" for digits, NATO spellings "b for bravo", values split
across turns with back-channels, self-corrections, agent interruptions and read-backs); the
rest are typed chats with varied separators and case.

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit word, including
  connective words inside the reading ("double", "triple", "for bravo", "dot", "at",
  "underscore", and fillers such as "um" if they fall inside). Lead-ins ("it's", "my number
  is") and trailing chit-chat are outside.
* A value split across turns gets one span per turn; each piece is labelled with the full
  value's type.
* An agent read-back of a value is labelled too (it is the same PII).
* Aborted partial readings that the caller abandons ("four nine two no sorry ...") are not
  labelled; only the complete restated value is. Redacting them is not penalised in
  positives.
* DOB includes the whole date phrase (e.g. "the third of may nineteen eighty"). EXPIRY is the
  month/year phrase. ADDRESS is house number + street name (no town, no postcode); the
  postcode/ZIP is a separate POSTCODE span. EMAIL covers the whole spoken or typed address.
* PHONE includes a leading "plus"/"+" for international numbers.
* Negatives contain no PII at all: money, balances, times, durations, counts, years,
  appointment/payment/contract dates, reference/order/claim/ticket/invoice numbers said with
  their label, flight and room numbers, model numbers, meter readings, percentages, ages,
  temperatures.

## Counts

Positives: %d, negatives: %d, phone-call cases: %d of %d.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], calls, len(records), rows)


def check(records, groups_all, text):
    problems = []
    if CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if README.read_text(encoding="utf-8") != readme(records):
        problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r, groups in zip(records, groups_all):
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % r["id"])
        bygroup = {}
        for s, g in zip(r["spans"], groups):
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % r["id"])
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append("%s: bad turn" % r["id"]); continue
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append("%s: offsets out of range" % r["id"]); continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (r["id"], tx[a:b]))
            if not (tx[a].isalnum() and tx[b - 1].isalnum()) and not tx[a] == "+":
                problems.append("%s: span has edge punctuation/space %r" % (r["id"], tx[a:b]))
            bygroup.setdefault((g, s["type"]), []).append(tx[a:b])
        sp = sorted((s["turn"], s["start"], s["end"]) for s in r["spans"])
        for x, y in zip(sp, sp[1:]):
            if x[0] == y[0] and y[1] < x[2]:
                problems.append("%s: overlapping spans" % r["id"])
        for (g, typ), texts in bygroup.items():
            if g.startswith("x"):
                # a clarification/repeat of part of a value: must normalise, not a full value
                try:
                    err = None if normalise(" ".join(texts)) else "empty clarification"
                except ValueError as e:
                    err = str(e)
            else:
                err = validate(typ, texts)
            if err:
                problems.append("%s: %s" % (r["id"], err))
    c, kinds = counts(records)
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append("too few cases %s" % dict(kinds))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, c[t], need))
    return problems


def main():
    records, groups_all, text = generate()
    c, kinds = counts(records)
    if "--check" in sys.argv:
        problems = check(records, groups_all, text)
        for p in problems:
            print("PROBLEM:", p)
        print("cases: %d (positive %d, negative %d), phone-call cases %d" % (len(records), kinds["positive"], kinds["negative"],
              sum(1 for r in records if r["note"].startswith("call/"))))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        print("check: %s" % ("FAILED (%d problems)" % len(problems) if problems else "OK"))
        sys.exit(1 if problems else 0)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(records), encoding="utf-8")
    print("wrote %d cases to %s" % (len(records), CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set tests/fixtures/pii_holdout101.

Written by an independent AI helper that did not see the redaction code.
Standard library only. Deterministic: one random.Random(101311123).

    python scripts/make_pii_holdout101.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout101.py --check  # regenerate, verify, print summary
"""
import json
import os
import random
import re
import sys

SEED = 101311123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout101")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PREFIX = "h101"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "erm"]


def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "zero", "nought", "o"])
    return R.choice(["oh", "zero", "o", "oh"])


def dword(d, uk=False):
    return zero_word(uk) if d == "0" else UNIT[int(d)]


def say_digits(s, uk=False, doubles=True):
    """digit by digit; runs may become 'double'/'triple'."""
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + dword(s[i], uk)); i = j; continue
        if doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + dword(s[i], uk)); i += 2; continue
        out.append(dword(s[i], uk)); i += 1
    return " ".join(out)


def say_pair(p, uk=False, round_ok=False):
    """two digits as a number word; a bare 'forty' is only used where nothing follows
    (otherwise 'forty' + 'nine' would be ambiguous with 'forty nine')."""
    n = int(p)
    if n >= 20 and n % 10 == 0 and not round_ok:
        return UNIT[n // 10] + " " + zero_word(uk)
    if p[0] == "0":
        return zero_word(uk) + " " + UNIT[n]
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEEN[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])


def say_pairs(s, uk=False, round_ok=False):
    """'4111' -> 'forty one eleven'; odd length starts with a single digit."""
    parts = []
    if len(s) % 2:
        parts.append(dword(s[0], uk)); s = s[1:]
    for k in range(0, len(s), 2):
        parts.append(say_pair(s[k:k + 2], uk, round_ok and k + 2 == len(s)))
    return " ".join(parts)


def say_group(s, uk=False):
    r = R.random()
    if len(s) in (2, 4) and r < 0.3:
        return say_pairs(s, uk)
    return say_digits(s, uk)


def say_groups(groups, uk=False, filler=0.15, sep=" "):
    out = []
    for k, g in enumerate(groups):
        if k and R.random() < filler:
            out.append(R.choice(FILLERS))
        out.append(say_group(g, uk))
    return sep.join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    return out


LETTER_HOMO = {"B": "be", "C": "see", "J": "jay", "K": "kay", "R": "are", "Y": "why",
               "T": "tee", "P": "pee", "G": "gee", "X": "ex", "M": "em", "N": "en"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu", "I": "india", "F": "foxtrot", "U": "uniform", "V": "victor",
        "Q": "quebec", "O": "oscar"}
NAMEY = {"B": "bob", "C": "charlie", "H": "harry", "J": "john", "K": "king", "L": "london",
         "M": "mary", "N": "nancy", "P": "peter", "R": "robert", "S": "sam", "T": "tom",
         "W": "william", "Y": "yellow", "Z": "zebra", "A": "apple", "E": "edward", "G": "george",
         "X": "xylophone", "D": "david"}


def say_letter(c, mode):
    if mode == "nato":
        return c.lower() + R.choice([" for ", " as in "]) + NATO[c]
    if mode == "name":
        return c.lower() + " for " + NAMEY.get(c, NATO[c])
    if mode == "homo" and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c.lower()


# ---------------------------------------------------------------- value makers
def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + rdigits(14)), [4, 4, 4, 4]
    if kind == "visa19":
        return luhn_complete("4" + rdigits(17)), [4, 4, 4, 4, 3]
    if kind == "visa13":
        return luhn_complete("4" + rdigits(11)), [4, 3, 3, 3]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "22"]) + rdigits(13)), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdigits(12)), [4, 6, 5]
    return luhn_complete("6011" + rdigits(11)), [4, 4, 4, 4]


def make_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI1)
        if p not in NI_BAD:
            return p + rdigits(6) + R.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_iban():
    cc = R.choice(["DE", "GB", "IE", "FR", "NL", "ES", "DE", "IE"])
    if cc == "DE":
        bban = rdigits(18)
    elif cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdigits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + rdigits(14)
    elif cc == "FR":
        bban = rdigits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "SNSB"]) + rdigits(10)
    else:
        bban = rdigits(20)
    return cc + iban_check(cc, bban) + bban


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

FIRST = ["james", "maria", "robert", "linda", "michael", "patricia", "david", "jennifer", "chris",
         "ashley", "kevin", "tanya", "luis", "keisha", "brandon", "megan", "dwayne", "emily",
         "siobhan", "aoife", "gareth", "priya", "tom", "rachel"]
LAST = ["johnson", "garcia", "miller", "davis", "rodriguez", "martinez", "wilson", "anderson",
        "thompson", "nguyen", "okafor", "murphy", "kowalski", "patel", "brennan", "hughes"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com",
           "hotmail.com", "att.net", "verizon.net", "btinternet.com", "eircom.net"]
STREETS = ["maple", "oak", "cedar", "elm", "washington", "lincoln", "park", "lakeview", "sunset",
           "highland", "pine ridge", "willow creek", "magnolia", "jefferson", "cherry hill",
           "riverside", "birch", "hillcrest", "fairview", "martin luther king"]
SUFFIX = ["street", "avenue", "road", "drive", "lane", "boulevard", "court", "way", "place",
          "circle", "parkway", "terrace"]
SUFFIX_ABBR = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "lane": "Ln",
               "boulevard": "Blvd", "court": "Ct", "way": "Way", "place": "Pl", "circle": "Cir",
               "parkway": "Pkwy", "terrace": "Ter"}
CITIES = [("austin", "texas", "TX"), ("columbus", "ohio", "OH"), ("tampa", "florida", "FL"),
          ("denver", "colorado", "CO"), ("phoenix", "arizona", "AZ"), ("raleigh", "north carolina", "NC"),
          ("portland", "oregon", "OR"), ("atlanta", "georgia", "GA"), ("madison", "wisconsin", "WI"),
          ("sacramento", "california", "CA"), ("albany", "new york", "NY"), ("tulsa", "oklahoma", "OK")]
UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2QT", "EH3 9DR", "BS8 1TH",
         "G12 8QQ", "NG7 2RD", "CF10 3AT", "W1T 4JE", "E14 5AB", "OX2 6GG", "L18 3HL", "BT9 5AG"]


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randint(0, 4)
    if st == 0:
        local = f + "." + l
    elif st == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif st == 2:
        local = f + "_" + l[:4]
    elif st == 3:
        local = l + f[0]
    else:
        local = f + str(R.choice([1975, 1982, 1990, 2001, 77, 88]))
    return local, R.choice(DOMAINS)


def say_email(local, dom):
    def spoken_part(p):
        words = []
        for tok in re.findall(r"[a-z]+|\d+|[._]", p):
            if tok == ".":
                words.append("dot")
            elif tok == "_":
                words.append("underscore")
            elif tok.isdigit():
                words.append(say_pairs(tok) if R.random() < 0.5 else say_digits(tok, doubles=False))
            elif len(tok) <= 2 or R.random() < 0.15:
                words.append(" ".join(tok))
            else:
                words.append(tok)
        return " ".join(words)
    return spoken_part(local) + " at " + spoken_part(dom)


# ---------------------------------------------------------------- case builder
class V:
    """A labelled segment. vid groups pieces of one value split across turns."""
    def __init__(self, text, typ, vid=None, partial=False):
        self.text, self.typ, self.vid, self.partial = text, typ, vid, partial


_vid = [0]


def new_vid():
    _vid[0] += 1
    return _vid[0]


def T(speaker, *segs):
    return (speaker, segs)


def build(turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                if text and not text.endswith((" ", "(", "\n")):
                    pass
                st = len(text)
                text += s.text
                vid = s.vid if s.vid is not None else new_vid()
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append((vid, s.partial))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, meta


def ch():
    return R.random() < 0.45  # chat?


def bc():
    return R.choice(["mhm", "okay", "okay go on", "yep", "uh huh", "got it", "right", "yes go ahead", "okay and"])


# ---------------------------------------------------------------- positive templates
US_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
          "government services", "cable", "auto finance"]


def ind():
    return R.choice(US_IND)


def card_typed(num, groups):
    st = R.choice(["space", "dash", "none", "space", "mixed"])
    g = chunks(num, groups)
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return num
    return " ".join(g[:2]) + "-" + "".join(g[2:])


def p_card_call():
    num, groups = make_card()
    i = ind()
    style = R.randint(0, 3)
    if style == 0:
        said = say_groups(chunks(num, groups))
        return build([T("agent", R.choice(["and the long number across the front please", "okay can i get the card number", "go ahead with the sixteen digits on the card whenever you're ready"])),
                      T("customer", R.choice(["yeah it's ", "okay so ", "sure ", "it is "]), V(said, "CARD_NUMBER"))],
                     "call/%s: card number spoken in one turn (doubles/pairs/fillers)" % i)
    if style == 1:
        vid = new_vid()
        g = chunks(num, groups)
        turns = [T("agent", "what's the card number"), T("customer", R.choice(["okay ", "um ", "right "]), V(say_group(g[0]), "CARD_NUMBER", vid))]
        for piece in g[1:]:
            turns.append(T("agent", bc()))
            turns.append(T("customer", V(say_group(piece), "CARD_NUMBER", vid)))
        return build(turns, "call/%s: card split across customer turns with back-channels" % i)
    if style == 2:
        g = chunks(num, groups)
        said = say_groups(g, filler=0)
        back = say_groups(g, filler=0)
        return build([T("customer", "i wanna pay the ", R.choice(["two hundred and twelve dollars", "forty nine ninety nine", "full balance"]), " today on my card ", V(said, "CARD_NUMBER")),
                      T("agent", "let me read that back ", V(back, "CARD_NUMBER"), " is that correct"),
                      T("customer", "yes that's right")],
                     "call/%s: card with amount nearby, agent reads it back" % i)
    # self correction: partial wrong then full
    g = chunks(num, groups)
    wrong = say_digits(g[0] + g[1][:2])
    return build([T("agent", "go ahead with the card number"),
                  T("customer", V(wrong, "CARD_NUMBER", partial=True), R.choice([" no wait sorry let me start again ", " oh hang on that's the old card ", " sorry wrong card "]), V(say_groups(g), "CARD_NUMBER"))],
                 "call/%s: self-correction, aborted partial card then full card" % i)


def p_card_chat():
    num, groups = make_card()
    i = ind()
    t = card_typed(num, groups)
    r = R.randint(0, 2)
    if r == 0:
        return build([T("customer", R.choice(["hi can u charge my card ", "Card: ", "pls use this card ", "my card no is "]), V(t, "CARD_NUMBER"), R.choice([" thx", " for the $89.99 order", "", " - thanks!"]))],
                     "chat/%s: card typed %s" % (i, "grouped" if " " in t or "-" in t else "unbroken"))
    if r == 1:
        return build([T("agent", "Please enter the card number in the secure field or type it here."),
                      T("customer", V(t, "CARD_NUMBER"), " exp ", V(R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d"]) % (R.randint(1, 12), R.randint(26, 31)), "EXPIRY"), " cvv ", V(rdigits(4 if groups == [4, 6, 5] else 3), "CVV"))],
                     "chat/%s: card, expiry and cvv typed on one line" % i)
    g = chunks(num, groups)
    vid = new_vid()
    return build([T("customer", "card is ", V(" ".join(g[:2]), "CARD_NUMBER", vid)),
                  T("customer", V(" ".join(g[2:]), "CARD_NUMBER", vid)),
                  T("agent", "Thanks, got it.")],
                 "chat/%s: card typed over two messages" % i)


def say_expiry_call():
    m, y = R.randint(1, 12), R.randint(26, 32)
    r = R.randint(0, 3)
    if r == 0:
        return "%s %s" % (MONTHS[m - 1], say_pair("%02d" % y, round_ok=True))
    if r == 1:
        return "%s %s" % (say_pair("%02d" % m), say_pair("%02d" % y, round_ok=True))
    if r == 2:
        return "%s twenty %s" % (MONTHS[m - 1], say_pair("%02d" % y, round_ok=True))
    return "%s slash %s" % (say_digits("%02d" % m, doubles=False), say_pair("%02d" % y, round_ok=True))


def p_card_full_call():
    num, groups = make_card()
    cvv = rdigits(4 if groups == [4, 6, 5] else 3)
    i = ind()
    return build([T("agent", "okay go ahead with the card number"),
                  T("customer", V(say_groups(chunks(num, groups)), "CARD_NUMBER")),
                  T("agent", "and the expiration date"),
                  T("customer", R.choice(["it's ", "expires ", "uh "]), V(say_expiry_call(), "EXPIRY")),
                  T("agent", "and the " + R.choice(["three digit code on the back", "security code", "cvv"])),
                  T("customer", V(say_digits(cvv), "CVV"))],
                 "call/%s: card, expiry and security code over several turns" % i)


def p_cvv_exp_mixed():
    cvv = rdigits(3)
    i = ind()
    return build([T("agent", "what's the expiry on that one"),
                  T("customer", "oh it's ", V(say_expiry_call(), "EXPIRY"), " and the code on the back is ", V(say_digits(cvv), "CVV"), " and i'll be paying ", R.choice(["sixty five dollars", "the whole one twenty", "fifty bucks"]))],
                 "call/%s: expiry and cvv in one turn, amount after" % i)


def ssn_spoken(s):
    r = R.randint(0, 4)
    g = [s[:3], s[3:5], s[5:]]
    if r == 0:
        return say_digits(s)
    if r == 1:
        return say_digits(g[0]) + " " + say_pair(g[1]) + " " + say_pairs(g[2])
    if r == 2:
        return say_digits(g[0]) + R.choice([" ", " dash ", " "]) + say_digits(g[1]) + R.choice([" ", " dash "]) + say_digits(g[2])
    if r == 3:
        return say_digits(g[0]) + " " + R.choice(FILLERS) + " " + say_digits(g[1]) + " " + say_pairs(g[2])
    return say_digits(g[0], doubles=False) + " " + say_digits(g[1], doubles=False) + " " + say_digits(g[2], doubles=False)


def ssn_typed(s):
    r = R.randint(0, 4)
    if r == 0:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if r == 1:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if r == 2:
        return s
    if r == 3:
        return "%s.%s.%s" % (s[:3], s[3:5], s[5:])
    return "%s - %s - %s" % (s[:3], s[3:5], s[5:])


def p_ssn_call():
    s = make_ssn()
    i = R.choice(["banking", "insurance", "healthcare billing", "government services", "auto finance", "telecom", "utilities"])
    r = R.randint(0, 4)
    ask = R.choice(["can i get your social security number to verify", "and your social please", "i'll need the full social", "what's the ssn on the account"])
    if r == 0:
        return build([T("agent", ask), T("customer", R.choice(["yeah it's ", "sure ", "okay my social is ", "it's "]), V(ssn_spoken(s), "SSN"))],
                     "call/%s: SSN spoken in one turn" % i)
    if r == 1:
        vid = new_vid()
        return build([T("agent", ask), T("customer", V(say_digits(s[:3]), "SSN", vid)), T("agent", bc()),
                      T("customer", V(say_group(s[3:5]), "SSN", vid)), T("agent", bc()),
                      T("customer", V(say_group(s[5:]), "SSN", vid))],
                     "call/%s: SSN split 3-2-4 across turns" % i)
    if r == 2:
        return build([T("agent", ask), T("customer", V(say_digits(s[:4]), "SSN", partial=True), R.choice([" wait no ", " sorry scratch that ", " no no "]), V(ssn_spoken(s), "SSN"))],
                     "call/%s: SSN self-correction with aborted start" % i)
    if r == 3:
        return build([T("agent", ask), T("customer", "it's ", V(ssn_spoken(s), "SSN")),
                      T("agent", "thank you so that's ", V(ssn_spoken(s), "SSN"), " correct"), T("customer", "yes ma'am")],
                     "call/%s: SSN spoken and read back by agent" % i)
    if R.random() < 0.4:
        vid = new_vid()
        return build([T("agent", ask), T("customer", "okay first three are ", V(say_digits(s[:3]), "SSN", vid), " middle two ", V(say_group(s[3:5]), "SSN", vid), " and the last four ", V(say_group(s[5:]), "SSN", vid))],
                     "call/%s: SSN announced in parts (first three / middle two / last four) in one turn" % i)
    return build([T("agent", ask), T("customer", "hold on i gotta find my card okay it's ", V(ssn_spoken(s), "SSN"), " and my member number is " + say_digits(rdigits(8), doubles=False))],
                 "call/%s: SSN then a member number (unlabelled) in the same turn" % i)


def p_ssn_chat():
    s = make_ssn()
    i = R.choice(["banking", "insurance", "healthcare billing", "government services", "tax prep"])
    t = ssn_typed(s)
    r = R.randint(0, 2)
    if r == 0:
        return build([T("agent", "To verify, please provide your Social Security number."), T("customer", V(t, "SSN"))],
                     "chat/%s: SSN typed alone (%s)" % (i, "with separators" if not t.isdigit() else "9 digits"))
    if r == 1:
        return build([T("customer", R.choice(["my ssn is ", "SSN: ", "social sec # ", "ss# "]), V(t, "SSN"), R.choice([" and policy # PL-", " claim "]) + rdigits(7))],
                     "chat/%s: SSN typed next to a policy/claim number" % i)
    return build([T("customer", "hi im trying to file for my dad, his social is ", V(t, "SSN"), " and his dob is ", V("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1938, 1960)), "DOB"))],
                 "chat/%s: SSN and DOB typed in one message" % i)


def ni_spoken(n):
    mode = R.choice(["plain", "plain", "nato", "homo", "name"])
    pre = " ".join(say_letter(c, mode) for c in n[:2])
    digs = n[2:8]
    r = R.randint(0, 2)
    if r == 0:
        mid = say_digits(digs, uk=True)
    elif r == 1:
        mid = say_pairs(digs, uk=True)
    else:
        mid = " ".join(say_digits(digs[k:k + 2], uk=True, doubles=False) for k in range(0, 6, 2))
    suf = say_letter(n[8], R.choice([mode, "plain"]))
    return pre + " " + mid + " " + suf


def ni_typed(n):
    r = R.randint(0, 3)
    if r == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if r == 1:
        return n
    if r == 2:
        return n.lower()
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def p_ni():
    n = make_ni()
    i = R.choice(["government services", "banking", "payroll", "pensions", "insurance", "utilities"])
    r = R.randint(0, 4)
    if r == 0:
        return build([T("agent", "can i take your national insurance number please"),
                      T("customer", R.choice(["yeah it's ", "erm ", "right it's "]), V(ni_spoken(n), "NI_NUMBER"))],
                     "call/UK %s: NI number spoken" % i)
    if r == 1:
        vid = new_vid()
        return build([T("agent", "and your NI number"),
                      T("customer", V(" ".join(say_letter(c, "plain") for c in n[:2]), "NI_NUMBER", vid)),
                      T("agent", bc()),
                      T("customer", V(say_digits(n[2:6], uk=True), "NI_NUMBER", vid)),
                      T("agent", bc()),
                      T("customer", V(say_digits(n[6:8], uk=True) + " " + say_letter(n[8], "nato"), "NI_NUMBER", vid))],
                     "call/UK %s: NI split across turns" % i)
    if r == 2:
        return build([T("agent", "What's your National Insurance number?"), T("customer", V(ni_typed(n), "NI_NUMBER"))],
                     "chat/UK %s: NI typed" % i)
    if r == 3:
        return build([T("customer", "hiya my ni no. is ", V(ni_typed(n), "NI_NUMBER"), " and i've been on hold 45 mins already")],
                     "chat/UK %s: NI typed mid-sentence with duration" % i)
    return build([T("agent", "national insurance number"),
                  T("customer", V(ni_spoken(n), "NI_NUMBER")),
                  T("agent", "so that's ", V(ni_spoken(n), "NI_NUMBER"), " yeah"), T("customer", "that's it")],
                 "call/UK %s: NI spoken and read back" % i)


def us_phone():
    area = str(R.randint(2, 9)) + rdigits(2)
    ex = str(R.randint(2, 9)) + rdigits(2)
    return area + ex + rdigits(4)


def phone_typed(p):
    r = R.randint(0, 5)
    if r == 0:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if r == 1:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    if r == 2:
        return "%s.%s.%s" % (p[:3], p[3:6], p[6:])
    if r == 3:
        return "+1 %s %s %s" % (p[:3], p[3:6], p[6:])
    if r == 4:
        return p
    return "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])


def phone_spoken(p):
    r = R.randint(0, 3)
    if r == 0:
        return say_digits(p)
    if r == 1:
        return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_pairs(p[6:])
    if r == 2:
        return say_digits(p[:3], doubles=False) + " " + R.choice(FILLERS) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:])
    return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:8]) + " " + say_pair(p[8:], round_ok=True)


def uk_mobile():
    return "07" + str(R.randint(4, 9)) + rdigits(8)


def p_phone():
    r = R.randint(0, 5)
    i = ind()
    if r == 0:
        p = us_phone()
        return build([T("agent", "what's the best callback number"), T("customer", R.choice(["it's ", "you can reach me at ", "my cell is "]), V(phone_spoken(p), "PHONE"))],
                     "call/%s: US phone spoken" % i)
    if r == 1:
        p = us_phone()
        return build([T("customer", R.choice(["pls text me at ", "My number: ", "call me back on ", "new # is "]), V(phone_typed(p), "PHONE"), R.choice([" after 5pm", " thanks", "", " between 2 and 4"]))],
                     "chat/%s: US phone typed" % i)
    if r == 2:
        p = us_phone()
        vid = new_vid()
        return build([T("agent", "and a phone number for the account"), T("customer", "area code ", V(say_digits(p[:3]), "PHONE", vid)),
                      T("agent", bc()), T("customer", V(say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", vid))],
                     "call/%s: US phone with area code said first then rest" % i)
    if r == 3:
        p = uk_mobile()
        return build([T("agent", "can i get a contact number"), T("customer", "yeah it's ", V(say_digits(p[:5], uk=True) + " " + say_digits(p[5:], uk=True), "PHONE"))],
                     "call/UK %s: UK mobile spoken with oh/nought" % R.choice(["telecom", "utilities", "retail"]))
    if r == 4:
        p = uk_mobile()
        t = R.choice(["+44 %s %s" % (p[1:5], p[5:]), "%s %s" % (p[:5], p[5:]), "+44(0)%s %s" % (p[1:5], p[5:])])
        return build([T("customer", "you can ring me on ", V(t, "PHONE"), " any time after 3")],
                     "chat/UK %s: UK mobile typed" % R.choice(["telecom", "utilities", "retail"]))
    p = us_phone()
    p2 = us_phone()
    return build([T("agent", "okay i have two numbers on file"),
                  T("customer", "yeah the home one is ", V(phone_spoken(p), "PHONE"), " and my work is ", V(phone_spoken(p2), "PHONE"), " extension " + say_digits(rdigits(3), doubles=False))],
                 "call/%s: two phone numbers in one turn" % i)


def p_email():
    local, dom = make_email()
    i = ind()
    r = R.randint(0, 3)
    if r == 0:
        return build([T("customer", R.choice(["my email is ", "email: ", "send it to ", "its "]), V(local + "@" + dom, "EMAIL"), R.choice(["", " pls", " thank you!"]))],
                     "chat/%s: email typed" % i)
    if r == 1:
        return build([T("agent", "and what email should we send the confirmation to"), T("customer", "it's ", V(say_email(local, dom), "EMAIL"))],
                     "call/%s: email spoken with 'dot'/'at'" % i)
    if r == 2:
        return build([T("agent", "can you spell the email for me"),
                      T("customer", V(say_email(local, dom), "EMAIL")),
                      T("agent", "perfect"), T("customer", "and the old one was ", V(say_email(*make_email()), "EMAIL"), " if you need it")],
                     "call/%s: two spoken emails, new and old" % i)
    return build([T("customer", "Pls update my email to ", V((local + "@" + dom).upper() if R.random() < 0.3 else local + "@" + dom, "EMAIL"), " (old one was ", V("@".join(make_email()), "EMAIL"), ")")],
                 "chat/%s: new and old email typed" % i)


def dob_spoken():
    y = R.randint(1940, 2005)
    m, d = R.randint(1, 12), R.randint(1, 28)
    ys = ("two thousand " + UNIT[y - 2000]) if 2000 <= y <= 2009 else say_pairs(str(y), round_ok=True)
    r = R.randint(0, 3)
    if r == 0:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], ys)
    if r == 1:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], ys)
    if r == 2:
        return "%s %s %s" % (say_pair("%02d" % m), say_pair("%02d" % d), ys)
    return "%s %s %s" % (MONTHS[m - 1], say_pair(str(d), round_ok=True) if d >= 10 else UNIT[d], ys)


def dob_typed():
    y = R.randint(1940, 2005)
    m, d = R.randint(1, 12), R.randint(1, 28)
    return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (m, d, y),
                     "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d/%d/%02d" % (m, d, y % 100)])


def p_dob():
    i = R.choice(["healthcare billing", "insurance", "banking", "government services", "pharmacy"])
    r = R.randint(0, 2)
    if r == 0:
        return build([T("agent", "and can you verify your date of birth"), T("customer", R.choice(["yeah ", "sure it's ", "", "it's "]), V(dob_spoken(), "DOB"))],
                     "call/%s: DOB spoken" % i)
    if r == 1:
        return build([T("customer", R.choice(["DOB ", "date of birth: ", "born ", "my birthday is "]), V(dob_typed(), "DOB"), R.choice(["", ", appt was on the 14th", " and I'm calling about my 3:30 appointment"]))],
                     "chat/%s: DOB typed (non-birth date/time nearby unlabelled)" % i)
    return build([T("agent", "date of birth for the patient"), T("customer", "that's my son he was born ", V(dob_spoken(), "DOB"), " and the appointment was " + R.choice(["last tuesday", "march the ninth", "on the twelfth"]))],
                 "call/%s: dependant's DOB with an appointment date (unlabelled)" % i)


def zip_spoken(z, plus4=None):
    s = say_digits(z)
    if plus4:
        s += R.choice([" dash ", " "]) + say_digits(plus4)
    return s


def house_number():
    return str(R.choice([R.randint(1, 99), R.randint(100, 999), R.randint(1000, 9999), R.randint(10000, 24999)]))


def address_typed():
    return "%s %s %s" % (house_number(), R.choice(STREETS).title(), R.choice([SUFFIX_ABBR[x] for x in SUFFIX] + [x.title() for x in SUFFIX])) + \
        R.choice(["", "", " Apt 4B", " #12", " Unit 7", " Apt. 210"])


def address_spoken():
    n = house_number()
    ns = say_pairs(n, round_ok=True) if len(n) in (3, 4) and R.random() < 0.6 else say_digits(n, doubles=False)
    s = "%s %s %s" % (ns, R.choice(STREETS), R.choice(SUFFIX))
    if R.random() < 0.3:
        s += R.choice([" apartment ", " unit ", " apt "]) + say_digits(str(R.randint(1, 40)), doubles=False)
    return s


def p_address():
    i = ind()
    city, state, ab = R.choice(CITIES)
    z = make_zip()
    r = R.randint(0, 3)
    if r == 0:
        return build([T("agent", "what's the service address"),
                      T("customer", V(address_spoken(), "ADDRESS"), " " + city + " " + state + " ", V(zip_spoken(z), "POSTCODE"))],
                     "call/%s: US street address, city/state (unlabelled) and ZIP spoken" % i)
    if r == 1:
        p4 = rdigits(4)
        return build([T("customer", "Ship to ", V(address_typed(), "ADDRESS"), ", " + city.title() + ", " + ab + " ", V(z + "-" + p4 if R.random() < 0.6 else z, "POSTCODE"))],
                     "chat/%s: US address typed with ZIP or ZIP+4" % i)
    if r == 2:
        return build([T("agent", "and the billing address on the card"),
                      T("customer", V(address_spoken(), "ADDRESS")),
                      T("agent", "and the zip"),
                      T("customer", V(zip_spoken(z, rdigits(4) if R.random() < 0.4 else None), "POSTCODE"))],
                     "call/%s: billing address then ZIP in separate turn" % i)
    return build([T("agent", "can you confirm the zip code on the account"),
                  T("customer", R.choice(["it's ", "uh ", "", "should be "]), V(zip_spoken(z) if R.random() < 0.6 else say_digits(z[:3]) + " " + say_pair(z[3:]), "POSTCODE"), " i moved " + R.choice(["two years ago", "in twenty nineteen", "last march"]))],
                 "call/%s: ZIP alone for verification, year/duration nearby unlabelled" % i)


def uk_pc_spoken(pc):
    out = []
    for c in pc.replace(" ", " |").split():
        pass
    parts = []
    for c in pc:
        if c == " ":
            continue
        parts.append(dword(c, True) if c.isdigit() else say_letter(c, R.choice(["plain", "plain", "nato"])))
    return " ".join(parts)


def p_uk_address():
    pc = R.choice(UK_PC)
    i = R.choice(["utilities", "telecom", "retail", "insurance"])
    r = R.randint(0, 1)
    num = str(R.randint(1, 180))
    street = R.choice(["church lane", "station road", "victoria street", "the crescent", "high street", "mill road", "kings avenue"])
    if r == 0:
        return build([T("agent", "and the postcode"), T("customer", V(uk_pc_spoken(pc), "POSTCODE")),
                      T("agent", "and the first line of the address"), T("customer", V(say_digits(num, uk=True, doubles=False) + " " + street, "ADDRESS"))],
                     "call/UK %s: postcode spelled, first line of address" % i)
    return build([T("customer", "Address is ", V(num + " " + street.title(), "ADDRESS"), ", Leeds ", V(pc if R.random() < 0.6 else pc.replace(" ", "").lower(), "POSTCODE"))],
                 "chat/UK %s: address and postcode typed" % i)


def p_bank_us():
    acct = rdigits(R.choice([8, 9, 10, 11, 12]))
    i = R.choice(["banking", "utilities", "payroll", "insurance", "auto finance"])
    r = R.randint(0, 2)
    if r == 0:
        return build([T("agent", "and the checking account number for the autopay"),
                      T("customer", R.choice(["it's ", "okay ", ""]), V(say_groups([acct[:4], acct[4:]], filler=0.3), "BANK_ACCOUNT"))],
                     "call/%s: US checking account number spoken" % i)
    if r == 1:
        return build([T("customer", R.choice(["acct # ", "account number ", "my acct is "]), V(acct, "BANK_ACCOUNT"), " for the $", str(R.randint(20, 900)), ".00 payment")],
                     "chat/%s: account number typed next to amount" % i)
    vid = new_vid()
    return build([T("agent", "go ahead with the account number"), T("customer", V(say_digits(acct[:5]), "BANK_ACCOUNT", vid)), T("agent", bc()),
                  T("customer", V(say_digits(acct[5:]), "BANK_ACCOUNT", vid))],
                 "call/%s: account number split across turns" % i)


def p_sort():
    sc = rdigits(6)
    acct = rdigits(8)
    i = R.choice(["banking", "utilities", "payroll", "council tax"])
    r = R.randint(0, 2)
    if r == 0:
        return build([T("agent", "what's the sort code and account number"),
                      T("customer", "sort code ", V(" ".join(say_pair(sc[k:k + 2], True) for k in range(0, 6, 2)), "SORT_CODE"), " account ", V(say_digits(acct, uk=True), "BANK_ACCOUNT"))],
                     "call/UK %s: sort code as pairs and account number" % i)
    if r == 1:
        return build([T("customer", "Sort code ", V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), R.choice([", acc ", " a/c ", " account no "]), V(acct, "BANK_ACCOUNT"))],
                     "chat/UK %s: sort code and account typed" % i)
    return build([T("agent", "sort code please"), T("customer", V(say_digits(sc, uk=True), "SORT_CODE")),
                  T("agent", "and the account number"), T("customer", V(say_digits(acct[:4], uk=True), "BANK_ACCOUNT", vid := new_vid())), T("agent", bc()),
                  T("customer", V(say_digits(acct[4:], uk=True), "BANK_ACCOUNT", vid))],
                 "call/UK %s: sort code digit by digit, account split" % i)


def iban_spoken(ib):
    parts = []
    for c in ib:
        parts.append(dword(c, True) if c.isdigit() else c.lower())
    return " ".join(parts)


def p_iban():
    ib = make_iban()
    i = R.choice(["travel", "banking", "insurance", "retail refunds", "utilities"])
    r = R.randint(0, 2)
    if r == 0:
        t = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
        return build([T("customer", "Refund to my IBAN please: ", V(t if R.random() < 0.6 else ib, "IBAN"))],
                     "chat/EU %s: IBAN typed (%s)" % (i, ib[:2]))
    if r == 1:
        return build([T("agent", "can you read me the iban"), T("customer", V(iban_spoken(ib), "IBAN"))],
                     "call/EU %s: IBAN spoken character by character (%s)" % (i, ib[:2]))
    vid = new_vid()
    return build([T("agent", "go ahead with the iban"), T("customer", V(iban_spoken(ib[:8]), "IBAN", vid)), T("agent", bc()),
                  T("customer", V(iban_spoken(ib[8:]), "IBAN", vid))],
                 "call/EU %s: IBAN split across two turns (%s)" % (i, ib[:2]))


def p_combo_us():
    """account verification: name chit-chat, SSN last-four is not PII; full SSN, DOB, ZIP, phone."""
    s = make_ssn()
    z = make_zip()
    i = R.choice(["banking", "insurance", "telecom", "healthcare billing"])
    return build([T("agent", "thanks for calling can i get your date of birth"),
                  T("customer", V(dob_spoken(), "DOB")),
                  T("agent", "and the full social"),
                  T("customer", V(ssn_spoken(s), "SSN"), " i'm calling about claim number " + say_digits(rdigits(8), doubles=False)),
                  T("agent", "and the zip code"),
                  T("customer", V(zip_spoken(z), "POSTCODE"))],
                 "call/%s: DOB, SSN (with unlabelled claim number), ZIP" % i)


POS = [(p_card_call, 30), (p_card_chat, 14), (p_card_full_call, 14), (p_cvv_exp_mixed, 6), (p_ssn_call, 24),
       (p_ssn_chat, 14), (p_ni, 34), (p_phone, 18), (p_email, 18), (p_dob, 12), (p_address, 22),
       (p_uk_address, 8), (p_bank_us, 10), (p_sort, 16), (p_iban, 14), (p_combo_us, 8)]


# ---------------------------------------------------------------- negatives
def n_amount():
    r = R.randint(0, 3)
    if r == 0:
        return build([T("agent", "your balance is " + R.choice(["one thousand two hundred forty seven dollars and eighteen cents", "four hundred and twelve fifty", "twenty three seventy five"])),
                      T("customer", "okay and if i pay " + R.choice(["a hundred and fifty", "two fifty", "fifty"]) + " today when's the next one due")],
                     "call/utilities: balances and payment amounts in words")
    if r == 1:
        return build([T("customer", "I was charged $%d.%02d twice on %d/%d, should only be $%d.%02d" % (R.randint(100, 4999), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.randint(10, 99), R.randint(0, 99)))],
                     "chat/retail: prices and a charge date")
    if r == 2:
        return build([T("agent", "the plan is %s a month for the first twelve months then it goes to %s" % (R.choice(["fifty nine ninety nine", "seventy four dollars", "eighty nine ninety nine"]), R.choice(["ninety nine ninety nine", "one oh nine ninety nine", "a hundred and nineteen"])))],
                     "call/telecom: monthly prices")
    return build([T("customer", "my account balance shows -$%d,%03d.%02d but my statement says $%d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(100, 999), R.randint(0, 99)))],
                 "chat/banking: balances with thousands separators")


def ref_spoken(n):
    return say_digits(n, doubles=R.random() < 0.5)


REF_IND = {"policy number": "insurance", "member id": "healthcare billing", "claim number": "insurance",
           "order number": "retail", "confirmation number": "travel", "ticket number": "telecom",
           "invoice number": "utilities", "case number": "government services", "reference number": "banking",
           "group number": "healthcare billing", "prescription number": "pharmacy", "tracking number": "retail"}


def n_refs():
    kind = R.choice(["policy number", "member id", "claim number", "order number", "confirmation number", "ticket number",
                     "invoice number", "case number", "reference number", "group number", "prescription number", "tracking number"])
    n = rdigits(R.choice([6, 7, 8, 9, 10]))
    r = R.randint(0, 3)
    if r == 0:
        return build([T("agent", "do you have your %s" % kind), T("customer", "yeah it's " + ref_spoken(n))],
                     "call/%s: %s read digit by digit (not PII)" % (REF_IND[kind], kind))
    if r == 1:
        return build([T("customer", "%s %s" % (kind.capitalize(), R.choice(["#", ":", "", "is"])) + " " + R.choice([n, n[:3] + "-" + n[3:], "W" + n, "PL-" + n, "TBA" + n]))],
                     "chat/%s: %s typed (not PII)" % (REF_IND[kind], kind))
    if r == 2:
        vid_n = n
        return build([T("agent", "and the %s" % kind), T("customer", ref_spoken(vid_n[:4])), T("agent", bc()), T("customer", ref_spoken(vid_n[4:]))],
                     "call/%s: %s split across turns (not PII)" % (REF_IND[kind], kind))
    return build([T("customer", "so the %s is %s and the other %s is %s" % (kind, say_pairs(n[:4]) + " " + say_digits(n[4:]), kind, say_digits(rdigits(7))))],
                 "call/%s: two %ss in one turn (not PII)" % (REF_IND[kind], kind))


def n_time_date():
    r = R.randint(0, 3)
    if r == 0:
        return build([T("agent", "i can get a technician out %s between %s and %s" % (R.choice(["on march the fourth", "next thursday the twelfth", "on the twenty first"]), R.choice(["eight", "nine thirty", "ten"]), R.choice(["noon", "twelve", "two"]))),
                      T("customer", "yeah that works i'm off that day")],
                     "call/cable: appointment date and time window")
    if r == 1:
        return build([T("customer", "Contract started %02d/%02d/%d and the last payment went out %s %d, %d at 10:45am" % (R.randint(1, 12), R.randint(1, 28), R.randint(2015, 2025), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28), R.randint(2023, 2026)))],
                     "chat/utilities: contract start and payment dates (not birth dates)")
    if r == 2:
        return build([T("agent", "your policy renews on %s %s twenty %s" % (MONTHS[R.randint(0, 11)], ORD[R.randint(0, 27)], say_pair(str(R.randint(25, 29))))),
                      T("customer", "and how long is the grace period"), T("agent", "thirty days")],
                     "call/insurance: renewal date and duration")
    return build([T("customer", "i've been on hold for forty five minutes and i called at %s and again at %s" % (R.choice(["nine oh five", "eight fifteen", "ten forty"]), R.choice(["eleven thirty", "one twenty", "two oh five"])))],
                 "call/telecom: durations and clock times")


def n_travel():
    r = R.randint(0, 2)
    if r == 0:
        return build([T("customer", "i'm on flight %s %s departing at %s from gate %s" % (R.choice(["united", "delta", "american", "u a", "d l"]), say_pairs(str(R.randint(100, 2999))), R.choice(["six forty", "seven fifteen", "eleven oh five"]), R.choice(["b twelve", "c thirty", "a four"])))],
                     "call/travel: flight number, time and gate")
    if r == 1:
        return build([T("customer", "Booking ref %s, room %d, checking in 11/%d for %d nights, 2 adults" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(100, 2499), R.randint(1, 30), R.randint(1, 9)))],
                     "chat/travel: booking code, room, dates, counts")
    return build([T("agent", "your confirmation number is " + say_digits(rdigits(8), doubles=False) + " and the total was " + R.choice(["six forty two eighteen", "one thousand and ninety"]))],
                 "call/travel: confirmation number and total")


def n_tech():
    r = R.randint(0, 3)
    if r == 0:
        return build([T("customer", "the router is a model %s and i'm only getting %s megs instead of %s" % (R.choice(["n r seven one hundred", "x b seven", "ax fifty four hundred"]), say_pair(str(R.randint(10, 99))), R.choice(["three hundred", "five hundred", "a gig"])))],
                     "call/telecom: model number and speeds")
    if r == 1:
        return build([T("customer", "Meter reading today: %05d kWh, previous %05d. Serial on the meter is E%sK" % (R.randint(10000, 99999), R.randint(10000, 99999), rdigits(6)))],
                     "chat/utilities: meter readings and meter serial")
    if r == 2:
        return build([T("agent", "okay so the thermostat's set to %s and it's reading %s" % (R.choice(["sixty eight", "seventy two", "sixty five"]), R.choice(["fifty nine degrees", "eighty one", "seventy"]))),
                      T("customer", "yeah and the unit is like %s years old" % R.choice(["twelve", "fifteen", "nine"]))],
                     "call/utilities: temperatures and ages of equipment")
    return build([T("customer", "I've used %d%% of my %dGB data and have %d minutes left, bill is due in %d days" % (R.randint(10, 99), R.choice([5, 10, 15, 50]), R.randint(100, 999), R.randint(2, 28)))],
                 "chat/telecom: percentages, quantities, durations")


def n_counts():
    r = R.randint(0, 2)
    if r == 0:
        return build([T("customer", "i ordered %s of the %s and only %s arrived" % (R.choice(["twelve", "six", "twenty four"]), R.choice(["sixteen ounce jars", "size nine boots", "two pack filters"]), R.choice(["four", "two", "ten"]))),
                      T("agent", "okay so you're missing %s units" % R.choice(["eight", "four", "fourteen"]))],
                     "call/retail: counts and sizes")
    if r == 1:
        return build([T("agent", "so you're %s and your wife is %s and the deductible is %s" % (say_pair(str(R.randint(25, 89))), say_pair(str(R.randint(25, 89))), R.choice(["two thousand five hundred", "fifteen hundred", "a thousand"])))],
                     "call/insurance: ages and deductible")
    return build([T("customer", "In %d I paid %d%% interest, now it's %d.%d%% APR on a %d-month term" % (R.randint(2010, 2024), R.randint(3, 29), R.randint(3, 29), R.randint(0, 9), R.choice([36, 48, 60, 72])))],
                 "chat/auto finance: years, percentages, term")


def n_lookalike():
    """numbers shaped like PII but with explicit non-PII reference words"""
    r = R.randint(0, 4)
    if r == 0:
        n = rdigits(9)
        return build([T("agent", "can i get the member id off the insurance card"), T("customer", "sure it's w " + say_digits(n, doubles=False))],
                     "call/healthcare billing: 9-digit member id (SSN-shaped, not PII)")
    if r == 1:
        return build([T("customer", "Order #%s shipped, tracking says 'TBA%s'. Invoice %s-%s" % (rdigits(8), rdigits(9), rdigits(4), rdigits(5)))],
                     "chat/retail: order, tracking, invoice numbers")
    if r == 2:
        n = rdigits(5)
        return build([T("agent", "i've opened ticket number " + say_digits(n, doubles=False) + " for you"), T("customer", "ok and how long will that take"), T("agent", "about forty eight hours")],
                     "call/telecom: 5-digit ticket number (ZIP-shaped, not PII)")
    if r == 3:
        return build([T("customer", "Claim %s-%s-%s for the %d collision, estimate was $%d,%03d" % (rdigits(2), rdigits(6), rdigits(2), R.randint(2019, 2026), R.randint(1, 20), R.randint(0, 999)))],
                     "chat/insurance: hyphenated claim number (SSN-like grouping), year, amount")
    return build([T("agent", "your group number is " + say_pairs(rdigits(6)) + " and your copay is " + R.choice(["twenty five dollars", "forty", "fifteen bucks"])),
                  T("customer", "and the rx bin is " + say_digits(rdigits(6), doubles=False))],
                 "call/healthcare billing: group number and rx bin (not PII)")


def n_chitchat():
    r = R.randint(0, 2)
    if r == 0:
        return build([T("customer", "yeah i've lived here %s years and this is the %s outage this month" % (R.choice(["twenty", "fifteen", "three"]), R.choice(["third", "fourth", "second"]))), T("agent", "i'm sorry about that")],
                     "call/utilities: counts and ordinals in chit-chat")
    if r == 1:
        return build([T("agent", "the store on %s closes at nine" % R.choice(["route nine", "highway sixty one", "interstate ninety five"])), T("customer", "and it's open on the fourth of july")],
                     "call/retail: road numbers, closing times, holiday date")
    return build([T("customer", "Waited from 2:15 to 3:40pm, that's %d minutes, for a %d-minute call. Rate me 1/10." % (R.randint(60, 120), R.randint(2, 9)))],
                 "chat/government services: times and durations")


NEG = [(n_amount, 14), (n_refs, 22), (n_time_date, 14), (n_travel, 10), (n_tech, 12), (n_counts, 10), (n_lookalike, 18), (n_chitchat, 10)]


# ---------------------------------------------------------------- validation
W2D = {w: str(i) for i, w in enumerate(UNIT)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENS2 = {w: i for i, w in enumerate(TENS) if w}
HOMO_L = {v: k for k, v in LETTER_HOMO.items()}
NATO_WORDS = {v for v in NATO.values()} | set(NAMEY.values())
SKIP = {"um", "uh", "erm", "dash", "slash", "and", "hyphen", "space"}


def normalise(text, letters=True):
    """spoken or typed value -> digits/letters string."""
    if re.search(r"\d", text):  # typed form: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[A-Za-z]+(?:-[a-z]+)?|\d+", text)
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        lo = t.lower()
        if t.isdigit():
            out.append(t); i += 1; continue
        if lo in ("double", "triple"):
            mult = 2 if lo == "double" else 3; i += 1; continue
        if lo in SKIP or lo in MONTHS:
            i += 1; continue
        if lo in W2D and not (lo == "o" and letters == "onlyletters"):
            out.append(W2D[lo] * mult); mult = 1; i += 1; continue
        if lo in TEEN2:
            out.append(TEEN2[lo]); i += 1; continue
        if lo in TENS2:
            if i + 1 < len(toks) and toks[i + 1].lower() in W2D and toks[i + 1].lower() not in ("oh", "o", "zero", "nought"):
                out.append(str(TENS2[lo]) + W2D[toks[i + 1].lower()]); i += 2; continue
            out.append(str(TENS2[lo]) + "0"); i += 1; continue
        if lo == "thousand":
            out.append("00"); i += 1; continue
        if len(lo) == 1:
            if i + 2 < len(toks) and toks[i + 1].lower() in ("for", "as") :
                j = i + 2
                if toks[j].lower() == "in":
                    j += 1
                out.append(lo.upper()); i = j + 1; continue
            out.append(lo.upper()); i += 1; continue
        if lo in HOMO_L:
            out.append(HOMO_L[lo]); i += 1; continue
        out.append("?" + lo + "?"); i += 1
    return "".join(out)


def spoken_email(text):
    if "@" in text:
        return text.lower()
    toks = text.split()
    out, i, mult = [], 0, 1
    for t in toks:
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        else:
            out.append(normalise(t).lower() if (t in W2D or t in TEEN2 or t in TENS2) and t not in ("o",) else t)
    return "".join(out)


EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
SUFFIX_WORDS = set(SUFFIX) | {x.lower() for x in SUFFIX_ABBR.values()} | {"crescent"}


def validate(typ, text, partial):
    """text: the concatenated span texts of one value."""
    n = normalise(text)
    dig = re.sub(r"\D", "", n)
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(spoken_email(text)))
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        return bool(re.search(r"\d", n)) and bool(words & (SUFFIX_WORDS | {"road", "lane", "street", "avenue"}))
    if typ == "DOB":
        return any(m in text.lower() for m in MONTHS) or len(dig) >= 4
    if "?" in n:
        return False
    if partial:
        return 0 < len(dig) < 13 and dig == n
    if typ == "CARD_NUMBER":
        return n == dig and 13 <= len(dig) <= 19 and luhn_ok(dig)
    if typ == "SSN":
        return n == dig and len(dig) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n.upper())) and n.upper()[:2] not in NI_BAD
    if typ == "CVV":
        return n == dig and len(dig) in (3, 4)
    if typ == "EXPIRY":
        lo = text.lower()
        if any(m in lo for m in MONTHS):
            return len(dig) in (2, 4)
        return len(dig) in (4, 6) and 1 <= int(dig[:2]) <= 12
    if typ == "SORT_CODE":
        return n == dig and len(dig) == 6
    if typ == "BANK_ACCOUNT":
        return n == dig and 8 <= len(dig) <= 12
    if typ == "PHONE":
        return n == dig and (len(dig) == 10 or (len(dig) == 11 and dig[0] in "01") or (len(dig) == 12 and dig.startswith("44")) or (len(dig) == 13 and dig.startswith("440")))
    if typ == "POSTCODE":
        return (n == dig and len(dig) in (5, 9)) or bool(UK_PC_RE.match(n.upper()))
    if typ == "IBAN":
        return iban_ok(n.upper())
    return False


# ---------------------------------------------------------------- generation
def generate():
    R.seed(SEED)
    _vid[0] = 0
    rows, metas = [], []
    pos = []
    for fn, k in POS:
        pos += [fn] * k
    R.shuffle(pos)
    for idx, fn in enumerate(pos, 1):
        case, meta = fn()
        row = {"id": "%s-pos-%03d" % (PREFIX, idx), "kind": "positive"}
        row.update(case)
        rows.append(row); metas.append(meta)
    neg = []
    for fn, k in NEG:
        neg += [fn] * k
    R.shuffle(neg)
    for idx, fn in enumerate(neg, 1):
        case, meta = fn()
        row = {"id": "%s-neg-%03d" % (PREFIX, idx), "kind": "negative"}
        row.update(case)
        row["spans"] = []
        rows.append(row); metas.append(meta)
    text = "".join(json.dumps({k: r[k] for k in ("id", "kind", "turns", "spans", "note")}, ensure_ascii=False) + "\n" for r in rows)
    return rows, metas, text


def counts(rows):
    c = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(rows):
    c = counts(rows)
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    lines = ["# PII hold-out set 101", "",
             "**Never use this set for tuning.** It is a held-out evaluation set; do not look at individual",
             "cases to fix the redactor, and do not add these cases to any training or rule-development data.", "",
             "## Provenance", "",
             "Written by an AI helper acting as an independent author who did not see the redaction code,",
             "its tests, its docs or the other hold-out sets (only a 3-line format example). All cases are",
             "synthetic and generated by `scripts/make_pii_holdout101.py` from template functions; every value",
             "comes from one `random.Random(%d)`, and offsets are computed from the assembled segments." % SEED,
             "Regenerate with `python scripts/make_pii_holdout101.py`; verify with `--check`.", "",
             "Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and ZIP+4, US phone",
             "formats, US street addresses, card payments by phone) plus UK NI numbers / sort codes, EU IBANs,",
             "and tricky US non-PII numbers (policy, member, claim, group, tracking, ticket numbers) as negatives.", "",
             "## Annotation conventions", "",
             "- A span covers only the value itself: the digits/letters plus any separators, fillers (`um`, `uh`),",
             "  `double`/`triple`, `dash`, `slash`, `dot`/`at` that occur *inside* the reading. Lead-ins such as",
             "  `it's`, `area code`, `sort code`, `my social is` and trailing chit-chat are outside the span.",
             "- A value split over several customer turns is labelled as one span per turn (same type);",
             "  agent back-channels between them are not labelled.",
             "- When the agent reads a value back, the read-back is labelled too.",
             "- Self-corrections: the aborted partial reading is labelled with the same type as a separate span,",
             "  the correction words (`no wait sorry`) are not, and the full corrected value is its own span.",
             "- ADDRESS = street line (house number, street name, suffix, optional apartment/unit). City and state",
             "  are not labelled; the ZIP/postcode is a separate POSTCODE span.",
             "- DOB spans include the whole date expression (`the third of march nineteen eighty`), only when it",
             "  is a date of birth. EXPIRY covers month and year; CVV just the code.",
             "- PHONE covers country code and area code when said inside the number (`+1`, `1-`), not `extension N`.",
             "- Unlabelled non-PII numbers (amounts, claim/member/policy numbers, appointment dates) may appear in",
             "  positive cases; negatives have no spans and nothing in them should be redacted.", "",
             "## Counts", "",
             "- cases: %d (positive %d, negative %d)" % (len(rows), npos, nneg), "",
             "| type | spans |", "|---|---|"]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("")
    return "\n".join(lines)


def check(rows, metas, text):
    problems = []
    if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(rows):
        problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in rows]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for r, meta in zip(rows, metas):
        if r["kind"] == "negative":
            if r["spans"]:
                problems.append(r["id"] + ": negative with spans")
            continue
        if not r["spans"]:
            problems.append(r["id"] + ": positive without spans")
        byturn = {}
        values = {}
        for s, (vid, partial) in zip(r["spans"], meta):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (r["id"], s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(r["id"] + ": turn out of range"); continue
            t = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(r["id"] + ": offsets out of range"); continue
            st = t[a:b]
            if st != st.strip() or not st[-1].isalnum():
                problems.append("%s: span not trimmed %r" % (r["id"], st))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (r["id"], st))
            byturn.setdefault(s["turn"], []).append((a, b))
            values.setdefault((vid, s["type"], partial), []).append(st)
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append(r["id"] + ": overlapping spans")
        for (vid, typ, partial), parts in values.items():
            if not validate(typ, " ".join(parts), partial):
                problems.append("%s: invalid %s value %r -> %r" % (r["id"], typ, " | ".join(parts), normalise(" ".join(parts))))
    c = counts(rows)
    for t in TYPES:
        if c[t] < MIN_SPANS[t]:
            problems.append("too few %s spans: %d < %d" % (t, c[t], MIN_SPANS[t]))
    npos = sum(r["kind"] == "positive" for r in rows)
    nneg = len(rows) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d positive, %d negative" % (npos, nneg))
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    for p in problems:
        print("PROBLEM:", p)
    print("check %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
    return not problems


def main():
    rows, metas, text = generate()
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check(rows, metas, text) else 1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(rows))
    c = counts(rows)
    print("wrote %d cases to %s" % (len(rows), CASES))
    print(", ".join("%s=%d" % (t, c[t]) for t in TYPES))


if __name__ == "__main__":
    main()

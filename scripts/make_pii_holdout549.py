#!/usr/bin/env python3
"""Generate the pii_holdout549 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(549241125).

Usage:
    python scripts/make_pii_holdout549.py          # write cases.jsonl
    python scripts/make_pii_holdout549.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random
from collections import Counter, OrderedDict

R = random.Random(549241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout549", "cases.jsonl")

# ---------------------------------------------------------------- case builder


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.parts = []        # (gid, turn, start, end)
        self.groups = OrderedDict()  # gid -> (type, mode, ref)

    def g(self, gid, typ, mode="full", ref=None):
        self.groups[gid] = (typ, mode, ref)

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, gid = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.parts.append((gid, ti, st, len(text)))
                if gid not in self.groups:
                    self.groups[gid] = (typ, "full", None)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


def v(text, typ, gid):
    return (text, typ, gid)


# ---------------------------------------------------------------- speech helpers

UNITS = "zero one two three four five six seven eight nine".split()
TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
ALTNATO = {"B": "bob", "D": "david", "M": "mary", "S": "sugar", "T": "tom", "P": "peter",
           "N": "nancy", "C": "charlie", "R": "robert", "H": "harry", "W": "william"}
FILLERS = ["um", "uh", "erm", "er"]


def zw(region="uk"):
    opts = ["oh", "oh", "zero", "o"]
    if region in ("uk", "ie"):
        opts += ["nought"]
    return R.choice(opts)


def say_singles(s, region="uk", doubles=True):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        word = zw(region) if d == "0" else UNITS[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            out.append("triple " + word)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.65:
            out.append("double " + word)
            i += 2
        else:
            out.append(word)
            i += 1
    return " ".join(out)


def say_pair(p, region="uk"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return "double " + zw(region) if R.random() < 0.5 else zw(region) + " " + zw(region)
        return zw(region) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return UNITS[a] + " " + zw(region)   # never a bare tens word (ambiguous)
    return TENS[a] + " " + UNITS[b]


def say_pairs(s, region="uk"):
    out = []
    i = 0
    while i < len(s):
        if i + 1 < len(s):
            out.append(say_pair(s[i:i + 2], region))
            i += 2
        else:
            out.append(zw(region) if s[i] == "0" else UNITS[int(s[i])])
            i += 1
    return " ".join(out)


def say_hundreds(s, region="uk"):
    """three digits, first non-zero"""
    h, rest = int(s[0]), int(s[1:])
    if rest == 0:
        return UNITS[h] + " hundred"
    if rest % 10 == 0 and rest >= 20:
        return None
    if rest < 10:
        tail = UNITS[rest]
    elif rest < 20:
        tail = TEENS[rest - 10]
    else:
        tail = TENS[rest // 10] + " " + UNITS[rest % 10]
    return UNITS[h] + " hundred and " + tail


def say_group(s, region="uk", style=None):
    style = style or R.choice(["singles", "singles", "pairs", "mixed"])
    if style == "mixed":
        if len(s) == 3 and s[0] != "0" and R.random() < 0.6:
            h = say_hundreds(s, region)
            if h:
                return h
        style = R.choice(["singles", "pairs"])
    if style == "pairs" and len(s) % 2 == 0:
        return say_pairs(s, region)
    return say_singles(s, region)


def say_groups(groups, region="uk", sep=None, style=None, filler=0.0):
    words = []
    for gi, grp in enumerate(groups):
        w = say_group(grp, region, style)
        if gi and sep is None:
            words.append(R.choice([", ", " ", "... ", ", "]))
        elif gi:
            words.append(sep)
        if gi and R.random() < filler:
            words.append(R.choice(FILLERS) + " ")
        words.append(w)
    return "".join(words)


def say_letter(ch, nato=0.5):
    r = R.random()
    if r < nato:
        word = NATO[ch] if R.random() < 0.7 or ch not in ALTNATO else ALTNATO[ch]
        return R.choice(["%s for %s", "%s as in %s", "%s for %s"]) % (ch.lower(), word)
    return ch.lower()


def maybe_typo(s, p=0.15):
    if R.random() < p and len(s) > 6:
        i = R.randrange(1, len(s) - 2)
        if s[i].isalpha() and s[i + 1].isalpha():
            return s[:i] + s[i + 1] + s[i] + s[i + 2:]
    return s


# ---------------------------------------------------------------- value generators


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, ln, grp = "4" + rdig(5), 16, [4, 4, 4, 4]
    elif kind == "mc":
        pre, ln, grp = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, [4, 4, 4, 4]
    elif kind == "amex":
        pre, ln, grp = R.choice(["34", "37"]), 15, [4, 6, 5]
    elif kind == "disc":
        pre, ln, grp = "6011", 16, [4, 4, 4, 4]
    elif kind == "visa13":
        pre, ln, grp = "4", 13, [4, 3, 3, 3]
    else:
        pre, ln, grp = "6759", 19, [4, 4, 4, 4, 3]
    body = pre + rdig(ln - 1 - len(pre))
    num = body + luhn_digit(body)
    out, i = [], 0
    for gl in grp:
        out.append(num[i:i + gl])
        i += gl
    return num, out, kind


def cvv(kind):
    return rdig(4) if kind == "amex" else rdig(3)


def expiry():
    return "%02d" % R.randint(1, 12), "%02d" % R.randint(26, 31)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d" % a, "%02d" % R.randint(1, 99), "%04d" % R.randint(1, 9999)


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p, rdig(6), R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL", "LOYD"]) + rdig(6) + rdig(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS", "BOFI"]) + rdig(6) + rdig(8)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    full = cc + iban_check(cc, bban) + bban
    return full


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def aba():
    while True:
        d = "%02d" % R.choice(list(range(1, 13)) + list(range(21, 33))) + rdig(6)
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(x) * y for x, y in zip(d, w))
        return d + str((10 - s % 10) % 10)


def aba_ok(d):
    w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
    return len(d) == 9 and sum(int(x) * y for x, y in zip(d, w)) % 10 == 0


UK_AREAS = ["M", "B", "LS", "EH", "CR", "SW", "NW", "BS", "G", "CF", "L", "NE", "RG", "OX", "BT", "DN",
            "KT", "PR", "S", "N", "E", "TW", "CH", "WA", "HU"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def ukpc():
    return R.choice(UK_AREAS) + str(R.randint(1, 28)), str(R.randint(0, 9)) + R.choice(UNIT_L) + R.choice(UNIT_L)


def zipc():
    return "%05d" % R.randint(1001, 99950), "%04d" % R.randint(1, 9999)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kwame", "chloe", "dave", "fatima",
         "niamh", "josh", "megan", "raj", "beth", "carlos", "ellen", "sean", "hannah", "marcus", "zoe"]
LAST = ["doyle", "patel", "okafor", "murphy", "smith", "nguyen", "kowalski", "byrne", "hughes", "garcia",
        "walsh", "reid", "khan", "brennan", "lopez", "fisher", "mensah", "quinn", "hart", "cole"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "live.ie", "protonmail.com"]
UK_STREETS = ["Harrow Road", "Kingsley Avenue", "Marlowe Close", "Beech Grove", "Cromwell Lane",
              "Station Road", "Willow Crescent", "Albert Terrace", "Mill Lane", "Ashdown Drive",
              "Foxglove Way", "Church Street", "Priory Gardens", "Victoria Parade"]
US_STREETS = ["Maple Street", "N Lincoln Ave", "Oak Ridge Drive", "Sycamore Ct", "W Elm St",
              "Cedar Lane", "Lakeview Blvd", "Peachtree Rd", "S Congress Ave", "Pine Hollow Road",
              "Walnut Street", "E 7th Street"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Croydon", "Edinburgh", "Cardiff", "Reading", "Belfast"]
TOWNS_US = [("Chicago", "IL"), ("Austin", "TX"), ("Atlanta", "GA"), ("Columbus", "OH"),
            ("Denver", "CO"), ("Tampa", "FL"), ("Portland", "OR"), ("Albany", "NY")]

COS = {
    "banking": ["Harbourline Bank", "Lakeshore Savings", "First Meridian Credit Union"],
    "telecom": ["Vantel Mobile", "Skyreach Broadband", "Corrib Telecom"],
    "utilities": ["Northwind Energy", "Clearwater Utilities", "Brightwater Gas"],
    "retail": ["Brightmart", "Oak & Ember Home", "Pennyway Stores"],
    "insurance": ["Sentinel Mutual", "Keystone Auto Insurance", "Greenshield Insurance"],
    "travel": ["Bluewing Airways", "Aerlink Travel", "Costa Verde Holidays"],
    "healthcare": ["Riverside Medical Billing", "Summit Health Partners", "St Brigid's Clinic billing"],
    "government": ["the Council Tax office", "State Revenue Services", "the Motor Tax office"],
}


def co(ind=None):
    ind = ind or R.choice(list(COS))
    return ind, R.choice(COS[ind])


def greet(name):
    return R.choice(["Thanks for calling %s, you're through to %s, how can I help?",
                     "%s, %s speaking.",
                     "hi you're through to %s my name's %s how can i help today",
                     "Welcome to %s chat, I'm %s."]) % (name, R.choice(["Dana", "Joel", "Amira", "Pete", "Grace", "Luis", "Tara"]))


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "and the next bit?", "keep going"]

# ---------------------------------------------------------------- positive templates
POS = []


def pos(fn):
    POS.append(fn)
    return fn


def typed_card(groups, num):
    st = R.random()
    if st < 0.3:
        return " ".join(groups)
    if st < 0.5:
        return "-".join(groups)
    if st < 0.65:
        return num
    if st < 0.8:
        return num[:8] + " " + num[8:]
    if st < 0.9:
        return "  ".join(groups)
    return ".".join(groups)


def typed_exp(m, y):
    return R.choice(["%s/%s", "%s/%s", "%s-%s", "%s / %s", "%s/20%s", "%s %s"]) % (m, y)


def spoken_exp(m, y, region):
    r = R.random()
    if r < 0.4:
        return say_pair(m, region) + R.choice([" ", " slash ", ", "]) + say_pair(y, region)
    if r < 0.7:
        return MONTHS[int(m) - 1].lower() + " twenty " + say_pair(y, region)
    return MONTHS[int(m) - 1].lower() + " " + say_pair(y, region)


@pos
def p_card_chat(i):
    ind, name = co(R.choice(["retail", "travel", "telecom", "utilities"]))
    num, groups, kind = card()
    m, y = expiry()
    c = Case("positive", "typed chat: card number, expiry and security code in one message (%s)" % kind)
    c.a(greet(name))
    lead = R.choice(["card no: ", "Card number ", "card is ", "CC#", "long number - ", "pan: ", "its "])
    c.c(R.choice(["ok here u go ", "Sure. ", "", "paying by card pls, "]), lead, v(typed_card(groups, num), "CARD_NUMBER", "c"),
        R.choice([" exp ", " expiry ", ", expires ", " valid thru ", " EXP:"]), v(typed_exp(m, y), "EXPIRY", "e"),
        R.choice([" cvv ", " security code ", " and the 3 digits on the back are ", " CVC: ", " sec code "]),
        v(cvv(kind), "CVV", "v"))
    c.a(R.choice(["Thanks, that's gone through.", "Thank you, processing now.", "Lovely, one moment while I take the payment."]))
    return c


@pos
def p_card_asr_readback(i):
    region = R.choice(["uk", "uk", "ie", "us"])
    ind, name = co()
    num, groups, kind = card()
    c = Case("positive", "ASR: card read in one turn, agent reads it back (%s, %s)" % (kind, region))
    c.a(greet(name).lower().replace(",", "").replace(".", "").replace("?", ""))
    c.a(R.choice(["can i take the long number across the front of the card please",
                  "whenever you're ready the sixteen digit number please", "go ahead with the card number"]))
    c.c(R.choice(["yeah it's ", "okay so it's ", "right um ", "", "it's "]),
        v(say_groups(groups, region, filler=0.15), "CARD_NUMBER", "c1"))
    c.a(R.choice(["let me just read that back ", "so that's ", "thank you i have "]),
        v(say_groups(groups, region), "CARD_NUMBER", "c2"), R.choice([" is that right", " correct?", ""]))
    c.c(R.choice(["yeah that's it", "yes", "correct yeah"]))
    return c


@pos
def p_card_split(i):
    region = R.choice(["uk", "ie", "us"])
    ind, name = co()
    num, groups, kind = card()
    c = Case("positive", "ASR: card number split over customer turns with agent back-channels (%s)" % kind)
    c.a("and the card number when you're ready")
    for gi, grp in enumerate(groups):
        pre = R.choice(["", "", "then ", "uh ", "okay "]) if gi else R.choice(["right it's ", "okay ", ""])
        c.c(pre, v(say_group(grp, region), "CARD_NUMBER", "c"))
        if gi < len(groups) - 1:
            c.a(R.choice(BACK))
    c.a(R.choice(["thank you", "lovely and the expiry?", "great thanks for that"]))
    return c


@pos
def p_card_restart(i):
    region = R.choice(["uk", "us", "ie"])
    ind, name = co()
    num, groups, kind = card()
    c = Case("positive", "ASR: customer starts reading card, restarts; abandoned fragment labelled too")
    frag = groups[0] + groups[1][:2]
    c.g("f", "CARD_NUMBER", "prefix", "c")
    c.a("can i take the card number please")
    c.c(v(say_singles(frag, region), "CARD_NUMBER", "f"),
        R.choice([" sorry hang on i've lost my place ", " no wait let me start again ", " oh sorry the glare on this, again "]),
        v(say_groups(groups, region, filler=0.2), "CARD_NUMBER", "c"))
    c.a("okay got it thank you")
    return c


@pos
def p_card_aside(i):
    region = R.choice(["uk", "us"])
    ind, name = co()
    num, groups, kind = card()
    c = Case("positive", "ASR: aside in the middle of a card reading splits it into two spans")
    k = R.randint(1, len(groups) - 1)
    c.g("c", "CARD_NUMBER")
    c.a("go ahead with the card number")
    c.c(v(say_groups(groups[:k], region), "CARD_NUMBER", "c"),
        R.choice([", sorry the dog's going mad here, ", " hold on my glasses, right, ", " um jamie put that down, sorry, ",
                  " hang on the kettle, okay, "]),
        v(say_groups(groups[k:], region), "CARD_NUMBER", "c"))
    m, y = expiry()
    c.a("and the expiry date")
    c.c(R.choice(["it's ", "", "expires "]), v(spoken_exp(m, y, region), "EXPIRY", "e"))
    c.a("and the last three digits on the back" if kind != "amex" else "and the four digit code on the front")
    c.c(v(say_singles(cvv(kind), region, doubles=False), "CVV", "v"))
    return c


@pos
def p_card_email_lastfour(i):
    ind, name = co(R.choice(["retail", "travel", "insurance"]))
    num, groups, kind = card()
    c = Case("positive", "typed e-mail: full card then 'ending NNNN' in the same case (last four labelled)")
    c.g("l", "CARD_NUMBER", "suffix", "c")
    c.c("Hi %s team,\nPlease take the outstanding balance from my card ending " % name,
        v(num[-4:], "CARD_NUMBER", "l"), ". Full number is ", v(typed_card(groups, num), "CARD_NUMBER", "c"),
        ", expiry ", v(typed_exp(*expiry()), "EXPIRY", "e"), ".\nThanks")
    c.a("Thanks, we've charged £%d.%02d to the card ending %s." % (R.randint(10, 400), R.randint(0, 99), num[-4:]))
    c.spans.append({"turn": 1, "start": c.turns[1]["text"].rindex(num[-4:]),
                    "end": c.turns[1]["text"].rindex(num[-4:]) + 4, "type": "CARD_NUMBER"})
    c.parts.append(("l2", 1, c.spans[-1]["start"], c.spans[-1]["end"]))
    c.g("l2", "CARD_NUMBER", "suffix", "c")
    return c


US_SSN_LEAD = ["my social is ", "SSN: ", "social security number ", "ss# ", "it's ", "social - ", "ssn "]


def ssn_typed(a, b, c_):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s%s", "%s%s-%s"]) % (a, b, c_)


def ssn_spoken(a, b, c_):
    return say_groups([a, b, c_], "us", filler=0.1)


@pos
def p_ssn_chat(i):
    ind, name = co(R.choice(["banking", "government", "healthcare", "insurance"]))
    a, b, s = ssn()
    c = Case("positive", "typed chat: US SSN with grouping variant")
    c.a("Welcome to %s. To verify, can you give me your full SSN and date of birth?" % name)
    y = R.randint(1950, 2003)
    mo = R.randint(1, 12)
    d = R.randint(1, 28)
    dob = R.choice(["%02d/%02d/%d" % (mo, d, y), "%d-%02d-%02d" % (y, mo, d), "%s %d, %d" % (MONTHS[mo - 1], d, y),
                    "%d/%d/%s" % (mo, d, str(y)[2:])])
    c.c(R.choice(US_SSN_LEAD), v(ssn_typed(a, b, s), "SSN", "s"), R.choice([" dob ", ", born ", " and DOB is ", " / "]),
        v(dob, "DOB", "d"))
    c.a("Thank you, you're verified.")
    return c


@pos
def p_ssn_asr(i):
    ind, name = co(R.choice(["banking", "government", "healthcare", "insurance", "utilities"]))
    a, b, s = ssn()
    c = Case("positive", "ASR: US SSN spoken with agent read-back")
    c.a("i'll just need your social security number to pull up the account")
    c.c(R.choice(["sure it's ", "yeah okay ", "um ", "it's "]), v(ssn_spoken(a, b, s), "SSN", "s1"))
    c.a(R.choice(["i have ", "okay that's ", "let me confirm "]), v(say_groups([a, b, s], "us"), "SSN", "s2"))
    c.c("yep")
    return c


@pos
def p_ssn_split(i):
    ind, name = co(R.choice(["banking", "government", "insurance"]))
    a, b, s = ssn()
    c = Case("positive", "ASR: SSN split 3-2-4 over three customer turns")
    c.a("what's your social")
    c.c(R.choice(["okay first three ", "", "uh "]), v(say_group(a, "us"), "SSN", "s"))
    c.a(R.choice(BACK))
    c.c(v(say_group(b, "us"), "SSN", "s"))
    c.a(R.choice(BACK))
    c.c(R.choice(["and then ", "", "last four "]), v(say_group(s, "us"), "SSN", "s"))
    c.a("thank you")
    return c


@pos
def p_ssn_last4(i):
    ind, name = co(R.choice(["banking", "healthcare", "telecom", "utilities", "insurance"]))
    a, b, s = ssn()
    c = Case("positive", "partial SSN: last four of social as verification secret (labelled SSN)")
    c.g("s", "SSN", "last4")
    if R.random() < 0.5:
        c.a("can you verify the last four of your social")
        c.c(R.choice(["yeah ", "sure ", "um it's "]), v(say_group(s, "us"), "SSN", "s"))
    else:
        c.a("Please confirm the last 4 of your SSN.")
        c.c(R.choice(["last 4: ", "xxx-xx-", "its "]), v(s, "SSN", "s"))
    c.a("great, you're verified")
    return c


@pos
def p_ssn_full_profile(i):
    ind, name = co(R.choice(["banking", "insurance", "healthcare"]))
    a, b, s = ssn()
    z, z4 = zipc()
    c = Case("positive", "ASR: US identity check: SSN, DOB and ZIP+4")
    y = R.randint(1948, 2002)
    mo = R.randint(1, 12)
    d = R.randint(1, 28)
    c.a("i need to verify you first can i get your social date of birth and zip code")
    c.c(v(say_groups([a, b, s], "us"), "SSN", "s"), R.choice([" and i was born ", " uh birthday is ", " dob "]),
        v(R.choice(["%s %s nineteen %s" % (MONTHS[mo - 1].lower(), ORD[d - 1], say_pair(str(y)[2:], "us")),
                    "%s %s %s" % (say_pair("%02d" % mo, "us"), say_pair("%02d" % d, "us"), say_pair(str(y)[2:], "us"))])
          if y < 2000 else "%s %s two thousand %s" % (MONTHS[mo - 1].lower(), ORD[d - 1], UNITS[y - 2000]),
          "DOB", "d"),
        R.choice([" zip is ", " and the zip ", " zip code "]),
        v(say_singles(z, "us") + R.choice([" dash ", " ", " "]) + say_singles(z4, "us"), "POSTCODE", "z"))
    c.a("thank you you're all verified")
    return c


def ni_typed(p, d, s):
    f = R.choice(["%s%s%s", "%s %s %s", "%s %s %s %s %s", "%s%s %s"])
    if f.count("%s") == 5:
        out = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    elif f == "%s%s %s":
        out = "%s%s %s" % (p, d, s)
    else:
        out = f % (p, d, s)
    return out.lower() if R.random() < 0.25 else out


def ni_spoken(p, d, s, nato=0.5):
    return (say_letter(p[0], nato) + R.choice([" ", ", "]) + say_letter(p[1], nato) + R.choice([", ", " "]) +
            say_groups([d[:2], d[2:4], d[4:]], "uk") + R.choice([", ", " ", " and "]) + say_letter(s, nato))


@pos
def p_ni_typed(i):
    ind, name = co(R.choice(["government", "banking", "insurance"]))
    p, d, s = ni()
    c = Case("positive", "typed chat: UK NI number")
    c.a("Could you confirm your National Insurance number please?")
    c.c(R.choice(["NI no: ", "NINO ", "sure its ", "national insurance: ", "", "ni number is "]), v(ni_typed(p, d, s), "NI_NUMBER", "n"))
    c.a("Thanks, found you.")
    return c


@pos
def p_ni_spoken(i):
    ind, name = co(R.choice(["government", "banking", "insurance", "utilities"]))
    p, d, s = ni()
    c = Case("positive", "ASR: UK NI number spelt with phonetic letters, agent read-back")
    c.a("and your national insurance number")
    c.c(R.choice(["yeah it's ", "um ", "okay ", ""]), v(ni_spoken(p, d, s), "NI_NUMBER", "n1"))
    c.a("so ", v(ni_spoken(p, d, s, nato=0.2), "NI_NUMBER", "n2"), " is that right")
    c.c("that's it yeah")
    return c


@pos
def p_ni_split(i):
    p, d, s = ni()
    c = Case("positive", "ASR: NI number split over turns")
    c.a("what's your ni number please")
    c.c(R.choice(["okay ", ""]), v(say_letter(p[0]) + " " + say_letter(p[1]), "NI_NUMBER", "n"))
    c.a(R.choice(BACK))
    c.c(v(say_groups([d[:2], d[2:4], d[4:]], "uk"), "NI_NUMBER", "n"))
    c.a(R.choice(["and the last letter", "and the letter at the end"]))
    c.c(v(say_letter(s, 0.8), "NI_NUMBER", "n"))
    return c


def iban_typed(ib):
    r = R.random()
    if r < 0.5:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif r < 0.8:
        out = ib
    else:
        out = "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return out.lower() if R.random() < 0.2 else out


def iban_spoken(ib):
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    out = []
    for ch in chunks:
        w = []
        for x in re.findall(r"[A-Z]+|\d+", ch):
            if x.isdigit():
                w.append(say_group(x, "ie"))
            else:
                w.append(" ".join(say_letter(L, 0.2) for L in x))
        out.append(" ".join(w))
    return ", ".join(out)


@pos
def p_iban(i):
    ind, name = co(R.choice(["banking", "travel", "insurance", "utilities"]))
    ib = iban()
    c = Case("positive", "IBAN (%s) for refund/direct debit" % ib[:2])
    spoken = "O" not in ib and R.random() < 0.45
    if spoken:
        c.a("for the refund can i take the iban please")
        c.c(R.choice(["yeah it's ", "okay ", "right ", ""]), v(iban_spoken(ib), "IBAN", "i"))
        c.a("perfect thank you")
    else:
        c.a("Please send the IBAN for the refund.")
        c.c(R.choice(["IBAN: ", "iban ", "Here: ", "my iban is "]), v(iban_typed(ib), "IBAN", "i"),
            R.choice([" thanks", "", " (joint account)", ". BIC not needed?"]))
        c.a("Thanks, refund of €%d.%02d will be issued within 5 working days." % (R.randint(5, 900), R.randint(0, 99)))
    return c


@pos
def p_sortcode(i):
    ind, name = co(R.choice(["banking", "utilities", "insurance", "government"]))
    sc = rdig(6)
    acc = rdig(8)
    c = Case("positive", "UK sort code and account number for direct debit")
    if R.random() < 0.5:
        c.a("Please provide the sort code and account number for the direct debit.")
        c.c(R.choice(["s/c ", "Sort code ", "sort: "]),
            v(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", "s"),
            R.choice([" acct no: ", ", account ", " a/c ", " acc "]), v(acc, "BANK_ACCOUNT", "b"))
    else:
        c.a("what's the sort code")
        c.c(R.choice(["it's ", "um ", ""]), v(say_groups([sc[:2], sc[2:4], sc[4:]], "uk", style=R.choice(["pairs", "singles"])), "SORT_CODE", "s"))
        c.a(R.choice(BACK[:3]) + " and the account number")
        c.c(v(say_groups([acc[:4], acc[4:]], "uk", filler=0.3), "BANK_ACCOUNT", "b"))
        c.a("so that's ", v(say_singles(acc, "uk"), "BANK_ACCOUNT", "b2"))
    c.a("Lovely, the direct debit will start next month.")
    return c


@pos
def p_us_routing(i):
    ind, name = co(R.choice(["banking", "utilities", "insurance", "government", "healthcare"]))
    rt = aba()
    acc = rdig(R.randint(8, 12))
    c = Case("positive", "US routing (ABA) and checking account numbers, both labelled BANK_ACCOUNT")
    c.g("r", "BANK_ACCOUNT", "aba")
    if R.random() < 0.5:
        c.a("To set up autopay I need your routing and account numbers.")
        c.c(R.choice(["routing ", "Routing #: ", "ABA "]), v(rt, "BANK_ACCOUNT", "r"),
            R.choice([" checking ", ", acct # ", " account number "]), v(acc, "BANK_ACCOUNT", "a"))
    else:
        c.a("okay read me the routing number off the bottom of the check")
        c.c(v(say_groups([rt[:3], rt[3:6], rt[6:]], "us", filler=0.2), "BANK_ACCOUNT", "r"))
        c.g("r2", "BANK_ACCOUNT", "aba")
        c.a("i have ", v(say_singles(rt, "us"), "BANK_ACCOUNT", "r2"), " and the account number")
        c.c(R.choice(["it's ", "", "okay "]), v(say_groups([acc[:4], acc[4:8], acc[8:]] if len(acc) > 8 else [acc[:4], acc[4:]], "us"),
                                                "BANK_ACCOUNT", "a"))
    c.a("autopay is set up")
    return c


def phone_val():
    k = R.choice(["ukmob", "ukland", "ie", "us", "us", "eu"])
    if k == "ukmob":
        n = "7700" + "900" + rdig(3)
        nat = "0" + n
        return k, "+44" + n, [R.choice(["+44 7700 900%s" % n[-3:], "07700 900%s" % n[-3:], "07700900%s" % n[-3:],
                                         "+447700900%s" % n[-3:], "(+44) 7700-900-%s" % n[-3:]])], nat
    if k == "ukland":
        n = "20" + "7946" + "0" + rdig(3)
        return k, "+44" + n, [R.choice(["020 7946 %s" % n[-4:], "+44 20 7946 %s" % n[-4:], "+44 (0)20 7946 %s" % n[-4:]])], "0" + n
    if k == "ie":
        n = R.choice(["83", "85", "86", "87"]) + rdig(7)
        return k, "+353" + n, [R.choice(["0%s %s %s" % (n[:2], n[2:5], n[5:]), "+353 %s %s %s" % (n[:2], n[2:5], n[5:]),
                                         "00353 %s %s" % (n[:2], n[2:]), "0%s-%s" % (n[:2], n[2:])])], "0" + n
    if k == "us":
        ac = str(R.randint(2, 9)) + rdig(2)
        n = ac + "555" + "01" + rdig(2)
        return k, "+1" + n, [R.choice(["(%s) 555-%s" % (ac, n[-4:]), "%s-555-%s" % (ac, n[-4:]), "+1 %s 555 %s" % (ac, n[-4:]),
                                       "1-%s-555-%s" % (ac, n[-4:]), "%s.555.%s" % (ac, n[-4:]), "%s555%s" % (ac, n[-4:])])], n
    cc = R.choice(["49", "33", "34"])
    n = rdig(9)
    return k, "+" + cc + n, ["+%s %s %s %s" % (cc, n[:3], n[3:6], n[6:])], n


@pos
def p_phone_typed(i):
    ind, name = co()
    k, e164, forms, nat = phone_val()
    c = Case("positive", "typed: phone number (%s)" % k)
    ext = k == "us" and R.random() < 0.5
    c.a("What's the best number to reach you on?")
    segs = [R.choice(["mob: ", "call me on ", "tel ", "cell ", "Ph: ", "best # is ", ""]), v(forms[0], "PHONE", "p")]
    if ext:
        segs.append(R.choice([" ext. ", " x", " ext ", " extension "]) + rdig(R.randint(3, 4)))
    segs.append(R.choice(["", " after 5pm", " (work)", " thx"]))
    c.c(*segs)
    c.a("Thanks, we'll call you back within 2 hours.")
    return c


@pos
def p_phone_spoken(i):
    ind, name = co()
    k, e164, forms, nat = phone_val()
    region = "us" if k == "us" else "uk"
    c = Case("positive", "ASR: phone number spoken (%s), read back" % k)
    if k == "us":
        body = say_groups([nat[:3], nat[3:6], nat[6:]], "us")
        if R.random() < 0.4:
            body = "one " + body
    elif k == "eu":
        body = "plus " + say_singles(e164[1:3], region) + " " + say_groups([nat[:3], nat[3:6], nat[6:]], region)
    else:
        if R.random() < 0.4:
            cc = e164[1:3] if k != "ie" else e164[1:4]
            rest = e164[len(cc) + 1:]
            body = "plus " + say_singles(cc, region, doubles=False) + " " + say_groups([rest[:4], rest[4:]] if k != "ie" else [rest[:2], rest[2:5], rest[5:]], region)
        else:
            body = say_groups([nat[:5], nat[5:]] if k != "ie" else [nat[:3], nat[3:6], nat[6:]], region, filler=0.15)
    c.a("and a contact number")
    segs = [R.choice(["yeah it's ", "best one is my mobile ", "uh ", "", "it's "]), v(body, "PHONE", "p1")]
    if k == "us" and R.random() < 0.5:
        segs.append(" extension " + say_singles(rdig(3), "us"))
    c.c(*segs)
    if R.random() < 0.6:
        rb = ("plus " + say_singles(e164[1:], region)) if k == "eu" else say_singles(nat, region)
        c.a("so that's ", v(rb, "PHONE", "p2"))
        c.c("yep")
    return c


def email_val():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    sep = R.choice([".", "_", "", "-"])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1970, 2001))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    return local, dom


@pos
def p_email_typed(i):
    ind, name = co()
    local, dom = email_val()
    e = local + "@" + dom
    r = R.random()
    if r < 0.2:
        e = e.capitalize()
    elif r < 0.3:
        e = e.upper()
    c = Case("positive", "typed: e-mail address")
    c.a("Can I take an email address for the receipt?")
    c.c(R.choice(["email: ", "its ", "send to ", "E-mail - ", "", "my email is "]), v(e, "EMAIL", "m"),
        R.choice(["", " thanks", ".", " (not the old hotmail one)"]))
    c.a("Thanks, receipt sent.")
    return c


def say_email(local, dom, region):
    def part(x):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", x):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(say_group(tok, region) if len(tok) != 4 else say_pairs(tok, region))
            elif len(tok) == 1:
                out.append(say_letter(tok.upper(), 0.4))
            else:
                out.append(tok)
        return " ".join(out)
    return part(local) + " at " + part(dom)


@pos
def p_email_spoken(i):
    region = R.choice(["uk", "us", "ie"])
    local, dom = email_val()
    c = Case("positive", "ASR: e-mail spelled out with 'dot' and 'at', read back")
    c.a("and what email address should we use")
    c.c(R.choice(["it's ", "um ", "okay it's all lower case ", ""]), v(say_email(local, dom, region), "EMAIL", "m1"))
    if R.random() < 0.5:
        c.a("so ", v(say_email(local, dom, region), "EMAIL", "m2"))
        c.c("that's right")
    else:
        c.a("thank you i'll send it there")
    return c


def dob_expr(region):
    y = R.randint(1940, 2005)
    mo = R.randint(1, 12)
    d = R.randint(1, 28)
    yr = ("nineteen " + say_pair(str(y)[2:], region)) if y < 2000 else ("two thousand and " + UNITS[y - 2000])
    return R.choice([
        "%02d/%02d/%d" % ((d, mo, y) if region != "us" else (mo, d, y)),
        "%d.%d.%d" % (d, mo, y),
        "%d %s %d" % (d, MONTHS[mo - 1], y),
        "%s %d, %d" % (MONTHS[mo - 1], d, y),
        "the %s of %s %s" % (ORD[d - 1], MONTHS[mo - 1].lower(), yr),
        "%s %s %s" % (ORD[d - 1], MONTHS[mo - 1].lower(), yr),
        "%s %s %s" % (MONTHS[mo - 1].lower(), ORD[d - 1], yr),
        "%s %s %s" % (say_pair("%02d" % d, region), say_pair("%02d" % mo, region), say_pair(str(y)[2:], region)),
        "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[mo - 1][:3], y),
    ])


@pos
def p_dob(i):
    region = R.choice(["uk", "us", "ie"])
    ind, name = co(R.choice(["healthcare", "insurance", "banking", "government", "telecom"]))
    c = Case("positive", "date of birth for security, with an age said too (age not PII)")
    c.a(R.choice(["can i take your date of birth", "Please confirm your date of birth.", "and your d o b"]))
    c.c(R.choice(["it's ", "yeah ", "born ", "DOB ", "um "]), v(dob_expr(region), "DOB", "d"),
        R.choice(["", ", so I'm %d now" % R.randint(20, 80), " i'm %d next week" % R.randint(20, 80)]))
    c.a("thank you that matches")
    return c


@pos
def p_address_uk(i):
    ind, name = co(R.choice(["utilities", "retail", "telecom", "insurance", "government"]))
    st = R.choice(UK_STREETS)
    town = R.choice(TOWNS_UK)
    o, inn = ukpc()
    num = R.randint(1, 240)
    c = Case("positive", "UK address and postcode (town unlabelled)")
    c.a("What's the address for the account?")
    if R.random() < 0.5:
        flat = R.random() < 0.4
        addr = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (num, st)
        if R.random() < 0.25:
            addr = addr.lower()
        pc = o + " " + inn if R.random() < 0.7 else (o + inn)
        if R.random() < 0.25:
            pc = pc.lower()
        c.c(v(addr, "ADDRESS", "a"), ", %s, " % town, v(pc, "POSTCODE", "p"))
    else:
        flat = R.random() < 0.4
        addr = ("flat " + UNITS[R.randint(1, 9)] + " " if flat else "") + say_group(str(num), "uk", "pairs" if num > 9 else "singles") + " " + st.lower()
        pcs = " ".join(say_letter(ch, 0.3) if ch.isalpha() else UNITS[int(ch)] for ch in o) + ", " + \
            " ".join(say_letter(ch, 0.3) if ch.isalpha() else UNITS[int(ch)] for ch in inn)
        c.c(R.choice(["it's ", "um ", ""]), v(addr, "ADDRESS", "a"), " in %s" % town.lower())
        c.a("and the postcode")
        c.c(v(pcs, "POSTCODE", "p"))
    c.a("thanks, that's updated")
    return c


ABBR = {"n": "north", "s": "south", "e": "east", "w": "west", "st": "street", "ave": "avenue", "rd": "road",
        "ct": "court", "blvd": "boulevard", "7th": "seventh"}


def say_street(st):
    return " ".join(ABBR.get(w, w) for w in st.lower().split())


@pos
def p_address_us(i):
    ind, name = co(R.choice(["utilities", "retail", "healthcare", "insurance", "banking"]))
    st = R.choice(US_STREETS)
    town, state = R.choice(TOWNS_US)
    z, z4 = zipc()
    num = R.randint(10, 9899)
    c = Case("positive", "US address and ZIP / ZIP+4")
    c.a("What's the billing address?")
    if R.random() < 0.55:
        apt = R.choice(["", "", " Apt %d%s" % (R.randint(1, 30), R.choice("ABC")), " #%d" % R.randint(100, 999), " Unit %d" % R.randint(1, 9)])
        zz = z + ("-" + z4 if R.random() < 0.6 else "")
        c.c(v("%d %s%s" % (num, st, apt), "ADDRESS", "a"), ", %s, %s " % (town, state), v(zz, "POSTCODE", "z"))
    else:
        sn = str(num)
        spoken_num = say_pairs(sn, "us") if len(sn) == 4 else say_singles(sn, "us")
        c.c(R.choice(["it's ", "uh ", ""]), v(spoken_num + " " + say_street(st), "ADDRESS", "a"),
            " %s %s " % (town.lower(), state.lower()), v(say_singles(z, "us") + (" dash " + say_singles(z4, "us") if R.random() < 0.5 else ""), "POSTCODE", "z"))
    c.a("got it")
    return c


@pos
def p_cvv_exp_asr(i):
    region = R.choice(["uk", "us", "ie"])
    m, y = expiry()
    kind = R.choice(["visa", "amex", "mc"])
    c = Case("positive", "ASR: expiry and security code asked separately (card number taken earlier by IVR)")
    c.a("and the expiry date on the card")
    c.c(R.choice(["it's ", "uh ", "", "expires "]), v(spoken_exp(m, y, region), "EXPIRY", "e"))
    c.a("and the security code")
    cv = cvv(kind)
    c.c(R.choice(["", "it's ", "um "]), v(say_hundreds(cv, region) if len(cv) == 3 and cv[0] != "0" and say_hundreds(cv, region) and R.random() < 0.3 else say_singles(cv, region, doubles=False), "CVV", "v"))
    c.a("thank you")
    return c


@pos
def p_us_phone_ext_callback(i):
    ac = str(R.randint(2, 9)) + rdig(2)
    n = ac + "555" + "01" + rdig(2)
    c = Case("positive", "ASR: US work number with extension (extension outside span)")
    c.a("what's a good callback number")
    c.c(R.choice(["my work line is ", "call my office ", ""]), v(say_groups([n[:3], n[3:6], n[6:]], "us"), "PHONE", "p"),
        R.choice([" extension ", " and then extension ", " ext "]) + say_singles(rdig(4), "us"))
    c.a(R.choice(["okay", "got it"]))
    return c


# ---------------------------------------------------------------- negative templates
NEG = []


def neg(fn):
    NEG.append(fn)
    return fn


@neg
def n_order_luhn(i):
    num, groups, kind = card()
    c = Case("negative", "order number that is 16 Luhn-valid digits, said with its label")
    c.c(R.choice(["Order number ", "order no. ", "Order #"]), " ".join(groups), " hasn't arrived yet")
    c.a("Thanks, order %s is with the courier, expected by Friday." % num)
    return c


@neg
def n_reference_spoken(i):
    ref = rdig(16)
    c = Case("negative", "ASR: payment reference read like a card number")
    c.a("have you got the payment reference from the letter")
    c.c("yeah the reference is ", say_groups([ref[:4], ref[4:8], ref[8:12], ref[12:]], "uk"))
    c.a("thank you that's the reference for the payment of %s pounds" % R.choice(["forty two", "one hundred and twelve", "sixty"]))
    return c


@neg
def n_last4(i):
    l4 = rdig(4)
    c = Case("negative", "card last-four only, with amount")
    c.a(R.choice(["Which card would you like to use?", "is that the card ending %s" % say_singles(l4, "uk")]))
    c.c(R.choice(["the one ending %s" % l4, "card ending in %s please" % l4, "yeah the visa ending %s" % say_singles(l4, "us"),
                  "the debit card, last four %s" % l4]))
    c.a("I've taken $%d.%02d from the card ending %s." % (R.randint(10, 999), R.randint(0, 99), l4))
    return c


@neg
def n_claim_ssnlike(i):
    a, b, s = ssn()
    c = Case("negative", "US insurance claim number in SSN-like 3-2-4 grouping, said with its label")
    c.a("do you have your claim number")
    if R.random() < 0.5:
        c.c("yes claim number %s-%s-%s" % (a, b, s))
    else:
        c.c("uh the claim number is ", say_groups([a, b, s], "us"))
    c.a("thanks, claim %s%s%s was approved for $%d, paid in %d to %d business days" % (a, b, s, R.randint(200, 9000), R.randint(3, 5), R.randint(6, 10)))
    return c


@neg
def n_member_id(i):
    mid = R.choice("ABCDEFGHJKLMNPRTWXYZ") + R.choice("ABCDEFGHJKLMNPRTWXYZ") + R.choice("ABCDEFGHJKLMNPRTWXYZ") + rdig(9)
    grp = rdig(6)
    c = Case("negative", "US health plan member ID and group number, said with labels")
    c.a("Can I have the member ID from the front of your insurance card?")
    c.c(R.choice(["Member ID ", "member id: ", "ID# "]), mid, R.choice([", group number ", " grp "]), grp)
    c.a("Thanks, your copay is $%d and you have met %d%% of the deductible." % (R.choice([20, 25, 35, 50]), R.randint(10, 95)))
    return c


@neg
def n_npi(i):
    body = "80840" + "1" + rdig(8)
    npi = body[5:] + luhn_digit(body)
    npi = npi[:10]
    ptan = R.choice("ABCDEFGH") + rdig(5)
    c = Case("negative", "provider NPI and provider Medicare number (PTAN) said with labels")
    c.a("which provider billed this?")
    c.c("the clinic's N P I is ", R.choice([npi, say_groups([npi[:3], npi[3:6], npi[6:]], "us")]), " and their provider medicare number is ", ptan)
    c.a("Thanks. Dr Alvarez, NPI %s, billed CPT code 99213 for $%d." % (npi, R.randint(90, 400)))
    return c


@neg
def n_tracking(i):
    t = R.choice(["1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(16)),
                  "9400" + rdig(18), "JD" + rdig(16) + "GB", rdig(12)])
    c = Case("negative", "parcel tracking number with its label")
    c.c("Tracking number ", t, R.choice([" says delivered but nothing came", " hasn't moved in 3 days"]))
    c.a("I can see tracking %s was scanned at the depot at 06:42 on the 14th." % t)
    return c


@neg
def n_meter(i):
    r1 = rdig(5)
    ser = R.choice(["E", "G", "K"]) + rdig(2) + R.choice("ABCDEFG") + rdig(5)
    c = Case("negative", "ASR: meter reading and meter serial number")
    c.a("can i take a meter reading")
    c.c("yeah it's ", say_singles(r1, "uk"), " and the serial on the meter is ", ser)
    c.a("thanks so %s units, your bill will be about %d pounds a month" % (r1, R.randint(60, 220)))
    return c


@neg
def n_travel(i):
    fl = R.choice(["BA", "EI", "FR", "UA", "DL", "AA"]) + str(R.randint(10, 2999))
    seat = "%d%s" % (R.randint(1, 40), R.choice("ABCDEF"))
    gate = R.randint(1, 60)
    pnr = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    c = Case("negative", "flight number, seat, gate, booking reference, times")
    c.c("I'm on flight %s tomorrow, booking ref %s, seat %s" % (fl, pnr, seat))
    c.a("Flight %s departs at %02d:%02d from gate %d, boarding closes %d minutes before." % (fl, R.randint(5, 22), R.choice([0, 15, 30, 45]), gate, R.choice([20, 30, 40])))
    return c


@neg
def n_invoice(i):
    inv = "INV-" + rdig(8)
    c = Case("negative", "invoice number, amount and due date")
    c.c("Query about invoice ", inv, R.choice([", why is it £", ", it's $", " - charged €"]), "%d.%02d" % (R.randint(20, 900), R.randint(0, 99)), "?")
    c.a("Invoice %s includes a one-off fee of %d.%02d for roaming; payment is due on %d %s." % (inv, R.randint(5, 90), R.randint(0, 99), R.randint(1, 28), R.choice(MONTHS)))
    return c


@neg
def n_policy(i):
    pol = R.choice(["POL", "HM", "MTR", "PX"]) + "-" + rdig(8)
    c = Case("negative", "insurance policy number, renewal date, premium")
    c.c("policy number %s, when does it renew" % pol)
    c.a("Policy %s renews on %s %d, %d; the premium is %d.%02d a month." % (pol, R.choice(MONTHS), R.randint(1, 28), R.randint(2025, 2027), R.randint(15, 140), R.randint(0, 99)))
    return c


@neg
def n_hours(i):
    c = Case("negative", "opening hours, times, durations, wait times")
    c.c("what time are you open till")
    c.a("We're open %d am to %d pm Monday to Friday, %d till %d on Saturdays; the current wait is about %d minutes." % (
        R.randint(7, 9), R.randint(5, 8), R.randint(8, 10), R.randint(1, 4), R.randint(3, 45)))
    c.c("ok I'll ring back at %d:%02d, I've been on hold %d minutes already" % (R.randint(1, 12), R.choice([0, 15, 30, 45]), R.randint(10, 59)))
    return c


@neg
def n_ages_temps(i):
    c = Case("negative", "ASR: ages, temperatures, percentages, counts")
    c.c("my son is %s and he's had a temperature of %s point %s for %s days" % (
        R.choice(["seven", "twelve", "four", "fifteen"]), R.choice(["thirty eight", "thirty nine", "a hundred and one"]),
        UNITS[R.randint(1, 9)], R.choice(["two", "three", "four"])))
    c.a("okay and is that %d%% covered, there were %d visits this year" % (R.choice([80, 90, 100]), R.randint(2, 9)))
    return c


@neg
def n_imei(i):
    body = "35" + rdig(12)
    imei = body + luhn_digit(body)
    c = Case("negative", "IMEI (15 Luhn-valid digits) and model number, said with labels")
    c.c("the phone's IMEI is ", R.choice([imei, " ".join([imei[:2], imei[2:8], imei[8:14], imei[14:]])]), ", model ", R.choice(["SM-G991B", "A2643", "XT2201-3"]))
    c.a("Thanks, IMEI %s is now blocked; a replacement ships in %d days." % (imei, R.randint(2, 5)))
    return c


@neg
def n_appt(i):
    c = Case("negative", "appointment and contract dates, years (not dates of birth)")
    d = R.randint(1, 28)
    c.a("I can book an engineer for the %s of %s between 8 and 12" % (ORD[d - 1], R.choice(MONTHS).lower()))
    c.c("that's fine, my contract started %s %d and ends in %d right" % (R.choice(MONTHS), R.randint(2019, 2024), R.randint(2025, 2028)))
    c.a("yes it ends on %02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028)))
    return c


@neg
def n_roads(i):
    st = R.choice(UK_STREETS + US_STREETS)
    c = Case("negative", "road names and places with no house number")
    c.c("there's a gas smell near the junction of %s and %s" % (st, R.choice(UK_STREETS + US_STREETS)))
    c.a("Thanks, an engineer is heading to %s now, expected within %d hours." % (st, R.choice([1, 2, 4])))
    return c


@neg
def n_ticket_doubles(i):
    t = rdig(3) + R.choice("0123456789") * 3 + rdig(4)
    c = Case("negative", "ASR: ticket number with doubles/triples, said with label")
    c.a("have you got a ticket number from last time")
    c.c("yes ticket number ", say_singles(t, "us"))
    c.a("thanks ticket %s is still open, it's been %d days" % (t, R.randint(2, 30)))
    return c


@neg
def n_amounts(i):
    c = Case("negative", "ASR: balances and amounts spoken in words")
    c.a("your balance is %s pounds and %s pence" % (R.choice(["four thousand two hundred and twelve", "one thousand and six", "nine hundred and ninety nine"]),
                                                   R.choice(["fifty", "twelve", "ninety nine"])))
    c.c("and how much is the minimum payment")
    c.a("the minimum is %d.%02d and the interest rate is %d.%d percent" % (R.randint(25, 200), R.randint(0, 99), R.randint(9, 34), R.randint(0, 9)))
    return c


@neg
def n_case_ref(i):
    ref = rdig(12)
    c = Case("negative", "government case/application reference numbers said with label")
    c.c("my application number is %s and the case reference is %s-%s" % (ref, R.choice(["CR", "HB", "DV"]), rdig(7)))
    c.a("Thanks, application %s was received on %d %s and takes up to %d weeks." % (ref, R.randint(1, 28), R.choice(MONTHS), R.choice([6, 8, 12])))
    return c


@neg
def n_hotel(i):
    c = Case("negative", "hotel room number, confirmation number, counts")
    conf = rdig(10)
    c.c("I'm in room %d, confirmation number %s, can I get %d more towels" % (R.randint(101, 1450), conf, R.randint(1, 4)))
    c.a("Of course, housekeeping will be up in %d minutes; checkout is at 11." % R.randint(5, 20))
    return c


@neg
def n_transaction(i):
    c = Case("negative", "transaction ID, authorisation code, terminal ID")
    c.c("the transaction ID on my statement is %s" % rdig(12))
    c.a("I see it: authorisation code %s, terminal %s, amount %d.%02d, on the %s." % (rdig(6), rdig(8), R.randint(3, 800), R.randint(0, 99), ORD[R.randint(0, 27)]))
    return c


@neg
def n_serial(i):
    c = Case("negative", "router serial number and model number with labels")
    sn = "".join(R.choice("0123456789ABCDEF") for _ in range(12))
    c.c("serial number on the router is %s, model %s" % (sn, R.choice(["HG659", "TP-AX3000", "Hub 4"])))
    c.a("thanks, serial %s shows %d disconnects in the last %d hours" % (sn, R.randint(2, 40), R.choice([24, 48, 72])))
    return c


# ---------------------------------------------------------------- build

POS_PLAN = [(p_card_chat, 16), (p_card_asr_readback, 12), (p_card_split, 8), (p_card_restart, 6), (p_card_aside, 7),
            (p_card_email_lastfour, 4), (p_ssn_chat, 8), (p_ssn_asr, 7), (p_ssn_split, 4), (p_ssn_last4, 6),
            (p_ssn_full_profile, 5), (p_ni_typed, 12), (p_ni_spoken, 8), (p_ni_split, 4), (p_iban, 12),
            (p_sortcode, 12), (p_us_routing, 10), (p_phone_typed, 10), (p_phone_spoken, 8), (p_us_phone_ext_callback, 4),
            (p_email_typed, 8), (p_email_spoken, 8), (p_dob, 10), (p_address_uk, 9), (p_address_us, 9), (p_cvv_exp_asr, 6)]


def build():
    global R
    R = random.Random(549241125)
    cases = []
    pi = 0
    for fn, n in POS_PLAN:
        for _ in range(n):
            cases.append(fn(pi))
            pi += 1
    for k in range(110):
        cases.append(NEG[k % len(NEG)](k))
    pos_ = [c for c in cases if c.kind == "positive"]
    neg_ = [c for c in cases if c.kind == "negative"]
    R.shuffle(pos_)
    R.shuffle(neg_)
    for j, c in enumerate(pos_):
        c.id = "h549-pos-%03d" % (j + 1)
    for j, c in enumerate(neg_):
        c.id = "h549-neg-%03d" % (j + 1)
    return pos_ + neg_


def serialise(cases):
    lines = []
    for c in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation

ZEROS = {"oh", "o", "zero", "nought"}
IGNORE = {"um", "uh", "er", "erm", "dash", "hyphen", "slash", "space", "and"}
WORDNUM = set(UNITS) | set(TEENS) | set(TENS.values()) | ZEROS | {"double", "triple", "hundred"}


def spoken_norm(text, letters=False):
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+", text.lower())
    natorev = {w: k for k, w in NATO.items()}
    natorev.update({w: k for k, w in ALTNATO.items()})
    out = ""
    i = 0

    def tok(j):
        return toks[j] if j < len(toks) else None

    def small(j):
        """parse 0-99 value at j; returns (value, next)"""
        t = tok(j)
        if t in TEENS:
            return 10 + TEENS.index(t), j + 1
        if t in TENS.values():
            tv = [k for k, w in TENS.items() if w == t][0] * 10
            if tok(j + 1) in UNITS[1:]:
                return tv + UNITS.index(tok(j + 1)), j + 2
            return tv, j + 1
        if t in UNITS[1:]:
            return UNITS.index(t), j + 1
        raise ValueError("bad after hundred: %r" % t)

    while i < len(toks):
        t = toks[i]
        if letters and len(t) == 1 and t.isalpha() and t != "o" and (tok(i + 1) == "for" or (tok(i + 1) == "as" and tok(i + 2) == "in")):
            j = i + 2 if tok(i + 1) == "for" else i + 3
            if natorev.get(tok(j)) != t.upper():
                raise ValueError("phonetic mismatch %s %s" % (t, tok(j)))
            out += t.upper()
            i = j + 1
            continue
        if t.isdigit() or t == "+":
            out += t
        elif t in IGNORE:
            pass
        elif t in ZEROS:
            out += "0"
        elif t in UNITS:
            if tok(i + 1) == "hundred":
                h = UNITS.index(t) * 100
                i += 2
                if tok(i) == "and":
                    val, i = small(i + 1)
                    h += val
                out += "%03d" % h
                continue
            out += str(UNITS.index(t))
        elif t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS.values():
            val, i = small(i)
            out += "%02d" % val
            continue
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            nt = tok(i + 1)
            if nt in ZEROS:
                d = "0"
            elif nt in UNITS:
                d = str(UNITS.index(nt))
            elif letters and nt and len(nt) == 1:
                d = nt.upper()
            else:
                raise ValueError("bad double %r" % nt)
            out += d * n
            i += 2
            continue
        elif t == "plus":
            out += "+"
        elif letters and len(t) == 1:
            out += t.upper()
        elif letters and t in natorev:
            out += natorev[t]
        elif letters and t.isalpha():
            out += t.upper()
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return out


def email_norm(text):
    toks = re.findall(r"[a-z0-9]+|[@._\-+]", text.lower())
    natorev = {w: k.lower() for k, w in NATO.items()}
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] in ("for", "as"):
            j = i + 2 if toks[i + 1] == "for" else i + 3
            assert natorev.get(toks[j]) == t or ALTNATO.get(t.upper()) == toks[j], text
            out += t
            i = j + 1
            continue
        if t == "dot":
            out += "."
        elif t == "at":
            out += "@"
        elif t == "underscore":
            out += "_"
        elif t in ("dash", "hyphen"):
            out += "-"
        elif t in WORDNUM:
            j = i
            while j < len(toks) and (toks[j] in WORDNUM or toks[j] == "and"):
                j += 1
            out += spoken_norm(" ".join(toks[i:j]))
            i = j
            continue
        else:
            out += t
        i += 1
    return out


MONTH_RE = "|".join(m.lower() for m in MONTHS) + "|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec"
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")


def validate(typ, mode, s, ref_norm=None):
    low = s.lower()
    if typ in ("CARD_NUMBER",):
        d = spoken_norm(s)
        if mode == "prefix":
            return ref_norm.startswith(d) and len(d) >= 4
        if mode == "suffix":
            return ref_norm.endswith(d) and len(d) == 4
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "CVV":
        d = spoken_norm(s)
        return d.isdigit() and len(d) in (3, 4)
    if typ == "SSN":
        d = spoken_norm(s)
        if mode == "last4":
            return d.isdigit() and len(d) == 4
        return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if typ == "NI_NUMBER":
        d = spoken_norm(s, letters=True)
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", d) is not None
    if typ == "SORT_CODE":
        d = spoken_norm(s)
        return d.isdigit() and len(d) == 6
    if typ == "BANK_ACCOUNT":
        d = spoken_norm(s)
        if mode == "aba":
            return aba_ok(d)
        return d.isdigit() and 6 <= len(d) <= 17
    if typ == "IBAN":
        return iban_ok(spoken_norm(s, letters=True))
    if typ == "PHONE":
        d = spoken_norm(s.replace("(0)", ""))
        dd = d.lstrip("+")
        return re.fullmatch(r"\+?\d+", d) is not None and 10 <= len(dd) <= 14
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", email_norm(s)) is not None
    if typ in ("DOB", "EXPIRY"):
        if re.search(r"\b(%s)" % MONTH_RE, low):
            return True
        d = re.sub(r"[^0-9]", "", spoken_norm(re.sub(r"[/.\-,]", " ", low)))
        if typ == "EXPIRY":
            return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
        return 5 <= len(d) <= 8
    if typ == "POSTCODE":
        d = spoken_norm(s, letters=True).replace("-", "")
        return UKPC_RE.fullmatch(d) is not None or re.fullmatch(r"\d{5}(\d{4})?", d) is not None
    if typ == "ADDRESS":
        has_num = re.search(r"\d", s) or any(w in low.split() for w in UNITS + TEENS + list(TENS.values()))
        has_st = re.search(r"\b(road|avenue|ave|close|grove|lane|street|st|crescent|terrace|drive|way|gardens|parade|ct|court|blvd|boulevard|rd)\b", low)
        return bool(has_num and has_st)
    return False


def check(cases, text):
    errs = []
    data = [json.loads(l) for l in text.splitlines()]
    ids = [d["id"] for d in data]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, d in zip(cases, data):
        assert c.id == d["id"]
        if d["kind"] == "negative" and d["spans"]:
            errs.append("%s negative with spans" % d["id"])
        if d["kind"] == "positive" and not d["spans"]:
            errs.append("%s positive without spans" % d["id"])
        for t in d["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % d["id"])
        byturn = {}
        for s in d["spans"]:
            txt = d["turns"][s["turn"]]["text"] if 0 <= s["turn"] < len(d["turns"]) else None
            if txt is None or not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s span out of range" % d["id"])
                continue
            val = txt[s["start"]:s["end"]]
            if val != val.strip() or not (val[0].isalnum() or (s["type"] == "PHONE" and val[0] in "+(")) or not val[-1].isalnum():
                errs.append("%s span edges %r" % (d["id"], val))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s span starts mid-word %r" % (d["id"], val))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s span ends mid-word %r" % (d["id"], val))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % d["id"])
        # group-level value validation
        texts = {}
        for gid, ti, st, en in c.parts:
            texts.setdefault(gid, []).append(c.turns[ti]["text"][st:en])
        norms = {}
        for gid, (typ, mode, ref) in c.groups.items():
            joined = " ".join(texts.get(gid, []))
            if mode == "full" and typ in ("CARD_NUMBER",):
                norms[gid] = spoken_norm(joined)
        for gid, (typ, mode, ref) in c.groups.items():
            joined = " ".join(texts.get(gid, []))
            try:
                ok = validate(typ, mode, joined, norms.get(ref))
            except (ValueError, AssertionError) as e:
                ok = False
                errs.append("%s %s parse error: %s" % (d["id"], typ, e))
            if not ok:
                errs.append("%s invalid %s value %r" % (d["id"], typ, joined))
    return errs


def counts(text):
    data = [json.loads(l) for l in text.splitlines()]
    ct = Counter()
    cases_with = Counter()
    for d in data:
        for s in d["spans"]:
            ct[s["type"]] += 1
        for t in set(s["type"] for s in d["spans"]):
            cases_with[t] += 1
    kinds = Counter(d["kind"] for d in data)
    return kinds, ct, cases_with


def main():
    cases = build()
    text = serialise(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        errs = []
        if cur != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        errs += check(cases, cur if not errs else text)
        kinds, ct, cw = counts(text)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                    "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if ct[typ] < need.get(typ, 10):
                errs.append("too few %s spans: %d" % (typ, ct[typ]))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases: %s" % dict(kinds))
        for e in errs:
            print("ERROR:", e)
        print("cases: %s; spans: %s" % (dict(kinds), dict(sorted(ct.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    kinds, ct, cw = counts(text)
    print("wrote %s" % os.path.normpath(OUT))
    print("cases: %s" % dict(kinds))
    for typ in sorted(ct):
        print("  %-13s spans=%3d cases=%3d" % (typ, ct[typ], cw[typ]))


if __name__ == "__main__":
    main()

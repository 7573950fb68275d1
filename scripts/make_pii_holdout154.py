#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout154.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout154.py          # write fixture + README
    python scripts/make_pii_holdout154.py --check  # regenerate and verify
"""
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

SEED = 154241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout154"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h154"

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- values
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu", "q": "quebec",
        "u": "uniform", "v": "victor", "i": "india", "o": "oscar"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["whisky"] = "w"


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rdigits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        body, n = "4" + rdigits(5), 16
    elif kind == "visa19":
        body, n = "4" + rdigits(5), 19
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55"]) + rdigits(4), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + rdigits(4), 15
    else:
        body, n = "6011" + rdigits(2), 16
    body += rdigits(n - 1 - len(body))
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c


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
    return p + rdigits(6) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK"]) + rdigits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + rdigits(14)
    elif cc == "DE":
        bban = rdigits(18)
    elif cc == "FR":
        bban = rdigits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABO", "INGB"]) + rdigits(10)
    else:
        bban = rdigits(20)
    return cc + iban_check(cc, bban) + bban


def make_phone():
    k = R.choice(["uk_mob", "uk_geo", "us", "ie", "uk_intl", "us_intl", "ie_intl"])
    if k == "uk_mob":
        return k, "07" + rdigits(9)
    if k == "uk_geo":
        return k, R.choice(["0161", "0121", "0113", "0117", "0141"]) + rdigits(7)
    if k == "us":
        return k, str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdigits(4)
    if k == "ie":
        return k, "08" + R.choice("35679") + rdigits(7)
    if k == "uk_intl":
        return k, "447" + rdigits(9)
    if k == "us_intl":
        return k, "1" + str(R.randint(201, 989)) + str(R.randint(200, 999)) + rdigits(4)
    return k, "3538" + R.choice("35679") + rdigits(7)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "megan", "kevin", "niamh",
         "carlos", "fatima", "dave", "olga", "marcus", "helen", "sean", "rachel", "amir"]
LAST = ["smith", "obrien", "patel", "nguyen", "walsh", "kowalski", "jones", "murphy",
        "garcia", "hughes", "brennan", "clarke", "fischer", "okafor", "reilly"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "eircom.net",
           "btinternet.com", "icloud.com", "aol.com", "protonmail.com", "sky.com"]

UK_PC = ["SW1A 2AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH12 9JE",
         "G2 8DL", "BS7 9QE", "NE4 5TR", "L17 6BW", "CF10 3NP", "BT9 5DR", "SE15 4HW",
         "N7 8JG", "RG1 7UP", "OX4 2JY", "HU5 3LD", "PL1 4RE", "M20 2WS"]
STREETS_UK = ["Station Road", "Church Lane", "Victoria Street", "Mill Road", "Park Avenue",
              "Elm Grove", "Queens Drive", "Hawthorn Close", "Kings Crescent", "High Street"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Lincoln Drive",
              "Cedar Lane", "Washington Street", "Pine Court", "Lakeview Road"]
TOWNS_UK = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Reading", "Hull"]
TOWNS_US = ["Columbus", "Austin", "Denver", "Tampa", "Raleigh", "Madison", "Spokane"]


def make_email():
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    style = R.randint(0, 3)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(10, 99))
    elif style == 2:
        local = f + "_" + l
    else:
        local = l + f[0]
    return local, d

# ---------------------------------------------------------- spoken forms

def w(d, homo=0.0):
    """word for one digit; optionally an ASR homophone"""
    if d == "0":
        return R.choice(["zero", "oh", "oh", "o", "nought"])
    if homo and R.random() < homo:
        if d == "4":
            return "for"
        if d == "2":
            return R.choice(["to", "too"])
        if d == "8":
            return "ate"
        if d == "1":
            return "won"
    return UNITS[int(d)]


def pair(dd):
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return "oh " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def say(s, style=None, homo=0.15):
    """render a digit string as an ASR would write it"""
    if style is None:
        style = R.choice(["plain", "plain", "double", "double", "pairs", "mixed"])
    out = []
    i = 0
    while i < len(s):
        if style in ("double", "mixed") and i + 2 < len(s) and s[i] == s[i + 1] == s[i + 2]:
            out.append("triple " + w(s[i]))
            i += 3
            continue
        if style in ("double", "mixed") and i + 1 < len(s) and s[i] == s[i + 1]:
            out.append("double " + w(s[i]))
            i += 2
            continue
        if style in ("pairs",) or (style == "mixed" and R.random() < 0.4):
            if i + 1 < len(s) and s[i] != "0" and s[i + 1] != "0":
                out.append(pair(s[i:i + 2]))
                i += 2
                continue
        out.append(w(s[i], homo))
        i += 1
    return " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def card_groups(c):
    if len(c) == 15:
        return chunks(c, [4, 6, 5])
    if len(c) == 19:
        return chunks(c, [4, 4, 4, 4, 3])
    return chunks(c, [4, 4, 4, 4])


def say_letter(ch, nato_p=0.3):
    ch = ch.lower()
    r = R.random()
    if r < nato_p:
        return ch + " for " + NATO[ch]
    if r < nato_p + 0.15:
        return NATO[ch]
    return ch


def typed_group(s, sizes, sep):
    return sep.join(chunks(s, sizes))

# --------------------------------------------------------------- builder

class Case:
    def __init__(self):
        self.turns = []
        self.spans = []

    def t(self, speaker, *segs):
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                val, typ = seg
                self.spans.append({"turn": len(self.turns), "start": len(text),
                                   "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += seg
        self.turns.append({"speaker": speaker, "text": text})
        return self


def A(c, *s):
    return c.t("agent", *s)


def C(c, *s):
    return c.t("customer", *s)


BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "yeah", "got that", "go ahead"]
FILL = ["um ", "uh ", "er ", "", "", ""]

# --------------------------------------------------------------- positives

def p_card_split_call():
    c = Case()
    card = make_card()
    ind = R.choice(["telecom", "insurance", "utilities", "retail", "travel"])
    A(c, R.choice(["okay so whenever you're ready the long card number please",
                   "and can i take the sixteen digits on the front",
                   "go ahead with the card number"]))
    g = card_groups(card)
    for k, grp in enumerate(g):
        lead = R.choice(FILL) if k else R.choice(["yeah it's ", "right ", "okay ", "so ", ""])
        tail = R.choice(["", "", " um", " and"]) if k < len(g) - 1 else ""
        C(c, lead, (say(grp), "CARD_NUMBER"), tail)
        if k < len(g) - 1:
            A(c, R.choice(BACK))
    A(c, "thank you and the expiry")
    return c, "call/%s: card number split over %d customer turns with back-channels" % (ind, len(g))


def p_card_correction():
    c = Case()
    card = make_card()
    g = card_groups(card)
    A(c, "can you read me the card number please")
    first = " ".join(say(x, "plain") for x in g[:2])
    last = g[-1]
    wrong = str((int(last[-1]) + 3) % 10)
    wrong_group = last[:-1] + wrong
    mid = " ".join(say(x, "plain") for x in g[2:-1])
    val = first + (" " + mid if mid else "") + " " + say(wrong_group, "plain") + " sorry no " + say(last, "plain")
    C(c, "yep ", (val, "CARD_NUMBER"), " i think that's right")
    A(c, "lovely and when does it expire")
    exp_m, exp_y = R.randint(1, 12), R.randint(26, 31)
    C(c, (MONTHS[exp_m - 1] + " twenty " + UNITS[exp_y - 20] if exp_y < 30 else MONTHS[exp_m - 1] + " twenty " + pair(str(exp_y)), "EXPIRY"))
    return c, "call/retail: card with self-correction of last group, expiry month name and spoken year"


def p_card_agent_interrupt():
    c = Case()
    card = make_card()
    s = say(card, R.choice(["plain", "double"]))
    words = s.split()
    cut = len(words) // 2
    A(c, "and the card number")
    C(c, (" ".join(words[:cut]), "CARD_NUMBER"))
    A(c, "sorry you broke up there can you start again")
    C(c, "oh sorry ", (s, "CARD_NUMBER"))
    A(c, "thank you i'll just read that back ", (say(card, "plain", 0), "CARD_NUMBER"), " is that correct")
    C(c, "yes that's it")
    return c, "call/banking: reading restarted after agent interrupt, agent reads back full card"


def p_card_chat():
    c = Case()
    card = make_card()
    sep = R.choice([" ", "-", "", " ", "."])
    typed = typed_group(card, [len(x) for x in card_groups(card)], sep)
    m, y = R.randint(1, 12), R.randint(26, 32)
    exp = R.choice(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%d-%d" % (m, y), "%02d %d" % (m, y)])
    cvv = rdigits(4 if len(card) == 15 else 3)
    A(c, "Hi, you're chatting with Dana. How can I help?")
    C(c, R.choice(["hi i want to pay my bill of £", "hey can u take payment for $"]) + "%d.%02d" % (R.randint(20, 400), R.randint(0, 99)))
    A(c, "Sure, please enter the card number, expiry and security code.")
    style = R.randint(0, 2)
    if style == 0:
        C(c, "card ", (typed, "CARD_NUMBER"), " exp ", (exp, "EXPIRY"), " cvv ", (cvv, "CVV"))
    elif style == 1:
        C(c, (typed, "CARD_NUMBER"), "\n", (exp, "EXPIRY"), "\n", (cvv, "CVV"))
    else:
        C(c, "its ", (typed, "CARD_NUMBER"), ", expires ", (exp, "EXPIRY"), " and the code on back is ", (cvv, "CVV"))
    return c, "chat/utilities: typed card, expiry and cvv with varied separators"


def p_cvv_expiry_call():
    c = Case()
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = rdigits(3)
    A(c, "and the expiry date on the card")
    form = R.randint(0, 2)
    if form == 0:
        ex = say("%02d" % m, "plain") + " " + say("%02d" % y, "plain")
    elif form == 1:
        ex = say("%02d" % m, "plain") + " twenty " + pair("%02d" % y)
    else:
        ex = MONTHS[m - 1] + " " + pair("%02d" % y)
    C(c, R.choice(["it's ", "um ", "expires "]), (ex, "EXPIRY"))
    A(c, "and the three digit security code on the back")
    C(c, "hang on let me turn it over ", (say(cvv, "plain", 0.3), "CVV"))
    A(c, "that's ", (say(cvv, "plain", 0), "CVV"), " yeah")
    C(c, "yep")
    return c, "call/travel: spoken expiry and cvv, cvv read back by agent, homophones"


def p_ssn_call():
    c = Case()
    ssn = make_ssn()
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services"])
    A(c, "for verification can i get your social security number")
    st = R.randint(0, 3)
    if st == 0:
        C(c, "sure it's ", (say(ssn[:3]) + " " + say(ssn[3:5]) + " " + say(ssn[5:]), "SSN"))
    elif st == 1:
        C(c, "okay ", (say(ssn[:3]), "SSN"))
        A(c, R.choice(BACK))
        C(c, (say(ssn[3:5]), "SSN"))
        A(c, R.choice(BACK))
        C(c, R.choice(FILL), (say(ssn[5:]), "SSN"))
    elif st == 2:
        C(c, "the last four or the whole thing")
        A(c, "the full number please")
        C(c, (say(ssn[:5], "plain") + " uh " + say(ssn[5:], "pairs"), "SSN"))
    else:
        wrong = ssn[:3] + str((int(ssn[3]) + 1) % 10) + ssn[4]
        C(c, (say(wrong, "plain") + " no wait " + say(ssn[3:5], "plain") + " " + say(ssn[5:], "plain"), "SSN"))
    A(c, "thank you that's verified")
    return c, "call/%s: us ssn spoken, restarts/splits/corrections" % ind


def p_ssn_chat():
    c = Case()
    ssn = make_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    A(c, "To verify your identity please provide your SSN.")
    C(c, R.choice(["ok its ", "SSN: ", "sure ", "my ss# is "]), (f, "SSN"), R.choice(["", " thanks", ". my balance is $%d.%02d" % (R.randint(10, 900), R.randint(0, 99))]))
    return c, "chat/healthcare billing: typed ssn with separators"


def say_ni(ni, nato=0.3):
    parts = [say_letter(ni[0], nato), say_letter(ni[1], nato)]
    parts.append(say(ni[2:8], R.choice(["plain", "pairs", "double"]), 0.1))
    parts.append(say_letter(ni[8], nato))
    return " ".join(parts)


def p_ni_call():
    c = Case()
    ni = make_ni()
    A(c, "and your national insurance number please")
    st = R.randint(0, 3)
    if st == 0:
        C(c, "yeah it's ", (say_ni(ni), "NI_NUMBER"))
    elif st == 1:
        C(c, (say_letter(ni[0]) + " " + say_letter(ni[1]), "NI_NUMBER"))
        A(c, R.choice(BACK))
        C(c, (say(ni[2:8], "pairs"), "NI_NUMBER"))
        A(c, "and the letter at the end")
        C(c, (say_letter(ni[8], 0.6), "NI_NUMBER"))
    elif st == 2:
        C(c, "hold on it's on my payslip um ", (say_ni(ni, 0.5), "NI_NUMBER"), " i think")
        A(c, "let me read that back ", (" ".join(ch.lower() for ch in ni[:2]) + " " + say(ni[2:8], "plain", 0) + " " + ni[8].lower(), "NI_NUMBER"))
        C(c, "that's the one")
    else:
        C(c, (say_letter(ni[0]) + " " + say_letter(ni[1]) + " " + say(ni[2:5], "plain"), "NI_NUMBER"), " ")
        A(c, "sorry was that ", (" ".join(ch.lower() for ch in ni[:2]) + " " + say(ni[2:5], "plain", 0), "NI_NUMBER"))
        C(c, "yes then ", (say(ni[5:8], "plain") + " " + ni[8].lower(), "NI_NUMBER"))
    return c, "call/government services: uk ni number spoken with nato/letters, splits, agent readback"


def p_ni_chat():
    c = Case()
    ni = make_ni()
    f = R.choice(["%s %s %s %s %s", "%s%s%s%s%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if R.random() < 0.4:
        f = f.lower()
    A(c, "Could you confirm your National Insurance number?")
    C(c, R.choice(["its ", "NI no. ", "sure - ", ""]), (f, "NI_NUMBER"), R.choice(["", " cheers", " (from my P60)"]))
    return c, "chat/government services: typed ni number, case and spacing varied"


def p_bank_call():
    c = Case()
    acct = rdigits(8)
    sc = rdigits(6)
    A(c, "can i take the sort code and account number for the direct debit")
    st = R.randint(0, 2)
    if st == 0:
        C(c, "sort code is ", (say(sc[:2], "plain") + " " + say(sc[2:4], "plain") + " " + say(sc[4:], "plain"), "SORT_CODE"),
          " and the account number ", (say(acct), "BANK_ACCOUNT"))
    elif st == 1:
        C(c, (say(sc, "pairs"), "SORT_CODE"))
        A(c, "okay and the account")
        C(c, (say(acct[:4]), "BANK_ACCOUNT"))
        A(c, R.choice(BACK))
        C(c, (say(acct[4:]), "BANK_ACCOUNT"))
    else:
        C(c, "the sort code um ", (say(sc, "double"), "SORT_CODE"))
        A(c, "was that ", (say(sc, "plain", 0), "SORT_CODE"))
        C(c, "yeah and account ", (say(acct, "mixed"), "BANK_ACCOUNT"), " the payment's on the first of the month")
    return c, "call/utilities: uk sort code and account number spoken, split, read back"


def p_bank_chat():
    c = Case()
    acct = rdigits(R.choice([8, 8, 10, 12]))
    A(c, "Please give the account number you'd like the refund paid to.")
    if len(acct) == 8 and R.random() < 0.6:
        sc = rdigits(6)
        C(c, "sort code ", (R.choice(["-", " ", ""]).join([sc[:2], sc[2:4], sc[4:]]), "SORT_CODE"), " acc ", (acct, "BANK_ACCOUNT"))
    else:
        rt = "0" + rdigits(8)
        C(c, "checking acct ", (acct, "BANK_ACCOUNT"), " refund was $%d.%02d" % (R.randint(5, 500), R.randint(0, 99)))
    return c, "chat/retail: typed account number for refund"


def say_iban(ib):
    parts = []
    for ch in ib:
        if ch == "O":
            parts.append(R.choice(["o for oscar", "oscar"]))
        else:
            parts.append(say_letter(ch, 0.2) if ch.isalpha() else w(ch))
    return " ".join(parts)


def p_iban_call():
    c = Case()
    ib = make_iban()
    A(c, "and the iban for the account")
    g = chunks(ib, [4] * 10)
    if R.random() < 0.5:
        C(c, "okay it's ", (say_iban(ib), "IBAN"))
    else:
        half = len(g) // 2
        C(c, (say_iban("".join(g[:half])), "IBAN"))
        A(c, R.choice(BACK))
        C(c, (say_iban("".join(g[half:])), "IBAN"))
    return c, "call/banking: eu/uk iban spoken letter by letter and digit by digit"


def p_iban_chat():
    c = Case()
    ib = make_iban()
    f = " ".join(chunks(ib, [4] * 10)) if R.random() < 0.6 else ib
    if R.random() < 0.3:
        f = f.lower()
    A(c, "Please send the IBAN for the refund of €%d.%02d." % (R.randint(20, 900), R.randint(0, 99)))
    C(c, R.choice(["IBAN: ", "here u go ", "it's "]), (f, "IBAN"))
    return c, "chat/travel: typed iban for refund, grouping and case varied"


def say_phone(kind, num):
    if kind.endswith("intl"):
        cc = {"uk_intl": "44", "us_intl": "1", "ie_intl": "353"}[kind]
        pre = "plus " + " ".join(w(d) for d in cc)
        return pre + " " + say(num[len(cc):])
    if kind == "us":
        return say(num[:3]) + " " + say(num[3:6]) + " " + say(num[6:])
    if kind == "uk_geo":
        return say(num[:4], "plain") + " " + say(num[4:])
    return say(num[:5]) + " " + say(num[5:])


def p_phone_call():
    c = Case()
    kind, num = make_phone()
    A(c, R.choice(["what's the best number to reach you on", "and a contact number in case we get cut off"]))
    st = R.randint(0, 2)
    if st == 0:
        C(c, R.choice(["it's ", "my mobile's ", "um "]), (say_phone(kind, num), "PHONE"))
    elif st == 1:
        s = say_phone(kind, num).split()
        cut = len(s) // 2
        C(c, (" ".join(s[:cut]), "PHONE"))
        A(c, R.choice(BACK))
        C(c, (" ".join(s[cut:]), "PHONE"), " that's a mobile")
    else:
        C(c, (say_phone(kind, num), "PHONE"), " but i'm only free after five thirty")
        A(c, "so that's ", (say(num, "plain", 0), "PHONE"))
        C(c, "correct")
    return c, "call/telecom: phone number (%s) spoken, split or read back" % kind


def p_phone_chat():
    c = Case()
    kind, num = make_phone()
    if kind == "us":
        f = R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (num[:3], num[3:6], num[6:])
    elif kind == "us_intl":
        f = "+1 %s %s %s" % (num[1:4], num[4:7], num[7:])
    elif kind == "uk_intl":
        f = R.choice(["+44 %s %s", "+44%s%s", "0044 %s %s"]) % (num[2:6], num[6:])
    elif kind == "ie_intl":
        f = "+353 %s %s %s" % (num[3:5], num[5:8], num[8:])
    else:
        f = R.choice(["%s %s", "%s%s", "%s-%s"]) % (num[:5], num[5:])
    A(c, "Can you give me a phone number for the engineer visit on the %d%s?" % (R.randint(4, 9), "th"))
    plus = "+" if f.startswith("+") else ""
    C(c, R.choice(["sure ", "yes its ", "mob: ", "call me on "]) + plus, (f[len(plus):], "PHONE"), R.choice(["", " after 6pm", " ta"]))
    return c, "chat/utilities: typed phone (%s), mixed with appointment detail" % kind


def p_email_call():
    c = Case()
    local, dom = make_email()
    spoken_local = local.replace(".", " dot ").replace("_", " underscore ")
    spoken_local = re.sub(r"\d+", lambda m: pair(m.group(0)), spoken_local)
    sd = dom.replace(".", " dot ")
    A(c, "and an email address for the confirmation")
    st = R.randint(0, 2)
    if st == 0:
        C(c, "yeah it's ", (spoken_local + " at " + sd, "EMAIL"))
    elif st == 1:
        C(c, (spoken_local, "EMAIL"))
        A(c, R.choice(["mhm", "okay", "yep"]))
        C(c, ("at " + sd, "EMAIL"))
    else:
        sp = " ".join(local) if local.isalpha() and len(local) < 9 else spoken_local
        C(c, "it's ", (sp + " at " + sd, "EMAIL"), " all lower case")
    return c, "call/insurance: email spoken with dot/at/underscore, maybe split"


def p_email_chat():
    c = Case()
    local, dom = make_email()
    e = local + "@" + dom
    if R.random() < 0.3:
        e = e[0].upper() + e[1:]
    A(c, "What's the email on the account?")
    C(c, R.choice(["", "its ", "email is ", "pls send to "]), (e, "EMAIL"), R.choice(["", " thx", " - and my order is ORD-%d" % R.randint(100000, 999999)]))
    return c, "chat/retail: typed email"


def spoken_year(y):
    return "nineteen " + pair(str(y)[2:]) if y < 2000 else "two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + pair(str(y)[2:])


def p_dob_call():
    c = Case()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    A(c, "can you confirm your date of birth")
    day = ORD[d] if d <= 20 else "twenty " + ORD[d - 20]
    st = R.randint(0, 3)
    if st == 0:
        v = "the " + day + " of " + MONTHS[m - 1] + " " + spoken_year(y)
    elif st == 1:
        v = MONTHS[m - 1] + " " + day + " " + spoken_year(y)
    elif st == 2:
        v = say("%02d" % d, "plain") + " " + say("%02d" % m, "plain") + " " + pair(str(y)[2:])
    else:
        v = day + " " + MONTHS[m - 1] + " " + spoken_year(y)
    C(c, R.choice(["yeah it's ", "", "um "]), (v, "DOB"))
    A(c, "thank you and the first line of the address")
    return c, "call/healthcare billing: spoken date of birth"


def p_dob_chat():
    c = Case()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    f = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                  "%02d.%02d.%02d" % (d, m, y % 100)])
    A(c, "For security, please confirm your date of birth.")
    C(c, R.choice(["dob ", "born ", "", "it's "]), (f, "DOB"))
    return c, "chat/insurance: typed date of birth"


def spoken_pc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch == "O":
            out.append(R.choice(["o for oscar", "oscar"]))
        else:
            out.append(w(ch) if ch.isdigit() else say_letter(ch, 0.2))
    return " ".join(out)


def p_address_call_uk():
    c = Case()
    pc = R.choice(UK_PC)
    n = R.randint(1, 199)
    st = R.choice(STREETS_UK)
    A(c, "can i take the postcode please")
    C(c, "it's ", (spoken_pc(pc), "POSTCODE"))
    A(c, "and the house number and street")
    nn = R.choice([UNITS[n] if n < 10 else pair(str(n)) if n < 100 else UNITS[n // 100] + " " + pair("%02d" % (n % 100))]) if n % 100 >= 10 or n < 10 else UNITS[n // 100] + " " + pair("%02d" % (n % 100))
    C(c, (nn + " " + st.lower(), "ADDRESS"), R.choice(["", " in " + R.choice(TOWNS_UK).lower()]))
    return c, "call/utilities: uk postcode spoken with letters, house number in words and street"


def p_address_chat():
    c = Case()
    if R.random() < 0.5:
        n, st, town, pc = R.randint(1, 250), R.choice(STREETS_UK), R.choice(TOWNS_UK), R.choice(UK_PC)
        if R.random() < 0.3:
            pc = pc.lower().replace(" ", "")
        A(c, "What's the delivery address?")
        C(c, (str(n) + " " + st, "ADDRESS"), ", " + town + ", ", (pc, "POSTCODE"))
        note = "chat/retail: uk address and postcode typed"
    else:
        n, st, town = R.randint(10, 9999), R.choice(STREETS_US), R.choice(TOWNS_US)
        z = rdigits(5) if R.random() < 0.7 else rdigits(5) + "-" + rdigits(4)
        A(c, "Please confirm your billing address.")
        C(c, (str(n) + " " + st + R.choice(["", " Apt %d" % R.randint(1, 40)]), "ADDRESS"), ", " + town + " " + R.choice(["OH", "TX", "CO", "FL"]) + " ", (z, "POSTCODE"))
        note = "chat/insurance: us address and zip typed"
    return c, note


def p_zip_call():
    c = Case()
    z = rdigits(5)
    n = R.randint(100, 9999)
    st = R.choice(STREETS_US)
    A(c, "what's the billing address on the card")
    sn = pair(str(n)[:2]) + " " + pair(str(n)[2:]) if n >= 1000 and str(n)[2] != "0" else say(str(n), "plain")
    C(c, (sn + " " + st.lower(), "ADDRESS"))
    A(c, "and the zip")
    C(c, (say(z), "POSTCODE"), R.choice(["", " that's in " + R.choice(TOWNS_US).lower()]))
    return c, "call/banking: us street number spoken in pairs, zip code spoken"


def p_combo_call():
    c = Case()
    ni = make_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000)
    A(c, "before we go on can i get your date of birth and national insurance number")
    C(c, "yeah it's ", ("the " + ORD[min(d, 20)] + " of " + MONTHS[m - 1] + " " + spoken_year(y), "DOB"),
      " and the ni number is ", (say_ni(ni), "NI_NUMBER"))
    A(c, "great thanks your claim reference is four four two one nine")
    return c, "call/government services: dob and ni in one turn, nearby claim reference (unlabelled)"


def p_combo_card_ssn():
    c = Case()
    card = make_card()
    ssn = make_ssn()
    A(c, "i'll need the last four of your social and the card you want to pay with")
    C(c, "okay social is ", (say(ssn, "plain"), "SSN"), " the whole thing")
    A(c, "thanks and the card")
    g = card_groups(card)
    C(c, (" ".join(say(x) for x in g[:2]), "CARD_NUMBER"))
    A(c, "mhm")
    C(c, "uh ", (" ".join(say(x) for x in g[2:]), "CARD_NUMBER"), " and the payment is one hundred and twenty dollars")
    return c, "call/telecom: ssn and card in one call, amount in words unlabelled"


def p_ni_ssn_chat_mix():
    c = Case()
    ni = make_ni()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2002)
    A(c, "Please provide NI number and DOB to proceed with your claim 40021.")
    C(c, (ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER"), " / ", ("%02d/%02d/%d" % (d, m, y), "DOB"))
    return c, "chat/government services: ni and dob on one line, claim reference nearby"


def p_card_homophone():
    c = Case()
    card = make_card()
    A(c, "right go ahead with the card")
    C(c, (say(card, "plain", 0.5), "CARD_NUMBER"))
    A(c, "and the cvv")
    cvv = rdigits(4 if len(card) == 15 else 3)
    C(c, (say(cvv, "plain", 0.5), "CVV"))
    return c, "call/retail: card and cvv with asr homophones (for/to/ate/won)"


def p_ref_then_card():
    c = Case()
    ref = rdigits(R.randint(7, 9))
    card = make_card()
    g = card_groups(card)
    A(c, "have you got the order number there")
    C(c, "yeah order number " + say(ref, "plain", 0) + " it was " + money(R.randint(101, 899)) + " pounds")
    A(c, "thanks and i'll take the card details for the balance whenever you're ready")
    C(c, "okay so ", (" ".join(say(x) for x in g[:2]), "CARD_NUMBER"))
    A(c, "sorry ", (say(g[0], "plain", 0) + " " + say(g[1], "plain", 0), "CARD_NUMBER"), " and then")
    C(c, "yeah then ", (" ".join(say(x) for x in g[2:]), "CARD_NUMBER"))
    return c, "call/retail: order number (unlabelled) then card read in halves, agent repeats first half"


def p_phone_interrupt():
    c = Case()
    kind, num = R.choice([("uk_mob", "07" + rdigits(9)), ("ie", "08" + R.choice("567") + rdigits(7))])
    A(c, "and can i get a contact number")
    C(c, "it's ", (say(num[:5], "plain"), "PHONE"), " and then")
    A(c, "sorry ", (say(num[:5], "plain", 0), "PHONE"), " was it")
    C(c, "yeah ", (say(num[:5], "plain") + " " + say(num[5:], R.choice(["double", "pairs"])), "PHONE"), " yeah")
    A(c, "and what's a good time to call you back the engineer can do ten till two")
    return c, "call/telecom: phone reading interrupted by agent, restarted in full; time window unlabelled"


def p_ni_chat_typo():
    c = Case()
    ni, ni2 = make_ni(), None
    bad = ni[:7] + str((int(ni[7]) + 1) % 10) + ni[8]
    A(c, "Please type your NI number exactly as it appears on your letter.")
    C(c, (bad.lower(), "NI_NUMBER"))
    C(c, "sorry typo its ", (ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER"))
    A(c, "Thanks! Your appointment is on %d %s at %d:%02d." % (R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(9, 16), R.choice([0, 15, 30, 45])))
    return c, "chat/government services: ni typed twice (typo then correction), appointment date/time unlabelled"


def p_iban_bic_call():
    c = Case()
    ib = make_iban()
    words = say_iban(ib).split(" ")
    cut = len(words) // 3
    A(c, "whenever you're ready with the iban")
    C(c, (" ".join(words[:cut]), "IBAN"))
    A(c, "mhm")
    C(c, "um ", (" ".join(words[cut:2 * cut]), "IBAN"))
    A(c, "okay go on")
    C(c, (" ".join(words[2 * cut:]), "IBAN"), " and the transfer is " + money(R.randint(101, 999)) + " euro")
    return c, "call/travel: iban split in three turns with fillers, amount unlabelled"


def p_dob_readback_call():
    c = Case()
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1945, 2004)
    day = ORD[d] if d <= 20 else "twenty " + ORD[d - 20]
    A(c, "can i just take your date of birth")
    C(c, ("the " + day + " of " + MONTHS[m - 1], "DOB"))
    A(c, "and the year")
    C(c, (spoken_year(y), "DOB"))
    A(c, "lovely so that's ", (say("%02d" % d, "plain", 0) + " " + say("%02d" % m, "plain", 0) + " " + pair(str(y)[2:]), "DOB"), " and you're calling about the bill from " + R.choice(MONTHS))
    return c, "call/healthcare billing: dob split day-month / year, agent reads back numerically; bill month unlabelled"


POS_TEMPLATES = [
    (p_card_split_call, 16), (p_card_correction, 10), (p_card_agent_interrupt, 7), (p_card_chat, 10),
    (p_card_homophone, 6), (p_cvv_expiry_call, 10), (p_ssn_call, 16), (p_ssn_chat, 8),
    (p_ni_call, 16), (p_ni_chat, 8), (p_bank_call, 10), (p_bank_chat, 6), (p_iban_call, 8),
    (p_iban_chat, 6), (p_phone_call, 10), (p_phone_chat, 6), (p_email_call, 10), (p_email_chat, 6),
    (p_dob_call, 7), (p_dob_chat, 5), (p_address_call_uk, 7), (p_address_chat, 7), (p_zip_call, 6),
    (p_combo_call, 5), (p_combo_card_ssn, 5), (p_ni_ssn_chat_mix, 4),
    (p_ref_then_card, 6), (p_phone_interrupt, 6), (p_ni_chat_typo, 4), (p_iban_bic_call, 5),
    (p_dob_readback_call, 5),
]

# --------------------------------------------------------------- negatives

def money(n):
    h, r = divmod(n, 100)
    out = (UNITS[h] + " hundred") if h else ""
    if r:
        rw = UNITS[r] if r < 10 else pair("%02d" % r) if r % 10 else TENS[r // 10] if r >= 20 else TEENS[r - 10]
        out = (out + " and " + rw) if out else rw
    return out


def n_amount_call():
    c = Case()
    a = R.randint(100, 999)
    A(c, "your outstanding balance is " + money(a) + " pounds and " + pair("%02d" % R.randint(10, 99)) + " pence")
    C(c, "okay can i pay " + pair(str(R.randint(20, 99))) + " pounds today and the rest on the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS))
    A(c, "yes that's fine the payment plan starts in " + R.choice(MONTHS))
    return c, "call/utilities: balance, amounts in words, payment date (not dob)"


def n_reference_call():
    c = Case()
    ref = rdigits(R.randint(6, 9))
    word = R.choice(["order number", "ticket number", "claim number", "reference number", "invoice number"])
    A(c, "have you got your " + word)
    C(c, "yeah the " + word + " is " + say(ref, "plain", 0))
    A(c, "thanks i can see that " + word.split()[0] + " it was raised on the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS))
    return c, "call/retail: %s spoken digit by digit with reference word" % word


def n_reference_chat():
    c = Case()
    word = R.choice(["Order #", "Ticket ", "Invoice INV-", "Ref ", "Claim no. "])
    A(c, "How can I help today?")
    C(c, "hi my %s%d still hasn't arrived, it was meant to come on %d/%d" % (word, R.randint(100000, 9999999999), R.randint(1, 28), R.randint(1, 12)))
    A(c, "Sorry about that! I've escalated it; expect an update within 48 hours.")
    return c, "chat/retail: order/ticket reference with delivery date"


def n_flight_call():
    c = Case()
    fl = R.choice(["b a", "e i", "f r", "u a", "d l"]) + " " + say(str(R.randint(100, 999)), "plain", 0)
    A(c, "which flight are you booked on")
    C(c, fl + " on the " + ORD[R.randint(1, 20)] + " departing at " + R.choice(["seven forty five", "half six", "eleven twenty", "nine o'clock"]))
    A(c, "thank you and you're in seat " + str(R.randint(1, 40)) + R.choice("ABCDEF") + " and the bag allowance is twenty three kilos")
    return c, "call/travel: flight number, times, seat, weight"


def n_meter_call():
    c = Case()
    rd = rdigits(5)
    A(c, "could you read me the meter reading please")
    C(c, "yeah it's " + say(rd, "plain", 0) + " and the other dial says " + say(rdigits(4), "plain", 0))
    A(c, "lovely that's the reading for " + R.choice(MONTHS) + " your new direct debit will be " + pair(str(R.randint(30, 99))) + " pounds a month")
    return c, "call/utilities: meter readings and monthly amount"


def n_time_qty_chat():
    c = Case()
    A(c, "Thanks for contacting us. Anything else?")
    C(c, "I ordered %d units of model XR-%d at $%d.%02d each, delivery slot %d:%02d-%d:%02d on %d/%d/2026" % (
        R.randint(2, 40), R.randint(100, 9999), R.randint(5, 300), R.randint(0, 99), R.randint(8, 12), R.choice([0, 30]),
        R.randint(13, 17), R.choice([0, 30]), R.randint(1, 28), R.randint(1, 12)))
    A(c, "Got it, %d%% discount applied; it ships within %d working days." % (R.randint(5, 30), R.randint(2, 7)))
    return c, "chat/retail: quantities, model number, price, time slot, percentages"


def n_age_temp_call():
    c = Case()
    A(c, "and how old is the patient")
    C(c, "she's " + pair(str(R.randint(21, 89))) + " and her temperature was thirty eight point " + UNITS[R.randint(1, 9)])
    A(c, "okay the appointment is at " + R.choice(["two fifteen", "ten thirty", "quarter past three"]) + " in room " + say(str(R.randint(100, 450)), "plain", 0))
    return c, "call/healthcare billing: age, temperature, time, room number"


def n_speed_contract_call():
    c = Case()
    A(c, "you're getting about " + pair(str(R.randint(20, 99))) + " megs download at the moment")
    C(c, "but i'm paying for " + UNITS[R.randint(1, 9)] + " hundred and my contract started in " + spoken_year(R.randint(2019, 2025)))
    A(c, "i can see it's on a " + pair(str(R.choice([12, 18, 24]))) + " month contract with " + UNITS[R.randint(2, 9)] + " months left")
    return c, "call/telecom: speeds, contract year, durations"


def n_balance_chat():
    c = Case()
    A(c, "Your current balance is £%d.%02d and your last payment of £%d was received on %d %s." % (
        R.randint(1000, 99999), R.randint(0, 99), R.randint(10, 999), R.randint(1, 28), R.choice(MONTHS).capitalize()))
    C(c, "ok and the interest rate is still %d.%d%%?" % (R.randint(1, 25), R.randint(0, 9)))
    A(c, "Yes, APR %d.%d%% until %d." % (R.randint(1, 25), R.randint(0, 9), R.randint(2026, 2030)))
    return c, "chat/banking: balance, payment date, rate, year"


def n_count_call():
    c = Case()
    A(c, "i can see you've called us " + UNITS[R.randint(2, 9)] + " times this month about this")
    C(c, "yeah i've been on hold for " + pair(str(R.randint(20, 59))) + " minutes each time and i've got " + UNITS[R.randint(2, 6)] + " kids to collect at half three")
    A(c, "i'm sorry i'll add a credit of " + pair(str(R.randint(10, 50))) + " pounds to the account")
    return c, "call/telecom: counts, durations, time, credit amount"


def n_policy_year_call():
    c = Case()
    A(c, "what year is the car")
    C(c, "it's a " + spoken_year(R.randint(2005, 2024)) + " with about " + pair(str(R.randint(20, 99))) + " thousand miles on it")
    A(c, "and the policy renewal quote comes to " + money(R.randint(300, 999)) + " pounds for twelve months")
    C(c, "and the excess is still " + money(R.choice([100, 150, 250, 350, 500])) + " right")
    return c, "call/insurance: vehicle year, mileage, premium"


def n_dates_call():
    c = Case()
    A(c, "so the engineer is booked for the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS) + " between " + R.choice(["eight and twelve", "twelve and four", "nine and one"]))
    C(c, "okay and my contract started on the " + ORD[R.randint(1, 20)] + " of " + R.choice(MONTHS) + " " + spoken_year(R.randint(2019, 2025)) + " so i'm out of it in " + R.choice(MONTHS))
    A(c, "that's right you've had the service " + UNITS[R.randint(2, 6)] + " years and " + UNITS[R.randint(1, 9)] + " months")
    return c, "call/utilities: appointment and contract dates with spoken years (not birth dates)"


def n_dosage_call():
    c = Case()
    A(c, "and what dose are you on at the moment")
    C(c, money(R.choice([250, 500, 100, 150])) + " milligrams " + R.choice(["twice a day", "three times a day", "once at night"]) + " and i weigh about " + pair(str(R.randint(50, 99))) + " kilos")
    A(c, "okay the prescription charge is " + pair(str(R.randint(10, 12))) + " pounds " + pair(str(R.randint(21, 99))) + " and your next review is in " + UNITS[R.randint(2, 9)] + " weeks")
    return c, "call/healthcare billing: dosages, weight, charge, durations"


def n_product_chat():
    c = Case()
    A(c, "Hi! Which model are you asking about?")
    cur, plan = R.choice(["£", "$", "€"]), R.choice([12, 24, 36])
    C(c, "the %s %d %dGB, listed at %s%d.99 - is it cheaper on the %d month plan at %s%d.%02d/mo?" % (
        R.choice(["Galaxy S", "Pixel", "iPhone"]), R.randint(7, 24), R.choice([64, 128, 256, 512]), cur,
        R.randint(199, 1499), plan, cur, R.randint(9, 79), R.randint(0, 99)))
    A(c, "On %d months it's %d%% off, so roughly %s%d.%02d a month, and it ships in %d-%d days." % (
        plan, R.randint(5, 25), cur, R.randint(9, 60), R.randint(0, 99), R.randint(1, 3), R.randint(4, 7)))
    return c, "chat/telecom: product model, storage, prices, plan length, percentages"


def n_hotel_call():
    c = Case()
    A(c, "i've got you in room " + say(str(R.randint(101, 899)), "plain", 0) + " checking in on the " + ORD[R.randint(1, 20)] + " for " + UNITS[R.randint(2, 7)] + " nights")
    C(c, "lovely and is breakfast still " + pair(str(R.randint(12, 29))) + " euro and check out at eleven")
    A(c, "yes and the booking reference is " + say(rdigits(6), "plain", 0) + " the total comes to " + money(R.randint(200, 999)) + " euro")
    return c, "call/travel: room number, nights, prices, booking reference"


NEG_TEMPLATES = [
    (n_amount_call, 11), (n_reference_call, 12), (n_reference_chat, 10), (n_flight_call, 9),
    (n_meter_call, 9), (n_time_qty_chat, 10), (n_age_temp_call, 9), (n_speed_contract_call, 9),
    (n_balance_chat, 9), (n_count_call, 8), (n_policy_year_call, 8),
    (n_dates_call, 6), (n_dosage_call, 5), (n_product_chat, 5), (n_hotel_call, 6),
]

# --------------------------------------------------------------- generate

def generate():
    R.seed(SEED)
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, (c, note) in enumerate(pos, 1):
        out.append({"id": "%s-pos-%03d" % (PREFIX, i), "kind": "positive", "turns": c.turns,
                    "spans": c.spans, "note": note})
    for i, (c, note) in enumerate(neg, 1):
        out.append({"id": "%s-neg-%03d" % (PREFIX, i), "kind": "negative", "turns": c.turns,
                    "spans": [], "note": note})
    return out

# --------------------------------------------------------------- validate

W2D = {w_: str(i) for i, w_ in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
ORD2 = {o: i for i, o in enumerate(ORD) if o}
CORR = {"sorry", "wait"}
SKIP = {"um", "uh", "er", "no", "plus", "and", "the", "of", "it", "s", "is", "that", "was"}


def normalise_spoken(text):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    segs, cur = [], []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks) and toks[i + 2].startswith(t) and toks[i + 2] in NATO_REV:
            cur.append(t.upper()); i += 3; continue
        if t.isdigit():
            cur.append(t); i += 1; continue
        if t in ("double", "triple") and nxt in W2D:
            cur.append(W2D[nxt] * (2 if t == "double" else 3)); i += 2; continue
        if t in TEENS:
            cur.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS and t:
            d = TENS.index(t)
            if nxt in UNITS[1:]:
                cur.append(str(d) + W2D[nxt]); i += 2; continue
            cur.append(str(d) + "0"); i += 1; continue
        if t == "hundred":
            cur.append("00"); i += 1; continue
        if t == "thousand":
            cur.append("000"); i += 1; continue
        if t in W2D and not (t == "o" and False):
            cur.append(W2D[t]); i += 1; continue
        if t in NATO_REV:
            cur.append(NATO_REV[t].upper()); i += 1; continue
        if t in CORR:
            segs.append("".join(cur)); cur = []; i += 1; continue
        if len(t) == 1:
            cur.append(t.upper()); i += 1; continue
        i += 1
    segs.append("".join(cur))
    cands = [segs[0]]
    for s in segs[1:]:
        if s:
            cands = [a[:j] + s for a in cands for j in range(len(a) + 1)]
    return cands


def normalise(text):
    if re.search(r"\d", text):
        return [re.sub(r"[^A-Za-z0-9]", "", text).upper()]
    return normalise_spoken(text)


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = re.compile(r"\b(road|lane|street|avenue|grove|drive|close|crescent|boulevard|court)\b", re.I)


def has_month(s):
    return any(m in s.lower() for m in MONTHS)


def date_digits(text):
    s = text.lower()
    for o, i in sorted(ORD2.items(), key=lambda x: -len(x[0])):
        s = re.sub(r"\b%s\b" % o, str(i), s)
    return re.sub(r"[^0-9]", "", normalise_spoken(s)[0])


def valid(typ, text):
    return any(valid1(typ, text, n) for n in normalise(text))


def valid1(typ, text, n):
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_valid(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        s = text.lower()
        if "@" not in s:
            s = re.sub(r"\s+dot\s+", ".", s)
            s = re.sub(r"\s+underscore\s+", "_", s)
            s = re.sub(r"\s+at\s+", "@", s)
            s = re.sub(r"\b(%s)( (%s))?\b" % ("|".join(TENS[2:] + TEENS), "|".join(UNITS[1:])), lambda m: normalise(m.group(0))[0], s)
            s = s.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", s))
    if typ == "DOB":
        d = date_digits(text)
        return (has_month(text) and 3 <= len(d) <= 8) or 6 <= len(d) <= 8
    if typ == "EXPIRY":
        d = re.sub(r"[^0-9]", "", n)
        if has_month(text):
            return 2 <= len(d) <= 4
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 or (len(d) == 3 and 1 <= int(d[0]) <= 9)
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(n)) or bool(re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ == "ADDRESS":
        return bool(STREET_WORDS.search(text)) and bool(re.search(r"\d", n))
    return False


def group_valid(typ, texts):
    """spans of one type in one case must partition into valid values"""
    memo = {}

    def ok(i):
        if i == len(texts):
            return True
        if i in memo:
            return memo[i]
        r = False
        if i + 1 < len(texts):
            a, b = normalise(texts[i])[0], normalise(texts[i + 1])[0]
            if a and b.startswith(a) and ok(i + 1):
                memo[i] = True
                return True
        for j in range(i + 1, len(texts) + 1):
            if valid(typ, " ".join(texts[i:j])) and ok(j):
                r = True
                break
        memo[i] = r
        return r
    return ok(0)


def check(cases):
    problems = []
    ids = set()
    counts = Counter()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        bytype = {}
        last = {}
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type " + sp["type"])
                continue
            if not (0 <= sp["turn"] < len(c["turns"])):
                problems.append(cid + ": turn out of range"); continue
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append(cid + ": offsets out of range"); continue
            if not text[s].isalnum() or not text[e - 1].isalnum():
                problems.append(cid + ": span edge not alnum %r" % text[s:e])
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append(cid + ": span not on word boundary %r" % text[s:e])
            prev = last.get(sp["turn"], -1)
            if s < prev:
                problems.append(cid + ": overlapping/unsorted spans")
            last[sp["turn"]] = e
            bytype.setdefault(sp["type"], []).append(text[s:e])
            counts[sp["type"]] += 1
        for typ, texts in bytype.items():
            if not group_valid(typ, texts):
                problems.append("%s: %s values do not validate: %r" % (cid, typ, texts))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives")
    if nneg < 100:
        problems.append("too few negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    return problems, counts, npos, nneg


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(counts, npos, nneg):
    lines = [
        "# pii_holdout154 — held-out PII redaction evaluation set",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not tune",
        "patterns, thresholds or rules against it.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author who did **not** see the",
        "redaction code, its tests, its documentation or other fixture sets. Cases are",
        "produced by `scripts/make_pii_holdout154.py` from template functions: each turn is",
        "assembled from plain-text segments and (value, TYPE) segments so offsets are",
        "computed, never typed. All values come from one `random.Random(%d)`; the output" % SEED,
        "is byte-for-byte reproducible (`--check` regenerates and compares).",
        "",
        "About two thirds of the cases are phone calls written as a speech recogniser would",
        "(lower case, digits as words, oh/o/nought for zero, double/triple, pairs such as",
        "'forty one', ASR homophones for/to/too/ate/won, NATO spellings 'b for bravo',",
        "values split over turns with back-channels, restarts, self-corrections, agent",
        "read-backs). The rest are typed chat messages with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value itself: from its first to its last letter/digit word.",
        "  Lead-ins ('it's', 'my mobile's', 'sort code is') are outside the span.",
        "- A value split across turns gets one span per turn fragment, same type.",
        "- Self-corrections inside one reading ('... six two sorry no six three') are one",
        "  span covering the wrong and the corrected digits.",
        "- Agent read-backs of a value are labelled as well.",
        "- Filler words inside a reading (um, uh) are inside the span when they occur",
        "  between the value's first and last words.",
        "- PHONE: a typed '+' sits just outside the span (the span starts at the country",
        "  code digits); a spoken 'plus four four ...' is inside the span.",
        "- Letters are spelled as 'b', 'bravo' or 'b for bravo'; all inside the span.",
        "- A reading abandoned and restarted (agent asks to start again) is labelled too:",
        "  the fragment is its own span.",
        "- ADDRESS is the house number plus street name (town outside); POSTCODE separate.",
        "- DOB includes 'the ... of' when spoken ('the fifth of may nineteen eighty').",
        "- EMAIL spoken forms include the 'dot'/'at'/'underscore' words.",
        "- Money, times, durations, counts, years, non-birth dates, order/ticket/claim",
        "  numbers, flight/room/model numbers and meter readings are never labelled.",
        "",
        "## Counts",
        "",
        "- positive cases: %d" % npos,
        "- negative cases: %d" % nneg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines += ["", "Scoring: a labelled span is found when every letter/digit inside it is",
              "covered by a redaction; a negative case fails if anything in it is redacted.", ""]
    return "\n".join(lines)


def main():
    cases = generate()
    problems, counts, npos, nneg = check(cases)
    data = render(cases)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # re-check the file on disk as parsed
        if CASES.exists():
            disk = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines() if l.strip()]
            p2, _, _, _ = check(disk)
            problems += ["disk: " + p for p in p2]
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d (positive %d, negative %d)" % (len(cases), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problems" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

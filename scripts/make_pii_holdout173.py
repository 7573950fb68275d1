#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h173 (UK/IE emphasis).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; byte-for-byte reproducible.

    python scripts/make_pii_holdout173.py          # write fixture + README
    python scripts/make_pii_holdout173.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 173241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout173")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FORWORD = {"A": "apple", "B": "bertie", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
           "G": "george", "H": "harry", "I": "ireland", "J": "john", "K": "kilo", "L": "london", "M": "mother",
           "N": "nancy", "P": "peter", "Q": "queen", "R": "robert", "S": "sugar", "T": "tommy", "U": "uncle", "V": "victor", "W": "william",
           "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def ch(seq):
    return seq[R.randrange(len(seq))]


# ---------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card():
    kind = R.random()
    if kind < 0.45:
        body = "4" + "".join(str(R.randrange(10)) for _ in range(14))
    elif kind < 0.85:
        body = "5" + str(R.randint(1, 5)) + "".join(str(R.randrange(10)) for _ in range(13))
    else:
        body = "3" + ch("47") + "".join(str(R.randrange(10)) for _ in range(12))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def rdig(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def ssn():
    a = R.randint(1, 665)
    while a == 666:
        a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = ch(NI_FIRST) + ch(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + rdig(6) + ch("ABCD")


def iban(country):
    bank = "".join(ch("ABCEGHJKLMNPRSTWXYZ") for _ in range(4))
    bban = bank + rdig(6) + rdig(8)
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    chk = 98 - int(num) % 97
    return country + "%02d" % chk + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


PC_L = "ABCEGHJKLMNPRSTWXYZ"


PC_AREAS1 = ["B", "E", "G", "L", "M", "N", "S", "W"]
PC_AREAS2 = ["SW", "SE", "NW", "EC", "WC", "LS", "BS", "CF", "EH", "BT", "NE", "CB", "BN", "RG", "TN",
             "CV", "LE", "NG", "DE", "ST", "CH", "WA", "PR", "BL", "HU", "PL", "DN", "SK", "KT", "HA"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    if R.random() < 0.35:
        area = ch(PC_AREAS1)
        district = str(R.randint(1, 20))
    else:
        area = ch(PC_AREAS2)
        district = str(R.randint(1, 29))
    if area in ("SW", "EC", "WC", "W", "E", "N") and len(district) == 1 and R.random() < 0.3:
        district += ch("ABCHJ")
    return area + district + " " + str(R.randint(1, 9)) + ch(PC_IN) + ch(PC_IN)


def eircode():
    key = ch(["D02", "D04", "D06", "D08", "D12", "D15", "D24", "T12", "H91", "V94", "A94", "K78",
              "W23", "X91", "F93", "R95"])
    tail = ch(PC_L) + "".join(ch("ABCEHKNPRTWXY" + "123456789") for _ in range(3))
    return key + " " + tail


def uk_mobile():
    return "07" + ch(["7", "8", "9", "4", "5"]) + rdig(8)


def uk_land():
    code = ch(["020", "0161", "0113", "0121", "0131", "0141", "0117", "028"])
    return code + rdig(8 if len(code) == 3 else 7, True)


def ie_mobile():
    return "08" + ch("35679") + rdig(7, True)


def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "david", "fiona", "liam",
         "grace", "owen", "hannah", "raj", "emma", "sean", "megan", "paul", "chloe", "declan"]
LAST = ["murphy", "kelly", "walsh", "patel", "jones", "evans", "obrien", "smith", "hughes",
        "byrne", "campbell", "taylor", "nolan", "khan", "davies", "reid", "fitzgerald", "lynch"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com", "eircom.net",
        "icloud.com", "sky.com"]
STREETS = ["hawthorn road", "church lane", "victoria street", "mill close", "station road",
           "the crescent", "oak avenue", "kings drive", "meadow way", "castle view",
           "albert terrace", "willow grove", "high street", "park avenue", "orchard gardens"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f + l + rdig(2), f[0] + l, f[0] + "." + l, l + "_" + f, f + rdig(4)])
    return local + "@" + ch(DOMS)


# ---------------------------------------------------------------- speech
def zero_word():
    return ch(["oh", "oh", "o", "zero", "nought"])


def num2(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])


def say_digits(d, style=None, homophones=False, fillers=False):
    """Spoken digit string; style: 'plain', 'runs' (double/triple), 'pairs'."""
    style = style or ch(["plain", "runs", "runs", "pairs"])
    words = []
    i = 0
    zw = zero_word()
    while i < len(d):
        c = d[i]
        if style == "pairs" and i + 1 < len(d) and c != "0" and d[i + 1] != "0" and R.random() < 0.6:
            words.append(num2(int(d[i:i + 2])))
            i += 2
        elif style in ("runs", "pairs") and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c:
            words.append("triple " + (zw if c == "0" else DIG[int(c)]))
            i += 3
        elif style in ("runs", "pairs") and i + 1 < len(d) and d[i + 1] == c:
            words.append("double " + (zw if c == "0" else DIG[int(c)]))
            i += 2
        else:
            if c == "0":
                words.append(zw)
            elif homophones and c == "2" and R.random() < 0.5:
                words.append("to")
            elif homophones and c == "4" and R.random() < 0.5:
                words.append("for")
            else:
                words.append(DIG[int(c)])
            i += 1
        if fillers and i < len(d) and R.random() < 0.12:
            words.append(ch(["um", "uh", "erm"]))
    return " ".join(words)


def say_letter(c, mode=None):
    mode = mode or ch(["plain", "plain", "nato", "for"])
    low = c.lower()
    if mode == "plain":
        return low
    if mode == "nato":
        return low + " for " + NATO[c]
    return low + " for " + FORWORD[c]


def say_alnum(s, letter_mode=None, style="plain"):
    out = []
    buf = ""
    for c in s.replace(" ", ""):
        if c.isdigit():
            buf += c
        else:
            if buf:
                out.append(say_digits(buf, style))
                buf = ""
            out.append(say_letter(c, letter_mode))
    if buf:
        out.append(say_digits(buf, style))
    return " ".join(out)


def say_email(e, asr=True):
    local, dom = e.split("@")
    def part(p):
        p = p.replace(".", " dot ").replace("_", " underscore ")
        p = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1), "plain") + " ", p)
        return re.sub(r"\s+", " ", p).strip()
    return part(local) + " at " + part(dom)


def say_year(y):
    if y >= 2000:
        return ch(["two thousand and " + num2(y - 2000) if y > 2000 else "two thousand",
                   "twenty " + (("oh " + DIG[y % 10]) if y % 100 < 10 else num2(y % 100))])
    return num2(y // 100) + " " + (("oh " + DIG[y % 10]) if y % 100 < 10 else num2(y % 100))


def say_house(num):
    if num < 100:
        return num2(num)
    if num % 100 == 0:
        return DIG[num // 100] + " hundred"
    if num % 100 < 10:
        return DIG[num // 100] + " " + ch(["oh", "o"]) + " " + DIG[num % 10]
    return DIG[num // 100] + " " + num2(num % 100)


def dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1944, 2004)


def say_dob(d, m, y):
    f = R.random()
    if f < 0.4:
        return "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f < 0.7:
        return ORD[d - 1] + " " + MONTHS[m - 1] + " " + say_year(y)
    return say_digits("%02d" % d, "plain") + " " + say_digits("%02d" % m, "plain") + " " + \
        say_digits(str(y)[2:], "pairs")


def type_dob(d, m, y):
    return ch(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
               "%02d-%02d-%02d" % (d, m, y % 100)])


def expiry():
    return R.randint(1, 12), R.randint(2027, 2032)


def say_expiry(m, y):
    f = R.random()
    if f < 0.4:
        return say_digits("%02d" % m, "plain") + " " + num2(y - 2000)
    if f < 0.7:
        return MONTHS[m - 1] + " " + say_year(y)
    return (DIG[m] if m < 10 and R.random() < 0.5 else num2(m)) + " " + num2(y - 2000)


def type_expiry(m, y):
    return ch(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%02d %02d" % (m, y % 100)])


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def type_card(c):
    if len(c) == 15:
        return ch([group(c, [4, 6, 5]), c, group(c, [4, 6, 5], "-")])
    return ch([group(c, [4, 4, 4, 4]), c, group(c, [4, 4, 4, 4], "-"), group(c, [4, 4, 4, 4], "  ")])


def type_ni(n):
    return ch([n, n.lower(), group(n, [2, 2, 2, 2, 1]), group(n, [2, 6, 1]), group(n, [2, 2, 2, 2, 1], "-"),
               n[:2].lower() + n[2:], " ".join(n), n[:8] + " " + n[8]])


def say_ni(n):
    lm = ch(["plain", "nato", "for", None])
    pre = say_letter(n[0], lm) + " " + say_letter(n[1], lm)
    digits = n[2:8]
    st = ch(["plain", "pairs", "runs"])
    if st == "pairs":
        dw = " ".join(num2(int(digits[i:i + 2])) if digits[i] != "0" else say_digits(digits[i:i + 2], "plain")
                      for i in range(0, 6, 2))
    else:
        dw = say_digits(digits, st)
    return pre, dw, say_letter(n[8], lm)


def type_phone(p):
    if p.startswith("07"):
        return ch([p, group(p, [5, 6]), "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "(0" + p[1:5] + ") " + p[5:]])
    if p.startswith("08"):
        return ch([p, group(p, [3, 3, 4]), "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], "00353" + p[1:]])
    if p.startswith("0"):
        k = 3 if p.startswith("02") else 4
        return ch([p, p[:k] + " " + p[k:k + 3 + (1 if k == 3 else 0)] + " " + p[k + 3 + (1 if k == 3 else 0):],
                   "+44 " + p[1:k] + " " + p[k:]])
    return ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 " + p, p])


def say_phone(p):
    f = R.random()
    if p.startswith("0") and f < 0.25:
        cc = "plus four four " if p.startswith("07") or p.startswith("01") or p.startswith("02") else "plus three five three "
        return cc + say_digits(p[1:], None, homophones=R.random() < 0.3)
    return say_digits(p, None, homophones=R.random() < 0.3, fillers=R.random() < 0.3)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []
        self.spans = []
        self.note = note

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                v, typ = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(v), "type": typ})
                text += v
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


# ---------------------------------------------------------------- positive templates
def p_card_call_split():
    c = card()
    sizes = [4, 4, 4, 4] if len(c) == 16 else [4, 6, 5]
    parts = group(c, sizes).split()
    k = Case("call/%s: card read in groups across turns with agent back-channels" % ch(["utilities", "telecom", "retail", "insurance"]))
    k.a("okay so whenever you're ready go ahead with the long number on the card")
    k.c(ch(["right it's ", "yeah ", "okay ", "so it's "]), (say_digits(parts[0]), "CARD_NUMBER"))
    for p in parts[1:]:
        k.a(ch(["mhm", "okay go on", "yep", "uh huh", "got that"]))
        k.c((say_digits(p, fillers=R.random() < 0.4), "CARD_NUMBER"), ch(["", "", " um", " yeah"]))
    return k


def p_card_call_full():
    c = card()
    m, y = expiry()
    cv = rdig(4 if c.startswith("3") else 3)
    k = Case("call/%s: card, expiry and security code in one phone payment" % ch(["banking", "council tax", "energy", "broadband"]))
    k.a("can i take the card number please")
    k.c("yes it's ", (say_digits(c, ch(["plain", "runs"])), "CARD_NUMBER"))
    k.a("and the expiry date")
    k.c((say_expiry(m, y), "EXPIRY"))
    k.a("lovely and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front")
    k.c((say_digits(cv, "plain"), "CVV"), ch(["", " that's it", " yeah"]))
    k.a("thank you that's a payment of %s pounds %s taken now" % (num2(R.randint(20, 99)), num2(R.randint(10, 99))))
    return k


def p_card_chat():
    c = card()
    m, y = expiry()
    cv = rdig(3 if not c.startswith("3") else 4)
    k = Case("chat/retail: card typed with expiry and cvv in one message")
    k.a("Please enter the card details you'd like to use for order 48213.")
    k.c(ch(["card ", "Card no: ", "its ", ""]), (type_card(c), "CARD_NUMBER"), ch([" exp ", ", expiry ", " - "]),
        (type_expiry(m, y), "EXPIRY"), ch([" cvv ", ", security code ", " sec code "]), (cv, "CVV"))
    return k


def p_card_readback():
    c = card()
    k = Case("call/travel: agent reads the card back, customer corrects nothing")
    k.c("i want to pay the balance of the booking with my card it's ", (say_digits(c, "plain"), "CARD_NUMBER"))
    k.a("let me just read that back ", (say_digits(c, "runs"), "CARD_NUMBER"), " is that right")
    k.c("yes that's right")
    return k


def p_card_amex_chat_typo():
    c = card()
    k = Case("chat/banking: card number typed with odd spacing and a stray dash after a price")
    k.c("hi I was charged £%d.%02d twice, the card is " % (R.randint(10, 300), R.randint(0, 99)),
        (group(c, [3, 5, 4, 4] if len(c) == 16 else [5, 5, 5], ch([" ", "-", "."])), "CARD_NUMBER"),
        " can you refund it")
    return k


def p_ni_call():
    n = ni()
    pre, dw, suf = say_ni(n)
    k = Case("call/government services: NI number spelt with phonetic letters in one turn")
    k.a("and can i take your national insurance number please")
    k.c(ch(["yeah it's ", "it's ", "um ", ""]), (pre + " " + dw + " " + suf, "NI_NUMBER"))
    k.a("thank you")
    return k


def p_ni_call_split():
    n = ni()
    pre, dw, suf = say_ni(n)
    k = Case("call/HMRC-style: NI number split over three customer turns with back-channels")
    k.a("what's your national insurance number")
    k.c("okay it's ", (pre, "NI_NUMBER"))
    k.a("mhm")
    k.c((dw, "NI_NUMBER"))
    k.a(ch(["okay go on", "and the last letter", "yep"]))
    k.c((suf, "NI_NUMBER"), ch(["", " at the end", " i think"]))
    return k


def p_ni_chat():
    n = ni()
    k = Case("chat/payroll: NI number typed in varied case and grouping")
    k.c(ch(["my ni number is ", "NI no. ", "National Insurance: ", "ni is ", "nino "]), (type_ni(n), "NI_NUMBER"),
        ch(["", " thanks", ". I started on 3 March", ", employee ref 20931"]))
    return k


def p_ni_readback():
    n = ni()
    pre, dw, suf = say_ni(n)
    k = Case("call/benefits: NI given then read back by the agent, with a claim reference nearby")
    k.c("i'm ringing about claim reference %s my national insurance is " % say_digits(rdig(7), "plain"),
        (pre + " " + dw + " " + suf, "NI_NUMBER"))
    k.a("so that's ", (say_alnum(n, "plain"), "NI_NUMBER"), " yeah")
    k.c("that's it yeah")
    return k


def p_ni_and_dob():
    n = ni()
    d, m, y = dob()
    pre, dw, suf = say_ni(n)
    k = Case("call/pensions: NI number and date of birth in the same turn")
    k.a("for security can i have your date of birth and national insurance number")
    k.c("yeah it's ", (say_dob(d, m, y), "DOB"), " and the number is ", (pre + " " + dw + " " + suf, "NI_NUMBER"))
    return k


def p_ni_correction():
    n1, n2 = ni(), ni()
    k = Case("call/tax: customer gives wrong NI (partner's) then the right one; both labelled")
    k.c("my national insurance is ", (say_alnum(n1, "plain"), "NI_NUMBER"), " oh no sorry that's my wife's mine is ",
        (say_alnum(n2, "plain", "runs"), "NI_NUMBER"))
    return k


def p_ssn_call():
    s = ssn()
    k = Case("call/US %s: SSN read digit by digit" % ch(["insurance", "banking", "healthcare billing"]))
    k.a("can you verify the last nine of your social")
    k.c(ch(["sure it's ", "yeah ", "uh it's "]), (say_digits(s, ch(["plain", "runs", "pairs"]), fillers=R.random() < 0.3), "SSN"))
    return k


def p_ssn_split():
    s = ssn()
    k = Case("call/US telecom: SSN given in 3-2-4 chunks across turns")
    k.a("and your social security number")
    k.c((say_digits(s[:3]), "SSN"))
    k.a("okay")
    k.c((say_digits(s[3:5]), "SSN"))
    k.a("mhm go on")
    k.c((say_digits(s[5:]), "SSN"), " and my zip is ", (say_digits(rdig(5, True), "plain"), "POSTCODE"))
    return k


def p_ssn_chat():
    s = ssn()
    k = Case("chat/US healthcare billing: SSN typed with dashes or spaces, plus a claim number")
    k.c("Claim #%s was denied. My SSN is " % rdig(8), (ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]]), "SSN"),
        ch(["", " and DOB "]))
    if k.turns[0]["text"].endswith("DOB "):
        d, m, y = dob()
        k.turns.pop()
        sp = k.spans.pop()
        k2 = Case(k.note + " and DOB")
        k2.c("Claim #%s was denied. My SSN is " % rdig(8), (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " and DOB ",
             ("%02d/%02d/%d" % (m, d, y), "DOB"))
        return k2
    return k


def p_ssn_phone_us():
    s = ssn()
    p = us_phone()
    k = Case("call/US banking: SSN and phone in one turn, with an amount")
    k.c("i got charged forty nine ninety nine my social is ", (say_digits(s, "plain"), "SSN"),
        " and you can call me back on ", (say_digits(p, "runs"), "PHONE"))
    return k


def p_sort_acc_call():
    sc, ac = rdig(6), rdig(8)
    k = Case("call/banking UK: sort code in pairs then account number across turns")
    k.a("can i take the sort code")
    k.c((" ".join(say_digits(sc[i:i + 2], ch(["plain", "pairs"])) for i in range(0, 6, 2)), "SORT_CODE"))
    k.a("and the account number")
    k.c((say_digits(ac[:4]), "BANK_ACCOUNT"))
    k.a("mhm")
    k.c((say_digits(ac[4:]), "BANK_ACCOUNT"))
    return k


def p_sort_acc_chat():
    sc, ac = rdig(6), rdig(8)
    k = Case("chat/utilities UK: direct debit details typed")
    k.c(ch(["Can you change my DD to sort code ", "new bank: s/c ", "sort ", "Sortcode "]),
        (ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
        ch([" acc ", " account no ", ", a/c ", " account "]), (ch([ac, ac[:4] + " " + ac[4:]]), "BANK_ACCOUNT"),
        ch([" from the 1st", " thanks", " - payment date the 15th"]))
    return k


def p_iban():
    country = ch(["GB", "IE", "IE"])
    ib = iban(country)
    k = Case("chat/travel refund %s: IBAN typed grouped in fours" % country)
    k.c("please refund the €%d to my iban " % R.randint(50, 900), (ch([group(ib, [4] * 6), ib, group(ib, [4] * 6).lower()]), "IBAN"))
    return k


def p_iban_call():
    cty = ch(["IE", "GB"])
    ib = iban(cty)
    k = Case("call/insurance " + cty + ": IBAN spoken with letters and digits, split over two turns")
    k.a("okay so what iban do you want the claim settled to")
    k.c((say_alnum(ib[:8], ch(["plain", "nato"])), "IBAN"))
    k.a("okay go on")
    k.c((say_digits(ib[8:], "plain"), "IBAN"))
    return k


def p_phone_call():
    p = ch([uk_mobile(), uk_mobile(), uk_land(), ie_mobile()])
    k = Case("call/telecom UK-IE: callback number spoken with oh/double/homophones")
    k.a("and what's the best number to reach you on")
    k.c(ch(["it's ", "my mobile's ", "uh ", ""]), (say_phone(p), "PHONE"), ch(["", " after five", " any time"]))
    return k


def p_phone_split():
    p = ch([uk_mobile(), ie_mobile()])
    k = Case("call/retail: mobile number in two chunks across turns")
    k.a("can i grab a contact number")
    k.c((say_digits(p[:5]), "PHONE"))
    k.a("yep")
    k.c((say_digits(p[5:]), "PHONE"))
    k.a("perfect")
    return k


def p_phone_chat():
    p = ch([uk_mobile(), uk_land(), ie_mobile(), uk_mobile()])
    k = Case("chat/energy: phone typed in international or local form")
    k.c(ch(["call me on ", "My number: ", "tel ", "pls ring "]), (type_phone(p), "PHONE"),
        ch([" after 6pm", " thx", " re ticket 55120", ""]))
    return k


def p_email_call():
    e = email()
    k = Case("call/insurance: email address spoken with dot/at")
    k.a("and an email address for the documents")
    k.c("yeah it's ", (say_email(e), "EMAIL"))
    return k


def p_email_chat():
    e = email()
    k = Case("chat/retail: email typed")
    k.c(ch(["send it to ", "Email: ", "my email is "]), (ch([e, e.upper(), e.capitalize()]), "EMAIL"),
        ch(["", " please", " - order 7730212"]))
    return k


def p_address_call():
    num = R.randint(1, 220)
    st = ch(STREETS)
    pc = uk_postcode()
    k = Case("call/utilities UK: street address and postcode spelt out")
    k.a("and the first line of the address")
    k.c(ch(["it's ", "yeah it's ", ""]), (say_house(num) + " " + st, "ADDRESS"), ch(["", " in " + ch(["leeds", "hull", "crewe", "reading"])]))
    k.a("and the postcode")
    k.c((say_alnum(pc, ch(["plain", "nato", "for"])), "POSTCODE"))
    return k


def p_address_chat():
    num = R.randint(1, 220)
    st = ch(STREETS).title()
    pc = uk_postcode()
    k = Case("chat/retail UK: delivery address typed on one line")
    k.c("Can you deliver to ", ("%d %s" % (num, st), "ADDRESS"), ", " + ch(["Leeds", "Bristol", "Cardiff", "Glasgow"]) + " ",
        (ch([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), " instead")
    return k


def p_eircode():
    e = eircode()
    num = R.randint(1, 90)
    k = Case("call/IE utilities: Irish address and Eircode")
    k.a("what's the address for the meter")
    k.c(((num2(num) + " " + ch(STREETS)), "ADDRESS"), " " + ch(["rathmines", "ballincollig", "salthill", "swords"]))
    k.a("and the eircode")
    k.c((say_alnum(e, ch(["plain", "nato"])), "POSTCODE"))
    return k


def p_eircode_chat():
    e = eircode()
    k = Case("chat/IE telecom: Eircode typed")
    k.c("Broadband install at eircode ", (ch([e, e.replace(" ", ""), e.lower()]), "POSTCODE"), " on the 12th pls")
    return k


def p_dob_call():
    d, m, y = dob()
    k = Case("call/healthcare billing: date of birth in security check")
    k.a("can you confirm your date of birth")
    k.c(ch(["yeah it's ", "", "sure "]), (say_dob(d, m, y), "DOB"))
    return k


def p_dob_chat():
    d, m, y = dob()
    k = Case("chat/insurance: DOB typed")
    k.c(ch(["DOB ", "date of birth: ", "born "]), (type_dob(d, m, y), "DOB"), ch([", policy no 80021573", "", " thanks"]))
    return k


def p_zip_us():
    z = rdig(5, True)
    k = Case("call/US retail: ZIP code spoken")
    k.a("what's the billing zip code")
    k.c("it's ", (say_digits(z, "plain"), "POSTCODE"))
    return k


def p_mixed_uk():
    n = ni()
    p = uk_mobile()
    pc = uk_postcode()
    k = Case("chat/government services UK: NI, mobile and postcode in one message")
    k.c("Hi, NI ", (type_ni(n), "NI_NUMBER"), ", mob ", (type_phone(p), "PHONE"), ", postcode ", (pc, "POSTCODE"),
        ". Ref 4410392.")
    return k


def p_old_new_phone():
    p1, p2 = uk_mobile(), uk_mobile()
    k = Case("call/telecom: customer gives old number then new number, both labelled")
    k.c("my number on the account is ", (say_digits(p1, "runs"), "PHONE"), " but that's the old one the new one's ",
        (say_digits(p2, "runs"), "PHONE"))
    return k


def p_ni_as_in():
    n = ni()
    k = Case("call/DWP-style UK: NI letters spelt 'as in', digits with fillers, agent interjects")
    k.a("can you give me your national insurance number")
    k.c("yeah hang on it's on my payslip ", (n[0].lower() + " as in " + FORWORD[n[0]] + " " + n[1].lower() + " as in " +
        FORWORD[n[1]] + " " + say_digits(n[2:8], "plain", fillers=True) + " " + n[8].lower(), "NI_NUMBER"))
    k.a("and that last one was %s as in %s" % (n[8].lower(), FORWORD[n[8]].lower()))
    return k


def p_flat_address():
    num = R.randint(2, 140)
    flat = R.randint(1, 30)
    pc = uk_postcode()
    k = Case("chat/insurance UK: flat number plus street address and postcode, with a policy number")
    k.c("Policy 77%s - I've moved to " % rdig(6), ("Flat %d, %d %s" % (flat, num, ch(STREETS).title()), "ADDRESS"),
        ", " + ch(["Manchester", "Belfast", "Derby", "Leeds"]) + " ", (pc, "POSTCODE"), " from the 3rd")
    return k


def p_card_phone_with_ref():
    c = card()
    k = Case("call/energy UK: customer reads account reference (not PII) then card number")
    k.c("my customer reference is %s and i want to pay by card the number is " % say_digits(rdig(8), "plain"),
        (say_digits(c, "pairs"), "CARD_NUMBER"))
    k.a("thanks and what amount would you like to pay today")
    k.c("a hundred and twenty pounds")
    return k


def p_sort_acc_one_turn():
    sc, ac = rdig(6), rdig(8)
    k = Case("call/banking UK: sort code and account number in one turn, refund amount nearby")
    k.a("where would you like the refund of %s pounds sent" % num2(R.randint(20, 99)))
    k.c("um to my halifax account sort code ", (say_digits(sc, ch(["runs", "pairs"])), "SORT_CODE"),
        " and the account number is ", (say_digits(ac, ch(["plain", "runs", "pairs"]), fillers=True), "BANK_ACCOUNT"))
    k.a("so that's sort code ", (" ".join(say_digits(sc[i:i + 2], "plain") for i in range(0, 6, 2)), "SORT_CODE"),
        " and it'll be with you in %s to %s working days" % (DIG[R.randint(2, 3)], DIG[R.randint(4, 5)]))
    return k


def p_ie_phone_intl():
    p = ie_mobile()
    k = Case("call/IE telecom: Irish mobile with plus three five three, callback time nearby")
    k.c("can you ring me back at half two on ", ("plus three five three " + say_digits(p[1:], ch(["plain", "runs"])), "PHONE"),
        " that's my mobile")
    return k


POS = [(p_sort_acc_one_turn, 1), (p_ie_phone_intl, 1),(p_ni_as_in, 2), (p_flat_address, 1), (p_card_phone_with_ref, 1),
    (p_card_call_split, 3), (p_card_call_full, 3), (p_card_chat, 2), (p_card_readback, 1), (p_card_amex_chat_typo, 1),
    (p_ni_call, 3), (p_ni_call_split, 2), (p_ni_chat, 3), (p_ni_readback, 1), (p_ni_and_dob, 1), (p_ni_correction, 1),
    (p_ssn_call, 3), (p_ssn_split, 1), (p_ssn_chat, 2), (p_ssn_phone_us, 1),
    (p_sort_acc_call, 2), (p_sort_acc_chat, 2), (p_iban, 2), (p_iban_call, 1),
    (p_phone_call, 2), (p_phone_split, 1), (p_phone_chat, 2), (p_email_call, 2), (p_email_chat, 2),
    (p_address_call, 1), (p_address_chat, 2), (p_eircode, 1), (p_eircode_chat, 1),
    (p_dob_call, 1), (p_dob_chat, 1), (p_zip_us, 1), (p_mixed_uk, 1), (p_old_new_phone, 1),
]


# ---------------------------------------------------------------- negatives
def n_policy():
    k = Case("call/insurance UK: policy number and premium, not PII")
    ref = rdig(8)
    k.a("can i take your policy number please")
    k.c("yeah the policy number is ", say_digits(ref, "plain"))
    k.a("thanks your renewal premium is %s pounds %s a month" % (num2(R.randint(20, 99)), num2(R.randint(10, 99))))
    return k


def n_meter():
    k = Case("call/energy UK: meter reading and tariff, not PII")
    k.c("the meter reading is %s and the night one is %s" % (say_digits(rdig(5), "plain"), say_digits(rdig(5), "pairs")))
    k.a("lovely that's gone on for the %s of %s" % (ORD[R.randint(0, 27)], ch(MONTHS)))
    return k


def n_booking():
    k = Case("chat/travel: booking reference, flight number, times")
    k.c("Booking ref %s, flight EI%d on %d %s at %02d:%02d, seat %d%s" % (rdig(6), R.randint(100, 999), R.randint(1, 28),
        ch(MONTHS).title(), R.randint(5, 22), ch([0, 15, 30, 45]), R.randint(1, 32), ch("ABCDEF")))
    k.a("Thanks, I can see it. The change fee is €%d." % R.randint(30, 120))
    return k


def n_customer_no():
    k = Case("call/telecom: customer number and balance")
    k.a("what's your customer number")
    k.c("it's %s" % say_digits(rdig(9), ch(["plain", "runs"])))
    k.a("okay and your balance is %s pounds %s" % (num2(R.randint(20, 99)), num2(R.randint(1, 99))))
    return k


def n_order_chat():
    k = Case("chat/retail: order number, quantity and price")
    k.c("Order #%s - I ordered %d units of model XR-%d at £%d.%02d each, only %d arrived" % (
        rdig(10), R.randint(4, 12), R.randint(100, 9999), R.randint(5, 400), R.randint(0, 99), R.randint(1, 3)))
    return k


def n_appointment():
    k = Case("call/healthcare: appointment date and time, not a DOB")
    k.a("i can book you in for the %s of %s at %s thirty" % (ORD[R.randint(0, 27)], ch(MONTHS), num2(R.randint(8, 11))))
    k.c("that's great my son is %s so he'll be out of school" % num2(R.randint(5, 16)))
    return k


def n_ticket():
    k = Case("chat/IT support: ticket number and duration")
    k.c("Ticket %s still open after %d days, the router model is TP-%d, speed %d Mbps" % (
        rdig(7), R.randint(2, 30), R.randint(1000, 9999), ch([35, 67, 150, 500, 900])))
    return k


def n_invoice_call():
    k = Case("call/utilities IE: invoice number, amount, percent")
    k.c("invoice number %s was %s euro that's a %s percent increase" % (
        say_digits(rdig(8), "pairs"), num2(R.randint(30, 99)), num2(R.randint(5, 40))))
    k.a("i'll check that for you it usually takes about %s minutes" % num2(R.randint(10, 45)))
    return k


def n_claim():
    k = Case("call/insurance: claim reference and incident date")
    k.c("claim reference %s the accident was on the %s of %s %s" % (
        say_alnum("CL" + rdig(7), "plain"), ORD[R.randint(0, 27)], ch(MONTHS), say_year(R.randint(2020, 2026))))
    return k


def n_room_temp():
    k = Case("call/hotel: room number, temperature, nights")
    k.c("i'm in room %s and the heating's stuck at %s degrees for %s nights now" % (
        say_digits(str(R.randint(100, 999)), "plain"), num2(R.randint(26, 32)), DIG[R.randint(2, 6)]))
    return k


def n_contract():
    k = Case("chat/telecom: contract start date, minutes, data")
    k.c("My contract started %02d/%02d/%d, 24 months, %dGB data and %d minutes" % (
        R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2025), ch([10, 30, 100]), ch([500, 1000, 3000])))
    return k


def n_account_balance_call():
    k = Case("call/banking: balance, payment amount, year")
    k.a("your balance is %s thousand %s hundred and %s pounds" % (num2(R.randint(1, 20)), DIG[R.randint(1, 9)], num2(R.randint(1, 99))))
    k.c("okay and i paid %s in %s" % (num2(R.randint(20, 99)), say_year(R.randint(2015, 2025))))
    return k


def n_ni_contrib():
    k = Case("call/payroll UK: talks about national insurance contributions, amounts and tax year, no NI number")
    k.c("i paid %s pounds %s national insurance last month and my tax code is %s l" % (
        num2(R.randint(20, 99)), num2(R.randint(10, 99)), say_digits(str(R.randint(1100, 1300)), "pairs")))
    k.a("okay that's for the tax year twenty %s to twenty %s" % (num2(R.randint(20, 25)), num2(R.randint(21, 26))))
    return k


def n_engineer():
    k = Case("chat/broadband UK: engineer visit window, case number and speeds")
    k.a("Your case number is %s. An engineer will visit on %d %s between 8am and 1pm." % (
        rdig(8), R.randint(1, 28), ch(MONTHS).title()))
    k.c("ok, I've had %d drop-outs since the %dth and only get %d.%d Mbps" % (
        R.randint(3, 40), R.randint(4, 20), R.randint(1, 20), R.randint(0, 9)))
    return k


def n_council_tax():
    k = Case("call/council UK: council tax account reference, band, instalments")
    k.c("my council tax reference is %s it's band %s and i pay over %s instalments" % (
        say_digits(rdig(8), ch(["plain", "runs"])), ch("ABCDE").lower(), ch(["ten", "twelve"])))
    k.a("thanks the next instalment of %s pounds is due on the %s" % (num2(R.randint(90, 99)) if False else
        "one hundred and " + num2(R.randint(10, 99)), ORD[R.randint(0, 27)]))
    return k


def n_booking_alnum():
    k = Case("call/travel UK: alphanumeric booking reference spelt out, departure time and price")
    ref = ch("BCDFGHJKLMNPRSTVWXZ") + ch("BCDFGHJKLMNPRSTVWXZ") + rdig(3) + ch("BCDFGHJKLMNPRSTVWXZ")
    k.c("my booking reference is %s and the train leaves at %s %s" % (
        say_alnum(ref, ch(["plain", "nato"])), num2(R.randint(6, 11)), num2(R.randint(10, 55))))
    k.a("thanks the upgrade would be %s pounds fifty" % num2(R.randint(12, 60)))
    return k


def n_parcel_age():
    k = Case("chat/retail UK: parcel tracking number, weight, customer's age and loyalty years")
    k.c("Tracking no. %s says delivered but nothing came. Parcel was %.1fkg. I'm %d and have been a customer since %d." % (
        rdig(10), R.randint(5, 250) / 10.0, R.randint(60, 90), R.randint(1995, 2015)))
    return k


def n_meter_serial():
    k = Case("call/energy UK: meter serial number (alphanumeric) and readings with the word meter")
    k.c("the meter serial is %s and it says %s point %s" % (
        say_alnum(rdig(2) + ch("KLMPR") + rdig(5), "plain"), say_digits(rdig(5), "plain"), DIG[R.randint(0, 9)]))
    k.a("thanks i've put that in for the %s" % ORD[R.randint(0, 27)])
    return k


NEG = [n_parcel_age, n_meter_serial, n_booking_alnum, n_ni_contrib, n_engineer, n_council_tax, n_policy, n_meter, n_booking, n_customer_no, n_order_chat, n_appointment, n_ticket, n_invoice_call,
       n_claim, n_room_temp, n_contract, n_account_balance_call]


def build():
    cases = []
    pos_list = []
    for f, w in POS:
        pos_list += [f] * w
    rounds = 0
    while len([c for c in cases if c[0] == "positive"]) < 200:
        for f in pos_list:
            cases.append(("positive", f()))
        rounds += 1
    # top up heavy types
    for f in [p_ssn_call, p_ssn_chat, p_card_chat, p_ni_chat, p_ni_call] * 3:
        cases.append(("positive", f()))
    negs = []
    while len(negs) < 110:
        for f in NEG:
            negs.append(f())
    out = []
    pi = ni_ = 0
    for kind, k in cases:
        pi += 1
        out.append({"id": "h173-pos-%03d" % pi, "kind": "positive", "turns": k.turns, "spans": k.spans, "note": k.note})
    for k in negs:
        ni_ += 1
        out.append({"id": "h173-neg-%03d" % ni_, "kind": "negative", "turns": k.turns, "spans": [], "note": k.note})
    return out


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(DIG)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2"})
FILLERS = {"um", "uh", "erm", "er", "and", "the", "of", "plus"}


def normalise(text):
    """Spoken/typed value -> string of digits and upper-case letters."""
    toks = re.findall(r"[a-z0-9@.+\-]+", text.lower().replace("x-ray", "xray"))
    toks = [t for tok in toks for t in re.split(r"[.\-+]", tok) if t]
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple"):
            d = normalise(nxt)
            out += d * (2 if t == "double" else 3)
            i += 2
            continue
        if t == "for":
            if out and out[-1].isalpha() and nxt[:1].upper() == out[-1]:
                i += 2
                continue
            out += "4"
            i += 1
            continue
        if t == "as" and nxt == "in" and i + 2 < len(toks) and out and out[-1].isalpha() \
                and toks[i + 2][:1].upper() == out[-1]:
            i += 3
            continue
        if t in FILLERS:
            i += 1
            continue
        if t in TEENS:
            out += str(10 + TEENS.index(t))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in DIG[1:]:
                out += str(v) + WORDNUM[nxt]
                i += 2
                continue
            out += str(v) + "0"
        elif t in WORDNUM:
            out += WORDNUM[t]
        elif t.isdigit():
            out += t
        elif len(t) == 1 and t.isalpha():
            out += t.upper()
        elif t.isalnum():
            out += t.upper()
        else:
            return "?" + t
        i += 1
    return out


def valid(typ, text):
    n = normalise(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.match(r"^[A-Z]{2}\d{6}[A-D]$", n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 10
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 15
    if typ == "POSTCODE":
        return bool(re.match(r"^([A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}|[A-Z]\d{2}[A-Z\d]{4})$", n))
    if typ == "EMAIL":
        t = text.lower()
        return ("@" in t or " at " in t) and ("." in t or " dot " in t)
    if typ == "EXPIRY":
        return bool(re.search(r"\d", n)) and len(text) >= 4
    if typ == "DOB":
        return len(text) >= 6
    if typ == "ADDRESS":
        return bool(re.search(r"(road|lane|street|close|crescent|avenue|drive|way|view|terrace|grove|gardens)$", text.lower()))
    return False


def check_case(c, problems):
    cid = c["id"]
    for s in c["spans"]:
        if s["type"] not in TYPES:
            problems.append("%s bad type %s" % (cid, s["type"]))
            continue
        if not (0 <= s["turn"] < len(c["turns"])):
            problems.append("%s turn out of range" % cid)
            continue
        t = c["turns"][s["turn"]]["text"]
        if not (0 <= s["start"] < s["end"] <= len(t)):
            problems.append("%s offsets out of range" % cid)
            continue
        if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
            problems.append("%s span not on word boundary: %r" % (cid, t[s["start"]:s["end"]]))
        if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
            problems.append("%s span has edge whitespace" % cid)
    ordered = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
    for a, b in zip(ordered, ordered[1:]):
        if a["turn"] == b["turn"] and b["start"] < a["end"]:
            problems.append("%s overlapping spans" % cid)
    # value validation; split values are joined with following same-type spans
    used = set()
    for i, s in enumerate(ordered):
        if i in used:
            continue
        txt = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
        if valid(s["type"], txt):
            continue
        acc, ok = txt, False
        for j in range(i + 1, len(ordered)):
            if ordered[j]["type"] != s["type"]:
                continue
            acc += " " + c["turns"][ordered[j]["turn"]]["text"][ordered[j]["start"]:ordered[j]["end"]]
            used.add(j)
            if valid(s["type"], acc):
                ok = True
                break
        if not ok:
            problems.append("%s invalid %s value %r -> %r" % (cid, s["type"], txt, normalise(txt)))
    if c["kind"] == "negative" and c["spans"]:
        problems.append("%s negative with spans" % cid)
    if c["kind"] == "positive" and not c["spans"]:
        problems.append("%s positive without spans" % cid)


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h173 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or other PII fixtures;
the only thing consulted was a three-line example of the JSONL format. All
cases are produced by `scripts/make_pii_holdout173.py` from template
functions; every turn is assembled from plain text segments and
(value, TYPE) segments so span offsets are computed, never typed. All values
come from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout173.py --check` regenerates and verifies the
file (identical bytes, unique ids, offsets in range and on word boundaries,
no overlaps, values valid after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9 digits SSN, 6 digits sort code, digit counts
for CVV/phone/account, postcode/Eircode/ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken with plain,
NATO and "b for bertie" letters and typed in many groupings; sort codes and
account numbers; UK/IE phone forms incl. +44/+353/00353; UK postcodes and
Eircodes; UK street addresses; card payments by phone), plus US SSN/ZIP cases.
Negatives contain UK-style non-PII numbers with their names (policy,
customer, meter, booking, invoice, claim, ticket, order numbers), prices,
balances, dates that are not birth dates, times, durations, temperatures.

## Annotation conventions

* A span covers the value only, from its first to last character: for spoken
  values the first to last number/letter word, including fillers ("um"),
  "double"/"triple", and "x for xray" spellings that occur inside it;
  lead-ins ("it's", "my number is") and trailing chit-chat are outside.
* A value split over several turns gets one span per piece (same type).
* When the agent reads a value back, the read-back is labelled too.
* When a caller gives an old/wrong value and then the right one, both are
  labelled (both are real PII).
* Phone spans include a "+44"/"plus four four" country prefix.
* Eircodes (Irish postcodes) are labelled POSTCODE; US ZIP codes too.
* ADDRESS covers flat number (if any), house number and street name; the town is outside it; the
  postcode is a separate POSTCODE span.
* DOB covers the full date expression ("the third of may nineteen eighty").
* EXPIRY covers the month/year expression; CVV the 3-4 digit code.

## Counts

Positive cases: %d; negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    data = render(cases)
    text = readme(cases)
    if "--check" in sys.argv:
        problems = []
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    problems.append("cases.jsonl differs from regenerated output")
        except OSError as e:
            problems.append("cannot read fixture: %s" % e)
        ids = [c["id"] for c in cases]
        if len(ids) != len(set(ids)):
            problems.append("duplicate ids")
        for c in cases:
            check_case(c, problems)
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = len(cases) - npos
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout364 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the redaction
code. Standard library only. Usage:
    python scripts/make_pii_holdout364.py          # write cases.jsonl
    python scripts/make_pii_holdout364.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout364", "cases.jsonl")

R = random.Random(364241125)

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV.update({"xray": "x", "whisky": "w", "juliett": "j", "alfa": "a"})
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "ah", "hmm"}


# ---------------------------------------------------------------- value makers
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


def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def non_luhn(length, first=None):
    while True:
        d = (first or R.choice("123456789")) + "".join(R.choice("0123456789") for _ in range(length - 1))
        if not luhn_ok(d):
            return d


def new_card():
    kind = R.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "maestro19", "visa19"])
    if kind == "visa16":
        return luhn_complete("4", 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "maestro19":
        return luhn_complete(R.choice(["6759", "6763"]), 19)
    return luhn_complete("4", 19)


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, 16, 4)]


def new_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def new_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(10) + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11)) + dg(2)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


def group_iban(s, n=4):
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


STREETS = ["Acacia Avenue", "Kings Road", "Mill Lane", "Church Street", "Victoria Road", "Station Road",
           "Elm Grove", "Park Crescent", "Highfield Close", "Orchard Way", "Marine Parade", "Hope Terrace",
           "Willow Drive", "Castle Hill", "Queens Gardens", "Brook Street", "Ferry Lane", "Abbey Walk"]
US_STREETS = ["Maple Street", "Oak Avenue", "Pine Drive", "Sunset Boulevard", "Lakeview Court",
              "Cedar Lane", "Main Street", "Elm Street", "Washington Avenue", "Ridge Road"]
TOWNS = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "Swansea", "York", "Derby"]
US_TOWNS = ["Austin", "Denver", "Portland", "Columbus", "Raleigh", "Tampa"]
FIRST = ["john", "sarah", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "dave", "nicola",
         "sean", "grace", "ahmed", "chloe", "raj"]
LAST = ["doe", "smith", "patel", "okafor", "murphy", "byrne", "jones", "nguyen", "kowalski", "garcia",
        "obrien", "walsh", "hughes", "khan"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "protonmail.com", "live.ie", "aol.com"]


def new_uk_postcode():
    L = "ABCDEFGHJKLMNOPRSTUWYZ"
    inw = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    pat = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in pat:
        out += R.choice(L) if ch == "A" else str(R.randint(1, 9))
    return out + " " + inw


def new_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def new_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0]])
    return local, R.choice(DOMAINS)


def new_phone():
    k = R.choice(["ukmob", "ukland", "us", "ie", "ukintl", "eu"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "ukmob":
        n = "07" + R.choice("3456789") + dg(8)
        return n, R.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]])
    if k == "ukland":
        n = R.choice(["0161", "0113", "0117", "0141"]) + dg(7)
        return n, R.choice([n[:4] + " " + n[4:7] + " " + n[7:], "(" + n[:4] + ") " + n[4:], n[:4] + "-" + n[4:7] + "-" + n[7:]])
    if k == "us":
        n = "1" + R.choice("2345789") + dg(2) + R.choice("2345789") + dg(6)
        return n, R.choice(["+1 (" + n[1:4] + ") " + n[4:7] + "-" + n[7:], n[1:4] + "-" + n[4:7] + "-" + n[7:],
                            "(" + n[1:4] + ")" + n[4:7] + "-" + n[7:], "+1 " + n[1:4] + "." + n[4:7] + "." + n[7:]])
    if k == "ie":
        n = "3538" + R.choice("35679") + dg(7)
        return n, R.choice(["+353 " + n[3:5] + " " + n[5:8] + " " + n[8:], "00353 " + n[3:5] + " " + n[5:], "+353" + n[3:]])
    if k == "ukintl":
        n = "447" + R.choice("3456789") + dg(8)
        return n, R.choice(["+44 " + n[2:6] + " " + n[6:], "+44 (0)" + n[2:6] + " " + n[6:], "0044 " + n[2:]])
    n = R.choice(["336", "4915", "3466"]) + dg(8)
    return n, "+" + n[:2] + " " + " ".join(n[i:i + 2] for i in range(2, len(n), 2))


# ---------------------------------------------------------------- speech renderers
def zw(z):
    return z


def say_digit(c, z):
    return z if c == "0" else ONES[int(c)]


def say_single(s, z, allow_double=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if allow_double and run == 3 and R.random() < 0.7:
            out.append("triple " + say_digit(s[i], z))
        elif allow_double and run == 2 and R.random() < 0.7:
            out.append("double " + say_digit(s[i], z))
        else:
            out.extend(say_digit(s[i], z) for _ in range(run))
        i = j
    return " ".join(out)


def say_pair(dd, z, last):
    a, b = int(dd[0]), int(dd[1])
    if a == 0:
        return ("double " + z) if b == 0 else z + " " + ONES[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return (ONES[a] + " " + z) if last else TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(s, z):
    parts = []
    if len(s) % 2 == 1:
        if len(s) >= 3 and s[0] != "0" and s[1:3] != "00" and R.random() < 0.4:
            x = int(s[1:3])
            tail = ONES[x] if x < 10 else say_pair(s[1:3], z, True)
            parts.append(ONES[int(s[0])] + " hundred and " + tail)
            s = s[3:]
        else:
            parts.append(say_digit(s[0], z))
            s = s[1:]
    for i in range(0, len(s), 2):
        parts.append(say_pair(s[i:i + 2], z, i + 2 >= len(s)))
    return " ".join(parts)


def say_group(s, z, mode=None):
    mode = mode or R.choice(["single", "single", "pairs"])
    return say_pairs(s, z) if mode == "pairs" else say_single(s, z)


def filler():
    return R.choice(["um", "uh", "er", "erm"])


def say_groups(groups, z, fill=0.25, sep=" "):
    out = []
    for g in groups:
        if out and R.random() < fill:
            out.append(filler())
        out.append(say_group(g, z))
    return sep.join(out)


def say_letters(s, nato=0.5):
    out = []
    for c in s.lower():
        if c.isdigit():
            out.append(ONES[int(c)])
        elif c.isalpha():
            out.append(c + R.choice([" for ", " as in "]) + NATO[c] if R.random() < nato else c)
    return " ".join(out)


def say_day(d):
    if d < 10:
        return ORD_UNITS[d]
    if d < 20:
        return ORD_TEENS[d - 10]
    if d % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[d]
    return TENS[d // 10] + " " + ORD_UNITS[d % 10]


def say_year(y, z):
    if y >= 2000 and y < 2010:
        return "two thousand and " + ONES[y - 2000] if y > 2000 else "two thousand"
    return say_pair(str(y)[:2], z, False) + " " + say_pair(str(y)[2:], z, True)


def typed_ocr(s, p=0.5):
    """Swap some 0 -> O and 1 -> l / I (OCR / copy-paste artefact)."""
    out = []
    for c in s:
        if c == "0" and R.random() < p:
            out.append("O")
        elif c == "1" and R.random() < p:
            out.append(R.choice(["l", "I"]))
        else:
            out.append(c)
    return "".join(out)


def any_ocr(s):
    return s != typed_ocr_guard(s)


def typed_ocr_guard(s):
    return s


def typed_card(d, style=None):
    g = card_groups(d)
    style = style or R.choice(["space", "dash", "plain", "odd", "dblspace", "newline", "ocr", "dot"])
    if style == "space":
        return " ".join(g), style
    if style == "dash":
        return "-".join(g), style
    if style == "plain":
        return d, style
    if style == "dot":
        return ".".join(g), style
    if style == "odd":
        cut = [0, 3, 8, 12, len(d)] if len(d) > 13 else [0, 5, 9, len(d)]
        return " ".join(d[cut[i]:cut[i + 1]] for i in range(len(cut) - 1)), style
    if style == "dblspace":
        return "  ".join(g[:2]) + " " + "   ".join(g[2:]), style
    if style == "newline":
        k = R.randint(1, len(g) - 1)
        return " ".join(g[:k]) + R.choice(["\n", " \n", "\r\n"]) + " ".join(g[k:]), style
    t = typed_ocr(" ".join(g))
    if t == " ".join(g):
        t = typed_ocr(" ".join(g), 1.0)
    return t, style


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # (group key, vtype, turn, start, end)

    def turn(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, grp = s[0], s[1], s[2]
                vtyp = s[3] if len(s) > 3 else typ
                m = re.match(r"^(\W*)(.*?)(\W*)$", val, re.S)
                text += m.group(1)
                val = m.group(2)
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.groups.append((grp, vtyp, ti, st, len(text)))
                text += m.group(3)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.turn("customer", *segs)

    def a(self, *segs):
        return self.turn("agent", *segs)


def V(val, typ, grp=None, vtyp=None):
    return (val, typ, grp or typ + str(R.random()), vtyp or typ)


BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes", "got that", "okay go on", "mm"]


def split_spoken(case, typ, grp, pieces, lead="", tail=""):
    """Customer reads pieces over several turns, agent back-channels between."""
    for i, p in enumerate(pieces):
        pre = lead if i == 0 else R.choice(["", "", "then ", "and ", "uh "])
        post = tail if i == len(pieces) - 1 else R.choice(["", "", "..", ","])
        case.c(pre, V(p, typ, grp), post)
        if i < len(pieces) - 1:
            case.a(R.choice(BACK))


def chunks(lst, n):
    k = max(1, (len(lst) + n - 1) // n)
    return [lst[i:i + k] for i in range(0, len(lst), k)]


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    d = new_card()
    t, style = typed_card(d)
    c = Case("positive", "typed card number (%s) in %s" % (style, "chat"))
    lab = R.choice(["card no: ", "Card number - ", "cc# ", "my card is ", "CARD NO.", "card num ", "long number: "])
    if lab.endswith("."):
        lab += " "
    c.a(R.choice(["Hi, thanks for contacting Northway Bank chat. How can I help?",
                  "Welcome to Voltline Energy webchat, you're speaking with Ana.",
                  "Hello from SkyJet Travel support! What can I do for you today?",
                  "Thanks for messaging Carewell Health billing."]))
    c.c(R.choice(["hi i need to pay my bill ", "want to update payment method. ", "Hello, ", "pls take payment "]),
        lab, V(t, "CARD_NUMBER", "card"), R.choice([" thx", "", " ta", " .", "  "]))
    if R.random() < 0.6:
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        e = R.choice(["%02d/%02d" % (mm, yy), "%02d / 20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%02d" % (mm, yy)])
        cv = "".join(R.choice("0123456789") for _ in range(4 if len(d) == 15 else 3))
        c.c(R.choice(["exp ", "expiry ", "Exp: ", "valid thru "]), V(e, "EXPIRY"),
            R.choice([" cvv ", " sec code ", ", CVC: ", " security no "]), V(cv, "CVV"))
    c.a("Thank you, processing that now.")
    return c


def p_card_call_split():
    d = new_card()
    z = R.choice(["oh", "o", "zero", "nought"])
    g = card_groups(d)
    c = Case("positive", "spoken card number split over turns with back-channels and read-back")
    c.a(R.choice(["can i take the long number on the front of the card please",
                  "okay so whenever you're ready, the card number",
                  "and the sixteen digits across the front"]))
    pieces = [say_groups(ch, z, fill=0.3) for ch in chunks(g, R.choice([2, 3, len(g)]))]
    split_spoken(c, "CARD_NUMBER", "card", pieces, lead=R.choice(["yeah it's ", "ok ", "right um ", ""]))
    if R.random() < 0.6:
        c.a("let me just read that back, ", V(say_groups(g, z, fill=0.0), "CARD_NUMBER", "rb"), ", is that right")
        c.c(R.choice(["yes", "that's it", "yep spot on"]))
    else:
        c.a("thank you and the expiry")
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        e = R.choice([say_pair("%02d" % mm, z, False) + " " + say_pair("%02d" % yy, z, True),
                      MONTHS[mm - 1] + " twenty " + ONES[yy - 20] if yy > 20 and yy < 30 else MONTHS[mm - 1] + " twenty thirty",
                      say_digit("%02d" % mm, z) if False else say_single("%02d" % mm, z, False) + " slash " + say_pair("%02d" % yy, z, True)])
        c.c(R.choice(["it's ", "", "uh "]), V(e, "EXPIRY"))
    return c


def p_card_aside():
    d = new_card()
    z = R.choice(["oh", "zero", "nought"])
    g = card_groups(d)
    k = R.randint(1, len(g) - 1)
    aside = R.choice([", sorry the dog's going mad, ", " hang on let me get my glasses ", ", sorry where was i, ",
                      " ... sorry my bus just pulled up ... ", ", no wait it's the other card, no it's this one, "])
    c = Case("positive", "card number read with an aside in the middle (two spans one turn)")
    c.a("go ahead with the card number when you're ready")
    c.c("ok so it's ", V(say_groups(g[:k], z), "CARD_NUMBER", "card"), aside,
        V(say_groups(g[k:], z), "CARD_NUMBER", "card"))
    c.a(R.choice(["lovely thanks", "got it thank you", "thanks, and the security code on the back"]))
    if R.random() < 0.5:
        cv = "".join(R.choice("0123456789") for _ in range(4 if len(d) == 15 else 3))
        c.c(R.choice(["", "it's ", "um "]), V(say_single(cv, z, R.random() < 0.5), "CVV"))
    return c


def p_card_email_ocr():
    d = new_card()
    t, style = typed_card(d, R.choice(["ocr", "newline", "dblspace", "ocr"]))
    c = Case("positive", "e-mail with pasted/OCR'd card number (%s)" % style)
    c.c("Subject: Re: payment failed\n\nHi team,\n\nPlease retry with this card:\n",
        R.choice(["Card Number:   ", "CARD NO ", "Number : ", ""]), V(t, "CARD_NUMBER", "card"),
        "\nName: ", R.choice(["J Murphy", "Mrs S Patel", "D. Kowalski"]),
        "\n\n> On Tue, Northway Billing wrote:\n> Your payment of £", "%d.%02d" % (R.randint(10, 300), R.randint(0, 99)),
        " could not be taken.")
    c.a("Thanks, we have retried the payment and it went through. Please don't send card details by e-mail in future.")
    return c


def p_card_last4_full():
    d = new_card()
    z = R.choice(["oh", "zero"])
    g = card_groups(d)
    c = Case("positive", "full card read, then last four repeated in the same case (labelled)")
    c.c("the card is ", V(say_groups(g, z), "CARD_NUMBER", "card"))
    c.a("thanks, so that's the card ending ", V(say_single(d[-4:], z, False), "CARD_NUMBER", "l4", "LAST4:" + d[-4:]),
        R.choice([" yeah", ", correct?", ""]))
    c.c("yes")
    return c


def p_ssn_chat():
    s = new_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s - %s - %s", "%s-%s-%s"]) % (s[:3], s[3:5], s[5:])
    if R.random() < 0.3:
        f2 = typed_ocr(f, 0.8)
        f = f2
    c = Case("positive", "typed US SSN in chat/SMS")
    c.a(R.choice(["To verify, please provide your Social Security number.",
                  "For the tax form we need the SSN on the account.",
                  "Can you confirm your social?"]))
    c.c(R.choice(["SSN: ", "ssn ", "social is ", "its ", "SS#", "my ss no. "]), V(f, "SSN"),
        R.choice(["", " thanks", "  ", " (for the W-9)"]))
    return c


def p_ssn_call():
    s = new_ssn()
    z = R.choice(["oh", "zero", "o"])
    c = Case("positive", "spoken SSN, split or read back")
    c.a(R.choice(["and for verification the social security number please",
                  "can i get your social please", "last thing i need is the ssn"]))
    parts = [s[:3], s[3:5], s[5:]]
    if R.random() < 0.5:
        split_spoken(c, "SSN", "ssn", [say_group(parts[0], z) + " " + say_group(parts[1], z), say_group(parts[2], z)],
                     lead=R.choice(["sure it's ", "yeah ", "um "]))
    else:
        c.c(R.choice(["it's ", "yeah it's ", ""]), V(" ".join([say_group(parts[0], z), filler(), say_group(parts[1], z),
                                                                  say_group(parts[2], z)]), "SSN", "ssn"))
    if R.random() < 0.6:
        c.a("so that's ", V(say_single(s[:3], z) + " " + say_single(s[3:5], z) + " " + say_single(s[5:], z), "SSN", "rb"))
        c.c("correct")
    return c


def ni_typed(n):
    f = R.choice([n, " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), n.lower(),
                  n[:2] + " " + n[2:8] + " " + n[8], n[:2] + "  " + n[2:4] + " " + n[4:6] + "  " + n[6:8] + " " + n[8],
                  n[:2] + n[2:4] + "\n" + n[4:], n[:2] + typed_ocr(n[2:8], 0.7) + n[8]])
    return f


def p_ni_chat():
    n = new_ni()
    c = Case("positive", "typed UK National Insurance number")
    c.a(R.choice(["Please confirm your National Insurance number so I can find your claim.",
                  "What's your NI number?", "For your pension enquiry we need your NINO."]))
    c.c(R.choice(["NI no: ", "ni number is ", "NINO ", "it's ", "National Insurance: ", "Nat ins "]),
        V(ni_typed(n), "NI_NUMBER"), R.choice(["", " thanks", ".", " x"]))
    return c


def p_ni_call():
    n = new_ni()
    z = R.choice(["oh", "zero", "nought"])
    c = Case("positive", "spoken NI number with NATO spelling")
    c.a("and your national insurance number please")
    letters = say_letters(n[:2], 0.6)
    if n[0] == n[1] and R.random() < 0.5:
        letters = "double " + n[0].lower()
    digits = R.choice([say_single(n[2:8], z), say_pairs(n[2:8], z), " ".join(say_pairs(n[i:i + 2], z) for i in (2, 4, 6))])
    suf = say_letters(n[8], 0.5)
    if R.random() < 0.5:
        c.c("yeah it's ", V(letters + " " + digits + " " + suf, "NI_NUMBER", "ni"))
    else:
        split_spoken(c, "NI_NUMBER", "ni", [letters, digits + " " + filler(), suf], lead="um it's ")
    if R.random() < 0.5:
        c.a("lovely so ", V(n[:2].lower() + " " + say_single(n[2:8], z, False) + " " + n[8].lower(), "NI_NUMBER", "rb"))
        c.c("that's the one")
    return c


def p_bank_chat():
    sc = "".join(R.choice("0123456789") for _ in range(6))
    ac = "".join(R.choice("0123456789") for _ in range(8))
    scf = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:],
                    typed_ocr(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], 0.8), sc[:2] + "–" + sc[2:4] + "–" + sc[4:]])
    acf = R.choice([ac, ac[:4] + " " + ac[4:], typed_ocr(ac, 0.6), ac[:4] + "\n" + ac[4:]])
    c = Case("positive", "typed UK sort code and account number")
    c.a(R.choice(["Which account should the refund go to?", "Please give the bank details for the direct debit."]))
    if R.random() < 0.5:
        c.c(R.choice(["sort code ", "S/C: ", "sortcode "]), V(scf, "SORT_CODE"), R.choice([" acct no: ", ", a/c ", "\naccount: "]),
            V(acf, "BANK_ACCOUNT"))
    else:
        c.c(R.choice(["acct no: ", "Account number ", "a/c no. "]), V(acf, "BANK_ACCOUNT"), "\n",
            R.choice(["sort ", "sort code: ", "SC "]), V(scf, "SORT_CODE"))
    c.a("Thanks, that's been updated.")
    return c


def p_bank_call():
    sc = "".join(R.choice("0123456789") for _ in range(6))
    ac = "".join(R.choice("0123456789") for _ in range(8))
    z = R.choice(["oh", "zero", "nought", "o"])
    c = Case("positive", "spoken sort code (pairs) and account number split over turns")
    c.a("what's the sort code")
    c.c(R.choice(["it's ", "", "uh "]), V(say_pair(sc[:2], z, False) + " " + say_pair(sc[2:4], z, False) + " " +
                                          say_pair(sc[4:], z, True), "SORT_CODE"))
    c.a("and the account number")
    split_spoken(c, "BANK_ACCOUNT", "ac", [say_group(ac[:4], z), say_group(ac[4:], z)],
                 lead=R.choice(["", "right ", "ok it's "]))
    if R.random() < 0.5:
        c.a("reading that back ", V(say_single(ac, z), "BANK_ACCOUNT", "rb"))
        c.c("yes")
    return c


def p_us_bank():
    ac = "".join(R.choice("0123456789") for _ in range(R.randint(10, 12)))
    c = Case("positive", "US checking account number in chat (routing number given as a label too)")
    c.a("For the ACH refund please send your checking account number.")
    c.c(R.choice(["checking acct ", "Acct#: ", "account no "]), V(R.choice([ac, ac[:4] + " " + ac[4:], typed_ocr(ac, 0.5)]), "BANK_ACCOUNT"),
        R.choice([" thanks", "", " (checking)"]))
    return c


def p_iban():
    ib = new_iban()
    f = R.choice([group_iban(ib), ib, group_iban(ib).lower(), group_iban(ib)[:14] + "\n" + group_iban(ib)[15:],
                  "  ".join(group_iban(ib).split(" ")), ib[:4] + " " + ib[4:]])
    c = Case("positive", "IBAN in e-mail/chat (%s)" % ib[:2])
    c.c(R.choice(["Dear team,\nplease refund to IBAN: ", "iban ", "My IBAN is ", "Refund to:\nIBAN  "]), V(f, "IBAN"),
        R.choice(["\nBIC: ", " bic "]), R.choice(["AIBKIE2D", "NWBKGB2L", "DEUTDEFF", "INGBNL2A"]),
        R.choice(["\nThanks", "", "\n\nSent from my iPhone"]))
    c.a("Thanks, the refund has been queued.")
    return c


def p_phone_chat():
    n, f = new_phone()
    c = Case("positive", "typed phone number")
    c.a(R.choice(["What's the best number to call you back on?", "Can you confirm the mobile on the account?"]))
    f2 = f
    if R.random() < 0.25:
        f2 = typed_ocr(f, 0.5)
    if R.random() < 0.2:
        f2 = f2.replace(" ", "  ", 1)
    c.c(R.choice(["mob: ", "tel ", "call me on ", "it's ", "Phone - ", ""]), V(f2, "PHONE"),
        R.choice(["", " pls", " after 5", " (work)"]))
    return c


def phone_spoken(n, z):
    if n.startswith("44"):
        return "plus four four " + say_groups([n[2:6], n[6:]], z, fill=0.2)
    if n.startswith("353"):
        return "plus three five three " + say_groups([n[3:5], n[5:8], n[8:]], z, fill=0.2)
    if n.startswith("1") and len(n) == 11:
        return R.choice(["", "one "]) + say_groups([n[1:4], n[4:7], n[7:]], z, fill=0.2)
    if n.startswith("0"):
        return say_groups([n[:5], n[5:8], n[8:]], z, fill=0.2)
    return "plus " + say_single(n[:2], z) + " " + say_groups([n[2:5], n[5:8], n[8:]], z, fill=0.1)


def p_phone_call():
    n1, _ = new_phone()
    z = R.choice(["oh", "o", "zero", "nought"])
    c = Case("positive", "spoken phone number with correction/restart")
    c.a("and a contact number for you")
    if R.random() < 0.5:
        n2, _ = new_phone()
        c.c("yeah it's ", V(phone_spoken(n1, z), "PHONE", "p1"), R.choice([", no sorry that's my old one, it's ",
                                                                             ", actually scrap that, use "]),
            V(phone_spoken(n2, z), "PHONE", "p2"))
    else:
        s = phone_spoken(n1, z).split(" ")
        k = len(s) // 2
        split_spoken(c, "PHONE", "p1", [" ".join(s[:k]), " ".join(s[k:])], lead=R.choice(["", "it's ", "er "]))
        c.a("so that's ", V(phone_spoken(n1, z), "PHONE", "rb"))
        c.c("yep")
    return c


def p_email_chat():
    local, dom = new_email()
    e = local + "@" + dom
    v = R.choice([e, e.upper(), local + " @" + dom, local + "@" + dom.replace(".", " .", 1), local + "[at]" + dom,
                  local + " (at) " + dom.replace(".", " (dot) "), local.capitalize() + "@" + dom, local + "@\n" + dom])
    c = Case("positive", "typed e-mail address with artefacts")
    pre, post = R.choice([("email: ", ""), ("<", ">"), ("mailto:", ""), ("its ", " thanks"), ("e-mail - ", "."),
                          ("send to ", " pls"), ("\"", "\"")])
    c.a(R.choice(["Which e-mail should the receipt go to?", "Can you confirm the email on your policy?"]))
    c.c(pre, V(v, "EMAIL"), post)
    return c


def email_spoken(local, dom):
    out = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece:
            m = re.match(r"([a-z]+)(\d*)$", piece)
            w, dg = m.group(1), m.group(2)
            if len(w) == 1 or R.random() < 0.3:
                out.append(say_letters(w, 0.4) if len(w) <= 6 else w)
            else:
                out.append(w)
            if dg:
                out.append(" ".join(ONES[int(x)] for x in dg))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def p_email_call():
    local, dom = new_email()
    c = Case("positive", "spoken e-mail address, with read-back")
    c.a("what email address shall i put down")
    sp = email_spoken(local, dom)
    if R.random() < 0.4:
        w = sp.split(" at ")
        split_spoken(c, "EMAIL", "em", [w[0], "at " + w[1]], lead="it's ")
    else:
        c.c(R.choice(["yeah it's ", "um ", ""]), V(sp, "EMAIL", "em"))
    if R.random() < 0.5:
        c.a("so ", V(sp.replace(" as in ", " for "), "EMAIL", "rb"))
        c.c("that's right")
    return c


def dob_typed():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%02d-%02d-%d" % (m, d, y),
                     "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y),
                     "%02d/%02d/%02d" % (d, m, y % 100), "%d%s %s %d" % (d, "th" if d > 3 and d < 21 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"), MONTHS[m - 1], y),
                     "%d-%02d-%02d" % (y, m, d)])


def dob_spoken(z):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    return R.choice(["the " + say_day(d) + " of " + MONTHS[m - 1] + " " + say_year(y, z),
                     say_day(d) + " " + MONTHS[m - 1] + " " + say_year(y, z),
                     MONTHS[m - 1] + " " + say_day(d) + " " + say_year(y, z),
                     say_pair("%02d" % d, z, False) + " " + say_pair("%02d" % m, z, False) + " " + say_pair("%02d" % (y % 100), z, True),
                     "the " + say_day(d) + " of " + MONTHS[m - 1] + " um " + say_year(y, z)])


def p_dob():
    z = R.choice(["oh", "zero"])
    c = Case("positive", "date of birth (typed or spoken)")
    if R.random() < 0.5:
        c.a(R.choice(["Please confirm your date of birth.", "DOB for security please"]))
        c.c(R.choice(["DOB: ", "d.o.b ", "born ", "it's ", ""]), V(dob_typed(), "DOB"))
    else:
        c.a("and can you confirm your date of birth for me")
        c.c(R.choice(["yeah it's ", "", "um "]), V(dob_spoken(z), "DOB"))
        if R.random() < 0.3:
            c.a("thank you, and you're the policy holder yes")
            c.c("yes")
    return c


def p_address_uk():
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    pc = new_uk_postcode()
    town = R.choice(TOWNS)
    c = Case("positive", "UK address and postcode")
    if R.random() < 0.5:
        flat = R.choice(["", "Flat %d, " % R.randint(1, 30), "flat %d " % R.randint(1, 12), "Apt %d, " % R.randint(1, 9)])
        stt = st if R.random() < 0.7 else st.lower()
        pcf = R.choice([pc, pc.lower(), pc.replace(" ", ""), pc.replace(" ", "  ")])
        c.a("What's the delivery address?")
        c.c(R.choice(["", "addr: ", "it's "]), V(flat + "%d %s" % (num, stt), "ADDRESS"), R.choice([", ", "\n", " "]),
            town, R.choice([", ", "\n", " "]), V(pcf, "POSTCODE"))
    else:
        z = R.choice(["oh", "zero"])
        c.a("and the first line of the address")
        numsp = say_pairs(str(num), z) if num >= 10 else ONES[num]
        if num >= 100 and R.random() < 0.5:
            numsp = say_single(str(num), z, False)
        c.c(R.choice(["it's ", "", "um "]), V(numsp + " " + st.lower(), "ADDRESS"), " in ", town.lower())
        c.a("and the postcode")
        out, inw = pc.split(" ")
        sp = " ".join(ONES[int(x)] if x.isdigit() else x.lower() for x in out) + " " + \
            " ".join(ONES[int(x)] if x.isdigit() else (x.lower() + " for " + NATO[x.lower()] if R.random() < 0.3 else x.lower()) for x in inw)
        c.c(V(sp, "POSTCODE"))
    return c


def p_address_us():
    num = R.randint(10, 9999)
    st = R.choice(US_STREETS)
    z = new_zip()
    c = Case("positive", "US address and ZIP code")
    c.a("Can I get the billing address on the card?")
    if R.random() < 0.6:
        c.c(V("%d %s" % (num, st) + R.choice(["", " Apt %d" % R.randint(1, 40), ", Unit %d" % R.randint(1, 9)]), "ADDRESS"),
            ", ", R.choice(US_TOWNS), ", ", R.choice(["TX", "CO", "OR", "OH", "NC", "FL"]), " ", V(z, "POSTCODE"))
    else:
        zz = R.choice(["oh", "zero"])
        c.c("it's ", V(say_pairs(str(num), zz) + " " + st.lower(), "ADDRESS"), " ", R.choice(US_TOWNS).lower(),
            " zip code ", V(say_single(z[:5], zz), "POSTCODE"))
    return c


def p_expiry_cvv_call():
    z = R.choice(["oh", "zero", "nought"])
    mm, yy = R.randint(1, 12), R.randint(25, 29)
    c = Case("positive", "spoken expiry and CVV with hesitation")
    c.a("what's the expiry date on the card")
    e = R.choice([say_pair("%02d" % mm, z, False) + " " + say_pair("%02d" % yy, z, True),
                  MONTHS[mm - 1] + " twenty " + ONES[yy - 20],
                  say_pair("%02d" % mm, z, False) + " um " + say_pair("%02d" % yy, z, True),
                  "end of " + MONTHS[mm - 1] + " twenty " + ONES[yy - 20]])
    if e.startswith("end of "):
        c.c("it's the end of ", V(e[7:], "EXPIRY"))
    else:
        c.c(R.choice(["", "it's ", "uh "]), V(e, "EXPIRY"))
    c.a("and the three digits on the back")
    cv = "".join(R.choice("0123456789") for _ in range(3))
    c.c(R.choice(["", "it's ", "er "]), V(R.choice([say_single(cv, z), say_pairs(cv, z)]), "CVV"))
    return c


def p_sms_mixed():
    c = Case("positive", "SMS-style message with several values and masked reference")
    n, f = new_phone()
    dob = dob_typed()
    masked = "*" * 12 + "".join(R.choice("0123456789") for _ in range(4))
    c.c(R.choice(["hi its me again re ur txt abt card ", "Re: card "]), masked, R.choice([" being blocked.", " blocked!!"]),
        R.choice([" dob ", " DOB: ", "\nd.o.b. "]), V(dob, "DOB"), R.choice([" n mob ", " mobile ", "\ncontact: "]), V(f, "PHONE"),
        R.choice([" ta", "", " x"]))
    c.a("Thanks, we have verified you and unblocked the card.")
    return c


POS = [(p_card_chat, 6), (p_card_call_split, 6), (p_card_aside, 3), (p_card_email_ocr, 3), (p_card_last4_full, 2),
       (p_ssn_chat, 3), (p_ssn_call, 3), (p_ni_chat, 3), (p_ni_call, 3), (p_bank_chat, 2), (p_bank_call, 2),
       (p_us_bank, 1), (p_iban, 2), (p_phone_chat, 2), (p_phone_call, 2), (p_email_chat, 2), (p_email_call, 2),
       (p_dob, 2), (p_address_uk, 2), (p_address_us, 1), (p_expiry_cvv_call, 2), (p_sms_mixed, 1)]


# ---------------------------------------------------------------- negative templates
def sp_digits(s, z):
    return say_groups([s[i:i + 4] for i in range(0, len(s), 4)], z, fill=0.2)


def n_order_spoken():
    z = R.choice(["oh", "zero", "nought"])
    d = non_luhn(16)
    lab = R.choice(["order number", "tracking number", "claim reference", "ticket number", "invoice number"])
    c = Case("negative", "16-digit %s read like a card number (not Luhn-valid)" % lab)
    c.a("can i take the %s please" % lab)
    c.c("yeah the %s is " % lab, sp_digits(d[:8], z))
    c.a(R.choice(BACK))
    c.c(sp_digits(d[8:], z))
    c.a("thank you, i can see that %s was dispatched on the %s of %s" % (lab, say_day(R.randint(1, 28)), R.choice(MONTHS)))
    return c


def n_refs_typed():
    lab = R.choice(["Order #", "Ref: ", "Tracking no. ", "Claim no ", "Policy number ", "Invoice ", "Serial: ", "Model "])
    d = non_luhn(R.choice([12, 14, 16, 18]))
    f = R.choice([" ".join(d[i:i + 4] for i in range(0, len(d), 4)), d, "-".join(d[i:i + 4] for i in range(0, len(d), 4))])
    if "Model" in lab:
        f = R.choice(["WX-4400", "KDL-55X9000", "SM-G991B"])
    if "Policy" in lab:
        f = R.choice(["POL", "HX", "MTR"]) + d[:9]
    c = Case("negative", "labelled reference/serial/policy number in chat")
    c.c("Hi, ", lab, f, R.choice([" still not arrived", " - need an update please", " was charged twice"]))
    c.a("Thanks, I can see that. A refund of £%d.%02d will show within %d working days." % (R.randint(5, 400), R.randint(0, 99), R.randint(3, 10)))
    return c


def n_masked():
    l4 = "".join(R.choice("0123456789") for _ in range(4))
    z = R.choice(["oh", "zero"])
    c = Case("negative", "masked card/SSN and last-four mentions only")
    c.a(R.choice(["I can see a card ending ", "The payment was taken from the card ending in ", "Card on file: **** **** **** "]), l4, ".")
    c.c(R.choice(["yeah the one ending ", "yes that's my one ending in ", "ending "]), say_single(l4, z, False),
        R.choice([" is the right one", ", that's fine", ""]))
    c.a(R.choice(["The SSN on file is XXX-XX-", "For reference your NI ends ", "Account ****"]), l4 if R.random() < 0.6 else l4[:2],
        R.choice([", no changes needed.", "."]))
    return c


def n_amounts():
    c = Case("negative", "balances, amounts, percentages and payment dates")
    bal = "%s%d,%03d.%02d" % (R.choice(["£", "$", "€"]), R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
    c.a("Your current balance is ", bal, ", and the minimum payment of ", "£%d.%02d" % (R.randint(5, 90), R.randint(0, 99)),
        " is due on the ", str(R.randint(1, 28)), R.choice(["th of ", "/"]), str(R.randint(1, 12)) if R.random() < 0.5 else R.choice(MONTHS).capitalize(),
        ". The interest rate is ", "%d.%d%%" % (R.randint(9, 34), R.randint(0, 9)), " APR.")
    c.c("ok can i pay ", R.choice(["four hundred and twelve pounds", "two fifty", "one thousand two hundred and forty one",
                                   "forty one eleven", "nineteen ninety nine"]), R.choice([" today", " on friday", " next month"]))
    c.a("Yes, that's fine.")
    return c


def n_call_amount_spoken():
    z = R.choice(["oh", "nought"])
    c = Case("negative", "spoken amounts, meter readings and counts")
    mr = "".join(R.choice("0123456789") for _ in range(5))
    c.a("can you give me the meter reading please")
    c.c("yeah it says ", say_single(mr, z), " um and then ", say_single(str(R.randint(10, 99)), z), " in red")
    c.a("thank you so that's ", say_single(mr, z), ", your estimated bill is ", R.choice(["sixty two pounds forty", "a hundred and twelve pounds"]),
        " and it's gone up ", R.choice(["twelve percent", "about eight per cent"]))
    c.c("right and i've got ", R.choice(["three", "two"]), " kids at home so it's always high")
    return c


def n_travel():
    c = Case("negative", "flight, gate, seat, room, times and durations")
    fl = R.choice(["EI", "BA", "FR", "UA", "LH"]) + str(R.randint(100, 9999))
    c.a(R.choice(["Your flight ", "Flight "]), fl, " departs at ", "%02d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45])),
        " from gate ", R.choice(["B", "C", "A"]) + str(R.randint(1, 60)), ", seat ", str(R.randint(1, 40)) + R.choice("ABCDEF"), ".")
    c.c("and the hotel is room ", str(R.randint(100, 1999)), " for ", R.choice(["three nights", "a week", "2 nights"]),
        "? flight takes like ", R.choice(["seven hours", "2h 45m", "ninety minutes"]))
    c.a("That's right, and check-in opens ", R.choice(["twenty four hours", "48 hours", "three hours"]), " before departure.")
    return c


def n_hours_roads():
    c = Case("negative", "opening hours, road names, temperatures and ages")
    c.a("Our branch on ", R.choice(["the A40", "High Street", "Route 66", "the M25 services", "I-95 exit 14"]), " is open ",
        R.choice(["9am to 5:30pm Monday to Friday", "from nine till half five", "8-8 seven days"]), ".")
    c.c("ok its ", str(R.randint(-3, 35)), " degrees out and im ", str(R.randint(18, 95)), " so i dont want to wait long, ",
        R.choice(["junction 14 of the M6", "the N7 near Naas", "the A1(M)"]), " is closed")
    c.a("Understood, the wait is about ", str(R.randint(5, 45)), " minutes.")
    return c


def n_dates():
    c = Case("negative", "contract, appointment and payment dates and years (not DOB)")
    c.a("Your contract started on ", "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2024)),
        " and ends on the ", say_day(R.randint(1, 28)), " of ", R.choice(MONTHS), " ", str(R.randint(2025, 2028)), ".")
    c.c("ok and my appointment is ", R.choice(["tuesday the fourteenth", "14 March 2026 at 10:40", "the third of june at half two"]),
        ", ive been with you since ", str(R.randint(1995, 2019)))
    c.a("Yes, and your next payment date is the ", str(R.randint(1, 28)), "th.")
    return c


def n_long_numbers_sms():
    c = Case("negative", "SMS with long non-PII digit strings (OCR'd reference, tracking)")
    t = non_luhn(R.choice([13, 15, 17, 19]))
    c.c("ur parcel trk ", typed_ocr(t, 0.3), " is delayed. reply STOP to opt out. ref ", "".join(R.choice("ABCDEFGHJK") for _ in range(3)),
        str(R.randint(10000, 99999)))
    c.a("Sorry about that. Your case number is ", non_luhn(10), " and we'll update you within ", str(R.randint(24, 72)), " hours.")
    return c


def n_spoken_reference_pairs():
    z = R.choice(["oh", "zero"])
    d = non_luhn(R.choice([10, 12, 16]))
    lab = R.choice(["booking reference", "case number", "serial number on the router", "customer reference", "mpan", "voucher code"])
    c = Case("negative", "%s spoken in pairs/hundreds like a card reading" % lab)
    c.a("and the %s" % lab)
    c.c("it's ", say_pairs(d, z), " uh ", R.choice(["i think", "hang on", ""]))
    c.a("great thanks, i've found it, that was ", R.choice(["ordered", "opened", "registered"]), " ", R.choice(["last tuesday", "on the fourth", "in 2023"]))
    return c


def n_price_list():
    c = Case("negative", "prices, plan details, data allowances")
    c.a("The plan is ", "£%d.%02d" % (R.randint(10, 60), R.choice([0, 99, 50])), " a month for ", str(R.choice([30, 100, 5])), "GB, ",
        str(R.choice([12, 24, 36])), " months, and calls to 0800 numbers are free.")
    c.c("does that include the 5G", R.choice(["? and is it 1,200 minutes", " and 500 texts", "? my old one was $45"]))
    c.a("Yes it does, and there's ", str(R.randint(10, 30)), "% off the first ", str(R.randint(3, 6)), " months.")
    return c


NEG = [(n_order_spoken, 3), (n_refs_typed, 3), (n_masked, 3), (n_amounts, 2), (n_call_amount_spoken, 2), (n_travel, 2),
       (n_hours_roads, 2), (n_dates, 2), (n_long_numbers_sms, 2), (n_spoken_reference_pairs, 3), (n_price_list, 1)]


def pick(table):
    tot = sum(w for _, w in table)
    x = R.random() * tot
    for f, w in table:
        x -= w
        if x < 0:
            return f
    return table[-1][0]


def build():
    pos, neg = [], []
    cnt = {}
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    # first pass: one of each positive template for coverage
    for f, _ in POS:
        pos.append(f())
    while True:
        cnt = {}
        for c in pos:
            for s in c.spans:
                cnt[s["type"]] = cnt.get(s["type"], 0) + 1
        ok = len(pos) >= 200 and all(cnt.get(t, 0) >= n for t, n in need.items()) and \
            all(cnt.get(t, 0) >= 10 for t in TYPES)
        if ok:
            break
        pos.append(pick(POS)())
    for f, _ in NEG:
        neg.append(f())
    while len(neg) < 110:
        neg.append(pick(NEG)())
    out = []
    for i, c in enumerate(pos, 1):
        out.append((c, "h364-pos-%03d" % i))
    for i, c in enumerate(neg, 1):
        out.append((c, "h364-neg-%03d" % i))
    return out


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL",
         "DOB", "POSTCODE", "ADDRESS"]


def serialise(cases):
    lines = []
    for c, cid in cases:
        spans = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- normalisation / validation
UNIT_VAL = {w: i for i, w in enumerate(ONES) if i > 0}
UNIT_VAL.update({w: i for i, w in enumerate(ORD_UNITS) if i > 0})
TEEN_VAL = {w: 10 + i for i, w in enumerate(TEENS)}
TEEN_VAL.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
TENS_VAL = {w: i * 10 for i, w in enumerate(TENS) if w}
TENS_VAL.update({"twentieth": 20, "thirtieth": 30})
ZERO = {"zero", "oh", "o", "nought", "nil"}


def ocr_fix(text):
    prev = None
    while prev != text:
        prev = text
        text = re.sub(r"(?<=\d)[OolI]|[OolI](?=\d)", lambda m: "0" if m.group(0) in "Oo" else "1", text)
    return text


def spoken_norm(text, letters=False):
    """Return compact string of digits (and letters if letters=True) from a spoken/typed value."""
    text = ocr_fix(text) if not letters else text
    toks = re.findall(r"[A-Za-z]+|\d|[,;]", text)
    toks = [t.lower() if not t.isdigit() else t for t in toks]
    out = []
    i, mult = 0, 1

    def small(j):
        if j < len(toks) and toks[j] == "and":
            j += 1
        if j < len(toks):
            t = toks[j]
            if t in UNIT_VAL:
                return UNIT_VAL[t], j + 1
            if t in TEEN_VAL:
                return TEEN_VAL[t], j + 1
            if t in TENS_VAL:
                if j + 1 < len(toks) and toks[j + 1] in UNIT_VAL:
                    return TENS_VAL[t] + UNIT_VAL[toks[j + 1]], j + 2
                return TENS_VAL[t], j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t in (",", ";"):
            mult = 1
        elif t in FILLERS:
            pass
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in ZERO and not (letters and t == "o" and False):
            out.append("0" * mult)
            mult = 1
        elif t in UNIT_VAL and t in ONES and mult > 1:
            out.append(str(UNIT_VAL[t]) * mult)
            mult = 1
        elif t in UNIT_VAL or t in TEEN_VAL or t in TENS_VAL:
            v, i2 = small(i)
            out.append(str(v))
            i = i2
            continue
        elif t in ("hundred", "thousand"):
            d = out.pop() if out else "1"
            v, i2 = small(i + 1)
            w = 2 if t == "hundred" else 3
            out.append(d + ("%0*d" % (w, v) if v is not None else "0" * w))
            i = i2
            continue
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t] * mult)
            mult = 1
        elif letters and len(t) == 1:
            out.append(t * mult)
            mult = 1
            if i + 1 < len(toks) and toks[i + 1] == "for":
                i += 2
            elif i + 2 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 3
        elif letters and len(t) <= 10 and t.isalpha() and t.upper() == t.upper() and t not in ("for", "as", "in", "and", "slash"):
            out.append(t)
        i += 1
    return "".join(out)


def digits_of(text):
    return re.sub(r"\D", "", spoken_norm(text))


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\[at\]|\(at\)|\bat\b", "@", t)
    t = re.sub(r"\[dot\]|\(dot\)|\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    t = re.sub(r"\b([a-z]) (for|as in) [a-z-]+", r"\1", t)
    for i, w in enumerate(ONES):
        t = re.sub(r"\b%s\b" % w, str(i), t)
    t = re.sub(r"\b(um|uh|er|erm)\b", "", t)
    return re.sub(r"\s+", "", t)


STREET_WORDS = ("avenue", "road", "lane", "street", "grove", "crescent", "close", "way", "parade", "terrace", "drive",
                "hill", "gardens", "walk", "boulevard", "court")


def validate(vtyp, text):
    if vtyp.startswith("LAST4:"):
        return digits_of(text) == vtyp[6:]
    if vtyp == "CARD_NUMBER":
        d = digits_of(text)
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if vtyp == "CVV":
        return len(digits_of(text)) in (3, 4)
    if vtyp == "SSN":
        return len(digits_of(text)) == 9
    if vtyp == "SORT_CODE":
        return len(digits_of(text)) == 6
    if vtyp == "BANK_ACCOUNT":
        return 6 <= len(digits_of(text)) <= 17
    if vtyp == "PHONE":
        d = digits_of(text)
        if d.startswith("00"):
            d = d[2:]
        return 10 <= len(d) <= 13
    if vtyp == "NI_NUMBER":
        n = spoken_norm(ocr_fix(text) if re.search(r"\d", text) else text, letters=True).upper()
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    if vtyp == "IBAN":
        s = re.sub(r"\s", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
            return False
        return int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1
    if vtyp == "EMAIL":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm_email(text)) is not None
    if vtyp == "POSTCODE":
        s = re.sub(r"\s", "", text)
        if re.fullmatch(r"\d{5}(-\d{4})?", s):
            return True
        n = spoken_norm(text, letters=True).upper()
        if re.fullmatch(r"\d{5}(\d{4})?", n):
            return True
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
    if vtyp == "EXPIRY":
        low = text.lower()
        d = digits_of(text)
        if any(m in low for m in MONTHS):
            return len(d) in (2, 4)
        return (len(d) == 4 and 1 <= int(d[:2]) <= 12) or (len(d) == 6 and 1 <= int(d[:2]) <= 12) or (len(d) == 3)
    if vtyp == "DOB":
        low = text.lower()
        d = digits_of(text)
        if any(m[:3] in low for m in MONTHS):
            return len(d) >= 3
        return 5 <= len(d) <= 8
    if vtyp == "ADDRESS":
        low = text.lower()
        return bool(digits_of(text)) and any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS)
    return False


def check(cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        disk = fh.read()
    if disk != data:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = set()
    for line in disk.splitlines():
        o = json.loads(line)
        if o["id"] in ids:
            errs.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            errs.append(o["id"] + ": negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(o["id"] + ": positive without spans")
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(o["id"] + ": bad speaker")
        last = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append(o["id"] + ": bad type")
            txt = o["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(o["id"] + ": span out of range")
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (o["id"], txt[a:b]))
            if not txt[a].isalnum() or not txt[b - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (o["id"], txt[a:b]))
            if last.get(s["turn"], -1) > a:
                errs.append(o["id"] + ": overlapping spans")
            last[s["turn"]] = b
        if o["kind"] == "negative":
            for t in o["turns"]:
                for run in re.findall(r"\d[\d \-]{11,}\d", ocr_fix(t["text"])):
                    d = re.sub(r"\D", "", run)
                    if 13 <= len(d) <= 19 and luhn_ok(d):
                        errs.append(o["id"] + ": Luhn-valid digit run in negative " + run)
    # value validation by group, using the turn text (so offsets are exercised)
    for c, cid in cases:
        groups = {}
        order = []
        for grp, vtyp, ti, a, b in c.groups:
            if grp not in groups:
                groups[grp] = (vtyp, [])
                order.append(grp)
            groups[grp][1].append(c.turns[ti]["text"][a:b])
        for g in order:
            vtyp, parts = groups[g]
            if not validate(vtyp, " ".join(parts)):
                errs.append("%s: invalid %s value %r -> %r" % (cid, vtyp, " ".join(parts), spoken_norm(" ".join(parts))))
    return errs


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs = check(cases, data)
        for e in errs[:60]:
            print("ERROR:", e)
        cnt = {}
        for c, _ in cases:
            for s in c.spans:
                cnt[s["type"]] = cnt.get(s["type"], 0) + 1
        print("positives=%d negatives=%d" % (sum(c.kind == "positive" for c, _ in cases),
                                            sum(c.kind == "negative" for c, _ in cases)))
        print(" ".join("%s=%d" % (t, cnt.get(t, 0)) for t in TYPES))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="") as fh:
        fh.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

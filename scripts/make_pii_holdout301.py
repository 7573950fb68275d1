#!/usr/bin/env python3
"""Generate held-out PII redaction eval set h301 (UK/IE heavy). Standard library only.

Usage: python scripts/make_pii_holdout301.py          # write fixture + README
       python scripts/make_pii_holdout301.py --check  # regenerate, verify, summarise
"""
import json
import os
import re
import sys
import random

SEED = 301241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout301")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINS = {t: 12 for t in TYPES}
MINS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
        "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
        "x": "x-ray", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are", "t": "tea",
        "y": "why", "x": "ex", "g": "gee", "e": "e", "a": "a"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]

# ---------------------------------------------------------------- value makers

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        pre, n = "4" + R.choice(["929", "539", "659", "751", "462", "000"])[:3], 16
    elif kind == "visa13":
        pre, n = "4" + str(R.randint(100, 999)), 13
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "maestro":
        pre, n = R.choice(["6759", "6761"]), R.choice([16, 18, 19])
    else:
        pre, n = "6011", 16
    while True:
        body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "CE", "JG", "JH", "NE", "NH", "NP", "NR", "NX", "PA", "PE", "SK", "SL", "SP",
          "ST", "SX", "WK", "WP", "YA", "YZ", "ZE", "GJ", "HL", "KM", "LS", "MA", "RB", "JK",
          "EH", "TW", "WL", "BR", "CH", "HY", "JT", "LE", "MW", "NM", "PH", "RE", "SY", "WX"]


def ni():
    return R.choice(NI_PRE) + digits(6) + R.choice("ABCD")


def iban(cc):
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "BUKB"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    elif cc == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    rearr = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    return cc + "%02d" % (98 - num % 97) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


UK_OUT = ["M14", "LS6", "SW9", "EH3", "CF10", "BT7", "BS5", "NG7", "OX4", "CB1", "RG1", "PO5",
          "L8", "B29", "G12", "NE6", "SE15", "N16", "E17", "NW3", "SW1A", "EC1V", "W1D", "S10",
          "DN4", "YO31", "HU5", "LE2", "TN2", "BN1", "EX4", "PL4", "AB10", "DD1", "KY16", "SA1"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    return R.choice(UK_OUT) + " " + str(R.randint(0, 9)) + R.choice(IN_L) + R.choice(IN_L)


EIR_KEYS = ["D02", "D04", "D6W", "D08", "D15", "T12", "T23", "H91", "V94", "A94", "K67", "W23",
            "P31", "R95", "X91", "F92", "N91", "Y35", "E91", "C15"]
EIR_U = "ACDEFHKNPRTVWXY0123456789"


def eircode():
    while True:
        u = R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice(EIR_U) for _ in range(3))
        return R.choice(EIR_KEYS) + " " + u


def zipcode():
    return "%05d" % R.randint(1001, 99950)


STREETS_UK = ["Acacia Avenue", "Kings Road", "Mill Lane", "Station Road", "Church Street",
              "Park Crescent", "Victoria Terrace", "Orchard Close", "Meadow Way", "Elm Grove",
              "Beech Drive", "Castle Street", "Windsor Gardens", "Queens Park Road", "Hollybank Close",
              "Ashfield Court", "Granby Street", "Harrow Lane", "Moorland View", "Cedar Walk"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Patrick Street", "Ballymun Road", "Strand Road",
              "Mount Prospect Avenue", "Castle Park", "Seafield Crescent", "Church Lane", "Oakley Road"]
STREETS_US = ["Maple Street", "Oak Avenue", "Pine Drive", "Elm Court", "Washington Boulevard",
              "Lakeview Road", "Sunset Lane", "Hillcrest Avenue"]
FIRST = ["james", "sarah", "aoife", "sean", "emma", "niamh", "tom", "priya", "ciaran", "olivia",
         "mohammed", "grace", "liam", "hannah", "dev", "chloe", "declan", "fiona", "rory", "megan"]
LAST = ["walsh", "murphy", "patel", "smith", "obrien", "jones", "kelly", "taylor", "byrne",
        "khan", "evans", "doyle", "hughes", "clarke", "reilly", "davies", "brennan", "ahmed"]
DOMS = ["gmail.com", "outlook.com", "btinternet.com", "eircom.net", "yahoo.co.uk", "hotmail.co.uk",
        "icloud.com", "sky.com", "live.ie", "hotmail.com"]

# ---------------------------------------------------------------- spoken forms

def zw(style):
    if style == "mixed":
        return R.choice(["oh", "zero", "nought", "o"])
    return style


def say_digits(s, zero="oh", doubles=True, fillers=0):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        w = zw(zero) if c == "0" else DW[int(c)]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.8:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if fillers and i < len(s) and R.random() < 0.12:
            out.append(R.choice(["um", "er", "uh", "erm"]))
    return " ".join(out)


def say_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw(zero) + " " + DW[b] if b else zw(zero) + " " + zw(zero)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def say_pairs(s, zero="oh"):
    parts = []
    if len(s) % 2:
        parts.append(DW[int(s[0])] if s[0] != "0" else zw(zero))
        s = s[1:]
    for i in range(0, len(s), 2):
        parts.append(say_pair(s[i:i + 2], zero))
    return " ".join(parts)


def say_groups(s, sizes, zero="oh", doubles=True):
    out, i = [], 0
    for n in sizes:
        out.append(say_digits(s[i:i + n], zero, doubles))
        i += n
    return out


def say_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "folk" and c in FOLK:
        return c + " for " + FOLK[c]
    if style == "homo" and c in HOMO:
        return HOMO[c]
    return c


def say_alnum(s, lstyle="plain", zero="oh", pairs=False):
    """Spell a letters+digits string: letters by style, digit runs as digits or pairs."""
    out = []
    for run in re.findall(r"[A-Za-z]|\d+", s):
        if run.isdigit():
            if pairs and len(run) >= 2 and len(run) % 2 == 0:
                out.append(say_pairs(run, zero))
            else:
                out.append(say_digits(run, zero, doubles=True))
        else:
            out.append(say_letter(run, lstyle))
    return " ".join(out)


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def card_typed(c):
    sep = R.choice([" ", " ", "-", "", "  "])
    if len(c) == 15:
        return group(c, [4, 6, 5], sep)
    return group(c, [4] * 5, sep)[: len(c) + (len(c) - 1) // 4 * len(sep)].strip(sep) if sep else c


def say_card(c, zero):
    mode = R.choice(["digits", "digits", "groups", "pairs", "mixed"])
    if mode == "digits":
        return say_digits(c, zero, doubles=R.random() < 0.6)
    if mode == "pairs" and len(c) % 2 == 0:
        return say_pairs(c, zero)
    if mode == "mixed" and len(c) == 16:
        return " ".join(say_pairs(c[i:i + 4], zero) if k % 2 else say_digits(c[i:i + 4], zero)
                        for k, i in enumerate(range(0, 16, 4)))
    return say_digits(c, zero, doubles=True, fillers=1)


def dob_parts():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def say_year(y):
    if y < 2000:
        return "nineteen " + say_pair(str(y)[2:])
    return R.choice(["two thousand and " + (DW[y - 2000] if y < 2010 else say_pair(str(y)[2:])),
                     "two thousand " + (DW[y - 2000] if y < 2010 else say_pair(str(y)[2:]))])


def say_dob(d, m, y):
    f = R.choice(["ord", "ordof", "mfirst", "num"])
    if f == "ord":
        return ORD[d] + " " + MONTHS[m - 1] + " " + say_year(y)
    if f == "ordof":
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if f == "mfirst":
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    return say_pair("%02d" % d) + " " + say_pair("%02d" % m) + " " + say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])


def typed_dob(d, m, y, us=False):
    f = R.choice(["slash", "dot", "dash", "words", "short"])
    a, b = (m, d) if us else (d, m)
    if f == "slash":
        return "%02d/%02d/%d" % (a, b, y)
    if f == "dot":
        return "%d.%d.%d" % (a, b, y)
    if f == "dash":
        return "%02d-%02d-%d" % (a, b, y)
    if f == "short":
        return "%d/%d/%02d" % (a, b, y % 100)
    return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[: R.choice([3, 9])], y)


def expiry():
    return R.randint(1, 12), R.randint(26, 31)


def say_expiry(m, y):
    f = R.choice(["pairs", "month", "digits", "full"])
    if f == "pairs":
        return say_pair("%02d" % m, R.choice(["oh", "zero", "o"])) + " " + say_pair(str(y))
    if f == "month":
        return MONTHS[m - 1] + " " + say_pair(str(y))
    if f == "digits":
        return say_digits("%02d%02d" % (m, y), "oh", doubles=False)
    return say_pair("%02d" % m) + " twenty " + say_pair(str(y))


def typed_expiry(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y),
                     "%02d-%02d" % (m, y), "%02d %02d" % (m, y)])


def email_addr():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f + l + str(R.randint(1, 99)), f[0] + "." + l, f + "_" + l,
                     l + "." + f, f + "-" + l])
    return user + "@" + R.choice(DOMS)


def say_email(e):
    user, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._-]", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(say_pair(tok) if len(tok) == 2 and tok[0] != "0" else say_digits(tok, "zero", False))
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok)
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


def uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + digits(8)


def uk_land():
    return R.choice(["020" + R.choice("378") + digits(7), "0161" + digits(7), "0113" + digits(7),
                     "0131" + digits(7), "0117" + digits(7), "029" + "20" + digits(6),
                     "028" + "90" + digits(6), "01632" + digits(6)])


def ie_mobile():
    return "08" + R.choice("35679") + digits(7)


def ie_land():
    return R.choice(["01" + digits(7), "021" + digits(7), "091" + digits(6), "061" + digits(6)])


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def phone_typed(p, cc):
    f = R.choice(["plain", "spaced", "intl", "intl0", "dashed"])
    if cc == "US":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    code = "44" if cc == "UK" else "353"
    rest = p[1:]
    if f == "plain":
        return p
    if f == "spaced":
        return p[:5] + " " + p[5:] if cc == "UK" else p[:3] + " " + p[3:6] + " " + p[6:]
    if cc == "IE":
        rest = rest[:2] + " " + rest[2:5] + " " + rest[5:]
    else:
        rest = rest[:4] + " " + rest[4:]
    if f == "intl":
        return "+" + code + " " + rest
    if f == "intl0":
        return "+" + code + " (0)" + rest
    return p[:5] + "-" + p[5:8] + "-" + p[8:]


def say_phone(p, cc, zero):
    f = R.choice(["digits", "intl", "groups"])
    if f == "intl" and cc != "US":
        code = "four four" if cc == "UK" else "three five three"
        return "plus " + code + " " + say_digits(p[1:], zero)
    if f == "groups":
        if cc == "UK":
            return say_digits(p[:5], zero) + " " + say_digits(p[5:8], zero) + " " + say_digits(p[8:], zero)
        return say_digits(p[:3], zero) + " " + say_digits(p[3:6], zero) + " " + say_digits(p[6:], zero)
    return say_digits(p, zero)


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 100:
        return say_pair(str(n))
    if n >= 1000:
        return say_pair(str(n)[:2]) + " " + say_pair(str(n)[2:])
    h, r = divmod(n, 100)
    return DW[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


def address(region="UK"):
    st = R.choice(STREETS_UK if region == "UK" else STREETS_IE if region == "IE" else STREETS_US)
    n = R.randint(1, 240) if region != "US" else R.randint(100, 9800)
    flat = R.random() < 0.25 and region != "US"
    return n, st, (R.randint(1, 30) if flat else None)


def addr_typed(n, st, flat):
    s = "%d %s" % (n, st)
    if R.random() < 0.3:
        s = s.replace("Road", "Rd").replace("Street", "St").replace("Avenue", "Ave")
    if R.random() < 0.3:
        s = s.lower()
    if flat:
        s = R.choice(["Flat %d, " % flat, "flat %d, " % flat, "Apt %d, " % flat]) + s
    return s


def addr_spoken(n, st, flat):
    s = (num_words(n) if R.random() < 0.6 or n < 100 else say_digits(str(n), "oh", False)) + " " + st.lower()
    if flat:
        s = "flat " + num_words(flat) + " " + s
    return s


# ---------------------------------------------------------------- case builder

class P:
    def __init__(self, text, typ, grp=None):
        self.text, self.typ, self.grp = text, typ, grp


def T(speaker, *segs):
    return (speaker, segs)


def A(*segs):
    return T("agent", *segs)


def C(*segs):
    return T("customer", *segs)


def build(turns):
    out_turns, spans, groups = [], [], []
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, P):
                st = len(text)
                text += s.text
                g = s.grp
                if g is None:
                    auto += 1
                    g = "auto%d" % auto
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                groups.append(g)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


def zero_style(region):
    if region == "US":
        return R.choice(["zero", "zero", "oh", "mixed"])
    return R.choice(["oh", "oh", "nought", "o", "zero", "mixed"])


def ch(*xs):
    return R.choice(xs)


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]

# ---------------------------------------------------------------- positive templates

def p_card_call_full():
    c, (m, y), z = card(), expiry(), zero_style("UK")
    cvv = digits(4 if c[:2] in ("34", "37") else 3)
    ind = ch("retail", "utilities", "travel", "insurance", "telecom")
    return [A(ch("okay i can take that payment for you now what's the long number on the card",
                 "right so the sixteen digit number across the front please", "go ahead with the card number")),
            C(ch("yeah it's ", "okay ", "right um ", ""), P(say_card(c, z), "CARD_NUMBER")),
            A(ch("lovely and the expiry", "and when does it expire", "thank you and the expiry date")),
            C(ch("", "it's ", "erm "), P(say_expiry(m, y), "EXPIRY")),
            A(ch("and the three digits on the back", "last thing the security code on the back please",
                 "and the c v v")),
            C(ch("", "it's ", "that's "), P(say_digits(cvv, z, doubles=False), "CVV"))], \
        "call/%s: card by phone digits, expiry and security code in separate turns" % ind


def p_card_split():
    c, z = card(R.choice(["visa", "mc", "disc"])), zero_style("UK")
    g = "c"
    chunks = [c[i:i + 4] for i in range(0, 16, 4)]
    bc = ["mhm", "yep", "okay go on", "yeah", "got that", "uh huh", "right"]
    turns = [A("okay whenever you're ready with the card number")]
    for k, chk in enumerate(chunks):
        sp = say_pairs(chk, z) if R.random() < 0.3 else say_digits(chk, z)
        lead = ch("", "", "right ", "okay ", "then ") if k else ch("", "so ", "right it's ")
        turns.append(C(lead, P(sp, "CARD_NUMBER", g)))
        if k < 3:
            turns.append(A(R.choice(bc)))
    return turns, "call/%s: card split over four customer turns with agent back-channels" % ch(*IND[:5])


def p_card_chat():
    c, (m, y) = card(), expiry()
    cvv = digits(4 if c[:2] in ("34", "37") else 3)
    ct = card_typed(c)
    f = R.randint(0, 2)
    if f == 0:
        return [A("Hi, you can pay the outstanding £%d.%02d here. Please send the card details." % (R.randint(20, 900), R.randint(0, 99))),
                C(ch("card ", "Card no: ", "its ", "number "), P(ct, "CARD_NUMBER"), ch(" exp ", " expiry ", ", exp: ", " ex "),
                  P(typed_expiry(m, y), "EXPIRY"), ch(" cvv ", " security code ", " CVC: ", " sec code "), P(cvv, "CVV"))], \
            "chat/retail: card, expiry and cvv typed in one message after an amount"
    if f == 1:
        return [C(ch("hiya can i pay my bill by card", "I want to renew my policy, paying by card", "can u take payment for order 7781203")),
                A("Of course, please type the long card number."),
                C(P(ct, "CARD_NUMBER")),
                A("Thanks. Expiry date and the 3 or 4 digit code?"),
                C(P(typed_expiry(m, y), "EXPIRY"), ch(" and ", ", ", " / "), P(cvv, "CVV"))], \
            "chat/%s: card alone, then expiry and code together" % ch("insurance", "utilities", "telecom")
    return [C(ch("Tried to pay online 3 times and it keeps failing!! card is ", "my card ", "pls charge "), P(ct, "CARD_NUMBER"),
              ch(" it expires ", " valid till ", " exp "), P(typed_expiry(m, y), "EXPIRY"),
              ch(". ", " - the total was £%d. " % R.randint(30, 400)), "Code on back ", P(cvv, "CVV"))], \
        "chat/retail: frustrated customer pastes card details inline with an amount"


def p_card_readback():
    c, z = card(R.choice(["visa", "mc"])), zero_style("UK")
    return [C(ch("the card number is ", "it's ", "okay it's "), P(say_digits(c, z, doubles=True, fillers=1), "CARD_NUMBER")),
            A(ch("let me just read that back to you ", "so that's "), P(say_card(c, z), "CARD_NUMBER"), ch(" is that right", " yeah")),
            C(ch("yes that's it", "yep", "that's right yeah"))], \
        "call/%s: card given with fillers then agent reads it back in a different form" % ch("travel", "banking", "utilities")


def p_card_correction():
    c, z = card(R.choice(["visa", "mc"])), zero_style("UK")
    wrong = DW[int(c[0])] + " " + DW[int(c[1])] + " " + DW[(int(c[2]) + 3) % 10]
    return [A("and the card number please"),
            C(wrong, " no sorry hang on i'm reading the wrong card it's ", P(say_digits(c, z), "CARD_NUMBER")),
            A("okay and is that a debit or credit card"), C("debit")], \
        "call/retail: self-correction; aborted three-digit false start unlabelled, the full card labelled"


def p_card_amount():
    c, z = card(), zero_style("UK")
    amt = R.randint(12, 300)
    return [A("so that's %s pounds today is that okay" % num_words(amt)),
            C("yeah that's fine ", ch("it's the debit card ", "on my credit card ", ""), P(say_card(c, z), "CARD_NUMBER"),
              ch(" and i'll need a receipt emailed", " sorry about the noise i'm on the train", "")),
            A("thank you and i'll take the expiry and security code in a moment")], \
        "call/%s: card said after an amount in words, with chit-chat" % ch("utilities", "telecom", "travel")


def p_card_us():
    c, (m, y) = card(), expiry()
    return [A("can i get the card number"),
            C("sure it's ", P(say_card(c, "zero"), "CARD_NUMBER")),
            A("and expiration"),
            C(P(say_expiry(m, y), "EXPIRY")),
            A("and the security code on back"),
            C(P(say_digits(digits(3), "zero", False), "CVV"), ch(" and the zip is ", " billing zip "), P(say_digits(zipcode(), "zero", False), "POSTCODE"))], \
        "call/US healthcare billing: card, expiry, cvv and billing zip in one turn"


def ni_typed(v):
    f = R.randint(0, 5)
    if f == 0:
        return v
    if f == 1:
        return v.lower()
    if f == 2:
        return v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8]
    if f == 3:
        return (v[:2] + " " + v[2:8] + " " + v[8]).lower()
    if f == 4:
        return v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8]
    return v[:2].lower() + v[2:8] + v[8]


def say_ni(v, z):
    st = R.choice(["plain", "plain", "nato", "folk", "homo"])
    L = say_letter(v[0], st) + " " + say_letter(v[1], st)
    f = R.randint(0, 2)
    if f == 0:
        D = say_digits(v[2:8], z)
    elif f == 1:
        D = say_pairs(v[2:8], z)
    else:
        D = " ".join(say_digits(v[i:i + 2], z, False) for i in (2, 4, 6))
    return L + " " + D + " " + say_letter(v[8], st)


def p_ni_call():
    v, z = ni(), zero_style("UK")
    return [A(ch("can i take your national insurance number please", "and for security your n i number",
                 "what's your national insurance number")),
            C(ch("yeah it's ", "um it's ", "", "okay so "), P(say_ni(v, z), "NI_NUMBER"),
              ch("", " i think", " yeah")),
            A(ch("thank you", "lovely thanks", "great"))], \
        "call/government services: NI number spoken with varied letter spelling and digit grouping"


def p_ni_split():
    v, z = ni(), zero_style("UK")
    st = R.choice(["plain", "nato", "folk"])
    return [A("okay could i have your national insurance number"),
            C(ch("right ", "so that's ", ""), P(say_letter(v[0], st) + " " + say_letter(v[1], st), "NI_NUMBER", "n")),
            A(ch("mhm", "yep", "okay")),
            C(P(say_digits(v[2:5], z), "NI_NUMBER", "n"), " ", ch("um", "er", "sorry"), " ", P(say_digits(v[5:8], z), "NI_NUMBER", "n")),
            A(ch("and the letter at the end", "and the last letter")),
            C(P(say_letter(v[8], st), "NI_NUMBER", "n"))], \
        "call/government services: NI number split across turns, filler between digit halves, final letter asked for"


def p_ni_chat():
    v = ni()
    return [A(ch("Please can you confirm your NI number?", "To verify, what's your National Insurance no.?")),
            C(ch("", "its ", "NI: ", "sure - ", "my ni number is "), P(ni_typed(v), "NI_NUMBER"),
              ch("", " thanks", ". ref for my claim is 55019283", " (from my payslip)"))], \
        "chat/%s: NI number typed in assorted case and separators" % ch("government services", "banking", "insurance")


def p_ni_readback():
    v, z = ni(), zero_style("UK")
    return [C("n i number ", P(say_ni(v, z), "NI_NUMBER")),
            A("so i've got ", P(say_ni(v, z), "NI_NUMBER"), " is that correct"),
            C("yeah that's correct")], \
        "call/government services: NI given then read back by agent in a different spelling"


def p_ni_payroll():
    v, z = ni(), zero_style("UK")
    d, m, y = dob_parts()
    return [A("for the tax code query i'll need your date of birth and national insurance number"),
            C("date of birth's ", P(say_dob(d, m, y), "DOB"), " and the national insurance is ", P(say_ni(v, z), "NI_NUMBER")),
            A("thanks that's all matched up, your tax year runs to the fifth of april")], \
        "call/government services: DOB and NI in one turn; later date not a DOB"


def p_ssn_call():
    s = ssn()
    f = R.randint(0, 3)
    if f == 0:
        sp = say_digits(s, "zero")
    elif f == 1:
        sp = " ".join(say_digits(p, ch("zero", "oh"), False) for p in (s[:3], s[3:5], s[5:]))
    elif f == 2:
        sp = say_digits(s[:3], "oh") + " " + say_pair(s[3:5]) + " " + say_pairs(s[5:])
    else:
        sp = say_digits(s, "mixed", fillers=1)
    return [A(ch("can you verify the last— actually the full social security number on the account",
                 "i'll need your social security number", "what's your social")),
            C(ch("", "sure ", "yeah it's ", "okay "), P(sp, "SSN")),
            A("thank you i've got the account up")], \
        "call/US %s: SSN spoken in 3-2-4 or run-on form" % ch("banking", "insurance", "healthcare billing")


def p_ssn_split():
    s = ssn()
    return [A("and your social security number"),
            C(P(say_digits(s[:3], "zero"), "SSN", "s")), A("uh huh"),
            C(P(say_digits(s[3:5], "zero"), "SSN", "s")), A("okay"),
            C(P(say_digits(s[5:], "zero"), "SSN", "s"))], \
        "call/US government services: SSN split across three customer turns"


def p_ssn_chat():
    s = ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    return [C(ch("my ssn is ", "SSN: ", "social ", "Its "), P(f % (s[:3], s[3:5], s[5:]), "SSN"),
              ch("", " and my member id is 8812045", " - claim #44102 is still pending", " thx")),
            A("Thank you, I've verified your identity.")], \
        "chat/US %s: SSN typed with separators, often next to a member/claim id" % ch("insurance", "healthcare billing")


def p_ssn_dob():
    s = ssn()
    d, m, y = dob_parts()
    return [A("to verify your identity i need your date of birth and social security number"),
            C(P(typed_dob(d, m, y, us=True) if R.random() < 0.5 else say_dob(d, m, y), "DOB"), ch(" and ", ", ", " ssn ", " and social is "),
              P("%s-%s-%s" % (s[:3], s[3:5], s[5:]) if R.random() < 0.5 else say_digits(s, "zero"), "SSN"))], \
        "chat-or-call/US banking: DOB and SSN together in one turn"


def p_ssn_correction():
    s = ssn()
    return [A("and your social"),
            C(DW[int(s[0])], " ", DW[int(s[1])], " wait no let me start over ", P(say_digits(s, "zero"), "SSN")),
            A("thanks")], \
        "call/US insurance: SSN with aborted false start; only the full reading labelled"


def sort_spoken(sc, z):
    f = R.randint(0, 2)
    if f == 0:
        return say_pairs(sc, z)
    if f == 1:
        return say_digits(sc, z)
    return " ".join(say_digits(sc[i:i + 2], z, False) for i in (0, 2, 4))


def p_bank_call():
    sc, acct, z = digits(6, True), digits(8), zero_style("UK")
    return [A(ch("what's the sort code for the account you want to pay from",
                 "and the sort code and account number for the direct debit")),
            C(ch("sort code's ", "it's ", ""), P(sort_spoken(sc, z), "SORT_CODE"),
              ch(" and the account number is ", " account ", " then the account number ")),
            A(ch("go on", "yep")),
            C(P(say_digits(acct, z, fillers=1) if R.random() < 0.6 else say_pairs(acct, z), "BANK_ACCOUNT")),
            A("and the direct debit will go out on the first of each month for %s pounds" % num_words(R.randint(20, 90)))], \
        "call/%s: sort code then account number, DD date and amount not PII" % ch("utilities", "telecom", "insurance")


def p_bank_chat():
    sc, acct = digits(6, True), digits(8)
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"])
    return [C(ch("refund should go to ", "pls send the money to ", "Bank details: "), ch("sort code ", "s/c ", "SC: "),
              P(f % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), ch(" acc ", " account no ", ", a/c: ", " account number "),
              P(acct if R.random() < 0.6 else acct[:4] + " " + acct[4:], "BANK_ACCOUNT"),
              ch("", " (Nationwide)", " thanks", ". refund ref 20019933")),
            A("Thanks, the refund of £%d.%02d will be processed in 3-5 working days." % (R.randint(5, 300), R.randint(0, 99)))], \
        "chat/%s: sort code and account typed with abbreviations, refund amount nearby" % ch("retail", "travel", "utilities")


def p_bank_us():
    acct = digits(R.choice([10, 11, 12]), True)
    return [A("what's the checking account number"),
            C(P(say_digits(acct, "zero"), "BANK_ACCOUNT"), " and the routing number i'll have to look up"),
            A("no problem")], \
        "call/US banking: checking account number spoken in digits"


def p_bank_readback():
    sc, acct, z = digits(6, True), digits(8), zero_style("UK")
    return [C("account number ", P(say_digits(acct, z), "BANK_ACCOUNT"), " sort code ", P(say_pairs(sc, z), "SORT_CODE")),
            A("read back ", P(say_digits(acct, z, False), "BANK_ACCOUNT"), " and ", P(say_digits(sc, z, False), "SORT_CODE")),
            C("correct")], \
        "call/banking: account before sort code, agent reads both back"


def iban_typed(v):
    f = R.randint(0, 3)
    if f == 0:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if f == 1:
        return v
    if f == 2:
        return v.lower()
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()


def p_iban_chat():
    v = iban(R.choice(["GB", "IE", "IE", "DE", "NL", "FR"]))
    return [A("Please provide the IBAN for the refund."),
            C(ch("IBAN: ", "its ", "", "here u go "), P(iban_typed(v), "IBAN"), ch("", " bic AIBKIE2D", " thanks!", " - refund for booking ref QX71KD"))], \
        "chat/%s: IBAN typed grouped or run-on" % ch("travel", "banking", "retail")


def p_iban_call():
    v, z = iban(R.choice(["IE", "IE", "GB"])), zero_style("IE")
    st = R.choice(["plain", "nato", "homo"])
    sp = say_alnum(v, st, z)
    return [A("can you read out the i b a n for me"),
            C(ch("okay it's ", "right ", ""), P(sp, "IBAN")),
            A("thanks i'll set up the transfer")], \
        "call/banking ireland: IBAN spoken letter by letter and digit by digit"


def p_iban_split():
    v, z = iban("IE"), zero_style("IE")
    return [A("go ahead with the iban"),
            C(P(say_alnum(v[:8], "plain", z), "IBAN", "i")), A("yep"),
            C(P(say_digits(v[8:14], z), "IBAN", "i")), A("mhm"),
            C(P(say_digits(v[14:], z), "IBAN", "i"))], \
        "call/banking ireland: IBAN split over three turns"


def p_phone_uk_call():
    p, z = R.choice([uk_mobile(), uk_mobile(), uk_land()]), zero_style("UK")
    return [A(ch("what's the best number to reach you on", "can i take a contact number", "and a mobile number in case we get cut off")),
            C(ch("", "it's ", "yeah it's ", "my mobile's "), P(say_phone(p, "UK", z), "PHONE")),
            A("thank you")], \
        "call/%s: UK phone number spoken with doubles and zero variants" % ch("telecom", "utilities", "retail", "insurance")


def p_phone_ie():
    p, z = R.choice([ie_mobile(), ie_mobile(), ie_land()]), zero_style("IE")
    if R.random() < 0.5:
        return [A("and your mobile number"), C(P(say_phone(p, "IE", z), "PHONE"))], \
            "call/%s ireland: Irish phone number spoken" % ch("telecom", "utilities")
    return [C(ch("text me on ", "my number is ", "call me back on "), P(phone_typed(p, "IE"), "PHONE"),
              ch(" pls", " after 6", "", " before half five")),
            A("Will do.")], "chat/telecom ireland: Irish phone typed with call-back time"


def p_phone_chat_uk():
    p = R.choice([uk_mobile(), uk_land()])
    return [A("What's the best contact number?"),
            C(P(phone_typed(p, "UK"), "PHONE"), ch("", " - after 5pm pls", " or email is better"))], \
        "chat/%s: UK phone typed in national/international forms" % ch("retail", "utilities", "insurance")


def p_phone_two():
    p1, p2, z = uk_mobile(), uk_land(), zero_style("UK")
    return [A("have you got a couple of numbers for us"),
            C("mobile's ", P(say_digits(p1, z), "PHONE"), " and the landline is ", P(say_digits(p2, z), "PHONE"))], \
        "call/utilities: two phone numbers in one turn"


def p_phone_split():
    p, z = uk_mobile(), zero_style("UK")
    return [A("what number are you calling from"),
            C(P(say_digits(p[:5], z), "PHONE", "p")), A("yep"),
            C(P(say_digits(p[5:], z), "PHONE", "p"), " sorry it's a new phone")], \
        "call/telecom: mobile split over two turns"


def p_phone_us():
    p = us_phone()
    if R.random() < 0.5:
        return [A("best callback number"), C(P(say_digits(p, "zero"), "PHONE"))], "call/US insurance: US phone spoken"
    return [C("call me at ", P(phone_typed(p, "US"), "PHONE"))], "chat/US retail: US phone typed"


def p_email_call():
    e = email_addr()
    return [A(ch("and what email address should we send the confirmation to", "can i take an email for the receipt")),
            C(ch("", "it's ", "yeah it's "), P(say_email(e), "EMAIL")),
            A("perfect that'll come through in about ten minutes")], \
        "call/%s: email spoken with dot/at/underscore" % ch("travel", "retail", "insurance", "utilities")


def p_email_chat():
    e = email_addr()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.5 else e.capitalize()
    return [C(ch("my email is ", "email: ", "send it to ", "pls update email to "), P(e, "EMAIL"),
              ch("", " thanks", ". order 55120983", " not the old one")),
            A("Updated, thank you.")], "chat/%s: email typed" % ch("retail", "telecom", "banking")


def p_dob_call():
    d, m, y = dob_parts()
    ad, am = R.randint(1, 28), R.randint(1, 12)
    return [A(ch("can you confirm your date of birth", "and your date of birth please", "just need your d o b")),
            C(ch("", "it's ", "yeah it's "), P(say_dob(d, m, y), "DOB")),
            A("thanks and i can book you in for the %s of %s" % (ORD[ad], MONTHS[am - 1]))], \
        "call/%s: DOB spoken; appointment date after it is not PII" % ch("healthcare billing", "insurance", "banking")


def p_dob_chat():
    d, m, y = dob_parts()
    return [A("For security, please confirm your date of birth."),
            C(ch("", "DOB ", "its ", "born "), P(typed_dob(d, m, y), "DOB"), ch("", " - account opened 2019", "")),
            A("Thanks.")], "chat/%s: DOB typed in varied formats" % ch("banking", "telecom", "insurance")


def say_postcode(pc, z):
    st = R.choice(["plain", "plain", "nato", "folk", "homo"])
    out, inw = pc.split(" ")
    return say_alnum(out, st, z) + " " + say_alnum(inw, st, z)


def p_postcode_call():
    pc, z = uk_postcode(), zero_style("UK")
    return [A(ch("and the postcode", "can i take your postcode please", "what's the postcode at the property")),
            C(ch("", "it's ", "yeah "), P(say_postcode(pc, z), "POSTCODE")),
            A("and is that the first line ")], \
        "call/%s: UK postcode spelled out" % ch("utilities", "insurance", "retail", "telecom")


def p_address_call():
    n, st, fl = address("UK")
    pc, z = uk_postcode(), zero_style("UK")
    return [A("can i take the address for the delivery"),
            C(P(addr_spoken(n, st, fl), "ADDRESS"), " ", ch("in", "that's in"), " ", ch("manchester", "leeds", "bristol", "cardiff", "glasgow"),
              ", ", P(say_postcode(pc, z), "POSTCODE")),
            A("and is there a safe place to leave the parcel")], \
        "call/retail: spoken street address plus postcode; town unlabelled"


def p_address_chat():
    reg = R.choice(["UK", "UK", "IE"])
    n, st, fl = address(reg)
    pc = uk_postcode() if reg == "UK" else eircode()
    if reg == "IE" and R.random() < 0.4:
        pc = pc.replace(" ", "")
    town = R.choice(["London", "York", "Leeds"]) if reg == "UK" else R.choice(["Dublin 9", "Cork", "Galway"])
    return [A("What's your new address?"),
            C(P(addr_typed(n, st, fl), "ADDRESS"), ", ", town, ", ", P(pc if R.random() < 0.6 else pc.lower(), "POSTCODE"))], \
        "chat/%s: typed address with postcode/eircode" % ("utilities" if reg == "UK" else "utilities ireland")


def p_eircode_call():
    pc, z = eircode(), zero_style("IE")
    return [A("and what's your eircode"),
            C(ch("", "it's ", "the eircode is "), P(say_alnum(pc.replace(" ", ""), R.choice(["plain", "nato"]), z), "POSTCODE")),
            A("grand thanks")], "call/utilities ireland: Eircode spoken"


def p_us_address():
    n, st, _ = address("US")
    zc = zipcode()
    if R.random() < 0.5:
        return [A("what's the service address"),
                C(P(addr_spoken(n, st, None), "ADDRESS"), " ", ch("austin", "denver", "columbus"), " ", P(say_digits(zc, "zero", False), "POSTCODE"))], \
            "call/US utilities: spoken US address and ZIP"
    zt = zc if R.random() < 0.7 else zc + "-" + digits(4)
    return [C("ship to ", P(addr_typed(n, st, None), "ADDRESS"), ", Springfield IL ", P(zt, "POSTCODE"))], \
        "chat/US retail: typed US address with ZIP or ZIP+4"


def p_verify_combo():
    d, m, y = dob_parts()
    pc, z = uk_postcode(), zero_style("UK")
    p = uk_mobile()
    return [A("i just need to run through security so first line of the address and postcode"),
            C(P(say_postcode(pc, z), "POSTCODE")),
            A("date of birth"),
            C(P(say_dob(d, m, y), "DOB")),
            A("and the mobile number on the account"),
            C(P(say_phone(p, "UK", z), "PHONE"), " you've had me on hold for twenty minutes by the way")], \
        "call/%s: security questions, postcode, DOB, mobile in consecutive turns; hold duration not PII" % ch("banking", "telecom")


def p_policy_mix():
    v, z = ni(), zero_style("UK")
    pol = digits(8, True)
    return [C("i'm ringing about policy number ", say_digits(pol, z, False), " for the claim"),
            A("and for verification the n i number"),
            C(P(say_ni(v, z), "NI_NUMBER"))], \
        "call/insurance: policy number (not PII) before NI number"


def p_meter_mix():
    pc, z = uk_postcode(), zero_style("UK")
    rd = digits(5, True)
    return [C("meter reading is ", say_digits(rd, z, False), " and my postcode's ", P(say_postcode(pc, z), "POSTCODE")),
            A("thank you that reading's gone on")], \
        "call/utilities: meter reading (not PII) then postcode in same turn"


def p_customer_card():
    c, z = card(), zero_style("UK")
    cust = digits(9, True)
    return [A("can i take your customer number first"),
            C(say_digits(cust, z)),
            A("thanks and the card you'd like to use"),
            C(P(say_card(c, z), "CARD_NUMBER"))], \
        "call/telecom: customer number (not PII) then card"


def p_chat_everything():
    c, (m, y) = card(), expiry()
    v = ni()
    e = email_addr()
    return [C("hi im applying for the grant, NI ", P(ni_typed(v), "NI_NUMBER"), " email ", P(e, "EMAIL"), " and pay the fee on card ",
              P(card_typed(c), "CARD_NUMBER"), " exp ", P(typed_expiry(m, y), "EXPIRY"))], \
        "chat/government services: several values typed in one message"


def p_ni_typo():
    v = ni()
    t = v[:2] + " " + v[2:8] + v[8]
    return [C(ch("ni no ", "ni# ", "national ins "), P(t.lower() if R.random() < 0.5 else t, "NI_NUMBER"), ch(" ta", "", " cheers"))], \
        "chat/government services: abbreviated label, odd grouping"


POS = [(p_card_call_full, 14), (p_card_split, 9), (p_card_chat, 12), (p_card_readback, 5), (p_card_correction, 4),
       (p_card_amount, 5), (p_card_us, 4), (p_customer_card, 4),
       (p_ni_call, 14), (p_ni_split, 6), (p_ni_chat, 9), (p_ni_readback, 4), (p_ni_payroll, 4), (p_policy_mix, 4), (p_ni_typo, 3),
       (p_ssn_call, 11), (p_ssn_split, 5), (p_ssn_chat, 8), (p_ssn_dob, 5), (p_ssn_correction, 3),
       (p_bank_call, 8), (p_bank_chat, 7), (p_bank_us, 3), (p_bank_readback, 3),
       (p_iban_chat, 8), (p_iban_call, 5), (p_iban_split, 3),
       (p_phone_uk_call, 7), (p_phone_ie, 6), (p_phone_chat_uk, 5), (p_phone_two, 3), (p_phone_split, 3), (p_phone_us, 3),
       (p_email_call, 9), (p_email_chat, 8),
       (p_dob_call, 7), (p_dob_chat, 6),
       (p_postcode_call, 7), (p_address_call, 8), (p_address_chat, 8), (p_eircode_call, 4), (p_us_address, 4),
       (p_verify_combo, 5), (p_meter_mix, 4), (p_chat_everything, 3)]

# ---------------------------------------------------------------- negative templates

def n_policy():
    z = zero_style("UK")
    ref = digits(R.choice([7, 8, 9, 10]), True)
    word = ch("policy number", "customer number", "booking reference", "claim number", "account reference", "order number", "ticket number")
    if R.random() < 0.5:
        return [A("can i take your %s" % word), C(ch("yeah it's ", "", "it's "), say_digits(ref, z)), A("thanks one moment")], \
            "call/%s: %s spoken digit by digit (not PII)" % (ch("insurance", "utilities", "retail", "travel"), word)
    return [C("my %s is %s%s" % (word, ch("", "#", "no. "), ref)), A("Thanks, I can see it.")], "chat: %s typed (not PII)" % word


def n_money():
    a = R.randint(10, 2000)
    p = R.randint(1, 99)
    return [A(ch("your balance is %s pounds %s" % (num_words(a), num_words(p)), "the outstanding amount is £%d.%02d" % (a, p),
                 "that comes to %s euro %s" % (num_words(a), num_words(p)))),
            C(ch("that can't be right i only paid %s last month" % num_words(R.randint(20, 90)), "ok and how much is the monthly", "and is that including vat"))], \
        "call/utilities: balance and amounts in words and figures"


def n_meter():
    z = zero_style("UK")
    rd = digits(R.choice([5, 6]), True)
    return [A("can you give me the reading on the electric meter"),
            C("it's ", say_digits(rd, z), " and the night one is ", say_digits(digits(5, True), z)),
            A("lovely that's been submitted for the %s of %s" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))], \
        "call/utilities: two meter readings and a submission date"


def n_appt():
    d = R.randint(1, 28)
    return [A("i can offer you the %s of %s at %s" % (ORD[d], R.choice(MONTHS), ch("half nine", "ten fifteen", "two thirty", "quarter to four"))),
            C("yeah that works i finish at %s on %ss" % (ch("five", "six", "half three"), ch("tuesday", "friday", "monday"))),
            A("great it'll take about forty five minutes")], "call/healthcare billing: appointment date, times, durations"


def n_flight():
    return [C("my flight %s on the %d/%d/2026 got cancelled and i'm in row %d" % (ch("EI 154", "FR812", "BA 1437", "EI3276", "U2 8921"), R.randint(1, 28), R.randint(1, 12), R.randint(1, 33))),
            A("Sorry to hear that. I can rebook you on the 18:45 departure, arriving 21:10.")], "chat/travel: flight number, date, seat row, times"


def n_hotel():
    return [A("so you're in room %s for %s nights" % (num_words(R.randint(101, 499)), num_words(R.randint(2, 9)))),
            C("yes and there's %s of us checking in around %s" % (ch("four", "three", "five"), ch("nine pm", "half eight", "midnight")))], \
        "call/travel: room number, nights, people, times"


def n_model():
    return [C("my router's a %s and the broadband is only getting %d meg instead of %d" % (ch("TG589", "Hub 5", "DGA0122", "Archer AX73", "R7000"), R.randint(3, 40), R.choice([67, 80, 150, 500, 900]))),
            A("I'll run a line test, it takes about 4 minutes.")], "chat/telecom: model number and speeds"


def n_years():
    return [C("i've been a customer since %s and the contract started in %s %d" % (say_year(R.randint(1995, 2020)), R.choice(MONTHS), R.randint(2019, 2025))),
            A("thank you for your loyalty, you're out of contract since %s" % say_year(R.randint(2021, 2025)))], \
        "call/telecom: years and contract start, not DOB"


def n_age():
    return [C("my mum's %s and she's in hospital so i'm calling on her behalf" % num_words(R.randint(70, 96))),
            A("i'm sorry to hear that, is she okay for me to speak to you for %s minutes" % num_words(R.randint(2, 10)))], \
        "call/banking: age and duration"


def n_percent():
    return [A("your rate is going up by %s point %s percent from the %s of %s" % (num_words(R.randint(1, 9)), DW[R.randint(1, 9)], ORD[R.randint(1, 28)], R.choice(MONTHS))),
            C("so what will my monthly be"), A("it'll be %s pounds %s" % (num_words(R.randint(200, 999)), num_words(R.randint(1, 99))))], \
        "call/banking: interest rate change, date and payment amount"


def n_invoice():
    return [C("invoice %s shows %d kWh but the meter was only at %s" % (ch("INV-%07d" % R.randint(1, 9999999), "#%d" % R.randint(100000, 9999999), "no. %d" % R.randint(10000, 999999)), R.randint(200, 3000), digits(5, True))),
            A("I'll raise a billing dispute, ref %s." % ("BD" + digits(6)))], "chat/utilities: invoice number, kWh, meter reading, dispute ref"


def n_temp():
    return [C("the boiler's showing %s degrees and error code %s" % (num_words(R.randint(35, 80)), ch("F28", "EA", "E119", "L2", "A1"))),
            A("okay an engineer can come out between eight and one on %s" % ch("thursday", "the twelfth", "monday"))], "call/utilities: temperature, error code, time window"


def n_counts():
    return [C("i ordered %s of the %s and only %s arrived, order %s" % (num_words(R.randint(3, 12)), ch("size 10 trainers", "50 inch tv stands", "4 pack batteries", "2 litre bottles"), num_words(R.randint(1, 2)), digits(8, True))),
            A("sorry about that, we'll send the rest within %d working days" % R.randint(2, 7))], "chat/retail: quantities, sizes, order number"


def n_booking_ref_spoken():
    ref = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4, True)
    return [A("what's the booking reference"),
            C(say_alnum(ref, R.choice(["plain", "nato"]), "oh")), A("thanks i've found the booking for %s adults" % ch("two", "three"))], \
        "call/travel: alphanumeric booking reference spelled out (not PII)"


def n_tariff():
    return [C("i'm on the %s tariff paying %s pence per kilowatt hour and %s standing charge" % (ch("fixed 2024 v3", "flex", "12 month fix"), num_words(R.randint(18, 40)), num_words(R.randint(30, 70)))),
            A("that's correct, the fix ends on 31 March 2027")], "call/utilities: tariff, unit rates, end date"


def n_vehicle():
    return [C("the car's a %d %s with %s miles on the clock, claim ref %s" % (R.randint(2010, 2024), ch("ford focus", "golf", "qashqai"), "{:,}".format(R.randint(5000, 120000)), digits(7, True))),
            A("thanks, the excess on your policy is £%d" % R.choice([100, 250, 350, 500]))], "chat/insurance: year, mileage, claim ref, excess"


def n_duration():
    return [C("i've been waiting %s weeks for the refund of %s euro it was meant to be five to seven working days" % (num_words(R.randint(2, 6)), num_words(R.randint(30, 400)))),
            A("i do apologise, i can see it was issued on the %s so it should land within forty eight hours" % ORD[R.randint(1, 28)])], \
        "call/retail ireland: durations, amount, dates"


def n_case_ref():
    z = zero_style("UK")
    return [A("i'll give you a case reference it's %s" % say_digits(digits(8, True), z)),
            C("sorry can you repeat that"), A("of course case reference %s" % say_pairs(digits(8, True), z))], \
        "call/government services: agent gives a case reference twice (not PII)"


def n_help():
    return [C(ch("hi, how do I change my direct debit date?", "can I get a copy of my bill from last month", "why has my bill gone up by 12%?", "Do you deliver on Sundays?")),
            A(ch("You can do that in the app under Account > Payments.", "Sure, I've sent it to the address on file.", "Prices rose on 1 April by 6.7%.", "Yes, between 10am and 4pm."))], \
        "chat/general: no PII at all"


def n_store():
    return [C("what time does the %s store close on saturday" % ch("grafton street", "oxford street", "princes street")),
            A("it's open until %s on saturdays and %s on sundays" % (ch("seven", "eight", "six"), ch("five", "six")))], \
        "call/retail: store location and opening hours, no personal address"


def n_data():
    return [C("i've used %s gig of my %s gig allowance and it's only the %s" % (num_words(R.randint(5, 40)), num_words(R.choice([30, 50, 100])), ORD[R.randint(5, 25)])),
            A("you can add a %s gig bolt on for %s pounds" % (ch("five", "ten", "twenty"), ch("five", "ten", "eight")))], "call/telecom: data allowance, date, price"


def n_pin_cancel():
    return [C("i need to cancel the direct debit to %s that went out on %02d/%02d for £%d.%02d" % (ch("Sky", "the gym", "Netflix", "Bord Gais", "the council"), R.randint(1, 28), R.randint(1, 12), R.randint(10, 99), R.randint(0, 99))),
            A("Done, reference %s." % digits(9, True))], "chat/banking: DD reference, payment date, amount"


NEG = [(n_policy, 12), (n_money, 6), (n_meter, 6), (n_appt, 5), (n_flight, 5), (n_hotel, 4), (n_model, 4), (n_years, 5), (n_age, 4),
       (n_percent, 4), (n_invoice, 5), (n_temp, 4), (n_counts, 4), (n_booking_ref_spoken, 5), (n_tariff, 4), (n_vehicle, 4),
       (n_duration, 4), (n_case_ref, 5), (n_help, 4), (n_store, 3), (n_data, 4), (n_pin_cancel, 4)]

# ---------------------------------------------------------------- generation


def generate():
    cases = []
    plan = [f for f, n in POS for _ in range(n)]
    R.shuffle(plan)
    for i, f in enumerate(plan, 1):
        turns, note = f()
        t, s, g = build(turns)
        cases.append(({"id": "h301-pos-%03d" % i, "kind": "positive", "turns": t, "spans": s, "note": note}, g))
    plan = [f for f, n in NEG for _ in range(n)]
    R.shuffle(plan)
    for i, f in enumerate(plan, 1):
        turns, note = f()
        t, s, g = build(turns)
        cases.append(({"id": "h301-neg-%03d" % i, "kind": "negative", "turns": t, "spans": s, "note": note}, g))
    return cases

# ---------------------------------------------------------------- validation

W2D = {w: str(i) for i, w in enumerate(DW)}
W2D.update({"oh": "0", "o": "0", "nought": "0"})
T2D = {w: i for i, w in enumerate(TENS) if w}
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
HOMO_R = {v: k for k, v in HOMO.items() if len(v) > 1}
FILL = {"um", "uh", "er", "erm", "ah", "plus", "and", "sorry"}


def normalise(text, letters_ok=True):
    toks = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|[A-Za-z0-9]+", text)
    toks = [t.lower() for t in re.findall(r"x-ray|[A-Za-z]+|\d+", text)]
    out, i = "", 0
    while i < len(toks):
        t = toks[i]
        mult = 1
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            t = toks[i]
        if t.isdigit():
            piece = t
        elif t in TEEN2:
            piece = TEEN2[t]
        elif t in T2D:
            if i + 1 < len(toks) and toks[i + 1] in W2D and W2D[toks[i + 1]] != "0" and toks[i + 1] not in ("o", "oh"):
                piece = str(T2D[t]) + W2D[toks[i + 1]]
                i += 1
            else:
                piece = str(T2D[t] * 10)
        elif i + 2 < len(toks) and toks[i + 1] == "for" and (len(t) == 1 or t in HOMO_R):
            piece = (HOMO_R.get(t, t)).upper()
            i += 2
        elif t in W2D and not (letters_ok and t == "o" and False):
            piece = W2D[t]
        elif t in HOMO_R:
            piece = HOMO_R[t].upper()
        elif len(t) == 1 or (letters_ok and re.fullmatch(r"[a-z0-9]+", t) and t not in FILL and len(t) <= 4 and any(ch_.isdigit() for ch_ in t)):
            piece = t.upper()
        elif t in FILL:
            piece = ""
        elif re.fullmatch(r"[a-z]{2,4}", t) and letters_ok:
            piece = t.upper()
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        out += piece * mult
        i += 1
    return out


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_SFX = re.compile(r"\b(avenue|ave|road|rd|lane|street|st|crescent|terrace|close|way|grove|drive|gardens|court|view|walk|park|boulevard)\b", re.I)


def check_value(typ, text):
    low = text.lower()
    if typ == "EMAIL":
        if "@" in text:
            return re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", text) is not None
        s = " " + low + " "
        for a, b in ((" dot ", "."), (" at ", "@"), (" underscore ", "_"), (" dash ", "-"), (" hyphen ", "-")):
            s = s.replace(a, " " + b + " ")
        s = "".join(normalise(t) if t.isalpha() and t in W2D or t in TEEN2 or t in T2D else t for t in s.split())
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9.-]+\.[a-z]{2,}", s) is not None
    if typ == "DOB":
        try:
            n = normalise(text)
            if len(n) == 8 and n.isdigit() and 1 <= int(n[2:4]) <= 12 and n[4:6] in ("19", "20"):
                return True
        except ValueError:
            pass
        return bool(re.search(r"\b(19|20)\d\d\b|\d{1,2}/\d{1,2}/\d{2}\b", low) or "nineteen" in low or "two thousand" in low)
    if typ == "ADDRESS":
        return bool(STREET_SFX.search(low)) and bool(re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty\b", low))
    if typ == "EXPIRY":
        for mi, mn in enumerate(MONTHS):
            if low.startswith(mn):
                return True
        n = normalise(text)
        if len(n) == 4 or len(n) == 6 or (len(n) == 3 and "/" in text):
            mm = int(n[:2]) if len(n) != 3 else int(n[0])
            return 1 <= mm <= 12
        return False
    n = normalise(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[3:5] != "00" and n[5:] != "0000"
    if typ == "NI_NUMBER":
        return NI_RE.match(n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        if n[:2] in ("GB", "IE", "NL"):
            # spoken letter "o" inside the bank code normalises to zero; bank codes are letters
            n = n[:4] + n[4:8].replace("0", "O") + n[8:]
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 9 <= len(n) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC.match(n) or EIR.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    return False


def validate(cases):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for case, groups in cases:
        cid = case["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if case["kind"] == "positive":
            npos += 1
            if not case["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if case["spans"]:
                errs.append(cid + ": negative with spans")
        byturn = {}
        gtext = {}
        gtype = {}
        for sp, g in zip(case["spans"], groups):
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
                continue
            counts[sp["type"]] += 1
            txt = case["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            frag = txt[s:e]
            if frag != frag.strip() or not (frag[0].isalnum() or frag[0] in "+(") or not (frag[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, frag))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, frag))
            byturn.setdefault(sp["turn"], []).append((s, e))
            gtext[g] = gtext.get(g, "") + " " + frag
            gtype[g] = sp["type"]
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        for g, frag in gtext.items():
            try:
                ok = check_value(gtype[g], frag.strip())
            except Exception as ex:
                ok = False
                errs.append("%s: %s" % (cid, ex))
            if not ok:
                errs.append("%s: invalid %s value %r" % (cid, gtype[g], frag.strip()))
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        if counts[t] < MINS[t]:
            errs.append("type %s has %d spans < %d" % (t, counts[t], MINS[t]))
    return errs, counts, npos, nneg


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h301 (UK/Irish contact centres)

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs or its benchmarks, and did not run the redactor;
the only existing data consulted was a three-line JSONL format example.
Generated by `scripts/make_pii_holdout301.py` (standard library, one `random.Random(%d)`),
byte-for-byte reproducible; `--check` regenerates and validates it.

**Never use this set for tuning.** It is a held-out evaluation set only.

## Contents

- %d positive cases, %d negative cases (`cases.jsonl`).
- Mostly UK and Irish contact centres (government services, utilities, telecom, banking,
  insurance, retail, travel), some US (SSN, ZIP, US phones, checking accounts).
- Chat turns are typed (mixed case, separators, abbreviations such as `s/c`, `a/c`, `ni no`).
- Call turns imitate ASR output: lower case, numbers as words, zero as "zero"/"oh"/"o"/"nought",
  "double"/"triple", pairs ("forty one eleven"), years ("nineteen eighty two"), letters
  plain, NATO ("j for juliet"), folk ("s for sugar") or homophones ("jay", "are", "see", "tea"),
  fillers ("um", "er") inside readings, values split over several customer turns with agent
  back-channels, agent read-backs, self-corrections, two values in one turn.

## Annotation conventions

- A span covers the value only, from its first to its last character/word, including
  separators, spelled-letter helpers ("j for juliet"), "double"/"triple", "plus four four",
  and filler words that fall *inside* the reading. Lead-ins ("it's", "my number is") and
  labels ("sort code", "exp") are outside.
- Values split across turns: each customer turn's piece is its own span of the same type.
- Self-corrections: aborted false starts (two or three digits) are NOT labelled; the full,
  corrected reading is.
- Agent read-backs of full values are labelled like customer readings.
- ADDRESS = house/flat number + street name (flat prefix included). Town/city is not labelled.
  Postcodes are labelled separately as POSTCODE (UK postcodes, Irish Eircodes, US ZIP / ZIP+4).
- DOB covers the whole date phrase (including a leading "the" in "the fourth of march ...").
- EXPIRY covers month and year; CVV the 3/4 digits.
- Policy, customer, claim, order, invoice, case, booking and direct-debit references, meter
  readings, amounts, dates that are not birth dates, times, durations, ages, speeds, model
  and flight numbers are never labelled, both in negatives and next to PII in positives.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    check = "--check" in sys.argv[1:]
    cases = generate()
    errs, counts, npos, nneg = validate(cases)
    data = render(cases)
    rd = readme(counts, npos, nneg)
    if check:
        for path, want in ((CASES, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as fh:
                    if fh.read() != want:
                        errs.append("%s differs from regenerated output" % path)
            except OSError as ex:
                errs.append("cannot read %s: %s" % (path, ex))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    print("positives %d negatives %d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:80]:
            print("  " + e)
        sys.exit(1)
    print("OK" + (" (check: file identical, all validations passed)" if check else " written"))


if __name__ == "__main__":
    main()

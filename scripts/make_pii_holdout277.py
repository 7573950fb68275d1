#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h277 (UK/IE emphasis).

Usage:
    python scripts/make_pii_holdout277.py          # write fixture + README
    python scripts/make_pii_holdout277.py --check  # regenerate and verify

Standard library only. All randomness from one random.Random(277241124).
"""
import json
import os
import re
import sys
import random

SEED = 277241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout277")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "f": "freddie",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
            "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
            "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

R = random.Random(SEED)


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


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        p, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        p, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "amex":
        p, n = ch(["34", "37"]), 15
    else:
        p, n = "6011", 16
    body = p + "".join(str(R.randint(0, 9)) for _ in range(n - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


NI_L = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        a, b = ch(NI_L), ch(NI_L)
        if a + b not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return a + b + "".join(str(R.randint(0, 9)) for _ in range(6)) + ch("ABCD")


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban(country=None):
    country = country or ch(["GB", "GB", "IE", "IE", "DE", "FR", "NL"])
    if country in ("GB", "IE"):
        bank = ch(["NWBK", "BARC", "HBUK", "MIDL", "SRLG"] if country == "GB" else ["AIBK", "IPBS", "ULSB", "AIBK"])
        bban = bank + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    else:
        bban = ch(["ABNA", "INGB", "RABO"]) + digits(10)
    return country + iban_check(country, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_uk_mobile():
    return "07" + str(R.randint(4, 9)) + digits(8)


def gen_uk_land():
    k = ch(["020", "0161", "0113", "0121", "0131", "0141", "029", "0117"])
    if k in ("020", "029"):
        return k + str(R.randint(3, 8)) + digits(7)
    return k + str(R.randint(2, 9)) + digits(6)


def gen_ie_mobile():
    return "08" + ch("35679") + str(R.randint(1, 9)) + digits(6)


def gen_us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


UK_OUT = ["M1", "M20", "LS6", "B15", "EH3", "G12", "CF10", "BS8", "NG7", "L17", "SE15", "N16",
          "E14", "BT9", "CB2", "TW9", "RG1", "SW9", "W3", "NE6", "S11", "PL4", "DH1", "HU5",
          "EC1V", "SW1A", "WC2H", "KY16", "AB10", "CH2"]
# (outward codes containing the letter O are avoided so "o" in speech is always zero)
IN_L = "ABDEFGHJLNPQRSTUWXYZ"
EIR_K = ["D02", "D04", "D06", "D08", "D15", "T12", "T23", "H91", "V94", "A94", "K78", "W23", "X91", "F94"]
EIR_C = "ACDEFHKNPRTVWXY0123456789"


def gen_ukpc():
    return ch(UK_OUT) + " " + str(R.randint(1, 9)) + ch(IN_L) + ch(IN_L)


def gen_eircode():
    return ch(EIR_K) + " " + ch("ACDEFHKNPRTVWXY") + "".join(ch(EIR_C) for _ in range(3))


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["Albert Road", "Victoria Street", "Mill Lane", "Church Street", "Station Road",
           "Kingsway", "Oakfield Avenue", "Hawthorn Close", "Beechwood Drive", "Queen's Crescent",
           "Granby Row", "Meadow View", "Castle Terrace", "Larkhill Gardens", "Abbey Walk",
           "Dunmore Park", "Clontarf Road", "Griffith Avenue", "Main Street", "Rathgar Road",
           "Ormeau Road", "Cowley Road", "Ferndale Grove", "Portland Place", "Elm Park"]
IE_STREETS = ["Clontarf Road", "Griffith Avenue", "Rathgar Road", "Main Street", "Dunmore Park",
              "Seafield Crescent", "St Laurence Road", "Ballyfermot Road"]
US_STREETS = ["Maple Avenue", "Elm Street", "Sunset Boulevard", "Oak Ridge Drive", "Pine Street",
              "Lakeview Court", "Washington Avenue"]

FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "megan", "liam", "niamh", "david",
         "hannah", "rory", "fatima", "gareth", "sinead", "oliver", "emma", "kwame", "joanne", "padraig"]
LAST = ["walsh", "murphy", "patel", "jones", "okafor", "byrne", "kelly", "smith", "evans",
        "obrien", "macleod", "hughes", "nolan", "khan", "davies", "fitzgerald", "campbell"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "live.co.uk", "sky.com", "virginmedia.com"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    form = R.randint(0, 4)
    if form == 0:
        loc = f + "." + l
    elif form == 1:
        loc = f[0] + l + str(R.randint(1, 99))
    elif form == 2:
        loc = f + "_" + l
    elif form == 3:
        loc = f + l[0] + str(R.randint(70, 99))
    else:
        loc = l + "." + f[0]
    return loc + "@" + ch(DOMAINS)


def gen_dob():
    return (R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28))


# ---------------------------------------------------------------- spoken forms
def say_unit(c):
    if c == "0":
        return ch(["oh", "oh", "zero", "o", "nought"])
    return UNITS[int(c)]


def say_digits(s, style=None):
    """Spell a digit string the way an ASR transcript writes it."""
    style = style or ch(["plain", "plain", "double", "pairs"])
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if style in ("double", "pairs") and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.8:
            out.append("triple " + UNITS[int(c)] if c != "0" else "triple " + ch(["oh", "zero"]))
            i += 3
            continue
        if style in ("double", "pairs") and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.8:
            out.append("double " + (UNITS[int(c)] if c != "0" else ch(["oh", "zero"])))
            i += 2
            continue
        if style == "pairs" and i + 1 < len(s) and R.random() < 0.6:
            a, b = s[i], s[i + 1]
            if a == "1":
                out.append(TEENS[int(b)])
                i += 2
                continue
            if a not in "01" and b != "0":
                out.append(TENS[int(a)] + " " + UNITS[int(b)])
                i += 2
                continue
        out.append(say_unit(c))
        i += 1
    return " ".join(out)


def say_char(c, nato_p=0.3):
    if c.isdigit():
        return say_unit(c)
    lc = c.lower()
    r = R.random()
    if r < nato_p:
        word = FRIENDLY.get(lc) if R.random() < 0.4 and lc in FRIENDLY else NATO[lc]
        return lc + ch([" for ", " as in ", " for "]) + word
    return lc


def say_alnum(s, nato_p=0.3, digit_style=None):
    out = []
    i = 0
    s = s.replace(" ", "")
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], digit_style or ch(["plain", "double"])))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == s[i] and R.random() < 0.5:
                out.append("double " + s[i].lower())
                i += 2
            else:
                out.append(say_char(s[i], nato_p))
                i += 1
    return " ".join(out)


def say_email(e):
    loc, dom = e.split("@")
    def part(p):
        toks = []
        for piece in re.split(r"([._])", p):
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece == "":
                continue
            else:
                m = re.match(r"([a-z]+)(\d*)$", piece)
                w, n = m.group(1), m.group(2)
                if len(w) == 1:
                    toks.append(w)
                elif R.random() < 0.25:
                    toks.append(" ".join(w))
                else:
                    toks.append(w)
                if n:
                    toks.append(say_digits(n, "pairs"))
        return " ".join(toks)
    return part(loc) + " at " + part(dom)


def year_words(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand" + ("" if b == 0 else (" and " if R.random() < 0.5 else " ") + num_words(b))
    if b == 0:
        return num_words(a) + " hundred"
    if b < 10:
        return num_words(a) + " oh " + UNITS[b]
    return num_words(a) + " " + num_words(b)


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def say_date(y, m, d):
    f = R.randint(0, 3)
    if f == 0:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y)
    if f == 1:
        return MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y)
    if f == 2:
        return ORD[d] + " " + MONTHS[m - 1] + " " + year_words(y)
    return say_digits("%02d" % d, "plain") + " " + say_digits("%02d" % m, "plain") + " " + year_words(y)


def type_date(y, m, d):
    f = R.randint(0, 4)
    if f == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if f == 1:
        return "%d.%d.%d" % (d, m, y)
    if f == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)
    if f == 3:
        return "%02d-%02d-%d" % (d, m, y)
    return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)


def gen_address(country="UK"):
    n = R.randint(1, 240)
    if country == "IE":
        st = ch(IE_STREETS)
    elif country == "US":
        st = ch(US_STREETS)
    else:
        st = ch(STREETS)
    flat = R.random() < 0.2
    return n, st, flat


def type_address(n, st, flat):
    s = ("Flat %d, " % R.randint(1, 30) if flat else "") + "%d %s" % (n, st)
    return s if R.random() < 0.6 else s.lower()


def say_address(n, st, flat):
    if n >= 100 and R.random() < 0.5:
        h, rem = divmod(n, 100)
        num = UNITS[h] + " hundred" + ("" if rem == 0 else " and " + num_words(rem))
    elif R.random() < 0.4 and n >= 10:
        num = say_digits(str(n), "plain")
    else:
        num = num_words(n) if n < 100 else say_digits(str(n), "plain")
    pre = ("flat " + num_words(R.randint(1, 30)) + " " if flat else "")
    return pre + num + " " + st.lower().replace("'", "")


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []  # (turn, start, end, type, group)
        self.groups = {}

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                grp = seg[2] if len(seg) > 2 else None
                if grp is None:
                    grp = "g%d" % len(self.spans)
                s = len(text)
                text += val
                self.spans.append((ti, s, len(text), typ, grp))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS, NEG = [], []


def P(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def N(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


def chunks(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    return out


# ---------------------------------------------------------------- positive templates
def pos_card_call(ind):
    d = gen_card()
    c = P("call/%s: card number read digit by digit in one turn" % ind)
    c.a(ch(["okay and the long number across the front of the card please",
            "can i take the long number on the card",
            "right go ahead with the card number when you're ready"]))
    c.c(ch(["yeah it's ", "okay so ", "right ", "it's "]), (say_digits(d), "CARD_NUMBER"))
    if R.random() < 0.5:
        c.a("thank you and that's a visa debit is it" if d[0] == "4" else "lovely thank you")


def pos_card_split(ind):
    d = gen_card()
    sizes = [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5]
    parts = chunks(d, sizes)
    c = P("call/%s: card split across customer turns with agent back-channels" % ind)
    c.a("go ahead with the card number")
    for k, p in enumerate(parts):
        pre = ch(["", "", "right ", "um ", "then "]) if k else ch(["okay ", "right so ", ""])
        c.c(pre, (say_digits(p, ch(["plain", "double", "pairs"])), "CARD_NUMBER", "card"))
        if k < len(parts) - 1:
            c.a(ch(["mhm", "yep", "okay go on", "uh huh", "yes", "got that"]))


def pos_card_chat(ind):
    d = gen_card()
    sep = ch([" ", "-", "", " ", "  "])
    val = group_card(d, sep) if sep != "  " else " ".join(d[i:i + 4] for i in range(0, len(d), 4))
    c = P("chat/%s: card typed with separator %r" % (ind, sep))
    c.c(ch(["hi can i pay my bill by card? ", "Hello, I want to settle the outstanding balance. ",
            "need to update my payment card, new one is "]), (val, "CARD_NUMBER"),
        ch(["", " thanks", " - is that ok?", "."]))


def pos_card_full(ind):
    d = gen_card()
    cvv = digits(4 if len(d) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    c = P("call/%s: card number then expiry and security code, with amount" % ind)
    c.a("so that's a payment of ", "%s pounds %s today" % (num_words(R.randint(20, 99)), num_words(R.randint(10, 99))), " can i take the card number")
    c.c((say_digits(d, ch(["plain", "pairs", "double"])), "CARD_NUMBER"))
    c.a("and the expiry date")
    f = R.randint(0, 2)
    if f == 0:
        ev = say_digits("%02d" % mm, "plain") + " " + num_words(yy)
    elif f == 1:
        ev = MONTHS[mm - 1] + " twenty " + num_words(yy)
    else:
        ev = say_digits("%02d" % mm, "plain") + " slash " + say_digits(str(yy), "plain")
    c.c(ch(["it's ", "expires ", "", "um "]), (ev, "EXPIRY"))
    c.a("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front")
    c.c((say_digits(cvv, "plain"), "CVV"))


def pos_card_chat_full(ind):
    d = gen_card()
    cvv = digits(4 if len(d) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d %02d" % (mm, yy)])
    c = P("chat/%s: card, expiry and CVV typed in one message" % ind)
    c.a("Please provide the card details to complete the order of £%d.%02d" % (R.randint(10, 400), R.randint(0, 99)))
    c.c(ch(["card ", "Card no: ", "number "]), (group_card(d, ch([" ", ""])), "CARD_NUMBER"),
        ch([" exp ", ", expiry ", " exp: ", " valid till "]), (exp, "EXPIRY"),
        ch([" cvv ", ", security code ", " CVC: ", " sec code "]), (cvv, "CVV"))


def pos_card_correction(ind):
    d = gen_card()
    c = P("call/%s: card with self-correction of one group, agent reads back" % ind)
    c.a("and the card number please")
    wrong = d[:4] + "".join(str((int(x) + 3) % 10) for x in d[4:8])
    c.c((say_digits(wrong, "plain"), "CARD_NUMBER", "~partial"), " ", ch(["sorry", "no wait", "sorry no"]), " ",
        (say_digits(d, "plain"), "CARD_NUMBER", "card"))
    c.a("let me read that back ", (say_digits(d, "plain"), "CARD_NUMBER", "rb"), " is that correct")
    c.c("yes that's it")


def pos_ni_call(ind):
    ni = gen_ni()
    c = P("call/%s: NI number spoken in one turn" % ind)
    c.a(ch(["can i take your national insurance number please", "and your n i number",
            "what's your national insurance number"]))
    c.c(ch(["yeah it's ", "it's ", "", "okay um "]), (say_alnum(ni, 0.3), "NI_NUMBER"))


def pos_ni_split(ind):
    ni = gen_ni()
    c = P("call/%s: NI number split over turns with back-channels" % ind)
    c.a("and your national insurance number when you're ready")
    c.c(ch(["right ", "okay ", ""]), (say_alnum(ni[:2], 0.6), "NI_NUMBER", "ni"))
    c.a(ch(["mhm", "yep", "okay"]))
    c.c((say_digits(ni[2:5], "plain") + " " + say_digits(ni[5:8], "plain"), "NI_NUMBER", "ni"))
    c.a(ch(["and the last letter", "and the letter at the end"]))
    c.c(ch(["", "it's ", "that's "]), (say_char(ni[8], 0.5), "NI_NUMBER", "ni"))


def pos_ni_chat(ind):
    ni = gen_ni()
    f = R.randint(0, 4)
    if f == 0:
        v = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif f == 1:
        v = ni
    elif f == 2:
        v = ni.lower()
    elif f == 3:
        v = "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    else:
        v = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    c = P("chat/%s: NI number typed (format %d)" % (ind, f))
    c.a("To verify you, please can you type your National Insurance number?")
    c.c(ch(["", "its ", "NI no. ", "sure - "]), (v, "NI_NUMBER"), ch(["", " thx", ".", " cheers"]))


def pos_ni_pairs(ind):
    ni = gen_ni()
    c = P("call/%s: NI number with digits in pairs and agent read-back" % ind)
    c.a("and your national insurance number")
    c.c((say_alnum(ni[:2], 0.2) + " " + say_digits(ni[2:8], "pairs") + " " + ni[8].lower(), "NI_NUMBER", "ni1"))
    c.a("so that's ", (" ".join(ni[:2].lower()) + " " + say_digits(ni[2:8], "plain") + " " + ni[8].lower(), "NI_NUMBER", "ni2"), " yeah")
    c.c("that's right yeah")


def pos_ssn_call(ind):
    s = gen_ssn()
    c = P("call/%s: US SSN spoken" % ind)
    c.a(ch(["can i get your social security number", "and the last... actually i'll need the full social please",
            "to verify can you give me your social"]))
    c.c(ch(["sure it's ", "yeah ", "okay ", ""]), (say_digits(s[:3], "plain") + " " + say_digits(s[3:5], ch(["plain", "pairs"])) + " " + say_digits(s[5:], ch(["plain", "pairs", "double"])), "SSN"))


def pos_ssn_chat(ind):
    s = gen_ssn()
    sep = ch(["-", " ", "", "-", "."])
    v = s[:3] + sep + s[3:5] + sep + s[5:]
    c = P("chat/%s: SSN typed with separator %r" % (ind, sep))
    c.a("Please confirm your SSN so I can open the claim.")
    c.c(ch(["ssn ", "SSN: ", "it's ", "sure, "]), (v, "SSN"), ch(["", ".", " - claim for $%d.%02d" % (R.randint(50, 900), R.randint(0, 99)), " thanks"]))


def pos_ssn_split(ind):
    s = gen_ssn()
    c = P("call/%s: SSN split over turns" % ind)
    c.a("go ahead with your social security number")
    c.c((say_digits(s[:3], "plain"), "SSN", "ssn"))
    c.a(ch(["okay", "uh huh", "mhm"]))
    c.c((say_digits(s[3:5], "plain"), "SSN", "ssn"))
    c.a(ch(["go on", "yep"]))
    c.c((say_digits(s[5:], ch(["plain", "pairs"])), "SSN", "ssn"), ch(["", " and that's it"]))


def pos_ssn_zip(ind):
    s = gen_ssn()
    z = gen_zip()
    c = P("call/%s: SSN and ZIP code in one turn" % ind)
    c.a("i need your social and the zip code on the account")
    c.c("social's ", (say_digits(s, "plain"), "SSN"), " and the zip is ", (say_digits(z, ch(["plain", "pairs"])), "POSTCODE"))


def pos_bank_call(ind):
    sc = digits(6)
    ac = digits(8)
    c = P("call/%s: sort code and account number spoken" % ind)
    c.a("can i take the sort code please")
    c.c((say_digits(sc, ch(["pairs", "plain", "double"])), "SORT_CODE"))
    c.a("and the account number")
    c.c(ch(["", "it's ", "right "]), (say_digits(ac, ch(["plain", "double", "pairs"])), "BANK_ACCOUNT"))


def pos_bank_chat(ind):
    sc = digits(6)
    ac = digits(8)
    scv = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    c = P("chat/%s: sort code and account typed together" % ind)
    c.c(ch(["Can you set up the direct debit from ", "pls change my DD to ", "New bank details: "]),
        ch(["sort code ", "s/c ", "SC "]), (scv, "SORT_CODE"), ch([" acc ", ", account no ", " a/c "]), (ac, "BANK_ACCOUNT"))


def pos_bank_split(ind):
    ac = digits(8)
    c = P("call/%s: account number split with agent read-back" % ind)
    c.a("and what's the account number")
    c.c((say_digits(ac[:4], "plain"), "BANK_ACCOUNT", "ac"))
    c.a("mhm")
    c.c((say_digits(ac[4:], ch(["plain", "pairs"])), "BANK_ACCOUNT", "ac"))
    c.a("thanks so ", (say_digits(ac, "plain"), "BANK_ACCOUNT", "rb"), " and that's a current account")
    c.c("yeah")


def pos_sort_only(ind):
    sc = digits(6)
    c = P("call/%s: sort code in pairs with filler" % ind)
    c.a("which sort code is that")
    p = chunks(sc, [2, 2, 2])
    c.c((say_digits(p[0], "pairs") + " " + ch(["um ", "er ", ""]) + say_digits(p[1], "pairs") + " " + say_digits(p[2], "pairs"), "SORT_CODE"))


def pos_iban_chat(ind):
    ib = gen_iban()
    v = ch([ib, group4(ib), group4(ib).lower(), ib])
    c = P("chat/%s: IBAN typed (%s)" % (ind, ib[:2]))
    c.a("Please send the IBAN for the refund.")
    c.c(ch(["IBAN: ", "its ", "", "Iban "]), (v, "IBAN"), ch(["", " (BIC to follow)", " thanks"]))


def pos_iban_call(ind):
    ib = gen_iban(ch(["IE", "GB"]))
    c = P("call/%s: IBAN spoken letters and digits" % ind)
    c.a("and can you read me the i ban")
    c.c(ch(["okay ", "right it's ", ""]), (say_alnum(ib, 0.25), "IBAN"))


def pos_phone_call(ind):
    kind = ch(["ukm", "ukm", "ukl", "iem", "ie+", "uk+", "us"])
    if kind == "ukm":
        p = gen_uk_mobile()
        v = say_digits(p[:5], ch(["plain", "double"])) + " " + say_digits(p[5:], ch(["plain", "pairs", "double"]))
    elif kind == "ukl":
        p = gen_uk_land()
        v = say_digits(p, ch(["plain", "double"]))
    elif kind == "iem":
        p = gen_ie_mobile()
        v = say_digits(p[:3], "plain") + " " + say_digits(p[3:], ch(["plain", "double"]))
    elif kind == "ie+":
        p = gen_ie_mobile()
        v = "plus three five three " + say_digits(p[1:], "plain")
    elif kind == "uk+":
        p = gen_uk_mobile()
        v = ch(["plus four four ", "double four "]) + say_digits(p[1:], ch(["plain", "pairs"]))
    else:
        p = gen_us_phone()
        v = say_digits(p[:3], "plain") + " " + say_digits(p[3:6], "plain") + " " + say_digits(p[6:], ch(["plain", "pairs"]))
    c = P("call/%s: phone number spoken (%s)" % (ind, kind))
    c.a(ch(["what's the best number to reach you on", "and a contact number", "can i take a mobile number"]))
    c.c(ch(["yeah it's ", "it's ", "my mobile is ", ""]), (v, "PHONE"))


def pos_phone_chat(ind):
    kind = ch(["ukm", "ukl", "iem", "ie+", "uk+", "us"])
    if kind == "ukm":
        p = gen_uk_mobile()
        v = ch([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:]])
    elif kind == "ukl":
        p = gen_uk_land()
        v = ch([p, p[:3] + " " + p[3:7] + " " + p[7:] if p.startswith("02") else p[:4] + " " + p[4:7] + " " + p[7:]])
    elif kind == "iem":
        p = gen_ie_mobile()
        v = ch([p, p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:]])
    elif kind == "ie+":
        p = gen_ie_mobile()
        v = ch(["+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], "+353" + p[1:], "00353 " + p[1:]])
    elif kind == "uk+":
        p = gen_uk_mobile()
        v = ch(["+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:], "+44" + p[1:]])
    else:
        p = gen_us_phone()
        v = ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    c = P("chat/%s: phone typed (%s)" % (ind, kind))
    c.c(ch(["pls call me back on ", "My number is ", "you can reach me at ", "new mob: "]), (v, "PHONE"),
        ch(["", " after 5pm", " any time before 6", " thanks"]))


def pos_email_call(ind):
    e = gen_email()
    c = P("call/%s: email spoken with 'at' and 'dot'" % ind)
    c.a("and an email address for the confirmation")
    c.c(ch(["yeah it's ", "sure ", "it's ", ""]), (say_email(e), "EMAIL"))


def pos_email_chat(ind):
    e = gen_email()
    v = ch([e, e, e.upper() if R.random() < 0.2 else e.capitalize(), e.replace("@", " @ ")])
    c = P("chat/%s: email typed" % ind)
    c.c(ch(["email is ", "Can you send it to ", "my email address changed to "]), (v, "EMAIL"), ch(["", " please", ". Thanks!"]))


def pos_dob_call(ind):
    y, m, d = gen_dob()
    c = P("call/%s: date of birth spoken" % ind)
    c.a(ch(["and can you confirm your date of birth", "for security your date of birth please", "what's your d o b"]))
    c.c(ch(["yeah it's ", "", "it's ", "um "]), (say_date(y, m, d), "DOB"))


def pos_dob_chat(ind):
    y, m, d = gen_dob()
    c = P("chat/%s: DOB typed" % ind)
    c.a("Can you confirm your date of birth?")
    c.c(ch(["", "dob ", "DOB: ", "born "]), (type_date(y, m, d), "DOB"))


def pos_pc_call(ind):
    kind = ch(["uk", "uk", "ie", "uk"])
    pc = gen_ukpc() if kind == "uk" else gen_eircode()
    c = P("call/%s: %s postcode spoken" % (ind, "UK" if kind == "uk" else "Eircode"))
    c.a(ch(["and the postcode", "can i take the postcode please", "and what's the postcode there"]) if kind == "uk" else ch(["and your eircode", "what's the eircode"]))
    c.c(ch(["", "it's ", "yeah "]), (say_alnum(pc, 0.3), "POSTCODE"))


def pos_addr_call(ind):
    country = ch(["UK", "UK", "IE", "US"])
    n, st, flat = gen_address(country)
    c = P("call/%s: %s address with postcode/zip" % (ind, country))
    c.a("and what's the first line of the address")
    if country == "US":
        z = gen_zip()
        c.c((say_address(n, st, flat), "ADDRESS"), " and the zip is ", (say_digits(z, "plain"), "POSTCODE"))
    else:
        pc = gen_ukpc() if country == "UK" else gen_eircode()
        c.c(ch(["it's ", "", "yeah "]), (say_address(n, st, flat), "ADDRESS"))
        c.a("and the " + ("postcode" if country == "UK" else "eircode"))
        c.c((say_alnum(pc, 0.2), "POSTCODE"))


def pos_addr_chat(ind):
    country = ch(["UK", "UK", "IE", "US"])
    n, st, flat = gen_address(country)
    c = P("chat/%s: %s address typed" % (ind, country))
    if country == "US":
        z = gen_zip()
        c.c("I moved, new address ", (type_address(n, st, flat), "ADDRESS"), ", Springfield IL ", (z, "POSTCODE"))
    else:
        pc = gen_ukpc() if country == "UK" else gen_eircode()
        pcv = ch([pc, pc.replace(" ", ""), pc.lower()])
        c.c(ch(["new address is ", "please update my address to ", "deliver to "]), (type_address(n, st, flat), "ADDRESS"),
            ", " + ch(["Leeds", "Dublin", "Cork", "Manchester", "Glasgow", "Bristol"]) + " ", (pcv, "POSTCODE"))


def pos_combo_ident(ind):
    y, m, d = gen_dob()
    pc = gen_ukpc()
    c = P("call/%s: DOB and postcode in one security-check turn" % ind)
    c.a("can you confirm your date of birth and postcode for security")
    c.c("yeah ", (say_date(y, m, d), "DOB"), " and it's ", (say_alnum(pc, 0.2), "POSTCODE"))


def pos_ni_and_phone(ind):
    ni = gen_ni()
    p = gen_uk_mobile()
    c = P("chat/%s: NI and phone in one typed message with a reference number" % ind)
    c.c("Hi, ref %d. my NI is " % R.randint(100000, 999999), (ni[:2] + " " + ni[2:8] + " " + ni[8], "NI_NUMBER"),
        " and mobile ", (p, "PHONE"))


def pos_ni_homophone(ind):
    ni = gen_ni()
    c = P("call/%s: NI number with ASR homophones for letters" % ind)
    HOM = {"b": "be", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are", "t": "tee", "y": "why"}
    def L(x):
        x = x.lower()
        return HOM.get(x, x)
    c.a("national insurance number please")
    v = L(ni[0]) + " " + L(ni[1]) + " " + say_digits(ni[2:8], ch(["plain", "double"])) + " " + L(ni[8])
    c.c(ch(["", "yeah it's "]), (v, "NI_NUMBER"))


def pos_card_chit(ind):
    d = gen_card()
    c = P("call/%s: card digits mixed with chit-chat and a price" % ind)
    c.a("so that's forty nine ninety nine for the year can i take the card")
    c.c("yeah hang on it's in my purse okay ", (say_digits(d[:8], "plain"), "CARD_NUMBER", "cd"),
        " sorry the light's bad ", (say_digits(d[8:], "plain"), "CARD_NUMBER", "cd"))


def pos_phone_split(ind):
    p = gen_uk_mobile()
    c = P("call/%s: mobile number split across turns" % ind)
    c.a("and a mobile number")
    c.c((say_digits(p[:5], "plain"), "PHONE", "ph"))
    c.a("yep")
    c.c((say_digits(p[5:], ch(["plain", "double", "pairs"])), "PHONE", "ph"))


def pos_exp_cvv_call(ind):
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = digits(3)
    c = P("call/%s: expiry and CVV in one turn" % ind)
    c.a("and the expiry and the security number on the back")
    c.c("expiry's ", (say_digits("%02d" % mm, "plain") + " " + num_words(yy), "EXPIRY"),
        " and the code is ", (say_digits(cvv, "plain"), "CVV"))


def pos_email_split(ind):
    f, l = ch(FIRST), ch(LAST)
    dom = ch(DOMAINS)
    c = P("call/%s: email spelled letter by letter" % ind)
    c.a("can you spell the email for me")
    c.c((" ".join(f) + " dot " + l + " at " + dom.replace(".", " dot "), "EMAIL"))


def pos_bank_with_ref(ind):
    ref = digits(8, True)
    sc = digits(6)
    ac = digits(8)
    c = P("call/%s: customer number (not PII) next to sort code and account number in one turn" % ind)
    c.a("can i take your customer number and the new bank details")
    c.c("customer number's " + say_digits(ref, "plain") + " and the new account is sort code ",
        (say_digits(sc, "pairs"), "SORT_CODE"), " account number ", (say_digits(ac, ch(["plain", "double"])), "BANK_ACCOUNT"))


def pos_two_phones(ind):
    p1 = gen_uk_mobile()
    p2 = gen_uk_land()
    c = P("call/%s: mobile and landline in one turn with a time" % ind)
    c.a("is there a number we can call you back on")
    c.c("mobile's ", (say_digits(p1, ch(["plain", "double"])), "PHONE"), " or the landline ",
        (say_digits(p2, "plain"), "PHONE"), " after " + ch(["half five", "six o'clock", "seven"]))


def pos_dob_short(ind):
    y, m, d = gen_dob()
    c = P("call/%s: DOB as day month two-digit year" % ind)
    c.a("and your date of birth")
    c.c(ch(["", "it's ", "yeah "]), (say_digits("%02d" % d, "plain") + " " + say_digits("%02d" % m, "plain") + " " + num_words(y % 100 if y % 100 >= 10 else 10 + y % 100), "DOB"))


def pos_ni_typo_chat(ind):
    ni = gen_ni()
    v = ch([ni[:2].lower() + " " + ni[2:8] + ni[8].lower(), ni[:2] + ni[2:4] + " " + ni[4:6] + " " + ni[6:], ni[:2] + " " + " ".join(ni[2:8]) + " " + ni[8]])
    age = R.randint(66, 90)
    c = P("chat/%s: NI typed with odd spacing next to age and pension amount" % ind)
    c.c("Hi my mum is %d and her state pension of £%d.%02d hasn't arrived. Her NI no is " % (age, R.randint(150, 230), R.randint(0, 99)), (v, "NI_NUMBER"))


def pos_ie_phone_eir(ind):
    p = gen_ie_mobile()
    e = gen_eircode()
    n, st, flat = gen_address("IE")
    c = P("call/%s: Irish caller gives mobile, address and eircode" % ind)
    c.a("can i confirm your contact details")
    c.c("the mobile is ", (say_digits(p, ch(["plain", "double"])), "PHONE"))
    c.a("grand and the address")
    c.c((say_address(n, st, flat), "ADDRESS"), " " + ch(["drumcondra", "ballincollig", "salthill"]) + " and the eircode is ", (say_alnum(e, 0.2), "POSTCODE"))


POS_T = [
    (pos_card_call, 12), (pos_card_split, 10), (pos_card_chat, 8), (pos_card_full, 9),
    (pos_card_chat_full, 6), (pos_card_correction, 3), (pos_card_chit, 3),
    (pos_ni_call, 10), (pos_ni_split, 6), (pos_ni_chat, 10), (pos_ni_pairs, 4), (pos_ni_homophone, 4),
    (pos_ni_and_phone, 3),
    (pos_ssn_call, 10), (pos_ssn_chat, 8), (pos_ssn_split, 5), (pos_ssn_zip, 5),
    (pos_bank_call, 8), (pos_bank_chat, 6), (pos_bank_split, 4), (pos_sort_only, 4),
    (pos_iban_chat, 9), (pos_iban_call, 6),
    (pos_phone_call, 10), (pos_phone_chat, 8), (pos_phone_split, 3),
    (pos_email_call, 8), (pos_email_chat, 5), (pos_email_split, 2),
    (pos_dob_call, 8), (pos_dob_chat, 6),
    (pos_pc_call, 8), (pos_addr_call, 9), (pos_addr_chat, 8), (pos_combo_ident, 4),
    (pos_exp_cvv_call, 4), (pos_bank_with_ref, 5), (pos_two_phones, 4), (pos_dob_short, 4),
    (pos_ni_typo_chat, 5), (pos_ie_phone_eir, 5),
]

INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]


# ---------------------------------------------------------------- negatives
def neg_cases():
    def ind():
        return ch(INDUSTRIES)
    for _ in range(6):
        n = "%d" % R.randint(10000000, 99999999)
        N("call/insurance: policy number spoken with its name").a("can i take your policy number").c(
            "yeah it's policy number " + say_digits(n[:R.randint(7, 8)], "plain"))
    for _ in range(5):
        n = R.randint(1000000, 9999999)
        N("chat/retail: order number typed").c("Where is my order? Order number %d, placed on %d %s" % (n, R.randint(1, 28), ch(MONTHS).capitalize()))
    for _ in range(5):
        N("call/utilities: meter reading").a("can you read me the meter reading").c(
            "the meter reading is " + say_digits(digits(5), "plain") + " that's the day rate and the night one is " + say_digits(digits(5), "pairs"))
    for _ in range(5):
        N("chat/utilities: meter reading typed").c("Meter reading today: %05d (elec), gas %05d" % (R.randint(0, 99999), R.randint(0, 99999)))
    for _ in range(5):
        a = R.randint(11, 999)
        N("call/banking: balance and payment amount").a("your balance is " + num_words(R.randint(1, 9)) + " hundred and " + num_words(R.randint(20, 99)) + " pounds " + num_words(R.randint(10, 99))).c(
            "okay and the last payment was " + num_words(R.randint(20, 99)) + " pounds on the " + ORD[R.randint(1, 28)])
    for _ in range(5):
        N("chat/retail: prices and quantities").c("I ordered %d x item at £%d.%02d each, total £%d.%02d but was charged £%d.%02d" % (
            R.randint(2, 9), R.randint(2, 99), R.randint(0, 99), R.randint(100, 900), R.randint(0, 99), R.randint(100, 999), R.randint(0, 99)))
    for _ in range(5):
        N("call/travel: booking reference and flight number").a("have you got the booking reference").c(
            "yeah it's " + " ".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ").lower() for _ in range(6)) + " and the flight's e i " + say_digits(str(R.randint(100, 999)), "plain") + " at " + ch(["half six", "seven forty five", "ten past nine"]))
    for _ in range(4):
        N("chat/travel: flight and room number").c("Flight %s%d lands at %02d:%02d, room %d please keep it" % (
            ch(["FR", "EI", "BA", "U2"]), R.randint(100, 9999), R.randint(0, 23), R.randint(0, 59), R.randint(100, 499)))
    for _ in range(5):
        N("call/government services: appointment date and time").a("i can book you in for the " + ORD[R.randint(1, 28)] + " of " + ch(MONTHS) + " at " + ch(["ten thirty", "two fifteen", "nine o'clock", "quarter past eleven"])).c(
            "yeah that's fine i'm free after " + ch(["two", "three", "twelve"]))
    for _ in range(5):
        N("chat/telecom: contract start date and data allowance").c("My contract started %s and I'm paying £%d a month for %dGB, thats %d%% more than last year" % (
            type_date(R.randint(2018, 2025), R.randint(1, 12), R.randint(1, 28)), R.randint(10, 60), ch([5, 30, 100, 250]), R.randint(3, 40)))
    for _ in range(5):
        n = R.randint(1000000000, 9999999999)
        N("call/utilities: customer reference number (10 digits) with its name").a("what's your customer reference number").c(
            "customer reference " + say_digits(str(n), "plain"))
    for _ in range(5):
        N("chat/insurance: claim number").c("Claim ref CLM-%d, the repair cost £%d and took %d days" % (R.randint(100000, 9999999), R.randint(200, 4000), R.randint(2, 30)))
    for _ in range(4):
        N("call/healthcare billing: invoice number and amount").c("i'm calling about invoice number " + say_digits(digits(7), ch(["plain", "pairs"])) + " it says i owe " + num_words(R.randint(20, 99)) + " pounds")
    for _ in range(4):
        N("call/telecom: model number and durations").c("it's the " + ch(["galaxy s twenty three", "iphone fifteen", "pixel eight"]) + " and it's been off for " + num_words(R.randint(2, 50)) + " minutes the router's model " + ch(["t p link archer c six", "hub five"]))
    for _ in range(4):
        N("chat/telecom: speeds").c("Getting %d Mbps down %d up, was promised %d. Ticket #%d" % (R.randint(2, 80), R.randint(1, 20), ch([67, 145, 500, 900]), R.randint(100000, 9999999)))
    for _ in range(4):
        N("call/healthcare billing: age and temperature").c("my son's " + num_words(R.randint(2, 16)) + " and he had a temperature of thirty eight point " + UNITS[R.randint(1, 9)] + " for " + num_words(R.randint(2, 5)) + " days")
    for _ in range(4):
        N("call/government services: years and counts").c("i've lived here since " + year_words(R.randint(1975, 2020)) + " and there's " + num_words(R.randint(2, 6)) + " of us in the house")
    for _ in range(4):
        n = R.randint(100000, 99999999)
        N("chat/banking: payment reference and percentages").c("Transfer ref %d for £%d,%03d.%02d at %.1f%% APR" % (n, R.randint(1, 50), R.randint(0, 999), R.randint(0, 99), R.uniform(1, 30)))
    for _ in range(4):
        N("call/banking: transaction dates not DOB").a("the payment went out on the " + ORD[R.randint(1, 28)] + " of " + ch(MONTHS) + " twenty twenty " + UNITS[R.randint(3, 6)]).c("yeah that was for " + num_words(R.randint(20, 99)) + " euro")
    for _ in range(4):
        N("call/insurance: vehicle mileage and year").c("it's a twenty " + num_words(R.randint(10, 24)) + " plate with about " + num_words(R.randint(20, 99)) + " thousand miles on it")
    for _ in range(4):
        N("call/utilities: tariff unit rate and standing charge").c("the unit rate's " + num_words(R.randint(20, 35)) + " point " + UNITS[R.randint(1, 9)] + " pence and the standing charge is " + num_words(R.randint(40, 60)) + " p a day")
    for _ in range(3):
        N("chat/government services: case number and office hours").c("Case number %d - your office says open 9am-5pm Mon-Fri, I waited %d mins on hold" % (R.randint(1000000, 99999999), R.randint(10, 90)))
    for _ in range(3):
        N("call/retail: store number and aisle").c("i was in store " + say_digits(str(R.randint(100, 999)), "plain") + " aisle " + num_words(R.randint(2, 20)) + " and the price said " + num_words(R.randint(2, 9)) + " ninety nine")
    for _ in range(3):
        N("call/banking: last four digits only is not a full card").a("what are the last four digits of the card you're asking about").c("it's the visa debit the one i use for the direct debit the blue one")
    for _ in range(3):
        N("call/telecom: number of lines and minutes").c("we've got " + num_words(R.randint(2, 6)) + " lines and used " + num_words(R.randint(1, 9)) + " hundred minutes last month")
    for _ in range(3):
        N("chat/travel: booking and seat").c("Booking ref %s, seats %d%s and %d%s, departing %02d:%02d on %d %s" % (
            "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), R.randint(1, 40), ch("ABCDEF"), R.randint(1, 40), ch("ABCDEF"),
            R.randint(5, 22), R.randint(0, 59), R.randint(1, 28), ch(MONTHS).capitalize()))
    for _ in range(2):
        N("call/utilities: mprn said as meter point reference with its name").c("the meter point reference number is " + say_digits(digits(10), "plain") + " it's on the bill")
    for _ in range(4):
        N("chat/utilities: customer number and account balance (UK)").c("Customer no. %d - balance shows £%d.%02d in credit, last bill %s" % (
            R.randint(10000000, 99999999), R.randint(10, 400), R.randint(0, 99), type_date(2026, R.randint(1, 10), R.randint(1, 28))))
    for _ in range(4):
        N("call/insurance: policy reference with letters and number of claims").c("the policy reference is " + " ".join(ch("ABCDEFGHJKLMNPRSTUWXYZ").lower() for _ in range(3)) + " " + say_digits(digits(6), "plain") + " and i've made " + num_words(R.randint(2, 4)) + " claims in " + num_words(R.randint(2, 9)) + " years")
    for _ in range(3):
        N("call/travel: booking reference, price and departure time").c("booking reference " + say_digits(digits(8), "pairs") + " it was " + num_words(R.randint(100, 999) // 10) + " pounds return leaving at " + ch(["six twenty", "eighteen forty", "seven oh five"]))
    for _ in range(2):
        N("chat/insurance: policy number with letters").c("Policy no. HH%d renewal quote was £%d vs £%d last year" % (R.randint(1000000, 9999999), R.randint(200, 900), R.randint(200, 900)))


# ---------------------------------------------------------------- generation
def build():
    global R
    R = random.Random(SEED)
    POS.clear()
    NEG.clear()
    for fn, k in POS_T:
        for _ in range(k):
            fn(ch(INDUSTRIES))
    neg_cases()
    # interleave deterministic shuffle
    pos = POS[:]
    neg = NEG[:]
    R.shuffle(pos)
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos, 1):
        out.append(("h277-pos-%03d" % i, c))
    for i, c in enumerate(neg, 1):
        out.append(("h277-neg-%03d" % i, c))
    return out


def to_json(cid, c):
    return json.dumps({"id": cid, "kind": c.kind, "turns": c.turns,
                       "spans": [{"turn": t, "start": s, "end": e, "type": ty} for t, s, e, ty, g in c.spans],
                       "note": c.note}, ensure_ascii=False)


# ---------------------------------------------------------------- validation
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "zero": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
LETTERWORD = {v: k for k, v in NATO.items()}
FILLERS = {"um", "uh", "er", "erm", "sorry", "no", "wait", "slash", "plus", "at", "dot", "flat", "and", "it", "its", "s", "the", "of", "thousand", "hundred"}
HOMO = {"be": "b", "see": "c", "jay": "j", "kay": "k", "pee": "p", "are": "r", "tee": "t", "why": "y"}


def normalise(text):
    """Spoken/typed value -> uppercase alnum string."""
    t = text.lower().replace("x-ray", "xray")
    t = t.replace("+", " ").replace("(0)", " ")
    toks = re.findall(r"[a-z]+|\d+", t)
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w)
        elif w in ("double", "triple") and nxt is not None:
            rep = 2 if w == "double" else 3
            sub = normalise(nxt)
            out.append(sub * rep)
            i += 1
        elif len(w) == 1 and nxt in ("for", "as"):
            out.append(w.upper())
            i += 4 if nxt == "as" else 3
            continue
        elif w in WORDNUM:
            out.append(str(WORDNUM[w]))
        elif w in TEENNUM:
            out.append(str(TEENNUM[w]))
        elif w in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] > 0 and nxt not in ("o", "oh", "nought", "zero"):
                out.append(str(TENNUM[w]) + str(WORDNUM[nxt]))
                i += 1
            else:
                out.append(str(TENNUM[w]) + "0")
        elif w in HOMO:
            out.append(HOMO[w].upper())
        elif len(w) == 1:
            out.append(w.upper())
        elif w in LETTERWORD:
            out.append(LETTERWORD[w].upper())
        elif w in FILLERS:
            pass
        elif len(w) <= 4:
            out.append(w.upper())  # typed letter run, e.g. "JT", "ipbs"
        else:
            pass  # other words
        i += 1
    return "".join(out)


def validate(typ, raw):
    n = normalise(raw)
    d = re.sub(r"\D", "", n)
    low = raw.lower()
    if typ == "CARD_NUMBER":
        return 13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS):
            return True
        return n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_valid(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 14
    if typ == "EMAIL":
        return ("@" in raw and "." in raw.split("@")[-1]) or (" at " in low and " dot " in low)
    if typ == "DOB":
        return any(m in low for m in MONTHS) or re.search(r"(19|20)\d\d", raw) is not None or len(d) >= 6 or "thousand" in low
    if typ == "POSTCODE":
        return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
                or re.fullmatch(r"[AC-FHKNPRTV-Y]\d{2}[AC-FHKNPRTV-Y0-9]{4}", n) is not None)
    if typ == "ADDRESS":
        return re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundred", low) is not None and \
            re.search(r"road|street|lane|avenue|close|drive|crescent|row|view|terrace|gardens|walk|park|grove|place|kingsway|boulevard|court", low) is not None
    return False


def check(cases, text_on_disk, text_new):
    problems = []
    if text_on_disk != text_new:
        problems.append("cases.jsonl differs from regenerated output")
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for cid, c in cases:
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c.kind == "positive":
            npos += 1
            if not c.spans:
                problems.append(cid + ": positive without spans")
        else:
            nneg += 1
            if c.spans:
                problems.append(cid + ": negative with spans")
        groups = {}
        bytturn = {}
        for t, s, e, ty, g in c.spans:
            if ty not in TYPES:
                problems.append("%s: bad type %s" % (cid, ty))
                continue
            counts[ty] += 1
            if not (0 <= t < len(c.turns)):
                problems.append("%s: turn out of range" % cid)
                continue
            txt = c.turns[t]["text"]
            if not (0 <= s < e <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if s > 0 and txt[s - 1].isalnum():
                problems.append("%s: span start not on word boundary %r" % (cid, txt[max(0, s - 5):e]))
            if e < len(txt) and txt[e].isalnum():
                problems.append("%s: span end not on word boundary %r" % (cid, txt[s:e + 5]))
            if txt[s].isspace() or txt[e - 1].isspace():
                problems.append("%s: span has outer whitespace" % cid)
            bytturn.setdefault(t, []).append((s, e))
            groups.setdefault((g, ty), []).append(txt[s:e])
        for t, lst in bytturn.items():
            lst.sort()
            for (a, b), (x, y) in zip(lst, lst[1:]):
                if x < b:
                    problems.append("%s: overlapping spans in turn %d" % (cid, t))
        for (g, ty), vals in groups.items():
            if g.startswith("~"):
                continue  # abandoned partial reading in a self-correction
            raw = " ".join(vals)
            if not validate(ty, raw):
                problems.append("%s: %s fails validation: %r -> %r" % (cid, ty, raw, normalise(raw)))
    for ty in TYPES:
        need = 30 if ty in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[ty] < need:
            problems.append("type %s has %d spans (< %d)" % (ty, counts[ty], need))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    lines = [
        "# PII hold-out set h277 (UK / Ireland emphasis)",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; any rule, pattern or",
        "threshold change made while looking at these cases invalidates it.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the",
        "redaction code, its tests, its documentation or any other PII fixture; the only existing",
        "data consulted was a three-line example of the JSONL format. Cases are produced by",
        "`scripts/make_pii_holdout277.py` from template functions: each turn is assembled from",
        "plain-text segments and (value, TYPE) segments, so offsets are computed, never typed by",
        "hand. All values come from one `random.Random(%d)`; output is byte-for-byte reproducible." % SEED,
        "",
        "`python scripts/make_pii_holdout277.py --check` regenerates the set, checks the file is",
        "identical, ids unique, offsets in range and on word boundaries, spans non-overlapping, and",
        "validates each value after normalising spoken forms (Luhn for cards, mod-97 for IBANs,",
        "NI number format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /",
        "account, postcode / ZIP / Eircode shapes). Values split over several turns are validated",
        "after joining their parts.",
        "",
        "## Content",
        "",
        "Mostly UK and Irish contact centres (banking, telecom, utilities, retail, insurance,",
        "travel, healthcare billing, government services), with some US cases (SSN, ZIP, US",
        "phone numbers) and EU IBANs. Chat cases are typed (varied separators, case, spacing);",
        "call cases imitate ASR transcripts: lower case, numbers as words, oh / o / nought / zero,",
        "double / triple, digit pairs (\"forty one\", \"eleven\"), letters as \"b for bravo\" / \"b as in",
        "bob\" / homophones (\"see\", \"jay\", \"are\"), emails as \"x dot y at gmail dot com\", values",
        "split across customer turns with agent back-channels, agent read-backs, self-corrections,",
        "and two values in one turn. Negatives contain lookalike non-PII numbers: money, prices,",
        "times, durations, counts, years, percentages, non-birth dates, order / policy / claim /",
        "invoice / customer / booking / meter-point references said with their reference word,",
        "flight, room, seat, store numbers, meter readings, speeds, ages, temperatures, balances.",
        "",
        "## Annotation conventions",
        "",
        "* A span covers the value only: from its first to its last character/word, including",
        "  internal separators, spaces, spelled-out number words, \"double\"/\"triple\", \"for bravo\"",
        "  style letter clarifications, \"plus\" of international phone prefixes, \"slash\" inside",
        "  an expiry, and occasional hesitation fillers (\"um\") that occur *inside* a reading.",
        "* Lead-ins (\"it's\", \"yeah\", \"my number is\", \"expiry\") and trailing words are outside.",
        "* A value split over several turns gets one span per turn, all of the same type.",
        "* Agent read-backs of a value are labelled like the customer's reading.",
        "* In a self-correction both the abandoned and the corrected reading are labelled.",
        "* Postcode spans are separate from address spans; ADDRESS covers flat + house number +",
        "  street only (town names are not labelled). Eircodes and US ZIP codes are POSTCODE.",
        "* DOB covers the whole spoken or typed date; EXPIRY covers month and year.",
        "* Negative cases have no spans; nothing in them should be redacted.",
        "",
        "## Counts",
        "",
        "Positive cases: %d; negative cases: %d." % (npos, nneg),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines.append("")
    return "\n".join(lines)


def main():
    cases = build()
    text = "".join(to_json(cid, c) + "\n" for cid, c in cases)
    if "--check" in sys.argv[1:]:
        try:
            with open(CASES, encoding="utf-8") as fh:
                disk = fh.read()
        except OSError:
            disk = None
        problems, counts, npos, nneg = check(cases, disk, text)
        # also verify the on-disk JSON parses and matches offsets
        if disk is not None:
            for ln in disk.splitlines():
                try:
                    o = json.loads(ln)
                    for sp in o["spans"]:
                        tx = o["turns"][sp["turn"]]["text"]
                        if not (0 <= sp["start"] < sp["end"] <= len(tx)):
                            problems.append(o["id"] + ": on-disk offsets out of range")
                except Exception as exc:  # noqa
                    problems.append("bad JSON line: %s" % exc)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if problems:
            print("PROBLEMS (%d):" % len(problems))
            for p in problems[:60]:
                print("  " + p)
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    _, counts, npos, nneg = check(cases, text, text)
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(counts, npos, nneg))
    print("wrote %d cases (%d positive, %d negative)" % (len(cases), npos, nneg))


if __name__ == "__main__":
    main()

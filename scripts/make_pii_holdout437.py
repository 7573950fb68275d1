#!/usr/bin/env python3
"""Generate the pii_holdout437 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout437/cases.jsonl.  Every turn is assembled
from plain-text segments and labelled value segments, so span offsets are
computed, never typed by hand.

    python scripts/make_pii_holdout437.py          # (re)write the file
    python scripts/make_pii_holdout437.py --check  # regenerate + validate

Standard library only; a single generator random.Random(437241125).
"""
import json
import os
import re
import sys
import random

SEED = 437241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout437", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
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
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.random()
    if kind < 0.45:
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if kind < 0.7:
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind < 0.82:
        return luhn_complete(ch(["34", "37"]), 15)
    if kind < 0.9:
        return luhn_complete("6011", 16)
    if kind < 0.95:
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6304"]), ch([18, 19]))


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = ch(NI_FIRST.replace("O", "")) + ch(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    return "%02d" % (98 - int(s) % 97)


def gen_iban():
    cc = ch(["GB", "IE", "DE", "NL", "ES", "FR"])
    L = "ABCDEFGHIJKLMNPRSTUVWXYZ"
    dig = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + dig(14)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABO", "TRIO"]) + dig(10)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "ES":
        bban = dig(20)
    else:
        bban = dig(23)
    return cc + iban_check(cc, bban) + bban


def gen_routing():
    while True:
        d = [R.randrange(10) for _ in range(8)]
        d[0] = R.choice([0, 1, 2, 3])
        for last in range(10):
            x = d + [last]
            if (3 * (x[0] + x[3] + x[6]) + 7 * (x[1] + x[4] + x[7]) + (x[2] + x[5] + x[8])) % 10 == 0:
                return "".join(map(str, x))


def digs(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s


def gen_us_phone():
    return str(R.randrange(2, 10)) + digs(2) + str(R.randrange(2, 10)) + digs(6)


FIRST = ["sarah", "james", "aoife", "liam", "priya", "marcus", "olga", "dev", "siobhan", "tyrone",
         "maria", "kevin", "fatima", "connor", "jessica", "raj", "niamh", "darnell", "helen", "tomasz",
         "grace", "wei", "ahmed", "rebecca", "luis", "bethany", "declan", "keisha", "ian", "anna"]
LAST = ["doyle", "patel", "okafor", "smith", "nguyen", "kowalski", "murphy", "garcia", "hughes", "brennan",
        "johnson", "khan", "walsh", "rodriguez", "evans", "obrien", "fischer", "williams", "lee", "dasilva"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "comcast.net", "live.ie", "protonmail.com", "sky.com"]
UK_STREETS = ["Kingsley Road", "Mill Lane", "Station Road", "Abbey Close", "Hawthorn Avenue", "Victoria Street",
              "Elm Grove", "Queens Drive", "Church Walk", "Beech Crescent", "Ladysmith Terrace", "Orchard Way"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Ridge Drive", "Elm Court", "Lakeview Road",
              "Washington Street", "Cedar Lane", "Peachtree Place", "Hillcrest Parkway", "Birch Way", "Main Street"]
IE_STREETS = ["Parnell Street", "Griffith Avenue", "Strand Road", "Ashfield Park", "Seafield Close", "Mount Street"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Croydon", "Swansea", "Glasgow", "Norwich", "Reading"]
US_TOWNS = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
            ("Tampa", "FL", "336"), ("Denver", "CO", "802"), ("Fresno", "CA", "937"), ("Albany", "NY", "122")]
UK_PC = ["LS6 2AB", "BS8 1TH", "M14 6PR", "CR2 6XH", "SA1 3QT", "G12 8QQ", "NR2 4LN", "RG1 7JD",
         "SW1A 1AA", "EC1V 9HX", "B33 8TH", "DN55 1PT", "EH3 9DR", "W1T 3JL", "CF10 2HH", "NE6 5XJ"]


# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENSW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm"]


def zero(loc):
    if loc == "uk":
        return ch(["oh", "oh", "nought", "zero", "o"])
    return ch(["oh", "oh", "zero", "o"])


def sp_digits(g, loc):
    out = []
    i = 0
    while i < len(g):
        c = g[i]
        w = zero(loc) if c == "0" else UNITW[int(c)]
        if i + 2 < len(g) and g[i + 1] == c and g[i + 2] == c and R.random() < 0.5:
            out.append("triple " + w)
            i += 3
        elif i + 1 < len(g) and g[i + 1] == c and R.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def sp_pair(g, loc):
    if g[0] == "0":
        return zero(loc) + " " + (zero(loc) if g[1] == "0" else UNITW[int(g[1])])
    if g[0] == "1":
        return TEENW[int(g[1])]
    if g[1] == "0":
        return sp_digits(g, loc)
    return TENSW[int(g[0])] + " " + UNITW[int(g[1])]


def sp_hund(g, loc):
    if g[0] == "0" or g[1:] == "00" or (g[2] == "0" and g[1] != "1"):
        return sp_digits(g, loc)
    rest = g[1:]
    if rest[0] == "0":
        tail = UNITW[int(rest[1])]
    else:
        tail = sp_pair(rest, loc)
    return UNITW[int(g[0])] + " hundred " + ("and " if (loc == "uk" or R.random() < 0.4) else "") + tail


def sp_group(g, loc, style=None):
    style = style or ch(["d", "d", "d", "p", "h"])
    if style == "p" and len(g) % 2 == 0:
        return " ".join(sp_pair(g[i:i + 2], loc) for i in range(0, len(g), 2))
    if style == "h" and len(g) == 3:
        return sp_hund(g, loc)
    if style == "h" and len(g) == 4 and R.random() < 0.5:
        return " ".join(sp_pair(g[i:i + 2], loc) for i in range(0, 4, 2))
    return sp_digits(g, loc)


def split_groups(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return [g for g in out if g]


def card_sizes(d):
    n = len(d)
    if n == 15:
        return ch([[4, 6, 5], [4, 4, 4, 3], [3, 4, 4, 4]])
    if n == 16:
        return ch([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 4, 2, 2, 4], [3, 3, 3, 3, 4]])
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def spoken_groups(d, sizes, loc, filler=0.2, style=None):
    gs = [sp_group(g, loc, style) for g in split_groups(d, sizes)]
    for i in range(1, len(gs)):
        if R.random() < filler:
            gs[i] = ch(FILLERS) + " " + gs[i]
    return gs


def join_sp(gs):
    sep = ch([" ", ", ", " ", "... "])
    return sep.join(gs)


def typed_group(d, sizes, sep=None):
    sep = sep if sep is not None else ch([" ", "-", " ", "", ".", "  "])
    return sep.join(split_groups(d, sizes))


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf",
        "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform",
        "V": "victor", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FOLK = {"A": "apple", "B": "bravo", "C": "cat", "D": "dog", "E": "echo", "G": "george", "H": "harry",
        "J": "john", "K": "kate", "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
        "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra"}


def sp_letter(c, p=0.5):
    c = c.upper()
    r = R.random()
    if r < p:
        word = NATO[c] if (R.random() < 0.6 or c not in FOLK) else FOLK[c]
        return c.lower() + ch([" for ", " for ", " as in "]) + word
    return c.lower()


def sp_alnum(s, loc, p=0.4):
    """Spell letters, read digit runs."""
    out = []
    for run in re.findall(r"[A-Za-z]|\d+", s):
        if run.isdigit():
            out.append(sp_group(run, loc, ch(["d", "d", "p"])))
        else:
            out.append(sp_letter(run, p))
    return " ".join(out)


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans = [], []

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                assert typ in TYPES, typ
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                text += m.group(1)  # e.g. "+" or "(": span starts at first letter/digit
                val = m.group(2)
                self.spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val + m.group(3)
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "mm", "carry on", "ok go ahead"]


def asr_split_read(case, groups, typ, lead_agent=None, min_parts=2):
    """Read groups over several customer turns with agent back-channels."""
    n = len(groups)
    k = R.randint(min(min_parts, n), min(3, n))
    cuts = sorted(R.sample(range(1, n), k - 1)) if k > 1 else []
    parts, prev = [], 0
    for c in cuts + [n]:
        parts.append(" ".join(groups[prev:c]))
        prev = c
    for i, p in enumerate(parts):
        pre = ch(["", "", "it's ", "so ", "yeah ", "okay "]) if i == 0 else ch(["", "", "then ", "and then ", "uh "])
        case.c(pre, (p, typ))
        if i < len(parts) - 1:
            case.a(ch(BACK))


INDUSTRY = ["bank", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government"]


# ---------------- card cases ----------------
def pos_card_chat():
    cs = Case("positive", "")
    d = gen_card()
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    cvv = digs(4 if d[0] == "3" else 3)
    lab = ch(["card no:", "Card number -", "cc#", "card num", "long number on card:", "card", "Crad number"])
    cardtxt = typed_group(d, card_sizes(d))
    exptxt = ch(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%d/%d" % (mm, yy),
                 "%02d%02d" % (mm, yy)])
    cs.a(ch(["Thanks for contacting ", "Hi, you're through to "]), ch(["Brightline Energy", "Vantage Mobile",
         "ShopRight", "Harbour Insurance", "SkyBound Travel"]), ". How can I help?")
    style = R.random()
    if style < 0.5:
        cs.c(ch(["Want to pay my bill. ", "need to update payment details pls ", "hi, paying the $84.20 balance "]),
             lab, " ", (cardtxt, "CARD_NUMBER"), ch([" exp ", ", expiry ", " exp date ", " valid thru "]),
             (exptxt, "EXPIRY"), ch([" cvv ", " security code ", ", CVC: ", " sec code "]), (cvv, "CVV"))
        cs.note = "chat: card, expiry and CVV in one message"
    else:
        cs.c(lab, " ", (cardtxt, "CARD_NUMBER"))
        cs.a("Thanks. And the expiry date and 3 digit code on the back?")
        cs.c((exptxt, "EXPIRY"), ch([" and ", " / ", ", "]), (cvv, "CVV"))
        cs.note = "chat: card then expiry/CVV on request"
    return cs


def pos_card_asr_split():
    cs = Case("positive", "ASR: card read over several turns with back-channels and read-back")
    loc = ch(["uk", "us", "uk", "us", "ie"])
    d = gen_card()
    gs = spoken_groups(d, card_sizes(d), loc, filler=0.25)
    cs.a(ch(["can i take the long card number please", "okay whenever you're ready, the sixteen digits on the front",
             "and what's the card number"]))
    asr_split_read(cs, gs, "CARD_NUMBER")
    if R.random() < 0.7:
        rb = spoken_groups(d, card_sizes(d), loc, filler=0.0)
        cs.a(ch(["let me read that back ", "so i have ", "that's "]), (join_sp(rb), "CARD_NUMBER"),
             ch([" is that right", " correct", ""]))
        cs.c(ch(["yep", "that's it", "yes", "correct yeah"]))
    else:
        cs.a("and that card ending ", (sp_digits(d[-4:], loc), "CARD_NUMBER"), " is it")
        cs.c("yes that's the one")
    if R.random() < 0.6:
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        cs.a("and the expiry")
        exp = ch(["%s %s" % (sp_pair("%02d" % mm, loc), sp_pair("%02d" % yy, loc)),
                  "%s twenty %s" % (MONTHS[mm - 1], sp_pair("%02d" % yy, loc)),
                  "%s of %s" % (sp_pair("%02d" % mm, loc), sp_pair("%02d" % yy, loc))])
        cs.c(ch(["", "it's ", "um "]), (exp, "EXPIRY"))
        cs.a("and the three digit security code")
        cs.c(ch(["", "it's ", "that's "]), (sp_digits(digs(3), loc), "CVV"))
    return cs


def pos_card_correction():
    cs = Case("positive", "ASR: card reading restarted after a mistake; aborted fragment also labelled")
    loc = ch(["uk", "us", "ie"])
    d = gen_card()
    gs = spoken_groups(d, card_sizes(d), loc, filler=0.15)
    k = R.randint(1, 2)
    wrong = gs[:k] + [sp_digits(str((int(d[4 * k]) + 3) % 10), loc)]
    cs.a("go ahead with the card number")
    cs.c((" ".join(wrong), "CARD_NUMBER"), ch([" no sorry ", " wait no, ", " hang on that's wrong ",
         " oh no i mean "]), ch(["let me start again ", "from the top ", ""]), (join_sp(gs), "CARD_NUMBER"))
    cs.a(ch(["okay no problem", "got it", "thanks"]))
    return cs


def pos_card_aside():
    cs = Case("positive", "ASR: aside in the middle of a card reading")
    loc = ch(["uk", "us"])
    d = gen_card()
    gs = spoken_groups(d, card_sizes(d), loc, filler=0.2)
    k = R.randint(1, len(gs) - 1)
    cs.a("and the number on the card")
    cs.c((" ".join(gs[:k]), "CARD_NUMBER"), ch([" hang on the dog's barking ", " sorry can't see without my glasses ",
         " kids be quiet i'm on the phone ", " one sec the light's bad in here "]), ch(["okay ", "right ", ""]),
         (" ".join(gs[k:]), "CARD_NUMBER"))
    cs.a(ch(["no rush", "mhm", "thank you"]))
    return cs


def pos_card_email():
    cs = Case("positive", "email: card with odd grouping and distractor amounts/refs")
    d = gen_card()
    inv = digs(8, True)
    sizes = ch([[5, 5, 6], [6, 10], [8, 8], [4, 4, 4, 4], [3, 13]]) if len(d) == 16 else card_sizes(d)
    cs.c("Subject: Invoice INV-", inv, "\n\nHello,\nPlease take the outstanding £", "%d.%02d" % (R.randint(20, 900),
         R.randint(0, 99)), " from my card ", (typed_group(d, sizes), "CARD_NUMBER"),
         ch([" (Visa)", "", " - the debit one"]), ".\nThanks,\n", ch(FIRST).title())
    cs.a("Thanks, that payment has been processed against invoice ", inv, ".")
    return cs


def pos_card_lastfour_after_full():
    cs = Case("positive", "full card read then last four mentioned: last four labelled because full card in case")
    d = gen_card()
    cs.c("Card is ", (typed_group(d, card_sizes(d), " "), "CARD_NUMBER"))
    cs.a("Thanks. So I'll set the card ending ", (d[-4:], "CARD_NUMBER"), " as default for autopay on the ",
         ch(["1st", "15th", "28th"]), " of each month?")
    cs.c("yes please")
    return cs


# ---------------- SSN ----------------
def pos_ssn_chat():
    cs = Case("positive", "chat: US SSN with label variants")
    s = gen_ssn()
    form = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s-%s %s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    lab = ch(["SSN:", "ss#", "social is", "Social Security No.", "my ssn", "SS number"])
    ind = ch(["benefits office", "Medicaid billing", "mortgage application", "tax return", "credit check"])
    cs.a("For the ", ind, " I need to verify your identity.")
    if R.random() < 0.6:
        cs.c(ch(["sure ", "ok ", ""]), lab, " ", (form, "SSN"))
    else:
        z = ch(US_TOWNS)[2] + digs(2)
        cs.c(lab, " ", (form, "SSN"), " and my zip is ", (z, "POSTCODE"))
        cs.note += " + ZIP"
    return cs


def pos_ssn_asr():
    cs = Case("positive", "")
    s = gen_ssn()
    sizes = ch([[3, 2, 4], [3, 2, 4], [3, 3, 3], [3, 2, 2, 2], [1] * 9, [2, 3, 4]])
    gs = spoken_groups(s, sizes, "us", filler=0.25)
    cs.a(ch(["can i get your social security number to verify", "and your social please",
             "i'll need the full nine digits of your social"]))
    if R.random() < 0.5:
        asr_split_read(cs, gs, "SSN")
        cs.note = "ASR: SSN split across turns (%s grouping)" % "-".join(map(str, sizes))
    else:
        cs.c(ch(["yeah it's ", "sure ", "um ", "okay so "]), (join_sp(gs), "SSN"))
        cs.note = "ASR: SSN one turn (%s grouping)" % "-".join(map(str, sizes))
    if R.random() < 0.5:
        cs.a("thank you so that's ", (join_sp(spoken_groups(s, [3, 2, 4], "us", 0)), "SSN"))
        cs.c("yes ma'am" if R.random() < 0.5 else "correct")
        cs.note += " + agent read-back"
    return cs


def pos_ssn_last4():
    cs = Case("positive", "SSN last four (labelled as SSN; unlike card last four) amid claim number negative")
    s = gen_ssn()
    claim = digs(10, True)
    cs.a("can you verify the last four of your social")
    cs.c(ch(["it's ", "", "uh "]), (ch([sp_digits(s[5:], "us"), sp_pair(s[5:7], "us") + " " + sp_pair(s[7:], "us")]), "SSN"))
    cs.a("thank you and i see claim number ", sp_digits(claim, "us"), " is still open")
    return cs


def pos_ssn_correction():
    cs = Case("positive", "ASR: SSN with correction of one group (aborted fragment labelled)")
    s = gen_ssn()
    cs.a("social security number please")
    bad = s[:3] + str((int(s[3]) + 1) % 10)
    cs.c((sp_digits(bad, "us"), "SSN"), " no wait ", ("%s %s %s" % (sp_digits(s[:3], "us"), sp_digits(s[3:5], "us"),
                                                        sp_group(s[5:], "us", "p")), "SSN"))
    cs.a("okay got it")
    return cs


# ---------------- NI ----------------
def pos_ni_chat():
    cs = Case("positive", "chat: UK NI number with spacing/case variants")
    n = gen_ni()
    form = ch([n, n.lower(), "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n[:2] + " " + n[2:8] + " " + n[8],
               (n[:2] + "-" + n[2:8] + "-" + n[8]).lower(), n[:2] + n[2:8] + " " + n[8]])
    lab = ch(["NI no:", "NINO", "National Insurance number is", "ni number", "my NI:", "Nat Ins"])
    cs.a(ch(["To process the claim I'll need your National Insurance number.",
             "Can you confirm your NI number for the HMRC record?", "What's your NI number please?"]))
    cs.c(lab, " ", (form, "NI_NUMBER"), ch(["", " thanks", ". Cheers"]))
    return cs


def ni_spoken(n, p=0.5):
    loc = "uk"
    letters1 = sp_letter(n[0], p) + " " + sp_letter(n[1], p)
    if R.random() < 0.3 and n[0] == n[1]:
        letters1 = "double " + n[0].lower()
    digsp = spoken_groups(n[2:8], ch([[2, 2, 2], [3, 3], [6], [2, 4]]), loc, filler=0.2)
    return [letters1] + digsp + [sp_letter(n[8], p)]


def pos_ni_asr():
    cs = Case("positive", "")
    n = gen_ni()
    parts = ni_spoken(n)
    cs.a(ch(["and your national insurance number", "can i take your n i number please",
             "i just need your national insurance to find the account"]))
    if R.random() < 0.5:
        asr_split_read(cs, parts, "NI_NUMBER")
        cs.note = "ASR: NI number split across turns"
    else:
        cs.c(ch(["", "it's ", "yeah it's ", "erm "]), (" ".join(parts), "NI_NUMBER"))
        cs.note = "ASR: NI number in one turn"
    if R.random() < 0.5:
        cs.a("so that's ", (" ".join(ni_spoken(n, 0.2)), "NI_NUMBER"))
        cs.c("that's right")
        cs.note += " + read-back"
    return cs


# ---------------- bank ----------------
def pos_us_bank():
    cs = Case("positive", "")
    rt, acct = gen_routing(), digs(R.randint(8, 12), True)
    if R.random() < 0.5:
        cs.c(ch(["Set up direct deposit: ", "Refund to my checking pls. ", "ACH info - "]),
             ch(["routing ", "Routing #", "ABA: ", "rtn "]), (rt, "BANK_ACCOUNT"),
             ch([" acct ", ", account # ", " acct no: ", " checking "]), (typed_group(acct, [4] * 4, ch(["", " ", "-"])), "BANK_ACCOUNT"))
        cs.a("Thanks, the $", "%d.%02d" % (R.randint(10, 3000), R.randint(0, 99)), " refund will go out in 3-5 business days.")
        cs.note = "chat: US routing + account number (both BANK_ACCOUNT)"
    else:
        cs.a("what's the routing number on the check")
        cs.c(ch(["", "okay it's "]), (join_sp(spoken_groups(rt, [3, 3, 3], "us", 0.2)), "BANK_ACCOUNT"))
        cs.a("and the account number")
        gs = spoken_groups(acct, [3] * 4, "us", 0.2)
        asr_split_read(cs, gs, "BANK_ACCOUNT", min_parts=1)
        cs.note = "ASR: US routing + account number read from a check"
    return cs


def pos_uk_bank():
    cs = Case("positive", "")
    sc, acct = digs(6, True), digs(8)
    if R.random() < 0.5:
        sct = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (sc[:2], sc[2:4], sc[4:])
        cs.c(ch(["Sort code ", "S/C: ", "sortcode ", "sort "]), (sct, "SORT_CODE"), ch([" acc ", " a/c no ", ", account ", " acct: "]),
             (ch([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT"), ch(["", " - for the £250 refund", " (joint acct)"]))
        cs.a("Thanks, refund reference REF", digs(7), " has been raised.")
        cs.note = "chat: UK sort code + account"
    else:
        cs.a("can i take the sort code")
        cs.c(ch(["", "it's ", "erm "]), (" ".join(sp_pair(sc[i:i + 2], "uk") for i in (0, 2, 4)), "SORT_CODE"))
        cs.a(ch(["lovely", "mhm", "thanks"]), " and the account number")
        asr_split_read(cs, spoken_groups(acct, [4, 4], "uk", 0.3), "BANK_ACCOUNT", min_parts=1)
        cs.a("thank you so sort code ", (" ".join(sp_digits(sc[i:i + 2], "uk") for i in (0, 2, 4)), "SORT_CODE"),
             " account ending ", (sp_digits(acct[-4:], "uk"), "BANK_ACCOUNT"))
        cs.note = "ASR: sort code (pairs) + account split, agent read-back"
    return cs


def pos_iban():
    cs = Case("positive", "")
    ib = gen_iban()
    if R.random() < 0.55:
        form = ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                   " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        cs.c(ch(["IBAN: ", "my iban is ", "Pay to IBAN ", "Bank details - IBAN "]), (form, "IBAN"),
             ch(["", " BIC " + ch(["AIBKIE2D", "NWBKGB2L", "INGBNL2A", "DEUTDEFF"]), "."]))
        cs.a("Thanks, the refund of €", str(R.randint(15, 600)), " will be sent within 5 working days.")
        cs.note = "chat: IBAN (%s) with BIC distractor" % ib[:2]
    else:
        loc = "ie" if ib[:2] == "IE" else "uk"
        cc = sp_letter(ib[0], 0.3) + " " + sp_letter(ib[1], 0.3) + " " + sp_pair(ib[2:4], loc)
        rest = ib[4:]
        chunks = [rest[i:i + 4] for i in range(0, len(rest), 4)]
        sp = [sp_alnum(c, loc, 0.3) for c in chunks]
        cs.a("and the i ban for the refund")
        cs.c(ch(["okay ", "right so ", ""]), (cc + " " + " ".join(sp[:2]), "IBAN"))
        cs.a(ch(BACK))
        cs.c((" ".join(sp[2:]), "IBAN"))
        cs.note = "ASR: IBAN (%s) spelled over two turns" % ib[:2]
    return cs


# ---------------- phone ----------------
def pos_phone():
    cs = Case("positive", "")
    r = R.random()
    if r < 0.35:
        p = gen_us_phone()
        ext = digs(R.randint(3, 4), True)
        form = ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                   "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                   "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
        if R.random() < 0.6:
            form += ch([" ext. ", " x", " ext ", " extension "]) + ext
            cs.note = "chat: US phone with extension (extension inside span)"
        else:
            cs.note = "chat: US phone"
        cs.c(ch(["Best number to reach me at work: ", "call back on ", "Tel: ", "my cell is ", "ph "]), (form, "PHONE"),
             ch(["", " after 5pm", " between 9 and 11"]))
        cs.a("Got it, we'll call you back within 24 hours.")
    elif r < 0.65:
        p = gen_us_phone()
        cs.a("what's a good callback number")
        body = join_sp([sp_group(p[:3], "us", ch(["d", "h"])), sp_group(p[3:6], "us", "d"), sp_group(p[6:], "us", ch(["d", "p"]))])
        if R.random() < 0.4:
            body = ch(["one ", "plus one "]) + body
        if R.random() < 0.5:
            body += ch([" extension ", " and then extension ", " ext "]) + sp_digits(digs(3, True), "us")
            cs.note = "ASR: US phone with spoken extension"
        else:
            cs.note = "ASR: US phone"
        cs.c(ch(["yeah it's ", "", "um ", "you can reach me at "]), (body, "PHONE"))
        cs.a("and is that a mobile or landline")
    else:
        loc = ch(["uk", "ie"])
        if loc == "uk":
            nat = "07" + digs(9)
            intl = "+44 " + nat[1:5] + " " + nat[5:]
            nform = nat[:5] + " " + nat[5:]
        else:
            nat = "08" + ch("35679") + digs(7)
            intl = "+353 " + nat[1:3] + " " + nat[3:6] + " " + nat[6:]
            nform = nat[:3] + " " + nat[3:6] + " " + nat[6:]
        if R.random() < 0.5:
            cs.c(ch(["mob: ", "Mobile number ", "pls text me on ", "new no. is "]), (ch([intl, nform, nat, intl.replace(" ", "")]), "PHONE"))
            cs.a("Thanks, I've updated your contact number.")
            cs.note = "chat: %s mobile" % loc.upper()
        else:
            cs.a("what number are you calling from")
            gs = spoken_groups(nat, [5, 6] if loc == "uk" else [3, 3, 4], loc, 0.2)
            if R.random() < 0.5:
                cs.c((gs[0], "PHONE"))
                cs.a(ch(BACK))
                cs.c((" ".join(gs[1:]), "PHONE"))
                cs.note = "ASR: %s mobile split over turns" % loc.upper()
            else:
                pref = "plus four four " if loc == "uk" else "plus three five three "
                cs.c(ch(["it's ", ""]), (pref + join_sp(spoken_groups(nat[1:], [4, 6] if loc == "uk" else [2, 3, 4], loc, 0.2)), "PHONE"))
                cs.note = "ASR: %s mobile with country code" % loc.upper()
    return cs


# ---------------- email ----------------
def pos_email():
    cs = Case("positive", "")
    f, l, dom = ch(FIRST), ch(LAST), ch(DOMAINS)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    user = ch(["%s.%s", "%s_%s", "%s%s", "%s.%s"]) % (f, l) if R.random() < 0.7 else f[0] + l
    user += num
    if R.random() < 0.45:
        em = user + "@" + dom
        if R.random() < 0.3:
            em = em.title() if R.random() < 0.5 else em.upper()
        cs.c(ch(["email: ", "pls send the receipt to ", "my e-mail is ", "Contact: "]), (em, "EMAIL"), ch(["", " thx", "."]))
        cs.a("Done - a copy has been sent.")
        cs.note = "chat: email address"
    else:
        def spw(s):
            out = []
            for part in re.split(r"([._])", s):
                if part == ".":
                    out.append("dot")
                elif part == "_":
                    out.append("underscore")
                elif part.isdigit():
                    out.append(" ".join(UNITW[int(c)] for c in part))
                elif part:
                    out.append(part if R.random() < 0.7 else " ".join(part))
            return " ".join(out)
        spoken = spw(user) + " at " + spw(dom)
        cs.a("and an email address for the confirmation")
        cs.c(ch(["yeah it's ", "", "so it's "]), (spoken, "EMAIL"))
        cs.a("so ", (spw(user) + " at " + spw(dom), "EMAIL"), ch([" yeah", " is that right"]))
        cs.c("yep")
        cs.note = "ASR: spoken email with dot/at/underscore + read-back"
    return cs


# ---------------- DOB ----------------
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def pos_dob():
    cs = Case("positive", "")
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2004)
    if R.random() < 0.45:
        form = ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%02d" % (m, d, y % 100), "%d-%02d-%02d" % (y, m, d),
                   "%d %s %d" % (d, MONTHS[m - 1].title()[:3], y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                   "%02d.%02d.%d" % (d, m, y)])
        cs.a("Please confirm your date of birth for security.")
        cs.c(ch(["DOB ", "dob: ", "born ", "", "D.O.B. "]), (form, "DOB"))
        cs.a("Thank you, you're verified. Your appointment on ", "%d %s" % (R.randint(1, 28), MONTHS[R.randrange(12)].title()),
             " at 2:30pm is confirmed.")
        cs.note = "chat: DOB; appointment date is a negative distractor"
    else:
        yy = "nineteen " + sp_pair(str(y)[2:], "uk") if y < 2000 else "two thousand and " + UNITW[y - 2000]
        form = ch(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], yy), "%s %s %s" % (MONTHS[m - 1], ORD[d], yy),
                   "%s %s %s" % (sp_digits("%02d" % d, "uk"), sp_digits("%02d" % m, "uk"), sp_pair(str(y)[2:], "uk")),
                   "%s %s uh %s" % (ORD[d], MONTHS[m - 1], yy)])
        cs.a(ch(["and your date of birth", "can you confirm the patient's date of birth",
                 "first line of security, date of birth please"]))
        cs.c(ch(["", "it's ", "he was born on ", "yeah "]), (form, "DOB"), ch(["", " so i'm %d" % (2025 - y)]))
        cs.note = "ASR: spoken DOB (age is a negative)"
    return cs


# ---------------- address / postcode ----------------
def pos_address():
    cs = Case("positive", "")
    r = R.random()
    if r < 0.35:
        no = str(R.randint(1, 240))
        st = ch(UK_STREETS)
        flat = ch(["", "Flat %d, " % R.randint(1, 12), "Flat %d%s " % (R.randint(1, 9), ch("AB")), ""])
        pc = ch(UK_PC)
        cs.c(ch(["New address: ", "I've moved to ", "Deliver to "]), (flat + no + " " + st, "ADDRESS"), ", ",
             ch(UK_TOWNS), " ", (ch([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
        cs.a("Thanks, your address has been updated and your next bill will go there.")
        cs.note = "chat: UK address + postcode"
    elif r < 0.7:
        town, stt, z3 = ch(US_TOWNS)
        no = str(R.randint(10, 9999))
        st = ch(US_STREETS)
        st = ch([st, st.replace("Avenue", "Ave").replace("Street", "St").replace("Drive", "Dr").replace("Road", "Rd")])
        apt = ch(["", "", " Apt %d" % R.randint(1, 40), ", Unit %s" % (str(R.randint(1, 9)) + ch("ABC")), " #%d" % R.randint(100, 999)])
        z = z3 + digs(2) + (("-" + digs(4)) if R.random() < 0.6 else "")
        cs.c(ch(["Shipping address: ", "mail it to ", "my billing address is "]), (no + " " + ch(["", "N ", "W. ", "S "]) + st + apt, "ADDRESS"),
             ", ", town, ", ", stt, " ", (z, "POSTCODE"))
        cs.a("Thanks! Your order ships in 2-3 days.")
        cs.note = "chat: US address + ZIP%s" % ("+4" if "-" in z else "")
    else:
        loc = ch(["uk", "us"])
        if loc == "uk":
            no = R.randint(2, 199)
            nos = ch([sp_hund("%03d" % no, "uk") if no >= 100 else (sp_pair("%02d" % no, "uk") if no >= 10 else UNITW[no]), str(no)])
            pc = ch(UK_PC)
            pcs = " ".join(sp_alnum(x, "uk", 0.3) for x in pc.split())
            cs.a("and the first line of the address")
            cs.c(ch(["", "it's ", "um "]), (nos + " " + ch(UK_STREETS).lower(), "ADDRESS"), " ", ch(UK_TOWNS).lower())
            cs.a("and the postcode")
            cs.c((pcs, "POSTCODE"))
            cs.note = "ASR: UK address + spelled postcode"
        else:
            town, stt, z3 = ch(US_TOWNS)
            z = z3 + digs(2)
            z4 = digs(4)
            cs.a("can i get the street address")
            cs.c(ch(["", "yeah it's "]), (sp_group(str(R.randint(100, 999)), "us", "h") + " " + ch(US_STREETS).lower(), "ADDRESS"),
                 " in ", town.lower())
            cs.a("and the zip")
            zt = sp_digits(z, "us") + (ch([" dash ", " "]) + sp_digits(z4, "us") if R.random() < 0.6 else "")
            cs.c((zt, "POSTCODE"))
            cs.note = "ASR: US street address + spoken ZIP/ZIP+4"
    return cs


# ---------------- combined / multi-type ----------------
def pos_combo_healthcare():
    cs = Case("positive", "healthcare billing: DOB + SSN + member ID (member ID negative)")
    s = gen_ssn()
    mem = ch(["W", "XJ", "ZGP"]) + digs(9)
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1999)
    cs.a("thank you for calling patient billing, can i have the patient's date of birth")
    cs.c((MONTHS[m - 1] + " " + ORD[d] + " nineteen " + sp_pair(str(y)[2:], "us"), "DOB"))
    cs.a("and the member id on the insurance card")
    cs.c("member id is ", sp_alnum(mem, "us", 0.2))
    cs.a("and for the self-pay plan i'll need the social")
    cs.c(ch(["okay ", "sure "]), (join_sp(spoken_groups(s, [3, 2, 4], "us", 0.3)), "SSN"))
    cs.a("thank you, the balance is three hundred and twelve dollars")
    return cs


def pos_combo_gov():
    cs = Case("positive", "government services: NI number + DOB + postcode, with reference number negative")
    n = gen_ni()
    pc = ch(UK_PC)
    ref = digs(10, True)
    cs.a("you're through to the pension service, have you got a reference number")
    cs.c("yeah it's ", sp_digits(ref, "uk"))
    cs.a("and your national insurance number")
    parts = ni_spoken(n)
    cs.c((" ".join(parts[:2]), "NI_NUMBER"))
    cs.a(ch(BACK))
    cs.c((" ".join(parts[2:]), "NI_NUMBER"))
    cs.a("and the postcode")
    cs.c((pc.lower() if R.random() < 0.5 else " ".join(sp_alnum(x, "uk", 0.2) for x in pc.split()), "POSTCODE"))
    return cs


def pos_combo_telecom_us():
    cs = Case("positive", "")
    s = gen_ssn()
    p = gen_us_phone()
    cs.c("Hi I want to port my number ", ("%s-%s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"), " to a new plan")
    cs.a("Sure. For credit check please send the account holder's SSN. Don't share your 4-digit PIN.")
    cs.c((ch(["%s %s %s" % (s[:3], s[3:6], s[6:]), "%s-%s-%s" % (s[:3], s[3:5], s[5:]), s]), "SSN"), " PIN is ", digs(4))
    cs.note = "telecom chat: phone + SSN (odd 3-3-3 grouping possible); account PIN negative"
    return cs


POS_BUILDERS = [
    (pos_card_chat, 20), (pos_card_asr_split, 22), (pos_card_correction, 8), (pos_card_aside, 7),
    (pos_card_email, 6), (pos_card_lastfour_after_full, 5),
    (pos_ssn_chat, 10), (pos_ssn_asr, 14), (pos_ssn_last4, 4), (pos_ssn_correction, 3),
    (pos_ni_chat, 10), (pos_ni_asr, 14),
    (pos_us_bank, 9), (pos_uk_bank, 9), (pos_iban, 12), (pos_phone, 18), (pos_email, 12), (pos_dob, 12),
    (pos_address, 16), (pos_combo_healthcare, 5), (pos_combo_gov, 5), (pos_combo_telecom_us, 4),
]


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def neg(note):
    return Case("negative", note)


def n_order_luhn():
    cs = neg("order number that is 16 digits and Luhn-valid, said with its label")
    o = gen_card()
    cs.c("Where is my order? Order number ", typed_group(o, [4, 4, 4, 4], ch([" ", "-", ""])))
    cs.a("Order ", o, " was dispatched on ", str(R.randint(1, 28)), " ", MONTHS[R.randrange(12)].title(), ".")
    return cs


def n_claim_spoken():
    cs = neg("US claim number spoken in SSN-like 3-2-4 grouping, with label")
    c = digs(9, True)
    cs.a("do you have the claim number")
    cs.c("yeah the claim number is ", join_sp(spoken_groups(c, [3, 2, 4], "us", 0.2)))
    cs.a("thanks so claim ", sp_digits(c, "us"), " was processed on the third and paid at eighty percent")
    return cs


def n_member_id():
    cs = neg("health plan member ID and group number said with labels")
    mid = ch(["XWB", "JQH", "W"]) + digs(9)
    cs.a("Can I have the member ID from the insurance card?")
    cs.c(ch(["Member ID ", "member id: ", "ID# "]), mid, ch([", group number ", " grp "]), digs(6))
    cs.a("Thanks, your copay for the visit on the 14th was $35.")
    return cs


def n_npi():
    cs = neg("provider NPI (10 digits, Luhn-style) said with label")
    npi = luhn_complete("80840" + ch("12"), 15)[5:]
    if R.random() < 0.5:
        cs.c("the provider NPI is ", npi, " and tax id on the claim is ", digs(2), "-", digs(7))
    else:
        cs.a("what's the rendering provider's n p i")
        cs.c("n p i ", join_sp(spoken_groups(npi, [3, 3, 4], "us", 0.2)))
    cs.a("thank you the claim was billed on october second")
    return cs


def n_medicare():
    cs = neg("Medicare-style beneficiary ID (MBI format) said with its label")
    L = "ACDEFGHJKMNPQRTUVWXY"
    mbi = str(R.randint(1, 9)) + ch(L) + ch(L + "0123456789") + str(R.randrange(10)) + ch(L) + ch(L + "0123456789") + \
        str(R.randrange(10)) + ch(L) + ch(L) + str(R.randrange(10)) + str(R.randrange(10))
    cs.c("My Medicare number is ", ch([mbi, mbi[:4] + "-" + mbi[4:7] + "-" + mbi[7:]]), ", the new card.")
    cs.a("Thanks, I see Part B coverage starting January 1, 2026.")
    return cs


def n_amounts():
    cs = neg("amounts, balances, percentages")
    cs.c(ch(["why is my bill $", "my balance says £", "you charged me €"]), "%d.%02d" % (R.randint(100, 4999), R.randint(0, 99)),
         " when it was ", str(R.randint(40, 90)), ".99 last month?")
    cs.a("There's a ", str(R.randint(2, 20)), "% price rise plus a one-off £", str(R.randint(5, 50)), " fee. Your balance is now ",
         "{:,}".format(R.randint(1000, 99999)), ".", digs(2), ".")
    return cs


def n_amount_spoken():
    cs = neg("spoken amounts and durations")
    cs.c("so i paid " + sp_hund("%03d" % R.randint(111, 999), "uk") + " pounds and " + sp_pair("%02d" % R.randint(11, 99), "uk") +
         " pence on the fourth and it's been twenty five minutes on hold")
    cs.a("sorry about the wait, that's forty eight pounds a month for twenty four months")
    return cs


def n_tracking():
    cs = neg("tracking numbers (UPS 1Z, long numeric) said with label")
    t = ch(["1Z" + "".join(ch("0123456789ABCDEFGHJKLMNPRTVWXY") for _ in range(16)), "9400" + digs(18), digs(12, True)])
    cs.c("tracking number ", t, " says delivered but nothing here")
    cs.a("I'm sorry, I've opened ticket #", digs(7, True), " for the carrier.")
    return cs


def n_ticket_spoken():
    cs = neg("reference number read like a card (4x4 grouping) but labelled as reference")
    ref = digs(16, True)
    cs.a("have you got the reference number from the letter")
    gs = spoken_groups(ref, [4, 4, 4, 4], ch(["uk", "us"]), 0.2)
    cs.c("the reference is ", " ".join(gs[:2]))
    cs.a(ch(BACK))
    cs.c(" ".join(gs[2:]))
    cs.a("thanks that reference is for the complaint from march")
    return cs


def n_meter():
    cs = neg("utility meter reading and meter serial number")
    cs.c("Meter reading today: ", digs(5, True), " (day) and ", digs(5, True), " (night). Meter serial ", ch(["E", "S", "K"]),
         digs(2), "K", digs(5))
    cs.a("Thanks, your next bill will be based on those readings.")
    return cs


def n_meter_spoken():
    cs = neg("meter reading spoken digit by digit")
    cs.a("what's the reading on the gas meter")
    cs.c("it says " + sp_digits(digs(5, True), "uk") + " and then the red numbers " + sp_digits(digs(3), "uk"))
    cs.a("lovely i'll pop that on")
    return cs


def n_travel():
    cs = neg("flight, booking reference, gate, seat, times")
    cs.c("Booking ref ", "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), " - flight ", ch(["BA", "EI", "UA", "FR", "DL"]),
         str(R.randint(100, 9999)), " on ", str(R.randint(1, 28)), " ", MONTHS[R.randrange(12)].title(), ", seat ", str(R.randint(1, 40)),
         ch("ABCDEF"), ". Can I change it?")
    cs.a("Yes, the " + "%02d:%02d" % (R.randint(5, 22), ch([0, 15, 30, 45])) + " departs from gate B", str(R.randint(1, 60)),
         ". Change fee is $", str(R.randint(50, 300)), ".")
    return cs


def n_hotel():
    cs = neg("hotel room number, confirmation number, check-in time")
    cs.a("welcome back, you're in room " + sp_hund("%03d" % R.randint(101, 999), "us") + " and your confirmation number is "
         + sp_digits(digs(9, True), "us"))
    cs.c("great and what time is checkout, is it eleven")
    cs.a("checkout is twelve noon")
    return cs


def n_policy():
    cs = neg("insurance policy number and claim number said with labels")
    cs.c(ch(["Policy no: ", "policy number "]), ch(["HX", "PL", "MTR"]), digs(8), ch([", claim ", " claim ref "]), digs(10, True))
    cs.a("Thanks, your excess is £", str(R.randint(100, 500)), " and the claim will be reviewed within 10 working days.")
    return cs


def n_last_four():
    cs = neg("card last-four only (PCI allows), no full card in case")
    l4 = digs(4)
    if R.random() < 0.5:
        cs.c("I want to pay with the card ending " + l4)
        cs.a("Sure, I've taken £" + str(R.randint(10, 200)) + " from the card ending in " + l4 + ".")
    else:
        cs.a("is that still the visa ending " + sp_digits(l4, "us"))
        cs.c("yeah the one ending in " + sp_group(l4, "us", "p"))
    return cs


def n_dates():
    cs = neg("appointment / payment / contract dates and years (not DOB)")
    d, m = R.randint(1, 28), R.randrange(12)
    cs.a(ch(["your appointment is on the ", "the next payment is taken on the ", "the contract ends on the "]), ORD[d], " of ",
         MONTHS[m], " ", ch(["twenty twenty six", "two thousand and twenty six", "2026"]))
    cs.c("ok and i've been with you since " + ch(["2011", "twenty eleven", "nineteen ninety nine"]))
    return cs


def n_serial_model():
    cs = neg("device serial and model numbers, IMEI said with label")
    imei = luhn_complete("35" + digs(6), 15)
    cs.c("Phone model ", ch(["SM-G991B", "A2643", "XT2201-3"]), " IMEI ", imei, " serial ", ch(["F2LX", "R58N"]), digs(8))
    cs.a("Thanks, the repair is booked for Tuesday between 8am and 12pm.")
    return cs


def n_roads():
    cs = neg("road names and route numbers, no house number")
    cs.c(ch(["there's a fault on the ", "the outage is near the "]), ch(["A40", "M25 junction 14", "I-95", "Route 66", "N11"]),
         ch([" by the roundabout", " near exit 12", " off the main road"]))
    cs.a("Thanks, we have " + str(R.randint(2, 400)) + " customers affected; estimated fix " + str(R.randint(1, 9)) + " hours.")
    return cs


def n_misc_numbers():
    cs = neg("ages, counts, temperatures, opening hours")
    cs.c("my dad's " + str(R.randint(60, 95)) + " and the heating's stuck at " + str(R.randint(12, 30)) + " degrees, we've got "
         + str(R.randint(2, 6)) + " radiators")
    cs.a("We're open 8am to 8pm Monday to Friday, 9 till 5 Saturday. An engineer can come within 48 hours.")
    return cs


def n_account_pin_spoken_hundreds():
    cs = neg("customer/loyalty account reference spoken in hundreds, labelled as customer reference")
    cs.a("and your customer reference is on the top right of the letter")
    cs.c("customer reference " + sp_hund("%03d" % R.randint(111, 999), "uk") + " " + sp_hund("%03d" % R.randint(111, 999), "uk")
         + " " + sp_digits(digs(3), "uk"))
    cs.a("perfect that's the loyalty account")
    return cs


def n_invoice_long():
    cs = neg("long invoice and tax ID style numbers with labels")
    cs.c("Invoice ", digs(12, True), " / PO ", digs(9, True), " / VAT reg GB", digs(9))
    cs.a("Thanks - that invoice of $", "{:,}".format(R.randint(1000, 90000)), " is due in 30 days.")
    return cs


def n_phone_like_reference():
    cs = neg("case number formatted like a phone number but labelled as case number")
    c = gen_us_phone()
    cs.a("your case number is " + "%s-%s-%s" % (c[:3], c[3:6], c[6:]) + ", please keep it for your records")
    cs.c("ok case " + c[:3] + " " + c[3:6] + " " + c[6:] + ", got it")
    return cs


def n_zip_like():
    cs = neg("5-digit and 9-digit numbers that are not ZIPs: store number, prescription (Rx) number")
    cs.c("Store #", digs(5, True), ", Rx number ", digs(7, True), "-", digs(5), " - is my prescription ready?")
    cs.a("Yes, it'll be ready after 3:00 pm, copay $", str(R.randint(5, 40)), ".")
    return cs


NEG_BUILDERS = [
    (n_order_luhn, 7), (n_claim_spoken, 7), (n_member_id, 6), (n_npi, 6), (n_medicare, 5), (n_amounts, 5),
    (n_amount_spoken, 4), (n_tracking, 4), (n_ticket_spoken, 5), (n_meter, 4), (n_meter_spoken, 3), (n_travel, 5),
    (n_hotel, 3), (n_policy, 5), (n_last_four, 7), (n_dates, 5), (n_serial_model, 4), (n_roads, 4),
    (n_misc_numbers, 4), (n_account_pin_spoken_hundreds, 3), (n_invoice_long, 4), (n_phone_like_reference, 4),
    (n_zip_like, 4),
]


def build():
    plan = [f for f, n in POS_BUILDERS for _ in range(n)]
    R.shuffle(plan)
    lines = []
    for i, f in enumerate(plan, 1):
        cs = f()
        lines.append({"id": "h437-pos-%03d" % i, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans, "note": cs.note})
    nplan = [f for f, n in NEG_BUILDERS for _ in range(n)]
    R.shuffle(nplan)
    for i, f in enumerate(nplan, 1):
        cs = f()
        lines.append({"id": "h437-neg-%03d" % i, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans, "note": cs.note})
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines)


# --------------------------------------------------------------------------
# validation (normalise spoken forms, then check each value)
# --------------------------------------------------------------------------
W_UNIT = {w: str(i) for i, w in enumerate(UNITW)}
W_UNIT.update({"oh": "0", "o": "0", "nought": "0"})
W_TEEN = {w: str(10 + i) for i, w in enumerate(TEENW)}
W_TENS = {w: str(i) for i, w in enumerate(TENSW) if w}
NATO_REV = {v.replace("-", ""): k.lower() for k, v in NATO.items()}
NATO_REV.update({"juliett": "j", "whisky": "w", "xray": "x"})
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "space", "slash", "then", "of"}


def normalise(text):
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP:
            i += 1
        elif t == "+" or t == "plus":
            out.append("+"); i += 1
        elif t in ("double", "triple") and nx is not None:
            v = normalise(nx)
            out.append(v * (2 if t == "double" else 3)); i += 2
        elif len(t) == 1 and t.isalpha() and t != "o" and (nx == "for" or (nx == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            out.append(t); i += 3 if nx == "for" else 4
        elif t in W_UNIT and nx == "hundred":
            out.append(W_UNIT[t]); i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            t2 = toks[i] if i < len(toks) else None
            t3 = toks[i + 1] if i + 1 < len(toks) else None
            if t2 in W_TENS:
                if t3 in W_UNIT and t3 not in ("zero", "oh", "o", "nought"):
                    out.append(W_TENS[t2] + W_UNIT[t3]); i += 2
                else:
                    out.append(W_TENS[t2] + "0"); i += 1
            elif t2 in W_TEEN:
                out.append(W_TEEN[t2]); i += 1
            elif t2 in W_UNIT:
                out.append("0" + W_UNIT[t2]); i += 1
            else:
                out.append("00")
        elif t in W_UNIT:
            out.append(W_UNIT[t]); i += 1
        elif t in W_TEEN:
            out.append(W_TEEN[t]); i += 1
        elif t in W_TENS:
            if nx in W_UNIT and nx not in ("zero", "oh", "o", "nought"):
                out.append(W_TENS[t] + W_UNIT[nx]); i += 2
            else:
                out.append(W_TENS[t] + "0"); i += 1
        elif t in NATO_REV:
            out.append(NATO_REV[t]); i += 1
        else:
            out.append(t); i += 1
    return "".join(out).upper()


MONTH_RE = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"


def v_card(s):
    d = normalise(s)
    return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)


def v_ssn(s):
    d = normalise(s)
    if d.isdigit() and len(d) == 4:
        return True
    return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def v_ni(s):
    d = normalise(s)
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d)) and d[:2] not in NI_BAD


def v_iban(s):
    d = normalise(s)
    lens = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "ES": 24, "FR": 27}
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", d) or lens.get(d[:2]) != len(d):
        return False
    r = d[4:] + d[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def v_phone(s):
    main = re.split(r"\b(?:ext|extension|x)\b\.?", s.lower())[0]
    if re.search(r"\d", s) and re.search(r"x\d+$", s.lower()):
        main = re.sub(r"\s*x\d+$", "", s.lower())
    d = normalise(main)
    dd = d.lstrip("+")
    return dd.isdigit() and 10 <= len(dd) <= 13


def v_email(s):
    if "@" not in s:
        toks = s.lower().split()
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        m.update({w: str(i) for i, w in enumerate(UNITW)})
        s = "".join(m.get(t, t) for t in toks)
    return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", s))


def v_date(s, dob):
    l = s.lower()
    if re.search(MONTH_RE, l):
        return True
    if re.fullmatch(r"\d{1,4}[/.\-]\d{1,2}([/.\-]\d{2,4})?", l.replace(" ", "")):
        return True
    d = normalise(s)
    if d.isdigit() and len(d) in (4, 6, 8):
        parts = [int(d[i:i + 2]) for i in (0, 2)]
        return (1 <= parts[0] <= 12) or (1 <= parts[1] <= 12)
    return False


def v_postcode(s):
    d = normalise(s)
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", d) or re.fullmatch(r"\d{5}(\d{4})?", d))


STREET_SFX = r"(road|rd|lane|street|st|close|avenue|ave|grove|drive|dr|walk|crescent|terrace|way|boulevard|court|place|parkway|park)"


def v_address(s):
    l = s.lower()
    first = l.split()[0].strip(",")
    starts = first.isdigit() or first in W_UNIT or first in W_TENS or first in W_TEEN or first in ("flat", "apt", "unit")
    return starts and bool(re.search(r"\b" + STREET_SFX + r"\b", l))


def v_sort(s):
    d = normalise(s)
    return d.isdigit() and len(d) == 6


def v_bank(s):
    d = normalise(s)
    return d.isdigit() and 4 <= len(d) <= 17


def v_cvv(s):
    d = normalise(s)
    return d.isdigit() and len(d) in (3, 4)


VALID = {"CARD_NUMBER": v_card, "SSN": v_ssn, "NI_NUMBER": v_ni, "IBAN": v_iban, "PHONE": v_phone, "EMAIL": v_email,
         "DOB": lambda s: v_date(s, True), "EXPIRY": lambda s: v_date(s, False), "POSTCODE": v_postcode,
         "ADDRESS": v_address, "SORT_CODE": v_sort, "BANK_ACCOUNT": v_bank, "CVV": v_cvv}


def check(text):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, line in enumerate(text.splitlines(), 1):
        c = json.loads(line)
        cid = c["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(cid + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(cid + ": negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + ": bad speaker")
        byturn = {}
        for sp in c["spans"]:
            counts[sp["type"]] += 1
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append("%s: span out of range" % cid); continue
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[s:e]))
            if not (txt[s].isalnum() and txt[e - 1].isalnum()):
                errs.append("%s: span edge not alnum %r" % (cid, txt[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for tl in byturn.values():
            tl.sort()
            for a, b in zip(tl, tl[1:]):
                if b[0] < a[1]:
                    errs.append(cid + ": overlapping spans")
        # value validation with split/fragment handling
        for typ in TYPES:
            sps = sorted([sp for sp in c["spans"] if sp["type"] == typ], key=lambda x: (x["turn"], x["start"]))
            vals = [c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]] for sp in sps]
            ok = [VALID[typ](v) for v in vals]
            full = [normalise(v) for v, o in zip(vals, ok) if o]
            for a in range(len(vals)):
                for b in range(a + 2, min(len(vals), a + 6) + 1):
                    joined = " ".join(vals[a:b])
                    if VALID[typ](joined):
                        full.append(normalise(joined))
                        for k in range(a, b):
                            ok[k] = True
            for v, o in zip(vals, ok):
                if o:
                    continue
                nv = normalise(v)
                if any(len(nv) >= 2 and (f.startswith(nv) or f.endswith(nv)) for f in full):
                    continue  # partial read-back / last four of a full value in the same case
                if any(len(nv) >= 3 and f.startswith(nv[:-1]) for f in full):
                    continue  # aborted reading whose last digit was the slip that was corrected

                errs.append("%s: invalid %s value %r" % (cid, typ, v))
    return errs, counts, npos, nneg


def main():
    text = build()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            old = fh.read()
        errs = []
        if old != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
        e2, counts, npos, nneg = check(old)
        errs += e2
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        mins = {t: 10 for t in TYPES}
        mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, m in mins.items():
            if counts[t] < m:
                errs.append("too few %s spans: %d < %d" % (t, counts[t], m))
        for e in errs:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK", "FAILED" if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout526 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so character offsets are computed, never typed.

    python scripts/make_pii_holdout526.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout526.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 526241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout526", "cases.jsonl")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)  # the one and only generator


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment. group ties together the parts of one value."""
    def __init__(self, typ, text, group=None):
        assert typ in TYPES, typ
        self.typ, self.text, self.group = typ, text, group


def T(speaker, *segs):
    return (speaker, list(segs))


def build(kind, turns, note):
    out_turns, spans, meta = [], [], []
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                g = s.group
                if g is None:
                    auto += 1
                    g = "_auto%d" % auto
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                meta.append(g)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans
    return {"kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


# ---------------------------------------------------------------- spoken numbers
UNITW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENSW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
         8: "eighty", 9: "ninety"}
ZEROS_UK = ["oh", "nought", "oh", "zero", "o", "nought"]
ZEROS_US = ["oh", "zero", "o", "zero"]
FILL = ["um", "uh", "er", "erm"]
NATO = {c: w for c, w in zip("abcdefghijklmnopqrstuvwxyz", [
    "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
    "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
    "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu"])}
FOLK = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
        "f": "freddie", "g": "george", "h": "harry", "j": "john", "k": "king",
        "l": "london", "m": "mother", "n": "nelly", "p": "peter", "r": "robert",
        "s": "sugar", "t": "tommy", "w": "william", "x": "xray", "y": "yellow",
        "z": "zebra", "o": "orange", "i": "ireland", "q": "queen", "u": "uncle", "v": "victor"}


def dw(d, z):
    return z if d == "0" else UNITW[int(d)]


def say_run(s, z, dbl=True, treble="treble"):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        w = dw(s[i], z)
        if dbl and n == 2 and R.random() < 0.75:
            out.append("double " + w)
        elif dbl and n == 3 and R.random() < 0.8:
            out.append(ch([treble + " " + w, "double %s %s" % (w, w)]))
        elif dbl and n >= 4:
            out.append("double %s double %s" % (w, w) + (" " + w) * (n - 4))
        else:
            out.extend([w] * n)
        i = j
    return " ".join(out)


def say_pair(p, z):
    if p[0] == "0" or (p[0] != "1" and p[1] == "0"):
        return say_run(p, z)
    if p[0] == "1":
        return TEENW[int(p[1])]
    return TENSW[int(p[0])] + " " + UNITW[int(p[1])]


def say_pairs(s, z):
    parts = [say_pair(s[i:i + 2], z) for i in range(0, len(s) - 1, 2)]
    if len(s) % 2:
        parts.append(dw(s[-1], z))
    return " ".join(parts)


def say_hund(s, z):
    if len(s) != 3 or s[0] == "0":
        return None
    h = UNITW[int(s[0])] + " hundred"
    rest = s[1:]
    if rest == "00":
        return h
    if rest[0] == "0":
        return h + " and " + UNITW[int(rest[1])]
    if rest[0] == "1":
        return h + " and " + TEENW[int(rest[1])]
    if rest[1] == "0":
        return None
    return h + " and " + TENSW[int(rest[0])] + " " + UNITW[int(rest[1])]


def say_chunk(s, z, mode=None, treble="treble"):
    mode = mode or ch(["digits", "digits", "pairs", "mixed", "hund"])
    if mode == "hund" and len(s) == 3:
        h = say_hund(s, z)
        if h:
            return h
        mode = "digits"
    if mode == "pairs" and len(s) >= 2:
        return say_pairs(s, z)
    if mode == "mixed" and len(s) == 4:
        return say_run(s[:2], z, treble=treble) + " " + say_pair(s[2:], z)
    return say_run(s, z, treble=treble)


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def spoken(s, sizes, z=None, mode=None, fill=0.15, seps=(" ", ", ", " ", "... ")):
    z = z or ch(ZEROS_UK)
    treble = ch(["treble", "triple", "treble"])
    parts = [say_chunk(g, z, mode, treble) for g in split_groups(s, sizes)]
    out = parts[0]
    for p in parts[1:]:
        if R.random() < fill:
            out += ch([" um ", " uh ", ", er, ", " erm "]) + p
        else:
            out += ch(seps) + p
    return out


def typed(s, sizes, sep=" "):
    return sep.join(split_groups(s, sizes))


def say_letter(c, style=None):
    style = style or ch(["plain", "plain", "nato", "folk", "asin"])
    if c == "o" and style == "plain":
        style = "nato"
    if style == "plain":
        return c
    if style == "nato":
        return "%s for %s" % (c, NATO[c])
    if style == "asin":
        return "%s as in %s" % (c, NATO[c])
    return "%s for %s" % (c, FOLK.get(c, NATO[c]))


# ---------------------------------------------------------------- value makers
def luhn_check(body):
    tot = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    pre, ln = {"visa": ("4", 16), "mc": (ch(["51", "53", "55", "2221"]), 16),
               "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "maestro19": ("6759", 19)}[kind]
    body = pre + rdig(ln - 1 - len(pre))
    return body + luhn_check(body)


def card_sizes(c):
    return {15: [4, 6, 5], 13: [4, 3, 3, 3], 19: [4, 4, 4, 4, 3]}.get(len(c), [4, 4, 4, 4])


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNOPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI1) + ch(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + ch("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_digits(s):
    return "".join(str(int(c, 36)) for c in s)


def make_iban(cc=None):
    cc = cc or ch(["GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    bban = {"GB": lambda: ch(["NWBK", "BARC", "LOYD", "MIDL"]) + rdig(14),
            "IE": lambda: ch(["AIBK", "BOFI", "IPBS"]) + rdig(14),
            "DE": lambda: rdig(18),
            "NL": lambda: ch(["ABNA", "INGB", "RABO"]) + rdig(10),
            "FR": lambda: rdig(23),
            "ES": lambda: rdig(20)}[cc]()
    chk = 98 - int(iban_digits(bban + cc + "00")) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    return len(s) >= 15 and int(iban_digits(s[4:] + s[:4])) % 97 == 1


def make_uk_mobile():
    return "07" + ch(["700", "712", "734", "788", "809", "931", "956", "411", "552"]) + rdig(6)


def make_uk_land():
    return ch(["020" + ch(["7", "8"]) + rdig(7), "0161" + rdig(7), "0113" + rdig(7),
               "0141" + rdig(7), "0117" + rdig(7), "028" + "90" + rdig(6),
               "01632" + rdig(6), "0131" + rdig(7)])


def make_ie_mobile():
    return "08" + ch("35679") + rdig(7)


def make_us_phone():
    return ch("23456789") + rdig(2) + ch("23456789") + rdig(6)


UK_PC = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 2NG", "BT7 1NN",
         "CF10 1EP", "LS6 2AB", "G12 8QQ", "NE4 7DJ", "BS8 1TH", "PL4 6RJ", "SE15 4QL",
         "N16 7UX", "WA14 2DT", "KY16 9AJ", "AB10 1XG", "NG7 2RD", "EC1V 9HX", "L8 3SW",
         "HU5 2QP", "CB2 1TN", "OX4 3DZ", "E17 4PA", "BD9 4RN", "S11 8YA"]
EIR = ["D02 X285", "A65 F4E2", "T12 K8AF", "D6W Y2P7", "H91 E2R8", "V94 T9PX", "D08 VF8H",
       "R95 EX50", "X91 K0EK", "F92 PN24", "D15 XR2W", "P31 AW80", "K78 Y7N2"]
US_ZIP = ["10027", "94110", "60614", "30309", "02139", "73301", "98103", "33133",
          "80202", "19104", "55408", "85004", "20009", "46202"]
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EIR_RE = re.compile(r"^[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}$")
US_RE = re.compile(r"^\d{5}(\d{4})?$")

FIRST = ["siobhan", "ciaran", "aoife", "gareth", "nia", "callum", "ayesha", "declan",
         "priya", "tomasz", "megan", "rory", "fiona", "kwame", "sinead", "dylan", "olu",
         "bethan", "padraig", "lucy", "marcus", "jo", "harpreet", "niamh", "stuart"]
LAST = ["o'brien", "mcallister", "jones", "nakamura", "fitzgerald", "patel", "doyle",
        "kowalski", "macleod", "hughes", "okafor", "byrne", "evans", "campbell", "walsh",
        "oconnor", "reid", "kaur", "murphy", "thomson", "lynch", "davies"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "btinternet.com",
           "icloud.com", "eircom.net", "sky.com", "proton.me", "live.ie", "aol.com"]
STREETS = ["Acacia", "Mill", "Station", "Church", "Gortnamona", "Harbour", "Glebe",
           "Ashgrove", "Victoria", "Kingsway", "Bramble", "Larkfield", "Orchard", "Castle",
           "Strand", "Beechwood", "Fairview", "Maple", "Hawthorn", "Clonliffe", "Penlan"]
SUFFIX = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Terrace",
          "Grove", "Park", "Way", "Gardens", "Court", "Place", "View", "Rise"]
TOWNS_UK = ["Leeds", "Cardiff", "Belfast", "Glasgow", "Bristol", "Sheffield", "Hull",
            "Swansea", "Derby", "Norwich", "Plymouth"]
TOWNS_IE = ["Dublin", "Cork", "Galway", "Limerick", "Athlone", "Tralee", "Sligo", "Wexford"]
TOWNS_US = ["Brooklyn", "Oakland", "Chicago", "Atlanta", "Austin", "Seattle", "Denver"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sept", "oct", "nov", "dec"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordw(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    return TENSW[d // 10] + " " + ORD[d % 10]


def numw(n):
    if n < 10:
        return UNITW[n]
    if n < 20:
        return TEENW[n - 10]
    return TENSW[n // 10] + ("" if n % 10 == 0 else " " + UNITW[n % 10])


def yearw(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + numw(y - 2000))
    return numw(y // 100) + " " + (numw(y % 100) if y % 100 >= 10 else "oh " + UNITW[y % 10])


def make_email(typed_=True):
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    d = ch(DOMAINS)
    style = R.randrange(5)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    if style == 0:
        loc = [f, ".", l]
    elif style == 1:
        loc = [f[0], ".", l]
    elif style == 2:
        loc = [f, "_", l]
    elif style == 3:
        loc = [f + l]
    else:
        loc = [l, ".", f[0]]
    if num:
        loc.append(num)
    if typed_:
        e = "".join(loc) + "@" + d
        if R.random() < 0.2:
            e = e.capitalize() if R.random() < 0.5 else e.upper()
        return e
    words = []
    for p in loc:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p.isdigit():
            words.append(numw(int(p)))
        elif len(p) == 1:
            words.append(say_letter(p, ch(["plain", "nato"])))
        else:
            words.append(p)
    dom = d.split(".")
    words.append("at")
    words.append(" dot ".join(dom))
    return " ".join(words)


def make_address(spoken_=False, us=False):
    n = R.randint(1, 240)
    st = ch(STREETS) + " " + ch(SUFFIX)
    flat = R.random() < 0.3
    fl = R.randint(1, 24)
    if not spoken_:
        if us:
            a = "%d %s" % (R.randint(10, 9800), st.replace("Gardens", "Street"))
            if flat:
                a += ", Apt %d%s" % (fl, ch("ABC"))
            return a
        s = "%d %s" % (n, st)
        if flat:
            s = ch(["Flat %d, ", "flat %d ", "Apt %d, ", "Unit %d, "]) % fl + s
        if R.random() < 0.15:
            s = s.lower()
        return s
    num = ch([numw(n) if n < 100 else say_hund("%03d" % n, "oh") or say_run(str(n), "oh"),
              say_run(str(n), "oh")])
    s = "%s %s" % (num, st.lower())
    if flat:
        s = ch(["flat %s ", "flat %s, ", "apartment %s "]) % numw(fl) + s
    return s


def pc_spoken(pc):
    out = []
    for part in pc.lower().split():
        out.append(" ".join(dw(c, ch(["oh", "zero", "nought"])) if c.isdigit()
                            else say_letter(c, ch(["plain", "plain", "nato", "folk"]))
                            for c in part))
    return ch([", ", " ", "... "]).join(out)


def pc_typed(pc):
    r = R.random()
    if r < 0.2:
        return pc.replace(" ", "")
    if r < 0.35:
        return pc.lower()
    return pc


def dob_val(spoken_):
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if not spoken_:
        return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y),
                   "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                   "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                   "%02d.%02d.%02d" % (d, m, y % 100), "%d%s %s %d" % (d, "th" if 3 < d < 21 else "", MABBR[m - 1], y)])
    r = R.randrange(4)
    if r == 0:
        return "the %s of %s %s" % (ordw(d), MONTHS[m - 1], yearw(y))
    if r == 1:
        return "%s %s %s" % (ordw(d), MONTHS[m - 1], yearw(y))
    if r == 2:
        return "%s %s %s" % (MONTHS[m - 1], ordw(d), yearw(y))
    z = ch(ZEROS_UK)
    return "%s %s %s" % (say_pair("%02d" % d, z), say_pair("%02d" % m, z), yearw(y) if R.random() < .5 else say_pair("%02d" % (y % 100), z))


def exp_val(spoken_):
    m = R.randint(1, 12)
    y = R.randint(25, 32)
    if not spoken_:
        return ch(["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y), "%02d %d" % (m, y),
                   "%s %d" % (MABBR[m - 1].capitalize(), y), "%02d/%d" % (m, y)])
    z = ch(ZEROS_UK)
    r = R.randrange(4)
    if r == 0:
        return "%s %s" % (say_pair("%02d" % m, z), numw(y) if y >= 20 else say_pair(str(y), z))
    if r == 1:
        return "%s twenty %s" % (MONTHS[m - 1], numw(y))
    if r == 2:
        return "%s slash %s" % (say_pair("%02d" % m, z), numw(y))
    return "%s two thousand and %s" % (MONTHS[m - 1], numw(y))


# ---------------------------------------------------------------- contexts
UK_ORGS = [("banking", "Halden Bank"), ("telecom", "Skyline Mobile"), ("utilities", "Northwold Energy"),
           ("retail", "Brightmart"), ("insurance", "Castlegate Insurance"), ("travel", "Celtic Sea Ferries"),
           ("government", "the benefits helpline"), ("healthcare", "Meadowbank Dental billing")]
IE_ORGS = [("banking", "Liffey Credit Union"), ("utilities", "Emerald Power"), ("telecom", "Atlantic Broadband"),
           ("insurance", "Shannon Motor Insurance"), ("travel", "Aer Bridge"), ("government", "the motor tax office")]
US_ORGS = [("healthcare", "Lakeside Medical billing"), ("banking", "First Prairie Bank"), ("insurance", "Summit Auto Insurance"),
           ("government", "the state unemployment office"), ("retail", "Hartwell's"), ("telecom", "Bluewave Wireless")]
BACK = ["mhm", "mm-hmm", "yep", "go on", "okay", "yeah", "right", "uh huh", "lovely", "grand", "got that", "ok go on"]


def org(region):
    return ch({"UK": UK_ORGS, "IE": IE_ORGS, "US": US_ORGS}[region])


def agent_open(region):
    ind, o = org(region)
    return ind, o, ch(["thanks for calling %s, how can i help", "you're through to %s, what can i do for you today",
                       "hello, %s, you're speaking to sam", "good morning, %s customer services"]) % o


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    region = ch(["UK", "IE", "US"])
    ind, o = org(region)
    c = make_card()
    sep = ch([" ", "-", "", " ", "  "])
    sizes = card_sizes(c) if R.random() < 0.7 else ch([[4, 6, 6], [3, 3, 3, 3, 4], [8, 8], [6, 10], [4, 4, 8]])
    cs = typed(c, sizes, sep)
    cv = rdig(4 if len(c) == 15 else 3)
    lab = ch(["card no: ", "Card number - ", "card ", "long number: ", "pan ", "CC#: ", "its "])
    turns = [T("agent", "Hi, this is %s web chat. To take the payment please type the long card number, expiry and security code." % o),
             T("customer", lab, V("CARD_NUMBER", cs), ch([" exp ", ", expires ", " valid to ", " / exp: "]), V("EXPIRY", exp_val(False)),
               ch([" cvv ", ", sec code ", " and the digits on back are ", " cvc: "]), V("CVV", cv))]
    if R.random() < 0.5:
        turns.append(T("agent", "Thanks, that's gone through. Your order ref is %s." % ("BM" + rdig(8))))
    return turns, "%s %s chat: typed card, expiry, cvv" % (region, ind)


def p_card_asr_split():
    region = ch(["UK", "UK", "IE", "US"])
    ind, o, op = agent_open(region)
    c = make_card()
    z = ch(ZEROS_US if region == "US" else ZEROS_UK)
    groups = split_groups(c, card_sizes(c) if R.random() < 0.6 else ch([[4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 3, 3, 3, 3], [6, 6, 4]]))
    turns = [T("agent", op),
             T("customer", "i want to pay off my bill please"),
             T("agent", "no problem, can i take the long number across the front of the card")]
    gi = 0
    first = True
    while gi < len(groups):
        take = R.randint(1, 2)
        chunk = groups[gi:gi + take]
        gi += take
        txt = spoken("".join(chunk), [len(x) for x in chunk], z=z)
        lead = ch(["yeah it's ", "okay so ", "", "right ", "it's um "]) if first else ch(["", "then ", "", "and "])
        turns.append(T("customer", lead, V("CARD_NUMBER", txt, "card")))
        first = False
        if gi < len(groups):
            turns.append(T("agent", ch(BACK)))
    turns.append(T("agent", "and the expiry date"))
    turns.append(T("customer", ch(["", "it's ", "expires "]), V("EXPIRY", exp_val(True))))
    turns.append(T("agent", "and finally the three digit security number on the back"))
    cv = rdig(4 if len(c) == 15 else 3)
    turns.append(T("customer", V("CVV", spoken(cv, [len(cv)], z=z, mode=ch(["digits", "hund"])))))
    return turns, "%s %s call: card read in groups over turns with back-channels" % (region, ind)


def p_card_restart():
    region = ch(["UK", "IE", "US"])
    ind, o, op = agent_open(region)
    c = make_card("visa" if R.random() < .5 else "mc")
    z = ch(ZEROS_UK)
    g = split_groups(c, [4, 4, 4, 4])
    frag = spoken(g[0] + g[1][:2], [4, 2], z=z, mode="digits")
    full = spoken(c, [4, 4, 4, 4], z=z, fill=0.3)
    turns = [T("agent", op), T("customer", "hiya, i'm ringing to make a payment on my account"),
             T("agent", "lovely, when you're ready, the card number"),
             T("customer", V("CARD_NUMBER", frag, "partial1"), ch([" no wait, sorry that's the old card, hang on ",
                                                                 " ... sorry, no, let me start again ",
                                                                 " hold on i've read that wrong "])),
             T("agent", ch(["no bother, take your time", "that's fine, from the start"])),
             T("customer", "right, ", V("CARD_NUMBER", full, "card"))]
    if R.random() < 0.6:
        rb = " ".join(g)
        turns.append(T("agent", "so that's ", V("CARD_NUMBER", spoken(c, [4, 4, 4, 4], z=z, mode="digits", fill=0), "rb"), ", yes?"))
        turns.append(T("customer", "yes that's it"))
    turns.append(T("agent", "and expiry"))
    turns.append(T("customer", V("EXPIRY", exp_val(True)), " i think, yeah"))
    return turns, "%s %s call: card reading abandoned and restarted, agent read-back" % (region, ind)


def p_card_aside():
    region = ch(["UK", "IE"])
    ind, o, op = agent_open(region)
    c = make_card("visa" if R.random() < .5 else "mc")
    z = ch(ZEROS_UK)
    g = split_groups(c, [4, 4, 4, 4])
    aside = ch([" sorry the dog's going mad here, ", " hang on let me get my glasses, right, ", " kids will you be quiet i'm on the phone, sorry, ",
                " bear with me the light's bad in here, "])
    cv = rdig(3)
    turns = [T("agent", op), T("customer", "i need to make a payment by card"),
             T("agent", "that's fine, go ahead with the card number"),
             T("customer", V("CARD_NUMBER", spoken(g[0] + g[1], [4, 4], z=z), "card"), aside,
               V("CARD_NUMBER", spoken(g[2] + g[3], [4, 4], z=z), "card")),
             T("agent", "thank you and the security code"),
             T("customer", V("CVV", say_hund(cv, z) if say_hund(cv, z) and R.random() < .5 else say_run(cv, z))),
             T("agent", "and the card ending %s expires when" % say_run(g[3], z, dbl=False)),
             T("customer", V("EXPIRY", exp_val(True)))]
    # agent's card-ending mention in a case where the full card was read: labelled
    sp = turns[6][1]
    turns[6] = T("agent", "and the card ending ", V("CARD_NUMBER", say_run(g[3], z, dbl=False), "last4"), " expires when")
    return turns, "%s %s call: aside in the middle of a card reading; last four after full read is labelled" % (region, ind)


def p_card_email():
    ind, o = org(ch(["UK", "IE"]))
    c = make_card()
    odd = ch([[4, 4, 4, 4], [4, 6, 6], [2, 2, 2, 2, 2, 2, 2, 2], [5, 5, 6], [3, 4, 4, 5]])
    cs = typed(c, odd, ch([" ", ".", "-", " - "]))
    ordn = rdig(ch([10, 12, 16]))
    body = ch(["Hi team, please charge the cancellation fee of 45.00 to my card ", "hello re order %s can u take payment from card " % ordn,
               "Dear Sir/Madam, I authorise a one-off payment using card "])
    turns = [T("customer", body, V("CARD_NUMBER", cs), ch([", expiry ", " exp. ", " - exp "]), V("EXPIRY", exp_val(False)),
               ch([" cvv ", ", security no. ", " sec: "]), V("CVV", rdig(4 if len(c) == 15 else 3)), ". Thanks"),
             T("agent", "Thank you, we have processed the payment. Please do not send card details by e-mail in future.")]
    return turns, "%s e-mail: card number with odd grouping and distractor order number" % ind


def p_card_pairs_readback():
    region = ch(["UK", "IE", "US"])
    ind, o, op = agent_open(region)
    c = make_card(ch(["visa", "mc", "disc"]))
    z = ch(ZEROS_UK if region != "US" else ZEROS_US)
    g = split_groups(c, [4, 4, 4, 4])
    turns = [T("agent", op), T("customer", "i'd like to clear what's owed on the account now"),
             T("agent", "okay the card number please"),
             T("customer", V("CARD_NUMBER", " ".join(say_pairs(x, z) for x in g), "card")),
             T("agent", "let me read that back, ", V("CARD_NUMBER", typed(c, [4, 4, 4, 4]), "rb"), ", correct?"),
             T("customer", ch(["yes", "yep that's right", "correct"])),
             T("agent", "great, i'll just confirm the card ending ", V("CARD_NUMBER", g[3], "last4"), " has been charged 89 pounds 50")]
    return turns, "%s %s call: card in pairs, typed-style agent read-back, last four after full read" % (region, ind)


def p_ssn_chat():
    ind, o = org("US")
    s = make_ssn()
    st = ch([typed(s, [3, 2, 4], "-"), typed(s, [3, 2, 4], " "), s, typed(s, [3, 2, 4], ".")])
    lab = ch(["SSN: ", "ssn is ", "social: ", "Social Security # ", "my ss# ", ""])
    turns = [T("agent", "Welcome to %s chat. To verify your identity I need your Social Security number and date of birth." % o),
             T("customer", lab, V("SSN", st), ch([" dob ", " and DOB: ", ", born "]), V("DOB", dob_val(False)))]
    if R.random() < 0.5:
        turns.append(T("agent", "Thanks. Your claim number %s is now in review." % ("CLM-" + rdig(9))))
    return turns, "US %s chat: typed SSN and DOB, claim number distractor" % ind


def p_ssn_asr():
    ind, o, op = agent_open("US")
    s = make_ssn()
    z = ch(ZEROS_US)
    g = split_groups(s, [3, 2, 4])
    turns = [T("agent", op), T("customer", "yeah i got a letter about my account"),
             T("agent", "i can help with that, can i get your social security number")]
    if R.random() < 0.5:
        turns.append(T("customer", ch(["sure it's ", "okay uh it's ", ""]), V("SSN", spoken(s, [3, 2, 4], z=z, fill=0.3), "ssn")))
    else:
        turns.append(T("customer", ch(["", "it's "]), V("SSN", spoken(g[0], [3], z=z), "ssn")))
        turns.append(T("agent", ch(BACK)))
        turns.append(T("customer", V("SSN", spoken(g[1] + g[2], [2, 4], z=z), "ssn")))
    if R.random() < 0.6:
        turns.append(T("agent", "thank you, so that's ", V("SSN", spoken(s, [3, 2, 4], z=z, mode="digits", fill=0), "rb")))
        turns.append(T("customer", "mhm"))
    turns.append(T("agent", "and your date of birth"))
    turns.append(T("customer", V("DOB", dob_val(True))))
    return turns, "US %s call: spoken SSN, possibly split, agent read-back, DOB" % ind


def ni_spoken(n):
    n = n.lower()
    letters = " ".join(say_letter(c) for c in n[:2])
    z = ch(ZEROS_UK)
    digs = spoken(n[2:8], ch([[2, 2, 2], [3, 3], [6], [2, 4], [4, 2]]), z=z, fill=0.2)
    return letters, digs, say_letter(n[8])


def p_ni_asr():
    ind, o, op = agent_open("UK")
    n = make_ni()
    a, b, c = ni_spoken(n)
    turns = [T("agent", op), T("customer", "i'm phoning about my claim, i've not had a payment"),
             T("agent", "sorry to hear that, can i take your national insurance number")]
    r = R.randrange(3)
    if r == 0:
        turns.append(T("customer", ch(["yeah it's ", "", "right it's "]), V("NI_NUMBER", "%s %s %s" % (a, b, c), "ni")))
    elif r == 1:
        turns.append(T("customer", V("NI_NUMBER", a, "ni")))
        turns.append(T("agent", ch(BACK)))
        turns.append(T("customer", V("NI_NUMBER", b, "ni")))
        turns.append(T("agent", ch(["and the letter at the end", "and the last letter"])))
        turns.append(T("customer", V("NI_NUMBER", c, "ni")))
    else:
        turns.append(T("customer", V("NI_NUMBER", "%s %s" % (a, b), "ni"), ch([" and then ", " and the end letter's ", ", "]),
                       V("NI_NUMBER", c, "ni")))
    if R.random() < 0.6:
        nn = n.lower()
        turns.append(T("agent", "let me just check, ", V("NI_NUMBER", "%s %s %s" % (" ".join(say_letter(x, "plain") for x in nn[:2]), spoken(nn[2:8], [2, 2, 2], mode="digits", fill=0), say_letter(nn[8], "plain")), "rb"), "?"))
        turns.append(T("customer", ch(["that's right", "yes", "aye that's it"])))
    if R.random() < 0.5:
        turns.append(T("agent", "and the first line of the address and postcode"))
        pc = ch(UK_PC)
        turns.append(T("customer", V("ADDRESS", make_address(True)), ch([", ", " ", " in %s, " % ch(TOWNS_UK).lower()]), V("POSTCODE", pc_spoken(pc))))
    return turns, "UK %s call: NI number spoken with letters, possible split and read-back" % ind


def p_ni_chat():
    ind, o = org("UK")
    n = make_ni()
    fmt = R.randrange(5)
    ns = [n, n.lower(), typed(n, [2, 2, 2, 2, 1], " "), n[:2] + " " + n[2:8] + " " + n[8], typed(n.lower(), [2, 2, 2, 2, 1], " ")][fmt]
    lab = ch(["NI no: ", "ni number is ", "Nat Ins: ", "NINO ", "my national insurance number's "])
    turns = [T("agent", "Hello, you're chatting with %s. Please confirm your National Insurance number and date of birth." % o),
             T("customer", lab, V("NI_NUMBER", ns), ch([" and dob ", ", DOB ", " born "]), V("DOB", dob_val(False)))]
    if R.random() < 0.4:
        turns.append(T("customer", "oh and my mobile is ", V("PHONE", ch([typed(make_uk_mobile(), [5, 6]), "+44 " + typed(make_uk_mobile()[1:], [4, 6])]))))
    return turns, "UK %s chat: NI number typed with case/spacing variation" % ind


def p_ni_ssn_mix():
    # government services: someone who worked in both countries
    s = make_ssn()
    n = make_ni()
    turns = [T("agent", "Pension Service overseas team, how can I help?"),
             T("customer", "i worked in the states for ten years, my american social security number is ",
               V("SSN", ch([typed(s, [3, 2, 4], "-"), spoken(s, [3, 2, 4], z="zero")]))),
             T("agent", "okay and your UK national insurance number"),
             T("customer", V("NI_NUMBER", ch([typed(n, [2, 2, 2, 2, 1], " "), " ".join(ni_spoken(n))])))]
    return turns, "UK government call: both SSN and NI number"


def sc_spoken(sc):
    z = ch(ZEROS_UK)
    return spoken(sc, ch([[2, 2, 2], [2, 2, 2], [3, 3], [6], [2, 4]]), z=z, fill=0.1)


def acct_spoken(a):
    z = ch(ZEROS_UK)
    return spoken(a, ch([[4, 4], [3, 3, 2], [2, 3, 3], [8], [4, 2, 2], [2, 2, 2, 2]]) if len(a) == 8 else [3, 3, 4], z=z, fill=0.2)


def p_bank_asr():
    region = ch(["UK", "UK", "IE"])
    ind, o, op = agent_open(region)
    sc = ch(["20", "40", "60", "30", "83", "90", "93", "11", "77", "09"]) + rdig(4)
    ac = rdig(8)
    turns = [T("agent", op), T("customer", "i want to set up a direct debit for the monthly payments"),
             T("agent", "no problem, what's the sort code")]
    if R.random() < 0.4:
        g = split_groups(sc, [2, 2, 2])
        turns.append(T("customer", V("SORT_CODE", sc_spoken(g[0] + g[1]), "sc")))
        turns.append(T("agent", ch(BACK)))
        turns.append(T("customer", V("SORT_CODE", say_pair(g[2], ch(ZEROS_UK)) if R.random() < .5 else say_run(g[2], "nought"), "sc")))
    else:
        turns.append(T("customer", ch(["it's ", "", "sort code's ", "um "]), V("SORT_CODE", sc_spoken(sc))))
    turns.append(T("agent", "and the account number"))
    if R.random() < 0.4:
        turns.append(T("customer", V("BANK_ACCOUNT", acct_spoken(ac[:4]) if False else spoken(ac[:4], [4], z=ch(ZEROS_UK)), "ac")))
        turns.append(T("agent", ch(BACK)))
        turns.append(T("customer", V("BANK_ACCOUNT", spoken(ac[4:], ch([[4], [2, 2]]), z=ch(ZEROS_UK)), "ac")))
    else:
        turns.append(T("customer", V("BANK_ACCOUNT", acct_spoken(ac))))
    if R.random() < 0.5:
        turns.append(T("agent", "so sort code ", V("SORT_CODE", typed(sc, [2, 2, 2], "-") if R.random() < .5 else sc_spoken(sc), "rb1"),
                       ", account ", V("BANK_ACCOUNT", spoken(ac, [4, 4], z="oh", mode="digits", fill=0), "rb2"), ", and that'll come out on the first of the month"))
    return turns, "%s %s call: sort code and account number spoken with regional habits" % (region, ind)


def p_bank_typed():
    region = ch(["UK", "US", "IE"])
    ind, o = org(region)
    if region == "US":
        ac = rdig(ch([10, 11, 12]))
        rt = rdig(9)
        turns = [T("customer", "Hi, for the refund please use routing %s, acct no: " % rt, V("BANK_ACCOUNT", ac), ". thx"),
                 T("agent", "Thanks, the refund of $212.40 will arrive in 3-5 business days.")]
        return turns, "US %s chat: account number with routing number (routing not labelled)" % ind
    sc = rdig(6)
    ac = rdig(8)
    f = R.randrange(3)
    scs = [typed(sc, [2, 2, 2], "-"), typed(sc, [2, 2, 2], " "), sc][f]
    lab1, lab2 = ch([("S/C: ", " A/C: "), ("sort code ", " acc no "), ("sortcode:", " account:"), ("SC ", " ACCT ")])
    turns = [T("agent", "Please provide the bank details for the refund."),
             T("customer", lab1, V("SORT_CODE", scs), lab2, V("BANK_ACCOUNT", ac if R.random() < .6 else typed(ac, [4, 4])),
               ch(["", " (joint account)", " - name on acc is %s %s" % (ch(FIRST).title(), ch(LAST).title())]))]
    return turns, "%s %s chat: sort code and account number with labels" % (region, ind)


def p_iban_typed():
    cc = ch(["IE", "IE", "GB", "DE", "NL", "FR", "ES"])
    ib = make_iban(cc)
    f = R.randrange(4)
    ibs = [typed(ib, [4] * 8, " "), ib, typed(ib, [4] * 8, " ").lower(), typed(ib, [2, 2] + [4] * 7, " ")][f]
    turns = [T("agent", "Could you send the IBAN for the repayment?"),
             T("customer", ch(["IBAN: ", "iban is ", "Here: ", ""]), V("IBAN", ibs), ch([" BIC AIBKIE2D", "", " thanks", " (BIC INGBNL2A)"]))]
    return turns, "%s IBAN typed, BIC not labelled" % cc


def p_iban_spoken():
    cc = ch(["IE", "GB", "IE"])
    ib = make_iban(cc).lower()
    z = ch(ZEROS_UK)
    head = " ".join(say_letter(c, ch(["plain", "nato"])) for c in ib[:2]) + " " + say_pair(ib[2:4], z)
    bank = " ".join(say_letter(c, ch(["plain", "plain", "folk"])) for c in ib[4:8])
    rest = spoken(ib[8:], [2, 2, 2, 4, 4], z=z, fill=0.2)
    turns = [T("agent", "for the international transfer i'll need the iban"),
             T("customer", V("IBAN", head + " " + bank, "ib")),
             T("agent", ch(BACK)),
             T("customer", V("IBAN", rest, "ib")),
             T("agent", "thank you, that's validated")]
    return turns, "%s IBAN spoken over two turns with letter spelling" % cc.upper()


def phone_val(kind):
    z = ch(ZEROS_UK)
    if kind == "ukmob":
        m = make_uk_mobile()
        r = R.randrange(5)
        return [typed(m, [5, 6]), "+44 " + typed(m[1:], [4, 6]), "+44 (0)" + typed(m[1:], [4, 3, 3]),
                spoken(m, ch([[5, 6], [5, 3, 3], [4, 3, 4], [2, 3, 3, 3]]), z=z, fill=0.15),
                "plus four four " + spoken(m[1:], [4, 3, 3], z=z)][r]
    if kind == "ukland":
        m = make_uk_land()
        sz = [3, 4, 4] if m.startswith("02") else ([5, 6] if m.startswith("016") else [4, 3, 4])
        return ch([typed(m, sz), "(" + m[:sz[0]] + ") " + typed(m[sz[0]:], sz[1:]), spoken(m, sz, z=z), "+44 " + typed(m[1:], [s - (i == 0) for i, s in enumerate(sz)])])
    if kind == "ie":
        m = ch([make_ie_mobile(), "01" + rdig(7)])
        sz = [3, 3, 4] if m.startswith("08") else [2, 3, 4]
        return ch([typed(m, sz), "+353 " + typed(m[1:], [s - (i == 0) for i, s in enumerate(sz)]), spoken(m, sz, z=z),
                   "plus three five three " + spoken(m[1:], [s - (i == 0) for i, s in enumerate(sz)], z=z)])
    m = make_us_phone()
    return ch(["(%s) %s-%s" % (m[:3], m[3:6], m[6:]), "%s-%s-%s" % (m[:3], m[3:6], m[6:]), "+1 %s %s %s" % (m[:3], m[3:6], m[6:]),
               spoken(m, [3, 3, 4], z=ch(ZEROS_US)), "%s.%s.%s" % (m[:3], m[3:6], m[6:])])


def p_phone_asr():
    region = ch(["UK", "UK", "IE", "US"])
    ind, o, op = agent_open(region)
    kind = {"UK": ch(["ukmob", "ukmob", "ukland"]), "IE": "ie", "US": "us"}[region]
    turns = [T("agent", op), T("customer", "i need to update my contact details"),
             T("agent", "sure, what's the best number to reach you on")]
    if kind in ("ukmob",) and R.random() < 0.5:
        m = make_uk_mobile()
        z = ch(ZEROS_UK)
        turns.append(T("customer", "it's a mobile, ", V("PHONE", spoken(m[:5], [5], z=z), "ph")))
        turns.append(T("agent", ch(BACK)))
        turns.append(T("customer", V("PHONE", spoken(m[5:], ch([[3, 3], [6], [2, 2, 2]]), z=z), "ph")))
        if R.random() < .6:
            turns.append(T("agent", "so ", V("PHONE", typed(m, [5, 3, 3]), "rb"), " yeah?"))
    else:
        turns.append(T("customer", ch(["", "yeah it's ", "best one's ", "um "]), V("PHONE", phone_val(kind))))
    turns.append(T("agent", "and are you still at the same address"))
    turns.append(T("customer", "yes same address"))
    return turns, "%s %s call: phone number read out, possibly split" % (region, ind)


def p_phone_email_chat():
    region = ch(["UK", "IE", "US"])
    ind, o = org(region)
    kind = {"UK": ch(["ukmob", "ukland"]), "IE": "ie", "US": "us"}[region]
    e = make_email(True)
    turns = [T("agent", "Thanks for contacting %s. What contact details should we use?" % o),
             T("customer", ch(["email ", "Email: ", "e-mail is "]), V("EMAIL", e), ch([" and mob ", " / tel: ", ", phone "]), V("PHONE", phone_val(kind)))]
    if R.random() < .5:
        turns.append(T("agent", "Updated. Ticket %s is now closed." % ("#" + rdig(7))))
    return turns, "%s %s chat: typed email and phone" % (region, ind)


def p_email_asr():
    region = ch(["UK", "IE", "US"])
    ind, o, op = agent_open(region)
    e = make_email(False)
    turns = [T("agent", op), T("customer", "i never got the confirmation email"),
             T("agent", "let me check the email address we have, can you read it out")]
    if R.random() < .5 and " at " in e:
        a, b = e.split(" at ", 1)
        turns.append(T("customer", V("EMAIL", a, "em")))
        turns.append(T("agent", ch(BACK + ["at"])))
        turns.append(T("customer", V("EMAIL", "at " + b, "em")))
    else:
        turns.append(T("customer", ch(["it's ", "", "yeah it's "]), V("EMAIL", e)))
    turns.append(T("agent", "ah there's a typo on the system, i'll fix that now"))
    return turns, "%s %s call: spoken email address" % (region, ind)


def p_addr_uk():
    ind, o, op = agent_open("UK")
    pc = ch(UK_PC)
    sp = R.random() < .6
    turns = [T("agent", op), T("customer", "i've moved house and need to change my address"),
             T("agent", "okay, what's the new address")]
    if sp:
        turns.append(T("customer", V("ADDRESS", make_address(True)), ch([", ", " ", " in "]), ch(TOWNS_UK).lower()))
        turns.append(T("agent", "and the postcode"))
        turns.append(T("customer", V("POSTCODE", pc_spoken(pc))))
    else:
        turns.append(T("customer", V("ADDRESS", make_address(False)), ", " + ch(TOWNS_UK) + ", ", V("POSTCODE", pc_typed(pc))))
    if R.random() < .4:
        turns.append(T("agent", "and a date of birth to go with that"))
        turns.append(T("customer", V("DOB", dob_val(sp))))
    return turns, "UK %s: address and postcode" % ind


def p_addr_ie():
    ind, o, op = agent_open("IE")
    ec = ch(EIR)
    sp = R.random() < .6
    turns = [T("agent", op), T("customer", "it's about the connection at the new house")]
    if sp:
        turns.append(T("agent", "and what's the address there"))
        turns.append(T("customer", V("ADDRESS", make_address(True)), ", ", ch(TOWNS_IE).lower(), ", the eircode is ", V("POSTCODE", pc_spoken(ec))))
    else:
        turns.append(T("agent", "can you type the address in the chat"))
        turns.append(T("customer", V("ADDRESS", make_address(False)), ", " + ch(TOWNS_IE) + ", Co. " + ch(["Dublin", "Cork", "Galway", "Kerry"]) + " ", V("POSTCODE", pc_typed(ec))))
    if R.random() < .5:
        turns.append(T("agent", "and a contact number"))
        turns.append(T("customer", V("PHONE", phone_val("ie"))))
    return turns, "IE %s: address with Eircode" % ind


def p_addr_us():
    ind, o = org("US")
    z = ch(US_ZIP) + (("-" + rdig(4)) if R.random() < .3 else "")
    sp = R.random() < .4
    if sp:
        turns = [T("agent", "what's the billing address on the account"),
                 T("customer", V("ADDRESS", make_address(True)), ", ", ch(TOWNS_US).lower(), ", zip ", V("POSTCODE", spoken(z.replace("-", ""), [5, 4], z="zero", mode="digits")))]
    else:
        turns = [T("agent", "Please confirm the billing address."),
                 T("customer", V("ADDRESS", make_address(False, us=True)), ", " + ch(TOWNS_US) + ", " + ch(["NY", "CA", "IL", "GA", "TX", "WA"]) + " ", V("POSTCODE", z))]
    return turns, "US %s: billing address and ZIP" % ind


def p_dob_verify():
    region = ch(["UK", "IE", "US"])
    ind, o, op = agent_open(region)
    turns = [T("agent", op), T("customer", "i'm locked out of my online account"),
             T("agent", "i can sort that, first can you confirm your date of birth")]
    d = dob_val(True)
    if R.random() < .3:
        turns.append(T("customer", ch(["it's ", "uh "]), V("DOB", d), ch([" and i'm 46 now", " but everyone thinks i'm younger", ""])))
    else:
        turns.append(T("customer", V("DOB", d)))
    turns.append(T("agent", "thank you and the postcode on the account" if region != "US" else "thank you and the zip code"))
    pc = ch(UK_PC) if region == "UK" else ch(EIR) if region == "IE" else ch(US_ZIP)
    turns.append(T("customer", V("POSTCODE", pc_spoken(pc) if region != "US" else spoken(pc, [5], z="zero", mode="digits"))))
    return turns, "%s %s call: DOB verification plus postcode" % (region, ind)


def p_health_us():
    s = make_ssn()
    turns = [T("agent", "Lakeside Medical billing, this is Dana. Can I get the patient's date of birth?"),
             T("customer", "it's for my son, ", V("DOB", dob_val(ch([True, False])))),
             T("agent", "and the policy holder's social"),
             T("customer", "that's me, ", V("SSN", ch([spoken(s, [3, 2, 4], z="zero"), typed(s, [3, 2, 4], "-")]))),
             T("agent", "thanks, the balance on account 44817 is $312.18. best number to call you back?"),
             T("customer", V("PHONE", phone_val("us")))]
    return turns, "US healthcare billing: DOB, SSN, phone with account/balance distractors"


def p_kitchen_sink_uk():
    ind, o, op = agent_open("UK")
    ni = make_ni()
    turns = [T("agent", op),
             T("customer", "hi, i'm ringing about council tax support, do you need my ni number"),
             T("agent", "yes please"),
             T("customer", V("NI_NUMBER", " ".join(ni_spoken(ni)))),
             T("agent", "and an email we can send the form to"),
             T("customer", V("EMAIL", make_email(False))),
             T("agent", "and your phone number"),
             T("customer", V("PHONE", phone_val(ch(["ukmob", "ukland"]))))]
    return turns, "UK government call: NI, spoken email, phone"


POS = [(p_card_chat, 3), (p_card_asr_split, 4), (p_card_restart, 2), (p_card_aside, 2), (p_card_email, 2),
       (p_card_pairs_readback, 2), (p_ssn_chat, 2), (p_ssn_asr, 2), (p_ni_asr, 3), (p_ni_chat, 2), (p_ni_ssn_mix, 1),
       (p_bank_asr, 3), (p_bank_typed, 2), (p_iban_typed, 1), (p_iban_spoken, 1), (p_phone_asr, 2),
       (p_phone_email_chat, 2), (p_email_asr, 1), (p_addr_uk, 2), (p_addr_ie, 2), (p_addr_us, 1),
       (p_dob_verify, 1), (p_health_us, 1), (p_kitchen_sink_uk, 1)]


# ---------------------------------------------------------------- negative templates
def n_order_like_card():
    ind, o, op = agent_open(ch(["UK", "IE", "US"]))
    n = rdig(16)
    lab = ch(["order number", "tracking number", "reference number", "booking reference", "claim number"])
    return [T("agent", op), T("customer", "i'm chasing my %s, it's %s" % (lab, spoken(n, [4, 4, 4, 4]))),
            T("agent", "thanks, i can see that %s, it's due on the %s" % (lab, ordw(R.randint(2, 28)))),
            ], "%s read in groups of four like a card, labelled %s" % (ind, lab)


def n_amounts():
    a = R.randint(10, 4000)
    p = R.randint(0, 99)
    return [T("agent", "your current balance is %d pounds %d and the minimum payment is %s" % (a, p, numw(R.randint(25, 99)) + " pounds")),
            T("customer", "can i pay %s hundred and %s today" % (UNITW[R.randint(1, 9)], numw(R.randint(11, 99)))),
            T("agent", "yes, that leaves %s outstanding" % ("£%d.%02d" % (R.randint(1, 900), R.randint(0, 99))))], "balances and payment amounts"


def n_meter():
    r = rdig(ch([5, 6, 8]))
    return [T("agent", "Northwold Energy, can i take a meter reading"),
            T("customer", "yeah the reading is %s and the meter serial is %s" % (spoken(r, [len(r)]), ch(["E10K", "S1A"]) + rdig(8))),
            T("agent", "thanks, that's %d kilowatt hours since the last reading on the %s of %s" % (R.randint(100, 2000), ordw(R.randint(1, 28)), ch(MONTHS)))], "meter reading and meter serial"


def n_last4():
    l4 = rdig(4)
    z = ch(ZEROS_UK)
    return [T("agent", "which card would you like to use"),
            T("customer", ch(["the one ending ", "the visa ending in ", "my card ending "]) + ch([say_run(l4, z), l4, say_pairs(l4, z)])),
            T("agent", "okay, card ending %s, that's %s pounds taken" % (l4, numw(R.randint(20, 99))))], "card last four only (not PII)"


def n_travel():
    return [T("customer", "my flight is %s%s at gate %s, seat %d%s" % (ch(["EI", "BA", "FR", "UA"]), R.randint(100, 9999), ch(["B", "C", ""]) + str(R.randint(1, 40)), R.randint(1, 40), ch("ABCDEF"))),
            T("agent", "thanks, boarding at %d:%02d, and your hotel room %d is booked for %d nights" % (R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(100, 999), R.randint(1, 9)))], "flight, gate, seat, room, times"


def n_policy_ref():
    pol = ch(["POL", "HX", "MTR", ""]) + rdig(ch([8, 9, 10, 11]))
    return [T("agent", "what's your policy number"),
            T("customer", "policy number " + ch([pol, spoken(re.sub(r"\D", "", pol), [3, 3, 3])])),
            T("agent", "and the claim reference %s has been updated, excess is %d euro" % (rdig(9), R.choice([150, 250, 350, 500])))], "policy and claim numbers with labels"


def n_times():
    return [T("customer", "what time are you open till"),
            T("agent", "we're open %s to %s monday to friday, and it's about a %d minute wait right now" % (ch(["nine", "8am", "half eight"]), ch(["five thirty", "8pm", "six"]), R.randint(2, 45))),
            T("customer", "okay, my appointment's on the %s of %s at %s" % (ordw(R.randint(1, 28)), ch(MONTHS), ch(["ten fifteen", "2.30", "quarter past four"])))], "opening hours, durations, appointment date"


def n_ages():
    return [T("customer", "my daughter is %s and i'm %d, we've been customers since %d" % (numw(R.randint(3, 17)), R.randint(25, 80), R.randint(1990, 2022))),
            T("agent", "lovely, you qualify for %d percent off, and it'll be %s degrees on the day of the trip" % (R.randint(5, 40), numw(R.randint(11, 35))))], "ages, years, percentages, temperatures"


def n_tracking():
    t = ch(["1Z" + rdig(2) + "A" + rdig(13), "JD" + rdig(18), rdig(22), "RN" + rdig(9) + "GB"])
    return [T("customer", "Tracking no. %s still says in transit" % t),
            T("agent", "Sorry about that. Invoice INV-%s, model %s, serial %s." % (rdig(7), ch(["WX-550", "KD55X81J", "iPhone 13"]), rdig(12)))], "tracking, invoice, model and serial numbers"


def n_roads():
    return [T("customer", "i'm stuck on the %s near junction %d, the breakdown truck said %d minutes" % (ch(["M25", "A40", "N7", "M50", "I-95", "A1(M)"]), R.randint(1, 30), R.randint(20, 90))),
            T("agent", "we can see you, your job number is %s" % rdig(8))], "road names and job numbers"


def n_ticket_spelled():
    ref = "".join(ch("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(2)) + rdig(6) + ch("ABCD")
    return [T("agent", "do you have the reference on the letter"),
            T("customer", "yeah the case reference is " + " ".join(say_letter(c) for c in ref[:2].lower()) + " " + spoken(ref[2:8], [2, 2, 2]) + " " + ref[8].lower()),
            T("agent", "thank you, case reference found")], "case reference spelled like an NI number, explicitly labelled reference"


def n_contract_dates():
    return [T("agent", "your contract started on the %s of %s %s and ends %02d/%02d/%d" % (ordw(R.randint(1, 28)), ch(MONTHS), yearw(R.randint(2019, 2024)), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028))),
            T("customer", "and the direct debit goes out on the %s" % ch(["first", "15th", "twenty eighth"])),
            T("agent", "that's right, %s pounds a month, %d months left" % (numw(R.randint(20, 80)), R.randint(1, 24)))], "contract and payment dates"


def n_invoice_long():
    inv = rdig(ch([13, 16, 19]))
    return [T("customer", "Re: invoice %s - amount due %s" % (typed(inv, [4, 4, 4, 4, 3]), "€%d.%02d" % (R.randint(10, 999), R.randint(0, 99)))),
            T("agent", "Thanks, invoice %s was paid on %d %s." % (inv, R.randint(1, 28), ch(MONTHS).capitalize()))], "long invoice number grouped like a card"


def n_account_ref_utility():
    n = rdig(10)
    return [T("agent", "what's the customer reference on the bill"),
            T("customer", "customer reference is %s" % spoken(n, [3, 3, 4])),
            T("agent", "thanks, your tariff is %d.%d pence per unit" % (R.randint(15, 35), R.randint(1, 99)))], "customer reference number spoken in 3-3-4 like a phone number"


NEG = [n_order_like_card, n_amounts, n_meter, n_last4, n_travel, n_policy_ref, n_times, n_ages, n_tracking,
       n_roads, n_ticket_spelled, n_contract_dates, n_invoice_long, n_account_ref_utility]


# ---------------------------------------------------------------- generation
def generate():
    pool = [f for f, w in POS for _ in range(w)]
    cases, metas = [], []
    for i in range(220):
        f = pool[i % len(pool)] if i < 2 * len(pool) else ch(pool)
        turns, note = f()
        c, m = build("positive", turns, note)
        c["id"] = "h526-pos-%03d" % (i + 1)
        cases.append(c)
        metas.append(m)
    for i in range(112):
        f = NEG[i % len(NEG)]
        turns, note = f()
        c, m = build("negative", turns, note)
        c["id"] = "h526-neg-%03d" % (i + 1)
        cases.append(c)
        metas.append(m)
    ordered = []
    for c in cases:
        ordered.append({"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]})
    return ordered, metas


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- normalisation + validation
UNITS = {w: i for i, w in enumerate(UNITW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENS = {w: 10 + i for i, w in enumerate(TEENW)}
TENS = {w: k for k, w in TENSW.items()}
ORDS = {w: i for i, w in enumerate(ORD) if w}
ORDS["thirtieth"] = 30
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm"}
MONTH_WORDS = set(MONTHS) | set(MABBR) | {"sep"}
NATO_REV = {w: c for c, w in NATO.items()}
SYMW = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}


def parse(text):
    toks = re.findall(r"[a-z]+|\d+|[@._]", text.lower())
    out, i = [], 0

    def small(j):
        if j < len(toks) and toks[j] in TEENS:
            return TEENS[toks[j]], j + 1
        if j < len(toks) and toks[j] in TENS:
            v = TENS[toks[j]] * 10
            if j + 1 < len(toks) and toks[j + 1] in UNITS and UNITS[toks[j + 1]]:
                return v + UNITS[toks[j + 1]], j + 2
            return v, j + 1
        if j < len(toks) and toks[j] in UNITS:
            return UNITS[toks[j]], j + 1
        return None, j

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in FILLERS:
            i += 1
        elif len(t) == 1 and t.isalpha() and (nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            out.append(("let", t))
            i += 3 if nxt == "for" else 4
        elif t.isdigit():
            out.append(("num", t))
            i += 1
        elif t in ("double", "triple", "treble") and (nxt in UNITS or (nxt.isdigit() and len(nxt) == 1)):
            d = str(UNITS[nxt]) if nxt in UNITS else nxt
            out.append(("num", d * (2 if t == "double" else 3)))
            i += 2
        elif t in UNITS and nxt == "hundred":
            v = UNITS[t] * 100
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            s, i = small(i)
            out.append(("num", "%03d" % (v + (s or 0))))
        elif t in UNITS and nxt == "thousand":
            v = UNITS[t] * 1000
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            s, i = small(i)
            out.append(("num", str(v + (s or 0))))
        elif t in UNITS and t != "o" or (t == "o"):
            out.append(("num", str(UNITS[t])))
            i += 1
        elif t in TEENS:
            out.append(("num", str(TEENS[t])))
            i += 1
        elif t in TENS:
            if nxt in ORDS and ORDS[nxt] < 10:
                out.append(("num", str(TENS[t] * 10 + ORDS[nxt])))
                i += 2
            else:
                s, i = small(i)
                out.append(("num", str(s)))
        elif t in ORDS:
            out.append(("num", str(ORDS[t])))
            i += 1
        elif t in MONTH_WORDS:
            out.append(("word", t))
            i += 1
        elif t in NATO_REV:
            out.append(("let", NATO_REV[t]))
            i += 1
        elif len(t) == 1 and t.isalpha():
            out.append(("let", t))
            i += 1
        elif t in SYMW or t in "@._":
            out.append(("sym", SYMW.get(t, t)))
            i += 1
        else:
            out.append(("word", t))
            i += 1
    return out


NONVALUE = {"plus", "slash", "and", "for", "as", "in"}


def compact(text):
    return "".join(v for k, v in parse(text) if k in ("num", "let") or (k == "word" and v not in NONVALUE))


def digits(text):
    return "".join(v for k, v in parse(text) if k == "num")


def date_ok(text, need_year):
    p = parse(text)
    nums = [v for k, v in p if k == "num"]
    months = [v for k, v in p if k == "word" and v in MONTH_WORDS]
    if len(months) == 1 and nums:
        return (len(nums) >= 2) if need_year else True
    d = "".join(nums)
    if months:
        return False
    if need_year:
        return len(nums) == 3 or len(d) in (6, 8)
    return len(nums) == 2 or len(d) in (3, 4, 6)


ADDR_WORDS = set(w.lower() for w in SUFFIX)


def validate(typ, text, partial):
    c = compact(text)
    d = digits(text)
    if partial:
        return bool(d)
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "EXPIRY":
        return date_ok(text, False)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c.upper()))
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 7 <= len(c) <= 12
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 9 <= len(c) <= 13
    if typ == "EMAIL":
        e = "".join(v for k, v in parse(text) if k in ("num", "let", "word", "sym"))
        # typed e-mails keep their digits verbatim; spoken ones were converted
        return bool(re.match(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$", e))
    if typ == "DOB":
        return date_ok(text, True)
    if typ == "POSTCODE":
        u = c.upper()
        return bool(UK_PC_RE.match(u) or EIR_RE.match(u) or US_RE.match(u))
    if typ == "ADDRESS":
        p = parse(text)
        return any(k == "num" for k, _ in p) and any(v in ADDR_WORDS for k, v in p if k == "word")
    return False


def check(cases, metas):
    errs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c, m in zip(cases, metas):
        cid = c["id"]
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative with spans" % cid)
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type" % cid)
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s turn out of range" % cid)
                continue
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % cid)
                continue
            first_ok = tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] in "+(")
            if not first_ok or not tx[b - 1].isalnum():
                errs.append("%s span not trimmed: %r" % (cid, tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (cid, tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for spans in byturn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % cid)
        groups = {}
        for s, g in zip(c["spans"], m):
            groups.setdefault(g, []).append(s)
        for g, ss in groups.items():
            if len({s["type"] for s in ss}) != 1:
                errs.append("%s group with mixed types" % cid)
            txt = " ".join(c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in ss)
            partial = g.startswith("partial") or g.startswith("last4")
            if not validate(ss[0]["type"], txt, partial):
                errs.append("%s invalid %s: %r" % (cid, ss[0]["type"], txt))
    return errs


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    kinds = Counter(c["kind"] for c in cases)
    return cnt, kinds


def main():
    cases, metas = generate()
    data = render(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            on_disk = fh.read()
        errs = []
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
        loaded = [json.loads(l) for l in on_disk.splitlines()]
        errs += check(loaded if len(loaded) == len(metas) else cases, metas)
        cnt, kinds = counts(cases)
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases %s" % dict(kinds))
        need = {t: 10 for t in TYPES}
        need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t, n in need.items():
            if cnt[t] < n:
                errs.append("too few %s spans: %d < %d" % (t, cnt[t], n))
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases: %s; spans: %s" % (dict(kinds), dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    cnt, kinds = counts(cases)
    print("wrote %s: %s; spans: %s" % (OUT, dict(kinds), dict(sorted(cnt.items()))))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout451 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout451.py          # write cases.jsonl
    python scripts/make_pii_holdout451.py --check  # regenerate + verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout451", "cases.jsonl")

R = random.Random(451241125)

# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
NATO_BY = {}
for _w, _l in NATO.items():
    NATO_BY.setdefault(_l, _w)
ALT_WORDS = {"A": "apple", "B": "bob", "C": "charlie", "E": "edward", "G": "george",
             "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
             "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
             "W": "william", "X": "xray", "Y": "yellow", "Z": "zebra"}
FILLERS = {"um", "uh", "erm", "er", "ehm", "hmm", "sorry", "like", "so", "and", "the", "of",
           "st", "nd", "rd", "th", "ah"}
ZERO_WORDS = ["oh", "oh", "zero", "nought", "o"]


def speak_unit(d):
    return R.choice(ZERO_WORDS) if d == "0" else UNITS[int(d)]


def speak_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return speak_unit("0") + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return None
    return TENS[a] + " " + UNITS[b]


def speak_digits(s, style=None, fillers=0.0):
    """Read a digit string aloud as an ASR transcript would show it."""
    style = style or R.choice(["single", "single", "pairs", "mixed"])
    out = []
    i = 0
    while i < len(s):
        rest = len(s) - i
        choice = style
        if style == "mixed":
            choice = R.choice(["single", "pairs", "hundred"])
        if choice == "hundred" and rest >= 3 and s[i] != "0" and s[i + 1:i + 3] != "00" \
                and not (s[i + 1] not in "01" and s[i + 2] == "0"):
            h = UNITS[int(s[i])] + " hundred"
            t = s[i + 1:i + 3]
            if t[0] == "0":
                h += " and " + UNITS[int(t[1])]
            else:
                h += " and " + speak_pair(t)
            out.append(h)
            i += 3
        elif choice in ("pairs", "hundred") and rest >= 2 and speak_pair(s[i:i + 2]):
            out.append(speak_pair(s[i:i + 2]))
            i += 2
        else:
            d = s[i]
            if rest >= 3 and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
                out.append("triple " + speak_unit(d))
                i += 3
            elif rest >= 2 and s[i + 1] == d and R.random() < 0.6:
                out.append("double " + speak_unit(d))
                i += 2
            else:
                out.append(speak_unit(d))
                i += 1
        if fillers and i < len(s) and R.random() < fillers:
            out.append(R.choice(["um", "uh", "erm", "uh,", "um..."]))
    txt = " ".join(out)
    return txt


def speak_letter(c, nato=0.4):
    r = R.random()
    if r < nato:
        return NATO_BY[c]
    if r < nato + 0.2:
        return c.lower() + " for " + (ALT_WORDS.get(c) or NATO_BY[c])
    return c.lower()


def num_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def ord_words(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n % 10 == 0:
        return {20: "twentieth", 30: "thirtieth"}[n]
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def speak_year(y):
    if 2000 <= y < 2010:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    return num_words(y // 100) + " " + (num_words(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 100])


# ----------------------------------------------------------- value makers
def luhn_ok(d):
    t = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        t += v
    return t % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "long19", "maestro"])
    prefix, length = {
        "visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16), "amex": (R.choice(["34", "37"]), 15),
        "disc": ("6011", 16), "visa13": ("4", 13), "long19": ("6" + str(R.choice([2, 7])), 19),
        "maestro": (R.choice(["6759", "6761"]), 18)}[kind]
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, sep=None):
    sep = sep if sep is not None else R.choice([" ", " ", "-", "", ".", "  ", " - "])
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
    elif R.random() < 0.2:
        cut = sorted(R.sample(range(2, len(d) - 1), 3))
        parts = [d[:cut[0]], d[cut[0]:cut[1]], d[cut[1]:cut[2]], d[cut[2]:]]
    else:
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(parts)


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
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    bank = "".join(R.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(4))
    bban = {"GB": bank + dg(14), "IE": bank + dg(14), "DE": dg(18), "FR": dg(23),
            "NL": bank + dg(10), "ES": dg(20)}[c]
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_phone():
    k = R.choice(["ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if k == "ukmob":
        d = "07" + str(R.randint(4, 9)) + dg(8)
        typed = R.choice([d[:5] + " " + d[5:], d, d[:5] + "-" + d[5:8] + "-" + d[8:]])
    elif k == "ukland":
        area = R.choice(["020", "0161", "0121", "0131", "0113"])
        d = area + dg(11 - len(area))
        typed = R.choice([area + " " + d[len(area):], area + "-" + d[len(area):], d])
    elif k == "ukintl":
        d = "+447" + dg(9)
        typed = R.choice(["+44 " + d[3:7] + " " + d[7:], "+44 (0)" + d[3:7] + " " + d[7:], d, "0044 " + d[3:]])
    elif k == "us":
        d = str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
        typed = R.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                          "%s.%s.%s" % (d[:3], d[3:6], d[6:])])
    elif k == "usintl":
        d = "+1" + str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
        typed = R.choice(["+1 %s %s %s" % (d[2:5], d[5:8], d[8:]), "+1-%s-%s-%s" % (d[2:5], d[5:8], d[8:])])
    elif k == "ie":
        d = "08" + str(R.choice([3, 5, 6, 7, 9])) + dg(7)
        typed = R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:]])
    else:
        d = "+3538" + str(R.choice([3, 5, 6, 7, 9])) + dg(7)
        typed = R.choice(["+353 " + d[4:6] + " " + d[6:9] + " " + d[9:], d])
    return d, typed


def speak_phone(d):
    if d.startswith("+"):
        code = "353" if d.startswith("+353") else ("44" if d.startswith("+44") else "1")
        rest = d[1 + len(code):]
        return "plus " + speak_digits(code, "single") + " " + speak_digits(rest, fillers=0.15)
    return speak_digits(d, fillers=0.15)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kwame", "chen", "olga",
         "dave", "siobhan", "marcus", "fatima", "jo", "rhys", "ana", "pieter"]
LAST = ["doe", "smith", "okafor", "murphy", "kowalski", "nguyen", "patel", "obrien", "garcia",
        "jones", "brennan", "schmidt", "walsh", "ahmed", "evans", "lee"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "proton.me", "aol.com", "web.de"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    n = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    sep = R.choice([".", "_", "", "-"])
    local = R.choice([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + n
    dom = R.choice(DOMAINS)
    return local, dom


def speak_email(local, dom):
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            if len(tok) == 4:
                out.append(num_words(int(tok[:2])) + " " + num_words(int(tok[2:])) if tok[2] != "0" else speak_digits(tok, "single"))
            elif len(tok) == 2 and tok[0] != "0" and tok[1] != "0":
                out.append(num_words(int(tok)))
            else:
                out.append(speak_digits(tok, "single"))
        elif len(tok) <= 2:
            out.append(" ".join(tok))
        else:
            out.append(tok)
    d = dom.split(".")
    return " ".join(out) + " at " + " dot ".join(d)


STREETS = ["acacia avenue", "mill lane", "church road", "high street", "victoria road",
           "station approach", "elm grove", "king street", "queens drive", "park terrace",
           "maple close", "oak crescent", "main street", "willow way", "harbour view"]
US_STREETS = ["elm street", "maple avenue", "oak drive", "sunset boulevard", "main street",
              "cedar lane", "pine court", "lakeview road", "washington avenue"]
STREET_SUFFIX = {"avenue", "lane", "road", "street", "approach", "grove", "drive", "terrace",
                 "close", "crescent", "way", "view", "boulevard", "court", "ave", "rd", "st", "dr", "ln"}
UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "York", "Belfast"]
US_TOWNS = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Portland", "OR"),
            ("Tampa", "FL"), ("Denver", "CO")]


def make_uk_postcode():
    L = "ABCEGHJKLMNPRSTWY"
    fmt = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA", "A9A 9AA"])
    out = ""
    for ch in fmt:
        out += R.choice(L) if ch == "A" else (str(R.randint(1, 9)) if ch == "9" else " ")
    return out


def speak_postcode(pc):
    parts = []
    for ch in pc.replace(" ", ""):
        parts.append(speak_letter(ch, 0.25) if ch.isalpha() else UNITS[int(ch)])
    return " ".join(parts)


def make_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.3:
        z += "-%04d" % R.randint(1, 9999)
    return z


def make_address(us=False, spoken=False):
    st = R.choice(US_STREETS if us else STREETS)
    n = R.randint(1, 240)
    if spoken:
        num = num_words(n) if n < 100 else speak_digits(str(n), R.choice(["single", "mixed"]))
        pre = R.choice(["", "", "flat " + num_words(R.randint(1, 12)) + " ", "apartment " + num_words(R.randint(2, 9)) + " "])
        return pre + num + " " + st
    house = str(n) + R.choice(["", "", "", "A", "b"])
    s = st.title() if R.random() < 0.7 else st
    if not us and R.random() < 0.3:
        s = s.replace("Road", "Rd").replace("Street", "St")
    pre = R.choice(["", "", "", "Flat %d, " % R.randint(1, 20), "Apt %d, " % R.randint(1, 30) if us else "Flat %dB, " % R.randint(1, 9)])
    return pre + house + " " + s


def make_dob(spoken=False, us=False):
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    if spoken:
        f = R.choice(["dmy", "mdy", "num"])
        if f == "dmy":
            return ord_words(d) + " of " + MONTHS[m - 1] + " " + speak_year(y)
        if f == "mdy":
            return MONTHS[m - 1] + " " + R.choice(["", "the "]) + ord_words(d) + " " + speak_year(y)
        return MONTHS[m - 1] + " " + num_words(d) + " " + speak_year(y)
    f = R.choice(["uk", "uk2", "us", "iso", "words", "words2", "dots"])
    if us and f in ("uk", "uk2"):
        f = "us"
    if f == "uk":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "uk2":
        return "%d/%d/%02d" % (d, m, y % 100)
    if f == "us":
        return "%02d/%02d/%d" % (m, d, y)
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "dots":
        return "%02d.%02d.%d" % (d, m, y)
    if f == "words":
        return "%d %s %d" % (d, R.choice([MONTHS[m - 1].title(), MON_ABBR[m - 1].title()]), y)
    return "%s %d%s, %d" % (MONTHS[m - 1].title(), d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10 if d not in (11, 12, 13) else 0, "th"), y)


def make_expiry(spoken=False):
    m = R.randint(1, 12)
    y = R.randint(2025, 2031)
    if spoken:
        f = R.choice(["num", "name", "name4"])
        if f == "num":
            return speak_unit("0") + " " + UNITS[m] if m < 10 else num_words(m)
        if f == "name":
            return MONTHS[m - 1] + " " + num_words(y % 100)
        return MONTHS[m - 1] + " " + num_words(y // 100) + " " + num_words(y % 100)
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%02d / %02d" % (m, y % 100), "%s %d" % (MON_ABBR[m - 1].title(), y),
                     "%02d%02d" % (m, y % 100)])


def spoken_expiry():
    m = R.randint(1, 12)
    y = R.randint(25, 31)
    mm = (speak_unit("0") + " " + UNITS[m]) if m < 10 else num_words(m)
    f = R.choice(["num", "name", "name4"])
    if f == "num":
        return mm + " " + num_words(y)
    if f == "name":
        return MONTHS[m - 1] + " " + num_words(y)
    return MONTHS[m - 1] + " twenty " + num_words(y)


# ----------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])

    def turn(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self


def V(text, typ, group="g", rel="full"):
    """A labelled value segment. rel: full | prefix | suffix | part (split value)."""
    return (text, typ, group, rel)


def render(case):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, str):
                buf += s
            else:
                text, typ, group, rel = s
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": typ})
                meta.append((group, rel))
                buf += text
        turns.append({"speaker": spk, "text": buf})
    return turns, spans, meta


# --------------------------------------------------------------- helpers
def pick(*xs):
    return R.choice(xs)


def split_n(s, n):
    cuts = sorted(R.sample(range(1, len(s)), n - 1))
    out, prev = [], 0
    for c in cuts + [len(s)]:
        out.append(s[prev:c])
        prev = c
    return out


def split_words(t, n):
    w = t.split(" ")
    if len(w) < n:
        n = len(w)
    cuts = sorted(R.sample(range(1, len(w)), n - 1)) if n > 1 else []
    out, prev = [], 0
    for c in cuts + [len(w)]:
        out.append(" ".join(w[prev:c]))
        prev = c
    return out


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes go ahead", "got that", "ok..."]
GREET_AGENT = ["Hi, thanks for contacting us. How can I help?", "Hello, you're chatting with Dev. What can I do for you today?",
               "Good morning, thanks for getting in touch.", "Hi there! How can I help today?"]
SIG_OFF = ["Thanks", "Kind regards", "Cheers", "Best", "Many thanks", "Sent from my iPhone"]
INDUSTRY = ["bank", "mobile network", "energy supplier", "online shop", "insurer", "airline",
            "hospital billing office", "council tax office", "broadband provider", "water company"]


# ------------------------------------------------------------ positives
def p_chat_card():
    c = Case("positive", "chat: typed card number with separators")
    card = make_card()
    t = group_card(card)
    lead = pick("my card is ", "card no: ", "Card number - ", "its ", "ok the long number on the front is ",
                "CARD: ", "here you go ", "the card is ")
    c.turn("agent", pick(*GREET_AGENT))
    c.turn("customer", pick("hi i need to update my payment for my ", "Hello, want to pay my ", "hey, paying the bill for my ") +
           pick("phone contract", "electricity", "order", "premium", "flight booking") + pick(".", "", " pls"))
    c.turn("agent", pick("Sure, can you give me the long card number please?", "No problem. What's the card number?"))
    if R.random() < 0.5:
        ex = make_expiry()
        cvv = "".join(str(R.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
        c.turn("customer", lead, V(t, "CARD_NUMBER"), pick(" exp ", ", expiry ", " | ", " valid till "), V(ex, "EXPIRY", "e"),
               pick(" cvv ", ", security code ", " cvc: ", " and the 3 digits are "), V(cvv, "CVV", "v"))
        c.note = "chat: typed card + expiry + CVV in one message"
    else:
        c.turn("customer", lead, V(t, "CARD_NUMBER"), pick("", " thanks", ".", " (visa debit)", "  "))
    c.turn("agent", pick("Thanks, processing that now.", "Great, that's gone through.", "Thank you, one moment."))
    return c


def p_form_dump():
    c = Case("positive", "web form submission pasted into ticket")
    card = make_card()
    us = R.random() < 0.4
    segs = ["--- web form submission ---\n", "Name: ", pick("Jane", "Tom", "Aoife", "Raj") + " " + pick("Doe", "Byrne", "Shah", "Kelly"), "\n"]
    segs += [pick("Card number: ", "card_no=", "Card Number*: "), V(group_card(card, pick("", " ", "-")), "CARD_NUMBER", "c"), "\n"]
    segs += [pick("Expiry: ", "exp_date=", "Expiry (MM/YY): "), V(make_expiry(), "EXPIRY", "e"), "\n"]
    if R.random() < 0.5:
        segs += [pick("DOB: ", "Date of birth: "), V(make_dob(us=us), "DOB", "d"), "\n"]
    if R.random() < 0.5:
        local, dom = make_email()
        segs += [pick("Email: ", "email=", "E-mail address: "), V(local + "@" + dom, "EMAIL", "m"), "\n"]
    if R.random() < 0.5:
        pd, pt = make_phone()
        segs += [pick("Phone: ", "Mobile: ", "tel="), V(pt, "PHONE", "p"), "\n"]
    segs += ["Amount: ", pick("$", "£", "€") + "%d.%02d" % (R.randint(5, 900), R.randint(0, 99)), "\n", "Submitted: 2025-0%d-1%d 14:0%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9))]
    c.turn("agent", "Customer submitted the following via the ", pick("website", "app", "portal"), ":\n")
    c.turn("agent", *segs)
    c.turn("customer", pick("did that go through? the page just froze", "Can you confirm you got it?", "i submitted twice sorry"))
    return c


def p_email_quoted():
    c = Case("positive", "e-mail thread with quoted reply, PII in quote and in signature")
    local, dom = make_email()
    pd, pt = make_phone()
    uk = R.random() < 0.6
    addr = make_address(us=not uk)
    pc = make_uk_postcode() if uk else make_zip()
    town = R.choice(UK_TOWNS) if uk else "%s, %s" % R.choice(US_TOWNS)
    body = ["Subject: RE: RE: refund request #", str(R.randint(100000, 999999)), "\n\n",
            pick("Hi team,\n\nStill waiting on this. See below.\n\n", "Hello,\n\nresending as nobody replied.\n\n")]
    which = R.choice(["card", "iban", "acct"])
    body.append("> On 3 Mar, I wrote:\n> ")
    if which == "card":
        body += [pick("please refund to the card ", "card used was "), V(group_card(make_card()), "CARD_NUMBER", "c"), "\n"]
    elif which == "iban":
        ib = make_iban()
        body += [pick("my IBAN is ", "IBAN: "), V(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), "IBAN", "i"), "\n"]
    else:
        sc = "%06d" % R.randint(0, 999999)
        body += ["sort code ", V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", "s"), " acct no: ",
                 V("%08d" % R.randint(1000000, 99999999), "BANK_ACCOUNT", "a"), "\n"]
    body += ["> ", pick("thanks", "regards"), "\n\n", pick(*SIG_OFF), "\n", pick("J. Doe", "Marcus", "Aoife B"), "\n",
             V(addr, "ADDRESS", "ad"), pick(", ", "\n"), town, pick(" ", ", ", "\n"), V(pc, "POSTCODE", "pc"), "\n",
             pick("M: ", "Tel ", "mob. ", "t: "), V(pt, "PHONE", "p"), "\n", V(local + "@" + dom, "EMAIL", "m")]
    c.turn("customer", *body)
    c.turn("agent", "Thanks for your e-mail. I've passed this to our ", pick("refunds", "payments", "billing"), " team.")
    return c


def p_sms_split():
    c = Case("positive", "SMS/chat: card number split across several messages")
    card = make_card()
    n = R.choice([2, 3])
    parts = split_n(card, n)
    c.turn("agent", pick("Please send the card number.", "OK send over the 16 digits when ready", "Go ahead with the card number"))
    for i, p in enumerate(parts):
        c.turn("customer", pick("", "", "ok ", "then ") if i else pick("", "first bit ", "ok "), V(p, "CARD_NUMBER", "c", "part"))
        if i < n - 1 and R.random() < 0.6:
            c.turn("agent", pick(*BACKCH))
    c.turn("agent", pick("Thanks, got it all.", "Lovely, and the expiry?"))
    return c


def p_card_lines():
    c = Case("positive", "card number broken across lines in one message")
    card = make_card()
    a, b = split_n(card, 2)
    c.turn("customer", pick("pls charge this one\n", "card:\n", "new card details\n"), V(a + pick("\n", "\n ", " \n") + b, "CARD_NUMBER"),
           "\n", pick("thx", "sorry phone keeps wrapping", "cheers"))
    return c


def p_asr_card():
    c = Case("positive", "ASR call: card read out in words with agent read-back")
    card = make_card()
    spoken = speak_digits(card, fillers=0.2)
    c.turn("agent", pick("and what's the long number on the card", "okay can i take the card number please"))
    c.turn("customer", pick("yeah it's ", "um it's ", "right so ", ""), V(spoken, "CARD_NUMBER", "c"))
    if R.random() < 0.7:
        c.turn("agent", pick("so that's ", "let me just read that back ", "i have "), V(speak_digits(card, "single"), "CARD_NUMBER", "rb"), pick(" is that right", " yeah", ""))
        c.turn("customer", pick("yep", "that's it", "yes"))
        c.note = "ASR call: spoken card with agent read-back"
    c.turn("agent", "and the ", pick("expiry", "expiry date"), pick("", " please"))
    c.turn("customer", pick("it's ", "", "uh "), V(spoken_expiry(), "EXPIRY", "e"))
    return c


def p_asr_card_restart():
    c = Case("positive", "ASR call: card reading restarted after a mistake")
    card = make_card()
    k = R.randint(3, 7)
    c.turn("agent", "go ahead with the card number")
    c.turn("customer", V(speak_digits(card[:k], "single"), "CARD_NUMBER", "c", "prefix"),
           pick("... no wait sorry that's the old card, ", " hang on i've read that wrong, ", " no sorry, start again, "),
           V(speak_digits(card, fillers=0.15), "CARD_NUMBER", "c"))
    c.turn("agent", pick("no worries", "okay thank you", "that's fine"))
    return c


def p_asr_card_split():
    c = Case("positive", "ASR call: card read over several turns with back-channels and an aside")
    card = make_card()
    chunks = [card[i:i + 4] for i in range(0, len(card), 4)]
    c.turn("agent", "okay when you're ready the card number")
    for i, ch in enumerate(chunks):
        segs = [pick("", "", "uh ", "then ")] if i else [pick("right ", "okay ", "")]
        segs.append(V(speak_digits(ch), "CARD_NUMBER", "c", "part"))
        if i == 1 and R.random() < 0.5:
            segs.append(pick(" sorry the dog's barking", " hold on my glasses", " (child shouting) sorry"))
        c.turn("customer", *segs)
        if i < len(chunks) - 1:
            c.turn("agent", pick(*BACKCH))
    c.turn("agent", "lovely thank you")
    return c


def p_card_lastfour_after_full():
    c = Case("positive", "full card given, then agent refers to last four (labelled because full card in same case)")
    card = make_card()
    c.turn("customer", pick("card is ", "Card: "), V(group_card(card), "CARD_NUMBER", "c"))
    c.turn("agent", pick("Thanks. Just to confirm, that's the card ending ", "Great, I've charged the card ending in "),
           V(card[-4:], "CARD_NUMBER", "c", "suffix"), pick(".", ", correct?"))
    return c


def p_ssn_typed():
    c = Case("positive", "typed US SSN in chat/form")
    s = make_ssn()
    t = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "." + s[3:5] + "." + s[5:],
                  s[:3] + "-" + s[3:5] + "\n" + s[5:]])
    c.turn("agent", pick("To verify, I need your Social Security number.", "Can you provide your SSN for the tax form?",
                         "Please confirm SSN to continue with the Medicaid billing query."))
    c.turn("customer", pick("SSN: ", "ssn ", "its ", "social is ", "sure - ", ""), V(t, "SSN"), pick("", " ", ". thx", " (that's mine not my husbands)"))
    if R.random() < 0.3:
        c.turn("customer", pick("oh and dob ", "DOB "), V(make_dob(us=True), "DOB", "d"))
        c.note = "typed SSN plus DOB"
    return c


def p_ssn_spoken():
    c = Case("positive", "ASR call: SSN spoken")
    s = make_ssn()
    c.turn("agent", pick("and can i get your social security number", "i'll need the last... actually the full social please"))
    if R.random() < 0.5:
        c.turn("customer", pick("sure it's ", "yeah ", ""), V(speak_digits(s, fillers=0.2), "SSN", "s"))
    else:
        c.turn("customer", V(speak_digits(s[:3]), "SSN", "s", "part"))
        c.turn("agent", pick(*BACKCH))
        c.turn("customer", V(speak_digits(s[3:5]), "SSN", "s", "part"))
        c.turn("agent", pick(*BACKCH))
        c.turn("customer", V(speak_digits(s[5:]), "SSN", "s", "part"))
        c.note = "ASR call: SSN split over turns"
    if R.random() < 0.5:
        c.turn("agent", "okay that's ", V(speak_digits(s, "single"), "SSN", "rb"))
        c.turn("customer", "correct")
    return c


def p_ni_typed():
    c = Case("positive", "typed UK National Insurance number")
    n = make_ni()
    f = R.choice(["plain", "spaced", "lower", "mixed", "dash"])
    t = {"plain": n, "spaced": n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
         "lower": n.lower(), "mixed": n[:2].lower() + n[2:8] + " " + n[8], "dash": n[:2] + "-" + n[2:8] + "-" + n[8]}[f]
    c.turn("agent", pick("Could you confirm your National Insurance number?", "What's your NI number please?", "NINO required for the benefit claim."))
    c.turn("customer", pick("NI no: ", "ni number ", "it's ", "NINO ", ""), V(t, "NI_NUMBER"), pick("", "!", " ta", "."))
    return c


def p_ni_spoken():
    c = Case("positive", "ASR call: NI number spelled with phonetics")
    n = make_ni()
    parts = [speak_letter(n[0]), speak_letter(n[1]), speak_digits(n[2:8], fillers=0.1), speak_letter(n[8])]
    c.turn("agent", "can i take your national insurance number")
    if R.random() < 0.6:
        c.turn("customer", pick("yeah it's ", "uh it's ", ""), V(" ".join(parts), "NI_NUMBER", "n"))
    else:
        c.turn("customer", V(parts[0] + " " + parts[1], "NI_NUMBER", "n", "part"))
        c.turn("agent", pick(*BACKCH))
        c.turn("customer", V(parts[2] + " " + parts[3], "NI_NUMBER", "n", "part"))
        c.note = "ASR call: NI number split over turns"
    c.turn("agent", pick("thank you", "lovely"))
    return c


def p_bank_uk():
    c = Case("positive", "UK sort code and account number")
    sc = "%06d" % R.randint(10000, 999999)
    ac = "%08d" % R.randint(1000000, 99999999)
    if R.random() < 0.5:
        c.turn("customer", pick("Copied from my banking app:\n", "details for the direct debit - ", "bank details below\n"),
               pick("Sort code: ", "S/C ", "sort "), V(pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), "SORT_CODE", "s"),
               pick("\n", " / ", ", "), pick("Account: ", "acct no: ", "A/C ", "account number "), V(ac, "BANK_ACCOUNT", "a"))
    else:
        c.turn("agent", "what's the sort code")
        c.turn("customer", V(speak_digits(sc, pick("pairs", "single"), 0.1), "SORT_CODE", "s"))
        c.turn("agent", "and the account number")
        c.turn("customer", pick("", "it's ", "uh "), V(speak_digits(ac, fillers=0.15), "BANK_ACCOUNT", "a"))
        c.note = "ASR call: spoken sort code and account number"
    c.turn("agent", pick("Thanks, the direct debit is set up.", "ok that's been updated"))
    return c


def p_bank_us():
    c = Case("positive", "US routing-free bank account number in chat")
    ac = str(R.randint(10 ** 9, 10 ** 12 - 1))
    c.turn("customer", pick("for autopay use checking acct ", "Account #: ", "my account number is "), V(ac, "BANK_ACCOUNT"),
           pick("", " at chase", " (checking)"))
    c.turn("agent", "Thank you, autopay will start next cycle.")
    return c


def p_iban():
    c = Case("positive", "IBAN typed or spoken")
    ib = make_iban()
    if R.random() < 0.6:
        t = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(), ib[:4] + " " + ib[4:]])
        c.turn("customer", pick("IBAN: ", "iban ", "refund to ", "Please send it to IBAN "), V(t, "IBAN"), pick("", " BIC to follow", "\nthanks"))
    else:
        sp = " ".join([speak_letter(ib[0], 0.3), speak_letter(ib[1], 0.3), speak_digits(ib[2:4], "single")] +
                      [speak_letter(ch, 0.5) if ch.isalpha() else speak_digits(ch, "single") for ch in ib[4:8]] +
                      [speak_digits(ib[8:], fillers=0.1)])
        c.turn("agent", "go ahead with the iban")
        c.turn("customer", pick("it's ", "okay ", ""), V(sp, "IBAN"))
        c.note = "ASR call: spoken IBAN"
    c.turn("agent", pick("Refund initiated.", "thanks that's saved"))
    return c


def p_phone():
    c = Case("positive", "phone number typed or spoken")
    d, t = make_phone()
    r = R.random()
    if r < 0.5:
        c.turn("customer", pick("best number is ", "call me on ", "mob: ", "Tel. ", "new number -> ", "text me at "), V(t, "PHONE"), pick("", " after 5", " pls"))
    elif r < 0.75:
        a, b = split_n(d, 2)
        c.turn("customer", pick("my number ", "number is "), V(a, "PHONE", "p", "part"))
        c.turn("customer", V(b, "PHONE", "p", "part"))
        c.note = "SMS: phone number split across two messages"
    else:
        c.turn("agent", "what's the best number to reach you")
        c.turn("customer", pick("it's ", "um ", ""), V(speak_phone(d), "PHONE"))
        c.note = "ASR call: spoken phone number"
    c.turn("agent", pick("Thanks, updated.", "Noted."))
    return c


def p_email():
    c = Case("positive", "email address typed or spoken")
    local, dom = make_email()
    if R.random() < 0.5:
        t = local + "@" + dom
        t = R.choice([t, t, t.title() if "." in local else t.upper(), local + " @ " + dom])
        c.turn("customer", pick("email: ", "send it to ", "my e-mail is ", "contact - "), V(t, "EMAIL"), pick("", ".", " thx"))
    else:
        c.turn("agent", "and an email address for the receipt")
        c.turn("customer", pick("yeah it's ", ""), V(speak_email(local, dom), "EMAIL", "m"))
        if R.random() < 0.4:
            c.turn("agent", "so ", V(speak_email(local, dom), "EMAIL", "rb"), "?")
        c.note = "ASR call: spoken email address"
    return c


def p_dob():
    c = Case("positive", "date of birth typed or spoken")
    if R.random() < 0.5:
        c.turn("agent", pick("Please confirm your date of birth.", "For security, DOB?"))
        c.turn("customer", pick("", "dob ", "born ", "it's "), V(make_dob(us=R.random() < 0.4), "DOB"))
    else:
        c.turn("agent", "and can you confirm your date of birth for me")
        c.turn("customer", pick("yeah it's ", "um ", "", "it's the "), V(make_dob(spoken=True), "DOB"))
        c.note = "ASR call: spoken date of birth"
    c.turn("agent", pick("Thank you, you're verified.", "thanks"))
    return c


def p_address():
    uk = R.random() < 0.6
    c = Case("positive", "address and postcode/ZIP")
    if R.random() < 0.55:
        pc = make_uk_postcode() if uk else make_zip()
        town = R.choice(UK_TOWNS) if uk else "%s, %s" % R.choice(US_TOWNS)
        c.turn("customer", pick("new address: ", "Delivery address\n", "I've moved to "), V(make_address(us=not uk), "ADDRESS", "ad"),
               pick(", ", "\n"), town, pick(" ", ", ", "\n"), V(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", "pc"))
    else:
        uk = True
        pc = make_uk_postcode()
        c.turn("agent", "what's the first line of the address")
        c.turn("customer", pick("it's ", "uh ", ""), V(make_address(spoken=True), "ADDRESS", "ad"), " ", R.choice(UK_TOWNS).lower())
        c.turn("agent", "and the postcode")
        c.turn("customer", V(speak_postcode(pc), "POSTCODE", "pc"))
        c.note = "ASR call: spoken address and postcode"
    c.turn("agent", pick("Thanks, that's updated.", "Got it."))
    return c


def p_cvv_expiry():
    c = Case("positive", "CVV and expiry in separate SMS/chat messages")
    c.turn("agent", "Thanks. Expiry date?")
    c.turn("customer", V(make_expiry(), "EXPIRY", "e"))
    c.turn("agent", "And the 3-digit security code on the back?")
    c.turn("customer", pick("", "cvv ", "its "), V("%03d" % R.randint(0, 999), "CVV", "v"))
    return c


# ------------------------------------------------------------ negatives
def d(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def n_templates():
    return [
        lambda: [("customer", pick("My order number is ", "Order #", "order no: ") + group_card(make_card(), pick(" ", "-", "")) + ", it never arrived"),
                 ("agent", "Thanks, I can see the order was dispatched on the 3rd.")],
        lambda: [("agent", "I can see the card ending " + d(4) + " on file. Is that the one you'd like to use?"),
                 ("customer", pick("yes the one ending in ", "yeah ") + d(4))],
        lambda: [("customer", "the app shows **** **** **** " + d(4) + " as my card, is that right"),
                 ("agent", "Yes, that's the card registered.")],
        lambda: [("agent", "Your balance is " + pick("£", "$", "€") + "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)) + " and the minimum payment is " + pick("£", "$") + "%d.00" % R.randint(20, 200)),
                 ("customer", "ok thanks")],
        lambda: [("agent", "so your balance is " + speak_digits(d(3), "mixed") + " pounds and " + num_words(R.randint(10, 99)) + " pence"),
                 ("customer", "right okay")],
        lambda: [("customer", "Tracking: 1Z" + d(3) + "AA" + d(10) + " says delivered but nothing here"),
                 ("agent", "Sorry about that, I've raised ticket " + d(8) + ".")],
        lambda: [("customer", "meter reading today is " + d(5) + pick("", " and night rate ") + d(5)),
                 ("agent", "Thanks, the reading has been submitted.")],
        lambda: [("customer", "MPRN " + d(11) + " , the meter serial is " + d(2) + "P" + d(7)),
                 ("agent", "Thanks, I'll log a gas reading against that meter.")],
        lambda: [("agent", "You're on flight " + pick("BA", "EI", "FR", "UA") + " " + str(R.randint(100, 9999)) + ", seat " + str(R.randint(1, 40)) + pick("A", "C", "F") + ", departing gate " + str(R.randint(1, 60))),
                 ("customer", "and what time does boarding start")],
        lambda: [("agent", "we're open from 8am to 8pm Monday to Friday and 9 till 5 on Saturdays"),
                 ("customer", "great I'll call back at " + str(R.randint(1, 5)) + ":" + pick("15", "30", "45"))],
        lambda: [("agent", "your engineer appointment is on the " + ord_words(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " between eight and twelve"),
                 ("customer", "okay")],
        lambda: [("customer", "Reference: " + d(4) + "-" + d(4) + "-" + d(4) + "-" + d(4) + " (from your letter)"),
                 ("agent", "Thanks, that reference matches your claim.")],
        lambda: [("agent", "the reference number is " + speak_digits(d(16), "single")),
                 ("customer", "sorry can you repeat that reference"),
                 ("agent", "yep " + speak_digits(d(8), "pairs"))],
        lambda: [("customer", "policy number " + pick("POL-", "HM", "MTR") + d(8) + " claim number " + "CLM" + d(9)),
                 ("agent", "Thanks, I've found the policy.")],
        lambda: [("customer", "Invoice INV-20" + str(R.randint(20, 25)) + "-" + d(6) + " has been charged twice"),
                 ("agent", "I'll refund the duplicate of " + pick("£", "$") + "%d.%02d" % (R.randint(10, 500), R.randint(0, 99)) + " within 5 working days.")],
        lambda: [("customer", "serial no. " + pick("SN", "S/N ") + d(3) + "X" + d(9) + ", model KX-TG" + d(4)),
                 ("agent", "That router model is covered until 20" + str(R.randint(26, 30)) + ".")],
        lambda: [("customer", "i'm " + num_words(R.randint(18, 90)) + " years old and i've been with you since " + str(R.randint(1995, 2020))),
                 ("agent", "thank you for being a loyal customer for so long")],
        lambda: [("customer", "the thermostat says " + str(R.randint(14, 26)) + " degrees but the house is freezing"),
                 ("agent", "The boiler should be set to around " + str(R.randint(55, 70)) + "°C.")],
        lambda: [("agent", "Your interest rate is " + str(R.randint(1, 29)) + "." + d(1) + "% APR and you've used " + str(R.randint(1, 99)) + "% of your data"),
                 ("customer", "wow ok")],
        lambda: [("customer", "I was stuck on the " + pick("M25", "A40", "I-95", "N7", "M50", "Route 66") + " for " + num_words(R.randint(20, 59)) + " minutes"),
                 ("agent", "Sorry to hear that.")],
        lambda: [("agent", "I've opened case " + d(10) + "; you'll get a text within 48 hours."),
                 ("customer", "case " + d(4) + " something? can you send it by email instead")],
        lambda: [("customer", "room " + str(R.randint(100, 999)) + " at the hotel, booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
                 ("agent", "Thanks, check-in is from 3pm.")],
        lambda: [("agent", "the payment of " + num_words(R.randint(20, 99)) + " pounds will be taken on the " + ord_words(R.randint(1, 28)) + " each month for " + num_words(R.randint(12, 36)) + " months"),
                 ("customer", "fine")],
        lambda: [("customer", "Contract started 14/0" + str(R.randint(1, 9)) + "/20" + str(R.randint(18, 24)) + " and ends 13/0" + str(R.randint(1, 9)) + "/20" + str(R.randint(25, 28))),
                 ("agent", "That's right, you're out of contract after that date.")],
        lambda: [("customer", "> Your ticket " + d(7) + " has been updated\nwhy was it closed?? order " + d(12)),
                 ("agent", "Apologies, I've reopened it.")],
        lambda: [("agent", "The SSN on file is ***-**-" + d(4) + ", is that correct?"),
                 ("customer", "yes ending " + d(4))],
        lambda: [("customer", "Text STOP to " + d(5) + " it says, I've sent it " + num_words(R.randint(3, 9)) + " times"),
                 ("agent", "I'll remove you from marketing manually.")],
        lambda: [("customer", "the IMEI on the box is " + d(15) + " and it's a " + pick("128", "256", "64") + "GB model"),
                 ("agent", "Thanks, I've blocked that handset.")],
        lambda: [("customer", "the account ending " + d(4) + " isn't showing the refund"),
                 ("agent", "It can take 3-5 working days to appear.")],
        lambda: [("agent", "sorry what was the last bit"),
                 ("customer", "the order reference four nine two nine, one two three four, double five six seven, that one")],
    ]


NEG_NOTES = ["order number that looks like a card", "card last-four only", "masked card", "amounts/balances", "spoken balance",
             "tracking + ticket numbers", "meter readings", "MPRN and meter serial", "flight/seat/gate", "opening hours and times",
             "appointment date", "reference number grouped like a card", "spoken reference read like a card", "policy and claim numbers",
             "invoice number and amount", "serial and model numbers", "age and year", "temperatures", "percentages", "road names and duration",
             "case numbers", "room and booking ref", "payment schedule", "contract dates", "quoted ticket and order numbers",
             "masked SSN and last four", "short code and counts", "IMEI and capacity", "account last-four", "spoken order reference"]


# ---------------------------------------------------------- generation
POS_PLAN = [(p_chat_card, 24), (p_form_dump, 12), (p_email_quoted, 12), (p_sms_split, 10), (p_card_lines, 6),
            (p_asr_card, 12), (p_asr_card_restart, 6), (p_asr_card_split, 6), (p_card_lastfour_after_full, 4),
            (p_ssn_typed, 16), (p_ssn_spoken, 16), (p_ni_typed, 16), (p_ni_spoken, 16), (p_bank_uk, 12), (p_bank_us, 4),
            (p_iban, 12), (p_phone, 12), (p_email, 12), (p_dob, 12), (p_address, 12), (p_cvv_expiry, 6)]


def build():
    cases = []
    pos = []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn())
    R.shuffle(pos)
    for i, c in enumerate(pos, 1):
        turns, spans, meta = render(c)
        cases.append(({"id": "h451-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": c.note}, meta))
    tmpl = n_templates()
    for i in range(1, 121):
        k = (i - 1) % len(tmpl)
        turns = [{"speaker": s, "text": t} for s, t in tmpl[k]()]
        cases.append(({"id": "h451-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": NEG_NOTES[k]}, []))
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


# ----------------------------------------------------------- validation
LETTER_WORDS = dict(NATO)
LETTER_WORDS.update({v: k for k, v in ALT_WORDS.items()})


def norm(text, letters=False):
    """Normalise a typed or spoken value to a string of digits/uppercase letters."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower())
    out = []
    i = 0
    unit = {w: str(k) for k, w in enumerate(UNITS)}
    unit.update({"oh": "0", "nought": "0", "o": "0"})
    teens = {w: str(10 + k) for k, w in enumerate(TEENS)}
    tens = {w: k for k, w in TENS.items()}
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t == "+" or t == "plus":
            out.append("+")
        elif t in ("double", "triple") and nxt in unit:
            out.append(unit[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in unit and nxt in ("hundred", "thousand"):
            mult = 100 if nxt == "hundred" else 1000
            v = int(unit[t]) * mult
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks):
                w = toks[i]
                if w in teens:
                    v += int(teens[w]); i += 1
                elif w in tens:
                    v += tens[w] * 10; i += 1
                    if i < len(toks) and toks[i] in unit and toks[i] not in ("oh", "o", "nought", "zero"):
                        v += int(unit[toks[i]]); i += 1
                elif w in unit and w not in ("oh", "o", "nought"):
                    v += int(unit[w]); i += 1
            out.append(str(v))
            continue
        elif t in unit:
            out.append(unit[t])
        elif t in teens:
            out.append(teens[t])
        elif t in tens:
            if nxt in unit and nxt not in ("oh", "o", "nought", "zero"):
                out.append(str(tens[t] * 10 + int(unit[nxt])))
                i += 1
            else:
                out.append(str(tens[t] * 10))
        elif letters and len(t) == 1:
            out.append(t.upper())
            if nxt == "for" and i + 2 < len(toks):
                i += 2
        elif letters and t in LETTER_WORDS:
            out.append(LETTER_WORDS[t])
        elif letters and len(t) > 1 and re.fullmatch(r"[a-z]+", t) and text.strip()[:1].isalnum() and re.search(r"\d", text):
            out.append(t.upper())  # typed alnum chunk e.g. "qq12" tokenised as "qq"
        elif t in FILLERS:
            pass
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def date_parts(text):
    t = text.lower()
    month = None
    for k, m in enumerate(MONTHS):
        if re.search(r"\b%s\b" % m, t):
            month = k + 1
            t = re.sub(r"\b%s\b" % m, " ", t)
    if month is None:
        for k, m in enumerate(MON_ABBR):
            if re.search(r"\b%s\b" % m, t):
                month = k + 1
                t = re.sub(r"\b%s\b" % m, " ", t)
    ords = {w: str(k) for k, w in enumerate(ORD_UNITS) if w}
    ords.update({w: str(10 + k) for k, w in enumerate(ORD_TEENS)})
    ords.update({"twentieth": "20", "thirtieth": "30"})
    chunks = []
    toks = re.findall(r"[a-z]+|\d+", t)
    j = 0
    while j < len(toks):
        w = toks[j]
        if w in ("twenty", "thirty") and j + 1 < len(toks) and toks[j + 1] in ords and toks[j + 1] in ORD_UNITS:
            chunks.append(str((2 if w == "twenty" else 3) * 10 + int(ords[toks[j + 1]])))
            j += 2
            continue
        if w in ords:
            chunks.append(ords[w])
        else:
            chunks.append(w)
        j += 1
    rest = " ".join(chunks)
    # numeric chunks are already digits; spoken numbers normalised chunk-wise
    nums = [norm(x) if not x.isdigit() else x for x in re.split(r"\s+", rest) if x and x not in FILLERS]
    joined = " ".join(x for x in chunks if x not in FILLERS)
    return month, nums, norm(joined)


def validate(typ, text):
    if typ == "CARD_NUMBER":
        v = norm(text)
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), v
    if typ == "CVV":
        v = norm(text)
        return v.isdigit() and len(v) in (3, 4), v
    if typ == "SSN":
        v = norm(text)
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9", v
    if typ == "SORT_CODE":
        v = norm(text)
        return v.isdigit() and len(v) == 6, v
    if typ == "BANK_ACCOUNT":
        v = norm(text)
        return v.isdigit() and 6 <= len(v) <= 17, v
    if typ == "NI_NUMBER":
        v = norm(text, letters=True)
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)), v
    if typ == "IBAN":
        v = norm(text, letters=True)
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v)) and iban_ok(v), v
    if typ == "PHONE":
        v = norm(text)
        digits = v.lstrip("+")
        if v.startswith("00"):
            digits = v[2:]
        return digits.isdigit() and 10 <= len(digits) <= 13 and "+" not in digits, v
    if typ == "POSTCODE":
        v = norm(text, letters=True)
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", v)), v
    if typ == "EMAIL":
        if "@" in text:
            v = text.replace(" ", "")
        else:
            toks = text.lower().split()
            out = []
            for k, w in enumerate(toks):
                out.append({"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(w, w))
            s = " ".join(out)
            s = re.sub(r"(?:(?<=\s)|^)((?:[a-z]+\s?)+)", lambda m: m.group(0), s)
            pieces = []
            for chunk in re.split(r"([@._-])", s):
                chunk = chunk.strip()
                if chunk in "@._-":
                    pieces.append(chunk)
                    continue
                ws = chunk.split()
                if all(w in UNITS or w in TEENS or w in TENS.values() or w in ("oh", "o", "nought", "double", "triple") for w in ws):
                    pieces.append(norm(chunk))
                else:
                    buf = []
                    for w in ws:
                        if w in UNITS or w in TEENS or w in TENS.values() or w in ("oh", "nought"):
                            buf.append(norm(w))
                        else:
                            buf.append(w)
                    pieces.append("".join(buf))
            v = "".join(pieces)
        return bool(re.fullmatch(r"[A-Za-z0-9._-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v)), v
    if typ in ("DOB", "EXPIRY"):
        month, nums, allv = date_parts(text)
        if typ == "EXPIRY":
            if month:
                return len(allv) in (2, 4) and allv.isdigit(), allv
            return allv.isdigit() and len(allv) in (4, 6) and 1 <= int(allv[:2]) <= 12, allv
        if month:
            return allv.isdigit() and any(1 <= int(allv[:k]) <= 31 and len(allv) - k in (2, 4) for k in (1, 2)), allv
        ok = len(nums) == 3 and all(x.isdigit() for x in nums) and (
            (len(nums[2]) in (2, 4) and len(nums[0]) <= 2 and len(nums[1]) <= 2) or
            (len(nums[0]) == 4 and len(nums[1]) <= 2 and len(nums[2]) <= 2))
        return ok, allv
    if typ == "ADDRESS":
        ws = re.findall(r"[A-Za-z0-9]+", text.lower())
        first_ok = ws[0][0].isdigit() or ws[0] in UNITS or ws[0] in TEENS or ws[0] in TENS.values() or ws[0] in ("flat", "apt", "apartment")
        return first_ok and ws[-1] in STREET_SUFFIX, " ".join(ws)
    return False, None


def check(cases):
    errs = []
    ids = set()
    counts = {}
    for c, meta in cases:
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        prev = {}
        groups = {}
        for sp, (g, rel) in zip(c["spans"], meta):
            text = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append(c["id"] + ": offsets out of range")
                continue
            val = text[s:e]
            if not ((val[0].isalnum() or (val[0] == "+" and sp["type"] == "PHONE")) and val[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c["id"], val))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], val))
            if sp["turn"] in prev and s < prev[sp["turn"]]:
                errs.append(c["id"] + ": overlapping/unsorted spans")
            prev[sp["turn"]] = e
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            groups.setdefault((g, sp["type"]), []).append((rel, val))
        for (g, typ), items in groups.items():
            full = [v for r, v in items if r in ("full", "part")]
            try:
                ok, nv = validate(typ, " ".join(full))
            except ValueError as ex:
                errs.append("%s: %s" % (c["id"], ex))
                continue
            if not ok:
                errs.append("%s: invalid %s %r -> %r" % (c["id"], typ, full, nv))
                continue
            for r, v in items:
                if r not in ("prefix", "suffix"):
                    continue
                try:
                    pv = norm(v, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
                except ValueError as ex:
                    errs.append("%s: %s" % (c["id"], ex)); continue
                if r == "prefix" and not (pv and nv.startswith(pv)):
                    errs.append("%s: prefix mismatch %r" % (c["id"], v))
                if r == "suffix" and not (pv and nv.endswith(pv)):
                    errs.append("%s: suffix mismatch %r" % (c["id"], v))
    return errs, counts


def main():
    cases = build()
    data = serialise(cases)
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            on_disk = f.read()
        errs, counts = check(cases)
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        for line in on_disk.splitlines():
            json.loads(line)
        npos = sum(1 for c, _ in cases if c["kind"] == "positive")
        nneg = len(cases) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if counts.get(t, 0) < n:
                errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in sorted(counts):
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

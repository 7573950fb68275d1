#!/usr/bin/env python3
"""Generate the pii_holdout447 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout447.py          # write cases.jsonl
    python scripts/make_pii_holdout447.py --check  # regenerate and verify

Standard library only. Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed.
"""
import json
import os
import re
import sys
import random

SEED = 447241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout447", "cases.jsonl")

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "zero", "nought", "o"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"b": "bravo", "c": "charlie", "d": "david", "f": "freddie", "h": "harry",
             "j": "john", "k": "king", "m": "mother", "n": "nancy", "p": "peter", "s": "sugar",
             "t": "tommy", "w": "william", "a": "apple", "e": "edward", "g": "george",
             "l": "london", "r": "robert", "x": "xmas", "y": "yellow", "z": "zebra",
             "q": "queen", "u": "uncle", "v": "victor", "i": "india"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def zero_word(style):
    return style if style != "mix" else R.choice(ZEROS)


def dword(d, zs):
    return zero_word(zs) if d == "0" else UNITS[int(d)]


def pair_words(p, zs):
    a, b = p[0], p[1]
    if a == "0" and b == "0":
        return "double " + zero_word(zs)
    if a == "0":
        return zero_word(zs) + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def hundred_words(t, zs):
    a, rest = t[0], t[1:]
    s = UNITS[int(a)] + " hundred"
    if rest == "00":
        return s
    if rest[0] == "0":
        return s + " and " + UNITS[int(rest[1])]
    return s + " and " + pair_words(rest, zs)


def spoken_digits(s, zs="mix", doubles=True, fill=0.0):
    toks = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.7:
            toks.append("triple " + dword(d, zs))
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.8:
            toks.append("double " + dword(d, zs))
            i += 2
        else:
            toks.append(dword(d, zs))
            i += 1
    return join_fill(toks, fill)


def join_fill(toks, fill):
    out = [toks[0]]
    for t in toks[1:]:
        if fill and R.random() < fill:
            out.append(R.choice(FILLERS))
        out.append(t)
    return " ".join(out)


def spoken_group(g, zs="mix", fill=0.0):
    """Render a digit group in a random human style."""
    r = R.random()
    if len(g) == 4 and r < 0.3 and g[3] != "0":
        return pair_words(g[:2], zs) + " " + pair_words(g[2:], zs)
    if len(g) == 3 and g[0] != "0" and g[2] != "0" and r < 0.35:
        return hundred_words(g, zs)
    if len(g) == 2 and g[1] != "0" and r < 0.5:
        return pair_words(g, zs)
    return spoken_digits(g, zs, fill=fill)


def spell_letter(c, mode):
    c = c.lower()
    if mode == "plain":
        return c
    if mode == "nato":
        return c + R.choice([" for ", " as in "]) + NATO[c]
    if mode == "alt":
        return c + " for " + ALT_SPELL[c]
    return c


def spoken_alnum(s, zs="mix", nato=0.3):
    toks = []
    for ch in s:
        if ch.isdigit():
            toks.append(dword(ch, zs))
        elif ch.isalpha():
            toks.append(spell_letter(ch, R.choice(["nato", "alt"]) if R.random() < nato else "plain"))
    return " ".join(toks)


# ---------------------------------------------------------------- values
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


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    pre, n = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "maestro": (R.choice(["6759", "6761", "5018"]), 19)}[kind]
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]] if R.random() < 0.5 else [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def typed_card(c):
    st = R.random()
    if st < 0.3:
        return " ".join(card_groups(c))
    if st < 0.5:
        return "-".join(card_groups(c))
    if st < 0.65:
        return c
    if st < 0.75:
        return ".".join(card_groups(c))
    if st < 0.87:  # odd grouping
        cut = R.randint(3, 7)
        return c[:cut] + " " + c[cut:cut + 5] + " " + c[cut + 5:]
    return "  ".join(card_groups(c))


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
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BKIR", "ULSB"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABN"]) + dg(10)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


def mod97_ok(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def make_phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie", "fr", "de"])
    d = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if k == "uk_mob":
        nat = "07" + R.choice("3456789") + d(8)
        return k, nat, "+44" + nat[1:]
    if k == "uk_land":
        nat = "01" + R.choice("1236789") + d(8)
        return k, nat, "+44" + nat[1:]
    if k == "us":
        nat = R.choice("23456789") + d(2) + R.choice("23456789") + d(6)
        return k, nat, "+1" + nat
    if k == "ie":
        nat = "08" + R.choice("35679") + d(7)
        return k, nat, "+353" + nat[1:]
    if k == "fr":
        nat = "06" + d(8)
        return k, nat, "+33" + nat[1:]
    nat = "015" + d(8)
    return k, nat, "+49" + nat[1:]


def typed_phone(k, nat, intl):
    use_intl = R.random() < 0.4
    if k == "us":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        return R.choice(["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                         "+1 %s %s %s" % (a, b, c), "+1-%s-%s-%s" % (a, b, c), nat])
    if use_intl:
        cc = intl[:len(intl) - len(nat) + 1]
        rest = nat[1:]
        return R.choice([cc + " " + rest[:4] + " " + rest[4:], cc + rest, cc + " (0)" + rest,
                         cc + " " + rest[:3] + " " + rest[3:6] + " " + rest[6:]])
    return R.choice([nat[:5] + " " + nat[5:], nat, nat[:3] + " " + nat[3:6] + " " + nat[6:],
                     nat[:5] + "-" + nat[5:]])


def spoken_phone(k, nat, intl):
    if R.random() < 0.35:
        cc = intl[1:len(intl) - len(nat) + 1]
        head = "plus " + spoken_digits(cc, doubles=False)
        rest = nat[1:]
        return head + " " + spoken_chunks(rest)
    return spoken_chunks(nat)


def spoken_chunks(s, fill=0.15):
    parts = []
    i = 0
    while i < len(s):
        n = R.choice([2, 3, 3, 4])
        parts.append(spoken_group(s[i:i + n], fill=fill))
        i += n
    return " ".join(parts)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "tomasz", "chloe", "marcus", "niamh",
         "olu", "hannah", "diego", "fatima", "kevin", "grace", "yusuf", "emma", "ciaran"]
LAST = ["doe", "murphy", "okafor", "smith", "patel", "kowalski", "brennan", "garcia", "walsh",
        "hughes", "nguyen", "ahmed", "fitzgerald", "reilly", "baker", "schmidt"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "eircom.net", "btinternet.com",
           "icloud.com", "proton.me", "web.de", "live.ie", "sky.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.random()
    if st < 0.3:
        user = f[0] + "." + l
    elif st < 0.5:
        user = f + "." + l
    elif st < 0.65:
        user = f + "_" + l + str(R.randint(1, 99))
    elif st < 0.8:
        user = f + l[0] + str(R.randint(70, 99))
    else:
        user = l + "-" + f[0]
    return user + "@" + R.choice(DOMAINS)


def spoken_email(e):
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[.@_-]", e):
        if tok == ".":
            out.append("dot")
        elif tok == "@":
            out.append("at")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(pair_words(tok, "oh") if len(tok) == 2 else spoken_digits(tok))
        elif len(tok) <= 2 or R.random() < 0.2 and tok not in ("com", "net", "uk", "ie", "de", "me"):
            out.append(" ".join(spell_letter(c, "nato" if R.random() < 0.3 else "plain") for c in tok))
        else:
            out.append(tok)
    return " ".join(out)


STREETS = ["Harcourt Road", "Maple Avenue", "Church Lane", "Station Road", "Kingsway",
           "Elm Grove", "Victoria Street", "Oak Drive", "Mill Close", "Queens Crescent",
           "Pembroke Terrace", "Sycamore Way", "Highfield Gardens", "North Main Street",
           "Lakeview Boulevard", "Castle Hill", "Dock Street", "Willow Court"]
UK_PC = [("LS", "6", "2AB"), ("M", "14", "5HY"), ("SW", "1A", "2BX"), ("B", "23", "7QE"),
         ("CF", "10", "3NP"), ("EH", "7", "4DG"), ("G", "12", "8QQ"), ("BS", "8", "1TH"),
         ("NE", "1", "4ST"), ("L", "17", "9XR"), ("CB", "2", "1TN"), ("EX", "4", "3SR")]
TOWNS_UK = ["Leeds", "Manchester", "London", "Birmingham", "Cardiff", "Edinburgh", "Glasgow",
            "Bristol", "Newcastle", "Liverpool", "Cambridge", "Exeter"]
US_CITY = [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Columbus", "OH", "432"),
           ("Tampa", "FL", "336"), ("Denver", "CO", "802"), ("Albany", "NY", "122")]


def make_uk_pc():
    i = R.randrange(len(UK_PC))
    a, b, c = UK_PC[i]
    return a + b + " " + c, TOWNS_UK[i]


def spoken_street_num(n):
    s = str(n)
    if len(s) == 1:
        return UNITS[n]
    if len(s) == 2:
        return pair_words(s, "oh")
    if len(s) == 3 and R.random() < 0.5:
        return hundred_words(s, "oh")
    if len(s) == 4 and R.random() < 0.6:
        return pair_words(s[:2], "oh") + " " + pair_words(s[2:], "oh")
    return spoken_digits(s, doubles=False)


def fmt_expiry_typed(m, y):
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%d/%02d" % (m, y % 100),
                     "%02d-%02d" % (m, y % 100), "%02d / %02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].title(), y)])


def fmt_expiry_spoken(m, y):
    yy = "%02d" % (y % 100)
    st = R.random()
    if st < 0.35:
        return dword(str(m // 10), "oh") + " " + UNITS[m % 10] + " " + pair_words(yy, "oh") if m < 10 \
            else pair_words("%02d" % m, "oh") + " " + pair_words(yy, "oh")
    if st < 0.6:
        return MONTHS[m - 1] + " twenty " + pair_words(yy, "oh")
    if st < 0.8:
        return pair_words("%02d" % m, "oh") + " slash " + pair_words(yy, "oh")
    return "end of " + MONTHS[m - 1] + " " + pair_words(yy, "oh")


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def year_words(y):
    s = str(y)
    if s.startswith("20"):
        return "two thousand" + ("" if s[2:] == "00" else " and " + (UNITS[int(s[3])] if s[2] == "0" else pair_words(s[2:], "oh")))
    return pair_words(s[:2], "oh") + " " + pair_words(s[2:], "oh")


def fmt_dob_typed(d, m, y):
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
                     "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                     "%02d/%02d/%02d" % (m, d, y % 100), "%d%s %s %d" % (d, "th", MONTHS[m - 1][:3].title(), y)])


def fmt_dob_spoken(d, m, y):
    st = R.random()
    if st < 0.4:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + year_words(y)
    if st < 0.65:
        return MONTHS[m - 1] + " " + ORD[d] + " " + year_words(y)
    if st < 0.85:
        return ORD[d] + " " + MONTHS[m - 1] + " " + R.choice(["um ", "uh ", ""]) + year_words(y)
    return spoken_digits("%02d" % d, "oh", doubles=False) + " " + spoken_digits("%02d" % m, "oh", doubles=False) + " " + year_words(y)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], {}
        self.ng = 0

    def g(self):
        self.ng += 1
        return self.ng

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, gid, partial = s
                start = len(text)
                text += val
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text), "type": typ})
                self.groups.setdefault(gid, [typ, partial, []])[2].append(val)
        self.turns.append({"speaker": speaker, "text": text})


def V(val, typ, gid, partial=False):
    return (val, typ, gid, partial)


BACK = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yes", "okay go ahead", "got that", "mm"]


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- positive templates
def p_chat_card():
    c = Case("positive", "typed chat card with expiry and CVV")
    card = make_card()
    m, y = R.randint(1, 12), R.randint(2025, 2031)
    cvv = "".join(R.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
    lab = R.choice(["card no: ", "Card number - ", "cc# ", "its ", "card is ", "number: ", "CARD NO. "])
    c.t("agent", R.choice(["Hi, you're chatting with Dee at Brightline Energy. ", "Welcome to Northgate Bank web chat. ", "Thanks for contacting SkyJet support. "]) + "How can I help?")
    c.t("customer", R.choice(["i want to pay my bill, ", "need to update payment details. ", "pls take payment of the arrears, "]) + lab, V(typed_card(card), "CARD_NUMBER", c.g()),
        R.choice([" exp ", " expiry ", " exp date ", ", expires "]), V(fmt_expiry_typed(m, y), "EXPIRY", c.g()),
        R.choice([" cvv ", " security code ", " sec code: ", " cvc "]), V(cvv, "CVV", c.g()))
    c.t("agent", "Thank you, processing that now. Please don't share card details in chat in future.")
    return c


def p_asr_card_split():
    c = Case("positive", "spoken card split across turns with back-channels and read-back")
    card = make_card()
    groups = card_groups(card)
    gid = c.g()
    c.t("agent", R.choice(["and can i take the long number across the front of the card", "okay so the sixteen digit number please", "can you read me the card number when you're ready"]))
    for i, gr in enumerate(groups):
        pre = R.choice(["", "it's ", "so ", "right ", "then "]) if i == 0 else R.choice(["", "", "then ", "and ", "next is "])
        c.t("customer", pre, V(spoken_group(gr, fill=0.15), "CARD_NUMBER", gid))
        if i < len(groups) - 1:
            c.t("agent", R.choice(BACK))
    if R.random() < 0.7:
        rb = " ".join(spoken_digits(g_, doubles=False) for g_ in groups)
        c.t("agent", R.choice(["let me read that back ", "so that's ", "just to confirm "]), V(rb, "CARD_NUMBER", c.g()), R.choice(["", " is that right", " yeah"]))
        c.t("customer", R.choice(["yes", "yep that's it", "correct"]))
    m, y = R.randint(1, 12), R.randint(2025, 2031)
    c.t("agent", "and the expiry date")
    c.t("customer", R.choice(["it's ", "", "um ", "expires "]), V(fmt_expiry_spoken(m, y), "EXPIRY", c.g()))
    if R.random() < 0.8:
        cvv = "".join(R.choice("0123456789") for _ in range(3))
        c.t("agent", "and the three digits on the back")
        c.t("customer", R.choice(["", "that's ", "it's "]), V(spoken_group(cvv), "CVV", c.g()))
    return c


def p_asr_card_correction():
    c = Case("positive", "spoken card with restarted reading and aside")
    card = make_card(R.choice(["visa", "mc", "disc"]))
    g = card_groups(card)
    c.t("agent", "okay whenever you're ready with the card number")
    c.t("customer", V(spoken_digits(g[0] + g[1][:2], doubles=False), "CARD_NUMBER", c.g(), True),
        R.choice([" no wait sorry i'm reading the wrong card hang on ", " sorry let me start again ", " oh hang on that's my debit card "]))
    c.t("agent", R.choice(["no problem", "take your time", "that's fine"]))
    gid = c.g()
    c.t("customer", R.choice(["okay it's ", "right ", "okay "]), V(spoken_group(g[0]) + " " + spoken_group(g[1]), "CARD_NUMBER", gid),
        R.choice([" hold on the light's bad in here ", " sorry the dog's barking ", " one second the numbers are worn "]),
        V(spoken_group(g[2]) + " " + spoken_group(g[3], fill=0.2), "CARD_NUMBER", gid))
    c.t("agent", "thank you")
    return c


def p_card_lastfour_full():
    c = Case("positive", "full card read then referred to by last four in same case")
    card = make_card("visa")
    c.t("customer", "hi yeah i'd like to add a card to my account the number is ", V(spoken_digits(card, fill=0.05), "CARD_NUMBER", c.g()))
    c.t("agent", "thanks, so that's the visa ending ", V(spoken_digits(card[-4:], doubles=False), "CARD_NUMBER", c.g(), True), " is that right")
    c.t("customer", "yep")
    return c


def p_chat_ssn():
    c = Case("positive", "typed US SSN with DOB and ZIP")
    s = make_ssn()
    sf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
    d, m, y = make_dob()
    city, st, z3 = R.choice(US_CITY)
    z = z3 + "%02d" % R.randint(1, 99)
    c.t("agent", R.choice(["To verify your identity for your health insurance claim, please provide your SSN and date of birth.",
                           "For the tax account we need the SSN on file, DOB and billing ZIP.",
                           "Before I can discuss the benefits case I need some details."]))
    c.t("customer", R.choice(["ssn ", "SSN: ", "social is ", "Social Security # ", "ss no "]), V(sf, "SSN", c.g()),
        R.choice([", dob ", " DOB: ", ", born ", " birthday "]), V(fmt_dob_typed(d, m, y), "DOB", c.g()),
        R.choice([" zip ", ", ZIP code ", " zipcode: "]), V(z if R.random() < 0.7 else z + "-" + "%04d" % R.randint(1, 9999), "POSTCODE", c.g()))
    return c


def p_asr_ssn():
    c = Case("positive", "spoken SSN split 3-2-4 with back-channel and read-back")
    s = make_ssn()
    gid = c.g()
    c.t("agent", R.choice(["can i get your social security number please", "and the last... actually i need the full social for this one", "i'll need your social to pull up the medicare billing account"]))
    c.t("customer", R.choice(["sure it's ", "yeah ", "um ", "okay "]), V(spoken_group(s[:3], fill=0.2), "SSN", gid))
    c.t("agent", R.choice(BACK))
    c.t("customer", V(spoken_group(s[3:5]), "SSN", gid))
    c.t("agent", R.choice(BACK))
    c.t("customer", R.choice(["", "and then ", "then "]), V(spoken_group(s[5:], fill=0.15), "SSN", gid))
    if R.random() < 0.5:
        c.t("agent", "okay i have ", V(spoken_digits(s, doubles=False), "SSN", c.g()))
    return c


def p_asr_ssn_oneturn():
    c = Case("positive", "spoken SSN in one turn")
    s = make_ssn()
    c.t("agent", "and for security the social security number")
    c.t("customer", R.choice(["yeah it's ", "", "my social is ", "that'd be "]), V(spoken_group(s[:3]) + R.choice([" ", ", "]) + spoken_group(s[3:5]) + R.choice([" ", ", "]) + spoken_group(s[5:]), "SSN", c.g()),
        R.choice(["", " i think", " yeah"]))
    return c


def ni_typed(n):
    st = R.random()
    if st < 0.3:
        return n
    if st < 0.55:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st < 0.75:
        return n.lower()
    if st < 0.9:
        return n[:2] + " " + n[2:8] + " " + n[8]
    return n[:2].lower() + n[2:8] + n[8].upper()


def p_chat_ni():
    c = Case("positive", "typed UK NI number")
    n = make_ni()
    c.t("agent", R.choice(["For your Universal Credit enquiry can I have your National Insurance number?",
                           "To update your pension record please confirm your NI number.",
                           "I need your NINO to look up the payroll record."]))
    c.t("customer", R.choice(["NI no: ", "its ", "Sure - ", "national insurance number is ", "NINO ", ""]), V(ni_typed(n), "NI_NUMBER", c.g()),
        R.choice(["", " thanks", ". cheers", " (from my payslip)"]))
    return c


def p_asr_ni():
    c = Case("positive", "spoken NI number with letter spelling, possibly split")
    n = make_ni()
    c.t("agent", "and your national insurance number please")
    if R.random() < 0.5:
        gid = c.g()
        c.t("customer", R.choice(["it's ", "yeah it's ", "okay "]), V(spoken_alnum(n[:2], nato=0.6), "NI_NUMBER", gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(spoken_chunks(n[2:8], fill=0.1), "NI_NUMBER", gid))
        c.t("agent", R.choice(["and the last letter", "and the letter at the end"]))
        c.t("customer", V(spell_letter(n[8], R.choice(["plain", "nato", "alt"])), "NI_NUMBER", gid))
    else:
        c.t("customer", R.choice(["", "um it's ", "right "]), V(spoken_alnum(n[:2], nato=0.4) + " " + spoken_chunks(n[2:8], fill=0.1) + " " + spell_letter(n[8], R.choice(["plain", "nato"])), "NI_NUMBER", c.g()))
    if R.random() < 0.4:
        c.t("agent", "so that's ", V(" ".join(ch.lower() if ch.isalpha() else UNITS[int(ch)] for ch in n), "NI_NUMBER", c.g()))
    return c


def p_bank_typed():
    c = Case("positive", "typed UK sort code and account number")
    sc = "".join(R.choice("0123456789") for _ in range(6))
    ac = "".join(R.choice("0123456789") for _ in range(8))
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    c.t("customer", R.choice(["Please set up the direct debit for my water bill. ", "refund to my bank pls ", "Change of bank details for my car insurance: "]),
        R.choice(["sort code ", "S/C: ", "sortcode "]), V(scf, "SORT_CODE", c.g()), R.choice([" acct no: ", ", account ", " a/c ", " account number "]),
        V(ac if R.random() < 0.7 else ac[:4] + " " + ac[4:], "BANK_ACCOUNT", c.g()))
    c.t("agent", "Thanks, the direct debit will start next month.")
    return c


def p_bank_spoken():
    c = Case("positive", "spoken sort code in pairs and account number")
    sc = "".join(R.choice("0123456789") for _ in range(6))
    ac = "".join(R.choice("0123456789") for _ in range(8))
    c.t("agent", "what's the sort code")
    c.t("customer", R.choice(["", "it's ", "um "]), V(", ".join(pair_words(sc[i:i + 2], "mix") if R.random() < 0.6 and sc[i + 1] != "0" else spoken_digits(sc[i:i + 2], "mix") for i in (0, 2, 4)), "SORT_CODE", c.g()))
    c.t("agent", "and the account number")
    gid = c.g()
    if R.random() < 0.5:
        c.t("customer", V(spoken_group(ac[:4]), "BANK_ACCOUNT", gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(spoken_group(ac[4:], fill=0.2), "BANK_ACCOUNT", gid))
    else:
        c.t("customer", R.choice(["", "that's "]), V(spoken_chunks(ac, fill=0.1), "BANK_ACCOUNT", gid))
    return c


def p_us_bank():
    c = Case("positive", "US checking account number typed")
    ac = "".join(R.choice("0123456789") for _ in range(R.randint(9, 12)))
    c.t("customer", R.choice(["For the autopay, checking acct # ", "acct no: ", "my account number is "]), V(ac, "BANK_ACCOUNT", c.g()),
        R.choice([" routing is on file already", ", same bank as before", ""]))
    c.t("agent", "Got it, autopay updated.")
    return c


def p_iban():
    c = Case("positive", "IBAN typed or spoken")
    ib = make_iban()
    if R.random() < 0.55:
        f = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        c.t("customer", R.choice(["Please send the refund to IBAN: ", "my iban is ", "IBAN ", "Bank: "]), V(f, "IBAN", c.g()),
            R.choice(["", " - thanks", ". Account holder is me."]))
    else:
        gid = c.g()
        c.t("agent", "can you give me the iban for the refund")
        c.t("customer", R.choice(["yeah it's ", "okay ", ""]), V(spoken_alnum(ib[:4], nato=0.3) + " " + spoken_alnum(ib[4:8], nato=0.3), "IBAN", gid))
        c.t("agent", R.choice(BACK))
        c.t("customer", V(spoken_chunks(ib[8:], fill=0.08), "IBAN", gid))
    return c


def p_phone():
    c = Case("positive", "phone number typed or spoken")
    k, nat, intl = make_phone()
    if R.random() < 0.5:
        c.t("customer", R.choice(["best number to reach me: ", "Tel ", "call me back on ", "mob: ", "ph# "]), V(typed_phone(k, nat, intl), "PHONE", c.g()),
            R.choice(["", " after 5pm", " thx", " (mobile)"]))
        c.t("agent", "Noted, an engineer will call you.")
    else:
        c.t("agent", R.choice(["what's the best contact number", "and a number we can reach you on"]))
        c.t("customer", R.choice(["it's ", "yeah it's ", "", "my mobile is "]), V(spoken_phone(k, nat, intl), "PHONE", c.g()))
        if R.random() < 0.4:
            c.t("agent", "lovely so ", V(spoken_digits(nat, doubles=False), "PHONE", c.g()))
    return c


def p_phone_split():
    c = Case("positive", "spoken phone number split across turns")
    k, nat, intl = make_phone()
    gid = c.g()
    c.t("agent", "can i take a contact number")
    c.t("customer", R.choice(["sure ", "yeah ", ""]), V(spoken_digits(nat[:5]), "PHONE", gid))
    c.t("agent", R.choice(BACK))
    c.t("customer", V(spoken_chunks(nat[5:]), "PHONE", gid))
    return c


def p_email():
    c = Case("positive", "email typed or spoken")
    e = make_email()
    if R.random() < 0.45:
        ev = e if R.random() < 0.6 else (e.upper() if R.random() < 0.3 else e[0].upper() + e[1:])
        c.t("customer", R.choice(["email: ", "send the invoice to ", "my email is ", "e-mail addr ", "pls use "]), V(ev, "EMAIL", c.g()),
            R.choice(["", " thx", " not the old one", "."]))
    else:
        c.t("agent", "and what email address should we send the confirmation to")
        c.t("customer", R.choice(["it's ", "yeah it's ", "um ", ""]), V(spoken_email(e), "EMAIL", c.g()))
        if R.random() < 0.3:
            c.t("agent", "so that's ", V(spoken_email(e), "EMAIL", c.g()))
    return c


def p_address_uk():
    c = Case("positive", "UK address with postcode")
    num = R.randint(1, 240)
    street = R.choice(STREETS)
    pc, town = make_uk_pc()
    flat = R.random() < 0.3
    if R.random() < 0.5:
        addr = ("Flat %d, " % R.randint(1, 20) if flat else "") + "%d %s" % (num, street)
        c.t("customer", R.choice(["new address is ", "Address: ", "moving to ", "please update to "]), V(addr, "ADDRESS", c.g()), ", " + town + " ",
            V(pc if R.random() < 0.7 else pc.replace(" ", "").lower(), "POSTCODE", c.g()))
    else:
        addr = ("flat " + spoken_street_num(R.randint(1, 20)) + " " if flat else "") + spoken_street_num(num) + " " + street.lower()
        c.t("agent", "can you confirm the first line of the address and the postcode")
        c.t("customer", R.choice(["yeah it's ", "", "um "]), V(addr, "ADDRESS", c.g()), " in " + town.lower())
        c.t("agent", "and the postcode")
        c.t("customer", V(spoken_alnum(pc.replace(" ", ""), nato=0.3), "POSTCODE", c.g()))
    return c


def p_address_us():
    c = Case("positive", "US street address with ZIP")
    num = R.randint(10, 9999)
    street = R.choice(STREETS)
    city, st, z3 = R.choice(US_CITY)
    z = z3 + "%02d" % R.randint(1, 99)
    if R.random() < 0.5:
        addr = "%d %s%s" % (num, street, R.choice(["", " Apt %d" % R.randint(1, 30), " #%d" % R.randint(2, 12)]))
        c.t("customer", R.choice(["Ship to ", "billing address ", "Address on the policy: "]), V(addr, "ADDRESS", c.g()), ", %s, %s " % (city, st), V(z, "POSTCODE", c.g()))
    else:
        c.t("customer", R.choice(["i'm at ", "the address is ", "it's "]), V(spoken_street_num(num) + " " + street.lower(), "ADDRESS", c.g()), " " + city.lower())
        c.t("agent", "and the zip code")
        c.t("customer", V(spoken_digits(z), "POSTCODE", c.g()))
    return c


def p_dob():
    c = Case("positive", "date of birth typed or spoken")
    d, m, y = make_dob()
    if R.random() < 0.4:
        c.t("customer", R.choice(["DOB ", "date of birth: ", "born ", "d.o.b. "]), V(fmt_dob_typed(d, m, y), "DOB", c.g()))
    else:
        c.t("agent", R.choice(["can i take your date of birth", "and for security your date of birth please"]))
        c.t("customer", R.choice(["", "it's ", "yeah it's ", "um "]), V(fmt_dob_spoken(d, m, y), "DOB", c.g()))
    return c


def p_idv_mix():
    c = Case("positive", "identity verification: DOB, postcode, phone")
    d, m, y = make_dob()
    pc, town = make_uk_pc()
    k, nat, intl = make_phone()
    c.t("agent", R.choice(["thanks for calling the passport office", "you're through to claims at Harbour Insurance", "hello, Greenfield GP billing", "hiya, Voda support"]) + " can i start with your date of birth")
    c.t("customer", V(fmt_dob_spoken(d, m, y), "DOB", c.g()))
    c.t("agent", "and the postcode")
    c.t("customer", R.choice(["", "it's "]), V(spoken_alnum(pc.replace(" ", ""), nato=0.2), "POSTCODE", c.g()))
    c.t("agent", "and the phone number on the account")
    c.t("customer", V(spoken_phone(k, nat, intl), "PHONE", c.g()), R.choice(["", " i think", " that's my mobile"]))
    return c


def p_chat_card_split():
    c = Case("positive", "typed card split across chat messages")
    card = make_card("visa")
    gid = c.g()
    c.t("customer", R.choice(["card is ", "ok here goes: "]), V(card[:8], "CARD_NUMBER", gid))
    c.t("customer", V(card[8:] if R.random() < 0.5 else card[8:12] + " " + card[12:], "CARD_NUMBER", gid))
    c.t("agent", "Thanks, I have that. Expiry please?")
    m, y = R.randint(1, 12), R.randint(2025, 2031)
    c.t("customer", V(fmt_expiry_typed(m, y), "EXPIRY", c.g()))
    return c


POS = [(p_chat_card, 3), (p_asr_card_split, 5), (p_asr_card_correction, 2), (p_card_lastfour_full, 1),
       (p_chat_card_split, 1), (p_chat_ssn, 2), (p_asr_ssn, 2), (p_asr_ssn_oneturn, 1), (p_chat_ni, 2),
       (p_asr_ni, 3), (p_bank_typed, 1), (p_bank_spoken, 1), (p_us_bank, 1), (p_iban, 5),
       (p_phone, 2), (p_phone_split, 1), (p_email, 3), (p_address_uk, 2), (p_address_us, 2),
       (p_dob, 1), (p_idv_mix, 1)]


# ---------------------------------------------------------------- negative templates
def dg(n):
    return R.choice("123456789") + "".join(R.choice("0123456789") for _ in range(n - 1))


def n_neg():
    k = R.randrange(20)
    c = Case("negative", "")
    if k == 0:
        o = dg(16)
        c.note = "16-digit order number with its label"
        c.t("customer", "hi my order number is " + R.choice([o, " ".join(o[i:i + 4] for i in range(0, 16, 4))]) + " and it still hasn't arrived")
        c.t("agent", "Thanks, I can see order " + o + " was dispatched on the 3rd.")
    elif k == 1:
        o = dg(16)
        c.note = "reference number spoken in card-like groups"
        c.t("agent", "have you got the reference number from the letter")
        c.t("customer", "yeah the reference is " + " ".join(spoken_group(o[i:i + 4]) for i in range(0, 16, 4)))
        c.t("agent", "perfect that's pulled up your claim")
    elif k == 2:
        l4 = dg(4)
        c.note = "card last-four only"
        c.t("agent", R.choice(["i can see a payment from the card ending ", "is that the mastercard ending in "]) + R.choice([l4, spoken_digits(l4)]))
        c.t("customer", "yes the one ending " + spoken_digits(l4) + " that's right")
    elif k == 3:
        c.note = "amounts and balances"
        c.t("customer", "my balance says £%d.%02d but i only used %d gigabytes" % (R.randint(10, 999), R.randint(0, 99), R.randint(2, 60)))
        c.t("agent", "the outstanding amount is " + R.choice(["one hundred and forty two pounds sixty", "two thousand four hundred dollars", "eighty nine euro ninety nine"]) + " including a late fee of £12")
    elif k == 4:
        c.note = "opening hours, times and durations"
        c.t("agent", "we're open %d till %d monday to friday and the wait is about %d minutes" % (R.randint(7, 9), R.randint(17, 21), R.randint(5, 45)))
        c.t("customer", "okay i'll ring back at " + R.choice(["half four", "quarter past ten", "14:30", "nine fifteen"]))
    elif k == 5:
        t = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        c.note = "tracking number with label"
        c.t("customer", "Tracking number " + t + " shows delivered but nothing came")
        c.t("agent", "I've raised ticket #" + dg(7) + " for the courier.")
    elif k == 6:
        m = dg(6)
        c.note = "meter reading spoken digit by digit"
        c.t("agent", "can you read me the numbers on the meter from left to right")
        c.t("customer", "yeah it's " + spoken_digits(m) + " and then a red " + UNITS[R.randint(1, 9)])
        c.t("agent", "lovely so a reading of " + m)
    elif k == 7:
        c.note = "flight, gate and seat numbers"
        c.t("customer", "i'm on flight %s%d tomorrow, seat %d%s, gate %s%d" % (R.choice(["EI", "BA", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 40), R.choice("ABCDEF"), R.choice("ABC"), R.randint(1, 60)))
        c.t("agent", "Thanks, flight " + spoken_digits(str(R.randint(100, 999))) + " departs at 06:45 from terminal 2.")
    elif k == 8:
        p = R.choice(["POL", "HX", "MTR", "CL"]) + "-" + dg(9)
        c.note = "policy number with label"
        c.t("customer", "Policy number " + p + ", renewal was £" + str(R.randint(200, 900)))
        c.t("agent", "I have policy " + p + " renewing on 14/%02d/2026." % R.randint(1, 12))
    elif k == 9:
        s = dg(9)
        c.note = "9-digit claim number spoken like an SSN"
        c.t("customer", "the claim number is " + spoken_group(s[:3]) + " " + spoken_group(s[3:5]) + " " + spoken_group(s[5:]))
        c.t("agent", "mhm claim " + s[:3] + "-" + s[3:5] + "-" + s[5:] + " yep that's open")
    elif k == 10:
        c.note = "appointment and payment dates, years"
        c.t("agent", "your engineer appointment is on the %s of %s between eight and twelve" % (ORD[R.randint(1, 28)], R.choice(MONTHS)))
        c.t("customer", "and the next payment comes out on %02d/%02d/2026? i've been a customer since %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(1995, 2020)))
    elif k == 11:
        c.note = "percentages, temperatures, ages, counts"
        c.t("customer", "the boiler's showing %d degrees and the pressure is 1.%d bar, my mum is %d and lives alone" % (R.randint(30, 80), R.randint(0, 9), R.randint(60, 95)))
        c.t("agent", "the tariff went up %d.%d percent, there are %d households affected" % (R.randint(1, 20), R.randint(0, 9), R.randint(100, 5000)))
    elif k == 12:
        sn = dg(12)
        c.note = "serial and model numbers"
        c.t("customer", "model number WM" + dg(4) + "X, serial " + sn + ", bought in " + str(R.randint(2015, 2025)))
        c.t("agent", "thanks, serial " + spoken_digits(sn[:6]) + " dot dot dot, i've got it")
    elif k == 13:
        c.note = "road names and locations"
        c.t("customer", "i'm stuck on the " + R.choice(["M25 near junction 10", "A40 westbound", "I-95 exit 42", "N7 past the toll", "route 66"]) + " with a flat tyre")
        c.t("agent", "recovery will reach you in about %d minutes" % R.randint(20, 90))
    elif k == 14:
        inv = dg(R.choice([10, 13, 15]))
        c.note = "long invoice number spoken with double/triple"
        c.t("agent", "do you have the invoice number")
        c.t("customer", "invoice number " + spoken_digits(inv, fill=0.1))
        c.t("agent", "thanks invoice " + inv + " for £" + str(R.randint(20, 400)) + ".00")
    elif k == 15:
        cc = make_card()
        c.note = "Luhn-valid 16-digit number labelled as account reference"
        c.t("customer", "Customer reference number: " + cc + " (from top of the bill)")
        c.t("agent", "Thank you, reference " + cc + " is for your gas supply.")
    elif k == 16:
        c.note = "contract length, data and call durations"
        c.t("agent", "you're %d months into a %d month contract and used %d minutes" % (R.randint(1, 23), R.choice([12, 18, 24]), R.randint(100, 999)))
        c.t("customer", "i was on hold for forty five minutes last time")
    elif k == 17:
        c.note = "room and booking numbers"
        c.t("customer", "booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + ", room %d, checking out the %s" % (R.randint(100, 999), ORD[R.randint(1, 28)]))
        c.t("agent", "Room " + spoken_group(str(R.randint(100, 999))) + " noted, late checkout until 1pm")
    elif k == 18:
        c.note = "ticket number spoken with pairs and hesitation"
        t = dg(8)
        c.t("agent", "what's the ticket number")
        c.t("customer", "ticket number " + pair_words(t[:2], "oh") + " um " + pair_words(t[2:4], "oh") + " " + spoken_digits(t[4:]))
        c.t("agent", "ok ticket " + t + ", priority two")
    else:
        c.note = "prices and quantities in retail chat"
        c.t("customer", "I ordered %d units of item %s at $%d.%02d each but got charged for %d" % (R.randint(2, 9), dg(8), R.randint(5, 200), R.randint(0, 99), R.randint(10, 20)))
        c.t("agent", "Sorry! Refund of $%d.%02d issued, allow 3-5 working days." % (R.randint(5, 200), R.randint(0, 99)))
    return c


# ---------------------------------------------------------------- normalise / validate
NUMW = set(UNITS) | set(TEENS) | set(t for t in TENS if t) | {"oh", "o", "nought", "double", "triple", "hundred", "thousand"}
SKIP = set(FILLERS) | {"and", "slash", "plus", "for", "as", "in"}
NATO_REV = {v: k for k, v in NATO.items()}
ALT_REV = {v: k for k, v in ALT_SPELL.items()}


def sub_number(toks, i):
    """Parse a units/teens/tens(+unit) at toks[i]; return (digits str, new i) or (None, i)."""
    t = toks[i] if i < len(toks) else None
    if t in TENS and t:
        v = TENS.index(t)
        if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
            return "%d%d" % (v, UNITS.index(toks[i + 1])), i + 2
        return "%d0" % v, i + 1
    if t in TEENS:
        return str(10 + TEENS.index(t)), i + 1
    if t in UNITS:
        return str(UNITS.index(t)), i + 1
    return None, i


def normalise(text, letters=True):
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|\+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.isdigit():
            out.append(t)
            i += 1
        elif t == "+":
            out.append("+")
            i += 1
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            nx = toks[i + 1]
            d = "0" if nx in ZEROS else str(UNITS.index(nx))
            out.append(d * n)
            i += 2
        elif t in ZEROS and not (letters and t == "o" and i + 1 < len(toks) and toks[i + 1] in ("for", "as")):
            out.append("0")
            i += 1
        elif t in UNITS and i + 1 < len(toks) and toks[i + 1] in ("hundred", "thousand"):
            d = UNITS.index(t)
            w = 2 if toks[i + 1] == "hundred" else 3
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest, j = sub_number(toks, i)
            if rest is None:
                rest = ""
            i = j
            out.append(str(d) + rest.rjust(w, "0"))
        elif t in NUMW:
            v, i = sub_number(toks, i)
            if v is None:
                raise ValueError("bad number token %r in %r" % (t, text))
            out.append(v)
        elif t in SKIP:
            i += 1
        elif len(t) == 1 and letters:
            out.append(t.upper())
            i += 1
            if i + 1 < len(toks) and toks[i] in ("for", "as"):
                i += 2 if toks[i] == "for" else 3
        elif t == "plus":
            out.append("+")
            i += 1
        elif letters and t.isalpha() and len(t) <= 4 and t not in NATO_REV and t not in ALT_REV:
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?|[.@_-]", text.lower())
    if "@" in toks:
        return "".join(toks)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
        if t in m:
            out.append(m[t])
            i += 1
        elif t in ZEROS:
            out.append("0")
            i += 1
        elif t in NUMW:
            v, j = sub_number(toks, i)
            if v is None:
                raise ValueError("bad email token %r" % t)
            out.append(v)
            i = j
        elif len(t) == 1 and i + 1 < len(toks) and toks[i + 1] in ("for", "as"):
            out.append(t)
            i += 3 if toks[i + 1] == "for" else 4
        else:
            out.append(t)
            i += 1
    return "".join(out)


MONTH_RE = "|".join(MONTHS + [m[:3] for m in MONTHS])


def validate(typ, texts, partial):
    joined = " ".join(texts)
    if typ == "EMAIL":
        e = norm_email(joined)
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) is not None, e
    if typ == "ADDRESS":
        ok = re.match(r"(?i)(flat|apt|apartment|unit)?\s*\S", joined) and re.search(
            r"(?i)(road|avenue|lane|kingsway|grove|street|drive|close|crescent|terrace|way|gardens|boulevard|hill|court)\b", joined)
        return bool(ok), joined
    if typ == "DOB":
        ok = re.search(r"(?i)\b(%s)\b" % MONTH_RE, joined) or re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}", joined) \
            or len(normalise(re.sub(r"\b(the|of)\b", "", joined))) >= 6
        return bool(ok), joined
    if typ == "EXPIRY":
        if re.search(r"(?i)\b(%s)\b" % MONTH_RE, joined):
            return True, joined
        if re.fullmatch(r"\d{1,2}\s*[/-]\s*(\d{2}|\d{4})", joined):
            return True, joined
        n = normalise(re.sub(r"\b(end|of)\b", "", joined))
        return n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12, n
    n = "".join(normalise(t, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE")) for t in texts)
    if partial:
        return n.isdigit() and len(n) >= 3, n
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" and n[3:5] != "00" and n[5:] != "0000", n
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) is not None and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17, n
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n) is not None and mod97_ok(n), n
    if typ == "PHONE":
        d = n.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13, n
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", n) is not None, n
    raise ValueError(typ)


# ---------------------------------------------------------------- build
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINS = dict((t, 10) for t in TYPES)
MINS.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)


def build():
    pos, neg = [], []
    funcs = [f for f, w in POS for _ in range(w)]
    counts = dict((t, 0) for t in TYPES)
    while len(pos) < 210 or any(counts[t] < MINS[t] for t in TYPES):
        c = R.choice(funcs)()
        for s in c.spans:
            counts[s["type"]] += 1
        pos.append(c)
    while len(neg) < 110:
        neg.append(n_neg())
    return pos, neg


def records(pos, neg):
    recs = []
    for prefix, lst in (("pos", pos), ("neg", neg)):
        for i, c in enumerate(lst, 1):
            recs.append({"id": "h447-%s-%03d" % (prefix, i), "kind": c.kind, "turns": c.turns,
                         "spans": c.spans, "note": c.note})
    return recs


def serialise(recs):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def check(recs, cases, data):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != data:
            errs.append("file is not byte-identical to regenerated output")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, c in zip(recs, cases):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        by_turn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            if not (0 <= s["turn"] < len(r["turns"])):
                errs.append("%s: turn out of range" % r["id"])
                continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            v = txt[a:b]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s: span %r not trimmed" % (r["id"], v))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], v))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        for gid, (typ, partial, texts) in c.groups.items():
            try:
                ok, n = validate(typ, texts, partial)
            except Exception as ex:  # noqa
                ok, n = False, str(ex)
            if not ok:
                errs.append("%s: invalid %s %r -> %r" % (r["id"], typ, texts, n))
    counts = dict((t, 0) for t in TYPES)
    for r in recs:
        for s in r["spans"]:
            counts[s["type"]] += 1
    for t in TYPES:
        if counts[t] < MINS[t]:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    npos = sum(r["kind"] == "positive" for r in recs)
    if npos < 200 or len(recs) - npos < 100:
        errs.append("too few cases")
    return errs, counts, npos, len(recs) - npos


def main():
    pos, neg = build()
    recs = records(pos, neg)
    data = serialise(recs)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(recs, pos + neg, data)
        for e in errs[:50]:
            print("ERROR", e)
        print("positive %d negative %d spans %s" % (npos, nneg, counts))
        print("FAIL (%d errors)" % len(errs) if errs else "OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(data)
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII evaluation set pii_holdout181 (UK/IE emphasis).

Written by an AI helper acting as an independent author (it never saw the
redaction code).  Standard library only; output is byte-for-byte reproducible.

    python scripts/make_pii_holdout181.py           # write fixture + README
    python scripts/make_pii_holdout181.py --check   # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 181241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout181"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu"}
FOR_WORDS = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward",
             "F": "freddie", "G": "george", "H": "harry", "J": "john", "K": "kilo",
             "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
             "S": "sugar", "T": "tommy", "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra",
             "O": "oscar", "Q": "queen", "I": "india", "U": "uniform", "V": "victor"}
HOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "Q": "queue",
        "T": "tee", "Y": "why", "Z": "zed", "H": "aitch", "R": "are", "X": "ex"}
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(rng):
    return rng.choice(["zero", "oh", "o", "nought", "oh", "zero"])


def digit_words(digits, rng, style=None):
    """Render a digit string as an ASR would, style chosen at random."""
    style = style or rng.choice(["single", "single", "double", "pairs", "mixed"])
    out = []
    i = 0
    zw = zero_word(rng)
    while i < len(digits):
        d = digits[i]
        if style in ("double", "mixed") and i + 2 < len(digits) and digits[i + 1] == d == digits[i + 2]:
            out.append("triple " + (zw if d == "0" else ONES[int(d)]))
            i += 3
            continue
        if style in ("double", "mixed") and i + 1 < len(digits) and digits[i + 1] == d:
            out.append("double " + (zw if d == "0" else ONES[int(d)]))
            i += 2
            continue
        if (style in ("pairs", "mixed") and i + 1 < len(digits) and d != "0"
                and digits[i + 1] != "0"
                and (style == "pairs" or rng.random() < 0.5)):
            n = int(digits[i:i + 2])
            if n < 20:
                out.append(TEENS[n - 10])
            elif n % 10 == 0:
                out.append(TENS[n // 10])
            else:
                out.append(TENS[n // 10] + " " + ONES[n % 10])
            i += 2
            continue
        out.append(zw if d == "0" else ONES[int(d)])
        i += 1
    return " ".join(out)


def letter_word(ch, rng, style=None):
    style = style or rng.choice(["plain", "plain", "for", "nato", "homo"])
    if ch == "O" and style in ("plain", "homo"):
        style = "for"
    if style == "homo" and ch not in HOMO:
        style = "plain"
    if style == "plain":
        return ch.lower()
    if style == "for":
        return "%s for %s" % (ch.lower(), FOR_WORDS[ch])
    if style == "nato":
        return NATO[ch]
    return HOMO[ch]


def alnum_words(s, rng, dstyle=None, lstyle=None):
    parts = re.findall(r"\d+|[A-Z]", s)
    out = []
    for p in parts:
        if p.isdigit():
            out.append(digit_words(p, rng, dstyle))
        else:
            out.append(letter_word(p, rng, lstyle))
    return " ".join(out)


# ---------------------------------------------------------------- values
def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def luhn_ok(n):
    total = 0
    for i, ch in enumerate(reversed(n)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice(["929", "462", "659", "751", "000"]), 16, rng)
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "53", "55", "2221", "5413"]), 16, rng)
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if kind == "disc":
        return luhn_complete("6011", 16, rng)
    if kind == "visa19":
        return luhn_complete("4", 19, rng)
    return luhn_complete("6759", 18, rng)


def group_card(n, sep):
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, len(n), 4)]
    return sep.join(g)


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def gen_ssn(rng):
    a = rng.choice([rng.randrange(1, 666), rng.randrange(667, 900)])
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


def gen_digits(rng, n, first_nonzero=True):
    s = str(rng.randrange(1, 10)) if first_nonzero else str(rng.randrange(10))
    return s + "".join(str(rng.randrange(10)) for _ in range(n - 1))


def gen_sort(rng):
    return rng.choice(["40", "20", "30", "60", "11", "77", "83", "90", "09", "56"]) + gen_digits(rng, 4, False)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(rng):
    c = rng.choice(["IE", "IE", "IE", "GB", "GB", "DE", "FR", "NL", "ES"])
    if c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + "9" + gen_digits(rng, 5) + gen_digits(rng, 8)
    elif c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + gen_digits(rng, 6) + gen_digits(rng, 8)
    elif c == "DE":
        bban = gen_digits(rng, 18)
    elif c == "FR":
        bban = gen_digits(rng, 10) + gen_digits(rng, 11, False) + gen_digits(rng, 2, False)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + gen_digits(rng, 10, False)
    else:
        bban = gen_digits(rng, 20)
    return c + iban_check(c, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = [("LS", "Leeds"), ("M", "Manchester"), ("B", "Birmingham"), ("BS", "Bristol"),
            ("EH", "Edinburgh"), ("G", "Glasgow"), ("CF", "Cardiff"), ("NE", "Newcastle"),
            ("SW", "London"), ("E", "London"), ("N", "London"), ("BT", "Belfast"),
            ("L", "Liverpool"), ("S", "Sheffield"), ("NG", "Nottingham"), ("PL", "Plymouth"),
            ("YO", "York"), ("CB", "Cambridge"), ("SE", "London"), ("DH", "Durham")]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    area, town = rng.choice(UK_AREAS)
    out = area + str(rng.randrange(1, 20 if len(area) == 2 else 10))
    return out + str(rng.randrange(10)) + rng.choice(PC_LET) + rng.choice(PC_LET), town


EIR = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "T12", "H91", "V94", "A94", "K78", "W23", "R95", "X91", "F92"]
EIR_TOWN = {"D": "Dublin", "T": "Cork", "H": "Galway", "V": "Limerick", "A": "Blackrock",
            "K": "Lucan", "W": "Maynooth", "R": "Kilkenny", "X": "Waterford", "F": "Letterkenny"}
EIR_LET = "ACDEFHKNPRTVWXY"


def gen_eircode(rng):
    rk = rng.choice(EIR)
    u = "".join(rng.choice(EIR_LET + "0123456789") for _ in range(4))
    if u[0].isdigit():
        u = rng.choice(EIR_LET) + u[1:]
    return rk + u, EIR_TOWN[rk[0]]


def gen_zip(rng):
    return gen_digits(rng, 5, False) if rng.random() < 0.8 else gen_digits(rng, 5) + gen_digits(rng, 4, False)


STREETS_UK = ["Kingsley Road", "Bramble Close", "Victoria Street", "Moorland Avenue", "Hawthorn Drive",
              "Station Road", "Queens Crescent", "Elm Grove", "Mill Lane", "Beechwood Gardens",
              "Church Street", "Albert Terrace", "Oakfield Way", "Castle Hill", "Park View"]
STREETS_IE = ["Main Street", "Grange Road", "Seafield Park", "Ard na Greine", "Castle Avenue",
              "Beech Hill Drive", "Orwell Road", "Bóthar na Trá", "College Green", "Mount Pleasant Avenue"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Pine Ridge Road", "Lakeview Drive",
              "Elm Street", "Washington Avenue", "Cedar Lane"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return ONES[h] + " hundred"
    return ONES[h] + " " + (num_words(r) if r >= 10 else "oh " + ONES[r])


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


def year_words(y, rng):
    if y >= 2000:
        return rng.choice(["two thousand and " + ONES[y - 2000] if y < 2010 else "twenty " + num_words(y - 2000),
                           "two thousand " + num_words(y - 2000)])
    return num_words(y // 100) + " " + num_words(y % 100) if y % 100 >= 10 else num_words(y // 100) + " oh " + ONES[y % 10]


def gen_dob(rng):
    return rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1941, 2006)


def dob_spoken(d, m, y, rng):
    st = rng.randrange(4)
    if st == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y, rng))
    if st == 1:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y, rng))
    if st == 2:
        return "%s %s %s" % (digit_words("%02d" % d, rng, "single"), digit_words("%02d" % m, rng, "single"),
                             num_words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 10])
    return "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y, rng))


def dob_typed(d, m, y, rng):
    st = rng.randrange(5)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d.%d.%d" % (d, m, y)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize()[:3], y)
    if st == 3:
        return "%02d-%02d-%02d" % (d, m, y % 100)
    return "%d%s %s %d" % (d, "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"),
                           MONTHS[m - 1].capitalize(), y)


def gen_uk_mobile(rng):
    return "07" + rng.choice(["700", "712", "723", "734", "745", "756", "787", "799", "811", "900"]) + gen_digits(rng, 6, False)


def gen_uk_land(rng):
    return rng.choice(["0113", "0161", "0121", "0117", "0131", "0141", "0191", "0208", "0207", "0289"]) + gen_digits(rng, 7)


def gen_ie_mobile(rng):
    return "08" + rng.choice(["3", "5", "6", "7", "9"]) + gen_digits(rng, 7, False)


def gen_ie_land(rng):
    return rng.choice(["01", "021", "091", "061"]) + gen_digits(rng, 7 if True else 6)


def gen_us_phone(rng):
    return str(rng.randrange(2, 10)) + gen_digits(rng, 2, False) + str(rng.randrange(2, 10)) + gen_digits(rng, 6, False)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "david", "emma", "liam", "grace",
         "mohammed", "chloe", "sean", "olivia", "rhys", "fiona", "darren", "hannah", "patrick"]
LAST = ["murphy", "walsh", "patel", "smith", "obrien", "jones", "kelly", "evans", "byrne", "taylor",
        "macleod", "nolan", "hughes", "brennan", "khan", "doyle", "price", "gallagher"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.ie", "outlook.com", "btinternet.com", "eircom.net",
        "icloud.com", "live.ie", "sky.com", "protonmail.com"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    st = rng.randrange(5)
    local = [f + "." + l, f[0] + l, f + "_" + l + str(rng.randrange(1, 99)), l + f[0] + str(rng.randrange(70, 99)), f + "-" + l][st]
    return local + "@" + rng.choice(DOMS)


def email_spoken(e, rng):
    local, dom = e.split("@")
    def conv(s):
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", rng.choice([" dash ", " hyphen "]))
        s = re.sub(r"\d+", lambda m: " " + digit_words(m.group(), rng, "single") + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    return conv(local) + " at " + conv(dom)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                self.spans.append({"turn": idx, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def split_words(s, n, rng):
    w = s.split(" ")
    # never split inside "x for word", "double x", "twenty one" etc: split only at digit-word boundaries
    cuts = sorted(rng.sample(range(1, len(w)), min(n - 1, len(w) - 1)))
    parts, prev = [], 0
    for c in cuts + [len(w)]:
        parts.append(" ".join(w[prev:c]))
        prev = c
    return parts


def chunks_spoken(digits, sizes, rng, style=None):
    out, i = [], 0
    for s in sizes:
        out.append(digit_words(digits[i:i + s], rng, style))
        i += s
    if i < len(digits):
        out[-1] = out[-1] + " " + digit_words(digits[i:], rng, style)
    return out


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got that", "lovely"]
CALL = "call"
CHAT = "chat"

# ---------------------------------------------------------------- positive templates


def p_card_call(rng):
    ind = rng.choice(["telecom", "utilities", "retail", "insurance", "travel", "banking"])
    card = gen_card(rng)
    c = Case("positive", "")
    amt = rng.choice(["forty two pounds fifty", "a hundred and twelve euro", "eighty nine ninety nine",
                      "three hundred and fifteen pounds", "twenty euro"])
    c.a("so that's %s today can i take the long card number please" % amt)
    st = rng.randrange(4)
    if st == 0:
        c.c(rng.choice(["yeah it's ", "okay so ", "right it's ", ""]), (digit_words(card, rng), "CARD_NUMBER"))
        c.note = "call/%s: card read in one turn (%d digits), spoken digits" % (ind, len(card))
    elif st == 1:
        sizes = [4] * (len(card) // 4)
        parts = chunks_spoken(card, sizes, rng)
        c.c("yep ", (parts[0], "CARD_NUMBER"))
        for p in parts[1:]:
            c.a(rng.choice(BACK))
            c.c((p, "CARD_NUMBER"))
        c.note = "call/%s: card split over several customer turns with back-channels" % ind
    elif st == 2:
        parts = chunks_spoken(card, [4] * (len(card) // 4), rng)
        f = rng.choice(FILLERS)
        txt = (" %s " % f).join(parts)
        c.c(rng.choice(["hang on let me get it out of me purse ", "one sec ", ""]))
        c.c("okay it's ", (txt, "CARD_NUMBER"), " sorry i'm on the bus")
        c.note = "call/%s: card read with filler words between groups" % ind
    else:
        parts = chunks_spoken(card, [4] * (len(card) // 4), rng, "pairs")
        c.c((" ".join(parts), "CARD_NUMBER"))
        c.a("let me read that back ", (digit_words(card, rng, "single"), "CARD_NUMBER"), " is that right")
        c.c("yes that's it")
        c.note = "call/%s: card read in pairs then read back by agent" % ind
    if rng.random() < 0.6:
        exp_m, exp_y = rng.randrange(1, 13), rng.randrange(26, 33)
        ex = rng.choice(["%s %s" % (digit_words("%02d" % exp_m, rng, "single"), num_words(exp_y)),
                         "%s twenty %s" % (MONTHS[exp_m - 1], num_words(exp_y)),
                         "%s %s" % (digit_words("%02d" % exp_m, rng, "single"), digit_words("%02d" % exp_y, rng, "single"))])
        c.a("and the expiry date")
        c.c(rng.choice(["it's ", "expires ", ""]), (ex, "EXPIRY"))
        cv = gen_digits(rng, 4 if len(card) == 15 else 3, False)
        c.a("and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front")
        c.c((digit_words(cv, rng, rng.choice(["single", "double"])), "CVV"))
        c.note += "; expiry and security code in separate turns"
    return c


def p_card_chat(rng):
    ind = rng.choice(["telecom", "retail", "travel", "insurance", "utilities"])
    card = gen_card(rng)
    sep = rng.choice([" ", "-", "", " ", "."])
    ct = group_card(card, sep)
    c = Case("positive", "chat/%s: card typed with separator %r" % (ind, sep))
    c.a("Please can you provide the card details for the payment of £%d.%02d?" % (rng.randrange(10, 400), rng.randrange(100)))
    m, y = rng.randrange(1, 13), rng.randrange(26, 33)
    ex = rng.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y)])
    cv = gen_digits(rng, 4 if len(card) == 15 else 3, False)
    st = rng.randrange(3)
    if st == 0:
        c.c("card: ", (ct, "CARD_NUMBER"), " exp ", (ex, "EXPIRY"), " cvv ", (cv, "CVV"))
    elif st == 1:
        c.c("its ", (ct, "CARD_NUMBER"))
        c.a("Thanks. Expiry and security code?")
        c.c((ex, "EXPIRY"), " and ", (cv, "CVV"))
    else:
        c.c("ok ", (ct, "CARD_NUMBER"), " expires ", (ex, "EXPIRY"), " and the code on the back is ", (cv, "CVV"), " ty")
    return c


def ni_spoken(ni, rng):
    st = rng.randrange(5)
    L1, L2, D, S = ni[0], ni[1], ni[2:8], ni[8]
    if st == 0:
        return "%s %s %s %s" % (letter_word(L1, rng, "plain"), letter_word(L2, rng, "plain"), digit_words(D, rng, "single"), letter_word(S, rng, "plain"))
    if st == 1:
        return "%s %s %s %s" % (letter_word(L1, rng, "for"), letter_word(L2, rng, "for"), digit_words(D, rng, "pairs"), letter_word(S, rng, "for"))
    if st == 2:
        return "%s %s %s %s" % (letter_word(L1, rng, "homo"), letter_word(L2, rng, "homo"), digit_words(D, rng, "mixed"), letter_word(S, rng, "homo"))
    if st == 3:
        return "%s %s %s %s" % (letter_word(L1, rng, "nato"), letter_word(L2, rng, "nato"), digit_words(D, rng, "double"), letter_word(S, rng, "plain"))
    return "%s%s %s %s" % (L1.lower(), L2.lower(), digit_words(D, rng, "pairs"), S.lower())


def ni_typed(ni, rng):
    st = rng.randrange(6)
    if st == 0:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 1:
        return ni.lower()
    if st == 2:
        return ni
    if st == 3:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 4:
        return "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return "%s%s %s %s %s" % (ni[0], ni[1].lower(), ni[2:4], ni[4:6], ni[6:8] + ni[8].lower())


def p_ni_call(rng):
    ind = rng.choice(["government services", "banking", "payroll", "pensions", "insurance", "student finance"])
    ni = gen_ni(rng)
    c = Case("positive", "")
    c.a(rng.choice(["can i take your national insurance number please",
                    "and for security your n i number",
                    "what's your national insurance number"]))
    st = rng.randrange(4)
    if st == 0:
        c.c(rng.choice(["yeah it's ", "it's ", "um ", ""]), (ni_spoken(ni, rng), "NI_NUMBER"))
        c.note = "call/%s: NI number spoken in one turn" % ind
    elif st == 1:
        parts = [letter_word(ni[0], rng, "plain") + " " + letter_word(ni[1], rng, "plain"),
                 digit_words(ni[2:5], rng, "single"), digit_words(ni[5:8], rng, "single") + " " + letter_word(ni[8], rng)]
        c.c((parts[0], "NI_NUMBER"))
        for p in parts[1:]:
            c.a(rng.choice(BACK))
            c.c((p, "NI_NUMBER"))
        c.note = "call/%s: NI number split over three customer turns" % ind
    elif st == 2:
        bad = ni[:8] + rng.choice([x for x in "ABCD" if x != ni[8]])
        c.c("it's ", (ni_spoken(bad, rng), "NI_NUMBER"), " no hang on")
        c.a("take your time")
        c.c("sorry the last letter it's ", (ni_spoken(ni, rng), "NI_NUMBER"))
        c.note = "call/%s: NI number with self-correction (both readings labelled)" % ind
    else:
        dd, mm, yy = gen_dob(rng)
        c.c("i think it's ", (ni_spoken(ni, rng), "NI_NUMBER"), " and my date of birth is ", (dob_spoken(dd, mm, yy, rng), "DOB"))
        c.note = "call/%s: NI number and DOB in one turn" % ind
    if rng.random() < 0.3:
        c.a("thank you i'll read it back ", (ni_spoken(ni, rng), "NI_NUMBER"))
        c.note += "; agent read-back"
    return c


def p_ni_chat(rng):
    ind = rng.choice(["government services", "payroll", "pensions", "benefits", "HMRC-style tax"])
    ni = gen_ni(rng)
    c = Case("positive", "chat/%s: NI number typed" % ind)
    c.a("Could you confirm your National Insurance number?")
    st = rng.randrange(3)
    if st == 0:
        c.c((ni_typed(ni, rng), "NI_NUMBER"))
    elif st == 1:
        c.c("yes its ", (ni_typed(ni, rng), "NI_NUMBER"), " - started the job on 3rd march")
    else:
        c.c("NI no. ", (ni_typed(ni, rng), "NI_NUMBER"), ", postcode ", (gen_uk_pc(rng)[0], "POSTCODE"))
        c.note += " with postcode"
    return c


def p_ssn(rng):
    ind = rng.choice(["healthcare billing", "banking", "insurance", "government services", "telecom"])
    ssn = gen_ssn(rng)
    c = Case("positive", "")
    st = rng.randrange(5)
    if st == 0:
        c.a("can i get your social security number to verify")
        c.c("sure it's ", (digit_words(ssn, rng), "SSN"))
        c.note = "call/%s: SSN read digit by digit" % ind
    elif st == 1:
        c.a("what's your social")
        c.c((digit_words(ssn[:3], rng, "single"), "SSN"))
        c.a("uh huh")
        c.c((digit_words(ssn[3:5], rng), "SSN"))
        c.a("okay")
        c.c((digit_words(ssn[5:], rng), "SSN"))
        c.note = "call/%s: SSN split 3-2-4 over customer turns" % ind
    elif st == 2:
        f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"])
        c.a("Please provide your SSN so I can locate the account.")
        c.c("SSN is ", (f % (ssn[:3], ssn[3:5], ssn[5:]), "SSN"), " and zip ", (gen_zip(rng), "POSTCODE"))
        c.note = "chat/%s: SSN typed with zip" % ind
    elif st == 3:
        dd, mm, yy = gen_dob(rng)
        c.a("Hi, to verify I need your social and DOB")
        c.c((ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], "SSN"), " / ", ("%d/%d/%d" % (mm, dd, yy), "DOB"))
        c.note = "chat/%s: SSN and US-style DOB separated by slash" % ind
    else:
        c.a("and your social security number")
        c.c("um ", (digit_words(ssn[:3], rng) + " " + rng.choice(FILLERS) + " " + digit_words(ssn[3:5], rng) + " " + digit_words(ssn[5:], rng), "SSN"), " i think yeah")
        c.a("thank you and that's for the claim filed on march ninth right")
        c.note = "call/%s: SSN with filler inside reading, claim date nearby" % ind
    return c


def p_bank(rng):
    ind = rng.choice(["banking", "utilities direct debit", "payroll", "council tax", "insurance refunds"])
    sc, acc = gen_sort(rng), gen_digits(rng, 8, False)
    c = Case("positive", "")
    st = rng.randrange(5)
    if st == 0:
        c.a("can i take the sort code for the direct debit")
        c.c((digit_words(sc, rng, rng.choice(["pairs", "single", "mixed"])), "SORT_CODE"))
        c.a("and the account number")
        c.c("it's ", (digit_words(acc, rng), "BANK_ACCOUNT"))
        c.note = "call/%s: sort code and account number in separate turns" % ind
    elif st == 1:
        c.a("What are the bank details for the refund?")
        f = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"])
        c.c("sort code ", (f % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), rng.choice([" acc ", " account no ", ", a/c "]), (acc, "BANK_ACCOUNT"))
        c.note = "chat/%s: sort code and account in one message" % ind
    elif st == 2:
        c.a("right the sort code first")
        c.c((digit_words(sc[:2], rng, "pairs"), "SORT_CODE"))
        c.a("mhm")
        c.c((digit_words(sc[2:], rng, "pairs"), "SORT_CODE"))
        c.a("and the eight digit account number")
        parts = split_words(digit_words(acc, rng, "single"), 2, rng)
        c.c((parts[0], "BANK_ACCOUNT"))
        c.a("go on")
        c.c((parts[1], "BANK_ACCOUNT"), " that's the joint account")
        c.note = "call/%s: sort code and account each split over two turns" % ind
    elif st == 3:
        c.a("so you want the refund of sixty two pounds to go to which account")
        c.c("the account number is ", (digit_words(acc, rng, "mixed"), "BANK_ACCOUNT"), " sort code ", (digit_words(sc, rng, "pairs"), "SORT_CODE"))
        c.note = "call/%s: account then sort code in one turn with refund amount" % ind
    else:
        acc = gen_digits(rng, 8, False)
        c.a("Can you confirm the account the payment came from")
        c.c("it's my Nationwide one, ", (acc[:4] + " " + acc[4:], "BANK_ACCOUNT"), " sort ", (sc[:2] + "." + sc[2:4] + "." + sc[4:], "SORT_CODE"))
        c.note = "chat/%s: account typed in two groups, dotted sort code" % ind
    return c


def p_iban(rng):
    ind = rng.choice(["banking", "travel refunds", "utilities", "payroll", "insurance", "e-commerce"])
    ib = gen_iban(rng)
    c = Case("positive", "")
    st = rng.randrange(4)
    if st == 0:
        c.a("Please send the IBAN for the refund")
        c.c((group4(ib), "IBAN"))
        c.note = "chat/%s: IBAN typed in groups of four (%s)" % (ind, ib[:2])
    elif st == 1:
        c.a("Which account should we pay into?")
        c.c("IBAN ", (ib.lower() if rng.random() < 0.5 else ib, "IBAN"), " thanks, the ref was INV 20931")
        c.note = "chat/%s: IBAN unspaced next to an invoice reference (%s)" % (ind, ib[:2])
    elif st == 2:
        c.a("can you read me the iban")
        words = alnum_words(ib, rng, "single", rng.choice(["plain", "for"]))
        parts = split_words(words, 3, rng)
        c.c((parts[0], "IBAN"))
        c.a("yep")
        c.c((parts[1], "IBAN"))
        c.a("okay go on")
        c.c((parts[2], "IBAN"))
        c.note = "call/%s: IBAN spoken over three turns (%s)" % (ind, ib[:2])
    else:
        c.a("and the iban for the account")
        c.c("it's ", (alnum_words(ib, rng, rng.choice(["single", "pairs"]), "plain"), "IBAN"), " i think the bic is aib k i e two d")
        c.note = "call/%s: IBAN spoken in one turn, BIC mentioned (unlabelled) (%s)" % (ind, ib[:2])
    return c


def phone_typed(num, rng, kind):
    if kind == "uk":
        f = rng.randrange(4)
        if f == 0:
            return num[:5] + " " + num[5:]
        if f == 1:
            return "+44 " + num[1:5] + " " + num[5:]
        if f == 2:
            return "(0" + num[1:4] + ") " + num[4:7] + " " + num[7:]
        return "+44(0)" + num[1:]
    if kind == "ie":
        f = rng.randrange(3)
        if f == 0:
            return num[:3] + " " + num[3:6] + " " + num[6:]
        if f == 1:
            return "+353 " + num[1:3] + " " + num[3:]
        return "00353" + num[1:]
    f = rng.randrange(3)
    if f == 0:
        return "(%s) %s-%s" % (num[:3], num[3:6], num[6:])
    if f == 1:
        return "+1 %s-%s-%s" % (num[:3], num[3:6], num[6:])
    return "%s.%s.%s" % (num[:3], num[3:6], num[6:])


def p_phone(rng):
    kind = rng.choice(["uk", "uk", "ie", "ie", "us"])
    ind = rng.choice(["telecom", "retail delivery", "utilities", "healthcare billing", "travel"])
    num = {"uk": lambda: rng.choice([gen_uk_mobile, gen_uk_land])(rng),
           "ie": lambda: rng.choice([gen_ie_mobile, gen_ie_land])(rng),
           "us": lambda: gen_us_phone(rng)}[kind]()
    c = Case("positive", "")
    st = rng.randrange(4)
    if st == 0:
        c.a("whats the best number to reach you on")
        c.c("it's ", (digit_words(num, rng, rng.choice(["single", "double", "mixed"])), "PHONE"))
        c.note = "call/%s: %s phone spoken" % (ind, kind)
    elif st == 1:
        c.a("Can we have a contact number for the courier?")
        c.c("yeah ", (phone_typed(num, rng, kind), "PHONE"), " after 5pm is best")
        c.note = "chat/%s: %s phone typed, time nearby" % (ind, kind)
    elif st == 2:
        intl = {"uk": "plus four four", "ie": "plus three five three", "us": "plus one"}[kind]
        rest = num[1:] if kind != "us" else num
        rest_w = digit_words(rest, rng)
        parts = [intl + " " + rest_w] if rng.random() < 0.4 else [intl, rest_w]
        c.a("and a mobile number with the country code")
        c.c((parts[0], "PHONE"))
        if len(parts) > 1:
            c.a("mhm")
            c.c((parts[1], "PHONE"))
        c.note = "call/%s: %s phone in international spoken form" % (ind, kind)
    else:
        n2 = gen_uk_mobile(rng) if kind == "uk" else gen_ie_mobile(rng) if kind == "ie" else gen_us_phone(rng)
        c.a("is the number we have still ", (digit_words(num, rng, "single"), "PHONE"))
        c.c("no that's the old one the new one is ", (digit_words(n2, rng), "PHONE"))
        c.note = "call/%s: agent reads old %s number, customer gives new" % (ind, kind)
    return c


def p_email(rng):
    ind = rng.choice(["retail", "telecom", "travel", "utilities", "insurance"])
    e = gen_email(rng)
    c = Case("positive", "")
    st = rng.randrange(3)
    if st == 0:
        c.a("what email address should the receipt go to")
        c.c("it's ", (email_spoken(e, rng), "EMAIL"))
        c.note = "call/%s: email spoken with 'at' and 'dot'" % ind
    elif st == 1:
        c.a("What's the email on the account?")
        c.c((e if rng.random() < 0.5 else e.upper(), "EMAIL"), " - order 4471902 still hasnt come")
        c.note = "chat/%s: email typed, order number nearby" % ind
    else:
        c.a("and can i confirm the email we have is ", (email_spoken(e, rng), "EMAIL"))
        c.c("yeah that's right")
        c.note = "call/%s: agent reads back email" % ind
    return c


def p_dob(rng):
    ind = rng.choice(["banking", "healthcare billing", "insurance", "government services", "telecom"])
    d, m, y = gen_dob(rng)
    c = Case("positive", "")
    st = rng.randrange(3)
    if st == 0:
        c.a("can you confirm your date of birth")
        c.c((dob_spoken(d, m, y, rng), "DOB"))
        c.note = "call/%s: DOB spoken" % ind
    elif st == 1:
        c.a("Please confirm your date of birth.")
        c.c((dob_typed(d, m, y, rng), "DOB"))
        c.note = "chat/%s: DOB typed" % ind
    else:
        c.a("and your date of birth")
        c.c("yeah ", (dob_spoken(d, m, y, rng), "DOB"), " i'll be %s next month" % num_words(2026 - y))
        c.note = "call/%s: DOB with age mentioned after" % ind
    return c


def uk_pc_spoken(pc, rng):
    return alnum_words(pc, rng, "single", rng.choice(["plain", "for", "plain", "nato"]))


def p_address(rng):
    region = rng.choice(["uk", "uk", "uk", "ie", "ie", "us"])
    ind = rng.choice(["utilities", "telecom", "retail delivery", "insurance", "council services", "energy"])
    c = Case("positive", "")
    num = rng.randrange(1, 240)
    if region == "uk":
        pc, town = gen_uk_pc(rng)
        st_name = rng.choice(STREETS_UK)
        if rng.random() < 0.5:
            c.a("can i take the first line of the address and the postcode")
            c.c("it's ", (num_words(num) + " " + st_name.lower(), "ADDRESS"), " in %s" % town.lower())
            c.a("and the postcode")
            sp = uk_pc_spoken(pc, rng)
            c.c((sp, "POSTCODE"))
            c.note = "call/uk %s: address and postcode spoken" % ind
        else:
            c.a("What's the address for the new connection?")
            flat = rng.choice(["", "Flat %d, " % rng.randrange(1, 30)])
            c.c((flat + "%d %s" % (num, st_name), "ADDRESS"), ", %s " % town, (pc[:-3] + rng.choice([" ", ""]) + pc[-3:] if rng.random() < 0.7 else (pc[:-3] + " " + pc[-3:]).lower(), "POSTCODE"))
            c.note = "chat/uk %s: typed address with postcode" % ind
    elif region == "ie":
        ec, town = gen_eircode(rng)
        st_name = rng.choice(STREETS_IE)
        if rng.random() < 0.5:
            c.a("and whats the address and eircode")
            c.c((num_words(num) + " " + st_name.lower(), "ADDRESS"), " %s" % town.lower())
            c.a("and the eircode")
            c.c("it's ", (alnum_words(ec, rng, "single", rng.choice(["plain", "for"])), "POSTCODE"))
            c.note = "call/ie %s: Irish address and Eircode spoken" % ind
        else:
            c.a("Please confirm the supply address")
            c.c(("%d %s" % (num, st_name), "ADDRESS"), ", %s, " % town, (ec[:3] + rng.choice([" ", ""]) + ec[3:], "POSTCODE"))
            c.note = "chat/ie %s: typed Irish address with Eircode" % ind
    else:
        z = gen_zip(rng)
        st_name = rng.choice(STREETS_US)
        c.a("what's the billing address")
        if rng.random() < 0.5:
            c.c((num_words(num) + " " + st_name.lower(), "ADDRESS"), " apartment %s" % num_words(rng.randrange(2, 20)))
            c.a("and the zip")
            c.c((digit_words(z, rng, "single"), "POSTCODE"))
            c.note = "call/us %s: address and zip spoken" % ind
        else:
            c.c(("%d %s" % (num, st_name), "ADDRESS"), ", Springfield IL ", (z if len(z) == 5 else z[:5] + "-" + z[5:], "POSTCODE"))
            c.note = "chat/us %s: typed address with zip" % ind
    return c


def p_verify_mix(rng):
    """UK utility/energy identification: postcode, DOB, phone, with meter reading (unlabelled)."""
    c = Case("positive", "call/uk energy: ID&V with postcode, DOB and phone; meter reading and account ref unlabelled")
    pc, town = gen_uk_pc(rng)
    d, m, y = gen_dob(rng)
    c.a("thanks for calling can i start with your customer reference number")
    c.c("yeah it's %s" % digit_words(gen_digits(rng, 8), rng, "single"))
    c.a("and the postcode at the property")
    c.c((uk_pc_spoken(pc, rng), "POSTCODE"))
    c.a("lovely and your date of birth")
    c.c((dob_spoken(d, m, y, rng), "DOB"))
    c.a("and i'll need the meter reading")
    c.c("it's %s" % digit_words(gen_digits(rng, 5), rng, "single"))
    c.a("and a phone number in case we get cut off")
    c.c((digit_words(gen_uk_mobile(rng), rng), "PHONE"))
    return c


def p_gov_mix(rng):
    ni = gen_ni(rng)
    d, m, y = gen_dob(rng)
    pc, town = gen_uk_pc(rng)
    c = Case("positive", "chat/uk government services: NI, DOB and postcode in one message plus claim ref")
    c.a("To help with your claim please give your NI number, DOB and postcode.")
    c.c("hi, claim ref 7720193. ", (ni_typed(ni, rng), "NI_NUMBER"), " ", (dob_typed(d, m, y, rng), "DOB"), " ", (pc[:-3] + " " + pc[-3:], "POSTCODE"))
    return c


def p_email_phone_chat(rng):
    e = gen_email(rng)
    num = rng.choice([gen_uk_mobile, gen_ie_mobile])(rng)
    c = Case("positive", "chat/telecom: email and phone typed in one message with typo")
    c.a("Could you confirm the contact details please")
    c.c("emial is ", (e, "EMAIL"), " and mob ", (num, "PHONE"))
    return c


def p_us_health(rng):
    ssn, z = gen_ssn(rng), gen_zip(rng)
    d, m, y = gen_dob(rng)
    ph = gen_us_phone(rng)
    c = Case("positive", "call/us healthcare billing: DOB, SSN, zip and callback number, bill amount unlabelled")
    c.a("i can help with that bill of two hundred forty dollars can i get the patient's date of birth")
    c.c((dob_spoken(d, m, y, rng), "DOB"))
    c.a("and the last name and social")
    c.c("%s and the social is " % rng.choice(LAST), (digit_words(ssn, rng, rng.choice(["single", "mixed"])), "SSN"))
    c.a("zip code")
    c.c((digit_words(z[:5], rng, "single"), "POSTCODE"))
    c.a("and a callback number")
    c.c((digit_words(ph, rng, "single"), "PHONE"))
    return c


def p_ni_split_chat(rng):
    ni = gen_ni(rng)
    c = Case("positive", "chat/uk payroll: NI typed across two messages")
    c.a("Whats your NI number?")
    c.c((ni[:2] + " " + ni[2:4] + " " + ni[4:6], "NI_NUMBER"))
    c.c((ni[6:8] + " " + ni[8], "NI_NUMBER"), " sorry hit enter")
    return c


def p_two_values_call(rng):
    """Phone and email given together in one ASR turn, phone with 'hundred' grouping or correction."""
    ind = rng.choice(["uk telecom", "ie utilities", "uk retail", "ie insurance"])
    num = gen_uk_mobile(rng) if ind.startswith("uk") else gen_ie_mobile(rng)
    e = gen_email(rng)
    c = Case("positive", "call/%s: phone and email in one turn" % ind)
    c.a("can i get a contact number and an email for the account")
    if rng.random() < 0.5:
        c.c("yeah the mobile's ", (digit_words(num, rng, "mixed"), "PHONE"), " and email is ", (email_spoken(e, rng), "EMAIL"))
    else:
        bad = num[:-2] + num[-1] + num[-2]
        if bad == num:
            bad = num[:-1] + str((int(num[-1]) + 1) % 10)
        c.c("it's ", (digit_words(bad, rng, "single"), "PHONE"), " no wait ", (digit_words(num[-4:], rng, "single"), "PHONE"),
            " at the end sorry and the email's ", (email_spoken(e, rng), "EMAIL"))
        c.note += ", with corrected last four digits (both labelled)"
    return c


def p_sort_readback(rng):
    sc, acc = gen_sort(rng), gen_digits(rng, 8, False)
    c = Case("positive", "call/uk banking: sort code and account read back by agent, amount and standing order date unlabelled")
    c.a("who are you paying today")
    c.c("my landlord it's six fifty a month on the first the sort code is ", (digit_words(sc, rng, "pairs"), "SORT_CODE"))
    c.a("and account")
    c.c((digit_words(acc, rng, rng.choice(["single", "double"])), "BANK_ACCOUNT"))
    c.a("so that's sort code ", (digit_words(sc, rng, "single"), "SORT_CODE"), " account ", (digit_words(acc, rng, "single"), "BANK_ACCOUNT"), " and that's for six hundred and fifty pounds monthly")
    c.c("yep")
    return c


def p_addr_pc_one_turn(rng):
    pc, town = gen_uk_pc(rng)
    st_name = rng.choice(STREETS_UK)
    num = rng.randrange(1, 99)
    c = Case("positive", "call/uk retail delivery: address and postcode in one run-on ASR turn")
    c.a("and where are we delivering to")
    c.c("%s it's " % rng.choice(["to my work actually", "home", "um my mum's"]), (num_words(num) + " " + st_name.lower(), "ADDRESS"),
        " %s " % town.lower(), (uk_pc_spoken(pc, rng), "POSTCODE"), " before twelve if possible")
    return c


POS = [(p_card_call, 38), (p_card_chat, 16), (p_ni_call, 26), (p_ni_chat, 12), (p_ni_split_chat, 4),
       (p_ssn, 22), (p_bank, 18), (p_iban, 14), (p_phone, 16), (p_email, 12), (p_dob, 10),
       (p_address, 22), (p_verify_mix, 6), (p_gov_mix, 6), (p_email_phone_chat, 4), (p_us_health, 6),
       (p_two_values_call, 8), (p_sort_readback, 6), (p_addr_pc_one_turn, 6)]


# ---------------------------------------------------------------- negatives
def n_amounts(rng):
    c = Case("negative", "call/uk utilities: money amounts, balance and payment date")
    a = rng.randrange(40, 900)
    c.a("your balance is %s pounds and %s pence" % (num_words(a), num_words(rng.randrange(10, 99))))
    c.c("okay i'll pay %s pounds on the %s of %s" % (num_words(rng.randrange(20, 200)), ORD[rng.randrange(1, 28)], rng.choice(MONTHS)))
    c.a("that's fine the direct debit goes out on the first of every month")
    return c


def n_policy(rng):
    ref = gen_digits(rng, rng.randrange(7, 11))
    c = Case("negative", "call/uk insurance: policy number read out with its name, renewal price")
    c.a("can i take your policy number")
    c.c("yeah the policy number is %s" % digit_words(ref, rng))
    c.a("thank you your renewal is %s pounds a year up %s percent" % (num_words(rng.randrange(200, 900)), num_words(rng.randrange(3, 30))))
    return c


def n_meter(rng):
    c = Case("negative", "call/uk energy: meter readings (day and night rate) spoken as digits")
    c.a("what's the reading on the electric meter")
    c.c("it says %s" % digit_words(gen_digits(rng, 5, False), rng, rng.choice(["single", "pairs"])))
    c.a("and the night rate")
    c.c("%s point %s" % (digit_words(gen_digits(rng, 5), rng, "single"), ONES[rng.randrange(10)]))
    return c


def n_booking(rng):
    while True:
        ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
        if not (UK_PC.fullmatch(ref) or NI_RE.fullmatch(ref) or EIRCODE.fullmatch(ref)):
            break
    fl = rng.choice(["EI", "FR", "BA", "U2", "LS"]) + str(rng.randrange(100, 9999))
    c = Case("negative", "chat/travel: booking reference, flight number, time, price")
    c.c("Hi my booking reference is %s, flight %s on 14 Dec at 06:45" % (ref, fl))
    c.a("Thanks, the change fee is €%d and the fare difference £%d.%02d" % (rng.randrange(30, 90), rng.randrange(10, 300), rng.randrange(100)))
    return c


def n_customer_no(rng):
    ref = gen_digits(rng, rng.randrange(6, 11))
    c = Case("negative", "call/uk telecom: customer number, broadband speed, contract length")
    c.a("can i take your customer number")
    c.c("it's %s" % digit_words(ref, rng, "single"))
    c.a("thanks you're getting %s megs at the moment on a %s month contract" % (num_words(rng.randrange(10, 80)), num_words(rng.choice([12, 18, 24]))))
    return c


def n_order(rng):
    c = Case("negative", "chat/retail: order number, tracking, quantities, dates")
    c.c("order no. %s - ordered 3 items on 02/11, only 2 arrived" % gen_digits(rng, rng.randrange(7, 11)))
    c.a("Sorry about that. Ticket %s raised, refund of £%d.%02d within 5-7 working days" % (gen_digits(rng, 8), rng.randrange(5, 90), rng.randrange(100)))
    return c


def n_times(rng):
    c = Case("negative", "call/healthcare billing: appointment date and time, age, durations")
    c.a("i've got an appointment on the %s of %s at %s thirty" % (ORD[rng.randrange(1, 28)], rng.choice(MONTHS), num_words(rng.randrange(1, 12))))
    c.c("my son's %s so he'll need about %s minutes" % (num_words(rng.randrange(3, 17)), num_words(rng.choice([15, 20, 30, 45]))))
    c.a("that's fine we open at half eight and the consultation is %s dollars" % num_words(rng.randrange(60, 300)))
    return c


def n_claim(rng):
    c = Case("negative", "call/insurance: claim number, invoice number, excess amount, year")
    c.a("do you have the claim number")
    c.c("claim number %s" % digit_words(gen_digits(rng, 9), rng, "pairs"))
    c.a("and the invoice number from the garage")
    c.c("invoice %s from %s" % (digit_words(gen_digits(rng, 6), rng, "single"), year_words(rng.randrange(2019, 2026), rng)))
    c.a("okay the excess is two hundred and fifty pounds")
    return c


def n_room(rng):
    c = Case("negative", "chat/travel: hotel room number, temperature, floor, check-in time")
    c.c("Room %d, the heating is stuck at %d degrees and the lift to floor %d is broken" % (rng.randrange(100, 999), rng.randrange(26, 32), rng.randrange(2, 12)))
    c.a("Sorry! Maintenance will come by %d:%02d. Your reservation %s is noted" % (rng.randrange(9, 12), rng.choice([0, 15, 30]), gen_digits(rng, 8)))
    return c


def n_model(rng):
    c = Case("negative", "chat/telecom: model numbers, data allowance, percentages, IMEI-free")
    c.c("my Galaxy S%d keeps dropping to %d%% battery, router model TG%d" % (rng.randrange(20, 25), rng.randrange(5, 40), rng.randrange(1000, 9999)))
    c.a("You have %dGB of %dGB left until the %dth" % (rng.randrange(1, 50), rng.choice([50, 100, 120]), rng.randrange(4, 28)))
    return c


def n_bill(rng):
    c = Case("negative", "call/uk council services: council tax reference, band, instalments")
    c.a("what's your council tax reference")
    c.c("it's %s" % digit_words(gen_digits(rng, 10), rng, rng.choice(["single", "mixed"])))
    c.a("you're band %s so that's ten instalments of %s pounds" % (rng.choice("ABCDE"), num_words(rng.randrange(90, 300))))
    return c


def n_contract(rng):
    c = Case("negative", "call/ie utilities: contract start date, unit rate, standing charge")
    c.a("your contract started on the %s of %s %s" % (ORD[rng.randrange(1, 28)], rng.choice(MONTHS), year_words(rng.randrange(2020, 2026), rng)))
    c.c("and what's the unit rate now")
    c.a("it's %s point %s cent per unit and the standing charge is %s cent a day" % (num_words(rng.randrange(20, 45)), num_words(rng.randrange(1, 99)), num_words(rng.randrange(40, 90))))
    return c


def n_phone_hours(rng):
    c = Case("negative", "call/banking: opening hours, counts, transfer limit")
    c.a("we're open eight till eight monday to friday and nine till five saturdays")
    c.c("i made %s transfers today can i do another for %s pounds" % (num_words(rng.randrange(2, 6)), num_words(rng.randrange(100, 999))))
    c.a("the daily limit is twenty five thousand so yes")
    return c


def n_mixed_refs(rng):
    c = Case("negative", "chat/uk banking: case reference, payment amount and date, balance, years as customer")
    c.a("Case ref %s. The payment of £%d.%02d on %d %s was declined" % (gen_digits(rng, 9), rng.randrange(10, 999), rng.randrange(100), rng.randrange(1, 28), rng.choice(MONTHS).capitalize()))
    c.c("why? it's been %d years with you and i've got £%d in there" % (rng.randrange(2, 20), rng.randrange(100, 5000)))
    return c


def n_speed(rng):
    c = Case("negative", "call/insurance: vehicle details, mileage, speed, year")
    c.a("what's the mileage on the car")
    c.c("about %s thousand it's a %s model" % (num_words(rng.randrange(20, 99)), year_words(rng.randrange(2010, 2024), rng)))
    c.a("and the accident happened at roughly what speed")
    c.c("i was doing maybe %s in a %s zone" % (num_words(rng.randrange(15, 40)), num_words(rng.choice([20, 30, 40]))))
    return c


def n_flight_call(rng):
    ref = "".join(rng.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(2)) + gen_digits(rng, 4)
    c = Case("negative", "call/ie travel: flight number, gate, departure time, booking reference with letters")
    c.a("which flight are you on")
    c.c("it's the %s %s to %s leaving at %s" % (rng.choice(["e i", "f r", "b a"]), digit_words(gen_digits(rng, 3), rng, "single"),
        rng.choice(["heathrow", "malaga", "boston", "lanzarote"]), rng.choice(["six forty five", "ten past seven", "half nine", "thirteen twenty"])))
    c.a("and the booking reference")
    c.c("booking reference %s" % alnum_words(ref, rng, "single", rng.choice(["plain", "for"])))
    c.a("thanks you're in row %s seat %s and it's gate %s" % (num_words(rng.randrange(3, 33)), rng.choice("abcdef"), num_words(rng.randrange(100, 420))))
    return c


def n_parcel(rng):
    c = Case("negative", "chat/uk retail delivery: parcel reference, delivery window, weight, price")
    c.c("parcel ref %s says out for delivery between 10:15 and 11:15 but nothing yet" % gen_digits(rng, 10))
    c.a("It's %.1fkg so it may need a signature; redelivery is free or £%d.%02d for a named day" % (rng.randrange(5, 250) / 10.0, rng.randrange(2, 9), rng.choice([0, 49, 99])))
    return c


def n_topup(rng):
    c = Case("negative", "call/ie telecom: prepay top-up amounts, credit, bundle counts, hours")
    c.c("i topped up %s euro yesterday and i've only %s euro %s left" % (num_words(rng.choice([10, 15, 20, 30])), num_words(rng.randrange(1, 9)), num_words(rng.randrange(10, 99))))
    c.a("the bundle gives you %s minutes and %s gigs for %s days" % (num_words(rng.choice([100, 200, 300])), num_words(rng.randrange(10, 80)), num_words(rng.choice([28, 30]))))
    c.c("grand and it renews at midnight on the %s" % ORD[rng.randrange(1, 28)])
    return c


def n_prescription(rng):
    c = Case("negative", "call/uk healthcare billing: prescription charge, item count, appointment time, case number")
    c.a("your case number is %s" % digit_words(gen_digits(rng, 7), rng, rng.choice(["single", "pairs"])))
    c.c("right and the prescription is nine ninety for each item and i've got %s items" % num_words(rng.randrange(2, 6)))
    c.a("yes or a prepayment certificate is %s pounds %s for twelve months" % (num_words(rng.randrange(110, 119)), num_words(rng.randrange(10, 99))))
    return c


NEG = [(n_amounts, 9), (n_policy, 10), (n_meter, 8), (n_booking, 9), (n_customer_no, 9), (n_order, 8),
       (n_times, 7), (n_claim, 8), (n_room, 6), (n_model, 6), (n_bill, 7), (n_contract, 6),
       (n_phone_hours, 5), (n_mixed_refs, 6), (n_speed, 6),
       (n_flight_call, 7), (n_parcel, 5), (n_topup, 5), (n_prescription, 5)]


def build():
    rng = R
    cases = []
    pos = [f for f, n in POS for _ in range(n)]
    neg = [f for f, n in NEG for _ in range(n)]
    rng.shuffle(pos)
    rng.shuffle(neg)
    for i, f in enumerate(pos, 1):
        c = f(rng)
        cases.append({"id": "h181-pos-%03d" % i, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note})
    for i, f in enumerate(neg, 1):
        c = f(rng)
        cases.append({"id": "h181-neg-%03d" % i, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note})
    return cases


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- normalisation + validation
W2D = {w: str(i) for i, w in enumerate(ONES)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: i for i, w in enumerate(TENS) if w}
SKIP = {"um", "uh", "er", "erm", "sorry", "and", "then", "is", "it's", "the", "of", "plus", "dash", "hyphen",
        "slash", "space"}
NATO_INV = {v: k for k, v in NATO.items()}
HOMO_INV = {v: k for k, v in HOMO.items()}
MON_INV = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
ORD_INV = {}
for _i, _o in enumerate(ORD):
    if _o and " " not in _o:
        ORD_INV[_o] = str(_i)
ORD_INV.update({"twentieth": "20", "first": "1", "second": "2", "third": "3"})


def normalise(text, dates=False):
    """Spoken or typed form -> upper-case alphanumeric string."""
    toks = re.findall(r"[A-Za-z0-9\-']+|[^\sA-Za-z0-9]", text.lower())
    toks = [t for t in toks if re.match(r"[a-z0-9]", t)]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if re.fullmatch(r"[a-z]", t) and nxt == "for" and t not in ("o",):
            out.append(t.upper())
            i += 3
            continue
        if t == "o" and nxt == "for":
            out.append("O")
            i += 3
            continue
        if t in W2D:
            out.append(W2D[t] * mult)
        elif t in TEEN2D:
            out.append(TEEN2D[t])
        elif t in TENS2D:
            if nxt in W2D and nxt not in ("oh", "o", "nought", "zero", "nil"):
                out.append(str(TENS2D[t]) + W2D[nxt])
                i += 1
            else:
                out.append(str(TENS2D[t]) + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "thousand":
            out.append("000")
        elif dates and t in MON_INV:
            out.append(MON_INV[t])
        elif t in NATO_INV:
            out.append(NATO_INV[t])
        elif t in HOMO_INV:
            out.append(HOMO_INV[t])
        elif t in MON_INV:
            out.append(MON_INV[t])
        elif t in ORD_INV:
            out.append(ORD_INV[t])
        elif t in SKIP:
            pass
        elif re.fullmatch(r"[a-z0-9]+", t):
            out.append(t.upper())
        else:
            out.append(re.sub(r"[^a-z0-9]", "", t).upper())
        mult = 1
        i += 1
    return "".join(out)


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIRCODE = re.compile(r"[A-Z]\d[\dW][A-Z\d]{4}")
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def valid(typ, raw):
    n = normalise(raw, dates=typ in ("EXPIRY", "DOB"))
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "EXPIRY":
        m = re.fullmatch(r"(\d{1,2})\s*[/\-.]\s*(\d{2}|\d{4})", raw.strip())
        if m:
            return 1 <= int(m.group(1)) <= 12
        return n.isdigit() and len(n) in (4, 6) and 1 <= int(n[:2]) <= 12
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(n))
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 7 <= len(n) <= 15
    if typ == "EMAIL":
        e = raw.lower()
        if "@" not in e:
            e = re.sub(r"\s+at\s+", "@", " " + e + " ").strip()
            e = e.replace(" dot ", ".").replace(" underscore ", "_").replace(" dash ", "-").replace(" hyphen ", "-")
            e = re.sub(r"(?<=[a-z ])(zero|one|two|three|four|five|six|seven|eight|nine)(?=[ .@]|$)",
                       lambda m: W2D[m.group(1)], e)
            e = e.replace(" ", "")
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e))
    if typ == "DOB":
        return len(re.sub(r"\D", "", n)) >= 4
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(n) or EIRCODE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", n)) and bool(re.search(r"(?i)\b(road|street|close|avenue|drive|crescent|grove|lane|gardens|terrace|way|hill|view|park|boulevard|bóthar|tr[aá]|green|greine)\b", raw))
    return False


def partition_ok(typ, raws):
    """Values may be split over several consecutive spans: find a partition into valid groups."""
    n = len(raws)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and valid(typ, " ".join(raws[i:j])):
                ok[j] = True
                break
    return ok[n]


def check(cases, text):
    problems = []
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for c in cases:
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                problems.append("%s: positive without spans" % c["id"])
        else:
            nneg += 1
            if c["spans"]:
                problems.append("%s: negative with spans" % c["id"])
        if not c["note"]:
            problems.append("%s: empty note" % c["id"])
        by_type = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append("%s: turn out of range" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            if not 0 <= s["start"] < s["end"] <= len(t):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            v = t[s["start"]:s["end"]]
            if v != v.strip():
                problems.append("%s: span has outer whitespace %r" % (c["id"], v))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span starts mid-word %r" % (c["id"], v))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span ends mid-word %r" % (c["id"], v))
            counts[s["type"]] += 1
            by_type.setdefault(s["type"], []).append(v)
        sp = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(sp, sp[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                problems.append("%s: overlapping spans" % c["id"])
        for typ, raws in by_type.items():
            if not partition_ok(typ, raws):
                problems.append("%s: invalid %s value(s) %r" % (c["id"], typ, raws))
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for typ in TYPES:
        need = 30 if typ in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[typ] < need:
            problems.append("type %s has %d spans (< %d)" % (typ, counts[typ], need))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# pii_holdout181 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against. Do not add its cases to training data, patterns or
unit tests, and do not tweak the redactor in response to individual failures here.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or any other PII fixture; the
only existing data consulted was a 3-line example of the JSONL format. Cases are
generated by `scripts/make_pii_holdout181.py` from template functions: each turn
is assembled from plain-text segments and (value, TYPE) segments, so character
offsets are computed rather than typed. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout181.py --check` regenerates the set, verifies it
is identical, and validates ids, offsets, word boundaries, overlaps and every
value (after normalising spoken forms: Luhn, mod-97, NI format, digit counts,
postcode/Eircode/ZIP shapes).

Emphasis: UK and Irish contact centres (NI numbers spoken and typed in many ways,
sort codes and account numbers, UK/IE phone numbers, UK postcodes and Eircodes,
street addresses, card payments by phone) plus US SSN/ZIP cases, and UK-style
non-PII numbers (policy, customer, meter, council tax, booking, claim, invoice
references said with their names).

## Annotation conventions

* A span covers only the value itself: the digits/letters as written or spoken,
  including spoken connectors that belong to the reading ("double", "triple",
  "oh"/"o"/"nought", "x for xray", NATO words, "plus four four", "dot", "at",
  filler words such as "um" that fall *between* groups of one value). Lead-in
  words ("it's", "yeah", "my number is") and trailing chit-chat are outside.
* A value split over several turns is labelled as one span per turn, each span
  covering that turn's fragment; agent back-channels ("mhm", "go on") are not labelled.
* Agent read-backs of a value are labelled as well. In self-corrections both the
  wrong and the corrected reading are labelled (both are personal data).
* Eircodes (Ireland) and US ZIP / ZIP+4 codes are labelled POSTCODE.
* ADDRESS covers house/flat number + street name (e.g. "Flat 3, 12 Mill Lane",
  "forty two station road"); the town/city is not included; postcode is separate.
* DOB covers the full date phrase including "the ... of ..." when spoken.
* EXPIRY is the month/year phrase; CVV the 3/4 digit code; both only in card context.
* Masked/partial values, reference numbers, amounts, dates that are not birth
  dates, times, meter readings, ages etc. are never labelled; negatives contain
  only such lookalikes.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = build()
    text = render(cases)
    problems, counts, npos, nneg = check(cases, text)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # re-parse the file itself
        if CASES.exists():
            for ln, line in enumerate(CASES.read_text(encoding="utf-8").splitlines(), 1):
                try:
                    json.loads(line)
                except ValueError:
                    problems.append("line %d is not valid JSON" % ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        sys.exit(1)
    print("OK" + (" (check passed)" if "--check" in sys.argv else " (written)"))


if __name__ == "__main__":
    main()

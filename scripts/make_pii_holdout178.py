#!/usr/bin/env python3
"""Generate the held-out PII evaluation set h178 (independent author, see README).

python scripts/make_pii_holdout178.py          # write fixture + README
python scripts/make_pii_holdout178.py --check  # regenerate, verify identical + validate
Standard library only; all values from one seeded random.Random.
"""
import json
import os
import re
import sys
import random
from collections import Counter, defaultdict

SEED = 178241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout178")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor", "i": "india", "o": "oscar"}
WORDLET = {"a": "apple", "b": "bob", "c": "charlie", "e": "edward", "g": "george", "h": "harry",
           "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter",
           "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow",
           "z": "zebra", "d": "david", "q": "queen", "f": "freddie", "i": "ireland", "o": "orange", "u": "uncle", "v": "victor"}


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


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        body, n = "4" + str(R.choice([0, 1, 2, 4, 5, 6, 9])), 16
    elif kind == "mc":
        body, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        body, n = "6011", 16
    elif kind == "visa13":
        body, n = "4", 13
    else:
        body, n = "6759", 19
    while len(body) < n - 1:
        body += str(R.randint(0, 9))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def make_ssn():
    a = R.randint(1, 665)
    if a == 666:
        a = 667
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def make_sort():
    return "".join(str(R.randint(0, 9)) for _ in range(6))


def make_acct(n=8):
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "RABO", "INGB"]}


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "FR"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if cc in ("GB", "IE"):
        bban = R.choice(BANKS[cc]) + dg(14)
    elif cc == "NL":
        bban = R.choice(BANKS[cc]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    else:
        bban = dg(23)
    return cc + iban_check(cc, bban) + bban


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukland", "us", "ie", "intl"])
    dg = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if kind == "ukmob":
        return "07" + str(R.randint(3, 9)) + dg(8)
    if kind == "ukland":
        return R.choice(["0161", "0121", "0113", "0131", "0141", "0117", "0191", "0151"]) + str(R.randint(2, 9)) + dg(6)
    if kind == "us":
        return str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
    if kind == "ie":
        return "08" + R.choice("35679") + dg(7)
    return "447" + str(R.randint(3, 9)) + dg(8)


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "grace", "dave", "emma",
         "sean", "chloe", "raj", "lucy", "pete", "niamh", "mark", "olivia", "kev", "hannah"]
LAST = ["doe", "smith", "murphy", "patel", "okafor", "jones", "kelly", "walsh", "nguyen",
        "brennan", "harris", "clarke", "byrne", "evans", "schmidt", "garcia", "reilly"]
DOMS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
        "btinternet.com", "aol.com", "protonmail.com", "live.ie", "web.de"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    user = R.choice([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f])
    return user + "@" + R.choice(DOMS)


UKAREA = ["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "KT", "RG", "CB", "BT", "NG", "S", "WR"]
INW = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    return R.choice(UKAREA) + str(R.randint(1, 19)) + " " + str(R.randint(0, 9)) + R.choice(INW) + R.choice(INW)


def make_zip():
    return "%05d" % R.randint(1001, 99950)


STREETS = ["acacia", "station", "church", "victoria", "mill", "park", "highfield", "maple",
           "king", "orchard", "willow", "grange", "oak", "elm", "lincoln", "washington", "cedar"]
SUFF_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "grove", "way"]
SUFF_US = ["street", "avenue", "boulevard", "drive", "court", "road", "lane"]


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, rem = divmod(n, 100)
    if rem == 0:
        return ONES[h] + " hundred"
    if R.random() < 0.5:
        return ONES[h] + " " + num_words(rem) if rem >= 10 else ONES[h] + " oh " + ONES[rem]
    return ONES[h] + " hundred and " + num_words(rem)


# ---------------------------------------------------------------- spoken forms
def zero_us():
    return R.choice(["oh", "oh", "zero", "o"])


def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought", "oh"])


def say_digits(s, doubles=True, homo=0.0, zw=None, filler=0.0):
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else ONES[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.55:
            out.append("double " + w)
            i += 2
        else:
            if R.random() < homo:
                w = {"four": "for", "two": R.choice(["to", "too"]), "eight": "ate"}.get(w, w)
            out.append(w)
            i += 1
        if filler and i < len(s) and R.random() < filler:
            out.append(R.choice(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, last):
    if p == "00":
        return "double oh"
    if p[0] == "0":
        return R.choice(["oh", "zero"]) + " " + ONES[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[int(p[0])] if last else ONES[int(p[0])] + " oh"
    return TENS[int(p[0])] + " " + ONES[int(p[1])]


def say_pairs(s, final=False):
    """speak an even-length digit string as pairs ('forty one eleven'); a bare tens word
    ('forty') is only used for the very last pair of a value, else 'four oh'"""
    ps = [s[i:i + 2] for i in range(0, len(s), 2)]
    return " ".join(say_pair(p, final and k == len(ps) - 1) for k, p in enumerate(ps))


def say_mixed(s, homo=0.0):
    """groups of 2 or 4 digits, each group as pairs or digit by digit"""
    if len(s) % 2 == 0 and R.random() < 0.5:
        return say_pairs(s)
    return say_digits(s, homo=homo)


def say_letter(ch, style):
    ch = ch.lower()
    if style == "nato":
        return ch + " for " + NATO[ch]
    if style == "word":
        return ch + " for " + WORDLET[ch]
    if style == "asin":
        return ch + " as in " + WORDLET[ch]
    return ch


def say_ni(ni, style=None):
    style = style or R.choice(["plain", "nato", "word", "mixed"])
    ls = lambda c: say_letter(c, R.choice(["plain", "nato", "word"]) if style == "mixed" else style)
    d = ni[2:8]
    dsay = R.choice([say_pairs, say_digits, say_pairs])(d)
    return ls(ni[0]) + " " + ls(ni[1]) + " " + dsay + " " + ls(ni[8])


def say_uk_pc(pc, style=None):
    style = style or R.choice(["plain", "plain", "nato", "word"])
    out, inw = pc.split(" ")
    toks = []
    for ch in out + inw:
        if ch.isdigit():
            toks.append(ONES[int(ch)] if ch != "0" else "zero")
        else:
            toks.append(say_letter(ch, style))
    # two-digit districts sometimes said as a number
    m = re.match(r"([A-Z]+)(\d\d)$", out)
    if m and R.random() < 0.5:
        toks = [say_letter(c, style) for c in m.group(1)] + [num_words(int(m.group(2)))] + \
               [ONES[int(c)] if c.isdigit() else say_letter(c, style) for c in inw]
    return " ".join(toks)


def say_email(e):
    user, dom = e.split("@")
    def part(x):
        x = x.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        return x
    u = part(user)
    if R.random() < 0.3:
        # spell the surname-ish last piece letter by letter
        bits = u.split(" ")
        bits[-1] = " ".join(bits[-1])
        u = " ".join(bits)
    return u + " at " + part(dom)


def say_dob_call(y, m, d):
    st = R.choice(["ord", "ordof", "month", "nums", "usnums"])
    if y >= 2000:
        yr = R.choice(["two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand",
                       "twenty " + say_pair("%02d" % (y - 2000), True)])
    else:
        yr = R.choice(["nineteen " + say_pair(str(y)[2:], True), say_pair(str(y)[2:], True)])
    if st == "ord":
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + yr
    if st == "ordof":
        return ORD[d] + " " + MONTHS[m - 1] + " " + yr
    if st == "month":
        return MONTHS[m - 1] + " " + ORD[d] + " " + yr
    if st == "nums":
        return say_pair("%02d" % d, False) + " " + say_pair("%02d" % m, False) + " " + yr
    return say_pair("%02d" % m, False) + " " + say_pair("%02d" % d, False) + " " + yr


def make_dob():
    return R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)


def say_expiry_call(m, y):
    st = R.choice(["num", "month", "num", "of"])
    if st == "num":
        return say_pair("%02d" % m, False) + " " + R.choice(["", "slash "]) + say_pair("%02d" % y, True)
    if st == "month":
        return MONTHS[m - 1] + " " + R.choice(["twenty ", ""]) + say_pair("%02d" % y, True)
    return MONTHS[m - 1] + " of twenty " + say_pair("%02d" % y, True)


def make_exp():
    return R.randint(1, 12), R.randint(26, 32)


# ---------------------------------------------------------------- case assembly
CASE_LIST = []
GROUP = [0]


def newgroup():
    GROUP[0] += 1
    return "g%d" % GROUP[0]


def V(text, typ, group=None):
    """a labelled segment; group ties pieces of one value (validated concatenated);
    groups starting with 'x' are fragments (only checked for digit content)."""
    return (text, typ, group)


def build(kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                t, typ, grp = seg
                s = len(text)
                text += t
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                meta.append(grp)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    n = sum(1 for c in CASE_LIST if c[0]["kind"] == kind) + 1
    cid = "h178-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASE_LIST.append(({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta))


def P(turns, note):
    build("positive", turns, note)


def N(turns, note):
    build("negative", turns, note)


A, C = "agent", "customer"
UM = lambda: R.choice(["", "", "um ", "uh ", "er "])


# ---------------------------------------------------------------- positive templates (calls)
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def ind():
    return R.choice(IND)


def p_card_one_turn():
    c = make_card()
    g = card_groups(c)
    read = (" " + R.choice(["", "", "um ", "uh "])).join(say_digits(x, homo=0.15) for x in g)
    P([(A, "and what's the long number across the front of the card"),
       (C, [R.choice(["yeah it's ", "okay so ", "it's um ", "right "]), V(read, "CARD_NUMBER"),
            R.choice(["", " yeah", " that's it"])])],
      "call/%s: card read in one turn with fillers/doubles/homophones" % ind())


def p_card_split():
    c = make_card()
    g = card_groups(c)
    gid = newgroup()
    turns = [(A, R.choice(["okay go ahead with the card number", "when you're ready the sixteen digits on the card",
                           "can i take the card number please"]))]
    for k, x in enumerate(g):
        sp = R.choice([say_digits, say_mixed])(x)
        pre = R.choice(["", "", "right ", "so ", "uh "]) if k == 0 else R.choice(["", "", "then ", "um "])
        turns.append((C, [pre, V(sp, "CARD_NUMBER", gid)]))
        if k < len(g) - 1:
            turns.append((A, R.choice(["mhm", "okay go on", "yep", "uh huh", "okay", "got that", "and the next four"])))
    turns.append((A, "lovely thank you"))
    P(turns, "call/%s: card split over %d customer turns with back-channels, pairs mixed in" % (ind(), len(g)))


def p_card_interrupt():
    c = make_card()
    g = card_groups(c)
    P([(A, "can i take the card number"),
       (C, [V(say_digits(g[0]) + " " + say_digits(g[1][:2]), "CARD_NUMBER", "x" + newgroup())]),
       (A, R.choice(["sorry sorry you cut out there could you start again from the beginning",
                     "sorry can you just hold on one sec the system's frozen okay start again"])),
       (C, ["yeah no problem ", V(" ".join(say_digits(x) for x in g), "CARD_NUMBER")]),
       (A, "thank you")],
      "call/%s: agent interrupts mid-reading, customer restarts; fragment labelled too" % ind())


def p_card_selfcorrect():
    c = make_card()
    g = card_groups(c)
    wrong = list(g[1])
    wrong[2] = str((int(wrong[2]) + 3) % 10)
    wrong = "".join(wrong)
    gid = newgroup()
    P([(A, "and the card number"),
       (C, [V(say_digits(g[0]) + " " + say_digits(wrong), "CARD_NUMBER", "x" + gid),
            R.choice([" no sorry ", " no wait ", " sorry my mistake "]),
            V(say_digits(g[1]) + " " + " ".join(say_digits(x) for x in g[2:]), "CARD_NUMBER", gid)]),
       (A, "okay")],
      "call/%s: self-correction within the card reading (first attempt partial)" % ind())
    # patch: the full group needs g[0] too -> store on meta via separate case design
    CASE_LIST[-1][1][1] = "x" + gid  # validated as fragment; full value below
    P([(A, "can you read me the card number again from the start"),
       (C, [V(" ".join(say_digits(x) for x in g), "CARD_NUMBER")])],
      "call/%s: card re-read in full after a self-correction earlier in the call" % ind())


def p_card_exp_cvv():
    c = make_card()
    m, y = make_exp()
    cv = "%04d" % R.randint(0, 9999) if len(c) == 15 else "%03d" % R.randint(0, 999)
    rd = R.choice([say_digits(c, homo=0.1), " ".join(say_mixed(x) for x in card_groups(c))])
    P([(A, "what's the card number"),
       (C, [V(rd, "CARD_NUMBER")]),
       (A, "and the expiry"),
       (C, [R.choice(["it runs out ", "expires ", "", "uh "]), V(say_expiry_call(m, y), "EXPIRY")]),
       (A, R.choice(["and the three digits on the back", "and the security code on the back please", "last three on the signature strip"])),
       (C, [R.choice(["", "it's ", "that's "]), V(say_digits(cv, doubles=False), "CVV")]),
       (A, "thanks that payment of " + num_words(R.randint(20, 99)) + " pounds has gone through")],
      "call/%s: card, expiry and cvv in separate turns; amount after is not PII" % ind())


def p_cvv_expiry_oneturn():
    m, y = make_exp()
    cv = "%03d" % R.randint(0, 999)
    P([(A, "okay i just need the expiry date and the security code"),
       (C, ["expiry is ", V(say_expiry_call(m, y), "EXPIRY"), " and the code on the back is ",
            V(say_digits(cv, doubles=False), "CVV")])],
      "call/%s: expiry and cvv in one turn" % ind())


def p_ssn_call():
    s = make_ssn()
    st = R.choice(["flat", "groups", "split", "pairs"])
    if st == "split":
        gid = newgroup()
        P([(A, "can i get your social security number to verify"),
           (C, [UM(), V(say_digits(s[:3], zw=zero_us()), "SSN", gid)]),
           (A, R.choice(["mhm", "okay", "go ahead"])),
           (C, [V(say_digits(s[3:5], zw=zero_us()), "SSN", gid)]),
           (A, R.choice(["yep", "uh huh"])),
           (C, [V(say_digits(s[5:], zw=zero_us()), "SSN", gid), R.choice(["", " that's it"])])],
          "call/%s: ssn 3-2-4 across three turns" % R.choice(["banking", "insurance", "healthcare billing", "government services"]))
        return
    if st == "groups":
        rd = say_digits(s[:3], zw=zero_us()) + R.choice([" ", " uh "]) + say_digits(s[3:5], zw=zero_us()) + " " + say_digits(s[5:], zw=zero_us())
    elif st == "pairs":
        rd = say_digits(s[:3], zw=zero_us()) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
    else:
        rd = say_digits(s, homo=0.15, zw=zero_us())
    P([(A, R.choice(["and actually i'll need the full social", "what's your social security number",
                     "for security can you give me your ssn"])),
       (C, [R.choice(["sure it's ", "yeah ", "okay my social is ", "it's "]), V(rd, "SSN")])],
      "call/%s: ssn read in one turn (%s)" % (R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"]), st))


def p_ssn_readback():
    s = make_ssn()
    P([(A, "your social please"),
       (C, [V(say_digits(s, zw=zero_us()), "SSN")]),
       (A, ["let me read that back ", V(say_digits(s[:3], zw=zero_us()) + " " + say_digits(s[3:5], zw=zero_us()) + " " + say_digits(s[5:], zw=zero_us()), "SSN"), " is that right"]),
       (C, "yes that's correct")],
      "call/%s: ssn read by customer then read back by agent (both labelled)" % R.choice(["banking", "insurance", "government services"]))


def p_ssn_correct():
    s = make_ssn()
    w = s[:5] + str((int(s[5]) + 1) % 10)
    P([(A, "and your social"),
       (C, [V(say_digits(w, zw=zero_us()), "SSN", "x" + newgroup()), " no hang on ", V(say_digits(s, zw=zero_us()), "SSN"),
            " sorry i always mix that up"])],
      "call/%s: ssn with restart after six digits" % R.choice(["insurance", "healthcare billing", "banking"]))


def p_ni_call():
    ni = make_ni()
    P([(A, R.choice(["can i take your national insurance number", "and your n i number please"])),
       (C, [R.choice(["yeah it's ", "okay ", "right it's ", ""]), V(say_ni(ni), "NI_NUMBER"),
            R.choice(["", " i think", " yeah"])])],
      "call/%s: uk ni number with spelled letters" % R.choice(["government services", "banking", "insurance", "utilities"]))


def p_ni_split():
    ni = make_ni()
    gid = newgroup()
    sty = R.choice(["plain", "nato", "word"])
    P([(A, "what's your national insurance number"),
       (C, [V(say_letter(ni[0], sty) + " " + say_letter(ni[1], sty), "NI_NUMBER", gid)]),
       (A, R.choice(["mhm", "okay", "yep go on"])),
       (C, [V(say_pairs(ni[2:8]) if R.random() < 0.5 else say_digits(ni[2:8]), "NI_NUMBER", gid)]),
       (A, "and the last letter"),
       (C, [V(say_letter(ni[8], R.choice(["plain", "nato", "word"])), "NI_NUMBER", gid)])],
      "call/%s: ni number split across turns, agent prompting the suffix" % R.choice(["government services", "banking"]))


def p_ni_readback():
    ni = make_ni()
    P([(C, ["my n i is ", V(say_ni(ni, "plain"), "NI_NUMBER")]),
       (A, ["so that's ", V(say_ni(ni, "nato"), "NI_NUMBER"), " yeah"]),
       (C, "that's right yeah")],
      "call/government services: ni read plain then agent reads back with phonetic alphabet")


def p_sort_acct():
    sc, ac = make_sort(), make_acct()
    sc_say = R.choice([say_pairs(sc), say_digits(sc), say_pairs(sc[:2]) + " " + say_pairs(sc[2:4]) + " " + say_pairs(sc[4:])])
    P([(A, "and the sort code for that account"),
       (C, [UM(), V(sc_say, "SORT_CODE")]),
       (A, "and the account number"),
       (C, [V(say_digits(ac, homo=0.1, filler=0.1), "BANK_ACCOUNT")]),
       (A, "great the direct debit will come out on the " + ORD[R.randint(1, 28)] + " of each month")],
      "call/%s: sort code (pairs) and account number, payment date after is not PII" % R.choice(["utilities", "telecom", "banking", "insurance"]))


def p_sort_acct_oneturn():
    sc, ac = make_sort(), make_acct()
    P([(A, "can i get the bank details for the refund"),
       (C, ["sort code ", V(say_pairs(sc), "SORT_CODE"), " account ", V(say_digits(ac), "BANK_ACCOUNT")])],
      "call/retail: sort code and account in one turn")


def p_acct_split():
    ac = make_acct(R.choice([8, 10, 12]))
    gid = newgroup()
    h = len(ac) // 2
    P([(A, "what's the account number"),
       (C, [V(say_digits(ac[:h]), "BANK_ACCOUNT", gid)]),
       (A, "okay"),
       (C, [UM(), V(say_digits(ac[h:]), "BANK_ACCOUNT", gid)]),
       (A, ["let me just confirm ", V(say_digits(ac), "BANK_ACCOUNT"), ""])],
      "call/banking: account number over two turns then agent read-back")


def say_iban(ib):
    toks = []
    for i in range(0, len(ib), 4):
        grp = ib[i:i + 4]
        bits = []
        j = 0
        while j < len(grp):
            ch = grp[j]
            if ch.isdigit():
                bits.append(ONES[int(ch)] if ch != "0" else R.choice(["zero", "oh"]))
            else:
                bits.append(say_letter(ch, "nato" if ch in "OI" else R.choice(["plain", "plain", "nato"])))
            j += 1
        toks.append(" ".join(bits))
    return " ".join(toks)


def p_iban_call():
    ib = make_iban()
    if R.random() < 0.5:
        P([(A, "what's the iban for the transfer"),
           (C, ["okay it's ", V(say_iban(ib), "IBAN")])],
          "call/%s: iban read letter/digit by letter/digit" % R.choice(["banking", "travel", "retail"]))
    else:
        gid = newgroup()
        cut = 8 + 4 * R.randint(0, 2)
        P([(A, "go ahead with the iban"),
           (C, [V(say_iban(ib[:cut]), "IBAN", gid)]),
           (A, R.choice(["mhm", "okay yep"])),
           (C, [V(say_iban(ib[cut:]), "IBAN", gid)])],
          "call/banking: iban split over two turns")


def say_phone(p):
    if p.startswith("44"):
        return "plus " + R.choice(["four four", "double four"]) + " " + say_digits(p[2:], homo=0.1)
    if len(p) == 10 and p[0] != "0":
        # US
        zw = zero_us()
        st = R.choice(["area", "flat", "grp"])
        if st == "area":
            return "area code " + say_digits(p[:3], zw=zw) + " " + say_digits(p[3:6], zw=zw) + " " + say_mixed(p[6:])
        if st == "grp":
            return say_digits(p[:3], zw=zw) + " " + say_digits(p[3:6], zw=zw) + " " + say_pairs(p[6:])
        return say_digits(p, zw=zw)
    return say_digits(p, homo=0.1, filler=0.05)


def p_phone_call():
    p = make_phone()
    P([(A, R.choice(["and the best number to reach you on", "what's a good contact number", "can i take a mobile number"])),
       (C, [R.choice(["it's ", "yeah ", "um ", ""]), V(say_phone(p), "PHONE")])],
      "call/%s: phone number spoken" % ind())


def p_phone_split():
    p = make_phone(R.choice(["ukmob", "ie", "us"]))
    gid = newgroup()
    a = 5 if p[0] == "0" else 3
    P([(A, "contact number"),
       (C, [V(say_digits(p[:a]), "PHONE", gid)]),
       (A, "mhm"),
       (C, [V(say_digits(p[a:]), "PHONE", gid)]),
       (A, ["so that's ", V(say_digits(p), "PHONE"), " yes"]),
       (C, "yeah")],
      "call/%s: phone split over turns and read back" % ind())


def p_email_call():
    e = make_email()
    P([(A, "and an email address for the confirmation"),
       (C, [R.choice(["yeah it's ", "okay so ", ""]), V(say_email(e), "EMAIL")])],
      "call/%s: email spoken with at/dot" % ind())


def p_dob_call():
    y, m, d = make_dob()
    P([(A, R.choice(["can you confirm your date of birth", "and your d o b please", "date of birth"])),
       (C, [R.choice(["yeah ", "it's ", "", "um "]), V(say_dob_call(y, m, d), "DOB")])],
      "call/%s: date of birth spoken" % ind())


def p_dob_postcode():
    y, m, d = make_dob()
    pc = make_uk_pc()
    P([(A, "for security can i get your date of birth and postcode"),
       (C, ["date of birth ", V(say_dob_call(y, m, d), "DOB"), " and the postcode is ", V(say_uk_pc(pc), "POSTCODE")])],
      "call/%s: dob and uk postcode in one turn" % R.choice(["utilities", "banking", "telecom", "insurance"]))


def p_address_call():
    n = R.randint(1, 250)
    st = R.choice(STREETS) + " " + R.choice(SUFF_UK)
    pc = make_uk_pc()
    P([(A, "and the first line of the address"),
       (C, [V(num_words(n) + " " + st, "ADDRESS")]),
       (A, "and the postcode"),
       (C, [UM(), V(say_uk_pc(pc), "POSTCODE")])],
      "call/%s: house number in words + street, uk postcode" % R.choice(["utilities", "retail", "insurance", "telecom"]))


def p_us_address():
    n = R.randint(10, 9999)
    st = R.choice(STREETS) + " " + R.choice(SUFF_US)
    z = make_zip()
    nw = say_pairs("%04d" % n) if n >= 1000 and n % 100 >= 10 else num_words(n) if n < 1000 else say_digits(str(n))
    P([(A, "what's the shipping address"),
       (C, [V(nw + " " + st, "ADDRESS"), " " + R.choice(["in austin", "denver", "apartment four", "columbus ohio"]) + " zip ",
            V(say_digits(z, zw=zero_us()), "POSTCODE")])],
      "call/retail: us street address and zip code spoken")


def p_zip_call():
    z = make_zip()
    P([(A, "can you verify the zip code on the account"),
       (C, [R.choice(["yeah it's ", "", "um "]), V(say_digits(z, homo=0.1, zw=zero_us()), "POSTCODE")])],
      "call/%s: us zip spoken" % R.choice(["telecom", "banking", "insurance"]))


def p_chitchat_card():
    c = make_card()
    g = card_groups(c)
    P([(C, ["sorry i've got the kids here it's half past " + R.choice(["three", "four", "five"]) +
            " and they want tea anyway the card is ", V(" ".join(say_digits(x) for x in g[:2]), "CARD_NUMBER", "x" + newgroup()),
            " hang on ", V(" ".join(say_digits(x) for x in g[2:]), "CARD_NUMBER", "x" + newgroup())]),
       (A, "no problem and was that for the " + num_words(R.randint(20, 90)) + " pound top up")],
      "call/telecom: card reading interrupted by chit-chat with a time and an amount nearby")


def p_mishear():
    p = make_phone("ukmob")
    P([(C, ["you can ring me on ", V(say_digits(p, homo=0.6), "PHONE")]),
       (A, "sorry was that oh seven")],
      "call/%s: asr homophones for/to/ate inside a phone number; agent fragment 'oh seven' is a question about it" % ind())
    # agent fragment is unlabeled: short prefix only, not a number by itself


# ---------------------------------------------------------------- positive templates (chat)
def fmt_card_chat(c):
    g = card_groups(c)
    return R.choice([" ".join(g), "-".join(g), c, " ".join(g), ".".join(g), "  ".join(g)])


def c_card():
    c = make_card()
    m, y = make_exp()
    cv = "%04d" % R.randint(0, 9999) if len(c) == 15 else "%03d" % R.randint(0, 999)
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d/%02d" % (m, y), "%02d-%02d" % (m, y)])
    P([(A, "Could you type the card details please?"),
       (C, [R.choice(["card ", "Card no: ", "its ", ""]), V(fmt_card_chat(c), "CARD_NUMBER"),
            R.choice([" exp ", ", expiry ", " exp: ", " valid thru "]), V(exp, "EXPIRY"),
            R.choice([" cvv ", " cvc ", ", security code "]), V(cv, "CVV")])],
      "chat/%s: card, expiry and cvv typed in one message" % R.choice(["retail", "travel", "telecom"]))


def c_card_only():
    c = make_card()
    P([(C, [R.choice(["hi i want to pay my bill, card number ", "Can u charge this one instead: ", "pls use ",
                      "new card is "]), V(fmt_card_chat(c), "CARD_NUMBER"), R.choice(["", " thx", " ty", "."])])],
      "chat/%s: card typed with varied separators" % ind())


def c_ssn():
    s = make_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    P([(A, "To verify, please provide your SSN."),
       (C, [R.choice(["ok its ", "SSN: ", "", "sure - "]), V(f, "SSN")])],
      "chat/%s: ssn typed" % R.choice(["banking", "insurance", "healthcare billing", "government services"]))


def c_ni():
    ni = make_ni()
    f = R.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s %s%s%s %s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if R.random() < 0.4:
        f = f.lower()
    P([(C, [R.choice(["my NI number is ", "NI no. ", "national insurance: ", "ni "]), V(f, "NI_NUMBER"),
            R.choice(["", " - is that what you need?", "."])])],
      "chat/government services: ni typed (case/spacing vary)")


def c_bank():
    sc, ac = make_sort(), make_acct()
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    P([(C, ["sort code ", V(scf, "SORT_CODE"), R.choice([" acc ", ", account no ", " a/c "]), V(ac, "BANK_ACCOUNT")])],
      "chat/%s: sort code and account typed" % R.choice(["banking", "utilities", "insurance"]))


def c_iban():
    ib = make_iban()
    f = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib])
    if R.random() < 0.3:
        f = f.lower()
    P([(C, ["please refund to IBAN ", V(f, "IBAN"), R.choice(["", " thanks", "."])])],
      "chat/%s: iban typed" % R.choice(["travel", "retail", "banking"]))


def fmt_phone_chat(p):
    if p.startswith("44"):
        return R.choice(["+44 %s %s" % (p[2:6], p[6:]), "+44%s" % p[2:], "0044 %s" % p[2:]])
    if len(p) == 10 and p[0] != "0":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
    return R.choice(["%s %s" % (p[:5], p[5:]), p, "%s %s %s" % (p[:3], p[3:6], p[6:])])


def c_phone_email():
    p, e = make_phone(), make_email()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.3 else e.capitalize()
    P([(A, "Can you confirm your contact details?"),
       (C, ["phone ", V(fmt_phone_chat(p), "PHONE"), R.choice([" and email ", ", email: ", " / "]), V(e, "EMAIL")])],
      "chat/%s: phone and email typed in one message" % ind())


def c_dob():
    y, m, d = make_dob()
    f = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                  "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%02d.%02d.%d" % (d, m, y)])
    P([(A, "Please confirm your date of birth"),
       (C, [V(f, "DOB")])],
      "chat/%s: dob typed" % ind())


def c_address():
    if R.random() < 0.5:
        n = R.randint(1, 300)
        a = "%d %s %s" % (n, R.choice(STREETS).capitalize(), R.choice(SUFF_UK).capitalize())
        pc = make_uk_pc()
        if R.random() < 0.3:
            pc = pc.replace(" ", "")
        if R.random() < 0.3:
            pc = pc.lower()
        P([(C, ["new address is ", V(a, "ADDRESS"), ", " + R.choice(["Leeds", "Bristol", "Cardiff", "Belfast"]) + " ", V(pc, "POSTCODE")])],
          "chat/utilities: uk address and postcode typed")
    else:
        n = R.randint(10, 9999)
        a = "%d %s %s" % (n, R.choice(STREETS).capitalize(), R.choice(["St", "Ave", "Blvd", "Dr", "Street", "Avenue"]))
        z = make_zip()
        P([(C, ["ship to ", V(a, "ADDRESS"), ", Springfield IL ", V(z, "POSTCODE"), " please, order total $" + str(R.randint(20, 300)) + ".99"])],
          "chat/retail: us address and zip typed; price after is not PII")


def c_mixed_noise():
    c = make_card()
    P([(C, ["I was charged £" + str(R.randint(10, 99)) + "." + "%02d" % R.randint(0, 99) + " twice on order #" + str(R.randint(100000, 9999999)) +
            ", card ending ... actually full number is ", V(fmt_card_chat(c), "CARD_NUMBER")])],
      "chat/retail: card number next to amount and order number (not PII)")


# ---------------------------------------------------------------- negatives
def n_amount_call():
    N([(A, "your balance is " + num_words(R.randint(100, 999)) + " pounds and " + num_words(R.randint(10, 99)) + " pence"),
       (C, "okay and when's that due"),
       (A, "it's due on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS))],
      "call/utilities: balance and due date (not a dob)")


def n_ref_call():
    ref = "".join(str(R.randint(0, 9)) for _ in range(R.randint(6, 10)))
    word = R.choice(["order number", "reference number", "claim number", "ticket number", "case reference", "invoice number"])
    N([(A, "have you got the " + word),
       (C, "yeah the " + word + " is " + say_digits(ref)),
       (A, "thanks i've found it here")],
      "call/%s: %s spoken digit by digit (not PII)" % (ind(), word))


def n_ref_chat():
    ref = "".join(str(R.randint(0, 9)) for _ in range(R.randint(6, 10)))
    word = R.choice(["Order #", "Ref: ", "Invoice no. ", "Ticket ", "Claim ref ", "Booking reference "])
    N([(C, "hi, chasing " + word + ref + " placed on " + "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)) +
        ", it's been " + str(R.randint(3, 21)) + " days")],
      "chat/retail: order/ref number with non-birth date and duration")


def n_flight():
    N([(C, "i'm on flight " + R.choice(["b a", "e i", "u a", "f r"]) + " " + num_words(R.randint(100, 999)) +
        " leaving at " + R.choice(["ten thirty", "half six", "seven fifteen", "fourteen hundred"]) + " on the " + ORD[R.randint(1, 28)]),
       (A, "and how many bags are you checking in"),
       (C, num_words(R.randint(1, 3)) + " bags about twenty " + R.choice(["kilos", "three kilos"]) + " each")],
      "call/travel: flight number, time, counts, weights")


def n_meter():
    rd = "".join(str(R.randint(0, 9)) for _ in range(R.randint(5, 6)))
    N([(A, "can you read me the meter reading"),
       (C, "yeah the meter reading is " + say_digits(rd) + " and the other dial says " + say_digits(str(R.randint(100, 9999)))),
       (A, "lovely that's been submitted as of " + R.choice(MONTHS) + " the " + ORD[R.randint(1, 28)])],
      "call/utilities: meter readings (not PII)")


def n_speed():
    N([(C, "i'm paying " + num_words(R.randint(25, 80)) + " pounds a month for " + num_words(R.randint(100, 900)) +
        " megs and i'm getting like " + num_words(R.randint(2, 40)) + " on a good day"),
       (A, "okay and your contract started in " + R.choice(MONTHS) + " twenty twenty " + R.choice(["four", "five", "three"]) +
        " so you've got " + num_words(R.randint(2, 18)) + " months left")],
      "call/telecom: prices, speeds, contract start date, durations")


def n_model():
    N([(C, "it's the model number " + R.choice(["x r", "s m", "k d"]) + " " + num_words(R.randint(100, 999)) +
        " and the fault code is e " + say_digits(str(R.randint(10, 99)))),
       (A, "right that model has a " + num_words(R.randint(1, 5)) + " year warranty")],
      "call/retail: model number and fault code")


def n_appointment():
    N([(A, "i can book you in on " + R.choice(MONTHS) + " the " + ORD[R.randint(1, 28)] + " at " +
        R.choice(["nine o'clock", "quarter past two", "eleven forty five", "three p m"])),
       (C, "that works and it's room " + num_words(R.randint(100, 450)) + " isn't it"),
       (A, "yes second floor")],
      "call/healthcare billing: appointment date, time, room number")


def n_age_temp():
    N([(C, "my mum's " + num_words(R.randint(60, 95)) + " and the heating's been off since " + R.choice(MONTHS) +
        " it's about " + num_words(R.randint(8, 16)) + " degrees in the house"),
       (A, "i'm sorry to hear that we'll get an engineer out within " + num_words(R.randint(24, 72)) + " hours")],
      "call/utilities: age, temperature, duration")


def n_percent_chat():
    N([(C, "Why did my premium go up " + str(R.randint(5, 40)) + "% to £" + str(R.randint(200, 1999)) + "." + "%02d" % R.randint(0, 99) +
        "? Last year it was £" + str(R.randint(200, 999)) + " for " + str(R.randint(10000, 15000)) + " miles")],
      "chat/insurance: percentage, prices, mileage")


def n_year_chat():
    N([(C, "I've been a customer since " + str(R.randint(1995, 2020)) + " and paid £" + str(R.randint(1000, 9999)) +
        " over " + str(R.randint(2, 12)) + " years. Call me back at 3:30pm on 12/" + "%02d" % R.randint(1, 12) + " please")],
      "chat/telecom: years, totals, time, callback date")


def n_payment_date():
    N([(A, "the payment of " + num_words(R.randint(100, 999)) + " dollars went out on " + R.choice(MONTHS) + " " + ORD[R.randint(1, 28)] +
        " twenty twenty " + R.choice(["five", "six"])),
       (C, "and the next one is " + R.choice(["the fifteenth", "on the first"]) + " yeah")],
      "call/banking: payment amounts and dates (not dob)")


def n_last_four_ref():
    N([(C, "the claim number is c l " + say_digits(str(R.randint(1000000, 99999999))) + " and it was for " +
        num_words(R.randint(200, 999)) + " euro"),
       (A, "okay i can see it's been open " + num_words(R.randint(2, 30)) + " days")],
      "call/insurance: claim number with letter prefix, euro amount")


def n_quantities_chat():
    N([(C, "ordered " + str(R.randint(2, 12)) + " x item SKU " + str(R.randint(100000, 999999)) + " at £" + str(R.randint(2, 60)) +
        ".99 each, only " + str(R.randint(1, 5)) + " arrived. tracking no " + str(R.randint(1000000000, 9999999999)))],
      "chat/retail: quantities, sku, price, 10-digit tracking number")



def p_dob_age():
    y, m, d = make_dob()
    P([(A, "and can you confirm the date of birth on the policy"),
       (C, ["yeah i was born on ", V(say_dob_call(y, m, d), "DOB"), " so i'm " + num_words(2026 - y) + " now"]),
       (A, "and you've been with us " + num_words(R.randint(2, 15)) + " years lovely")],
      "call/insurance: dob followed by age and tenure (age/years not PII)")


def p_ie_phone():
    p = "3538" + R.choice("35679") + "".join(str(R.randint(0, 9)) for _ in range(7))
    P([(A, "is there a mobile we can text the code to"),
       (C, ["yeah ", V("plus three five three " + say_digits(p[3:], homo=0.1), "PHONE"), " it's an irish number"])],
      "call/telecom: irish mobile with +353 spoken")


def p_phone_restart():
    p = make_phone("ukmob")
    P([(C, ["my number's ", V(say_digits(p[:5]), "PHONE", "x" + newgroup()), " uh no that's my old one ",
            V(say_digits(p, filler=0.1), "PHONE")]),
       (A, "okay i'll update that now it'll take about " + num_words(R.randint(2, 10)) + " minutes")],
      "call/%s: phone number restarted after a false start, duration after" % ind())


def n_hours():
    N([(A, "we're open from " + R.choice(["eight till eight", "nine till five thirty", "seven a m to ten p m"]) +
        " monday to saturday and the wait time is about " + num_words(R.randint(5, 45)) + " minutes"),
       (C, "okay i've been on hold " + num_words(R.randint(10, 59)) + " minutes already")],
      "call/%s: opening hours and wait times" % ind())


def n_contract_end():
    N([(C, "my contract ends on the " + ORD[R.randint(1, 28)] + " of " + R.choice(MONTHS) + " twenty twenty " +
        R.choice(["seven", "eight"]) + " and i want to know the early exit fee"),
       (A, "it's " + num_words(R.randint(50, 400)) + " euro or " + num_words(R.randint(10, 60)) + " percent of the remaining months")],
      "call/telecom: contract end date, fee, percentage")


# ---------------------------------------------------------------- plan
CALL_POS = [(p_card_one_turn, 10), (p_card_split, 9), (p_card_interrupt, 5), (p_card_selfcorrect, 3),
            (p_card_exp_cvv, 10), (p_cvv_expiry_oneturn, 4), (p_ssn_call, 14), (p_ssn_readback, 4),
            (p_ssn_correct, 3), (p_ni_call, 13), (p_ni_split, 6), (p_ni_readback, 4), (p_sort_acct, 8),
            (p_sort_acct_oneturn, 4), (p_acct_split, 3), (p_iban_call, 8), (p_phone_call, 8), (p_phone_split, 4),
            (p_email_call, 8), (p_dob_call, 8), (p_dob_postcode, 6), (p_address_call, 6), (p_us_address, 5),
            (p_zip_call, 4), (p_chitchat_card, 3), (p_mishear, 3),
            (p_dob_age, 5), (p_ie_phone, 4), (p_phone_restart, 4)]
CHAT_POS = [(c_card, 7), (c_card_only, 7), (c_ssn, 10), (c_ni, 9), (c_bank, 5), (c_iban, 6), (c_phone_email, 7),
            (c_dob, 5), (c_address, 6), (c_mixed_noise, 3)]
NEGS = [(n_amount_call, 8), (n_ref_call, 12), (n_ref_chat, 10), (n_flight, 6), (n_meter, 8), (n_speed, 7),
        (n_model, 6), (n_appointment, 8), (n_age_temp, 6), (n_percent_chat, 6), (n_year_chat, 6), (n_payment_date, 8),
        (n_last_four_ref, 6), (n_quantities_chat, 6),
        (n_hours, 6), (n_contract_end, 6)]


def generate():
    R.seed(SEED)
    CASE_LIST.clear()
    GROUP[0] = 0
    plan = []
    for f, k in CALL_POS + CHAT_POS + NEGS:
        plan += [f] * k
    R.shuffle(plan)
    for f in plan:
        f()
    pos = [c for c in CASE_LIST if c[0]["kind"] == "positive"]
    neg = [c for c in CASE_LIST if c[0]["kind"] == "negative"]
    return pos + neg


# ---------------------------------------------------------------- validation
ONEMAP = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1", "won": "1", "two": "2",
          "to": "2", "too": "2", "three": "3", "four": "4", "for": "4", "five": "5", "six": "6", "seven": "7",
          "eight": "8", "ate": "8", "nine": "9"}
FILL = {"um", "uh", "er", "erm", "slash", "dash", "plus", "area", "code", "and", "hundred_"}


def spoken_to_chars(text, letters=False):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(t) == 1 and t.isalpha() and nxt in ("for", "as") :
            k = i + 2 if nxt == "for" else i + 3
            if nxt == "as" and (i + 2 >= len(toks) or toks[i + 2] != "in"):
                raise ValueError("bad 'as in'")
            if k < len(toks) and toks[k][0] == t:
                out.append(t.upper())
                i = k + 1
                continue
        if t in ("double", "triple") and nxt is not None:
            unit = ONEMAP.get(nxt) or (nxt.upper() if letters and len(nxt) == 1 else None)
            if unit is None:
                raise ValueError("bad double " + nxt)
            out.append(unit * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in ONEMAP and ONEMAP[nxt] != "0":
                out.append(str(TENS.index(t)) + ONEMAP[nxt])
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t == "hundred":
            out.append("00")
        elif letters and len(t) == 1 and t.isalpha() and t != "o":
            out.append(t.upper())
        elif t in ONEMAP:
            out.append(ONEMAP[t])
        elif t.isdigit():
            out.append(t)
        elif letters and t.isalnum() and re.fullmatch(r"[a-z0-9]+", t) and any(ch.isdigit() for ch in t):
            out.append(t.upper())
        elif letters and re.fullmatch(r"[a-z]{2}", t):
            out.append(t.upper())
        elif t in FILL:
            pass
        else:
            raise ValueError("unexpected token %r" % t)
        i += 1
    return "".join(out)


UKPC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
NIRE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def email_norm(t):
    t = t.lower()
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\bdash\b\s*", "-", t)
    return t.replace(" ", "")


def validate_value(typ, text, fragment):
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", email_norm(text)))
    if typ == "ADDRESS":
        return bool(re.search(r"\b(%s|st|ave|blvd|dr)$" % "|".join(SUFF_UK + SUFF_US), text.lower())) and \
            bool(re.match(r"(\d+|%s)\b" % "|".join(ONES + TEENS + TENS[2:]), text.lower()))
    if typ == "DOB":
        low = text.lower()
        if any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS):
            return bool(re.search(r"\d{4}|nineteen|two thousand|twenty|[a-z]+ty", low))
        if re.fullmatch(r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}", text):
            return True
        try:
            return 6 <= len(spoken_to_chars(re.sub(r"two thousand( and)?", "twenty oh", text.lower()))) <= 9
        except ValueError:
            return False
    if typ == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MONTHS):
            return len(spoken_to_chars(re.sub("|".join(MONTHS), "", low).replace(" of ", " "))) in (2, 4)
        if re.fullmatch(r"\d{1,2}[/-]\d{2}(\d{2})?", text):
            return 1 <= int(re.split(r"[/-]", text)[0]) <= 12
        s = spoken_to_chars(text)
        return len(s) in (4, 6) and 1 <= int(s[:2]) <= 12
    if typ == "IBAN" and iban_ok(re.sub(r"\s", "", text)):
        return True
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    s = spoken_to_chars(text, letters=letters)
    if fragment:
        return bool(s) and s.isdigit()
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17
    if typ == "PHONE":
        return s.isdigit() and 7 <= len(s) <= 15
    if typ == "NI_NUMBER":
        return bool(NIRE.fullmatch(s))
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "POSTCODE":
        return bool(UKPC.fullmatch(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    return False


def check_cases(cases):
    problems = []
    ids = set()
    for case, meta in cases:
        cid = case["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if case["kind"] == "negative" and case["spans"]:
            problems.append(cid + ": negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            problems.append(cid + ": positive without spans")
        byturn = defaultdict(list)
        groups = defaultdict(list)
        for sp, grp in zip(case["spans"], meta):
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type")
            t = case["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                problems.append(cid + ": offsets out of range")
                continue
            if not ((t[s].isalnum() or (sp["type"] == "PHONE" and t[s] in "(+")) and t[e - 1].isalnum()):
                problems.append("%s: span not trimmed %r" % (cid, t[s:e]))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, t[s:e]))
            byturn[sp["turn"]].append((s, e))
            if grp is None:
                groups[("solo", id(sp))].append((sp["type"], t[s:e], False))
            else:
                groups[grp].append((sp["type"], t[s:e], grp.startswith("x")))
        for tn, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(cid + ": overlapping spans")
        for key, items in groups.items():
            typ = items[0][0]
            frag = items[0][2]
            try:
                if len(items) == 1 or frag:
                    ok = all(validate_value(it[0], it[1], frag) for it in items)
                elif typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                    ok = validate_value(typ, " ".join(it[1] for it in items), False)
                else:
                    lt = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
                    joined = "".join(spoken_to_chars(it[1], letters=lt) for it in items)
                    ok = validate_value(typ, joined, False)
            except ValueError as ex:
                ok = False
                problems.append("%s: %s" % (cid, ex))
            if not ok:
                problems.append("%s: invalid %s value %r" % (cid, typ, [it[1] for it in items]))
    return problems


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def counts(cases):
    ct = Counter()
    for c, _ in cases:
        for sp in c["spans"]:
            ct[sp["type"]] += 1
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    ncall = sum(1 for c, _ in cases if c["note"].startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    return """# PII hold-out set h178

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures
here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script, or any other
PII fixture; the only existing data consulted was a three-line JSONL format example.
Cases are produced by `scripts/make_pii_holdout178.py` from template functions: each
turn is assembled from plain-text segments and labelled (value, TYPE) segments, so
offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout178.py --check` regenerates the set, checks that the
file is identical, ids are unique, offsets are in range and on word boundaries, spans do
not overlap, and validates each value after normalising spoken forms (Luhn, mod-97,
NI shape, digit counts, postcode shapes).

Emphasis: about two thirds phone calls as a speech recogniser writes them (lower case,
numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
"forty one eleven", homophones "for"/"to"/"too"/"ate", fillers, restarts,
self-corrections, agent interruptions, values split across turns, agent read-backs),
the rest typed chat.

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit. Lead-ins
  ("it's", "my social is", "sort code") and trailing words ("yeah", "thanks") are outside.
* Fillers ("um", "uh") and words like "double"/"triple"/"plus"/"area code"/"slash" that
  occur *inside* a reading are inside the span.
* A value read across several turns is labelled as one span per turn (each piece).
* Abandoned / mis-spoken first attempts (before a restart or self-correction) are
  labelled too, with the same type, because they disclose digits of the value.
* Agent read-backs of a value are labelled like customer readings.
* Phonetic spellings ("b for bravo", "c as in charlie") are inside NI / postcode / IBAN spans.
* EXPIRY covers month and year ("oh nine twenty seven", "09/27"); DOB covers day, month
  and year; ADDRESS is house number + street name + street type (town not included);
  POSTCODE is the UK postcode or US ZIP on its own.
* Money, times, durations, counts, years, percentages, non-birth dates, order/claim/
  ticket/invoice/reference/tracking numbers, flight/room/model numbers and meter
  readings are never labelled; negative cases contain only such material.

## Counts

%d cases: %d positive, %d negative; %d call transcripts, %d chat.

| type | spans |
|---|---|
%s
""" % (SEED, len(cases), npos, nneg, ncall, len(cases) - ncall, rows)


def main():
    check = "--check" in sys.argv[1:]
    cases = generate()
    text = render(cases)
    rd = readme(cases)
    problems = check_cases(cases)
    ct = counts(cases)
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            problems.append("type %s has %d spans (< %d)" % (t, ct[t], need))
    if check:
        try:
            with open(CASES, encoding="utf-8") as fh:
                if fh.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError as ex:
            problems.append("cannot read fixture: %s" % ex)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(text)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    ncall = sum(1 for c, _ in cases if c["note"].startswith("call/"))
    print("cases: %d (positive %d, negative %d; call %d, chat %d)" % (len(cases), npos, nneg, ncall, len(cases) - ncall))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    if problems:
        for p in problems[:60]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("OK" + (" (check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout371 held-out PII evaluation set (stdlib only).

Usage:
    python scripts/make_pii_holdout371.py          # write the fixture
    python scripts/make_pii_holdout371.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout371", "cases.jsonl")
R = random.Random(371241125)

# ---------------------------------------------------------------- words
UNIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]
TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
              8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FILLERS = ["um", "uh", "erm", "er"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}

FIRST = ["sarah", "james", "aoife", "mohammed", "priya", "liam", "chloe", "david", "niamh",
         "tom", "grace", "ahmed", "emma", "sean", "lucy", "marco", "hannah", "raj", "kate", "ben"]
LAST = ["smith", "murphy", "patel", "jones", "kelly", "nguyen", "walsh", "brown", "khan",
        "taylor", "byrne", "garcia", "evans", "rossi", "hughes", "clarke", "ward", "lee"]
STREETS = ["mill lane", "harbour road", "station road", "elm grove", "victoria street",
           "oak avenue", "church close", "maple drive", "kings crescent", "park terrace",
           "willow way", "queens court", "beech gardens", "market place", "hill street",
           "cedar lane", "orchard close", "bridge street", "main street", "lakeview drive"]
TOWNS = ["bristol", "leeds", "cork", "manchester", "glasgow", "galway", "norwich", "cardiff"]
US_TOWNS = ["austin", "denver", "columbus", "portland", "tampa", "madison"]
UK_POSTCODES = ["BS3 4AB", "LS6 2QT", "M14 5TQ", "SW1A 1AA", "G12 8QQ", "NR2 3HP", "CF10 1EP",
                "EH3 9DR", "B15 2TT", "N1 9GU", "E17 4PL", "OX4 1RE", "BT7 1NN", "W1T 3JH",
                "SE15 5DQ", "L8 7NB", "NE1 4ST", "CB2 1TN"]
US_ZIPS = ["94107", "10027", "73301", "60614", "02139", "30309", "98101", "80205", "33602"]
PC_TOWN = {"BS3 4AB": "bristol", "LS6 2QT": "leeds", "M14 5TQ": "manchester", "SW1A 1AA": "london",
           "G12 8QQ": "glasgow", "NR2 3HP": "norwich", "CF10 1EP": "cardiff", "EH3 9DR": "edinburgh",
           "B15 2TT": "birmingham", "N1 9GU": "london", "E17 4PL": "london", "OX4 1RE": "oxford",
           "BT7 1NN": "belfast", "W1T 3JH": "london", "SE15 5DQ": "london", "L8 7NB": "liverpool",
           "NE1 4ST": "newcastle", "CB2 1TN": "cambridge", "94107": "san francisco", "10027": "new york",
           "73301": "austin", "60614": "chicago", "02139": "cambridge, mass", "30309": "atlanta",
           "98101": "seattle", "80205": "denver", "33602": "tampa"}
INDUSTRY = ["bank", "broadband provider", "energy supplier", "insurer", "airline", "clinic billing",
            "mobile network", "tax office", "online store", "water company"]


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


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
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
               "visa19": ("4", 19), "maestro": ("6759", 18)}[kind]
    body = pre + digits(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    if country in ("GB", "IE"):
        bban = R.choice(["WEST", "BARC", "NWBK", "AIBK", "BOFI", "LOYD"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "ES":
        bban = digits(20)
    else:
        bban = R.choice(["ABNA", "RABO", "INGB"]) + digits(10)
    return country + iban_check(country, bban) + bban


# ---------------------------------------------------------------- speaking
def dword(d, z):
    return z if d == "0" else UNIT_WORDS[int(d)]


def say_single(ch, z, dbl=True):
    out, i = [], 0
    while i < len(ch):
        d = ch[i]
        if dbl and i + 2 < len(ch) + 0 and ch[i:i + 3] == d * 3 and R.random() < 0.6:
            out.append("triple " + dword(d, z)); i += 3; continue
        if dbl and i + 1 < len(ch) and ch[i + 1] == d and R.random() < 0.7:
            out.append("double " + dword(d, z)); i += 2; continue
        out.append(dword(d, z)); i += 1
    return " ".join(out)


def say_two(p, z):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + dword(p[1], z)
    if a == 1:
        return TEEN_WORDS[b]
    if b == 0:
        return dword(p[0], z) + " " + z
    return TENS_WORDS[a] + R.choice([" ", "-"]) + UNIT_WORDS[b]


def say_pairs(ch, z):
    parts = [say_two(ch[i:i + 2], z) for i in range(0, len(ch) - 1, 2)]
    if len(ch) % 2:
        parts.append(dword(ch[-1], z))
    return " ".join(parts)


def hundreds_ok(ch):
    return (len(ch) == 3 and ch[0] != "0" and ch[1:] != "00"
            and not (ch[2] == "0" and ch[1] in "23456789"))


def say_hundreds(ch, z):
    rest = ch[1:]
    if rest[0] == "0":
        tail = UNIT_WORDS[int(rest[1])]
    elif rest[0] == "1":
        tail = TEEN_WORDS[int(rest[1])]
    else:
        tail = TENS_WORDS[int(rest[0])] + " " + UNIT_WORDS[int(rest[1])]
    return UNIT_WORDS[int(ch[0])] + " hundred " + R.choice(["and ", "and ", ""]) + tail


def say_chunk(ch, z, mode):
    if mode == "pairs" and len(ch) % 2 == 0:
        return say_pairs(ch, z)
    if mode == "hundreds" and hundreds_ok(ch):
        return say_hundreds(ch, z)
    if mode == "mixed":
        return R.choice([say_single, lambda c, zz: say_pairs(c, zz) if len(c) % 2 == 0 else say_single(c, zz)])(ch, z)
    return say_single(ch, z)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return out


def speak(s, sizes=(4,), mode=None, fill=0.25, z=None, seps=None):
    """Spoken reading of a digit string; fillers only *between* chunks."""
    z = z or R.choice(["oh", "oh", "zero", "nought", "o"])
    mode = mode or R.choice(["single", "single", "pairs", "mixed"])
    if len(sizes) == 1:
        sizes = sizes * 10
    parts = [say_chunk(c, z, mode) for c in chunks(s, sizes)]
    seps = seps or [", ", " ", "... ", ", "]
    out = parts[0]
    for p in parts[1:]:
        sep = R.choice(seps)
        if R.random() < fill:
            sep = sep + R.choice(FILLERS) + R.choice([" ", ", ", "... "])
        out += sep + p
    return out


def typed_card(c):
    st = R.choice(["sp", "sp", "dash", "none", "odd", "dots"])
    if len(c) == 15:
        g = [c[:4], c[4:10], c[10:]]
    else:
        g = chunks(c, [4] * 5)
    if st == "sp":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "dots":
        return ".".join(g)
    if st == "odd":
        return " ".join(chunks(c, [R.choice([3, 5, 6])] * 8))
    return c


def say_letters(s, nato_p=0.5):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(UNIT_WORDS[int(ch)] if ch != "0" else R.choice(["oh", "zero"]))
        elif ch == "o" or R.random() < nato_p:
            out.append(ch + R.choice([" for ", " as in ", " for "]) + NATO[ch])
        else:
            out.append(ch)
    return out


def say_ni(ni, style=None):
    style = style or R.choice(["plain", "nato", "pairs", "mixed"])
    L = ni[:2].lower()
    if style == "plain":
        letters = L[0] + " " + L[1]
    elif style == "nato":
        letters = ", ".join(say_letters(L, 1.0))
    else:
        letters = ", ".join(say_letters(L, 0.5))
    num = ni[2:8]
    if style == "pairs":
        nums = speak(num, (2,), mode="pairs", fill=0.2)
    else:
        nums = speak(num, (2,), mode=R.choice(["single", "pairs"]), fill=0.2)
    suf = say_letters(ni[8], 0.6 if style != "plain" else 0.0)[0]
    return letters, nums, suf


def typed_ni(ni):
    st = R.choice(["tight", "sp", "lower", "sp2"])
    if st == "tight":
        return ni
    if st == "lower":
        return ni.lower()
    if st == "sp2":
        return ni[:2] + " " + ni[2:8] + " " + ni[8]
    return " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]])


def typed_ssn(s):
    st = R.choice(["dash", "dash", "sp", "none"])
    if st == "dash":
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if st == "sp":
        return s[:3] + " " + s[3:5] + " " + s[5:]
    return s


def say_ssn(s):
    z = R.choice(["oh", "zero"])
    a = say_hundreds(s[:3], z) if hundreds_ok(s[:3]) and R.random() < 0.4 else say_single(s[:3], z)
    b = say_two(s[3:5], z) if R.random() < 0.5 else say_single(s[3:5], z)
    c = say_pairs(s[5:], z) if R.random() < 0.5 else say_single(s[5:], z)
    sep = R.choice([", ", " ", "... "])
    mid = R.choice(FILLERS) + " " if R.random() < 0.25 else ""
    return [a, b, c], a + sep + b + sep + mid + c


def make_phone():
    k = R.choice(["uk_mob", "uk_land", "uk_int", "us", "us_int", "ie", "ie_int"])
    if k == "uk_mob":
        n = "07" + R.choice(["700", "911", "824", "535"]) + digits(6)
        return n, n[:5] + " " + n[5:], (5, 3, 3)
    if k == "uk_land":
        n = "0" + R.choice(["20", "113", "161", "117"]) + digits(7 if R.random() < .5 else 7)
        n = n[:11]
        return n, n[:4] + " " + n[4:7] + " " + n[7:], (4, 3, 4)
    if k == "uk_int":
        n = "447" + R.choice(["700", "911", "824"]) + digits(6)
        return "+" + n, "+44 " + n[2:6] + " " + n[6:], (2, 4, 3, 3)
    if k == "us":
        n = R.choice(["415", "212", "512", "303", "614"]) + "555" + "01" + digits(2)
        return n, R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (n[:3], n[3:6], n[6:]), (3, 3, 4)
    if k == "us_int":
        n = "1" + R.choice(["415", "212", "617"]) + "555" + "01" + digits(2)
        return "+" + n, "+1 %s %s %s" % (n[1:4], n[4:7], n[7:]), (1, 3, 3, 4)
    if k == "ie":
        n = "08" + R.choice(["3", "5", "6", "7"]) + digits(7)
        return n, n[:3] + " " + n[3:6] + " " + n[6:], (3, 3, 4)
    n = "3538" + R.choice(["3", "5", "7"]) + digits(7)
    return "+" + n, "+353 " + n[3:5] + " " + n[5:8] + " " + n[8:], (3, 2, 3, 4)


def say_phone(n, sizes):
    plus = n.startswith("+")
    d = n.lstrip("+")
    sp = speak(d, sizes, mode=R.choice(["single", "single", "mixed"]), fill=0.2)
    return ("plus " + sp) if plus else sp


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com",
                    "eircom.net", "btinternet.com", "proton.me", "web.de"])
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l[0],
                      l + "." + f, f + "-" + l])
    return local + "@" + dom


def typed_email(e):
    return R.choice([e, e, e.capitalize(), e.replace(e.split("@")[0], e.split("@")[0].title())])


def say_email(e):
    local, dom = e.split("@")
    def w(part):
        out = []
        for tok in re.findall(r"[a-z]+|\d|[._-]", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok == "-":
                out.append(R.choice(["dash", "hyphen"]))
            elif tok.isdigit():
                out.append(UNIT_WORDS[int(tok)])
            elif len(tok) == 1:
                out.append(tok)
            else:
                out.append(tok)
        return " ".join(out)
    return w(local) + " at " + w(dom)


def make_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


def say_year(y):
    if y >= 2000:
        r = y - 2000
        tail = "" if r == 0 else (" and " if R.random() < .5 else " ") + (
            UNIT_WORDS[r] if r < 10 else TEEN_WORDS[r - 10])
        return "two thousand" + tail
    r = y % 100
    if r % 10 == 0:
        return "nineteen " + TENS_WORDS[r // 10] if r >= 20 else "nineteen " + TEEN_WORDS[0]
    if r < 10:
        return "nineteen oh " + UNIT_WORDS[r]
    if r < 20:
        return "nineteen " + TEEN_WORDS[r - 10]
    return "nineteen " + TENS_WORDS[r // 10] + " " + UNIT_WORDS[r % 10]


def say_day(d):
    if d in ORD:
        return ORD[d]
    return TENS_WORDS[d // 10] + " " + ORD[d % 10]


def dob_text(dt, spoken, us=False):
    y, m, d = dt
    if not spoken:
        st = R.choice(["slash", "dash", "long", "dot"])
        if st == "long":
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if us:
            return "%02d/%02d/%d" % (m, d, y)
        sep = {"slash": "/", "dash": "-", "dot": "."}[st]
        return "%02d%s%02d%s%d" % (d, sep, m, sep, y)
    if us or R.random() < .3:
        return "%s %s, %s" % (MONTHS[m - 1], say_day(d), say_year(y))
    return "%s of %s %s" % (say_day(d), MONTHS[m - 1], say_year(y))


def expiry_text(spoken):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if not spoken:
        return R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d"]) % (m, y)
    st = R.choice(["num", "name", "num2"])
    yw = TENS_WORDS[y // 10] + ("" if y % 10 == 0 else R.choice([" ", "-"]) + UNIT_WORDS[y % 10])
    if st == "name":
        return MONTHS[m - 1] + " " + R.choice(["", "twenty "]) + yw
    if st == "num2":
        return say_single("%02d" % m, R.choice(["oh", "zero"])) + " " + yw
    return say_single("%02d" % m, "oh") + R.choice([" slash ", ", ", " "]) + yw


def make_address():
    n = R.randint(1, 240)
    street = R.choice(STREETS)
    suf = R.choice(["", "", "a", "b"]) if n < 100 else ""
    return n, suf, street


def address_text(a, spoken, flat=None):
    n, suf, st = a
    if spoken:
        nw = say_hundreds(str(n), "oh") if hundreds_ok(str(n)) else (
            say_two(str(n), "oh") if n >= 10 and str(n)[1] != "0" else str(n) if n >= 100 else
            (UNIT_WORDS[n] if n < 10 else (TEEN_WORDS[n - 10] if n < 20 else TENS_WORDS[n // 10])))
        s = nw + (" " + suf if suf else "") + " " + st
        if flat:
            s = "flat " + UNIT_WORDS[flat] + ", " + s
        return s
    s = str(n) + suf.upper() + " " + st.title()
    if flat:
        s = R.choice(["Flat %d, ", "Apt %d, ", "flat %d "]) % flat + s
    return s


def postcode_text(pc, spoken):
    if not spoken:
        return R.choice([pc, pc, pc.lower(), pc.replace(" ", "")])
    out = []
    for ch in pc.replace(" ", "").lower():
        if ch.isdigit():
            out.append(dword(ch, "oh"))
        elif ch == "o" or R.random() < .3:
            out.append(ch + " for " + NATO[ch])
        else:
            out.append(ch)
    # split into outward / inward halves
    k = len(pc.split(" ")[0])
    return " ".join(out[:k]) + R.choice([", ", " ", "... "]) + " ".join(out[k:])


def zip_spoken(z):
    return speak(z, (5,), mode="single", fill=0)


# ---------------------------------------------------------------- case building
def V(text, typ):
    return (text, typ)


def turn(speaker, *segs):
    return (speaker, list(segs))


def build(turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                start = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s[1]})
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


C, A = "customer", "agent"
BC = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes go ahead"]


def bc():
    return R.choice(BC)


def greet():
    return R.choice(["thanks for calling, ", "hi there, ", "", "okay, ", "lovely, "])


# ---- positive templates: each returns (turns, note)
def p_card_typed():
    c = make_card()
    lab = R.choice(["card number is ", "card no: ", "Card #: ", "the long number on the card is ",
                    "cc num - ", "my debit card "])
    return [turn(C, R.choice(["hi, ", "Hello ", ""]), lab, V(typed_card(c), "CARD_NUMBER"),
                 R.choice([" - payment keeps failing", ". can u check why it was declined?",
                           " thx", ", please update it on my account"])),
            turn(A, "Thanks, I can see the attempt. Let me look into the decline reason.")], "typed card in chat"


def p_card_asr_single():
    c = make_card()
    return [turn(A, greet(), "could i take the long number across the front of the card please"),
            turn(C, R.choice(["yeah it's ", "okay so it's ", "right, ", "um yeah "]),
                 V(speak(c, (4,) if len(c) != 15 else (4, 6, 5)), "CARD_NUMBER")),
            turn(A, "thank you")], "ASR full card reading"


def p_card_split():
    c = make_card()
    g = chunks(c, (4, 4, 4, 4, 4) if len(c) != 15 else (4, 6, 5))
    z = R.choice(["oh", "zero", "nought"])
    mode = R.choice(["single", "pairs", "mixed"])
    ts = [turn(A, "okay whenever you're ready with the card number")]
    for i, part in enumerate(g):
        lead = R.choice(["", "", "it's ", "then "]) if i else R.choice(["", "okay ", "so "])
        ts.append(turn(C, lead, V(say_chunk(part, z, mode), "CARD_NUMBER")))
        if i < len(g) - 1:
            ts.append(turn(A, bc()))
    ts.append(turn(A, "perfect thank you"))
    return ts, "card split over customer turns with back-channels"


def p_card_ivr():
    c = make_card()
    rb = R.random() < .6
    ts = [turn(A, R.choice(["please say or key in your card number, followed by the hash key",
                            "to make a payment, please say or key your sixteen digit card number now",
                            "please enter or say the long number on the front of your card"])),
          turn(C, V(speak(c, (4,), mode="single", fill=0.15), "CARD_NUMBER"))]
    if rb:
        ts.append(turn(A, "i heard ", V(speak(c, (4,), mode="single", fill=0, seps=[", "]), "CARD_NUMBER"),
                       ". if that's correct say yes, otherwise say no"))
        ts.append(turn(C, "yes"))
    return ts, "IVR card capture" + (" with read-back" if rb else "")


def p_card_piecewise():
    c = make_card(R.choice(["visa", "mc", "disc"]))
    g = chunks(c, (4,) * 4)
    asks = ["first four?", "and the next four", "next four please", "and the last four"]
    ts = [turn(A, "i'll take it four digits at a time, okay? first four?")]
    z = R.choice(["oh", "zero"])
    for i, part in enumerate(g):
        if i:
            ts.append(turn(A, asks[i] if i < 3 else "and the last four"))
        ts.append(turn(C, V(say_chunk(part, z, R.choice(["single", "pairs"])), "CARD_NUMBER")))
        if R.random() < .5:
            ts.append(turn(A, V(say_single(part, z, dbl=False), "CARD_NUMBER"), R.choice([", yep", ", got it", ""])))
    return ts, "card confirmed piece by piece, agent echoes"


def p_card_restart():
    c = make_card(R.choice(["visa", "mc"]))
    z = R.choice(["oh", "zero"])
    k = R.choice([5, 6, 7, 8])
    return [turn(A, "go ahead with the card number"),
            turn(C, V(speak(c[:k], (4,), mode="single", z=z, fill=0), "CARD_NUMBER"),
                 R.choice(["... sorry, hang on, i've lost my place. let me start again. ",
                           " no wait, start again, "]),
                 V(speak(c, (4,), mode="single", z=z, fill=0.2), "CARD_NUMBER")),
            turn(A, "no problem, got it")], "restarted card reading"


def p_card_aside():
    c = make_card(R.choice(["visa", "mc", "disc"]))
    z = R.choice(["oh", "zero"])
    return [turn(A, "and the card number?"),
            turn(C, V(speak(c[:8], (4,), z=z, fill=0.1), "CARD_NUMBER"),
                 R.choice([" - sorry, the dog's going mad - ", ", hang on, can you turn that down love, ",
                           "... one sec, my glasses... right, "]),
                 V(speak(c[8:], (4,), z=z, fill=0.1), "CARD_NUMBER")),
            turn(A, "thanks")], "aside in the middle of a card reading"


def p_card_full_bundle():
    c = make_card()
    ex = expiry_text(False)
    cv = digits(4 if c[:2] in ("34", "37") else 3)
    form = R.choice([
        lambda: [turn(C, "Card: ", V(typed_card(c), "CARD_NUMBER"), "\nExp: ", V(ex, "EXPIRY"),
                      "\nCVV: ", V(cv, "CVV"), "\nplease take the outstanding balance")],
        lambda: [turn(C, "ok card is ", V(typed_card(c), "CARD_NUMBER"), " exp ", V(ex, "EXPIRY"),
                      " and the code on the back ", V(cv, "CVV"))],
    ])()
    form.append(turn(A, "Thank you, I'll process that now. Please don't share card details in chat in future."))
    return form, "typed card, expiry and CVV together"


def p_card_asr_bundle():
    c = make_card(R.choice(["visa", "mc", "amex"]))
    cv = digits(4 if len(c) == 15 else 3)
    ex = expiry_text(True)
    return [turn(A, "can i take the card number"),
            turn(C, V(speak(c, (4,) if len(c) != 15 else (4, 6, 5)), "CARD_NUMBER")),
            turn(A, "and the expiry"),
            turn(C, R.choice(["", "it's ", "um "]), V(ex, "EXPIRY")),
            turn(A, "and lastly the " + ("four digit code on the front" if len(c) == 15 else "three digits on the back")),
            turn(C, V(say_single(cv, "oh"), "CVV"))], "ASR card, expiry, CVV"


def p_card_lastfour_after_full():
    c = make_card(R.choice(["visa", "mc"]))
    return [turn(C, "i want to pay with ", V(speak(c, (4,), mode="single", fill=0.1), "CARD_NUMBER")),
            turn(A, "okay, i'll put the payment on the card ending ", V(say_single(c[-4:], "oh", dbl=False), "CARD_NUMBER"),
                 ", is that right?"),
            turn(C, "yes")], "last four said after full card in same case (labelled)"


def p_card_partial_ask():
    c = make_card(R.choice(["visa", "mc"]))
    return [turn(C, "the card's ", V(typed_card(c), "CARD_NUMBER"), " if you need it"),
            turn(A, "thanks - can you just read me digits five to eight again, the line broke up"),
            turn(C, V(say_single(c[4:8], "oh"), "CARD_NUMBER")),
            turn(A, "lovely")], "agent asks for part of a card already given"


CARD_T = [p_card_typed, p_card_asr_single, p_card_split, p_card_ivr, p_card_piecewise, p_card_restart,
          p_card_aside, p_card_full_bundle, p_card_asr_bundle, p_card_lastfour_after_full, p_card_partial_ask]


def p_ssn_typed():
    s = make_ssn()
    return [turn(C, R.choice(["SSN: ", "my social is ", "ssn# ", "Social Security No. "]), V(typed_ssn(s), "SSN"),
                 R.choice([" for the benefits form", "", ", DOB to follow"])),
            turn(A, "Thanks, I've verified your identity.")], "typed US SSN"


def p_ssn_asr():
    s = make_ssn()
    _, txt = say_ssn(s)
    return [turn(A, R.choice(["for verification can i get your social security number",
                              "i just need your social to pull up the claim"])),
            turn(C, R.choice(["sure, it's ", "yeah ", "okay um "]), V(txt, "SSN")),
            turn(A, "thank you, one moment")], "spoken SSN"


def p_ssn_split():
    s = make_ssn()
    parts, _ = say_ssn(s)
    ts = [turn(A, "what's your social security number")]
    for i, p in enumerate(parts):
        ts.append(turn(C, V(p, "SSN")))
        if i < 2:
            ts.append(turn(A, bc()))
    return ts, "SSN split over turns"


def p_ssn_readback():
    s = make_ssn()
    _, txt = say_ssn(s)
    return [turn(C, "my social is ", V(txt, "SSN")),
            turn(A, "let me read that back, ", V(say_single(s[:3], "zero", False) + ", " + say_single(s[3:5], "zero", False)
                                                 + ", " + say_single(s[5:], "zero", False), "SSN"), "?"),
            turn(C, "that's it")], "SSN with agent read-back"


def p_ssn_agent_screen():
    s = make_ssn()
    return [turn(A, "i have the social on file as ", V(typed_ssn(s) if R.random() < .3 else
                                                         say_single(s, "zero", False), "SSN"),
                 ", can you confirm that's correct?"),
            turn(C, "yes that's right")], "agent reads SSN from screen for confirmation"


def p_ssn_piecewise():
    s = make_ssn()
    z = R.choice(["oh", "zero"])
    return [turn(A, "can you give me the first three of your social"),
            turn(C, V(say_single(s[:3], z), "SSN")),
            turn(A, "then the middle two"),
            turn(C, V(say_two(s[3:5], z), "SSN")),
            turn(A, "and the last four"),
            turn(C, V(say_pairs(s[5:], z), "SSN"))], "SSN confirmed piece by piece"


def p_ssn_ivr():
    s = make_ssn()
    return [turn(A, "please say or enter your nine digit social security number"),
            turn(C, V(say_single(s, R.choice(["oh", "zero"])), "SSN")),
            turn(A, "thank you. please hold while we locate your account")], "IVR SSN"


def p_ssn_partial_full():
    s = make_ssn()
    return [turn(A, "can i just get the last four of your social"),
            turn(C, "do you want the whole thing? it's ", V(typed_ssn(s) if R.random() < .5 else say_ssn(s)[1], "SSN")),
            turn(A, "the last four would've been fine, but thanks")], "agent asks part of SSN, caller gives all"


SSN_T = [p_ssn_typed, p_ssn_asr, p_ssn_split, p_ssn_readback, p_ssn_agent_screen, p_ssn_piecewise, p_ssn_ivr,
         p_ssn_partial_full]


def p_ni_typed():
    n = make_ni()
    return [turn(C, R.choice(["NI number: ", "my ni no is ", "National Insurance - ", "nino "]), V(typed_ni(n), "NI_NUMBER"),
                 R.choice(["", " thanks", ". I'm chasing my tax code"])),
            turn(A, "Thank you, I've found your record.")], "typed NI number"


def p_ni_asr():
    n = make_ni()
    a, b, c = say_ni(n)
    return [turn(A, "can i take your national insurance number please"),
            turn(C, R.choice(["yeah it's ", "", "okay, "]), V(a + ", " + b + ", " + c, "NI_NUMBER")),
            turn(A, "lovely thank you")], "spoken NI number"


def p_ni_split():
    n = make_ni()
    a, b, c = say_ni(n)
    return [turn(A, "national insurance number?"),
            turn(C, V(a, "NI_NUMBER")),
            turn(A, bc()),
            turn(C, V(b, "NI_NUMBER")),
            turn(A, R.choice(["and the letter at the end?", "and the last letter", bc()])),
            turn(C, V(c, "NI_NUMBER"))], "NI split over turns"


def p_ni_agent_screen():
    n = make_ni()
    a, b, c = say_ni(n, R.choice(["nato", "plain"]))
    return [turn(A, "i've got your national insurance number showing as ", V(a + ", " + b + ", " + c, "NI_NUMBER"),
                 ", is that still correct?"),
            turn(C, "yeah that's me")], "agent reads NI from screen"


def p_ni_piecewise():
    n = make_ni()
    a, b, c = say_ni(n)
    return [turn(A, "just the two letters at the start first"),
            turn(C, V(a, "NI_NUMBER")),
            turn(A, "okay and then the six numbers"),
            turn(C, R.choice(["", "it's "]), V(b, "NI_NUMBER")),
            turn(A, "and the final letter"),
            turn(C, V(c, "NI_NUMBER")),
            turn(A, "so that's ", V(typed_ni(n) if R.random() < .2 else say_ni(n, "plain")[0] + " " + say_ni(n, "plain")[1] + " " + n[8].lower(), "NI_NUMBER"))], "NI captured piece by piece with read-back"


def p_ni_correction():
    n = make_ni()
    a, b, c = say_ni(n, "plain")
    return [turn(A, "what's your NI number"),
            turn(C, V(a + " " + say_single(n[2:4], "oh", False), "NI_NUMBER"), " ... no sorry, from the start, ", V(a + " " + b + " " + c, "NI_NUMBER")),
            turn(A, "thank you")], "restarted NI reading"


NI_T = [p_ni_typed, p_ni_asr, p_ni_split, p_ni_agent_screen, p_ni_piecewise, p_ni_correction]


def p_bank():
    sc, ac = digits(6), digits(8)
    if R.random() < .5:
        return [turn(C, R.choice(["sort code ", "Sort: ", "s/c "]), V(R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc,
                                                                              sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
                     R.choice([", acct no: ", " account ", " / a/c "]), V(ac, "BANK_ACCOUNT"),
                     R.choice([" for the direct debit", "", " pls update"])),
                turn(A, "Thanks, the direct debit has been updated.")], "typed sort code and account"
    return [turn(A, "what's the sort code for the new account"),
            turn(C, V(speak(sc, (2,), mode="pairs", fill=0), "SORT_CODE")),
            turn(A, "and the account number"),
            turn(C, V(speak(ac, (4,), fill=0.2), "BANK_ACCOUNT")),
            turn(A, "so that's sort code ", V(speak(sc, (2,), mode="single", fill=0), "SORT_CODE"),
                 ", account ", V(speak(ac, (4,), mode="single", fill=0), "BANK_ACCOUNT"), ", yeah?")], "spoken sort code and account with read-back"


def p_bank_agent():
    sc, ac = digits(6), digits(R.choice([8, 8, 10]))
    return [turn(A, "i can see the payments come from sort code ", V(speak(sc, (2,), mode="pairs", fill=0), "SORT_CODE"),
                 ", account number ", V(speak(ac, (4,), mode="single", fill=0), "BANK_ACCOUNT"), ", is that the one you want to keep?"),
            turn(C, "yes keep that one")], "agent reads bank details from screen"


def p_iban():
    ib = make_iban()
    if R.random() < .5:
        t = " ".join(chunks(ib, (4,) * 9)) if R.random() < .6 else ib
        return [turn(C, R.choice(["IBAN: ", "refund to iban ", "my IBAN is "]), V(t if R.random() < .8 else t.lower(), "IBAN")),
                turn(A, "Thanks, the refund will go to that account in 3-5 working days.")], "typed IBAN"
    cc, ck, rest = ib[:2], ib[2:4], ib[4:]
    letters = ", ".join(say_letters(cc.lower(), 0.5))
    parts = [letters + " " + say_pairs(ck, "oh")]
    for ch in chunks(rest, (4,) * 8):
        parts.append(" ".join(say_letters(ch.lower(), 0.0)) if ch.isalpha() else speak(ch, (4,), mode="single", fill=0))
    return [turn(A, "could you read me the iban"),
            turn(C, V(", ".join(parts), "IBAN")),
            turn(A, "got it, thank you")], "spoken IBAN"


def p_phone():
    n, t, sizes = make_phone()
    r = R.random()
    if r < .4:
        return [turn(C, R.choice(["call me back on ", "mob: ", "Tel - ", "best number is "]), V(t, "PHONE"),
                     R.choice(["", " after 5", ", ta"])),
                turn(A, "Will do.")], "typed phone"
    sp = say_phone(n, sizes)
    if r < .7:
        return [turn(A, "what's the best number to reach you on"),
                turn(C, R.choice(["it's ", "", "um "]), V(sp, "PHONE")),
                turn(A, "so ", V(say_phone(n, sizes), "PHONE"), "?"), turn(C, "yep")], "spoken phone with read-back"
    return [turn(A, "i've got a contact number of ", V(sp, "PHONE"), ", is that still the best one?"),
            turn(C, "no that's old, use ", V(t, "PHONE") if R.random() < .3 else V(say_phone(*make_phone()[::2]), "PHONE"))], "agent reads phone from screen, caller gives new"


def p_email():
    e = make_email()
    if R.random() < .45:
        return [turn(C, R.choice(["email: ", "pls send it to ", "my e-mail is ", "contact - "]), V(typed_email(e), "EMAIL")),
                turn(A, "Sent, please check your junk folder.")], "typed email"
    sp = say_email(e)
    ts = [turn(A, "and an email address for the confirmation"),
          turn(C, R.choice(["yeah it's ", "", "okay so "]), V(sp, "EMAIL"))]
    if R.random() < .5:
        ts.append(turn(A, "i've got ", V(say_email(e), "EMAIL"), ", all lower case?"))
        ts.append(turn(C, "yep"))
    return ts, "spoken email"


def p_dob():
    dt = make_dob()
    us = R.random() < .3
    r = R.random()
    if r < .35:
        return [turn(C, R.choice(["DOB ", "date of birth: ", "d.o.b. ", "born "]), V(dob_text(dt, False, us), "DOB")),
                turn(A, "Thanks, you're verified.")], "typed DOB"
    if r < .7:
        return [turn(A, "can you confirm your date of birth"),
                turn(C, R.choice(["", "it's the ", "yeah "]) if False else R.choice(["", "yeah ", "um "]), V(dob_text(dt, True, us), "DOB")),
                turn(A, "thank you")], "spoken DOB"
    return [turn(A, "i have your date of birth as ", V(dob_text(dt, True, us), "DOB"), ", is that right?"),
            turn(C, "that's right")], "agent reads DOB from screen"


def p_address():
    a = make_address()
    flat = R.choice([None, None, R.randint(1, 9)])
    uk = R.random() < .65
    pc = R.choice(UK_POSTCODES) if uk else R.choice(US_ZIPS)
    town = PC_TOWN[pc]
    spoken = R.random() < .5
    pct = postcode_text(pc, spoken) if uk else (zip_spoken(pc) if spoken else pc)
    if R.random() < .5:
        return [turn(C, R.choice(["i've moved, new address is ", "Address: ", "deliver to "]), V(address_text(a, spoken, flat), "ADDRESS"),
                     ", " + (town if spoken else town.title()) + ", ", V(pct, "POSTCODE")),
                turn(A, "Thanks, I've updated your address.")], "address with postcode"
    return [turn(A, "so i've got the address as ", V(address_text(a, spoken, flat), "ADDRESS"), ", " + town + ", ",
                 V(pct, "POSTCODE"), ", is that right?"),
            turn(C, "yes")], "agent reads address from screen"


def p_postcode():
    uk = R.random() < .6
    pc = R.choice(UK_POSTCODES) if uk else R.choice(US_ZIPS) + (("-" + digits(4)) if R.random() < .3 else "")
    if uk:
        sp = postcode_text(pc, True)
        return [turn(A, "can i take the postcode"),
                turn(C, V(sp, "POSTCODE")),
                turn(A, "so that's ", V(postcode_text(pc, R.random() < .5), "POSTCODE"), "?")], "UK postcode spoken with read-back"
    return [turn(A, "please say or key in the zip code of your billing address"),
            turn(C, V(zip_spoken(pc.replace("-", "")) if len(pc) == 5 else pc, "POSTCODE"))], "IVR zip code"


def p_expiry_cvv():
    if R.random() < .4:
        m, y = R.randint(1, 12), R.randint(25, 31)
        return [turn(A, "please say or key in your card's expiry date as four digits, month then year"),
                turn(C, V(say_single("%02d%02d" % (m, y), R.choice(["oh", "zero"]), False), "EXPIRY")),
                turn(A, "now please say or key in the three digit security code from the back of your card"),
                turn(C, V(say_single(digits(3), R.choice(["oh", "zero"])), "CVV"))], "IVR expiry and CVV"
    ex = expiry_text(True)
    cv = digits(3)
    return [turn(A, "what's the expiry date on the card"),
            turn(C, R.choice(["", "um ", "it's "]), V(ex, "EXPIRY")),
            turn(A, "and the three digit security code"),
            turn(C, V(say_single(cv, R.choice(["oh", "zero"])), "CVV")),
            turn(A, "thank you")], "expiry and CVV spoken (card on file)"


OTHER_T = [p_bank, p_bank_agent, p_iban, p_iban, p_phone, p_phone, p_email, p_email, p_dob, p_dob, p_address,
           p_address, p_postcode, p_expiry_cvv]


# ---- negatives
def n_order():
    num = make_card(R.choice(["visa", "mc"]))
    lab = R.choice(["order number", "tracking number", "invoice number", "reference number", "claim reference"])
    return [turn(A, "can i take the " + lab),
            turn(C, "yeah the " + lab + " is " + speak(num, (4,), fill=0.1)),
            turn(A, "thanks, that " + lab.split()[0] + " shows as dispatched")], "16-digit %s spoken like a card" % lab


def n_typed_ref():
    lab = R.choice(["Ticket #", "Ref: ", "Policy no. ", "Serial number: ", "Model no ", "Invoice INV-", "Order ID "])
    v = R.choice([digits(R.randint(8, 16)), "PX" + digits(7), digits(4) + "-" + digits(4) + "-" + digits(4)])
    return [turn(C, lab + v + " - still waiting on this"), turn(A, "Thanks, I've escalated it.")], "labelled reference number"


def n_amount():
    amt = "%d.%02d" % (R.randint(10, 4000), R.randint(0, 99))
    return [turn(A, R.choice(["your balance is ", "the outstanding amount is ", "the refund comes to "]) +
                 R.choice(["£", "$", "€"]) + amt),
            turn(C, "okay and when is that due"),
            turn(A, "by the %s of %s" % (say_day(R.randint(1, 28)) if R.random() < .9 else "twentieth", R.choice(MONTHS)))], "amount and due date"


def n_amount_spoken():
    return [turn(C, "so how much is it"),
            turn(A, "it's " + say_hundreds(str(R.randint(1, 9)) + "2" + str(R.randint(1, 9)), "oh") + " pounds and " +
                 TENS_WORDS[R.randint(2, 9)] + " pence, and that's for " + TEEN_WORDS[R.randint(2, 9)] + " months")], "spoken price and duration"


def n_lastfour():
    l4 = digits(4)
    return [turn(A, "i can see a card ending " + R.choice([l4, say_single(l4, "oh")]) + " on the account"),
            turn(C, "yes that's the one, ending in " + say_single(l4, "oh", False)),
            turn(A, "great")], "card last-four only"


def n_lastfour_ask():
    l4 = digits(4)
    return [turn(A, "for security, just the last four digits of the card you paid with please, not the whole number"),
            turn(C, say_single(l4, R.choice(["oh", "zero"]))),
            turn(A, "thank you, that matches")], "agent asks only for last four of card"


def n_meter():
    return [turn(A, "can you read me the meter"),
            turn(C, "it says " + speak(digits(5), (5,), mode="single", fill=0) + ", then a red " + UNIT_WORDS[R.randint(1, 9)]),
            turn(A, "and the meter serial number?"),
            turn(C, R.choice(["it's ", ""]) + digits(2) + "P" + digits(7))], "meter reading and serial"


def n_flight():
    return [turn(C, "i'm on flight " + R.choice(["EI", "BA", "FR", "UA"]) + str(R.randint(100, 9999)) + ", seat " +
                 str(R.randint(1, 40)) + R.choice("ABCDEF") + ", gate " + str(R.randint(1, 60))),
            turn(A, "boarding is at " + R.choice(["14:35", "6.45am", "nine fifteen", "twenty past ten"]) +
                 ", it's about a " + R.choice(["two hour", "forty minute", "six and a half hour"]) + " flight")], "flight, seat, gate, times"


def n_hours():
    return [turn(C, "what time are you open till"),
            turn(A, "we're open eight till eight monday to friday and " + R.choice(["9am-5pm", "nine to one"]) + " saturdays"),
            turn(C, "and how long's the queue usually"),
            turn(A, "about " + R.choice(["twenty", "forty five", "ten"]) + " minutes")], "opening hours and durations"


def n_appointment():
    return [turn(A, "i can book you in for the " + say_day(R.randint(1, 28)) + " of " + R.choice(MONTHS) + " at " +
                 R.choice(["10:30", "half two", "three pm", "quarter to nine"])),
            turn(C, "is there anything on " + R.choice(["14/06/2026", "the 3rd", "june 9th", "tuesday"]) + " instead?"),
            turn(A, "yes, " + R.choice(["11am", "four o'clock"]) + " that day")], "appointment dates and times"


def n_ages():
    return [turn(C, "it's for my son, he's " + UNIT_WORDS[R.randint(2, 9)] + " and my daughter is " + TEEN_WORDS[R.randint(0, 7)] +
                 ", we've been customers since " + str(R.randint(1995, 2020))),
            turn(A, "lovely, you'll get " + str(R.randint(5, 30)) + "% off as a loyalty discount")], "ages, years, percentage"


def n_temp_counts():
    return [turn(C, "the thermostat's set to " + str(R.randint(16, 24)) + " degrees but it's only reading " + str(R.randint(10, 15)) +
                 ", and i've got " + UNIT_WORDS[R.randint(2, 9)] + " radiators"),
            turn(A, "okay, the boiler model is a " + R.choice(["combi 30", "greenstar 4000", "ecotec plus 832"]) +
                 ", i'll book an engineer")], "temperatures, counts, model"


def n_road():
    return [turn(C, "there's a burst main on " + R.choice(STREETS).title() + " near the junction with " + R.choice(STREETS).title()),
            turn(A, "thanks, we've had " + str(R.randint(3, 40)) + " reports, crews are on the " + R.choice(["A38", "M25", "N7", "Route 66"]) + " now")], "road names without house numbers"


def n_contract():
    return [turn(A, "your contract started on " + R.choice(["1 March 2023", "the 4th of july twenty twenty two", "03/01/2024"]) +
                 " and runs for " + R.choice(["24", "eighteen", "twelve"]) + " months"),
            turn(C, "and my customer reference?"),
            turn(A, "customer reference " + speak(digits(10), (3, 3, 4), fill=0))], "contract dates and customer reference"


def n_policy_spoken():
    v = digits(9)
    return [turn(A, "what's your policy number"),
            turn(C, "policy number is " + speak(v, (3, 2, 4), mode=R.choice(["single", "mixed"]), fill=0.2)),
            turn(A, "and the claim number?"),
            turn(C, "c l " + speak(digits(8), (4,), fill=0))], "9-digit policy number spoken like an SSN"


def n_data():
    return [turn(C, "i've used " + str(R.randint(1, 90)) + "." + str(R.randint(0, 9)) + " gig of my " + str(R.choice([30, 50, 100])) + " gig allowance"),
            turn(A, "that resets on day " + str(R.randint(1, 28)) + " of your billing cycle, and it's £" + str(R.randint(10, 60)) + " a month")], "data usage and prices"


def n_ticket_phone_like():
    v = "0" + digits(10)
    return [turn(A, "your case number is " + speak(v, (4, 3, 4), mode="single", fill=0)),
            turn(C, "sorry, the case number again?"),
            turn(A, "case number " + speak(v, (5, 6), mode="single", fill=0))], "11-digit case number spoken like a phone number"


def n_iban_like():
    return [turn(C, "Transaction ID: TX" + digits(20) + " and the invoice number 2025-" + digits(6)),
            turn(A, "Thanks, that matches our records.")], "long transaction ID"


def n_room():
    return [turn(C, "we're in room " + str(R.randint(100, 999)) + ", booking reference " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))),
            turn(A, "checkout is at 11 and breakfast is 7 till 10")], "hotel room and booking reference"


NEG_T = [n_order, n_typed_ref, n_amount, n_amount_spoken, n_lastfour, n_lastfour_ask, n_meter, n_flight, n_hours,
         n_appointment, n_ages, n_temp_counts, n_road, n_contract, n_policy_spoken, n_data, n_ticket_phone_like,
         n_iban_like, n_room]


def generate():
    cases = []
    sched = CARD_T * 7 + SSN_T * 5 + NI_T * 6 + OTHER_T * 5 + [p_iban, p_address, p_dob, p_email]
    # 77 + 40 + 36 + 70 + 4 = 227
    for i, fn in enumerate(sched, 1):
        ts, note = fn()
        turns, spans = build(ts)
        cases.append({"id": "h371-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": note})
    for i in range(1, 115):
        fn = NEG_T[(i - 1) % len(NEG_T)]
        ts, note = fn()
        turns, _ = build(ts)
        cases.append({"id": "h371-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note})
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ---------------------------------------------------------------- validation
U = {w: i for i, w in enumerate(UNIT_WORDS)}
U.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
T = {w: 10 + i for i, w in enumerate(TEEN_WORDS)}
TN = {v: k for k, v in TENS_WORDS.items()}
OU = {ORD[i]: i for i in range(1, 10)}
OT = {ORD[i]: i for i in range(10, 20)}
OT.update({"twentieth": 20, "thirtieth": 30})
NATO_R = {v.replace("-", ""): k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "plus", "slash", "st", "nd", "rd", "th"}


def normalise(text, letters=False):
    toks = re.findall(r"\d+|[a-z]+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    def small(j):
        """parse a <100 number at j -> (str_value, next_j) or None"""
        t = toks[j] if j < len(toks) else None
        if t in TN:
            if j + 1 < len(toks) and toks[j + 1] in U and U[toks[j + 1]] and toks[j + 1] not in ("oh", "o", "nought", "nil"):
                return TN[t] * 10 + U[toks[j + 1]], j + 2
            if j + 1 < len(toks) and toks[j + 1] in OU:
                return TN[t] * 10 + OU[toks[j + 1]], j + 2
            return TN[t] * 10, j + 1
        if t in T:
            return T[t], j + 1
        if t in OT:
            return OT[t], j + 1
        return None
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if letters and len(t) == 1 and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            if j < len(toks) and NATO_R.get(toks[j]) == t:
                out.append(t.upper()); i = j + 1; continue
        if t in SKIP and not (letters and t in ("st", "nd", "rd", "th")):
            i += 1; continue
        if t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            if nxt in U:
                out.append(str(U[nxt]) * k); i += 2; continue
            if letters and len(nxt) == 1:
                out.append(nxt.upper() * k); i += 2; continue
            raise ValueError("bad double")
        if t in U and nxt in ("hundred", "thousand"):
            base = U[t] * (100 if nxt == "hundred" else 1000)
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            sub = small(j)
            if sub:
                base += sub[0]; j = sub[1]
            elif j < len(toks) and toks[j] in U and toks[j] not in ("oh", "o", "nought", "nil"):
                base += U[toks[j]]; j += 1
            out.append(str(base)); i = j; continue
        if t in U:
            out.append(str(U[t])); i += 1; continue
        if t in OU:
            out.append(str(OU[t])); i += 1; continue
        s = small(i)
        if s:
            out.append("%02d" % s[0] if s[0] >= 10 else str(s[0])); i = s[1]; continue
        if letters and t in NATO_R:
            out.append(NATO_R[t].upper()); i += 1; continue
        if letters and t.isalpha():
            out.append(t.upper()); i += 1; continue
        raise ValueError("unexpected token %r in %r" % (t, text))
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "ES": 24, "NL": 18}
STREET_RE = re.compile(r"\b(road|street|avenue|lane|drive|close|way|crescent|court|place|terrace|grove|gardens)$")


def valid_full(typ, text):
    low = text.lower()
    if typ == "EMAIL":
        if "@" in text:
            e = low
        else:
            e = ""
            for t in low.replace(",", " ").split():
                e += {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}.get(
                    t, str(U[t]) if t in U and len(t) > 1 else t)
        return bool(re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e))
    if typ in ("DOB", "EXPIRY"):
        has_m = any(re.search(r"\b%s\b" % m, low) for m in MONTHS)
        rest = low
        for m in MONTHS:
            rest = re.sub(r"\b%s\b" % m, " ", rest)
        rest = re.sub(r"\b(of|the)\b", " ", rest)
        d = normalise(rest)
        if typ == "EXPIRY":
            if has_m:
                return bool(re.fullmatch(r"(20)?\d\d", d))
            return bool(re.fullmatch(r"(0?[1-9]|1[0-2])(20)?\d\d", d))
        if has_m:
            return bool(re.fullmatch(r"(0?[1-9]|[12]\d|3[01])(19[2-9]\d|20[0-2]\d)", d))
        return bool(re.fullmatch(r"\d{2}\d{2}(19[2-9]\d|20[0-2]\d)", d))
    if typ == "ADDRESS":
        m = re.match(r"^(flat|apt|apartment)\s+\S+,?\s+(.*)$", low)
        body = m.group(2) if m else low
        words = body.split()
        num_part = [w for w in words if not STREET_RE.search(w)]
        if not STREET_RE.search(body):
            return False
        first = re.split(r"[\s-]", body)[0]
        return bool(re.match(r"^\d+[a-z]?$", first)) or first in U or first in T or first in TN
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        s = normalise(text, letters=True)
        if typ == "NI_NUMBER":
            return bool(NI_RE.match(s)) and s[:2] not in NI_BAD
        if typ == "IBAN":
            if IBAN_LEN.get(s[:2]) != len(s):
                return False
            r = s[4:] + s[:4]
            return int("".join(str(int(c, 36)) for c in r)) % 97 == 1
        return bool(UKPC_RE.match(s) or re.fullmatch(r"\d{5}(\d{4})?", s))
    d = normalise(text)
    if not d.isdigit():
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(d) <= 19 and luhn_ok(d)
    if typ == "SSN":
        return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
    if typ == "CVV":
        return len(d) in (3, 4)
    if typ == "SORT_CODE":
        return len(d) == 6
    if typ == "BANK_ACCOUNT":
        return 6 <= len(d) <= 17
    if typ == "PHONE":
        return 10 <= len(d) <= 13
    raise ValueError(typ)


def frag(typ, text):
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return normalise(text, letters=True)
    return normalise(text)


def check_case(c, errs):
    cid = c["id"]
    if c["kind"] == "negative":
        if c["spans"]:
            errs.append(cid + ": negative with spans")
        return
    if not c["spans"]:
        errs.append(cid + ": positive without spans")
    byturn = {}
    for s in c["spans"]:
        if not (0 <= s["turn"] < len(c["turns"])):
            errs.append(cid + ": bad turn"); continue
        txt = c["turns"][s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(txt)):
            errs.append(cid + ": offsets out of range"); continue
        if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
            errs.append(cid + ": not on word boundary %r" % txt[a:b])
        first_ok = txt[a].isalnum() or (s["type"] == "PHONE" and txt[a] in "+(")
        if not first_ok or not txt[b - 1].isalnum() or txt[a:b] != txt[a:b].strip():
            errs.append(cid + ": span edge not alnum %r" % txt[a:b])
        byturn.setdefault(s["turn"], []).append((a, b))
    for t, lst in byturn.items():
        lst.sort()
        for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
            if a2 < b1:
                errs.append(cid + ": overlapping spans")
    # value validation: singles, then per-speaker concatenated runs, then fragments of a known full value
    types = sorted({s["type"] for s in c["spans"]})
    for typ in types:
        ss = [s for s in c["spans"] if s["type"] == typ]
        fulls, pending = [], []
        for s in ss:
            txt = c["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            try:
                ok = valid_full(typ, txt)
            except (ValueError, KeyError) as e:
                ok = False
            if ok:
                fulls.append(frag(typ, txt) if typ not in ("EMAIL", "DOB", "EXPIRY", "ADDRESS") else txt)
            else:
                pending.append((s, txt))
        if not pending:
            continue
        if typ in ("EMAIL", "DOB", "EXPIRY", "ADDRESS"):
            for s, txt in pending:
                errs.append("%s: invalid %s %r" % (cid, typ, txt))
            continue
        try:
            frs = [(c["turns"][s["turn"]]["speaker"], frag(typ, txt), txt) for s, txt in pending]
        except ValueError as e:
            errs.append("%s: cannot normalise %s: %s" % (cid, typ, e)); continue
        leftovers = []
        for spk in ("customer", "agent"):
            buf, members = "", []
            for sp, f, txt in frs:
                if sp != spk:
                    continue
                buf += f; members.append((f, txt))
                if valid_full(typ, buf):
                    fulls.append(buf); buf, members = "", []
            leftovers += members
        for f, txt in leftovers:
            if not any(f in full for full in fulls):
                errs.append("%s: invalid %s fragment %r" % (cid, typ, txt))


def check(data):
    errs = []
    lines = data.splitlines()
    cases = [json.loads(l) for l in lines]
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        check_case(c, errs)
    return cases, errs


def counts(cases):
    cnt = {}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] = cnt.get(s["type"], 0) + 1
    return cnt


def main():
    data = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        errs = []
        if disk != data:
            errs.append("file on disk is not byte-identical to regenerated output")
        cases, e2 = check(disk)
        errs += e2
        pos = sum(c["kind"] == "positive" for c in cases)
        neg = sum(c["kind"] == "negative" for c in cases)
        cnt = counts(cases)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if cnt.get(t, 0) < n:
                errs.append("too few %s spans: %d < %d" % (t, cnt.get(t, 0), n))
        if pos < 200 or neg < 100:
            errs.append("too few cases: %d pos %d neg" % (pos, neg))
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d spans=%s" % (pos, neg, json.dumps(cnt, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

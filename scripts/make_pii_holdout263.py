#!/usr/bin/env python3
"""Generate the held-out PII redaction set h263 (tests/fixtures/pii_holdout263).

Written by an AI helper acting as an independent author, without access to the
redaction code.  Standard library only; fully deterministic (seed 263241126).

    python scripts/make_pii_holdout263.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout263.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 263241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout263")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

# ---------------------------------------------------------------- values
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

def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "visa19": ("4", 19)}[kind]
    d = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c

def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]

def ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))

NI_PRE = ["AB", "CE", "JH", "KL", "NP", "PR", "SN", "TW", "WL", "YZ", "JK", "HT", "EB", "MA", "RS", "LP", "ZX", "GH", "BM", "CR"]
def ni():
    return R.choice(NI_PRE) + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")

def digits(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randrange(1, 10)) + s[1:]
    return s

def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)

def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1

def iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digits(14)
    elif c == "DE":
        bban = digits(18)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = R.choice(["ABNA", "RABN", "INGB"]) + digits(10)
    return c + iban_check(c, bban) + bban

def iban_groups(s):
    return [s[i:i + 4] for i in range(0, len(s), 4)]

def phone():
    k = R.choice(["uk_mob", "uk_land", "us", "ie", "intl_uk", "intl_us", "intl_ie"])
    if k == "uk_mob":
        return k, "07" + digits(9)
    if k == "uk_land":
        return k, R.choice(["0113", "0161", "0121", "0131", "0117"]) + digits(7)
    if k == "us":
        return k, str(R.randrange(2, 10)) + digits(2) + str(R.randrange(2, 10)) + digits(6)
    if k == "ie":
        return k, R.choice(["085", "086", "087", "083"]) + digits(7)
    if k == "intl_uk":
        return k, "447" + digits(9)
    if k == "intl_us":
        return k, "1" + str(R.randrange(2, 10)) + digits(2) + str(R.randrange(2, 10)) + digits(6)
    return k, "3538" + R.choice("3567") + digits(7)

FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "kev", "dee", "olu", "grace", "niamh", "raj", "beth", "carlos", "fiona"]
LAST = ["oconnor", "patel", "smith", "nowak", "byrne", "walsh", "garcia", "khan", "jones", "murphy", "okafor", "reid", "lee", "brennan"]
DOMS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "eircom.net", "btinternet.com", "icloud.com", "aol.com"]
def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randrange(1, 99)), str(R.randrange(1960, 2004))])
    return f + sep + l + num, R.choice(DOMS)

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
def dob():
    return R.randrange(1938, 2005), R.randrange(1, 13), R.randrange(1, 29)

UK_PC = ["LS6 2QT", "M14 5RB", "EH3 9JP", "B15 2TT", "CF10 1AS", "SW9 8LH", "BS7 8NX", "G12 8QQ", "NE6 5HU", "L17 7AE", "N16 0HW", "BT9 6DN", "OX4 1YB", "SE15 4QF", "NG7 2RD", "LE2 1TX"]
def us_zip():
    return "%05d" % R.randrange(1001, 99950)

STREETS = ["maple", "station", "church", "elm", "victoria", "kingsway", "oak", "high", "beech", "mill", "park", "linden", "harbour", "willow", "queens", "granby"]
SUFF = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "way", "terrace", "court", "boulevard", "place"]

# ---------------------------------------------------------------- spoken forms
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}

def zw(region):
    if region == "uk":
        return R.choice(["oh", "oh", "zero", "nought", "o"])
    if region == "ie":
        return R.choice(["oh", "zero", "o"])
    return R.choice(["zero", "oh", "oh", "o"])

def dword(c, region="us"):
    return zw(region) if c == "0" else UNIT[int(c)]

def say_single(d, region="us", doubles=False, homo=False):
    out, i = [], 0
    while i < len(d):
        c = d[i]
        if doubles and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and R.random() < 0.8:
            out.append("triple " + dword(c, region)); i += 3; continue
        if doubles and i + 1 < len(d) and d[i + 1] == c and R.random() < 0.85:
            out.append("double " + dword(c, region)); i += 2; continue
        w = dword(c, region)
        if homo and R.random() < 0.25:
            w = {"four": "for", "two": R.choice(["to", "too"]), "eight": "ate", "one": "won"}.get(w, w)
        out.append(w); i += 1
    return " ".join(out)

def pair_word(p, region="us"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw(region) + " " + dword(p[1], region)
    if a == 1:
        return TEEN[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNIT[b]

def say_pairs(d, region="us"):
    chunks = [d[i:i + 2] for i in range(0, len(d), 2)]
    out = []
    for k, ch in enumerate(chunks):
        nxt = chunks[k + 1] if k + 1 < len(chunks) else None
        if len(ch) == 1:
            out.append(dword(ch, region))
        elif ch[1] == "0" and ch[0] not in "01" and (nxt is None or len(nxt) == 1):
            out.append(dword(ch[0], region) + " " + dword(ch[1], region))
        elif ch[0] != "0" and ch[1] == "0" and ch[0] != "1" and R.random() < 0.0:
            out.append(pair_word(ch, region))
        else:
            out.append(pair_word(ch, region))
    return " ".join(out)

def say_hundreds(d4, region="us"):
    # four digits like 4500 -> forty five hundred, 1980 -> nineteen eighty
    if d4[2:] == "00" and d4[0] != "0" and d4[1] != "0":
        return pair_word(d4[:2], region) + " hundred"
    if d4[1:3] == "00" and d4[0] != "0" and d4[3] != "0":
        return UNIT[int(d4[0])] + " hundred " + zw(region) + " " + UNIT[int(d4[3])]
    return say_pairs(d4, region)

def say_group(g, region="us", style=None):
    style = style or R.choice(["single", "single", "doubles", "pairs", "mixed"])
    if style == "single":
        return say_single(g, region)
    if style == "doubles":
        return say_single(g, region, doubles=True)
    if style == "homo":
        return say_single(g, region, homo=True)
    if style == "pairs" and len(g) % 2 == 0:
        return say_pairs(g, region)
    if style == "hundreds" and len(g) == 4:
        return say_hundreds(g, region)
    if style == "mixed":
        return say_pairs(g, region) if len(g) % 2 == 0 and R.random() < 0.5 else say_single(g, region, doubles=True)
    return say_single(g, region)

NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot", "G": "golf", "H": "hotel",
        "I": "india", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november", "O": "oscar", "P": "papa",
        "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey",
        "X": "xray", "Y": "yankee", "Z": "zulu"}
WORDY = {"A": "apple", "B": "bertie", "C": "charlie", "E": "edward", "H": "harry", "J": "john", "K": "king", "L": "london",
         "M": "mother", "N": "nellie", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra", "G": "george", "X": "xmas"}
LHOMO = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "R": "are", "T": "tee", "Y": "why", "P": "pee", "H": "aitch", "Z": "zed", "W": "double you", "G": "gee", "E": "e", "M": "em", "N": "en", "L": "el", "X": "ex", "S": "s", "A": "a", "D": "dee"}

def say_letter(L, style):
    if style == "nato":
        return L.lower() + " for " + NATO[L]
    if style == "wordy":
        return L.lower() + " for " + WORDY.get(L, NATO[L])
    if style == "homo":
        return LHOMO.get(L, L.lower())
    if L == "O":
        return "o for oscar"
    return L.lower() if L != "W" else "double you"

# ---------------------------------------------------------------- normaliser (for --check)
N_UNIT = {w: str(i) for i, w in enumerate(UNIT)}
N_UNIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"})
N_TEEN = {w: str(10 + i) for i, w in enumerate(TEEN)}
N_TENS = {w: str(k) for k, w in TENS.items()}
N_LET = {v: k for k, v in LHOMO.items() if " " not in v}
N_NATO = {v: k for k, v in list(NATO.items()) + list(WORDY.items())}
FILLER = {"um", "uh", "erm", "er", "ah", "like", "and", "then", "its", "it", "s", "is", "sorry", "the", "um,"}

def normalise(text, letters=False):
    t = text.lower().replace("double you", "dblu")
    toks = re.findall(r"[a-z]+|\d+|[@.+]", t)
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if w.isdigit():
            out.append(w); i += 1; continue
        if w == "dblu":
            out.append("W"); i += 1; continue
        if letters and len(w) == 1 and nx == "for" and i + 2 < len(toks):
            out.append(w.upper()); i += 3; continue
        if w in ("double", "triple") and nx in N_UNIT:
            out.append(N_UNIT[nx] * (2 if w == "double" else 3)); i += 2; continue
        if w in N_TENS:
            if nx in N_UNIT and N_UNIT[nx] != "0" and nx not in ("o", "oh"):
                out.append(N_TENS[w] + N_UNIT[nx]); i += 2
            else:
                out.append(N_TENS[w] + "0"); i += 1
            continue
        if w in N_TEEN:
            out.append(N_TEEN[w]); i += 1; continue
        if w == "hundred":
            out.append("00"); i += 1; continue
        if letters and w in N_NATO:
            out.append(N_NATO[w]); i += 1; continue
        if letters and len(w) == 1 and w != "o":
            out.append(w.upper()); i += 1; continue
        if letters and w in N_LET:
            out.append(N_LET[w]); i += 1; continue
        if w in N_UNIT and not (letters and w == "for"):
            out.append(N_UNIT[w]); i += 1; continue
        if letters and w.isalpha() and len(w) <= 4 and re.fullmatch(r"[a-z]+", w) and w not in FILLER:
            out.append(w.upper()); i += 1; continue
        i += 1
    return "".join(out)

# ---------------------------------------------------------------- case assembly
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.ents = []  # (type, [span idx])
        self.ekeys = {}

    def turn(self, speaker, *segs):
        ti = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s[0], s[1]
                key = s[2] if len(s) > 2 else None
                start = len(text)
                text += val
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                if key is not None and key in self.ekeys:
                    self.ents[self.ekeys[key]][1].append(len(self.spans) - 1)
                else:
                    self.ents.append((typ, [len(self.spans) - 1]))
                    if key is not None:
                        self.ekeys[key] = len(self.ents) - 1
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

def A(c, *s):
    return c.turn("agent", *s)

def C(c, *s):
    return c.turn("customer", *s)

BACK = ["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yeah", "and the next four", "go ahead"]

# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn(ind):
    d = card(); reg = R.choice(["us", "uk", "ie"])
    style = R.choice(["single", "doubles", "pairs", "homo", "mixed", "hundreds"])
    spoken = " ".join(say_group(g, reg, style) for g in card_groups(d))
    c = Case("call/%s: card number read in one ASR turn, style=%s" % (ind, style))
    A(c, R.choice(["can i take the long number across the front of the card please", "whenever you're ready with the card number", "and the sixteen digits on the card"]))
    C(c, R.choice(["yeah sure it's ", "okay so ", "right ", "um it's "]), (spoken, "CARD_NUMBER"))
    A(c, "thank you and the expiry")
    e = (R.randrange(1, 13), R.randrange(26, 32))
    C(c, R.choice(["", "its "]), (say_pairs("%02d%02d" % e, reg), "EXPIRY"))
    return c

def p_card_split(ind):
    d = card(); reg = R.choice(["us", "uk", "ie"])
    c = Case("call/%s: card split over customer turns with back-channels" % ind)
    A(c, "okay go ahead with the card number when you're ready")
    gs = card_groups(d)
    for k, g in enumerate(gs):
        pre = R.choice(["", "", "right ", "okay ", "so "]) if k == 0 else R.choice(["", "", "then ", "uh "])
        post = R.choice(["", "", " um", " yeah"])
        C(c, pre, (say_group(g, reg), "CARD_NUMBER", "card"), post)
        if k < len(gs) - 1:
            A(c, R.choice(BACK))
    A(c, "lovely and the three digit code on the back")
    C(c, "it's ", (say_single(digits(3), reg), "CVV"))
    return c

def p_card_readback(ind):
    d = card(); reg = R.choice(["us", "uk"])
    c = Case("call/%s: customer reads card, agent reads it back in a different style" % ind)
    A(c, "what's the card number")
    C(c, (" ".join(say_group(g, reg, "single") for g in card_groups(d)), "CARD_NUMBER"))
    A(c, "so that's ", (" ".join(say_group(g, reg, R.choice(["pairs", "doubles"])) for g in card_groups(d)), "CARD_NUMBER"), " is that right")
    C(c, "yes that's it")
    return c

def p_card_correction(ind):
    d = card(); reg = R.choice(["us", "uk", "ie"])
    gs = card_groups(d)
    wrong = str((int(gs[1][0]) + 3) % 10)
    c = Case("call/%s: caller misreads a digit then restarts the whole number; only the restated number labelled" % ind)
    A(c, "and the card number please")
    C(c, say_single(gs[0], reg), " ", wrong, " no sorry let me start again")
    A(c, "no problem take your time")
    C(c, (" ".join(say_group(g, reg) for g in gs), "CARD_NUMBER"))
    return c

def p_card_chat(ind):
    d = card(); gs = card_groups(d)
    fmt = R.choice(["space", "dash", "none", "dots", "mixed", "slash", "double"])
    if fmt == "space": s = " ".join(gs)
    elif fmt == "dash": s = "-".join(gs)
    elif fmt == "none": s = d
    elif fmt == "dots": s = ".".join(gs)
    elif fmt == "slash": s = "/".join(gs)
    elif fmt == "double": s = "  ".join(gs)
    else: s = gs[0] + " " + "".join(gs[1:3]) + "-" + "-".join(gs[3:])
    c = Case("chat/%s: card typed with %s separators" % (ind, fmt))
    A(c, R.choice(["Hi, how can I help today?", "Thanks for waiting. What can I do for you?"]))
    C(c, R.choice(["hiya pls take my payment of £42.50 now, card ", "Hi I want to pay the £120 outstanding. card no: ", "need to update card on file to "]), (s, "CARD_NUMBER"),
      R.choice([" exp ", " expiry ", " , exp "]), (R.choice(["%02d/%02d", "%02d-%02d", "%02d/20%02d"]) % (R.randrange(1, 13), R.randrange(26, 32)), "EXPIRY"),
      R.choice([" cvv ", " sec code ", " code on back "]), (digits(3 if len(d) != 15 else 4), "CVV"))
    return c

def p_card_two_messages(ind):
    d = card(); gs = card_groups(d)
    c = Case("chat/%s: card split over two chat messages" % ind)
    A(c, "Please can you type the card number")
    k = len(gs) // 2
    C(c, (" ".join(gs[:k]), "CARD_NUMBER", "c"))
    C(c, R.choice(["", "... ", "then "]), (" ".join(gs[k:]), "CARD_NUMBER", "c"), R.choice(["", " sorry phone froze", " thx"]))
    return c

def p_card_filler(ind):
    d = card(); reg = R.choice(["us", "uk"])
    gs = card_groups(d)
    c = Case("call/%s: card reading with fillers and chit-chat inside one turn" % ind)
    A(c, "when you're ready with the card")
    parts = []
    for k, g in enumerate(gs):
        parts.append(say_group(g, reg))
    txt = parts[0] + " " + parts[1] + " um hang on the light's bad " + " ".join(parts[2:])
    # label whole reading incl. the aside as two spans
    C(c, "okay ", (parts[0] + " " + parts[1], "CARD_NUMBER", "c"), " um hang on the light's bad in here ", (" ".join(parts[2:]), "CARD_NUMBER", "c"))
    return c

def p_ssn_call(ind):
    s = ssn(); style = R.choice(["single", "doubles", "groups_pairs", "homo", "hundreds"])
    c = Case("call/%s: ssn spoken, style=%s" % (ind, style))
    A(c, R.choice(["for verification can i get your social security number", "and your social please", "can you confirm the full social"]))
    if style == "groups_pairs":
        sp = say_single(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
    elif style == "hundreds":
        sp = UNIT[int(s[0])] + " " + say_pairs(s[1:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:]) if s[0] != "0" else say_single(s)
    elif style == "homo":
        sp = say_single(s, homo=True)
    else:
        sp = say_single(s, doubles=(style == "doubles"))
    C(c, R.choice(["sure ", "yeah it's ", "uh ", ""]), (sp, "SSN"), R.choice(["", " and i'm calling about the bill from march", " okay"]))
    return c

def p_ssn_split(ind):
    s = ssn()
    c = Case("call/%s: ssn split 3-2-4 across turns with back-channels" % ind)
    A(c, "i'll need the social security number")
    C(c, "okay ", (say_single(s[:3], doubles=True), "SSN", "s"))
    A(c, R.choice(BACK[:6]))
    C(c, (say_group(s[3:5]), "SSN", "s"))
    A(c, R.choice(BACK[:6]))
    C(c, (say_group(s[5:]), "SSN", "s"), R.choice(["", " that's it"]))
    return c

def p_ssn_chat(ind):
    s = ssn()
    fmt = R.choice(["dash", "space", "none", "dots", "weird"])
    v = {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dots": "%s.%s.%s", "weird": "%s - %s - %s"}[fmt] % (s[:3], s[3:5], s[5:])
    c = Case("chat/%s: ssn typed with %s format" % (ind, fmt))
    A(c, "To verify, please provide your SSN.")
    C(c, R.choice(["ssn ", "SSN: ", "its ", "my social is "]), (v, "SSN"), R.choice(["", " and my zip is ", " dob "]))
    if c.turns[-1]["text"].endswith("zip is "):
        z = us_zip()
        c.turns.pop(); c.spans.pop(); c.ents.pop()
        C(c, "my social is ", (v, "SSN"), " and zip ", (z, "POSTCODE"))
    elif c.turns[-1]["text"].endswith(" dob "):
        y, m, d = dob()
        c.turns.pop(); c.spans.pop(); c.ents.pop()
        C(c, "SSN ", (v, "SSN"), " dob ", ("%02d/%02d/%d" % (m, d, y), "DOB"))
    return c

def p_ssn_last_readback(ind):
    s = ssn()
    c = Case("call/%s: ssn given then agent reads back the full number" % ind)
    A(c, "and your social")
    C(c, (say_single(s), "SSN"))
    A(c, "let me read that back ", (say_single(s[:3]) + " " + say_single(s[3:5]) + " " + say_single(s[5:], doubles=True), "SSN"), " correct")
    C(c, "correct")
    return c

def p_ssn_correction(ind):
    s = ssn()
    c = Case("call/%s: ssn with self-correction of the last group; the corrected group is a separate span" % ind)
    A(c, "can i have your social security number please")
    wrong = "%04d" % ((int(s[5:]) + 1111) % 10000)
    C(c, (say_single(s[:3]) + " " + say_single(s[3:5]), "SSN", "s"), " ", say_single(wrong[:2]), " no wait ", (say_single(s[5:]), "SSN", "s"))
    return c

def ni_spoken(n, style):
    lets = style if style in ("nato", "wordy", "homo") else "plain"
    a = say_letter(n[0], lets) + " " + say_letter(n[1], lets)
    num = n[2:8]
    ds = R.choice(["single", "pairs", "doubles"])
    if ds == "pairs":
        nums = say_pairs(num, "uk")
    else:
        nums = say_single(num, "uk", doubles=(ds == "doubles"))
    return a + " " + nums + " " + say_letter(n[8], lets)

def p_ni_call(ind):
    n = ni(); style = R.choice(["plain", "nato", "wordy", "homo", "plain"])
    c = Case("call/%s: uk ni number spoken, letters %s" % (ind, style))
    A(c, R.choice(["can you give me your national insurance number", "and your n i number please", "what's your national insurance number"]))
    C(c, R.choice(["yeah it's ", "erm ", "", "right it's "]), (ni_spoken(n, style), "NI_NUMBER"))
    return c

def p_ni_split(ind):
    n = ni()
    c = Case("call/uk-%s: ni number split across turns, letters then digits then suffix" % ind)
    A(c, "national insurance number when you're ready")
    C(c, (say_letter(n[0], "nato") + " " + say_letter(n[1], "nato"), "NI_NUMBER", "n"))
    A(c, "yep")
    C(c, (say_pairs(n[2:8], "uk"), "NI_NUMBER", "n"))
    A(c, "and the letter at the end")
    C(c, "it's ", (say_letter(n[8], R.choice(["plain", "homo"])), "NI_NUMBER", "n"))
    return c

def p_ni_chat(ind):
    n = ni()
    fmt = R.choice(["spaced", "compact", "lower", "dash", "pairs_lower", "oddspace"])
    if fmt == "spaced": v = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif fmt == "compact": v = n
    elif fmt == "lower": v = n.lower()
    elif fmt == "dash": v = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif fmt == "pairs_lower": v = "%s %s %s" % (n[:2].lower(), n[2:8], n[8].lower())
    else: v = "%s%s %s%s" % (n[:2], n[2:5], n[5:8], n[8])
    c = Case("chat/uk-%s: ni number typed (%s)" % (ind, fmt))
    A(c, "Can you confirm your National Insurance number?")
    C(c, R.choice(["ni no. ", "NINO ", "its ", "sure - ", "my NI is "]), (v, "NI_NUMBER"), R.choice(["", " thanks", " ta", " (on my payslip)"]))
    return c

def p_ni_readback(ind):
    n = ni()
    c = Case("call/uk-%s: caller spells ni, agent reads it back with phonetic letters" % ind)
    A(c, "ni number please")
    C(c, (ni_spoken(n, "plain"), "NI_NUMBER"))
    A(c, "thank you so that's ", (ni_spoken(n, "nato"), "NI_NUMBER"))
    C(c, "yeah spot on")
    return c

def p_ni_correction(ind):
    n = ni()
    c = Case("call/uk-%s: ni digits with a correction, the corrected restatement is the span" % ind)
    A(c, "and your national insurance number")
    C(c, say_letter(n[0], "plain"), " ", say_letter(n[1], "plain"), " ", UNIT[(int(n[2]) + 1) % 10], " no hang on")
    A(c, "no worries")
    C(c, "sorry it's ", (ni_spoken(n, R.choice(["plain", "homo"])), "NI_NUMBER"))
    return c

def p_bank_uk(ind):
    sc, ac = digits(6), digits(8)
    c = Case("call/uk-%s: sort code and account number spoken" % ind)
    A(c, "what's the sort code")
    C(c, (say_pairs(sc, "uk") if R.random() < 0.6 else say_single(sc, "uk", True), "SORT_CODE"))
    A(c, "and the account number")
    C(c, R.choice(["", "um ", "it's "]), (say_group(ac, "uk"), "BANK_ACCOUNT"))
    return c

def p_bank_chat(ind):
    sc, ac = digits(6), digits(8)
    v = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    c = Case("chat/uk-%s: sort code and account typed in one message" % ind)
    A(c, "Which account should the refund go to?")
    C(c, R.choice(["sort ", "s/c ", "Sort code "]), (v, "SORT_CODE"), R.choice([" acc ", " a/c no ", ", account "]), (ac, "BANK_ACCOUNT"))
    return c

def p_bank_us(ind):
    rt, ac = digits(9), digits(R.randrange(9, 13), True)
    c = Case("call/us-%s: checking account number for autopay" % ind)
    A(c, "and the checking account number")
    C(c, "okay it's ", (say_group(ac), "BANK_ACCOUNT"))
    return c

def p_iban(ind):
    v = iban()
    mode = R.choice(["chat_groups", "chat_compact", "chat_lower", "call"])
    c = Case("%s/%s: iban (%s)" % ("call" if mode == "call" else "chat", ind, mode))
    A(c, "Please send the IBAN for the refund" if mode != "call" else "can you read me the iban")
    if mode == "chat_groups":
        C(c, "IBAN: ", (" ".join(iban_groups(v)), "IBAN"))
    elif mode == "chat_compact":
        C(c, "here you go ", (v, "IBAN"), " thanks")
    elif mode == "chat_lower":
        C(c, "iban is ", (" ".join(iban_groups(v)).lower(), "IBAN"))
    else:
        parts = []
        for ch in v:
            parts.append(say_letter(ch, "plain") if ch.isalpha() else dword(ch, "uk"))
        C(c, "okay ", (" ".join(parts), "IBAN"))
    return c

def say_phone(k, p):
    reg = "us" if k.endswith("us") else ("ie" if k.endswith("ie") else "uk")
    if k.startswith("intl"):
        cc = {"intl_uk": "44", "intl_us": "1", "intl_ie": "353"}[k]
        return "plus " + say_single(cc, reg) + " " + say_group(p[len(cc):], reg, R.choice(["single", "doubles"]))
    if k == "us":
        return say_single(p[:3], reg) + " " + say_single(p[3:6], reg) + " " + say_group(p[6:], reg, R.choice(["single", "pairs", "hundreds"]))
    return say_single(p[:5], reg, True) + " " + say_group(p[5:], reg, R.choice(["single", "doubles", "pairs"]))

def fmt_phone(k, p):
    if k == "intl_uk": return R.choice(["+44 %s %s" % (p[2:6], p[6:]), "+44%s" % p[2:], "0044 %s" % p[2:]])
    if k == "intl_us": return "+1 (%s) %s-%s" % (p[1:4], p[4:7], p[7:])
    if k == "intl_ie": return "+353 %s %s %s" % (p[3:5], p[5:8], p[8:])
    if k == "us": return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s"]) % (p[:3], p[3:6], p[6:])
    if k == "ie": return "%s %s %s" % (p[:3], p[3:6], p[6:])
    return R.choice(["%s %s", "%s-%s", "%s%s"]) % (p[:5], p[5:])

def p_phone_email(ind):
    k, p = phone()
    u, dmn = email()
    call = R.random() < 0.6
    c = Case("%s/%s: phone and email for contact update" % ("call" if call else "chat", ind))
    A(c, "what's the best number to reach you on")
    if call:
        C(c, (say_phone(k, p), "PHONE"))
        A(c, "and an email address")
        sp = u.replace(".", " dot ").replace("_", " underscore ")
        sp = re.sub(r"(\d+)", lambda m: " " + say_single(m.group(1)), sp).strip()
        sp = re.sub(r"\s+", " ", sp)
        C(c, "yeah it's ", (sp + " at " + dmn.replace(".", " dot "), "EMAIL"))
    else:
        C(c, (fmt_phone(k, p), "PHONE"), R.choice([" or email ", " / ", " and my email is "]), (u + "@" + dmn, "EMAIL"))
    return c

def p_dob(ind):
    y, m, d = dob()
    style = R.choice(["call", "call", "chat"])
    c = Case("%s/%s: date of birth for verification" % (style, ind))
    A(c, "can i just take your date of birth")
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    dw = ords[d - 1] if d <= 20 else "twenty " + ords[d - 21]
    if style == "call":
        yr = say_pairs(str(y)) if y < 2000 else "two thousand and " + UNIT[y - 2000] if y < 2010 else "twenty " + say_pairs(str(y)[2:])
        C(c, R.choice(["it's the ", "the "]), (dw + " of " + MONTHS[m - 1] + " " + yr, "DOB"), R.choice(["", " and i'm sixty two next week", ""]))
    else:
        C(c, "dob ", (R.choice(["%02d/%02d/%d", "%d.%d.%d", "%02d-%02d-%d"]) % (d, m, y), "DOB"))
    return c

def p_address(ind):
    reg = R.choice(["uk", "us"])
    num = R.randrange(1, 400)
    st = R.choice(STREETS) + " " + R.choice(SUFF)
    call = R.random() < 0.6
    c = Case("%s/%s-%s: street address with postcode/zip" % ("call" if call else "chat", reg, ind))
    A(c, "can i confirm the address on the account")
    if reg == "uk":
        pc = R.choice(UK_PC)
        if call:
            pcs = " ".join(say_letter(ch, "plain") if ch.isalpha() else dword(ch, "uk") for ch in pc.replace(" ", ""))
            C(c, "yeah it's ", (say_pairs(str(num)) if num >= 10 else UNIT[num], "ADDRESS", "a"), " ", (st, "ADDRESS", "a"))
            A(c, "and the postcode")
            C(c, (pcs, "POSTCODE"))
        else:
            C(c, (str(num) + " " + st.title(), "ADDRESS"), R.choice([", Leeds ", " leeds ", ", "]), (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"))
    else:
        z = us_zip()
        if call:
            C(c, (say_single(str(num)) + " " + st, "ADDRESS"), " in ohio zip ", (say_single(z), "POSTCODE"))
        else:
            C(c, (str(num) + " " + st.title(), "ADDRESS"), ", Columbus OH ", (z + R.choice(["", "-" + digits(4)]), "POSTCODE"))
    return c

def p_card_cvv_exp_call(ind):
    d = card(); reg = R.choice(["uk", "us", "ie"])
    c = Case("call/%s: card, expiry with month name, cvv with prices nearby" % ind)
    A(c, "the total today is forty nine ninety nine can i take the card")
    C(c, (" ".join(say_group(g, reg, "pairs") for g in card_groups(d)), "CARD_NUMBER"))
    A(c, "expiry")
    mm, yy = R.randrange(1, 13), R.randrange(26, 32)
    C(c, (MONTHS[mm - 1] + " twenty " + say_pairs("%02d" % yy), "EXPIRY"))
    A(c, "and the security code on the back")
    C(c, (say_single(digits(3), reg, True), "CVV"))
    return c

def p_two_values(ind):
    n = ni(); k, p = phone()
    c = Case("call/uk-%s: ni number and phone in one customer turn" % ind)
    A(c, "can i take your ni number and a contact number")
    C(c, "ni is ", (ni_spoken(n, "plain"), "NI_NUMBER"), " and my mobile is ", (say_phone("uk_mob", "07" + digits(9)), "PHONE"))
    return c

def p_ssn_card(ind):
    s = ssn(); d = card()
    c = Case("chat/us-%s: ssn and card in one chat message with an order number" % ind)
    A(c, "How can I help?")
    C(c, "order 55120931 was charged twice. ssn ", (s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"), " card ", (" ".join(card_groups(d)), "CARD_NUMBER"))
    return c

POS = [(p_card_call_one_turn, 3), (p_card_split, 2), (p_card_readback, 1), (p_card_correction, 1), (p_card_chat, 3),
       (p_card_two_messages, 1), (p_card_filler, 1), (p_card_cvv_exp_call, 1),
       (p_ssn_call, 3), (p_ssn_split, 2), (p_ssn_chat, 2), (p_ssn_last_readback, 1), (p_ssn_correction, 1), (p_ssn_card, 1),
       (p_ni_call, 3), (p_ni_split, 1), (p_ni_chat, 2), (p_ni_readback, 1), (p_ni_correction, 1), (p_two_values, 1),
       (p_bank_uk, 3), (p_bank_chat, 2), (p_bank_us, 1), (p_iban, 4), (p_phone_email, 4), (p_dob, 3), (p_address, 5)]
INDS = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]

# ---------------------------------------------------------------- negatives
def money():
    return R.choice(["forty nine ninety nine", "a hundred and twenty pounds", "three hundred and twelve dollars fifty", "$1,249.00", "£87.40", "€312.15", "twenty two euro", "sixty four pounds thirty"])

def n_templates():
    ref = str(R.randrange(10000, 9999999999))
    amt = money()
    tm = R.choice(["half past three", "ten fifteen", "9:30am", "quarter to five", "two o'clock"])
    yr = str(R.randrange(2015, 2027))
    return [
        ("call/retail: order number with reference word and price", [("agent", "can i take the order number"), ("customer", "yeah it's order number " + say_single(ref[:8])), ("agent", "thanks that order came to " + amt)]),
        ("chat/telecom: ticket number and bill amount", [("customer", "Ticket #" + ref + " still not fixed, bill is " + amt + " this month"), ("agent", "Sorry about that, I've escalated it.")]),
        ("call/utilities: meter reading and tariff", [("agent", "can you read me the meter"), ("customer", "it says " + say_single(digits(5)) + " point " + UNIT[R.randrange(10)]), ("agent", "great your unit rate is twenty four point five pence")]),
        ("call/travel: flight number, times and seat", [("customer", "i'm on flight b a " + say_pairs(str(R.randrange(10, 99))) + " " + UNIT[R.randrange(1, 10)] + " at " + tm), ("agent", "okay seat twenty three c and the flight is three hours forty minutes")]),
        ("chat/insurance: claim number and dates not dob", [("customer", "claim ref " + ref[:9] + ". accident was on 14/03/" + yr + " and garage quote is " + amt), ("agent", "Thanks, claim opened; appointment on 2 April at 10:00.")]),
        ("call/banking: account balance and payment date", [("agent", "your balance is two thousand four hundred and sixty one pounds twenty"), ("customer", "okay and the payment on the fifteenth of june was " + amt)]),
        ("call/healthcare billing: invoice number and age", [("customer", "i've got invoice " + say_single(ref[:7]) + " here for my mum she's eighty four"), ("agent", "that's " + amt + " after insurance, due within thirty days")]),
        ("chat/telecom: model number, data and speed", [("customer", "router model TP-AX3000 keeps dropping, getting 35 Mbps instead of 500"), ("agent", "Let's reboot it. That takes about 2 minutes.")]),
        ("call/government services: reference number and year", [("agent", "your application reference is " + say_single(ref[:10])), ("customer", "okay i applied back in " + say_pairs(yr) + " and paid " + amt)]),
        ("call/hotel travel: room number, nights and temperature", [("customer", "room four one two the air con is stuck on twenty nine degrees"), ("agent", "sorry i'll credit fifteen percent off your three nights")]),
        ("chat/retail: quantities and percentages", [("customer", "I ordered 12 units of SKU 44-1187 at 20% off"), ("agent", "Yes, order 7731904 was 12 x £14.99.")]),
        ("call/utilities: contract start date and duration", [("agent", "your contract started on the first of september twenty twenty three and runs for twenty four months"), ("customer", "and how much is the exit fee"), ("agent", amt)]),
        ("call/banking: interest rate and loan term", [("customer", "i want to borrow fifteen thousand over five years"), ("agent", "the rate would be six point nine percent apr that's two hundred and ninety six a month")]),
        ("chat/travel: booking reference letters+digits short, price", [("customer", "booking ref XK7Q2 for 2 adults, paid " + amt), ("agent", "Found it, departing 18:45 gate 22.")]),
        ("call/insurance: policy number with word and premium", [("customer", "my policy number is p o l " + say_single(digits(6))), ("agent", "your renewal premium is " + amt + " from the third of may")]),
        ("call/banking: direct debit amount and day, last four digits not given", [("agent", "the direct debit of " + amt + " goes out on the twenty eighth"), ("customer", "can you move it to the first of the month i get paid on the thirty first")]),
        ("chat/retail: tracking and return window", [("customer", "parcel said arriving 3-5pm, waited till 7"), ("agent", "Apologies! Return window is 30 days and refund takes 5-7 working days.")]),
        ("call/insurance: car details, mileage and excess", [("customer", "it's a twenty nineteen golf about forty two thousand miles on it"), ("agent", "okay your excess is two hundred and fifty pounds and no claims is nine years")]),
        ("call/healthcare billing: appointment date and copay", [("agent", "your appointment is on march the twelfth at two forty five"), ("customer", "and the copay is still thirty dollars"), ("agent", "yes thirty dollars and the deductible is fifteen hundred")]),
        ("chat/government services: case reference and processing time", [("customer", "case ref 40071 submitted 12/02/" + yr + ", its been 6 weeks"), ("agent", "Current processing time is 8-10 weeks, sorry.")]),
        ("call/telecom: queue position and wait", [("agent", "sorry about the wait you were number fourteen in the queue"), ("customer", "forty five minutes i've been holding")]),
        ("call/utilities: kilowatt usage and temperature", [("customer", "we used eight hundred and sixty kilowatt hours last quarter"), ("agent", "that's about twelve percent up probably the cold snap it was minus four")]),
        ("call/telecom: minutes and counts", [("customer", "i've used four hundred minutes and like two thousand texts"), ("agent", "you have five hundred minutes left and eighteen gig of data")]),
    ]

def build_negative():
    note, turns = R.choice(n_templates())
    c = Case(note)
    for sp, t in turns:
        c.turn(sp, t)
    return c

# ---------------------------------------------------------------- generate + validate
def generate():
    R.seed(SEED)
    pos, neg = [], []
    pool = []
    for f, w in POS:
        pool += [f] * w
    i = 0
    while len(pos) < 220:
        f = pool[i % len(pool)] if i < len(pool) * 3 else R.choice(pool)
        pos.append(f(R.choice(INDS)))
        i += 1
    while len(neg) < 110:
        neg.append(build_negative())
    recs = []
    for k, c in enumerate(pos, 1):
        recs.append(({"id": "h263-pos-%03d" % k, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": c.note}, c))
    for k, c in enumerate(neg, 1):
        recs.append(({"id": "h263-neg-%03d" % k, "kind": "negative", "turns": c.turns, "spans": [], "note": c.note}, c))
    return recs

UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")

def validate_entity(typ, text):
    t = text
    if typ == "CARD_NUMBER":
        d = normalise(t); return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), d
    if typ == "SSN":
        d = normalise(t); return d.isdigit() and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9", d
    if typ == "CVV":
        d = normalise(t); return d.isdigit() and len(d) in (3, 4), d
    if typ == "SORT_CODE":
        d = normalise(t); return d.isdigit() and len(d) == 6, d
    if typ == "BANK_ACCOUNT":
        d = normalise(t); return d.isdigit() and 6 <= len(d) <= 17, d
    if typ == "PHONE":
        d = normalise(t).replace("+", ""); return d.isdigit() and 10 <= len(d) <= 14, d
    if typ == "NI_NUMBER":
        d = normalise(t, letters=True).upper(); return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", d)), d
    if typ == "IBAN":
        d = normalise(t, letters=True).upper() if " " in t and not re.search(r"\d{4}", t) else re.sub(r"\s", "", t).upper()
        return iban_ok(d), d
    if typ == "EMAIL":
        d = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
        d = re.sub(r"(?<=[a-z]) (?=[a-z0-9])|(?<=\d) (?=\d)", "", d)
        words = d.split(" ")
        d = "".join(N_UNIT.get(w, w) for w in words)
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", d)), d
    if typ == "EXPIRY":
        low = t.lower()
        if any(m in low for m in MONTHS):
            return bool(re.search(r"\d{2}", normalise(low))), low
        d = re.sub(r"\D", "", t) if re.search(r"\d", t) else normalise(t)
        if len(d) == 6: d = d[:2] + d[4:]
        return len(d) == 4 and 1 <= int(d[:2]) <= 12, d
    if typ == "DOB":
        low = t.lower()
        return bool(re.search(r"\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}", low)) or (any(m in low for m in MONTHS) and len(normalise(low)) >= 2), low
    if typ == "POSTCODE":
        if re.fullmatch(r"\d{5}(-\d{4})?", t):
            return True, t
        if re.search(r"\d", t):
            d = re.sub(r"\s", "", t).upper()
        else:
            d = normalise(t, letters=True).upper()
        return bool(UKPC_RE.match(d)) or bool(re.fullmatch(r"\d{5}", d)), d
    if typ == "ADDRESS":
        low = t.lower()
        return bool(re.search(r"\b(" + "|".join(SUFF) + r")\b", low)) and bool(re.match(r"\d|[a-z]", low)), low
    return False, t

def check(recs, text):
    problems = []
    lines = [json.dumps(r, ensure_ascii=False) for r, _ in recs]
    want = "\n".join(lines) + "\n"
    if text != want:
        problems.append("file differs from regenerated output")
    ids = [r["id"] for r, _ in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for r, c in recs:
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                problems.append(r["id"] + ": negative with spans")
            continue
        npos += 1
        if not r["spans"]:
            problems.append(r["id"] + ": positive without spans")
        byturn = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (r["id"], s["type"]))
            if not (0 <= s["turn"] < len(r["turns"])):
                problems.append(r["id"] + ": turn out of range"); continue
            tx = r["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(tx)):
                problems.append(r["id"] + ": offsets out of range"); continue
            if s["start"] > 0 and tx[s["start"] - 1].isalnum() and tx[s["start"]].isalnum():
                problems.append(r["id"] + ": span start not on word boundary")
            if s["end"] < len(tx) and tx[s["end"]].isalnum() and tx[s["end"] - 1].isalnum():
                problems.append(r["id"] + ": span end not on word boundary")
            if tx[s["start"]].isspace() or tx[s["end"] - 1].isspace():
                problems.append(r["id"] + ": span has outer whitespace")
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(r["id"] + ": overlapping spans")
        for typ, idxs in c.ents:
            txt = " ".join(r["turns"][r["spans"][j]["turn"]]["text"][r["spans"][j]["start"]:r["spans"][j]["end"]] for j in idxs)
            ok, norm = validate_entity(typ, txt)
            if not ok:
                problems.append("%s: invalid %s %r -> %r" % (r["id"], typ, txt, norm))
    for t in TYPES:
        if counts[t] < MIN_SPANS[t]:
            problems.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    return problems, counts, npos, nneg

def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h263

**Never use this set for tuning.** It is a held-out evaluation set only.

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its docs or any other fixture (only a three-line
format example). Generated by `scripts/make_pii_holdout263.py` from one seeded
`random.Random(%d)`; `--check` regenerates it and verifies byte identity, ids,
offsets, word boundaries, non-overlap and the validity of every value after
normalising spoken forms (Luhn, mod-97, NI shape, 9-digit SSN, ...).

## Contents

%d positive cases, %d negative cases (negatives contain prices, balances, times,
durations, percentages, non-birth dates, order/ticket/claim/invoice references
said with their reference word, flight/room/model numbers, meter readings).

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers only the value itself: digits/number words/letters and the
  separators between them; lead-ins ("it's", "card number", "ssn") are outside.
- Spoken readings keep ASR forms inside the span: "double seven", "triple two",
  pairs ("forty one eleven"), hundreds ("forty five hundred"), zero as
  "oh"/"o"/"nought", homophones ("for", "to", "ate", "won"), letters as
  "b for bravo", "see", "double you".
- A value split over several turns has one span per fragment; agent
  back-channels are not labelled. Agent read-backs are labelled too.
- Self-corrections: only the complete restated value (or the corrected group)
  is labelled; an abandoned wrong fragment is left unlabelled.
- A filler/aside in the middle of a reading splits it into two spans.
- Spoken e-mails span from the local part to the TLD ("j dot doe at gmail dot com").
- Addresses: house number + street name + street type; city/state excluded;
  postcode/ZIP is its own POSTCODE span.
- Expiry includes month name + year when spoken; DOB includes day, month, year.
""" % (SEED, npos, nneg, rows)

def main():
    recs = generate()
    text = "\n".join(json.dumps(r, ensure_ascii=False) for r, _ in recs) + "\n"
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as fh:
                cur = fh.read()
        except OSError:
            print("missing", CASES); return 1
        problems, counts, npos, nneg = check(recs, cur)
        if os.path.exists(README):
            with open(README, encoding="utf-8") as fh:
                if fh.read() != readme(counts, npos, nneg):
                    problems.append("README differs")
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("problems:", len(problems))
        return 1 if problems else 0
    problems, counts, npos, nneg = check(recs, text)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as fh:
        fh.write(text)
    with open(README, "w", encoding="utf-8") as fh:
        fh.write(readme(counts, npos, nneg))
    print("wrote %d cases (%d problems)" % (len(recs), len(problems)))
    for p in problems[:50]:
        print("PROBLEM:", p)
    return 0

if __name__ == "__main__":
    sys.exit(main())

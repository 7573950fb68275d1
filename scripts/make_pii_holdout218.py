#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h218.

Written by an AI helper acting as an independent author that did not see the
redaction code. Standard library only. Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout218.py          # write fixture + README
    python scripts/make_pii_holdout218.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 218241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout218")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- values
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
LETTER_HOMO = {"b": "be", "c": "see", "j": "jay", "k": "kay", "q": "queue", "r": "are",
               "t": "tea", "y": "why", "x": "ex", "z": "zed", "s": "ess", "l": "el",
               "m": "em", "n": "en", "p": "pee", "u": "you"}
FIRST = ["james", "sarah", "aoife", "liam", "priya", "tom", "grace", "niamh", "marco",
         "olivia", "dev", "hannah", "sean", "chloe", "raj", "emma", "kevin", "fatima"]
LAST = ["doyle", "patel", "smith", "kowalski", "murphy", "nguyen", "obrien", "jones",
        "garcia", "byrne", "walsh", "khan", "taylor", "fischer", "reilly", "brown"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "eircom.net",
           "btinternet.com", "icloud.com", "aol.com", "proton.me"]
STREETS = ["maple", "church", "station", "high", "oak", "mill", "victoria", "park",
           "elm", "kingsway", "willow", "pine", "harbour", "ashgrove", "main", "grange"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way",
          "court", "terrace", "boulevard", "place"]
NI_PRE = ["AB", "JG", "NA", "PE", "TM", "WK", "ZR", "SK", "HL", "CE", "YR", "EH", "MW", "RT", "LB", "GP"]
UK_OUT = ["LS6", "M14", "SW1A", "B33", "CR2", "EH12", "G41", "BT7", "NE6", "CF24", "L17",
          "SE15", "W1T", "BS8", "PR1", "DN55", "EC1V", "N16", "KT2"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


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


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + digits(5), 16
    elif kind == "mc":
        body, n = str(R.randint(51, 55)) + digits(4), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]) + digits(4), 15
    else:
        body, n = "6011" + digits(2), 16
    body += digits(n - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def make_ni():
    return R.choice(NI_PRE) + digits(6) + R.choice("ABCD")


def make_postcode(us=False):
    if us:
        return digits(5) if R.random() < 0.7 else digits(5) + "-" + digits(4)
    return R.choice(UK_OUT) + " " + str(R.randint(1, 9)) + R.choice(IN_LET) + R.choice(IN_LET)


def make_phone(country):
    if country == "UK":
        return "07" + R.choice(["7", "8", "9", "4", "5"]) + digits(8)
    if country == "UKL":
        return R.choice(["0113", "0161", "0121", "0117"]) + digits(7)
    if country == "IE":
        return "08" + R.choice(["3", "5", "6", "7"]) + digits(7)
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    form = R.randint(0, 3)
    if form == 0:
        user = f + "." + l
    elif form == 1:
        user = f[0] + l + str(R.randint(10, 99))
    elif form == 2:
        user = f + "_" + l
    else:
        user = l + f[0]
    return user + "@" + R.choice(DOMAINS)


def make_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)


def make_expiry():
    return R.randint(1, 12), R.randint(26, 33)

# ---------------------------------------------------------------- spoken forms


def zero_word(uk=True):
    return R.choice(["oh", "oh", "zero", "o", "nought"] if uk else ["oh", "oh", "zero", "o"])


def homo(w):
    """ASR homophones for digit words, applied sparingly."""
    if R.random() < 0.12:
        return {"two": "to", "four": "for", "eight": "ate", "one": "won",
                "two ": "too"}.get(w, w)
    return w


def say_digits(s, uk=True, doubles=True, homophones=True):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == c and run < 3:
            run += 1
        w = zero_word(uk) if c == "0" else DIG[int(c)]
        if doubles and run >= 2 and R.random() < 0.6:
            if run == 3 and R.random() < 0.5:
                out.append("triple " + w)
                i += 3
                continue
            out.append("double " + w)
            i += 2
            continue
        out.append(homo(w) if homophones else w)
        i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + DIG[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + DIG[b]


def say_group(s, uk=True):
    """Mixed style for a digit group: digits, or pairs when even length."""
    if len(s) % 2 == 0 and s[-1] != "0" and R.random() < 0.3:
        return " ".join(say_pair(s[i:i + 2]) for i in range(0, len(s), 2))
    return say_digits(s, uk)


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or R.choice(["plain", "plain", "nato", "homo"])
    if c == "o":
        return "o for oscar"
    if mode == "nato":
        return c + " for " + NATO[c]
    if mode == "homo" and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c


def say_alnum(s, uk=True):
    out = []
    buf = ""
    for ch in s.replace(" ", "").replace("-", ""):
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, uk))
                buf = ""
            out.append(say_letter(ch))
    if buf:
        out.append(say_digits(buf, uk))
    return " ".join(out)


def say_number(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return DIG[h] + " hundred" + ("" if r == 0 else " and " + say_number(r))
    return str(n)


def say_year(y):
    a, b = divmod(y, 100)
    if b == 0:
        return say_number(a) + " hundred"
    if a == 20 and b < 10:
        return "two thousand and " + DIG[b]
    if b < 10:
        return say_number(a) + " " + zero_word() + " " + DIG[b]
    return say_number(a) + " " + say_number(b)


def say_email(e, style=None):
    user, dom = e.split("@")
    style = style or R.choice(["words", "spell"])
    def part(x):
        toks = []
        for piece in re.findall(r"[a-z]+|\d+|[._]", x):
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece.isdigit():
                toks.append(say_number(int(piece)) if R.random() < 0.5 else " ".join(DIG[int(ch)] for ch in piece))
            elif len(piece) <= 2 or (style == "spell" and len(piece) <= 5 and R.random() < 0.5):
                toks.append(" ".join(piece))
            else:
                toks.append(piece)
        return " ".join(toks)
    return part(user) + " at " + part(dom)

# ---------------------------------------------------------------- normaliser
WORD2D = {w: str(i) for i, w in enumerate(DIG)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "won": "1", "to": "2",
               "too": "2", "for": "4", "ate": "8", "niner": "9", "tree": "3"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: str(i) for i, w in enumerate(TENS) if w}
FILL = {"um", "uh", "er", "erm", "hmm", "ah", "like", "and", "dash", "space", "hyphen",
        "slash", "then", "plus", "so", "its", "it", "is", "the", "yeah", "sorry", "okay", ".", "_"}
NATO2 = {v: k for k, v in NATO.items()}
LH2 = {v: k for k, v in LETTER_HOMO.items()}


def norm(text, alnum=False):
    toks = re.findall(r"[a-z0-9]+(?:-[a-z]+)?|[@._]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        nxt2 = toks[i + 2] if i + 2 < len(toks) else ""
        if alnum and len(t) == 1 and t.isalpha() and nxt == "for" and nxt2 in NATO2:
            out.append(t.upper())
            i += 3
            continue
        if t in ("double", "triple") and nxt in WORD2D:
            out.append(WORD2D[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in TENS2:
            if nxt in WORD2D and WORD2D[nxt] != "0" and nxt not in ("o", "oh", "for", "to", "too"):
                out.append(TENS2[t] + WORD2D[nxt])
                i += 2
            else:
                out.append(TENS2[t] + "0")
                i += 1
            continue
        if t in TEEN2:
            out.append(TEEN2[t])
        elif t in WORD2D:
            out.append(WORD2D[t])
        elif t.isdigit():
            out.append(t)
        elif alnum and t in NATO2:
            out.append(NATO2[t].upper())
        elif alnum and t in LH2:
            out.append(LH2[t].upper())
        elif alnum and len(t) == 1 and t.isalpha():
            out.append(t.upper())
        elif t in FILL:
            pass
        elif alnum:
            out.append(t.upper())
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


def norm_email(text):
    toks = re.findall(r"[a-z0-9]+|[@._-]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t in TENS2:
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in DIG[1:]:
                out.append(TENS2[t] + WORD2D[nxt])
                i += 1
            else:
                out.append(TENS2[t] + "0")
        elif t in TEEN2:
            out.append(TEEN2[t])
        elif t in DIG or t in ("oh",):
            out.append(WORD2D[t])
        else:
            out.append(t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def g(self, typ, canon, mode="full"):
        self.groups.append({"type": typ, "canon": canon, "mode": mode, "spans": []})
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, gid = s
                st = len(text)
                text += val
                self.groups[gid]["spans"].append(len(self.spans))
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text),
                                   "type": self.groups[gid]["type"]})
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.say("agent", *segs)

    def c(self, *segs):
        return self.say("customer", *segs)


def pick(*xs):
    return R.choice(xs)


def filler():
    return pick("", "", "um ", "uh ", "erm ", "yeah ", "so ")


CALL_IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]

# ---------------------------------------------------------------- positive templates (ASR calls)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def p_call_card_one_turn():
    num, kind = make_card()
    c = Case("positive", "call/%s: %s card read in one turn, groups mixed digit/pair style" % (pick(*CALL_IND), kind))
    g = c.g("CARD_NUMBER", num)
    sep = pick(" ", " ", " um ", " uh ")
    spoken = sep.join(say_group(x) for x in card_groups(num))
    c.a(pick("okay and the long card number please", "can i take the card number", "go ahead with the sixteen digits on the front"))
    c.c(filler() + "yeah it's ", (spoken, g), pick("", " okay", " that's it"))
    return c


def p_call_card_split():
    num, kind = make_card()
    ind = pick(*CALL_IND)
    c = Case("positive", "call/%s: %s card split across customer turns with back-channels" % (ind, kind))
    g = c.g("CARD_NUMBER", num)
    c.a("when you're ready the card number")
    grps = card_groups(num)
    for k, grp in enumerate(grps):
        pre = filler() if k else pick("right ", "okay so ", "it's ")
        c.c(pre, (say_group(grp), g), pick("", "", " um", " yeah"))
        if k < len(grps) - 1:
            c.a(pick("mhm", "yep", "okay go on", "uh huh", "got that", "right"))
    c.a(pick("and the expiry", "thank you", "lovely and the name on the card"))
    return c


def p_call_card_selfcorrect():
    num, kind = make_card()
    c = Case("positive", "call/%s: card with self-correction mid-reading, wrong digits also labelled" % pick(*CALL_IND))
    grps = card_groups(num)
    g = c.g("CARD_NUMBER", num)
    wrong = grps[1][:2] + str((int(grps[1][2]) + 3) % 10)
    fg = c.g("CARD_NUMBER", wrong, "frag")
    c.a("long number on the card please")
    c.c((say_digits(grps[0]), g), " ", (say_digits(wrong, doubles=False, homophones=False), fg),
        pick(" no sorry ", " no wait ", " sorry i mean "), (" ".join(say_group(x) for x in grps[1:]), g))
    c.a(pick("okay no problem", "thanks", "got it"))
    return c


def p_call_card_readback():
    num, kind = make_card()
    c = Case("positive", "call/%s: card read by customer then read back by agent" % pick(*CALL_IND))
    g1 = c.g("CARD_NUMBER", num)
    g2 = c.g("CARD_NUMBER", num)
    c.a("and the card number")
    c.c((" ".join(say_digits(x) for x in card_groups(num)), g1))
    c.a("let me read that back ", (" ".join(say_group(x) for x in card_groups(num)), g2), " is that right")
    c.c("yes that's correct")
    return c


def p_call_card_interrupt():
    num, kind = make_card()
    c = Case("positive", "call/%s: agent interrupts mid-reading, customer restarts whole number" % pick(*CALL_IND))
    grps = card_groups(num)
    gf = c.g("CARD_NUMBER", grps[0] + grps[1][:2], "frag")
    g = c.g("CARD_NUMBER", num)
    c.a("card number please")
    c.c((say_digits(grps[0]) + " " + say_digits(grps[1][:2]), gf))
    c.a(pick("sorry sorry you cut out there can you start again", "hang on the line's breaking up from the top please"))
    c.c(pick("okay from the start ", "right "), (" ".join(say_group(x) for x in grps), g))
    return c


def p_call_card_cvv_exp():
    num, kind = make_card()
    cvv = digits(4 if kind == "amex" else 3)
    m, y = make_expiry()
    c = Case("positive", "call/%s: card then expiry then security code, all in ASR form" % pick("retail", "travel", "telecom", "utilities"))
    g = c.g("CARD_NUMBER", num)
    ge = c.g("EXPIRY", "%02d%02d" % (m, y))
    gc = c.g("CVV", cvv)
    c.a("go ahead with the card")
    c.c((" ".join(say_group(x) for x in card_groups(num)), g))
    c.a("and the expiry date")
    es = pick(say_digits("%02d" % m, doubles=False) + " " + say_number(y),
              MONTHS[m - 1] + " twenty " + say_number(y - 20 if y - 20 >= 0 else y),
              say_digits("%02d" % m, doubles=False) + " slash " + say_number(y))
    c.c(filler() + "expires ", (es, ge))
    c.a("and the three digit code on the back" if kind != "amex" else "and the four digit code on the front")
    c.c(pick("it's ", "", "uh "), (say_digits(cvv), gc))
    return c


def p_call_cvv_exp_oneturn():
    m, y = make_expiry()
    cvv = digits(3)
    c = Case("positive", "call/%s: expiry and security code in the same turn" % pick("retail", "travel", "insurance"))
    ge = c.g("EXPIRY", "%02d%02d" % (m, y))
    gc = c.g("CVV", cvv)
    c.a("expiry date and the security code please")
    c.c(pick("expiry is ", "it runs out "), (say_digits("%02d" % m, doubles=False) + " " + say_number(y), ge),
        pick(" and the code on the back is ", " and security number ", " then the three digits are "),
        (say_digits(cvv), gc))
    return c


def p_call_ssn():
    s = make_ssn()
    c = Case("positive", "call/%s: US social security number" % pick("banking", "insurance", "healthcare billing", "government services"))
    g = c.g("SSN", s)
    style = R.randint(0, 3)
    if style == 0:
        sp = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
    elif style == 1:
        sp = say_digits(s[:3]) + " " + say_pair(s[3:5]) + " " + say_pair(s[5:7]) + " " + say_pair(s[7:])
    elif style == 2:
        sp = say_digits(s[:3]) + " dash " + say_digits(s[3:5]) + " dash " + say_digits(s[5:])
    else:
        sp = say_digits(s)
    c.a(pick("can i get your social security number", "to verify i'll need your social", "and the last nine sorry the full social please"))
    c.c(filler() + pick("sure it's ", "yeah ", "my social is "), (sp, g))
    c.a(pick("thank you", "okay one moment", "perfect"))
    return c


def p_call_ssn_split():
    s = make_ssn()
    c = Case("positive", "call/%s: SSN split over three turns with agent back-channels" % pick("banking", "insurance", "government services"))
    g = c.g("SSN", s)
    c.a("and your social security number")
    c.c(pick("okay ", "um ", ""), (say_digits(s[:3]), g))
    c.a(pick("mhm", "yep"))
    c.c((say_digits(s[3:5]), g))
    c.a(pick("okay go on", "uh huh"))
    c.c((say_group(s[5:]), g), pick("", " that's it"))
    return c


def p_call_ssn_correct():
    s = make_ssn()
    c = Case("positive", "call/%s: SSN with a self-correction on the last group" % pick("banking", "healthcare billing", "government services"))
    g = c.g("SSN", s)
    bad = s[5:8] + str((int(s[8]) + 5) % 10)
    gf = c.g("SSN", bad, "frag")
    c.a("what's your social")
    c.c((say_digits(s[:5]), g), " ", (say_digits(bad), gf), pick(" no actually ", " sorry no "), (say_digits(s[5:]), g))
    c.a("okay i've got ", (say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]), c.g("SSN", s)))
    return c


def p_call_ssn_last4_plus_dob():
    s = make_ssn()
    d, m, y = make_dob()
    c = Case("positive", "call/%s: SSN followed by date of birth, year as pair words" % pick("banking", "insurance", "healthcare billing"))
    g = c.g("SSN", s)
    gd = c.g("DOB", "%02d%02d%04d" % (d, m, y))
    c.a("for security your social security number and date of birth")
    c.c("social is ", (say_digits(s), g), pick(" and my birthday is ", " and i was born on ", " date of birth "),
        (pick("the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y),
              MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)), gd))
    return c


def ni_spoken(ni):
    mode = R.randint(0, 3)
    let = ni[:2].lower()
    if mode == 0:
        a = say_letter(let[0], "plain") + " " + say_letter(let[1], "plain")
    elif mode == 1:
        a = say_letter(let[0], "nato") + " " + say_letter(let[1], "nato")
    else:
        a = say_letter(let[0]) + " " + say_letter(let[1])
    if R.random() < 0.4:
        mid = " ".join(say_pair(ni[k:k + 2]) for k in (2, 4, 6))
    else:
        mid = say_digits(ni[2:8])
    return a, mid, say_letter(ni[8].lower())


def p_call_ni():
    ni = make_ni()
    c = Case("positive", "call/government services: UK national insurance number in ASR form")
    g = c.g("NI_NUMBER", ni)
    a, mid, suf = ni_spoken(ni)
    c.a(pick("can you confirm your national insurance number", "and your n i number please", "what's your national insurance"))
    c.c(filler() + pick("yeah it's ", "", "it is "), (a + " " + mid + " " + suf, g))
    c.a(pick("thank you", "lovely", "bear with me"))
    return c


def p_call_ni_split():
    ni = make_ni()
    c = Case("positive", "call/%s: NI number spread over turns, letters then digits then suffix" % pick("government services", "banking", "insurance"))
    g = c.g("NI_NUMBER", ni)
    a, mid, suf = ni_spoken(ni)
    c.a("national insurance number please")
    c.c(pick("okay it starts ", "right it's "), (a, g))
    c.a(pick("mhm", "yep okay"))
    c.c((mid, g))
    c.a(pick("and the letter at the end", "and the last letter"))
    c.c(pick("", "it's ", "uh "), (suf, g))
    return c


def p_call_ni_readback():
    ni = make_ni()
    c = Case("positive", "call/government services: NI number read by customer and agent confirms it")
    g = c.g("NI_NUMBER", ni)
    a, mid, suf = ni_spoken(ni)
    c.a("and your national insurance number")
    c.c((a + " " + mid + " " + suf, g))
    g2 = c.g("NI_NUMBER", ni)
    a2, mid2, suf2 = ni_spoken(ni)
    c.a("so that's ", (a2 + " " + mid2 + " " + suf2, g2), " yeah")
    c.c("that's right")
    return c


def p_call_ni_correct():
    ni = make_ni()
    c = Case("positive", "call/government services: NI number where caller corrects the prefix letter")
    wrong = ni[0] + ("M" if ni[1] != "M" else "N")
    g = c.g("NI_NUMBER", ni)
    gf = c.g("NI_NUMBER", wrong, "fragalpha")
    a, mid, suf = ni_spoken(ni)
    c.a("your n i number please")
    c.c((say_letter(wrong[0].lower(), "plain") + " " + say_letter(wrong[1].lower(), "plain"), gf),
        pick(" no sorry ", " sorry scratch that "), (a + " " + mid + " " + suf, g))
    return c


def p_call_sort_acct():
    sc = digits(6)
    acct = digits(8)
    c = Case("positive", "call/banking: UK sort code and account number, sort code as pairs")
    gs = c.g("SORT_CODE", sc)
    ga = c.g("BANK_ACCOUNT", acct)
    c.a("can i take the sort code and account number")
    scs = pick(" ".join(say_pair(sc[k:k + 2]) for k in (0, 2, 4)),
               say_digits(sc[:2]) + " " + say_digits(sc[2:4]) + " " + say_digits(sc[4:]),
               say_digits(sc[:2]) + " dash " + say_digits(sc[2:4]) + " dash " + say_digits(sc[4:]))
    c.c("sort code is ", (scs, gs))
    c.a(pick("mhm and the account number", "okay and the eight digit account number"))
    c.c(filler(), (say_digits(acct[:4]) + pick(" ", " um ") + say_digits(acct[4:]), ga))
    return c


def p_call_acct_split():
    acct = digits(R.choice([8, 10, 12]))
    c = Case("positive", "call/%s: account number split over turns" % pick("banking", "utilities", "telecom"))
    g = c.g("BANK_ACCOUNT", acct)
    c.a("what's the account number for the direct debit")
    h = len(acct) // 2
    c.c(pick("the bank account is ", "it's "), (say_digits(acct[:h]), g))
    c.a(pick("okay", "yep go on"))
    c.c((say_digits(acct[h:]), g))
    return c


def p_call_iban():
    ib = make_iban(R.choice(["GB", "IE", "DE", "NL", "FR", "ES"]))
    c = Case("positive", "call/%s: IBAN read out with letters and digit groups" % pick("banking", "travel", "utilities"))
    g = c.g("IBAN", ib)
    parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    spoken = pick(" ", " um ").join(say_alnum(p) for p in parts)
    c.a("and the i ban for the refund")
    c.c(filler() + "it's ", (spoken, g))
    return c


def p_call_iban_split():
    ib = make_iban(R.choice(["IE", "DE", "GB"]))
    c = Case("positive", "call/%s: IBAN split across turns with back-channels" % pick("banking", "insurance"))
    g = c.g("IBAN", ib)
    parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    h = len(parts) // 2
    c.a("go ahead with the iban")
    c.c((" ".join(say_alnum(p) for p in parts[:h]), g))
    c.a(pick("mhm", "okay keep going"))
    c.c((" ".join(say_alnum(p) for p in parts[h:]), g))
    return c


def phone_spoken(p):
    if p.startswith("0") and len(p) == 11:
        return say_group(p[:5]) + " " + say_group(p[5:])
    if len(p) == 10 and p.startswith("08"):
        return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_group(p[6:])
    return say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_group(p[6:])


def p_call_phone():
    ctry = R.choice(["UK", "UKL", "IE", "US"])
    p = make_phone(ctry)
    c = Case("positive", "call/%s: %s phone number spoken" % (pick(*CALL_IND), ctry))
    if R.random() < 0.3 and ctry in ("UK", "IE", "US"):
        cc = {"UK": "44", "IE": "353", "US": "1"}[ctry]
        canon = cc + p.lstrip("0") if ctry != "US" else "1" + p
        body = p[1:] if ctry != "US" else p
        sp = "plus " + say_digits(cc) + " " + say_digits(body[:3]) + " " + say_digits(body[3:6]) + " " + say_group(body[6:])
        g = c.g("PHONE", canon)
    else:
        sp = phone_spoken(p)
        g = c.g("PHONE", p)
    c.a(pick("what's the best number to reach you on", "and a contact number", "can i get a callback number"))
    c.c(filler() + pick("it's ", "my mobile is ", "best is "), (sp, g), pick("", " that's my mobile", " any time after five"))
    return c


def p_call_phone_split():
    p = make_phone(R.choice(["UK", "US", "IE"]))
    c = Case("positive", "call/%s: phone number across turns, agent repeats part back" % pick(*CALL_IND))
    g = c.g("PHONE", p)
    c.a("contact number please")
    c.c((say_digits(p[:5]), g))
    gf = c.g("PHONE", p[:5], "frag")
    c.a((say_digits(p[:5], doubles=False), gf), " yep")
    c.c((say_group(p[5:]), g))
    return c


def p_call_email():
    e = make_email()
    c = Case("positive", "call/%s: email address spelled out by caller" % pick(*CALL_IND))
    g = c.g("EMAIL", e)
    c.a(pick("and your email address", "what email should we send the confirmation to"))
    c.c(filler() + pick("it's ", "yeah it's "), (say_email(e), g))
    c.a(pick("thank you", "lovely"))
    return c


def p_call_dob():
    d, m, y = make_dob()
    c = Case("positive", "call/%s: date of birth in ASR form" % pick(*CALL_IND))
    g = c.g("DOB", "%02d%02d%04d" % (d, m, y))
    form = R.randint(0, 3)
    if form == 0:
        sp = "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    elif form == 1:
        sp = say_digits("%02d" % d, doubles=False) + " " + say_digits("%02d" % m, doubles=False) + " " + say_number(y % 100)
    elif form == 2:
        sp = MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    else:
        sp = ORD[d] + " " + MONTHS[m - 1] + " " + say_year(y)
    c.a(pick("and your date of birth", "can you confirm your d o b", "when were you born"))
    c.c(filler() + pick("", "it's ", "i was born on "), (sp, g))
    return c


def p_call_dob_correct():
    d, m, y = make_dob()
    c = Case("positive", "call/%s: date of birth with a corrected year" % pick("insurance", "healthcare billing", "banking"))
    g = c.g("DOB", "%02d%02d%04d" % (d, m, y))
    c.a("date of birth please")
    c.c((ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y + 1), c.g("DOB", "", "loose")), pick(" no sorry ", " no wait "),
        (say_year(y), g))
    return c


def p_call_address():
    num = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUFFIX)
    us = R.random() < 0.4
    pc = make_postcode(us)
    c = Case("positive", "call/%s: street address then %s postcode" % (pick(*CALL_IND), "US ZIP" if us else "UK"))
    ga = c.g("ADDRESS", str(num) + " " + st)
    gp = c.g("POSTCODE", pc.replace(" ", ""))
    c.a(pick("and the first line of the address", "can i get your address please", "what's the billing address"))
    c.c(filler() + "it's ", (say_number(num) + " " + st, ga), pick(" and the postcode is ", " post code ", " postcode ") if not us else pick(" zip is ", " and the zip code "),
        (say_alnum(pc) if not us else say_digits(pc.replace("-", "")), gp))
    return c


def p_call_postcode_split():
    pc = make_postcode(False)
    c = Case("positive", "call/%s: UK postcode outward and inward parts in separate turns" % pick("utilities", "retail", "telecom"))
    g = c.g("POSTCODE", pc.replace(" ", ""))
    out, inw = pc.split(" ")
    c.a("postcode please")
    c.c(filler(), (say_alnum(out), g))
    c.a(pick("yep", "mhm"))
    c.c((say_alnum(inw), g))
    return c


def p_call_mixed_chitchat():
    p = make_phone("UK")
    amt = R.randint(20, 300)
    c = Case("positive", "call/%s: phone number amid chit-chat with a money amount and time nearby" % pick("telecom", "utilities"))
    g = c.g("PHONE", p)
    c.c("yeah the bill was like ", say_number(amt), " pounds which is mad anyway you can ring me on ",
        (say_group(p[:5]) + " " + say_group(p[5:]), g), " after half " + say_number(R.randint(2, 9)))
    return c


def p_call_card_agent_prompt_each():
    num, kind = make_card()
    c = Case("positive", "call/%s: agent reads each group back before next one" % pick(*CALL_IND))
    g = c.g("CARD_NUMBER", num)
    for k, grp in enumerate(card_groups(num)):
        c.c((say_digits(grp), g))
        c.a((say_digits(grp, doubles=False, homophones=False), c.g("CARD_NUMBER", grp, "frag")), pick(" yep", " okay", " next"))
    return c

# ---------------------------------------------------------------- chat templates


def p_chat_card():
    num, kind = make_card()
    gr = card_groups(num)
    fmt = R.randint(0, 3)
    txt = [" ".join(gr), "-".join(gr), num, ".".join(gr)][fmt]
    c = Case("positive", "chat/%s: %s card typed (%s)" % (pick("retail", "travel", "telecom"), kind, ["spaces", "dashes", "no separators", "dots"][fmt]))
    g = c.g("CARD_NUMBER", num)
    c.c(pick("hi can i pay with card ", "Card: ", "ok card no is ", "heres my card "), (txt, g), pick("", " thanks", " pls"))
    return c


def p_chat_card_all():
    num, kind = make_card()
    cvv = digits(4 if kind == "amex" else 3)
    m, y = make_expiry()
    c = Case("positive", "chat/retail: card, expiry and cvv in one message")
    g = c.g("CARD_NUMBER", num)
    ge = c.g("EXPIRY", "%02d%02d" % (m, y))
    gc = c.g("CVV", cvv)
    c.a("Please provide the card details to complete payment.")
    c.c((" ".join(card_groups(num)), g), pick(" exp ", ", expiry ", " exp: "), (pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y)), ge),
        pick(" cvv ", ", security code ", " cvc: "), (cvv, gc))
    return c


def p_chat_ssn():
    s = make_ssn()
    c = Case("positive", "chat/%s: SSN typed" % pick("banking", "insurance", "government services"))
    g = c.g("SSN", s)
    txt = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s)
    c.a("Could you please confirm your Social Security number?")
    c.c(pick("sure, ", "its ", "SSN "), (txt, g))
    return c


def p_chat_ni():
    ni = make_ni()
    c = Case("positive", "chat/government services: NI number typed")
    g = c.g("NI_NUMBER", ni)
    txt = pick(ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni, ni.lower(), ni[:2] + ni[2:8] + " " + ni[8])
    c.c(pick("my NI number is ", "NI no: ", "national insurance "), (txt, g))
    return c


def p_chat_bank():
    sc, acct = digits(6), digits(8)
    c = Case("positive", "chat/banking: sort code and account typed")
    gs = c.g("SORT_CODE", sc)
    ga = c.g("BANK_ACCOUNT", acct)
    c.c("sort code ", (pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), gs), pick(" acc ", ", account number ", " a/c "), (acct, ga))
    return c


def p_chat_iban():
    ib = make_iban()
    c = Case("positive", "chat/%s: IBAN typed" % pick("banking", "travel", "insurance"))
    g = c.g("IBAN", ib)
    txt = pick(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower())
    c.c(pick("please refund to ", "IBAN: ", "my iban is "), (txt, g))
    return c


def p_chat_contact():
    e = make_email()
    p = make_phone(R.choice(["UK", "US", "IE"]))
    c = Case("positive", "chat/%s: email and phone in one message" % pick("retail", "travel", "telecom"))
    ge = c.g("EMAIL", e)
    gp = c.g("PHONE", p)
    if len(p) == 11:
        ptxt = pick(p, p[:5] + " " + p[5:], p[:5] + "-" + p[5:8] + "-" + p[8:])
    elif p.startswith("08"):
        ptxt = pick(p, p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:])
    else:
        ptxt = pick(p, "(" + p[:3] + ") " + p[3:6] + "-" + p[6:], p[:3] + "-" + p[3:6] + "-" + p[6:], p[:3] + "." + p[3:6] + "." + p[6:])
    c.c(pick("email me at ", "contact: ", "you can reach me at "), (pick(e, e.upper() if R.random() < 0.2 else e), ge), pick(" or call ", " / ", " or ring "), (ptxt, gp))
    return c


def p_chat_address():
    num = R.randint(1, 999)
    st = R.choice(STREETS).title() + " " + R.choice(SUFFIX).title()
    us = R.random() < 0.5
    pc = make_postcode(us)
    c = Case("positive", "chat/%s: typed address with %s" % (pick("retail", "utilities", "insurance"), "ZIP" if us else "UK postcode"))
    ga = c.g("ADDRESS", str(num) + " " + st)
    gp = c.g("POSTCODE", pc.replace(" ", ""))
    town = pick("Springfield, IL ", "Austin TX ", "Columbus, OH ") if us else pick("Leeds ", "London ", "Manchester ", "Belfast ")
    c.c("deliver to ", (str(num) + " " + st, ga), ", " + town, (pc if R.random() < 0.7 else pc.lower(), gp))
    return c


def p_chat_dob():
    d, m, y = make_dob()
    c = Case("positive", "chat/%s: typed date of birth" % pick("insurance", "healthcare billing", "banking"))
    g = c.g("DOB", "%02d%02d%04d" % (d, m, y))
    txt = pick("%02d/%02d/%04d" % (d, m, y), "%d-%d-%04d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%04d-%02d-%02d" % (y, m, d))
    c.c(pick("DOB ", "date of birth: ", "born "), (txt, g))
    return c


def p_chat_typo_card():
    num, kind = make_card()
    c = Case("positive", "chat/retail: card split across two chat messages")
    g = c.g("CARD_NUMBER", num)
    gr = card_groups(num)
    h = len(gr) // 2
    c.c((" ".join(gr[:h]), g))
    c.c("oops sent too early ", (" ".join(gr[h:]), g))
    return c


def p_call_card_clarify():
    num, kind = make_card()
    c = Case("positive", "call/%s: agent interrupts to clarify a digit, customer carries on from there" % pick(*CALL_IND))
    g = c.g("CARD_NUMBER", num)
    cut = R.randint(6, 10)
    c.a("okay the card number")
    c.c(filler(), (say_digits(num[:cut], homophones=False), g), pick("", " um"))
    gf = c.g("CARD_NUMBER", num[cut - 2:cut], "frag")
    c.a(pick("sorry was that ", "hang on you said "), (say_digits(num[cut - 2:cut], doubles=False, homophones=False), gf), pick("", " yeah"))
    c.c(pick("yeah yeah ", "yes and then ", "that's it then "), (say_digits(num[cut:]), g))
    return c


def p_call_dob_age():
    d, m, y = make_dob()
    c = Case("positive", "call/%s: date of birth with the caller's age and a policy year next to it (unlabelled)" % pick("insurance", "healthcare billing"))
    g = c.g("DOB", "%02d%02d%04d" % (d, m, y))
    c.a("can you confirm your date of birth")
    c.c(pick("yeah ", "", "oh god "), (pick(ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y), MONTHS[m - 1] + " the " + ORD[d] + " " + say_year(y)), g),
        " so i'm " + say_number(2026 - y) + pick(" now", " this year", "") + " and i've had the policy since " + say_year(R.randint(2008, 2024)))
    return c


def p_call_card_exp_oneturn():
    num, kind = make_card()
    m, y = make_expiry()
    c = Case("positive", "call/%s: card number running straight into expiry in one turn" % pick("retail", "travel", "telecom"))
    g = c.g("CARD_NUMBER", num)
    ge = c.g("EXPIRY", "%02d%02d" % (m, y))
    c.a("card number and expiry please")
    c.c((" ".join(say_digits(x) for x in card_groups(num)), g), pick(" and it expires ", " expiry ", " valid till "),
        (pick(say_digits("%02d" % m, doubles=False) + " " + say_number(y), MONTHS[m - 1] + " " + say_year(2000 + y)), ge))
    return c


def p_chat_messy_card():
    num, kind = make_card()
    gr = card_groups(num)
    seps = [pick(" ", "-", "  ", "") for _ in gr[1:]]
    txt = gr[0] + "".join(sp + x for sp, x in zip(seps, gr[1:]))
    c = Case("positive", "chat/%s: card typed with inconsistent separators" % pick("retail", "travel", "utilities"))
    g = c.g("CARD_NUMBER", num)
    c.c(pick("pls charge ", "ok use this one ", "card num "), (txt, g), pick(" ty", "", " - thx"))
    return c


ASR_POS = [p_call_card_clarify, p_call_dob_age, p_call_card_exp_oneturn, p_call_card_one_turn, p_call_card_split, p_call_card_selfcorrect, p_call_card_readback,
           p_call_card_interrupt, p_call_card_cvv_exp, p_call_cvv_exp_oneturn, p_call_ssn,
           p_call_ssn_split, p_call_ssn_correct, p_call_ssn_last4_plus_dob, p_call_ni, p_call_ni_split,
           p_call_ni_readback, p_call_ni_correct, p_call_sort_acct, p_call_acct_split, p_call_iban,
           p_call_iban_split, p_call_phone, p_call_phone_split, p_call_email, p_call_dob,
           p_call_dob_correct, p_call_address, p_call_postcode_split, p_call_mixed_chitchat,
           p_call_card_agent_prompt_each]
CHAT_POS = [p_chat_messy_card, p_chat_card, p_chat_card_all, p_chat_ssn, p_chat_ni, p_chat_bank, p_chat_iban,
            p_chat_contact, p_chat_address, p_chat_dob, p_chat_typo_card]

# ---------------------------------------------------------------- negatives


def n_money():
    a, b = R.randint(11, 950), R.randint(1, 99)
    c = Case("negative", "call/%s: money amounts and balance spoken" % pick("banking", "utilities", "telecom"))
    c.a("your current balance is " + say_number(a) + " pounds " + say_number(b))
    c.c("and how much is the next payment")
    c.a("that'll be " + say_number(R.randint(20, 99)) + " " + pick("euro", "dollars", "pounds") + " " + say_number(R.randint(1, 99)) + " on the " + ORD[R.randint(1, 28)])
    return c


def n_reference():
    ref = digits(R.randint(6, 10))
    w = pick("reference number", "order number", "ticket number", "claim number", "invoice number", "case number")
    c = Case("negative", "call/%s: %s read digit by digit" % (pick(*CALL_IND), w))
    c.a("can i take the " + w)
    c.c(filler() + "yeah the " + w + " is " + say_digits(ref))
    c.a("thanks i've got " + w + " " + say_digits(ref, doubles=False) + " open now")
    return c


def n_flight():
    c = Case("negative", "call/travel: flight number, times and gate")
    c.c("i'm on flight " + pick("b a ", "e i ", "f r ", "u a ") + say_number(R.randint(100, 999)) + " leaving at " + say_number(R.randint(1, 12)) + " " + say_number(R.randint(10, 59)))
    c.a("okay that's gate " + say_number(R.randint(1, 60)) + " boarding " + say_number(R.randint(20, 45)) + " minutes before")
    return c


def n_appointment():
    d, m = R.randint(1, 28), R.randint(1, 12)
    c = Case("negative", "call/%s: engineer appointment date and time, not a birth date" % pick("utilities", "telecom"))
    c.a("i can book the engineer for the " + ORD[d] + " of " + MONTHS[m - 1] + " between " + say_number(R.randint(8, 11)) + " and " + say_number(R.randint(1, 5)))
    c.c("yeah the " + ORD[d] + " is fine")
    return c


def n_meter():
    c = Case("negative", "call/utilities: meter reading and tariff numbers")
    c.a("can you read me the meter")
    c.c("it says " + say_digits(digits(5), doubles=True) + " and the night one is " + say_digits(digits(5)))
    c.a("thanks that's about " + say_number(R.randint(100, 900)) + " units this quarter at " + say_number(R.randint(20, 35)) + " p per unit")
    return c


def n_speed():
    c = Case("negative", "call/telecom: broadband speed, model number, counts")
    c.c("i'm only getting " + say_number(R.randint(2, 80)) + " megs and i pay for " + say_number(R.randint(100, 900)))
    c.a("which router is it the " + pick("hub ", "model ") + say_number(R.randint(2, 9)) + " or the " + say_number(R.randint(2, 9)) + " thousand")
    c.c("the one with " + say_number(R.randint(2, 8)) + " lights")
    return c


def n_year_age():
    y = R.randint(2001, 2023)
    c = Case("negative", "call/%s: contract start year, age of a relative, durations" % pick("insurance", "telecom", "banking"))
    c.c("i've been with you since " + say_year(y) + " and my son is " + say_number(R.randint(5, 17)) + " now")
    c.a("so that's " + say_number(2026 - y) + pick(" years", " years now") + " thank you for staying with us")
    return c


def n_percent_temp():
    c = Case("negative", "call/%s: percentages and temperature" % pick("banking", "utilities"))
    c.a("the rate is " + say_number(R.randint(2, 29)) + " point " + DIG[R.randint(0, 9)] + " percent")
    c.c("and the boiler only gets to " + say_number(R.randint(30, 70)) + " degrees")
    return c


def n_room_hotel():
    c = Case("negative", "call/travel: hotel room number, booking reference and nights")
    c.c("we're in room " + say_number(R.randint(101, 499)) + " for " + say_number(R.randint(2, 9)) + " nights booking reference " + say_digits(digits(8)))
    return c


def n_chat_order():
    c = Case("negative", "chat/retail: order number, price, quantity typed")
    c.c("Order #" + digits(R.randint(7, 10)) + " - ordered " + str(R.randint(2, 12)) + " items for $" + str(R.randint(10, 999)) + "." + digits(2) + " on " + str(R.randint(1, 12)) + "/" + str(R.randint(1, 28)) + "/2026")
    c.a("Thanks, I can see order " + digits(8) + " was shipped at " + str(R.randint(1, 12)) + ":" + digits(2) + "pm.")
    return c


def n_chat_invoice():
    c = Case("negative", "chat/%s: invoice and ticket numbers with amounts" % pick("utilities", "telecom", "healthcare billing"))
    c.c("Invoice INV-" + digits(7) + " shows " + "\u00a3" + str(R.randint(10, 500)) + "." + digits(2) + " but ticket " + digits(6) + " said it was refunded")
    return c


def n_payment_date():
    d, m = R.randint(1, 28), R.randint(1, 12)
    c = Case("negative", "call/banking: payment due date and amount, not birth date")
    c.a("your direct debit comes out on the " + ORD[d] + " of every month")
    c.c("can we move it to the " + ORD[R.randint(1, 28)] + " of " + MONTHS[m - 1] + " i get paid then")
    return c


def n_chat_times():
    c = Case("negative", "chat/travel: times, durations, flight and seat")
    c.c("Flight EI" + str(R.randint(100, 999)) + " departs " + "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)) + ", seat " + str(R.randint(1, 40)) + "C, layover " + str(R.randint(1, 5)) + "h " + str(R.randint(5, 55)) + "m")
    return c


def n_claim_call_split():
    ref = digits(8)
    c = Case("negative", "call/insurance: claim number split across turns with back-channel")
    c.a("what's the claim number")
    c.c("claim number " + say_digits(ref[:4]))
    c.a("mhm")
    c.c(say_digits(ref[4:]))
    return c


def n_hold():
    c = Case("negative", "call/%s: hold time, queue position, counts" % pick(*CALL_IND))
    c.c("i've been on hold " + say_number(R.randint(15, 59)) + " minutes and it said i was number " + say_number(R.randint(2, 30)) + " in the queue")
    c.a("sorry about that we've had about " + say_number(R.randint(200, 900)) + " calls this morning")
    return c


def n_chat_balance():
    c = Case("negative", "chat/banking: balance with thousands separator, minimum payment, due date")
    c.a("Your balance is \u00a3" + str(R.randint(1, 9)) + "," + digits(3) + "." + digits(2) + " and the minimum payment of \u00a3" + str(R.randint(5, 90)) + ".00 is due " + "%02d/%02d/2026" % (R.randint(1, 28), R.randint(1, 12)) + ".")
    c.c("ok can I pay " + str(R.randint(100, 999)) + " now and the rest on the " + str(R.randint(1, 28)) + "th?")
    return c


def n_call_price_model():
    c = Case("negative", "call/retail: product model, price, quantity and delivery window")
    c.c("i want the " + pick("galaxy s ", "iphone ", "pixel ") + say_number(R.randint(8, 25)) + " is it still " + say_number(R.randint(300, 999)) + " ninety nine")
    c.a("yes and if you order " + say_number(R.randint(2, 4)) + " it arrives in " + say_number(R.randint(2, 7)) + " to " + say_number(R.randint(8, 14)) + " working days")
    return c


def n_call_tracking_split():
    ref = digits(10)
    c = Case("negative", "call/retail: ten-digit tracking number read in two goes with a correction")
    c.a("have you got the tracking number there")
    c.c("yeah tracking number " + say_digits(ref[:5]) + " " + say_digits(ref[5:7]) + " no wait " + say_digits(ref[5:]))
    c.a("lovely that's showing as out for delivery before " + say_number(R.randint(1, 9)) + " pm")
    return c


NEG = [n_chat_balance, n_call_price_model, n_call_tracking_split, n_money, n_reference, n_flight, n_appointment, n_meter, n_speed, n_year_age, n_percent_temp,
       n_room_hotel, n_chat_order, n_chat_invoice, n_payment_date, n_chat_times, n_claim_call_split, n_hold]

# ---------------------------------------------------------------- build


def build():
    pos, neg = [], []
    plan = []
    for k in range(120):
        plan.append(ASR_POS[k % len(ASR_POS)])
    for k in range(60):
        plan.append(CHAT_POS[k % len(CHAT_POS)])
    # extra weight on card / NI / SSN
    plan += [p_call_ni, p_call_ni_split, p_chat_ni, p_call_ssn, p_chat_ssn, p_call_card_one_turn] * 3
    plan += [p_call_sort_acct, p_call_email, p_chat_contact, p_call_address, p_chat_bank, p_chat_address,
             p_call_email, p_call_address, p_call_sort_acct] * 2
    R.shuffle(plan)
    for f in plan:
        pos.append(f())
    for k in range(126):
        neg.append(NEG[k % len(NEG)]())
    R.shuffle(neg)
    out = []
    for i, c in enumerate(pos):
        out.append(({"id": "h218-pos-%03d" % (i + 1), "kind": "positive", "turns": c.turns,
                     "spans": c.spans, "note": c.note}, c.groups))
    for i, c in enumerate(neg):
        out.append(({"id": "h218-neg-%03d" % (i + 1), "kind": "negative", "turns": c.turns,
                     "spans": [], "note": c.note}, c.groups))
    return out


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def valid_value(typ, s, mode):
    if mode == "loose":
        return True
    if mode in ("frag",):
        return s.isdigit() and len(s) > 0
    if mode == "fragalpha":
        return s.isalpha()
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "EXPIRY":
        return s.isdigit() and len(s) in (4, 6)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s) is not None
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 13
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) is not None
    if typ == "POSTCODE":
        return re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) is not None or re.fullmatch(r"\d{5}(\d{4})?", s) is not None
    return True


def check(cases, text):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    nasr = 0
    for c, groups in cases:
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
        if c["note"].startswith("call/"):
            nasr += 1
        seen = []
        for sp in c["spans"]:
            if sp["type"] not in TYPES:
                errs.append(cid + ": bad type")
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append(cid + ": offsets out of range")
                continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append(cid + ": span not on word boundary %r" % t[s:e])
            if t[s].isspace() or t[e - 1].isspace():
                errs.append(cid + ": span has edge whitespace")
            for (tt, ss, ee) in seen:
                if tt == sp["turn"] and ss < e and s < ee:
                    errs.append(cid + ": overlapping spans")
            seen.append((sp["turn"], s, e))
        for g in groups:
            parts = []
            for si in g["spans"]:
                sp = c["spans"][si]
                parts.append(c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]])
            joined = " ".join(parts)
            typ = g["type"]
            if typ == "EMAIL":
                n = norm_email(joined)
            elif typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
                n = norm(joined, alnum=True)
            elif typ in ("ADDRESS", "DOB") or g["mode"] == "loose":
                n = None
            elif typ == "EXPIRY":
                n = norm(joined)
                n = re.sub(r"\?([a-z]+)", lambda mm: "%02d" % (MONTHS.index(mm.group(1)) + 1) if mm.group(1) in MONTHS else "?", n)
            else:
                n = norm(joined)
            if typ == "DOB" and g["mode"] != "loose":
                if not (re.search(r"\d", joined) or any(w in joined.lower().split() for w in MONTHS + TENS[2:] + TEENS + ["thousand", "hundred"])):
                    errs.append(cid + ": DOB without date content")
                n = None
            if typ == "ADDRESS":
                if not any(sfx in joined.lower().split() for sfx in SUFFIX):
                    errs.append(cid + ": address without street suffix")
                n = None
            if n is None:
                continue
            canon = g["canon"].replace(" ", "").replace("-", "")
            if typ == "EMAIL":
                canon = g["canon"].lower()
            alts = {canon, canon.upper()}
            if typ == "EXPIRY" and len(canon) == 4:
                alts.add(canon[:2] + "20" + canon[2:])
            if g["mode"] == "full" and n not in alts:
                errs.append("%s: %s normalised %r != canonical %r (%r)" % (cid, typ, n, canon, joined))
            elif not valid_value(typ, n if g["mode"] != "full" else canon, g["mode"]):
                errs.append("%s: %s invalid value %r (%r)" % (cid, typ, n, joined))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg, nasr


def readme(counts, npos, nneg, nasr):
    lines = [
        "# PII hold-out set h218",
        "",
        "Never use this set for tuning.",
        "",
        "Written by an AI helper acting as an independent author that did not see the",
        "redaction code, its tests, its docs or other hold-out sets. Generated by",
        "`scripts/make_pii_holdout218.py` from template functions (each turn assembled",
        "from plain-text segments and labelled value segments, so offsets are computed),",
        "with all values drawn from one `random.Random(%d)`. Output is byte-for-byte" % SEED,
        "reproducible; `python scripts/make_pii_holdout218.py --check` regenerates and",
        "verifies it (ids, offsets, word boundaries, overlaps, and value validity after",
        "normalising spoken forms: Luhn, mod-97, NI shape, digit counts, postcode shapes).",
        "",
        "## Content",
        "",
        "- %d positive cases, %d negative cases; %d of all cases are phone calls written" % (npos, nneg, nasr),
        "  as a speech recogniser would (lower case, numbers as words, oh/o/nought/zero,",
        "  double/triple, pairs like 'forty one', homophones 'to'/'for'/'ate'/'won',",
        "  letters as 'b for bravo' or 'see'/'are'/'why', values split over turns with",
        "  back-channels, self-corrections, agent interruptions and read-backs); the",
        "  rest are typed chat.",
        "- Negatives contain money, balances, times, durations, counts, years, ages,",
        "  percentages, temperatures, meter readings, speeds, non-birth dates, flight,",
        "  room, order/ticket/claim/invoice/reference numbers (<= 10 digits, with their",
        "  reference word). Nothing in a negative case should be redacted.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last token; filler words",
        "  that fall inside a reading (um, dash, double) are inside the span; lead-ins",
        "  ('it's', 'my social is') are outside.",
        "- A value split over several turns gets one span per turn piece.",
        "- In self-corrections the abandoned (wrong) partial value is also labelled as",
        "  its own span of the same type; the correction words ('no sorry') are outside.",
        "- Agent read-backs (full or partial) are labelled as well.",
        "- Spelled letters 'b for bravo' are inside the span as a whole.",
        "- ADDRESS covers house number and street name (not town or postcode);",
        "  POSTCODE is labelled separately. DOB covers the full date phrase.",
        "- EXPIRY covers month and year; CVV the 3-4 digits only.",
        "",
        "## Spans per type",
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
    text = serialise(cases)
    errs, counts, npos, nneg, nasr = check(cases, text)
    rd = readme(counts, npos, nneg, nasr)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != text:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            # verify the on-disk file parses and matches
            for line, (c, _) in zip(on_disk.splitlines(), cases):
                if json.loads(line) != c:
                    errs.append("parse mismatch " + c["id"])
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    errs.append("README.md differs from regenerated output")
        except OSError:
            errs.append("README.md missing")
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives %d negatives %d (calls %d of %d)" % (npos, nneg, nasr, npos + nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs[:50]:
        print("ERROR", e)
    if errs:
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

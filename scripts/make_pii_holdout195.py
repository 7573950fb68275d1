#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h195 (typed-channel heavy).

Written by an AI helper acting as an independent author who did not see the
redaction code. Standard library only. Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout195.py          # write fixture + README
    python scripts/make_pii_holdout195.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 195241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout195")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x ray", "y": "yankee", "z": "zulu", "o": "oscar"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought"])


def spoken_digits(d, fancy=True):
    """Digit string -> ASR style words (singles, double/triple, some pairs)."""
    out, i = [], 0
    while i < len(d):
        c = d[i]
        if fancy and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and R.random() < 0.7:
            out.append("triple " + (zero_word() if c == "0" else DW[int(c)]))
            i += 3
            continue
        if fancy and i + 1 < len(d) and d[i + 1] == c and R.random() < 0.6:
            out.append("double " + (zero_word() if c == "0" else DW[int(c)]))
            i += 2
            continue
        if fancy and i + 1 < len(d) and c != "0" and R.random() < 0.18:
            n = int(d[i:i + 2])
            if 10 <= n < 20:
                out.append(TEENS[n - 10])
                i += 2
                continue
            if n % 10 and not (i + 2 < len(d) and False):
                out.append(TENS[n // 10] + " " + DW[n % 10])
                i += 2
                continue
        out.append(zero_word() if c == "0" else DW[int(c)])
        i += 1
    return " ".join(out)


WORDVAL = {w: str(i) for i, w in enumerate(DW)}
WORDVAL.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})


def norm_spoken(s):
    """Spoken/typed value -> digits and letters (upper case)."""
    s = s.lower().replace("-", " ")
    toks = re.findall(r"[a-z0-9@]+", s)
    out, i, mult = [], 0, 1
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t == "o" and i + 1 < len(toks) and toks[i + 1] == "for":
            out.append("O" * mult)
        elif t in WORDVAL:
            out.append(WORDVAL[t] * mult)
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)) * mult)
        elif t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(v * 10 + DW.index(toks[i + 1])))
                i += 1
            else:
                out.append(str(v * 10))
        elif t in ("for", "as", "in", "um", "uh", "er", "like", "and", "then", "sorry", "x"):
            if t == "x" and (i + 1 >= len(toks) or toks[i + 1] != "ray"):
                out.append("X")
        elif t in NATO.values() or t == "ray":
            pass
        elif t.isdigit():
            out.append(t * mult)
        elif len(t) == 1:
            out.append(t.upper() * mult)
        else:
            out.append(t.upper())
        mult = 1
        i += 1
    return "".join(out)


def spell_letters(s, nato_p=0.5):
    parts = []
    for ch in s.lower():
        if ch.isdigit():
            parts.append(DW[int(ch)] if ch != "0" else zero_word())
        elif ch in NATO and (R.random() < nato_p or ch == "o"):
            parts.append(ch + " for " + NATO[ch])
        else:
            parts.append(ch)
    return " ".join(parts)


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(amex=None):
    if amex is None:
        amex = R.random() < 0.12
    if amex:
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = R.choice(["4", "4", "4", "51", "52", "53", "54", "55", "2221", "6011"]), 16
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in range(10):
        if luhn_ok(body + str(c)):
            return body + str(c)


def group(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def card_typed(d):
    k = R.randrange(7)
    if len(d) == 15:
        return group(d, [4, 6, 5], R.choice([" ", "-", ""]))
    if k == 0:
        return d
    if k == 1:
        return group(d, [4, 4, 4, 4], "-")
    if k == 2:
        return group(d, [4, 4, 4, 4], ".")
    if k == 3:
        return group(d, [4, 4, 4, 4], "  ")
    if k == 4:
        return group(d, [4, 4, 4, 4], " - ")
    if k == 5:
        return group(d, [4, 4, 4, 4], "/")
    return group(d, [4, 4, 4, 4], " ")


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def ssn_typed(d):
    return R.choice([d[:3] + "-" + d[3:5] + "-" + d[5:], d[:3] + " " + d[3:5] + " " + d[5:], d,
                     d[:3] + "." + d[3:5] + "." + d[5:], d[:3] + " - " + d[3:5] + " - " + d[5:]])


NI_PRE = ["AB", "CE", "JG", "KL", "NP", "PR", "SW", "TL", "WP", "HY", "JM", "EH", "YZ", "RA",
          "ST", "MA", "LE", "GH", "BX", "ZA", "OB", "WL", "PC", "NE"]


def make_ni():
    return R.choice(NI_PRE) + "%06d" % R.randrange(10 ** 6) + R.choice("ABCD")


def ni_typed(v):
    k = R.randrange(5)
    if k == 0:
        return v
    if k == 1:
        return " ".join([v[:2], v[2:4], v[4:6], v[6:8], v[8]])
    if k == 2:
        return v.lower()
    if k == 3:
        return v[:2] + " " + v[2:8] + " " + v[8]
    return (v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8]).lower()


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI", "MIDL"])
        bban = bank + "".join(str(R.randrange(10)) for _ in range(14))
    elif cc == "DE":
        bban = "".join(str(R.randrange(10)) for _ in range(18))
    elif cc == "FR":
        bban = "".join(str(R.randrange(10)) for _ in range(23))
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + "".join(str(R.randrange(10)) for _ in range(10))
    else:
        bban = "".join(str(R.randrange(10)) for _ in range(20))
    return cc + iban_check(cc, bban) + bban


def iban_ok(v):
    v = v.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def iban_typed(v):
    k = R.randrange(4)
    if k == 0:
        return v
    g = " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if k == 1:
        return g
    if k == 2:
        return g.lower()
    return "-".join(v[i:i + 4] for i in range(0, len(v), 4))


def rd(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def make_phone():
    k = R.randrange(6)
    if k == 0:
        d = "07" + str(R.randrange(4, 10)) + rd(8)
        return d, R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:], "+44 " + d[1:5] + " " + d[5:], "(0)" + d[1:]])
    if k == 1:
        a = str(R.randrange(2, 10)) + rd(2)
        d = a + str(R.randrange(2, 10)) + rd(6)
        return d, R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                            "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), d])
    if k == 2:
        d = "08" + R.choice("3567") + rd(7)
        return d, R.choice([d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:], d])
    if k == 3:
        d = "020" + str(R.randrange(3, 9)) + rd(7)
        return d, R.choice([d[:3] + " " + d[3:7] + " " + d[7:], "+44 20 " + d[3:7] + " " + d[7:]])
    if k == 4:
        d = "01" + rd(9)
        return d, d[:5] + " " + d[5:]
    d = "06" + rd(8)
    return d, R.choice(["+31 6 " + d[2:6] + " " + d[6:], d])


FIRST = ["sarah", "james", "priya", "tomasz", "aoife", "liam", "grace", "mohammed", "chloe",
         "dave", "niamh", "olu", "hannah", "marco", "ellie", "kwame", "jess", "ryan", "fatima", "sean"]
LAST = ["okafor", "murphy", "whitfield", "nowak", "brennan", "patel", "oconnor", "hughes",
        "garcia", "mcleod", "fitzgerald", "kowalski", "barnes", "delaney", "ahmed", "lindqvist"]
DOMS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
        "eircom.net", "protonmail.com", "aol.com", "web.de"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    k = R.randrange(5)
    user = [f + "." + l, f[0] + l, f + "_" + l + rd(2), l + f[0] + rd(2), f + l][k]
    return user + "@" + R.choice(DOMS)


def email_spoken(e):
    user, dom = e.split("@")

    def sp(x):
        x = x.replace(".", " dot ").replace("_", " underscore ")
        ws = []
        for w in re.findall(r"[a-z]+|\d+", x):
            if w.isdigit():
                ws.append(spoken_digits(w, False))
            elif len(w) <= 2 and w not in ("co", "uk"):
                ws.append(" ".join(w))
            else:
                ws.append(w)
        return " ".join(ws)
    return sp(user) + " at " + sp(dom)


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "BS", "OX", "CB", "N", "E", "SE", "RG", "PL"]


def make_postcode():
    if R.random() < 0.3:
        return "%05d" % R.randrange(1001, 99950)
    a = R.choice(UK_AREAS)
    return a + str(R.randrange(1, 20)) + " " + str(R.randrange(10)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def pc_ok(v):
    v = v.upper().replace(" ", "")
    return bool(re.fullmatch(r"\d{5}", v) or re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", v))


def postcode_spoken(p):
    if p.isdigit():
        return spoken_digits(p)
    out, head, tail = [], p.split()[0], p.split()[1]
    for part in (head, tail):
        seg = []
        for ch in part:
            if ch.isdigit():
                seg.append(zero_word() if ch == "0" else DW[int(ch)])
            elif ch.lower() in NATO and (R.random() < 0.4 or ch.lower() == "o"):
                seg.append(ch.lower() + " for " + NATO[ch.lower()])
            else:
                seg.append(ch.lower())
        out.append(" ".join(seg))
    return " ".join(out)


STREETS = ["Maple", "Church", "Station", "Kingsley", "Oakfield", "Harbour", "Elm", "Mill", "Victoria",
           "Lansdowne", "Willow", "Cedar", "Castle", "Meadow", "Park", "Grove"]
SUFF = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way", "Terrace", "Court"]


def make_address():
    n = R.randrange(1, 240)
    return n, R.choice(STREETS), R.choice(SUFF)


def address_typed(a):
    n, s, f = a
    v = "%d %s %s" % (n, s, f)
    k = R.randrange(4)
    if k == 1:
        v = v.lower()
    elif k == 2:
        v = "%d %s %s" % (n, s, {"Street": "St", "Road": "Rd", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr"}.get(f, f))
    elif k == 3:
        v = "Flat %d, %d %s %s" % (R.randrange(1, 12), n, s, f)
    return v


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return DW[h] + " hundred"
    if R.random() < 0.5:
        return DW[h] + " " + (num_words(r) if r >= 10 else zero_word() + " " + DW[r])
    return DW[h] + " hundred and " + num_words(r)


def address_spoken(a):
    n, s, f = a
    return "%s %s %s" % (num_words(n), s.lower(), f.lower())


def year_words(y):
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y < 2010 else "twenty " + num_words(y - 2000)
    return "nineteen " + num_words(y - 1900)


def make_dob():
    return R.randrange(1940, 2005), R.randrange(1, 13), R.randrange(1, 29)


def dob_typed(d):
    y, m, dd = d
    return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (m, dd, y), "%02d-%02d-%d" % (dd, m, y),
                     "%d %s %d" % (dd, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), dd, y),
                     "%02d.%02d.%02d" % (dd, m, y % 100), "%d-%02d-%02d" % (y, m, dd)])


def dob_spoken(d):
    y, m, dd = d
    k = R.randrange(3)
    if k == 0:
        return "the %s of %s %s" % (ORD[dd - 1], MONTHS[m - 1], year_words(y))
    if k == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[dd - 1], year_words(y))
    return "%s %s %s" % (spoken_digits("%02d" % dd, False), spoken_digits("%02d" % m, False), year_words(y))


def make_expiry():
    return R.randrange(1, 13), R.randrange(2026, 2032)


def expiry_typed(e):
    m, y = e
    return R.choice(["%02d/%02d" % (m, y % 100), "%d/%02d" % (m, y % 100), "%02d-%d" % (m, y), "%02d / %02d" % (m, y % 100),
                     "%02d%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def expiry_spoken(e):
    m, y = e
    k = R.randrange(3)
    if k == 0:
        return "%s %s" % (spoken_digits("%02d" % m, False), num_words(y % 100))
    if k == 1:
        return "%s twenty %s" % (MONTHS[m - 1], num_words(y % 100))
    return "%s %s" % (spoken_digits("%02d" % m, False), spoken_digits("%02d" % (y % 100), False))


def make_sort():
    return rd(6)


def sort_typed(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:], s[:2] + "." + s[2:4] + "." + s[4:]])


def make_account(us=False):
    return rd(R.choice([10, 11, 12])) if us else rd(8)


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.checks = [], [], []

    def turn(self, speaker, *segs):
        text, ti = "", len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                shown, typ = seg[0], seg[1]
                canon = seg[2] if len(seg) > 2 else None
                grp = seg[3] if len(seg) > 3 else None
                st = len(text)
                text += shown
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                self.checks.append((ti, st, len(text), typ, canon, grp))
        self.turns.append({"speaker": speaker, "text": text})
        return self


CASES = []
GRP = [0]


def ng():
    GRP[0] += 1
    return GRP[0]


def pos(note):
    c = Case("positive", note)
    CASES.append(c)
    return c


def neg(note):
    c = Case("negative", note)
    CASES.append(c)
    return c


def emo():
    return R.choice(["", " 🙂", " 🙏", " 😅", " thx", " !!", " 👍", " :)"])


def typo(s):
    return s


INDU_TYPED = ["webchat/banking", "sms/telecom", "email/utilities", "webchat/retail", "dm/insurance",
              "webchat/travel", "email/healthcare billing", "webchat/government services", "dm/telecom", "sms/banking"]


def ind():
    return R.choice(INDU_TYPED)


# -------- positive templates (typed)
def t_card_oneline():
    d = make_card()
    c = pos(ind() + ": card typed in one message with odd separators")
    c.turn("agent", R.choice(["Please enter the long card number", "Whats the card number pls", "Can you type the full card number for me?"]))
    c.turn("customer", R.choice(["ok its ", "sure: ", "Card no. ", "here u go ", "its "]), (card_typed(d), "CARD_NUMBER", d, ng()), emo())


def t_card_split():
    d = make_card(False)
    g = ng()
    parts = [d[:4], d[4:8], d[8:12], d[12:]]
    c = pos(ind() + ": card split over several chat messages")
    c.turn("agent", "Go ahead with the card number when ready")
    c.turn("customer", (parts[0], "CARD_NUMBER", None, g))
    c.turn("customer", (parts[1], "CARD_NUMBER", None, g))
    c.turn("customer", (parts[2] + " " + parts[3] if R.random() < 0.5 else parts[2], "CARD_NUMBER", None, g), R.choice(["", " sorry phone died", " oops"]))
    if len(c.checks) == 3 and len(norm_spoken(c.turns[-1]["text"].split(" sorry")[0].split(" oops")[0])) < 8:
        c.turn("customer", (parts[3], "CARD_NUMBER", None, g))
    c.checks[-1] = c.checks[-1][:4] + (d, g)


def t_card_cvv_exp():
    d = make_card()
    e = make_expiry()
    cv = rd(4 if len(d) == 15 else 3)
    c = pos(ind() + ": card, expiry and CVV in one message with a price nearby")
    c.turn("agent", "To pay the £%d.%02d balance I need card number, expiry and the 3 digits on the back" % (R.randrange(20, 400), R.randrange(100)))
    c.turn("customer", (card_typed(d), "CARD_NUMBER", d, ng()), R.choice([" exp ", " , expires ", " EXP: ", " valid till "]),
           (expiry_typed(e), "EXPIRY", e, ng()), R.choice([" cvv ", " sec code ", " CVC: ", " and the code on back is "]), (cv, "CVV", cv, ng()), emo())


def t_card_typo_context():
    d = make_card()
    c = pos(ind() + ": typos around card number, copy-paste artefact")
    c.turn("customer", R.choice(["hi i wnat to updte my card details", "helo can u chnage the card on my acount", "Hey, need to swap the paymnet card"]))
    c.turn("agent", "Sure, what is the new card number?")
    c.turn("customer", R.choice(["new one is >> ", "nmber: ", "“", "card# "]), (card_typed(d), "CARD_NUMBER", d, ng()), R.choice(["”", " <<", "", " (new visa)"]))


def t_ssn_typed():
    s = make_ssn()
    c = pos(R.choice(["webchat/healthcare billing", "email/insurance", "webchat/banking", "dm/government services", "sms/banking"]) + ": US SSN typed, various separators")
    c.turn("agent", R.choice(["For verification, can you provide your Social Security number?", "I'll need the SSN on file to proceed", "pls confirm ur social"]))
    c.turn("customer", R.choice(["ssn is ", "Its ", "social: ", "my ss# ", "sure - "]), (ssn_typed(s), "SSN", s, ng()), emo())


def t_ssn_split():
    s = make_ssn()
    g = ng()
    c = pos("webchat/" + R.choice(["banking", "insurance", "healthcare billing"]) + ": SSN split across messages")
    c.turn("agent", "Could you type your SSN please?")
    c.turn("customer", (s[:3], "SSN", None, g))
    c.turn("customer", (s[3:5], "SSN", None, g))
    c.turn("customer", (s[5:], "SSN", s, g), R.choice(["", " that's it", " 🙂"]))


def t_ssn_last_with_dob():
    s = make_ssn()
    dob = make_dob()
    c = pos("email/insurance: SSN and DOB in an email body with a claim number")
    c.turn("customer", "Hello,\nRe claim %d - I'm writing to update my file. My SSN: " % R.randrange(100000, 9999999), (ssn_typed(s), "SSN", s, ng()),
           "\nDate of birth: ", (dob_typed(dob), "DOB", dob, ng()), "\nThanks,\n" + R.choice(FIRST).capitalize())


def t_ni_typed():
    v = make_ni()
    c = pos(R.choice(["webchat/government services", "email/banking", "dm/utilities", "webchat/insurance", "sms/government services"]) + ": UK NI number typed")
    c.turn("agent", R.choice(["What's your National Insurance number?", "can I take ur NI no. please", "Please provide your NINO"]))
    c.turn("customer", R.choice(["its ", "NI: ", "ni number ", "Sure, ", "ok "]), (ni_typed(v), "NI_NUMBER", v, ng()), emo())


def t_ni_split():
    v = make_ni()
    g = ng()
    c = pos("webchat/government services: NI number split over messages with a correction")
    c.turn("agent", "And your national insurance number?")
    c.turn("customer", (v[:2], "NI_NUMBER", None, g), R.choice([" ", " "]), (v[2:5], "NI_NUMBER", None, g))
    c.turn("customer", "wait no")
    c.turn("customer", (v[:2] + " " + v[2:8], "NI_NUMBER", None, g), " ", (v[8], "NI_NUMBER", v, g))


def t_ni_email():
    v = make_ni()
    p = make_postcode() if R.random() < 0.5 else "SW1A 2AB"
    c = pos("email/government services: NI number and postcode in email signature block")
    c.turn("customer", "Dear team,\nPlease find my details below for the benefit review on %d %s.\nNI No: " % (R.randrange(1, 28), R.choice(MONTHS).capitalize()),
           (ni_typed(v), "NI_NUMBER", v, ng()), "\nPostcode: ", (p, "POSTCODE", p, ng()), "\nKind regards")


def t_bank_typed():
    a, s = make_account(), make_sort()
    c = pos(R.choice(["webchat/banking", "email/utilities", "sms/banking", "webchat/insurance"]) + ": UK sort code and account number typed")
    c.turn("agent", "For the direct debit I need your sort code and account number")
    c.turn("customer", R.choice(["sort ", "s/c ", "Sort code: ", "sc "]), (sort_typed(s), "SORT_CODE", s, ng()), R.choice([" acc ", " a/c ", "\nAccount: ", " and acct no "]),
           (a, "BANK_ACCOUNT", a, ng()), emo())


def t_bank_us():
    a = make_account(True)
    c = pos(R.choice(["webchat/banking", "email/retail", "dm/insurance"]) + ": US checking account number with routing word context")
    c.turn("agent", "What's the checking account number you'd like refunds sent to?")
    c.turn("customer", R.choice(["acct ", "checking # ", "it's "]), (a, "BANK_ACCOUNT", a, ng()), R.choice([" at chase", " (wells fargo)", "", " thx"]))


def t_bank_split():
    a, s = make_account(), make_sort()
    c = pos("sms/banking: sort code and account in separate texts")
    c.turn("agent", "Reply with sort code then account number")
    c.turn("customer", (sort_typed(s), "SORT_CODE", s, ng()))
    c.turn("customer", (a, "BANK_ACCOUNT", a, ng()), " is the acc")


def t_iban_typed():
    v = make_iban()
    c = pos(R.choice(["email/travel", "webchat/banking", "email/utilities", "dm/retail"]) + ": IBAN typed for refund")
    c.turn("agent", "Please send the IBAN for the refund of €%d.%02d" % (R.randrange(30, 900), R.randrange(100)))
    c.turn("customer", R.choice(["IBAN: ", "iban ", "here: ", "ok its "]), (iban_typed(v), "IBAN", v, ng()), emo())


def t_phone_typed():
    d, shown = make_phone()
    c = pos(ind() + ": phone number typed for callback")
    c.turn("agent", R.choice(["Best number to call you back on?", "Can I get a contact number", "Whats ur mobile"]))
    c.turn("customer", R.choice(["call me on ", "mob: ", "it's ", "tel ", "📞 "]), (shown, "PHONE", d, ng()), R.choice(["", " after 5pm", " anytime after 3", " thx"]))


def t_email_typed():
    e = make_email()
    c = pos(ind() + ": email address typed")
    c.turn("agent", "What's the email on the account?")
    shown = e if R.random() < 0.6 else e.upper() if R.random() < 0.4 else e.capitalize() if R.random() < 0.5 else e.replace("@", " [at] ").replace(".", " (dot) ")
    c.turn("customer", R.choice(["", "its ", "email: ", "send it to "]), (shown, "EMAIL", e, ng()), R.choice(["", " pls", " 😅", "."]))


def t_email_phone_two():
    e = make_email()
    d, shown = make_phone()
    c = pos(ind() + ": email and phone in one message")
    c.turn("customer", "update my contact details pls - email ", (e, "EMAIL", e, ng()), " and mobile ", (shown, "PHONE", d, ng()))


def t_dob_typed():
    dob = make_dob()
    c = pos(ind() + ": date of birth typed for verification")
    c.turn("agent", R.choice(["Can you confirm your date of birth?", "DOB please?", "For security whats ur date of birth"]))
    c.turn("customer", R.choice(["", "dob ", "born ", "its "]), (dob_typed(dob), "DOB", dob, ng()), emo())


def t_address_typed():
    a = make_address()
    p = make_postcode()
    c = pos(R.choice(["webchat/retail", "email/utilities", "dm/telecom", "webchat/insurance"]) + ": new address and postcode typed")
    c.turn("agent", "What's the new delivery address?")
    c.turn("customer", (address_typed(a), "ADDRESS", a, ng()), R.choice([", ", " ", "\n"]), (R.choice(["Austin, TX ", "Denver CO ", ""]) if p.isdigit() else R.choice(["Leeds ", "Manchester ", "", "Bristol ", "Belfast "])), (p, "POSTCODE", p, ng()))


def t_postcode_typed():
    p = make_postcode()
    c = pos(ind() + ": postcode alone lower case")
    c.turn("agent", "And the postcode / zip?")
    c.turn("customer", ((p.lower() if R.random() < 0.5 else p.replace(" ", "")), "POSTCODE", p, ng()), emo())


# -------- positive templates (spoken)
def cind():
    return "call/" + R.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"])


def t_card_call_split():
    d = make_card(False)
    g = ng()
    c = pos(cind() + ": card read in chunks with back-channels and filler")
    c.turn("agent", "okay whenever you're ready with the long number on the card")
    c.turn("customer", "yeah it's ", (spoken_digits(d[:4]), "CARD_NUMBER", None, g))
    c.turn("agent", R.choice(["mhm", "okay go on", "yep"]))
    c.turn("customer", (spoken_digits(d[4:8]), "CARD_NUMBER", None, g), " um ", (spoken_digits(d[8:12]), "CARD_NUMBER", None, g))
    c.turn("agent", "and the last four")
    c.turn("customer", (spoken_digits(d[12:]), "CARD_NUMBER", d, g))


def t_card_call_one():
    d = make_card()
    cv = rd(4 if len(d) == 15 else 3)
    c = pos(cind() + ": card and security code read in one turn")
    c.turn("agent", "can i take the card number and the three digit code on the back")
    c.turn("customer", "sure it's ", (spoken_digits(d), "CARD_NUMBER", d, ng()), " and the code on the back is ", (spoken_digits(cv, False), "CVV", cv, ng()))


def t_card_readback():
    d = make_card(False)
    e = make_expiry()
    c = pos(cind() + ": agent reads card back, expiry spoken")
    c.turn("customer", "the card is ", (spoken_digits(d), "CARD_NUMBER", d, ng()))
    c.turn("agent", "let me just read that back ", (spoken_digits(d, False), "CARD_NUMBER", d, ng()), " is that right")
    c.turn("customer", "yes that's it expires ", (expiry_spoken(e), "EXPIRY", e, ng()))


def t_ssn_call():
    s = make_ssn()
    c = pos("call/" + R.choice(["healthcare billing", "insurance", "banking", "government services"]) + ": SSN spoken in 3-2-4 groups in one turn")
    c.turn("agent", "and can you verify your social security number")
    g = ng()
    c.turn("customer", "yeah it's ", (spoken_digits(s[:3]), "SSN", None, g), " ", (spoken_digits(s[3:5]), "SSN", None, g), " ", (spoken_digits(s[5:]), "SSN", s, g))


def t_ssn_call_split():
    s = make_ssn()
    g = ng()
    c = pos("call/healthcare billing: SSN over three turns with agent back-channels")
    c.turn("agent", "go ahead with the social")
    c.turn("customer", (spoken_digits(s[:3]), "SSN", None, g))
    c.turn("agent", "okay")
    c.turn("customer", (spoken_digits(s[3:5]), "SSN", None, g))
    c.turn("agent", "mhm")
    c.turn("customer", (spoken_digits(s[5:]), "SSN", s, g), " i think that's right yeah")


def t_ni_call():
    v = make_ni()
    c = pos("call/government services: NI number spelled with phonetic alphabet")
    c.turn("agent", "can i take your national insurance number please")
    c.turn("customer", "yep it's ", (spell_letters(v[:2]) + " " + spoken_digits(v[2:8]) + " " + spell_letters(v[8]), "NI_NUMBER", v, ng()))


def t_ni_call_split():
    v = make_ni()
    g = ng()
    c = pos("call/" + R.choice(["banking", "utilities", "insurance"]) + ": NI number split across turns")
    c.turn("agent", "and your national insurance")
    c.turn("customer", "er ", (spell_letters(v[:2], 0.7), "NI_NUMBER", None, g))
    c.turn("agent", "okay")
    c.turn("customer", (spoken_digits(v[2:8]), "NI_NUMBER", None, g), " and then ", (spell_letters(v[8], 0.7), "NI_NUMBER", v, g))


def t_bank_call():
    a, s = make_account(), make_sort()
    c = pos("call/" + R.choice(["banking", "utilities", "insurance", "telecom"]) + ": sort code and account spoken")
    c.turn("agent", "what's the sort code")
    c.turn("customer", (spoken_digits(s), "SORT_CODE", s, ng()))
    c.turn("agent", "and the account number")
    c.turn("customer", "it's ", (spoken_digits(a), "BANK_ACCOUNT", a, ng()))


def t_iban_call():
    v = make_iban()
    c = pos("call/" + R.choice(["travel", "banking", "utilities"]) + ": IBAN read out (Ireland/EU)")
    c.turn("agent", "could you read me the iban")
    c.turn("customer", "okay it's ", (spell_letters(v[:2], 0.3) + " " + spoken_digits(v[2:4], False) + " " + spell_letters(v[4:], 0.1), "IBAN", v, ng()))


def t_phone_call():
    d, _ = make_phone()
    c = pos(cind() + ": phone number spoken with doubles")
    c.turn("agent", "best number to reach you on")
    c.turn("customer", "it's ", (spoken_digits(d), "PHONE", d, ng()), R.choice(["", " that's my mobile", " after six is best"]))


def t_email_call():
    e = make_email()
    c = pos(cind() + ": email spoken as words")
    c.turn("agent", "and what's your email address")
    c.turn("customer", "it's ", (email_spoken(e), "EMAIL", e, ng()))


def t_dob_call():
    dob = make_dob()
    c = pos(cind() + ": DOB spoken")
    c.turn("agent", "can you confirm your date of birth for me")
    c.turn("customer", "yeah ", (dob_spoken(dob), "DOB", dob, ng()))


def t_address_call():
    a = make_address()
    p = make_postcode()
    c = pos(cind() + ": street address and postcode spoken")
    c.turn("agent", "can i take the first line of the address and the postcode")
    c.turn("customer", (address_spoken(a), "ADDRESS", a, ng()), " and the postcode is ", (postcode_spoken(p), "POSTCODE", p, ng()))


POS_T = [(t_card_oneline, 14), (t_card_split, 6), (t_card_cvv_exp, 10), (t_card_typo_context, 5), (t_ssn_typed, 14),
         (t_ssn_split, 4), (t_ssn_last_with_dob, 5), (t_ni_typed, 14), (t_ni_split, 4), (t_ni_email, 6), (t_bank_typed, 8),
         (t_bank_us, 4), (t_bank_split, 4), (t_iban_typed, 10), (t_phone_typed, 8), (t_email_typed, 7), (t_email_phone_two, 5),
         (t_dob_typed, 6), (t_address_typed, 8), (t_postcode_typed, 4),
         (t_card_call_split, 4), (t_card_call_one, 5), (t_card_readback, 3), (t_ssn_call, 4), (t_ssn_call_split, 3),
         (t_ni_call, 5), (t_ni_call_split, 4), (t_bank_call, 5), (t_iban_call, 4), (t_phone_call, 5), (t_email_call, 4),
         (t_dob_call, 5), (t_address_call, 6)]


# -------- negatives
def n_amount():
    c = neg(ind() + ": money amounts and balance")
    c.turn("customer", "why is my bill £%d.%02d this month, last month it was £%d.%02d" % (R.randrange(40, 300), R.randrange(100), R.randrange(20, 200), R.randrange(100)))
    c.turn("agent", "Your balance is $%d,%03d.%02d and the minimum payment of $%d is due on %d %s" % (R.randrange(1, 9), R.randrange(1000), R.randrange(100), R.randrange(25, 90), R.randrange(1, 28), R.choice(MONTHS).capitalize()))


def n_order():
    c = neg(ind() + ": order/ticket numbers with their reference word")
    c.turn("customer", "order #%d still hasnt arrived, ticket ref %d" % (R.randrange(10 ** 6, 10 ** 9), R.randrange(10 ** 5, 10 ** 8)))
    c.turn("agent", "Thanks, I've linked case number %d to order %d" % (R.randrange(10 ** 6, 10 ** 8), R.randrange(10 ** 6, 10 ** 9)))


def n_flight():
    c = neg("webchat/travel: flight, seat, times and durations")
    c.turn("customer", "my flight %s%d at %02d:%02d got delayed %d hours, seat %d%s" % (R.choice(["EI", "FR", "BA", "UA", "LH"]), R.randrange(100, 9999), R.randrange(24), R.randrange(60), R.randrange(2, 9), R.randrange(1, 40), R.choice("ABCDEF")))
    c.turn("agent", "Sorry about that. Booking reference %s%d is rebooked on the %02d:%02d departure, gate %d" % (R.choice(["XK", "QP", "LM"]), R.randrange(1000, 9999), R.randrange(24), R.randrange(60), R.randrange(1, 60)))


def n_meter():
    c = neg("sms/utilities: meter readings and usage")
    c.turn("customer", "meter reading today %05d, night rate %05d" % (R.randrange(10 ** 5), R.randrange(10 ** 5)))
    c.turn("agent", "Thanks! That's %d kWh over %d days, roughly %d%% less than last year" % (R.randrange(200, 2000), R.randrange(28, 92), R.randrange(2, 40)))


def n_appt():
    c = neg("webchat/healthcare billing: appointment dates and invoice")
    c.turn("customer", "i had an appointment on %02d/%02d/%d and got invoice %d for $%d" % (R.randrange(1, 28), R.randrange(1, 13), R.randrange(2023, 2027), R.randrange(10000, 9999999), R.randrange(50, 900)))
    c.turn("agent", "I see it. Insurance covered %d%%, remaining $%d.%02d due by %s %d" % (R.randrange(50, 95), R.randrange(10, 200), R.randrange(100), R.choice(MONTHS).capitalize(), R.randrange(1, 28)))


def n_model():
    c = neg("dm/retail: model numbers, quantities, prices")
    c.turn("customer", "is the %s-%d in stock? need %d of them" % (R.choice(["XR", "TV", "KX", "SM"]), R.randrange(100, 9999), R.randrange(2, 12)))
    c.turn("agent", "Yes! %d units left at €%d.99 each, delivery %d-%d working days" % (R.randrange(3, 80), R.randrange(10, 999), R.randrange(1, 3), R.randrange(3, 7)))


def n_contract():
    c = neg("email/telecom: contract start date, speeds, data")
    c.turn("customer", "Hi,\nMy contract started %d %s %d and I was promised %d Mbps but I'm getting %d. I've used %dGB this month.\nThanks" % (R.randrange(1, 28), R.choice(MONTHS).capitalize(), R.randrange(2019, 2026), R.choice([100, 300, 500, 900]), R.randrange(5, 90), R.randrange(2, 200)))


def n_age_temp():
    c = neg("webchat/insurance: ages, years, temperatures")
    c.turn("customer", "my son is %d and my daughter %d, we've been with you since %d" % (R.randrange(2, 17), R.randrange(2, 17), R.randrange(1998, 2022)))
    c.turn("agent", "Thanks, that's %d years of loyalty! Your boiler cover renews at %d%% off" % (R.randrange(2, 25), R.randrange(5, 30)))
    c.turn("customer", "also the boiler only heats to %d degrees lol" % R.randrange(30, 60))


def n_call_amounts():
    c = neg("call/banking: spoken amounts and dates that are not PII")
    c.turn("customer", "yeah i paid %s pounds on the %s of %s" % (num_words(R.randrange(20, 999)), ORD[R.randrange(28)], R.choice(MONTHS)))
    c.turn("agent", "okay i can see a payment of %s pounds %s that went out at %s thirty" % (num_words(R.randrange(20, 99)), num_words(R.randrange(10, 99)), num_words(R.randrange(1, 12))))


def n_call_ref():
    c = neg("call/insurance: claim reference spoken with its reference word")
    c.turn("agent", "do you have your claim reference")
    c.turn("customer", "yeah the claim reference is c l %s" % spoken_digits(rd(6)))
    c.turn("agent", "thank you and that was for the incident in %s" % year_words(R.randrange(2020, 2026)))


def n_room():
    c = neg("webchat/travel: room number, nights, check-in time")
    c.turn("customer", "we're in room %d for %d nights, checkin was %dpm" % (R.randrange(100, 999), R.randrange(2, 9), R.randrange(1, 6)))
    c.turn("agent", "Late checkout until %d:%02d is available for £%d" % (R.randrange(11, 15), R.choice([0, 30]), R.randrange(15, 60)))


def n_tracking():
    c = neg("sms/retail: parcel tracking and counts")
    c.turn("agent", "Your parcel (order %d) is out for delivery between %d:00 and %d:00. %d items." % (R.randrange(10 ** 6, 10 ** 9), R.randrange(7, 12), R.randrange(12, 18), R.randrange(1, 6)))
    c.turn("customer", "ok ta, will it need a signature? i'm out til %d" % R.randrange(1, 7))


def n_gov():
    c = neg("webchat/government services: application reference and processing times")
    c.turn("customer", "application ref %d submitted %d weeks ago, still nothing" % (R.randrange(10 ** 7, 10 ** 9), R.randrange(2, 12)))
    c.turn("agent", "Current processing time is %d working days; %d%% are done within %d" % (R.randrange(10, 60), R.randrange(70, 99), R.randrange(20, 90)))


def n_call_times():
    c = neg("call/telecom: durations and counts spoken")
    c.turn("customer", "i've been on hold for like %s minutes and this is my %s time calling" % (num_words(R.randrange(10, 59)), R.choice(["third", "fourth", "fifth"])))
    c.turn("agent", "i'm sorry about that i can add %s gigabytes for free for %s months" % (num_words(R.randrange(5, 50)), num_words(R.randrange(2, 12))))


NEG_T = [(n_amount, 9), (n_order, 9), (n_flight, 7), (n_meter, 7), (n_appt, 8), (n_model, 7), (n_contract, 7),
         (n_age_temp, 7), (n_call_amounts, 8), (n_call_ref, 6), (n_room, 6), (n_tracking, 7), (n_gov, 7), (n_call_times, 7)]


def build():
    CASES.clear()
    GRP[0] = 0
    R.seed(SEED)
    plan = []
    for f, n in POS_T:
        plan += [f] * n
    R.shuffle(plan)
    for f in plan:
        f()
    nplan = []
    for f, n in NEG_T:
        nplan += [f] * n
    R.shuffle(nplan)
    for f in nplan:
        f()
    lines, pi, ni = [], 0, 0
    for c in CASES:
        if c.kind == "positive":
            pi += 1
            cid = "h195-pos-%03d" % pi
        else:
            ni += 1
            cid = "h195-neg-%03d" % ni
        c.id = cid
        lines.append(json.dumps({"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- validation
def validate_value(typ, text, canon):
    n = norm_spoken(text)
    digits = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return 13 <= len(digits) <= 19 and luhn_ok(digits) and (canon is None or digits == canon)
    if typ == "CVV":
        return len(digits) in (3, 4) and digits == canon
    if typ == "EXPIRY":
        m, y = canon
        return 1 <= m <= 12 and (str(y % 100) in digits or MONTHS[m - 1][:3].upper() in n)
    if typ == "SSN":
        return len(digits) == 9 and digits == canon
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None and n == canon
    if typ == "BANK_ACCOUNT":
        return 8 <= len(digits) <= 12 and digits == canon
    if typ == "SORT_CODE":
        return len(digits) == 6 and digits == canon
    if typ == "IBAN":
        return iban_ok(n) and n == canon
    if typ == "PHONE":
        return 10 <= len(canon) <= 11 and canon[-7:] in digits
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", canon) is not None and ("@" in text or re.search(r"\bat\b", text) is not None)
    if typ == "DOB":
        y, m, d = canon
        return str(y % 100).zfill(2) in digits or "NINETEEN" in n or "TWENTY" in n or "THOUSAND" in n
    if typ == "POSTCODE":
        return pc_ok(canon) and (pc_ok(n) or digits == canon.replace(" ", "") or n == canon.replace(" ", ""))
    if typ == "ADDRESS":
        return any(w in text.lower() for w in ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "terrace", "court", " st", " rd", " ave", " ln", " dr"])
    return False


def check(content):
    problems = []
    ids = set()
    for ln, line in enumerate(content.splitlines(), 1):
        o = json.loads(line)
        if o["id"] in ids:
            problems.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            problems.append(o["id"] + ": negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            problems.append(o["id"] + ": positive without spans")
        byturn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                problems.append(o["id"] + ": bad type")
            t = o["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(o["id"] + ": offsets out of range")
                continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append("%s: span not on word boundary %r" % (o["id"], t[s["start"]:s["end"]]))
            if t[s["start"]].isspace() or t[s["end"] - 1].isspace():
                problems.append(o["id"] + ": span has edge whitespace")
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for v in byturn.values():
            v.sort()
            for a, b in zip(v, v[1:]):
                if a[1] > b[0]:
                    problems.append(o["id"] + ": overlapping spans")
    # value checks with generator metadata
    for c in CASES:
        groups = {}
        for (ti, st, en, typ, canon, grp) in c.checks:
            txt = c.turns[ti]["text"][st:en]
            if grp is not None and (canon is None or typ in ("CARD_NUMBER", "SSN", "NI_NUMBER")):
                g = groups.setdefault(grp, [typ, [], None])
                g[1].append(txt)
                if canon is not None:
                    g[2] = canon
                continue
            if not validate_value(typ, txt, canon):
                problems.append("%s: invalid %s value %r" % (c.id, typ, txt))
        for grp, (typ, texts, canon) in groups.items():
            joined = " ".join(texts)
            if len(texts) > 1 and typ == "NI_NUMBER":
                # corrections repeat parts; the reading must end with the full value
                full = norm_spoken(joined)
                ok = full.endswith(canon) and validate_value(typ, canon, canon)
            elif typ == "CARD_NUMBER" and len(texts) > 1:
                ok = luhn_ok(re.sub(r"\D", "", norm_spoken(joined))) and re.sub(r"\D", "", norm_spoken(joined)) == canon
            else:
                ok = validate_value(typ, joined, canon)
            if not ok:
                problems.append("%s: invalid grouped %s %r" % (c.id, typ, joined))
    return problems


def summary(content):
    cnt, kinds = Counter(), Counter()
    for line in content.splitlines():
        o = json.loads(line)
        kinds[o["kind"]] += 1
        for s in o["spans"]:
            cnt[s["type"]] += 1
    return cnt, kinds


def readme(cnt, kinds):
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII held-out set h195

**Never use this set for tuning.** It exists only to measure the redactor on data it was not built against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its documentation or other evaluation sets; the only data looked at was a
three-line example of the JSONL format. Cases are generated by `scripts/make_pii_holdout195.py`
from template functions; each turn is assembled from plain-text segments and (value, TYPE)
segments so span offsets are computed, never typed by hand. All values come from one seeded
`random.Random(%d)`; the output is byte-for-byte reproducible. `--check` regenerates the file,
verifies it is identical, ids are unique, offsets in range and on word boundaries, spans do not
overlap, and validates values after normalising spoken forms (Luhn, mod-97, NI format, digit counts,
postcode shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies, social DMs) with messy typing
(separators such as `-`, `.`, `/`, double spaces, mixed case, emojis, quotes and `>>` copy-paste
artefacts, values split across several messages, corrections), and one third ASR-style phone
transcripts (lower case, numbers as words, oh/o/nought/zero, double/triple, pairs like "forty one",
phonetic spelling "b for bravo", e-mails as "dot"/"at").

## Annotation conventions

* A span covers the value only: the digits/letters and the separators between them, plus within-value
  filler words for spoken readings (e.g. "double", "for bravo"). Lead-in words ("its", "card no.",
  "exp", "ssn is") and trailing chit-chat are outside the span.
* A value split over several turns (or interrupted inside one turn by "um" / "and then") gets one span
  per fragment, all with the same type.
* Agent read-backs of a value are labelled too.
* EXPIRY covers the month and year; DOB covers the full date as written/spoken; ADDRESS covers the
  street line (house/flat number, street name, street type), not the town; POSTCODE is separate.
* PHONE includes the country prefix (+44, +1, +353, +31) and parentheses when typed.
* Negatives contain money, prices, balances, times, durations, counts, percentages, years, ages,
  temperatures, speeds, non-birth dates, order/ticket/claim/invoice/application/booking references
  (with their reference word), flight, room, seat and model numbers, meter readings. They have no spans;
  any redaction in them is a failure.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def main():
    content = build()
    cnt, kinds = summary(content)
    problems = check(content)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append("too few cases %s" % dict(kinds))
    rd_text = readme(cnt, kinds)
    if "--check" in sys.argv:
        for path, want in ((OUT, content), (README, rd_text)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError:
                have = None
            if have != want:
                problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(content)
        with open(README, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(rd_text)
    print("cases: %d positive, %d negative" % (kinds["positive"], kinds["negative"]))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if problems:
        print("PROBLEMS (%d):" % len(problems))
        for p in problems[:60]:
            print("  " + p)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h188 (US-heavy).

Usage:
    python scripts/make_pii_holdout188.py          # write fixture + README
    python scripts/make_pii_holdout188.py --check  # regenerate, compare, validate

Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import re
import sys
import random

SEED = 188241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout188")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
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
        "x": "xray", "y": "yankee", "z": "zulu", "o": "oscar"}
FILL = ["um", "uh", "erm"]


# ---------------------------------------------------------------- value makers
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


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    pre, ln = {"visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16), "amex": (R.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13)}[kind]
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in range(10):
        if luhn_ok(body + str(c)):
            return body + str(c)


def make_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_PRE = ["AB", "CE", "JK", "NP", "SR", "TW", "WL", "YH", "KM", "PE", "RN", "HS", "EX", "LZ", "MA", "ZB"]


def make_ni():
    return R.choice(NI_PRE) + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_make(cc, bban):
    conv = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def dg(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "GB"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "FR":
        bban = dg(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + dg(2)
    else:
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    return iban_make(cc, bban)


def make_us_phone():
    return str(R.choice([201, 212, 305, 312, 404, 415, 503, 512, 602, 614, 702, 713, 817, 919, 972])) + \
        str(R.randint(2, 9)) + dg(2) + dg(4)


STREETS = ["maple", "oak", "cedar", "elm", "pine", "washington", "lincoln", "jefferson", "lakeview",
           "sunset", "highland", "willow", "chestnut", "madison", "franklin", "park", "ridge", "birch"]
STYPES = ["street", "avenue", "road", "drive", "lane", "court", "boulevard", "way", "place"]
STYPE_AB = {"street": "St", "avenue": "Ave", "road": "Rd", "drive": "Dr", "lane": "Ln", "court": "Ct",
            "boulevard": "Blvd", "way": "Way", "place": "Pl"}
CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Phoenix", "AZ"), ("Denver", "CO"), ("Tampa", "FL"),
          ("Raleigh", "NC"), ("Portland", "OR"), ("Atlanta", "GA"), ("Chicago", "IL"), ("Boise", "ID")]
UK_PC = ["SW1A 2BN", "M14 6PL", "LS6 3EZ", "B15 2TT", "EH3 9QG", "CF10 1EP", "BS8 4RT", "NE2 4AB",
         "G12 8QQ", "L17 7DN", "OX4 1XJ", "N7 6RJ", "BT9 5AG", "CB2 1TN"]


# ---------------------------------------------------------------- speech
def speak_digits(d, zero=None, pairs=0.25, doubles=0.5):
    """Speak a digit string as an ASR would write it. Normalises back to d."""
    out = []
    i = 0
    z = zero or R.choice(["oh", "zero", "oh", "o"])
    while i < len(d):
        c = d[i]
        if i + 2 < len(d) and d[i] == d[i + 1] == d[i + 2] and R.random() < doubles:
            out.append("triple " + (z if c == "0" else DW[int(c)]))
            i += 3
            continue
        if i + 1 < len(d) and d[i] == d[i + 1] and R.random() < doubles:
            out.append("double " + (z if c == "0" else DW[int(c)]))
            i += 2
            continue
        if i + 1 < len(d) and c != "0" and R.random() < pairs and not (d[i + 1] == "0" and i + 2 < len(d)):
            n = int(d[i:i + 2])
            if n < 20:
                out.append(TEENS[n - 10])
            elif n % 10 == 0:
                out.append(TENS[n // 10])
            else:
                out.append(TENS[n // 10] + " " + DW[n % 10])
            i += 2
            continue
        out.append(z if c == "0" else DW[int(c)])
        i += 1
    return " ".join(out)


def speak_year(y):
    a, b = divmod(y, 100)
    if y >= 2000 and y < 2010:
        return "two thousand " + DW[b] if b else "two thousand"
    s1 = TEENS[a - 10] if a < 20 else TENS[a // 10] + (" " + DW[a % 10] if a % 10 else "")
    if b == 0:
        return s1 + " hundred"
    if b < 10:
        return s1 + " oh " + DW[b]
    s2 = TEENS[b - 10] if b < 20 else TENS[b // 10] + (" " + DW[b % 10] if b % 10 else "")
    return s1 + " " + s2


def speak_num2(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + (" " + DW[n % 10] if n % 10 else "")


def speak_letters(s, nato=0.3):
    out = []
    for ch in s.lower():
        if ch.isdigit():
            out.append(DW[int(ch)] if ch != "0" else R.choice(["zero", "oh"]))
        elif ch in NATO and (R.random() < nato or ch == "o"):
            out.append("%s for %s" % (ch, NATO[ch]))
        else:
            out.append(ch)
    return " ".join(out)


WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: i for i, w in enumerate(TENS) if w}
DROP = {"um", "uh", "erm", "dash", "hyphen", "space", "slash", "and", "like", "yeah", "ok", "okay"}


def norm_spoken(text, keep_letters=False):
    """Map spoken/typed forms to a compact digit (and letter) string."""
    t = text.lower().replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    t = t.replace("(", " ").replace(")", " ").replace("+", " ")
    t = re.sub(r"\b([a-z]) for [a-z\-]+\b", lambda m: m.group(1).upper(), t)
    toks = t.split()
    out = []
    mult = 1
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in DROP:
            i += 1
            continue
        if w == "double":
            mult = 2
            i += 1
            continue
        if w == "triple":
            mult = 3
            i += 1
            continue
        if w in TENS2D:
            v = TENS2D[w]
            if i + 1 < len(toks) and toks[i + 1] in DW[1:]:
                out.append(str(v) + WORD2D[toks[i + 1]])
                i += 2
            else:
                out.append(str(v) + "0")
                i += 1
            continue
        if w in TEEN2D:
            out.append(TEEN2D[w])
            i += 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if w == "thousand":
            out.append("000")
            i += 1
            continue
        if w in WORD2D and not (keep_letters and w == "o" and False):
            out.append(WORD2D[w] * mult)
            mult = 1
            i += 1
            continue
        out.append(w * mult if len(w) == 1 else w)
        mult = 1
        i += 1
    return "".join(out).lower()


def norm_email(text):
    out, run = [], []
    for w in text.lower().split():
        if w in WORD2D or w in TEEN2D or w in TENS2D or w in ("double", "triple"):
            run.append(w)
            continue
        if run:
            out.append(norm_spoken(" ".join(run)))
            run = []
        out.append({"dot": ".", "at": "@", "underscore": "_"}.get(w, w))
    if run:
        out.append(norm_spoken(" ".join(run)))
    return "".join(out)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = []  # (type, raw, [span idx])

    def turn(self, speaker, *segs):
        """segs: str or (text, TYPE, group_key)."""
        ti = len(self.turns)
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                val, typ, g = s
                st = len(text)
                text += val
                self.spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                g[2].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def group(self, typ, raw):
        g = (typ, raw, [])
        self.groups.append(g)
        return g

    def v(self, text, typ, raw=None, g=None):
        if g is None:
            g = self.group(typ, raw)
        return (text, typ, g)


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- per-type renderers
def fmt_card(d, chat):
    if chat:
        if len(d) == 15:
            sep = pick(" ", "-", "")
            return sep.join([d[:4], d[4:10], d[10:]])
        st = R.random()
        if st < 0.45:
            return " ".join(d[i:i + 4] for i in range(0, len(d), 4))
        if st < 0.7:
            return "-".join(d[i:i + 4] for i in range(0, len(d), 4))
        return d
    return speak_digits(d)


def fmt_ssn(d, chat):
    if chat:
        return pick(d[:3] + "-" + d[3:5] + "-" + d[5:], d[:3] + " " + d[3:5] + " " + d[5:], d,
                    d[:3] + "." + d[3:5] + "." + d[5:], d[:3] + "-" + d[3:5] + "-" + d[5:])
    st = R.random()
    if st < 0.35:
        return " ".join([speak_digits(d[:3], pairs=0), speak_digits(d[3:5], pairs=0.8), speak_digits(d[5:], pairs=0.5)])
    if st < 0.55:
        return " dash ".join([speak_digits(d[:3], pairs=0), speak_digits(d[3:5], pairs=0), speak_digits(d[5:], pairs=0)])
    return speak_digits(d)


def fmt_ni(s, chat):
    if chat:
        st = R.random()
        if st < 0.4:
            return "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
        if st < 0.7:
            return s.lower() if R.random() < 0.4 else s
        return s[:2] + "-" + s[2:8] + "-" + s[8]
    return " ".join([speak_letters(s[:2]), speak_digits(s[2:8], pairs=0.4), speak_letters(s[8])])


def fmt_phone_us(d, chat):
    if chat:
        return pick("(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                    "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:]),
                    d, "1-%s-%s-%s" % (d[:3], d[3:6], d[6:]))
    return speak_digits(d[:3], pairs=0) + " " + speak_digits(d[3:6], pairs=0) + " " + speak_digits(d[6:])


def make_email(chat):
    first = pick("john", "maria", "dwayne", "keisha", "tom", "priya", "luis", "amy", "brandon", "sarah", "aoife", "liam")
    last = pick("smith", "garcia", "johnson", "nguyen", "oconnor", "patel", "walker", "brooks", "murphy", "kowalski")
    dom = pick("gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "aol.com", "comcast.net", "icloud.com", "att.net")
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    sep = pick(".", "_", "")
    local = pick(first + sep + last, first[0] + sep + last, last + first[0]) + num
    raw = local + "@" + dom
    if chat:
        return (raw.upper() if R.random() < 0.1 else raw), raw
    sp = local.replace(".", " dot ").replace("_", " underscore ")
    if num:
        sp = sp[: -len(num)] + " " + speak_num2(int(num)) if int(num) < 100 else sp
    sp = sp + " at " + dom.replace(".", " dot ")
    return sp, raw


def fmt_dob(chat):
    y, m, d = R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)
    raw = (y, m, d)
    if chat:
        return pick("%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                    "%d-%02d-%02d" % (y, m, d), "%d/%d/%02d" % (m, d, y % 100),
                    "%s %d %d" % (MONTHS[m - 1][:3].title(), d, y)), raw
    st = R.random()
    if st < 0.5:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], speak_year(y)), raw
    if st < 0.75:
        return "%s %s %s" % (speak_digits("%02d" % m, pairs=0), speak_num2(d), speak_num2(y % 100) if y % 100 >= 10 else "oh " + DW[y % 100]), raw
    return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], speak_year(y)), raw


def fmt_expiry(chat):
    m, y = R.randint(1, 12), R.randint(26, 32)
    if chat:
        return pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%02d" % (m, y),
                    "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y)), (m, y)
    return pick("%s %s" % (speak_digits("%02d" % m, pairs=0), speak_num2(y)),
                "%s twenty %s" % (MONTHS[m - 1], speak_num2(y)),
                "%s %s" % (MONTHS[m - 1], speak_num2(y)),
                "%s slash %s" % (speak_num2(m), speak_num2(y))), (m, y)


def fmt_zip(chat):
    z = "%05d" % R.randint(1001, 99950)
    plus = dg(4) if R.random() < 0.35 else ""
    raw = z + plus
    if chat:
        return (z + "-" + plus if plus else z), raw
    return (speak_digits(z, pairs=0.15) + (" dash " + speak_digits(plus) if plus else "")), raw


def fmt_ukpc(chat):
    p = R.choice(UK_PC)
    raw = p.replace(" ", "")
    if chat:
        return pick(p, p.lower(), raw), raw
    return speak_letters(p, nato=0.35), raw


def make_address(chat):
    n = R.randint(3, 9899)
    st, ty = R.choice(STREETS), R.choice(STYPES)
    unit = ""
    if R.random() < 0.25:
        unit = pick(" apt %d" % R.randint(2, 40), " unit %d" % R.randint(2, 20), " apartment %d" % R.randint(2, 9))
    pre = pick("", "north ", "south ", "") if R.random() < 0.3 else ""
    if chat:
        nm = (pre + st).title()
        t = nm + " " + (STYPE_AB[ty] if R.random() < 0.5 else ty.title())
        return "%d %s%s" % (n, t, unit.replace("apt", "Apt")), n
    if n >= 1000 and n % 1000 >= 10 and R.random() < 0.6:
        ns = speak_num2(n // 100) + " " + speak_num2(n % 100) if n % 100 >= 10 else speak_digits(str(n))
    else:
        ns = speak_digits(str(n), pairs=0.5)
    unit = re.sub(r"\d+", lambda m: speak_num2(int(m.group(0))), unit)
    return "%s %s%s %s%s" % (ns, pre, st, ty, unit), n


# ---------------------------------------------------------------- positives
IND_US = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]


def note(chat, ind, what):
    return "%s/%s: %s" % ("chat" if chat else "call", ind, what)


def gen_single(typ, chat, ind):
    """Return (value_text, raw, what)."""
    if typ == "CARD_NUMBER":
        d = make_card()
        return fmt_card(d, chat), d
    if typ == "SSN":
        d = make_ssn()
        return fmt_ssn(d, chat), d
    if typ == "NI_NUMBER":
        s = make_ni()
        return fmt_ni(s, chat), s
    if typ == "PHONE":
        if R.random() < 0.75:
            d = make_us_phone()
            return fmt_phone_us(d, chat), d
        d = pick("7" + dg(9), "87" + dg(7), "20" + dg(8))
        if d.startswith("7"):
            if chat:
                return pick("07%s %s" % (d[1:4], d[4:]) if False else "0" + d[:4] + " " + d[4:], "+44 " + d[:4] + " " + d[4:]), d
            return pick("oh ", "zero ") + speak_digits(d), "0" + d
        if d.startswith("87"):
            if chat:
                return "0%s %s %s" % (d[:2], d[2:5], d[5:]), "0" + d
            return "oh " + speak_digits(d), "0" + d
        if chat:
            return "+44 20 %s %s" % (d[2:6], d[6:]), "44" + d
        return "oh " + speak_digits(d), "0" + d
    if typ == "EMAIL":
        return make_email(chat)
    if typ == "DOB":
        return fmt_dob(chat)
    if typ == "EXPIRY":
        return fmt_expiry(chat)
    if typ == "CVV":
        d = dg(R.choice([3, 3, 3, 4]))
        return (d if chat else speak_digits(d, pairs=0.3)), d
    if typ == "POSTCODE":
        return fmt_zip(chat) if R.random() < 0.7 else fmt_ukpc(chat)
    if typ == "ADDRESS":
        return make_address(chat)
    if typ == "BANK_ACCOUNT":
        d = dg(R.choice([8, 8, 9, 10, 11, 12]))
        if d[0] == "0":
            d = "3" + d[1:]
        return (d if chat else speak_digits(d)), d
    if typ == "SORT_CODE":
        d = "%02d%s" % (R.randint(10, 99), dg(4))
        if chat:
            return pick(d[:2] + "-" + d[2:4] + "-" + d[4:], d[:2] + " " + d[2:4] + " " + d[4:], d), d
        return pick(" ".join(speak_num2(int(d[i:i + 2])) if d[i] != "0" else speak_digits(d[i:i + 2]) for i in (0, 2, 4)),
                    speak_digits(d)), d
    if typ == "IBAN":
        s = make_iban()
        if chat:
            return pick(" ".join(s[i:i + 4] for i in range(0, len(s), 4)), s, s.lower()), s
        return speak_letters(s, nato=0.15), s
    raise ValueError(typ)


ASK = {
    "CARD_NUMBER": ["what's the long number on the card", "go ahead with the card number", "can i get the sixteen digit number on the front",
                    "and the card number please"],
    "SSN": ["can you verify your social security number", "i'll need the social to pull up the account",
            "what's your ssn please", "can i get your full social"],
    "NI_NUMBER": ["can i take your national insurance number", "what's your n i number please", "and your national insurance number"],
    "PHONE": ["what's the best number to reach you", "can i get a callback number", "what phone number is on the account"],
    "EMAIL": ["what email should we send the confirmation to", "can you spell the email address on file", "what's your email"],
    "DOB": ["can you confirm your date of birth", "and your birthday please", "what's the date of birth on the policy"],
    "EXPIRY": ["and the expiration date", "when does the card expire", "what's the expiry on that card"],
    "CVV": ["and the three digit code on the back", "what's the security code", "and the cvv please"],
    "POSTCODE": ["what's the zip code on the account", "can i get the billing zip", "and the postcode please"],
    "ADDRESS": ["what's the service address", "can you confirm the street address", "what's the billing address"],
    "BANK_ACCOUNT": ["what's the account number", "and the checking account number", "can i get the account number for the direct debit"],
    "SORT_CODE": ["and the sort code", "what's the sort code on that account", "can i have the sort code please"],
    "IBAN": ["can you give me the iban for the refund", "what's the iban", "and the full iban please"],
}
CHAT_PRE = {
    "CARD_NUMBER": ["card number is ", "pls charge ", "my card: ", "use this one ", "Card # "],
    "SSN": ["my ssn is ", "SSN: ", "social is ", "here's my social security number ", "ss# "],
    "NI_NUMBER": ["my NI number is ", "NINO: ", "national insurance no. ", "ni num "],
    "PHONE": ["you can reach me at ", "my cell is ", "phone: ", "call me back on ", "best # is "],
    "EMAIL": ["my email is ", "email: ", "send it to ", "pls use "],
    "DOB": ["my dob is ", "DOB: ", "i was born ", "date of birth "],
    "EXPIRY": ["exp ", "expires ", "expiry date ", "exp date: "],
    "CVV": ["cvv ", "security code is ", "the 3 digits on back are ", "cvc: "],
    "POSTCODE": ["zip is ", "billing zip ", "postcode ", "zip code: "],
    "ADDRESS": ["i live at ", "service address is ", "ship to ", "my address is "],
    "BANK_ACCOUNT": ["acct number ", "checking acct # ", "account no ", "my account is "],
    "SORT_CODE": ["sort code ", "s/c ", "sort code is "],
    "IBAN": ["IBAN: ", "my iban is ", "refund to iban "],
}
CHAT_POST = [" thanks", "", " ty", ". is that enough?", " (that's the one on file)", "", ", when will it go through", " - thx"]
CALL_PRE = ["yeah it's ", "sure it's ", "okay um ", "", "it is ", "yep ", "so that's ", "uh let me see ", "right it's "]
CALL_POST = ["", "", " yeah", " i think", " okay", " that's it"]
NONPII_PREFIX = ["i'm paying the $84.16 balance. ", "order #10448291 btw. ", "it's been 3 weeks already. ",
                 "the bill went up 12% this month. ", "I called at 2:45pm yesterday. ", ""]


def pos_single(typ, chat, ind):
    c = Case("positive", "")
    val, raw = gen_single(typ, chat, ind)
    if chat:
        pre = R.choice(NONPII_PREFIX) if R.random() < 0.3 else ""
        c.turn("agent", pick("Hi there! How can I help today?", "Thanks for contacting us. Can I verify a few details?",
                             "Sure, I can help with that. " + R.choice(ASK[typ]).capitalize() + "?"))
        c.turn("customer", pre + R.choice(CHAT_PRE[typ]), c.v(val, typ, raw), R.choice(CHAT_POST))
        c.note = note(True, ind, "%s typed in a message" % typ.lower())
    else:
        c.turn("agent", "okay " + R.choice(ASK[typ]))
        pre = R.choice(CALL_PRE)
        c.turn("customer", pre, c.v(val, typ, raw), R.choice(CALL_POST))
        c.note = note(False, ind, "%s spoken in one turn (ASR words)" % typ.lower())
    return c


def split_chunks(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return [x for x in out if x]


def pos_split(typ, ind):
    c = Case("positive", "")
    if typ == "CARD_NUMBER":
        d = make_card()
        sizes = [4, 6, 5] if len(d) == 15 else pick([4, 4, 4, 4], [4, 4, 8], [8, 8], [6, 6, 4])
    elif typ == "SSN":
        d = make_ssn()
        sizes = pick([3, 2, 4], [3, 6], [5, 4])
    elif typ == "PHONE":
        d = make_us_phone()
        sizes = pick([3, 3, 4], [3, 7], [6, 4])
    elif typ == "BANK_ACCOUNT":
        d = dg(R.choice([10, 12]))
        d = "7" + d[1:]
        sizes = pick([4, 4, 4], [5, 5, 2], [6, 6])
    elif typ == "IBAN":
        d = make_iban()
        sizes = [4] * 8
    g = c.group(typ, d)
    c.turn("agent", "okay " + R.choice(ASK[typ]) + pick("", " whenever you're ready", " go slow for me"))
    chunks = split_chunks(d, sizes)
    backs = ["mhm", "okay go on", "yep", "got it", "uh huh", "okay", "right", "go ahead"]
    for k, ch in enumerate(chunks):
        sp = speak_letters(ch, nato=0.2) if typ == "IBAN" else speak_digits(ch)
        pre = pick("", "", "um ", "so ", "it's ", "okay ") if k == 0 else pick("", "", "then ", "uh ")
        post = pick("", "", "", " um")
        c.turn("customer", pre, (sp, typ, g), post)
        if k < len(chunks) - 1:
            c.turn("agent", R.choice(backs))
    c.note = note(False, ind, "%s split over %d customer turns with back-channels" % (typ.lower(), len(chunks)))
    return c


def pos_readback(typ, ind):
    c = Case("positive", "")
    val, raw = gen_single(typ, False, ind)
    c.turn("agent", R.choice(ASK[typ]))
    c.turn("customer", R.choice(CALL_PRE), c.v(val, typ, raw))
    # agent repeats in a possibly different spoken form
    if typ in ("CARD_NUMBER", "SSN", "PHONE", "BANK_ACCOUNT", "CVV", "SORT_CODE"):
        val2 = speak_digits(raw, pairs=0)
    else:
        val2 = val
    c.turn("agent", pick("let me read that back ", "so that's ", "okay i have "), c.v(val2, typ, raw), pick(" is that correct", " right", " yeah"))
    c.turn("customer", pick("yes", "that's right", "yep correct", "uh huh"))
    c.note = note(False, ind, "%s given by customer then read back by agent" % typ.lower())
    return c


def pos_card_bundle(chat, ind):
    c = Case("positive", "")
    d = make_card()
    ev, eraw = fmt_expiry(chat)
    cv = dg(4 if len(d) == 15 else 3)
    if chat:
        c.turn("agent", "To process the payment of $%d.%02d I'll need the card details." % (R.randint(20, 900), R.randint(0, 99)))
        sep = pick(" exp ", ", exp: ", " expires ", " | ")
        sep2 = pick(" cvv ", ", cvv: ", " code ", " | ")
        c.turn("customer", c.v(fmt_card(d, True), "CARD_NUMBER", d), sep, c.v(ev, "EXPIRY", eraw), sep2, c.v(cv, "CVV", cv))
        c.note = note(True, ind, "card, expiry and cvv in one message")
    else:
        c.turn("agent", "i can take that payment of %s dollars today what's the card number" % pick("forty nine ninety nine", "one twenty five", "two hundred", "eighty"))
        c.turn("customer", "okay it's ", c.v(speak_digits(d), "CARD_NUMBER", d))
        c.turn("agent", "and the expiration and the code on the back")
        c.turn("customer", pick("expires ", "it's "), c.v(ev, "EXPIRY", eraw), pick(" and the code is ", " and the back is ", " security code "),
               c.v(speak_digits(cv, pairs=0.3), "CVV", cv))
        c.note = note(False, ind, "card then expiry and cvv together in one turn")
    return c


def pos_address_zip(chat, ind):
    c = Case("positive", "")
    av, araw = make_address(chat)
    zv, zraw = fmt_zip(chat)
    city, stt = R.choice(CITIES)
    if chat:
        c.turn("agent", "What's the new mailing address?")
        c.turn("customer", c.v(av, "ADDRESS", araw), ", %s, %s " % (city, stt), c.v(zv, "POSTCODE", zraw))
        c.note = note(True, ind, "US street address + city/state + ZIP in one line (city/state not labelled)")
    else:
        c.turn("agent", "and what's the address for the new service")
        c.turn("customer", pick("it's ", "um ", ""), c.v(av, "ADDRESS", araw), " in %s %s" % (city.lower(), pick("", stt.lower() + " ")),
               pick("zip ", "and the zip is ", ""), c.v(zv, "POSTCODE", zraw))
        c.note = note(False, ind, "spoken address followed by zip in same turn")
    return c


def pos_ssn_dob(chat, ind):
    c = Case("positive", "")
    s = make_ssn()
    dv, draw = fmt_dob(chat)
    if chat:
        c.turn("agent", "For verification please provide your SSN and date of birth.")
        c.turn("customer", pick("ssn ", "SSN: ", ""), c.v(fmt_ssn(s, True), "SSN", s), pick(" dob ", ", DOB ", " and born "), c.v(dv, "DOB", draw))
    else:
        c.turn("agent", "to verify can i get your social and date of birth")
        c.turn("customer", pick("sure ", "yeah ", ""), c.v(fmt_ssn(s, False), "SSN", s), pick(" and my birthday is ", " and i was born ", " date of birth "), c.v(dv, "DOB", draw))
    c.note = note(chat, ind, "ssn and dob in one turn").replace("chat/chat", "chat")
    c.note = note(chat, ind, "ssn and dob in one turn")
    return c


def pos_uk_bank(chat, ind):
    c = Case("positive", "")
    sv, sraw = gen_single("SORT_CODE", chat, ind)
    acc = dg(8)
    acc = "4" + acc[1:]
    if chat:
        c.turn("agent", "Please send the bank details for the direct debit.")
        c.turn("customer", "Sort code ", c.v(sv, "SORT_CODE", sraw), pick(" acc ", ", account number ", " a/c "), c.v(acc, "BANK_ACCOUNT", acc))
    else:
        c.turn("agent", "right can i take the sort code and account number for the direct debit")
        c.turn("customer", "sort code is ", c.v(sv, "SORT_CODE", sraw), " and the account number ", c.v(speak_digits(acc), "BANK_ACCOUNT", acc))
    c.note = note(chat, "uk " + ind, "sort code and account number in one turn")
    return c


def pos_uk_ni(chat, ind):
    c = Case("positive", "")
    s = make_ni()
    if chat:
        c.turn("customer", pick("hi, re my tax credit claim. ", "Hello, ", ""), pick("my NI no. is ", "NI number ", "ni: "), c.v(fmt_ni(s, True), "NI_NUMBER", s),
               pick("", " and I moved house on 3 March", " - ref 55123"))
    else:
        c.turn("agent", "can i take your national insurance number please")
        c.turn("customer", pick("yeah it's ", "it's ", "okay so it's ", "right um "), c.v(fmt_ni(s, False), "NI_NUMBER", s))
    c.note = note(chat, "uk government services", "national insurance number")
    return c


def pos_ni_split(ind):
    c = Case("positive", "")
    s = make_ni()
    g = c.group("NI_NUMBER", s)
    c.turn("agent", "and your national insurance number")
    c.turn("customer", "it's ", (speak_letters(s[:2], nato=0.9), "NI_NUMBER", g))
    c.turn("agent", pick("mhm", "okay", "yep"))
    c.turn("customer", (speak_digits(s[2:8], pairs=0.6), "NI_NUMBER", g))
    c.turn("agent", "and the letter at the end")
    c.turn("customer", (speak_letters(s[8], nato=1.0), "NI_NUMBER", g))
    c.note = note(False, "uk " + ind, "ni number split: prefix letters, digits, suffix letter with nato spelling")
    return c


def pos_email_mix(chat, ind):
    c = Case("positive", "")
    ev, eraw = make_email(chat)
    pv, praw = gen_single("PHONE", chat, ind)
    if chat:
        c.turn("customer", "Please update my contact info: ", c.v(ev, "EMAIL", eraw), pick(" / ", " and cell ", ", phone "), c.v(pv, "PHONE", praw))
    else:
        c.turn("agent", "can i get an email and a phone number for the account")
        c.turn("customer", "email is ", c.v(ev, "EMAIL", eraw), " and the phone is ", c.v(pv, "PHONE", praw))
    c.note = note(chat, ind, "email and phone in one turn")
    return c


def pos_ssn_with_ref(chat, ind):
    c = Case("positive", "")
    sn = make_ssn()
    ref = dg(R.choice([8, 9, 10]))
    nm = pick("member id", "policy number", "claim number", "case number")
    if chat:
        c.turn("customer", "%s %s%s" % (nm, ref, pick(", ", " and ", " / ")), pick("ssn ", "social ", "last name Ortiz, ss# "), c.v(fmt_ssn(sn, True), "SSN", sn))
    else:
        c.turn("agent", "can i get the %s and then your social to verify" % nm)
        c.turn("customer", "okay the %s is %s and my social is " % (nm, speak_digits(ref, pairs=0)), c.v(fmt_ssn(sn, False), "SSN", sn))
    c.note = note(chat, ind, "ssn next to an unlabelled %s" % nm)
    return c


def pos_card_filler(ind):
    c = Case("positive", "")
    d = make_card()
    parts = split_chunks(d, [4, 4, 4, 4] if len(d) == 16 else [4, 6, 5])
    words = []
    for k, ch in enumerate(parts):
        words.append(speak_digits(ch))
        if k < len(parts) - 1:
            words.append(pick("uh", "um", "hang on", "sorry", "uh"))
    # keep only fillers the normaliser drops inside the span
    words = [w if w not in ("hang on", "sorry") else "um" for w in words]
    c.turn("agent", "and can you read me the card number")
    c.turn("customer", pick("yeah ", "okay ", ""), c.v(" ".join(words), "CARD_NUMBER", d), pick(" and that's %s" % {"4": "a visa", "5": "a mastercard", "3": "an amex", "6": "a discover"}[d[0]], ""))
    c.note = note(False, ind, "card read in one turn with hesitation fillers inside the reading")
    return c


def pos_phone_areacode(ind):
    c = Case("positive", "")
    d = make_us_phone()
    g = c.group("PHONE", d)
    c.turn("agent", "what's a good callback number")
    c.turn("customer", "area code ", (speak_digits(d[:3], pairs=0), "PHONE", g), pick(" and then ", " then ", " "), (speak_digits(d[3:], pairs=0.3), "PHONE", g))
    c.note = note(False, ind, "us phone with 'area code' lead-in, two spans in one turn")
    return c


def pos_dob_age(chat, ind):
    c = Case("positive", "")
    dv, draw = fmt_dob(chat)
    age = 2026 - draw[0]
    if chat:
        c.turn("customer", "I'm %d, dob %s, and my premium went up $%d" % (age, "", R.randint(10, 90)) if False else "I'm %d years old. DOB " % age, c.v(dv, "DOB", draw), ". Premium went up $%d this year" % R.randint(10, 90))
    else:
        c.turn("agent", "and can you confirm your date of birth")
        c.turn("customer", "i'm %s so it's " % speak_num2(age) if age < 100 else "it's ", c.v(dv, "DOB", draw))
    c.note = note(chat, ind, "dob next to an unlabelled age")
    return c


def pos_typo_chat(ind):
    c = Case("positive", "")
    typ = R.choice(["SSN", "PHONE", "CARD_NUMBER", "POSTCODE", "SSN"])
    val, raw = gen_single(typ, True, ind)
    if typ == "POSTCODE" and not raw.isdigit():
        val, raw = fmt_zip(True)
    lead = {"SSN": ["my scoial is ", "socail security # ", "SSN is: "], "PHONE": ["cel nmber ", "phne # ", "mobile: "],
            "CARD_NUMBER": ["crad number ", "card nmbr: ", "visa "], "POSTCODE": ["zipcode ", "zip cod ", "ZIP: "]}[typ]
    c.turn("customer", pick("hiii ", "hello?? ", "hi, "), R.choice(lead), c.v(val, typ, raw), pick(" plz", " asap", "", " thx!!"))
    c.note = note(True, ind, "%s after a typo'd lead-in" % typ.lower())
    return c


def build_positives():
    cases = []
    inds = IND_US
    # singles: US-heavy weighting
    plan = (["CARD_NUMBER"] * 10 + ["SSN"] * 14 + ["NI_NUMBER"] * 6 + ["PHONE"] * 6 + ["EMAIL"] * 6 + ["DOB"] * 6 +
            ["EXPIRY"] * 4 + ["CVV"] * 4 + ["POSTCODE"] * 8 + ["ADDRESS"] * 8 + ["BANK_ACCOUNT"] * 6 +
            ["SORT_CODE"] * 4 + ["IBAN"] * 8)
    for i, t in enumerate(plan):
        cases.append(pos_single(t, i % 2 == 0, R.choice(inds)))
    for t in ["CARD_NUMBER"] * 7 + ["SSN"] * 5 + ["PHONE"] * 3 + ["BANK_ACCOUNT"] * 3 + ["IBAN"] * 2:
        cases.append(pos_split(t, R.choice(inds)))
    for t in ["CARD_NUMBER", "SSN", "SSN", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE", "SORT_CODE", "CVV", "NI_NUMBER", "BANK_ACCOUNT"]:
        cases.append(pos_readback(t, R.choice(inds)))
    for i in range(8):
        cases.append(pos_card_bundle(i % 2 == 0, R.choice(["retail", "utilities", "telecom", "travel", "healthcare billing"])))
    for i in range(8):
        cases.append(pos_address_zip(i % 2 == 1, R.choice(["utilities", "telecom", "retail", "insurance"])))
    for i in range(8):
        cases.append(pos_ssn_dob(i % 2 == 0, R.choice(["banking", "insurance", "healthcare billing", "government services"])))
    for i in range(7):
        cases.append(pos_uk_bank(i % 2 == 0, R.choice(["utilities", "banking"])))
    for i in range(10):
        cases.append(pos_uk_ni(i % 2 == 0, "government"))
    for i in range(6):
        cases.append(pos_ni_split("government services"))
    for i in range(6):
        cases.append(pos_email_mix(i % 2 == 0, R.choice(inds)))
    for i in range(6):
        cases.append(pos_ssn_with_ref(i % 2 == 0, R.choice(["insurance", "healthcare billing", "banking"])))
    for i in range(5):
        cases.append(pos_card_filler(R.choice(["retail", "utilities", "telecom"])))
    for i in range(4):
        cases.append(pos_phone_areacode(R.choice(inds)))
    for i in range(4):
        cases.append(pos_dob_age(i % 2 == 0, R.choice(["insurance", "healthcare billing"])))
    for i in range(6):
        cases.append(pos_typo_chat(R.choice(inds)))
    return cases


# ---------------------------------------------------------------- negatives
def money(chat):
    a, c = R.randint(5, 2400), R.randint(0, 99)
    if chat:
        return pick("$%d.%02d" % (a, c), "$%s.%02d" % ("{:,}".format(a), c), "%d dollars" % a, "USD %d.%02d" % (a, c))
    return "%s dollars%s" % (speak_money(a), pick("", " and %s cents" % speak_num2(c) if c else ""))


def speak_money(a):
    if a >= 100:
        h, r = divmod(a, 100)
        if h < 10:
            return DW[h] + " hundred" + ((" " + speak_num2(r)) if r else "")
        return speak_num2(h) + " " + (speak_num2(r) if r >= 10 else "oh " + DW[r] if r else "hundred")
    return speak_num2(a)


def neg_case(chat):
    k = R.randrange(16)
    c = Case("negative", "")
    ind = R.choice(IND_US)
    if k == 0:
        n = dg(R.choice([7, 8, 9, 10]))
        nm = pick("policy number", "member id", "claim number", "invoice number")
        if chat:
            c.turn("customer", "Hi, checking on %s %s, it's been %d days." % (nm, n, R.randint(3, 30)))
            c.turn("agent", "Thanks! I see %s %s was processed on %s %d." % (nm, n, MONTHS[R.randint(0, 11)].title(), R.randint(1, 28)))
        else:
            c.turn("customer", "yeah i'm calling about my %s it's %s" % (nm, speak_digits(n)))
            c.turn("agent", "okay i've got %s %s here" % (nm, speak_digits(n, pairs=0)))
        what = "%s with its reference word" % nm
    elif k == 1:
        n = dg(R.choice([8, 9, 10]))
        c.turn("agent", "your tracking number is %s and it should arrive %s" % (n if chat else speak_digits(n), pick("by friday", "within five business days", "on the 14th")))
        c.turn("customer", pick("ok great", "thanks", "cool"))
        what = "tracking number read out"
    elif k == 2:
        m = money(chat)
        m2 = money(chat)
        c.turn("customer", "my bill was %s last month and now it's %s, why did it go up?" % (m, m2) if chat else "my bill was %s last month and now it's %s why" % (m, m2))
        c.turn("agent", "I see a rate change of %d%% effective January 1" % R.randint(2, 18) if chat else "yeah there was a %s percent rate change" % speak_num2(R.randint(2, 18)))
        what = "money amounts and percentages"
    elif k == 3:
        h, mi = R.randint(1, 12), R.choice([0, 15, 30, 45])
        d = R.randint(1, 28)
        mo = MONTHS[R.randint(0, 11)]
        if chat:
            c.turn("agent", "Your appointment is booked for %s %d at %d:%02d %s." % (mo.title(), d, h, mi, pick("AM", "PM")))
        else:
            c.turn("agent", "okay you're booked for %s the %s at %s %s" % (mo, ORD[d], speak_num2(h), speak_num2(mi) if mi else "o'clock"))
        c.turn("customer", pick("perfect thanks", "can it be earlier?", "ok"))
        what = "appointment date and time (not a dob)"
    elif k == 4:
        f = pick("UA", "AA", "DL", "BA", "EI", "B6") + str(R.randint(10, 2999))
        if chat:
            c.turn("customer", "My flight %s on %s %d was delayed %d hours, I need a refund of $%d" % (f, MONTHS[R.randint(0, 11)].title(), R.randint(1, 28), R.randint(2, 9), R.randint(120, 900)))
        else:
            c.turn("customer", "my flight was %s %s and it got delayed like %s hours" % (" ".join(f[:2].lower()), speak_digits(f[2:], pairs=0.5), speak_num2(R.randint(2, 9))))
        c.turn("agent", pick("I'm sorry about that, let me check.", "okay let me look into that"))
        what = "flight number and delay duration"
    elif k == 5:
        r = R.randint(101, 1899)
        c.turn("customer", "I'm in room %d and the AC is stuck at %d degrees" % (r, R.randint(78, 88)) if chat else "yeah i'm in room %s and it's like %s degrees in here" % (speak_digits(str(r), pairs=0.5), speak_num2(R.randint(78, 88))))
        c.turn("agent", "I'll send maintenance up in %d minutes" % R.choice([10, 15, 20]) if chat else "okay someone will be up in %s minutes" % speak_num2(R.choice([10, 15, 20])))
        what = "hotel room number and temperature"
    elif k == 6:
        mdl = pick("XR", "TX", "KD", "HP") + "-" + str(R.randint(100, 9999)) + pick("", "B", "S")
        c.turn("customer", "My router model %s keeps dropping, I pay for %d Mbps but get %d" % (mdl, R.choice([300, 500, 940]), R.randint(20, 90)) if chat else
               "the router is a %s and i'm paying for %s megs but getting like %s" % (speak_letters(mdl.replace("-", ""), nato=0), speak_money(R.choice([300, 500, 900])), speak_num2(R.randint(20, 90))))
        c.turn("agent", pick("Let's try a restart first.", "okay let's reboot it"))
        what = "model number and speeds"
    elif k == 7:
        m = dg(R.choice([5, 6]))
        c.turn("customer", "meter reading today is %s" % m if chat else "the meter reading is %s" % speak_digits(m, pairs=0.4))
        c.turn("agent", "Thanks, that's %d kWh since the last read" % R.randint(200, 1900) if chat else "thanks that's about %s units since last time" % speak_money(R.randint(200, 900)))
        what = "meter reading and usage"
    elif k == 8:
        a = R.randint(18, 92)
        c.turn("customer", "my mom is %d and she's been a member since %d" % (a, R.randint(1985, 2020)) if chat else
               "my mother's %s and she's been with you since %s" % (speak_num2(a), speak_year(R.randint(1985, 2020))))
        c.turn("agent", pick("Thanks for the loyalty!", "okay great"))
        what = "age and membership year"
    elif k == 9:
        b = money(chat)
        c.turn("agent", "your current balance is %s and the minimum payment of %s is due on the %s" % (b, money(chat), ORD[R.randint(1, 28)]))
        c.turn("customer", pick("ok", "got it", "can i pay half now?"))
        what = "balance, minimum payment, due date"
    elif k == 10:
        t = dg(R.choice([6, 7, 8]))
        nm = pick("ticket", "case", "confirmation", "reference", "work order")
        c.turn("agent", "I've opened %s number %s for you" % (nm, t) if chat else "i've opened %s number %s for you" % (nm, speak_digits(t, pairs=0.3)))
        c.turn("customer", pick("thanks", "great, how long will it take?", "okay"))
        c.turn("agent", "Usually %d to %d business days." % (R.randint(1, 3), R.randint(4, 10)) if chat else "usually %s to %s business days" % (DW[R.randint(1, 3)], DW[R.randint(4, 9)]))
        what = "%s number with its reference word" % nm
    elif k == 11:
        q = R.randint(2, 48)
        c.turn("customer", "I ordered %d units at $%d.%02d each but only %d arrived" % (q, R.randint(3, 99), R.randint(0, 99), q - 1) if chat else
               "i ordered %s of them but only %s showed up" % (speak_num2(q), speak_num2(q - 1)))
        c.turn("agent", pick("I'll ship the missing one.", "okay i'll get the missing one sent out"))
        what = "quantities and unit prices"
    elif k == 12:
        y = R.randint(2015, 2025)
        c.turn("customer", "my contract started %s %d %d and runs %d months" % (MONTHS[R.randint(0, 11)].title(), R.randint(1, 28), y, R.choice([12, 24, 36])) if chat else
               "the contract started in %s %s and it's a %s month contract" % (MONTHS[R.randint(0, 11)], speak_year(y), speak_num2(R.choice([12, 24, 36]))))
        c.turn("agent", pick("Right, so there's an early termination fee.", "okay so there'd be an early cancellation fee"))
        what = "contract start date and duration (not dob)"
    elif k == 13:
        grp = dg(R.choice([5, 6]))
        c.turn("customer", "my group number is %s and the claim was for %s" % (grp, money(True)) if chat else "the group number is %s and the claim was %s" % (speak_digits(grp), money(False)))
        c.turn("agent", pick("I see it denied for prior auth.", "okay it looks like it needed prior authorization"))
        what = "insurance group number and claim amount"
    elif k == 14:
        c.turn("agent", "please hold for about %d minutes, you're number %d in the queue" % (R.randint(2, 15), R.randint(2, 12)) if chat else
               "you're number %s in the queue about %s minutes" % (speak_num2(R.randint(2, 12)), speak_num2(R.randint(2, 15))))
        c.turn("customer", pick("ok", "fine", "ugh okay"))
        what = "queue position and wait time"
    else:
        pn = dg(7)
        c.turn("customer", "order %s was charged twice, $%d.%02d each time on %d/%d" % (pn, R.randint(10, 300), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28)) if chat else
               "order number %s got charged twice %s each time" % (speak_digits(pn, pairs=0.3), money(False)))
        c.turn("agent", pick("I'll refund the duplicate.", "okay i'll reverse the duplicate charge"))
        what = "order number, amount and payment date"
    ind = {1: "retail", 4: "travel", 5: "travel", 6: "telecom", 7: "utilities", 11: "retail", 13: "insurance",
           15: "retail", 12: R.choice(["telecom", "utilities"]), 3: R.choice(["healthcare billing", "utilities", "telecom"])}.get(k, ind)
    c.note = note(chat, ind, what)
    return c


def build_negatives():
    return [neg_case(i % 2 == 0) for i in range(120)]


# ---------------------------------------------------------------- validation
UK_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def validate_group(typ, raw, text):
    n = norm_spoken(text)
    digits = re.sub(r"\D", "", n)
    if typ == "CARD_NUMBER":
        return digits == raw and 13 <= len(raw) <= 19 and luhn_ok(raw)
    if typ == "SSN":
        return digits == raw and len(raw) == 9
    if typ == "CVV":
        return digits == raw and len(raw) in (3, 4)
    if typ == "SORT_CODE":
        return digits == raw and len(raw) == 6
    if typ == "BANK_ACCOUNT":
        return digits == raw and 6 <= len(raw) <= 17
    if typ == "PHONE":
        return digits.lstrip("1").endswith(raw.lstrip("0").lstrip("1")[-9:]) and 10 <= len(digits) <= 13
    if typ == "IBAN":
        c = re.sub(r"[^a-z0-9]", "", n).upper()
        return c == raw and iban_ok(c)
    if typ == "NI_NUMBER":
        c = re.sub(r"[^a-z0-9]", "", n).upper()
        return c == raw and bool(NI_RE.match(c))
    if typ == "POSTCODE":
        c = re.sub(r"[^a-z0-9]", "", n).upper()
        if c.isdigit():
            return c == raw and len(c) in (5, 9)
        return c == raw and bool(UK_RE.match(c))
    if typ == "EMAIL":
        e = text.lower() if "@" in text else norm_email(text)
        return e == raw.lower() and bool(re.match(r"^[\w.]+@[a-z]+\.[a-z]+$", e))
    if typ == "DOB":
        y, m, d = raw
        low = text.lower()
        has_m = MONTHS[m - 1][:3] in low or str(m) in digits or "%02d" % m in n
        return has_m and (str(y) in n or str(y)[2:] in n or str(y)[2:] in digits)
    if typ == "EXPIRY":
        m, y = raw
        low = text.lower()
        return (MONTHS[m - 1][:3] in low or ("%d" % m) in n) and str(y) in n
    if typ == "ADDRESS":
        return str(raw) in n and any(s in text.lower() for s in STREETS) and bool(re.search(r"[a-z]", text.lower()))
    return False


def build():
    pos = build_positives()
    neg = build_negatives()
    lines, meta = [], []
    for i, c in enumerate(pos, 1):
        c.id = "h188-pos-%03d" % i
    for i, c in enumerate(neg, 1):
        c.id = "h188-neg-%03d" % i
    for c in pos + neg:
        obj = {"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
        meta.append(c)
    return "\n".join(lines) + "\n", meta


def check(text, meta):
    problems = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for line, c in zip(text.splitlines(), meta):
        o = json.loads(line)
        if o["id"] in ids:
            problems.append("dup id " + o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative":
            nneg += 1
            if o["spans"]:
                problems.append("negative with spans " + o["id"])
            continue
        npos += 1
        if not o["spans"]:
            problems.append("positive without spans " + o["id"])
        by_turn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                problems.append("bad type %s" % o["id"])
            counts[s["type"]] += 1
            t = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append("range %s" % o["id"])
                continue
            if not ((t[st].isalnum() or t[st] in "+(") and t[en - 1].isalnum()):
                problems.append("span edge not alnum %s %r" % (o["id"], t[st:en]))
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                problems.append("not on word boundary %s %r" % (o["id"], t[st:en]))
            by_turn.setdefault(s["turn"], []).append((st, en))
        for tl in by_turn.values():
            tl.sort()
            for a, b in zip(tl, tl[1:]):
                if b[0] < a[1]:
                    problems.append("overlap %s" % o["id"])
        for typ, raw, idxs in c.groups:
            joined = " ".join(o["turns"][o["spans"][k]["turn"]]["text"][o["spans"][k]["start"]:o["spans"][k]["end"]] for k in idxs)
            if not validate_group(typ, raw, joined):
                problems.append("invalid %s %s %r raw=%r" % (o["id"], typ, joined, raw))
    return problems, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h188 (US-heavy)

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures
and then changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, its benchmark or any other PII fixture; the only data
seen was a 3-line example of the JSONL format. Every case is generated by
`scripts/make_pii_holdout188.py` from template functions: each turn is assembled from plain
text segments and (value, TYPE) segments, so character offsets are computed, never typed.
All values come from a single `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout188.py --check` regenerates the file, compares it, and
validates ids, offsets, word boundaries, overlaps and each value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI number shape, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, ZIP / UK postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP and ZIP+4,
US phone formats, US street addresses, card payments by phone), with UK/Ireland/EU cases
for NI numbers, sort codes and IBANs. Both chat (typed) and call (ASR-style lower-case,
numbers as words: "oh", "o", "zero", "double", "triple", pairs such as "forty one",
years such as "nineteen eighty five", NATO spellings "b for bravo").

## Annotation conventions

- A span covers only the value itself: the digits/words of the number, not the lead-in
  ("my ssn is", "it's", "zip") nor trailing filler ("yeah", "i think").
- Spoken values: the span covers all the number words, including "double"/"triple",
  "dash" between SSN/ZIP+4 groups, and "x for xray" spellings.
- Hesitation fillers ("um", "uh") spoken in the middle of a reading stay inside the one
  span; "area code 312 then ..." gives two PHONE spans (area code, rest) with the lead-in
  words outside.
- Non-PII numbers next to PII (member/claim/case numbers, ages, amounts) are never labelled.
- A value split over several customer turns gets one span per turn (same type); agent
  back-channels ("mhm", "okay go on") are not labelled.
- When the agent reads a value back, the read-back is labelled too.
- ADDRESS = street line only: house number, optional direction, street name, street type,
  optional unit ("apt 4"). City and state are NOT labelled. ZIP / postcode is a separate
  POSTCODE span.
- DOB covers the full date phrase (e.g. "march fourteenth nineteen eighty five",
  "the 3rd of may ..."), EXPIRY the month/year phrase, EMAIL the whole address
  (spoken "j dot doe at gmail dot com" included).
- PHONE includes country code / leading "+1", "1-" or "oh" when present.
- Negatives contain non-PII numbers only: money, balances, percentages, times, durations,
  appointment/contract dates, ages, temperatures, speeds, counts, meter readings,
  flight/room/model numbers and policy/member/claim/invoice/ticket/tracking/order/group
  numbers (up to 10 digits, always with their reference word). Nothing in them may be redacted.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    text, meta = build()
    problems, counts, npos, nneg = check(text, meta)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("too few %s: %d < %d" % (t, counts[t], need))
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    rd = readme(counts, npos, nneg)
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
            except OSError as e:
                problems.append(str(e))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for p in problems[:50]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problems" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

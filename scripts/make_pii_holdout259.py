#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h259.

Written by an independent AI helper that did not see the redaction code.
Usage: make_pii_holdout259.py [--check]
"""
import json
import os
import random
import re
import sys

SEED = 259241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout259")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor", "o": "oscar", "i": "india"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

R = random.Random(SEED)


def ch(seq):
    return seq[R.randrange(len(seq))]


# ---------------------------------------------------------------- spoken forms
def say_digits(s, pairs=True, zero=None):
    """Spell a digit string the way an ASR transcript would."""
    out = []
    i = 0
    zw = zero or ch(["oh", "zero", "o", "oh", "nought"])
    while i < len(s):
        d = s[i]
        r = R.random()
        if i + 2 < len(s) + 0 and s[i:i + 3] == d * 3 and r < 0.7:
            out.append("triple " + (zw if d == "0" else DIG[int(d)]))
            i += 3
            continue
        if i + 1 < len(s) and s[i + 1] == d and r < 0.6:
            out.append("double " + (zw if d == "0" else DIG[int(d)]))
            i += 2
            continue
        if pairs and i + 1 < len(s) and r < 0.3 and d != "0":
            a, b = int(d), int(s[i + 1])
            if a == 1:
                out.append(TEENS[b]); i += 2; continue
            if b != 0:
                out.append(TENS[a] + " " + DIG[b]); i += 2; continue
        out.append(zw if d == "0" else DIG[int(d)])
        i += 1
    return " ".join(out)


def say_alnum(s, nato=0.25):
    out = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(say_digits(buf, pairs=False)); buf = ""
        if c.isalpha():
            lc = c.lower()
            if (R.random() < nato or lc == "o") and lc in NATO:
                out.append(lc + " for " + NATO[lc])
            else:
                out.append(lc)
    if buf:
        out.append(say_digits(buf, pairs=False))
    return " ".join(out)


def num_words(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    h, rest = divmod(n, 100)
    return DIG[h] + " hundred" + ("" if rest == 0 else " and " + num_words(rest))


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20 and b < 10:
        return "two thousand" + ("" if b == 0 else " and " + DIG[b])
    return num_words(a) + " " + (num_words(b) if b >= 10 else "oh " + DIG[b])


# ---------------------------------------------------------------- value makers
def luhn_ok(d):
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, n = {"visa": ("4", 16), "mc": (ch(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (ch(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
              "visa19": ("4", 19)}[kind]
    body = pre + "".join(str(R.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    a = R.randrange(1, 666)
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_PRE = ["AB", "CE", "JG", "KL", "MR", "PW", "SH", "TB", "WL", "ZA", "HJ", "NE", "RT",
          "EB", "GY", "JX", "LP", "YZ", "SC", "AE"]


def gen_ni():
    return ch(NI_PRE) + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban():
    c = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    rd = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    bban = {"GB": lambda: ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14),
            "IE": lambda: ch(["AIBK", "BOFI"]) + rd(14),
            "DE": lambda: rd(18), "FR": lambda: rd(23), "NL": lambda: ch(["ABNA", "INGB", "RABO"]) + rd(10),
            "ES": lambda: rd(20)}[c]()
    return c + iban_check(c, bban) + bban


def gen_phone():
    k = ch(["uk", "uk", "ukint", "us", "usint", "ie", "ieint", "ukland"])
    rd = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if k == "uk":
        d = "07" + rd(9); return d, [d[:5], d[5:]], k
    if k == "ukland":
        d = "0" + ch(["20", "161", "113", "131"]) ; d = d + rd(11 - len(d)); return d, [d[:len(d) - 7 if len(d) == 11 and d[1:3] != "20" else 3], d[len(d) - 7 if d[1:3] != "20" else 3:]], k
    if k == "ukint":
        d = "447" + rd(9); return d, [d[:2], d[2:6], d[6:]], k
    if k == "us":
        d = str(R.randrange(2, 10)) + rd(2) + str(R.randrange(2, 10)) + rd(6); return d, [d[:3], d[3:6], d[6:]], k
    if k == "usint":
        d = "1" + str(R.randrange(2, 10)) + rd(2) + str(R.randrange(2, 10)) + rd(6); return d, [d[:1], d[1:4], d[4:7], d[7:]], k
    if k == "ie":
        d = "08" + ch("35679") + rd(7); return d, [d[:3], d[3:6], d[6:]], k
    d = "3538" + ch("35679") + rd(7); return d, [d[:3], d[3:5], d[5:8], d[8:]], k


FIRST = ["john", "sarah", "priya", "liam", "aoife", "marek", "chloe", "tom", "fatima", "dave",
         "niamh", "grace", "kwame", "lucia", "ben", "hannah", "raj", "olivia", "sean", "mia"]
LAST = ["smith", "oconnor", "patel", "nowak", "garcia", "byrne", "jones", "okafor", "murphy",
        "williams", "kowalski", "brennan", "hughes", "schmidt", "rossi", "taylor"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
        "btinternet.com", "aol.com", "protonmail.com", "live.ie"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    style = R.randrange(5)
    user = [f + "." + l, f[0] + l, f + "_" + l + str(R.randrange(1, 99)), l + f[0] + str(R.randrange(70, 99)), f + l][style]
    return user + "@" + ch(DOMS)


def say_email(e):
    u, d = e.split("@")
    def part(p):
        toks = re.findall(r"[a-z]+|\d+|[._-]", p)
        out = []
        for t in toks:
            if t == ".": out.append("dot")
            elif t == "_": out.append("underscore")
            elif t == "-": out.append("dash")
            elif t.isdigit(): out.append(say_digits(t))
            elif len(t) <= 2: out.append(" ".join(t))
            else: out.append(t)
        return " ".join(out)
    return part(u) + " at " + part(d)


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "OX", "CB", "BT", "NE", "S", "RG"]
UKL = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode():
    if R.random() < 0.6:
        a = ch(UK_AREAS)
        out = a + str(R.randrange(1, 20))
        return out + " " + str(R.randrange(10)) + ch(UKL) + ch(UKL), "uk"
    z = "%05d" % R.randrange(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randrange(10000)
    return z, "us"


STREETS = ["elm", "station", "church", "park", "victoria", "high", "maple", "oak", "mill",
           "king", "queen", "main", "willow", "cedar", "castle", "riverside", "grafton", "lincoln"]
SUFF = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "boulevard", "terrace"]
SUFF_T = {"street": ["Street", "St", "st."], "road": ["Road", "Rd", "rd"], "avenue": ["Avenue", "Ave"],
          "lane": ["Lane", "ln"], "drive": ["Drive", "Dr"], "close": ["Close"], "crescent": ["Crescent", "Cres"],
          "way": ["Way"], "boulevard": ["Blvd", "Boulevard"], "terrace": ["Terrace", "Tce"]}


def gen_address():
    return R.randrange(1, 400), ch(STREETS), ch(SUFF)


def typed_address(a):
    n, s, sf = a
    st = ch(SUFF_T[sf])
    f = R.randrange(4)
    if f == 0: return "%d %s %s" % (n, s.title(), st)
    if f == 1: return "%d %s %s" % (n, s, st.lower())
    if f == 2: return "Flat %d, %d %s %s" % (R.randrange(1, 30), n, s.title(), st)
    return "%d %s %s" % (n, s.upper(), st.upper())


def spoken_address(a):
    n, s, sf = a
    num = num_words(n) if R.random() < 0.6 else say_digits(str(n), pairs=False)
    return "%s %s %s" % (num, s, sf)


def gen_dob():
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1940, 2006)


def typed_dob(d):
    dd, mm, yy = d
    f = R.randrange(6)
    if f == 0: return "%02d/%02d/%d" % (dd, mm, yy)
    if f == 1: return "%d-%d-%d" % (mm, dd, yy)
    if f == 2: return "%d %s %d" % (dd, MONTHS[mm - 1].title()[:3], yy)
    if f == 3: return "%s %d %d" % (MONTHS[mm - 1], dd, yy)
    if f == 4: return "%02d.%02d.%02d" % (dd, mm, yy % 100)
    return "%d%s of %s %d" % (dd, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(dd, "th"), MONTHS[mm - 1], yy)


def spoken_dob(d):
    dd, mm, yy = d
    f = R.randrange(3)
    if f == 0: return "the %s of %s %s" % (ORD[dd - 1], MONTHS[mm - 1], say_year(yy))
    if f == 1: return "%s %s %s" % (MONTHS[mm - 1], ORD[dd - 1], say_year(yy))
    return "%s %s %s" % (say_digits("%02d" % dd, pairs=False), say_digits("%02d" % mm, pairs=False), say_year(yy))


def gen_expiry():
    return R.randrange(1, 13), R.randrange(25, 32)


def typed_expiry(e):
    m, y = e
    return ch(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d", "%d/%02d"]) % (m, y)


def spoken_expiry(e):
    m, y = e
    f = R.randrange(3)
    if f == 0: return "%s %s" % (say_digits("%02d" % m, pairs=False), num_words(y))
    if f == 1: return "%s twenty %s" % (MONTHS[m - 1], num_words(y))
    return "%s slash %s" % (say_digits("%02d" % m, pairs=False), say_digits("%02d" % y, pairs=False))


def rd(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


# ---------------------------------------------------------------- typed mess
TYPO = {"number": ["numbr", "nubmer", "number", "no."], "account": ["acount", "accnt", "account", "acc"],
        "please": ["pls", "plz", "please", "pleasee"], "thanks": ["thx", "thnks", "ty", "thanks"],
        "card": ["card", "crad", "cc"], "my": ["my", "mu", "my"], "is": ["is", "iz", "is", "="],
        "address": ["adress", "addr", "address"], "email": ["email", "e-mail", "emial", "mail"],
        "phone": ["phone", "phn", "mobile", "mob"], "the": ["the", "teh", "the"]}
EMO = ["", "", " 🙂", " 🙏", " 😅", " 👍", " :)", " lol", " x", " !!", " 😩"]


def m(text):
    """Mess up plain typed words (never touches values)."""
    out = []
    for w in re.split(r"(\W+)", text):
        if w.lower() in TYPO and R.random() < 0.5:
            out.append(ch(TYPO[w.lower()]))
        else:
            out.append(w)
    s = "".join(out)
    r = R.random()
    if r < 0.15: s = s.lower()
    elif r < 0.2: s = s.upper()
    return s


def emo():
    return ch(EMO)


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def render(self, cid):
        turns, spans, groups = [], [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                else:
                    val, typ, grp = s
                    while val and not val[0].isalnum():
                        text += val[0]; val = val[1:]
                    tail = ""
                    while val and not val[-1].isalnum():
                        tail = val[-1] + tail; val = val[:-1]
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                    groups.append(grp)
                    text += tail
            turns.append({"speaker": sp, "text": text})
        obj = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return obj, groups


def V(val, typ, grp=0):
    return (val, typ, grp)


TYPED_CH = ["web chat", "sms", "e-mail", "social dm", "web chat", "app chat", "whatsapp"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]
AG_OK = ["ok", "mhm", "okay go on", "yep", "got that", "right", "uh huh", "and the rest", "go ahead"]
AG_OK_T = ["ok", "got it 👍", "thanks, and the rest?", "ok go on", "yep", "👍", "cont.", "ok noted"]
FILL = ["um", "uh", "er", "erm", "like"]

# type specs: label words, typed values, spoken values, chunk splits
LABEL = {"CARD_NUMBER": ["card number", "long number on the card", "card"], "CVV": ["security code", "cvv", "three digits on the back"],
         "EXPIRY": ["expiry date", "expiry", "exp date"], "SSN": ["social security number", "social", "ssn"],
         "NI_NUMBER": ["national insurance number", "ni number", "NI no"], "BANK_ACCOUNT": ["account number", "bank account number", "acct no"],
         "SORT_CODE": ["sort code", "sort code"], "IBAN": ["iban", "IBAN", "international bank account number"],
         "PHONE": ["phone number", "mobile number", "contact number", "callback number"], "EMAIL": ["email address", "email", "e-mail"],
         "DOB": ["date of birth", "dob", "birthday"], "POSTCODE": ["postcode", "zip code", "post code"],
         "ADDRESS": ["first line of the address", "street address", "address"]}


def make_value(typ):
    """Return (typed_str, typed_chunks, spoken_str, spoken_chunks, context_word)."""
    if typ == "CARD_NUMBER":
        d = gen_card(); g = group_card(d)
        sep = ch([" ", " ", "-", "", ".", "  ", " - "])
        return sep.join(g), g, say_digits(d), [say_digits(x) for x in g], None
    if typ == "CVV":
        d = rd(ch([3, 3, 3, 4]))
        return d, None, say_digits(d, pairs=False), None, None
    if typ == "EXPIRY":
        e = gen_expiry(); return typed_expiry(e), None, spoken_expiry(e), None, None
    if typ == "SSN":
        d = gen_ssn(); g = [d[:3], d[3:5], d[5:]]
        sep = ch(["-", "-", " ", "", ".", "/"])
        return sep.join(g), g, say_digits(d), [say_digits(x) for x in g], None
    if typ == "NI_NUMBER":
        n = gen_ni(); g = [n[:2], n[2:4], n[4:6], n[6:8], n[8]]
        f = R.randrange(4)
        t = [n, " ".join(g), n.lower(), n[:2] + " " + n[2:8] + " " + n[8]][f]
        sg = [n[:2], n[2:8], n[8]]
        return t, [n[:2] + " " + n[2:4], n[4:6] + " " + n[6:8], n[8]], say_alnum(n), [say_alnum(x) for x in sg], None
    if typ == "BANK_ACCOUNT":
        d = rd(ch([8, 8, 8, 10, 12]))
        g = [d[:4], d[4:]]
        return ch(["", " ", "-"]).join(g) if R.random() < 0.4 else d, g, say_digits(d), [say_digits(x) for x in g], None
    if typ == "SORT_CODE":
        d = rd(6); g = [d[:2], d[2:4], d[4:]]
        return ch(["-", "-", " ", "", "."]).join(g), g, say_digits(d, pairs=R.random() < 0.5), [say_digits(x) for x in g], None
    if typ == "IBAN":
        i = gen_iban()
        g = [i[k:k + 4] for k in range(0, len(i), 4)]
        t = ch([" ".join(g), i, i.lower(), " ".join(g).lower()])
        half = len(g) // 2
        return t, [" ".join(g[:half]), " ".join(g[half:])], say_alnum(i, nato=0.1), [say_alnum("".join(g[:half]), 0.1), say_alnum("".join(g[half:]), 0.1)], None
    if typ == "PHONE":
        d, g, k = gen_phone()
        if k in ("us",):
            t = ch(["(%s) %s-%s" % tuple(g), "%s-%s-%s" % tuple(g), "%s.%s.%s" % tuple(g), "".join(g)])
        elif k.endswith("int"):
            t = ch(["+", "+", "00", ""]) + ch([" ", "-"]).join(g)
        else:
            t = ch([" ", "", "-"]).join(g)
        sp = ("plus " if k.endswith("int") and R.random() < 0.6 else "") + say_digits(d)
        return t, g, sp, [say_digits(x) for x in g], None
    if typ == "EMAIL":
        e = gen_email()
        t = e if R.random() < 0.6 else (e[0].upper() + e[1:] if R.random() < 0.5 else e.upper())
        return t, None, say_email(e), None, None
    if typ == "DOB":
        d = gen_dob(); return typed_dob(d), None, spoken_dob(d), None, None
    if typ == "POSTCODE":
        p, k = gen_postcode()
        t = ch([p, p.lower(), p.replace(" ", ""), p]) if k == "uk" else p
        return t, None, say_alnum(p.replace("-", ""), 0.2), None, k
    if typ == "ADDRESS":
        a = gen_address(); return typed_address(a), None, spoken_address(a), None, None
    raise ValueError(typ)


NONPII = [lambda: "the bill was £%d.%02d" % (R.randrange(20, 400), R.randrange(100)),
          lambda: "ref %d" % R.randrange(10000, 9999999),
          lambda: "around %d:%02d" % (R.randrange(1, 12), R.randrange(0, 60, 5)),
          lambda: "order #%d" % R.randrange(100000, 99999999),
          lambda: "been waiting %d mins" % R.randrange(5, 90),
          lambda: "it's %d%% off" % R.randrange(5, 60)]
NONPII_S = [lambda: "the bill was %s pounds" % num_words(R.randrange(20, 400)),
            lambda: "about %s minutes" % num_words(R.randrange(5, 60)),
            lambda: "my ticket number is %s" % say_digits(rd(6)),
            lambda: "it was %s twenty %s" % (ch(["january", "may", "june"]), num_words(R.randrange(21, 27)))]


def pos_typed(typ, ind):
    tv, tch, _, _, k = make_value(typ)
    lab = ch(LABEL[typ])
    chn = ch(TYPED_CH)
    form = R.randrange(6)
    c = Case("positive", "")
    if form == 0:
        c.t("agent", "Could you please confirm your %s?" % lab)
        c.t("customer", m(ch(["sure its ", "yes ", "", "ok ", "it's "])), V(tv, typ), emo())
        c.note = "%s/%s: %s typed in reply" % (chn, ind, typ)
    elif form == 1:
        c.t("customer", m(ch(["hi there, ", "Hello ", "hiya ", "Good morning, "])) + m("my %s is " % lab), V(tv, typ),
            m(ch([" and i need help with my bill", " can u check please", ". thanks", " - " + ch(NONPII)(), ""])) + emo())
        c.note = "%s/%s: %s volunteered mid-message" % (chn, ind, typ)
    elif form == 2 and tch:
        c.t("agent", "Please send the %s and I'll get that verified." % lab)
        for i, part in enumerate(tch):
            c.t("customer", V(part, typ) if i else (m(ch(["", "ok ", "its "])),) and V(part, typ))
            if i == 0 and c.turns[-1][1][0] != V(part, typ):
                pass
            if i < len(tch) - 1 and R.random() < 0.6:
                c.t("agent", ch(AG_OK_T))
        c.note = "%s/%s: %s split over several messages" % (chn, ind, typ)
    elif form == 3:
        c.t("customer", m("sorry " + ch(["copy pasted from my notes", "from my banking app", "pasted"]) + ":"))
        c.t("customer", ch(["\"", "> ", "[", "", "*"]), V(tv, typ), ch(["\"", "", "]", " ", "*"]) + " <- " + m(lab))
        c.note = "%s/%s: %s with copy-paste artefacts" % (chn, ind, typ)
    elif form == 4:
        c.t("agent", "Thanks. To update the record I need your %s." % lab)
        c.t("customer", m(ch(["its ", "it is ", ""])), V(tv, typ), m(ch([" i think", " (new one)", "", " pls update asap"])) + emo())
        c.t("agent", "Thank you, that's been updated. Anything else?")
        c.t("customer", m(ch(["no thats all thanks", "nope ty", "also unrelated: %s, is that right?" % ch(NONPII)()])))
        c.note = "%s/%s: %s in update request, non-PII numbers nearby" % (chn, ind, typ)
    else:
        c.t("customer", m(ch(["", "re: ", "Re: "])) + m(ch(["acct query", "complaint", "billing question"])) + "\n\n" + m("%s: " % lab.upper() if R.random() < 0.5 else lab + " - "), V(tv, typ), "\n" + m("regards"))
        c.note = "%s/%s: %s in email-style body with header label" % ("e-mail", ind, typ)
    return c


def pos_spoken(typ, ind):
    _, _, sv, sch, k = make_value(typ)
    lab = ch(LABEL[typ]).lower()
    form = R.randrange(4)
    c = Case("positive", "")
    if form == 0 or (form == 1 and not sch):
        c.t("agent", "can i take your %s please" % lab)
        c.t("customer", ch(["yeah it's ", "yep ", "um it's ", "sure ", "okay so "]), V(sv, typ), ch(["", " yeah", " i think", " okay"]))
        c.note = "call/%s: %s spoken in one turn" % (ind, typ)
    elif form == 1:
        c.t("agent", "okay and the %s" % lab)
        for i, part in enumerate(sch):
            c.t("customer", ch(["", "right ", "so "]) if i == 0 else "", V(part, typ), ch(["", " " + ch(FILL)]))
            if i < len(sch) - 1:
                c.t("agent", ch(AG_OK))
        c.note = "call/%s: %s split across turns with back-channels" % (ind, typ)
    elif form == 2:
        c.t("agent", "and what's the %s on the account" % lab)
        c.t("customer", ch(["it's ", "", "yeah "]), V(sv, typ))
        c.t("agent", "so that's ", V(sv, typ, 1), " is that right")
        c.t("customer", ch(["yes", "yeah that's right", "correct"]))
        c.note = "call/%s: %s read back by the agent" % (ind, typ)
    else:
        c.t("customer", ch(NONPII_S)() + " " + ch(["and", "but anyway", "so"]) + " " + "my %s is " % lab, V(sv, typ), " " + ch(["if you need it", "yeah", "okay"]))
        c.note = "call/%s: %s spoken after non-PII numbers" % (ind, typ)
    return c


def pos_combo(ind):
    """Two values in one turn/message."""
    kind = R.randrange(6)
    c = Case("positive", "")
    typed = R.random() < 0.66
    j = 0 if typed else 2
    if kind == 0:
        a = make_value("SORT_CODE"); b = make_value("BANK_ACCOUNT")
        c.t("customer", m("sort code ") if typed else "sort code ", V(a[j], "SORT_CODE"), m(" account ") if typed else " account number ", V(b[j], "BANK_ACCOUNT"))
        n = "SORT_CODE+BANK_ACCOUNT"
    elif kind == 1:
        a = make_value("EXPIRY"); b = make_value("CVV")
        c.t("agent", "expiry and security code please")
        c.t("customer", m("exp ") if typed else "expires ", V(a[j], "EXPIRY"), m(" cvv ") if typed else " and the code on the back is ", V(b[j], "CVV"))
        n = "EXPIRY+CVV"
    elif kind == 2:
        a = make_value("ADDRESS"); b = make_value("POSTCODE")
        c.t("customer", m("moved to ") if typed else "we moved to ", V(a[j], "ADDRESS"), ", " if typed else " ", V(b[j], "POSTCODE"), m(" last week") if typed else " last week")
        n = "ADDRESS+POSTCODE"
    elif kind == 3:
        a = make_value("EMAIL"); b = make_value("PHONE")
        c.t("customer", m("email ") if typed else "my email is ", V(a[j], "EMAIL"), m(" / phone ") if typed else " and phone ", V(b[j], "PHONE"))
        n = "EMAIL+PHONE"
    elif kind == 4:
        a = make_value("NI_NUMBER"); b = make_value("DOB")
        c.t("agent", "for security can i have your NI number and date of birth")
        c.t("customer", V(a[j], "NI_NUMBER"), m(" and dob ") if typed else " and i was born ", V(b[j], "DOB"))
        n = "NI_NUMBER+DOB"
    else:
        a = make_value("SSN"); b = make_value("DOB")
        c.t("agent", "I need the last name, SSN and date of birth of the patient")
        c.t("customer", ch(LAST).title() + (", ssn " if typed else " social "), V(a[j], "SSN"), m(", dob ") if typed else " born ", V(b[j], "DOB"))
        n = "SSN+DOB"
    c.note = "%s/%s: two values in one turn (%s)" % (ch(TYPED_CH) if typed else "call", ind, n)
    return c


def pos_correction(typ, ind):
    typed = R.random() < 0.66
    a = make_value(typ); b = make_value(typ)
    j = 0 if typed else 2
    c = Case("positive", "")
    c.t("customer", m("my %s is " % ch(LABEL[typ])) if typed else "it's ", V(a[j], typ, 0))
    c.t("customer", m(ch(["wait no sorry thats the old one. ", "oops wrong one, ", "*correction* "])) if typed else "no sorry that's my old one it's ", V(b[j], typ, 1))
    c.note = "%s/%s: %s self-corrected, both values labelled" % (ch(TYPED_CH) if typed else "call", ind, typ)
    return c


# ---------------------------------------------------------------- negatives
def neg_case(ind):
    f = ch(list(range(22)) + [0, 1, 2, 3, 7, 8, 9, 10, 12, 14, 16, 18, 20])
    typed = R.random() < 0.8
    c = Case("negative", "")
    if f == 0:
        amt = "£%s.%02d" % ("{:,}".format(R.randrange(100, 9000)), R.randrange(100))
        c.t("customer", m("why is my bill %s this month?? it was %d last month" % (amt, R.randrange(30, 90))) + emo()); d = "money amounts"
    elif f == 1:
        c.t("agent", "Your order number is %d and it will arrive between %d and %dpm." % (R.randrange(10**7, 10**9), R.randrange(1, 5), R.randrange(5, 9))); d = "order number and times"
    elif f == 2:
        c.t("customer", m("flight %s%d on the %d/%d/2027, booking ref %s" % (ch(["BA", "EI", "FR", "U2", "LH"]), R.randrange(100, 9999), R.randrange(1, 29), R.randrange(1, 13), "".join(ch("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(6))))); d = "flight number, travel date, booking ref"
    elif f == 3:
        c.t("customer", m("meter reading is %s, taken today at %d:%02d" % (rd(5), R.randrange(7, 11), R.randrange(60)))); d = "meter reading"
    elif f == 4:
        c.t("customer", "yeah the reading's %s" % say_digits(rd(5))); c.t("agent", "thanks that's logged for the %s of %s" % (ORD[R.randrange(28)], ch(MONTHS))); d = "spoken meter reading and billing date"
    elif f == 5:
        c.t("customer", "my ticket number is %s" % say_digits(rd(ch([6, 7, 8])))); c.t("agent", "thank you i've got ticket %s" % rd(7)); d = "spoken ticket number"
    elif f == 6:
        c.t("agent", "your balance is %s pounds and %s pence" % (num_words(R.randrange(100, 999)), num_words(R.randrange(1, 99)))); d = "spoken balance"
    elif f == 7:
        c.t("customer", m("model %s-%d, serial %s%s, bought it in %d" % (ch(["XR", "KD", "HP", "SM"]), R.randrange(100, 9999), ch(["SN", "S"]), rd(8), R.randrange(2015, 2026)))); d = "model and serial number"
    elif f == 8:
        c.t("customer", m("we're in room %d, checked in on %s %d, checking out at %dam" % (R.randrange(100, 999), ch(MONTHS).title(), R.randrange(1, 29), R.randrange(9, 12)))); d = "room number and hotel dates"
    elif f == 9:
        c.t("customer", m("I'm getting %d meg instead of %d, speedtest says %d.%d Mbps" % (R.randrange(5, 60), ch([100, 300, 500, 900]), R.randrange(5, 60), R.randrange(10)))); d = "speeds"
    elif f == 10:
        c.t("agent", "your contract started on %02d/%02d/%d and runs %d months" % (R.randrange(1, 29), R.randrange(1, 13), R.randrange(2019, 2026), ch([12, 18, 24]))); d = "contract start date"
    elif f == 11:
        c.t("customer", "the appointment is on %s the %s at %s thirty" % (ch(["monday", "tuesday", "friday"]), ORD[R.randrange(28)], num_words(R.randrange(1, 12)))); d = "appointment date and time"
    elif f == 12:
        c.t("customer", m("my son is %d and my mum is %d, do they get the discount? %d%% off?" % (R.randrange(3, 17), R.randrange(60, 95), ch([10, 15, 20, 25])))); d = "ages and percentages"
    elif f == 13:
        c.t("customer", "it's been %s days and %s hours without heating and it's %s degrees in here" % (num_words(R.randrange(2, 9)), num_words(R.randrange(2, 23)), num_words(R.randrange(8, 15)))); d = "durations and temperature"
    elif f == 14:
        c.t("customer", m("claim ref CLM-%d, invoice INV%d, total $%d.%02d" % (R.randrange(10**5, 10**8), R.randrange(10**4, 10**7), R.randrange(50, 5000), R.randrange(100)))); d = "claim and invoice numbers"
    elif f == 15:
        c.t("agent", "okay i've raised case number %s for you" % say_digits(rd(8))); c.t("customer", "case %s got it thanks" % rd(8)); d = "case number spoken and typed"
    elif f == 16:
        c.t("customer", m("i paid %s on the %d%s, transaction %s, still shows %s owing" % ("€%d.%02d" % (R.randrange(10, 500), R.randrange(100)), *(lambda d: (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")))(R.randrange(1, 28)), rd(9), "€%d" % R.randrange(10, 300)))); d = "payment amounts and transaction id"
    elif f == 17:
        c.t("customer", "i was on hold for %s minutes and charged %s ninety nine" % (num_words(R.randrange(20, 59)), num_words(R.randrange(2, 60)))); d = "duration and spoken price"
    elif f == 18:
        c.t("customer", m("i need %d units of product %s, quantity %d each, delivery %d/%d" % (R.randrange(2, 40), rd(6), R.randrange(2, 12), R.randrange(1, 29), R.randrange(1, 13)))); d = "quantities and product code"
    elif f == 19:
        c.t("agent", "that's %s gigs of data and %s minutes for %s pounds a month" % (num_words(R.randrange(5, 100)), num_words(R.randrange(100, 999)), num_words(R.randrange(10, 50)))); d = "plan allowances and price"
    elif f == 20:
        c.t("customer", m("the policy renews in %d and premium went up from £%d to £%d" % (R.randrange(2026, 2029), R.randrange(200, 600), R.randrange(600, 1200)))); d = "year and premiums"
    else:
        c.t("customer", "reference %s" % say_digits(rd(ch([5, 6, 7, 9])))); c.t("agent", "perfect i've found reference %s" % rd(6)); d = "spoken reference number"
    if not typed and f in (0, 2, 3, 7, 8, 9, 12, 14, 16, 18, 20):
        for i, (sp, segs) in enumerate(c.turns):
            c.turns[i] = (sp, [re.sub(r"[^\w\s£$€%/.:-]", "", s.lower()) if isinstance(s, str) else s for s in segs])
        chn = "call"
    else:
        chn = ch(TYPED_CH) if f not in (4, 5, 6, 11, 13, 15, 17, 19, 21) else "call"
    c.note = "%s/%s: negative, %s" % (chn, ind, d)
    return c


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
PER_TYPE = {"CARD_NUMBER": 22, "SSN": 22, "NI_NUMBER": 20}


def build():
    global R
    R = random.Random(SEED)
    pos = []
    for typ in TYPES:
        for i in range(PER_TYPE.get(typ, 12)):
            ind = ch(IND)
            if typ == "SSN" and ind == "government services" and R.random() < 0.5:
                ind = "healthcare billing"
            pos.append(pos_typed(typ, ind) if R.random() < 0.68 else pos_spoken(typ, ind))
    for i in range(20):
        pos.append(pos_combo(ch(IND)))
    for typ in ["PHONE", "EMAIL", "CARD_NUMBER", "SSN", "NI_NUMBER", "ADDRESS", "BANK_ACCOUNT", "POSTCODE"]:
        pos.append(pos_correction(typ, ch(IND)))
    negs = [neg_case(ch(IND)) for _ in range(110)]
    out, groups = [], []
    for i, c in enumerate(pos):
        o, g = c.render("h259-pos-%03d" % (i + 1)); out.append(o); groups.append(g)
    for i, c in enumerate(negs):
        o, g = c.render("h259-neg-%03d" % (i + 1)); out.append(o); groups.append(g)
    return out, groups


# ---------------------------------------------------------------- validation
WORDNUM = {w: str(i) for i, w in enumerate(DIG)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: str(i) for i, w in enumerate(TENS) if w}
SKIP = {"plus", "um", "uh", "er", "erm", "like", "slash", "and", "dash"}


def norm(text):
    toks = re.findall(r"[A-Za-z]+(?:-[a-z]+)?|\d+", text)
    out = ""
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]; lt = t.lower()
        nxt0 = toks[i + 1].lower() if i + 1 < len(toks) else ""
        if t.isdigit():
            out += t * mult; mult = 1
        elif len(t) == 1 and nxt0 == "for":
            out += t.upper() * mult; mult = 1; i += 3; continue
        elif lt in ("double", "triple"):
            mult = 2 if lt == "double" else 3
        elif lt in WORDNUM:
            out += WORDNUM[lt] * mult; mult = 1
        elif lt in TEENNUM:
            out += TEENNUM[lt]
        elif lt in TENNUM:
            nxt = toks[i + 1].lower() if i + 1 < len(toks) else ""
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out += TENNUM[lt] + WORDNUM[nxt]; i += 1
            else:
                out += TENNUM[lt] + "0"
        elif lt == "for" and i + 1 < len(toks):
            i += 1
        elif lt in SKIP:
            pass
        elif len(t) == 1:
            out += t.upper() * mult; mult = 1
        elif len(t) <= 4 and lt not in ("and", "the", "of", "st", "rd", "th", "nd") and lt[:3] not in [mo[:3] for mo in MONTHS]:
            out += t.upper() * mult; mult = 1
        else:
            out += "<" + lt + ">"
        i += 1
    return out


def validate(typ, text):
    n = norm(text)
    plain = re.sub(r"<[^>]*>", "", n)
    digits = re.sub(r"\D", "", plain)
    if typ == "CARD_NUMBER":
        return 13 <= len(plain) <= 19 and plain.isdigit() and luhn_ok(plain)
    if typ == "CVV":
        return plain.isdigit() and len(plain) in (3, 4)
    if typ == "SSN":
        return plain.isdigit() and len(plain) == 9
    if typ == "SORT_CODE":
        return plain.isdigit() and len(plain) == 6
    if typ == "BANK_ACCOUNT":
        return plain.isdigit() and 8 <= len(plain) <= 12
    if typ == "PHONE":
        return plain.isdigit() and 10 <= len(plain) <= 14
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", plain) is not None
    if typ == "IBAN":
        return iban_valid(plain)
    if typ == "POSTCODE":
        raw = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        return (re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", plain) is not None
                or re.fullmatch(r"[A-Z]{1,2}\d{1,2}[A-Z]?\d[A-Z]{2}", raw) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", plain) is not None)
    if typ == "EMAIL":
        s = text.lower()
        if "@" not in s:
            s = re.sub(r"\s+", " ", s)
            s = s.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_").replace(" dash ", "-")
            s = norm_email_digits(s)
        return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z]+)+", s) is not None
    if typ in ("DOB", "EXPIRY"):
        has_month = any("<%s>" % mo in n or "<%s>" % mo[:3] in n for mo in MONTHS)
        if typ == "EXPIRY":
            return (len(digits) in (3, 4, 6) and 1 <= int(digits[:-2] if len(digits) != 6 else digits[:2]) <= 12) or (has_month and len(digits) in (2, 4))
        return (len(digits) >= 4) or has_month
    if typ == "ADDRESS":
        low = text.lower()
        return bool(digits) and any(re.search(r"\b%s\b" % re.escape(x.lower().rstrip(".")), low) for v in SUFF_T.values() for x in v)
    return False


def norm_email_digits(s):
    parts = re.split(r"([@.])", s)
    res = []
    for p in parts:
        toks = p.split(" ")
        if len(toks) > 1 and all(re.fullmatch(r"[a-z]", t) for t in toks):
            res.append("".join(toks))
        elif any(t in WORDNUM or t in TENNUM or t in TEENNUM or t in ("double", "triple") for t in toks):
            alpha = [t for t in toks if not (t in WORDNUM or t in TENNUM or t in TEENNUM or t in ("double", "triple"))]
            numer = [t for t in toks if t not in alpha]
            res.append("".join(alpha) + norm(" ".join(numer)))
        else:
            res.append(p.replace(" ", ""))
    return "".join(res)


def serialise(out):
    return "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in out)


def summary(out):
    counts = {t: 0 for t in TYPES}
    for o in out:
        for s in o["spans"]:
            counts[s["type"]] += 1
    npos = sum(o["kind"] == "positive" for o in out)
    return counts, npos, len(out) - npos


def readme(out):
    counts, npos, nneg = summary(out)
    typed = sum(1 for o in out if not o["note"].startswith("call/"))
    lines = ["# PII hold-out set h259", "",
             "**Never use this set for tuning.** It is a held-out evaluation set; do not look at",
             "individual failures to adjust patterns, thresholds or word lists.", "",
             "## Authorship", "",
             "Written by an AI helper acting as an independent author. The author did not see",
             "the redaction code, its tests, its docs, benchmarks or other fixtures; only the",
             "JSONL format was shown. Cases are generated by `scripts/make_pii_holdout259.py` from",
             "template functions; every turn is assembled from plain text segments and",
             "(value, TYPE) segments so offsets are computed, never typed by hand. All values come",
             "from one `random.Random(%d)`, so output is byte-for-byte reproducible." % SEED, "",
             "`python scripts/make_pii_holdout259.py --check` regenerates the file, checks it is",
             "identical, ids unique, offsets in range and on word boundaries, spans non-overlapping,",
             "and validates each value after normalising spoken forms (Luhn, mod-97, NI format,",
             "digit counts, postcode shapes). Split values are validated after concatenating their parts.", "",
             "## Annotation conventions", "",
             "- A span covers the value only, trimmed to its first and last letter/digit: no label",
             "  words (\"card number\"), no leading `+`/`(`, no trailing punctuation or emoji.",
             "- Spoken values include every word of the reading: `double`, `triple`, `oh`, a leading",
             "  spoken `plus` of international numbers, `x for x-ray` spellings, `slash` inside expiries,",
             "  and filler words only when they fall *inside* the reading. Fillers before/after are outside.",
             "- A value split over several turns/messages gets one span per part, each part labelled",
             "  with the value's type; agent read-backs are labelled too.",
             "- Self-corrections: both the wrong and the corrected value are labelled (both are PII).",
             "- ADDRESS = house/flat number through the street-type word (e.g. `Flat 3, 17 Oak Road`);",
             "  town/city are outside. POSTCODE is a separate span (UK postcode or US ZIP / ZIP+4).",
             "- DOB covers the whole date expression (`the third of march nineteen eighty`).",
             "- EXPIRY covers month and year (`08/27`, `august twenty twenty seven`).",
             "- Negatives contain no PII; other numbers inside positives (amounts, refs, times) are unlabelled.", "",
             "## Counts", "",
             "- cases: %d positive, %d negative (%d typed-channel, %d call)" % (npos, nneg, typed, len(out) - typed), ""]
    lines += ["| type | spans |", "|---|---|"] + ["| %s | %d |" % (t, counts[t]) for t in TYPES]
    return "\n".join(lines) + "\n"


def check(out, groups):
    problems = []
    ids = [o["id"] for o in out]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for o, g in zip(out, groups):
        if o["kind"] == "negative" and o["spans"]:
            problems.append(o["id"] + ": negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            problems.append(o["id"] + ": positive without spans")
        if o["turns"] and any(t["speaker"] not in ("agent", "customer") for t in o["turns"]):
            problems.append(o["id"] + ": bad speaker")
        byturn = {}
        for s in o["spans"]:
            txt = o["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                problems.append("%s: offsets out of range" % o["id"]); continue
            if not txt[s["start"]].isalnum() or not txt[s["end"] - 1].isalnum():
                problems.append("%s: span not trimmed %r" % (o["id"], txt[s["start"]:s["end"]]))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                problems.append("%s: span start mid-word" % o["id"])
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                problems.append("%s: span end mid-word" % o["id"])
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for t, lst in byturn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append(o["id"] + ": overlapping spans")
        vals = {}
        for s, gi in zip(o["spans"], g):
            vals.setdefault((s["type"], gi), []).append(o["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for (typ, gi), parts in vals.items():
            joined = " ".join(parts)
            if not validate(typ, joined):
                problems.append("%s: invalid %s %r (norm %r)" % (o["id"], typ, joined, norm(joined)))
    counts, npos, nneg = summary(out)
    if npos < 170 or nneg < 100:
        problems.append("too few cases %d/%d" % (npos, nneg))
    for t, n in counts.items():
        if n < (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12):
            problems.append("too few %s spans: %d" % (t, n))
    return problems


def main():
    out, groups = build()
    data = serialise(out)
    rd_text = readme(out)
    counts, npos, nneg = summary(out)
    if "--check" in sys.argv:
        problems = check(out, groups)
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    problems.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd_text:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read fixture: %s" % e)
        out2, _ = build()
        if serialise(out2) != data:
            problems.append("generation not deterministic")
        print("positives %d negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd_text)
    print("wrote %d cases (%d positive, %d negative)" % (len(out), npos, nneg))


if __name__ == "__main__":
    main()

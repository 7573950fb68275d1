#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout296/.

Written by an independent AI helper that did not see the redaction code.
Standard library only.  Usage:
    python scripts/make_pii_holdout296.py           # write cases.jsonl + README.md
    python scripts/make_pii_holdout296.py --check   # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 296241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout296")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"b": "bertie", "c": "charlie", "d": "david", "e": "edward", "h": "harry",
             "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nelson", "p": "peter",
             "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow",
             "z": "zebra", "a": "apple", "g": "george"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
FILLERS = ["um", "uh", "er", "erm"]


def zero_word(style):
    return {"uk": R.choice(["oh", "oh", "nought", "zero", "o"]),
            "us": R.choice(["zero", "oh", "oh", "o"])}[style]


def pair_words(p, style):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(style) + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def speak(digits, style="uk", mode=None, fill=0.0):
    """Digits (string) -> ASR-ish words."""
    mode = mode or R.choice(["digit", "digit", "digit", "pairs", "runs"])
    pref = zero_word(style)
    zw = lambda: pref if R.random() < 0.85 else zero_word(style)
    out = []
    i = 0
    n = len(digits)
    while i < n:
        d = digits[i]
        if mode == "pairs" and i + 1 < n and (i + 2 < n or n % 2 == 0) and not (
                digits[i + 1] == "0" and i + 2 < n and (n - i - 2) % 2 == 1):
            pw = digits[i:i + 2]
            if pw[1] == "0" and pw[0] not in "01" and i + 2 == n:
                out.append(UNITS[int(pw[0])] + " " + zw())  # "seven oh", not a dangling "seventy"
            else:
                out.append(pair_words(pw, style))
            i += 2
        elif mode in ("runs", "pairs") and i + 2 < n and digits[i + 1] == d and digits[i + 2] == d:
            out.append("triple " + (zw() if d == "0" else UNITS[int(d)]))
            i += 3
        elif mode in ("runs", "pairs", "digit") and i + 1 < n and digits[i + 1] == d and \
                R.random() < (0.8 if mode != "digit" else 0.3):
            out.append("double " + (zw() if d == "0" else UNITS[int(d)]))
            i += 2
        else:
            out.append(zw() if d == "0" else UNITS[int(d)])
            i += 1
        if fill and i < n and R.random() < fill:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def spell_letter(c, nato=None):
    c = c.lower()
    p = R.random() if nato is None else nato
    if c == "o" and p < 0.4:
        p = 0.5  # a bare "o" would read as zero
    if p < 0.4:
        return c
    if p < 0.75:
        return "%s for %s" % (c, NATO[c])
    if p < 0.9 and c in ALT_SPELL:
        return "%s as in %s" % (c, ALT_SPELL[c])
    return NATO[c]


def speak_alnum(s, style="uk"):
    out, buf = [], ""
    for ch in s + " ":
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(speak(buf, style, mode=R.choice(["digit", "runs"])))
            buf = ""
        if ch.isalpha():
            out.append(spell_letter(ch))
    return " ".join(out)


# ----------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19",
                             "mc2"])
    prefix, n = {"visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16),
                 "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
                 "visa13": ("4", 13), "visa19": ("4", 19),
                 "mc2": (str(R.randint(2221, 2720)), 16)}[kind]
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, sep=" "):
    if len(d) == 15:
        parts = [d[:4], d[4:10], d[10:]]
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


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if country == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif country == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif country == "DE":
        bban = dg(18)
    elif country == "FR":
        bban = dg(23)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukmob", "uklon", "ukgeo", "us", "us", "ie", "ukintl",
                             "usintl", "ieintl"])
    dg = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if kind == "ukmob":
        return "07" + R.choice(["7", "8", "9", "4"]) + dg(8), kind
    if kind == "uklon":
        return "020" + R.choice(["7", "8", "3"]) + dg(7), kind
    if kind == "ukgeo":
        return "01" + R.choice(["13", "21", "61", "31", "41", "17"]) + dg(7), kind
    if kind == "us":
        return str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6), kind
    if kind == "ie":
        return "08" + R.choice("35679") + dg(7), kind
    if kind == "ukintl":
        return "+447" + R.choice("789") + dg(8), kind
    if kind == "usintl":
        return "+1" + str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6), kind
    return "+3538" + R.choice("35679") + dg(7), kind


def fmt_phone(p, kind):
    c = R.random()
    if kind == "ukmob":
        return R.choice([p, p[:5] + " " + p[5:], p[:5] + " " + p[5:8] + " " + p[8:]])
    if kind == "uklon":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], "(" + p[:3] + ") " + p[3:7] + " " + p[7:], p])
    if kind == "ukgeo":
        return R.choice([p[:4] + " " + p[4:7] + " " + p[7:], p[:5] + " " + p[5:], p])
    if kind == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "%s.%s.%s" % (p[:3], p[3:6], p[6:]), p])
    if kind == "ie":
        return R.choice([p[:3] + " " + p[3:6] + " " + p[6:], p[:3] + "-" + p[3:], p])
    if kind == "ukintl":
        return R.choice([p[:3] + " " + p[3:7] + " " + p[7:], p, p[:3] + " (0)" + p[3:7] + " " + p[7:]
                         if c < 0.0 else p[:3] + " " + p[3:]])
    if kind == "usintl":
        return R.choice(["+1 (%s) %s-%s" % (p[2:5], p[5:8], p[8:]), "+1-%s-%s-%s" % (p[2:5], p[5:8], p[8:]), p])
    return R.choice([p[:4] + " " + p[4:6] + " " + p[6:9] + " " + p[9:], p])


def speak_phone(p, kind):
    style = "us" if kind.startswith("us") else "uk"
    if p.startswith("+"):
        cc = {"ukintl": "44", "usintl": "1", "ieintl": "353"}[kind]
        rest = p[1 + len(cc):]
        return "plus " + speak(cc, style, mode="digit") + " " + speak(rest, style, fill=0.15)
    if kind.startswith("us"):
        return speak(p[:3], style) + " " + speak(p[3:6], style) + " " + speak(p[6:], style)
    cut = 5 if kind in ("ukmob", "ukgeo") else 3
    return speak(p[:cut], style, mode=R.choice(["digit", "runs"])) + " " + speak(p[cut:], style, fill=0.1)


FIRST = ["john", "sarah", "aoife", "liam", "priya", "tom", "megan", "olu", "kasia", "dave",
         "niamh", "raj", "emily", "marcus", "jo", "siobhan", "carlos", "fatima", "ben", "lucy"]
LAST = ["smith", "obrien", "patel", "nowak", "murphy", "jones", "okafor", "walsh", "garcia",
        "khan", "doyle", "brown", "kelly", "evans", "hughes", "nguyen", "byrne", "taylor"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com", "sky.com", "comcast.net"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + str(R.randint(1960, 2005))])
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok.isdigit():
            out.append(speak(tok, "uk", mode="pairs") if len(tok) <= 4 else speak(tok))
        elif len(tok) == 1:
            out.append(spell_letter(tok, nato=0.1 if R.random() < 0.6 else 0.5))
        else:
            out.append(tok)
    d = dom.replace(".", " dot ")
    return " ".join(out) + " at " + d


def make_postcode(country=None):
    country = country or R.choice(["uk", "uk", "uk", "us"])
    if country == "us":
        z = "%05d" % R.randint(1001, 99950)
        return (z + "-%04d" % R.randint(1, 9999)) if R.random() < 0.3 else z, "us"
    area = R.choice(["SW", "SE", "N", "E", "W", "NW", "M", "B", "L", "LS", "G", "EH", "CF",
                     "BS", "CB", "BT", "NG", "LE", "S", "KT"])
    d = str(R.randint(1, 19))
    if area in ("SW", "W", "E") and R.random() < 0.3:
        d = str(R.randint(1, 9)) + R.choice("ABHW")
    inward = str(R.randint(0, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return area + d + " " + inward, "uk"


def speak_postcode(pc, country):
    if country == "us":
        return speak(pc.replace("-", ""), "us", mode="digit")
    return speak_alnum(pc.replace(" ", ""), "uk")


STREETS = ["high street", "station road", "church lane", "elm avenue", "maple drive",
           "victoria road", "park crescent", "mill lane", "oak street", "main street",
           "kings road", "willow close", "castle view", "grove terrace", "orchard way",
           "pine street", "river walk", "market square", "college green", "harbour road"]
US_STREETS = ["maple avenue", "oak street", "elm street", "washington boulevard",
              "lincoln avenue", "cedar lane", "sunset drive", "lakeview court", "pine road",
              "5th avenue", "park place"]
STREET_WORDS = {"street", "road", "lane", "avenue", "drive", "crescent", "close", "view",
                "terrace", "way", "walk", "square", "green", "boulevard", "court", "place",
                "st", "rd", "ave", "dr", "blvd", "ln"}


def make_address(country="uk", typed=True):
    num = R.randint(1, 240) if country == "uk" else R.randint(100, 9899)
    st = R.choice(STREETS if country == "uk" else US_STREETS)
    flat = R.random() < 0.2 and country == "uk"
    if typed:
        s = st.title()
        if R.random() < 0.3:
            s = s.replace(" Street", " St").replace(" Road", " Rd").replace(" Avenue", " Ave")
        if R.random() < 0.2:
            s = s.lower()
        a = "%d %s" % (num, s)
        if flat:
            a = R.choice(["Flat %d, " % R.randint(1, 20), "Apt %d " % R.randint(1, 20)]) + a
        return a
    if country == "us" and num >= 1000 and R.random() < 0.6:
        words = speak(str(num), "us", mode="pairs")
    elif num < 100 and R.random() < 0.6:
        words = speak("%02d" % num, "uk", mode="pairs") if num >= 10 else UNITS[num]
    else:
        words = speak(str(num), "uk", mode="digit")
    a = words + " " + st
    if flat:
        a = "flat " + UNITS[R.randint(1, 9)] + " " + a
    return a


def make_dob():
    y = R.randint(1938, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def fmt_dob(y, m, d, typed, us=False):
    if typed:
        return R.choice(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)),
                         "%d-%02d-%02d" % (y, m, d),
                         "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                         "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                         "%d.%d.%02d" % (d, m, y % 100)])
    yw = R.choice([pair_words(str(y)[:2], "uk") + " " + pair_words(str(y)[2:], "uk"),
                   pair_words(str(y)[2:], "uk")]) if y < 2000 else \
        "two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + TEENS[y - 2010]
    if y < 2000 and str(y)[2] == "0":
        yw = "nineteen oh " + UNITS[int(str(y)[3])]
    return R.choice(["%s of %s %s" % (ORD[d], MONTHS[m - 1], yw),
                     "%s %s %s" % (MONTHS[m - 1], ORD[d], yw),
                     "%s %s %s" % (ORD[d], MONTHS[m - 1], yw),
                     "%s %s %s" % (speak("%02d" % d, "uk", mode="digit"),
                                   speak("%02d" % m, "uk", mode="digit"), yw)])


def make_expiry(typed):
    m, y = R.randint(1, 12), R.randint(25, 32)
    if typed:
        return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                         "%02d%02d" % (m, y), "%02d / %02d" % (m, y)])
    return R.choice(["%s %s" % (speak("%02d" % m, "uk", mode="digit"), pair_words(str(y), "uk")),
                     "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y), "uk")),
                     "%s %s" % (MONTHS[m - 1], pair_words(str(y), "uk")),
                     "%s slash %s" % (speak("%02d" % m, "uk", mode="digit"),
                                      speak(str(y), "uk", mode="digit"))])


def make_sort():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))


def fmt_sort(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])


def make_account(country="uk"):
    if country == "uk":
        return "".join(str(R.randint(0, 9)) for _ in range(8))
    return str(R.randint(1, 9)) + "".join(str(R.randint(0, 9)) for _ in range(R.choice([9, 10, 11])))


# ----------------------------------------------------------------- case building
def V(text, typ):
    return (text, typ)


def build(turns):
    """turns: list of (speaker, [segments]); segment = str or (text, TYPE)."""
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            piece = seg[0] if isinstance(seg, tuple) else seg
            if not text and not isinstance(seg, tuple):
                piece = piece.lstrip()
            if not piece:
                continue
            if text and text[-1].isalnum() and piece[0].isalnum():
                text += " "
            if isinstance(seg, tuple):
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(piece),
                              "type": seg[1]})
            text += piece
        out_turns.append({"speaker": spk, "text": text.rstrip()})
    return out_turns, spans


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def chat_typo(s):
    if R.random() < 0.25:
        words = s.split(" ")
        i = R.randrange(len(words))
        w = words[i]
        if len(w) > 3 and w.isalpha():
            j = R.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
        s = " ".join(words)
    if R.random() < 0.2:
        s = s.lower()
    return s


def render(typ, typed, ctx=None):
    """Return rendered value text for a fresh value of typ (typed chat or spoken ASR)."""
    ctx = ctx or {}
    if typ == "CARD_NUMBER":
        d = ctx.get("card") or make_card()
        if typed:
            return R.choice([group_card(d, " "), group_card(d, "-"), d, group_card(d, "  "),
                             group_card(d, " ")])
        parts = [d[i:i + 4] for i in range(0, len(d), 4)]
        return " ".join(speak(p, "uk", fill=0.05) for p in parts)
    if typ == "CVV":
        d = "%03d" % R.randint(0, 999) if not ctx.get("amex") else "%04d" % R.randint(0, 9999)
        return d if typed else speak(d, "uk", mode="digit")
    if typ == "EXPIRY":
        return make_expiry(typed)
    if typ == "SSN":
        s = make_ssn()
        if typed:
            return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                             s[:3] + "." + s[3:5] + "." + s[5:]])
        return speak(s[:3], "us") + " " + speak(s[3:5], "us") + " " + speak(s[5:], "us", fill=0.1)
    if typ == "NI_NUMBER":
        n = make_ni()
        if typed:
            v = R.choice([n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                          n, n[:2] + n[2:8] + " " + n[8], n[:2] + " " + n[2:8] + " " + n[8]])
            return v.lower() if R.random() < 0.25 else v
        return (spell_letter(n[0]) + " " + spell_letter(n[1]) + " " +
                speak(n[2:8], "uk", mode=R.choice(["digit", "pairs", "runs"]), fill=0.08) +
                " " + spell_letter(n[8]))
    if typ == "BANK_ACCOUNT":
        a = make_account(ctx.get("country", "uk"))
        return a if typed else speak(a, "us" if len(a) > 8 else "uk", fill=0.08)
    if typ == "SORT_CODE":
        s = make_sort()
        return fmt_sort(s) if typed else speak(s, "uk", mode=R.choice(["digit", "pairs", "runs"]))
    if typ == "IBAN":
        ib = make_iban(ctx.get("iban_country"))
        if typed:
            g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
            v = R.choice([g, ib, g])
            return v.lower() if R.random() < 0.15 else v
        return speak_alnum(ib, "uk")
    if typ == "PHONE":
        p, k = make_phone(ctx.get("phone_kind"))
        return fmt_phone(p, k) if typed else speak_phone(p, k)
    if typ == "EMAIL":
        e = make_email()
        if typed:
            return R.choice([e, e, e.title() if R.random() < 0.3 else e, e.upper() if R.random() < 0.1 else e])
        return speak_email(e)
    if typ == "DOB":
        y, m, d = make_dob()
        return fmt_dob(y, m, d, typed, us=ctx.get("us", False))
    if typ == "POSTCODE":
        pc, c = make_postcode(ctx.get("pc_country"))
        if typed:
            v = R.choice([pc, pc, pc.replace(" ", ""), pc.lower()])
            return v
        return speak_postcode(pc, c)
    if typ == "ADDRESS":
        return make_address(ctx.get("country", "uk"), typed)
    raise ValueError(typ)


ASK = {
    "CARD_NUMBER": ["what's the long number on the front of the card", "can I take the card number please",
                    "go ahead with the sixteen digit number on the card", "and the card number when you're ready"],
    "CVV": ["and the three digit security code on the back", "last thing the security code please",
            "can you read me the cvv on the back of the card", "and the three digits on the signature strip"],
    "EXPIRY": ["and the expiry date on the card", "when does the card expire", "what's the valid thru date on it",
               "and the end date on the card please"],
    "SSN": ["can I get your social security number to verify", "and your social please",
            "for verification I'll need the last nine of your social, the full social security number",
            "what's the ssn on the account"],
    "NI_NUMBER": ["can you give me your national insurance number", "and your NI number please",
                  "for the claim I need your national insurance number", "what's your national insurance number"],
    "BANK_ACCOUNT": ["and the account number", "what's the account number you want the refund paid into",
                     "can I take your bank account number", "and the eight digit account number"],
    "SORT_CODE": ["and the sort code", "what's the sort code for that account", "can I take the sort code please"],
    "IBAN": ["could you give me the IBAN for the transfer", "what's your iban", "and the IBAN of the receiving account"],
    "PHONE": ["what's the best number to reach you on", "can I take a contact number", "and a phone number please",
              "what number should the engineer call"],
    "EMAIL": ["what's your email address", "can I get an email for the confirmation", "and the email on the account"],
    "DOB": ["can you confirm your date of birth", "and your date of birth please", "what's the date of birth on the policy"],
    "POSTCODE": ["and the postcode", "can I take the postcode please", "what's the zip code", "and the postcode at the property"],
    "ADDRESS": ["and the first line of the address", "what's the address of the property", "can you confirm your street address",
                "where should we send the replacement"],
}
LEAD_CALL = {
    "CARD_NUMBER": ["yeah it's", "okay it's", "right so it's", "it is", ""],
    "CVV": ["it's", "yeah", "that's", "the code is"],
    "EXPIRY": ["it expires", "it's", "the end date is", "expiry is"],
    "SSN": ["sure it's", "yeah it's", "it's", "my social is"],
    "NI_NUMBER": ["yeah it's", "it's", "okay so it's", "right it's"],
    "BANK_ACCOUNT": ["it's", "the account number is", "okay it's", "yeah"],
    "SORT_CODE": ["it's", "sort code is", "yeah it's"],
    "IBAN": ["okay it's", "right it starts", "it's"],
    "PHONE": ["yeah it's", "it's my mobile", "you can get me on", "best is"],
    "EMAIL": ["yeah it's", "it's", "email is"],
    "DOB": ["it's", "yeah", "i was born on", "that's"],
    "POSTCODE": ["it's", "yeah it's", "the postcode is"],
    "ADDRESS": ["it's", "yeah it's", "we're at", "it's number"],
}
LEAD_CHAT = {
    "CARD_NUMBER": ["Card number is", "its", "card no:", "Here you go:", "the long number is"],
    "CVV": ["cvv", "security code is", "Code:", "its"],
    "EXPIRY": ["expires", "exp", "Expiry:", "valid till"],
    "SSN": ["SSN is", "my social is", "ssn:", "Social security number -"],
    "NI_NUMBER": ["NI number is", "my ni no is", "NINO:", "national insurance number is"],
    "BANK_ACCOUNT": ["Acc no", "account number is", "acct:", "the account is"],
    "SORT_CODE": ["sort code", "Sort code is", "sc:"],
    "IBAN": ["IBAN:", "my iban is", "Iban"],
    "PHONE": ["my number is", "mob:", "call me on", "Tel -"],
    "EMAIL": ["email is", "its", "E-mail:", "you can email me at"],
    "DOB": ["DOB", "date of birth is", "born", "dob:"],
    "POSTCODE": ["postcode is", "Postcode:", "zip", "its"],
    "ADDRESS": ["address is", "I live at", "Address:", "we moved to"],
}
TRAIL_CALL = ["", "", "", "yeah", "i think", "that's it", "and my bill was forty two pounds last month",
              "and i've been with you since twenty nineteen", "sorry it's been a long day",
              "and i'm calling about the order from tuesday"]
TRAIL_CHAT = ["", "", "", "thx", "Thanks!", "cheers", "- order was £42.99", "(ref 55120)",
              "pls hurry i've been waiting 45 mins", "ty"]
TYPE_INDUSTRY = {
    "CARD_NUMBER": ["retail", "telecom", "travel", "insurance", "utilities"],
    "CVV": ["retail", "travel", "telecom"], "EXPIRY": ["retail", "travel", "insurance"],
    "SSN": ["banking", "healthcare billing", "government services", "insurance"],
    "NI_NUMBER": ["government services", "banking", "insurance", "utilities"],
    "BANK_ACCOUNT": ["banking", "utilities", "insurance"], "SORT_CODE": ["banking", "utilities"],
    "IBAN": ["banking", "travel", "retail"], "PHONE": ["telecom", "utilities", "retail", "healthcare billing"],
    "EMAIL": ["retail", "telecom", "travel"], "DOB": ["healthcare billing", "insurance", "banking"],
    "POSTCODE": ["utilities", "retail", "telecom"], "ADDRESS": ["utilities", "insurance", "retail"],
}
US_TYPES = {"SSN"}


def ctx_for(typ):
    if typ in US_TYPES:
        return {"country": "us", "pc_country": "us", "us": True, "phone_kind": R.choice(["us", "usintl"])}
    return {}


def pos_simple(typ, chat):
    ctx = ctx_for(typ)
    val = render(typ, chat, ctx)
    ind = R.choice(TYPE_INDUSTRY[typ])
    if chat:
        lead = R.choice(LEAD_CHAT[typ])
        trail = R.choice(TRAIL_CHAT)
        ask = R.choice(ASK[typ])
        ask = ask[0].upper() + ask[1:] + "?"
        turns = [("agent", [ask]), ("customer", [chat_typo(lead) + " ", V(val, typ), (" " + trail) if trail else ""])]
        note = "chat/%s: %s typed after '%s'%s" % (ind, typ, lead, ", trailing non-PII text" if trail else "")
    else:
        lead = R.choice(LEAD_CALL[typ])
        trail = R.choice(TRAIL_CALL)
        turns = [("agent", [R.choice(ASK[typ])]), ("customer", [lead + " ", V(val, typ), (" " + trail) if trail else ""])]
        note = "call/%s: %s spoken in one turn%s" % (ind, typ, ", followed by non-PII number talk" if any(
            w in trail for w in ("forty", "twenty", "tuesday")) else "")
    return turns, note


def pos_split(typ):
    """Spoken value split across customer turns with agent back-channels."""
    ind = R.choice(TYPE_INDUSTRY[typ])
    if typ == "CARD_NUMBER":
        d = make_card(R.choice(["visa", "mc", "disc", "mc2"]))
        chunks = [d[i:i + 4] for i in range(0, 16, 4)]
    elif typ == "SSN":
        d = make_ssn()
        chunks = [d[:3], d[3:5], d[5:]]
    elif typ == "NI_NUMBER":
        n = make_ni()
        chunks = [n[:2], n[2:4], n[4:6], n[6:8] + n[8]]
    elif typ == "PHONE":
        p, _ = make_phone("ukmob")
        chunks = [p[:5], p[5:8], p[8:]]
    elif typ == "IBAN":
        ib = make_iban(R.choice(["GB", "IE"]))
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    else:
        a = make_account()
        chunks = [a[:4], a[4:]]
    turns = [("agent", [R.choice(ASK[typ])])]
    backs = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "go on"]
    for i, c in enumerate(chunks):
        spoken = speak_alnum(c, "us" if typ == "SSN" else "uk") if not c.isdigit() else \
            speak(c, "us" if typ == "SSN" else "uk")
        pre = R.choice(["", "", "um", "right", "it's"]) if i == 0 else R.choice(["", "", "then", "and"])
        post = R.choice(["", "", "um", ""]) if i < len(chunks) - 1 else R.choice(["", "that's it", ""])
        turns.append(("customer", [pre + " " if pre else "", V(spoken, typ), " " + post if post else ""]))
        if i < len(chunks) - 1:
            turns.append(("agent", [R.choice(backs)]))
    return turns, "call/%s: %s split over %d customer turns with agent back-channels" % (ind, typ, len(chunks))


def pos_readback(typ):
    ind = R.choice(TYPE_INDUSTRY[typ])
    ctx = ctx_for(typ)
    s = R.getstate()
    v1 = render(typ, False, ctx)
    R.setstate(s)
    v2 = render(typ, False, ctx)  # same underlying value, possibly different spoken form
    turns = [("agent", [R.choice(ASK[typ])]),
             ("customer", [R.choice(LEAD_CALL[typ]) + " ", V(v1, typ)]),
             ("agent", [R.choice(["let me just read that back", "so that's", "okay i have"]) + " ", V(v2, typ),
                        " " + R.choice(["is that right", "correct", "yeah"])]),
             ("customer", [R.choice(["yes that's right", "yep", "correct"])])]
    return turns, "call/%s: %s given then read back by the agent (both labelled)" % (ind, typ)


def pos_correction(typ):
    ind = R.choice(TYPE_INDUSTRY[typ])
    ctx = ctx_for(typ)
    v1 = render(typ, False, ctx)
    v2 = render(typ, False, ctx)
    turns = [("agent", [R.choice(ASK[typ])]),
             ("customer", [R.choice(LEAD_CALL[typ]) + " ", V(v1, typ), " " +
                           R.choice(["no sorry that's my old one it's", "no wait that's wrong it's",
                                     "actually no sorry the new one is"]) + " ", V(v2, typ)])]
    return turns, "call/%s: %s self-corrected, both values labelled" % (ind, typ)


def pos_card_bundle(chat):
    """Card number, expiry and CVV in one flow, with non-PII amounts around."""
    ind = R.choice(["retail", "travel", "telecom", "utilities"])
    kind = R.choice(["visa", "mc", "amex", "disc"])
    d = make_card(kind)
    amex = kind == "amex"
    card = render("CARD_NUMBER", chat, {"card": d})
    exp = make_expiry(chat)
    cvv = render("CVV", chat, {"amex": amex})
    if chat:
        amt = "£%d.%02d" % (R.randint(10, 900), R.randint(0, 99))
        turns = [("agent", ["The balance is %s. Can you send card number, expiry and CVV?" % amt]),
                 ("customer", [V(card, "CARD_NUMBER"), R.choice([" exp ", ", exp ", " expiry "]), V(exp, "EXPIRY"),
                               R.choice([" cvv ", " code ", " sec "]), V(cvv, "CVV")])]
        return turns, "chat/%s: card, expiry and CVV in one message next to a price" % ind
    amt = "%s pounds %s" % (pair_words("%02d" % R.randint(10, 99), "uk"), pair_words("%02d" % R.randint(10, 99), "uk"))
    turns = [("agent", ["okay so that's %s to pay today what's the card number" % amt]),
             ("customer", ["yeah ", V(card, "CARD_NUMBER")]),
             ("agent", ["and the expiry"]),
             ("customer", [V(exp, "EXPIRY")]),
             ("agent", ["and the %s digits on the back" % ("four" if amex else "three")]),
             ("customer", [R.choice(["it's ", "", "um "]), V(cvv, "CVV")])]
    return turns, "call/%s: card, expiry, CVV over turns, amount mentioned by agent" % ind


def pos_bank_pair(chat):
    ind = R.choice(["banking", "utilities", "insurance"])
    sc = make_sort()
    acc = make_account()
    if chat:
        scs, accs = fmt_sort(sc), acc
        turns = [("agent", ["Please provide sort code and account number for the direct debit (first payment on 1st %s)" %
                            MONTHS[R.randint(0, 11)].title()]),
                 ("customer", [R.choice(["sort ", "SC ", ""]), V(scs, "SORT_CODE"), R.choice([" acc ", " / ", " account "]),
                               V(accs, "BANK_ACCOUNT")])]
        return turns, "chat/%s: sort code and account in one line beside a payment date" % ind
    turns = [("agent", ["okay and the sort code and account number for the direct debit"]),
             ("customer", ["sort code is ", V(speak(sc, "uk"), "SORT_CODE"), " and the account number ",
                           V(speak(acc, "uk", fill=0.1), "BANK_ACCOUNT"), " and can it come out on the twenty eighth"])]
    return turns, "call/%s: sort code and account in one turn, non-birth date after" % ind


def pos_beside_numbers(typ, chat):
    """PII right beside reference numbers / amounts / times."""
    ctx = ctx_for(typ)
    val = render(typ, chat, ctx)
    ind = R.choice(INDUSTRY)
    ref = str(R.randint(10 ** 6, 10 ** 9))
    if chat:
        pre = R.choice(["Order #%s -" % ref, "ref %s," % ref, "Ticket %s." % ref, "paid £%d.%02d on %d/%d," % (
            R.randint(5, 300), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12))])
        turns = [("customer", [pre + " " + R.choice(LEAD_CHAT[typ]) + " ", V(val, typ), " " +
                               R.choice(["call after 5:30pm", "thanks", "amount was $%d" % R.randint(20, 999), ""])])]
        return turns, "chat/%s: %s right after a reference number or amount" % (ind, typ)
    refw = speak(ref, "uk", mode="digit")
    turns = [("agent", ["can i take the reference number first"]),
             ("customer", ["yeah it's " + refw]),
             ("agent", ["thank you " + R.choice(ASK[typ])]),
             ("customer", [R.choice(LEAD_CALL[typ]) + " ", V(val, typ), " " +
                           R.choice(["and i paid sixty pounds on the third", "it was about ten past four", "", "yeah"])])]
    return turns, "call/%s: %s after a spoken reference number (reference unlabelled)" % (ind, typ)


def pos_two_values(chat):
    """Two or three values in one customer turn (verification / change of address)."""
    combo = R.choice([("DOB", "POSTCODE"), ("ADDRESS", "POSTCODE"), ("PHONE", "EMAIL"), ("SSN", "DOB"),
                      ("NI_NUMBER", "DOB"), ("ADDRESS", "POSTCODE", "PHONE")])
    us = "SSN" in combo
    ctx = {"country": "us", "pc_country": "us", "us": True, "phone_kind": "us"} if us else {
        "pc_country": "uk", "phone_kind": R.choice(["ukmob", "uklon", "ukgeo", "ukintl"])}
    ind = R.choice(INDUSTRY)
    joins_call = [" and ", " and um ", " and the ", " yeah and "]
    joins_chat = [", ", " / ", " and ", "; "]
    segs = []
    for k, typ in enumerate(combo):
        if k:
            segs.append(R.choice(joins_chat if chat else joins_call))
        segs.append(V(render(typ, chat, ctx), typ))
    ask = "can you confirm your " + " and ".join(
        {"DOB": "date of birth", "POSTCODE": "zip code" if us else "postcode", "ADDRESS": "address",
         "PHONE": "phone number", "EMAIL": "email", "SSN": "social", "NI_NUMBER": "NI number"}[t] for t in combo)
    if chat:
        ask = ask[0].upper() + ask[1:] + " please?"
    lead = R.choice(["sure ", "yeah ", "", "it's "]) if not chat else R.choice(["", "Sure - ", "ok "])
    tail = R.choice(["", " and i've got about twenty minutes", " the bill is two hundred and six dollars" if us else " my bill's gone up by ten pounds"]) if not chat else R.choice(["", " thanks", " (moved in on 3rd June)"])
    turns = [("agent", [ask]), ("customer", [lead] + segs + [tail])]
    return turns, "%s/%s: %s in one turn" % ("chat" if chat else "call", ind, " + ".join(combo))


# ----------------------------------------------------------------- negatives
def dg(k, first_nonzero=True):
    s = "".join(str(R.randint(0, 9)) for _ in range(k))
    return (str(R.randint(1, 9)) + s[1:]) if first_nonzero else s


def money_words():
    p = R.randint(11, 999)
    h, rest = divmod(p, 100)
    w = (UNITS[h] + " hundred" + (" and " if rest else "")) if h else ""
    if rest:
        w += pair_words("%02d" % rest, "uk") if rest >= 10 else UNITS[rest]
    return w.strip()


def neg_cases():
    M = lambda: MONTHS[R.randint(0, 11)]
    gens = [
        lambda: ([("agent", ["your order number is %s and it should arrive by friday" % dg(10)])],
                 "chat/retail: 10-digit order number with its name"),
        lambda: ([("customer", ["hi my order number is " + speak(dg(9), "uk", mode="digit") + " and it still hasn't come"])],
                 "call/retail: 9-digit order number read digit by digit"),
        lambda: ([("agent", ["the tracking number is %s%s%s you can check it on the website" % (
            R.choice(["JD", "RM", "AB", "LX"]), dg(9, False), "GB")])],
                 "chat/retail: Royal Mail style tracking number"),
        lambda: ([("customer", ["tracking says 1Z%s%s%s but nothing has moved" % (dg(3), R.choice(["E4", "A9", "X1"]), dg(8))])],
                 "chat/retail: UPS style tracking id"),
        lambda: ([("agent", ["okay so the balance outstanding is " + speak(dg(4), "uk", mode="digit") + " pounds and " +
                             pair_words("%02d" % R.randint(10, 99), "uk") + " pence"])],
                 "call/utilities: balance amount read digit by digit"),
        lambda: ([("agent", ["you owe %s pounds %s" % (money_words(), pair_words("%02d" % R.randint(10, 99), "uk"))]),
                  ("customer", ["and if i pay %s today does that clear it" % money_words()])],
                 "call/telecom: money amounts in words"),
        lambda: ([("agent", ["Your balance is £%s,%03d.%02d and the minimum payment is £%d.%02d" % (
            R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(5, 99), R.randint(0, 99))])],
                 "chat/banking: balances with thousands separator"),
        lambda: ([("agent", ["we're open eight till eight monday to friday and nine to five thirty on saturdays"])],
                 "call/telecom: opening hours"),
        lambda: ([("agent", ["Lines are open 08:00-20:00 Mon-Fri, 09:00-17:30 Sat"])],
                 "chat/utilities: phone-like opening hours"),
        lambda: ([("agent", ["the engineer will come between oh eight hundred and twelve hundred on the %s of %s" % (
            ORD[R.randint(1, 28)], M())])],
                 "call/utilities: appointment window and date"),
        lambda: ([("customer", ["the meter reading is " + speak(dg(5, False), "uk", mode="digit") + " and the night one is " +
                                speak(dg(5, False), "uk", mode="digit")])],
                 "call/utilities: two meter readings digit by digit"),
        lambda: ([("customer", ["Meter reading: %s (day) %s (night), meter serial %s%s" % (
            dg(5, False), dg(5, False), R.choice(["E", "K", "S"]) + dg(2), R.choice(["K", "D"]) + dg(5))])],
                 "chat/utilities: meter readings and meter serial"),
        lambda: ([("customer", ["its a %s, serial number %s" % (
            R.choice(["Samsung SM-G991B", "Bosch WAN28281GB", "Dell XPS 9320", "iPhone 13 A2633", "HP LaserJet M404dn"]),
            R.choice(["R58", "C02", "5CD", "SN"]) + dg(7) + R.choice(["X", "K", "Q"]))])],
                 "chat/retail: model and serial numbers"),
        lambda: ([("customer", ["it's the model k d l fifty five x eight thousand and the serial is " + speak(dg(7), "uk", mode="digit")])],
                 "call/retail: model and 7-digit serial spoken"),
        lambda: ([("agent", ["i can see the card ending " + speak(dg(4, False), "uk", mode="digit") + " is that the one you want to use"]),
                  ("customer", ["yeah the one ending in " + speak(dg(4, False), "uk", mode="digit") + " sorry i mean that one yes"])],
                 "call/retail: card last-four mentions only"),
        lambda: ([("agent", ["Payment of £%d.%02d taken from card ending %s on %02d/%02d/20%d" % (
            R.randint(5, 400), R.randint(0, 99), dg(4, False), R.randint(1, 28), R.randint(1, 12), R.randint(23, 26))])],
                 "chat/insurance: last four plus payment date"),
        lambda: ([("agent", ["your claim number is CLM-%s, please quote it on all letters" % dg(8)])],
                 "chat/insurance: claim number with prefix"),
        lambda: ([("customer", ["the claim reference is " + speak(dg(8), "uk", mode="pairs")])],
                 "call/insurance: claim reference in pairs"),
        lambda: ([("customer", ["Invoice INV-%s dated %d %s was wrong, it says %d units" % (
            dg(6), R.randint(1, 28), M().title(), R.randint(2, 40))])],
                 "chat/retail: invoice number, invoice date, quantity"),
        lambda: ([("agent", ["i'll raise a ticket that's ticket " + speak(dg(7), "uk", mode="digit")])],
                 "call/telecom: ticket number spoken"),
        lambda: ([("customer", ["I'm flying %s %s on the %d%s, departs 14:35" % (
            R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(10, 9999), R.randint(1, 28), "th")])],
                 "chat/travel: flight number, travel date, time"),
        lambda: ([("customer", ["we're on flight " + R.choice(["e i", "b a", "u a"]) + " " + speak(str(R.randint(100, 999)), "uk") +
                                " landing at " + pair_words("%02d" % R.randint(10, 23), "uk") + " " + pair_words("%02d" % R.randint(10, 59), "uk")])],
                 "call/travel: flight number and arrival time spoken"),
        lambda: ([("customer", ["I'm in room %d and the booking ref is %s" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))])],
                 "chat/travel: room number, PNR booking code"),
        lambda: ([("customer", ["the speed's dropped to about " + pair_words("%02d" % R.randint(11, 99), "uk") + " megs when i pay for " +
                                UNITS[R.randint(2, 9)] + " hundred"])],
                 "call/telecom: broadband speeds"),
        lambda: ([("customer", ["i'm %s years old and i've been a customer since %s" % (
            pair_words("%02d" % R.randint(21, 95), "uk"), pair_words("19", "uk") + " " + pair_words("%02d" % R.randint(70, 99), "uk"))])],
                 "call/banking: age and year as customer"),
        lambda: ([("customer", ["I'm %d and have been with you since %d, surely that counts for something" % (R.randint(21, 90), R.randint(1975, 2020))])],
                 "chat/insurance: age and year"),
        lambda: ([("agent", ["the rate goes up by %s percent from the %s of %s" % (
            R.choice(["three point nine", "six", "four point five", "twelve"]), ORD[R.randint(1, 28)], M())])],
                 "call/telecom: percentage and contract change date"),
        lambda: ([("agent", ["Your contract started on %02d/%02d/%d and ends %02d/%02d/%d" % (
            R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2024), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2027))])],
                 "chat/telecom: contract start and end dates (not DOB)"),
        lambda: ([("customer", ["the thermostat says %d degrees and the boiler pressure is %d.%d bar" % (
            R.randint(12, 25), R.randint(0, 2), R.randint(0, 9))])],
                 "chat/utilities: temperature and pressure"),
        lambda: ([("agent", ["your appointment is on %s the %s of %s at %s" % (
            R.choice(["monday", "tuesday", "thursday"]), ORD[R.randint(1, 28)], M(), R.choice(["ten past nine", "half two", "quarter to eleven", "three fifteen"]))])],
                 "call/healthcare billing: appointment date and time"),
        lambda: ([("customer", ["i paid it on the %s of %s %s it was %s pounds" % (
            ORD[R.randint(1, 28)], M(), "twenty twenty " + UNITS[R.randint(3, 6)], money_words())])],
                 "call/utilities: payment date with year, amount"),
        lambda: ([("agent", ["that'll be " + pair_words("%02d" % R.randint(10, 99), "uk") + " ninety nine a month for " +
                             pair_words("%02d" % R.choice([12, 18, 24, 36]), "uk") + " months with " + pair_words("%02d" % R.choice([30, 50, 100 % 100 or 60]), "uk") + " gigs of data"])],
                 "call/telecom: price, contract length, data allowance"),
        lambda: ([("customer", ["Case ref %s - been on hold %d mins, this is my %drd call" % (dg(R.choice([6, 7, 8])), R.randint(20, 90), 3)])],
                 "chat/telecom: case reference, duration, count"),
        lambda: ([("agent", ["policy number " + R.choice(["p o l", "p l"]) + " " + speak(dg(8), "uk", mode="digit") + " and the excess is two hundred and fifty pounds"])],
                 "call/insurance: policy number with spoken prefix, excess amount"),
        lambda: ([("customer", ["Policy no. HX%s, renewal premium £%d.%02d" % (dg(9), R.randint(100, 999), R.randint(0, 99))])],
                 "chat/insurance: policy number and premium"),
        lambda: ([("agent", ["for billing call us on the number on your statement, the account summary shows %d visits and a total of $%d.%02d" % (
            R.randint(2, 9), R.randint(100, 4000), R.randint(0, 99))])],
                 "chat/healthcare billing: visit count and total"),
        lambda: ([("customer", ["the bill from the %s says " % R.choice(["hospital", "clinic", "lab"]) + money_words() + " dollars and the procedure code is " +
                                speak(dg(5), "us", mode="digit")])],
                 "call/healthcare billing: amount and procedure code"),
        lambda: ((lambda y: [("agent", ["Your tax reference for %d-%02d is %s and the amount due is £%d" % (
            y, (y + 1) % 100, dg(10), R.randint(100, 9000))])])(R.randint(2019, 2024)),
                 "chat/government services: 10-digit tax reference (UTR-like) with its name, tax year"),
        lambda: ([("agent", ["your application reference is " + speak(dg(10), "uk", mode="digit") + " and it takes about " +
                             UNITS[R.randint(2, 9)] + " to " + TEENS[R.randint(0, 5)] + " working days"])],
                 "call/government services: 10-digit application reference, durations"),
        lambda: ([("customer", ["the parcel weighs %s kilos and it's %s by %s centimetres" % (
            UNITS[R.randint(2, 9)] + " point " + UNITS[R.randint(1, 9)], pair_words("%02d" % R.randint(20, 90), "uk"),
            pair_words("%02d" % R.randint(20, 90), "uk"))])],
                 "call/retail: weights and dimensions"),
        lambda: ([("customer", ["I was charged $%d.%02d twice on %s %d, transaction ids %s and %s" % (
            R.randint(10, 500), R.randint(0, 99), M().title(), R.randint(1, 28), dg(8), dg(8))])],
                 "chat/banking: duplicate charge, transaction ids"),
        lambda: ([("agent", ["I've refunded %s pounds it'll take three to five working days and your reference is %s" % (
            money_words(), speak(dg(6), "uk", mode="pairs"))])],
                 "call/retail: refund amount, days, six-digit reference in pairs"),
        lambda: ([("customer", ["my boiler is a %s %s, about %d years old" % (
            R.choice(["Worcester", "Vaillant", "Baxi", "Ideal"]), R.choice(["Greenstar 30i", "ecoTEC 832", "800 Combi 2 24", "Logic+ C35"]), R.randint(2, 20))])],
                 "chat/utilities: boiler model with numbers"),
        lambda: ([("agent", ["okay and the router is the hub " + UNITS[R.randint(2, 6)] + " with firmware " + UNITS[R.randint(1, 9)] + " point " +
                             UNITS[R.randint(0, 9)] + " point " + pair_words("%02d" % R.randint(10, 99), "uk")])],
                 "call/telecom: device and firmware version"),
        lambda: ([("customer", ["The extension is ext. %d and our office hours are 9-5" % R.randint(100, 9999)])],
                 "chat/retail: extension number and office hours"),
        lambda: ([("agent", ["you've used %d minutes and %d texts this month out of %d" % (R.randint(100, 999), R.randint(10, 500), R.choice([500, 1000, 5000]))])],
                 "chat/telecom: usage counts"),
        lambda: ([("customer", ["standing order for %s pounds every month on the %s" % (money_words(), ORD[R.randint(1, 28)])]),
                  ("agent", ["okay and it started in %s twenty %s" % (M(), TEENS[R.randint(5, 9)])])],
                 "call/banking: standing order amount and date"),
        lambda: ([("customer", ["gate %s%d, seat %d%s, boarding at %d:%02d" % (R.choice("ABC"), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"), R.randint(6, 22), R.randint(0, 59))])],
                 "chat/travel: gate, seat, boarding time"),
        lambda: ([("agent", ["okay i'll need the long number on the front, the expiry and the three digits on the back"]),
                  ("customer", ["hang on let me find my purse"])],
                 "call/retail: card vocabulary, no values"),
        lambda: ([("agent", ["Could you confirm your date of birth and postcode please?"]),
                  ("customer", ["one sec, I'm just getting the letter"])],
                 "chat/banking: PII vocabulary, no values"),
        lambda: ([("customer", ["can you call me back after half five, i finish work at five"])],
                 "call/telecom: callback time"),
        lambda: ([("customer", ["the barcode on the box is %s and it was £%d" % ("50" + dg(11, False), R.randint(5, 99))])],
                 "chat/retail: 13-digit EAN barcode with its name, price"),
        lambda: ([("agent", ["your direct debit of " + money_words() + " pounds will be taken on the first of every month starting the first of " + M()])],
                 "call/utilities: direct debit amount and start date"),
        lambda: ([("customer", ["my order number is " + speak(dg(10), "uk", mode="pairs") + " and i've been charged twice"])],
                 "call/retail: 10-digit order number in pairs"),
        lambda: ([("agent", ["ward %s room %s visiting is two till eight" % (UNITS[R.randint(2, 9)], speak(str(R.randint(200, 499)), "uk", mode="digit"))])],
                 "call/healthcare billing: ward and room numbers, visiting hours"),
        lambda: ([("customer", ["Order %s: 2 x 4K TV 55\" @ $%d.99, delivery %s %d between 7am-1pm" % (dg(9), R.randint(300, 999), M().title(), R.randint(1, 28))])],
                 "chat/retail: order number, quantities, price, delivery slot"),
        lambda: ([("agent", ["so that's account ending " + speak(dg(4, False), "uk", mode="digit") + " and the payment of " + money_words() + " pounds went out on the " + ORD[R.randint(1, 28)]])],
                 "call/banking: account last-four, amount and payment date"),
        lambda: ([("customer", ["The quote was %s, valid 30 days, excess £%d, no claims %d yrs" % ("Q" + dg(8), R.choice([100, 250, 350, 500]), R.randint(1, 9))])],
                 "chat/insurance: quote number, validity, excess, years"),
        lambda: ([("customer", ["Gas account balance -£%d.%02d, kWh used %d" % (R.randint(10, 300), R.randint(0, 99), R.randint(1000, 9999))])],
                 "chat/utilities: negative balance and kWh"),
        lambda: ([("agent", ["we'll send it to our returns centre and you'll get an update within " + pair_words("%02d" % R.choice([24, 48, 72]), "uk") + " hours"])],
                 "call/retail: durations"),
        lambda: ([("customer", ["the voucher code is " + R.choice(["SAVE", "SPRING", "WELCOME"]) + str(R.randint(10, 50)) + " and it should knock %d%% off" % R.randint(5, 40)])],
                 "chat/retail: voucher code and percentage"),
        lambda: ([("customer", ["my mum is in her nineties and she's been paying since nineteen seventy " + UNITS[R.randint(1, 9)]])],
                 "call/utilities: decade and year, no DOB"),
        lambda: ([("agent", ["Reference: %s-%s-%s. Please keep this for your records." % (dg(3), dg(3), dg(4))])],
                 "chat/government services: dashed 10-digit reference (SSN/phone-like shape) with its name"),
        lambda: ([("agent", ["your booking reference is " + speak(dg(3), "uk", mode="digit") + " " + speak(dg(3), "uk", mode="digit") + " " +
                             speak(dg(4), "uk", mode="digit")])],
                 "call/travel: 10-digit booking reference in 3-3-4 grouping"),
        lambda: ([("customer", ["Vehicle reg %s%d %s, mileage %d,%03d" % (R.choice(["AB", "KX", "LD", "YR"]), R.randint(10, 74), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXY") for _ in range(3)),
                                                                         R.randint(10, 120), R.randint(0, 999))])],
                 "chat/insurance: vehicle registration and mileage"),
        lambda: ([("customer", ["the isbn on the back is %s and it cost $%d.%02d" % ("978" + dg(10, False), R.randint(5, 60), R.randint(0, 99))])],
                 "chat/retail: ISBN-13 (13 digits, not a card) beside price"),
    ]
    out = []
    i = 0
    while len(out) < 130:
        g = gens[i % len(gens)]
        out.append(g())
        i += 1
    return out


def positives():
    out = []
    plan = [("CARD_NUMBER", 22), ("NI_NUMBER", 24), ("SSN", 24), ("CVV", 6), ("EXPIRY", 6), ("BANK_ACCOUNT", 8),
            ("SORT_CODE", 8), ("IBAN", 12), ("PHONE", 12), ("EMAIL", 12), ("DOB", 12), ("POSTCODE", 12), ("ADDRESS", 12)]
    for typ, n in plan:
        for k in range(n):
            out.append(pos_simple(typ, chat=(k % 2 == 0)))
    for typ in ["CARD_NUMBER"] * 4 + ["SSN"] * 3 + ["NI_NUMBER"] * 3 + ["PHONE", "IBAN", "BANK_ACCOUNT"]:
        out.append(pos_split(typ))
    for typ in ["CARD_NUMBER", "NI_NUMBER", "SSN", "PHONE", "POSTCODE", "EMAIL", "SORT_CODE", "DOB"]:
        out.append(pos_readback(typ))
    for typ in ["PHONE", "POSTCODE", "ADDRESS", "BANK_ACCOUNT", "EMAIL", "NI_NUMBER"]:
        out.append(pos_correction(typ))
    for k in range(8):
        out.append(pos_card_bundle(chat=(k % 2 == 1)))
    for k in range(6):
        out.append(pos_bank_pair(chat=(k % 2 == 0)))
    for k, typ in enumerate(["CARD_NUMBER", "SSN", "NI_NUMBER", "PHONE", "DOB", "POSTCODE", "ADDRESS", "EMAIL",
                             "IBAN", "CARD_NUMBER", "SSN", "NI_NUMBER"]):
        out.append(pos_beside_numbers(typ, chat=(k % 2 == 0)))
    for k in range(18):
        out.append(pos_two_values(chat=(k % 3 == 0)))
    return out


def generate():
    lines = []
    pos = positives()
    for i, (turns, note) in enumerate(pos, 1):
        t, s = build(turns)
        lines.append({"id": "h296-pos-%03d" % i, "kind": "positive", "turns": t, "spans": s, "note": note})
    for i, (turns, note) in enumerate(neg_cases(), 1):
        t, s = build(turns)
        lines.append({"id": "h296-neg-%03d" % i, "kind": "negative", "turns": t, "spans": [], "note": note})
    return lines


# ----------------------------------------------------------------- validation
W_UNITS = {w: str(i) for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"and", "then", "sorry", "slash", "twenty_"}


def normalise(text):
    """Spoken or typed value -> compact string (digits, upper-case letters, @ . _ + -)."""
    if re.search(r"\d", text):
        keep = r"[^A-Za-z0-9@._+]" if "@" in text else r"[^A-Za-z0-9+]"
        return re.sub(keep, "", text).upper()
    toks = re.findall(r"[a-z]+|[@.+_]", text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in SKIP:
            i += 1
            continue
        spelled = (nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t) or (
            nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t)
        if len(t) == 1 and t.isalpha() and (t != "o" or spelled):
            out.append(t.upper() * mult)
            mult = 1
            if nxt == "for" and i + 2 < len(toks) and toks[i + 2][0] == t:
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3][0] == t:
                i += 4
            else:
                i += 1
            continue
        if t in W_UNITS:
            out.append(W_UNITS[t] * mult)
            mult = 1
        elif t in W_TEENS:
            out.append(W_TEENS[t])
        elif t in W_TENS:
            if nxt in W_UNITS and W_UNITS[nxt] != "0":
                out.append(W_TENS[t] + W_UNITS[nxt])
                i += 1
            else:
                out.append(W_TENS[t] + "0")
        elif t == "hundred":
            out.append("00")
        elif t == "for":
            out.append("4")
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif t == "dot":
            out.append(".")
        elif t == "at":
            out.append("@")
        elif t == "underscore":
            out.append("_")
        elif t == "plus":
            out.append("+")
        else:
            out.append("<" + t + ">")
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text):
    n = normalise(text)
    digits = re.sub(r"\D", "", n)
    low = text.lower()
    if typ == "CARD_NUMBER":
        return 13 <= len(digits) <= 19 and luhn_ok(digits) and digits == n
    if typ == "CVV":
        return len(digits) in (3, 4) and digits == n
    if typ == "EXPIRY":
        return (any(m in low for m in MONTHS) or 3 <= len(digits) <= 6)
    if typ == "SSN":
        return len(digits) == 9 and digits == n
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return 6 <= len(digits) <= 12 and digits == n
    if typ == "SORT_CODE":
        return len(digits) == 6 and digits == n
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        return 10 <= len(digits) <= 13 and re.fullmatch(r"\+?\d+", n) is not None
    if typ == "EMAIL":
        e = re.sub(r"[<>]", "", n)
        return re.fullmatch(r"[A-Za-z0-9._]+@[A-Za-z0-9]+(\.[A-Za-z]+)+", e) is not None
    if typ == "DOB":
        return any(m in low for m in MONTHS) or len(digits) >= 4
    if typ == "POSTCODE":
        return UK_PC.match(n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", low))
        return bool(digits) and bool(words & STREET_WORDS)
    return False


def check(lines, text_on_disk, text_new):
    problems = []
    if text_on_disk != text_new:
        problems.append("cases.jsonl differs from regenerated output (not reproducible or stale)")
    ids = Counter(l["id"] for l in lines)
    problems += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
    tcount = Counter()
    kinds = Counter(l["kind"] for l in lines)
    for l in lines:
        cid = l["id"]
        if l["kind"] == "negative" and l["spans"]:
            problems.append("%s: negative with spans" % cid)
        if l["kind"] == "positive" and not l["spans"]:
            problems.append("%s: positive without spans" % cid)
        for t in l["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s: bad turn" % cid)
        prev = {}
        pending = {}
        for s in l["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(l["turns"])):
                problems.append("%s: turn out of range" % cid)
                continue
            txt = l["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s: offsets out of range" % cid)
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()) or \
                    not (txt[a].isalnum() or txt[a] in "+(") or not txt[b - 1].isalnum():
                problems.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            p = prev.get(s["turn"])
            if p is not None and a < p:
                problems.append("%s: overlapping/unsorted spans" % cid)
            prev[s["turn"]] = b
            tcount[s["type"]] += 1
            # split values: accumulate consecutive fragments of one type until valid
            frag = pending.get(s["type"], "") + " " + txt[a:b]
            if validate(s["type"], frag.strip()) or (
                    re.search(r"\d", frag) and validate(s["type"], re.sub(r"\s+", "", frag))):
                pending[s["type"]] = ""
            else:
                pending[s["type"]] = frag
        for typ, frag in pending.items():
            if frag.strip():
                problems.append("%s: %s does not validate: %r -> %r" % (cid, typ, frag.strip(), normalise(frag)))
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        problems.append("too few cases %s" % dict(kinds))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if tcount[t] < need:
            problems.append("type %s has %d spans < %d" % (t, tcount[t], need))
    return problems, tcount, kinds


def readme(tcount, kinds):
    rows = "\n".join("| %s | %d |" % (t, tcount[t]) for t in TYPES)
    return """# pii_holdout296 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data
that its authors did not see while developing it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not read the
redaction code, its tests, its docs, the benchmark, or any other PII fixture; the only
existing data seen was a three-line example of the JSONL format. Every case is produced by
`scripts/make_pii_holdout296.py` from template functions: each turn is assembled from plain
text segments and (value, TYPE) segments, so character offsets are computed, never typed.
All values come from one `random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout296.py --check` regenerates and verifies the file (ids,
offsets, word boundaries, overlap, and per-type validation after normalising spoken forms:
Luhn, IBAN mod-97, NI shape, 9-digit SSN, 6-digit sort code, digit counts, postcode shapes).

## Contents

- %d positive cases, %d negative cases (`"spans": []`).
- Chat cases: typed values with varied separators, case, typos in the surrounding words.
- Call cases: ASR-style lower case, numbers as words (zero/oh/o/nought, double/triple,
  pairs such as "forty one eleven", years like "nineteen eighty"), letters spelled
  ("b for bravo", "s as in sugar", bare NATO words), e-mails as "x dot y at gmail dot com",
  fillers inside readings, values split over several customer turns with back-channels,
  agent read-backs, self-corrections, several values in one turn, and values sitting next
  to unlabelled non-PII numbers (reference numbers, amounts, dates, times).
- Negatives: order/tracking/claim/invoice/ticket/policy/tax/application references with
  their names (up to 10 digits, some in SSN- or phone-like 3-3-4 shapes), ISBN-13, amounts
  read digit by digit, balances, opening hours and appointment windows, meter readings and
  meter serials, model/serial/firmware numbers, card last-four mentions, dates of
  payments/appointments/contracts, flight/gate/seat/room numbers, ages, years, speeds,
  percentages, temperatures, vehicle registrations, usage counts.

## Annotation conventions

- A span covers the value only, from its first to its last character/word; lead-ins
  ("it's", "my number is", "card no:") and trailing words are outside.
- Fillers *inside* a reading ("four nine um two one") are inside the span.
- Spelled letters include their spelling aid: "j for juliet" is wholly inside an NI/IBAN/
  postcode span.
- A value split over several turns is labelled once per turn fragment, each with the full
  type (e.g. four CARD_NUMBER spans for a card read in four chunks).
- An agent read-back of a value is labelled too; in a self-correction both the wrong and
  the corrected value are labelled.
- PHONE includes a leading "+"/"plus" country code. EXPIRY covers month and year
  ("august twenty eight", "08/27"). DOB covers the whole date including the year.
  ADDRESS is the street line (flat/apartment number, house number, street name and type),
  not the town; POSTCODE (UK postcode or US ZIP/ZIP+4) is a separate span.
- Sort code and account number are separate spans even in one sentence.
- Last-four card mentions, references and all other non-PII numbers are never labelled.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], rows)


def main():
    lines = generate()
    text = "".join(json.dumps(l, ensure_ascii=False) + "\n" for l in lines)
    if "--check" in sys.argv:
        on_disk = open(CASES, encoding="utf-8").read() if os.path.exists(CASES) else ""
        disk_lines = [json.loads(x) for x in on_disk.splitlines() if x.strip()] or lines
        problems, tcount, kinds = check(disk_lines, on_disk, text)
        if os.path.exists(README) and open(README, encoding="utf-8").read() != readme(tcount, kinds):
            problems.append("README.md differs from regenerated output")
        print("cases: %d positive, %d negative" % (kinds["positive"], kinds["negative"]))
        for t in TYPES:
            print("  %-13s %d" % (t, tcount[t]))
        if problems:
            print("%d PROBLEM(S):" % len(problems))
            for p in problems:
                print("  " + p)
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    problems, tcount, kinds = check(lines, text, text)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(tcount, kinds))
    print("wrote %d cases (%d positive, %d negative); %d problem(s)" % (
        len(lines), kinds["positive"], kinds["negative"], len(problems)))
    for p in problems:
        print("  " + p)


if __name__ == "__main__":
    main()

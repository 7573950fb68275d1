#!/usr/bin/env python3
"""Generate the pii_holdout524 held-out PII evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine.  Standard library only; one RNG: random.Random(524241125).

Usage:
    python scripts/make_pii_holdout524.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout524.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout524", "cases.jsonl")

R = random.Random(524241125)

# ---------------------------------------------------------------- segments
# A turn is (speaker, [segment, ...]); a segment is plain str or a label
# produced by L(type, text, key).  key=None: span must validate on its own;
# key="k...": spans sharing the key are concatenated (in order) and the
# result validated; key="~": fragment (charset check only).


def L(typ, text, key=None):
    return ("@", typ, text, key)


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


# ---------------------------------------------------------------- words
DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
ALT_SPELL = {"b": ["b for bravo", "b as in boy", "b for bertie"],
             "d": ["d for delta", "d as in dog"], "m": ["m for mike", "m as in mother"],
             "n": ["n for november", "n as in nancy"], "p": ["p for papa", "p as in peter"],
             "s": ["s for sierra", "s as in sugar"], "t": ["t for tango", "t as in tom"],
             "c": ["c for charlie", "c as in cat"], "e": ["e for echo", "e as in edward"]}
SPELL_WORDS = set(NATO.values()) | {"boy", "bertie", "dog", "mother", "nancy", "peter",
                                     "sugar", "tom", "cat", "edward"}
SPELL_MAP = dict((v, k) for k, v in NATO.items())
SPELL_MAP.update({"boy": "b", "bertie": "b", "dog": "d", "mother": "m", "nancy": "n",
                  "peter": "p", "sugar": "s", "tom": "t", "cat": "c", "edward": "e"})
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def zero_word(alnum=False):
    opts = ["zero", "oh", "nought"] if alnum else ["zero", "oh", "oh", "o", "nought"]
    return R.choice(opts)


def dword(d, alnum=False):
    return zero_word(alnum) if d == "0" else DIG[int(d)]


def pair_word(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + " " + DIG[b]


def speak(ds, style=0.5, filler=0.0, alnum=False):
    """Speak a digit string.  style = probability of compact forms."""
    out = []
    i = 0
    n = len(ds)
    while i < n:
        d = ds[i]
        r = R.random()
        if i + 2 < n + 0 and i + 2 <= n - 1 and ds[i] == ds[i + 1] == ds[i + 2] and r < 0.7:
            out.append("triple " + dword(d, alnum))
            i += 3
        elif i + 1 < n and ds[i] == ds[i + 1] and r < 0.75:
            out.append("double " + dword(d, alnum))
            i += 2
        elif (i + 2 < n and d != "0" and R.random() < style * 0.12
              and (ds[i + 1:i + 3] == "00" or ds[i + 2] != "0")
              and ds[i + 1:i + 3] != "10"):
            rest = ds[i + 1:i + 3]
            w = DIG[int(d)] + " hundred"
            if rest != "00":
                if rest[0] == "0":
                    w += " and " + DIG[int(rest[1])]
                else:
                    w += " and " + pair_word(rest)
            out.append(w)
            i += 3
        elif i + 1 < n and d != "0" and ds[i + 1] != "0" and R.random() < style:
            out.append(pair_word(ds[i:i + 2]))
            i += 2
        else:
            out.append(dword(d, alnum))
            i += 1
        if i < n and filler and R.random() < filler:
            out.append(R.choice(FILLERS))
    return " ".join(out)


def spell_letter(c, nato=0.3):
    c = c.lower()
    r = R.random()
    if r < nato:
        if c in ALT_SPELL and R.random() < 0.5:
            return R.choice(ALT_SPELL[c])
        return c + " for " + NATO[c]
    return c


def speak_alnum(s, nato=0.3, style=0.2):
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(speak(buf, style, alnum=True))
                buf = ""
            if ch.isalpha():
                out.append(spell_letter(ch, nato))
    if buf:
        out.append(speak(buf, style, alnum=True))
    return " ".join(out)


def num_words(n):
    """Cardinal words for 0 <= n < 100000 (amounts, ages, durations)."""
    if n < 10:
        return DIG[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DIG[n % 10])
    if n < 1000:
        h, r = divmod(n, 100)
        return DIG[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    t, r = divmod(n, 1000)
    return num_words(t) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def year_words(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and ", "two thousand "]) + DIG[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    hw = pair_word(str(hi))
    if lo == 0:
        return hw + " hundred"
    if lo < 10:
        return hw + " oh " + DIG[lo]
    if lo % 10 == 0:
        return hw + " " + ({1: "ten"}.get(lo // 10) or TENS[lo // 10])
    return hw + " " + pair_word("%02d" % lo)


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


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "m19"])
    prefix, length = {
        "visa": ("4", 16), "mc": (str(R.randint(51, 55)), 16),
        "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
        "visa13": ("4", 13), "m19": ("6759", 19)}[kind]
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def groups_of(s, sizes):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def card_groups(c):
    if len(c) == 15:
        return groups_of(c, [4, 6, 5])
    return groups_of(c, [4] * 5)


def type_card(c):
    r = R.random()
    g = card_groups(c)
    if r < 0.35:
        return " ".join(g)
    if r < 0.55:
        return "-".join(g)
    if r < 0.7:
        return c
    if r < 0.85:
        sizes = []
        t = 0
        while t < len(c):
            z = R.randint(2, 5)
            sizes.append(z)
            t += z
        return R.choice([" ", "  ", " - "]).join(groups_of(c, sizes))
    return ".".join(g)


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def type_ssn(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def type_ni(n):
    r = R.random()
    if r < 0.4:
        s = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    elif r < 0.7:
        s = n
    elif r < 0.85:
        s = "%s%s%s%s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    else:
        s = "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return s.lower() if R.random() < 0.25 else s


def speak_ni(n, nato=0.35):
    return speak_alnum(n.lower(), nato=nato, style=0.3)


def gen_digits(k, first_nonzero=True):
    s = str(R.randint(1 if first_nonzero else 0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(k - 1))


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc in ("GB", "IE"):
        bban = "".join(R.choice(up) for _ in range(4)) + gen_digits(6) + gen_digits(8)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "NL":
        bban = "".join(R.choice(up) for _ in range(4)) + gen_digits(10, False)
    elif cc == "FR":
        bban = gen_digits(23)
    else:
        bban = gen_digits(20)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def type_iban(s):
    g = [s[i:i + 4] for i in range(0, len(s), 4)]
    r = R.random()
    if r < 0.6:
        t = " ".join(g)
    elif r < 0.8:
        t = s
    else:
        t = "-".join(g)
    return t.lower() if R.random() < 0.15 else t


def gen_phone(kind=None):
    kind = kind or R.choice(["uk_mob", "uk_mob_intl", "uk_land", "us", "us_intl", "ie", "ie_intl", "de_intl"])
    if kind == "uk_mob":
        d = "07" + gen_digits(9, False)
        return d, R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if kind == "uk_mob_intl":
        d = "7" + gen_digits(9, False)
        return "+44" + d, R.choice(["+44 " + d[:4] + " " + d[4:], "+44" + d, "+44 (0)" + d[:4] + " " + d[4:]]) if False else R.choice(["+44 " + d[:4] + " " + d[4:], "+44" + d, "0044 " + d[:4] + " " + d[4:]])
    if kind == "uk_land":
        d = "0" + R.choice(["20", "121", "161", "113", "117", "131", "141", "1865"])
        rest = gen_digits(10 - len(d) + 1 - 0, True)[:11 - len(d)]
        full = d + rest
        return full, d + " " + rest[:-4] + " " + rest[-4:] if len(rest) > 5 else d + " " + rest
    if kind == "us":
        d = str(R.randint(2, 9)) + gen_digits(2, False) + str(R.randint(2, 9)) + gen_digits(2, False) + gen_digits(4, False)
        return d, R.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (d[:3], d[3:6], d[6:])
    if kind == "us_intl":
        d = str(R.randint(2, 9)) + gen_digits(2, False) + str(R.randint(2, 9)) + gen_digits(2, False) + gen_digits(4, False)
        return "+1" + d, "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:])
    if kind == "ie":
        d = "08" + R.choice("35679") + gen_digits(7, False)
        return d, "%s %s %s" % (d[:3], d[3:6], d[6:])
    if kind == "ie_intl":
        d = "8" + R.choice("35679") + gen_digits(7, False)
        return "+353" + d, "+353 %s %s %s" % (d[:2], d[2:5], d[5:])
    d = "1" + R.choice("567") + gen_digits(8, False)
    return "+49" + d, "+49 %s %s" % (d[:3], d[3:])


def speak_phone(full, filler=0.0):
    if full.startswith("+"):
        m = re.match(r"\+(1|44|353|49)(\d+)", full)
        cc, rest = m.group(1), m.group(2)
        ccw = R.choice(["plus " + speak(cc, 0.3), "plus " + " ".join(DIG[int(x)] for x in cc)])
        if cc == "44" and R.random() < 0.4:
            ccw = R.choice(["double oh four four", "oh oh four four"])
        return ccw + " " + speak(rest, 0.35, filler)
    return speak(full, 0.35, filler)


FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "grace", "liam", "chloe",
         "daniel", "fatima", "sean", "emily", "marcus", "niamh", "oliver", "zara", "kevin",
         "hannah", "raj", "siobhan", "lucy", "kwame", "elena", "dev"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "nguyen", "brennan", "hughes",
        "garcia", "walsh", "ahmed", "thompson", "oconnor", "fischer", "li", "baker",
        "mcallister", "rossi", "evans", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "btinternet.com",
           "icloud.com", "eircom.net", "gmx.de", "protonmail.com", "aol.com", "live.ie",
           "sky.com"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    r = R.random()
    if r < 0.3:
        local = f + "." + l
    elif r < 0.5:
        local = f[0] + "." + l
    elif r < 0.65:
        local = f + l + str(R.randint(1, 99))
    elif r < 0.8:
        local = f + "_" + l
    else:
        local = l + "." + f[0] + str(R.randint(70, 99))
    return local + "@" + R.choice(DOMAINS)


def speak_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(speak(tok, 0.9, alnum=True) if tok[0] != "0" else speak(tok, 0.0, alnum=True))
        elif len(tok) <= 2 or R.random() < 0.2:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    parts.append("at")
    for tok in dom.split("."):
        parts.append(tok)
        parts.append("dot")
    parts.pop()
    return " ".join(parts)


def gen_dob():
    return R.randint(1938, 2005), R.randint(1, 12), R.randint(1, 28)


def type_dob(y, m, d, us=False):
    r = R.random()
    if r < 0.3:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if r < 0.45:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.65:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if r < 0.8:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3] if R.random() < 0.4 else MONTHS[m - 1].capitalize(), d, y)
    return ("%d.%d.%02d" % (d, m, y % 100))


def speak_dob(y, m, d):
    r = R.random()
    if r < 0.35:
        return "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], year_words(y))
    if r < 0.55:
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
    if r < 0.75:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
    return "%s %s %s" % (speak("%02d" % d, 0.3), speak("%02d" % m, 0.3), year_words(y) if R.random() < 0.5 else speak("%02d" % (y % 100), 0.8))


def gen_expiry():
    return R.randint(1, 12), R.randint(25, 31)


def type_expiry(m, y):
    return R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d / %02d"]) % (m, y)


def speak_expiry(m, y):
    r = R.random()
    if r < 0.4:
        return "%s %s" % (speak("%02d" % m, 0.2), pair_word("%02d" % y) if y % 10 else "thirty")
    if r < 0.7:
        return "%s twenty %s" % (MONTHS[m - 1], pair_word("%02d" % y) if y % 10 else "thirty")
    return "%s %s" % (speak("%02d" % m, 0.0), speak("%02d" % y, 0.0))


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "B", "M", "L", "LS", "BS", "CF",
            "EH", "G", "OX", "CB", "BT", "NE", "S", "RG", "PO", "YO", "NG", "LE", "CV"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = R.choice(UK_AREAS)
    return "%s%d %d%s%s" % (a, R.randint(1, 19), R.randint(0, 9), R.choice(INWARD), R.choice(INWARD))


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z if R.random() < 0.75 else z + "-%04d" % R.randint(1, 9999)


STREETS = ["mill", "harbour", "church", "station", "oak", "victoria", "kingsway",
           "meadow", "elm", "castle", "beech", "orchard", "riverside", "queens", "park",
           "hawthorn", "willow", "maple", "sycamore", "clifton"]
SUFFIX = ["street", "road", "lane", "avenue", "close", "drive", "way", "crescent",
          "terrace", "court", "place", "gardens", "grove"]
US_SUFFIX = ["street", "avenue", "drive", "boulevard", "court", "lane", "road"]
TOWNS_UK = ["leeds", "bristol", "cardiff", "york", "reading", "norwich", "derby", "bath"]
TOWNS_US = [("springfield", "IL"), ("austin", "TX"), ("columbus", "OH"), ("tacoma", "WA"),
            ("albany", "NY"), ("boise", "ID")]


def gen_address(us=False, typed=True):
    num = R.randint(1, 240) if not us else R.randint(100, 9899)
    st = R.choice(STREETS)
    suf = R.choice(US_SUFFIX if us else SUFFIX)
    flat = None
    if not us and R.random() < 0.3:
        flat = R.randint(1, 40)
    if typed:
        s = "%d %s %s" % (num, st.capitalize(), suf.capitalize())
        if R.random() < 0.2:
            s = s.lower()
        if flat:
            s = R.choice(["Flat %d, ", "flat %d ", "Apt %d, "]) % flat + s
        return s
    ns = num_words(num) if (num < 1000 and R.random() < 0.7) else speak(str(num), 0.8)
    s = "%s %s %s" % (ns, st, suf)
    if flat:
        s = "flat %s, %s" % (num_words(flat), s)
    return s


# ---------------------------------------------------------------- flavour
INDUSTRY = {
    "banking": ("Northbridge Bank", "account"), "telecom": ("Lumen Mobile", "contract"),
    "utilities": ("Brightwater Energy", "energy account"), "retail": ("Harlow & Finch", "order"),
    "insurance": ("Castlegate Insurance", "policy"), "travel": ("SkyVale Holidays", "booking"),
    "healthcare": ("MedBill Services", "bill"), "government": ("the licensing office", "application"),
}


def ind():
    k = R.choice(sorted(INDUSTRY))
    return k, INDUSTRY[k][0], INDUSTRY[k][1]


def agent_name():
    return R.choice(["Priya", "Dan", "Megan", "Carlos", "Aisling", "Joe", "Kerry", "Tariq", "Beth"])


BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah", "okay go ahead", "got that"]


# ================================================================ positives
def p_chat_card():
    k, org, thing = ind()
    c = gen_card()
    m, y = gen_expiry()
    lab = R.choice(["card no:", "Card number -", "cc#", "card num", "long number on card:", "CARD NO."])
    t = [C("hi, i want to pay the outstanding bill on my %s. %s " % (thing, lab), L("CARD_NUMBER", type_card(c)),
           R.choice([" exp ", " expiry ", ", expires "]), L("EXPIRY", type_expiry(m, y)),
           R.choice([" cvv ", " sec code ", " cvc: "]), L("CVV", gen_digits(4 if len(c) == 15 else 3, False))),
         A("Thank you. For security please don't share card details over chat in future - I've processed the payment with %s." % org)]
    return t, "typed chat card + expiry + cvv (%s)" % k


def p_asr_card_split():
    k, org, thing = ind()
    c = gen_card(R.choice(["visa", "mc", "disc", "amex"]))
    g = card_groups(c)
    t = [A("okay and the long number across the front of the card when you're ready")]
    first = speak(g[0], 0.5, 0.1)
    t.append(C(R.choice(["right so it's ", "yeah it's ", "ok ", "um it's "]), L("CARD_NUMBER", first, "k1")))
    for grp in g[1:]:
        t.append(A(R.choice(BACK)))
        pre = R.choice(["", "", "then ", "uh ", "and "])
        t.append(C(pre, L("CARD_NUMBER", speak(grp, 0.5, 0.15), "k1")))
    rb = [L("CARD_NUMBER", speak(x, 0.2), "k2") for x in g]
    segs = ["lovely so i have "]
    for i, x in enumerate(rb):
        segs.append(x)
        if i < len(rb) - 1:
            segs.append(R.choice([" ", ", ", " ... "]))
    segs.append(" is that right")
    t.append(A(*segs))
    t.append(C(R.choice(["yes that's it", "yep", "that's correct yeah"])))
    return t, "ASR card read in groups across turns with back-channels and full read-back (%s)" % k


def bump_digit(grp):
    i = R.randrange(len(grp))
    d = str((int(grp[i]) + R.randint(1, 8)) % 10)
    return grp[:i] + d + grp[i + 1:]


def p_asr_card_correction():
    k, org, thing = ind()
    c = gen_card(R.choice(["visa", "mc"]))
    g = card_groups(c)
    wi = R.randint(1, len(g) - 1)
    wrong = bump_digit(g[wi])
    segs = []
    t = [C(R.choice(["ok have you got a pen. it's ", "the card number is ", "it's "]),
           L("CARD_NUMBER", speak(c, 0.35, 0.08), None))]
    rb = ["just reading that back "]
    for i, x in enumerate(g):
        rb.append(L("CARD_NUMBER", speak(wrong if i == wi else x, 0.2), "~"))
        if i < len(g) - 1:
            rb.append(" ")
    t.append(A(*rb))
    ordn = ["first", "second", "third", "fourth"][wi]
    t.append(C(R.choice(["no no the %s bit is " % ordn, "sorry not quite, %s group is " % ordn,
                         "nope, it's "]), L("CARD_NUMBER", speak(g[wi], 0.3), "~"),
               R.choice(["", " not ", " you said "]) if False else "",
               R.choice([" not ", ", not "]), L("CARD_NUMBER", speak(wrong, 0.0), "~")))
    t.append(A(L("CARD_NUMBER", speak(g[wi], 0.0), "~"), R.choice([", got it, sorry about that", " okay amended"])))
    t.append(A("and that's the card ending ", L("CARD_NUMBER", speak(g[-1], 0.2), "~"), " yeah"))
    t.append(C("yes"))
    return t, "caller reads full card; agent mis-reads one group; single-digit correction and last-four confirm (%s)" % k


def p_card_hold_transfer():
    k, org, thing = ind()
    c = gen_card()
    first = type_card(c) if R.random() < 0.3 else speak(c, 0.4, 0.05)
    t = [C("i need to pay my %s and the card is " % thing, L("CARD_NUMBER", first)),
         A("thanks for that, the payments line is a separate team so i'm going to transfer you, please hold"),
         A("[hold music]"),
         A("hi there you're through to %s from payments at %s, sorry, the card details don't carry over, could you give me the long card number again" % (agent_name(), org.lower())),
         C(R.choice(["oh for god's sake. ", "sure. ", "right, ok. "]), L("CARD_NUMBER", speak(c, 0.4, 0.1))),
         A("and the expiry"),
         C(L("EXPIRY", speak_expiry(*gen_expiry())))]
    return t, "card read, transfer to payments, card re-read after hold (%s)" % k


def p_card_piece_confirm():
    k, org, thing = ind()
    c = gen_card("visa")
    g = card_groups(c)
    t = [C("it's ", L("CARD_NUMBER", speak(g[0] + g[1], 0.4), "k1"), R.choice([" hang on the light's bad in here ", " sorry my glasses ", " wait the dog's barking "]),
           L("CARD_NUMBER", speak(g[2], 0.4, 0.2), "k1"), " ", L("CARD_NUMBER", speak(g[3], 0.4), "k1"))]
    t.append(A("so the first eight are ", L("CARD_NUMBER", speak(g[0] + g[1], 0.1), "~")))
    t.append(C("yes"))
    t.append(A("and then ", L("CARD_NUMBER", speak(g[2], 0.1), "~"), R.choice([" and ", " then "]), L("CARD_NUMBER", speak(g[3], 0.1), "~")))
    t.append(C(R.choice(["correct", "that's it", "yeah"])))
    cvv = gen_digits(3, False)
    t.append(A("and the three digits on the back"))
    t.append(C(L("CVV", speak(cvv, 0.6)), R.choice(["", " i think"])))
    t.append(A(L("CVV", speak(cvv, 0.0)), "?"))
    t.append(C("yep"))
    return t, "card with aside mid-reading, confirmed half by half, CVV read-back (%s)" % k


def p_exp_cvv_asides():
    c = gen_card()
    m, y = gen_expiry()
    cvv = gen_digits(4 if len(c) == 15 else 3, False)
    t = [C(L("CARD_NUMBER", speak(c, 0.3, 0.05))),
         A("and the expiry date"),
         C("it's ", L("EXPIRY", speak_expiry(R.randint(1, 12), y - R.randint(3, 5))),
           R.choice([" no wait that's my old card, sorry. new one's ", " hang on, that's the old card. the new one is ", " ... no, sorry, wrong card, it's "]),
           L("EXPIRY", speak_expiry(m, y))),
         A("okay, and the security code"),
         C(L("CVV", speak(cvv, 0.5))),
         A("thank you, and is the card in your name"),
         C("no it's my husband's, he's just here, he said it's fine")]
    return t, "expiry restated after caller reads wrong date; CVV; card of spouse"


def p_ssn_typed():
    k, org, thing = ind()
    s = gen_ssn()
    lab = R.choice(["SSN:", "ss#", "social is", "Social Security No.", "my ssn", "SS number"])
    t = [C("hi need to verify my identity for the %s, %s " % (thing, lab), L("SSN", type_ssn(s))),
         A("Thanks. Just to confirm, that's the number ending in ", L("SSN", s[5:], "~"), "?"),
         C(R.choice(["yes", "yup", "correct"]))]
    return t, "typed SSN with label, agent confirms last four (%s)" % k


def p_ssn_piecewise():
    s = gen_ssn()
    t = [A("i'll need your social security number, we'll go three, two, then four. first three?"),
         C(L("SSN", speak(s[:3], 0.5), "k1")),
         A(R.choice(["mhm", "ok", "got it"]), ", next two"),
         C(L("SSN", speak(s[3:5], 0.6), "k1")),
         A("and the last four"),
         C(L("SSN", speak(s[5:], 0.5, 0.15), "k1")),
         A("so that's ", L("SSN", speak(s[:3], 0.0) + ", " + speak(s[3:5], 0.0) + ", " + speak(s[5:], 0.0))),
         C("yes ma'am")]
    return t, "US SSN given piece by piece on request, agent read-back"


def p_ssn_correction_other():
    s = gen_ssn()
    wrong = s[:5] + bump_digit(s[5:])
    who = R.choice(["my mother", "my son", "my dad, he's deaf", "my client"])
    t = [C("i'm calling on behalf of %s, i have power of attorney" % who),
         A("okay, can i take their social"),
         C(L("SSN", speak(wrong, 0.3), "~"), R.choice([" ... wait no i misread, ", " sorry, scratch that, "]), L("SSN", speak(s, 0.3, 0.1))),
         A("so ", L("SSN", type_ssn(s) if False else speak(s, 0.0)), "?"),
         C("that's the one")]
    return t, "caller reading SSN for someone else, restarts after misreading"


def p_ni_typed():
    k, org, thing = ind()
    n = gen_ni()
    t = [C(R.choice(["NI no: ", "my national insurance number is ", "NINO ", "ni number - "]), L("NI_NUMBER", type_ni(n)),
           " and i need to update my %s" % thing),
         A("Thank you, I've found your record.")]
    return t, "typed UK NI number (%s)" % k


def p_ni_asr_readback():
    n = gen_ni()
    wrong = n[:-1] + R.choice([x for x in "ABCD" if x != n[-1]])
    t = [A("could i take your national insurance number please"),
         C(L("NI_NUMBER", speak_ni(n, 0.4))),
         A("so i've got ", L("NI_NUMBER", speak_ni(wrong, 0.6), "~")),
         C(R.choice(["no, the last letter's ", "not quite the end is "]), spell_letter(n[-1], 1.0), R.choice([" so it's ", ". it's "]),
           L("NI_NUMBER", speak_ni(n, 0.2))),
         A("apologies, ", L("NI_NUMBER", type_ni(n).upper().replace("-", " ") if R.random() < 0.3 else speak_ni(n, 0.1)), ", yes")]
    return t, "NI number read, agent gets suffix letter wrong, caller re-reads in full"


def p_ni_split_other():
    n = gen_ni()
    t = [C("i'm ringing for my nan, she's sat with me. her national insurance is ", L("NI_NUMBER", speak_ni(n[:2], 0.7), "k1")),
         A(R.choice(BACK)),
         C(L("NI_NUMBER", speak(n[2:5], 0.4, 0.2, alnum=True), "k1"), R.choice([" ... what's that nan? ", " ... hang on she's pointing ... ", " sorry she's showing me "]), L("NI_NUMBER", speak(n[5:8], 0.4, alnum=True), "k1")),
         A(R.choice(["and the letter at the end", "last letter?"])),
         C(L("NI_NUMBER", spell_letter(n[-1], 0.6), "k1")),
         A("and her date of birth"),
         C(L("DOB", speak_dob(*gen_dob())))]
    return t, "NI number split across turns, caller reading for grandparent, DOB"


def p_sort_acct():
    k, org, thing = ind()
    sc = gen_digits(6, True)
    ac = gen_digits(8, False)
    t = [A("which account should the refund go to"),
         C("sort code ", L("SORT_CODE", speak(sc[:2], 0.7) + R.choice([" ", ", "]) + speak(sc[2:4], 0.7) + R.choice([" ", ", "]) + speak(sc[4:], 0.7))),
         A(R.choice(BACK)),
         C("account number ", L("BANK_ACCOUNT", speak(ac[:4], 0.4, 0.1), "k1"), R.choice([" ", " ... ", ", "]), L("BANK_ACCOUNT", speak(ac[4:], 0.4), "k1")),
         A("sort code ", L("SORT_CODE", "-".join([sc[:2], sc[2:4], sc[4:]]) if False else speak(sc, 0.0)), " and account ", L("BANK_ACCOUNT", speak(ac, 0.1)), "?"),
         C("yes")]
    return t, "UK sort code and account for refund, with read-back (%s)" % k


def p_typed_bank():
    sc = gen_digits(6, True)
    ac = gen_digits(8, False) if R.random() < 0.6 else gen_digits(R.randint(10, 12))
    sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    t = [C(R.choice(["acct no: ", "Account: ", "a/c ", "acc number "]), L("BANK_ACCOUNT", ac), R.choice([" sort code ", " s/c ", ", SC: "]),
           L("SORT_CODE", sct), R.choice([" pls refund there", " thanks", ""])),
         A("Thanks, the refund of £%d.%02d will reach that account in 3-5 working days." % (R.randint(5, 900), R.randint(0, 99)))]
    return t, "typed chat bank account + sort code with refund amount distractor"


def p_acct_digit_fix():
    ac = gen_digits(8, False)
    i = R.randint(3, 6)
    wrong = ac[:i] + str((int(ac[i]) + 3) % 10) + ac[i + 1:]
    t = [C("the account number's ", L("BANK_ACCOUNT", speak(ac, 0.3, 0.1))),
         A("i've got ", L("BANK_ACCOUNT", speak(wrong, 0.0), "~")),
         C("no, ", L("BANK_ACCOUNT", speak(ac[i - 2:i + 1], 0.0), "~"), R.choice([" not ", ", not "]), L("BANK_ACCOUNT", speak(wrong[i - 2:i + 1], 0.0), "~")),
         A("ah, so ", L("BANK_ACCOUNT", speak(ac, 0.0)), ". okay that's updated")]
    return t, "bank account with single digit correction and re-confirm"


def p_iban_typed():
    ib = gen_iban()
    t = [C(R.choice(["Hello, please send the refund to my IBAN ", "iban: ", "My bank details are IBAN "]), L("IBAN", type_iban(ib)),
           R.choice([" (account in my wife's name)", ". Many thanks", ""])),
         A("Dear customer, thank you. We will transfer EUR %d.%02d within 10 days." % (R.randint(10, 2000), R.randint(0, 99)))]
    return t, "typed IBAN in e-mail/chat, amount distractor"


def p_iban_spoken():
    ib = gen_iban()
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    t = [A("go ahead with the iban")]
    t.append(C(L("IBAN", speak_alnum(chunks[0].lower(), 0.6), "k1")))
    for j in range(1, len(chunks), 2):
        t.append(A(R.choice(BACK)))
        grp = "".join(chunks[j:j + 2])
        t.append(C(L("IBAN", speak_alnum(grp.lower(), 0.5, 0.2), "k1")))
    t.append(A("let me read that back: ", L("IBAN", speak_alnum(ib.lower(), 0.2, 0.0))))
    t.append(C("perfect"))
    return t, "IBAN spoken in chunks across turns, NATO letters, full read-back"


def p_phone_restart():
    full, typed = gen_phone(R.choice(["uk_mob", "uk_mob_intl", "ie", "us", "ie_intl"]))
    cut = R.randint(3, 6)
    head = full[:cut] if not full.startswith("+") else full[: cut + 3]
    t = [A("best number to reach you on"),
         C(L("PHONE", speak_phone(head), "~"), R.choice([" ... no sorry that's my old one. it's ", " hang on let me start again, ", " - sorry, "]),
           L("PHONE", speak_phone(full, 0.1))),
         A("so ", L("PHONE", speak_phone(full))),
         C("yeah")]
    return t, "phone number with restarted reading and read-back"


def p_phone_digit_fix():
    full, typed = gen_phone(R.choice(["uk_mob", "uk_land", "us"]))
    i = len(full) - R.randint(2, 4)
    wrong = full[:i] + str((int(full[i]) + 1) % 10) + full[i + 1:]
    t = [C("you can text me on ", L("PHONE", typed)),
         A("Got it, ", L("PHONE", wrong), " - is that right?"),
         C("nearly, it ends ", L("PHONE", full[-4:], "~"), " not ", L("PHONE", wrong[-4:], "~")),
         A("Sorry! Updated to ", L("PHONE", typed), ".")]
    return t, "typed phone, agent mistypes a digit in read-back, caller corrects the end"


def p_email_spoken():
    e = gen_email()
    t = [A("and what email shall we send the confirmation to"),
         C(R.choice(["it's ", "yeah it's ", ""]), L("EMAIL", speak_email(e))),
         A("was that ", L("EMAIL", speak_email(e)), "?"),
         C(R.choice(["yes", "spot on", "that's it yeah"]))]
    return t, "spoken email with dot/at, agent read-back"


def p_email_typed_fix():
    e = gen_email()
    loc, dom = e.split("@")
    typo = loc + "@" + dom.replace("o", "0", 1) if "o" in dom else loc + "@g" + dom
    t = [C("email is ", L("EMAIL", typo if not typo.startswith("@") else e, "~"), " oops, ", L("EMAIL", e)),
         A("Thanks, I've updated your e-mail to ", L("EMAIL", e.upper() if R.random() < 0.2 else e), ".")]
    return t, "typed email with typo then corrected"


def p_idv_uk():
    k, org, thing = ind()
    y, m, d = gen_dob()
    pc = gen_uk_pc()
    addr = gen_address(typed=False)
    t = [A("before i can discuss the %s i need to run through security. date of birth please" % thing),
         C(L("DOB", speak_dob(y, m, d))),
         A("thank you and the first line of the address"),
         C(L("ADDRESS", addr), ", ", R.choice(TOWNS_UK)),
         A("and the postcode"),
         C(L("POSTCODE", speak_alnum(pc.lower().replace(" ", ""), 0.3))),
         A("lovely, that's you through security")]
    return t, "UK ID&V: spoken DOB, address, postcode (%s)" % k


def p_typed_delivery():
    us = R.random() < 0.4
    addr = gen_address(us=us)
    full, typed = gen_phone("us" if us else "uk_mob")
    e = gen_email()
    if us:
        town, st = R.choice(TOWNS_US)
        segs = ["new delivery address: ", L("ADDRESS", addr), ", %s, %s " % (town.capitalize(), st), L("POSTCODE", gen_zip())]
    else:
        segs = ["pls deliver to ", L("ADDRESS", addr), ", %s " % R.choice(TOWNS_UK).capitalize(), L("POSTCODE", gen_uk_pc() if R.random() < 0.7 else gen_uk_pc().lower())]
    segs += [R.choice([" tel ", " ph: ", ", mob "]), L("PHONE", typed), R.choice([" email ", " / "]), L("EMAIL", e)]
    t = [C(*segs), A("Thanks, order #%d now goes to the new address." % R.randint(1000000, 9999999))]
    return t, "typed delivery change: address, postcode/ZIP, phone, email, order-number distractor"


def p_us_zip_spoken():
    addr = gen_address(us=True, typed=False)
    z = gen_zip()[:5]
    full, typed = gen_phone(R.choice(["us", "us_intl"]))
    t = [A("what's the billing address on the card"),
         C(L("ADDRESS", addr), R.choice([" in ", ", "]), R.choice(TOWNS_US)[0]),
         A("zip code?"),
         C(L("POSTCODE", speak(z, 0.4, 0.1, alnum=True))),
         A(L("POSTCODE", speak(z, 0.0, alnum=True)), ", and a callback number"),
         C(L("PHONE", speak_phone(full, 0.05)))]
    return t, "US billing address, ZIP with read-back, phone"


def p_postcode_fix():
    pc = gen_uk_pc()
    out, inn = pc.split()
    winn = inn[0] + R.choice([x for x in INWARD if x != inn[1]]) + inn[2]
    t = [C("postcode is ", L("POSTCODE", speak_alnum(pc.lower().replace(" ", ""), 0.2))),
         A(L("POSTCODE", speak_alnum((out + winn).lower(), 0.8), "~"), "?"),
         C("no, ", L("POSTCODE", speak_alnum(inn.lower(), 0.9), "~")),
         A("ah okay ", L("POSTCODE", pc), ", that's bringing up ", L("ADDRESS", gen_address()))]
    return t, "UK postcode with letter mis-heard and corrected; agent reads matched address"


def p_dob_typed():
    y, m, d = gen_dob()
    us = R.random() < 0.5
    t = [C(R.choice(["DOB ", "d.o.b: ", "born ", "date of birth - "]), L("DOB", type_dob(y, m, d, us)),
           R.choice([", policy number %s" % gen_digits(9), ", my appointment is on the 14th", ""])),
         A("Thanks, and can you confirm your postcode?"),
         C(L("POSTCODE", gen_zip() if us else gen_uk_pc()))]
    return t, "typed DOB with policy/appointment distractor, postcode"


def p_dob_correction():
    y, m, d = gen_dob()
    t = [A("date of birth please"),
         C(L("DOB", speak_dob(y, m, d))),
         A("i've got the %s of %s %s" % (ORD[d - 1], MONTHS[(m % 12)], year_words(y)) if False else "i have ", L("DOB", "%s %s %s" % (ORD[d - 1], MONTHS[m % 12], year_words(y)), "~"), " on the system"),
         C("that's wrong, it should be ", L("DOB", "%s %s" % (MONTHS[m - 1], ORD[d - 1]) + " " + year_words(y))),
         A("okay, i'll need to pass you to the data team to amend that, one moment")]
    return t, "DOB mismatch between caller and system; caller restates"


def p_mixed_card_order():
    c = gen_card("visa")
    order = gen_digits(16)
    t = [C("order number ", speak(order, 0.3), " and i'd like to pay the balance with a different card"),
         A("no problem, go ahead with the new card"),
         C(L("CARD_NUMBER", speak(c, 0.3, 0.05))),
         A("and the old one ending %s can be removed?" % speak(gen_digits(4), 0.2)),
         C("yes please")]
    return t, "spoken 16-digit order number (not PII) next to a real card; old card last-four (not PII)"


def p_phone_other_intl():
    full, typed = gen_phone(R.choice(["de_intl", "ie_intl", "uk_mob_intl", "us_intl"]))
    t = [C("i'm calling for my daughter, she's studying abroad, her mobile is ", L("PHONE", speak_phone(full, 0.08))),
         A("is that with the country code"),
         C("yes"),
         A("so ", L("PHONE", typed)),
         C("that's right")]
    return t, "international phone for a relative, agent types it back"


POSITIVE = [p_chat_card, p_asr_card_split, p_asr_card_correction, p_card_hold_transfer,
            p_card_piece_confirm, p_exp_cvv_asides, p_ssn_typed, p_ssn_piecewise,
            p_ssn_correction_other, p_ni_typed, p_ni_asr_readback, p_ni_split_other,
            p_sort_acct, p_typed_bank, p_acct_digit_fix, p_iban_typed, p_iban_spoken,
            p_phone_restart, p_phone_digit_fix, p_email_spoken, p_email_typed_fix,
            p_idv_uk, p_typed_delivery, p_us_zip_spoken, p_postcode_fix, p_dob_typed,
            p_dob_correction, p_mixed_card_order, p_phone_other_intl]


# ================================================================ negatives
def n_balance():
    k, org, thing = ind()
    t = [C("what's the balance on my %s" % thing),
         A("The balance is £%s.%02d and the next payment of £%d.%02d is due on the %s of %s." % (
             "{:,}".format(R.randint(1000, 99999)), R.randint(0, 99), R.randint(20, 400), R.randint(0, 99),
             ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)])),
         C("and the interest rate? is it still %d.%d percent" % (R.randint(1, 29), R.randint(0, 9)))]
    return t, "balance, payment amount and date, interest rate (%s)" % k


def n_order_spoken():
    num = gen_card("visa") if R.random() < 0.5 else gen_digits(16)
    lab = R.choice(["order number", "tracking number", "invoice number", "reference number", "claim number"])
    t = [A("can i take the %s" % lab),
         C("yeah it's ", speak(num[:4], 0.4)),
         A(R.choice(BACK)),
         C(speak(num[4:8], 0.4, 0.1), " ", speak(num[8:12], 0.4), " ", speak(num[12:], 0.4)),
         A("that's the %s %s, found it" % (lab, speak(num, 0.0)))]
    return t, "16-digit %s read in groups like a card (not PII)" % lab


def n_last_four():
    d = gen_digits(4, False)
    t = [A("which card would you like to use"),
         C(R.choice(["the one ending ", "my visa ending in ", "the card ending "]), speak(d, 0.5)),
         A("the card ending %s, expiring at the end of next year, okay" % d),
         C(R.choice(["yes that one", "yeah, the %s one, not the amex" % R.choice(["debit", "visa", "credit"])]))]
    return t, "card last-four only (PCI-allowed, not PII)"


def n_travel():
    t = [C("my flight %s%d on the %s was cancelled" % (R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), ORD[R.randint(0, 27)])),
         A("i'm sorry. booking reference %s%s, seat %d%s, departing gate %s%d at %02d:%02d?" % (
             R.choice(["X", "Q", "K"]), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(5)),
             R.randint(1, 45), R.choice("ABCDEF"), R.choice("ABC"), R.randint(1, 60), R.randint(5, 22), R.choice([0, 15, 30, 45]))),
         C("yes and the hotel room was %s, room %d" % (speak(str(R.randint(100, 999)), 0.9), R.randint(100, 999)))]
    return t, "flight, booking ref, seat, gate, time, room number"


def n_meter():
    r1 = gen_digits(5, False)
    t = [A("could you read me the meter"),
         C("it says ", speak(r1, 0.5, 0.1), " and then a red %s" % speak(str(R.randint(1, 9)), 0.5)),
         A("and the meter serial number on the sticker"),
         C("serial ", "%02d%s%07d" % (R.randint(10, 99), R.choice(["E", "K", "P"]), R.randint(0, 9999999))),
         A("thanks, your unit rate is %d.%02d pence per kilowatt hour and standing charge %d.%dp a day" % (R.randint(20, 35), R.randint(0, 99), R.randint(30, 60), R.randint(0, 9)))]
    return t, "utility meter reading, meter serial, tariff rates"


def n_telecom():
    t = [C("my contract started on %02d/%02d/%d and it's %d months" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025), R.choice([12, 18, 24, 36]))),
         A("i see the handset model %s, serial %s, with %d gigs of data" % (
             R.choice(["SM-S921B", "A2846", "Pixel 8", "XT2343-2"]), gen_digits(12), R.choice([10, 30, 100]))),
         C("i've used %d minutes and been charged %d.%02d" % (R.randint(100, 3000), R.randint(5, 80), R.randint(0, 99))),
         A("ticket number %s has been raised, should be fixed in %d to %d hours" % (gen_digits(10), R.randint(2, 4), R.randint(24, 72)))]
    return t, "telecom contract date, model/serial numbers, ticket number, minutes, durations"


def n_health():
    t = [A("i can see invoice INV-%s for %s dollars, dated %s %d" % (gen_digits(8), num_words(R.randint(120, 9990)), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28))),
         C("that's for my appointment at %s on %s, my son is %d" % (
             R.choice(["ten thirty", "two fifteen", "9:40am", "quarter past four"]), R.choice(["tuesday", "the fifth", "march the ninth"]), R.randint(2, 17))),
         A("the claim number %s was paid at %d percent, leaving %s" % (gen_digits(11), R.choice([70, 80, 90]), "$%d.%02d" % (R.randint(10, 400), R.randint(0, 99))))]
    return t, "healthcare billing: invoice, amounts, appointment time, age, claim number, percentage"


def n_gov():
    t = [C("i applied in %d and my application reference is %s" % (R.randint(2015, 2025), speak(gen_digits(10), 0.4))),
         A("yes, case reference %s-%s is with a caseworker, current wait time is %d working days" % (R.choice(["HO", "DVLA", "PPS", "CR"]), gen_digits(9), R.randint(10, 90))),
         C("my passport application form number %s" % gen_digits(9)),
         A("the office is open %d to %d, monday to friday" % (R.randint(8, 9), R.randint(4, 6)))]
    return t, "government: application/case references (9-10 digits), waiting time, opening hours"


def n_asr_numbers():
    t = [C("i paid %s pounds on the %s and another %s on top" % (num_words(R.randint(100, 9999)), ORD[R.randint(0, 27)], num_words(R.randint(10, 99)))),
         A("i see %s pounds %s pence, that was %s minutes ago" % (num_words(R.randint(100, 999)), num_words(R.randint(11, 99)), num_words(R.randint(11, 59)))),
         C("the heating's been off since twenty %s and it's %s degrees in here, i'm %s years old" % (pair_word(str(R.randint(21, 25))), num_words(R.randint(11, 19)), num_words(R.randint(61, 94)))),
         A("i'll log it now, reference %s" % speak(gen_digits(8), 0.5))]
    return t, "ASR amounts, dates, durations, temperature, age, spoken reference"


def n_retail_roads():
    t = [C("i'm stuck on the %s near junction %d, the courier van %s" % (R.choice(["M25", "A40", "M6", "N7", "I-95"]), R.randint(1, 30), R.choice(["didn't turn up", "is late"]))),
         A("the parcel with tracking number %s is at the depot on %s" % (R.choice(["1Z", "JD", "H"]) + gen_digits(16), R.choice(["Church Road", "Station Street", "the high street"]))),
         C("use promo code SAVE%d and my loyalty card number %s" % (R.choice([10, 15, 20]), gen_digits(13))),
         A("done, that's %d%% off, new total £%d.%02d" % (R.choice([10, 15, 20]), R.randint(10, 200), R.randint(0, 99)))]
    return t, "road names, tracking number, promo code, loyalty card number with label, percentages"


def n_policy():
    pol = gen_digits(R.choice([12, 13, 16]))
    t = [A("could i take the policy number"),
         C("policy number is ", " ".join([pol[i:i + 4] for i in range(0, len(pol), 4)])),
         A("thanks, that's the %s policy renewing on %s %d %d at £%d a month" % (
             R.choice(["home", "car", "pet", "travel"]), ORD[R.randint(0, 27)], R.randint(1, 12), R.randint(2025, 2027), R.randint(8, 120)) if False else
           "thanks, that's the %s policy renewing on the %s of %s at £%d a month" % (R.choice(["home", "car", "pet", "travel"]), ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)], R.randint(8, 120))),
         C("and the excess is still %d pounds?" % R.choice([100, 250, 500]))]
    return t, "insurance policy number grouped in fours like a card, renewal date, amounts"


def n_date_shapes():
    dd = "%02d-%02d-%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(20, 25))
    t = [C("there's a direct debit on %s for £%d.%02d i don't recognise" % (dd, R.randint(5, 90), R.randint(0, 99))),
         A("that one's the annual fee, it's taken every year since %d. the next one is %s" % (R.randint(2010, 2022), year_words(R.randint(2026, 2027)) if False else "the %s of %s" % (ORD[R.randint(0, 27)], MONTHS[R.randint(0, 11)]))),
         C("and the transfer on the %s at %s, reference %s" % (ORD[R.randint(0, 27)], R.choice(["half three", "ten past nine", "quarter to six", "14:05"]), speak(gen_digits(6), 0.5))),
         A("that went out at %02d:%02d, transaction id %s" % (R.randint(0, 23), R.randint(0, 59), gen_digits(9)))]
    return t, "payment dates shaped like sort codes, 6-digit spoken reference, 9-digit transaction id, times"


def n_shaped_refs():
    lab = R.choice(["case number", "ticket", "incident ref", "complaint number"])
    ref = "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
    t = [A("your %s is %s, please quote that if you call back" % (lab, ref)),
         C("sorry, the %s is %s?" % (lab, speak(ref.replace("-", ""), 0.3))),
         A("that's right. and the engineer's van registration is %s%d %s" % (R.choice(["AB", "KX", "LR", "YT"]), R.randint(10, 74), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))),
         C("and the router model is %s, serial %s" % (R.choice(["HH6A", "TG589vac", "F@st 5670"]), "+" + gen_digits(11) if False else gen_digits(14)))]
    return t, "SSN-shaped case reference with label, spoken back; vehicle reg; serial number"


def n_ages_years():
    t = [C("i've been with you since %s, i'm %s now and my wife's %s" % (year_words(R.randint(1985, 2012)), num_words(R.randint(40, 89)), num_words(R.randint(40, 89)))),
         A("thank you for being with us %s years. your renewal for %d is %d%% higher because of the %s quote" % (num_words(R.randint(10, 38)), R.randint(2025, 2027), R.randint(3, 19), R.choice(["home", "motor"]))),
         C("it was %s last year, now it's %s, that's outrageous" % (num_words(R.randint(200, 999)), num_words(R.randint(1000, 1999)))),
         A("i can offer %d pounds off if you renew before the %s" % (R.randint(20, 90), ORD[R.randint(0, 27)]))]
    return t, "tenure years, ages, premiums spoken as words, percentages, renewal year"


NEGATIVE = [n_date_shapes, n_shaped_refs, n_ages_years, n_balance, n_order_spoken, n_last_four, n_travel, n_meter, n_telecom, n_health,
            n_gov, n_asr_numbers, n_retail_roads, n_policy]


# ================================================================ assembly
def assemble(turns):
    out_turns, spans, keys = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                _, typ, val, key = s
                st = len(text)
                text += val
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                keys.append(key)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, keys


def build():
    cases, meta = [], []
    n_pos, n_neg = 232, 126
    for i in range(n_pos):
        fn = POSITIVE[i % len(POSITIVE)]
        turns, note = fn()
        tt, sp, ks = assemble(turns)
        cases.append({"id": "h524-pos-%03d" % (i + 1), "kind": "positive", "turns": tt, "spans": sp, "note": note})
        meta.append(ks)
    for i in range(n_neg):
        fn = NEGATIVE[i % len(NEGATIVE)]
        turns, note = fn()
        tt, sp, ks = assemble(turns)
        cases.append({"id": "h524-neg-%03d" % (i + 1), "kind": "negative", "turns": tt, "spans": sp, "note": note})
        meta.append(ks)
    return cases, meta


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


# ================================================================ checking
WORDNUM = dict((w, i) for i, w in enumerate(DIG))
WORDNUM.update({"oh": 0, "nought": 0})
TEENNUM = dict((w, 10 + i) for i, w in enumerate(TEENS))
TENSNUM = dict((w, i) for i, w in enumerate(TENS) if w)
SKIP = set(FILLERS)


def spoken_norm(text, mode):
    """mode: 'digits' | 'alnum' | 'email'."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[+@._]", text.lower())
    out = []
    i = 0
    typed = bool(re.search(r"\d", text))  # typed values: no filler words to drop

    def dig(t):
        if t in WORDNUM:
            return str(WORDNUM[t])
        if t == "o" and mode == "digits":
            return "0"
        return None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP and not typed:
            i += 1
            continue
        if t in ("double", "triple") and nxt is not None and dig(nxt) is not None:
            out.append(dig(nxt) * (2 if t == "double" else 3))
            i += 2
            continue
        if dig(t) is not None and nxt == "hundred":
            s = dig(t)
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
                u = toks[i]
                if u in TEENNUM:
                    s += str(TEENNUM[u])
                    i += 1
                elif u in TENSNUM:
                    s += str(TENSNUM[u]) + dig(toks[i + 1])
                    i += 2
                else:
                    s += "0" + dig(u)
                    i += 1
            else:
                s += "00"
            out.append(s)
            continue
        if dig(t) is not None:
            out.append(dig(t))
            i += 1
            continue
        if t in TEENNUM:
            out.append(str(TEENNUM[t]))
            i += 1
            continue
        if t in TENSNUM:
            if nxt is not None and nxt in WORDNUM and WORDNUM[nxt] > 0:
                out.append(str(TENSNUM[t]) + str(WORDNUM[nxt]))
                i += 2
            else:
                out.append(str(TENSNUM[t]) + "0")
                i += 1
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            if j < len(toks) and toks[j] in SPELL_MAP:
                out.append(t)
                i = j + 1
                continue
        if mode == "email":
            if t == "dot":
                out.append(".")
            elif t == "at":
                out.append("@")
            elif t == "underscore":
                out.append("_")
            else:
                out.append(t)
            i += 1
            continue
        out.append(t)
        i += 1
    return "".join(out)


UKPC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")


def validate(typ, text, frag):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        s = spoken_norm(text, "digits")
        s = s.replace(".", "").replace("_", "")
        if not re.match(r"^\+?\d+$", s):
            return "non-digit residue %r" % s
        if frag:
            return None
        if typ == "PHONE" and s.startswith("00"):
            s = "+" + s[2:]
        d = s.lstrip("+")
        if typ == "CARD_NUMBER":
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %s" % d
        if typ == "CVV":
            return None if len(d) in (3, 4) else "bad cvv %s" % d
        if typ == "SSN":
            return None if len(d) == 9 and d[:3] not in ("000", "666") and d[3:5] != "00" else "bad ssn %s" % d
        if typ == "SORT_CODE":
            return None if len(d) == 6 else "bad sort %s" % d
        if typ == "BANK_ACCOUNT":
            return None if 6 <= len(d) <= 17 else "bad acct %s" % d
        if typ == "PHONE":
            if s.startswith("00"):
                s = "+" + s[2:]
            ok = (s.startswith("+") and 10 <= len(d) <= 13) or (s.startswith("0") and 10 <= len(d) <= 11) or len(d) == 10
            return None if ok else "bad phone %s" % s
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        s = spoken_norm(text, "alnum").upper()
        if not re.match(r"^[A-Z0-9]+$", s):
            return "residue %r" % s
        if frag:
            return None
        if typ == "NI_NUMBER":
            return None if re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", s) else "bad ni %s" % s
        if typ == "IBAN":
            return None if iban_ok(s) else "bad iban %s" % s
        return None if (UKPC.match(s) or re.match(r"^\d{5}(\d{4})?$", s)) else "bad postcode %s" % s
    if typ == "EMAIL":
        s = spoken_norm(text, "email")
        if frag:
            return None if "@" in s else "bad email frag %s" % s
        return None if re.match(r"^[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", s) else "bad email %s" % s
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        has_month = any(m in low for m in MONTHS) or any(m[:3] in low for m in MONTHS)
        digits = spoken_norm(text, "digits")
        if typ == "EXPIRY":
            if has_month or re.match(r"^\d{2}\s*[/-]\s*(20)?\d{2}$", text) or re.match(r"^\d{4}$", digits):
                return None
            return "bad expiry %r" % text
        if has_month or re.match(r"^(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})$", text) or re.match(r"^\d{6,8}$", digits):
            return None
        return "bad dob %r" % text
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", text.lower())
        first_ok = toks[0] in ("double", "triple", "flat", "apt", "apartment", "unit") or toks[0].isdigit() or toks[0] in WORDNUM or toks[0] in TENSNUM or toks[0] in TEENNUM
        last_ok = toks[-1] in SUFFIX or toks[-1] in US_SUFFIX
        return None if first_ok and last_ok else "bad address %r" % text
    return "unknown type %s" % typ


def check(cases, meta, text_on_disk):
    errs = []
    if dump(cases) != text_on_disk:
        errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {}
    for c, ks in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative has spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive without spans" % c["id"])
        per_turn = {}
        groups = {}
        for sp, key in zip(c["spans"], ks):
            counts[sp["type"]] = counts.get(sp["type"], 0) + 1
            tx = c["turns"][sp["turn"]]["text"]
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            v = tx[a:b]
            if v != v.strip() or not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum():
                errs.append("%s span edge not value char %r" % (c["id"], v))
            if a > 0 and tx[a - 1].isalnum():
                errs.append("%s span start not on word boundary %r" % (c["id"], v))
            if b < len(tx) and tx[b].isalnum():
                errs.append("%s span end not on word boundary %r" % (c["id"], v))
            per_turn.setdefault(sp["turn"], []).append((a, b))
            if key is None:
                e = validate(sp["type"], v, False)
            elif key == "~":
                e = validate(sp["type"], v, True)
            else:
                e = validate(sp["type"], v, True)
                groups.setdefault(key, []).append((sp["type"], v))
            if e:
                errs.append("%s: %s" % (c["id"], e))
        for t, lst in per_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans in turn %d" % (c["id"], t))
        for key, lst in groups.items():
            typ = lst[0][0]
            if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
                joined = " ".join(v for _, v in lst)
            else:
                joined = " ".join(v for _, v in lst)
            e = validate(typ, joined, False)
            if e:
                errs.append("%s group %s: %s" % (c["id"], key, e))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        need[t] = 10
    for t, n in need.items():
        if counts.get(t, 0) < n:
            errs.append("too few %s spans: %d < %d" % (t, counts.get(t, 0), n))
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    cases, meta = build()
    text = dump(cases)
    if "--check" in sys.argv[1:]:
        try:
            with open(OUT, encoding="utf-8") as f:
                disk = f.read()
        except OSError:
            disk = None
        errs, counts, npos, nneg = check(cases, meta, disk)
        for e in errs[:60]:
            print("ERROR:", e)
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in sorted(counts):
            print("  %-12s %d" % (t, counts[t]))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

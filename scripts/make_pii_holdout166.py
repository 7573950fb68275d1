#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h166.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
from the seed.

    python scripts/make_pii_holdout166.py          # write fixture + README
    python scripts/make_pii_holdout166.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 166241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout166")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ----------------------------------------------------------------------------
# spoken forms
# ----------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FRIENDLY = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}


def ordinal_words(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def num_words(n):
    """Cardinal words for 0..9999 (used for amounts, house numbers)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        s = UNITS[n // 100] + " hundred"
        return s + ("" if rest == 0 else " and " + num_words(rest))
    if n < 10000:
        rest = n % 1000
        s = num_words(n // 1000) + " thousand"
        if rest == 0:
            return s
        if rest < 100:
            return s + " and " + num_words(rest)
        return s + " " + num_words(rest)
    raise ValueError(n)


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "oh " + UNITS[b]
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def year_words(y):
    s = str(y)
    if s[:2] == "20" and s[2] == "0":
        return "two thousand" + ("" if s[3] == "0" else " and " + UNITS[int(s[3])])
    return pair_words(s[:2]) + " " + pair_words(s[2:])


class Ctx:
    def __init__(self, rng, channel, country):
        self.rng = rng
        self.channel = channel
        self.country = country

    @property
    def call(self):
        return self.channel == "call"

    def choice(self, xs):
        return self.rng.choice(xs)

    def zero(self):
        if self.country in ("UK", "IE"):
            return self.choice(["zero", "oh", "oh", "o", "nought"])
        return self.choice(["zero", "oh", "oh", "o"])

    def digit_word(self, d):
        return self.zero() if d == "0" else UNITS[int(d)]

    def say_digits(self, ds, style=None):
        """Spoken reading of a digit string."""
        if style is None:
            style = self.choice(["single", "single", "doubles", "pairs"])
        out = []
        if style == "pairs" and len(ds) >= 2:
            i = 0
            chunks = []
            while i < len(ds):
                if len(ds) - i >= 2:
                    chunks.append(ds[i:i + 2])
                    i += 2
                else:
                    chunks.append(ds[i])
                    i += 1
            for k, c in enumerate(chunks):
                if len(c) == 1:
                    out.append(self.digit_word(c))
                elif (c[1] == "0" and c[0] not in "01" and k + 1 < len(chunks)
                      and len(chunks[k + 1]) == 1):
                    out.append(UNITS[int(c[0])] + " " + self.digit_word("0"))
                elif c[0] == "0":
                    out.append(self.digit_word("0") + " " + UNITS[int(c[1])])
                else:
                    out.append(pair_words(c))
            return " ".join(out)
        i = 0
        while i < len(ds):
            d = ds[i]
            run = 1
            while i + run < len(ds) and ds[i + run] == d:
                run += 1
            if style == "doubles" and run >= 3:
                out.append("triple " + self.digit_word(d))
                i += 3
            elif style == "doubles" and run == 2:
                out.append("double " + self.digit_word(d))
                i += 2
            else:
                out.append(self.digit_word(d))
                i += 1
        return " ".join(out)

    def say_groups(self, groups, style=None, filler=True):
        parts = [self.say_digits(g, style) for g in groups]
        if filler and len(parts) > 2 and self.rng.random() < 0.3:
            k = self.rng.randrange(1, len(parts))
            parts.insert(k, self.choice(["um", "uh", "er"]))
        return " ".join(parts)

    def say_letter(self, ch, allow_nato=True):
        ch = ch.lower()
        r = self.rng.random()
        if allow_nato and r < 0.25:
            return "%s for %s" % (ch, NATO[ch])
        if allow_nato and r < 0.35 and ch in FRIENDLY:
            return "%s for %s" % (ch, FRIENDLY[ch])
        if r < 0.45:
            hom = {"c": "see", "r": "are", "y": "why", "t": "tea", "q": "queue",
                   "j": "jay", "b": "bee", "k": "kay", "p": "pea", "z": "zed",
                   "u": "you"}
            if ch in hom and not (ch == "z" and self.country == "US"):
                return hom[ch]
        return ch

    # ---- non-PII numbers -------------------------------------------------
    def cur(self):
        return {"US": "$", "UK": "£", "IE": "€", "EU": "€"}[self.country]

    def cur_word(self, plural=True):
        return {"US": "dollars", "UK": "pounds", "IE": "euro", "EU": "euro"}[self.country]

    def money(self, lo=5, hi=900):
        whole = self.rng.randint(lo, hi)
        cents = self.choice([0, 0, self.rng.randint(1, 99)])
        if not self.call:
            if cents:
                return "%s%d.%02d" % (self.cur(), whole, cents)
            return "%s%d" % (self.cur(), whole)
        s = num_words(whole) + " " + self.cur_word()
        if cents:
            s += " " + self.choice(["and ", ""]) + num_words(cents)
            if self.rng.random() < 0.5:
                s += " " + ("cents" if self.country in ("US", "IE", "EU") else "pence")
        return s

    def day_date(self):
        d = self.rng.randint(1, 28)
        m = self.choice(MONTHS)
        if not self.call:
            if self.country == "US":
                return self.choice(["%s %d" % (m.title(), d), "%s %s" % (m.title(), ordinal_suffix(d))])
            return self.choice(["%d %s" % (d, m.title()), "%s %s" % (ordinal_suffix(d), m.title())])
        return self.choice(["the %s of %s" % (ordinal_words(d), m), "%s %s" % (m, ordinal_words(d))])

    def time(self):
        h = self.rng.randint(8, 17)
        mnt = self.choice([0, 15, 30, 45])
        if not self.call:
            hh = h if h <= 12 else h - 12
            return "%d:%02d%s" % (hh, mnt, "am" if h < 12 else "pm")
        hh = h if h <= 12 else h - 12
        if mnt == 0:
            return num_words(hh) + " o'clock"
        if mnt == 30 and self.country in ("UK", "IE"):
            return "half " + num_words(hh)
        return num_words(hh) + " " + num_words(mnt)

    def ref(self, word=None, n=None):
        word = word or self.choice(["order number", "reference number", "ticket number",
                                    "case number", "claim number", "invoice number"])
        n = n or self.rng.randint(5, 9)
        ds = str(self.rng.randint(1, 9)) + "".join(str(self.rng.randint(0, 9)) for _ in range(n - 1))
        if not self.call:
            pre = self.choice(["", "", "#", "REF-", "ORD"]) if "order" in word or "reference" in word else ""
            return "%s %s%s" % (word, pre, ds)
        return "%s %s" % (word, self.say_digits(ds, self.choice(["single", "doubles"])))

    def count(self, lo=2, hi=12):
        n = self.rng.randint(lo, hi)
        return str(n) if not self.call else num_words(n)

    def year(self):
        y = self.rng.randint(2015, 2026)
        return str(y) if not self.call else year_words(y)

    def pct(self):
        n = self.rng.randint(5, 40)
        return ("%d%%" % n) if not self.call else num_words(n) + " percent"

    def ctext(self, s):
        """Style a plain-text segment for the channel."""
        if self.call:
            s = s.lower()
            s = re.sub(r"[,.?!;:()\"]", "", s)
            s = re.sub(r"\s+", " ", s).strip()
        return s


# ----------------------------------------------------------------------------
# value generators: return (list_of_piece_texts) - pieces may be spread over turns
# ----------------------------------------------------------------------------
def luhn_complete(prefix, length, rng):
    ds = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(ds + c):
            return ds + c
    raise AssertionError


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def make_iban(ctx):
    rng = ctx.rng
    cc = {"UK": "GB", "IE": "IE", "US": "DE", "EU": ctx.choice(["DE", "NL", "FR", "ES", "IE"])}[ctx.country]
    if cc == "GB":
        bban = ctx.choice(["NWBK", "BARC", "HBUK", "MIDL", "NAIA"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif cc == "IE":
        bban = ctx.choice(["AIBK", "IPBS", "ULSB"]) + "".join(str(rng.randint(0, 9)) for _ in range(14))
    elif cc == "NL":
        bban = ctx.choice(["ABNA", "INGB", "TRIA"]) + "".join(str(rng.randint(0, 9)) for _ in range(10))
    elif cc == "DE":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(18))
    elif cc == "FR":
        bban = "".join(str(rng.randint(0, 9)) for _ in range(23))
    else:
        bban = "".join(str(rng.randint(0, 9)) for _ in range(20))
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    chk = 98 - n % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban)
    return iban


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(rng.randint(0, 9)) for _ in range(6)) + rng.choice("ABCD")


def make_card(ctx):
    rng = ctx.rng
    kind = ctx.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    if kind == "visa":
        return luhn_complete("4", 16, rng)
    if kind == "mc":
        return luhn_complete(str(rng.randint(51, 55)), 16, rng)
    if kind == "amex":
        return luhn_complete(ctx.choice(["34", "37"]), 15, rng)
    if kind == "disc":
        return luhn_complete("6011", 16, rng)
    return luhn_complete("4", 13, rng) if rng.random() < 0.3 else luhn_complete("4", 16, rng)


def card_groups(ds):
    if len(ds) == 15:
        return [ds[:4], ds[4:10], ds[10:]]
    if len(ds) == 13:
        return [ds[:4], ds[4:8], ds[8:]]
    return [ds[i:i + 4] for i in range(0, len(ds), 4)]


def fmt_card(ctx, split=False):
    ds = make_card(ctx)
    g = card_groups(ds)
    if ctx.call:
        if split:
            return [ctx.say_digits(x) for x in g]
        return [ctx.say_groups(g)]
    sep = ctx.choice([" ", " ", "-", "", "  ", "."])
    if split:
        return g
    return [sep.join(g)]


def fmt_cvv(ctx):
    ds = "".join(str(ctx.rng.randint(0, 9)) for _ in range(ctx.choice([3, 3, 3, 4])))
    return [ctx.say_digits(ds, ctx.choice(["single", "single", "doubles"]))] if ctx.call else [ds]


def fmt_expiry(ctx):
    m = ctx.rng.randint(1, 12)
    y = ctx.rng.randint(26, 32)
    if not ctx.call:
        return [ctx.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                            "%d/%d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].title(), y)])]
    r = ctx.rng.random()
    if r < 0.4:
        return ["%s %s" % (ctx.say_digits("%02d" % m, "single"), pair_words("%02d" % y))]
    if r < 0.6:
        return ["%s %s" % (MONTHS[m - 1], pair_words("%02d" % y))]
    if r < 0.8:
        return ["%s twenty %s" % (MONTHS[m - 1], pair_words("%02d" % y))]
    return ["%s slash %s" % (ctx.say_digits("%02d" % m, "single"), pair_words("%02d" % y))]


def make_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def fmt_ssn(ctx, split=False):
    ds = make_ssn(ctx.rng)
    g = [ds[:3], ds[3:5], ds[5:]]
    if ctx.call:
        if split:
            return [ctx.say_digits(x) for x in g]
        return [ctx.say_groups(g)]
    if split:
        return g
    return [ctx.choice(["-", "-", " ", ""]).join(g)]


def fmt_ni(ctx, split=False):
    ni = make_ni(ctx.rng)
    if ctx.call:
        letters1 = " ".join(ctx.say_letter(c) for c in ni[:2])
        digs = [ni[2:4], ni[4:6], ni[6:8]]
        body = ctx.say_groups(digs, ctx.choice(["single", "pairs", "doubles"]), filler=False)
        last = ctx.say_letter(ni[8])
        if split:
            return [letters1 + " " + ctx.say_digits(ni[2:5], "single"),
                    ctx.say_digits(ni[5:8], "single") + " " + last]
        return [letters1 + " " + body + " " + last]
    if split:
        return [ni[:5], ni[5:]]
    st = ctx.rng.random()
    if st < 0.4:
        s = "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    elif st < 0.7:
        s = ni
    else:
        s = "%s %s %s" % (ni[:2], ni[2:8], ni[8])
    return [s.lower() if ctx.rng.random() < 0.2 else s]


def fmt_account(ctx):
    n = 8 if ctx.country in ("UK", "IE") else ctx.choice([9, 10, 12])
    ds = str(ctx.rng.randint(1, 9)) + "".join(str(ctx.rng.randint(0, 9)) for _ in range(n - 1))
    if ctx.call:
        return [ctx.say_digits(ds, ctx.choice(["single", "doubles", "pairs"]))]
    return [ds if ctx.rng.random() < 0.7 else ds[:4] + " " + ds[4:]]


def fmt_sort(ctx):
    ds = "".join(str(ctx.rng.randint(0, 9)) for _ in range(6))
    if ctx.call:
        return [ctx.say_digits(ds, ctx.choice(["pairs", "pairs", "single", "doubles"]))]
    return [ctx.choice(["-", "-", " ", ""]).join([ds[:2], ds[2:4], ds[4:]])]


def fmt_iban(ctx, split=False):
    ib = make_iban(ctx)
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    if ctx.call:
        def say(g):
            return " ".join(ctx.say_letter(c, allow_nato=False) if c.isalpha() else ctx.digit_word(c) for c in g)
        if split:
            half = len(groups) // 2
            return [" ".join(say(g) for g in groups[:half]), " ".join(say(g) for g in groups[half:])]
        return [" ".join(say(g) for g in groups)]
    if split:
        half = len(groups) // 2
        return [" ".join(groups[:half]), " ".join(groups[half:])]
    return [ctx.choice([" ".join(groups), ib, ib.lower() if ctx.rng.random() < 0.3 else ib])]


def make_phone(ctx):
    rng = ctx.rng
    c = ctx.country
    rd = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if c == "UK":
        k = rng.random()
        if k < 0.6:
            return ("0", "7" + rd(9), "uk_mob")
        if k < 0.8:
            return ("0", ctx.choice(["20", "161", "113", "121", "131"]) + "", "uk_land")
        return ("+44", "7" + rd(9), "uk_intl")
    if c == "IE":
        if rng.random() < 0.7:
            return ("0", "8" + ctx.choice("35679") + rd(7), "ie_mob")
        return ("+353", "8" + ctx.choice("35679") + rd(7), "ie_intl")
    if c == "US":
        area = str(rng.randint(2, 9)) + rd(2)
        exch = str(rng.randint(2, 9)) + rd(2)
        return ("", area + exch + rd(4), "us")
    cc = ctx.choice(["+49", "+33", "+34", "+31"])
    return (cc, str(rng.randint(6, 7)) + rd(8), "eu_intl")


def fmt_phone(ctx, split=False):
    rng = ctx.rng
    pre, body, kind = make_phone(ctx)
    if kind == "uk_land":
        area = body
        body = area + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(area)))
        full = "0" + body
        groups = [full[:1 + len(area)], full[1 + len(area):]]
        if len(groups[1]) == 8:
            groups = [groups[0], groups[1][:4], groups[1][4:]]
        else:
            groups = [groups[0], groups[1][:3], groups[1][3:]]
    elif kind in ("uk_mob",):
        full = "0" + body
        groups = [full[:5], full[5:]]
    elif kind == "ie_mob":
        full = "0" + body
        groups = [full[:3], full[3:6], full[6:]]
    elif kind == "us":
        full = body
        groups = [body[:3], body[3:6], body[6:]]
    else:
        full = body
        groups = [body[:3], body[3:6], body[6:]]
    if ctx.call:
        if split:
            gs = [ctx.say_digits(g) for g in groups]
            if pre.startswith("+"):
                gs[0] = "plus " + ctx.say_digits(pre[1:], "single") + " " + gs[0]
            return gs if len(gs) == 2 else [gs[0] + " " + gs[1], gs[2]]
        s = ctx.say_groups(groups, filler=False)
        if pre.startswith("+"):
            s = "plus " + ctx.say_digits(pre[1:], "single") + " " + s
        return [s]
    if kind == "us":
        s = ctx.choice(["(%s) %s-%s" % tuple(groups), "%s-%s-%s" % tuple(groups),
                        "%s.%s.%s" % tuple(groups), "".join(groups), "+1 %s %s %s" % tuple(groups)])
    elif pre.startswith("+"):
        s = ctx.choice(["%s %s" % (pre, " ".join(groups)), pre + "".join(groups)])
    else:
        s = ctx.choice([" ".join(groups), "".join(groups), "-".join(groups)])
    if split:
        return [s]
    return [s]


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "claire",
         "daniel", "niamh", "maria", "kevin", "olu", "grace", "ryan", "emma", "sean",
         "fatima", "jake", "helen", "pedro", "anna", "marek", "chloe"]
LAST = ["murphy", "patel", "smith", "okafor", "kelly", "garcia", "jones", "walsh",
        "nguyen", "brown", "obrien", "khan", "taylor", "novak", "byrne", "lopez",
        "evans", "wright", "doyle", "singh"]
DOMAINS = {"US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com"],
           "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk"],
           "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
           "EU": ["gmail.com", "web.de", "orange.fr", "outlook.com", "gmx.de"]}


def fmt_email(ctx):
    rng = ctx.rng
    f, l = ctx.choice(FIRST), ctx.choice(LAST)
    style = rng.randint(0, 4)
    num = str(rng.randint(1, 99)) if rng.random() < 0.5 else ""
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], ".", l]
    elif style == 2:
        local = [f, l]
    elif style == 3:
        local = [f, "_", l]
    else:
        local = [l, f[0]]
    dom = ctx.choice(DOMAINS[ctx.country])
    if not ctx.call:
        s = "".join(local) + num + "@" + dom
        return [s if rng.random() < 0.8 else s.title() if rng.random() < 0.5 else s.upper()]
    words = []
    for p in local:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif len(p) == 1:
            words.append(ctx.say_letter(p, allow_nato=True))
        else:
            words.append(p)
    if num:
        words.append(num_words(int(num)) if rng.random() < 0.5 else ctx.say_digits(num, "single"))
    d1, _, d2 = dom.partition(".")
    words += [ctx.choice(["at", "at", "at sign"]), d1] + [x for part in d2.split(".") for x in ("dot", part)]
    return [" ".join(words)]


def make_dob(rng):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2005)


def fmt_dob(ctx):
    d, m, y = make_dob(ctx.rng)
    if not ctx.call:
        if ctx.country == "US":
            opts = ["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                    "%d-%02d-%02d" % (y, m, d)]
        else:
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                    "%s %s %d" % (ordinal_suffix(d), MONTHS[m - 1].title(), y), "%d.%d.%d" % (d, m, y)]
        return [ctx.choice(opts)]
    if ctx.country == "US":
        opts = ["%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y)),
                "%s %s %s" % (ctx.say_digits("%02d" % m, "single"), ctx.say_digits("%02d" % d, "single"), year_words(y))]
    else:
        opts = ["the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)),
                "%s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y)),
                "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))]
    return [ctx.choice(opts)]


UK_AREAS = ["SW", "SE", "N", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "L", "BS", "NG", "RG", "CB"]
UNIT_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(ctx):
    rng = ctx.rng
    if ctx.country == "US":
        z = "%05d" % rng.randint(1001, 99950)
        return z if rng.random() < 0.8 else z + "-%04d" % rng.randint(1, 9999)
    a = ctx.choice(UK_AREAS)
    dist = str(rng.randint(1, 20)) if len(a) == 1 or rng.random() < 0.6 else str(rng.randint(1, 9))
    return "%s%s %d%s%s" % (a, dist, rng.randint(0, 9), rng.choice(UNIT_LET), rng.choice(UNIT_LET))


def fmt_postcode(ctx):
    pc = make_postcode(ctx)
    if not ctx.call:
        r = ctx.rng.random()
        if r < 0.15:
            pc = pc.lower()
        elif r < 0.3 and ctx.country != "US":
            pc = pc.replace(" ", "")
        return [pc]
    if ctx.country == "US":
        if "-" in pc:
            return [ctx.say_digits(pc[:5], "single") + " dash " + ctx.say_digits(pc[6:], "single")]
        return [ctx.say_digits(pc, ctx.choice(["single", "single", "doubles"]))]
    out, comp = [], pc.replace(" ", "")
    outward, inward = pc.split(" ")
    words = []
    for c in outward:
        words.append(ctx.say_letter(c, allow_nato=ctx.rng.random() < 0.5) if c.isalpha() else None)
    # outward digits may be two-digit district spoken as a number
    letters = "".join(c for c in outward if c.isalpha())
    digits = "".join(c for c in outward if c.isdigit())
    lw = " ".join(ctx.say_letter(c, allow_nato=ctx.rng.random() < 0.4) for c in letters)
    if len(digits) == 2 and ctx.rng.random() < 0.5:
        dw = num_words(int(digits))
    else:
        dw = " ".join(ctx.digit_word(c) for c in digits)
    iw = ctx.digit_word(inward[0]) + " " + " ".join(ctx.say_letter(c, allow_nato=ctx.rng.random() < 0.4) for c in inward[1:])
    return ["%s %s %s" % (lw, dw, iw)]


STREETS = ["oak", "maple", "church", "station", "victoria", "mill", "park", "elm", "highfield",
           "kingsway", "brookfield", "cedar", "willow", "main", "orchard", "riverside", "ashgrove"]
SUFFIX_UK = ["road", "street", "avenue", "lane", "close", "drive", "crescent", "grove", "terrace"]
SUFFIX_US = ["street", "avenue", "road", "drive", "boulevard", "lane", "court", "way"]


def fmt_address(ctx):
    rng = ctx.rng
    n = rng.choice([rng.randint(1, 99), rng.randint(1, 250), rng.randint(100, 9999)] if ctx.country == "US"
                   else [rng.randint(1, 99), rng.randint(1, 180)])
    st = ctx.choice(STREETS)
    suf = ctx.choice(SUFFIX_US if ctx.country == "US" else SUFFIX_UK)
    flat = ""
    if rng.random() < 0.25:
        fl = rng.randint(1, 40)
        flat = ("apartment %s " if ctx.country == "US" else "flat %s ") % (num_words(fl) if ctx.call else fl)
    if ctx.call:
        if n >= 100 and rng.random() < 0.6:
            s = str(n)
            nw = pair_words(s[-4:-2].rjust(2, "0")) + " " + pair_words(s[-2:]) if len(s) == 4 else \
                UNITS[int(s[0])] + " " + pair_words(s[1:])
            nw = nw.replace("oh oh", "hundred") if False else nw
        else:
            nw = num_words(n)
        return ["%s%s %s %s" % (flat, nw, st, suf)]
    s = "%s%d %s %s" % (flat.title(), n, st.title(), suf.title())
    if rng.random() < 0.3:
        s = s.replace(suf.title(), {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln",
                                    "boulevard": "Blvd", "court": "Ct", "close": "Cl", "crescent": "Cres",
                                    "grove": "Gr", "terrace": "Terr", "way": "Way"}[suf])
    if rng.random() < 0.15:
        s = s.lower()
    return [s]


FMT = {"CARD_NUMBER": fmt_card, "CVV": fmt_cvv, "EXPIRY": fmt_expiry, "SSN": fmt_ssn,
       "NI_NUMBER": fmt_ni, "BANK_ACCOUNT": fmt_account, "SORT_CODE": fmt_sort, "IBAN": fmt_iban,
       "PHONE": fmt_phone, "EMAIL": fmt_email, "DOB": fmt_dob, "POSTCODE": fmt_postcode,
       "ADDRESS": fmt_address}
SPLITTABLE = {"CARD_NUMBER", "SSN", "NI_NUMBER", "IBAN", "PHONE"}

# ----------------------------------------------------------------------------
# conversation building blocks.  A turn is (speaker, [segments]); a segment is a
# plain string or a tuple (text, TYPE).
# ----------------------------------------------------------------------------
ASK = {
    "CARD_NUMBER": ["Can I take the long card number please?", "What's the long number on the front of the card?",
                    "Go ahead with the card number when you're ready.", "Could you read me the card number?"],
    "CVV": ["And the three digit security code on the back?", "What's the CVV?", "And the security code please?"],
    "EXPIRY": ["And the expiry date?", "When does the card expire?", "What's the expiry on that card?"],
    "SSN": ["Can you verify your social security number for me?", "I'll need your social please.",
            "What's the social security number on the account?"],
    "NI_NUMBER": ["Can I take your national insurance number?", "What's your NI number please?",
                  "Could you give me your national insurance number for security?"],
    "BANK_ACCOUNT": ["What's the account number?", "And the account number you'd like to pay from?",
                     "Can you give me the account number please?"],
    "SORT_CODE": ["And the sort code?", "What's the sort code for that account?"],
    "IBAN": ["Can you give me your IBAN for the refund?", "What's the IBAN of the account?",
             "I'll need the full IBAN please."],
    "PHONE": ["What's the best number to reach you on?", "Can I take a contact number?",
              "What mobile number should we text?"],
    "EMAIL": ["What email address should we send that to?", "Can I get an email address for the confirmation?",
              "What's the email on the account?"],
    "DOB": ["Can you confirm your date of birth?", "And your date of birth please?",
            "For security, what's your date of birth?"],
    "POSTCODE": ["And the postcode?", "Can you confirm the postcode on the account?", "What's your postcode?"],
    "ADDRESS": ["What's the first line of your address?", "Can you confirm your address?",
                "What address should we send it to?"],
}
ASK_US = {"POSTCODE": ["And the zip code?", "What's the zip code on the account?", "Can you confirm your zip?"],
          "CVV": ["And the three digit code on the back?", "What's the CVV?"]}
LEADS = ["", "", "", "Yeah it's ", "It's ", "Sure, ", "Yes, ", "Okay it's ", "Um, ", "Right so it's ", "That's ",
         "Hang on let me just find it. Okay it's ", "Sorry the dog's barking, it's ", "Oh right, yeah, so that'd be ",
         "I always forget this one. Um, "]
TAILS = ["", "", "", ".", " I think", ", yeah", " if that helps", "."]
BACKCH = ["mhm", "okay", "yep", "okay go on", "uh huh", "got it", "right", "yes"]
CONFIRM = ["Yes that's right.", "Yep, correct.", "That's it.", "Yeah spot on.", "Correct."]


def ask(ctx, t):
    if ctx.country == "US" and t in ASK_US:
        return ctx.choice(ASK_US[t])
    return ctx.choice(ASK[t])


def pii_block(ctx, t, mode=None):
    """Turns for one PII value of type t."""
    turns = []
    rng = ctx.rng
    if mode is None:
        opts = ["plain", "plain", "plain", "readback", "correction"]
        if t in SPLITTABLE and ctx.call:
            opts += ["split", "split"]
        if t in SPLITTABLE and not ctx.call:
            opts += ["split"]
        mode = ctx.choice(opts)
    turns.append(("agent", [ask(ctx, t)]))
    if mode == "split":
        pieces = FMT[t](ctx, split=True)
        if len(pieces) == 1:
            mode = "plain"
            val = pieces
        else:
            for k, p in enumerate(pieces):
                lead = ctx.choice(["", "", "right ", "okay ", "so "]) if k == 0 else ctx.choice(["", "", "then "])
                turns.append(("customer", [lead, (p, t)]))
                if k + 1 < len(pieces):
                    turns.append(("agent", [ctx.choice(BACKCH)]))
            return turns
    val = FMT[t](ctx)
    if mode == "correction" and t in ("CARD_NUMBER", "PHONE", "BANK_ACCOUNT", "SSN", "SORT_CODE", "CVV"):
        false_start = ctx.choice(["hang on", "sorry let me start again", "no wait", "sorry wrong one"])
        other = FMT[t](ctx)[0]
        toks = other.split()
        partial = " ".join(toks[:rng.randint(2, 3)]) if ctx.call else other[:rng.randint(3, 5)].rstrip(" -.")
        turns.append(("customer", [ctx.choice(["Um, ", "Okay ", ""]),
                                   "hold on I've got two cards here, " if t == "CARD_NUMBER" else "",
                                   partial + " ", false_start, ", ", (val[0], t)]))
        return turns
    turns.append(("customer", [ctx.choice(LEADS), (val[0], t), ctx.choice(TAILS)]))
    if mode == "readback":
        turns.append(("agent", [ctx.choice(["So that's ", "Let me read that back, ", "I have "]), (val[0], t),
                                ctx.choice([", is that right?", "?", ", correct?"])]))
        turns.append(("customer", [ctx.choice(CONFIRM)]))
    return turns


def pay_block(ctx):
    """Card + expiry + CVV, possibly two values in one turn."""
    turns = []
    card = fmt_card(ctx)[0]
    exp = fmt_expiry(ctx)[0]
    cvv = fmt_cvv(ctx)[0]
    r = ctx.rng.random()
    if r < 0.35:
        turns.append(("agent", ["Okay, I'll need the card details, the number, expiry and security code."]))
        turns.append(("customer", ["Card number ", (card, "CARD_NUMBER"), " expiry ", (exp, "EXPIRY"),
                                   ctx.choice([" and the code is ", " cvv ", ", security code "]), (cvv, "CVV")]))
    else:
        turns.append(("agent", [ask(ctx, "CARD_NUMBER")]))
        turns.append(("customer", [ctx.choice(LEADS), (card, "CARD_NUMBER")]))
        turns.append(("agent", [ctx.choice(["Thank you. ", "Lovely. ", "Great. "]), ask(ctx, "EXPIRY")]))
        turns.append(("customer", [ctx.choice(LEADS), (exp, "EXPIRY"), ctx.choice(TAILS)]))
        turns.append(("agent", [ask(ctx, "CVV")]))
        turns.append(("customer", [ctx.choice(["", "It's ", "Okay, "]), (cvv, "CVV")]))
    return turns


def bank_block(ctx):
    acct = fmt_account(ctx)[0]
    sc = fmt_sort(ctx)[0]
    if ctx.rng.random() < 0.4:
        return [("agent", ["To set up the direct debit I need the sort code and account number."]),
                ("customer", ["Sort code ", (sc, "SORT_CODE"), ctx.choice([" and account ", ", account number ", " account "]),
                              (acct, "BANK_ACCOUNT")])]
    return [("agent", [ask(ctx, "SORT_CODE")]),
            ("customer", [ctx.choice(LEADS), (sc, "SORT_CODE")]),
            ("agent", [ctx.choice(BACKCH).capitalize() + ". " + ask(ctx, "BANK_ACCOUNT")]),
            ("customer", [ctx.choice(LEADS), (acct, "BANK_ACCOUNT"), ctx.choice(TAILS)])]


def addr_block(ctx):
    a = fmt_address(ctx)[0]
    p = fmt_postcode(ctx)[0]
    town = ctx.choice({"US": ["Springfield", "Austin", "Columbus", "Denver", "Raleigh"],
                       "UK": ["Leeds", "Croydon", "Bristol", "Salford", "Reading"],
                       "IE": ["Galway", "Cork", "Swords", "Naas"], "EU": ["Berlin", "Lyon"]}[ctx.country])
    if ctx.country not in ("UK", "US"):
        return [("agent", [ask(ctx, "ADDRESS")]), ("customer", [ctx.choice(LEADS), (a, "ADDRESS"), ", " + town])]
    if ctx.rng.random() < 0.5:
        return [("agent", [ctx.choice(["Can I take your full address including the postcode?",
                                       "What's the address, including the post code?"]) if ctx.country == "UK"
                           else "Can I take the full address including the zip code?"]),
                ("customer", [ctx.choice(LEADS), (a, "ADDRESS"), ", " + town + ", " if not ctx.call else " " + town + " ",
                              (p, "POSTCODE")])]
    return [("agent", [ask(ctx, "ADDRESS")]),
            ("customer", [ctx.choice(LEADS), (a, "ADDRESS"), ctx.choice(TAILS)]),
            ("agent", [ask(ctx, "POSTCODE")]),
            ("customer", [ctx.choice(LEADS), (p, "POSTCODE")])]


# ---- industry scenes (non-PII conversation with numbers) -------------------
def scene(ctx, industry):
    """Return (opening_turns, middle_turns, closing_turns) with non-PII numbers."""
    c = ctx
    o, m = [], []
    ag = lambda s: ("agent", [s])
    cu = lambda s: ("customer", [s])
    comp = {"banking": "Northgate Bank", "telecom": "Skylink Mobile", "utilities": "Brightwater Energy",
            "retail": "HomeCo", "insurance": "Shield Insurance", "travel": "Aerlink Travel",
            "healthcare": "Riverside Medical Billing", "government": "the Benefits Helpline"}[industry]
    o.append(ag(c.choice(["Thank you for calling %s, my name's %s, how can I help?",
                          "Hi, you're through to %s, this is %s speaking."] if c.call else
                         ["Hello, welcome to %s chat, I'm %s. What can I do for you today?",
                          "Hi, thanks for contacting %s, you're chatting with %s."])
                % (comp, c.choice(["Dave", "Priya", "Siobhan", "Mark", "Lucy", "Carlos", "Jen"]))))
    if industry == "banking":
        o.append(cu("Hi, there's a payment of %s on my statement from %s that I don't recognise." % (c.money(), c.day_date())))
        m += [ag("I can see that transaction, it went through at %s. Your available balance is %s." % (c.time(), c.money(100, 5000))),
              cu("I definitely didn't make it. I was away for %s days." % c.count(2, 10)),
              ag("Okay, I've raised a dispute, %s. It can take up to %s working days." % (c.ref("case number"), c.count(5, 10)))]
    elif industry == "telecom":
        o.append(cu("Hi, my bill this month is %s, normally it's %s. I'm on the %s gig plan." % (c.money(20, 200), c.money(10, 60), c.count(5, 100))))
        m += [ag("I see %s of roaming charges from %s." % (c.money(5, 80), c.day_date())),
              cu("Right, I was in Spain for %s days but I had the travel add-on." % c.count(3, 14)),
              ag("I'll credit %s back, that's %s off. Your %s is on the system." % (c.money(5, 60), c.pct(), c.ref("ticket number")))]
    elif industry == "utilities":
        o.append(cu("Hello, I'm moving out on %s and need to give a final meter reading." % c.day_date()))
        rd = str(c.rng.randint(10000, 99999))
        m += [ag("No problem, what's the reading?"),
              cu("It says %s" % (rd if not c.call else c.say_digits(rd, "single"))),
              ag("Lovely, so your final bill will be around %s and you're %s in credit. I'll put that under %s." % (c.money(20, 300), c.money(5, 90), c.ref("reference number")))]
    elif industry == "retail":
        o.append(cu("Hi, I ordered %s chairs on %s and only %s arrived, %s." % (c.count(2, 6), c.day_date(), c.count(1, 1), c.ref("order number"))))
        m += [ag("Sorry about that. I can see %s items at %s each were dispatched." % (c.count(2, 6), c.money(20, 150))),
              cu("Can you send the missing one? I'm in between %s and %s on weekdays." % (c.time(), c.time())),
              ag("Delivery will be %s, and I'll refund the %s delivery charge." % (c.day_date(), c.money(3, 15)))]
    elif industry == "insurance":
        o.append(cu("Hi, I want to make a claim, someone reversed into my car on %s at about %s." % (c.day_date(), c.time())))
        m += [ag("Sorry to hear that. Your excess is %s and your policy renews %s." % (c.money(100, 500), c.day_date())),
              cu("The garage quoted %s for the bumper, the car's a %s model." % (c.money(300, 2500), c.year())),
              ag("I've opened %s, an assessor will call within %s hours." % (c.ref("claim number"), c.count(24, 72)))]
    elif industry == "travel":
        fl = c.choice(["EI", "BA", "FR", "UA", "LH", "AA"]) + str(c.rng.randint(100, 2999))
        fls = fl if not c.call else "%s %s %s" % (fl[0].lower(), fl[1].lower(), num_words(int(fl[2:])) if c.rng.random() < .5 else c.say_digits(fl[2:], "single"))
        o.append(cu("Hi, my flight %s on %s was cancelled and I've %s people travelling." % (fls, c.day_date(), c.count(2, 5))))
        m += [ag("I can rebook you on the %s departure, gate closes %s minutes before." % (c.time(), c.count(20, 45))),
              cu("Okay, and the hotel was %s a night for room %s, can that be covered?" % (c.money(60, 250), str(c.rng.randint(100, 950)) if not c.call else num_words(c.rng.randint(100, 950)))),
              ag("Yes, keep the receipts and claim under %s, up to %s." % (c.ref("booking reference"), c.money(100, 600)))]
    elif industry == "healthcare":
        o.append(cu("Hi, I got a bill for %s for an appointment on %s but my insurance should cover %s." % (c.money(80, 1500), c.day_date(), c.pct())))
        m += [ag("I see, that's %s. The claim was submitted on %s." % (c.ref("invoice number"), c.day_date())),
              cu("The visit only lasted %s minutes, and I've already paid a %s copay." % (c.count(10, 45), c.money(10, 60))),
              ag("I'll resubmit it, you should hear back in %s to %s weeks." % (c.count(2, 3), c.count(4, 6)))]
    else:
        o.append(cu("Hi, I applied for the support payment on %s and haven't heard anything, it's been %s weeks." % (c.day_date(), c.count(3, 8))))
        m += [ag("I can see your application, %s. It's at the assessment stage." % c.ref("reference number")),
              cu("I've got %s kids and the rent is %s a month, I really need it." % (c.count(1, 4), c.money(400, 1400))),
              ag("Understood. The award would be %s a week, backdated to %s." % (c.money(60, 300), c.day_date()))]
    close = [ag(c.choice(["Is there anything else I can help with today?", "Anything else?"])),
             cu(c.choice(["No that's all, thanks.", "No that's everything, cheers.", "That's it, thank you so much."])),
             ag(c.choice(["Thanks for calling, have a good day.", "Great, take care, bye now.", "You're welcome, bye."]))]
    return o, m, close


INDUSTRY_COUNTRY = {
    "banking": ["UK", "US", "IE"], "telecom": ["UK", "US", "IE", "EU"], "utilities": ["UK", "IE", "US"],
    "retail": ["US", "UK", "EU", "IE"], "insurance": ["UK", "US", "IE"], "travel": ["IE", "UK", "EU", "US"],
    "healthcare": ["US"], "government": ["UK", "US", "IE"]}
TYPE_COUNTRY = {"SSN": ["US"], "NI_NUMBER": ["UK"], "SORT_CODE": ["UK"], "IBAN": ["IE", "EU", "UK"],
                "POSTCODE": ["UK", "US"]}


def style_turn(ctx, spk, segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            val, t = s
            start = len(text)
            text += val
            spans.append((start, len(text), t))
        else:
            text += ctx.ctext(s) if s.strip() else s
            if ctx.call and s and not s.strip() == s and s.strip():
                pass
    # tidy whitespace at span edges for calls
    if ctx.call:
        # ctext strips edge spaces of plain segments; rebuild with single spaces
        text, spans = rebuild_call(ctx, segs)
    return {"speaker": spk, "text": text}, spans


def rebuild_call(ctx, segs):
    parts = []
    for s in segs:
        if isinstance(s, tuple):
            parts.append(s)
        else:
            t = ctx.ctext(s)
            if t:
                parts.append(t)
    text, spans = "", []
    for p in parts:
        if text:
            text += " "
        if isinstance(p, tuple):
            start = len(text)
            text += p[0]
            spans.append((start, len(text), p[1]))
        else:
            text += p
    return text, spans


def assemble(ctx, turns, cid, kind, note):
    out_turns, out_spans = [], []
    prev = None
    fixed = []
    for spk, segs in turns:
        if spk == "agent" and prev == "agent":
            fixed.append(("customer", [ctx.choice(["Okay.", "Sure.", "Right.", "Okay, thanks.", "Yeah go on."])]))
        fixed.append((spk, segs))
        prev = spk
    for spk, segs in fixed:
        td, sp = style_turn(ctx, spk, segs)
        if not td["text"].strip():
            continue
        i = len(out_turns)
        out_turns.append(td)
        for s, e, t in sp:
            out_spans.append({"turn": i, "start": s, "end": e, "type": t})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": out_spans, "note": note}


def positive(rng, idx, primary):
    countries = TYPE_COUNTRY.get(primary)
    ind = rng.choice([k for k, v in INDUSTRY_COUNTRY.items() if countries is None or set(v) & set(countries)])
    country = rng.choice([c for c in INDUSTRY_COUNTRY[ind] if countries is None or c in countries])
    channel = rng.choice(["call", "call", "chat"])
    ctx = Ctx(rng, channel, country)
    o, m, close = scene(ctx, ind)
    blocks = []
    # verification / primary value
    if primary in ("CVV", "EXPIRY"):
        blocks.append(("pay", pay_block(ctx)))
    elif primary == "SORT_CODE":
        blocks.append(("bank", bank_block(ctx)))
    elif primary in ("POSTCODE", "ADDRESS") and rng.random() < 0.6:
        blocks.append(("addr", addr_block(ctx)))
    else:
        blocks.append((primary, pii_block(ctx, primary)))
    # secondary value(s)
    sec_pool = {"US": ["DOB", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "SSN", "CARD_NUMBER", "BANK_ACCOUNT"],
                "UK": ["DOB", "PHONE", "EMAIL", "ADDRESS", "POSTCODE", "NI_NUMBER", "CARD_NUMBER", "BANK_ACCOUNT"],
                "IE": ["DOB", "PHONE", "EMAIL", "ADDRESS", "IBAN", "CARD_NUMBER"],
                "EU": ["PHONE", "EMAIL", "IBAN", "CARD_NUMBER", "DOB"]}[country]
    for _ in range(rng.choice([0, 1, 1, 2])):
        t = rng.choice(sec_pool)
        if t == primary:
            continue
        blocks.append((t, pii_block(ctx, t)))
    order = rng.random()
    turns = list(o)
    if order < 0.5:
        turns += blocks[0][1] + m
        for b in blocks[1:]:
            turns += b[1]
    else:
        turns += m
        for b in blocks:
            turns += b[1]
    turns += close[: rng.choice([1, 2, 3])] if rng.random() < 0.7 else close[:0]
    case = assemble(ctx, turns, "h166-pos-%03d" % idx, "positive", "")
    types = []
    for s in case["spans"]:
        if s["type"] not in types:
            types.append(s["type"])
    modes = []
    if any(t[0] == "agent" and any(isinstance(x, tuple) for x in t[1]) for t in turns):
        modes.append("agent read-back")
    tc = Counter(s["type"] for s in case["spans"])
    if any(v > 2 for v in tc.values()):
        modes.append("value split over turns")
    if any(len([x for x in t[1] if isinstance(x, tuple)]) > 1 for t in turns):
        modes.append("several values in one turn")
    if any(any(isinstance(x, str) and ("start again" in x or "hang on" in x or "no wait" in x or "wrong one" in x) for x in t[1]) for t in turns):
        modes.append("false start")
    case["note"] = "%s/%s: %s amid a %s %s conversation with amounts/dates/refs%s" % (
        channel, ind, ", ".join(types), country, "call (ASR)" if channel == "call" else "chat",
        ("; " + ", ".join(modes)) if modes else "")
    return case


NEG_EXTRA = [
    ("meter", "meter reading read out digit by digit"),
    ("balance", "account balance and payment amounts"),
    ("appointment", "appointment date and time, not a birth date"),
    ("refs", "order and ticket numbers said with their reference word"),
    ("speed", "broadband speed, data allowance and model number"),
    ("flight", "flight number, seat, gate and times"),
    ("age", "ages, counts and a year, no birth date"),
    ("secure", "customer declines to read card details; agent sends secure link"),
    ("boiler", "temperatures, pressure, boiler age and call-out fee"),
    ("hotel", "room number, nights, check-in time and nightly rate"),
    ("contract", "contract start date, months remaining and early exit fee"),
]


def neg_extra(ctx, kind):
    c = ctx
    ag = lambda s: ("agent", [s])
    cu = lambda s: ("customer", [s])
    if kind == "meter":
        rd = "%05d" % c.rng.randint(0, 99999)
        rd2 = "%05d" % c.rng.randint(0, 99999)
        return [ag("Can you read me the numbers on the electric meter, left to right?"),
                cu("Day rate is %s and night is %s" % tuple((x if not c.call else c.say_digits(x, "single")) for x in (rd, rd2))),
                ag("Thanks, the last estimate was %s units so that's %s cheaper." % (c.count(100, 900), c.money(10, 90)))]
    if kind == "balance":
        return [cu("What's my balance at the moment?"),
                ag("It's %s, with %s pending and a minimum payment of %s due on %s." % (c.money(200, 9000), c.money(5, 200), c.money(25, 150), c.day_date())),
                cu("Okay, I'll pay %s on %s." % (c.money(50, 900), c.day_date()))]
    if kind == "appointment":
        return [ag("I can book an engineer for %s between %s and %s." % (c.day_date(), c.time(), c.time())),
                cu("Can we do %s instead? I work till %s." % (c.day_date(), c.time())),
                ag("Yes, that's booked, the visit takes about %s minutes." % c.count(30, 90))]
    if kind == "refs":
        return [cu("I have %s and also %s from last time." % (c.ref("order number"), c.ref("ticket number"))),
                ag("Thanks, I've linked them. %s is the new one." % c.ref("case number").capitalize())]
    if kind == "speed":
        model = c.choice(["Hub 4", "KX-4400", "Archer C80", "Galaxy A54", "iPhone 13"])
        return [cu("I'm paying for %s megs but only getting %s, the router is a %s." % (c.count(100, 900), c.count(5, 60), model if not c.call else {"Hub 4": "hub four", "KX-4400": "k x forty four hundred", "Archer C80": "archer c eighty",
                                    "Galaxy A54": "galaxy a fifty four", "iPhone 13": "iphone thirteen"}[model])),
                ag("I see %s disconnections since %s. I'll add %s gig of data for free." % (c.count(3, 30), c.day_date(), c.count(5, 50)))]
    if kind == "flight":
        return [ag("You're now on %s, departing %s from gate %s, seat %s." % (
            c.choice(["EI 154", "BA 283", "UA 907", "FR 8812"]) if not c.call else c.choice(["e i one five four", "b a two eight three"]),
            c.time(), c.count(1, 40), "%d%s" % (c.rng.randint(1, 40), c.choice("ABCDEF")) if not c.call else num_words(c.rng.randint(1, 40)) + " " + c.choice(["a", "c", "f"]))),
            cu("Great, and the bag allowance is still %s kilos?" % c.count(20, 23))]
    if kind == "age":
        return [cu("It's for my son, he's %s, and my mother who is %s. We've been customers since %s." % (c.count(4, 17), c.count(65, 90), c.year())),
                ag("Lovely, the family plan covers up to %s people for %s a month." % (c.count(4, 6), c.money(20, 80)))]
    if kind == "boiler":
        return [cu("The heating only gets to %s degrees and the pressure gauge says %s bar. The boiler is %s years old." % (
                    c.count(12, 17), "1.%d" % c.rng.randint(0, 9) if not c.call else "one point " + UNITS[c.rng.randint(0, 9)], c.count(5, 15))),
                ag("An engineer can come %s, the call-out fee is %s and it takes about %s hours." % (c.day_date(), c.money(40, 120), c.count(2, 3)))]
    if kind == "hotel":
        rm = c.rng.randint(101, 980)
        return [cu("We were in room %s for %s nights and check-in wasn't until %s." % (str(rm) if not c.call else num_words(rm), c.count(2, 7), c.time())),
                ag("I can see the rate was %s per night, I'll refund one night, that's %s." % (c.money(80, 300), c.money(80, 300)))]
    if kind == "contract":
        return [ag("Your contract started on %s %s and has %s months left." % (c.day_date(), c.year(), c.count(3, 23))),
                cu("And what would it cost to leave early?"),
                ag("The early exit fee is %s, which is %s of the remaining line rental." % (c.money(40, 400), c.pct()))]
    return [ag("I can take the payment of %s now if you read me your card details." % c.money(20, 500)),
            cu("I'd rather not read it out over the phone to be honest."),
            ag("No problem, I'll send a secure payment link by text, it expires in %s hours." % c.count(12, 48)),
            cu("Perfect, thanks.")]


def negative(rng, idx):
    ind = rng.choice(sorted(INDUSTRY_COUNTRY))
    country = rng.choice(INDUSTRY_COUNTRY[ind])
    channel = rng.choice(["call", "call", "chat"])
    ctx = Ctx(rng, channel, country)
    o, m, close = scene(ctx, ind)
    kinds = rng.sample(NEG_EXTRA, rng.choice([1, 2]))
    turns = list(o) + m
    for k, _ in kinds:
        turns += neg_extra(ctx, k)
    turns += close[: rng.choice([1, 2, 3])]
    note = "%s/%s: no PII - %s (%s)" % (channel, ind, "; ".join(d for _, d in kinds), country)
    return assemble(ctx, turns, "h166-neg-%03d" % idx, "negative", note)


N_POS = 182
N_NEG = 110


def build():
    rng = random.Random(SEED)
    cases = []
    weights = TYPES + ["CARD_NUMBER", "SSN", "NI_NUMBER", "SORT_CODE", "NI_NUMBER"]
    for i in range(1, N_POS + 1):
        primary = weights[(i - 1) % len(weights)]
        cases.append(positive(rng, i, primary))
    for i in range(1, N_NEG + 1):
        cases.append(negative(rng, i))
    return cases


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


# ----------------------------------------------------------------------------
# validation
# ----------------------------------------------------------------------------
W_UNITS = {w: str(i) for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": "0", "o": "0", "nought": "0", "to": "2", "too": "2", "won": "1", "ate": "8"})
W_TEENS = {w: str(10 + i) for i, w in enumerate(TEENS)}
W_TENS = {w: str(i) for i, w in enumerate(TENS) if w}
W_ORD = {v: k for k, v in ORD.items()}
HOM = {"see": "C", "sea": "C", "bee": "B", "are": "R", "why": "Y", "tea": "T", "queue": "Q",
       "jay": "J", "kay": "K", "pea": "P", "zed": "Z", "you": "U"}
NATO_WORDS = set(NATO.values()) | set(FRIENDLY.values())
FILLER = {"um", "uh", "er", "erm", "ah", "hmm", "and", "plus", "dash", "hyphen", "slash", "space", "the", "of",
          "underscore", "sign"}


def normalise(text):
    """Spoken/typed value -> (chars, month_seen, unknown_words)."""
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    out, unknown, month = [], [], False
    i = 0
    while i < len(toks):
        tok = toks[i]
        lo = tok.lower()
        nxt = toks[i + 1].lower() if i + 1 < len(toks) else None
        if tok.isdigit():
            out.append(tok)
        elif lo in ("double", "triple"):
            n = 2 if lo == "double" else 3
            if nxt in ("you", "u"):
                out.append("W")
                i += 2
                continue
            if nxt in W_UNITS:
                out.append(W_UNITS[nxt] * n)
                i += 2
                continue
            unknown.append(lo)
        elif len(lo) == 1 and lo != "o" and nxt in ("for", "as") and i + 2 < len(toks):
            j = i + 2 if nxt == "for" else i + 3
            if j < len(toks) and toks[j].lower() in NATO_WORDS and toks[j].lower()[0] == lo:
                out.append(lo.upper())
                i = j + 1
                continue
            out.append(lo.upper())
        elif lo == "for":
            out.append("4")
        elif lo in W_TENS:
            if nxt in W_UNITS and nxt not in ("oh", "o", "nought", "zero", "to", "too", "won", "ate"):
                out.append(W_TENS[lo] + W_UNITS[nxt])
                i += 2
                continue
            if nxt in W_ORD and W_ORD[nxt] < 10:
                out.append(W_TENS[lo] + str(W_ORD[nxt]))
                i += 2
                continue
            out.append(W_TENS[lo] + "0")
        elif lo in W_TEENS:
            out.append(W_TEENS[lo])
        elif lo in W_UNITS:
            if nxt == "hundred":
                nn = toks[i + 2].lower() if i + 2 < len(toks) else None
                if nn == "and":
                    out.append(W_UNITS[lo])
                    i += 3
                    continue
                if nn in W_TENS or nn in W_TEENS:
                    out.append(W_UNITS[lo])
                    i += 2
                    continue
                out.append(W_UNITS[lo] + "00")
                i += 2
                continue
            if nxt == "thousand":
                nn = toks[i + 2].lower() if i + 2 < len(toks) else None
                if nn == "and":
                    nk = toks[i + 3].lower() if i + 3 < len(toks) else None
                    out.append(W_UNITS[lo] + ("00" if nk in W_UNITS else "0"))
                    i += 3
                    continue
                out.append(W_UNITS[lo] + ("000" if nn is None else ""))
                i += 2
                continue
            out.append(W_UNITS[lo])
        elif lo in W_ORD:
            out.append("%02d" % W_ORD[lo] if W_ORD[lo] < 10 else str(W_ORD[lo]))
        elif lo in MONTHS or lo[:3] in [mm[:3] for mm in MONTHS] and len(lo) <= 4:
            month = True
        elif lo in HOM:
            out.append(HOM[lo])
        elif lo in FILLER:
            pass
        elif len(lo) <= 4 and re.fullmatch(r"[a-z]+", lo):
            out.append(lo.upper())
        else:
            unknown.append(lo)
        i += 1
    return "".join(out), month, unknown


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = set(SUFFIX_UK + SUFFIX_US + ["rd", "st", "ave", "dr", "ln", "blvd", "ct", "cl", "cres", "gr", "terr"])


def validate(t, text, parts=None):
    if parts is None:
        parts = [text]
    chars, month, unknown = "", False, []
    for part in parts:
        c1, m1, u1 = normalise(part)
        chars += c1
        month = month or m1
        unknown += u1
    numeric = t not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY")
    if numeric and unknown:
        return "unknown words %r" % unknown
    if t == "CARD_NUMBER":
        return None if chars.isdigit() and 13 <= len(chars) <= 19 and luhn_ok(chars) else "bad card %s" % chars
    if t == "CVV":
        return None if chars.isdigit() and len(chars) in (3, 4) else "bad cvv %s" % chars
    if t == "EXPIRY":
        if unknown:
            return "unknown %r" % unknown
        if not chars.isdigit():
            return "bad expiry %s" % chars
        return None if (len(chars) in (3, 4, 6)) or (month and len(chars) in (2, 4)) else "bad expiry %s" % chars
    if t == "SSN":
        return None if chars.isdigit() and len(chars) == 9 else "bad ssn %s" % chars
    if t == "NI_NUMBER":
        return None if NI_RE.match(chars) else "bad ni %s" % chars
    if t == "BANK_ACCOUNT":
        return None if chars.isdigit() and 8 <= len(chars) <= 12 else "bad account %s" % chars
    if t == "SORT_CODE":
        return None if chars.isdigit() and len(chars) == 6 else "bad sort %s" % chars
    if t == "IBAN":
        return None if iban_ok(chars) else "bad iban %s" % chars
    if t == "PHONE":
        return None if chars.isdigit() and 10 <= len(chars) <= 13 else "bad phone %s" % chars
    if t == "EMAIL":
        lo = text.lower()
        ok = ("@" in lo and re.search(r"\.[a-z]{2,}$", lo)) or (" at " in " %s " % lo and " dot " in " %s " % lo)
        return None if ok else "bad email"
    if t == "DOB":
        if unknown:
            return "unknown %r" % unknown
        yr = re.search(r"(19[4-9]\d|200\d)", chars)
        return None if yr and (month or len(chars) >= 6) else "bad dob %s" % chars
    if t == "POSTCODE":
        return None if UK_PC.match(chars) or re.fullmatch(r"\d{5}(\d{4})?", chars) else "bad postcode %s" % chars
    if t == "ADDRESS":
        toks = set(re.findall(r"[a-z]+", text.lower()))
        has_num = bool(re.search(r"\d", text)) or bool(toks & (set(W_UNITS) | set(W_TEENS) | set(W_TENS)))
        return None if has_num and toks & STREET_WORDS else "bad address"
    return "unknown type"


def check_cases(cases):
    problems = []
    ids = Counter(c["id"] for c in cases)
    for k, v in ids.items():
        if v > 1:
            problems.append("duplicate id %s" % k)
    for c in cases:
        cid = c["id"]
        if c["kind"] not in ("positive", "negative"):
            problems.append("%s bad kind" % cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append("%s bad turn" % cid)
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (cid, s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s span turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s span offsets out of range" % cid)
                continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append("%s span not on word boundary: %r" % (cid, txt[max(0, a - 3):b + 3]))
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append("%s span has edge whitespace" % cid)
            by_turn.setdefault(s["turn"], []).append((a, b))
        for tn, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s overlapping spans in turn %d" % (cid, tn))
        # validate values; consecutive same-type spans may form one split value
        spans = c["spans"]
        byt = {}
        for s in spans:
            if s["type"] in TYPES and 0 <= s["turn"] < len(c["turns"]):
                byt.setdefault(s["type"], []).append(c["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for t, texts in byt.items():
            if not partition_ok(t, texts):
                errs = [validate(t, x) for x in texts]
                problems.append("%s %s values invalid: %r %r" % (cid, t, texts, errs))
    return problems


def partition_ok(t, texts):
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and validate(t, " ".join(texts[i:j]), texts[i:j]) is None:
                ok[j] = True
                break
    return ok[n]


def summary(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg = sum(1 for c in cases if c["kind"] == "negative")
    return cnt, pos, neg


def readme(cases):
    cnt, pos, neg = summary(cases)
    ch = Counter(c["note"].split("/")[0] for c in cases)
    turns = [len(c["turns"]) for c in cases]
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h166

**Never use this set for tuning.** It is a held-out evaluation set; do not
look at its cases when changing the redactor, and do not add its values to
rules, tests or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its docs or its benchmark.  Only the JSONL format
example was shown.  Every case is generated by `scripts/make_pii_holdout166.py`
from template functions: each turn is assembled from plain-text segments and
(value, TYPE) segments, so span offsets are computed, never typed by hand.
All values come from one `random.Random(%d)`; output is byte-for-byte
reproducible.  `python scripts/make_pii_holdout166.py --check` regenerates the
file and verifies it is identical, ids are unique, offsets are in range and on
word boundaries, spans do not overlap, and every value is valid after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9
digits for SSN, 6 for sort codes, digit counts for CVV/phone/account,
UK/US postcode shapes).  Values are synthetic (random, check digits computed).

Emphasis: longer whole calls and chats (typically 8-20 turns) in banking,
telecom, utilities, retail, insurance, travel, healthcare billing and
government services (US, UK, Ireland, EU), where PII appears amid the
customer's problem together with amounts, dates, times, reference numbers,
counts, percentages, flight numbers, meter readings and balances (unlabelled).
Calls are written as ASR output: lower case, sparse punctuation, numbers as
words (oh/o/nought/zero, double/triple, pairs like "forty one", years like
"nineteen eighty four"), letters spelled bare, with NATO/"b for bertie" forms
or as homophones ("see", "are", "why", "queue"), e-mails as "j dot doe at
gmail dot com".  Values are sometimes split across consecutive customer turns
with agent back-channels, read back by the agent, preceded by a false start
("sorry let me start again"), or given two/three in one turn (card + expiry +
CVV, sort code + account, address + postcode).

## Annotation conventions

* A span covers exactly the value: from its first to its last character/word,
  including internal separators, spaces and filler words inside a reading
  ("um", "uh"), and "plus" of an international phone prefix.  Lead-ins ("it's",
  "card number", "expiry") and trailing words are outside.
* A value split over several turns is labelled once per turn (each piece is its
  own span with the same type).  Agent read-backs are labelled too.
* Digits said in an abandoned false start are unlabelled (they are
  incomplete); only the complete value that follows is labelled.
* ADDRESS = house/flat number + street name (incl. flat/apartment prefix);
  the town and the postcode are not inside it; the postcode is a separate
  POSTCODE span.  Postcodes are UK postcodes and US ZIP/ZIP+4 codes.
* DOB spans include day, month and year as said ("the fourteenth of march
  nineteen eighty two").  EXPIRY spans cover month and year.
* Negatives contain no PII at all; all numbers in them are amounts, dates of
  appointments/payments, times, durations, counts, years, percentages,
  reference/order/ticket/claim numbers (at most 9 digits, with their reference
  word), flight numbers, seats, gates, room numbers, model numbers, meter
  readings, speeds, ages and balances.

## Counts

Positives: %d.  Negatives: %d.  Channels: %s.  Turns per case: %d-%d (mean %.1f).

| type | spans |
|---|---|
%s
""" % (SEED, pos, neg, ", ".join("%s %d" % kv for kv in sorted(ch.items())), min(turns), max(turns),
       sum(turns) / len(turns), rows)


def main():
    cases = build()
    data = dumps(cases)
    text = readme(cases)
    if "--check" in sys.argv:
        problems = []
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != data:
                    problems.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read fixture: %s" % e)
        loaded = [json.loads(l) for l in data.splitlines()]
        problems += check_cases(loaded)
        cnt, pos, neg = summary(loaded)
        if pos < 170 or neg < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
        print("positives %d negatives %d" % (pos, neg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("%d problems" % len(problems))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(data)
    with open(README, "w", encoding="utf-8") as f:
        f.write(text)
    cnt, pos, neg = summary(cases)
    print("wrote %d positives, %d negatives" % (pos, neg))


if __name__ == "__main__":
    main()

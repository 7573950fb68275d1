#!/usr/bin/env python3
"""Generate the pii_holdout531 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout531.py          # write cases.jsonl
    python scripts/make_pii_holdout531.py --check  # regenerate and validate

Standard library only. Every turn is built from plain-text segments and
labelled value segments; offsets are computed, never typed by hand.
"""
import argparse
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout531")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
       "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
       "twentieth"]
FILLERS = ["um", "uh", "er", "erm"]


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


def make_card(rng):
    kind = rng.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "v19"])
    if kind == "visa16":
        pre, n = "4", 16
    elif kind == "mc":
        pre, n = rng.choice(["51", "52", "53", "54", "55", "2221"]), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = "4", 19
    body = pre + "".join(str(rng.randrange(10)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(n, rng):
    if n == 15:
        return rng.choice([[4, 6, 5], [4, 4, 4, 3]])
    if n == 13:
        return rng.choice([[4, 4, 5], [4, 3, 3, 3]])
    if n == 19:
        return [4, 4, 4, 4, 3]
    return rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [8, 8], [4, 4, 8], [3, 4, 4, 5]])


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ", "ER", "OO"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def rd(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def make_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rd(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "IPBS", "BOIR"]) + rd(rng, 14)
    elif cc == "DE":
        bban = rd(rng, 18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABK"]) + rd(rng, 10)
    elif cc == "ES":
        bban = rd(rng, 20)
    else:
        bban = rd(rng, 23)
    return cc + iban_check(cc, bban) + bban


PC_LET = "ABCDEFGHJKLMNPRSTUWXYZ"


def make_uk_postcode(rng):
    area = rng.choice(["SW", "M", "B", "LS", "EH", "CF", "BT", "NE", "G", "E", "N",
                       "BS", "RG", "CB", "L", "DE", "PL", "KT"])
    if rng.random() < 0.2 and len(area) <= 2:
        out = area + str(rng.randrange(1, 10)) + rng.choice("ABEHMNPRW")
    else:
        out = area + str(rng.randrange(1, 30))
    inw = str(rng.randrange(10)) + rng.choice(PC_LET.replace("C", "")) + rng.choice(PC_LET)
    return out + " " + inw


def make_zip(rng):
    z = "%05d" % rng.randrange(1001, 99951)
    if rng.random() < 0.3:
        z += "-%04d" % rng.randrange(1, 10000)
    return z


STREETS_UK = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Victoria Road",
              "Greenfield Close", "Orchard Way", "Kingsway", "Albert Terrace", "Hawthorn Drive",
              "Marlborough Crescent", "Queens Gardens", "Bridge Street", "Castle Hill"]
STREETS_US = ["Maple Street", "Oak Avenue", "Elm Drive", "Sunset Boulevard", "Pine Court",
              "Lakeview Road", "Washington Avenue", "Cedar Lane", "Highland Parkway"]
STREETS_IE = ["Main Street", "Dublin Road", "Ashgrove Park", "Clontarf Road", "Seaview Terrace"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Cardiff", "Edinburgh", "Reading", "Derby"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO"]
TOWNS_IE = ["Cork", "Galway", "Dublin 3", "Limerick"]


def spell_num(n):
    """0..999 in words (British 'and')."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNITS[u])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + spell_num(r))


# ----------------------------------------------------------------- spoken digits
def zero_word(rng):
    return rng.choice(["oh", "oh", "zero", "nought", "o"])


def say_digits_plain(d, rng, allow_double=True):
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        run = 1
        while i + run < len(d) and d[i + run] == c and run < 3:
            run += 1
        w = zero_word(rng) if c == "0" else UNITS[int(c)]
        if allow_double and run == 3 and rng.random() < 0.7:
            out.append("triple " + w)
            i += 3
            continue
        if allow_double and run >= 2 and rng.random() < 0.7:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_chunk(d, rng):
    r = rng.random()
    if len(d) == 2 and d[0] != "0" and d[1] != "0" and r < 0.6:
        return spell_num(int(d))
    if len(d) == 3 and d[0] != "0" and d[1:] != "00" and r < 0.35:
        h = int(d[0])
        rest = int(d[1:])
        if d[1] == "0":
            return UNITS[h] + " hundred and " + UNITS[rest]
        if rest % 10 == 0 and rest >= 20:
            return say_digits_plain(d, rng)
        return UNITS[h] + " hundred and " + spell_num(rest)
    if len(d) == 4 and d[0] != "0" and d[2] != "0" and d[1] != "0" and d[3] != "0" and r < 0.3:
        return spell_num(int(d[:2])) + " " + spell_num(int(d[2:]))
    return say_digits_plain(d, rng)


def split_groups(d, groups):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return [x for x in out if x]


def spoken_chunks(d, groups, rng, filler_p=0.25):
    chunks = [say_chunk(c, rng) for c in split_groups(d, groups)]
    seps = []
    for _ in chunks[1:]:
        if rng.random() < filler_p:
            seps.append(" " + rng.choice(FILLERS) + " ")
        else:
            seps.append(rng.choice([" ", " ", ", ", "... "]))
    return chunks, seps


def say_letter(c, rng, nato_p=0.5):
    c = c.lower()
    if rng.random() < nato_p or c == "o":
        return rng.choice(["%s for %s", "%s as in %s", "%s for %s"]) % (c, NATO[c])
    return c


# ----------------------------------------------------------------- renderers
# each returns (chunks, seps): the value text is chunks joined by seps.

def typed_sep(rng):
    return rng.choice([" ", " ", "-", "", " ", ".", "  "])


def r_card(v, mode, rng):
    groups = card_groups(len(v), rng)
    if mode == "asr":
        return spoken_chunks(v, groups, rng)
    chunks = split_groups(v, groups)
    if rng.random() < 0.12:
        return [v], []
    s = typed_sep(rng)
    return chunks, [s] * (len(chunks) - 1)


def r_ssn(v, mode, rng):
    if mode == "asr":
        return spoken_chunks(v, [3, 2, 4], rng)
    if rng.random() < 0.15:
        return [v], []
    s = rng.choice(["-", "-", " ", ".", " - "])
    return [v[:3], v[3:5], v[5:]], [s, s]


def r_ni(v, mode, rng):
    if mode == "asr":
        letters = [say_letter(v[0], rng), say_letter(v[1], rng)]
        digs = spoken_chunks(v[2:8], [2, 2, 2], rng, 0.15)
        digs = (digs[0], [x.replace(" er ", " um ").replace(" erm ", " uh ") for x in digs[1]])
        chunks = letters + digs[0] + [say_letter(v[8], rng, 0.4)]
        seps = [" "] + [rng.choice([" ", ", "])] + digs[1] + [rng.choice([" ", ", "])]
        return chunks, seps
    vv = v if rng.random() < 0.6 else v.lower()
    st = rng.random()
    if st < 0.4:
        return [vv], []
    if st < 0.8:
        return [vv[:2], vv[2:4], vv[4:6], vv[6:8], vv[8]], [" "] * 4
    return [vv[:2], vv[2:8], vv[8]], [rng.choice(["-", " "])] * 2


def r_digits_typed(v, rng, groups):
    if rng.random() < 0.5:
        return [v], []
    s = rng.choice([" ", "-", " "])
    ch = split_groups(v, groups)
    return ch, [s] * (len(ch) - 1)


def r_account(v, mode, rng):
    if mode == "asr":
        return spoken_chunks(v, [4, 4] if len(v) == 8 else [3, 3, 4, 4][: (len(v) + 2) // 3], rng)
    return r_digits_typed(v, rng, [4, 4, 4])


def r_sort(v, mode, rng):
    if mode == "asr":
        ch = [say_chunk(v[i:i + 2], rng) for i in (0, 2, 4)]
        return ch, [rng.choice([" ", ", ", " dash "]) for _ in range(2)]
    if rng.random() < 0.3:
        return [v], []
    s = rng.choice(["-", "-", " ", "."])
    return [v[0:2], v[2:4], v[4:6]], [s, s]


def r_cvv(v, mode, rng):
    if mode == "asr":
        return [say_chunk(v, rng)], []
    return [v], []


def r_expiry(v, mode, rng):
    m, y = v  # ints, y 4-digit
    if mode == "asr":
        st = rng.random()
        if st < 0.4:
            mm = "%02d" % m
            return [say_digits_plain(mm, rng, False), spell_num(y % 100) if y % 100 >= 10 else say_digits_plain("%02d" % (y % 100), rng, False)], [" "]
        if st < 0.7:
            return [MONTHS[m - 1], "twenty " + spell_num(y % 100)], [" "]
        return ["the " + spell_num(m) if False else MONTHS[m - 1], spell_num(y % 100)], [" "]
    st = rng.random()
    if st < 0.45:
        return ["%02d/%02d" % (m, y % 100)], []
    if st < 0.6:
        return ["%02d/%d" % (m, y)], []
    if st < 0.7:
        return ["%02d-%02d" % (m, y % 100)], []
    if st < 0.85:
        return [MONTHS[m - 1][:3].capitalize() + " " + str(y)], []
    return ["%02d%02d" % (m, y % 100)], []


def r_dob(v, mode, rng):
    d, m, y = v
    if mode == "asr":
        if y >= 2000:
            ys = "two thousand and " + spell_num(y - 2000) if rng.random() < 0.5 else "two thousand " + spell_num(y - 2000)
        else:
            ys = "nineteen " + (spell_num(y % 100) if y % 100 >= 10 else "oh " + UNITS[y % 10])
        if d <= 20:
            ds = ORD[d - 1]
        else:
            ds = TENS[d // 10] + ("ieth" if d % 10 == 0 else " " + ORD[d % 10 - 1])
            ds = ds.replace("tyieth", "tieth")
        if rng.random() < 0.6:
            return [ds, "of " + MONTHS[m - 1], ys], [" ", " "]
        return [MONTHS[m - 1], "the " + ds, ys], [" ", " "]
    st = rng.random()
    if st < 0.35:
        return ["%02d/%02d/%d" % (d, m, y)], []
    if st < 0.5:
        return ["%02d/%02d/%d" % (m, d, y)] if d > 12 else ["%d/%d/%d" % (m, d, y)], []
    if st < 0.65:
        return ["%d-%02d-%02d" % (y, m, d)], []
    if st < 0.85:
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return ["%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize(), y)], []
    return ["%02d.%02d.%02d" % (d, m, y % 100)], []


def r_phone(v, mode, rng):
    # v: (cc, national_without_trunk0, style)
    cc, nat = v
    if mode == "asr":
        if cc and rng.random() < 0.6:
            ch, se = spoken_chunks(nat, [3, 3, 4] if cc == "1" else [4, 3, 3], rng, 0.1)
            return ["plus " + say_digits_plain(cc, rng, False)] + ch, [" "] + se
        ch, se = spoken_chunks(("0" + nat) if cc != "1" else nat, [5, 3, 3] if cc != "1" else [3, 3, 4], rng, 0.1)
        return ch, se
    if cc == "1":
        st = rng.random()
        if st < 0.4:
            return ["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:])], []
        if st < 0.7:
            return ["+1 %s-%s-%s" % (nat[:3], nat[3:6], nat[6:])], []
        return ["%s.%s.%s" % (nat[:3], nat[3:6], nat[6:])], []
    st = rng.random()
    if cc == "44":
        if st < 0.3:
            return ["+44 %s %s" % (nat[:4], nat[4:])], []
        if st < 0.5:
            return ["+44 (0)%s %s" % (nat[:4], nat[4:])], []
        if st < 0.8:
            return ["0%s %s" % (nat[:4], nat[4:])], []
        return ["0044%s" % nat], []
    if st < 0.5:
        return ["+%s %s %s %s" % (cc, nat[:2], nat[2:5], nat[5:])], []
    return ["0%s %s %s" % (nat[:2], nat[2:5], nat[5:])], []


def r_email(v, mode, rng):
    user, dom = v
    if mode == "asr":
        u = user.replace(".", " dot ").replace("_", " underscore ")
        u = re.sub(r"\d+", lambda m: " " + spell_num(int(m.group())) + " ", u)
        u = re.sub(r" +", " ", u).strip()
        words = u.split(" ")
        if rng.random() < 0.4 and len(words[0]) == 1:
            words[0] = say_letter(words[0], rng, 1.0)
        return [" ".join(words), "at " + dom.replace(".", " dot ")], [rng.choice([" ", " um "])]
    st = rng.random()
    if st < 0.6:
        return [user + "@" + dom], []
    if st < 0.75:
        return [(user + "@" + dom).upper() if rng.random() < 0.3 else user.capitalize() + "@" + dom.capitalize()], []
    if st < 0.9:
        return [user + " [at] " + dom.replace(".", " [dot] ")], []
    return [user + " (at) " + dom], []


def r_postcode(v, mode, rng):
    if mode == "asr":
        parts = []
        for ch in v.replace(" ", "").replace("-", ""):
            parts.append(UNITS[int(ch)] if ch.isdigit() else say_letter(ch, rng, 0.3))
        return [" ".join(parts)], []
    if v[0].isdigit():
        return [v], []
    return [v if rng.random() < 0.7 else (v.lower() if rng.random() < 0.5 else v.replace(" ", ""))], []


def r_address(v, mode, rng):
    num, street, flat = v
    if mode == "asr":
        n = spell_num(num) if num < 1000 else say_digits_plain(str(num), rng, False)
        s = street.lower()
        if flat:
            return ["flat " + spell_num(flat), n + " " + s], [rng.choice([", ", " "])]
        return [n + " " + s], []
    s = street if rng.random() < 0.7 else street.lower()
    s = s.replace("Avenue", "Ave") if rng.random() < 0.3 else s
    s = s.replace("Street", "St.") if rng.random() < 0.3 else s
    if flat:
        return [rng.choice(["Flat %d", "Apt %d", "flat %d", "Unit %d"]) % flat, "%d %s" % (num, s)], [rng.choice([", ", " ", "/"]) if False else rng.choice([", ", " "])]
    return ["%d %s" % (num, s)], []


RENDER = {"CARD_NUMBER": r_card, "SSN": r_ssn, "NI_NUMBER": r_ni, "BANK_ACCOUNT": r_account,
          "SORT_CODE": r_sort, "CVV": r_cvv, "EXPIRY": r_expiry, "DOB": r_dob, "PHONE": r_phone,
          "EMAIL": r_email, "POSTCODE": r_postcode, "ADDRESS": r_address}

FIRST = ["john", "maria", "aoife", "liam", "priya", "tom", "sarah", "kev", "dani", "wojtek",
         "siobhan", "marcus", "jen", "ahmed", "claire", "r", "j", "k"]
LAST = ["doe", "murphy", "patel", "smith", "okafor", "kowalski", "byrne", "nguyen", "hughes",
        "garcia", "oconnor", "walsh"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net", "icloud.com",
        "btinternet.com", "proton.me", "web.de", "live.ie"]


def make_value(t, rng, country=None):
    if t == "CARD_NUMBER":
        return make_card(rng)
    if t == "SSN":
        return make_ssn(rng)
    if t == "NI_NUMBER":
        return make_ni(rng)
    if t == "BANK_ACCOUNT":
        return rd(rng, rng.choice([8, 8, 8, 10, 12]))
    if t == "SORT_CODE":
        return rng.choice(["20", "40", "30", "60", "77", "83", "90", "09", "11"]) + rd(rng, 4)
    if t == "CVV":
        return rd(rng, rng.choice([3, 3, 3, 4]))
    if t == "EXPIRY":
        return (rng.randrange(1, 13), rng.randrange(2025, 2032))
    if t == "DOB":
        return (rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(1941, 2006))
    if t == "PHONE":
        cc = country or rng.choice(["44", "44", "1", "353", "49"])
        if cc == "44":
            return ("44", rng.choice(["7700", "7911", "7403", "2079", "1612", "1134"]) + rd(rng, 6))
        if cc == "1":
            return ("1", str(rng.randrange(201, 990)) + str(rng.randrange(200, 999)) + rd(rng, 4))
        if cc == "353":
            return ("353", rng.choice(["87", "86", "85", "83", "21"]) + rd(rng, 7))
        return ("49", rng.choice(["30", "40", "89", "15"]) + rd(rng, 8))
    if t == "EMAIL":
        f, l = rng.choice(FIRST), rng.choice(LAST)
        user = rng.choice([f + "." + l, f + l, f + "_" + l, f + l + str(rng.randrange(1, 99)),
                           l + "." + f])
        return (user, rng.choice(DOMS))
    if t == "POSTCODE":
        return make_zip(rng) if country == "1" else make_uk_postcode(rng)
    if t == "ADDRESS":
        street = rng.choice(STREETS_US if country == "1" else (STREETS_IE if country == "353" else STREETS_UK))
        num = rng.randrange(1, 2400) if country == "1" else rng.randrange(1, 240)
        flat = rng.randrange(1, 40) if rng.random() < 0.3 else 0
        return (num, street, flat)
    if t == "IBAN":
        return make_iban(rng)
    raise ValueError(t)


# ----------------------------------------------------------------- case builder
class Case:
    def __init__(self, cid, kind, note):
        self.cid, self.kind, self.note = cid, kind, note
        self.turns = []   # list of [speaker, [segments]]
        self.groups = {}  # group id -> type (for validation)
        self.ng = 0

    def turn(self, speaker, *segs):
        self.turns.append([speaker, list(segs)])

    def new_group(self, t, role="full"):
        self.ng += 1
        self.groups[self.ng] = (t, role)
        return self.ng

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, str):
                    text += s
                    continue
                val, t, g = s
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", val, re.S)
                text += m.group(1)
                st = len(text)
                text += m.group(2)
                spans.append({"turn": ti, "start": st, "end": len(text), "type": t})
                meta.append(g)
                text += m.group(3)
            turns.append({"speaker": spk, "text": text})
        order = sorted(range(len(spans)), key=lambda i: (spans[i]["turn"], spans[i]["start"]))
        spans = [spans[i] for i in order]
        meta = [meta[i] for i in order]
        rec = {"id": self.cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta


def val_seg(case, t, chunks, seps, g=None):
    g = g or case.new_group(t)
    txt = chunks[0]
    for c, s in zip(chunks[1:], seps):
        txt += s + c
    return (txt, t, g)


INDUSTRIES = {
    "banking": ("Northgate Bank", "44"), "telecom": ("Vireo Mobile", "44"),
    "utilities": ("BrightHome Energy", "44"), "retail": ("Hollis & Crane", "44"),
    "insurance": ("Kestrel Insurance", "1"), "travel": ("SkyLark Travel", "353"),
    "healthcare": ("Mercy Valley Billing", "1"), "government": ("Revenue Services", "44"),
    "ie_utility": ("Emerald Power", "353"), "us_bank": ("Lone Pine Credit Union", "1"),
    "eu_retail": ("Kaufmarkt Online", "49"),
}

LEAD = {
    "CARD_NUMBER": ["card number is ", "long number on the card: ", "card no. ", "the card is ",
                    "pan: ", "it's "],
    "CVV": ["CVV ", "security code is ", "cvc: ", "digits on the back: ", "the code on the back is "],
    "EXPIRY": ["expiry ", "exp: ", "it expires ", "valid thru ", "expiry date is "],
    "SSN": ["SSN: ", "social is ", "my social security number is ", "ss# ", "last I checked my ssn was "],
    "NI_NUMBER": ["NI number: ", "national insurance is ", "NINO ", "my NI no is ", "ni: "],
    "BANK_ACCOUNT": ["acct no: ", "account number ", "a/c ", "acc # ", "account is "],
    "SORT_CODE": ["sort code ", "s/c: ", "sortcode ", "the sort code's "],
    "IBAN": ["IBAN: ", "iban ", "my IBAN is ", "pay it into "],
    "PHONE": ["call me on ", "mob: ", "tel. ", "my number is ", "text ", "reach me at "],
    "EMAIL": ["email: ", "send it to ", "my e-mail is ", "reply to ", "contact "],
    "DOB": ["DOB: ", "date of birth ", "born ", "d.o.b. ", "my birthday is "],
    "POSTCODE": ["postcode ", "zip: ", "post code is ", "ZIP code "],
    "ADDRESS": ["address: ", "I live at ", "deliver to ", "it's ", "addr: "],
}
LEAD_ASR = {
    "CARD_NUMBER": ["yeah the long number is ", "okay so it's ", "right it's ", "the card number is "],
    "CVV": ["the digits on the back are ", "security code is ", "it's "],
    "EXPIRY": ["it expires ", "expiry is ", "the end date's "],
    "SSN": ["my social is ", "okay it's ", "social security number is "],
    "NI_NUMBER": ["my national insurance number is ", "ni number is ", "right it's "],
    "BANK_ACCOUNT": ["account number is ", "the account's ", "it's "],
    "SORT_CODE": ["sort code is ", "the sort code's "],
    "IBAN": ["the iban is ", "okay iban "],
    "PHONE": ["you can get me on ", "my mobile's ", "best number is "],
    "EMAIL": ["it's ", "email is ", "yeah my email's "],
    "DOB": ["i was born on the ", "date of birth is ", "it's "],
    "POSTCODE": ["postcode is ", "the zip is ", "it's "],
    "ADDRESS": ["i'm at ", "the address is ", "it's "],
}
ASK = {
    "CARD_NUMBER": "can I take the long card number",
    "CVV": "and the security code on the back",
    "EXPIRY": "and the expiry date",
    "SSN": "can you confirm your social security number",
    "NI_NUMBER": "can I get your national insurance number",
    "BANK_ACCOUNT": "what's the account number",
    "SORT_CODE": "and the sort code",
    "IBAN": "can you give me the IBAN for the refund",
    "PHONE": "what's the best contact number",
    "EMAIL": "what email address should we use",
    "DOB": "for security can I take your date of birth",
    "POSTCODE": "and the postcode",
    "ADDRESS": "what's the first line of the address",
}
BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "mm"]


def r_iban(v, mode, rng):
    if mode == "asr":
        cc = [say_letter(v[0], rng, 0.6), say_letter(v[1], rng, 0.6)]
        rest = v[2:]
        chunks, seps = list(cc), [" "]
        i = 0
        parts = []
        while i < len(rest):
            parts.append(rest[i:i + 4])
            i += 4
        for p in parts:
            if p.isdigit():
                ch = say_digits_plain(p, rng)
            else:
                ch = " ".join(UNITS[int(c)] if c.isdigit() else say_letter(c, rng, 0.5) for c in p)
            seps.append(rng.choice([" ", ", ", " um "]) if len(chunks) > 2 else " ")
            chunks.append(ch)
        return chunks, seps
    vv = v if rng.random() < 0.8 else v.lower()
    if rng.random() < 0.35:
        return [vv], []
    parts = [vv[i:i + 4] for i in range(0, len(vv), 4)]
    return parts, [" "] * (len(parts) - 1)


RENDER["IBAN"] = r_iban


def pos_case(idx, prim, rng):
    ind = rng.choice(sorted(INDUSTRIES))
    brand, cc = INDUSTRIES[ind]
    if prim in ("SSN",):
        cc = "1"
    if prim in ("NI_NUMBER", "SORT_CODE"):
        cc = "44"
    channel = rng.choices(["chat", "email", "sms", "webform", "call"], [30, 20, 12, 10, 28])[0]
    extras = {
        "CARD_NUMBER": [["EXPIRY"], ["EXPIRY", "CVV"], [], ["CVV"], ["POSTCODE"]],
        "SSN": [["DOB"], [], ["ADDRESS", "POSTCODE"], ["PHONE"]],
        "NI_NUMBER": [["DOB"], [], ["POSTCODE"], ["EMAIL"]],
        "BANK_ACCOUNT": [["SORT_CODE"], ["SORT_CODE"], []],
        "SORT_CODE": [["BANK_ACCOUNT"]],
        "IBAN": [[], ["EMAIL"]],
        "PHONE": [[], ["EMAIL"]],
        "EMAIL": [[], ["PHONE"]],
        "DOB": [[], ["POSTCODE"]],
        "POSTCODE": [["ADDRESS"], []],
        "ADDRESS": [["POSTCODE"], ["POSTCODE"]],
        "CVV": [["EXPIRY"]],
        "EXPIRY": [["CVV"]],
    }[prim]
    types = [prim] + rng.choice(extras)
    mode = "asr" if channel == "call" else "typed"
    case = Case("h531-pos-%03d" % idx, "positive", "")
    notes = []
    if channel == "call":
        case.turn("agent", "thanks for calling %s, you're through to %s, how can i help" % (brand.lower(), rng.choice(["dee", "sam", "raj", "nicola"])))
        case.turn("customer", rng.choice(["hiya yeah i need to sort out a payment", "hi um i'm calling about my account",
                                          "yeah hello, i got a letter from you", "hi, it's about a refund"]))
    elif channel == "email":
        pass
    elif channel == "webform":
        pass
    else:
        case.turn("agent", rng.choice(["Hi, you're chatting with %s support. How can I help?" % brand,
                                        "%s: Hello! What can we do for you today?" % brand,
                                        "hi there, thanks for messaging %s" % brand]))
    email_lines = []
    form_lines = []
    for t in types:
        v = make_value(t, rng, cc if t in ("PHONE", "POSTCODE", "ADDRESS") else None)
        chunks, seps = RENDER[t](v, mode, rng)
        if channel == "call":
            case.turn("agent", ASK[t] + rng.choice(["", " please", " when you're ready"]))
            style = rng.random()
            lead = rng.choice(LEAD_ASR[t])
            if len(chunks) >= 3 and style < 0.4:
                # split over several customer turns with back-channels
                g = case.new_group(t)
                k = rng.randrange(1, len(chunks) - 1)
                cuts = [0, k, len(chunks)]
                if len(chunks) >= 4 and rng.random() < 0.5:
                    cuts = [0, k, rng.randrange(k + 1, len(chunks)), len(chunks)] if k + 1 < len(chunks) else cuts
                for pi in range(len(cuts) - 1):
                    a, b = cuts[pi], cuts[pi + 1]
                    seg = val_seg(case, t, chunks[a:b], seps[a:b - 1], g)
                    if pi == 0:
                        case.turn("customer", lead, seg)
                    else:
                        case.turn("customer", rng.choice(["", "", "then ", "uh "]), seg)
                    if pi < len(cuts) - 2:
                        case.turn("agent", rng.choice(BACKCH))
                notes.append(t.lower() + " split over turns")
            elif len(chunks) >= 2 and style < 0.55 and t in ("CARD_NUMBER", "BANK_ACCOUNT", "IBAN", "SSN", "NI_NUMBER", "PHONE"):
                # aside in the middle of the reading
                g = case.new_group(t)
                k = rng.randrange(1, len(chunks))
                a1 = val_seg(case, t, chunks[:k], seps[:k - 1], g)
                a2 = val_seg(case, t, chunks[k:], seps[k:], g)
                aside = rng.choice([" hang on the kids are shouting, sorry, ", " sorry i can't read my own writing, ",
                                    " hold on let me get my glasses, right, "])
                case.turn("customer", lead, a1, aside, a2)
                notes.append(t.lower() + " with aside mid-reading")
            elif style < 0.7 and t in ("CARD_NUMBER", "PHONE", "BANK_ACCOUNT", "SSN"):
                # restart: first attempt aborted (prefix labelled), then full reading
                g1 = case.new_group(t, "prefix:%d" % (case.ng + 1))
                g2 = case.new_group(t)
                first = val_seg(case, t, chunks[:1], [], g1)
                case.turn("customer", lead, first, rng.choice(["... no wait", " - sorry that's the wrong card, hang on", "... oh hang on"]))
                case.turn("agent", rng.choice(["no problem take your time", "that's fine", "sure"]))
                chunks2, seps2 = RENDER[t](v, mode, rng)
                case.turn("customer", rng.choice(["okay from the start, ", "right, ", "sorry, it's "]), val_seg(case, t, chunks2, seps2, g2))
                notes.append(t.lower() + " restarted reading")
            else:
                g = case.new_group(t)
                case.turn("customer", rng.choice(["", "um ", "yeah "]) + lead, val_seg(case, t, chunks, seps, g))
                notes.append(t.lower() + " spoken")
            if rng.random() < 0.5:
                c2, s2 = RENDER[t](v, mode, rng)
                case.turn("agent", rng.choice(["so that's ", "let me read that back, ", "okay i've got "]),
                          val_seg(case, t, c2, s2, case.new_group(t)), rng.choice([", is that right", "?", " yeah"]))
                case.turn("customer", rng.choice(["yes", "that's it", "yep spot on"]))
                notes.append("agent read-back")
        elif channel == "email":
            g = case.new_group(t)
            lead = rng.choice(LEAD[t])
            if t == "POSTCODE":
                lead = rng.choice(["zip: ", "ZIP code "] if chunks[0][0].isdigit() else ["postcode ", "post code is "])
            if len(chunks) >= 2 and rng.random() < 0.25:
                k = rng.randrange(1, len(chunks))
                email_lines.append([lead.capitalize(), val_seg(case, t, chunks[:k], seps[:k - 1], g), "\n",
                                    val_seg(case, t, chunks[k:], seps[k:], g)])
                notes.append(t.lower() + " wrapped over lines")
            else:
                email_lines.append([lead.capitalize(), val_seg(case, t, chunks, seps, g)])
                notes.append(t.lower() + " in email")
        elif channel == "webform":
            label = {"CARD_NUMBER": "Card Number", "CVV": "CVV", "EXPIRY": "Expiry (MM/YY)", "SSN": "SSN",
                     "NI_NUMBER": "NI Number", "BANK_ACCOUNT": "Account No.", "SORT_CODE": "Sort Code",
                     "IBAN": "IBAN", "PHONE": "Phone", "EMAIL": "Email", "DOB": "Date of Birth",
                     "POSTCODE": "Postcode/ZIP", "ADDRESS": "Address line 1"}[t]
            form_lines.append([label + rng.choice([": ", " = ", "\t", ":   "]), val_seg(case, t, chunks, seps)])
            notes.append(t.lower() + " web form field")
        else:
            lead = rng.choice(LEAD[t])
            if t == "POSTCODE":
                lead = rng.choice(["zip: ", "ZIP code "] if chunks[0][0].isdigit() else ["postcode ", "post code is ", "PC: "])
            if len(chunks) >= 2 and rng.random() < 0.35:
                g = case.new_group(t)
                k = rng.randrange(1, len(chunks))
                case.turn("customer", lead, val_seg(case, t, chunks[:k], seps[:k - 1], g))
                if rng.random() < 0.5:
                    case.turn("agent", rng.choice(["Go on", "ok", "...and the rest?"]))
                case.turn("customer", val_seg(case, t, chunks[k:], seps[k:], g))
                notes.append(t.lower() + " broken across messages")
            else:
                pre = rng.choice(["", "", "sure ", "ok ", "its ", "hi, "])
                post = rng.choice(["", "", " thx", " - is that ok?", "\nsent from my phone", " ta"])
                case.turn("customer", pre + lead, val_seg(case, t, chunks, seps), post)
                notes.append(t.lower() + " typed in " + channel)
            if rng.random() < 0.25 and t in ("PHONE", "EMAIL", "POSTCODE", "ADDRESS", "DOB"):
                c2, s2 = RENDER[t](v, "typed", rng)
                case.turn("agent", "Thanks, I've updated that to ", val_seg(case, t, c2, s2), ".")
                notes.append("agent confirms")
    if channel == "email":
        segs = [rng.choice(["Hi team,\n\n", "Dear Sir/Madam,\n", "hello\n\n", "To whom it may concern,\n\n"]),
                rng.choice(["Following up on my complaint (ticket 48812). Details below.\n",
                            "Please update my details as requested:\n", "As discussed on the phone -\n"])]
        for ln in email_lines:
            segs += ln + ["\n"]
        if rng.random() < 0.6:
            p = make_value("PHONE", rng, cc)
            pc, ps = r_phone(p, "typed", rng)
            segs += ["\nThanks,\n%s\n--\nM: " % rng.choice(["Dana", "P. Walsh", "Kev"]), val_seg(case, "PHONE", pc, ps), "\n"]
            notes.append("signature phone")
        if rng.random() < 0.4:
            segs += ["\n> On 3 Mar 2025, at 09:14, %s <noreply@%s.com> wrote:\n> Please reply with your reference 5521-0093-1178.\n" % (brand, brand.split()[0].lower())]
            notes.append("quoted reply")
        case.turns.insert(0, ["customer", segs])
        case.turn("agent", "Thanks for your email, we've updated your record. Ref 7731 0042.")
    if channel == "webform":
        segs = ["[Web form submission - %s]\n" % brand, "Name: %s\n" % rng.choice(["Jane Byrne", "Tom Okafor", "A Patel"])]
        for ln in form_lines:
            segs += ln + ["\n"]
        segs += ["Preferred contact time: 9am-5pm\nMessage: ", rng.choice(["pls call asap", "n/a", "see above, thanks"])]
        case.turns.insert(0, ["customer", segs])
    case.note = "%s %s: %s" % (ind, channel, "; ".join(notes))
    return case


# ----------------------------------------------------------------- negatives
def neg_case(idx, rng):
    ind = rng.choice(sorted(INDUSTRIES))
    brand = INDUSTRIES[ind][0]
    case = Case("h531-neg-%03d" % idx, "negative", "")
    k = idx % 20
    last4 = rd(rng, 4)
    d16 = rd(rng, 16)
    if k == 0:
        case.turn("customer", "Order no: %s %s %s %s - still not arrived" % (d16[:4], d16[4:8], d16[8:12], d16[12:]))
        case.turn("agent", "Thanks, order %s is showing as dispatched on 14/03/2025." % d16)
        note = "16-digit order number grouped like a card"
    elif k == 1:
        case.turn("customer", "pls check card ending %s, it was charged \u00a3%d.%02d twice" % (last4, rng.randrange(10, 999), rng.randrange(100)))
        case.turn("agent", "I can see two payments on the card ending in %s, one is pending and will drop off in 3-5 working days." % last4)
        note = "card last four and amounts"
    elif k == 2:
        case.turn("customer", "Card: **** **** **** %s\nExp: **/**\nStatus: declined" % last4)
        case.turn("agent", "The masked card ending %s was declined by the issuer at 14:32." % last4)
        note = "masked card pasted"
    elif k == 3 and idx % 40 == 23:
        case.turn("customer", "Your letter shows SSN XXX-XX-%s and acct ****%s - is that mine?" % (last4, rd(rng, 4)))
        case.turn("agent", "Yes, we only ever show the last 4. Your statement of 05/01/2025 shows a balance of $%d.%02d." % (rng.randrange(100, 9999), rng.randrange(100)))
        note = "masked SSN and account, statement date, balance"
    elif k == 3:
        r = rd(rng, 12)
        case.turn("agent", "your reference number is %s" % " ".join(say_digits_plain(r[i:i + 4], rng) for i in range(0, 12, 4)))
        case.turn("customer", "hang on let me write that down... %s" % say_digits_plain(r, rng))
        note = "spoken 12-digit reference number"
    elif k == 4:
        case.turn("customer", "meter reading today is %05d, last one was %05d" % (rng.randrange(10000, 99999), rng.randrange(10000, 99999)))
        case.turn("agent", "Thanks. Your unit rate is %.2fp per kWh and standing charge %.2fp per day." % (rng.uniform(20, 30), rng.uniform(40, 60)))
        note = "meter readings and tariffs"
    elif k == 5:
        case.turn("customer", "I'm on flight EI %d tomorrow, seat %d%s, gate B%d - can I add a bag?" % (rng.randrange(100, 999), rng.randrange(1, 40), rng.choice("ACDF"), rng.randrange(1, 40)))
        case.turn("agent", "Yes, 20kg is \u20ac%d. Booking ref %s." % (rng.randrange(25, 70), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
        note = "flight seat gate booking ref"
    elif k == 6:
        case.turn("customer", "Tracking: 1Z%s%s\nInvoice INV-%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), rd(rng, 10), rd(rng, 8)))
        case.turn("agent", "Invoice INV-%s for $%d.%02d was paid on 02/11/2024." % (rd(rng, 8), rng.randrange(20, 900), rng.randrange(100)))
        note = "tracking and invoice numbers"
    elif k == 7:
        case.turn("agent", "your balance is %s pounds and %s pence, and the minimum payment of %s pounds is due on the %s of %s" % (
            spell_num(rng.randrange(100, 999)), spell_num(rng.randrange(1, 99)), spell_num(rng.randrange(10, 60)), ORD[rng.randrange(20)], rng.choice(MONTHS)))
        case.turn("customer", "okay can i pay it on the twenty eighth instead")
        note = "spoken balance and payment date"
    elif k == 8:
        case.turn("customer", "Policy number: KST-%s-%s\nClaim no. %s" % (rd(rng, 4), rd(rng, 6), rd(rng, 9)))
        case.turn("agent", "Claim %s is with an assessor; expect an update within 10 working days." % rd(rng, 9))
        note = "policy and claim numbers (9-digit claim like SSN)"
    elif k == 9:
        case.turn("customer", "we're open 8:30-17:00 mon-fri? your site says 9 till 5")
        case.turn("agent", "Our lines are open 8am to 8pm weekdays and 9 to 1 on Saturdays; average wait is 4 minutes.")
        note = "opening hours and durations"
    elif k == 10:
        case.turn("customer", "serial no %s model %s-%d" % (rd(rng, 14), rng.choice(["WX", "HB", "KD"]), rng.randrange(100, 9999)))
        case.turn("agent", "That unit was made in 2019 so it's outside the 24-month warranty.")
        note = "serial and model numbers, years"
    elif k == 11:
        case.turn("customer", "ticket #%s - the heating is set to 21 degrees but reads 16.5" % rd(rng, 7))
        case.turn("agent", "I've logged that; 95% of these are fixed within 48 hours.")
        note = "ticket, temperatures, percentages"
    elif k == 12:
        case.turn("customer", "my son is 17 and my mum is 82, can they both be on the plan? we've been customers since 2006")
        case.turn("agent", "Of course, the family plan covers up to 5 people for \u00a349.99 a month on a 24 month contract.")
        note = "ages, counts, prices, years"
    elif k == 13:
        r = rd(rng, 16)
        case.turn("agent", "okay and the payment reference for the bank transfer is")
        case.turn("customer", "reference %s" % " ".join(say_chunk(r[i:i + 4], rng) for i in range(0, 16, 4)))
        case.turn("agent", "perfect that's the reference not your card number so that's fine to give")
        note = "16-digit payment reference read like a card"
    elif k == 14:
        case.turn("customer", "the road's closed between junction %d and %d on the M%d and the A%d is gridlocked" % (rng.randrange(1, 30), rng.randrange(1, 30), rng.choice([1, 4, 6, 25, 50]), rng.randrange(10, 999)))
        case.turn("agent", "Thanks, the engineer will now come on Thursday 12 June between 8 and 12.")
        note = "road names and appointment date"
    elif k == 15:
        case.turn("customer", "Room %d, checking in 24/07/2025, out 27/07. Conf #%s" % (rng.randrange(100, 1500), rd(rng, 10)))
        case.turn("agent", "Confirmed: 3 nights, \u20ac%d total, breakfast 7-10am." % rng.randrange(200, 900))
        note = "room, stay dates, confirmation number"
    elif k == 16:
        case.turn("customer", "your sms said code %s expires in 10 mins, account ID is %s" % (rd(rng, 6), "CUST-" + rd(rng, 7)))
        case.turn("agent", "That one-time code has expired, I'll send another. Your contract renews on 01/09/2026.")
        note = "one-time code and customer id labels, contract date"
    elif k == 17:
        case.turn("customer", "> On 2 Feb 2025 Kaufmarkt wrote:\n> Bestellnummer: %s\n> Betrag: EUR %d,%02d\nwhere is it??" % (rd(rng, 12), rng.randrange(10, 500), rng.randrange(100)))
        case.turn("agent", "Order %s shipped via DHL, tracking JJD%s." % (rd(rng, 12), rd(rng, 18)))
        note = "quoted order number, long tracking"
    elif k == 18:
        case.turn("agent", "i can see your last payment was four hundred and twelve pounds on the third of march twenty twenty five")
        case.turn("customer", "yeah and the one before was two hundred and ninety nine fifty, it's gone up like twenty percent")
        note = "spoken amounts, payment date, percentage"
    else:
        case.turn("customer", "Case ref: %s / NHS claim %s / 2 x \u00a3%d.%02d" % (rd(rng, 8), rd(rng, 10), rng.randrange(5, 90), rng.randrange(100)))
        case.turn("agent", "The claim covering visits on 5 and 19 May is approved; copay is $%d." % rng.randrange(10, 60))
        note = "case ref, claim number, amounts, dates"
    case.note = "%s: %s" % (ind, note)
    return case


# ----------------------------------------------------------------- generation
def generate():
    rng = random.Random(531241125)
    schedule = (["CARD_NUMBER"] * 60 + ["SSN"] * 28 + ["NI_NUMBER"] * 28 + ["BANK_ACCOUNT"] * 10 +
                ["SORT_CODE"] * 6 + ["IBAN"] * 14 + ["PHONE"] * 14 + ["EMAIL"] * 14 + ["DOB"] * 8 +
                ["POSTCODE"] * 6 + ["ADDRESS"] * 10 + ["CVV"] * 5 + ["EXPIRY"] * 5)
    rng.shuffle(schedule)
    recs, metas = [], []
    for i, prim in enumerate(schedule, 1):
        c = pos_case(i, prim, rng)
        rec, meta = c.build()
        recs.append(rec)
        metas.append((meta, c.groups))
    for i in range(1, 121):
        c = neg_case(i, rng)
        rec, meta = c.build()
        recs.append(rec)
        metas.append((meta, c.groups))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, recs, metas


# ----------------------------------------------------------------- normalisation / validation
WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENNUM = {w: i + 10 for i, w in enumerate(TEENS)}
TENSNUM = {w: k for k, w in TENS.items()}
SKIP = {"um", "uh", "er", "erm", "and", "dash", "the", "of"}
NATOW = {v.replace("-", ""): k for k, v in NATO.items()}


def tokens(s):
    return re.findall(r"[a-z]+|\d+", s.lower().replace("x-ray", "xray"))


def spoken_to_str(s, letters=False):
    t = tokens(s)
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if letters and len(w) == 1 and w.isalpha():
            if nxt == "for" and i + 2 < len(t) and NATOW.get(t[i + 2]) == w:
                out.append(w); i += 3; continue
            if nxt == "as" and i + 3 < len(t) and t[i + 2] == "in" and NATOW.get(t[i + 3]) == w:
                out.append(w); i += 4; continue
        if w in SKIP:
            i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in ("double", "triple") and nxt is not None:
            n = 2 if w == "double" else 3
            if nxt in WORDNUM:
                out.append(str(WORDNUM[nxt]) * n)
            else:
                out.append(nxt * n)
            i += 2; continue
        if w in WORDNUM and nxt == "hundred":
            h = WORDNUM[w]
            j = i + 2
            if j < len(t) and t[j] == "and":
                j += 1
            rest = 0
            if j < len(t) and t[j] in TEENNUM:
                rest = TEENNUM[t[j]]; j += 1
            elif j < len(t) and t[j] in TENSNUM:
                rest = TENSNUM[t[j]] * 10; j += 1
                if j < len(t) and t[j] in WORDNUM and t[j] not in ("oh", "o", "nought", "zero"):
                    rest += WORDNUM[t[j]]; j += 1
            elif j < len(t) and t[j] in WORDNUM:
                rest = WORDNUM[t[j]]; j += 1
            out.append("%d%02d" % (h, rest)); i = j; continue
        if w in WORDNUM:
            out.append(str(WORDNUM[w])); i += 1; continue
        if w in TEENNUM:
            out.append(str(TEENNUM[w])); i += 1; continue
        if w in TENSNUM:
            v = TENSNUM[w] * 10
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                v += WORDNUM[nxt]; i += 1
            out.append(str(v)); i += 1; continue
        if w == "plus":
            out.append("+"); i += 1; continue
        if letters and w in NATOW:
            out.append(NATOW[w]); i += 1; continue
        out.append(w); i += 1
    return "".join(out)


def norm_email(s):
    s = s.lower().replace("[at]", " at ").replace("(at)", " at ").replace("[dot]", " dot ")
    t = re.findall(r"[a-z0-9]+|[@._+\-]", s)
    out = []
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("um", "uh", "er"):
            pass
        elif len(w) == 1 and w.isalpha() and nxt in ("for", "as"):
            out.append(w)
            i += 3 if nxt == "for" else 4
            continue
        elif w in TEENNUM:
            out.append(str(TEENNUM[w]))
        elif w in TENSNUM:
            v = TENSNUM[w] * 10
            if nxt in WORDNUM:
                v += WORDNUM[nxt]; i += 1
            out.append(str(v))
        elif w in UNITS:
            out.append(str(UNITS.index(w)))
        else:
            out.append(w)
        i += 1
    return "".join(out)


ORDNUM = {w: i + 1 for i, w in enumerate(ORD)}
ORDNUM.update({"thirtieth": 30})


def parse_date_nums(s):
    """Return (month_name_or_None, list of ints, year_or_None) from a date expression."""
    t = tokens(s)
    month, nums, year, day = None, [], None, None
    i = 0
    while i < len(t):
        w = t[i]
        nxt = t[i + 1] if i + 1 < len(t) else None
        mn = [k for k, m in enumerate(MONTHS) if w == m or (len(w) >= 3 and m.startswith(w))]
        if w.isdigit():
            nums.append(w); i += 1; continue
        if mn:
            month = mn[0] + 1; i += 1; continue
        if w in ORDNUM:
            day = ORDNUM[w]; i += 1; continue
        if w in TENSNUM and nxt in ORDNUM:
            day = TENSNUM[w] * 10 + ORDNUM[nxt]; i += 2; continue
        if w in ("st", "nd", "rd", "th", "the", "of"):
            i += 1; continue
        if w == "nineteen" and nxt is not None:
            rest = spoken_to_str(" ".join(t[i + 1:i + 3]))
            year = 1900 + int(rest[:2]); break
        if w == "two" and nxt == "thousand":
            rest = [x for x in t[i + 2:] if x != "and"]
            year = 2000 + int(spoken_to_str(" ".join(rest)) or 0); break
        if w == "twenty" and (nxt in TENSNUM or nxt in TEENNUM):
            rest = spoken_to_str(" ".join(t[i + 1:]))
            year = 2000 + int(rest); break
        # spoken numerics
        rest = spoken_to_str(" ".join(t[i:]))
        nums.append(rest); break
    return month, nums, year, day


def valid_date(d, m, y):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def check_dob(s):
    month, nums, year, day = parse_date_nums(s)
    if month and day and year:
        return valid_date(day, month, year) and 1920 <= year <= 2010
    if month and len(nums) == 2:
        d, y = int(nums[0]), int(nums[1])
        return valid_date(d, month, y) and 1920 <= y <= 2010
    if len(nums) == 3:
        a, b, c = (int(x) for x in nums)
        if len(nums[0]) == 4:
            return valid_date(c, b, a)
        if c < 100:
            c += 1900
        return 1920 <= c <= 2010 and (valid_date(a, b, c) or valid_date(b, a, c))
    return False


def check_expiry(s):
    month, nums, year, day = parse_date_nums(s)
    if month:
        if year:
            return 2024 <= year <= 2035
        if nums:
            y = int(nums[0])
            return 24 <= y <= 35 or 2024 <= y <= 2035
        return False
    digits = "".join(nums)
    if len(nums) == 1 and len(digits) == 4:
        return 1 <= int(digits[:2]) <= 12 and 24 <= int(digits[2:]) <= 35
    if len(nums) == 2:
        m, y = int(nums[0]), int(nums[1])
        return 1 <= m <= 12 and (24 <= y <= 35 or 2024 <= y <= 2035)
    return False


def validate(t, s):
    if t in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV", "PHONE"):
        d = spoken_to_str(s)
        if t == "PHONE":
            d = d.replace("+", "")
            if d.startswith("00"):
                d = d[2:]
            return d.isdigit() and 10 <= len(d) <= 13
        if not d.isdigit():
            return False
        if t == "CARD_NUMBER":
            return 13 <= len(d) <= 19 and luhn_ok(d)
        if t == "SSN":
            return len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"
        if t == "BANK_ACCOUNT":
            return 8 <= len(d) <= 12
        if t == "SORT_CODE":
            return len(d) == 6
        if t == "CVV":
            return len(d) in (3, 4)
    if t == "NI_NUMBER":
        v = spoken_to_str(s, letters=True).upper()
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if t == "IBAN":
        return iban_ok(spoken_to_str(s, letters=True))
    if t == "POSTCODE":
        v = spoken_to_str(s, letters=True).upper()
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    if t == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", norm_email(s)))
    if t == "DOB":
        return check_dob(s)
    if t == "EXPIRY":
        return check_expiry(s)
    if t == "ADDRESS":
        low = s.lower()
        return bool(re.match(r"(flat|apt|unit|\d|[a-z]+ hundred|[a-z]+)", low)) and bool(
            re.search(r"\b(avenue|ave|lane|road|street|st|close|way|kingsway|terrace|drive|crescent|gardens|hill|boulevard|court|parkway|park)\b\.?$", low)) and (
            bool(re.search(r"\d", low)) or bool(re.search("|".join(UNITS[1:] + TEENS + list(TENS.values())), low)))
    return False


def check(text, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, (meta, groups) in zip(recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for tn in r["turns"]:
            if tn["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        prev = None
        gtext = {}
        for sp, g in zip(r["spans"], meta):
            if sp["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            if not (0 <= sp["turn"] < len(r["turns"])):
                errs.append("%s: bad turn" % r["id"]); continue
            tx = r["turns"][sp["turn"]]["text"]
            a, b = sp["start"], sp["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % r["id"]); continue
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (r["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], tx[a:b]))
            if prev and prev[0] == sp["turn"] and a < prev[1]:
                errs.append("%s: overlapping spans" % r["id"])
            prev = (sp["turn"], b)
            gtext.setdefault(g, []).append((sp["type"], tx[a:b]))
        for g, parts in gtext.items():
            t, role = groups[g]
            if any(p[0] != t for p in parts):
                errs.append("%s: mixed types in group" % r["id"])
            joined = " ".join(p[1] for p in parts)
            if role.startswith("prefix:"):
                full = gtext.get(int(role.split(":")[1]))
                if not full:
                    errs.append("%s: prefix without full value" % r["id"]); continue
                fj = spoken_to_str(" ".join(p[1] for p in full))
                if not fj.startswith(spoken_to_str(joined)):
                    errs.append("%s: restart prefix mismatch %r" % (r["id"], joined))
                continue
            if not validate(t, joined):
                errs.append("%s: invalid %s value %r" % (r["id"], t, joined))
    pos = sum(r["kind"] == "positive" for r in recs)
    neg = sum(r["kind"] == "negative" for r in recs)
    cnt = {t: 0 for t in TYPES}
    for r in recs:
        for sp in r["spans"]:
            cnt[sp["type"]] += 1
    if pos < 200 or neg < 100:
        errs.append("too few cases: %d pos %d neg" % (pos, neg))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    return errs, pos, neg, cnt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text, recs, metas = generate()
    if not args.check:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    errs, pos, neg, cnt = check(text, recs, metas)
    print("positive=%d negative=%d" % (pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d errors" % len(errs))
        return 1
    print("check OK" if args.check else "written %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h71.

Written by an AI helper acting as an independent test author who did not
see the redaction code.  Standard library only; output is byte-for-byte
reproducible from a single seeded random.Random.

    python scripts/make_pii_holdout71.py          # write fixture + README
    python scripts/make_pii_holdout71.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 71271123
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout71"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h71"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

# --------------------------------------------------------------------------
# spoken forms
# --------------------------------------------------------------------------
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
# "x for <word>" spellings that are not NATO
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
             "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra"}
# how a speech recogniser may write a spelled letter
LETTER_HOMO = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay", "p": "pee",
               "q": "queue", "r": "are", "t": "tee", "u": "you", "w": "double you", "y": "why",
               "x": "ex", "z": "zed", "h": "aitch", "l": "el", "m": "em", "n": "en", "s": "ess",
               "e": "e", "a": "a", "v": "vee"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


def zero_word(rng, loc):
    if loc == "UK":
        return rng.choice(["oh", "oh", "zero", "nought", "o"])
    return rng.choice(["oh", "oh", "zero", "zero", "o"])


def unit_word(rng, d, loc, homophones=True):
    if d == "0":
        return zero_word(rng, loc)
    w = UNIT[int(d)]
    if homophones and rng.random() < 0.06:
        w = {"four": "for", "two": "to", "eight": "ate"}.get(w, w)
    return w


def pair_words(d2):
    n = int(d2)
    if n < 10:
        raise ValueError(d2)
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + UNIT[u]


def say_group(rng, s, loc, style, last, hom=True):
    """Speak a digit string.  style: single | runs | pairs | mixed."""
    out = []
    i = 0
    while i < len(s):
        rest = len(s) - i
        st = style if style != "mixed" else rng.choice(["single", "runs", "pairs"])
        if st in ("runs", "mixed", "pairs") and rest >= 3 and s[i] == s[i + 1] == s[i + 2] \
                and rng.random() < 0.6:
            out.append("triple " + unit_word(rng, s[i], loc, False))
            i += 3
            continue
        if st in ("runs", "pairs") and rest >= 2 and s[i] == s[i + 1] and rng.random() < 0.7:
            out.append("double " + unit_word(rng, s[i], loc, False))
            i += 2
            continue
        if st == "pairs" and rest >= 2 and s[i] != "0":
            if s[i + 1] != "0" or s[i] == "1" or (last and rest == 2):
                out.append(pair_words(s[i:i + 2]))
                i += 2
                continue
        out.append(unit_word(rng, s[i], loc, homophones=hom and (not out or not out[-1].split()[-1] in TENS.values())))
        i += 1
    return " ".join(out)


def say_digits(rng, groups, loc, style=None, filler=0.0, hom=True):
    style = style or rng.choice(["single", "single", "runs", "pairs", "mixed"])
    parts = []
    for gi, g in enumerate(groups):
        parts.append(say_group(rng, g, loc, style, gi == len(groups) - 1, hom))
        if gi < len(groups) - 1 and rng.random() < filler:
            parts.append(rng.choice(["um", "uh", "er", "erm"]))
    return " ".join(parts)


def say_letter(rng, ch, mode):
    ch = ch.lower()
    if mode == "plain":
        if ch in LETTER_HOMO and rng.random() < 0.2:
            return LETTER_HOMO[ch]
        return ch
    if mode == "nato":
        return NATO[ch]
    if mode == "for" and ch in FOR_WORDS:
        return f"{ch} for {rng.choice([NATO[ch], FOR_WORDS[ch]])}"
    return ch


def say_alnum(rng, s, loc, lmode=None, style=None):
    """Speak a mixed letter/digit string: letters spelled, digit runs spoken."""
    lmode = lmode or rng.choice(["plain", "plain", "for", "nato"])
    out = []
    for m in re.finditer(r"[A-Za-z]+|\d+", s):
        tok = m.group(0)
        if tok.isdigit():
            out.append(say_digits(rng, [tok], loc, style or rng.choice(["single", "runs"])))
        else:
            i = 0
            while i < len(tok):
                if i + 1 < len(tok) and tok[i] == tok[i + 1] and lmode == "plain" and rng.random() < 0.6:
                    out.append("double " + tok[i].lower())
                    i += 2
                    continue
                out.append(say_letter(rng, tok[i], lmode))
                i += 1
    return " ".join(out)


def num_words(n):
    """Cardinal number in words, 0..9999 (for non-PII amounts, times...)."""
    if n < 10:
        return UNIT[n]
    if n < 100:
        return pair_words(f"{n:02d}")
    if n < 1000:
        h, r = divmod(n, 100)
        return UNIT[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))
    th, r = divmod(n, 1000)
    return num_words(th) + " thousand" + ("" if r == 0 else (" and " if r < 100 else " ") + num_words(r))


def year_words(y):
    a, b = divmod(y, 100)
    if a == 20 and b < 10:
        return "two thousand" + ("" if b == 0 else " and " + UNIT[b])
    if b == 0:
        return pair_words(str(a)) + " hundred"
    return pair_words(str(a)) + " " + (("oh " + UNIT[b]) if b < 10 else pair_words(f"{b:02d}"))


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa19", "mc2"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "visa19":
        pre, n = "4", rng.choice([13, 19])
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(rng.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:]]
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    digits = "".join(str(rng.randint(0, 9)) for _ in range(6))
    return p, digits, rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


BANK_CODES = {"GB": ["NWBK", "BARC", "HBUK", "MIDL", "NAIA"],
              "IE": ["AIBK", "IPBS", "ULSB"], "NL": ["ABNA", "INGB", "TRIA"]}


def gen_iban(rng, country):
    rd = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if country in ("GB", "IE"):
        bban = rng.choice(BANK_CODES[country]) + rd(14)
    elif country == "NL":
        bban = rng.choice(BANK_CODES["NL"]) + rd(10)
    elif country == "DE":
        bban = rd(18)
    elif country == "FR":
        bban = rd(23)
    else:  # ES
        bban = rd(20)
    return country + iban_check(country, bban) + bban


def gen_phone(rng, loc):
    rd = lambda n: "".join(str(rng.randint(0, 9)) for _ in range(n))
    if loc == "UK":
        k = rng.choice(["mob", "mob", "ldn", "geo", "intl"])
        if k == "mob":
            return ["07" + rd(3), rd(6)]
        if k == "ldn":
            return ["020", rd(4), rd(4)]
        if k == "geo":
            return ["01" + rd(3), rd(6)]
        return ["+44", "7" + rd(3), rd(6)]
    if loc == "US":
        area = str(rng.randint(2, 9)) + rd(2)
        k = rng.choice(["plain", "plain", "one"])
        g = [area, str(rng.randint(2, 9)) + rd(2), rd(4)]
        return (["1"] + g) if k == "one" else g
    if loc == "IE":
        k = rng.choice(["mob", "mob", "intl", "dub"])
        if k == "mob":
            return ["08" + rng.choice("35679"), rd(3), rd(4)]
        if k == "dub":
            return ["01", rd(3), rd(4)]
        return ["+353", "8" + rng.choice("35679"), rd(3), rd(4)]
    # EU
    k = rng.choice(["de", "fr", "nl"])
    if k == "de":
        return ["+49", "15" + rd(1), rd(7)]
    if k == "fr":
        return ["+33", str(rng.randint(6, 7)), rd(2), rd(2), rd(2), rd(2)]
    return ["+31", "6", rd(8)]


FIRST = ["james", "sarah", "michael", "aoife", "liam", "priya", "tom", "emma", "david",
         "grace", "niamh", "carlos", "fatima", "oliver", "chloe", "daniel", "hannah",
         "sean", "maria", "kevin", "laura", "ahmed", "rachel", "peter", "siobhan", "jack"]
LAST = ["smith", "o'brien", "patel", "murphy", "jones", "garcia", "walsh", "khan",
        "taylor", "nguyen", "kelly", "brown", "fischer", "dubois", "wilson", "byrne",
        "evans", "lopez", "hughes", "novak", "reilly", "clarke", "mason", "doyle"]
DOMAINS = {"UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com"],
           "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net"],
           "IE": ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie", "icloud.com"],
           "EU": ["gmail.com", "web.de", "orange.fr", "gmx.de", "outlook.com", "ziggo.nl"]}


def gen_email(rng, loc):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    k = rng.choice(["f.l", "fl", "f_l", "fl99", "il", "f.l9", "f-l"])
    num = str(rng.randint(1, 99))
    local = {"f.l": f"{f}.{l}", "fl": f + l, "f_l": f"{f}_{l}", "fl99": f + l + num,
             "il": f[0] + l, "f.l9": f"{f}.{l}{num}", "f-l": f"{f}-{l}"}[k]
    return local, rng.choice(DOMAINS[loc])


def say_email(rng, local, domain, loc):
    def say_part(p, spell):
        toks = re.findall(r"[a-z]+|\d+|[._-]", p)
        out = []
        for t in toks:
            if t == ".":
                out.append("dot")
            elif t == "_":
                out.append("underscore")
            elif t == "-":
                out.append(rng.choice(["dash", "hyphen"]))
            elif t.isdigit():
                out.append(say_digits(rng, [t], loc, rng.choice(["single", "pairs"])))
            elif len(t) == 1 or spell:
                out.append(" ".join(t))
            else:
                out.append(t)
        return " ".join(out)
    spell = rng.random() < 0.3
    d = " dot ".join(domain.split("."))
    return say_part(local, spell) + " at " + d


def gen_date(rng, y0, y1):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return y, m, d


def dob_text(rng, ch, loc, y, m, d):
    if ch == "chat":
        us = loc == "US"
        k = rng.choice(["slash", "slash", "dash", "long", "iso", "dot"])
        if k == "slash":
            return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
        if k == "dash":
            return f"{m}-{d}-{y}" if us else f"{d}-{m}-{y}"
        if k == "dot":
            return f"{d}.{m}.{y}" if not us else f"{m}.{d}.{y}"
        if k == "iso":
            return f"{y}-{m:02d}-{d:02d}"
        mn = MONTHS[m - 1].capitalize()
        return f"{mn} {d}, {y}" if us else f"{d} {mn} {y}"
    k = rng.choice(["ord_of", "month_ord", "num", "ord_of_short"])
    yw = year_words(y)
    if k == "ord_of":
        return f"the {ORD[d - 1]} of {MONTHS[m - 1]} {yw}"
    if k == "ord_of_short":
        return f"{ORD[d - 1]} of {MONTHS[m - 1]} {yw}"
    if k == "month_ord":
        return f"{MONTHS[m - 1]} {ORD[d - 1]} {yw}"
    a, b = (m, d) if loc == "US" else (d, m)
    return f"{num_words(a)} {num_words(b)} {yw}"


def exp_text(rng, ch, loc, m, y):
    if ch == "chat":
        k = rng.choice(["a", "a", "b", "c", "d"])
        return {"a": f"{m:02d}/{y % 100:02d}", "b": f"{m:02d}/{y}", "c": f"{m:02d}-{y % 100:02d}",
                "d": f"{m}/{y % 100:02d}"}[k]
    k = rng.choice(["digits", "pair", "month"])
    if k == "digits":
        return say_digits(rng, [f"{m:02d}", f"{y % 100:02d}"], loc, "single", hom=False)
    if k == "pair":
        return f"{zero_word(rng, loc) + ' ' + UNIT[m] if m < 10 else pair_words(str(m))} {pair_words(str(y % 100))}"
    return f"{MONTHS[m - 1]} {rng.choice([pair_words(str(y % 100)), year_words(y)])}"


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "BS", "G", "EH", "CF", "L",
            "NG", "S", "RG", "CB", "LE", "BT", "KT", "TW", "HA", "DN"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc(rng):
    area = rng.choice(UK_AREAS)
    k = rng.random()
    if k < 0.15 and len(area) <= 2:
        out = area + str(rng.randint(1, 9)) + rng.choice("ABEHMNPRVWXY")
    elif k < 0.5:
        out = area + str(rng.randint(10, 28))
    else:
        out = area + str(rng.randint(1, 9))
    inw = str(rng.randint(0, 9)) + rng.choice(IN_LET) + rng.choice(IN_LET)
    return out, inw


def gen_zip(rng):
    z = f"{rng.randint(1001, 99950):05d}"
    if rng.random() < 0.25:
        return z, f"{rng.randint(1, 9999):04d}"
    return z, None


STREETS = {"UK": ["High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
                  "Park Avenue", "Queens Road", "Kingsway", "Elm Grove", "Manor Close",
                  "Meadow Way", "Albert Terrace", "Chapel Street", "Orchard Drive", "Priory Crescent"],
           "US": ["Oak Street", "Maple Avenue", "Elm Street", "Washington Boulevard", "Cedar Lane",
                  "Pine Drive", "Lakeview Road", "Sunset Boulevard", "Main Street", "Park Place",
                  "Hillcrest Drive", "Willow Court", "Jefferson Avenue"],
           "IE": ["Main Street", "Church Road", "Strand Road", "Ashgrove Park", "Seafield Road",
                  "Castle Street", "Griffith Avenue", "Oakwood Drive", "Abbey Street"],
           "EU": ["Hauptstrasse", "Rue de la Paix", "Keizersgracht", "Lindenstrasse", "Avenue Foch",
                  "Prinsengracht", "Schillerstrasse"]}
TOWNS = {"UK": ["Leeds", "Bristol", "Croydon", "Reading", "Cardiff", "Sheffield", "Oxford", "Belfast"],
         "US": ["Springfield", "Austin", "Columbus", "Denver", "Portland", "Tampa", "Madison"],
         "IE": ["Cork", "Galway", "Limerick", "Drumcondra", "Sligo", "Athlone"],
         "EU": ["Berlin", "Paris", "Amsterdam", "Munich", "Lyon", "Utrecht"]}
SUFFIXES = ["street", "road", "lane", "avenue", "grove", "close", "way", "terrace", "drive",
            "crescent", "boulevard", "place", "court", "park", "kingsway", "strasse",
            "hauptstrasse", "lindenstrasse", "schillerstrasse", "keizersgracht", "prinsengracht",
            "foch", "paix", "st", "rd", "ave", "blvd", "ln", "dr"]


# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, gid=None):
        self.text, self.typ, self.gid = text, typ, gid


class Builder:
    def __init__(self, rng, ch, loc):
        self.rng, self.ch, self.loc = rng, ch, loc
        self.turns = []  # (speaker, [segments])
        self.g = 0
        self.used = set()
        self.no_pc = False

    def gid(self):
        self.g += 1
        return self.g

    def add(self, speaker, *segs):
        if self.turns and self.turns[-1][0] == speaker:
            if speaker == "customer":
                br = self.rng.choice(["mhm", "okay", "right okay", "okay thanks", "uh huh"])
            else:
                br = self.rng.choice(["okay", "sure", "yeah", "right", "mhm"])
            if self.ch == "chat":
                br = cap(self.rng, "chat", br)
            self.turns.append(("agent" if speaker == "customer" else "customer", [br]))
        self.turns.append((speaker, list(segs)))

    def a(self, *segs):
        self.add("agent", *segs)

    def c(self, *segs):
        self.add("customer", *segs)

    def build(self, cid, kind, note):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    meta.append(s.gid)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return {"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note}, meta


def cap(rng, ch, s):
    """Chat texts get sentence case sometimes; call texts stay lower case."""
    if ch == "chat" and s and rng.random() < 0.7:
        return s[0].upper() + s[1:]
    return s


BACK = ["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah", "got it", "and"]


def backs(rng):
    return rng.choice(BACK)


# ---- PII blocks -----------------------------------------------------------

def blk_card(b, with_cvv_exp=True):
    rng, ch, loc = b.rng, b.ch, b.loc
    card = gen_card(rng)
    groups = card_groups(card)
    g = b.gid()
    if ch == "chat":
        b.a(rng.choice(["Please can you type the long card number.", "What's the card number you'd like to use?",
                        "Can I take the 16 digit card number please?", "Go ahead with the card details when ready."]))
        sep = rng.choice([" ", " ", "-", "", "  ", "."])
        txt = sep.join(groups)
        if rng.random() < 0.15 and len(groups) >= 4:
            txt = " ".join(groups[:2]) + groups[2] + " " + " ".join(groups[3:])
        if with_cvv_exp and rng.random() < 0.5:
            y, m = rng.randint(2026, 2031), rng.randint(1, 12)
            cvv = "".join(str(rng.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
            k = rng.choice(["a", "b"])
            if k == "a":
                b.c(rng.choice(["card is ", "its ", "", "number: "]), V(txt, "CARD_NUMBER", g),
                    rng.choice([" exp ", ", expiry ", " expires "]), V(exp_text(rng, ch, loc, m, y), "EXPIRY"),
                    rng.choice([" cvv ", " and the code on the back is ", ", sec code "]), V(cvv, "CVV"))
            else:
                b.c(V(txt, "CARD_NUMBER", g))
                b.a("Thanks. And the expiry date and security code?")
                b.c(V(exp_text(rng, ch, loc, m, y), "EXPIRY"), rng.choice([" and ", ", ", " / cvv "]), V(cvv, "CVV"))
            return
        b.c(rng.choice(["sure its ", "ok ", "", "Card number ", "here you go "]), V(txt, "CARD_NUMBER", g),
            rng.choice(["", " thanks", " - it's a debit card", ". pls confirm once done"]))
        if with_cvv_exp:
            blk_exp_cvv(b, len(card) == 15)
        return
    # call
    b.a(rng.choice(["okay and can i take the long number across the front of the card",
                    "go ahead with the card number when you're ready",
                    "what's the sixteen digit number on the card please",
                    "can i have the card number please"]))
    mode = rng.choice(["one", "split", "split", "correct", "readback", "interrupt"])
    style = rng.choice(["single", "single", "runs", "pairs", "mixed"])
    if mode == "interrupt":
        k = len(groups) // 2
        b.c("okay it's ", V(say_digits(rng, groups[:k], loc, style), "CARD_NUMBER", g),
            rng.choice([" sorry the dog's going mad one second right where was i ",
                        " hang on the kids are shouting sorry ",
                        " oh sorry i'm driving you're on speaker ",
                        " just a sec i need my glasses okay "]),
            V(say_digits(rng, groups[k:], loc, style), "CARD_NUMBER", g))
    elif mode == "one" or mode == "readback":
        b.c(rng.choice(["yeah it's ", "okay so it's ", "right ", "um ", "sure "]),
            V(say_digits(rng, groups, loc, style, filler=0.2), "CARD_NUMBER", g))
        if mode == "readback":
            g2 = b.gid()
            b.a("let me just read that back to you ", V(say_digits(rng, groups, loc, "single"), "CARD_NUMBER", g2),
                " is that right")
            b.c(rng.choice(["yes that's it", "yep that's correct", "that's right yeah"]))
    elif mode == "split":
        first = True
        for gi, gr in enumerate(groups):
            seg = say_digits(rng, [gr], loc, style)
            if first:
                b.c(rng.choice(["okay it's ", "right ", "so "]), V(seg, "CARD_NUMBER", g))
                first = False
            else:
                b.c(V(seg, "CARD_NUMBER", g))
            if gi < len(groups) - 1:
                b.a(backs(rng) if gi < len(groups) - 2 else rng.choice(["and the last ones", "mhm and the last four", "okay"]))
    else:  # self-correction on the second group
        wrong = list(groups[1])
        wrong[-1] = str((int(wrong[-1]) + rng.randint(1, 8)) % 10)
        b.c("it's ", V(say_digits(rng, [groups[0], "".join(wrong)], loc, "single"), "CARD_NUMBER", b.gid()),
            " no sorry hang on i've read that wrong let me start again")
        b.a("no problem take your time")
        b.c(V(say_digits(rng, groups, loc, style), "CARD_NUMBER", g))
    if with_cvv_exp:
        blk_exp_cvv(b, len(card) == 15)


def blk_exp_cvv(b, amex=False):
    rng, ch, loc = b.rng, b.ch, b.loc
    y, m = rng.randint(2026, 2031), rng.randint(1, 12)
    cvv = "".join(str(rng.randint(0, 9)) for _ in range(4 if amex else 3))
    if ch == "chat":
        b.a("Thanks. What is the expiry date on the card?")
        b.c(rng.choice(["", "exp ", "it expires ", "Expiry "]), V(exp_text(rng, ch, loc, m, y), "EXPIRY"))
        b.a("And the " + ("4 digit code on the front" if amex else "3 digits on the back (CVV)") + "?")
        b.c(rng.choice(["", "cvv is ", "its ", "Security code "]), V(cvv, "CVV"))
        return
    k = rng.choice(["sep", "sep", "one"])
    if k == "sep":
        b.a("lovely and the expiry date")
        b.c(rng.choice(["it's ", "expires ", "um ", ""]), V(exp_text(rng, ch, loc, m, y), "EXPIRY"))
        b.a("and the " + ("four digit code on the front" if amex else "three digit security code on the back"))
        b.c(rng.choice(["it's ", "that's ", "yeah ", ""]), V(say_digits(rng, [cvv], loc, rng.choice(["single", "runs"])), "CVV"))
    else:
        b.a("and then the expiry and the security code on the back please")
        b.c("expiry is ", V(exp_text(rng, ch, loc, m, y), "EXPIRY"), " and the code is ",
            V(say_digits(rng, [cvv], loc, "single"), "CVV"))


def blk_ssn(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    a, mid, last = gen_ssn(rng)
    g = b.gid()
    if ch == "chat":
        b.a(rng.choice(["To verify your identity, please provide your full Social Security number.",
                        "Can you confirm your SSN for me?", "I'll need your social security number to proceed."]))
        sep = rng.choice(["-", "-", " ", "", "."])
        t = sep.join([a, mid, last])
        b.c(rng.choice(["", "sure, ", "ssn ", "its ", "Ok it's "]), V(t, "SSN", g),
            rng.choice(["", ".", " - is that enough?", " thanks"]))
        return
    b.a(rng.choice(["and for security can i get your social security number",
                    "can you verify your full social please",
                    "i'll need the social security number on the account"]))
    mode = rng.choice(["one", "split", "split3", "readback", "correct"])
    style = rng.choice(["single", "single", "runs", "pairs", "mixed"])
    if mode in ("one", "readback"):
        b.c(rng.choice(["yeah it's ", "sure ", "okay um ", "it's "]),
            V(say_digits(rng, [a, mid, last], loc, style, filler=0.25), "SSN", g))
        if mode == "readback":
            b.a("okay i have ", V(say_digits(rng, [a, mid, last], loc, "single"), "SSN", b.gid()), " correct")
            b.c("correct")
    elif mode == "split":
        b.c("okay ", V(say_digits(rng, [a, mid], loc, style), "SSN", g))
        b.a(backs(rng))
        b.c(V(say_digits(rng, [last], loc, style), "SSN", g))
    elif mode == "split3":
        b.c(V(say_digits(rng, [a], loc, style), "SSN", g))
        b.a(backs(rng))
        b.c(V(say_digits(rng, [mid], loc, style), "SSN", g))
        b.a(backs(rng))
        b.c(V(say_digits(rng, [last], loc, style), "SSN", g), " sorry i always have to think about it")
    else:
        b.c("it's ", V(say_digits(rng, [a], loc, "single"), "SSN", b.gid()), " wait no that's my wife's ")
        b.a("no worries")
        b.c("mine is ", V(say_digits(rng, [a, mid, last], loc, style), "SSN", g))


def blk_ni(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    p, dg, s = gen_ni(rng)
    g = b.gid()
    if ch == "chat":
        b.a(rng.choice(["Could you confirm your National Insurance number please?",
                        "What is your NI number?", "Please provide your national insurance number for verification."]))
        k = rng.choice(["sp", "sp", "compact", "lower", "mixed"])
        t = {"sp": f"{p} {dg[:2]} {dg[2:4]} {dg[4:]} {s}", "compact": p + dg + s,
             "lower": (p + dg + s).lower(), "mixed": f"{p}{dg} {s}".lower() if rng.random() < .5 else f"{p} {dg} {s}"}[k]
        b.c(rng.choice(["", "its ", "NI no. ", "sure - ", "it is "]), V(t, "NI_NUMBER", g),
            rng.choice(["", ".", " i think", " thanks"]))
        return
    b.a(rng.choice(["and can i take your national insurance number please",
                    "for security what's your n i number",
                    "i just need your national insurance number to find the record"]))
    lmode = rng.choice(["plain", "plain", "for", "nato"])
    style = rng.choice(["single", "runs", "pairs", "mixed"])
    mode = rng.choice(["one", "split", "split", "readback", "correct"])
    sp_p = say_alnum(rng, p, loc, lmode)
    sp_s = say_alnum(rng, s, loc, lmode)
    if mode in ("one", "readback"):
        b.c(rng.choice(["yeah it's ", "okay ", "um it's ", ""]),
            V(sp_p + " " + say_digits(rng, [dg[:2], dg[2:4], dg[4:]], loc, style, 0.2) + " " + sp_s, "NI_NUMBER", g))
        if mode == "readback":
            b.a("so that's ", V(say_alnum(rng, p + dg + s, loc, "plain", "single"), "NI_NUMBER", b.gid()))
            b.c("that's it yeah")
    elif mode == "split":
        b.c("it's ", V(sp_p, "NI_NUMBER", g))
        b.a(backs(rng))
        b.c(V(say_digits(rng, [dg[:2], dg[2:4]], loc, style), "NI_NUMBER", g))
        b.a(backs(rng))
        b.c(V(say_digits(rng, [dg[4:]], loc, style) + " " + sp_s, "NI_NUMBER", g))
    else:
        b.c(V(sp_p + " " + say_digits(rng, [dg[:2]], loc, "single"), "NI_NUMBER", b.gid()),
            " oh hang on let me get the card out")
        b.a("sure")
        b.c("right it's ", V(sp_p + " " + say_digits(rng, [dg[:2], dg[2:4], dg[4:]], loc, style) + " " + sp_s,
                             "NI_NUMBER", g))


def blk_bank(b, with_sort=None):
    rng, ch, loc = b.rng, b.ch, b.loc
    n = 8 if loc in ("UK", "IE") else rng.choice([9, 10, 11, 12])
    acc = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    sort = "".join(str(rng.randint(0, 9)) for _ in range(6))
    if with_sort is None:
        with_sort = loc == "UK" and rng.random() < 0.75
    g = b.gid()
    if ch == "chat":
        if with_sort:
            b.a("Please send the sort code and account number for the direct debit.")
            ss = rng.choice(["-", "-", " ", ""]).join([sort[:2], sort[2:4], sort[4:]])
            if rng.random() < 0.5:
                b.c(rng.choice(["sort code ", "sc: ", "Sort "]), V(ss, "SORT_CODE"),
                    rng.choice([" acc ", " account no ", ", account number ", " / a/c "]), V(acc, "BANK_ACCOUNT", g))
            else:
                b.c(V(ss, "SORT_CODE"), rng.choice([" ", " , ", "\n"]), V(acc, "BANK_ACCOUNT", g))
        else:
            b.a("What's the account number you want refunds paid into?")
            t = acc if rng.random() < 0.7 else acc[:4] + " " + acc[4:]
            b.c(rng.choice(["account # ", "", "its ", "acct "]), V(t, "BANK_ACCOUNT", g))
        return
    style = rng.choice(["single", "runs", "pairs", "mixed"])
    if with_sort:
        b.a("okay can i take the sort code first")
        sk = rng.choice(["pairs", "single", "mixed"])
        b.c(rng.choice(["yeah it's ", "it's ", "um "]), V(say_digits(rng, [sort[:2], sort[2:4], sort[4:]], loc, sk), "SORT_CODE"))
        b.a("and the account number")
    else:
        b.a(rng.choice(["and what's the account number", "can i take the bank account number please",
                        "and the checking account number"]))
    if rng.random() < 0.4:
        b.c(V(say_digits(rng, [acc[:4]], loc, style), "BANK_ACCOUNT", g))
        b.a(backs(rng))
        b.c(V(say_digits(rng, [acc[4:]], loc, style), "BANK_ACCOUNT", g))
    else:
        b.c(rng.choice(["it's ", "that's ", "okay ", ""]),
            V(say_digits(rng, [acc[:4], acc[4:]], loc, style, 0.2), "BANK_ACCOUNT", g))


def blk_iban(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    country = {"UK": "GB", "IE": "IE", "US": "GB"}.get(loc) or rng.choice(["DE", "FR", "NL", "ES"])
    if loc == "IE" and rng.random() < 0.2:
        country = rng.choice(["DE", "NL"])
    iban = gen_iban(rng, country)
    g = b.gid()
    if ch == "chat":
        b.a(rng.choice(["Can you send me the IBAN for the refund?", "Please provide the IBAN of the account.",
                        "What IBAN should we pay the compensation to?"]))
        k = rng.choice(["grp", "grp", "compact", "lower"])
        t = {"grp": " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "compact": iban,
             "lower": " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)).lower()}[k]
        b.c(rng.choice(["", "IBAN: ", "its ", "iban "]), V(t, "IBAN", g), rng.choice(["", " thx", "."]))
        return
    b.a(rng.choice(["and what's the i ban please", "okay can i take the iban for the account",
                    "i'll need the full iban including the country code"]))
    lmode = rng.choice(["plain", "for", "nato"])
    head = say_alnum(rng, iban[:4], loc, lmode, "single")
    rest = iban[4:]
    chunks = re.findall(r"[A-Z]+|\d{1,4}", rest)
    spoken = [say_alnum(rng, c, loc, lmode, rng.choice(["single", "runs"])) for c in chunks]
    if rng.random() < 0.5:
        b.c("okay it's ", V(head + " " + " ".join(spoken[:len(spoken) // 2]), "IBAN", g))
        b.a(rng.choice(["mhm go on", "okay yep", "got that"]))
        b.c(V(" ".join(spoken[len(spoken) // 2:]), "IBAN", g))
    else:
        b.c(rng.choice(["right it's ", "yeah ", ""]), V(head + " " + " ".join(spoken), "IBAN", g))


def blk_phone(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    gr = gen_phone(rng, loc)
    g = b.gid()
    if ch == "chat":
        b.a(rng.choice(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?",
                        "Please share a contact number for the engineer."]))
        if loc == "US":
            k = rng.choice(["paren", "dash", "dot", "plain"])
            core = gr[-3:]
            t = {"paren": f"({core[0]}) {core[1]}-{core[2]}", "dash": "-".join(core), "dot": ".".join(core),
                 "plain": "".join(core)}[k]
            if len(gr) == 4:
                t = rng.choice(["1-", "+1 ", "1 "]) + t
        else:
            t = rng.choice([" ", " ", "", "-"]).join(gr)
            if gr[0] in ("+44", "+353") and rng.random() < 0.4:
                t = gr[0] + " (0)" + " ".join(gr[1:])
        b.c(rng.choice(["", "it's ", "mob ", "Call me on ", "best is "]), V(t, "PHONE", g),
            rng.choice(["", " after 5pm", " thanks", ". text is fine too"]))
        return
    b.a(rng.choice(["and what's the best contact number for you", "can i confirm the phone number on the account",
                    "what number should the engineer ring"]))
    parts = []
    for x in gr:
        if x.startswith("+"):
            parts.append(rng.choice(["plus ", ""]) + say_digits(rng, [x[1:]], loc, rng.choice(["single", "pairs"])))
        else:
            parts.append(say_digits(rng, [x], loc, rng.choice(["single", "runs", "pairs", "mixed"])))
    if len(parts) >= 2 and rng.random() < 0.45:
        b.c("it's ", V(" ".join(parts[:-1]), "PHONE", g))
        b.a(backs(rng))
        b.c(V(parts[-1], "PHONE", g))
    else:
        b.c(rng.choice(["yeah it's ", "it's ", "my mobile is ", "um "]), V(" ".join(parts), "PHONE", g),
            rng.choice(["", " that's my mobile", " best after six"]))
    if rng.random() < 0.3:
        b.a("let me read that back ", V(" ".join(say_digits(rng, [x.lstrip("+")], loc, "single") for x in gr),
                                         "PHONE", b.gid()))
        b.c("yep")


def blk_email(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    local, dom = gen_email(rng, loc)
    g = b.gid()
    if ch == "chat":
        b.a(rng.choice(["What email address should we send the confirmation to?",
                        "Can you confirm the email on file?", "Whats your email so I can send the form?"]))
        t = f"{local}@{dom}"
        if rng.random() < 0.25:
            t = t.capitalize()
        if rng.random() < 0.15:
            t = t.upper()
        b.c(rng.choice(["", "its ", "email is ", "sure ", "send it to "]), V(t, "EMAIL", g),
            rng.choice(["", " please", " (personal one)", "."]))
        return
    b.a(rng.choice(["and what email address would you like that sent to", "can i confirm your email address",
                    "what's the best email for you"]))
    sp = say_email(rng, local, dom, loc)
    if rng.random() < 0.35 and " at " in sp:
        lp, dp = sp.split(" at ", 1)
        b.c("it's ", V(lp, "EMAIL", g))
        b.a(rng.choice(["okay at", "mhm at what", "and then the at"]))
        b.c(V("at " + dp, "EMAIL", g))
    else:
        b.c(rng.choice(["yeah it's ", "it's ", "okay so it's ", ""]), V(sp, "EMAIL", g))
        if rng.random() < 0.35:
            b.a("so that's ", V(say_email(rng, local, dom, loc), "EMAIL", b.gid()), " yeah")
            b.c(rng.choice(["yes", "that's it", "spot on"]))


def blk_dob(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    y, m, d = gen_date(rng, 1938, 2004)
    b.a(rng.choice(["Can you confirm your date of birth?", "And your date of birth please?",
                    "What's the date of birth of the account holder?"]) if ch == "chat" else
        rng.choice(["and can i take your date of birth", "what's your date of birth please",
                    "and just to confirm the date of birth on the policy"]))
    t = dob_text(rng, ch, loc, y, m, d)
    b.c(rng.choice(["", "it's ", "born ", "dob " if ch == "chat" else "um ", "sure "]), V(t, "DOB"),
        rng.choice(["", " ", " thanks"]).rstrip())


def blk_address(b, with_pc=True):
    rng, ch, loc = b.rng, b.ch, b.loc
    num = rng.randint(1, 2400 if loc == "US" else 180)
    street = rng.choice(STREETS[loc])
    town = rng.choice(TOWNS[loc])
    b.a(rng.choice(["What's the full address?", "Can I take the address for the delivery?",
                    "Please confirm the billing address."]) if ch == "chat" else
        rng.choice(["and can i take the first line of the address", "and what's the address there",
                    "can you confirm the address on the account"]))
    if ch == "chat":
        addr = f"{num} {street}"
        if loc == "EU" and rng.random() < 0.6:
            addr = f"{street} {num}"
        if rng.random() < 0.3:
            addr = addr.lower()
        if rng.random() < 0.2:
            addr = f"Flat {rng.randint(1, 12)}, " + addr
        segs = [V(addr + ", " + town, "ADDRESS")]
    else:
        if loc == "US" and num >= 100 and rng.random() < 0.6 and num % 100 >= 10:
            ns = pair_words(str(num // 100)) + " " + pair_words(f"{num % 100:02d}") if num >= 1000 else \
                UNIT[num // 100] + " " + pair_words(f"{num % 100:02d}")
        else:
            ns = num_words(num)
        addr = f"{ns} {street.lower()}"
        segs = [V(addr, "ADDRESS"), " in " + town.lower()]
    if with_pc and loc in ("UK", "US") and not b.no_pc:
        if loc == "UK":
            o, i = gen_uk_pc(rng)
            pc = (f"{o} {i}" if rng.random() < 0.8 else o + i) if ch == "chat" else \
                say_alnum(rng, o, loc, rng.choice(["plain", "plain", "for"]), "single") + " " + \
                say_alnum(rng, i, loc, "plain", "single")
            if ch == "chat" and rng.random() < 0.25:
                pc = pc.lower()
        else:
            z, z4 = gen_zip(rng)
            pc = (z + ("-" + z4 if z4 else "")) if ch == "chat" else say_digits(rng, [z] + ([z4] if z4 else []), loc)
        if rng.random() < 0.5:
            b.c(*segs, ", " if ch == "chat" else " ", V(pc, "POSTCODE"))
        else:
            b.c(*segs)
            b.a("and the " + ("postcode" if loc == "UK" else "zip code") + (" please" if ch == "chat" else ""))
            b.c(rng.choice(["", "it's ", "its "]), V(pc, "POSTCODE"))
    else:
        b.c(*segs)


def blk_postcode(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    if loc not in ("UK", "US"):
        return blk_address(b, False)
    b.a(("Can you confirm the postcode of the property?" if loc == "UK" else "What's your ZIP code?") if ch == "chat"
        else ("and just the postcode for me" if loc == "UK" else "and what's the zip code there"))
    if loc == "UK":
        o, i = gen_uk_pc(rng)
        if ch == "chat":
            t = rng.choice([f"{o} {i}", o + i, f"{o} {i}".lower(), f"{o}  {i}"])
            b.c(rng.choice(["", "its ", "postcode "]), V(t, "POSTCODE"))
        else:
            lm = rng.choice(["plain", "plain", "for", "nato"])
            if rng.random() < 0.35:
                g = b.gid()
                b.c(V(say_alnum(rng, o, loc, lm, "single"), "POSTCODE", g))
                b.a(backs(rng))
                b.c(V(say_alnum(rng, i, loc, lm, "single"), "POSTCODE", g))
            else:
                b.c(rng.choice(["it's ", "yeah it's ", ""]), V(say_alnum(rng, o + " " + i, loc, lm, "single"), "POSTCODE"))
    else:
        z, z4 = gen_zip(rng)
        t = (z + ("-" + z4 if z4 else "")) if ch == "chat" else say_digits(rng, [z] + ([z4] if z4 else []), loc)
        b.c(rng.choice(["", "it's ", "zip is "]), V(t, "POSTCODE"))


def blk_dob_pc(b):
    rng, ch, loc = b.rng, b.ch, b.loc
    if loc not in ("UK", "US") or b.no_pc:
        return blk_dob(b)
    y, m, d = gen_date(rng, 1940, 2003)
    dob = dob_text(rng, ch, loc, y, m, d)
    if loc == "UK":
        o, i = gen_uk_pc(rng)
        pc = f"{o} {i}" if ch == "chat" else say_alnum(rng, o + " " + i, loc, "plain", "single")
    else:
        z, z4 = gen_zip(rng)
        pc = z if ch == "chat" else say_digits(rng, [z], loc)
    word = "postcode" if loc == "UK" else "zip code"
    b.a(f"for security can i take your date of birth and the {word} on the account" if ch == "call" else
        f"For security please confirm your date of birth and {word}.")
    if rng.random() < 0.5:
        b.c(rng.choice(["yeah it's ", "sure ", "", "um "]), V(dob, "DOB"),
            f" and the {word} is " if ch == "call" else rng.choice([" and ", ", ", " - "]), V(pc, "POSTCODE"))
    else:
        b.c(V(pc, "POSTCODE"), " and " if ch == "call" else ", dob ", V(dob, "DOB"))


def blk_mixed(b):
    """One customer turn mixing a PII value with non-PII numbers."""
    rng, ch, loc = b.rng, b.ch, b.loc
    k = rng.choice(["phone", "dob", "card", "pc", "email"] + (["ssn"] if loc == "US" else []) +
                   (["ni"] if loc == "UK" else []))
    if k == "pc" and (loc not in ("UK", "US") or b.no_pc):
        k = "phone"
    ref = ref_number(rng, ch, loc, rng.randint(6, 9))
    if k == "phone":
        gr = gen_phone(rng, loc)
        ph = " ".join(gr) if ch == "chat" else " ".join(
            say_digits(rng, [x.lstrip("+")], loc, rng.choice(["single", "runs", "pairs"])) for x in gr)
        b.a("is there a number we can reach you on if the line drops" if ch == "call" else "Is there a number we can reach you on?")
        b.c(f"yeah ring me on " if ch == "call" else "call me on ", V(ph, "PHONE"),
            f" any time after {a_time(rng, ch)} i'm at work till then and i've already waited {spoken_or(ch, rng.randint(3, 12))} days for this")
    elif k == "dob":
        y, m, d = gen_date(rng, 1945, 2002)
        b.a("and to pass security your date of birth please" if ch == "call" else "Please confirm your date of birth.")
        b.c("it's ", V(dob_text(rng, ch, loc, y, m, d), "DOB"),
            f" and i've been with you since {year_words(rng.randint(2003, 2020)) if ch == 'call' else rng.randint(2003, 2020)}"
            f" paying {money(rng, ch, loc, 10, 90)} a month")
    elif k == "card":
        card = gen_card(rng)
        cg = card_groups(card)
        amt = money(rng, ch, loc, 20, 900)
        b.a("how would you like to pay the balance" if ch == "call" else "How would you like to pay?")
        b.c(f"can you take the {amt} off my card it's ",
            V(" ".join(cg) if ch == "chat" else say_digits(rng, cg, loc), "CARD_NUMBER"),
            f" and can you put reference {ref} on it")
    elif k == "pc":
        if loc == "UK":
            o, i = gen_uk_pc(rng)
            pc = f"{o} {i}" if ch == "chat" else say_alnum(rng, o + " " + i, loc, "plain", "single")
        else:
            z, _ = gen_zip(rng)
            pc = z if ch == "chat" else say_digits(rng, [z], loc)
        b.a("can i take the order number and the " + ("postcode" if loc == "UK" else "zip code"))
        b.c(f"order number's {ref} and the " + ("postcode" if loc == "UK" else "zip") + " is ", V(pc, "POSTCODE"))
    elif k == "email":
        local, dom = gen_email(rng, loc)
        em = f"{local}@{dom}" if ch == "chat" else say_email(rng, local, dom, loc)
        b.a("where should i send the receipt")
        b.c("to ", V(em, "EMAIL"), f" please and it was order {ref} for {money(rng, ch, loc)}")
    elif k == "ssn":
        a_, m_, l_ = gen_ssn(rng)
        sv = f"{a_}-{m_}-{l_}" if ch == "chat" else say_digits(rng, [a_, m_, l_], loc)
        b.a("i'll need the social to pull up the claim")
        b.c(f"sure the claim number is {ref} and my social is ", V(sv, "SSN"),
            f" i called about this on {a_date(rng, ch, loc, False)} too")
    else:
        p_, dg, sfx = gen_ni(rng)
        nv = f"{p_} {dg[:2]} {dg[2:4]} {dg[4:]} {sfx}" if ch == "chat" else \
            say_alnum(rng, p_, loc) + " " + say_digits(rng, [dg], loc) + " " + say_alnum(rng, sfx, loc)
        b.a("and your national insurance number with the case reference please")
        b.c(f"case reference is {ref} and my n i is ", V(nv, "NI_NUMBER"),
            f" i sent the form in {spoken_or(ch, rng.randint(3, 9))} weeks ago")
    if ch == "chat":
        last = b.turns[-1][1]
        if isinstance(last[0], str):
            last[0] = cap(rng, ch, last[0])


PII_BLOCKS = {"CARD_NUMBER": blk_card, "SSN": blk_ssn, "NI_NUMBER": blk_ni, "BANK_ACCOUNT": blk_bank,
              "SORT_CODE": lambda b: blk_bank(b, True), "IBAN": blk_iban, "PHONE": blk_phone,
              "EMAIL": blk_email, "DOB": lambda b: (blk_dob if b.rng.random() < 0.5 else blk_dob_pc)(b), "ADDRESS": blk_address, "POSTCODE": blk_postcode,
              "MIXED": blk_mixed, "CVV": lambda b: blk_exp_cvv(b), "EXPIRY": lambda b: blk_exp_cvv(b)}
LOC_TYPES = {"UK": ["CARD_NUMBER", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
                    "ADDRESS", "POSTCODE"],
             "US": ["CARD_NUMBER", "SSN", "BANK_ACCOUNT", "PHONE", "EMAIL", "DOB", "ADDRESS", "POSTCODE"],
             "IE": ["CARD_NUMBER", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS", "BANK_ACCOUNT"],
             "EU": ["CARD_NUMBER", "IBAN", "PHONE", "EMAIL", "DOB", "ADDRESS"]}


# ---- non-PII conversation --------------------------------------------------
CUR = {"UK": ("£", "pounds", "pence"), "US": ("$", "dollars", "cents"), "IE": ("€", "euro", "cent"),
       "EU": ("€", "euros", "cents")}


def money(rng, ch, loc, lo=5, hi=900):
    a = rng.randint(lo, hi)
    c = rng.choice([0, 0, 50, 99, 20, 45, 75, 10])
    sym, big, small = CUR[loc]
    if ch == "chat":
        return f"{sym}{a}" + (f".{c:02d}" if c else "")
    return f"{num_words(a)} {big}" + (f" {num_words(c)}" if c else "")


def big_money(rng, ch, loc):
    a = rng.randint(40, 480) * 1000 + rng.choice([0, 250, 500, 300, 750])
    sym, word, _ = CUR[loc]
    if ch == "chat":
        return f"{sym}{a:,}"
    th, r = divmod(a, 1000)
    return num_words(th) + " thousand" + ("" if r == 0 else " " + num_words(r)) + " " + word


def spoken_or(ch, n, s=None):
    return str(n) if ch == "chat" else (s or num_words(n))


def ref_number(rng, ch, loc, n=None):
    n = n or rng.randint(6, 10)
    r = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))
    return r if ch == "chat" else say_digits(rng, [r], loc, rng.choice(["single", "runs", "pairs"]))


def a_time(rng, ch):
    h, m = rng.randint(7, 19), rng.choice([0, 15, 30, 45])
    if ch == "chat":
        return f"{h}:{m:02d}" if rng.random() < .6 else f"{(h - 1) % 12 + 1}{'am' if h < 12 else 'pm'}"
    hh = (h - 1) % 12 + 1
    return f"{num_words(hh)}" + ("" if m == 0 else " " + num_words(m)) + (" in the morning" if h < 12 else "")


def a_date(rng, ch, loc, year=True):
    y, m, d = rng.randint(2025, 2027), rng.randint(1, 12), rng.randint(1, 28)
    if ch == "chat":
        if rng.random() < 0.5:
            return f"{d} {MONTHS[m - 1].capitalize()}" + (f" {y}" if year else "")
        return (f"{m}/{d}/{y}" if loc == "US" else f"{d}/{m}/{y}")
    return f"the {ORD[d - 1]} of {MONTHS[m - 1]}" + (f" {year_words(y)}" if year and rng.random() < .4 else "")


def flight(rng, ch, loc):
    al, num = rng.choice(['BA', 'EI', 'FR', 'UA', 'LH', 'DL']), rng.randint(10, 999)
    if ch == "chat" or rng.random() < 0.4:
        return f"{al}{num}"
    return " ".join(al.lower()) + " " + say_digits(rng, [str(num)], loc, rng.choice(["single", "pairs"]))


def chitchat(rng, ch, loc, ind, used):
    """Return a list of (speaker, text) turns with non-PII numbers."""
    M = lambda: money(rng, ch, loc)
    T = lambda: a_time(rng, ch)
    D = lambda: a_date(rng, ch, loc)
    R = lambda n=None: ref_number(rng, ch, loc, n)
    N = lambda n: spoken_or(ch, n)
    opts = {
        "banking": [
            [("customer", f"there's a payment of {M()} on {D()} that i don't recognise"),
             ("agent", f"okay i can see that one it went out at {T()} and it's still pending")],
            [("customer", f"my balance is showing {M()} but it should be more like {M()}"),
             ("agent", f"i can see {N(rng.randint(2, 6))} transactions still processing")],
            [("agent", f"your dispute reference is {R()} if you need to call back"),
             ("customer", "okay got it thanks")],
            [("customer", f"the interest rate went up to {N(rng.randint(3, 29))} percent"),
             ("agent", f"that changed on {D()} for all accounts of that type")]],
        "telecom": [
            [("customer", f"my bill this month is {M()} and normally it's {M()}"),
             ("agent", f"i can see {N(rng.randint(2, 40))} gigabytes of roaming data on {D()}")],
            [("customer", f"the broadband keeps dropping to about {N(rng.randint(2, 20))} megs when we pay for {N(rng.choice([100, 500, 900]))}"),
             ("agent", f"i've opened fault ticket {R()} for you")],
            [("agent", f"your contract started on {D()} and runs for {N(rng.choice([12, 18, 24]))} months"),
             ("customer", "right so i can't leave early")],
            [("customer", f"i've been on hold for {N(rng.randint(20, 55))} minutes already"),
             ("agent", "i'm sorry about the wait it's been very busy today")]],
        "utilities": [
            [("customer", f"the meter reading today is {R(5)}"),
             ("agent", f"thanks that's a bit higher than the estimate of {R(5)} we used")],
            [("agent", f"your direct debit is {M()} a month and it goes out on the {ORD[rng.randint(0, 27)]}"),
             ("customer", "okay that's fine")],
            [("customer", f"the engineer was meant to come at {T()} but nobody turned up"),
             ("agent", f"i'm sorry i can rebook for {D()} between {T()} and {T()}")],
            [("agent", f"your account is in credit by {M()}"),
             ("customer", "can i have that back")]],
        "retail": [
            [("customer", f"i ordered {N(rng.randint(2, 6))} items on {D()} and only got {N(1)}"),
             ("agent", f"i can see order number {R()} was split into two parcels")],
            [("customer", f"the jacket was {M()} and i was charged {M()}"),
             ("agent", f"i'll refund the difference it takes {N(rng.randint(3, 10))} working days")],
            [("agent", f"the return label reference is {R()}"),
             ("customer", "okay and do i need the box")],
            [("customer", f"it's model number {rng.choice(['XR', 'KD', 'QN'])}{rng.randint(100, 990)} the {N(rng.choice([43, 55, 65]))} inch one"),
             ("agent", "yes that model is covered for two years")]],
        "insurance": [
            [("customer", f"the renewal quote is {M()} and last year it was {M()}"),
             ("agent", f"i can see the premium went up about {N(rng.randint(5, 40))} percent")],
            [("agent", f"your claim number is {R()}"),
             ("customer", "let me write that down")],
            [("customer", f"the accident was on {D()} at about {T()}"),
             ("agent", f"and you were doing about {N(rng.randint(10, 40))} miles an hour")],
            [("agent", f"the excess on the policy is {M()}"),
             ("customer", "right okay that's a lot")]],
        "travel": [
            [("customer", f"i'm on flight {flight(rng, ch, loc)} on {D()}"),
             ("agent", f"i can see that departs at {T()} from terminal {N(rng.randint(1, 5))}")],
            [("customer", f"we were in room {spoken_or(ch, rng.randint(101, 780), say_digits(rng, [str(rng.randint(101, 780))], loc, 'single'))} for {N(rng.randint(2, 9))} nights"),
             ("agent", f"and the booking reference is {R(8)} yes")],
            [("agent", f"the change fee would be {M()}"),
             ("customer", "that's ridiculous for a two hour flight")],
            [("customer", f"there are {N(rng.randint(2, 5))} of us travelling two adults and the kids aged {N(rng.randint(3, 9))} and {N(rng.randint(10, 15))}"),
             ("agent", "okay let me check seats for all of you")]],
        "healthcare": [
            [("customer", f"i got a bill for {M()} for an appointment on {D()}"),
             ("agent", f"i see invoice number {R()} and insurance covered {N(rng.randint(50, 90))} percent")],
            [("agent", f"your next appointment is {D()} at {T()}"),
             ("customer", "can we move that to the afternoon")],
            [("customer", f"the copay was supposed to be {M(loc=loc) if False else M()}"),
             ("agent", f"i can put you on a plan of {M()} a month over {N(rng.randint(3, 12))} months")],
            [("agent", f"the statement from {D()} shows a balance of {M()}"),
             ("customer", "i already paid part of that")]],
        "government": [
            [("customer", f"i applied on {D()} and it's been {N(rng.randint(3, 12))} weeks"),
             ("agent", f"your application reference is {R()} and it's with a caseworker")],
            [("agent", f"the payment of {M()} will go out on {D()}"),
             ("customer", "okay that's a relief")],
            [("customer", f"i've got a letter with case number {R()} on it"),
             ("agent", "thanks i can see that case")],
            [("agent", f"the office is open until {T()} on weekdays"),
             ("customer", "okay i'll call back tomorrow")]],
    }
    free = [i for i in range(len(opts[ind])) if (ind, i) not in used]
    if not free:
        return []
    k = rng.choice(free)
    used.add((ind, k))
    turns = opts[ind][k]
    if ch == "chat":
        out = []
        for spk, t in turns:
            t = t.replace(" i ", " I ").replace("i'm", "I'm").replace("i've", "I've")
            out.append((spk, cap(rng, ch, t)))
        return out
    return turns


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare", "government"]
COMPANY = {"banking": "the bank", "telecom": "your mobile provider", "utilities": "the energy company",
           "retail": "the store", "insurance": "the insurer", "travel": "the airline",
           "healthcare": "the billing department", "government": "the benefits office"}
OPEN = {
    "banking": ["hi i'm calling about my account there's something wrong with a payment", "my card was declined yesterday and i don't know why"],
    "telecom": ["hi my bill is way higher than it should be", "my internet keeps cutting out and i want it fixed"],
    "utilities": ["hi i'm moving house and need to set up the gas and electric", "i think my bill is based on an estimate"],
    "retail": ["hi my order hasn't arrived", "i want to return something and get a refund"],
    "insurance": ["hi i need to make a claim on my car insurance", "my renewal price has gone up a lot"],
    "travel": ["hi i need to change my flight", "my luggage didn't arrive and i need to claim"],
    "healthcare": ["hi i got a bill i don't understand", "i want to set up a payment plan for a hospital bill"],
    "government": ["hi i'm calling about my benefit claim", "i need to update my details for my tax account"],
}
CLOSE = [("agent", "is there anything else i can help with today"),
         ("customer", "no that's everything thanks"), ("agent", "you're welcome have a good day")]


def opening(b, ind):
    rng, ch = b.rng, b.ch
    if ch == "chat":
        b.a(rng.choice(["Hi, you're chatting with {n}. How can I help?", "Hello! Thanks for contacting us, this is {n}.",
                        "Welcome to support, my name is {n}. What can I do for you today?"]).format(
            n=rng.choice(["Jess", "Mark", "Ana", "Ravi", "Ciara", "Tom"])))
        b.c(cap(rng, ch, rng.choice(OPEN[ind]).replace("calling", "writing").replace(" i ", " I ").replace("i'm", "I'm")))
    else:
        b.a(f"thank you for calling {COMPANY[ind]} my name's {rng.choice(['sam', 'karen', 'dev', 'orla', 'mike', 'lucy'])} how can i help")
        b.c(rng.choice(OPEN[ind]))


def closing(b):
    rng = b.rng
    k = rng.randint(1, 3) if len(b.turns) >= 7 else rng.randint(2, 3)
    for spk, t in CLOSE[:k]:
        b.add(spk, cap(rng, b.ch, t) if b.ch == "chat" else t)


def add_chit(b, ind):
    for spk, t in chitchat(b.rng, b.ch, b.loc, ind, b.used):
        b.add(spk, t)


PRIMARY_CYCLE = ["CARD_NUMBER", "NI_NUMBER", "SSN", "CARD_NUMBER", "NI_NUMBER", "SSN", "IBAN", "PHONE",
                 "EMAIL", "DOB", "POSTCODE", "ADDRESS", "BANK_ACCOUNT", "SORT_CODE", "CARD_NUMBER",
                 "NI_NUMBER", "SSN", "EXPIRY"]


def loc_for(rng, t):
    if t in ("NI_NUMBER", "SORT_CODE"):
        return "UK"
    if t == "SSN":
        return "US"
    if t == "IBAN":
        return rng.choice(["UK", "IE", "IE", "EU", "EU"])
    if t == "POSTCODE":
        return rng.choice(["UK", "US"])
    return rng.choice(["UK", "UK", "US", "US", "IE", "EU"])


def positive(rng, idx):
    prim = PRIMARY_CYCLE[idx % len(PRIMARY_CYCLE)]
    loc = loc_for(rng, prim)
    ch = rng.choice(["call", "call", "chat"])
    ind = rng.choice(INDUSTRIES)
    b = Builder(rng, ch, loc)
    opening(b, ind)
    add_chit(b, ind)
    extras = rng.sample([t for t in LOC_TYPES[loc] if t != prim], rng.randint(0, 2))
    if prim == "SORT_CODE" and "BANK_ACCOUNT" in extras:
        extras.remove("BANK_ACCOUNT")
    if prim in ("BANK_ACCOUNT", "SORT_CODE") and "SORT_CODE" in extras:
        extras.remove("SORT_CODE")
    if prim == "EXPIRY":
        prim = "CARD_NUMBER"
    order = extras[:1] + [prim] + extras[1:]
    if "SORT_CODE" in order and "BANK_ACCOUNT" in order:
        order.remove("SORT_CODE")
    types_used = []
    if "POSTCODE" in order:
        b.no_pc = True
    if rng.random() < 0.45:
        order.insert(rng.randint(0, len(order)), "MIXED")
    for i, t in enumerate(order):
        if i > 0 and len(b.turns) > 13 and (t != prim or len(b.turns) > 18):
            break
        PII_BLOCKS[t](b)
        types_used.append(t)
        if rng.random() < 0.6 or len(b.turns) < 6:
            add_chit(b, ind)
    while len(b.turns) < 6:
        n0 = len(b.turns)
        add_chit(b, ind)
        if len(b.turns) == n0:
            neg_extra(b, ind)
    closing(b)
    note = f"{ch}/{ind}/{loc}: {' + '.join(x.lower() for x in types_used)} amid conversation"
    return b, note


def negative(rng, idx):
    loc = rng.choice(["UK", "UK", "US", "US", "IE", "EU"])
    ch = rng.choice(["call", "call", "chat"])
    ind = INDUSTRIES[idx % len(INDUSTRIES)]
    b = Builder(rng, ch, loc)
    opening(b, ind)
    for _ in range(rng.randint(2, 4)):
        add_chit(b, ind)
        if rng.random() < 0.5:
            neg_extra(b, ind)
    while len(b.turns) < 6:
        n0 = len(b.turns)
        add_chit(b, ind)
        if len(b.turns) == n0:
            neg_extra(b, ind)
    closing(b)
    return b, f"{ch}/{ind}/{loc}: no PII; amounts, dates, times, references and counts only"


def neg_extra(b, ind):
    rng, ch, loc = b.rng, b.ch, b.loc
    n = lambda x: spoken_or(ch, x)
    M = lambda lo=5, hi=900: money(rng, ch, loc, lo, hi)
    R = lambda k: ref_number(rng, ch, loc, k)
    D = lambda yr=True: a_date(rng, ch, loc, yr)
    T = lambda: a_time(rng, ch)
    Y = lambda y: year_words(y) if ch == "call" else str(y)

    def since():
        y, m, d = rng.randint(1998, 2019), rng.randint(1, 12), rng.randint(1, 28)
        dt = f"the {ORD[d - 1]} of {MONTHS[m - 1]} {year_words(y)}" if ch == "call" else \
            (f"{m}/{d}/{y}" if loc == "US" else f"{d}/{m}/{y}")
        return [("customer", f"i've been a customer since {dt} and this has never happened"),
                ("agent", "i really appreciate your loyalty let me sort this")]

    generic = [
        lambda: [("agent", f"i've logged that under reference {R(10)}"), ("customer", "can you repeat that please"),
                 ("agent", "of course i'll also text it to the number we have on the account")],
        lambda: [("customer", f"i'm {n(rng.randint(67, 94))} so i don't really do things online"),
                 ("agent", "that's no problem at all we can do it all here")],
        lambda: [("agent", f"the payment of {M()} was taken on {D()}"),
                 ("customer", f"and the next one is {M()} right")],
        lambda: [("customer", f"it's been like that since {Y(rng.randint(2015, 2024))}"),
                 ("agent", f"okay i'll note that down so about {n(rng.randint(2, 9))} years")],
        lambda: [("agent", f"please hold for about {n(rng.randint(2, 5))} minutes while i check"), ("customer", "okay"),
                 ("agent", f"thanks for holding i've applied a goodwill credit of {M(5, 60)}")],
        lambda: [("customer", f"the invoice number is {R(rng.randint(7, 10))} dated {D()}"),
                 ("agent", "thank you i've found it")],
        lambda: [("agent", f"your ticket number is {R(rng.randint(6, 9))} and it's been escalated"),
                 ("customer", f"how long will that take"), ("agent", f"usually {n(rng.randint(2, 5))} to {n(rng.randint(6, 10))} working days")],
        since,
        lambda: [("customer", f"the outstanding balance is {big_money(rng, ch, loc)} and we've paid {n(rng.randint(3, 14))} years of it"),
                 ("agent", f"okay and the rate is fixed at {n(rng.randint(2, 6))} point {n(rng.randint(1, 9))} percent until {Y(rng.randint(2027, 2031))}")],
        lambda: [("agent", f"you've got {n(rng.randint(1200, 9800))} loyalty points which is worth about {M(5, 90)}"),
                 ("customer", "oh i didn't know that")],
        lambda: [("customer", f"i waited from {T()} till {T()} and nobody came"),
                 ("agent", f"i'm sorry i'll add {n(rng.randint(10, 30))} pounds compensation" if loc == "UK" else
                  f"i'm sorry i'll add a credit of {M(10, 30)}")],
        lambda: [("customer", f"i called on {D(False)} at {T()} and spoke to someone for {n(rng.randint(20, 50))} minutes"),
                 ("agent", "i can see the notes from that call")],
    ]
    spec = {
        "telecom": lambda: [("agent", f"you've used {n(rng.randint(20, 95))} percent of your allowance with {n(rng.randint(3, 20))} days left"), ("customer", "wow okay")],
        "utilities": lambda: [("customer", f"the thermostat says {n(rng.randint(14, 24))} degrees but it's freezing"),
                              ("agent", f"i'll book an engineer for {D(False)} at {T()}")],
        "retail": lambda: [("agent", f"your order {R(8)} has {n(rng.randint(2, 12))} items totalling {M()}"), ("customer", "yes that sounds right")],
        "travel": lambda: [("customer", f"we landed at {T()} and waited {n(rng.randint(2, 5))} hours for the bags on carousel {n(rng.randint(1, 12))}"),
                           ("agent", f"i'm sorry your baggage claim reference is {R(9)}")],
        "insurance": lambda: [("customer", f"the car is a {Y(rng.randint(2012, 2023))} model with about {n(rng.randint(20, 90))} thousand miles on it"),
                              ("agent", "okay thank you")],
        "healthcare": lambda: [("agent", f"the procedure code on the bill is {R(5)} and it was billed at {M()}"), ("customer", "that seems like a lot")],
        "banking": lambda: [("customer", f"i tried to take out {M(20, 500)} at {T()} and the machine kept my card"), ("agent", "i'm sorry about that let me check")],
        "government": lambda: [("agent", f"we received your form on {D()} and processing takes around {n(rng.randint(4, 16))} weeks"), ("customer", "okay")],
    }
    opts = [("g", i) for i in range(len(generic))] + [("s", ind)]
    free = [o for o in opts if o not in b.used]
    if not free:
        return
    o = rng.choice(free)
    b.used.add(o)
    turns = generic[o[1]]() if o[0] == "g" else spec[ind]()
    for spk, t in turns:
        if ch == "chat":
            t = cap(rng, ch, t.replace(" i ", " I ").replace("i'm", "I'm").replace("i've", "I've").replace("i'll", "I'll"))
        b.add(spk, t)


def generate():
    rng = random.Random(SEED)
    cases, metas = [], []
    for i in range(190):
        b, note = positive(rng, i)
        c, m = b.build(f"{PREFIX}-pos-{i + 1:03d}", "positive", note)
        cases.append(c)
        metas.append(m)
    for i in range(115):
        b, note = negative(rng, i)
        c, m = b.build(f"{PREFIX}-neg-{i + 1:03d}", "negative", note)
        cases.append(c)
        metas.append(m)
    return cases, metas


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
WORD_UNIT = {w: str(i) for i, w in enumerate(UNIT)}
WORD_UNIT.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "for": "4", "to": "2", "too": "2", "ate": "8"})
WORD_TEEN = {w: str(10 + i) for i, w in enumerate(TEENS)}
WORD_TENS = {w: str(k) for k, w in TENS.items()}
NATO_REV = {v: k.upper() for k, v in NATO.items()}
HOMO_REV = {v: k.upper() for k, v in LETTER_HOMO.items() if len(v) > 1 and " " not in v}
FILLERS = {"um", "uh", "er", "erm", "and", "plus", "dash", "hyphen", "space"}


def spoken_to_chars(text, letters):
    if re.search(r"\d", text):  # typed form: keep letters and digits only
        v = re.sub(r"[^A-Za-z0-9]", "", text).upper()
        if not letters and not v.isdigit():
            raise ValueError(f"letters in digit value {text!r}")
        return v
    toks = [t for t in re.split(r"[\s,/()\-]+", text.lower().replace(".", " ")) if t]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        piece = None
        if letters and t == "double" and nxt == "you":
            out.append("W" * mult)
            mult = 1
            i += 2
            continue
        if letters and t in HOMO_REV and not (t in WORD_UNIT):
            out.append(HOMO_REV[t] * mult)
            mult = 1
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if letters and len(t) == 1 and t.isalpha() and t != "o" and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2].startswith(t):
            piece = t.upper()
            i += 3
        elif re.fullmatch(r"\+?[a-z0-9]+", t) and any(c.isdigit() for c in t) or (t.isalpha() and len(t) > 1 and
                                                                                  t.upper() == t.upper() and False):
            piece = t.lstrip("+").upper()
            i += 1
        elif t in WORD_TENS:
            if nxt in WORD_UNIT and WORD_UNIT[nxt] != "0":
                piece = WORD_TENS[t] + WORD_UNIT[nxt]
                i += 2
            else:
                piece = WORD_TENS[t] + "0"
                i += 1
        elif t in WORD_TEEN:
            piece = WORD_TEEN[t]
            i += 1
        elif t in WORD_UNIT and not (letters and t == "o" and False):
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                n2 = toks[j] if j < len(toks) else None
                if n2 in WORD_TEEN:
                    piece, i = WORD_UNIT[t] + WORD_TEEN[n2], j + 1
                elif n2 in WORD_TENS:
                    u = toks[j + 1] if j + 1 < len(toks) else None
                    if u in WORD_UNIT and WORD_UNIT[u] != "0":
                        piece, i = WORD_UNIT[t] + WORD_TENS[n2] + WORD_UNIT[u], j + 2
                    else:
                        piece, i = WORD_UNIT[t] + WORD_TENS[n2] + "0", j + 1
                elif n2 in WORD_UNIT:
                    piece, i = WORD_UNIT[t] + "0" + WORD_UNIT[n2], j + 1
                else:
                    piece, i = WORD_UNIT[t] + "00", i + 2
            else:
                piece = WORD_UNIT[t]
                i += 1
        elif t in FILLERS:
            i += 1
            continue
        elif letters and t in NATO_REV:
            piece = NATO_REV[t]
            i += 1
        elif letters and re.fullmatch(r"[a-z]", t):
            piece = t.upper()
            i += 1
        elif t in FILLERS:
            i += 1
            continue
        else:
            raise ValueError(f"unknown token {t!r} in {text!r}")
        out.append(piece * mult)
        mult = 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
DATE_WORDS = set(MONTHS) | set(" ".join(ORD).split()) | set(UNIT) | set(TEENS) | set(TENS.values()) | \
             {"the", "of", "oh", "o", "nought", "hundred", "thousand", "and"} | {m[:3] for m in MONTHS}


def check_value(typ, text):
    """Return an error string or None."""
    if typ == "EMAIL":
        if "@" in text:
            v = text.lower()
        else:
            toks = text.lower().split()
            m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            out = []
            i = 0
            while i < len(toks):
                t = toks[i]
                if t in m:
                    out.append(m[t])
                elif t in WORD_UNIT or t in WORD_TEEN or t in WORD_TENS or t in ("double", "triple"):
                    j = i
                    while j < len(toks) and (toks[j] in WORD_UNIT or toks[j] in WORD_TEEN or toks[j] in WORD_TENS
                                             or toks[j] in ("double", "triple")):
                        j += 1
                    out.append(spoken_to_chars(" ".join(toks[i:j]), False))
                    i = j
                    continue
                else:
                    out.append(t)
                i += 1
            v = "".join(out)
        return v.replace(" ", "")
    if typ in ("DOB", "EXPIRY"):
        toks = [t for t in re.split(r"[\s,/.\-]+", text.lower()) if t]
        nums = 0
        for t in toks:
            if t.isdigit():
                nums += 1
            elif t not in DATE_WORDS:
                return f"bad date token {t!r}"
            elif t not in ("the", "of", "and"):
                nums += 1
        if typ == "EXPIRY":
            digits = re.findall(r"\d+", text)
            if digits and not (len(digits) == 2 and 1 <= int(digits[0]) <= 12):
                return f"bad expiry {text!r}"
        return None if nums >= 2 else f"date too short {text!r}"
    if typ == "ADDRESS":
        toks = [t for t in re.split(r"[\s,]+", text.lower()) if t]
        has_num = any(t.isdigit() or t in WORD_UNIT or t in WORD_TEEN or t in WORD_TENS for t in toks)
        has_sfx = any(t in SUFFIXES or t.endswith("strasse") or t.endswith("gracht") for t in toks)
        return None if has_num and has_sfx else f"bad address {text!r}"
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    try:
        v = spoken_to_chars(text, letters)
    except ValueError as e:
        return str(e)
    if not letters and not v.isdigit():
        return f"non-digit {v!r}"
    return v


def check_group(typ, v):
    n = len(v)
    if typ == "CARD_NUMBER":
        return None if 13 <= n <= 19 and luhn_ok(v) else f"bad card {v}"
    if typ == "CVV":
        return None if n in (3, 4) else f"bad cvv {v}"
    if typ == "SSN":
        return None if n == 9 and v[:3] not in ("000", "666") and v[3:5] != "00" and v[5:] != "0000" else f"bad ssn {v}"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(v) else f"bad ni {v}"
    if typ == "BANK_ACCOUNT":
        return None if 6 <= n <= 12 else f"bad account {v}"
    if typ == "SORT_CODE":
        return None if n == 6 else f"bad sort {v}"
    if typ == "IBAN":
        return None if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v) and iban_ok(v) else f"bad iban {v}"
    if typ == "EMAIL":
        return None if EMAIL_RE.match(v) else f"bad email {v!r}"
    if typ == "PHONE":
        return None if 9 <= n <= 13 else f"bad phone {v}"
    if typ == "POSTCODE":
        return None if UK_PC.match(v) or re.fullmatch(r"\d{5}(\d{4})?", v) else f"bad postcode {v}"
    return None


def validate(cases, metas):
    errs = []
    ids = set()
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if cid in ids:
            errs.append(f"duplicate id {cid}")
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(f"{cid}: positive without spans")
        if not (8 <= len(c["turns"]) <= 40):
            errs.append(f"{cid}: {len(c['turns'])} turns")
        last = {}
        groups = {}
        for sp, gid in zip(c["spans"], meta):
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append(f"{cid}: span out of range {sp}")
                continue
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()) or not (t[s].isalnum() or t[s] in "+(") \
                    or not (t[e - 1].isalnum()):
                errs.append(f"{cid}: span not on word boundary {t[s:e]!r}")
            if sp["turn"] in last and s < last[sp["turn"]]:
                errs.append(f"{cid}: overlapping spans")
            last[sp["turn"]] = e
            if sp["type"] not in TYPES:
                errs.append(f"{cid}: bad type")
            r = check_value(sp["type"], t[s:e])
            if sp["type"] in ("DOB", "EXPIRY", "ADDRESS"):
                if r:
                    errs.append(f"{cid}: {r}")
                continue
            if r is None or not isinstance(r, str) or (r and " " in r):
                errs.append(f"{cid}: {r}")
                continue
            key = gid if gid is not None else id(sp)
            groups.setdefault((sp["type"], key), []).append(r)
        # spans whose gid is used only for a discarded self-correction are validated loosely
        gid_count = Counter(meta)
        for (typ, key), vals in groups.items():
            v = "".join(vals)
            err = check_group(typ, v)
            if err:
                # self-corrected fragment (abandoned reading): allow a strict prefix-length failure
                if typ in ("CARD_NUMBER", "SSN", "NI_NUMBER") and len(vals) == 1 and gid_count[key] == 1 and \
                        is_abandoned(c, meta, key):
                    continue
                errs.append(f"{cid}: {err}")
    return errs


def is_abandoned(c, meta, key):
    for sp, gid in zip(c["spans"], meta):
        if gid == key:
            t = c["turns"][sp["turn"]]["text"][sp["end"]:]
            return any(w in t for w in ("start again", "wife's", "card out"))
    return False


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = Counter(sp["type"] for c in cases for sp in c["spans"])
    pos = sum(c["kind"] == "positive" for c in cases)
    return cnt, pos, len(cases) - pos


def readme(cases):
    cnt, pos, neg = counts(cases)
    chat = sum(c["note"].startswith("chat") for c in cases)
    rows = "\n".join(f"| {t} | {cnt.get(t, 0)} |" for t in TYPES)
    return f"""# PII hold-out set h71

**Never use this set for tuning.**  It is a held-out evaluation set: do not
look at its failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent test author.  The author did
not read the redaction code, its tests, its docs, the benchmark script or any
other PII fixture; only a three-line example of the JSONL format was seen.
Every case is generated by `scripts/make_pii_holdout71.py` (standard library,
one `random.Random({SEED})`), byte-for-byte reproducibly.  Turns are
assembled from plain-text segments and labelled value segments, so offsets
are computed, never typed.  `--check` regenerates the file, compares it
byte for byte and validates ids, offsets, word boundaries, overlaps and every
value after normalising spoken forms (Luhn, mod-97, NI format, digit counts,
postcode shapes).

Emphasis: long whole calls and chats (8-20+ turns) in banking, telecom,
utilities, retail, insurance, travel, healthcare billing and government
services, across the UK, US, Ireland and the EU, where PII appears amid the
ordinary numbers of the conversation (amounts, dates, times, order / ticket /
claim / invoice references, flight and room numbers, meter readings,
percentages, ages).  {chat} cases are typed chat, the rest are ASR-style call
transcripts (lower case, no punctuation, numbers as words: "oh"/"o"/"nought",
"double"/"triple", pairs such as "forty one", "hundred", homophones "for"/
"to"/"ate" for four/two/eight, letters spelled plainly, "b for bravo", as
NATO words or as letter homophones, e-mails as "dot"/"at", values split over
several customer turns with agent back-channels, self-corrections,
interruptions mid-reading, agent read-backs, two values in one turn, and
PII in the same turn as order/claim references, amounts and times).

## Annotation conventions

* A span covers only the value itself: no lead-in words ("it's", "my card
  is", "sort code") and no trailing chit-chat.  Filler words said *inside* a
  reading ("um", "er") are inside the span.
* A value split over several turns gets one span per turn, each covering that
  turn's part (the surrounding "mhm" / "go on" agent turns are unlabelled).
* Values read back by the agent are labelled as well.
* In a self-correction the abandoned partial reading is labelled too (it is
  still the customer's data) with the same type, and the corrected reading is
  a separate span.
* Card + expiry + CVV in one message are three separate spans.  When a
  caller breaks off mid-reading ("... sorry the dog's going mad ...") the two
  halves are two spans and the interruption is outside them.
* Typed phone numbers: the span starts at "+" or "(" when present and
  includes "(0)"; spoken "plus" is inside the span.  E-mail spans include the
  spoken "at" / "dot" words; when split as "<local part>" / "at <domain>"
  over two turns each part is its own span.
* Letters may be written plainly ("q q"), as "x for <word>", as NATO words,
  or as an ASR homophone ("bee", "see", "are", "why", "double you", "zed",
  "kay", "jay", "el", "em", "en", "ess", "aitch", "ex", "gee", "dee", "tee",
  "you", "pee", "vee", "queue"); digits may appear as homophones "for", "to",
  "ate".  All of that is inside the span.
* ADDRESS is the house number plus street (chat: plus town); the postcode /
  ZIP is a separate POSTCODE span.  In calls the town after "in" is outside
  the span.
* DOB spans include "the ... of" wording when said ("the fourth of march
  nineteen eighty").  EXPIRY covers month and year only.
* Numbers that are not PII (money, dates of payments/appointments, times,
  durations, counts, percentages, ages, reference/order/claim/invoice/ticket
  numbers up to 10 digits with their reference word, flight, room and model
  numbers, meter readings) are never labelled; negatives contain only those.

## Counts

Cases: {pos} positive, {neg} negative ({len(cases)} total).

| type | spans |
|---|---|
{rows}

Scoring reminder: a span is found when every letter/digit in it is covered by
a redaction; a negative fails if anything in it is redacted.
"""


def main():
    cases, metas = generate()
    text = dump(cases)
    errs = validate(cases, metas)
    cnt, pos, neg = counts(cases)
    for t in TYPES:
        if cnt.get(t, 0) < MIN_SPANS[t]:
            errs.append(f"too few {t}: {cnt.get(t, 0)}")
    if pos < 170 or neg < 100:
        errs.append(f"too few cases {pos}/{neg}")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        else:
            # re-validate from the file contents as well
            file_cases = [json.loads(l) for l in CASES.read_text(encoding="utf-8").splitlines()]
            errs += validate(file_cases, metas)
        if not README.exists() or README.read_text(encoding="utf-8") != readme(cases):
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(readme(cases), encoding="utf-8")
    print(f"cases: {len(cases)} ({pos} positive, {neg} negative)")
    turns = [len(c["turns"]) for c in cases]
    print(f"turns per case: min {min(turns)} max {max(turns)} mean {sum(turns) / len(turns):.1f}")
    for t in TYPES:
        print(f"  {t:13s} {cnt.get(t, 0)}")
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" if "--check" in sys.argv else f"wrote {CASES} and {README}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

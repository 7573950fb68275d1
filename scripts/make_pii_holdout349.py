#!/usr/bin/env python3
"""Generate the pii_holdout349 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout349.py          # write cases.jsonl
    python scripts/make_pii_holdout349.py --check  # regenerate and validate

Standard library only. Every offset is computed from segments; nothing is typed by hand.
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 349241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout349", "cases.jsonl")

# ---------------------------------------------------------------- segments


class V:
    """A labelled value segment. group ties spans of the same spoken value together."""

    def __init__(self, text, typ, group, mode="full"):
        self.text, self.typ, self.group, self.mode = text, typ, group, mode


def build_case(turns):
    """turns: list of (speaker, [str | V, ...]). Returns turns json, spans (with private meta)."""
    out_turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ,
                              "_group": s.group, "_mode": s.mode})
            else:
                text += s
        out_turns.append({"speaker": speaker, "text": text})
    return out_turns, spans


# ---------------------------------------------------------------- spoken forms

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = ["um", "uh", "er", "erm", "uhh"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bravo", "c": "cat", "d": "dog", "e": "echo", "g": "george",
        "h": "harry", "j": "james", "k": "king", "l": "london", "m": "mother", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "y": "yellow",
        "z": "zebra", "i": "ireland", "f": "freddie", "q": "queen", "x": "x-ray", "u": "uncle", "v": "victor"}


def zero_word(rng):
    return rng.choice(["oh", "oh", "o", "zero", "zero", "nought"])


def say_digit(d, rng, zw=None):
    if d == "0":
        return zw or zero_word(rng)
    return UNITS[int(d)]


def say_pair(p, rng, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return say_digit(p[0], rng, zw) + " " + say_digit(p[1], rng, zw)
    if a == 1:
        return TEENS[b]
    if b == 0:
        return UNITS[a] + " " + (zw or "oh")
    return TENS[a] + " " + UNITS[b]


def say_chunk(chunk, rng, style, zw):
    """Speak a digit chunk. style: digits|pairs|hundreds|mixed."""
    if style == "mixed":
        style = rng.choice(["digits", "digits", "pairs", "hundreds"])
    if style == "hundreds" and len(chunk) == 3 and chunk[0] != "0" and chunk[1:] != "00":
        rest = int(chunk[1:])
        if rest < 10:
            tail = UNITS[rest]
        elif rest < 20:
            tail = TEENS[rest - 10]
        elif rest % 10 == 0:
            tail = TENS[rest // 10]
        else:
            tail = TENS[rest // 10] + " " + UNITS[rest % 10]
        return UNITS[int(chunk[0])] + " hundred and " + tail
    if style == "pairs" and len(chunk) % 2 == 0:
        return " ".join(say_pair(chunk[i:i + 2], rng, zw) for i in range(0, len(chunk), 2))
    # digits with double / triple
    words, i = [], 0
    while i < len(chunk):
        d = chunk[i]
        run = 1
        while i + run < len(chunk) and chunk[i + run] == d and run < 3:
            run += 1
        if run == 3 and rng.random() < 0.7:
            words.append("triple " + say_digit(d, rng, zw))
            i += 3
        elif run >= 2 and rng.random() < 0.7:
            words.append("double " + say_digit(d, rng, zw))
            i += 2
        else:
            words.append(say_digit(d, rng, zw))
            i += 1
    return " ".join(words)


def speak_digits(digits, groups, rng, style="mixed", fillers=0.0, sep=None):
    """Speak a digit string chunked by groups; optional fillers inside (never at edges)."""
    zw = zero_word(rng) if rng.random() < 0.8 else None
    chunks, i = [], 0
    for g in groups:
        chunks.append(digits[i:i + g])
        i += g
    if i < len(digits):
        chunks.append(digits[i:])
    parts = [say_chunk(c, rng, style, zw) for c in chunks if c]
    out = parts[0]
    for p in parts[1:]:
        j = sep if sep is not None else rng.choice([" ", ", ", " ", "... ", " - "])
        if rng.random() < fillers:
            j = j.rstrip() + " " + rng.choice(FILLERS) + rng.choice([" ", ", ", "... "])
        out += j + p
    return out


def speak_letter(c, rng, nato=0.5):
    c = c.lower()
    r = rng.random()
    if r < nato:
        return c + " for " + NATO[c]
    if r < nato + 0.15:
        return c + " as in " + FOLK[c]
    return c


def speak_alnum(s, rng, nato=0.4, fillers=0.0):
    """Speak mixed letters/digits (NI numbers, postcodes, IBANs)."""
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(speak_digits(buf, [2] * 10 if len(buf) % 2 == 0 and rng.random() < 0.3 else [len(buf)], rng, "digits", sep=" "))
            buf = ""
        if ch == " ":
            continue
        out.append(speak_letter(ch, rng, nato))
    if buf:
        out.append(speak_digits(buf, [len(buf)], rng, "digits"))
    s2 = out[0]
    for p in out[1:]:
        j = rng.choice([" ", " ", ", "])
        if rng.random() < fillers:
            j = " " + rng.choice(FILLERS) + " "
        s2 += j + p
    return s2


# ---------------------------------------------------------------- normalisation (for --check)

WORDNUM = {w: i for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEENNUM = {w: 10 + i for i, w in enumerate(TEENS)}
TENNUM = {w: i * 10 for i, w in enumerate(TENS) if w}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
SKIP = set(FILLERS) | {"hmm", "dash", "hyphen", "space", "slash", "the", "of", "st", "nd",
                       "rd", "th", "sorry", "and"}
NATO_WORDS = {v.replace("-", ""): k for k, v in NATO.items()}


def normalise(text):
    """Spoken/typed value -> compact upper-case alnum string (+ kept for phones)."""
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"\+|[a-z]+|\d+", t)
    out, i = [], 0

    def unit_at(j):
        if j < len(toks):
            if toks[j] in WORDNUM:
                return WORDNUM[toks[j]]
            if toks[j] in ORD_UNITS:
                return ORD_UNITS[toks[j]]
        return None

    while i < len(toks):
        w = toks[i]
        if w == "+" or w == "plus":
            out.append("+")
            i += 1
        elif w.isdigit():
            out.append(w)
            i += 1
        elif w in ("double", "triple"):
            n = 2 if w == "double" else 3
            i += 1
            if i < len(toks) and toks[i] in WORDNUM:
                out.append(str(WORDNUM[toks[i]]) * n)
                i += 1
            elif i < len(toks) and toks[i].isdigit():
                out.append(toks[i] * n)
                i += 1
            elif i < len(toks) and len(toks[i]) == 1:
                out.append(toks[i].upper() * n)
                i += 1
        elif unit_at(i) is not None and i + 1 < len(toks) and toks[i + 1] == "hundred":
            d = unit_at(i)
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
                if i < len(toks) and toks[i] in TENNUM:
                    n = TENNUM[toks[i]]
                    i += 1
                    if unit_at(i) is not None:
                        n += unit_at(i)
                        i += 1
                elif i < len(toks) and toks[i] in TEENNUM:
                    n = TEENNUM[toks[i]]
                    i += 1
                else:
                    n = unit_at(i) or 0
                    i += 1
                out.append("%d%02d" % (d, n))
            else:
                out.append("%d00" % d)
        elif unit_at(i) is not None:
            out.append(str(unit_at(i)))
            i += 1
        elif w in TEENNUM or w in ORD_TEENS:
            out.append(str(TEENNUM.get(w, ORD_TEENS.get(w))))
            i += 1
        elif w in TENNUM:
            n = TENNUM[w]
            i += 1
            u = unit_at(i)
            if u is not None and u != 0:
                n += u
                i += 1
            out.append(str(n))
        elif len(w) == 1:
            out.append(w.upper())
            i += 1
            if i < len(toks) and toks[i] == "for":
                i += 2
            elif i + 1 < len(toks) and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
        elif w in NATO_WORDS:
            out.append(NATO_WORDS[w].upper())
            i += 1
        elif w in SKIP:
            i += 1
        elif len(w) <= 4:  # typed letter run, e.g. "AIBK", "hl", "ny"
            out.append(w.upper())
            i += 1
        else:
            out.append("<" + w + ">")
            i += 1
    return "".join(out)


def normalise_email(text):
    t = text.strip().lower()
    if "@" in t:
        return t
    toks = t.replace(",", " ").split()
    out, i = [], 0
    rep = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        w = toks[i]
        if w in rep:
            out.append(rep[w])
            i += 1
            continue
        if w in FILLERS:
            i += 1
            continue
        if w == "all" and i + 1 < len(toks) and toks[i + 1] == "one":
            i += 2
            continue
        j = i
        while j < len(toks) and toks[j] not in rep and (toks[j] in WORDNUM or toks[j] in TENNUM
                                                          or toks[j] in TEENNUM or toks[j] in ("double", "triple")):
            j += 1
        if j > i:
            out.append(normalise(" ".join(toks[i:j])))
            i = j
            continue
        if len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out.append(w)
            i += 3
            continue
        out.append(w)
        i += 1
    return "".join(out).lower()


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_WORDS = ("street", "st", "road", "rd", "lane", "avenue", "ave", "close", "drive",
                "dr", "way", "court", "crescent", "terrace", "place", "gardens", "grove",
                "boulevard", "blvd", "kingsway", "park", "row", "square", "hill", "walk", "mews")


def has_date_parts(text):
    low = text.lower()
    mon = any(re.search(r"\b" + m, low) for m in MON3)
    digits = re.sub(r"\D", "", normalise(text)) if not mon else ""
    return mon, digits


def validate(typ, text, mode):
    """Return an error string or None."""
    n = normalise(text)
    if "<" in n and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
        return "unparsed words %s" % n
    if mode == "fragment":
        return None if re.fullmatch(r"[0-9A-Z]+", n) else "bad fragment %r" % n
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "card %s" % n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "cvv %s" % n
    if typ == "SSN":
        ok = n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" \
            and n[3:5] != "00" and n[5:] != "0000"
        return None if ok else "ssn %s" % n
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(n) else "ni %s" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "sort %s" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 17 else "acct %s" % n
    if typ == "IBAN":
        return None if iban_ok(n) else "iban %s" % n
    if typ == "PHONE":
        ok = re.fullmatch(r"\+?\d{7,15}", n) is not None
        return None if ok else "phone %s" % n
    if typ == "EMAIL":
        e = normalise_email(text)
        ok = re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) is not None
        return None if ok else "email %s" % e
    if typ == "POSTCODE":
        ok = UKPC_RE.fullmatch(n) or re.fullmatch(r"\d{5}(\d{4})?", n)
        return None if ok else "postcode %s" % n
    if typ == "ADDRESS":
        low = text.lower()
        first = re.findall(r"[a-z]+|\d+", low)[0]
        ok_start = first.isdigit() or first in WORDNUM or first in TENNUM or first in TEENNUM \
            or first in ("flat", "apt", "apartment", "unit", "suite")
        ok_street = any(re.search(r"\b" + w + r"\b", low) for w in STREET_WORDS)
        return None if ok_start and ok_street else "address %s" % text
    if typ in ("DOB", "EXPIRY"):
        mon, digits = has_date_parts(text)
        if typ == "DOB":
            ok = (mon and re.search(r"\d{2}|nineteen|two thousand|twenty", text.lower())) \
                or 5 <= len(digits) <= 8
        else:
            ok = mon or len(digits) in (3, 4, 6)
        return None if ok else "%s %s" % (typ, text)
    return "unknown type " + typ


# ---------------------------------------------------------------- value generators


def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "up19"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice(["9", "5", "0", "1", "7"]), 16, rng), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16, rng), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13, rng), [4, 3, 3, 3]
    return luhn_complete("62", 19, rng), [4, 4, 4, 4, 3]


def fmt_groups(d, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    return sep.join(x for x in out if x)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def gen_ni(rng):
    f = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    s = rng.choice("ABCEGHJKLMNPRSTWXYZ")
    return f + s + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "NL", "ES", "FR", "IE", "GB"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "MIDL", "LLYD", "HBUK"]) + dg(14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BNIE", "IPBS", "ULSB"]) + dg(14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "KNAB", "TRIA"]) + dg(10)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return make_iban(cc, bban)


def spaced4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "EC", "N", "M", "B", "LS", "G", "EH", "CF", "BT", "NE", "L", "BS",
            "CR", "DN", "KT", "RG", "YE", "HU", "WR", "CB", "NG", "ST", "TW", "E", "W"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randint(1, 29)) if len(a) == 2 else str(rng.randint(1, 9))
    if a in ("SW", "EC", "W") and rng.random() < 0.3:
        d = str(rng.randint(1, 9)) + rng.choice("AY")
    inward = str(rng.randint(1, 9)) + rng.choice(INWARD) + rng.choice(INWARD)
    return a + d, inward


def gen_zip(rng):
    z = "%05d" % rng.randint(1001, 99950)
    if rng.random() < 0.3:
        return z + "-" + "%04d" % rng.randint(1, 9999)
    return z


STREETS_UK = ["Acacia Avenue", "Mill Lane", "Station Road", "Church Street", "Victoria Road",
              "Kingsway", "Orchard Close", "Beech Grove", "Hawthorn Drive", "Albert Terrace",
              "Queens Crescent", "Park View Road", "Sycamore Gardens", "Priory Walk", "Cherry Tree Court"]
STREETS_US = ["Maple Street", "Elm Avenue", "W 34th Street", "Sunset Blvd", "Lakeview Drive",
              "Pine Ridge Road", "Cedar Lane", "N Main Street", "Harbor Way", "Willow Court"]
STREETS_IE = ["Grafton Street", "Dorset Street Upper", "Ballymun Road", "Shop Street", "Patrick Street"]
TOWNS_UK = ["Leeds", "Croydon", "Manchester", "Bristol", "Cardiff", "Hull", "Reading", "Nottingham"]
TOWNS_US = ["Austin", "Columbus", "Portland", "Tampa", "Denver", "Sacramento"]

FIRST = ["james", "sarah", "priya", "tom", "aoife", "mohammed", "li", "grace", "dev", "niamh",
         "carlos", "emma", "olu", "kasia", "ben", "fatima", "liam", "chloe", "raj", "megan"]
LAST = ["smith", "patel", "o'brien", "nguyen", "kowalski", "murphy", "jones", "khan", "garcia",
        "walsh", "brown", "taylor", "evans", "chen", "hughes", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "icloud.com",
           "eircom.net", "live.ie", "aol.com", "protonmail.com", "web.de"]

INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]

AGENT_OPEN = {
    "banking": "Thanks for calling the card services team, ",
    "telecom": "You're through to mobile billing, ",
    "utilities": "Energy accounts, ",
    "retail": "Online orders team, ",
    "insurance": "Claims and renewals, ",
    "travel": "Bookings desk, ",
    "healthcare billing": "Patient billing office, ",
    "government services": "Benefits helpline, ",
}


# ---------------------------------------------------------------- positive templates

def gid(ctx):
    ctx["g"] += 1
    return ctx["g"]


def p_card_typed(rng, ctx):
    card, groups = gen_card(rng)
    sep = rng.choice([" ", "-", "", " ", ".", "  "])
    if rng.random() < 0.2:  # odd grouping
        groups = [rng.randint(2, 6) for _ in range(8)]
    ct = fmt_groups(card, groups, sep)
    g = gid(ctx)
    lead = rng.choice(["card no: ", "Card number ", "its ", "card is ", "CC#", "here you go ",
                       "long number on the card: ", "Card - "])
    segs = [rng.choice(["hi, ", "Hello ", "", "ok "]) + lead, V(ct, "CARD_NUMBER", g)]
    note = "typed chat card number"
    if rng.random() < 0.6:
        mm, yy = rng.randint(1, 12), rng.randint(25, 31)
        exp = rng.choice(["%02d/%02d" % (mm, yy), "%02d-%d" % (mm, 2000 + yy), "%d/%d" % (mm, yy),
                          "%s %d" % (MONTHS[mm - 1].capitalize()[:3], 2000 + yy)])
        segs += [rng.choice([" exp ", ", expiry ", " valid thru ", " expires "]), V(exp, "EXPIRY", gid(ctx))]
        note += " + expiry"
    if rng.random() < 0.5:
        cvv = "%04d" % rng.randint(0, 9999) if len(card) == 15 else "%03d" % rng.randint(0, 999)
        segs += [rng.choice([" cvv ", ", security code ", " CVC: ", " and the 3 digits on the back are "]),
                 V(cvv, "CVV", gid(ctx))]
        note += " + cvv"
    turns = [("agent", [rng.choice(["Could you type the card number into the secure chat please?",
                                    "Please provide the card you'd like to pay with."])]),
             ("customer", segs)]
    if rng.random() < 0.4:
        turns.append(("agent", ["Thanks, I can see the card ending " + card[-4:] + ", taking payment now."]))
        # last four after full card in the same case -> labelled
        turns[-1] = ("agent", ["Thanks, I can see the card ending ", V(card[-4:], "CARD_NUMBER", gid(ctx), "fragment"),
                               ", taking payment now."])
        note += "; last four echoed after full card (labelled)"
    return turns, note


def p_card_spoken(rng, ctx):
    card, groups = gen_card(rng)
    style = rng.choice(["digits", "pairs", "mixed", "mixed", "hundreds"])
    sp = speak_digits(card, groups, rng, style, fillers=0.3)
    g = gid(ctx)
    ind = rng.choice(INDUSTRIES)
    turns = [("agent", [AGENT_OPEN[ind].lower() + "can i take the long card number please"]),
             ("customer", [rng.choice(["yeah it's ", "ok so ", "um right it's ", "", "yep ", "so that's "]),
                           V(sp, "CARD_NUMBER", g)])]
    note = "ASR card number (%s style)" % style
    if rng.random() < 0.5:
        rb = speak_digits(card, groups, rng, "digits", sep=" ")
        turns.append(("agent", ["let me just read that back ", V(rb, "CARD_NUMBER", gid(ctx)), " is that right"]))
        turns.append(("customer", [rng.choice(["yep", "that's it", "yes correct", "mm hm yeah"])]))
        note += " + agent read-back"
    if rng.random() < 0.5:
        mm, yy = rng.randint(1, 12), rng.randint(25, 31)
        exp = rng.choice([say_pair("%02d" % mm, rng, "oh") + " " + say_pair("%02d" % yy, rng, "oh"),
                          MONTHS[mm - 1] + " twenty " + say_pair("%02d" % yy, rng, "oh"),
                          say_pair("%02d" % mm, rng, "oh") + " slash " + say_pair("%02d" % yy, rng, "oh")])
        turns.append(("agent", ["and the expiry"]))
        turns.append(("customer", [rng.choice(["", "it's ", "uh "]), V(exp, "EXPIRY", gid(ctx))]))
        note += " + spoken expiry"
    if rng.random() < 0.4:
        cvv = "%03d" % rng.randint(0, 999)
        turns.append(("agent", ["and the three digit code on the back"]))
        turns.append(("customer", [rng.choice(["", "that's ", "erm "]),
                                   V(speak_digits(cvv, [3], rng, "mixed"), "CVV", gid(ctx))]))
        note += " + spoken cvv"
    return turns, note


def p_card_split(rng, ctx):
    card, groups = gen_card(rng)
    g = gid(ctx)
    chunks, i = [], 0
    for gr in groups:
        chunks.append(card[i:i + gr])
        i += gr
    turns = [("agent", ["ok go ahead with the card number whenever you're ready"])]
    for k, c in enumerate(chunks):
        turns.append(("customer", [rng.choice(["", "", "then ", "ok "]) if k else "",
                                   V(say_chunk(c, rng, rng.choice(["digits", "pairs", "mixed"]), None), "CARD_NUMBER", g)]))
        if k < len(chunks) - 1:
            turns.append(("agent", [rng.choice(["mhm", "go on", "yep", "ok", "uh huh", "got that", "right"])]))
    note = "ASR card split over %d customer turns with back-channels" % len(chunks)
    if rng.random() < 0.5:
        turns.append(("agent", ["so that's the card ending in ",
                                V(speak_digits(card[-4:], [4], rng, "digits"), "CARD_NUMBER", gid(ctx), "fragment"),
                                " yeah"]))
        note += "; last four read back (labelled, full card in case)"
    return turns, note


def p_card_restart(rng, ctx):
    card, groups = gen_card(rng)
    g1, g2 = gid(ctx), gid(ctx)
    full = speak_digits(card, groups, rng, "digits", fillers=0.2)
    cut = rng.randint(5, 9)
    wrong = card[:cut - 1] + str((int(card[cut - 1]) + rng.randint(1, 8)) % 10)
    partial = speak_digits(wrong, groups, rng, "digits")
    turns = [("agent", ["whenever you're ready with the card"]),
             ("customer", [V(partial, "CARD_NUMBER", g1, "fragment"),
                           rng.choice([" no wait sorry let me start again ", " oh hang on that's wrong, ",
                                       " no no sorry scratch that. ", " actually sorry, from the top, "]),
                           V(full, "CARD_NUMBER", g2)])]
    return turns, "ASR card reading restarted after an error (abandoned partial labelled)"


def p_card_aside(rng, ctx):
    card, groups = gen_card(rng)
    g = gid(ctx)
    cut = rng.choice([4, 8]) if groups[0] == 4 else 4
    a = speak_digits(card[:cut], [4, 4], rng, "mixed")
    b = speak_digits(card[cut:], groups[1:] if cut == 4 else groups[2:], rng, "mixed", fillers=0.2)
    aside = rng.choice([" hang on the kids are shouting, sorry, ", " wait let me get my glasses... right ",
                        " sorry the dog's barking, where was i, yeah ", " bear with me it's worn off a bit, "])
    turns = [("agent", ["and the card number"]),
             ("customer", [rng.choice(["ok ", "so ", ""]), V(a, "CARD_NUMBER", g), aside, V(b, "CARD_NUMBER", g)])]
    return turns, "ASR card with an aside in the middle of the reading"


def p_card_email(rng, ctx):
    card, groups = gen_card(rng)
    g = gid(ctx)
    ct = fmt_groups(card, groups, rng.choice([" ", "-"]))
    name = rng.choice(FIRST).capitalize()
    body = ["Subject: Re: failed payment\n\nHi,\n\nPlease charge my other card instead - ", V(ct, "CARD_NUMBER", g),
            ". The one ending " + rng.choice(["1234", "9981", "0452"]) + " was cancelled.\n\nThanks,\n" + name]
    return [("customer", body)], "e-mail with card number and an unrelated old card last four"


def p_ssn(rng, ctx):
    ssn = gen_ssn(rng)
    mode = rng.choice(["typed", "typed", "spoken", "spoken", "split", "readback"])
    g = gid(ctx)
    ind = rng.choice(["banking", "healthcare billing", "government services", "insurance", "telecom"])
    if mode == "typed":
        t = rng.choice([ssn[:3] + "-" + ssn[3:5] + "-" + ssn[5:], ssn, ssn[:3] + " " + ssn[3:5] + " " + ssn[5:],
                        ssn[:3] + "." + ssn[3:5] + "." + ssn[5:]])
        lead = rng.choice(["SSN: ", "ssn is ", "Social - ", "my soc sec # ", "SS#", "social security no. "])
        return [("agent", ["For %s verification I need your Social Security number." % ind]),
                ("customer", [lead, V(t, "SSN", g), rng.choice(["", " thx", ". DOB to follow"])])], "typed SSN"
    if mode == "spoken":
        sp = speak_digits(ssn, [3, 2, 4], rng, rng.choice(["digits", "mixed", "pairs"]), fillers=0.3)
        return [("agent", ["can you confirm your social"]),
                ("customer", [rng.choice(["sure it's ", "yeah ", "uh ", "it is "]), V(sp, "SSN", g)])], "ASR SSN"
    if mode == "split":
        turns = [("agent", ["and the social security number"]),
                 ("customer", [V(speak_digits(ssn[:3], [3], rng, "mixed"), "SSN", g)]),
                 ("agent", [rng.choice(["mhm", "ok", "go on"])]),
                 ("customer", [V(speak_digits(ssn[3:5], [2], rng, "mixed"), "SSN", g)]),
                 ("agent", [rng.choice(["yep", "uh huh"])]),
                 ("customer", [V(speak_digits(ssn[5:], [2, 2], rng, "mixed"), "SSN", g)])]
        return turns, "ASR SSN split over three turns"
    sp = speak_digits(ssn, [3, 2, 4], rng, "digits")
    rb = speak_digits(ssn, [3, 2, 4], rng, "digits", sep=" ")
    return [("customer", ["my social's ", V(sp, "SSN", g)]),
            ("agent", ["thank you so that's ", V(rb, "SSN", gid(ctx)), " correct"]),
            ("customer", ["correct"])], "ASR SSN with agent read-back"


def p_ni(rng, ctx):
    ni = gen_ni(rng)
    g = gid(ctx)
    mode = rng.choice(["typed", "typed", "spoken", "nato", "split", "readback"])
    if mode == "typed":
        t = rng.choice([ni, ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                        ni.lower(), ni[:2] + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:]])
        lead = rng.choice(["NI no: ", "national insurance number is ", "NINO ", "ni number - ", "my NI: "])
        return [("agent", ["To update your pension record I need your National Insurance number."]),
                ("customer", [lead, V(t, "NI_NUMBER", g)])], "typed NI number"
    if mode in ("spoken", "nato"):
        sp = speak_alnum(ni, rng, nato=0.8 if mode == "nato" else 0.1, fillers=0.15)
        return [("agent", ["can i take your national insurance number please"]),
                ("customer", [rng.choice(["yeah it's ", "ok ", "right ", ""]), V(sp, "NI_NUMBER", g)])], \
            "ASR NI number (%s)" % mode
    if mode == "split":
        turns = [("agent", ["national insurance number"]),
                 ("customer", [V(speak_alnum(ni[:2], rng, 0.6), "NI_NUMBER", g)]),
                 ("agent", [rng.choice(["mhm", "yep", "go on"])]),
                 ("customer", [V(speak_digits(ni[2:8], [2, 2, 2], rng, "mixed"), "NI_NUMBER", g)]),
                 ("agent", [rng.choice(["and the letter at the end", "ok and the last letter"])]),
                 ("customer", [V(speak_letter(ni[8], rng, 0.7), "NI_NUMBER", g)])]
        return turns, "ASR NI number split over turns"
    sp = speak_alnum(ni, rng, nato=0.3)
    rb = speak_alnum(ni, rng, nato=1.0)
    return [("customer", ["it's ", V(sp, "NI_NUMBER", g)]),
            ("agent", ["let me read that back ", V(rb, "NI_NUMBER", gid(ctx))]),
            ("customer", ["spot on"])], "ASR NI number with NATO read-back"


def p_bank(rng, ctx):
    uk = rng.random() < 0.6
    if uk:
        acct = "".join(rng.choice("0123456789") for _ in range(8))
        sc = "".join(rng.choice("0123456789") for _ in range(6))
        if rng.random() < 0.5:
            sct = rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
            return [("agent", ["Which account should the refund go to?"]),
                    ("customer", [rng.choice(["acct no: ", "Account number ", "a/c "]), V(acct, "BANK_ACCOUNT", gid(ctx)),
                                  rng.choice([" sort code ", ", s/c ", " SC: "]), V(sct, "SORT_CODE", gid(ctx))])], \
                "typed UK account + sort code"
        turns = [("agent", ["what's the sort code"]),
                 ("customer", [rng.choice(["", "it's ", "um "]),
                               V(speak_digits(sc, [2, 2, 2], rng, rng.choice(["pairs", "digits"])), "SORT_CODE", gid(ctx))]),
                 ("agent", ["and the account number"]),
                 ("customer", [V(speak_digits(acct, [4, 4], rng, "mixed", fillers=0.3), "BANK_ACCOUNT", gid(ctx))])]
        if rng.random() < 0.5:
            turns.append(("agent", ["thanks that's ", V(speak_digits(acct, [4, 4], rng, "digits", sep=" "),
                                                      "BANK_ACCOUNT", gid(ctx)), " and sort code ",
                                    V(speak_digits(sc, [2, 2, 2], rng, "pairs"), "SORT_CODE", gid(ctx))]))
        return turns, "ASR UK sort code + account"
    acct = "".join(rng.choice("0123456789") for _ in range(rng.randint(9, 12)))
    if rng.random() < 0.5:
        return [("customer", [rng.choice(["checking acct #", "Acct No. ", "account: ", "my account number is "]),
                              V(acct, "BANK_ACCOUNT", gid(ctx)), rng.choice(["", " at Chase", " - it's a savings account"])])], \
            "typed US account number"
    return [("agent", ["and the account number for the direct debit"]),
            ("customer", [V(speak_digits(acct, [3, 3, 3, 3], rng, "mixed", fillers=0.25), "BANK_ACCOUNT", gid(ctx))])], \
        "ASR US account number"


def p_iban(rng, ctx):
    ib = gen_iban(rng)
    g = gid(ctx)
    if rng.random() < 0.55:
        t = rng.choice([spaced4(ib), ib, spaced4(ib).lower(), ib[:2].lower() + ib[2:]])
        return [("agent", ["Please send the IBAN for the refund."]),
                ("customer", [rng.choice(["IBAN: ", "iban ", "Here it is ", "bank details - IBAN "]), V(t, "IBAN", g),
                              rng.choice(["", " BIC to follow", ", thanks"])])], "typed IBAN (%s)" % ib[:2]
    sp = speak_alnum(ib, rng, nato=0.4, fillers=0.1)
    return [("agent", ["go ahead with the iban"]),
            ("customer", [rng.choice(["ok so ", "", "right it's "]), V(sp, "IBAN", g)])], "ASR IBAN (%s)" % ib[:2]


def gen_phone(rng):
    k = rng.choice(["ukmob", "ukland", "ukint", "us", "usint", "ie", "ieint", "de"])
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if k == "ukmob":
        d = "07" + dg(9)
        return d, rng.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]]), [5, 3, 3]
    if k == "ukland":
        d = "0" + rng.choice(["20", "113", "161", "121", "131"]) + dg(7)
        return d, d[:4] + " " + d[4:7] + " " + d[7:], [4, 3, 4]
    if k == "ukint":
        d = "447" + dg(9)
        return "+" + d, rng.choice(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "+" + d]), [2, 4, 3, 3]
    if k in ("us", "usint"):
        d = str(rng.randint(201, 989)) + str(rng.randint(200, 999)) + dg(4)
        if k == "us":
            return d, rng.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                                  "%s.%s.%s" % (d[:3], d[3:6], d[6:])]), [3, 3, 4]
        return "+1" + d, "+1 %s %s %s" % (d[:3], d[3:6], d[6:]), [1, 3, 3, 4]
    if k == "ie":
        d = "08" + rng.choice("35679") + dg(7)
        return d, d[:3] + " " + d[3:6] + " " + d[6:], [3, 3, 4]
    if k == "ieint":
        d = "3538" + rng.choice("35679") + dg(7)
        return "+" + d, "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:], [3, 2, 3, 4]
    d = "491" + rng.choice("567") + dg(9)
    return "+" + d, "+49 " + d[2:5] + " " + d[5:], [2, 3, 4, 4]


def p_phone(rng, ctx):
    d, typed, groups = gen_phone(rng)
    g = gid(ctx)
    if rng.random() < 0.45:
        return [("agent", ["What's the best contact number?"]),
                ("customer", [rng.choice(["mob: ", "Tel ", "call me on ", "my cell is ", "best no. is ", "its "]),
                              V(typed, "PHONE", g), rng.choice(["", " after 6pm", " (work)", " thanks"])])], "typed phone"
    digits = d.lstrip("+")
    pre = "plus " if d.startswith("+") else ""
    sp = pre + speak_digits(digits, groups, rng, rng.choice(["digits", "mixed", "pairs"]), fillers=0.2)
    turns = [("agent", ["and a contact number"]),
             ("customer", [rng.choice(["yeah it's ", "", "it's my mobile ", "um "]), V(sp, "PHONE", g)])]
    note = "ASR phone" + (" international" if pre else "")
    if rng.random() < 0.4:
        turns.append(("agent", ["so ", V(pre + speak_digits(digits, groups, rng, "digits", sep=" "), "PHONE", gid(ctx)), "?"]))
        note += " + read-back"
    return turns, note


def p_email(rng, ctx):
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    user = rng.choice([f + "." + l, f[0] + l, f + "_" + l + str(rng.randint(1, 99)), l + f[0] + str(rng.randint(70, 99)),
                       f + str(rng.randint(1, 9))])
    dom = rng.choice(DOMAINS)
    g = gid(ctx)
    if rng.random() < 0.45:
        t = user + "@" + dom
        if rng.random() < 0.3:
            t = t.capitalize() if rng.random() < 0.5 else t.upper()
        return [("agent", ["Can you confirm the e-mail on the account?"]),
                ("customer", [rng.choice(["email: ", "its ", "Sure - ", "e-mail is ", "pls use "]), V(t, "EMAIL", g),
                              rng.choice(["", ".", " not the old one", " :)"])])], "typed email"

    def speak_part(s):
        out = []
        for tok in re.split(r"([._])", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(speak_digits(tok, [len(tok)], rng, rng.choice(["digits", "pairs"])))
            elif tok:
                m = re.match(r"([a-z]+)(\d*)$", tok)
                word, num = m.group(1), m.group(2)
                if (len(word) <= 2 or rng.random() < 0.2) and "o" not in word:
                    out.append(" ".join(speak_letter(c, rng, 0.3) for c in word))
                else:
                    out.append(word)
                if num:
                    out.append(speak_digits(num, [len(num)], rng, rng.choice(["digits", "pairs"])))
        return " ".join(out)

    sp = speak_part(user) + " at " + speak_part(dom)
    if rng.random() < 0.3:
        sp = sp.replace(" at ", " uh at ", 1)
    return [("agent", ["what email address should we send the confirmation to"]),
            ("customer", [rng.choice(["it's ", "yeah it's ", "ok so it's ", ""]), V(sp, "EMAIL", g),
                          rng.choice(["", " all lower case", " all one word"])])], "ASR email"


def p_dob(rng, ctx):
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    g = gid(ctx)
    if rng.random() < 0.45:
        t = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                        "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y), "%02d.%02d.%02d" % (d, m, y % 100),
                        "%d/%d/%d" % (m, d, y)])
        return [("agent", ["For security, please confirm your date of birth."]),
                ("customer", [rng.choice(["DOB ", "dob: ", "", "born ", "d.o.b. "]), V(t, "DOB", g)])], "typed DOB"
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
    if d <= 20:
        dd = ords[d - 1]
    else:
        dd = "twenty " + ords[d - 21]
    if y < 2000:
        yy = "nineteen " + say_pair("%02d" % (y % 100), rng, "oh")
    else:
        yy = "twenty oh " + UNITS[y % 10] if y % 10 else "two thousand"
    t = rng.choice(["the %s of %s %s" % (dd, MONTHS[m - 1], yy), "%s %s %s" % (dd, MONTHS[m - 1], yy),
                    "%s the %s %s" % (MONTHS[m - 1], dd, yy),
                    "%s %s %s" % (say_pair("%02d" % d, rng, "oh"), say_pair("%02d" % m, rng, "oh"), yy)])
    lead = rng.choice(["yeah it's ", "", "um ", "it's "])
    if t.startswith("the "):  # "the" is a lead-in, kept outside the span
        t = t[4:]
        lead += "the "
    turns = [("agent", ["can you confirm your date of birth for me"]),
             ("customer", [lead, V(t, "DOB", g)])]
    if rng.random() < 0.3:
        turns.append(("agent", ["lovely, ", V(t, "DOB", gid(ctx)), ", thank you"]))
    return turns, "ASR DOB"


def p_address(rng, ctx):
    country = rng.choice(["UK", "UK", "US", "IE"])
    g1 = gid(ctx)
    if country == "US":
        num = str(rng.randint(10, 9999))
        st = rng.choice(STREETS_US)
        apt = rng.choice(["", " Apt 4B", " Unit 12"]) if rng.random() < 0.3 else ""
        z = gen_zip(rng)
        if rng.random() < 0.5:
            return [("customer", ["Ship to ", V(num + " " + st + apt, "ADDRESS", g1), ", " + rng.choice(TOWNS_US) + ", " +
                                  rng.choice(["TX", "OH", "OR", "FL"]) + " ", V(z, "POSTCODE", gid(ctx))])], \
                "typed US address + ZIP"
        zsp = speak_digits(z.replace("-", ""), [5, 4], rng, "digits")
        nsp = speak_digits(num, [len(num)], rng, "pairs" if len(num) % 2 == 0 else "hundreds") if len(num) > 2 else num
        if len(num) <= 2:
            nsp = say_pair(num, rng, "oh") if len(num) == 2 else UNITS[int(num)]
        return [("agent", ["what's the billing address"]),
                ("customer", [V(nsp + " " + st.lower().replace("blvd", "boulevard").replace("w ", "west ").replace("n ", "north "), "ADDRESS", g1),
                              " in " + rng.choice(TOWNS_US).lower()]),
                ("agent", ["and the zip"]),
                ("customer", [V(zsp, "POSTCODE", gid(ctx))])], "ASR US address + ZIP"
    if country == "IE":
        num = str(rng.randint(1, 120))
        st = rng.choice(STREETS_IE)
        return [("customer", ["Address is ", V(num + " " + st, "ADDRESS", g1), ", Dublin " + str(rng.randint(1, 24)) +
                              rng.choice(["", ", Ireland"])])], "typed Irish address"
    num = str(rng.randint(1, 199))
    st = rng.choice(STREETS_UK)
    flat = rng.random() < 0.3
    out, inw = gen_uk_postcode(rng)
    if rng.random() < 0.5:
        a = ("Flat %d, " % rng.randint(1, 30) if flat else "") + num + rng.choice(["", "", "a", "B"]) + " " + st
        pc = rng.choice([out + " " + inw, out + inw, (out + " " + inw).lower()])
        return [("agent", ["Please confirm the address the policy is registered to."]),
                ("customer", [V(a, "ADDRESS", g1), ", " + rng.choice(TOWNS_UK) + " ", V(pc, "POSTCODE", gid(ctx))])], \
            "typed UK address + postcode"
    n = int(num)
    nsp = (UNITS[n] if n < 10 else TEENS[n - 10] if n < 20 else
           TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10]) if n < 100 else
           say_chunk(num, rng, "hundreds", "oh"))
    a = ("flat " + UNITS[rng.randint(1, 9)] + ", " if flat else "") + nsp + " " + st.lower()
    pcs = speak_alnum(out + " " + inw, rng, nato=0.35, fillers=0.1)
    turns = [("agent", ["can i take the first line of the address and the postcode"]),
             ("customer", [rng.choice(["yeah it's ", "", "it's "]), V(a, "ADDRESS", g1)]),
             ("agent", [rng.choice(["mhm", "ok", "and the postcode"])]),
             ("customer", [V(pcs, "POSTCODE", gid(ctx))])]
    if rng.random() < 0.4:
        turns.append(("agent", ["so that's ", V(speak_alnum(out + " " + inw, rng, nato=1.0), "POSTCODE", gid(ctx)), " yeah"]))
    return turns, "ASR UK address + postcode"


def p_mixed_verif(rng, ctx):
    """Verification using last four only (not labelled) plus DOB and postcode (labelled)."""
    last4 = "%04d" % rng.randint(0, 9999)
    y, m, d = rng.randint(1950, 1999), rng.randint(1, 12), rng.randint(1, 28)
    out, inw = gen_uk_postcode(rng)
    return [("agent", ["for security can you give me the last four of the card, your date of birth and postcode"]),
            ("customer", ["last four are " + speak_digits(last4, [4], rng, "digits") + ", born ",
                          V("%d %s %d" % (d, MONTHS[m - 1], y), "DOB", gid(ctx)), " and it's ",
                          V(speak_alnum(out + " " + inw, rng, nato=0.2), "POSTCODE", gid(ctx))]),
            ("agent", ["thanks that all matches"])], "verification: last four (not PII) + DOB + postcode"


def p_all_in_one(rng, ctx):
    card, groups = gen_card(rng)
    d, typed, _ = gen_phone(rng)
    ssn = gen_ssn(rng)
    return [("customer", ["Hi, I got charged twice. Card ", V(fmt_groups(card, groups, " "), "CARD_NUMBER", gid(ctx)),
                          ", phone ", V(typed, "PHONE", gid(ctx)), ". You asked for my social last time: ",
                          V("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", gid(ctx)), ". Order 4471-2209 btw."])], \
        "typed chat with card, phone, SSN and a non-PII order number"


POS_PLAN = [(p_card_typed, 22), (p_card_spoken, 22), (p_card_split, 10), (p_card_restart, 7),
            (p_card_aside, 7), (p_card_email, 5), (p_all_in_one, 5), (p_ssn, 26), (p_ni, 26),
            (p_bank, 16), (p_iban, 14), (p_phone, 18), (p_email, 16), (p_dob, 14), (p_address, 18),
            (p_mixed_verif, 8)]


# ---------------------------------------------------------------- negative templates

def n_order_cardlike(rng):
    card, groups = gen_card(rng)  # Luhn-valid on purpose
    lab = rng.choice(["order number", "tracking number", "reference number", "claim number", "ticket number"])
    if rng.random() < 0.5:
        return [("agent", ["can i take the %s" % lab]),
                ("customer", ["yeah the %s is %s" % (lab, speak_digits(card, groups, rng, "mixed", fillers=0.2))])], \
            "16-digit Luhn-valid %s read like a card" % lab
    return [("customer", ["%s: %s - still not delivered" % (lab.capitalize(), fmt_groups(card, groups, " "))])], \
        "typed Luhn-valid %s" % lab


def n_amounts(rng):
    a = rng.randint(1, 4999)
    c = rng.randint(0, 99)
    return [("agent", [rng.choice(["your balance is £%d.%02d and the minimum payment is £%d" % (a, c, rng.randint(5, 50)),
                                   "the outstanding amount is %s pounds %s" % (say_chunk("%03d" % (a % 1000 or 412), rng, "hundreds", "oh"), TENS[rng.randint(2, 9)]),
                                   "that comes to $%d,%03d.%02d including tax" % (rng.randint(1, 9), rng.randint(0, 999), c)])]),
            ("customer", [rng.choice(["ok", "that seems high", "right, fine"])])], "balances and amounts"


def n_times(rng):
    return [("agent", [rng.choice(["we're open eight till eight monday to friday and nine to five on saturdays",
                                   "the engineer will come between 07:30 and 13:00 on the 14th",
                                   "your appointment is on Tuesday 12 March 2024 at 10:45",
                                   "the direct debit comes out on the twenty eighth of each month",
                                   "your contract ends on 31/08/2026 and the notice period is 30 days",
                                   "the flight leaves at sixteen forty and boards at sixteen ten"])]),
            ("customer", [rng.choice(["great thanks", "ok", "can it be earlier"])])], "times, opening hours, appointment dates"


def n_lastfour(rng):
    l4 = "%04d" % rng.randint(0, 9999)
    return [("agent", [rng.choice(["I can see a card ending %s on the account" % l4,
                                   "is that the visa ending in %s" % speak_digits(l4, [4], rng, "digits"),
                                   "the payment went to the card ending " + speak_digits(l4, [2, 2], rng, "pairs")])]),
            ("customer", ["yes that's the one ending " + l4])], "card last-four mentions only"


def n_refs(rng):
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    opts = ["Invoice INV-%s is attached" % dg(6), "policy number POL/%s/%s" % (dg(4), dg(3)),
            "claim ref CLM %s" % dg(9), "ticket #%s" % dg(7), "your reference is %s-%s" % (dg(8), dg(4)),
            "tracking 1Z%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), dg(10)),
            "serial number SN%s%s" % (dg(6), dg(6)), "the model is WF-%dXM%d" % (rng.randint(100, 1000), rng.randint(1, 5)),
            "booking reference %s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)),
            "case number %s" % dg(10), "order %s" % dg(11)]
    return [("customer", [rng.choice(opts) + rng.choice([".", ", can you check it", "", " - please advise"])]),
            ("agent", [rng.choice(opts[:5])])], "labelled reference/order/policy/serial numbers"


def n_spoken_ref(rng):
    dg = "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 11, 12])))
    lab = rng.choice(["policy number", "claim number", "meter reading", "reference", "serial number", "invoice number"])
    return [("agent", ["and the %s" % lab]),
            ("customer", ["the %s is " % lab + speak_digits(dg, [3, 3, 3, 3], rng, "mixed", fillers=0.3)]),
            ("agent", ["thanks, " + speak_digits(dg, [3, 3, 3, 3], rng, "digits", sep=" ") + " for the " + lab])], \
        "ASR %s spoken like a phone/account number" % lab


def n_travel(rng):
    return [("customer", [rng.choice(["I'm on flight BA 2%02d from gate %d, seat %d%s" % (rng.randint(0, 99), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF")),
                                      "we're in room %d at the hotel, floor %d" % (rng.randint(100, 999), rng.randint(1, 12)),
                                      "flight e i three six two was delayed by two hours forty minutes",
                                      "the train from platform nine got in at twenty past six"])]),
            ("agent", ["I'm sorry to hear that, let me look into compensation"])], "flight/gate/seat/room numbers"


def n_misc_numbers(rng):
    opts = ["she's forty two and he's seven", "it was minus three degrees last night", "the APR is 19.9% variable",
            "I've been a customer since 2009", "you've made 14 payments out of 36", "I waited forty five minutes on hold",
            "it's 23 degrees in the office and the boiler says 65", "we've had three engineers out in two weeks",
            "the tariff went up 12.5 percent in April", "my son is nineteen, born the year we moved in",
            "speeds are about 900 megabits, upload 110", "the bill was 1,204 kilowatt hours for the quarter"]
    a, b = rng.sample(opts, 2)
    return [("customer", [a]), ("agent", ["noted - and " + b])], "ages, temperatures, percentages, years, counts"


def n_meter(rng):
    r = "%05d" % rng.randint(0, 99999)
    return [("agent", ["can you read me the numbers on the meter"]),
            ("customer", ["ok it says " + speak_digits(r, [5], rng, "digits") + " and the night one is " +
                          speak_digits("%05d" % rng.randint(0, 99999), [2, 3], rng, "mixed")])], "meter readings"


def n_roads(rng):
    return [("customer", [rng.choice(["there's roadworks on the A40 near the Mill Lane junction",
                                      "the parcel got left at the depot on Station Road",
                                      "your High Street branch in Leeds was shut",
                                      "I was stuck on the M25 between junctions 10 and 11",
                                      "the outage covers the whole of Church Street apparently"])]),
            ("agent", ["thanks for letting us know"])], "road and street names without house numbers"


def n_longdigits(rng):
    dg = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return [("customer", [rng.choice(["Error code 0x%s when paying" % dg(8), "The barcode on the box is %s" % dg(13),
                                      "IMEI is %s, handset won't connect" % dg(15), "the MPRN is %s" % dg(11),
                                      "voucher code %s-%s-%s didn't work" % (dg(4), dg(4), dg(4)),
                                      "transaction id %s" % dg(18)])]),
            ("agent", ["let me check that for you"])], "long non-PII digit strings (barcode, IMEI, MPRN, txn id)"


NEG_PLAN = [(n_order_cardlike, 16), (n_amounts, 10), (n_times, 10), (n_lastfour, 12), (n_refs, 14),
            (n_spoken_ref, 12), (n_travel, 6), (n_misc_numbers, 10), (n_meter, 6), (n_roads, 6), (n_longdigits, 10)]


# ---------------------------------------------------------------- build / check


def generate():
    rng = random.Random(SEED)
    cases = []
    pos = []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn)
    rng.shuffle(pos)
    for i, fn in enumerate(pos, 1):
        ctx = {"g": 0}
        turns, note = fn(rng, ctx)
        t, spans = build_case(turns)
        cases.append({"id": "h349-pos-%03d" % i, "kind": "positive", "turns": t, "spans": spans, "note": note})
    neg = []
    for fn, n in NEG_PLAN:
        for _ in range(n):
            neg.append(fn)
    rng.shuffle(neg)
    for i, fn in enumerate(neg, 1):
        turns, note = fn(rng)
        for sp, segs in turns:
            assert not any(isinstance(s, V) for s in segs)
        t, spans = build_case(turns)
        cases.append({"id": "h349-neg-%03d" % i, "kind": "negative", "turns": t, "spans": [], "note": note})
    return cases


def public(c):
    d = dict(c)
    d["spans"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in c["spans"]]
    return d


def serialise(cases):
    return "".join(json.dumps(public(c), ensure_ascii=False) + "\n" for c in cases)


def check(cases, text):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file is not byte-identical to regeneration")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + " positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + " bad speaker")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            if s["start"] < prev.get(s["turn"], 0):
                errs.append("%s overlapping spans" % c["id"])
            prev[s["turn"]] = s["end"]
            v = txt[s["start"]:s["end"]]
            first_ok = v[0].isalnum() or (s["type"] == "PHONE" and v[0] in "+(")
            if not first_ok or not v[-1].isalnum():
                errs.append("%s span edge not alnum: %r" % (c["id"], v))
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                errs.append("%s span start not on word boundary: %r" % (c["id"], v))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s span end not on word boundary: %r" % (c["id"], v))
        # validate per value group (split values are joined in order)
        groups = {}
        for s in c["spans"]:
            groups.setdefault(s["_group"], []).append(s)
        for g, ss in groups.items():
            types = {s["type"] for s in ss}
            if len(types) != 1:
                errs.append("%s mixed types in group" % c["id"])
                continue
            joined = " ".join(c["turns"][s["turn"]]["text"][s["start"]:s["end"]] for s in ss)
            e = validate(ss[0]["type"], joined, ss[0]["_mode"])
            if e:
                errs.append("%s %s: %r" % (c["id"], e, joined))
    return errs


def stats(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    kinds = Counter(c["kind"] for c in cases)
    return cnt, kinds


def main():
    cases = generate()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        cnt, kinds = stats(cases)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases %s" % dict(kinds))
        for e in errs[:60]:
            print("ERROR", e)
        print("cases:", dict(kinds), "spans:", dict(sorted(cnt.items())))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    cnt, kinds = stats(cases)
    print("wrote", OUT, dict(kinds), dict(sorted(cnt.items())))


if __name__ == "__main__":
    main()

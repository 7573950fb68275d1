#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout228``.

Written by an AI helper acting as an independent author, without looking at
the redaction code or any other fixture.  Standard library only.

    python scripts/make_pii_holdout228.py          # write fixture + README
    python scripts/make_pii_holdout228.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 228241126
PREFIX = "h228"
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout228"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})
MIN_POS, MIN_NEG = 170, 100

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def luhn_ok(d: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, ln = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, ln = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif kind == "amex":
        body, ln = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(4)), 15
    else:
        body, ln = "6011", 16
    while len(body) < ln - 1:
        body += rng.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def group_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_PREFIXES = ["AB", "JR", "NP", "SK", "WL", "CE", "PR", "HT", "MA", "JE", "YZ", "RS",
               "KL", "EH", "TW", "LM", "SC", "PA", "WB", "GR"]


def make_ni():
    return rng.choice(NI_PREFIXES) + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def rdig(n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def make_us_phone():
    return str(rng.randint(2, 9)) + rdig(2) + str(rng.randint(2, 9)) + rdig(6)


def make_uk_mobile():
    return "07" + str(rng.choice([4, 5, 7, 8, 9])) + rdig(8)


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or rng.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    if country in ("GB", "IE"):
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI", "MIDL"])
        bban = bank + rdig(6) + rdig(8)
    elif country == "DE":
        bban = rdig(18)
    elif country == "NL":
        bban = rng.choice(["ABNA", "RABO", "INGB"]) + rdig(10)
    elif country == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    iban = country + iban_check(country, bban) + bban
    assert iban_mod97(iban)
    return iban


def iban_mod97(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


STREETS = ["Maple", "Oak", "Cedar", "Elm", "Pine", "Washington", "Lincoln", "Jefferson",
           "Sunset", "Lakeview", "Highland", "Park", "Ridge", "Willow", "Chestnut",
           "Magnolia", "Franklin", "Madison", "Hillcrest", "Meadow"]
SUFFIXES = ["Street", "Avenue", "Road", "Drive", "Lane", "Court", "Boulevard", "Way",
            "Place", "Terrace"]
SUFFIX_ABBR = {"Street": "St", "Avenue": "Ave", "Road": "Rd", "Drive": "Dr", "Lane": "Ln",
               "Court": "Ct", "Boulevard": "Blvd", "Way": "Way", "Place": "Pl", "Terrace": "Ter"}
CITIES = [("Columbus", "OH", "432"), ("Tampa", "FL", "336"), ("Denver", "CO", "802"),
          ("Austin", "TX", "787"), ("Raleigh", "NC", "276"), ("Phoenix", "AZ", "850"),
          ("Madison", "WI", "537"), ("Spokane", "WA", "992"), ("Albany", "NY", "122"),
          ("Fresno", "CA", "937"), ("Omaha", "NE", "681"), ("Louisville", "KY", "402")]
UK_STREETS = ["Church Lane", "Victoria Road", "Station Road", "Mill Street", "Queens Drive",
              "Kings Avenue", "Park Crescent", "Orchard Close", "Manor Way", "High Street"]
UK_PC_AREAS = ["M", "LS", "EH", "B", "G", "CF", "BS", "NE", "SW", "N", "L", "S", "OX", "RG"]


def make_uk_postcode():
    a = rng.choice(UK_PC_AREAS)
    return "%s%d %d%s%s" % (a, rng.randint(1, 19), rng.randint(1, 9),
                             rng.choice("ABDEFGHJLNPQRSTUWXYZ"), rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


FIRST = ["james", "maria", "robert", "linda", "kevin", "tasha", "luis", "megan", "derek",
         "priya", "sean", "aoife", "connor", "dana", "marcus", "jenny", "tyler", "rosa"]
LAST = ["miller", "garcia", "johnson", "nguyen", "okafor", "walsh", "patel", "brennan",
        "kowalski", "reyes", "turner", "hughes", "delgado", "murphy", "price", "baker"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com",
           "comcast.net", "att.net", "protonmail.com"]

# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------


def zw(uk=False):
    return rng.choice(["nought", "oh", "zero"] if uk else ["oh", "zero", "o", "oh"])


def dword(c, uk=False):
    return zw(uk) if c == "0" else ONES[int(c)]


def spell(s, uk=False, doubles=True):
    """Digit-by-digit reading with optional double/triple."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and rng.random() < 0.7:
            out.append("triple " + dword(c, uk)); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == c and rng.random() < 0.6:
            out.append("double " + dword(c, uk)); i += 2; continue
        out.append(dword(c, uk)); i += 1
    return " ".join(out)


def pair(p, uk=False):
    a, b = p[0], p[1]
    if a == "0":
        return zw(uk) + " " + dword(b, uk)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + ONES[int(b)]


def pairs(s, uk=False):
    parts = []
    i = 0
    while i < len(s):
        if i + 1 < len(s):
            parts.append(pair(s[i:i + 2], uk)); i += 2
        else:
            parts.append(dword(s[i], uk)); i += 1
    return " ".join(parts)


def mixed(s, uk=False):
    """Chunks read either as pairs or digit by digit."""
    out, i = [], 0
    while i < len(s):
        if i + 1 < len(s) and rng.random() < 0.4:
            out.append(pair(s[i:i + 2], uk)); i += 2
        else:
            n = min(len(s) - i, rng.randint(1, 3))
            out.append(spell(s[i:i + n], uk)); i += n
    return " ".join(out)


NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey",
        "x": "x ray", "y": "yankee", "z": "zulu", "q": "quebec", "u": "uniform", "v": "victor",
        "i": "india", "o": "oscar"}
NAMES_FOR = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward", "g": "george",
             "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
             "p": "peter", "r": "robert", "s": "sam", "t": "tom", "w": "william", "y": "yellow",
             "z": "zebra", "q": "queen", "x": "x ray"}


def letter(c, style):
    c = c.lower()
    if style == "plain":
        return c
    if style == "nato":
        return "%s for %s" % (c, NATO[c])
    return "%s as in %s" % (c, NAMES_FOR.get(c, NATO[c]))


def spoken_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand " + ONES[int(y[3])] if y[3] != "0" else "two thousand"
    return pair(y[:2]) + " " + pair(y[2:])


def spoken_day(d):
    if d <= 20:
        return ORD[d]
    if d == 30:
        return "thirtieth"
    t, u = divmod(d, 10)
    return TENS[t] + " " + ORD[u]


# --------------------------------------------------------------------------
# normaliser used by --check
# --------------------------------------------------------------------------
FILLERS = {"um", "uh", "er", "erm", "dash", "hyphen", "slash", "space", "sorry", "and",
           "then", "the", "of", "ah", "hmm", "like", "plus_"}
UNIT = {w: i for i, w in enumerate(ONES)}
UNIT.update({"oh": 0, "o": 0, "nought": 0})
TEEN = {w: 10 + i for i, w in enumerate(TEENS)}
TEN = {w: i for i, w in enumerate(TENS) if w}
ORDV = {w: i for i, w in enumerate(ORD) if w}
ORDV["thirtieth"] = 30


def normalise(text, mode="digits"):
    toks = re.findall(r"[a-z]+|\d+|[@.+_\-/]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t); i += 1; continue
        if len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t); i += 3
            if toks[i - 1] == "x" and i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t); i += 4
            if toks[i - 1] == "x" and i < len(toks) and toks[i] == "ray":
                i += 1
            continue
        if mode == "email":
            if t in ("dot", "."):
                out.append("."); i += 1; continue
            if t in ("at", "@"):
                out.append("@"); i += 1; continue
            if t in ("underscore", "_"):
                out.append("_"); i += 1; continue
            if t in ("dash", "hyphen", "-"):
                out.append("-"); i += 1; continue
            if t == "o":
                out.append("o"); i += 1; continue
        if t in ("double", "triple") and nxt in UNIT:
            out.append(str(UNIT[nxt]) * (2 if t == "double" else 3)); i += 2; continue
        if t in UNIT:
            out.append(str(UNIT[t])); i += 1; continue
        if t == "for" and mode == "digits":
            out.append("4"); i += 1; continue
        if t in ("to", "too") and mode == "digits":
            out.append("2"); i += 1; continue
        if t == "ate" and mode == "digits":
            out.append("8"); i += 1; continue
        if t in TEEN:
            out.append(str(TEEN[t])); i += 1; continue
        if t in TEN:
            if nxt in UNIT and UNIT[nxt] > 0 and nxt not in ("oh", "o", "nought"):
                out.append(str(TEN[t] * 10 + UNIT[nxt])); i += 2; continue
            if nxt in ORDV and ORDV[nxt] < 10:
                out.append(str(TEN[t] * 10 + ORDV[nxt])); i += 2; continue
            out.append(str(TEN[t] * 10)); i += 1; continue
        if t in ORDV:
            out.append(str(ORDV[t])); i += 1; continue
        if t == "hundred":
            out.append("00"); i += 1; continue
        if t == "thousand":
            out.append("000"); i += 1; continue
        if t in MONTHS or t[:3] in [m[:3] for m in MONTHS] and len(t) == 3:
            idx = [m[:3] for m in MONTHS].index(t[:3])
            out.append("%02d" % (idx + 1)); i += 1; continue
        if t == "plus" or t == "+":
            out.append("+"); i += 1; continue
        if mode != "email" and (t in FILLERS or t in "./-_"):
            i += 1; continue
        out.append(t); i += 1
    return "".join(out)


US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
UK_PC = re.compile(r"^[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}$")
NI_RE = re.compile(r"^[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$")
STREET_WORDS = {s.lower() for s in SUFFIXES} | {s.lower() for s in SUFFIX_ABBR.values()} | {
    "lane", "road", "street", "close", "crescent", "way", "drive", "avenue", "apt", "apartment",
    "unit", "suite"}


def validate(typ, raw_texts):
    mode = "email" if typ == "EMAIL" else "digits"
    norm = "".join(normalise(t, mode) for t in raw_texts)
    digits = re.sub(r"\D", "", norm)
    if typ == "CARD_NUMBER":
        return (norm == digits and 13 <= len(digits) <= 19 and luhn_ok(digits)), norm
    if typ == "CVV":
        return norm == digits and len(digits) in (3, 4), norm
    if typ == "EXPIRY":
        return norm == digits and len(digits) in (3, 4, 6) and 1 <= int(digits[:-2][-2:] if len(digits) != 6 else digits[:2]) <= 12, norm
    if typ == "SSN":
        return norm == digits and len(digits) == 9, norm
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(norm)), norm
    if typ == "BANK_ACCOUNT":
        return norm == digits and 6 <= len(digits) <= 17, norm
    if typ == "SORT_CODE":
        return norm == digits and len(digits) == 6, norm
    if typ == "IBAN":
        return iban_mod97(norm.upper()) and 15 <= len(norm) <= 34, norm
    if typ == "PHONE":
        n = norm.lstrip("+")
        return n.isdigit() and 10 <= len(n) <= 13, norm
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(norm)), norm
    if typ == "DOB":
        months = any(m in " ".join(raw_texts).lower() for m in MONTHS) or re.search(
            r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b", " ".join(raw_texts).lower())
        return len(digits) >= 2 and (bool(months) or len(digits) >= 6), norm
    if typ == "POSTCODE":
        return bool(US_ZIP.match(norm) or UK_PC.match(norm)), norm
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", " ".join(raw_texts).lower()))
        return bool(digits) and bool(words & STREET_WORDS), norm
    return False, norm


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
_gid = [0]


def V(text, typ, group=None):
    if group is None:
        _gid[0] += 1
        group = "g%d" % _gid[0]
    return (text, typ, group)


def G():
    _gid[0] += 1
    return "g%d" % _gid[0]


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def build(turns):
    out_turns, spans, groups = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                start = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s[1]})
                groups.append(s[2])
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


# --------------------------------------------------------------------------
# positive templates (each returns (note, turns))
# --------------------------------------------------------------------------


def fmt_card_typed(d):
    g = group_card(d)
    st = rng.choice(["space", "dash", "none", "space", "dot"])
    return {"space": " ".join(g), "dash": "-".join(g), "none": d, "dot": ".".join(g)}[st]


def p_card_chat(ind):
    d = make_card()
    exp = "%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31))
    cv = rdig(4 if len(d) == 15 else 3)
    lead = rng.choice(["card number is ", "ok its ", "Card: ", "here u go ", "the card is "])
    turns = [A("Please enter the card details here, this chat is secure."),
             C(lead, V(fmt_card_typed(d), "CARD_NUMBER"), rng.choice([" exp ", " expiry ", ", expires "]),
               V(exp, "EXPIRY"), rng.choice([" cvv ", " and the code on the back is ", " sec code "]), V(cv, "CVV"))]
    if rng.random() < 0.5:
        turns.append(A("Thanks, the payment of $%d.%02d has gone through." % (rng.randint(20, 900), rng.randint(0, 99))))
    return "chat/%s: card, expiry and cvv typed in one message" % ind, turns


def p_card_call_one_turn(ind):
    d = make_card()
    reader = rng.choice([spell, mixed, pairs])
    spoken = " ".join(reader(g) for g in group_card(d))
    return ("call/%s: card read in one customer turn (%s)" % (ind, reader.__name__),
            [A("okay and what's the long number across the front of the card"),
             C(rng.choice(["yeah it's ", "sure ", "okay um ", "it's a visa "]), V(spoken, "CARD_NUMBER"))])


def p_card_call_split(ind):
    d = make_card()
    g = G()
    grp = group_card(d)
    turns = [A("go ahead with the card number whenever you're ready")]
    backs = ["mhm", "okay", "yep go on", "uh huh", "got it", "okay go on"]
    for k, chunk in enumerate(grp):
        pre = rng.choice(["", "", "um ", "okay ", "then "]) if k else rng.choice(["it's ", "okay so ", ""])
        turns.append(C(pre, V(rng.choice([spell, mixed])(chunk), "CARD_NUMBER", g)))
        if k < len(grp) - 1:
            turns.append(A(rng.choice(backs)))
    exp_m, exp_y = rng.randint(1, 12), rng.randint(26, 31)
    turns.append(A("and the expiration date"))
    turns.append(C(V(rng.choice([pair("%02d" % exp_m) + " " + pair("%02d" % exp_y),
                                  MONTHS[exp_m - 1] + " twenty " + pair("%02d" % exp_y),
                                  MONTHS[exp_m - 1] + " of twenty " + pair("%02d" % exp_y)]), "EXPIRY")))
    cv = rdig(4 if len(d) == 15 else 3)
    turns.append(A("and the three digit security code on the back" if len(d) != 15 else "and the four digit code on the front"))
    turns.append(C(rng.choice(["", "it's ", "uh "]), V(spell(cv), "CVV")))
    return "call/%s: card split across customer turns with back-channels, then expiry and cvv" % ind, turns


def p_card_readback(ind):
    d = make_card()
    grp = group_card(d)
    sp = " ".join(spell(x) for x in grp)
    rb = " ".join(spell(x, doubles=False) for x in grp)
    return ("call/%s: card given then read back by the agent" % ind,
            [A("can i get the card number please"),
             C(V(sp, "CARD_NUMBER")),
             A("let me read that back ", V(rb, "CARD_NUMBER"), " is that right"),
             C("yes that's correct")])


def p_card_selfcorrect(ind):
    d = make_card()
    grp = group_card(d)
    g = G()
    wrong = list(grp[1]); wrong[-1] = str((int(wrong[-1]) + 3) % 10); wrong = "".join(wrong)
    return ("call/%s: card with self-correction of second group; only the corrected digits are labelled" % ind,
            [A("what's the card number"),
             C(V(spell(grp[0]), "CARD_NUMBER", g), " " + spell(wrong) + " no sorry ",
               V(" ".join(spell(x) for x in grp[1:]), "CARD_NUMBER", g)),
             A("okay thank you")])


def p_card_last4_plus_amount(ind):
    d = make_card()
    return ("call/%s: card read with amount and order number nearby (unlabelled)" % ind,
            [A("so the total comes to %s dollars and %s cents for order number %s" % (
                rng.choice(["forty two", "one hundred nineteen", "eighty five", "two hundred"]),
                rng.choice(["fifty", "ninety nine", "twenty"]), rdig(7, True))),
             C("okay put it on my card ", V(" ".join(mixed(x) for x in group_card(d)), "CARD_NUMBER"),
               " expires ", V(rng.choice(["oh ", "zero "]) + ONES[rng.randint(1, 9)] + " " + pair(str(rng.randint(26, 31))), "EXPIRY"))])


def ssn_typed(s):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])


def ssn_spoken(s):
    st = rng.choice(["digits", "groups", "pairs", "mixed"])
    if st == "digits":
        return spell(s)
    if st == "groups":
        return spell(s[:3]) + rng.choice([" ", " dash ", " "]) + spell(s[3:5]) + rng.choice([" ", " dash "]) + spell(s[5:])
    if st == "pairs":
        return spell(s[:3]) + " " + pair(s[3:5]) + " " + pairs(s[5:])
    return mixed(s)


def p_ssn_chat(ind):
    s = make_ssn()
    lead = rng.choice(["my ssn is ", "SSN: ", "social is ", "ss# ", "Social Security Number - ", "its "])
    return ("chat/%s: SSN typed" % ind,
            [A("To verify your identity, can you provide your Social Security number?"),
             C(lead, V(ssn_typed(s), "SSN"), rng.choice(["", " thanks", ". I've been waiting 40 minutes", " (my member id is on the card too)"]))])


def p_ssn_call(ind):
    s = make_ssn()
    return ("call/%s: SSN spoken in one turn" % ind,
            [A(rng.choice(["can i get your social security number", "and your social please",
                           "i'll need the full social to verify"])),
             C(rng.choice(["yeah it's ", "sure ", "um ", "okay it's "]), V(ssn_spoken(s), "SSN"))])


def p_ssn_split(ind):
    s = make_ssn()
    g = G()
    return ("call/%s: SSN split over three customer turns" % ind,
            [A("okay go ahead with the social"),
             C(V(spell(s[:3]), "SSN", g)), A(rng.choice(["mhm", "okay", "yep"])),
             C(V(rng.choice([spell(s[3:5]), pair(s[3:5])]), "SSN", g)), A(rng.choice(["okay go on", "uh huh", "got it"])),
             C(V(rng.choice([spell(s[5:]), pairs(s[5:])]), "SSN", g), rng.choice(["", " that's it"]))])


def p_ssn_last4_and_full(ind):
    s = make_ssn()
    return ("call/%s: agent reads back SSN; customer confirms with member number nearby (unlabelled)" % ind,
            [A("i have your member id as %s can you give me your social" % spell(rdig(9, True))),
             C(V(ssn_spoken(s), "SSN")),
             A("that's ", V(spell(s, doubles=False), "SSN"), " correct"),
             C("yep")])


def p_ssn_dob(ind):
    s = make_ssn()
    y = rng.randint(1948, 2003); m = rng.randint(1, 12); d = rng.randint(1, 28)
    dob = rng.choice([MONTHS[m - 1] + " " + spoken_day(d) + " " + spoken_year(y),
                      pair("%02d" % m) + " " + pair("%02d" % d) + " " + spoken_year(y),
                      MONTHS[m - 1] + " " + str(d) + " " + str(y)])
    return ("call/%s: date of birth and SSN in one turn" % ind,
            [A("i need your date of birth and social security number to verify"),
             C("okay date of birth is ", V(dob, "DOB"), " and social is ", V(ssn_spoken(s), "SSN"))])


def p_ni(ind):
    n = make_ni()
    style = rng.choice(["typed", "typed2", "spoken", "nato", "split"])
    if style == "typed":
        v = "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
        return ("chat/%s: NI number typed with spaces" % ind,
                [A("Could you confirm your National Insurance number?"), C("Sure it's ", V(v, "NI_NUMBER"))])
    if style == "typed2":
        v = rng.choice([n.lower(), n, "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])])
        return ("chat/%s: NI number typed compact/dashed" % ind,
                [C("hi my NI no. is ", V(v, "NI_NUMBER"), " and I need to update my tax code")])
    if style == "spoken":
        v = "%s %s %s %s" % (letter(n[0], "plain"), letter(n[1], "plain"), rng.choice([spell, pairs])(n[2:8], uk=True), n[8].lower())
        return ("call/%s: NI number spoken, letters plain" % ind,
                [A("and your national insurance number please"), C(rng.choice(["yeah it's ", "it's ", "erm "]), V(v, "NI_NUMBER"))])
    if style == "nato":
        st = rng.choice(["nato", "asin"])
        v = "%s %s %s %s" % (letter(n[0], st), letter(n[1], st), spell(n[2:8], uk=True), letter(n[8], st))
        return ("call/%s: NI number with phonetic letters" % ind,
                [A("can i take your national insurance number"), C(V(v, "NI_NUMBER"))])
    g = G()
    return ("call/%s: NI number split over turns" % ind,
            [A("what's your national insurance number"),
             C(V(letter(n[0], "plain") + " " + letter(n[1], "plain"), "NI_NUMBER", g)), A("yep"),
             C(V(rng.choice([spell, pairs])(n[2:8], uk=True), "NI_NUMBER", g)), A("and the last letter"),
             C(V(n[8].lower(), "NI_NUMBER", g), rng.choice(["", " for delta" if n[8] == "D" else ""]))])


def p_phone_us(ind):
    p = make_us_phone()
    style = rng.choice(["paren", "dash", "dot", "intl", "spoken", "spoken_area", "split"])
    if style == "paren":
        return ("chat/%s: US phone (xxx) xxx-xxxx" % ind,
                [C("best callback number is ", V("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"), " after 5pm")])
    if style == "dash":
        return ("chat/%s: US phone dashed" % ind,
                [A("What number should we text the code to?"), C(V("%s-%s-%s" % (p[:3], p[3:6], p[6:]), "PHONE"))])
    if style == "dot":
        return ("chat/%s: US phone with dots" % ind, [C("cell: ", V("%s.%s.%s" % (p[:3], p[3:6], p[6:]), "PHONE"), " pls call me")])
    if style == "intl":
        return ("chat/%s: US phone +1 international" % ind,
                [C("I'm traveling, reach me on ", V(rng.choice(["+1 %s %s %s", "+1-%s-%s-%s", "1 (%s) %s-%s"]) % (p[:3], p[3:6], p[6:]), "PHONE"))])
    if style == "spoken":
        return ("call/%s: US phone spoken" % ind,
                [A("and a good phone number for you"), C(V(spell(p[:3]) + " " + spell(p[3:6]) + " " + rng.choice([spell, pairs])(p[6:]), "PHONE"))])
    if style == "spoken_area":
        g = G()
        return ("call/%s: US phone with 'area code' said between parts" % ind,
                [A("what's the best number to reach you"),
                 C("area code ", V(spell(p[:3]), "PHONE", g), " and then ", V(spell(p[3:6]) + " " + pairs(p[6:]), "PHONE", g))])
    g = G()
    return ("call/%s: US phone split across turns" % ind,
            [A("what number are you calling from"), C(V(spell(p[:3]), "PHONE", g)), A("mhm"),
             C(V(spell(p[3:6]), "PHONE", g)), A("okay"), C(V(rng.choice([spell, pairs])(p[6:]), "PHONE", g))])


def p_phone_uk(ind):
    p = make_uk_mobile()
    if rng.random() < 0.5:
        v = rng.choice(["%s %s" % (p[:5], p[5:]), "+44 %s %s" % (p[1:5], p[5:]), "+44 (0)%s %s" % (p[1:5], p[5:])])
        return ("chat/%s: UK mobile typed" % ind, [C("my mobile is ", V(v, "PHONE"))])
    return ("call/%s: UK mobile spoken with nought/double" % ind,
            [A("can i take a contact number"), C("yeah it's ", V(spell(p[:5], uk=True) + " " + spell(p[5:], uk=True), "PHONE"))])


def email_value():
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    num = rdig(rng.choice([0, 2, 2, 4]))
    local = rng.choice(["%s.%s", "%s%s", "%s_%s", "%s%s"]) % (rng.choice([f, f[0]]), l) + num
    return local, dom


def p_email(ind):
    local, dom = email_value()
    style = rng.choice(["typed", "typed", "spoken", "spelled"])
    if style == "typed":
        v = local + "@" + dom
        if rng.random() < 0.3:
            v = v.upper()
        return ("chat/%s: email typed" % ind, [A("What email should the receipt go to?"), C(V(v, "EMAIL"), rng.choice(["", " thx"]))])

    def speak_part(s):
        out = []
        for tok in re.findall(r"[a-z]+|\d+|[._]", s):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok.isdigit():
                out.append(rng.choice([spell, pairs])(tok) if len(tok) % 2 == 0 else spell(tok))
            elif len(tok) == 1 or style == "spelled":
                out.append(" ".join(tok) if style == "spelled" else tok)
            else:
                out.append(tok)
        return " ".join(out)
    spoken_dom = dom.replace(".", " dot ")
    v = speak_part(local).replace(" o ", " o ") + " at " + spoken_dom
    return ("call/%s: email spoken (%s)" % (ind, style),
            [A("and what's your email address"), C(rng.choice(["it's ", "yeah ", ""]), V(v, "EMAIL"))])


def p_dob(ind):
    y = rng.randint(1940, 2004); m = rng.randint(1, 12); d = rng.randint(1, 28)
    style = rng.choice(["us_typed", "spoken_md", "spoken_num", "uk", "text"])
    if style == "us_typed":
        v = rng.choice(["%02d/%02d/%d", "%d/%d/%d", "%02d-%02d-%d"]) % (m, d, y)
        return ("chat/%s: DOB typed US order" % ind, [A("Please confirm your date of birth."), C("DOB ", V(v, "DOB"))])
    if style == "spoken_md":
        return ("call/%s: DOB spoken month day year" % ind,
                [A("can you verify your date of birth"), C("it's ", V(MONTHS[m - 1] + " " + spoken_day(d) + " " + spoken_year(y), "DOB"))])
    if style == "spoken_num":
        return ("call/%s: DOB spoken as numbers" % ind,
                [A("date of birth"), C(V(pair("%02d" % m) + " " + pair("%02d" % d) + " " + rng.choice([pair(str(y)[2:]), spoken_year(y)]), "DOB"))])
    if style == "uk":
        return ("call/%s: DOB spoken UK order" % ind,
                [A("and just to confirm your date of birth"), C("the ", V(spoken_day(d) + " of " + MONTHS[m - 1] + " " + spoken_year(y), "DOB"))])
    return ("chat/%s: DOB typed with month name" % ind,
            [C("born ", V("%s %d, %d" % (MONTHS[m - 1].capitalize()[:rng.choice([3, 9])], d, y), "DOB"), ", I'm the account holder")])


def us_address():
    num = str(rng.randint(12, 9899))
    street = rng.choice(STREETS)
    suf = rng.choice(SUFFIXES)
    city, st, zp = rng.choice(CITIES)
    z = zp + rdig(2)
    plus4 = rdig(4) if rng.random() < 0.4 else ""
    return num, street, suf, city, st, z, plus4


def p_address_us(ind):
    num, street, suf, city, st, z, plus4 = us_address()
    style = rng.choice(["typed", "typed_abbr", "spoken", "spoken_apt"])
    zipv = z + ("-" + plus4 if plus4 else "")
    if style in ("typed", "typed_abbr"):
        sfx = suf if style == "typed" else SUFFIX_ABBR[suf] + rng.choice([".", ""])
        addr = "%s %s %s" % (num, street, sfx)
        if rng.random() < 0.3:
            addr += rng.choice([" Apt 4B", " Unit 12", " #207"])
        return ("chat/%s: US street address and ZIP%s typed" % (ind, "+4" if plus4 else ""),
                [A("What's the billing address on the account?"),
                 C(V(addr, "ADDRESS"), ", %s, %s " % (city, st), V(zipv, "POSTCODE"))])
    nspoken = rng.choice([pairs(num) if len(num) == 4 else spell(num), spell(num)])
    addr = "%s %s %s" % (nspoken, street.lower(), suf.lower())
    if style == "spoken_apt":
        addr += " apartment " + ONES[rng.randint(1, 9)] + " " + rng.choice(["a", "b", "c"])
    zsp = spell(z) + (" dash " + spell(plus4) if plus4 else "")
    return ("call/%s: US street address and ZIP spoken" % ind,
            [A("can you confirm the service address"),
             C("yeah it's ", V(addr, "ADDRESS"), (" in %s %s" % (city.lower(), rng.choice(["", st.lower()]))).rstrip()),
             A("and the zip code"), C(V(zsp, "POSTCODE"))])


def p_address_uk(ind):
    num = str(rng.randint(1, 240))
    street = rng.choice(UK_STREETS)
    pc = make_uk_postcode()
    if rng.random() < 0.5:
        return ("chat/%s: UK address and postcode typed" % ind,
                [C("new address is ", V("%s %s" % (num, street), "ADDRESS"), ", Leeds ", V(rng.choice([pc, pc.replace(" ", ""), pc.lower()]), "POSTCODE"))])
    out, inw = pc.split()
    sp_pc = " ".join(letter(c, "plain") if c.isalpha() else dword(c, True) for c in out) + " " + \
        " ".join(letter(c, rng.choice(["plain", "nato"])) if c.isalpha() else dword(c, True) for c in inw)
    sp_pc = sp_pc.replace(" ".join(c for c in out if c.isdigit() and False), "")
    return ("call/%s: UK address and postcode spoken" % ind,
            [A("what's the first line of the address"), C(V("%s %s" % (pair(num.zfill(2)) if len(num) == 2 else spell(num, uk=True), street.lower()), "ADDRESS")),
             A("and the postcode"), C(V(sp_pc, "POSTCODE"))])


def p_bank_us(ind):
    acct = rdig(rng.choice([8, 10, 12]), True)
    style = rng.choice(["typed", "spoken", "split"])
    if style == "typed":
        return ("chat/%s: US checking account number typed" % ind,
                [A("Which account should the refund be deposited to?"),
                 C("checking acct # ", V(rng.choice([acct, " ".join(acct[i:i + 4] for i in range(0, len(acct), 4))]), "BANK_ACCOUNT"))])
    if style == "spoken":
        return ("call/%s: US account number spoken" % ind,
                [A("and the account number for the autopay"), C(V(mixed(acct), "BANK_ACCOUNT"))])
    g = G()
    h = len(acct) // 2
    return ("call/%s: account number split across turns" % ind,
            [A("read me the account number"), C(V(spell(acct[:h]), "BANK_ACCOUNT", g)), A("okay"),
             C(V(spell(acct[h:]), "BANK_ACCOUNT", g))])


def p_uk_bank(ind):
    sc = rdig(6); acct = rdig(8)
    if rng.random() < 0.5:
        return ("chat/%s: UK sort code and account typed" % ind,
                [C("sort code ", V(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"),
                   " acc no ", V(acct, "BANK_ACCOUNT"))])
    return ("call/%s: UK sort code as pairs and account digits" % ind,
            [A("what's the sort code"), C(V(pairs(sc, uk=True), "SORT_CODE")),
             A("and the account number"), C(V(spell(acct, uk=True), "BANK_ACCOUNT"))])


def p_iban(ind):
    ib = make_iban()
    if rng.random() < 0.5:
        v = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        return ("chat/%s: IBAN typed in groups" % ind, [C("please refund to IBAN ", V(rng.choice([v, ib, v.lower()]), "IBAN"))])
    sp = []
    for i in range(0, len(ib), 4):
        ch = ib[i:i + 4]
        sp.append(" ".join(letter(c, "plain") if c.isalpha() else dword(c) for c in ch))
    return ("call/%s: IBAN spelled out" % ind, [A("can you read me the iban"), C(V(" ".join(sp), "IBAN"))])


def homophone(s):
    w = s.split(" ")
    return " ".join({"four": "for", "two": "to", "eight": "ate"}.get(x, x) if rng.random() < 0.35 else x for x in w)


def p_card_asr_fillers(ind):
    d = make_card()
    grp = group_card(d)
    parts = [homophone(spell(x, doubles=False)) for x in grp]
    fill = [rng.choice(["um", "uh", "er"]) for _ in parts]
    v = " ".join(p + (" " + f if k < len(parts) - 1 and rng.random() < 0.6 else "") for k, (p, f) in enumerate(zip(parts, fill)))
    return ("call/%s: card with ASR homophones (for/to/ate) and fillers inside the reading" % ind,
            [A("and the card number"), C("hang on let me find my wallet okay ", V(v, "CARD_NUMBER"), " did you get that"),
             A("i did thank you")])


def p_ssn_typo(ind):
    s = make_ssn()
    t = ssn_typed(s)
    idx = [i for i, c in enumerate(t) if c == "0"]
    if idx:
        k = rng.choice(idx); t = t[:k] + rng.choice("Oo") + t[k + 1:]
    return ("chat/%s: SSN typed, letter O typed for zero where present" % ind,
            [C("hi need to verify acct, my social is ", V(t, "SSN"), " and my zip is ", V(rng.choice(CITIES)[2] + rdig(2), "POSTCODE"))])


def p_ssn_chitchat(ind):
    s = make_ssn()
    g = G()
    return ("call/%s: SSN interrupted by chit-chat mid-reading" % ind,
            [A("can you give me the social security number on the account"),
             C("yeah it's ", V(spell(s[:5]), "SSN", g), " sorry my dog is barking hold on"),
             A("no problem take your time"),
             C("okay where was i ", V(spell(s[5:]), "SSN", g), " that's the last four")])


def p_contact_pair(ind):
    p = make_us_phone()
    local, dom = email_value()
    return ("chat/%s: phone and email in one message" % ind,
            [C("you can reach me at ", V(rng.choice(["%s%s%s", "%s-%s-%s", "(%s)%s-%s"]) % (p[:3], p[3:6], p[6:]), "PHONE"),
               " or email ", V(local + "@" + dom, "EMAIL"), " - I'm free after 3:30 today")])


def p_email_letters(ind):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    y = rdig(2)
    dom = rng.choice(DOMAINS)
    v = "%s dot %s %s at %s" % (f[0], " ".join(l), pair(y) if y[0] != "0" else spell(y), dom.replace(".", " dot "))
    return ("call/%s: email with initial, surname spelled letter by letter and digits" % ind,
            [A("what email address do you want on file"), C("it's ", V(v, "EMAIL"))])


def p_irish_phone(ind):
    p = "8" + rng.choice("35679") + rdig(7)
    if rng.random() < 0.5:
        return ("chat/%s: Irish mobile +353" % ind, [C("my number is ", V("+353 %s %s %s" % (p[:2], p[2:5], p[5:]), "PHONE"))])
    return ("call/%s: Irish mobile spoken with leading oh" % ind,
            [A("and a contact number"), C(V("oh " + spell(p[:2]) + " " + spell(p[2:5]) + " " + spell(p[5:]), "PHONE"))])


def p_address_hundred(ind):
    h = rng.randint(11, 49)
    street, suf = rng.choice(STREETS), rng.choice(SUFFIXES)
    city, st, zp = rng.choice(CITIES)
    z = zp + rdig(2)
    return ("call/%s: house number said as 'N hundred', ZIP read in pairs" % ind,
            [A("what address should we ship the replacement to"),
             C(V("%s hundred %s %s" % (pair(str(h)), street.lower(), suf.lower()), "ADDRESS"), " %s %s" % (city.lower(), st.lower())),
             A("and the zip"), C(V(spell(z[:1]) + " " + pairs(z[1:]), "POSTCODE"))])


def p_dob_correction(ind):
    y = rng.randint(1950, 2000); m = rng.randint(1, 12); d = rng.randint(1, 28)
    return ("call/%s: DOB given, age mentioned (unlabelled), agent reads DOB back" % ind,
            [A("and your date of birth"), C(V(MONTHS[m - 1] + " " + spoken_day(d) + " " + spoken_year(y), "DOB"), " i'm %s" % pair(str(2026 - y))),
             A("okay so ", V("%d/%d/%d" % (m, d, y) if rng.random() < 0.5 else MONTHS[m - 1] + " " + str(d) + " " + str(y), "DOB"), " thank you")])


POS_TEMPLATES = [
    (p_card_asr_fillers, 2), (p_ssn_typo, 1), (p_ssn_chitchat, 1), (p_contact_pair, 1),
    (p_email_letters, 1), (p_irish_phone, 1), (p_address_hundred, 1), (p_dob_correction, 1),
    (p_card_chat, 3), (p_card_call_one_turn, 3), (p_card_call_split, 2), (p_card_readback, 2),
    (p_card_selfcorrect, 1), (p_card_last4_plus_amount, 2),
    (p_ssn_chat, 3), (p_ssn_call, 4), (p_ssn_split, 2), (p_ssn_last4_and_full, 2), (p_ssn_dob, 2),
    (p_ni, 8), (p_phone_us, 4), (p_phone_uk, 1), (p_email, 4), (p_dob, 2),
    (p_address_us, 4), (p_address_uk, 1), (p_bank_us, 2), (p_uk_bank, 3), (p_iban, 3),
]
US_INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "healthcare billing",
                 "government services", "travel"]


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------


def n_case():
    k = rng.randrange(30)
    amt = "%d.%02d" % (rng.randint(10, 2500), rng.randint(0, 99))
    if k == 0:
        return "chat/insurance: policy number with its name", [C("My policy number is PL-%s and I want to add a driver" % rdig(8, True))]
    if k == 1:
        return "call/insurance: claim number spoken", [A("do you have the claim number"), C("yeah claim number %s" % spell(rdig(9, True)))]
    if k == 2:
        return "chat/retail: tracking number and order number", [C("order #%s hasn't arrived, tracking number %s says delayed" % (rdig(7, True), rdig(10, True)))]
    if k == 3:
        return "call/healthcare billing: member id and balance", [A("i see member id %s with a balance of %s dollars" % (spell(rdig(9, True)), rng.choice(["two hundred forty", "eighty seven fifty", "one thousand twelve"]))), C("okay")]
    if k == 4:
        return "chat/banking: amounts and percentages", [C("Why was I charged $%s? My APR is %d.%d%% and the minimum payment was $%d" % (amt, rng.randint(12, 29), rng.randint(0, 9), rng.randint(25, 95)))]
    if k == 5:
        return "call/travel: flight number, times and gate", [A("you're on flight %s %s departing at %s gate %s" % (rng.choice(["united", "delta", "aer lingus"]), pairs(rdig(4, True)), rng.choice(["six forty five am", "eleven thirty", "nineteen twenty"]), rng.choice(["b twelve", "forty two", "c seven"]))), C("great thanks")]
    if k == 6:
        return "call/utilities: meter reading", [A("can you read me the meter"), C("it says %s" % spell(rdig(6, True))), A("thanks that's %s kilowatt hours this month" % rng.choice(["eight hundred twelve", "nine fifty", "one thousand forty"]))]
    if k == 7:
        return "chat/telecom: speed, data and model number", [C("I pay for %d Mbps but getting %d. router model %s" % (rng.choice([300, 500, 940]), rng.randint(20, 90), rng.choice(["RAX50", "NVG-468MQ", "C3000Z", "XB7"])))]
    if k == 8:
        return "call/healthcare billing: appointment date (not birth date)", [A("your appointment is on %s %s at %s" % (MONTHS[rng.randint(0, 11)], spoken_day(rng.randint(1, 28)), rng.choice(["ten fifteen", "two thirty pm", "nine am"]))), C("okay see you then")]
    if k == 9:
        return "chat/banking: payment date and amount", [C("I made a payment of $%s on %02d/%02d/2026, confirmation number %s" % (amt, rng.randint(1, 12), rng.randint(1, 28), rdig(8, True)))]
    if k == 10:
        return "call/retail: quantities, counts and durations", [C("i ordered %s boxes and waited %s minutes on hold for %s days in a row" % (rng.choice(["twelve", "three", "twenty four"]), rng.choice(["forty five", "thirty", "ninety"]), rng.choice(["three", "four", "two"])))]
    if k == 11:
        return "call/travel: hotel room number and reservation", [A("you're in room %s and your confirmation number is %s" % (rng.choice(["four twelve", "eleven oh six", "two twenty"]), spell(rdig(8, True)))), C("thank you")]
    if k == 12:
        return "chat/government services: case number and year", [C("Case number %s from %d, still pending after %d weeks" % (rdig(10, True), rng.randint(2018, 2025), rng.randint(2, 30)))]
    if k == 13:
        return "call/insurance: age, years and premium", [C("i'm %s years old been a customer since %s and the premium went up %s percent" % (rng.choice(["sixty two", "forty", "thirty three"]), spoken_year(rng.randint(1995, 2019)), rng.choice(["twelve", "eight", "fifteen"])))]
    if k == 14:
        return "call/utilities: temperature and thermostat model", [C("the thermostat says %s degrees it's a model %s" % (rng.choice(["seventy two", "sixty eight", "fifty five"]), rng.choice(["t six", "e three", "four thousand"])))]
    if k == 15:
        return "chat/telecom: ticket number and bill amount", [A("I've opened ticket INC%s for you." % rdig(7, True)), C("ok and my bill is still $%s?" % amt)]
    if k == 16:
        return "call/banking: account balance spoken", [A("your current balance is %s dollars and %s cents" % (rng.choice(["three thousand four hundred twelve", "eighteen hundred", "nine hundred ninety"]), rng.choice(["sixty", "oh five", "twenty two"]))), C("okay")]
    if k == 17:
        return "chat/retail: invoice and reference numbers", [C("Invoice %s / ref %s - total %s USD" % ("INV-" + rdig(6, True), rdig(9, True), amt))]
    if k == 18:
        return "call/insurance: group number and prescription rx number", [C("group number is %s and the rx number is %s" % (spell(rdig(6, True)), spell(rdig(7, True))))]
    if k == 20:
        return "call/retail: order placed date, item count and order number", [C("i placed it on %s %s it was %s items order number %s" % (MONTHS[rng.randint(0, 11)], spoken_day(rng.randint(1, 28)), rng.choice(["three", "five", "eleven"]), spell(rdig(8, True))))]
    if k == 21:
        return "chat/insurance: mileage, deductible and policy number", [C("Odometer is at %d,%03d miles, deductible $%d, policy # %s" % (rng.randint(12, 180), rng.randint(0, 999), rng.choice([250, 500, 1000]), "AU" + rdig(8, True)))]
    if k == 22:
        return "chat/travel: flight, seat and departure time", [C("Booked on %s %d to JFK leaving %02d:%02d seat %d%s, conf code %s" % (rng.choice(["BA", "EI", "UA", "AA"]), rng.randint(10, 2999), rng.randint(5, 22), rng.choice([0, 15, 40, 55]), rng.randint(1, 40), rng.choice("ABCDEF"), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))]
    if k == 23:
        return "call/telecom: promotional rate expiry (not a card expiry)", [A("your promotional rate expires %s twenty %s and then it goes up to %s a month" % (MONTHS[rng.randint(0, 11)], pair(str(rng.randint(26, 29))), rng.choice(["seventy nine ninety nine", "sixty dollars", "eighty five"]))), C("okay")]
    if k == 24:
        return "chat/utilities: unit price, usage and bill period", [C("Bill for %02d/%02d - %02d/%02d says %d kWh at %.1f cents/kWh, total $%s" % (rng.randint(1, 12), 1, rng.randint(1, 12), 28, rng.randint(300, 1800), rng.uniform(10, 30), amt))]
    if k == 25:
        return "call/healthcare billing: deductible and out-of-pocket amounts", [A("your deductible is %s and your out of pocket max is %s you've met %s percent" % (rng.choice(["two thousand five hundred dollars", "fifteen hundred", "three thousand"]), rng.choice(["eight thousand", "six thousand five hundred", "nine thousand two hundred"]), rng.choice(["forty", "sixty two", "eighty"]))), C("wow okay")]
    if k == 26:
        return "call/retail: tracking number with carrier name", [A("the ups tracking number is one z %s" % spell(rdig(8, True))), C("got it")]
    if k == 27:
        return "chat/telecom: call duration and app version", [C("Dropped call after %d min %d sec again. App version %d.%d.%d, iOS %d.%d" % (rng.randint(1, 59), rng.randint(0, 59), rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 9), rng.randint(15, 18), rng.randint(0, 6)))]
    if k == 28:
        return "call/government services: application number and processing weeks", [A("your application number is %s and processing takes %s to %s weeks" % (spell(rdig(10, True)), rng.choice(["six", "eight", "four"]), rng.choice(["ten", "twelve", "sixteen"]))), C("thank you")]
    if k == 29:
        return "chat/banking: transaction amounts and store number", [C("There are 2 charges of $%s at store #%s on %s %d, I only made one" % (amt, rdig(4, True), MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(1, 28)))]
    return "call/telecom: contract start date and plan price", [A("your contract started %s %s and the plan is %s a month" % (MONTHS[rng.randint(0, 11)], spoken_year(rng.randint(2019, 2025)), rng.choice(["sixty five dollars", "forty nine ninety nine", "eighty"]))), C("right")]


# --------------------------------------------------------------------------
# generation / check
# --------------------------------------------------------------------------


def case_valid(turns, spans, groups):
    """Reject renderings whose spoken form is ambiguous (e.g. 'forty' + 'seven')."""
    by = {}
    for s, g in zip(spans, groups):
        by.setdefault(g, (s["type"], []))[1].append(turns[s["turn"]]["text"][s["start"]:s["end"]])
    return all(validate(t, x)[0] for t, x in by.values())


def generate():
    rng.seed(SEED)
    _gid[0] = 0
    bag = []
    for fn, w in POS_TEMPLATES:
        bag += [fn] * w
    lines, meta = [], []
    n_pos = 0
    for rep in range(4):
        order = bag[:]
        rng.shuffle(order)
        for fn in order:
            ind = rng.choice(US_INDUSTRIES)
            if fn in (p_ni, p_phone_uk, p_address_uk, p_uk_bank):
                ind = rng.choice(["banking", "government services", "utilities", "telecom"])
            if fn is p_iban:
                ind = rng.choice(["travel", "retail", "banking"])
            for _try in range(50):
                note, turns = fn(ind)
                t, spans, groups = build(turns)
                if case_valid(t, spans, groups):
                    break
            else:
                raise AssertionError("could not build a valid %s" % fn.__name__)
            n_pos += 1
            rec = {"id": "%s-pos-%03d" % (PREFIX, n_pos), "kind": "positive", "turns": t, "spans": spans, "note": note}
            lines.append(json.dumps(rec, ensure_ascii=False))
            meta.append(groups)
    n_neg = 0
    while n_neg < 130:
        note, turns = n_case()
        t, spans, groups = build(turns)
        n_neg += 1
        rec = {"id": "%s-neg-%03d" % (PREFIX, n_neg), "kind": "negative", "turns": t, "spans": [], "note": note}
        lines.append(json.dumps(rec, ensure_ascii=False))
        meta.append([])
    return "\n".join(lines) + "\n", meta


def stats(text):
    recs = [json.loads(l) for l in text.splitlines()]
    c = Counter(s["type"] for r in recs for s in r["spans"])
    kinds = Counter(r["kind"] for r in recs)
    return recs, c, kinds


def readme(text):
    recs, c, kinds = stats(text)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return f"""# pii_holdout228 -- held-out PII redaction evaluation set

**Never use this set for tuning.** It is a held-out evaluation set; do not adjust
the redactor, its patterns or thresholds to make these cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark, or any other fixture;
the only material consulted was a 3-line example of the JSONL format.
Cases are generated by `scripts/make_pii_holdout228.py` from template functions
that assemble each turn from plain-text segments and (value, TYPE) segments, so
offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout228.py --check` regenerates and verifies the file
(identical bytes, unique ids, offsets in range and on word boundaries, no
overlapping spans) and validates every labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSNs, 6 for sort
codes, digit counts for CVV/phone/account, postcode shapes). Values that are
split over several spans (several turns, or "area code ... and then ...") are
validated after concatenation.

Emphasis: mostly US contact centres (SSNs typed and spoken, ZIP and ZIP+4, US
phone formats, US street addresses, card payments by phone) plus US non-PII
lookalikes (policy, member, claim, group, tracking, ticket, invoice numbers with
their names). Some UK/IE/EU cases (NI numbers, sort codes, IBANs, UK postcodes).

## Annotation conventions

* A span covers the value only: no lead-in words ("it's", "my ssn is", "area code"),
  no trailing chit-chat. Filler/separator words *inside* a reading ("dash", "double",
  "triple", "oh", "x for x-ray" phonetic spellings) are inside the span.
* ASR homophones inside a reading ("for" for four, "to" for two, "ate" for eight) and
  hesitation fillers between groups ("um", "uh") are inside the span.
* Renderings whose spoken form would be ambiguous (e.g. "forty" followed by "seven"
  meant as 4-0-7) are rejected by the generator, so every gold value decodes uniquely.
* A value split across turns gets one span per turn, each covering that turn's piece.
  Agent back-channels ("mhm", "okay go on") are not labelled.
* When the agent reads a value back, the read-back is labelled too.
* Self-corrections: the retracted digits before "no sorry" are left unlabelled; the
  corrected reading is labelled.
* PHONE with "area code X and then Y": X and Y are separate spans; the words
  "area code" / "and then" are outside.
* ADDRESS covers house number through street suffix (and apartment/unit when given);
  city and state are not labelled; ZIP / postcode is a separate POSTCODE span.
* EXPIRY covers the month/year expression; CVV only the digits; DOB the whole date
  expression (e.g. "march fourth nineteen seventy two", "the fourth of march ...": the
  leading "the" is outside).
* Reference numbers (order, claim, policy, member, group, rx, ticket, invoice,
  confirmation, tracking), amounts, dates that are not birth dates, times, counts etc.
  are never labelled; negatives contain only such material.

## Counts

Positives: {kinds['positive']}  Negatives: {kinds['negative']}

| type | spans |
|---|---|
{rows}
"""


def check(text, meta):
    problems = []
    if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not README.exists() or README.read_text(encoding="utf-8") != readme(text):
        problems.append("README.md differs from regenerated output")
    recs, c, kinds = stats(text)
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r, groups in zip(recs, meta):
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s: positive without spans" % r["id"])
        for tt in r["turns"]:
            if tt["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % r["id"])
        seen = {}
        by_group = {}
        for s, g in zip(r["spans"], groups):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (r["id"], s["type"]))
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                problems.append("%s: offsets out of range" % r["id"]); continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (r["id"], txt[a:b]))
            if txt[a].isspace() or txt[b - 1].isspace():
                problems.append("%s: span has surrounding whitespace" % r["id"])
            for (a2, b2) in seen.get(s["turn"], []):
                if a < b2 and a2 < b:
                    problems.append("%s: overlapping spans" % r["id"])
            seen.setdefault(s["turn"], []).append((a, b))
            by_group.setdefault(g, (s["type"], []))[1].append(txt[a:b])
        for g, (typ, texts) in by_group.items():
            ok, norm = validate(typ, texts)
            if not ok:
                problems.append("%s: %s fails validation: %r -> %r" % (r["id"], typ, texts, norm))
    if kinds["positive"] < MIN_POS or kinds["negative"] < MIN_NEG:
        problems.append("too few cases: %s" % dict(kinds))
    for t in TYPES:
        if c[t] < MIN_SPANS[t]:
            problems.append("type %s has %d spans (< %d)" % (t, c[t], MIN_SPANS[t]))
    print("positives=%d negatives=%d" % (kinds["positive"], kinds["negative"]))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    return problems


def main(argv):
    text, meta = generate()
    if "--check" in argv:
        problems = check(text, meta)
        for p in problems[:200]:
            print("PROBLEM:", p)
        if problems:
            print("FAILED: %d problem(s)" % len(problems))
            return 1
        print("OK: check passed")
        return 0
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(readme(text), encoding="utf-8")
    recs, c, kinds = stats(text)
    print("wrote %s (%d positives, %d negatives)" % (CASES, kinds["positive"], kinds["negative"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

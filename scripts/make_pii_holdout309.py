#!/usr/bin/env python3
"""Generate the held-out PII redaction set h309 (UK/IE emphasis).

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.

    python scripts/make_pii_holdout309.py          # write fixture + README
    python scripts/make_pii_holdout309.py --check  # regenerate and verify
"""
from __future__ import annotations

import datetime
import json
import random
import re
import sys
from pathlib import Path

SEED = 309241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout309"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h309"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- building

class V:
    """A labelled segment: text, type, key of the value it belongs to."""
    def __init__(self, text, typ, key):
        self.text, self.typ, self.key = text, typ, key


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []          # (speaker, [segments])
        self.values = {}         # key -> (type, canonical, compare-mode)
        self._n = 0

    def val(self, typ, canonical, mode):
        self._n += 1
        key = self._n
        self.values[key] = (typ, canonical, mode)
        return key

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def render(case, cid):
    turns, spans, pieces = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                pieces.setdefault(s.key, []).append(s.text)
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    obj = {"id": cid, "kind": case.kind, "turns": turns, "spans": spans, "note": case.note}
    return obj, pieces


# ---------------------------------------------------------------- spoken forms

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
# plain-word spellings people use ("b for bob")
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
             "m": "mother", "n": "nellie", "p": "peter", "r": "robert", "s": "sugar",
             "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pea", "t": "tea", "y": "why",
        "r": "are", "e": "e", "w": "w"}


def zero_word(loc="uk"):
    if loc == "us":
        return R.choice(["zero", "zero", "oh", "o"])
    return R.choice(["oh", "oh", "o", "zero", "nought"])


def dword(d, loc="uk"):
    return zero_word(loc) if d == "0" else ONES[int(d)]


def say_single(ds, loc="uk"):
    return " ".join(dword(d, loc) for d in ds)


def say_doubles(ds, loc="uk"):
    out, i = [], 0
    while i < len(ds):
        j = i
        while j < len(ds) and ds[j] == ds[i]:
            j += 1
        run = j - i
        while run >= 2:
            if run == 3 or (run > 3 and run % 2 == 1):
                out.append("triple " + dword(ds[i], loc))
                run -= 3
            else:
                out.append("double " + dword(ds[i], loc))
                run -= 2
        if run == 1:
            out.append(dword(ds[i], loc))
        i = j
    return " ".join(out)


def say_pair(p, loc="uk"):
    a, b = p[0], p[1]
    if a == "0":
        return dword("0", loc) + " " + dword(b, loc)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":  # avoid bare tens words (ambiguous before a unit word)
        return ONES[int(a)] + " " + dword("0", loc)
    return TENS[int(a)] + " " + ONES[int(b)]


def say_pairs(ds, loc="uk"):
    out = []
    if len(ds) % 2:
        out.append(dword(ds[0], loc))
        ds = ds[1:]
    for i in range(0, len(ds), 2):
        out.append(say_pair(ds[i:i + 2], loc))
    return " ".join(out)


def say_any(ds, loc="uk"):
    return R.choice([say_single, say_single, say_doubles, say_pairs])(ds, loc)


def groups(ds, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return out


def say_letter(ch, style=None):
    ch = ch.lower()
    style = style or R.choice(["plain", "plain", "nato", "for", "homo"])
    if ch == "o" and style in ("plain", "homo", "for"):
        style = "nato"
    if style == "nato":
        return f"{ch} for {NATO[ch]}" if R.random() < 0.7 else f"{ch} as in {NATO[ch]}"
    if style == "for" and ch in FOR_WORDS:
        return f"{ch} for {FOR_WORDS[ch]}"
    if style == "homo" and ch in HOMO:
        return HOMO[ch]
    return ch


FILLERS = ["um", "uh", "er", "erm"]

# ---------------------------------------------------------------- normalising (for --check)

WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: str(i) for i, w in enumerate(TENS) if w}
SKIP = {"um", "uh", "er", "erm", "ah", "and", "then", "its", "is", "that", "dash",
        "hyphen", "space", "slash", "plus", "yeah", "so", "sorry", "the", "last", "digits",
        "it's", "that's", "thats"}
LETTERWORDS = {v: k for k, v in HOMO.items() if len(v) > 1}


def norm_alnum(text, letters=True):
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"[a-z0-9']+", t)
    out, i = [], 0
    nato_rev = {v.replace("-", ""): k for k, v in NATO.items()}
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt is not None:
            rep = 2 if w == "double" else 3
            sub = norm_alnum(nxt, letters)
            out.append(sub * rep)
            i += 2
            continue
        if w in TENSNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "nil"):
                out.append(TENSNUM[w] + WORDNUM[nxt])
                i += 2
            else:
                out.append(TENSNUM[w] + "0")
                i += 1
            continue
        if w in TEENNUM:
            out.append(TEENNUM[w]); i += 1; continue
        # "b for bravo" / "b as in bravo"
        if len(w) == 1 and w.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            if j < len(toks) and toks[j][:1] == w:
                out.append(w.upper()); i = j + 1; continue
        if w in WORDNUM and not (letters and w == "o" and False):
            out.append(WORDNUM[w]); i += 1; continue
        if w in SKIP:
            i += 1; continue
        if letters and w in LETTERWORDS:
            out.append(LETTERWORDS[w].upper()); i += 1; continue
        if letters and w in nato_rev:
            out.append(nato_rev[w].upper()); i += 1; continue
        out.append(w.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower()
    t = re.sub(r"\b(zero|one|two|three|four|five|six|seven|eight|nine)\b", lambda m: str(ONES.index(m.group(1))), t)
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    t = re.sub(r"\b(dash|hyphen)\b", "-", t)
    return re.sub(r"\s+", "", t)


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR = re.compile(r"[ACDEFHKNPRTVWXY]\d[\dW][0-9ACDEFHKNPRTVWXY]{4}")
US_ZIP = re.compile(r"\d{5}(\d{4})?")


def validate_canonical(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        return v.isdigit() and len(v) == 4 and 1 <= int(v[:2]) <= 12
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 9 <= len(v) <= 14
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if typ == "DOB":
        try:
            datetime.date.fromisoformat(v)
            return True
        except ValueError:
            return False
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(v) or EIR.fullmatch(v) or US_ZIP.fullmatch(v))
    if typ == "ADDRESS":
        return bool(re.search(r"\d", v)) and bool(re.search(r"[a-z]", v, re.I))
    return False


# ---------------------------------------------------------------- value generators

def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "debit"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "debit":
        body = R.choice(["4659", "4751", "4462", "4921"]) + digits(11)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += digits(15 - len(body))
    else:
        body = R.choice(["34", "37"]) + digits(12)
    return luhn_complete(body)


def card_groups(c):
    return groups(c, [4, 6, 5]) if len(c) == 15 else groups(c, [4, 4, 4, 4])


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST.replace("O", "")) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def gen_sort():
    return R.choice(["20", "40", "30", "60", "77", "83", "90", "11", "09", "16", "23", "08"]) + digits(4)


def gen_acct(n=8):
    return str(R.randint(1, 9)) + digits(n - 1)


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(ch, 36)) for ch in r))
    return f"{cc}{98 - n % 97:02d}{bban}"


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "IE", "GB", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_sort() + gen_acct()
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + R.choice(["93", "90", "98"]) + digits(4) + gen_acct()
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    return make_iban(cc, bban)


def gen_phone(kind=None):
    """Returns (digits-as-canonical, chat display form, spoken-ready groups, loc)."""
    kind = kind or R.choice(["ukmob", "ukmob", "ukland", "iemob", "ieland", "us", "ukmob_intl", "iemob_intl"])
    if kind == "ukmob":
        d = "07" + R.choice("34579") + digits(8)
        return d, R.choice([f"{d[:5]} {d[5:]}", d, f"{d[:5]} {d[5:8]} {d[8:]}", f"{d[:4]}-{d[4:7]}-{d[7:]}"]), groups(d, [5, 3, 3]), "uk"
    if kind == "ukmob_intl":
        d = "447" + R.choice("3579") + digits(8)
        if R.random() < 0.25:
            return "00" + d, f"0044 {d[2:6]} {d[6:]}", ["00" + d[:2], d[2:6], d[6:9], d[9:]], "uk"
        return d, R.choice([f"+44 {d[2:6]} {d[6:]}", f"+44{d[2:]}"]), ["plus", d[:2], d[2:6], d[6:9], d[9:]], "uk"
    if kind == "ukland":
        area = R.choice(["0161", "0121", "0113", "0117", "0131", "0141", "0151", "0191", "01632", "0114"])
        d = area + digits(11 - len(area))
        if area == "0161" or len(area) == 4:
            disp = R.choice([f"{d[:4]} {d[4:7]} {d[7:]}", f"({d[:4]}) {d[4:]}", d])
        else:
            disp = f"{d[:5]} {d[5:]}"
        return d, disp, groups(d, [len(area), 3, 4]), "uk"
    if kind == "iemob":
        d = R.choice(["083", "085", "086", "087", "089"]) + digits(7)
        return d, R.choice([f"{d[:3]} {d[3:6]} {d[6:]}", d, f"{d[:3]}-{d[3:]}"]), groups(d, [3, 3, 4]), "ie"
    if kind == "iemob_intl":
        d = "353" + R.choice(["83", "85", "86", "87"]) + digits(7)
        return d, R.choice([f"+353 {d[3:5]} {d[5:8]} {d[8:]}", f"+353{d[3:]}"]), ["plus", d[:3], d[3:5], d[5:8], d[8:]], "ie"
    if kind == "ieland":
        area = R.choice(["01", "021", "091", "061", "051"])
        d = area + digits(9 - len(area) if area == "01" else 10 - len(area))
        if area == "01":
            d = area + digits(7)
        return d, f"({area}) {d[len(area):len(area)+3]} {d[len(area)+3:]}", groups(d, [len(area), 3, 4]), "ie"
    a = R.choice(["212", "415", "617", "312", "206", "512"]) + str(R.randint(2, 9)) + digits(2) + digits(4)
    d = a
    return d, R.choice([f"({d[:3]}) {d[3:6]}-{d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]}.{d[3:6]}.{d[6:]}"]), groups(d, [3, 3, 4]), "us"


FIRST = ["sarah", "james", "aoife", "niamh", "ciaran", "john", "emma", "liam", "olivia", "gareth",
         "siobhan", "tom", "rachel", "declan", "priya", "mohammed", "katie", "padraig", "fiona", "dave"]
LAST = ["murphy", "kelly", "obrien", "walsh", "smith", "jones", "taylor", "byrne", "evans", "patel",
        "hughes", "doyle", "mccarthy", "wilson", "davies", "ryan", "khan", "thompson", "lynch", "price"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "eircom.net", "icloud.com",
           "btinternet.com", "live.ie", "sky.com", "protonmail.com"]
STREETS = ["hawthorn road", "mill lane", "church street", "victoria avenue", "station road",
           "kings crescent", "meadow close", "park view", "the green", "oakfield drive",
           "willow grove", "high street", "castle terrace", "orchard way", "main street",
           "clonliffe road", "beech park", "ashgrove lane", "riverside walk", "queens gardens"]
TOWNS = ["leeds", "manchester", "bristol", "cardiff", "glasgow", "swansea", "norwich", "derby",
         "dublin", "cork", "galway", "limerick", "belfast", "york", "reading"]
UK_PCS = ["LS6 2QR", "M14 5TP", "BS3 1JE", "CF24 4HQ", "G12 8QQ", "SA1 6LT", "NR2 3DA",
          "DE22 1HB", "BT9 6AZ", "YO10 5DD", "RG1 8EQ", "SW1A 2AA", "EC2A 4NE", "B15 2TT",
          "N16 7UX", "SE15 4QL", "EH3 9BS", "L17 8XY", "NE6 5RQ", "W3 7HG", "OX4 1AW", "CB2 1TN"]
EIRCODES = ["D02 X285", "D04 H6K2", "T12 R2VX", "H91 E2K3", "V94 T9PX", "D6W RX29", "A65 F4E2",
            "D08 VF8H", "T23 K8N7", "X91 P2C4"]
US_ZIPS = ["90210", "10001", "60614", "94110", "02139", "73301", "98101", "30309", "78701", "33139"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def number_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + ONES[n % 10]


def year_words(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " and " + number_words(y - 2000))
    return number_words(y // 100) + " " + (number_words(y % 100) if y % 100 >= 10 else "oh " + ONES[y % 100])


def gen_dob():
    y = R.randint(1948, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return datetime.date(y, m, d)


# ---------------------------------------------------------------- positive templates
# each returns a Case

INDUSTRY_CARD = ["retail", "telecom", "utilities", "insurance", "travel", "healthcare billing",
                 "banking", "government services"]


def pos_card_chat():
    c = Case("positive", "")
    card = gen_card()
    g = card_groups(card)
    sep = R.choice([" ", " ", "-", "", "  ", "."])
    disp = sep.join(g)
    if R.random() < 0.2:
        disp = card
        sep = ""
    k = c.val("CARD_NUMBER", card, "digits")
    ind = R.choice(INDUSTRY_CARD)
    lead = R.choice(["card number is ", "its ", "ok here u go ", "Card: ", "long number on card = ",
                     "pls use this one ", "the card is "])
    c.a("Thanks. Please type the long card number into the secure field or here if that doesn't load.")
    c.c(lead, V(disp, "CARD_NUMBER", k), R.choice(["", " thanks", " - its a debit card", ". the amount is £42.50", " cheers"]))
    c.note = f"chat/{ind}: card typed with separator {sep!r}"
    if R.random() < 0.6:
        cvv = digits(4 if len(card) == 15 else 3)
        kk = c.val("CVV", cvv, "digits")
        mm = R.randint(1, 12); yy = R.randint(26, 31)
        ke = c.val("EXPIRY", f"{mm:02d}{yy}", "none")
        exp = R.choice([f"{mm:02d}/{yy}", f"{mm:02d}/20{yy}", f"{mm:02d}-{yy}", f"{mm}/{yy}"])
        c.a("And the expiry date and the security code on the back?")
        if R.random() < 0.5:
            c.c("exp ", V(exp, "EXPIRY", ke), " cvv ", V(cvv, "CVV", kk))
        else:
            c.c("expires ", V(exp, "EXPIRY", ke), ", security code ", V(cvv, "CVV", kk), R.choice(["", " :)"]))
        c.note += " plus expiry and cvv"
    return c


def pos_card_call_one_turn():
    c = Case("positive", "")
    card = gen_card()
    loc = R.choice(["uk", "uk", "ie", "us"])
    style = R.choice(["single", "doubles", "pairs", "groups"])
    if style == "groups":
        txt = R.choice([" ", " um ", " uh "]).join(say_any(x, loc) for x in card_groups(card))
    else:
        txt = {"single": say_single, "doubles": say_doubles, "pairs": say_pairs}[style](card, loc)
    k = c.val("CARD_NUMBER", card, "digits")
    c.a(R.choice(["okay and the long number across the front of the card please",
                  "right when you're ready the sixteen digit card number",
                  "can i take the card number please"]))
    c.c(R.choice(["yeah it's ", "okay so ", "right ", "", "it's um "]), V(txt, "CARD_NUMBER", k),
        R.choice(["", " that's it", " and that's a visa", " thank you"]))
    c.note = f"call/{R.choice(INDUSTRY_CARD)}: card read in one turn, style {style}, loc {loc}"
    return c


def pos_card_call_split():
    c = Case("positive", "")
    card = gen_card()
    loc = R.choice(["uk", "ie"])
    k = c.val("CARD_NUMBER", card, "digits")
    gs = card_groups(card)
    c.a("okay go ahead with the card number")
    bcs = ["mhm", "yep", "okay", "go on", "okay go on", "yeah", "got that"]
    for i, g in enumerate(gs):
        pre = R.choice(["", "", "um ", "right "]) if i == 0 else R.choice(["", "", "then "])
        c.c(pre, V(say_any(g, loc), "CARD_NUMBER", k), R.choice(["", "", " um"]))
        if i < len(gs) - 1:
            c.a(R.choice(bcs))
    note = "call/%s: card split over %d customer turns with back-channels" % (R.choice(INDUSTRY_CARD), len(gs))
    if R.random() < 0.5:
        mm = R.randint(1, 12); yy = R.randint(26, 31)
        ke = c.val("EXPIRY", f"{mm:02d}{yy}", "none")
        c.a("lovely and the expiry")
        e = R.choice([f"{say_single(f'{mm:02d}', loc)} {number_words(yy)}",
                      f"{MONTHS[mm-1]} twenty {number_words(yy)}",
                      f"{say_single(f'{mm:02d}', loc)} slash {number_words(yy)}",
                      f"end of {MONTHS[mm-1]} {number_words(yy)}"])
        c.c(R.choice(["it's ", "", "expires "]), V(e, "EXPIRY", ke))
        cv = digits(4 if len(card) == 15 else 3)
        kc = c.val("CVV", cv, "digits")
        c.a("and the last three digits on the signature strip" if len(cv) == 3 else "and the four digit code on the front")
        c.c(R.choice(["", "that's ", "um "]), V(say_single(cv, loc), "CVV", kc))
        note += ", expiry and cvv spoken"
    c.note = note
    return c


def pos_card_readback():
    c = Case("positive", "")
    card = gen_card("visa")
    k = c.val("CARD_NUMBER", card, "digits")
    k2 = c.val("CARD_NUMBER", card, "digits")
    g = card_groups(card)
    c.a("and the card number please")
    c.c(V(say_single(card, "uk"), "CARD_NUMBER", k))
    c.a("let me just read that back to you ", V(" ".join(say_single(x, "uk") for x in g), "CARD_NUMBER", k2),
        " is that right")
    c.c(R.choice(["yes that's right", "yep spot on", "correct yeah"]))
    c.note = "call/utilities: card read by customer and read back by agent, both labelled"
    return c


def pos_card_selfcorrect():
    c = Case("positive", "")
    card = gen_card("mc")
    k = c.val("CARD_NUMBER", card, "digits")
    g = card_groups(card)
    wrong = g[1][:2] + str((int(g[1][2]) + 3) % 10)
    c.a("go ahead with the card number")
    c.c(V(say_single(g[0]), "CARD_NUMBER", k), " ", say_single(wrong), " no sorry ",
        V(say_single(g[1]), "CARD_NUMBER", k))
    c.a("okay")
    c.c(V(say_single(g[2] + g[3]), "CARD_NUMBER", k))
    c.note = "call/retail: card with self-correction; the abandoned wrong digits are unlabelled"
    return c


def pos_ni_chat():
    c = Case("positive", "")
    ni = gen_ni()
    k = c.val("NI_NUMBER", ni, "alnum")
    f = R.choice(["spaced", "compact", "lower", "dash", "mixed", "pairs_nospace", "block"])
    if f == "spaced":
        d = f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}"
    elif f == "compact":
        d = ni
    elif f == "lower":
        d = ni.lower() if R.random() < 0.5 else f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}".lower()
    elif f == "dash":
        d = f"{ni[:2]}-{ni[2:4]}-{ni[4:6]}-{ni[6:8]}-{ni[8]}"
    elif f == "mixed":
        d = f"{ni[:2]}{ni[2:8]} {ni[8]}"
    elif f == "block":
        d = f"{ni[:2]} {ni[2:8]} {ni[8]}"
    else:
        d = f"{ni[:2]} {ni[2:8]}{ni[8]}"
    ctx = R.choice(["gov services", "payroll/HR", "benefits", "pensions", "tax office"])
    c.a(R.choice(["Can you confirm your National Insurance number please?",
                  "To verify, what's your NI number?", "Please provide your NINO for the claim."]))
    c.c(R.choice(["its ", "NI no. ", "sure - ", "", "ni number: ", "my national insurance is "]),
        V(d, "NI_NUMBER", k), R.choice(["", " thanks", ". I moved house last year tho", " (think thats right)"]))
    c.note = f"chat/{ctx}: NI number typed {f}"
    return c


def ni_spoken(ni, loc="uk"):
    letstyle = R.choice(["plain", "nato", "for", "homo", "mix"])

    def L(ch):
        return say_letter(ch, None if letstyle == "mix" else letstyle)
    if ni[0] == ni[1] and R.random() < 0.7:
        pre = "double " + ni[0].lower()
    else:
        pre = L(ni[0]) + " " + L(ni[1])
    num = R.choice([say_single, say_pairs, say_doubles])(ni[2:8], loc)
    return pre, num, L(ni[8]), letstyle


def pos_ni_call():
    c = Case("positive", "")
    ni = gen_ni()
    k = c.val("NI_NUMBER", ni, "alnum")
    pre, num, suf, ls = ni_spoken(ni)
    c.a(R.choice(["and your national insurance number", "can i take your n i number please",
                  "for security can you give me your national insurance number"]))
    mode = R.choice(["one", "split3", "split_bc", "filler"])
    if mode == "one":
        c.c(R.choice(["yeah it's ", "", "it is "]), V(f"{pre} {num} {suf}", "NI_NUMBER", k))
    elif mode == "filler":
        mid = num.split(" ")
        cut = len(mid) // 2
        c.c(R.choice(["right so ", "okay "]), V(f"{pre} {' '.join(mid[:cut])} um {' '.join(mid[cut:])} {suf}", "NI_NUMBER", k),
            R.choice(["", " i think", " yeah"]))
    elif mode == "split3":
        c.c(V(pre, "NI_NUMBER", k))
        c.a(R.choice(["mhm", "yep", "okay"]))
        c.c(V(num, "NI_NUMBER", k))
        c.a(R.choice(["and the letter at the end", "okay and the last letter"]))
        c.c(R.choice(["", "it's "]), V(suf, "NI_NUMBER", k))
    else:
        c.c(R.choice(["hang on let me get my payslip ", "one sec "]), "okay ", V(pre, "NI_NUMBER", k))
        c.a("go on")
        a, b = ni[2:5], ni[5:8]
        c.c(V(say_any(a), "NI_NUMBER", k))
        c.a("mhm")
        c.c(V(f"{say_any(b)} {suf}", "NI_NUMBER", k))
    c.note = f"call/{R.choice(['government services', 'pensions', 'payroll', 'benefits', 'student finance'])}: NI spoken ({mode}, letters {ls})"
    return c


def pos_ni_readback():
    c = Case("positive", "")
    ni = gen_ni()
    k1 = c.val("NI_NUMBER", ni, "alnum")
    k2 = c.val("NI_NUMBER", ni, "alnum")
    pre, num, suf, _ = ni_spoken(ni)
    c.a("what's your national insurance number")
    c.c(V(f"{pre} {num} {suf}", "NI_NUMBER", k1))
    c.a("thank you so that's ", V(f"{say_letter(ni[0], 'nato')} {say_letter(ni[1], 'nato')} {say_single(ni[2:8])} {say_letter(ni[8], 'nato')}", "NI_NUMBER", k2),
        " and i've got your claim reference as well that's fine")
    c.c("yes")
    c.note = "call/government services: NI spoken by customer, agent reads back phonetically"
    return c


def pos_ssn():
    c = Case("positive", "")
    s = gen_ssn()
    k = c.val("SSN", s, "digits")
    if R.random() < 0.45:
        d = R.choice([f"{s[:3]}-{s[3:5]}-{s[5:]}", f"{s[:3]} {s[3:5]} {s[5:]}", s, f"{s[:3]}.{s[3:5]}.{s[5:]}"])
        c.a(R.choice(["For verification please enter your Social Security number.",
                      "I'll need the SSN on the policy to continue."]))
        c.c(R.choice(["ssn ", "it's ", "", "Social is "]), V(d, "SSN", k), R.choice(["", " thx", ". my zip changed too"]))
        c.note = f"chat/{R.choice(['us insurance', 'us banking', 'us healthcare billing', 'us telecom'])}: SSN typed"
    else:
        mode = R.choice(["one", "split", "pairs", "last4"])
        c.a(R.choice(["can i get your social security number please", "and your social to verify",
                      "what's the social on the account"]))
        if mode == "one":
            c.c(R.choice(["sure it's ", "", "yeah "]), V(" ".join(say_any(x, "us") for x in groups(s, [3, 2, 4])), "SSN", k))
        elif mode == "pairs":
            c.c(V(f"{say_single(s[:3], 'us')} {say_pair(s[3:5], 'us')} {say_pairs(s[5:], 'us')}", "SSN", k))
        elif mode == "split":
            g = groups(s, [3, 2, 4])
            c.c(V(say_single(g[0], "us"), "SSN", k))
            c.a(R.choice(["uh huh", "okay", "mhm"]))
            c.c(V(say_single(g[1], "us"), "SSN", k))
            c.a("go ahead")
            c.c(V(say_any(g[2], "us"), "SSN", k), R.choice(["", " and that's it"]))
        else:
            c.c(V(say_single(s[:5], "us"), "SSN", k), " uh hold on ", V(say_single(s[5:], "us"), "SSN", k))
        c.note = f"call/{R.choice(['us insurance', 'us banking', 'us healthcare billing', 'us government services'])}: SSN spoken ({mode})"
    return c


def pos_bank_uk():
    c = Case("positive", "")
    sc = gen_sort(); ac = gen_acct()
    ks = c.val("SORT_CODE", sc, "digits"); ka = c.val("BANK_ACCOUNT", ac, "digits")
    ind = R.choice(["banking", "utilities direct debit", "insurance refund", "payroll", "council tax"])
    if R.random() < 0.4:
        sd = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}", f"{sc[:2]}/{sc[2:4]}/{sc[4:]}"])
        c.a("Please send the sort code and account number for the refund.")
        if R.random() < 0.5:
            c.c("sort code ", V(sd, "SORT_CODE", ks), " acc no ", V(ac, "BANK_ACCOUNT", ka))
        else:
            c.c(V(sd, "SORT_CODE", ks), R.choice([" / ", " and ", ", "]), V(ac, "BANK_ACCOUNT", ka), " - nationwide")
        c.note = f"chat/{ind}: sort code and account typed in one message"
    else:
        mode = R.choice(["two", "one", "pairs"])
        c.a("what's the sort code for the account")
        if mode == "pairs":
            c.c(V(say_pairs(sc), "SORT_CODE", ks))
        else:
            c.c(R.choice(["it's ", "", "um "]), V(" ".join(say_any(x) for x in groups(sc, [2, 2, 2])), "SORT_CODE", ks))
        c.a("and the account number")
        if mode == "one" or mode == "pairs":
            c.c(V(say_any(ac), "BANK_ACCOUNT", ka))
        else:
            c.c(V(say_any(ac[:4]), "BANK_ACCOUNT", ka))
            c.a(R.choice(["mhm", "yep"]))
            c.c(V(say_any(ac[4:]), "BANK_ACCOUNT", ka))
        c.note = f"call/{ind}: sort code and 8 digit account spoken ({mode})"
    return c


def pos_bank_us():
    c = Case("positive", "")
    n = R.choice([9, 10, 11, 12])
    ac = gen_acct(n)
    k = c.val("BANK_ACCOUNT", ac, "digits")
    if R.random() < 0.5:
        c.a("What's the checking account number you'd like to use for autopay?")
        c.c("acct # ", V(ac, "BANK_ACCOUNT", k), " at chase")
        c.note = "chat/us utilities: checking account typed with '#'"
    else:
        c.a("and the account number on the check")
        c.c("okay it's ", V(say_single(ac, "us"), "BANK_ACCOUNT", k))
        c.note = "call/us banking: account read digit by digit"
    return c


def pos_iban():
    c = Case("positive", "")
    ib = gen_iban()
    k = c.val("IBAN", ib, "alnum")
    if R.random() < 0.5:
        d = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib,
                      " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        c.a("Could you send the IBAN for the refund?")
        c.c(R.choice(["IBAN: ", "iban is ", "", "here: "]), V(d, "IBAN", k), R.choice(["", " bic AIBKIE2D", " thanks"]))
        c.note = f"chat/{R.choice(['banking', 'travel refund', 'insurance', 'utilities'])}: IBAN ({ib[:2]}) typed"
    else:
        parts = [ib[:2], ib[2:4]] + [ib[i:i + 4] for i in range(4, len(ib), 4)]

        def sp(p):
            out = []
            for ch in p:
                out.append(say_letter(ch, R.choice(["plain", "nato"])) if ch.isalpha() else dword(ch, "ie"))
            return " ".join(out)
        c.a("go ahead with the i ban when you're ready")
        half = len(parts) // 2
        c.c(V(" ".join(sp(p) for p in parts[:half]), "IBAN", k))
        c.a(R.choice(["okay", "mhm go on", "yep"]))
        c.c(V(" ".join(sp(p) for p in parts[half:]), "IBAN", k))
        c.note = f"call/{R.choice(['banking', 'travel refund', 'insurance'])}: IBAN ({ib[:2]}) spoken over two turns"
    return c


def pos_phone():
    c = Case("positive", "")
    d, disp, gs, loc = gen_phone()
    k = c.val("PHONE", d, "digits")
    if R.random() < 0.45:
        c.a(R.choice(["What's the best number to reach you on?", "Can you confirm the mobile number on the account?"]))
        c.c(R.choice(["", "its ", "mob: ", "call me on ", "best is "]), V(disp, "PHONE", k),
            R.choice(["", " after 6pm", " thanks", " (not the landline)"]))
        c.note = f"chat/{R.choice(['telecom', 'utilities', 'retail', 'insurance', 'healthcare billing'])}: phone typed ({loc})"
    else:
        def sp(g):
            return "plus" if g == "plus" else say_any(g, loc)
        txt = " ".join(sp(g) for g in gs)
        mode = R.choice(["one", "one", "split"])
        c.a("and a contact number for you")
        if mode == "one":
            c.c(R.choice(["yeah it's ", "", "my mobile is "]), V(txt, "PHONE", k))
        else:
            first = " ".join(sp(g) for g in gs[:2])
            rest = " ".join(sp(g) for g in gs[2:])
            c.c(V(first, "PHONE", k))
            c.a(R.choice(["mhm", "yep", "okay"]))
            c.c(V(rest, "PHONE", k))
        c.note = f"call/{R.choice(['telecom', 'utilities', 'travel', 'insurance'])}: phone spoken ({loc}, {mode})"
    return c


def email_pick():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{f}_{l}", f"{l}.{f[0]}", f"{f}-{l}"])
    return f"{local}@{dom}"


def email_spoken(e):
    local, dom = e.split("@")

    def w(s):
        s = s.replace(".", " dot ").replace("_", " underscore ").replace("-", " dash ")
        s = re.sub(r"(\d+)", lambda m: " " + " ".join(ONES[int(x)] for x in m.group(1)) + " ", s)
        return re.sub(r"\s+", " ", s).strip()
    return f"{w(local)} at {w(dom)}"


def pos_email():
    c = Case("positive", "")
    e = email_pick()
    if R.random() < 0.45:
        k = c.val("EMAIL", e, "email")
        disp = e if R.random() < 0.7 else e.capitalize()
        c.a("What email should we send the confirmation to?")
        c.c(R.choice(["", "its ", "email: ", "pls send to "]), V(disp, "EMAIL", k), R.choice(["", " thanks", ".", " ta"]))
        c.note = f"chat/{R.choice(['retail', 'travel', 'telecom', 'insurance'])}: email typed"
        if c.values[k][1] != disp.lower():
            pass
    else:
        k = c.val("EMAIL", e, "email")
        sp = email_spoken(e)
        c.a("and an email address for the paperwork")
        c.c(R.choice(["yeah it's ", "", "it's um "]), V(sp, "EMAIL", k), R.choice(["", " all lower case", " all one word"]))
        c.note = f"call/{R.choice(['utilities', 'insurance', 'travel', 'government services'])}: email dictated with 'dot' and 'at'"
    return c


def dob_forms(d, chat):
    if chat:
        return R.choice([d.strftime("%d/%m/%Y"), d.strftime("%d.%m.%y"), f"{d.day} {MONTHS[d.month-1].capitalize()} {d.year}",
                         d.strftime("%d-%m-%Y"), f"{d.day}/{d.month}/{d.year % 100:02d}"])
    return R.choice([f"the {ORD[d.day]} of {MONTHS[d.month-1]} {year_words(d.year)}",
                     f"{ORD[d.day]} {MONTHS[d.month-1]} {year_words(d.year)}",
                     f"{say_single(f'{d.day:02d}')} {say_single(f'{d.month:02d}')} {year_words(d.year)}",
                     f"{MONTHS[d.month-1]} {ORD[d.day]} {year_words(d.year)}"])


def pos_dob():
    c = Case("positive", "")
    d = gen_dob()
    k = c.val("DOB", d.isoformat(), "none")
    chat = R.random() < 0.4
    c.a(R.choice(["can you confirm your date of birth", "and your date of birth please", "What's your DOB?"]))
    c.c(R.choice(["", "yeah it's ", "it's ", "dob "]), V(dob_forms(d, chat), "DOB", k),
        R.choice(["", " if that helps", " thanks"]) if not chat else R.choice(["", " ty"]))
    c.note = f"{'chat' if chat else 'call'}/{R.choice(['banking', 'insurance', 'healthcare billing', 'telecom'])}: date of birth"
    return c


def pc_spoken(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(dword(ch))
        else:
            out.append(say_letter(ch, R.choice(["plain", "plain", "nato"])))
    return " ".join(out)


def pos_address():
    c = Case("positive", "")
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    ie = R.random() < 0.35
    pc = R.choice(EIRCODES if ie else UK_PCS)
    town = {"D": "dublin", "T": "cork", "H": "galway", "V": "limerick", "A": "navan", "X": "dungarvan"}[pc[0]] if ie else R.choice( ["leeds", "bristol", "cardiff", "york", "derby", "norwich"])
    ka = c.val("ADDRESS", f"{num} {st}", "none")
    kp = c.val("POSTCODE", pc.replace(" ", ""), "alnum")
    chat = R.random() < 0.45
    if chat:
        flat = R.choice(["", f"Flat {R.randint(1, 12)}, ", f"Apt {R.randint(1, 40)} "])
        ad = f"{flat}{num} {st.title()}"
        c.a("Can you confirm the address on the account?")
        c.c(V(ad, "ADDRESS", ka), f", {town.title()}, ", V(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", kp))
        c.note = f"chat/{R.choice(['utilities', 'telecom', 'retail', 'insurance'])}: {'IE' if ie else 'UK'} address + postcode typed"
    else:
        c.a("and what's the first line of the address")
        c.c(R.choice(["it's ", "", "yeah "]), V(f"{number_words(num) if num < 100 else say_single(str(num))} {st}", "ADDRESS", ka),
            R.choice(["", f" in {town}"]))
        c.a("and the " + ("eircode" if ie else "postcode"))
        pcs = pc_spoken(pc)
        if R.random() < 0.4:
            a, b = pc.split(" ")
            c.c(V(pc_spoken(a), "POSTCODE", kp))
            c.a(R.choice(["mhm", "yep"]))
            c.c(V(pc_spoken(b), "POSTCODE", kp))
        else:
            c.c(V(pcs, "POSTCODE", kp))
        c.note = f"call/{R.choice(['utilities', 'telecom', 'insurance', 'government services'])}: {'IE' if ie else 'UK'} street + {'eircode' if ie else 'postcode'} spoken"
    return c


def pos_zip():
    c = Case("positive", "")
    z = R.choice(US_ZIPS)
    k = c.val("POSTCODE", z, "digits")
    if R.random() < 0.5:
        c.a("What's the billing zip code on the card?")
        c.c(R.choice(["", "zip is ", "its "]), V(z, "POSTCODE", k))
        c.note = "chat/us retail: billing ZIP typed"
    else:
        c.a("and the zip code for the billing address")
        c.c(V(say_single(z, "us"), "POSTCODE", k), " it's a new zip we just moved")
        c.note = "call/us telecom: ZIP spoken"
    return c


def pos_mixed_identity():
    """UK bank ID&V: DOB, postcode and phone in one call, plus non-PII numbers."""
    c = Case("positive", "")
    d = gen_dob()
    kd = c.val("DOB", d.isoformat(), "none")
    pc = R.choice(UK_PCS)
    kp = c.val("POSTCODE", pc.replace(" ", ""), "alnum")
    pd, _, gs, loc = gen_phone("ukmob")
    kph = c.val("PHONE", pd, "digits")
    cust = str(R.randint(10000000, 99999999))
    c.a("thanks for calling can i take your customer number")
    c.c("yeah it's ", say_single(cust), " customer number")
    c.a("and your date of birth")
    c.c(V(dob_forms(d, False), "DOB", kd))
    c.a("and the postcode")
    c.c(V(pc_spoken(pc), "POSTCODE", kp), " i've been here about twelve years")
    c.a("and the mobile ending in")
    c.c("oh the whole number ", V(" ".join(say_any(g) for g in gs), "PHONE", kph))
    c.note = "call/banking: ID&V with customer number (not PII), DOB, postcode and mobile"
    return c


def pos_two_in_turn():
    c = Case("positive", "")
    ni = gen_ni()
    kn = c.val("NI_NUMBER", ni, "alnum")
    pd, disp, gs, loc = gen_phone(R.choice(["ukmob", "ukland"]))
    kp = c.val("PHONE", pd, "digits")
    if R.random() < 0.5:
        c.a("Please can you confirm your NI number and a contact phone number")
        c.c(f"NI is ", V(ni if R.random() < 0.5 else f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}", "NI_NUMBER", kn),
            " and phone ", V(disp, "PHONE", kp))
        c.note = "chat/government services: NI and phone in one message"
    else:
        pre, num, suf, _ = ni_spoken(ni)
        c.a("can you give me your national insurance number and a phone number")
        c.c("yeah n i is ", V(f"{pre} {num} {suf}", "NI_NUMBER", kn), " and my phone is ",
            V(" ".join(say_any(g) for g in gs), "PHONE", kp))
        c.note = "call/benefits: NI and phone spoken in one turn"
    return c


def pos_ssn_with_money():
    c = Case("positive", "")
    s = gen_ssn()
    k = c.val("SSN", s, "digits")
    amt = R.randint(120, 980)
    c.a(f"your premium is {number_words(amt // 10)} dollars a month and i just need your social to make the change")
    c.c("okay um ", V(" ".join(say_single(x, "us") for x in groups(s, [3, 2, 4])), "SSN", k),
        " and can you do it by the fifteenth")
    c.note = "call/us insurance: SSN next to an amount and a date"
    return c


def pos_ni_correct():
    c = Case("positive", "")
    ni = gen_ni()
    k = c.val("NI_NUMBER", ni, "restart")
    c.a("and your national insurance number")
    c.c(V(f"{ni[0].lower()} {ni[1].lower()} {say_single(ni[2:6])}", "NI_NUMBER", k), " no wait ",
        V(f"{say_single(ni[2:8])} {ni[8].lower()}", "NI_NUMBER", k))
    c.note = "call/payroll: NI with restart of the digits mid-reading (all readings labelled)"
    return c


def pos_cvv_expiry_on_file():
    c = Case("positive", "")
    cv = digits(3)
    mm = R.randint(1, 12); yy = R.randint(26, 31)
    ke = c.val("EXPIRY", f"{mm:02d}{yy}", "none")
    kc = c.val("CVV", cv, "digits")
    amt = R.randint(20, 300)
    c.a(f"okay so that's {number_words(amt % 100 + 1)} pounds going on the card we've got on file "
        "i just need the expiry date and the three digit security code")
    if R.random() < 0.5:
        c.c(R.choice(["yeah the expiry is ", "expiry "]), V(f"{say_single(f'{mm:02d}')} {say_pair(str(yy))}", "EXPIRY", ke),
            R.choice([" and the code is ", " security code ", " and on the back it's "]), V(say_any(cv), "CVV", kc))
        c.note = "call/utilities: expiry and cvv spoken in one turn next to an amount"
    else:
        c.c("hang on it's in my purse")
        c.a("no problem")
        c.c("okay expires ", V(f"{MONTHS[mm-1]} twenty {number_words(yy)}", "EXPIRY", ke))
        c.a("and the security code")
        c.c(V(say_single(cv), "CVV", kc), R.choice(["", " sorry it's a bit worn"]))
        c.note = "call/telecom: expiry as month name, cvv in its own turn"
    return c


def pos_ref_next_to_ni():
    c = Case("positive", "")
    ni = gen_ni()
    k = c.val("NI_NUMBER", ni, "alnum")
    ref = str(R.randint(1000000, 99999999))
    if R.random() < 0.5:
        c.c(f"Hi, claim ref {ref}. NI number ", V(f"{ni[:2]} {ni[2:4]} {ni[4:6]} {ni[6:8]} {ni[8]}".lower() if R.random() < 0.5 else ni, "NI_NUMBER", k),
            f". I was paid £{R.randint(80, 400)}.{R.randint(10, 99)} on the 3rd but expected more")
        c.note = "chat/benefits: NI next to a claim reference and an amount (only NI labelled)"
    else:
        pre, num, suf, _ = ni_spoken(ni)
        c.a("have you got your reference number")
        c.c(f"yeah the reference is {say_single(ref)}")
        c.a("thanks and your national insurance number")
        c.c(V(f"{pre} {num} {suf}", "NI_NUMBER", k))
        c.note = "call/pensions: reference number (unlabelled) then NI spoken"
    return c


def pos_card_with_order():
    c = Case("positive", "")
    card = gen_card()
    k = c.val("CARD_NUMBER", card, "digits")
    order = str(R.randint(100000, 9999999))
    c.a(f"right so that's order {say_single(order)} coming to {number_words(R.randint(21, 99))} pounds {number_words(R.randint(10, 99))}")
    c.c("okay card number ", V(" ".join(say_doubles(g) for g in card_groups(card)), "CARD_NUMBER", k))
    c.note = "call/retail: order number and amount by agent, card read by customer (doubles where digits repeat)"
    return c


POS_TEMPLATES = [(pos_cvv_expiry_on_file, 8), (pos_ref_next_to_ni, 8), (pos_card_with_order, 5),
    (pos_card_chat, 14), (pos_card_call_one_turn, 12), (pos_card_call_split, 10), (pos_card_readback, 3),
    (pos_card_selfcorrect, 3), (pos_ni_chat, 14), (pos_ni_call, 18), (pos_ni_readback, 3), (pos_ni_correct, 3),
    (pos_ssn, 22), (pos_ssn_with_money, 5), (pos_bank_uk, 18), (pos_bank_us, 4), (pos_iban, 14),
    (pos_phone, 16), (pos_email, 18), (pos_dob, 14), (pos_address, 20), (pos_zip, 4),
    (pos_mixed_identity, 5), (pos_two_in_turn, 6),
]

# ---------------------------------------------------------------- negatives


def neg(note, *turns):
    c = Case("negative", note)
    for spk, txt in turns:
        c.t(spk, txt)
    return c


def n_words(n):
    return number_words(n)


NEG_BUILDERS = []


def nb(f):
    NEG_BUILDERS.append(f)
    return f


@nb
def neg_policy_ref():
    ref = str(R.randint(10000000, 99999999))
    return neg("call/insurance: policy number read out with its name",
               ("agent", "can i take the policy number please"),
               ("customer", f"yeah the policy number is {say_single(ref)}"),
               ("agent", "thank you i've got your policy up now"))


@nb
def neg_customer_ref_chat():
    ref = R.choice(["CUS", "CN", "AC"]) + str(R.randint(1000000, 9999999))
    return neg("chat/utilities: customer reference with letters and digits",
               ("customer", f"Hi my customer ref is {ref}, my bill went up to £{R.randint(60, 190)}.{R.randint(10, 99)} this month"),
               ("agent", "Thanks, I can see the account. Your direct debit is due on the 1st."))


@nb
def neg_meter():
    r = R.randint(10000, 99999)
    return neg("call/utilities: meter reading spoken",
               ("agent", "have you got a meter reading for me"),
               ("customer", f"yeah the reading is {say_single(str(r))} taken this morning"),
               ("agent", f"lovely that's {n_words(R.randint(200, 900) // 10)} units more than last quarter"))


@nb
def neg_meter_chat():
    return neg("chat/utilities: gas and electric readings typed",
               ("customer", f"Electric reading 0{R.randint(1000, 9999)}  gas {R.randint(1000, 9999)}.{R.randint(1, 9)}"),
               ("agent", "Thanks! Those have been submitted against your account."))


@nb
def neg_booking():
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return neg("chat/travel: booking reference and flight number",
               ("customer", f"booking ref {ref}, flight EI{R.randint(100, 999)} on the {R.randint(2, 28)}th, can I change seats?"),
               ("agent", f"Yes, seat {R.randint(10, 32)}{R.choice('ABCDEF')} is available for £{R.randint(12, 40)}."))


@nb
def neg_flight_call():
    fn = R.randint(100, 999)
    return neg("call/travel: flight number, times and gate",
               ("customer", f"i'm on the ryanair {say_single(str(fn))} to stansted at half seven"),
               ("agent", f"that's showing a delay of about {n_words(R.randint(20, 55))} minutes from gate {n_words(R.randint(2, 40))}"))


@nb
def neg_money():
    p = R.randint(10, 500)
    return neg("call/telecom: amounts and contract length",
               ("agent", f"so the new plan is {n_words(p % 90 + 10)} pounds {n_words(R.randint(10, 99))} a month on a twenty four month contract"),
               ("customer", "and what was i paying before"),
               ("agent", f"you were on {n_words(R.randint(20, 60))} ninety nine so it's a saving"))


@nb
def neg_money_chat():
    return neg("chat/retail: prices, discount percentage and order number",
               ("customer", f"Order #{R.randint(1000000, 99999999)} - charged €{R.randint(100, 999)}.{R.randint(10, 99)} but the price was €{R.randint(50, 99)}.00??"),
               ("agent", f"Sorry about that, I've applied a {R.choice([10, 15, 20, 25])}% refund which takes 3-5 working days."))


@nb
def neg_appointment():
    d = R.randint(1, 28); m = R.choice(MONTHS)
    return neg("call/healthcare billing: appointment date and time (not a DOB)",
               ("agent", f"i can book you in on the {ORD[d]} of {m} at {n_words(R.randint(9, 11))} fifteen"),
               ("customer", "yeah that works"),
               ("agent", f"great and the fee for that is {n_words(R.randint(40, 95))} euro"))


@nb
def neg_payment_date_chat():
    return neg("chat/banking: payment and contract dates typed as dd/mm/yyyy",
               ("customer", f"I paid on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025 and it still says overdue"),
               ("agent", f"I can see the payment of £{R.randint(100, 900)}.00 received on {R.randint(1, 28):02d}/{R.randint(1, 12):02d}/2025, your contract started 01/0{R.randint(1, 9)}/2023."))


@nb
def neg_claim():
    cl = R.randint(1000000, 9999999)
    return neg("call/insurance: claim number with its name",
               ("customer", f"i'm ringing about claim number {say_pairs(str(cl))}"),
               ("agent", f"okay that's the water damage claim from {year_words(R.randint(2019, 2025))} the excess is {n_words(R.randint(1, 5))} hundred pounds"))


@nb
def neg_ticket():
    return neg("chat/telecom: ticket number, speeds and router model",
               ("customer", f"ticket {R.randint(100000, 9999999)} - still only getting {R.randint(3, 40)}Mbps, paying for {R.choice([150, 300, 500, 900])}"),
               ("agent", f"Can you restart the router (model {R.choice(['TG', 'HH', 'DX'])}{R.randint(100, 999)}) and wait 10 mins?"))


@nb
def neg_age_temp():
    return neg("call/healthcare billing: ages, temperature, dosage",
               ("customer", f"my son is {n_words(R.randint(3, 15))} and he had a temperature of {n_words(R.randint(38, 40))} point {n_words(R.randint(1, 9))}"),
               ("agent", f"okay and the bill was for {n_words(R.randint(2, 9))} visits in {year_words(R.randint(2022, 2025))}"))


@nb
def neg_balance():
    return neg("call/banking: balance, overdraft and count",
               ("agent", f"your balance is {n_words(R.randint(1, 9))} thousand {n_words(R.randint(1, 9))} hundred and {n_words(R.randint(20, 99))} pounds"),
               ("customer", f"and how many transactions were pending"),
               ("agent", f"{n_words(R.randint(2, 12))} pending and your overdraft limit is {n_words(R.randint(2, 15))} hundred"))


@nb
def neg_balance_chat():
    return neg("chat/banking: balance with thousands separator and interest rate",
               ("customer", "whats my balance"),
               ("agent", f"Your current balance is £{R.randint(1, 99)},{R.randint(100, 999)}.{R.randint(10, 99)} and the savings rate is {R.randint(1, 5)}.{R.randint(1, 9)}% AER."))


@nb
def neg_room():
    return neg("call/travel: hotel room, nights, check-in time",
               ("customer", f"i'm in room {say_single(str(R.randint(100, 999)))} for {n_words(R.randint(2, 7))} nights"),
               ("agent", f"check out is at eleven and breakfast is {n_words(R.randint(12, 19))} ninety five per person"))


@nb
def neg_invoice_chat():
    return neg("chat/retail: invoice and VAT figures",
               ("customer", f"Invoice INV-{R.randint(100000, 999999)} shows VAT of £{R.randint(10, 99)}.{R.randint(10, 99)} on a total of £{R.randint(100, 999)}.{R.randint(10, 99)}"),
               ("agent", "I'll get a corrected invoice sent over within 48 hours."))


@nb
def neg_case_ref_call():
    ref = str(R.randint(100000, 9999999))
    return neg("call/government services: case reference read out (doubles where digits repeat)",
               ("agent", "do you have your case reference"),
               ("customer", f"yeah case reference {say_doubles(ref)}"),
               ("agent", f"thanks your application was received on the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)}"))


@nb
def neg_year_counts():
    return neg("call/utilities: years at address and counts",
               ("agent", "how long have you lived at the property"),
               ("customer", f"since {year_words(R.randint(1985, 2019))} so a good while and there's {n_words(R.randint(2, 6))} of us in the house"))


@nb
def neg_tariff():
    return neg("chat/utilities: unit rates and standing charge",
               ("agent", f"Your unit rate is {R.randint(20, 30)}.{R.randint(10, 99)}p/kWh and the standing charge is {R.randint(40, 60)}.{R.randint(10, 99)}p per day."),
               ("customer", f"ok and usage was {R.randint(200, 600)} kWh last month?"))


@nb
def neg_parcel():
    return neg("chat/retail: tracking and product codes",
               ("customer", f"parcel tracking {R.choice(['JD', 'H'])}{R.randint(10000000, 99999999)} hasn't moved since Tuesday, it's the size 10 boots item {R.randint(100000, 999999)}"),
               ("agent", "Sorry! It's with the courier and should arrive in 2-3 days."))


@nb
def neg_duration():
    return neg("call/telecom: durations and data allowance",
               ("agent", f"you've used {n_words(R.randint(2, 40))} gig of your {n_words(R.choice([50, 60, 80]))} and about {n_words(R.randint(100, 900) // 10)} minutes"),
               ("customer", f"i was on hold for {n_words(R.randint(21, 59))} minutes earlier"))


@nb
def neg_company_phone_like():
    return neg("call/banking: branch opening hours and a year",
               ("agent", f"the branch is open nine till five and saturdays till {R.choice(['twelve', 'one', 'half twelve'])}"),
               ("customer", f"i've banked with you since {year_words(R.randint(1990, 2015))}"))


@nb
def neg_vehicle():
    return neg("call/insurance: vehicle mileage, engine size and car model year",
               ("customer", f"it's a {year_words(R.randint(2012, 2023))} golf {n_words(R.randint(1, 2))} point {n_words(R.randint(0, 9))} litre with about {n_words(R.randint(20, 90))} thousand miles on it"),
               ("agent", f"okay the renewal quote comes to {n_words(R.randint(3, 9))} hundred and {n_words(R.randint(20, 99))} pounds"))


@nb
def neg_account_mention():
    return neg("call/banking: talks about sort codes and card numbers without giving any",
               ("customer", "do you need my sort code or the card number"),
               ("agent", "no i just need the last payment amount you made"),
               ("customer", f"it was {n_words(R.randint(20, 99))} pounds {n_words(R.randint(10, 99))} on the {ORD[R.randint(1, 28)]}"))


@nb
def neg_reference_chat_long():
    return neg("chat/government services: application and reference numbers with labels",
               ("customer", f"Application no. {R.randint(1000000000, 9999999999)}, ref {R.randint(100000, 999999)}/{R.randint(10, 99)}"),
               ("agent", "Thank you, that application is being processed (approx 15 working days)."))


@nb
def neg_percent_call():
    return neg("call/banking: interest rates and term",
               ("agent", f"the fixed rate is {n_words(R.randint(3, 6))} point {n_words(R.randint(1, 9))} {n_words(R.randint(1, 9))} percent over {n_words(R.choice([2, 3, 5]))} years"),
               ("customer", f"and the arrangement fee was nine nine nine wasn't it"))


@nb
def neg_order_call():
    o = str(R.randint(1000000, 99999999))
    return neg("call/retail: order number said digit by digit with its name",
               ("agent", "have you got the order number there"),
               ("customer", f"yeah order number {say_single(o)}"),
               ("agent", f"thanks that's the {n_words(R.randint(2, 5))} items delivered on {R.choice(MONTHS)} the {ORD[R.randint(1, 28)]}"))


@nb
def neg_account_number_label_chat():
    return neg("chat/telecom: account number is a customer account reference with label; price",
               ("customer", f"Hi, Virgin account ref {R.randint(100000, 999999)} - the bill was £{R.randint(40, 99)}.99"),
               ("agent", "Thanks, I can see that. The price rise of 3.9% applies from April."))


@nb
def neg_customer_number_call():
    cn = str(R.randint(10000000, 99999999))
    return neg("call/banking: eight digit customer number (not an account number), doubles where digits repeat",
               ("agent", "can i take your customer number please"),
               ("customer", f"it's customer number {say_doubles(cn)}"),
               ("agent", "lovely and how can i help today"))


@nb
def neg_policy_alnum_chat():
    return neg("chat/insurance: alphanumeric policy number and renewal date",
               ("customer", f"Policy no. {R.choice(['HX', 'PL', 'MOT'])}/{R.randint(100000, 999999)}/{R.randint(10, 99)} renews on {R.randint(1, 28)} {R.choice(MONTHS).capitalize()}"),
               ("agent", f"Thanks, the renewal premium is £{R.randint(200, 900)}.{R.randint(10, 99)} or £{R.randint(20, 80)}.{R.randint(10, 99)} a month."))


@nb
def neg_booking_spelled_call():
    ref = "".join(R.choice("ABCEGHJKLMNPRSTWXYZ") for _ in range(2)) + digits(3) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    sp = " ".join(say_letter(ch, "nato") if ch.isalpha() else dword(ch) for ch in ref)
    return neg("call/travel: booking reference spelled phonetically (lookalike of an NI number)",
               ("agent", "and what's the booking reference"),
               ("customer", f"it's {sp} for the ferry on the {ORD[R.randint(1, 28)]}"),
               ("agent", f"thanks that's {n_words(R.randint(2, 5))} passengers and one car departing at {n_words(R.randint(6, 11))} thirty"))


@nb
def neg_mprn_chat_short():
    return neg("chat/utilities: account reference and usage (IE), amounts in euro",
               ("customer", f"hi acc ref {R.randint(100000, 999999)}, bill is €{R.randint(100, 400)}.{R.randint(10, 99)} for {R.randint(55, 62)} days which seems high"),
               ("agent", f"The estimate used {R.randint(800, 1900)} units; if you send a reading we can re-bill."))


NEG_WEIGHTS = 4  # each builder used ~4 times


# ---------------------------------------------------------------- assemble + check


def build():
    pos, negs = [], []
    for f, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(f())
    R.shuffle(pos)
    for _ in range(NEG_WEIGHTS):
        for f in NEG_BUILDERS:
            negs.append(f())
    R.shuffle(negs)
    objs, metas = [], []
    for i, c in enumerate(pos, 1):
        o, pieces = render(c, f"{PREFIX}-pos-{i:03d}")
        objs.append(o); metas.append((c, pieces))
    for i, c in enumerate(negs, 1):
        o, pieces = render(c, f"{PREFIX}-neg-{i:03d}")
        objs.append(o); metas.append((c, pieces))
    lines = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    return objs, metas, lines


def counts(objs):
    cnt = {t: 0 for t in TYPES}
    for o in objs:
        for s in o["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(objs, metas):
    errs = []
    ids = set()
    for o, (c, pieces) in zip(objs, metas):
        if o["id"] in ids:
            errs.append(f"duplicate id {o['id']}")
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            errs.append(f"{o['id']}: negative with spans")
        if o["kind"] == "positive" and not o["spans"]:
            errs.append(f"{o['id']}: positive without spans")
        by_turn = {}
        for s in o["spans"]:
            if s["type"] not in TYPES:
                errs.append(f"{o['id']}: bad type {s['type']}")
            if not (0 <= s["turn"] < len(o["turns"])):
                errs.append(f"{o['id']}: turn out of range"); continue
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(f"{o['id']}: offsets out of range"); continue
            seg = txt[st:en]
            if seg != seg.strip():
                errs.append(f"{o['id']}: span has outer whitespace {seg!r}")
            if st > 0 and txt[st - 1].isalnum():
                errs.append(f"{o['id']}: span start not on word boundary {seg!r}")
            if en < len(txt) and txt[en].isalnum():
                errs.append(f"{o['id']}: span end not on word boundary {seg!r}")
            if not seg[:1].isalnum() and seg[:1] not in "+(":
                errs.append(f"{o['id']}: span starts oddly {seg!r}")
            by_turn.setdefault(s["turn"], []).append((st, en))
        for t, lst in by_turn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(f"{o['id']}: overlapping spans in turn {t}")
        for key, (typ, canon, mode) in c.values.items():
            if not validate_canonical(typ, canon):
                errs.append(f"{o['id']}: invalid canonical {typ} {canon}")
            texts = pieces.get(key)
            if not texts:
                errs.append(f"{o['id']}: value {key} has no span"); continue
            joined = " ".join(texts)
            if mode == "digits":
                got = re.sub(r"\D", "", norm_alnum(joined, letters=False))
                if got != canon:
                    errs.append(f"{o['id']}: {typ} normalised {got} != {canon} ({joined!r})")
            elif mode == "alnum":
                got = norm_alnum(joined)
                if got != canon.upper():
                    errs.append(f"{o['id']}: {typ} normalised {got} != {canon} ({joined!r})")
            elif mode == "restart":
                got = norm_alnum(joined)
                if not (got.startswith(canon[:2]) and got.endswith(canon[2:])):
                    errs.append(f"{o['id']}: {typ} restart normalised {got} vs {canon}")
            elif mode == "email":
                got = norm_email(joined).lower()
                if got != canon:
                    errs.append(f"{o['id']}: EMAIL normalised {got} != {canon}")
            else:
                if typ == "EXPIRY" and not re.search(r"\d|" + "|".join(MONTHS + ONES[1:] + TEENS), joined.lower()):
                    errs.append(f"{o['id']}: EXPIRY text has no number {joined!r}")
                if typ == "DOB":
                    y = canon[:4]
                    if y not in joined and y[2:] not in joined and year_words(int(y)) not in joined:
                        errs.append(f"{o['id']}: DOB year missing {joined!r}")
                if typ == "ADDRESS" and not any(w in joined.lower() for w in
                                                ("road", "lane", "street", "avenue", "crescent", "close", "view",
                                                 "green", "drive", "grove", "terrace", "way", "park", "walk", "gardens")):
                    errs.append(f"{o['id']}: ADDRESS lacks street word {joined!r}")
    return errs


def readme(objs):
    cnt = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    rows = "\n".join(f"| {t} | {cnt[t]} |" for t in TYPES)
    return f"""# PII hold-out set h309 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set: do not look at
individual failures to adjust patterns, thresholds or word lists, or it stops
measuring anything.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its documentation or any other PII fixture; only
a three-line example of the JSONL format. Every case is produced by
`scripts/make_pii_holdout309.py` from template functions: each turn is assembled
from plain text segments and labelled (value, TYPE) segments, so offsets are
computed, never typed. All values come from one `random.Random({SEED})`, so the
output is byte-for-byte reproducible. `--check` regenerates the file, compares it
byte for byte, and verifies ids, offsets, word boundaries, overlap, and every
value after normalising spoken forms (Luhn, IBAN mod-97, NI format, digit counts,
postcode shapes).

## Contents

- {npos} positive cases, {nneg} negative cases (negatives have no spans; any
  redaction in them is a false positive).
- Mostly UK and Irish contact centres (banking, utilities, telecom, insurance,
  travel, government services, healthcare billing, retail), plus some US (SSN,
  ZIP, US phones) and EU IBANs.
- Chat cases are typed (varied separators, case, compact forms); call cases are
  ASR-style lower-case text with numbers as words ("oh", "o", "nought", "zero",
  "double seven", "triple two", pairs such as "forty one", letters as "b for
  bravo" / "j as in juliet" / homophones like "bee", "see", "jay"), values split
  over several customer turns with agent back-channels, fillers inside readings,
  agent read-backs, self-corrections, two values in one turn.

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers only the value itself: the digits/letters and the words that
  spell them (including "double", "triple", "for bravo", fillers such as "um"
  when they sit *inside* a reading). Lead-in words ("it's", "my card is",
  "sort code") and trailing chit-chat are outside.
- A value split across turns is labelled once per turn, each fragment with the
  value's type. Agent read-backs are labelled too.
- In a self-correction the abandoned wrong digits are left unlabelled when they
  are clearly separated ("... no sorry ..."); a restarted reading that repeats the
  correct digits is labelled.
- ADDRESS is the house number (and flat/apartment if given) plus street name;
  the town is not included; the postcode / Eircode / ZIP is a separate POSTCODE
  span.
- PHONE includes a leading "+" / "plus" and area-code brackets.
- EXPIRY covers the month and year ("09/27", "oh nine twenty seven", "end of
  march twenty eight"); DOB covers the whole date incl. the ordinal and "the".
- Customer numbers, policy / claim / order / ticket / booking / case / invoice
  references, meter readings, amounts, dates that are not birth dates, times,
  years, ages, flight and room numbers are never labelled (they appear in
  negatives and next to PII in positives).
"""


def main():
    check = "--check" in sys.argv[1:]
    objs, metas, lines = build()
    errs = verify(objs, metas)
    cnt = counts(objs)
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = len(objs) - npos
    if npos < 170:
        errs.append(f"only {npos} positives")
    if nneg < 100:
        errs.append(f"only {nneg} negatives")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append(f"{t}: only {cnt[t]} spans (need {need})")
    rd = readme(objs)
    if check:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != lines:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # also re-read the file and check its lines parse
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(lines, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"positives={npos} negatives={nneg}")
    for t in TYPES:
        print(f"  {t:13s} {cnt[t]}")
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print(f"{len(errs)} problem(s)")
        return 1
    print("OK" + (" (check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

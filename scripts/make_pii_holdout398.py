#!/usr/bin/env python3
"""Generate the pii_holdout398 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout398.py          # write cases.jsonl
    python scripts/make_pii_holdout398.py --check  # regenerate and verify

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so all span offsets are computed, never typed.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout398", "cases.jsonl")

rng = random.Random(398241125)

# ---------------------------------------------------------------- vocab
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = ["oh", "o", "zero", "nought"]
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
NATO_ALT = {"b": ["bravo", "bob", "bertie"], "s": ["sierra", "sugar", "sam"],
            "m": ["mike", "mother"], "d": ["delta", "david", "dog"],
            "p": ["papa", "peter"], "t": ["tango", "tom"], "c": ["charlie", "cat"],
            "h": ["hotel", "harry"], "n": ["november", "nancy"], "e": ["echo", "edward"]}
NATO_REV = {v: k for k, v in NATO.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def digit_word(d, zero):
    return zero if d == "0" else ONES[int(d)]


def two_digit_words(p, zero):
    a, b = p[0], p[1]
    if a == "0":
        return zero + " " + ONES[int(b)] if b != "0" else zero + " " + zero
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + ONES[int(b)])


def say_digits_plain(g, zero, allow_double=True):
    out = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if allow_double and run == 3 and rng.random() < 0.7:
            out.append("triple " + digit_word(d, zero))
            i += 3
            continue
        if allow_double and run >= 2 and rng.random() < 0.75:
            out.append("double " + digit_word(d, zero))
            i += 2
            continue
        out.append(digit_word(d, zero))
        i += 1
    return " ".join(out)


def say_group(g, zero=None, style=None):
    """Spoken rendering of a digit group; round-trip verified."""
    for _ in range(8):
        z = zero or rng.choice(ZERO_WORDS)
        st = style or rng.choice(["plain", "plain", "plain", "pairs", "hundred"])
        if st == "pairs" and len(g) % 2 == 0:
            s = " ".join(two_digit_words(g[i:i + 2], z) for i in range(0, len(g), 2))
        elif st == "hundred" and len(g) == 3 and g[0] != "0":
            rest = g[1:]
            if rest == "00":
                s = ONES[int(g[0])] + " hundred"
            elif rest[0] == "0":
                s = ONES[int(g[0])] + " hundred and " + ONES[int(rest[1])]
            else:
                s = ONES[int(g[0])] + " hundred and " + two_digit_words(rest, z)
        else:
            s = say_digits_plain(g, z)
        last = s.split()[-1]
        if norm_digits(s) == g and last not in TENS and last != "hundred":
            return s
        style = "plain"
    s = say_digits_plain(g, zero or "zero", allow_double=False)
    assert norm_digits(s) == g, (g, s)
    return s


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


# ---------------------------------------------------------------- normalisers
WORD_RE = re.compile(r"[a-z]+|\d+|[+@]")


def _num_tokens(words):
    return words


def norm_digits(text):
    """Spoken/typed numeric string -> compact string of digits (plus '+').
    Unknown words become '?' so validation fails."""
    w = WORD_RE.findall(text.lower())
    out = []
    i = 0
    mult = 1
    while i < len(w):
        t = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if t in FILLERS:
            i += 1
            continue
        if t.isdigit():
            out.append(t * mult)
            mult = 1
        elif t == "+":
            out.append("+")
        elif t == "plus":
            out.append("+")
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
        elif t in ZERO_WORDS:
            out.append("0" * mult)
            mult = 1
        elif t in ONES:
            out.append(str(ONES.index(t)) * mult)
            mult = 1
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            v = TENS.index(t)
            if nxt in ONES[1:]:
                out.append(str(v) + str(ONES.index(nxt)))
                i += 1
            else:
                out.append(str(v) + "0")
        elif t in ("hundred", "thousand"):
            j = i + 1
            if j < len(w) and w[j] == "and":
                j += 1
            val = None
            if j < len(w):
                a = w[j]
                b = w[j + 1] if j + 1 < len(w) else None
                if a in TEENS:
                    val, j = 10 + TEENS.index(a), j + 1
                elif a in TENS and a:
                    if b in ONES[1:]:
                        val, j = TENS.index(a) * 10 + ONES.index(b), j + 2
                    else:
                        val, j = TENS.index(a) * 10, j + 1
                elif a in ONES[1:]:
                    val, j = ONES.index(a), j + 1
            if val is None:
                out.append("00" if t == "hundred" else "000")
                i += 1
                continue
            out.append(("%02d" if t == "hundred" else "0%02d") % val)
            i = j
            continue
        elif t == "and":
            pass
        else:
            out.append("?")
        i += 1
    return "".join(out)


def norm_alnum(text):
    """For NI numbers, postcodes, IBANs: letters (single, NATO, 'x for xray')
    and digits -> upper-case compact string."""
    w = WORD_RE.findall(text.lower())
    out = []
    i = 0
    numbuf = []

    def flush():
        if numbuf:
            out.append(norm_digits(" ".join(numbuf)))
            numbuf.clear()

    while i < len(w):
        t = w[i]
        if t in FILLERS:
            i += 1
            continue
        if t in ("dash", "hyphen", "space"):
            flush()
            i += 1
            continue
        if len(t) == 1 and t.isalpha() and i + 2 < len(w) and w[i + 1] == "for":
            flush()
            out.append(t.upper())
            i += 3
            continue
        if t in NATO_REV:
            flush()
            out.append(NATO_REV[t].upper())
        elif len(t) == 1 and t.isalpha() and t != "o":
            flush()
            out.append(t.upper())
        elif t.isalpha() and not t.isdigit() and all(c.isalpha() for c in t) and \
                t not in ONES and t not in TEENS and t not in TENS and t not in ZERO_WORDS \
                and t not in ("double", "triple", "hundred", "and", "thousand"):
            if re.fullmatch(r"[a-z]{1,4}", t):
                flush()
                out.append(t.upper())  # typed letter block like "qq" or "sw"
            else:
                flush()
                out.append("?")
        elif re.fullmatch(r"[a-z]+\d+[a-z\d]*|\d+[a-z]+[a-z\d]*", t):
            flush()
            out.append(t.upper())
        else:
            numbuf.append(t)
        i += 1
    flush()
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    w = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0
    numbuf = []

    def flush():
        if numbuf:
            out.append(norm_digits(" ".join(numbuf)))
            numbuf.clear()
    while i < len(w):
        t = w[i]
        if t in FILLERS:
            i += 1
            continue
        if len(t) == 1 and i + 2 < len(w) and w[i + 1] == "for":
            flush(); out.append(t); i += 3; continue
        if t == "dot":
            flush(); out.append(".")
        elif t == "at":
            flush(); out.append("@")
        elif t == "underscore":
            flush(); out.append("_")
        elif t in ("dash", "hyphen"):
            flush(); out.append("-")
        elif t in ONES[1:] or t in TEENS or (t in TENS and t) or t in ("double", "triple") \
                or t in ("zero", "oh"):
            numbuf.append(t)
        else:
            flush(); out.append(t)
        i += 1
    flush()
    return "".join(out)


def date_tokens(text):
    """-> list of ('M', month) / ('D', day) / ('N', digitstring)."""
    w = re.findall(r"[a-z]+|\d+", text.lower())
    toks, buf = [], []
    numvocab = set(ONES) | set(TEENS) | set(TENS[2:]) | set(ZERO_WORDS) | {
        "hundred", "thousand", "and", "double", "triple"}

    def flush():
        if buf:
            toks.append(("N", norm_digits(" ".join(buf))))
            buf.clear()
    i = 0
    while i < len(w):
        t = w[i]
        nxt = w[i + 1] if i + 1 < len(w) else None
        if t in FILLERS:
            pass
        elif t in ("twenty", "thirty") and nxt in ORD[1:10]:
            flush(); toks.append(("D", TENS.index(t) * 10 + ORD.index(nxt))); i += 1
        elif t in ORD[1:] or t == "thirtieth":
            flush(); toks.append(("D", 30 if t == "thirtieth" else ORD.index(t)))
        elif t[:3] in [m[:3] for m in MONTHS] and (t in MONTHS or t[:3] == t or t == "sept"):
            flush(); toks.append(("M", [m[:3] for m in MONTHS].index(t[:3]) + 1))
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            flush(); toks.append(("D", int(re.match(r"\d+", t).group())))
        elif t.isdigit():
            flush(); toks.append(("N", t))
        elif t in numvocab:
            if t == "and" and not buf:
                pass
            else:
                buf.append(t)
        elif t in ("of", "the", "st", "nd", "rd", "th"):
            flush()
        else:
            flush(); toks.append(("?", t))
        i += 1
    flush()
    return toks


def date_ok(text, need_day):
    toks = date_tokens(text)
    if any(k == "?" for k, _ in toks):
        return False
    nums = [v for k, v in toks if k == "N"]
    months = [v for k, v in toks if k == "M"]
    days = [v for k, v in toks if k == "D"]
    flat = "".join(nums)
    if not flat.isdigit() and flat:
        return False
    has_year = any(len(n) in (2, 4) for n in nums) or len(flat) in (4, 6, 8)
    has_month = bool(months) or bool(nums)
    has_day = bool(days) or len(nums) >= 2 or len(flat) >= 6 or (bool(nums) and bool(months))
    return has_year and has_month and (has_day or not need_day)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - n % 97) + bban


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_WORDS = {"road", "street", "avenue", "lane", "close", "drive", "way", "court",
                "crescent", "place", "terrace", "gardens", "grove", "boulevard", "blvd",
                "st", "rd", "ave", "ln", "dr", "parkway", "hill", "row", "square", "walk",
                "mews", "park", "green", "view", "rise", "circle", "cres"}


def ssn_ok(s):
    return (len(s) == 9 and s.isdigit() and s[:3] not in ("000", "666") and s[0] != "9"
            and s[3:5] != "00" and s[5:] != "0000")


def validate_full(typ, canon):
    if typ == "CARD_NUMBER":
        return canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ in ("EXPIRY", "DOB"):
        return date_ok(canon, typ == "DOB")
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(canon))
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 17
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        d = canon.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", canon))
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon))
    if typ == "ADDRESS":
        return True
    return False


def norm_for(typ, text):
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return norm_digits(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return norm_alnum(text)
    if typ == "EMAIL":
        return norm_email(text)
    return text


def fragment_ok(typ, text):
    """Check a span's text on its own (file-level check)."""
    if typ in ("DOB", "EXPIRY"):
        return date_ok(text, False)
    if typ == "ADDRESS":
        w = re.findall(r"[a-z]+|\d+", text.lower())
        hasnum = any(x.isdigit() or x in ONES or x in TEENS or x in TENS[2:] or x == "flat"
                     for x in w)
        return hasnum and any(x in STREET_WORDS for x in w)
    n = norm_for(typ, text)
    if not n or "?" in n:
        return False
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE"):
        return n.isdigit()
    if typ == "PHONE":
        return n.lstrip("+").isdigit()
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return n.isalnum()
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._@\-]+", n))
    return False


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.groups = []   # (type, canonical full value)

    def turn(self, speaker, *parts):
        """parts: str (plain) or tuple (text, type[, fragment])."""
        self.turns.append((speaker, list(parts)))
        return self

    def c(self, *parts):
        return self.turn("customer", *parts)

    def a(self, *parts):
        return self.turn("agent", *parts)

    def group(self, typ, canon):
        self.groups.append((typ, canon))
        return self


def V(text, typ, frag=None):
    return (text, typ, frag)


def compile_case(case, cid, kind):
    turns, spans, frags = [], [], []
    for ti, (spk, parts) in enumerate(case.turns):
        buf = ""
        for p in parts:
            if isinstance(p, str):
                buf += p
            else:
                text, typ, frag = p
                st = len(buf)
                buf += text
                spans.append({"turn": ti, "start": st, "end": len(buf), "type": typ})
                frags.append(frag)
        turns.append({"speaker": spk, "text": buf})
    if kind == "negative":
        assert not spans, cid
    return {"id": cid, "kind": kind, "turns": turns, "spans": spans,
            "note": case.note}, frags, case.groups


# ---------------------------------------------------------------- value pools
FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "chloe", "wei",
         "grace", "oluwaseun", "niamh", "daniel", "fatima", "connor", "maria", "jakub",
         "ellen", "raj", "siobhan", "marcus", "hannah", "pablo", "zoe"]
LAST = ["doe", "okafor", "murphy", "patel", "smith", "nowak", "byrne", "garcia", "chen",
        "walsh", "khan", "jones", "obrien", "fischer", "dubois", "kelly", "ahmed", "reid"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "protonmail.com", "live.ie", "aol.com", "web.de"]
STREETS = ["Acacia Avenue", "Kings Road", "Station Road", "Elm Street", "Mill Lane",
           "Church Street", "Victoria Terrace", "Oak Drive", "Maple Close", "High Street",
           "Orchard Way", "Grafton Street", "Main Street", "Sunset Boulevard", "Park Lane",
           "Beech Grove", "Riverside Court", "Foxglove Crescent", "Market Place",
           "Willow Gardens", "Pine Hill", "Canal Walk"]
TOWNS = ["Leeds", "Manchester", "Dublin", "Cork", "Bristol", "Glasgow", "Boston",
         "Austin", "Cardiff", "Galway", "Portland", "Sheffield", "Belfast", "Denver"]
UK_POSTCODES = ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 2JR",
                "EH3 9QG", "BS8 4PL", "G12 8QQ", "CF10 3NP", "NE1 7RU", "BT7 1NN",
                "S10 2TN", "L17 8XY", "W1T 4JH", "EC1V 9BD", "RG4 7HX", "KT22 7PL"]
INDUSTRY = ["bank", "broadband provider", "energy supplier", "mobile network", "insurer",
            "airline", "clinic billing office", "council tax office", "retailer",
            "water company", "tax office", "hotel group"]
AGENT_NAMES = ["Dev", "Shauna", "Kyle", "Marta", "Ben", "Lucy", "Ahmed", "Rosa", "Jack"]


def pick(xs):
    return rng.choice(xs)


def gen_card():
    kind = rng.random()
    if kind < 0.45:
        return luhn_complete("4", 16)
    if kind < 0.7:
        return luhn_complete(str(rng.randint(51, 55)), 16)
    if kind < 0.8:
        return luhn_complete(pick(["34", "37"]), 15)
    if kind < 0.88:
        return luhn_complete("6011", 16)
    if kind < 0.94:
        return luhn_complete("4", 13)
    return luhn_complete(pick(["4", "6759", "5018"]), 19)


def card_groups(card):
    n = len(card)
    if n == 15:
        return chunks(card, [4, 6, 5])
    if n == 13:
        return chunks(card, [4, 4, 5])
    if n == 19:
        return chunks(card, [4, 4, 4, 4, 3])
    return chunks(card, pick([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 2, 2, 4, 4],
                              [3, 3, 3, 3, 4], [6, 6, 4]]))


def gen_ssn():
    while True:
        s = "%03d%02d%04d" % (rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return s


def gen_ni():
    p1 = "ABCEGHJKLMNPRSTWXYZ"
    p2 = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        pre = pick(p1) + pick(p2)
        s = pre + "%06d" % rng.randint(0, 999999) + pick("ABCD")
        if NI_RE.fullmatch(s) and "O" not in s:
            return s


def gen_phone():
    k = rng.random()
    if k < 0.3:
        return "uk", "07" + "".join(rng.choice("0123456789") for _ in range(9))
    if k < 0.45:
        return "uk_intl", "+447" + "".join(rng.choice("0123456789") for _ in range(9))
    if k < 0.65:
        return "us", "%d%d%d555%04d" % (rng.randint(2, 9), rng.randint(0, 9), rng.randint(0, 9),
                                         rng.randint(100, 9999))
    if k < 0.75:
        return "us_intl", "+1%d%d%d%03d%04d" % (rng.randint(2, 9), rng.randint(0, 9),
                                                rng.randint(0, 9), rng.randint(200, 999),
                                                rng.randint(0, 9999))
    if k < 0.88:
        return "ie", "08" + pick("35679") + "".join(rng.choice("0123456789") for _ in range(7))
    return "ie_intl", "+3538" + pick("35679") + "".join(rng.choice("0123456789") for _ in range(7))


def phone_typed(kind, p):
    if kind == "uk":
        return pick([p[:5] + " " + p[5:], p, p[:5] + "-" + p[5:8] + "-" + p[8:]])
    if kind == "uk_intl":
        return pick(["+44 " + p[3:7] + " " + p[7:], "+44" + p[3:], "+44 (0)" + p[3:7] + " " + p[7:]])
    if kind == "us":
        return pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                     "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    if kind == "us_intl":
        return pick(["+1 %s %s %s" % (p[2:5], p[5:8], p[8:]), "+1-%s-%s-%s" % (p[2:5], p[5:8], p[8:])])
    if kind == "ie":
        return pick([p[:3] + " " + p[3:6] + " " + p[6:], p])
    return pick(["+353 " + p[4:6] + " " + p[6:9] + " " + p[9:], "00353" + p[4:]])


def phone_spoken_groups(kind, p):
    if kind == "uk":
        return chunks(p, pick([[5, 3, 3], [5, 6], [4, 3, 4]]))
    if kind == "uk_intl":
        return ["+44"] + chunks(p[3:], [4, 3, 3])
    if kind == "us":
        return chunks(p, [3, 3, 4])
    if kind == "us_intl":
        return ["+1"] + chunks(p[2:], [3, 3, 4])
    if kind == "ie":
        return chunks(p, [3, 3, 4])
    return ["+353"] + chunks(p[4:], [2, 3, 4])


def say_phone_group(g, zero):
    if g.startswith("+"):
        d = g[1:]
        return "plus " + pick([say_digits_plain(d, zero, False), two_digit_words(d, zero)
                               if len(d) == 2 and d[0] != "0" else say_digits_plain(d, zero, False)])
    return say_group(g, zero)


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    dom = pick(DOMAINS)
    form = rng.random()
    if form < 0.3:
        local = f[0] + "." + l
    elif form < 0.55:
        local = f + "." + l + str(rng.randint(1, 99))
    elif form < 0.75:
        local = f + l[0] + str(rng.randint(70, 99))
    elif form < 0.9:
        local = l + "_" + f
    else:
        local = f + "-" + l
    return local + "@" + dom


def email_spoken(e):
    out = []
    for tok in re.findall(r"[a-z]+|\d+|[._@\-]", e):
        if tok == ".":
            out.append("dot")
        elif tok == "@":
            out.append("at")
        elif tok == "_":
            out.append("underscore")
        elif tok == "-":
            out.append(pick(["dash", "hyphen"]))
        elif tok.isdigit():
            out.append(say_group(tok, "zero", pick(["pairs", "plain"])))
        elif len(tok) == 1:
            out.append(pick([tok, tok, tok + " for " + NATO[tok]]))
        else:
            out.append(tok)
    s = " ".join(out)
    return s


def gen_postcode():
    if rng.random() < 0.6:
        return "uk", pick(UK_POSTCODES)
    return "us", pick(["%05d" % rng.randint(1001, 99950), "%05d-%04d" % (rng.randint(1001, 99950),
                                                                         rng.randint(1, 9999))])


def postcode_spoken(pc):
    out = []
    for ch in pc:
        if ch == " ":
            out.append(",")
        elif ch == "-":
            out.append("dash")
        elif ch.isdigit():
            out.append(ONES[int(ch)])
        else:
            out.append(pick([ch.lower(), ch.lower(), ch.lower() + " for " + NATO_ALT.get(ch.lower(), [NATO[ch.lower()]])[0]]))
    return " ".join(out).replace(" ,", ",")


def ni_spoken(ni):
    lt = []
    for ch in ni[:2]:
        lt.append(pick([ch.lower(), ch.lower() + " for " + pick(NATO_ALT.get(ch.lower(), [NATO[ch.lower()]]))]))
    digits = ni[2:8]
    dg = [say_group(g) for g in chunks(digits, pick([[2, 2, 2], [3, 3], [6]]))]
    suf = pick([ni[8].lower(), ni[8].lower() + " for " + NATO[ni[8].lower()]])
    return lt, dg, suf


def ni_typed(ni):
    return pick([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                 ni[:2] + " " + ni[2:8] + " " + ni[8], ni[:2].lower() + ni[2:8] + ni[8].lower()])


def gen_date(y0, y1):
    return rng.randint(1, 28), rng.randint(1, 12), rng.randint(y0, y1)


def year_words(y):
    if 2000 <= y <= 2009:
        return pick(["two thousand and " + ONES[y - 2000], "two thousand " + ONES[y - 2000]])
    a, b = divmod(y, 100)
    return two_digit_words(str(a), "oh") + " " + two_digit_words("%02d" % b, "oh")


def ord_words(d):
    if d <= 20:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def dob_typed(d, m, y):
    return pick(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%02d-%02d-%d" % (d, m, y),
                 "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                 "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                 "%d.%02d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)])


def dob_spoken(d, m, y):
    return pick(["the %s of %s %s" % (ord_words(d), MONTHS[m - 1], year_words(y)),
                 "%s %s %s" % (ord_words(d), MONTHS[m - 1], year_words(y)),
                 "%s the %s %s" % (MONTHS[m - 1], ord_words(d), year_words(y)),
                 "%s %s %s" % (say_group("%02d" % d, "oh", "plain"),
                               say_group("%02d" % m, "oh", "plain"), year_words(y))])


def exp_typed(m, y):
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%02d%02d" % (m, y % 100), "%s %d" % (MONTHS[m - 1][:3].capitalize(), y)])


def exp_spoken(m, y):
    return pick(["%s %s" % (two_digit_words("%02d" % m, pick(["oh", "zero"])), two_digit_words("%02d" % (y % 100), "oh")),
                 "%s %s" % (MONTHS[m - 1], year_words(y)),
                 "%s twenty %s" % (two_digit_words("%02d" % m, "oh"), two_digit_words("%02d" % (y % 100), "oh")),
                 "%s of %s" % (MONTHS[m - 1], year_words(y))])


def gen_iban():
    cc = pick(["GB", "IE", "DE", "FR", "NL", "ES"])
    dig = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc in ("GB", "IE"):
        bank = pick(["NWBK", "BARC", "LOYD", "HBUK", "AIBK", "BOFI", "MIDL"]) if cc == "GB" else pick(["AIBK", "BOFI", "IPBS"])
        bban = bank + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "FR":
        bban = dig(23)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + dig(10)
    else:
        bban = dig(20)
    return make_iban(cc, bban)


def iban_typed(ib):
    spaced = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return pick([spaced, ib, spaced.lower() if rng.random() < 0.3 else spaced])


def gen_address():
    num = rng.randint(1, 240)
    st = pick(STREETS)
    k = rng.random()
    if k < 0.2:
        return "Flat %d, %d %s" % (rng.randint(1, 30), num, st), num, st
    if k < 0.3:
        return "Apt %d%s, %d %s" % (rng.randint(1, 12), pick("ABC"), num * 10, st), num * 10, st
    return "%d %s" % (num, st), num, st


def spoken_num(n):
    s = str(n)
    if len(s) == 3 and rng.random() < 0.5:
        return say_group(s, "oh", "hundred")
    if len(s) == 2:
        return two_digit_words(s, "oh")
    return say_group(s, "oh", "plain") if len(s) != 1 else ONES[n]


BACKCHANNEL = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "and the next bit?"]
HELLO_C = ["hi yeah", "hello", "hiya", "yeah hi", "oh hello", "hi there"]
ROOM = ["hang on, kids, be quiet a sec!", "sorry, the dog's barking,", "sorry, my husband's talking to me,",
        "one sec, someone's at the door,", "sorry, hold on, the baby,", "hang on, turning the telly down,",
        "sorry I was talking to my mum there,", "bear with me, I'm on the bus,"]


def maybe_filler():
    return pick(["", "", "", " um,", " uh", " er,", " erm"])


def join_spoken(groups, filler_p=0.3):
    out = []
    for i, g in enumerate(groups):
        out.append(g)
        if i < len(groups) - 1:
            if rng.random() < filler_p:
                out.append(pick([", um, ", " uh ", ", er ", "... "]))
            else:
                out.append(pick([" ", ", ", " ", "... "]))
    return "".join(out)


# ---------------------------------------------------------------- positive builders
def say_seq(groups, zero=None):
    z = zero or pick(ZERO_WORDS)
    return [say_group(g, z) for g in groups]


def typed_digits(groups):
    sep = pick([" ", "-", " ", "", "  ", "."])
    return sep.join(groups)


def card_typed_case():
    card = gen_card()
    gs = card_groups(card)
    t = typed_digits(gs)
    cs = Case("typed chat: card number with separators").group("CARD_NUMBER", card)
    lead = pick(["card no: ", "Card number - ", "its ", "long number on the card is ", "cc# ",
                 "the card is ", "CARD: ", "pls charge "])
    cs.a(pick(["Hi, thanks for contacting us. How can I help?", "Please provide the card you'd like to use.",
               "Which card should we take the payment from?"]))
    if rng.random() < 0.5:
        m, y = rng.randint(1, 12), rng.randint(2025, 2031)
        e = exp_typed(m, y)
        cs.group("EXPIRY", e)
        cs.c(lead, V(t, "CARD_NUMBER", card), pick([" exp ", ", expires ", " / exp: ", " valid till "]),
             V(e, "EXPIRY", e), pick(["", " thx", " cheers"]))
    else:
        cs.c(lead, V(t, "CARD_NUMBER", card), pick(["", " thanks", ". Amount is £45.20", " (visa debit)"]))
    return cs


def card_split_case():
    card = gen_card()
    gs = card_groups(card)
    z = pick(ZERO_WORDS)
    cs = Case("call: card read in pieces over several turns with back-channels and read-back").group("CARD_NUMBER", card)
    cs.a(pick(["okay, and the long card number when you're ready", "can I take the sixteen digits on the front",
               "right, go ahead with the card number please"]))
    i = 0
    while i < len(gs):
        take = gs[i:i + pick([1, 1, 2])]
        frag = "".join(take)
        sp = join_spoken([say_group(g, z) for g in take])
        pre = pick(["", "", "um ", "okay ", "it's ", "then "]) if i else pick(["yeah it's ", "okay so ", "um, ", ""])
        post = pick(["", "", "...", " hang on", ","])
        if rng.random() < 0.15 and i:
            cs.c(pre, V(sp, "CARD_NUMBER", frag), " " + pick(ROOM))
        else:
            cs.c(pre, V(sp, "CARD_NUMBER", frag), post)
        i += len(take)
        if i < len(gs):
            cs.a(pick(BACKCHANNEL))
    # read-back
    rb = [say_group(g, z) for g in gs]
    if rng.random() < 0.5:
        # agent misreads one group, customer corrects
        bad_i = rng.randrange(len(gs))
        g = gs[bad_i]
        pos = rng.randrange(len(g))
        wrong = g[:pos] + str((int(g[pos]) + pick([1, 3, 5])) % 10) + g[pos + 1:]
        parts = ["let me read that back: "]
        for j, gg in enumerate(gs):
            if j:
                parts.append(" ")
            if j == bad_i:
                parts.append(V(say_group(wrong, z), "CARD_NUMBER", wrong))
            else:
                parts.append(V(rb[j], "CARD_NUMBER", gg))
        parts.append(pick(["?", ", is that right?", ", yeah?"]))
        cs.a(*parts)
        cs.c(pick(["no, sorry, the ", "nope, "]) + pick(["bit", "group", "part"]) + " after ",
             V(rb[bad_i - 1] if bad_i else rb[1], "CARD_NUMBER", gs[bad_i - 1] if bad_i else gs[1]),
             " is ", V(say_group(g, z), "CARD_NUMBER", g), pick([", not the other one", "", " - I said " + ONES[int(g[pos])]]))
        cs.a(pick(["sorry, which bit? ", "ah, got it, "]), V(say_group(g, z), "CARD_NUMBER", g),
             pick([", lovely", ". thank you", ", okay updated"]))
    else:
        parts = [pick(["so that's ", "I've got ", "reading back, "])]
        for j, gg in enumerate(gs):
            if j:
                parts.append(pick([" ", ", "]))
            parts.append(V(rb[j], "CARD_NUMBER", gg))
        cs.a(*parts, pick(["?", ". correct?"]))
        cs.c(pick(["yes", "that's it", "yep, spot on", "mhm"]))
    return cs


def card_oneturn_asr_case():
    card = gen_card()
    gs = card_groups(card)
    sp = join_spoken(say_seq(gs), 0.35)
    cs = Case("call: full card read in one customer turn, lower-case ASR").group("CARD_NUMBER", card)
    cs.a(pick(["thank you for calling " + pick(INDUSTRY) + " payments, what's the card number",
               "and the card number please", "the number on the front of the card?"]))
    cs.c(pick(["yeah it's ", "okay it's ", "right, ", "um so "]), V(sp, "CARD_NUMBER", card))
    if rng.random() < 0.5:
        cvv = "".join(rng.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
        cs.group("CVV", cvv)
        cs.a("and the " + pick(["three digits on the back", "security code", "cvv"]))
        cs.c(pick(["", "it's ", "uh "]), V(say_group(cvv), "CVV", cvv))
    if rng.random() < 0.5:
        m, y = rng.randint(1, 12), rng.randint(2025, 2031)
        e = exp_spoken(m, y)
        cs.group("EXPIRY", e)
        cs.a("and the expiry")
        cs.c(pick(["", "it runs out ", "expires "]), V(e, "EXPIRY", e))
    return cs


def card_hold_case():
    card = gen_card()
    gs = card_groups(card)
    z = pick(ZERO_WORDS)
    half = len(gs) // 2
    cs = Case("call: card reading interrupted by hold/transfer then restarted").group("CARD_NUMBER", card)
    cs.a("can I get the card number")
    cs.c(V(join_spoken([say_group(g, z) for g in gs[:half]]), "CARD_NUMBER", "".join(gs[:half])),
         "... " + pick(["sorry, can you hold on one second", "oh wait, hang on"]))
    cs.a(pick(["no problem, I'll pop you on hold", "sure, take your time"]))
    cs.a(pick(["thanks for holding. ", "hi, sorry, you've been transferred to the payments team. "]),
         pick(["can we start the card number again from the top?", "could you give me the whole card number again"]))
    cs.c(pick(["okay from the start, ", "right, "]), V(join_spoken([say_group(g, z) for g in gs], 0.25), "CARD_NUMBER", card))
    cs.a("thank you, and just confirming the last group was ", V(say_group(gs[-1], z), "CARD_NUMBER", gs[-1]), "?")
    cs.c("yeah")
    return cs


def ssn_case():
    s = gen_ssn()
    cs = Case("").group("SSN", s)
    k = rng.random()
    if k < 0.3:
        t = pick(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:])])
        cs.note = "typed: SSN in chat/email"
        cs.a("For verification please confirm your Social Security number.")
        cs.c(pick(["SSN: ", "ssn is ", "Sure - ", "my social is "]), V(t, "SSN", s),
             pick(["", ". Account is in my wife's name too", " thanks"]))
    elif k < 0.65:
        cs.note = "call: SSN read in pieces, agent confirms piece by piece"
        gs = [s[:3], s[3:5], s[5:]]
        cs.a("and the social security number, " + pick(["just the whole nine digits", "go ahead"]))
        cs.c(V(say_group(gs[0]), "SSN", gs[0]))
        cs.a(V(say_group(gs[0]), "SSN", gs[0]), pick(["", " mhm"]))
        cs.c(V(say_group(gs[1]), "SSN", gs[1]), pick(["", ", " + pick(ROOM)]))
        cs.a(pick(["sorry, which bit was that? ", "was that "]), V(say_group(gs[1]), "SSN", gs[1]), "?")
        cs.c("yes, ", V(say_group(gs[1]), "SSN", gs[1]), ", then ", V(join_spoken([say_group(x) for x in chunks(gs[2], [2, 2])]), "SSN", gs[2]))
        cs.a(pick(["perfect", "thank you", "got it"]))
    else:
        cs.note = "call: SSN with single-digit correction and full read-back"
        gs = [s[:3], s[3:5], s[5:]]
        pos = rng.randrange(9)
        wrong = s[:pos] + str((int(s[pos]) + 2) % 10) + s[pos + 1:]
        while not ssn_ok(wrong):
            pos = rng.randrange(9)
            wrong = s[:pos] + str((int(s[pos]) + 2) % 10) + s[pos + 1:]
        wg = [wrong[:3], wrong[3:5], wrong[5:]]
        cs.a("what's your social")
        cs.c(pick(["uh ", "it's ", ""]), V(join_spoken([say_group(x) for x in wg]), "SSN", wrong),
             pick([", no wait, sorry, ", ", hold on, that's wrong, ", " - no no, "]),
             V(join_spoken([say_group(x) for x in gs]), "SSN", s))
        cs.a("okay so ", V(" ".join(say_group(x, None, "plain") for x in gs), "SSN", s), pick(["?", ", correct?"]))
        cs.c(pick(["correct", "yes ma'am", "that's right"]))
    return cs


def ni_case():
    ni = gen_ni()
    cs = Case("").group("NI_NUMBER", ni)
    k = rng.random()
    if k < 0.3:
        cs.note = "typed: NI number, case/spacing variation"
        cs.a(pick(["Can you confirm your National Insurance number?", "NI number please."]))
        cs.c(pick(["NI no: ", "its ", "National insurance ", "ni = "]), V(ni_typed(ni), "NI_NUMBER", ni),
             pick(["", " ta", ". Also my claim ref is CLM-220913"]))
    else:
        lt, dg, suf = ni_spoken(ni)
        if k < 0.65:
            cs.note = "call: NI number spelled with letters then digits over turns"
            cs.a("and your national insurance number please")
            cs.c(pick(["yeah it's ", "um ", ""]), V(" ".join(lt), "NI_NUMBER", ni[:2]))
            cs.a(pick(["mhm", "yep", "go on"]))
            cs.c(V(join_spoken(dg), "NI_NUMBER", ni[2:8]), pick([" and then ", ", and the last letter is "]),
                 V(suf, "NI_NUMBER", ni[8]))
            cs.a("so ", V("%s %s %s" % (ni[0].lower(), ni[1].lower(), " ".join(say_group(g) for g in chunks(ni[2:8], [2, 2, 2]))), "NI_NUMBER", ni[:8]),
                 " ", V(ni[8].lower(), "NI_NUMBER", ni[8]), "?")
            cs.c(pick(["yes", "that's it", "yeah"]))
        else:
            cs.note = "call: NI number, agent asks 'sorry which bit?', partial repeat"
            cs.a("I'll need your NI number to verify you on " + pick(["universal credit", "the pension account", "your tax code"]))
            cs.c(V(" ".join(lt) + " " + join_spoken(dg) + " " + suf, "NI_NUMBER", ni), " " + pick(["", "I think", "sorry, " + pick(ROOM)]))
            cs.a(pick(["sorry, which bit was after the letters?", "sorry, you cut out, the numbers again?"]))
            cs.c(V(join_spoken(dg), "NI_NUMBER", ni[2:8]))
            cs.a("lovely, and it ends ", V(pick([ni[8].lower(), ni[8].lower() + " for " + NATO[ni[8].lower()]]), "NI_NUMBER", ni[8]), "?")
            cs.c("yes")
    return cs


def bank_case():
    uk = rng.random() < 0.6
    acct = "".join(rng.choice("0123456789") for _ in range(8 if uk else rng.randint(9, 12)))
    cs = Case("").group("BANK_ACCOUNT", acct)
    if uk:
        sc = "".join(rng.choice("0123456789") for _ in range(6))
        cs.group("SORT_CODE", sc)
    if rng.random() < 0.4:
        cs.note = "typed: bank details with labels"
        cs.a("Please send the account you want the refund paid into.")
        if uk:
            sct = pick(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
            cs.c(pick(["acct no: ", "Account number ", "a/c "]), V(pick([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", acct),
                 pick([" sort code ", ", s/c: ", " / sort "]), V(sct, "SORT_CODE", sc), pick(["", ". refund was £129.99"]))
        else:
            cs.c(pick(["checking acct # ", "Account: ", "acct no. "]), V(acct, "BANK_ACCOUNT", acct),
                 pick([" (checking)", ", routing I'll send separately", ""]))
    else:
        cs.note = "call: bank details read out with read-back and correction"
        cs.a("and the account number for the direct debit")
        ag = chunks(acct, [4, 4, 4])
        cs.c(pick(["okay ", "um, ", ""]), V(say_group(ag[0]), "BANK_ACCOUNT", ag[0]))
        cs.a(pick(BACKCHANNEL))
        rest = "".join(ag[1:])
        cs.c(V(join_spoken([say_group(g) for g in ag[1:]]), "BANK_ACCOUNT", rest))
        if uk:
            cs.a("and the sort code")
            cs.c(V(join_spoken([say_group(g, None, pick(["pairs", "plain"])) for g in chunks(sc, [2, 2, 2])], 0.2), "SORT_CODE", sc))
            cs.a("so sort code ", V(" ".join(say_group(g, None, "plain") for g in chunks(sc, [2, 2, 2])), "SORT_CODE", sc),
                 ", account ending ", V(say_group(acct[-4:], None, "plain"), "BANK_ACCOUNT", acct[-4:]),
                 pick(["?", ", is that right?"]))
        else:
            cs.a("reading back, account ", V(join_spoken([say_group(g, None, "plain") for g in ag], 0), "BANK_ACCOUNT", acct), "?")
        cs.c(pick(["yes", "yep that's the one", "correct"]))
    return cs


def sort_case():
    sc = "".join(rng.choice("0123456789") for _ in range(6))
    cs = Case("call: sort code confirmed piece by piece").group("SORT_CODE", sc)
    gs = chunks(sc, [2, 2, 2])
    cs.a("what's the sort code on that account")
    cs.c(V(say_group(gs[0], None, "pairs"), "SORT_CODE", gs[0]), pick(["...", ","]))
    cs.a(pick(["mhm", "go on"]))
    cs.c(V(join_spoken([say_group(g, None, "pairs") for g in gs[1:]]), "SORT_CODE", "".join(gs[1:])))
    cs.a("sorry, was the middle bit ", V(say_group(gs[1], None, "plain"), "SORT_CODE", gs[1]), "?")
    cs.c("yes, ", V(say_group(gs[1], None, "plain"), "SORT_CODE", gs[1]))
    return cs


def iban_case():
    ib = gen_iban()
    cs = Case("").group("IBAN", ib)
    if rng.random() < 0.55:
        cs.note = "typed: IBAN in e-mail/chat"
        cs.a(pick(["Please provide the IBAN for the refund.", "We need your IBAN to process the transfer."]))
        cs.c(pick(["IBAN: ", "iban is ", "Here you go ", "my IBAN "]), V(iban_typed(ib), "IBAN", ib),
             pick(["", " BIC to follow", ", amount EUR 340.00", " - thanks"]))
    else:
        cs.note = "call: IBAN letters and digits read in chunks with back-channels"
        gs = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        cs.a("go ahead with the IBAN")

        def say4(g):
            out = []
            for ch in g:
                if ch == "O":
                    out.append(pick(["o for oscar", "oscar"]))
                elif ch.isalpha():
                    out.append(pick([ch.lower(), ch.lower() + " for " + NATO[ch.lower()]]))
                else:
                    out.append(ONES[int(ch)] if ch != "0" else pick(["zero", "oh"]))
            return " ".join(out)
        i = 0
        while i < len(gs):
            take = gs[i:i + pick([1, 2, 2, 3])]
            cs.c(V(", ".join(say4(g) for g in take), "IBAN", "".join(take)))
            i += len(take)
            if i < len(gs):
                cs.a(pick(BACKCHANNEL))
        cs.a("thanks, I'll read the last part back: ", V(say4(gs[-1]), "IBAN", gs[-1]), "?")
        cs.c("yes")
    return cs


def phone_case():
    kind, p = gen_phone()
    cs = Case("").group("PHONE", p)
    if rng.random() < 0.4:
        cs.note = "typed: phone number " + kind
        t = phone_typed(kind, p)
        frag = norm_digits(t).replace("+", "")
        cut = 0
        while not t[cut].isalnum():
            cut += 1
        t0, t1 = t[:cut], t[cut:]
        if t1.startswith("00"):
            frag = t1
        cs.a("What's the best number to reach you on?")
        cs.c(pick(["Mob: ", "call me on ", "tel. ", "phone - ", "best no is "]) + t0,
             V(t1, "PHONE", norm_digits(t1)), pick(["", " after 5pm", " (work)", " thx"]))
    else:
        cs.note = "call: phone number read back with a corrected digit (" + kind + ")"
        z = pick(["oh", "oh", "zero", "nought"])
        gs = phone_spoken_groups(kind, p)
        said = [say_phone_group(g, z) for g in gs]
        cs.a(pick(["and a contact number", "is there a number we can call you back on"]))
        cs.c(pick(["yeah ", "it's ", "um my mobile's "]), V(join_spoken(said, 0.2), "PHONE", "".join(gs)))
        g = gs[-1]
        wrong = g[:-1] + str((int(g[-1]) + 1) % 10)
        cs.a("that's ", V(" ".join(said[:-1] + [say_group(wrong, z, "plain")]), "PHONE", "".join(gs[:-1]) + wrong), "?")
        cs.c(pick(["no, the last bit's ", "not quite, it ends "]), V(say_group(g, z, "plain"), "PHONE", g))
        cs.a(pick(["sorry, got it, ", "ah okay, "]), V(say_group(g, z, "plain"), "PHONE", g))
    return cs


def email_case():
    e = gen_email()
    cs = Case("").group("EMAIL", e)
    if rng.random() < 0.4:
        cs.note = "typed: e-mail address"
        t = pick([e, e, e.capitalize(), e.upper() if rng.random() < 0.2 else e])
        cs.a("Can I confirm the email on the account?")
        cs.c(pick(["email: ", "its ", "send it to ", "E-mail "]), V(t, "EMAIL", e), pick(["", " please", ". ty"]))
    else:
        cs.note = "call: e-mail spelled out, agent reads back"
        sp = email_spoken(e)
        local, dom = e.split("@")
        cs.a("and what email should the " + pick(["receipt", "bill", "confirmation"]) + " go to")
        if rng.random() < 0.5:
            cs.c(pick(["it's ", "um "]), V(email_spoken(local), "EMAIL", local), pick(["...", ", sorry, " + pick(ROOM)]))
            cs.a(pick(["mhm, at?", "and the bit after the at?"]))
            cs.c(V(email_spoken(dom), "EMAIL", dom))
        else:
            cs.c(pick(["it's ", "yeah it's ", ""]), V(sp, "EMAIL", e))
        cs.a("so that's ", V(email_spoken(e), "EMAIL", e), "?")
        cs.c(pick(["yep", "perfect", "that's it"]))
    return cs


def dob_case():
    d, m, y = gen_date(1938, 2005)
    cs = Case("")
    if rng.random() < 0.4:
        t = dob_typed(d, m, y)
        cs.group("DOB", t)
        cs.note = "typed: date of birth"
        cs.a("To verify, what's the date of birth on the policy?")
        cs.c(pick(["DOB ", "d.o.b: ", "born ", ""]), V(t, "DOB", t), pick(["", ". Appointment is 12/06 at 3pm", " thanks"]))
    else:
        t = dob_spoken(d, m, y)
        cs.group("DOB", t)
        cs.note = "call: date of birth spoken, agent repeats"
        cs.a("and can I take your date of birth")
        cs.c(pick(["yeah it's ", "", "um "]), V(t, "DOB", t))
        t2 = dob_spoken(d, m, y)
        cs.a(pick(["thank you, ", "so "]), V(t2, "DOB", t2), "?")
        cs.c("yes")
    return cs


def address_case():
    addr, num, st = gen_address()
    kind, pc = gen_postcode()
    cs = Case("").group("ADDRESS", addr).group("POSTCODE", pc.replace(" ", "").replace("-", ""))
    town = pick(["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Sheffield", "Belfast", "Hove"]
                if kind == "uk" else ["Boston", "Austin", "Portland", "Denver", "Tampa", "Madison, WI"])
    if rng.random() < 0.45:
        cs.note = "typed: address with town and postcode/ZIP"
        t = pick([addr, addr.lower(), addr.upper()])
        cs.a("Please confirm the delivery address.")
        cs.c(pick(["Address: ", "its ", "ship to "]), V(t, "ADDRESS", addr), ", " + town + pick([", ", " "]),
             V(pick([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE", pc.replace(" ", "").replace("-", "")))
    else:
        cs.note = "call: address and postcode spoken, postcode confirmed piece by piece"
        sp_addr = spoken_num(num) + " " + st.lower()
        cs.a("and the first line of the address")
        cs.c(pick(["it's ", "", "um "]), V(sp_addr, "ADDRESS", addr), pick([", " + town.lower(), " in " + town.lower(), ""]))
        cs.a("and the postcode")
        sp = postcode_spoken(pc)
        if " " in pc:
            a, b = pc.split(" ")
            cs.c(V(postcode_spoken(a), "POSTCODE", a))
            cs.a(pick(BACKCHANNEL))
            cs.c(V(postcode_spoken(b), "POSTCODE", b))
            cs.a("so ", V(postcode_spoken(pc), "POSTCODE", pc.replace(" ", "")), "?")
        else:
            cs.c(V(sp, "POSTCODE", pc.replace("-", "")))
            cs.a("was that ", V(sp, "POSTCODE", pc.replace("-", "")), "?")
        cs.c(pick(["yes", "yeah that's right"]))
    return cs


def combo_case():
    """Caller distracted, multiple values, read-back after a hold."""
    card = gen_card()
    gs = card_groups(card)
    cvv = "".join(rng.choice("0123456789") for _ in range(4 if len(card) == 15 else 3))
    m, y = rng.randint(1, 12), rng.randint(2025, 2031)
    e = exp_spoken(m, y)
    cs = Case("call: card, expiry, cvv with hold and distracted caller").group("CARD_NUMBER", card).group("CVV", cvv).group("EXPIRY", e)
    z = pick(ZERO_WORDS)
    cs.a("okay, I can take that payment of " + pick(["forty two pounds fifty", "a hundred and twelve euro", "sixty dollars"]) + " now. card number?")
    cs.c(V(join_spoken([say_group(g, z) for g in gs[:2]]), "CARD_NUMBER", "".join(gs[:2])), " " + pick(ROOM))
    cs.a(pick(["no worries", "take your time"]))
    cs.c(pick(["sorry, where was I", "sorry, so"]), ", ", V(join_spoken([say_group(g, z) for g in gs[2:]]), "CARD_NUMBER", "".join(gs[2:])))
    cs.a("and the expiry?")
    cs.c(V(e, "EXPIRY", e))
    cs.a("and the security code on the back")
    cs.c(V(say_group(cvv, z, "plain"), "CVV", cvv))
    cs.a("thanks, just need to hold you a moment while it authorises")
    cs.a("okay sorry, it's declined. can you confirm the card again, just the last two groups?")
    cs.c(V(join_spoken([say_group(g, z) for g in gs[-2:]]), "CARD_NUMBER", "".join(gs[-2:])))
    cs.a("ah, I had ", V(say_group(gs[-1][:-1] + str((int(gs[-1][-1]) + 1) % 10), z, "plain"), "CARD_NUMBER",
                         gs[-1][:-1] + str((int(gs[-1][-1]) + 1) % 10)), " at the end, trying again")
    return cs


# ---------------------------------------------------------------- negatives
def rand_digits(n):
    """Random digit string; long ones are forced Luhn-invalid so they are never card numbers."""
    while True:
        d = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if n < 13 or not luhn_ok(d):
            return d


def neg_case():
    k = rng.randrange(24)
    cs = Case("")
    z = pick(ZERO_WORDS)
    if k == 0:
        ref = rand_digits(16)
        gs = chunks(ref, [4, 4, 4, 4])
        cs.note = "order number read like a card number"
        cs.a("have you got the order number there")
        cs.c("yeah the order number is ", join_spoken([say_group(g, z) for g in gs]))
        cs.a("order number " + " ".join(say_group(g, z, "plain") for g in gs) + ", thanks, I can see it")
    elif k == 1:
        cs.note = "card last four only, not PII"
        l4 = rand_digits(4)
        cs.a("which card is it, can you give me the last four digits")
        cs.c(pick(["it ends in ", "the one ending ", "last four are "]) + say_group(l4, z))
        cs.a("card ending " + l4 + ", great, that's the one on file")
    elif k == 2:
        cs.note = "balances, amounts and payment dates"
        cs.a("your balance is %d pounds %d and the next payment of £%d.%02d is due on the %s of %s" % (
            rng.randint(100, 9999), rng.randint(1, 99), rng.randint(10, 500), rng.randint(0, 99), ord_words(rng.randint(1, 28)), pick(MONTHS)))
        cs.c("okay and if I pay " + pick(["two hundred and fifty", "forty one eleven", "a thousand"]) + " today?")
        cs.a("then it would be %d.%02d remaining" % (rng.randint(10, 900), rng.randint(0, 99)))
    elif k == 3:
        cs.note = "tracking number (long alphanumeric) with label"
        tr = pick(["1Z", "JD", "RM"]) + rand_digits(16)
        cs.c("Tracking number " + tr + " says delivered but nothing arrived")
        cs.a("I can see tracking " + tr + " was scanned at 14:32 yesterday at the depot.")
    elif k == 4:
        cs.note = "meter reading spoken digit by digit"
        mr = rand_digits(6)
        cs.a("can you read me the meter")
        cs.c("the meter reading is " + say_group(mr[:3], z) + " " + say_group(mr[3:], z) + ", that's the day rate")
        cs.a("so " + mr + " on the day meter, and the night one?")
        cs.c("night is " + say_group(rand_digits(5), z))
    elif k == 5:
        cs.note = "flight, seat, gate and booking reference"
        cs.c("I'm on flight " + pick(["EI", "BA", "FR", "UA"]) + str(rng.randint(100, 9999)) + ", seat " + str(rng.randint(1, 40)) + pick("ABCDEF") +
             ", booking ref " + "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))
        cs.a("thanks, that departs gate " + str(rng.randint(1, 120)) + " at " + "%02d:%02d" % (rng.randint(5, 22), pick([0, 15, 30, 45])))
    elif k == 6:
        cs.note = "policy number with label read in groups"
        pn = rand_digits(9)
        cs.a("what's the policy number")
        cs.c("policy number " + join_spoken([say_group(g, z) for g in chunks(pn, [3, 3, 3])]))
        cs.a("policy " + " ".join(chunks(pn, [3, 3, 3])) + ", that's your home insurance renewing on the " + ord_words(rng.randint(1, 28)) + " of " + pick(MONTHS))
    elif k == 7:
        cs.note = "opening hours, durations, hold times"
        cs.a("we're open from %s till %s, and the wait is about %s minutes" % (pick(["eight", "nine", "8am"]), pick(["six", "8pm", "half five"]), pick(["twenty", "forty five", "10"])))
        cs.c("I've already been on hold for " + pick(["an hour", "fifty minutes", "35 mins"]))
    elif k == 8:
        cs.note = "ticket/reference number 9 digits like SSN format but labelled"
        t = rand_digits(9)
        cs.c("Ticket #" + t[:3] + "-" + t[3:5] + "-" + t[5:] + " still open after 3 weeks")
        cs.a("Apologies, reference " + t[:3] + "-" + t[3:5] + "-" + t[5:] + " has been escalated to tier 2.")
    elif k == 9:
        cs.note = "invoice number and amount"
        inv = "INV-" + rand_digits(8)
        cs.c("invoice " + inv + " for $" + "%d.%02d" % (rng.randint(20, 3000), rng.randint(0, 99)) + " was charged twice")
        cs.a("I see " + inv + ", I'll refund the duplicate, 3-5 working days")
    elif k == 10:
        cs.note = "ages, temperatures and percentages"
        cs.c("my son is %d and he's had a temperature of %s for %d days" % (rng.randint(2, 17), pick(["38.5", "thirty nine point two", "102 degrees"]), rng.randint(2, 6)))
        cs.a("okay, the co-pay is " + str(rng.randint(10, 30)) + " percent and the excess is " + str(rng.randint(100, 500)))
    elif k == 11:
        cs.note = "serial and model numbers for a device"
        sn = pick(["SN", "S/N "]) + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        cs.c("The router model is " + pick(["TG-3442", "HH6A", "VMDG490"]) + ", serial " + sn)
        cs.a("Thanks, serial " + sn + " is registered, firmware 7.2.14")
    elif k == 12:
        cs.note = "claim number spoken with double/triple"
        cn = rand_digits(10)
        cs.a("do you have your claim number")
        cs.c("claim number is " + join_spoken([say_group(g, z) for g in chunks(cn, [2, 4, 4])]))
        cs.a("claim " + cn + ", submitted on the " + ord_words(rng.randint(1, 28)) + " of " + pick(MONTHS))
    elif k == 13:
        cs.note = "road names and hotel room number, no house number"
        cs.c("I'm stuck on the " + pick(["M62", "N7", "A40", "I-95", "M50"]) + " near junction " + str(rng.randint(1, 40)) + ", car broke down")
        cs.a("okay, and your hotel said room " + str(rng.randint(100, 950)) + "?")
        cs.c("yeah, on " + pick(["the high street", "Oxford Road", "main street"]) + ", floor " + str(rng.randint(1, 9)))
    elif k == 14:
        cs.note = "years and contract dates"
        cs.a("your contract started in %d and ends on %02d/%02d/%d" % (rng.randint(2015, 2024), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2028)))
        cs.c("I've been a customer since " + year_words(rng.randint(1995, 2012)) + " though")
    elif k == 15:
        cs.note = "customer account reference read like a card then agent labels it"
        ref = rand_digits(16)
        cs.c("the reference on my letter is " + " ".join(chunks(ref, [4, 4, 4, 4])))
        cs.a("thanks, that's your customer reference " + ref + ", not a card, don't worry")
    elif k == 16:
        cs.note = "appointment date and time"
        cs.a("I can book you in for %s the %s at %s" % (pick(["monday", "thursday", "friday"]), ord_words(rng.randint(1, 28)), pick(["ten thirty", "2:15pm", "quarter past nine"])))
        cs.c("can we do the " + ord_words(rng.randint(1, 28)) + " instead, after " + pick(["four", "5pm"]))
    elif k == 17:
        cs.note = "counts and quantities"
        cs.c("I ordered %d boxes but only %d came, and %d were damaged" % (rng.randint(5, 40), rng.randint(1, 4), rng.randint(1, 3)))
        cs.a("Sorry about that. I've credited %d units at £%d.%02d each." % (rng.randint(1, 20), rng.randint(1, 90), rng.randint(0, 99)))
    elif k == 18:
        cs.note = "data usage, speeds and prices on telecom call"
        cs.a("you've used %s gig of your %d, and your speed is %d megs" % (pick(["forty two point five", "12.3", "ninety"]), pick([50, 100, 200]), rng.randint(30, 900)))
        cs.c("and the upgrade is " + pick(["twenty nine ninety nine", "£34.99", "forty five a month"]) + "?")
    elif k == 19:
        cs.note = "card last four plus expiry-like contract month (no full card)"
        cs.c("The card ending " + rand_digits(4) + " was charged on the " + ord_words(rng.randint(1, 28)) + " and again today")
        cs.a("I see the visa ending in " + say_group(rand_digits(4), z) + ", both for " + str(rng.randint(5, 99)) + " dollars")
    elif k == 20:
        cs.note = "case number spoken with fillers and corrections"
        cn = rand_digits(8)
        wrong = cn[:-1] + str((int(cn[-1]) + 1) % 10)
        cs.a("what's the case number")
        cs.c("case number, um, " + say_group(wrong[:4], z) + " " + say_group(wrong[4:], z) + ", no sorry, " + say_group(cn[4:], z))
        cs.a("case number " + cn + ", found it")
    elif k == 21:
        cs.note = "bill amount and account balance on utility call"
        cs.a("the last bill was %s and you're %s in credit" % (pick(["one hundred and twelve pounds forty", "£212.40", "ninety six euro"]), pick(["forty three pounds", "€18.50", "twelve quid"])))
        cs.c("and the unit rate is " + pick(["twenty four point five p", "0.245", "twenty eight cents"]) + "?")
    elif k == 22:
        cs.note = "hospital billing: patient visit and procedure codes"
        cs.c("The statement lists visit ID " + rand_digits(10) + " and CPT code " + str(rng.randint(10000, 99999)))
        cs.a("That visit on " + "%d/%d" % (rng.randint(1, 12), rng.randint(1, 28)) + " has an outstanding balance of $" + str(rng.randint(40, 2000)))
    else:
        cs.note = "government service: reference and tax year numbers"
        cs.a("your application reference is " + pick(["GWF", "UTR-REF ", "APP"]) + rand_digits(9) + " for tax year " + "%d-%02d" % (2023, 24))
        cs.c("and how many weeks will it take, it's been " + pick(["six", "eleven", "12"]) + " already")
    return cs


# ---------------------------------------------------------------- main
PLAN = [(card_typed_case, 18), (card_split_case, 16), (card_oneturn_asr_case, 14),
        (card_hold_case, 8), (combo_case, 6), (ssn_case, 26), (ni_case, 26), (bank_case, 14),
        (sort_case, 10), (iban_case, 14), (phone_case, 16), (email_case, 14), (dob_case, 14),
        (address_case, 14)]
N_NEG = 110


def generate():
    rng.seed(398241125)
    pos = []
    for fn, n in PLAN:
        for _ in range(n):
            pos.append(fn())
    rng.shuffle(pos)
    negs = [neg_case() for _ in range(N_NEG)]
    rows, meta = [], []
    for i, c in enumerate(pos):
        r, frags, groups = compile_case(c, "h398-pos-%03d" % (i + 1), "positive")
        rows.append(r)
        meta.append((frags, groups))
    for i, c in enumerate(negs):
        r, frags, groups = compile_case(c, "h398-neg-%03d" % (i + 1), "negative")
        rows.append(r)
        meta.append((frags, groups))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return text, rows, meta


def check_rows(rows, meta):
    errs = []
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (frags, groups) in zip(rows, meta):
        cid = r["id"]
        if r["kind"] not in ("positive", "negative"):
            errs.append(cid + ": bad kind")
        if r["kind"] == "negative" and r["spans"]:
            errs.append(cid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(cid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append(cid + ": bad turn")
        by_turn = {}
        for sp, frag in zip(r["spans"], frags):
            ti, s, e, typ = sp["turn"], sp["start"], sp["end"], sp["type"]
            if not (0 <= ti < len(r["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            txt = r["turns"][ti]["text"]
            if not (0 <= s < e <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            val = txt[s:e]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, val))
            if (s > 0 and txt[s - 1].isalnum()) or (e < len(txt) and txt[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, val))
            if not fragment_ok(typ, val):
                errs.append("%s: %s fragment fails format %r" % (cid, typ, val))
            if typ not in ("ADDRESS", "DOB", "EXPIRY") and frag is not None:
                n = norm_for(typ, val).lstrip("+")
                if typ == "EMAIL":
                    n = norm_email(val)
                if n != frag.lstrip("+").lower() if typ == "EMAIL" else n != frag.lstrip("+"):
                    errs.append("%s: %s normalises to %r, expected %r (%r)" % (cid, typ, n, frag, val))
            by_turn.setdefault(ti, []).append((s, e))
        for ti, lst in by_turn.items():
            lst.sort()
            for (a, b), (c, d) in zip(lst, lst[1:]):
                if c < b:
                    errs.append(cid + ": overlapping spans")
        for typ, canon in groups:
            if not validate_full(typ, canon):
                errs.append("%s: %s value invalid %r" % (cid, typ, canon))
            if typ not in {sp["type"] for sp in r["spans"]}:
                errs.append("%s: group %s has no span" % (cid, typ))
        # file-level validation of whole single-span values
        types = [sp["type"] for sp in r["spans"]]
        for sp in r["spans"]:
            if types.count(sp["type"]) == 1:
                v = r["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
                nv = norm_for(sp["type"], v)
                if sp["type"] == "PHONE" and nv.startswith("00"):
                    nv = nv[2:]
                if not validate_full(sp["type"], nv):
                    errs.append("%s: single %s span invalid %r" % (cid, sp["type"], v))
    return errs


def counts(rows):
    c = {}
    for r in rows:
        for sp in r["spans"]:
            c[sp["type"]] = c.get(sp["type"], 0) + 1
    return c


def main():
    text, rows, meta = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as f:
            disk = f.read()
        errs = []
        if disk != text:
            errs.append("cases.jsonl differs from regenerated output")
        disk_rows = [json.loads(l) for l in disk.splitlines()]
        errs += check_rows(disk_rows if len(disk_rows) == len(meta) else rows, meta)
        npos = sum(r["kind"] == "positive" for r in rows)
        nneg = len(rows) - npos
        c = counts(rows)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB",
                  "POSTCODE", "ADDRESS"]:
            need[t] = 10
        for t, n in need.items():
            if c.get(t, 0) < n:
                errs.append("too few %s spans: %d" % (t, c.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, json.dumps(c, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(rows), OUT))
    print(json.dumps(counts(rows), sort_keys=True))


if __name__ == "__main__":
    main()

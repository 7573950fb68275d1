#!/usr/bin/env python3
"""Generate the pii_holdout335 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout335.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout335.py --check  # regenerate and verify
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 335241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout335", "cases.jsonl")

R = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-number vocabulary
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "ah"}
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"],
        "d": ["delta", "dog"], "e": ["echo", "edward"], "f": ["foxtrot", "freddie"],
        "g": ["golf", "george"], "h": ["hotel", "harry"], "i": ["india"],
        "j": ["juliet", "john"], "k": ["kilo", "king"], "l": ["lima", "london"],
        "m": ["mike", "mother"], "n": ["november", "nancy"], "o": ["oscar"],
        "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform"],
        "v": ["victor"], "w": ["whiskey", "william"], "x": ["x-ray", "xray"],
        "y": ["yankee", "yellow"], "z": ["zulu", "zebra"]}
NATO_REV = {w: k for k, ws in NATO.items() for w in ws}


def zero_word(letters_ok=False):
    if letters_ok:
        return R.choice(["zero", "nought"])
    return R.choice(["oh", "oh", "o", "zero", "nought"])


def say_digit(d, letters_ok=False):
    return zero_word(letters_ok) if d == "0" else UNITS[int(d)]


def say_group(g, letters_ok=False, style=None):
    """Render a digit group as words; parse_chars() must invert it exactly."""
    style = style or R.choice(["single", "single", "double", "pair", "hundred"])
    if style == "pair" and len(g) == 2 and g[0] != "0" and (g[0] == "1" or g[1] != "0"):
        if g[0] == "1":
            return TEENS[int(g[1])]
        return TENS[int(g[0])] + " " + UNITS[int(g[1])]
    if style == "pair" and len(g) == 4:
        return say_group(g[:2], letters_ok, "pair") + " " + say_group(g[2:], letters_ok, "pair")
    if style == "hundred" and len(g) == 3 and g[0] != "0" and g[1] != "0" and (g[1] == "1" or g[2] != "0"):
        tail = say_group(g[1:], letters_ok, "pair")
        return UNITS[int(g[0])] + " hundred " + R.choice(["and ", "and ", ""]) + tail
    if style in ("double", "hundred", "pair"):
        out, i = [], 0
        while i < len(g):
            j = i
            while j < len(g) and g[j] == g[i]:
                j += 1
            run = j - i
            if run >= 3:
                out.append("triple " + say_digit(g[i], letters_ok)); i += 3
            elif run == 2:
                out.append("double " + say_digit(g[i], letters_ok)); i += 2
            else:
                out.append(say_digit(g[i], letters_ok)); i += 1
        return " ".join(out)
    return " ".join(say_digit(d, letters_ok) for d in g)


def say_digits(groups, letters_ok=False, filler_p=0.0, sep=None):
    parts = []
    for k, g in enumerate(groups):
        w = say_group(g, letters_ok)
        if k and R.random() < filler_p:
            w = R.choice(["um", "uh", "er", "erm"]) + " " + w
        parts.append(w)
    s = sep if sep is not None else R.choice([" ", ", ", " ", "... "])
    return s.join(parts)


def say_letter(c, nato_p=0.5):
    c = c.lower()
    if R.random() < nato_p:
        w = R.choice(NATO[c])
        return R.choice(["%s for %s", "%s as in %s", "%s for %s", "%s"]).replace("%s", c, 1).replace("%s", w)
    return c


def say_2(n):
    """Natural words for 1..99 (dates only; not digit-parsed)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say_alnum(s, nato_p=0.4):
    """Say a letters+digits string (postcode, NI, IBAN chunk)."""
    out, i = [], 0
    while i < len(s):
        c = s[i]
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_group(s[i:j], letters_ok=True,
                                 style=R.choice(["single", "double"])))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == c and R.random() < 0.5:
                out.append("double " + c.lower()); i += 2
            else:
                out.append(say_letter(c, nato_p)); i += 1
    return " ".join(out)


# --------------------------------------------------------------------------
# normalisation (used by --check)
def parse_chars(text, letters_ok):
    toks = re.findall(r"[a-z][a-z\-]*|\d+|\+", text.lower())
    out, i = [], 0

    def unit(t):
        if t in ZERO_WORDS and not (letters_ok and t == "o"):
            return 0
        return UNITS.index(t) if t in UNITS else None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS or t == "and":
            i += 1; continue
        if t.isdigit() or t == "+":
            out.append(t if t != "+" else "+"); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if t in ("double", "triple") and nxt is not None:
            n = 2 if t == "double" else 3
            u = unit(nxt)
            if u is not None:
                out.append(str(u) * n)
            elif letters_ok and len(nxt) == 1:
                out.append(nxt.upper() * n)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2; continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNITS[1:]:
                out.append("%d%d" % (tv, UNITS.index(nxt))); i += 2
            else:
                out.append("%d0" % tv); i += 1
            continue
        u = unit(t)
        if u is not None:
            if nxt == "hundred":
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                rest = toks[j] if j < len(toks) else None
                if rest in TEENS:
                    out.append("%d%d" % (u, 10 + TEENS.index(rest))); i = j + 1
                elif rest in TENS.values():
                    tv = [k for k, v in TENS.items() if v == rest][0]
                    r2 = toks[j + 1] if j + 1 < len(toks) else None
                    if r2 in UNITS[1:]:
                        out.append("%d%d%d" % (u, tv, UNITS.index(r2))); i = j + 2
                    else:
                        out.append("%d%d0" % (u, tv)); i = j + 1
                else:
                    out.append("%d00" % u); i += 2
                continue
            out.append(str(u)); i += 1; continue
        if letters_ok:
            if len(t) == 1:
                if nxt in ("for", "as") :
                    j = i + 2 if nxt == "for" else i + 3
                    if j < len(toks) and NATO_REV.get(toks[j]) == t:
                        out.append(t.upper()); i = j + 1; continue
                out.append(t.upper()); i += 1; continue
            if t in NATO_REV:
                out.append(NATO_REV[t].upper()); i += 1; continue
            if re.fullmatch(r"[a-z0-9]+", t):
                out.append(t.upper()); i += 1; continue
        raise ValueError("cannot normalise token %r in %r" % (t, text))
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
STREETS = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Way",
           "Terrace", "Grove", "Court", "Place", "Gardens", "Boulevard", "Park"]


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = re.findall(r"[a-z0-9]+|[._\-]", t)
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in FILLERS:
            pass
        elif w in UNITS or w in TEENS or w in TENS.values() or w in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in UNITS or toks[j] in TEENS or toks[j] in TENS.values()
                                     or toks[j] in ("double", "triple")):
                j += 1
            out.append(parse_chars(" ".join(toks[i:j]), False)); i = j; continue
        elif w in ("spelled", "spelt"):
            pass
        else:
            out.append(w)
        i += 1
    return "".join(out)


def validate(typ, text):
    """Return normalised value or raise."""
    if typ == "EMAIL":
        v = norm_email(text)
        if not re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v):
            raise ValueError(v)
        return v
    if typ in ("DOB", "EXPIRY"):
        t = text.lower()
        nums = re.findall(r"\d+", t)
        words = [w for w in re.findall(r"[a-z]+", t)
                 if w in UNITS or w in TEENS or w in TENS.values() or w in ZERO_WORDS
                 or w.rstrip("th").rstrip("s") in UNITS]
        has_month = any(m in t or m[:3] in re.findall(r"[a-z]+", t) for m in MONTHS)
        if not (has_month or len(nums) >= 2 or len(words) >= 2):
            raise ValueError(text)
        return t
    if typ == "ADDRESS":
        if not re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b", text.lower()):
            raise ValueError(text)
        if text.split()[-1].capitalize() not in STREETS:
            raise ValueError(text)
        return text
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    return parse_chars(text, letters)


def validate_full(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        if not d.isdigit() or not 9 <= len(d) <= 14:
            return False
        return v.startswith("+") or d[0] == "0" or len(d) == 10 or d.startswith("00") or d.startswith("1")
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    return True


# --------------------------------------------------------------------------
# value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def luhn_invalid(length):
    while True:
        s = R.choice("3456") + "".join(R.choice("0123456789") for _ in range(length - 1))
        if not luhn_ok(s):
            return s


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice(["929", "539", "111", "658", "000", "485"]), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "5018", "6304"]), 19)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    if R.random() < 0.15:
        return [c[:5], c[5:10], c[10:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


IBAN_FMT = {"GB": ("A4", 14), "IE": ("A4", 14), "DE": ("", 18), "FR": ("", 23),
            "ES": ("", 20), "NL": ("A4", 10), "IT": ("A1", 22), "BE": ("", 12)}


def gen_iban():
    cc = R.choice(list(IBAN_FMT))
    lead, n = IBAN_FMT[cc]
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    bank = ""
    if lead:
        bank = "".join(R.choice(letters) for _ in range(int(lead[1])))
        if cc == "GB":
            bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"])
        if cc == "IE":
            bank = R.choice(["AIBK", "BOFI", "IPBS"])
    bban = bank + "".join(R.choice("0123456789") for _ in range(n))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    return cc + "%02d" % (98 - num % 97) + bban


def gen_phone():
    k = R.choice(["ukmob", "ukmob", "uklon", "ukgeo", "us", "us", "ie", "fr", "de"])
    if k == "ukmob":
        local = "07" + R.choice(["700", "911", "827", "384", "469"]) + "%06d" % R.randint(0, 999999)
        return "uk", local, "44", [local[:5], local[5:8], local[8:]]
    if k == "uklon":
        local = "020" + R.choice(["7946", "8123", "3397"]) + "%04d" % R.randint(0, 9999)
        return "uk", local, "44", [local[:3], local[3:7], local[7:]]
    if k == "ukgeo":
        local = R.choice(["0161", "0113", "0131", "0117", "0121"]) + "%07d" % R.randint(0, 9999999)
        return "uk", local, "44", [local[:4], local[4:7], local[7:]]
    if k == "us":
        local = R.choice(["212", "415", "312", "617", "503", "972"]) + "555" + "%04d" % R.randint(100, 199)
        return "us", local, "1", [local[:3], local[3:6], local[6:]]
    if k == "ie":
        local = "08" + R.choice("35679") + "%07d" % R.randint(0, 9999999)
        return "ie", local, "353", [local[:3], local[3:6], local[6:]]
    if k == "fr":
        local = "06" + "%08d" % R.randint(0, 99999999)
        return "fr", local, "33", [local[i:i + 2] for i in range(0, 10, 2)]
    local = "0151" + "%07d" % R.randint(0, 9999999)
    return "de", local, "49", [local[:4], local[4:7], local[7:]]


FIRST = ["sarah", "james", "aoife", "priya", "tom", "mohammed", "grace", "liam", "chloe",
         "dave", "niamh", "marco", "ellie", "kwame", "jo", "fatima", "sean", "lucy", "raj", "hannah"]
LAST = ["doe", "okafor", "murphy", "patel", "nguyen", "smith", "kowalski", "byrne", "hughes",
        "garcia", "oconnell", "taylor", "ahmed", "walsh", "lee", "fischer", "brennan", "jones"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("proton", "me"), ("eircom", "net"),
           ("web", "de"), ("aol", "com")]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + "." + l + num
    elif style == 2:
        local = f + "_" + l[0] + num
    elif style == 3:
        local = f + l + num
    else:
        local = l + "-" + f
    d, tld = R.choice(DOMAINS)
    return local, d, tld


def email_typed(local, d, tld):
    s = "%s@%s.%s" % (local, d, tld)
    return s.upper() if R.random() < 0.1 else (s.capitalize() if R.random() < 0.15 else s)


def email_spoken(local, d, tld):
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif tok.isdigit():
            parts.append(say_group(tok, style=R.choice(["single", "pair"])))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    parts.append("at")
    parts.append(d)
    for t in tld.split("."):
        parts += ["dot", t]
    if R.random() < 0.3:
        i = R.randint(1, len(parts) - 2)
        parts.insert(i, R.choice(["um", "uh", "er"]))
    return " ".join(parts)


ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second",
       23: "twenty third", 24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}


def say_year(y):
    c, r = divmod(y, 100)
    if c == 20 and r < 10:
        return "two thousand" + ("" if r == 0 else " and " + UNITS[r])
    head = TEENS[c - 10] if c < 20 else "twenty"
    if r == 0:
        return head + " hundred"
    if r < 10:
        return head + " " + R.choice(["oh", "o"]) + " " + UNITS[r]
    return head + " " + say_2(r)


def gen_dob(spoken):
    y, m, d = R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)
    if not spoken:
        f = R.randint(0, 5)
        if f == 0:
            return "%02d/%02d/%d" % (d, m, y)
        if f == 1:
            return "%d/%d/%d" % (m, d, y)
        if f == 2:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if f == 3:
            return "%d-%02d-%02d" % (y, m, d)
        if f == 4:
            return "%s %d%s, %d" % (MONTHS[m - 1].capitalize()[:3], d, "th" if d > 3 else ["", "st", "nd", "rd"][d], y)
        return "%02d.%02d.%02d" % (d, m, y % 100)
    f = R.randint(0, 3)
    if f == 0:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    if f == 2:
        return "%s of the %s %s" % (ORD[d], ORD[m], say_2(y % 100)
                                     if y % 100 >= 10 else say_year(y))
    return "%s %s %s" % (say_group("%02d" % d), say_group("%02d" % m), say_year(y))


def gen_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(25, 31)
    if not spoken:
        return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (m, y)
    f = R.randint(0, 3)
    if f == 0:
        return "%s %s" % (say_group("%02d" % m), say_2(y))
    if f == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_2(y))
    if f == 2:
        return "%s slash %s" % (say_group("%02d" % m, style="single"), say_2(y))
    return "%s %s" % (MONTHS[m - 1], say_2(y))


UK_TOWNS = ["Leeds", "Manchester", "Bristol", "Cardiff", "Glasgow", "Norwich", "Leicester", "Hull"]
US_TOWNS = ["Austin, TX", "Portland, OR", "Columbus, OH", "Denver, CO", "Tampa, FL"]
STREET_NAMES = ["Station", "Mill", "Church", "Acacia", "Victoria", "Kings", "Oak", "Elm",
                "Highfield", "Maple", "Castle", "Park View", "Willow", "Queen", "Harbour", "Meadow"]


def gen_uk_postcode():
    area = R.choice(["SW", "M", "LS", "B", "G", "CF", "NR", "BS", "EH", "N", "E", "LE", "HU", "W"])
    out = area + str(R.randint(1, 19))
    if area in ("SW", "W", "E") and R.random() < 0.3:
        out = area + str(R.randint(1, 9)) + R.choice("ABC")
    return out + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z + ("-%04d" % R.randint(1, 9999) if R.random() < 0.3 else "")


def gen_address(spoken):
    n = R.randint(1, 240)
    st = R.choice(STREET_NAMES) + " " + R.choice(STREETS)
    flat = ""
    if R.random() < 0.25:
        flat = R.choice(["Flat %d, ", "Apt %d, ", "flat %d ", "Unit %d, "]) % R.randint(1, 30)
    if spoken:
        num = say_group(str(n), style=R.choice(["pair", "hundred", "single"]))
        if len(str(n)) == 1:
            num = UNITS[n]
        return (flat.lower() + num + " " + st).lower().replace(",", "")
    s = flat + "%d %s" % (n, st)
    return s.lower() if R.random() < 0.2 else s


# --------------------------------------------------------------------------
# case assembly
class V:
    def __init__(self, typ, text, gid):
        self.typ, self.text, self.gid = typ, text, gid


_gid = [0]


def gid():
    _gid[0] += 1
    return _gid[0]


def build(turns):
    """turns: list of (speaker, [segments]).  Returns (turns_json, spans, gids)."""
    tj, spans, gids = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s.typ})
                gids.append(s.gid)
            else:
                text += s
        tj.append({"speaker": spk, "text": text})
    return tj, spans, gids


def C(text):
    return ("customer", text if isinstance(text, list) else [text])


def A(text):
    return ("agent", text if isinstance(text, list) else [text])


def bc():
    return R.choice(["mhm", "go on", "yep", "ok", "uh huh", "right", "got that, go on", "yes", "and the rest?"])


def filler():
    return R.choice(["", "", "um ", "uh ", "erm, ", "right so ", "yeah "])


def split_spoken(groups, n_parts, letters_ok=False, filler_p=0.15):
    """Split groups into n_parts spoken chunks."""
    n_parts = max(1, min(n_parts, len(groups)))
    cuts = sorted(R.sample(range(1, len(groups)), n_parts - 1)) if n_parts > 1 else []
    chunks, prev = [], 0
    for c in cuts + [len(groups)]:
        chunks.append(say_digits(groups[prev:c], letters_ok, filler_p))
        prev = c
    return chunks


INDUSTRY = ["bank", "telecom", "utility", "retail", "insurance", "travel", "healthcare billing", "government"]

# ---------- positive templates (return (turns, note)) ----------

def p_card_chat():
    c = gen_card(); g = gid()
    sep = R.choice([" ", "-", "", " ", "  ", "."])
    txt = sep.join(card_groups(c))
    if R.random() < 0.2:
        txt = c[:6] + " " + c[6:]
    lead = R.choice(["card no: ", "Card number - ", "my card is ", "cc# ", "pls charge ", "card: ", "use this one ",
                     "the long number on the front is ", "CARD NO. "])
    segs = [R.choice(["hi, ", "", "Hello. ", "ok "]), lead, V("CARD_NUMBER", txt, g)]
    if R.random() < 0.6:
        segs += [R.choice([" exp ", ", expiry ", " valid thru ", " exp date: ", " / "]), V("EXPIRY", gen_expiry(False), gid())]
    if R.random() < 0.55:
        cv = "%03d" % R.randint(0, 999) if len(c) != 15 else "%04d" % R.randint(0, 9999)
        segs += [R.choice([" cvv ", ", CVV: ", " sec code ", " cvc="]), V("CVV", cv, gid())]
    segs.append(R.choice(["", " thanks", ". cheers", " - can you take the £%d.%02d now?" % (R.randint(5, 900), R.randint(0, 99))]))
    turns = [A(R.choice(["Can I take the card details please?", "What card would you like to pay with?",
                         "Please provide the card for the renewal."])), C(segs)]
    return turns, "typed chat card number with optional expiry/cvv"


def p_card_call_split():
    c = gen_card(); g = gid()
    groups = card_groups(c)
    n = R.randint(2, min(4, len(groups)))
    chunks = split_spoken(groups, n)
    turns = [A("and what's the long card number please")]
    for i, ch in enumerate(chunks):
        pre = filler() if i == 0 else R.choice(["", "", "then ", "uh "])
        pre = ("it's " + pre) if i == 0 and R.random() < 0.5 else pre
        turns.append(C([pre, V("CARD_NUMBER", ch, g)]))
        if i < len(chunks) - 1:
            turns.append(A(bc()))
    note = "spoken card split over %d customer turns" % n
    if R.random() < 0.6:
        rb = say_digits(groups, filler_p=0.0, sep=" ")
        turns.append(A([R.choice(["so that's ", "let me read that back, ", "just to confirm "]), V("CARD_NUMBER", rb, gid()),
                        R.choice(["?", ", is that right?", " yeah?"])]))
        turns.append(C(R.choice(["yes", "that's it", "yep spot on"])))
        note += " with agent read-back"
    if R.random() < 0.5:
        turns.append(A("and the expiry"))
        turns.append(C([filler(), V("EXPIRY", gen_expiry(True), gid())]))
        note += ", spoken expiry"
    if R.random() < 0.4:
        turns.append(A("the three digits on the back"))
        cv = "%03d" % R.randint(0, 999)
        turns.append(C([R.choice(["", "it's ", "uh "]), V("CVV", say_group(cv), gid())]))
        note += ", spoken cvv"
    return turns, note


def p_card_aside():
    c = gen_card()
    groups = card_groups(c)
    k = R.randint(1, len(groups) - 1)
    g = gid()
    a1 = say_digits(groups[:k]); a2 = say_digits(groups[k:])
    aside = R.choice([", sorry the dog's barking, ", "... hang on it's worn off a bit... ", ", sorry one sec, ",
                      " - can you hear me? yeah ok - ", ", wait my glasses, right, "])
    turns = [A("can I take the card number for the payment today"),
             C(["yeah ", V("CARD_NUMBER", a1, g), aside, V("CARD_NUMBER", a2, g)]),
             A(R.choice(["thank you", "lovely, and that's a debit card?", "great thanks"]))]
    if R.random() < 0.5:
        turns.append(C(["and the ", R.choice(["balance is ", "amount is "]), "%d pounds %d" % (R.randint(10, 400), R.randint(1, 99))]))
    return turns, "spoken card with an aside in the middle of the reading (two spans, one turn)"


def p_card_restart():
    c = gen_card(); g = gid()
    groups = card_groups(c)
    wrong = say_group(R.choice(["5", "4", "37"]), style="single")
    txt = say_digits(groups, filler_p=0.3)
    turns = [A("go ahead with the card number"),
             C(["ok ", wrong, R.choice([" no wait, that's the old card. right, ", "... sorry let me start again, ",
                                         " hang on, wrong card. ok, "]), V("CARD_NUMBER", txt, g)]),
             A(R.choice(["got it", "thanks", "ok and the name on the card?"]))]
    if R.random() < 0.5:
        turns += [C([R.choice(["oh and it runs out ", "expiry is "]), V("EXPIRY", gen_expiry(True), gid())])]
    return turns, "restarted card reading; abandoned fragment (<=2 digits) unlabelled"


def p_card_with_last4():
    c = gen_card(); g = gid()
    txt = " ".join(card_groups(c))
    turns = [C(["new card is ", V("CARD_NUMBER", txt, g), " - please update"]),
             A(["Thanks. I've updated the card ending ", V("CARD_NUMBER", c[-4:], gid()), " on your account."])]
    return turns, "full card then last four in same case: last four labelled"


def p_last4_plus_other():
    last4 = "%04d" % R.randint(0, 9999)
    ph = gen_phone()
    turns = [A("I can see the payment on the card ending " + last4 + ", can I confirm your contact number"),
             C(["it's ", V("PHONE", " ".join(ph[3]), gid())])]
    return turns, "last-four (not labelled) plus a phone number"


def p_ssn():
    s = gen_ssn(); g = gid()
    mode = R.randint(0, 5)
    if mode <= 1:
        fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
        txt = fmt % (s[:3], s[3:5], s[5:])
        lead = R.choice(["SSN: ", "ssn ", "my social is ", "Social Security # ", "SS#", "last thing u need- ss no. "])
        turns = [A(R.choice(["To verify, please provide your Social Security number.", "I need the SSN on the account."])),
                 C([lead, V("SSN", txt, g)])]
        note = "typed SSN"
    elif mode == 2:
        ch = split_spoken([s[:3], s[3:5], s[5:]], R.randint(2, 3))
        turns = [A("can you give me your social")]
        for i, x in enumerate(ch):
            turns.append(C([filler(), V("SSN", x, g)]))
            if i < len(ch) - 1:
                turns.append(A(bc()))
        note = "spoken SSN split over turns"
    elif mode == 3:
        txt = say_digits([s[:3], s[3:5], s[5:]], filler_p=0.4)
        turns = [A("and for security the last... actually I need the full social security number"),
                 C([R.choice(["sure, ", "ok it's ", "yeah "]), V("SSN", txt, g)]),
                 A(["so ", V("SSN", "-".join([s[:3], s[3:5], s[5:]]).replace("-", " "), gid()), "?"]),
                 C("correct")]
        note = "spoken SSN with agent read-back"
    elif mode == 4:
        txt = say_digits([s[:3], s[3:5], s[5:]])
        turns = [A("last four of the social please"), C("uh I don't know if, can I just give you the whole thing"),
                 A("sure"), C([V("SSN", txt, g)])]
        note = "spoken SSN given in full instead of last four"
    else:
        txt = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
        turns = [C(["Hi, I'm filing for my dad. His SSN is ", V("SSN", txt, g), " and DOB ", V("DOB", gen_dob(False), gid()),
                    ". Claim ref CLM-%07d." % R.randint(0, 9999999)])]
        note = "typed SSN + DOB with claim ref distractor"
    return turns, note


def p_ni():
    n = gen_ni(); g = gid()
    mode = R.randint(0, 4)
    if mode <= 1:
        fmt = R.choice(["{0}{1}{2}{3}{4}", "{0} {1} {2} {3} {4}", "{0}{1}{2}{3} {4}", "{0} {1}{2}{3} {4}"])
        txt = fmt.format(n[:2], n[2:4], n[4:6], n[6:8], n[8])
        txt = txt.lower() if R.random() < 0.3 else txt
        lead = R.choice(["NI number: ", "my NI no is ", "NINO ", "national insurance - ", "Nat Ins: "])
        turns = [A("Could you confirm your National Insurance number?"), C([lead, V("NI_NUMBER", txt, g)])]
        note = "typed NI number"
    elif mode == 2:
        p1 = say_alnum(n[:2], 0.7); p2 = say_digits([n[2:4], n[4:6], n[6:8]], True, 0.2); p3 = say_alnum(n[8], 0.6)
        turns = [A("and your national insurance number"), C([filler(), V("NI_NUMBER", p1, g)]), A(bc()),
                 C([V("NI_NUMBER", p2, g)]), A(bc()), C([V("NI_NUMBER", p3, g)])]
        note = "spoken NI number split over three turns, NATO letters"
    elif mode == 3:
        txt = say_alnum(n, 0.5)
        turns = [A("national insurance number please"), C(["yeah it's ", V("NI_NUMBER", txt, g)]),
                 A(["thank you, so ", V("NI_NUMBER", " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]]), gid()), ", lovely"])]
        note = "spoken NI number with agent read-back"
    else:
        txt = say_alnum(n[:2], 0.3) + " " + say_digits([n[2:5], n[5:8]], True, 0.0) + " " + say_alnum(n[8], 0.0)
        turns = [A("Department for Work and Pensions, how can I help"),
                 C(["hi I'm ringing about my pension credit, my national insurance is ", V("NI_NUMBER", txt, g),
                    " and I'm seventy two"])]
        note = "spoken NI number in government services call, age distractor"
    return turns, note


def p_bank_uk():
    acct = "%08d" % R.randint(0, 99999999); sc = "%06d" % R.randint(0, 999999)
    if R.random() < 0.5:
        sct = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        turns = [C([R.choice(["sort code ", "s/c: ", "Sort: "]), V("SORT_CODE", sct, gid()),
                    R.choice([" acct no: ", ", account ", " a/c "]), V("BANK_ACCOUNT", acct, gid())]),
                 A("Thanks, the direct debit will start on the %s." % R.choice(["1st", "15th", "28th"]))]
        return turns, "typed UK sort code + account"
    turns = [A("what's the sort code"), C([filler(), V("SORT_CODE", say_digits([sc[:2], sc[2:4], sc[4:]]), gid())]),
             A("and the account number")]
    ch = split_spoken([acct[:4], acct[4:]], R.randint(1, 2))
    g = gid()
    for i, x in enumerate(ch):
        turns.append(C([V("BANK_ACCOUNT", x, g)]))
        if i < len(ch) - 1:
            turns.append(A(bc()))
    if R.random() < 0.5:
        turns.append(A(["so account ending... no sorry let me read it all, ", V("BANK_ACCOUNT", " ".join(acct), gid())]))
    return turns, "spoken UK sort code + account number"


def p_bank_us():
    acct = "%d" % R.randint(10 ** 9, 10 ** 12 - 1)
    turns = [C([R.choice(["checking acct # ", "acct no: ", "my account number is ", "Acct: "]),
                V("BANK_ACCOUNT", acct, gid()), R.choice(["", " - its checking", ". thx"])]),
             A("Thank you. Your payment of $%d.%02d is scheduled for %s." % (R.randint(20, 2000), R.randint(0, 99),
                                                                          R.choice(["Friday", "the 3rd", "May 5"])))]
    return turns, "typed US account number with amount distractor"


def p_iban():
    ib = gen_iban(); g = gid()
    if R.random() < 0.55:
        txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        if R.random() < 0.3:
            txt = ib
        if R.random() < 0.2:
            txt = txt.lower()
        turns = [C([R.choice(["IBAN: ", "please refund to ", "my iban is ", "Bank details - IBAN "]), V("IBAN", txt, g),
                    R.choice(["", " thanks", ". Ref INV-%06d" % R.randint(0, 999999)])])]
        return turns, "typed IBAN"
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    k = R.randint(2, 3)
    cut = sorted(R.sample(range(1, len(chunks)), k - 1))
    turns = [A("ok read me the IBAN")]
    prev = 0
    for j, c in enumerate(cut + [len(chunks)]):
        turns.append(C([V("IBAN", " ".join(say_alnum(x, 0.4) for x in chunks[prev:c]), g)]))
        prev = c
        if j < k - 1:
            turns.append(A(bc()))
    return turns, "spoken IBAN across turns"


def p_phone():
    cc, local, code, groups = gen_phone()
    mode = R.randint(0, 4)
    if mode <= 1:
        if R.random() < 0.5:
            txt = "+" + code + " " + " ".join([groups[0][1:] if groups[0][0] == "0" else groups[0]] + groups[1:])
        else:
            txt = R.choice([" ", "-", "", "."]).join(groups)
        turns = [C([R.choice(["call me on ", "tel: ", "mob ", "Phone: ", "best number is "]), V("PHONE", txt, gid()),
                    R.choice(["", " after 5pm", " (mobile)", " thx"])])]
        return turns, "typed phone"
    if mode == 2:
        txt = say_digits(groups, filler_p=0.2)
        turns = [A("and a contact number"), C([filler(), V("PHONE", txt, gid())]),
                 A(["that's ", V("PHONE", say_digits(groups, sep=" "), gid()), "?"]), C("yep")]
        return turns, "spoken national phone with read-back"
    if mode == 3:
        intl = R.choice(["plus ", "double " + zero_word() + " "]) + say_group(code, style="single")
        rest = say_digits([groups[0][1:] if groups[0][0] == "0" else groups[0]] + groups[1:])
        g = gid()
        turns = [A("is there a number we can reach you on while you're abroad"),
                 C(["yeah it's my %s one, " % {"uk": "UK", "us": "US", "ie": "Irish", "fr": "French", "de": "German"}[cc],
                    V("PHONE", intl, g)]), A(bc()), C([V("PHONE", rest, g)])]
        return turns, "spoken international phone split, country code in first turn"
    ch = split_spoken(groups, len(groups))
    g = gid()
    turns = [A("what's the best number")]
    for i, x in enumerate(ch):
        turns.append(C([V("PHONE", x, g)]))
        if i < len(ch) - 1:
            turns.append(A(bc()))
    return turns, "spoken phone split group by group"


def p_email():
    local, d, tld = gen_email()
    if R.random() < 0.45:
        turns = [C([R.choice(["email: ", "send it to ", "my email is ", "E-mail - ", "contact: "]),
                    V("EMAIL", email_typed(local, d, tld), gid()), R.choice(["", " pls", ". Order #%d" % R.randint(10 ** 6, 10 ** 8)])])]
        return turns, "typed email"
    sp = email_spoken(local, d, tld)
    turns = [A("and what email address should we use"), C([R.choice(["it's ", "yeah ", "", "uh it's "]), V("EMAIL", sp, gid())])]
    note = "spoken email"
    if R.random() < 0.4:
        turns += [A(["so ", V("EMAIL", email_spoken(local, d, tld), gid()), "?"]), C("that's it")]
        note += " with read-back"
    return turns, note


def p_dob():
    spoken = R.random() < 0.55
    d = gen_dob(spoken)
    if spoken:
        turns = [A(R.choice(["can I take your date of birth", "and for security your date of birth please",
                             "what's the patient's date of birth"])),
                 C([R.choice(["", "it's ", "uh ", "yeah "]), V("DOB", d, gid())])]
    else:
        turns = [C([R.choice(["DOB ", "d.o.b: ", "Date of birth - ", "born "]), V("DOB", d, gid()),
                    R.choice(["", ", policy POL%d" % R.randint(10 ** 6, 10 ** 7), ", I'm %d" % R.randint(19, 80)])])]
    return turns, "date of birth (%s)" % ("spoken" if spoken else "typed")


def p_address():
    uk = R.random() < 0.65
    spoken = R.random() < 0.45
    addr = gen_address(spoken)
    if uk:
        pc = gen_uk_postcode()
        town = R.choice(UK_TOWNS)
        pct = say_alnum(pc.replace(" ", ""), 0.3) if spoken else (pc if R.random() < 0.7 else pc.lower().replace(" ", ""))
    else:
        pc = gen_zip()
        town = R.choice(US_TOWNS)
        pct = say_digits([pc[:5]] + ([pc[6:]] if len(pc) > 5 else []), sep=" ") if spoken else pc
        if spoken:
            addr = addr.replace("flat", "apartment")
    if spoken:
        turns = [A("and the first line of the address"), C([filler(), V("ADDRESS", addr, gid()), " in " + town.split(",")[0].lower()]),
                 A("and the postcode" if uk else "and the zip"), C([filler(), V("POSTCODE", pct, gid())])]
        return turns, "spoken address and %s" % ("postcode" if uk else "zip")
    sep = R.choice([", ", " ", ",\n"])
    turns = [A("What's the delivery address?"),
             C([V("ADDRESS", addr, gid()), sep, town, R.choice([" ", ", "]), V("POSTCODE", pct, gid())])]
    return turns, "typed address, town unlabelled, %s" % ("UK postcode" if uk else "US ZIP")


def p_mixed_call():
    """Longer identity-verification call mixing several types."""
    ind = R.choice(INDUSTRY)
    turns = [A("thanks for calling, this is the %s line, can I take your name" % ind), C("yeah it's %s %s" % (R.choice(FIRST), R.choice(LAST))),
             A("and your date of birth"), C([filler(), V("DOB", gen_dob(True), gid())])]
    if R.random() < 0.5:
        pc = gen_uk_postcode()
        turns += [A("postcode on the account"), C([V("POSTCODE", say_alnum(pc.replace(" ", ""), 0.5), gid())])]
    else:
        cc, local, code, groups = gen_phone()
        turns += [A("mobile number on the account"), C([V("PHONE", say_digits(groups, filler_p=0.2), gid())])]
    turns += [A("lovely, you're through security. I can see your bill is %s pounds %s" % (
        say_2(R.randint(20, 99)), say_2(R.randint(10, 99))))]
    if R.random() < 0.5:
        n = gen_ni()
        turns += [C(["oh and they said to give you my NI number, ", V("NI_NUMBER", say_alnum(n, 0.4), gid())])]
    else:
        s = gen_ssn()
        turns += [C(["you might need my social, it's ", V("SSN", say_digits([s[:3], s[3:5], s[5:]], filler_p=0.3), gid())])]
    return turns, "identity-verification call in %s mixing types" % ind


def p_card_email_chat():
    c = gen_card()
    local, d, tld = gen_email()
    txt = R.choice(["", "-", " "]).join(card_groups(c))
    turns = [C(["Hi, booking ref %s. please charge " % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
                V("CARD_NUMBER", txt, gid()), " and send the receipt to ", V("EMAIL", email_typed(local, d, tld), gid())]),
             A("Thanks, flight BA%d on the %s is confirmed." % (R.randint(100, 999), R.choice(["3rd", "19th", "22nd"])))]
    return turns, "travel chat: card + email with booking ref and flight distractors"


def p_card_typo():
    c = gen_card(); g = gid()
    groups = card_groups(c)
    txt = groups[0] + " " + "".join(groups[1:3]) + "  " + " ".join(groups[3:]) if len(groups) >= 4 else " ".join(groups)
    turns = [C(["Card nmuber ", V("CARD_NUMBER", txt, g), R.choice([" exp ", " ex. "]), V("EXPIRY", gen_expiry(False), gid()),
                " secuirty code ", V("CVV", "%03d" % R.randint(0, 999), gid())])]
    return turns, "typed card with typos in labels and odd grouping"


POS = [(p_card_chat, 14), (p_card_call_split, 12), (p_card_aside, 6), (p_card_restart, 5), (p_card_with_last4, 3),
       (p_last4_plus_other, 3), (p_ssn, 12), (p_ni, 12), (p_bank_uk, 6), (p_bank_us, 3), (p_iban, 6), (p_phone, 8),
       (p_email, 7), (p_dob, 6), (p_address, 7), (p_mixed_call, 6), (p_card_email_chat, 4), (p_card_typo, 4)]

# ---------- negatives ----------

def n_long_ref():
    lab = R.choice(["order number", "tracking number", "invoice number", "claim reference", "ticket number",
                    "serial number", "policy number", "reference"])
    num = luhn_invalid(R.choice([13, 15, 16, 16, 18]))
    if R.random() < 0.5:
        txt = say_digits([num[i:i + 4] for i in range(0, len(num), 4)])
        turns = [A("have you got the %s there" % lab), C("yeah the %s is %s" % (lab, txt)), A("thanks, I've found it")]
    else:
        txt = " ".join(num[i:i + 4] for i in range(0, len(num), 4))
        turns = [C("%s: %s - still not arrived" % (lab.capitalize(), txt)), A("Sorry about that, it's due by %s." % R.choice(["Thursday", "5pm", "the 14th"]))]
    return turns, "long digit string labelled as %s (Luhn-invalid)" % lab


def n_balance():
    amt = "£%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
    turns = [C("whats my balance"), A("Your balance is %s and your next payment of %s is due on %s." % (
        amt, "£%d.%02d" % (R.randint(10, 300), R.randint(0, 99)), R.choice(["12/06/2025", "3 March", "the 28th"])))]
    return turns, "balances, amounts and a payment date"


def n_last4():
    l4 = "%04d" % R.randint(0, 9999)
    spoken = say_digits([l4[:2], l4[2:]])
    turns = [A("which card was it"), C("the one ending %s" % spoken), A("ok the card ending in %s, I can see two transactions of %d pounds" % (l4, R.randint(5, 99)))]
    return turns, "card last-four mentions only"


def n_hours():
    turns = [C("what time are you open till"), A("We're open %d am to %d pm Monday to Friday, and %d till %d on Saturdays. Average wait is about %d minutes." % (
        R.randint(7, 9), R.randint(5, 8), R.randint(8, 10), R.randint(1, 4), R.randint(3, 40)))]
    return turns, "opening hours, times, durations"


def n_meter():
    rd = "%05d" % R.randint(0, 99999)
    turns = [A("can I take a meter reading"), C("yeah it's %s" % say_digits([rd])), A("and the serial on the meter?"),
             C("uh %s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(2)) + "%08d" % R.randint(0, 10 ** 8))),
             A("lovely, so that's %s units, bill should be around %d pounds" % (rd, R.randint(40, 300)))]
    return turns, "utilities meter reading and meter serial"


def n_travel():
    turns = [C("my flight %s%d leaves from gate %d%s at %d:%02d, seat %d%s" % (R.choice(["BA", "EI", "FR", "LH", "AF"]),
            R.randint(100, 9999), R.randint(1, 60), R.choice(["", "A", "B"]), R.randint(5, 23), R.choice([0, 15, 30, 45]),
            R.randint(1, 40), R.choice("ABCDEF"))), A("And the hotel room is %d for %d nights, booking ref %s." % (
            R.randint(100, 999), R.randint(1, 14), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))]
    return turns, "flight, gate, seat, room numbers and booking ref"


def n_age_temp_pct():
    turns = [A("and how old is the policyholder"), C("he's %s, and honestly the house was %d degrees because the boiler broke" % (
        say_2(R.randint(20, 95)), R.randint(5, 35))),
             A("ok, your premium goes up %d.%d percent this year, from %d to %d pounds" % (R.randint(1, 15), R.randint(0, 9),
                                                                                         R.randint(200, 600), R.randint(610, 1200)))]
    return turns, "ages, temperature, percentages, premiums"


def n_contract_dates():
    turns = [C("when does my contract end"), A("Your contract started on %d %s %d and ends on %d/%02d/%d. The appointment is booked for %s at %d pm." % (
        R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(2019, 2024), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2028),
        R.choice(["Tuesday the 4th", "the 19th of May", "14 June"]), R.randint(1, 5)))]
    return turns, "contract and appointment dates (not DOB)"


def n_spoken_ref_like_card():
    num = luhn_invalid(16)
    g = [num[i:i + 4] for i in range(0, 16, 4)]
    turns = [A("have you got your %s" % R.choice(["customer reference", "policy number", "account reference on the letter", "claim number"]))]
    for i in range(0, 4, 2):
        turns.append(C(say_digits(g[i:i + 2], filler_p=0.3)))
        if i == 0:
            turns.append(A(bc()))
    turns.append(A("thanks, and is that the reference from the letter dated the %s" % R.choice(["third", "twelfth", "first of june"])))
    return turns, "16-digit reference read in card-like chunks (Luhn-invalid)"


def n_roads_models():
    turns = [C("the engineer couldn't find us, we're just off the %s near junction %d" % (R.choice(["A40", "M25", "A1(M)", "B1234", "I-95", "N7"]), R.randint(1, 30))),
             A("sorry, the router model is %s, serial %s, I'll send another on order %d" % (
                 R.choice(["HH6A", "TG789vac", "SR102", "F@st 5670"]), "SN" + "%010d" % R.randint(0, 10 ** 10), R.randint(10 ** 7, 10 ** 9)))]
    return turns, "road names, model and serial numbers"


def n_years_counts():
    turns = [C("I've been a customer since %d and paid %d bills without missing one" % (R.randint(1990, 2015), R.randint(20, 300))),
             A("I can see that, %d years. There are %d devices on the plan and %d gigabytes used." % (R.randint(5, 30), R.randint(1, 6), R.randint(1, 200)))]
    return turns, "years, counts, data usage"


def n_healthcare():
    turns = [A("this is the billing department, I'm calling about invoice %s" % ("INV" + "%08d" % R.randint(0, 10 ** 8))),
             C("is that the one for the appointment on the %s" % R.choice(["ninth of march", "twenty second", "fourth of july two thousand and twenty four"])),
             A("yes, the amount outstanding is %d dollars %d, your copay was %d percent" % (R.randint(20, 900), R.randint(1, 99), R.randint(10, 30)))]
    return turns, "healthcare billing invoice, appointment date, amounts"


def n_gov():
    turns = [C("I'm ringing about my tax return, the UTR reference on the letter is %s" % say_digits(["%05d" % R.randint(0, 99999), "%05d" % R.randint(0, 99999)])),
             A("I'm afraid we can't take a UTR over this line, but the deadline is the thirty first of january and the penalty is a hundred pounds")]
    return turns, "government call with a labelled tax reference and deadlines"


NEG = [(n_long_ref, 14), (n_balance, 8), (n_last4, 10), (n_hours, 6), (n_meter, 8), (n_travel, 8), (n_age_temp_pct, 7),
       (n_contract_dates, 8), (n_spoken_ref_like_card, 12), (n_roads_models, 6), (n_years_counts, 6), (n_healthcare, 6), (n_gov, 6)]


def generate():
    R.seed(SEED)
    _gid[0] = 0
    cases, hidden = [], []
    pos_list = [f for f, w in POS for _ in range(w)]
    neg_list = [f for f, w in NEG for _ in range(w)]
    # fixed multiplicity, then shuffle (deterministic)
    pos_fns = pos_list * 2
    R.shuffle(pos_fns)
    neg_fns = neg_list + neg_list[:4]
    R.shuffle(neg_fns)
    for i, f in enumerate(pos_fns, 1):
        turns, note = f()
        tj, spans, gids = build(turns)
        cases.append({"id": "h335-pos-%03d" % i, "kind": "positive", "turns": tj, "spans": spans, "note": note})
        hidden.append(gids)
    for i, f in enumerate(neg_fns, 1):
        turns, note = f()
        tj, spans, gids = build(turns)
        assert not spans
        cases.append({"id": "h335-neg-%03d" % i, "kind": "negative", "turns": tj, "spans": [], "note": note})
        hidden.append(gids)
    return cases, hidden


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check(cases_mem, hidden):
    errors = []
    with open(OUT, encoding="utf-8") as fh:
        data = fh.read()
    if data != serialise(cases_mem):
        errors.append("file is not byte-identical to regenerated output")
    cases = [json.loads(l) for l in data.splitlines()]
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    counts = Counter()
    npos = nneg = 0
    for c, gids in zip(cases, hidden):
        npos += c["kind"] == "positive"; nneg += c["kind"] == "negative"
        if c["kind"] == "negative" and c["spans"]:
            errors.append("%s: negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errors.append("%s: positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % c["id"])
        byturn = {}
        groups = {}
        for s, g in zip(c["spans"], gids):
            counts[s["type"]] += 1
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errors.append("%s: offsets out of range" % c["id"]); continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errors.append("%s: span not on word boundary %r" % (c["id"], txt[a:b]))
            v = txt[a:b]
            if not (v[0].isalnum() or (s["type"] == "PHONE" and v[0] == "+")) or not v[-1].isalnum():
                errors.append("%s: span edge not alnum %r" % (c["id"], v))
            byturn.setdefault(s["turn"], []).append((a, b))
            try:
                groups.setdefault(g, [s["type"], []])[1].append(validate(s["type"], v))
            except Exception as e:
                errors.append("%s: %s %r does not normalise (%s)" % (c["id"], s["type"], v, e))
        for spans in byturn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errors.append("%s: overlapping spans" % c["id"])
        for g, (typ, parts) in groups.items():
            v = "".join(parts)
            full = v
            # a card last-four read-back is a fragment of the full card in the same case
            if typ == "CARD_NUMBER" and len(v) == 4:
                others = ["".join(p) for gg, (tt, p) in groups.items() if tt == typ and gg != g]
                if any(o.endswith(v) for o in others):
                    continue
            if typ in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
                full = parts[0] if len(parts) == 1 else v
            if not validate_full(typ, full):
                errors.append("%s: %s value %r fails validation" % (c["id"], typ, full))
    req = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts[t] < req.get(t, 10):
            errors.append("too few %s spans: %d" % (t, counts[t]))
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errors, counts, npos, nneg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases, hidden = generate()
    if args.check:
        errors, counts, npos, nneg = check(cases, hidden)
        for e in errors[:50]:
            print("ERROR:", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t, n in sorted(counts.items()):
            print("  %-13s %d" % (t, n))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(cases))
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

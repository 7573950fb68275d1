#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h153.

Written by an AI helper acting as an independent author that did not see the
redaction code. Standard library only. Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout153.py          # write fixture + README
    python scripts/make_pii_holdout153.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 153241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout153")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
ZEROS = ["zero", "oh", "o", "nought"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
HOMO_DIGIT = {"4": "for", "2": "to", "8": "ate", "1": "won"}
UNIT_MAP = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "won": 1, "two": 2,
            "to": 2, "too": 2, "three": 3, "four": 4, "for": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "ate": 8, "nine": 9, "niner": 9}
TEEN_MAP = {v: k for k, v in TEENS.items()}
TENS_MAP = {v: k for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "uhm", "and", "dash", "hyphen", "space", "slash",
           "plus", "dot"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
LETTER_HOMO = {"bee": "b", "see": "c", "sea": "c", "cee": "c", "dee": "d", "gee": "g", "jay": "j",
               "kay": "k", "el": "l", "ell": "l", "em": "m", "en": "n", "pea": "p", "pee": "p",
               "are": "r", "ess": "s", "tea": "t", "tee": "t", "why": "y", "ex": "x", "zed": "z",
               "zee": "z", "aitch": "h", "haitch": "h", "eh": "a", "ay": "a"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS]
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
ORD_WORDS = {v: k for k, v in ORD.items()}


def normalise(text, letters=False):
    """Spoken/typed value -> canonical upper-case alnum string; None if unknown word."""
    if letters and re.search(r"\d", text):
        # typed form: keep letters and digits only
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[A-Za-z]+|\d+", text)
    toks = [t.lower() for t in toks]
    out = ""
    i = 0
    mult = 1
    n = len(toks)

    def is_wordy(t):
        return t.isalpha() and t not in UNIT_MAP and t not in TEEN_MAP and t not in TENS_MAP

    while i < n:
        t = toks[i]
        if letters and (len(t) == 1 and t not in ("o",) or t in LETTER_HOMO or t in NATO) and not t.isdigit():
            if len(t) == 1 and t.isalpha():
                let = t
            elif t in LETTER_HOMO:
                let = LETTER_HOMO[t]
            else:
                let = NATO[t]
            # "b for bravo" / "b as in bravo"
            if len(t) == 1 or t in LETTER_HOMO:
                if i + 2 < n and toks[i + 1] == "for" and is_wordy(toks[i + 2]):
                    i += 2
                elif i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" and is_wordy(toks[i + 3]):
                    i += 3
            out += let.upper() * mult
            mult = 1
        elif t.isdigit():
            out += t
            mult = 1
        elif t == "double":
            mult = 2
        elif t == "triple":
            mult = 3
        elif t in UNIT_MAP:
            out += str(UNIT_MAP[t]) * mult
            mult = 1
        elif t in TEEN_MAP:
            out += str(TEEN_MAP[t])
        elif t in TENS_MAP:
            if i + 1 < n and toks[i + 1] in UNIT_MAP and UNIT_MAP[toks[i + 1]] != 0:
                out += str(TENS_MAP[t]) + str(UNIT_MAP[toks[i + 1]])
                i += 1
            else:
                out += str(TENS_MAP[t]) + "0"
        elif t in ("hundred", "thousand"):
            if t == "thousand":
                out += "0"
            j = i + 1
            if j < n and toks[j] == "and":
                j += 1
            if j < n and toks[j] in TEEN_MAP:
                out += str(TEEN_MAP[toks[j]])
                i = j
            elif j < n and toks[j] in TENS_MAP:
                if j + 1 < n and toks[j + 1] in UNIT_MAP and UNIT_MAP[toks[j + 1]] != 0:
                    out += str(TENS_MAP[toks[j]]) + str(UNIT_MAP[toks[j + 1]])
                    i = j + 1
                else:
                    out += str(TENS_MAP[toks[j]]) + "0"
                    i = j
            elif j < n and toks[j] in UNIT_MAP:
                out += "0" + str(UNIT_MAP[toks[j]])
                i = j
            else:
                out += "00"
        elif t in FILLERS:
            pass
        else:
            return None
        i += 1
    return out.upper()


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


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[ABCEGHJ-PR-TW-Z][ABCEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")


def spoken_email(text):
    if "@" in text:
        return text.strip().lower()
    out = []
    toks = text.lower().split()
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNIT_MAP and t not in ("o", "to", "for", "won", "ate", "too"):
            out.append(str(UNIT_MAP[t]))
        elif t in TENS_MAP:
            if i + 1 < len(toks) and toks[i + 1] in UNIT_MAP and UNIT_MAP[toks[i + 1]]:
                out.append(str(TENS_MAP[t]) + str(UNIT_MAP[toks[i + 1]]))
                i += 1
            else:
                out.append(str(TENS_MAP[t]) + "0")
        elif t in TEEN_MAP:
            out.append(str(TEEN_MAP[t]))
        else:
            out.append(t)
        i += 1
    return "".join(out)


def expiry_norm(text):
    t = text.lower()
    mm = None
    for k, m in enumerate(MONTHS):
        if re.search(r"\b" + m + r"\b", t) or re.search(r"\b" + m[:3] + r"\b", t):
            mm = "%02d" % (k + 1)
            t = re.sub(r"\b" + m + r"\b|\b" + m[:3] + r"\b", " ", t)
            break
    rest = normalise(t)
    if rest is None:
        return None
    return (mm or "") + rest


def expiry_ok(s):
    if s is None or not s.isdigit():
        return False
    if len(s) in (3, 5):
        s = "0" + s
    if len(s) not in (4, 6):
        return False
    return 1 <= int(s[:2]) <= 12


def dob_ok(text):
    t = text.lower()
    has_month = any(re.search(r"\b" + m + r"\b", t) or re.search(r"\b" + m[:3] + r"\b", t) for m in MONTHS)
    for m in MONTHS:
        t = re.sub(r"\b" + m + r"\b|\b" + m[:3] + r"\b", " ", t)
    t = re.sub(r"(\d+)(st|nd|rd|th)\b", r"\1", t)
    for w, v in sorted(ORD.items(), key=lambda kv: -len(kv[0])):
        t = re.sub(r"\b" + w + r"\b", " %d " % v, t)
    t = re.sub(r"\bthe\b|\bof\b", " ", t)
    groups = re.findall(r"\d+", t)
    digits = normalise(t)
    if digits is None:
        return False
    if has_month:
        return 3 <= len(digits) <= 8
    return len(groups) >= 3 or len(digits) in (6, 8)


ADDR_SUFFIX = r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|crescent|court|place|terrace|boulevard|blvd|grove|gardens|square|parade|hill|row|walk)"


def validate(typ, text):
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", spoken_email(text)))
    if typ == "DOB":
        return dob_ok(text)
    if typ == "EXPIRY":
        return expiry_ok(expiry_norm(text))
    if typ == "ADDRESS":
        return bool(re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", text.lower())) and \
            bool(re.search(r"\b" + ADDR_SUFFIX + r"\b", text.lower()))
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    s = normalise(text, letters=letters)
    if s is None:
        return False
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s)
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4)
    if typ == "SSN":
        return s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9"
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(s)) and s[:2] not in NI_BAD
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 8 <= len(s) <= 12
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6
    if typ == "IBAN":
        return iban_ok(s)
    if typ == "PHONE":
        return s.isdigit() and 10 <= len(s) <= 13
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(s)) or bool(re.fullmatch(r"\d{5}(\d{4})?", s))
    return False


# ------------------------------------------------------------------ generators
R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def refnum(n):
    """Reference-style number: no leading zero."""
    return str(R.randint(1, 9)) + digits(n - 1)


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa19", "visa13"])
    if kind == "visa":
        return luhn_complete("4", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4", 19)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    return luhn_complete("6011", 16)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI_L1) + ch(NI_L2)
        if p not in NI_BAD:
            return p + digits(6) + ch("ABCD")


def iban_check(country, bban):
    r = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in r)
    return "%02d" % (98 - int(num) % 97)


def gen_iban(country=None):
    country = country or ch(["GB", "IE", "DE", "FR", "NL", "ES", "GB", "IE"])
    if country == "GB":
        bban = ch(["NWBK", "BARC", "MIDL", "HBUK", "NAIA"]) + digits(14)
    elif country == "IE":
        bban = ch(["AIBK", "IPBS", "ULSB"]) + digits(14)
    elif country == "DE":
        bban = digits(18)
    elif country == "FR":
        bban = digits(23)
    elif country == "NL":
        bban = ch(["ABNA", "INGB", "SNSB", "TRNB"]) + digits(10)
    else:
        bban = digits(20)
    return country + iban_check(country, bban) + bban


def dw(d, zero, homo=False):
    if d == "0":
        return zero
    if homo and d in HOMO_DIGIT and R.random() < 0.35:
        return HOMO_DIGIT[d]
    return UNITS[int(d)]


def pair_w(p, zero):
    if p[0] == "0":
        return zero + " " + dw(p[1], zero)
    v = int(p)
    if v < 20:
        return TEENS[v]
    return TENS[v // 10] + ("" if p[1] == "0" else " " + UNITS[int(p[1])])


def say_group(g, mode, zero, homo=False):
    """Speak one digit group. mode: digits | doubles | pairs | hundreds"""
    if mode == "hundreds":
        if len(g) == 3 and g[0] != "0":
            if g[1:] == "00":
                return UNITS[int(g[0])] + " hundred"
            if g[1] == "0":
                return UNITS[int(g[0])] + " hundred and " + UNITS[int(g[2])] if g[2] != "0" else None
            return UNITS[int(g[0])] + " hundred and " + pair_w(g[1:], zero)
        if len(g) == 4 and g[2:] == "00" and g[0] != "0":
            return pair_w(g[:2], zero) + " hundred"
        mode = "pairs"
    if mode == "pairs":
        parts = []
        s = g
        if len(s) % 2 == 1:
            parts.append(dw(s[0], zero, homo))
            s = s[1:]
        for k in range(0, len(s), 2):
            parts.append(pair_w(s[k:k + 2], zero))
        return " ".join(parts)
    parts = []
    k = 0
    while k < len(g):
        d = g[k]
        run = 1
        while k + run < len(g) and g[k + run] == d:
            run += 1
        if mode == "doubles" and run >= 3 and R.random() < 0.6:
            parts.append("triple " + dw(d, zero))
            k += 3
        elif mode == "doubles" and run >= 2:
            parts.append("double " + dw(d, zero))
            k += 2
        else:
            parts.append(dw(d, zero, homo))
            k += 1
    return " ".join(parts)


def say(groups, mode=None, zero=None, homo=None, sep=None, filler=True):
    """Speak a value given as digit groups; verified to normalise back."""
    if isinstance(groups, str):
        groups = [groups]
    zero = zero or ch(ZEROS)
    mode = mode or ch(["digits", "digits", "doubles", "pairs", "mixed"])
    homo = R.random() < 0.2 if homo is None else homo
    target = "".join(groups)
    for attempt in range(3):
        parts = []
        for g in groups:
            m = mode
            if m == "mixed":
                m = ch(["digits", "doubles", "pairs", "hundreds"])
            if attempt == 2:
                m = "digits"
            w = say_group(g, m, zero, homo and attempt == 0)
            if w is None:
                w = say_group(g, "digits", zero)
            parts.append(w)
        out = parts[0]
        for p in parts[1:]:
            s = sep if sep is not None else ch([" ", " ", " ", " um ", " uh ", ", ", " "])
            if not filler and s.strip() in ("um", "uh"):
                s = " "
            out += s + p
        if normalise(out) == target:
            return out
    raise AssertionError("cannot speak %r" % (groups,))


def spell_letter(c, style):
    lc = c.lower()
    if style == "plain":
        return lc
    if style == "nato":
        names = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}
        return lc + " for " + names[lc]
    if style == "word":
        words = {"a": "apple", "b": "bob", "c": "cat", "e": "edward", "g": "george", "h": "harry",
                 "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy", "p": "peter",
                 "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xmas",
                 "y": "yellow", "z": "zebra", "d": "david", "f": "freddie", "u": "uncle",
                 "q": "queen", "v": "victory"}
        return lc + " for " + words[lc]
    if style == "homo":
        inv = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "j": "jay", "k": "kay", "l": "el",
               "m": "em", "n": "en", "p": "pee", "r": "are", "t": "tee", "y": "why", "x": "ex",
               "z": "zed", "h": "aitch"}
        return inv.get(lc, lc)
    return lc


def say_ni(ni, style=None):
    style = style or ch(["plain", "nato", "homo", "mixed", "word", "plain"])
    st = lambda: ch(["plain", "nato", "homo", "word"]) if style == "mixed" else style
    l1, l2 = ni[0], ni[1]
    if l1 == l2 and R.random() < 0.5:
        pre = "double " + spell_letter(l1, "plain")
    else:
        pre = spell_letter(l1, st()) + " " + spell_letter(l2, st())
    mid_groups = [ni[2:4], ni[4:6], ni[6:8]] if R.random() < 0.6 else [ni[2:8]]
    mid = say(mid_groups, mode=ch(["digits", "doubles", "pairs", "digits"]), homo=False, filler=False)
    return pre + " " + mid + " " + spell_letter(ni[8], st())


def type_ni(ni):
    f = ch(["compact", "spaced", "spaced", "lower", "dash", "pairs2", "mixed"])
    if f == "compact":
        return ni
    if f == "spaced":
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == "lower":
        return ("%s %s %s" % (ni[:2], ni[2:8], ni[8])).lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if f == "pairs2":
        return "%s%s %s %s%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return "%s %s%s" % (ni[:2].lower(), ni[2:8], ni[8].lower())


def type_card(c):
    g = card_groups(c)
    f = ch(["space", "space", "dash", "none", "dot", "mixed", "dspace", "slash", "irregular"])
    if f == "irregular":
        out, k = [], 0
        while k < len(c):
            n = R.randint(2, 6)
            out.append(c[k:k + n])
            k += n
        return " ".join(out)
    if f == "space":
        return " ".join(g)
    if f == "dash":
        return "-".join(g)
    if f == "none":
        return c
    if f == "dot":
        return ".".join(g)
    if f == "dspace":
        return "  ".join(g)
    if f == "slash":
        return " / ".join(g)
    out = g[0]
    for x in g[1:]:
        out += ch([" ", "-", "", " - "]) + x
    return out


def type_ssn(s):
    f = ch(["dash", "dash", "space", "none", "dot", "spaced_dash", "slash"])
    a, b, c = s[:3], s[3:5], s[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s",
            "spaced_dash": "%s - %s - %s", "slash": "%s/%s/%s"}[f] % (a, b, c)


def say_ssn(s):
    g = ch([[s[:3], s[3:5], s[5:]], [s], [s[:3], s[3:5], s[5:7], s[7:]]])
    sep = ch([None, None, " dash ", ", ", " "]) if len(g) > 1 else None
    return say(g, mode=ch(["digits", "pairs", "mixed", "doubles", "hundreds"]), sep=sep)


def gen_phone(region=None):
    region = region or ch(["uk_mob", "uk_land", "us", "ie", "uk_intl", "us_intl", "ie_intl"])
    if region == "uk_mob":
        d = "07" + digits(9)
        return d, [d[:5], d[5:8], d[8:]], "call" if R.random() < 0.5 else "chat"
    if region == "uk_land":
        d = "020" + ch(["7946", "8123", "3456"]) + digits(4)
        return d, [d[:3], d[3:7], d[7:]], None
    if region == "us":
        d = str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4)
        return d, [d[:3], d[3:6], d[6:]], None
    if region == "ie":
        d = "08" + ch("35679") + digits(7)
        return d, [d[:3], d[3:6], d[6:]], None
    if region == "uk_intl":
        d = "447" + digits(9)
        return d, [d[:2], d[2:6], d[6:]], "+"
    if region == "us_intl":
        d = "1" + str(R.randint(201, 989)) + str(R.randint(200, 999)) + digits(4)
        return d, [d[:1], d[1:4], d[4:7], d[7:]], "+"
    d = "3538" + ch("35679") + digits(7)
    return d, [d[:3], d[3:5], d[5:8], d[8:]], "+"


def type_phone(d, groups, plus):
    pre = "+" if plus == "+" else ""
    f = ch(["space", "none", "dash", "paren", "dot"])
    if f == "paren" and not pre and len(groups) == 3 and d[0] != "0":
        return "(%s) %s-%s" % tuple(groups)
    if f == "none":
        return pre + d
    sepc = {"space": " ", "dash": "-", "dot": ".", "paren": " "}[f]
    return pre + sepc.join(groups)


def say_phone(d, groups, plus):
    s = say(groups, mode=ch(["digits", "doubles", "mixed", "pairs", "doubles"]))
    return ("plus " + s) if plus == "+" else s


FIRST = ["james", "mary", "aoife", "siobhan", "david", "priya", "tom", "grace", "liam", "fatima",
         "oliver", "chloe", "sean", "nadia", "marcus", "elena", "kwame", "ruth", "jake", "sophie"]
LAST = ["murphy", "smith", "okafor", "patel", "kowalski", "byrne", "nguyen", "garcia", "walsh",
        "jones", "obrien", "hughes", "schmidt", "rossi", "kelly", "brown", "ahmed", "dubois"]
DOMAINS = [("gmail", "com"), ("hotmail", "co dot uk"), ("outlook", "com"), ("yahoo", "com"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("proton", "me"),
           ("web", "de"), ("orange", "fr")]


def gen_email(spoken):
    f, l = ch(FIRST), ch(LAST)
    dom, tld = ch(DOMAINS)
    num = ch(["", "", str(R.randint(1, 99)), str(R.randint(1970, 2005))])
    style = ch(["dot", "plain", "initial", "underscore"])
    if spoken:
        nums = ""
        if num:
            nums = " " + (say([num], mode="pairs", homo=False, filler=False) if len(num) > 1 else UNITS[int(num)])
        if style == "dot":
            local = f + " dot " + l + nums
        elif style == "initial":
            local = f[0] + " " + l + nums
        elif style == "underscore":
            local = f + " underscore " + l + nums
        else:
            local = f + " " + l + nums
        return local + " at " + dom + " dot " + tld
    tldt = tld.replace(" dot ", ".")
    sep = {"dot": ".", "plain": "", "initial": "", "underscore": "_"}[style]
    first = f[0] if style == "initial" else f
    e = first + sep + l + num + "@" + dom + "." + tldt
    if R.random() < 0.2:
        e = e[0].upper() + e[1:]
    return e


def gen_date(y0=1938, y1=2006):
    y = R.randint(y0, y1)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def ordinal_words(d):
    if d in ORD_WORDS:
        return ORD_WORDS[d]
    return TENS[d // 10] + " " + ORD_WORDS[d % 10]


def year_words(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        return "two thousand and " + (UNITS[r] if r < 10 else pair_w(str(r), "oh"))
    return pair_w(str(y)[:2], "oh") + " " + pair_w(str(y)[2:], "oh")


def say_dob(d, m, y):
    f = ch(["dmy", "mdy", "the_of", "digits", "short"])
    if f == "dmy":
        return "%s %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
    if f == "mdy":
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), year_words(y))
    if f == "the_of":
        return "the %s of %s %s" % (ordinal_words(d), MONTHS[m - 1], year_words(y))
    if f == "short":
        return "%s %s %s" % (MONTHS[m - 1], ordinal_words(d), pair_w(str(y)[2:], "oh"))
    return say(["%02d" % d, "%02d" % m, str(y)[2:]], mode="digits", homo=False, sep=" ", filler=False)


def type_dob(d, m, y, us=False):
    f = ch(["slash", "slash", "iso", "long", "dot", "short", "dash"])
    if f == "slash":
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if f == "long":
        return ("%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)) if us else \
            ("%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1].capitalize(), y))
    if f == "dot":
        return "%d.%d.%d" % (d, m, y)
    if f == "short":
        return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d/%d/%02d" % (d, m, y % 100))
    return "%02d-%s-%d" % (d, MONTH_ABBR[m - 1].capitalize(), y)


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def type_expiry(m, y):
    return ch(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d-%02d", "%02d%02d", "%02d / %02d"]) % (m, y)


def say_expiry(m, y):
    f = ch(["digits", "pairs", "month", "month_full", "pairs"])
    z = ch(["oh", "zero", "o"])
    if f == "digits":
        return say(["%02d" % m, "%02d" % y], mode="digits", zero=z, homo=False, sep=" ", filler=False)
    if f == "pairs":
        return pair_w("%02d" % m, z) + " " + ch(["", "slash "]) + pair_w("%02d" % y, z)
    if f == "month":
        return MONTHS[m - 1] + " " + pair_w("%02d" % y, z)
    return MONTHS[m - 1] + " " + year_words(2000 + y)


def gen_cvv(amex=False):
    return digits(4) if amex else digits(3)


def say_cvv(c):
    return say([c], mode=ch(["digits", "digits", "hundreds", "pairs", "doubles"]), homo=False, filler=False)


def gen_sort():
    return ch(["20", "40", "60", "30", "11", "09", "83", "90", "93", "98"]) + digits(4)


def say_sort(s):
    return say([s[:2], s[2:4], s[4:]], mode=ch(["digits", "pairs", "doubles", "pairs"]), filler=False)


def type_sort(s):
    return ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:2], s[2:4], s[4:])


STREETS = ["elm", "church", "station", "victoria", "high", "mill", "park", "oak", "maple",
           "king", "queen", "ashgrove", "willow", "cedar", "main", "hazel", "orchard", "larch"]
SUFFIXES = ["street", "road", "avenue", "lane", "drive", "close", "way", "crescent", "court",
            "terrace", "grove", "gardens"]


def gen_address(spoken):
    n = R.randint(1, 240)
    if spoken:
        num = say([str(n)], mode=ch(["pairs", "digits", "hundreds"]), homo=False, filler=False)
        return num + " " + ch(STREETS) + " " + ch(SUFFIXES)
    suf = ch(SUFFIXES)
    if R.random() < 0.3:
        suf = {"street": "St", "road": "Rd", "avenue": "Ave", "lane": "Ln", "drive": "Dr"}.get(suf, suf)
    s = "%d %s %s" % (n, ch(STREETS).capitalize(), suf.capitalize() if suf.islower() else suf)
    return s.lower() if R.random() < 0.3 else s


UK_AREAS = ["SW", "SE", "NW", "N", "E", "W", "EC", "M", "B", "L", "LS", "G", "EH", "CF", "BS",
            "NE", "BT", "CR", "KT", "RG", "CB", "NG", "S", "DN", "HU", "PL", "EX", "BN", "GU", "TW"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_pc():
    a = ch(UK_AREAS)
    out = a + str(R.randint(1, 29))
    if R.random() < 0.1 and len(a) <= 2:
        out = a + str(R.randint(1, 9)) + ch("ABEHMNPRW")
    return out, str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)


def type_pc(outw, inw):
    s = ch(["%s %s", "%s %s", "%s%s"]) % (outw, inw)
    return s.lower() if R.random() < 0.25 else s


def say_pc(outw, inw):
    style = ch(["plain", "nato", "homo", "plain", "word"])

    def sp_part(p):
        out = []
        k = 0
        while k < len(p):
            c = p[k]
            if c.isdigit():
                if k + 1 < len(p) and p[k + 1].isdigit():
                    out.append(pair_w(p[k:k + 2], "oh") if p[k] != "0" else "oh " + UNITS[int(p[k + 1])])
                    k += 2
                    continue
                out.append(dw(c, "oh") if c == "0" else UNITS[int(c)])
            elif k + 1 < len(p) and p[k + 1] == c and R.random() < 0.6:
                out.append("double " + c.lower())
                k += 2
                continue
            else:
                out.append(spell_letter(c, style if c.lower() in "bcdghjklmnprtxyz" or style != "homo" else "plain"))
            k += 1
        return " ".join(out)
    return sp_part(outw) + ch([" ", ", ", " "]) + sp_part(inw)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def gen_account(country="uk"):
    return digits(8) if country in ("uk", "ie") else digits(ch([9, 10, 12]))


def say_iban(ib):
    # letters spelled, digits in groups of four
    parts = []
    letter_style = ch(["plain", "nato", "mixed"])
    k = 0
    while k < len(ib):
        chunk = ib[k:k + 4]
        words = []
        for c in chunk:
            if c.isalpha():
                st = letter_style if letter_style != "mixed" else ch(["plain", "nato"])
                words.append(spell_letter(c, st))
            else:
                words.append(dw(c, "zero"))
        parts.append(" ".join(words))
        k += 4
    return ", ".join(parts)


def type_iban(ib):
    f = ch(["group", "group", "compact", "lower"])
    if f == "compact":
        return ib
    g = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
    return g.lower() if f == "lower" else g


# ------------------------------------------------------------------ assembling
BACK = ["mhm", "okay go on", "yep", "okay", "right", "uh huh", "got it", "go ahead", "yeah", "sure next"]


def V(value, typ):
    return (value, typ)


def build(turns):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                st = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s[1]})
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


# ------------------------------------------------------------------ positives
def p_card_chat():
    c = gen_card()
    ind = ch(["retail", "telecom", "utilities", "travel", "insurance"])
    lead = ch(["Card number is ", "card no: ", "here u go ", "its ", "My card - ", "CC#", "the long number is ",
               "Sure, ", "card:", "ok its "])
    tail = ch(["", " thanks", ".", " if you can take the payment now", " pls", "!"])
    turns = [A(ch(["Can you provide the card you'd like to pay with?", "Please type the card number below.",
                   "What card would you like to use today?"])),
             C(lead, V(type_card(c), "CARD_NUMBER"), tail)]
    return turns, "chat/%s: card typed with mixed separators" % ind


def p_card_call():
    c = gen_card()
    ind = ch(["telecom", "insurance", "utilities", "retail", "banking", "travel"])
    sp = say(card_groups(c), mode=ch(["digits", "pairs", "doubles", "mixed", "mixed"]))
    pre = ch(["yeah it's ", "okay so it's ", "right ", "um ", "it's a visa ", "", "that's ",
              "long number is "])
    post = ch(["", " yeah", " and that's it", " did you get that"])
    turns = [A(ch(["and the long number on the front of the card please",
                   "okay when you're ready the sixteen digit card number",
                   "can i take the card number please"])),
             C(pre, V(sp, "CARD_NUMBER"), post)]
    return turns, "call/%s: card spoken in one turn (digits/pairs/doubles/hundreds)" % ind


def p_card_split():
    c = gen_card()
    g = card_groups(c)
    ind = ch(["insurance", "telecom", "utilities", "healthcare billing", "retail"])
    turns = [A("okay go ahead with the card number when you're ready")]
    mode = ch(["digits", "pairs", "doubles", "mixed"])
    for k, grp in enumerate(g):
        pre = ch(["", "", "right ", "um ", "then ", "and "]) if k else ch(["", "right ", "okay "])
        post = ch(["", "", " yeah", " um"])
        turns.append(C(pre, V(say([grp], mode=mode, filler=False), "CARD_NUMBER"), post))
        if k < len(g) - 1:
            turns.append(A(ch(BACK)))
    turns.append(A("thank you"))
    return turns, "call/%s: card split over customer turns with back-channels" % ind


def p_card_readback():
    c = gen_card()
    g = card_groups(c)
    ind = ch(["banking", "travel", "retail", "utilities"])
    turns = [A("can i have the card number please"),
             C(ch(["yes it's ", "sure ", ""]), V(say(g), "CARD_NUMBER")),
             A("let me read that back to you ", V(say(g, mode="digits", homo=False, filler=False, sep=" "), "CARD_NUMBER"),
               " is that correct"),
             C("yes that's right")]
    return turns, "call/%s: card read by customer and read back by agent" % ind


def p_card_correction():
    c1, c2 = gen_card(), gen_card()
    ind = ch(["telecom", "retail", "travel"])
    turns = [A("what's the card number"),
             C(V(say(card_groups(c1)), "CARD_NUMBER"), " no hang on sorry that's my old one it's expired"),
             A("no problem take your time"),
             C("right the new one is ", V(say(card_groups(c2)), "CARD_NUMBER"))]
    return turns, "call/%s: customer reads expired card then replacement card" % ind


def p_card_full():
    amex = R.random() < 0.25
    c = gen_card("amex" if amex else None)
    m, y = gen_expiry()
    cvv = gen_cvv(amex)
    ind = ch(["travel", "retail", "insurance", "telecom"])
    if R.random() < 0.5:
        turns = [A("please can i take the card number"),
                 C(V(say(card_groups(c)), "CARD_NUMBER")),
                 A("and the expiry date"),
                 C(ch(["it's ", "", "expires "]), V(say_expiry(m, y), "EXPIRY")),
                 A("and finally the " + ("four" if amex else "three") + " digit security code on the " + ("front" if amex else "back")),
                 C(V(say_cvv(cvv), "CVV"))]
        return turns, "call/%s: card, expiry and security code in separate turns" % ind
    turns = [A("Please share the card number, expiry and CVV."),
             C(V(type_card(c), "CARD_NUMBER"), ch([" exp ", ", expiry ", " | exp: ", " valid thru "]),
               V(type_expiry(m, y), "EXPIRY"), ch([" cvv ", ", security code ", " | CVC: ", " cvv2 "]), V(cvv, "CVV"))]
    return turns, "chat/%s: card, expiry and cvv in one message" % ind


def p_card_two_in_turn():
    c = gen_card()
    m, y = gen_expiry()
    turns = [A("okay go ahead"),
             C(V(say(card_groups(c)), "CARD_NUMBER"), ch([" and the expiry is ", " expiry ", " and it runs out "]),
               V(say_expiry(m, y), "EXPIRY"), ch([" and the balance is about two hundred quid", "", " i think"]))]
    return turns, "call/utilities: card number and expiry in one breath"


def p_card_chat_split():
    c = gen_card("visa")
    g = card_groups(c)
    turns = [A("Please type your card number."),
             C(V(g[0] + " " + g[1], "CARD_NUMBER")),
             C(V(g[2] + " " + g[3], "CARD_NUMBER"), " sorry hit enter too soon")]
    return turns, "chat/retail: card split across two chat messages"


def p_card_with_amounts():
    c = gen_card()
    amt = R.randint(20, 499)
    turns = [A("so that's %s pounds %s for the annual renewal how would you like to pay" % (say([str(amt)], mode="hundreds", homo=False, filler=False), pair_w(str(R.randint(10, 99)), "oh"))),
             C("on card please it's ", V(say(card_groups(c), mode="mixed"), "CARD_NUMBER")),
             A("thank you and is that a debit or credit card"),
             C("debit")]
    return turns, "call/insurance: card spoken with hundreds/pairs next to a price"


def p_ssn_chat():
    s = gen_ssn()
    lead = ch(["SSN: ", "my social is ", "ssn ", "Social Security #", "its ", "social sec no. "])
    ind = ch(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    turns = [A("To verify your identity, please provide your Social Security number."),
             C(lead, V(type_ssn(s), "SSN"), ch(["", " thx", ".", " and my zip hasn't changed"]))]
    return turns, "chat/%s: SSN typed with separators" % ind


def p_ssn_call():
    s = gen_ssn()
    ind = ch(["banking", "insurance", "healthcare billing", "government services"])
    turns = [A(ch(["can you verify your social security number for me", "and what's your social",
                   "i'll need the full nine digit social please"])),
             C(ch(["sure it's ", "yeah ", "it's ", "uh ", ""]), V(say_ssn(s), "SSN"))]
    return turns, "call/%s: SSN spoken (digits, pairs, hundreds, doubles)" % ind


def p_ssn_split():
    s = gen_ssn()
    g = [s[:3], s[3:5], s[5:]]
    mode = ch(["digits", "pairs", "mixed", "hundreds"])
    turns = [A("go ahead with the social"),
             C(V(say([g[0]], mode=mode, filler=False), "SSN")), A(ch(BACK)),
             C(V(say([g[1]], mode=mode, filler=False), "SSN")), A(ch(BACK)),
             C(ch(["", "and ", "then "]), V(say([g[2]], mode=mode, filler=False), "SSN"))]
    return turns, "call/government services: SSN split 3-2-4 across turns"


def p_ssn_readback():
    s = gen_ssn()
    turns = [A("and your social security number"),
             C(V(say_ssn(s), "SSN")),
             A("thank you i have ", V(say([s[:3], s[3:5], s[5:]], mode="digits", homo=False, sep=" ", filler=False), "SSN"),
               " correct"),
             C("correct")]
    return turns, "call/insurance: SSN read back by the agent"


def p_ssn_correction():
    s = gen_ssn()
    s2 = s[:5] + digits(4)
    turns = [A("what's the social on the account"),
             C(V(say([s[:3], s[3:5], s[5:]]), "SSN"), " no wait sorry that's my wife's"),
             A("okay"),
             C("mine is ", V(say([s2[:3], s2[3:5], s2[5:]]), "SSN"))]
    return turns, "call/banking: SSN given twice (spouse then own)"


def p_ssn_dob_zip():
    s = gen_ssn()
    d, m, y = gen_date()
    z = gen_zip()
    if R.random() < 0.5:
        turns = [A("Hi, for verification I need your SSN, date of birth and ZIP."),
                 C(V(type_ssn(s), "SSN"), ch([", ", " / ", "\n"]), "dob ", V(type_dob(d, m, y, us=True), "DOB"),
                   ch([", zip ", " ZIP: ", " zip code "]), V(z, "POSTCODE"))]
        return turns, "chat/healthcare billing: SSN, DOB and ZIP in one message"
    turns = [A("can i get your social date of birth and zip code"),
             C("social is ", V(say_ssn(s), "SSN"), " birthday ", V(say_dob(d, m, y), "DOB"),
               " and zip is ", V(say([z[:5]], mode=ch(["digits", "doubles"]), filler=False), "POSTCODE"))]
    return turns, "call/insurance: SSN, DOB and ZIP spoken in one turn"


def p_ssn_chat_split():
    s = gen_ssn()
    turns = [A("What is your Social Security number?"),
             C(V(s[:3], "SSN"), " ", V(s[3:5], "SSN")),
             C(V(s[5:], "SSN"), " oops thats the rest")]
    return turns, "chat/government services: SSN split across chat messages"


def p_ni_chat():
    n = gen_ni()
    lead = ch(["NI number: ", "my ni is ", "National Insurance no. ", "it's ", "NINO ", "ni no - "])
    ind = ch(["government services", "banking", "insurance", "utilities"])
    turns = [A("Could you confirm your National Insurance number please?"),
             C(lead, V(type_ni(n), "NI_NUMBER"), ch(["", " cheers", ".", " thanks"]))]
    return turns, "chat/%s: NI number typed" % ind


def p_ni_call():
    n = gen_ni()
    ind = ch(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    turns = [A(ch(["and can i take your national insurance number", "what's your n i number please",
                   "can you give me your national insurance number"])),
             C(ch(["yeah it's ", "it's ", "right ", "um ", ""]), V(say_ni(n), "NI_NUMBER"))]
    return turns, "call/%s: NI number spoken (letters plain/nato/homophone, digits various)" % ind


def p_ni_split():
    n = gen_ni()
    st = ch(["plain", "nato", "homo", "word"])
    turns = [A("national insurance number please"),
             C(V(spell_letter(n[0], st) + " " + spell_letter(n[1], st), "NI_NUMBER")), A(ch(BACK)),
             C(V(say([n[2:4], n[4:6], n[6:8]], mode=ch(["digits", "pairs", "doubles"]), filler=False), "NI_NUMBER")),
             A(ch(["and the last letter", "and the letter at the end"])),
             C(V(spell_letter(n[8], ch(["plain", "nato", "homo"])), "NI_NUMBER"))]
    return turns, "call/government services: NI split letters / digits / suffix over turns"


def p_ni_split2():
    n = gen_ni()
    turns = [A("go ahead with your n i number"),
             C(V(say_ni(n[:4] + "0000A").rsplit(" ", 1)[0].rsplit(" ", 4)[0] if False else
                 spell_letter(n[0], "plain") + " " + spell_letter(n[1], "plain") + " " + say([n[2:4]], mode="pairs", filler=False), "NI_NUMBER")),
             A(ch(BACK)),
             C(V(say([n[4:6]], mode="pairs", filler=False), "NI_NUMBER")), A(ch(BACK)),
             C(V(say([n[6:8]], mode="pairs", filler=False) + " " + spell_letter(n[8], ch(["plain", "nato"])), "NI_NUMBER"))]
    return turns, "call/banking: NI read in pairs over three turns"


def p_ni_readback():
    n = gen_ni()
    turns = [A("can i have your national insurance number"),
             C(V(say_ni(n), "NI_NUMBER")),
             A("so that's ", V(say_ni(n, "nato"), "NI_NUMBER"), " yeah"),
             C(ch(["yes", "that's it", "yep spot on"]))]
    return turns, "call/government services: NI read back phonetically by agent"


def p_ni_correction():
    n = gen_ni()
    n2 = n[:8] + ch([x for x in "ABCD" if x != n[8]])
    turns = [A("and your national insurance number"),
             C(V(say_ni(n), "NI_NUMBER"), " no sorry i got the last letter wrong let me start again"),
             C(V(say_ni(n2), "NI_NUMBER")),
             A("okay so ", V(say_ni(n2, "plain"), "NI_NUMBER"))]
    return turns, "call/insurance: NI with corrected suffix letter, agent confirms"


def p_ni_chat_messy():
    n = gen_ni()
    t = "%s %s %s %s %s" % (n[:2].lower(), n[2:4], n[4:6], n[6:8], n[8].lower())
    turns = [A("Thanks. What's your NI number?"),
             C(ch(["ni ", "", "its "]), V(t, "NI_NUMBER"), ch([" and my payroll number is 4471 if that helps",
                                                                 " - started the job in 2019", " (from my P60)"]))]
    return turns, "chat/government services: lower-case spaced NI next to unrelated numbers"


def p_bank_call():
    acc = gen_account("uk")
    sc = gen_sort()
    ind = ch(["banking", "utilities", "insurance"])
    turns = [A("what's the sort code and account number for the direct debit"),
             C("sort code ", V(say_sort(sc), "SORT_CODE")), A(ch(BACK)),
             C("account number ", V(say([acc[:4], acc[4:]]), "BANK_ACCOUNT"))]
    return turns, "call/%s: sort code and account number spoken" % ind


def p_bank_chat():
    acc = gen_account(ch(["uk", "us", "ie"]))
    sc = gen_sort()
    if R.random() < 0.5:
        turns = [A("Please send the sort code and account number you want refunds to."),
                 C(ch(["sort ", "SC: ", "sort code "]), V(type_sort(sc), "SORT_CODE"), ch([" acc ", ", a/c ", " account no "]), V(acc, "BANK_ACCOUNT"))]
        return turns, "chat/retail: sort code and account typed"
    turns = [A("What is the checking account number?"),
             C(ch(["acct # ", "account number ", "it's "]), V(acc, "BANK_ACCOUNT"), ch(["", " (checking)", " thanks"]))]
    return turns, "chat/banking: account number typed"


def p_bank_readback():
    acc = gen_account("uk")
    sc = gen_sort()
    turns = [A("can i take the account details"),
             C(V(say_sort(sc), "SORT_CODE"), " and then ", V(say([acc]), "BANK_ACCOUNT")),
             A("lovely so sort code ", V(say_sort(sc), "SORT_CODE"), " account ", V(say([acc[:4], acc[4:]], mode="digits", sep=" ", filler=False), "BANK_ACCOUNT")),
             C("yep")]
    return turns, "call/utilities: sort code and account in one turn then read back"


def p_iban():
    ib = gen_iban()
    if R.random() < 0.55:
        turns = [A("Please provide the IBAN for the refund."),
                 C(ch(["IBAN: ", "iban ", "here: ", ""]), V(type_iban(ib), "IBAN"), ch(["", " BIC to follow", " thanks"]))]
        return turns, "chat/travel: IBAN typed (%s)" % ib[:2]
    turns = [A("okay can you read out the iban"),
             C(V(say_iban(ib), "IBAN"))]
    return turns, "call/banking: IBAN spoken letter by letter (%s)" % ib[:2]


def p_phone():
    d, groups, plus = gen_phone()
    ind = ch(["telecom", "utilities", "retail", "healthcare billing", "travel"])
    if R.random() < 0.5:
        turns = [A("What's the best number to reach you on?"),
                 C(ch(["", "mob ", "call me on ", "tel: "]), V(type_phone(d, groups, plus), "PHONE"), ch(["", " after 5pm", " thanks"]))]
        return turns, "chat/%s: phone typed" % ind
    turns = [A("and a contact number"),
             C(ch(["yeah it's ", "", "my mobile is ", "um "]), V(say_phone(d, groups, plus), "PHONE"))]
    return turns, "call/%s: phone spoken" % ind


def p_phone_split():
    d, groups, plus = gen_phone(ch(["uk_mob", "us", "ie"]))
    turns = [A("go ahead with the number")]
    for k, g in enumerate(groups):
        turns.append(C(V(say([g], filler=False), "PHONE")))
        if k < len(groups) - 1:
            turns.append(A(ch(BACK)))
    return turns, "call/telecom: phone number split across turns"


def p_email():
    if R.random() < 0.5:
        turns = [A("Can I get an email for the receipt?"),
                 C(ch(["", "sure ", "email: "]), V(gen_email(False), "EMAIL"))]
        return turns, "chat/retail: email typed"
    turns = [A("and what email address should we send it to"),
             C(ch(["it's ", "yeah ", ""]), V(gen_email(True), "EMAIL"), ch(["", " all lower case", " thanks"]))]
    return turns, "call/telecom: email spoken with dot / at"


def p_dob():
    d, m, y = gen_date()
    if R.random() < 0.5:
        turns = [A("Can you confirm your date of birth?"),
                 C(ch(["", "DOB ", "born "]), V(type_dob(d, m, y, us=R.random() < 0.4), "DOB"))]
        return turns, "chat/banking: date of birth typed"
    turns = [A(ch(["can you confirm your date of birth", "and your date of birth please"])),
             C(ch(["yeah it's ", "", "um "]), V(say_dob(d, m, y), "DOB"))]
    return turns, "call/healthcare billing: date of birth spoken"


def p_address():
    spoken = R.random() < 0.5
    outw, inw = gen_uk_pc()
    if spoken:
        turns = [A("can you confirm the first line of the address and the postcode"),
                 C(V(gen_address(True), "ADDRESS"), " and the postcode is ", V(say_pc(outw, inw), "POSTCODE"))]
        return turns, "call/utilities: address and UK postcode spoken"
    turns = [A("What's the delivery address?"),
             C(V(gen_address(False), "ADDRESS"), ch([", ", " ", ", Flat 2, "]), ch(["Leeds", "Bristol", "london", "Cardiff"]), " ",
               V(type_pc(outw, inw), "POSTCODE"))]
    return turns, "chat/retail: address and UK postcode typed"


def p_us_address():
    z = gen_zip()
    turns = [A("What's the billing address on the card?"),
             C(V(gen_address(False), "ADDRESS"), ", ", ch(["Austin, TX", "Denver CO", "Portland, OR", "Columbus OH"]), " ", V(z, "POSTCODE"))]
    return turns, "chat/retail: US address and ZIP"


def p_verify_mix():
    d, m, y = gen_date()
    outw, inw = gen_uk_pc()
    dd, groups, plus = gen_phone("uk_mob")
    turns = [A("for security can i take your date of birth"),
             C(V(say_dob(d, m, y), "DOB")),
             A("and the postcode"),
             C(V(say_pc(outw, inw), "POSTCODE")),
             A("and the mobile number we have on file"),
             C(V(say_phone(dd, groups, plus), "PHONE"), " i've had it for about ten years")]
    return turns, "call/telecom: DOB, postcode, phone security questions"


def p_ni_and_dob():
    n = gen_ni()
    d, m, y = gen_date()
    turns = [A("can i take your national insurance number and your date of birth"),
             C(V(say_ni(n), "NI_NUMBER"), " and i was born ", V(say_dob(d, m, y), "DOB"))]
    return turns, "call/government services: NI and DOB in one turn"


def p_email_phone_chat():
    d, groups, plus = gen_phone()
    turns = [A("Please confirm your email and phone."),
             C(V(gen_email(False), "EMAIL"), ch([" / ", " and ", ", "]), V(type_phone(d, groups, plus), "PHONE"))]
    return turns, "chat/travel: email and phone in one message"


def p_cvv_extra():
    amex = R.random() < 0.3
    cvv = gen_cvv(amex)
    m, y = gen_expiry()
    if R.random() < 0.5:
        turns = [A("and the three digits on the back of the card"),
                 C(ch(["it's ", "", "um "]), V(say_cvv(cvv), "CVV"), ch(["", " and it runs out ", " expiry "]) if False else ""),
                 A("and the expiry"), C(V(say_expiry(m, y), "EXPIRY"))]
        return turns, "call/travel: security code then expiry"
    turns = [A("Security code and expiry please (we never store these)."),
             C(ch(["cvc ", "CVV: ", "code "]), V(cvv, "CVV"), ch([" exp ", ", expires ", " - "]), V(type_expiry(m, y), "EXPIRY"))]
    return turns, "chat/retail: cvv and expiry typed"


def p_card_repeat():
    c = gen_card(ch(["visa", "mc", "mc2"]))
    turns = [A("can i take the long card number"),
             C(V(say(card_groups(c)), "CARD_NUMBER")),
             A("sorry you broke up a bit there after the first eight can you give me the last eight again"),
             C(ch(["yeah ", "sorry ", "okay "]), V(say([c[8:12], c[12:]], mode=ch(["digits", "pairs", "doubles"])), "CARD_NUMBER")),
             A("perfect thank you")]
    return turns, "call/telecom: card read then last eight repeated after line break-up"


def p_ssn_wrong_readback():
    s = gen_ssn()
    w = s[:3] + s[4] + s[3] + s[5:]
    if w == s:
        w = s[:3] + ("%02d" % ((int(s[3:5]) % 98) + 1)) + s[5:]
    turns = [A("and the social security number"),
             C(V(say_ssn(s), "SSN")),
             A("so that's ", V(say([w[:3], w[3:5], w[5:]], mode="digits", homo=False, sep=" ", filler=False), "SSN")),
             C("no the middle two are ", V(say([s[3:5]], mode="digits", homo=False, filler=False), "SSN"), " not ",
               V(say([w[3:5]], mode="digits", homo=False, filler=False), "SSN")),
             A("apologies so ", V(say([s[:3], s[3:5], s[5:]], mode="digits", homo=False, sep=" ", filler=False), "SSN"))]
    return turns, "call/healthcare billing: agent misreads SSN, customer corrects middle group"


def p_ni_chat_split():
    n = gen_ni()
    turns = [A("Can I take your NI number to check your record?"),
             C(V(ch([n[:2] + " " + n[2:4], n[:2].lower() + n[2:4], n[:4]]), "NI_NUMBER")),
             C(V(ch([n[4:6] + " " + n[6:8] + " " + n[8], n[4:9], n[4:8] + n[8].lower()]), "NI_NUMBER"))]
    return turns, "chat/government services: NI number split across two messages"


def p_card_chat_context():
    c = gen_card()
    turns = [C("hi order #%s was charged twice, the card was %s and i was charged £%d.%02d both times" % (
        digits(7), "", R.randint(10, 300), R.randint(0, 99)) if False else ""),
             ]
    o = digits(7)
    turns = [C("hi order #%s was charged twice to card " % o, V(type_card(c), "CARD_NUMBER"),
               " - £%d.%02d each time on %d Nov" % (R.randint(10, 300), R.randint(0, 99), R.randint(1, 23))),
             A("Sorry about that, I'll raise refund ticket %s for you." % digits(6))]
    return turns, "chat/retail: card next to order number, amount and date"


POS = [(p_card_chat, 5), (p_card_call, 6), (p_card_split, 2), (p_card_readback, 2), (p_card_correction, 1),
       (p_card_full, 4), (p_card_two_in_turn, 2), (p_card_chat_split, 1), (p_card_with_amounts, 2), (p_card_repeat, 2), (p_ssn_wrong_readback, 2), (p_ni_chat_split, 2), (p_card_chat_context, 2),
       (p_ssn_chat, 5), (p_ssn_call, 6), (p_ssn_split, 2), (p_ssn_readback, 1), (p_ssn_correction, 1),
       (p_ssn_dob_zip, 2), (p_ssn_chat_split, 1),
       (p_ni_chat, 5), (p_ni_call, 7), (p_ni_split, 2), (p_ni_split2, 1), (p_ni_readback, 1), (p_ni_correction, 1),
       (p_ni_chat_messy, 2), (p_ni_and_dob, 1),
       (p_bank_call, 3), (p_bank_chat, 3), (p_bank_readback, 2), (p_iban, 9), (p_phone, 3), (p_phone_split, 1),
       (p_email, 5), (p_cvv_extra, 4), (p_dob, 4), (p_address, 7), (p_us_address, 3), (p_verify_mix, 2), (p_email_phone_chat, 2)]


# ------------------------------------------------------------------ negatives
def n_money():
    a = R.randint(100, 9999)
    p = R.randint(10, 99)
    if R.random() < 0.5:
        return [A("your current balance is %s pounds %s" % (say([str(a)], mode="hundreds", homo=False, filler=False) if a < 1000 else "%d" % a, pair_w(str(p), "oh"))),
                C("what and when's that due"), A("by the %s of next month" % ordinal_words(R.randint(1, 28)))], "call/utilities: balance amount and due date"
    return [A("Your outstanding balance is $%d.%02d, with a minimum payment of $%d.00 due on %s %d." % (a, p, R.randint(25, 90), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28))),
            C("ok can i pay $%d now and the rest on the %dth" % (R.randint(50, 500), R.randint(4, 28)))], "chat/banking: dollar amounts and payment date"


def n_order():
    o = refnum(R.randint(6, 9))
    if R.random() < 0.5:
        return [A("Do you have an order number?"), C("order number %s, placed on %d/%d/2026" % (o, R.randint(1, 28), R.randint(1, 10)))], "chat/retail: order number and order date"
    return [A("have you got the order number there"),
            C("yeah order number %s" % say([o], mode=ch(["digits", "doubles"]), homo=False, filler=False)),
            A("lovely i can see that order it's out for delivery")], "call/retail: order number spoken digit by digit"


def n_ticket():
    t = refnum(R.randint(5, 9))
    word = ch(["ticket", "claim", "case", "reference", "invoice", "booking reference"])
    if R.random() < 0.5:
        return [A("Your %s number is %s, please quote it if you contact us again." % (word, t)), C("thanks, how long will it take?"),
                A("Usually %d to %d working days." % (R.randint(2, 5), R.randint(6, 10)))], "chat/insurance: %s number and durations" % word
    return [C("i'm calling about %s number %s" % (word, say([t], homo=False, filler=False))),
            A("okay bear with me while that loads"), C("it's been about %s weeks now" % UNITS[R.randint(2, 9)])], "call/insurance: %s number spoken" % word


def n_times():
    h = R.randint(1, 12)
    return [A("we can get an engineer out on %s the %s between %s and %s" % (ch(["monday", "tuesday", "friday"]), ordinal_words(R.randint(1, 28)), UNITS[h] if h < 10 else TEENS[h], UNITS[(h + 3) % 12 + 1] if (h + 3) % 12 + 1 < 10 else TEENS[(h + 3) % 12 + 1])),
            C("can it be after %s thirty" % UNITS[R.randint(1, 9)]), A("the next slot is at %s fifteen" % UNITS[R.randint(1, 9)])], "call/telecom: appointment date and times"


def n_flight():
    return [A("I can see flight %s%d departing at %02d:%02d from gate %d%s." % (ch(["BA", "EI", "FR", "LH", "AF", "UA"]), R.randint(100, 9999), R.randint(0, 23), ch([0, 15, 30, 45, 5, 50]), R.randint(1, 60), ch(["", "A", "B"]))),
            C("and what's the baggage allowance"), A("%d kg checked and %d kg cabin" % (ch([20, 23, 32]), ch([7, 10]))), C("seat %d%s please" % (R.randint(1, 40), ch("ABCDEF")))], "chat/travel: flight number, time, gate, seat, weights"


def n_meter():
    r = digits(5)
    return [A("can you read me the meter"),
            C("it says %s" % say([r], mode=ch(["digits", "pairs"]), homo=False, filler=False)),
            A("thank you and that was taken today at about %s o'clock" % UNITS[R.randint(1, 9)]),
            C("yeah and the night reading is %s" % say([digits(5)], homo=False, filler=False))], "call/utilities: meter readings spoken digit by digit"


def n_meter_chat():
    return [C("Meter reading %s (day) and %s (night) taken %d Nov" % (digits(5), digits(5), R.randint(1, 23))),
            A("Thanks, your next bill will be around £%d.%02d." % (R.randint(40, 300), R.randint(0, 99)))], "chat/utilities: typed meter readings and bill estimate"


def n_speed():
    return [A("you're currently getting about %s megabits down and %s up" % (pair_w(str(R.randint(20, 99)), "oh"), pair_w(str(R.randint(10, 19)), "oh"))),
            C("i'm paying for %s hundred though" % UNITS[R.randint(2, 9)]), A("the router model is %s" % ch(["hub four", "a seventy two hundred", "t g five eight nine"]))], "call/telecom: speeds and router model"


def n_model():
    return [C("Hi my %s model %s-%d%s stopped working after %d months" % (ch(["washer", "fridge", "laptop", "router"]), ch(["WM", "KX", "HP", "XG", "TG"]), R.randint(1000, 99999), ch(["", "B", "UK"]), R.randint(2, 23))),
            A("Sorry to hear that. Is it still under the %d-year warranty?" % R.randint(1, 5)), C("yes bought it in %d" % R.randint(2021, 2026))], "chat/retail: model number, months, years"


def n_percent():
    return [A("the rate on that is %s point %s percent fixed for %s years" % (UNITS[R.randint(1, 9)], UNITS[R.randint(1, 9)], UNITS[R.randint(2, 5)])),
            C("and what would the monthly payment be"), A("about %s hundred and %s pounds" % (UNITS[R.randint(1, 9)], pair_w(str(R.randint(20, 99)), "oh")))], "call/banking: interest rate, term, monthly payment"


def n_age_temp():
    return [C("my mum is %s and the heating's been off for %s days it's %s degrees in here" % (pair_w(str(R.randint(70, 95)), "oh"), UNITS[R.randint(2, 9)], UNITS[R.randint(5, 9)])),
            A("i'm so sorry i'll mark this as a priority and get someone out within %s hours" % ch(["four", "twenty four", "forty eight"]))], "call/utilities: age, duration, temperature"


def n_room():
    return [A("You're booked into room %d for %d nights, check-in from %d pm." % (R.randint(100, 1299), R.randint(1, 14), R.randint(2, 4))),
            C("great, total was €%d right?"), A("Yes, €%d.%02d including tax." % (R.randint(200, 2000), R.randint(0, 99)))], "chat/travel: room number, nights, price"


def n_contract():
    y = R.randint(2015, 2026)
    return [A("your contract started on the %s of %s %s and runs for %s months" % (ordinal_words(R.randint(1, 28)), ch(MONTHS), year_words(y), ch(["twelve", "eighteen", "twenty four"]))),
            C("so when can i leave without paying"), A("from %s %s" % (ch(MONTHS), year_words(y + 2)))], "call/telecom: contract start date and term"


def n_payment_date():
    return [C("I paid £%d on %02d/%02d/2026 and it still shows %d days overdue" % (R.randint(10, 900), R.randint(1, 28), R.randint(1, 11), R.randint(2, 60))),
            A("I can see the payment of £%d, it was applied on %d %s." % (R.randint(10, 900), R.randint(1, 28), ch(MONTHS).capitalize()))], "chat/utilities: payment date and amounts"


def n_counts():
    return [A("how many people are on the policy"), C("%s adults and %s kids" % (ch(["two", "three"]), ch(["one", "two", "four"]))),
            A("and the car is a %s with about %s thousand miles" % (year_words(R.randint(2008, 2024)), pair_w(str(R.randint(20, 99)), "oh"))), C("yeah roughly")], "call/insurance: counts, car year, mileage"


def n_pin_hold():
    return [A("you're number %s in the queue the wait is about %s minutes" % (UNITS[R.randint(2, 9)], ch(["ten", "fifteen", "twenty five"]))),
            C("okay i've been on hold %s minutes already"% ch(["forty", "thirty five", "twenty"]))], "call/government services: queue position and wait time"


def n_invoice_chat():
    return [C("Invoice INV-%s shows %d items at £%d.99 each" % (digits(7), R.randint(2, 40), R.randint(1, 99))),
            A("That invoice was issued %d/%d/2026, total £%d.%02d incl. %d%% VAT" % (R.randint(1, 28), R.randint(1, 11), R.randint(50, 900), R.randint(0, 99), 20))], "chat/retail: invoice number, quantity, VAT"


def n_policy():
    pn = refnum(R.randint(7, 9))
    return [A("what's your policy number"), C("policy number %s" % say([pn], mode=ch(["digits", "pairs"]), homo=False, filler=False)),
            A("thank you and the excess on that is %s hundred euro" % UNITS[R.randint(1, 5)])], "call/insurance: policy number spoken with reference word"


def n_years():
    return [C("i've been a customer since %s and you've put my price up %s times" % (year_words(R.randint(1995, 2015)), UNITS[R.randint(2, 6)])),
            A("i understand and in %s we froze prices for long standing customers" % year_words(R.randint(2019, 2025)))], "call/telecom: years and counts"


def n_last4():
    return [A("Which card would you like to use?"), C("the one ending %d" % R.randint(1000, 9999)),
            A("Thanks, that's the card ending in %d with %d%% cashback." % (R.randint(1000, 9999), R.randint(1, 5)))], "chat/retail: card last four only (not a full card number)"


def n_tracking():
    return [A("Your parcel is with the courier, tracking %s%s%s." % (ch(["JD", "TT", "H"]), digits(R.randint(8, 10)), ch(["", "GB"]))),
            C("It said delivery between %d:%02d and %d:%02d" % (R.randint(7, 12), ch([0, 30]), R.randint(13, 18), ch([0, 30])))], "chat/retail: tracking reference and delivery window"


def n_prices_pairs():
    a, b = R.randint(20, 79), R.randint(10, 39)
    return [A("so the unlimited plan is %s ninety nine a month or the basic one is %s fifty" % (pair_w(str(a), "oh"), pair_w(str(b), "oh"))),
            C("and is that for %s months" % ch(["twelve", "eighteen", "twenty four"])),
            A("yes and there's a one off fee of %s ninety nine" % pair_w(str(R.randint(10, 49)), "oh"))], "call/telecom: prices said in pairs"


def n_bill_period():
    return [A("Your bill covers %d Oct to %d Nov: %d kWh at %d.%dp per kWh plus a standing charge of %d.%02dp a day." % (
        R.randint(1, 28), R.randint(1, 28), R.randint(150, 900), R.randint(20, 30), R.randint(0, 9), R.randint(40, 60), R.randint(0, 99))),
            C("why is it %d%% higher than last year" % R.randint(5, 40))], "chat/utilities: billing period, usage, unit rates"


def n_hours():
    return [C("what time are you open till"), A("we're open eight till eight monday to friday and nine to five on saturdays"),
            C("and on the %s of december" % ordinal_words(R.randint(20, 31) if False else R.randint(20, 28))),
            A("ten till four that day")], "call/retail: opening hours and a date"


def n_data():
    return [A("you've used %s point %s gigs of your %s gig allowance and there are %s days left" % (
        pair_w(str(R.randint(10, 29)), "oh"), UNITS[R.randint(1, 9)], ch(["thirty", "fifty", "one hundred"]), UNITS[R.randint(2, 9)])),
            C("can i add another %s gig for %s pounds" % (ch(["five", "ten", "twenty"]), ch(["five", "ten"])))], "call/telecom: data usage and allowance"


def n_medical_bill():
    return [A("The visit on %s %d was billed at $%d.00 and after insurance your copay is $%d.00." % (ch(MONTHS).capitalize(), R.randint(1, 28), R.randint(120, 900), ch([20, 25, 35, 40]))),
            C("Claim #%s says paid in full though?" % refnum(R.randint(7, 9))),
            A("Let me check claim %s, one moment." % refnum(8))], "chat/healthcare billing: visit date, billed amount, claim numbers"


def n_appointment_move():
    d1, d2 = R.randint(1, 20), R.randint(21, 28)
    m = R.randint(1, 12)
    return [C("Can I move my appointment from %02d/%02d to %02d/%02d at %d:%02d?" % (d1, m, d2, m, R.randint(8, 16), ch([0, 15, 30, 45]))),
            A("Yes, %02d/%02d at that time is free." % (d2, m))], "chat/healthcare billing: appointment dates and time (not DOB, not expiry)"


def n_tax_year():
    ty = R.randint(19, 24)
    return [A("for the tax year twenty %s to twenty %s you paid %s hundred pounds too much" % (
        pair_w(str(ty), "oh"), pair_w(str(ty + 1), "oh"), ch(["eleven", "twelve", "fifteen", "nineteen"]))),
            C("and when will i get that back"), A("within %s weeks" % ch(["five", "six", "eight"]))], "call/government services: tax years and hundreds amounts"


def n_flight_spoken():
    return [C("i'm on flight %s %s %s on the %s" % (ch(["e i", "b a", "f r", "u a"]), UNITS[R.randint(1, 9)], pair_w(str(R.randint(10, 99)), "oh"), ordinal_words(R.randint(1, 28)))),
            A("that departs at %s %s and boarding closes %s minutes before" % (UNITS[R.randint(1, 9)], pair_w(str(R.randint(10, 59)), "oh"), ch(["thirty", "forty", "twenty"])))], "call/travel: flight number and times spoken"


def n_version():
    return [C("app keeps crashing, version %d.%d.%d on iOS %d.%d, phone is 2 yrs old" % (R.randint(3, 9), R.randint(0, 20), R.randint(0, 9), R.randint(15, 18), R.randint(0, 6))),
            A("Thanks! Please try build %d, released on %d %s." % (R.randint(4000, 9999), R.randint(1, 28), ch(MONTHS).capitalize()))], "chat/telecom: app versions, build number"


NEG = [(n_prices_pairs, 1), (n_bill_period, 1), (n_hours, 1), (n_data, 1), (n_medical_bill, 1), (n_appointment_move, 1),
       (n_tax_year, 1), (n_flight_spoken, 1), (n_version, 1), (n_money, 2), (n_order, 2), (n_ticket, 2), (n_times, 1), (n_flight, 1), (n_meter, 1), (n_meter_chat, 1),
       (n_speed, 1), (n_model, 1), (n_percent, 1), (n_age_temp, 1), (n_room, 1), (n_contract, 1), (n_payment_date, 1),
       (n_counts, 1), (n_pin_hold, 1), (n_invoice_chat, 1), (n_policy, 1), (n_years, 1), (n_last4, 1), (n_tracking, 1)]

N_POS = 260
N_NEG = 130


def generate():
    pos_pool = [f for f, w in POS for _ in range(w)]
    neg_pool = [f for f, w in NEG for _ in range(w)]
    cases = []
    for i in range(N_POS):
        f = pos_pool[i % len(pos_pool)]
        turns, note = f()
        t, s = build(turns)
        cases.append({"id": "h153-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": s, "note": note})
    for i in range(N_NEG):
        f = neg_pool[i % len(neg_pool)]
        turns, note = f()
        t, s = build(turns)
        cases.append({"id": "h153-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": [], "note": note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def check_cases(cases):
    problems = []
    ids = set()
    for case in cases:
        cid = case["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if case["kind"] == "negative" and case["spans"]:
            problems.append(cid + ": negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            problems.append(cid + ": positive without spans")
        prev = {}
        for s in case["spans"]:
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type")
                continue
            if not (0 <= s["turn"] < len(case["turns"])):
                problems.append(cid + ": turn out of range")
                continue
            text = case["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            if st > 0 and text[st - 1].isalnum() or en < len(text) and text[en].isalnum():
                problems.append("%s: span not on word boundary %r" % (cid, text[st:en]))
            seg = text[st:en]
            if seg != seg.strip() or not (seg[0].isalnum() or (seg[0] in "+(" and s["type"] == "PHONE")) or not seg[-1].isalnum():
                problems.append("%s: span edges %r" % (cid, seg))
            if s["turn"] in prev and st < prev[s["turn"]]:
                problems.append(cid + ": overlapping/unsorted spans")
            prev[s["turn"]] = en
        # value validation: spans of a type in a case must partition into valid values
        by_type = {}
        for s in case["spans"]:
            by_type.setdefault(s["type"], []).append(case["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for typ, segs in by_type.items():
            if not partition_ok(typ, segs):
                problems.append("%s: %s value(s) invalid: %r" % (cid, typ, segs))
    return problems


def partition_ok(typ, segs):
    """Spans of one type must split into complete valid values; a single span may
    also be a repeated fragment (2+ chars) of a complete value elsewhere in the case."""
    n = len(segs)
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    full = [normalise(x, letters) for x in segs if validate(typ, x)]
    full = [f for f in full if f]

    def frag(x):
        v = normalise(x, letters)
        return bool(v) and len(v) >= 2 and any(v in f and v != f for f in full)
    ok = [False] * (n + 1)
    ok[n] = True
    for i in range(n - 1, -1, -1):
        if ok[i + 1] and frag(segs[i]):
            ok[i] = True
            continue
        for j in range(i + 1, n + 1):
            if ok[j] and validate(typ, " ".join(segs[i:j])):
                ok[i] = True
                break
    return ok[0]


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h153

**Never use this set for tuning.** It is a held-out evaluation set only.

## Who wrote it and how

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its docs or any other PII fixture (only a 3-line
format example). All cases are generated by `scripts/make_pii_holdout153.py`
from template functions with one seeded `random.Random(%d)`; turns are
assembled from plain-text segments and (value, TYPE) segments so offsets are
computed, never typed by hand. Output is byte-for-byte reproducible;
`python scripts/make_pii_holdout153.py --check` regenerates and verifies it
(ids, offsets, word boundaries, overlap, and value validity after normalising
spoken forms: Luhn, mod-97, NI format, digit counts, postcode shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms - typed with odd
separators, spoken digit by digit with zero as zero/oh/o/nought, doubles and
triples, pairs ("forty five thirty two"), hundreds ("twenty one hundred",
"four hundred and twelve"), ASR homophones ("for", "to", "won", "ate"),
fillers inside readings, values split across turns with agent back-channels,
agent read-backs, corrections, NI letters as plain letters, NATO words
("j for juliet"), other spelling words ("m for mary") and homophones
("jay", "see", "bee", "are").

## Annotation conventions

* A span covers exactly the value: from its first to its last character or
  spoken token, including separators, fillers ("um") and "double"/"triple",
  but not lead-in words ("it's", "card number", "sort code").
* A value split across turns is labelled with one span per turn fragment;
  back-channel turns are not labelled.
* Agent read-backs are labelled like customer readings.
* For spelled letters, "b for bravo" is wholly inside the span.
* Both readings are labelled when a caller gives a value twice (correction or
  a wrong/old value), since both are personal data. Fragments repeated after a
  line break-up ("the last eight again") or quoted in a correction ("the
  middle two are six one not one six") are labelled as well.
* Typed "+" and "(" that open a phone number are inside the PHONE span.
* E-mails: the whole address incl. "at" / "dot" words. Phones: incl. a
  leading "+" sign's spoken "plus" when spoken; the typed "+" is inside too.
* DOB: the whole date phrase (incl. "the ... of"). EXPIRY: month and year.
* ADDRESS: house number through street type (not town, not postcode).
  POSTCODE: UK postcode or US ZIP(+4).
* Negatives contain lookalike non-PII only (amounts, dates that are not
  birth dates, times, references with their reference word, flight/room/
  model numbers, meter readings, card last-four, percentages, years).

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    cases = generate()
    data = dump(cases)
    rd = readme(cases)
    problems = check_cases(cases)
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("too few %s spans: %d" % (t, c[t]))
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as fh:
                if fh.read() != data:
                    problems.append("cases.jsonl differs from regenerated output")
        except OSError:
            problems.append("cases.jsonl missing")
        try:
            with open(README, encoding="utf-8") as fh:
                if fh.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
        # also check the file as parsed
        with open(CASES, encoding="utf-8") as fh:
            parsed = [json.loads(l) for l in fh if l.strip()]
        problems += check_cases(parsed)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, c[t]))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

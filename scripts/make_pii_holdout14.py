#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set #14.

Written by an AI helper acting as an independent test author who never saw the
redaction code.  Standard library only.  Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout14.py          # write fixture + README
    python scripts/make_pii_holdout14.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 14231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout14")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-number helpers
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee",
        "z": "zulu"}
SAYWORD = {"a": "apple", "b": "boy", "c": "cat", "d": "dog", "e": "edward",
           "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
           "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
           "t": "tommy", "w": "william", "x": "xylophone", "y": "yellow", "z": "zebra"}


def dword(d, zero):
    return zero if d == "0" else DW[int(d)]


def pair_word(p, zero):
    n = int(p)
    if p[0] == "0":
        return zero + " " + DW[n]
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DW[u])


def say(digits, style=None, zero=None, groups=None, sep=" ", filler=0.0):
    """Render a digit string as an ASR transcript would."""
    zero = zero or R.choice(ZEROS)
    style = style or R.choice(["single", "single", "doubles", "pairs"])
    if groups is None:
        groups = [len(digits)]
    parts, i = [], 0
    for g in groups:
        chunk = digits[i:i + g]
        i += g
        parts.append(say_chunk(chunk, style, zero))
    out = []
    for k, p in enumerate(parts):
        if k and filler and R.random() < filler:
            out.append(R.choice(FILLERS))
        out.append(p)
    return sep.join(out)


def say_chunk(chunk, style, zero):
    words = []
    if style == "pairs" and len(chunk) % 2 == 0:
        for j in range(0, len(chunk), 2):
            words.append(pair_word(chunk[j:j + 2], zero))
        return " ".join(words)
    j = 0
    while j < len(chunk):
        d = chunk[j]
        run = 1
        while j + run < len(chunk) and chunk[j + run] == d:
            run += 1
        if style in ("doubles", "pairs") and run >= 3:
            words.append("triple " + dword(d, zero)); j += 3; continue
        if style in ("doubles", "pairs") and run == 2:
            words.append("double " + dword(d, zero)); j += 2; continue
        words.append(dword(d, zero)); j += 1
    return " ".join(words)


def say_letters(s, mode=None):
    """Spell an alnum code: letters plain / nato / 'x for word'; digits as words."""
    mode = mode or R.choice(["plain", "nato", "for"])
    zero = R.choice(["zero", "nought"])
    out = []
    for ch in s.lower():
        if ch == " ":
            continue
        if ch.isdigit():
            out.append(dword(ch, zero))
        elif mode == "plain":
            out.append("o as in oscar" if ch == "o" else ch)
        elif mode == "nato":
            out.append(ch + " for " + NATO[ch] if R.random() < 0.5 else NATO[ch])
        else:
            w = SAYWORD.get(ch, NATO[ch])
            out.append(ch + R.choice([" for ", " as in "]) + w)
    return " ".join(out)


# --------------------------------------------------------------------------
# normaliser used by --check
DIGIT_HOMO = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
WORD2D = {w: str(i) for i, w in enumerate(DW)}
WORD2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEEN2 = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2 = {w: i for i, w in enumerate(TENS) if w}
IGNORE = set(FILLERS) | {"plus", "dash", "hyphen", "space", "slash", "and", "the", "of", "-", "/"}
HOMO = {"be": "b", "bee": "b", "see": "c", "sea": "c", "dee": "d", "gee": "g",
        "jay": "j", "kay": "k", "pee": "p", "tee": "t", "why": "y", "zed": "z",
        "zee": "z", "ex": "x", "em": "m", "en": "n", "ess": "s", "el": "l"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"


def norm_code(text, letters_ok=True):
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if t in IGNORE:
            i += 1; continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1; continue
        piece = None
        if t == "o" and letters_ok and toks[i + 1:i + 2] in (["for"], ["as"]):
            piece = "o"
            i += 2 if toks[i + 1] == "for" else 3
        elif t in WORD2D:
            piece = WORD2D[t]
        elif t in TEEN2:
            piece = TEEN2[t]
        elif t in TENS2:
            if i + 1 < len(toks) and toks[i + 1] in WORD2D and WORD2D[toks[i + 1]] != "0" \
                    and toks[i + 1] not in ("o", "oh"):
                piece = str(TENS2[t]) + WORD2D[toks[i + 1]]
                i += 1
            else:
                piece = str(TENS2[t]) + "0"
        elif t.isdigit():
            piece = t
        elif not letters_ok and t in DIGIT_HOMO:
            piece = DIGIT_HOMO[t]
        elif letters_ok and len(t) == 1:
            piece = t
            if i + 2 < len(toks) and toks[i + 1] in ("for",):
                i += 2
            elif i + 3 < len(toks) and toks[i + 1] == "as" and toks[i + 2] == "in":
                i += 3
        elif letters_ok and t in NATO_REV:
            piece = NATO_REV[t]
        elif letters_ok and t in HOMO:
            piece = HOMO[t]
        elif re.fullmatch(r"[a-z0-9]+", t) and letters_ok:
            piece = t
        else:
            return None
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out).upper()


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_SUFFIX = ["street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr",
                 "close", "crescent", "way", "court", "place", "terrace", "boulevard", "blvd",
                 "grove", "gardens", "park", "hill", "row", "square", "parkway", "pkwy"]


def has_month(t):
    w = re.findall(r"[a-z]+", t.lower())
    return any(x in MONTHS or x in MON3 for x in w)


def validate(typ, text):
    """Return None if value OK, else an error string."""
    low = text.lower()
    if typ == "EMAIL":
        s = low
        s = re.sub(r"\s+(at)\s+", "@", " " + s + " ").strip()
        s = re.sub(r"\s+dot\s+", ".", " " + s + " ").strip()
        s = s.replace(" underscore ", "_").replace(" dash ", "-").replace(" ", "")
        return None if re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", s) else "bad email " + s
    if typ == "ADDRESS":
        w = re.findall(r"[a-z]+|\d+", low)
        if not any(x in STREET_SUFFIX for x in w):
            return "no street suffix"
        if not (any(x.isdigit() for x in w) or any(x in WORD2D or x in TEEN2 or x in TENS2 for x in w)):
            return "no house number"
        return None
    if typ == "DOB":
        if has_month(low):
            return None
        n = norm_code(low, letters_ok=False)
        if n is None or not n.isdigit() or not 5 <= len(n) <= 8 or (len(n) < 6 and not re.search(r"[/.\-]", low)):
            return "bad dob %r" % n
        return None
    if typ == "EXPIRY":
        if has_month(low):
            return None
        n = norm_code(low, letters_ok=False)
        if n is not None and len(n) == 3 and n.isdigit() and n[0] != "0":
            return None
        if n is None or len(n) not in (4, 6) or not n.isdigit() or not 1 <= int(n[:2]) <= 12:
            return "bad expiry %r" % n
        return None
    n = norm_code(low, letters_ok=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
    if n is None:
        return "unparseable"
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card " + n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "bad cvv " + n
    if typ == "SSN":
        ok = n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" \
            and n[3:5] != "00" and n[5:] != "0000"
        return None if ok else "bad ssn " + n
    if typ == "NI_NUMBER":
        return None if NI_RE.fullmatch(n) else "bad ni " + n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else "bad account " + n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "bad sort " + n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban " + n
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 13 else "bad phone " + n
    if typ == "POSTCODE":
        if n.isdigit():
            return None if len(n) in (5, 9) else "bad zip " + n
        return None if UKPC_RE.fullmatch(n) else "bad postcode " + n
    return "unknown type"


# --------------------------------------------------------------------------
# value generators
def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(prefix, length):
    body = prefix + rd(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rd(1), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete(R.choice(["6759", "6761"]), 19), [4, 4, 4, 4, 3]


def fmt_groups(d, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g]); i += g
    return sep.join(out)


def gen_ssn():
    while True:
        a = "%03d" % R.randint(1, 899)
        if a not in ("000", "666"):
            break
    return a + "%02d" % R.randint(1, 99) + "%04d" % R.randint(1, 9999)


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rd(6) + R.choice("ABCD")


def fmt_ni(n, style):
    if style == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if style == 1:
        return n
    if style == 2:
        return n.lower()
    if style == 3:
        return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    return "%s %s %s" % (n[:2], n[2:8], n[8])


def gen_iban():
    c = R.choice(["GB", "IE", "DE", "NL", "ES", "FR"])
    if c in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if c == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + rd(14)
    elif c == "DE":
        bban = rd(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rd(10)
    elif c == "ES":
        bban = rd(20)
    else:
        bban = rd(23)
    num = "".join(str(int(ch, 36)) for ch in bban + c + "00")
    chk = 98 - int(num) % 97
    return c + "%02d" % chk + bban


def gen_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukland", "us", "ie", "intl_uk", "intl_ie", "intl_de", "intl_fr"])
    if kind == "intl_de":
        d = "4915" + R.choice("1279") + rd(8)
        return d, [2, 3, 8], kind
    if kind == "intl_fr":
        d = "33" + R.choice("67") + rd(8)
        return d, [2, 1, 2, 2, 2, 2], kind
    if kind == "ukmob":
        d = "07" + R.choice("1345789") + rd(8)
        return d, [5, 6], kind
    if kind == "ukland":
        d = "0" + R.choice(["161", "121", "113", "131", "141", "117", "191"]) + rd(7)
        return d, [4, 3, 4], kind
    if kind == "us":
        d = R.choice("2345678") + rd(2) + R.choice("23456789") + rd(6)
        return d, [3, 3, 4], kind
    if kind == "ie":
        d = "08" + R.choice("35679") + rd(7)
        return d, [3, 3, 4], kind
    if kind == "intl_uk":
        d = "447" + R.choice("1345789") + rd(8)
        return d, [2, 4, 6], kind
    d = "3538" + R.choice("35679") + rd(7)
    return d, [3, 2, 3, 4], kind


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "maria", "kevin", "niamh", "david",
         "fatima", "grace", "owen", "chloe", "raj", "lucy", "sean", "emma", "marco", "hannah"]
LAST = ["murphy", "smith", "patel", "okafor", "walsh", "jones", "garcia", "oconnor", "nguyen",
        "brennan", "taylor", "kowalski", "byrne", "hughes", "rossi", "evans", "khan", "lee"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("aol", "com"),
           ("protonmail", "com"), ("sky", "com"), ("web", "de"), ("live", "co.uk")]


def gen_email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    style = R.randint(0, 4)
    if style == 0:
        local = [f, ".", l]
    elif style == 1:
        local = [f[0], l]
    elif style == 2:
        local = [f, "_", l, str(R.randint(1, 99))]
    elif style == 3:
        local = [l, f[0], str(R.randint(60, 99))]
    else:
        local = [f, l]
    return local, dom, tld


def email_typed(parts, upper=False):
    local, dom, tld = parts
    s = "".join(local) + "@" + dom + "." + tld
    return s.capitalize() if upper else s


def email_spoken(parts):
    local, dom, tld = parts
    w = []
    for p in local:
        if p == ".":
            w.append("dot")
        elif p == "_":
            w.append("underscore")
        elif p.isdigit():
            w.append(say(p, style="pairs" if len(p) == 2 else "single"))
        elif len(p) == 1:
            w.append(p)
        else:
            w.append(p)
    w.append("at")
    w.append(dom)
    w.append(" ".join(x for x in ("dot " + " dot ".join(tld.split("."))).split()))
    return " ".join(w)


STREETS = ["elm", "church", "station", "victoria", "mill", "high", "park", "oak", "king",
           "queens", "main", "maple", "cedar", "abbey", "meadow", "willow", "grange", "bridge",
           "castle", "orchard", "sycamore", "hazel", "lake", "pine", "washington", "lincoln"]
SUFFIX_T = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way", "Court",
            "Terrace", "Grove", "Gardens", "Place", "Boulevard"]


def gen_address(spoken):
    num = R.randint(1, 480)
    street = R.choice(STREETS)
    suf = R.choice(SUFFIX_T)
    flat = R.random() < 0.2
    if spoken:
        if num >= 100 and R.random() < 0.5:
            ns = say(str(num), style="single")
        elif num >= 100:
            h, r = divmod(num, 100)
            ns = DW[h] + " hundred" + ("" if r == 0 else " and " + pair_word("%02d" % r, "oh").replace("oh ", ""))
        else:
            ns = pair_word("%02d" % num, "oh").replace("oh ", "")
        s = ns + " " + street + " " + suf.lower()
        if flat:
            s = "flat " + DW[R.randint(1, 9)] + " " + s
        return s
    s = "%d %s %s" % (num, street.capitalize(), suf)
    if R.random() < 0.25:
        s = s.replace(" Street", " St").replace(" Road", " Rd").replace(" Avenue", " Ave")
    if R.random() < 0.3:
        s = s.lower()
    if flat:
        s = "Flat %d, %s" % (R.randint(1, 30), s)
    return s


UK_AREAS = ["SW", "EC", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "CB", "RG", "BT",
            "N", "E", "W", "SE", "NW", "S", "HP", "GU", "KT", "TW", "DN", "PR"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29))
    if a in ("SW", "EC", "W") and R.random() < 0.3:
        d = str(R.randint(1, 9)) + R.choice("ABPRVY")
    return a + d + " " + str(R.randint(0, 9)) + R.choice(PC_LET) + R.choice(PC_LET)


def gen_zip():
    return "%05d" % R.randint(1001, 99950)


def gen_dob():
    return R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def say_year(y):
    if y >= 2000:
        return "two thousand and " + DW[y - 2000] if y < 2010 else "twenty " + pair_word(str(y - 2000), "oh")
    return pair_word(str(y)[:2], "oh") + " " + pair_word(str(y)[2:], "oh")


def dob_forms(spoken, us=False):
    y, m, d = gen_dob()
    if spoken:
        k = R.randint(0, 4)
        if k == 0:
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        if k == 1:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
        if k == 2:
            return "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        if k == 3:  # numeric dd mm yy (mm dd yy in the US)
            return say("%02d%02d%02d" % ((m, d, y % 100) if us else (d, m, y % 100)), style="pairs")
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], pair_word(str(y)[2:], "oh"))
    k = R.randint(0, 5)
    if k == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if k == 1:
        return "%02d-%02d-%d" % ((m, d, y) if us else (d, m, y))
    if k == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if k == 4:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MON3[m - 1].capitalize(), y)


def gen_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(27, 33)
    if spoken:
        k = R.randint(0, 3)
        if k == 0:
            return say("%02d%02d" % (m, y), style="pairs")
        if k == 1:
            return "%s twenty %s" % (MONTHS[m - 1], pair_word(str(y), "oh"))
        if k == 2:
            return say("%02d" % m, style="single") + " " + pair_word(str(y), "oh")
        return "%s %s" % (MONTHS[m - 1], pair_word(str(y), "oh"))
    k = R.randint(0, 3)
    return ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%d/%d" % (m, y)][k]


def gen_sort():
    return "%02d%02d%02d" % (R.choice([20, 30, 40, 60, 77, 80, 83, 90, 11, 56, 9, 16]), R.randint(0, 99), R.randint(0, 99))


# --------------------------------------------------------------------------
# case model
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []  # list of (speaker, [segments])
        self.gid = 0

    def t(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def V(text, typ, group=None):
    return ("V", text, typ, group)


def render(case):
    turns, spans, groups = [], [], {}
    auto = 0
    for ti, (spk, segs) in enumerate(case.turns):
        buf = ""
        for s in segs:
            if isinstance(s, tuple):
                _, text, typ, g = s
                if g is None:
                    auto += 1
                    g = "auto%d" % auto
                spans.append({"turn": ti, "start": len(buf), "end": len(buf) + len(text), "type": typ})
                groups.setdefault((g, typ), []).append(text)
                buf += text
            else:
                buf += s
        turns.append({"speaker": spk, "text": buf})
    spans.sort(key=lambda x: (x["turn"], x["start"]))
    return turns, spans, groups


ACK = ["mhm", "okay go on", "yep", "uh huh", "okay", "right", "got that", "yeah go ahead", "and then"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]


def ind():
    return R.choice(INDUSTRY)


def split_val(digits, groups):
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g]); i += g
    return out


# --------------------------------------------------------------------------
# positive templates
HOMO_L = {"b": "be", "c": "see", "j": "jay", "k": "kay", "p": "pee", "t": "tee", "y": "why", "z": "zed"}


def say_ni(n, mode=None):
    mode = mode or R.choice(["plain", "nato", "for", "homo", "pairs"])
    pre, dig, suf = n[:2].lower(), n[2:8], n[8].lower()
    zero = R.choice(["zero", "oh", "nought"])
    if mode == "homo":
        p = " ".join(HOMO_L.get(ch, ch) for ch in pre)
        return p, say(dig, style="single", zero=zero), HOMO_L.get(suf, suf)
    if mode == "pairs":
        return " ".join(pre), say(dig, style="pairs", zero=zero), suf
    if mode == "plain":
        return " ".join(pre), say(dig, style=R.choice(["single", "doubles"]), zero=zero), suf
    return say_letters(pre, mode), say(dig, style="single", zero=zero), say_letters(suf, mode)


def p_card_chat(case_no):
    card, groups = gen_card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    txt = fmt_groups(card, groups, sep)
    k = ind()
    c = Case("chat/%s: card typed with separator %r" % (k, sep))
    c.a("Hi there, how can I help today?")
    lead = R.choice(["ok card number is ", "Card no: ", "here u go ", "its ", "the long number is ",
                     "pls charge ", "Card - "])
    tail = R.choice(["", " thanks", " (visa debit)", " - can you take the £%d.%02d now?" % (R.randint(5, 400), R.randint(0, 99)), "!!"])
    c.c(lead, V(txt, "CARD_NUMBER"), tail)
    if R.random() < 0.6:
        c.a("Thanks. And the expiry date and security code please?")
        e = gen_expiry(False)
        cv = rd(4 if len(card) == 15 else 3)
        c.c(R.choice(["exp ", "expires ", "expiry "]), V(e, "EXPIRY"), R.choice([" cvv ", ", code ", " and the 3 digits are ", " / sec code "]), V(cv, "CVV"))
    return c


def p_card_call_single(case_no):
    card, groups = gen_card()
    style = R.choice(["single", "doubles", "pairs", "single"])
    txt = say(card, style=style, groups=groups, filler=0.25)
    k = ind()
    c = Case("call/%s: card read in one turn, style %s" % (k, style))
    c.a(R.choice(["and what's the long number on the front of the card",
                  "okay can i take the card number please",
                  "go ahead with the sixteen digit number when you're ready"]))
    c.c(R.choice(["yeah it's ", "right so it's ", "okay ", "um ", "yeah "]), V(txt, "CARD_NUMBER"),
        R.choice(["", " did you get that", " i think", ""]))
    return c


def p_card_call_split(case_no):
    card, groups = gen_card()
    style = R.choice(["single", "doubles", "pairs"])
    zero = R.choice(ZEROS)
    k = ind()
    c = Case("call/%s: card split over customer turns with agent back-channels (%s)" % (k, style))
    c.a("okay go ahead with the card number")
    parts = split_val(card, groups)
    for i, p in enumerate(parts):
        pre = R.choice(["", "", "right ", "um ", "and then "]) if i else R.choice(["", "okay so ", "it's "])
        c.c(pre, V(say(p, style=style, zero=zero), "CARD_NUMBER", "card"))
        if i < len(parts) - 1:
            if i == 1 and R.random() < 0.35:
                c.c(R.choice(["sorry the dog's going mad hang on", "sorry one sec my bus is here", "hold on the kids are shouting"]))
                c.a(R.choice(["no worries", "that's fine take your time"]))
            c.a(R.choice(ACK))
    if R.random() < 0.5:
        c.a("let me read that back ", V(say(card, style="single", zero=zero, groups=groups), "CARD_NUMBER"), " is that right")
        c.c("yes that's it")
    return c


def p_card_full(case_no):
    card, groups = gen_card()
    k = ind()
    c = Case("call/%s: card then expiry then security code, with an amount nearby" % k)
    amt = R.choice(["forty nine ninety nine", "a hundred and twenty pounds", "two hundred and fifty euro",
                    "sixty dollars", "eighty five pounds forty"])
    c.a("so that's ", amt, " today which card would you like to use")
    c.c("the visa um it's ", V(say(card, groups=groups), "CARD_NUMBER"))
    c.a("and the expiry")
    c.c(R.choice(["it's ", "expires ", "", "uh "]), V(gen_expiry(True), "EXPIRY"))
    c.a("and the three digit security code on the back")
    cv = rd(3)
    c.c(R.choice(["", "it's ", "that's "]), V(say(cv, style="single"), "CVV"))
    return c


def p_card_correction(case_no):
    card, groups = gen_card()
    k = ind()
    zero = R.choice(ZEROS)
    wrong = say(card[:4], style="single", zero=zero)
    c = Case("call/%s: caller starts, corrects himself, then reads the whole card" % k)
    c.a("can i take the card number")
    c.c(wrong, " no hang on wrong card sorry ")
    c.a("no problem take your time")
    c.c("okay here we go ", V(say(card, style="single", zero=zero, groups=groups, sep=R.choice([" ", " ... ", ", "])), "CARD_NUMBER"))
    return c


def p_card_chat_multi(case_no):
    card, groups = gen_card()
    k = ind()
    c = Case("chat/%s: card pasted across two messages" % k)
    parts = split_val(card, groups)
    h = len(parts) // 2
    c.a("Please type the card number in the chat, it's secure.")
    c.c(V(" ".join(parts[:h]), "CARD_NUMBER", "c"))
    c.c(V(" ".join(parts[h:]), "CARD_NUMBER", "c"), " sorry pressed enter too early")
    return c


def p_cvv_expiry_chat(case_no):
    k = ind()
    c = Case("chat/%s: expiry and security code typed separately, with order number" % k)
    c.a("Could you confirm the expiry date on the card?")
    c.c(V(gen_expiry(False), "EXPIRY"), " i think, order #", str(R.randint(100000, 9999999)))
    c.a("And the CVV / 3 digits on the back?")
    c.c(R.choice(["", "its ", "CVV=", "cvc "]), V(rd(3), "CVV"))
    return c


def p_ssn_chat(case_no):
    s = gen_ssn()
    f = R.randint(0, 4)
    txt = [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
           s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:]][f]
    k = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    c = Case("chat/%s: US SSN typed (format %d)" % (k, f))
    c.a("To verify your identity I'll need your Social Security number.")
    c.c(R.choice(["sure, ", "SSN: ", "ok its ", "", "my social is "]), V(txt, "SSN"),
        R.choice(["", " and my claim number is CL-%d" % R.randint(10000, 999999), ". I was charged $%d.%02d twice" % (R.randint(20, 900), R.randint(0, 99))]))
    return c


def p_ssn_call(case_no):
    s = gen_ssn()
    style = R.choice(["single", "doubles", "pairs"])
    k = R.choice(["healthcare billing", "insurance", "banking", "government services", "utilities"])
    c = Case("call/%s: SSN spoken in one turn (%s)" % (k, style))
    c.a(R.choice(["can i get your social security number please", "and for verification the social",
                  "i'll need the ssn on the account"]))
    c.c(R.choice(["yeah it's ", "sure ", "um okay ", "it is "]), V(say(s, style=style, groups=[3, 2, 4], filler=0.2), "SSN"))
    return c


def p_ssn_split(case_no):
    s = gen_ssn()
    k = R.choice(["healthcare billing", "insurance", "government services"])
    zero = R.choice(ZEROS)
    c = Case("call/%s: SSN split 3-2-4 over turns, agent reads it back" % k)
    c.a("what's your social security number")
    parts = split_val(s, [3, 2, 4])
    style = R.choice(["single", "pairs"])
    for i, p in enumerate(parts):
        c.c(R.choice(["", "", "uh "]), V(say(p, style=style, zero=zero), "SSN", "ssn"))
        if i < 2:
            c.a(R.choice(ACK))
    if R.random() < 0.6:
        c.a("so ", V(say(s, style="single", zero=zero, groups=[3, 2, 4]), "SSN"), " correct")
        c.c("correct")
    return c


def p_ni_chat(case_no):
    n = gen_ni()
    st = R.randint(0, 4)
    c = Case("chat/%s: NI number typed (style %d)" % (R.choice(["government services", "banking", "insurance", "utilities"]), st))
    c.a("Can you provide your National Insurance number?")
    c.c(R.choice(["yes it's ", "NI: ", "ni no ", "", "my nino is "]), V(fmt_ni(n, st), "NI_NUMBER"),
        R.choice(["", " thanks", ". I've been on hold 45 mins", " - tax year 2023/24"]))
    return c


def p_ni_call(case_no):
    n = gen_ni()
    pre, dig, suf = say_ni(n)
    c = Case("call/government services: NI number spoken in one turn")
    c.a("and your national insurance number please")
    c.c(R.choice(["yeah it's ", "okay it's ", "um ", "right "]), V(pre + " " + dig + " " + suf, "NI_NUMBER"),
        R.choice(["", " i think", " yeah"]))
    return c


def p_ni_split(case_no):
    n = gen_ni()
    pre, dig, suf = say_ni(n)
    c = Case("call/%s: NI number split over turns with back-channels" % R.choice(["government services", "banking", "insurance"]))
    c.a("can you give me your n i number")
    c.c(R.choice(["okay it's ", "", "right "]), V(pre, "NI_NUMBER", "ni"))
    c.a(R.choice(ACK))
    c.c(V(dig, "NI_NUMBER", "ni"))
    c.a(R.choice(["and the letter at the end", "mhm and the last letter"]))
    c.c(R.choice(["", "it's ", "uh "]), V(suf, "NI_NUMBER", "ni"))
    return c


def p_ni_agent_readback(case_no):
    n = gen_ni()
    c = Case("call/government services: agent reads NI number from record, customer confirms")
    pre, dig, suf = say_ni(n, "plain")
    c.a("i've got your national insurance number down as ", V(pre + " " + dig + " " + suf, "NI_NUMBER"), " is that still right")
    c.c("yeah that's right, it's been the same since I was sixteen")
    return c


def p_bank_uk(case_no):
    sc, acc = gen_sort(), rd(8)
    spoken = R.random() < 0.6
    k = R.choice(["banking", "utilities", "insurance", "telecom"])
    c = Case("%s/%s: sort code and account number%s" % ("call" if spoken else "chat", k,
                                                         " in one turn" if spoken else " typed"))
    c.a("what are the bank details for the direct debit")
    if spoken:
        scs = say(sc, style=R.choice(["pairs", "single", "doubles"]))
        c.c("sort code is ", V(scs, "SORT_CODE"), " and the account number is ",
            V(say(acc, style=R.choice(["single", "doubles"]), groups=[4, 4]), "BANK_ACCOUNT"))
    else:
        scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        c.c(R.choice(["sort ", "Sort code: ", "s/c "]), V(scf, "SORT_CODE"), R.choice([" acc ", ", account no. ", " a/c "]), V(acc, "BANK_ACCOUNT"))
    return c


def p_bank_split(case_no):
    sc, acc = gen_sort(), rd(8)
    c = Case("call/utilities: sort code and account split over several turns with filler")
    c.a("okay can i take the sort code first")
    c.c(V(say(sc[:2], style="pairs"), "SORT_CODE", "sc"))
    c.a(R.choice(ACK))
    c.c(V(say(sc[2:], style="pairs"), "SORT_CODE", "sc"))
    c.a("lovely and the account number")
    c.c("um ", V(say(acc[:4], style="single"), "BANK_ACCOUNT", "acc"), " hang on ", V(say(acc[4:], style="single"), "BANK_ACCOUNT", "acc"))
    c.a("thanks the first payment of thirty two pounds fifty will come out on the first")
    return c


def p_bank_us(case_no):
    acc = rd(R.choice([10, 12, 9]))
    spoken = R.random() < 0.5
    c = Case("%s/banking: US checking account number" % ("call" if spoken else "chat"))
    c.a("what's the checking account number you'd like to use")
    if spoken:
        c.c("the account number is ", V(say(acc, style="single", filler=0.0), "BANK_ACCOUNT"))
    else:
        c.c("acct # ", V(acc, "BANK_ACCOUNT"), " (checking)")
    return c


def p_iban_chat(case_no):
    ib = gen_iban()
    sp = R.random() < 0.6
    txt = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)) if sp else ib
    if R.random() < 0.2:
        txt = txt.lower()
    c = Case("chat/%s: IBAN typed %s" % (R.choice(["banking", "travel", "insurance", "retail"]), "grouped" if sp else "compact"))
    c.a("Please send the IBAN for the refund.")
    c.c(R.choice(["IBAN: ", "my iban is ", "", "here: "]), V(txt, "IBAN"), R.choice(["", " thanks", " - refund was €%d" % R.randint(20, 800)]))
    return c


def p_iban_call(case_no):
    ib = gen_iban()
    c = Case("call/banking: IBAN spoken in groups over turns")
    c.a("okay go ahead with the iban")
    groups = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mode = R.choice(["plain", "nato"])
    chunks = [groups[i:i + 2] for i in range(0, len(groups), 2)]
    for i, ch in enumerate(chunks):
        words = " ".join(say_letters(g, mode) for g in ch)
        words = words.replace("zero", R.choice(["zero", "nought"]))
        c.c(V(words, "IBAN", "ib"))
        if i < len(chunks) - 1:
            c.a(R.choice(ACK))
    return c


def p_phone_chat(case_no):
    d, groups, pk = gen_phone()
    intl = pk.startswith("intl")
    if intl:
        txt = "+" + fmt_groups(d, groups, R.choice([" ", "-", ""]))
    elif len(d) == 10 and d[0] != "0" and R.random() < 0.5:
        txt = "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    else:
        txt = fmt_groups(d, groups, R.choice([" ", "-", "", "."]))
    c = Case("chat/%s: phone typed %s" % (ind(), "intl" if intl else "national"))
    c.a("What's the best number to reach you on?")
    c.c(R.choice(["", "mob ", "call me on ", "tel: ", "its "]), V(txt, "PHONE"),
        R.choice(["", " after 5pm", " any time before 6", " (work)"]))
    return c


def p_phone_call(case_no):
    d, groups, pk = gen_phone()
    intl = pk.startswith("intl")
    style = R.choice(["single", "doubles", "pairs"])
    body = say(d, style=style, groups=groups, filler=0.15)
    if intl:
        body = "plus " + body
    c = Case("call/%s: phone spoken (%s%s)" % (ind(), style, ", international" if intl else ""))
    c.a(R.choice(["and a contact number", "what's the best number to call you back on", "can i take a mobile number"]))
    c.c(R.choice(["yeah it's ", "it's ", "um ", "my mobile is "]), V(body, "PHONE"))
    return c


def p_phone_split(case_no):
    d, groups, _ = gen_phone(R.choice(["ukmob", "ie", "us"]))
    zero = R.choice(ZEROS)
    c = Case("call/%s: phone number over three turns, agent reads back" % ind())
    c.a("what number should we text the code to")
    parts = split_val(d, [3, 3, len(d) - 6])
    for i, p in enumerate(parts):
        c.c(V(say(p, style="doubles", zero=zero), "PHONE", "ph"))
        if i < 2:
            c.a(R.choice(ACK))
    c.a("so that's ", V(say(d, style="single", zero=zero, groups=[3, 3, len(d) - 6]), "PHONE"), " and the code is valid for ten minutes")
    return c


def p_email_chat(case_no):
    parts = gen_email_parts()
    txt = email_typed(parts, upper=R.random() < 0.2)
    c = Case("chat/%s: email typed" % ind())
    c.a("Which email should we send the confirmation to?")
    c.c(R.choice(["", "email is ", "pls use ", "it's "]), V(txt, "EMAIL"), R.choice(["", " thx", " not the old one", "."]))
    return c


def p_email_call(case_no):
    parts = gen_email_parts()
    c = Case("call/%s: email spoken with 'at' and 'dot'" % ind())
    c.a("and an email address for the receipt")
    c.c(R.choice(["yeah it's ", "sure it's ", "um "]), V(email_spoken(parts), "EMAIL"), R.choice(["", " all lower case", " that's all one word"]))
    return c


def p_dob(case_no):
    spoken = R.random() < 0.6
    us = R.random() < 0.4
    c = Case("%s/%s: date of birth for verification" % ("call" if spoken else "chat", ind()))
    c.a(R.choice(["can you confirm your date of birth", "and your d o b please", "For security, what is your date of birth?"]))
    c.c(R.choice(["yeah it's ", "", "sure ", "um "]), V(dob_forms(spoken, us), "DOB"),
        R.choice(["", " thanks", " if that helps"]))
    return c


def p_dob_nearby_dates(case_no):
    c = Case("call/healthcare billing: date of birth next to an appointment date")
    c.a("your appointment was on the ", ORD[R.randint(1, 28)], " of ", R.choice(MONTHS), " can you confirm your date of birth")
    c.c("yeah born ", V(dob_forms(True), "DOB"), " and i paid twenty pounds on the day")
    return c


def p_postcode_uk(case_no):
    pc = gen_ukpc()
    spoken = R.random() < 0.6
    c = Case("%s/%s: UK postcode" % ("call" if spoken else "chat", R.choice(["utilities", "telecom", "retail", "insurance"])))
    c.a("and the postcode please")
    if spoken:
        txt = say_letters(pc, R.choice(["plain", "nato", "for"]))
        if R.random() < 0.3:
            txt = re.sub(r"\b([a-z]) \1\b", r"double \1", txt)
        c.c(R.choice(["it's ", "", "um "]), V(txt, "POSTCODE"))
    else:
        t = pc if R.random() < 0.6 else pc.replace(" ", "")
        if R.random() < 0.3:
            t = t.lower()
        c.c(R.choice(["", "postcode ", "pc: "]), V(t, "POSTCODE"))
    return c


def p_zip(case_no):
    z = gen_zip()
    spoken = R.random() < 0.5
    plus4 = R.random() < 0.3
    c = Case("%s/%s: US ZIP code" % ("call" if spoken else "chat", R.choice(["retail", "insurance", "healthcare billing", "utilities"])))
    c.a("what's the billing zip code")
    if spoken:
        c.c(R.choice(["it's ", "", "zip is "]), V(say(z, style="single"), "POSTCODE"))
    else:
        c.c(R.choice(["", "zip ", "ZIP: "]), V(z + ("-" + rd(4) if plus4 else ""), "POSTCODE"))
    return c


def p_address(case_no):
    spoken = R.random() < 0.55
    uk = R.random() < 0.6
    c = Case("%s/%s: street address with postcode" % ("call" if spoken else "chat", R.choice(["utilities", "retail", "telecom", "insurance"])))
    c.a("what's the address on the account")
    addr = gen_address(spoken)
    town = R.choice(["leeds", "manchester", "bristol", "london", "cardiff", "york"] if uk else ["boston", "austin", "denver", "phoenix", "columbus"])
    if not spoken:
        town = town.capitalize()
    if uk:
        pc = gen_ukpc()
        pcs = say_letters(pc, "plain") if spoken else pc
        c.c(R.choice(["it's ", "", "um "]), V(addr, "ADDRESS"), ", " if not spoken else " ", town, " ", V(pcs, "POSTCODE"))
    else:
        z = gen_zip()
        c.c(R.choice(["it's ", "", "um "]), V(addr, "ADDRESS"), ", " if not spoken else " ", town, " ", V(say(z) if spoken else z, "POSTCODE"))
    return c


def p_change_details(case_no):
    c = Case("call/telecom: customer updates address, phone and email in one call, amounts nearby")
    c.a("thanks for holding that's the upgrade at twenty five pounds a month what do you need to update")
    c.c("we moved to ", V(gen_address(True), "ADDRESS"), " last month")
    c.a("okay and the postcode")
    c.c(V(say_letters(gen_ukpc(), "plain"), "POSTCODE"))
    d, groups, _ = gen_phone("ukmob")
    c.a("and is the mobile still the same")
    c.c("no the new one is ", V(say(d, groups=groups), "PHONE"))
    c.a("and email")
    c.c(V(email_spoken(gen_email_parts()), "EMAIL"))
    return c


def p_two_values(case_no):
    c = Case("call/insurance: DOB and postcode in the same turn for verification")
    c.a("can i take your date of birth and postcode please")
    c.c("yeah it's ", V(dob_forms(True), "DOB"), " and ", V(say_letters(gen_ukpc(), "plain"), "POSTCODE"))
    return c


def p_ssn_dob_chat(case_no):
    c = Case("chat/healthcare billing: SSN and DOB typed together, bill amount nearby")
    s = gen_ssn()
    c.a("I can look up the $%d.%02d bill; please confirm DOB and SSN." % (R.randint(50, 3000), R.randint(0, 99)))
    c.c("dob ", V(dob_forms(False, us=True), "DOB"), " ssn ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN"))
    return c


def p_ni_dob(case_no):
    n = gen_ni()
    c = Case("chat/government services: NI and DOB in one message with a tax year")
    c.a("Please give your NI number and date of birth")
    c.c("NI ", V(fmt_ni(n, R.randint(0, 4)), "NI_NUMBER"), ", born ", V(dob_forms(False), "DOB"), ", claiming for 2024")
    return c


def p_card_homophones(case_no):
    card, groups = gen_card()
    zero = R.choice(ZEROS)
    words = say(card, style="single", zero=zero, groups=groups).split()
    words = [R.choice(["for", "four"]) if w == "four" else R.choice(["to", "two", "too"]) if w == "two" else w for w in words]
    if "for" not in words and "four" in words:
        words[words.index("four")] = "for"
    c = Case("call/%s: card with ASR homophones ('for', 'to') for digits" % ind())
    c.a("can you read me the card number")
    c.c("yeah sure it's ", V(" ".join(words), "CARD_NUMBER"), " and that's the debit card not the credit card")
    return c


def p_phone_area_code(case_no):
    d, groups, _ = gen_phone("us")
    c = Case("call/%s: US phone given as area code then number, agent interjects" % R.choice(["retail", "insurance", "healthcare billing", "utilities"]))
    c.a("what's a good callback number")
    c.c("area code ", V(say(d[:3], style="single"), "PHONE", "p"), " and then ", V(say(d[3:], style=R.choice(["single", "doubles"]), groups=[3, 4]), "PHONE", "p"))
    c.a("and is that a cell phone")
    c.c("yeah it's my cell i'm usually free after three")
    return c


def p_email_spelled(case_no):
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    spelled = " ".join(l)
    c = Case("call/%s: email with the surname spelled out letter by letter" % ind())
    c.a("can i take an email address")
    c.c("yeah it's ", V("%s dot %s at %s dot %s" % (f, spelled, dom, " dot ".join(tld.split("."))), "EMAIL"), " that's %s spelt out" % l)
    return c


def p_chat_mixed(case_no):
    d, groups, _ = gen_phone(R.choice(["ukmob", "ie"]))
    c = Case("chat/%s: phone and email in one chatty message with times and amounts" % R.choice(["telecom", "utilities", "retail"]))
    c.a("Is there anything else I can update for you?")
    c.c("yes new mobile is ", V(fmt_groups(d, groups, R.choice([" ", ""])), "PHONE"), " but don't ring before 10am i work nights, and email ",
        V(email_typed(gen_email_parts()), "EMAIL"), " for the €%d.%02d bill pls" % (R.randint(20, 200), R.randint(0, 99)))
    return c


def p_expiry_cvv_spoken(case_no):
    c = Case("call/%s: expiry and security code spoken in the same turn, with a time mentioned" % ind())
    c.a("and can i take the expiry date and the security code")
    cv = rd(R.choice([3, 3, 4]))
    c.c(R.choice(["it expires ", "yeah ", "expiry's "]), V(gen_expiry(True), "EXPIRY"), R.choice([" and the code on the back is ", " and the security number is ", " um and then "]),
        V(say(cv, style=R.choice(["single", "doubles"])), "CVV"), R.choice(["", " sorry i've got to be out by half two", ""]))
    return c


def p_address_us_chat(case_no):
    num = R.randint(100, 9899)
    st = "%d %s %s %s" % (num, R.choice(["N", "S", "E", "W", "NW"]), R.choice(STREETS).capitalize(), R.choice(["Ave", "St", "Blvd", "Dr", "Pkwy", "Rd"]))
    if R.random() < 0.5:
        st += " Apt %d%s" % (R.randint(1, 20), R.choice(["", "B", "C"]))
    city, state = R.choice([("Denver", "CO"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"), ("Portland", "OR")])
    c = Case("chat/%s: US shipping address with state and ZIP" % R.choice(["retail", "insurance", "healthcare billing"]))
    c.a("What address should we ship the replacement to?")
    c.c(R.choice(["", "ship to ", "pls send to "]), V(st, "ADDRESS"), ", %s, %s " % (city, state), V(gen_zip(), "POSTCODE"), R.choice(["", " - delivery before 5pm please", " thx"]))
    return c


def p_dob_informal(case_no):
    y, m, d = gen_dob()
    txt = R.choice(["%d%s %s %02d" % (d, "th", MON3[m - 1], y % 100), "%d/%d/%02d" % (m, d, y % 100), "%s %d %d" % (MON3[m - 1], d, y)])
    c = Case("chat/%s: informal typed date of birth next to a renewal date" % R.choice(["insurance", "banking", "telecom"]))
    c.a("Can you confirm the date of birth on the policy? It renews on %d %s." % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize()))
    c.c("dob is ", V(txt, "DOB"), R.choice(["", " lol", " thanks"]))
    return c


POS_TEMPLATES = [
    (p_expiry_cvv_spoken, 6), (p_address_us_chat, 6), (p_dob_informal, 3),
    (p_card_homophones, 5), (p_phone_area_code, 4), (p_email_spelled, 4), (p_chat_mixed, 4),
    (p_card_chat, 12), (p_card_call_single, 10), (p_card_call_split, 8), (p_card_full, 8),
    (p_card_correction, 4), (p_card_chat_multi, 4), (p_cvv_expiry_chat, 5),
    (p_ssn_chat, 12), (p_ssn_call, 9), (p_ssn_split, 6), (p_ssn_dob_chat, 4),
    (p_ni_chat, 11), (p_ni_call, 9), (p_ni_split, 6), (p_ni_agent_readback, 3), (p_ni_dob, 4),
    (p_bank_uk, 10), (p_bank_split, 4), (p_bank_us, 5),
    (p_iban_chat, 9), (p_iban_call, 5),
    (p_phone_chat, 8), (p_phone_call, 8), (p_phone_split, 4),
    (p_email_chat, 7), (p_email_call, 7),
    (p_dob, 10), (p_dob_nearby_dates, 3),
    (p_postcode_uk, 8), (p_zip, 6), (p_address, 10), (p_change_details, 4), (p_two_values, 4),
]


# --------------------------------------------------------------------------
# negative templates (nothing in them may be redacted)
def money_spoken():
    return R.choice(["forty nine ninety nine", "one hundred and twenty pounds", "two hundred and fifty euro",
                     "three hundred and forty two dollars eighteen cents", "sixty pounds a month",
                     "nine ninety nine", "a thousand two hundred and six pounds", "eighteen fifty"])


def n_balance_chat(i):
    c = Case("chat/banking: balance, minimum payment and due date (not DOB)")
    c.a("Your current balance is £%s.%02d and the minimum payment of £%d.%02d is due on %d %s." % (
        "{:,}".format(R.randint(100, 9999)), R.randint(0, 99), R.randint(5, 90), R.randint(0, 99),
        R.randint(1, 28), R.choice(MONTHS).capitalize()))
    c.c("ok can I pay £%d on the %s instead?" % (R.randint(20, 500), R.choice(["3rd", "21st", "23rd", "1st", "10th"])))
    return c


def n_balance_call(i):
    c = Case("call/banking: spoken balance and payment amounts")
    c.a("your balance is ", money_spoken(), " and your next payment is ", money_spoken())
    c.c("okay and how many payments are left is it twelve")
    c.a("yes twelve more payments and the interest rate is nineteen point nine percent")
    return c


def n_order_ref(i):
    ref = rd(R.randint(6, 10))
    word = R.choice(["order number", "order ref", "ticket number", "case number", "reference", "invoice number"])
    c = Case("chat/retail: %s with up to 10 digits (not an account number)" % word)
    c.a("Can I have your %s please?" % word)
    c.c("%s is %s, placed on %d/%02d/2025 for £%d.%02d" % (word.capitalize(), ref, R.randint(1, 28), R.randint(1, 12), R.randint(5, 300), R.randint(0, 99)))
    c.a("Thanks, I can see it. It shipped %d days ago." % R.randint(2, 9))
    return c


def n_order_ref_call(i):
    ref = rd(R.randint(7, 10))
    word = R.choice(["order number", "ticket number", "claim number", "reference number", "booking reference"])
    c = Case("call/%s: %s spoken digit by digit with its reference word" % (R.choice(["retail", "insurance", "travel"]), word))
    c.a("have you got the %s there" % word)
    c.c("yeah the %s is %s" % (word, say(ref, style=R.choice(["single", "doubles"]))))
    c.a("lovely thanks that's come up")
    return c


def n_claim_alpha(i):
    c = Case("chat/insurance: alphanumeric claim reference and excess amount")
    ref = "CLM-%d" % R.randint(1000000, 9999999)
    c.a("Your claim %s is approved, excess £%d." % (ref, R.choice([100, 150, 250, 350])))
    c.c("great, when will the £%s.%02d be paid?" % ("{:,}".format(R.randint(400, 5000)), R.randint(0, 99)))
    c.a("Within 3-5 working days.")
    return c


def n_flight(i):
    fl = R.choice(["BA", "EI", "FR", "LH", "AA", "UA", "DL", "U2"]) + str(R.randint(10, 9999))
    c = Case("chat/travel: flight number, times, dates, seats and gate")
    c.a("Flight %s departs %02d:%02d on %d %s from gate %s%d." % (fl, R.randint(5, 22), R.choice([0, 15, 30, 45, 5, 50]),
                                                                    R.randint(1, 28), R.choice(MONTHS).capitalize(), R.choice("ABC"), R.randint(1, 40)))
    c.c("can I move to seat %d%s? also baggage is %dkg" % (R.randint(1, 40), R.choice("ACDF"), R.choice([20, 23, 32])))
    return c


def n_flight_call(i):
    c = Case("call/travel: spoken flight number and times")
    c.c("i'm on the %s %s leaving at %s" % (R.choice(["aer lingus", "ryanair", "british airways", "delta"]),
                                            say(str(R.randint(100, 999)), style="single"),
                                            R.choice(["half past seven", "ten fifteen", "six forty five in the morning", "nine p m"])))
    c.a("okay that's been delayed by about forty minutes the new departure is eight twenty")
    return c


def n_hotel(i):
    c = Case("chat/travel: hotel room number, nights and price")
    c.c("Hi, I'm in room %d, checked in on the %dth for %d nights" % (R.randint(100, 1450), R.randint(4, 20), R.randint(2, 9)))
    c.a("Thanks! Your rate is €%d per night, breakfast 7-10:30am." % R.randint(80, 320))
    return c


def n_meter(i):
    r1, r2 = rd(5), rd(5)
    spoken = R.random() < 0.5
    c = Case("%s/utilities: meter readings" % ("call" if spoken else "chat"))
    c.a("can you give me the meter readings")
    if spoken:
        c.c("the gas meter reading is %s and electric is %s" % (say(r1, style="single"), say(r2, style="single")))
    else:
        c.c("gas %s, elec %s (day) %s (night)" % (r1, r2, rd(5)))
    c.a("thanks your estimated bill will drop by about %d percent" % R.randint(3, 30))
    return c


def n_model(i):
    c = Case("chat/retail: model numbers, quantities and prices")
    c.c("Do you have the %s in stock? I need %d." % (R.choice(["WF-1000XM5", "KD-55X85L", "SM-S928B", "HD-4590", "QN65Q80C", "GT-6200"]), R.randint(2, 6)))
    c.a("Yes, %d units left at £%d.99 each, delivery in %d-%d days." % (R.randint(3, 40), R.randint(20, 1500), R.randint(1, 3), R.randint(4, 7)))
    return c


def n_broadband(i):
    c = Case("call/telecom: speeds, contract length, prices")
    c.a("so the fibre package is %s megabits for %s a month on a %s month contract" % (
        R.choice(["five hundred", "nine hundred", "one hundred and fifty", "sixty seven"]),
        R.choice(["twenty nine ninety nine", "thirty five pounds", "forty four euro"]), R.choice(["eighteen", "twenty four", "twelve"])))
    c.c("and what's the upload speed")
    c.a("about %s megabits and installation is on the %s of %s" % (R.choice(["seventy", "a hundred and ten", "fifty"]), ORD[R.randint(1, 28)], R.choice(MONTHS)))
    return c


def n_ages(i):
    c = Case("call/insurance: ages, years, no-claims years")
    c.c("i'm %s and i've been driving since %s" % (R.choice(["forty two", "sixty seven", "twenty three", "thirty"]), say_year(R.randint(1975, 2015))))
    c.a("okay and how many years no claims")
    c.c("%s years, the car's a %s %s" % (R.choice(["nine", "twelve", "four"]), say_year(R.randint(2012, 2023)), R.choice(["ford focus", "vw golf", "toyota yaris"])))
    return c


def n_temps(i):
    c = Case("call/utilities: temperatures and times")
    c.c("the boiler's set to %s degrees but the house is only at %s" % (R.choice(["sixty", "twenty one", "seventy two"]), R.choice(["fifteen", "twelve", "sixty one"])))
    c.a("okay an engineer can come between %s and %s on %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), R.choice(["monday", "thursday", "the twelfth"])))
    return c


def n_appointment(i):
    c = Case("chat/healthcare billing: appointment dates and copay (not DOB)")
    c.a("Your appointment is on %02d/%02d/2026 at %d:%02d%s. Copay is $%d." % (R.randint(1, 12), R.randint(1, 28), R.randint(1, 11), R.choice([0, 15, 30, 45]),
                                                                                R.choice(["am", "pm", " AM"]), R.choice([20, 25, 40, 50])))
    c.c("Can I move it to %s %d? My last visit was %d/%d/2025." % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(1, 12), R.randint(1, 28)))
    return c


def n_contract_start(i):
    c = Case("call/utilities: contract start date and durations")
    c.a("your contract started on the %s of %s %s and runs for %s months" % (ORD[R.randint(1, 28)], R.choice(MONTHS), say_year(R.randint(2019, 2025)), R.choice(["twelve", "twenty four", "thirty six"])))
    c.c("and the exit fee")
    c.a("that would be %s" % money_spoken())
    return c


def n_percent(i):
    c = Case("chat/banking: APR, percentages, loan amount and term")
    c.c("whats the rate on a £%s loan over %d years" % ("{:,}".format(R.choice([5000, 7500, 12000, 25000])), R.randint(1, 7)))
    c.a("That would be %d.%d%% APR representative, monthly repayments £%d.%02d, total £%s." % (
        R.randint(3, 19), R.randint(0, 9), R.randint(90, 600), R.randint(0, 99), "{:,}".format(R.randint(5000, 30000))))
    return c


def n_hold_times(i):
    c = Case("call/government services: durations, counts and times")
    c.c("i've been on hold for %s minutes and called %s times this week" % (R.choice(["forty", "twenty five", "an hour and ten", "fifty five"]), R.choice(["three", "four", "six"])))
    c.a("i'm sorry about that our lines are open from eight till six and it's about a %s week wait" % R.choice(["six", "two", "twelve"]))
    return c


def n_last_digits(i):
    c = Case("call/banking: quantity words and times around payments")
    c.a("i can see two payments one for %s on the %s and one for %s" % (money_spoken(), ORD[R.randint(1, 28)], money_spoken()))
    c.c("yeah the second one was at about %s in the evening" % R.choice(["seven thirty", "quarter to nine", "ten past six"]))
    return c


def n_tracking(i):
    c = Case("chat/retail: parcel with weight, dimensions, and delivery window")
    c.a("Your parcel (%d.%dkg, %dx%dx%dcm) will arrive between %d:00 and %d:00 tomorrow." % (R.randint(1, 20), R.randint(0, 9), R.randint(10, 60), R.randint(10, 60), R.randint(5, 40), R.randint(7, 12), R.randint(13, 18)))
    c.c("great, it's order %d right?" % R.randint(100000, 99999999))
    c.a("Yes that's the one.")
    return c


def n_years(i):
    c = Case("chat/insurance: policy years, premium and renewal date")
    c.c("I've been with you since %d, why did my premium go from £%d to £%d?" % (R.randint(2005, 2022), R.randint(200, 600), R.randint(600, 1200)))
    c.a("Renewal on %d %s %d added %d%% due to claims in your area." % (R.randint(1, 28), R.choice(MON3).capitalize(), R.randint(2025, 2027), R.randint(5, 40)))
    return c


def n_data_usage(i):
    c = Case("call/telecom: data allowances, minutes and bill")
    c.c("i used %s gigs last month and my bill was %s" % (R.choice(["forty", "twelve point five", "a hundred and twenty"]), money_spoken()))
    c.a("your plan includes %s gigabytes and %s minutes so i'll add a %s pound credit" % (R.choice(["thirty", "fifty", "a hundred"]), R.choice(["five hundred", "unlimited", "two thousand"]), R.choice(["ten", "five", "twenty"])))
    return c


def n_store_hours(i):
    c = Case("chat/retail: opening hours, aisle numbers and stock counts")
    c.a("The store is open %d:00-%d:00 Mon-Sat; the item is in aisle %d, bay %d." % (R.randint(7, 10), R.randint(17, 22), R.randint(1, 30), R.randint(1, 12)))
    c.c("thanks do you have %d in stock or should I order" % R.randint(2, 12))
    return c


def n_spoken_ref_counts(i):
    c = Case("call/healthcare billing: claim number spoken with reference word, amounts")
    c.a("i've got claim number %s here for %s" % (say(rd(8), style="pairs"), money_spoken()))
    c.c("right and the insurer paid eighty percent of it")
    return c


def n_version(i):
    c = Case("chat/telecom: router model, firmware version, IP-free troubleshooting")
    c.c("my router is the %s on firmware %d.%d.%d and it reboots every %d minutes" % (R.choice(["Hub 4", "TP-Link AX1800", "Fritz!Box 7590", "NETGEAR R7000"]), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(5, 60)))
    c.a("Please hold the reset button for 30 seconds and wait 2-3 minutes.")
    return c


def n_travel_dates(i):
    c = Case("call/travel: travel dates, passengers and price")
    c.c("we want to go out on the %s of %s and back on the %s for two adults and %s" % (ORD[R.randint(1, 14)], R.choice(MONTHS), ORD[R.randint(15, 28)], R.choice(["two kids", "three kids", "one child"])))
    c.a("the total would be %s including taxes" % money_spoken())
    return c


def n_ivr(i):
    c = Case("call/telecom: IVR menu options, wait times and callback window")
    c.a("press one for billing two for technical support or three to hear these options again")
    c.c("three")
    c.a("you are number %s in the queue the expected wait is %s minutes" % (R.choice(["four", "eleven", "twenty two"]), R.choice(["six", "fifteen", "thirty"])))
    return c


def n_mileage(i):
    c = Case("call/insurance: mileage, speeds, engine size and premium")
    c.c("the car's done about %s miles it's a %s litre and i do maybe %s a year" % (R.choice(["eighty seven thousand", "forty two thousand five hundred", "a hundred and twelve thousand"]),
                                                                                   R.choice(["one point six", "two point oh", "one point two"]), R.choice(["eight thousand", "twelve thousand miles"])))
    c.a("and the quote comes to %s a year or %s a month" % (money_spoken(), R.choice(["forty one fifty", "thirty eight pounds", "fifty five euro"])))
    return c


def n_tax_code(i):
    c = Case("chat/government services: tax code, tax year, allowance and refund")
    c.a("Your tax code for %d/%02d is %s and your personal allowance is £12,570." % (2025, 26, R.choice(["1257L", "BR", "K475", "1100L"])))
    c.c("so is the £%d.%02d refund for %d?" % (R.randint(50, 900), R.randint(0, 99), R.randint(2021, 2024)))
    return c


def n_dosage(i):
    c = Case("call/healthcare billing: dosage, quantities and charges")
    c.c("it's %s milligrams twice a day and they gave me %s tablets" % (R.choice(["twenty", "five hundred", "two point five"]), R.choice(["twenty eight", "fifty six", "ninety"])))
    c.a("right so the pharmacy charge is %s and your deductible has %s left" % (R.choice(["nine ninety", "twelve dollars", "four fifty"]), R.choice(["three hundred dollars", "eleven hundred", "two fifty"])))
    return c


def n_big_amount(i):
    c = Case("call/banking: long spoken amounts and a transfer time")
    c.c("i transferred %s at %s and it hasn't arrived" % (R.choice(["one thousand four hundred and ninety two pounds sixty", "twelve thousand five hundred euro", "three thousand and seventy dollars"]),
                                                         R.choice(["nine fifteen this morning", "about half four", "eleven o'clock"])))
    c.a("transfers over ten thousand can take up to two working days")
    return c


def n_keywords_no_value(i):
    c = Case("chat/%s: PII keywords mentioned but no value given" % R.choice(["banking", "utilities", "telecom", "insurance"]))
    c.c(R.choice(["i don't have my card on me can i ring back after four",
                  "I'll send the account number and sort code later, I'm at work till 6",
                  "do you need my date of birth or just the postcode",
                  "my email hasn't changed and neither has my phone number"]))
    c.a(R.choice(["no problem, your reference is %d and we're open until 8pm" % R.randint(10000, 999999),
                  "that's fine just quote case %d when you call back, it's valid for 14 days" % R.randint(100000, 9999999),
                  "not today, the payment of £%d.%02d has already gone through" % (R.randint(10, 300), R.randint(0, 99))]))
    return c


NEG_TEMPLATES = [
    (n_keywords_no_value, 6),
    (n_ivr, 3), (n_mileage, 3), (n_tax_code, 3), (n_dosage, 3), (n_big_amount, 3),
    (n_balance_chat, 5), (n_balance_call, 5), (n_order_ref, 6), (n_order_ref_call, 6), (n_claim_alpha, 4),
    (n_flight, 4), (n_flight_call, 4), (n_hotel, 4), (n_meter, 5), (n_model, 4), (n_broadband, 4),
    (n_ages, 4), (n_temps, 4), (n_appointment, 5), (n_contract_start, 4), (n_percent, 4),
    (n_hold_times, 4), (n_last_digits, 4), (n_tracking, 4), (n_years, 4), (n_data_usage, 4),
    (n_store_hours, 4), (n_spoken_ref_counts, 4), (n_version, 3), (n_travel_dates, 4),
]


# --------------------------------------------------------------------------
def build():
    rows, groups_all = [], []
    plan = []
    for fn, n in POS_TEMPLATES:
        plan += [fn] * n
    R.shuffle(plan)
    for i, fn in enumerate(plan, 1):
        case = fn(i)
        turns, spans, groups = render(case)
        rows.append({"id": "h14-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": case.note})
        groups_all.append(groups)
    nplan = []
    for fn, n in NEG_TEMPLATES:
        nplan += [fn] * n
    R.shuffle(nplan)
    for i, fn in enumerate(nplan, 1):
        case = fn(i)
        turns, spans, groups = render(case)
        assert not spans
        rows.append({"id": "h14-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": case.note})
        groups_all.append({})
    return rows, groups_all


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def check(rows, groups_all):
    errs = []
    ids = set()
    counts = Counter()
    for r, groups in zip(rows, groups_all):
        rid = r["id"]
        if rid in ids:
            errs.append("duplicate id " + rid)
        ids.add(rid)
        if r["kind"] == "negative" and r["spans"]:
            errs.append(rid + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(rid + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(rid + ": bad turn")
        last = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append(rid + ": bad type " + s["type"])
            if not 0 <= s["turn"] < len(r["turns"]):
                errs.append(rid + ": turn out of range"); continue
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not 0 <= a < b <= len(txt):
                errs.append(rid + ": offsets out of range"); continue
            if not (txt[a].isalnum() or txt[a] in "+(") or not txt[b - 1].isalnum() and txt[b - 1] != ")":
                errs.append(rid + ": span edge not alnum %r" % txt[a:b])
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append(rid + ": span not on word boundary %r" % txt[a:b])
            if s["turn"] in last and last[s["turn"]] > a:
                errs.append(rid + ": overlapping spans")
            last[s["turn"]] = b
            counts[s["type"]] += 1
        for (g, typ), parts in groups.items():
            e = validate(typ, " ".join(parts))
            if e:
                errs.append("%s: %s %r: %s" % (rid, typ, " | ".join(parts), e))
    pos = sum(r["kind"] == "positive" for r in rows)
    neg = len(rows) - pos
    if pos < 170:
        errs.append("only %d positives" % pos)
    if neg < 100:
        errs.append("only %d negatives" % neg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has %d spans < %d" % (t, counts[t], need))
    # negatives: no typed email/at-sign and no long digit runs that look like PII
    for r in rows:
        if r["kind"] == "negative":
            for t in r["turns"]:
                if "@" in t["text"] or re.search(r"\d{11,}", t["text"]):
                    errs.append(r["id"] + ": negative contains PII-like value")
    return errs, counts, pos, neg


def readme(counts, pos, neg):
    lines = [
        "# PII hold-out set 14",
        "",
        "Written by an AI helper acting as an independent test author. The author did not see the",
        "redaction code, its tests, its documentation or any other PII fixture; the only input was",
        "the three-line JSONL format example. Cases are generated by `scripts/make_pii_holdout14.py`",
        "from template functions (turns assembled from plain-text segments and labelled value",
        "segments, so offsets are computed, never typed). All values come from one",
        "`random.Random(%d)`; the output is byte-for-byte reproducible." % SEED,
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures and",
        "adjusting the redactor to them destroys its value.",
        "",
        "Regenerate: `python scripts/make_pii_holdout14.py`; verify: `python scripts/make_pii_holdout14.py --check`",
        "(regenerates, compares byte-for-byte, checks ids, offsets, word boundaries, overlaps and",
        "validates every value after normalising spoken forms: Luhn, mod-97, NI shape, digit counts).",
        "",
        "## Contents",
        "",
        "- positive cases: %d" % pos,
        "- negative cases: %d (no spans; nothing in them may be redacted)" % neg,
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, counts[t]))
    lines += [
        "",
        "Chat cases use typed values (varied separators, case, compact forms). Call cases imitate",
        "ASR transcripts: lower case, sparse punctuation, numbers as words ('oh' / 'o' / 'nought' /",
        "'zero' for 0, 'double' / 'triple', pairs such as 'forty one', years such as 'nineteen",
        "eighty six'), letters plain, NATO ('b for bravo', 'sierra'), 'x as in word', or as ASR",
        "homophones ('jay', 'kay', 'see', 'be'), e-mails as 'name dot name at gmail dot com',",
        "values split over several customer turns with agent back-channels, agent read-backs,",
        "self-corrections, filler words inside readings, and two values in one turn.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only, from its first to its last character: not the lead-in",
        "  ('it's', 'card number is', 'sort code'), not trailing chit-chat.",
        "- Filler words ('um', 'uh') and separators that occur *inside* a reading are inside the span.",
        "- A value split over several turns gets one span per turn, all of the same type.",
        "- An agent read-back of a value is labelled as its own span.",
        "- In a self-correction the abandoned fragment is left unlabelled; the full reading is labelled.",
        "- PHONE includes a leading '+' or spoken 'plus' and the country code; brackets of '(415)'",
        "  are inside the span.",
        "- DOB includes the whole date expression ('the fourteenth of march nineteen eighty six').",
        "- EXPIRY is the month/year expression; CVV is the digits only.",
        "- ADDRESS is house/flat number plus street name and street type; the town is not labelled;",
        "  the postcode / ZIP after it is its own POSTCODE span.",
        "- EMAIL spoken forms include the words 'at', 'dot', 'underscore'.",
        "- Negative cases contain money, prices, times, durations, counts, years, percentages,",
        "  non-birth dates, order/ticket/claim/invoice references (<= 10 digits, with their",
        "  reference word), flight and room numbers, model numbers, meter readings, speeds, ages",
        "  and temperatures. Positive cases also contain such numbers, unlabelled.",
        "",
    ]
    return "\n".join(lines)


def main():
    rows, groups_all = build()
    data = dump(rows)
    errs, counts, pos, neg = check(rows, groups_all)
    rd_txt = readme(counts, pos, neg)
    if "--check" in sys.argv[1:]:
        for path, want in ((CASES, data), (README, rd_txt)):
            try:
                with open(path, encoding="utf-8") as fh:
                    have = fh.read()
            except OSError:
                have = None
            if have != want:
                errs.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
        # re-parse the file from disk
        try:
            with open(CASES, encoding="utf-8") as fh:
                for ln in fh:
                    json.loads(ln)
        except Exception as e:  # noqa
            errs.append("cannot parse fixture: %s" % e)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as fh:
            fh.write(data)
        with open(README, "w", encoding="utf-8") as fh:
            fh.write(rd_txt)
    print("positives: %d  negatives: %d" % (pos, neg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if errs:
        print("PROBLEMS (%d):" % len(errs))
        for e in errs[:60]:
            print("  " + e)
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set 'pii_holdout295'.

Written by an independent AI helper that did not see the redaction code.
Standard library only. Output is byte-for-byte reproducible (seed 295241125).

    python scripts/make_pii_holdout295.py          # write fixture + README
    python scripts/make_pii_holdout295.py --check  # regenerate, verify, summarise
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 295241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout295")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
PFX = "h295"

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken numbers
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "1": ["won"], "8": ["ate"]}


def zero_word(uk=False):
    opts = ["zero", "oh", "o"] + (["nought", "oh"] if uk else ["zero"])
    return R.choice(opts)


def dword(d, uk=False, homo=False):
    if d == "0":
        return zero_word(uk)
    if homo and d in HOMO and R.random() < 0.35:
        return R.choice(HOMO[d])
    return DW[int(d)]


def spell(s, uk=False, doubles=True, homo=False):
    """digit string -> words, digit by digit, optional double/triple."""
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if doubles and run >= 3 and R.random() < 0.6:
            out.append("triple " + dword(s[i], uk))
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.6:
            out.append("double " + dword(s[i], uk))
            i += 2
            continue
        out.append(dword(s[i], uk, homo))
        i += 1
    return " ".join(out)


def pair(p, uk=False):
    if p[0] == "0":
        return zero_word(uk) + " " + DW[int(p[1])]
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[int(p[0])]
    return TENS[int(p[0])] + " " + DW[int(p[1])]


def hundreds3(t, uk=False):
    """3-digit group: 'four twelve' or 'four hundred and twelve'."""
    if t[0] == "0":
        return spell(t, uk)
    if t[1:] == "00":
        return DW[int(t[0])] + " hundred"
    if R.random() < 0.5:
        rest = pair(t[1:], uk) if t[1] != "0" else DW[int(t[2])]
        return DW[int(t[0])] + " hundred and " + rest
    return DW[int(t[0])] + " " + pair(t[1:], uk)


def group_words(g, uk=False, style=None, homo=False):
    style = style or R.choice(["digits", "digits", "pairs", "mixed"])
    if style == "digits" or g[0] == "0" and len(g) != 2:
        return spell(g, uk, homo=homo)
    if len(g) == 4:
        if g[2:] == "00" and R.random() < 0.7:
            return pair(g[:2], uk) + " hundred"
        if style == "mixed" and R.random() < 0.5:
            return spell(g[:2], uk) + " " + pair(g[2:], uk)
        return pair(g[:2], uk) + " " + pair(g[2:], uk)
    if len(g) == 2:
        return pair(g, uk)
    if len(g) == 3:
        return hundreds3(g, uk)
    return spell(g, uk, homo=homo)


def say_grouped(s, groups, uk=False, style=None, sep=" ", homo=False):
    """render groups; re-draw until the reading is unambiguous (round-trips)."""
    for _ in range(8):
        parts, i = [], 0
        for n in groups:
            parts.append(group_words(s[i:i + n], uk, style, homo))
            i += n
        out = sep.join(parts)
        if normalise(out) == s:
            return out
    return spell(s, uk)


# ---------------------------------------------------------------- normaliser
UNITS = {w: str(i) for i, w in enumerate(DW)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
HOMO_IN = {"for": "4", "to": "2", "too": "2", "won": "1", "ate": "8"}
TEEN_IN = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_IN = {w: str(i) for i, w in enumerate(TENS) if w}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P", "quebec": "Q",
        "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
        "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LETTER_HOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J",
               "kay": "K", "el": "L", "em": "M", "en": "N", "pee": "P", "queue": "Q",
               "cue": "Q", "are": "R", "ess": "S", "tee": "T", "why": "Y", "ex": "X",
               "zed": "Z", "zee": "Z", "aitch": "H", "haitch": "H", "double-u": "W"}
FILLER = {"um", "uh", "er", "erm", "uhh", "umm", "hmm", "sorry", "and", "dash", "hyphen",
          "space", "slash", "then", "its", "it's", "like"}


def normalise(text, alnum=False):
    """Spoken/typed rendering -> canonical string (digits, or upper alnum)."""
    toks = re.findall(r"[A-Za-z0-9']+", text.lower())
    toks = [t.strip("'") for t in toks]
    toks = [t for t in toks if t]
    out = []
    i = 0
    rep = 1

    def emit(s):
        nonlocal rep
        out.append(s * rep)
        rep = 1

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if alnum and t == "for" and out:
            i += 2  # 'b for bravo'
            continue
        if alnum and t == "as" and nxt == "in":
            i += 3
            continue
        if alnum and t == "o" and nxt in ("for", "as"):
            emit("O")
        elif t in UNITS:
            emit(UNITS[t])
        elif t in TEEN_IN:
            emit(TEEN_IN[t])
        elif t in TENS_IN:
            if nxt in UNITS and nxt not in ("zero", "oh", "o", "nought", "nil"):
                emit(TENS_IN[t] + UNITS[nxt])
                i += 1
            else:
                emit(TENS_IN[t] + "0")
        elif t == "hundred":
            if nxt == "and":
                j = i + 2
                a = toks[j] if j < len(toks) else None
                b = toks[j + 1] if j + 1 < len(toks) else None
                if a in TEEN_IN:
                    out.append(TEEN_IN[a]); i = j
                elif a in TENS_IN:
                    if b in UNITS and b not in ("zero", "oh", "o", "nought"):
                        out.append(TENS_IN[a] + UNITS[b]); i = j + 1
                    else:
                        out.append(TENS_IN[a] + "0"); i = j
                elif a in UNITS:
                    out.append("0" + UNITS[a]); i = j
                else:
                    raise ValueError("bad hundred in %r" % text)
            else:
                out.append("00")
        elif not alnum and t in HOMO_IN:
            emit(HOMO_IN[t])
        elif t in FILLER:
            pass
        elif alnum and t in NATO:
            emit(NATO[t])
        elif alnum and t in LETTER_HOMO:
            emit(LETTER_HOMO[t])
        elif t.isdigit():
            emit(t)
        elif alnum and re.fullmatch(r"[a-z0-9]+", t) and (len(t) <= 2 or re.search(r"\d", t)
                                                           or len(t) <= 4 and t.isupper() is False
                                                           and not re.search(r"[aeiou]", t)):
            emit(t.upper())
        elif alnum and re.fullmatch(r"[a-z]{2,4}\d*", t):
            emit(t.upper())
        else:
            raise ValueError("cannot normalise token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
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
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
STREETS = ["road", "street", "avenue", "lane", "drive", "close", "way", "court", "crescent",
           "terrace", "place", "boulevard", "st", "rd", "ave", "blvd", "ln", "dr", "park", "grove"]


def validate(typ, text):
    """Return None if ok else a reason string."""
    try:
        if typ == "CARD_NUMBER":
            d = normalise(text)
            return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else "card %s" % d
        if typ == "SSN":
            d = normalise(text)
            return None if re.fullmatch(r"\d{9}", d) and d[:3] not in ("000", "666") and d[0] != "9" else "ssn %s" % d
        if typ == "CVV":
            d = normalise(text)
            return None if re.fullmatch(r"\d{3,4}", d) else "cvv %s" % d
        if typ == "SORT_CODE":
            d = normalise(text)
            return None if re.fullmatch(r"\d{6}", d) else "sort %s" % d
        if typ == "BANK_ACCOUNT":
            d = normalise(text)
            return None if re.fullmatch(r"\d{8,12}", d) else "acct %s" % d
        if typ == "PHONE":
            d = normalise(text.replace("+", " "))
            return None if re.fullmatch(r"\d{10,13}", d) else "phone %s" % d
        if typ == "NI_NUMBER":
            d = normalise(text, alnum=True)
            return None if NI_RE.fullmatch(d) else "ni %s" % d
        if typ == "IBAN":
            d = normalise(text, alnum=True)
            return None if iban_ok(d) else "iban %s" % d
        if typ == "POSTCODE":
            if re.search(r"[A-Za-z]", text) and not re.fullmatch(r"[\d\s\-]+", text):
                low = text.lower()
                if re.search(r"\b(zero|one|two|three|four|five|six|seven|eight|nine|oh)\b", low) and not re.search(r"\b[a-np-z]\b|\b(for|" + "|".join(NATO) + r")\b", low):
                    d = normalise(text)
                    return None if re.fullmatch(r"\d{5}(\d{4})?", d) else "zip %s" % d
                d = normalise(text, alnum=True)
                return None if UKPC_RE.fullmatch(d) else "pc %s" % d
            d = normalise(text)
            return None if re.fullmatch(r"\d{5}(\d{4})?", d) else "zip %s" % d
        if typ == "EXPIRY":
            low = text.lower()
            if any(m in low for m in MONTHS):
                return None
            d = normalise(text)
            return None if re.fullmatch(r"(0[1-9]|1[0-2])(\d\d|20\d\d)", d) else "exp %s" % d
        if typ == "DOB":
            low = text.lower()
            if any(m in low for m in MONTHS) or re.search(r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}", text):
                return None
            return "dob %s" % text
        if typ == "EMAIL":
            low = text.lower()
            if re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", text):
                return None
            if " at " in low and " dot " in low:
                return None
            return "email %s" % text
        if typ == "ADDRESS":
            low = text.lower()
            if re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", low) and any(re.search(r"\b%s\b" % s, low) for s in STREETS):
                return None
            return "addr %s" % text
    except ValueError as e:
        return str(e)
    return "unknown type"


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + R.choice("01234569"), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(R.choice(["6759", "6763"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(no_o=True):
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban_make(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        b = iban_make("GB", R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rd(14))
    elif cc == "IE":
        b = iban_make("IE", R.choice(["AIBK", "BOFI", "IPBS"]) + rd(14))
    elif cc == "DE":
        b = iban_make("DE", rd(18))
    elif cc == "FR":
        b = iban_make("FR", rd(23))
    elif cc == "NL":
        b = iban_make("NL", R.choice(["ABNA", "RABB", "INGB"]) + rd(10))
    else:
        b = iban_make("ES", rd(20))
    return b


def iban_typed(v):
    r = R.random()
    if r < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    if r < 0.75:
        return v
    return v.lower() if r < 0.85 else " ".join(v[i:i + 4] for i in range(0, len(v), 4)).lower()


LETTER_NATO = {v: k for k, v in NATO.items() if k not in ("alfa", "whisky")}
LETTER_SAY = {"B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "R": "are",
              "T": "tee", "Y": "why", "Z": "zed", "H": "aitch", "X": "ex", "M": "em", "N": "en"}
FOR_WORD = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "echo", "G": "george",
            "H": "harry", "J": "john", "K": "kilo", "L": "london", "M": "mike", "N": "november",
            "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william", "X": "xray",
            "Y": "yellow", "Z": "zebra", "F": "freddie", "V": "victor", "Q": "queen", "U": "uniform",
            "I": "india", "O": "oscar"}


def say_letter(c, mode=None):
    mode = mode or R.choice(["plain", "plain", "plain", "for", "nato", "homo"])
    if c == "O" and mode not in ("for", "asin", "nato"):
        mode = "for"
    if mode == "for":
        return "%s for %s" % (c.lower(), FOR_WORD[c])
    if mode == "asin":
        return "%s as in %s" % (c.lower(), FOR_WORD[c])
    if mode == "nato":
        return LETTER_NATO[c]
    if mode == "homo" and c in LETTER_SAY:
        return LETTER_SAY[c]
    return c.lower()


def say_alnum(v, uk=True):
    """spell letters/digits of an alnum string with digit runs spoken as digits."""
    parts = []
    i = 0
    while i < len(v):
        if v[i].isalpha():
            if i + 1 < len(v) and v[i + 1] == v[i] and R.random() < 0.5:
                parts.append("double " + v[i].lower())
                i += 2
                continue
            parts.append(say_letter(v[i]))
            i += 1
        else:
            j = i
            while j < len(v) and v[j].isdigit():
                j += 1
            parts.append(spell(v[i:j], uk))
            i = j
    return " ".join(parts)


def gen_phone(country):
    if country == "UK":
        v = "07" + R.choice(["700", "711", "723", "745", "768", "812", "903", "956"]) + rd(6)
        r = R.random()
        if r < 0.4:
            return v, v[:5] + " " + v[5:], v
        if r < 0.7:
            return v, "+|44 " + v[1:5] + " " + v[5:], v
        return v, v, v
    if country == "US":
        a = R.choice(["415", "212", "312", "617", "503", "702", "404", "713"])
        v = a + str(R.randint(2, 9)) + rd(2) + rd(4)
        f = R.choice(["(|%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+|1 %s %s %s"])
        return v, f % (v[:3], v[3:6], v[6:]), v
    v = "08" + R.choice("35679") + rd(7)
    if R.random() < 0.5:
        return v, "+|353 " + v[1:3] + " " + v[3:6] + " " + v[6:], v
    return v, v[:3] + " " + v[3:6] + " " + v[6:], v


def say_phone(v, country):
    uk = country != "US"
    if country == "US":
        return say_grouped(v, [3, 3, 4], uk=False, style=R.choice(["digits", "digits", "pairs"]))
    if country == "UK":
        return spell(v[:5], uk) + " " + R.choice([spell(v[5:], uk), group_words(v[5:8], uk, "digits") + " " + group_words(v[8:], uk)])
    return spell(v[:3], uk) + " " + spell(v[3:6], uk) + " " + spell(v[6:], uk)


FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "grace", "tomasz", "emily",
         "daniel", "siobhan", "carlos", "fatima", "oliver", "chloe", "wei", "hannah", "marcus"]
LAST = ["doe", "murphy", "patel", "smith", "kowalski", "obrien", "nguyen", "jones", "garcia",
        "walsh", "khan", "brown", "taylor", "oconnor", "schmidt", "dubois", "rossi", "evans"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("eircom", "net"), ("btinternet", "com"), ("protonmail", "com"),
           ("gmx", "de"), ("aol", "com")]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d, tld = R.choice(DOMAINS)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    local = R.choice([f + sep + l, f[0] + sep + l, f + sep + l[0], l + sep + f]) + num
    return local, d, tld


def email_typed(e):
    local, d, tld = e
    s = "%s@%s.%s" % (local, d, tld)
    return s.upper() if R.random() < 0.1 else s


def email_spoken(e):
    local, d, tld = e
    words = []
    for ch_part in re.split(r"([._])", local):
        if ch_part == ".":
            words.append("dot")
        elif ch_part == "_":
            words.append("underscore")
        elif ch_part:
            m = re.match(r"([a-z]+)(\d*)", ch_part)
            name, num = m.group(1), m.group(2)
            if len(name) == 1:
                words.append(say_letter(name.upper(), R.choice(["plain", "for"])))
            else:
                words.append(name if R.random() < 0.7 else name + " that's " + " ".join(name))
            if num:
                words.append(spell(num) if len(num) != 4 else pair(num[:2]) + " " + pair(num[2:]))
    words.append("at")
    words.append(d)
    words.extend("dot " + p for p in tld.split("."))
    return " ".join(words)


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "E", "N", "SE", "W",
            "NW", "CB", "BT", "RG", "GU", "TW", "KT", "CR", "BR", "DA"]


def gen_ukpc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 29))
    inc = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")
    return a + d + " " + inc


def ukpc_spoken(pc):
    out = []
    for part in pc.split():
        out.append(say_alnum(part))
    return " ".join(out)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        return z + "-" + rd(4)
    return z


STREET_NAMES = ["cedar", "kings", "station", "church", "mill", "oak", "victoria", "park",
                "maple", "elm", "high", "queens", "orchard", "willow", "hawthorn", "main",
                "washington", "lincoln", "sunset", "riverside", "grafton", "harcourt"]
SUF_UK = ["road", "street", "avenue", "lane", "drive", "close", "crescent", "terrace", "grove", "way"]
SUF_US = ["street", "avenue", "boulevard", "drive", "lane", "st", "ave", "blvd", "rd"]


def num_words(n):
    n = int(n)
    if n < 10:
        return DW[n]
    if n < 100:
        return pair("%02d" % n)
    if n < 1000:
        return hundreds3("%03d" % n)
    return pair(str(n)[:2]) + " " + pair(str(n)[2:])


def gen_address(country, spoken):
    n = R.choice([R.randint(1, 99), R.randint(1, 99), R.randint(100, 2999)]) if country == "US" else R.randint(1, 180)
    name = R.choice(STREET_NAMES)
    suf = R.choice(SUF_US if country == "US" else SUF_UK)
    if spoken:
        flat = R.random() < 0.2
        s = "%s %s %s" % (num_words(n), name, suf)
        if flat:
            s = "flat %s %s" % (num_words(R.randint(1, 12)), s)
        return s
    s = "%d %s %s" % (n, name.title(), suf.title())
    if country == "US" and R.random() < 0.3:
        s += " Apt %d" % R.randint(1, 40)
    if country != "US" and R.random() < 0.2:
        s = "Flat %d, %s" % (R.randint(1, 12), s)
    return s


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def year_words(y):
    return pair(str(y)[:2]) + " " + pair(str(y)[2:]) if y < 2000 else "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"


def gen_dob(spoken, us=False):
    y, m, d = R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        f = R.choice(["the %s of %s %s", "%s %s %s", "%s the %s %s"])
        if f == "the %s of %s %s":
            return f % (ORD[d - 1], MONTHS[m - 1], year_words(y))
        if f == "%s %s %s":
            return "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
        return "%s the %s %s" % (MONTHS[m - 1], ORD[d - 1], year_words(y))
    f = R.choice(["num", "num", "text"])
    if f == "num":
        sep = R.choice(["/", "/", "-", "."])
        return ("%02d%s%02d%s%d" % (m, sep, d, sep, y)) if us else ("%02d%s%02d%s%d" % (d, sep, m, sep, y))
    return R.choice(["%d %s %d", "%s %d, %d"]) % ((d, MONTHS[m - 1].title(), y) if R.random() < 0.5 else (d, MONTHS[m - 1].title(), y)) if False else "%d %s %d" % (d, MONTHS[m - 1].title(), y)


def gen_expiry(spoken):
    m, y = R.randint(1, 12), R.randint(26, 32)
    if spoken:
        c = R.random()
        if c < 0.4:
            return "%s %s" % (pair("%02d" % m), pair(str(y)))
        if c < 0.7:
            return "%s twenty %s" % (MONTHS[m - 1], pair(str(y)))
        return "%s %s" % (spell("%02d" % m), spell(str(y)))
    return R.choice(["%02d/%02d", "%02d/%02d", "%02d-%02d", "%02d/20%02d", "%02d %02d"]) % (m, y)


def gen_sort():
    return R.choice(["20", "40", "60", "30", "11", "83", "09", "77", "90", "93"]) + rd(4)


def sort_typed(v):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (v[:2], v[2:4], v[4:])


def sort_spoken(v):
    return R.choice([lambda: say_grouped(v, [2, 2, 2], True, "pairs"),
                     lambda: spell(v, True),
                     lambda: say_grouped(v, [2, 2, 2], True, "digits")])()


# ---------------------------------------------------------------- case building
class V:
    def __init__(self, text, typ, grp=None):
        self.text, self.typ, self.grp = text, typ, grp


CASES = []


def add(kind, note, turns):
    """turns: list of (speaker, [segments]); segment = str or V."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                key = s.grp if s.grp is not None else ("auto", len(spans))
                groups.setdefault(key, []).append((ti, st, len(text), s.typ))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    CASES.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note,
                  "_groups": list(groups.values())})


def bc():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got it", "yes", "go ahead", "okay and the next bit"])


def filler_join(words, p=0.25):
    """insert filler words between word-groups (inside a span)."""
    out = []
    for i, w in enumerate(words):
        out.append(w)
        if i < len(words) - 1 and R.random() < p:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def ind():
    return R.choice(INDUSTRY)


# ---- CARD ----
def card_cases():
    styles = ["typed_groups", "typed_dash", "typed_plain", "typed_odd", "spoken_digits",
              "spoken_pairs", "spoken_split", "spoken_filler", "spoken_homo", "readback",
              "two_cards", "typed_split", "spoken_hundreds", "spoken_doubles", "typed_with_cvv_exp",
              "spoken_with_exp_cvv", "chat_typo"]
    n = 0
    for rep in range(3):
        for st in styles:
            n += 1
            v, g = gen_card()
            grp = "c%d" % n
            i_ = ind()
            if st == "typed_groups":
                t = " ".join(v[a:a + b] for a, b in _offs(g))
                add("positive", "chat/%s: card typed in groups" % i_, [
                    ("agent", ["Could you please provide the card you'd like to use?"]),
                    ("customer", [R.choice(["sure its ", "Sure - ", "card: ", "ok ", ""]), V(t, "CARD_NUMBER"), R.choice(["", " thanks", ". Amount is £45.20", " (visa debit)"])])])
            elif st == "typed_dash":
                sep = R.choice(["-", ".", "/", " - ", "_"])
                t = sep.join(v[a:a + b] for a, b in _offs(g))
                add("positive", "chat/%s: card typed with '%s' separators" % (i_, sep.strip() or "space"), [
                    ("customer", ["my card no is ", V(t, "CARD_NUMBER"), " pls charge the 2 invoices"])])
            elif st == "typed_plain":
                add("positive", "chat/%s: card typed as one unbroken digit run" % i_, [
                    ("agent", ["Please type the long card number."]),
                    ("customer", [V(v, "CARD_NUMBER")])])
            elif st == "typed_odd":
                # irregular grouping, as people paste/typo
                cut = sorted(R.sample(range(2, len(v) - 1), 3))
                parts = [v[:cut[0]], v[cut[0]:cut[1]], v[cut[1]:cut[2]], v[cut[2]:]]
                t = R.choice(["  ", " ", "-", " "]).join(parts)
                add("positive", "chat/%s: card with irregular grouping" % i_, [
                    ("customer", ["ok so its ", V(t, "CARD_NUMBER"), " exp in the next msg"])])
            elif st == "spoken_digits":
                add("positive", "call/%s: card spoken digit by digit in one turn" % i_, [
                    ("agent", ["and the long number across the front please"]),
                    ("customer", ["yeah it's ", V(spell(v, doubles=False), "CARD_NUMBER")])])
            elif st == "spoken_pairs":
                t = say_grouped(v, g, style="pairs")
                add("positive", "call/%s: card spoken in pairs ('forty one eleven')" % i_, [
                    ("agent", ["go ahead with the card number"]),
                    ("customer", [V(t, "CARD_NUMBER"), " that's it"])])
            elif st == "spoken_hundreds":
                t = say_grouped(v, g, style="mixed")
                add("positive", "call/%s: card groups read as pairs/hundreds mix" % i_, [
                    ("agent", ["card number when you're ready"]),
                    ("customer", ["okay um ", V(t, "CARD_NUMBER")])])
            elif st == "spoken_doubles":
                t = spell(v, uk=True, doubles=True)
                add("positive", "call/%s: card with double/triple and nought" % i_, [
                    ("agent", ["can i take the sixteen digit number"]),
                    ("customer", ["it is ", V(t, "CARD_NUMBER"), " and that's a debit card"])])
            elif st == "spoken_split":
                turns = [("agent", ["okay and the card number please"])]
                for k, (a, b) in enumerate(_offs(g)):
                    turns.append(("customer", [R.choice(["", "right ", "so ", "then "]) if k == 0 else "",
                                               V(group_words(v[a:a + b]), "CARD_NUMBER", grp)]))
                    if k < len(g) - 1:
                        turns.append(("agent", [bc()]))
                add("positive", "call/%s: card split over %d customer turns with back-channels" % (i_, len(g)), turns)
            elif st == "spoken_filler":
                words = [group_words(v[a:a + b], style="digits") for a, b in _offs(g)]
                add("positive", "call/%s: card reading with filler words inside" % i_, [
                    ("agent", ["whenever you're ready"]),
                    ("customer", ["hang on let me find my glasses okay ", V(filler_join(words, 0.6), "CARD_NUMBER")])])
            elif st == "spoken_homo":
                t = say_grouped(v, g, style="digits", homo=True)
                if normalise(t) != v:
                    t = spell(v)
                add("positive", "call/%s: card digits with ASR homophones (for/to/won/ate)" % i_, [
                    ("agent", ["card number please"]),
                    ("customer", [V(t, "CARD_NUMBER")])])
            elif st == "readback":
                t1 = spell(v, doubles=False)
                t2 = say_grouped(v, g, style="digits")
                add("positive", "call/%s: card given then read back by agent" % i_, [
                    ("customer", ["the number is ", V(t1, "CARD_NUMBER")]),
                    ("agent", ["let me just read that back ", V(t2, "CARD_NUMBER"), " is that right"]),
                    ("customer", ["yes that's right"])])
            elif st == "two_cards":
                v2, g2 = gen_card()
                add("positive", "call/%s: caller reads old card then corrects with new card" % i_, [
                    ("customer", ["okay it's ", V(say_grouped(v, g, style="digits"), "CARD_NUMBER"),
                                  " oh wait no that's the old one it expired hang on"]),
                    ("agent", ["no problem take your time"]),
                    ("customer", ["right the new one is ", V(say_grouped(v2, g2), "CARD_NUMBER")])])
            elif st == "typed_split":
                o = _offs(g)
                h = len(o) // 2
                p1 = " ".join(v[a:a + b] for a, b in o[:h])
                p2 = " ".join(v[a:a + b] for a, b in o[h:])
                add("positive", "chat/%s: card typed over two chat messages" % i_, [
                    ("customer", [V(p1, "CARD_NUMBER", grp)]),
                    ("customer", [V(p2, "CARD_NUMBER", grp), " sorry hit enter too soon"])])
            elif st == "typed_with_cvv_exp":
                cv = rd(4 if len(v) == 15 else 3)
                ex = gen_expiry(False)
                add("positive", "chat/%s: card, expiry and cvv in one message" % i_, [
                    ("customer", ["card ", V(" ".join(v[a:a + b] for a, b in _offs(g)), "CARD_NUMBER"),
                                  " exp ", V(ex, "EXPIRY"), " cvv ", V(cv, "CVV"), " total should be $89.50"])])
            elif st == "spoken_with_exp_cvv":
                cv = rd(4 if len(v) == 15 else 3)
                add("positive", "call/%s: card then expiry and security code in later turns" % i_, [
                    ("customer", [V(say_grouped(v, g), "CARD_NUMBER")]),
                    ("agent", ["thank you and the expiry date"]),
                    ("customer", [V(gen_expiry(True), "EXPIRY")]),
                    ("agent", ["and the three digits on the back"]),
                    ("customer", [V(spell(cv), "CVV")])])
            elif st == "chat_typo":
                t = " ".join(v[a:a + b] for a, b in _offs(g))
                add("positive", "chat/%s: card with typo-ish spacing and lowercase chatter" % i_, [
                    ("customer", ["hiya can u take payment of 120 quid on " + R.choice(["this", "thsi", "teh"]) + " card ",
                                  V(t.replace(" ", R.choice(["  ", " ", "- "]), 1), "CARD_NUMBER")])])


def _offs(g):
    o, a = [], 0
    for b in g:
        o.append((a, b))
        a += b
    return o


# ---- SSN ----
def ssn_cases():
    styles = ["typed_dash", "typed_space", "typed_plain", "typed_dots", "spoken_digits",
              "spoken_groups", "spoken_split", "spoken_homo", "spoken_pairs", "readback",
              "spoken_filler", "spoken_doubles", "with_dob", "typed_label"]
    n = 0
    for rep in range(3):
        for st in styles:
            n += 1
            v = gen_ssn()
            grp = "s%d" % n
            i_ = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom", "utilities"])
            if st == "typed_dash":
                add("positive", "chat/%s: ssn typed with dashes" % i_, [
                    ("agent", ["To verify, please provide your Social Security number."]),
                    ("customer", ["ok its ", V("%s-%s-%s" % (v[:3], v[3:5], v[5:]), "SSN")])])
            elif st == "typed_space":
                add("positive", "chat/%s: ssn typed with spaces" % i_, [
                    ("customer", ["my social is ", V("%s %s %s" % (v[:3], v[3:5], v[5:]), "SSN"), " and my claim number is 55120"])])
            elif st == "typed_plain":
                add("positive", "chat/%s: ssn typed as nine digits" % i_, [
                    ("customer", ["SSN ", V(v, "SSN")])])
            elif st == "typed_dots":
                sep = R.choice([".", " - ", "/", "  "])
                add("positive", "chat/%s: ssn with unusual separator '%s'" % (i_, sep.strip() or "double space"), [
                    ("customer", ["ss# ", V(sep.join([v[:3], v[3:5], v[5:]]), "SSN"), " thx"])])
            elif st == "spoken_digits":
                add("positive", "call/%s: ssn spoken digit by digit" % i_, [
                    ("agent", ["can i get your social security number please"]),
                    ("customer", ["sure it's ", V(spell(v, doubles=False), "SSN")])])
            elif st == "spoken_groups":
                add("positive", "call/%s: ssn spoken in 3-2-4 groups with pauses" % i_, [
                    ("agent", ["and your social"]),
                    ("customer", [V(", ".join([spell(v[:3]), spell(v[3:5]), spell(v[5:])]), "SSN")])])
            elif st == "spoken_pairs":
                t = hundreds3(v[:3]) if v[0] != "0" else spell(v[:3])
                t += " " + pair(v[3:5]) + " " + group_words(v[5:], style="pairs")
                if normalise(t) != v:
                    t = spell(v)
                add("positive", "call/%s: ssn spoken as numbers ('four twelve sixty seven ...')" % i_, [
                    ("agent", ["last thing i need is the social"]),
                    ("customer", ["yeah okay ", V(t, "SSN")])])
            elif st == "spoken_split":
                add("positive", "call/%s: ssn split across three customer turns" % i_, [
                    ("agent", ["go ahead with the social security number"]),
                    ("customer", [V(spell(v[:3]), "SSN", grp)]),
                    ("agent", [bc()]),
                    ("customer", [V(group_words(v[3:5]), "SSN", grp)]),
                    ("agent", [bc()]),
                    ("customer", [V(group_words(v[5:]), "SSN", grp), R.choice(["", " that's it", " yep"])])])
            elif st == "spoken_homo":
                t = spell(v, doubles=False, homo=True)
                add("positive", "call/%s: ssn with ASR homophones" % i_, [
                    ("customer", ["my social security is ", V(t, "SSN")])])
            elif st == "readback":
                add("positive", "call/%s: ssn given then agent reads it back" % i_, [
                    ("customer", [V(spell(v), "SSN")]),
                    ("agent", ["okay so that's ", V(say_grouped(v, [3, 2, 4], style="digits"), "SSN"), " correct"]),
                    ("customer", ["correct"])])
            elif st == "spoken_filler":
                words = [spell(v[:3]), spell(v[3:5]), spell(v[5:])]
                add("positive", "call/%s: ssn with filler words mid-reading" % i_, [
                    ("agent", ["social security number"]),
                    ("customer", [V(filler_join(words, 0.9), "SSN"), " i think yeah that's it"])])
            elif st == "spoken_doubles":
                add("positive", "call/%s: ssn with double/triple" % i_, [
                    ("customer", ["the social's ", V(spell(v, doubles=True), "SSN")])])
            elif st == "with_dob":
                add("positive", "call/%s: ssn and date of birth in one turn" % i_, [
                    ("agent", ["i'll need your social and date of birth"]),
                    ("customer", ["okay social is ", V(say_grouped(v, [3, 2, 4]), "SSN"), " and birthday is ",
                                  V(gen_dob(True), "DOB")])])
            else:
                add("positive", "chat/%s: ssn in a form-like message with other numbers" % i_, [
                    ("customer", ["Name: %s %s / SSN: " % (R.choice(FIRST).title(), R.choice(LAST).title()),
                                  V("%s-%s-%s" % (v[:3], v[3:5], v[5:]), "SSN"), " / policy 4471-22 / DOB ",
                                  V(gen_dob(False, us=True), "DOB")])])


# ---- NI ----
def ni_cases():
    styles = ["typed_spaced", "typed_plain", "typed_dash", "typed_lower", "spoken_plain",
              "spoken_pairs", "spoken_for", "spoken_nato", "spoken_split", "readback",
              "spoken_homo", "spoken_double", "with_dob", "typed_letters_spaced"]
    n = 0
    for rep in range(3):
        for st in styles:
            n += 1
            v = gen_ni()
            grp = "n%d" % n
            i_ = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
            L, D, S = v[:2], v[2:8], v[8]
            if st == "typed_spaced":
                add("positive", "chat/%s: NI number typed in standard spacing" % i_, [
                    ("customer", ["NI number is ", V("%s %s %s %s %s" % (L, D[:2], D[2:4], D[4:], S), "NI_NUMBER")])])
            elif st == "typed_plain":
                add("positive", "chat/%s: NI number typed without spaces" % i_, [
                    ("agent", ["What's your national insurance number?"]),
                    ("customer", [V(v, "NI_NUMBER")])])
            elif st == "typed_dash":
                add("positive", "chat/%s: NI number with dashes" % i_, [
                    ("customer", ["ni no. ", V("%s-%s-%s-%s-%s" % (L, D[:2], D[2:4], D[4:], S), "NI_NUMBER"), " ref my letter from 3rd may"])])
            elif st == "typed_lower":
                add("positive", "chat/%s: NI number lowercase, partial spacing" % i_, [
                    ("customer", ["its ", V(R.choice(["%s %s%s" % (L.lower(), D, S.lower()), "%s%s %s" % (L.lower(), D, S.lower()), "%s %s %s" % (L.lower(), D, S.lower())]), "NI_NUMBER")])])
            elif st == "typed_letters_spaced":
                add("positive", "chat/%s: NI number every character spaced" % i_, [
                    ("customer", ["national insurance: ", V(" ".join(v), "NI_NUMBER")])])
            elif st == "spoken_plain":
                t = "%s %s %s %s" % (L[0].lower(), L[1].lower(), spell(D, True, doubles=False), S.lower())
                add("positive", "call/%s: NI spoken letters and digits" % i_, [
                    ("agent", ["can i take your national insurance number"]),
                    ("customer", ["yeah it's ", V(t, "NI_NUMBER")])])
            elif st == "spoken_pairs":
                t = "%s %s %s %s" % (say_letter(L[0], "plain"), say_letter(L[1], "plain"), say_grouped(D, [2, 2, 2], True, "pairs"), say_letter(S, "plain"))
                add("positive", "call/%s: NI digits spoken as pairs ('twelve thirty four')" % i_, [
                    ("customer", ["national insurance is ", V(t, "NI_NUMBER")])])
            elif st == "spoken_for":
                t = "%s %s %s %s" % (say_letter(L[0], "for"), say_letter(L[1], R.choice(["for", "asin"])), spell(D, True), say_letter(S, "for"))
                add("positive", "call/%s: NI letters with 'x for word' clarifications" % i_, [
                    ("agent", ["national insurance number please"]),
                    ("customer", [V(t, "NI_NUMBER")])])
            elif st == "spoken_nato":
                t = "%s %s %s %s" % (say_letter(L[0], "nato"), say_letter(L[1], "nato"), say_grouped(D, [2, 2, 2], True), say_letter(S, "nato"))
                add("positive", "call/%s: NI letters in NATO alphabet" % i_, [
                    ("customer", ["okay it's ", V(t, "NI_NUMBER"), " i had to look it up on my payslip"])])
            elif st == "spoken_split":
                add("positive", "call/%s: NI split over customer turns" % i_, [
                    ("agent", ["and your national insurance number"]),
                    ("customer", [V("%s %s" % (say_letter(L[0]), say_letter(L[1])), "NI_NUMBER", grp)]),
                    ("agent", [bc()]),
                    ("customer", [V(say_grouped(D, [2, 2, 2], True, R.choice(["digits", "pairs"])), "NI_NUMBER", grp)]),
                    ("agent", ["and the letter at the end"]),
                    ("customer", [V(say_letter(S, R.choice(["plain", "for"])), "NI_NUMBER", grp)])])
            elif st == "readback":
                t2 = "%s %s %s %s" % (say_letter(L[0], "nato"), say_letter(L[1], "nato"), spell(D, True, doubles=False), say_letter(S, "nato"))
                add("positive", "call/%s: NI given then read back in phonetic alphabet" % i_, [
                    ("customer", [V("%s %s %s %s" % (L[0].lower(), L[1].lower(), say_grouped(D, [2, 2, 2], True), S.lower()), "NI_NUMBER")]),
                    ("agent", ["so that's ", V(t2, "NI_NUMBER")]),
                    ("customer", ["yes"])])
            elif st == "spoken_homo":
                t = "%s %s %s %s" % (say_letter(L[0], "homo"), say_letter(L[1], "homo"), spell(D, True), say_letter(S, "homo"))
                add("positive", "call/%s: NI letters as ASR homophones ('bee', 'see', 'jay')" % i_, [
                    ("customer", ["my national insurance number is ", V(t, "NI_NUMBER")])])
            elif st == "spoken_double":
                v = R.choice("ABCEGHJKLMNPRSTWXYZ") * 2 + v[2:]
                L = v[:2]
                t = "double %s %s %s" % (L[0].lower(), spell(D, True, doubles=True), S.lower())
                add("positive", "call/%s: NI with doubled prefix letter ('double a')" % i_, [
                    ("customer", ["it's ", V(t, "NI_NUMBER")])])
            else:
                add("positive", "call/%s: NI and date of birth in same turn" % i_, [
                    ("customer", ["okay so national insurance ", V("%s %s %s %s" % (L[0].lower(), L[1].lower(), spell(D, True), S.lower()), "NI_NUMBER"),
                                  " and date of birth ", V(gen_dob(True), "DOB")])])


# ---- others ----
def bank_cases():
    for k in range(16):
        acc, sc = rd(8), gen_sort()
        i_ = R.choice(["banking", "utilities", "insurance", "telecom"])
        st = k % 4
        if st == 0:
            add("positive", "chat/%s: sort code and account number typed" % i_, [
                ("customer", ["sort code ", V(sort_typed(sc), "SORT_CODE"), " account ", V(acc, "BANK_ACCOUNT"), " for the direct debit of £32 a month"])])
        elif st == 1:
            add("positive", "call/%s: sort code as pairs and account digit by digit, separate turns" % i_, [
                ("agent", ["what's the sort code"]),
                ("customer", [V(sort_spoken(sc), "SORT_CODE")]),
                ("agent", ["and the account number"]),
                ("customer", [V(spell(acc, True), "BANK_ACCOUNT")])])
        elif st == 2:
            add("positive", "call/%s: account number split over two turns" % i_, [
                ("agent", ["account number please"]),
                ("customer", [V(spell(acc[:4], True), "BANK_ACCOUNT", "a%d" % k)]),
                ("agent", [bc()]),
                ("customer", [V(group_words(acc[4:], True), "BANK_ACCOUNT", "a%d" % k)]),
                ("agent", ["and sort code"]),
                ("customer", [V(sort_spoken(sc), "SORT_CODE")])])
        else:
            usacc = rd(R.choice([10, 11, 12]))
            add("positive", "call/banking US: checking account number with routing-free reading", [
                ("customer", ["my checking account is ", V(spell(usacc, False), "BANK_ACCOUNT"), " at the branch on fifth"])])


def iban_cases():
    for k in range(16):
        v = gen_iban()
        i_ = R.choice(["banking", "travel", "retail", "insurance"])
        if k % 2 == 0:
            add("positive", "chat/%s: IBAN typed (%s)" % (i_, v[:2]), [
                ("customer", ["please refund to IBAN ", V(iban_typed(v), "IBAN"), " thank you"])])
        else:
            t = say_alnum(v, uk=True)
            if k % 4 == 1:
                add("positive", "call/%s: IBAN spoken letters and digits (%s)" % (i_, v[:2]), [
                    ("agent", ["can you read me the iban"]),
                    ("customer", [V(t, "IBAN")])])
            else:
                h = 8
                add("positive", "call/%s: IBAN split over two turns (%s)" % (i_, v[:2]), [
                    ("customer", ["the iban is ", V(say_alnum(v[:h]), "IBAN", "i%d" % k)]),
                    ("agent", [bc()]),
                    ("customer", [V(say_alnum(v[h:]), "IBAN", "i%d" % k)])])


def phone_cases():
    for k in range(18):
        c = ["UK", "US", "IE"][k % 3]
        v, typed, _ = gen_phone(c)
        i_ = ind()
        if k % 2 == 0:
            pre, _, body = typed.rpartition("|")
            add("positive", "chat/%s: %s phone typed" % (i_, c), [
                ("customer", ["best number to reach me is " + pre, V(body, "PHONE"), " after 5pm"])])
        elif k % 6 == 1:
            add("positive", "call/%s: %s phone split over turns" % (i_, c), [
                ("agent", ["what's a good contact number"]),
                ("customer", [V(spell(v[:5] if c == "UK" else v[:3], c != "US"), "PHONE", "p%d" % k)]),
                ("agent", [bc()]),
                ("customer", [V(spell(v[5:] if c == "UK" else v[3:], c != "US"), "PHONE", "p%d" % k)])])
        else:
            pre = ""
            add("positive", "call/%s: %s phone spoken" % (i_, c), [
                ("agent", ["and a callback number"]),
                ("customer", ["yeah it's ", V(say_phone(v, c), "PHONE")])])


def email_cases():
    for k in range(16):
        e = gen_email()
        i_ = ind()
        if k % 2 == 0:
            add("positive", "chat/%s: email typed" % i_, [
                ("customer", ["send it to ", V(email_typed(e), "EMAIL"), " please"])])
        else:
            add("positive", "call/%s: email spoken with 'at' and 'dot'" % i_, [
                ("agent", ["what email should we use"]),
                ("customer", ["it's ", V(email_spoken(e), "EMAIL")])])


def postcode_cases():
    for k in range(16):
        i_ = ind()
        if k % 4 == 0:
            pc = gen_ukpc()
            add("positive", "chat/%s: UK postcode typed" % i_, [
                ("customer", ["postcode is ", V(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")])])
        elif k % 4 == 1:
            pc = gen_ukpc()
            add("positive", "call/%s: UK postcode spoken" % i_, [
                ("agent", ["and the postcode"]),
                ("customer", [V(ukpc_spoken(pc), "POSTCODE")])])
        elif k % 4 == 2:
            z = gen_zip()
            add("positive", "chat/%s: US ZIP typed" % i_, [
                ("customer", ["zip ", V(z, "POSTCODE")])])
        else:
            z = gen_zip().replace("-", "")
            add("positive", "call/%s: US ZIP spoken" % i_, [
                ("agent", ["zip code"]),
                ("customer", ["it's ", V(spell(z, False, doubles=False), "POSTCODE")])])


def address_cases():
    for k in range(16):
        i_ = ind()
        c = R.choice(["UK", "US", "IE"])
        if k % 2 == 0:
            a = gen_address(c, False)
            segs = ["I've moved, new address is ", V(a, "ADDRESS")]
            if c == "UK":
                segs += [", Leeds ", V(gen_ukpc(), "POSTCODE")]
            elif c == "US":
                segs += [", Portland OR ", V(gen_zip(), "POSTCODE")]
            else:
                segs += [", Galway"]
            add("positive", "chat/%s: %s street address typed" % (i_, c), [("customer", segs)])
        else:
            a = gen_address(c, True)
            add("positive", "call/%s: %s street address spoken" % (i_, c), [
                ("agent", ["can you confirm the first line of the address"]),
                ("customer", ["yeah it's ", V(a, "ADDRESS"), R.choice([" in bristol", " yeah", " in cork", " the green door"])])])


def dob_cases():
    for k in range(14):
        i_ = ind()
        if k % 2 == 0:
            add("positive", "chat/%s: DOB typed" % i_, [
                ("customer", ["dob ", V(gen_dob(False, us=(k % 4 == 0)), "DOB")])])
        else:
            add("positive", "call/%s: DOB spoken" % i_, [
                ("agent", ["can you confirm your date of birth"]),
                ("customer", ["yes it's ", V(gen_dob(True), "DOB")])])


def misc_cvv_exp_cases():
    for k in range(10):
        i_ = ind()
        cv = rd(3)
        ex = gen_expiry(k % 2 == 1)
        if k % 2 == 0:
            add("positive", "chat/%s: expiry and cvv typed in separate messages" % i_, [
                ("agent", ["Expiry date and security code please"]),
                ("customer", ["exp ", V(ex, "EXPIRY")]),
                ("customer", ["cvc ", V(cv, "CVV")])])
        else:
            add("positive", "call/%s: expiry and cvv spoken in one turn" % i_, [
                ("agent", ["expiry and the security code on the back"]),
                ("customer", ["expires ", V(ex, "EXPIRY"), " and the code is ", V(spell(cv), "CVV")])])


def extra_adversarial():
    for k in range(12):
        i_ = ind()
        v, g = gen_card()
        st = k % 6
        if st == 0:
            cut = R.choice([3, 5, 6, 7, 9, 10])
            add("positive", "call/%s: card split mid-group across turns" % i_, [
                ("agent", ["long number on the card please"]),
                ("customer", [V(spell(v[:cut], doubles=False), "CARD_NUMBER", "x%d" % k)]),
                ("agent", [bc()]),
                ("customer", [V(spell(v[cut:]), "CARD_NUMBER", "x%d" % k)])])
        elif st == 1:
            add("positive", "call/%s: ASR wrote card digits as numerals in a lowercase transcript" % i_, [
                ("customer", ["yeah the card is ", V(" ".join(v[a:a + b] for a, b in _offs(g)), "CARD_NUMBER"), " and it's a debit card"])])
        elif st == 2:
            o = _offs(g)
            t = " ".join((v[a:a + b] if j % 2 == 0 else group_words(v[a:a + b], style="digits")) for j, (a, b) in enumerate(o))
            add("positive", "call/%s: ASR mixes numerals and words within one card reading" % i_, [
                ("customer", ["okay ", V(t, "CARD_NUMBER")])])
        elif st == 3:
            sv = gen_ssn()
            add("positive", "call/%s: ssn restarted in full after losing place" % i_, [
                ("customer", [V(spell(sv[:5]), "SSN", "y%d" % k), " sorry let me start again"]),
                ("agent", ["no worries"]),
                ("customer", [V(say_grouped(sv, [3, 2, 4]), "SSN", "z%d" % k)])])
            first = CASES[-1]["_groups"].pop(0)
            CASES[-1]["_prefix"] = [(first, sv)]
        elif st == 4:
            sv = gen_ssn()
            add("positive", "chat/%s: ssn typed across two chat messages" % i_, [
                ("customer", ["ssn ", V("%s-%s" % (sv[:3], sv[3:5]), "SSN", "w%d" % k)]),
                ("customer", [V(sv[5:], "SSN", "w%d" % k)])])
        else:
            nv = gen_ni()
            add("positive", "call/%s: NI with ASR writing digits as numerals and letters as words" % i_, [
                ("customer", ["national insurance is ", V("%s %s %s %s %s" % (say_letter(nv[0], "homo"), say_letter(nv[1], "plain"), nv[2:5], nv[5:8], say_letter(nv[8], "plain")), "NI_NUMBER")])])


# ---------------------------------------------------------------- negatives
def negatives():
    def a(txt):
        return ("agent", [txt])

    def c(txt):
        return ("customer", [txt])

    tmpl = [
        lambda: ("call/utilities: meter reading digits", [a("can you give me the meter reading"), c("yeah it's %s" % spell(rd(5), True, doubles=False))]),
        lambda: ("call/retail: order number with reference word", [c("my order number is %s" % spell(rd(8), False))]),
        lambda: ("chat/retail: order number typed", [c("order #%s hasn't arrived, it's been %d days" % (rd(9), R.randint(3, 14)))]),
        lambda: ("call/telecom: bill amount and due date", [a("your bill this month is %s pounds %s and it's due on the %s of %s" % (num_words(R.randint(20, 180)), num_words(R.randint(10, 99)), R.choice(ORD), R.choice(MONTHS)))]),
        lambda: ("chat/banking: balance amount", [a("Your current balance is £%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99)))]),
        lambda: ("call/travel: flight number and time", [c("i'm on flight %s %s at %s %s" % (R.choice(["b a", "e i", "u a", "f r"]), num_words(R.randint(100, 2999)), num_words(R.randint(1, 12)), R.choice(["thirty", "fifteen", "forty five", "o'clock"])))]),
        lambda: ("chat/travel: booking ref and room number", [c("booking ref %s, room %d, checking in on %d %s" % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), R.randint(100, 940), R.randint(1, 28), R.choice(MONTHS).title()))]),
        lambda: ("call/insurance: claim number spoken with reference word", [a("okay your claim number is %s" % say_grouped(rd(7), [3, 4], True, "digits"))]),
        lambda: ("call/healthcare billing: appointment date and time", [c("my appointment was on the %s of %s at %s thirty" % (R.choice(ORD), R.choice(MONTHS), num_words(R.randint(1, 11))))]),
        lambda: ("chat/telecom: broadband speed and price", [c("I'm paying £%d.99 a month for %d Mbps but only getting %d" % (R.randint(20, 60), R.choice([100, 500, 900]), R.randint(5, 80)))]),
        lambda: ("call/telecom: contract start year and duration", [c("i've been with you since %s and my contract is %s months" % (year_words(R.randint(2005, 2023)), R.choice(["eighteen", "twenty four", "twelve", "thirty six"])))]),
        lambda: ("call/retail: model number of a product", [c("it's the model %s %s" % (R.choice(["k d", "u e", "x r", "s m"]), num_words(R.randint(40, 85))) + R.choice([" inch tv", " series", ""]))]),
        lambda: ("chat/utilities: meter reading typed", [c("meter reading today: %s (was %s last quarter)" % (rd(5), rd(5)))]),
        lambda: ("call/banking: money amount spoken", [c("i need to transfer %s thousand %s hundred pounds" % (DW[R.randint(1, 9)], DW[R.randint(1, 9)]))]),
        lambda: ("call/healthcare billing: age and temperature", [c("my son is %s and he had a temperature of %s point %s" % (num_words(R.randint(2, 16)), num_words(R.randint(37, 40)), DW[R.randint(1, 9)]))]),
        lambda: ("chat/retail: percentage discount and quantity", [c("the %d%% off code didn't work on my %d items, total was $%d.%02d" % (R.choice([10, 15, 20, 25]), R.randint(2, 9), R.randint(20, 400), R.randint(0, 99)))]),
        lambda: ("call/government services: reference number with word", [a("your reference number is %s" % spell(rd(10), True))]),
        lambda: ("chat/insurance: policy number typed", [c("policy no. %s-%s, renewal on 01/%02d/2026" % (rd(4), rd(4), R.randint(1, 12)))]),
        lambda: ("call/telecom: duration and count", [c("i've been on hold for %s minutes and this is the %s time i've called" % (num_words(R.randint(20, 59)), R.choice(["third", "fourth", "fifth"])))]),
        lambda: ("call/banking: payment date and amount", [c("the payment of %s pounds went out on the %s of %s" % (num_words(R.randint(100, 999)), R.choice(ORD), R.choice(MONTHS)))]),
        lambda: ("chat/travel: times and gate", [c("train leaves %02d:%02d from platform %d, arrives %02d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(1, 14), R.randint(6, 23), R.choice([5, 20, 35, 50])))]),
        lambda: ("call/utilities: kilowatt hours and tariff", [c("we used %s kilowatt hours last month at %s pence a unit" % (num_words(R.randint(150, 900)), num_words(R.randint(20, 35))))]),
        lambda: ("chat/telecom: ticket number", [a("I've raised ticket %s for you, expect a reply within 48 hours." % rd(R.randint(6, 9)))]),
        lambda: ("call/retail: invoice number and price", [c("invoice %s it says %s ninety nine" % (spell(rd(6), False), num_words(R.randint(10, 99))))]),
        lambda: ("chat/banking: last login time and count", [a("Your last login was at %d:%02d and there were %d failed attempts." % (R.randint(1, 12), R.randint(0, 59), R.randint(1, 5)))]),
        lambda: ("call/insurance: car year and mileage", [c("it's a %s with about %s thousand miles on it" % (year_words(R.randint(2008, 2022)), num_words(R.randint(20, 120))))]),
        lambda: ("call/telecom: data allowance", [c("i've used %s gigabytes out of %s" % (num_words(R.randint(2, 90)), R.choice(["a hundred", "fifty", "unlimited"])))]),
        lambda: ("chat/healthcare billing: invoice amount and visit date", [c("Invoice %s for $%d.%02d from my visit on %d/%d/2025" % (rd(7), R.randint(50, 900), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28)))]),
        lambda: ("call/travel: seat and flight duration", [c("seat %s %s and the flight is %s hours" % (num_words(R.randint(10, 45)), R.choice("abcdef"), num_words(R.randint(2, 12))))]),
        lambda: ("call/government services: year and count of children", [c("i've got %s kids and we moved here in %s" % (R.choice(["two", "three", "four"]), year_words(R.randint(1995, 2020))))]),
        lambda: ("chat/retail: ten digit order number typed with label", [c("Order number: %s - still says processing" % rd(10))]),
        lambda: ("call/telecom: extension number", [a("i'll transfer you to extension %s" % spell(rd(4), False))]),
        lambda: ("chat/healthcare billing: appointment date typed", [c("can I move my appointment from %02d/%02d/2026 to the week after?" % (R.randint(1, 28), R.randint(1, 12)))]),
        lambda: ("call/travel: gate, terminal and delay", [a("that's gate %s terminal %s and it's delayed by %s minutes" % (num_words(R.randint(10, 60)), DW[R.randint(1, 5)], num_words(R.randint(15, 90))))]),
        lambda: ("chat/utilities: temperature and boiler model", [c("boiler model %s %dkW, house is only %d degrees" % (R.choice(["Combi", "Logic", "Ecotec"]), R.choice([24, 28, 30, 35]), R.randint(12, 17)))]),
        lambda: ("call/banking: interest rate and term", [a("the rate is %s point %s percent fixed for %s years" % (DW[R.randint(2, 7)], DW[R.randint(1, 9)], DW[R.randint(2, 5)]))]),
        lambda: ("chat/insurance: claim reference alphanumeric", [a("Your claim reference is CLM-%s. We'll be in touch within %d working days." % (rd(7), R.randint(3, 10)))]),
        lambda: ("call/government services: waiting time and queue position", [a("you're number %s in the queue the wait is about %s minutes" % (num_words(R.randint(2, 30)), num_words(R.randint(5, 50))))]),
        lambda: ("call/retail: price with pence and quantity", [c("i ordered %s of them at %s pounds %s each" % (DW[R.randint(2, 9)], num_words(R.randint(5, 99)), num_words(R.randint(10, 99))))]),
        lambda: ("chat/telecom: router serial-ish model and speed", [c("router says model DSL-%d, %d.%d Mbps down and it's been %d hours" % (R.randint(1000, 9999), R.randint(1, 99), R.randint(0, 9), R.randint(2, 48)))]),
    ]
    for k in range(140):
        f = tmpl[k % len(tmpl)]
        note, turns = f()
        if R.random() < 0.4:
            turns = [a(R.choice(["thanks for calling how can i help", "Hi, how can I help today?", "okay let me check that for you"]))] + turns
        CASES.append({"kind": "negative", "turns": [{"speaker": s, "text": "".join(x)} for s, x in turns],
                      "spans": [], "note": note, "_groups": []})


# ---------------------------------------------------------------- build / check
def build():
    del CASES[:]
    R.seed(SEED)
    card_cases()
    ssn_cases()
    ni_cases()
    bank_cases()
    iban_cases()
    phone_cases()
    email_cases()
    postcode_cases()
    address_cases()
    dob_cases()
    misc_cvv_exp_cases()
    extra_adversarial()
    pos = [c for c in CASES if c["kind"] == "positive"]
    neg = [c for c in CASES if c["kind"] == "negative"]
    negatives()
    neg = [c for c in CASES if c["kind"] == "negative"]
    for i, c in enumerate(pos, 1):
        c["id"] = "%s-pos-%03d" % (PFX, i)
    for i, c in enumerate(neg, 1):
        c["id"] = "%s-neg-%03d" % (PFX, i)
    cases = pos + neg
    lines = []
    for c in cases:
        o = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(o, ensure_ascii=False))
    return cases, "\n".join(lines) + "\n"


def verify(cases):
    problems = []
    ids = set()
    for c in cases:
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id %s" % cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append("%s negative with spans" % cid)
        if c["kind"] == "positive" and not c["spans"]:
            problems.append("%s positive without spans" % cid)
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (cid, s["type"]))
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append("%s bad turn" % cid)
                continue
            t = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(t)):
                problems.append("%s offsets out of range" % cid)
                continue
            if not (t[st].isalnum() and t[en - 1].isalnum()):
                problems.append("%s span not trimmed %r" % (cid, t[st:en]))
            if (st > 0 and t[st - 1].isalnum()) or (en < len(t) and t[en].isalnum()):
                problems.append("%s span not on word boundary %r" % (cid, t[st:en]))
        by_turn = {}
        for s in c["spans"]:
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s overlapping spans" % cid)
        for grp in c["_groups"]:
            typ = grp[0][3]
            txt = " ".join(c["turns"][ti]["text"][a:b] for ti, a, b, _ in grp)
            why = validate(typ, txt)
            if why:
                problems.append("%s %s invalid: %s [%r]" % (cid, typ, why, txt))
        for grp, full in c.get("_prefix", []):
            txt = " ".join(c["turns"][ti]["text"][a:b] for ti, a, b, _ in grp)
            try:
                ok = full.startswith(normalise(txt)) and len(normalise(txt)) >= 3
            except ValueError:
                ok = False
            if not ok:
                problems.append("%s abandoned partial reading is not a prefix of the restated value" % cid)
        if c["kind"] == "negative":
            for t in c["turns"]:
                runs = re.findall(r"\d+", t["text"])
                if any(len(r) > 10 for r in runs):
                    problems.append("%s negative has long digit run" % cid)
                if "@" in t["text"]:
                    problems.append("%s negative has @" % cid)
    return problems


def counts(cases):
    ct = Counter(s["type"] for c in cases for s in c["spans"])
    return ct


def readme(cases):
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    rows = "\n".join("| %s | %d |" % (t, ct.get(t, 0)) for t in TYPES)
    return """# pii_holdout295 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data it was
not developed against. Do not adjust rules, patterns or thresholds to make these cases pass.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the benchmark script or any other PII
fixture; the only existing data consulted was a 3-line example of the JSONL format.
All cases are produced by `scripts/make_pii_holdout295.py` (standard library only) from
template functions: each turn is assembled from plain-text segments and (value, TYPE)
segments, so span offsets are computed, never typed by hand. Every value comes from one
`random.Random(%d)`; the output is byte-for-byte reproducible.

`python scripts/make_pii_holdout295.py --check` regenerates the set, verifies it is
identical to the file on disk, that ids are unique, offsets are in range, trimmed and on
word boundaries, spans do not overlap, and validates every value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
digit counts for CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

- %d positive cases, %d negative cases.
- Chat (typed: spaces, dashes, dots, slashes, underscores, irregular grouping, lowercase,
  messages split across two chat bubbles) and calls written as an ASR transcript would
  (lower case, numbers as words, "oh"/"o"/"nought"/"zero", double/triple, pairs such as
  "forty one eleven", hundreds such as "forty five hundred" and "four hundred and twelve",
  ASR homophones "for"/"to"/"too"/"won"/"ate" for digits, letter homophones "bee"/"see"/"jay",
  NATO and "b for bravo" spellings, fillers "um"/"er" inside readings, values split over
  several customer turns with agent back-channels, agent read-backs, a caller reading an
  old card and then the new one, several values in one turn).
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare billing,
  government services; countries US, UK, Ireland, EU (IBANs from GB, IE, DE, FR, NL, ES).
- Negatives contain only lookalikes: money amounts, balances, prices, times, durations,
  counts, years, percentages, appointment/payment dates, order/ticket/claim/invoice/policy/
  reference numbers (at most 10 digits, always with their reference word), flight and
  seat numbers, room numbers, model numbers, meter readings, speeds, ages, temperatures.

## Annotation conventions

- A span covers exactly the value as written: from its first to its last character,
  trimmed of surrounding punctuation and lead-in words ("it's", "my card is").
- Separators, spaces, and spoken connectors that are part of the reading (e.g. "double",
  "triple", "hundred and", "dot", "at", "for" in "b for bravo", "as in", NATO words) are
  inside the span. Filler words ("um", "er") that occur *between* digits of one reading are
  inside the span (the reading is one span).
- A value split over several turns gets one span per turn (each fragment labelled with the
  value's type); agent back-channels are not labelled.
- Agent read-backs of a value are labelled as that value.
- When a caller abandons a reading part-way ("sorry let me start again") and then restates
  it in full, both the abandoned partial reading and the full reading are labelled with
  the value's type (the partial is still part of the caller's number).
- CARD_NUMBER is the PAN only; EXPIRY and CVV are separate spans.
- DOB spans cover the full date (day, month, year) as said or typed.
- ADDRESS spans cover house/flat number and street name; the town is not included; a
  postcode/ZIP following it is a separate POSTCODE span.
- PHONE spans include the country code digits ("44", "1", "353") but start at the first
  digit: a leading "+" or "(" sits just outside the span (it contains no letter/digit).
- EMAIL spans cover the whole address, spoken or typed.
- Non-PII numbers next to PII in positive cases are not labelled.

## Span counts per type

| type | spans |
|---|---|
%s

Total spans: %d.
""" % (SEED, npos, nneg, rows, sum(ct.values()))


def main():
    cases, text = build()
    problems = verify(cases)
    rd_text = readme(cases)
    if "--check" in sys.argv:
        if not os.path.exists(OUT):
            problems.append("missing %s" % OUT)
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README):
            problems.append("missing README.md")
        else:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd_text:
                    problems.append("README.md differs from regenerated output")
        # re-parse file for offsets too
        if os.path.exists(OUT):
            with open(OUT, encoding="utf-8") as f:
                for ln in f:
                    json.loads(ln)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd_text)
    ct = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct.get(t, 0) < need:
            problems.append("type %s has %d spans < %d" % (t, ct.get(t, 0), need))
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, ct.get(t, 0)))
    for p in problems:
        print("PROBLEM:", p)
    if problems:
        print("FAILED (%d problems)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

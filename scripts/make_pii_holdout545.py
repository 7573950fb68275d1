#!/usr/bin/env python3
"""Generate the pii_holdout545 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who has not seen the
redaction engine.  Standard library only.  Every turn is built from plain
segments and labelled value segments, so offsets are computed, never typed.

Usage:
    python scripts/make_pii_holdout545.py           # (re)write cases.jsonl
    python scripts/make_pii_holdout545.py --check   # regenerate + validate
"""
import json
import os
import re
import sys
import random
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout545", "cases.jsonl")
SEED = 545241125
R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# ----------------------------------------------------------------------------
# spoken-number vocabulary and normalisation
# ----------------------------------------------------------------------------
UNIT_W = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNIT = {w: i for i, w in enumerate(UNIT_W)}
UNIT.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
TEEN_W = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen"]
TEEN = {w: 10 + i for i, w in enumerate(TEEN_W)}
TENS_W = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
          8: "eighty", 9: "ninety"}
TENS = {w: k for k, w in TENS_W.items()}
FILL = {"um", "uh", "er", "erm", "ah", "hmm"}
SKIP = {"dash", "hyphen", "space", "slash"}
NATO = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india",
        "juliet", "kilo", "lima", "mike", "november", "oscar", "papa", "quebec", "romeo",
        "sierra", "tango", "uniform", "victor", "whiskey", "x-ray", "yankee", "zulu"]
NATO_ALT = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
            "f": "freddie", "g": "george", "h": "harry", "j": "jack", "k": "king",
            "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
            "s": "sugar", "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}


def tokens(text):
    return re.findall(r"[a-z0-9]+(?:-ray)?|\+|@", text.lower())


def _sub100(toks, i):
    """parse a number below 100 at toks[i]; return (two-digit str or None, new i)"""
    if i < len(toks):
        t = toks[i]
        if t in TEEN:
            return "%02d" % TEEN[t], i + 1
        if t in TENS:
            if i + 1 < len(toks) and toks[i + 1] in UNIT_W[1:]:
                return "%02d" % (TENS[t] * 10 + UNIT[toks[i + 1]]), i + 2
            return "%02d" % (TENS[t] * 10), i + 1
        if t in UNIT_W[1:]:
            return "%02d" % UNIT[t], i + 1
    return None, i


def normalise(text, letters=False):
    """Turn a typed or spoken reading into its canonical alphanumeric string."""
    toks = tokens(text)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t in FILL or t in SKIP:
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nxt in UNIT and not (letters and nxt == "o"):
                out.append(str(UNIT[nxt]) * k)
            elif letters and nxt and len(nxt) == 1 and nxt.isalpha():
                out.append(nxt.upper() * k)
            else:
                raise ValueError("bad double/triple: %r" % text)
            i += 2
            continue
        if t in UNIT and not (letters and t == "o"):
            if nxt == "hundred":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                sub, i = _sub100(toks, i)
                out.append(str(UNIT[t]) + (sub or "00"))
                continue
            if nxt == "thousand":
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                h = "0"
                if i + 1 < n and toks[i] in UNIT_W[1:] and toks[i + 1] == "hundred":
                    h = str(UNIT[toks[i]])
                    i += 2
                    if i < n and toks[i] == "and":
                        i += 1
                sub, i = _sub100(toks, i)
                out.append(str(UNIT[t]) + h + (sub or "00"))
                continue
            out.append(str(UNIT[t]))
            i += 1
            continue
        if t in TEEN or t in TENS:
            sub, i = _sub100(toks, i)
            out.append(sub)
            continue
        if letters and len(t) == 1 and t.isalpha():
            out.append(t.upper())
            i += 1
            if i < n and toks[i] in ("for", "as"):
                j = i + 1
                if toks[i] == "as" and j < n and toks[j] == "in":
                    j += 1
                if j < n and toks[j][0] == t:
                    i = j + 1
                else:
                    raise ValueError("bad spelling: %r" % text)
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if t == "+":
            out.append("+")
            i += 1
            continue
        if re.fullmatch(r"[0-9]+", t) or (letters and re.fullmatch(r"[a-z0-9]+", t)):
            out.append(t.upper())
            i += 1
            continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


# ----------------------------------------------------------------------------
# saying digits out loud
# ----------------------------------------------------------------------------
def zero_word(alnum=False):
    return pick(["oh", "zero", "nought", "oh"] if alnum else ["oh", "o", "zero", "oh", "nought"])


def say_single(s, alnum=False, runs=True):
    words = []
    i = 0
    while i < len(s):
        c = s[i]
        j = i
        while j < len(s) and s[j] == c:
            j += 1
        run = j - i
        w = zero_word(alnum) if c == "0" else UNIT_W[int(c)]
        if runs and run >= 3 and chance(0.6):
            words += ["triple", w]
            i += 3
        elif runs and run >= 2 and chance(0.6):
            words += ["double", w]
            i += 2
        else:
            words.append(w)
            i += 1
    return words


def say_pair(p, alnum=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        if b == 0:
            return pick([["double", zero_word(alnum)], [zero_word(alnum), zero_word(alnum)]])
        return [zero_word(alnum), UNIT_W[b]]
    if a == 1:
        return [TEEN_W[b]]
    if b == 0:
        return [TENS_W[a]]
    return [TENS_W[a], UNIT_W[b]]


def say_hundreds(t, alnum=False):
    if t[0] == "0":
        return say_single(t, alnum)
    if t[1:] == "00":
        return [UNIT_W[int(t[0])], "hundred"]
    rest = [UNIT_W[int(t[2])]] if t[1] == "0" else say_pair(t[1:], alnum)
    return [UNIT_W[int(t[0])], "hundred"] + (["and"] if chance(0.7) else []) + rest


def say_group(g, alnum=False, style=None):
    """Say one digit group; verified by round trip, else falls back to singles."""
    style = style or pick(["single", "single", "pairs", "hundreds", "mixed"])
    if style == "single":
        w = say_single(g, alnum)
    elif style == "pairs":
        w = []
        k = 0
        if len(g) % 2:
            w += say_single(g[0], alnum)
            k = 1
        while k < len(g):
            w += say_pair(g[k:k + 2], alnum)
            k += 2
    elif style == "hundreds" and len(g) in (3, 6):
        w = []
        for k in range(0, len(g), 3):
            w += say_hundreds(g[k:k + 3], alnum)
    else:
        w = []
        k = 0
        while k < len(g):
            step = pick([1, 2, 2])
            part = g[k:k + step]
            w += say_pair(part, alnum) if len(part) == 2 and chance(0.5) else say_single(part, alnum)
            k += step
    if normalise(" ".join(w), letters=alnum) != g:
        w = say_single(g, alnum, runs=False)
    return w


def with_fillers(words, p=0.12):
    out = []
    for k, w in enumerate(words):
        out.append(w)
        if 0 < k + 1 < len(words) and w not in ("double", "triple", "hundred", "and") and w not in TENS and chance(p):
            out.append(pick(["um", "uh", "er", "erm"]))
    return out


def spoken_groups(s, sizes, alnum=False, fill=0.1):
    """Split digit string s by sizes and say each group; returns list of strings.
    Each group is verified on its own, and the full join is verified too."""
    for _ in range(20):
        groups = []
        k = 0
        for sz in sizes:
            groups.append(s[k:k + sz])
            k += sz
        said = [" ".join(with_fillers(say_group(g, alnum), fill)) for g in groups]
        try:
            if normalise(" ".join(said), letters=alnum) == s:
                return said
        except ValueError:
            pass
    return [" ".join(say_single(g, alnum, runs=False)) for g in groups]


def say_alnum(s, nato_p=0.4):
    """Letters spelt (sometimes with a phonetic word), digits as words."""
    words = []
    k = 0
    while k < len(s):
        c = s[k]
        if c.isalpha():
            lc = c.lower()
            if chance(nato_p):
                if chance(0.7):
                    words += [lc, "for", NATO[ord(lc) - 97]]
                elif lc in NATO_ALT:
                    words += [lc, pick(["for", "as in"]), NATO_ALT[lc]]
                else:
                    words += [lc, "for", NATO[ord(lc) - 97]]
            else:
                words.append(lc)
            k += 1
        else:
            j = k
            while j < len(s) and s[j].isdigit():
                j += 1
            words += say_group(s[k:j], alnum=True)
            k = j
    return " ".join(words)


# ----------------------------------------------------------------------------
# value generators
# ----------------------------------------------------------------------------
def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    brand = pick(["visa", "visa", "visa", "mc", "mc", "amex", "discover", "visa13", "maestro", "jcb"])
    if brand == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if brand == "mc":
        return luhn_complete(pick(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if brand == "amex":
        return luhn_complete(pick(["34", "37"]), 15), [4, 6, 5]
    if brand == "discover":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if brand == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if brand == "maestro":
        return luhn_complete(pick(["6759", "6763"]), 19), [4, 4, 4, 4, 3]
    return luhn_complete("35", 16), [4, 4, 4, 4]


def fake_card_like(n=16, luhn=None):
    """a non-PII number in card rhythm (order / tracking / loyalty)"""
    while True:
        d = str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))
        if luhn is None or luhn_ok(d) == luhn:
            return d


def fmt_groups(d, sizes, sep=" "):
    out, k = [], 0
    for sz in sizes:
        out.append(d[k:k + sz])
        k += sz
    return sep.join(out)


def typed_card(d, sizes):
    style = pick(["space", "dash", "none", "odd", "space", "mixed"])
    if style == "space":
        return fmt_groups(d, sizes, " ")
    if style == "dash":
        return fmt_groups(d, sizes, "-")
    if style == "none":
        return d
    if style == "odd":
        cut = sorted(R.sample(range(2, len(d) - 1), 2))
        return d[:cut[0]] + " " + d[cut[0]:cut[1]] + " " + d[cut[1]:]
    g = fmt_groups(d, sizes, " ").split(" ")
    return g[0] + "-" + " ".join(g[1:-1]) + "  " + g[-1]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI_FIRST) + pick(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + pick("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def typed_ni(v):
    style = pick(["plain", "spaced", "lower", "spaced", "mixed"])
    if style == "plain":
        return v
    if style == "spaced":
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if style == "lower":
        return v.lower()
    return v[:2] + " " + v[2:8] + " " + v[8].lower()


def iban_check(country, bban):
    num = "".join(str(int(c, 36)) for c in bban + country + "00")
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", v):
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "INGB", "RABN", "TRIO"]}
IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "BE": 16}


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def gen_iban(country=None):
    c = country or pick(["GB", "IE", "DE", "NL", "FR", "ES", "IT", "BE"])
    if c in ("GB", "IE"):
        bban = pick(BANKS[c]) + digits(14)
    elif c == "NL":
        bban = pick(BANKS[c]) + digits(10)
    elif c == "IT":
        bban = pick("ABCEHJKLMNPRSTWXYZ") + digits(22)
    else:
        bban = digits(IBAN_LEN[c] - 4)
    return c + iban_check(c, bban) + bban


def typed_iban(v):
    if chance(0.6):
        return " ".join(v[k:k + 4] for k in range(0, len(v), 4))
    return v if chance(0.7) else v.lower()


def gen_sort():
    return pick(["20", "40", "30", "60", "77", "80", "83", "09", "11", "16", "23", "90"]) + digits(4)


def gen_dob():
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(1941, 2006)


def gen_expiry():
    return R.randrange(1, 13), R.randrange(2025, 2032)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
ORD_W = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
         "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
         "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ord_word(d):
    if d <= 20:
        return ORD_W[d - 1]
    if d == 30:
        return "thirtieth"
    return TENS_W[d // 10] + " " + ORD_W[d % 10 - 1]


def ord_sfx(d):
    if d in (11, 12, 13):
        return "%dth" % d
    return "%d%s" % (d, {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def say_year(y):
    if 2000 <= y <= 2009:
        return pick(["two thousand and " + UNIT_W[y - 2000], "two thousand " + UNIT_W[y - 2000],
                     "twenty oh " + UNIT_W[y - 2000]]) if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    return " ".join(say_pair("%02d" % hi) + (say_pair("%02d" % lo) if lo >= 10 else [zero_word(), UNIT_W[lo]]))


def typed_dob(d, m, y, us=False):
    s = pick(["num", "num", "long", "short", "iso"])
    if s == "num":
        a, b = (m, d) if us else (d, m)
        return "%02d%s%02d%s%d" % (a, pick("/-."), b, "/", y) if chance(0.5) else "%d/%d/%d" % (a, b, y)
    if s == "long":
        return "%s %s %d" % (ord_sfx(d), MONTHS[m - 1].capitalize(), y) if not us else \
            "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    if s == "short":
        return "%d %s %d" % (d, MON_ABBR[m - 1].capitalize(), y)
    return "%d-%02d-%02d" % (y, m, d)


def spoken_dob(d, m, y, us=False):
    s = pick(["ord", "ord", "us", "digits", "ordshort"])
    if s == "ord" and not us:
        return "the %s of %s %s" % (ord_word(d), MONTHS[m - 1], say_year(y)) if chance(0.5) else \
            "%s of %s %s" % (ord_word(d), MONTHS[m - 1], say_year(y))
    if s in ("us", "ord"):
        return "%s %s %s" % (MONTHS[m - 1], ord_word(d) if chance(0.6) else " ".join(say_pair("%02d" % d)[-2:] if d >= 10 else [UNIT_W[d]]), say_year(y))
    if s == "digits":
        a, b = (m, d) if us else (d, m)
        return "%s %s %s" % (" ".join(say_pair("%02d" % a)), " ".join(say_pair("%02d" % b)), say_year(y))
    return "%s %s %s" % (ord_word(d), MONTHS[m - 1], say_year(y))


def typed_exp(m, y):
    return pick(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                 "%02d / %02d" % (m, y % 100), "%s %d" % (MON_ABBR[m - 1].capitalize(), y)])


def spoken_exp(m, y):
    s = pick(["digits", "digits", "month", "slash"])
    mm = " ".join(say_pair("%02d" % m))
    yy = " ".join(say_pair("%02d" % (y % 100)))
    if s == "digits":
        return "%s %s" % (mm, yy)
    if s == "slash":
        return "%s slash %s" % (mm, yy)
    return "%s %s" % (MONTHS[m - 1], say_year(y) if chance(0.5) else yy)


UK_OUT = ["SW1A", "M1", "B33", "CR2", "DN55", "EC1A", "W1A", "LS6", "BS8", "G12", "CF10", "NW1",
          "E14", "SE15", "N7", "OX4", "CB2", "BT9", "NE1", "L18", "EH3", "RG1", "PL4", "YO31"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    return pick(UK_OUT) + " " + str(R.randrange(10)) + pick(IN_L) + pick(IN_L)


def gen_zip():
    z = "%05d" % R.randrange(1001, 99951)
    return z + "-" + digits(4) if chance(0.25) else z


UK_PC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")

STREETS_UK = ["Baker Street", "Victoria Road", "Mill Lane", "Church Street", "Kingsway", "Station Road",
              "Elm Grove", "Park Avenue", "Queens Drive", "Orchard Close", "Hollybush Lane",
              "St Mary's Road", "Albert Terrace", "Windsor Crescent", "Highfield Way", "Cromwell Place"]
STREETS_US = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Elm Drive", "Main Street",
              "Lakeview Court", "Washington Ave", "Pine Ridge Road", "Cedar Lane", "Hillcrest Dr"]
STREETS_IE = ["Dame Street", "Griffith Avenue", "Seafield Road", "Clontarf Road", "Mount Street"]
SUFFIX = {"street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "grove", "close",
          "way", "crescent", "terrace", "place", "court", "boulevard", "blvd", "kingsway"}
TOWNS_UK = ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Cardiff", "Oxford", "Belfast",
            "Newcastle", "Reading", "Plymouth", "York"]
TOWNS_US = [("Springfield", "IL"), ("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"),
            ("Portland", "OR"), ("Tampa", "FL"), ("Albany", "NY")]

FIRST = ["sarah", "james", "priya", "tom", "aoife", "michael", "chloe", "david", "fatima", "liam",
         "emma", "raj", "siobhan", "kevin", "maria", "oliver", "grace", "daniel", "niamh", "jake"]
LAST = ["doe", "smith", "patel", "obrien", "murphy", "jones", "nguyen", "kowalski", "brown",
        "walsh", "taylor", "garcia", "evans", "hughes", "khan", "reilly", "fischer", "dubois"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "btinternet.com",
           "eircom.net", "aol.com", "protonmail.com", "gmx.de", "orange.fr", "live.ie"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    local = pick([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, l + f[0], f + "." + l + str(R.randrange(1, 99)),
                  f + str(R.randrange(70, 99))])
    return local + "@" + pick(DOMAINS)


def spoken_email(e):
    local, dom = e.split("@")
    parts = []
    for piece in re.findall(r"[a-z]+|[0-9]+|[._]", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(" ".join(say_group(piece, style=pick(["single", "pairs"]))))
        elif len(piece) <= 2 or chance(0.3):
            parts.append(" ".join(piece) if len(piece) > 1 else piece)
        else:
            parts.append(piece)
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


def norm_email(text):
    t = text.strip().lower()
    if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", t):
        return t
    out = []
    toks = tokens(t)
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILL:
            pass
        elif w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in UNIT or w in TEEN or w in TENS or w in ("double", "triple"):
            j = i
            while j < len(toks) and (toks[j] in UNIT or toks[j] in TEEN or toks[j] in TENS or toks[j] in ("double", "triple")):
                j += 1
            out.append(normalise(" ".join(toks[i:j])))
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def gen_phone(region=None):
    r = region or pick(["uk_mob", "uk_land", "us", "ie", "fr", "de", "uk_mob_intl", "us_intl", "ie_intl"])
    if r == "uk_mob":
        d = "07" + pick(["700", "911", "825", "447", "583"]) + digits(6)
        return d, pick(["%s %s" % (d[:5], d[5:]), d, "%s %s %s" % (d[:5], d[5:8], d[8:])]), [5, 3, 3]
    if r == "uk_mob_intl":
        d = "7" + pick(["700", "911", "825", "447"]) + digits(6)
        return "+44" + d, pick(["+44 %s %s" % (d[:4], d[4:]), "+44%s" % d, "+44 (0)%s %s" % (d[:4], d[4:])]), [2, 4, 6]
    if r == "uk_land":
        d = pick(["020", "0161", "0113", "0117", "0131"])
        d = d + digits(11 - len(d))
        return d, pick(["%s %s %s" % (d[:3], d[3:7], d[7:]), "(%s) %s" % (d[:4], d[4:]), d]), [3, 4, 4]
    if r == "us":
        d = pick(["212", "415", "312", "617", "512"]) + "555" + "01" + digits(2)
        return d, pick(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                        "%s.%s.%s" % (d[:3], d[3:6], d[6:])]), [3, 3, 4]
    if r == "us_intl":
        d = pick(["212", "415", "312"]) + "555" + "01" + digits(2)
        return "+1" + d, pick(["+1 %s %s %s" % (d[:3], d[3:6], d[6:]), "+1-%s-%s-%s" % (d[:3], d[3:6], d[6:])]), [1, 3, 3, 4]
    if r == "ie":
        d = pick(["083", "085", "086", "087", "089"]) + digits(7)
        return d, pick(["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s-%s" % (d[:3], d[3:]), d]), [3, 3, 4]
    if r == "ie_intl":
        d = pick(["83", "85", "87"]) + digits(7)
        return "+353" + d, "+353 %s %s %s" % (d[:2], d[2:5], d[5:]), [3, 2, 3, 4]
    if r == "fr":
        d = "6" + digits(8)
        return "+33" + d, "+33 %s %s %s %s %s" % (d[0], d[1:3], d[3:5], d[5:7], d[7:]), [2, 1, 2, 2, 2, 2]
    d = "30" + digits(7)
    return "+49" + d, "+49 %s %s" % (d[:2], d[2:]), [2, 2, 7]


def phone_segs(typed, grp):
    if typed.startswith("("):
        return ["(", L(typed[1:], "PHONE", grp)]
    return [L(typed, "PHONE", grp)]


def spoken_phone(canon, sizes):
    plus = canon.startswith("+")
    d = canon.lstrip("+")
    groups = spoken_groups(d, sizes, fill=0.08)
    return ("plus " if plus else "") + pick([", ", " ", " "]).join(groups)


def gen_address(country="uk"):
    num = R.randrange(1, 240)
    if country == "us":
        st = pick(STREETS_US)
        return "%d %s" % (num, st) if chance(0.8) else "%d %s, Apt %d" % (num, st, R.randrange(1, 40)), num, st
    st = pick(STREETS_IE if country == "ie" else STREETS_UK)
    if chance(0.3):
        return "Flat %d, %d %s" % (R.randrange(1, 30), num, st), num, st
    if chance(0.15):
        return "%d%s %s" % (num, pick("ab"), st), num, st
    return "%d %s" % (num, st), num, st


def spoken_address(addr):
    out = []
    for t in re.findall(r"[A-Za-z']+|[0-9]+[ab]?|,", addr):
        if t == ",":
            continue
        if t[0].isdigit():
            n = re.match(r"[0-9]+", t).group()
            sfx = t[len(n):]
            w = say_group(n, style=pick(["pairs", "single", "hundreds"])) if len(n) > 1 else say_single(n)
            out.append(" ".join(w) + ((" " + sfx) if sfx else ""))
        else:
            out.append(t.lower())
    return " ".join(out)


# ----------------------------------------------------------------------------
# validation of labelled values
# ----------------------------------------------------------------------------
def date_parts(text):
    t = text.lower().replace(",", " ")
    toks = re.findall(r"[a-z]+|[0-9]+(?:st|nd|rd|th)?", t)
    months, days, runs, cur = [], [], [], []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in FILL or w in ("the", "of", "slash", "dash"):
            if cur and w in ("slash", "dash", "of", "the"):
                runs.append(cur)
                cur = []
            i += 1
            continue
        if w in MONTHS or w in MON_ABBR or w == "sept":
            if cur:
                runs.append(cur)
                cur = []
            months.append((MONTHS.index(w) if w in MONTHS else MON_ABBR.index(w[:3])) + 1)
            i += 1
            continue
        if re.fullmatch(r"[0-9]+(st|nd|rd|th)", w):
            days.append(int(re.match(r"[0-9]+", w).group()))
            i += 1
            continue
        if w in ORD_W or w == "thirtieth":
            days.append(ORD_W.index(w) + 1 if w in ORD_W else 30)
            i += 1
            continue
        if w in TENS and i + 1 < len(toks) and toks[i + 1] in ORD_W[:9]:
            days.append(TENS[w] * 10 + ORD_W.index(toks[i + 1]) + 1)
            i += 2
            continue
        if re.fullmatch(r"[0-9]+", w):
            if cur:
                runs.append(cur)
                cur = []
            runs.append([w])
            i += 1
            continue
        cur.append(w)
        i += 1
    if cur:
        runs.append(cur)
    nums = [normalise(" ".join(r)) for r in runs]
    return months, days, "".join(nums)


def valid_dmy(d, m, y):
    return 1 <= d <= 31 and 1 <= m <= 12 and (1900 <= y <= 2010 or 0 <= y <= 99)


def check_dob(text):
    m = re.fullmatch(r"([0-9]{1,4})[/.-]([0-9]{1,2})[/.-]([0-9]{1,4})", text.strip())
    if m:
        a, b, c = (int(x) for x in m.groups())
        if a > 31:
            return valid_dmy(c, b, a)
        return valid_dmy(a, b, c) or valid_dmy(b, a, c)
    months, days, num = date_parts(text)
    if months:
        m = months[0]
        if days:
            return len(num) in (2, 4) and valid_dmy(days[0], m, int(num))
        if len(num) in (4, 6):  # day + 2/4 digit year
            return valid_dmy(int(num[:2]), m, int(num[2:])) if len(num) == 6 else valid_dmy(int(num[:2]), m, int(num[2:]))
        if len(num) == 5:
            return valid_dmy(int(num[0]), m, int(num[1:]))
        return False
    if len(num) == 8:
        a, b = int(num[:2]), int(num[2:4])
        if num[:2] in ("19", "20") and valid_dmy(int(num[6:]), int(num[4:6]), int(num[:4])):
            return True
        return valid_dmy(a, b, int(num[4:])) or valid_dmy(b, a, int(num[4:]))
    return False


def check_exp(text):
    months, days, num = date_parts(text)
    if days:
        return False
    if months:
        return len(num) in (2, 4)
    if len(num) == 4:
        return 1 <= int(num[:2]) <= 12
    if len(num) == 6:
        return 1 <= int(num[:2]) <= 12 and num[2:4] == "20"
    return False


def check_address(text):
    toks = [t for t in tokens(text) if t not in FILL]
    if not toks or toks[-1] not in SUFFIX and not (len(toks) > 2 and toks[-2] == "apt"):
        return False
    head = toks[:6]
    return any(re.match(r"[0-9]", t) or t in UNIT or t in TEEN or t in TENS for t in head)


def validate(typ, text, partial=False):
    """Return None if ok, else an error string."""
    try:
        if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
            d = normalise(text)
            if not re.fullmatch(r"\+?[0-9]+", d):
                return "not digits: " + d
            if partial:
                return None
            n = len(d.lstrip("+"))
            if typ != "PHONE" and "+" in d:
                return "plus sign in " + typ
            ok = {"CARD_NUMBER": lambda: 13 <= n <= 19 and luhn_ok(d),
                  "CVV": lambda: n in (3, 4),
                  "SSN": lambda: n == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000",
                  "SORT_CODE": lambda: n == 6,
                  "BANK_ACCOUNT": lambda: 6 <= n <= 17,
                  "PHONE": lambda: 9 <= n <= 15 and "+" not in d[1:]}[typ]()
            return None if ok else "invalid %s %s" % (typ, d)
        if typ == "NI_NUMBER":
            v = normalise(text, letters=True)
            return None if (partial or NI_RE.match(v)) else "bad NI " + v
        if typ == "IBAN":
            v = normalise(text, letters=True)
            return None if (partial or iban_ok(v)) else "bad IBAN " + v
        if typ == "POSTCODE":
            v = normalise(text, letters=True)
            if UK_PC_RE.match(v):
                return None
            v = normalise(text)
            return None if re.fullmatch(r"[0-9]{5}([0-9]{4})?", v) else "bad postcode " + v
        if typ == "EMAIL":
            v = norm_email(text)
            return None if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v) else "bad email " + v
        if typ == "DOB":
            return None if check_dob(text) else "bad dob"
        if typ == "EXPIRY":
            return None if check_exp(text) else "bad expiry"
        if typ == "ADDRESS":
            return None if check_address(text) else "bad address"
    except (ValueError, IndexError) as e:
        return "exception %s" % e
    return "unknown type"


# ----------------------------------------------------------------------------
# case building
# ----------------------------------------------------------------------------
class Case:
    def __init__(self, kind, note):
        self.kind, self.note, self.turns = kind, note, []
        self.g = 0

    def grp(self):
        self.g += 1
        return "g%d" % self.g

    def t(self, spk, *segs):
        self.turns.append((spk, segs))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ, grp = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val),
                                  "type": typ, "_grp": grp})
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans


def L(val, typ, grp):
    return (val, typ, grp)


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yes go ahead", "right", "got that", "mm", "and then"]
LEAD_CARD = ["it's ", "the long number is ", "okay so it's ", "right, ", "yeah it's ", "um it's ", ""]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
            "government services"]
ASIDES = ["sorry, the dog's barking, ", "hang on, let me get my glasses, right, ",
          "one sec, the card's in my other bag, okay, ", "sorry, someone's at the door, where was I, ",
          "can you hear me? ok, ", "hold on it's a bit worn, "]
CUR = ["£", "$", "€"]


def money():
    return "%s%s.%02d" % (pick(CUR), "{:,}".format(R.randrange(5, 4000)), R.randrange(100))


def spoken_money():
    p = R.randrange(12, 999)
    return "%s %s and %s pence" % (" ".join(say_hundreds(str(p)) if p >= 100 else say_pair(str(p))),
                                    pick(["pounds", "quid", "euro"]), " ".join(say_pair("%02d" % R.randrange(10, 99))))


def say_plain(s):
    return " ".join(say_group(s, style="single"))


# --- dangerous non-PII helpers (used in both positives and negatives) --------
def dn_order_card_rhythm(spoken):
    lab = pick(["order number", "tracking number", "loyalty card number", "membership number",
                "booking reference", "the invoice number", "consignment number", "voucher code",
                "gift receipt number", "the IMEI", "serial number", "meter serial"])
    n = pick([16, 16, 15, 12, 18])
    d = fake_card_like(n, luhn=pick([True, False, None]))
    if spoken:
        return "%s is %s" % (lab, ", ".join(spoken_groups(d, [4] * (n // 4) + ([n % 4] if n % 4 else []))))
    return "%s: %s" % (lab.capitalize(), fmt_groups(d, [4] * (n // 4) + ([n % 4] if n % 4 else []), pick([" ", "-"])))


def dn_ssn_rhythm(spoken):
    lab = pick(["claim number", "policy number", "case number", "member ID", "group number",
                "ticket number", "the account reference", "permit number", "confirmation number"])
    d = digits(9)
    if spoken:
        return "%s %s" % (lab, ", ".join(spoken_groups(d, [3, 2, 4])))
    return "%s %s-%s-%s" % (lab, d[:3], d[3:5], d[5:])


def dn_ni_rhythm(spoken):
    lab = pick(["case reference", "your complaint reference", "the ticket ref", "job number",
                "the booking code", "application reference", "vehicle reg", "the parcel ref"])
    v = pick("ABCDFQUVWXYZ") + pick("ABDFIOQUVXZ") + digits(6) + pick("ABCDEFGKX")
    if spoken:
        return "%s %s" % (lab, say_alnum(v))
    return "%s %s" % (lab, typed_ni(v) if chance(0.5) else v)


def dn_last4():
    l4 = digits(4)
    return pick(["the card ending %s" % l4, "card ending in %s" % " ".join(say_group(l4)),
                 "the one that ends %s" % l4, "your visa ending %s" % " ".join(say_group(l4, style="pairs")),
                 "last four digits %s" % l4])


def dn_misc():
    return pick([
        "the balance is %s" % money(),
        "that'll be %s" % spoken_money(),
        "we're open eight till eight, %s to %s on saturdays" % (pick(["nine", "ten"]), pick(["four", "five thirty"])),
        "it takes %s to %s working days" % (pick(["three", "five"]), pick(["seven", "ten"])),
        "the payment of %s goes out on the %s" % (money(), ord_sfx(R.randrange(1, 29))),
        "your contract ends on %s %d" % (MONTHS[R.randrange(12)], R.randrange(2025, 2029)),
        "the meter reading is %s" % pick([digits(5), " ".join(say_single(digits(5)))]),
        "you're on flight %s%d, seat %d%s, gate %d" % (pick(["BA", "EI", "FR", "UA", "LH"]), R.randrange(10, 3000), R.randrange(1, 40), pick("ABCDEF"), R.randrange(1, 60)),
        "that's %d%% APR" % R.randrange(3, 30),
        "it's been %d minutes on hold" % R.randrange(5, 90),
        "I'm %d years old" % R.randrange(18, 95),
        "the appointment's at %d:%02d on %s %s" % (R.randrange(8, 18), pick([0, 15, 30, 45]), ord_sfx(R.randrange(1, 29)), MONTHS[R.randrange(12)]),
        "room %d, floor %d" % (R.randrange(100, 999), R.randrange(1, 12)),
        "it's the %s, just off the %s" % (pick(["A40", "M25", "N11", "I-95", "Route 66", "A1(M)", "M50"]), pick(["B4061", "A3", "US-101", "N7"])),
        "model number %s" % pick(["WM-%d" % R.randrange(1000, 9999), "KX%dB" % R.randrange(100, 999), "%d-%d" % (R.randrange(100, 999), R.randrange(1000, 99999))]),
        "it was %d degrees in the house" % R.randrange(-5, 30),
        "back in %d" % R.randrange(1990, 2025),
        "you used %s gigabytes" % R.randrange(2, 120),
    ])


# ----------------------------------------------------------------------------
# positive scenarios
# ----------------------------------------------------------------------------
def p_chat_card():
    c = Case("positive", "typed chat card payment with expiry and CVV; order number distractor")
    card, sizes = gen_card()
    m, y = gen_expiry()
    cvv = digits(4 if card[:2] in ("34", "37") else 3)
    g = c.grp
    c.a(pick(["Hi, thanks for contacting us. How can I help?", "Hello! You're chatting with Dee.", "Welcome to billing chat."]))
    c.c(pick(["i want to pay the outstanding bill", "Need to pay my invoice pls", "hi can i pay by card here"]),
        (". " + dn_order_card_rhythm(False)) if chance(0.5) else "")
    c.a("Sure. Please enter the long card number, expiry and security code.")
    lab = pick(["card no: ", "Card number - ", "CARD#", "cc: ", "its ", "", "card nr "])
    segs = [lab, L(typed_card(card, sizes), "CARD_NUMBER", g())]
    segs += [pick([" exp ", ", expiry ", " Exp: ", " valid thru ", " / exp. "]), L(typed_exp(m, y), "EXPIRY", g())]
    segs += [pick([" cvv ", ", CVC: ", " security code ", " code on back "]), L(cvv, "CVV", g())]
    c.c(*segs)
    c.a("Thank you, %s. %s" % (pick(["payment taken", "that's gone through"]), dn_misc()))
    return c


def p_asr_card_split():
    c = Case("positive", "ASR card read over several turns with back-channels, agent read-back, spoken expiry and CVV")
    card, sizes = gen_card()
    m, y = gen_expiry()
    cvv = digits(4 if card[:2] in ("34", "37") else 3)
    said = spoken_groups(card, sizes, fill=0.12)
    g = c.grp()
    c.a(pick(["okay and can i take the long number on the front of the card please",
              "so whenever you're ready the sixteen digit card number",
              "right lovely can i have the card number"]))
    k = 0
    while k < len(said):
        take = pick([1, 1, 2])
        chunk = said[k:k + take]
        segs = [pick(LEAD_CARD)] if k == 0 else []
        for j, s in enumerate(chunk):
            if j:
                segs.append(pick([" ", ", "]))
            segs.append(L(s, "CARD_NUMBER", g))
        c.c(*segs)
        k += take
        if k < len(said):
            c.a(pick(BACK))
    if chance(0.7):
        rb = spoken_groups(card, sizes, fill=0)
        c.a("so that's ", L(", ".join(rb), "CARD_NUMBER", c.grp()), pick(["?", " yeah?", " is that right"]))
        c.c(pick(["yes", "yep that's it", "correct"]))
    c.a(pick(["and the expiry", "and when does it expire", "expiry date please"]))
    c.c(pick(["", "it's ", "uh ", "expires "]), L(spoken_exp(m, y), "EXPIRY", c.grp()))
    c.a(pick(["and the three digit code on the back", "and the security number", "last thing the cvv"]))
    c.c(pick(["", "it's ", "that's "]), L(" ".join(say_group(cvv)), "CVV", c.grp()))
    if chance(0.6):
        c.a("thanks, %s" % dn_misc())
    return c


def p_asr_card_restart():
    c = Case("positive", "ASR card reading restarted after a mistake, aside mid-reading, agent later says last four")
    card, sizes = gen_card()
    said = spoken_groups(card, sizes, fill=0.15)
    g = c.grp()
    c.a("can i take the card number please")
    wrong = " ".join(say_group(digits(4)))
    fr = c.grp()
    c.c(pick(["yeah it's ", "okay ", "uh "]), L(said[0], "CARD_NUMBER", fr), ", ", L(wrong, "CARD_NUMBER", fr),
        pick([" no wait sorry, that's wrong, let me start again, ", " oh hang on i've read that wrong, from the top, ",
              " no, sorry, scratch that, "]),
        L(said[0], "CARD_NUMBER", g), ", ", L(said[1], "CARD_NUMBER", g))
    c.a(pick(BACK))
    rest = said[2:]
    segs = []
    if len(rest) >= 2 and chance(0.6):
        segs = [L(rest[0], "CARD_NUMBER", g), ", " + pick(ASIDES), L(", ".join(rest[1:]), "CARD_NUMBER", g)]
    else:
        segs = [L(", ".join(rest), "CARD_NUMBER", g)]
    c.c(*segs)
    fr2 = c.grp()
    c.a(pick(["lovely, so the card ending ", "thank you, that's the one ending "]),
        L(" ".join(say_group(card[-4:])), "CARD_NUMBER", "~" + fr2), pick([", and the expiry?", ", got it."]))
    if chance(0.5):
        m, y = gen_expiry()
        c.c(L(spoken_exp(m, y), "EXPIRY", c.grp()))
    # the wrong fragment group is only partially validated
    for i, (spk, segs2) in enumerate(c.turns):
        c.turns[i] = (spk, tuple((s[0], s[1], "~" + s[2]) if isinstance(s, tuple) and s[2] == fr else s for s in segs2))
    return c


def p_card_with_decoy():
    c = Case("positive", "real card alongside a card-rhythm non-PII order/loyalty/IMEI-style number")
    card, sizes = gen_card()
    spoken = chance(0.6)
    c.a(pick(["before we take payment, have you got your order number", "can i grab the reference first"]))
    c.c(("yeah " if spoken else "") + dn_order_card_rhythm(spoken))
    c.a(pick(["thanks, and the card you're paying with?", "great, now the card number please"]))
    if spoken:
        said = spoken_groups(card, sizes, fill=0.1)
        c.c(pick(LEAD_CARD), L(", ".join(said), "CARD_NUMBER", c.grp()))
    else:
        c.c(pick(["Card: ", "card number is ", "", "long num "]), L(typed_card(card, sizes), "CARD_NUMBER", c.grp()))
    c.a(pick(["thanks, ", "ok, "]), dn_misc())
    return c


def p_ssn():
    us = True
    c = Case("positive", "US SSN verification with DOB, address, ZIP, and an SSN-rhythm claim number")
    ssn = gen_ssn()
    spoken = chance(0.6)
    c.a(pick(["for verification, can i have your social security number", "i'll need your social please",
              "what's the SSN on the account"]))
    if spoken:
        said = spoken_groups(ssn, [3, 2, 4], fill=0.12)
        g = c.grp()
        if chance(0.5):
            c.c(pick(["sure it's ", "okay ", "yeah "]), L(said[0], "SSN", g))
            c.a(pick(BACK))
            c.c(L(said[1], "SSN", g), pick([", ", " "]), L(said[2], "SSN", g))
        else:
            c.c(pick(["it's ", "uh ", ""]), L(said[0], "SSN", g), pick([", ", " "]), L(said[1], "SSN", g),
                pick([", ", " ", ", " + pick(ASIDES)]), L(said[2], "SSN", g))
        if chance(0.6):
            c.a("let me read that back, ", L(" ".join(spoken_groups(ssn, [3, 2, 4], fill=0)), "SSN", c.grp()))
            c.c(pick(["that's right", "yes", "correct"]))
    else:
        fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"])
        c.c(pick(["SSN: ", "ssn ", "social is ", "My SS# is ", "soc sec no. "]), L(fmt % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", c.grp()))
    c.a(pick(["and your date of birth", "date of birth please", "and DOB?"]))
    d, m, y = gen_dob()
    c.c(pick(["", "it's ", "born "]), L(spoken_dob(d, m, y, us=True) if spoken else typed_dob(d, m, y, us=True), "DOB", c.grp()))
    if chance(0.6):
        addr, num, st = gen_address("us")
        town, stt = pick(TOWNS_US)
        z = gen_zip()
        c.a("and the address on file?")
        if spoken:
            c.c(L(spoken_address(addr.replace(", Apt", " apartment").split(" apartment")[0]), "ADDRESS", c.grp()),
                ", %s %s, " % (town.lower(), stt.lower()), L(spoken_groups(z.replace("-", ""), [5] if len(z) == 5 else [5, 4])[0] if len(z) == 5 else " ".join(spoken_groups(z.replace("-", ""), [5, 4])), "POSTCODE", c.grp()))
        else:
            c.c(L(addr, "ADDRESS", c.grp()), ", %s, %s " % (town, stt), L(z, "POSTCODE", c.grp()))
    c.a(pick(["thanks. ", "great. "]) + "your " + dn_ssn_rhythm(spoken) + pick([" is still open", " was updated", " has been approved"]))
    return c


def p_ni():
    c = Case("positive", "UK National Insurance number with postcode / DOB; NI-shaped reference and tax code distractors")
    ni = gen_ni()
    spoken = chance(0.6)
    c.a(pick(["can you confirm your national insurance number", "what's your NI number please",
              "i need your national insurance number to find the claim"]))
    if spoken:
        g = c.grp()
        letters, nums, sfx = ni[:2], ni[2:8], ni[8]
        style = pick(["one", "split", "split"])
        sl = say_alnum(letters, nato_p=0.5)
        sn = spoken_groups(nums, [2, 2, 2], alnum=True, fill=0.1)
        ss = say_alnum(sfx, nato_p=0.5)
        if style == "one":
            c.c(pick(["yeah it's ", "", "right it's "]), L(" ".join([sl] + sn + [ss]), "NI_NUMBER", g))
        else:
            c.c(pick(["it's ", "okay ", ""]), L(sl, "NI_NUMBER", g), pick([" then ", ", ", " "]), L(sn[0] + " " + sn[1], "NI_NUMBER", g))
            c.a(pick(BACK))
            c.c(L(sn[2], "NI_NUMBER", g), pick([" and then ", ", ", " and the letter at the end is "]), L(ss, "NI_NUMBER", g))
        if chance(0.6):
            c.a("so ", L(" ".join([say_alnum(letters, 0)] + spoken_groups(nums, [2, 2, 2], alnum=True, fill=0) + [say_alnum(sfx, 0)]), "NI_NUMBER", c.grp()), "?")
            c.c(pick(["yep", "that's it"]))
    else:
        c.c(pick(["NI no: ", "ni number ", "National Insurance: ", "its ", "NINO "]), L(typed_ni(ni), "NI_NUMBER", c.grp()))
    pc = gen_ukpc()
    c.a("and your postcode?")
    if spoken:
        c.c(pick(["", "it's "]), L(say_alnum(pc.replace(" ", ""), nato_p=0.3), "POSTCODE", c.grp()))
    else:
        c.c(L(pc if chance(0.7) else pc.lower().replace(" ", ""), "POSTCODE", c.grp()))
    if chance(0.5):
        d, m, y = gen_dob()
        c.a("date of birth?")
        c.c(L(spoken_dob(d, m, y) if spoken else typed_dob(d, m, y), "DOB", c.grp()))
    c.a(pick(["thanks. ", "ok. "]) + dn_ni_rhythm(spoken) + pick([" is logged", ", and your tax code is 1257L", ". " + dn_misc()]))
    return c


def p_bank_uk():
    c = Case("positive", "UK sort code and account number, read-back; payment reference distractor")
    sc, acct = gen_sort(), digits(8)
    spoken = chance(0.55)
    c.a(pick(["what's the sort code and account number for the direct debit", "can i have your bank details"]))
    if spoken:
        ss = spoken_groups(sc, [2, 2, 2], fill=0.05)
        c.c(pick(["sort code is ", "sort code ", "okay it's "]), L(" ".join(ss) if chance(0.5) else ", ".join(ss), "SORT_CODE", c.grp()))
        c.a(pick(BACK))
        sa = spoken_groups(acct, pick([[4, 4], [2, 3, 3], [8]]), fill=0.1)
        g = c.grp()
        if chance(0.4):
            c.c(pick(["and the account number ", "account "]), L(sa[0], "BANK_ACCOUNT", g))
            c.a(pick(BACK))
            c.c(L(" ".join(sa[1:]) if len(sa) > 1 else " ".join(say_group(digits(0) or "")), "BANK_ACCOUNT", g) if len(sa) > 1 else "that's it")
        else:
            c.c(pick(["and the account number ", "account ", "then "]), L(", ".join(sa), "BANK_ACCOUNT", g))
        if chance(0.5):
            c.a("so that's ", L(" ".join(spoken_groups(sc, [2, 2, 2], fill=0)), "SORT_CODE", c.grp()), " and ",
                L(" ".join(spoken_groups(acct, [4, 4], fill=0)), "BANK_ACCOUNT", c.grp()))
    else:
        c.c(pick(["sort code ", "S/C: ", "sortcode "]), L(pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", c.grp()),
            pick([" acct no: ", ", account ", " a/c "]), L(acct if chance(0.7) else acct[:4] + " " + acct[4:], "BANK_ACCOUNT", c.grp()))
    ref = digits(8)
    c.a(pick(["your payment reference is ", "quote reference "]) + (ref if not spoken else say_plain(ref)) + ", " + dn_misc())
    return c


def p_iban():
    c = Case("positive", "EU/IE/UK IBAN for a refund or transfer, typed or spelled out")
    ib = gen_iban()
    spoken = chance(0.5)
    c.a(pick(["for the refund i'll need the IBAN", "please send your IBAN so we can transfer the refund",
              "what IBAN should we pay into"]))
    if spoken:
        chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        said = [say_alnum(ch, nato_p=0.3) for ch in chunks]
        g = c.grp()
        half = len(said) // 2
        c.c(pick(["okay it's ", "right ", ""]), L(", ".join(said[:half]), "IBAN", g))
        c.a(pick(BACK))
        c.c(L(", ".join(said[half:]), "IBAN", g))
    else:
        c.c(pick(["IBAN: ", "iban ", "Here: ", "my iban is "]), L(typed_iban(ib), "IBAN", c.grp()))
    c.a(pick(["thanks, the refund of %s will arrive in 3-5 days" % money(), "got it, " + dn_misc()]))
    return c


def p_contact():
    c = Case("positive", "contact details update: phone (national/international) and e-mail, agent read-back")
    canon, typed, sizes = gen_phone()
    em = gen_email()
    spoken = chance(0.55)
    c.a(pick(["what's the best number to reach you on", "can i update your contact number"]))
    if spoken:
        c.c(pick(["it's ", "my mobile is ", "uh ", ""]), L(spoken_phone(canon, sizes), "PHONE", c.grp()))
        if chance(0.5):
            c.a("let me repeat that, ", L(spoken_phone(canon, sizes), "PHONE", c.grp()))
    else:
        c.c(pick(["mob: ", "Tel ", "phone no. ", "my cell is ", ""]), *phone_segs(typed, c.grp()))
    c.a(pick(["and an email address?", "and your e-mail"]))
    if spoken:
        c.c(pick(["yeah it's ", "", "it's "]), L(spoken_email(em), "EMAIL", c.grp()))
        if chance(0.5):
            c.a("so that's ", L(spoken_email(em), "EMAIL", c.grp()), "?")
    else:
        c.c(pick(["Email: ", "", "its ", "e-mail "]), L(em if chance(0.8) else em.capitalize(), "EMAIL", c.grp()))
    if chance(0.6):
        c.a(dn_misc())
    return c


def p_address():
    c = Case("positive", "address verification: house/flat + street, postcode/ZIP separate, town outside span")
    country = pick(["uk", "uk", "us", "ie"])
    addr, num, st = gen_address(country)
    spoken = chance(0.5)
    c.a(pick(["can you confirm the first line of the address", "what's the address on the account"]))
    if country == "us":
        town, stt = pick(TOWNS_US)
        z = gen_zip()
        if spoken:
            a = addr.split(", Apt")[0]
            c.c(L(spoken_address(a), "ADDRESS", c.grp()), ", %s, " % town.lower(),
                L(" ".join(spoken_groups(z.replace("-", ""), [5] if len(z) == 5 else [5, 4])), "POSTCODE", c.grp()))
        else:
            c.c(L(addr, "ADDRESS", c.grp()), ", %s %s " % (town, stt), L(z, "POSTCODE", c.grp()))
    elif country == "ie":
        town = pick(["Dublin 3", "Dublin 9", "Cork", "Galway"])
        c.c(L(addr if not spoken else spoken_address(addr), "ADDRESS", c.grp()), ", %s" % (town if not spoken else town.lower()))
    else:
        town = pick(TOWNS_UK)
        pc = gen_ukpc()
        if spoken:
            c.c(pick(["it's ", "", "um "]), L(spoken_address(addr), "ADDRESS", c.grp()), ", %s" % town.lower())
            c.a("and the postcode")
            c.c(L(say_alnum(pc.replace(" ", ""), nato_p=0.4), "POSTCODE", c.grp()))
        else:
            c.c(L(addr, "ADDRESS", c.grp()), ", %s, " % town, L(pc, "POSTCODE", c.grp()))
    if chance(0.5):
        d, m, y = gen_dob()
        c.a("and can i take a date of birth")
        c.c(L(spoken_dob(d, m, y, us=country == "us") if spoken else typed_dob(d, m, y, us=country == "us"), "DOB", c.grp()))
    c.a(pick(["thanks, the engineer will come on %s %s between 8 and 12" % (ord_sfx(R.randrange(1, 29)), MONTHS[R.randrange(12)]),
              "thanks, " + dn_misc()]))
    return c


def p_email_form():
    c = Case("positive", "e-mail style message with several identifiers and non-PII reference numbers")
    ni_or_ssn = chance(0.5)
    name = pick(FIRST).capitalize() + " " + pick(LAST).capitalize()
    segs = ["Dear team, re: invoice INV-%s. " % digits(7)]
    if ni_or_ssn:
        segs += ["My NI number is ", L(typed_ni(gen_ni()), "NI_NUMBER", "e1"), " and my postcode ", L(gen_ukpc(), "POSTCODE", "e2"), ". "]
    else:
        ssn = gen_ssn()
        segs += ["My SSN is ", L("%s-%s-%s" % (ssn[:3], ssn[3:5], ssn[5:]), "SSN", "e1"), " and zip ", L(gen_zip(), "POSTCODE", "e2"), ". "]
    canon, typed, sizes = gen_phone()
    segs += ["Call me on "] + phone_segs(typed, "e3") + [ " or write to ", L(gen_email(), "EMAIL", "e4"), ". "]
    segs += [pick(["Ticket #%s, " % digits(8), "Claim ref %s-%s, " % (digits(4), digits(6))]), "regards, %s" % name]
    c.c(*segs)
    c.a("Thanks %s, we've logged this under case %s." % (name.split()[0], digits(10)))
    return c


# ----------------------------------------------------------------------------
# negative scenarios (no spans at all)
# ----------------------------------------------------------------------------
def n_card_rhythm():
    c = Case("negative", "card-rhythm order/tracking/IMEI numbers spoken with card words nearby")
    sp = chance(0.6)
    c.a(pick(["is this about the card payment?", "did you pay by card?", "have you got the card handy?"]))
    c.c(pick(["yeah i paid by card but ", "it was on my debit card, ", "card payment yeah, "]) + dn_order_card_rhythm(sp))
    c.a(pick(["and that's the " + pick(["order", "tracking", "reference"]) + " number, not the card?", "okay i've found it"]))
    c.c(pick(["yes that's the order number, not the card", "yeah, " + dn_last4() + " is what i used", "that's it"]))
    return c


def n_last4():
    c = Case("negative", "card last-four mentions with amounts and dates")
    c.a(pick(["i can see a payment on ", "there's a charge on "]) + dn_last4() + " for " + money())
    c.c(pick(["yes that was me, ", "no i don't recognise that, ", "hmm "]) + dn_misc())
    c.a("okay, " + dn_last4() + pick([" will be refunded on the %s" % ord_sfx(R.randrange(1, 29)), ", the new card arrives in 5 to 7 days"]))
    return c


def n_ssn_rhythm():
    c = Case("negative", "SSN-rhythm claim/policy/group numbers with 'social' nearby")
    sp = chance(0.6)
    c.a(pick(["i don't need your social, just the claim number", "do you have the policy details?",
              "not the social security number, the member ID on the insurance card"]))
    c.c(pick(["sure, ", "oh okay, ", "right, ", ""]) + dn_ssn_rhythm(sp))
    c.a(pick(["thanks, and your " + dn_ssn_rhythm(sp), "got it. " + dn_misc()]))
    return c


def n_ni_rhythm():
    c = Case("negative", "NI-shaped references and tax codes, national insurance mentioned but not given")
    sp = chance(0.6)
    c.a(pick(["you don't need your national insurance number for this, just the ", "before the NI number, the "]) +
        pick(["reference", "case ref", "application reference"]))
    c.c(pick(["it's ", "okay it's the ", ""]) + dn_ni_rhythm(sp))
    c.a(pick(["thanks, your tax code is %d%s" % (R.randrange(1000, 1300), pick("LMNT")), "and you paid %s in %d" % (money(), R.randrange(2015, 2025))]))
    return c


def n_travel():
    c = Case("negative", "travel booking: flight, seat, gate, times, booking ref, prices")
    c.a("can i have the booking reference")
    c.c("it's " + pick(["%s%s" % ("".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), digits(3)), say_alnum("".join(pick("BCDFGHJKLMNPRSTVWXZ") for _ in range(2)) + digits(4))]))
    c.a(dn_misc() + ", departing %d:%02d, the fare difference is %s" % (R.randrange(5, 23), pick([5, 20, 35, 50]), money()))
    c.c("and the ticket number is " + pick([digits(13), " ".join(spoken_groups(digits(13), [3, 4, 3, 3]))]))
    return c


def n_utilities():
    c = Case("negative", "utilities: meter serial and readings in digit runs, tariffs, dates")
    ser = digits(pick([10, 13, 16]))
    c.a("can you read me the meter serial and the reading")
    c.c(pick(["serial is ", "the serial number's "]) + pick([ser, ", ".join(spoken_groups(ser, [4] * (len(ser) // 4) + ([len(ser) % 4] if len(ser) % 4 else [])))])
        + pick([" and it reads ", ", reading "]) + pick([digits(5), " ".join(say_single(digits(5)))]))
    c.a(dn_misc() + ", unit rate %d.%d pence per kilowatt hour" % (R.randrange(10, 40), R.randrange(10)))
    c.c(pick(["and my MPAN is " + digits(13), "the supply number's " + say_plain(digits(13)), "ok thanks"]))
    return c


def n_billing():
    c = Case("negative", "healthcare / retail billing: invoice, procedure codes, amounts, dates of service")
    c.a("your invoice %s-%s for the visit on %s %d, %d shows %s" % (pick(["INV", "HB", "ST"]), digits(pick([6, 9])), MONTHS[R.randrange(12)].capitalize(), R.randrange(1, 28), R.randrange(2022, 2026), money()))
    c.c(pick(["but my insurance card says group ", "the claim number is "]) + pick([digits(9), "%s %s %s" % (digits(3), digits(2), digits(4))]))
    c.a("procedure code %d, %d%% covered, %s" % (R.randrange(10000, 99999), R.randrange(50, 100), dn_misc()))
    return c


def n_telecom():
    c = Case("negative", "telecom: IMEI (Luhn-valid, 15 digits), SIM serial, usage, contract")
    imei = luhn_complete(pick(["35", "86", "01"]), 15)
    c.a("can you give me the IMEI of the handset, dial star hash zero six hash")
    c.c(pick(["it's ", "okay ", ""]) + pick([imei, fmt_groups(imei, [2, 6, 6, 1], " "), ", ".join(spoken_groups(imei, [4, 4, 4, 3]))]))
    c.a("and the SIM serial on the back of the card")
    sim = "8944" + digits(15)
    c.c(pick([sim, ", ".join(spoken_groups(sim, [4, 4, 4, 4, 3]))]))
    c.a(dn_misc())
    return c


def n_gov():
    c = Case("negative", "government services: form, case and permit numbers, dates and durations")
    c.a("what's the " + pick(["case number on the letter", "application number", "permit number"]))
    d = digits(pick([9, 10, 12]))
    c.c(pick([d, " ".join(spoken_groups(d, [3, 3, len(d) - 6])), "%s-%s-%s" % (d[:3], d[3:5], d[5:])]))
    c.a("thanks, form %s%d was received on %d %s, processing takes %d weeks. %s" % (pick(["P", "SA", "W-", "DS-"]), R.randrange(10, 999), R.randrange(1, 28), MONTHS[R.randrange(12)], R.randrange(2, 12), dn_misc()))
    return c


def n_mixed():
    c = Case("negative", "assorted numbers: amounts, times, counts, percentages, years, ages, last-four")
    c.c(dn_misc() + ", " + dn_misc())
    c.a(dn_misc() + ". " + (dn_last4() if chance(0.5) else dn_order_card_rhythm(chance(0.5))))
    c.c(dn_ssn_rhythm(chance(0.5)) if chance(0.5) else dn_ni_rhythm(chance(0.5)))
    return c


POS = [(p_chat_card, 4), (p_asr_card_split, 6), (p_asr_card_restart, 3), (p_card_with_decoy, 4), (p_ssn, 5),
       (p_ni, 5), (p_bank_uk, 3), (p_iban, 2), (p_contact, 3), (p_address, 3), (p_email_form, 2)]
NEG = [(n_card_rhythm, 3), (n_last4, 2), (n_ssn_rhythm, 3), (n_ni_rhythm, 3), (n_travel, 1), (n_utilities, 1),
       (n_billing, 1), (n_telecom, 1), (n_gov, 1), (n_mixed, 2)]
N_POS, N_NEG = 230, 120


def weighted(lst):
    tot = sum(w for _, w in lst)
    x = R.random() * tot
    for f, w in lst:
        x -= w
        if x < 0:
            return f
    return lst[-1][0]


def case_errors(turns, spans):
    groups = {}
    for sp in spans:
        groups.setdefault(sp["_grp"], []).append(sp)
    errs = []
    for g, ss in groups.items():
        joined = " ".join(turns[x["turn"]]["text"][x["start"]:x["end"]] for x in ss)
        e = validate(ss[0]["type"], joined, partial=g.startswith("~"))
        if e:
            errs.append("%s in %r" % (e, joined))
    return errs


def generate():
    R.seed(SEED)
    rows, meta = [], []
    for kind, n, lst, tag in (("positive", N_POS, POS, "pos"), ("negative", N_NEG, NEG, "neg")):
        for i in range(n):
            f = weighted(lst)
            for _ in range(100):
                c = f()
                turns, spans = c.build()
                if not case_errors(turns, spans):
                    break
            else:
                raise SystemExit("could not generate a valid %s case" % f.__name__)
            ind = pick(INDUSTRY)
            row = {"id": "h545-%s-%03d" % (tag, i + 1), "kind": kind, "turns": turns,
                   "spans": [{k: s[k] for k in ("turn", "start", "end", "type")} for s in spans],
                   "note": "%s (%s)" % (c.note, ind)}
            rows.append(row)
            meta.append(spans)
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    return rows, meta, text


def check(rows, meta, text):
    errs = []
    if not os.path.exists(OUT) or open(OUT, encoding="utf-8").read() != text:
        errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, spans in zip(rows, meta):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s: bad turn" % r["id"])
        byturn = {}
        for s in spans:
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % r["id"])
                continue
            v = txt[a:b]
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (r["id"], v))
            if not (v[0].isalnum() or (v[0] == "+" and s["type"] == "PHONE")) or not v[-1].isalnum():
                errs.append("%s: span edge not alnum %r" % (r["id"], v))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        groups = {}
        for s in spans:
            groups.setdefault(s["_grp"], []).append(s)
        for g, ss in groups.items():
            typ = ss[0]["type"]
            if any(x["type"] != typ for x in ss):
                errs.append("%s: mixed types in group" % r["id"])
            joined = " ".join(r["turns"][x["turn"]]["text"][x["start"]:x["end"]] for x in ss)
            if typ == "EMAIL" and len(ss) == 1:
                joined = ss[0] and r["turns"][ss[0]["turn"]]["text"][ss[0]["start"]:ss[0]["end"]]
            e = validate(typ, joined, partial=g.startswith("~"))
            if e:
                errs.append("%s: %s in %r" % (r["id"], e, joined))
    return errs


def stats(rows):
    cnt = Counter(s["type"] for r in rows for s in r["spans"])
    kinds = Counter(r["kind"] for r in rows)
    return cnt, kinds


def main():
    rows, meta, text = generate()
    if "--check" in sys.argv:
        errs = check(rows, meta, text)
        cnt, kinds = stats(rows)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt[t] < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt[t]))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases")
        for e in errs[:50]:
            print("ERROR", e)
        print("cases: %s; spans: %s" % (dict(kinds), dict(sorted(cnt.items()))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    cnt, kinds = stats(rows)
    print("wrote %s: %s; spans: %s" % (OUT, dict(kinds), dict(sorted(cnt.items()))))


if __name__ == "__main__":
    main()

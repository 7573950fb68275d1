#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h85 (US-heavy).

Written by an independent AI helper that did not see the redaction code.
Usage:
    python scripts/make_pii_holdout85.py          # write fixture + README
    python scripts/make_pii_holdout85.py --check  # regenerate and verify
Standard library only; all values come from one seeded random.Random.
"""
import json
import os
import re
import sys
import random

SEED = 85291123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout85")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth",
       7: "seventh", 8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh",
       12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
       16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth",
       27: "twenty seventh", 28: "twenty eighth"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "r": "romeo", "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FILLERS = ["um", "uh", "er"]


def n2w(n):
    """0..99 to words."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + DW[u]


def zero_word(uk=False):
    if uk:
        return R.choice(["oh", "nought", "zero", "oh"])
    return R.choice(["oh", "oh", "zero", "o"])


def say_digits(s, uk=False, multi=True, filler=False):
    """Digit string -> ASR words, one digit at a time, doubles/triples."""
    out = []
    i = 0
    z = zero_word(uk)
    while i < len(s):
        d = s[i]
        w = z if d == "0" else DW[int(d)]
        if multi and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.5:
            out.append("triple " + w)
            i += 3
        elif multi and i + 1 < len(s) and s[i + 1] == d and R.random() < 0.5:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(s) and R.random() < 0.12:
            out.append(R.choice(FILLERS))
            filler = False
    return " ".join(out)


def say_pairs(s, uk=False):
    """Digit string -> pairs 'forty one eleven'; leading single if odd."""
    out = []
    if len(s) % 2:
        out.append(zero_word(uk) if s[0] == "0" else DW[int(s[0])])
        s = s[1:]
    for i in range(0, len(s), 2):
        a, b = s[i], s[i + 1]
        if a == "0":
            out.append(zero_word(uk) + " " + (zero_word(uk) if b == "0" else DW[int(b)]))
        else:
            out.append(n2w(int(a + b)))
    return " ".join(out)


def say_mixed(s, uk=False):
    """Group-wise: randomly pairs or digits per group of a grouped string."""
    parts = []
    for g in s.split():
        if len(g) >= 2 and g[0] != "0" and g[-1] != "0" and R.random() < 0.4:
            parts.append(say_pairs(g, uk))
        else:
            parts.append(say_digits(g, uk))
    return " ".join(parts)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = R.choice(["6011", "65"]), 16
    body = pre + "".join(str(R.randrange(10)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d, sep=" "):
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]])
    return sep.join(d[i:i + 4] for i in range(0, len(d), 4))


def ssn():
    a = R.randrange(1, 900)
    while a == 666:
        a = R.randrange(1, 900)
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI_PRE = ["AB", "CE", "JK", "KL", "NP", "PR", "SN", "TW", "WR", "YZ", "HT", "GE",
          "MA", "EH", "LS", "RT", "ZX", "BH", "JC", "NE"]


def ni():
    return R.choice(NI_PRE) + "%06d" % R.randrange(0, 1000000) + R.choice("ABCD")


def digits(n, lead_nonzero=True):
    s = str(R.randrange(1, 10)) if lead_nonzero else str(R.randrange(10))
    return s + "".join(str(R.randrange(10)) for _ in range(n - 1))


def iban(cc, bban):
    num = "".join(str(int(c, 36)) for c in bban + cc + "00")
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def iban_val():
    cc = R.choice(["IE", "IE", "GB", "DE", "FR", "NL", "ES"])
    if cc == "IE":
        return iban("IE", R.choice(["AIBK", "BNIE", "IPBS"]) + digits(6) + digits(8, False))
    if cc == "GB":
        return iban("GB", R.choice(["NWBK", "BARC", "MIDL", "LRYD"]) + digits(6) + digits(8))
    if cc == "DE":
        return iban("DE", digits(18))
    if cc == "FR":
        return iban("FR", digits(10) + "".join(R.choice("ABCDEFGHJK") for _ in range(3)) + digits(8) + "%02d" % R.randrange(100))
    if cc == "NL":
        return iban("NL", R.choice(["ABNA", "INGB", "RABN", "TRIB"]) + digits(10, False))
    return iban("ES", digits(20))


def iban_group(v):
    return " ".join(v[i:i + 4] for i in range(0, len(v), 4))


def us_phone():
    area = R.choice(["212", "312", "415", "617", "713", "404", "206", "305", "503",
                     "614", "702", "818", "929", "470", "series"])
    if area == "series":
        area = str(R.randrange(2, 10)) + digits(2, False)
    ex = str(R.randrange(2, 10)) + digits(2, False)
    return area + ex + digits(4, False)


def fmt_us_phone(p):
    return R.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "+1 %s %s %s",
                     "1-%s-%s-%s", "%s%s%s"]) % (p[:3], p[3:6], p[6:])


def say_us_phone(p):
    a, b, c = p[:3], p[3:6], p[6:]
    st = R.randrange(4)
    if st == 0:
        return say_digits(a) + " " + say_digits(b) + " " + say_digits(c)
    if st == 1:
        return say_digits(a) + " " + say_digits(b) + " " + say_pairs(c)
    if st == 2:
        return "one " + say_digits(a) + " " + say_digits(b) + " " + say_digits(c)
    return say_digits(a, multi=False) + " " + say_digits(b) + " " + say_pairs(c)


def uk_phone():
    return "07" + digits(9, False)


FIRST = ["james", "maria", "kevin", "linda", "jose", "aisha", "tyler", "brenda",
         "darnell", "megan", "raj", "sofia", "connor", "wei", "patricia", "luis",
         "hannah", "derek", "keisha", "owen", "niamh", "siobhan", "gareth", "priya"]
LAST = ["johnson", "garcia", "nguyen", "patel", "okafor", "miller", "rodriguez",
        "kowalski", "thompson", "washington", "obrien", "murphy", "chen", "davis",
        "hernandez", "brooks", "fitzgerald", "walsh", "singh", "baker"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com",
           "icloud.com", "comcast.net", "att.net", "proton.me", "verizon.net"]


def email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randrange(5)
    num = str(R.randrange(1, 99))
    if st == 0:
        user = [f, ".", l]
    elif st == 1:
        user = [f[0], ".", l]
    elif st == 2:
        user = [f, "_", l, num]
    elif st == 3:
        user = [f, l, num]
    else:
        user = [f[0], l]
    dom = R.choice(DOMAINS)
    return user, dom


def email_typed():
    user, dom = email_parts()
    e = "".join(user) + "@" + dom
    r = R.random()
    if r < 0.2:
        e = e.upper()
    elif r < 0.35:
        e = e[0].upper() + e[1:]
    return e


def email_spoken():
    user, dom = email_parts()
    words = []
    for p in user:
        if p == ".":
            words.append("dot")
        elif p == "_":
            words.append("underscore")
        elif p.isdigit():
            words.append(n2w(int(p)) if R.random() < 0.6 else say_digits(p))
        elif len(p) == 1:
            words.append(p)
        else:
            words.append(p)
    d1, d2 = dom.split(".")
    words += ["at", d1, "dot", d2]
    return " ".join(words)


STREETS = ["maple", "oak", "elm", "washington", "lincoln", "park", "cedar", "pine",
           "lakeview", "sunset", "highland", "jefferson", "franklin", "willow",
           "magnolia", "peachtree", "mission", "broad", "main", "chestnut"]
SUFF = ["street", "avenue", "drive", "road", "lane", "boulevard", "court", "way", "place"]
SUFF_AB = {"street": "St", "avenue": "Ave", "drive": "Dr", "road": "Rd", "lane": "Ln",
           "boulevard": "Blvd", "court": "Ct", "way": "Way", "place": "Pl"}
DIRS = ["north", "south", "east", "west"]


def us_address(spoken):
    num = R.choice([str(R.randrange(1, 99)), str(R.randrange(100, 999)),
                    str(R.randrange(1000, 9999)), str(R.randrange(10000, 29999))])
    street = R.choice(STREETS)
    suf = R.choice(SUFF)
    d = R.choice(DIRS) if R.random() < 0.3 else None
    unit = None
    if R.random() < 0.35:
        unit = (R.choice(["apartment", "apt", "unit", "suite"]), str(R.randrange(1, 40)) + R.choice(["", "", "b", "c"]))
    if spoken:
        if len(num) == 4 and R.random() < 0.6:
            nw = say_pairs(num)
        elif len(num) <= 2:
            nw = n2w(int(num))
        elif len(num) == 3 and R.random() < 0.5:
            nw = DW[int(num[0])] + " " + (say_pairs(num[1:]) if num[1] != "0" else zero_word() + " " + DW[int(num[2])])
        else:
            nw = say_digits(num, multi=False)
        s = nw + " " + ((d + " ") if d else "") + street + " " + suf
        if unit:
            u = unit[1]
            uw = n2w(int(re.sub(r"\D", "", u))) + ((" " + u[-1]) if u[-1].isalpha() else "")
            s += " " + ("apartment" if unit[0] == "apt" else unit[0]) + " " + uw
        return s
    s = num + " " + ((d[0].upper() + " ") if d and R.random() < 0.5 else ((d.title() + " ") if d else "")) + street.title() + " " + (SUFF_AB[suf] if R.random() < 0.6 else suf.title())
    if unit:
        s += R.choice([", ", " "]) + (unit[0].title() if unit[0] != "apt" else "Apt") + " " + unit[1].upper()
    return s


STATE_NAMES = {"TX": "texas", "OH": "ohio", "CO": "colorado", "FL": "florida", "AZ": "arizona",
               "WA": "washington", "GA": "georgia", "IL": "illinois", "NC": "north carolina",
               "OR": "oregon", "MA": "massachusetts", "TN": "tennessee"}
US_CITIES = [("Austin", "TX"), ("Columbus", "OH"), ("Denver", "CO"), ("Tampa", "FL"),
             ("Phoenix", "AZ"), ("Seattle", "WA"), ("Atlanta", "GA"), ("Chicago", "IL"),
             ("Raleigh", "NC"), ("Portland", "OR"), ("Boston", "MA"), ("Nashville", "TN")]


def zip5():
    return "%05d" % R.randrange(1001, 99951)


def zip_val():
    z = zip5()
    if R.random() < 0.35:
        z += "-" + "%04d" % R.randrange(1, 10000)
    return z


def say_zip(z):
    if "-" in z:
        a, b = z.split("-")
        return say_digits(a) + R.choice([" dash ", " ", " hyphen "]) + say_digits(b)
    return say_digits(z) if R.random() < 0.7 else say_digits(z[0]) + " " + say_pairs(z[1:])


UK_PC = ["SW1A 2BB", "M14 5RT", "LS6 3HN", "B12 9QD", "EH8 7LT", "CF24 3AA", "BS7 8EJ",
         "N16 6XP", "G41 2PL", "NE6 5TW", "L18 1HB", "SE15 4RZ", "OX4 1UD", "BT9 6AZ", "CR0 2JN"]
UK_STREETS = ["Albert Road", "Victoria Street", "Church Lane", "Station Road", "Mill Close",
              "Queens Avenue", "Kingsway", "Harrow Crescent"]


def say_ukpc(pc):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(DW[int(ch)] if ch != "0" else "zero")
        else:
            c = ch.lower()
            out.append(c + " for " + NATO[c] if (c in NATO and R.random() < 0.3) else c)
    return " ".join(out)


def dob():
    y = R.randrange(1941, 2004)
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return y, m, d


def dob_typed(y, m, d, us=True):
    st = R.randrange(5)
    if st == 0:
        return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
    if st == 1:
        return "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))
    if st == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if st == 3:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d-%02d-%d" % ((m, d, y) if us else (d, m, y))


def say_year(y):
    if y < 2000:
        return n2w(y // 100) + " " + (n2w(y % 100) if y % 100 >= 10 else "oh " + DW[y % 100])
    if y == 2000:
        return "two thousand"
    return "two thousand " + DW[y % 10] if y < 2010 else "twenty " + n2w(y % 100)


def dob_spoken(y, m, d, us=True):
    st = R.randrange(4)
    if st == 0:
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    if st == 1:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if st == 2:
        mm = "%02d" % m
        dd = "%02d" % d
        return (say_pairs(mm) + " " + say_pairs(dd) if us else say_pairs(dd) + " " + say_pairs(mm)) + " " + say_year(y)
    return MONTHS[m - 1] + " " + n2w(d) + " " + say_year(y)


def expiry():
    return R.randrange(1, 13), R.randrange(27, 34)


def exp_typed(m, y):
    return R.choice(["%02d/%02d", "%02d/%02d", "%d/%02d", "%02d-%02d", "%02d%02d"]) % (m, y) if R.random() < 0.85 else "%02d/20%02d" % (m, y)


def exp_spoken(m, y):
    st = R.randrange(4)
    if st == 0:
        return say_pairs("%02d" % m) + " " + n2w(y)
    if st == 1:
        return MONTHS[m - 1] + " twenty " + n2w(y)
    if st == 2:
        return say_digits("%02d" % m, multi=False) + " slash " + n2w(y)
    return say_digits("%02d%02d" % (m, y), multi=False)


def cvv(n=3):
    return digits(n, False)


# ---------------------------------------------------------------- case building
class V(tuple):
    """A labelled segment: V(text, TYPE, group)."""
    def __new__(cls, text, typ, group=None):
        return tuple.__new__(cls, (text, typ, group))


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def build(turns):
    out_turns, spans, groups = [], [], {}
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                t, typ, g = s
                st = len(text)
                text += t
                if g is None:
                    auto += 1
                    g = "auto%d" % auto
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                groups.setdefault(g, []).append(len(spans) - 1)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


def split_words(s, n):
    """Split a spoken reading into n roughly equal word chunks."""
    w = s.split()
    n = max(1, min(n, len(w)))
    k = len(w) / n
    chunks, i = [], 0
    for j in range(n):
        e = round((j + 1) * k)
        chunks.append(" ".join(w[i:e]))
        i = e
    # never split "double x"/"triple x"/"x for word" across chunks
    fixed = []
    carry = ""
    for c in chunks:
        c = (carry + " " + c).strip()
        carry = ""
        ws = c.split()
        while ws and ws[-1] in ("double", "triple", "for", "dash", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"):
            carry = (ws.pop() + " " + carry).strip()
        fixed.append(" ".join(ws))
    if carry:
        fixed[-1] = (fixed[-1] + " " + carry).strip()
    return [f for f in fixed if f]


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "got it", "right", "yes"]


# ---------------------------------------------------------------- normalising
WORDNUM = {w: i for i, w in enumerate(DW)}
WORDNUM.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1"}
TEENNUM = {w: i + 10 for i, w in enumerate(TEENS)}
TENSNUM = {w: i for i, w in enumerate(TENS) if w}
IGNORE = set(FILLERS) | {"dash", "hyphen", "slash", "space", "and", "the", "of", "like",
                         "then", "apartment", "apt", "unit", "suite"}


def normalise(text, letters=False):
    """Spoken/typed reading -> string of digits (and letters if letters=True)."""
    t = text.lower()
    t = re.sub(r"[-/.,()+:#\u2013]", " ", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            sub = normalise(nxt, letters)
            out.append(sub * k)
            i += 2
            continue
        if w in IGNORE:
            i += 1
            continue
        if w in TENSNUM:
            if nxt in WORDNUM and WORDNUM[nxt] > 0 and nxt not in HOMO and nxt not in ("o", "oh", "nought"):
                out.append(str(TENSNUM[w]) + str(WORDNUM[nxt]))
                i += 2
            else:
                out.append(str(TENSNUM[w]) + "0")
                i += 1
            continue
        if w in TEENNUM:
            out.append(str(TEENNUM[w]))
            i += 1
            continue
        if w == "hundred":
            out.append("00")
            i += 1
            continue
        if w == "thousand":
            out.append("00" if nxt in WORDNUM else ("0" if (nxt in TEENNUM or nxt in TENSNUM) else "000"))
            i += 1
            continue
        if w in WORDNUM:
            out.append(str(WORDNUM[w]))
            i += 1
            continue
        if nxt in ("for", "as") and len(w) == 1:
            # "b for bravo" / "b as in boy"
            out.append(w.upper() if letters else "")
            i += 3 if nxt == "for" else 4
            continue
        if w in HOMO and not letters:
            out.append(HOMO[w])
            i += 1
            continue
        if re.fullmatch(r"[a-z0-9]+", w):
            if w.isdigit() or letters:
                out.append(w.upper())
            elif len(w) == 1:
                pass
            else:
                out.append(re.sub(r"\D", "", w))
            i += 1
            continue
        i += 1
    return "".join(out)


def normalise_email(text):
    t = text.lower().strip().replace("[at]", " at ").replace("[dot]", " dot ")
    if "@" in t:
        return t.replace(" ", "")
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w == "at":
            out.append("@")
        elif w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in TENSNUM or w in TEENNUM or w in WORDNUM and w not in ("o",):
            j = i
            seq = []
            while j < len(toks) and (toks[j] in TENSNUM or toks[j] in TEENNUM or toks[j] in WORDNUM):
                seq.append(toks[j])
                j += 1
            out.append(normalise(" ".join(seq)))
            i = j
            continue
        else:
            out.append(w)
        i += 1
    return "".join(out)


def iban_ok(v):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", v):
        return False
    r = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
MONTH_RE = re.compile(r"\b(" + "|".join(m[:3] for m in MONTHS) + r")", re.I)


def validate(typ, text):
    """Return None if OK else a message."""
    if typ == "EMAIL":
        e = normalise_email(text)
        return None if re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email %r" % e
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        v = normalise(text, letters=True)
        if typ == "NI_NUMBER":
            return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) else "bad NI %r" % v
        if typ == "IBAN":
            return None if iban_ok(v) else "bad IBAN %r" % v
        if re.fullmatch(r"\d{5}(\d{4})?", v) or UKPC_RE.match(v) or re.fullmatch(r"\d{5}(\d{4})?", normalise(text)):
            return None
        return "bad postcode %r" % v
    d = normalise(text)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %r" % d
    if typ == "CVV":
        return None if len(d) in (3, 4) else "bad cvv %r" % d
    if typ == "SSN":
        return None if len(d) == 9 else "bad ssn %r" % d
    if typ == "SORT_CODE":
        return None if len(d) == 6 else "bad sort code %r" % d
    if typ == "BANK_ACCOUNT":
        return None if 6 <= len(d) <= 17 else "bad account %r" % d
    if typ == "PHONE":
        return None if 10 <= len(d) <= 13 else "bad phone %r" % d
    if typ == "EXPIRY":
        if MONTH_RE.search(text) and len(d) >= 2:
            return None
        if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12:
            return None
        if len(d) == 3 and 1 <= int(d[0]) <= 9:
            return None
        return "bad expiry %r" % d
    if typ == "DOB":
        if MONTH_RE.search(text) and len(d) >= 3:
            return None
        if 4 <= len(d) <= 8:
            return None
        return "bad dob %r" % d
    if typ == "ADDRESS":
        if d and re.search(r"\b(" + "|".join(SUFF + list(SUFF_AB.values())) + r"|road|close|crescent|kingsway|stret|avenu)\b", text, re.I):
            return None
        return "bad address %r" % text
    return "unknown type %s" % typ


# ---------------------------------------------------------------- non-PII helpers
def money():
    r = R.random()
    if r < 0.55:
        return "$%d.%02d" % (R.randrange(5, 400), R.randrange(100))
    if r < 0.65:
        return "$%d,%03d.%02d" % (R.randrange(1, 4), R.randrange(1000), R.randrange(100))
    return "$%d" % R.randrange(10, 300)


def money_spoken():
    d = R.randrange(12, 999)
    s = (DW[d // 100] + " hundred " + (n2w(d % 100) if d % 100 else "")).strip() if d >= 100 else n2w(d)
    return s + " dollars" + ((" and " + n2w(R.randrange(1, 99)) + " cents") if R.random() < 0.6 else "")


def ref_digits(lo=5, hi=9):
    return digits(R.randrange(lo, hi + 1))


def time_typed():
    return "%d:%02d %s" % (R.randrange(1, 13), R.choice([0, 15, 30, 45, 5, 20]), R.choice(["am", "pm", "AM", "PM"]))


def time_spoken():
    return R.choice(["%s %s" % (n2w(R.randrange(1, 13)), R.choice(["thirty", "fifteen", "forty five", "o'clock", "oh five"])),
                     "quarter past %s" % n2w(R.randrange(1, 13)),
                     "half past %s" % n2w(R.randrange(1, 13))])


def appt_date():
    m = R.randrange(1, 13)
    d = R.randrange(1, 29)
    return R.choice(["%s %d" % (MONTHS[m - 1].title(), d), "%d/%d" % (m, d), "%02d/%02d/2026" % (m, d),
                     "%s %s" % (MONTHS[m - 1], ORD[d]), "the %s of %s" % (ORD[d], MONTHS[m - 1])])


# ---------------------------------------------------------------- positives
def cust_ack():
    return R.choice(["yeah ", "yes ", "sure ", "okay ", "um ", "so ", "", "alright ", "uh yeah it's "])


def p_ssn_call():
    s = ssn()
    st = R.randrange(3)
    if st == 0:
        sp = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:], filler=True)
    elif st == 1:
        sp = say_pairs(s[:3]) + " " + say_pairs(s[3:5]) + " " + say_pairs(s[5:])
    else:
        sp = say_digits(s, multi=True)
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "utilities", "telecom"])
    turns = [A(R.choice(["for verification can i get your social security number please",
                         "and what's your social",
                         "i'll need the full social security number on the account",
                         "can you give me your s s n"])),
             C(cust_ack(), V(sp, "SSN"), R.choice(["", " and that's for the account in my name", " i think", ""]))]
    return turns, "call/%s: SSN spoken in one turn (%s)" % (ind, ["3-2-4 digits", "pairs", "digit run with doubles"][st])


def p_ssn_chat():
    s = ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s–%s–%s"])
    v = f % (s[:3], s[3:5], s[5:])
    lead = R.choice(["my ssn is ", "SSN: ", "social is ", "ss# ", "Its ", "social security no. ", "ssn ", "here u go "])
    tail = R.choice(["", " thanks", ". Please hurry, the bill is due " + appt_date(), " (primary account holder)", " and my claim # is " + ref_digits(6, 8)])
    ind = R.choice(["banking", "insurance", "retail credit", "government services", "healthcare billing"])
    return [A("To verify your identity, please provide your Social Security number."),
            C(lead, V(v, "SSN"), tail)], "chat/%s: SSN typed (%s)" % (ind, f.replace("%s", "N"))


def p_ssn_split():
    s = ssn()
    parts = [s[:3], s[3:5], s[5:]]
    turns = [A("okay and the social security number whenever you're ready")]
    g = "ssn"
    for i, p in enumerate(parts):
        sp = say_pairs(p) if (R.random() < 0.3 and p[-1] != "0") else say_digits(p)
        turns.append(C(("" if i else cust_ack()), V(sp, "SSN", g)))
        if i < 2:
            turns.append(A(R.choice(BACK)))
    return turns, "call/%s: SSN split 3-2-4 over three customer turns with back-channels" % R.choice(["insurance", "banking", "utilities", "government services"])


def p_ssn_readback():
    s = ssn()
    sp = say_digits(s)
    rb = say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:])
    return [A("and your social security number"),
            C(V(sp, "SSN")),
            A("let me read that back ", V(rb, "SSN"), " is that right"),
            C("yes that's correct")], "call/banking: SSN spoken then read back by the agent"


def p_ssn_correction():
    s = ssn()
    s2 = s[:-2] + "".join(str(R.randrange(10)) for _ in range(2))
    while s2 == s:
        s2 = s[:-2] + "%02d" % R.randrange(100)
    return [A("can you confirm the social on the account"),
            C(V(say_digits(s), "SSN"), " oh no sorry that's wrong it's ", V(say_digits(s2), "SSN"))], \
        "call/insurance: caller self-corrects SSN, both readings labelled"


def p_ssn_dob():
    s = ssn()
    y, m, d = dob()
    if R.random() < 0.5:
        return [A("I need your date of birth and social security number to proceed."),
                C("dob ", V(dob_typed(y, m, d), "DOB"), " ssn ", V("%s-%s-%s" % (s[:3], s[3:5], s[5:]), "SSN"))], \
            "chat/healthcare billing: DOB and SSN in one message"
    return [A("okay i'll need your date of birth and the last name on the account and the social"),
            C("it's ", R.choice(LAST), " born ", V(dob_spoken(y, m, d), "DOB"), " and the social is ", V(say_digits(s), "SSN"))], \
        "call/government services: surname, DOB and SSN in one turn"


def card_spoken(c):
    g = group_card(c).split()
    st = R.randrange(3)
    if st == 0:
        return " ".join(say_digits(x) for x in g)
    if st == 1:
        return say_mixed(group_card(c))
    return say_digits(c, filler=True)


def p_card_call():
    c = card()
    m, y = expiry()
    cv = cvv(4 if c[0] == "3" else 3)
    ind = R.choice(["telecom", "utilities", "retail", "travel", "insurance", "healthcare billing"])
    turns = [A("i can take that payment of ", money_spoken(), " now what's the long number across the front of the card"),
             C(cust_ack(), V(card_spoken(c), "CARD_NUMBER")),
             A("thank you and the expiration date"),
             C(V(exp_spoken(m, y), "EXPIRY")),
             A("and the " + ("four digit code on the front" if c[0] == "3" else "three digit security code on the back")),
             C(V(say_digits(cv), "CVV"))]
    return turns, "call/%s: card, expiry, security code in separate turns, amount spoken nearby" % ind


def p_card_split():
    c = card()
    gs = group_card(c).split()
    if len(gs) == 4 and R.random() < 0.4:
        gs = [gs[0] + gs[1], gs[2], gs[3]]
    chunks = [say_pairs(x) if (R.random() < 0.25 and x[-1] != "0") else say_digits(x) for x in gs]
    turns = [A("okay go ahead with the card number")]
    for i, ch in enumerate(chunks):
        turns.append(C(V(ch, "CARD_NUMBER", "card")))
        if i < len(chunks) - 1:
            turns.append(A(R.choice(BACK)))
    m, y = expiry()
    turns.append(A("and expiry"))
    turns.append(C(R.choice(["it's ", "", "expires "]), V(exp_spoken(m, y), "EXPIRY")))
    return turns, "call/%s: card number split over %d customer turns with back-channels" % (R.choice(["retail", "telecom", "travel"]), len(chunks))


def p_card_chat():
    c = card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    cv = group_card(c, sep) if sep != "" else c
    m, y = expiry()
    cvc = cvv(4 if c[0] == "3" else 3)
    st = R.randrange(3)
    if st == 0:
        turns = [C("pls charge my card ", V(cv, "CARD_NUMBER"), " exp ", V(exp_typed(m, y), "EXPIRY"), " cvv ", V(cvc, "CVV"), " for the " + money() + " balance")]
    elif st == 1:
        turns = [A("Please enter the card number, expiry and CVC."),
                 C(V(cv, "CARD_NUMBER")),
                 C(V(exp_typed(m, y), "EXPIRY"), R.choice([" ", ", ", " / "]), V(cvc, "CVV"))]
    else:
        turns = [C("Card: ", V(cv, "CARD_NUMBER"), "\nExp: ", V(exp_typed(m, y), "EXPIRY"), "\nSecurity code: ", V(cvc, "CVV"))]
    return turns, "chat/%s: card typed with separator %r plus expiry and CVV" % (R.choice(["retail", "travel", "telecom", "utilities"]), sep)


def p_card_readback():
    c = card()
    sp = card_spoken(c)
    rb = " ".join(say_digits(x, multi=False) for x in group_card(c).split())
    return [A("what card would you like to use today"),
            C("the visa " if c[0] == "4" else "my card ", V(sp, "CARD_NUMBER")),
            A("okay i have ", V(rb, "CARD_NUMBER"), " is that correct"),
            C("yep")], "call/travel: card read by caller then read back digit by digit by agent"


def p_card_chit():
    c = card()
    sp = " ".join(say_digits(x) for x in group_card(c).split())
    ch = split_words(sp, 2)
    return [A("and the card number please"),
            C(V(ch[0], "CARD_NUMBER", "c"), " hang on my glasses sorry the numbers are tiny ", V(ch[1], "CARD_NUMBER", "c")),
            A("thank you and that's a " + money_spoken() + " payment going through today")], \
        "call/utilities: card reading interrupted by chit-chat inside one turn"


def p_phone_call():
    p = us_phone()
    sp = say_us_phone(p)
    ind = R.choice(["telecom", "banking", "healthcare billing", "retail", "insurance"])
    lead = R.choice(["it's ", "best number is ", "you can reach me at ", "my cell is ", "yeah "])
    return [A("and what's the best callback number"),
            C(lead, V(sp, "PHONE"), R.choice(["", " that's my cell", " after " + time_spoken()]))], "call/%s: US phone spoken" % ind


def p_phone_area():
    p = us_phone()
    return [A("what number should we text the code to"),
            C("area code ", V(say_digits(p[:3]), "PHONE", "ph")),
            A(R.choice(BACK)),
            C(V(say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", "ph"))], \
        "call/banking: phone number split with 'area code' lead-in (area code word outside span)"


def p_phone_chat():
    p = us_phone()
    f = fmt_us_phone(p)
    return [C(R.choice(["call me back at ", "my number is ", "Phone: ", "pls text ", "u can reach me on "]), V(f, "PHONE"),
              R.choice(["", " anytime after " + time_typed(), ", its a cell", " thx"]))], "chat/%s: US phone typed as %r" % (R.choice(["telecom", "retail", "insurance"]), f)


def p_email_call():
    e = email_spoken()
    return [A("and can i get an email address for the receipt"),
            C(cust_ack(), V(e, "EMAIL"))], "call/%s: email spoken with 'at' and 'dot'" % R.choice(["retail", "telecom", "travel", "utilities"])


def p_email_chat():
    e = email_typed()
    return [C(R.choice(["email is ", "Email: ", "send it to ", "my email ", "pls update my email to "]), V(e, "EMAIL"),
              R.choice(["", " thanks", ". Order total was " + money(), " not the old one"]))], "chat/retail: email typed"


def p_email_phone():
    e = email_typed()
    p = us_phone()
    return [A("Can you confirm the contact details on file?"),
            C(V(e, "EMAIL"), R.choice([" / ", " and ", ", "]), V(fmt_us_phone(p), "PHONE"))], "chat/telecom: email and phone in one message"


def p_address_call():
    a = us_address(True)
    city, stt = R.choice(US_CITIES)
    z = zip_val()
    return [A("what's the service address"),
            C(cust_ack(), V(a, "ADDRESS"), " " + city.lower() + " " + STATE_NAMES[stt] + R.choice([" ", " zip code ", " zip ", " and the zip is "]), V(say_zip(z), "POSTCODE"))], \
        "call/%s: US street address spoken, city/state unlabelled, ZIP%s spoken" % (R.choice(["utilities", "telecom", "insurance"]), "+4" if "-" in z else "")


def p_address_chat():
    a = us_address(False)
    city, stt = R.choice(US_CITIES)
    z = zip_val()
    return [C(R.choice(["Ship to ", "New address: ", "i moved to ", "address is "]), V(a, "ADDRESS"), ", " + city + ", " + stt + " ", V(z, "POSTCODE"))], \
        "chat/retail: US address typed, ZIP%s" % ("+4" if "-" in z else "")


def p_zip_only():
    z = zip_val()
    if R.random() < 0.5:
        return [A("and the billing zip code for the card"), C(V(say_zip(z), "POSTCODE"))], "call/retail: billing ZIP spoken alone"
    return [A("What is the billing ZIP?"), C(V(z, "POSTCODE"))], "chat/retail: billing ZIP typed alone"


def p_dob_call():
    y, m, d = dob()
    return [A("can you verify your date of birth for me"),
            C(cust_ack(), V(dob_spoken(y, m, d), "DOB"))], "call/%s: DOB spoken" % R.choice(["healthcare billing", "insurance", "banking"])


def p_dob_chat():
    y, m, d = dob()
    return [A("Please confirm the date of birth of the policyholder."),
            C(R.choice(["DOB ", "born ", "", "its "]), V(dob_typed(y, m, d), "DOB"), R.choice(["", " (I'm " + str(2026 - y) + ")", " thx"]))], "chat/insurance: DOB typed, age unlabelled"


def p_bank_us():
    acct = digits(R.randrange(8, 13))
    if R.random() < 0.5:
        return [A("and the checking account number you want the payment drafted from"),
                C(V(say_digits(acct, filler=True), "BANK_ACCOUNT"))], "call/utilities: US checking account spoken"
    return [C("acct # ", V(acct, "BANK_ACCOUNT"), " for autopay, amount " + money())], "chat/utilities: US account typed with amount"


def p_ni_call():
    v = ni()
    st = R.randrange(3)
    letters = []
    for ch in v[:2]:
        c = ch.lower()
        letters.append(c + " for " + NATO[c] if R.random() < 0.3 else c)
    if st == 0:
        mid = say_digits(v[2:8], uk=True)
    elif st == 1:
        mid = say_pairs(v[2:8], uk=True)
    else:
        mid = say_digits(v[2:4], uk=True) + " " + say_digits(v[4:6], uk=True) + " " + say_digits(v[6:8], uk=True)
    suf = v[8].lower()
    sp = " ".join(letters) + " " + mid + " " + (suf + " for " + NATO[suf] if R.random() < 0.3 else suf)
    return [A("and your national insurance number please"),
            C(cust_ack(), V(sp, "NI_NUMBER"))], "call/uk %s: NI number spoken, letters and digits" % R.choice(["government services", "banking", "insurance", "utilities"])


def p_ni_chat():
    v = ni()
    f = R.choice(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"])
    t = f % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if R.random() < 0.4:
        t = t.lower()
    return [A("Could you confirm your National Insurance number?"),
            C(R.choice(["NI no: ", "its ", "", "NINO ", "national insurance "]), V(t, "NI_NUMBER"), R.choice(["", " cheers", " - tax year 2025/26"]))], "chat/uk government services: NI number typed"


def p_ni_split():
    v = ni()
    turns = [A("right can i take your national insurance number")]
    chunks = [" ".join(x.lower() for x in v[:2]), say_pairs(v[2:8], uk=True), v[8].lower()]
    for i, chs in enumerate(chunks):
        turns.append(C(V(chs, "NI_NUMBER", "ni")))
        if i < 2:
            turns.append(A(R.choice(["yep", "mhm", "okay", "and the last letter"])))
    return turns, "call/uk government services: NI number split over three turns"


def p_ni_readback():
    v = ni()
    sp = " ".join(ch.lower() for ch in v[:2]) + " " + say_digits(v[2:8], uk=True) + " " + v[8].lower()
    rb = " ".join(ch.lower() for ch in v[:2]) + " " + say_pairs(v[2:8], uk=True) + " " + v[8].lower()
    return [A("national insurance number"), C(V(sp, "NI_NUMBER")), A("so that's ", V(rb, "NI_NUMBER"), " yeah"), C("that's it")], "call/uk banking: NI read back by agent in pairs"


def p_uk_bank():
    sc = digits(6, False)
    acc = digits(8, False)
    if R.random() < 0.5:
        return [A("what's the sort code and account number"),
                C("sort code ", V(say_pairs(sc, uk=True), "SORT_CODE"), " account ", V(say_digits(acc, uk=True), "BANK_ACCOUNT"))], "call/uk banking: sort code in pairs and account number in one turn"
    return [C("sort code ", V("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE"), " acc no ", V(acc, "BANK_ACCOUNT"))], "chat/uk utilities: sort code and account typed"


def p_uk_address():
    pc = R.choice(UK_PC)
    num = str(R.randrange(1, 200))
    st = R.choice(UK_STREETS)
    if R.random() < 0.5:
        return [A("and the postcode"), C(V(say_ukpc(pc), "POSTCODE")), A("and the first line of the address"), C(V((n2w(int(num)) if int(num) < 100 else say_digits(num)) + " " + st.lower(), "ADDRESS"))], "call/uk utilities: postcode spelled then house number and street"
    return [C("Address is ", V(num + " " + st, "ADDRESS"), ", " + R.choice(["Leeds", "Bristol", "London", "Cardiff"]) + " ", V(pc, "POSTCODE"))], "chat/uk retail: UK address and postcode typed"


def p_uk_phone():
    p = uk_phone()
    if R.random() < 0.5:
        return [A("best contact number"), C(V(say_digits(p, uk=True), "PHONE"))], "call/uk telecom: mobile spoken with oh/nought"
    return [C("mob ", V(R.choice([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:]]), "PHONE"))], "chat/uk telecom: mobile typed"


def p_iban():
    v = iban_val()
    if R.random() < 0.6:
        return [C(R.choice(["IBAN: ", "my iban is ", "refund to ", "Please pay into "]), V(R.choice([v, iban_group(v), iban_group(v).lower()]), "IBAN"))], "chat/%s: IBAN typed (%s)" % (R.choice(["travel", "insurance", "banking"]), v[:2])
    parts = []
    for ch in v:
        if ch.isdigit():
            parts.append(DW[int(ch)] if ch != "0" else "zero")
        else:
            parts.append(ch.lower())
    sp = " ".join(parts)
    ch = split_words(sp, 2)
    return [A("and the iban for the refund"), C(V(ch[0], "IBAN", "ib")), A("go on"), C(V(ch[1], "IBAN", "ib"))], "call/%s travel: IBAN spelled out over two turns" % v[:2]


def homophonise(sp):
    """Replace one 'two'/'four'/'eight' with an ASR homophone."""
    ws = sp.split()
    idx = [i for i, w in enumerate(ws) if w in ("two", "four", "eight") and (i == 0 or ws[i - 1] not in TENSNUM and ws[i - 1] not in ("double", "triple"))]
    if not idx:
        return sp, False
    for i in R.sample(idx, min(len(idx), R.choice([1, 1, 2]))):
        ws[i] = {"two": R.choice(["to", "too"]), "four": "for", "eight": "ate"}[ws[i]]
    return " ".join(ws), True


def p_homophone():
    k = R.randrange(4)
    if k == 0:
        v = ssn()
        sp, _ = homophonise(say_digits(v, multi=False))
        return [A("and the social"), C(V(sp, "SSN"))], "call/insurance: SSN with ASR homophones (to/for/ate) for digits"
    if k == 1:
        v = us_phone()
        sp, _ = homophonise(say_digits(v, multi=False))
        return [A("what's a good number for you"), C("it's ", V(sp, "PHONE"))], "call/telecom: phone with ASR homophones (to/for/ate)"
    if k == 2:
        v = card()
        sp, _ = homophonise(" ".join(say_digits(x, multi=False) for x in group_card(v).split()))
        return [A("go ahead with the card"), C(V(sp, "CARD_NUMBER"))], "call/retail: card with ASR homophones (to/for/ate)"
    v = zip5()
    sp, _ = homophonise(say_digits(v, multi=False))
    return [A("zip code"), C(V(sp, "POSTCODE"))], "call/utilities: ZIP with ASR homophones"


def p_asr_digits():
    k = R.randrange(3)
    if k == 0:
        v = ssn()
        t = R.choice(["%s %s %s" % (v[:3], v[3:5], v[5:]), say_digits(v[:3]) + " " + v[3:5] + " " + v[5:], v])
        return [A("and your social security number"), C("yeah it's ", V(t, "SSN"), R.choice(["", " and i've been a customer for " + n2w(R.randrange(3, 30)) + " years"]))], "call/banking: SSN where the ASR emitted digits (partly)"
    if k == 1:
        v = card()
        t = group_card(v) if R.random() < 0.6 else say_digits(v[:4]) + " " + group_card(v[4:] if len(v) == 16 else v[4:], " ")
        return [A("and the card number"), C(V(t, "CARD_NUMBER")), A("and the expiration"), C(V("%02d %02d" % expiry(), "EXPIRY"))], "call/travel: card where the ASR emitted digit groups"
    v = us_phone()
    t = "%s %s %s" % (v[:3], v[3:6], v[6:]) if R.random() < 0.5 else v[:3] + " " + say_digits(v[3:])
    return [A("number to reach you"), C(V(t, "PHONE"))], "call/retail: phone where the ASR emitted digits"


def p_phone_readback():
    p = us_phone()
    return [A("and the phone number on the account"), C(V(say_us_phone(p), "PHONE")),
            A("okay so area code ", V(say_digits(p[:3], multi=False), "PHONE", "rb"), " ", V(say_digits(p[3:], multi=False), "PHONE", "rb"), " correct"),
            C("that's right")], "call/banking: phone read back by agent with 'area code' outside the span"


def p_multi_call():
    z = zip5()
    p = us_phone()
    y, m, d = dob()
    return [A("okay to pull up the account i'll need the billing zip the phone number and your date of birth"),
            C("sure zip is ", V(say_zip(z), "POSTCODE"), " phone is ", V(say_us_phone(p), "PHONE"), " and i was born ", V(dob_spoken(y, m, d), "DOB"))],         "call/healthcare billing: ZIP, phone and DOB in one ASR turn"


def p_email_chat_words():
    user, dom = email_parts()
    u = "".join(user)
    d1, d2 = dom.split(".")
    t = R.choice(["%s at %s dot %s" % (u, d1, d2), "%s [at] %s [dot] %s" % (u, d1, d2), "%s @ %s . %s" % (u, d1, d2)])
    return [C("my email is ", V(t, "EMAIL"), R.choice(["", " (spam filter hates the @ lol)"]))], "chat/retail: e-mail typed with words/brackets to dodge filters"


def p_dob_age():
    y, m, d = dob()
    return [A("and can i confirm the date of birth on the policy"),
            C("yeah ", V(dob_spoken(y, m, d), "DOB"), " so i'm ", n2w(min(99, 2026 - y)), " now and the policy started in ", say_year(R.randrange(2010, 2025))),
            A("thank you your premium is ", money_spoken(), " a month")], "call/insurance: DOB next to unlabelled age, start year and premium"


def p_phone_correction():
    p = us_phone()
    q = p[:6] + p[6:8] + p[9] + p[8] if p[8] != p[9] else p[:6] + "%04d" % R.randrange(10000)
    return [A("and a callback number"),
            C(V(say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE"), R.choice([" wait no sorry it's ", " no hang on that's my old one it's ", " um actually "]), V(say_digits(q[:3]) + " " + say_digits(q[3:6]) + " " + say_digits(q[6:]), "PHONE")),
            A("no worries got it")], "call/healthcare billing: phone self-correction; both readings labelled"


def p_cvv_chat():
    c = card()
    m, y = expiry()
    cv = cvv(4 if c[0] == "3" else 3)
    return [A("Thanks. To complete the %s payment, please send the card number, expiration and the security code." % money()),
            C(V(group_card(c, R.choice([" ", "-", ""])), "CARD_NUMBER"), R.choice([" exp:", " exp ", " expires "]), V(R.choice(["%02d/20%02d" % (m, y), "%02d/%02d" % (m, y), MONTHS[m - 1].title()[:3] + " 20%02d" % y]), "EXPIRY"),
              R.choice([" cvc:", " cvv2 ", " code ", " sec code: "]), V(cv, "CVV"), R.choice(["", " thx", " billing zip same as before"]))], "chat/travel: card, expiry and CVC in one message with varied labels"


def p_address_typo_chat():
    a = us_address(False).lower()
    a = a.replace("street", "stret").replace("avenue", "avenu") if R.random() < 0.5 else a
    city, stt = R.choice(US_CITIES)
    z = zip5()
    return [C("hi i moved last week, new adress is ", V(a, "ADDRESS"), " " + city.lower() + " " + stt.lower() + " ", V(z, "POSTCODE"), " can u update my billing")], "chat/utilities: lower-case US address with typos, ZIP"


def p_zip_asr_digits():
    z = zip5()
    t = " ".join(z) if R.random() < 0.5 else z
    return [A("and what zip code is the card billed to"), C("it's ", V(t, "POSTCODE"), R.choice(["", " same as the service address"]))], "call/retail: ZIP where the ASR emitted digits"


POS = [(p_ssn_call, 14), (p_ssn_chat, 12), (p_ssn_split, 5), (p_ssn_readback, 3), (p_ssn_correction, 2), (p_ssn_dob, 6),
       (p_card_call, 10), (p_card_split, 5), (p_card_chat, 10), (p_card_readback, 3), (p_card_chit, 3),
       (p_phone_call, 8), (p_phone_area, 4), (p_phone_chat, 7), (p_email_call, 7), (p_email_chat, 6), (p_email_phone, 4),
       (p_address_call, 8), (p_address_chat, 8), (p_zip_only, 5), (p_dob_call, 6), (p_dob_chat, 5), (p_bank_us, 7),
       (p_ni_call, 12), (p_ni_chat, 10), (p_ni_split, 4), (p_ni_readback, 3), (p_uk_bank, 15), (p_uk_address, 5),
       (p_uk_phone, 4), (p_iban, 13),
       (p_homophone, 10), (p_asr_digits, 9), (p_phone_readback, 4), (p_multi_call, 5), (p_email_chat_words, 4), (p_dob_age, 4),
       (p_phone_correction, 3), (p_cvv_chat, 6), (p_address_typo_chat, 5), (p_zip_asr_digits, 4)]


# ---------------------------------------------------------------- negatives
def n_policy_chat():
    w = R.choice(["policy number", "Policy #", "member ID", "claim number", "claim #", "group number", "case number", "ticket #", "invoice no."])
    return [C("Hi, my %s is %s and I was charged %s twice on %s." % (w, ref_digits(6, 10), money(), appt_date()))], "chat/insurance: %s with amount and billing date" % w


def n_policy_call():
    w = R.choice(["policy number", "member id", "claim number", "reference number", "order number", "confirmation number", "case number"])
    r = ref_digits(5, 9)
    return [A("can i get the %s please" % w), C("yeah the %s is %s" % (w, say_digits(r))),
            A("thank you i see a balance of %s due on %s" % (money_spoken(), appt_date()))], "call/insurance: %s spoken digit by digit with its name, balance" % w


def n_tracking():
    r = ref_digits(8, 10)
    return [C("where is my package?? tracking number %s, it said arriving by %s" % (r, time_typed())),
            A("I see order #%s shipped %s via ground, %d items, estimated %d-%d business days." % (ref_digits(6, 8), appt_date(), R.randrange(1, 6), R.randrange(2, 4), R.randrange(5, 8)))], "chat/retail: tracking and order numbers with counts and times"


def n_money_call():
    return [A("your current balance is %s and the minimum payment is %s" % (money_spoken(), money_spoken())),
            C("okay and when is that due"), A("that's due on %s by %s eastern" % (appt_date(), time_spoken()))], "call/banking: spoken balances, due date, time"


def n_appointment():
    return [A("i have an opening on %s at %s or %s at %s" % (appt_date(), time_spoken(), appt_date(), time_spoken())),
            C("the %s one works it'll take about %s minutes right" % (R.choice(["first", "second"]), n2w(R.randrange(15, 60))))], "call/healthcare billing: appointment dates and times, duration"


def n_flight():
    fl = R.choice(["UA", "AA", "DL", "B6", "WN", "EI", "BA"]) + str(R.randrange(100, 2999))
    return [C("my flight %s on %s was cancelled, confirmation code %s" % (fl, appt_date(), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))),
            A("I'm sorry about that. I can rebook you on flight %s departing %s from gate %s%d, seat %d%s." % (fl[:2] + str(R.randrange(100, 2999)), time_typed(), R.choice("ABCDE"), R.randrange(1, 40), R.randrange(1, 40), R.choice("ABCDEF")))], "chat/travel: flight numbers, confirmation code, gate, seat"


def n_flight_call():
    n = R.randrange(100, 1999)
    return [C("i'm on flight %s %s leaving at %s" % (R.choice(["united", "delta", "american", "southwest"]), say_pairs(str(n)), time_spoken())),
            A("okay and how many bags are you checking"), C("two bags and a car seat")], "call/travel: flight number spoken in pairs"


def n_hotel():
    return [C("We're in room %d, checked in %s, the AC is stuck at %d degrees" % (R.randrange(101, 2400), appt_date(), R.randrange(60, 90))),
            A("So sorry! Maintenance will be up within %d minutes, and I've applied a %d%% discount to your %d-night stay." % (R.randrange(10, 45), R.randrange(10, 30), R.randrange(2, 8)))], "chat/travel: room number, temperature, percentage, counts"


def n_model():
    mdl = R.choice(["WX-", "AX", "RT-", "SM-G", "KDL-", "XR"]) + str(R.randrange(100, 9999)) + R.choice(["", "B", "X", "-2"])
    return [C("the router model %s keeps dropping, my plan is %d mbps but i get %d" % (mdl, R.choice([300, 500, 940, 1000]), R.randrange(5, 90))),
            A("Thanks! Firmware %d.%d.%d is the latest. I'll open ticket %s for you." % (R.randrange(1, 9), R.randrange(0, 20), R.randrange(0, 99), ref_digits(6, 8)))], "chat/telecom: model number, speeds, firmware version, ticket"


def n_meter():
    r = "%05d" % R.randrange(100, 99999)
    return [A("can you read me the numbers on the meter"), C("it says %s" % say_digits(r)),
            A("thanks so that's %s kilowatt hours since the last reading on %s" % (n2w(R.randrange(20, 99)) + " hundred", appt_date()))], "call/utilities: meter reading spoken, consumption, reading date"


def n_meter_chat():
    return [C("Meter reading today: %05d. Last bill was %s for %d kWh, usage up %d%% vs last year (%d)" % (R.randrange(1000, 99999), money(), R.randrange(200, 1800), R.randrange(2, 40), R.randrange(2018, 2026)))], "chat/utilities: meter reading, amount, kWh, percentage, year"


def n_years():
    return [A("how long have you been with us"), C("oh since %s so what %s years now i was %s when i opened it" % (say_year(R.randrange(1985, 2015)), n2w(R.randrange(11, 40)), n2w(R.randrange(18, 60))))], "call/banking: years, durations, ages spoken"


def n_contract():
    return [A("Your contract started on %s and runs for %d months; early termination is %s." % (appt_date(), R.choice([12, 18, 24, 36]), money())),
            C("ok and if i add %d lines?" % R.randrange(2, 6)), A("Each line is %s/mo, so %s total with tax (%s%%)." % (money(), money(), "%d.%d" % (R.randrange(5, 11), R.randrange(10))))], "chat/telecom: contract start date, months, prices, tax rate"


def n_apr():
    return [C("why did my APR go up to %d.%02d%%? I've paid %s on time every month since %s" % (R.randrange(15, 30), R.randrange(100), money(), MONTHS[R.randrange(12)].title() + " " + str(R.randrange(2015, 2026)))),
            A("I understand. The rate change was effective %s. Your credit limit is %s and statement balance %s." % (appt_date(), money(), money()))], "chat/banking: APR, limits, balances, effective date"


def n_claim_call():
    r = ref_digits(7, 10)
    return [C("i'm calling about claim number %s" % say_pairs(r)), A("okay i see that claim from the accident on %s for %s" % (appt_date(), money_spoken())),
            C("right and the deductible was %s" % money_spoken())], "call/insurance: claim number read in pairs, date of loss, amounts"


def n_rx():
    return [C("my prescription number is %s and it's %d mg twice a day, %d refills left" % (ref_digits(7, 9), R.choice([10, 20, 25, 50, 100, 500]), R.randrange(0, 5))),
            A("Thank you, the copay is %s and it'll be ready after %s." % (money(), time_typed()))], "chat/healthcare billing: prescription number, dosage, refills, copay"


def n_order_call():
    r = ref_digits(6, 9)
    return [A("do you have the order number handy"), C("it's um %s" % say_digits(r)), A("mhm"),
            C("and i ordered %s of them at %s each" % (n2w(R.randrange(2, 12)), money_spoken()))], "call/retail: order number spoken, quantity, unit price"


def n_speed_temp():
    return [C("the fridge is showing %d degrees and it's only %d months old model %s" % (R.randrange(38, 60), R.randrange(2, 18), "LRF" + str(R.randrange(1000, 9999)))),
            A("ok i can get a technician out on %s between %s and %s" % (appt_date(), time_typed(), time_typed()))], "chat/retail: temperature, age of appliance, model, time window"


def n_store_address():
    return [A("our store hours are %s to %s monday through saturday" % (time_spoken(), time_spoken())),
            C("great and how long is the return window"), A("it's %s days and you'll get a refund of %s" % (n2w(R.randrange(14, 90)), money_spoken()))], "call/retail: hours, durations, refund"


def n_payment_date():
    d = appt_date()
    return [A("your last payment of %s was received on %s" % (money(), d)),
            C("ok and the next one is %s?" % appt_date()),
            A("Correct, and autopay will draft %s on that date. Your account is %d days past due." % (money(), R.randrange(0, 60)))], "chat/utilities: payment dates (not DOB), amounts, day counts"


def n_member_call():
    r = ref_digits(8, 10)
    return [A("do you have your member id card in front of you"), C("yep member id %s group %s" % (say_digits(r), say_digits(ref_digits(4, 6)))),
            A("thank you and is this for the visit on %s" % appt_date())], "call/healthcare billing: member id and group number spoken with names"


def n_percent_counts():
    return [C("I have %d kids on the family plan and we used %d.%d GB out of %d GB, that's like %d%%" % (R.randrange(2, 5), R.randrange(2, 40), R.randrange(10), R.choice([50, 100, 150]), R.randrange(20, 99))),
            A("Thanks! Upgrading to unlimited is %s more per month for all %d lines." % (money(), R.randrange(3, 6)))], "chat/telecom: counts, data usage, percentages, price"


def n_invoice():
    return [C("Invoice INV-%s for %s dated %s still shows unpaid, I paid by check #%d" % (ref_digits(5, 7), money(), appt_date(), R.randrange(100, 9999))),
            A("I see it. The check posted %s; I'll update invoice %s now." % (appt_date(), ref_digits(5, 7)))], "chat/retail: invoice number, check number, dates, amount"


def n_quote():
    return [A("the quote comes to %s a month for the first %s months then it goes up to %s" % (money_spoken(), n2w(R.choice([6, 12])), money_spoken())),
            C("and is that with the %s dollar deductible" % R.choice(["five hundred", "one thousand", "two hundred fifty"])), A("yes with the %s deductible" % R.choice(["five hundred", "one thousand"]))], "call/insurance: quote amounts and deductibles spoken"


def n_ref_ie():
    return [C("Hi, reference %s, I was billed \u20ac%d.%02d on %s for the %d kWh" % (ref_digits(7, 10), R.randrange(40, 400), R.randrange(100), appt_date(), R.randrange(100, 900))),
            A("Thanks, that bill covers %d days at %d.%d cent per unit." % (R.randrange(55, 65), R.randrange(20, 45), R.randrange(10)))], "chat/ireland utilities: reference number, euro amount, units"


def n_renewal():
    return [A("your policy renews on %s and the new premium is %s a month" % (R.choice(["march third twenty twenty seven", "the first of june", "january fifteenth", "october twenty second twenty twenty six"]), money_spoken())),
            C("and it was %s last year right" % money_spoken()), A("correct that's about a %s percent increase" % n2w(R.randrange(3, 19)))], "call/insurance: renewal date (not DOB), premiums, percentage"


def n_store_number():
    return [C("I returned it at store number %s on %s, receipt #%s, still no refund of %s" % (digits(R.choice([4, 5])), appt_date(), ref_digits(8, 10), money())),
            A("Thanks! Refunds take %d-%d business days. I've escalated it under case %s." % (R.randrange(3, 5), R.randrange(7, 10), ref_digits(7, 8)))], "chat/retail: store number (ZIP-like), receipt and case numbers, refund"


def n_tracking_call():
    return [A("i can give you the tracking number if you have a pen"), C("go ahead"),
            A("okay the tracking number is %s and it's out for delivery by %s" % (say_digits(ref_digits(8, 10)), time_spoken())), C("perfect and it's %s boxes" % n2w(R.randrange(2, 6)))], "call/retail: agent reads tracking number, delivery time, count"


def n_family_ages():
    return [C("i need to add my kids to the plan they're %s and %s and my mom's %s" % (n2w(R.randrange(5, 17)), n2w(R.randrange(5, 17)), n2w(R.randrange(60, 90)))),
            A("no problem each line is %s and you've got %s of %s lines used" % (money_spoken(), n2w(R.randrange(2, 5)), n2w(R.randrange(5, 11))))], "call/telecom: ages, counts, prices spoken"


def n_policy_pairs_call():
    w = R.choice(["policy number", "member number", "account reference", "group number"])
    r = ref_digits(6, 8)
    if len(r) % 2:
        r = r[:-1]
    return [A("and the %s" % w), C("it's %s" % say_pairs(r)), A(R.choice(BACK)),
            C("and the bill was %s for %s" % (money_spoken(), MONTHS[R.randrange(12)]))], "call/insurance: %s read in pairs, bill amount" % w


def n_speed_call():
    return [C("i'm paying for %s hundred megs and the speed test says %s" % (R.choice(["three", "five", "nine"]), n2w(R.randrange(11, 99)))),
            A("okay i see %s outages in your area since %s and the tech visit is on %s between %s and %s" % (n2w(R.randrange(2, 6)), appt_date(), appt_date(), time_spoken(), time_spoken()))], "call/telecom: speeds, counts, dates, times spoken"


NEG = [(n_policy_chat, 10), (n_policy_call, 10), (n_tracking, 6), (n_money_call, 5), (n_appointment, 4), (n_flight, 4),
       (n_flight_call, 3), (n_hotel, 3), (n_model, 4), (n_meter, 4), (n_meter_chat, 3), (n_years, 4), (n_contract, 4),
       (n_apr, 3), (n_claim_call, 6), (n_rx, 4), (n_order_call, 5), (n_speed_temp, 3), (n_store_address, 3),
       (n_payment_date, 4), (n_member_call, 6), (n_percent_counts, 3), (n_invoice, 3), (n_quote, 3), (n_ref_ie, 3),
       (n_renewal, 4), (n_store_number, 4), (n_tracking_call, 4), (n_family_ages, 3), (n_policy_pairs_call, 5), (n_speed_call, 3)]


# ---------------------------------------------------------------- assemble / check
def generate():
    R.seed(SEED)
    jobs = []
    for f, n in POS:
        jobs += [("positive", f)] * n
    for f, n in NEG:
        jobs += [("negative", f)] * n
    R.shuffle(jobs)
    cases, meta = [], []
    np_, nn = 0, 0
    for kind, f in jobs:
        turns, note = f()
        t, spans, groups = build(turns)
        if kind == "positive":
            np_ += 1
            cid = "h85-pos-%03d" % np_
        else:
            nn += 1
            cid = "h85-neg-%03d" % nn
            assert not spans
        cases.append({"id": cid, "kind": kind, "turns": t, "spans": spans, "note": note})
        meta.append(groups)
    order = sorted(range(len(cases)), key=lambda i: (cases[i]["kind"] != "positive", cases[i]["id"]))
    return [cases[i] for i in order], [meta[i] for i in order]


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def readme(cases):
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h85 (US-heavy)

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs, the benchmark script or any other
PII fixture; only a three-line example of the JSONL format. Cases are produced
by `scripts/make_pii_holdout85.py` from template functions: every turn is
assembled from plain-text segments and labelled (value, TYPE) segments, so all
offsets are computed, never typed by hand. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible
(`python scripts/make_pii_holdout85.py --check` regenerates and compares, and
validates every labelled value after normalising spoken forms: Luhn for cards,
mod-97 for IBANs, NI format, 9 digits for SSNs, 6 for sort codes, digit counts
for CVV / phone / account, ZIP and UK postcode shapes).

Emphasis: mostly US contact centres (SSNs typed and spoken in many ways, ZIP
and ZIP+4, US phone formats, US street addresses, card payments by phone), plus
UK (NI numbers, sort codes, postcodes, mobiles) and Irish/EU IBANs. Chat turns
are typed (separators, case, missing punctuation); call turns are ASR-style
(lower case, numbers as words, "oh"/"o"/"zero"/"nought", "double"/"triple",
pairs such as "forty one eleven", letters as "b for bravo", e-mails as
"j dot doe at gmail dot com", values split over several customer turns with
agent back-channels, agent read-backs, self-corrections, fillers inside a
reading).

## Annotation conventions

* A span covers exactly the value: first to last character of the number /
  words that encode it. Lead-ins ("my social is", "area code", "sort code",
  "exp", "cvv", "born") are outside the span.
* Fillers ("um", "uh") and words such as "double", "triple", "dash",
  "slash", "for bravo" that occur *inside* a reading are inside the span.
* ASR homophones standing for digits ("to"/"too" = 2, "for" = 4, "ate" = 8)
  and digits the recogniser emitted as numerals ("four nine two 08 6045") are
  part of the value and inside the span.
* A value split over several turns is labelled once per turn (one span per
  fragment); the back-channel turns carry no spans. A reading interrupted by
  chit-chat inside one turn is two spans.
* When the agent reads a value back, the read-back is labelled too; when a
  caller self-corrects, both readings are labelled.
* ADDRESS = the street line only (house number, optional direction, street
  name, suffix, optional apartment/unit/suite). City and state are not
  labelled; ZIP / UK postcode is a separate POSTCODE span.
* DOB spans include the whole date as said or typed ("the third of march
  nineteen eighty", "03/15/1980"). EXPIRY covers month and year.
* PHONE includes a typed "+1"/"+44"/"1-" prefix and brackets inside the
  number, but not the spoken words "area code".
* Negatives contain only non-PII numbers, each with its context word:
  policy / member / group / claim / case / order / tracking / ticket /
  invoice / prescription / reference numbers (at most 10 digits), money,
  balances, times, durations, appointment / payment / contract dates,
  years, ages, temperatures, speeds, percentages, meter readings, flight /
  room / gate / seat / model numbers. Positive cases may also contain such
  unlabelled numbers next to the PII.

## Counts

Cases: %d positive, %d negative (%d total).

| Type | Spans |
|---|---|
%s
""" % (SEED, npos, nneg, len(cases), rows)


def check():
    problems = []
    cases, meta = generate()
    text = dump(cases)
    if not os.path.exists(CASES):
        problems.append("missing " + CASES)
    elif open(CASES, encoding="utf-8").read() != text:
        problems.append("cases.jsonl differs from regenerated output")
    if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme(cases):
        problems.append("README.md differs from regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        problems.append("duplicate ids")
    for c, groups in zip(cases, meta):
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                problems.append(c["id"] + ": bad turn")
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": turn out of range")
                continue
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                problems.append(c["id"] + ": offsets out of range")
                continue
            if not (tx[a].isalnum() or (s["type"] == "PHONE" and tx[a] in "(+")) or not tx[b - 1].isalnum():
                problems.append("%s: span %r does not start/end on alnum" % (c["id"], tx[a:b]))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                problems.append("%s: span %r not on word boundary" % (c["id"], tx[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for spl in byturn.values():
            spl.sort()
            for (a1, b1), (a2, b2) in zip(spl, spl[1:]):
                if a2 < b1:
                    problems.append(c["id"] + ": overlapping spans")
        for g, idxs in groups.items():
            typ = c["spans"][idxs[0]]["type"]
            val = " ".join(c["turns"][c["spans"][i]["turn"]]["text"][c["spans"][i]["start"]:c["spans"][i]["end"]] for i in idxs)
            msg = validate(typ, val)
            if msg:
                problems.append("%s: %s" % (c["id"], msg))
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("only %d positives" % npos)
    if nneg < 100:
        problems.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], need))
    print("h85: %d positive, %d negative, %d cases" % (npos, nneg, len(cases)))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("check: %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
    return 0 if not problems else 1


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    cases, _ = generate()
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(dump(cases))
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases to %s" % (len(cases), CASES))


if __name__ == "__main__":
    main()

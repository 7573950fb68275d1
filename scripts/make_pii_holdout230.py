#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h230 (standard library only).

Written by an AI helper acting as an independent author; it never saw the redaction code.
    python scripts/make_pii_holdout230.py          # write fixture + README
    python scripts/make_pii_holdout230.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys

SEED = 230241126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout230")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra",
        "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x ray", "y": "yankee",
        "z": "zulu"}
HOMO = {"b": "be", "c": "see", "r": "are", "y": "why", "t": "tee", "p": "pee", "j": "jay",
        "k": "kay", "x": "ex", "u": "you", "q": "queue", "i": "eye"}


def zero_word(uk):
    return R.choice(["oh", "o", "nought", "zero", "oh"] if uk else ["oh", "zero", "o"])


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def spoken_digits(s, uk=True, pairs=0.0, doubles=0.5, filler=0.0):
    """Render a digit string as an ASR would write it."""
    words = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if run >= 2 and R.random() < doubles:
            if run == 3 and R.random() < 0.6:
                w = zero_word(uk) if d == "0" else UNITS[int(d)]
                words.append("triple " + w)
                i += 3
            else:
                w = zero_word(uk) if d == "0" else UNITS[int(d)]
                words.append("double " + w)
                i += 2
        elif (i + 1 < len(s) and s[i] != "0" and R.random() < pairs
              and s[i + 1] != "0" and s[i + 1] != s[i]):
            words.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            words.append(zero_word(uk) if d == "0" else UNITS[int(d)])
            i += 1
        if filler and i < len(s) and R.random() < filler:
            words.append(R.choice(["um", "uh", "er"]))
    return " ".join(words)


def spoken_letter(c, nato=0.3, homo=0.15):
    c = c.lower()
    r = R.random()
    if r < nato or c == "o":
        return c + R.choice([" for ", " as in "]) + NATO[c]
    if r < nato + homo and c in HOMO:
        return HOMO[c]
    return c


def year_words(y):
    y = str(y)
    if y.startswith("20"):
        n = int(y[2:])
        if n < 10:
            return "two thousand and " + UNITS[n] if n else "two thousand"
        return "twenty " + pair_words(y[2:])
    tail = y[2:]
    tw = ("oh " + UNITS[int(tail[1])]) if tail[0] == "0" else pair_words(tail)
    return pair_words(y[:2]) + " " + tw


def ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    if n == 20:
        return "twentieth"
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD_UNITS[n % 10]


def cardinal(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


# ----------------------------------------------------------------- value generators
def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "mc":
        pre, n = R.choice(["51", "52", "53", "54", "55", "2221"]), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(R.choice("0123456789") for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_chat(num):
    if len(num) == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i:i + 4] for i in range(0, len(num), 4)]
    sep = R.choice([" ", " ", "-", "", "  ", "."])
    return sep.join(g)


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ssn_chat(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                     s[:3] + "." + s[3:5] + "." + s[5:]])


NI_PRE = ["AB", "CE", "JH", "KL", "NP", "PR", "SW", "TZ", "WX", "HG", "ME", "RK", "YB", "ZS", "JC", "EA"]


def make_ni():
    return R.choice(NI_PRE) + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_chat(n):
    f = R.choice(["sp", "none", "low", "mixed"])
    if f == "sp":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == "low":
        return n.lower()
    if f == "mixed":
        return n[:2] + n[2:8] + " " + n[8]
    return n


def ni_spoken(n, uk=True):
    letters1 = " ".join(spoken_letter(c) for c in n[:2])
    digs = spoken_digits(n[2:8], uk, pairs=R.choice([0, 0.8]), doubles=0.5)
    return letters1 + " " + digs + " " + spoken_letter(n[8], nato=0.4)


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "E", "N", "SE", "NE", "RG", "CB", "BT", "KT"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"
AREA_TOWN = {"SW": "london", "M": "manchester", "B": "birmingham", "LS": "leeds", "G": "glasgow",
             "EH": "edinburgh", "CF": "cardiff", "BS": "bristol", "NG": "nottingham", "L": "liverpool",
             "E": "london", "N": "london", "SE": "london", "NE": "newcastle", "RG": "reading",
             "CB": "cambridge", "BT": "belfast", "KT": "kingston"}


def town_for(pc):
    return AREA_TOWN[re.match(r"[A-Z]+", pc).group(0)]


def make_ukpc():
    return "%s%d %d%s%s" % (R.choice(UK_AREAS), R.randint(1, 19), R.randint(1, 9), R.choice(UNIT_L), R.choice(UNIT_L))


def pc_spoken(pc):
    out = []
    for part in pc.split(" "):
        i = 0
        toks = []
        while i < len(part):
            c = part[i]
            if c.isdigit():
                j = i
                while j < len(part) and part[j].isdigit():
                    j += 1
                num = part[i:j]
                toks.append(cardinal(int(num)) if len(num) == 2 and R.random() < 0.5 else spoken_digits(num, doubles=0))
                i = j
            else:
                toks.append(spoken_letter(c, nato=0.25, homo=0.1))
                i += 1
        out.append(" ".join(toks))
    return " ".join(out)


def make_zip():
    return "%05d" % R.randint(10001, 99950)


def make_phone(region):
    if region == "uk":
        d = "07" + "".join(R.choice("0123456789") for _ in range(9))
        return d, R.choice([d[:5] + " " + d[5:], d, "+44 " + d[1:5] + " " + d[5:], "(0" + d[1:5] + ") " + d[5:]])
    if region == "ukland":
        d = "020" + R.choice("378") + "".join(R.choice("0123456789") for _ in range(7))
        return d, R.choice([d[:3] + " " + d[3:7] + " " + d[7:], d])
    if region == "us":
        a = str(R.randint(201, 989))
        d = a + str(R.randint(200, 989)) + "%04d" % R.randint(0, 9999)
        return d, R.choice(["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                            "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:])])
    if region == "ie":
        d = "08" + R.choice("35679") + "".join(R.choice("0123456789") for _ in range(7))
        return d, R.choice([d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:], d])
    # eu
    d = "+33 6" + "".join(R.choice("0123456789") for _ in range(8))
    return d, "+33 6 " + " ".join(d[5:][i:i + 2] for i in range(0, 8, 2))


def phone_spoken(d, region):
    uk = region in ("uk", "ukland", "ie")
    if region == "us" and R.random() < 0.3:
        pre = R.choice(["one ", "plus one "])
    else:
        pre = ""
    if uk and R.random() < 0.3:
        if region == "ie":
            return "plus three five three " + spoken_digits(d[1:], True, pairs=0.2, doubles=0.6)
        return "plus four four " + spoken_digits(d[1:], True, pairs=0.2, doubles=0.6)
    return pre + spoken_digits(d, uk, pairs=R.choice([0, 0.3, 0.6]), doubles=0.6, filler=0.05)


FIRST = ["john", "sarah", "mike", "emma", "raj", "aoife", "liam", "chloe", "david", "priya", "tom", "grace",
         "ciaran", "maria", "kevin", "helen", "dan", "sophie", "jamal", "lucy", "pierre", "anna", "sean", "beth"]
LAST = ["smith", "patel", "murphy", "jones", "walsh", "nguyen", "brown", "kelly", "garcia", "taylor",
        "evans", "byrne", "martin", "clarke", "reilly", "schmidt", "dubois", "hughes", "wright", "khan"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "btinternet.com", "icloud.com",
           "eircom.net", "aol.com", "protonmail.com", "sky.com", "web.de", "orange.fr"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    n = R.randint(1, 99)
    local = R.choice([f + "." + l, f[0] + l, f + "_" + l, f + l + str(n), f + "." + l + str(n), l + "." + f[0]])
    return local + "@" + R.choice(DOMAINS)


def email_chat(e):
    return R.choice([e, e, e.upper() if R.random() < 0.2 else e, e.capitalize()])


def email_spoken(e):
    local, dom = e.split("@")
    out = []
    for tok in re.split(r"([._])", local):
        if tok == ".":
            out.append("dot")
        elif tok == "_":
            out.append("underscore")
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            out.append(m.group(1))
            if m.group(2):
                num = int(m.group(2))
                out.append(cardinal(num) if num >= 10 and num % 10 else spoken_digits(m.group(2), False, doubles=0))
    out.append(R.choice(["at", "at", "at"]))
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


STREETS = ["elm grove", "kings road", "station road", "church lane", "maple avenue", "high street",
           "victoria street", "oak drive", "mill lane", "park crescent", "pine street", "lakeview drive",
           "sunset boulevard", "main street", "cedar court", "willow way", "orchard close", "river road",
           "grafton street", "harbour view", "meadow lane", "queens terrace"]
TOWNS_UK = ["leeds", "manchester", "bristol", "cardiff", "nottingham", "reading", "glasgow", "belfast"]
TOWNS_US = ["austin", "denver", "columbus", "portland", "tampa", "raleigh", "madison", "phoenix"]


def make_address(spoken):
    num = R.randint(2, 240)
    st = R.choice(STREETS)
    if spoken:
        pre = R.choice(["", "", "flat %s " % cardinal(R.randint(1, 9)), "apartment %s " % cardinal(R.randint(2, 19))])
        nw = cardinal(num) if num < 100 else spoken_digits(str(num), doubles=0)
        return pre + nw + " " + st
    pre = R.choice(["", "", "Flat %d, " % R.randint(1, 9), "Apt %d " % R.randint(2, 30)])
    return pre + "%d %s" % (num, st.title() if R.random() < 0.7 else st)


def make_dob():
    return R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)


def dob_chat(y, m, d, us=False):
    f = R.choice(["num", "num", "long", "iso", "short"])
    if f == "num":
        sep = R.choice(["/", "-", "."])
        return (("%02d" + sep + "%02d" + sep + "%d") % ((m, d, y) if us else (d, m, y)))
    if f == "long":
        return R.choice(["%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                         "%dth %s %d" % (d, MONTHS[m - 1][:3], y) if d > 3 and d < 21 else "%d %s %d" % (d, MONTHS[m - 1], y)])
    if f == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    return "%d/%d/%02d" % ((m, d, y % 100) if us else (d, m, y % 100))


def dob_spoken(y, m, d, us=False):
    f = R.choice(["ord", "ord", "num", "mdy"])
    if f == "ord":
        return "%s of %s %s" % (ordinal(d), MONTHS[m - 1], year_words(y))
    if f == "mdy" or us:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), year_words(y))
    return "%s %s %s" % (spoken_digits("%02d" % d, doubles=0), spoken_digits("%02d" % m, doubles=0), year_words(y))


def make_exp():
    return R.randint(1, 12), R.randint(26, 32)


def exp_chat(m, y):
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y), "%02d / %02d" % (m, y)])


def exp_spoken(m, y):
    f = R.choice(["dig", "pair", "month"])
    if f == "dig":
        return spoken_digits("%02d" % m, doubles=0) + " " + cardinal(y)
    if f == "pair":
        return (cardinal(m) if m >= 10 else zero_word(True) + " " + UNITS[m]) + " " + R.choice([cardinal(y), "twenty " + cardinal(y)])
    return MONTHS[m - 1] + " " + R.choice([cardinal(y), "twenty " + cardinal(y)])


def make_cvv(n=3):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_sort():
    return "%02d%02d%02d" % (R.randint(1, 99), R.randint(0, 99), R.randint(0, 99))


def sort_chat(s):
    return R.choice([s[:2] + "-" + s[2:4] + "-" + s[4:], s, s[:2] + " " + s[2:4] + " " + s[4:]])


def sort_spoken(s):
    if R.random() < 0.5 and s[0] != "0" and s[2] != "0" and s[4] != "0":
        return " ".join(pair_words(s[i:i + 2]) for i in (0, 2, 4))
    return spoken_digits(s, pairs=0.3, doubles=0.6)


def make_acct(n=8):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    c = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    L = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    D = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + D(14),
            "IE": lambda: R.choice(["AIBK", "BOFI", "IPBS"]) + D(14),
            "DE": lambda: D(18), "FR": lambda: D(23),
            "NL": lambda: R.choice(["ABNA", "INGB", "RABO"]) + D(10), "ES": lambda: D(20)}[c]()
    return c + iban_check(c, bban) + bban


def iban_chat(i):
    if R.random() < 0.6:
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    return i if R.random() < 0.7 else i.lower()


def iban_spoken(i):
    out = []
    k = 0
    while k < len(i):
        if i[k].isalpha():
            out.append(spoken_letter(i[k], nato=0.2, homo=0.1))
            k += 1
        else:
            j = k
            while j < len(i) and i[j].isdigit():
                j += 1
            out.append(spoken_digits(i[k:j], True, pairs=0.2, doubles=0.5))
            k = j
    return " ".join(out)


# ----------------------------------------------------------------- normalisation for --check
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "nil": "0"})
TEENMAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENMAP = {TENS[i]: i for i in range(2, 10)}
ORDMAP = {w: i for i, w in enumerate(ORD_UNITS) if w}
ORDMAP.update({w: 10 + i for i, w in enumerate(ORD_TEENS)})
ORDMAP.update({"twentieth": 20, "thirtieth": 30})
HOMO_REV = {v: k for k, v in HOMO.items()}
HOMO_REV["bee"] = "b"
FILLER = {"break", "um", "uh", "er", "erm", "and", "the", "of", "is", "it's", "its", "that's", "yeah", "sorry"}
NATO_WORDS = set(w for v in NATO.values() for w in v.split())


def norm_spoken(text, keep_letters=True):
    """Collapse a spoken or typed value to its letters+digits (upper case)."""
    toks = re.findall(r"[a-z0-9']+|\+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if len(t) == 1 and t.isalpha() and (nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            # "b for bravo" / "b as in bravo": keep the letter, skip the phonetic word(s)
            out.append(t.upper())
            i += 2 if nxt == "for" else 3
            pw = NATO.get(t, "").split()
            if toks[i:i + len(pw)] == pw:
                i += len(pw)
            elif i < len(toks):
                i += 1
            continue
        if t in ("double", "triple") and nxt:
            n = 2 if t == "double" else 3
            sub = norm_spoken(nxt)
            out.append(sub * n)
            i += 2
            continue
        if t == "thousand" and out:
            d = out.pop()
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in UNITS:
                out.append(d + "00" + WORDNUM[toks[j]]); i = j + 1; continue
            if j < len(toks) and toks[j] in TEENMAP:
                out.append(d + "0" + TEENMAP[toks[j]]); i = j + 1; continue
            out.append(d + "000"); i += 1; continue
        if t == "hundred" and out:
            out.append("00"); i += 1; continue
        if t in TENMAP:
            if nxt in UNITS and nxt != "zero":
                out.append(str(TENMAP[t]) + WORDNUM[nxt]); i += 2; continue
            if nxt in ORDMAP and ORDMAP[nxt] < 10:
                out.append(str(TENMAP[t]) + str(ORDMAP[nxt])); i += 2; continue
            out.append(str(TENMAP[t]) + "0"); i += 1; continue
        if t in TEENMAP:
            out.append(TEENMAP[t]); i += 1; continue
        if t in ORDMAP:
            out.append(str(ORDMAP[t])); i += 1; continue
        if t in WORDNUM:
            out.append(WORDNUM[t]); i += 1; continue
        if t in FILLER:
            i += 1; continue
        if t in HOMO_REV:
            out.append(HOMO_REV[t].upper()); i += 1; continue
        if re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.sub(r"\D", "", t)); i += 1; continue
        if t == "+":
            i += 1; continue
        if keep_letters:
            out.append(t.upper())
        i += 1
    return "".join(out)


def digits_only(text):
    return re.sub(r"\D", "", norm_spoken(text))


def v_card(t):
    d = digits_only(t)
    return 13 <= len(d) <= 19 and luhn_ok(d)


def v_iban(t):
    s = norm_spoken(t)
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def v_ni(t):
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", norm_spoken(t)) is not None


def v_pc(t):
    s = norm_spoken(t)
    return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z0-9]?\d[A-Z]{2}", s) is not None
            or re.fullmatch(r"\d{5}(\d{4})?", s) is not None)


def v_email(t):
    s = t.lower()
    s = re.sub(r"\s+dot\s+", ".", " " + s + " ").strip()
    s = re.sub(r"\s+at\s+", "@", " " + s + " ").strip()
    s = re.sub(r"\s*underscore\s*", "_", s)
    s = re.sub(r"(?<=[a-z]) (?=[a-z0-9])", "", s)
    parts = s.split()
    s = "".join(norm_spoken(p, True).lower() if p in WORDNUM or p in TEENMAP or p in TENMAP else p for p in parts)
    return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) is not None


def v_dob(t):
    low = t.lower()
    has_month = any(m in low or m[:3] in low for m in MONTHS)
    d = digits_only(t)
    if re.fullmatch(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(\d{2})?", t.strip()):
        return True
    if has_month:
        return re.search(r"(19[3-9]\d|200\d)", d) is not None
    return re.search(r"(19[3-9]\d|200\d)$", d) is not None or len(d) == 6 or len(d) == 8


def v_exp(t):
    low = t.lower()
    d = digits_only(t)
    if any(m in low for m in MONTHS):
        return len(d) in (2, 4)
    if len(d) == 4:
        return 1 <= int(d[:2]) <= 12
    if len(d) == 6:
        return 1 <= int(d[:2]) <= 12 and d[2:4] == "20"
    return False


def v_addr(t):
    s = t.lower()
    return (re.search(r"\d", norm_spoken(t)) is not None
            and re.search(r"\b(road|lane|street|avenue|grove|drive|crescent|boulevard|court|way|close|view|terrace)\b", s) is not None)


VALID = {
    "CARD_NUMBER": v_card, "IBAN": v_iban, "NI_NUMBER": v_ni, "POSTCODE": v_pc, "EMAIL": v_email,
    "DOB": v_dob, "EXPIRY": v_exp, "ADDRESS": v_addr,
    "CVV": lambda t: len(digits_only(t)) in (3, 4) and digits_only(t) == norm_spoken(t),
    "SSN": lambda t: len(digits_only(t)) == 9,
    "SORT_CODE": lambda t: len(digits_only(t)) == 6,
    "BANK_ACCOUNT": lambda t: 6 <= len(digits_only(t)) <= 12,
    "PHONE": lambda t: 10 <= len(digits_only(t)) <= 13,
}
# types whose value may be split over several consecutive spans
SPLITTABLE = {"CARD_NUMBER", "SSN", "PHONE", "IBAN", "BANK_ACCOUNT", "NI_NUMBER", "SORT_CODE"}


def group_valid(typ, texts):
    """Spans of one type in a case must partition (in order) into valid values."""
    n = len(texts)
    ok = [False] * (n + 1)
    ok[0] = True
    for j in range(1, n + 1):
        for i in range(j):
            if ok[i] and (j - i == 1 or typ in SPLITTABLE) and VALID[typ](" break ".join(texts[i:j])):
                ok[j] = True
                break
    return ok[n]


# ----------------------------------------------------------------- case assembly
def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


def build(cid, kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                assert val == val.strip() and val, (cid, val)
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    if kind == "negative":
        assert not spans, cid
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


def amount_spoken():
    p = R.randint(12, 480)
    return R.choice(["%s pounds" % cardinal(p % 100 if p % 100 >= 10 else p % 100 + 20),
                     "%s ninety nine" % cardinal(R.randint(20, 99)),
                     "%s hundred and %s" % (UNITS[R.randint(1, 9)], cardinal(R.randint(20, 99))),
                     "%s dollars" % cardinal(R.randint(20, 99))])


def ref_digits(n):
    return str(R.randint(1, 9)) + "".join(R.choice("0123456789") for _ in range(n - 1))


def split_spoken_card(num, uk):
    """Return list of spoken group strings for a card number."""
    groups = card_groups(num)
    return [spoken_digits(g, uk, pairs=R.choice([0, 0, 0.5]), doubles=0.5, filler=0.08) for g in groups]


BACK = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "uh huh", "got it", "and", "okay next four"]


# ---------- positive templates (long calls / chats) ----------
def p_bank_lost_card():
    uk = R.random() < 0.6
    y, m, d = make_dob()
    pc = make_ukpc() if uk else make_zip()
    card = make_card(R.choice(["visa", "mc"]))
    gs = split_spoken_card(card, uk)
    amt = amount_spoken()
    t = [A("thank you for calling ", R.choice(["northgate bank", "first harbour bank", "meridian savings"]), " my name is ", R.choice(["kelly", "sam", "ravi"]), " how can i help today"),
         C("hi yeah i think i've lost my debit card i had it on saturday at the shops and now it's gone"),
         A("oh no sorry to hear that let's get it blocked for you can i take your date of birth first please"),
         C("yeah it's ", (dob_spoken(y, m, d, not uk), "DOB")),
         A("lovely and the ", "postcode" if uk else "zip code", " on the account"),
         C((pc_spoken(pc) if uk else spoken_digits(pc, False, doubles=0.3), "POSTCODE")),
         A("thank you that's all matching can you read me the long card number if you've got it written down anywhere"),
         C("i've got an old statement here hang on um okay it's ", (gs[0], "CARD_NUMBER"))]
    for g in gs[1:]:
        t.append(A(R.choice(BACK)))
        t.append(C((g, "CARD_NUMBER")))
    t += [A("okay that card's now cancelled i can see a payment of ", amt, " yesterday at four fifteen was that you"),
          C("yeah that was me at the garage"),
          A("perfect a new card will be with you in three to five working days is there anything else"),
          C("no that's it thanks a lot")]
    return t, "call/banking %s: lost card, DOB + postcode verification, card split over turns with back-channels, amounts and times around" % ("UK" if uk else "US")


def p_telecom_credit_check():
    ssn = make_ssn()
    d, _ = make_phone("us")
    z = make_zip()
    e = make_email()
    price = R.choice(["sixty five", "forty nine ninety nine", "eighty"])
    split = R.random() < 0.5
    t = [A("thanks for choosing ", R.choice(["skyline wireless", "pinnacle mobile", "vertex telecom"]), " i'm ", R.choice(["jess", "marco", "tina"]), " are you looking to open a new line today"),
         C("yeah i wanna switch over from my old carrier the unlimited plan for ", price, " a month"),
         A("great choice that one comes with fifty gigs of hotspot i'll just need to run a quick credit check can i get your social security number"),
         ]
    if split:
        t += [C("sure it's ", (spoken_digits(ssn[:3], False, doubles=0.5), "SSN")),
              A("okay"), C((spoken_digits(ssn[3:5], False, doubles=0.5), "SSN")),
              A(R.choice(["mhm", "go ahead"])), C((spoken_digits(ssn[5:], False, pairs=0.4, doubles=0.5), "SSN"))]
    else:
        t += [C("sure ", (spoken_digits(ssn, False, pairs=0.2, doubles=0.5, filler=0.1), "SSN"))]
    t += [A("thank you and what's the best contact number for the account"),
          C("my cell is ", (phone_spoken(d, "us"), "PHONE")),
          A("and the billing zip"),
          C("uh ", (spoken_digits(z, False, doubles=0.5), "POSTCODE")),
          A("okay credit check came back approved and do you want the receipts e-mailed"),
          C("yes please it's ", (email_spoken(e), "EMAIL")),
          A("perfect your first bill will be around ", cardinal(R.randint(70, 99)), " dollars because of the activation fee of thirty five dollars"),
          C("okay that's fine when does the sim come"),
          A("it ships today so two business days thanks for calling")]
    return t, "call/telecom US: SSN %s, phone, ZIP, spoken e-mail, plan prices and fees nearby" % ("split across three turns" if split else "in one turn")


def p_gov_chat_ni():
    ni = make_ni()
    y, m, d = make_dob()
    addr = make_address(False)
    pc = make_ukpc()
    _, ph = make_phone(R.choice(["uk", "ukland"]))
    ref = ref_digits(8)
    t = [A("Hello, you're chatting with the Benefits Helpdesk. How can I help?"),
         C("hi i applied for carers allowance on the " + R.choice(["3rd", "12th", "21st"]) + " of " + R.choice(["May", "June", "October"]) + " and havent heard anything back"),
         A("Sorry about the wait. Can you give me your National Insurance number so I can find the claim?"),
         C(R.choice(["its ", "sure ", "", "NI no. is "]), (ni_chat(ni), "NI_NUMBER")),
         A("Thanks. And your date of birth please?"),
         C((dob_chat(y, m, d), "DOB")),
         A("I can see the claim, reference " + ref + ". It is with a decision maker. Can you confirm your address?"),
         C((addr, "ADDRESS"), ", " + town_for(pc).title() + " ", (pc, "POSTCODE")),
         A("That matches. Is there a phone number we can call you on if we need more evidence?"),
         C("yes mobile ", (ph, "PHONE"), " best after 5pm"),
         A("Noted. Decisions are currently taking around 8 weeks, so you should hear by the end of the month."),
         C("ok thanks for your help")]
    return t, "chat/government UK: NI number typed, DOB, address + postcode, phone; claim reference, dates and durations nearby"


def p_utility_dd():
    sc = make_sort()
    ac = make_acct()
    addr = make_address(True)
    pc = make_ukpc()
    e = make_email()
    read = ref_digits(5)
    town = town_for(pc)
    rb = R.random() < 0.5
    t = [A("good morning ", R.choice(["brightway energy", "green valley power", "northern gas and electric"]), " you're speaking to ", R.choice(["paul", "amy"])),
         C("morning i've just moved in and want to set up an account and a direct debit"),
         A("no problem what's the address of the property"),
         C("it's ", (addr, "ADDRESS"), " in ", town),
         A("and the postcode"),
         C((pc_spoken(pc), "POSTCODE")),
         A("lovely have you got a meter reading for me"),
         C("yeah the electric says ", spoken_digits(read, doubles=0), " it's one of the old dial ones"),
         A("great thanks i'll pop that on now for the direct debit can i take the sort code"),
         C((sort_spoken(sc), "SORT_CODE")),
         A("and the account number"),
         C((spoken_digits(ac, pairs=R.choice([0, 0.4]), doubles=0.6, filler=0.05), "BANK_ACCOUNT"))]
    if rb:
        t += [A("just reading that back sort code ", (sort_spoken(sc), "SORT_CODE"), " account ", (spoken_digits(ac, doubles=0.3), "BANK_ACCOUNT"), " is that right"),
              C("yep that's it")]
    t += [A("your monthly payment will be ", cardinal(R.randint(45, 99)), " pounds taken on the ", ordinal(R.randint(1, 28)), " of each month and what email shall we send the welcome pack to"),
          C((email_spoken(e), "EMAIL")),
          A("all done you'll get a confirmation in the next ten minutes"),
          C("brilliant cheers")]
    return t, "call/utilities UK: new account, address + postcode, sort code and account for direct debit%s, email; meter reading, payment amount and day" % (" with agent read-back" if rb else "")


def p_insurance_payment():
    uk = R.random() < 0.5
    card = make_card()
    amex = len(card) == 15
    wrong = make_card("visa") if R.random() < 0.35 else None
    m, yy = make_exp()
    cvv = make_cvv(4 if amex else 3)
    pol = R.choice(["policy", "policy number"])
    t = [A("hello you're through to ", R.choice(["shield direct insurance", "harbour home cover", "allstar auto"]), " payments team"),
         C("hi i got a letter saying my renewal payment failed for my car insurance"),
         A("let me look can you give me the ", pol),
         C("it's ", R.choice(["m t", "h c", "p l"]), " ", spoken_digits(ref_digits(7), uk, doubles=0)),
         A("thanks the renewal premium is ", R.choice(["four hundred and twelve pounds", "six hundred and nine dollars", "three eighty seven fifty"]), " do you want to pay that by card now"),
         C("yeah go on"),
         A(R.choice(["okay when you're ready the long number across the front", "go ahead with the card number please", "lovely what's the card number"]))]
    if wrong:
        t += [C("right it's ", (spoken_digits(wrong, uk, pairs=0.2, doubles=0.5), "CARD_NUMBER"), " oh no wait that's my old card sorry the new one is ",
                (spoken_digits(card, uk, pairs=0.3, doubles=0.5, filler=0.05), "CARD_NUMBER"))]
    else:
        t += [C("okay so ", (spoken_digits(card, uk, pairs=R.choice([0, 0.5]), doubles=0.5, filler=0.06), "CARD_NUMBER"))]
    t += [A("thank you and the expiry date"),
          C((exp_spoken(m, yy), "EXPIRY")),
          A("and the " + ("four digit code on the front" if amex else "three digit security code on the back")),
          C(R.choice(["it's ", "", "that's "]), (spoken_digits(cvv, uk, doubles=0.6), "CVV")),
          A("thanks that's gone through your reference is ", spoken_digits(ref_digits(6), uk, doubles=0), " and cover continues from the ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS)),
          C("great thanks so much"),
          A("you're welcome have a good afternoon")]
    return t, "call/insurance %s: renewal card payment%s, expiry, %s; policy and payment references, premium amount" % ("UK" if uk else "US", " with self-correction to a second card" if wrong else "", "amex 4-digit CVV" if amex else "CVV")


def p_travel_iban_chat():
    ib = make_iban()
    e = make_email()
    reg = R.choice(["ie", "eu", "uk"])
    _, ph = make_phone(reg)
    booking = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = R.choice(["EI 154", "FR 8231", "BA 1472", "LH 2019", "AF 1207"])
    t = [A("Hi there! Welcome to " + R.choice(["SkyHop", "Aerlink Travel", "EuroFly"]) + " support. What can I do for you?"),
         C("my flight " + fl + " on the 14th was cancelled and i want a refund not a voucher"),
         A("I'm sorry about that. What's your booking reference?"),
         C(booking),
         A("Thanks. I see 2 passengers, total fare €" + str(R.randint(120, 640)) + "." + R.choice(["00", "50", "99"]) + ". Card refunds aren't possible for this booking as it was paid by bank transfer, so I need an IBAN."),
         C("ok it is " if R.random() < 0.5 else "", (iban_chat(ib), "IBAN")),
         A("Got it. Which email should the confirmation go to?"),
         C((email_chat(e), "EMAIL"), R.choice([" pls", "", " thanks"])),
         A("And a phone number in case the bank queries it?"),
         C((ph, "PHONE")),
         A("All set. Refunds take 7-10 working days to arrive."),
         C("thanks!!")]
    return t, "chat/travel EU: cancelled flight refund, IBAN typed, email, intl phone; booking ref, flight number, fare, durations"


def p_health_billing():
    ssn = make_ssn()
    y, m, d = make_dob()
    card = make_card()
    mm, yy = make_exp()
    cvv = make_cvv(4 if len(card) == 15 else 3)
    z = make_zip()
    addr = make_address(True)
    claim = ref_digits(9)
    t = [A("thank you for calling ", R.choice(["mercy health billing", "lakeside medical group billing", "unity clinic accounts"]), " this is ", R.choice(["donna", "carlos"])),
         C("hi i got a bill for an er visit from march for like three hundred and forty dollars and i thought insurance covered it"),
         A("i can check that for you what's the patient's date of birth"),
         C((dob_spoken(y, m, d, True), "DOB")),
         A("and the last four of the social is fine or the full social"),
         C("i'll just give you the whole thing ", (spoken_digits(ssn, False, pairs=0.3, doubles=0.5), "SSN")),
         A("okay i see claim number ", spoken_digits(claim, False, doubles=0), " the insurance paid eighty percent and this is your twenty percent coinsurance"),
         C("ugh okay fine can i just pay it now"),
         A("sure what's the card number"),
         C((spoken_digits(card, False, pairs=0.2, doubles=0.5, filler=0.05), "CARD_NUMBER")),
         A("expiration"),
         C((exp_spoken(mm, yy), "EXPIRY"), " and the code on the back is ", (spoken_digits(cvv, False, doubles=0.5), "CVV")),
         A("and the billing address for the card"),
         C((addr, "ADDRESS"), " ", R.choice(TOWNS_US), " ", (spoken_digits(z, False, doubles=0.4), "POSTCODE")),
         A("thank you the payment of three forty has been applied and your balance is now zero"),
         C("great thanks")]
    return t, "call/healthcare billing US: DOB, full SSN, card + expiry + CVV in one turn, billing address + ZIP; claim number, percentages, amounts"


def p_gov_call_ni():
    ni = make_ni()
    y, m, d = make_dob()
    addr = make_address(True)
    pc = make_ukpc()
    split = R.random() < 0.5
    t = [A("hmrc you're speaking to ", R.choice(["gareth", "lisa", "ahmed"]), " can i take your national insurance number please"),
         ]
    if split:
        t += [C("yeah it's ", (" ".join(spoken_letter(c) for c in ni[:2]) + " " + spoken_digits(ni[2:4], pairs=0.5, doubles=0.5), "NI_NUMBER")),
              A("mhm"),
              C((spoken_digits(ni[4:8], pairs=0.5, doubles=0.5) + " " + spoken_letter(ni[8], nato=0.5), "NI_NUMBER"))]
    else:
        t += [C("yeah it's ", (ni_spoken(ni), "NI_NUMBER"))]
    t += [A("thank you and just to confirm that back ", (ni_spoken(ni), "NI_NUMBER")),
          C("that's right"),
          A("and your date of birth"),
          C((dob_spoken(y, m, d), "DOB")),
          A("and the first line of your address and postcode"),
          C((addr, "ADDRESS"), " ", R.choice(["um ", "", "and it's "]), (pc_spoken(pc), "POSTCODE")),
          A("thank you how can i help"),
          C("i think my tax code's wrong on my payslip i've been paying about two hundred quid a month extra since april"),
          A("i can see you've got two employments on the system one ended on the thirtieth of june so i'll update that your new code will be twelve five seven o l"),
          C("so will i get it back"),
          A("yes any overpayment will be refunded through payroll usually within one or two pay periods"),
          C("okay great thank you")]
    return t, "call/government UK: NI number spoken with NATO/homophones%s, agent read-back, DOB, address + postcode; tax code, amounts, dates" % (" split across turns" if split else "")


def p_retail_chat_card():
    card = make_card()
    mm, yy = make_exp()
    cvv = make_cvv(4 if len(card) == 15 else 3)
    e = make_email()
    uk = R.random() < 0.5
    addr = make_address(False)
    pc = make_ukpc() if uk else make_zip()
    order = ref_digits(R.choice([7, 8, 9]))
    t = [A("Hi! You're chatting with Mia from " + R.choice(["HomeStyle", "TechNest", "GreenLeaf Outdoors"]) + ". How can I help?"),
         C("hi my order #" + order + " didnt go through, says payment declined? trying to buy the 2 seater sofa in grey"),
         A("Sorry about that! I can take payment here in our secure chat. What's the card number?"),
         C((card_chat(card), "CARD_NUMBER")),
         A("Thanks, and the expiry and security code?"),
         C(R.choice(["exp ", "expires ", ""]), (exp_chat(mm, yy), "EXPIRY"), R.choice([" cvv ", " and ", ", code "]), (cvv, "CVV")),
         A("Perfect. Can you confirm the delivery address?"),
         C((addr, "ADDRESS"), ", " + (town_for(pc) if uk else R.choice(TOWNS_US)).title() + " ", (pc, "POSTCODE")),
         A("Payment of " + ("£" if uk else "$") + str(R.randint(199, 899)) + ".00 taken. Delivery is booked for Thursday between 8am and 12pm. Confirmation going to which email?"),
         C((email_chat(e), "EMAIL")),
         A("Done! Anything else?"),
         C("nope thats all ty")]
    return t, "chat/retail %s: card typed, expiry + CVV on one line, delivery address + postcode, email; order number, price, delivery window" % ("UK" if uk else "US")


def p_bank_ie_iban():
    ib = make_iban()
    d, _ = make_phone("ie")
    y, m, dd = make_dob()
    t = [A("good afternoon you're through to ", R.choice(["the payments desk", "international transfers"]), " at ", R.choice(["harbour credit union", "shannon bank"]), " how can i help"),
         C("hi i'm trying to send money to my landlord in ", R.choice(["spain", "germany", "the netherlands", "france"]), " it's about nine hundred euro and the app keeps rejecting it"),
         A("okay i'll help you do it over the phone first can i confirm your date of birth"),
         C((dob_spoken(y, m, dd), "DOB")),
         A("thanks and the mobile number we have on file"),
         C((phone_spoken(d, "ie"), "PHONE")),
         A("lovely now read me the landlord's iban nice and slowly"),
         C((iban_spoken(ib), "IBAN")),
         A("thank you i'll read it back ", (iban_spoken(ib), "IBAN")),
         C("yes that's correct"),
         A("the fee for that is four euro fifty and it should arrive within one to two business days"),
         C("perfect thanks")]
    return t, "call/banking IE: DOB, Irish mobile, foreign IBAN spoken with letters, agent read-back; amounts, fees, durations"


def p_payroll_us():
    ssn = make_ssn()
    ac = make_acct(R.choice([9, 10, 11, 12]))
    d, _ = make_phone("us")
    e = make_email()
    corr = R.random() < 0.5
    t = [A("hr service center this is ", R.choice(["brian", "keisha", "omar"]), " how can i help you"),
         C("hey i'm a new hire started on the second and i need to set up direct deposit before the pay run on the fifteenth"),
         A("sure thing first can you verify your social"),
         C((spoken_digits(ssn[:3], False, doubles=0.5), "SSN"), " ", (spoken_digits(ssn[3:5], False, doubles=0.5), "SSN"), " ", (spoken_digits(ssn[5:], False, pairs=0.5, doubles=0.5), "SSN")),
         A("thanks what's the account number for the deposit"),
         ]
    if corr:
        wrong = make_acct(len(ac))
        t += [C((spoken_digits(wrong, False, doubles=0.5), "BANK_ACCOUNT"), " wait no that's my savings i want checking hold on"),
              A("no worries take your time"),
              C("okay checking is ", (spoken_digits(ac, False, pairs=0.3, doubles=0.5, filler=0.05), "BANK_ACCOUNT"))]
    else:
        t += [C("it's ", (spoken_digits(ac, False, pairs=0.3, doubles=0.5, filler=0.05), "BANK_ACCOUNT"))]
    t += [A("and a phone number in case payroll has questions"),
          C((phone_spoken(d, "us"), "PHONE")),
          A("and your personal email for the pay stubs"),
          C((email_spoken(e), "EMAIL")),
          A("all set the first deposit should land friday and it'll be for eighty hours at your rate of twenty two fifty an hour"),
          C("awesome thank you")]
    return t, "call/payroll US: SSN in three chunks in one turn, bank account%s, phone, email; pay dates, hours, rate" % (" with self-correction to another account" if corr else "")


def p_chat_ssn_ni_mix():
    ssn = make_ssn()
    ni = make_ni()
    e = make_email()
    _, ph = make_phone("us")
    t = [A("Welcome to GlobalMove Relocation support. How can I help?"),
         C("Hi, I'm moving from London to Boston on 3 March and HR says you need my ID numbers for the tax forms on both sides"),
         A("That's right. Please send your UK National Insurance number first."),
         C((ni_chat(ni), "NI_NUMBER")),
         A("Thanks. And your US SSN, if you already have one?"),
         C("yes got it last month: ", (ssn_chat(ssn), "SSN")),
         A("Great. What's the best US phone number and email to reach you?"),
         C((ph, "PHONE"), " / ", (email_chat(e), "EMAIL")),
         A("Perfect. Your relocation allowance is $7,500 and the shipment of 42 boxes is scheduled for the 28th."),
         C("brilliant, thanks")]
    return t, "chat/relocation UK->US: NI number and SSN in the same chat, phone and email on one line; allowance, box count, dates"


def p_telecom_uk_port():
    d_old, _ = make_phone("uk")
    d_new, _ = make_phone("uk")
    pc = make_ukpc()
    y, m, dd = make_dob()
    sc = make_sort()
    ac = make_acct()
    pac = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)) + ref_digits(6)
    t = [A("hiya you're through to ", R.choice(["pulse mobile", "wave telecom", "zest sim"]), " how can i help"),
         C("hi i want to bring my number across from my old network i've got the pac code"),
         A("great what's the number you're moving over"),
         C("it's ", (phone_spoken(d_old, "uk"), "PHONE")),
         A("and the pac code"),
         C(" ".join(spoken_letter(c, nato=0.3, homo=0) for c in pac[:3].lower()) + " " + spoken_digits(pac[3:], doubles=0)),
         A("thank you and your date of birth"),
         C((dob_spoken(y, m, dd), "DOB")),
         A("and your postcode"),
         C((pc_spoken(pc), "POSTCODE")),
         A("lovely the twelve month sim only deal is ten pounds a month for thirty gigs to set up the direct debit i need the sort code"),
         C((sort_spoken(sc), "SORT_CODE"), " and account number ", (spoken_digits(ac, doubles=0.6, pairs=0.2), "BANK_ACCOUNT")),
         A("thanks and is there a backup number in case the port has problems"),
         C("yeah my work mobile ", (phone_spoken(d_new, "uk"), "PHONE")),
         A("all done your number will switch over on the next working day between ten am and four pm"),
         C("cheers")]
    return t, "call/telecom UK: number port, PAC code (not PII), phone twice, DOB, postcode, sort code + account in one turn; prices, data, times"


def p_chat_card_split():
    card = make_card()
    g = card_chat(card)
    cut = R.choice([i for i, ch in enumerate(g) if ch in " -."] or [len(g) // 2])
    a, b = g[:cut].strip(" -."), g[cut:].strip(" -.")
    y, m, d = make_dob()
    _, ph = make_phone("us")
    z = make_zip()
    mm, yy = make_exp()
    t = [A("Hi, this is Jordan at " + R.choice(["StreamMax", "FitLife Gym", "PetPal Supplies"]) + " billing. How can I help?"),
         C("hey my membership renewal of $" + str(R.randint(20, 60)) + ".99 failed on the 3rd, want to update my card"),
         A("Sure! For security, please confirm your date of birth."),
         C((dob_chat(y, m, d, True), "DOB")),
         A("Thanks. Go ahead with the new card number."),
         C((a, "CARD_NUMBER")),
         C((b, "CARD_NUMBER"), R.choice([" sorry hit enter too early", "", " <- rest of it"])),
         A("Got it. Expiry?"),
         C((exp_chat(mm, yy), "EXPIRY")),
         A("And the billing ZIP code?"),
         C((z, "POSTCODE")),
         A("Updated. I've retried the $" + str(R.randint(20, 60)) + ".99 charge and it went through. Is " + "the number ending 4411" + " still good for text alerts, or do you have a new one?"),
         C("new one " , (ph, "PHONE")),
         A("Saved. Your next renewal is on the 3rd of next month."),
         C("thx")]
    return t, "chat/subscriptions US: card typed across two messages, DOB in US format, expiry, ZIP, phone; price, dates, 'ending 4411' is not a full number"


def p_call_email_spelled():
    e = make_email()
    local, dom = e.split("@")
    letters = " ".join(("dot" if ch == "." else "underscore" if ch == "_" else spoken_letter(ch, nato=0.2, homo=0) if ch.isalpha() else UNITS[int(ch)]) for ch in local if ch != "o")
    spelled = R.random() < 0.5 and "o" not in local
    d, _ = make_phone("uk")
    addr = make_address(True)
    pc = make_ukpc()
    t = [A("you're through to ", R.choice(["the online orders team at homebase direct", "customer services at citylink couriers", "the help desk at lumen opticians"]), " how can i help"),
         C("hi i never got my confirmation email for the order i placed on tuesday it was about sixty quid"),
         A("let me check what email did you use"),
         C((email_spoken(e) if not spelled else letters + " at " + " dot ".join(dom.split(".")), "EMAIL")),
         A("ah i think there's a typo on the system i'll update it can i just confirm your phone number"),
         C("yeah it's ", (phone_spoken(d, "uk"), "PHONE")),
         A("and the delivery address"),
         C((addr, "ADDRESS"), " ", town_for(pc), " ", (pc_spoken(pc), "POSTCODE")),
         A("thanks i've resent the confirmation order number ", spoken_digits(ref_digits(8), doubles=0), " it's due thursday between seven and eleven"),
         C("brilliant thanks"),
         A("no problem anything else"),
         C("no that's it bye")]
    return t, "call/retail UK: e-mail %s, phone, address + postcode; order number, price, delivery window" % ("spelled letter by letter" if spelled else "spoken with dot/at")


POS_TEMPLATES = [p_chat_card_split, p_call_email_spelled, p_bank_lost_card, p_telecom_credit_check, p_gov_chat_ni, p_utility_dd, p_insurance_payment,
                 p_travel_iban_chat, p_health_billing, p_gov_call_ni, p_retail_chat_card, p_bank_ie_iban,
                 p_payroll_us, p_chat_ssn_ni_mix, p_telecom_uk_port]


# ---------- negative templates ----------
def n_bill_dispute():
    inv = ref_digits(R.choice([6, 7, 8]))
    return [A("thanks for calling ", R.choice(["clearline broadband", "metro water", "sunrise energy"]), " billing how can i help"),
            C("hi my last bill was ", cardinal(R.randint(60, 99)), " pounds ", cardinal(R.randint(10, 99)), " and normally it's about forty"),
            A("let me look at invoice ", spoken_digits(inv, doubles=0), " dated the ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS)),
            C("yeah that's the one"),
            A("i can see a one off charge of twelve fifty for a late payment and your usage went up by about thirty percent"),
            C("oh we had the heating on more in december i guess"),
            A("that'd explain it your average over the last twelve months is ", cardinal(R.randint(40, 70)), " pounds a month"),
            C("okay can i spread the cost"),
            A("yes i can split the remaining balance of ", cardinal(R.randint(20, 99)), " pounds over three months starting on the first of ", R.choice(MONTHS)),
            C("that works thanks"),
            A("done your reference for today is ", spoken_digits(ref_digits(6), doubles=0), " anything else"),
            C("no that's all cheers")], "call/utilities: invoice number, amounts, percentages, dates that are not DOBs, payment plan"


def n_flight_change():
    return [A("Hello, " + R.choice(["Aerlink", "SkyHop", "BlueJet"]) + " help desk. How can I help?"),
            C("hi can i move my flight " + R.choice(["EI 154", "BA 2491", "FR 8231", "UA 927"]) + " from the " + R.choice(["9th", "14th", "22nd"]) + " to the following week"),
            A("Sure. Booking ref please?"),
            C("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
            A("The " + R.choice(["07:45", "13:20", "18:05"]) + " departure on " + R.choice(["Tuesday 17 March", "Friday 3 April", "Monday 11 May"]) + " has seats. The change fee is €" + str(R.randint(35, 95)) + " plus a fare difference of €" + str(R.randint(10, 120)) + ".50."),
            C("ok and can i still bring the 23kg bag"),
            A("Yes, 1 x 23kg hold bag is included. Seat 14C is free if you want it."),
            C("yes please"),
            A("Done. Boarding closes 40 minutes before departure, gate info 2 hours before."),
            C("great thanks")], "chat/travel: flight number, booking ref, times, dates, fees, weights, seat"


def n_order_tracking():
    o = ref_digits(R.choice([8, 9, 10]))
    return [A("Hi, thanks for contacting " + R.choice(["ShopRight", "TechNest", "HomeStyle"]) + ". What's up?"),
            C("where is my order " + R.choice(["#", "no. ", "number "]) + o + " it was meant to come on monday"),
            A("Let me check. It left our depot at 6:42am on " + R.choice(["Tuesday", "Wednesday"]) + " and is on van " + str(R.randint(10, 99)) + ", stop " + str(R.randint(3, 40)) + " of " + str(R.randint(41, 120)) + "."),
            C("ok so today?"),
            A("Yes, estimated between 2pm and 4pm. The parcel weighs 12.4kg so it needs a signature."),
            C("fine. also i was charged £" + str(R.randint(20, 90)) + ".99 delivery but it said free over £50"),
            A("You're right, the basket was £" + str(R.randint(51, 300)) + ".00 so I've refunded the delivery. Refund ref RF" + ref_digits(7) + ", allow 3-5 days."),
            C("thanks"),
            A("Anything else today?"),
            C("no thats all")], "chat/retail: order number with hash, times, counts, weights, prices, refund reference"


def n_broadband_speed():
    return [A("technical support you're speaking to ", R.choice(["dev", "hannah", "pete"])),
            C("hi my internet's been really slow it's supposed to be five hundred megs and i'm getting like ", cardinal(R.randint(20, 90))),
            A("okay can you read me the model number on the bottom of the router"),
            C("it says h h ", spoken_digits(str(R.randint(3, 6)), doubles=0), " a"),
            A("thanks and what do the lights show"),
            C("the one on the left is flashing orange it's been like that since about ", R.choice(["half seven", "nine thirty", "quarter past six"])),
            A("i can see your line dropped eleven times in the last twenty four hours i'll run a test that takes about two minutes"),
            C("okay"),
            A("right the test shows sync speed of ", cardinal(R.randint(20, 90)), " point ", UNITS[R.randint(1, 9)], " megabits so i'm booking an engineer for ", R.choice(["tuesday", "thursday"]), " the ", ordinal(R.randint(1, 28)), " between eight and one"),
            C("fine and will i get money off"),
            A("yes you'll get a credit of ", cardinal(R.randint(10, 30)), " pounds ticket number ", spoken_digits(ref_digits(7), doubles=0)),
            C("great thanks")], "call/telecom: speeds, model number, counts, times, appointment date, credit amount, ticket number"


def n_hotel():
    room = R.randint(101, 950)
    return [A("front desk good evening"),
            C("hi i'm in room ", cardinal(room // 100) + " " + (("oh " + UNITS[room % 10]) if room % 100 < 10 else cardinal(room % 100)), " the heating's stuck on it's about twenty nine degrees in here"),
            A("i'm so sorry i'll send maintenance up in about fifteen minutes"),
            C("thanks also is breakfast till ten"),
            A("it's six thirty till ten thirty on weekends and it's ", cardinal(R.randint(12, 25)), " euro per person"),
            C("okay and checkout"),
            A("checkout is at eleven and you're booked for three nights so that's the ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS)),
            C("great and the parking is it still twenty a night"),
            A("yes twenty euro a night level minus two spaces one forty to one sixty"),
            C("perfect thanks")], "call/travel: room number, temperature, times, prices, nights, parking spaces"


def n_insurance_claim():
    claim = ref_digits(R.choice([8, 9, 10]))
    return [A("Thanks for contacting " + R.choice(["Shield Direct", "Harbour Home Cover"]) + " claims. How can I help?"),
            C("Hi, following up on claim " + R.choice(["no ", "#", "number ", "ref "]) + claim + " for the water damage"),
            A("I see it. The loss adjuster visited on " + R.choice(["12/02", "3 March", "the 19th"]) + " and estimated repairs at £" + "{:,}".format(R.randint(1200, 9800)) + "."),
            C("and how much is the excess"),
            A("Your policy excess is £" + str(R.choice([100, 250, 350, 500])) + ", so we'll pay the rest. Policy renews on 01/09/2026."),
            C("ok when do i get it"),
            A("Payment is released within 10 working days after you accept, usually around 14:00 on the release day."),
            C("my husband is 67 and the carpet was 15 years old does that matter"),
            A("No, age of the carpet only affects the 20% depreciation we've already applied."),
            C("ok thanks")], "chat/insurance: claim number, dates (visit, renewal), amounts, excess, age, years, percentage, times"


def n_pharmacy():
    return [A("pharmacy line this is ", R.choice(["maya", "josh"])),
            C("hi i'm calling about my prescription refill number ", spoken_digits(ref_digits(7), False, doubles=0)),
            A("okay i see it ninety tablets of the ", cardinal(R.randint(10, 50)), " milligram dose"),
            C("yeah can i pick it up today"),
            A("it'll be ready after three pm your copay is ", cardinal(R.randint(5, 40)), " dollars"),
            C("last time it was like twelve"),
            A("the plan changed on january first so it went up about ", cardinal(R.randint(10, 30)), " percent"),
            C("ugh okay and my appointment with the doctor is on the ", ordinal(R.randint(1, 28)), " at ten fifteen is that still on"),
            A("yes that's showing in suite two oh four"),
            C("okay thanks")], "call/healthcare: refill number, dosage, tablet count, copay, percentage, appointment date/time, suite number"


def n_bank_balance():
    return [A("Hi, you're chatting with " + R.choice(["Northgate", "Meridian"]) + " Bank. How can I help?"),
            C("whats my balance? app wont load"),
            A("Your current account balance is £" + "{:,}".format(R.randint(100, 9000)) + "." + "%02d" % R.randint(0, 99) + " and savings is £" + "{:,}".format(R.randint(1000, 40000)) + "."),
            C("and did my rent go out, it's £" + str(R.randint(600, 1500)) + " on the 1st"),
            A("Yes, it left on 1 " + R.choice(["March", "April", "October"]) + " at 00:03. Your overdraft limit is £500 at 39.9% EAR."),
            C("can u raise it to 1000"),
            A("I've submitted a request, reference " + ref_digits(8) + ". Decision within 48 hours."),
            C("and the app, version 4.12.3 keeps crashing"),
            A("Please update to 4.13, released yesterday. That fixes it for most users."),
            C("ok ty")], "chat/banking: balances, rent amount/date, time, overdraft limit, APR, request reference, version numbers"


def n_council():
    return [A("council tax team you're speaking to ", R.choice(["june", "ravi"])),
            C("hi i got a bill for ", cardinal(R.randint(11, 19)), " hundred and ", cardinal(R.randint(20, 99)), " pounds for the year and i live on my own"),
            A("okay you might be due the twenty five percent single person discount what's your council tax reference number"),
            C("it's ", spoken_digits(ref_digits(8), doubles=0)),
            A("thanks i've applied the discount from the ", ordinal(R.randint(1, 28)), " of april so your ten monthly instalments drop to ", cardinal(R.randint(80, 99)), " pounds ", cardinal(R.randint(10, 99))),
            C("great and the bin collection is it still tuesdays"),
            A("yes every other tuesday the next one is the ", ordinal(R.randint(1, 28))),
            C("and how many bins can i have"),
            A("up to two one hundred and forty litre bins"),
            C("okay thank you")], "call/government UK: annual charge, percentage, account reference, instalments, dates, counts, bin sizes"


def n_car_service():
    return [A("Hi, thanks for messaging " + R.choice(["AutoCare", "QuickFit Garage"]) + "."),
            C("hi need to book a service for my 2019 golf, it's done 42,310 miles"),
            A("We have Thursday 9:30am or Friday 2pm. A full service is $" + str(R.randint(180, 320)) + " and takes about 3 hours."),
            C("thursday. also tyres are at 28 psi is that ok"),
            A("Recommended is 36 psi front, 33 rear. We can check them. Booking ref SV-" + ref_digits(6) + "."),
            C("cool. it's parked in bay 12"),
            A("Noted. Please drop it off by 9:15. Oil change is 5.5 litres of 5W-30."),
            C("thx")], "chat/automotive: model year, mileage, times, prices, tyre pressures, booking reference, bay number, oil spec"


def n_meter():
    r1, r2 = ref_digits(5), ref_digits(5)
    return [A("meter readings line you're speaking to ", R.choice(["carol", "steve"])),
            C("hi i want to give a reading because my bill's estimated at ", cardinal(R.randint(120, 199) % 100 + 100 if False else R.randint(20, 99)), " pounds and that's way too high"),
            A("no problem what does the electricity meter say just the black numbers"),
            C(spoken_digits(r1, doubles=0.5)),
            A("and the gas"),
            C("um ", spoken_digits(r2, doubles=0.5, pairs=0.3), " the last digit's red so i left it off"),
            A("perfect that brings your bill down to ", cardinal(R.randint(20, 99)), " pounds ", cardinal(R.randint(10, 99)), " i'll reissue it today it takes about five days by post"),
            C("and when's the smart meter appointment"),
            A("the ", ordinal(R.randint(1, 28)), " of ", R.choice(MONTHS), " between eight and twelve the engineer takes around two hours"),
            C("great thanks")], "call/utilities: meter readings spoken digit by digit, amounts, appointment date and times"


def n_age_years():
    return [A("Welcome to " + R.choice(["CarePlus Insurance", "SilverYears Life"]) + " quotes. How can I help?"),
            C("hi looking for a quote for me and my wife, im 54 and shes 51, we both stopped smoking in 2015"),
            A("Thanks. For a 20-year term with £250,000 cover, the estimate is £48.20 per month."),
            C("what about 15 years"),
            A("That's £39.75 a month. The rate is fixed for the first 5 years then rises by up to 3% a year."),
            C("ok and if we start on the 1st of " + R.choice(["June", "July", "August"]) + "?"),
            A("That's fine, cover would run until " + str(R.randint(2040, 2046)) + ". Quote ref Q" + ref_digits(7) + " is valid for 30 days."),
            C("great thanks")], "chat/insurance: ages, years, cover amounts, premiums, percentages, start date, quote ref"


NEG_TEMPLATES = [n_meter, n_age_years, n_bill_dispute, n_flight_change, n_order_tracking, n_broadband_speed, n_hotel,
                 n_insurance_claim, n_pharmacy, n_bank_balance, n_council, n_car_service]

N_POS = 195
N_NEG = 120


def generate():
    cases = []
    for i in range(N_POS):
        fn = POS_TEMPLATES[i % len(POS_TEMPLATES)]
        turns, note = fn()
        cases.append(build("h230-pos-%03d" % (i + 1), "positive", turns, note))
    for i in range(N_NEG):
        fn = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]
        turns, note = fn()
        cases.append(build("h230-neg-%03d" % (i + 1), "negative", turns, note))
    return cases


def serialise(cases):
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
    return """# PII hold-out set h230

**Never use this set for tuning.** It exists only to measure the redactor on data it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its documentation, the existing benchmark or any other
fixture set; the only input was a 3-line example of the JSONL format. Cases are generated by
`scripts/make_pii_holdout230.py` (standard library only, one `random.Random(230241126)`),
so the file is byte-for-byte reproducible: `python scripts/make_pii_holdout230.py --check`
regenerates it, compares it, and validates every span.

Emphasis: long, realistic whole calls (ASR style: lower case, numbers as words, "oh"/"nought",
"double"/"triple", pairs such as "forty one", NATO spellings "b for bravo", homophones such as
"see" for C, fillers "um" inside readings, values split across turns with agent back-channels,
agent read-backs, self-corrections) and chats (typed, varied separators and case), 8-20 turns,
with the ordinary non-PII numbers of the conversation (amounts, dates, times, references,
flight/room/model numbers, percentages) around the PII.

## Annotation conventions

* A span covers only the value itself: the digits/letters plus any separators, filler words
  ("um") or "double"/"triple"/"for bravo" words *inside* the reading. Lead-in words ("it's",
  "my number is", "the") are outside.
* A value split over several turns gets one span per turn fragment (each fragment its own span).
* Agent read-backs of a full value are labelled too. In a self-correction, both the abandoned
  value and the corrected value are labelled (both are real PII of the caller).
* DOB spans cover the whole date expression ("twelfth of march nineteen eighty five").
* EXPIRY spans cover the month+year; CVV only the code.
* ADDRESS covers house/flat number + street name; the town is not labelled; the postcode is a
  separate POSTCODE span (US ZIP codes are POSTCODE).
* Not labelled (and used as distractors): amounts, prices, balances, times, durations, counts,
  years, percentages, non-birth dates, order/claim/invoice/ticket/booking/policy references,
  PAC codes, flight/room/model numbers, meter readings, speeds, ages, temperatures.
* Negatives (`kind: negative`) contain no PII at all; any redaction in them is a false positive.

## Counts

Positive cases: %d, negative cases: %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, rows)


def check(text, cases):
    problems = []
    ids = set()
    for c in cases:
        if c["id"] in ids:
            problems.append("duplicate id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        by_turn = {}
        by_type = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (c["id"], s["type"]))
                continue
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append("%s: turn out of range" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: offsets out of range" % c["id"])
                continue
            if (s["start"] > 0 and t[s["start"] - 1].isalnum()) or (s["end"] < len(t) and t[s["end"]].isalnum()):
                problems.append("%s: span not on word boundary: %r" % (c["id"], t[s["start"]:s["end"]]))
            if not (t[s["start"]].isalnum() or t[s["start"]] in "+(") or not t[s["end"] - 1].isalnum():
                problems.append("%s: span edge not alnum: %r" % (c["id"], t[s["start"]:s["end"]]))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            by_type.setdefault(s["type"], []).append(t[s["start"]:s["end"]])
        for tn, lst in by_turn.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    problems.append("%s: overlapping spans in turn %d" % (c["id"], tn))
        for typ, texts in by_type.items():
            if not group_valid(typ, texts):
                problems.append("%s: %s fails validation: %r" % (c["id"], typ, texts))
    cnt = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("%s has only %d spans (need %d)" % (t, cnt[t], need))
    return problems, cnt, npos, nneg


def main():
    cases = generate()
    text = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv[1:]:
        problems = []
        try:
            with open(OUT, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError:
            on_disk = None
        if on_disk != text:
            problems.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
        parsed = [json.loads(l) for l in (on_disk or text).splitlines()]
        p2, cnt, npos, nneg = check(on_disk or text, parsed)
        problems += p2
        print("cases: %d positive, %d negative" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check: %s (%d problems)" % ("OK" if not problems else "FAILED", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h206 (independent author).

python scripts/make_pii_holdout206.py          # write fixture + README
python scripts/make_pii_holdout206.py --check  # regenerate, verify identical and valid
Standard library only. All values come from one seeded random.Random(206241125).
"""
import json
import os
import random
import re
import sys

SEED = 206241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout206")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
HOMO = {"see": "c", "bee": "b", "tea": "t", "pea": "p", "jay": "j", "kay": "k", "are": "r",
        "why": "y", "ex": "x", "em": "m", "en": "n", "aitch": "h", "dee": "d", "gee": "g",
        "you": "u", "vee": "v", "ess": "s", "el": "l", "ef": "f", "zed": "z", "zee": "z"}
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"  # no I, O, Q (Q only used as NI prefix)


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_digit_run(s, zero=None, allow_multi=True):
    """digit by digit, with double/triple runs."""
    out, i = [], 0
    z = zero or zero_word()
    while i < len(s):
        d = s[i]
        w = z if d == "0" else ONES[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if allow_multi and run >= 3 and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif allow_multi and run >= 2 and R.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            if d in "28" and R.random() < 0.07:  # ASR homophones
                w = {"2": R.choice(["to", "too"]), "8": "ate"}[d]
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, z):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + ONES[b] if b else "double " + z
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + ONES[b]


def say_pairs(s, z=None):
    z = z or R.choice(["oh", "oh", "o"])
    if len(s) == 4 and s.endswith("00") and s[0] != "0" and R.random() < 0.7:
        return (say_pair(s[:2], z) if s[0] != "1" or True else "") + " hundred"
    out = []
    for k in range(0, len(s) - 1, 2):
        out.append(say_pair(s[k:k + 2], z))
    if len(s) % 2:
        out.append(z if s[-1] == "0" else ONES[int(s[-1])])
    return " ".join(out)


def say_num(s, mode=None):
    mode = mode or R.choice(["run", "run", "run", "pairs"])
    if mode == "pairs" and len(s) >= 2 and len(s) % 2 == 0:
        return say_pairs(s)
    return say_digit_run(s)


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "for", "as", "homo"])
    if style == "for":
        return "%s for %s" % (c, NATO[c])
    if style == "as":
        return "%s as in %s" % (c, NATO[c])
    if style == "homo":
        inv = {v: k for k, v in HOMO.items() if len(k) > 2}
        return inv.get(c, c)
    return c


def say_alnum(s):
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digit_run(buf, zero=R.choice(["zero", "oh", "nought"])))
                buf = ""
            if ch.isalpha():
                out.append(say_letter(ch))
    if buf:
        out.append(say_digit_run(buf, zero=R.choice(["zero", "oh", "nought"])))
    return " ".join(out)


# ---------------------------------------------------------------- normaliser (for --check)
WORDNUM = {w: str(i) for i, w in enumerate(ONES)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2", "ate": "8"})
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "yeah", "so", "and", "then", "its", "it's"}


def normalise(text):
    if re.search(r"\d", text):  # typed (chat) form: keep letters and digits as typed
        return re.sub(r"[^a-z0-9]", "", text.lower())
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i].strip(".-")
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        if t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            if nxt in ONES[1:]:
                out.append(str(TENS.index(t)) + WORDNUM[nxt])
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t == "hundred":
            out.append("00")
        elif t in ("for", "as", "in") or t in NATO.values() or t == "xray":
            pass
        elif t in HOMO and len(t) > 2:
            out.append(HOMO[t])
        elif re.fullmatch(r"[a-z0-9]*\d[a-z0-9]*", t):
            out.append(t)
        elif t in FILLERS:
            pass
        elif len(t) <= 2 and t.isalpha():
            out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(d):
    tot = 0
    for k, ch in enumerate(reversed(d)):
        n = int(ch)
        if k % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


STREET = r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|crescent|terrace|place|boulevard|blvd|grove|park|gardens|row|hill|square)\b"


def validate(typ, texts, fragment=False):
    """texts: span texts of one logical value. Returns error string or ''."""
    parts = [normalise(t) for t in texts]
    n = "".join(parts)
    digits = re.sub(r"\D", "", n)
    joined = " ".join(texts).lower()
    if fragment:
        return "" if 1 <= len(digits) <= 8 else "fragment digits"
    if typ == "CARD_NUMBER":
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            return "card %s" % digits
    elif typ == "CVV":
        if len(digits) not in (3, 4) or len(n) != len(digits):
            return "cvv %s" % n
    elif typ == "EXPIRY":
        if not (3 <= len(digits) <= 6 or (any(m in joined for m in MONTHS) and digits)):
            return "expiry %s" % n
    elif typ == "SSN":
        if len(digits) != 9:
            return "ssn %s" % digits
    elif typ == "NI_NUMBER":
        if not re.fullmatch(r"[a-z]{2}\d{6}[a-d]", n):
            return "ni %s" % n
    elif typ == "BANK_ACCOUNT":
        if not (8 <= len(digits) <= 12 and len(n) == len(digits)):
            return "acct %s" % n
    elif typ == "SORT_CODE":
        if len(digits) != 6 or len(n) != 6:
            return "sort %s" % n
    elif typ == "IBAN":
        if not iban_ok(n):
            return "iban %s" % n
    elif typ == "PHONE":
        if not (10 <= len(digits) <= 13):
            return "phone %s" % digits
    elif typ == "EMAIL":
        e = joined
        if " at " in " " + e + " ":
            e = re.sub(r"\bat\b", "@", e)
            e = re.sub(r"\bdot\b", ".", e)
            e = re.sub(r"\bunderscore\b", "_", e)
            e = re.sub(r"\b(dash|hyphen)\b", "-", e)
            e = e.replace(" ", "")
            for w, d in WORDNUM.items():
                pass
        if not re.fullmatch(r"[a-z0-9._+\-a-z ]+@[a-z0-9\-]+(\.[a-z]+)+", e):
            return "email %s" % e
    elif typ == "DOB":
        if not (len(digits) >= 4 or (any(m in joined for m in MONTHS) and digits)):
            return "dob %s" % n
    elif typ == "POSTCODE":
        if not (re.fullmatch(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}", n) or re.fullmatch(r"\d{5}(\d{4})?", n)):
            return "postcode %s" % n
    elif typ == "ADDRESS":
        if not (digits and re.search(STREET, joined)):
            return "address %s" % joined
    return ""


# ---------------------------------------------------------------- value generators
def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    k = R.random()
    if k < 0.45:
        body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    elif k < 0.75:
        body = "5" + R.choice("12345") + "".join(R.choice("0123456789") for _ in range(13))
    elif k < 0.87:
        body = "3" + R.choice("47") + "".join(R.choice("0123456789") for _ in range(12))
    elif k < 0.95:
        body = "6011" + "".join(R.choice("0123456789") for _ in range(11))
    else:
        body = "4" + "".join(R.choice("0123456789") for _ in range(17))
    return luhn_complete(body)


def card_chunks(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    return [d[k:k + 4] for k in range(0, len(d), 4)]


def chat_card(d):
    sep = R.choice([" ", " ", "-", "", " "])
    if sep == "" and R.random() < 0.5:
        return d
    return sep.join(card_chunks(d)) if sep else d


def spoken_chunks(chunks):
    mode = "pairs" if all(len(c) % 2 == 0 for c in chunks) and R.random() < 0.35 else "run"
    return [say_num(c, mode) for c in chunks]


def gen_ssn():
    a = R.randint(1, 665)
    if a == 666:
        a = 667
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI1)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def chat_ni(n):
    f = R.randint(0, 4)
    if f == 0:
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if f == 1:
        return n.lower()
    if f == 2:
        return n
    if f == 3:
        return "%s %s %s" % (n[:2], n[2:8], n[8])
    return "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])


def say_ni(n):
    lead = " ".join(say_letter(c) for c in n[:2])
    mid = say_pairs(n[2:8], z="oh") if R.random() < 0.4 else say_digit_run(n[2:8], zero=R.choice(["zero", "oh", "nought"]))
    return lead, mid, say_letter(n[8])


def iban_make(cc, bban):
    r = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in r))
    return cc + "%02d" % (98 - num % 97) + bban


def gen_iban(country):
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    lt = lambda n: "".join(R.choice(LETTERS) for _ in range(n))
    if country == "UK":
        return iban_make("GB", lt(4) + dg(14))
    if country == "IE":
        return iban_make("IE", R.choice(["AIBK", "ULSB", "IPBS", "BARC"]) + dg(14))
    cc = R.choice(["DE", "FR", "NL", "ES", "IT"])
    if cc == "DE":
        return iban_make("DE", dg(18))
    if cc == "FR":
        return iban_make("FR", dg(23))
    if cc == "NL":
        return iban_make("NL", R.choice(["ABNA", "INGB", "TRIB"]) + dg(10))
    if cc == "ES":
        return iban_make("ES", dg(20))
    return iban_make("IT", R.choice(LETTERS) + dg(10) + dg(12))


def iban_groups(i):
    return [i[k:k + 4] for k in range(0, len(i), 4)]


def gen_phone(country):
    dg = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if country == "UK":
        d = "07" + R.choice("4579") + dg(8)
        f = R.randint(0, 3)
        chat = [d[:5] + " " + d[5:], "+44 " + d[1:5] + " " + d[5:], d, "+44 (0)" + d[1:5] + " " + d[5:8] + " " + d[8:]][f]
        intl = "44" + d[1:] if f in (1,) else d
        return d, chat, intl
    if country == "US":
        d = str(R.randint(2, 9)) + dg(2) + str(R.randint(2, 9)) + dg(6)
        f = R.randint(0, 3)
        chat = ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]),
                "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s %s %s" % (d[:3], d[3:6], d[6:])][f]
        return d, chat, d
    d = "08" + R.choice("35679") + dg(7)
    f = R.randint(0, 2)
    chat = [d[:3] + " " + d[3:6] + " " + d[6:], "+353 " + d[1:3] + " " + d[3:6] + " " + d[6:], d][f]
    return d, chat, d


def say_phone(d, country):
    if country == "UK":
        if R.random() < 0.3:
            return ["plus four four " + say_digit_run(d[1:5]), say_num(d[5:8]), say_num(d[8:])]
        return [say_digit_run(d[:5]), say_num(d[5:8]), say_num(d[8:])]
    if country == "US":
        return [say_digit_run(d[:3]), say_digit_run(d[3:6]), say_num(d[6:])]
    if R.random() < 0.3:
        return ["plus three five three " + say_digit_run(d[1:3]), say_digit_run(d[3:6]), say_num(d[6:])]
    return [say_digit_run(d[:3]), say_digit_run(d[3:6]), say_num(d[6:])]


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "kevin", "fatima", "dave",
         "niamh", "oliver", "grace", "marek", "chloe", "sean", "helen", "raj", "emma", "luis"]
LAST = ["okafor", "murphy", "patel", "walsh", "nguyen", "brennan", "kowalski", "smith", "hughes",
        "garcia", "obrien", "fletcher", "khan", "doyle", "martin", "reilly", "evans", "schmidt"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "com"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("web", "de"), ("aol", "com")]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    k = R.randint(0, 4)
    num = str(R.randint(1, 99))
    local = [f + "." + l, f[0] + l, f + "_" + l + num, f + l + num, l + "." + f[0]][k]
    chat = local + "@" + dom + "." + tld
    if R.random() < 0.2:
        chat = chat.capitalize()
    parts = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(say_num(piece, "pairs") if len(piece) == 2 else ONES[int(piece)])
        elif len(piece) == 1:
            parts.append(piece)
        else:
            parts.append(piece)
    spoken = " ".join(parts) + " at " + dom + " dot " + " dot ".join(tld.split("."))
    return chat, spoken


def ordinal(n):
    words = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
             8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
             14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
             19: "nineteenth", 20: "twentieth", 30: "thirtieth"}
    if n in words:
        return words[n]
    return TENS[n // 10] + " " + words[n % 10]


def gen_dob(country, channel):
    y, m, d = R.randint(1942, 2004), R.randint(1, 12), R.randint(1, 28)
    if channel == "chat":
        f = R.randint(0, 4)
        if f == 0:
            return ("%02d/%02d/%d" % (m, d, y)) if country == "US" else ("%02d/%02d/%d" % (d, m, y))
        if f == 1:
            return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
        if f == 2:
            return "%d-%02d-%02d" % (y, m, d)
        if f == 3:
            return R.choice(["%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y),
                             "%d%s of %s %d" % (d, "th" if 4 <= d <= 20 or d >= 24 else ["", "st", "nd", "rd"][d % 10], MONTHS[m - 1], y)])
        return "%d.%d.%d" % (d, m, y)
    ys = say_pairs(str(y))
    f = R.randint(0, 3)
    if f == 0:
        return "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], ys)
    if f == 1:
        return "%s %s %s" % (MONTHS[m - 1], ordinal(d), ys)
    if f == 2:
        return "%s %s %s" % (say_pairs("%02d" % d, z="oh"), say_pairs("%02d" % m, z="oh"), ys)
    return "%s %s %s" % (ordinal(d), MONTHS[m - 1], say_pairs(str(y)[2:]))


def gen_expiry(channel):
    m, y = R.randint(1, 12), R.randint(26, 32)
    if channel == "chat":
        return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                         "%02d %02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)])
    f = R.randint(0, 3)
    if f == 0:
        return "oh %s %s" % (ONES[m], say_pairs(str(y))) if m < 10 else "%s %s" % (TEENS[m - 10], say_pairs(str(y)))
    if f == 1:
        return "%s twenty %s" % (MONTHS[m - 1], say_pairs(str(y)))
    if f == 2:
        return "%s %s" % (MONTHS[m - 1], say_pairs(str(y)))
    return "%s slash %s" % (say_digit_run("%02d" % m, zero="zero"), say_digit_run(str(y)))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "BS", "L", "S", "NG", "CT", "CB", "RG"]


def gen_postcode(country):
    if country == "US":
        z = "%05d" % R.randint(1001, 99950)
        if R.random() < 0.2:
            return z + "-%04d" % R.randint(1, 9999)
        return z
    a = R.choice(UK_AREAS)
    dist = str(R.randint(1, 28)) if len(a) == 2 or R.random() < 0.5 else str(R.randint(1, 9))
    if len(dist) == 2 and len(a) == 2 and R.random() < 0.5:
        dist = dist[0]
    inward = str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPRSTUWXYZ") + R.choice("ABDEFGHJLNPRSTUWXYZ")
    return a + dist + " " + inward


def chat_postcode(p):
    if " " in p and R.random() < 0.3:
        return p.replace(" ", "") if R.random() < 0.5 else p.lower()
    return p


def say_postcode(p):
    if p[0].isdigit():
        return say_digit_run(p.replace("-", ""), zero=R.choice(["zero", "oh"]))
    out, buf = [], ""
    for ch in p.replace(" ", ""):
        if ch.isdigit():
            out.append(say_digit_run(ch, zero="zero"))
        else:
            out.append(say_letter(ch, R.choice(["plain", "plain", "for", "homo"])) if ch != "W" else "w")
    return " ".join(out)


STREETS = ["kingsley", "church", "mill", "station", "victoria", "oak", "elm", "high", "park", "maple",
           "cedar", "rosemount", "willow", "orchard", "castle", "beech", "harbour", "meadow", "ashgrove", "clifton"]
SUFFIX = ["road", "street", "avenue", "lane", "drive", "close", "way", "court", "crescent", "terrace", "grove", "place"]


def gen_address(channel):
    n = R.choice([R.randint(1, 99), R.randint(1, 30), R.randint(100, 999)])
    st, sf = R.choice(STREETS), R.choice(SUFFIX)
    letter = R.choice(["", "", "", "b", "a"])
    flat = R.random() < 0.15
    if channel == "chat":
        s = "%d%s %s %s" % (n, letter, st.capitalize(), sf.capitalize())
        if flat:
            s = "Flat %d, %s" % (R.randint(1, 12), s)
        if R.random() < 0.25:
            s = s.lower()
        return s
    if n >= 100:
        ns = say_digit_run(str(n)) if R.random() < 0.5 else say_pairs("%d" % n) if len(str(n)) % 2 == 0 else ONES[n // 100] + " " + say_pairs("%02d" % (n % 100), z="oh")
    else:
        ns = say_pairs("%02d" % n, z="oh").replace("oh ", "") if n >= 10 else ONES[n]
    s = "%s%s %s %s" % (ns, (" " + letter) if letter else "", st, sf)
    if flat:
        s = "flat %s %s" % (ONES[R.randint(1, 9)], s)
    return s


# ---------------------------------------------------------------- non-PII filler numbers
def words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    if n < 1000:
        return ONES[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + words(n % 100))
    return words(n // 1000) + " thousand" + ("" if n % 1000 == 0 else " " + words(n % 1000))


CUR = {"UK": ("£", "pounds", "p"), "US": ("$", "dollars", "cents"), "IE": ("€", "euro", "cent"), "EU": ("€", "euro", "cent")}


def money(x):
    sym, big, small = CUR[x.country]
    a, c = R.randint(3, 1400), R.choice([0, 0, 50, 99, 20, 45, 15])
    if x.chat:
        return "%s%s" % (sym, ("{:,}".format(a) + (".%02d" % c if c else "")))
    return words(a) + " " + big + ((" " + words(c)) if c else "")


def a_date(x):
    d, m = R.randint(1, 28), R.randint(1, 12)
    if x.chat:
        return R.choice(["%d %s" % (d, MONTHS[m - 1].capitalize()), "the %d%s" % (d, "th" if d > 3 else ["", "st", "nd", "rd"][d]),
                         "%s %d" % (MONTHS[m - 1][:3].capitalize(), d)])
    return R.choice(["the %s" % ordinal(d), "the %s of %s" % (ordinal(d), MONTHS[m - 1])])


def a_time(x):
    h, mm = R.randint(1, 12), R.choice([0, 15, 30, 45])
    if x.chat:
        return "%d:%02d%s" % (h, mm, R.choice(["pm", "am", " pm"])) if mm else "%d%s" % (h, R.choice(["pm", "am"]))
    return ("%s o'clock" % words(h)) if not mm else "%s %s" % (words(h), words(mm))


def a_ref(x, word=None):
    word = word or R.choice(["order number", "reference", "ticket number", "claim number", "invoice number", "case number", "booking reference"])
    n = "".join(R.choice("0123456789") for _ in range(R.randint(5, 9)))
    n = str(R.randint(1, 9)) + n[1:]
    if x.chat:
        pre = R.choice(["", "", "#", "REF-", "CX"]) if word in ("reference", "order number", "case number") else ""
        return "%s %s%s" % (word, pre, n)
    return "%s %s" % (word, say_digit_run(n))


def a_count(x):
    n = R.randint(2, 48)
    return str(n) if x.chat else words(n)


def a_year(x):
    y = R.randint(2012, 2026)
    return str(y) if x.chat else say_pairs(str(y))


def a_pct(x):
    n = R.choice([5, 10, 12, 15, 20, 25, 30, 40])
    return "%d%%" % n if x.chat else "%s percent" % words(n)


# ---------------------------------------------------------------- conversation machinery
class Conv:
    def __init__(self, channel, country, industry):
        self.channel, self.country, self.industry = channel, country, industry
        self.chat = channel == "chat"
        self.turns = []
        self.groups = {}
        self.gid = 0

    def v(self, text, typ, gid=None, frag=False):
        if gid is None:
            gid = self.new()
        self.groups.setdefault(gid, [typ, [], frag])
        return (text, typ, gid)

    def new(self):
        self.gid += 1
        return self.gid

    def a(self, *segs):
        self.turns.append(("agent", segs))

    def c(self, *segs):
        self.turns.append(("customer", segs))

    def say(self, chat_text, call_text):
        return chat_text if self.chat else call_text

    def render(self):
        turns, spans = [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for sg in segs:
                if isinstance(sg, str):
                    text += sg
                else:
                    val, typ, gid = sg
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    self.groups[gid][1].append(val)
                    text += val
            turns.append({"speaker": spk, "text": text})
        return turns, spans


BACK = ["mhm", "okay go on", "yep", "uh huh", "okay", "right", "got that", "yes go ahead", "mm hm"]
FILL = ["um ", "uh ", "er ", "", "", ""]


def bc():
    return R.choice(BACK)


# ---------------------------------------------------------------- industry openings / closings
def opening(x, verify=True):
    ind = x.industry
    m, d, t, r = money(x), a_date(x), a_time(x), a_ref(x)
    if x.chat:
        x.a(R.choice(["Hi, you're chatting with ", "Hello, this is "]) + R.choice(FIRST).capitalize() + ". How can I help today?")
        lines = {
            "banking": "hi there's a payment of %s on my statement from %s that I don't recognise" % (m, d),
            "telecom": "my bill jumped to %s this month and my %s still says the old plan" % (m, r),
            "utilities": "I got a letter saying my direct debit is going up to %s from %s, can you explain why" % (m, d),
            "retail": "hiya my parcel was meant to arrive on %s before %s and it never came, %s" % (d, t, r),
            "insurance": "I need to update my policy before the renewal on %s, the quote was %s" % (d, m),
            "travel": "Hi, my flight was cancelled and I was told I'd get a refund of %s within %s days" % (m, a_count(x)),
            "healthcare billing": "hello I received an invoice for %s for an appointment on %s, %s" % (m, d, r),
            "government": "hi i applied online on %s and havent heard back, %s" % (d, r),
        }
        x.c(lines[ind])
        x.a(R.choice(["I'm sorry to hear that, I can look into it for you.", "Thanks for the details, let me check.", "No problem, I'll sort that out."]) +
            (R.choice([" First I need to verify a few things.", " Before I go into the account I just need to confirm some details.", ""]) if verify else ""))
        x.c(R.choice(["ok no problem", "sure", "fine go ahead", "ok", "yep np"]))
    else:
        x.a("thank you for calling %s my name is %s how can i help you today" % (
            {"banking": "the bank", "telecom": "customer services", "utilities": "your energy supplier",
             "retail": "the order helpline", "insurance": "the claims team", "travel": "the bookings team",
             "healthcare billing": "patient billing", "government": "the benefits office"}[ind], R.choice(FIRST)))
        lines = {
            "banking": "hi yeah um i've been charged %s twice on %s and i don't know why" % (m, d),
            "telecom": "yeah hi my internet keeps dropping out every night around %s and i'm paying %s a month for it" % (t, m),
            "utilities": "hello i'm calling about my bill it says %s for the quarter which seems way too high" % m,
            "retail": "hi i ordered a sofa and it was supposed to come %s between eight and %s and nobody turned up" % (d, t),
            "insurance": "hiya i need to make a claim my car was hit in the car park on %s" % d,
            "travel": "hi i'm ringing about a booking for %s people it's %s" % (a_count(x), r),
            "healthcare billing": "hi i got a bill for %s and i thought my insurance covered it" % m,
            "government": "hello i'm ringing about my application i sent it in on %s and it's been %s weeks" % (d, a_count(x)),
        }
        x.c(lines[ind])
        x.a(R.choice(["oh i'm sorry about that let me have a look", "okay i can help with that", "right okay no worries"]) +
            (R.choice([" can i just take some details first", " i just need to go through security first", ""]) if verify else ""))
        x.c(R.choice(["yeah sure", "okay", "yeah no problem", "go on then"]))


def middle(x):
    m, r, t = money(x), a_ref(x), a_time(x)
    if x.chat:
        x.a(R.choice(["Thanks, that's all verified. I can see %s on the account." % m,
                      "Great, thank you. I can see the %s here." % r,
                      "Perfect. I've found it, there was a system error on %s." % a_date(x)]))
        x.c(R.choice(["ok so what happens now", "great thanks", "so can you fix it?", "right ok"]))
    else:
        x.a(R.choice(["brilliant thank you so i can see %s on there" % m,
                      "lovely thanks i've got the %s up now" % r,
                      "okay thank you so it looks like the engineer was booked for %s" % t]))
        x.c(R.choice(["right okay", "so what can you do about it", "yeah that's the one", "okay"]))


def closing(x):
    if x.chat:
        x.a(R.choice(["I've raised %s for you, it should be resolved within %s working days." % (a_ref(x), a_count(x)),
                      "I've applied a credit of %s, you'll see it on your next bill." % money(x),
                      "Done. You'll get an email confirmation by %s today." % a_time(x)]))
        x.c(R.choice(["thank you so much", "great thanks for your help", "ok cheers", "perfect, thanks!"]))
        x.a("You're welcome, have a lovely day.")
    else:
        x.a(R.choice(["okay so i've put a credit of %s on the account for you" % money(x),
                      "right i've logged that under %s and someone will call you back by %s" % (a_ref(x), a_time(x)),
                      "okay that's all done it should take about %s working days" % a_count(x)]))
        x.c(R.choice(["oh great thank you", "brilliant thanks", "okay thanks for your help", "lovely cheers"]))
        x.a("is there anything else i can help with today")
        x.c(R.choice(["no that's it thanks bye", "no that's everything thank you", "nope thanks bye"]))


# ---------------------------------------------------------------- PII asks
def readback_ok(x):
    x.c(R.choice(["yes that's right", "yep", "that's it", "correct", "yeah spot on"]))


def ask_card(x):
    d = gen_card()
    x.amex = len(d) == 15
    if x.chat:
        x.a(R.choice(["Could you type the long number on the card please?", "Please enter the full card number.", "What card would you like to use?"]))
        f = R.randint(0, 3)
        if f == 0:
            x.c(x.v(chat_card(d), "CARD_NUMBER"))
        elif f == 1:
            x.c("its ", x.v(chat_card(d), "CARD_NUMBER"), R.choice([" thanks", "", " (the visa)"]))
        elif f == 2:
            g = x.new()
            ch = card_chunks(d)
            x.c(x.v(" ".join(ch[:2]), "CARD_NUMBER", g))
            x.c(R.choice(["sorry hit enter too soon ", "oops ", ""]), x.v(" ".join(ch[2:]), "CARD_NUMBER", g))
        else:
            x.c("ok card number: ", x.v(chat_card(d), "CARD_NUMBER"), R.choice([", I'd like to pay ", ". paying "]) + money(x))
        return
    ch = spoken_chunks(card_chunks(d))
    x.a(R.choice(["okay and can i take the long card number please", "what's the %s digit number on the front of the card" % ("fifteen" if len(d) == 15 else "sixteen" if len(d) == 16 else "long"),
                  "okay when you're ready go ahead with the card number"]))
    f = R.randint(0, 4)
    if f == 0:
        x.c(R.choice(["yeah it's ", "okay it's ", "right so ", ""]), x.v(ch[0] + "".join(R.choice([" ", " ", " um ", " uh ", " "]) + c for c in ch[1:]), "CARD_NUMBER"))
    elif f in (1, 2):
        g = x.new()
        for k, c in enumerate(ch):
            if k:
                x.a(bc())
            x.c(R.choice(FILL) if k else R.choice(["okay ", "right it's ", ""]), x.v(c, "CARD_NUMBER", g))
        if f == 2:
            x.a("let me read that back ", x.v(" ".join(ch), "CARD_NUMBER"))
            readback_ok(x)
    elif f == 3:
        g = x.new()
        wrong = "".join(R.choice("0123456789") for _ in range(len(card_chunks(d)[-1])))
        x.c("it's ", x.v(" ".join(ch[:-1]), "CARD_NUMBER", g))
        x.a(bc())
        x.c(x.v(say_digit_run(wrong), "CARD_NUMBER", None, True), " no sorry hang on i'm reading the wrong line ", x.v(ch[-1], "CARD_NUMBER", g))
    else:
        g = x.new()
        half = len(ch) // 2
        x.c(x.v(" ".join(ch[:half]), "CARD_NUMBER", g), " sorry the kids are shouting hang on")
        x.a("no problem take your time")
        x.c("right where was i ", x.v(" ".join(ch[half:]), "CARD_NUMBER", g))
    return d


def ask_exp_cvv(x, which):
    if x.chat:
        e, c = gen_expiry("chat"), "".join(R.choice("0123456789") for _ in range(4 if getattr(x, "amex", False) else 3))
        if which == "both":
            x.a("And the expiry date and the %d digit security code?" % len(c))
            x.c(R.choice(["exp ", "expiry ", ""]), x.v(e, "EXPIRY"), R.choice([" and cvv ", " / code ", ", sec code "]), x.v(c, "CVV"))
        elif which == "EXPIRY":
            x.a("What's the expiry date on the card?")
            x.c(R.choice(["", "it expires ", "valid until "]), x.v(e, "EXPIRY"))
        else:
            x.a("And the security code from the back please.")
            x.c(R.choice(["", "cvv is ", "its "]), x.v(c, "CVV"))
        return
    e = gen_expiry("call")
    c = "".join(R.choice("0123456789") for _ in range(4 if getattr(x, "amex", False) else 3))
    cs = say_digit_run(c) if R.random() < 0.8 else say_pairs(c) if len(c) == 4 else ONES[int(c[0])] + " " + say_pairs(c[1:])
    if c[0] == "0" and not cs.startswith(("zero", "oh", "o ", "nought", "double", "triple")):
        cs = say_digit_run(c)
    if which == "both":
        x.a("and the expiry date")
        x.c(R.choice(["it's ", "um ", ""]), x.v(e, "EXPIRY"))
        x.a("and the four digit code on the front" if len(c) == 4 else "and the last three digits on the back")
        x.c(R.choice(["", "that's ", "uh "]), x.v(cs, "CVV"))
    elif which == "EXPIRY":
        x.a("what's the expiry on the card")
        x.c(R.choice(["it runs out ", "expires ", ""]), x.v(e, "EXPIRY"))
    else:
        x.a("and the four digit code on the front of the card" if len(c) == 4 else "and the security number on the back of the card")
        x.c(R.choice(["the three on the back ", "", "okay it's "]), x.v(cs, "CVV"))


def ask_ssn(x):
    s = gen_ssn()
    x.a(x.say(R.choice(["To verify, can you provide your Social Security number?", "Please confirm your SSN."]),
              R.choice(["for verification can i get your social security number", "and your social please"])))
    if x.chat:
        f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
        x.c(R.choice(["", "sure, ", "ssn "]), x.v(f, "SSN"))
        return
    p = [say_digit_run(s[:3])] + spoken_chunks([s[3:5], s[5:]])
    k = R.randint(0, 3)
    if k == 0:
        x.c(R.choice(["yeah it's ", "sure ", ""]), x.v(" ".join(p), "SSN"))
    elif k == 1:
        g = x.new()
        x.c(x.v(p[0], "SSN", g))
        x.a(bc())
        x.c(x.v(p[1], "SSN", g))
        x.a(bc())
        x.c(x.v(p[2], "SSN", g))
    elif k == 2:
        x.c("okay it's ", x.v(" ".join(p), "SSN"))
        x.a("thank you that's ", x.v(" ".join([say_digit_run(s[:3]), say_digit_run(s[3:5]), say_digit_run(s[5:])]), "SSN"), " correct")
        readback_ok(x)
    else:
        g = x.new()
        x.c(x.v(p[0] + " " + p[1], "SSN", g), " um hold on let me grab my card")
        x.a("sure take your time")
        x.c("okay then ", x.v(p[2], "SSN", g))


def ask_ni(x):
    n = gen_ni()
    x.a(x.say(R.choice(["Can you give me your National Insurance number please?", "What's your NI number?"]),
              R.choice(["and can i take your national insurance number", "what's your n i number please"])))
    if x.chat:
        x.c(R.choice(["", "NI: ", "its ", "sure - "]), x.v(chat_ni(n), "NI_NUMBER"))
        return
    lead, mid, tail = say_ni(n)
    k = R.randint(0, 3)
    if k == 0:
        x.c(R.choice(["yeah it's ", "um ", ""]), x.v(lead + " " + mid + " " + tail, "NI_NUMBER"))
    elif k == 1:
        g = x.new()
        x.c(x.v(lead, "NI_NUMBER", g))
        x.a(bc())
        x.c(x.v(mid, "NI_NUMBER", g))
        x.a("and the letter at the end")
        x.c(x.v(tail, "NI_NUMBER", g))
    elif k == 2:
        x.c(x.v(lead + " " + mid + " " + tail, "NI_NUMBER"))
        x.a("so that's ", x.v(" ".join(say_letter(c, "plain") for c in n[:2]) + " " + say_digit_run(n[2:8], zero="zero") + " " + say_letter(n[8], "plain"), "NI_NUMBER"))
        readback_ok(x)
    else:
        g = x.new()
        x.c(x.v(lead + " " + mid, "NI_NUMBER", g), " and then is it the letter at the end too")
        x.a("yes please the letter as well")
        x.c("it's ", x.v(tail, "NI_NUMBER", g))


def ask_bank(x, sort=True, acct=True):
    a = "".join(R.choice("0123456789") for _ in range(8 if x.country in ("UK", "IE") else R.choice([10, 11, 12])))
    sc = "".join(R.choice("0123456789") for _ in range(6))
    if x.country != "UK":
        sort = False
    if x.chat:
        scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        if sort and acct:
            x.a("Please provide the sort code and account number for the refund.")
            x.c(R.choice(["sort code ", "sc "]), x.v(scs, "SORT_CODE"), R.choice([" acc ", " account number ", ", a/c "]), x.v(a, "BANK_ACCOUNT"))
        elif sort:
            x.a("What's the sort code?")
            x.c(x.v(scs, "SORT_CODE"))
        else:
            x.a("What's the account number you want the refund paid to?")
            x.c(R.choice(["", "acct no. ", "it's "]), x.v(a, "BANK_ACCOUNT"))
        return
    if sort:
        x.a("and what's the sort code")
        x.c(R.choice(["it's ", "um ", ""]), x.v(say_pairs(sc) if R.random() < 0.5 else say_digit_run(sc), "SORT_CODE"))
    if acct:
        x.a("and the account number")
        if R.random() < 0.5:
            x.c(R.choice(["yeah it's ", ""]), x.v(say_num(a), "BANK_ACCOUNT"))
        else:
            g = x.new()
            x.c(x.v(say_digit_run(a[:4]), "BANK_ACCOUNT", g))
            x.a(bc())
            x.c(x.v(say_digit_run(a[4:]), "BANK_ACCOUNT", g))


def ask_iban(x):
    i = gen_iban(x.country if x.country in ("UK", "IE") else "EU")
    x.a(x.say("Could you send the IBAN for the account?", "and i need the i b a n for the refund"))
    grp = iban_groups(i)
    if x.chat:
        x.c(R.choice(["IBAN ", "", "here: "]), x.v(" ".join(grp) if R.random() < 0.6 else i, "IBAN"))
        return
    g = x.new()
    sp = [say_alnum(t) for t in grp]
    half = (len(sp) + 1) // 2
    if R.random() < 0.5:
        x.c(R.choice(["okay ", "right "]), x.v(" ".join(sp), "IBAN", g))
    else:
        x.c(R.choice(["okay ", "so "]), x.v(" ".join(sp[:half]), "IBAN", g))
        x.a(bc())
        x.c(x.v(" ".join(sp[half:]), "IBAN", g))


def ask_phone(x):
    d, chat, _ = gen_phone(x.country)
    x.a(x.say("What's the best number to reach you on?", R.choice(["and what's a good contact number", "can i get a phone number in case we get cut off"])))
    if x.chat:
        x.c(R.choice(["", "mob ", "call me on ", "its "]), x.v(chat, "PHONE"), R.choice(["", " after " + a_time(x), " any time"]))
        return
    p = say_phone(d, x.country)
    if x.country == "US" and R.random() < 0.4:
        g = x.new()
        x.c("area code ", x.v(p[0], "PHONE", g), R.choice([" and then ", " then ", " um "]), x.v(p[1] + " " + p[2], "PHONE", g))
    elif R.random() < 0.5:
        x.c(R.choice(["yeah it's ", "my mobile's ", ""]), x.v(" ".join(p), "PHONE"), R.choice(["", " but i'm at work till " + a_time(x)]))
    else:
        g = x.new()
        x.c(x.v(p[0], "PHONE", g))
        x.a(bc())
        x.c(x.v(p[1] + " " + p[2], "PHONE", g))


def ask_email(x):
    chat, sp = gen_email()
    x.a(x.say("And what email should we send the confirmation to?", "and can i confirm your email address"))
    if x.chat:
        x.c(R.choice(["", "email: ", "send it to "]), x.v(chat, "EMAIL"))
    else:
        x.c(R.choice(["yeah it's ", "it's ", "um "]), x.v(sp, "EMAIL"))


def ask_dob(x):
    d = gen_dob(x.country, x.channel)
    x.a(x.say("Can you confirm your date of birth?", R.choice(["and your date of birth please", "can i just take your date of birth"])))
    x.c(R.choice(["", "yeah it's ", "sure " if x.chat else "uh ", "dob "if x.chat else "it's "]), x.v(d, "DOB"))


def ask_postcode(x, with_address=False):
    p = gen_postcode(x.country)
    addr = gen_address(x.channel)
    if x.chat:
        if with_address:
            x.a("What's the address on the account?")
            x.c(x.v(addr, "ADDRESS"), ", " + R.choice(["Leeds", "Manchester", "Boston", "Cork", "Bristol", "Austin"]) + " ", x.v(chat_postcode(p), "POSTCODE"))
        else:
            x.a("And the postcode?" if x.country != "US" else "And the zip code?")
            x.c(R.choice(["", "its "]), x.v(chat_postcode(p), "POSTCODE"))
        return
    ps = say_postcode(p)
    if with_address:
        x.a("and the first line of your address")
        x.c(R.choice(["it's ", "yeah ", ""]), x.v(addr, "ADDRESS"))
        x.a("and the postcode" if x.country != "US" else "and the zip")
        x.c(x.v(ps, "POSTCODE"))
    else:
        x.a("can i take the postcode" if x.country != "US" else "what's the zip code there")
        x.c(R.choice(["it's ", "", "um "]), x.v(ps, "POSTCODE"))


def ask_address(x):
    addr = gen_address(x.channel)
    x.a(x.say("What's the first line of the delivery address?", "and the first line of the address please"))
    x.c(R.choice(["", "it's ", "that's " if not x.chat else "its "]), x.v(addr, "ADDRESS"), R.choice(["", " the house with the blue door", " near the station"]) if not x.chat else "")


# ---------------------------------------------------------------- case assembly
INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government"]
PRIMARY = ["CARD_NUMBER", "NI_NUMBER", "SSN", "CVV", "CARD_NUMBER", "NI_NUMBER", "SSN", "EXPIRY", "BANK_ACCOUNT",
           "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
COUNTRY_FOR = {"SSN": ["US"], "NI_NUMBER": ["UK"], "SORT_CODE": ["UK"], "IBAN": ["UK", "IE", "EU"],
               "POSTCODE": ["UK", "US"]}


def do_item(x, t):
    if t == "CARD_NUMBER":
        ask_card(x)
        r = R.random()
        if r < 0.5:
            ask_exp_cvv(x, "both")
        elif r < 0.7:
            ask_exp_cvv(x, "EXPIRY")
    elif t in ("CVV", "EXPIRY"):
        ask_card(x)
        ask_exp_cvv(x, t if R.random() < 0.5 else "both")
    elif t == "SSN":
        ask_ssn(x)
    elif t == "NI_NUMBER":
        ask_ni(x)
    elif t == "BANK_ACCOUNT":
        ask_bank(x, sort=R.random() < 0.5, acct=True)
    elif t == "SORT_CODE":
        ask_bank(x, sort=True, acct=R.random() < 0.7)
    elif t == "IBAN":
        ask_iban(x)
    elif t == "PHONE":
        ask_phone(x)
    elif t == "EMAIL":
        ask_email(x)
    elif t == "DOB":
        ask_dob(x)
    elif t == "POSTCODE":
        ask_postcode(x, with_address=R.random() < 0.5)
    elif t == "ADDRESS":
        if R.random() < 0.5 and x.country in ("UK", "US"):
            ask_postcode(x, with_address=True)
        else:
            ask_address(x)


def extras_for(country):
    e = ["DOB", "PHONE", "EMAIL", "ADDRESS"]
    if country == "US":
        e += ["SSN", "POSTCODE"]
    if country == "UK":
        e += ["NI_NUMBER", "POSTCODE", "SORT_CODE"]
    if country in ("IE", "EU"):
        e += ["IBAN"]
    return e


def make_positive(i):
    while True:
        c, x = _make_positive(i)
        if 8 <= len(c["turns"]) <= 20:
            return c, x


def _make_positive(i):
    prim = PRIMARY[i % len(PRIMARY)]
    country = R.choice(COUNTRY_FOR.get(prim, ["UK", "US", "IE", "EU", "UK", "US"]))
    channel = R.choice(["call", "call", "chat"])
    ind = R.choice(INDUSTRIES)
    if prim == "SSN" and ind == "government" and R.random() < 0.5:
        ind = "healthcare billing"
    x = Conv(channel, country, ind)
    opening(x)
    ex = R.sample(extras_for(country), R.choice([0, 1, 1, 2]))
    items = [t for t in ex if t != prim]
    items.insert(R.randint(0, len(items)), prim)
    look = R.random() < 0.6
    pos_look = R.randint(0, len(items))
    for k, t in enumerate(items):
        if look and k == pos_look:
            lookalike_exchange(x)
        do_item(x, t)
        if k == 0 and len(items) > 1 and R.random() < 0.5:
            middle(x)
    if look and pos_look == len(items):
        lookalike_exchange(x)
    middle(x)
    closing(x)
    turns, spans = x.render()
    note = "%s/%s %s: %s amid %s" % (channel, ind, country, "+".join(items), "chit-chat with amounts, dates, references")
    return {"kind": "positive", "turns": turns, "spans": spans, "note": note}, x


# ---------------------------------------------------------------- negatives
def neg_body(x):
    """Non-PII numbers only."""
    k = R.randint(0, 11)
    if x.chat:
        opts = [
            lambda: [("customer", "how much is the early termination fee? my contract started in %s" % a_year(x)),
                     ("agent", "The fee is %s, reduced by %s for each month already served." % (money(x), money(x)))],
            lambda: [("customer", "my %s still shows as pending since %s" % (a_ref(x), a_date(x))),
                     ("agent", "I can see it. It was approved at %s and should clear in %s working days." % (a_time(x), a_count(x)))],
            lambda: [("customer", "can I move my appointment from %s to %s at %s?" % (a_date(x), a_date(x), a_time(x))),
                     ("agent", "Yes, I've moved it. The slot is %s minutes." % a_count(x))],
            lambda: [("customer", "the meter reading today is %05d and last month it was %05d" % (R.randint(1000, 99999), R.randint(1000, 99999))),
                     ("agent", "Thanks, that's %s kWh which works out at about %s." % (a_count(x), money(x)))],
            lambda: [("customer", "we're on flight %s %d on %s, can we add %s bags?" % (R.choice(["EI", "BA", "FR", "UA", "LH"]), R.randint(10, 9999), a_date(x), a_count(x))),
                     ("agent", "Each bag is %s and the limit is %s kg." % (money(x), R.choice(["20", "23", "32"])))],
            lambda: [("customer", "I was in room %d for %s nights and got charged %s extra" % (R.randint(101, 950), a_count(x), money(x))),
                     ("agent", "I see the minibar charge of %s on %s. I'll remove it." % (money(x), a_date(x)))],
            lambda: [("customer", "the router model %s-%d keeps rebooting, speed drops to %d Mbps" % (R.choice(["HG", "XR", "TP", "VMG"]), R.randint(100, 9900), R.randint(2, 80))),
                     ("agent", "That model had a firmware issue. Your package should be %d Mbps." % R.choice([100, 300, 500, 900]))],
            lambda: [("customer", "my balance says %s but I paid %s on %s" % (money(x), money(x), a_date(x))),
                     ("agent", "The payment posted at %s, the balance will update overnight." % a_time(x))],
            lambda: [("customer", "my mum is %d and wants the over-65 discount of %s" % (R.randint(66, 94), a_pct(x))),
                     ("agent", "She qualifies, it will apply from %s." % a_date(x))],
            lambda: [("customer", "is the %s still valid? it was raised in %s" % (a_ref(x), a_year(x))),
                     ("agent", "Yes, it expires after %s months. You have %s left." % (a_count(x), money(x)))],
            lambda: [("customer", "the heating was set to %d degrees and it's only %d in the house" % (R.randint(19, 24), R.randint(9, 16))),
                     ("agent", "An engineer can come %s between %s and %s." % (a_date(x), a_time(x), a_time(x)))],
            lambda: [("customer", "I don't have my card or my date of birth details to hand right now, sorry"),
                     ("agent", "No problem, I can still tell you the %s is %s and due on %s." % (a_ref(x), money(x), a_date(x)))],
        ]
    else:
        opts = [
            lambda: [("customer", "how much is it to leave early my contract only started in %s" % a_year(x)),
                     ("agent", "so the fee would be %s and that goes down by %s every month" % (money(x), money(x)))],
            lambda: [("customer", "yeah my %s has been pending since %s" % (a_ref(x), a_date(x))),
                     ("agent", "i can see it it was approved at %s and it'll clear in %s working days" % (a_time(x), a_count(x)))],
            lambda: [("customer", "can i move my appointment from %s to %s about %s" % (a_date(x), a_date(x), a_time(x))),
                     ("agent", "yep that's moved for you it's a %s minute slot" % a_count(x))],
            lambda: [("customer", "the meter reading is %s" % say_digit_run("%05d" % R.randint(1000, 99999))),
                     ("agent", "okay thank you so that's %s units which is about %s" % (a_count(x), money(x)))],
            lambda: [("customer", "we're on flight %s %s on %s can we add %s bags" % (R.choice(["e i", "b a", "f r", "u a"]), words(R.randint(10, 999)), a_date(x), a_count(x))),
                     ("agent", "each bag is %s and it's %s kilos max" % (money(x), R.choice(["twenty", "twenty three", "thirty two"])))],
            lambda: [("customer", "i was in room %s for %s nights and they charged me %s extra" % (say_digit_run(str(R.randint(101, 950))), a_count(x), money(x))),
                     ("agent", "i can see the charge of %s from %s i'll take that off" % (money(x), a_date(x)))],
            lambda: [("customer", "the speed keeps dropping to like %s meg and i'm paying for %s" % (words(R.randint(2, 80)), words(R.choice([100, 300, 500, 900])))),
                     ("agent", "okay i'll run a line test it takes about %s minutes" % a_count(x))],
            lambda: [("customer", "it says my balance is %s but i paid %s on %s" % (money(x), money(x), a_date(x))),
                     ("agent", "yeah the payment went in at %s so it'll update overnight" % a_time(x))],
            lambda: [("customer", "my dad's %s and he should get the pensioner rate that's %s off" % (words(R.randint(66, 94)), a_pct(x))),
                     ("agent", "he does qualify so that'll start from %s" % a_date(x))],
            lambda: [("customer", "is the %s still okay it was from %s" % (a_ref(x), a_year(x))),
                     ("agent", "yes it's valid for %s months and there's %s left on it" % (a_count(x), money(x)))],
            lambda: [("customer", "the thermostat's on %s and it's only %s degrees in here" % (words(R.randint(19, 24)), words(R.randint(9, 16)))),
                     ("agent", "i can get an engineer out %s between %s and %s" % (a_date(x), a_time(x), a_time(x)))],
            lambda: [("customer", "i haven't got my card on me and i can't remember my account details"),
                     ("agent", "that's fine i can still tell you the %s is %s due on %s" % (a_ref(x), money(x), a_date(x)))],
        ]
    out = opts[k]()
    return out, k


def ask_more(x):
    return R.choice(["Sure, what's your question?", "Go ahead.", "Of course, what else?"]) if x.chat else R.choice(
        ["okay go on", "sure what did you want to ask", "yeah go ahead", "mhm what else"])


def lookalike_exchange(x):
    x.a(ask_more(x))
    body, k = neg_body(x)
    for spk, t in body:
        (x.a if spk == "agent" else x.c)(t)
    x.c(R.choice(["okay", "right okay", "ah ok", "ok good"]))
    return k


def make_negative(i):
    while True:
        c, x = _make_negative(i)
        if 8 <= len(c["turns"]) <= 20:
            return c, x


def _make_negative(i):
    channel = R.choice(["call", "call", "chat"])
    country = R.choice(["UK", "US", "IE", "EU"])
    ind = R.choice(INDUSTRIES)
    x = Conv(channel, country, ind)
    opening(x, verify=False)
    kinds = []
    for _ in range(R.choice([1, 2, 2, 3])):
        x.a(ask_more(x))
        body, k = neg_body(x)
        kinds.append(k)
        for spk, t in body:
            (x.a if spk == "agent" else x.c)(t)
        x.c(R.choice(["okay", "right", "ah okay", "ok thanks"]))
    middle(x)
    closing(x)
    turns, spans = x.render()
    note = "%s/%s %s: negative, non-PII numbers (patterns %s: fees, refs, times, meter, flight, room, speeds, ages, temps, balances)" % (
        channel, ind, country, ",".join(map(str, kinds)))
    return {"kind": "negative", "turns": turns, "spans": [], "note": note}, x


# ---------------------------------------------------------------- build / check
N_POS, N_NEG = 180, 110


def build():
    R.seed(SEED)
    cases, problems = [], []
    for i in range(N_POS):
        c, x = make_positive(i)
        c = {"id": "h206-pos-%03d" % (i + 1), **c}
        cases.append(c)
        for gid, (typ, texts, frag) in sorted(x.groups.items()):
            err = validate(typ, texts, frag)
            if err:
                problems.append("%s: %s %r" % (c["id"], err, texts))
    for i in range(N_NEG):
        c, x = make_negative(i)
        cases.append({"id": "h206-neg-%03d" % (i + 1), **c})
    return cases, problems


def serialise(cases):
    return "".join(json.dumps({k: c[k] for k in ("id", "kind", "turns", "spans", "note")}, ensure_ascii=False) + "\n" for c in cases)


def structural(cases):
    probs, ids = [], set()
    for c in cases:
        if c["id"] in ids:
            probs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            probs.append(c["id"] + " negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            probs.append(c["id"] + " positive without spans")
        if not 8 <= len(c["turns"]) <= 20:
            probs.append("%s has %d turns" % (c["id"], len(c["turns"])))
        seen = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                probs.append(c["id"] + " bad type")
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                probs.append(c["id"] + " offsets out of range")
                continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                probs.append("%s span start not on word boundary %r" % (c["id"], t[s["start"] - 1:s["end"]]))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                probs.append("%s span end not on word boundary %r" % (c["id"], t[s["start"]:s["end"] + 1]))
            sub = t[s["start"]:s["end"]]
            if sub != sub.strip() or not sub:
                probs.append(c["id"] + " span has edge whitespace")
            for (a, b) in seen.get(s["turn"], []):
                if s["start"] < b and a < s["end"]:
                    probs.append(c["id"] + " overlapping spans")
            seen.setdefault(s["turn"], []).append((s["start"], s["end"]))
    return probs


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
    ncall = sum(c["note"].startswith("call") for c in cases)
    lines = [
        "# PII redaction held-out set h206",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; do not look at failures",
        "case by case to adjust rules or thresholds, or it stops measuring generalisation.",
        "",
        "## Who wrote it and how",
        "",
        "Written by an AI helper acting as an independent author. The author did not see the redaction",
        "code, its tests, its docs, the benchmark, or any other PII fixture; the only thing consulted was a",
        "3-line example of the JSONL format. The redactor was never run while writing it.",
        "",
        "Generated by `scripts/make_pii_holdout206.py` (standard library only, one",
        "`random.Random(%d)`); output is byte-for-byte reproducible. `--check` regenerates and compares," % SEED,
        "checks ids, offsets, word boundaries, overlaps, and validates every labelled value after",
        "normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI shape, 9-digit SSN, 6-digit sort",
        "codes, digit counts for CVV/phone/account, UK postcode / US ZIP shapes).",
        "",
        "Emphasis: long whole calls and chats (8-20 turns) from banking, telecom, utilities, retail,",
        "insurance, travel, healthcare billing and government services in the UK, US, Ireland and EU, with",
        "the PII amid ordinary conversation and next to non-PII numbers (amounts, dates, times, order /",
        "claim / ticket references, counts). Calls are written as ASR output: lower case, numbers as",
        "words ('oh'/'o'/'nought'/'zero', 'double seven', 'triple two', pairs such as 'forty one',",
        "'forty five hundred'), letters as 'b for bravo' / 'q as in quebec' / homophones ('see', 'bee',",
        "'are', 'why'), e-mails as 'j dot doe at gmail dot com', values split over several customer",
        "turns with agent back-channels, agent read-backs, interruptions and a self-correction.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last digit/letter/word; lead-ins such as",
        "  'it's', 'yeah', 'card number:', 'exp', 'cvv', 'sort code' are outside. Filler words that the",
        "  caller says *between* pieces of one value inside a turn stay inside the span.",
        "- A value split across turns gets one span per turn (same type); agent back-channels are not labelled.",
        "- Agent read-backs of a value are labelled like the customer's reading.",
        "- Self-correction: both the wrong partial digits and the corrected digits are labelled (type of the value).",
        "- ADDRESS = house/flat number through the street type word ('flat 3, 12 Mill Lane', 'forty two",
        "  kingsley road'); town names are not labelled; postcode/ZIP is its own POSTCODE span.",
        "- DOB covers the whole date phrase ('the third of march nineteen eighty four', '12/03/1984').",
        "- EXPIRY covers month and year ('oh four twenty seven', 'april twenty twenty eight', '04/27').",
        "- PHONE includes an international prefix when said ('plus four four ...', '+353 ...'); for US",
        "  calls read as 'area code <3 digits> and then <7 digits>' the lead-in words are outside and the",
        "  two digit groups are two spans of one value.",
        "- ASR homophones inside readings ('to'/'too' for two, 'ate' for eight, 'see'/'bee'/'are' for",
        "  letters) are part of the value; about 60% of positive calls/chats also contain a lookalike",
        "  exchange (meter reading, flight, room, fee, reference, age...) that is deliberately unlabelled.",
        "- Non-PII numbers (amounts, times, appointment dates, order/claim/ticket/invoice references,",
        "  flight and room numbers, meter readings, speeds, ages, temperatures, balances) are never labelled;",
        "  negative cases contain only such numbers and must have nothing redacted.",
        "",
        "## Counts",
        "",
        "- cases: %d (positive %d, negative %d); calls %d, chats %d" % (len(cases), npos, nneg, ncall, len(cases) - ncall),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    lines += ["| %s | %d |" % (t, cnt[t]) for t in TYPES]
    lines += ["| total | %d |" % sum(cnt.values()), ""]
    return "\n".join(lines)


def main():
    cases, problems = build()
    problems += structural(cases)
    data = serialise(cases)
    rd = readme(cases)
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    if npos < 170 or len(cases) - npos < 100:
        problems.append("too few cases")
    if "--check" in sys.argv:
        for path, want in ((CASES, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append(path + " differs from regenerated output")
            except OSError as e:
                problems.append(str(e))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("cases %d: positive %d, negative %d" % (len(cases), npos, len(cases) - npos))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("FAILED: %d problems" % len(problems))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

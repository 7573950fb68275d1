#!/usr/bin/env python3
"""Generate the pii_holdout475 held-out PII redaction evaluation set.

Standard library only.  Usage:
    python scripts/make_pii_holdout475.py          # (re)write the fixture
    python scripts/make_pii_holdout475.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout475")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
SEED = 475241125
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


# ---------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + ch(["929", "539", "659", "000", "462", "751"]), 16)
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4", 19)
    return luhn_complete(ch(["6759", "6761"]), 18)


def card_groups(d):
    n = len(d)
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4, 2]


def split_groups(d, groups):
    out, i = [], 0
    for g in groups:
        out.append(d[i:i + g])
        i += g
    if i < len(d):
        out.append(d[i:])
    return out


def fmt_card(d):
    st = ch(["sp", "sp", "dash", "none", "dot", "odd", "dsp"])
    gs = split_groups(d, card_groups(d))
    if st == "sp":
        return " ".join(gs)
    if st == "dash":
        return "-".join(gs)
    if st == "none":
        return d
    if st == "dot":
        return ".".join(gs)
    if st == "dsp":
        return "  ".join(gs)
    cut = sorted(R.sample(range(2, len(d) - 1), 3))
    return " ".join(d[a:b] for a, b in zip([0] + cut, cut + [len(d)]))


def gen_ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s):
    st = ch(["-", "-", " ", "", "."])
    return st.join([s[:3], s[3:5], s[5:]])


NI_PREF = ["AB", "CE", "JH", "KL", "NW", "PR", "SE", "TW", "WK", "ZR", "HL", "MA", "YZ", "EH", "RT", "JC", "LX", "GY"]


def gen_ni():
    return ch(NI_PREF) + "%06d" % R.randint(0, 999999) + ch("ABCD")


def fmt_ni(n):
    st = ch(["plain", "sp", "sp", "lower", "dash", "mixed"])
    p, d, s = n[:2], n[2:8], n[8]
    if st == "plain":
        return n
    if st == "sp":
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    if st == "lower":
        return n.lower()
    if st == "dash":
        return "%s-%s-%s" % (p, d, s)
    return p[0] + p[1].lower() + " " + d + " " + s.lower()


def gen_sort():
    return "%02d%04d" % (R.choice([20, 30, 40, 60, 11, 16, 77, 83, 90, 93, 8, 9]), R.randint(0, 9999))


def fmt_sort(s):
    return ch(["-", "-", " ", "", "."]).join([s[:2], s[2:4], s[4:]]) if R.random() < 0.85 else s


def gen_acct(us=False):
    if us:
        return "".join(str(R.randint(0, 9)) for _ in range(R.randint(9, 12)))
    return "%08d" % R.randint(1000000, 99999999)


def iban_check(cc, bban):
    rearr = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97 == 1


def rnd_digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban():
    cc = ch(["GB", "GB", "IE", "IE", "DE", "FR", "ES", "NL"])
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rnd_digits(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS"]) + rnd_digits(14)
    elif cc == "DE":
        bban = rnd_digits(18)
    elif cc == "FR":
        bban = rnd_digits(23)
    elif cc == "ES":
        bban = rnd_digits(20)
    else:
        bban = ch(["ABNA", "INGB", "RABO"]) + rnd_digits(10)
    return cc + iban_check(cc, bban) + bban


def fmt_iban(s):
    st = ch(["grp", "grp", "none", "lowgrp"])
    g = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if st == "grp":
        return g
    if st == "none":
        return s
    return g.lower()


def gen_phone():
    k = ch(["ukmob", "ukmob", "ukland", "us", "us", "ie", "fr", "de", "ukintl", "usintl", "ieintl"])
    if k == "ukmob":
        d = "07" + rnd_digits(9)
        return d, ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if k == "ukland":
        d = ch(["020", "0161", "0113", "0131", "029"]) + rnd_digits(7 if len("020") else 6)
        d = d[:11]
        return d, d[:4] + " " + d[4:7] + " " + d[7:]
    if k == "us":
        d = ch(["212", "415", "646", "312", "617", "305"]) + "555" + rnd_digits(4)
        return d, ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (d[:3], d[3:6], d[6:])
    if k == "usintl":
        d = ch(["212", "415", "773"]) + "555" + rnd_digits(4)
        return "+1" + d, "+1 %s %s %s" % (d[:3], d[3:6], d[6:])
    if k == "ie":
        d = ch(["083", "085", "086", "087"]) + rnd_digits(7)
        return d, d[:3] + " " + d[3:6] + " " + d[6:]
    if k == "ieintl":
        d = ch(["83", "85", "87"]) + rnd_digits(7)
        return "+353" + d, "+353 " + d[:2] + " " + d[2:5] + " " + d[5:]
    if k == "fr":
        d = ch(["6", "7"]) + rnd_digits(8)
        return "+33" + d, "+33 " + d[0] + " " + " ".join(d[i:i + 2] for i in range(1, 9, 2))
    if k == "de":
        d = ch(["151", "160", "172"]) + rnd_digits(8)
        return "+49" + d, "+49 " + d[:3] + " " + d[3:]
    d = "7" + rnd_digits(9)
    return "+44" + d, ch(["+44 " + d[:4] + " " + d[4:], "+44 (0)" + d[:4] + " " + d[4:], "+44" + d])


FIRST = ["sarah", "james", "priya", "tom", "aoife", "li", "marco", "fatima", "dave", "siobhan", "kwame", "olga",
         "ben", "chloe", "raj", "maria", "niamh", "pete", "yusuf", "jen"]
LAST = ["doe", "okafor", "smith", "nguyen", "murphy", "patel", "kowalski", "brennan", "garcia", "jones", "walsh",
        "hughes", "ali", "evans", "schmidt", "dubois"]
DOMS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "btinternet.com", "icloud.com", "eircom.net",
        "aol.com", "web.de", "orange.fr", "proton.me"]


def gen_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l, l + "." + f[0],
                f + "-" + l])
    return local + "@" + ch(DOMS)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth",
       "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
         "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["oh", "oh", "o", "zero", "nought"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
NATO_REV["whisky"] = "w"


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def sp_digit(c):
    return ch(ZEROS) if c == "0" else UNITS[int(c)]


def sp_perdigit(chunk):
    out, i = [], 0
    while i < len(chunk):
        j = i
        while j < len(chunk) and chunk[j] == chunk[i]:
            j += 1
        run = j - i
        if run >= 3 and R.random() < 0.7:
            out.append("triple " + sp_digit(chunk[i]))
            i += 3
        elif run >= 2 and R.random() < 0.75:
            out.append("double " + sp_digit(chunk[i]))
            i += 2
        else:
            out.append(sp_digit(chunk[i]))
            i += 1
    return " ".join(out)


def sp_chunk(chunk, pairs=True):
    r = R.random()
    if pairs and len(chunk) == 2 and chunk[0] != "0" and (chunk[1] != "0" or chunk[0] == "1") and r < 0.6:
        return pair_words(chunk)
    if pairs and len(chunk) == 4 and chunk[0] != "0" and chunk[2] != "0" and (chunk[3] != "0" or chunk[2] == "1") \
            and (chunk[1] != "0" or chunk[0] == "1") and r < 0.35:
        return pair_words(chunk[:2]) + " " + pair_words(chunk[2:])
    if pairs and len(chunk) == 3 and chunk[0] != "0" and chunk[1:] != "00" and (chunk[2] != "0" or chunk[1] == "1") \
            and r < 0.4:
        rest = chunk[1:]
        tail = UNITS[int(rest[1])] if rest[0] == "0" else pair_words(rest)
        return UNITS[int(chunk[0])] + " hundred " + ("and " if R.random() < 0.6 else "") + tail
    return sp_perdigit(chunk)


def sp_digits(s, groups=None, filler=0.2, pairs=True, sep=None):
    if groups is None:
        groups = []
        n = len(s)
        while n > 0:
            g = min(n, R.choice([2, 3, 4, 4]))
            groups.append(g)
            n -= g
    parts = [sp_chunk(c, pairs) for c in split_groups(s, groups)]
    out = parts[0]
    for p in parts[1:]:
        j = sep if sep is not None else ch([" ", " ", ", ", " ... "])
        if R.random() < filler:
            j = " " + ch(FILLERS) + " "
        out += j + p
    return out


def sp_letter(c, nato=0.3):
    c = c.lower()
    r = R.random()
    if r < nato:
        return ch(["%s for %s", "%s as in %s", "%s for %s"]) % (c, NATO[c])
    if r < nato + 0.1:
        return NATO[c]
    return c


def sp_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand and " + UNITS[int(y[3])] if R.random() < 0.7 else "two thousand " + UNITS[int(y[3])]
    return pair_words(y[:2]) + " " + (pair_words(y[2:]) if y[2] != "0" else "oh " + UNITS[int(y[3])])


# ---------------------------------------------------------------- normalisers / validators
SKIP = set(FILLERS) | {"and", "slash", "dash", "hyphen", "space", "then", "erm", "hmm", "ah"}


def norm_spoken(text):
    """Spoken or typed value -> canonical uppercase string of digits/letters (+ kept)."""
    t = text.lower().replace("x-ray", "xray")
    t = re.sub(r"[,.\-/()*:]", " ", t)
    t = t.replace("+", " + ")
    toks = t.split()
    out = []
    i = 0

    def unit(w):
        if w in ZEROS or w == "zero":
            return 0
        return UNITS.index(w) if w in UNITS else None

    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in SKIP:
            i += 1
            continue
        if len(w) == 1 and w.isalpha() and (nxt == "for" or (nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in")):
            out.append(w.upper())
            i += 3 if nxt == "for" else 4
            continue
        if w == "+" or w == "plus":
            out.append("+")
            i += 1
            continue
        if w in ("double", "triple") and nxt is not None:
            u = unit(nxt)
            rep = 2 if w == "double" else 3
            out.append((str(u) if u is not None else nxt.upper()) * rep)
            i += 2
            continue
        if unit(w) is not None and nxt == "hundred":
            val = unit(w) * 100
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in TENS[2:]:
                val += TENS.index(toks[j]) * 10
                j += 1
                if j < len(toks) and toks[j] in UNITS[1:]:
                    val += UNITS.index(toks[j])
                    j += 1
            elif j < len(toks) and toks[j] in TEENS:
                val += 10 + TEENS.index(toks[j])
                j += 1
            elif j < len(toks) and toks[j] in UNITS[1:]:
                val += UNITS.index(toks[j])
                j += 1
            out.append("%03d" % val)
            i = j
            continue
        if w in TENS[2:]:
            v = TENS.index(w)
            if nxt in UNITS[1:]:
                out.append("%d%d" % (v, UNITS.index(nxt)))
                i += 2
            else:
                out.append("%d0" % v)
                i += 1
            continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w)))
            i += 1
            continue
        if unit(w) is not None:
            out.append(str(unit(w)))
            i += 1
            continue
        if w in NATO_REV:
            out.append(NATO_REV[w].upper())
            i += 1
            continue
        if len(w) == 1 and w.isalpha():
            # "j for juliet" / "j as in juliet"
            if nxt == "for" and i + 2 < len(toks):
                i += 3
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 4
            else:
                i += 1
            out.append(w.upper())
            continue
        if re.fullmatch(r"[a-z0-9]+", w):
            out.append(w.upper())
            i += 1
            continue
        out.append("?")
        i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    return re.sub(r"\s+", "", t)


STREET = r"(street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|way|crescent|court|terrace|place|gardens|grove|" \
         r"boulevard|blvd|parade|hill|row|walk|square|mews|park)"


def is_postcode(s):
    return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s) or re.fullmatch(r"\d{5}(\d{4})?", s))


def validate(typ, text):
    n = norm_spoken(text)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        d = n.replace("+", "")
        if not d.isdigit():
            return False
        if n.startswith("+"):
            return 10 <= len(d) <= 13
        return (d.startswith("0") and len(d) in (10, 11)) or len(d) == 10
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", norm_email(text)))
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        if any(m[:3] in low for m in MONTHS):
            return True
        if re.fullmatch(r"\d{1,2}\s*[/.\-]\s*\d{1,2}(\s*[/.\-]\s*\d{2,4})?", text) or \
                re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return True
        return n.isdigit() and len(n) in ((4, 6) if typ == "EXPIRY" else (6, 8))
    if typ == "POSTCODE":
        return is_postcode(n)
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(re.search(r"\b%s\b" % w, low) for w in UNITS[1:] + TEENS + TENS[2:])
        return has_num and bool(re.search(r"\b%s\b" % STREET, low))
    return False


# ---------------------------------------------------------------- case building
def V(text, typ):
    return (text, typ)


def build(turn_specs):
    turns, spans = [], []
    for ti, (speaker, segs) in enumerate(turn_specs):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                start = len(text)
                text += s[0]
                spans.append({"turn": ti, "start": start, "end": len(text), "type": s[1]})
            else:
                text += s
        turns.append({"speaker": speaker, "text": text})
    return turns, spans


def C(*segs):
    return ("customer", list(segs))


def A(*segs):
    return ("agent", list(segs))


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "yeah go ahead", "right", "got that", "sure"]
HES = ["", "um ", "uh ", "er ", "so ", "yeah ", "right so ", "ok ", "erm "]
INDUSTRY = ["bank", "telecom", "energy supplier", "online retailer", "insurer", "airline", "hospital billing office",
            "tax office", "water company", "broadband provider", "car rental desk", "credit union"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "York", "Brighton", "Belfast"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Denver, CO", "Albany, NY"]
STREETS = ["Mill Lane", "Carlton Road", "Station Road", "Church Street", "Victoria Avenue", "Oak Close",
           "Willow Crescent", "Kings Drive", "Park Terrace", "Elm Grove", "Queens Gardens", "Harbour Way",
           "Maple Court", "High Street", "Beech Walk"]
US_STREETS = ["Maple Avenue", "Oak Street", "Sunset Boulevard", "Lakeview Drive", "Pine Street", "Elm Court",
              "Washington Avenue", "Cedar Lane"]
ASR_STREETS = [s.lower() for s in STREETS]


def gen_uk_postcode():
    L = "ABDEFGHJLNPRSTUWXYZ"
    area = ch(["SW", "NW", "LS", "M", "B", "G", "CF", "EH", "BS", "NR", "BN", "BT", "E", "N", "CR", "DN"])
    inward = str(R.randint(1, 9)) + ch(L) + ch(L)
    district = str(R.randint(1, 20)) if area not in ("SW", "E") else ch(["1A", "1W", "2", "5", "11"])
    if area == "E":
        district = ch(["1", "14", "1W", "8"])
    return area + district + " " + inward


def gen_zip():
    z = "%05d" % R.randint(10001, 99899)
    return z if R.random() < 0.75 else z + "-" + rnd_digits(4)


def sp_postcode(pc):
    out = []
    for c in pc.replace(" ", " , "):
        if c == " ":
            continue
        if c == ",":
            out.append(ch([",", "", "", "space"]) if R.random() < 0.5 else "")
            continue
        out.append(sp_letter(c, 0.25) if c.isalpha() else sp_digit(c))
    return re.sub(r"\s+,", ",", " ".join(w for w in out if w)).replace("  ", " ")


def sp_ni(n):
    p, d, s = n[:2], n[2:8], n[8]
    return "%s %s %s" % (" ".join(sp_letter(c) for c in p), sp_digits(d, [2, 2, 2], filler=0.15), sp_letter(s))


def card_pieces_spoken(d):
    return [sp_digits(g, None if len(g) > 4 else [len(g)] if R.random() < 0.5 else [2, 2] if len(g) == 4 else None,
                      filler=0.1) for g in split_groups(d, card_groups(d))]


def fmt_expiry():
    m, y = R.randint(1, 12), R.randint(26, 33)
    typed = ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d / %02d" % (m, y),
                MONTHS[m - 1][:3].title() + " 20%02d" % y, "%d/%02d" % (m, y)])
    spoken = ch(["%s %s" % (sp_digit("0") + " " + UNITS[m] if m < 10 else pair_words(str(m)), pair_words(str(y))),
                 "%s twenty %s" % (MONTHS[m - 1], pair_words(str(y))),
                 "%s %s" % (sp_digits("%02d" % m, [2], 0), sp_digits(str(y), [2], 0)),
                 "%s slash %s" % (sp_digits("%02d" % m, [2], 0), pair_words(str(y)))])
    return typed, spoken


def fmt_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2006)
    typed = ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%02d.%02d.%d" % (d, m, y),
                "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                "%d-%02d-%02d" % (y, m, d), "%02d-%s-%d" % (d, MONTHS[m - 1][:3].upper(), y)])
    spoken = ch(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], sp_year(y)),
                 "%s %s %s" % (ORD[d], MONTHS[m - 1], sp_year(y)),
                 "%s %s %s" % (MONTHS[m - 1], ORD[d], sp_year(y)),
                 "%s the %s um %s" % (MONTHS[m - 1], ORD[d], sp_year(y))])
    return typed, spoken


def gen_address(us=False, asr=False):
    if us:
        num = str(R.randint(10, 9800))
        st = ch(US_STREETS)
        base = num + " " + ch(["", "West ", "N ", "East "]) + st
        if R.random() < 0.3:
            base = ch(["Apt 4B, ", "Apt. 12, ", "Unit 7, ", "Apt 305, "]) + base if R.random() < 0.5 else base + ch([", Apt 4B", " Apt 210", ", Suite 300"])
    else:
        num = str(R.randint(1, 240))
        st = ch(STREETS)
        base = num + ch(["", "", "", "a", "B"]) + " " + st
        if R.random() < 0.3:
            base = ch(["Flat 3, ", "Flat 12 ", "Apartment 4, ", "Flat 2b, "]) + base
    if asr:
        low = base.lower().replace(",", "")
        low = re.sub(r"\d+", lambda m: sp_digits(m.group(0), [len(m.group(0))] if len(m.group(0)) <= 3 else [2, 2], 0, sep=" "), low)
        return low
    if R.random() < 0.15:
        base = base.upper()
    elif R.random() < 0.15:
        base = base.lower()
    return base


# ---------------------------------------------------------------- positive templates
def p_chat_card():
    d = gen_card()
    e, _ = fmt_expiry()
    cvv = rnd_digits(4 if len(d) == 15 else 3)
    ind = ch(INDUSTRY)
    lab = ch(["card no:", "Card number -", "cc#", "card numbr:", "CARD:", "long number on the card is", ""])
    t = [A("Thanks for contacting the %s payments team. To take the payment I'll need the long card number, expiry and security code." % ind),
         C(ch(["sure ", "ok ", "Sure thing. ", ""]) + lab + (" " if lab else ""), V(fmt_card(d), "CARD_NUMBER"),
           ch(["\nexp ", " exp: ", "\nexpiry ", ", expires "]), V(e, "EXPIRY"),
           ch(["\ncvv ", " sec code ", "\nCVC: ", " and the 3 digits on the back are "]), V(cvv, "CVV"))]
    if R.random() < 0.4:
        t.append(A("Thank you, payment of £%d.%02d taken from the card ending " % (R.randint(5, 400), R.randint(0, 99)),
                   V(d[-4:], "CARD_NUMBER"), "."))
        return t, "chat: card+expiry+cvv in one message; agent confirms last four (labelled: full card in same case)"
    return t, "chat: card, expiry and cvv typed in one message"


def p_chat_card_split():
    d = gen_card()
    gs = split_groups(d, card_groups(d))
    k = R.randint(1, len(gs) - 1)
    t = [A("Please type the card number when you're ready."),
         C(V(" ".join(gs[:k]), "CARD_NUMBER")),
         C(ch(["", "sorry hit enter too soon ", "oops "]) , V(" ".join(gs[k:]), "CARD_NUMBER")),
         A("Got it, thanks."),
         C("exp ", V(fmt_expiry()[0], "EXPIRY"))]
    return t, "chat: card number broken across two customer messages"


def p_phone_card():
    d = gen_card()
    pieces = card_pieces_spoken(d)
    t = [A(ch(["can i take the long number across the front of the card please", "and the card number when you're ready",
               "okay so what's the sixteen digit number on the card"]))]
    t.append(C(ch(HES) + ch(["yeah it's ", "it's ", "ok ", ""]), V(pieces[0], "CARD_NUMBER")))
    for p in pieces[1:]:
        t.append(A(ch(BACK)))
        t.append(C(V(p, "CARD_NUMBER")))
    note = "asr: card read in groups over several turns with back-channels"
    if R.random() < 0.6:
        t.append(A("let me just read that back ", V(sp_digits(d, card_groups(d), 0.0, pairs=False), "CARD_NUMBER"), " is that right"))
        t.append(C("yes that's it"))
        note += "; agent read-back"
    _, es = fmt_expiry()
    t.append(A("and the expiry date"))
    t.append(C(ch(HES) + ch(["it's ", "", "expires "]), V(es, "EXPIRY")))
    if R.random() < 0.7:
        t.append(A("and finally the three digit security code on the back"))
        t.append(C(V(sp_digits(rnd_digits(3), [3] if R.random() < 0.5 else [1, 1, 1], 0), "CVV")))
    return t, note


def p_phone_card_restart():
    d = gen_card()
    cut = R.randint(4, 8)
    full = sp_digits(d, card_groups(d), 0.15)
    t = [A("what's the card number please"),
         C(ch(HES), V(sp_digits(d[:cut], None, 0), "CARD_NUMBER"),
           ch([" no wait sorry let me start again ", " hang on i've lost my place, from the top, ",
               " sorry that's the old card, um, ", " no no, ok again "]),
           V(full, "CARD_NUMBER")),
         A("thank you"),
         C("and expiry ", V(fmt_expiry()[1], "EXPIRY"))]
    if R.random() < 0.5:
        t.append(A("lovely and just to confirm, that's the card ending ", V(sp_digits(d[-4:], [4], 0, pairs=False), "CARD_NUMBER")))
        return t, "asr: restarted card reading (aborted fragment labelled); last four after full read is labelled"
    return t, "asr: restarted card reading, aborted fragment labelled"


def p_phone_card_aside():
    d = gen_card()
    gs = split_groups(d, card_groups(d))
    k = R.randint(1, len(gs) - 1)
    t = [A("go ahead with the card number"),
         C(V(sp_digits("".join(gs[:k]), [len(g) for g in gs[:k]], 0.2), "CARD_NUMBER"),
           ch([" sorry the dog's going mad, ", " hang on, can you hear me? yeah ok ", " just a sec, KIDS stop it, right ",
               " hold on my glasses, right, "]),
           V(sp_digits("".join(gs[k:]), [len(g) for g in gs[k:]], 0.2), "CARD_NUMBER"))]
    return t, "asr: aside in the middle of a card reading"


def p_email_card_quoted():
    d = gen_card()
    name = ch(FIRST).title()
    ref = "REF-%06d" % R.randint(0, 999999)
    ph_d, ph = gen_phone()
    body = [C("Hi,\n\nPlease see below, I already sent this yesterday!!\n\n", name, "\n", "Mob: ", V(ph, "PHONE"),
              "\n\n-----Original Message-----\nFrom: ", name, "\nSubject: Re: payment ", ref,
              "\n\n> card is ", V(fmt_card(d), "CARD_NUMBER"), "\n> exp ", V(fmt_expiry()[0], "EXPIRY"),
              "\n> thanks")]
    t = [A("Dear customer, we could not process your payment for case %s. Please resend your details." % ref)] + body
    return t, "email: quoted earlier message containing card, signature phone"


def p_webform():
    uk = R.random() < 0.6
    fields = []
    if uk:
        fields.append(("National Insurance no.", V(fmt_ni(gen_ni()), "NI_NUMBER")))
        fields.append(("Date of birth", V(fmt_dob()[0], "DOB")))
        fields.append(("Address line 1", V(gen_address(), "ADDRESS")))
        fields.append(("Town", ch(UK_TOWNS)))
        fields.append(("Postcode", V(gen_uk_postcode() if R.random() < 0.8 else gen_uk_postcode().replace(" ", ""), "POSTCODE")))
    else:
        fields.append(("SSN", V(fmt_ssn(gen_ssn()), "SSN")))
        fields.append(("DOB (MM/DD/YYYY)", V(fmt_dob()[0], "DOB")))
        fields.append(("Street address", V(gen_address(us=True), "ADDRESS")))
        fields.append(("City/State", ch(US_TOWNS)))
        fields.append(("ZIP", V(gen_zip(), "POSTCODE")))
    fields.append(("Phone", V(gen_phone()[1], "PHONE")))
    fields.append(("Email", V(gen_email(), "EMAIL")))
    R.shuffle(fields)
    segs = ["[Web form submission: %s]\n" % ch(["change of address", "new account application", "benefit claim",
                                                 "patient billing enquiry", "insurance quote"])]
    sep = ch([": ", ":\t", " = ", " - "])
    for lab, val in fields:
        segs += [lab + sep, val, "\n"]
    segs.append("Comments: " + ch(["pls call after 5pm", "n/a", "Moved house last month", "-"]))
    return [C(*segs), A("Thanks, your form has been received. Reference WF%07d." % R.randint(0, 9999999))], \
        "web form: multiple labelled fields"


def p_sms_misc():
    typ = ch(["PHONE", "EMAIL", "ACCT", "NI", "SSN", "POST"])
    if typ == "PHONE":
        return [C(ch(["hi its me ", "Hiya, ", "new no. is "]), V(gen_phone()[1], "PHONE"), ch([" ta", " pls update", " x", ""])),
                A("Thanks, we've updated your contact number.")], "sms: new phone number"
    if typ == "EMAIL":
        e = gen_email()
        if R.random() < 0.3:
            e = e.upper() if R.random() < 0.5 else e.replace("@", " @ ")
        return [C(ch(["email is ", "Pls send bill to ", "use "]), V(e, "EMAIL"), ch([" not the old one", " thx", ""])),
                A("Done - your bills will go to the new address.")], "sms: email address"
    if typ == "ACCT":
        return [C(ch(["acct ", "a/c no: ", "Acc# ", "account "]), V(gen_acct(), "BANK_ACCOUNT"), ch([" sc ", " s/c: ", " sort code "]),
                  V(fmt_sort(gen_sort()), "SORT_CODE"), ch(["", " for the DD", " - set up direct debit pls"])),
                A("Thank you, the direct debit will be set up within 3 working days.")], "sms: account and sort code"
    if typ == "NI":
        return [C(ch(["NI no ", "my nino is ", "ni: ", "National ins "]), V(fmt_ni(gen_ni()), "NI_NUMBER"))], "sms: NI number"
    if typ == "SSN":
        return [C(ch(["SSN ", "ss# ", "social: ", "last 4 didnt work so full ssn is "]), V(fmt_ssn(gen_ssn()), "SSN"))], "sms: SSN"
    return [C(ch(["postcode is ", "PC: ", "its "]), V(ch([gen_uk_postcode(), gen_uk_postcode().lower(), gen_zip()]), "POSTCODE"))], "sms: postcode"


def p_phone_ssn():
    s = gen_ssn()
    mode = R.random()
    t = [A(ch(["and for verification can i get your social security number", "i'll need your social to pull up the claim",
               "can you confirm the social on the account"]))]
    if mode < 0.4:
        t.append(C(ch(HES) + ch(["it's ", "sure it's ", ""]), V(sp_digits(s, [3, 2, 4], 0.15), "SSN")))
    elif mode < 0.75:
        t.append(C(ch(["ok ", "yeah "]), V(sp_digits(s[:3], [3], 0), "SSN")))
        t.append(A(ch(BACK)))
        t.append(C(V(sp_digits(s[3:5], [2], 0), "SSN")))
        t.append(A(ch(BACK)))
        t.append(C(V(sp_digits(s[5:], None, 0.1), "SSN")))
    else:
        t.append(C(V(sp_digits(s[:5], [3, 2], 0), "SSN"), ch([" sorry no ", " wait, ", " uh let me get the card "]),
                   V(sp_digits(s, [3, 2, 4], 0.1), "SSN")))
    if R.random() < 0.55:
        t.append(A("thank you i have ", V(ch([fmt_ssn(s), sp_digits(s, [3, 2, 4], 0, pairs=False)]), "SSN"),
                   ch([" on file", " is that correct", ""])))
    return t, "asr: US SSN spoken (%s)" % ("single" if mode < 0.4 else "split over turns" if mode < 0.75 else "restart")


def p_chat_ssn():
    s = gen_ssn()
    t = [A("To verify your identity please provide your SSN and date of birth."),
         C(ch(["SSN: ", "ssn ", "Social - ", "its "]), V(fmt_ssn(s), "SSN"), ch(["\nDOB ", " / dob ", ", born "]), V(fmt_dob()[0], "DOB"))]
    return t, "chat: SSN and DOB"


def p_phone_ni():
    n = gen_ni()
    mode = R.random()
    t = [A(ch(["can i take your national insurance number", "what's your n i number please",
               "and your national insurance number for the claim"]))]
    if mode < 0.5:
        t.append(C(ch(HES), V(sp_ni(n), "NI_NUMBER")))
    else:
        t.append(C(ch(["yeah it's ", ""]), V(" ".join(sp_letter(c) for c in n[:2]), "NI_NUMBER")))
        t.append(A(ch(BACK)))
        t.append(C(V(sp_digits(n[2:8], [2, 2, 2], 0.2), "NI_NUMBER")))
        t.append(A(ch(["and the last letter", "and the letter at the end", "mhm"])))
        t.append(C(V(sp_letter(n[8], 0.5), "NI_NUMBER")))
    if R.random() < 0.5:
        t.append(A("so that's ", V(" ".join(n[:2].lower()) + " " + sp_digits(n[2:8], [2, 2, 2], 0, pairs=False) + " " + n[8].lower(), "NI_NUMBER"), ch(["", " yeah"])))
    return t, "asr: UK NI number spoken" + (" over several turns" if mode >= 0.5 else "")


def p_chat_ni():
    n = gen_ni()
    t = [A("Could you confirm your National Insurance number?"),
         C(ch(["it's ", "NI no: ", "ni number ", "Nat Ins - ", "sure "]), V(fmt_ni(n), "NI_NUMBER"),
           ch(["", " thanks", "\n\nSent from my iPhone", " (on my payslip)"]))]
    if R.random() < 0.3:
        t = [A("Could you confirm your National Insurance number?"),
             C(V(n[:2] + " " + n[2:5], "NI_NUMBER")), C(V(n[5:8] + " " + n[8], "NI_NUMBER")),
             A("Thanks, that matches our records.")]
        return t, "chat: NI number broken across two messages"
    return t, "chat: NI number typed"


def p_phone_bank():
    s, a = gen_sort(), gen_acct()
    t = [A("and which account would you like the refund paid into"),
         C(ch(HES), "sort code ", V(sp_digits(s, [2, 2, 2], 0.1), "SORT_CODE")),
         A(ch(BACK)),
         C("and the account number is ", V(sp_digits(a, [4, 4] if R.random() < 0.5 else None, 0.2), "BANK_ACCOUNT"))]
    if R.random() < 0.5:
        t.append(A("so that's sort code ", V(sp_digits(s, [2, 2, 2], 0, pairs=False), "SORT_CODE"), " account ",
                   V(sp_digits(a, [4, 4], 0, pairs=False), "BANK_ACCOUNT")))
    return t, "asr: UK sort code and account number"


def p_chat_bank_us():
    a = gen_acct(us=True)
    rout = "0" + rnd_digits(8)
    t = [A("Please provide the bank details for your refund."),
         C(ch(["routing ", "ABA "]), rout, ch([", acct no: ", "\nchecking acct #", " / account "]), V(a, "BANK_ACCOUNT"))]
    return t, "chat: US checking account (routing number not in type list, not labelled)"


def p_iban():
    ib = gen_iban()
    if R.random() < 0.55:
        t = [A("Could you send the IBAN for the transfer?"),
             C(ch(["IBAN: ", "iban ", "Here you go:\n", "Bank details -\nIBAN "]), V(fmt_iban(ib), "IBAN"),
               ch(["\nBIC: NWBKGB2L", "", "\nThanks, Ciara", "\n(personal account)"]))]
        return t, "chat/email: IBAN typed"
    cc = ib[:2].lower()
    sp = " ".join(sp_letter(c, 0.4) for c in cc) + " " + sp_digits(ib[2:4], [2], 0) + " "
    rest = ib[4:]
    words = []
    for c in rest:
        words.append((sp_letter(c, 0.3) if c != "O" else "o for oscar") if c.isalpha() else sp_digit(c))
    mid = len(words) // 2
    t = [A("what's the iban please"),
         C(ch(HES), V(sp + " ".join(words[:mid]), "IBAN")),
         A(ch(BACK)),
         C(V(" ".join(words[mid:]), "IBAN"))]
    return t, "asr: IBAN spelled out over two turns"


def p_phone_phone():
    d, typed = gen_phone()
    t = [A(ch(["what's the best number to reach you on", "can i take a contact number", "and a callback number"]))]
    if d.startswith("+"):
        cc = {"+44": "four four", "+1": "one", "+353": "three five three", "+33": "three three", "+49": "four nine"}
        pre = next(k for k in sorted(cc, key=len, reverse=True) if d.startswith(k))
        body = d[len(pre):]
        spoken = ch(["plus ", "plus "]) + cc[pre] + " " + sp_digits(body, None, 0.15)
    else:
        spoken = sp_digits(d, None, 0.15)
    if R.random() < 0.4:
        k = R.randint(4, 6)
        t.append(C(ch(HES), V(spoken if False else sp_digits(d[:k], None, 0) if not d.startswith("+") else spoken, "PHONE")))
        if not d.startswith("+"):
            t.append(A(ch(BACK)))
            t.append(C(V(sp_digits(d[k:], None, 0.1), "PHONE")))
    else:
        t.append(C(ch(HES) + ch(["it's ", "yeah ", "my mobile is "]), V(spoken, "PHONE")))
    if R.random() < 0.4:
        t.append(A("lovely so that's ", V(typed if R.random() < 0.3 else sp_digits(d.lstrip("+"), None, 0, pairs=False) if not d.startswith("+") else spoken, "PHONE")))
    return t, "asr: phone number spoken"


def p_phone_email():
    f, l = ch(FIRST), ch(LAST)
    dom = ch(["gmail dot com", "yahoo dot co dot uk", "hotmail dot com", "outlook dot ie", "btinternet dot com"])
    local = ch(["%s dot %s" % (f, l), "%s dot %s" % (f[0], l), "%s underscore %s" % (f, l),
                "%s %s" % (f, sp_digits(str(R.randint(10, 99)), [2], 0)), " ".join(f) + " dot " + l])
    t = [A(ch(["and an email address for the confirmation", "what email should we send that to"])),
         C(ch(HES) + ch(["it's ", "yeah ", ""]), V(local + " at " + dom, "EMAIL"))]
    if R.random() < 0.4:
        t.append(A("so ", V(local.replace(" dot ", ".") .replace(" underscore ", "_").replace(" ", "") + " at " + dom, "EMAIL"),
                   " is that right"))
    return t, "asr: email spoken with dot/at"


def p_email_sig():
    e, ph = gen_email(), gen_phone()[1]
    name = ch(FIRST).title() + " " + ch(LAST).title()
    t = [C("Hello,\n\n", ch(["My direct debit failed again, can someone call me?", "Please cancel my contract from next month.",
                           "I never received invoice INV-%06d." % R.randint(0, 999999)]),
           "\n\nKind regards\n", name, "\n", ch(["T: ", "Tel. ", "mob ", "Phone | "]), V(ph, "PHONE"), "\n",
           ch(["E: ", "Email: ", ""]), V(e, "EMAIL"), "\n", ch(["Sent from Outlook", "--", "Get Outlook for Android"])),
         A("Hi %s, thanks for your email. We'll call you within 2 working days." % name.split()[0])]
    return t, "email: phone and email in signature"


def p_dob_phone():
    t = [A(ch(["can you confirm your date of birth", "and date of birth for security", "what's the patient's date of birth"])),
         C(ch(HES) + ch(["it's ", "", "yeah "]), V(fmt_dob()[1], "DOB"))]
    return t, "asr: date of birth spoken"


def p_address_phone():
    uk = R.random() < 0.65
    if uk:
        pc = gen_uk_postcode()
        t = [A("and what's the new address"),
             C(ch(HES), V(gen_address(asr=True), "ADDRESS"), " " + ch(UK_TOWNS).lower() + ch([" ", ", "]),
               ch(["postcode ", "", "and the postcode's "]), V(sp_postcode(pc), "POSTCODE"))]
    else:
        z = "%05d" % R.randint(10001, 99899)
        t = [A("what's the billing address on the card"),
             C(ch(HES), V(gen_address(us=True, asr=True), "ADDRESS"), " " + ch(US_TOWNS).lower().replace(",", ""),
               " zip code ", V(sp_digits(z, [5] if False else None, 0, pairs=False), "POSTCODE"))]
    return t, "asr: address and postcode spoken"


def p_address_chat():
    uk = R.random() < 0.6
    if uk:
        t = [A("What's the delivery address?"),
             C(V(gen_address(), "ADDRESS"), ch([", ", "\n", " "]), ch(UK_TOWNS), ch([", ", "\n", " "]),
               V(ch([gen_uk_postcode(), gen_uk_postcode().lower(), gen_uk_postcode().replace(" ", "")]), "POSTCODE"))]
    else:
        t = [A("What's the shipping address?"),
             C(V(gen_address(us=True), "ADDRESS"), ch([", ", "\n"]), ch(US_TOWNS), " ", V(gen_zip(), "POSTCODE"))]
    return t, "chat: address with town and postcode/ZIP"


def p_card_last4_full():
    d = gen_card()
    t = [C("I want to update the card on file, new one is ", V(fmt_card(d), "CARD_NUMBER")),
         A("Thanks, added. Do you want to remove the old Mastercard?"),
         C("yes remove that one, and make the one ending ", V(d[-4:], "CARD_NUMBER"), " the default")]
    return t, "chat: full card then its own last four (labelled: full card in same case)"


def p_chat_pasted():
    uk = R.random() < 0.6
    sepc = ch([" | ", " / ", "; ", "\n", " ,  "])
    if uk:
        items = [(ch(["Acct", "acc no", "A/C"]), V(gen_acct(), "BANK_ACCOUNT")),
                 (ch(["SC", "sort", "Sortcode"]), V(fmt_sort(gen_sort()), "SORT_CODE")),
                 (ch(["Ph", "tel", "Mobile"]), V(gen_phone()[1], "PHONE")),
                 (ch(["NINO", "NI"]), V(fmt_ni(gen_ni()), "NI_NUMBER"))]
    else:
        items = [(ch(["SSN", "Soc Sec #"]), V(fmt_ssn(gen_ssn()), "SSN")),
                 (ch(["Ph", "cell"]), V(gen_phone()[1], "PHONE")),
                 (ch(["email", "E-mail"]), V(gen_email(), "EMAIL")),
                 (ch(["D.O.B", "birthday"]), V(fmt_dob()[0], "DOB"))]
    R.shuffle(items)
    segs = [ch(["copying from my notes: ", "pasted from the letter -> ", "Details as requested:\n", ""])]
    for i, (lab, val) in enumerate(items):
        if i:
            segs.append(sepc)
        segs += [lab + ch([": ", ":", " - ", " "]), val]
    return [A("Can you send me those details again please?"), C(*segs),
            A("Thanks, that's all verified.")], "chat: pasted block of labelled values with odd separators"


POS = [(p_chat_pasted, 10), (p_chat_card, 22), (p_chat_card_split, 10), (p_phone_card, 16), (p_phone_card_restart, 7),
       (p_phone_card_aside, 6), (p_email_card_quoted, 6), (p_webform, 16), (p_sms_misc, 18), (p_phone_ssn, 14),
       (p_chat_ssn, 10), (p_phone_ni, 14), (p_chat_ni, 14), (p_phone_bank, 9), (p_chat_bank_us, 4), (p_iban, 12),
       (p_phone_phone, 10), (p_phone_email, 8), (p_email_sig, 8), (p_dob_phone, 7), (p_address_phone, 8),
       (p_address_chat, 8), (p_card_last4_full, 5)]


# ---------------------------------------------------------------- negative templates
def n_amounts():
    return [A("Your balance is £%s.%02d and the minimum payment of £%d.00 is due on the %s of %s." %
              ("{:,}".format(R.randint(100, 99999)), R.randint(0, 99), R.randint(5, 200), ORD[R.randint(1, 28)], ch(MONTHS))),
            C("ok can I pay $%d.%02d now and the rest on %02d/%02d/2026?" % (R.randint(10, 900), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12)))], \
        "balances, amounts, payment date"


def n_order():
    num = rnd_digits(16)
    lab = ch(["Order number", "order no.", "Tracking #", "Ticket ID", "Invoice", "Claim ref", "Policy number"])
    shown = " ".join(num[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else num
    return [C("%s: %s" % (lab, shown)),
            A("Thanks, I can see that %s, it was updated %d days ago." % (lab.lower().rstrip(":#. "), R.randint(2, 30)))], \
        "16-digit labelled order/ticket/invoice number grouped like a card"


def n_spoken_ref():
    num = rnd_digits(R.choice([12, 16, 9]))
    lab = ch(["my reference number", "the claim number", "the booking reference", "the policy number", "the meter serial",
              "the order number"])
    return [A("have you got " + lab.replace("my ", "your ") + " there"),
            C(ch(HES) + "yeah " + lab + " is " + sp_digits(num, None, 0.1)),
            A("perfect i've found it")], "asr: long labelled reference read like a card"


def n_last4():
    l4 = rnd_digits(4)
    return [A(ch(["I can see the payment was taken from the card ending %s.", "Is that the Visa ending in %s?",
                  "Card on file: ************%s", "Your card xxxx-xxxx-xxxx-%s has expired."]) % l4),
            C(ch(["yes the one ending ", "yeah ", "that's right, ", "the card ending in "]) + (l4 if R.random() < 0.5 else sp_digits(l4, [4], 0, False)))], \
        "card last-four and masked card only"


def n_times():
    return [C("what time do you open on %s?" % ch(["saturday", "bank holiday monday", "Sunday"])),
            A("We're open %d:00am to %d:30pm, and the call should take about %d minutes. Wait time is currently %d mins." %
              (R.randint(7, 9), R.randint(5, 8), R.randint(5, 45), R.randint(2, 59)))], "opening hours, times, durations"


def n_meter():
    r = rnd_digits(5)
    return [A("can you read me the meter please"),
            C(ch(HES) + "it says " + sp_digits(r, None, 0.1) + ch([" kilowatt hours", " point four", ""]) + " and the other dial is " + sp_digits(rnd_digits(5), None, 0)),
            A("thanks, that's reading %s logged for the %s" % (r, ch(MONTHS)))], "asr: meter readings"


def n_travel():
    return [C("Flight %s%d on the %d %s, seat %d%s, gate %s%d" % (ch(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(1, 28),
                                                                ch(MONTHS).title(), R.randint(1, 40), ch("ABCDEF"), ch("ABC"), R.randint(1, 60))),
            A("Thanks, booking reference %s%s is confirmed, hotel room %d." % ("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(3)), rnd_digits(3), R.randint(100, 950)))], \
        "travel: flight, seat, gate, room, booking ref"


def n_misc_numbers():
    return [C("I'm %d, been a customer for %d years since %d, and the heating is set to %d degrees" %
              (R.randint(18, 90), R.randint(2, 30), R.randint(1985, 2020), R.randint(16, 24))),
            A("Understood. Your tariff went up %d.%d%% and you have %d days left on the contract ending %s %d." %
              (R.randint(1, 15), R.randint(0, 9), R.randint(10, 400), ch(MONTHS).title(), R.randint(2026, 2029)))], \
        "ages, years, temperatures, percentages, contract dates"


def n_serial():
    return [C(ch(["Serial no: ", "S/N ", "model number "]) + ch(["SN", "XK", "ZB"]) + rnd_digits(R.choice([10, 12])) +
              ch([", model ", " / model: "]) + ch(["WX-", "HP", "KD"]) + rnd_digits(4)),
            A("Thanks, the warranty on that unit runs until %d/%02d/%d." % (R.randint(1, 28), R.randint(1, 12), R.randint(2026, 2030)))], \
        "serial and model numbers with labels, warranty date"


def n_roads():
    return [C("I'm stuck on the %s near junction %d, then I'll take %s" % (ch(["M25", "A40", "I-95", "N7", "M50", "Route 66"]), R.randint(1, 30), ch(["the B4009", "Highway 101", "the A1(M)"]))),
            A("No problem, the engineer will arrive between %d and %d pm." % (R.randint(1, 3), R.randint(4, 6)))], "road names and time windows"


def n_appointment():
    return [A("your appointment is %s the %s of %s at %s" % (ch(["tuesday", "friday"]), ORD[R.randint(1, 28)], ch(MONTHS),
                                                        ch(["half ten", "two fifteen", "nine o'clock", "quarter past four"]))),
            C("great and that costs " + ch(["forty nine ninety nine", "a hundred and twenty quid", "twelve pounds fifty"]) + " right"),
            A("yes and you'll get a text reminder %d hours before" % R.randint(2, 48))], "asr: appointment date, prices"


def n_ticket_chat():
    t = "#%d" % R.randint(100000, 9999999)
    return [C("Re: Ticket %s\n\n> Hi, your case %s has been escalated.\n> Quote ref %s-%s in all replies.\n\nStill no update after %d days??" %
              (t, t, ch(["CS", "INC", "CLM"]), rnd_digits(8), R.randint(3, 40))),
            A("Apologies, ticket %s is now with the %s team." % (t, ch(["billing", "technical", "claims"])))], "email: quoted ticket and reference numbers"


def n_tracking():
    return [C("tracking: 1Z%s%s / alt %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)), rnd_digits(12), rnd_digits(22))),
            A("That parcel weighs %.1fkg and is at the depot." % (R.random() * 20))], "long tracking numbers"


def n_invoice_spoken_pairs():
    num = rnd_digits(8)
    return [A("what's the invoice number at the top"),
            C("invoice " + sp_digits(num, [2, 2, 2, 2], 0.1)),
            A("and the amount on it"),
            C(ch(["two hundred and forty pounds", "three hundred and sixty seven dollars twenty", "eighty euro"]))], "asr: invoice number in pairs and amount"


def n_account_counts():
    return [A("You've got %d devices on the plan, %d GB used of %d, and %d texts left." % (R.randint(1, 6), R.randint(1, 99), R.randint(100, 200), R.randint(1, 500))),
            C("ok and the 5G upgrade is %s a month?" % ch(["£12", "$15.99", "€9"]))], "telecom counts and prices"


NEG = [(n_amounts, 9), (n_order, 10), (n_spoken_ref, 12), (n_last4, 12), (n_times, 6), (n_meter, 7), (n_travel, 7),
       (n_misc_numbers, 7), (n_serial, 7), (n_roads, 5), (n_appointment, 6), (n_ticket_chat, 6), (n_tracking, 5),
       (n_invoice_spoken_pairs, 6), (n_account_counts, 5)]


def generate():
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn)
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn)
    R.shuffle(pos)
    R.shuffle(neg)
    cases = []
    for i, fn in enumerate(pos, 1):
        specs, note = fn()
        turns, spans = build(specs)
        cases.append({"id": "h475-pos-%03d" % i, "kind": "positive", "turns": turns, "spans": spans, "note": note})
    for i, fn in enumerate(neg, 1):
        specs, note = fn()
        turns, spans = build(specs)
        cases.append({"id": "h475-neg-%03d" % i, "kind": "negative", "turns": turns, "spans": [], "note": note})
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout475 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not look at it while developing or tuning the
> redaction engine, do not copy its phrasings into rules, prompts or training data, and do
> not regenerate it with a different seed to "fix" failures. It exists only to measure.

## Provenance

Written by an AI helper acting as an independent test author. The author did not see the
redaction code, its tests, docs or other fixtures; the cases were invented from a written
brief only. Everything is synthetic (no real people, cards or accounts).

Generated by `scripts/make_pii_holdout475.py` (Python standard library, single
`random.Random(475241125)`). `python scripts/make_pii_holdout475.py --check` regenerates the
file, verifies it is byte-identical, that ids are unique, that spans are in range, on word
boundaries and non-overlapping, and validates every labelled value after normalising spoken
forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes,
postcode/ZIP patterns, etc.).

Emphasis: typed channels (chat, e-mail, SMS, web forms) with pasted text, quoted replies,
signatures, odd separators, masked values and values broken across lines/messages; plus
phone-call ASR transcripts (numbers as words, oh/nought/zero, double/triple, pairs, hundreds,
NATO spelling, fillers, back-channels, read-backs, restarts and asides).

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`/`agent`, `text`), `spans` (`turn`, `start`, `end` exclusive, Python
character offsets into that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last (a phone span may start with
  `+` or `(`); lead-in words ("it's", "my number is", "acct no:") are outside.
- A value split across turns/messages is one span per turn, each with the value's type. A
  value broken across lines inside one message is one span. Aborted fragments of a restarted
  reading are labelled with the value's type. Agent read-backs are labelled.
- Filler words spoken inside a reading ("um", "uh") are inside the span.
- PHONE spans include the country code. ADDRESS covers house/flat number and street, not the
  town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date
  expression.
- A card's last four on their own ("card ending 4821", masked cards) are not PII, unless the
  full card number was given in the same case, in which case that last-four mention is
  labelled CARD_NUMBER.
- US bank routing numbers are not in the type list and are not labelled.
- Negative cases contain no PII: amounts, balances, prices, times, durations, counts, ages,
  temperatures, percentages, years, appointment/payment/contract dates, labelled
  order/ticket/invoice/claim/reference/tracking/serial/model/policy numbers, meter readings,
  flight/room/gate/seat numbers, road names, card last-four mentions.

## Counts

%d positive cases, %d negative cases, %d spans.

| Type | Spans |
|---|---|
%s
""" % (npos, nneg, sum(c.values()), rows)


# ---------------------------------------------------------------- check
def check(cases_text):
    errs = []
    ids = set()
    for ln, line in enumerate(cases_text.splitlines(), 1):
        case = json.loads(line)
        cid = case["id"]
        if cid in ids:
            errs.append("dup id " + cid)
        ids.add(cid)
        if case["kind"] not in ("positive", "negative"):
            errs.append(cid + " bad kind")
        for t in case["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(cid + " bad speaker")
        if case["kind"] == "negative" and case["spans"]:
            errs.append(cid + " negative with spans")
        if case["kind"] == "positive" and not case["spans"]:
            errs.append(cid + " positive without spans")
        spans = sorted(case["spans"], key=lambda s: (s["turn"], s["start"]))
        prev = None
        for s in spans:
            if s["type"] not in TYPES:
                errs.append("%s bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(case["turns"])):
                errs.append(cid + " turn out of range")
                continue
            txt = case["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append(cid + " offsets out of range")
                continue
            if not (txt[a].isalnum() or (s["type"] == "PHONE" and txt[a] in "+(")) or not txt[b - 1].isalnum():
                errs.append("%s span edge not alnum: %r" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s span not on word boundary: %r" % (cid, txt[a:b]))
            if prev and prev["turn"] == s["turn"] and s["start"] < prev["end"]:
                errs.append(cid + " overlapping spans")
            prev = s
        # value validation
        full = {}
        pending = {}
        leftovers = []
        for s in spans:
            val = case["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            typ = s["type"]
            if not pending.get(typ) and validate(typ, val):
                full.setdefault(typ, []).append(norm_spoken(val))
                continue
            pending.setdefault(typ, []).append(val)
            joined = " ".join(pending[typ])
            if validate(typ, joined):
                full.setdefault(typ, []).append(norm_spoken(joined))
                pending[typ] = []
            elif len(pending[typ]) > 1 and validate(typ, val):
                # earlier pending pieces were fragments (restart); current is whole
                leftovers += [(typ, p) for p in pending[typ][:-1]]
                full.setdefault(typ, []).append(norm_spoken(val))
                pending[typ] = []
        for typ, vals in pending.items():
            leftovers += [(typ, v) for v in vals]
        for typ, v in leftovers:
            n = norm_spoken(v)
            ok = len(n) >= 3 and any(n in f for f in full.get(typ, []))
            if typ == "CARD_NUMBER" and len(n) == 4:
                ok = ok or any(f.endswith(n) for f in full.get(typ, []))
            if not ok:
                errs.append("%s invalid %s value %r (norm %r)" % (cid, typ, v, n))
    return errs


def main():
    cases = generate()
    text = serialise(cases)
    rd = readme(cases)
    if "--check" in sys.argv:
        errs = []
        with open(OUT, encoding="utf-8") as f:
            if f.read() != text:
                errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        with open(README, encoding="utf-8") as f:
            if f.read() != rd:
                errs.append("README.md is not identical to a fresh regeneration")
        errs += check(text)
        c = counts(cases)
        npos = sum(1 for x in cases if x["kind"] == "positive")
        if npos < 200 or len(cases) - npos < 100:
            errs.append("too few cases")
        for t in TYPES:
            need = 70 if t == "CARD_NUMBER" else 30 if t in ("SSN", "NI_NUMBER") else 10
            if c[t] < need:
                errs.append("too few %s spans: %d < %d" % (t, c[t], need))
        for e in errs:
            print("FAIL:", e)
        print("cases=%d positive=%d negative=%d" % (len(cases), npos, len(cases) - npos))
        print(" ".join("%s=%d" % (t, c[t]) for t in TYPES))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(rd)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

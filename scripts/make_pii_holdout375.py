#!/usr/bin/env python3
"""Generate the pii_holdout375 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; a single seeded generator.

Usage:
    python scripts/make_pii_holdout375.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout375.py --check  # regenerate and validate
"""
import json
import os
import random
import re
import sys

SEED = 375241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout375", "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
CASUAL = {"b": ["bravo", "bob", "bertie"], "s": ["sierra", "sugar", "sam"],
          "m": ["mike", "mother", "mary"], "d": ["delta", "david", "dog"],
          "t": ["tango", "tom", "tommy"], "p": ["papa", "peter"], "n": ["november", "nancy"],
          "c": ["charlie", "cat"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
          "k": ["kilo", "king"], "r": ["romeo", "robert"], "w": ["whiskey", "william"],
          "e": ["echo", "edward"], "g": ["golf", "george"], "l": ["lima", "london"],
          "a": ["alpha", "apple"], "z": ["zulu", "zebra"], "y": ["yankee", "yellow"],
          "x": ["x-ray"], "q": ["quebec", "queen"], "f": ["foxtrot", "freddie"],
          "u": ["uniform", "uncle"], "v": ["victor", "victoria"], "i": ["india"]}
FILLERS = ["um", "uh", "er", "erm", "uhm"]


def zero_word(rng):
    return rng.choice(["oh", "oh", "o", "zero", "nought"])


def dword(d, rng):
    return zero_word(rng) if d == "0" else UNITS[int(d)]


def pair_words(p, rng):
    if p[0] == "0":
        return zero_word(rng) + " " + UNITS[int(p[1])] if p[1] != "0" else None
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return None
    return TENS[int(p[0])] + " " + UNITS[int(p[1])]


def single_words(s, rng, runs=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        n = j - i
        if runs and n >= 2 and rng.random() < 0.6:
            while n >= 2:
                if n == 3 or (n > 3 and n != 4 and rng.random() < 0.5):
                    out.append("triple " + dword(s[i], rng)); n -= 3
                else:
                    out.append("double " + dword(s[i], rng)); n -= 2
            if n == 1:
                out.append(dword(s[i], rng))
        else:
            out.extend(dword(s[i], rng) for _ in range(n))
        i = j
    return " ".join(out)


def speak_group(g, rng, style=None):
    opts = ["single", "single"]
    if len(g) % 2 == 0 and all(pair_words(g[k:k + 2], rng) for k in range(0, len(g), 2)):
        opts.append("pairs")
    if len(g) == 3 and g[0] != "0" and g[1:] != "00" and not (g[1] not in "01" and g[2] == "0"):
        opts.append("hundred")
    if len(g) == 4 and g[1:] == "000" and g[0] != "0":
        opts.append("thousand")
    st = style if style in opts else rng.choice(opts)
    if st == "pairs":
        return " ".join(pair_words(g[k:k + 2], rng) for k in range(0, len(g), 2))
    if st == "hundred":
        head = UNITS[int(g[0])] + " hundred and "
        tail = UNITS[int(g[2])] if g[1] == "0" else pair_words(g[1:], rng)
        return head + tail
    if st == "thousand":
        return UNITS[int(g[0])] + " thousand"
    return single_words(g, rng)


def speak_number(groups, rng, fillers=0.15, sep=None, style=None):
    parts = []
    for k, g in enumerate(groups):
        w = speak_group(g, rng, style)
        if k and rng.random() < fillers:
            w = rng.choice(FILLERS) + " " + w
        parts.append(w)
    if sep is None:
        sep = rng.choice([" ", ", ", " ", "... "])
    return sep.join(parts)


def speak_letter(c, rng, nato=0.5):
    c = c.lower()
    r = rng.random()
    if r < nato:
        word = rng.choice(CASUAL.get(c, [NATO[c]]))
        return "%s %s %s" % (c, rng.choice(["for", "for", "as in"]), word)
    return c


def speak_alnum(s, rng, nato=0.5):
    """Speak a mixed string of letters and digits, digits grouped in runs."""
    out, i = [], 0
    while i < len(s):
        if s[i].isalpha():
            out.append(speak_letter(s[i], rng, nato)); i += 1
        else:
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            run = s[i:j]
            chunks = [run[k:k + 2] for k in range(0, len(run), 2)] if len(run) > 3 and rng.random() < 0.5 else [run]
            out.append(" ".join(speak_group(c, rng) for c in chunks))
            i = j
    return rng.choice([" ", ", "]).join(out)


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {w: k for k, w in TENS.items()}
SPOKEN_VOCAB = set(WORDNUM) | set(TEENNUM) | set(TENSNUM) | {"double", "triple", "hundred", "thousand", "for", "plus"}
CORRECTION = re.compile(r"\b(sorry|no wait|i mean|start again|scratch that|let me start over)\b", re.I)


def tokens(text):
    return re.findall(r"[A-Za-z]+(?:['-][A-Za-z]+)*|\d+", text)


def normalise(text):
    """Turn typed or spoken value text into upper-case alphanumerics."""
    toks = tokens(text)
    low = [t.lower() for t in toks]
    spoken = any(t in SPOKEN_VOCAB for t in low) and not re.search(r"\d{2,}", text)
    if not spoken:
        return "".join(re.findall(r"[A-Za-z0-9]", text)).upper()
    out, i = [], 0
    n = len(low)

    def small(k):
        """parse teen | tens [unit] | unit at k -> (str, next)"""
        if k < n and low[k] in TEENNUM:
            return TEENNUM[low[k]], k + 1
        if k < n and low[k] in TENSNUM:
            t = TENSNUM[low[k]]
            if k + 1 < n and low[k + 1] in WORDNUM and low[k + 1] not in ("oh", "o", "nought", "zero"):
                return str(t) + WORDNUM[low[k + 1]], k + 2
            return str(t) + "0", k + 1
        if k < n and low[k] in WORDNUM:
            return WORDNUM[low[k]], k + 1
        return None, k

    while i < n:
        t = low[i]
        if t in ("for",) and i + 1 < n:
            i += 2; continue
        if t == "as" and i + 2 < n and low[i + 1] == "in":
            i += 3; continue
        if t in ("double", "triple") and i + 1 < n:
            v = WORDNUM.get(low[i + 1], toks[i + 1].upper() if len(low[i + 1]) == 1 else "")
            out.append(v * (2 if t == "double" else 3)); i += 2; continue
        if t == "plus":
            i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if t in WORDNUM and t not in ("o",) and i + 1 < n and low[i + 1] in ("hundred", "thousand"):
            mult = low[i + 1]
            j = i + 2
            rest = ""
            if j < n and low[j] == "and":
                rest, j = small(j + 1)
                rest = rest or ""
            width = 2 if mult == "hundred" else 3
            out.append(WORDNUM[t] + rest.zfill(width)); i = j; continue
        if t in TEENNUM or t in TENSNUM:
            v, i = small(i); out.append(v); continue
        if t in WORDNUM:
            out.append(WORDNUM[t]); i += 1; continue
        if len(t) == 1:
            out.append(t.upper()); i += 1; continue
        i += 1  # filler, aside or other word
    return "".join(out)


def luhn_ok(d):
    s = 0
    for k, ch in enumerate(reversed(d)):
        x = int(ch)
        if k % 2:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MONTH_RE = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b", re.I)
STREET_RE = re.compile(r"\b(road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|crescent|court|place|terrace|gardens|grove|boulevard|blvd|parade|row|hill|park|square|walk|mews|kingsway)\b\.?", re.I)
EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")


def email_norm(text):
    if "@" in text:
        return text.lower()
    out = []
    toks = tokens(text)
    low = [t.lower() for t in toks]
    i = 0
    while i < len(low):
        t = low[i]
        if t == "for" and i + 1 < len(low):
            i += 2; continue
        m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}.get(t)
        if m:
            out.append(m)
        elif t in FILLERS:
            pass
        elif t in WORDNUM and t != "o":
            out.append(WORDNUM[t])
        elif t in ("double", "triple") and i + 1 < len(low):
            v = WORDNUM.get(low[i + 1], low[i + 1])
            out.append(v * (2 if t == "double" else 3)); i += 1
        elif t.isdigit():
            out.append(t)
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(typ, text):
    """Return True if text (one value, possibly assembled) is a valid `typ`."""
    cands = [text]
    ms = list(CORRECTION.finditer(text))
    if ms:
        cands.append(text[ms[-1].end():])
    for t in cands:
        if _validate(typ, t):
            return True
    return False


def _validate(typ, text):
    if typ == "EMAIL":
        return bool(EMAIL_RE.fullmatch(email_norm(text)))
    if typ == "ADDRESS":
        return bool(STREET_RE.search(text)) and bool(re.search(r"\d", normalise(text)))
    if typ == "DOB":
        d = re.sub(r"\D", "", normalise(text))
        return bool(MONTH_RE.search(text)) or len(d) in (6, 8)
    if typ == "EXPIRY":
        d = re.sub(r"\D", "", normalise(text))
        return bool(MONTH_RE.search(text)) or len(d) in (3, 4, 5, 6)
    v = normalise(text)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 7 <= len(v) <= 15
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    raise ValueError(typ)


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length, rng):
    d = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def make_card(rng):
    r = rng.random()
    if r < 0.45:
        return luhn_complete("4", 16, rng)
    if r < 0.7:
        return luhn_complete(str(rng.randint(51, 55)), 16, rng)
    if r < 0.8:
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if r < 0.88:
        return luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    if r < 0.94:
        return luhn_complete("6011", 16, rng)
    if r < 0.97:
        return luhn_complete("4", 13, rng)
    return luhn_complete("6759", 19, rng)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    return [c[k:k + 4] for k in range(0, len(c), 4)]


def typed_card(c, rng):
    r = rng.random()
    g = card_groups(c)
    if r < 0.3:
        return " ".join(g)
    if r < 0.5:
        return "-".join(g)
    if r < 0.7:
        return c
    if r < 0.8:
        return " ".join(c[k:k + 3] for k in range(0, len(c), 3))
    if r < 0.9:
        return c[:8] + " " + c[8:]
    return ".".join(g)


def spoken_card(c, rng, **kw):
    g = card_groups(c)
    if rng.random() < 0.2 and len(c) == 16:
        g = [c[k:k + 2] for k in range(0, 16, 2)]
    return speak_number(g, rng, **kw)


def make_ssn(rng):
    a = rng.randint(1, 899)
    while a == 666:
        a = rng.randint(1, 899)
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def typed_ssn(s, rng):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def typed_ni(n, rng):
    r = rng.random()
    s = n if r < 0.35 else ("%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]) if r < 0.7 else "%s %s %s" % (n[:2], n[2:8], n[8]))
    return s.lower() if rng.random() < 0.25 else s


def spoken_ni(n, rng):
    parts = [speak_letter(n[0], rng), speak_letter(n[1], rng)]
    digs = n[2:8]
    if rng.random() < 0.5:
        parts.append(speak_number([digs[:2], digs[2:4], digs[4:]], rng, fillers=0.1, sep=" "))
    else:
        parts.append(single_words(digs, rng))
    parts.append(speak_letter(n[8], rng))
    return rng.choice([" ", ", "]).join(parts)


def make_sort(rng):
    return rng.choice(["20", "40", "30", "60", "90", "11", "07", "08", "16", "77", "83", "93"]) + "%04d" % rng.randint(0, 9999)


def typed_sort(s, rng):
    return rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s"]) % (s[:2], s[2:4], s[4:])


def make_account(rng, region="UK"):
    if region == "US":
        return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(rng.choice([9, 10, 11])))
    return "".join(rng.choice("0123456789") for _ in range(8))


BANKS = ["NWBK", "BARC", "HBUK", "MIDL", "AIBK", "IPBS", "ABNA", "INGB", "TRWI", "SRLG", "REVL"]


def make_iban(rng):
    cc = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = rng.choice([b for b in BANKS if b[:2] not in ("AB", "IN")]) + "".join(rng.choice("0123456789") for _ in range(14))
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "TRIO", "SNSB"]).replace("O", "D") + "".join(rng.choice("0123456789") for _ in range(10))
    else:
        ln = {"DE": 18, "FR": 23, "ES": 20}[cc]
        bban = "".join(rng.choice("0123456789") for _ in range(ln))
    num = int("".join(str(int(c, 36)) for c in bban + cc + "00"))
    chk = 98 - num % 97
    return cc + "%02d" % chk + bban


def typed_iban(s, rng):
    g = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    r = rng.random()
    if r < 0.5:
        return g
    if r < 0.75:
        return s
    return g.lower() if r < 0.85 else s[:4] + " " + s[4:]


def spoken_iban(s, rng):
    out = [speak_letter(s[0], rng, 0.2) + " " + speak_letter(s[1], rng, 0.2), speak_group(s[2:4], rng)]
    rest = s[4:]
    k = 0
    while k < len(rest):
        chunk = rest[k:k + 4]
        if chunk.isalpha():
            out.append(" ".join(speak_letter(c, rng, 0.3) for c in chunk))
        else:
            out.append(speak_alnum(chunk, rng, 0.3))
        k += 4
    return rng.choice([", ", " ", "... "]).join(out)


def make_phone(rng):
    """returns (typed, groups_for_speaking, intl_prefix_digits or '')"""
    kind = rng.choice(["ukmob", "ukmob", "ukland", "ukint", "us", "us", "usint", "ie", "ieint", "eu"])
    if kind == "ukmob":
        n = "07" + str(rng.randint(100, 999)) + "%06d" % rng.randint(0, 999999)
        return rng.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), [n[:5], n[5:8], n[8:]], ""
    if kind == "ukland":
        n = rng.choice(["020", "0161", "0113", "0131", "0121", "029"])
        if n in ("020", "029"):
            rest = str(rng.randint(3, 8)) + "%07d" % rng.randint(0, 9999999)
            return n + " " + rest[:4] + " " + rest[4:], [n, rest[:4], rest[4:]], ""
        rest = "%07d" % rng.randint(2000000, 9999999)
        return n + " " + rest[:3] + " " + rest[3:], [n, rest[:3], rest[3:]], ""
    if kind == "ukint":
        n = "7" + str(rng.randint(100, 999)) + "%06d" % rng.randint(0, 999999)
        return "+44 " + n[:4] + " " + n[4:], ["44", n[:4], n[4:7], n[7:]], "44"
    if kind in ("us", "usint"):
        a = str(rng.randint(201, 989)); e = str(rng.randint(200, 999)); s = "%04d" % rng.randint(0, 9999)
        if kind == "usint":
            return "+1 " + a + " " + e + " " + s, ["1", a, e, s], "1"
        return rng.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s", "%s%s%s"]) % (a, e, s), [a, e, s], ""
    if kind in ("ie", "ieint"):
        p = rng.choice(["83", "85", "86", "87", "89"]); r7 = "%07d" % rng.randint(0, 9999999)
        if kind == "ieint":
            return "+353 " + p + " " + r7[:3] + " " + r7[3:], ["353", p, r7[:3], r7[3:]], "353"
        return "0" + p + " " + r7[:3] + " " + r7[3:], ["0" + p, r7[:3], r7[3:]], ""
    cc, n = rng.choice([("33", "6" + "%08d" % rng.randint(0, 99999999)), ("49", "30" + "%07d" % rng.randint(0, 9999999)),
                        ("34", "6" + "%08d" % rng.randint(0, 99999999)), ("31", "6" + "%08d" % rng.randint(0, 99999999))])
    return "+" + cc + " " + " ".join(n[k:k + 2] for k in range(0, len(n), 2)), [cc] + [n[k:k + 3] for k in range(0, len(n), 3)], cc


def spoken_phone(ph, rng):
    typed, groups, cc = ph
    if cc:
        lead = rng.choice(["plus ", "double oh ", "oh oh "])
        return lead + speak_number(groups, rng, fillers=0.1)
    return speak_number(groups, rng, fillers=0.1)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "mohammed", "chloe", "dave", "niamh", "oluwaseun",
         "grace", "wojciech", "emma", "marcus", "siobhan", "raj", "hannah", "kevin", "fatima", "jose", "ellie"]
LAST = ["doe", "smith", "patel", "obrien", "murphy", "kowalski", "nguyen", "jones", "garcia", "walsh", "khan",
        "taylor", "brennan", "okafor", "reilly", "evans", "schmidt", "hughes"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "eircom.net",
           "protonmail.com", "aol.com", "live.ie", "sky.com", "web.de"]


def make_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    d = rng.choice(DOMAINS)
    r = rng.random()
    if r < 0.3:
        local = f + "." + l
    elif r < 0.5:
        local = f[0] + "." + l
    elif r < 0.65:
        local = f + "_" + l[0] + str(rng.randint(1, 99))
    elif r < 0.8:
        local = f + l + str(rng.randint(60, 99))
    else:
        local = l + "-" + f
    return local, d


def typed_email(e, rng):
    s = e[0] + "@" + e[1]
    r = rng.random()
    if r < 0.2:
        return s[0].upper() + s[1:]
    if r < 0.3:
        return s.upper()
    return s


def spoken_email(e, rng):
    local, dom = e
    out = []
    for piece in re.split(r"([._-])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece == "-":
            out.append(rng.choice(["dash", "hyphen"]))
        elif piece.isdigit():
            out.append(" ".join(dword(c, rng) if c != "0" else "zero" for c in piece))
        elif piece:
            m = re.match(r"([a-z]+)(\d*)", piece)
            w, dg = m.group(1), m.group(2)
            if len(w) == 1 or rng.random() < 0.15:
                out.append(" ".join(speak_letter(c, rng, 0.3) for c in w))
            else:
                out.append(w)
            if dg:
                out.append(" ".join(UNITS[int(c)] for c in dg))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def make_dob(rng):
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def sfx(d):
    return "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def typed_dob(dob, rng, us=False):
    y, m, d = dob
    r = rng.random()
    if r < 0.3:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if r < 0.45:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if r < 0.6:
        return "%s %d%s, %d" % (MONTHS[m - 1].capitalize(), d, sfx(d), y)
    if r < 0.7:
        return "%d-%02d-%02d" % (y, m, d)
    if r < 0.8:
        return "%d.%d.%02d" % (d, m, y % 100)
    if r < 0.9:
        return "%d%s %s %d" % (d, sfx(d), MONTHS[m - 1][:3].capitalize(), y)
    return ("%d/%d/%02d" % (m, d, y % 100)) if us else ("%d/%d/%02d" % (d, m, y % 100))


def spoken_year(y, rng):
    if y >= 2000:
        return rng.choice(["two thousand and " + (UNITS[y - 2000] if y < 2010 else speak_group(str(y - 2000), rng, "pairs")),
                           "two thousand " + (UNITS[y - 2000] if y < 2010 else speak_group(str(y - 2000), rng, "pairs"))])
    return "nineteen " + speak_group(str(y % 100), rng, "pairs") if y % 10 else "nineteen " + TENS[(y % 100) // 10]


def spoken_dob(dob, rng):
    y, m, d = dob
    r = rng.random()
    yr = spoken_year(y, rng)
    if r < 0.4:
        return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yr)
    if r < 0.65:
        return "%s %s %s" % (ORD[d], MONTHS[m - 1], yr)
    if r < 0.85:
        return "%s the %s, %s" % (MONTHS[m - 1], ORD[d], yr)
    return "%s %s %s" % (single_words("%02d" % d, rng, False), single_words("%02d" % m, rng, False), single_words(str(y)[2:], rng, False))


def make_expiry(rng):
    return rng.randint(1, 12), rng.randint(25, 31)


def typed_exp(e, rng):
    m, y = e
    return rng.choice(["%02d/%d" % (m, y), "%d/%d" % (m, y), "%02d/20%d" % (m, y), "%02d-%d" % (m, y),
                       "%s %d" % (MONTHS[m - 1][:3].capitalize(), 2000 + y), "%02d%d" % (m, y)])


def spoken_exp(e, rng):
    m, y = e
    yy = speak_group(str(y), rng, "pairs")
    return rng.choice(["%s %s" % (single_words("%02d" % m, rng, False), yy),
                       "%s %s" % (MONTHS[m - 1], yy), "%s twenty %s" % (MONTHS[m - 1], yy),
                       "%s %s" % (UNITS[m] if m < 10 else TEENS[m - 10], yy)])


UK_AREAS = ["M", "B", "L", "LS", "SW", "SE", "N", "E", "BS", "CF", "EH", "G", "NE", "RG", "CB", "BT", "NG", "LE", "CV", "WR", "HU", "DN", "PL", "TR", "YP"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode(rng, us=False):
    if us:
        z = "%05d" % rng.randint(1001, 99950)
        return z if rng.random() < 0.8 else z + "-%04d" % rng.randint(1, 9999)
    a = rng.choice(UK_AREAS).replace("YP", "YO").replace("O", "")
    out = a + str(rng.randint(1, 20)) + " " + str(rng.randint(1, 9)) + rng.choice(INWARD) + rng.choice(INWARD)
    return out


def spoken_postcode(p, rng):
    if p[0].isdigit():
        return speak_number([p[:5]] if len(p) == 5 else [p[:5], p[6:]], rng, sep=" dash ")
    out, inw = p.split(" ")
    s1 = speak_alnum(out, rng, 0.35)
    s2 = speak_alnum(inw, rng, 0.35)
    return s1 + rng.choice([", ", " ", "... "]) + s2


STREETS_UK = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Park Avenue", "Kingsway", "Elm Grove",
              "Beech Close", "Albert Terrace", "Queens Drive", "Meadow Way", "Highfield Crescent", "Orchard Gardens",
              "St Mary's Road", "Hollybush Lane", "Castle Street", "Brookside Court", "Marine Parade"]
STREETS_US = ["Elm Street", "Maple Ave", "Pennsylvania Avenue", "Oak Drive", "Sunset Blvd", "Main St", "Lincoln Way",
              "Cedar Lane", "Washington Boulevard", "Pine Ridge Road"]
STREETS_IE = ["Griffith Avenue", "Main Street", "Strand Road", "Fairview Terrace", "Clontarf Road", "Ballymun Road"]
TOWNS_UK = [("Manchester", False), ("Leeds", False), ("Bristol", False), ("Cardiff", False), ("Glasgow", False),
            ("Nottingham", False), ("Leicester", False), ("Coventry", False), ("Belfast", False), ("Plymouth", False)]
TOWNS_US = ["Springfield", "Austin", "Denver", "Columbus", "Portland", "Albany", "Tucson"]


def make_address(rng, region="UK"):
    st = rng.choice({"UK": STREETS_UK, "US": STREETS_US, "IE": STREETS_IE}[region])
    num = rng.randint(1, 240) if region != "US" else rng.randint(10, 9800)
    r = rng.random()
    if r < 0.25 and region != "US":
        return ("Flat %d, %d %s" % (rng.randint(1, 30), num, st), (str(num), st, "flat"))
    if r < 0.35 and region == "US":
        return ("%d %s Apt %d" % (num, st, rng.randint(1, 40)), (str(num), st, ""))
    return ("%d %s" % (num, st), (str(num), st, ""))


def spoken_address(a, rng):
    text = a[0]
    # speak numbers, lower case
    def rep(m):
        g = m.group(0)
        if len(g) <= 2:
            return speak_group(g, rng, "pairs") if len(g) == 2 and g[0] != "0" and g[1] != "0" else " ".join(UNITS[int(c)] for c in g) if len(g) == 2 and g[1] == "0" else (UNITS[int(g)] if len(g) == 1 else speak_group(g, rng))
        return speak_group(g, rng)
    return re.sub(r"\d+", rep, text).replace(",", "").lower().replace("st mary's", "saint mary's")


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))
        return self

    def build(self):
        turns, spans = [], []
        for ti, (sp, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    v, t = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(v), "type": t})
                    text += v
                else:
                    text += s
            turns.append({"speaker": sp, "text": text})
        return {"kind": self.kind, "turns": turns, "spans": spans, "note": self.note}


def V(text, typ):
    return (text, typ)


def cap(s):
    return s[0].upper() + s[1:] if s else s


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go on", "got that", "mm-hm", "ok keep going"]
ASIDES = ["hang on let me grab my glasses", "sorry the dog is barking", "hold on it's rubbed off here",
          "wait let me turn the card over", "bear with me", "hang on the kids are shouting",
          "hang on it's in my other bag", "ugh the light in here is awful"]
ORGS = {"banking": ["Northgate Bank", "Harbour Savings", "First Meridian"],
        "telecom": ["Vireo Mobile", "LinkTel", "Skyline Broadband"],
        "utilities": ["Brightwater Energy", "Anglia Water", "Emerald Gas & Power"],
        "retail": ["Hollis & Kane", "ShopDirect Plus", "Maple Home Stores"],
        "insurance": ["Crestline Insurance", "Shieldwise", "Atlas Mutual"],
        "travel": ["SkyBridge Airways", "Wanderlane Holidays", "EuroRail Connect"],
        "healthcare": ["St Anne's Billing", "CarePoint Medical Billing", "Lakeside Health"],
        "government": ["the Revenue helpline", "the DVLA enquiry line", "Benefits Service"]}


def org(rng, ind=None):
    ind = ind or rng.choice(list(ORGS))
    return rng.choice(ORGS[ind]), ind


def split_value(spoken_groups, rng, nparts):
    """Split a list of spoken group strings into nparts contiguous chunks."""
    n = len(spoken_groups)
    nparts = max(1, min(nparts, n))
    cuts = sorted(rng.sample(range(1, n), nparts - 1)) if nparts > 1 else []
    out, prev = [], 0
    for c in cuts + [n]:
        out.append(" ".join(spoken_groups[prev:c]))
        prev = c
    return out


# ------------------------------------------------ positive case templates
def pos_chat_card(rng):
    o, ind = org(rng, rng.choice(["retail", "travel", "utilities", "telecom", "healthcare"]))
    c, e, cv = make_card(rng), make_expiry(rng), str(rng.randint(100, 999))
    if c[:2] in ("34", "37"):
        cv = str(rng.randint(1000, 9999))
    k = Case("positive", "typed chat payment: card, expiry, cvv (%s)" % ind)
    k.say("agent", "Hi, you're chatting with %s payments. How can I help?" % o)
    lead = rng.choice(["card no: ", "Card number is ", "pls take payment from ", "CARD ", "ok its ", "card - ", "Here you go: "])
    mid = rng.choice([" exp ", ", expiry ", " expires ", " valid thru ", "  exp: "])
    mid2 = rng.choice([" cvv ", ", security code ", " cvc: ", " and the 3 digits on back are ", " sec code "])
    k.say("customer", lead, V(typed_card(c, rng), "CARD_NUMBER"), mid, V(typed_exp(e, rng), "EXPIRY"), mid2, V(cv, "CVV"),
          rng.choice(["", " thx", ". Amount is £%d.%02d" % (rng.randint(10, 900), rng.randint(0, 99)), " - want to pay the full balance"]))
    k.say("agent", rng.choice(["Thanks, processing that now.", "Thank you. That's gone through, reference will follow by email.",
                               "Thanks - the payment of the outstanding balance is being processed."]))
    return k


def pos_call_card_split(rng):
    o, ind = org(rng)
    c = make_card(rng)
    k = Case("positive", "ASR call: card read in chunks over several turns with back-channels (%s)" % ind)
    k.say("agent", "thank you for calling %s, can i take the long number across the front of the card" % o.lower())
    groups = [speak_group(g, rng) for g in card_groups(c)]
    parts = split_value(groups, rng, rng.choice([2, 3, 4]))
    first = True
    for p in parts:
        if rng.random() < 0.25:
            p = rng.choice(FILLERS) + " " + p
        if first:
            k.say("customer", rng.choice(["yeah it's ", "ok so ", "right um it's ", "", "so that's "]), V(p, "CARD_NUMBER"))
            first = False
        else:
            k.say("customer", rng.choice(["", "then ", "and ", "next is "]), V(p, "CARD_NUMBER"))
        k.say("agent", rng.choice(BACK))
    if rng.random() < 0.6:
        k.turns.pop()
        k.say("agent", rng.choice(["let me read that back ", "so i have ", "just to confirm that's "]),
              V(spoken_card(c, rng, fillers=0), "CARD_NUMBER"), rng.choice([" is that right", "", " correct"]))
        k.say("customer", rng.choice(["yes", "yep that's it", "that's right yeah"]))
    e = make_expiry(rng)
    k.say("agent", "and the expiry date")
    k.say("customer", rng.choice(["", "it's ", "um "]), V(spoken_exp(e, rng), "EXPIRY"))
    if rng.random() < 0.7:
        cv = "%03d" % rng.randint(0, 999) if len(c) != 15 else str(rng.randint(1000, 9999))
        k.say("agent", "and the security code on the back please")
        k.say("customer", rng.choice(["", "it's ", "the three digits are "]), V(speak_number([cv], rng), "CVV"))
    return k


def pos_call_card_correction(rng):
    c = make_card(rng)
    g = card_groups(c)
    wrong = g[:2] if len(g) > 2 else g[:1]
    wrong = [w[:-1] + str((int(w[-1]) + 3) % 10) for w in wrong]
    o, ind = org(rng)
    k = Case("positive", "ASR call: card reading with a correction/restart in the same turn (%s)" % ind)
    k.say("agent", "okay i can take that payment for you now what's the card number")
    bad = " ".join(speak_group(x, rng, "single") for x in wrong)
    good = speak_number(g, rng, fillers=0.2)
    marker = rng.choice(["sorry, ", "no wait, ", "sorry sorry let me start again ", "oh i mean ", "scratch that, "])
    k.say("customer", rng.choice(["it's ", "yeah ", "um "]), V(bad + " " + marker + good, "CARD_NUMBER"))
    k.say("agent", rng.choice(["no problem, so that's ", "okay from the top i've got "]), V(spoken_card(c, rng, fillers=0), "CARD_NUMBER"))
    k.say("customer", "yes")
    if rng.random() < 0.5:
        k.say("agent", "and the card ending %s, is that a visa or mastercard" % c[-4:] if False else "lovely and the expiry")
        k.say("customer", V(spoken_exp(make_expiry(rng), rng), "EXPIRY"))
    return k


def pos_call_card_aside(rng):
    c = make_card(rng)
    g = [speak_group(x, rng) for x in card_groups(c)]
    cut = rng.randint(1, len(g) - 1)
    k = Case("positive", "ASR call: card read with an aside mid-reading; agent confirms last four afterwards (labelled, full card read)")
    k.say("agent", "can i take the card details please")
    k.say("customer", V(" ".join(g[:cut]) + ", " + rng.choice(ASIDES) + ", " + " ".join(g[cut:]), "CARD_NUMBER"))
    k.say("agent", rng.choice(["thanks so that's the card ending ", "lovely, card ending in "]), V(speak_number([c[-4:]], rng, style="single"), "CARD_NUMBER"),
          rng.choice([" yeah", ", and the expiry", ""]))
    k.say("customer", "yes " + rng.choice(["", "that's it", "mhm"]).strip())
    return k


def pos_card_lastfour_plus(rng):
    """Full card typed, plus separate unlabelled last-four of a DIFFERENT card."""
    c = make_card(rng)
    other = "%04d" % rng.randint(0, 9999)
    k = Case("positive", "chat: new card given (labelled) while old card ending is mentioned (not labelled, different card)")
    k.say("customer", "my old card ending %s expired, can you update to the new one " % other, V(typed_card(c, rng), "CARD_NUMBER"),
          " exp ", V(typed_exp(make_expiry(rng), rng), "EXPIRY"))
    k.say("agent", "Done - the card ending %s has been removed and the new card saved for your direct debit of £%d.%02d." % (other, rng.randint(20, 99), rng.randint(0, 99)))
    return k


def pos_ssn(rng):
    s = make_ssn(rng)
    o, ind = org(rng, rng.choice(["banking", "insurance", "healthcare", "government", "telecom"]))
    mode = rng.random()
    k = Case("positive", "")
    if mode < 0.35:
        k.note = "typed chat: US SSN with label (%s)" % ind
        k.say("agent", "To verify your identity I'll need your Social Security number.")
        k.say("customer", rng.choice(["SSN: ", "ssn is ", "Social is ", "sure - ", "my ss# ", "its "]), V(typed_ssn(s, rng), "SSN"),
              rng.choice(["", " and my zip is 9021", "", " thanks"]) if False else rng.choice(["", ".", " thanks", " (that's the full one)"]))
        k.say("agent", "Thank you, you're verified.")
    elif mode < 0.7:
        k.note = "ASR call: SSN split across turns with back-channel (%s)" % ind
        g = [s[:3], s[3:5], s[5:]]
        k.say("agent", "for security can i get your social security number please")
        sp = [speak_group(x, rng) for x in g]
        parts = split_value(sp, rng, rng.choice([2, 3]))
        for i, p in enumerate(parts):
            k.say("customer", rng.choice(["sure it's ", "um ", ""]) if i == 0 else rng.choice(["", "then ", "uh "]), V(p, "SSN"))
            if i < len(parts) - 1:
                k.say("agent", rng.choice(BACK))
        if rng.random() < 0.5:
            k.say("agent", "thank you so that's ", V(speak_number(g, rng, fillers=0), "SSN"))
            k.say("customer", "correct")
    else:
        k.note = "ASR call: SSN in one turn with hesitation, DOB check (%s)" % ind
        k.say("agent", "can you confirm the last four of your social")
        k.say("customer", rng.choice(["oh i don't remember which, i'll just give you the whole thing ", "i'll give you all of it, "]),
              V(speak_number([s[:3], s[3:5], s[5:]], rng, fillers=0.5), "SSN"))
        k.say("agent", "okay and your date of birth")
        k.say("customer", V(spoken_dob(make_dob(rng), rng), "DOB"))
    return k


def pos_ni(rng):
    n = make_ni(rng)
    o, ind = org(rng, rng.choice(["government", "banking", "insurance", "utilities"]))
    mode = rng.random()
    k = Case("positive", "")
    if mode < 0.35:
        k.note = "typed: UK National Insurance number (%s)" % ind
        k.say("customer", rng.choice(["NI no: ", "my national insurance number is ", "NINO ", "NI number - ", "ni: "]), V(typed_ni(n, rng), "NI_NUMBER"),
              rng.choice(["", " cheers", ", DOB below", " - can you check my tax code"]))
        k.say("agent", "Thanks, I've found your record.")
    elif mode < 0.7:
        k.note = "ASR call: NI number with phonetic spelling (%s)" % ind
        k.say("agent", "can i take your national insurance number")
        k.say("customer", rng.choice(["yeah it's ", "um ", "right it's "]), V(spoken_ni(n, rng), "NI_NUMBER"))
        if rng.random() < 0.5:
            k.say("agent", "thank you so ", V(speak_alnum(n, rng, 0.0), "NI_NUMBER"))
            k.say("customer", "yep")
    else:
        k.note = "ASR call: NI number split across turns (%s)" % ind
        k.say("agent", "and your national insurance number please")
        k.say("customer", V(speak_letter(n[0], rng, 0.8) + " " + speak_letter(n[1], rng, 0.8), "NI_NUMBER"))
        k.say("agent", rng.choice(BACK))
        k.say("customer", V(speak_number([n[2:4], n[4:6], n[6:8]], rng), "NI_NUMBER"))
        k.say("agent", rng.choice(["and the letter at the end", "and the last letter"]))
        k.say("customer", V(speak_letter(n[8], rng, 0.6), "NI_NUMBER"))
    return k


def pos_bank_uk(rng):
    sc, acc = make_sort(rng), make_account(rng)
    k = Case("positive", "")
    if rng.random() < 0.5:
        k.note = "typed: sort code and account number for a refund/direct debit"
        k.say("agent", "Please send the sort code and account number for the refund.")
        k.say("customer", rng.choice(["sort code ", "s/c: ", "Sort: "]), V(typed_sort(sc, rng), "SORT_CODE"),
              rng.choice([" acct no: ", ", account ", " a/c ", "\naccount number "]), V(acc, "BANK_ACCOUNT"))
        k.say("agent", "Thanks, the refund of £%d.%02d will arrive in 3-5 working days." % (rng.randint(5, 400), rng.randint(0, 99)))
    else:
        k.note = "ASR call: direct debit set-up, sort code then account number, with read-back"
        k.say("agent", "so to set up the direct debit i need the sort code first")
        k.say("customer", rng.choice(["", "it's ", "um "]), V(speak_number([sc[:2], sc[2:4], sc[4:]], rng), "SORT_CODE"))
        k.say("agent", rng.choice(["and the account number", "lovely and the eight digit account number"]))
        sp = [speak_group(g, rng) for g in (acc[:4], acc[4:])]
        if rng.random() < 0.5:
            k.say("customer", V(sp[0], "BANK_ACCOUNT"))
            k.say("agent", rng.choice(BACK))
            k.say("customer", V(sp[1], "BANK_ACCOUNT"))
        else:
            k.say("customer", V(" ".join(sp), "BANK_ACCOUNT"))
        k.say("agent", "so that's ", V(speak_number([sc[:2], sc[2:4], sc[4:]], rng, fillers=0), "SORT_CODE"), " and ",
              V(speak_number([acc[:4], acc[4:]], rng, fillers=0), "BANK_ACCOUNT"))
    return k


def pos_bank_us(rng):
    acc = make_account(rng, "US")
    k = Case("positive", "US bank account for autopay (routing number said with label is public bank info, not labelled)")
    rt = "0" + "".join(rng.choice("0123456789") for _ in range(8))
    if rng.random() < 0.5:
        k.say("customer", "Routing %s, checking acct # " % rt, V(acc, "BANK_ACCOUNT"))
    else:
        k.say("customer", "the account number is ", V(speak_number([acc[:3], acc[3:6], acc[6:]], rng), "BANK_ACCOUNT"))
    k.say("agent", rng.choice(["Got it, autopay starts on the 15th.", "thanks, that's set up for your next bill of $%d" % rng.randint(30, 300)]))
    return k


def pos_iban(rng):
    ib = make_iban(rng)
    k = Case("positive", "")
    if rng.random() < 0.55:
        k.note = "typed e-mail/chat: IBAN for a refund (%s)" % ib[:2]
        k.say("customer", rng.choice(["Please refund to IBAN ", "IBAN: ", "my iban is ", "Bank details - IBAN "]), V(typed_iban(ib, rng), "IBAN"),
              rng.choice(["", " BIC %s%s2L" % (ib[4:8] if ib[4:8].isalpha() else "DEUT", ib[:2]), " Thanks, Mr %s" % cap(rng.choice(LAST))]))
        k.say("agent", "Thank you, refund requested.")
    else:
        k.note = "ASR call: IBAN spoken, partly split (%s)" % ib[:2]
        k.say("agent", "okay and what's the iban")
        sp = spoken_iban(ib, rng)
        if rng.random() < 0.5:
            k.say("customer", V(sp, "IBAN"))
        else:
            pieces = sp.split(", ") if ", " in sp else sp.split("... ")
            if len(pieces) < 3:
                k.say("customer", V(sp, "IBAN"))
            else:
                cut = rng.randint(2, len(pieces) - 1)
                k.say("customer", V(", ".join(pieces[:cut]), "IBAN"))
                k.say("agent", rng.choice(BACK))
                k.say("customer", V(", ".join(pieces[cut:]), "IBAN"))
        k.say("agent", "thank you")
    return k


def pos_contact(rng):
    ph, em = make_phone(rng), make_email(rng)
    o, ind = org(rng)
    k = Case("positive", "")
    if rng.random() < 0.5:
        k.note = "typed chat: update contact details, phone and e-mail (%s)" % ind
        k.say("agent", "What mobile number and email should we hold?")
        k.say("customer", rng.choice(["mob: ", "new no. ", "phone ", "its ", "tel: "]), V(ph[0], "PHONE") if not ph[0].startswith("+") else "+",
              *([] if not ph[0].startswith("+") else [V(ph[0][1:], "PHONE")]),
              rng.choice([" and email ", ", e-mail: ", " / ", "\nemail - "]), V(typed_email(em, rng), "EMAIL"))
        k.say("agent", "Updated, thanks!")
    else:
        k.note = "ASR call: phone number and spoken e-mail (%s)" % ind
        k.say("agent", "what's the best number to reach you on")
        sp = spoken_phone(ph, rng)
        k.say("customer", rng.choice(["", "it's ", "er "]), V(sp, "PHONE"))
        if rng.random() < 0.5:
            k.say("agent", "so ", V(spoken_phone(ph, rng), "PHONE"))
            k.say("customer", "that's it")
        k.say("agent", "and an email address")
        k.say("customer", rng.choice(["yeah it's ", "", "it's "]), V(spoken_email(em, rng), "EMAIL"))
    return k


def pos_phone_split(rng):
    ph = make_phone(rng)
    groups = [speak_group(g, rng) for g in ph[1]]
    k = Case("positive", "ASR call: phone number given in two turns, agent prompts 'go on'")
    k.say("agent", "can i take a contact number in case we get cut off")
    lead = ""
    if ph[2]:
        lead = rng.choice(["plus ", "double oh "])
    cut = max(1, len(groups) // 2)
    k.say("customer", V(lead + " ".join(groups[:cut]), "PHONE"))
    k.say("agent", rng.choice(BACK))
    k.say("customer", V(" ".join(groups[cut:]), "PHONE"))
    k.say("agent", "thanks")
    return k


def pos_address(rng):
    region = rng.choice(["UK", "UK", "US", "IE"])
    a = make_address(rng, region)
    k = Case("positive", "")
    if region == "US":
        pc, town = make_postcode(rng, True), rng.choice(TOWNS_US)
    elif region == "UK":
        pc, town = make_postcode(rng), rng.choice(TOWNS_UK)[0]
    else:
        pc, town = None, rng.choice(["Dublin 3", "Cork", "Galway", "Limerick"])
    if rng.random() < 0.5:
        k.note = "typed: change of address with town and postcode (%s)" % region
        segs = [rng.choice(["New address: ", "I've moved to ", "addr - ", "please update address to "]), V(a[0], "ADDRESS"), ", " + town]
        if pc:
            segs += [rng.choice([" ", ", "]), V(pc, "POSTCODE")]
        k.say("customer", *segs)
        k.say("agent", "Thanks, that's updated on the account.")
    else:
        k.note = "ASR call: first line of address then postcode, town unlabelled (%s)" % region
        k.say("agent", "can you confirm the first line of the address")
        k.say("customer", rng.choice(["yeah it's ", "", "um "]), V(spoken_address(a, rng), "ADDRESS"), rng.choice(["", " in " + town.lower(), ", " + town.lower()]))
        if pc:
            k.say("agent", "and the postcode" if region == "UK" else "and the zip code")
            k.say("customer", V(spoken_postcode(pc, rng), "POSTCODE"))
    return k


def pos_idv(rng):
    """ID&V: DOB + postcode, with card last four (unlabelled)."""
    dob, pc = make_dob(rng), make_postcode(rng, rng.random() < 0.3)
    o, ind = org(rng)
    k = Case("positive", "ASR call: ID&V with date of birth and postcode; card last four mentioned (not labelled) (%s)" % ind)
    k.say("agent", "thanks for calling %s, before we start can i take your date of birth" % o.lower())
    k.say("customer", rng.choice(["it's ", "yeah ", "", "uh "]), V(spoken_dob(dob, rng), "DOB"))
    k.say("agent", "and the postcode on the account")
    k.say("customer", V(spoken_postcode(pc, rng), "POSTCODE"))
    l4 = "%04d" % rng.randint(0, 9999)
    k.say("agent", "lovely and is this about the card ending in %s" % speak_number([l4], rng, style="single"))
    k.say("customer", "yeah that's the one")
    return k


def pos_dob_typed(rng):
    dob = make_dob(rng)
    us = rng.random() < 0.4
    k = Case("positive", "typed form/chat: date of birth and age (age not labelled)")
    age = 2026 - dob[0]
    k.say("agent", "Can you confirm your date of birth?")
    k.say("customer", rng.choice(["DOB ", "d.o.b: ", "born ", "It's ", ""]), V(typed_dob(dob, rng, us), "DOB"),
          rng.choice(["", " (I'm %d)" % age, " - I'm %d now" % age]))
    return k


def pos_email_sig(rng):
    """E-mail with signature block."""
    f, l = rng.choice(FIRST), rng.choice(LAST)
    ph, em = make_phone(rng), make_email(rng)
    a = make_address(rng, "UK")
    pc = make_postcode(rng)
    ref = "%s-%d" % (rng.choice(["CLM", "INV", "TKT", "CASE"]), rng.randint(100000, 9999999))
    k = Case("positive", "customer e-mail with signature block: address, postcode, phone, e-mail; reference number unlabelled")
    segs = ["Hi team,\nRe %s - I still haven't had a reply about my complaint.\n\nRegards,\n%s %s\n" % (ref, cap(f), cap(l)),
            V(a[0], "ADDRESS"), "\n" + rng.choice(TOWNS_UK)[0] + "\n", V(pc, "POSTCODE"), "\nTel: "]
    if ph[0].startswith("+"):
        segs += ["+", V(ph[0][1:], "PHONE")]
    else:
        segs += [V(ph[0], "PHONE")]
    segs += ["\n", V(typed_email(em, rng), "EMAIL")]
    k.say("customer", *segs)
    k.say("agent", "Dear %s, thank you for your email regarding %s. We aim to respond within 5 working days." % (cap(f), ref))
    return k


def pos_mixed_us(rng):
    s, dob = make_ssn(rng), make_dob(rng)
    zp = make_postcode(rng, True)
    k = Case("positive", "ASR call (US healthcare billing): last four SSN not enough, customer gives full SSN, DOB and ZIP")
    k.say("agent", "i'll need the last four of your social and your date of birth")
    k.say("customer", "oh the whole social is ", V(speak_number([s[:3], s[3:5], s[5:]], rng), "SSN"), " and i was born ", V(spoken_dob(dob, rng), "DOB"))
    k.say("agent", "thank you and the zip code on file")
    k.say("customer", V(spoken_postcode(zp, rng), "POSTCODE"))
    k.say("agent", "perfect your balance is %s dollars and %s cents" % (speak_group(str(rng.randint(100, 999)), rng, "hundred") if False else str(rng.randint(20, 900)), str(rng.randint(1, 99))))
    return k


def pos_card_chat_multi(rng):
    c = make_card(rng)
    k = Case("positive", "typed chat: card split across two messages; customer then re-sends the full number")
    g = typed_card(c, rng)
    cut = len(c) // 2
    k.say("customer", "card is ", V(c[:cut], "CARD_NUMBER"))
    k.say("customer", V(c[cut:], "CARD_NUMBER"), " oops hit enter")
    k.say("agent", "No worries! Could you send the whole number in one message so I can check it?")
    k.say("customer", V(g, "CARD_NUMBER"))
    return k


def pos_exp_cvv_call(rng):
    c = make_card(rng)
    e = make_expiry(rng)
    k = Case("positive", "ASR call: card in one go with double/triple, expiry said 'end of', CVV with hesitation")
    k.say("customer", "the card number is ", V(spoken_card(c, rng, fillers=0.3), "CARD_NUMBER"))
    k.say("agent", "and when does it expire")
    k.say("customer", rng.choice(["end of ", "", "it runs out "]), V(spoken_exp(e, rng), "EXPIRY"))
    k.say("agent", "and the three digit code")
    cv = "%03d" % rng.randint(0, 999)
    k.say("customer", V(rng.choice(FILLERS) + " " + speak_number([cv[:1], cv[1:]], rng, sep=" "), "CVV"))
    return k


POS = [(pos_chat_card, 14), (pos_call_card_split, 16), (pos_call_card_correction, 7), (pos_call_card_aside, 7),
       (pos_card_lastfour_plus, 5), (pos_card_chat_multi, 4), (pos_exp_cvv_call, 9),
       (pos_ssn, 24), (pos_mixed_us, 8), (pos_ni, 32), (pos_bank_uk, 13), (pos_bank_us, 5), (pos_iban, 14),
       (pos_contact, 20), (pos_phone_split, 6), (pos_address, 18), (pos_idv, 12), (pos_dob_typed, 8), (pos_email_sig, 8)]


# ------------------------------------------------ negative case templates
def neg_amounts(rng):
    k = Case("negative", "balances, amounts, payment date and contract length")
    b = "%d.%02d" % (rng.randint(10, 9000), rng.randint(0, 99))
    k.say("agent", rng.choice(["your outstanding balance is £%s and the next payment of £%d is due on the %s of %s" % (b, rng.randint(10, 99), ORD[rng.randint(1, 28)], rng.choice(MONTHS)),
                               "Your balance is $%s; minimum payment $%d.00 due %s %d." % (b, rng.randint(25, 90), rng.choice(MONTHS).capitalize(), rng.randint(1, 28))]))
    k.say("customer", rng.choice(["ok can i pay %s today" % b, "that's more than last month, it was about %d quid" % rng.randint(40, 200),
                                  "right, and how long is left on the contract, is it %d months" % rng.choice([12, 18, 24, 36])]))
    k.say("agent", "there are %d months left, and early termination is %d percent of the remaining %d pounds" % (rng.randint(1, 23), rng.randint(10, 50), rng.randint(100, 900)))
    return k


def neg_spoken_amount(rng):
    k = Case("negative", "ASR: amount spoken digit by digit like a card reading")
    a = rng.randint(10000, 99999)
    p = rng.randint(11, 99)
    k.say("agent", "the total comes to £{:,}.{:02d}".format(a, p) if rng.random() < 0.5 else "the total comes to %s thousand %s pounds and %s pence" % (speak_group(str(a)[:2], rng, "pairs") if str(a)[1] != "0" else str(a)[:2], speak_group(str(a)[2:], rng, "hundred"), speak_group(str(p), rng, "pairs")))
    k.say("customer", "sorry how much")
    k.say("agent", "%s pounds %s pence, that's over %d instalments" % (" ".join(UNITS[int(c)] for c in str(a)), " ".join(UNITS[int(c)] for c in str(p)), rng.choice([3, 6, 12])))
    return k


def neg_reference(rng):
    lab = rng.choice(["order number", "ticket number", "invoice number", "claim reference", "tracking number",
                      "policy number", "booking reference", "case number", "serial number", "reference"])
    num = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 10, 12, 13, 16])))
    k = Case("negative", "labelled %s (long digit string, not PII)" % lab)
    if rng.random() < 0.5:
        k.say("customer", "my %s is %s" % (lab, num if rng.random() < 0.5 else " ".join(num[i:i + 4] for i in range(0, len(num), 4))))
        k.say("agent", "Thanks, I can see %s %s was opened on %d %s." % (lab, num, rng.randint(1, 28), rng.choice(MONTHS).capitalize()))
    else:
        k.say("agent", "have you got the %s there" % lab)
        k.say("customer", "yeah the %s is %s" % (lab, speak_number([num[i:i + 4] for i in range(0, len(num), 4)], rng)))
        k.say("agent", "mhm got it, that was logged on %s" % rng.choice(["monday", "tuesday", "the third", "friday"]))
    return k


def neg_card_like_ref(rng):
    num = luhn_complete(rng.choice(["4", "5"]), 16, rng) if rng.random() < 0.5 else "".join(rng.choice("0123456789") for _ in range(16))
    lab = rng.choice(["the reference on the letter", "the meter serial", "your customer number", "the tracking code", "the voucher code", "the loyalty card number on the back of the key fob"])
    k = Case("negative", "16-digit number read in card-style groups but labelled as %s" % lab)
    k.say("agent", "can you read me %s" % lab)
    k.say("customer", "it's %s" % speak_number([num[i:i + 4] for i in range(0, 16, 4)], rng))
    k.say("agent", "thanks that matches what i have")
    return k


def neg_last_four(rng):
    l4 = "%04d" % rng.randint(0, 9999)
    k = Case("negative", "card last four only (PCI allows); amount and date")
    if rng.random() < 0.5:
        k.say("agent", "I can see a payment of £%d.%02d taken from the card ending %s on the %d%s." % (rng.randint(5, 500), rng.randint(0, 99), l4, rng.randint(1, 28), "th"))
        k.say("customer", "Yes that's my card ending %s, but I didn't authorise it" % l4)
    else:
        k.say("agent", "is that the visa ending in %s" % speak_number([l4], rng, style="single"))
        k.say("customer", "no the one ending %s" % speak_number([l4[:2], l4[2:]], rng, style="pairs"))
    k.say("agent", "okay i'll raise a dispute, that takes up to %d working days" % rng.choice([5, 10, 14]))
    return k


def neg_times(rng):
    k = Case("negative", "opening hours, times, durations, waiting times")
    k.say("customer", "what time are you open till")
    k.say("agent", rng.choice(["we're open %d till %d monday to friday and %d till %d on saturdays" % (rng.randint(7, 9), rng.randint(17, 20), rng.randint(8, 10), rng.randint(13, 16)),
                               "Lines are open 8am-8pm Mon-Fri, 9am-5pm Sat. Current wait time is approx %d mins." % rng.randint(2, 45)]))
    k.say("customer", "i've been on hold for %s minutes already" % rng.choice(["forty five", "twenty", "thirty five", "ninety"]))
    return k


def neg_meter(rng):
    k = Case("negative", "utilities: meter readings and tariff figures")
    r1 = "%05d" % rng.randint(0, 99999)
    k.say("agent", "can you give me the reading on the meter")
    k.say("customer", "yeah it says %s" % speak_number([r1], rng, style="single"))
    k.say("agent", "and the night rate reading")
    r2 = "%05d" % rng.randint(0, 99999)
    k.say("customer", "%s, um, and then there's a point %d but that's in red" % (speak_number([r2[:2], r2[2:]], rng), rng.randint(1, 9)))
    k.say("agent", "thanks, that's %d kilowatt hours since the last reading at %dp per unit" % (rng.randint(100, 2000), rng.randint(20, 35)))
    return k


def neg_travel(rng):
    k = Case("negative", "travel: flight, gate, seat, room numbers, times")
    fl = rng.choice(["BA", "EI", "FR", "LH", "U2", "AA"]) + str(rng.randint(100, 9999))
    k.say("agent", "Your flight %s departs at %02d:%02d from gate %s%d, seat %d%s." % (fl, rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.choice("ABC"), rng.randint(1, 60), rng.randint(1, 40), rng.choice("ABCDEF")))
    k.say("customer", "and the hotel is room %d for %d nights, right" % (rng.randint(100, 999), rng.randint(2, 14)))
    k.say("agent", "that's right, booking reference %s%d" % ("".join(rng.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(3)), rng.randint(100, 999)))
    return k


def neg_misc(rng):
    k = Case("negative", "ages, temperatures, percentages, years, counts")
    k.say("customer", rng.choice(["my mum is %d and the heating only gets to %d degrees" % (rng.randint(60, 95), rng.randint(10, 18)),
                                  "I've been with you since %d, %d years, and my bill went up %d%%" % (rng.randint(1995, 2015), rng.randint(5, 25), rng.randint(5, 40))]))
    k.say("agent", "i'm sorry to hear that, i can offer %d percent off for %d months" % (rng.randint(5, 30), rng.choice([3, 6, 12])))
    k.say("customer", "we've got %d people in the house and %d tvs" % (rng.randint(2, 7), rng.randint(1, 4)))
    return k


def neg_appointment(rng):
    k = Case("negative", "appointment date and time (not DOB), engineer visit window")
    d = rng.randint(1, 28)
    m = rng.choice(MONTHS)
    k.say("agent", "the engineer can come on the %s of %s between %s and %s" % (ORD[d], m, rng.choice(["eight", "nine", "ten"]), rng.choice(["twelve", "one", "two"])))
    k.say("customer", "is there anything on %d/%02d instead" % (rng.randint(1, 28), rng.randint(1, 12)))
    k.say("agent", "I have %s %d%s at 2pm, or %d/%d/2026" % (m.capitalize(), d, sfx(d), rng.randint(1, 28), rng.randint(1, 12)))
    return k


def neg_model(rng):
    k = Case("negative", "retail/telecom: model, serial, IMEI-like and SKU numbers with labels")
    k.say("customer", "the router model is %s%d and the serial is %s" % (rng.choice(["TG", "HH", "VMG"]), rng.randint(100, 9999), "".join(rng.choice("0123456789ABCDEF") for _ in range(12))))
    k.say("agent", "thanks, and the IMEI on the handset please")
    k.say("customer", "IMEI %s" % "".join(rng.choice("0123456789") for _ in range(15)))
    k.say("agent", "and the product code on the box, SKU %d-%d" % (rng.randint(100, 999), rng.randint(1000, 9999)))
    return k


def neg_roads(rng):
    k = Case("negative", "road names, junctions and directions (no house number)")
    k.say("customer", "I'm stuck on the %s near junction %d heading towards %s" % (rng.choice(["M6", "M25", "A14", "N7", "I-95", "M50"]), rng.randint(1, 30), rng.choice(["Birmingham", "Dublin", "Cambridge", "Richmond"])))
    k.say("agent", "okay, our recovery truck will come from the depot off %s, about %d minutes" % (rng.choice(["Station Road", "the high street", "Mill Lane", "Main Street"]), rng.randint(20, 90)))
    return k


def neg_policy_spoken(rng):
    num = "".join(rng.choice("0123456789") for _ in range(9))
    k = Case("negative", "nine-digit policy/claim number spoken in 3-2-4 groups like an SSN")
    k.say("agent", "what's the %s" % rng.choice(["policy number", "claim number", "member id", "account reference"]))
    k.say("customer", "%s" % speak_number([num[:3], num[3:5], num[5:]], rng))
    k.say("agent", "okay, found it, your excess is %d dollars" % rng.choice([250, 500, 1000]))
    return k


def neg_tariff_code(rng):
    k = Case("negative", "tax code, tariff code, promo code with letters and digits")
    k.say("customer", "my tax code says %dL and the letter reference is %s%d/%s" % (rng.randint(1000, 1300), rng.choice(["P", "PAYE", "SA"]), rng.randint(100, 999), "".join(rng.choice("ABCDEFGHJK") for _ in range(2)) + str(rng.randint(1000, 9999))))
    k.say("agent", "thanks, I can see the 2025/26 tax year shows code %dL" % rng.randint(1000, 1300))
    return k


NEG = [(neg_amounts, 10), (neg_spoken_amount, 7), (neg_reference, 14), (neg_card_like_ref, 8), (neg_last_four, 10),
       (neg_times, 7), (neg_meter, 7), (neg_travel, 7), (neg_misc, 7), (neg_appointment, 7), (neg_model, 6),
       (neg_roads, 4), (neg_policy_spoken, 7), (neg_tariff_code, 4)]


def generate():
    rng = R
    cases = []
    pos, neg = [], []
    for fn, n in POS:
        for _ in range(n):
            pos.append(fn)
    for fn, n in NEG:
        for _ in range(n):
            neg.append(fn)
    rng.shuffle(pos)
    rng.shuffle(neg)
    for i, fn in enumerate(pos, 1):
        d = fn(rng).build()
        d = {"id": "h375-pos-%03d" % i, **d}
        cases.append(d)
    for i, fn in enumerate(neg, 1):
        d = fn(rng).build()
        d = {"id": "h375-neg-%03d" % i, **d}
        cases.append(d)
    out = []
    for d in cases:
        out.append(json.dumps({"id": d["id"], "kind": d["kind"], "turns": d["turns"], "spans": d["spans"], "note": d["note"]},
                              ensure_ascii=False))
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- checking
def check_case(c):
    errs = []
    turns = c["turns"]
    for t in turns:
        if t["speaker"] not in ("customer", "agent"):
            errs.append("bad speaker")
    if c["kind"] == "negative" and c["spans"]:
        errs.append("negative with spans")
    if c["kind"] == "positive" and not c["spans"]:
        errs.append("positive without spans")
    by_turn = {}
    for s in c["spans"]:
        if s["type"] not in TYPES:
            errs.append("bad type %s" % s["type"])
        if not (0 <= s["turn"] < len(turns)):
            errs.append("turn out of range"); continue
        txt = turns[s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(txt)):
            errs.append("offset out of range"); continue
        if not (txt[a].isalnum() and txt[b - 1].isalnum()):
            errs.append("span not trimmed to alnum: %r" % txt[a:b])
        if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
            errs.append("span not on word boundary: %r" % txt[a:b])
        by_turn.setdefault(s["turn"], []).append((a, b))
    for spans in by_turn.values():
        spans.sort()
        for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
            if a2 < b1:
                errs.append("overlap")
    # value validation: group consecutive same-type spans greedily
    ordered = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
    full_cards = []
    for typ in TYPES:
        acc = []
        for s in ordered:
            if s["type"] != typ:
                continue
            t = turns[s["turn"]]["text"][s["start"]:s["end"]]
            if typ == "CARD_NUMBER" and not acc:
                n4 = normalise(t)
                if len(n4) == 4 and any(fc.endswith(n4) for fc in full_cards):
                    continue
            acc.append(t)
            joined = " ".join(acc)
            if validate(typ, joined):
                if typ == "CARD_NUMBER":
                    ms = list(CORRECTION.finditer(joined))
                    full_cards.append(normalise(joined) if validate(typ, normalise(joined)) else normalise(joined[ms[-1].end():]))
                acc = []
        if acc:
            errs.append("invalid %s value: %r -> %r" % (typ, acc, normalise(" ".join(acc))))
    return errs


def main():
    data = generate()
    if "--check" in sys.argv:
        ok = True
        with open(OUT, encoding="utf-8") as f:
            cur = f.read()
        if cur != data:
            print("FAIL: cases.jsonl is not byte-identical to a fresh generation"); ok = False
        ids = set()
        counts = {t: 0 for t in TYPES}
        npos = nneg = 0
        for line in cur.splitlines():
            c = json.loads(line)
            if c["id"] in ids:
                print("FAIL duplicate id", c["id"]); ok = False
            ids.add(c["id"])
            npos += c["kind"] == "positive"
            nneg += c["kind"] == "negative"
            for s in c["spans"]:
                counts[s["type"]] += 1
            for e in check_case(c):
                print("FAIL", c["id"], e); ok = False
        need = {t: 10 for t in TYPES}
        need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
        for t in TYPES:
            if counts[t] < need[t]:
                print("FAIL: only %d %s spans (need %d)" % (counts[t], t, need[t])); ok = False
        if npos < 200 or nneg < 100:
            print("FAIL: %d positive / %d negative cases" % (npos, nneg)); ok = False
        print("positive=%d negative=%d spans=%d" % (npos, nneg, sum(counts.values())))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK PASSED" if ok else "CHECK FAILED")
        sys.exit(0 if ok else 1)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

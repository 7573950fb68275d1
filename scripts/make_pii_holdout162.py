#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h162.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only; byte-for-byte reproducible
(seed 162241124).

    python scripts/make_pii_holdout162.py          # write fixture + README
    python scripts/make_pii_holdout162.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 162241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout162")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_DIGIT = {w: str(i) for i, w in enumerate(UNITS)}
WORD_DIGIT.update({"oh": "0", "o": "0", "nought": "0", "nil": "0",
                   "won": "1", "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"})
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "kilo": "k",
        "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p", "quebec": "q",
        "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {v: k for k, v in NATO.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "like", "and", "dash", "hyphen", "space",
           "sorry", "then", "its", "is"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def zero_word(rng):
    return rng.choice(["zero", "oh", "oh", "o", "nought"])


def unit_word(d, rng, homophones=False):
    if d == "0":
        return zero_word(rng)
    w = UNITS[int(d)]
    if homophones and rng.random() < 0.25:
        w = {"4": "for", "2": "to", "8": "ate", "1": "won"}.get(d, w)
    return w


def pair_words(p, rng):
    a, b = p
    if a == "0":
        return zero_word(rng) + " " + UNITS[int(b)] if b != "0" else zero_word(rng) + " " + zero_word(rng)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + UNITS[int(b)]


def say_digits(s, rng, mode=None, homophones=False):
    """Render a digit string as ASR words; verified by normalising back."""
    if mode is None:
        mode = rng.choice(["single", "single", "double", "pairs", "mixed"])
    for _ in range(6):
        out = []
        i = 0
        while i < len(s):
            d = s[i]
            run = 1
            while i + run < len(s) and s[i + run] == d:
                run += 1
            if mode in ("double", "mixed") and run >= 3 and rng.random() < 0.7:
                out.append("triple " + unit_word(d, rng))
                i += 3
                continue
            if mode in ("double", "mixed") and run >= 2 and rng.random() < 0.8:
                out.append("double " + unit_word(d, rng))
                i += 2
                continue
            if mode == "pairs" or (mode == "mixed" and rng.random() < 0.4):
                if i + 1 < len(s):
                    out.append(pair_words(s[i:i + 2], rng))
                    i += 2
                    continue
            out.append(unit_word(d, rng, homophones))
            i += 1
        text = " ".join(out)
        if norm_digits(text) == s:
            return text
        mode = "single"
    text = " ".join(unit_word(d, rng) for d in s)
    assert norm_digits(text) == s, (s, text)
    return text


# ---------------------------------------------------------------- normalisers
class NormError(Exception):
    pass


def _tokens(text):
    return [t for t in re.split(r"[^a-z0-9'+@._-]+", text.lower().replace("-", " ")) if t]


def norm_digits(text):
    """Spoken or typed digits -> digit string; raises on unknown words."""
    if re.search(r"\d", text):
        return re.sub(r"\D", "", text.replace("(0)", ""))
    toks = [t for t in re.split(r"[^a-z]+", text.lower()) if t]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in ("plus",):
            i += 1
            continue
        if t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(v) + WORD_DIGIT[toks[i + 1]])
                i += 2
            else:
                out.append(str(v) + "0")
                i += 1
            mult = 1
            continue
        if t in TEENS:
            out.append("1" + str(TEENS.index(t)))
            i += 1
            continue
        if t == "hundred":
            out.append("00")
            i += 1
            continue
        if t in WORD_DIGIT:
            out.append(WORD_DIGIT[t] * mult)
            mult = 1
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        raise NormError("unknown token %r in %r" % (t, text))
    return "".join(out)


def norm_alnum(text):
    """Spoken/typed mixed letters and digits (NI, IBAN, postcode)."""
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = [t for t in re.split(r"[^a-z]+", text.lower()) if t]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if len(t) == 1 and i + 2 < len(toks) and toks[i + 1] in ("for", "as") and (t != "o" or toks[i + 2] == "oscar"):
            j = i + 2
            if toks[i + 1] == "as" and toks[j] == "in":
                j += 1
            out.append(t.upper() * mult)
            mult = 1
            i = j + 1
            continue
        if len(t) == 1 and t != "o":
            out.append(t.upper() * mult)
            mult = 1
            i += 1
            continue
        if t in NATO:
            out.append(NATO[t].upper() * mult)
            mult = 1
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t in TENS and t:
            v = TENS.index(t)
            if i + 1 < len(toks) and toks[i + 1] in UNITS[1:]:
                out.append(str(v) + WORD_DIGIT[toks[i + 1]])
                i += 2
            else:
                out.append(str(v) + "0")
                i += 1
            continue
        if t in TEENS:
            out.append("1" + str(TEENS.index(t)))
            i += 1
            continue
        if t in WORD_DIGIT:
            out.append(WORD_DIGIT[t] * mult)
            mult = 1
            i += 1
            continue
        if t in FILLERS:
            i += 1
            continue
        raise NormError("unknown token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = [t for t in re.split(r"\s+", text.lower().strip()) if t]
    out = []
    for t in toks:
        if t == "at":
            out.append("@")
        elif t in ("dot", "period", "point"):
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in UNITS or t in ("oh",):
            out.append(WORD_DIGIT[t])
        elif t in FILLERS:
            continue
        else:
            out.append(t)
    return "".join(out)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_ok(iban):
    iban = iban.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", iban):
        return False
    s = iban[4:] + iban[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


NI_RE = re.compile(r"^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
US_ZIP = re.compile(r"^\d{5}(\d{4})?$")
IE_EIR = re.compile(r"^[A-Z]\d{2}[A-Z0-9]{4}$")


def validate(typ, text, canon, part):
    """Return the normalised form, raising NormError on a bad value."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"):
        return norm_digits(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return norm_alnum(text)
    if typ == "EMAIL":
        return norm_email(text)
    return text


def check_canon(typ, canon):
    if typ == "CARD_NUMBER":
        return 13 <= len(canon) <= 19 and canon.isdigit() and luhn_ok(canon)
    if typ == "CVV":
        return canon.isdigit() and len(canon) in (3, 4)
    if typ == "SSN":
        return canon.isdigit() and len(canon) == 9
    if typ == "SORT_CODE":
        return canon.isdigit() and len(canon) == 6
    if typ == "BANK_ACCOUNT":
        return canon.isdigit() and 6 <= len(canon) <= 12
    if typ == "PHONE":
        return canon.isdigit() and 10 <= len(canon) <= 13
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(canon))
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "POSTCODE":
        return bool(UK_PC.match(canon) or US_ZIP.match(canon) or IE_EIR.match(canon))
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon))
    return True


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.meta = []  # (span index, canon, part)

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                canon = seg[2] if len(seg) > 2 else None
                part = seg[3] if len(seg) > 3 else "full"
                start = len(text)
                text += val
                self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
                self.meta.append((canon, part))
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


def V(text, typ, canon=None, part="full"):
    return (text, typ, canon, part)


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length, rng):
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4", 16, rng)
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if kind == "disc":
        return luhn_complete("6011", 16, rng)
    if kind == "visa13":
        return luhn_complete("4", 13, rng)
    return luhn_complete(rng.choice(["6759", "6763"]), rng.choice([16, 18, 19]), rng)


def group_card(num, rng, sep=" "):
    if len(num) == 15:
        return num[:4] + sep + num[4:10] + sep + num[10:]
    return sep.join(num[i:i + 4] for i in range(0, len(num), 4))


def gen_ssn(rng):
    area = rng.randrange(1, 900)
    while area == 666:
        area = rng.randrange(1, 900)
    return "%03d%02d%04d" % (area, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_P1 = "ABCEGHJKLMNPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(rng):
    while True:
        p = rng.choice(NI_P1) + rng.choice(NI_P2)
        v = p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")
        if NI_RE.match(v):
            return v


def iban_make(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    check = 98 - n % 97
    return country + "%02d" % check + bban


def gen_iban(rng):
    c = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if c == "GB":
        return iban_make("GB", rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + dg(14))
    if c == "IE":
        return iban_make("IE", rng.choice(["AIBK", "BOFI"]) + dg(14))
    if c == "DE":
        return iban_make("DE", dg(18))
    if c == "FR":
        return iban_make("FR", dg(23))
    if c == "NL":
        return iban_make("NL", rng.choice(["ABNA", "INGB", "RABO"]) + dg(10))
    return iban_make("ES", dg(20))


def group_iban(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def dg(rng, k, first_nonzero=False):
    s = "".join(str(rng.randrange(10)) for _ in range(k))
    if first_nonzero and s[0] == "0":
        s = str(rng.randrange(1, 10)) + s[1:]
    return s


def gen_phone(rng):
    kind = rng.choice(["uk_mob", "uk_land", "us", "ie_mob", "intl_uk", "intl_us"])
    if kind == "uk_mob":
        return "07" + dg(rng, 9), "uk_mob"
    if kind == "uk_land":
        return "0" + rng.choice(["20", "161", "113", "121", "131", "141"]) + dg(rng, 7 if True else 8)[:7 if True else 8] + "", "uk_land"
    if kind == "us":
        return str(rng.randrange(2, 10)) + dg(rng, 2) + str(rng.randrange(2, 10)) + dg(rng, 6), "us"
    if kind == "ie_mob":
        return "08" + rng.choice("35679") + dg(rng, 7), "ie_mob"
    if kind == "intl_uk":
        return "447" + dg(rng, 9), "intl_uk"
    return "1" + str(rng.randrange(2, 10)) + dg(rng, 2) + str(rng.randrange(2, 10)) + dg(rng, 6), "intl_us"


def fmt_phone_typed(p, kind, rng):
    if kind == "us":
        return rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (p[:3], p[3:6], p[6:])
    if kind == "intl_us":
        return "+1 %s %s %s" % (p[1:4], p[4:7], p[7:])
    if kind == "intl_uk":
        return rng.choice(["+44 %s %s", "+44%s%s", "+44 (0)%s %s"]) % (p[2:6], p[6:])
    if kind == "ie_mob":
        return rng.choice(["%s %s %s", "%s-%s-%s"]) % (p[:3], p[3:6], p[6:])
    return rng.choice(["%s %s", "%s%s", "%s-%s"]) % (p[:5], p[5:])


FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "megan", "dave", "fatima", "sean",
         "chloe", "marcus", "niamh", "raj", "olivia", "kevin", "grace", "ben", "hannah", "luis"]
LAST = ["murphy", "patel", "okafor", "smith", "kowalski", "byrne", "nguyen", "walsh", "jones",
        "garcia", "hughes", "oconnor", "fischer", "martin", "reilly", "khan", "doyle", "evans"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "proton.me"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + dg(rng, 2)
    elif style == 3:
        local = f + "_" + l
    else:
        local = l + "." + f[0]
    return local + "@" + rng.choice(DOMAINS)


def say_email(email, rng):
    local, dom = email.split("@")
    parts = []
    for ch_tok in re.split(r"([._])", local):
        if ch_tok == ".":
            parts.append("dot")
        elif ch_tok == "_":
            parts.append("underscore")
        elif ch_tok:
            m = re.fullmatch(r"([a-z]+)(\d*)", ch_tok)
            word, num = m.group(1), m.group(2)
            if len(word) == 1 or rng.random() < 0.2:
                parts.append(" ".join(word))
            else:
                parts.append(word)
            if num:
                parts.append(" ".join(UNITS[int(d)] for d in num))
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "BS", "CF", "NE", "L", "E", "N", "W", "SE", "BT", "OX", "CB"]


def gen_uk_pc(rng):
    a = rng.choice(UK_AREAS)
    d = str(rng.randrange(1, 20)) if len(a) == 1 else str(rng.randrange(1, 10))
    inward = str(rng.randrange(1, 10)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")
    return a + d + " " + inward


def gen_zip(rng):
    return dg(rng, 5, True)


def say_pc(pc, rng):
    out = []
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(unit_word(ch, rng) if ch != "0" else "zero")
        else:
            if ch == "O":
                out.append(rng.choice(["o for oscar", "oscar"]))
            elif rng.random() < 0.25:
                out.append(ch.lower() + " for " + NATO_BY_LETTER[ch.lower()])
            else:
                out.append(ch.lower())
    return " ".join(out)


STREETS = ["oak", "mill", "church", "station", "victoria", "high", "maple", "elm", "park",
           "king", "queen", "cedar", "willow", "lincoln", "main", "river", "hazel", "abbey"]
SUFFIX = ["road", "street", "lane", "avenue", "drive", "close", "crescent", "way", "court", "terrace"]


def gen_addr(rng, spoken):
    n = rng.randrange(1, 400)
    st = rng.choice(STREETS)
    suf = rng.choice(SUFFIX)
    if spoken:
        num = say_number(n)
        return "%s %s %s" % (num, st, suf)
    return "%d %s %s" % (n, st.title(), rng.choice([suf.title(), {"road": "Rd", "street": "St", "avenue": "Ave", "drive": "Dr", "lane": "Ln"}.get(suf, suf.title())]))


def say_number(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    if r < 10:
        return UNITS[h] + " oh " + UNITS[r]
    return UNITS[h] + " " + say_number(r)


def say_year(y):
    a, b = divmod(y, 100)
    if y == 2000:
        return "two thousand"
    if b == 0:
        return say_number(a) + " hundred"
    if b < 10:
        if a == 20:
            return "two thousand and " + UNITS[b]
        return say_number(a) + " oh " + UNITS[b]
    return say_number(a) + " " + say_number(b)


def gen_dob(rng, spoken):
    y = rng.randrange(1940, 2004)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    if spoken:
        st = rng.randrange(3)
        if st == 0:
            return "the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y))
        if st == 1:
            return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
        return "%s %s %s" % (say_number(d), say_number(m), say_year(y))
    st = rng.randrange(4)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if st == 2:
        return "%02d-%02d-%d" % (m, d, y)
    return "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y)


def gen_expiry(rng, spoken):
    m = rng.randrange(1, 13)
    y = rng.randrange(26, 33)
    if spoken:
        st = rng.randrange(4)
        if st == 0:
            return "%s %s" % (pair_words("%02d" % m, rng), say_number(y))
        if st == 1:
            return "%s twenty %s" % (MONTHS[m - 1], say_number(y))
        if st == 2:
            return "%s %s" % (" ".join(unit_word(c, rng) for c in "%02d" % m), " ".join(unit_word(c, rng) for c in str(y)))
        return "%s of %s" % (MONTHS[m - 1], say_number(y))
    return rng.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%02d %02d"]) % (m, y)


# ---------------------------------------------------------------- positive templates (speech)
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def split_digits(s, rng, parts):
    cuts = sorted(rng.sample(range(2, len(s) - 1), parts - 1))
    out = []
    prev = 0
    for c in cuts + [len(s)]:
        out.append(s[prev:c])
        prev = c
    return out


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "uh huh", "yeah", "got it"]


def p_card_split(rng):
    card = gen_card(rng)
    ind = rng.choice(["banking", "telecom", "retail", "insurance", "travel", "utilities"])
    c = Case("positive", "call/%s: card split over several customer turns with back-channels" % ind)
    c.a("okay and can i take the long number across the front of the card please")
    n = rng.choice([3, 4, 4, 5])
    chunks = split_digits(card, rng, n)
    for i, ch in enumerate(chunks):
        pre = rng.choice(["", "yeah ", "um ", "it's ", "right so "]) if i == 0 else rng.choice(["", "", "uh ", "then "])
        post = rng.choice(["", "", " um", " yeah"])
        c.c(pre, V(say_digits(ch, rng, homophones=True), "CARD_NUMBER", card, "part"), post)
        if i < n - 1:
            c.a(rng.choice(BACK))
    c.a("thank you")
    return c


def p_card_one(rng):
    card = gen_card(rng)
    ind = rng.choice(IND)
    c = Case("positive", "call/%s: card read in one turn with mixed pairs/doubles" % ind)
    c.a(rng.choice(["and the card number please", "can you read me the sixteen digits on the card",
                    "what card would you like to pay with today"]))
    amt = rng.choice(["forty two pounds", "a hundred and twelve dollars", "sixty euro", "nineteen ninety nine"])
    c.c(rng.choice(["yeah so for the ", "okay the bill is "]), amt, " and the card is ",
        V(say_digits(card, rng, mode=rng.choice(["pairs", "mixed", "double"])), "CARD_NUMBER", card),
        rng.choice(["", " that's a visa", " sorry it's a bit worn"]))
    return c


def p_card_correction(rng):
    card = gen_card(rng)
    ind = rng.choice(IND)
    c = Case("positive", "call/%s: card with self-correction mid-reading then restart" % ind)
    c.a("go ahead with the card number")
    k = rng.randrange(4, 8)
    wrong = card[:k - 1] + str((int(card[k - 1]) + 3) % 10)
    c.c(V(say_digits(wrong, rng), "CARD_NUMBER", None, "frag"), " no sorry hang on let me start again")
    c.a("no problem take your time")
    c.c(V(say_digits(card[:8], rng), "CARD_NUMBER", card, "part"), " ",
        rng.choice(["", "um "]), V(say_digits(card[8:], rng), "CARD_NUMBER", card, "part"))
    return c


def p_card_readback(rng):
    card = gen_card(rng)
    cvv = dg(rng, 4 if len(card) == 15 else 3)
    exp = gen_expiry(rng, True)
    c = Case("positive", "call/%s: agent interrupts and reads card back, then expiry and cvv" % rng.choice(IND))
    chunks = split_digits(card, rng, 2)
    c.c("the card is ", V(say_digits(chunks[0], rng), "CARD_NUMBER", card, "part"), " um")
    c.a("sorry you cut out there after ", V(say_digits(chunks[0][-4:], rng, "single"), "CARD_NUMBER", None, "frag"))
    c.c("oh right ", V(say_digits(chunks[1], rng), "CARD_NUMBER", card, "part"))
    c.a("so that's ", V(say_digits(card, rng, "single"), "CARD_NUMBER", card), " yes")
    c.c("yes that's it")
    c.a("and the expiry")
    c.c(V(exp, "EXPIRY"))
    c.a("and the " + rng.choice(["three digits on the back", "security code", "c v v"]))
    c.c(rng.choice(["", "it's ", "uh "]), V(say_digits(cvv, rng, "single", homophones=True), "CVV", cvv))
    return c


def p_cvv_exp(rng):
    cvv = dg(rng, rng.choice([3, 3, 4]))
    exp = gen_expiry(rng, True)
    c = Case("positive", "call/%s: expiry and security code together in one turn with a price" % rng.choice(IND))
    c.a("and the expiry date and the security code on the back")
    c.c("expires ", V(exp, "EXPIRY"), " and the code is ", V(say_digits(cvv, rng, homophones=True), "CVV", cvv),
        rng.choice([" and it's for the twenty nine ninety nine plan", "", " yeah"]))
    return c


def p_ssn(rng):
    ssn = gen_ssn(rng)
    c = Case("positive", "call/%s: US social security number" % rng.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"]))
    c.a(rng.choice(["can i get your social security number to verify", "and your social please",
                    "for verification i'll need the last four of your social actually no the full social"]))
    st = rng.randrange(4)
    if st == 0:
        c.c(V(say_digits(ssn, rng, homophones=True), "SSN", ssn))
    elif st == 1:
        c.c(V(say_digits(ssn[:3], rng), "SSN", ssn, "part"))
        c.a(rng.choice(BACK))
        c.c(V(say_digits(ssn[3:5], rng), "SSN", ssn, "part"))
        c.a(rng.choice(BACK))
        c.c(V(say_digits(ssn[5:], rng), "SSN", ssn, "part"))
    elif st == 2:
        c.c("sure it's ", V(say_digits(ssn[:3], rng) + " dash " + say_digits(ssn[3:5], rng) + " dash " + say_digits(ssn[5:], rng), "SSN", ssn))
        c.a("let me read that back ", V(say_digits(ssn, rng, "single"), "SSN", ssn))
        c.c("correct")
    else:
        c.c("uh yeah hold on i have it on my card here it's ", V(say_digits(ssn[:5], rng), "SSN", ssn, "part"))
        c.a("okay")
        c.c("and then ", V(say_digits(ssn[5:], rng), "SSN", ssn, "part"), " and i'm calling about the bill from march")
    return c


def ni_spoken(ni, rng):
    out = []
    for i, ch in enumerate(ni):
        if ch.isalpha():
            l = ch.lower()
            r = rng.random()
            if r < 0.3:
                out.append(l + " for " + NATO_BY_LETTER[l])
            elif r < 0.4:
                out.append(NATO_BY_LETTER[l])
            else:
                out.append(l)
        else:
            out.append(None)
    digits = ni[2:8]
    dw = say_digits(digits, rng)
    return " ".join([out[0], out[1], dw, out[8]])


def p_ni(rng):
    ni = gen_ni(rng)
    c = Case("positive", "call/%s: UK national insurance number spoken" % rng.choice(["government services", "banking", "insurance", "utilities"]))
    c.a("and your national insurance number please")
    st = rng.randrange(4)
    if st == 0:
        c.c(rng.choice(["yeah it's ", "", "um "]), V(ni_spoken(ni, rng), "NI_NUMBER", ni))
    elif st == 1:
        c.c(V(ni_spoken(ni[:2], rng) if False else " ".join(ni[:2].lower()), "NI_NUMBER", ni, "part"))
        c.a(rng.choice(BACK))
        c.c(V(say_digits(ni[2:8], rng), "NI_NUMBER", ni, "part"))
        c.a("and the letter at the end")
        c.c(V(ni[8].lower() + " for " + NATO_BY_LETTER[ni[8].lower()], "NI_NUMBER", ni, "part"))
    elif st == 2:
        c.c("it's ", V(" ".join(ni[:2].lower()) + " " + say_digits(ni[2:4], rng, "pairs") + " " + say_digits(ni[4:6], rng, "pairs") + " " + say_digits(ni[6:8], rng, "pairs") + " " + ni[8].lower(), "NI_NUMBER", ni))
        c.a("so that's ", V(ni_spoken(ni, rng), "NI_NUMBER", ni), " is that right")
        c.c("yep")
    else:
        c.c("hang on it's on my payslip ", V(" ".join(ni[:2].lower()) + " " + say_digits(ni[2:5], rng), "NI_NUMBER", ni, "part"))
        c.a("sorry the line's bad was that ", V(" ".join(ni[:2].lower()), "NI_NUMBER", None, "frag"))
        c.c("yeah then ", V(say_digits(ni[5:8], rng) + " " + ni[8].lower(), "NI_NUMBER", ni, "part"))
    return c


def p_bank(rng):
    sc = dg(rng, 6)
    acct = dg(rng, 8)
    c = Case("positive", "call/%s: UK sort code and account number for direct debit" % rng.choice(["utilities", "banking", "insurance", "telecom"]))
    c.a("for the direct debit can i take the sort code first")
    st = rng.randrange(3)
    if st == 0:
        c.c(V(say_digits(sc[:2], rng, "pairs") + " " + say_digits(sc[2:4], rng, "pairs") + " " + say_digits(sc[4:], rng, "pairs"), "SORT_CODE", sc))
        c.a("and the account number")
        c.c(V(say_digits(acct, rng, homophones=True), "BANK_ACCOUNT", acct))
    elif st == 1:
        c.c("sort code ", V(say_digits(sc, rng), "SORT_CODE", sc), " account ", V(say_digits(acct, rng), "BANK_ACCOUNT", acct))
        c.a("lovely and the first payment will be on the first of the month for thirty two pounds fifty")
    else:
        c.c(V(say_digits(sc[:4], rng), "SORT_CODE", sc, "part"))
        c.a("mhm")
        c.c(V(say_digits(sc[4:], rng), "SORT_CODE", sc, "part"))
        c.a("and the account")
        c.c(V(say_digits(acct[:4], rng), "BANK_ACCOUNT", acct, "part"), " ", V(say_digits(acct[4:], rng), "BANK_ACCOUNT", acct, "part"))
    return c


def p_us_bank(rng):
    acct = dg(rng, rng.choice([10, 11, 12]), True)
    c = Case("positive", "call/%s: US checking account number for autopay" % rng.choice(["utilities", "banking", "telecom", "healthcare billing"]))
    c.a("and the checking account number")
    c.c("okay it's ", V(say_digits(acct, rng), "BANK_ACCOUNT", acct), " and i want it to come out on the fifteenth")
    return c


def say_iban(iban, rng):
    out = []
    i = 0
    while i < len(iban):
        ch = iban[i]
        if ch.isalpha():
            l = ch.lower()
            if l == "o":
                out.append(rng.choice(["o for oscar", "oscar"]))
            else:
                out.append(l + " for " + NATO_BY_LETTER[l] if rng.random() < 0.2 else l)
            i += 1
        else:
            j = i
            while j < len(iban) and iban[j].isdigit():
                j += 1
            out.append(say_digits(iban[i:j], rng, "single"))
            i = j
    return " ".join(out)


def p_iban(rng):
    iban = gen_iban(rng)
    c = Case("positive", "call/%s: IBAN spelled out over turns" % rng.choice(["banking", "travel", "insurance", "government services"]))
    c.a("can you give me the iban for the refund")
    if rng.random() < 0.5:
        c.c(V(say_iban(iban, rng), "IBAN", iban))
    else:
        c.c(V(say_iban(iban[:8], rng), "IBAN", iban, "part"))
        c.a(rng.choice(BACK))
        c.c(V(say_iban(iban[8:], rng), "IBAN", iban, "part"))
    c.a("thanks the refund of two hundred and ten euro should land in three to five working days")
    return c


def say_phone(p, kind, rng):
    if kind.startswith("intl"):
        return "plus " + say_digits(p[:2] if kind == "intl_uk" else p[:1], rng, "single") + " " + say_digits(p[2:] if kind == "intl_uk" else p[1:], rng)
    return say_digits(p, rng)


def p_phone(rng):
    p, kind = gen_phone(rng)
    c = Case("positive", "call/%s: phone number spoken (%s)" % (rng.choice(IND), kind))
    c.a(rng.choice(["what's the best number to reach you on", "and a contact number",
                    "is there a mobile we can text"]))
    st = rng.randrange(3)
    if st == 0:
        c.c(V(say_phone(p, kind, rng), "PHONE", p))
    elif st == 1:
        chunks = split_digits(p, rng, 3)
        c.c(rng.choice(["", "it's "]), V(say_digits(chunks[0], rng), "PHONE", p, "part"))
        c.a(rng.choice(BACK))
        c.c(V(say_digits(chunks[1], rng), "PHONE", p, "part"))
        c.a(rng.choice(BACK))
        c.c(V(say_digits(chunks[2], rng), "PHONE", p, "part"), " after six is best")
    else:
        c.c("my mobile is ", V(say_phone(p, kind, rng), "PHONE", p), " but i'm at work till five thirty")
        c.a("i'll repeat that ", V(say_digits(p, rng, "single"), "PHONE", p))
    return c


def p_email(rng):
    e = gen_email(rng)
    c = Case("positive", "call/%s: email address spoken with dot/at" % rng.choice(IND))
    c.a("and what email should we send the confirmation to")
    c.c(rng.choice(["yeah it's ", "", "um "]), V(say_email(e, rng), "EMAIL", e))
    if rng.random() < 0.5:
        c.a("is that ", V(say_email(e, rng), "EMAIL", e))
        c.c("yes")
    return c


def p_dob(rng):
    dob = gen_dob(rng, True)
    c = Case("positive", "call/%s: date of birth for verification, plus non-PII date" % rng.choice(IND))
    c.a(rng.choice(["can you confirm your date of birth", "and your d o b", "date of birth please"]))
    c.c(rng.choice(["", "it's ", "yeah "]), V(dob, "DOB"), rng.choice(["", " and i'm calling about the appointment on the twelfth", " um"]))
    return c


def p_addr(rng):
    ad = gen_addr(rng, True)
    uk = rng.random() < 0.6
    pc = gen_uk_pc(rng) if uk else gen_zip(rng)
    c = Case("positive", "call/%s: street address and %s spoken" % (rng.choice(IND), "postcode" if uk else "zip"))
    c.a("can i confirm the first line of the address and the " + ("postcode" if uk else "zip code"))
    st = rng.randrange(2)
    pcs = say_pc(pc, rng) if uk else say_digits(pc, rng)
    if st == 0:
        c.c(V(ad, "ADDRESS"), " and the " + ("postcode's " if uk else "zip is "), V(pcs, "POSTCODE", pc.replace(" ", "")))
    else:
        c.c("it's ", V(ad, "ADDRESS"))
        c.a("and the " + ("postcode" if uk else "zip"))
        c.c(V(pcs, "POSTCODE", pc.replace(" ", "")))
    return c


def p_multi(rng):
    card = gen_card(rng)
    dob = gen_dob(rng, True)
    pc = gen_uk_pc(rng)
    c = Case("positive", "call/%s: DOB, postcode and card in one verification flow with disfluency" % rng.choice(IND))
    c.a("before we start can i get your date of birth and postcode")
    c.c("yeah ", V(dob, "DOB"), " and it's ", V(say_pc(pc, rng), "POSTCODE", pc.replace(" ", "")))
    c.a("great and the card for the payment of fifty four pounds")
    ch = split_digits(card, rng, 2)
    c.c(V(say_digits(ch[0], rng), "CARD_NUMBER", card, "part"), " um sorry ", V(say_digits(ch[1], rng), "CARD_NUMBER", card, "part"))
    return c


def p_ni_phone(rng):
    ni = gen_ni(rng)
    p = "07" + dg(rng, 9)
    c = Case("positive", "call/government services: NI number then mobile in the same turn")
    c.a("i need your national insurance number and a phone number")
    c.c("okay ni is ", V(ni_spoken(ni, rng), "NI_NUMBER", ni), " and my phone is ", V(say_digits(p, rng), "PHONE", p))
    return c


# ---------------------------------------------------------------- positive templates (chat)
def chat_card(rng):
    card = gen_card(rng)
    c = Case("positive", "chat/%s: card number typed with varied separators" % rng.choice(IND))
    sep = rng.choice([" ", "-", "", " ", "  "])
    c.a("Please provide the card you want to use.")
    c.c(rng.choice(["card is ", "here u go: ", "its ", ""]), V(group_card(card, rng, sep), "CARD_NUMBER", card),
        rng.choice([" exp ", " expires "]), V(gen_expiry(rng, False), "EXPIRY"),
        rng.choice([" cvv ", " sec code ", " cvc: "]), V(dg(rng, 3), "CVV", None, "frag"))
    return c


def chat_ssn(rng):
    ssn = gen_ssn(rng)
    c = Case("positive", "chat/%s: SSN typed" % rng.choice(["banking", "insurance", "healthcare billing", "government services"]))
    fm = rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
    c.c(rng.choice(["my ssn is ", "SSN: ", "social security # ", "ok, ss number "]), V(fm, "SSN", ssn), rng.choice(["", " thx", ". order 55102 still not shipped"]))
    return c


def chat_ni(rng):
    ni = gen_ni(rng)
    c = Case("positive", "chat/government services: NI number typed in varied case/spacing")
    fm = rng.choice([ni, " ".join([ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]]), ni.lower(), ni[:2] + " " + ni[2:8] + " " + ni[8]])
    c.c(rng.choice(["NI no. ", "my national insurance is ", "ni number: ", "NINO "]), V(fm, "NI_NUMBER", ni))
    return c


def chat_misc(rng):
    e = gen_email(rng)
    p, kind = gen_phone(rng)
    c = Case("positive", "chat/%s: email and phone typed together" % rng.choice(IND))
    em = e if rng.random() < 0.7 else e.upper()
    c.c("pls update my contact details, email ", V(em, "EMAIL", e), " and phone ", V(fmt_phone_typed(p, kind, rng), "PHONE", p))
    return c


def chat_bank(rng):
    c = Case("positive", "chat/%s: bank details typed" % rng.choice(["utilities", "banking", "travel"]))
    if rng.random() < 0.5:
        sc = dg(rng, 6)
        acct = dg(rng, 8)
        c.c("sort code ", V(rng.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc),
            " acc no ", V(acct, "BANK_ACCOUNT", acct))
    else:
        iban = gen_iban(rng)
        c.c("refund to IBAN ", V(rng.choice([iban, group_iban(iban), iban.lower()]), "IBAN", iban), " please")
    return c


def chat_addr(rng):
    ad = gen_addr(rng, False)
    uk = rng.random() < 0.5
    pc = gen_uk_pc(rng) if uk else gen_zip(rng)
    pcf = pc if uk else pc
    if uk and rng.random() < 0.3:
        pcf = pc.lower().replace(" ", "")
    c = Case("positive", "chat/%s: address and postcode typed, DOB typed" % rng.choice(IND))
    c.c("new address is ", V(ad, "ADDRESS"), ", ", (rng.choice(["Leeds ", "Bristol ", "Cardiff ", "Glasgow "]) if uk else rng.choice(["Springfield, IL ", "Austin TX ", "Boise, ID ", "Dayton OH "])), V(pcf, "POSTCODE", pc.replace(" ", "")),
        " and dob ", V(gen_dob(rng, False), "DOB"))
    return c


def p_phone_restart(rng):
    old, k1 = gen_phone(rng)
    new = "07" + dg(rng, 9)
    c = Case("positive", "call/telecom: customer starts old number, restarts with new one, agent interrupts")
    c.a("can i just confirm the mobile on the account")
    c.c("it's ", V(say_digits(old, rng), "PHONE", old), " no wait that's my old one")
    c.a("okay what's the new")
    c.c(V(say_digits(new[:5], rng), "PHONE", new, "part"))
    c.a("sorry was that five digits so far")
    c.c("yeah and then ", V(say_digits(new[5:], rng, homophones=True), "PHONE", new, "part"), " i got it in june")
    return c


def p_dob_correct(rng):
    y = rng.randrange(1950, 1999)
    m = rng.randrange(1, 13)
    d = rng.randrange(1, 29)
    c = Case("positive", "call/%s: date of birth with year self-correction" % rng.choice(IND))
    c.a("and can you confirm your date of birth for me")
    dob = "the %s of %s %s no sorry %s" % (ORD[d], MONTHS[m - 1], say_year(y), say_number((y + 1) % 100) if (y + 1) % 100 >= 10 else say_year(y + 1))
    c.c("um ", V(dob, "DOB"), " i always do that")
    c.a("no worries and you're calling about the bill dated the %s" % ORD[rng.randrange(1, 28)])
    return c


def p_sort_dash(rng):
    sc = dg(rng, 6)
    acct = dg(rng, 8)
    c = Case("positive", "call/%s: sort code with spoken dashes, account with restart and agent back-channel" % rng.choice(["utilities", "banking", "insurance"]))
    c.a("what's the sort code on that account")
    c.c(V(" dash ".join(say_digits(sc[i:i + 2], rng, "pairs") for i in (0, 2, 4)), "SORT_CODE", sc))
    c.a("and the account number")
    c.c(V(say_digits(acct[:3], rng), "BANK_ACCOUNT", None, "frag"), " uh hang on ", V(say_digits(acct[:4], rng), "BANK_ACCOUNT", acct, "part"))
    c.a("mhm")
    c.c(V(say_digits(acct[4:], rng), "BANK_ACCOUNT", acct, "part"))
    return c


def p_cvv_chat(rng):
    cvv = dg(rng, 3)
    c = Case("positive", "call/%s: security code given after chit-chat about the signature strip" % rng.choice(IND))
    c.a("and finally the last three digits on the signature strip")
    c.c("oh hang on they're a bit rubbed off um i think it's ", V(say_digits(cvv, rng, "single", homophones=True), "CVV", cvv))
    c.a("and the card runs out when")
    c.c(V(gen_expiry(rng, True), "EXPIRY"), " i think yeah")
    return c


SPEECH_POS = [(p_phone_restart, 6), (p_dob_correct, 6), (p_sort_dash, 6), (p_cvv_chat, 6), (p_card_split, 14), (p_card_one, 10), (p_card_correction, 6), (p_card_readback, 8),
              (p_cvv_exp, 8), (p_ssn, 16), (p_ni, 16), (p_bank, 10), (p_us_bank, 4), (p_iban, 10),
              (p_phone, 10), (p_email, 9), (p_dob, 8), (p_addr, 10), (p_multi, 6), (p_ni_phone, 4)]
CHAT_POS = [(chat_card, 12), (chat_ssn, 10), (chat_ni, 10), (chat_misc, 8), (chat_bank, 8), (chat_addr, 8)]


# ---------------------------------------------------------------- negatives
def n_speech(rng):
    forms = [
        lambda: "your balance is %s pounds and %s pence" % (say_number(rng.randrange(100, 999)), say_number(rng.randrange(1, 99))),
        lambda: "the engineer can come on the %s of %s between eight and twelve" % (ORD[rng.randrange(1, 28)], rng.choice(MONTHS)),
        lambda: "your reference number is %s" % say_digits(dg(rng, 8), rng, "single"),
        lambda: "the order number is %s" % say_digits(dg(rng, 7), rng, "single"),
        lambda: "it's flight e i %s leaving at %s fifteen" % (say_number(rng.randrange(100, 999)), say_number(rng.randrange(1, 12))),
        lambda: "meter reading is %s" % say_digits(dg(rng, 5), rng, "single"),
        lambda: "the claim number is %s" % say_digits(dg(rng, 9), rng, "single"),
        lambda: "you've used %s gigabytes out of %s this month" % (say_number(rng.randrange(2, 60)), say_number(rng.randrange(60, 100))),
        lambda: "the contract started in %s %s and runs twenty four months" % (rng.choice(MONTHS), say_year(rng.randrange(2019, 2026))),
        lambda: "it's room %s on the %s floor" % (say_number(rng.randrange(100, 499)), rng.choice(["second", "third", "fourth"])),
        lambda: "the router model is a %s" % say_digits(dg(rng, 4), rng, "single"),
        lambda: "my son is %s and he's on the family plan" % say_number(rng.randrange(8, 17)),
        lambda: "the ticket number is %s" % say_digits(dg(rng, 6), rng, "pairs"),
        lambda: "rate goes up by %s percent from the %s" % (say_number(rng.randrange(2, 15)), ORD[rng.randrange(1, 28)]),
        lambda: "i've been on hold for %s minutes" % say_number(rng.randrange(10, 59)),
        lambda: "the invoice number %s for %s dollars" % (say_digits(dg(rng, 6), rng, "single"), say_number(rng.randrange(20, 99))),
        lambda: "we paid %s hundred euro on the %s of %s" % (UNITS[rng.randrange(2, 9)], ORD[rng.randrange(1, 28)], rng.choice(MONTHS)),
        lambda: "speeds of up to %s megabits" % say_number(rng.randrange(30, 99)),
        lambda: "heating was set to %s degrees" % say_number(rng.randrange(16, 25)),
        lambda: "your case reference is %s" % say_digits(dg(rng, 10), rng, "single"),
        lambda: "i can call you back at %s thirty on the %s" % (say_number(rng.randrange(1, 12)), ORD[rng.randrange(1, 28)]),
        lambda: "the phone was %s pounds ninety nine and the case was %s pounds" % (say_number(rng.randrange(100, 999)), say_number(rng.randrange(10, 30))),
        lambda: "we took %s thousand %s hundred off the arrears" % (say_number(rng.randrange(1, 9)), UNITS[rng.randrange(1, 9)]),
        lambda: "the last payment was on the %s of %s for %s sixty" % (ORD[rng.randrange(1, 28)], rng.choice(MONTHS), say_number(rng.randrange(20, 90))),
        lambda: "there's %s people in the queue ahead of you" % say_number(rng.randrange(2, 30)),
        lambda: "about %s units a day on the smart meter" % say_number(rng.randrange(5, 40)),
    ]
    c = Case("negative", "call/%s: spoken non-PII numbers" % rng.choice(IND))
    picks = rng.sample(range(len(forms)), 2)
    c.a(rng.choice(["okay let me pull that up", "thanks for holding", "right i can see the account"]))
    c.c(rng.choice(["", "yeah ", "um "]) + forms[picks[0]]())
    c.a(rng.choice(["okay and ", "right so "]) + forms[picks[1]]())
    c.c(rng.choice(["okay thanks", "great cheers", "that's fine"]))
    return c


def n_chat(rng):
    forms = [
        lambda: "Order #%s hasn't arrived, it's been %d days" % (dg(rng, 8), rng.randrange(3, 20)),
        lambda: "I was charged $%d.%02d twice on %s %d" % (rng.randrange(10, 900), rng.randrange(100), rng.choice(MONTHS).title(), rng.randrange(1, 28)),
        lambda: "Booking ref %s, flight FR%d at %02d:%02d" % (dg(rng, 6), rng.randrange(100, 9999), rng.randrange(6, 23), rng.choice([0, 15, 30, 45])),
        lambda: "Ticket %s - router model TP%s keeps dropping" % (dg(rng, 7), dg(rng, 4)),
        lambda: "Meter reading 0%s taken %d/%d" % (dg(rng, 4), rng.randrange(1, 28), rng.randrange(1, 12)),
        lambda: "Bill went from £%d to £%d, that's %d%% more" % (rng.randrange(40, 60), rng.randrange(60, 90), rng.randrange(10, 60)),
        lambda: "Claim no. %s, incident on %d %s %d" % (dg(rng, 9), rng.randrange(1, 28), rng.choice(MONTHS).title(), rng.randrange(2023, 2027)),
        lambda: "Invoice INV-%s for €%d.%02d" % (dg(rng, 6), rng.randrange(10, 500), rng.randrange(100)),
        lambda: "my appointment is %02d/%02d/2026 at %d:%02dpm" % (rng.randrange(1, 28), rng.randrange(1, 12), rng.randrange(1, 6), rng.choice([0, 30])),
        lambda: "i'm %d and the plan said %dGB for %d months" % (rng.randrange(20, 80), rng.randrange(5, 100), rng.randrange(12, 36)),
        lambda: "case %s, room %d, checked out %d nights early" % (dg(rng, 8), rng.randrange(100, 800), rng.randrange(1, 5)),
        lambda: "download speed %d.%d Mbps, package is %d Mbps" % (rng.randrange(1, 80), rng.randrange(10), rng.randrange(100, 900)),
    ]
    c = Case("negative", "chat/%s: typed non-PII numbers" % rng.choice(IND))
    picks = rng.sample(range(len(forms)), 2)
    c.c(forms[picks[0]]())
    c.a("Thanks, I'll look into that for you.")
    c.c(forms[picks[1]]())
    return c


# ---------------------------------------------------------------- build
def build():
    cases = []
    pos = []
    for fn, n in SPEECH_POS + CHAT_POS:
        for _ in range(n):
            pos.append(fn)
    R.shuffle(pos)
    for fn in pos:
        cases.append(fn(R))
    negs = []
    for i in range(110):
        negs.append(n_speech(R) if i % 3 != 2 else n_chat(R))
    out = []
    pi = ni_ = 0
    for c in cases:
        pi += 1
        out.append(("h162-pos-%03d" % pi, c))
    for c in negs:
        ni_ += 1
        out.append(("h162-neg-%03d" % ni_, c))
    return out


def serialise(items):
    lines = []
    for cid, c in items:
        obj = {"id": cid, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def verify(items):
    problems = []
    ids = set()
    counts = Counter()
    for cid, c in items:
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c.kind == "negative" and c.spans:
            problems.append(cid + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            problems.append(cid + ": positive without spans")
        byturn = {}
        groups = {}
        for sp, (canon, part) in zip(c.spans, c.meta):
            if sp["type"] not in TYPES:
                problems.append(cid + ": bad type")
            text = c.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                problems.append("%s: offsets out of range" % cid)
                continue
            seg = text[s:e]
            if seg != seg.strip() or (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                problems.append("%s: span not on word boundary %r" % (cid, seg))
            byturn.setdefault(sp["turn"], []).append((s, e))
            counts[sp["type"]] += 1
            try:
                norm = validate(sp["type"], seg, canon, part)
            except NormError as ex:
                problems.append("%s: %s" % (cid, ex))
                continue
            if canon is not None:
                groups.setdefault((sp["type"], canon), []).append((norm, part))
            elif sp["type"] in ("CVV",) and not (norm.isdigit() and len(norm) in (3, 4)):
                problems.append("%s: bad CVV %r" % (cid, seg))
            if sp["type"] == "EXPIRY":
                low = seg.lower()
                if not (any(m in low for m in MONTHS) or re.search(r"\d", seg) or len(norm_digits(low.replace(" of ", " "))) in (3, 4)):
                    problems.append("%s: bad expiry %r" % (cid, seg))
            if sp["type"] == "DOB" and not (re.search(r"\d{4}", seg) or re.search(r"nineteen|two thousand", seg)):
                problems.append("%s: DOB without year %r" % (cid, seg))
            if sp["type"] == "ADDRESS" and not re.search(r"(?i)(road|street|lane|avenue|drive|close|crescent|way|court|terrace|rd|st|ave|dr|ln)$", seg):
                problems.append("%s: address without street suffix %r" % (cid, seg))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    problems.append("%s: overlapping spans" % cid)
        for (typ, canon), lst in groups.items():
            if not check_canon(typ, canon):
                problems.append("%s: canonical %s invalid %r" % (cid, typ, canon))
            fulls = [n for n, p in lst if p == "full"]
            parts = "".join(n for n, p in lst if p == "part")
            for f in fulls:
                if f.upper() != canon.upper():
                    problems.append("%s: %s reading %r != %r" % (cid, typ, f, canon))
            if parts and parts.upper() != canon.upper():
                problems.append("%s: %s split parts %r != %r" % (cid, typ, parts, canon))
    return problems, counts


def readme(items, counts):
    npos = sum(1 for _, c in items if c.kind == "positive")
    nneg = len(items) - npos
    calls = sum(1 for _, c in items if c.note.startswith("call/"))
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h162

Never use this set for tuning.

Written by an AI helper acting as an independent author who did not see the
redaction code, its tests, its docs or other hold-out sets; only the JSONL
format example was shown.  Generated by `scripts/make_pii_holdout162.py`
(standard library only, one `random.Random(162241124)`), byte-for-byte
reproducible.  `python scripts/make_pii_holdout162.py --check` regenerates the
file and verifies ids, offsets, word boundaries, non-overlap and the values
(Luhn for cards, mod-97 for IBANs, NI number format, 9-digit SSN, 6-digit sort
code, digit counts for CVV/phone/account, UK/US/Eircode postcode shapes) after
normalising spoken forms back to characters.

## Contents

- %d positive cases, %d negative cases (%d of them phone calls as ASR text, the rest chat).
- Calls are lower-case ASR-style: digits as words ("oh"/"o"/"nought"/"zero" for 0,
  "double"/"triple", pairs such as "forty one", "eleven"), homophones ("for", "to",
  "too", "ate", "won"), letters spelled as "c for charlie" or NATO words, e-mails as
  "j dot murphy at gmail dot com", values split across customer turns with agent
  back-channels, self-corrections and agent read-backs.
- Negatives: balances, prices, times, durations, percentages, non-birth dates,
  order/claim/ticket/invoice/reference numbers with their reference word, flight
  numbers, room numbers, model numbers, meter readings, speeds, ages, temperatures.

## Annotation conventions

- A span covers exactly the words/characters of the value: digit words, letters,
  NATO words, "for" in "c for charlie", "double"/"triple", "dash", and filler
  words that fall *between* the value's words (e.g. "um" inside a reading).
  Leading words such as "it's", "yeah", "and the code is" are outside.
- A value split over several turns gets one span per turn (same type); each
  fragment must be redacted.
- A discarded partial reading before a self-correction is still labelled with
  the type (it is still part of the customer's real number); agent read-backs
  of the value are labelled too.
- EXPIRY includes the month and year words ("march twenty twenty eight",
  "oh four twenty nine", "04/29"); DOB includes the whole date phrase
  ("the third of may nineteen eighty two").
- ADDRESS is house number + street name + street type; town names are not
  labelled; POSTCODE is separate.
- Phone spans include a spoken "plus" or typed "+"/"(0)"/brackets; a caller's
  old number given before a restart is a full PHONE span as well.
- A date of birth with an in-place correction ("nineteen eighty one no sorry
  eighty two") is one DOB span covering the whole phrase.
- Numbers that are not PII in positive cases (amounts, dates of bills or
  appointments, order numbers) are deliberately left unlabelled.

## Counts per type

| type | spans |
|---|---|
%s
""" % (npos, nneg, calls, rows)


def main():
    items = build()
    data = serialise(items)
    problems, counts = verify(items)
    npos = sum(1 for _, c in items if c.kind == "positive")
    nneg = len(items) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases %d/%d" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    rd = readme(items, counts)
    if "--check" in sys.argv:
        for path, want in ((OUT, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        problems.append("%s differs from regenerated output" % path)
            except OSError:
                problems.append("missing " + path)
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if problems:
        for p in problems[:50]:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

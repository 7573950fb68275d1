#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout130``.

Written by an AI helper acting as an independent author (it never saw the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from one seeded ``random.Random``.

    python scripts/make_pii_holdout130.py          # write fixture + README
    python scripts/make_pii_holdout130.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 130241124
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout130"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PREFIX = "h130"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
W = "zero one two three four five six seven eight nine".split()
TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENW = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "x ray", "y": "yankee", "z": "zulu",
        "i": "india"}
NATO_REV = {v.split()[0]: k.upper() for k, v in NATO.items()}
NATO_REV.update({"whisky": "W", "xray": "X", "x": "X"})
LETTER_HOM = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "gee": "G", "jay": "J", "kay": "K",
              "el": "L", "em": "M", "en": "N", "pea": "P", "pee": "P", "queue": "Q", "are": "R",
              "ess": "S", "tea": "T", "tee": "T", "you": "U", "vee": "V", "ex": "X", "why": "Y",
              "zed": "Z", "zee": "Z", "aitch": "H"}
SAY_LETTER_HOM = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay", "p": "pee",
                  "r": "are", "t": "tee", "y": "why", "z": "zed", "u": "you", "x": "ex"}
FILLERS = ["um", "uh", "er", "erm"]


def tens_word(n: int) -> str:
    if n < 10:
        return W[n]
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENW[t] + ("" if u == 0 else " " + W[u])


def num_words(n: int) -> str:
    if n < 100:
        return tens_word(n)
    if n < 1000:
        h, r = divmod(n, 100)
        return W[h] + " hundred" + ("" if r == 0 else " and " + tens_word(r))
    th, r = divmod(n, 1000)
    s = tens_word(th) + " thousand"
    if r == 0:
        return s
    if r < 100:
        return s + " and " + tens_word(r)
    return s + " " + num_words(r)


def year_words(y: int, rng: random.Random) -> str:
    if 2000 <= y <= 2009:
        return "two thousand and " + W[y - 2000] if rng.random() < 0.6 else "two thousand " + W[y - 2000]
    hi, lo = divmod(y, 100)
    if lo == 0:
        return tens_word(hi) + " hundred"
    if lo < 10:
        return tens_word(hi) + " " + rng.choice(["oh", "o"]) + " " + W[lo]
    return tens_word(hi) + " " + tens_word(lo)


def ordinal_words(d: int) -> str:
    if d <= 20:
        return ORD[d]
    t, u = divmod(d, 10)
    return TENW[t] + ("" if u == 0 else " " + ORD[u]) if u else {2: "twentieth", 3: "thirtieth"}[t]


def dw(d: str, rng, alpha_safe=False, hom=0.0):
    if d == "0":
        return rng.choice(["zero", "nought"]) if alpha_safe else rng.choice(["oh", "oh", "o", "zero", "nought"])
    if hom and rng.random() < hom:
        if d == "4":
            return "for"
        if d == "2":
            return rng.choice(["to", "too"])
        if d == "8":
            return "ate"
        if d == "1":
            return "won"
    return W[int(d)]


def say(ds: str, rng, style=None, alpha_safe=False, hom=0.0, fill=0.0, chunk=None):
    """Speak a digit string the way a caller + ASR would."""
    style = style or rng.choice(["single", "single", "grouped", "grouped", "pairs"])
    words: list[str] = []
    if style == "pairs":
        i = 0
        if len(ds) % 2:
            words.append(dw(ds[0], rng, alpha_safe))
            i = 1
        while i < len(ds):
            a, b = ds[i], ds[i + 1]
            if a == "0":
                z = "zero" if alpha_safe else rng.choice(["oh", "oh", "zero"])
                words.append(z + " " + (z if b == "0" else W[int(b)]))
            else:
                words.append(tens_word(int(a + b)))
            i += 2
            if fill and rng.random() < fill and i < len(ds):
                words.append(rng.choice(FILLERS))
        return " ".join(words)
    i = 0
    n = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if style == "grouped" and run == 3 and rng.random() < 0.7:
            words.append("triple " + dw(d, rng, alpha_safe))
            i += 3
        elif style == "grouped" and run >= 2 and rng.random() < 0.8:
            words.append("double " + dw(d, rng, alpha_safe))
            i += 2
        else:
            words.append(dw(d, rng, alpha_safe, hom))
            i += 1
        n += 1
        if fill and rng.random() < fill and i < len(ds):
            words.append(rng.choice(FILLERS))
    return " ".join(words)


def say_letter(ch: str, rng, nato=0.0, hom=0.0) -> str:
    c = ch.lower()
    r = rng.random()
    if r < nato:
        return c + rng.choice([" for ", " for ", " as in "]) + NATO[c]
    if r < nato + hom and c in SAY_LETTER_HOM:
        return SAY_LETTER_HOM[c]
    return c


def say_alnum(s: str, rng, nato=0.0, hom=0.0, dstyle="single") -> str:
    out = []
    i = 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say(s[i:j], rng, style=dstyle, alpha_safe=True))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == s[i] and rng.random() < 0.5:
                out.append("double " + s[i].lower())
                i += 2
            else:
                out.append(say_letter(s[i], rng, nato, hom))
                i += 1
    return " ".join(out)


# ---------------------------------------------------------------- values
def luhn_ok(ds: str) -> bool:
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(body: str) -> str:
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "maestro", "visa13"])
    if brand == "visa":
        ds, b = luhn_complete("4" + rdig(rng, 14)), "visa"
    elif brand == "mc":
        ds, b = luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]) + rdig(rng, 0)), "mastercard"
        ds = luhn_complete(ds[:-1] + rdig(rng, 16 - len(ds)))
    elif brand == "amex":
        ds, b = luhn_complete(rng.choice(["34", "37"]) + rdig(rng, 12)), "amex"
    elif brand == "disc":
        ds, b = luhn_complete("6011" + rdig(rng, 11)), "discover"
    elif brand == "maestro":
        ds, b = luhn_complete("6759" + rdig(rng, 14)), "maestro"
    else:
        ds, b = luhn_complete("4" + rdig(rng, 11)), "visa"
    assert luhn_ok(ds)
    return ds, b


def group_card(ds, rng, sep=None):
    sep = sep if sep is not None else rng.choice([" ", " ", "-", "", "  "])
    if len(ds) == 15:
        parts = [ds[:4], ds[4:10], ds[10:]]
    else:
        parts = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    return sep.join(parts)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_PREFIX = ["AB", "CE", "JG", "KM", "NE", "PR", "SL", "TW", "WK", "ZA", "HN", "GY", "ER",
             "BT", "YE", "LM", "MA", "NL", "PJ", "RB", "JT", "SK", "WP", "EH"]


def gen_ni(rng):
    return rng.choice(NI_PREFIX) + rdig(rng, 6) + rng.choice("ABCD")


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    if cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdig(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BKIR", "ULSB"]) + rdig(rng, 14)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABN"]) + rdig(rng, 10)
    elif cc == "FR":
        bban = rdig(rng, 23)
    else:
        bban = rdig(rng, 20)
    v = make_iban(cc, bban)
    assert iban_ok(v)
    return v


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def gen_phone(rng, kind=None):
    """returns (digits as dialled nationally, intl prefix digits, national-without-trunk)"""
    kind = kind or rng.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie"])
    if kind == "ukmob":
        nat = "07" + rng.choice("3456789") + rdig(rng, 8)
        return kind, nat, "44"
    if kind == "ukland":
        nat = rng.choice(["0161", "0121", "0113", "0131", "0141", "0117", "0191", "020"])
        nat += rdig(rng, 11 - len(nat))
        return kind, nat, "44"
    if kind == "ie":
        nat = "08" + rng.choice("35679") + rdig(rng, 7)
        return kind, nat, "353"
    area = str(rng.randint(2, 9)) + rdig(rng, 2)
    ex = str(rng.randint(2, 9)) + rdig(rng, 2)
    return kind, area + ex + rdig(rng, 4), "1"


FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "tom", "fatima", "dave", "chloe",
         "sean", "maria", "kevin", "niamh", "raj", "emma", "gary", "lucy", "pete", "hannah"]
LAST = ["smith", "obrien", "patel", "jones", "murphy", "walsh", "kowalski", "nguyen", "brown",
        "taylor", "kelly", "garcia", "evans", "byrne", "khan", "wilson", "reilly", "davies"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com",
           "eircom.net", "icloud.com", "aol.com", "live.ie", "gmx.de"]


def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + str(rng.randint(1, 99))
    elif style == 3:
        local = f + "_" + l
    else:
        local = l + "." + f[0]
    return local + "@" + rng.choice(DOMAINS)


def say_email(e, rng):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say(tok, rng, style=rng.choice(["single", "pairs"])) if len(tok) == 2 else W[int(tok)])
        elif len(tok) == 1 or rng.random() < 0.25:
            parts.append(" ".join(tok))
        else:
            parts.append(tok)
    dparts = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(dparts)


UK_AREAS = ["SW", "M", "B", "LS", "G", "EH", "CF", "BS", "NE", "L", "E", "N", "W", "SE", "NW",
            "KT", "RG", "BT", "CB", "PL", "TN", "DN", "HU", "BN"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_postcode(rng, us=None):
    if us is None:
        us = rng.random() < 0.35
    if us:
        z = "%05d" % rng.randint(1001, 99950)
        if rng.random() < 0.25:
            z += rdig(rng, 4)
        return z, True
    a = rng.choice(UK_AREAS)
    if len(a) == 1:
        out = a + str(rng.randint(1, 20)) if rng.random() < 0.7 else a + str(rng.randint(1, 9)) + rng.choice("ABCEHJ")
    else:
        out = a + str(rng.randint(1, 29))
    inn = str(rng.randint(0, 9)) + rng.choice(INWARD) + rng.choice(INWARD)
    return out + inn, False


def fmt_postcode(pc, us, rng):
    if us:
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    s = pc[:-3] + " " + pc[-3:]
    return s if rng.random() < 0.75 else s.lower()


STREETS = ["acacia", "harcourt", "main", "elm", "maple", "church", "station", "mill", "park",
           "oak", "victoria", "kingsway", "orchard", "highfield", "riverside", "beech", "castle",
           "meadow", "willow", "grange", "cedar", "lincoln", "washington", "ferndale", "clonard"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court",
          "terrace", "grove", "place", "boulevard", "gardens"]


def gen_address(rng, spoken):
    n = rng.choice([rng.randint(1, 99), rng.randint(1, 99), rng.randint(100, 2999)])
    st = rng.choice(STREETS)
    sx = rng.choice(SUFFIX)
    if spoken:
        if n >= 100 and rng.random() < 0.6:
            nw = say(str(n), rng, style="pairs")
        elif n >= 100:
            nw = say(str(n), rng, style="single")
        else:
            nw = tens_word(n)
        pre = ""
        if rng.random() < 0.2:
            pre = "flat " + W[rng.randint(1, 9)] + " "
        return pre + nw + " " + st + " " + sx
    pre = ""
    if rng.random() < 0.2:
        pre = rng.choice(["Flat ", "Apt ", "Unit "]) + str(rng.randint(1, 30)) + ", "
    return pre + str(n) + " " + st.capitalize() + " " + (sx.capitalize() if rng.random() < 0.7 else sx)


def gen_dob(rng):
    return rng.randint(1938, 2004), rng.randint(1, 12), rng.randint(1, 28)


def say_dob(y, m, d, rng):
    k = rng.randrange(5)
    if k == 0:
        return ordinal_words(d) + " of " + MONTHS[m - 1] + " " + year_words(y, rng)
    if k == 1:
        return MONTHS[m - 1] + " " + ordinal_words(d) + " " + year_words(y, rng)
    if k == 2:
        return say("%02d%02d" % (d, m), rng, style="single") + " " + year_words(y, rng)
    if k == 3:
        return say("%02d%02d%02d" % (d, m, y % 100), rng, style=rng.choice(["single", "pairs"]))
    return tens_word(d) + " " + tens_word(m) + " " + year_words(y, rng)


def type_dob(y, m, d, rng):
    k = rng.randrange(5)
    if k == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if k == 1:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if k == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y)
    return "%d.%d.%02d" % (d, m, y % 100)


def gen_expiry(rng):
    return rng.randint(1, 12), rng.randint(25, 31)


def say_expiry(m, y, rng):
    k = rng.randrange(5)
    if k == 0:
        return say("%02d" % m, rng, style="single") + " " + tens_word(y)
    if k == 1:
        return MONTHS[m - 1] + " " + rng.choice(["", "twenty "]) + tens_word(y)
    if k == 2:
        return say("%02d%02d" % (m, y), rng, style="single")
    if k == 3:
        return say("%02d" % m, rng, style="single") + " slash " + tens_word(y)
    return tens_word(m) + " " + rng.choice(["", "slash "]) + tens_word(y)


def type_expiry(m, y, rng):
    k = rng.randrange(4)
    return ["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d%02d" % (m, y), "%02d-%02d" % (m, y)][k]


# ---------------------------------------------------------------- case building
def V(text, typ, g=None, v=None, part=False):
    return {"text": text, "type": typ, "g": g, "v": v, "part": part}


def T(sp, *segs):
    return ("agent" if sp == "a" else "customer", list(segs))


def build(cid, kind, turns, note):
    out_turns, spans, meta = [], [], []
    for i, (sp, segs) in enumerate(turns):
        buf = ""
        for s in segs:
            if isinstance(s, str):
                buf += s
            else:
                st = len(buf)
                buf += s["text"]
                spans.append({"turn": i, "start": st, "end": len(buf), "type": s["type"]})
                meta.append(dict(s, turn=i))
        out_turns.append({"speaker": sp, "text": buf})
    case = {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}
    return case, meta


def pick(rng, xs):
    return rng.choice(xs)


ACK = ["mhm", "okay", "yep", "okay go on", "yeah", "right", "got it", "uh huh", "okay and", "yes go on"]
OPEN_CALL = ["thank you for calling", "hi you're through to", "good morning you're speaking with",
             "hello thanks for holding this is"]


# ---------------------------------------------------------------- positive templates (calls)
def c_card_oneturn(rng):
    ds, b = gen_card(rng)
    ind = pick(rng, ["telecom", "retail", "utilities", "insurance", "travel"])
    spoken = say(ds, rng, fill=0.1, hom=0.15)
    lead = pick(rng, ["yeah it's ", "okay so ", "right um ", "it's a " + b + " ", "", "the number is "])
    tail = pick(rng, ["", " and that's it", " did you get that", " okay"])
    return [T("a", pick(rng, ["okay and what's the long number on the front of the card",
                              "can i take the card number please", "go ahead with the sixteen digits when you're ready"])),
            T("c", lead, V(spoken, "CARD_NUMBER"), tail)], \
        "call/%s: %s card read in one turn (mixed digit words, fillers/homophones)" % (ind, b)


def c_card_split(rng):
    ds, b = gen_card(rng)
    g = "c"
    if len(ds) == 15:
        chunks = [ds[:4], ds[4:10], ds[10:]]
    else:
        chunks = [ds[i:i + 4] for i in range(0, len(ds), 4)]
    turns = [T("a", "and the card number please")]
    style = pick(rng, ["single", "grouped", "pairs"])
    for k, ch in enumerate(chunks):
        pre = pick(rng, ["", "", "um ", "right "]) if k == 0 else pick(rng, ["", "", "then ", "uh "])
        post = pick(rng, ["", "", " um", ""])
        turns.append(T("c", pre, V(say(ch, rng, style=style), "CARD_NUMBER", g=g, v=ds), post))
        if k < len(chunks) - 1:
            turns.append(T("a", pick(rng, ACK)))
    ind = pick(rng, ["insurance", "banking", "utilities", "telecom"])
    return turns, "call/%s: %s card split over %d customer turns with back-channels (%s)" % (ind, b, len(chunks), style)


def c_card_interrupt(rng):
    ds, b = gen_card(rng, pick(rng, ["visa", "mc"]))
    k = rng.randint(5, 9)
    first = say(ds[:k], rng, style="single")
    turns = [T("a", "okay when you're ready the card number"),
             T("c", "yeah it's ", V(first, "CARD_NUMBER", g="p", v=ds, part=True)),
             T("a", pick(rng, ["sorry sorry can you go a bit slower", "sorry you broke up there can you start again",
                               "hang on my screen's just loading okay from the start please"])),
             T("c", pick(rng, ["yeah no problem ", "sure ", "okay "]),
               V(say(ds[:8], rng, style="grouped"), "CARD_NUMBER", g="f", v=ds)),
             T("a", pick(rng, ACK)),
             T("c", V(say(ds[8:], rng, style="grouped", fill=0.1), "CARD_NUMBER", g="f", v=ds))]
    return turns, "call/%s: agent interrupts mid-reading, caller restarts card number across turns" % pick(rng, ["retail", "travel", "telecom"])


def c_card_correction(rng):
    ds, b = gen_card(rng, pick(rng, ["visa", "mc", "disc"]))
    k = rng.randint(4, 10)
    wrong = str((int(ds[k]) + rng.randint(1, 8)) % 10)
    text = (say(ds[:k], rng, style="single") + " " + W[int(wrong)] + " " +
            pick(rng, ["no sorry ", "sorry no ", "wait no ", "uh scratch that "]) +
            say(ds[k - 2:k], rng, style="single") + " " + say(ds[k:], rng, style="single"))
    turns = [T("a", "can i get the long card number"),
             T("c", V(text, "CARD_NUMBER", v=ds))]
    if rng.random() < 0.6:
        turns.append(T("a", "thank you and the expiry"))
        m, y = gen_expiry(rng)
        turns.append(T("c", pick(rng, ["", "it's ", "expires "]), V(say_expiry(m, y, rng), "EXPIRY", v="%02d%02d" % (m, y))))
    return turns, "call/%s: caller self-corrects a digit mid card number (span covers whole reading)" % pick(rng, ["banking", "retail", "utilities"])


def c_card_readback(rng):
    ds, b = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = rdig(rng, 4 if b == "amex" else 3)
    turns = [T("a", "go ahead with the card number"),
             T("c", V(say(ds, rng, style="grouped"), "CARD_NUMBER")),
             T("a", "let me just read that back to you ", V(say(ds, rng, style="single"), "CARD_NUMBER"), " is that right"),
             T("c", "yes that's it"),
             T("a", "and the expiry date"),
             T("c", V(say_expiry(m, y, rng), "EXPIRY", v="%02d%02d" % (m, y))),
             T("a", "and the %s on the back" % pick(rng, ["three digit security code", "security number", "cvv", "last three digits in the signature strip"])),
             T("c", pick(rng, ["", "it's ", "um "]), V(say(cvv, rng, style=pick(rng, ["single", "single", "grouped"])), "CVV"))]
    return turns, "call/%s: card, agent read-back, expiry and security code" % pick(rng, ["travel", "retail", "insurance", "telecom"])


def c_cvv_exp_oneturn(rng):
    ds, b = gen_card(rng, "visa")
    m, y = gen_expiry(rng)
    cvv = rdig(rng, 3)
    turns = [T("a", "thanks i've got the card number now i'll need the expiry and the security code"),
             T("c", pick(rng, ["okay ", "right so ", ""]), "expiry is ", V(say_expiry(m, y, rng), "EXPIRY", v="%02d%02d" % (m, y)),
               pick(rng, [" and the code on the back is ", " and then the three digits are ", " security code "]),
               V(say(cvv, rng, style="single", hom=0.15), "CVV"),
               pick(rng, ["", " and the payment's forty two ninety nine yeah", " so that's for the ninety pounds"]))]
    return turns, "call/%s: expiry and CVV in the same customer turn, with a money amount nearby" % pick(rng, ["utilities", "retail", "healthcare billing"])


def c_ssn(rng):
    s = gen_ssn(rng)
    k = rng.randrange(4)
    if k == 0:
        txt = say(s[:3], rng) + " " + say(s[3:5], rng) + " " + say(s[5:], rng)
    elif k == 1:
        txt = say(s[:3], rng, style="single") + pick(rng, [" dash ", " ", " uh "]) + say(s[3:5], rng, style="pairs") + " " + say(s[5:], rng, style="pairs")
    elif k == 2:
        txt = say(s, rng, style="grouped", fill=0.1)
    else:
        txt = say(s, rng, style="single", hom=0.1)
    turns = [T("a", pick(rng, ["for verification can i get your social security number",
                               "and can you confirm your social please", "i just need the ssn on the account",
                               "what's the social on the policy"])),
             T("c", pick(rng, ["sure it's ", "yeah ", "okay um ", "it's "]), V(txt, "SSN"))]
    return turns, "call/%s: US social security number spoken (%s)" % (pick(rng, ["healthcare billing", "banking", "insurance", "government services"]), ["3-2-4 groups", "pairs", "grouped", "single digits"][k])


def c_ssn_split(rng):
    s = gen_ssn(rng)
    turns = [T("a", "okay and your social security number"),
             T("c", pick(rng, ["it's ", "um ", ""]), V(say(s[:3], rng, style="single"), "SSN", g="s", v=s)),
             T("a", pick(rng, ACK)),
             T("c", V(say(s[3:5], rng, style=pick(rng, ["single", "pairs"])), "SSN", g="s", v=s)),
             T("a", pick(rng, ACK)),
             T("c", V(say(s[5:], rng, style=pick(rng, ["single", "grouped", "pairs"])), "SSN", g="s", v=s))]
    if rng.random() < 0.5:
        y, m, d = gen_dob(rng)
        turns.append(T("a", "and date of birth"))
        turns.append(T("c", V(say_dob(y, m, d, rng), "DOB")))
    return turns, "call/%s: SSN spread over three customer turns with back-channels" % pick(rng, ["healthcare billing", "government services", "insurance"])


def c_ssn_readback(rng):
    s = gen_ssn(rng)
    turns = [T("c", pick(rng, ["my social is ", "the social security number is ", "ssn "]), V(say(s, rng, style="single"), "SSN"),
               pick(rng, [" and i've been waiting like forty minutes", " i'm calling about a bill from march", ""])),
             T("a", "thank you so that's ", V(say(s[:3], rng, style="single") + " " + say(s[3:5], rng, style="single") + " " + say(s[5:], rng, style="single"), "SSN"), " correct"),
             T("c", pick(rng, ["yes", "yep that's right", "correct"]))]
    return turns, "call/%s: SSN given with chit-chat, agent reads it back" % pick(rng, ["healthcare billing", "banking", "government services"])


def c_ni(rng):
    ni = gen_ni(rng)
    k = rng.randrange(5)
    if k == 0:
        txt = say_alnum(ni, rng)
    elif k == 1:
        txt = say_alnum(ni, rng, nato=0.8)
    elif k == 2:
        txt = say_letter(ni[0], rng) + " " + say_letter(ni[1], rng) + " " + say(ni[2:8], rng, style="pairs", alpha_safe=True) + " " + say_letter(ni[8], rng)
    elif k == 3:
        txt = say_alnum(ni, rng, hom=0.9)
    else:
        txt = say_letter(ni[0], rng) + " " + say_letter(ni[1], rng) + " " + pick(rng, ["um ", "uh "]) + say(ni[2:8], rng, style="grouped", alpha_safe=True) + " " + say_letter(ni[8], rng, nato=0.5)
    turns = [T("a", pick(rng, ["can you confirm your national insurance number please", "and what's your n i number",
                               "i'll need your national insurance number to find the claim"])),
             T("c", pick(rng, ["yeah it's ", "right it's ", "", "okay "]), V(txt, "NI_NUMBER", v=ni))]
    return turns, "call/%s: UK NI number spoken (%s)" % (pick(rng, ["government services", "banking", "insurance", "utilities"]), ["letters+digits", "nato alphabet", "digit pairs", "letter homophones", "grouped with filler"][k])


def c_ni_split(rng):
    ni = gen_ni(rng)
    turns = [T("a", "and your national insurance number"),
             T("c", pick(rng, ["it's ", "okay it's ", ""]), V(say_alnum(ni[:2], rng, nato=0.5), "NI_NUMBER", g="n", v=ni)),
             T("a", pick(rng, ACK)),
             T("c", V(say(ni[2:6], rng, style=pick(rng, ["single", "pairs"]), alpha_safe=True), "NI_NUMBER", g="n", v=ni)),
             T("a", pick(rng, ["mhm", "yep", "go on"])),
             T("c", V(say(ni[6:8], rng, style="single", alpha_safe=True) + " " + say_letter(ni[8], rng, nato=0.4, hom=0.4), "NI_NUMBER", g="n", v=ni),
               pick(rng, ["", " i think", " yeah"]))]
    if rng.random() < 0.4:
        turns += [T("a", "lovely so that's ", V(say_alnum(ni, rng), "NI_NUMBER", v=ni)), T("c", "that's it")]
    return turns, "call/government services: NI number split over turns (prefix, digits, suffix)"


def c_ni_restart(rng):
    ni = gen_ni(rng)
    turns = [T("a", "what's your national insurance please"),
             T("c", V(say_alnum(ni[:5], rng), "NI_NUMBER", g="p", v=ni, part=True), " hang on i'm reading it off the letter"),
             T("a", "no rush"),
             T("c", "right ", V(say_alnum(ni, rng, nato=0.3), "NI_NUMBER", v=ni))]
    return turns, "call/%s: caller starts NI number, stops, restarts in full" % pick(rng, ["government services", "insurance"])


def c_bank(rng):
    uk = rng.random() < 0.6
    if uk:
        sc, acc = rdig(rng, 6), rdig(rng, 8)
        turns = [T("a", "and the sort code for the direct debit"),
                 T("c", V(say(sc, rng, style=pick(rng, ["pairs", "single", "grouped"])), "SORT_CODE")),
                 T("a", "and the account number"),
                 T("c", pick(rng, ["", "it's ", "um "]), V(say(acc, rng, fill=0.1), "BANK_ACCOUNT"))]
        return turns, "call/%s: UK sort code and 8-digit account number" % pick(rng, ["utilities", "banking", "telecom"])
    acc = rdig(rng, rng.choice([9, 10, 12]))
    rt = rdig(rng, 9)
    turns = [T("a", "what's the checking account number you want to use"),
             T("c", pick(rng, ["okay the account number is ", "account's "]), V(say(acc, rng, style="single", hom=0.1), "BANK_ACCOUNT"),
               pick(rng, [" and the payment is two fifty", " for the three hundred dollars", ""]))]
    return turns, "call/%s: US checking account number read out" % pick(rng, ["banking", "utilities", "healthcare billing"])


def c_bank_oneturn(rng):
    sc, acc = rdig(rng, 6), rdig(rng, 8)
    sct = say(sc, rng, style="pairs") if rng.random() < 0.5 else say(sc, rng, style="single")
    turns = [T("a", "i'll need the bank details for the refund"),
             T("c", pick(rng, ["sort code ", "so the sort code's "]), V(sct, "SORT_CODE"),
               pick(rng, [" account number ", " and account ", " and the number is "]), V(say(acc, rng, style="grouped"), "BANK_ACCOUNT")),
             T("a", "thank you the refund of sixty four pounds twenty will be with you in three to five working days")]
    return turns, "call/%s: sort code and account number in one turn, refund amount and day count nearby" % pick(rng, ["retail", "insurance", "travel"])


def c_acct_split(rng):
    acc = rdig(rng, 8)
    sc = rdig(rng, 6)
    turns = [T("a", "and your account number"),
             T("c", V(say(acc[:4], rng, style="single"), "BANK_ACCOUNT", g="a", v=acc)),
             T("a", pick(rng, ACK)),
             T("c", V(say(acc[4:], rng, style=pick(rng, ["single", "pairs"])), "BANK_ACCOUNT", g="a", v=acc)),
             T("a", "and the sort code"),
             T("c", V(say(sc[:2], rng, style="pairs"), "SORT_CODE", g="s", v=sc), " ", pick(rng, ["", "um "]),
               V(say(sc[2:], rng, style="pairs"), "SORT_CODE", g="s", v=sc))]
    return turns, "call/banking: account number split over turns; sort code with filler between pairs"


def c_iban(rng):
    ib = gen_iban(rng, pick(rng, ["IE", "GB", "DE", "NL"]))
    k = rng.randrange(3)
    if k == 0:
        txt = say_alnum(ib, rng, nato=0.2)
        turns = [T("a", "can you read me the iban"), T("c", pick(rng, ["okay it's ", "yeah ", ""]), V(txt, "IBAN", v=ib))]
    else:
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        mid = len(chunks) // 2
        turns = [T("a", "what's the iban for the transfer"),
                 T("c", V(say_alnum("".join(chunks[:mid]), rng, nato=0.3), "IBAN", g="i", v=ib)),
                 T("a", pick(rng, ACK)),
                 T("c", V(say_alnum("".join(chunks[mid:]), rng), "IBAN", g="i", v=ib))]
    return turns, "call/%s: IBAN spelled out%s" % (pick(rng, ["banking", "travel", "insurance"]), "" if k == 0 else " across two turns")


def c_phone(rng):
    kind, nat, cc = gen_phone(rng)
    k = rng.randrange(4)
    if k == 0 or kind == "us":
        txt = say(nat, rng, style=pick(rng, ["single", "grouped", "grouped"]), fill=0.08)
        if kind == "us" and rng.random() < 0.5:
            txt = say(nat[:3], rng) + " " + say(nat[3:6], rng) + " " + say(nat[6:], rng, style=pick(rng, ["pairs", "single"]))
    elif k == 1:
        txt = "plus " + say(cc, rng, style="single") + " " + say(nat[1:], rng, style="grouped")
    elif k == 2:
        txt = say(nat[:5], rng, style="single") + " " + say(nat[5:], rng, style="pairs")
    else:
        txt = say(nat, rng, style="grouped", hom=0.12)
    v = cc + nat[1:] if txt.startswith("plus") else nat
    turns = [T("a", pick(rng, ["what's the best number to reach you on", "and a contact number", "can i take a mobile number in case we get cut off"])),
             T("c", pick(rng, ["yeah it's ", "my mobile is ", "", "you can get me on "]), V(txt, "PHONE", v=v),
               pick(rng, ["", " any time after five", " that's my mobile"]))]
    return turns, "call/%s: %s phone number spoken" % (pick(rng, ["telecom", "utilities", "retail", "healthcare billing"]), {"ukmob": "UK mobile", "ukland": "UK landline", "us": "US", "ie": "Irish mobile"}[kind])


def c_phone_split(rng):
    kind, nat, cc = gen_phone(rng, pick(rng, ["ukmob", "ie", "us"]))
    a, b = (5, 8) if kind != "us" else (3, 6)
    turns = [T("a", "and the phone number on the account"),
             T("c", V(say(nat[:a], rng, style="single"), "PHONE", g="p", v=nat)),
             T("a", pick(rng, ACK)),
             T("c", V(say(nat[a:b], rng, style="grouped"), "PHONE", g="p", v=nat)),
             T("a", pick(rng, ["yep", "mhm"])),
             T("c", V(say(nat[b:], rng, style=pick(rng, ["single", "pairs"])), "PHONE", g="p", v=nat))]
    return turns, "call/%s: phone number over three customer turns" % pick(rng, ["telecom", "retail"])


def c_phone_correction(rng):
    kind, nat, cc = gen_phone(rng, pick(rng, ["ukmob", "ie", "ukland"]))
    k = rng.randint(5, 8)
    wrong = str((int(nat[k]) + 3) % 10)
    txt = say(nat[:k], rng, style="single") + " " + W[int(wrong)] + " " + pick(rng, ["sorry ", "no sorry ", "ah no "]) + say(nat[k:], rng, style="single")
    turns = [T("a", "is there a phone number we can get you on"),
             T("c", V(txt, "PHONE", v=nat)),
             T("a", "so that's ", V(say(nat, rng, style="grouped"), "PHONE", v=nat)),
             T("c", "yeah")]
    return turns, "call/%s: phone number with self-correction and agent read-back" % pick(rng, ["telecom", "utilities"])


def c_email(rng):
    e = gen_email(rng)
    turns = [T("a", pick(rng, ["and what email address should we send the confirmation to", "can i take an email address",
                               "what's the email on the account"])),
             T("c", pick(rng, ["it's ", "yeah it's ", "", "um "]), V(say_email(e, rng), "EMAIL", v=e))]
    if rng.random() < 0.4:
        turns += [T("a", "so that's ", V(say_email(e, rng), "EMAIL", v=e)), T("c", "yep")]
    return turns, "call/%s: email address spoken (dot / at / spelled letters)" % pick(rng, ["travel", "retail", "telecom", "insurance"])


def c_dob(rng):
    y, m, d = gen_dob(rng)
    turns = [T("a", pick(rng, ["can you confirm your date of birth", "and the date of birth of the account holder", "for security your date of birth please"])),
             T("c", pick(rng, ["it's ", "yeah ", "the ", "", "uh "]), V(say_dob(y, m, d, rng), "DOB"),
               pick(rng, ["", " so i'm " + tens_word(2026 - y) + " now", " and i've been with you since two thousand and twelve"]))]
    return turns, "call/%s: date of birth spoken, sometimes beside an age or a year" % pick(rng, ["banking", "healthcare billing", "insurance", "telecom"])


def c_postcode(rng):
    pc, us = gen_postcode(rng)
    if us:
        txt = say(pc, rng, style=pick(rng, ["single", "grouped"]))
    else:
        txt = say_alnum(pc, rng, nato=pick(rng, [0, 0, 0.4]), hom=pick(rng, [0, 0.5]))
    turns = [T("a", pick(rng, ["and the postcode", "what's the zip code on the account" if us else "can i take your postcode please"])),
             T("c", pick(rng, ["it's ", "", "yeah it's "]), V(txt, "POSTCODE", v=pc))]
    return turns, "call/%s: %s spoken" % (pick(rng, ["utilities", "retail", "insurance"]), "US ZIP" if us else "UK postcode")


def c_address(rng):
    pc, us = gen_postcode(rng)
    addr = gen_address(rng, True)
    ptxt = say(pc, rng, style="single") if us else say_alnum(pc, rng)
    town = pick(rng, ["springfield", "in austin texas", "out in queens", "phoenix"]) if us else pick(rng, ["in leeds", "manchester", "over in croydon", "in belfast", "bristol"])
    k = rng.randrange(2)
    if k == 0:
        turns = [T("a", "and the first line of the address"),
                 T("c", pick(rng, ["it's ", "", "yeah it's "]), V(addr, "ADDRESS"), " " + town),
                 T("a", "and the postcode" if not us else "and the zip"),
                 T("c", V(ptxt, "POSTCODE", v=pc))]
    else:
        turns = [T("a", "what address should we send the new router to"),
                 T("c", pick(rng, ["um ", "right so ", ""]), V(addr, "ADDRESS"), " ", town, " ", V(ptxt, "POSTCODE", v=pc))]
    return turns, "call/%s: street address and postcode%s" % (pick(rng, ["telecom", "retail", "utilities"]), "" if k == 0 else " in one turn")


def c_verify_multi(rng):
    y, m, d = gen_dob(rng)
    pc, us = gen_postcode(rng, us=False)
    ni = gen_ni(rng)
    turns = [T("a", "before i go into the account can i just take a few details for security"),
             T("c", "yeah go on"),
             T("a", "first your date of birth"),
             T("c", V(say_dob(y, m, d, rng), "DOB")),
             T("a", "and the postcode"),
             T("c", V(say_alnum(pc, rng), "POSTCODE", v=pc)),
             T("a", "and finally your national insurance number"),
             T("c", pick(rng, ["", "it's ", "um "]), V(say_alnum(ni, rng, nato=0.2, hom=0.2), "NI_NUMBER", v=ni))]
    return turns, "call/%s: security questions: DOB, postcode, NI number" % pick(rng, ["government services", "banking", "insurance"])


def c_twovalues(rng):
    ds, b = gen_card(rng, "visa")
    m, y = gen_expiry(rng)
    turns = [T("a", "the card number and the expiry please"),
             T("c", V(say(ds, rng, style="single"), "CARD_NUMBER"), " ", pick(rng, ["expiry ", "and it runs out ", "expires "]),
               V(say_expiry(m, y, rng), "EXPIRY", v="%02d%02d" % (m, y)))]
    return turns, "call/%s: card number immediately followed by expiry in one turn" % pick(rng, ["travel", "retail"])


def c_card_chitchat(rng):
    ds, b = gen_card(rng)
    a = len(ds) // 2
    turns = [T("a", "okay ready for the card"),
             T("c", pick(rng, ["right so it's ", "it's "]), V(say(ds[:a], rng, style="single"), "CARD_NUMBER", g="c", v=ds),
               pick(rng, [" sorry the dog's going mad hang on ", " oh hold on my glasses ", " sorry kids are shouting "]),
               pick(rng, ["okay ", "right ", ""]), V(say(ds[a:], rng, style="single"), "CARD_NUMBER", g="c", v=ds)),
             T("a", pick(rng, ["no worries i've got that", "thank you got it", "that's fine i've got the number"]))]
    return turns, "call/%s: card number interrupted by chit-chat inside the same turn" % pick(rng, ["retail", "telecom", "utilities"])


def c_dob_pc_oneturn(rng):
    y, m, d = gen_dob(rng)
    pc, us = gen_postcode(rng)
    ptxt = say(pc, rng, style="grouped") if us else say_alnum(pc, rng, hom=0.3)
    k = rng.randrange(2)
    if k == 0:
        turns = [T("a", "can i have your date of birth and %s" % ("zip code" if us else "postcode")),
                 T("c", pick(rng, ["yeah it's ", "", "um "]), V(say_dob(y, m, d, rng), "DOB"), pick(rng, [" and ", " and the postcode's ", " and it's "]), V(ptxt, "POSTCODE", v=pc))]
    else:
        turns = [T("a", "can i have your date of birth and %s" % ("zip code" if us else "postcode")),
                 T("c", V(say_dob(y, m, d, rng), "DOB")),
                 T("a", pick(rng, ["sorry the line's really bad can you say that again", "sorry you cut out there can you repeat that"])),
                 T("c", pick(rng, ["yeah ", "", "i said "]), V(say_dob(y, m, d, rng), "DOB"), " ", pick(rng, ["and the postcode is ", "postcode "]), V(ptxt, "POSTCODE", v=pc))]
    return turns, "call/%s: DOB and postcode in the same turn (repeated after a bad line)" % pick(rng, ["banking", "insurance", "utilities", "telecom"])


def c_address_split(rng):
    addr = gen_address(rng, True)
    words = addr.split()
    cut = rng.randint(1, len(words) - 1)
    pc, us = gen_postcode(rng, us=False)
    turns = [T("a", "and what's the address on the account"),
             T("c", V(" ".join(words[:cut]), "ADDRESS", g="ad"), pick(rng, [" um", "", " er"])),
             T("a", pick(rng, ["mhm", "yeah"])),
             T("c", V(" ".join(words[cut:]), "ADDRESS", g="ad"), pick(rng, [" in ", " "]), pick(rng, ["leeds", "cardiff", "newcastle"]), " ", V(say_alnum(pc, rng, nato=0.3), "POSTCODE", v=pc))]
    return turns, "call/%s: street address broken over two turns, then town and postcode" % pick(rng, ["utilities", "insurance", "retail"])


def c_email_spelled(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom = rng.choice(DOMAINS)
    e = f + "." + l + "@" + dom
    turns = [T("a", "what's your email"),
             T("c", V(f + " dot " + l + " at " + " dot ".join(dom.split(".")), "EMAIL", v=e)),
             T("a", "how do you spell the surname"),
             T("c", pick(rng, ["it's ", ""]) + " ".join(l) + pick(rng, ["", " all lower case"]))]
    return turns, "call/%s: email spoken then surname spelled (spelling alone is not labelled)" % pick(rng, ["retail", "travel"])


CALL_POS = [(c_card_oneturn, 9), (c_card_split, 8), (c_card_interrupt, 4), (c_card_correction, 5),
            (c_card_readback, 5), (c_cvv_exp_oneturn, 6), (c_ssn, 10), (c_ssn_split, 5), (c_ssn_readback, 4),
            (c_ni, 10), (c_ni_split, 5), (c_ni_restart, 4), (c_bank, 6), (c_bank_oneturn, 4), (c_acct_split, 4),
            (c_iban, 8), (c_phone, 8), (c_phone_split, 4), (c_phone_correction, 3), (c_email, 6), (c_dob, 6),
            (c_postcode, 6), (c_address, 8), (c_verify_multi, 4), (c_twovalues, 3), (c_card_chitchat, 4),
            (c_dob_pc_oneturn, 5), (c_address_split, 4), (c_email_spelled, 3)]


# ---------------------------------------------------------------- positive templates (chat)
def h_card(rng):
    ds, b = gen_card(rng)
    txt = group_card(ds, rng)
    pre = pick(rng, ["Hi, card number is ", "hey can u use my card ", "Please charge ", "card: ", "my card number - "])
    post = pick(rng, [" thanks", " for the £49.99 order", "", " pls", ". Total was $120"])
    return [T("c", pre, V(txt, "CARD_NUMBER"), post)], "chat/%s: %s card typed (%s)" % (pick(rng, ["retail", "telecom", "travel"]), b, "grouped" if " " in txt or "-" in txt else "unbroken")


def h_card_full(rng):
    ds, b = gen_card(rng)
    m, y = gen_expiry(rng)
    cvv = rdig(rng, 4 if b == "amex" else 3)
    k = rng.randrange(2)
    if k == 0:
        turns = [T("a", "Please provide the card number, expiry and security code."),
                 T("c", V(group_card(ds, rng), "CARD_NUMBER"), pick(rng, [" exp ", ", expiry ", " / "]),
                   V(type_expiry(m, y, rng), "EXPIRY", v="%02d%02d" % (m, y)), pick(rng, [" cvv ", ", sec code ", " cvc: "]), V(cvv, "CVV"))]
    else:
        turns = [T("c", V(group_card(ds, rng), "CARD_NUMBER")),
                 T("c", pick(rng, ["expiry ", "exp: ", "expires "]), V(type_expiry(m, y, rng), "EXPIRY", v="%02d%02d" % (m, y))),
                 T("c", pick(rng, ["cvv ", "the %d digits on %s are " % (len(cvv), "front" if b == "amex" else "back"), "security code "]), V(cvv, "CVV"))]
    return turns, "chat/%s: card, expiry and CVV typed %s" % (pick(rng, ["travel", "retail", "insurance"]), "in one message" if k == 0 else "over three messages")


def h_card_typo(rng):
    ds, b = gen_card(rng, pick(rng, ["visa", "mc"]))
    parts = [ds[i:i + 4] for i in range(0, 16, 4)]
    seps = [pick(rng, [" ", "  ", "-", " - ", "."]) for _ in range(3)]
    txt = parts[0] + seps[0] + parts[1] + seps[1] + parts[2] + seps[2] + parts[3]
    turns = [T("c", pick(rng, ["ok its ", "number is ", "hers the card "]), V(txt, "CARD_NUMBER"), pick(rng, [" sory typing on phone", "", " exp next yr"]))]
    return turns, "chat/retail: card typed with inconsistent separators"


def h_ssn(rng):
    s = gen_ssn(rng)
    k = rng.randrange(3)
    txt = [s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s][k]
    turns = [T("a", pick(rng, ["To verify, please enter your SSN.", "Can you confirm the social security number on file?"])),
             T("c", pick(rng, ["", "ssn ", "Sure, it's ", "its "]), V(txt, "SSN"), pick(rng, ["", ".", " - my claim is from 03/14"]))]
    return turns, "chat/%s: SSN typed (%s)" % (pick(rng, ["healthcare billing", "banking", "government services"]), ["dashed", "spaced", "unbroken"][k])


def h_ni(rng):
    ni = gen_ni(rng)
    k = rng.randrange(4)
    txt = [ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8], ni, ni.lower(), ni[:2] + ni[2:8] + " " + ni[8]][k]
    turns = [T("a", "Could you confirm your National Insurance number?"),
             T("c", pick(rng, ["", "yes its ", "NI: ", "Sure - "]), V(txt, "NI_NUMBER", v=ni), pick(rng, ["", " thanks", " (on my P60)"]))]
    return turns, "chat/%s: NI number typed (%s)" % (pick(rng, ["government services", "banking", "insurance"]), ["spaced", "unbroken", "lower case", "suffix separated"][k])


def h_bank(rng):
    sc, acc = rdig(rng, 6), rdig(rng, 8)
    sct = pick(rng, [sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    turns = [T("c", pick(rng, ["Sort code ", "sc "]), V(sct, "SORT_CODE"), pick(rng, [", acc no ", " account ", " a/c "]), V(acc, "BANK_ACCOUNT"),
               pick(rng, ["", " - refund was £35.20", " please"]))]
    return turns, "chat/%s: UK sort code and account number typed" % pick(rng, ["banking", "retail", "insurance"])


def h_iban(rng):
    ib = gen_iban(rng)
    txt = pick(rng, [group4(ib), ib, group4(ib).lower()])
    turns = [T("a", "Please send the IBAN for the refund."),
             T("c", pick(rng, ["", "IBAN: ", "here u go "]), V(txt, "IBAN", v=ib))]
    return turns, "chat/%s: IBAN typed" % pick(rng, ["travel", "banking", "retail"])


def h_phone(rng):
    kind, nat, cc = gen_phone(rng)
    k = rng.randrange(3)
    if kind == "us":
        txt = pick(rng, ["(%s) %s-%s" % (nat[:3], nat[3:6], nat[6:]), "%s-%s-%s" % (nat[:3], nat[3:6], nat[6:]), "+1 %s %s %s" % (nat[:3], nat[3:6], nat[6:])])
    elif k == 0:
        txt = nat[:5] + " " + nat[5:]
    elif k == 1:
        txt = "+" + cc + " " + nat[1:4] + " " + nat[4:]
    else:
        txt = nat
    turns = [T("c", pick(rng, ["my number is ", "call me on ", "mob: ", "you can reach me at "]), V(txt, "PHONE"), pick(rng, ["", " after 6pm", " thx"]))]
    return turns, "chat/%s: phone number typed" % pick(rng, ["telecom", "utilities", "retail"])


def h_email(rng):
    e = gen_email(rng)
    txt = e if rng.random() < 0.75 else e.replace("@", " @ ")
    txtv = e
    if " @ " in txt:
        pass
    turns = [T("c", pick(rng, ["email is ", "pls send to ", "my email: ", "its "]), V(txt, "EMAIL", v=txtv), pick(rng, ["", " thanks", ". order 5521839"]))]
    return turns, "chat/%s: email typed" % pick(rng, ["retail", "travel", "telecom"])


def h_dob_pc(rng):
    y, m, d = gen_dob(rng)
    pc, us = gen_postcode(rng)
    turns = [T("a", "For security, please confirm your date of birth and %s." % ("ZIP code" if us else "postcode")),
             T("c", V(type_dob(y, m, d, rng), "DOB"), pick(rng, [" and ", ", ", " / "]), V(fmt_postcode(pc, us, rng), "POSTCODE", v=pc))]
    return turns, "chat/%s: DOB and postcode in one message" % pick(rng, ["banking", "insurance", "utilities"])


def h_address(rng):
    addr = gen_address(rng, False)
    pc, us = gen_postcode(rng)
    town = pick(rng, ["Leeds", "Cork", "Bristol", "Denver", "Glasgow", "Portland"])
    turns = [T("a", "What's the delivery address?"),
             T("c", V(addr, "ADDRESS"), ", " + town + " ", V(fmt_postcode(pc, us, rng), "POSTCODE", v=pc))]
    return turns, "chat/%s: typed address with town and postcode" % pick(rng, ["retail", "telecom"])


def h_mixed(rng):
    e = gen_email(rng)
    kind, nat, cc = gen_phone(rng, "ukmob")
    y, m, d = gen_dob(rng)
    turns = [T("c", "Hi, I want to update my details. New email ", V(e, "EMAIL", v=e), " and mobile ", V(nat[:5] + " " + nat[5:], "PHONE"),
               ". DOB ", V(type_dob(y, m, d, rng), "DOB"), " if you need it. Contract started 01/02/2023.")]
    return turns, "chat/telecom: email, phone and DOB in one message next to a contract start date"


CHAT_POS = [(h_card, 8), (h_card_full, 6), (h_card_typo, 3), (h_ssn, 8), (h_ni, 8), (h_bank, 5), (h_iban, 5),
            (h_phone, 6), (h_email, 5), (h_dob_pc, 6), (h_address, 6), (h_mixed, 3)]


# ---------------------------------------------------------------- negatives
def n_amounts(rng):
    a = rng.randint(20, 2999)
    p = rng.randint(1, 99)
    return [T("a", "your outstanding balance is %s pounds %s" % (num_words(a), tens_word(p))),
            T("c", "okay and if i pay %s today what's left" % num_words(rng.randint(10, 500))),
            T("a", "that would leave %s pounds %s" % (num_words(rng.randint(10, 900)), tens_word(rng.randint(1, 99))))], "call/utilities: balance and money amounts in words"


def n_appt(rng):
    return [T("a", "i can book the engineer for the %s of %s between %s and %s" % (ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS), pick(rng, ["eight", "nine", "ten"]), pick(rng, ["twelve", "one", "two"]))),
            T("c", "can it be after %s thirty i'm at work" % pick(rng, ["three", "four", "five"])),
            T("a", "okay %s of %s from %s to %s then" % (ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS), pick(rng, ["four", "five"]), pick(rng, ["six", "seven"])))], "call/telecom: appointment dates and times"


def n_order(rng):
    ref = rdig(rng, rng.randint(6, 10))
    word = pick(rng, ["order number", "reference number", "ticket number", "claim number", "invoice number", "case reference"])
    return [T("a", "have you got the %s there" % word),
            T("c", "yeah the %s is %s" % (word, say(ref, rng, style=pick(rng, ["single", "grouped"])))),
            T("a", "thanks i can see that %s from the %s" % (word.split()[0], ordinal_words(rng.randint(1, 28))))], "call/retail: %s spoken digit by digit (not PII)" % word


def n_order_split(rng):
    ref = rdig(rng, rng.randint(8, 10))
    word = pick(rng, ["reference number", "claim number", "ticket number", "order number"])
    return [T("a", "what's the %s" % word),
            T("c", "the %s is %s" % (word, say(ref[:4], rng, style="single"))),
            T("a", pick(rng, ACK)),
            T("c", say(ref[4:], rng, style="single"))], "call/insurance: %s split over turns with back-channel (not PII)" % word


def n_flight(rng):
    fl = pick(rng, ["b a", "e i", "f r", "u a", "d l"]) + " " + say(rdig(rng, rng.randint(3, 4)), rng, style=pick(rng, ["single", "pairs"]))
    return [T("c", "i'm on flight %s on the %s of %s" % (fl, ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS))),
            T("a", "that departs at %s %s from gate %s" % (pick(rng, ["nineteen", "six", "fourteen", "eleven"]), pick(rng, ["forty", "fifteen", "oh five", "thirty"]), tens_word(rng.randint(1, 60)))),
            T("c", "and my bag's about %s kilos" % tens_word(rng.randint(15, 32)))], "call/travel: flight number, times, gate, weight"


def n_meter(rng):
    r = rdig(rng, 5)
    return [T("a", "can you give me the meter reading"),
            T("c", "yeah it says %s" % say(r, rng, style="single")),
            T("a", "lovely and your unit rate is %s point %s pence per kilowatt hour" % (tens_word(rng.randint(18, 35)), W[rng.randint(1, 9)]))], "call/utilities: meter reading and unit rate"


def n_speed(rng):
    return [T("c", "i'm paying for %s megs and getting about %s" % (num_words(rng.choice([100, 500, 900, 150])), tens_word(rng.randint(10, 60)))),
            T("a", "i'm seeing %s percent packet loss over the last %s days" % (tens_word(rng.randint(2, 30)), tens_word(rng.randint(2, 14)))),
            T("c", "it's been like this since %s" % year_words(rng.randint(2019, 2026), rng))], "call/telecom: speeds, percentages, durations, year"


def n_ages(rng):
    return [T("c", "it's for my mum she's %s and the heating's only at %s degrees" % (tens_word(rng.randint(70, 99)), tens_word(rng.randint(12, 19)))),
            T("a", "i'm sorry to hear that we can get someone out within %s hours" % tens_word(rng.choice([4, 24, 48]))),
            T("c", "we've been waiting %s days already" % W[rng.randint(2, 9)])], "call/utilities: age, temperature, durations"


def n_model(rng):
    return [T("c", "it's the model %s %s" % (pick(rng, ["x", "s", "g"]), say(rdig(rng, 4), rng, style="pairs"))),
            T("a", "and it was bought on the %s of %s for %s pounds" % (ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS), num_words(rng.randint(100, 999)))),
            T("c", "yeah and the warranty's %s years" % W[rng.randint(1, 5)])], "call/retail: model number, purchase date, price"


def n_room(rng):
    return [T("c", "we're in room %s checking out on the %s" % (say(str(rng.randint(101, 940)), rng, style=pick(rng, ["single", "pairs"])), ordinal_words(rng.randint(1, 28)))),
            T("a", "breakfast is %s pounds per person and checkout is at %s" % (tens_word(rng.randint(9, 25)), pick(rng, ["eleven", "ten thirty", "twelve"]))),
            T("c", "there's %s of us" % W[rng.randint(2, 6)])], "call/travel: room number, dates, prices, counts"


def n_years(rng):
    return [T("c", "i've been a customer since %s and my contract started on the %s of %s %s" % (year_words(rng.randint(1995, 2015), rng), ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS), year_words(rng.randint(2016, 2025), rng))),
            T("a", "i can see that and it renews in %s" % pick(rng, MONTHS))], "call/insurance: customer-since year and contract start date (not DOB)"


def n_payment_date(rng):
    return [T("a", "your direct debit of %s %s goes out on the %s of each month" % (tens_word(rng.randint(20, 99)), pick(rng, ["pounds", "euro", "dollars"]), ordinal_words(rng.randint(1, 28)))),
            T("c", "can we move it to the %s" % ordinal_words(rng.randint(1, 28))),
            T("a", "yes from %s onwards" % pick(rng, MONTHS))], "call/banking: payment date and amount"


def n_quantity(rng):
    return [T("c", "i ordered %s boxes of %s and only %s turned up" % (W[rng.randint(2, 9)], tens_word(rng.choice([12, 24, 36, 48])), W[rng.randint(1, 4)])),
            T("a", "i'm sorry i'll send the other %s out today it's %s ninety nine each" % (W[rng.randint(1, 5)], tens_word(rng.randint(2, 40))))], "call/retail: quantities and prices"


def n_prices(rng):
    return [T("a", "the new plan is %s %s a month for %s months" % (tens_word(rng.randint(10, 80)), pick(rng, ["pounds", "ninety nine", "pound fifty", "euro"]), tens_word(rng.choice([12, 18, 24, 36])))),
            T("c", "and how many gigs"),
            T("a", "%s gigs and %s minutes" % (num_words(rng.choice([30, 50, 100, 150])), num_words(rng.choice([500, 1000, 3000]))))], "call/telecom: plan price, months, data allowance"


def n_time_duration(rng):
    return [T("c", "i've been on hold for %s minutes and i called at %s %s this morning" % (tens_word(rng.randint(20, 59)), pick(rng, ["eight", "nine", "ten"]), tens_word(rng.randint(10, 59)))),
            T("a", "i do apologise the wait was longer than usual"),
            T("c", "and yesterday it was %s hours %s minutes" % (W[rng.randint(2, 3)], tens_word(rng.randint(10, 55))))], "call/telecom: time of day and durations"


def n_balance_long(rng):
    return [T("a", "the amount due is %s" % num_words(rng.randint(1000, 9999))),
            T("c", "i thought it was %s" % num_words(rng.randint(1000, 9999))),
            T("a", "no there was an extra charge of %s" % num_words(rng.randint(100, 999)))], "call/healthcare billing: large spoken amounts"


def n_txn_date(rng):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(20, 26)
    return [T("c", "there's a payment i don't recognise on %s" % say("%02d%02d" % (d, m), rng, style="single") + " " + tens_word(y)),
            T("a", "the one for %s pounds %s at %s" % (num_words(rng.randint(10, 400)), tens_word(rng.randint(1, 99)), pick(rng, ["tesco", "amazon", "a petrol station"]))),
            T("c", "yeah and another one on the %s of %s" % (ordinal_words(rng.randint(1, 28)), pick(rng, MONTHS)))], "call/banking: transaction dates read as digits (not birth dates) and amounts"


def n_vehicle(rng):
    return [T("a", "and what year is the car"),
            T("c", "it's a %s %s with about %s thousand miles on it" % (year_words(rng.randint(2008, 2024), rng), pick(rng, ["ford focus", "golf", "corolla", "qashqai"]), tens_word(rng.randint(10, 90)))),
            T("a", "okay the renewal premium is %s pounds and the excess is %s" % (num_words(rng.randint(300, 1400)), num_words(rng.choice([100, 250, 350, 500])))),
            T("c", "and it's parked in a garage overnight usually from about %s" % pick(rng, ["six", "seven thirty", "nine"]))], "call/insurance: vehicle year, mileage, premium, excess, time"


CALL_NEG = [(n_amounts, 6), (n_appt, 5), (n_order, 9), (n_order_split, 6), (n_flight, 5), (n_meter, 5), (n_speed, 4),
            (n_ages, 4), (n_model, 4), (n_room, 4), (n_years, 4), (n_payment_date, 4), (n_quantity, 3), (n_prices, 3),
            (n_time_duration, 3), (n_balance_long, 3), (n_txn_date, 4), (n_vehicle, 3)]


def m_order(rng):
    ref = rdig(rng, rng.randint(6, 10))
    w = pick(rng, ["Order #", "order no. ", "Ticket ", "Claim ref ", "Invoice INV-", "Ref: "])
    return [T("c", "Hi, %s%s - still waiting on this, paid £%d.%02d on %02d/%02d" % (w, ref, rng.randint(5, 500), rng.randint(0, 99), rng.randint(1, 28), rng.randint(1, 12))),
            T("a", "Sorry about that, I've raised ticket %s for you." % rdig(rng, 7))], "chat/retail: order/ticket numbers, price, purchase date"


def m_balance(rng):
    return [T("c", "why is my balance $%d,%03d.%02d when last month it was $%d.%02d?" % (rng.randint(1, 9), rng.randint(0, 999), rng.randint(0, 99), rng.randint(100, 999), rng.randint(0, 99))),
            T("a", "The %d.%d%% rate increase applied from %s %d." % (rng.randint(1, 9), rng.randint(0, 9), pick(rng, MONTHS).capitalize(), rng.randint(1, 28)))], "chat/banking: balances, percentage, date"


def m_flight(rng):
    return [T("c", "Booking ref %s, flight %s%d on %d %s at %02d:%02d" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)), pick(rng, ["BA", "EI", "FR", "UA"]), rng.randint(100, 9999), rng.randint(1, 28), pick(rng, MONTHS).capitalize()[:3], rng.randint(0, 23), rng.randint(0, 59))),
            T("a", "Thanks, seat %d%s is confirmed and bags are %dkg." % (rng.randint(1, 40), rng.choice("ABCDEF"), rng.choice([20, 23, 32])))], "chat/travel: booking ref, flight, times, seat"


def m_model(rng):
    return [T("c", "My %s model %s-%d isn't working, bought %d/%d/%d" % (pick(rng, ["TV", "washer", "router", "boiler"]), pick(rng, ["KDL", "WM", "HG", "XR"]), rng.randint(100, 99999), rng.randint(1, 28), rng.randint(1, 12), rng.randint(2018, 2025))),
            T("a", "It's covered for %d years. Serial prefix noted." % rng.randint(1, 5))], "chat/retail: model number and purchase date"


def m_meter(rng):
    return [T("c", "meter reading today %s, last one was %s" % (rdig(rng, 5), rdig(rng, 5))),
            T("a", "Thanks, your estimated bill is £%d.%02d for %d days." % (rng.randint(40, 400), rng.randint(0, 99), rng.randint(28, 92)))], "chat/utilities: meter readings, bill amount, days"


def m_speed(rng):
    return [T("c", "speedtest says %d.%d Mbps down, %d up, ping %dms. paying for %d!" % (rng.randint(1, 90), rng.randint(0, 9), rng.randint(1, 20), rng.randint(8, 120), rng.choice([100, 300, 500, 900]))),
            T("a", "I can see %d drops since %02d:%02d yesterday." % (rng.randint(2, 30), rng.randint(0, 23), rng.randint(0, 59)))], "chat/telecom: speeds, counts, times"


def m_appt(rng):
    return [T("a", "Your appointment is on %02d/%02d/%d at %d:%02d%s." % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2026, 2027), rng.randint(1, 12), rng.choice([0, 15, 30, 45]), pick(rng, ["am", "pm"]))),
            T("c", "Can I move it to %s %d?" % (pick(rng, MONTHS).capitalize(), rng.randint(1, 28)))], "chat/healthcare billing: appointment date and time"


def m_invoice(rng):
    return [T("c", "Invoice %d-%s for €%d.%02d was charged twice (%d items)" % (rng.randint(2023, 2026), rdig(rng, 5), rng.randint(10, 2000), rng.randint(0, 99), rng.randint(1, 12))),
            T("a", "Refund of €%d.%02d issued, allow %d-%d working days." % (rng.randint(10, 2000), rng.randint(0, 99), rng.randint(3, 5), rng.randint(7, 10)))], "chat/retail: invoice number, euro amounts, day ranges"


def m_age_temp(rng):
    return [T("c", "My dad is %d and the house is %d°C, boiler error code E%d" % (rng.randint(65, 99), rng.randint(9, 16), rng.randint(10, 999))),
            T("a", "We'll prioritise this, an engineer will call within %d hours." % rng.choice([4, 12, 24]))], "chat/utilities: age, temperature, error code"


def m_longref(rng):
    ref = rng.choice(["07", "01", "44", "35"]) + rdig(rng, 8)
    w = pick(rng, ["Order number", "Reference no.", "Case ref", "Ticket #"])
    return [T("c", "%s %s - I was told a refund of $%d would arrive in %d days, it's been %d" % (w, ref, rng.randint(20, 900), rng.randint(3, 10), rng.randint(11, 40))),
            T("a", "Thanks, I can see %s %s was updated at %d:%02d today." % (w.split()[0].lower(), ref, rng.randint(1, 12), rng.randint(0, 59)))], "chat/retail: 10-digit reference number with reference word (looks phone-like, not PII)"


CHAT_NEG = [(m_order, 7), (m_balance, 5), (m_flight, 5), (m_model, 4), (m_meter, 4), (m_speed, 4), (m_appt, 4), (m_invoice, 4), (m_age_temp, 3), (m_longref, 4)]


# ---------------------------------------------------------------- generation
def generate():
    rng = random.Random(SEED)
    pos, neg = [], []

    def expand(table):
        out = []
        for fn, n in table:
            out += [fn] * n
        return out

    pos_fns = expand(CALL_POS) + expand(CHAT_POS)
    neg_fns = expand(CALL_NEG) + expand(CHAT_NEG)
    rng.shuffle(pos_fns)
    rng.shuffle(neg_fns)
    cases, metas = [], []
    for i, fn in enumerate(pos_fns, 1):
        turns, note = fn(rng)
        c, m = build("%s-pos-%03d" % (PREFIX, i), "positive", turns, note)
        cases.append(c)
        metas.append(m)
    for i, fn in enumerate(neg_fns, 1):
        turns, note = fn(rng)
        c, m = build("%s-neg-%03d" % (PREFIX, i), "negative", turns, note)
        assert not m, fn.__name__
        cases.append(c)
        metas.append(m)
    return cases, metas


# ---------------------------------------------------------------- validation
DIG = {w: str(i) for i, w in enumerate(W)}
DIG.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
HOMD = {"for": "4", "fore": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
TEEND = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSD = {v: str(k) for k, v in TENW.items()}
ORDD = {w: str(i) for i, w in enumerate(ORD) if w}
ORDD.update({"thirtieth": "30"})
SKIP = {"um", "uh", "er", "erm", "ah", "sorry", "no", "wait", "scratch", "that", "plus", "dash", "slash", "hyphen",
        "space", "of", "the", "and", "hundred", "thousand", "think"}


def normalise(text: str) -> str:
    low = text.lower()
    toks = []
    for mt in re.finditer(r"[a-z]+|\d+", low):
        t = mt.group()
        glued = (mt.start() > 0 and low[mt.start() - 1].isdigit()) or (mt.end() < len(low) and low[mt.end()].isdigit())
        if glued and t.isalpha():
            toks.append("#" + t)  # letters glued to digits in a typed code: raw letters
        else:
            toks.append(t)
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nx in ("for", "as") and i + 2 < len(toks):
            j = i + 2 + (1 if nx == "as" and i + 2 < len(toks) and toks[i + 2] == "in" else 0)
            if j < len(toks) and toks[j] in NATO_REV:
                out.append(t.upper())
                i = j + 1 + (1 if toks[j] == "x" and j + 1 < len(toks) and toks[j + 1] == "ray" else 0)
                continue
        if t in ("double", "triple") and nx is not None:
            rep = 2 if t == "double" else 3
            v = DIG.get(nx) or HOMD.get(nx) or (nx.upper() if len(nx) == 1 else None)
            if v is not None:
                out.append(v * rep)
                i += 2
                continue
        if t.startswith("#"):
            out.append(t[1:].upper())
        elif t.isdigit():
            out.append(t)
        elif t in DIG:
            out.append(DIG[t])
        elif t in HOMD:
            out.append(HOMD[t])
        elif t in TEEND:
            out.append(TEEND[t])
        elif t in ORDD:
            out.append(ORDD[t] if len(ORDD[t]) == 2 or True else "")
        elif t in TENSD:
            if nx in DIG and nx not in ("oh", "o", "zero", "nought", "naught"):
                out.append(TENSD[t] + DIG[nx])
                i += 2
                continue
            if nx in ORDD and len(ORDD[nx]) == 1:
                out.append(TENSD[t] + ORDD[nx])
                i += 2
                continue
            out.append(TENSD[t] + "0")
        elif t in SKIP:
            pass
        elif t in LETTER_HOM:
            out.append(LETTER_HOM[t])
        elif t in MONTHS:
            out.append("<M%d>" % (MONTHS.index(t) + 1))
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text: str) -> str:
    t = text.lower().strip()
    if "@" in t:
        return t.replace(" ", "")
    toks = t.split()
    m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in m:
            out.append(m[w])
        elif w in TENSD and i + 1 < len(toks) and toks[i + 1] in DIG:
            out.append(TENSD[w] + DIG[toks[i + 1]])
            i += 1
        elif w in TENSD:
            out.append(TENSD[w] + "0")
        elif w in TEEND:
            out.append(TEEND[w])
        elif w in DIG and w not in ("o",):
            out.append(DIG[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+")
ADDR_WORDS = set(SUFFIX) | {s.capitalize() for s in SUFFIX}


def valid_value(typ: str, canon: str, raw: str) -> str | None:
    digits = re.sub(r"\D", "", re.sub(r"<M\d+>", "", canon))
    if typ == "CARD_NUMBER":
        if not (13 <= len(digits) <= 19 and luhn_ok(digits)):
            return "card fails length/luhn: " + digits
    elif typ == "CVV":
        if not re.fullmatch(r"\d{3,4}", canon):
            return "cvv " + canon
    elif typ == "EXPIRY":
        if not ("<M" in canon or 3 <= len(digits) <= 6):
            return "expiry " + canon
    elif typ == "SSN":
        if not re.fullmatch(r"\d{9}", canon):
            return "ssn " + canon
    elif typ == "NI_NUMBER":
        if not NI_RE.fullmatch(canon):
            return "ni " + canon
    elif typ == "BANK_ACCOUNT":
        if not re.fullmatch(r"\d{8,12}", canon):
            return "account " + canon
    elif typ == "SORT_CODE":
        if not re.fullmatch(r"\d{6}", canon):
            return "sort code " + canon
    elif typ == "IBAN":
        if not iban_ok(canon):
            return "iban " + canon
    elif typ == "PHONE":
        if not re.fullmatch(r"\d{10,13}", canon):
            return "phone " + canon
    elif typ == "EMAIL":
        if not EMAIL_RE.fullmatch(canon):
            return "email " + canon
    elif typ == "DOB":
        if not ("<M" in canon or 5 <= len(digits) <= 8):
            return "dob " + canon
        if not re.search(r"(19[3-9]\d|200\d|\d)", canon):
            return "dob no year " + canon
    elif typ == "POSTCODE":
        if not (UK_PC.fullmatch(canon) or re.fullmatch(r"\d{5}(\d{4})?", canon)):
            return "postcode " + canon
    elif typ == "ADDRESS":
        words = set(re.findall(r"[A-Za-z]+", raw))
        if not (re.search(r"\d", raw) or words & (set(W) | set(TEEN) | set(TENW.values()))):
            return "address has no number"
        if not words & ADDR_WORDS:
            return "address has no street word"
    return None


def is_subseq(needle: str, hay: str) -> bool:
    it = iter(hay)
    return all(ch in it for ch in needle)


def check(cases, metas) -> list[str]:
    errs = []
    ids = Counter(c["id"] for c in cases)
    for k, n in ids.items():
        if n > 1:
            errs.append("duplicate id " + k)
    for c, meta in zip(cases, metas):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        if not c["id"].startswith(PREFIX + ("-pos-" if c["kind"] == "positive" else "-neg-")):
            errs.append(cid + ": id/kind mismatch")
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append(cid + ": bad turn")
        seen = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append(cid + ": offsets out of range")
                continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[st:en]))
            if txt[st].isspace() or txt[en - 1].isspace() or not txt[en - 1].isalnum():
                errs.append("%s: span has untrimmed edge %r" % (cid, txt[st:en]))
            for (a, b) in seen.get(s["turn"], []):
                if st < b and a < en:
                    errs.append(cid + ": overlapping spans")
            seen.setdefault(s["turn"], []).append((st, en))
        # value validation per group
        groups = {}
        for k, m in enumerate(meta):
            key = (m["type"], m["g"] if m["g"] else "#%d" % k)
            groups.setdefault(key, []).append(m)
        for (typ, g), ms in groups.items():
            raw = " ".join(m["text"] for m in ms)
            normd = norm_email(raw) if typ == "EMAIL" else normalise(raw)
            vs = {m["v"] for m in ms if m["v"]}
            if len(vs) > 1:
                errs.append("%s: group with conflicting values" % cid)
            canon = vs.pop() if vs else normd
            if typ != "EMAIL" and typ != "ADDRESS" and typ not in ("DOB", "EXPIRY"):
                canon = re.sub(r"[^A-Z0-9]", "", canon.upper())
            e = valid_value(typ, canon, raw)
            if e:
                errs.append("%s: %s (%r)" % (cid, e, raw))
            if typ in ("ADDRESS",):
                continue
            cmp_c = re.sub(r"[^A-Za-z0-9@.]", "", canon).upper()
            cmp_n = re.sub(r"[^A-Za-z0-9@.]", "", normd).upper()
            if typ in ("DOB", "EXPIRY"):
                def mfix(x):
                    return re.sub(r"\D|0", "", re.sub(r"<M(\d+)>", lambda mm: mm.group(1), x))
                cmp_c, cmp_n = mfix(canon), mfix(normd)
            if any(m["part"] for m in ms):
                ok = is_subseq(cmp_n, cmp_c)
            else:
                ok = is_subseq(cmp_c, cmp_n)
            if not ok:
                errs.append("%s: spoken form %r normalises to %r, not consistent with %r" % (cid, raw, normd, canon))
        # verify span text round-trips
        for s, m in zip(c["spans"], meta):
            if c["turns"][s["turn"]]["text"][s["start"]:s["end"]] != m["text"]:
                errs.append(cid + ": span text mismatch")
    return errs


def render(cases) -> str:
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def stats(cases):
    per = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    calls = sum(c["note"].startswith("call/") for c in cases)
    return per, npos, nneg, calls


def readme(cases) -> str:
    per, npos, nneg, calls = stats(cases)
    rows = "\n".join("| %s | %d |" % (t, per[t]) for t in TYPES)
    return f"""# pii_holdout130 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not seen. Do not add these cases to training/tuning
fixtures, do not adjust patterns or thresholds by looking at failures here.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or the other PII fixtures; only
the JSONL line format was shown. Cases are produced by
`scripts/make_pii_holdout130.py` from template functions; every turn is
assembled from plain-text segments and (value, TYPE) segments so that span
offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`, so the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout130.py --check` regenerates the file, checks
it is identical, ids unique, offsets in range and on word boundaries, spans
non-overlapping, and validates every value after normalising spoken forms
(Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort
codes, digit counts for CVV/phone/account, UK/US postcode shapes).

About two thirds of the cases are phone calls written as a speech recogniser
would (lower case, little punctuation, digits as words, "oh"/"o"/"nought"
for zero, "double"/"triple", digit pairs like "forty one", letter
homophones such as "see"/"are"/"why", NATO spelling "b for bravo",
digit homophones "for"/"to"/"ate"/"won", fillers inside readings,
self-corrections, restarts after the agent interrupts, values spread over
several customer turns with agent back-channels, agent read-backs). The rest
are typed chat messages with varied separators, case and typos.

## Annotation conventions

* A span covers one value (or one fragment of a value split across turns)
  from its first to its last value token. Lead-ins ("it's", "my card is",
  "the", "sort code") are outside the span.
* Fillers, self-corrections and restarts that occur *inside* a reading
  ("four five six sorry four five seven ...", "um") are inside the span,
  because the whole stretch is one reading of the value.
* When a value is split over several turns, each fragment is its own span
  with the full type (e.g. four CARD_NUMBER spans for a card read in four
  groups). An abandoned partial reading before a restart is also labelled.
* Agent read-backs of a value are labelled just like the customer's reading.
* PHONE spans include a spoken/typed "plus" / "+" country code.
* DOB and EXPIRY spans cover the whole date expression (day/month/year words,
  "of", "slash"), not a leading "the".
* ADDRESS spans cover the street line only: optional flat/apartment number,
  house number, street name and street type. Town names are outside;
  postcodes / ZIP codes are separate POSTCODE spans.
* EMAIL spans cover the whole address including spoken "at"/"dot".
* Negatives contain lookalikes that must not be redacted: money amounts,
  balances, prices, times, durations, counts, percentages, years, ages,
  temperatures, speeds, appointment / payment / contract dates, meter readings,
  model numbers, room / gate / seat / flight numbers, and order, ticket,
  claim, invoice and reference numbers (up to 10 digits, introduced by their
  reference word, sometimes read digit by digit over several turns).
  Positive cases may also contain such unlabelled numbers next to the PII.

## Counts

* positive cases: {npos}
* negative cases: {nneg}
* phone-call cases (ASR style): {calls} of {npos + nneg}

| type | spans |
|---|---|
{rows}
"""


def main(argv):
    cases, metas = generate()
    text = render(cases)
    rd = readme(cases)
    errs = check(cases, metas)
    per, npos, nneg, calls = stats(cases)
    mins = {t: (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12) for t in TYPES}
    for t in TYPES:
        if per[t] < mins[t]:
            errs.append("too few %s spans: %d < %d" % (t, per[t], mins[t]))
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    if "--check" in argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # reparse the file independently
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d (positive %d, negative %d, calls %d)" % (len(cases), npos, nneg, calls))
    print("spans per type: " + ", ".join("%s=%d" % (t, per[t]) for t in TYPES))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (--check)" if "--check" in argv else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

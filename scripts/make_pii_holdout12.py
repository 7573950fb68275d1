#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout12.

Written by an AI helper acting as an independent test author, without access to
the redaction code.  Standard library only; output is reproducible from the
seed.  Usage:

    python scripts/make_pii_holdout12.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout12.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 12231126
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout12"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
N_POS = 180
N_NEG = 110

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# spoken-number helpers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "v": "victor",
        "w": "whiskey", "x": "xray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "g": "george",
             "h": "harry", "j": "jack", "k": "king", "l": "london", "m": "mother",
             "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy",
             "w": "william", "y": "yellow", "z": "zebra", "x": "xray"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "k": "kay", "p": "pee", "r": "are",
        "t": "tee", "y": "why", "z": "zed", "x": "ex", "h": "aitch", "q": "queue",
        "g": "gee", "d": "dee", "e": "e", "w": "double you", "l": "el", "m": "em", "n": "en"}
HOMO_REV = {"bee": "b", "see": "c", "sea": "c", "jay": "j", "kay": "k", "pee": "p",
            "are": "r", "tee": "t", "tea": "t", "why": "y", "zed": "z", "zee": "z",
            "ex": "x", "aitch": "h", "queue": "q", "cue": "q", "gee": "g", "dee": "d",
            "el": "l", "em": "m", "en": "n"}
FILLERS_IN = ["um", "uh", "erm", "er"]


def zero_word():
    return R.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def say_digits(d: str, doubles=True) -> str:
    """Digit string -> ASR words, digit by digit with optional double/triple."""
    zw = zero_word()
    out = []
    i = 0
    while i < len(d):
        c = d[i]
        w = zw if c == "0" else UNITS[int(c)]
        if doubles and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
            continue
        if doubles and i + 1 < len(d) and d[i + 1] == c and R.random() < 0.6:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return " ".join(out)


def say_pair(p: str) -> str:
    a, b = int(p[0]), int(p[1])
    if a == 0:
        z = zero_word()
        return z + " " + UNITS[b] if b else "double " + z
    if a == 1:
        return TEENS[b]
    return TENS[a] if b == 0 else TENS[a] + " " + UNITS[b]


def say_pairs(d: str) -> str:
    assert len(d) % 2 == 0
    pairs = [d[i:i + 2] for i in range(0, len(d), 2)]
    out = [say_pair(p) for p in pairs]
    # a bare "fifty" followed by a unit word would read as "fifty five": say
    # "five oh" instead (always for the last pair, which may be followed by
    # another chunk); go right to left so fixes propagate.
    for i in range(len(pairs) - 1, -1, -1):
        p = pairs[i]
        if p[1] == "0" and p[0] not in "01":
            nxt = out[i + 1].split()[0] if i + 1 < len(out) else "one"
            if nxt in UNITS[1:]:
                out[i] = UNITS[int(p[0])] + " " + zero_word()
    return " ".join(out)


def say_num(d: str) -> str:
    """Mixed reading: pairs for even chunks, digits otherwise."""
    if len(d) % 2 == 0 and R.random() < 0.35:
        return say_pairs(d)
    return say_digits(d)


def say_letter(c: str, style: str) -> str:
    c = c.lower()
    if style == "nato" and c in NATO:
        return f"{c} for {NATO[c]}"
    if style == "for" and c in FOR_WORDS:
        return f"{c} for {FOR_WORDS[c]}"
    if style == "homo" and c in HOMO:
        return HOMO[c]
    return c


def say_alnum(s: str, lstyle=None) -> str:
    """Mixed letters/digits string read aloud."""
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
            continue
        if buf:
            out.append(say_digits(buf))
            buf = ""
        out.append(say_letter(ch, lstyle or R.choice(["plain", "plain", "nato", "homo", "for"])))
    if buf:
        out.append(say_digits(buf))
    return " ".join(out)


def int_words(n: int) -> str:
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + int_words(rest))
    th = n // 1000
    rest = n % 1000
    s = int_words(th) + " thousand"
    if rest:
        s += (" and " if rest < 100 else " ") + int_words(rest)
    return s


def say_year(y: int) -> str:
    if 2000 <= y < 2010:
        return "two thousand and " + UNITS[y - 2000] if y > 2000 else "two thousand"
    if R.random() < 0.2 and y >= 2010:
        return "two thousand and " + int_words(y - 2000)
    hi, lo = divmod(y, 100)
    lo_w = (zero_word() + " " + UNITS[lo]) if lo < 10 else int_words(lo)
    return int_words(hi) + " " + lo_w


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def luhn_ok(d: str) -> bool:
    tot = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        pre, ln = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa13":
        pre, ln = "4", 13
    elif kind == "mc":
        pre, ln = "5" + str(R.randint(1, 5)), 16
    elif kind == "mc2":
        pre, ln = "22" + str(R.randint(21, 99)), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    else:
        pre, ln = "6759", 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:7], num[7:10], num[10:]]
    if len(num) == 19:
        return [num[:4], num[4:8], num[8:12], num[12:16], num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def rdig(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return f"{98 - int(num) % 97:02d}"


def iban_ok(iban: str) -> bool:
    s = iban[4:] + iban[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97 == 1


IBAN_SPECS = {
    "GB": lambda: R.choice(["NWBK", "BARC", "LLYD", "HBUK", "MIDL", "SRLG"]) + rdig(6) + rdig(8),
    "IE": lambda: R.choice(["AIBK", "IPBS", "ULSB"]) + rdig(6) + rdig(8),
    "DE": lambda: rdig(18),
    "FR": lambda: rdig(10) + rdig(11) + rdig(2),
    "NL": lambda: R.choice(["ABNA", "RABN", "INGB", "TRIO"]) + rdig(10),
    "ES": lambda: rdig(20),
}


def gen_iban(country=None):
    country = country or R.choice(list(IBAN_SPECS))
    bban = IBAN_SPECS[country]()
    return country + iban_check(country, bban) + bban


def iban_typed(iban):
    if R.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban if R.random() < 0.5 else iban.lower()


def gen_phone(region):
    if region == "uk":
        return "07" + rdig(9)
    if region == "uk_land":
        return R.choice(["0161", "0113", "0121", "0117", "0131", "0141"]) + rdig(7)
    if region == "ie":
        return "08" + str(R.choice([3, 5, 6, 7, 9])) + rdig(7)
    if region == "us":
        return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)
    raise ValueError(region)


def phone_typed(p, region):
    if region == "us":
        f = R.choice(["({}) {}-{}", "{}-{}-{}", "{}.{}.{}", "+1 {} {} {}", "1-{}-{}-{}"])
        return f.format(p[:3], p[3:6], p[6:])
    if region in ("uk", "uk_land"):
        if R.random() < 0.4:
            return "+44 " + p[1:5] + " " + p[5:]
        return p[:5] + " " + p[5:] if R.random() < 0.6 else p
    if R.random() < 0.4:
        return "+353 " + p[1:3] + " " + p[3:6] + " " + p[6:]
    return p[:3] + " " + p[3:6] + " " + p[6:]


def phone_canon(typed):
    return re.sub(r"\D", "", typed)


FIRST = ["sarah", "james", "aoife", "liam", "priya", "tom", "maria", "kevin", "niamh",
         "daniel", "chloe", "marcus", "fatima", "owen", "grace", "luca", "emma", "sean",
         "hannah", "raj", "zoe", "patrick", "ines", "mohammed", "ella", "conor"]
LAST = ["murphy", "smith", "okafor", "kowalski", "byrne", "patel", "jones", "garcia",
        "walsh", "nguyen", "taylor", "brennan", "schmidt", "evans", "oconnell", "rossi",
        "hughes", "kelly", "martin", "dubois", "clarke", "lopez"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "gmx.de", "live.ie", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 5)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l
    elif style == 2:
        local = f + l + str(R.randint(1, 99))
    elif style == 3:
        local = f + "_" + l
    elif style == 4:
        local = f + "-" + l[:3]
    else:
        local = l + "." + f[0]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._-])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(R.choice(["dash", "hyphen"]))
        elif tok:
            m = re.match(r"([a-z]+)(\d*)$", tok)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                parts.append(word)
            elif R.random() < 0.2:
                parts.append(" ".join(word))
            else:
                parts.append(word)
            if num:
                parts.append(num)
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


UK_AREAS = ["SW", "NW", "SE", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BT", "BS", "L",
            "NG", "CB", "RG", "KT", "BN", "PL", "WR", "S", "DN", "HU", "WF"]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    area = R.choice([a for a in UK_AREAS if a])
    dist = str(R.randint(1, 20 if len(area) == 2 else 9))
    if area in ("SW", "E", "N") and R.random() < 0.2:
        dist = str(R.randint(1, 9)) + R.choice("AW")
    return area + dist + " " + str(R.randint(1, 9)) + R.choice(INWARD_L) + R.choice(INWARD_L)


def gen_zip():
    z = str(R.randint(1, 99)).zfill(2) + rdig(3)
    if R.random() < 0.25:
        return z + "-" + rdig(4)
    return z


def say_ukpc(pc):
    style = R.choice(["plain", "plain", "nato", "homo", "for"])
    out = []
    for part in pc.split(" "):
        toks = []
        i = 0
        while i < len(part):
            ch = part[i]
            if ch.isdigit():
                j = i
                while j < len(part) and part[j].isdigit():
                    j += 1
                num = part[i:j]
                if len(num) == 2 and num[1] != "0" and R.random() < 0.5:
                    toks.append(int_words(int(num)))
                else:
                    toks.append(say_digits(num, doubles=False))
                i = j
            else:
                toks.append(say_letter(ch, style))
                i += 1
        out.append(" ".join(toks))
    return " ".join(out)


STREETS = ["station road", "church street", "maple avenue", "oak lane", "high street",
           "victoria terrace", "park drive", "elm grove", "main street", "willow close",
           "kingsway", "harbour view", "sycamore court", "pine ridge road", "cedar boulevard",
           "mill lane", "castle hill", "riverside walk", "beech crescent", "north avenue"]
US_STREETS = ["maple avenue", "oak street", "lincoln boulevard", "sunset drive",
              "washington street", "lakeview road", "elm court", "pine street",
              "cherry lane", "highland avenue"]
TOWNS_UK = ["leeds", "bristol", "manchester", "cardiff", "glasgow", "nottingham", "brighton",
            "reading", "belfast", "sheffield"]
TOWNS_US = ["austin", "denver", "columbus", "portland", "tampa", "raleigh", "phoenix", "boise"]


def gen_address(us=False, spoken=False):
    st = R.choice(US_STREETS if us else STREETS)
    n = R.randint(100, 9899) if us else R.randint(1, 240)
    if spoken:
        if us and n >= 100 and R.random() < 0.6:
            hi, lo = divmod(n, 100)
            num = int_words(hi) + " " + ((zero_word() + " " + UNITS[lo]) if lo < 10 else int_words(lo))
        else:
            num = int_words(n) if R.random() < 0.6 else say_digits(str(n), doubles=False)
        s = num + " " + st
        if R.random() < 0.3:
            if us:
                s = s + " " + R.choice(["apartment", "unit", "apt"]) + " " + int_words(R.randint(1, 30))
            else:
                s = "flat " + int_words(R.randint(1, 30)) + " " + s
        return s
    s = str(n) + " " + st.title()
    if R.random() < 0.3:
        s = ("Apt " + str(R.randint(1, 30)) + ", " + s) if us else ("Flat " + str(R.randint(1, 30)) + ", " + s)
    if R.random() < 0.3:
        s = s.lower()
    return s


def gen_dob_date():
    return R.randint(1940, 2005), R.randint(1, 12), R.randint(1, 28)


def dob_typed(y, m, d, us=False):
    f = R.randint(0, 4)
    if f == 0:
        return f"{m:02d}/{d:02d}/{y}" if us else f"{d:02d}/{m:02d}/{y}"
    if f == 1:
        return f"{d} {MONTHS[m-1].title()[:3]} {y}" if not us else f"{MONTHS[m-1].title()} {d}, {y}"
    if f == 2:
        return f"{y}-{m:02d}-{d:02d}"
    if f == 3:
        return f"{m}-{d}-{str(y)[2:]}" if us else f"{d}.{m}.{y}"
    return f"{d}{['th','st','nd','rd'][d % 10 if d % 10 < 4 and d not in (11, 12, 13) else 0]} {MONTHS[m-1]} {y}"


def dob_spoken(y, m, d, us=False):
    f = R.randint(0, 3)
    yr = say_year(y) if R.random() < 0.8 else int_words(y % 100) if y % 100 >= 10 else say_year(y)
    if f == 0:
        return f"the {ORD[d]} of {MONTHS[m-1]} {yr}"
    if f == 1:
        return f"{MONTHS[m-1]} {ORD[d]} {yr}"
    if f == 2:
        return f"{MONTHS[m-1]} {int_words(d)} {yr}"
    return f"{say_digits(f'{d:02d}', doubles=False)} {say_digits(f'{m:02d}', doubles=False)} {yr}"


def gen_expiry():
    return R.randint(1, 12), R.randint(26, 32)


def expiry_typed(m, y):
    return R.choice([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m}/{y}", f"{m:02d}-{y}", f"{m:02d}{y}",
                     f"{MONTHS[m-1].title()[:3]} {y}"])


def expiry_spoken(m, y):
    f = R.randint(0, 3)
    if f == 0:
        return f"{say_digits(f'{m:02d}', doubles=False)} {int_words(y)}"
    if f == 1:
        return f"{MONTHS[m-1]} {int_words(y)}"
    if f == 2:
        return f"{MONTHS[m-1]} twenty {int_words(y)}"
    return f"{int_words(m)} {int_words(y)}"


# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------
class V:
    """A labelled segment.  canon: canonical value of the whole group (first part)."""

    def __init__(self, text, typ, canon=None, gid=None, corr=False):
        self.text, self.typ, self.canon, self.gid, self.corr = text, typ, canon, gid, corr


_gid = [0]


def v(text, typ, canon=None, gid=None, corr=False):
    if gid is None:
        _gid[0] += 1
        gid = f"g{_gid[0]}"
    return V(text, typ, canon, gid, corr)


def build(turns, note):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                m = re.match(r"^([^0-9A-Za-z]*)(.*?)([^0-9A-Za-z]*)$", s.text, re.S)
                text += m.group(1)
                start = len(text)
                text += m.group(2)
                end = len(text)
                text += m.group(3)
                s = V(m.group(2), s.typ, s.canon, s.gid, s.corr)
                spans.append({"turn": ti, "start": start, "end": end, "type": s.typ})
                g = groups.setdefault(s.gid, {"typ": s.typ, "parts": [], "canon": None, "corr": False})
                g["parts"].append(s.text)
                if s.canon is not None:
                    g["canon"] = s.canon
                g["corr"] = g["corr"] or s.corr
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"turns": out_turns, "spans": spans, "note": note}, list(groups.values())


A, C = "agent", "customer"


def ch():
    return R.random() < 0.5


def filler():
    return R.choice(["", "", "um ", "uh ", "erm ", "yeah "])


def backchannel():
    return R.choice(["mhm", "okay", "yep", "okay go on", "right", "got that", "uh huh", "go ahead"])


# ---- positive templates --------------------------------------------------
def p_card_chat():
    num = gen_card()
    g = card_groups(num)
    sep = R.choice([" ", "-", " ", "", "  ", "."])
    typed = sep.join(g)
    ind = R.choice(["retail", "telecom", "utilities", "travel", "banking"])
    intro = R.choice(["Hi, can I pay my bill with card ", "card no: ", "Here is the card ",
                      "pls charge it to ", "My card number is ", "ok its "])
    tail = R.choice([" thanks", ". The total was £84.20", " - it's a business card", "",
                     " and my order ref is 40012883"])
    turns = [(A, "Please type the long card number in the chat, it is masked on our side."),
             (C, [intro, v(typed, "CARD_NUMBER", num), tail])]
    cvv = rdig(4 if len(num) == 15 else 3)
    if ch():
        m, y = gen_expiry()
        turns += [(A, "Thanks. Expiry date and the security code on the back?"),
                  (C, [R.choice(["exp ", "expiry ", "", "Expires "]), v(expiry_typed(m, y), "EXPIRY"),
                       R.choice([" cvv ", ", code ", " and ", " / sec code "]),
                       v(cvv, "CVV", cvv)])]
    return turns, f"chat/{ind}: card typed with separator '{sep}'" + (", expiry+cvv in one message" if len(turns) > 2 else "")


def p_card_call_one():
    num = gen_card()
    spoken = " ".join(say_num(x) for x in card_groups(num))
    ind = R.choice(["telecom", "insurance", "utilities", "retail", "travel"])
    turns = [(A, R.choice(["and the long number across the front of the card please",
                           "okay whenever you're ready with the card number",
                           "can i take the sixteen digit number" if len(num) == 16 else "can i take the long card number"])),
             (C, [filler() + R.choice(["yeah it's ", "okay it's ", "it's ", "right so ", ""]),
                  v(spoken, "CARD_NUMBER", num),
                  R.choice(["", " and that's the lot", " did you get that", " i think"])])]
    return turns, f"call/{ind}: card read in one turn, mixed digit/pair/double forms"


def p_card_call_split():
    num = gen_card()
    groups = card_groups(num)
    gid = "card" + num
    ind = R.choice(["banking", "telecom", "healthcare billing", "utilities", "retail"])
    turns = [(A, "go ahead with the card number")]
    for i, grp in enumerate(groups):
        pre = R.choice(["", "", "right ", "okay ", "then "]) if i else R.choice(["so ", "it's ", ""])
        post = R.choice(["", "", " um", " yeah"])
        turns.append((C, [pre, v(say_num(grp), "CARD_NUMBER", num if i == 0 else None, gid), post]))
        if i < len(groups) - 1:
            turns.append((A, backchannel()))
    cvv = rdig(4 if len(num) == 15 else 3)
    if ch():
        turns += [(A, "and the four digit code on the front" if len(cvv) == 4 else "and the three digits on the back"),
                  (C, [R.choice(["it's ", "", "yeah "]), v(say_digits(cvv), "CVV", cvv)])]
        if ch():
            m, y = gen_expiry()
            turns += [(A, "and when does it expire"),
                      (C, [R.choice(["", "it's ", "um "]), v(expiry_spoken(m, y), "EXPIRY"),
                           R.choice(["", " i think", " same as my wife's"])])]
    return turns, f"call/{ind}: card split over {len(groups)} customer turns with back-channels"


def p_card_readback():
    num = gen_card()
    spoken = say_digits(num)
    cvv = rdig(4 if len(num) == 15 else 3)
    m, y = gen_expiry()
    turns = [(C, ["the card is ", v(spoken, "CARD_NUMBER", num)]),
             (A, ["let me read that back ", v(" ".join(say_digits(x, doubles=False) for x in card_groups(num)),
                                               "CARD_NUMBER", num), " is that right"]),
             (C, ["yes that's it expiry ", v(expiry_spoken(m, y), "EXPIRY"), " and the security code is ",
                  v(say_digits(cvv), "CVV", cvv)])]
    return turns, "call/retail: agent reads card back; expiry and cvv in the same turn"


def p_card_correction():
    num = gen_card()
    g = card_groups(num)
    wrong = str((int(g[0][-1]) + 3) % 10)
    first = say_digits(g[0][:-1], doubles=False) + " " + UNITS[int(wrong)] + " " + R.choice(
        ["no sorry", "no wait", "sorry no"]) + " " + say_digits(g[0], doubles=False)
    rest = " ".join(say_num(x) for x in g[1:])
    turns = [(A, "can i get the card number"),
             (C, ["yeah ", v(first + " " + rest, "CARD_NUMBER", num, corr=True)]),
             (A, "thank you and the expiry"),
             (C, [v(expiry_spoken(*gen_expiry()), "EXPIRY"), R.choice(["", " i think", " yeah"])])]
    return turns, "call/travel: card reading with a self-correction inside the first group"


def p_card_chitchat():
    num = gen_card()
    g = card_groups(num)
    amount = R.choice(["forty nine ninety nine", "a hundred and twelve pounds", "sixty euro"])
    turns = [(A, f"so that's {amount} today, shall i take it from the card on file or a new one"),
             (C, ["new one it's a ", R.choice(["visa", "mastercard", "debit card"]), " ",
                  v(say_num(g[0]) + " " + say_num(g[1]), "CARD_NUMBER", num, "cc"), " sorry the dog is barking ",
                  v(" ".join(say_num(x) for x in g[2:]), "CARD_NUMBER", None, "cc")]),
             (A, "no problem got it")]
    return turns, "call/utilities: card split by chit-chat inside one turn, amount nearby unlabelled"


def p_ssn_chat():
    s = gen_ssn()
    f = R.choice(["{}-{}-{}", "{} {} {}", "{}{}{}", "{}.{}.{}", "{} - {} - {}"])
    typed = f.format(s[:3], s[3:5], s[5:])
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services", "telecom"])
    turns = [(A, "To verify your identity I need your SSN please."),
             (C, [R.choice(["sure ", "ssn ", "its ", "SSN: ", "social is "]), v(typed, "SSN", s),
                  R.choice(["", " thanks", " (member id 55102)", ". Born in 1979 if that helps"])])]
    return turns, f"chat/{ind}: US SSN typed as '{f}'"


def p_ssn_call():
    s = gen_ssn()
    mode = R.randint(0, 2)
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    if mode == 0:
        turns = [(A, "can you give me your social security number"),
                 (C, [filler(), v(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_digits(s[5:]),
                                  "SSN", s)])]
        note = "SSN read in one turn"
    elif mode == 1:
        turns = [(A, "and your social please"),
                 (C, ["okay ", v(say_digits(s[:3]), "SSN", s, "ssn")]), (A, backchannel()),
                 (C, [v(say_digits(s[3:5]), "SSN", None, "ssn")]), (A, backchannel()),
                 (C, [v(say_num(s[5:]), "SSN", None, "ssn"), R.choice(["", " um yeah"])])]
        note = "SSN split 3-2-4 across turns"
    else:
        turns = [(A, "last four of your social"),
                 (C, ["oh you want the whole thing it's ", v(say_digits(s), "SSN", s)]),
                 (A, ["thank you so that's ", v(say_digits(s[:3], False) + " " + say_digits(s[3:5], False) + " "
                                                + say_digits(s[5:], False), "SSN", s)])]
        note = "customer gives full SSN, agent reads it back"
    return turns, f"call/{ind}: {note}"


def p_ni_chat():
    n = gen_ni()
    f = R.randint(0, 3)
    typed = [n, f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:8]} {n[8]}", n.lower(), f"{n[:2]}{n[2:8]} {n[8]}"][f]
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    turns = [(A, "Could you confirm your National Insurance number?"),
             (C, [R.choice(["yes it's ", "NI no. ", "", "ni is ", "National Insurance: "]),
                  v(typed, "NI_NUMBER", n), R.choice(["", " cheers", ". Claim ref CL-882014"])])]
    return turns, f"chat/{ind}: UK NI number typed (style {f})"


def p_ni_call():
    n = gen_ni()
    lstyle = R.choice(["plain", "nato", "homo", "for"])
    ind = R.choice(["government services", "banking", "insurance", "utilities", "healthcare billing"])
    mode = R.randint(0, 2)
    letters = say_letter(n[0], lstyle) + " " + say_letter(n[1], lstyle)
    if n[0] == n[1] and lstyle == "plain" and ch():
        letters = "double " + n[0].lower()
    digits = say_num(n[2:8])
    suffix = say_letter(n[8], lstyle)
    if mode == 0:
        turns = [(A, "and your national insurance number"),
                 (C, [filler() + "it's ", v(letters + " " + digits + " " + suffix, "NI_NUMBER", n)])]
        note = f"NI read in one turn, letters {lstyle}"
    elif mode == 1:
        turns = [(A, "what's your national insurance number"),
                 (C, [v(letters, "NI_NUMBER", n, "ni")]), (A, backchannel()),
                 (C, [v(digits, "NI_NUMBER", None, "ni")]), (A, "and the letter at the end"),
                 (C, [v(suffix, "NI_NUMBER", None, "ni")])]
        note = f"NI split letters/digits/suffix over turns, letters {lstyle}"
    else:
        turns = [(C, ["my n i number is ", v(letters + " " + digits + " " + suffix, "NI_NUMBER", n),
                      " and i've been on this since twenty nineteen"]),
                 (A, ["so that's ", v(say_alnum(n, "nato"), "NI_NUMBER", n), " correct"]),
                 (C, "yes")]
        note = "NI with year nearby, agent reads back in NATO"
    return turns, f"call/{ind}: {note}"


def p_bank_uk():
    sc, acc = rdig(6), rdig(8)
    if R.random() < 0.5:
        sct = R.choice([f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", sc, f"{sc[:2]} {sc[2:4]} {sc[4:]}"])
        turns = [(A, "Please provide the sort code and account number for the refund."),
                 (C, ["sort code ", v(sct, "SORT_CODE", sc), R.choice([" acc ", ", account ", " and "]),
                      v(acc if ch() else acc[:4] + " " + acc[4:], "BANK_ACCOUNT", acc)])]
        return turns, "chat/banking: sort code and account number in one message"
    turns = [(A, "can i take the sort code"),
             (C, [filler(), v(say_pairs(sc) if ch() else say_digits(sc), "SORT_CODE", sc)]),
             (A, "lovely and the account number"),
             (C, [v(say_digits(acc[:4]), "BANK_ACCOUNT", acc, "acc"), " ", R.choice(["um ", "hang on ", "sorry "]),
                  v(say_digits(acc[4:]), "BANK_ACCOUNT", None, "acc")])]
    return turns, "call/utilities: sort code by pairs or digits, account number with pause inside"


def p_bank_us():
    acc = rdig(R.choice([9, 10, 11, 12]), True)
    routing = None
    turns = [(A, "what's the checking account number you want the refund to"),
             (C, ["it's ", v(say_digits(acc) if ch() else acc, "BANK_ACCOUNT", acc),
                  R.choice(["", " at chase", " with wells fargo"])]),
             (A, "and the amount was three hundred twelve dollars correct"), (C, "yes")]
    return turns, "call/insurance: US account number, refund amount unlabelled"


def p_iban():
    iban = gen_iban()
    if ch():
        turns = [(A, "Please send the IBAN for the transfer."),
                 (C, [R.choice(["IBAN: ", "here ", "its ", ""]), v(iban_typed(iban), "IBAN", iban),
                      R.choice(["", " BIC is fine?", " - thanks", " ref invoice 20931"])])]
        return turns, f"chat/travel: {iban[:2]} IBAN typed"
    c = iban[:2]
    spoken = say_alnum(iban, R.choice(["plain", "nato"]))
    turns = [(A, "okay read me the iban slowly"),
             (C, [v(spoken, "IBAN", iban)]), (A, "thank you")]
    return turns, f"call/banking: {c} IBAN read aloud letters+digits"


def p_iban_split():
    iban = gen_iban(R.choice(["GB", "IE", "DE", "NL"]))
    chunks = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    turns = [(A, "go ahead with the iban")]
    cut = len(chunks) // 2
    turns.append((C, [v(" ".join(say_alnum(x, "plain") for x in chunks[:cut]), "IBAN", iban, "ib")]))
    turns.append((A, backchannel()))
    turns.append((C, [v(" ".join(say_alnum(x, "plain") for x in chunks[cut:]), "IBAN", None, "ib"), " that's it"]))
    return turns, "call/banking EU: IBAN split over two turns"


def p_phone():
    region = R.choice(["uk", "uk_land", "ie", "us"])
    p = gen_phone(region)
    ind = R.choice(["telecom", "retail", "travel", "insurance", "utilities"])
    if ch():
        typed = phone_typed(p, region)
        turns = [(A, "What's the best number to reach you on?"),
                 (C, [R.choice(["call me on ", "mob ", "", "tel: ", "my number is "]),
                      v(typed, "PHONE", phone_canon(typed)), R.choice(["", " after 5pm", " anytime", " pls"])])]
        return turns, f"chat/{ind}: {region} phone typed"
    if region in ("us",):
        spoken = say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_num(p[6:])
    else:
        spoken = say_digits(p[:5]) + " " + say_num(p[5:]) if len(p[5:]) % 2 == 0 else say_digits(p)
    canon = p
    plus = ""
    if region != "us" and R.random() < 0.3:
        cc = "44" if region.startswith("uk") else "353"
        plus = "plus "
        spoken = say_digits(cc, False) + " " + say_digits(p[1:])
        canon = cc + p[1:]
    turns = [(A, "and a contact number"),
             (C, [filler() + R.choice(["it's ", "yeah ", "my mobile's "]) + plus, v(spoken, "PHONE", canon)])]
    return turns, f"call/{ind}: {region} phone spoken"


def p_phone_split():
    p = gen_phone(R.choice(["uk", "ie"]))
    turns = [(A, "what number are you calling from"),
             (C, [v(say_digits(p[:5]), "PHONE", p, "ph")]), (A, backchannel()),
             (C, [v(say_digits(p[5:8]), "PHONE", None, "ph")]), (A, backchannel()),
             (C, [v(say_digits(p[8:]), "PHONE", None, "ph"), " and i'm usually free after two"])]
    return turns, "call/telecom: phone split over three turns, time unlabelled"


def p_email():
    e = gen_email()
    ind = R.choice(["retail", "telecom", "travel", "insurance", "government services"])
    if ch():
        typed = e if ch() else e.upper() if R.random() < 0.2 else e.capitalize()
        turns = [(A, "Which email should we send the confirmation to?"),
                 (C, [R.choice(["", "email: ", "pls use ", "its "]), v(typed, "EMAIL", e),
                      R.choice(["", " thx", ". Booking ref 7781203"])])]
        return turns, f"chat/{ind}: email typed"
    turns = [(A, "can i have an email address for the receipt"),
             (C, [filler() + "yeah it's ", v(say_email(e), "EMAIL", e)])]
    if ch():
        turns += [(A, ["so that's ", v(say_email(e), "EMAIL", e)]), (C, "that's right")]
    return turns, f"call/{ind}: email spoken with 'at'/'dot'"


def p_dob():
    y, m, d = gen_dob_date()
    us = ch()
    ind = R.choice(["healthcare billing", "insurance", "banking", "government services", "telecom"])
    if ch():
        turns = [(A, "For security, can you confirm your date of birth?"),
                 (C, [R.choice(["", "dob ", "born ", "It's "]), v(dob_typed(y, m, d, us), "DOB")])]
        return turns, f"chat/{ind}: DOB typed ({'US' if us else 'UK'} order)"
    turns = [(A, "and your date of birth please"),
             (C, [filler() + R.choice(["it's ", "", "yeah "]), v(dob_spoken(y, m, d, us), "DOB")]),
             (A, f"thank you and your appointment was on the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)} yes"),
             (C, "that's right")]
    return turns, f"call/{ind}: DOB spoken; later appointment date must stay"


def p_address_uk():
    addr = gen_address(False, spoken=False)
    pc = gen_ukpc()
    town = R.choice(TOWNS_UK)
    if ch():
        pct = pc if ch() else pc.lower() if ch() else pc.replace(" ", "")
        turns = [(A, "What's the delivery address?"),
                 (C, [v(addr, "ADDRESS"), ", ", town.title(), " ", v(pct, "POSTCODE", pc.replace(" ", ""))])]
        return turns, "chat/retail: UK address and postcode typed on one line"
    sa = gen_address(False, spoken=True)
    turns = [(A, "can you confirm the first line of the address"),
             (C, [filler(), v(sa, "ADDRESS"), " in ", town]),
             (A, "and the postcode"),
             (C, [R.choice(["it's ", "", "yeah "]), v(say_ukpc(pc), "POSTCODE", pc.replace(" ", ""))])]
    return turns, "call/utilities: UK address spoken, postcode with spelled letters"


def p_address_us():
    addr = gen_address(True, spoken=ch())
    z = gen_zip()
    town = R.choice(TOWNS_US)
    if addr[0].isdigit() or addr[0] == "A":
        turns = [(A, "Shipping address?"),
                 (C, [v(addr, "ADDRESS"), ", ", town.title(), " ", v(z, "POSTCODE", z.replace("-", ""))])]
        return turns, "chat/retail US: street address and ZIP"
    turns = [(A, "what's the address on the policy"),
             (C, [v(addr, "ADDRESS"), " ", town]),
             (A, "zip code"),
             (C, [v(say_digits(z.replace("-", "")), "POSTCODE", z.replace("-", ""))])]
    return turns, "call/insurance US: spoken street address and ZIP"


def p_pc_split():
    pc = gen_ukpc()
    out, inn = pc.split(" ")
    turns = [(A, "postcode please"),
             (C, [v(say_ukpc(out), "POSTCODE", pc.replace(" ", ""), "pc")]), (A, backchannel()),
             (C, [v(say_ukpc(inn), "POSTCODE", None, "pc")])]
    return turns, "call/telecom: UK postcode outward/inward split across turns"


def p_multi_verify():
    n = gen_ni()
    y, m, d = gen_dob_date()
    pc = gen_ukpc()
    turns = [(A, "i just need to take you through security can i have your date of birth postcode and n i number"),
             (C, [v(dob_spoken(y, m, d), "DOB"), " postcode ", v(say_ukpc(pc), "POSTCODE", pc.replace(" ", "")),
                  " and the n i is ", v(say_alnum(n, "plain"), "NI_NUMBER", n)]),
             (A, "perfect you're through")]
    return turns, "call/government services: DOB, postcode, NI all in one turn"


def p_multi_us():
    s = gen_ssn()
    y, m, d = gen_dob_date()
    z = gen_zip()[:5]
    turns = [(A, "I'll need your SSN, date of birth and ZIP to pull up the claim."),
             (C, [v(f"{s[:3]}-{s[3:5]}-{s[5:]}", "SSN", s), " / ", v(dob_typed(y, m, d, True), "DOB"),
                  " / ", v(z, "POSTCODE", z), R.choice(["", ", claim #4420917"])])]
    return turns, "chat/healthcare billing US: SSN, DOB, ZIP in one slash-separated message"


def p_card_cvv_homophone():
    num = gen_card()
    cvv = rdig(3)
    spoken_cvv = " ".join({"2": "to", "4": "for", "8": "ate"}.get(c, UNITS[int(c)]) if R.random() < 0.5
                          else UNITS[int(c)] for c in cvv)
    spoken_cvv = spoken_cvv.replace("zero", "oh")
    turns = [(A, "and the card number"),
             (C, [v(say_digits(num), "CARD_NUMBER", num)]),
             (A, "and the cvv"),
             (C, ["it's ", v(spoken_cvv, "CVV", cvv)])]
    return turns, "call/retail: cvv with ASR homophones (to/for/ate)"


def p_email_phone():
    e = gen_email()
    p = gen_phone("us")
    turns = [(C, ["you can email me at ", v(say_email(e), "EMAIL", e), " or call ",
                  v(say_digits(p[:3]) + " " + say_digits(p[3:6]) + " " + say_digits(p[6:]), "PHONE", p),
                  " between nine and five"])]
    return turns, "call/retail US: email and phone in one turn, office hours unlabelled"


def p_acc_ie():
    iban = gen_iban("IE")
    acc = iban[-8:]
    sc = iban[8:14]
    turns = [(A, "Can you give me your sort code and account number, or your IBAN?"),
             (C, ["sort code ", v(f"{sc[:2]}-{sc[2:4]}-{sc[4:]}", "SORT_CODE", sc), " acct ", v(acc, "BANK_ACCOUNT", acc),
                  " or the full thing ", v(iban_typed(iban), "IBAN", iban)])]
    return turns, "chat/banking IE: sort code, account and IBAN in one message"


def p_ssn_hundreds():
    s = gen_ssn()
    while s[1] == "0" or s[3] == "0" or s[5] == "0" or s[7] == "0" or s[2] == "0" or s[8] == "0":
        s = gen_ssn()
    a = UNITS[int(s[0])] + " " + say_pair(s[1:3])
    turns = [(A, "can i get the social to verify"),
             (C, [R.choice(["yeah it's ", "sure ", "okay so "]),
                  v(a + " " + say_pair(s[3:5]) + " " + say_pair(s[5:7]) + " " + say_pair(s[7:9]), "SSN", s),
                  R.choice(["", " and my zip hasn't changed", " i'm calling about the bill from march"])])]
    return turns, "call/healthcare billing US: SSN read as 'five twenty three forty five sixty seven eighty nine'"


def p_phone_area():
    p = gen_phone("us")
    turns = [(A, "and a good callback number"),
             (C, ["area code ", v(say_digits(p[:3]), "PHONE", p, "pa"), " then ",
                  v(say_digits(p[3:6]) + " " + say_num(p[6:]), "PHONE", None, "pa")]),
             (A, "and that's a cell"), (C, "yeah cell")]
    return turns, "call/telecom US: phone with 'area code ... then ...' words between parts"


def p_card_typo_chat():
    num = gen_card()
    g = card_groups(num)
    cvv = rdig(4 if len(num) == 15 else 3)
    m, y = gen_expiry()
    typed = " ".join(g) if ch() else "".join(g)
    turns = [(C, [R.choice(["my card nr is ", "card# ", "cc num ", "carrd number "]), v(typed, "CARD_NUMBER", num),
                  R.choice([" exp ", " exp. ", " valid thru "]), v(f"{m:02d}{y}" if ch() else f"{m:02d}/{y}", "EXPIRY"),
                  R.choice([" cvc ", " cvv2 ", " sec code "]), v(cvv, "CVV", cvv),
                  R.choice(["", " pls process asap", " for the £39.99 renewal"])]),
             (A, "Thank you, please don't share card details in chat again, I've processed it securely.")]
    return turns, "chat/retail: card, expiry and cvc in one message with typos and abbreviations"


def p_card_homophone_call():
    num = gen_card()
    while not any(c in "24" for c in num):
        num = gen_card()
    words = []
    for c in num:
        w = zero_word() if c == "0" else UNITS[int(c)]
        if c == "4" and R.random() < 0.5:
            w = "for"
        elif c == "2" and R.random() < 0.4:
            w = "to"
        words.append(w)
    half = len(words) // 2
    turns = [(A, "read me the card number please"),
             (C, [v(" ".join(words[:half]), "CARD_NUMBER", num, "hc")]),
             (A, backchannel()),
             (C, [v(" ".join(words[half:]), "CARD_NUMBER", None, "hc")])]
    return turns, "call/insurance: card with ASR homophones 'for'/'to' for four/two, split in two turns"


def p_sort_pairs():
    sc = rdig(6)
    acc = rdig(8)
    turns = [(A, "what's the sort code and account number the direct debit comes from"),
             (C, ["sort code's ", v(say_pairs(sc), "SORT_CODE", sc), " and the account is ",
                  v(say_num(acc), "BANK_ACCOUNT", acc)]),
             (A, ["so that's ", v(say_digits(sc, False), "SORT_CODE", sc), " and ",
                  v(say_digits(acc, False), "BANK_ACCOUNT", acc)]),
             (C, "yeah that's it the payment is usually about forty quid")]
    return turns, "call/utilities UK: sort code in pairs and account, both read back by agent"


def p_ni_homo_call():
    n = gen_ni()
    while "W" not in n[:2] and R.random() < 0.8:
        n = gen_ni()
    spoken = " ".join(HOMO.get(c.lower(), c.lower()) for c in n[:2]) + " " + say_num(n[2:8]) + " " + \
        HOMO.get(n[8].lower(), n[8].lower())
    turns = [(A, "i'll need your national insurance number"),
             (C, ["yes ", v(spoken, "NI_NUMBER", n), " i think i've got my p sixty here somewhere"])]
    return turns, "call/government services: NI with letter homophones (double you, are, see, tee)"


POS_TEMPLATES = [
    (p_ssn_hundreds, 6), (p_phone_area, 5), (p_card_typo_chat, 6), (p_card_homophone_call, 4),
    (p_sort_pairs, 5), (p_ni_homo_call, 6),
    (p_card_chat, 12), (p_card_call_one, 10), (p_card_call_split, 8), (p_card_readback, 4),
    (p_card_correction, 5), (p_card_chitchat, 4), (p_card_cvv_homophone, 5),
    (p_ssn_chat, 10), (p_ssn_call, 14), (p_multi_us, 6),
    (p_ni_chat, 10), (p_ni_call, 14), (p_multi_verify, 5),
    (p_bank_uk, 10), (p_bank_us, 6), (p_acc_ie, 4),
    (p_iban, 10), (p_iban_split, 4),
    (p_phone, 12), (p_phone_split, 4), (p_email_phone, 4),
    (p_email, 14), (p_dob, 12),
    (p_address_uk, 10), (p_address_us, 8), (p_pc_split, 5),
]


# ---- negative templates --------------------------------------------------
def n_money():
    a = R.randint(10, 2999)
    c = R.randint(0, 99)
    if ch():
        return [(A, f"Your outstanding balance is £{a:,}.{c:02d} and the minimum payment is £{R.randint(5, 40)}.00."),
                (C, "ok can I pay that on the 28th?")], "chat/banking: balance and payment amounts"
    return [(A, f"so the balance is {int_words(a)} pounds {int_words(c) if c else ''} and the next bill is about "
                f"{int_words(R.randint(30, 90))} quid"), (C, "right okay that's more than i thought")], \
        "call/utilities: spoken money amounts"


def n_reference():
    ref = rdig(R.randint(6, 10), True)
    word = R.choice(["order number", "ticket number", "reference number", "claim number", "invoice number",
                     "case number", "booking reference"])
    if ch():
        return [(A, f"Your {word} is {ref}."), (C, f"thanks so {word} {ref}, got it")], \
            f"chat/retail: {word} typed"
    return [(A, f"can you give me the {word}"), (C, f"yeah it's {say_digits(ref)}"),
            (A, f"thank you {word} {say_digits(ref, False)}")], f"call/retail: {word} spoken digit by digit"


def n_time():
    h = R.randint(1, 12)
    return [(A, f"we can send an engineer between {int_words(h)} and {int_words(h % 12 + 1)} on "
                f"{R.choice(['monday', 'thursday', 'saturday'])}"),
            (C, f"could they come at half {int_words(R.randint(1, 11))} instead it takes me "
                f"{int_words(R.randint(15, 45))} minutes to get home")], \
        "call/telecom: appointment times and durations"


def n_flight():
    fl = R.choice(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(R.randint(100, 9999))
    return [(C, f"My flight {fl} on the {R.randint(1, 28)}th was delayed {R.randint(2, 9)} hours, "
                f"seat {R.randint(1, 40)}{R.choice('ABCDEF')}.".replace("1th", "1st").replace("2th", "2nd").replace("3th", "3rd").replace("11st", "11th").replace("12nd", "12th").replace("13rd", "13th")),
            (A, f"Sorry to hear that. Compensation for that route is €{R.choice([250, 400, 600])}.")], \
        "chat/travel: flight number, seat, hours, compensation amount"


def n_flight_spoken():
    code = R.choice([("e i", "EI"), ("b a", "BA"), ("f r", "FR")])
    num = str(R.randint(100, 999))
    return [(C, f"i was on flight {code[0]} {say_digits(num, False)} from dublin and it landed at "
                f"{int_words(R.randint(1, 11))} {int_words(R.randint(10, 59))}"),
            (A, "okay and how many bags did you check"), (C, R.choice(["two", "just the one", "three"]))], \
        "call/travel: spoken flight number and landing time"


def n_room():
    room = R.randint(101, 940)
    return [(C, f"i'm in room {say_digits(str(room), False) if ch() else int_words(room)} and the "
                f"air con is stuck at {int_words(R.randint(16, 30))} degrees"),
            (A, f"i'll send someone up within {int_words(R.choice([10, 15, 20, 30]))} minutes")], \
        "call/travel: hotel room number and temperature"


def n_meter():
    rd = rdig(5, True)
    if ch():
        return [(C, f"meter reading today is {rd} and the night one is {rdig(5, True)}"),
                (A, "Thanks, your next bill will use those readings.")], "chat/utilities: meter readings"
    return [(C, f"the reading is {say_digits(rd)}"), (A, "and the night rate"),
            (C, f"{say_digits(rdig(5, True))}")], "call/utilities: spoken meter readings"


def n_model():
    m = R.choice(["SM-G991B", "iPhone 13", "KDL-40W705", "WM8000", "XPS 9310", "Pixel 7a", "HS-2240"])
    return [(C, f"the router model is {R.choice(['TG-5490', 'HH6', 'DGA4134', 'Archer AX55'])} and my phone is a {m}"),
            (A, f"thanks, firmware version {R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)} is the latest")], \
        "chat/telecom: device model numbers and firmware version"


def n_speed():
    return [(C, f"i'm paying for {int_words(R.choice([100, 300, 500, 900]))} meg and only getting "
                f"{int_words(R.randint(5, 60))}"),
            (A, f"that's about {int_words(R.randint(5, 40))} percent of the package let me run a test")], \
        "call/telecom: speeds and percentages"


def n_dates():
    d1 = f"{R.randint(1, 28):02d}/{R.randint(1, 12):02d}/{R.choice([2024, 2025, 2026])}"
    return [(A, f"Your contract started on {d1} and renews on the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)}."),
            (C, f"ok and the last payment went out on {R.choice(MONTHS).title()} {R.randint(1, 28)}?")], \
        "chat/telecom: contract and payment dates, not DOB"


def n_spoken_date():
    return [(C, f"the payment was taken on the {ORD[R.randint(1, 28)]} of {R.choice(MONTHS)} "
                f"{say_year(R.choice([2024, 2025, 2026]))}"),
            (A, f"yes and it was {int_words(R.randint(20, 200))} pounds")], \
        "call/banking: spoken payment date with year and amount"


def n_age_count():
    return [(C, f"there's {int_words(R.randint(2, 6))} of us on the policy my son is "
                f"{int_words(R.randint(4, 17))} and i'm {int_words(R.randint(30, 70))}"),
            (A, f"the family plan is {int_words(R.randint(5, 25))} percent off for {int_words(R.randint(2, 24))} months")], \
        "call/insurance: counts, ages, percentages, durations"


def n_last_four():
    return [(A, "Is it the gold card you want to cancel or the standard one?"),
            (C, f"the standard one, I've had it {R.randint(2, 15)} years, spent about ${R.randint(100, 9000):,} on it")], \
        "chat/retail: no card number, years and dollar amount"


def n_quantities():
    return [(C, f"I ordered {R.randint(2, 12)} boxes of {R.choice(['A4 paper', 'printer ink', 'cable ties'])} "
                f"at ${R.randint(5, 99)}.{R.randint(0, 99):02d} each and got {R.randint(1, 11)}"),
            (A, f"I'll refund the missing items, about {R.randint(1, 20)} business days, order #{rdig(8, True)}")], \
        "chat/retail: quantities, prices, order number"


def n_years():
    return [(C, f"i've been with you since {say_year(R.randint(1995, 2015))} and never missed a payment"),
            (A, f"i can see that, {int_words(R.randint(10, 30))} years is a long time")], \
        "call/banking: customer tenure years"


def n_hours():
    return [(A, "Our lines are open 8am to 8pm Monday to Friday and 9-5 on Saturdays."),
            (C, f"ok I'll call back at {R.randint(1, 7)}:{R.choice(['00', '15', '30', '45'])}")], \
        "chat/government services: opening hours and call-back time"


def n_spoken_ref_mixed():
    ref = rdig(7, True)
    return [(A, "have you got the complaint reference"),
            (C, f"it's c r {say_digits(ref)}"),
            (A, f"thank you and you were charged {int_words(R.randint(2, 90))} ninety nine twice")], \
        "call/telecom: spoken complaint reference with letter prefix, double charge amount"


def n_prescription():
    return [(C, f"I was billed ${R.randint(20, 400)} for {R.randint(2, 4)} visits, invoice {rdig(9, True)}"),
            (A, f"Thanks, the copay should have been ${R.choice([20, 25, 30, 40])}. I'll open ticket {rdig(6, True)}.")], \
        "chat/healthcare billing: amounts, visit count, invoice and ticket numbers"


def n_temperature():
    return [(C, f"the boiler pressure is at {int_words(R.randint(1, 2))} point {int_words(R.randint(1, 9))} bar "
                f"and the water only gets to {int_words(R.randint(30, 60))} degrees"),
            (A, f"that's under the {int_words(R.choice([60, 65, 70]))} it should be, engineer fee is {int_words(R.choice([60, 80, 95]))} pounds")], \
        "call/utilities: pressure, temperatures, fee"


def n_motorway():
    return [(C, f"sorry i'm late calling i was stuck on the M{R.choice([1, 4, 6, 25, 62])} near junction "
                f"{R.randint(2, 30)} for {R.randint(2, 3)} hours"),
            (A, f"no worries, your delivery slot is {R.randint(7, 11)}am to {R.randint(1, 6)}pm on the {R.randint(4, 9)}th")], \
        "chat/retail: motorway and junction numbers (postcode lookalike), delivery slot"


def n_plan():
    return [(A, f"the new plan is {int_words(R.randint(20, 60))} pounds {int_words(R.randint(10, 99))} a month for "
                f"{int_words(R.choice([12, 18, 24, 36]))} months with {int_words(R.choice([50, 100, 150]))} gigs of data"),
            (C, f"and the old one was {int_words(R.randint(20, 60))} ninety nine right and it ends in twenty "
                f"{int_words(R.randint(26, 29))}")], \
        "call/telecom: spoken plan prices, durations, data allowance, contract end year"


def n_big_amount():
    a = R.randint(1000, 99999)
    return [(C, f"the loan was {int_words(a)} euro at {int_words(R.randint(2, 9))} point {int_words(R.randint(1, 9))} percent"),
            (A, f"yes and {int_words(R.randint(12, 60))} of the {int_words(R.choice([60, 84, 120]))} repayments are done")], \
        "call/banking IE: large spoken loan amount, interest rate, repayment counts"


def n_parcel():
    return [(A, f"Parcel weighed {R.randint(1, 30)}.{R.randint(0, 9)}kg, dimensions {R.randint(10, 90)}x{R.randint(10, 90)}x{R.randint(5, 60)}cm."),
            (C, f"ok, it's {R.randint(2, 6)} of {R.randint(6, 12)} packages, order ref {rdig(8, True)}")], \
        "chat/retail: weights, dimensions, package counts, order ref"


NEG_TEMPLATES = [
    (n_motorway, 4), (n_plan, 5), (n_big_amount, 4), (n_parcel, 4),
    (n_money, 8), (n_reference, 12), (n_time, 5), (n_flight, 6), (n_flight_spoken, 5), (n_room, 5),
    (n_meter, 7), (n_model, 5), (n_speed, 5), (n_dates, 6), (n_spoken_date, 5), (n_age_count, 5),
    (n_last_four, 3), (n_quantities, 6), (n_years, 5), (n_hours, 4), (n_spoken_ref_mixed, 5),
    (n_prescription, 5), (n_temperature, 3),
]


# --------------------------------------------------------------------------
# generation
# --------------------------------------------------------------------------
def expand(templates, n):
    seq = []
    for fn, w in templates:
        seq += [fn] * w
    while len(seq) < n:
        seq.append(R.choice(templates)[0])
    R.shuffle(seq)
    return seq


def generate():
    _gid[0] = 0
    R.seed(SEED)
    cases, groups = [], []
    for i, fn in enumerate(expand(POS_TEMPLATES, N_POS), 1):
        turns, note = fn()
        case, grps = build(turns, note)
        cases.append({"id": f"h12-pos-{i:03d}", "kind": "positive", **case})
        groups.append(grps)
    for i, fn in enumerate(expand(NEG_TEMPLATES, N_NEG), 1):
        turns, note = fn()
        case, grps = build(turns, note)
        assert not grps
        cases.append({"id": f"h12-neg-{i:03d}", "kind": "negative", **case})
        groups.append([])
    return cases, groups


# --------------------------------------------------------------------------
# validation (normalise spoken forms back to values)
# --------------------------------------------------------------------------
SKIP = {"um", "uh", "erm", "er", "no", "sorry", "wait", "plus", "and", "hang", "on", "then"}
UNIT_IDX = {w: i for i, w in enumerate(UNITS)}
UNIT_IDX.update({"oh": 0, "o": 0, "nought": 0, "to": 2, "for": 4, "ate": 8})
TEEN_IDX = {w: 10 + i for i, w in enumerate(TEENS)}
TENS_IDX = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {w: k for k, w in list(NATO.items()) + list(FOR_WORDS.items())}


def spoken_to_alnum(text, letters):
    toks = re.findall(r"[a-z]+|\d", text.lower())
    out = []
    i = 0
    rep = 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and t == "double" and nxt == "you":
            out.append("W" * rep)
            rep = 1
            i += 2
            continue
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        if t.isdigit():
            val = t
        elif letters and t == "for" and nxt in NATO_REV:
            i += 2
            continue
        elif letters and t in ("for",) and nxt is None:
            return None
        elif t in UNIT_IDX and not (letters and t == "o" and False):
            val = str(UNIT_IDX[t])
        elif t in TEEN_IDX:
            val = str(TEEN_IDX[t])
        elif t in TENS_IDX:
            if nxt in UNIT_IDX and UNIT_IDX[nxt] > 0 and nxt not in ("oh", "o", "nought", "to", "for", "ate"):
                val = str(TENS_IDX[t] * 10 + UNIT_IDX[nxt])
                i += 1
            else:
                val = str(TENS_IDX[t] * 10)
        elif t in SKIP:
            i += 1
            continue
        elif letters and t in HOMO_REV:
            val = HOMO_REV[t].upper()
        elif letters:
            val = t.upper()
        else:
            return None
        out.append(val * rep)
        rep = 1
        i += 1
    return "".join(out)


def email_norm(text):
    t = " " + text.lower() + " "
    t = t.replace(" at ", "@").replace(" dot ", ".").replace(" underscore ", "_")
    t = t.replace(" dash ", "-").replace(" hyphen ", "-")
    return t.replace(" ", "")


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
DATEISH = re.compile(r"\d|" + "|".join(MONTHS + [m[:3] for m in MONTHS] + ORD[1:] + TEENS + UNITS[1:] + TENS[2:]), re.I)
STREET_RE = re.compile(r"(road|street|avenue|lane|terrace|drive|grove|close|kingsway|view|court|ridge|boulevard|hill|walk|crescent)", re.I)


def validate_group(g):
    typ, canon, joined = g["typ"], g["canon"], " ".join(g["parts"])
    probs = []
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        if not DATEISH.search(joined):
            probs.append(f"{typ} has no number/month: {joined!r}")
        if typ == "ADDRESS" and not STREET_RE.search(joined):
            probs.append(f"address without street word: {joined!r}")
        return probs
    if typ == "EMAIL":
        got = email_norm(joined)
        if not re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", got):
            probs.append(f"bad email {got!r}")
        if canon is not None and got != canon:
            probs.append(f"email {got!r} != {canon!r}")
        return probs
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    got = spoken_to_alnum(joined, letters)
    if got is None:
        return [f"{typ} could not normalise {joined!r}"]
    if canon is None:
        return [f"{typ} group without canonical value"]
    if g["corr"]:
        if not got.endswith(canon):
            probs.append(f"{typ} corrected reading {got!r} does not end with {canon!r}")
    elif got != canon:
        probs.append(f"{typ} normalised {got!r} != {canon!r} from {joined!r}")
    v_ = canon
    if typ == "CARD_NUMBER" and not (13 <= len(v_) <= 19 and v_.isdigit() and luhn_ok(v_)):
        probs.append(f"bad card {v_}")
    elif typ == "CVV" and not (v_.isdigit() and len(v_) in (3, 4)):
        probs.append(f"bad cvv {v_}")
    elif typ == "SSN" and not (re.fullmatch(r"\d{9}", v_) and v_[:3] not in ("000", "666") and v_[3:5] != "00"
                               and v_[5:] != "0000" and v_[0] != "9"):
        probs.append(f"bad ssn {v_}")
    elif typ == "NI_NUMBER" and not NI_RE.match(v_):
        probs.append(f"bad NI {v_}")
    elif typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", v_):
        probs.append(f"bad sort code {v_}")
    elif typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{8,12}", v_):
        probs.append(f"bad account {v_}")
    elif typ == "IBAN" and not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v_) and iban_ok(v_)):
        probs.append(f"bad iban {v_}")
    elif typ == "PHONE" and not re.fullmatch(r"\d{10,13}", v_):
        probs.append(f"bad phone {v_}")
    elif typ == "POSTCODE" and not (UK_PC.match(v_) or re.fullmatch(r"\d{5}(\d{4})?", v_)):
        probs.append(f"bad postcode {v_}")
    return probs


def check_cases(cases, groups):
    probs = []
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        probs.append("duplicate ids")
    for c, grps in zip(cases, groups):
        cid = c["id"]
        if c["kind"] == "negative" and c["spans"]:
            probs.append(f"{cid}: negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            probs.append(f"{cid}: positive without spans")
        if not c["note"] or "/" not in c["note"]:
            probs.append(f"{cid}: bad note")
        for t in c["turns"]:
            if t["speaker"] not in (A, C) or not t["text"]:
                probs.append(f"{cid}: bad turn {t}")
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                probs.append(f"{cid}: unknown type {s['type']}")
            if not (0 <= s["turn"] < len(c["turns"])):
                probs.append(f"{cid}: turn out of range")
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                probs.append(f"{cid}: offsets out of range {s}")
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                probs.append(f"{cid}: span not trimmed {txt[a:b]!r}")
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                probs.append(f"{cid}: span not on word boundary {txt[max(0, a-3):b+3]!r}")
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    probs.append(f"{cid}: overlapping spans")
        for g in grps:
            probs += [f"{cid}: {p}" for p in validate_group(g)]
    return probs


def counts(cases):
    ct = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(c["kind"] == "positive" for c in cases)
    return ct, pos, len(cases) - pos


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(cases):
    ct, pos, neg = counts(cases)
    rows = "\n".join(f"| {t} | {ct[t]} |" for t in TYPES)
    return f"""# PII hold-out set 12 (`pii_holdout12`)

**Never use this set for tuning.** It is a held-out evaluation set: do not look at
individual failures to adjust patterns, thresholds or word lists, or it stops
measuring generalisation.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation, the benchmark script
or any other PII fixture; only the JSONL format was shown (3 example lines).
All cases are produced by `scripts/make_pii_holdout12.py` from template
functions with a single seeded `random.Random({SEED})`; every turn is assembled
from plain text segments and labelled `(value, TYPE)` segments so that offsets
are computed, never typed by hand. `python scripts/make_pii_holdout12.py --check`
regenerates the set, checks it is byte-identical, and validates ids, offsets,
word boundaries, overlaps, and every value after normalising spoken forms back
to digits/letters (Luhn for cards, mod-97 for IBANs, NI format, 9-digit SSN,
6-digit sort codes, 3-4 digit CVV, 8-12 digit accounts, 10-13 digit phones,
UK postcode / US ZIP shapes, e-mail shape).

## Contents

{pos} positive cases and {neg} negative cases ({len(cases)} total). Chat cases
are typed text (varied separators, case, extra words); call cases imitate ASR
output (lower case, no punctuation, numbers as words, "oh"/"o"/"nought"/"zero",
"double"/"triple", digit pairs such as "forty one", years such as "nineteen
eighty six", spelled letters "b for bravo" / "s for sugar" / homophones such as
"bee", "see", "are", "why", "zed"; e-mails as "j dot doe at gmail dot com";
values split over customer turns with agent back-channels; agent read-backs;
self-corrections; several values in one turn; pauses inside readings; digits
as ASR homophones "to"/"for"/"ate"; SSNs read as "five twenty three forty
five ..."). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government services;
countries: US, UK, Ireland, EU (DE/FR/NL/ES IBANs).

| type | spans |
|---|---|
{rows}

## Annotation conventions

- A span covers the value only, from its first to its last letter/digit, and
  never lead-ins ("it's", "my number is", "yeah"), nor trailing fillers.
- Spoken values: the span covers every word of the reading, including
  "double"/"triple", "oh", NATO/spelling words ("b for bravo", "s for sugar"
  as a whole) and letter homophones ("double you", "see", "are").
- A pause word between two parts of one value in the same turn ("um",
  "hang on", "sorry", "then" after "area code") splits it into two spans; the
  pause word and "area code" are not labelled.
- Self-corrections: the span starts at the first (wrong) digit and covers the
  correction words ("no sorry", "no wait") and the corrected value, so the
  wrong digits must also be hidden.
- Values split over several turns: one span per turn, each covering that turn's
  fragment; agent back-channels are not labelled. Values split inside one turn
  by chit-chat get one span per fragment; the chit-chat is not labelled.
- Agent read-backs of a value are labelled like the customer's reading.
- CARD_NUMBER: the full PAN (13-19 digits). CVV and EXPIRY only in a card
  context. EXPIRY covers month and year ("oh four twenty seven", "04/27").
- PHONE covers the whole number including a country code; spans start and end
  on a letter/digit, so a leading "+" or "(" stays just outside the span
  ("+44 7700 900123" -> span "44 7700 900123"). Spoken "plus four four" is
  inside the span from "four".
- ADDRESS is the street line: house number and street name/type, plus a
  flat/apartment part when present (leading "Flat 3," / "flat twelve" in the
  UK, leading "Apt 30," or trailing "apartment twelve" in the US). The town is
  NOT labelled; the POSTCODE (UK postcode or US ZIP/ZIP+4) is its own span.
- DOB covers the whole date including the year.
- Negative cases contain amounts, balances, prices, times, durations, counts,
  ages, years, percentages, temperatures, speeds, non-birth dates, meter
  readings, model/firmware numbers, flight and seat numbers, room numbers and
  order/ticket/claim/invoice/reference numbers (with their reference word, at
  most 10 digits). Nothing in a negative case may be redacted.
- Positive cases also contain unlabelled non-PII numbers of the same kinds.
"""


def main():
    cases, groups = generate()
    text = render(cases)
    rd = readme(cases)
    probs = check_cases(cases, groups)
    ct, pos, neg = counts(cases)
    if pos < 170 or neg < 100:
        probs.append(f"too few cases pos={pos} neg={neg}")
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            probs.append(f"type {t} has {ct[t]} spans < {need}")
    if "--check" in sys.argv[1:]:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            probs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            probs.append("README.md differs from regenerated output")
        # re-read the file and check it parses
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print(f"cases: {len(cases)} (positive {pos}, negative {neg})")
    for t in TYPES:
        print(f"  {t:13s} {ct[t]}")
    if probs:
        for p in probs[:60]:
            print("PROBLEM:", p)
        print(f"{len(probs)} problem(s)")
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

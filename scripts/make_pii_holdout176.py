#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h176.

Written by an AI helper acting as an independent author (it did not see the
redaction code).  Standard library only.  Output is byte-for-byte reproducible
from the seed.  Never use this set for tuning.

    python scripts/make_pii_holdout176.py          # write fixture + README
    python scripts/make_pii_holdout176.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys

SEED = 176241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout176")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]


def zero_word(style):
    return {"oh": "oh", "o": "o", "zero": "zero", "nought": "nought"}[style]


def say_digits(s, zero="oh", runs=True):
    """Digit by digit, with optional double/triple for runs."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zero_word(zero) if d == "0" else DW[int(d)]
        n = 1
        while i + n < len(s) and s[i + n] == d:
            n += 1
        if runs and n >= 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif runs and n >= 2 and R.random() < 0.75:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, zero="oh"):
    """Two digits as a number word (forty one, eleven, oh seven)."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(zero) + " " + DW[b] if b else zero_word(zero) + " " + zero_word(zero)
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + DW[b])


def say_group(g, zero="oh"):
    """Mixed reading for a group: pairs for even groups sometimes, else digits."""
    if len(g) == 4 and R.random() < 0.45 and g[0] != "0" and g[2] != "0" and g[1] != "0" and g[3] != "0":
        return say_pair(g[:2], zero) + " " + say_pair(g[2:], zero)
    if len(g) == 2 and R.random() < 0.4 and g[0] != "0" and g[1] != "0":
        return say_pair(g, zero)
    return say_digits(g, zero)


def say_grouped(s, sizes, zero="oh", sep=" "):
    parts, i = [], 0
    for n in sizes:
        parts.append(say_group(s[i:i + n], zero))
        i += n
    return sep.join(parts)


def say_year(y):
    y = str(y)
    if y.startswith("20") and y[2] == "0":
        return "two thousand" + ("" if y[3] == "0" else " and " + DW[int(y[3])]) if R.random() < 0.6 \
            else "two thousand " + DW[int(y[3])]
    return say_pair(y[:2]) + " " + say_pair(y[2:])


def say_letter(c, nato_p=0.5):
    c = c.lower()
    r = R.random()
    if c == "o":
        return "o for oscar" if r < 0.5 else "oscar"
    if r < nato_p * 0.5:
        return c + " for " + NATO[c]
    if r < nato_p:
        return NATO[c]
    return c


# ---------------------------------------------------------------- value makers
def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        return luhn_complete("4" + rdig(14)), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221"])[:2] + rdig(13)), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdig(12)), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011" + rdig(11)), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4" + rdig(11)), [4, 3, 3, 3]
    return luhn_complete("6759" + rdig(14)), [4, 4, 4, 4, 3]


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban():
    c = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    up = lambda n: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    elif c == "FR":
        bban = rdig(10) + up(0) + rdig(11) + rdig(2)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def ssn():
    a = R.choice([x for x in range(1, 900) if x != 666])
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def sortcode():
    return R.choice(["20", "40", "60", "30", "11", "09", "77", "83", "90", "16"]) + rdig(4)


def phone(region=None):
    region = region or R.choice(["uk", "uk", "us", "ie", "uk_land"])
    if region == "uk":
        return "07" + R.choice(["7", "8", "9", "4", "5"]) + rdig(8), region
    if region == "uk_land":
        return R.choice(["0161", "0113", "0121", "0131", "0117", "0207"]) + rdig(7), region
    if region == "us":
        return R.choice(["212", "415", "312", "617", "404", "713", "503"]) + str(R.randint(2, 9)) + rdig(6), region
    return "08" + R.choice(["3", "5", "6", "7"]) + rdig(7), region


FIRST = ["james", "sarah", "priya", "tom", "aoife", "liam", "maria", "chen", "olu", "grace", "dave",
         "niamh", "ahmed", "lucy", "marek", "sofia", "ben", "fatima", "ryan", "hannah"]
LAST = ["doyle", "patel", "okafor", "smith", "murphy", "nowak", "garcia", "oconnor", "walsh",
        "kim", "hughes", "brennan", "ali", "taylor", "reyes", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "eircom.net", "btinternet.com",
           "icloud.com", "aol.com", "live.ie", "protonmail.com"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0] + str(R.randint(70, 99))])
    return local, R.choice(DOMAINS)


def say_email(local, domain):
    def conv(s):
        out = []
        for part in re.split(r"([._\d]+)", s):
            if not part:
                continue
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part.isdigit():
                out.append(say_digits(part) if R.random() < 0.5 or len(part) != 2 else say_pair(part))
            elif len(part) <= 2:
                out.append(" ".join(part))
            else:
                out.append(part)
        return " ".join(out)
    return conv(local) + " at " + conv(domain)


UK_PC = ["SW1A 2AA", "M14 5TP", "LS6 2QB", "B15 2TT", "EH8 9YL", "CF10 3AT", "G12 8QQ",
         "BS8 1TH", "NE1 7RU", "L17 8XY", "SE22 8DT", "N16 0LR", "OX4 1AW", "CB2 1TN",
         "BT9 6AB", "RG1 3EH", "NG7 2RD", "DE22 1GB", "W5 2NU", "E17 4PP", "S10 2TN", "PL4 8AA"]
US_ZIP = ["30309", "10001", "60614", "94110", "02139", "77002", "97205", "80203", "33131", "98109"]
STREETS = ["Hawthorn Road", "Station Street", "Church Lane", "Maple Avenue", "Kings Drive",
           "Elm Grove", "Victoria Terrace", "Oak Crescent", "Mill Close", "Park View",
           "Westbourne Gardens", "Cedar Court", "High Street", "Bridge Road", "Sycamore Way"]
US_STREETS = ["Oak Street", "Peachtree Road", "Lincoln Avenue", "Elm Boulevard", "Sunset Drive",
              "Main Street", "Cedar Lane", "Washington Avenue"]


def say_postcode(pc):
    out = []
    for ch in pc.replace(" ", " | ").split(" "):
        if ch == "|":
            continue
        out.append(ch)
    toks = []
    for grp in pc.split(" "):
        g = []
        for ch in grp:
            if ch.isdigit():
                g.append(zero_word(R.choice(["oh", "zero"])) if ch == "0" else DW[int(ch)])
            else:
                g.append(say_letter(ch, 0.35))
        toks.append(" ".join(g))
    return " ".join(toks)


def say_number(n):
    """Small cardinal (1..999) as words."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    h, r = divmod(n, 100)
    return DW[h] + " hundred" + ("" if r == 0 else " and " + say_number(r))


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i * 10 for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
LETTER_HOMO = {"see": "C", "are": "R", "why": "Y", "be": "B", "jay": "J", "kay": "K", "tee": "T", "pee": "P"}
HOMO = {"to": "2", "too": "2", "won": "1", "ate": "8", "for": "4", "fore": "4"}
FILLER = {"um", "uh", "er", "erm", "ah", "and", "sorry", "dash", "hyphen", "space", "slash",
          "it's", "its", "is", "the", "then", "like", "hmm"}


def spoken_to_chars(text, letters=True):
    """Normalise a spoken / typed reading to a string of digits and upper letters."""
    t = text.lower().replace("x-ray", "xray").replace(",", " ").replace("-", " - ")
    toks = [x for x in re.split(r"[\s]+", t) if x]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        w = toks[i].strip(".?!:;()")
        if w in ("", "-", "/"):
            i += 1
            continue
        if w == "double":
            mult = 2
            i += 1
            continue
        if w == "triple":
            mult = 3
            i += 1
            continue
        piece = None
        if w in WORDNUM and not (w == "o" and letters and mult == 1 and _letter_ctx(toks, i)):
            piece = WORDNUM[w]
        elif w in TEENNUM:
            piece = TEENNUM[w]
        elif w in TENNUM:
            v = TENNUM[w]
            nxt = toks[i + 1] if i + 1 < len(toks) else ""
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero", "naught"):
                piece = str(v + int(WORDNUM[nxt]))
                i += 1
            else:
                piece = str(v)
        elif w == "thousand" and out and out[-1].isdigit() and len(out[-1]) == 1:
            h = int(out.pop())
            rest = 0
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks) and toks[j] in TEENNUM:
                rest = int(TEENNUM[toks[j]])
                j += 1
            elif j < len(toks) and toks[j] in TENNUM:
                rest = TENNUM[toks[j]]
                j += 1
                if j < len(toks) and toks[j] in WORDNUM and toks[j] not in ("oh", "o", "nought", "zero"):
                    rest += int(WORDNUM[toks[j]])
                    j += 1
            elif j < len(toks) and toks[j] in WORDNUM and toks[j] not in ("oh", "o", "nought", "zero"):
                rest = int(WORDNUM[toks[j]])
                j += 1
            piece = "%d" % (h * 1000 + rest)
            i = j - 1
        elif w == "hundred":
            if out and out[-1].isdigit() and len(out[-1]) == 1:
                h = out.pop()
                rest = 0
                j = i + 1
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and toks[j] in TENNUM:
                    rest = TENNUM[toks[j]]
                    j += 1
                    if j < len(toks) and toks[j] in WORDNUM and toks[j] not in ("oh", "o", "nought", "zero"):
                        rest += int(WORDNUM[toks[j]])
                        j += 1
                elif j < len(toks) and toks[j] in TEENNUM:
                    rest = int(TEENNUM[toks[j]])
                    j += 1
                elif j < len(toks) and toks[j] in WORDNUM and j > i + 1:
                    rest = int(WORDNUM[toks[j]])
                    j += 1
                piece = str(int(h) * 100 + rest)
                i = j - 1
            else:
                piece = "00"
        elif w in NATO_REV:
            piece = NATO_REV[w].upper() if letters else ""
        elif w == "for" and i + 1 < len(toks) and toks[i + 1] in NATO_REV:
            i += 2  # "b for bravo": letter already emitted
            continue
        elif w in LETTER_HOMO:
            piece = LETTER_HOMO[w] if letters else ""
        elif w in HOMO:
            piece = HOMO[w]
        elif w in FILLER:
            i += 1
            continue
        elif re.fullmatch(r"[a-z0-9]+", w):
            piece = w.upper() if letters else re.sub(r"\D", "", w)
        else:
            piece = re.sub(r"[^A-Za-z0-9]", "", w).upper() if letters else re.sub(r"\D", "", w)
        out.append(piece * mult)
        mult = 1
        i += 1
    return "".join(out)


def _letter_ctx(toks, i):
    return i + 2 < len(toks) and toks[i + 1] == "for"


def norm_email(text):
    t = text.strip().lower()
    if "@" in t:
        return t
    t = re.sub(r"\bat\b", "@", t)
    t = re.sub(r"\bdot\b", ".", t)
    t = re.sub(r"\bunderscore\b", "_", t)
    toks = t.split()
    out = []
    i = 0
    while i < len(toks):
        w = toks[i]
        if w in WORDNUM and w not in ("o",):
            out.append(WORDNUM[w])
        elif w in TENNUM:
            v = TENNUM[w]
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM:
                v += int(WORDNUM[toks[i + 1]])
                i += 1
            out.append(str(v))
        elif w in TEENNUM:
            out.append(TEENNUM[w])
        elif w == "double" and i + 1 < len(toks) and toks[i + 1] in WORDNUM:
            out.append(WORDNUM[toks[i + 1]] * 2)
            i += 1
        else:
            out.append(w)
        i += 1
    return "".join(out)


def month_num(t):
    for k, m in enumerate(MONTHS):
        if m in t or m[:3] == t[:3]:
            return k + 1
    return None


def validate(typ, text):
    """Return None if the (joined) value is valid for its type, else a message."""
    if typ == "EMAIL":
        e = norm_email(text)
        return None if re.fullmatch(r"[a-z0-9._%+]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e) else "bad email " + e
    if typ == "ADDRESS":
        ok = re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|teen|ty)\b", text.lower()) \
            and re.search(r"\b(road|street|lane|avenue|drive|grove|terrace|crescent|close|view|gardens|court|way|boulevard|rd|st|ave|flat|apartment)\b", text.lower())
        return None if ok else "bad address"
    if typ in ("EXPIRY", "DOB"):
        low = text.lower()
        d = spoken_to_chars(low, letters=False)
        has_month = any(m in low or re.search(r"\b" + m[:3] + r"\b", low) for m in MONTHS)
        if typ == "EXPIRY":
            if has_month:
                return None if 2 <= len(d) <= 4 else "bad expiry " + d
            if len(d) == 3:
                d = "0" + d
            return None if len(d) in (4, 6) and 1 <= int(d[:2]) <= 12 else "bad expiry " + d
        if has_month:
            return None if re.search(r"(19|20)\d\d$", d) else "bad dob " + d
        return None if 6 <= len(d) <= 8 and re.search(r"(19|20)\d\d$|^\d{6}$", d) else "bad dob " + d
    if typ == "POSTCODE":
        c = spoken_to_chars(text)
        if re.fullmatch(r"\d{5}(\d{4})?", c):
            return None
        return None if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", c) else "bad postcode " + c
    if typ == "NI_NUMBER":
        c = spoken_to_chars(text)
        return None if NI_RE.fullmatch(c) else "bad NI " + c
    if typ == "IBAN":
        c = spoken_to_chars(text)
        return None if iban_ok(c) else "bad iban " + c
    d = spoken_to_chars(text, letters=False)
    if typ == "CARD_NUMBER":
        return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card " + d
    if typ == "CVV":
        return None if len(d) in (3, 4) else "bad cvv " + d
    if typ == "SSN":
        return None if len(d) == 9 else "bad ssn " + d
    if typ == "SORT_CODE":
        return None if len(d) == 6 else "bad sort " + d
    if typ == "BANK_ACCOUNT":
        return None if 8 <= len(d) <= 12 else "bad account " + d
    if typ == "PHONE":
        return None if 10 <= len(d) <= 13 else "bad phone " + d
    return "unknown type"


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


CASELIST = []
GROUPS = []  # (case index, [(turn, start, end)], type)


def add(kind, note, turns):
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                key = s.group if s.group is not None else ("solo", len(spans))
                groups.setdefault(key, []).append((ti, st, len(text), s.typ))
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    prefix = "pos" if kind == "positive" else "neg"
    n = sum(1 for c in CASELIST if c["kind"] == kind) + 1
    cid = "h176-%s-%03d" % (prefix, n)
    CASELIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    for key, lst in groups.items():
        GROUPS.append((len(CASELIST) - 1, lst))


A, C = "agent", "customer"

INDUSTRIES_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"]
INDUSTRIES_US = ["banking", "telecom", "healthcare billing", "insurance", "retail", "utilities"]
ZS = ["oh", "zero", "o", "nought"]
BACK = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got that", "yes go ahead"]
FILL = ["um ", "uh ", "er ", ""]


def card_spoken(num, sizes, zero):
    return say_grouped(num, sizes, zero)


def typed_card(num, sizes):
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    parts, i = [], 0
    for n in sizes:
        parts.append(num[i:i + n])
        i += n
    return sep.join(parts)


def exp_pair():
    return R.randint(1, 12), R.randint(26, 31)


def say_expiry(m, y):
    r = R.random()
    if r < 0.35:
        return say_digits("%02d" % m, R.choice(["oh", "zero"]), runs=False) + " " + say_pair(str(y))
    if r < 0.7:
        return MONTHS[m - 1] + " " + R.choice(["twenty ", "two thousand and "]) + say_number(y % 100 if y < 100 else y)
    return say_digits("%02d%02d" % (m, y), R.choice(ZS), runs=False)


def typed_expiry(m, y):
    return R.choice(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%d/%02d", "%02d %02d"]) % (m, y)


def dob_val():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1938, 2004)


def say_dob(d, m, y):
    r = R.random()
    if r < 0.4:
        return "the " + ORD[d] + " of " + MONTHS[m - 1] + " " + say_year(y)
    if r < 0.7:
        return MONTHS[m - 1] + " " + ORD[d] + " " + say_year(y)
    return say_digits("%02d%02d" % (d, m), R.choice(ZS), runs=False) + " " + say_year(y)


def typed_dob(d, m, y, us=False):
    if us:
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%d/%d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                     "%02d-%02d-%d" % (d, m, y), "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1][:3].title(), y)])


def ref_spoken(n):
    return say_digits(rdig(n), R.choice(ZS))


def say_ni(v, style):
    L1, L2, digs, suf = v[0], v[1], v[2:8], v[8]
    if style == "nato":
        a = say_letter(L1, 0.9) + " " + say_letter(L2, 0.9)
    else:
        a = L1.lower() + " " + L2.lower()
    dg = say_grouped(digs, [2, 2, 2], R.choice(["oh", "zero", "nought"]))
    return a, dg, say_letter(suf, 0.5 if style == "nato" else 0.2)


def typed_ni(v):
    f = R.choice(["sp", "none", "lower", "dash", "sp2"])
    if f == "sp":
        return "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if f == "none":
        return v
    if f == "lower":
        return v.lower()
    if f == "dash":
        return "%s-%s-%s-%s-%s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    return "%s %s %s" % (v[:2], v[2:8], v[8])


def say_ssn(v):
    z = R.choice(ZS[:3])
    r = R.random()
    if r < 0.4:
        return say_digits(v[:3], z) + " " + say_digits(v[3:5], z) + " " + say_digits(v[5:], z)
    if r < 0.7:
        return say_digits(v, z)
    return say_digits(v[:3], z) + " " + say_group(v[3:5], z) + " " + say_group(v[5:], z)


def typed_ssn(v):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (v[:3], v[3:5], v[5:])


def say_phone(p, region):
    z = R.choice(ZS[:3])
    if region == "uk":
        if R.random() < 0.3:
            return "plus four four " + say_digits(p[1:5], z) + " " + say_digits(p[5:], z)
        return say_digits(p[:5], z) + " " + say_grouped(p[5:], [3, 3], z)
    if region == "uk_land":
        return say_digits(p[:4], z) + " " + say_digits(p[4:], z)
    if region == "us":
        if R.random() < 0.3:
            return "one " + say_digits(p[:3], z) + " " + say_digits(p[3:6], z) + " " + say_group(p[6:], z)
        return say_digits(p[:3], z) + " " + say_digits(p[3:6], z) + " " + say_group(p[6:], z)
    if R.random() < 0.3:
        return "plus three five three " + say_digits(p[1:3], z) + " " + say_digits(p[3:], z)
    return say_digits(p[:3], z) + " " + say_digits(p[3:], z)


def typed_phone(p, region):
    if region == "uk":
        return R.choice(["%s %s" % (p[:5], p[5:]), "+44 %s %s" % (p[1:5], p[5:]), p, "+447%s" % p[2:], "(0)%s-%s" % (p[1:5], p[5:])]) \
            .replace("(0)", "0")
    if region == "uk_land":
        return R.choice(["%s %s %s" % (p[:4], p[4:7], p[7:]), "(%s) %s" % (p[:4], p[4:]), p])
    if region == "us":
        return R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                         "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
    return R.choice(["%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s" % (p[1:3], p[3:]), p])


def say_iban(v):
    out = []
    for i, ch in enumerate(v):
        if ch.isdigit():
            out.append(zero_word(R.choice(["oh", "zero"])) if ch == "0" else DW[int(ch)])
        else:
            out.append(say_letter(ch, 0.3 if i < 2 else 0.5))
    return " ".join(out)


def typed_iban(v):
    if R.random() < 0.5:
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    return v if R.random() < 0.6 else v.lower()


def uk_address():
    return "%d %s" % (R.randint(2, 220), R.choice(STREETS))


def say_house(n):
    return say_number(n) if R.random() < 0.6 or n < 10 else say_digits(str(n))


# ================================================================= POSITIVES
def pos_card_call_oneturn():
    num, sizes = card()
    ind = R.choice(INDUSTRIES_UK + ["healthcare billing"])
    z = R.choice(ZS)
    pre = R.choice(["yeah it's ", "okay so it's ", "right ", "", "um it's ", "the long number is "])
    tail = R.choice(["", " um", " and that's a %s" % ("visa" if num[0] == "4" else "debit card"), " that's the one on the front"])
    add("positive", "call/%s: card read in one ASR turn, zero as '%s', runs as double/triple" % (ind, z), [
        (A, "can i take the long number across the front of the card please"),
        (C, [pre, V(card_spoken(num, sizes, z), "CARD_NUMBER"), tail]),
        (A, "lovely thank you and that's going to take the payment of " + say_number(R.randint(20, 300)) + " pounds today")])


def pos_card_chat():
    num, sizes = card()
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    m, y = exp_pair()
    cvv = rdig(4 if len(num) == 15 else 3)
    order = rdig(R.choice([7, 8]))
    style = R.randint(0, 2)
    if style == 0:
        segs = ["card no: ", V(typed_card(num, sizes), "CARD_NUMBER"), " exp ", V(typed_expiry(m, y), "EXPIRY"),
                " cvc ", V(cvv, "CVV"), " for order #" + order]
        note = "chat/%s: card, expiry and cvc in one message beside an order number" % ind
    elif style == 1:
        segs = ["Hi, pls charge the £%d.%02d to " % (R.randint(10, 999), R.randint(0, 99)),
                V(typed_card(num, sizes), "CARD_NUMBER"), ", expires ", V(typed_expiry(m, y), "EXPIRY"),
                " and the 3 digits on the back are ", V(cvv[:3] if len(cvv) == 4 else cvv, "CVV")]
        note = "chat/%s: card with amount in the same message, security digits in words context" % ind
    else:
        segs = [V(typed_card(num, sizes), "CARD_NUMBER"), "\n", V(typed_expiry(m, y), "EXPIRY"), "\n", V(cvv, "CVV")]
        note = "chat/%s: card, expiry, cvv pasted on three lines with no labels" % ind
    add("positive", note, [(A, "Please provide the card details to complete the payment."), (C, segs)])


def pos_card_split():
    num, sizes = card()
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    z = R.choice(ZS)
    turns = [(A, "okay go ahead with the card number when you're ready")]
    i = 0
    g = "c"
    for k, n in enumerate(sizes):
        piece = say_group(num[i:i + n], z)
        i += n
        pre = R.choice(FILL) if k == 0 else ""
        post = R.choice(["", "", " um", " yeah"])
        turns.append((C, [pre, V(piece, "CARD_NUMBER", g), post]))
        if k < len(sizes) - 1:
            turns.append((A, R.choice(BACK)))
    add("positive", "call/%s: card split across %d customer turns with back-channels" % (ind, len(sizes)), turns)


def pos_card_exp_cvv_call():
    num, sizes = card()
    m, y = exp_pair()
    cvv = rdig(4 if len(num) == 15 else 3)
    ind = R.choice(INDUSTRIES_UK)
    amt = R.randint(15, 400)
    z = R.choice(ZS)
    add("positive", "call/%s: card then expiry then cvv, amount and booking number nearby (unlabelled)" % ind, [
        (A, "so the balance is %s pounds and booking reference %s is that right" % (say_number(amt), ref_spoken(6))),
        (C, "yes that's it can i pay by card"),
        (A, "of course what's the card number"),
        (C, [V(card_spoken(num, sizes, z), "CARD_NUMBER")]),
        (A, "and the expiry date"),
        (C, [R.choice(["it's ", "", "expires "]), V(say_expiry(m, y), "EXPIRY")]),
        (A, "and the " + R.choice(["three digit security code on the back", "security code", "cvv"])),
        (C, [R.choice(["", "it's ", "uh "]), V(say_digits(cvv, z), "CVV")])])


def pos_card_readback():
    num, sizes = card()
    ind = R.choice(INDUSTRIES_US)
    z = R.choice(ZS[:3])
    sp = card_spoken(num, sizes, z)
    sp2 = say_grouped(num, sizes, "zero")
    add("positive", "call/%s: card given and read back by the agent; both labelled" % ind, [
        (A, "what card would you like to use today"),
        (C, [R.choice(["the debit card um ", "my credit card it's ", "this one ", "the business card "]), V(sp, "CARD_NUMBER")]),
        (A, ["let me read that back ", V(sp2, "CARD_NUMBER"), " is that correct"]),
        (C, "yes that's right")])


def pos_ni_call():
    v = ni()
    ind = R.choice(["government services", "banking", "insurance", "utilities"])
    style = R.choice(["nato", "plain"])
    a, dg, s = say_ni(v, style)
    r = R.random()
    if r < 0.5:
        add("positive", "call/%s: NI number in one turn, letters %s, digits in pairs" % (ind, style), [
            (A, "can you confirm your national insurance number for me"),
            (C, [R.choice(["yeah it's ", "sure ", "", "okay it's "]), V(a + " " + dg + " " + s, "NI_NUMBER")]),
            (A, "thank you")])
    else:
        add("positive", "call/%s: NI number split over three turns (letters, digits, suffix)" % ind, [
            (A, "and your national insurance number please"),
            (C, [R.choice(FILL), V(a, "NI_NUMBER", "n")]),
            (A, R.choice(BACK)),
            (C, [V(dg, "NI_NUMBER", "n")]),
            (A, "and the last letter"),
            (C, [V(s, "NI_NUMBER", "n"), R.choice(["", " i think", " yeah"])])])


def pos_ni_chat():
    v = ni()
    ind = R.choice(["government services", "banking", "insurance", "retail"])
    tv = typed_ni(v)
    claim = rdig(R.choice([8, 9, 10]))
    r = R.random()
    if r < 0.5:
        segs = ["NI no. ", V(tv, "NI_NUMBER"), " - my claim ref is " + claim]
        note = "chat/%s: typed NI number next to a claim reference number" % ind
    else:
        segs = [R.choice(["its ", "it's ", "ok my NI is ", "ni number: "]), V(tv, "NI_NUMBER"),
                R.choice([" thanks", "", "!", " and i'm paid weekly, £%d" % R.randint(200, 700)])]
        note = "chat/%s: typed NI number, variant formatting" % ind
    add("positive", note, [(A, "To verify, could you send your National Insurance number?"), (C, segs)])


def pos_ni_readback():
    v = ni()
    a, dg, s = say_ni(v, "nato")
    a2, dg2, s2 = say_ni(v, "plain")
    add("positive", "call/government services: NI given then read back by agent in a different spelling", [
        (A, "national insurance number"),
        (C, [V(a + " " + dg + " " + s, "NI_NUMBER")]),
        (A, ["so that's ", V(a2 + " " + dg2 + " " + s2, "NI_NUMBER"), " yeah"]),
        (C, "yep")])


def pos_ssn_call():
    v = ssn()
    ind = R.choice(INDUSTRIES_US)
    claim = rdig(8)
    r = R.random()
    if r < 0.55:
        add("positive", "call/%s: SSN in one turn beside a claim number read digit by digit" % ind, [
            (A, "i have your claim number as %s can i get your social to verify" % ref_spoken(8)),
            (C, [R.choice(["sure it's ", "yeah ", "", "okay "]), V(say_ssn(v), "SSN")])])
    else:
        add("positive", "call/%s: SSN split across turns 3-2-4 with back-channels" % ind, [
            (A, "and the social security number"),
            (C, [R.choice(FILL), V(say_digits(v[:3], "oh"), "SSN", "s")]),
            (A, R.choice(BACK)),
            (C, [V(say_group(v[3:5]), "SSN", "s")]),
            (A, R.choice(BACK)),
            (C, [V(say_group(v[5:]), "SSN", "s"), R.choice(["", " that's it"])])])


def pos_ssn_chat():
    v = ssn()
    ind = R.choice(INDUSTRIES_US)
    segs = R.choice([
        ["SSN ", V(typed_ssn(v), "SSN")],
        ["my social is ", V(typed_ssn(v), "SSN"), " and my member id is " + rdig(9)],
        ["ss# ", V(typed_ssn(v), "SSN"), ", invoice ", "INV-" + rdig(6)],
        ["last name " + R.choice(LAST).title() + ", social ", V(typed_ssn(v), "SSN")]])
    add("positive", "chat/%s: typed SSN with lookalike ids nearby" % ind,
        [(A, "For security please confirm your Social Security number."), (C, segs)])


def pos_ssn_last_and_full():
    v = ssn()
    add("positive", "call/healthcare billing: customer gives full SSN after agent asks for last four", [
        (A, "can i get the last four of your social"),
        (C, ["you want the whole thing it's ", V(say_ssn(v), "SSN")]),
        (A, "okay thank you that's fine")])


def pos_bank_call():
    sc, acct = sortcode(), rdig(8)
    ind = R.choice(["banking", "utilities", "insurance", "telecom"])
    z = R.choice(ZS)
    sc_sp = say_grouped(sc, [2, 2, 2], z)
    ac_sp = say_grouped(acct, [4, 4], z) if R.random() < 0.5 else say_digits(acct, z)
    if R.random() < 0.5:
        add("positive", "call/%s: sort code in pairs then 8-digit account for direct debit" % ind, [
            (A, "to set up the direct debit i need the sort code and account number"),
            (C, ["sort code is ", V(sc_sp, "SORT_CODE")]),
            (A, R.choice(BACK)),
            (C, ["and the account number ", V(ac_sp, "BANK_ACCOUNT")]),
            (A, "thanks the first payment of %s pounds will come out on the %s" % (say_number(R.randint(20, 90)), ORD[R.randint(1, 28)]))])
    else:
        add("positive", "call/%s: sort code and account in one turn" % ind, [
            (A, "which account should the refund go to"),
            (C, [R.choice(FILL), V(sc_sp, "SORT_CODE"), " and then ", V(ac_sp, "BANK_ACCOUNT")])])


def pos_bank_chat():
    sc, acct = sortcode(), rdig(R.choice([8, 8, 10, 12]))
    ind = R.choice(["banking", "utilities", "retail"])
    scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    if len(acct) == 8:
        add("positive", "chat/%s: UK sort code and account typed with labels" % ind, [
            (A, "Where should we send the refund?"),
            (C, ["s/c ", V(scs, "SORT_CODE"), " a/c ", V(acct, "BANK_ACCOUNT")])])
    else:
        add("positive", "chat/banking US: checking account number typed (10-12 digits)", [
            (A, "What's the account number for the ACH transfer?"),
            (C, ["checking acct ", V(acct, "BANK_ACCOUNT"), " thx"])])


def pos_iban():
    v = iban()
    if R.random() < 0.5:
        ind = R.choice(["banking", "travel", "retail"])
        add("positive", "chat/%s: IBAN typed (%s) for refund" % (ind, v[:2]), [
            (A, "Please share the IBAN for the refund of EUR %d.%02d." % (R.randint(20, 900), R.randint(0, 99))),
            (C, [R.choice(["IBAN: ", "here you go ", "", "iban is "]), V(typed_iban(v), "IBAN")])])
    else:
        ind = R.choice(["banking", "utilities", "insurance"])
        add("positive", "call/%s: %s IBAN spelled out character by character" % (ind, v[:2]), [
            (A, "can you read me the iban"),
            (C, [R.choice(FILL), V(say_iban(v), "IBAN")]),
            (A, "perfect thanks")])


def pos_iban_split():
    v = iban()
    k = R.choice([8, 10, 12])
    add("positive", "call/banking: IBAN split over two turns (%s)" % v[:2], [
        (A, "go ahead with the iban"),
        (C, [V(say_iban(v[:k]), "IBAN", "i")]),
        (A, "okay go on"),
        (C, [V(say_iban(v[k:]), "IBAN", "i")])])


def pos_phone_call():
    p, reg = phone()
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    pre = R.choice(["it's ", "yeah ", "best number is ", "you can get me on ", ""])
    add("positive", "call/%s: %s phone number spoken with runs and zero variants" % (ind, reg), [
        (A, "what's the best number to call you back on"),
        (C, [pre, V(say_phone(p, reg), "PHONE"), R.choice(["", " any time after five", " that's my mobile"])])])


def pos_phone_correction():
    p, reg = phone("uk")
    q = p[:-3] + rdig(3)
    add("positive", "call/telecom: phone number with self-correction of the ending; both readings labelled", [
        (A, "and a contact number"),
        (C, [V(say_phone(p, reg), "PHONE"), " no sorry that's wrong it's ", V(say_phone(q, reg), "PHONE")])])


def pos_phone_chat():
    p, reg = phone()
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    add("positive", "chat/%s: %s phone typed, next to a time / opening hours" % (ind, reg), [
        (A, "Can we call you back?"),
        (C, ["yes pls after 5:30pm on ", V(typed_phone(p, reg), "PHONE"), R.choice(["", " thanks", " (mobile)"])])])


def pos_phone_split():
    p, reg = phone(R.choice(["uk", "us", "ie"]))
    cut = 5 if reg == "uk" else 3
    add("positive", "call/%s: phone split over two turns" % R.choice(INDUSTRIES_UK), [
        (A, "what number are you calling from"),
        (C, [V(say_digits(p[:cut], R.choice(ZS)), "PHONE", "p")]),
        (A, R.choice(BACK)),
        (C, [V(say_digits(p[cut:], R.choice(ZS)), "PHONE", "p"), R.choice(["", " yeah"])])])


def pos_email():
    loc, dom = email()
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    if R.random() < 0.5:
        add("positive", "call/%s: email spoken with 'at' and 'dot'" % ind, [
            (A, "and what email should the confirmation go to"),
            (C, [R.choice(["it's ", "", "um "]), V(say_email(loc, dom), "EMAIL")])])
    else:
        e = loc + "@" + dom
        e = e if R.random() < 0.7 else e.upper()
        add("positive", "chat/%s: email typed mid-sentence" % ind, [
            (A, "What email address is on the account?"),
            (C, ["should be ", V(e, "EMAIL"), R.choice([" but i changed it in 2023", "", ". thanks", " i think"])])])


def pos_dob():
    d, m, y = dob_val()
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    if R.random() < 0.55:
        add("positive", "call/%s: date of birth spoken" % ind, [
            (A, "can you confirm your date of birth"),
            (C, [R.choice(["yeah it's ", "", "sure ", "um "]), V(say_dob(d, m, y), "DOB")]),
            (A, "thank you you're through security")])
    else:
        us = ind in INDUSTRIES_US and R.random() < 0.5
        add("positive", "chat/%s: typed date of birth%s" % (ind, " (US order)" if us else ""), [
            (A, "Please confirm your date of birth."),
            (C, [R.choice(["dob ", "DOB: ", "born ", ""]), V(typed_dob(d, m, y, us), "DOB")])])


def pos_dob_with_appt():
    d, m, y = dob_val()
    ad, am = R.randint(1, 28), R.randint(1, 12)
    add("positive", "call/healthcare billing: DOB right beside an appointment date (unlabelled)", [
        (A, "i see an appointment on the %s of %s can i take your date of birth" % (ORD[ad], MONTHS[am - 1])),
        (C, [V(say_dob(d, m, y), "DOB")])])


def pos_address_uk():
    n = R.randint(2, 180)
    st = R.choice(STREETS)
    pc = R.choice(UK_PC)
    ind = R.choice(INDUSTRIES_UK)
    if R.random() < 0.5:
        add("positive", "call/%s: house number and street then postcode spelled" % ind, [
            (A, "what's the first line of the address and the postcode"),
            (C, [V(say_house(n) + " " + st.lower(), "ADDRESS"), " and the postcode is ", V(say_postcode(pc), "POSTCODE")])])
    else:
        add("positive", "chat/%s: typed address and postcode" % ind, [
            (A, "What address should we deliver to?"),
            (C, [V("%d %s" % (n, R.choice([st, st.lower(), st.replace("Road", "Rd").replace("Street", "St")])), "ADDRESS"),
                 ", " + R.choice(["Leeds", "Manchester", "London", "Bristol", "Glasgow"]) + " ",
                 V(R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE")])])


def pos_address_us():
    n = R.randint(10, 9800)
    st = R.choice(US_STREETS)
    z = R.choice(US_ZIP)
    if R.random() < 0.5:
        add("positive", "chat/US retail: street address and ZIP typed", [
            (A, "Shipping address?"),
            (C, [V("%d %s" % (n, st), "ADDRESS"), R.choice([" Apt 4, ", ", "]), "Atlanta GA ",
                 V(z if R.random() < 0.7 else z + "-" + rdig(4), "POSTCODE")])])
    else:
        add("positive", "call/US utilities: street address and zip spoken", [
            (A, "service address and zip code"),
            (C, [V(say_digits(str(n)) + " " + st.lower(), "ADDRESS"), " zip code ", V(say_digits(z, "oh"), "POSTCODE")])])


def pos_postcode_split():
    pc = R.choice(UK_PC)
    out, inn = pc.split(" ")
    add("positive", "call/%s: postcode split outward / inward across turns" % R.choice(INDUSTRIES_UK), [
        (A, "postcode please"),
        (C, [V(say_postcode(out), "POSTCODE", "pc")]),
        (A, R.choice(BACK)),
        (C, [V(say_postcode(inn), "POSTCODE", "pc")])])


def pos_mixed_verification():
    d, m, y = dob_val()
    pc = R.choice(UK_PC)
    p, reg = phone("uk")
    add("positive", "call/banking: three verification answers with a balance amount and a time nearby", [
        (A, "before i tell you the balance of %s pounds i need to verify you" % say_number(R.randint(100, 999))),
        (C, ["okay my date of birth is ", V(say_dob(d, m, y), "DOB"), " and postcode ", V(say_postcode(pc), "POSTCODE")]),
        (A, "and the phone number on the account"),
        (C, [V(say_phone(p, reg), "PHONE"), " i'm free till half two"])])


def pos_ssn_dob_us():
    v = ssn()
    d, m, y = dob_val()
    add("positive", "call/insurance US: DOB then SSN in one turn with policy number earlier", [
        (A, "policy %s okay i need your date of birth and social" % ref_spoken(9)),
        (C, [V(say_dob(d, m, y), "DOB"), " and the social is ", V(say_ssn(v), "SSN")])])


def pos_ni_chat_lower_with_dob():
    v = ni()
    d, m, y = dob_val()
    add("positive", "chat/government services: NI and DOB typed together", [
        (A, "Please send your NI number and date of birth."),
        (C, [V(typed_ni(v), "NI_NUMBER"), " / ", V(typed_dob(d, m, y), "DOB")])])


def pos_cvv_expiry_chat_split():
    m, y = exp_pair()
    cvv = rdig(3)
    add("positive", "chat/retail: expiry and cvv in separate messages after card sent", [
        (A, "Thanks. Expiry date?"),
        (C, [V(typed_expiry(m, y), "EXPIRY")]),
        (A, "And the security code?"),
        (C, [V(cvv, "CVV")])])


def pos_address_flat():
    flat, n, st = R.randint(1, 12), R.randint(2, 90), R.choice(STREETS)
    pc = R.choice(UK_PC)
    if R.random() < 0.5:
        add("positive", "call/%s: flat number plus house number and street, postcode after a delivery time" % R.choice(INDUSTRIES_UK), [
            (A, "what's the address for the delivery on thursday between ten and two"),
            (C, [V("flat %s %s %s" % (say_number(flat), say_house(n), st.lower()), "ADDRESS"), R.choice([" um", "", " yeah"])]),
            (A, "and the postcode"),
            (C, [V(say_postcode(pc), "POSTCODE")])])
    else:
        add("positive", "chat/%s: typed flat and street address with postcode, parcel count nearby" % R.choice(INDUSTRIES_UK), [
            (A, "Can you confirm the delivery address for the 2 parcels?"),
            (C, [V("Flat %d, %d %s" % (flat, n, st), "ADDRESS"), ", ", V(pc, "POSTCODE"), " - the buzzer for flat %d is broken" % flat])])


def pos_email_typed_spoken_style():
    loc, dom = email()
    add("positive", "chat/%s: email typed with ' at ' / ' dot ' to dodge filters" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (A, "What's your email?"),
        (C, ["its ", V(loc.replace(".", " dot ") + " at " + dom.replace(".", " dot "), "EMAIL"), " (no caps)"])])


def pos_expiry_slash_spoken():
    m, y = exp_pair()
    cvv = rdig(3)
    add("positive", "call/%s: expiry said with 'slash', cvv with nought, after a price" % R.choice(INDUSTRIES_UK), [
        (A, "that's forty nine ninety nine for the annual plan what's the expiry"),
        (C, [V(say_digits("%02d" % m, "oh", runs=False) + " slash " + say_pair(str(y)), "EXPIRY")]),
        (A, "and the last three digits on the signature strip"),
        (C, [V(say_digits(cvv, "nought"), "CVV")])])


HOMO_SUB = {"2": ["to", "too"], "4": ["for"], "8": ["ate"], "1": ["won"]}


def pos_card_homophone():
    num, sizes = card()
    z = R.choice(ZS)
    parts, i = [], 0
    for k, n in enumerate(sizes):
        words = []
        for ch in num[i:i + n]:
            if ch in HOMO_SUB and R.random() < 0.35:
                words.append(R.choice(HOMO_SUB[ch]))
            else:
                words.append(zero_word(z) if ch == "0" else DW[int(ch)])
        i += n
        parts.append(" ".join(words))
        if k < len(sizes) - 1 and R.random() < 0.4:
            parts.append(R.choice(["um", "uh", "er"]))
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    add("positive", "call/%s: card with ASR homophones (to/for/ate/won) and fillers inside the reading" % ind, [
        (A, "and the card number please"),
        (C, ["okay it's ", V(" ".join(parts), "CARD_NUMBER"), " for the %s pound top up" % say_number(R.choice([10, 15, 20, 30]))])])


def pos_phone_beside_ref():
    p, reg = phone(R.choice(["uk", "uk_land", "ie", "us"]))
    word = R.choice(["order number", "ticket number", "account reference", "case number"])
    add("positive", "call/%s: phone number in the same turn as a digit-by-digit %s (unlabelled)" % (R.choice(INDUSTRIES_UK), word), [
        (A, "can i take the %s and a contact number" % word),
        (C, ["%s is %s and my number is " % (word, ref_spoken(R.choice([7, 8, 9]))), V(say_phone(p, reg), "PHONE")])])


def pos_ni_homophone():
    v = ni()
    hom = {"C": "see", "R": "are", "Y": "why", "B": "be", "J": "jay", "K": "kay", "T": "tee", "P": "pee"}
    if not any(ch in hom for ch in v[:2] + v[8]):
        v = "JT" + v[2:]
    spoken = " ".join(hom.get(ch, ch.lower()) for ch in v[:2]) + " " + say_grouped(v[2:8], [2, 2, 2], "oh") + " " + hom.get(v[8], v[8].lower())
    add("positive", "call/government services: NI number with letters as ASR homophones (see/are/why/be/jay)", [
        (A, "what's your national insurance number"),
        (C, [V(spoken, "NI_NUMBER")])])


POS = [
    (pos_card_call_oneturn, 10), (pos_card_chat, 10), (pos_card_split, 7), (pos_card_exp_cvv_call, 7),
    (pos_card_readback, 3), (pos_ni_call, 12), (pos_ni_chat, 10), (pos_ni_readback, 4), (pos_ni_chat_lower_with_dob, 3),
    (pos_ssn_call, 12), (pos_ssn_chat, 10), (pos_ssn_last_and_full, 4), (pos_ssn_dob_us, 4),
    (pos_bank_call, 10), (pos_bank_chat, 8), (pos_iban, 10), (pos_iban_split, 3),
    (pos_phone_call, 8), (pos_phone_correction, 3), (pos_phone_chat, 6), (pos_phone_split, 3),
    (pos_email, 15), (pos_dob, 9), (pos_dob_with_appt, 3), (pos_address_uk, 9), (pos_address_us, 5),
    (pos_postcode_split, 3), (pos_mixed_verification, 4), (pos_cvv_expiry_chat_split, 4),
    (pos_address_flat, 5), (pos_email_typed_spoken_style, 4), (pos_expiry_slash_spoken, 4),
    (pos_card_homophone, 6), (pos_phone_beside_ref, 5), (pos_ni_homophone, 5),
]


# ================================================================= NEGATIVES
def neg(note, turns):
    add("negative", note, turns)


def neg_order_ref_spoken():
    word = R.choice(["order number", "reference number", "ticket number", "case number", "claim number",
                     "invoice number", "booking reference", "complaint reference"])
    n = R.choice([6, 7, 8, 9, 10])
    ind = R.choice(INDUSTRIES_UK + INDUSTRIES_US)
    neg("call/%s: %d-digit %s read digit by digit with its reference word" % (ind, n, word), [
        (A, "have you got your %s there" % word),
        (C, "yeah it's %s" % ref_spoken(n)),
        (A, "thanks so that's %s let me pull that up" % ref_spoken(n))])


def neg_ref_typed():
    word = R.choice(["Order", "Ticket", "Case", "Claim", "Invoice", "Ref", "Tracking no.", "Consignment"])
    n = R.choice([8, 9, 10])
    v = rdig(n)
    v = R.choice([v, "#" + v, word[:3].upper() + "-" + v])
    neg("chat/%s: typed %s number up to 10 digits" % (R.choice(INDUSTRIES_UK), word.lower()), [
        (C, "%s %s still hasn't arrived, it was due on %d %s" % (word, v, R.randint(1, 28), MONTHS[R.randint(0, 11)].title())),
        (A, "Sorry about that. I can see %s %s was dispatched at %d:%02d." % (word.lower(), v, R.randint(7, 18), R.choice([0, 15, 30, 45])))])


def neg_amount_digits():
    amt = R.randint(1000, 9999)
    p = R.randint(0, 99)
    ind = R.choice(["banking", "utilities", "telecom", "insurance"])
    neg("call/%s: money amount read digit by digit and as words" % ind, [
        (A, "the outstanding balance is %s pounds and %s pence" % (say_number(amt // 1000) + " thousand " + say_number(amt % 1000) if amt % 1000 else say_number(amt // 1000) + " thousand", say_number(p) if p else "zero")),
        (C, "sorry say that again is that %s point %s" % (say_digits(str(amt), runs=False), say_digits("%02d" % p, runs=False))),
        (A, "yes %s pounds %s" % (say_digits(str(amt), runs=False), say_number(p) if p else "exactly"))])


def neg_amount_chat():
    cur = R.choice(["£", "$", "€", "EUR ", "USD "])
    a1 = "%s%s.%02d" % (cur, format(R.randint(1000, 99999), ","), R.randint(0, 99))
    a2 = "%s%d.%02d" % (cur, R.randint(10, 999), R.randint(0, 99))
    neg("chat/%s: amounts with separators, balance and monthly payment" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (C, "my balance shows %s but my statement said %s, why the difference?" % (a1, a2)),
        (A, "The %s includes a %d%% interest charge applied on %02d/%02d/20%d." % (a2, R.randint(2, 29), R.randint(1, 28), R.randint(1, 12), R.randint(24, 26)))])


def neg_hours():
    o, c = R.randint(7, 9), R.randint(5, 10)
    neg("call/%s: opening hours and durations that look like digit strings" % R.choice(INDUSTRIES_UK), [
        (A, "our lines are open %s till %s monday to friday and %s to %s on saturdays" % (say_number(o), say_number(c), say_number(o + 1), say_number(R.randint(1, 5)))),
        (C, "so if i call at %s %s it'll be open" % (say_number(R.randint(1, 12)), R.choice(["fifteen", "thirty", "forty five", "oh five"]))),
        (A, "yes and the wait is usually about %s minutes" % say_number(R.randint(2, 40)))])


def neg_hours_chat():
    neg("chat/%s: typed opening hours and times" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (A, "We're open 08:00-20:00 Mon-Fri, 09:00-17:30 Sat. Current wait: %d mins." % R.randint(3, 45)),
        (C, "ok I'll try again at %d:%02d tomorrow, 0800 is too early for me" % (R.randint(9, 16), R.choice([0, 15, 30, 45])))])


def neg_model_serial():
    model = R.choice(["WM", "KX", "TV", "HD", "SM", "QE"]) + rdig(4) + R.choice(["", "B", "XL"])
    serial = rdig(R.choice([8, 9, 10]))
    neg("chat/retail: model number and serial number (not personal)", [
        (C, "My washing machine model %s keeps showing error E%d. Serial number %s" % (model, R.randint(10, 99), serial)),
        (A, "Thanks, the %s has a %d year warranty; serial %s was made in 20%d." % (model, R.randint(1, 5), serial, R.randint(18, 24)))])


def neg_model_spoken():
    neg("call/telecom: router model and serial read out digit by digit", [
        (A, "can you read me the serial number on the bottom of the router"),
        (C, "serial number %s and the model is %s" % (ref_spoken(R.choice([8, 9, 10])), R.choice(["hub five", "h two six eight a", "plus six hundred"]))),
        (A, "thanks and are all %s lights on" % say_number(R.randint(2, 6)))])


def neg_meter():
    neg("call/utilities: meter readings read digit by digit", [
        (A, "can you give me the meter reading"),
        (C, "the day one is %s and night is %s" % (say_digits(rdig(5), R.choice(ZS)), say_digits(rdig(5), R.choice(ZS)))),
        (A, "lovely and the gas reading"),
        (C, "%s point %s" % (say_digits(rdig(5), R.choice(ZS)), DW[R.randint(0, 9)]))])


def neg_meter_chat():
    neg("chat/utilities: typed meter readings and meter serial", [
        (C, "Electric reading %s, gas %s. Meter serial %s" % (rdig(5), rdig(5) + "." + rdig(1), rdig(2) + "A" + rdig(7))),
        (A, "Thanks, that's %d kWh used since %d %s." % (R.randint(100, 2000), R.randint(1, 28), MONTHS[R.randint(0, 11)].title()))])


def neg_appt_dates():
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.randint(2025, 2027)
    neg("call/%s: appointment and payment dates (not birth dates)" % R.choice(["healthcare billing", "utilities", "telecom"]), [
        (A, "your engineer appointment is on the %s of %s %s between eight and one" % (ORD[d], MONTHS[m - 1], say_year(y))),
        (C, "and when is the next payment taken"),
        (A, "on the %s of every month so next one is %s %s" % (ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], ORD[R.randint(1, 28)]))])


def neg_dates_chat():
    d, m = R.randint(1, 28), R.randint(1, 12)
    neg("chat/%s: typed contract start, payment and delivery dates" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (C, "My contract started %02d/%02d/20%d and the first payment went out %d.%d.20%d" % (d, m, R.randint(19, 25), R.randint(1, 28), R.randint(1, 12), R.randint(19, 25))),
        (A, "Thanks. Your minimum term ends %s %d, 20%d." % (MONTHS[R.randint(0, 11)].title(), R.randint(1, 28), R.randint(26, 28)))])


def neg_last_four():
    l4 = rdig(4)
    neg("call/%s: card last-four mention only" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (A, "i can see a card on file ending in %s is that the one you want to use" % say_digits(l4, R.choice(ZS))),
        (C, "yeah the one ending %s that's right" % say_group(l4))])


def neg_last_four_chat():
    neg("chat/%s: typed card last four and masked card" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (A, "We charged the card ending %s on %d %s." % (rdig(4), R.randint(1, 28), MONTHS[R.randint(0, 11)][:3].title())),
        (C, "yes that's my visa **** **** **** %s, charged £%d.%02d" % (rdig(4), R.randint(5, 300), R.randint(0, 99)))])


def neg_travel():
    neg("call/travel: flight number, seat, gate, times and booking reference", [
        (A, "so that's flight %s %s departing at %s %s from gate %s" % (R.choice(["b a", "e i", "f r", "u a"]), say_digits(rdig(R.choice([3, 4]))), say_number(R.randint(6, 11)), R.choice(["fifteen", "forty", "oh five", "thirty"]), say_number(R.randint(1, 60)))),
        (C, "and i'm in seat %s %s" % (say_number(R.randint(1, 40)), R.choice("abcdef"))),
        (A, "that's right and your baggage allowance is %s kilos" % say_number(R.choice([15, 20, 23, 32])))])


def neg_travel_chat():
    neg("chat/travel: typed flight, room number and PNR-style booking ref", [
        (C, "Booked room %d at your hotel for %d nights, confirmation %s, flight %s%d lands 14:%02d" % (R.randint(100, 999), R.randint(1, 14), rdig(9), R.choice(["BA", "EI", "FR", "UA", "LH"]), R.randint(100, 9999), R.randint(0, 59))),
        (A, "Thanks! Check-in is from 15:00 and breakfast is €%d pp." % R.randint(12, 30))])


def neg_quantities():
    neg("call/%s: counts, ages, years, percentages, speeds and temperatures" % R.choice(INDUSTRIES_UK),
        [(C, "i've been with you since %s i'm %s now and the speed's only %s megs" % (say_year(R.randint(1995, 2020)), say_number(R.randint(30, 95)), say_number(R.randint(2, 80)))),
         (A, "i'm sorry about that you should be getting %s megabits and there's a %s percent discount for the inconvenience" % (say_number(R.choice([36, 67, 145, 500, 900])), say_number(R.randint(5, 50)))),
         (C, "and the heating's been stuck at %s degrees for %s days" % (say_number(R.randint(12, 30)), say_number(R.randint(2, 14))))])


def neg_quantities_chat():
    neg("chat/%s: typed quantities, data usage and percentages" % R.choice(INDUSTRIES_UK + INDUSTRIES_US), [
        (C, "I used %d.%dGB of my %dGB, that's %d%%? And I have %d lines on the plan since %d" % (R.randint(1, 99), R.randint(0, 9), R.choice([100, 150, 200]), R.randint(1, 99), R.randint(2, 6), R.randint(2008, 2024))),
        (A, "Correct, %d lines x £%d.%02d = £%d.%02d per month." % (R.randint(2, 6), R.randint(5, 40), R.randint(0, 99), R.randint(20, 200), R.randint(0, 99)))])


def neg_long_amount_reference():
    neg("call/banking: transaction amount and transaction reference read out together", [
        (A, "i can see a payment of %s pounds %s with transaction reference %s" % (say_number(R.randint(100, 999)), say_number(R.randint(10, 99)), ref_spoken(10))),
        (C, "and the one before for %s %s" % (say_number(R.randint(10, 99)), say_number(R.randint(10, 99)))),
        (A, "that was reference %s on the %s" % (ref_spoken(8), ORD[R.randint(1, 28)]))])


def neg_ext_and_queue():
    neg("call/government services: queue position, extension and form numbers", [
        (A, "you'll need form %s %s and if you call back ask for extension %s" % (R.choice(["p sixty", "s a one hundred", "c f", "ten forty"]), say_number(R.randint(1, 99)), say_digits(rdig(4)))),
        (C, "okay and it said i was number %s in the queue for %s minutes" % (say_number(R.randint(2, 40)), say_number(R.randint(5, 59))))])


def neg_company_number():
    neg("chat/%s: company helpline and short codes (not the customer's)" % R.choice(INDUSTRIES_UK), [
        (A, "You can text STOP to %d or visit our help pages. Your plan costs £%d.%02d/month for %d months." % (R.randint(60000, 89999), R.randint(8, 60), R.randint(0, 99), R.choice([12, 18, 24, 36]))),
        (C, "ok cheers")])


def neg_policy_claim_chat():
    neg("chat/insurance: policy and claim numbers with letters and digits", [
        (C, "Policy %s%s, claim %s-%s. Excess was £%d." % (R.choice(["HOM", "CAR", "PET", "TRV"]), rdig(7), R.choice(["CLM", "CL"]), rdig(6), R.choice([100, 150, 250, 350]))),
        (A, "Thanks, claim %s-%s is with the assessor, expected update within %d working days." % ("CLM", rdig(6), R.randint(2, 10)))])


def neg_pin_like_balance():
    neg("call/banking: balance read digit by digit and dates of transactions", [
        (A, "your available balance is %s point %s" % (say_digits(str(R.randint(1000, 9999)), runs=False), say_digits(rdig(2), runs=False))),
        (C, "and the last transaction"),
        (A, "that's %s pounds at %s on the %s of %s" % (say_number(R.randint(2, 200)), R.choice(["tesco", "amazon", "shell", "boots"]), ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)]))])


def neg_phone_like_ref():
    lead = R.choice(["0161", "0207", "077", "0121", "0113", "079"])
    v = lead + rdig(10 - len(lead))
    word = R.choice(["reference number", "tracking number", "order number", "account reference", "case reference"])
    neg("call/%s: 10-digit %s that starts like a phone number, read digit by digit" % (R.choice(INDUSTRIES_UK), word), [
        (A, "your %s is %s" % (word, say_digits(v, R.choice(ZS)))),
        (C, "sorry was that %s" % say_digits(v, R.choice(ZS))),
        (A, "yes that's the %s" % word)])


def neg_phone_like_ref_chat():
    v = R.choice(["07", "0161", "0121"]) + rdig(6)
    v = v + rdig(10 - len(v))
    neg("chat/retail: phone-shaped 10-digit tracking / order number typed with its label", [
        (A, "Your tracking number is %s %s %s and delivery is between %d:00 and %d:00." % (v[:4], v[4:7], v[7:], R.randint(7, 11), R.randint(12, 18))),
        (C, "tracking %s-%s still says pending, can you chase it" % (v[:5], v[5:]))])


NEGS = [
    (neg_order_ref_spoken, 9), (neg_ref_typed, 7), (neg_amount_digits, 6), (neg_amount_chat, 5), (neg_hours, 5),
    (neg_hours_chat, 4), (neg_model_serial, 5), (neg_model_spoken, 4), (neg_meter, 5), (neg_meter_chat, 4),
    (neg_appt_dates, 5), (neg_dates_chat, 5), (neg_last_four, 5), (neg_last_four_chat, 4), (neg_travel, 4),
    (neg_travel_chat, 4), (neg_quantities, 4), (neg_quantities_chat, 4), (neg_long_amount_reference, 4),
    (neg_ext_and_queue, 3), (neg_company_number, 3), (neg_policy_claim_chat, 4), (neg_pin_like_balance, 4),
    (neg_phone_like_ref, 6), (neg_phone_like_ref_chat, 4),
]


# ================================================================= driver
def build():
    global R
    R = random.Random(SEED)
    CASELIST.clear()
    GROUPS.clear()
    for fn, n in POS:
        for _ in range(n):
            fn()
    for fn, n in NEGS:
        for _ in range(n):
            fn()
    lines = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASELIST)
    return lines


def counts():
    per = {t: 0 for t in TYPES}
    for c in CASELIST:
        for s in c["spans"]:
            per[s["type"]] += 1
    return per


def readme(per):
    npos = sum(1 for c in CASELIST if c["kind"] == "positive")
    nneg = len(CASELIST) - npos
    rows = "\n".join("| %s | %d |" % (t, per[t]) for t in TYPES)
    return """# PII hold-out set h176

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or any other PII fixture;
the only data seen was a three-line example of the JSONL format. The cases are
generated by `scripts/make_pii_holdout176.py` (standard library only, one
seeded `random.Random(%d)`), from template functions in which each turn is
built from plain text segments and (value, TYPE) segments, so span offsets are
computed, never typed by hand. Output is byte-for-byte reproducible;
`python scripts/make_pii_holdout176.py --check` regenerates and compares the
file, checks ids, offsets, word boundaries and overlaps, and validates each
value after normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI
format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account, postcode shapes, e-mail shape after "at"/"dot" conversion).

## Contents

%d cases: %d positive, %d negative. Chat cases are typed text (varied
separators, case, labels); call cases imitate an ASR transcript (lower case,
numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
"forty one", NATO spellings such as "b for bravo", ASR homophones such as
"to"/"for"/"ate"/"won" for digits and "see"/"are"/"why"/"jay" for letters,
fillers inside readings, e-mails with "at" and
"dot", values split over several customer turns with agent back-channels,
agent read-backs, a self-correction).

Negatives are lookalikes that must not be redacted: order / ticket / claim /
invoice / transaction references (up to 10 digits, with their reference word)
read digit by digit or typed, money amounts and balances read digit by digit,
opening hours and times, model and serial numbers, meter readings,
appointment / payment / contract dates, card last-four mentions and masked
cards, flight / seat / room numbers, ages, years, speeds, percentages,
temperatures, short codes and form numbers. Positive cases also carry such
numbers (unlabelled) next to the PII.

## Annotation conventions

* A span covers the value only: not the lead-in ("it's", "my postcode is"),
  not trailing fillers ("um", "yeah") and not the label word ("sort code").
  Filler words and "double"/"triple"/"for" inside a reading are inside the span.
* A value split over several turns gets one span per turn, each of the same
  type, covering that turn's piece.
* Agent read-backs of a value are labelled as well. In the self-correction case
  both the wrong and the corrected number are labelled.
* CARD_NUMBER: the full 13-19 digit number with its separators. CVV / EXPIRY:
  only the code / date. DOB: the full date phrase ("the third of march nineteen
  eighty"). ADDRESS: house number plus street name (town not included).
  POSTCODE: UK postcode or US ZIP (+4); outward and inward parts may be split
  across turns. PHONE includes the "plus four four" / "+44" prefix when said.
  EMAIL: whole address, spoken form included.
* Card last-four mentions alone are not labelled (and appear in negatives).

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, len(CASELIST), npos, nneg, rows)


def check(text_on_disk, lines):
    problems = []
    if text_on_disk != lines:
        problems.append("cases.jsonl differs from regenerated output")
    ids = set()
    for c in CASELIST:
        if c["id"] in ids:
            problems.append("duplicate id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            if not 0 <= s["turn"] < len(c["turns"]):
                problems.append(c["id"] + ": turn out of range")
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(c["id"] + ": offsets out of range")
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()) or t[a].isspace() or t[b - 1].isspace():
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
            if prev.get(s["turn"], -1) > a:
                problems.append(c["id"] + ": overlapping spans")
            prev[s["turn"]] = b
    for ci, lst in GROUPS:
        c = CASELIST[ci]
        typ = lst[0][3]
        joined = " ".join(c["turns"][t]["text"][a:b] for t, a, b, _ in lst)
        msg = validate(typ, joined)
        if msg:
            problems.append("%s: %s from %r" % (c["id"], msg, joined))
    return problems


def main():
    lines = build()
    per = counts()
    npos = sum(1 for c in CASELIST if c["kind"] == "positive")
    nneg = len(CASELIST) - npos
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                disk = f.read()
        except OSError:
            disk = ""
        problems = check(disk, lines)
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(per):
                    problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if per[t] < need:
                problems.append("type %s has %d spans < %d" % (t, per[t], need))
        print("h176: %d cases (%d positive, %d negative)" % (len(CASELIST), npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, per[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "OK", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(lines)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(per))
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(CASELIST), npos, nneg, CASES))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout478 held-out PII redaction evaluation set.

Standard library only. Deterministic: one random.Random(478241125).
Usage:
    python scripts/make_pii_holdout478.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout478.py --check  # regenerate and verify
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 478241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout478")
OUT = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "nought", "naught"}
FILLERS = {"um", "uh", "er", "erm", "ehm", "umm", "uhh", "errr"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["x"] = "x-ray"
# casual "as in" words people really use
CASUAL = {"a": ["apple", "alpha"], "b": ["bravo", "bob", "beta"], "c": ["charlie", "cat"],
          "d": ["delta", "dog", "david"], "e": ["echo", "edward"], "f": ["freddie", "foxtrot"],
          "g": ["golf", "george"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
          "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
          "n": ["november", "nancy"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
          "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "w": ["whiskey", "william"],
          "x": ["x-ray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"],
          "q": ["quebec", "queen"], "u": ["uniform", "uncle"], "v": ["victor"],
          "i": ["india", "ireland"], "o": ["oscar", "orange"]}
CASUAL_WORDS = set(w for ws in CASUAL.values() for w in ws)
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
ORD += ["twenty " + o for o in ORD[:9]] + ["thirtieth", "thirty first"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

# ---------------------------------------------------------------- normalising


def tokens(text):
    return re.findall(r"x-ray|[a-z]+|\d+|[@._\-+/]", text.lower())


def _num_word(t):
    if t in UNITS:
        return UNITS.index(t)
    return None


def normalise(text, mode="digit"):
    """Turn a spoken or typed value into its canonical characters.

    mode: digit (keep digits and '+'), alnum (letters and digits), email."""
    tk = tokens(text)
    out = []
    i = 0
    rep = 1
    while i < len(tk):
        t = tk[i]
        nxt = tk[i + 1] if i + 1 < len(tk) else None
        emit = None
        if t in FILLERS:
            i += 1
            continue
        if t in ("double",):
            rep = 2; i += 1; continue
        if t in ("triple", "treble"):
            rep = 3; i += 1; continue
        if t.isdigit():
            emit = t
        elif t == "plus" or t == "+":
            emit = "+"
        elif t in ("-", "/", ".", "_", "@"):
            if mode == "email":
                emit = t
            else:
                i += 1
                continue
        elif t in ZERO_WORDS or (t == "o" and mode == "digit"):
            emit = "0"
        elif t in UNITS:
            u = UNITS.index(t)
            if nxt == "hundred":
                j = i + 2
                if j < len(tk) and tk[j] == "and":
                    j += 1
                rest = "00"
                if j < len(tk):
                    w = tk[j]
                    if w in TEENS:
                        rest = str(10 + TEENS.index(w)); j += 1
                    elif w in TENS[2:]:
                        tv = TENS.index(w); j += 1
                        if j < len(tk) and tk[j] in UNITS[1:]:
                            rest = str(tv) + str(UNITS.index(tk[j])); j += 1
                        else:
                            rest = str(tv) + "0"
                    elif w in UNITS[1:]:
                        rest = "0" + str(UNITS.index(w)); j += 1
                emit = str(u) + rest
                out.append(emit * rep); rep = 1
                i = j
                continue
            emit = str(u)
        elif t in TEENS:
            emit = str(10 + TEENS.index(t))
        elif t in TENS[2:]:
            tv = TENS.index(t)
            if nxt in UNITS[1:]:
                emit = str(tv) + str(UNITS.index(nxt)); i += 1
            else:
                emit = str(tv) + "0"
        elif mode in ("alnum", "email") and len(t) == 1 and t.isalpha():
            emit = t
            if nxt == "for" and i + 2 < len(tk):
                i += 2
            elif nxt == "as" and i + 3 < len(tk) and tk[i + 2] == "in":
                i += 3
        elif mode == "alnum" and t in NATO:
            emit = NATO[t]
        elif mode == "alnum" and t.isalpha() and t not in ("for", "as", "in", "and"):
            emit = t  # typed letter run, e.g. "barc", "sg"
        elif mode == "email":
            if t == "dot":
                emit = "."
            elif t == "at":
                emit = "@"
            elif t == "underscore":
                emit = "_"
            elif t in ("dash", "hyphen"):
                emit = "-"
            else:
                emit = t
        elif t in ("and",) and mode == "digit":
            i += 1
            continue
        else:
            return None  # unknown word inside a value
        out.append(emit * rep)
        rep = 1
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC = re.compile(r"[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])[0-9][ABD-HJLNP-UW-Z]{2}")
EIR = re.compile(r"([ACDEFHKNPRTVWXY]\d{2}|D6W)[0-9ACDEFHKNPRTVWXY]{4}")
STREET_WORDS = {"road", "rd", "street", "st", "avenue", "ave", "lane", "ln", "close", "drive",
                "dr", "crescent", "way", "terrace", "place", "court", "grove", "gardens",
                "park", "square", "quay", "hill", "row", "boulevard", "blvd", "parade", "walk",
                "mews", "view", "green", "rise", "wynd", "brae"}


def date_ok(t, expiry=False):
    low = t.lower()
    tk = tokens(low)
    if any(m in tk or m[:3] in tk or (m[:4] == "sept" and "sept" in tk) for m in MONTHS):
        return True
    if re.fullmatch(r"\d{1,4}\s*[/.\-]\s*\d{1,2}(\s*[/.\-]\s*\d{2,4})?", t.strip()):
        return True
    if not expiry and "of the" in low and any(o.split()[-1] in tk for o in ORD):
        return True
    d = normalise(low.replace("slash", " "), "digit")
    if d and d.isdigit():
        if expiry and len(d) in (3, 4, 6):
            m = int(d[:-2] if len(d) in (3, 4) else d[:2])
            return 1 <= m <= 12
        if not expiry and len(d) in (6, 8):
            return True
    return False


def address_ok(t):
    tk = tokens(t.lower())
    has_num = any(x.isdigit() or x in UNITS or x in TEENS or x in TENS[2:] or x == "hundred"
                  or re.fullmatch(r"\d+[a-z]", x) for x in tk) or re.search(r"\d", t)
    return bool(has_num) and any(x in STREET_WORDS for x in tk)


def value_ok(typ, text):
    """True if a complete value of type typ."""
    if typ == "DOB":
        return date_ok(text)
    if typ == "EXPIRY":
        return date_ok(text, expiry=True)
    if typ == "ADDRESS":
        return address_ok(text)
    if typ == "EMAIL":
        v = normalise(text, "email")
        return bool(v) and re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v) is not None
    v = canon(typ, text)
    if v is None:
        return False
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "PHONE":
        return re.fullmatch(r"\+?\d{7,15}", v) is not None
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(v) is not None
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "POSTCODE":
        return bool(UK_PC.fullmatch(v) or EIR.fullmatch(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    return False


def canon(typ, text):
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        v = normalise(text, "alnum")
        return v.upper() if v is not None else None
    return normalise(text, "digit")


# ---------------------------------------------------------------- building


class Case:
    def __init__(self):
        self.turns = []
        self.spans = []

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                st = len(text)
                text += val
                self.spans.append({"turn": idx, "start": st, "end": len(text), "type": typ})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def zw(region):
    if region == "uk":
        return ch(["oh", "oh", "oh", "nought", "zero"])
    if region == "ie":
        return ch(["oh", "oh", "zero"])
    return ch(["zero", "zero", "oh", "o"])


def pair_words(g):
    n = int(g)
    if n < 10:
        return None
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + UNITS[n % 10]


def say_group(g, region, zero, style):
    r = R.random()
    if style >= 1 and len(g) == 2 and g[0] != "0" and r < 0.5:
        return pair_words(g)
    if style >= 1 and len(g) == 3 and g[0] != "0" and r < 0.4:
        h = UNITS[int(g[0])] + " hundred"
        rest = g[1:]
        if rest == "00":
            return h
        conn = ch([" and ", " and ", " "]) if region != "us" else ch([" ", " and "])
        if rest[0] == "0":
            return h + conn + UNITS[int(rest[1])]
        return h + conn + pair_words(rest)
    if style >= 1 and len(g) == 4 and g[0] != "0" and g[2] != "0" and r < 0.35:
        return pair_words(g[:2]) + " " + pair_words(g[2:])
    words = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        dw = (zero if R.random() < 0.85 else zw(region)) if d == "0" else UNITS[int(d)]
        if run >= 3 and R.random() < 0.7:
            words.append((ch(["treble", "triple"]) if region in ("uk", "ie") else "triple") + " " + dw)
            i += 3
            continue
        if run >= 2 and R.random() < 0.75:
            words.append("double " + dw)
            i += 2
            continue
        words.append(dw)
        i += 1
    return " ".join(words)


def chunks_of(s, sizes=(2, 3, 4)):
    out = []
    i = 0
    while i < len(s):
        k = ch(sizes)
        if len(s) - i - k == 1:
            k += 1
        out.append(s[i:i + k])
        i += k
    return out


def say_digits(s, region="uk", groups=None, filler=0.0, style=1, sep=None):
    """Speak a digit string; retried until it normalises back to s."""
    for attempt in range(60):
        zero = zw(region)
        gs = [g for g in groups if g] if groups is not None else chunks_of(s)
        parts = []
        for gi, g in enumerate(gs):
            parts.append(say_group(g, region, zero, style if attempt < 40 else 0))
            if gi < len(gs) - 1 and R.random() < filler:
                parts.append(ch(["um", "uh", "er", "erm"]))
        sp = sep if sep is not None else ch([" ", ", ", " ", "... "])
        out = ""
        for pi, p in enumerate(parts):
            if pi:
                out += ", " if p in ("um", "uh", "er", "erm") or parts[pi - 1] in ("um", "uh", "er", "erm") else sp
            out += p
        out = out.replace(", um,", " um").replace(", uh,", " uh") if R.random() < 0.5 else out
        if normalise(out, "digit") == s:
            return out
    raise RuntimeError("cannot speak " + s)


def say_alnum(s, region="uk", nato=0.0, sep=" "):
    """Speak letters and digits; letters may get 'x for xray'."""
    parts = []
    i = 0
    zero = zw(region) if region != "us" else "zero"
    if zero == "o":
        zero = "zero"
    while i < len(s):
        c = s[i].lower()
        if c.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            parts.append(say_digits(s[i:j], region, groups=chunks_of(s[i:j], (1, 2)) if j - i > 1 else [s[i:j]],
                                    style=1, sep=" ").replace("... ", " ").replace(", ", " "))
            i = j
            continue
        if i + 1 < len(s) and s[i + 1].lower() == c and R.random() < 0.6:
            parts.append("double " + c)
            i += 2
            continue
        if R.random() < nato:
            how = ch([" for ", " for ", " as in "])
            parts.append(c + how + ch(CASUAL[c]))
        else:
            parts.append(c)
        i += 1
    out = sep.join(parts)
    assert normalise(out, "alnum").upper() == s.upper(), (out, s)
    return out


def card(kind=None):
    kinds = [("4", 16, 6), ("5", 16, 4), ("37", 15, 2), ("34", 15, 1), ("6011", 16, 1),
             ("4", 13, 1), ("6759", 19, 1), ("5018", 18, 1), ("3528", 16, 1), ("2221", 16, 1)]
    if kind is None:
        pool = [k for k in kinds for _ in range(k[2])]
        pre, ln, _ = ch(pool)
    else:
        pre, ln, _ = kinds[kind]
    if pre == "5":
        pre = "5" + str(R.randint(1, 5))
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card_groups(n):
    ln = len(n)
    if ln == 15:
        return [4, 6, 5]
    if ln == 16:
        return [4, 4, 4, 4]
    if ln == 19:
        return ch([[4, 4, 4, 4, 3], [6, 13]])
    if ln == 13:
        return [4, 3, 3, 3]
    return [4, 4, 4, 6]


def split_by(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k]); i += k
    return out


def typed_card(n):
    r = R.random()
    if r < 0.2:
        return n
    if r < 0.35:
        gs = chunks_of(n, (3, 4, 5))
        return ch([" ", "-", "  "]).join(gs)
    gs = split_by(n, card_groups(n))
    sep = ch([" ", " ", "-", ".", " - ", "  "])
    out = sep.join(gs)
    if R.random() < 0.15 and len(gs) > 2:
        out = gs[0] + "-" + gs[1] + " " + " ".join(gs[2:])
    return out


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = ch(NI_P1) + ch(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            return p + digits(6, False) + ch("ABCD")


UK_OUT = ["LS6", "SW1A", "M14", "B15", "EH7", "G12", "CF10", "BS8", "NE1", "L17", "S10", "NG7",
          "BT9", "CB2", "EC1V", "W1D", "N16", "SE15", "E8", "LE2", "DH1", "PL4", "AB24", "KY16",
          "DD1", "SA1", "LL57", "BN1", "CV4", "RG1", "TR1", "M3", "BT71", "G41", "HU5", "WF1",
          "SK4", "PO5", "NR2", "IV2", "EX4", "DE22", "ST4", "TS1", "W12", "NW3", "SW11", "E14"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def uk_pc():
    return ch(UK_OUT) + " " + str(R.randint(0, 9)) + ch(INWARD) + ch(INWARD)


EIR_KEYS = ["D02", "D04", "D06", "D08", "D6W", "D12", "D15", "D24", "T12", "T23", "H91", "V94",
            "A65", "A96", "K78", "W91", "R95", "X91", "F92", "Y35", "N91", "C15", "E91", "P31"]
EIR_CH = "0123456789ACDEFHKNPRTVWXY"


def eircode():
    while True:
        u = "".join(ch(EIR_CH) for _ in range(4))
        if u[0].isalpha() or u[0] != "0":
            return ch(EIR_KEYS) + " " + u


def zipc():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


def mk_iban(cc):
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(6) + digits(8)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = ch(["ABNA", "RABO", "INGB", "SNSB"]) + digits(10, False)
    else:
        bban = digits(20)
    rearr = bban + cc + "00"
    num = int("".join(str(int(c, 36)) for c in rearr))
    return cc + "%02d" % (98 - num % 97) + bban


def typed_iban(ib):
    r = R.random()
    if r < 0.5:
        out = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    elif r < 0.75:
        out = ib
    else:
        out = "-".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    if R.random() < 0.25:
        out = out.lower()
    return out


def uk_mobile():
    if R.random() < 0.4:
        return "07700900" + digits(3, False)
    return "07" + ch(["4", "5", "7", "8", "9"]) + digits(8, False)


def uk_landline():
    r = R.random()
    if r < 0.3:
        return "020" + ch(["7", "8", "3"]) + digits(7, False)
    if r < 0.6:
        return ch(["0161", "0113", "0121", "0131", "0141", "0114", "0117", "0151"]) + digits(7)
    return ch(["01632", "01904", "01223", "01865", "01392", "01224", "02890"])[:5] + digits(6)


def ie_phone():
    if R.random() < 0.6:
        return "08" + ch("35679") + digits(7)
    return ch(["01", "021", "091", "061"]) + digits(7 if R.random() < 0.5 else 6)


def us_phone():
    return str(R.randint(2, 9)) + digits(2, False) + str(R.randint(2, 9)) + digits(6, False)


def typed_phone(num, region):
    """num national digits (UK/IE with leading 0, US 10 digits). Returns typed form."""
    intl = R.random() < 0.35
    if region == "us":
        if intl:
            return ch(["+1 ", "+1-", "1-"]) + num[:3] + "-" + num[3:6] + "-" + num[6:]
        return ch(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (num[:3], num[3:6], num[6:])
    cc = "44" if region == "uk" else "353"
    if intl:
        rest = num[1:]
        pre = ch(["+" + cc + " ", "+" + cc, "00" + cc + " ", "+" + cc + " (0)"])
        if pre.endswith("(0)"):
            pre += ""
            return pre + rest[:4] + " " + rest[4:]
        return pre + ch([rest[:4] + " " + rest[4:], rest, rest[:3] + " " + rest[3:6] + " " + rest[6:]])
    r = R.random()
    if r < 0.35:
        return num[:5] + " " + num[5:]
    if r < 0.55:
        return num
    if r < 0.75:
        return num[:3] + " " + num[3:7] + " " + num[7:]
    return num[:5] + " " + num[5:8] + " " + num[8:]


def spoken_phone(num, region, intl=None, filler=0.15):
    if intl is None:
        intl = R.random() < 0.3
    if region == "us":
        body = say_digits(num, "us", groups=[num[:3], num[3:6], num[6:]], filler=filler)
        return ("plus one " + body) if intl else body
    if intl:
        cc = "44" if region == "uk" else "353"
        lead = ch(["plus ", "plus ", "double oh "]) if region == "uk" else ch(["plus ", "oh oh "])
        ccs = " ".join(UNITS[int(d)] for d in cc) if R.random() < 0.6 else pair_words(cc) if cc == "44" else "three five three"
        rest = num[1:]
        return lead + ccs + ", " + say_digits(rest, region, filler=filler)
    if num.startswith("07") or num.startswith("08"):
        gs = ch([[num[:5], num[5:8], num[8:]], [num[:5], num[5:]], [num[:3], num[3:6], num[6:]],
                 [num[:2], num[2:5], num[5:8], num[8:]]])
    else:
        gs = chunks_of(num, (3, 4))
    return say_digits(num, region, groups=[g for g in gs if g], filler=filler)


STREETS_UK = ["Carlton Road", "Mill Lane", "Station Road", "Victoria Street", "Kings Avenue",
              "Beech Grove", "Hawthorn Close", "Meadow Way", "Albert Terrace", "Church Street",
              "Orchard Drive", "Queens Crescent", "Priory Gardens", "Ashfield Place",
              "Brunswick Square", "Hollins Lane", "Moorside Road", "Elm Court", "Park View",
              "Castle Wynd", "Marchmont Crescent", "Dumbarton Road", "Lisburn Road",
              "Cathedral Road", "Bold Street", "Sandford Rise"]
STREETS_IE = ["Griffith Avenue", "Clarion Quay", "Seafield Road", "Main Street", "Ballymun Road",
              "Douglas Street", "Shandon Street", "Newcastle Road", "Dominick Street",
              "O'Connell Street", "Sundays Well Road", "Mountjoy Square", "Ferrybank Terrace"]
STREETS_US = ["Maple Street", "Oak Avenue", "Pine Drive", "Lakeview Boulevard", "Cedar Lane",
              "Sunset Blvd", "Elm St", "Washington Ave", "Hillcrest Road", "Magnolia Court"]
TOWNS_UK = ["Leeds", "Manchester", "Glasgow", "Cardiff", "Belfast", "Bristol", "Sheffield",
            "Newcastle", "Edinburgh", "Norwich", "Exeter", "Hull", "Stockport", "Swansea"]
TOWNS_IE = ["Dublin 9", "Cork", "Galway", "Limerick", "Waterford", "Sligo", "Athlone", "Drogheda"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Denver", "Portland", "Raleigh", "Tucson"]


def typed_address(region):
    streets = {"uk": STREETS_UK, "ie": STREETS_IE, "us": STREETS_US}[region]
    st = ch(streets)
    if R.random() < 0.25:
        st = st.lower()
    n = str(R.randint(1, 240)) + (ch(["a", "A", "b"]) if R.random() < 0.1 else "")
    r = R.random()
    if r < 0.25:
        return ch(["Flat ", "flat ", "Apt ", "Apartment "]) + str(R.randint(1, 40)) + ch([", ", " ", ", "]) + n + " " + st
    if r < 0.35:
        return str(R.randint(1, 30)) + "/" + n + " " + st if region == "uk" else n + " " + st
    return n + ch([" ", ", "]) + st if R.random() < 0.1 else n + " " + st


def spoken_address(region):
    streets = {"uk": STREETS_UK, "ie": STREETS_IE, "us": STREETS_US}[region]
    st = ch(streets).lower().replace("blvd", "boulevard").replace("'", "")
    st = re.sub(r"\bst$", "street", re.sub(r"\bave$", "avenue", st))
    n = R.randint(1, 240)
    nw = say_digits(str(n), region, groups=[str(n)], style=1) if n >= 10 else UNITS[n]
    if R.random() < 0.3:
        fl = R.randint(1, 30)
        pre = ch(["flat ", "apartment ", "unit "]) + (UNITS[fl] if fl < 10 else say_digits(str(fl), region, groups=[str(fl)]))
        if R.random() < 0.3:
            pre += " " + ch(["a", "b", "c"])
        return pre + ch([", ", " ", ", um, "]) + nw + " " + st
    if R.random() < 0.2:
        return nw + ", " + ch(["um", "er"]) + ", " + st
    return nw + " " + st


def spoken_pc(pc, region):
    out, inn = pc.split(" ")
    nato = 0.35 if R.random() < 0.5 else 0.0
    a = say_alnum(out, region, nato)
    b = say_alnum(inn, region, nato)
    return a + ch([", ", " ", "... "]) + b


def dob_date():
    y = R.randint(1941, 2005)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


def say_year(y):
    if y >= 2000:
        return ch(["two thousand and ", "two thousand "]) + UNITS[y - 2000] if y < 2010 else "two thousand and " + TEENS[y - 2010]
    hi, lo = divmod(y, 100)
    low = ("oh " + UNITS[lo]) if lo < 10 else pair_words("%02d" % lo)
    return pair_words(str(hi)) + " " + low


def typed_dob(region):
    y, m, d = dob_date()
    fm = ch(["dmy", "dmy", "dmy2", "iso", "txt", "txt2", "dots"]) if region != "us" else ch(["mdy", "mdy", "txtus", "iso"])
    if fm == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if fm == "dmy2":
        return "%d/%d/%02d" % (d, m, y % 100)
    if fm == "dots":
        return "%02d.%02d.%d" % (d, m, y)
    if fm == "iso":
        return "%d-%02d-%02d" % (y, m, d)
    if fm == "txt":
        return "%d %s %d" % (d, MON_ABBR[m - 1], y)
    if fm == "txt2":
        return "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1].title(), y)
    if fm == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)


def spoken_dob(region):
    y, m, d = dob_date()
    yr = say_year(y) if R.random() < 0.8 or y >= 2000 else pair_words("%02d" % (y % 100)) if y % 100 >= 10 else say_year(y)
    r = R.random()
    if region == "us":
        if r < 0.6:
            return MONTHS[m - 1] + " " + ORD[d - 1] + ", " + yr
        return say_digits("%02d%02d" % (m, d), "us", groups=["%02d" % m, "%02d" % d], style=0) + ", " + yr
    if r < 0.4:
        return ORD[d - 1] + " of " + MONTHS[m - 1] + ", " + yr
    if r < 0.55:
        return "the " + ORD[d - 1] + " of the " + ORD[m - 1] + ", " + yr
    if r < 0.7:
        return MONTHS[m - 1] + " the " + ORD[d - 1] + ", " + ch(["um, ", "", "er "]) + yr
    if r < 0.85:
        return ch(["the ", ""]) + ORD[d - 1] + " " + MONTHS[m - 1] + " " + yr
    s = "%02d%02d%02d" % (d, m, y % 100)
    return say_digits(s, region, groups=[s[:2], s[2:4], s[4:]], style=0, sep=" ")


def expiry_val(spoken, region):
    m = R.randint(1, 12)
    y = R.randint(25, 32)
    if not spoken:
        return ch(["%02d/%02d", "%02d/20%02d", "%d/%02d", "%02d / %02d", "%02d-%02d"]) % (m, y)
    r = R.random()
    if r < 0.45:
        z = zw(region)
        mm = (z + " " + UNITS[m]) if m < 10 else pair_words(str(m))
        return mm + ch([" ", ", ", " slash "]) + ch([pair_words(str(y)), "twenty " + pair_words(str(y))])
    if r < 0.75:
        return MONTHS[m - 1] + " " + ch(["", "twenty "]) + pair_words(str(y))
    return ch(["the end of ", ""]) + MONTHS[m - 1] + " " + "twenty " + pair_words(str(y))


BACK = ["mhm", "go on", "yep", "okay", "right", "uh huh", "yeah", "got that", "mm", "okay, go on",
        "and the next bit?", "lovely", "grand", "sure", "yes"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def region_pick(weights=(5, 3, 2)):
    return ch(["uk"] * weights[0] + ["ie"] * weights[1] + ["us"] * weights[2])


def opener(ind):
    d = {"banking": ["thanks for calling the bank", "you're through to customer banking"],
         "telecom": ["thanks for calling about your mobile account", "you're through to broadband support"],
         "utilities": ["you're through to the energy helpline", "welcome to the water services line"],
         "retail": ["thanks for contacting online orders", "you're through to the returns team"],
         "insurance": ["you're through to motor claims", "welcome to home insurance"],
         "travel": ["you're through to reservations", "welcome to the bookings line"],
         "healthcare billing": ["you're through to patient billing", "welcome to the billing office"],
         "government services": ["you're through to the benefits helpline", "welcome to the motor tax office"]}
    return ch(d[ind])


# ---------------------------------------------------------------- positive templates

def p_card_chat():
    c = Case()
    n = card()
    ind = ch(["retail", "travel", "telecom", "utilities"])
    c.a("Hi, " + opener(ind).replace("thanks", "Thanks") + ". How can I help?")
    lead = ch(["card no: ", "card number is ", "its ", "Card: ", "long number - ", "here u go ", "cc# "])
    tail = ch(["", " thanks", " pls", ". cheers", " ta"])
    c.c(lead, (typed_card(n), "CARD_NUMBER"), tail)
    if R.random() < 0.7:
        e = expiry_val(False, "uk")
        c.a("Thanks. And the expiry date and security code?")
        c.c(ch(["exp ", "expires ", "", "expiry: "]), (e, "EXPIRY"), ch([" cvv ", ", sec code ", " and ", " / cvc: "]),
            (digits(4 if n.startswith("3") and len(n) == 15 else 3, False), "CVV"))
    else:
        c.a("Got it, the payment of " + ch(["£42.99", "€118.40", "$64.15"]) + " has gone through.")
    return c, "typed card in chat, " + ind


def p_card_asr_split():
    c = Case()
    reg = region_pick()
    n = card()
    ind = ch(IND)
    c.a(opener(ind) + ", can i take the long number on the card please")
    gs = split_by(n, card_groups(n))
    if R.random() < 0.4:
        gs = chunks_of(n, (3, 4, 5, 6))
    # distribute groups over 2-4 turns
    k = R.randint(2, min(4, len(gs)))
    cuts = sorted(R.sample(range(1, len(gs)), k - 1))
    parts = []
    prev = 0
    for ct in cuts + [len(gs)]:
        parts.append(gs[prev:ct]); prev = ct
    for pi, p in enumerate(parts):
        sub = "".join(p)
        txt = say_digits(sub, reg, groups=p, filler=0.2)
        if pi == 0:
            c.c(ch(["yeah it's ", "okay so ", "right, ", "it's ", "um, "]), (txt, "CARD_NUMBER"))
        elif pi == len(parts) - 1 and R.random() < 0.5:
            c.c((txt, "CARD_NUMBER"), ch([", that's it", " and that's the lot", "", ", done"]))
        else:
            c.c((txt, "CARD_NUMBER"))
        if pi < len(parts) - 1:
            c.a(ch(BACK))
    if R.random() < 0.6:
        rb = say_digits(n, reg, groups=split_by(n, card_groups(n)), style=0, sep=", ")
        c.a("so that's ", (rb, "CARD_NUMBER"), ", is that right")
        c.c(ch(["yes", "that's it", "yep spot on", "correct"]))
    return c, "ASR card split over turns with back-channels, %s, %s" % (ind, reg)


def p_card_restart():
    c = Case()
    reg = region_pick()
    n1 = card(0)
    n2 = card()
    frag = n1[:R.choice([4, 6, 8])]
    c.a("and which card will you be paying with today")
    c.c("it's ", (say_digits(frag, reg, filler=0.1), "CARD_NUMBER"),
        ch(["... oh hang on, no, that's the old one. right, sorry. it's ", " - wait, wrong card, sorry. let me start again. ",
            ", no, sorry, that one's expired, here, "]),
        (say_digits(n2, reg, groups=split_by(n2, card_groups(n2)), filler=0.15), "CARD_NUMBER"))
    c.a("okay and the expiry")
    c.c((expiry_val(True, reg), "EXPIRY"))
    c.a("and the three digits on the back")
    cv = digits(3)
    c.c(ch(["", "it's ", "uh "]), (say_digits(cv, reg, groups=[cv], style=1), "CVV"))
    return c, "restarted card reading (abandoned fragment labelled) + expiry + cvv, " + reg


def p_card_aside():
    c = Case()
    reg = region_pick((6, 4, 1))
    n = card(0)
    gs = split_by(n, [4, 4, 4, 4])
    ind = ch(IND)
    c.a("go ahead with the card number when you're ready")
    c.c((say_digits(gs[0] + gs[1], reg, groups=gs[:2], filler=0.2), "CARD_NUMBER"),
        ch([", sorry, the numbers are worn on this one, ", " - hang on the dog's going mad - ", ", sorry i need my glasses, ", " ... bear with me ... "]),
        (say_digits(gs[2] + gs[3], reg, groups=gs[2:], filler=0.2), "CARD_NUMBER"))
    c.a("thank you, and just to confirm that card ends in ", (say_digits(gs[3], reg, groups=[gs[3]], style=0), "CARD_NUMBER"), "?")
    c.c("yeah")
    return c, "card with aside mid-reading; last-four read-back labelled because full card in case; " + ind


def p_card_typed_email():
    c = Case()
    n = card()
    c.c(ch(["Hello,\n\nPlease charge my card for the outstanding invoice INV-20931. Card number ",
            "Hi there - re booking ref QX7T2L, please use card ",
            "To whom it may concern,\nI'd like to renew my subscription. My card: "]),
        (typed_card(n), "CARD_NUMBER"), ch([", expiry ", " exp. ", " valid thru "]), (expiry_val(False, "uk"), "EXPIRY"),
        ch([".\n\nThanks,\nSam", ". Regards", ".\nKind regards"]))
    c.a("Thanks, we have processed the payment. For security we've removed your card details from this thread.")
    return c, "card in e-mail with invoice/booking reference"


def p_card_pairs():
    c = Case()
    reg = region_pick((5, 2, 3))
    n = card(0)
    c.a("can you read me the sixteen digit number on the front")
    gs = split_by(n, [4, 4, 4, 4])
    txt = say_digits(n, reg, groups=gs, filler=0.25, style=1)
    c.c(ch(["okay it's ", "right so ", "", "erm, "]), (txt, "CARD_NUMBER"))
    c.a("lovely, and the expiry date")
    c.c(ch(["it says ", "", "valid to "]), (expiry_val(True, reg), "EXPIRY"))
    if R.random() < 0.5:
        c.a("and you said the card ends in ", (say_digits(gs[3], reg, groups=[gs[3]], style=0), "CARD_NUMBER"), ", yeah?")
        c.c("yes")
    return c, "card spoken in pairs/hundreds with fillers, " + reg


def p_ni_typed():
    c = Case()
    v = ni()
    ind = ch(["government services", "banking", "insurance"])
    fm = ch(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s", "%s %s%s%s %s"])
    txt = fm % (v[:2], v[2:4], v[4:6], v[6:8], v[8])
    if R.random() < 0.4:
        txt = txt.lower()
    c.a(ch(["Could you confirm your National Insurance number?", "What's your NI number please?"]))
    c.c(ch(["NI no: ", "its ", "NINO ", "national insurance is ", "", "sure - "]), (txt, "NI_NUMBER"),
        ch(["", " thanks", ". my claim ref is CLM-448812", " (from my payslip)"]))
    return c, "typed NI number, " + ind


def p_ni_spoken():
    c = Case()
    reg = ch(["uk", "uk", "ie"])
    v = ni()
    c.a(ch(["and your national insurance number please", "can i take your n i number"]))
    letters = say_alnum(v[:2], reg, nato=0.6, sep=", ")
    mid = say_digits(v[2:8], reg, groups=ch([[v[2:4], v[4:6], v[6:8]], [v[2:5], v[5:8]], [v[2:8]]]), style=1, filler=0.1)
    suf = say_alnum(v[8], reg, nato=0.5)
    if R.random() < 0.5:
        c.c(ch(["yeah it's ", "it's ", "um "]), (letters, "NI_NUMBER"))
        c.a(ch(BACK))
        c.c((mid, "NI_NUMBER"))
        c.a(ch(["and the letter at the end?", "mhm", "go on"]))
        c.c(ch(["", "and then ", "letter "]), (suf, "NI_NUMBER"))
    else:
        c.c(ch(["it's ", "right, ", ""]), (letters + ", " + mid + ", " + suf, "NI_NUMBER"))
    if R.random() < 0.5:
        rb = say_alnum(v, reg, nato=0.2)
        c.a("so i have ", (rb, "NI_NUMBER"), ch(["", ", correct?"]))
        c.c(ch(["yes", "that's right", "yeah"]))
    return c, "spoken NI number with letters/NATO, possibly split, " + reg


def p_ni_correction():
    c = Case()
    v = ni()
    w = v[:8] + ch([x for x in "ABCD" if x != v[8]])
    c.a("i've got your n i number as ", (say_alnum(w, "uk", nato=0.0), "NI_NUMBER"))
    c.c("no, the last letter's ", (say_alnum(v[8], "uk", nato=1.0), "NI_NUMBER"), ch([", not ", ", no "]),
        (w[8].lower(), "NI_NUMBER"))
    c.a("ah sorry, so ", (say_alnum(v, "uk", nato=0.0), "NI_NUMBER"))
    return c, "NI number read-back corrected by customer; each letter labelled"


def p_ssn():
    c = Case()
    v = ssn()
    ind = ch(["healthcare billing", "banking", "insurance", "government services"])
    if R.random() < 0.45:
        fm = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
        c.a("To verify, please provide your Social Security number.")
        c.c(ch(["SSN: ", "ssn is ", "", "Sure, "]), (fm % (v[:3], v[3:5], v[5:]), "SSN"), ch(["", " thx", ". member ID is 88213049"]))
    else:
        c.a("can i get your social security number")
        gs = ch([[v[:3], v[3:5], v[5:]], [v[:3], v[3:6], v[6:]], [v[:3], v[3:5], v[5:7], v[7:]]])
        if R.random() < 0.5:
            c.c("sure it's ", (say_digits(v, "us", groups=gs, filler=0.2), "SSN"))
        else:
            c.c("okay, ", (say_digits("".join(gs[:2]), "us", groups=gs[:2]), "SSN"))
            c.a(ch(BACK))
            c.c((say_digits("".join(gs[2:]), "us", groups=gs[2:], filler=0.2), "SSN"))
        if R.random() < 0.4:
            c.a("thanks, and just the last four again")
            c.c((say_digits(v[5:], "us", groups=[v[5:]]), "SSN"))
    return c, "SSN typed or spoken, " + ind


def p_sort_acct():
    c = Case()
    reg = ch(["uk", "uk", "uk", "ie"])
    sc = digits(6, False)
    ac = digits(8, False)
    if R.random() < 0.45:
        c.a(ch(["Please send the sort code and account number for the refund.", "Which account should the direct debit come from?"]))
        scf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
        acf = ch([ac, ac[:4] + " " + ac[4:], ac])
        c.c(ch(["sort code ", "s/c: ", "Sort: "]), (scf, "SORT_CODE"), ch([", acct no: ", " a/c ", " account number ", " / acc "]),
            (acf, "BANK_ACCOUNT"))
    else:
        c.a("okay, what's the sort code")
        c.c(ch(["it's ", "", "uh "]), (say_digits(sc, reg, groups=ch([[sc[:2], sc[2:4], sc[4:]], [sc[:3], sc[3:]], [sc]]), filler=0.1), "SORT_CODE"))
        c.a("and the account number")
        gs = ch([[ac[:4], ac[4:]], [ac[:2], ac[2:5], ac[5:]], [ac[:3], ac[3:5], ac[5:]], [ac[:4], ac[4:6], ac[6:]]])
        if R.random() < 0.5:
            c.c((say_digits(ac[:len(gs[0])], reg, groups=[gs[0]]), "BANK_ACCOUNT"))
            c.a(ch(BACK))
            c.c((say_digits("".join(gs[1:]), reg, groups=gs[1:], filler=0.15), "BANK_ACCOUNT"))
        else:
            c.c((say_digits(ac, reg, groups=gs, filler=0.15), "BANK_ACCOUNT"))
        if R.random() < 0.5:
            c.a("so that's sort code ", (say_digits(sc, reg, groups=[sc[:2], sc[2:4], sc[4:]], style=0, sep=" "), "SORT_CODE"),
                ", account ", (say_digits(ac, reg, groups=[ac[:4], ac[4:]], style=0), "BANK_ACCOUNT"))
            c.c(ch(["correct", "yes that's it", "grand"]))
    return c, "UK/IE sort code and account number, " + reg


def p_acct_us():
    c = Case()
    ac = digits(R.choice([9, 10, 12]))
    c.a("what's the checking account number you'd like to use")
    c.c(ch(["acct no: ", "account # ", "", "it's "]), (ac if R.random() < 0.5 else say_digits(ac, "us", filler=0.15), "BANK_ACCOUNT"))
    c.a("thanks, that account ending " + say_digits(ac[-4:], "us", groups=[ac[-4:]], style=0) + " is now on file" if False else "thanks, that's saved")
    return c, "US account number"


def p_iban():
    c = Case()
    cc = ch(["IE", "IE", "GB", "DE", "FR", "NL", "ES"])
    ib = mk_iban(cc)
    reg = "ie" if cc == "IE" else "uk"
    if R.random() < 0.5:
        c.a("Can you send the IBAN for the refund please?")
        c.c(ch(["IBAN: ", "iban is ", "", "my iban - "]), (typed_iban(ib), "IBAN"), ch(["", " BIC AIBKIE2D", " thanks"]))
    else:
        c.a("go ahead with the i b a n")
        letters = say_alnum(ib[:2], reg, nato=0.5)
        chk = say_digits(ib[2:4], reg, groups=[ib[2:4]])
        body = ib[4:]
        pieces = [body[i:i + 4] for i in range(0, len(body), 4)]
        spoken = []
        for p in pieces:
            if p.isdigit():
                spoken.append(say_digits(p, reg, groups=[p] if R.random() < 0.5 else [p[:2], p[2:]], sep=" "))
            else:
                spoken.append(say_alnum(p, reg, nato=0.5))
        half = len(spoken) // 2
        c.c(ch(["okay, ", "right so it's ", ""]), (letters + " " + chk + ", " + ", ".join(spoken[:half]), "IBAN"))
        c.a(ch(BACK))
        c.c((", ".join(spoken[half:]), "IBAN"))
    return c, "IBAN " + cc


def p_phone_uk():
    c = Case()
    reg = ch(["uk", "uk", "ie"])
    num = ch([uk_mobile, uk_mobile, uk_landline])() if reg == "uk" else ie_phone()
    ind = ch(IND)
    if R.random() < 0.4:
        c.a("What's the best number to reach you on?")
        c.c(ch(["mob: ", "Tel ", "call me on ", "", "my number's "]), (typed_phone(num, reg), "PHONE"), ch(["", " after 6pm", " (mobile)", " thanks"]))
    else:
        c.a(ch(["and a contact number", "what's the best number to get you on", "is there a mobile we can text"]))
        sp = spoken_phone(num, reg)
        if R.random() < 0.4 and not sp.startswith(("plus", "double oh", "oh oh")):
            # split over two turns
            a, b = num[:5], num[5:]
            c.c(ch(["yeah it's ", "", "it's "]), (say_digits(a, reg, groups=[a]), "PHONE"))
            c.a(ch(BACK))
            c.c((say_digits(b, reg, filler=0.2), "PHONE"))
        else:
            c.c(ch(["yeah it's ", "", "it's ", "go on then, "]), (sp, "PHONE"))
        if R.random() < 0.45:
            c.a("that's ", (say_digits(num, reg, groups=[num[:5], num[5:8], num[8:]], style=0), "PHONE"), "?")
            c.c(ch(["yep", "that's it", "no, " + ch(["the end's", "last bit is"]) + " " + say_digits(num[-3:], reg, groups=[num[-3:]]) if False else "yes"]))
    return c, "UK/IE phone, " + ind + ", " + reg


def p_phone_us():
    c = Case()
    num = us_phone()
    c.a("What's a good callback number?")
    if R.random() < 0.5:
        c.c(ch(["", "cell ", "it's "]), (typed_phone(num, "us"), "PHONE"))
    else:
        c.c(ch(["sure, ", "it's ", ""]), (spoken_phone(num, "us"), "PHONE"), ch(["", ", that's my cell"]))
    return c, "US phone"


def p_email():
    c = Case()
    first = ch(["john", "siobhan", "aoife", "gary", "priya", "tom", "niamh", "kev", "dee", "mark", "ellie"])
    last = ch(["doe", "murphy", "okafor", "smith", "byrne", "patel", "walsh", "jones", "kelly"])
    dom = ch(["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net", "btinternet.com", "icloud.com", "live.ie"])
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    sep = ch([".", "_", "", "-"])
    user = first + sep + last + num
    if R.random() < 0.45:
        em = user + "@" + dom
        if R.random() < 0.3:
            em = em[0].upper() + em[1:]
        c.a("Can I take an email address for the confirmation?")
        c.c(ch(["email: ", "its ", "", "e-mail is "]), (em, "EMAIL"), ch(["", " thanks", ". pls send receipt there"]))
    else:
        sw = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep]
        fw = first if R.random() < 0.7 else " ".join(first)
        nw = ""
        if num:
            nw = " " + (pair_words(num) if len(num) == 2 and R.random() < 0.6 else " ".join(UNITS[int(d)] for d in num))
        if sep == "":
            fw = first
        spoken = fw + sw + last + nw + " at " + dom.replace(".", " dot ")
        c.a("and an email address")
        c.c(ch(["it's ", "yeah, ", ""]), (spoken, "EMAIL"), ch(["", ", all lower case", ", all one word"]))
    return c, "e-mail typed or spoken"


def p_dob():
    c = Case()
    reg = region_pick()
    ind = ch(IND)
    c.a(ch(["can you confirm your date of birth", "And your DOB please?", "for security, your date of birth"]))
    if R.random() < 0.4:
        c.c(ch(["DOB ", "dob: ", "", "born "]), (typed_dob(reg), "DOB"))
    else:
        c.c(ch(["it's ", "", "yeah ", "uh "]), (spoken_dob(reg), "DOB"))
    if R.random() < 0.3:
        c.a("thanks, and your appointment is on the " + ch(ORD[:28]) + " of " + ch(MONTHS) + " at " + ch(["ten", "half two", "quarter past nine"]))
    return c, "DOB, " + ind + ", " + reg


def p_address_uk():
    c = Case()
    reg = ch(["uk", "uk", "ie"])
    c.a(ch(["What's the address on the account?", "can i take the first line of the address and the postcode", "and the address please"]))
    pc = uk_pc() if reg == "uk" else eircode()
    town = ch(TOWNS_UK if reg == "uk" else TOWNS_IE)
    if R.random() < 0.45:
        pcs = pc if R.random() < 0.7 else pc.replace(" ", "").lower()
        c.c((typed_address(reg), "ADDRESS"), ch([", ", " ", ",\n"]), town, ch([", ", " ", "\n"]), (pcs, "POSTCODE"))
    else:
        c.c(ch(["it's ", "", "yeah, "]), (spoken_address(reg), "ADDRESS"), ", " + town.lower())
        c.a("and the " + ("postcode" if reg == "uk" else "eircode"))
        c.c(ch(["", "it's ", "uh "]), (spoken_pc(pc, reg), "POSTCODE"))
        if R.random() < 0.4:
            c.a("so ", (say_alnum(pc.replace(" ", ""), reg, nato=0.3), "POSTCODE"), "?")
            c.c("yeah")
    return c, "address + town (unlabelled) + postcode/eircode, " + reg


def p_address_us():
    c = Case()
    c.a("What's the billing address?")
    if R.random() < 0.5:
        c.c((typed_address("us"), "ADDRESS"), ", " + ch(TOWNS_US) + ", " + ch(["TX", "OH", "CO", "OR", "NC", "AZ"]) + " ", (zipc(), "POSTCODE"))
    else:
        z = "%05d" % R.randint(10001, 99950)
        c.c((spoken_address("us"), "ADDRESS"), ", " + ch(TOWNS_US).lower() + ", zip is ",
            (say_digits(z, "us", groups=ch([[z], [z[:3], z[3:]], [z[:2], z[2:]]])), "POSTCODE"))
    return c, "US address + ZIP"


def p_verify_multi():
    c = Case()
    reg = ch(["uk", "uk", "ie"])
    ind = ch(IND)
    c.a(opener(ind) + ". before we go on i need to verify you. date of birth first")
    c.c((spoken_dob(reg), "DOB"))
    c.a("and the " + ("postcode" if reg == "uk" else "eircode") + " we have on file")
    pc = uk_pc() if reg == "uk" else eircode()
    c.c(ch(["", "it's "]), (spoken_pc(pc, reg), "POSTCODE"))
    c.a("and the mobile number ending in ... actually can you give me the full number")
    num = uk_mobile() if reg == "uk" else ie_phone()
    c.c((spoken_phone(num, reg, filler=0.2), "PHONE"))
    c.a("perfect, you're verified. your bill is " + ch(["fifty four pounds twenty", "one hundred and twelve euro", "eighty seven pounds"]) + " this month")
    return c, "multi-item verification, " + ind + ", " + reg


def p_email_sig():
    c = Case()
    reg = ch(["uk", "ie"])
    num = uk_mobile() if reg == "uk" else ie_phone()
    pc = uk_pc() if reg == "uk" else eircode()
    em = ch(["m.byrne", "jo_harris", "p.kowalski", "ciara.oneill", "dev.shah"]) + str(R.randint(1, 99)) + "@" + ch(["gmail.com", "outlook.ie", "yahoo.co.uk"])
    c.c("Hi,\nMy order #" + digits(8) + " arrived damaged. Please arrange a collection from the address below.\n\n",
        (typed_address(reg), "ADDRESS"), "\n", ch(TOWNS_UK if reg == "uk" else TOWNS_IE), "\n", (pc, "POSTCODE"),
        "\nTel: ", (typed_phone(num, reg), "PHONE"), "\nEmail: ", (em, "EMAIL"))
    c.a("Thanks, a courier will collect on " + ch(["Tuesday", "Friday", "the 12th"]) + " between 8am and 1pm.")
    return c, "e-mail with signature block; order number unlabelled"


def p_ni_sort_mix():
    c = Case()
    v = ni()
    sc = digits(6, False)
    c.a("to set up the benefit payment i need your n i number and bank details")
    c.c("n i is ", (say_alnum(v[:2], "uk", nato=0.4) + " " + say_digits(v[2:8], "uk", groups=[v[2:4], v[4:6], v[6:8]]) + " " + v[8].lower(), "NI_NUMBER"),
        ", and the sort code's ", (say_digits(sc, "uk", groups=[sc[:2], sc[2:4], sc[4:]], sep=", "), "SORT_CODE"))
    ac = digits(8, False)
    c.a("and the account")
    c.c((say_digits(ac, "uk", groups=chunks_of(ac, (2, 3, 4)), filler=0.2), "BANK_ACCOUNT"),
        ". oh and the reference on my letter is " + say_digits(digits(6), "uk"))
    return c, "NI + sort code + account in one call; letter reference unlabelled"


def p_cvv_expiry():
    c = Case()
    reg = region_pick()
    c.a("I have the card number. What's the expiry date?")
    if R.random() < 0.5:
        c.c(ch(["exp ", "", "its "]), (expiry_val(False, reg), "EXPIRY"))
    else:
        c.c((expiry_val(True, reg), "EXPIRY"))
    c.a("and the security code")
    cv = digits(ch([3, 3, 4]), False)
    c.c(ch(["", "it's ", "cvv "]), (cv if R.random() < 0.4 else say_digits(cv, reg, groups=[cv]), "CVV"))
    return c, "expiry + CVV after card taken by IVR"


POS = [p_card_chat, p_card_asr_split, p_card_restart, p_card_aside, p_card_typed_email, p_card_pairs,
       p_ni_typed, p_ni_spoken, p_ni_correction, p_ssn, p_sort_acct, p_acct_us, p_iban, p_phone_uk,
       p_phone_us, p_email, p_dob, p_address_uk, p_address_us, p_verify_multi, p_email_sig,
       p_ni_sort_mix, p_cvv_expiry, p_card_asr_split, p_ni_spoken, p_ssn, p_card_chat, p_sort_acct,
       p_phone_uk, p_card_pairs]

# ---------------------------------------------------------------- negative templates


def n_amounts():
    c = Case()
    c.a(ch(["your balance is ", "the outstanding amount is ", "you owe "]) +
        ch(["£1,284.50", "€4,112.09", "$12,345.67", "four hundred and twelve pounds sixty", "two thousand three hundred and forty one euro"]))
    c.c("and when's that due")
    c.a("by the " + ch(ORD[:28]) + " of " + ch(MONTHS) + ", or you can pay " + ch(["£45", "€60.50", "forty five pound"]) + " a month over " + ch(["12", "eighteen", "24"]) + " months")
    return c, "amounts, due date, instalments"


def n_ref_cardlike():
    c = Case()
    n = card()
    lab = ch(["case reference", "booking reference", "order number", "tracking number", "claim number", "ticket number", "transaction id"])
    c.a("your " + lab + " is " + typed_card(n) if R.random() < 0.5 else "your " + lab + " is " + say_digits(n, region_pick(), groups=split_by(n, card_groups(n))))
    c.c("sorry, can you repeat the " + lab)
    c.a("sure, " + say_digits(n, "uk", groups=split_by(n, card_groups(n)), style=0))
    return c, "Luhn-valid 16-digit string that is a labelled reference"


def n_last_four():
    c = Case()
    reg = region_pick()
    l4 = digits(4, False)
    c.a(ch(["is that the visa ending ", "i can see a card ending in ", "the payment will come from the card ending "]) +
        (l4 if R.random() < 0.4 else say_digits(l4, reg, groups=[l4])))
    c.c(ch(["yeah that's the one", "yes ending " + say_digits(l4, reg, groups=[l4[:2], l4[2:]]), "no, use the mastercard ending " + digits(4)]))
    return c, "card last-four mentions only"


def n_times():
    c = Case()
    c.c("what time are you open till")
    c.a(ch(["we're open 8am to 8pm monday to friday and 9 till 5 on saturdays", "eight till half seven weekdays, ten to four on sundays",
            "24/7 for emergencies, otherwise 09:00-17:30"]))
    c.c("and how long's the wait")
    c.a(ch(["about 25 minutes", "roughly forty five minutes", "around an hour and a half", "2-3 working days"]))
    return c, "opening hours, durations"


def n_meter():
    c = Case()
    r = digits(ch([5, 6]), False)
    c.a("can i take a meter reading")
    c.c(ch(["it's ", "okay it says ", ""]) + say_digits(r, ch(["uk", "ie"]), filler=0.2) + ch(["", " and then a red one after"]))
    c.a("thanks, and the serial on the meter is " + ch(["E6S", "K99A", "Z17"]) + digits(8) + ", yeah?")
    c.c("yep")
    return c, "meter reading and meter serial"


def n_travel():
    c = Case()
    c.a("you're on flight " + ch(["EI 154", "FR 8342", "BA0117", "U2 4821", "aer lingus one five four"]) + " departing " +
        ch(["14:35", "at twenty five past six", "06:10"]) + " from gate " + ch(["B23", "four hundred and twelve", "14", "three oh two"]))
    c.c("and what seat")
    c.a("seat " + ch(["23C", "fourteen a", "2F", "thirty one d"]) + ", and your hotel room is " + ch(["412", "four one two", "room 1107", "twenty two"]))
    return c, "flight, gate, seat, room numbers"


def n_appointment():
    c = Case()
    c.a("your appointment is on " + ch(["Tuesday 14 March 2026", "the 3rd of June", "friday the twenty first of november", "12/05/2026",
                                        "march the fourteenth, twenty twenty six"]) + " at " + ch(["10:15", "half two", "quarter to eleven"]))
    c.c("and when does my contract end")
    c.a("your contract ends " + ch(["on 31/08/2027", "in september twenty twenty seven", "on the 1st of January 2028", "08/27"]))
    return c, "appointment and contract dates (incl. slash date like an expiry)"


def n_misc_numbers():
    c = Case()
    c.c(ch(["my son is 14", "i'm seventy two years old", "i'm 38"]) + " and " +
        ch(["it was minus 3 degrees", "the heating was at 21 degrees", "it's twenty degrees in here"]))
    c.a(ch(["you've used 87% of your data", "that's a 15 percent discount", "you've had 3 outages since 2019",
            "we've had 1,204 calls about this today"]))
    return c, "ages, temperatures, percentages, counts, years"


def n_policy():
    c = Case()
    lab = ch(["policy number", "invoice number", "member number", "customer reference", "serial number", "model number", "account reference"])
    val = ch(["HX-4471-2290", "POL" + digits(9), "INV-2025-" + digits(5), "MOT" + digits(6), "SN " + digits(12),
              "WX1400-B", "CR/" + digits(4) + "/" + digits(3), digits(9)])
    c.a("i'll just need your " + lab)
    c.c("it's " + lab + " " + val if R.random() < 0.5 else lab + ": " + val)
    c.a("thanks, that's " + val + ", i've got that up now")
    return c, "labelled policy/invoice/serial/model numbers"


def n_ssn_like():
    c = Case()
    v = ssn()
    lab = ch(["claim number", "order number", "confirmation number", "case number", "rx number"])
    c.a("your " + lab + " is " + ch(["%s-%s-%s" % (v[:3], v[3:5], v[5:]), say_digits(v, "us", groups=[v[:3], v[3:5], v[5:]])]))
    c.c("got it, thanks")
    return c, "SSN-shaped but labelled " + lab


def n_roads():
    c = Case()
    c.a(ch(["there's roadworks on the A40 near junction 3", "the M50 is closed between junctions 9 and 10",
            "the engineer is stuck on the M25", "Mill Lane is closed for resurfacing", "the N7 is backed up"]))
    c.c(ch(["so when will they get here", "typical", "how long will that take"]))
    c.a(ch(["should be there by 4", "about 90 minutes", "between 12 and 2"]))
    return c, "road names and junctions"


def n_spoken_ref():
    c = Case()
    reg = region_pick()
    n = digits(ch([8, 10, 12, 14]))
    lab = ch(["your reference", "the parcel's tracking number", "your ticket number", "the job number", "your complaint reference"])
    c.a(lab + " is " + say_digits(n, reg, filler=0.1))
    c.c(ch(["sorry was that ", "can you say that again, ", ""]) + say_digits(n[:4], reg, groups=[n[:4]]) + "?")
    c.a("yes, then " + say_digits(n[4:], reg))
    return c, "spoken reference number read like a card"


def n_tariff():
    c = Case()
    c.a(ch(["the unit rate is 24.5p per kilowatt hour and the standing charge is 53p a day",
            "it's thirty quid a month for 100 gig, or 45 for unlimited",
            "the excess on the policy is two hundred and fifty euro",
            "your premium goes up to 612 pounds from the renewal date"]))
    c.c(ch(["that's a lot", "can you do any better", "okay fine"]))
    return c, "prices and tariffs"


def n_year_count():
    c = Case()
    c.c("i've been with you since " + ch(["2009", "twenty eleven", "nineteen ninety eight"]) + " and had " + ch(["3", "four", "twelve"]) + " bills wrong")
    c.a("i'm sorry, i can see " + ch(["two", "5", "several"]) + " complaints on file, the last one was ticket " + ch(["TK-" + digits(6), digits(7)]))
    return c, "years, counts, ticket"


def n_iban_like():
    c = Case()
    c.a("the payment reference you need to quote is " + ch(["GB" + digits(6), "RF18 5390 0754 7034", "IE-" + digits(10), "PAY" + digits(12)]))
    c.c("and is the amount " + ch(["€250", "£99.99", "one hundred and nine pounds"]) + "?")
    c.a("yes")
    return c, "payment references resembling IBANs"


def n_phone_like():
    c = Case()
    c.a(ch(["your router model is TP-" + digits(4), "the error code on screen is " + digits(3) + "-" + digits(4),
            "your mobile plan code is " + digits(6), "the SIM serial starts 8944 " + digits(4) + " and we don't need the rest"]))
    c.c(ch(["okay", "right", "grand"]))
    return c, "codes and serials resembling phone numbers"


NEG = [n_amounts, n_ref_cardlike, n_last_four, n_times, n_meter, n_travel, n_appointment, n_misc_numbers,
       n_policy, n_ssn_like, n_roads, n_spoken_ref, n_tariff, n_year_count, n_iban_like, n_phone_like]

# ---------------------------------------------------------------- assemble / check


def build():
    global R
    R = random.Random(SEED)
    cases = []
    i = 0
    while True:
        f = POS[i % len(POS)]
        c, note = f()
        i += 1
        cases.append({"id": "h478-pos-%03d" % i, "kind": "positive", "turns": c.turns, "spans": c.spans, "note": note})
        cnt = Counter(s["type"] for cs in cases for s in cs["spans"])
        if i >= 230 and cnt["CARD_NUMBER"] >= 80 and cnt["SSN"] >= 35 and cnt["NI_NUMBER"] >= 35 and all(cnt[t] >= 12 for t in TYPES):
            break
    for j in range(120):
        c, note = NEG[j % len(NEG)]()
        cases.append({"id": "h478-neg-%03d" % (j + 1), "kind": "negative", "turns": c.turns, "spans": [], "note": note})
    return cases


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def check_case(c):
    errs = []
    ts = c["turns"]
    for t in ts:
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
        if not (0 <= s["turn"] < len(ts)):
            errs.append("turn out of range"); continue
        txt = ts[s["turn"]]["text"]
        a, b = s["start"], s["end"]
        if not (0 <= a < b <= len(txt)):
            errs.append("offset out of range"); continue
        if a > 0 and txt[a - 1].isalnum():
            errs.append("start not on word boundary: %r" % txt[max(0, a - 5):b])
        if b < len(txt) and txt[b].isalnum():
            errs.append("end not on word boundary: %r" % txt[a:b + 5])
        if not (txt[a].isalnum() or txt[a] == "+" or (txt[a] == "(" and s["type"] == "PHONE")) or not txt[b - 1].isalnum():
            errs.append("span edge not alnum: %r" % txt[a:b])
        by_turn.setdefault(s["turn"], []).append((a, b))
    for k, v in by_turn.items():
        v.sort()
        for x, y in zip(v, v[1:]):
            if y[0] < x[1]:
                errs.append("overlap in turn %d" % k)
    # value validation, grouping split values of the same type in order
    spans = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
    for typ in TYPES:
        ss = [s for s in spans if s["type"] == typ]
        done = []
        buf = []
        for s in ss:
            txt = ts[s["turn"]]["text"][s["start"]:s["end"]]
            if value_ok(typ, txt):
                if buf:
                    # abandoned fragment before a restarted reading
                    bc = canon(typ, " ".join(buf))
                    if not (bc and bc.isalnum() and len(bc) < 13):
                        errs.append("dangling %s parts %r" % (typ, buf))
                    buf = []
                done.append(canon(typ, txt) if typ not in ("DOB", "EXPIRY", "ADDRESS", "EMAIL") else txt)
                continue
            buf.append(txt)
            if value_ok(typ, " ".join(buf)):
                done.append(canon(typ, " ".join(buf)))
                buf = []
        if buf:
            bc = canon(typ, " ".join(buf))
            # partial read-back (e.g. last four, a corrected letter) of a value already complete in this case
            if not (bc and any(d and (d.endswith(bc) or bc in d) for d in done if isinstance(d, str))):
                errs.append("invalid %s %r" % (typ, buf))
    return errs


def readme(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = sum(c["kind"] == "negative" for c in cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout478 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not train on it, fit thresholds or patterns to it,
> or read individual cases while developing the redactor. It exists only to measure the
> engine after the fact; once it has influenced development it is no longer held out.

## Who wrote it and how

Written by an AI helper acting as an independent test author who did **not** see the
redaction engine's code, tests, docs or other fixtures. Every case is generated by
`scripts/make_pii_holdout478.py` (Python standard library only, one
`random.Random(478241125)`). Turns are assembled from plain-text segments and labelled
value segments, so span offsets are computed, never typed by hand.

Regenerate / verify:

    python scripts/make_pii_holdout478.py          # rewrites cases.jsonl and this README
    python scripts/make_pii_holdout478.py --check  # byte-identical, ids, offsets, values

`--check` verifies: byte-identical regeneration, unique ids, offsets in range, on word
boundaries and non-overlapping, and every labelled value after normalising spoken forms
("oh"/"nought"/"zero", "double"/"treble", pairs, hundreds, NATO spelling, "dot"/"at"):
Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, UK
postcode / Eircode / ZIP patterns, etc. Values split across spans are validated joined.

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` = `customer`|`agent`, `text`), `spans` (`turn`, `start`, `end` — Python
character offsets, end exclusive — and `type`), `note`.

Emphasis: UK and Irish callers — NI numbers, sort codes, account numbers, UK/IE mobiles
and landlines, postcodes and Eircodes, spoken with regional habits ("nought", "double",
"treble", "oh") and unusual groupings — plus US (SSN, ZIP, phones) and EU IBANs.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-ins ("it's", "my number is") are outside.
- A value split across turns gets one span per turn, each with the value's type. Agent read-backs are labelled.
- Fillers spoken inside a reading ("um", "uh") are inside the span.
- PHONE spans include the country code ("+44", "plus four four", "double oh three five three" style leads included).
- ADDRESS = house/flat number and street, not the town (towns are unlabelled); the postcode/ZIP/Eircode is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression.
- A card's last four on their own are NOT PII unless the full card was read in the same case (then the last-four read-back is labelled CARD_NUMBER).
- Abandoned fragments of a restarted card reading are labelled CARD_NUMBER; in a corrected NI read-back every mention of the value (and the corrected letter) is labelled.
- Eircodes are labelled POSTCODE.
- Names, towns, order/ticket/claim/policy/reference numbers inside positive cases are not labelled.
- Negative cases contain no PII: amounts, balances, prices, times, hours, durations, counts, ages,
  temperatures, percentages, years, appointment/payment/contract dates, labelled reference/order/ticket/
  claim/tracking/serial/model/policy numbers (some Luhn-valid or SSN-shaped, some spoken like card
  readings), meter readings, flight/gate/seat/room numbers, road names, card last-four mentions.

## Counts

Cases: %d positive, %d negative, %d total.

| Type | Spans |
|---|---|
%s
| **total** | %d |
""" % (npos, nneg, len(cases), rows, sum(cnt.values()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    data = dump(cases)
    rd = readme(cases)
    if not args.check:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(rd)
    errs = []
    with open(OUT, encoding="utf-8", newline="") as f:
        if f.read() != data:
            errs.append("cases.jsonl is not byte-identical to regeneration")
    with open(README, encoding="utf-8", newline="") as f:
        if f.read() != rd:
            errs.append("README.md is not byte-identical to regeneration")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for c in cases:
        for e in check_case(c):
            errs.append("%s: %s" % (c["id"], e))
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 200 or nneg < 100 or cnt["CARD_NUMBER"] < 70 or cnt["SSN"] < 30 or cnt["NI_NUMBER"] < 30 \
            or any(cnt[t] < 10 for t in TYPES):
        errs.append("size requirements not met: %s" % dict(cnt))
    print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(cnt.items()))))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        sys.exit(1)
    print("check OK" if args.check else "written + checked OK")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h210.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible (single random.Random seeded with 210241125).

    python scripts/make_pii_holdout210.py          # write fixture + README
    python scripts/make_pii_holdout210.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 210241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout210")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ORD_UNITS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
             "eighth", "ninth"]
ORD_TEENS = ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
             "sixteenth", "seventeenth", "eighteenth", "nineteenth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}
FILL = ["um", "uh", "er", "erm"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "Q": "quebec",
        "R": "romeo", "S": "sierra", "T": "tango", "U": "uniform", "V": "victor",
        "W": "whiskey", "X": "xray", "Y": "yankee", "Z": "zulu"}
LHOMO = {"C": "see", "B": "bee", "R": "are", "Y": "why", "U": "you", "T": "tea",
         "J": "jay", "K": "kay", "X": "ex", "Q": "queue", "P": "pee", "G": "gee"}


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def dword(d, homo=False):
    if d == "0":
        return zero_word()
    if homo and d in HOMO and R.random() < 0.5:
        return R.choice(HOMO[d])
    return UNITS[int(d)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


def speak(s, style="mixed", homo=False, fill=0.0):
    """Spoken rendering of a digit string, as an ASR would write it."""
    out = []
    i = 0
    n = len(s)
    while i < n:
        d = s[i]
        run = 1
        while i + run < n and s[i + run] == d and run < 3:
            run += 1
        r = R.random()
        if style != "plain" and run == 3 and r < 0.6:
            out.append("triple " + dword(d))
            i += 3
        elif style != "plain" and run >= 2 and r < 0.7:
            out.append("double " + dword(d))
            i += 2
        elif (style == "mixed" and i + 1 < n and s[i] != "0" and r < 0.35
              and (s[i + 1] != "0" or i + 2 == n) and not (i + 2 < n and s[i + 1] == "0")):
            out.append(pair_words(s[i:i + 2]))
            i += 2
        else:
            out.append(dword(d, homo))
            i += 1
        if fill and R.random() < fill and i < n:
            out.append(R.choice(FILL))
    return " ".join(out)


def speak_year(y):
    y = str(y)
    if y[2] == "0":
        return pair_words(y[:2]) + " " + R.choice(["oh", "o"]) + " " + UNITS[int(y[3])]
    return pair_words(y[:2]) + " " + pair_words(y[2:])


def ordinal(n):
    if n < 10:
        return ORD_UNITS[n]
    if n < 20:
        return ORD_TEENS[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[t][:-1] + "ieth"
    return TENS[t] + " " + ORD_UNITS[u]


def spell(s, nato=0.0, homo=False, sep=" "):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(dword(ch))
        elif ch == " ":
            continue
        else:
            r = R.random()
            if r < nato:
                out.append(ch.lower() + " for " + NATO[ch])
            elif homo and ch in LHOMO and r < nato + 0.3:
                out.append(LHOMO[ch])
            else:
                out.append(ch.lower())
    return sep.join(out)


# ---------------------------------------------------------------- parsing
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "for": "4", "to": "2",
            "too": "2", "ate": "8", "won": "1"})
SKIP = set(FILL) | {"and", "sorry", "slash", "dash", "hyphen", "the", "of", "plus"}
L2L = {v: k for k, v in LHOMO.items()}
NATO_R = {v: k for k, v in NATO.items()}


class ParseError(Exception):
    pass


def parse_digits(text, letters=False):
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and t not in ("o",) and nxt == "for" and i + 2 < len(toks) \
                and toks[i + 2] in NATO_R and NATO_R[toks[i + 2]] == t.upper():
            out.append(t.upper())
            i += 3
            continue
        elif t == "thousand" and out and re.fullmatch(r"\d", out[-1]):
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            nx = toks[j] if j < len(toks) else None
            if nx in UNITS[1:]:
                out[-1] = out[-1] + "00" + W2D[nx]
                i = j + 1
            elif nx in TEENS:
                out[-1] = out[-1] + "0" + str(10 + TEENS.index(nx))
                i = j + 1
            else:
                out[-1] = out[-1] + "000"
                i += 1
            continue
        elif t in ("double", "triple"):
            if nxt not in W2D:
                raise ParseError("double without digit: %r" % text)
            out.append(W2D[nxt] * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in ORD_TEENS:
            out.append(str(10 + ORD_TEENS.index(t)))
        elif t in [TENS[k] for k in TENS]:
            tv = [k for k in TENS if TENS[k] == t][0]
            if nxt in UNITS[1:]:
                out.append(str(tv) + W2D[nxt])
                i += 2
                continue
            if nxt in ORD_UNITS[1:]:
                out.append(str(tv) + str(ORD_UNITS.index(nxt)))
                i += 2
                continue
            out.append(str(tv) + "0")
        elif t in [TENS[k][:-1] + "ieth" for k in TENS]:
            out.append(str([k for k in TENS if TENS[k][:-1] + "ieth" == t][0]) + "0")
        elif t in ORD_UNITS[1:]:
            out.append("0" + str(ORD_UNITS.index(t)))
        elif t in MONTHS:
            out.append("%02d" % (MONTHS.index(t) + 1))
        elif t in [m[:3] for m in MONTHS]:
            out.append("%02d" % ([m[:3] for m in MONTHS].index(t) + 1))
        elif t in W2D and not (letters and t in ("for", "to", "too", "ate", "won")):
            out.append(W2D[t])
        elif t in SKIP:
            pass
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif letters and t in L2L:
            out.append(L2L[t])
        elif letters and t in NATO_R:
            out.append(NATO_R[t])
        elif letters and re.fullmatch(r"[a-z]{1,2}\d*", t):
            out.append(t.upper())
        else:
            raise ParseError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


def parse_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t == "at":
            out.append("@")
        elif t == "dot":
            out.append(".")
        elif t == "underscore":
            out.append("_")
        elif t in ("dash", "hyphen"):
            out.append("-")
        elif t in ("double", "triple") and nxt in W2D:
            out.append(W2D[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in UNITS or t in ("oh", "nought"):
            out.append(W2D[t])
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in [TENS[k] for k in TENS]:
            tv = [k for k in TENS if TENS[k] == t][0]
            if nxt in UNITS[1:]:
                out.append(str(tv) + W2D[nxt])
                i += 1
            else:
                out.append(str(tv) + "0")
        elif t in FILL:
            pass
        else:
            out.append(t)
        i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]"
UKPC_RE = r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}"
SUFFIXES = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way",
            "court", "place", "terrace", "boulevard", "grove", "gardens", "park", "st", "rd",
            "ave", "ln", "dr", "blvd", "hill", "row"]


def validate(typ, canon):
    """Validate a canonical (normalised) value of a type. Returns error or None."""
    c = canon
    if typ == "CARD_NUMBER":
        return None if re.fullmatch(r"\d{13,19}", c) and luhn_ok(c) else "bad card"
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", c) else "bad cvv"
    if typ == "EXPIRY":
        if re.fullmatch(r"\d{4}|\d{6}", c) and 1 <= int(c[:2]) <= 12:
            return None
        return "bad expiry"
    if typ == "SSN":
        if re.fullmatch(r"\d{9}", c) and c[:3] not in ("000", "666") and c[0] != "9" \
                and c[3:5] != "00" and c[5:] != "0000":
            return None
        return "bad ssn"
    if typ == "NI_NUMBER":
        return None if re.fullmatch(NI_RE, c) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{8,12}", c) else "bad account"
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", c) else "bad sort code"
    if typ == "IBAN":
        return None if iban_ok(c) else "bad iban"
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}", c) else "bad phone"
    if typ == "EMAIL":
        return None if re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c) else "bad email"
    if typ == "DOB":
        if re.fullmatch(r"\d{5,8}", c):
            return None
        return "bad dob"
    if typ == "POSTCODE":
        return None if re.fullmatch(UKPC_RE + r"|\d{5}(\d{4})?", c) else "bad postcode"
    if typ == "ADDRESS":
        return None if re.fullmatch(r"\d+[a-z ]* (%s)" % "|".join(SUFFIXES), c) else "bad address"
    return "unknown type"


def normalise(typ, text):
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE") and re.search(r"\d", text):
        # typed form: drop separators
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    if typ == "EMAIL":
        return parse_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return parse_digits(text, letters=True)
    if typ == "ADDRESS":
        t = text.lower().replace(",", " ")
        m = re.match(r"^((?:flat|apartment|apt|unit)\s+\S+(?:\s+\S+)?\s*,?\s+)?(.*)$", t)
        t = m.group(2)
        words = t.split()
        # leading house number: digits or number words
        j = 0
        while j < len(words) and (words[j] in W2D or words[j] in TEENS or words[j] in
                                  [TENS[k] for k in TENS] or words[j] in ("double", "hundred")
                                  or re.fullmatch(r"\d+[a-z]?", words[j])):
            j += 1
        if j == 0:
            raise ParseError("address without number: %r" % text)
        num = "".join(w for w in words[:j] if re.fullmatch(r"\d+[a-z]?", w))
        if not num:
            num = parse_digits(" ".join(w for w in words[:j] if w != "hundred"))
        num = re.sub(r"[a-z]", "", num)
        return num + " " + " ".join(re.sub(r"[^a-z]", "", w) for w in words[j:])
    return parse_digits(text)


# ---------------------------------------------------------------- values
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + R.choice("0123456789"), 16)
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete("4", 19)


def card_repeaty():
    # force some repeated digits so "double"/"triple" occur
    while True:
        c = card()
        if re.search(r"(\d)\1", c):
            return c


def group(s, sizes, sep=" "):
    out, i = [], 0
    for z in sizes:
        out.append(s[i:i + z])
        i += z
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def card_groups(c):
    if len(c) == 15:
        return [4, 6, 5]
    if len(c) == 13:
        return [4, 4, 5]
    return [4] * (len(c) // 4) + ([len(c) % 4] if len(c) % 4 else [])


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def iban():
    cc, blen, fmt = R.choice([("GB", 18, "bank"), ("IE", 18, "bank"), ("DE", 18, "num"),
                              ("FR", 23, "num"), ("NL", 14, "bank"), ("ES", 20, "num")])
    if fmt == "bank":
        bank = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4))
        body = bank + "".join(R.choice("0123456789") for _ in range(blen - 4))
    else:
        body = "".join(R.choice("0123456789") for _ in range(blen))
    tmp = body + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in tmp)) % 97
    return cc + "%02d" % chk + body


def digits(n, first_nonzero=True):
    s = R.choice("123456789") if first_nonzero else R.choice("0123456789")
    return s + "".join(R.choice("0123456789") for _ in range(n - 1))


def uk_mobile():
    return "07" + R.choice("3456789") + digits(8, False)


def uk_land():
    return "0" + R.choice(["20", "161", "121", "113", "141", "131", "117", "1632"]) + "".join(
        R.choice("0123456789") for _ in range(11 - 1 - 0))[:0]


def uk_landline():
    area = R.choice(["020", "0161", "0121", "0113", "0141", "0131", "0117", "01632", "029"])
    return area + digits(11 - len(area))


def us_phone():
    return R.choice("23456789") + digits(2, False) + R.choice("23456789") + digits(6, False)


def ie_mobile():
    return "08" + R.choice("35679") + digits(7, False)


FIRST = ["john", "sarah", "mike", "emma", "david", "claire", "liam", "aoife", "priya", "tom",
         "jess", "omar", "niamh", "carlos", "hannah", "raj", "sophie", "kev", "laura", "ben"]
LAST = ["doe", "smith", "murphy", "patel", "jones", "obrien", "walsh", "khan", "taylor",
        "brown", "kelly", "garcia", "evans", "byrne", "wilson", "nguyen", "hughes", "reid"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "protonmail.com", "live.ie", "comcast.net"]
STREETS = ["elm", "kings", "station", "church", "victoria", "maple", "oak", "park", "high",
           "mill", "north", "queens", "willow", "harbour", "main", "cedar", "bridge", "green"]
UKPC = ["SW1A 1AA", "M14 5TG", "B33 8TH", "CR2 6XH", "LS6 2PQ", "EH1 3QR", "G12 8QQ",
        "BS8 1TH", "CF10 3AT", "NE1 7RU", "L17 4JP", "SE15 5BX", "W1T 4JE", "N7 6PA",
        "RG1 3EU", "BT9 5AB", "PL4 8AA", "NG7 2RD", "E17 9HS", "DN15 8TU"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)),
                     f + "_" + l, l + "." + f, f + str(R.randint(70, 99))])
    return user + "@" + R.choice(DOMAINS)


def speak_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._\-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            parts.append(speak(tok, style="mixed") if tok[0] != "0" else speak(tok, "plain"))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    dparts = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + dparts


def zipc():
    z = R.choice(["94103", "10027", "60614", "30309", "78704", "02139", "98109", "33130",
                  "85004", "19104", "48201", "55407", "80205", "97214", "20009", "75201"])
    if R.random() < 0.25:
        z += digits(4, False)
    return z


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> (type, canonical, [span idx])

    def turn(self, speaker, *segs):
        """segs: str or (text, TYPE) or (text, TYPE, gid, canonical)."""
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, str):
                text += s
                continue
            val, typ = s[0], s[1]
            gid = s[2] if len(s) > 2 else "g%d" % len(self.spans)
            canon = s[3] if len(s) > 3 else None
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            g = self.groups.setdefault(gid, [typ, canon, []])
            if canon is not None:
                g[1] = canon
            g[2].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.turn("agent", *segs)

    def c(self, *segs):
        return self.turn("customer", *segs)


def pick(*xs):
    return R.choice(xs)


def ind():
    return R.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel",
                     "healthcare billing", "government services"])


def ack():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "yeah",
                     "got it", "okay and", "go ahead"])


def split_digits(s, n):
    """Split into n chunks of roughly equal size."""
    sizes = []
    base = len(s) // n
    rem = len(s) % n
    i = 0
    out = []
    for k in range(n):
        z = base + (1 if k < rem else 0)
        out.append(s[i:i + z])
        i += z
    return out


# ------------------------------------------------------------ positive templates
def p_card_chat():
    c = card()
    sep = R.choice([" ", "-", "", ".", "  "])
    shown = group(c, card_groups(c), sep) if sep else c
    cs = Case("positive", "")
    if R.random() < 0.5:
        cs.c(pick("Hi, ", "hello ", "hey, ", ""), pick("my card number is ", "card no: ", "the card is ",
             "can you use this one "), (shown, "CARD_NUMBER", "k", c),
             pick(" thanks", ", ta", " - the payment is £%d.%02d" % (R.randint(5, 300), R.randint(0, 99)),
                  "", " for order #%d" % R.randint(100000, 9999999)))
    else:
        cs.a("Please enter the long number on your card.")
        cs.c((shown, "CARD_NUMBER", "k", c))
    cs.note = "chat/%s: card typed with separator %r" % (ind(), sep)
    return cs


def p_card_call_single():
    c = card_repeaty()
    cs = Case("positive", "")
    cs.a(pick("okay and what's the long number across the front of the card",
              "can i take the card number please", "go ahead with the sixteen digits when you're ready"))
    spoken = speak(c, style=R.choice(["mixed", "plain", "double"]), homo=R.random() < 0.4,
                   fill=R.choice([0, 0, 0.1]))
    cs.c(pick("yeah it's ", "okay so ", "um ", "right ", ""), (spoken, "CARD_NUMBER", "k", c),
         pick("", " i think", " yeah", " that's it"))
    cs.note = "call/%s: card read in one turn with ASR digit words (doubles/pairs/homophones)" % ind()
    return cs


def p_card_call_split():
    c = card()
    n = R.choice([2, 3, 4, 4, 5])
    chunks = split_digits(c, n)
    cs = Case("positive", "")
    cs.a(pick("and the card number please", "okay when you're ready the card number",
              "what's the number on the card"))
    for k, ch in enumerate(chunks):
        pre = pick("", "", "um ", "okay ", "right so ") if k == 0 else pick("", "", "then ", "uh ")
        post = pick("", "", " yeah", " sorry")
        cs.c(pre, (speak(ch, style="mixed", homo=R.random() < 0.3), "CARD_NUMBER", "k", c), post)
        if k < n - 1:
            cs.a(ack())
    cs.note = "call/%s: card split over %d customer turns with back-channels" % (ind(), n)
    return cs


def p_card_call_correction():
    c = card()
    cut = R.randint(4, 10)
    wrong = c[:cut - 1] + str((int(c[cut - 1]) + R.randint(1, 8)) % 10)
    cs = Case("positive", "")
    cs.a("and the card number")
    # aborted wrong attempt is unlabelled context? it is a partial card number -> label too
    cs.c((speak(wrong, "plain"), "CARD_NUMBER", "w", "PARTIAL"), pick(" no sorry no wait ", " oh hang on no ", " sorry let me start again "),
         (speak(c, "mixed"), "CARD_NUMBER", "k", c))
    cs.a("okay thank you")
    cs.note = "call/%s: self-correction mid card reading, restart labelled as well as aborted prefix" % ind()
    return cs


def p_card_readback():
    c = card()
    cs = Case("positive", "")
    half = len(c) // 2
    cs.a("okay the card number please")
    cs.c((speak(c[:half], "mixed"), "CARD_NUMBER", "k", c))
    cs.a("sorry you broke up there can you give me the rest")
    cs.c(pick("oh yeah ", "sure "), (speak(c[half:], "mixed"), "CARD_NUMBER", "k", c))
    cs.a("so that's ", (speak(c, "plain"), "CARD_NUMBER", "r", c), " is that right")
    cs.c("yes that's right")
    cs.note = "call/%s: agent interrupts mid card reading then reads full number back" % ind()
    return cs


def exp_val():
    m = R.randint(1, 12)
    y = R.randint(25, 32)
    return m, y


def speak_exp(m, y):
    r = R.random()
    if r < 0.35:
        return speak("%02d" % m, "plain") + " " + pair_words("%02d" % y), "%02d%02d" % (m, y)
    if r < 0.6:
        return MONTHS[m - 1] + " twenty " + pair_words("%02d" % y), "%02d20%02d" % (m, y)
    if r < 0.8:
        return MONTHS[m - 1] + " " + pair_words("%02d" % y), "%02d%02d" % (m, y)
    return speak("%02d" % m, "plain") + " slash " + speak("%02d" % y, "plain"), "%02d%02d" % (m, y)


def p_card_full_call():
    c = card()
    m, y = exp_val()
    cvv = digits(4 if len(c) == 15 else 3, False)
    es, ec = speak_exp(m, y)
    cs = Case("positive", "")
    cs.a("can i take the card number")
    cs.c((speak(c, "mixed", homo=R.random() < 0.3), "CARD_NUMBER", "k", c))
    cs.a("and the expiry date")
    cs.c(pick("it's ", "um ", "expires ", ""), (es, "EXPIRY", "e", ec))
    cs.a(pick("and the three digit security code on the back", "and the security code please",
              "lastly the cvv"))
    cs.c(pick("", "yeah ", "it's "), (speak(cvv, R.choice(["plain", "mixed"])), "CVV", "v", cvv))
    cs.a("perfect so that's %s pounds going through now" % pick("forty two", "twelve fifty", "a hundred and nine"))
    cs.note = "call/%s: card, expiry and cvv over a payment call; amount unlabelled" % ind()
    return cs


def p_card_chat_full():
    c = card()
    m, y = exp_val()
    cvv = digits(4 if len(c) == 15 else 3, False)
    ex = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y)])
    exc = re.sub(r"\D", "", ex)
    cs = Case("positive", "")
    sep = R.choice([" ", "-", ""])
    cs.c("card ", (group(c, card_groups(c), sep), "CARD_NUMBER"), pick(" exp ", ", expiry ", " expires "),
         (ex, "EXPIRY", "e", exc), pick(" cvv ", ", security code ", " cvc: "), (cvv, "CVV"))
    cs.note = "chat/%s: card, expiry and cvv typed in one message" % ind()
    return cs


def p_expiry_cvv_call_split():
    m, y = exp_val()
    cvv = digits(3, False)
    cs = Case("positive", "")
    cs.a("what's the expiry on the card")
    cs.c(pick("oh hang on it's ", "let me see ", "uh "), (speak("%02d" % m, "plain"), "EXPIRY", "e", "%02d%02d" % (m, y)))
    cs.a(ack())
    cs.c((pair_words("%02d" % y), "EXPIRY", "e", "%02d%02d" % (m, y)))
    cs.a("and the security number on the back")
    cs.c((speak(cvv[:2], "plain"), "CVV", "v", cvv), " ", pick("um", "uh"), " ", (speak(cvv[2:], "plain"), "CVV", "v", cvv))
    cs.note = "call/%s: expiry split across turns, cvv with filler in the middle" % ind()
    return cs


def p_ssn_chat():
    s = ssn()
    fmt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"])
    shown = fmt % (s[:3], s[3:5], s[5:])
    cs = Case("positive", "")
    cs.c(pick("my ssn is ", "SSN: ", "social is ", "here's my social security number "),
         (shown, "SSN", "s", s), pick("", " thanks", ". i need my 1099 form", " - can you verify now?"))
    cs.note = "chat/%s (US): SSN typed %s" % (ind(), fmt.replace("%s", "x"))
    return cs


def p_ssn_call():
    s = ssn()
    cs = Case("positive", "")
    cs.a(pick("for verification can i get your social security number",
              "can you confirm the last nine of your social", "what's your social please"))
    style = R.random()
    if style < 0.4:
        cs.c(pick("sure it's ", "yeah ", "okay ", ""), (speak(s, "mixed", homo=R.random() < 0.4, fill=0.1), "SSN", "s", s))
    elif style < 0.8:
        cs.c(pick("okay ", "uh "), (speak(s[:3], "mixed"), "SSN", "s", s))
        cs.a(ack())
        cs.c((speak(s[3:5], "mixed"), "SSN", "s", s))
        cs.a(ack())
        cs.c((speak(s[5:], "mixed", homo=True), "SSN", "s", s))
    else:
        cs.c((speak(s[:5], "mixed"), "SSN", "s", s), pick(" and then ", " dash "), (speak(s[5:], "mixed"), "SSN", "s", s))
        cs.a("let me repeat that ", (speak(s, "plain"), "SSN", "r", s))
        cs.c("yep")
    cs.note = "call/%s (US): SSN spoken, grouped 3-2-4 or in one go" % ind()
    return cs


def p_ssn_correction():
    s = ssn()
    cs = Case("positive", "")
    cs.a("and your social security number")
    cs.c((speak(s[:3], "plain"), "SSN", "sx", "PARTIAL"), " ", (speak(s[3:5], "plain"), "SSN", "sx", "PARTIAL"),
         " ", pick("wait no sorry", "no hang on that's wrong", "no sorry"), " ",
         (speak(s, "mixed"), "SSN", "t", s))
    cs.a("okay one moment while i pull that up it might take about two minutes")
    cs.note = "call/%s (US): SSN restart after self-correction, both attempts labelled" % ind()
    return cs


def speak_ni(n, nato):
    return spell(n, nato=nato, homo=R.random() < 0.5)


def p_ni_chat():
    n = ni()
    fmt = R.choice(["spaced", "plain", "lower", "spaced_lower"])
    shown = {"spaced": "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
             "plain": n, "lower": n.lower(),
             "spaced_lower": ("%s %s %s" % (n[:2], n[2:8], n[8])).lower()}[fmt]
    cs = Case("positive", "")
    cs.c(pick("my NI number is ", "NI no. ", "national insurance: ", "ni number "),
         (shown, "NI_NUMBER", "n", n), pick("", " cheers", " - re my tax code change", "."))
    cs.note = "chat/%s (UK): NI number typed %s" % (pick("government services", "banking", "insurance"), fmt)
    return cs


def p_ni_call():
    n = ni()
    cs = Case("positive", "")
    cs.a(pick("can i take your national insurance number", "and your n i number please",
              "what's your national insurance number"))
    st = R.random()
    if st < 0.4:
        cs.c(pick("yeah it's ", "okay ", ""), (speak_ni(n, 0.4), "NI_NUMBER", "n", n))
    elif st < 0.8:
        cs.c(pick("right ", ""), (spell(n[:2], nato=0.6), "NI_NUMBER", "n", n))
        cs.a(ack())
        cs.c((speak(n[2:8], "mixed"), "NI_NUMBER", "n", n))
        cs.a("and the letter at the end")
        cs.c((spell(n[8], nato=0.5), "NI_NUMBER", "n", n))
    else:
        cs.c((spell(n[:2], nato=0.2), "NI_NUMBER", "n", n), " ",
             (speak(n[2:4], "mixed"), "NI_NUMBER", "n", n), pick(" sorry ", " um "),
             (speak(n[4:8], "mixed"), "NI_NUMBER", "n", n), " ", (spell(n[8]), "NI_NUMBER", "n", n))
        cs.a("thank you i'll just read that back ", (spell(n), "NI_NUMBER", "r", n))
    cs.note = "call/government services (UK): NI number spoken with NATO letters / split"
    return cs


def speak_sort(s):
    r = R.random()
    if r < 0.5:
        return " ".join(pair_words(s[i:i + 2]) if s[i] != "0" and R.random() < 0.6 else speak(s[i:i + 2], "plain")
                        for i in (0, 2, 4))
    return speak(s, "double")


def p_bank_uk_call():
    sc = digits(6, False)
    acc = digits(8, False)
    cs = Case("positive", "")
    cs.a("can i take the sort code and account number for the direct debit")
    if R.random() < 0.5:
        cs.c(pick("sort code is ", "yeah the sort code's "), (speak_sort(sc), "SORT_CODE", "sc", sc),
             pick(" and the account number is ", " account ", " and then "), (speak(acc, "mixed", homo=R.random() < 0.3), "BANK_ACCOUNT", "ac", acc))
    else:
        cs.c((speak_sort(sc), "SORT_CODE", "sc", sc))
        cs.a(ack())
        cs.c((speak(acc[:4], "mixed"), "BANK_ACCOUNT", "ac", acc))
        cs.a(pick("sorry was that", "okay", "mhm and the rest", "yep"))
        cs.c((speak(acc[4:], "mixed"), "BANK_ACCOUNT", "ac", acc))
    cs.a("lovely the first collection will be on the %s of %s for %s pounds" % (
        ordinal(R.randint(1, 28)), R.choice(MONTHS), pick("thirty two fifty", "eighteen", "sixty")))
    cs.note = "call/%s (UK): sort code and account for direct debit; collection date/amount unlabelled" % pick("utilities", "telecom", "insurance")
    return cs


def p_bank_chat():
    sc = digits(6, False)
    acc = digits(8, False)
    scs = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
    cs = Case("positive", "")
    cs.c(pick("sort code ", "S/C: ", "sortcode "), (scs, "SORT_CODE"), pick(" acc ", ", account no ", " a/c "), (acc, "BANK_ACCOUNT"),
         pick("", " pls refund the £%d" % R.randint(10, 400), " thanks"))
    cs.note = "chat/banking (UK): sort code and account typed"
    return cs


def p_bank_us():
    acc = digits(R.choice([9, 10, 11, 12]), False)
    rt = None
    cs = Case("positive", "")
    if R.random() < 0.5:
        cs.c("checking account # ", (acc, "BANK_ACCOUNT"), pick(" for autopay", " - please update my payment method"))
        cs.note = "chat/%s (US): checking account typed" % ind()
    else:
        cs.a("and the account number for the checking account")
        half = len(acc) // 2
        cs.c((speak(acc[:half], "mixed"), "BANK_ACCOUNT", "ac", acc))
        cs.a(ack())
        cs.c((speak(acc[half:], "mixed", homo=True), "BANK_ACCOUNT", "ac", acc))
        cs.note = "call/%s (US): checking account spoken in two halves" % ind()
    return cs


def p_iban_chat():
    ib = iban()
    shown = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
    cs = Case("positive", "")
    cs.c(pick("IBAN: ", "my iban is ", "pls refund to ", "bank details - IBAN "), (shown, "IBAN", "i", ib),
         pick("", " thanks", ", BIC not needed?", " ref booking 48213"))
    cs.note = "chat/%s (EU): IBAN typed" % pick("travel", "banking", "retail")
    return cs


def p_iban_call():
    ib = iban()
    cs = Case("positive", "")
    cs.a("okay can you read me the iban")
    parts = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    mid = len(parts) // 2
    first = " ".join(spell(p, nato=0.3) for p in parts[:mid])
    second = " ".join(spell(p, nato=0.0) for p in parts[mid:])
    cs.c(pick("yeah it's ", "right ", ""), (first, "IBAN", "i", ib))
    cs.a(ack())
    cs.c((second, "IBAN", "i", ib))
    cs.note = "call/%s (EU/Ireland): IBAN spelled letter by letter over two turns" % pick("travel", "banking", "insurance")
    return cs


def speak_phone_uk(p):
    # 07700 900123 -> oh seven seven double oh nine oh oh one two three
    return speak(p, R.choice(["mixed", "double", "plain"]), homo=R.random() < 0.3)


def p_phone_chat():
    r = R.random()
    cs = Case("positive", "")
    if r < 0.3:
        p = uk_mobile()
        shown = R.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], p])
        can = re.sub(r"\D", "", shown)
    elif r < 0.6:
        p = us_phone()
        shown = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                          "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])])
        can = re.sub(r"\D", "", shown)
    elif r < 0.8:
        p = ie_mobile()
        shown = R.choice(["+353 %s %s %s" % (p[1:3], p[3:6], p[6:]), "%s %s %s" % (p[:3], p[3:6], p[6:])])
        can = re.sub(r"\D", "", shown)
    else:
        p = uk_landline()
        shown = p
        can = p
    if shown.startswith("("):
        cs.c(pick("best number to reach me is ", "call me on "), "(", (shown[1:], "PHONE", "p", can), pick("", " after 5pm", " anytime before 6"))
    else:
        cs.c(pick("best number to reach me is ", "call me on ", "my mobile: ", "you can text "),
             (shown, "PHONE", "p", can), pick("", " after 5pm", " anytime before 6", "."))
    cs.note = "chat/%s: phone number typed" % ind()
    return cs


def p_phone_call():
    cs = Case("positive", "")
    r = R.random()
    cs.a(pick("and what's the best contact number for you", "can i get a callback number",
              "is there a mobile number we can reach you on"))
    if r < 0.4:
        p = uk_mobile()
        if R.random() < 0.5:
            cs.c(pick("yeah it's ", "it's "), (speak_phone_uk(p[:5]), "PHONE", "p", p), " ",
                 (speak_phone_uk(p[5:]), "PHONE", "p", p))
        else:
            cs.c((speak_phone_uk(p[:5]), "PHONE", "p", p))
            cs.a(ack())
            cs.c((speak_phone_uk(p[5:]), "PHONE", "p", p), pick("", " that's my mobile"))
        cs.note = "call/%s (UK): mobile spoken with oh/double" % ind()
    elif r < 0.7:
        p = us_phone()
        area = speak(p[:3], "mixed")
        cs.c(pick("sure ", "yeah "), (area, "PHONE", "p", p), pick(" ", " uh "),
             (speak(p[3:6], "mixed"), "PHONE", "p", p), " ", (speak(p[6:], "mixed", homo=True), "PHONE", "p", p))
        cs.note = "call/%s (US): ten-digit phone with pairs and homophones" % ind()
    elif r < 0.85:
        p = "44" + uk_mobile()[1:]
        cs.c(pick("plus ", "it's plus "), (speak(p, "mixed"), "PHONE", "p", p))
        cs.note = "call/travel: international +44 number spoken"
    else:
        p = "353" + ie_mobile()[1:]
        cs.c("it's an irish number plus ", (speak(p[:3], "plain"), "PHONE", "p", p), " ",
             (speak(p[3:], "mixed"), "PHONE", "p", p))
        cs.note = "call/telecom (Ireland): +353 mobile spoken"
    cs.a(pick("perfect", "great thanks", "lovely i'll pop that on the account"))
    return cs


def p_email_chat():
    e = email()
    shown = R.choice([e, e, e.upper() if R.random() < 0.2 else e.capitalize()])
    cs = Case("positive", "")
    cs.c(pick("email is ", "my email: ", "send it to ", "you can reach me at "),
         (shown, "EMAIL", "m", e), pick("", " please", " thx", ". Order 7731245"))
    cs.note = "chat/%s: email typed" % ind()
    return cs


def p_email_call():
    e = email()
    cs = Case("positive", "")
    cs.a(pick("what email address should we send the confirmation to", "and your email please"))
    sp = speak_email(e)
    if R.random() < 0.5:
        cs.c(pick("it's ", "yeah it's ", "um "), (sp, "EMAIL", "m", e))
    else:
        user, dom = sp.split(" at ", 1)
        cs.c((user, "EMAIL", "m", e.split("@")[0]))
        cs.a(pick("and the domain", "at", "mhm at"))
        cs.c(pick("at ", ""), (dom, "EMAIL", "m2", e.split("@")[1]))
    cs.note = "call/%s: email spelled out with dot/at words" % ind()
    return cs


def dob_val():
    y = R.randint(1940, 2004)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def p_dob_call():
    d, m, y = dob_val()
    cs = Case("positive", "")
    cs.a(pick("and can you confirm your date of birth", "what's your date of birth please",
              "for security date of birth"))
    r = R.random()
    if y >= 2000:
        ys = "two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + pair_words(str(y)[2:])
    else:
        ys = speak_year(y)
    if r < 0.4:
        sp = ordinal(d) + pick(" of ", " ") + MONTHS[m - 1] + " " + ys
    elif r < 0.7:
        sp = MONTHS[m - 1] + " " + ordinal(d) + " " + ys
    else:
        sp = speak("%02d" % d, "plain") + " " + speak("%02d" % m, "plain") + " " + (pair_words(str(y)[2:]) if y < 2000 else speak(str(y)[2:], "plain"))
    lead = pick("yeah it's ", "", "um ", "sure ")
    if r < 0.4 and R.random() < 0.5:
        lead += "the "
    cs.c(lead, (sp, "DOB"), pick("", " i'm %s" % pair_words(str(2026 - y)) if 2026 - y < 100 else "", " yeah"))
    cs.note = "call/%s: date of birth spoken (ordinal/month name/numeric)" % ind()
    return cs


def p_dob_chat():
    d, m, y = dob_val()
    shown = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (m, d, y), "%02d.%02d.%d" % (d, m, y),
                      "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)])
    cs = Case("positive", "")
    cs.c(pick("DOB ", "date of birth: ", "born ", "my dob is "), (shown, "DOB"), pick("", " if that helps", "."))
    cs.note = "chat/%s: date of birth typed" % ind()
    return cs


def addr():
    n = R.randint(1, 240)
    return n, R.choice(STREETS), R.choice(["street", "road", "avenue", "lane", "drive", "close", "way", "crescent"])


def p_addr_pc_call():
    n, st, suf = addr()
    pc = R.choice(UKPC)
    cs = Case("positive", "")
    cs.a(pick("can you confirm the first line of the address and the postcode", "and the address on the account"))
    nsp = speak(str(n), "mixed") if R.random() < 0.6 else str(n)
    pre = pick("", "flat %s " % speak(str(R.randint(1, 9)), "plain"), "")
    if pre:
        cs.c(pre, (nsp + " " + st + " " + suf, "ADDRESS"))
    else:
        cs.c(pick("it's ", "yeah "), (nsp + " " + st + " " + suf, "ADDRESS"))
    cs.a(pick("and the postcode", "mhm and postcode"))
    pcs = pc.replace(" ", "")
    if R.random() < 0.5:
        cs.c((spell(pc, nato=0.3, homo=True), "POSTCODE", "pc", pcs))
    else:
        out, inn = pc.split()
        cs.c((spell(out, nato=0.2), "POSTCODE", "pc", pcs))
        cs.a(ack())
        cs.c((spell(inn, nato=0.4), "POSTCODE", "pc", pcs))
    cs.note = "call/%s (UK): street address and postcode spelled (NATO/homophone letters)" % ind()
    return cs


def p_addr_chat():
    n, st, suf = addr()
    cs = Case("positive", "")
    if R.random() < 0.5:
        pc = R.choice(UKPC)
        pcs = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        cs.c(pick("new address is ", "I've moved to ", "address: "), ("%d %s %s" % (n, st.capitalize(), suf.capitalize()), "ADDRESS"),
             pick(", London, ", ", ", " "), (pcs, "POSTCODE", "pc", pc.replace(" ", "")))
        cs.note = "chat/%s (UK): street address and postcode typed" % ind()
    else:
        z = zipc()
        suf2 = R.choice(["St", "Ave", "Blvd", "Dr", "Rd"])
        zs = z if len(z) == 5 else z[:5] + "-" + z[5:]
        cs.c(pick("ship to ", "my address is ", "update billing address to "), ("%d %s %s" % (n, st.capitalize(), suf2), "ADDRESS"),
             pick(", Apt 4B, Springfield, IL ", ", Austin TX ", ", Seattle, WA "), (zs, "POSTCODE", "z", z))
        cs.note = "chat/%s (US): street address and ZIP typed" % ind()
    return cs


def p_zip_call():
    z = zipc()
    cs = Case("positive", "")
    cs.a(pick("and the billing zip code", "can i get the zip code on the account"))
    cs.c(pick("yeah ", "it's ", ""), (speak(z, R.choice(["plain", "mixed"])), "POSTCODE", "z", z))
    cs.note = "call/%s (US): zip code spoken" % ind()
    return cs


def p_combo_call():
    """Identity check call: DOB + postcode + phone, mixed with chit-chat."""
    d, m, y = dob_val()
    y = min(y, 1999)
    pc = R.choice(UKPC)
    p = uk_mobile()
    cs = Case("positive", "")
    cs.a("before i go into the account can i just take your date of birth")
    cs.c(pick("it's the ", "yeah "), (ordinal(d) + " of " + MONTHS[m - 1] + " " + speak_year(y), "DOB"),
         pick(" sorry it's freezing out here it's about minus two", " i'm on the bus sorry", ""))
    cs.a("no worries and the postcode")
    cs.c((spell(pc, nato=0.25), "POSTCODE", "pc", pc.replace(" ", "")))
    cs.a("and is the mobile still ending ", (speak(p[-3:], "plain"), "PHONE", "pe", "PARTIAL"))
    cs.c("no it's changed it's ", (speak(p, "mixed"), "PHONE", "p", p))
    cs.note = "call/%s (UK): multi-item ID&V, partial phone read by agent" % ind()
    return cs


def p_card_interrupt():
    c = card()
    cut = R.choice([6, 7, 8, 9, 10])
    cs = Case("positive", "")
    cs.a("okay go ahead with the card number")
    cs.c(pick("right it's ", "okay "), (speak(c[:cut], "mixed"), "CARD_NUMBER", "k", c))
    cs.a(pick("sorry sorry can you slow down was that ", "hang on was that "), (speak(c[cut - 2:cut], "plain"), "CARD_NUMBER", "x", "PARTIAL"))
    cs.c(pick("yeah ", "yes "), (speak(c[cut - 2:cut], "plain"), "CARD_NUMBER", "y", "PARTIAL"), pick(" and then ", " then "),
         (speak(c[cut:], "mixed"), "CARD_NUMBER", "k", c))
    cs.note = "call/%s: agent interrupts mid card reading and echoes two digits; customer repeats and continues" % ind()
    return cs


def p_card_chitchat():
    c = card()
    g = card_groups(c)
    parts = [c[sum(g[:k]):sum(g[:k + 1])] for k in range(len(g))]
    cs = Case("positive", "")
    cs.a("and the long card number please")
    segs = [pick("okay ", "")]
    chat = ["sorry the dog's going mad", "hang on let me get my glasses", "it's a bit worn this bit",
            "sorry i'm driving", "bear with me"]
    for k, part in enumerate(parts):
        segs.append((speak(part, "mixed", homo=R.random() < 0.3), "CARD_NUMBER", "k", c))
        if k < len(parts) - 1:
            segs.append(" " + (R.choice(chat) + " " if R.random() < 0.4 else "") )
    cs.c(*segs)
    cs.note = "call/%s: card groups interleaved with chit-chat in one turn" % ind()
    return cs


def p_two_in_turn():
    e = email()
    p = uk_mobile() if R.random() < 0.5 else us_phone()
    cs = Case("positive", "")
    cs.a("can i just update your contact details")
    if R.random() < 0.5:
        cs.c(pick("yeah the number's ", "sure mobile is "), (speak(p, "mixed", homo=True), "PHONE", "p", p),
             pick(" and the email is ", " and email ", " and you can email me on "), (speak_email(e), "EMAIL", "m", e))
        cs.note = "call/%s: phone and email spoken in the same turn" % ind()
    else:
        cs.c("Phone ", (p, "PHONE"), pick(" / ", ", email ", " email: "), (e, "EMAIL"), pick("", " ty"))
        cs.note = "chat/%s: phone and email typed in the same message" % ind()
    return cs


def p_sort_correction():
    sc = digits(6, False)
    wrong = sc[:2] + str((int(sc[2]) + 3) % 10) + sc[3]
    acc = digits(8, False)
    cs = Case("positive", "")
    cs.a("what's the sort code")
    cs.c((speak(wrong, "plain"), "SORT_CODE", "w", "PARTIAL"), pick(" no hang on that's my old one it's ", " sorry no it's "),
         (speak_sort(sc), "SORT_CODE", "sc", sc))
    cs.a("and the account number")
    cs.c((speak(acc, "mixed", fill=0.15), "BANK_ACCOUNT", "ac", acc))
    cs.a("great that's all set up your first payment of %s will be taken next month" % say_amount())
    cs.note = "call/banking (UK): sort code self-correction (aborted attempt labelled), account with fillers"
    return cs


def p_dob_split():
    d, m, y = dob_val()
    y = min(y, 1999)
    cs = Case("positive", "")
    cs.a("and just to confirm your date of birth")
    cs.c((ordinal(d) + " of " + MONTHS[m - 1], "DOB", "d"))
    cs.a(ack())
    cs.c((speak_year(y), "DOB", "d"), pick("", " yeah", " that's right"))
    cs.note = "call/%s: date of birth split over two turns (day-month then year)" % ind()
    return cs


POS_TEMPLATES = [
    (p_card_interrupt, 5), (p_card_chitchat, 5), (p_two_in_turn, 7), (p_sort_correction, 4), (p_dob_split, 4),
    (p_card_chat, 8), (p_card_call_single, 9), (p_card_call_split, 8), (p_card_call_correction, 4),
    (p_card_readback, 4), (p_card_full_call, 9), (p_card_chat_full, 5), (p_expiry_cvv_call_split, 4),
    (p_ssn_chat, 8), (p_ssn_call, 12), (p_ssn_correction, 3),
    (p_ni_chat, 8), (p_ni_call, 12),
    (p_bank_uk_call, 9), (p_bank_chat, 5), (p_bank_us, 5),
    (p_iban_chat, 7), (p_iban_call, 6),
    (p_phone_chat, 8), (p_phone_call, 10),
    (p_email_chat, 8), (p_email_call, 9),
    (p_dob_call, 10), (p_dob_chat, 7),
    (p_addr_pc_call, 8), (p_addr_chat, 9), (p_zip_call, 5), (p_combo_call, 6),
]


# ------------------------------------------------------------ negative templates
def say_amount():
    return R.choice(["%s pounds %s" % (pair_words(str(R.randint(20, 99))), pair_words(str(R.randint(11, 99)))),
                     "a hundred and %s dollars" % pair_words(str(R.randint(21, 99))),
                     "%s euro" % pair_words(str(R.randint(21, 99))),
                     "two thousand four hundred and %s pounds" % pair_words(str(R.randint(21, 99)))])


def n_amount_call():
    cs = Case("negative", "")
    cs.a("so your outstanding balance is " + say_amount())
    cs.c(pick("okay can i pay ", "right i'll pay ") + say_amount() + " today and the rest on the " + ordinal(R.randint(1, 28)))
    cs.a("yeah that's fine i'll set that up")
    cs.note = "call/%s: balances and payment amounts, payment date" % ind()
    return cs


def n_amount_chat():
    cs = Case("negative", "")
    cs.c("Why is my bill £%d.%02d this month? It was £%d.%02d last month" % (R.randint(30, 250), R.randint(0, 99), R.randint(30, 250), R.randint(0, 99)))
    cs.a("I can see a one-off charge of $%d.%02d on %02d/%02d/2026 and a %d%% price rise" % (R.randint(3, 90), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2, 9)))
    cs.note = "chat/%s: amounts, percentages and a billing date" % ind()
    return cs


def n_ref_chat():
    w = R.choice(["Order", "order no.", "Ticket", "Claim", "Invoice", "ref", "Reference", "Case"])
    cs = Case("negative", "")
    cs.c("%s %s%d hasn't arrived, it's been %d days" % (w, R.choice(["#", "", "No. "]), R.randint(10000, 9999999999), R.randint(3, 21)))
    cs.a("Sorry about that. I've raised ticket %d and you'll hear back within %d hours." % (R.randint(100000, 99999999), R.choice([24, 48, 72])))
    cs.note = "chat/%s: order/ticket reference numbers with their reference word" % ind()
    return cs


def n_ref_call():
    ref = digits(R.randint(6, 10))
    w = R.choice(["order number", "claim number", "reference number", "ticket number", "booking reference"])
    cs = Case("negative", "")
    cs.a("have you got the %s there" % w)
    cs.c("yeah the %s is %s" % (w, speak(ref, "mixed")))
    cs.a("thank you and that was placed on the %s of %s" % (ordinal(R.randint(1, 28)), R.choice(MONTHS)))
    cs.note = "call/%s: spoken %s (not account/card)" % (ind(), w)
    return cs


def n_flight():
    cs = Case("negative", "")
    code = R.choice(["ba", "ei", "fr", "ua", "aa", "lh"])
    num = R.randint(100, 9999)
    cs.c("hi i'm on flight %s %s on the %s and it's delayed %s hours" % (
        " ".join(code), speak(str(num), "mixed"), ordinal(R.randint(1, 28)), R.choice(["two", "three", "five"])))
    cs.a("okay i can see that departs at %s %s now from gate %s" % (pair_words(str(R.randint(13, 23))), pair_words(str(R.randint(11, 59))), pair_words(str(R.randint(21, 59)))))
    cs.note = "call/travel: flight number, times, gate"
    return cs


def n_flight_chat():
    cs = Case("negative", "")
    cs.c("Flight %s%d on %d %s, seat %d%s, can I add %d bags (23kg)?" % (
        R.choice(["BA", "EI", "FR", "UA"]), R.randint(100, 9999), R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(),
        R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 3)))
    cs.a("Yes, each extra bag is €%d. Check-in closes at %02d:%02d." % (R.randint(25, 70), R.randint(5, 22), R.randint(0, 59)))
    cs.note = "chat/travel: flight, seat, weights, prices, times"
    return cs


def n_meter():
    cs = Case("negative", "")
    cs.a("can you read me the meter reading")
    cs.c("yeah it says %s" % speak(digits(5), "mixed"))
    cs.a("and the night rate")
    cs.c("%s" % speak(digits(5), "plain"))
    cs.a("lovely that's about %s kilowatt hours since the last reading on the %s" % (pair_words(str(R.randint(21, 99))), ordinal(R.randint(1, 28))))
    cs.note = "call/utilities: meter readings, usage, reading date"
    return cs


def n_model():
    cs = Case("negative", "")
    cs.c("my router model %s-%d keeps dropping, speed is %d mbps, it's %d degrees in here lol" % (
        R.choice(["TG", "DGN", "HH", "SR"]), R.randint(100, 9999), R.randint(2, 80), R.randint(18, 30)))
    cs.a("Thanks. Please hold the reset button for %d seconds and wait %d minutes." % (R.choice([10, 15, 30]), R.choice([2, 5, 10])))
    cs.note = "chat/telecom: model number, speed, temperature, durations"
    return cs


def n_appt():
    cs = Case("negative", "")
    cs.a("i can book you in on %s the %s of %s at %s" % (R.choice(["monday", "tuesday", "friday"]), ordinal(R.randint(1, 28)),
                                                         R.choice(MONTHS), pick("half past two", "ten fifteen", "nine am", "four thirty")))
    cs.c("yeah that's fine my son's %s so i'll bring him too is it still room %s" % (pair_words(str(R.randint(11, 17))), speak(str(R.randint(100, 420)), "mixed")))
    cs.note = "call/healthcare billing: appointment date and time, age, room number"
    return cs


def n_contract():
    cs = Case("negative", "")
    y = R.randint(2019, 2026)
    cs.c("my contract started in %s %s and it's %d months, so why am I paying %d%% more?" % (
        MONTHS[R.randint(0, 11)].capitalize(), y, R.choice([12, 18, 24, 36]), R.randint(3, 15)))
    cs.a("The annual increase is CPI plus %d.%d%%, applied each April since %d." % (R.randint(1, 4), R.randint(0, 9), R.randint(2019, 2024)))
    cs.note = "chat/telecom: contract start date, durations, years, percentages"
    return cs


def n_counts():
    cs = Case("negative", "")
    cs.c("i've called %s times and waited %s minutes each time and i've got %s people in the house with no heating" % (
        pick("three", "five", "eleven"), pick("forty", "twenty five", "ninety"), pick("four", "six")))
    cs.a("i'm really sorry i can see the engineer's due between %s and %s tomorrow" % (pick("eight", "ten"), pick("twelve", "one", "two")))
    cs.note = "call/utilities: counts, durations, time window"
    return cs


def n_insurance():
    cs = Case("negative", "")
    cs.c("the car's a %d so it's about %d years old with %s thousand miles on it" % (
        R.randint(2008, 2022), R.randint(3, 17), pick("sixty", "eighty five", "a hundred and twenty")))
    cs.a("okay and your excess would be %s pounds with a premium of %s a month" % (pick("two fifty", "five hundred", "three hundred"), pick("forty two ninety nine", "thirty one fifty")))
    cs.note = "call/insurance: vehicle year, age, mileage, excess, premium"
    return cs


def n_spoken_long_ref():
    cs = Case("negative", "")
    ref = digits(R.choice([8, 9, 10]))
    cs.a("do you have your invoice number handy")
    cs.c("it's invoice %s" % speak(ref, "plain"))
    cs.a("okay invoice %s for %s" % (speak(ref, "mixed"), say_amount()))
    cs.note = "call/%s: long invoice number read and read back with its reference word" % ind()
    return cs


def n_balance():
    cs = Case("negative", "")
    cs.c("What's my balance? Last time it was $%s.%02d" % ("{:,}".format(R.randint(1000, 99999)), R.randint(0, 99)))
    cs.a("Your available balance is $%s.%02d and a payment of $%d.00 is scheduled for %s %d." % (
        "{:,}".format(R.randint(1000, 99999)), R.randint(0, 99), R.randint(50, 900), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28)))
    cs.note = "chat/banking (US): balances and scheduled payment date"
    return cs


def n_quantity():
    cs = Case("negative", "")
    cs.c("i ordered %s of the %s pack and only %s turned up item code %s" % (
        pick("twelve", "six", "twenty four"), pick("forty eight", "thirty six"), pick("two", "five"), speak(str(R.randint(1000, 99999)), "mixed")))
    cs.a("oh no so you're missing %s i'll send them out it'll be %s to %s working days" % (pick("seven", "ten", "four"), pick("three", "two"), pick("five", "four")))
    cs.note = "call/retail: quantities, item code, delivery days"
    return cs


def n_tax_year():
    cs = Case("negative", "")
    cs.c("I need my P60 for the %d/%02d tax year, I earned about £%s" % (R.randint(2018, 2025), R.randint(19, 26), "{:,}".format(R.randint(15000, 90000))))
    cs.a("You can download it from %s onwards; tax code %dL applies from 6 April." % (pick("31 May", "1 June"), R.randint(1000, 1300)))
    cs.note = "chat/government services (UK): tax year, salary, tax code, dates (no NI)"
    return cs


def n_time_date():
    cs = Case("negative", "")
    cs.a("so the payment of %s went out on the %s of %s at %s" % (say_amount(), ordinal(R.randint(1, 28)), R.choice(MONTHS), pick("eleven oh two", "three forty", "nine fifteen")))
    cs.c("yeah but i was charged twice on the %s and again on the %s" % (ordinal(R.randint(1, 28)), ordinal(R.randint(1, 28))))
    cs.note = "call/banking: payment dates (not DOB), times, amounts"
    return cs


def n_speed_temp():
    cs = Case("negative", "")
    cs.c("the broadband's only doing %s meg when i'm paying for %s and the boiler's showing %s degrees" % (
        pick("three", "twelve", "eight point five"), pick("five hundred", "seventy", "nine hundred"), pick("forty five", "sixty", "thirty eight")))
    cs.a("okay and is that on the %s gigahertz band" % pick("two point four", "five"))
    cs.note = "call/telecom: speeds, temperatures, frequencies"
    return cs


def n_since():
    cs = Case("negative", "")
    yr = R.randint(1985, 2009)
    cs.c("i've been with you since %s that's %s years and now you want %s a month" % (
        speak_year(yr), pair_words(str(2026 - yr)) if 2026 - yr >= 20 else TEENS[2026 - yr - 10], say_amount()))
    cs.a("i understand i can offer you %s percent off for %s months" % (pick("fifteen", "twenty", "ten"), pick("twelve", "six", "eighteen")))
    cs.note = "call/telecom: customer-since year, years, amount, percentage"
    return cs


def n_roads():
    cs = Case("negative", "")
    cs.c("sorry i'm late for the call i was stuck on the m %s for %s minutes behind a lorry doing %s" % (
        pick("twenty five", "six", "sixty two"), pick("forty", "fifty"), pick("thirty", "forty")))
    cs.a("no problem at all the call will take about %s minutes and i'll ring back at %s" % (pick("ten", "fifteen"), pick("half two", "three fifteen", "quarter to five")))
    cs.note = "call/insurance (UK): motorway name, durations, speeds, times"
    return cs


NEG_TEMPLATES = [
    (n_since, 6), (n_roads, 5),
    (n_amount_call, 7), (n_amount_chat, 7), (n_ref_chat, 8), (n_ref_call, 8), (n_flight, 6), (n_flight_chat, 6),
    (n_meter, 6), (n_model, 6), (n_appt, 6), (n_contract, 6), (n_counts, 5), (n_insurance, 6),
    (n_spoken_long_ref, 6), (n_balance, 5), (n_quantity, 6), (n_tax_year, 5), (n_time_date, 6), (n_speed_temp, 5),
]


# ------------------------------------------------------------ assemble + check
def build():
    pos, neg = [], []
    for fn, k in POS_TEMPLATES:
        for _ in range(k):
            pos.append(fn())
    for fn, k in NEG_TEMPLATES:
        for _ in range(k):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    records = []
    for i, cs in enumerate(pos, 1):
        records.append(("h210-pos-%03d" % i, cs))
    for i, cs in enumerate(neg, 1):
        records.append(("h210-neg-%03d" % i, cs))
    return records


def to_json(rid, cs):
    return json.dumps({"id": rid, "kind": cs.kind, "turns": cs.turns, "spans": cs.spans, "note": cs.note},
                      ensure_ascii=False)


def check_records(records):
    errs = []
    ids = set()
    for rid, cs in records:
        if rid in ids:
            errs.append("%s: duplicate id" % rid)
        ids.add(rid)
        if cs.kind == "negative" and cs.spans:
            errs.append("%s: negative with spans" % rid)
        if cs.kind == "positive" and not cs.spans:
            errs.append("%s: positive without spans" % rid)
        byturn = {}
        for sp in cs.spans:
            if sp["type"] not in TYPES:
                errs.append("%s: bad type %s" % (rid, sp["type"]))
            t = cs.turns[sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append("%s: offsets out of range" % rid)
                continue
            seg = t[s:e]
            if seg != seg.strip():
                errs.append("%s: span has edge whitespace %r" % (rid, seg))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (rid, seg))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % rid)
        for gid, (typ, canon, idxs) in cs.groups.items():
            try:
                parts = [normalise(typ, cs.turns[cs.spans[k]["turn"]]["text"][cs.spans[k]["start"]:cs.spans[k]["end"]])
                         for k in idxs]
            except ParseError as ex:
                errs.append("%s: %s" % (rid, ex))
                continue
            if typ == "EMAIL" and canon and "@" not in canon:
                # domain-only fragment
                val = parts[0]
                if val != canon:
                    errs.append("%s: email domain mismatch %r vs %r" % (rid, val, canon))
                continue
            val = "".join(parts)
            if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
                val = val.upper()
            if typ == "POSTCODE" or typ == "IBAN":
                val = re.sub(r"[^A-Z0-9]", "", val)
            if typ == "EMAIL" and len(idxs) == 1:
                val = val.lower()
            if canon == "PARTIAL":
                if not re.fullmatch(r"\d{2,19}", val):
                    errs.append("%s: partial %s %r" % (rid, typ, val))
                continue
            if canon is not None and typ != "EMAIL" and val != canon:
                errs.append("%s: %s normalised %r != canonical %r" % (rid, typ, val, canon))
                continue
            if canon is not None and typ == "EMAIL" and val != canon:
                errs.append("%s: email %r != %r" % (rid, val, canon))
                continue
            err = validate(typ, val if typ != "ADDRESS" else val.strip())
            if err:
                errs.append("%s: %s %r" % (rid, err, val))
    return errs


def summary(records):
    counts = {t: 0 for t in TYPES}
    npos = sum(1 for _, c in records if c.kind == "positive")
    nneg = len(records) - npos
    calls = sum(1 for _, c in records if c.note.startswith("call/"))
    for _, cs in records:
        for sp in cs.spans:
            counts[sp["type"]] += 1
    return counts, npos, nneg, calls


def readme(records):
    counts, npos, nneg, calls = summary(records)
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h210

**Never use this set for tuning.** It is a held-out evaluation set; do not
look at its failures to adjust patterns, thresholds or word lists.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or the other hold-out
sets; the only data consulted was a three-line example of the JSONL format.
All cases are produced by `scripts/make_pii_holdout210.py` from template
functions: each turn is assembled from plain-text segments and (value, TYPE)
segments, so span offsets are computed, never typed by hand. All values come
from a single `random.Random(210241125)`; output is byte-for-byte
reproducible. `python scripts/make_pii_holdout210.py --check` regenerates
the set and verifies it (ids unique, offsets in range and on word
boundaries, spans non-overlapping, each value validated after normalising
spoken forms: Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSN,
6 for sort codes, digit counts for CVV/phone/account, postcode shapes).

About two thirds of the cases are phone calls written the way a speech
recogniser writes them: lower case, little punctuation, numbers as words
("oh"/"o"/"nought" for zero, "double seven", "triple two", pairs like
"forty one", years like "nineteen eighty five"), homophones ("for" for four,
"to"/"too" for two, "won" for one, "ate" for eight, letters as "see", "are",
"why", "queue"), NATO spelling ("b for bravo"), fillers inside readings,
values split across several customer turns with agent back-channels, the
agent interrupting mid-reading, self-corrections and restarts, and the agent
reading values back. The rest are typed chat with varied separators and case.

## Annotation conventions

* A span covers exactly the value: the digits/letters and the words that
  encode them (digit words, "double", "triple", "oh", NATO "x for xray",
  "dot"/"at"/"underscore" in e-mails, and fillers such as "um" or the
  word "slash"/"dash" when they sit *inside* a reading). Lead-ins such as
  "it's", "my card number is", "plus" before an international number, and
  trailing "yeah"/"thanks" are outside the span.
* A value split over several turns is labelled as one span per turn, each
  with the same type.
* Agent read-backs of a value are labelled too.
* Self-corrections: both the aborted attempt and the corrected value are
  labelled (both expose the value).
* When the customer spells an e-mail in two turns (user part, then domain),
  each part is a span.
* The house number and street name/suffix form ADDRESS ("flat three" and
  town names are outside); the postcode/ZIP is a separate POSTCODE span.
* An agent reading the last few digits of a phone number is labelled PHONE.
* Non-PII numbers in positive cases (amounts, dates of payments, ages,
  order numbers) are deliberately left unlabelled. Negative cases contain
  only such lookalikes and have no spans: anything redacted there is a
  false positive.

## Counts

Positive cases: %d. Negative cases: %d. Phone-call cases: %d of %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, calls, npos + nneg, rows)


def main():
    records = build()
    text = "".join(to_json(rid, cs) + "\n" for rid, cs in records)
    rd = readme(records)
    errs = check_records(records)
    counts, npos, nneg, calls = summary(records)
    if npos < 170:
        errs.append("too few positives %d" % npos)
    if nneg < 100:
        errs.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has %d spans < %d" % (t, counts[t], need))
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    got = f.read()
            except OSError:
                got = None
            if got != want:
                errs.append("%s differs from regenerated output" % os.path.relpath(path, ROOT))
        # re-read file and verify JSON round trip
        try:
            with open(CASES, encoding="utf-8") as f:
                for line in f:
                    json.loads(line)
        except Exception as ex:  # noqa
            errs.append("json error %s" % ex)
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d calls=%d/%d" % (npos, nneg, calls, npos + nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs:
        print("ERROR", e)
    if errs:
        print("FAILED: %d problems" % len(errs))
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())

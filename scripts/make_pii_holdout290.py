#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout290/.

Written by an independent author (AI helper) who did not see the redaction code.
Standard library only. Deterministic: one random.Random(290241125).

    python scripts/make_pii_holdout290.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout290.py --check  # regenerate, compare, validate
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 290241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout290")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike",
        "n": "november", "p": "papa", "r": "romeo", "s": "sierra", "t": "tango",
        "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu", "o": "oscar"}
FOR_WORD = {"a": "apple", "b": "bravo", "c": "charlie", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mother", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xray", "y": "yellow", "z": "zebra",
            "o": "orange"}
LETTER_SOUND = {"a": "ay", "b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay",
                "p": "pee", "r": "are", "t": "tee", "y": "why", "z": "zed", "g": "gee"}

# ---------------------------------------------------------------- value makers


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13"])
    if kind == "visa":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "visa13":
        body, n = "4" + "".join(R.choice("0123456789") for _ in range(5)), 16
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    while len(body) < n - 1:
        body += R.choice("0123456789")
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def group_card(d, kind):
    if kind == "amex":
        return [d[:4], d[4:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ") and "O" not in p:
            break
    return p, "".join(R.choice("0123456789") for _ in range(6)), R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "RABK", "INGB"]}


def make_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    rd = lambda n: "".join(R.choice("0123456789") for _ in range(n))
    if c in ("GB", "IE"):
        bban = R.choice(BANKS[c]) + rd(14)
    elif c == "NL":
        bban = R.choice(BANKS[c]) + rd(10)
    elif c == "DE":
        bban = rd(18)
    elif c == "FR":
        bban = rd(23)
    else:
        bban = rd(20)
    return c + iban_check(c, bban) + bban


def rd(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_uk_mobile():
    return "07" + R.choice("3456789") + rd(8)


def make_us_phone():
    return R.choice("23456789") + rd(2) + R.choice("23456789") + rd(6)


def make_ie_mobile():
    return "08" + R.choice("35679") + rd(7)


UK_PC_AREAS = ["SW", "SE", "N", "NW", "E", "W", "M", "B", "LS", "BS", "G", "EH", "CF", "L",
               "NE", "S", "CB", "RG", "BT", "KT", "TW", "CR", "DN", "PL", "EX"]
PC_TAIL = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_PC_AREAS)
    out = a + str(R.randint(1, 20 if len(a) == 1 else 9))
    if R.random() < 0.15 and len(a) == 2:
        out = a + str(R.randint(1, 9)) + R.choice("ABW")
    return out + " " + str(R.randint(1, 9)) + R.choice(PC_TAIL) + R.choice(PC_TAIL)


def make_zip():
    z = rd(5)
    if z[0] == "0" and R.random() < 0.5:
        z = "1" + z[1:]
    return z


STREETS = ["maple avenue", "station road", "church lane", "high street", "park drive",
           "oak street", "victoria road", "mill lane", "elm court", "king street",
           "willow close", "sunset boulevard", "cedar way", "grove road", "pine crescent",
           "lincoln avenue", "riverside drive", "queens terrace", "hawthorn gardens",
           "washington street", "ashford place", "main street", "meadow view",
           "glenview road", "orchard row", "bridge street"]
TOWNS_UK = ["leeds", "bristol", "croydon", "reading", "swindon", "derby", "york", "bath"]
TOWNS_US = ["columbus", "austin", "denver", "portland", "tucson", "raleigh", "boise", "tampa"]
TOWNS_IE = ["galway", "cork", "limerick", "sligo", "athlone"]

FIRST = ["john", "sarah", "mike", "emma", "david", "laura", "paul", "claire", "kevin", "aoife",
         "james", "nicola", "tom", "priya", "liam", "rachel", "mark", "ciara", "dan", "megan",
         "sean", "hannah", "raj", "olivia", "gary", "fiona", "luis", "amy"]
LAST = ["murphy", "smith", "patel", "obrien", "walsh", "jones", "taylor", "kelly", "brown",
        "nguyen", "garcia", "byrne", "hughes", "evans", "khan", "mitchell", "doyle", "reid"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.co.uk", "outlook.com", "icloud.com", "eircom.net",
           "aol.com", "btinternet.com", "protonmail.com", "live.ie"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first",
       "twenty second", "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth"]

# ---------------------------------------------------------------- speech forms


def num2(n):
    """0..99 as words (for pairs/years)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + UNITS[u])


def zero_word(uk=True):
    return R.choice(["zero", "oh", "oh", "o"] + (["nought"] if uk else []))


def digit_word(c, uk=True, homo=0.0):
    if c == "0":
        return zero_word(uk)
    w = UNITS[int(c)]
    if homo and R.random() < homo:
        w = {"2": R.choice(["to", "too"]), "4": "for", "8": "ate", "1": "won"}.get(c, w)
    return w


def say_digits(ds, uk=True, pairs=0.0, dbl=0.6, homo=0.0, filler=0.0):
    """Spell a digit string the way a caller says it and an ASR writes it."""
    out = []
    i = 0
    n = len(ds)
    while i < n:
        c = ds[i]
        if i + 2 < n and ds[i + 1] == c and ds[i + 2] == c and R.random() < dbl:
            out.append("triple " + digit_word(c, uk))
            i += 3
        elif i + 1 < n and ds[i + 1] == c and R.random() < dbl:
            out.append("double " + digit_word(c, uk))
            i += 2
        elif i + 1 < n and c != "0" and R.random() < pairs:
            v = int(ds[i:i + 2])
            nxt = ds[i + 2] if i + 2 < n else None
            if v % 10 == 0 and v >= 20 and (nxt is None or nxt != "0"):
                out.append(digit_word(c, uk))  # avoid "forty" + "one" merging
                i += 1
            else:
                out.append(num2(v))
                i += 2
        else:
            out.append(digit_word(c, uk, homo))
            i += 1
        if filler and i < n and R.random() < filler:
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "for", "sound"])
    if c == "o":  # a bare "o" would read as zero
        return R.choice(["oscar", "o for orange"])
    if style == "nato" and c in NATO:
        return NATO[c]
    if style == "for" and c in FOR_WORD:
        return c + " for " + FOR_WORD[c]
    if style == "sound" and c in LETTER_SOUND:
        return LETTER_SOUND[c]
    return c


def say_alnum(s, uk=True, letter_style=None, pairs=0.0):
    out = []
    buf = ""
    for ch in s.replace(" ", ""):
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, uk, pairs=pairs))
                buf = ""
            out.append(say_letter(ch, letter_style))
    if buf:
        out.append(say_digits(buf, uk, pairs=pairs))
    return " ".join(out)


def say_email(user, dom):
    parts = []
    u = user.replace(".", " dot ").replace("_", " underscore ")
    u = re.sub(r"(\d+)", lambda m: " " + say_digits(m.group(1)) + " ", u)
    d = dom.replace(".", " dot ")
    return re.sub(r"\s+", " ", (u + " at " + d).strip())


def make_email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    user = R.choice([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, l + f[0],
                     f + "." + l + str(R.randint(1, 99)), f + str(R.randint(70, 99))])
    return user, R.choice(DOMAINS)


def spoken_year(y):
    if R.random() < 0.8:
        a, b = divmod(y, 100)
        return num2(a) + " " + (("oh " + UNITS[b]) if b < 10 else num2(b))
    return "two thousand and " + num2(y - 2000) if y >= 2000 else num2(y // 100) + " " + num2(y % 100)


def make_dob_year():
    return R.randint(1948, 2004)


# ---------------------------------------------------------------- normalisation (for --check)

WORD_DIGIT = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "nil": "0", "one": "1",
              "won": "1", "two": "2", "to": "2", "too": "2", "three": "3", "four": "4",
              "for": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "ate": "8",
              "nine": "9"}
TEEN_D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_D = {w: str(k) for k, w in TENS.items()}
SOUND_L = {v: k for k, v in LETTER_SOUND.items()}
NATO_L = {v: k for k, v in NATO.items()}


def norm_spoken(text, letters=False):
    toks = re.findall(r"x-ray|[a-z0-9]+|\|", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t)
            i += 3
            continue
        if t in ("double", "triple") and nxt is not None:
            d = WORD_DIGIT.get(nxt, nxt if nxt.isdigit() and len(nxt) == 1 else None)
            if letters and d is None and len(nxt) == 1:
                d = nxt
            if d is not None:
                out.append(d * (2 if t == "double" else 3))
                i += 2
                continue
        if t == "|":
            pass
        elif t in WORD_DIGIT:
            out.append(WORD_DIGIT[t])
        elif t in TEEN_D:
            out.append(TEEN_D[t])
        elif t in TENS_D:
            if nxt in WORD_DIGIT and WORD_DIGIT[nxt] != "0" and nxt not in ("oh", "o"):
                out.append(TENS_D[t] + WORD_DIGIT[nxt])
                i += 1
            else:
                out.append(TENS_D[t] + "0")
        elif t.isdigit():
            out.append(t)
        elif letters and t in NATO_L:
            out.append(NATO_L[t])
        elif letters and t in SOUND_L:
            out.append(SOUND_L[t])
        elif letters and len(t) == 1:
            out.append(t)
        elif letters and re.fullmatch(r"[a-z]{1,4}\d[a-z0-9]*", t):
            out.append(t)
        elif letters and re.fullmatch(r"[a-z0-9]*\d[a-z0-9]*", t):
            out.append(t)
        elif letters and re.fullmatch(r"[a-z]{2,4}", t) and t not in ("um", "uh", "er", "erm"):
            out.append(t)
        i += 1
    return "".join(out).upper()


def validate(typ, text):
    """Return None if ok, else a message."""
    low = text.lower()
    if typ in ("CARD_NUMBER", "CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        d = norm_spoken(low)
        if not d.isdigit():
            return "non-digit after normalising: %r" % d
        if typ == "CARD_NUMBER" and not (13 <= len(d) <= 19 and luhn_ok(d)):
            return "card invalid %s" % d
        if typ == "CVV" and len(d) not in (3, 4):
            return "cvv len %s" % d
        if typ == "SSN" and len(d) != 9:
            return "ssn len %s" % d
        if typ == "SORT_CODE" and len(d) != 6:
            return "sort len %s" % d
        if typ == "BANK_ACCOUNT" and not 6 <= len(d) <= 12:
            return "acct len %s" % d
        if typ == "PHONE" and not 9 <= len(d) <= 13:
            return "phone len %s" % d
        return None
    if typ == "NI_NUMBER":
        s = norm_spoken(low, letters=True)
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", s):
            return "ni invalid %s" % s
        return None
    if typ == "IBAN":
        s = norm_spoken(low, letters=True)
        if not iban_ok(s):
            return "iban invalid %s" % s
        return None
    if typ == "POSTCODE":
        s = norm_spoken(low, letters=True)
        if re.fullmatch(r"\d{5}(\d{4})?", s):
            return None
        if re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", s):
            return None
        return "postcode invalid %s" % s
    if typ == "EMAIL":
        s = re.sub(r"\s+at\s+", "@", " " + low + " ")
        s = re.sub(r"\s+dot\s+", ".", s)
        s = re.sub(r"\s+underscore\s+", "_", s)
        s = s.strip()
        s = re.sub(r"\b(zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|"
                   r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                   r"nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b",
                   "0", s).replace(" ", "")
        if not re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s):
            return "email invalid %s" % s
        return None
    if typ == "EXPIRY":
        if re.search(r"\d", low) or any(m in low for m in MONTHS) or \
                re.search(r"\b(oh|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", low):
            return None
        return "expiry invalid"
    if typ == "DOB":
        if len(norm_spoken(low)) >= 6 or re.search(r"\d{2}", low) or re.search(r"(nineteen|two thousand|twenty|eighty|ninety|seventy|sixty|fifty|\d)", low):
            return None
        return "dob without year"
    if typ == "ADDRESS":
        if re.search(r"\d|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|eleven|twelve|teen", low) and \
                re.search(r"(avenue|road|lane|street|drive|court|close|boulevard|way|crescent|terrace|gardens|place|view|row|ave|rd|st\b|dr\b)", low):
            return None
        return "address invalid"
    return "unknown type"


# ---------------------------------------------------------------- case assembly

CASE_LIST = []


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []  # list of (speaker, [segments])

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self


def V(text, typ, group=None):
    """A labelled segment. group: validation group key; '-' = do not validate (fragment)."""
    return (text, typ, group)


def build(case):
    turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(case.turns):
        txt = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ, grp = s
                st = len(txt)
                txt += val
                spans.append({"turn": ti, "start": st, "end": len(txt), "type": typ})
                if grp != "-":
                    key = grp if grp is not None else "_%d" % len(spans)
                    groups.setdefault((typ, key), []).append(val)
            else:
                txt += s
        turns.append({"speaker": spk, "text": txt})
    return turns, spans, groups


def add(case):
    CASE_LIST.append(case)


def pick(*xs):
    return R.choice(xs)


def filler():
    return pick("", "", "um ", "uh ", "er ", "erm ", "so ")


def ack():
    return pick("mhm", "okay", "yep", "okay go on", "yeah", "right", "uh huh", "go ahead",
                "got that", "okay and")


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# ================================================================ POSITIVE templates
# Each returns a Case. 'call' = ASR transcript; 'chat' = typed.

IND_CALL = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def p_card_split_call():
    num, kind = make_card()
    ind = pick("telecom", "insurance", "utilities", "travel", "retail")
    uk = R.random() < 0.5
    g = group_card(num, kind)
    cs = Case("positive", "call/%s: card read in %d chunks over turns with back-channels" % (ind, len(g)))
    cs.a(pick("okay can i take the long number on the card please",
              "and whenever you're ready the card number",
              "go ahead with the sixteen digits on the front"))
    for k, part in enumerate(g):
        pre = pick("", "", "yeah ", "right ", "okay ", "so it's ") if k == 0 else filler()
        cs.c(pre, V(say_digits(part, uk, pairs=0.15, homo=0.05), "CARD_NUMBER", "c"))
        if k < len(g) - 1:
            cs.a(ack())
    cs.a(pick("lovely and the expiry", "thank you and when does it expire"))
    m, y = R.randint(1, 12), R.randint(25, 31)
    exp = pick(say_digits("%02d" % m, uk) + " " + num2(y), MONTHS[m - 1] + " twenty " + num2(y),
               num2(m) + " " + num2(y))
    cs.c(filler(), V(exp, "EXPIRY"))
    return cs


def p_card_one_turn_call():
    num, kind = make_card()
    uk = R.random() < 0.5
    ind = pick("banking", "retail", "travel", "telecom")
    filler_p = R.choice([0.0, 0.1, 0.2])
    spoken = say_digits(num, uk, pairs=R.choice([0, 0.2, 0.5]), homo=0.06, filler=filler_p)
    cs = Case("positive", "call/%s: card in one turn, mixed pairs/doubles/fillers" % ind)
    cs.a(pick("can i get the card number", "what's the card number you want to use today"))
    amt = "%d pounds %d" % (R.randint(12, 400), R.randint(10, 99)) if uk else "%s dollars" % num2(R.randint(20, 99))
    cs.c(pick("yeah so ", "it's ", "okay it is ", ""), V(spoken, "CARD_NUMBER"),
         pick(" and i want to pay the full %s" % amt, "", " is that all right", " thanks"))
    cs.a(pick("and the three digit code on the back", "and the security number on the back please"))
    cvv = rd(4 if kind == "amex" else 3)
    cs.c(pick("it's ", "", "uh ", "that's "), V(say_digits(cvv, uk, dbl=0.3, homo=0.05), "CVV"))
    return cs


def p_card_correction_call():
    num, kind = make_card()
    uk = R.random() < 0.5
    g = group_card(num, kind)
    wrong = g[1][:2] + str((int(g[1][2]) + 3) % 10)
    cs = Case("positive", "call/retail: caller restarts the card number mid-reading; fragment labelled too")
    cs.a("and the card number please")
    cs.c(V(say_digits(g[0], uk), "CARD_NUMBER", "-"), " ", V(say_digits(wrong, uk), "CARD_NUMBER", "-"),
         pick(" no sorry hang on let me start again", " wait no that's wrong sorry"))
    cs.a(pick("no problem take your time", "that's fine from the start"))
    cs.c(V(say_digits(num, uk, pairs=0.1, filler=0.1), "CARD_NUMBER", "c"))
    cs.a("thank you and the expiry date")
    m, y = R.randint(1, 12), R.randint(25, 31)
    cs.c(pick("it's ", "expires "), V(say_digits("%02d" % m, uk) + " " + say_digits("%02d" % y, uk), "EXPIRY"),
         pick("", " i think", " yeah"))
    return cs


def p_card_readback_call():
    num, kind = make_card()
    uk = R.random() < 0.5
    g = group_card(num, kind)
    cs = Case("positive", "call/travel: agent reads the card back and is interrupted; both sides labelled")
    cs.a("go ahead with the card number")
    cs.c(V(say_digits(num, uk, pairs=0.3), "CARD_NUMBER", "c"))
    cs.a("let me read that back ", V(say_digits("".join(g[:2]), uk), "CARD_NUMBER", "-"))
    cs.c("yeah")
    cs.a(V(say_digits("".join(g[2:]), uk), "CARD_NUMBER", "-"), pick(" is that right", " correct"))
    cs.c(pick("that's it", "yes that's correct", "yep"))
    cs.a("and the cvv")
    cs.c(V(say_digits(rd(4 if kind == "amex" else 3), uk), "CVV"))
    return cs


def p_card_chat():
    num, kind = make_card()
    g = group_card(num, kind)
    sep = pick(" ", "-", "", " ", ".")
    shown = sep.join(g)
    if R.random() < 0.2:
        shown = num[:6] + " " + num[6:]
    ind = pick("retail", "telecom", "utilities", "travel")
    m, y = R.randint(1, 12), R.randint(25, 31)
    exp = pick("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%d-%02d" % (m, y), "%02d %02d" % (m, y))
    cvv = rd(4 if kind == "amex" else 3)
    cs = Case("positive", "chat/%s: card typed with separator %r, expiry and cvv in same message" % (ind, sep))
    cs.a(pick("Please enter your card details below.", "Can you provide the card you'd like to use?"))
    cs.c(pick("sure its ", "Card: ", "ok ", "here u go "), V(shown, "CARD_NUMBER"),
         pick(" exp ", ", expiry ", " expires ", " valid thru "), V(exp, "EXPIRY"),
         pick(" cvv ", " security code ", " and the code on the back is ", " CVC: "), V(cvv, "CVV"))
    return cs


def p_ssn_call():
    s = make_ssn()
    ind = pick("banking", "insurance", "healthcare billing", "government services")
    style = R.random()
    cs = Case("positive", "call/%s: US social security number spoken" % ind)
    cs.a(pick("for verification can i get your social", "and the last nine, i mean the full social security number"))
    if style < 0.4:
        cs.c(pick("sure it's ", "yeah ", "okay ", "um "), V(say_digits(s, False, pairs=0.2, homo=0.06, filler=0.08), "SSN"))
    elif style < 0.75:
        p = chunks(s, [3, 2, 4])
        cs.c(pick("", "okay ", "it's "), V(say_digits(p[0], False), "SSN", "s"))
        cs.a(ack())
        cs.c(V(say_digits(p[1], False, pairs=0.5), "SSN", "s"))
        cs.a(ack())
        cs.c(filler(), V(say_digits(p[2], False, pairs=0.4), "SSN", "s"))
    else:
        p = chunks(s, [3, 2, 4])
        wrong = p[2][:3] + str((int(p[2][3]) + 5) % 10)
        cs.c(V(say_digits(p[0] + p[1], False), "SSN", "s"), " ", V(say_digits(wrong, False), "SSN", "-"),
             " sorry no ", V(say_digits(p[2], False), "SSN", "s"))
        cs.a("okay so ending in ", V(say_digits(p[2], False), "SSN", "-"))
        cs.c("that's right")
    return cs


def p_ssn_chat():
    s = make_ssn()
    shown = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:],
                 s[:3] + "." + s[3:5] + "." + s[5:])
    cs = Case("positive", "chat/%s: SSN typed" % pick("banking", "insurance", "government services"))
    cs.a("To verify your identity I'll need your SSN.")
    cs.c(pick("its ", "SSN: ", "ok sure ", "my ssn is "), V(shown, "SSN"),
         pick("", " thx", ". how long will this take?"))
    return cs


def p_ni_call():
    p, d, s = make_ni()
    ind = pick("government services", "banking", "insurance", "utilities")
    cs = Case("positive", "call/%s: UK NI number spoken with letter spelling" % ind)
    cs.a(pick("can i take your national insurance number please", "and your n i number"))
    st = R.random()
    lp = " ".join(say_letter(c) for c in p)
    ls = say_letter(s)
    if st < 0.35:
        cs.c(pick("yeah it's ", "it's ", "okay "), V(lp + " " + say_digits(d, True, pairs=0.6) + " " + ls, "NI_NUMBER"))
    elif st < 0.7:
        cs.c(filler(), V(lp, "NI_NUMBER", "n"))
        cs.a(ack())
        dd = chunks(d, [2, 2, 2])
        cs.c(V(" ".join(say_digits(x, True, pairs=0.7) for x in dd), "NI_NUMBER", "n"))
        cs.a(pick("and the letter at the end", "and the last letter"))
        cs.c(pick("", "it's ", "uh "), V(ls, "NI_NUMBER", "n"))
    else:
        cs.c(V(lp + " " + say_digits(d[:4], True, pairs=0.5), "NI_NUMBER", "n"), pick(" hang on it's on my payslip ", " er let me just check "),
             V(say_digits(d[4:], True, pairs=0.5) + " " + ls, "NI_NUMBER", "n"))
        cs.a("so that's ", V(" ".join(p.lower()) + " " + say_digits(d, True) + " " + s.lower(), "NI_NUMBER", "-"))
        cs.c("yes")
    return cs


def p_ni_chat():
    p, d, s = make_ni()
    shown = pick(p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s, p + d + s, (p + d + s).lower(),
                 p + " " + d + " " + s, p + "-" + d[:2] + "-" + d[2:4] + "-" + d[4:] + "-" + s)
    cs = Case("positive", "chat/%s: NI number typed" % pick("government services", "banking", "insurance"))
    cs.a("Could you confirm your National Insurance number?")
    cs.c(pick("yes its ", "NI no: ", "", "sure - "), V(shown, "NI_NUMBER"),
         pick("", " cheers", ". i also need to update my address"))
    return cs


def p_bank_call():
    acct = rd(8)
    sc = rd(6)
    uk = True
    cs = Case("positive", "call/banking: UK sort code as pairs and account number over turns")
    cs.a("can you give me the sort code and account number for the direct debit")
    scs = pick(" ".join(num2(int(sc[i:i + 2])) if sc[i] != "0" else say_digits(sc[i:i + 2]) for i in (0, 2, 4)),
               say_digits(sc), " ".join(say_digits(sc[i:i + 2]) for i in (0, 2, 4)))
    cs.c(pick("sort code is ", "okay sort code ", "yeah the sort code's "), V(scs, "SORT_CODE"))
    cs.a(pick("lovely and the account number", "and the account number"))
    if R.random() < 0.5:
        cs.c(V(say_digits(acct[:4], uk, filler=0.1), "BANK_ACCOUNT", "b"))
        cs.a(ack())
        cs.c(V(say_digits(acct[4:], uk, pairs=0.3), "BANK_ACCOUNT", "b"))
    else:
        cs.c(filler(), V(say_digits(acct, uk, pairs=0.3, homo=0.05), "BANK_ACCOUNT"),
             pick(" and the payment will be fifty two pounds a month", "", " it's a santander account"))
    return cs


def p_bank_chat():
    acct = rd(8) if R.random() < 0.6 else rd(R.choice([10, 11, 12]))
    sc = rd(6)
    if len(acct) == 8:
        scs = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:])
        cs = Case("positive", "chat/banking: sort code and account number typed together")
        cs.a("What are the bank details for the refund?")
        cs.c(pick("sort code ", "SC "), V(scs, "SORT_CODE"), pick(" acc ", " account no ", ", a/c "), V(acct, "BANK_ACCOUNT"))
    else:
        rt = rd(9)
        cs = Case("positive", "chat/utilities: US checking account typed next to a routing number (routing unlabelled)")
        cs.a("Please provide your checking account number for autopay.")
        cs.c("routing " + rt + " and account ", V(acct, "BANK_ACCOUNT"))
    return cs


def p_iban_chat():
    ib = make_iban()
    shown = pick(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(),
                 " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower())
    cs = Case("positive", "chat/%s: IBAN %s typed" % (pick("travel", "banking", "retail", "insurance"), ib[:2]))
    cs.a("Please send the IBAN for the refund.")
    cs.c(pick("IBAN: ", "here it is ", "its ", "my iban "), V(shown, "IBAN"), pick("", " (my savings account)", " thanks", " - refund of 240 EUR please"))
    return cs


def p_iban_call():
    ib = make_iban()
    cs = Case("positive", "call/banking: IBAN %s spelled out over turns" % ib[:2])
    cs.a("and the iban for the transfer")
    head = ib[:8]
    rest = ib[8:]
    cs.c(pick("okay ", "right it's ", ""), V(say_alnum(head, letter_style=pick("plain", "nato", None)), "IBAN", "i"))
    cs.a(ack())
    mid = len(rest) // 2
    cs.c(V(say_digits(rest[:mid], True, pairs=0.3), "IBAN", "i"))
    cs.a(ack())
    cs.c(filler(), V(say_digits(rest[mid:], True, pairs=0.3), "IBAN", "i"))
    return cs


def p_phone_call():
    t = R.random()
    if t < 0.4:
        ph = make_uk_mobile()
        if R.random() < 0.3:
            sp = "plus four four " + say_digits(ph[1:], True, pairs=0.2)
        else:
            sp = say_digits(ph[:5], True) + pick(" ", " um ") + say_digits(ph[5:], True, pairs=0.4)
        ctry = "UK"
    elif t < 0.75:
        ph = make_us_phone()
        sp = say_digits(ph[:3], False) + " " + say_digits(ph[3:6], False) + pick(" ", " uh ") + say_digits(ph[6:], False, pairs=0.5)
        ctry = "US"
    else:
        ph = make_ie_mobile()
        sp = pick("oh ", "zero ") + say_digits(ph[1:3], True) + " " + say_digits(ph[3:], True, pairs=0.2)
        ctry = "IE"
    ind = pick("telecom", "utilities", "healthcare billing", "insurance")
    cs = Case("positive", "call/%s: %s phone number spoken" % (ind, ctry))
    cs.a(pick("what's the best number to reach you on", "and a contact number in case we get cut off"))
    cs.c(pick("it's ", "yeah my mobile is ", "you can get me on ", ""), V(sp, "PHONE"),
         pick("", " after six is best", " that's my mobile", " any time after three thirty"))
    return cs


def p_phone_split_call():
    ph = make_uk_mobile() if R.random() < 0.5 else make_us_phone()
    uk = ph.startswith("0")
    parts = chunks(ph, [5, 3, 3]) if uk else chunks(ph, [3, 3, 4])
    cs = Case("positive", "call/telecom: phone number across turns, agent repeats a chunk")
    cs.a("can you give me the number you're porting")
    cs.c(V(say_digits(parts[0], uk), "PHONE", "p"))
    cs.a(ack())
    cs.c(V(say_digits(parts[1], uk), "PHONE", "p"))
    cs.a(V(say_digits(parts[1], uk), "PHONE", "-"), pick(" yeah", " okay"))
    cs.c(filler(), V(say_digits(parts[2], uk, pairs=0.5), "PHONE", "p"))
    return cs


def p_phone_chat():
    t = R.random()
    if t < 0.3:
        ph = make_uk_mobile()
        shown = pick(ph[:5] + " " + ph[5:], "+44 " + ph[1:5] + " " + ph[5:], ph, "+44" + ph[1:])
    elif t < 0.7:
        ph = make_us_phone()
        shown = pick("(%s) %s-%s" % (ph[:3], ph[3:6], ph[6:]), "%s-%s-%s" % (ph[:3], ph[3:6], ph[6:]),
                     "%s.%s.%s" % (ph[:3], ph[3:6], ph[6:]), "+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]))
    else:
        ph = make_ie_mobile()
        shown = pick("+353 %s %s %s" % (ph[1:3], ph[3:6], ph[6:]), "%s %s %s" % (ph[:3], ph[3:6], ph[6:]))
    cs = Case("positive", "chat/%s: phone typed" % pick("retail", "telecom", "travel"))
    cs.a("What's the best phone number for the courier?")
    cs.c(pick("call me on ", "", "its ", "mob: "), V(shown, "PHONE"), pick("", " pls", " - order 4471203 btw"))
    return cs


def p_email_call():
    u, d = make_email_parts()
    cs = Case("positive", "call/%s: email spelled as words" % pick("retail", "utilities", "insurance", "travel"))
    cs.a(pick("and what email should we send the confirmation to", "can i confirm the email on the account"))
    sp = say_email(u, d)
    if R.random() < 0.4:
        user_sp, dom_sp = sp.split(" at ", 1)
        cs.c(pick("it's ", "yeah it's "), V(user_sp, "EMAIL", "e"))
        cs.a(pick("okay at", "and then at"))
        cs.c(V("at " + dom_sp, "EMAIL", "e"))
    else:
        cs.c(pick("it's ", "um ", "yeah it's "), V(sp, "EMAIL"), pick("", " all lower case", " no capitals"))
    return cs


def p_email_chat():
    u, d = make_email_parts()
    shown = pick(u + "@" + d, (u + "@" + d).upper() if R.random() < 0.2 else u + "@" + d, u.capitalize() + "@" + d)
    cs = Case("positive", "chat/%s: email typed" % pick("retail", "telecom", "travel"))
    cs.a("Which email address should the receipt go to?")
    cs.c(pick("", "pls send to ", "email is "), V(shown, "EMAIL"), pick("", " thanks!", " not the old one"))
    return cs


def dob_spoken(uk):
    y = make_dob_year()
    m = R.randint(1, 12)
    day = R.randint(1, 28)
    if uk:
        return pick("the %s of %s %s" % (ORD[day - 1], MONTHS[m - 1], spoken_year(y)),
                    "%s %s %s" % (ORD[day - 1], MONTHS[m - 1], spoken_year(y)),
                    "%s %s %s" % (say_digits("%02d" % day), say_digits("%02d" % m), say_digits("%02d" % (y % 100), pairs=0.8)))
    return pick("%s %s %s" % (MONTHS[m - 1], ORD[day - 1], spoken_year(y)),
                "%s %s %s" % (MONTHS[m - 1], num2(day), spoken_year(y)),
                "%s %s %s" % (say_digits("%02d" % m), say_digits("%02d" % day), spoken_year(y)))


def p_dob_call():
    uk = R.random() < 0.55
    cs = Case("positive", "call/%s: date of birth spoken" % pick("healthcare billing", "insurance", "banking"))
    cs.a(pick("can you confirm your date of birth", "and your d o b please"))
    cs.c(pick("yeah it's ", "", "um ", "it's "), V(dob_spoken(uk), "DOB"),
         pick("", " so i'm forty three", " yeah"))
    return cs


def p_dob_chat():
    y = make_dob_year()
    m = R.randint(1, 12)
    day = R.randint(1, 28)
    shown = pick("%02d/%02d/%d" % (day, m, y), "%02d/%02d/%d" % (m, day, y), "%d-%02d-%02d" % (y, m, day),
                 "%d %s %d" % (day, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), day, y))
    cs = Case("positive", "chat/%s: DOB typed" % pick("healthcare billing", "insurance", "government services"))
    cs.a("Please confirm your date of birth.")
    cs.c(pick("", "dob ", "born "), V(shown, "DOB"))
    return cs


def addr_spoken(us):
    n = R.randint(1, 2400 if us else 180)
    if n >= 100 and R.random() < 0.6:
        ns = num2(n // 100) + " " + (num2(n % 100) if n % 100 >= 10 else "oh " + UNITS[n % 100])
    elif n >= 100:
        ns = say_digits(str(n), not us)
    else:
        ns = num2(n)
    return ns + " " + R.choice(STREETS)


def p_address_call():
    us = R.random() < 0.45
    cs = Case("positive", "call/%s: street address and %s spoken" % (pick("utilities", "retail", "insurance"), "ZIP" if us else "postcode"))
    cs.a(pick("and the first line of the address", "what's the address for the account"))
    cs.c(pick("it's ", "yeah ", "", "so it's "), V(addr_spoken(us), "ADDRESS"),
         " " + R.choice(TOWNS_US if us else TOWNS_UK))
    cs.a(pick("and the zip code" if us else "and the postcode", "and the post code" if not us else "and the zip"))
    if us:
        z = make_zip()
        cs.c(filler(), V(say_digits(z, False, pairs=0.2), "POSTCODE"))
    else:
        pc = make_uk_postcode()
        cs.c(filler(), V(say_alnum(pc, letter_style=pick("plain", "for", "nato", "sound")), "POSTCODE"))
    return cs


def p_postcode_split_call():
    pc = make_uk_postcode()
    out, inn = pc.split()
    cs = Case("positive", "call/utilities: postcode split over turns with agent confirming outward part")
    cs.a("can i take the postcode")
    cs.c(V(say_alnum(out, letter_style=pick("plain", "nato")), "POSTCODE", "pc"))
    cs.a(pick("okay and", "yep"), " ", V(say_alnum(out, letter_style="plain"), "POSTCODE", "-"), " then")
    cs.c(V(say_alnum(inn, letter_style=pick("plain", "for", "sound")), "POSTCODE", "pc"))
    return cs


def p_address_chat():
    us = R.random() < 0.5
    n = R.randint(1, 999)
    st = R.choice(STREETS).title()
    if R.random() < 0.3:
        st = st.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    addr = "%d %s" % (n, st)
    if R.random() < 0.2:
        addr = "Flat %d, %s" % (R.randint(1, 30), addr)
    pc = make_zip() if us else make_uk_postcode()
    if not us and R.random() < 0.3:
        pc = pc.replace(" ", "") if R.random() < 0.5 else pc.lower()
    town = R.choice(TOWNS_US if us else TOWNS_UK).title()
    cs = Case("positive", "chat/%s: full address typed with %s" % (pick("retail", "utilities"), "ZIP" if us else "postcode"))
    cs.a("What's the delivery address?")
    cs.c(pick("", "its ", "deliver to "), V(addr, "ADDRESS"), ", " + town + pick(", ", " ", ", TX " if us else ", "), V(pc, "POSTCODE"))
    return cs


def p_ie_address_call():
    cs = Case("positive", "call/utilities: Irish caller gives address and phone in one turn")
    ph = make_ie_mobile()
    cs.a("can i get the supply address and a phone number")
    cs.c("it's ", V(addr_spoken(False), "ADDRESS"), " " + R.choice(TOWNS_IE) + " and my number is ",
         V(say_digits(ph, True, pairs=0.2), "PHONE"))
    return cs


def p_mixed_verify_call():
    s = make_ssn()
    cs = Case("positive", "call/healthcare billing: DOB and SSN in one turn with chit-chat and non-PII amount")
    cs.a("i need to verify you, date of birth and social please")
    cs.c(pick("okay so ", "sure "), V(dob_spoken(False), "DOB"), pick(" and the social is ", " and my social's "),
         V(say_digits(s, False, pairs=0.3, filler=0.05), "SSN"), " and this is about the bill for %s dollars" % num2(R.randint(21, 99)))
    return cs


def p_ni_dob_call():
    p, d, s = make_ni()
    cs = Case("positive", "call/government services: DOB then NI number with ASR homophone letters")
    cs.a("can you confirm your date of birth and national insurance number")
    cs.c(V(dob_spoken(True), "DOB"), pick(" and the n i is ", " and national insurance "),
         V(" ".join(say_letter(c, pick("sound", "for", "nato")) for c in p) + " " + say_digits(d, True, pairs=0.5) + " " + say_letter(s, "sound"), "NI_NUMBER"))
    return cs


def p_email_correction_call():
    u, d = make_email_parts()
    cs = Case("positive", "call/retail: email given, agent reads back wrong domain, caller corrects")
    cs.a("what's your email")
    cs.c(V(say_email(u, d), "EMAIL"))
    wrongdom = "hotmail.com" if d != "hotmail.com" else "gmail.com"
    cs.a("so ", V(say_email(u, wrongdom), "EMAIL", "-"))
    cs.c("no ", V(d.replace(".", " dot "), "EMAIL", "-"), " not ", wrongdom.split(".")[0])
    return cs


def p_card_exp_cvv_multi():
    num, kind = make_card()
    uk = R.random() < 0.5
    m, y = R.randint(1, 12), R.randint(26, 31)
    cvv = rd(4 if kind == "amex" else 3)
    cs = Case("positive", "call/insurance: card, expiry and cvv, agent interrupts mid-reading")
    cs.a("go on then with the card")
    half = len(num) // 2
    cs.c(V(say_digits(num[:half], uk, pairs=0.2), "CARD_NUMBER", "c"), " and")
    cs.a("sorry you broke up there after ", V(say_digits(num[half - 4:half], uk), "CARD_NUMBER", "-"))
    cs.c("yeah then ", V(say_digits(num[half:], uk, pairs=0.2), "CARD_NUMBER", "c"))
    cs.a("expiry")
    cs.c(V(say_digits("%02d" % m, uk) + pick(" slash ", " ", " of ") + pick(num2(y), "twenty " + num2(y)), "EXPIRY"),
         " and the code on the back is ", V(say_digits(cvv, uk), "CVV"))
    return cs


def p_card_chitchat_call():
    num, kind = make_card()
    uk = R.random() < 0.5
    cut = R.choice([4, 6, 8])
    cs = Case("positive", "call/%s: card reading interrupted by chit-chat inside the same turn" % pick("retail", "utilities", "telecom"))
    cs.a("okay and the card number when you're ready")
    cs.c(V(say_digits(num[:cut], uk, pairs=0.2), "CARD_NUMBER", "c"),
         pick(" sorry the dog's going mad hang on ", " oh hold on my glasses ", " sorry love i'm on the phone um "),
         V(say_digits(num[cut:], uk, pairs=0.2, homo=0.05), "CARD_NUMBER", "c"))
    cs.a(pick("thanks and it's %s pounds today is that right" % num2(R.randint(20, 99)), "great and that's for the %s ninety nine bundle" % num2(R.randint(20, 60))))
    cs.c("yeah that's fine")
    return cs


def p_dob_split_call():
    y = make_dob_year()
    m = R.randint(1, 12)
    day = R.randint(1, 28)
    cs = Case("positive", "call/%s: date of birth given piecemeal over turns with agent prompting" % pick("healthcare billing", "insurance", "banking"))
    cs.a("and can i just take your date of birth")
    cs.c(pick("yeah it's ", "uh ", ""), V(pick("the %s" % ORD[day - 1], ORD[day - 1]), "DOB", "d"))
    if R.random() < 0.4:
        cs.a(V("the %s" % ORD[day - 1], "DOB", "-"), " yep")
    else:
        cs.a(pick("mhm", "of", "okay"))
    cs.c(V(MONTHS[m - 1] + " " + spoken_year(y), "DOB", "d"), pick("", " ha long time ago now"))
    cs.a(pick("lovely thanks", "perfect and the appointment was on the %s" % ORD[R.randint(0, 27)]))
    return cs


def p_ssn_ni_chat_typos():
    cs = Case("positive", "chat/%s: id number typed with typo-ish spacing next to an order number (order unlabelled)" % pick("banking", "government services"))
    cs.a("Thanks. Can you confirm your ID number?")
    if R.random() < 0.5:
        s = make_ssn()
        shown = pick(s[:3] + " -" + s[3:5] + "- " + s[5:], s[:3] + "-" + s[3:5] + s[5:], s[:5] + " " + s[5:])
        cs.c("order %s, ssn " % rd(7, True), V(shown, "SSN"), pick("", " sry typo earlier"))
    else:
        p, d, sx = make_ni()
        shown = pick(p.lower() + d + sx, p + " " + d[:3] + " " + d[3:] + " " + sx, p + d[:2] + " " + d[2:] + sx)
        cs.c("ref %s , ni is " % rd(7, True), V(shown, "NI_NUMBER"), pick("", " thx", " :)"))
    return cs


POS_TEMPLATES = [(p_card_chitchat_call, 6), (p_dob_split_call, 6), (p_ssn_ni_chat_typos, 8),
    (p_card_split_call, 14), (p_card_one_turn_call, 12), (p_card_correction_call, 6),
    (p_card_readback_call, 5), (p_card_chat, 8), (p_card_exp_cvv_multi, 6),
    (p_ssn_call, 18), (p_ssn_chat, 8), (p_mixed_verify_call, 6),
    (p_ni_call, 18), (p_ni_chat, 8), (p_ni_dob_call, 6),
    (p_bank_call, 12), (p_bank_chat, 7), (p_iban_chat, 9), (p_iban_call, 6),
    (p_phone_call, 10), (p_phone_split_call, 4), (p_phone_chat, 6),
    (p_email_call, 8), (p_email_chat, 5), (p_email_correction_call, 3),
    (p_dob_call, 6), (p_dob_chat, 4),
    (p_address_call, 9), (p_postcode_split_call, 5), (p_address_chat, 6), (p_ie_address_call, 4),
]

# ================================================================ NEGATIVE templates


def n_amount_call():
    cs = Case("negative", "call/utilities: balances, amounts and due dates spoken, no PII")
    a = R.randint(40, 900)
    cs.a("your balance is %s pounds and %s pence" % (num2(a // 10) if a < 1000 else a, num2(R.randint(10, 99))))
    cs.c("okay and when's that due")
    cs.a("it's due on the %s of %s and the direct debit goes out about nine thirty in the morning" % (R.choice(ORD), R.choice(MONTHS)))
    cs.c("right can i pay %s today and %s next month" % (num2(R.randint(20, 99)), num2(R.randint(20, 99))))
    return cs


def n_ref_call():
    ref = rd(R.randint(6, 10), True)
    w = pick("order number", "ticket number", "claim reference", "case number", "invoice number", "booking reference")
    cs = Case("negative", "call/%s: %s read digit by digit (not PII)" % (pick("retail", "insurance", "travel"), w))
    cs.a("have you got the %s there" % w)
    cs.c("yeah the %s is %s" % (w, say_digits(ref, R.random() < 0.5, pairs=0.2)))
    cs.a("thank you i've got that up now")
    return cs


def n_ref_split_call():
    ref = rd(8, True)
    w = pick("claim number", "order number", "reference number", "work order")
    cs = Case("negative", "call/insurance: %s split over turns with back-channels (not PII)" % w)
    cs.a("what's the %s" % w)
    cs.c("it starts %s" % say_digits(ref[:4]))
    cs.a(ack())
    cs.c("then %s" % say_digits(ref[4:], pairs=0.3))
    return cs


def n_flight_call():
    f = pick("b a", "e i", "u a", "a a", "f r") + " " + say_digits(rd(R.randint(3, 4), True), False, pairs=0.5)
    cs = Case("negative", "call/travel: flight number, times, gate, seat (not PII)")
    cs.a("which flight are you on")
    cs.c("flight %s leaving at %s fifteen from gate %s" % (f, num2(R.randint(1, 12)), num2(R.randint(10, 60))))
    cs.a("and you're in seat %s %s and it's a %s hour flight" % (num2(R.randint(1, 40)), pick("a", "c", "f"), num2(R.randint(2, 11))))
    return cs


def n_meter_call():
    r = rd(5)
    cs = Case("negative", "call/utilities: meter reading and tariff (not PII)")
    cs.a("can you read me the numbers on the meter")
    cs.c("it says %s and then a red one %s" % (say_digits(r, True), say_digits(rd(1))))
    cs.a("okay that's about %s percent higher than last quarter at %s pence per kilowatt hour" % (num2(R.randint(5, 40)), num2(R.randint(20, 35))))
    return cs


def n_model_call():
    cs = Case("negative", "call/telecom: router model, speeds, durations (not PII)")
    cs.a("what model is the router")
    cs.c("it's a %s %s" % (pick("tp link archer", "netgear r", "hub"), say_digits(rd(4, True), False, pairs=0.5)))
    cs.a("and what speed are you getting")
    cs.c("about %s megs down and i've been on hold for %s minutes" % (num2(R.randint(10, 99)), num2(R.randint(20, 59))))
    return cs


def n_appointment_call():
    cs = Case("negative", "call/healthcare billing: appointment date and room (not DOB)")
    cs.a("your appointment is on %s the %s at %s thirty" % (R.choice(["monday", "tuesday", "friday"]), R.choice(ORD), num2(R.randint(1, 11))))
    cs.c("okay which room")
    cs.a("room %s on the %s floor and the copay is %s dollars" % (say_digits(rd(3, True), False), pick("second", "third"), num2(R.randint(15, 60))))
    return cs


def n_contract_call():
    y = R.randint(2019, 2026)
    cs = Case("negative", "call/telecom: contract start date, year, months (not DOB)")
    cs.a("your contract started on the %s of %s %s and it's a %s month contract" % (R.choice(ORD), R.choice(MONTHS), spoken_year(y), pick("twelve", "eighteen", "twenty four")))
    cs.c("so i've got about %s months left and i'm paying %s ninety nine" % (num2(R.randint(2, 20)), num2(R.randint(10, 60))))
    return cs


def n_age_call():
    cs = Case("negative", "call/insurance: ages, years, counts (not DOB)")
    cs.a("how old is the named driver")
    cs.c("he's %s and he's been driving since %s" % (num2(R.randint(18, 80)), spoken_year(R.randint(1975, 2020))))
    cs.a("and the car's a %s with %s thousand miles on it" % (spoken_year(R.randint(2005, 2024)), num2(R.randint(11, 99))))
    return cs


def n_temp_call():
    cs = Case("negative", "call/utilities: thermostat temperatures and times (not PII)")
    cs.a("what's the thermostat set to")
    cs.c("%s degrees and the boiler comes on at %s and goes off at %s" % (num2(R.randint(16, 24)), pick("six thirty", "seven fifteen", "five forty five"), pick("ten", "eleven thirty", "nine")))
    cs.a("and the pressure gauge says about %s point %s bar" % (UNITS[R.randint(1, 2)], UNITS[R.randint(0, 9)]))
    return cs


def n_chat_amounts():
    cs = Case("negative", "chat/%s: prices, order number, dates typed (not PII)" % pick("retail", "telecom", "travel"))
    cs.a("Your order #%s was charged $%d.%02d on %02d/%02d/%d." % (rd(R.randint(6, 9), True), R.randint(10, 999), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.randint(2024, 2026)))
    cs.c(pick("ok but i was told it would be ", "it should have been ", "why not ") + "£%d.%02d with %d%% off" % (R.randint(5, 300), R.randint(0, 99), R.choice([10, 15, 20, 25])))
    cs.a("I can see %d items, delivery between %d:00 and %d:00 tomorrow." % (R.randint(2, 9), R.randint(7, 12), R.randint(13, 18)))
    return cs


def n_chat_ticket():
    t = rd(R.randint(7, 10), True)
    cs = Case("negative", "chat/%s: ticket/reference number typed with its keyword (not PII)" % pick("telecom", "utilities", "insurance"))
    cs.a(pick("Your ticket number is ", "Reference: ", "Claim ref ", "Case ID ") + t + ".")
    cs.c(pick("thanks, ", "ok ", "great ") + pick("will it be fixed in %d days?" % R.randint(2, 14), "i'll call back at 3pm", "is it still %d GB for £%d?" % (R.randint(10, 100), R.randint(10, 40))))
    return cs


def n_chat_misc():
    cs = Case("negative", "chat/%s: model, speed, quantity, percentages (not PII)" % pick("retail", "telecom"))
    cs.c("My %s model %s%d keeps dropping to %d Mbps, supposed to be %d" % (pick("router", "TV", "phone"), pick("XR-", "QN", "A"), R.randint(100, 9999), R.randint(2, 50), R.choice([100, 500, 900])))
    cs.a("Sorry about that. I've applied a %d%% credit of £%d.%02d to the bill." % (R.choice([5, 10, 20]), R.randint(1, 40), R.randint(0, 99)))
    return cs


def n_balance_chat():
    cs = Case("negative", "chat/banking: account balance and transaction amounts (not PII)")
    cs.a("Your available balance is $%s.%02d and the pending payment of $%d.%02d will clear on %s %d." % (
        "{:,}".format(R.randint(100, 99999)), R.randint(0, 99), R.randint(10, 999), R.randint(0, 99), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28)))
    cs.c("ok and the interest rate is still %d.%d%%?" % (R.randint(1, 9), R.randint(0, 9)))
    return cs


def n_large_count_call():
    cs = Case("negative", "call/banking: big spoken amounts and counts that look like long digit runs")
    cs.a("so the outstanding balance is %s thousand %s hundred and %s pounds" % (num2(R.randint(2, 99)), UNITS[R.randint(1, 9)], num2(R.randint(10, 99))))
    cs.c("and how many payments is that over")
    cs.a("%s payments of %s %s" % (num2(R.randint(12, 60)), num2(R.randint(100, 999) // 10), num2(R.randint(10, 99))))
    return cs


def n_digits_times_call():
    cs = Case("negative", "call/travel: booking ref, times, durations and prices spoken as digit words")
    cs.a("your booking reference is %s" % say_alnum(pick("x", "k", "q") + rd(5), letter_style="plain"))
    cs.c("and what time's check in")
    cs.a("check in's from %s and the room is %s euro a night for %s nights" % (pick("three p m", "two o'clock", "fourteen hundred"), num2(R.randint(50, 99)), num2(R.randint(2, 9))))
    return cs


NEG_TEMPLATES = [
    (n_amount_call, 9), (n_ref_call, 12), (n_ref_split_call, 8), (n_flight_call, 7), (n_meter_call, 7),
    (n_model_call, 6), (n_appointment_call, 7), (n_contract_call, 7), (n_age_call, 6), (n_temp_call, 4),
    (n_chat_amounts, 7), (n_chat_ticket, 8), (n_chat_misc, 5), (n_balance_chat, 5), (n_large_count_call, 6),
    (n_digits_times_call, 5),
]


def generate():
    pos, neg = [], []
    for fn, n in POS_TEMPLATES:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_TEMPLATES:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    records, groups_all = [], []
    for prefix, lst in (("pos", pos), ("neg", neg)):
        for k, cs in enumerate(lst, 1):
            turns, spans, groups = build(cs)
            rec = {"id": "h290-%s-%03d" % (prefix, k), "kind": cs.kind, "turns": turns,
                   "spans": spans, "note": cs.note}
            records.append(rec)
            groups_all.append(groups)
    return records, groups_all


def render(records):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def counts(records):
    c = Counter()
    for r in records:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def readme(records):
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    ncall = sum(r["note"].startswith("call/") for r in records)
    lines = [
        "# PII hold-out set 290",
        "",
        "**Never use this set for tuning.** It is a held-out evaluation set; looking at failures",
        "here and adjusting the redactor to them destroys its value.",
        "",
        "## Provenance",
        "",
        "Written by an AI helper acting as an independent author who did not see the redaction code,",
        "its tests, its docs or other hold-out sets (only a 3-line format example). All cases are",
        "synthetic, produced by `scripts/make_pii_holdout290.py` from template functions with a",
        "single `random.Random(290241125)`; every turn is assembled from plain-text segments and",
        "(value, TYPE) segments so offsets are computed, never typed. Output is byte-for-byte",
        "reproducible; `python scripts/make_pii_holdout290.py --check` regenerates and verifies it",
        "(identical bytes, unique ids, offsets in range and on word boundaries, no overlaps, and each",
        "value validated after normalising spoken forms: Luhn, mod-97, NI shape, digit counts,",
        "postcode shapes).",
        "",
        "About two thirds of the cases are phone calls written as a speech recogniser would write",
        "them (lower case, digits as words, oh/o/nought for zero, double/triple, pairs such as",
        "'forty one', homophones such as 'for'/'to'/'ate'/'won', letters as 'b for bravo', NATO",
        "words or sound-alikes like 'bee'/'see'/'why'), with fillers, restarts, self-corrections,",
        "agent read-backs and interruptions, and values spread over several turns. The rest are",
        "typed chat messages with varied separators and case.",
        "",
        "## Annotation conventions",
        "",
        "- A span covers the value only: from its first to its last letter/digit (US phones typed",
        "  as `(555) ...` start at the parenthesis, international ones at `+`). Lead-ins such as",
        "  'it's', 'card number' or 'sort code' are outside.",
        "- Fillers (um, uh, er) spoken *inside* a reading are inside the span; fillers before or",
        "  after the reading are not.",
        "- A value spread over several turns gets one span per turn, each of the same type.",
        "- Abandoned fragments before a self-correction, and agent read-backs (full or partial), are",
        "  labelled with the same type as the value they belong to.",
        "- 'double seven' / 'triple two' and 'x for xray' are inside the span as a whole.",
        "- EXPIRY covers month and year ('oh nine twenty seven', '09/27'); DOB covers the whole",
        "  date including 'the ... of'. ADDRESS is the street line (house number + street, with",
        "  'Flat n,' when present); town names are outside; the postcode/ZIP is its own POSTCODE span.",
        "- EMAIL spoken as words covers 'j dot doe at gmail dot com'; when split across turns",
        "  the second span starts at 'at'.",
        "- US routing numbers, order/claim/ticket numbers, amounts, times, dates that are not",
        "  birth dates, flight numbers, models, meter readings are never labelled; negatives contain",
        "  only such lookalikes.",
        "",
        "## Counts",
        "",
        "- cases: %d (%d positive, %d negative); phone-call cases: %d" % (len(records), npos, nneg, ncall),
        "",
        "| type | spans |",
        "|---|---|",
    ]
    for t in TYPES:
        lines.append("| %s | %d |" % (t, c[t]))
    lines.append("| total | %d |" % sum(c.values()))
    lines.append("")
    return "\n".join(lines)


def check(records, groups_all, text_now):
    problems = []
    with open(CASES, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != text_now:
        problems.append("cases.jsonl differs from regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(records):
            problems.append("README.md differs from regenerated output")
    ids = [r["id"] for r in records]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for r in json.loads("[" + ",".join(on_disk.splitlines()) + "]"):
        if r["kind"] == "negative" and r["spans"]:
            problems.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            problems.append("%s positive without spans" % r["id"])
        if not r["note"] or r["note"].split("/")[0] not in ("call", "chat"):
            problems.append("%s bad note" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s bad speaker" % r["id"])
        seen = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                problems.append("%s bad type %s" % (r["id"], s["type"]))
            if not 0 <= s["turn"] < len(r["turns"]):
                problems.append("%s turn out of range" % r["id"])
                continue
            txt = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s offsets out of range" % r["id"])
                continue
            val = txt[st:en]
            if not (val[0].isalnum() or val[0] in "+(") or not val[-1].isalnum():
                problems.append("%s span edge not alnum: %r" % (r["id"], val))
            if st > 0 and txt[st - 1].isalnum():
                problems.append("%s span start mid-word: %r" % (r["id"], val))
            if en < len(txt) and txt[en].isalnum():
                problems.append("%s span end mid-word: %r" % (r["id"], val))
            for (a, b) in seen.get(s["turn"], []):
                if st < b and a < en:
                    problems.append("%s overlapping spans" % r["id"])
            seen.setdefault(s["turn"], []).append((st, en))
    for r, groups in zip(records, groups_all):
        for (typ, key), vals in groups.items():
            msg = validate(typ, " | ".join(vals) if typ != "EMAIL" else " ".join(vals))
            if msg:
                problems.append("%s %s: %s (%r)" % (r["id"], typ, msg, " | ".join(vals)))
    c = counts(records)
    npos = sum(r["kind"] == "positive" for r in records)
    nneg = len(records) - npos
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans < %d" % (t, c[t], need))
    return problems, c, npos, nneg


def main():
    records, groups_all = generate()
    text = render(records)
    if "--check" in sys.argv[1:]:
        if not os.path.exists(CASES) or not os.path.exists(README):
            print("FAIL: fixture missing; run without --check first")
            return 1
        problems, c, npos, nneg = check(records, groups_all, text)
        ncall = sum(r["note"].startswith("call/") for r in records)
        print("cases=%d positive=%d negative=%d call=%d chat=%d" % (len(records), npos, nneg, ncall, len(records) - ncall))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        if problems:
            for p in problems[:200]:
                print("PROBLEM:", p)
            print("FAIL: %d problem(s)" % len(problems))
            return 1
        print("OK: check passed")
        return 0
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(records))
    print("wrote %d cases to %s" % (len(records), CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

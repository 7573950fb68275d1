#!/usr/bin/env python3
"""Generate the held-out PII redaction set h269 (UK/IE-heavy contact-centre cases).

Written by an AI helper acting as an independent author (did not see the redaction code).
Usage:  python scripts/make_pii_holdout269.py          # write fixture + README
        python scripts/make_pii_holdout269.py --check  # regenerate, compare, validate
Standard library only; output is byte-for-byte reproducible (seed 269241124).
"""
import json
import os
import re
import sys
import random

SEED = 269241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout269")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
NAMES_FOR = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward",
             "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
             "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
             "x": "xmas", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    t, u = divmod(n, 10)
    return TENS[t] + " " + ORD[u]


def zero_word():
    return R.choice(["oh", "oh", "o", "zero", "nought"])


def say_digits(s, doubles=True, zw=None):
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        w = zw if d == "0" else UNITS[int(d)]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b] if b else "double " + zero_word()
    if a == 1:
        return TEENS[b]
    if b == 0:
        return UNITS[a] + " " + zero_word()
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_pairs(s):
    out = []
    i = 0
    while i < len(s):
        if i + 1 < len(s) and R.random() < 0.75:
            out.append(say_pair(s[i:i + 2]))
            i += 2
        else:
            out.append(say_digits(s[i], doubles=False))
            i += 1
    return " ".join(out)


def say_num(s):
    """digit string spoken: mix of digit-by-digit and pairs"""
    return say_digits(s) if R.random() < 0.55 else say_pairs(s)


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "for"])
    if style == "nato":
        return NATO[c]
    if style == "for":
        return c + " for " + R.choice([NATO[c], NAMES_FOR.get(c, NATO[c])])
    return c


def int_words(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return TENS[t] + ("" if u == 0 else " " + UNITS[u])
    h, r = divmod(n, 100)
    return UNITS[h] + " hundred" + ("" if r == 0 else " and " + int_words(r))


def say_year(y):
    return say_pair(str(y)[:2]) + " " + (say_pair(str(y)[2:]) if y % 100 >= 10 else
                                          ("hundred" if y % 100 == 0 else zero_word() + " " + UNITS[y % 10]))


# ---------------------------------------------------------------- value generators
def luhn_complete(body):
    digits = [int(c) for c in body + "0"]
    s = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def luhn_ok(num):
    s = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rdig(14))
    if kind == "visa19":
        return luhn_complete("4" + rdig(17))
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55"]) + rdig(13))
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]) + rdig(12))
    if kind == "disc":
        return luhn_complete("6011" + rdig(11))
    return luhn_complete(R.choice(["6759", "6763"]) + rdig(12))


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def iban_check(cc, bban):
    s = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(n) % 97)


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    return cc + iban_check(cc, bban) + bban


def gen_sort():
    return "%02d%s" % (R.choice([20, 40, 30, 60, 77, 83, 9, 11, 23, 56, 90, 93]), rdig(4))


def gen_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukmob", "uklon", "ukgeo", "iemob", "iedub", "us"])
    if kind == "ukmob":
        return "07" + R.choice("3456789") + rdig(8)
    if kind == "uklon":
        return "020" + R.choice("78") + rdig(7)
    if kind == "ukgeo":
        a = R.choice(["61", "13", "21", "17", "31", "41", "632", "904"])
        return "01" + a + rdig(9 - len(a))
    if kind == "iemob":
        return "08" + R.choice("35679") + rdig(7)
    if kind == "iedub":
        return "01" + rdig(7)
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "gareth", "emma", "liam",
         "fiona", "declan", "hannah", "rhys", "siobhan", "mark", "ravi", "kate", "sean", "megan"]
LAST = ["murphy", "walsh", "patel", "jones", "obrien", "kelly", "evans", "smith", "byrne",
        "hughes", "taylor", "doyle", "ahmed", "clarke", "nolan", "price", "reid", "kaur"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "btinternet.com",
           "eircom.net", "icloud.com", "sky.com", "live.ie"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l + str(R.randint(1970, 2005))
    else:
        local = l + "." + f[0]
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._]", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok.isdigit():
            parts.append(say_num(tok) if len(tok) <= 2 else say_year(int(tok)) if len(tok) == 4 else say_digits(tok))
        elif len(tok) == 1:
            parts.append(tok)
        else:
            parts.append(tok)
    return " ".join(parts) + " at " + dom.replace(".", " dot ")


STREETS = ["kingsley road", "albert street", "mill lane", "church view", "the crescent",
           "victoria avenue", "station road", "elm grove", "orchard close", "high street",
           "meadow way", "park drive", "castle terrace", "new road", "willow court",
           "main street", "chapel place", "seafield road", "granville gardens", "hillside drive"]
US_STREETS = ["maple avenue", "oak street", "elm drive", "sunset boulevard", "pine court",
              "washington street", "lakeview road"]


def gen_uk_postcode():
    if R.random() < 0.85:
        area = pick("B", "E", "G", "L", "M", "N", "S", "W", "SW", "NW", "SE", "BS", "CF", "LS", "BT", "EH", "GL",
                    "DE", "RG", "PR", "CH", "DY", "NE", "KT", "TW", "HP", "CB", "NG", "LE", "PL", "SA", "AB")
        out = area + str(R.randint(1, 9)) + (str(R.randint(0, 9)) if R.random() < 0.4 else "")
        return out + " " + str(R.randint(1, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    shapes = [("A9 9AA"), ("A99 9AA"), ("AA9 9AA"), ("AA99 9AA"), ("A9A 9AA"), ("AA9A 9AA")]
    shape = R.choice(shapes)
    L1 = "ABCDEFGHKLMNPRSTUWY"
    L = "ABDEFGHJLNPRSTUWXYZ"
    out = ""
    for i, ch in enumerate(shape):
        if ch == "A":
            out += R.choice(L1 if i < 2 else L)
        elif ch == "9":
            out += R.choice("123456789")
        else:
            out += ch
    return out


def gen_eircode():
    return R.choice(["D02", "D04", "D06", "D6W", "T12", "H91", "V94", "A94", "K78", "R95"]) + " " + \
        R.choice("ACDEFHKNPRTVWXY") + "".join(R.choice("123456789ACDEFHKNPRTVWXY") for _ in range(3))


def say_alnum(s):
    out = []
    i = 0
    t = s.replace(" ", "")
    while i < len(t):
        c = t[i]
        if c.isdigit():
            out.append(zero_word() if c == "0" else UNITS[int(c)])
            i += 1
        else:
            if i + 1 < len(t) and t[i + 1] == c and R.random() < 0.6:
                out.append("double " + c.lower())
                i += 2
                continue
            out.append(say_letter(c, R.choice(["plain", "plain", "plain", "for"])))
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- normaliser / validators
NUMW = {w: i for i, w in enumerate(UNITS)}
NUMW.update({"oh": 0, "o": 0, "nought": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
FILLERS = {"plus", "um", "uh", "er", "erm", "uhm", "hmm", "the", "of", "sorry", "and", "its", "it's"}
ORD_REV = {w: i for i, w in enumerate(ORD) if w}
ORD_REV["thirtieth"] = 30


def norm_alnum(text, letters=True):
    """Spoken/typed value -> uppercase alnum string."""
    toks = re.findall(r"[a-z0-9\-]+", text.lower())
    toks = [t.replace("-", "") for t in toks]
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < len(toks):
            rep = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in NUMW:
                out += str(NUMW[nxt]) * rep
            elif len(nxt) == 1:
                out += nxt.upper() * rep
            else:
                raise ValueError("bad double " + nxt)
            i += 2
            continue
        if t.isdigit():
            out += t
            i += 1
            continue
        if t in TENW:
            if i + 1 < len(toks) and toks[i + 1] in NUMW and toks[i + 1] not in ("oh", "o", "nought", "zero"):
                out += str(TENW[t]) + str(NUMW[toks[i + 1]])
                i += 2
            else:
                out += str(TENW[t]) + "0"
                i += 1
            continue
        if t in TEENW:
            out += str(TEENW[t])
            i += 1
            continue
        if t == "hundred":
            out += "00"
            i += 1
            continue
        if letters and len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out += t.upper()
            i += 3
            continue
        if t in NUMW:
            out += str(NUMW[t])
            i += 1
            continue
        if letters and len(t) == 1 and i + 2 < len(toks) and toks[i + 1] == "for":
            out += t.upper()
            i += 3
            continue
        if letters and len(t) == 1:
            out += t.upper()
            i += 1
            continue
        if letters and t in NATO_REV:
            out += NATO_REV[t].upper()
            i += 1
            continue
        if letters and re.fullmatch(r"[a-z0-9]+", t) and re.search(r"\d", t) and re.search(r"[a-z]", t):
            out += t.upper()
            i += 1
            continue
        if letters and re.fullmatch(r"[a-z]{2,4}", t):  # typed letter groups e.g. "qq", "nwbk"
            out += t.upper()
            i += 1
            continue
        raise ValueError("unparsed token %r in %r" % (t, text))
    return out


def norm_date(text):
    t = text.lower()
    for k, m in enumerate(MONTHS):
        t = re.sub(r"\b%s\b" % m, " m%02d " % (k + 1), t)
        t = re.sub(r"\b%s\b" % m[:3], " m%02d " % (k + 1), t)
    for w in sorted(ORD_REV, key=len, reverse=True):
        pass
    toks = re.findall(r"[a-z0-9]+", t)
    out = ""
    i = 0
    while i < len(toks):
        tk = toks[i]
        if re.fullmatch(r"m\d\d", tk):
            out += tk[1:]
        elif re.fullmatch(r"\d+(st|nd|rd|th)", tk):
            out += "%02d" % int(re.match(r"\d+", tk).group())
        elif tk in TENW and i + 1 < len(toks) and toks[i + 1] in ORD_REV:
            out += str(TENW[tk] * 10 + ORD_REV[toks[i + 1]])
            i += 1
        elif tk in ORD_REV:
            out += "%02d" % ORD_REV[tk]
        elif tk in FILLERS or tk in ("on", "born", "in", "st", "nd", "rd", "th", "slash"):
            pass
        else:
            out += norm_alnum(tk, letters=False) if tk not in TENW else ""
            if tk in TENW:
                if i + 1 < len(toks) and toks[i + 1] in NUMW:
                    out += str(TENW[tk]) + str(NUMW[toks[i + 1]])
                    i += 1
                else:
                    out += str(TENW[tk]) + "0"
        i += 1
    return out


def validate(typ, text):
    """Return normalised value; raise ValueError if invalid."""
    if typ == "EMAIL":
        out, run = [], []
        for tk in text.lower().split() + [None]:
            if tk is not None and (tk in NUMW or tk in TEENW or tk in TENW or tk == "double") and tk != "o":
                run.append(tk)
                continue
            if run:
                out.append(norm_alnum(" ".join(run), letters=False))
                run = []
            if tk is not None:
                out.append({"at": "@", "dot": ".", "underscore": "_"}.get(tk, tk))
        return "".join(out)
    if typ == "ADDRESS":
        return text.lower()
    if typ in ("DOB", "EXPIRY"):
        return norm_date(text)
    if typ in ("NI_NUMBER", "POSTCODE", "IBAN"):
        return norm_alnum(text, letters=True)
    return norm_alnum(text, letters=False)


def check_value(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "EXPIRY":
        return v.isdigit() and len(v) in (4, 6) and 1 <= int(v[:2]) <= 12
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v) is not None
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v) is not None and iban_valid(v)
    if typ == "PHONE":
        return v.isdigit() and 9 <= len(v) <= 14
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]+)+", v) is not None
    if typ == "DOB":
        return v.isdigit() and 5 <= len(v) <= 8
    if typ == "POSTCODE":
        return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", v) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
                or re.fullmatch(r"[A-Z]\d[\dW][A-Z0-9]{4}", v) is not None)
    if typ == "ADDRESS":
        return re.search(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"[a-z]+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", v) \
            is not None and re.search(r"\b(road|street|lane|view|crescent|avenue|grove|close|way|drive|"
                                      r"terrace|court|place|gardens|boulevard|rd|st|ave)\b", v) is not None
    return False


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value segment. canon: expected normalised value of the whole group."""
    _n = [0]

    def __init__(self, text, typ, canon=None, gid=None, partial=False):
        self.text, self.typ, self.canon, self.partial = text, typ, canon, partial
        if gid is None:
            V._n[0] += 1
            gid = "g%d" % V._n[0]
        self.gid = gid


def build(turns):
    """turns: list of (speaker, [str | V, ...]) -> (turns_json, spans, groups)"""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text),
                              "type": s.typ, "_gid": s.gid})
                g = groups.setdefault(s.gid, {"typ": s.typ, "canon": s.canon, "partial": s.partial})
                if s.canon is not None:
                    g["canon"] = s.canon
                text += s.text
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, groups


def split_chunks(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return out


def pick(*xs):
    return R.choice(xs)


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got that", "mm hm"]


def split_spoken(typ, canon, chunks, sayer, lead=None):
    """Value spoken across consecutive customer turns with agent back-channels."""
    gid = "s%d" % R.randint(0, 10 ** 9)
    turns = []
    for k, ch in enumerate(chunks):
        pre = pick("", "", "um ", "so ", "yeah ") if k == 0 else pick("", "", "then ", "uh ")
        if k == 0 and lead:
            pre = lead + " "
        post = pick("", "", " um", "") if k < len(chunks) - 1 else pick("", " that's it", "")
        turns.append(("customer", [pre, V(sayer(ch), typ, canon, gid), post]))
        if k < len(chunks) - 1:
            turns.append(("agent", [pick(*BACK)]))
    return turns


# ---------------------------------------------------------------- positive templates
UKIND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
         "government services", "broadband", "energy"]


def p_card_call_split():
    c = gen_card()
    ind = pick("insurance", "telecom", "utilities", "retail", "travel")
    sizes = [4, 4, 4, len(c) - 12] if len(c) != 15 else [4, 6, 5]
    t = [("agent", ["okay and the long number across the front of the card when you're ready"])]
    t += split_spoken("CARD_NUMBER", c, split_chunks(c, sizes), say_num)
    return t, "call/%s: card split over customer turns with back-channels, pairs/doubles/oh" % ind


def p_card_chat():
    c = gen_card()
    sep = pick(" ", "-", "", " ", ".")
    shown = group_card(c, sep) if sep else c
    lead = pick("card no is ", "Card number: ", "its ", "ok here: ", "long number ")
    tail = pick(" exp ", " expiry ", " expires ")
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick("%02d/%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d %02d" % (mm, yy))
    cv = rdig(4 if len(c) == 15 else 3)
    return [("agent", ["Please could you send the card details for the £%d.%02d payment" % (R.randint(5, 400), R.randint(0, 99))]),
            ("customer", [lead, V(shown, "CARD_NUMBER", c), tail, V(exp, "EXPIRY"), pick(" cvv ", " sec code ", ", cvc "),
                          V(cv, "CVV", cv)])], "chat/retail: card, expiry and cvv typed in one message next to a price"


def p_card_call_full():
    c = gen_card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cv = rdig(4 if len(c) == 15 else 3)
    exp_say = pick("%s %s" % (say_pair("%02d" % mm), int_words(yy)),
                   "%s twenty %s" % (MONTHS[mm - 1], int_words(yy)),
                   "%s slash %s" % (say_digits("%02d" % mm), say_pair("%02d" % yy)))
    return [("agent", ["can i take the card number please"]),
            ("customer", [pick("yeah it's ", "it's ", "right so ", ""), V(say_num(c), "CARD_NUMBER", c)]),
            ("agent", ["lovely and the expiry date"]),
            ("customer", [pick("", "um ", "expires "), V(exp_say, "EXPIRY")]),
            ("agent", ["and the three digit security code on the back" if len(cv) == 3 else "and the four digit code on the front"]),
            ("customer", [V(say_digits(cv), "CVV", cv)])], \
        "call/%s: card, expiry and security code over turns" % pick("energy", "telecom", "charity", "travel")


def p_card_readback():
    c = gen_card(pick("visa", "mc"))
    ch = split_chunks(c, [4, 4, 4, 4])
    gid = "rb%d" % R.randint(0, 10 ** 9)
    gid2 = gid + "b"
    return [("customer", ["card number is ", V(" ".join(say_digits(x) for x in ch), "CARD_NUMBER", c, gid)]),
            ("agent", ["let me read that back ", V(say_digits(c[:8]), "CARD_NUMBER", c, gid2),
                       " then ", V(say_digits(c[8:]), "CARD_NUMBER", c, gid2), " is that right"]),
            ("customer", ["yes that's it"])], "call/utilities: agent reads the card back in two halves"


def p_card_correction():
    c = gen_card("visa")
    wrong = c[:4]
    return [("agent", ["go ahead with the card"]),
            ("customer", [V(say_digits(c[:8]), "CARD_NUMBER", c[:8], "cc%s" % c, partial=True), " no sorry wait ",
                          V(say_digits(c[:8]), "CARD_NUMBER", c, "cc2%s" % c), " ",
                          V(say_digits(c[8:]), "CARD_NUMBER", c, "cc2%s" % c)])], \
        "call/travel: caller restarts the card reading mid-way (self-correction)"


def p_ni_typed():
    n = gen_ni()
    f = pick(n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
             n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8],
             n[:2] + " " + n[2:8] + " " + n[8].lower())
    lead = pick("my NI number is ", "NI no: ", "ni number ", "National Insurance: ", "nino is ", "its ")
    return [("agent", ["Can you confirm your National Insurance number for the %s?" % pick("claim", "benefit review", "tax code query")]),
            ("customer", [lead, V(f, "NI_NUMBER", n), pick("", ".", " thanks", " cheers")])], \
        "chat/government services: NI number typed, varied spacing/case"


def say_ni(n, style):
    if style == 0:
        return " ".join([say_letter(n[0]), say_letter(n[1]), say_digits(n[2:8]), say_letter(n[8])])
    if style == 1:
        return " ".join([say_letter(n[0], "for"), say_letter(n[1], "for"), say_pairs(n[2:8]), say_letter(n[8], "for")])
    return " ".join([say_letter(n[0], "nato"), say_letter(n[1], "nato"), say_digits(n[2:4]), say_digits(n[4:6]),
                     say_digits(n[6:8]), say_letter(n[8])])


def p_ni_call():
    n = gen_ni()
    return [("agent", ["and for security can i take your national insurance number"]),
            ("customer", [pick("yeah it's ", "it's ", "um ", "right ", ""), V(say_ni(n, R.randint(0, 2)), "NI_NUMBER", n)]),
            ("agent", ["thank you"])], "call/%s: NI number spoken in one turn" % pick("government services", "banking", "insurance")


def p_ni_split():
    n = gen_ni()
    gid = "ni%s" % n
    st = R.randint(0, 2)
    return [("agent", ["what's your national insurance number please"]),
            ("customer", [pick("", "ok ", "er "), V(say_letter(n[0], ["plain", "for", "nato"][st]) + " " + say_letter(n[1], ["plain", "for", "nato"][st]), "NI_NUMBER", n, gid)]),
            ("agent", [pick(*BACK)]),
            ("customer", [V(say_pairs(n[2:5]) if False else say_digits(n[2:5]), "NI_NUMBER", None, gid)]),
            ("agent", [pick(*BACK)]),
            ("customer", [V(say_digits(n[5:8]), "NI_NUMBER", None, gid), pick(" and then ", " and the letter ", " "),
                          V(say_letter(n[8]), "NI_NUMBER", None, gid)])], \
        "call/government services: NI number split over turns, letters separate from digits"


def p_ni_readback():
    n = gen_ni()
    return [("customer", ["ni number ", V(say_ni(n, 0), "NI_NUMBER", n, "a" + n)]),
            ("agent", ["so that's ", V(say_ni(n, 2), "NI_NUMBER", n, "b" + n), " yeah"]),
            ("customer", ["yep"])], "call/insurance: NI number then agent readback in NATO alphabet"


def p_ni_homophone():
    n = gen_ni()
    # letters read as homophones an ASR would output are avoided for gold clarity; use 'for' words
    return [("customer", ["hi i'm ringing about my tax code i got a letter dated the %s of %s" % (ordinal(R.randint(1, 28)), pick(*MONTHS))]),
            ("agent", ["no problem can i take your ni number"]),
            ("customer", [V(say_letter(n[0], "for") + " " + say_letter(n[1], "plain") + " " + say_num(n[2:8]) + " " + say_letter(n[8], "for"), "NI_NUMBER", n),
                          " and my reference on the letter is %s" % say_digits(rdig(6))])], \
        "call/government services: NI number next to a letter date and a spoken reference number (reference unlabelled)"


def p_ssn_typed():
    s = gen_ssn()
    f = pick(s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:])
    return [("agent", ["To verify your identity please provide your SSN."]),
            ("customer", [pick("SSN ", "ssn is ", "social: ", "sure its ", ""), V(f, "SSN", s), pick("", " thx", ".")])], \
        "chat/%s (US): SSN typed with varied separators" % pick("banking", "insurance", "healthcare billing")


def p_ssn_call():
    s = gen_ssn()
    return [("agent", ["and can you verify your social security number"]),
            ("customer", [pick("sure ", "yeah ", "uh ", ""), V(say_digits(s[:3]) + " " + say_digits(s[3:5]) + " " + say_num(s[5:]), "SSN", s)])], \
        "call/healthcare billing (US): SSN spoken in one turn"


def p_ssn_split():
    s = gen_ssn()
    t = [("agent", ["i'll need your social to pull the account up"])]
    t += split_spoken("SSN", s, [s[:3], s[3:5], s[5:]], say_num)
    return t, "call/banking (US): SSN split 3-2-4 over turns with back-channels"


def p_ssn_last4_plus_full():
    s = gen_ssn()
    return [("agent", ["i can't see the full social on file can you give me the full number"]),
            ("customer", ["yeah it's ", V(say_digits(s), "SSN", s), " and my zip is ", V(say_digits(z := "%05d" % R.randint(10001, 99950)), "POSTCODE", z)])], \
        "call/insurance (US): SSN and ZIP in one turn"


def p_sort_acct_call():
    sc, ac = gen_sort(), rdig(8)
    return [("agent", ["can i take the sort code and account number for the direct debit"]),
            ("customer", [pick("sort code ", "yeah sort code's ", "it's "), V(pick(say_pairs(sc), say_digits(sc), " ".join(say_pair(sc[i:i + 2]) for i in (0, 2, 4))), "SORT_CODE", sc)]),
            ("agent", ["mhm and the account number"]),
            ("customer", [V(say_num(ac), "BANK_ACCOUNT", ac)])], "call/%s: sort code in pairs then 8-digit account" % pick("utilities", "energy", "insurance", "broadband")


def p_sort_acct_chat():
    sc, ac = gen_sort(), rdig(8)
    scf = pick(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:], sc[:2] + "/" + sc[2:4] + "/" + sc[4:])
    return [("customer", [pick("bank details for the refund: ", "Refund to ", "pls pay into "), "s/c ", V(scf, "SORT_CODE", sc),
                          pick(" acc ", " a/c ", " account no. "), V(ac, "BANK_ACCOUNT", ac), pick("", " thanks", ", it's Lloyds")])], \
        "chat/retail: sort code and account typed tersely in one line"


def p_acct_split():
    ac = rdig(8)
    t = [("agent", ["and the account number please"])]
    t += split_spoken("BANK_ACCOUNT", ac, [ac[:4], ac[4:]], say_num)
    return t, "call/banking: account number in two halves across turns"


def p_iban_chat():
    ib = gen_iban()
    f = pick(" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower())
    return [("agent", ["Could you share the IBAN for the refund?"]),
            ("customer", [pick("IBAN ", "iban: ", "sure - ", ""), V(f, "IBAN", ib), pick("", " (%s)" % pick("AIB", "Bank of Ireland", "Revolut"), "")])], \
        "chat/travel: IBAN typed, grouped or run together"


def p_iban_call():
    ib = gen_iban(pick("GB", "IE"))
    spoken = " ".join([say_letter(ib[0]), say_letter(ib[1]), say_pairs(ib[2:4])] +
                      [say_letter(c, "for" if c == "O" else "plain") for c in ib[4:8]] + [say_digits(ib[8:14]), say_digits(ib[14:])])
    return [("agent", ["and what's the iban for the account"]),
            ("customer", [pick("okay it's ", ""), V(spoken, "IBAN", ib)])], "call/banking (IE/UK): IBAN spoken letter by letter and digits"


def p_phone_chat():
    p = gen_phone()
    pre = ""
    if p.startswith("07") and R.random() < 0.5:
        f = pick("+44 " + p[1:5] + " " + p[5:], "+44 (0)" + p[1:5] + " " + p[5:], "0044" + p[1:])
        canon = None
    elif p.startswith("08") and R.random() < 0.5:
        f = pick("+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], "+353" + p[1:])
        canon = None
    elif len(p) == 10 and p[0] in "23456789":
        f = pick("(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]))
        canon = None
    else:
        f = pick(p, p[:5] + " " + p[5:], p[:3] + " " + p[3:7] + " " + p[7:])
        canon = p
    if not f[0].isalnum():
        pre, f = f[0], f[1:]
    return [("customer", [pick("best number is ", "call me on ", "mob: ", "my number's "), pre, V(f, "PHONE", canon), pick("", " after 5pm", " anytime before 6")])], \
        "chat/telecom: phone typed (UK/IE/US, international prefixes) next to a time"


def p_phone_call():
    p = gen_phone(pick("ukmob", "iemob", "uklon", "ukgeo"))
    if p.startswith("07") or p.startswith("08"):
        sp = say_digits(p[:5]) + " " + say_num(p[5:]) if p.startswith("07") else say_digits(p[:3]) + " " + say_num(p[3:])
    else:
        sp = say_num(p)
    return [("agent", ["is there a contact number we can reach you on"]),
            ("customer", [pick("yeah it's ", "it's ", "yeah ", ""), V(sp, "PHONE", p)])], "call/%s: phone spoken, oh/double/pairs" % pick("telecom", "utilities", "insurance")


def p_phone_split():
    p = gen_phone("ukmob")
    t = [("agent", ["what's the best mobile number"])]
    t += split_spoken("PHONE", p, [p[:5], p[5:8], p[8:]], say_num)
    return t, "call/broadband: UK mobile split 5-3-3 over turns"


def p_phone_intl_call():
    p = gen_phone(pick("iemob", "ukmob"))
    cc = "353" if p.startswith("08") else "44"
    sp = "plus " + say_digits(cc) + " " + say_num(p[1:])
    return [("agent", ["and a number in case we get cut off"]),
            ("customer", [V(sp, "PHONE", cc + p[1:]), " i'm abroad at the minute"])], "call/travel: international form 'plus three five three' spoken"


def p_email_chat():
    e = gen_email()
    f = pick(e, e.upper() if R.random() < 0.2 else e, e.capitalize())
    return [("customer", [pick("email is ", "send it to ", "my email: ", "it's "), V(f, "EMAIL", e), pick("", " please", " ta")])], \
        "chat/%s: email typed" % pick("retail", "utilities", "travel")


def p_email_call():
    e = gen_email()
    return [("agent", ["and what email address should the confirmation go to"]),
            ("customer", [pick("it's ", "yeah it's ", "", "um "), V(say_email(e), "EMAIL", e)])], \
        "call/%s: email spoken with 'dot' and 'at'" % pick("travel", "insurance", "telecom")


def p_dob_call():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 1999)
    sp = pick("%s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y)),
              "the %s of %s %s" % (ordinal(d), MONTHS[m - 1], say_year(y)),
              "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), say_year(y)),
              "%s %s %s" % (MONTHS[m - 1], ordinal(d), say_year(y)))
    return [("agent", ["can you confirm your date of birth"]),
            ("customer", [pick("yeah it's ", "", "um ", "it's "), V(sp, "DOB")])], "call/%s: DOB spoken" % pick("banking", "healthcare billing", "insurance")


def p_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2003)
    f = pick("%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
             "%d%s %s %d" % (d, "th" if d not in (1, 2, 3, 21, 22, 23) else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], MONTHS[m - 1][:3], y),
             "%02d-%02d-%02d" % (d, m, y % 100))
    return [("customer", [pick("dob ", "DOB: ", "date of birth is ", "born "), V(f, "DOB"),
                          pick("", " and I'm moving house on the %d%s" % (R.randint(4, 20), "th"), "")])], \
        "chat/banking: DOB typed, next to a non-birth date"


def p_postcode_call():
    pc = gen_uk_postcode()
    return [("agent", ["and the postcode at the property"]),
            ("customer", [pick("it's ", "", "yeah "), V(say_alnum(pc), "POSTCODE", pc.replace(" ", ""))])], \
        "call/energy (UK): postcode spelled out, letters with 'for' words/doubles"


def p_eircode():
    ec = gen_eircode()
    typed = R.random() < 0.5
    return [("agent", ["Can I get the Eircode for the installation?" if typed else "and the eircode for the address"]),
            ("customer", [V(pick(ec, ec.replace(" ", ""), ec.lower()) if typed else say_alnum(ec), "POSTCODE", ec.replace(" ", ""))])], \
        "%s/broadband (IE): Eircode" % ("chat" if typed else "call")


def p_address_chat():
    num = R.randint(1, 240)
    st = pick(*STREETS).title()
    pc = gen_uk_postcode()
    flat = pick("", "Flat %d, " % R.randint(1, 12), "Apt %d " % R.randint(1, 30))
    return [("customer", [pick("new address is ", "Please update address to ", "deliver to "), V("%s%d %s" % (flat, num, st), "ADDRESS"),
                          pick(", Leeds ", ", Cardiff ", " Bristol ", ", Belfast "), V(pc, "POSTCODE", pc.replace(" ", ""))])], \
        "chat/retail (UK): street address and postcode typed, town unlabelled"


def p_address_call():
    num = R.randint(1, 199)
    st = pick(*STREETS)
    pc = gen_uk_postcode()
    return [("agent", ["can you confirm the first line of the address and the postcode"]),
            ("customer", [pick("it's ", "yeah ", ""), V("%s %s" % (int_words(num), st), "ADDRESS"), " ",
                          pick("", "um ", "and the postcode's "), V(say_alnum(pc), "POSTCODE", pc.replace(" ", ""))])], \
        "call/insurance (UK): house number in words, street and spelled postcode in one turn"


def p_address_ie():
    num = R.randint(1, 90)
    st = pick(*STREETS)
    ec = gen_eircode()
    return [("agent", ["and the address for the meter"]),
            ("customer", [V("%s %s" % (say_num(str(num)) if num > 9 else int_words(num), st), "ADDRESS"),
                          " %s" % pick("galway", "cork", "dublin", "limerick"), " eircode ",
                          V(say_alnum(ec), "POSTCODE", ec.replace(" ", ""))])], "call/utilities (IE): address then spoken Eircode"


def p_us_address_zip():
    num = R.randint(10, 9999)
    st = pick(*US_STREETS)
    z = "%05d" % R.randint(10001, 99950)
    return [("customer", [pick("ship to ", "address: "), V("%d %s" % (num, st.title()), "ADDRESS"), pick(", Austin TX ", ", Columbus OH "), V(z, "POSTCODE", z)])], \
        "chat/retail (US): street address and ZIP"


def p_combo_bank_verify():
    n, d = gen_ni(), (R.randint(1, 28), R.randint(1, 12), R.randint(1950, 2000))
    pc = gen_uk_postcode()
    return [("agent", ["before i can discuss the account i need your date of birth and postcode"]),
            ("customer", [V("%s of %s %s" % (ordinal(d[0]), MONTHS[d[1] - 1], say_year(d[2])), "DOB"), " and it's ",
                          V(say_alnum(pc), "POSTCODE", pc.replace(" ", ""))]),
            ("agent", ["thanks and your ni number for the isa transfer"]),
            ("customer", [V(say_ni(n, 1), "NI_NUMBER", n)]),
            ("agent", ["great the transfer of %s pounds should complete within %s working days" % (int_words(R.randint(2, 20)) + " thousand", pick("five", "ten", "fifteen"))])], \
        "call/banking (UK): DOB, postcode and NI in sequence, amounts and durations unlabelled"


def p_combo_card_policy():
    c = gen_card()
    pol = rdig(8)
    return [("agent", ["i've got your policy up, policy number %s, and the renewal is %s pounds %s" % (say_digits(pol), int_words(R.randint(150, 900)), int_words(R.randint(10, 99)))]),
            ("customer", ["okay i'll pay on card ", V(say_num(c), "CARD_NUMBER", c)])], \
        "call/insurance (UK): card after agent reads policy number and premium (unlabelled)"


def p_ni_with_meter():
    n = gen_ni()
    m = rdig(5)
    return [("customer", ["meter reading is %s and my NI is " % m, V(n[:2] + " " + n[2:8] + " " + n[8], "NI_NUMBER", n)])], \
        "chat/energy: 5-digit meter reading (unlabelled) next to NI number"


def p_filler_card():
    c = gen_card("visa")
    a = say_digits(c[:6])
    b = say_digits(c[6:])
    return [("customer", [V(a, "CARD_NUMBER", c, "f" + c), " er hang on the light's bad ", V(b, "CARD_NUMBER", None, "f" + c)])], \
        "call/retail: filler chit-chat in the middle of a card number (two spans)"


def p_sort_acct_one_turn():
    sc, ac = gen_sort(), rdig(8)
    return [("agent", ["which account do you want the refund of %s pounds paid into" % int_words(R.randint(12, 300))]),
            ("customer", [pick("sort code ", "it's ", ""), V(" ".join(say_pair(sc[i:i + 2]) for i in (0, 2, 4)), "SORT_CODE", sc),
                          pick(" and the account number is ", " account ", " then "), V(say_num(ac), "BANK_ACCOUNT", ac)])], \
        "call/retail (UK): sort code and account number in one turn after a refund amount"


def p_chat_contact_update():
    p = gen_phone(pick("ukmob", "iemob"))
    e = gen_email()
    pc = gen_uk_postcode()
    return [("customer", ["hi can u update my details pls. new mob ", V(p[:5] + " " + p[5:], "PHONE", p), " email ", V(e, "EMAIL", e),
                          " and postcode is now ", V(pc.lower() if R.random() < 0.5 else pc.replace(" ", ""), "POSTCODE", pc.replace(" ", "")),
                          ", moved on the %d%s" % (R.randint(4, 20), "th")])], \
        "chat/telecom (UK/IE): phone, email and postcode in one message with a move date (unlabelled)"


POS_TEMPLATES = [p_sort_acct_one_turn, p_chat_contact_update, p_card_call_split, p_card_chat, p_card_call_full, p_card_readback, p_card_correction,
                 p_ni_typed, p_ni_call, p_ni_split, p_ni_readback, p_ni_homophone,
                 p_ssn_typed, p_ssn_call, p_ssn_split, p_ssn_last4_plus_full,
                 p_sort_acct_call, p_sort_acct_chat, p_acct_split, p_iban_chat, p_iban_call,
                 p_phone_chat, p_phone_call, p_phone_split, p_phone_intl_call, p_email_chat, p_email_call,
                 p_dob_call, p_dob_chat, p_postcode_call, p_eircode, p_address_chat, p_address_call,
                 p_address_ie, p_us_address_zip, p_combo_bank_verify, p_combo_card_policy, p_ni_with_meter,
                 p_filler_card]


# ---------------------------------------------------------------- negative templates
def n_policy_ref():
    pol = rdig(R.choice([7, 8, 9, 10]))
    return [("agent", ["can i take your policy number please"]),
            ("customer", ["yeah it's %s" % pick(say_digits(pol), say_pairs(pol))]),
            ("agent", ["thanks that's come up the renewal's due on the %s of %s" % (ordinal(R.randint(1, 28)), pick(*MONTHS))])], \
        "call/insurance (UK): policy number spoken with its reference word and a renewal date"


def n_customer_ref_chat():
    ref = rdig(R.choice([8, 9, 10]))
    return [("customer", ["%s %s - still no engineer and it's been %d days" % (pick("Customer ref", "Account ref", "customer number", "Cust no."), ref, R.randint(3, 21))])], \
        "chat/broadband (UK): customer reference number (with its name) and a duration"


def n_meter():
    a, b = rdig(5), rdig(6)
    return [("agent", ["can you read me the numbers on the meter left to right"]),
            ("customer", ["okay it says %s" % say_digits(a)]),
            ("agent", ["and the night rate"]),
            ("customer", ["%s" % say_digits(b)]),
            ("agent", ["lovely your bill will be about %s pounds a month" % int_words(R.randint(40, 190))])], \
        "call/energy (UK): meter readings spoken digit by digit over turns (not PII)"


def n_booking():
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    fl = pick("EI", "FR", "BA", "EZY") + str(R.randint(100, 9999))
    return [("customer", ["Booking ref %s, flight %s on %d %s - can I add a bag? it's 23kg" % (ref, fl, R.randint(1, 28), pick(*MONTHS).capitalize())])], \
        "chat/travel: booking reference, flight number, travel date, weight"


def n_money():
    return [("agent", ["your outstanding balance is %s pounds and %s pence" % (int_words(R.randint(100, 999)), int_words(R.randint(1, 99)))]),
            ("customer", ["can i pay %s a month over %s months" % (int_words(R.randint(20, 99)), int_words(R.randint(3, 12)))]),
            ("agent", ["yes that's fine at %s percent" % pick("zero", "nought point nine", "three point five")])], \
        "call/banking: balance, instalments, percentage"


def n_prices_chat():
    return [("customer", ["Why is my bill £%d.%02d when the contract says £%d.%02d/month? Contract started %02d/%02d/%d" % (
        R.randint(30, 120), R.randint(0, 99), R.randint(20, 60), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2021, 2025))])], \
        "chat/telecom: prices and a contract start date (not a DOB)"


def n_order():
    o = rdig(R.choice([8, 9, 10]))
    return [("customer", ["order number %s" % pick(o, o[:4] + "-" + o[4:], say_digits(o))]),
            ("agent", ["thanks i can see %s items due %s between %s and %s" % (int_words(R.randint(2, 9)), pick("tomorrow", "on friday", "monday"), pick("eight", "nine", "ten"), pick("twelve", "one", "two"))])], \
        "retail: order number with its reference word, item count, delivery window"


def n_claim():
    c = rdig(R.choice([7, 9, 10]))
    return [("agent", ["your claim reference is %s and the excess is %s pounds" % (say_pairs(c), int_words(R.choice([100, 150, 250, 350, 500])))]),
            ("customer", ["and how long will it take"]),
            ("agent", ["usually %s to %s working days" % (pick("five", "seven", "ten"), pick("fourteen", "twenty", "twenty one"))])], \
        "call/insurance: claim reference spoken in pairs, excess, durations"


def n_appointment():
    return [("agent", ["i can book you in on the %s of %s at %s %s" % (ordinal(R.randint(1, 28)), pick(*MONTHS), pick("nine", "ten", "half two", "quarter past eleven"), pick("am", "pm", "in the morning", ""))]),
            ("customer", ["the %s is fine i'm %s so mornings are easier" % (ordinal(R.randint(1, 28)), pick("seventy two", "eighty", "sixty five"))])], \
        "call/healthcare billing: appointment date/time and an age (not DOB)"


def n_ticket_chat():
    t = rdig(R.choice([6, 7, 8]))
    return [("customer", ["Re ticket #%s - router model %s still drops at %d Mbps, download was %d earlier. Room temp %dC" % (
        t, pick("VMG8825-T50", "HH6", "Hub 4", "SR102"), R.randint(10, 80), R.randint(100, 900), R.randint(18, 26))])], \
        "chat/broadband: ticket number, model number, speeds, temperature"


def n_invoice():
    inv = rdig(R.choice([8, 9, 10]))
    return [("customer", ["invoice %s shows %s kilowatt hours for %s days which can't be right" % (inv, int_words(R.randint(200, 999)), pick("thirty", "thirty one", "ninety"))])], \
        "call/energy: invoice number (with the word invoice), consumption, days"


def n_year_counts():
    return [("customer", ["i've been with you since %s and i've got %s phones on the plan" % (say_year(R.randint(2001, 2019)) if False else pick("twenty fifteen", "two thousand and eight", "twenty twelve", "nineteen ninety nine"), pick("three", "four", "five"))]),
            ("agent", ["okay and the %s gig data add-on is %s ninety nine a month" % (pick("fifty", "hundred", "twenty"), pick("five", "ten", "twelve"))])], \
        "call/telecom: customer-since year, counts, data allowance, price"


def n_room_hotel():
    return [("customer", ["i'm in room %s checking out on the %s" % (pick("four twelve", "one oh eight", "twenty two", "three hundred and five"), ordinal(R.randint(1, 28)))]),
            ("agent", ["breakfast is served from %s till %s and the late checkout is %s euro" % (pick("seven", "half six"), pick("ten", "half ten"), pick("twenty", "thirty", "forty"))])], \
        "call/travel (IE): room number, checkout date, times, price in euro"


def n_pps_style_ref():
    ref = rdig(R.choice([7, 8]))
    return [("agent", ["have you got the case reference from the letter"]),
            ("customer", ["yes case reference %s and the letter is dated %d %s %d" % (ref, R.randint(1, 28), pick(*MONTHS), R.randint(2023, 2026))])], \
        "chat/government services: case reference and letter date"


def n_mpan_like_chat():
    return [("customer", ["Supply number on my bill says MPRN %s - is that what you need? Unit rate %s p/kWh" % (
        "ends " + rdig(3), pick("24.5", "27.03", "31.2"))])], \
        "chat/energy (IE): partial supply-number mention (3 digits) and a unit rate"


def n_parcel():
    return [("customer", ["parcel was %s kilos and cost %s pounds %s to send, tracking says it's %s days late" % (
        pick("two point five", "three", "twelve"), int_words(R.randint(4, 40)), int_words(R.randint(10, 99)), pick("four", "six", "nine"))])], \
        "call/retail: weight, cost, delay"


def n_speed_data():
    return [("agent", ["you're getting %s meg down and %s up on a %s contract" % (int_words(R.randint(30, 500)), int_words(R.randint(5, 90)), pick("eighteen month", "twenty four month", "twelve month"))]),
            ("customer", ["i was promised %s" % int_words(R.choice([100, 200, 500, 900]))])], \
        "call/broadband: speeds and contract length"


def n_times():
    return [("agent", ["we're open twenty four seven but the billing team is %s till %s" % (pick("eight", "nine"), pick("half five", "six", "eight")),]),
            ("customer", ["i waited %s minutes on hold at %s this morning" % (pick("forty five", "fifty", "twenty"), pick("ten forty", "nine fifteen", "eleven thirty"))])], \
        "call/utilities: opening hours, wait duration, clock times"


def n_age_percent():
    return [("customer", ["my son is %s and my mum is %s can they both be on the plan, is it still %s percent off" % (
        pick("sixteen", "nineteen", "twelve"), pick("seventy four", "eighty one", "sixty eight"), pick("twenty", "fifteen", "ten"))])], \
        "call/telecom: ages and a discount percentage"


NEG_TEMPLATES = [n_times, n_age_percent, n_policy_ref, n_customer_ref_chat, n_meter, n_booking, n_money, n_prices_chat, n_order, n_claim,
                 n_appointment, n_ticket_chat, n_invoice, n_year_counts, n_room_hotel, n_pps_style_ref,
                 n_mpan_like_chat, n_parcel, n_speed_data]


# ---------------------------------------------------------------- assembly / checking
N_POS = 215
N_NEG = 110
EXTRA = [p_card_call_full, p_card_chat, p_ni_typed, p_ni_call, p_ni_split, p_ssn_typed, p_ssn_split,
         p_ssn_call, p_card_call_split, p_iban_call, p_dob_call, p_phone_split, p_sort_acct_call,
         p_sort_acct_chat, p_email_call, p_email_chat, p_iban_chat, p_address_call, p_sort_acct_call,
         p_email_call, p_phone_intl_call]


def generate():
    R.seed(SEED)
    V._n[0] = 0
    cases, groups_all = [], []
    seq = (POS_TEMPLATES + EXTRA) * 10
    for i in range(N_POS):
        turns, note = seq[i](
        ) if False else seq[i]()
        tj, spans, groups = build(turns)
        cases.append({"id": "h269-pos-%03d" % (i + 1), "kind": "positive", "turns": tj, "spans": spans, "note": note})
        groups_all.append(groups)
    for i in range(N_NEG):
        turns, note = NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
        tj, spans, groups = build(turns)
        cases.append({"id": "h269-neg-%03d" % (i + 1), "kind": "negative", "turns": tj, "spans": [], "note": note})
        groups_all.append({})
    return cases, groups_all


def dump(cases):
    lines = []
    for c in cases:
        c2 = dict(c)
        c2["spans"] = [{k: v for k, v in s.items() if k != "_gid"} for s in c["spans"]]
        lines.append(json.dumps(c2, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c["spans"]:
            cnt[s["type"]] += 1
    return cnt


def verify(cases, groups_all):
    problems = []
    ids = set()
    for c, groups in zip(cases, groups_all):
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        bygid = {}
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (cid, s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(cid + ": bad turn")
                continue
            text = c["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(text)):
                problems.append(cid + ": offsets out of range")
                continue
            if (st > 0 and text[st - 1].isalnum()) or (en < len(text) and text[en].isalnum()) \
                    or not text[st].isalnum() or not text[en - 1].isalnum():
                problems.append("%s: span not on word boundary %r" % (cid, text[st:en]))
            if s["turn"] in prev and prev[s["turn"]] > st:
                problems.append(cid + ": overlapping spans")
            prev[s["turn"]] = en
            bygid.setdefault(s.get("_gid"), []).append(text[st:en])
        for gid, texts in bygid.items():
            g = groups[gid]
            try:
                v = "".join(validate(g["typ"], t) for t in texts)
            except ValueError as e:
                problems.append("%s: %s cannot normalise: %s" % (cid, g["typ"], e))
                continue
            if g["canon"] is not None and v != g["canon"]:
                problems.append("%s: %s normalised %r != expected %r (%r)" % (cid, g["typ"], v, g["canon"], texts))
                continue
            if not g.get("partial") and not check_value(g["typ"], v):
                problems.append("%s: %s value invalid %r (%r)" % (cid, g["typ"], v, texts))
        # negatives: simple sanity - no e-mail, no long digit strings that would be cards
        if c["kind"] == "negative":
            for t in c["turns"]:
                if "@" in t["text"] or re.search(r"\d{11,}", t["text"]):
                    problems.append(cid + ": negative contains PII-like string")
    cnt = counts(cases)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            problems.append("type %s has only %d spans (need %d)" % (t, cnt[t], need))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        problems.append("too few cases")
    return problems, cnt, npos, nneg


def readme(cnt, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h269

**Never use this set for tuning.** It is a held-out evaluation set; do not look at
individual failures to adjust patterns, thresholds or word lists.

## Who wrote it and how
Written by an AI helper acting as an independent author, who did not see the
redaction code, its tests, its docs or any other PII fixture (only a 3-line format
example). All cases are generated by `scripts/make_pii_holdout269.py` from template
functions; each turn is assembled from plain-text segments and labelled value
segments so that offsets are computed, never typed. All values come from one
`random.Random(269241124)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout269.py --check` regenerates the file, compares it,
and validates ids, offsets, word boundaries, overlaps and every value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for
SSN, 6 for sort codes, digit counts for CVV/phone/account, postcode/Eircode/ZIP shapes).

Emphasis: UK and Irish contact centres (chat and ASR-style call transcripts):
NI numbers typed and spoken (plain letters, "q for quebec", NATO, split over turns,
agent read-backs), sort codes and account numbers, UK/IE phone forms (+44, +353,
0044, spoken "plus three five three"), UK postcodes and Eircodes, UK street
addresses, card payments by phone. Some US cases (SSN, ZIP, US phone/address).

## Annotation conventions
* A span covers only the value itself: digits/letters as typed or spoken, including
  inner separators and spoken operators ("double", "triple", "oh", "for bravo",
  "dot", "at", "slash", "plus"). Lead-ins ("it's", "card number is"), fillers
  outside the value, and trailing punctuation are outside.
* A value split across several turns, or interrupted by chit-chat, is labelled as
  one span per contiguous piece; agent read-backs of a value are labelled too.
  A self-corrected partial reading is labelled as well (it is still PII).
* PHONE includes the international prefix (+44, 0044, +353, +1, "plus ..."), except that a
  leading non-alphanumeric character ("+" or "(") is left outside so spans start on a word
  character; scoring only looks at letters/digits.
* ADDRESS = flat/house number + street name; town/city is not labelled; the
  postcode/Eircode/ZIP is a separate POSTCODE span.
* DOB includes the full spoken/typed date ("the fourteenth of march nineteen
  eighty six"); EXPIRY is the card expiry as given ("09/27", "march twenty twenty eight").
* Negatives contain only non-PII numbers: policy/customer/order/claim/invoice/case/
  ticket/booking references said with their names, meter readings, money, times,
  dates that are not birth dates, durations, counts, speeds, temperatures, ages,
  flight/room/model numbers. Positives may contain such numbers unlabelled.

## Counts
Positive cases: %d, negative cases: %d.

| type | spans |
|---|---|
%s
""" % (npos, nneg, rows)


def main():
    cases, groups_all = generate()
    text = dump(cases)
    problems, cnt, npos, nneg = verify(cases, groups_all)
    rd = readme(cnt, npos, nneg)
    if "--check" in sys.argv:
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != rd:
                    problems.append("README.md differs from regenerated output")
            # re-parse the file itself for offsets
            with open(CASES, encoding="utf-8") as f:
                for line in f:
                    json.loads(line)
        except OSError as e:
            problems.append(str(e))
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("positives=%d negatives=%d" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for p in problems[:60]:
        print("PROBLEM:", p)
    print("%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Generate the pii_holdout360 held-out PII redaction evaluation set.

Written by an independent test author (an AI helper) who did not see the
redaction engine.  Standard library only; one seeded RNG.

Usage:
    python scripts/make_pii_holdout360.py          # write cases.jsonl
    python scripts/make_pii_holdout360.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 360241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout360", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- words
U = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "xray", "y": "yankee", "z": "zulu"}
NATO_INV = {v: k for k, v in NATO.items()}
NATO_INV.update({"juliett": "j", "whisky": "w", "alfa": "a"})
# informal "as in" words people really use
FOLK = {"b": "bertie", "c": "charlie", "d": "david", "f": "freddie", "h": "harry", "j": "john",
        "k": "king", "m": "mother", "n": "nancy", "p": "peter", "s": "sugar", "t": "tommy",
        "w": "william", "x": "xmas", "y": "yellow", "z": "zebra", "g": "george", "r": "robert",
        "l": "london", "e": "edward", "a": "apple"}
FOLK_INV = {v: k for k, v in FOLK.items()}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth", "twenty ninth", "thirtieth", "thirty first"]

R = random.Random(SEED)


def ch(seq):
    return R.choice(seq)


def zw():
    return ch(["oh", "oh", "oh", "zero", "nought", "o"])


def dword(d, z=None):
    return (z or zw()) if d == "0" else U[int(d)]


def say_plain(s, doubles=True, z=None):
    out, i = [], 0
    z = z or zw()
    while i < len(s):
        d = s[i]
        if s[i:i + 3] == d * 3 and doubles and R.random() < 0.7:
            out.append("triple " + dword(d, z)); i += 3; continue
        if s[i:i + 2] == d * 2 and doubles and R.random() < 0.75:
            out.append("double " + dword(d, z)); i += 2; continue
        out.append(dword(d, z)); i += 1
    return " ".join(out)


def say_pair(p, z=None):
    z = z or zw()
    a, b = int(p[0]), int(p[1])
    if p == "00":
        return "double " + z
    if a == 0:
        return z + " " + U[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return U[a] + " " + z
    return TENS[a] + " " + U[b]


def say_hund(g):
    a, rest = g[0], g[1:]
    if rest[0] == "0":
        tail = U[int(rest[1])]
    elif rest[0] == "1":
        tail = TEENS[int(rest[1])]
    else:
        tail = TENS[int(rest[0])] + " " + U[int(rest[1])]
    return U[int(a)] + " hundred and " + tail


def hund_ok(g):
    return len(g) == 3 and g[0] != "0" and g[1:] != "00" and not (g[1] >= "2" and g[2] == "0")


def say_group(g, style=None):
    style = style or ch(["plain", "plain", "pairs", "mix", "hund"])
    if style == "hund" and hund_ok(g):
        return say_hund(g)
    if style in ("pairs", "mix") and len(g) >= 2:
        parts, i = [], 0
        if len(g) % 2 == 1:
            parts.append(dword(g[0])); i = 1
        while i < len(g):
            if style == "mix" and R.random() < 0.5:
                parts.append(say_plain(g[i:i + 2]))
            else:
                parts.append(say_pair(g[i:i + 2]))
            i += 2
        return " ".join(parts)
    return say_plain(g)


def say_groups(groups, filler=0.15, sep=None):
    out = []
    for k, g in enumerate(groups):
        if k and R.random() < filler:
            out.append(ch(["um", "uh", "er", "erm"]))
        out.append(say_group(g))
    if sep:
        return sep.join(out)
    res = out[0]
    for w in out[1:]:
        res += ch([" ", " ", ", ", " ... "]) + w
    return res


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or ch(["bare", "bare", "nato", "for", "asin", "folk"])
    if c == "o" and mode == "bare":
        mode = "for"
    if mode == "nato":
        return NATO[c]
    if mode == "for":
        return c + " for " + NATO[c]
    if mode == "asin":
        return c + " as in " + NATO[c]
    if mode == "folk" and c in FOLK:
        return c + " for " + FOLK[c]
    return c if c != "o" else "o for oscar"


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


# ---------------------------------------------------------------- parsing (for --check)
ONES = {w: i for i, w in enumerate(U)}
ONES.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TEEN_I = {w: i + 10 for i, w in enumerate(TEENS)}
TENS_I = {w: i for i, w in enumerate(TENS) if w}
SKIP = FILLERS | {"dash", "hyphen", "space", "slash", "then"}


def parse_spoken(text):
    """Normalise a spoken or typed reading to upper-case alnum chars (and +)."""
    if re.search(r"\d", text):
        return re.sub(r"[^0-9A-Za-z+]", "", text).upper()
    toks = re.findall(r"[a-z]+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in SKIP:
            i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if t in ("double", "triple"):
            n = 2 if t == "double" else 3
            sub = parse_spoken(" ".join(toks[i + 1:i + 2]))
            if len(sub) != 1:
                raise ValueError("bad double in %r" % text)
            out.append(sub * n); i += 2; continue
        if len(t) == 1 and nxt == "for" and i + 2 < len(toks):
            out.append(t.upper()); i += 3; continue
        if len(t) == 1 and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper()); i += 4; continue
        if t in NATO_INV and t not in ONES:
            out.append(NATO_INV[t].upper()); i += 1; continue
        if t in ONES:
            if nxt == "hundred":
                v = ONES[t] * 100
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                    w = toks[j]
                    if w in TEEN_I:
                        v += TEEN_I[w]; j += 1
                    elif w in TENS_I:
                        v += TENS_I[w] * 10; j += 1
                        if j < len(toks) and toks[j] in ONES and ONES[toks[j]]:
                            v += ONES[toks[j]]; j += 1
                    elif w in ONES:
                        v += ONES[w]; j += 1
                out.append("%03d" % v); i = j; continue
            if nxt == "thousand":
                v = ONES[t] * 1000
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and toks[j] in TEEN_I:
                    v += TEEN_I[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in TENS_I:
                    v += TENS_I[toks[j]] * 10; j += 1
                    if j < len(toks) and toks[j] in ONES and ONES[toks[j]]:
                        v += ONES[toks[j]]; j += 1
                elif j < len(toks) and toks[j] in ONES:
                    v += ONES[toks[j]]; j += 1
                out.append("%04d" % v); i = j; continue
            if t == "o" and out and out[-1].isalpha() and False:
                pass
            out.append(str(ONES[t])); i += 1; continue
        if t in TEEN_I:
            out.append(str(TEEN_I[t])); i += 1; continue
        if t in TENS_I:
            if nxt in ONES and ONES[nxt] and nxt not in ("oh", "o", "nought"):
                out.append(str(TENS_I[t] * 10 + ONES[nxt])); i += 2; continue
            out.append(str(TENS_I[t] * 10)); i += 1; continue
        if len(t) == 1:
            out.append(t.upper()); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


def parse_email(text):
    if "@" in text:
        return text.strip().lower()
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLERS:
            i += 1; continue
        if t == "dot":
            out.append("."); i += 1; continue
        if t == "at":
            out.append("@"); i += 1; continue
        if t == "underscore":
            out.append("_"); i += 1; continue
        if t in ("dash", "hyphen"):
            out.append("-"); i += 1; continue
        if t == "double" and nxt:
            out.append(parse_email(nxt) * 2); i += 2; continue
        if len(t) == 1 and nxt == "for":
            out.append(t); i += 3; continue
        if len(t) > 1 and toks[i + 1:i + 1 + len(t)] == list(t):
            out.append(t); i += 1 + len(t); continue
        if t in TENS_I and nxt in ONES and ONES[nxt]:
            out.append(str(TENS_I[t] * 10 + ONES[nxt])); i += 2; continue
        if t in TEEN_I:
            out.append(str(TEEN_I[t])); i += 1; continue
        if t in ONES and t not in ("o",):
            out.append(str(ONES[t])); i += 1; continue
        out.append(t); i += 1
    return "".join(out)


def luhn_ok(s):
    tot = 0
    for k, d in enumerate(reversed(s)):
        v = int(d)
        if k % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27}
    if s[:2] not in lens or len(s) != lens[s[:2]]:
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_WORDS = {"street", "road", "avenue", "lane", "close", "drive", "way", "crescent",
                "gardens", "terrace", "place", "court", "boulevard", "st", "rd", "ave", "blvd",
                "grove", "row", "hill", "park", "square", "walk", "mews", "parade", "dr", "ln"}


def month_of(text):
    t = text.lower()
    for k, m in enumerate(MONTHS):
        if re.search(r"\b" + m[:3], t):
            return k + 1
    return None


def date_ok(text, expiry=False):
    t = text.lower()
    m = month_of(t)
    if re.search(r"\d", t):
        digits = "".join(re.findall(r"\d+", t))
    else:
        words = [w for w in re.findall(r"[a-z]+", t)
                 if w not in ("the", "of") and not any(w.startswith(mm[:3]) for mm in MONTHS)]
        rest = " ".join(words)
        for k in range(31, 0, -1):
            rest = re.sub(r"\b" + ORD[k] + r"\b", "ordinal" if k >= 10 else "ordinal", rest)
        nord = rest.count("ordinal")
        rest = rest.replace("ordinal", " ")
        digits = ("00" * nord) + (parse_spoken(rest) if rest.strip() else "")
    if expiry:
        return (m is not None and len(digits) >= 2) or 3 <= len(digits) <= 6
    return (m is not None and len(digits) >= 3) or 5 <= len(digits) <= 8


def address_ok(text):
    t = text.lower()
    words = re.findall(r"[a-z]+", t)
    return bool(words) and any(w in STREET_WORDS for w in words) and (
        re.match(r"^\d", t) or words[0] in ONES or words[0] in TEEN_I or words[0] in TENS_I
        or words[0] in ("flat", "apartment", "apt", "unit", "number", "suite"))


def value_ok(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 7 <= len(v) <= 17
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.replace("+", "")
        return d.isdigit() and 9 <= len(d) <= 13 and "+" not in v[1:]
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v)) or bool(re.match(r"^\d{5}(\d{4})?$", v))
    return True


def norm(typ, text):
    if typ == "EMAIL":
        return parse_email(text)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text
    return parse_spoken(text)


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    s = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(s + d):
            return s + d


def gen_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + ch(["539", "929", "716", "485", "000", "111"]), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete("5" + ch("12345"), 16), [4, 4, 4, 4]
    if kind == "mc2":
        return luhn_complete("2" + ch(["221", "720", "500"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    return luhn_complete(ch(["6759", "6761", "5018"]), 19), [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = ch(NI1) + ch(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def gen_iban(cc=None):
    cc = cc or ch(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc == "GB":
        bban = ch(["NWBK", "BARC", "LOYD", "MIDL", "HBUK", "WEST"]) + dg(14)
    elif cc == "IE":
        bban = ch(["AIBK", "BOFI", "IPBS", "ULSB"]) + dg(14)
    elif cc == "DE":
        bban = dg(18)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "RABN", "TRIS"]) + dg(10)
    elif cc == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    t = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in t)) % 97
    return cc + "%02d" % chk + bban


def gen_ukpc():
    inward_letters = "ABDEFGHJLNPQRSTUWXYZ"
    shape = ch(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    L = "ABCDEFGHJKLMNPRSTUWY"
    out = ""
    for k, c in enumerate(shape):
        if c == "A":
            out += ch(inward_letters) if k >= len(shape) - 2 else ch(L)
        elif c == "9":
            out += str(R.randrange(1, 10)) if k == len(shape) - 3 or out[-1:].isalpha() else str(R.randrange(10))
        else:
            out += " "
    return out


def gen_zip():
    z = "%05d" % R.randrange(1001, 99951)
    if R.random() < 0.25:
        z += "-%04d" % R.randrange(1, 10000)
    return z


STREETS = ["Acacia", "Mill", "Station", "Church", "Victoria", "Kingsley", "Beech", "Harbour",
           "Elm", "Maple", "Queen's", "Wellington", "Hawthorn", "Orchard", "Riverside", "Castle",
           "Larkspur", "Brunswick", "Oak", "Sycamore", "Pine", "Cedar", "Highfield", "Meadow"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Close", "Drive", "Way", "Crescent", "Gardens",
          "Terrace", "Place", "Court", "Boulevard", "Grove", "Mews"]
TOWNS_UK = ["Leeds", "Bristol", "Croydon", "Swansea", "Glasgow", "Norwich", "Derby", "Reading"]
TOWNS_US = ["Austin, Texas", "Columbus, Ohio", "Tucson", "Raleigh", "Denver", "Spokane, WA"]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick"]

FIRST = ["james", "sarah", "priya", "tom", "aoife", "li", "marcus", "niamh", "daniel", "fatima",
         "olu", "ewan", "grace", "raj", "chloe", "sean", "maria", "kofi", "hannah", "jo"]
LAST = ["doe", "smith", "okafor", "patel", "murphy", "nguyen", "kowalski", "o'brien", "reyes",
        "byrne", "hughes", "chen", "walsh", "ahmed", "fischer", "dubois", "costa", "evans"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("proton", "me"),
           ("web", "de"), ("orange", "fr"), ("aol", "com"), ("virginmedia", "com")]

INDUSTRY = {
    "banking": ("Northgate Bank", "your current account"),
    "telecom": ("Vellum Mobile", "your broadband bill"),
    "utilities": ("Brightwater Energy", "the gas and electric account"),
    "retail": ("Hartley & Finch", "your online order"),
    "insurance": ("Castlemere Insurance", "the renewal"),
    "travel": ("SkyReach Holidays", "the booking"),
    "healthcare": ("Meridian Health Billing", "the outstanding statement"),
    "government": ("the Benefits Service", "your claim"),
}


def ind():
    k = ch(list(INDUSTRY))
    return k, INDUSTRY[k][0], INDUSTRY[k][1]


# ---------------------------------------------------------------- case builder
class V:
    def __init__(self, text, gid, role="full"):
        self.text, self.gid, self.role = text, gid, role


class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.groups = [], [], []

    def g(self, typ, canon=None):
        self.groups.append({"type": typ, "canon": canon, "members": []})
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, V):
                start = len(text)
                text += s.text
                typ = self.groups[s.gid]["type"]
                self.groups[s.gid]["members"].append((len(self.spans), s.role))
                self.spans.append({"turn": len(self.turns), "start": start, "end": len(text),
                                   "type": typ})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)


def bc():
    return ch(["mhm", "go on", "yep", "ok", "uh huh", "right", "yeah go on", "mm", "got that",
               "ok keep going", "and the next bit?", "lovely", "sure"])


def greet(co):
    return ch(["thanks for calling %s, you're through to %s, how can I help?",
               "hello you're through to %s, this is %s speaking",
               "%s, %s speaking, how can i help today",
               "good morning, %s customer services, my name's %s"]) % (co, ch(["Dev", "Karen", "Liam", "Sofia", "Ade", "Ruth"]))


def written_digits(groups, sep=None):
    sep = sep if sep is not None else ch([" ", " ", "-", "", ".", "  "])
    return sep.join(groups)


def mutate_digit(v, pos=None):
    pos = R.randrange(len(v)) if pos is None else pos
    d = v[pos]
    nd = ch([x for x in "0123456789" if x != d])
    return v[:pos] + nd + v[pos + 1:], pos


# ---------------------------------------------------------------- positive scenarios
def sc_card_chat():
    k, co, thing = ind()
    num, sizes = gen_card()
    c = Case("positive", "typed chat card number (%s)" % k)
    g = c.g("CARD_NUMBER", num)
    groups = split_groups(num, sizes)
    style = ch(["std", "odd", "none", "label"])
    if style == "odd":
        cut = sorted(R.sample(range(2, len(num) - 1), 3))
        groups = [num[:cut[0]], num[cut[0]:cut[1]], num[cut[1]:cut[2]], num[cut[2]:]]
    txt = num if style == "none" else written_digits(groups)
    c.a("Hi, this is %s web chat. How can I help with %s?" % (co, thing))
    lead = ch(["card no: ", "Card number ", "its ", "card is ", "CC#", "Here you go ", "long number on the card - "])
    if lead == "CC#":
        c.c("pls take payment from this card. CC# ", V(txt, g), " thx")
    else:
        c.c("ok pay with card, " + lead, V(txt, g), ch(["", " .", " ty", "  (visa)", " - debit card"]))
    extra = R.random()
    if extra < 0.45:
        cv = "".join(str(R.randrange(10)) for _ in range(4 if len(num) == 15 else 3))
        gc = c.g("CVV", cv)
        ex = (R.randrange(1, 13), R.randrange(25, 32))
        ge = c.g("EXPIRY")
        ext = ch(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%d/%02d"]) % ex
        c.a("Thanks. And the expiry date and security code on the back?")
        c.c(ch(["exp ", "expires ", "", "valid thru "]), V(ext, ge), ch([" cvv ", " and ", ", code ", " sec code: "]), V(cv, gc))
    else:
        c.a("Thanks, I've got that. The payment of £%d.%02d will show as pending for up to 3 working days." % (R.randrange(10, 900), R.randrange(100)))
    return c


def card_readback(c, g, num, sizes, spoken=True):
    """Agent read-back variants with the emphasis on wrong/partial read-backs."""
    groups = split_groups(num, sizes)
    mode = ch(["full", "wrong", "wrong", "partial", "partial", "char", "none"])
    say = (lambda gs: say_groups(gs, filler=0)) if spoken else (lambda gs: " ".join(gs))
    if mode == "full":
        c.a(ch(["let me read that back, ", "so that's ", "just to confirm, "]), V(say(groups), g), ch(["?", ", is that right?", " yeah?"]))
        c.c(ch(["yes", "that's it", "yep that's right", "correct"]))
    elif mode == "wrong":
        bad, pos = mutate_digit(num, R.randrange(4, len(num) - 1))
        c.a(ch(["ok so I have ", "so that's ", "reading it back, "]), V(say(split_groups(bad, sizes)), g, "wrong"), ch(["?", ", correct?"]))
        # which group contains pos
        acc, gi = 0, 0
        for gi, gg in enumerate(groups):
            if acc + len(gg) > pos:
                break
            acc += len(gg)
        right = groups[gi]
        cf = R.random()
        if cf < 0.5:
            c.c(ch(["no, ", "not quite, ", "uh no sorry, "]), ch(["the ", "that "]) + ch(["third bit", "block", "group"]) + " is ", V(say([right]), g, "sub"), ch(["", " not what you said", " yeah"]))
            c.a(ch(["apologies, so ", "sorry, so ", "my mistake, "]), V(say([right]), g, "sub"), ch([", got it", ". thank you", " ok"]))
        else:
            c.c(ch(["no that's wrong, ", "nope, ", "no no, "]), "it's ", V(say(groups), g), ch(["", " let me say it again slowly"]))
            c.a("ok thank you, ending ", V(say_plain(num[-4:]) if spoken else num[-4:], g, "sub"), "?")
            c.c("yes")
    elif mode == "partial":
        c.a(ch(["ok so starting ", "so the card starting "]), V(say([num[:4]]), g, "sub"), ch([" and ending ", " ending in ", " through to "]), V(say([num[-4:]]), g, "sub"), "?")
        c.c(ch(["that's the one", "yes", "mhm yes"]))
    elif mode == "char":
        pos = R.randrange(5, len(num) - 2)
        c.a("sorry the line broke up, the digit after ", V(say_plain(num[pos - 2:pos]), g, "sub"), ", was that ", V(dword(num[pos]), g, "sub"), "?")
        c.c(ch(["yes ", "yeah ", "correct, "]), V(dword(num[pos]), g, "sub"))
    else:
        c.a(ch(["perfect, thank you", "ok that's gone through", "lovely thanks"]))


def sc_card_call():
    k, co, thing = ind()
    num, sizes = gen_card()
    c = Case("positive", "ASR call card read in one go with read-back (%s)" % k)
    g = c.g("CARD_NUMBER", num)
    c.a(greet(co).lower())
    c.c("hi yeah i want to pay %s" % thing.replace("your ", "my ").lower())
    c.a("no problem, can i take the long number across the front of the card")
    c.c(ch(["yeah it's ", "ok it's ", "right so ", "", "um ok "]), V(say_groups(split_groups(num, sizes)), g))
    card_readback(c, g, num, sizes)
    if R.random() < 0.4:
        ex = (R.randrange(1, 13), R.randrange(25, 32))
        ge = c.g("EXPIRY")
        c.a("and the expiry")
        et = ch([say_pair("%02d" % ex[0]) + " " + say_pair("%02d" % ex[1]),
                 MONTHS[ex[0] - 1] + " twenty " + U[ex[1] - 20] if ex[1] < 30 else MONTHS[ex[0] - 1] + " thirty " + U[ex[1] - 30],
                 say_pair("%02d" % ex[0]) + " twenty " + say_pair("%02d" % ex[1])])
        c.c(ch(["", "it's ", "expires "]), V(et, ge))
    if R.random() < 0.4:
        cv = "".join(str(R.randrange(10)) for _ in range(4 if len(num) == 15 else 3))
        gc = c.g("CVV", cv)
        c.a("and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front")
        c.c(V(say_plain(cv), gc))
        if R.random() < 0.5:
            c.a("was that ", V(say_plain(cv), gc), "?")
            c.c("yep")
    return c


def sc_card_split():
    k, co, thing = ind()
    num, sizes = gen_card()
    c = Case("positive", "ASR card split over several turns with back-channels (%s)" % k)
    g = c.g("CARD_NUMBER", num)
    groups = split_groups(num, sizes)
    c.a(greet(co).lower())
    c.c("hiya i'm ringing about %s, i need to make a payment" % thing.replace("your ", "my ").lower())
    c.a("ok and which card will you be paying with today")
    c.c("um it's a %s" % ch(["visa debit", "mastercard", "credit card", "card from my other bank"]))
    c.a("lovely whenever you're ready with the long number")
    chunks, i = [], 0
    while i < len(groups):
        n = ch([1, 1, 2])
        chunks.append(groups[i:i + n]); i += n
    for j, chunk in enumerate(chunks):
        pre = ch(["", "", "ok ", "then ", "uh ", "and "]) if j else ch(["ok so ", "right it's ", "", "it's "])
        aside = ""
        if j == 1 and R.random() < 0.3:
            c.c(pre, V(say_groups(chunk), g, "frag"), ch([" hang on the light's bad in here", " sorry my glasses", " bear with me"]))
        else:
            c.c(pre, V(say_groups(chunk), g, "frag"), aside)
        if j < len(chunks) - 1:
            c.a(bc())
    card_readback(c, g, num, sizes)
    if R.random() < 0.3:
        c.a("thank you, and the amount today is %s pounds" % ch(["forty two", "a hundred and twelve fifty", "three hundred"]))
    return c


def sc_card_restart():
    k, co, thing = ind()
    num, sizes = gen_card()
    c = Case("positive", "ASR card reading restarted/corrected mid-way (%s)" % k)
    g = c.g("CARD_NUMBER", num)
    groups = split_groups(num, sizes)
    c.a("can you give me the card number please")
    cut = R.randrange(1, len(groups) - 1)
    c.c("yeah ", V(say_groups(groups[:cut]), g, "sub"), ch([" oh no hang on that's my old card, let me start again. ",
                                                           " wait sorry i've lost my place, from the top, ",
                                                           " sorry sorry let me start again, "]), V(say_groups(groups), g))
    card_readback(c, g, num, sizes)
    return c


def sc_card_email():
    k, co, thing = ind()
    num, sizes = gen_card()
    c = Case("positive", "email with card details and labelled other numbers (%s)" % k)
    g = c.g("CARD_NUMBER", num)
    ref = "".join(str(R.randrange(10)) for _ in range(R.choice([8, 10, 12])))
    txt = written_digits(split_groups(num, sizes), ch([" ", "-", ""]))
    c.c("Subject: Re: Payment for invoice INV-%s\n\nHi,\n\nPlease charge the balance of $%d.%02d to my card %s " %
        (ref, R.randrange(50, 3000), R.randrange(100), ch(["", "(new one)"])), V(txt, g),
        ". Thanks,\n%s" % ch(FIRST).title())
    c.a("Hello, thanks for your email. We've taken payment from the card ending ", V(num[-4:], g, "sub"),
        " and your invoice reference INV-%s is now settled." % ref)
    return c


def sc_ssn():
    k, co, thing = ind()
    s = gen_ssn()
    c = Case("positive", "US SSN (%s)" % k)
    g = c.g("SSN", s)
    groups = [s[:3], s[3:5], s[5:]]
    mode = ch(["chat", "call", "call", "split", "email"])
    if mode == "chat":
        c.a("To verify your identity I'll need your Social Security number.")
        fmt = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"])
        c.c(ch(["ssn: ", "SSN is ", "sure its ", "Social: ", "ok "]), V(fmt % tuple(groups), g), ch(["", " thanks", ". DOB to follow"]))
    elif mode == "email":
        c.c("Hi team,\nRe claim %s - my social is " % ("CLM-" + str(R.randrange(100000, 999999))), V(ch(["%s-%s-%s", "%s %s %s"]) % tuple(groups), g),
            " and my ZIP is ", V(z := gen_zip(), c.g("POSTCODE", z.replace("-", ""))), ".\nRegards")
    elif mode == "call":
        c.a("and can i get your social security number please")
        c.c(ch(["yeah it's ", "sure ", "ok um ", ""]), V(say_groups(groups), g))
    else:
        c.a("can i have the social please")
        c.c(ch(["ok ", "", "so "]), V(say_group(groups[0]), g, "frag"))
        c.a(bc())
        c.c(V(say_group(groups[1]), g, "frag"))
        c.a(bc())
        c.c(V(say_group(groups[2]), g, "frag"))
    rb = ch(["last4", "wrong", "full", "none", "char"])
    if rb == "last4":
        c.a("thank you, so that's the one ending ", V(say_plain(s[-4:]) if mode in ("call", "split") else s[-4:], g, "sub"), "?")
        c.c("yes")
    elif rb == "wrong":
        bad, _ = mutate_digit(s, R.randrange(3, 9))
        c.a("so i have ", V(say_groups([bad[:3], bad[3:5], bad[5:]], filler=0), g, "wrong"))
        c.c("no, the middle is ", V(say_group(groups[1]), g, "sub") if bad[3:5] != s[3:5] else V(say_group(groups[2]), g, "sub"),
            "" if bad[3:5] != s[3:5] else " at the end")
        c.a("thank you, corrected")
    elif rb == "full":
        c.a("let me confirm, ", V(say_groups(groups, filler=0), g), "?")
        c.c("that's right")
    elif rb == "char":
        c.a("and the fourth digit, was that ", V(dword(s[3]), g, "sub"), "?")
        c.c("yep ", V(dword(s[3]), g, "sub"))
    else:
        c.a("thank you, you're verified. I can see the $%d payment due on the %s." % (R.randrange(40, 900), ch(["5th", "12th", "28th"])))
    return c


def sc_ni():
    k, co, thing = ind()
    n = gen_ni()
    c = Case("positive", "UK National Insurance number (%s)" % k)
    g = c.g("NI_NUMBER", n)
    mode = ch(["chat", "call", "call", "split", "nato"])
    if mode == "chat":
        c.a("Could you confirm your National Insurance number?")
        fmt = ch(["{0} {1} {2} {3} {4}", "{0}{1}{2}{3}{4}", "{0}{1}{2}{3} {4}", "{0}-{1}-{2}-{3}-{4}"])
        v = fmt.format(n[:2], n[2:4], n[4:6], n[6:8], n[8])
        v = ch([v, v.lower(), v[:2].lower() + v[2:]])
        c.c(ch(["NI no: ", "ni number ", "its ", "NINO ", "National insurance: "]), V(v, g))
    else:
        letters = lambda s, m=None: " ".join(say_letter(x, m) for x in s)
        if mode == "nato":
            lt = letters(n[:2], "for")
        else:
            lt = letters(n[:2])
        digs = say_groups([n[2:4], n[4:6], n[6:8]])
        suf = say_letter(n[8])
        c.a("and your national insurance number please")
        if mode == "split":
            c.c(ch(["", "yeah ", "ok "]), V(lt, g, "frag"))
            c.a(bc())
            c.c(V(digs, g, "frag"))
            c.a(ch(["and the last letter", "mhm", "and the letter at the end"]))
            c.c(V(suf, g, "frag"))
        else:
            c.c(ch(["it's ", "yeah it's ", "ok ", "um "]), V(lt + ch([" ", " ", " um "]) + digs + " " + suf, g))
    rb = ch(["char", "char", "wrongchar", "full", "none"])
    if rb == "char":
        i = ch([0, 1, 8])
        c.a("sorry was that ", V(say_letter(n[i], "for"), g, "sub"), ch(["?", " at the start?", " there?"]) if i < 2 else " at the end?")
        c.c(ch(["yes ", "yeah ", "that's right, "]), V(say_letter(n[i], ch(["bare", "for", "nato"])), g, "sub"))
    elif rb == "wrongchar":
        i = ch([0, 1, 8])
        pool = "ABCD" if i == 8 else NI2
        wrong = ch([x for x in pool if x != n[i] and x != "O"])
        c.a("so i've got ", V(say_letter(wrong, "for"), g, "wrong"), ch([" first", " there", ""]))
        c.c(ch(["no, ", "no it's ", "nope, "]), V(say_letter(n[i], ch(["for", "asin", "folk"])), g, "sub"))
        c.a("ah ", V(say_letter(n[i], "nato"), g, "sub"), ch([", thank you", " got it"]))
    elif rb == "full":
        c.a("so that's ", V(" ".join(say_letter(x, "bare") for x in n[:2]) + " " + say_groups([n[2:4], n[4:6], n[6:8]], filler=0) + " " + say_letter(n[8], "bare"), g), "?")
        c.c("correct")
    else:
        c.a("thank you, I've found the record.")
    return c


def sc_bank():
    k, co, thing = ind()
    acct = "".join(str(R.randrange(10)) for _ in range(8))
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    c = Case("positive", "UK sort code and account number (%s)" % k)
    ga, gs = c.g("BANK_ACCOUNT", acct), c.g("SORT_CODE", sc)
    mode = ch(["chat", "call", "call"])
    if mode == "chat":
        c.a("Please provide the account details for the direct debit.")
        c.c(ch(["sort code ", "s/c: ", "Sort: "]), V(ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), gs),
            ch([" acct no: ", ", account ", " a/c ", "  Account number: "]), V(acct, ga))
    else:
        c.a("ok and what's the sort code")
        c.c(V(say_groups([sc[:2], sc[2:4], sc[4:]]), gs))
        c.a(ch(["and the account number", "lovely and the eight digit account number"]))
        if R.random() < 0.5:
            c.c(V(say_groups([acct[:4], acct[4:]]), ga, "frag"))
            c.a(bc())
            c.c(ch(["sorry ", ""]), "that was ", V(say_groups([acct[:4], acct[4:]]), ga), ch([" yeah", ""]))
        else:
            c.c(ch(["", "it's ", "um "]), V(say_groups([acct[:2], acct[2:5], acct[5:]]), ga))
    rb = ch(["wrong", "partial", "char", "none"])
    if rb == "wrong":
        bad, _ = mutate_digit(sc)
        c.a("and the sort code again was ", V(say_groups([bad[:2], bad[2:4], bad[4:]], filler=0), gs, "wrong"), "?")
        c.c("no, ", V(say_groups([sc[:2], sc[2:4], sc[4:]], filler=0), gs))
    elif rb == "partial":
        c.a("ok account ending ", V(say_plain(acct[-3:]), ga, "sub"), ", sort code starting ", V(say_pair(sc[:2]), gs, "sub"), "?")
        c.c("that's it")
    elif rb == "char":
        c.a("was the fifth digit of the account a ", V(U[int(acct[4])] if acct[4] != "0" else "zero", ga, "sub"), "?")
        c.c("yes")
    c.a("the first collection of £%d.%02d will be on the %s." % (R.randrange(10, 200), R.randrange(100), ch(["1st of next month", "15th", "28th of June"])))
    return c


def sc_us_bank():
    k, co, thing = ind()
    acct = "".join(str(R.randrange(10)) for _ in range(R.randrange(9, 13)))
    routing = "".join(str(R.randrange(10)) for _ in range(9))
    c = Case("positive", "US bank account with routing number left unlabelled (%s)" % k)
    ga = c.g("BANK_ACCOUNT", acct)
    c.a("For autopay I need the routing number and your checking account number.")
    c.c("routing is %s and checking acct # " % routing, V(acct if R.random() < 0.5 else " ".join(split_groups(acct, [3, 3, 3, 3])), ga))
    c.a("Thank you. So checking account ending ", V(acct[-4:], ga, "sub"), ", first draft on the 3rd for $%d.%02d." % (R.randrange(20, 400), R.randrange(100)))
    return c


def sc_iban():
    k, co, thing = ind()
    iban = gen_iban()
    c = Case("positive", "IBAN (%s, %s)" % (k, iban[:2]))
    g = c.g("IBAN", iban)
    mode = ch(["chat", "chat", "call", "split"])
    groups = [iban[i:i + 4] for i in range(0, len(iban), 4)]
    if mode == "chat":
        v = ch([" ".join(groups), iban, " ".join(groups).lower(), "-".join(groups)])
        c.a("Please send the IBAN for the refund.")
        c.c(ch(["IBAN: ", "iban ", "my IBAN is ", "Refund to "]), V(v, g), ch(["", " (%s)" % ch(["AIB", "ING", "Sparkasse", "Barclays"]), " thanks"]))
    else:
        def say_iban(gs):
            out = []
            for gg in gs:
                if gg.isdigit():
                    out.append(say_group(gg))
                else:
                    out.append(" ".join(say_letter(x) if x.isalpha() else dword(x) for x in gg))
            return " ".join(out)
        c.a("can you read me the iban")
        if mode == "split":
            h = len(groups) // 2
            c.c(ch(["", "ok ", "it's "]), V(say_iban(groups[:h]), g, "frag"))
            c.a(bc())
            c.c(V(say_iban(groups[h:]), g, "frag"))
        else:
            c.c(ch(["", "yeah it's ", "so "]), V(say_iban(groups), g))
        if R.random() < 0.6:
            c.a("the country code, was that ", V(" ".join(say_letter(x, "for") for x in iban[:2]), g, "sub"), "?")
            c.c("yes")
    c.a("thanks, refunds to %s accounts take %d to %d working days." % (ch(["SEPA", "foreign", "euro"]), 3, 5))
    return c


def phone_value():
    kind = ch(["ukmob", "ukland", "ukintl", "us", "usintl", "ie", "ieintl", "de", "fr"])
    d = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if kind == "ukmob":
        v = "07" + d(9); return v, [v[:5], v[5:8], v[8:]], "%s %s%s"
    if kind == "ukland":
        v = "020" + d(8); return v, [v[:3], v[3:7], v[7:]], "%s %s %s"
    if kind == "ukintl":
        v = "+447" + d(9); return v, ["+44", v[3:7], v[7:10], v[10:]], "%s %s %s%s"
    if kind == "us":
        v = d(3) + "555" + d(4); return v, [v[:3], v[3:6], v[6:]], "(%s) %s-%s"
    if kind == "usintl":
        v = "+1" + d(3) + "555" + d(4); return v, ["+1", v[2:5], v[5:8], v[8:]], "%s %s-%s-%s"
    if kind == "ie":
        v = "08" + ch("3567") + d(7); return v, [v[:3], v[3:6], v[6:]], "%s %s %s"
    if kind == "ieintl":
        v = "+3538" + ch("3567") + d(7); return v, ["+353", v[4:6], v[6:9], v[9:]], "%s %s %s %s"
    if kind == "de":
        v = "+4930" + d(8); return v, ["+49", "30", v[5:9], v[9:]], "%s %s %s %s"
    v = "+336" + d(8); return v, ["+33", "6", v[4:6], v[6:8], v[8:10], v[10:]], "%s %s %s %s %s %s"


def say_phone(groups):
    out = []
    for gg in groups:
        if gg.startswith("+"):
            out.append("plus " + say_group(gg[1:], "plain"))
        else:
            out.append(say_group(gg))
    return " ".join(out)


def sc_phone():
    k, co, thing = ind()
    v, groups, fmt = phone_value()
    c = Case("positive", "phone number (%s)" % k)
    g = c.g("PHONE", v)
    mode = ch(["chat", "call", "split", "call"])
    if mode == "chat":
        c.a("What's the best number to reach you on?")
        txt = fmt % tuple(groups) if fmt.count("%s") == len(groups) else " ".join(groups)
        txt = ch([txt, v, txt.replace(" ", "-")])
        c.c(ch(["mob: ", "call me on ", "tel ", "Phone - ", "best number is "]), V(txt, g), ch(["", " after 5pm", " (work)"]))
    elif mode == "split":
        c.a("and a contact number")
        c.c(ch(["", "it's "]), V(say_phone(groups[:2]), g, "frag"))
        c.a(bc())
        c.c(V(say_phone(groups[2:]), g, "frag"))
    else:
        c.a("what's a good number to call you back on")
        c.c(ch(["yeah it's ", "um ", "", "my mobile's "]), V(say_phone(groups), g))
    rb = ch(["wrong", "partial", "full", "none"])
    if rb == "wrong":
        bad, _ = mutate_digit(v, R.randrange(len(v) - 4, len(v)))
        bg = [bad[:len(v) - len("".join(groups[-1]))], bad[len(v) - len(groups[-1]):]] if not v.startswith("+") else [bad]
        c.a("so that's ", V(say_phone(bg) if not bad.startswith("+") else "plus " + say_plain(bad[1:]), g, "wrong"))
        c.c("no, it ends ", V(say_group(groups[-1]), g, "sub"))
        c.a("ah, ", V(say_group(groups[-1]), g, "sub"), ", got it")
    elif rb == "partial":
        c.a("the number ending ", V(say_plain(v[-3:]), g, "sub"), ", we'll call between %s and %s" % (ch(["nine", "ten"]), ch(["one", "four"])))
    elif rb == "full":
        c.a("i'll just read that back, ", V(say_phone(groups), g))
        c.c("yep")
    c.a("someone will call you back within %d hours." % ch([2, 4, 24, 48]))
    return c


def email_value():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    dom, tld = ch(DOMAINS)
    sep = ch([".", "_", "", "."])
    num = str(R.randrange(1, 99)) if R.random() < 0.4 else ""
    local = ch([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
    return local, dom, tld


def say_email(local, dom, tld):
    out = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece.isdigit():
            out.append(say_group(piece, "pairs") if len(piece) == 2 and piece[0] != "0" and piece[1] != "0" else " ".join(U[int(x)] for x in piece))
        elif piece:
            m = re.match(r"([a-z]+?)(\d*)$", piece)
            w = m.group(1)
            if len(w) == 1:
                out.append(say_letter(w, ch(["bare", "for"])))
            elif R.random() < 0.3:
                out.append(w + " " + " ".join(w))
            else:
                out.append(w)
            if m.group(2):
                out.append(" ".join(U[int(x)] for x in m.group(2)))
    out.append("at")
    out.append(dom)
    out.append(" dot ".join(["dot " + tld.split(".")[0]] + tld.split(".")[1:]) if True else "")
    return " ".join(out)


def sc_email():
    k, co, thing = ind()
    local, dom, tld = email_value()
    e = "%s@%s.%s" % (local, dom, tld)
    c = Case("positive", "email address (%s)" % k)
    g = c.g("EMAIL", e)
    mode = ch(["chat", "call", "call", "split"])
    if mode == "chat":
        c.a("What email should we send the confirmation to?")
        c.c(ch(["email: ", "its ", "send to ", "E-mail - "]), V(ch([e, e.upper(), e.title()]) if R.random() < 0.5 else e, g), ch(["", " pls", " thanks!"]))
    else:
        spoken = say_email(local, dom, tld)
        c.a("and what's your email address")
        if mode == "split":
            a, b = spoken.split(" at ", 1)
            c.c(ch(["ok it's ", "", "right so "]), V(a, g, "frag"))
            c.a(ch(["mhm", "at?", "go on"]))
            c.c(V("at " + b, g, "frag"))
        else:
            c.c(ch(["yeah it's ", "", "it's um "]), V(spoken, g))
        rb = ch(["char", "wrong", "none"])
        if rb == "char":
            c.a("sorry, the first letter, ", V(say_letter(local[0], "for"), g, "sub"), "?")
            c.c("yes ", V(say_letter(local[0], "for"), g, "sub"))
        elif rb == "wrong":
            bad = ch([x for x in "bdfgkmnpstv" if x != local[0]]) + local[1:]
            c.a("so that's ", V(say_email(bad, dom, tld), g, "wrong"), "?")
            c.c("no it starts with ", V(say_letter(local[0], "for"), g, "sub"))
    c.a("you'll get the confirmation in the next %d minutes." % ch([5, 10, 15]))
    return c


def dob_text(d, m, y, spoken):
    if not spoken:
        return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (m, d, y), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
                   "%s %d, %d" % (MONTHS[m - 1].title()[:3], d, y), "%02d-%02d-%d" % (d, m, y), "%d.%d.%d" % (d, m, y % 100)])
    ys = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else ("two thousand and " + (U[y - 2000] if y < 2010 else TEENS[y - 2010] if y < 2020 else ""))
    return ch(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys), "%s %s %s" % (MONTHS[m - 1], ORD[d], ys),
               "%s %s %s" % (say_pair("%02d" % d), say_pair("%02d" % m), ys),
               "%s of %s um %s" % (ORD[d], MONTHS[m - 1], ys)])


def sc_dob():
    k, co, thing = ind()
    d, m, y = R.randrange(1, 29), R.randrange(1, 13), R.randrange(1941, 2006)
    c = Case("positive", "date of birth with distractor dates (%s)" % k)
    g = c.g("DOB")
    spoken = R.random() < 0.6
    c.a(ch(["can i take your date of birth for security", "Could you confirm your date of birth?", "and your d.o.b. please"]))
    c.c(ch(["", "yeah it's ", "sure ", "DOB "]), V(dob_text(d, m, y, spoken), g))
    if spoken and R.random() < 0.5:
        c.a("thank you so the ", V(ORD[d], g, "sub"), ch(["?", " of the month?"]))
        c.c("that's it")
    elif spoken and R.random() < 0.5:
        wd = d + 1 if d < 28 else d - 1
        c.a("so the ", V("%s of %s" % (ORD[wd], MONTHS[m - 1]), g, "wrong"), "?")
        c.c("no the ", V(ORD[d], g, "sub"))
    c.a("thanks, I can see your %s appointment on the %s of %s." % (ch(["next", "last", "renewal"]), ORD[R.randrange(1, 29)], ch(MONTHS)))
    return c


def say_ukpc(pc):
    out, w = [], pc.lower()
    for x in w:
        if x == " ":
            continue
        out.append(say_letter(x, ch(["bare", "bare", "for", "nato"])) if x.isalpha() else U[int(x)])
    return " ".join(out)


def sc_address():
    k, co, thing = ind()
    country = ch(["UK", "UK", "US", "IE"])
    no = R.randrange(1, 240)
    st = "%s %s" % (ch(STREETS), ch(SUFFIX))
    c = Case("positive", "address and postcode (%s, %s)" % (k, country))
    ga = c.g("ADDRESS")
    flat = R.random() < 0.3
    spoken = R.random() < 0.55
    if spoken:
        nw = say_group(str(no), ch(["pairs", "hund", "plain"])) if no >= 10 else U[no]
        addr = ("flat %s " % U[R.randrange(1, 10)] if flat else "") + nw + " " + st.lower().replace("'", "")
    else:
        addr = ("Flat %d, " % R.randrange(1, 40) if flat else "") + "%d %s" % (no, st)
    c.a(ch(["can I take the first line of the address", "What's the address on the account?", "and the billing address please"]))
    if country == "UK":
        pc = gen_ukpc()
        gp = c.g("POSTCODE", pc.replace(" ", ""))
        pct = say_ukpc(pc) if spoken else ch([pc, pc.lower(), pc.replace(" ", "")])
        c.c(V(addr, ga), ", %s, " % ch(TOWNS_UK) if not spoken else " in %s " % ch(TOWNS_UK).lower(), V(pct, gp))
        if spoken and R.random() < 0.6:
            inward = pc.split()[1]
            c.a("and the last part, ", V(" ".join(say_letter(x, "for") if x.isalpha() else U[int(x)] for x in inward.lower()), gp, "sub"), "?")
            c.c(ch(["yes", "yeah that's it"]))
        elif spoken:
            wrong = pc[:-1] + ch([x for x in "ABDEFGHJLNPQRSTUWXYZ" if x != pc[-1]])
            c.a("so ", V(say_ukpc(wrong), gp, "wrong"), "?")
            c.c("no the last letter is ", V(say_letter(pc[-1].lower(), "for"), gp, "sub"))
    elif country == "US":
        z = gen_zip()
        gp = c.g("POSTCODE", z.replace("-", ""))
        zt = say_plain(z.replace("-", " "), doubles=False) if spoken else z
        c.c(V(addr, ga), ", %s " % ch(TOWNS_US) if not spoken else " %s zip " % ch(TOWNS_US).lower().replace(",", ""), V(zt, gp))
    else:
        c.c(V(addr, ga), ", %s" % ch(TOWNS_IE) if not spoken else " %s" % ch(TOWNS_IE).lower())
    if R.random() < 0.4:
        c.a("and is that ", V(nw if spoken else str(no), ga, "sub"), " as in the house number?")
        c.c("yes")
    c.a("thanks, the engineer's booked for %s between %s and %s." % (ch(["Tuesday", "the 14th", "next Friday"]), ch(["8", "eight", "10am"]), ch(["12", "one", "2pm"])))
    return c


def sc_combo():
    """Several types in one conversation; card last-four distractor without full card."""
    k, co, thing = ind()
    c = Case("positive", "mixed identity check with card last-four distractor (%s)" % k)
    v, groups, fmt = phone_value()
    gp = c.g("PHONE", v)
    last4 = "".join(str(R.randrange(10)) for _ in range(4))
    c.a(greet(co).lower())
    c.c("hi i'm calling about the payment on my card ending %s, it got declined" % say_plain(last4))
    c.a("sorry to hear that, can i take the phone number on the account")
    c.c(V(say_phone(groups), gp))
    if R.random() < 0.5:
        n = gen_ni()
        gn = c.g("NI_NUMBER", n)
        c.a("and for security your national insurance number")
        c.c(V(" ".join(say_letter(x) for x in n[:2]) + " " + say_groups([n[2:4], n[4:6], n[6:8]]) + " " + say_letter(n[8]), gn))
        c.a("was the last letter ", V(say_letter(n[8], "for"), gn, "sub"), "?")
        c.c("yeah")
    else:
        s = gen_ssn()
        gs = c.g("SSN", s)
        c.a("and the last four of the social")
        c.c(V(say_plain(s[5:]), gs, "sub"))
        c.a("thanks, actually i need the full social for this one")
        c.c(V(say_groups([s[:3], s[3:5], s[5:]]), gs))
    c.a("thank you, the card ending %s was declined because the %d pound payment exceeded the limit." % (say_plain(last4), R.randrange(200, 900)))
    return c


# ---------------------------------------------------------------- negatives
def rand_digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def neg_cases():
    out = []

    def mk(note, *turns):
        c = Case("negative", note)
        for sp, txt in turns:
            c.t(sp, txt)
        out.append(c)

    for _ in range(14):
        num, sizes = gen_card()  # Luhn-valid but labelled as something else
        lab = ch(["order number", "tracking number", "serial number", "policy number", "reference", "claim reference", "ticket number", "invoice number"])
        if R.random() < 0.5:
            mk("Luhn-valid %s spoken like a card" % lab,
               ("agent", "can i take the %s please" % lab),
               ("customer", "yeah the %s is %s" % (lab, say_groups(split_groups(num, sizes)))),
               ("agent", "thank you, so %s %s, that's showing as %s" % (lab, say_groups(split_groups(num, sizes), filler=0), ch(["dispatched", "in review", "closed", "active"]))))
        else:
            mk("Luhn-valid digits typed as %s" % lab,
               ("customer", "%s: %s - still not arrived!!" % (lab.title(), written_digits(split_groups(num, sizes)))),
               ("agent", "Thanks. %s %s was last scanned at the depot at 14:32 on the 3rd." % (lab.title(), num)))
    for _ in range(12):
        a, p = R.randrange(2, 9999), R.randrange(100)
        mk("amounts and balances",
           ("agent", ch(["your balance is", "the outstanding amount is", "you owe", "the refund will be"]) + " %s pounds %s" % (say_hund(str(R.randrange(101, 999))) if R.random() < 0.5 else str(a), say_pair("%02d" % p) if p >= 10 else "")),
           ("customer", ch(["so that's %s thousand %s hundred all in?" % (U[R.randrange(1, 10)], U[R.randrange(1, 10)]),
                            "and the minimum payment is $%d.%02d right?" % (R.randrange(25, 300), R.randrange(100)),
                            "it said €%d,%03d.%02d on the letter" % (R.randrange(1, 40), R.randrange(1000), R.randrange(100))])))
    for _ in range(10):
        mk("meter readings and serials",
           ("agent", "can you read me the meter"),
           ("customer", "it's %s and the serial on it is %s" % (say_groups(split_groups(rand_digits(5), [5])), say_groups(split_groups(rand_digits(10), [2, 4, 4])))),
           ("agent", "lovely, reading %s logged against meter serial %s%s" % (rand_digits(5), ch(["E", "G", "K"]), rand_digits(9))))
    for _ in range(10):
        ln = ch([6, 8, 9, 11, 16])
        mk("reference numbers with labels",
           ("customer", ch(["My ticket # is %s", "Ref: %s", "claim no %s", "Policy number %s", "case ID %s", "booking ref %s"]) % (ch(["", "CLM-", "HX", "TKT"]) + rand_digits(ln))),
           ("agent", ch(["Thanks, I've found case %s opened on %s.", "That reference %s is linked to the renewal due %s."]) % (rand_digits(ln), ch(["12/03/2024", "the 4th of May", "Monday"]))))
    for _ in range(10):
        mk("card last four only",
           ("customer", "can you check the payment on my card ending in %s please" % ch([say_plain(rand_digits(4)), rand_digits(4)])),
           ("agent", "i can see %s payments on the card ending %s, the last one for %d pounds on the %s" % (U[R.randrange(2, 6)], say_plain(rand_digits(4)), R.randrange(5, 300), ORD[R.randrange(1, 29)])),
           ("customer", "yeah the one ending %s, that's not mine" % rand_digits(4)))
    for _ in range(10):
        mk("times, durations, opening hours",
           ("agent", "we're open %s to %s monday to friday and the wait is about %s minutes" % (ch(["eight", "8am", "nine"]), ch(["eight pm", "17:30", "six"]), ch(["forty five", "twenty", "15"]))),
           ("customer", "ok i've been on hold for %s minutes already, it's %s now" % (ch(["fifty five", "thirty", "twenty two"]), ch(["quarter past four", "16:45", "ten to nine"]))))
    for _ in range(8):
        mk("flights, seats, gates, rooms",
           ("customer", "i'm on flight %s%s, seat %d%s, gate %s" % (ch(["EI", "BA", "UA", "FR", "LH"]), rand_digits(ch([3, 4])), R.randrange(1, 40), ch("ABCDEF"), ch(["B42", "twenty two", "A7"]))),
           ("agent", "thanks, and you're in room %s at the %s hotel for %s nights" % (ch(["four hundred and twelve", "1207", "two oh six"]), ch(["Harbour", "Central", "Airport"]), ch(["three", "7", "two"]))))
    for _ in range(8):
        mk("ages, counts, percentages, temperatures, years",
           ("customer", "my mum's %s and she's had the boiler since %s, it's only getting to %s degrees" % (ch(["eighty four", "91", "seventy six"]), ch(["nineteen ninety eight", "2011", "two thousand and six"]), ch(["fourteen", "16", "twelve"]))),
           ("agent", "ok, there's a %s percent discount for over %s and %s engineers in your area" % (ch(["fifteen", "20", "ten"]), ch(["sixty fives", "75s"]), ch(["three", "12"]))))
    for _ in range(8):
        mk("appointment, payment and contract dates",
           ("agent", "your next payment is due on the %s of %s %s and the contract ends %s" % (ORD[R.randrange(1, 29)], ch(MONTHS), ch(["twenty twenty five", "2026"]), ch(["31/08/2027", "march twenty eight", "next june"]))),
           ("customer", "and the appointment is %s at %s?" % (ch(["the 14th", "tuesday the third", "12/11"]), ch(["ten thirty", "2pm", "half nine"]))))
    for _ in range(6):
        mk("road names and numbers without house address",
           ("customer", "the outage is along the %s near the junction with %s, by junction %s" % (ch(["A4058", "M62", "N7", "Route 66", "I-95"]), ch(["the B1234", "Main Street", "the high street"]), ch(["nine", "14", "twenty six"]))),
           ("agent", "thanks, we've had %s reports on that stretch since %s" % (ch(["forty", "12", "three hundred"]), ch(["6am", "midnight", "yesterday"]))))
    for _ in range(6):
        lab = ch(["order", "invoice", "tracking", "model"])
        num = rand_digits(16)
        parts = split_groups(num, [4, 4, 4, 4])
        mk("%s number split over turns like a card reading" % lab,
           ("agent", "what's the %s number" % lab),
           ("customer", "it's %s" % say_groups(parts[:2])),
           ("agent", ch(["mhm", "go on"])),
           ("customer", "%s" % say_groups(parts[2:])),
           ("agent", "thanks that %s is showing as %s" % (lab, ch(["delivered", "paid", "out of stock"]))))
    for _ in range(4):
        mk("agent asks for card but caller declines",
           ("agent", "can i take the long card number"),
           ("customer", "no i'd rather pay online, is the amount still %s pounds %s?" % (say_hund(ch(["412", "275", "109"])), say_pair("%02d" % R.randrange(10, 99)))),
           ("agent", "yes, and you can pay at any branch with reference %s" % rand_digits(12)))
    for _ in range(4):
        mk("IBAN-like reference that fails the checksum shape",
           ("customer", "Payment reference %s%s%s" % (ch(["INV", "PO", "REF"]), rand_digits(2), rand_digits(14))),
           ("agent", "Thanks, transfer %s of €%d.%02d has been received." % ("TRX" + rand_digits(10), R.randrange(20, 2000), R.randrange(100))))
    return out


# ---------------------------------------------------------------- build
def build():
    R.seed(SEED)
    pos = []
    plan = ([sc_card_chat] * 22 + [sc_card_call] * 22 + [sc_card_split] * 18 + [sc_card_restart] * 10 +
            [sc_card_email] * 6 + [sc_ssn] * 32 + [sc_ni] * 32 + [sc_bank] * 13 + [sc_us_bank] * 4 +
            [sc_iban] * 13 + [sc_phone] * 14 + [sc_email] * 14 + [sc_dob] * 13 + [sc_address] * 16 +
            [sc_combo] * 8)
    R.shuffle(plan)
    for f in plan:
        pos.append(f())
    neg = neg_cases()
    R.shuffle(neg)
    recs = []
    for i, c in enumerate(pos, 1):
        c.id = "h360-pos-%03d" % i
    for i, c in enumerate(neg, 1):
        c.id = "h360-neg-%03d" % i
    for c in pos + neg:
        recs.append(c)
    return recs


def dump(recs):
    lines = []
    for c in recs:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check(recs, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [c.id for c in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = Counter()
    for c in recs:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c.id)
        byturn = {}
        for s in c.spans:
            counts[s["type"]] += 1
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % c.id)
            txt = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % c.id); continue
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c.id, txt[a:b]))
            if not (txt[a].isalnum() or txt[a] in "+(") or not (txt[b - 1].isalnum() or txt[b - 1] == ")"):
                errs.append("%s: span has stray edge chars %r" % (c.id, txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        for gi, gr in enumerate(c.groups):
            typ, canon = gr["type"], gr["canon"]
            texts = [(c.turns[c.spans[si]["turn"]]["text"][c.spans[si]["start"]:c.spans[si]["end"]], role) for si, role in gr["members"]]
            try:
                if canon is not None:
                    cv = canon.lower() if typ == "EMAIL" else canon.upper()
                    if not value_ok(typ, cv):
                        errs.append("%s: canonical %s invalid: %s" % (c.id, typ, canon))
                    frags = "".join(norm(typ, t) for t, r in texts if r == "frag")
                    if any(r == "frag" for t, r in texts) and frags != cv:
                        errs.append("%s: %s fragments %r != %r" % (c.id, typ, frags, cv))
                    for t, r in texts:
                        n = norm(typ, t)
                        if r == "full" and n != cv:
                            errs.append("%s: %s full reading %r -> %r != %r" % (c.id, typ, t, n, cv))
                        elif r == "sub" and n not in cv:
                            errs.append("%s: %s partial %r -> %r not in %r" % (c.id, typ, t, n, cv))
                        elif r == "wrong" and (n == cv or (len(n) != len(cv) and len(n) != 1)):
                            errs.append("%s: %s wrong read-back %r -> %r" % (c.id, typ, t, n))
                else:
                    for t, r in texts:
                        if r != "full":
                            continue
                        if typ == "DOB" and not date_ok(t):
                            errs.append("%s: bad DOB %r" % (c.id, t))
                        if typ == "EXPIRY" and not date_ok(t, True):
                            errs.append("%s: bad EXPIRY %r" % (c.id, t))
                        if typ == "ADDRESS" and not address_ok(t):
                            errs.append("%s: bad ADDRESS %r" % (c.id, t))
            except ValueError as e:
                errs.append("%s: %s" % (c.id, e))
    npos = sum(c.kind == "positive" for c in recs)
    nneg = sum(c.kind == "negative" for c in recs)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d < %d" % (t, counts[t], n))
    return errs, counts, npos, nneg


def main():
    recs = build()
    text = dump(recs)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(recs, text)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d spans=%s" % (npos, nneg, dict(sorted(counts.items()))))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(recs), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

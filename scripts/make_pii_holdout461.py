#!/usr/bin/env python3
"""Generate the pii_holdout461 held-out PII redaction evaluation set.

Written by an AI helper acting as an independent test author that did not see
the redaction engine.  Standard library only, one seeded RNG.

    python3 scripts/make_pii_holdout461.py          # write cases.jsonl + README.md
    python3 scripts/make_pii_holdout461.py --check  # regenerate and validate
"""
import json
import os
import random
import re
import sys

SEED = 461241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout461")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINIMUMS = {t: 10 for t in TYPES}
MINIMUMS.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})

# --------------------------------------------------------------------------
# spoken-form vocabulary and normaliser
# --------------------------------------------------------------------------
UNIT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
UNITS = {w: str(i) for i, w in enumerate(UNIT_WORDS)}
UNITS.update({"oh": "0", "o": "0", "nought": "0"})
TEEN_WORDS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
              "seventeen", "eighteen", "nineteen"]
TEENS = {w: str(10 + i) for i, w in enumerate(TEEN_WORDS)}
TENS_WORDS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
              8: "eighty", 9: "ninety"}
TENS = {w: str(k) for k, w in TENS_WORDS.items()}
NATO = {"alpha": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E", "foxtrot": "F",
        "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "kilo": "K", "lima": "L",
        "mike": "M", "november": "N", "papa": "P", "quebec": "Q", "romeo": "R",
        "sierra": "S", "tango": "T", "uniform": "U", "victor": "V", "whiskey": "W",
        "yankee": "Y", "zulu": "Z"}
NATO_BY_LETTER = {v: k for k, v in NATO.items()}
US_SPELL = {"A": "apple", "B": "boy", "C": "cat", "D": "david", "E": "edward", "G": "george",
            "H": "henry", "J": "john", "K": "king", "L": "larry", "M": "mary", "N": "nancy",
            "P": "peter", "R": "robert", "S": "sam", "T": "tom", "W": "william", "Y": "yellow",
            "Z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "ah", "uhm", "mm"}
SKIP = {"and", "dash", "hyphen", "plus", "space", "slash"}


def norm_alnum(text):
    """Normalise a typed or spoken value to its canonical upper-case alnum string."""
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        if t.isdigit():
            out.append(t)
        elif t in FILLERS or t in SKIP:
            pass
        elif t in ("double", "triple"):
            if nxt is None:
                raise ValueError("dangling %s in %r" % (t, text))
            d = UNITS.get(nxt, nxt if (nxt.isdigit() and len(nxt) == 1) else None)
            if d is None:
                raise ValueError("bad %s target in %r" % (t, text))
            out.append(d * (2 if t == "double" else 3))
            i += 1
        elif t in UNITS and nxt == "hundred":
            d = UNITS[t]
            i += 2
            if i < n and toks[i] == "and":
                i += 1
            c = toks[i] if i < n else None
            c2 = toks[i + 1] if i + 1 < n else None
            if c in TENS:
                if c2 in UNITS and UNITS[c2] != "0" and c2 not in ("oh", "o", "nought", "zero"):
                    out.append(d + TENS[c] + UNITS[c2])
                    i += 1
                else:
                    out.append(d + TENS[c] + "0")
            elif c in TEENS:
                out.append(d + TEENS[c])
            elif c in UNITS and c not in ("oh", "o", "nought", "zero"):
                out.append(d + "0" + UNITS[c])
            else:
                out.append(d + "00")
                i -= 1
        elif t in UNITS:
            out.append(UNITS[t])
        elif t in TEENS:
            out.append(TEENS[t])
        elif t in TENS:
            if nxt in UNITS and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TENS[t] + UNITS[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
        elif t == "for" or (t == "as" and nxt == "in"):
            # "j for juliet", "b as in boy": the example word repeats the letter
            i += 2 if t == "as" else 1
        elif t in NATO:
            out.append(NATO[t])
        elif len(t) <= 4:
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


EMAIL_MAP = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "period": "."}
NUMBERISH = set(UNITS) | set(TEENS) | set(TENS) | {"double", "triple", "hundred"}


def norm_email(text):
    if "@" in text:
        return text.lower()
    out = []
    buf = []
    for tok in text.lower().replace(",", " ").split():
        if tok in NUMBERISH and tok != "o":
            buf.append(tok)
            continue
        if buf:
            out.append(norm_alnum(" ".join(buf)))
            buf = []
        if tok in FILLERS:
            continue
        out.append(EMAIL_MAP.get(tok, tok))
    if buf:
        out.append(norm_alnum(" ".join(buf)))
    return "".join(out)


# --------------------------------------------------------------------------
# value generators and validators
# --------------------------------------------------------------------------
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def make_iban(country, bban):
    r = bban + country + "00"
    m = int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (country, 98 - m, bban)


def aba_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(d, w)) % 10 == 0


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
STREET_WORDS = r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|crescent|" \
               r"terrace|place|pl|boulevard|blvd|grove|gardens|park|row|square|hill|walk|mews|" \
               r"parkway|pkwy|circle|cir|green|rise|view)"


def ssn_ok(d):
    return (re.fullmatch(r"\d{9}", d) is not None and d[:3] not in ("000", "666")
            and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000")


def validate_value(typ, canon, kind):
    if typ == "CARD_NUMBER":
        return re.fullmatch(r"\d{13,19}", canon) is not None and luhn_ok(canon)
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", canon) is not None
    if typ == "SSN":
        return ssn_ok(canon)
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(canon) is not None and canon[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "BANK_ACCOUNT":
        if kind == "routing":
            return aba_ok(canon)
        return re.fullmatch(r"\d{6,17}", canon) is not None
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", canon) is not None
    if typ == "IBAN":
        return iban_ok(canon)
    if typ == "PHONE":
        return re.fullmatch(r"\d{9,15}", canon) is not None
    if typ == "EMAIL":
        return re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", canon) is not None
    if typ == "POSTCODE":
        return UK_PC_RE.fullmatch(canon) is not None or re.fullmatch(r"\d{5}(\d{4})?", canon) is not None
    raise AssertionError(typ)


def validate_text_only(typ, text):
    t = text.lower()
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in t for m in MONTHS) or any(m[:3] in t for m in MONTHS)
        digits = re.findall(r"\d", t)
        spoken = any(w in t.split() for w in list(UNITS) + list(TEENS) + list(TENS))
        ok = has_month or len(digits) >= 3 or spoken
        if typ == "EXPIRY" and not has_month:
            ok = ok and (len(norm_alnum(t)) in (3, 4, 5, 6))
        return ok
    if typ == "ADDRESS":
        first = t.split()[0]
        return bool(re.search(r"\b" + STREET_WORDS + r"\b", t)) and (
            first[0].isdigit() or first in ("flat", "apt", "apartment", "unit", "suite", "number", "double", "triple")
            or first in UNITS or first in TEENS or first in TENS)
    raise AssertionError(typ)


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class V(object):
    def __init__(self, text, typ, gid, role="part"):
        self.text, self.typ, self.gid, self.role = text, typ, gid, role


class Case(object):
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = []

    def group(self, typ, canon=None, kind=None):
        self.groups.append((typ, canon, kind))
        return len(self.groups) - 1

    def say(self, speaker, *segs):
        assert speaker in ("customer", "agent")
        text = ""
        spans = []
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append((st, len(text), s))
            else:
                text += s
        self.turns.append((speaker, text.rstrip(), spans))

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)

    def record(self, cid):
        spans, meta = [], []
        for ti, (_, _, sp) in enumerate(self.turns):
            for st, en, v in sp:
                spans.append({"turn": ti, "start": st, "end": en, "type": v.typ})
                meta.append((v.gid, v.role))
        rec = {"id": cid, "kind": self.kind,
               "turns": [{"speaker": s, "text": t} for s, t, _ in self.turns],
               "spans": spans, "note": self.note}
        return rec, meta


# --------------------------------------------------------------------------
# rendering helpers
# --------------------------------------------------------------------------
def zero_word(rng, uk):
    return rng.choice(["oh", "oh", "nought", "zero"] if uk else ["oh", "oh", "zero", "o"])


def unit_word(c, rng, uk):
    return zero_word(rng, uk) if c == "0" else UNIT_WORDS[int(c)]


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 1:
        return TEEN_WORDS[b]
    return TENS_WORDS[a] + ("" if b == 0 else " " + UNIT_WORDS[b])


def hundred_words(t, rng):
    s = UNIT_WORDS[int(t[0])] + " hundred"
    rest = t[1:]
    if rest == "00":
        return s
    tail = UNIT_WORDS[int(rest[1])] if rest[0] == "0" else pair_words(rest)
    return s + (" and " if rng.random() < 0.7 else " ") + tail


def speak_digits(d, rng, uk=False, pairs=0.25, dbl=0.6, hund=0.08):
    for _ in range(25):
        out = []
        i = 0
        while i < len(d):
            c = d[i]
            if i + 2 < len(d) and d[i] == d[i + 1] == d[i + 2] and rng.random() < dbl:
                out.append("triple " + unit_word(c, rng, uk))
                i += 3
            elif i + 1 < len(d) and d[i] == d[i + 1] and rng.random() < dbl:
                out.append("double " + unit_word(c, rng, uk))
                i += 2
            elif i + 2 < len(d) and c != "0" and rng.random() < hund:
                out.append(hundred_words(d[i:i + 3], rng))
                i += 3
            elif i + 1 < len(d) and c != "0" and rng.random() < pairs:
                out.append(pair_words(d[i:i + 2]))
                i += 2
            else:
                out.append(unit_word(c, rng, uk))
                i += 1
        s = " ".join(out)
        if norm_alnum(s) == d:
            return s
    return " ".join(UNIT_WORDS[int(c)] for c in d)


def split_sizes(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    assert i == len(d), (d, sizes)
    return out


def speak_groups(d, sizes, rng, uk=False, filler=0.25, pairs=0.25, seps=(" ", ", ", " ")):
    # the whole reading must normalise back to d: a group ending in "twenty"
    # followed by one starting "five" would otherwise read as 25
    for attempt in range(30):
        pr = pairs if attempt < 20 else 0.0
        parts = [speak_digits(g, rng, uk, pairs=pr) for g in split_sizes(d, sizes)]
        s = parts[0]
        for p in parts[1:]:
            if rng.random() < filler:
                s += rng.choice([" um ", " uh ", ", er, ", " erm ", " uh "]) + p
            else:
                s += rng.choice(seps) + p
        if norm_alnum(s) == d:
            return s
    raise AssertionError(d)


def type_groups(d, sizes, sep):
    return sep.join(split_sizes(d, sizes))


def speak_letter(ch, rng, style):
    if style == "nato" and ch in NATO_BY_LETTER:
        return "%s for %s" % (ch.lower(), NATO_BY_LETTER[ch])
    if style == "us" and ch in US_SPELL:
        return "%s as in %s" % (ch.lower(), US_SPELL[ch])
    if style == "bare_nato" and ch in NATO_BY_LETTER:
        return NATO_BY_LETTER[ch]
    return ch.lower()


def card_sizes(n, rng):
    if n == 15:
        return rng.choice([[4, 6, 5], [4, 4, 4, 3], [5, 5, 5]])
    if n == 16:
        return rng.choice([[4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [4, 4, 2, 2, 2, 2], [3, 3, 3, 3, 4]])
    if n == 13:
        return rng.choice([[4, 3, 3, 3], [4, 4, 5]])
    if n == 19:
        return rng.choice([[4, 4, 4, 4, 3], [6, 13 - 6, 6]])
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def new_card(rng):
    r = rng.random()
    if r < 0.45:
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 16
    elif r < 0.72:
        pre, n = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(4)), 16
    elif r < 0.84:
        pre, n = "3" + rng.choice("47") + "".join(rng.choice("0123456789") for _ in range(4)), 15
    elif r < 0.92:
        pre, n = "6011" + "".join(rng.choice("0123456789") for _ in range(2)), 16
    elif r < 0.96:
        pre, n = "4" + "".join(rng.choice("0123456789") for _ in range(5)), 13
    else:
        pre, n = "6759" + "".join(rng.choice("0123456789") for _ in range(2)), 19
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - 1 - len(pre)))
    return luhn_complete(body)


def rdig(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def new_ssn(rng):
    while True:
        s = rng.choice("12345678") + rdig(rng, 8)
        if ssn_ok(s):
            return s


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def new_ni(rng, spoken=False):
    while True:
        a = rng.choice(NI_FIRST.replace("X", "") if spoken else NI_FIRST)
        b = rng.choice(NI_SECOND.replace("X", "") if spoken else NI_SECOND)
        p = a + b
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            return p + rdig(rng, 6) + rng.choice("ABCD")


def new_routing(rng):
    while True:
        pre = rng.choice(["01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                          "21", "22", "26", "31"]) + rdig(rng, 6)
        for c in "0123456789":
            if aba_ok(pre + c):
                return pre + c


PC_AREAS = ["LS", "M", "B", "EH", "G", "SW", "N", "E", "CF", "BS", "NE", "L", "S", "CB", "BT", "RG",
            "SE", "NW", "W", "LE", "NG", "DE", "TS", "HU", "CH", "SK", "WA", "BN"]
PC_UNIT = "ABDEFGHJLNPQRSTUWXYZ"


def new_postcode(rng):
    area = rng.choice(PC_AREAS)
    dist = str(rng.randint(1, 29))
    if len(area) == 2 and len(dist) == 2 and rng.random() < 0.5:
        dist = dist[0]
    return area + dist, str(rng.randint(0, 9)) + rng.choice(PC_UNIT) + rng.choice(PC_UNIT)


def speak_postcode(out_, in_, rng):
    def sp(part):
        toks = []
        for ch in part:
            if ch.isdigit():
                toks.append(UNIT_WORDS[int(ch)])
            else:
                toks.append(speak_letter(ch, rng, rng.choice(["plain", "plain", "nato"])))
        return " ".join(toks)
    if len(out_) >= 3 and out_[-2:].isdigit() and rng.random() < 0.5:
        # "ls twelve"
        letters = out_[:-2]
        first = " ".join(ch.lower() for ch in letters) + " " + pair_words(out_[-2:])
    else:
        first = sp(out_)
    return first + rng.choice([" ", ", ", " um "]) + sp(in_)


UK_STREETS = ["Acacia Avenue", "Mill Lane", "Church Road", "High Street", "Station Road",
              "Victoria Terrace", "Orchard Close", "Kings Drive", "Beech Grove", "Albert Street",
              "Meadow Way", "Park Crescent", "Queens Gardens", "Hawthorn Rise", "Castle View"]
US_STREETS = ["Maple Street", "Elm Avenue", "Oak Drive", "Sunset Boulevard", "Pine Court",
              "Lakeview Parkway", "Cedar Lane", "Washington Ave", "W 43rd St", "Magnolia Circle",
              "Willow Way", "N Main St"]
UK_TOWNS = ["Leeds", "Manchester", "Birmingham", "Edinburgh", "Glasgow", "Cardiff", "Bristol",
            "Newcastle", "Liverpool", "Sheffield", "Belfast", "Reading", "Leicester", "Nottingham"]
US_PLACES = [("Springfield", "IL"), ("Austin", "TX"), ("Columbus", "OH"), ("Tampa", "FL"),
             ("Denver", "CO"), ("Portland", "OR"), ("Raleigh", "NC"), ("Phoenix", "AZ"),
             ("Madison", "WI"), ("Albany", "NY")]
FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "maria", "david", "chen", "fatima",
         "gareth", "megan", "carlos", "nina", "kevin", "rachel", "dwayne", "siobhan", "marek", "grace"]
LAST = ["doe", "patel", "murphy", "okafor", "smith", "nguyen", "kowalski", "byrne", "garcia",
        "evans", "hughes", "rossi", "jones", "walsh", "reyes", "campbell", "schmidt", "khan"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.co.uk", "icloud.com",
           "btinternet.com", "eircom.net", "comcast.net", "aol.com", "web.de", "proton.me",
           "yahoo.com", "verizon.net", "live.ie"]

INDUSTRIES = [
    ("banking", "Harbour Bank", True), ("telecom", "Skyline Mobile", True),
    ("utilities", "Northwind Energy", True), ("retail", "Brightcart", True),
    ("insurance", "Keystone Mutual", False), ("travel", "Atlas Air Holidays", True),
    ("healthcare billing", "Riverside Medical Billing", False),
    ("government services", "the benefits helpline", True),
    ("banking", "First Prairie Credit Union", False), ("telecom", "Verity Wireless", False),
    ("utilities", "Evergreen Water", False), ("insurance", "Shamrock Assurance", True),
]


def opener(rng, asr, company):
    if asr:
        return rng.choice([
            "thank you for calling %s my name's %s how can i help" % (company.lower(), rng.choice(FIRST)),
            "you're through to %s this call may be recorded how can i help today" % company.lower(),
            "hi there you've reached %s um what can i do for you" % company.lower(),
            "good afternoon %s speaking with %s" % (company.lower(), rng.choice(FIRST))])
    return rng.choice([
        "Hi, welcome to %s chat. How can I help?" % company,
        "Hello! You're chatting with %s from %s support." % (rng.choice(FIRST).title(), company),
        "Thanks for contacting %s. What can I help you with today?" % company])


def pick_ctx(rng, prefer_us=None):
    choices = INDUSTRIES
    if prefer_us is not None:
        choices = [x for x in INDUSTRIES if x[2] != prefer_us] or INDUSTRIES
    ind, comp, _ = rng.choice(choices)
    return ind, comp


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def t_card_typed(rng):
    ind, comp = pick_ctx(rng)
    card = new_card(rng)
    c = Case("positive", "")
    g = c.group("CARD_NUMBER", card)
    sizes = card_sizes(len(card), rng)
    style = rng.choice(["space", "dash", "none", "odd", "dot"])
    if style == "space":
        txt = type_groups(card, sizes, " ")
    elif style == "dash":
        txt = type_groups(card, sizes, "-")
    elif style == "dot":
        txt = type_groups(card, sizes, ".")
    elif style == "none":
        txt = card
    else:
        txt = type_groups(card, rng.choice([[5, 5, len(card) - 10], [3, 5, len(card) - 8],
                                            [6, len(card) - 6]]), " ")
    c.a(opener(rng, False, comp))
    lead = rng.choice(["card no: ", "Card number is ", "its ", "CC#", "my card: ", "pls charge ",
                       "Card - ", "number on the front is "])
    if lead == "CC#":
        lead = "CC# "
    c.c(rng.choice(["I want to pay my bill. ", "Need to update payment details. ", "", "hi "]),
        lead, V(txt, "CARD_NUMBER", g), rng.choice(["", " thanks", ".", " (visa)", " - debit card"]))
    extra = rng.random()
    note = "typed card number (%s, %s)" % (style, ind)
    if extra < 0.55:
        exp_m = rng.randint(1, 12)
        exp_y = rng.randint(25, 31)
        exp = rng.choice(["%02d/%02d" % (exp_m, exp_y), "%d/20%02d" % (exp_m, exp_y),
                          "%02d-%02d" % (exp_m, exp_y), "%02d/%d" % (exp_m, 2000 + exp_y)])
        cvv = rdig(rng, 4 if len(card) == 15 else 3)
        ge = c.group("EXPIRY")
        gc = c.group("CVV", cvv)
        c.a("Thanks. Could I have the expiry date and the security code on the back?")
        c.c(rng.choice(["exp ", "expires ", "Expiry: "]), V(exp, "EXPIRY", ge),
            rng.choice([" cvv ", ", code ", " and ", " / sec code: "]), V(cvv, "CVV", gc))
        note += " + expiry + cvv"
    if rng.random() < 0.35:
        c.a("Perfect, that's the card ending %s saved." % card[-4:])
        # full card typed in the same case, so the last-four read-back is labelled
        turn = c.turns[-1]
        text = turn[1]
        st = text.index(card[-4:])
        c.turns[-1] = (turn[0], text, [(st, st + 4, V(card[-4:], "CARD_NUMBER", g, "fragment"))])
        note += "; agent last-four echo labelled (full card in same case)"
    else:
        c.a(rng.choice(["Got it, one moment while I process that.", "Thank you, processing now."]))
    c.note = note
    return c


def t_card_spoken(rng):
    ind, comp = pick_ctx(rng)
    uk = rng.random() < 0.5
    card = new_card(rng)
    c = Case("positive", "asr card number read in one turn (%s)" % ind)
    g = c.group("CARD_NUMBER", card)
    c.a(opener(rng, True, comp))
    c.c(rng.choice(["yeah i'd like to make a payment please", "hiya i need to pay for my order",
                    "i'm ringing to pay the outstanding bill"]))
    c.a(rng.choice(["no problem can i take the long number on the card", "sure go ahead with the card number when you're ready",
                    "okay what's the sixteen digit number across the front"]))
    txt = speak_groups(card, card_sizes(len(card), rng), rng, uk, filler=0.35, pairs=0.3)
    c.c(rng.choice(["yeah it's ", "okay so it's ", "right um ", "it is ", ""]), V(txt, "CARD_NUMBER", g),
        rng.choice(["", " that's it", " did you get that"]))
    if rng.random() < 0.6:
        rb = speak_groups(card, card_sizes(len(card), rng), rng, uk, filler=0.0, pairs=0.1)
        g2 = c.group("CARD_NUMBER", card)
        c.a(rng.choice(["so that's ", "let me read that back ", "just to confirm "]), V(rb, "CARD_NUMBER", g2),
            rng.choice([" yeah", " is that right", ""]))
        c.c(rng.choice(["yep", "that's right", "yes"]))
        c.note += "; agent full read-back"
    return c


def t_card_split(rng):
    ind, comp = pick_ctx(rng)
    uk = rng.random() < 0.5
    card = new_card(rng)
    while len(card) not in (15, 16):
        card = new_card(rng)
    sizes = card_sizes(len(card), rng)
    while len(sizes) < 3:
        sizes = card_sizes(len(card), rng)
    c = Case("positive", "asr card split across customer turns with back-channels, last-four echo (%s)" % ind)
    g = c.group("CARD_NUMBER", card)
    c.a(opener(rng, True, comp))
    c.c("i want to pay off my balance")
    c.a("okay can i take the card number please")
    parts = split_sizes(card, sizes)
    for k, p in enumerate(parts):
        pre = rng.choice(["", "", "um ", "right ", "then "]) if k else rng.choice(["okay it's ", "so ", "first bit "])
        c.c(pre, V(speak_digits(p, rng, uk, pairs=0.3), "CARD_NUMBER", g),
            rng.choice(["", "", " yeah"]))
        if k < len(parts) - 1:
            c.a(rng.choice(["mhm", "go on", "yep", "okay", "uh huh", "got that", "mm hmm"]))
    c.a(rng.choice(["lovely so that's the card ending ", "and that's the one ending in ",
                    "thanks the card ending "]),
        V(speak_digits(card[-4:], rng, uk, pairs=0.4), "CARD_NUMBER", g, "fragment"),
        rng.choice([" yeah", " correct", ""]))
    c.c("yeah that's the one")
    return c


def t_card_correction(rng):
    ind, comp = pick_ctx(rng)
    uk = rng.random() < 0.5
    card = new_card(rng)
    sizes = card_sizes(len(card), rng)
    c = Case("positive", "asr card reading with false start and restart; false start labelled as fragment (%s)" % ind)
    g = c.group("CARD_NUMBER", card)
    c.a(opener(rng, True, comp))
    c.a("what's the long card number")
    cut = rng.choice([4, 6, 8])
    fs = speak_digits(card[:cut], rng, uk)
    c.c("it's ", V(fs, "CARD_NUMBER", g, "fragment"),
        rng.choice([" no wait sorry i'll start again ", " hang on i've lost my place um let me go again ",
                    " oh sorry that's wrong from the top "]),
        V(speak_groups(card, sizes, rng, uk, filler=0.3), "CARD_NUMBER", g))
    c.a("okay thank you")
    return c


def t_card_aside(rng):
    ind, comp = pick_ctx(rng)
    uk = rng.random() < 0.5
    card = new_card(rng)
    while len(card) != 16:
        card = new_card(rng)
    cut = rng.choice([4, 8, 12])
    c = Case("positive", "asr card reading interrupted by an aside; one span either side (%s)" % ind)
    g = c.group("CARD_NUMBER", card)
    c.a(opener(rng, True, comp))
    c.c("yeah i can pay now")
    c.a("great whenever you're ready with the card number")
    a1 = speak_groups(card[:cut], [4] * (cut // 4), rng, uk)
    a2 = speak_groups(card[cut:], [4] * ((16 - cut) // 4), rng, uk)
    c.c(V(a1, "CARD_NUMBER", g),
        rng.choice([" sorry the dog's going mad hang on ", " oh hold on kids are shouting ",
                    " just a sec i need my glasses right ", " sorry bus is going past "]),
        V(a2, "CARD_NUMBER", g))
    c.a("no worries got all of that")
    return c


def t_expiry_cvv(rng):
    ind, comp = pick_ctx(rng)
    uk = rng.random() < 0.5
    card = new_card(rng)
    c = Case("positive", "asr card, expiry and security code (%s)" % ind)
    g = c.group("CARD_NUMBER", card)
    c.a(opener(rng, True, comp))
    c.c("i'd like to pay with my card it's ", V(speak_groups(card, card_sizes(len(card), rng), rng, uk), "CARD_NUMBER", g))
    m = rng.randint(1, 12)
    y = rng.randint(25, 31)
    style = rng.choice(["mm_yy", "month_yy", "mm_slash", "month_year"])
    if style == "mm_yy":
        ex = speak_digits("%02d" % m, rng, uk, pairs=0.5) + " " + pair_words("%02d" % y)
    elif style == "month_yy":
        ex = MONTHS[m - 1] + " " + pair_words("%02d" % y)
    elif style == "mm_slash":
        ex = speak_digits("%02d" % m, rng, uk) + " slash " + speak_digits("%02d" % y, rng, uk)
    else:
        ex = MONTHS[m - 1] + " twenty " + pair_words("%02d" % y)
    ge = c.group("EXPIRY")
    c.a("and the expiry")
    c.c(rng.choice(["", "um ", "it runs out "]), V(ex, "EXPIRY", ge))
    cvv = rdig(rng, 4 if len(card) == 15 else 3)
    gc = c.group("CVV", cvv)
    c.a("and the last three digits on the signature strip" if len(cvv) == 3 else "and the four digit code on the front")
    c.c(rng.choice(["", "that's ", "uh "]), V(speak_digits(cvv, rng, uk, pairs=0.3), "CVV", gc))
    if rng.random() < 0.5:
        gc2 = c.group("CVV", cvv)
        c.a("that's ", V(speak_digits(cvv, rng, uk), "CVV", gc2), " thank you")
    return c


def t_ssn_typed(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    ssn = new_ssn(rng)
    c = Case("positive", "")
    g = c.group("SSN", ssn)
    fmt = rng.choice(["dash", "space", "none", "dot", "mixed"])
    txt = {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s",
           "mixed": "%s-%s %s"}[fmt] % (ssn[:3], ssn[3:5], ssn[5:])
    c.a(opener(rng, False, comp))
    c.c(rng.choice(["I need to verify my account", "trying to set up autopay", "claim status please"]))
    c.a("I can help. For verification, please provide your Social Security number.")
    c.c(rng.choice(["SSN: ", "ssn is ", "Social: ", "its ", "soc sec # ", "my social is "]), V(txt, "SSN", g),
        rng.choice(["", ".", " thx"]))
    c.a("Thank you, you're verified.")
    c.note = "typed US SSN (%s, %s)" % (fmt, ind)
    return c


def t_ssn_spoken(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    ssn = new_ssn(rng)
    c = Case("positive", "")
    g = c.group("SSN", ssn)
    grouping = rng.choice(["3-2-4", "digits", "3-3-3", "pairs", "hundreds"])
    if grouping == "3-2-4":
        txt = speak_groups(ssn, [3, 2, 4], rng, False, filler=0.3, pairs=0.35)
    elif grouping == "digits":
        txt = speak_groups(ssn, [9], rng, False, pairs=0.0)
    elif grouping == "3-3-3":
        txt = speak_groups(ssn, [3, 3, 3], rng, False, filler=0.3)
    elif grouping == "pairs":
        txt = speak_groups(ssn, [3, 2, 2, 2], rng, False, filler=0.2, pairs=0.9)
    else:
        if ssn[0] != "0":
            txt = hundred_words(ssn[:3], rng) + rng.choice([" ", ", "]) + speak_digits(ssn[3:5], rng, pairs=0.9) + \
                " " + speak_digits(ssn[5:], rng, pairs=0.7)
        else:
            txt = speak_groups(ssn, [3, 2, 4], rng)
    c.a(opener(rng, True, comp))
    c.c(rng.choice(["yeah i'm calling about my claim", "hi i got a letter about my benefits",
                    "i need to check on a bill"]))
    c.a(rng.choice(["okay can i get your social security number", "and what's your social",
                    "to verify can you give me your full ssn"]))
    c.c(rng.choice(["sure it's ", "yeah ", "uh ", "okay it's "]), V(txt, "SSN", g))
    if rng.random() < 0.5:
        g2 = c.group("SSN", ssn)
        c.a("i have ", V(speak_groups(ssn, [3, 2, 4], rng, False, filler=0.0), "SSN", g2), " is that correct")
        c.c("yes ma'am" if rng.random() < 0.5 else "yep")
        grouping += " + read-back"
    c.note = "asr US SSN spoken %s (%s)" % (grouping, ind)
    return c


def t_ssn_split(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    ssn = new_ssn(rng)
    c = Case("positive", "asr SSN given partly across turns (first three / middle two / last four), one span per turn (%s)" % ind)
    g = c.group("SSN", ssn)
    c.a(opener(rng, True, comp))
    c.a("i'll need your social security number")
    c.c("okay the first three are ", V(speak_digits(ssn[:3], rng, pairs=0.3), "SSN", g))
    c.a(rng.choice(["mhm", "okay", "go ahead"]))
    c.c(rng.choice(["then ", "um then ", ""]), V(speak_digits(ssn[3:5], rng, pairs=0.6), "SSN", g))
    c.a(rng.choice(["uh huh", "yep", "and the last four"]))
    if rng.random() < 0.4:
        wrong = speak_digits(ssn[5:7], rng)
        c.c(V(wrong, "SSN", g, "fragment"), " wait no sorry ", V(speak_digits(ssn[5:], rng, pairs=0.5), "SSN", g))
        c.note += "; restart inside last group"
    else:
        c.c(rng.choice(["and ", "last four ", ""]), V(speak_digits(ssn[5:], rng, pairs=0.5), "SSN", g))
    c.a("thank you")
    return c


def t_ni_typed(rng):
    ind, comp = pick_ctx(rng, prefer_us=False)
    ni = new_ni(rng)
    c = Case("positive", "")
    g = c.group("NI_NUMBER", ni)
    fmt = rng.choice(["plain", "spaced", "lower", "pairs", "mixed"])
    txt = {"plain": ni, "spaced": "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
           "lower": ni.lower(), "pairs": "%s %s %s" % (ni[:2], ni[2:8], ni[8]),
           "mixed": ni[:2].lower() + ni[2:] }[fmt]
    c.a(opener(rng, False, comp))
    c.c(rng.choice(["Hi, I'm applying for a refund", "Need to update my records",
                    "question about my tax code"]))
    c.a("Could you confirm your National Insurance number please?")
    c.c(rng.choice(["NI no: ", "NINO ", "its ", "NI number - ", "national insurance: "]), V(txt, "NI_NUMBER", g),
        rng.choice(["", ".", " cheers"]))
    c.note = "typed UK NI number (%s, %s)" % (fmt, ind)
    return c


def speak_ni(ni, rng):
    style = rng.choice(["plain", "nato", "bare_nato", "mix"])
    L = lambda ch: speak_letter(ch, rng, style if style != "mix" else rng.choice(["plain", "nato"]))
    digits = ni[2:8]
    dstyle = rng.choice(["digits", "pairs", "groups"])
    if dstyle == "digits":
        d = speak_digits(digits, rng, True, pairs=0.0)
    elif dstyle == "pairs":
        d = speak_groups(digits, [2, 2, 2], rng, True, pairs=0.95, filler=0.2)
    else:
        d = speak_groups(digits, [2, 2, 2], rng, True, pairs=0.2, filler=0.2)
    return L(ni[0]) + " " + L(ni[1]) + rng.choice([" ", ", ", " um "]) + d + rng.choice([" ", ", ", " and "]) + L(ni[8]), style + "/" + dstyle


def t_ni_spoken(rng):
    ind, comp = pick_ctx(rng, prefer_us=False)
    ni = new_ni(rng, spoken=True)
    c = Case("positive", "")
    g = c.group("NI_NUMBER", ni)
    txt, style = speak_ni(ni, rng)
    c.a(opener(rng, True, comp))
    c.c(rng.choice(["i'm ringing about my universal credit", "it's about my pension forecast",
                    "i need to update my address"]))
    c.a("can i take your national insurance number")
    c.c(rng.choice(["yeah it's ", "er ", "it's ", "right "]), V(txt, "NI_NUMBER", g))
    if rng.random() < 0.4:
        g2 = c.group("NI_NUMBER", ni)
        c.a("so that's ", V(" ".join(ch.lower() if ch.isalpha() else UNIT_WORDS[int(ch)] for ch in ni), "NI_NUMBER", g2))
        c.c("that's right")
        style += " + read-back"
    c.note = "asr NI number spoken (%s, %s)" % (style, ind)
    return c


def t_ni_split(rng):
    ind, comp = pick_ctx(rng, prefer_us=False)
    ni = new_ni(rng, spoken=True)
    c = Case("positive", "asr NI number split over three customer turns (%s)" % ind)
    g = c.group("NI_NUMBER", ni)
    c.a(opener(rng, True, comp))
    c.a("and your national insurance number please")
    c.c("hang on it's on my payslip er ", V(speak_letter(ni[0], rng, "nato") + " " + speak_letter(ni[1], rng, "nato"), "NI_NUMBER", g))
    c.a(rng.choice(["yep", "okay", "mhm"]))
    c.c(V(speak_groups(ni[2:8], [2, 2, 2], rng, True, pairs=0.5), "NI_NUMBER", g))
    c.a(rng.choice(["and the letter at the end", "go on", "and the last letter"]))
    c.c(V(speak_letter(ni[8], rng, rng.choice(["plain", "nato"])), "NI_NUMBER", g),
        rng.choice(["", " i think", " yeah"]))
    return c


def t_bank_uk(rng):
    ind, comp = pick_ctx(rng, prefer_us=False)
    sc = rdig(rng, 6)
    acct = rdig(rng, 8)
    asr = rng.random() < 0.55
    c = Case("positive", "UK sort code + account number (%s, %s)" % ("asr" if asr else "typed", ind))
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    c.a(opener(rng, asr, comp))
    if asr:
        c.a("to set up the direct debit i need the sort code and account number")
        c.c("sort code is ", V(speak_groups(sc, [2, 2, 2], rng, True, pairs=0.6, filler=0.2), "SORT_CODE", gs))
        c.a(rng.choice(["lovely", "okay", "mhm"]))
        c.c("and the account number ", V(speak_groups(acct, rng.choice([[4, 4], [8], [2, 3, 3]]), rng, True, filler=0.3), "BANK_ACCOUNT", ga))
    else:
        c.c("Please switch my direct debit to sort code ",
            V(rng.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE", gs),
            rng.choice([", acct no: ", " account ", " a/c "]),
            V(rng.choice([acct, acct[:4] + " " + acct[4:]]), "BANK_ACCOUNT", ga))
    return c


def t_bank_us(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    rt = new_routing(rng)
    acct = rdig(rng, rng.choice([8, 10, 12]), True)
    asr = rng.random() < 0.55
    c = Case("positive", "US routing + account number, both labelled BANK_ACCOUNT (%s, %s)" % ("asr" if asr else "typed", ind))
    gr = c.group("BANK_ACCOUNT", rt, "routing")
    ga = c.group("BANK_ACCOUNT", acct)
    c.a(opener(rng, asr, comp))
    if asr:
        c.a("for the e-check i'll need the routing number and then the checking account number")
        c.c(rng.choice(["okay routing is ", "the routing number's ", "routing "]),
            V(speak_groups(rt, [3, 3, 3], rng, False, filler=0.25, pairs=0.2), "BANK_ACCOUNT", gr))
        c.a(rng.choice(["okay", "got it", "mhm and the account"]))
        c.c(rng.choice(["account is ", "checking account ", "and then "]),
            V(speak_groups(acct, [len(acct) // 2, len(acct) - len(acct) // 2], rng, False, filler=0.3), "BANK_ACCOUNT", ga))
        if rng.random() < 0.5:
            g3 = c.group("BANK_ACCOUNT", acct)
            c.a("reading back the account ", V(speak_digits(acct, rng, False, pairs=0.0), "BANK_ACCOUNT", g3))
    else:
        c.c(rng.choice(["ABA/routing: ", "Routing # ", "RTN "]), V(rt, "BANK_ACCOUNT", gr),
            rng.choice(["  Acct #: ", ", checking acct ", " / account no. "]),
            V(rng.choice([acct, "-".join([acct[:4], acct[4:]])]), "BANK_ACCOUNT", ga))
    return c


IBAN_BANKS = ["WEST", "BARC", "NWBK", "HSBC", "AIBK", "MIDL", "ULSB", "IPBS", "ABNA", "INGB", "RABA"]


def new_iban(rng):
    cc = rng.choice(["GB", "IE", "DE", "FR", "ES", "NL", "IE", "GB"])
    if cc in ("GB", "IE"):
        bban = rng.choice(IBAN_BANKS[:8]) + rdig(rng, 14)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "FR":
        bban = rdig(rng, 23)
    elif cc == "ES":
        bban = rdig(rng, 20)
    else:
        bban = rng.choice(["ABNA", "INGB", "RABA"]) + rdig(rng, 10)
    return make_iban(cc, bban)


def t_iban(rng):
    ind, comp = pick_ctx(rng, prefer_us=False)
    iban = new_iban(rng)
    asr = rng.random() < 0.5
    c = Case("positive", "IBAN %s (%s, %s)" % (iban[:2], "asr" if asr else "typed", ind))
    g = c.group("IBAN", iban)
    c.a(opener(rng, asr, comp))
    if asr:
        c.a("for the refund to your european account i need the iban")
        letters = " ".join(speak_letter(ch, rng, rng.choice(["plain", "plain", "nato"])) for ch in iban[:2])
        chk = pair_words(iban[2:4]) if iban[2] != "0" else speak_digits(iban[2:4], rng, True)
        rest = iban[4:]
        for attempt in range(30):
            body = speak_iban_body(rest, rng, 0.2 if attempt < 20 else 0.0)
            if norm_alnum(body) == rest:
                break
        c.c(rng.choice(["okay it starts ", "right it's ", "so "]), V(letters + " " + chk + " " + body, "IBAN", g))
        c.a("thank you i'll just check that validates")
    else:
        txt = rng.choice([iban, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)),
                          (" ".join(iban[i:i + 4] for i in range(0, len(iban), 4))).lower()])
        c.c(rng.choice(["IBAN: ", "my iban is ", "Refund to ", "Bank details - IBAN "]), V(txt, "IBAN", g),
            rng.choice(["", " (BIC to follow)", "."]))
        c.a("Thanks, the refund will be processed in 5-7 working days.")
    return c


def speak_iban_body(rest, rng, pairs):
    toks = []
    i = 0
    while i < len(rest):
        if rest[i].isalpha():
            toks.append(speak_letter(rest[i], rng, "plain"))
            i += 1
        else:
            j = i
            while j < len(rest) and rest[j].isdigit() and j - i < 4:
                j += 1
            toks.append(speak_digits(rest[i:j], rng, True, pairs=pairs))
            i = j
    body = toks[0]
    for t in toks[1:]:
        body += rng.choice([" ", " ", ", ", " um "]) + t
    return body


def phone_value(rng):
    kind = rng.choice(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "us_ext", "us_ext", "us_ext", "ie", "ie_intl", "eu"])
    if kind == "uk_mob":
        d = "07" + rng.choice(["700", "911", "456", "832"]) + rdig(rng, 6)
        return kind, d, [5, 6], d
    if kind == "uk_land":
        d = "0" + rng.choice(["20", "113", "161", "121", "131"])
        d += rdig(rng, 11 - len(d))
        return kind, d, ([3, 4, 4] if d[1] == "2" else [5, 6]), d
    if kind == "uk_intl":
        d = "447" + rng.choice(["700", "911", "456"]) + rdig(rng, 6)
        return kind, d, [2, 4, 6], d
    if kind in ("us", "us_ext"):
        d = rng.choice(["212", "415", "312", "617", "713", "503", "919"]) + "555" + rdig(rng, 4)
        return kind, d, [3, 3, 4], d
    if kind == "us_intl":
        d = "1" + rng.choice(["212", "646", "305", "206"]) + "555" + rdig(rng, 4)
        return kind, d, [1, 3, 3, 4], d
    if kind == "ie":
        d = "08" + rng.choice("35679") + rdig(rng, 7)
        return kind, d, [3, 3, 4], d
    if kind == "ie_intl":
        d = "3538" + rng.choice("35679") + rdig(rng, 7)
        return kind, d, [3, 2, 3, 4], d
    d = rng.choice(["4930", "3361", "3491", "3120"]) + rdig(rng, 8)
    return kind, d, [2, 2, 4, 4], d


def t_phone(rng):
    ind, comp = pick_ctx(rng)
    kind, d, sizes, canon = phone_value(rng)
    asr = rng.random() < 0.5
    c = Case("positive", "phone %s (%s, %s)" % (kind, "asr" if asr else "typed", ind))
    g = c.group("PHONE", canon)
    c.a(opener(rng, asr, comp))
    intl = kind in ("uk_intl", "us_intl", "ie_intl", "eu")
    ext = rdig(rng, rng.choice([3, 4]), True) if kind == "us_ext" else None
    if asr:
        uk = kind.startswith("uk") or kind.startswith("ie")
        body = speak_groups(d, sizes, rng, uk, filler=0.2, pairs=0.2)
        if intl:
            body = "plus " + body
        c.a(rng.choice(["what's the best number to reach you on", "can i take a contact number",
                        "and a callback number in case we get cut off"]))
        if kind == "us" and rng.random() < 0.5:
            c.c("area code ", V(body, "PHONE", g))
        else:
            c.c(rng.choice(["it's ", "yeah ", "um it's ", "my mobile is "]), V(body, "PHONE", g),
                (" extension " + speak_digits(ext, rng) if ext else ""))
        if rng.random() < 0.5:
            g2 = c.group("PHONE", canon)
            rb = speak_groups(d, sizes, rng, uk, filler=0.0)
            c.a("that's ", V(("plus " if intl else "") + rb, "PHONE", g2), (" extension " + speak_digits(ext, rng)) if ext else "", " yeah")
            c.c("yep")
    else:
        if kind in ("us", "us_ext"):
            txt = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % tuple(split_sizes(d, sizes))
        elif intl:
            txt = " ".join(split_sizes(d, sizes))
            if rng.random() < 0.3:
                txt = txt.replace(" ", "-")
        else:
            txt = rng.choice([" ", "", "-"]).join(split_sizes(d, sizes))
        lead = rng.choice(["call me on ", "Phone: ", "tel ", "best number is ", "mob: "])
        if txt.startswith("("):
            # the span starts at the first digit; the bracket stays outside
            lead += "("
            txt = txt[1:]
        if intl:
            lead += "+"
        c.c(rng.choice(["Please ring me back. ", "", "Can someone call me? "]), lead, V(txt, "PHONE", g),
            (rng.choice([" ext. ", " x", " ext "]) + ext) if ext else "", rng.choice(["", " after 5pm", "."]))
    if ext:
        c.note += "; extension outside span"
    return c


def new_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    num = str(rng.randint(1, 99)) if rng.random() < 0.4 else ""
    style = rng.choice(["dot", "initial", "joined", "under", "dash"])
    user = {"dot": f + "." + l, "initial": f[0] + "." + l, "joined": f + l, "under": f + "_" + l,
            "dash": f + "-" + l}[style] + num
    return user, rng.choice(DOMAINS)


def speak_email(user, dom, rng):
    toks = []
    for part in re.split(r"([._-])", user):
        if part == ".":
            toks.append("dot")
        elif part == "_":
            toks.append("underscore")
        elif part == "-":
            toks.append(rng.choice(["dash", "hyphen"]))
        elif part:
            m = re.match(r"([a-z]+)(\d*)$", part)
            toks.append(m.group(1))
            if m.group(2):
                toks.append(speak_digits(m.group(2), rng, pairs=0.8))
    return " ".join(toks) + " at " + " dot ".join(dom.split("."))


def t_email(rng):
    ind, comp = pick_ctx(rng)
    user, dom = new_email(rng)
    canon = user + "@" + dom
    asr = rng.random() < 0.55
    c = Case("positive", "email (%s, %s)" % ("asr" if asr else "typed", ind))
    g = c.group("EMAIL", canon)
    c.a(opener(rng, asr, comp))
    if asr:
        c.a(rng.choice(["and what email should we send the confirmation to", "can i grab an email address"]))
        sp = speak_email(user, dom, rng)
        c.c(rng.choice(["it's ", "yeah it's ", "um "]), V(sp, "EMAIL", g),
            rng.choice(["", " all lower case", " all one word"]))
        if rng.random() < 0.4:
            g2 = c.group("EMAIL", canon)
            c.a("so ", V(speak_email(user, dom, rng), "EMAIL", g2), " perfect")
    else:
        txt = canon
        r = rng.random()
        if r < 0.3:
            txt = user.title() + "@" + dom
        elif r < 0.45:
            txt = canon.upper()
        c.c(rng.choice(["email: ", "send it to ", "my email is ", "E-mail - ", "contact "]), V(txt, "EMAIL", g),
            rng.choice(["", " please", ".", " (personal)"]))
    return c


def dob_value(rng, asr, us):
    y = rng.randint(1938, 2005)
    m = rng.randint(1, 12)
    dd = rng.randint(1, 28)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth"]
    ordw = ords[dd - 1] if dd <= 20 else "twenty " + ords[dd - 21]
    yw = pair_words(str(y)[:2]) + " " + (pair_words(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNIT_WORDS[int(str(y)[3])])
    if str(y).startswith("20"):
        yw = "two thousand and " + UNIT_WORDS[int(str(y)[3])] if y < 2010 else "twenty " + pair_words(str(y)[2:])
    if asr:
        if us:
            return rng.choice(["%s %s %s" % (MONTHS[m - 1], ordw, yw), "%s %s %s" % (pair_words("%02d" % m) if m >= 10 else UNIT_WORDS[m], pair_words("%02d" % dd) if dd >= 10 else UNIT_WORDS[dd], yw)])
        return rng.choice(["%s the %s %s" % (MONTHS[m - 1], ordw, yw), "%s of %s %s" % (ordw, MONTHS[m - 1], yw),
                           "%s %s %s" % (speak_digits("%02d" % dd, rng, True), speak_digits("%02d" % m, rng, True), yw)])
    sfx = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    if us:
        return rng.choice(["%02d/%02d/%d" % (m, dd, y), "%d/%d/%d" % (m, dd, y % 100 if False else y),
                           "%s %d, %d" % (MONTHS[m - 1].title(), dd, y), "%d-%02d-%02d" % (y, m, dd)])
    return rng.choice(["%02d/%02d/%d" % (dd, m, y), "%d%s %s %d" % (dd, sfx, MONTHS[m - 1].title(), y),
                       "%02d.%02d.%d" % (dd, m, y), "%d %s %d" % (dd, MONTHS[m - 1][:3].title(), y)])


def t_dob(rng):
    us = rng.random() < 0.5
    ind, comp = pick_ctx(rng, prefer_us=us)
    asr = rng.random() < 0.55
    c = Case("positive", "date of birth (%s, %s, %s)" % ("asr" if asr else "typed", "US" if us else "UK/IE", ind))
    g = c.group("DOB")
    c.a(opener(rng, asr, comp))
    c.a(rng.choice(["Can I take your date of birth?", "and your date of birth please", "What's the DOB on the account?"]) if not asr
        else rng.choice(["can i take your date of birth", "and what's your date of birth"]))
    v = dob_value(rng, asr, us)
    c.c(rng.choice(["DOB ", "it's ", "born ", "", "uh "]) if asr else rng.choice(["DOB: ", "d.o.b. ", "born ", ""]),
        V(v, "DOB", g), rng.choice(["", " yeah", "."]) if not asr else rng.choice(["", " yeah"]))
    if rng.random() < 0.3:
        c.a(rng.choice(["thanks and you've been with us since 2019 is that right",
                        "perfect and the appointment is on the 12th at 3pm"]))
        c.note += "; agent follow-up with non-PII year/date"
    return c


def t_address(rng):
    us = rng.random() < 0.45
    ind, comp = pick_ctx(rng, prefer_us=us)
    asr = rng.random() < 0.5
    c = Case("positive", "address + %s (%s, %s)" % ("ZIP" if us else "postcode", "asr" if asr else "typed", ind))
    ga = c.group("ADDRESS")
    num = str(rng.randint(1, 2999 if us else 240))
    if us:
        street = rng.choice(US_STREETS)
        unit = rng.choice(["", "", " Apt 4B", " Apt 12", " Suite 300", " Unit 7"])
        town, st = rng.choice(US_PLACES)
        z5 = rdig(rng, 5, True)
        plus4 = rdig(rng, 4) if rng.random() < 0.6 else ""
        zcanon = z5 + plus4
        gp = c.group("POSTCODE", zcanon)
        c.a(opener(rng, asr, comp))
        if asr:
            c.a("and what's the billing address")
            addr = speak_digits(num, rng, pairs=0.8, hund=0.3) + " " + street.lower().replace("w 43rd st", "west forty third street").replace("n main st", "north main street").replace("washington ave", "washington avenue") + unit.lower().replace("4b", "four b").replace("12", "twelve").replace("300", "three hundred").replace("7", "seven")
            zs = speak_digits(z5, rng, pairs=0.2) + ((rng.choice([" dash ", " "]) + speak_digits(plus4, rng, pairs=0.3)) if plus4 else "")
            c.c(V(addr, "ADDRESS", ga), " in %s %s " % (town.lower(), rng.choice(["", "um ", "and the "])), "zip is ", V(zs, "POSTCODE", gp))
            if plus4:
                c.note += "; ZIP+4 spoken"
        else:
            addr = num + " " + street + unit
            ztxt = z5 + ("-" + plus4 if plus4 else "")
            c.c(rng.choice(["Ship to ", "Billing address: ", "new address is "]), V(addr, "ADDRESS", ga),
                ", %s, %s " % (town, st), V(ztxt, "POSTCODE", gp))
    else:
        street = rng.choice(UK_STREETS)
        flat = rng.random() < 0.3
        town = rng.choice(UK_TOWNS)
        o, i = new_postcode(rng)
        gp = c.group("POSTCODE", o + i)
        c.a(opener(rng, asr, comp))
        if asr:
            c.a("can you confirm the first line of the address and the postcode")
            addr = ("flat " + speak_digits(str(rng.randint(1, 12)), rng, True, pairs=1.0) + " " if flat else "") + \
                speak_digits(num, rng, True, pairs=0.9, hund=0.3) + " " + street.lower()
            c.c(rng.choice(["yeah it's ", "", "um "]), V(addr, "ADDRESS", ga), " in %s " % town.lower())
            c.a(rng.choice(["mhm and the postcode", "lovely and postcode", "and the postcode"]))
            c.c(V(speak_postcode(o, i, rng), "POSTCODE", gp))
        else:
            addr = ("Flat %d, " % rng.randint(1, 12) if flat else "") + num + " " + street
            pc = rng.choice([o + " " + i, o + i, (o + " " + i).lower()])
            c.c(rng.choice(["Address: ", "I've moved to ", "deliver to "]), V(addr, "ADDRESS", ga),
                rng.choice([", %s, " % town, " %s " % town, "\n%s\n" % town]), V(pc, "POSTCODE", gp))
    return c


def t_verify_multi(rng):
    us = rng.random() < 0.5
    ind, comp = pick_ctx(rng, prefer_us=us)
    c = Case("positive", "asr ID&V with several identifiers in one call (%s, %s)" % ("US" if us else "UK", ind))
    c.a(opener(rng, True, comp))
    c.c("hi i'm calling about my account")
    c.a("sure i just need to run through security first can i take your full date of birth")
    gd = c.group("DOB")
    c.c(V(dob_value(rng, True, us), "DOB", gd))
    if us:
        ssn = new_ssn(rng)
        gs = c.group("SSN", ssn)
        c.a("and the social on file")
        c.c("okay um ", V(speak_groups(ssn, [3, 2, 4], rng, False, filler=0.3, pairs=0.4), "SSN", gs))
        z = rdig(rng, 5, True)
        gz = c.group("POSTCODE", z)
        c.a("and the zip code for the billing address")
        c.c(V(speak_digits(z, rng, pairs=0.3), "POSTCODE", gz))
        c.a("thank you and i see your claim number is c l m %s that's not something i need from you" % speak_digits(rdig(rng, 6), rng))
    else:
        ni = new_ni(rng, spoken=True)
        gn = c.group("NI_NUMBER", ni)
        c.a("and your national insurance number")
        txt, _ = speak_ni(ni, rng)
        c.c(V(txt, "NI_NUMBER", gn))
        o, i = new_postcode(rng)
        gp = c.group("POSTCODE", o + i)
        c.a("and the postcode on the account")
        c.c(V(speak_postcode(o, i, rng), "POSTCODE", gp))
        c.a("brilliant you're through security your reference for today is %s" % speak_digits(rdig(rng, 8), rng, True))
    return c


POS_SCHEDULE = [
    (t_card_typed, 16), (t_card_spoken, 12), (t_card_split, 10), (t_card_correction, 6),
    (t_card_aside, 6), (t_expiry_cvv, 10), (t_ssn_typed, 11), (t_ssn_spoken, 12), (t_ssn_split, 6),
    (t_ni_typed, 11), (t_ni_spoken, 12), (t_ni_split, 5), (t_bank_uk, 11), (t_bank_us, 10),
    (t_iban, 12), (t_phone, 22), (t_email, 14), (t_dob, 12), (t_address, 16), (t_verify_multi, 12),
]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def n_amounts(rng):
    ind, comp = pick_ctx(rng)
    c = Case("negative", "amounts, balances and prices (%s)" % ind)
    c.a(opener(rng, True, comp))
    c.c("how much do i owe at the moment")
    amt = rng.randint(100, 9999)
    c.a("your outstanding balance is %s pounds and %s pence and the minimum payment is %s" % (
        hundred_words(str(amt)[-3:], rng) if amt < 1000 else pair_words(str(amt)[:2]) + " hundred and " + pair_words(str(amt)[2:]) if str(amt)[2] != "0" else "%d" % amt,
        pair_words("%02d" % rng.randint(10, 99)), "$%d.%02d" % (rng.randint(20, 300), rng.randint(0, 99))))
    c.c("okay and the new tariff is it still %d.%02d a month plus %d%% vat" % (rng.randint(10, 90), rng.randint(0, 99), rng.choice([5, 20])))
    c.a("it goes up to four thousand one hundred and twelve for the year that's about three forty three a month")
    return c


def n_order_luhn(rng):
    ind, comp = pick_ctx(rng)
    num = new_card(rng)
    lab = rng.choice(["order number", "gift voucher serial", "loyalty card number", "reference number",
                      "tracking number", "ticket number", "booking reference"])
    asr = rng.random() < 0.5
    c = Case("negative", "16-ish digit Luhn-valid number read like a card but labelled as %s" % lab)
    c.a(opener(rng, asr, comp))
    if asr:
        c.a("can i take the %s please" % lab)
        c.c("yeah the %s is %s" % (lab, speak_groups(num, card_sizes(len(num), rng), rng, False, filler=0.3)))
        c.a("mhm")
    else:
        c.c("Hi, my %s is %s and it still hasn't arrived" % (lab, type_groups(num, card_sizes(len(num), rng), rng.choice([" ", "-", ""]))))
    c.a("thanks i've found that %s" % lab)
    return c


def n_claim_member(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    asr = rng.random() < 0.5
    claim = rdig(rng, 2) + "-" + rdig(rng, 3) + "-" + rdig(rng, 4) + "-" + rdig(rng, 2)
    member = "".join(rng.choice("ABCDEFGHJKLMNPRSTWXYZ") for _ in range(3)) + rdig(rng, 9)
    grp = rdig(rng, 6)
    c = Case("negative", "US health insurance claim number, member ID and group number with labels")
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("i'm calling about claim number %s" % speak_groups(claim.replace("-", ""), [2, 3, 4, 2], rng))
        c.a("okay and the member id on the card")
        c.c("member id is %s %s and the group number is %s" % (" ".join(member[:3].lower()), speak_digits(member[3:], rng, pairs=0.3), speak_digits(grp, rng)))
    else:
        c.c("Claim # %s was denied. Member ID %s, Group %s" % (claim, member, grp))
    c.a("i see the claim it was processed on march 3rd for $%d.%02d" % (rng.randint(50, 4000), rng.randint(0, 99)))
    return c


def npi(rng):
    while True:
        base = rng.choice("12") + rdig(rng, 8)
        for ch in "0123456789":
            if luhn_ok("80840" + base + ch):
                return base + ch


def n_npi_medicare(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    asr = rng.random() < 0.5
    n = npi(rng)
    ptan = rng.choice("ABCDEFGHJK") + rdig(rng, 5)
    c = Case("negative", "provider NPI and Medicare provider number (PTAN) said with their labels")
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("hi this is the billing office at %s clinic our npi is %s" % (rng.choice(["lakeside", "mercy", "valley"]), speak_groups(n, [3, 3, 4], rng)))
        c.a("thank you and the medicare provider number")
        c.c("p tan is %s %s" % (ptan[0].lower(), speak_digits(ptan[1:], rng)))
    else:
        c.c("Provider NPI: %s, Medicare PTAN %s, Tax ID on file. Re: remittance of $%d" % (n, ptan, rng.randint(200, 9000)))
    c.a("got it, the remittance was issued on %d/%d" % (rng.randint(1, 12), rng.randint(1, 28)))
    return c


def n_last_four(rng):
    ind, comp = pick_ctx(rng)
    asr = rng.random() < 0.5
    l4 = rdig(rng, 4)
    c = Case("negative", "card last-four only, no full card in the case")
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("there's a payment i don't recognise on my card ending %s" % speak_digits(l4, rng, pairs=0.4))
        c.a("okay is that the visa ending %s" % speak_digits(l4, rng))
        c.c("yeah that's the one it was for %s quid" % pair_words(rdig(rng, 2, True)))
    else:
        c.c("Charge on card ending %s I didn't make, for £%d.%02d" % (l4, rng.randint(5, 500), rng.randint(0, 99)))
        c.a("I can see the Mastercard ending in %s, last 4: %s. Let me raise a dispute." % (l4, l4))
    return c


def n_times(rng):
    ind, comp = pick_ctx(rng)
    c = Case("negative", "opening hours, wait times, durations, counts")
    c.a(opener(rng, True, comp))
    c.c("what time do you close")
    c.a("we're open eight till eight monday to friday and nine to five on saturdays the current wait is about %s minutes" % pair_words(str(rng.randint(21, 59))))
    c.c("okay i've been on hold for forty five minutes already and i've called %s times" % rng.choice(["three", "four", "six"]))
    c.a("sorry about that the engineer slot is between 07:30 and 12:00 on the %s" % rng.choice(["14th", "3rd", "21st"]))
    return c


def n_dates(rng):
    ind, comp = pick_ctx(rng)
    asr = rng.random() < 0.5
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2024, 2027)
    c = Case("negative", "appointment, payment and contract dates (not DOB)")
    c.a(opener(rng, asr, comp))
    if asr:
        c.a("your next payment of %s pounds is due on the %s of %s twenty %s" % (pair_words(str(rng.randint(21, 99))), ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"][d % 10], MONTHS[m - 1], pair_words(str(y)[2:])))
        c.c("and when does my contract end")
        c.a("the contract end date is %s %s %s" % (speak_digits("%02d" % d, rng, True), speak_digits("%02d" % m, rng, True), pair_words(str(y)[2:])))
    else:
        c.a("Your appointment is booked for %02d/%02d/%d at 10:15." % (d, m, y))
        c.c("Can we move it? My contract renewal date is %d-%02d-%02d anyway" % (y, m, d))
        c.a("Sure, the earliest slot is %s %d, %d." % (MONTHS[(m % 12)].title(), d, y))
    return c


def n_misc_numbers(rng):
    ind, comp = pick_ctx(rng)
    c = Case("negative", "ages, temperatures, percentages, years")
    c.a(opener(rng, True, comp))
    c.c("my mum's %s and the heating's only getting to %s degrees" % (pair_words(str(rng.randint(71, 96))), pair_words(str(rng.randint(14, 19)))))
    c.a("i understand we've had that boiler model since %d and the interest rate on the plan is %d.%d percent" % (rng.randint(1998, 2019), rng.randint(1, 19), rng.randint(0, 9)))
    c.c("it was ninety eight point six fahrenheit in here last summer in twenty twenty three")
    return c


def n_meter(rng):
    ind, comp = pick_ctx(rng)
    asr = rng.random() < 0.5
    rd = rdig(rng, 5)
    serial = rng.choice(["E6S", "K", "L"]) + rdig(rng, 11)
    mpan = rdig(rng, 13)
    c = Case("negative", "meter reading, meter serial and MPAN with labels")
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("i want to give a meter reading it's %s" % speak_digits(rd, rng, True, pairs=0.3))
        c.a("and the meter serial number")
        c.c("meter serial %s" % speak_digits(rdig(rng, 10), rng, True))
    else:
        c.c("Meter reading %s, meter serial %s, MPAN %s" % (rd, serial, mpan))
    c.a("thank you reading accepted")
    return c


def n_travel(rng):
    ind, comp = pick_ctx(rng)
    asr = rng.random() < 0.5
    c = Case("negative", "flight, seat, gate, room numbers and booking reference")
    fl = rng.choice(["BA", "EI", "FR", "UA", "DL", "LH"]) + str(rng.randint(10, 2999))
    seat = str(rng.randint(1, 45)) + rng.choice("ABCDEF")
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("i'm on flight %s %s seat %s gate %s" % (" ".join(fl[:2].lower()), speak_digits(fl[2:], rng, pairs=0.6), speak_digits(seat[:-1], rng, pairs=0.8) + " " + seat[-1].lower(), pair_words(str(rng.randint(11, 59)))))
        c.a("okay and you're in room %s at the hotel for seven nights" % hundred_words(str(rng.randint(101, 999)), rng))
    else:
        c.c("Booking ref %s, flight %s, seat %s, room 1412 at the hotel" % (ref, fl, seat))
        c.a("Thanks, flight %s departs 14:35 from gate B%d." % (fl, rng.randint(1, 40)))
    return c


def n_tracking(rng):
    ind, comp = pick_ctx(rng)
    c = Case("negative", "tracking, serial and model numbers with labels")
    ups = "1Z" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + rdig(rng, 10)
    usps = "9400" + rdig(rng, 18)
    c.a(opener(rng, False, comp))
    c.c("Tracking number %s shows delivered but nothing here. Other parcel: %s" % (ups, " ".join(usps[i:i + 4] for i in range(0, 22, 4))))
    c.a("Sorry! The item is model WD-%s-%s, serial no. %s%s" % (rdig(rng, 4), rdig(rng, 4), rng.choice(["5CG", "SN", "C02"]), rdig(rng, 8)))
    c.c("Invoice INV-%d-%s, PO %s" % (rng.randint(2022, 2026), rdig(rng, 6), rdig(rng, 10)))
    return c


def n_roads(rng):
    ind, comp = pick_ctx(rng)
    c = Case("negative", "road names and landmarks without house numbers")
    c.a(opener(rng, True, comp))
    c.c("the engineer couldn't get through because %s was closed" % rng.choice(["the a forty", "high street", "the m twenty five", "interstate ninety five", "main street", "route sixty six"]))
    c.a("yes there are roadworks on %s and station road near the junction with the %s" % (rng.choice(["church lane", "elm avenue", "kings drive"]), rng.choice(["a six", "m one", "i ten"])))
    c.c("the office on victoria street is the nearest one")
    return c


def n_ssn_shaped(rng):
    ind, comp = pick_ctx(rng, prefer_us=True)
    asr = rng.random() < 0.5
    x = new_ssn(rng)
    lab = rng.choice(["case number", "ticket number", "claim number", "work order", "confirmation number"])
    c = Case("negative", "nine-digit 3-2-4 shaped number labelled as %s" % lab)
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("i have a %s it's %s" % (lab, speak_groups(x, [3, 2, 4], rng, False, filler=0.2)))
        c.a("thank you that %s is still open" % lab)
    else:
        c.c("Following up on %s %s-%s-%s" % (lab, x[:3], x[3:5], x[5:]))
        c.a("Thanks, %s %s is with our team." % (lab, x))
    return c


def n_policy(rng):
    ind, comp = pick_ctx(rng)
    asr = rng.random() < 0.5
    pol = rng.choice(["POL", "HH", "MTR", "KM"]) + rdig(rng, 8)
    c = Case("negative", "policy, reference and customer reference numbers with labels")
    c.a(opener(rng, asr, comp))
    if asr:
        c.c("my policy number is %s %s" % (" ".join(pol.rstrip("0123456789").lower()), speak_groups(pol.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"), [4, 4], rng, True)))
        c.a("and the reference on the letter")
        c.c("reference %s" % speak_digits(rdig(rng, 11), rng, True, pairs=0.3))
    else:
        c.c("Policy no. %s, customer ref %s, renewal premium £%d.%02d" % (pol, rdig(rng, 12), rng.randint(100, 900), rng.randint(0, 99)))
    c.a("thanks, that policy renews on the 1st of %s" % MONTHS[rng.randint(0, 11)])
    return c


def n_ivr(rng):
    ind, comp = pick_ctx(rng)
    c = Case("negative", "IVR options, counts and quantities")
    c.a("press one for billing press two for technical support or press three to speak to an agent")
    c.c("i pressed %s three times and waited %s minutes" % (rng.choice(["two", "one"]), pair_words(str(rng.randint(21, 39)))))
    c.a("sorry i can see %s accounts and %s devices and your data usage is %s gigabytes of %s" % (rng.choice(["two", "three"]), rng.choice(["four", "five"]), pair_words(str(rng.randint(21, 99))), hundred_words("100", rng)))
    return c


NEG_SCHEDULE = [
    (n_amounts, 8), (n_order_luhn, 12), (n_claim_member, 10), (n_npi_medicare, 9), (n_last_four, 10),
    (n_times, 6), (n_dates, 9), (n_misc_numbers, 6), (n_meter, 7), (n_travel, 7), (n_tracking, 6),
    (n_roads, 6), (n_ssn_shaped, 10), (n_policy, 8), (n_ivr, 4),
]


# --------------------------------------------------------------------------
# build / check
# --------------------------------------------------------------------------
def build_cases():
    rng = random.Random(SEED)
    pos = [f for f, n in POS_SCHEDULE for _ in range(n)]
    neg = [f for f, n in NEG_SCHEDULE for _ in range(n)]
    rng.shuffle(pos)
    rng.shuffle(neg)
    res = []
    for k, f in enumerate(pos):
        res.append((f(rng), "h461-pos-%03d" % (k + 1)))
    for k, f in enumerate(neg):
        res.append((f(rng), "h461-neg-%03d" % (k + 1)))
    return res


def serialise(cases):
    lines = []
    for case, cid in cases:
        rec, _ = case.record(cid)
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    npos = nneg = 0
    for case, cid in cases:
        rec, _ = case.record(cid)
        if rec["kind"] == "positive":
            npos += 1
        else:
            nneg += 1
        for s in rec["spans"]:
            cnt[s["type"]] += 1
    return npos, nneg, cnt


def readme(cases):
    npos, nneg, cnt = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout461 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust patterns, thresholds, word
> lists or models against these cases, and do not copy phrasings from them into
> training or development fixtures. It exists only to measure the redaction
> engine on data it was not built against. If it is ever used for tuning it
> stops being a held-out set and must be replaced.

## Provenance

Written by an AI helper acting as an independent test author. The author did
not see the redaction engine's code, its tests, its docs or any other PII
fixture; it worked only from a written brief describing the label types and
annotation conventions. Every case is produced by
`scripts/make_pii_holdout461.py` (standard library only, a single
`random.Random(461241125)`), from plain-text segments and labelled value
segments, so all offsets are computed rather than typed.

Regenerate / verify:

    python3 scripts/make_pii_holdout461.py          # rewrite cases.jsonl and this README
    python3 scripts/make_pii_holdout461.py --check  # byte-identical + span validation

`--check` verifies that the file is byte-identical to a fresh generation, ids are
unique, spans are in range, start/end on word boundaries, begin and end on a
letter/digit and do not overlap, and that every labelled value normalises
(spoken forms included: "oh"/"o"/"nought"/"zero", "double"/"triple", pairs,
"four hundred and twelve", NATO and "b as in boy" spelling, "dot"/"at" e-mails)
to a valid value: Luhn for cards, mod-97 for IBANs, HMRC format for NI numbers,
9 valid digits for SSNs, ABA checksum for US routing numbers, 6 digits for sort
codes, UK postcode / US ZIP / ZIP+4 format, etc. Values split across turns are
checked by concatenating their parts.

## Format

One JSON object per line in `cases.jsonl`:
`id`, `kind` (`positive`/`negative`), `turns` (`speaker` = `customer`|`agent`,
`text`), `spans` (`turn`, `start`, `end` exclusive Python character offsets into
that turn's text, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last.
  Lead-in words ("it's", "my number is", "acct no:", "area code", "zip is") are
  outside. Because spans start on a letter/digit, a typed leading `+` or `(` of a
  phone number is outside the span; a spoken "plus" is inside it.
- A value split across turns gets one span per turn, each with the value's type.
  Agent read-backs are labelled too.
- Filler words inside a reading ("um", "uh", "er") are inside the span. Asides
  that interrupt a reading ("sorry the dog's going mad hang on") split it into
  two spans, with the aside outside.
- Restarted readings: the abandoned false start is labelled as well (it is a
  fragment of the same value); the correcting words ("no wait sorry") are not.
- Phone spans include the country code; a spoken or typed extension
  ("ext 204", "extension two oh four") is outside the span.
- ADDRESS covers the flat/apartment/suite and house number plus street, not the
  town or state; the postcode / ZIP (/ZIP+4, whole) is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression.
- US bank routing numbers and account numbers are both labelled BANK_ACCOUNT;
  UK sort codes are SORT_CODE.
- A card's last four said on their own ("card ending 4821") are not PII, unless
  the full card number was given in the same case, in which case the last-four
  echo is labelled CARD_NUMBER.
- Negative cases contain no PII at all. They are built around amounts,
  balances, prices, times, opening hours, durations, counts, ages,
  temperatures, percentages, years, appointment/payment/contract dates,
  order/ticket/claim/case/reference/tracking/serial/model/policy numbers said
  with their label (including Luhn-valid 13-19 digit numbers and 3-2-4 shaped
  nine-digit numbers), US claim numbers, member IDs and group numbers, provider
  NPIs and Medicare provider numbers (PTAN), meter readings, serials and MPANs,
  flight/seat/gate/room numbers, road names, and card last-four mentions.

## Counts

%d positive cases, %d negative cases, %d spans.

| Type | Spans |
|---|---|
%s
""" % (npos, nneg, sum(cnt.values()), rows)


def is_word_char(ch):
    return ch.isalnum()


def check(cases):
    errors = []
    text = serialise(cases)
    with open(CASES, encoding="utf-8") as fh:
        if fh.read() != text:
            errors.append("cases.jsonl is not byte-identical to a fresh generation")
    with open(README, encoding="utf-8") as fh:
        if fh.read() != readme(cases):
            errors.append("README.md is out of date")
    ids = set()
    for line in text.splitlines():
        rec = json.loads(line)
        if rec["id"] in ids:
            errors.append("duplicate id %s" % rec["id"])
        ids.add(rec["id"])
    for case, cid in cases:
        rec, meta = case.record(cid)
        if rec["kind"] == "negative" and rec["spans"]:
            errors.append("%s: negative with spans" % cid)
        if rec["kind"] == "positive" and not rec["spans"]:
            errors.append("%s: positive without spans" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errors.append("%s: bad speaker" % cid)
        by_turn = {}
        parts = {}
        frags = {}
        for s, (gid, role) in zip(rec["spans"], meta):
            tt = rec["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(tt)):
                errors.append("%s: span out of range %r" % (cid, s))
                continue
            val = tt[st:en]
            if not (val[0].isalnum() and val[-1].isalnum()):
                errors.append("%s: span does not start/end on alnum %r" % (cid, val))
            if (st > 0 and is_word_char(tt[st - 1])) or (en < len(tt) and is_word_char(tt[en])):
                errors.append("%s: span not on word boundary %r in %r" % (cid, val, tt))
            by_turn.setdefault(s["turn"], []).append((st, en))
            if case.groups[gid][0] != s["type"]:
                errors.append("%s: group type mismatch" % cid)
            (parts if role == "part" else frags).setdefault(gid, []).append(val)
        for ivs in by_turn.values():
            ivs.sort()
            for a, b in zip(ivs, ivs[1:]):
                if b[0] < a[1]:
                    errors.append("%s: overlapping spans" % cid)
        for gid, (typ, canon, kind) in enumerate(case.groups):
            vals = parts.get(gid, [])
            if not vals:
                errors.append("%s: group %d has no parts" % (cid, gid))
                continue
            try:
                if canon is None:
                    for v in vals:
                        if not validate_text_only(typ, v):
                            errors.append("%s: invalid %s %r" % (cid, typ, v))
                    continue
                norm = norm_email if typ == "EMAIL" else norm_alnum
                got = "".join(norm(v) for v in vals)
                want = canon.lower() if typ == "EMAIL" else canon.upper()
                if got != want:
                    errors.append("%s: %s normalises to %r, expected %r (%r)" % (cid, typ, got, want, vals))
                if not validate_value(typ, want if typ == "EMAIL" else got, kind):
                    errors.append("%s: %s %r fails validation" % (cid, typ, got))
                for fv in frags.get(gid, []):
                    if norm(fv) not in want:
                        errors.append("%s: fragment %r not part of %r" % (cid, fv, want))
            except ValueError as e:
                errors.append("%s: %s" % (cid, e))
    npos, nneg, cnt = counts(cases)
    if npos < 200 or nneg < 100:
        errors.append("too few cases: %d/%d" % (npos, nneg))
    for t, m in MINIMUMS.items():
        if cnt[t] < m:
            errors.append("too few %s spans: %d < %d" % (t, cnt[t], m))
    return errors, (npos, nneg, cnt)


def main():
    cases = build_cases()
    if "--check" in sys.argv[1:]:
        errors, (npos, nneg, cnt) = check(cases)
        for e in errors[:60]:
            print("ERROR:", e)
        print("%d positive, %d negative; spans: %s" % (npos, nneg, ", ".join("%s=%d" % kv for kv in cnt.items())))
        if errors:
            print("CHECK FAILED (%d errors)" % len(errors))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(cases))
    with open(README, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(readme(cases))
    npos, nneg, cnt = counts(cases)
    print("wrote %d positive, %d negative cases to %s" % (npos, nneg, CASES))
    return 0


if __name__ == "__main__":
    sys.exit(main())

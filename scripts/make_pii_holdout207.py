#!/usr/bin/env python3
"""Generate the held-out PII evaluation set tests/fixtures/pii_holdout207/.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout207.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout207.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 207241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout207"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h207"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

rng = random.Random(SEED)

# ---------------------------------------------------------------- numbers
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = ["zero", "oh", "o", "nought"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "q": "quebec",
        "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_REV = {}  # filled after NATO is defined
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "dash", "hyphen"}
NATO_REV.update({w: l.upper() for l, w in NATO.items()})
HOMO = {"to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8", "won": "1"}


def ri(a, b):
    return rng.randint(a, b)


def ch(seq):
    return rng.choice(seq)


def rdigits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def one_word(d, zero):
    return zero if d == "0" else ONES[int(d)]


def say_digits(ds, zero="oh", doubles=True, homo=False, filler=False):
    out, i = [], 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        w = one_word(d, zero)
        if homo and d in "24" and rng.random() < 0.35:
            w = {"2": ch(["to", "too"]), "4": "for"}[d]
        if doubles and run >= 3 and rng.random() < 0.5:
            out.append("triple " + one_word(d, zero))
            i += 3
        elif doubles and run >= 2 and rng.random() < 0.6:
            out.append("double " + one_word(d, zero))
            i += 2
        else:
            out.append(w)
            i += 1
        if filler and i < len(ds) and rng.random() < 0.12:
            out.append(ch(["um", "uh", "er"]))
    return " ".join(out)


def say_pair(p, zero):
    if p[0] == "0":
        return zero + " " + one_word(p[1], zero)
    if p[0] == "1":
        return TEENS[int(p[1])]
    if p[1] == "0":
        return TENS[int(p[0])]
    return TENS[int(p[0])] + " " + ONES[int(p[1])]


def say_pairs(ds, zero="oh"):
    parts, i = [], 0
    if len(ds) % 2 == 1:
        parts.append(one_word(ds[0], zero))
        i = 1
    while i < len(ds):
        parts.append(say_pair(ds[i:i + 2], zero))
        i += 2
    s = " ".join(parts)
    return s if norm_digits(s) == ds else say_digits(ds, zero, doubles=False)


def safe(s, ds, zero):
    return s if norm_digits(s) == ds else say_digits(ds, zero, doubles=False)


def say_group(ds, zero="oh", style=None):
    """Speak one group in a randomly chosen (but verified) style."""
    style = style or ch(["digits", "digits", "pairs", "hundred", "mixed"])
    s = None
    if style == "hundred":
        if len(ds) == 4 and ds.endswith("00") and ds[0] != "0":
            s = say_pair(ds[:2], zero) + " hundred"
        elif len(ds) == 3 and ds.endswith("00") and ds[0] != "0":
            s = ONES[int(ds[0])] + " hundred"
        else:
            style = "pairs"
    if style == "pairs":
        s = say_pairs(ds, zero)
    elif style == "mixed" and len(ds) == 4:
        s = say_digits(ds[:2], zero) + " " + say_pair(ds[2:], zero)
    if s is None or norm_digits(s) != ds:
        s = say_digits(ds, zero, doubles=True)
    return s


def norm_tokens(text):
    """Normalise spoken/typed value to digits+uppercase letters. '?' marks junk."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d", text.lower())
    typed = bool(re.search(r"\d", text))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif len(t) == 1 and t != "o" and nxt in ("for", "as"):
            out.append(t.upper())
            i += 2 if nxt == "for" else 3  # skip 'for W' / 'as in W'
        elif t in ("double", "triple") and nxt is not None:
            d = word_digit(nxt)
            if d is None:
                out.append("?")
            else:
                out.append(d * (2 if t == "double" else 3))
            i += 1
        elif word_digit(t) is not None:
            out.append(word_digit(t))
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in TENS and t:
            d = word_digit(nxt) if nxt else None
            if nxt in ONES[1:]:
                out.append(str(TENS.index(t)) + d)
                i += 1
            else:
                out.append(str(TENS.index(t)) + "0")
        elif t == "hundred":
            out.append("00")
        elif t in FILLERS and not typed:
            pass
        elif t in NATO_REV:
            out.append(NATO_REV[t])
        elif len(t) == 1:
            out.append(t.upper())
        elif typed:
            out.append(t.upper())
        else:
            out.append("?")
        i += 1
    return "".join(out)


def word_digit(t):
    if t in ZEROS:
        return "0"
    if t in ONES:
        return str(ONES.index(t))
    if t in HOMO:
        return HOMO[t]
    return None


def norm_digits(text):
    return norm_tokens(text)


def norm_email(text):
    t = text.lower()
    if "@" in t:
        return t.strip()
    words = t.split()
    out, buf = [], []

    def flush():
        if buf:
            out.append(norm_tokens(" ".join(buf)).lower())
            buf.clear()
    for w in words:
        if w == "dot":
            flush(); out.append(".")
        elif w == "at":
            flush(); out.append("@")
        elif w == "underscore":
            flush(); out.append("_")
        elif w in ("dash", "hyphen"):
            flush(); out.append("-")
        elif len(w) > 1 and w not in ONES and w not in TEENS and w not in TENS \
                and w not in ZEROS and w not in ("double", "triple"):
            flush(); out.append(w)
        else:
            buf.append(w)
    flush()
    return "".join(out)


# ---------------------------------------------------------------- validators
def luhn_ok(s):
    tot = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + rdigits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def make_iban(cc, bban):
    chk = 98 - iban_mod(cc + "00" + bban)
    return "%s%02d%s" % (cc, chk, bban)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def validate(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" \
            and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "IBAN":
        return re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$", v) is not None and iban_mod(v) == 1
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "EMAIL":
        return bool(EMAIL_RE.match(v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v)) or bool(re.match(r"^\d{5}(\d{4})?$", v))
    return True


def weak_ok(typ, text):
    t = text.lower()
    if typ in ("DOB", "EXPIRY"):
        return bool(re.search(r"\d", t)) or any(m in t for m in MONTHS) or \
            bool(re.search(r"twenty|nineteen|thirty|oh|o |eleven|twelve|ten", t))
    if typ == "ADDRESS":
        return bool(re.search(r"\b(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|"
                              r"crescent|court|place|terrace|boulevard|blvd|grove|park|hill|row|square)\b", t))
    return True


# ---------------------------------------------------------------- case building
class V:
    """A labelled value segment. val: normalised truth (None = weakly checked),
    gid: group id when one value is split over several spans; frag: wrong
    fragment in a self-correction (digits checked only)."""

    def __init__(self, text, typ, val=None, gid=None, frag=False, mode="digits"):
        self.text, self.typ, self.val, self.gid, self.frag, self.mode = text, typ, val, gid, frag, mode


CASE_LIST = []
META = []  # parallel: list of (spans_with_V)


def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


def add(kind, note, turns, groups=None):
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "%s-%s-%03d" % (PFX, "pos" if kind == "positive" else "neg", n)
    out_turns, spans, vs = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                vs.append(s)
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append((vs, groups or {}))


BC = ["mhm", "okay go on", "yep", "uh huh", "right", "okay", "got it", "yeah", "go ahead"]


def bc():
    return ch(BC)


IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
       "healthcare billing", "government services"]

# ---------------------------------------------------------------- value makers
def new_card(kind=None):
    kind = kind or ch(["visa", "visa", "mc", "mc2", "amex", "disc", "visa13", "maestro"])
    if kind == "visa":
        return luhn_complete("4" + rdigits(1), 16)
    if kind == "mc":
        return luhn_complete(str(ri(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(ri(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "6761", "5018"]), 19)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


def card_with_hundreds():
    """A visa that contains a group like 4100 or 1900 (said with 'hundred')."""
    for _ in range(200):
        g2 = str(ri(11, 99)) + "00"
        c = luhn_complete("4" + rdigits(3) + g2, 16)
        if c:
            return c
    return new_card("visa")


def new_ssn():
    a = ri(1, 899)
    while a == 666:
        a = ri(1, 899)
    return "%03d%02d%04d" % (a, ri(1, 99), ri(1, 9999))


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def new_ni():
    while True:
        p = ch(NI_L1) + ch(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdigits(6) + ch("ABCD")


PC_AREAS = ["SW", "E", "N", "M", "B", "LS", "G", "EH", "CF", "BS", "NG", "L", "CB", "RG",
            "TN", "KT", "SE", "NW", "W", "BT", "DN", "HU", "LE", "CV", "BN", "GU"]
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def new_ukpc():
    a = ch(PC_AREAS)
    out = a + str(ri(1, 20 if len(a) == 2 else 9))
    if rng.random() < 0.15 and len(a) <= 2 and len(out) == len(a) + 1:
        out += ch("ABEHJKW")
    return out, str(ri(0, 9)) + ch(PC_IN) + ch(PC_IN)


def new_zip():
    return "%05d" % ri(1001, 99950)


def new_phone(country):
    if country == "uk":
        return "07" + str(ri(3, 9)) + rdigits(8)
    if country == "us":
        return str(ri(2, 9)) + rdigits(2) + str(ri(2, 9)) + rdigits(6)
    if country == "ie":
        return "08" + ch("35679") + rdigits(7)
    if country == "uk_land":
        return "0" + ch(["20", "161", "121", "113", "117", "131", "141"]) + "0" + rdigits(6)
    return "0" + rdigits(9)


FIRST = ["john", "sarah", "aoife", "mike", "priya", "tom", "lisa", "ciaran", "emma", "raj",
         "kate", "dave", "maria", "sean", "olu", "grace", "ben", "fiona", "luis", "anna"]
LAST = ["doe", "smith", "murphy", "okafor", "patel", "nguyen", "walsh", "jones", "garcia",
        "brennan", "kelly", "hughes", "khan", "byrne", "taylor", "evans", "novak", "silva"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("proton", "me"),
           ("web", "de"), ("aol", "com")]
STREETS = ["maple avenue", "king street", "church road", "station road", "oak lane",
           "elm drive", "victoria terrace", "mill lane", "park crescent", "high street",
           "sycamore close", "willow way", "main street", "pine court", "harbour view road",
           "sunset boulevard", "cedar grove", "queens park", "bridge street", "orchard place"]


def new_email():
    f, l = ch(FIRST), ch(LAST)
    d, tld = ch(DOMAINS)
    form = ri(0, 4)
    if form == 0:
        local = f + "." + l
    elif form == 1 and f[0] != "o":
        local = f[0] + "." + l
    elif form == 2:
        local = f + "_" + l + str(ri(70, 99))
    elif form == 3:
        local = f + l + str(ri(1, 9))
    else:
        local = l + "-" + f
    return local + "@" + d + "." + tld


def say_email(e, zero="oh"):
    local, dom = e.split("@")
    parts = []
    for tok in re.split(r"([._-])", local):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append(ch(["dash", "hyphen"]))
        else:
            m = re.match(r"^([a-z]*)(\d*)$", tok)
            w, n = m.group(1), m.group(2)
            split = [f + " " + w[len(f):] for f in FIRST if w.startswith(f) and w[len(f):] in LAST]
            if split:
                parts.append(split[0])
            elif w:
                parts.append(w)
            if n:
                parts.append(say_pairs(n, zero) if len(n) == 2 else say_digits(n, zero))
    parts.append("at")
    parts.append(" dot ".join(dom.split(".")))
    return " ".join(parts)


def street_num():
    return ri(1, 240)


def num_words(n):
    if n < 10:
        return ONES[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])
    h, r = divmod(n, 100)
    return ONES[h] + " hundred" + ("" if r == 0 else " and " + num_words(r))


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]


def new_dob():
    return ri(1, 28), ri(1, 12), ri(1941, 2004)


def say_year(y):
    if y >= 2000:
        return "two thousand and " + num_words(y - 2000) if y > 2000 else "two thousand"
    return "nineteen " + (num_words(y - 1900) if y - 1900 >= 10 else "oh " + ONES[y - 1900])


def new_exp():
    return ri(1, 12), ri(26, 31)


# ---------------------------------------------------------------- card spoken forms
def speak_card(c, zero, style):
    g = card_groups(c)
    if style == "flat":
        return say_digits(c, zero, doubles=rng.random() < 0.5, homo=rng.random() < 0.3,
                          filler=rng.random() < 0.3)
    if style == "pairs":
        return safe(" ".join(say_pairs(x, zero) for x in g), c, zero)
    return safe(" ".join(say_group(x, zero) for x in g), c, zero)


def typed_card(c):
    g = card_groups(c)
    f = ri(0, 7)
    if f == 0:
        return " ".join(g)
    if f == 1:
        return "-".join(g)
    if f == 2:
        return c
    if f == 3:
        return " - ".join(g)
    if f == 4:
        return ".".join(g)
    if f == 5:
        return " ".join(c)
    if f == 6:
        return "  ".join(g)
    return "/".join(g)


# ================================================================ POSITIVE templates
def p_card_chat():
    c = new_card()
    t = typed_card(c)
    ind = ch(["retail", "telecom", "travel", "utilities", "insurance"])
    lead = ch(["Hi, can I pay by card? number: ", "card no is ", "ok the long number is ",
               "Here you go ", "CC# ", "my visa is ", "pls charge £42.50 to ", "card ending... actually full number is "])
    tail = ch(["", " thanks", " - ta", ". cheers!", " , is that ok?"])
    segs = [lead, V(t, "CARD_NUMBER", c), tail]
    if tail.startswith(" (the one ending"):
        segs = [lead, V(t, "CARD_NUMBER", c), " (the one ending in ", V(c[-4:], "CARD_NUMBER", frag=True), " lol)"]
    sep = re.sub(r"[0-9]", "", t)[:3] or "none"
    add("positive", "chat/%s: card typed, separator %r, lead-in/tail chatter" % (ind, sep), [
        A("Sure, please type the card number in the secure chat."), C(*segs)])


def p_card_call_flat():
    c = new_card()
    z = ch(ZEROS)
    s = speak_card(c, z, "flat")
    ind = ch(IND)
    add("positive", "call/%s: card read digit by digit, zero as %r, doubles/homophones/fillers" % (ind, z), [
        A("and the long number across the front of the card please"),
        C(ch(["yeah it's ", "okay so ", "right it's um ", "it's "]), V(s, "CARD_NUMBER", c),
          ch(["", " and that's it", " i think yeah"]))])


def p_card_call_split():
    c = new_card()
    z = ch(ZEROS)
    g = card_groups(c)
    turns = [A("okay whenever you're ready with the card number")]
    for i, x in enumerate(g):
        pre = ch(["", "", "right ", "so ", "um "]) if i == 0 else ch(["", "", "then ", "and "])
        turns.append(C(pre, V(say_group(x, z), "CARD_NUMBER", x, gid="c")))
        if i < len(g) - 1:
            turns.append(A(bc()))
    add("positive", "call/%s: card split over %d customer turns, mixed pairs/hundreds" % (ch(IND), len(g)),
        turns, {"c": ("CARD_NUMBER", c)})


def p_card_pairs():
    c = new_card(ch(["visa", "mc", "disc"]))
    z = ch(ZEROS)
    s = speak_card(c, z, "pairs")
    add("positive", "call/%s: card spoken in pairs ('forty one eleven')" % ch(IND), [
        A("can i take the card number please"),
        C("yeah sure it's ", V(s, "CARD_NUMBER", c)),
        A("thank you and the expiry"),
        C(V(say_pairs("%02d%02d" % new_exp(), z), "EXPIRY"))])


def p_card_hundred():
    c = card_with_hundreds()
    g = card_groups(c)
    z = ch(ZEROS)
    parts = []
    for x in g:
        parts.append(say_group(x, z, "hundred" if x.endswith("00") else ch(["digits", "pairs"])))
    s = safe(" ".join(parts), c, z)
    add("positive", "call/retail: card with a group said as 'X hundred'", [
        A("go ahead with the sixteen digits"),
        C(V(s, "CARD_NUMBER", c))])


def p_card_correction():
    c = new_card(ch(["visa", "mc"]))
    z = ch(ZEROS)
    g = card_groups(c)
    bad = list(g[2])
    bad[-1] = str((int(bad[-1]) + ri(1, 8)) % 10)
    bad = "".join(bad)
    turns = [A("okay the card number please"),
             C(V(say_group(g[0], z, "digits") + " " + say_group(g[1], z, "digits"), "CARD_NUMBER", g[0] + g[1], gid="c"), " ",
               V(say_digits(bad, z, doubles=False), "CARD_NUMBER", frag=True),
               ch([" no sorry ", " sorry no ", " no wait ", " oh no hang on "]),
               V(say_digits(g[2], z, doubles=False), "CARD_NUMBER", g[2], gid="c")),
             A(bc()),
             C(V(say_group(g[3], z), "CARD_NUMBER", g[3], gid="c"))]
    add("positive", "call/%s: self-correction inside card reading; wrong fragment labelled too" % ch(IND),
        turns, {"c": ("CARD_NUMBER", c)})


def p_card_readback():
    c = new_card()
    z = ch(ZEROS)
    s1 = speak_card(c, z, "flat")
    s2 = speak_card(c, z, "groups")
    cv = rdigits(4 if len(c) == 15 else 3)
    add("positive", "call/%s: customer reads card, agent reads it back, then cvv" % ch(IND), [
        A("what's the card number"),
        C(V(s1, "CARD_NUMBER", c)),
        A("let me just read that back to you ", V(s2, "CARD_NUMBER", c), " is that right"),
        C("yes that's correct"),
        A("and the three or four digit security code"),
        C(ch(["it's ", "", "um "]), V(say_digits(cv, z), "CVV", cv))])


def p_card_amount():
    c = new_card()
    z = ch(ZEROS)
    amt = ch(["fifty pounds", "one hundred and twenty euro", "two hundred dollars", "forty nine ninety nine"])
    add("positive", "call/%s: card next to an amount (amount not PII)" % ch(["utilities", "telecom"]), [
        A("how much would you like to pay today"),
        C("i'll pay ", amt, " on card ", V(speak_card(c, z, ch(["flat", "groups"])), "CARD_NUMBER", c),
          " please")])


def p_card_chat_full():
    c = new_card(ch(["visa", "mc", "mc2"]))
    m, y = new_exp()
    cv = rdigits(3)
    t = typed_card(c)
    exp = ch(["%02d/%02d" % (m, y), "%02d-%d" % (m, 2000 + y), "%d/%02d" % (m, y), "%02d %02d" % (m, y)])
    add("positive", "chat/retail: card, expiry and cvc in one typed message", [
        C("card ", V(t, "CARD_NUMBER", c), ch([" exp ", " expiry ", ", expires "]), V(exp, "EXPIRY"),
          ch([" cvc ", " cvv ", " security code "]), V(cv, "CVV", cv))])


def p_card_mixed_numerals():
    c = new_card("visa")
    z = ch(ZEROS)
    g = card_groups(c)
    parts = [g[0], say_group(g[1], z, "digits"), g[2][:2] + " " + g[2][2:], say_group(g[3], z, "pairs")]
    add("positive", "call/banking: ASR output mixing numerals and words inside one card", [
        A("the card number please"), C(V(safe(" ".join(parts), c, z), "CARD_NUMBER", c))])


def p_card_two_in_turn():
    c1 = new_card("visa")
    c2 = new_card("mc")
    z = ch(ZEROS)
    add("positive", "call/retail: two cards in one turn (old one declined, new one)", [
        A("that card was declined have you got another one"),
        C("so the old one was ", V(speak_card(c1, z, "groups"), "CARD_NUMBER", c1),
          " but try ", V(speak_card(c2, z, "flat"), "CARD_NUMBER", c2), " instead")])


def p_card_amex_split():
    c = new_card("amex")
    z = ch(ZEROS)
    g = card_groups(c)
    add("positive", "call/travel: amex 4-6-5 over turns with filler", [
        A("and it's an american express you said"),
        C("yes ", V(say_group(g[0], z), "CARD_NUMBER", g[0], gid="c")),
        A("okay"),
        C(V(say_digits(g[1], z, filler=True), "CARD_NUMBER", g[1], gid="c")),
        A(bc()),
        C(V(say_digits(g[2], z), "CARD_NUMBER", g[2], gid="c"), " and the code on the front is ",
          V(say_digits(x := rdigits(4), z), "CVV", x))], {"c": ("CARD_NUMBER", c)})


# ---------------------------------------------------------------- NI numbers
def ni_typed(n):
    f = ri(0, 7)
    p, d, s = n[:2], n[2:8], n[8]
    if f == 0:
        return n
    if f == 1:
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    if f == 2:
        return ("%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)).lower()
    if f == 3:
        return "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    if f == 4:
        return "%s %s %s" % (p, d, s)
    if f == 5:
        return n.lower()
    if f == 6:
        return "%s%s %s" % (p, d, s)
    return "%s %s%s%s%s" % (p, d[:2], d[2:4], d[4:], s)


def ni_letter(l, nato):
    l = l.lower()
    if nato:
        return l + ch([" for ", " as in "]) + NATO[l]
    return l


def ni_spoken(n, z, nato=None, digit_style=None):
    nato = rng.random() < 0.35 if nato is None else nato
    p, d, s = n[:2], n[2:8], n[8]
    ds = digit_style or ch(["digits", "pairs", "doubles", "groups"])
    if ds == "digits":
        dd = say_digits(d, z, doubles=False)
    elif ds == "doubles":
        dd = say_digits(d, z, doubles=True)
    elif ds == "pairs":
        dd = say_pairs(d, z)
    else:
        dd = safe(" ".join(say_group(d[i:i + 2], z) for i in (0, 2, 4)), d, z)
    return "%s %s %s %s" % (ni_letter(p[0], nato), ni_letter(p[1], nato), dd, ni_letter(s, nato))


def p_ni_chat():
    n = new_ni()
    t = ni_typed(n)
    add("positive", "chat/government services: NI number typed as %r" % t, [
        A("Please can you confirm your National Insurance number?"),
        C(ch(["its ", "NI: ", "sure - ", "ni no. ", "", "National insurance is "]), V(t, "NI_NUMBER", n),
          ch(["", " thanks", ".", " i think"]))])


def p_ni_call():
    n = new_ni()
    z = ch(ZEROS)
    add("positive", "call/government services: NI number spoken, NATO/pairs/doubles", [
        A("can i take your national insurance number"),
        C(ch(["yeah it's ", "it's ", "okay ", "um "]), V(ni_spoken(n, z), "NI_NUMBER", n))])


def p_ni_split():
    n = new_ni()
    z = ch(ZEROS)
    nato = rng.random() < 0.5
    p, d, s = n[:2], n[2:8], n[8]
    if rng.random() < 0.5:
        turns = [A("and your national insurance number please"),
                 C(V(ni_letter(p[0], nato) + " " + ni_letter(p[1], nato), "NI_NUMBER", p, gid="n")),
                 A(bc()),
                 C(V(say_pairs(d, z) if rng.random() < 0.5 else say_digits(d, z), "NI_NUMBER", d, gid="n")),
                 A("and the letter at the end"),
                 C(ch(["", "it's ", "that's "]), V(ni_letter(s, nato), "NI_NUMBER", s, gid="n"))]
    else:
        turns = [A("what's your n i number"),
                 C(V(ni_letter(p[0], nato) + " " + ni_letter(p[1], nato) + " " + say_digits(d[:2], z), "NI_NUMBER", p + d[:2], gid="n")),
                 A(bc()),
                 C(V(say_digits(d[2:4], z), "NI_NUMBER", d[2:4], gid="n")),
                 A(bc()),
                 C(V(say_digits(d[4:], z) + " " + ni_letter(s, nato), "NI_NUMBER", d[4:] + s, gid="n"))]
    add("positive", "call/%s: NI number split over customer turns" % ch(["government services", "healthcare billing", "banking"]),
        turns, {"n": ("NI_NUMBER", n)})


def p_ni_readback():
    n = new_ni()
    z = ch(ZEROS)
    add("positive", "call/government services: NI number given then read back by agent with NATO", [
        A("national insurance number"),
        C(V(ni_spoken(n, z, nato=False), "NI_NUMBER", n)),
        A("thank you so that's ", V(ni_spoken(n, z, nato=True, digit_style="digits"), "NI_NUMBER", n), " yeah"),
        C("that's right")])


def p_ni_correction():
    n = new_ni()
    z = ch(ZEROS)
    p, d, s = n[:2], n[2:8], n[8]
    wrong = ch([x for x in "ABCD" if x != s])
    add("positive", "call/government services: NI suffix letter corrected; both letters labelled", [
        A("can you give me your national insurance number please"),
        C(V(ni_letter(p[0], False) + " " + ni_letter(p[1], False) + " " + say_digits(d, z), "NI_NUMBER", p + d, gid="n"),
          " ", V(wrong.lower(), "NI_NUMBER", frag=True), " no sorry ",
          V(ni_letter(s, True), "NI_NUMBER", s, gid="n"))],
        {"n": ("NI_NUMBER", n)})


def p_ni_with_other():
    n = new_ni()
    z = ch(ZEROS)
    dur = ch(["about three years", "since twenty nineteen", "for six months"])
    add("positive", "call/government services: NI number in chit-chat with years/durations", [
        A("how long have you been claiming"),
        C("it's been ", dur, " now my number's ", V(ni_spoken(n, z), "NI_NUMBER", n),
          " if you need it")])


def p_ni_chat_typo():
    n = new_ni()
    p, d, s = n[:2], n[2:8], n[8]
    t = ch(["%s%s %s" % (p.lower(), d, s.lower()), "%s %s %s %s%s" % (p, d[:2], d[2:4], d[4:], s),
            "%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], s), "%s / %s / %s" % (p, d, s)])
    add("positive", "chat/healthcare billing: NI typed with odd spacing/punctuation", [
        C("hiya my nat insurance no is ", V(t, "NI_NUMBER", n), " and i need a refund of £120 from march")])


# ---------------------------------------------------------------- SSN
def ssn_typed(s):
    f = ri(0, 6)
    a, g, r = s[:3], s[3:5], s[5:]
    return [f"{a}-{g}-{r}", f"{a} {g} {r}", s, f"{a}.{g}.{r}", f"{a} - {g} - {r}",
            f"{a}-{g}{r}", f"{a}/{g}/{r}"][f]


def ssn_spoken(s, z, style=None):
    a, g, r = s[:3], s[3:5], s[5:]
    style = style or ch(["digits", "groups", "pairs", "doubles"])
    if style == "digits":
        out = say_digits(s, z, doubles=False)
    elif style == "doubles":
        out = say_digits(s, z, doubles=True, homo=rng.random() < 0.4)
    elif style == "pairs":
        out = " ".join([say_pairs(a, z), say_pairs(g, z), say_pairs(r, z)])
    else:
        out = " ".join([say_group(a, z), say_group(g, z), say_group(r, z)])
    if norm_digits(out) != s:
        out = say_digits(s, z, doubles=False)
    return out


def p_ssn_chat():
    s = new_ssn()
    t = ssn_typed(s)
    add("positive", "chat/%s: SSN typed as %r" % (ch(["banking", "insurance", "healthcare billing"]), t), [
        A("To verify, please provide your Social Security number."),
        C(ch(["SSN ", "sure its ", "", "ok: ", "social is "]), V(t, "SSN", s), ch(["", ".", " thx", " (dont store it pls)"]))])


def p_ssn_call():
    s = new_ssn()
    z = ch(ZEROS)
    add("positive", "call/%s: SSN spoken (digits/pairs/doubles/homophones)" % ch(["banking", "insurance", "healthcare billing", "government services"]), [
        A("and can i get your social security number"),
        C(ch(["yeah it's ", "it's ", "sure ", "uh "]), V(ssn_spoken(s, z), "SSN", s))])


def p_ssn_split():
    s = new_ssn()
    z = ch(ZEROS)
    a, g, r = s[:3], s[3:5], s[5:]
    add("positive", "call/%s: SSN split 3-2-4 over turns with back-channels" % ch(["banking", "healthcare billing"]), [
        A("what's your social"),
        C(V(say_group(a, z), "SSN", a, gid="s")),
        A(bc()),
        C(V(say_group(g, z), "SSN", g, gid="s")),
        A(bc()),
        C(ch(["", "and ", "then "]), V(say_group(r, z), "SSN", r, gid="s"))], {"s": ("SSN", s)})


def p_ssn_readback():
    s = new_ssn()
    z = ch(ZEROS)
    add("positive", "call/insurance: SSN given then read back by agent", [
        A("social security number please"),
        C(V(ssn_spoken(s, z), "SSN", s)),
        A("okay i have ", V(ssn_spoken(s, z, "groups"), "SSN", s), " is that correct"),
        C("yep")])


def p_ssn_correction():
    s = new_ssn()
    z = ch(ZEROS)
    a, g, r = s[:3], s[3:5], s[5:]
    bad = str((int(r[0]) + 1) % 10) + r[1:]
    add("positive", "call/banking: SSN with mid-reading self-correction; wrong fragment labelled", [
        A("and your social security number"),
        C(V(say_digits(a + g, z), "SSN", a + g, gid="s"), " ", V(say_digits(bad, z, doubles=False), "SSN", frag=True),
          ch([" sorry ", " no no ", " wait i mean "]), V(say_digits(r, z, doubles=False), "SSN", r, gid="s"))],
        {"s": ("SSN", s)})


def p_ssn_with_dob():
    s = new_ssn()
    z = ch(ZEROS)
    d, m, y = new_dob()
    add("positive", "call/healthcare billing: SSN and DOB in one turn", [
        A("i'll need your date of birth and social to pull up the claim"),
        C("sure it's ", V("%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_year(y)), "DOB"),
          " and the social is ", V(ssn_spoken(s, z), "SSN", s))])


def p_ssn_chat_nodash():
    s = new_ssn()
    a, g, r = s[:3], s[3:5], s[5:]
    t = ch([f"{a} {g}-{r}", f"{a}{g} {r}", " ".join(s), f"#{a}-{g}-{r}"])
    lead = "ss# " if not t.startswith("#") else "ss"
    if t.startswith("#"):
        t = t[1:]
        lead = "ss#"
    add("positive", "chat/insurance: SSN typed in unusual grouping", [
        C("hi claim for my son, my ", lead, V(t, "SSN", s), " policy holder")])


def p_ssn_agent_only():
    s = new_ssn()
    z = ch(ZEROS)
    add("positive", "call/banking: agent reads SSN from file, customer confirms", [
        A("i have your social on file as ", V(ssn_spoken(s, z, ch(["digits", "groups"])), "SSN", s), " is that still correct"),
        C("yes it is")])


# ---------------------------------------------------------------- other types
def p_phone_call():
    cty = ch(["uk", "us", "ie", "uk_land"])
    p = new_phone(cty)
    z = ch(["oh", "oh", "zero", "o", "nought"])
    if cty == "us":
        s = safe(" ".join([say_group(p[:3], z), say_group(p[3:6], z), say_group(p[6:], z)]), p, z)
    else:
        s = say_digits(p, z, doubles=True)
    add("positive", "call/%s: %s phone spoken" % (ch(["telecom", "utilities", "retail"]), cty), [
        A("what's the best number to reach you on"),
        C(ch(["it's ", "my mobile is ", "yeah ", ""]), V(s, "PHONE", p))])


def p_phone_chat():
    cty = ch(["uk", "us", "ie", "intl"])
    if cty == "uk":
        p = new_phone("uk")
        t = ch([p, p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "(+44) " + p[1:]])
        v = p if not t.startswith("+") and not t.startswith("(") else "44" + p[1:]
    elif cty == "us":
        p = new_phone("us")
        t = ch(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:])])
        v = ("1" + p) if t.startswith("+") else p
    elif cty == "ie":
        p = new_phone("ie")
        t = ch(["%s %s %s" % (p[:3], p[3:6], p[6:]), "+353 %s %s %s" % (p[1:3], p[3:6], p[6:])])
        v = ("353" + p[1:]) if t.startswith("+") else p
    else:
        p = "49" + "1" + ch("567") + rdigits(8)
        t = "+%s %s %s" % (p[:2], p[2:5], p[5:])
        v = p
    # label starts at first digit-or-paren char
    lab = t
    pre = ch(["call me on ", "mob: ", "tel ", "best no. is ", "ring "])
    segs = [pre, V(lab, "PHONE", v)]
    if lab[0] in "+(":
        segs = [pre + lab[0], V(lab[1:], "PHONE", v)] if lab[0] == "+" else [pre, V(lab, "PHONE", v)]
    add("positive", "chat/%s: %s phone typed" % (ch(["telecom", "travel", "retail"]), cty), [C(*segs, ch(["", " after 6pm", " anytime"]))])


def p_phone_split_intl():
    p = "44" + new_phone("uk")[1:]
    z = "oh"
    add("positive", "call/travel: international UK mobile 'plus four four' split over turns", [
        A("and a contact number while you're abroad"),
        C("plus ", V(say_digits(p[:2], z) + " " + say_digits(p[2:6], z), "PHONE", p[:6], gid="p")),
        A(bc()),
        C(V(say_digits(p[6:], z), "PHONE", p[6:], gid="p"))], {"p": ("PHONE", p)})


def p_email_call():
    e = new_email()
    s = say_email(e)
    add("positive", "call/%s: email spoken 'dot'/'at'/'underscore'" % ch(IND), [
        A("and an email address for the confirmation"),
        C(ch(["yeah it's ", "it's ", "sure "]), V(s, "EMAIL", e), ch(["", " all lower case"]))])


def p_email_chat():
    e = new_email()
    t = ch([e, e.upper() if rng.random() < 0.3 else e.capitalize()])
    add("positive", "chat/%s: email typed" % ch(IND), [C("pls send the receipt to ", V(t, "EMAIL", e.lower() if False else None), " thanks")])


def p_dob():
    d, m, y = new_dob()
    f = ri(0, 5)
    if f == 0:
        t = "%s %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    elif f == 1:
        t = "%s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_year(y))
    elif f == 2:
        t = "%02d/%02d/%d" % (d, m, y)
    elif f == 3:
        t = "%d-%02d-%02d" % (y, m, d)
    elif f == 4:
        t = "%s %d %d" % (MONTHS[m - 1].capitalize(), d, y)
    else:
        t = "%s %s %s" % (say_pairs("%02d" % d, "oh"), say_pairs("%02d" % m, "oh"), say_year(y)[9:] if y < 2000 else say_year(y))
    call = f in (0, 1, 5)
    add("positive", "%s/%s: date of birth %s" % ("call" if call else "chat", ch(IND), "spoken" if call else "typed"), [
        A("can you confirm your date of birth" if call else "Please confirm your DOB."),
        C(ch(["it's the ", "the "]) if f == 1 else ch(["it's ", "", "yeah ", "born "]), V(t, "DOB"))])


def p_sort_acct():
    sc = rdigits(6)
    ac = rdigits(8)
    z = ch(ZEROS)
    if rng.random() < 0.5:
        add("positive", "call/banking: sort code in pairs then account number split", [
            A("what's the sort code"),
            C(V(say_pairs(sc, z), "SORT_CODE", sc)),
            A("and the account number"),
            C(V(say_digits(ac[:4], z), "BANK_ACCOUNT", ac[:4], gid="a")),
            A(bc()),
            C(V(say_digits(ac[4:], z), "BANK_ACCOUNT", ac[4:], gid="a"))], {"a": ("BANK_ACCOUNT", ac)})
    else:
        t = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        add("positive", "chat/banking: sort code and account typed together", [
            C("sort ", V(t, "SORT_CODE", sc), " acc ", V(ac, "BANK_ACCOUNT", ac), " can you set up the DD for the 1st?")])


def p_us_account():
    ac = rdigits(ri(10, 12))
    z = ch(ZEROS)
    add("positive", "call/banking: US checking account number spoken", [
        A("and the checking account number for the autopay"),
        C(V(say_digits(ac, z), "BANK_ACCOUNT", ac), " and the routing is on the other form")])


def p_iban():
    cc = ch(["GB", "IE", "DE", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = ch(["NWBK", "BARC", "AIBK", "IPBS", "HLFX"]) + rdigits(14)
    elif cc == "DE":
        bban = rdigits(18)
    elif cc == "NL":
        bban = ch(["ABNA", "INGB", "SNSB"]) + rdigits(10)
    else:
        bban = rdigits(20)
    ib = make_iban(cc, bban)
    if rng.random() < 0.6:
        t = ch([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower()])
        add("positive", "chat/%s: IBAN typed (%s)" % (ch(["banking", "travel", "insurance"]), cc), [
            C("refund to IBAN ", V(t, "IBAN", ib), " please")])
    else:
        z = "zero"
        letters = " ".join(ib[i].lower() for i in range(2)) + " " + say_digits(ib[2:4], z)
        rest = []
        for c_ in ib[4:]:
            rest.append(c_.lower() if c_.isalpha() else ONES[int(c_)])
        add("positive", "call/banking: IBAN spoken character by character (%s)" % cc, [
            A("and the iban for the transfer"),
            C(V(letters + " " + " ".join(rest), "IBAN", ib))])


def p_postcode_addr():
    if rng.random() < 0.6:
        o, i = new_ukpc()
        pc = o + i
        n = street_num()
        st = ch(STREETS)
        if rng.random() < 0.5:
            z = "oh"
            sp = " ".join(ni_letter(c_, rng.random() < 0.3) if c_.isalpha() else ONES[int(c_)] for c_ in pc)
            add("positive", "call/utilities: UK address and postcode spoken, letters spelt", [
                A("first line of the address and the postcode"),
                C(V("%s %s" % (num_words(n), st), "ADDRESS"), " and it's ", V(sp, "POSTCODE", pc))])
        else:
            t = ch([o + " " + i, (o + " " + i).lower(), o + i])
            add("positive", "chat/retail: UK address and postcode typed", [
                C("deliver to ", V("%d %s" % (n, st.title()), "ADDRESS"), ", ", V(t, "POSTCODE", pc), " pls")])
    else:
        zp = new_zip()
        n = street_num() * ri(1, 40)
        st = ch(STREETS)
        if rng.random() < 0.5:
            add("positive", "call/insurance: US street address and ZIP spoken", [
                A("and the garaging address"),
                C(V("%s %s" % (say_pairs(str(n), "oh"), st), "ADDRESS"), " zip ", V(say_digits(zp, "oh"), "POSTCODE", zp))])
        else:
            z4 = rdigits(4) if rng.random() < 0.4 else ""
            t = zp + ("-" + z4 if z4 else "")
            add("positive", "chat/retail: US address with ZIP typed", [
                C("ship to ", V("%d %s" % (n, st.title()), "ADDRESS"), ", Springfield IL ", V(t, "POSTCODE", zp + z4))])


def p_expiry_cvv_call():
    m, y = new_exp()
    cv = rdigits(3)
    z = ch(ZEROS)
    f = ri(0, 2)
    if f == 0:
        ex = say_pairs("%02d%02d" % (m, y), z)
    elif f == 1:
        ex = "%s twenty %s" % (MONTHS[m - 1], num_words(y))
    else:
        ex = "%s %s" % (say_digits("%02d" % m, z), say_pairs("%02d" % y, z))
    add("positive", "call/%s: expiry then cvv in separate turns" % ch(IND), [
        A("expiry date on the card"),
        C(V(ex, "EXPIRY")),
        A("and the last three digits on the back"),
        C(V(say_digits(cv, z), "CVV", cv), ch(["", " sorry ", " um"]) if False else "")])


def p_sort_code_call():
    sc = rdigits(6)
    z = ch(ZEROS)
    f = ri(0, 3)
    if f == 0:
        add("positive", "call/banking: sort code digit by digit with doubles", [
            A("and the sort code"), C(ch(["it's ", "", "um "]), V(say_digits(sc, z), "SORT_CODE", sc))])
    elif f == 1:
        add("positive", "call/banking: sort code split in pairs over turns", [
            A("sort code please"),
            C(V(say_pair(sc[:2], z), "SORT_CODE", sc[:2], gid="s")), A(bc()),
            C(V(say_pair(sc[2:4], z), "SORT_CODE", sc[2:4], gid="s")), A(bc()),
            C(V(say_pair(sc[4:], z), "SORT_CODE", sc[4:], gid="s"))], {"s": ("SORT_CODE", sc)})
    elif f == 2:
        ac = rdigits(8)
        add("positive", "call/utilities: sort code and account in one turn for direct debit", [
            A("i'll set up the direct debit for the fifteenth what are the bank details"),
            C("sort code ", V(safe(" ".join(say_pair(sc[i:i + 2], z) for i in (0, 2, 4)), sc, z), "SORT_CODE", sc),
              " account ", V(say_digits(ac, z), "BANK_ACCOUNT", ac))])
    else:
        t = ch(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), "%s.%s.%s" % (sc[:2], sc[2:4], sc[4:])])
        add("positive", "chat/insurance: refund bank details typed", [
            C("refund the £%d.%02d to sort code " % (ri(10, 400), ri(0, 99)), V(t, "SORT_CODE", sc), ", a/c no ", V(x := rdigits(8), "BANK_ACCOUNT", x))])


def p_postcode_only():
    if rng.random() < 0.5:
        o, i = new_ukpc()
        pc = o + i
        z = "oh"
        sp = " ".join(ni_letter(c_, rng.random() < 0.4) if c_.isalpha() else ONES[int(c_)] for c_ in o)
        sp2 = " ".join(ni_letter(c_, rng.random() < 0.4) if c_.isalpha() else ONES[int(c_)] for c_ in i)
        add("positive", "call/utilities: UK postcode split outward/inward over turns", [
            A("what's the postcode there"),
            C(V(sp, "POSTCODE", o, gid="p")), A(bc()),
            C(V(sp2, "POSTCODE", i, gid="p"))], {"p": ("POSTCODE", pc)})
    else:
        zp = new_zip()
        add("positive", "call/insurance: US ZIP code in pairs", [
            A("and your zip code"), C(V(safe(say_digits(zp[0], "oh") + " " + say_pairs(zp[1:], "oh"), zp, "oh"), "POSTCODE", zp))])


def p_address_call():
    n = street_num()
    st = ch(STREETS)
    flat = ri(1, 12)
    f = ri(0, 2)
    if f == 0:
        a = "flat %s %s %s" % (num_words(flat), num_words(n), st)
    elif f == 1:
        a = "%s %s" % (say_digits(str(n), "oh"), st)
    else:
        a = "apartment %d, %d %s" % (flat, n, st.title())
    add("positive", "%s/%s: street address" % ("chat" if f == 2 else "call", ch(["utilities", "telecom", "retail", "insurance"])), [
        A("can you confirm the first line of the address"),
        C(ch(["yeah it's ", "", "it's "]), V(a, "ADDRESS"), ch(["", " in " + ch(["leeds", "cork", "dublin", "boston"])]))])


# ================================================================ NEGATIVE templates
def n_amounts():
    a = ch(["one hundred and forty two pounds fifty", "two thousand four hundred dollars", "forty nine ninety nine",
            "eighteen euro seventy", "three hundred and twelve pounds"])
    add("negative", "call/utilities: spoken money amounts", [
        A("your outstanding balance is " + a),
        C("okay and the next bill will be about " + ch(["sixty", "seventy five", "ninety"]) + " pounds")])


def n_order():
    n = rdigits(ri(6, 10))
    word = ch(["order number", "ticket number", "claim reference", "invoice number", "booking reference", "case number"])
    call = rng.random() < 0.5
    txt = say_digits(n, "oh") if call else n
    add("negative", "%s/retail: %s (reference, not PII)" % ("call" if call else "chat", word), [
        A("have you got the %s" % word),
        C("yeah the %s is %s" % (word, txt))])


def n_times():
    add("negative", "call/telecom: times, durations and dates of appointments", [
        A("the engineer can come on the %s of %s between %s" % (ch(ORD), ch(MONTHS), ch(["eight and twelve", "one and five", "nine and one"]))),
        C("that's fine i'm in from %s and i've been without broadband for %s" % (
            ch(["half seven", "nine thirty", "ten o'clock"]), ch(["three days", "forty eight hours", "two weeks"])))])


def n_flight():
    fl = ch(["EI", "BA", "FR", "UA", "LH", "DL"]) + str(ri(100, 9999))
    add("negative", "chat/travel: flight number, seat, gate, times", [
        C("my flight %s on %d %s got moved to %02d:%02d, seat %d%s, gate B%d" % (
            fl, ri(1, 28), ch(MONTHS).capitalize(), ri(0, 23), ri(0, 59), ri(1, 40), ch("ABCDEF"), ri(1, 60)))])


def n_meter():
    r = rdigits(5)
    add("negative", "call/utilities: meter reading spoken", [
        A("can you read me the numbers on the meter"),
        C("yeah it says " + say_digits(r, "zero", doubles=False) + " and the night one is " + say_digits(rdigits(5), "zero", doubles=False))])


def n_model():
    add("negative", "chat/retail: model numbers and quantities", [
        C("I ordered %d x model %s-%d and %d units of SKU %s, total £%d.%02d" % (
            ri(2, 12), ch(["KX", "TV", "WM", "HD"]), ri(100, 9999), ri(2, 30), rdigits(7), ri(20, 900), ri(0, 99)))])


def n_speed():
    add("negative", "call/telecom: speeds, percentages, temperatures, ages", [
        A("you should be getting around %s megabits" % num_words(ri(30, 900) // 10 * 10)),
        C("i'm getting like %s percent of that and my router's at %s degrees, it's %s years old" % (
            num_words(ri(10, 60)), num_words(ri(30, 60)), num_words(ri(2, 9))))])


def n_balance():
    add("negative", "chat/banking: balances, interest rates, counts", [
        A("Your balance is £%d.%02d and the APR is %d.%d%%." % (ri(100, 99999), ri(0, 99), ri(3, 29), ri(0, 9))),
        C("ok and how many payments left? i think %d out of %d" % (ri(1, 11), ri(12, 60)))])


def n_years():
    add("negative", "call/insurance: years and contract start dates (not birth dates)", [
        A("the policy started on the %s of %s %s" % (ch(ORD), ch(MONTHS), say_year(ri(2010, 2025)))),
        C("yeah and the car is a %s model with about %s thousand miles" % (say_year(ri(2008, 2024)), num_words(ri(10, 99))))])


def n_room():
    add("negative", "chat/healthcare billing: room number, appointment time, invoice", [
        C("I was in room %d on ward %d on %02d/%02d/%d, invoice INV-%s for $%d.%02d" % (
            ri(100, 999), ri(1, 20), ri(1, 28), ri(1, 12), ri(2023, 2026), rdigits(ri(6, 8)), ri(50, 4000), ri(0, 99)))])


def n_ref_spoken_pairs():
    n = rdigits(8)
    add("negative", "call/insurance: claim number spoken in pairs (8 digits, with reference word)", [
        A("what's the claim number"),
        C("claim number " + say_pairs(n, "oh") + " and it was about " + num_words(ri(2, 30)) + " hundred pounds of damage")])


def n_payment_date():
    add("negative", "chat/utilities: payment dates and direct debit amount", [
        C("Can you move my direct debit from the %d%s to the %d%s? It's £%d a month" % (
            ri(1, 9), "th", ri(10, 28), "th", ri(20, 200)))])


def n_counts():
    add("negative", "call/retail: quantities and counts", [
        A("how many did you order"),
        C("%s boxes of %s and it's come to %s items altogether" % (num_words(ri(2, 19)), num_words(ri(6, 48)), num_words(ri(20, 99))))])


def n_last_digits_question():
    add("negative", "call/banking: agent asks for card without any number given", [
        A("can you tell me the card number please"),
        C("hang on i need to find my purse it's in the car"),
        A("no problem take your time")])


def n_long_order_chat():
    add("negative", "chat/retail: order number typed with reference word + tracking", [
        C("Order #%s still hasn't arrived, tracking says out for delivery since %d:%02d" % (rdigits(ri(8, 10)), ri(1, 12), ri(0, 59)))])


# ================================================================ build

def p_card_echo():
    c = new_card(ch(["visa", "mc", "mc2", "disc"]))
    z = ch(ZEROS)
    g = card_groups(c)
    turns = [A("go ahead with the card number i'll repeat it back as we go")]
    for i, x in enumerate(g):
        turns.append(C(V(say_group(x, z, ch(["digits", "pairs"])), "CARD_NUMBER", x, gid="c")))
        turns.append(A(V(say_digits(x, z, doubles=False), "CARD_NUMBER", frag=True), ch([" yep", " okay", "", " got it"])))
    add("positive", "call/%s: card in groups with the agent echoing each group (echoes labelled)" % ch(IND),
        turns, {"c": ("CARD_NUMBER", c)})


def p_card_restart():
    c = new_card(ch(["visa", "mc", "amex"]))
    z = ch(ZEROS)
    g = card_groups(c)
    add("positive", "call/%s: caller starts card, restarts ('let me start again'); partial labelled" % ch(IND), [
        A("and the card number please"),
        C(V(say_group(g[0], z) + " " + say_digits(g[1][:2], z), "CARD_NUMBER", frag=True),
          ch([" sorry let me start again ", " hang on i'll start again ", " oh sorry from the top "]),
          V(speak_card(c, z, ch(["flat", "groups"])), "CARD_NUMBER", c))])


def p_ni_nato_only():
    n = new_ni()
    z = ch(ZEROS)
    p, d, s_ = n[:2], n[2:8], n[8]
    sp = "%s %s %s %s" % (NATO[p[0].lower()], NATO[p[1].lower()], say_pairs(d, z), NATO[s_.lower()])
    add("positive", "call/government services: NI letters said only as NATO words ('kilo lima ... charlie')", [
        A("national insurance number when you're ready"),
        C(ch(["right so ", "it's ", ""]), V(sp, "NI_NUMBER", n))])


def p_ssn_echo():
    s = new_ssn()
    z = ch(ZEROS)
    a, g, r = s[:3], s[3:5], s[5:]
    add("positive", "call/%s: SSN groups each echoed by the agent (echoes labelled)" % ch(["banking", "insurance", "healthcare billing"]), [
        A("go ahead with the social"),
        C(V(say_group(a, z), "SSN", a, gid="s")),
        A(V(say_digits(a, z, doubles=False), "SSN", frag=True)),
        C("yep ", V(say_group(g, z), "SSN", g, gid="s")),
        A(V(say_digits(g, z, doubles=False), "SSN", frag=True)),
        C(V(say_group(r, z), "SSN", r, gid="s")),
        A(V(say_digits(r, z, doubles=False), "SSN", frag=True), " thank you")], {"s": ("SSN", s)})


def n_spoken_times():
    add("negative", "call/healthcare billing: appointment date and times spoken, copay amount", [
        A("your appointment is %s the %s at %s" % (ch(["monday", "thursday", "friday"]), ch(ORD), ch(["nine fifteen", "two forty five", "eleven thirty"]))),
        C("and the copay is still %s dollars right and it takes about %s minutes" % (num_words(ri(10, 80)), num_words(ri(15, 90))))])


def n_tracking():
    add("negative", "chat/retail: parcel tracking reference and weights", [
        C("tracking ref %s%s shows %d parcels, %d.%dkg total, due %s %d" % (
            ch(["JD", "TBA", "H"]), rdigits(ri(8, 10)), ri(2, 5), ri(1, 20), ri(0, 9), ch(MONTHS).capitalize(), ri(1, 28)))])


def n_ticket_spoken_ref():
    n = rdigits(ri(7, 10))
    z = ch(["oh", "zero"])
    add("negative", "call/telecom: fault ticket number read back by agent, durations", [
        A("your fault reference is %s" % say_digits(n, z)),
        C("okay and how long will that take"),
        A("usually %s to %s working days" % (num_words(ri(2, 3)), num_words(ri(4, 7))))])


N_POS_ROUNDS = 5
N_NEG_ROUNDS = 7


def p_ssn_dash():
    s = new_ssn()
    z = ch(ZEROS)
    a, g, r = s[:3], s[3:5], s[5:]
    sp = "%s dash %s dash %s" % (say_digits(a, z, doubles=False), say_group(g, z), say_group(r, z))
    add("positive", "call/%s: SSN spoken with 'dash' between groups, next to a claim number" % ch(["healthcare billing", "insurance"]), [
        A("i have the claim number can i also get the member's social"),
        C("the claim was %s and the social is " % say_digits(rdigits(7), "oh", doubles=False), V(sp, "SSN", s))])


def p_card_chat_pairs():
    c = new_card(ch(["visa", "mc", "disc"]))
    t = ch([" ".join(c[i:i + 2] for i in range(0, 16, 2)), " ".join(c[i:i + 3] for i in range(0, 16, 3)),
            c[:8] + " " + c[8:], c[:4] + "*" + c[4:8] + "*" + c[8:12] + "*" + c[12:]])
    add("positive", "chat/%s: card typed with unusual grouping (pairs/triples/halves/asterisks)" % ch(["retail", "telecom", "travel"]), [
        C("hi order 55%s went through twice?? the card was " % rdigits(5), V(t, "CARD_NUMBER", c),
          " and i was charged £%d.%02d two times" % (ri(10, 300), ri(0, 99)))])


def p_ni_with_ref():
    n = new_ni()
    z = ch(ZEROS)
    ref = rdigits(8)
    add("positive", "call/government services: NI number next to a reference number (unlabelled)", [
        A("have you got your reference number from the letter"),
        C("yeah the reference is %s" % say_digits(ref, z, doubles=False)),
        A("thanks and your national insurance number"),
        C(V(ni_spoken(n, z, digit_style=ch(["pairs", "groups"])), "NI_NUMBER", n), " and my date of birth is ",
          V("%s %s %s" % (ORD[ri(0, 27)], ch(MONTHS), say_year(ri(1950, 2000))), "DOB"))])




POS = [p_card_chat, p_card_call_flat, p_card_call_split, p_card_pairs, p_card_hundred,
       p_card_correction, p_card_readback, p_card_amount, p_card_chat_full, p_card_mixed_numerals,
       p_card_two_in_turn, p_card_amex_split,
       p_ni_chat, p_ni_call, p_ni_split, p_ni_readback, p_ni_correction, p_ni_with_other, p_ni_chat_typo,
       p_ssn_chat, p_ssn_call, p_ssn_split, p_ssn_readback, p_ssn_correction, p_ssn_with_dob,
       p_ssn_chat_nodash, p_ssn_agent_only, p_ssn_dash, p_card_chat_pairs, p_ni_with_ref,
       p_card_echo, p_card_restart, p_ni_nato_only, p_ssn_echo,
       p_phone_call, p_phone_chat, p_phone_split_intl, p_email_call, p_email_chat, p_dob,
       p_sort_acct, p_us_account, p_iban, p_postcode_addr, p_expiry_cvv_call]

NEG = [n_amounts, n_order, n_times, n_flight, n_meter, n_model, n_speed, n_balance, n_years,
       n_room, n_ref_spoken_pairs, n_payment_date, n_counts, n_last_digits_question, n_long_order_chat,
       n_spoken_times, n_tracking, n_ticket_spoken_ref]

OTHER = [p_sort_code_call, p_iban, p_iban, p_email_call, p_email_chat, p_dob, p_postcode_only,
         p_address_call, p_postcode_addr]


def build():
    for _ in range(N_POS_ROUNDS):
        for f in POS:
            f()
    for _ in range(5):
        for f in OTHER:
            f()
    for _ in range(N_NEG_ROUNDS):
        for f in NEG:
            f()


def render():
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASE_LIST)


def counts():
    cnt = Counter(s["type"] for c in CASE_LIST for s in c["spans"])
    pos = sum(1 for c in CASE_LIST if c["kind"] == "positive")
    return cnt, pos, len(CASE_LIST) - pos


def readme(cnt, pos, neg):
    rows = "\n".join("| %s | %d |" % (t, cnt.get(t, 0)) for t in TYPES)
    return f"""# PII hold-out set 207

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its docs or any other PII fixture; only a
3-line example of the JSONL format. Every case is generated by
`scripts/make_pii_holdout207.py` (standard library only, seed {SEED}) from
template functions: each turn is assembled from plain-text segments and
labelled value segments, so offsets are computed, never typed by hand.
`python scripts/make_pii_holdout207.py --check` regenerates the file, checks it
is byte-identical, ids unique, offsets in range and on word boundaries, spans
non-overlapping, and that every labelled value normalises (spoken forms such as
"double seven", "forty one eleven", "nineteen hundred", "oh"/"o"/"nought",
"b for bravo", homophones "to"/"for") back to its true value, which is then
validated (Luhn, IBAN mod-97, NI format, 9-digit SSN, 6-digit sort code, digit
counts, postcode shapes).

Emphasis: adversarial CARD_NUMBER, NI_NUMBER and SSN forms (typed with odd
separators, digit by digit, pairs, hundreds, doubles/triples, numerals mixed
with words, split across turns with back-channels, self-corrections, agent
read-backs, two values in one turn).

## Annotation conventions

* A span covers only the value itself, never the lead-in ("my card is").
* Values split over several turns: each fragment is its own span of the same type.
* Spoken values: the span runs from the first to the last word of the reading,
  including fillers (um/uh), "double"/"triple", "x for xray" spellings that sit
  inside the reading.
* Self-corrections: the wrong fragment is also labelled (it is still part of a
  real card/NI/SSN reading); the connecting words ("no sorry") are not.
* Agent read-backs of a value are labelled like customer readings, and so are
  an agent's group-by-group echoes and a caller's abandoned partial reading
  before "let me start again".
* "dash"/"hyphen", fillers (um, er) and "x for xray"/"as in" spellings inside
  a reading are inside the span; NATO words used alone as letters count too.
* A bare "last four digits" mention is never labelled and never used.
* A "+" (typed) or "plus" (spoken) before an international phone number is outside the span; "(" of
  a US area code is inside.
* EXPIRY covers the month and year; DOB covers the whole date (a leading
  "the" is outside, an inner "of" is inside); ADDRESS covers
  house number and street only (not town); POSTCODE covers the UK postcode or
  US ZIP(+4).
* Non-PII numbers in positive cases (amounts, years, durations) are unlabelled.
* Negatives contain no PII at all: amounts, times, durations, counts,
  references with their reference word, flight/room/model numbers, meter
  readings, speeds, percentages, non-birth dates, balances.

## Counts

Positive cases: {pos}. Negative cases: {neg}.

| type | spans |
|---|---|
{rows}
"""


def check(text_written):
    problems = []
    ids = set()
    for c, (vs, groups) in zip(CASE_LIST, META):
        if c["id"] in ids:
            problems.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            problems.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(c["id"] + ": positive without spans")
        byturn = {}
        for s in c["spans"]:
            t = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append("%s: span out of range" % c["id"])
                continue
            if s["type"] not in TYPES:
                problems.append("%s: bad type" % c["id"])
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append("%s: span start mid-word %r" % (c["id"], t[s["start"] - 1:s["end"]]))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append("%s: span end mid-word %r" % (c["id"], t[s["start"]:s["end"] + 1]))
            seg = t[s["start"]:s["end"]]
            if seg != seg.strip() or not (seg[0].isalnum() or seg[0] == "("):
                problems.append("%s: span has bad edges %r" % (c["id"], seg))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if a[1] > b[0]:
                    problems.append("%s: overlapping spans" % c["id"])
        gparts = {}
        for v in vs:
            if v.typ == "EMAIL":
                got = norm_email(v.text)
                want = v.val or v.text.lower()
                if got != want or not validate("EMAIL", got):
                    problems.append("%s: email %r -> %r" % (c["id"], v.text, got))
                continue
            if v.typ in ("DOB", "EXPIRY", "ADDRESS") and v.val is None:
                if not weak_ok(v.typ, v.text):
                    problems.append("%s: weak check %s %r" % (c["id"], v.typ, v.text))
                continue
            got = norm_digits(v.text)
            if v.frag:
                if "?" in got or not got:
                    problems.append("%s: bad fragment %r" % (c["id"], v.text))
                continue
            if got != v.val:
                problems.append("%s: %s %r normalises to %r, want %r" % (c["id"], v.typ, v.text, got, v.val))
            if v.gid:
                gparts.setdefault(v.gid, []).append(got)
            elif not validate(v.typ, got):
                problems.append("%s: %s %r invalid (%r)" % (c["id"], v.typ, v.text, got))
        for gid, (typ, val) in groups.items():
            joined = "".join(gparts.get(gid, []))
            if joined != val or not validate(typ, val):
                problems.append("%s: group %s %r != %r or invalid" % (c["id"], gid, joined, val))
    cnt, pos, neg = counts()
    if pos < 170:
        problems.append("only %d positives" % pos)
    if neg < 100:
        problems.append("only %d negatives" % neg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt.get(t, 0) < need:
            problems.append("type %s has %d spans (< %d)" % (t, cnt.get(t, 0), need))
    return problems


def main():
    build()
    text = render()
    cnt, pos, neg = counts()
    rd = readme(cnt, pos, neg)
    if "--check" in sys.argv:
        problems = []
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            problems.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            problems.append("README.md differs from regenerated output")
        # verify the file on disk parses
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
        problems += check(text)
        print("positives=%d negatives=%d" % (pos, neg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt.get(t, 0)))
        if problems:
            for p in problems[:80]:
                print("PROBLEM:", p)
            print("%d problem(s)" % len(problems))
            sys.exit(1)
        print("check OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    README.write_text(rd, encoding="utf-8")
    print("wrote %d cases (%d positive, %d negative)" % (len(CASE_LIST), pos, neg))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout463 held-out PII redaction evaluation set.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.

    python scripts/make_pii_holdout463.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout463.py --check  # regenerate + verify
"""
import argparse
import json
import os
import re
import sys
import random

SEED = 463241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout463", "cases.jsonl")

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
        16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
ALT_SPELL = {"a": "apple", "b": "bravo", "c": "charlie", "d": "dog", "e": "edward", "g": "george", "h": "harry",
             "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy", "p": "peter", "r": "robert",
             "s": "sugar", "t": "tommy", "w": "william", "x": "x-ray", "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
       30: "thirtieth"}
FILLERS = ["um", "uh", "er", "erm"]


def ordinal_word(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def ordinal_suffix(n):
    if 10 <= n % 100 <= 20:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


# ---------------------------------------------------------------- values
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


def make_card(rng):
    kind = rng.choice(["visa16", "visa16", "mc16", "mc16", "amex15", "disc16", "visa13", "maestro19", "visa19"])
    prefix, n = {"visa16": ("4", 16), "mc16": (rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                 "amex15": (rng.choice(["34", "37"]), 15), "disc16": ("6011", 16), "visa13": ("4", 13),
                 "maestro19": ("6759", 19), "visa19": ("4", 19)}[kind]
    body = prefix + "".join(str(rng.randrange(10)) for _ in range(n - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    n = len(d)
    if n == 15:
        return [d[:4], d[4:10], d[10:]]
    if n == 13:
        return [d[:4], d[4:8], d[8:12], d[12:]]
    if n == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, n, 4)]


def make_ssn(rng):
    while True:
        a = rng.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randrange(1, 100), rng.randrange(1, 10000))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(rng):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(rng.randrange(10)) for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def make_iban(rng):
    c = rng.choice(["GB", "GB", "IE", "IE", "DE", "FR", "NL", "ES"])
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "FR":
        bban = dg(23)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    else:
        bban = dg(20)
    return c + iban_check(c, bban) + bban


# ---------------------------------------------------------------- speech
def zero_word(rng, uk=True):
    return rng.choice(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def say_digit(ch, rng, uk=True):
    return zero_word(rng, uk) if ch == "0" else UNIT[int(ch)]


def say_digits(ds, rng, uk=True, reps=True):
    out, i = [], 0
    while i < len(ds):
        run = 1
        while i + run < len(ds) and ds[i + run] == ds[i]:
            run += 1
        if reps and run >= 3 and rng.random() < 0.5:
            out += ["triple", say_digit(ds[i], rng, uk)]
            i += 3
        elif reps and run >= 2 and rng.random() < 0.6:
            out += ["double", say_digit(ds[i], rng, uk)]
            i += 2
        else:
            out.append(say_digit(ds[i], rng, uk))
            i += 1
    return out


def say_under100(n, rng, uk=True):
    if n < 10:
        return [UNIT[n]]
    if n < 20:
        return [TEEN[n]]
    if n % 10 == 0:
        return [TENS[n // 10]]
    return [TENS[n // 10], UNIT[n % 10]]


def say_chunk(ch, rng, uk, next_first, modes=("digits", "pair", "hundred")):
    opts = ["digits"]
    if "pair" in modes and len(ch) == 2 and ch[0] != "0":
        opts += ["pair", "pair"]
    if "pair" in modes and len(ch) == 4 and ch[0] != "0" and ch[2] != "0":
        opts += ["pairs", "pairs"]
    if "hundred" in modes and len(ch) == 3 and ch[0] != "0":
        opts += ["hundred"]
    m = rng.choice(opts)
    if m == "pair":
        toks = say_under100(int(ch), rng, uk)
    elif m == "pairs":
        toks = say_under100(int(ch[:2]), rng, uk) + say_under100(int(ch[2:]), rng, uk)
    elif m == "hundred":
        toks = [UNIT[int(ch[0])], "hundred"]
        if ch[1:] != "00":
            toks += ["and"] + say_under100(int(ch[1:]), rng, uk)
    else:
        toks = say_digits(ch, rng, uk)
    if toks[-1] in TENS.values() and next_first in UNIT[1:]:
        toks = say_digits(ch, rng, uk)
    return toks


def speak_chunks(chunks, rng, uk=True, modes=("digits", "pair", "hundred")):
    """Render each chunk to a token list (rendered back to front so that a
    bare tens word is never followed by a unit word)."""
    res = [None] * len(chunks)
    nxt = None
    for i in range(len(chunks) - 1, -1, -1):
        res[i] = say_chunk(chunks[i], rng, uk, nxt, modes)
        nxt = res[i][0]
    return res


def join_chunks(tok_lists, rng, filler_p=0.15):
    parts = []
    for i, t in enumerate(tok_lists):
        if i:
            r = rng.random()
            if r < filler_p:
                parts.append(rng.choice([" um ", " uh, ", " er ", "... um, "]))
            elif r < filler_p + 0.3:
                parts.append(", ")
            elif r < filler_p + 0.4:
                parts.append("... ")
            else:
                parts.append(" ")
        parts.append(" ".join(t))
    return "".join(parts)


def spell_letter(ch, rng, style=None):
    ch = ch.lower()
    style = style or rng.choice(["plain", "plain", "nato", "for"])
    if ch == "o" and style == "plain":
        style = "nato"  # a bare "o" is read as zero, so the letter O is always spelled out
    if style == "plain":
        return ch
    if style == "nato":
        return "%s for %s" % (ch, NATO[ch])
    w = ALT_SPELL.get(ch, NATO[ch])
    return "%s as in %s" % (ch, w) if rng.random() < 0.5 else "%s for %s" % (ch, w)


# ---------------------------------------------------------------- normalising
NUMW = {w: i for i, w in enumerate(UNIT)}
for _z in ("oh", "o", "nought", "nil"):
    NUMW[_z] = 0
TEENW = {v: k for k, v in TEEN.items()}
TENSW = {v: k for k, v in TENS.items()}
NATOW = {v: k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"dash", "hyphen", "space", "slash", "then", "and", "sorry", "like", "hmm", "ah"}


def norm_alnum(text):
    """Turn a typed or spoken reading into a string of digits/upper letters."""
    toks = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|\+", text)
    toks = [t.lower() for t in toks]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif t == "+" or t == "plus":
            out.append("+")
        elif len(t) == 1 and t.isalpha() and nx == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
            continue
        elif len(t) == 1 and t.isalpha() and nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t.upper())
            i += 4
            continue
        elif t in ("double", "triple") and nx in NUMW:
            out.append(str(NUMW[nx]) * (2 if t == "double" else 3))
            i += 2
            continue
        elif t in NUMW and t not in ("o",) and nx == "hundred" or (t == "o" and nx == "hundred"):
            v = NUMW[t] * 100
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
                w = toks[i]
                if w in TEENW:
                    v += TEENW[w]
                    i += 1
                elif w in TENSW:
                    v += TENSW[w] * 10
                    i += 1
                    if i < len(toks) and toks[i] in NUMW and NUMW[toks[i]] > 0 and toks[i] != "o":
                        v += NUMW[toks[i]]
                        i += 1
                elif w in NUMW:
                    v += NUMW[w]
                    i += 1
            out.append("%03d" % v)
            continue
        elif t in NUMW:
            out.append(str(NUMW[t]))
        elif t in TEENW:
            out.append(str(TEENW[t]))
        elif t in TENSW:
            if nx in NUMW and NUMW[nx] > 0:
                out.append(str(TENSW[t] * 10 + NUMW[nx]))
                i += 2
                continue
            out.append(str(TENSW[t] * 10))
        elif t in NATOW:
            out.append(NATOW[t].upper())
        elif t in SKIP:
            pass
        else:
            out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\b(um|uh|er|erm)\b", " ", t)
    t = re.sub(r"(?<![a-z])([a-z]) (?:for|as in) [a-z-]+\b", r"\1", t)
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    for w, d in NUMW.items():
        if len(w) > 1:
            t = re.sub(r"\b%s\b" % w, str(d), t)
    return re.sub(r"\s+", "", t)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREET_RE = re.compile(r"\b(road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|crescent|terrace|place|court|"
                       r"gardens|grove|boulevard|blvd|park|hill|row|square|mews|parade|walk|kingsway)\b\.?", re.I)


def validate(typ, text, canon):
    """Return an error string or None."""
    if typ in ("CARD_NUMBER", "CVV", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "POSTCODE"):
        v = norm_alnum(text)
        if typ != "POSTCODE" and v != canon:
            return "normalised %r != %r" % (v, canon)
        if typ == "CARD_NUMBER" and not (13 <= len(v) <= 19 and v.isdigit() and luhn_ok(v)):
            return "bad card"
        if typ == "CVV" and not (v.isdigit() and len(v) in (3, 4)):
            return "bad cvv"
        if typ == "SSN" and not (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"):
            return "bad ssn"
        if typ == "NI_NUMBER" and not NI_RE.match(v):
            return "bad ni"
        if typ == "SORT_CODE" and not (v.isdigit() and len(v) == 6):
            return "bad sort code"
        if typ == "BANK_ACCOUNT" and not (v.isdigit() and 6 <= len(v) <= 17):
            return "bad account"
        if typ == "IBAN" and not (re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", v) and iban_ok(v)):
            return "bad iban"
        if typ == "PHONE":
            d = v.lstrip("+")
            if not (d.isdigit() and 9 <= len(d) <= 13):
                return "bad phone"
        if typ == "POSTCODE":
            if v != canon.replace(" ", "").replace("-", ""):
                return "postcode %r != %r" % (v, canon)
            if not (UK_PC.match(v) or re.match(r"^\d{5}(\d{4})?$", v)):
                return "bad postcode"
        return None
    if typ == "EMAIL":
        v = norm_email(text)
        if v != canon or not EMAIL_RE.match(v):
            return "email %r != %r" % (v, canon)
        return None
    if typ in ("DOB", "EXPIRY"):
        y, m = canon[0], canon[1]
        digits = re.sub(r"\D", "", norm_alnum(text))
        yy = "%02d" % (y % 100)
        if yy not in digits:
            return "year %s not in %r" % (yy, text)
        low = text.lower()
        mon_ok = MONTHS[m - 1][:3] in low or str(m) in digits
        if not mon_ok:
            return "month not found"
        if typ == "DOB" and not (1930 <= y <= 2008):
            return "dob year"
        if typ == "EXPIRY" and not (2024 <= y <= 2035 and 1 <= m <= 12):
            return "expiry"
        return None
    if typ == "ADDRESS":
        if not STREET_RE.search(text):
            return "no street word"
        if not re.match(r"^(\d|flat|apartment|apt|unit|[a-z]+ (hundred|twenty|thirty|forty|fifty|sixty|seventy|"
                        r"eighty|ninety)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
                        r"fifty|sixty|seventy|eighty|ninety)", text.lower()):
            return "address must start with a number"
        return None
    return "unknown type"


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []      # (speaker, [segments])
        self.groups = {}     # gid -> (type, canonical, mode)

    def group(self, typ, canon, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, mode)
        return gid

    def say(self, speaker, *segs):
        self.turns.append((speaker, list(segs)))

    def build(self, cid):
        turns, spans, gspans = [], [], {}
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": self.groups[gid][0]})
                    gspans.setdefault(gid, []).append(len(spans) - 1)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        order = sorted(range(len(spans)), key=lambda k: (spans[k]["turn"], spans[k]["start"]))
        remap = {old: new for new, old in enumerate(order)}
        spans = [spans[k] for k in order]
        gspans = {g: [remap[k] for k in v] for g, v in gspans.items()}
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, gspans


def V(text, gid):
    return (text, gid)


# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ["Thanks for calling Northgate Bank, you're through to %s.", "Hello, Harbour Building Society, %s speaking."],
    "telecom": ["Hi, you're through to Skyline Mobile, my name's %s.", "Welcome to Fibrelink broadband support, %s here."],
    "utilities": ["Good morning, Brightwater Energy, %s speaking.", "Hello, Anglia Water billing, this is %s."],
    "retail": ["Hi there, Marlow & Finch customer care, %s speaking.", "Thanks for contacting ShopNest, I'm %s."],
    "insurance": ["Hello, Cedar Home Insurance claims line, %s speaking.", "Good afternoon, Lumen Motor Insurance, %s here."],
    "travel": ["Thanks for calling Atlantic Skies reservations, this is %s.", "Hello, Greenway Rail bookings, %s speaking."],
    "healthcare": ["St Brigid's patient billing office, %s speaking.", "Hi, Meridian Health billing, this is %s."],
    "government": ["You're through to the Motor Tax helpline, %s speaking.", "Hello, county benefits office, %s speaking."],
}
AGENTS = ["Priya", "Tom", "Aoife", "Marcus", "Dana", "Kwame", "Siobhan", "Luis", "Hannah", "Raj", "Grace", "Niamh"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes", "sure, go ahead", "mm-hm", "okay, and"]
HES = ["um", "uh", "er", "erm"]


def opener(rng, ind=None):
    ind = ind or rng.choice(sorted(INDUSTRY))
    return rng.choice(INDUSTRY[ind]) % rng.choice(AGENTS)


def maybe_lower(rng, s, asr):
    return s.lower() if asr else s


# ---------------------------------------------------------------- positive builders
def typed_card(d, rng):
    g = card_groups(d)
    style = rng.random()
    if style < 0.3:
        return " ".join(g)
    if style < 0.5:
        return "-".join(g)
    if style < 0.65:
        return d
    if style < 0.75:
        return ".".join(g)
    if style < 0.85:  # odd grouping
        k = rng.choice([3, 5, 6])
        return " ".join(d[i:i + k] for i in range(0, len(d), k))
    return "  ".join(g)


def spoken_expiry(y, m, rng):
    r = rng.random()
    yy = y % 100
    if r < 0.3:
        return " ".join(say_digits("%02d" % m, rng, reps=False) + say_under100(yy, rng))
    if r < 0.55:
        return "%s %s" % (MONTHS[m - 1], " ".join(say_under100(yy, rng)))
    if r < 0.75:
        return "%s twenty %s" % (MONTHS[m - 1], " ".join(say_under100(yy, rng)))
    return "%s of %s" % (" ".join(say_digits("%02d" % m, rng, reps=False)), " ".join(say_under100(yy, rng)))


def typed_expiry(y, m, rng):
    return rng.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                       "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d / %02d" % (m, y % 100)])


def pos_card(rng, i):
    asr = rng.random() < 0.6
    d = make_card(rng)
    c = Case("positive", "")
    ind = rng.choice(["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare", "government"])
    g = c.group("CARD_NUMBER", d)
    want_cvv = rng.random() < 0.3
    want_exp = rng.random() < 0.35
    cvv = "".join(str(rng.randrange(10)) for _ in range(4 if len(d) == 15 else 3))
    ey, em = rng.randrange(2025, 2032), rng.randrange(1, 13)
    if not asr:
        c.note = "typed chat card payment (%s)" % ind
        lead = rng.choice(["card no: ", "Card number is ", "its ", "here you go ", "CC# ", "card - ", "the long number: ",
                           "ok so the card is ", "pls use "])
        c.say("agent", rng.choice(["Hi, ", "Hello! "]) + "To take the payment of \u00a3%d.%02d I'll need the long card number please."
              % (rng.randrange(10, 900), rng.randrange(100)))
        val = typed_card(d, rng)
        tail = rng.choice(["", " thx", " (visa debit)", ". cheers", "L4"])
        if tail == "L4":
            # full card read in the same case, so its last four are labelled too
            gl = c.group("CARD_NUMBER", d, "suffix")
            c.say("customer", lead, V(val, g), " - the one ending ", V(d[-4:], gl))
            c.note += " + last four repeated (labelled)"
        else:
            c.say("customer", lead, V(val, g), tail)
        if want_exp or want_cvv:
            segs = []
            if want_exp:
                ge = c.group("EXPIRY", (ey, em))
                segs += [rng.choice(["exp ", "expiry ", "Expires "]), V(typed_expiry(ey, em, rng), ge)]
            if want_cvv:
                gc = c.group("CVV", cvv)
                segs += [(", " if segs else ""), rng.choice(["cvv ", "CVC: ", "security code "]), V(cvv, gc)]
            c.say("agent", "Thanks, and the expiry date and security code?")
            c.say("customer", *segs)
            c.note += " with expiry/cvv"
        c.say("agent", "Lovely, that's gone through. Your reference is PAY-%d." % rng.randrange(100000, 999999))
        return c
    # ---- ASR
    uk = ind not in ("healthcare",) or rng.random() < 0.5
    chunks = card_groups(d)
    toks = speak_chunks(chunks, rng, uk)
    style = rng.choice(["single", "split", "split", "correction", "aside", "single"])
    c.say("agent", opener(rng, ind).lower() + " " + rng.choice([
        "can i take the long number across the front of the card", "whenever you're ready, the card number please",
        "so it's the sixteen digits on the front", "go ahead with the card number"]))
    if style == "single":
        c.note = "asr card read in one turn (%s)" % ind
        c.say("customer", rng.choice(["yeah it's ", "okay um ", "right so ", "", "it's "]), V(join_chunks(toks, rng), g))
    elif style == "split":
        c.note = "asr card split across turns with back-channels (%s)" % ind
        k = rng.randrange(2, len(toks) + 1)
        cuts = sorted(rng.sample(range(1, len(toks)), k - 1)) if k > 1 else []
        parts, prev = [], 0
        for cu in cuts + [len(toks)]:
            parts.append(toks[prev:cu])
            prev = cu
        for pi, p in enumerate(parts):
            pre = rng.choice(["", "", "okay ", "then "]) if pi else rng.choice(["okay it's ", "right ", ""])
            c.say("customer", pre, V(join_chunks(p, rng), g))
            if pi < len(parts) - 1:
                c.say("agent", rng.choice(BACK))
    elif style == "correction":
        c.note = "asr card with restarted reading (%s)" % ind
        gp = c.group("CARD_NUMBER", d, "partial")
        c.say("customer", "it's ", V(join_chunks(toks[:2], rng), gp),
              rng.choice([" no wait sorry that's the old card, let me start again, ", " oh hang on i'll start again ",
                          " sorry i lost my place. right, from the top "]), V(join_chunks(toks, rng), g))
    else:
        c.note = "asr card with aside mid-reading (%s)" % ind
        k = rng.randrange(1, len(toks))
        c.say("customer", V(join_chunks(toks[:k], rng), g),
              rng.choice([" ... sorry the dog's barking, one sec ... ", " hang on let me get my glasses ... right ",
                          " kids be quiet please i'm on the phone ... sorry ", " and then it's um, where was i, yeah "]),
              V(join_chunks(toks[k:], rng), g))
    if rng.random() < 0.45:
        gr = c.group("CARD_NUMBER", d)
        rb = speak_chunks(chunks, rng, uk, modes=("digits",))
        c.say("agent", rng.choice(["so that's ", "let me read that back, ", "okay i have "]), V(join_chunks(rb, rng, 0), gr),
              rng.choice(["?", ", is that right?", ", yeah?"]))
        c.say("customer", rng.choice(["yes that's it", "yep", "correct", "that's right yeah"]))
        c.note += " + agent read-back"
    if want_exp:
        ge = c.group("EXPIRY", (ey, em))
        c.say("agent", "and the expiry date")
        c.say("customer", rng.choice(["it's ", "um ", "expires ", ""]), V(spoken_expiry(ey, em, rng), ge))
        c.note += " + expiry"
    if want_cvv:
        gc = c.group("CVV", cvv)
        c.say("agent", "and the last three digits on the back, the security code" if len(cvv) == 3 else
              "and the four digit code on the front")
        c.say("customer", rng.choice(["", "it's ", "uh "]), V(" ".join(say_digits(cvv, rng, uk)), gc))
        c.note += " + cvv"
    else:
        c.say("agent", rng.choice(["perfect, that's the payment of %s pounds taken" % " ".join(say_under100(rng.randrange(20, 99), rng)),
                                   "thank you, that's processing now, it can take up to forty eight hours"]))
    return c


def ssn_text(s, rng, asr):
    if not asr:
        return rng.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]),
                           "%s.%s.%s" % (s[:3], s[3:5], s[5:])])
    toks = speak_chunks([s[:3], s[3:5], s[5:]], rng, uk=False)
    return toks


def pos_ssn(rng, i):
    s = make_ssn(rng)
    asr = rng.random() < 0.6
    ind = rng.choice(["healthcare", "government", "banking", "insurance", "telecom"])
    c = Case("positive", "")
    g = c.group("SSN", s)
    if not asr:
        c.note = "typed SSN (%s, US)" % ind
        c.say("agent", "For security could you confirm your Social Security number?")
        c.say("customer", rng.choice(["SSN: ", "ssn is ", "Sure it's ", "social - ", "my SS# ", ""]),
              V(ssn_text(s, rng, False), g), rng.choice(["", " thanks", ". DOB is on file"]))
        c.say("agent", "Thank you, you're verified. Your claim %d is in review." % rng.randrange(1000000, 9999999))
        return c
    toks = ssn_text(s, rng, True)
    c.say("agent", opener(rng, ind).lower() + " can i get your social security number please")
    style = rng.choice(["single", "split", "readback", "last4"])
    if style == "split":
        c.note = "asr SSN split over turns (%s, US)" % ind
        c.say("customer", "sure it's ", V(join_chunks(toks[:1], rng), g))
        c.say("agent", rng.choice(BACK))
        c.say("customer", V(join_chunks(toks[1:2], rng), g))
        c.say("agent", rng.choice(BACK))
        c.say("customer", V(join_chunks(toks[2:], rng), g))
    elif style == "last4":
        c.note = "asr SSN; agent asked for last four, customer gave full (%s)" % ind
        c.say("agent", "actually just the last four is fine")
        c.say("customer", "oh i'll just give you the whole thing, ", V(join_chunks(toks, rng), g))
    else:
        c.note = "asr SSN read in one turn (%s, US)" % ind
        c.say("customer", rng.choice(["yeah ", "um, it's ", "okay ", ""]), V(join_chunks(toks, rng, 0.25), g))
    if style == "readback" or rng.random() < 0.3:
        gr = c.group("SSN", s)
        c.say("agent", "i have ", V(join_chunks(speak_chunks([s[:3], s[3:5], s[5:]], rng, False, ("digits",)), rng, 0), gr), " correct?")
        c.say("customer", "yes")
        c.note += " + read-back"
    c.say("agent", "great, thanks, you're verified")
    return c


def ni_spoken(n, rng):
    style = rng.choice(["plain", "nato", "mixed"])
    letters = lambda s: [spell_letter(ch, rng, "plain" if style == "plain" else ("nato" if style == "nato" else None)) for ch in s]
    pre = " ".join(letters(n[:2]))
    nums = speak_chunks([n[2:4], n[4:6], n[6:8]], rng, True)
    suf = letters(n[8])[0]
    return pre, nums, suf


def pos_ni(rng, i):
    n = make_ni(rng)
    asr = rng.random() < 0.6
    ind = rng.choice(["government", "banking", "insurance", "utilities", "healthcare"])
    c = Case("positive", "")
    g = c.group("NI_NUMBER", n)
    if not asr:
        c.note = "typed NI number (%s, UK)" % ind
        fmt = rng.choice(["%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n, n.lower(),
                          "%s%s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s-%s-%s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]),
                          n[:2].lower() + n[2:]])
        c.say("agent", "Could you send over your National Insurance number so I can match your record?")
        c.say("customer", rng.choice(["NI no: ", "NINO ", "National insurance is ", "ni number - ", "its "]), V(fmt, g),
              rng.choice(["", " x", ". thanks"]))
        c.say("agent", "Thanks, found you. Your payment of \u00a3%d.%02d is due on the %s." %
              (rng.randrange(50, 400), rng.randrange(100), ordinal_suffix(rng.randrange(1, 29))))
        return c
    pre, nums, suf = ni_spoken(n, rng)
    c.say("agent", opener(rng, ind).lower() + " and your national insurance number please")
    style = rng.choice(["single", "split", "correction"])
    if style == "single":
        c.note = "asr NI number one turn (%s)" % ind
        c.say("customer", rng.choice(["it's ", "yeah ", "um "]), V(pre + " " + join_chunks(nums, rng) + " " + suf, g))
    elif style == "split":
        c.note = "asr NI number split over turns (%s)" % ind
        c.say("customer", "okay it starts ", V(pre, g))
        c.say("agent", rng.choice(BACK))
        c.say("customer", V(join_chunks(nums, rng), g))
        c.say("agent", "and the letter at the end?")
        c.say("customer", V(suf, g))
    else:
        c.note = "asr NI number with corrected letter (%s)" % ind
        gp = c.group("NI_NUMBER", n, "partial")
        c.say("customer", V(pre, gp), " no sorry, that's wrong, it's ", V(pre + " " + join_chunks(nums, rng, 0.3) + " " + suf, g))
    if rng.random() < 0.35:
        gr = c.group("NI_NUMBER", n)
        c.say("agent", "so that's ", V(" ".join(n[:2].lower()) + " " + " ".join(say_digits(n[2:8], rng, True, False)) + " " + n[8].lower(), gr))
        c.say("customer", "that's it")
        c.note += " + read-back"
    return c


def pos_bank(rng, i):
    asr = rng.random() < 0.55
    sc = "%02d%02d%02d" % (rng.randrange(1, 99), rng.randrange(100), rng.randrange(100))
    acct = "".join(str(rng.randrange(10)) for _ in range(8))
    c = Case("positive", "")
    gs = c.group("SORT_CODE", sc)
    ga = c.group("BANK_ACCOUNT", acct)
    if not asr:
        c.note = "typed UK sort code + account number"
        scf = rng.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])
        acf = rng.choice([acct, acct[:4] + " " + acct[4:], acct[:2] + "-" + acct[2:]])
        c.say("agent", "To set up the direct debit for your bill I need your sort code and account number.")
        if rng.random() < 0.5:
            c.say("customer", "sort: ", V(scf, gs), " acct no: ", V(acf, ga))
        else:
            c.say("customer", "Acc num ", V(acf, ga), rng.choice([", sort code ", " / sc "]), V(scf, gs))
        c.say("agent", "Thanks, the first collection of \u00a3%d.%02d will be on 1 %s." % (rng.randrange(20, 200), rng.randrange(100), rng.choice(MONTHS).title()))
        return c
    c.note = "asr sort code + account number"
    c.say("agent", opener(rng, rng.choice(["utilities", "telecom", "banking"])).lower() + " what's the sort code for the account")
    st = speak_chunks([sc[:2], sc[2:4], sc[4:]], rng)
    c.say("customer", rng.choice(["it's ", "um ", ""]), V(join_chunks(st, rng), gs))
    c.say("agent", rng.choice(["lovely and the account number", "and the eight digit account number"]))
    at = speak_chunks([acct[:4], acct[4:]], rng)
    if rng.random() < 0.5:
        c.say("customer", V(join_chunks(at[:1], rng), ga))
        c.say("agent", rng.choice(BACK))
        c.say("customer", V(join_chunks(at[1:], rng), ga))
        c.note += " (account split)"
    else:
        c.say("customer", "account's ", V(join_chunks(at, rng), ga))
    if rng.random() < 0.4:
        gr = c.group("BANK_ACCOUNT", acct)
        c.say("agent", "that's ", V(" ".join(say_digits(acct, rng, True, False)), gr), " yeah?")
        c.say("customer", "yes")
        c.note += " + read-back"
    return c


def pos_us_account(rng, i):
    acct = "".join(str(rng.randrange(10)) for _ in range(rng.choice([10, 11, 12])))
    c = Case("positive", "US checking account number for autopay")
    g = c.group("BANK_ACCOUNT", acct)
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["checking acct # ", "Account number: ", "acct "]), V(acct, g),
              ", routing is on the check")
    else:
        c.say("agent", "and what's the checking account number")
        c.say("customer", "okay it's ", V(join_chunks(speak_chunks([acct[:3], acct[3:6], acct[6:]], rng, False), rng), g))
    c.say("agent", "Thanks, autopay of $%d.%02d will start on the %s." % (rng.randrange(30, 300), rng.randrange(100), ordinal_suffix(rng.randrange(1, 28))))
    return c


def pos_iban(rng, i):
    ib = make_iban(rng)
    asr = rng.random() < 0.5
    c = Case("positive", "")
    g = c.group("IBAN", ib)
    if not asr:
        c.note = "typed IBAN (%s)" % ib[:2]
        grp = " ".join(ib[k:k + 4] for k in range(0, len(ib), 4))
        val = rng.choice([grp, ib, grp.lower(), ib[:2].lower() + ib[2:]])
        c.say("agent", "Please provide the IBAN for the refund of \u20ac%d.%02d." % (rng.randrange(10, 900), rng.randrange(100)))
        c.say("customer", rng.choice(["IBAN: ", "iban ", "Here: ", "my iban is "]), V(val, g), rng.choice(["", " (BIC on request)", " thanks"]))
        c.say("agent", "Thank you, refund ref RF%d will arrive in 3-5 working days." % rng.randrange(10000, 99999))
        return c
    c.note = "asr IBAN spelled out (%s)" % ib[:2]
    letters = lambda s: " ".join(spell_letter(ch, rng) if ch.isalpha() else " ".join(say_digits(ch, rng, reps=False)) for ch in s)
    head = letters(ib[:4])
    rest = ib[4:]
    chunks = [rest[k:k + 4] for k in range(0, len(rest), 4)]
    parts = []
    for ch in chunks:
        if ch.isdigit():
            parts.append(" ".join(say_digits(ch, rng, True, rng.random() < 0.5)))
        else:
            parts.append(letters(ch))
    c.say("agent", opener(rng, rng.choice(["banking", "travel", "insurance"])).lower() + " go ahead with the iban")
    c.say("customer", rng.choice(["okay so it's ", "right, ", ""]), V(head + " " + parts[0], g))
    c.say("agent", rng.choice(BACK))
    mid = len(parts) // 2 + 1
    c.say("customer", V(", ".join(parts[1:mid]), g))
    c.say("agent", rng.choice(BACK))
    c.say("customer", V(" ".join(parts[mid:]), g), rng.choice(["", " and that's the lot", ", that's it"]))
    return c


def make_phone(rng):
    kind = rng.choice(["uk_mob", "uk_mob", "uk_land", "us", "us", "ie_mob", "ie_land", "fr", "de"])
    dg = lambda k: "".join(str(rng.randrange(10)) for _ in range(k))
    if kind == "uk_mob":
        nat = "07700" + "900" + dg(3)
        return kind, nat, "+44" + nat[1:], [nat[:5], nat[5:8], nat[8:]]
    if kind == "uk_land":
        nat = "020" + "7946" + "0" + dg(3)
        return kind, nat, "+44" + nat[1:], [nat[:3], nat[3:7], nat[7:]]
    if kind == "us":
        nat = rng.choice(["202", "312", "415", "617", "713"]) + "555" + "01" + dg(2)
        return kind, nat, "+1" + nat, [nat[:3], nat[3:6], nat[6:]]
    if kind == "ie_mob":
        nat = "08" + rng.choice("3567") + dg(7)
        return kind, nat, "+353" + nat[1:], [nat[:3], nat[3:6], nat[6:]]
    if kind == "ie_land":
        nat = "01" + dg(7)
        return kind, nat, "+353" + nat[1:], [nat[:2], nat[2:5], nat[5:]]
    if kind == "fr":
        nat = "06" + dg(8)
        return kind, nat, "+33" + nat[1:], [nat[k:k + 2] for k in range(0, 10, 2)]
    nat = "0151" + dg(8)
    return kind, nat, "+49" + nat[1:], [nat[:4], nat[4:8], nat[8:]]


def pos_phone(rng, i):
    kind, nat, intl, chunks = make_phone(rng)
    use_intl = rng.random() < 0.4
    asr = rng.random() < 0.55
    c = Case("positive", "")
    canon = intl if use_intl else nat
    g = c.group("PHONE", canon)
    cc = intl[:len(intl) - len(nat) + 1]
    if not asr:
        c.note = "typed phone (%s, %s)" % (kind, "intl" if use_intl else "national")
        if use_intl:
            val = rng.choice([cc + " " + " ".join([chunks[0][1:]] + chunks[1:]), intl, cc + "-" + "-".join([chunks[0][1:]] + chunks[1:])])
        elif kind == "us":
            val = rng.choice(["(%s) %s-%s" % tuple(chunks), "%s-%s-%s" % tuple(chunks), "%s.%s.%s" % tuple(chunks)])
        else:
            val = rng.choice([" ".join(chunks), nat, "-".join(chunks)])
        c.say("agent", "What's the best number to reach you on about ticket #%d?" % rng.randrange(100000, 999999))
        c.say("customer", rng.choice(["mob: ", "Tel ", "call me on ", "best no. is ", "ph: ", "my cell "]), V(val, g),
              rng.choice(["", " after 5pm", " (whatsapp too)", " thx"]))
        return c
    c.note = "asr phone number (%s, %s)" % (kind, "intl" if use_intl else "national")
    uk = not kind.startswith("us")
    toks = speak_chunks(chunks, rng, uk)
    if use_intl:
        cctoks = ["plus"] + say_digits(cc[1:], rng, uk, False)
        toks[0] = say_digits(chunks[0][1:], rng, uk) if len(chunks[0]) > 1 else toks[0]
        toks = [cctoks] + toks
    c.say("agent", opener(rng).lower() + " and a contact number in case we get cut off")
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["yeah it's ", "it's my mobile, ", "um "]), V(join_chunks(toks, rng, 0.2), g))
    else:
        k = rng.randrange(1, len(toks))
        c.say("customer", V(join_chunks(toks[:k], rng), g))
        c.say("agent", rng.choice(BACK))
        c.say("customer", V(join_chunks(toks[k:], rng), g))
        c.note += " split"
    if rng.random() < 0.4:
        gr = c.group("PHONE", canon)
        rb = (["plus"] + say_digits(cc[1:], rng, uk, False) + say_digits(canon[len(cc):], rng, uk)) if use_intl else say_digits(nat, rng, uk)
        c.say("agent", "let me just repeat that, ", V(" ".join(rb), gr))
        c.note += " + read-back"
    c.say("customer", rng.choice(["yep", "that's right", "spot on"]))
    return c


FIRST = ["john", "sarah", "aoife", "mike", "priya", "liam", "emma", "olu", "chen", "maria", "declan", "fatima", "gary", "zoe"]
LAST = ["doe", "murphy", "okafor", "smith", "patel", "kowalski", "obrien", "nguyen", "garcia", "walsh", "hughes"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"), ("eircom", "net"),
           ("icloud", "com"), ("btinternet", "com"), ("proton", "me"), ("gmx", "de")]


def pos_email(rng, i):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS)
    sep = rng.choice([".", "_", "", "."])
    num = str(rng.randrange(1, 99)) if rng.random() < 0.4 else ""
    local = rng.choice([f + sep + l, f[0] + sep + l, f + num, l + sep + f[0], f + sep + l + num])
    canon = "%s@%s.%s" % (local, dom, tld)
    asr = rng.random() < 0.55
    c = Case("positive", "")
    g = c.group("EMAIL", canon)
    if not asr:
        c.note = "typed email"
        val = rng.choice([canon, canon.title() if rng.random() < 0.3 else canon, canon.upper() if rng.random() < 0.2 else canon])
        c.say("agent", "Where should we send the invoice for order %d?" % rng.randrange(1000000, 9999999))
        c.say("customer", rng.choice(["email: ", "pls send to ", "E-mail ", "to ", "its "]), V(val, g),
              rng.choice(["", " ta", ", not the work one", " thanks!"]))
        # normaliser lowercases, so the canonical stays lower case
        return c
    c.note = "asr spoken email"

    def say_part(p):
        out = []
        for seg in re.findall(r"[a-z]+|\d+|[._]", p):
            if seg == ".":
                out.append("dot")
            elif seg == "_":
                out.append("underscore")
            elif seg.isdigit():
                out.append(" ".join(UNIT[int(ch)] for ch in seg))
            elif len(seg) == 1 or rng.random() < 0.25:
                out.append(" ".join(spell_letter(ch, rng, rng.choice(["plain", "plain", "nato"])) for ch in seg))
            else:
                out.append(seg)
        return " ".join(out)
    spoken = say_part(local) + " at " + dom + " dot " + " dot ".join(tld.split("."))
    c.say("agent", opener(rng).lower() + " and what email address should we use")
    if rng.random() < 0.5:
        c.say("customer", rng.choice(["yeah it's ", "it's ", "um so it's "]), V(spoken, g))
    else:
        left, right = spoken.split(" at ", 1)
        c.say("customer", V(left, g))
        c.say("agent", rng.choice(["mhm", "at?", "okay"]))
        c.say("customer", V(right, g))
        # second part is the domain; validation joins the two parts with '@'
        c.groups[g] = ("EMAIL", canon, "split_at")
        c.note += " split at the @"
    return c


def dob_text(y, m, d, rng, asr, us=False):
    if not asr:
        return rng.choice(["%02d/%02d/%d" % ((m, d, y) if us else (d, m, y)), "%d-%02d-%02d" % (y, m, d),
                           "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %s, %d" % (MONTHS[m - 1].title(), ordinal_suffix(d), y),
                           "%02d.%02d.%02d" % (d, m, y % 100), "%d %s %d" % (d, MONTHS[m - 1][:3].title(), y)])
    yr = " ".join(say_under100(y // 100, rng) + say_under100(y % 100, rng)) if y % 100 >= 10 else \
        " ".join(say_under100(y // 100, rng) + [zero_word(rng), UNIT[y % 10]])
    return rng.choice(["the %s of %s %s" % (ordinal_word(d), MONTHS[m - 1], yr),
                       "%s %s %s" % (MONTHS[m - 1], ordinal_word(d), yr),
                       "%s of %s %s" % (ordinal_word(d), MONTHS[m - 1], yr),
                       "%s %s %s" % (" ".join(say_digits("%02d" % d, rng, reps=False)), " ".join(say_digits("%02d" % m, rng, reps=False)), yr),
                       "%s %s um %s" % (ordinal_word(d), MONTHS[m - 1], yr)])


def pos_dob(rng, i):
    y, m, d = rng.randrange(1938, 2006), rng.randrange(1, 13), rng.randrange(1, 29)
    asr = rng.random() < 0.55
    us = rng.random() < 0.4
    c = Case("positive", "")
    g = c.group("DOB", (y, m, d))
    c.note = ("asr" if asr else "typed") + " date of birth" + (" (US)" if us else "")
    q = "can you confirm your date of birth" if asr else "Can you confirm your date of birth please?"
    c.say("agent", (opener(rng).lower() + " " + q) if asr else q)
    c.say("customer", rng.choice(["it's ", "DOB ", "born ", "", "yeah "]) if not asr else rng.choice(["it's ", "uh ", "", "yeah "]),
          V(dob_text(y, m, d, rng, asr, us), g))
    if rng.random() < 0.3:
        gr = c.group("DOB", (y, m, d))
        c.say("agent", "and that's " if asr else "So that's ", V(dob_text(y, m, d, rng, asr, us), gr),
              rng.choice([", great", "?"]))
        c.note += " + read-back"
    c.say("agent", "thanks, and your appointment on the %s at %s is confirmed" % (ordinal_word(rng.randrange(1, 29)), rng.choice(["ten thirty", "2pm", "quarter past nine"])))
    return c


UK_STREETS = ["Whitmore Road", "Acacia Avenue", "Church Lane", "Station Road", "Mill Close", "Park Crescent", "Victoria Terrace",
              "Kingsway", "Orchard Grove", "Harbour View Drive", "St Mary's Place", "Cromwell Gardens"]
US_STREETS = ["Oak Street", "Maple Ave", "Sunset Boulevard", "Elm Drive", "Lakeview Court", "W 34th St", "Pine Ridge Rd"]
UK_TOWNS = [("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M14"), ("London", "SW1A"), ("Glasgow", "G12"),
            ("Norwich", "NR2"), ("Cardiff", "CF10"), ("Belfast", "BT9"), ("Brighton", "BN1")]
US_TOWNS = [("Austin, TX", "787"), ("Columbus, OH", "432"), ("Denver, CO", "802"), ("Portland, OR", "972"), ("Tampa, FL", "336")]
INWARD_L = "ABDEFGHJLNPQRSTUWXYZ"


def pos_address(rng, i):
    us = rng.random() < 0.35
    asr = rng.random() < 0.5
    c = Case("positive", "")
    num = rng.randrange(1, 240)
    flat = rng.random() < 0.3
    if us:
        street = rng.choice(US_STREETS)
        town, zpre = rng.choice(US_TOWNS)
        pc = zpre + "%02d" % rng.randrange(100)
        if rng.random() < 0.25:
            pc += "%04d" % rng.randrange(10000)
        num = rng.randrange(100, 9999)
    else:
        street = rng.choice(UK_STREETS)
        town, outw = rng.choice(UK_TOWNS)
        pc = outw + str(rng.randrange(1, 10)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)
    ga = c.group("ADDRESS", None)
    gp = c.group("POSTCODE", pc)
    c.note = ("asr" if asr else "typed") + " address + %s" % ("ZIP" if us else "UK postcode")
    if not asr:
        if us:
            addr = "%d %s" % (num, street) + (" Apt %d%s" % (rng.randrange(1, 20), rng.choice("ABC")) if flat else "")
            pcv = pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
        else:
            addr = ("Flat %d, " % rng.randrange(1, 30) if flat else "") + "%d %s" % (num, street)
            pcv = rng.choice([pc[:-3] + " " + pc[-3:], pc, pc.lower(), pc[:-3].lower() + " " + pc[-3:]])
        c.say("agent", "What's the delivery address for the replacement router?")
        c.say("customer", V(addr, ga), ", %s " % town, V(pcv, gp), rng.choice(["", ". leave with neighbour at no. 12 if out", " - buzzer broken"]))
        c.say("agent", "Thanks, it'll ship by %s and arrive within 2 working days." % rng.choice(["Friday", "Tuesday", "tomorrow"]))
        return c
    if us:
        nums = " ".join(say_under100(num // 100, rng) + (say_under100(num % 100, rng) if num % 100 >= 10 else [zero_word(rng, False), UNIT[num % 10]]))
        addr = nums + " " + street.lower().replace("ave", "avenue").replace(" rd", " road").replace("w 34th st", "west thirty fourth street")
        pcs = " ".join(say_digits(pc, rng, False))
    else:
        nums = " ".join(say_under100(num, rng)) if num < 100 else " ".join([UNIT[num // 100], "hundred"] + (["and"] + say_under100(num % 100, rng) if num % 100 else []))
        addr = ("flat %s, " % " ".join(say_under100(rng.randrange(1, 30), rng)) if flat else "") + nums + " " + street.lower()
        out, inw = pc[:-3], pc[-3:]
        sp = lambda s: " ".join(spell_letter(ch, rng, "plain") if ch.isalpha() else UNIT[int(ch)] for ch in s)
        pcs = sp(out) + " " + sp(inw)
    c.say("agent", opener(rng).lower() + " can i take the first line of the address")
    c.say("customer", rng.choice(["yeah it's ", "um ", ""]), V(addr, ga), rng.choice([", ", " in ", ", um, "]) + town.lower().split(",")[0])
    c.say("agent", rng.choice(["and the zip", "and the zip code"]) if us else rng.choice(["and the postcode", "and the post code please"]))
    c.say("customer", rng.choice(["", "it's ", "uh "]), V(pcs, gp))
    return c


def pos_postcode_only(rng, i):
    c = Case("positive", "postcode-only security check with distractors")
    town, outw = rng.choice(UK_TOWNS)
    pc = outw + str(rng.randrange(1, 10)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)
    g = c.group("POSTCODE", pc)
    c.say("agent", "Can you confirm the postcode on the account? Your balance is \u00a3%d.%02d." % (rng.randrange(10, 500), rng.randrange(100)))
    c.say("customer", rng.choice(["postcode ", "its ", "PC: "]), V(rng.choice([pc[:-3] + " " + pc[-3:], pc.lower(), pc]), g))
    return c


def pos_mixed(rng, i):
    """Identity check mixing several types, ASR."""
    c = Case("positive", "asr identity check: dob + postcode + phone (mixed)")
    y, m, d = rng.randrange(1940, 2004), rng.randrange(1, 13), rng.randrange(1, 29)
    gd = c.group("DOB", (y, m, d))
    c.say("agent", opener(rng).lower() + " before we start can i take your date of birth")
    c.say("customer", "yeah it's ", V(dob_text(y, m, d, rng, True), gd), ", i'm %s" % " ".join(say_under100(2025 - y, rng)))
    town, outw = rng.choice(UK_TOWNS)
    pc = outw + str(rng.randrange(1, 10)) + rng.choice(INWARD_L) + rng.choice(INWARD_L)
    gp = c.group("POSTCODE", pc)
    c.say("agent", "and the postcode")
    sp = lambda s: " ".join(spell_letter(ch, rng) if ch.isalpha() else UNIT[int(ch)] for ch in s)
    c.say("customer", V(sp(pc[:-3]), gp), rng.choice([" ... ", ", "]), V(sp(pc[-3:]), gp))
    kind, nat, intl, chunks = make_phone(rng)
    gph = c.group("PHONE", nat)
    c.say("agent", "and is the mobile still the one we have?")
    c.say("customer", "no it changed, it's ", V(join_chunks(speak_chunks(chunks, rng, not kind.startswith("us")), rng), gph))
    c.say("agent", "thank you, and the issue is with meter serial %s?" % " ".join(say_digits(str(rng.randrange(10**7, 10**8)), rng)))
    return c


# ---------------------------------------------------------------- negatives
def neg_cases(rng, i):
    k = i % 16
    c = Case("negative", "")
    dg = lambda n: "".join(str(rng.randrange(10)) for _ in range(n))
    if k == 0:
        r = dg(16)
        c.note = "16-digit order reference read like a card"
        c.say("agent", "can i take your order reference, it's sixteen digits")
        c.say("customer", "the order reference is " + join_chunks(speak_chunks([r[j:j + 4] for j in range(0, 16, 4)], rng), rng))
        c.say("agent", "perfect, that order was dispatched on the %s" % ordinal_word(rng.randrange(1, 29)))
    elif k == 1:
        c.note = "card last four only + balance"
        c.say("agent", "I can see a card ending %s on the account. Is that still the one you want to use?" % dg(4))
        c.say("customer", rng.choice(["yes the one ending in %s", "Yep the visa ending %s", "yeah the last four are %s"]) % dg(4))
        c.say("agent", "Great, the balance of \u00a3%d.%02d will be taken on 3 %s." % (rng.randrange(10, 999), rng.randrange(100), rng.choice(MONTHS).title()))
    elif k == 2:
        c.note = "asr card last four spoken + amounts"
        c.say("customer", "it's the card ending " + " ".join(say_digits(dg(4), rng)) + ", the debit card")
        c.say("agent", "okay that's " + " ".join(say_under100(rng.randrange(20, 99), rng)) + " pounds " + " ".join(say_under100(rng.randrange(10, 99), rng)) + " taken from the card ending in those digits")
    elif k == 3:
        c.note = "tracking number and parcel weight"
        c.say("customer", "Tracking no. %s%s shows stuck at depot" % (rng.choice(["JD", "1Z", "RM"]), dg(rng.choice([14, 16, 18]))))
        c.say("agent", "Thanks, the parcel weighs %.1fkg and is due between 9am and 1pm on %s." % (rng.uniform(0.3, 20), rng.choice(["Monday", "Thursday"])))
    elif k == 4:
        c.note = "meter reading and tariff"
        c.say("agent", "brightwater energy, can i take a meter reading")
        c.say("customer", "yeah the reading is " + " ".join(say_digits(dg(5), rng)) + " and the night one is " + dg(5))
        c.say("agent", "thanks, you're on %d.%d pence per kilowatt hour, and that's a %d percent rise" % (rng.randrange(20, 35), rng.randrange(10), rng.randrange(2, 12)))
    elif k == 5:
        c.note = "flight, gate, seat, times"
        c.say("customer", "I'm on flight %s%d tomorrow, seat %d%s, it leaves at %02d:%02d" % (rng.choice(["EI", "BA", "FR", "AA"]), rng.randrange(100, 9999), rng.randrange(1, 40), rng.choice("ACDF"), rng.randrange(5, 23), rng.choice([0, 15, 30, 45])))
        c.say("agent", "That's gate %s%d, boarding closes %d minutes before. Booking ref is %s." % (rng.choice("ABC"), rng.randrange(1, 60), rng.choice([20, 30, 40]), "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))))
    elif k == 6:
        r = dg(9)
        c.note = "9-digit claim number spoken like an SSN"
        c.say("agent", "cedar home insurance, do you have your claim number")
        c.say("customer", "the claim number's " + join_chunks(speak_chunks([r[:3], r[3:5], r[5:]], rng, False), rng))
        c.say("agent", "got it, the excess on that is %s pounds and the claim was opened in twenty twenty %s" % (" ".join(say_under100(rng.randrange(1, 5), rng) + ["hundred"]), UNIT[rng.randrange(1, 6)]))
    elif k == 7:
        c.note = "policy number with NI-like letters"
        c.say("customer", "Policy no: %s%s%s" % (rng.choice(["HX", "PL", "MT"]), dg(6), rng.choice(["A", "B", "K"])) + ", renewal 14/%02d/%d" % (rng.randrange(1, 13), rng.randrange(2025, 2028)))
        c.say("agent", "Thanks. Your premium is \u00a3%d a month for %d months." % (rng.randrange(15, 90), 12))
    elif k == 8:
        c.note = "opening hours, durations, temperatures"
        c.say("customer", "what time do you open on saturday")
        c.say("agent", "we're open nine till five thirty, or eight to eight on weekdays, and the wait's about %s minutes right now" % " ".join(say_under100(rng.randrange(5, 45), rng)))
        c.say("customer", "ok it's %d degrees out so i'm not queuing at the shop" % rng.randrange(25, 34))
    elif k == 9:
        c.note = "invoice number and amount typed"
        c.say("customer", "Invoice INV-%s for $%d,%03d.%02d was charged twice" % (dg(8), rng.randrange(1, 9), rng.randrange(1000), rng.randrange(100)))
        c.say("agent", "I've raised ticket #%s, refund in 5-7 business days." % dg(7))
    elif k == 10:
        r = dg(6)
        c.note = "six-digit one-time passcode and serial number"
        c.say("agent", "I've sent a six digit code to the app, what does it say")
        c.say("customer", "it's " + " ".join(say_digits(r, rng)))
        c.say("agent", "and the serial number on the router, S/N %s%s" % (rng.choice(["FX", "ZT"]), dg(12)))
    elif k == 11:
        c.note = "appointment and contract dates, years, ages"
        c.say("customer", "my contract started on the %s of %s twenty twenty %s, and my son's %s" % (ordinal_word(rng.randrange(1, 29)), rng.choice(MONTHS), UNIT[rng.randrange(1, 5)], " ".join(say_under100(rng.randrange(4, 17), rng))))
        c.say("agent", "right so it ends on the %s of %s, we can book an engineer for the %s" % (ordinal_word(rng.randrange(1, 29)), rng.choice(MONTHS), ordinal_word(rng.randrange(1, 29))))
    elif k == 12:
        c.note = "room number, account balance, percentages (hotel)"
        c.say("customer", "hi I'm in room %d, the bill says %d%% service charge on \u20ac%d.%02d" % (rng.randrange(100, 999), rng.choice([10, 12, 15]), rng.randrange(100, 2000), rng.randrange(100)))
        c.say("agent", "apologies, I'll remove it, your folio %s is updated" % dg(7))
    elif k == 13:
        c.note = "road names and counts, no house number"
        c.say("customer", "the roadworks on %s have been going %d weeks" % (rng.choice(["the A40", "Station Road", "the M62", "Main Street"]), rng.randrange(2, 9)))
        c.say("agent", "There are %d reports about %s, the council expects it closed until %s." % (rng.randrange(3, 50), rng.choice(["Church Lane", "the high street"]), rng.choice(MONTHS).title()))
    elif k == 14:
        r = dg(rng.choice([13, 15, 19]))
        c.note = "long model / reference number typed with label"
        c.say("customer", rng.choice(["Ref: ", "Reference number ", "Case ID "]) + r + " - still no reply after %d days" % rng.randrange(3, 30))
        c.say("agent", "Sorry about that. Model no. %s-%s is covered until %d." % (rng.choice(["WM", "DW", "KX"]), dg(4), rng.randrange(2026, 2030)))
    else:
        c.note = "asr amounts said in hundreds, phone-number-like price list"
        c.say("agent", "so the total comes to " + " ".join([UNIT[rng.randrange(1, 10)], "hundred", "and"] + say_under100(rng.randrange(11, 99), rng)) + " pounds")
        c.say("customer", "and the upgrade was " + " ".join(say_under100(rng.randrange(11, 99), rng)) + " ninety nine a month for twenty four months right")
        c.say("agent", "that's right, with " + " ".join(say_under100(rng.randrange(2, 60), rng)) + " gig of data")
    return c


# ---------------------------------------------------------------- assembly
def generate():
    rng = random.Random(SEED)
    plan = ([pos_card] * 78 + [pos_ssn] * 34 + [pos_ni] * 34 + [pos_bank] * 12 + [pos_us_account] * 4 +
            [pos_iban] * 13 + [pos_phone] * 15 + [pos_email] * 14 + [pos_dob] * 10 + [pos_address] * 14 +
            [pos_postcode_only] * 3 + [pos_mixed] * 4)
    rng.shuffle(plan)
    recs, groups = [], []
    for i, fn in enumerate(plan, 1):
        c = fn(rng, i)
        r, gs = c.build("h463-pos-%03d" % i)
        recs.append(r)
        groups.append((c, gs))
    for i in range(1, 113):
        c = neg_cases(rng, i - 1)
        r, gs = c.build("h463-neg-%03d" % i)
        recs.append(r)
        groups.append((c, gs))
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in recs)
    return text, recs, groups


def check(text, recs, groups):
    errs = []
    with open(OUT, "rb") as fh:
        if fh.read() != text.encode("utf-8"):
            errs.append("file is not byte-identical to regenerated output")
    ids = [r["id"] for r in recs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for r, (c, gs) in zip(recs, groups):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        last = {}
        for s in r["spans"]:
            tx = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append("%s: offsets out of range" % r["id"])
                continue
            v = tx[a:b]
            if not (v[0].isalnum() or v[0] in "+(") or not v[-1].isalnum():
                errs.append("%s: span %r not trimmed" % (r["id"], v))
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], v))
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append("%s: overlapping spans" % r["id"])
            last[s["turn"]] = b
        for gid, idxs in gs.items():
            typ, canon, mode = c.groups[gid]
            texts = [r["turns"][r["spans"][k]["turn"]]["text"][r["spans"][k]["start"]:r["spans"][k]["end"]] for k in idxs]
            if mode == "suffix":
                v = "".join(norm_alnum(t) for t in texts)
                if not (v.isdigit() and len(v) == 4 and canon.endswith(v)):
                    errs.append("%s: last four %r not a suffix of %r" % (r["id"], v, canon))
                continue
            if mode == "partial":
                v = "".join(norm_alnum(t) for t in texts)
                if not canon.startswith(v):
                    errs.append("%s: partial %r not a prefix of %r" % (r["id"], v, canon))
                continue
            if typ == "EMAIL":
                joined = "@".join(norm_email(t) for t in texts) if mode == "split_at" else " ".join(texts)
                e = validate("EMAIL", joined, canon.lower()) if mode != "split_at" else (
                    None if joined == canon and EMAIL_RE.match(joined) else "email split %r" % joined)
            elif typ == "ADDRESS":
                e = validate(typ, " ".join(texts), canon)
            elif typ in ("DOB", "EXPIRY", "POSTCODE"):
                e = validate(typ, " ".join(texts), canon)
            else:
                e = validate(typ, " ".join(texts), canon)
            if e:
                errs.append("%s: %s %s: %s" % (r["id"], typ, texts, e))
    return errs


def counts(recs):
    by = {}
    for r in recs:
        for s in r["spans"]:
            by[s["type"]] = by.get(s["type"], 0) + 1
    return by


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, recs, groups = generate()
    if not a.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
    errs = check(text, recs, groups)
    pos = sum(r["kind"] == "positive" for r in recs)
    neg = len(recs) - pos
    by = counts(recs)
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
              "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if by.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, by.get(t, 0)))
    if pos < 200 or neg < 100:
        errs.append("too few cases")
    print("positive=%d negative=%d spans=%s" % (pos, neg, json.dumps(by, sort_keys=True)))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d errors" % len(errs))
        return 1
    print("check OK" if a.check else "written %s" % OUT)
    return 0


if __name__ == "__main__":
    sys.exit(main())

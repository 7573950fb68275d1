#!/usr/bin/env python3
"""Generate the pii_holdout406 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout406.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout406.py --check  # regenerate and verify

Standard library only.  One RNG: random.Random(406241125).
Turns are built from plain-text segments and labelled value segments, so
every offset is computed, never typed by hand.
"""
import json
import os
import re
import sys
import random
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout406")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(406241125)

# ----------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
FILLERS = ["um", "uh", "er", "erm", "hmm", "ah"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "j": "juliet", "k": "kilo",
        "l": "lima", "m": "mike", "n": "november", "p": "papa", "r": "romeo",
        "s": "sierra", "t": "tango", "w": "whiskey", "x": "xray", "y": "yankee",
        "z": "zulu"}
OLDSPELL = {"a": "apple", "b": "bertie", "c": "charlie", "e": "edward", "h": "harry",
            "j": "jack", "k": "king", "l": "london", "m": "mother", "n": "nellie",
            "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "y": "yellow", "z": "zebra"}


def zero_word():
    return R.choice(["oh", "oh", "zero", "nought", "o"])


def say_digits(ds, zw=None, dbl=True):
    zw = zw or zero_word()
    out = []
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d:
            run += 1
        w = zw if d == "0" else UNITS[int(d)]
        if dbl and run >= 3 and R.random() < 0.5:
            out.append("triple " + w)
            i += 3
        elif dbl and run >= 2 and R.random() < 0.6:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, zw):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zw + " " + (UNITS[b] if b else zw)
    if a == 1:
        return TEENS[b]
    if b == 0:
        return UNITS[a] + " " + zw
    return TENS[a] + " " + UNITS[b]


def say_chunk(ch, zw, mode):
    if mode == "pairs" and len(ch) % 2 == 0:
        return " ".join(say_pair(ch[k:k + 2], zw) for k in range(0, len(ch), 2))
    if mode == "hundreds" and len(ch) == 3 and ch[0] != "0" and ch[1:] != "00" \
            and not (ch[1] != "0" and ch[2] == "0"):
        rest = ch[1:]
        tail = UNITS[int(rest[1])] if rest[0] == "0" else say_pair(rest, zw)
        return UNITS[int(ch[0])] + " hundred " + R.choice(["and ", "and ", ""]) + tail
    return say_digits(ch, zw)


def split_groups(ds, sizes):
    out, i = [], 0
    for s in sizes:
        if i >= len(ds):
            break
        out.append(ds[i:i + s])
        i += s
    if i < len(ds):
        out.append(ds[i:])
    return out


def say_number_groups(groups, zw=None, mode_p=0.25, filler_p=0.25, sep=None):
    """Spoken reading of digit groups, with occasional fillers inside."""
    zw = zw or zero_word()
    parts = []
    for k, g in enumerate(groups):
        r = R.random()
        mode = "pairs" if r < mode_p else ("hundreds" if r < mode_p + 0.08 else "digits")
        parts.append(say_chunk(g, zw, mode))
    s = parts[0]
    for p in parts[1:]:
        if R.random() < filler_p:
            s += R.choice([", um, ", " uh ", ", er ", " erm, ", "... um "]) + p
        else:
            s += (sep if sep is not None else R.choice([", ", " ", "... ", ", "])) + p
    return s


def say_int(n):
    """Spoken cardinal 1..9999 (house numbers, years handled separately)."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    if n < 1000:
        rest = n % 100
        return UNITS[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_int(rest))
    return say_digits(str(n))


def say_year(y):
    if y >= 2000:
        r = y - 2000
        return "two thousand" + ("" if r == 0 else " and " + say_int(r))
    hi, lo = divmod(y, 100)
    return say_int(hi) + " " + (say_int(lo) if lo >= 10 else "oh " + UNITS[lo])


def say_letters(s, style=None):
    style = style or R.choice(["plain", "plain", "nato", "old"])
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(UNITS[int(ch)] if ch != "0" else "zero")
            continue
        c = ch.lower()
        if style == "nato" and c in NATO:
            out.append(c + " for " + NATO[c])
        elif style == "old" and c in OLDSPELL:
            out.append(c + " for " + OLDSPELL[c])
        else:
            out.append(c)
    return out


# ----------------------------------------------------------------- values
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "jcb"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
               "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "visa19": ("4", 19), "jcb": ("3528", 16)}[kind]
    body = pre + rdig(ln - 1 - len(pre))
    return body + luhn_digit(body)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:13]] if R.random() < 0.5 else [c[:3], c[3:6], c[6:9], c[9:]]
    if len(c) == 19:
        return [c[:4], c[4:8], c[8:12], c[12:16], c[16:]]
    return [c[:4], c[4:8], c[8:12], c[12:]]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + R.choice("ABCD")


NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    if not re.match(r"^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


BANKS = {"GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL"], "IE": ["AIBK", "BOFI", "IPBS"],
         "NL": ["ABNA", "RABO", "INGB"]}


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    if c in ("GB", "IE"):
        bban = R.choice(BANKS[c]) + rdig(14)
    elif c == "NL":
        bban = R.choice(BANKS[c]) + rdig(10)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(23)
    else:
        bban = rdig(20)
    return c + iban_check(c, bban) + bban


def iban_typed(s):
    st = R.choice(["space4", "space4", "compact", "lower4"])
    if st == "compact":
        return s
    g = " ".join(s[k:k + 4] for k in range(0, len(s), 4))
    return g.lower() if st == "lower4" else g


UK_AREAS = ["M", "B", "L", "LS", "SW", "SE", "N", "NW", "CF", "BS", "EH", "G", "NE", "PL",
            "EX", "TR", "BN", "CB", "YO", "HU", "DN", "WR", "SK", "CH", "BT"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    a = R.choice(UK_AREAS)
    d = str(R.randint(1, 28))
    return a + d, str(R.randint(1, 9)) + R.choice(INWARD) + R.choice(INWARD)


UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")

STREETS_UK = ["Mill Lane", "Station Road", "Church Street", "Victoria Road", "Kingsley Avenue",
              "Orchard Close", "Hawthorn Drive", "Meadow View", "Queens Crescent", "Elm Grove",
              "Park Terrace", "Willow Way", "Beech Court", "Albert Place", "Manor Gardens"]
STREETS_US = ["Maple Ave", "Oak Street", "Lincoln Blvd", "Elm Drive", "Cedar Lane",
              "Washington St", "Pine Court", "Lakeview Road", "Sunset Blvd", "Highland Ave"]
TOWNS_UK = ["Stockport", "Bristol", "Leeds", "Truro", "Exeter", "Harrogate", "Cardiff",
            "Doncaster", "Worcester", "Belfast"]
TOWNS_US = [("Springfield", "IL"), ("Tucson", "AZ"), ("Columbus", "OH"), ("Raleigh", "NC"),
            ("Albany", "NY"), ("Fresno", "CA"), ("Tampa", "FL")]
TOWNS_IE = ["Cork", "Galway", "Limerick", "Sligo", "Drogheda"]
SUFFIXES = {"lane", "road", "street", "avenue", "close", "drive", "view", "crescent", "grove",
            "terrace", "way", "court", "place", "gardens", "ave", "st", "blvd", "rd"}

DOMAINS = ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.com", "outlook.com",
           "aol.com", "eircom.net", "sky.com", "icloud.com", "talktalk.net", "web.de"]
FIRST = ["margaret", "derek", "peggy", "harold", "joan", "bernard", "sheila", "mavis",
         "frank", "dolores", "walt", "eileen", "seamus", "brenda", "ron", "hilda"]
LAST = ["hollis", "pritchard", "okafor", "brennan", "whitlock", "kowalski", "murphy",
        "ashworth", "delgado", "fenwick", "mcbride", "thorne"]


def gen_phone():
    k = R.choice(["ukmob", "ukmob", "ukland", "us", "us", "ie", "fr", "de"])
    if k == "ukmob":
        n = "07" + rdig(9)
        return k, "44", n[1:], n
    if k == "ukland":
        n = R.choice(["0161", "0117", "0113", "0121", "0131", "0292"]) + rdig(7)
        return k, "44", n[1:], n
    if k == "us":
        n = str(R.randint(201, 989)) + str(R.randint(200, 989)) + rdig(4)
        return k, "1", n, n
    if k == "ie":
        n = "08" + R.choice("35679") + rdig(7)
        return k, "353", n[1:], n
    if k == "fr":
        n = "06" + rdig(8)
        return k, "33", n[1:], n
    n = "015" + R.choice("1279") + rdig(7)
    return k, "49", n[1:], n


def phone_typed(k, cc, intl, nat):
    intl_form = R.random() < 0.4
    if k == "us":
        if intl_form:
            return "+1 " + nat[:3] + "-" + nat[3:6] + "-" + nat[6:]
        return R.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (nat[:3], nat[3:6], nat[6:])
    if intl_form:
        pre = R.choice(["+", "+", "00"])
        if k.startswith("uk"):
            body = intl[:4] + " " + intl[4:]
        else:
            body = intl[:2] + " " + intl[2:5] + " " + intl[5:]
        return pre + cc + " " + body
    if k == "ukmob":
        return R.choice([nat[:5] + " " + nat[5:], nat, nat[:5] + "-" + nat[5:8] + "-" + nat[8:]])
    if k == "ukland":
        return nat[:4] + " " + nat[4:7] + " " + nat[7:]
    return nat[:3] + " " + nat[3:6] + " " + nat[6:]


# ----------------------------------------------------------------- normaliser
ZWORDS = {"zero", "oh", "o", "nought", "naught"}
SKIP = set(FILLERS) | {"and", "slash"}


def _unit(t):
    if t in ZWORDS:
        return "0"
    if t in UNITS:
        return str(UNITS.index(t))
    return None


def normalise(text):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t in SKIP or t == "plus":
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            u = _unit(nx)
            out.append((u if u is not None else nx.upper()) * k)
            i += 2
            continue
        u = _unit(t)
        if u is not None:
            if i + 1 < n and toks[i + 1] in ("hundred", "thousand"):
                width = 2 if toks[i + 1] == "hundred" else 3
                i += 2
                while i < n and toks[i] == "and":
                    i += 1
                rest = ""
                if i < n and toks[i] in TEENS:
                    rest = str(10 + TEENS.index(toks[i]))
                    i += 1
                elif i < n and toks[i] in TENS.values():
                    tv = [a for a, b in TENS.items() if b == toks[i]][0]
                    i += 1
                    if i < n and toks[i] in UNITS[1:]:
                        rest = str(tv) + str(UNITS.index(toks[i]))
                        i += 1
                    else:
                        rest = str(tv) + "0"
                elif i < n and toks[i] in UNITS[1:]:
                    rest = str(UNITS.index(toks[i]))
                    i += 1
                out.append(u + rest.zfill(width))
                continue
            out.append(u)
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS.values():
            tv = [a for a, b in TENS.items() if b == t][0]
            if i + 1 < n and toks[i + 1] in UNITS[1:]:
                out.append(str(tv) + str(UNITS.index(toks[i + 1])))
                i += 2
            else:
                out.append(str(tv) + "0")
                i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            if i + 2 < n and toks[i + 1] == "for" and toks[i + 2].startswith(t):
                i += 3
            else:
                i += 1
            continue
        out.append(t.upper())
        i += 1
    return "".join(out)


def norm_email(text):
    t = " " + text.lower() + " "
    t = re.sub(r"\s+at\s+", "@", t)
    t = re.sub(r"\s+dot\s+", ".", t)
    t = re.sub(r"\s+underscore\s+", "_", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", "-", t)
    return re.sub(r"[\s,]+", "", t)


def validate(typ, text):
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$", norm_email(text)))
    low = text.lower()
    if typ == "ADDRESS":
        words = re.findall(r"[a-z0-9]+", low)
        has_num = any(w.isdigit() or w in UNITS or w in TEENS or w in TENS.values() or
                      re.match(r"^\d+[a-z]$", w) for w in words)
        return has_num and words[-1] in SUFFIXES
    if typ in ("DOB", "EXPIRY"):
        if any(m in low for m in MONTHS):
            return True
        v = normalise(text)
        if typ == "EXPIRY":
            return v.isdigit() and len(v) in (4, 6) and 1 <= int(v[:2]) <= 12
        return v.isdigit() and 5 <= len(v) <= 8
    v = normalise(text)
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and not v.startswith("000") and v[:3] != "666"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 8 <= len(v) <= 12
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 14
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(v)) or bool(re.match(r"^\d{5}(\d{4})?$", v))
    raise ValueError(typ)


# ----------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.turns = []  # list of (speaker, [segments])
        self.note = note
        self.gid = 0

    def g(self):
        self.gid += 1
        return self.gid

    def say(self, speaker, *segs):
        segs = [s for s in segs if s != ""]
        if self.turns and self.turns[-1][0] == speaker:
            # same speaker again: continue the previous turn
            self.turns[-1][1].append(" ")
            self.turns[-1][1].extend(segs)
        else:
            self.turns.append((speaker, segs))

    def c(self, *segs):
        self.say("customer", *segs)

    def a(self, *segs):
        self.say("agent", *segs)

    def build(self):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, typ, gid, role = s
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                    meta.append((gid, role))
                    text += val
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        order = sorted(range(len(spans)), key=lambda k: (spans[k]["turn"], spans[k]["start"]))
        return turns, [spans[k] for k in order], [meta[k] for k in order]


def V(text, typ, gid, role="part"):
    return (text, typ, gid, role)


def phone_segs(typed, gid):
    if typed.startswith("+"):
        return ["+", V(typed[1:], "PHONE", gid)]
    return [V(typed, "PHONE", gid)]


# ----------------------------------------------------------------- flavour
INDUSTRY = {
    "banking": ["Thanks for calling Harbourside Bank, how can I help?", "Northgate Building Society, you're through to card services."],
    "telecom": ["Hi, you're through to Kestrel Mobile billing.", "Welcome to Brightwave Broadband, how can I help today?"],
    "utilities": ["Good morning, Meridian Energy, how can I help?", "You're through to Severn Water customer accounts."],
    "retail": ["Hello, Parkers Home Store orders team.", "Hi, thanks for contacting Lumen Outdoor, what can I do for you?"],
    "insurance": ["Good afternoon, Oakshield Insurance claims.", "Thank you for calling Clearview Home Insurance."],
    "travel": ["Skyline Holidays bookings, how can I help?", "Hello, EuroRail ticket office support."],
    "healthcare": ["St Anne's patient billing office, how can I help?", "Hi, MedFirst billing, you're speaking to the billing team."],
    "government": ["You're through to the pension service helpline.", "Good morning, council tax enquiries."],
}
ASIDES = [
    "hang on, I need my glasses", "Derek, where did you put my handbag?", "sorry, the dog's barking",
    "oh dear, just a minute", "sorry love, it's the doorbell", "hold on, the kettle's boiling",
    "Jean, can you turn the telly down?", "wait, I've dropped it", "oh, where's it gone now",
    "bear with me, my hands aren't what they were", "sorry, my hearing aid's whistling",
    "let me just sit down", "hang on, it's written on the back of an envelope here",
]
LOST = ["where was I?", "oh, I've lost my place", "sorry, what did I say last?", "have I done that bit?",
        "did I say that already?", "I've gone and lost it"]
BACKCH = ["mhm", "go on", "yep", "okay", "take your time", "no rush", "uh huh", "right", "that's fine, go on",
          "I'm still here"]
REPEAT = ["sorry, can you say that again?", "pardon?", "could you repeat the question, dear?",
          "what was that, love?", "you'll have to speak up, I'm a bit deaf"]
OPEN_HESIT = ["oh, um, yes, right", "well, er", "now then", "hold on, er", "ooh, um", "right, let me see"]


def greet(case, ind=None):
    ind = ind or R.choice(list(INDUSTRY))
    case.a(R.choice(INDUSTRY[ind]))
    return ind


def asr(s):
    return s.lower().replace("'", "'")


# ----------------------------------------------------------------- positive scenarios
def spoken_split(case, typ, groups, zw, gid, lead, readback=True, aside_p=0.35):
    """Read digit groups over several customer turns with back-channels,
    asides and lost-place recovery."""
    k = 0
    first = True
    while k < len(groups):
        take = R.choice([1, 1, 2]) if len(groups) - k > 1 else 1
        chunk = groups[k:k + take]
        txt = say_number_groups(chunk, zw)
        pre = (lead + " ") if first else R.choice(["", "", "um, ", "then ", "and then ", "er, "])
        post = R.choice(["", "", "...", ",", " ..."])
        if R.random() < aside_p and not first:
            case.c(pre, V(txt, typ, gid), post + " " + R.choice(ASIDES))
        else:
            case.c(pre, V(txt, typ, gid), post)
        k += take
        first = False
        if k < len(groups):
            r = R.random()
            if r < 0.18:
                case.c(R.choice(LOST))
                done = "".join(groups[:k])
                last = groups[k - 1]
                case.a("you'd got as far as ", V(say_digits(last, zw), typ, gid, "echo"))
                case.c("oh yes, right")
            else:
                case.a(R.choice(BACKCH))
    if readback:
        full = "".join(groups)
        rb = say_number_groups(split_groups(full, [len(g) for g in groups]), zw, mode_p=0.0, filler_p=0.0, sep=", ")
        case.a(R.choice(["so that's ", "let me read that back: ", "okay, I've got "]), V(rb, typ, case.g()), "?")
        case.c(R.choice(["yes, that's it", "that's right", "yes dear", "I think so, yes", "that's the one"]))


def p_card_chat():
    case = Case("typed chat: card number with separators, expiry, CVV")
    card = gen_card()
    gs = card_groups(card)
    sep = R.choice([" ", "-", "", ".", "  "])
    typed = sep.join(gs) if sep else card
    if R.random() < 0.2 and len(card) == 16:
        typed = card[:4] + " " + card[4:10] + " " + card[10:]
        case.note = "typed chat: card number with odd grouping"
    ind = greet(case, R.choice(["retail", "telecom", "travel", "banking", "insurance"]))
    lab = R.choice(["card no: ", "cc# ", "card number is ", "its ", "Card: ", "the long number is ", "card nr "])
    case.c(R.choice(["hi i want to pay my bill ", "Hello, paying the outstanding invoice. ", "hey, updating my payment details - "]),
           lab, V(typed, "CARD_NUMBER", case.g()))
    m, y = R.randint(1, 12), R.randint(25, 31)
    exp = R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%s 20%02d" % (MONTHS[m - 1].title(), y)])
    cvv = rdig(4 if len(card) == 15 else 3)
    case.a("Thanks. And the expiry date and the security code on the back?")
    case.c(R.choice(["exp ", "expires ", "expiry: ", "exp date "]), V(exp, "EXPIRY", case.g()),
           R.choice([" and cvv ", ", sec code ", " / cvc: ", " code is "]), V(cvv, "CVV", case.g()))
    return case


def p_card_call():
    case = Case("ASR call: hesitant caller reads card over several turns with asides, agent read-back")
    card = gen_card()
    gs = card_groups(card)
    zw = zero_word()
    greet(case, R.choice(["banking", "utilities", "telecom", "healthcare", "government", "insurance"]))
    case.c(asr(R.choice(["i want to pay my bill please, i've got the card here somewhere",
                         "my son said i should ring up and pay it over the phone",
                         "i'd like to pay by card, if that's alright, i don't do the computer"])))
    case.a(asr("of course, can i take the long card number when you're ready"))
    if R.random() < 0.4:
        case.c(asr(R.choice(REPEAT)))
        case.a(asr("the long number across the front of the card"))
    gid = case.g()
    spoken_split(case, "CARD_NUMBER", gs, zw, gid, R.choice(["right, it's", "it's", "um, it's", "okay so", "ooh, um"]),
                 readback=R.random() < 0.6)
    case.a(asr("and the expiry date?"))
    m, y = R.randint(1, 12), R.randint(25, 31)
    exp = R.choice([say_digits("%02d" % m) + " " + say_int(y), MONTHS[m - 1] + " twenty " + say_int(y),
                    say_digits("%02d" % m) + " slash " + say_int(y), MONTHS[m - 1] + " " + say_year(2000 + y)])
    case.c(R.choice(["it says ", "um, ", "", "valid until "]), V(exp, "EXPIRY", case.g()))
    if R.random() < 0.7:
        case.a(asr("and the last three digits on the back by the signature strip"))
        cvv = rdig(3)
        case.c(R.choice(["", "oh that tiny bit, ", "hang on, ", "er, "]), V(say_digits(cvv), "CVV", case.g()))
    return case


def p_card_restart():
    case = Case("ASR call: caller restarts the card reading after losing place; partial and full both labelled")
    card = gen_card()
    gs = card_groups(card)
    zw = zero_word()
    greet(case, R.choice(["retail", "travel", "telecom"]))
    case.a(asr("go ahead with the card number whenever you're ready"))
    gid = case.g()
    partial = say_number_groups(gs[:2], zw)
    case.c("it's ", V(partial, "CARD_NUMBER", gid, "echo"), "... " + R.choice(ASIDES) + ". " +
           R.choice(["sorry, i'll start again", "no, let me start from the beginning", "oh i've muddled it, again"]))
    case.a(R.choice(["no problem", "that's fine, from the start", "okay"]))
    case.c(V(say_number_groups(gs, zw, filler_p=0.4), "CARD_NUMBER", gid))
    if R.random() < 0.5:
        case.a("thank you, and the ", R.choice(["security code", "three digit code on the back"]))
        case.c(R.choice(["it's ", "", "er, "]), V(say_digits(rdig(3)), "CVV", case.g()), R.choice([", i think", "", " yes"]))
    return case


def p_ssn_chat():
    case = Case("typed chat/e-mail: US SSN")
    s = gen_ssn()
    form = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s-%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    greet(case, R.choice(["healthcare", "government", "banking", "insurance"]))
    case.a("To verify your identity I need your Social Security number.")
    case.c(R.choice(["ssn: ", "SSN ", "my social is ", "Social security no. ", "its ", "SS# "]),
           V(form, "SSN", case.g()), R.choice(["", " thx", ". my husband normally does this", " - is that safe to send?"]))
    return case


def p_ssn_call():
    case = Case("ASR call: SSN read in groups across turns with fillers")
    s = gen_ssn()
    zw = zero_word()
    greet(case, R.choice(["healthcare", "government", "insurance", "banking"]))
    case.a("can i get your social security number to pull up the account")
    if R.random() < 0.3:
        case.c(asr(R.choice(REPEAT)))
        case.a("your social, your social security number")
    gid = case.g()
    spoken_split(case, "SSN", [s[:3], s[3:5], s[5:]], zw, gid,
                 R.choice(["okay, it's", "sure, um", "it's", "lemme see,", "yeah, it's"]), readback=R.random() < 0.5)
    return case


def p_ssn_last4():
    case = Case("ASR call: SSN given in full, agent confirms last four (labelled, full value in case)")
    s = gen_ssn()
    zw = zero_word()
    greet(case, R.choice(["healthcare", "government"]))
    case.a("and your social?")
    gid = case.g()
    case.c(R.choice(["", "oh, um, "]), V(say_number_groups([s[:3], s[3:5], s[5:]], zw, filler_p=0.5), "SSN", gid),
           ", " + R.choice(ASIDES))
    case.a("thank you, so ending ", V(say_digits(s[5:], zw), "SSN", gid, "echo"), ", is that right?")
    case.c("that's right")
    return case


def p_ni_chat():
    case = Case("typed chat: UK National Insurance number, case/spacing variation")
    ni = gen_ni()
    form = R.choice([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                     "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8]])
    greet(case, R.choice(["government", "banking", "insurance", "utilities"]))
    case.a("Please can you confirm your National Insurance number?")
    case.c(R.choice(["NI no: ", "ni number ", "its ", "NINO ", "National insurance - ", "NI: "]),
           V(form, "NI_NUMBER", case.g()), R.choice(["", " (from my P60)", " ta", ""]))
    return case


def p_ni_call():
    case = Case("ASR call: NI number spelled with phonetic/old-style spelling, split across turns")
    ni = gen_ni()
    zw = zero_word()
    greet(case, R.choice(["government", "government", "banking", "insurance"]))
    case.a("can i take your national insurance number please")
    gid = case.g()
    lets = say_letters(ni[:2])
    if ni[0] == ni[1] and R.random() < 0.6:
        lets = ["double " + ni[0].lower()]
    case.c(R.choice(["oh, um, i've got it on a letter here. it's ", "it's ", "right, ", "er, it begins "]),
           V(" ".join(lets), "NI_NUMBER", gid))
    case.a(R.choice(BACKCH))
    if R.random() < 0.5:
        case.c(V(say_number_groups([ni[2:4], ni[4:6], ni[6:8]], zw), "NI_NUMBER", gid), "...")
    else:
        case.c(V(say_number_groups([ni[2:5]], zw), "NI_NUMBER", gid), ", " + R.choice(ASIDES) + ", ",
               V(say_number_groups([ni[5:8]], zw), "NI_NUMBER", gid))
    case.a(R.choice(["and the letter at the end?", "and the last letter?", "mhm, and then a letter"]))
    case.c(R.choice(["", "oh yes, ", "um, "]), V(" ".join(say_letters(ni[8])), "NI_NUMBER", gid))
    if R.random() < 0.6:
        case.a("lovely, so ", V(" ".join(say_letters(ni[:2], "plain")) + " " + say_digits(ni[2:8], zw, dbl=False) + " " +
                                ni[8].lower(), "NI_NUMBER", case.g()))
        case.c(R.choice(["yes", "that's the one", "i think so"]))
    return case


def p_bank_chat():
    case = Case("typed: UK sort code and account number with labels")
    sc, acct = rdig(6), rdig(8)
    scf = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (sc[:2], sc[2:4], sc[4:])
    greet(case, R.choice(["banking", "utilities", "government", "insurance"]))
    case.a("Which account would you like the refund paid into?")
    case.c(R.choice(["sort code ", "s/c: ", "Sort: ", "sortcode "]), V(scf, "SORT_CODE", case.g()),
           R.choice([" acct no: ", ", account ", " a/c ", "\naccount number: "]), V(acct, "BANK_ACCOUNT", case.g()))
    return case


def p_bank_call():
    case = Case("ASR call: sort code as pairs, account number with hesitation and read-back")
    sc, acct = rdig(6), rdig(8)
    zw = zero_word()
    greet(case, R.choice(["banking", "utilities", "government"]))
    case.a("can you give me the sort code for the direct debit")
    case.c(R.choice(["um, ", "it's ", "ooh, let me get my chequebook. right, it's "]),
           V(say_number_groups([sc[:2], sc[2:4], sc[4:]], zw, mode_p=0.8), "SORT_CODE", case.g()))
    case.a("and the account number")
    gid = case.g()
    spoken_split(case, "BANK_ACCOUNT", [acct[:4], acct[4:]], zw, gid, R.choice(["it's", "um", "right,"]),
                 readback=R.random() < 0.5)
    return case


def p_us_bank():
    case = Case("US checking account number typed or spoken")
    acct = rdig(R.choice([10, 11, 12]))
    greet(case, R.choice(["banking", "healthcare", "utilities"]))
    case.a("what's the checking account number for the autopay?")
    if R.random() < 0.5:
        case.c(R.choice(["acct #", "account no. ", "checking: "]), V(acct, "BANK_ACCOUNT", case.g()))
    else:
        case.c("it's ", V(say_number_groups(split_groups(acct, [3, 3, 4]), filler_p=0.4), "BANK_ACCOUNT", case.g()),
               R.choice(["", ", i think", " ... yes"]))
    return case


def p_iban():
    case = Case("IBAN typed or spelled out on a call")
    ib = gen_iban()
    greet(case, R.choice(["banking", "travel", "retail", "insurance"]))
    case.a("Can I have the IBAN for the refund?")
    if R.random() < 0.5:
        case.c(R.choice(["IBAN: ", "iban ", "its ", "IBAN is "]), V(iban_typed(ib), "IBAN", case.g()))
    else:
        gid = case.g()
        lead = " ".join(say_letters(ib[:2], R.choice(["plain", "nato"]))) + " " + say_int(int(ib[2:4])) \
            if ib[2] != "0" else " ".join(say_letters(ib[:2])) + " " + say_digits(ib[2:4])
        case.c(R.choice(["it's ", "right, it starts ", "um, "]), V(lead, "IBAN", gid))
        case.a(R.choice(BACKCH))
        rest = ib[4:]
        chunks = [rest[k:k + 4] for k in range(0, len(rest), 4)]
        mid = len(chunks) // 2
        for part in (chunks[:mid], chunks[mid:]):
            words = []
            for ch in part:
                words.append(" ".join(say_letters(ch, "nato")) if ch.isalpha() else say_digits(ch) if ch.isdigit()
                             else " ".join(say_letters(ch, "plain")))
            case.c(R.choice(["", "then ", "er, "]), V(", ".join(words), "IBAN", gid), R.choice(["", "...", ", " + R.choice(ASIDES)]))
            if part is chunks[:mid] or part == chunks[:mid]:
                case.a(R.choice(BACKCH))
    return case


def p_phone():
    case = Case("phone number, typed or spoken (national and international)")
    k, cc, intl, nat = gen_phone()
    ind = greet(case, R.choice(list(INDUSTRY)))
    case.a("What's the best number to reach you on?")
    if R.random() < 0.4:
        case.c(R.choice(["mob: ", "call me on ", "tel ", "my cell is ", "Phone - "]), *phone_segs(phone_typed(k, cc, intl, nat), case.g()))
        case.note = "typed phone number"
    else:
        zw = zero_word()
        intl_form = R.random() < 0.4
        if k == "us":
            gs = [nat[:3], nat[3:6], nat[6:]]
            if intl_form:
                gs = [cc] + gs
        elif intl_form:
            gs = [cc] + split_groups(intl, [3, 3, 4])
        else:
            gs = split_groups(nat, [5, 3, 3] if k == "ukmob" else [4, 3, 4] if k == "ukland" else [3, 3, 4])
        txt = say_number_groups(gs, zw, mode_p=0.15, filler_p=0.3)
        lead = R.choice(["it's ", "um, it's ", "the mobile is ", "my landline is ", "oh, my son put it in the phone... it's "])
        if intl_form:
            lead += "plus "
        gid = case.g()
        if R.random() < 0.35:
            cut = len(gs) // 2 + 1
            case.c(lead, V(say_number_groups(gs[:cut], zw), "PHONE", gid))
            case.a(R.choice(BACKCH))
            case.c(V(say_number_groups(gs[cut:], zw), "PHONE", gid), R.choice(["", ", i think", " ... yes that's it"]))
        else:
            case.c(lead, V(txt, "PHONE", gid))
        if R.random() < 0.4:
            case.a("let me read that back, ", V(say_number_groups(gs, zw, mode_p=0, filler_p=0, sep=", "), "PHONE", case.g()))
            case.c(R.choice(["yes", "that's it love", "i think so, yes"]))
        case.note = "ASR call: spoken phone number" + (" with country code" if intl_form else "")
    return case


def p_email():
    case = Case("e-mail address typed or spoken")
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1930, 1960))])
    sepc = R.choice([".", "_", "", "."])
    user = f + sepc + l + num if R.random() < 0.6 else f[0] + sepc + l + num
    greet(case, R.choice(list(INDUSTRY)))
    case.a("Can I take an email address for the confirmation?")
    if R.random() < 0.4:
        e = user + "@" + d
        e = R.choice([e, e, e.title() if "." not in user else e, e.upper() if R.random() < 0.2 else e])
        case.c(R.choice(["email: ", "its ", "e-mail ", "send it to ", "my granddaughter's email is "]), V(e, "EMAIL", case.g()),
               R.choice(["", " thanks", " pls"]))
        case.note = "typed e-mail address"
    else:
        spoken_user = user.replace(".", " dot ").replace("_", " underscore ")
        if num:
            spoken_user = spoken_user.replace(num, " " + num)
        dom = d.replace(".", " dot ")
        e = re.sub(r"\s+", " ", spoken_user + " at " + dom).strip()
        case.c(R.choice(["it's ", "um, it's ", "oh, my grandson set it up, it's "]), V(e, "EMAIL", case.g()))
        if R.random() < 0.5:
            case.a(R.choice(["sorry, was that ", "how do you spell the first part?"]))
            if R.random() < 0.5:
                letters = " ".join(say_letters(f, "plain"))
                case.c(V(letters + " " + spoken_user[len(f):].strip() + " at " + dom, "EMAIL", case.g()))
            else:
                case.c(R.choice(["it's ", "I said "]), V(e, "EMAIL", case.g()), ", all lower case")
        case.note = "ASR call: spoken e-mail address"
    return case


def dob_forms(spoken):
    y, m, dd = R.randint(1928, 1965), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        return R.choice([
            ORD[dd - 1] + " of " + MONTHS[m - 1] + " " + say_year(y),
            MONTHS[m - 1] + " " + ORD[dd - 1] + ", " + say_year(y),
            say_int(dd) + " " + MONTHS[m - 1] + " " + say_year(y),
            ORD[dd - 1] + " of " + MONTHS[m - 1] + ", um, " + say_year(y),
        ])
    return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d/%d/%d" % (m, dd, y), "%d %s %d" % (dd, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MONTHS[m - 1].title(), dd, y), "%d-%02d-%02d" % (y, m, dd), "%02d.%02d.%02d" % (dd, m, y % 100)])


def p_dob():
    case = Case("date of birth for ID&V, typed or spoken")
    greet(case, R.choice(list(INDUSTRY)))
    case.a("Can you confirm your date of birth for security?")
    if R.random() < 0.4:
        case.c(R.choice(["DOB ", "dob: ", "born ", "its ", "Date of birth - "]), V(dob_forms(False), "DOB", case.g()))
        case.note = "typed date of birth"
    else:
        if R.random() < 0.35:
            case.c(asr(R.choice(REPEAT)))
            case.a("your date of birth")
        case.c(R.choice(["it's the ", "oh, i was born on the ", "", "ooh, you're making me feel old. ", "the "]),
               V(dob_forms(True), "DOB", case.g()), R.choice(["", ", i'm eighty-odd now", ", same as the queen mother's... no, not quite"]))
        case.note = "ASR call: spoken date of birth, elderly caller"
    return case


def address_parts(country, spoken):
    if country == "us":
        n = R.randint(100, 9999)
        st = R.choice(STREETS_US)
        if R.random() < 0.3:
            st = R.choice(["N ", "S ", "W ", "E "]) + st
        a = (say_int(n) if (spoken and n < 1000) else say_digits(str(n)) if spoken else str(n)) + " " + st
        if not spoken and R.random() < 0.3:
            a = "Apt %d%s, " % (R.randint(1, 20), R.choice(["", "B", "C"])) + a
        return a
    n = R.randint(1, 140)
    st = R.choice(STREETS_UK)
    num = say_int(n) if spoken else str(n)
    a = num + " " + st
    if R.random() < 0.3:
        fl = R.randint(1, 12)
        a = ("flat " + say_int(fl) if spoken else "Flat %d" % fl) + ", " + a
    return a.lower() if spoken else a


def p_address():
    case = Case("address + postcode/ZIP, typed or spoken")
    country = R.choice(["uk", "uk", "uk", "us", "ie"])
    greet(case, R.choice(list(INDUSTRY)))
    case.a("And what's the address on the account?")
    spoken = R.random() < 0.55
    addr = address_parts("us" if country == "us" else "uk", spoken)
    if country == "us":
        town, stt = R.choice(TOWNS_US)
        z = "%05d" % R.randint(10001, 99950)
        if R.random() < 0.2:
            z += ("-" if not spoken else "") + rdig(4)
        zt = say_digits(z.replace("-", "")) if spoken else z
        case.c(R.choice(["", "it's ", "um, "]), V(addr, "ADDRESS", case.g()), ", " + (town.lower() if spoken else town) + ", " + stt + " ",
               V(zt, "POSTCODE", case.g()))
    elif country == "ie":
        case.c(R.choice(["", "it's "]), V(addr, "ADDRESS", case.g()), ", " + R.choice(TOWNS_IE) + R.choice([", Co. Cork", "", ", Ireland"]))
        case.note = "Irish address without postcode"
    else:
        out, inw = gen_ukpc()
        town = R.choice(TOWNS_UK)
        if spoken:
            case.c(R.choice(["it's ", "um, ", "i live at "]), V(addr, "ADDRESS", case.g()), ", " + R.choice(ASIDES) + ", " + town.lower())
            case.a("and the postcode?")
            lets = re.match(r"[A-Z]+", out).group(0)
            digs = out[len(lets):]
            style = R.choice(["plain", "nato", "old"])
            o_sp = " ".join(say_letters(lets, style)) + " " + (say_int(int(digs)) if R.random() < 0.5 else say_digits(digs))
            i_sp = say_digits(inw[0]) + " " + " ".join(say_letters(inw[1:], style))
            if R.random() < 0.4:
                gid = case.g()
                case.c(V(o_sp, "POSTCODE", gid), "...")
                case.a(R.choice(BACKCH))
                case.c(V(i_sp, "POSTCODE", gid))
            else:
                case.c(R.choice(["", "it's ", "er, "]), V(o_sp + ", " + i_sp, "POSTCODE", case.g()))
        else:
            pc = R.choice([out + " " + inw, (out + inw).lower(), out + inw, out.lower() + " " + inw.lower()])
            case.c(V(addr, "ADDRESS", case.g()), ", " + town + R.choice([", ", " ", "\n"]), V(pc, "POSTCODE", case.g()))
    return case


def p_idv_combo():
    case = Case("ASR call: elderly caller ID&V - DOB, address, postcode and phone with repeats")
    greet(case, R.choice(["banking", "utilities", "government", "healthcare"]))
    case.c(asr("hello? is that the right number? my daughter wrote it down for me"))
    case.a("yes you're through to the right place. can i take your date of birth first")
    if R.random() < 0.5:
        case.c(asr(R.choice(REPEAT)))
        case.a("your date of birth please")
    case.c(R.choice(["", "oh, it's the ", "um, "]), V(dob_forms(True), "DOB", case.g()))
    case.a("thank you, and the first line of your address")
    addr = address_parts("uk", True)
    case.c(R.choice(["", "it's ", "we're at "]), V(addr, "ADDRESS", case.g()), R.choice(["", ", been there forty years"]))
    case.a("and the postcode")
    out, inw = gen_ukpc()
    lets = re.match(r"[A-Z]+", out).group(0)
    digs = out[len(lets):]
    pc = " ".join(say_letters(lets)) + " " + say_digits(digs) + ", " + say_digits(inw[0]) + " " + " ".join(say_letters(inw[1:]))
    case.c(R.choice(["", "um, "]), V(pc, "POSTCODE", case.g()))
    case.a("lovely, and a contact number?")
    k, cc, intl, nat = gen_phone()
    gs = split_groups(nat, [5, 3, 3] if k == "ukmob" else [3, 3, 4, 4])
    case.c(R.choice(["it's ", "the house phone is ", "er, "]), V(say_number_groups(gs, filler_p=0.5), "PHONE", case.g()))
    return case


def p_email_chat_combo():
    case = Case("typed e-mail ticket: several details in one message")
    greet(case, R.choice(["retail", "insurance", "travel", "telecom"]))
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    k, cc, intl, nat = gen_phone()
    out, inw = gen_ukpc()
    case.c("Hi, my mum can't use the app so I'm writing for her. Her details: address ",
           V(address_parts("uk", False), "ADDRESS", case.g()), ", " + R.choice(TOWNS_UK) + " ",
           V(out + " " + inw, "POSTCODE", case.g()), ". Contact: ", *phone_segs(phone_typed(k, cc, intl, nat), case.g()),
           " or ", V(f + "." + l + "@" + d, "EMAIL", case.g()), ". DOB ", V(dob_forms(False), "DOB", case.g()),
           ". Order 5531-0094 arrived broken.")
    case.a("Thanks for the details, I'll raise a return for order 5531-0094.")
    return case


POSITIVE = [(p_card_chat, 16), (p_card_call, 24), (p_card_restart, 10), (p_ssn_chat, 8), (p_ssn_call, 10),
            (p_ssn_last4, 5), (p_ni_chat, 9), (p_ni_call, 12), (p_bank_chat, 8), (p_bank_call, 9),
            (p_us_bank, 4), (p_iban, 11), (p_phone, 17), (p_email, 14), (p_dob, 13), (p_address, 18),
            (p_idv_combo, 8), (p_email_chat_combo, 5)]


# ----------------------------------------------------------------- negatives
def n_order_spoken():
    case = Case("negative: long order/tracking number read digit by digit like a card")
    lab = R.choice(["order number", "tracking number", "reference number", "claim number", "booking reference",
                    "meter serial number", "case number", "ticket number"])
    ds = gen_card() if R.random() < 0.5 else rdig(R.choice([12, 14, 16]))
    greet(case, R.choice(["retail", "insurance", "utilities", "travel"]))
    case.a(asr("have you got the %s there?" % lab))
    case.c(asr("yes, i've got the %s here, it's " % lab) + say_number_groups(card_groups(ds) if len(ds) >= 13 else [ds[:4], ds[4:8], ds[8:]]))
    case.a(R.choice(BACKCH) + ", that's the %s for the parcel, thank you" % lab)
    return case


def n_order_typed():
    case = Case("negative: long labelled reference numbers in typed chat")
    greet(case, R.choice(["retail", "travel", "insurance", "telecom"]))
    lab = R.choice(["Order #", "Invoice no. ", "Tracking: ", "Policy number ", "Claim ref ", "Serial no: ", "Ticket ID "])
    v = R.choice([rdig(16), gen_card(), "%s-%s-%s" % (rdig(4), rdig(4), rdig(4)), "HX-%s-%s" % (rdig(4), rdig(4)),
                  "1Z" + rdig(16), "INV" + rdig(9)])
    case.c("Hi, " + lab + v + " still hasn't arrived, it's been " + str(R.randint(8, 21)) + " days.")
    case.a("Sorry to hear that. I can see %s%s was dispatched on the %d%s." % (lab.strip(), " " + v, R.randint(1, 28), "th"))
    return case


def n_last4():
    case = Case("negative: card last four only, no full card in case")
    d4 = rdig(4)
    greet(case, R.choice(["banking", "retail", "telecom"]))
    case.a(asr(R.choice(["which card would you like to use?", "is it the card on file?"])))
    spoken = say_digits(d4)
    case.c(asr("the one ending " + spoken + ", " + R.choice(ASIDES) + ", yes the one ending " + spoken))
    case.a("perfect, the card ending " + R.choice([d4, spoken]) + ", that's the one we have on file, and the payment of " +
           "£%d.%02d has gone through" % (R.randint(10, 400), R.randint(0, 99)))
    return case


def n_amounts():
    case = Case("negative: balances, amounts and prices spoken hesitantly")
    greet(case, R.choice(["utilities", "telecom", "banking"]))
    case.c(asr("i had a letter saying i owe, um, four hundred and twelve pounds, that can't be right, i only use the one heater"))
    case.a("i can see a balance of %d pounds %d, and your monthly direct debit is %d pounds" %
           (R.randint(100, 999), R.randint(10, 99), R.randint(30, 120)))
    case.c(asr(R.choice(["how much? " + R.choice(REPEAT), "oh dear, i'm on a pension you know, " + say_int(R.randint(150, 220)) + " pounds a week"])))
    case.a("it's %s pounds %s, but we can spread it over %s months" % (say_int(R.randint(100, 999)), say_int(R.randint(10, 99)), say_int(R.choice([6, 12, 18]))))
    return case


def n_times_dates():
    case = Case("negative: appointment dates, times, opening hours, durations")
    greet(case, R.choice(["healthcare", "utilities", "telecom", "government"]))
    d = R.randint(1, 28)
    case.c(asr("the engineer's meant to come on the " + ORD[d - 1] + " of " + R.choice(MONTHS) + ", is that still right?"))
    case.a("yes, on the %s between eight and one, and we're open nine till five thirty if anything changes" % ORD[d - 1])
    case.c(asr("i've been on hold " + say_int(R.randint(20, 55)) + " minutes, " + R.choice(ASIDES) + ", sorry, what time did you say?"))
    case.a("between eight a m and one p m, love. it's about a %s minute job" % say_int(R.choice([30, 45, 90])))
    return case


def n_ages_counts():
    case = Case("negative: ages, counts, temperatures, percentages, years")
    greet(case, R.choice(["utilities", "insurance", "healthcare"]))
    case.c(asr("i'm " + say_int(R.randint(78, 96)) + " and my husband's " + say_int(R.randint(80, 99)) +
               ", the house has been down to " + say_int(R.randint(12, 16)) + " degrees all week"))
    case.a("I'm sorry to hear that. Your tariff went up %d percent in %d, and you've had %d missed visits." %
           (R.randint(3, 12), R.randint(2019, 2025), R.randint(2, 4)))
    case.c(asr("we've been with you since nineteen " + say_int(R.randint(70, 99)) + ", " + R.choice(LOST)))
    return case


def n_meter():
    case = Case("negative: meter readings read like account numbers")
    greet(case, "utilities")
    case.a("can you read me the numbers on the meter?")
    m1 = rdig(5)
    case.c(asr("hang on, i need the torch, it's under the stairs... right, " + say_number_groups([m1[:3], m1[3:]])))
    case.a(R.choice(BACKCH))
    m2 = rdig(5)
    case.c(asr("and the night one is " + say_digits(m2) + ", " + R.choice(ASIDES)))
    case.a("thanks, so day reading %s and night reading %s, and the meter serial is %s" % (m1, m2, "S" + rdig(2) + "K" + rdig(6)))
    return case


def n_travel():
    case = Case("negative: flight, seat, gate, room numbers and booking reference")
    greet(case, "travel")
    fl = R.choice(["BA", "EI", "FR", "AA", "LH"]) + str(R.randint(100, 9999))
    case.c("I'm on flight " + fl + " on the " + str(R.randint(1, 28)) + "th, seat " + str(R.randint(1, 40)) + R.choice("ABCDEF") +
           ", booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + ".")
    case.a(asr("you'll go from gate " + say_int(R.randint(1, 60)) + " and the hotel room is " + say_digits(rdig(3)) +
               ", check in after three"))
    case.c(asr("room what? " + R.choice(REPEAT)))
    return case


def n_roads():
    case = Case("negative: road and town names without house numbers; directions")
    greet(case, R.choice(["utilities", "government", "telecom"]))
    case.c(asr("there's a water leak at the corner of " + R.choice(STREETS_UK) + " and " + R.choice(STREETS_UK) +
               " in " + R.choice(TOWNS_UK) + ", by the bus stop"))
    case.a("thanks, is that near the junction with the A%d?" % R.randint(1, 699))
    case.c(asr("yes, past the church, about " + say_int(R.randint(100, 500)) + " yards"))
    return case


def n_policy_spoken():
    case = Case("negative: policy/claim numbers spelled with letters and digits like NI or IBAN")
    greet(case, R.choice(["insurance", "government", "healthcare"]))
    lab = R.choice(["policy number", "claim reference", "member number", "patient account number", "case reference"])
    pol = "".join(R.choice("ABCEHJKLMPRSTW") for _ in range(2)) + rdig(6) + R.choice("ABCD")
    case.a("have you got your %s?" % lab)
    case.c(asr("oh, um, the %s, it's " % lab) + " ".join(say_letters(pol[:2], R.choice(["nato", "old"]))) + " " +
           say_number_groups([pol[2:5], pol[5:8]]) + " " + pol[8].lower() + ", " + R.choice(ASIDES))
    case.a("thank you, that's the %s, I've found the claim from %s" % (lab, R.choice(MONTHS).title()))
    return case


def n_model_serial():
    case = Case("negative: product model and serial numbers")
    greet(case, R.choice(["retail", "telecom"]))
    case.c("The router model is " + R.choice(["HX", "TG", "VR"]) + "-" + rdig(4) + " and serial number SN" + rdig(12) +
           ", bought on " + str(R.randint(1, 28)) + "/" + str(R.randint(1, 12)) + "/" + str(R.randint(2019, 2025)))
    case.a(asr("thanks, and that's been flashing orange for " + say_int(R.randint(2, 6)) + " days?"))
    return case


NEGATIVE = [(n_order_spoken, 16), (n_order_typed, 14), (n_last4, 12), (n_amounts, 9), (n_times_dates, 9),
            (n_ages_counts, 8), (n_meter, 9), (n_travel, 8), (n_roads, 6), (n_policy_spoken, 9), (n_model_serial, 6)]


# ----------------------------------------------------------------- assemble
def generate():
    pos, neg = [], []
    for fn, n in POSITIVE:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEGATIVE:
        for _ in range(n):
            neg.append(fn())
    R.shuffle(pos)
    R.shuffle(neg)
    lines, metas = [], []
    for kind, lst, tag in (("positive", pos, "pos"), ("negative", neg, "neg")):
        for i, case in enumerate(lst, 1):
            turns, spans, meta = case.build()
            assert (kind == "positive") == bool(spans), case.note
            rec = {"id": "h406-%s-%03d" % (tag, i), "kind": kind, "turns": turns, "spans": spans, "note": case.note}
            lines.append(json.dumps(rec, ensure_ascii=False))
            metas.append(meta)
    return "\n".join(lines) + "\n", metas


def counts(text):
    c = Counter()
    k = Counter()
    for line in text.splitlines():
        rec = json.loads(line)
        k[rec["kind"]] += 1
        for s in rec["spans"]:
            c[s["type"]] += 1
    return k, c


def readme(text):
    k, c = counts(text)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout406 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit thresholds, patterns, word lists or
> models to these cases, and do not copy phrasings from them into training or
> development data. It exists only to measure the redaction engine.

## Provenance

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, its docs or any other PII fixtures; cases were
invented from the brief alone. The file is generated by
`scripts/make_pii_holdout406.py` (standard library only, one seeded
`random.Random(406241125)`); every offset is computed from labelled value segments,
never typed by hand. `python scripts/make_pii_holdout406.py --check` regenerates
the file, checks it is byte-identical, checks ids, offsets, word boundaries and
overlaps, and validates every labelled value after normalising spoken forms (Luhn
for cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, etc.).

Emphasis of this set: elderly, hesitant or distracted callers — fillers, asides to
people in the room, losing their place, restarting, asking the agent to repeat —
mixed with typed chat/e-mail, across banking, telecom, utilities, retail,
insurance, travel, healthcare billing and government services (UK, US, Ireland, EU).

## Format

One JSON object per line: `id`, `kind` (`positive`/`negative`), `turns`
(`speaker` is `customer` or `agent`, `text`), `spans` (`turn`, `start`, `end`
exclusive Python character offsets, `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last; lead-in words ("it's",
  "my number is") are outside. A leading `+` or a spoken "plus" before a country code
  is outside the span (it is not a letter/digit); the country code digits are inside.
- A value split across turns is one span per turn, each with the value's type. A value
  interrupted by an aside inside one turn ("four five three nine, hang on, my glasses,
  one four eight eight") is two spans; the aside is not labelled.
- Agent read-backs are labelled, including partial ones ("you'd got as far as ...",
  "so ending 6789") when the full value is given in the same case. A reading abandoned
  and restarted by the caller is labelled too (it is part of the value).
- Filler words inside a reading ("um", "uh", "er") are inside the span.
- PHONE includes the country code. ADDRESS is house/flat number and street, not the
  town; the postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole
  date expression (for DOB, a leading "the" is outside).
- A card's last four on their own ("card ending 4821") are not PII unless the full
  card was read in the same case.
- Negative cases contain no labelled PII: amounts, balances, times, durations, counts,
  ages, temperatures, percentages, years, appointment dates, labelled
  order/tracking/claim/policy/serial/reference numbers (some Luhn-valid or spoken
  like card readings), meter readings, flight/gate/seat/room numbers, road names
  without house numbers, and card last-four mentions.

## Counts

Cases: %d positive, %d negative.

| Type | Spans |
|---|---|
%s
""" % (k["positive"], k["negative"], rows)


def check(text, metas):
    with open(CASES, encoding="utf-8") as f:
        disk = f.read()
    assert disk == text, "cases.jsonl is not byte-identical to regenerated output"
    ids = set()
    alnum = lambda ch: ch.isalnum()
    for line, meta in zip(text.splitlines(), metas):
        rec = json.loads(line)
        assert rec["id"] not in ids, rec["id"]
        ids.add(rec["id"])
        assert rec["kind"] in ("positive", "negative")
        assert (rec["kind"] == "negative") == (not rec["spans"]), rec["id"]
        for t in rec["turns"]:
            assert t["speaker"] in ("customer", "agent") and t["text"], rec["id"]
        groups = defaultdict(list)
        last = {}
        for s, (gid, role) in zip(rec["spans"], meta):
            txt = rec["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            assert 0 <= st < en <= len(txt), rec["id"]
            assert s["type"] in TYPES
            assert alnum(txt[st]) and alnum(txt[en - 1]), (rec["id"], txt[st:en])
            assert st == 0 or not alnum(txt[st - 1]), (rec["id"], txt[st:en])
            assert en == len(txt) or not alnum(txt[en]), (rec["id"], txt[st:en])
            if s["turn"] in last:
                assert st >= last[s["turn"]], ("overlap", rec["id"])
            last[s["turn"]] = en
            groups[gid].append((role, s["type"], txt[st:en]))
        for gid, items in groups.items():
            typ = items[0][1]
            assert all(i[1] == typ for i in items), rec["id"]
            parts = [i[2] for i in items if i[0] == "part"]
            if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                for p in parts:
                    assert validate(typ, p), (rec["id"], typ, p)
                continue
            full = " , ".join(parts)
            assert validate(typ, full), (rec["id"], typ, full, normalise(full))
            nf = normalise(full)
            for role, _, p in items:
                if role == "echo":
                    assert normalise(p) in nf, (rec["id"], p)
    k, c = counts(text)
    assert k["positive"] >= 200 and k["negative"] >= 100, k
    assert c["CARD_NUMBER"] >= 70 and c["SSN"] >= 30 and c["NI_NUMBER"] >= 30, c
    for t in TYPES:
        assert c[t] >= 10, (t, c[t])
    return k, c


def main():
    text, metas = generate()
    if "--check" in sys.argv:
        k, c = check(text, metas)
        print("OK: %d positive, %d negative; spans: %s" % (k["positive"], k["negative"],
              ", ".join("%s=%d" % (t, c[t]) for t in TYPES)))
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(text))
    k, c = counts(text)
    print("wrote %s: %d positive, %d negative; %s" % (CASES, k["positive"], k["negative"], dict(c)))


if __name__ == "__main__":
    main()

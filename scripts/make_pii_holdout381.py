#!/usr/bin/env python3
"""Generate the pii_holdout381 held-out PII evaluation set.

Writes tests/fixtures/pii_holdout381/cases.jsonl.  Standard library only,
one RNG: random.Random(381241125).  Offsets are always computed from
segments, never typed.

    python scripts/make_pii_holdout381.py           # (re)write the file
    python scripts/make_pii_holdout381.py --check   # regenerate + validate
"""
import json
import os
import random
import re
import string
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout381", "cases.jsonl")

R = random.Random(381241125)

# ---------------------------------------------------------------- vocab
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen",
         16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
ZEROS = ["oh", "o", "nought", "zero"]
FILLERS = ["um", "uh", "er", "erm"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "f": "freddie", "g": "george",
        "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother", "n": "nancy",
        "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xylophone",
        "y": "yellow", "z": "zebra"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 21: "twenty first", 22: "twenty second", 23: "twenty third",
       24: "twenty fourth", 25: "twenty fifth", 26: "twenty sixth", 27: "twenty seventh", 28: "twenty eighth"}

INDUSTRY = {
    "banking": ["Thanks for calling Harrowgate Bank", "You're through to the cards team at Northway Bank",
                "Hi, Fenwick Building Society"],
    "telecom": ["Welcome to Skylink Mobile support", "Hi, you're through to Brightwave Broadband",
                "Thanks for holding, Corra Telecom billing"],
    "utilities": ["Good morning, Emberline Energy", "Hello, Clearwater Utilities customer service",
                  "Hi, you've reached Solas Gas and Electric"],
    "retail": ["Hi, thanks for contacting Maple & Finch online orders", "Hello, Bramble Home returns desk"],
    "insurance": ["Thanks for calling Keystone Insurance claims", "Hello, Anchorpoint Motor Insurance"],
    "travel": ["Hi, Bluejet Airways reservations", "Welcome to Wayfarer Holidays bookings"],
    "healthcare billing": ["Thanks for calling Riverside Medical billing", "Hello, Clearpath Dental accounts"],
    "government services": ["You're through to the council tax team", "Hello, vehicle licensing helpline",
                            "Good afternoon, benefits enquiry line"],
}
ASIDES = [
    "hang on, sorry, {name}, put that down, put it DOWN, sorry about that",
    "sorry, the dog's going mad at the postman, right",
    "hold on a sec, {name}, I'm on the phone! sorry, where was I",
    "[background noise] sorry it's really loud here, I'm at the station",
    "oh god sorry, the kettle, one sec, ok",
    "{name}, can you grab my glasses, they're on the, yeah, thanks, sorry",
    "sorry, someone's at the door, no, it's fine, they've gone",
    "wait, [to someone] no, the other one, the blue card, yeah that one",
    "can you still hear me? the signal keeps dropping, ok",
    "[baby crying] sorry, sorry, she's just woken up",
    "hm hold on, I've lost my place, the light's bad",
    "no, not now {name}, mummy's on the phone, sorry",
]
NAMES = ["Jake", "Sophie", "Dave", "Mum", "Aoife", "Liam", "Priya", "Tom", "Kev", "Rosa"]
BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "yes", "got that", "right", "ok go ahead", "lovely"]


def pick(xs):
    return R.choice(xs)


def aside():
    return pick(ASIDES).format(name=pick(NAMES))


# ---------------------------------------------------------------- values
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
    kind = R.random()
    if kind < 0.4:
        pre, n = "4", 16
    elif kind < 0.65:
        pre, n = str(R.randint(51, 55)), 16
    elif kind < 0.78:
        pre, n = pick(["34", "37"]), 15
    elif kind < 0.86:
        pre, n = "6011", 16
    elif kind < 0.93:
        pre, n = "4", 13
    else:
        pre, n = pick(["6304", "6759", "4"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


IBAN_FMT = {"GB": ("A4", 14), "IE": ("A4", 14), "DE": ("", 18), "FR": ("", 23), "ES": ("", 20),
            "NL": ("A4", 10), "IT": ("A1", 22), "BE": ("", 12)}


def make_iban():
    cc = pick(list(IBAN_FMT))
    letters, nd = IBAN_FMT[cc]
    bban = ""
    if letters:
        k = int(letters[1])
        bban += "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(k))
    bban += "".join(str(R.randint(0, 9)) for _ in range(nd))
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban)
    return iban


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def make_uk_postcode():
    area = pick(["SW", "M", "B", "LS", "EH", "G", "CF", "BS", "NE", "L", "N", "E", "W", "OX", "CB", "BT", "KT", "RG"])
    dist = str(R.randint(1, 19))
    if R.random() < 0.15 and len(area) <= 2:
        dist = str(R.randint(1, 9)) + R.choice("ABW")
    return area + dist + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.2:
        z += "-%04d" % R.randint(1, 9999)
    return z


STREETS = ["Mill Lane", "Church Street", "Victoria Road", "Oak Avenue", "Station Road", "Kingsway",
           "Elm Grove", "Maple Drive", "Harbour View", "Queens Crescent", "Riverside Walk", "Park Terrace",
           "Main Street", "Elm Street", "Lincoln Avenue", "Sunset Boulevard", "Cedar Court", "Hillcrest Road",
           "Willow Close", "Market Place"]
STREET_SUFFIX = {"lane", "street", "road", "avenue", "kingsway", "grove", "drive", "view", "crescent",
                 "walk", "terrace", "boulevard", "court", "close", "place", "st", "rd", "ave"}
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Reading", "Norwich", "York"]
US_TOWNS = ["Springfield, Illinois", "Austin, Texas", "Portland, Oregon", "Columbus, Ohio", "Tampa, Florida"]
EMAIL_USERS = ["j.doe", "sarah_k", "mikey.obrien", "priya.shah84", "tom-h", "aoife.nic", "dkowalski",
               "rosa.m.lopez", "bennyb", "kate.w1990", "liam.oconnor", "jenny_lee77"]
EMAIL_DOMS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
              "eircom.net", "protonmail.com", "web.de", "orange.fr"]


# ---------------------------------------------------------------- speaking
def say_digit(d):
    if d == "0":
        return pick(ZEROS)
    return UNITS[int(d)]


def say_digits(ds, style="mixed"):
    """Return list of word tokens for a digit string."""
    out = []
    i = 0
    while i < len(ds):
        rest = ds[i:]
        r = R.random() if style == "mixed" else 1.0
        if style != "single" and len(rest) >= 3 and rest[0] == rest[1] == rest[2] and r < 0.7:
            out += ["triple", say_digit(rest[0])]
            i += 3
        elif style != "single" and len(rest) >= 2 and rest[0] == rest[1] and r < 0.7:
            out += ["double", say_digit(rest[0])]
            i += 2
        elif style == "mixed" and len(rest) >= 3 and rest[0] != "0" and rest[1] != "0" and rest[2] != "0" and r < 0.12:
            out += [UNITS[int(rest[0])], "hundred"]
            if R.random() < 0.6:
                out.append("and")
            out += say_pair_words(rest[1:3])
            i += 3
        elif style in ("mixed", "pairs") and len(rest) >= 2 and rest[0] != "0" and rest[1] != "0" and (r < 0.35 or style == "pairs"):
            out += say_pair_words(rest[:2])
            i += 2
        else:
            out.append(say_digit(rest[0]))
            i += 1
    return out


def say_pair_words(p):
    n = int(p)
    if p[0] == "0":
        return [pick(ZEROS), UNITS[n]] if n else [pick(ZEROS), pick(ZEROS)]
    if n in TEENS:
        return [TEENS[n]]
    if n % 10 == 0:
        return [TENS[n // 10]] if n >= 20 else ["ten"]
    return [TENS[n // 10], UNITS[n % 10]]


def say_letter(ch, nato_p=0.4):
    ch = ch.lower()
    r = R.random()
    if ch == "o":  # a bare "o" would read as zero
        return [ch, pick(["for", "as in"]), NATO[ch]]
    if r < nato_p:
        return [ch, pick(["for", "as in"]), NATO[ch]]
    if r < nato_p + 0.15 and ch in FOLK:
        return [ch, "for", FOLK[ch]]
    return [ch]


def say_alnum(s, nato_p=0.4):
    """Speak a mixed letter/digit string, grouping digit runs."""
    out = []
    for run in re.findall(r"\d+|[A-Za-z]", s):
        if run.isdigit():
            out += say_digits(run, pick(["mixed", "single", "mixed"]))
        else:
            out += say_letter(run, nato_p)
    return out


def sprinkle(tokens, p=0.12):
    """Insert fillers inside a reading (never first or last)."""
    out = list(tokens)
    if len(out) > 2 and R.random() < p * 3:
        k = R.randint(1, len(out) - 1)
        # don't split "x for xray", "double x", "forty one"
        while k < len(out) and (out[k - 1] in ("double", "triple", "for", "as in", "hundred", "and") or out[k] in ("for", "as in", "hundred", "and") or out[k - 1] in TENS.values()):
            k += 1
        if k < len(out):
            out.insert(k, pick(FILLERS))
    return out


def chunks(tokens, n):
    """Split tokens into n roughly equal pieces on safe boundaries."""
    if n <= 1:
        return [tokens]
    safe = [k for k in range(1, len(tokens)) if tokens[k - 1] not in ("double", "triple", "for", "as in", "hundred", "and")
            and tokens[k] not in ("for", "as in", "hundred", "and") and tokens[k - 1] not in TENS.values()
            and tokens[k] not in FILLERS and tokens[k - 1] not in FILLERS]
    if len(safe) < n - 1:
        return [tokens]
    cuts = []
    for k in range(1, n):
        target = k * len(tokens) / n + R.uniform(-1.0, 1.0)
        best = min((x for x in safe if x not in cuts and (not cuts or x > cuts[-1])), key=lambda x: abs(x - target), default=None)
        if best is None:
            return [tokens]
        cuts.append(best)
    res, prev = [], 0
    for c in cuts + [len(tokens)]:
        res.append(tokens[prev:c])
        prev = c
    return res


def digit_groups(ds, sizes):
    res, i = [], 0
    for s in sizes:
        res.append(ds[i:i + s])
        i += s
    if i < len(ds):
        res.append(ds[i:])
    return [g for g in res if g]


def card_groups(card):
    if len(card) == 15:
        return digit_groups(card, [4, 6, 5])
    return digit_groups(card, [4, 4, 4, 4, 4])


def typed_card(card):
    g = card_groups(card)
    sep = pick([" ", "-", " ", "", ".", "  "])
    s = sep.join(g)
    if R.random() < 0.08 and "0" in s:
        k = s.index("0")
        s = s[:k] + "O" + s[k + 1:]  # typo: letter O for zero
    return s


# ---------------------------------------------------------------- normaliser / validation
WORD2D = {w: str(i) for i, w in enumerate(UNITS)}
for z in ZEROS:
    WORD2D[z] = "0"
TEENW = {v: str(k) for k, v in TEENS.items()}
TENSW = {v: k for k, v in TENS.items()}
NATOW = set(NATO.values()) | set(FOLK.values())


def tokenize(text):
    t = text.lower().replace("as in", "as_in")
    return re.findall(r"[a-z0-9@_+\-']+|\.", re.sub(r"[,;:!?()\[\]/]", " ", t))


def spoken_norm(text, email=False):
    """Normalise a spoken or typed value to its canonical characters."""
    toks = [t for t in tokenize(text) if t not in FILLERS]
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple") and nxt is not None:
            rep = 2 if t == "double" else 3
            v = WORD2D.get(nxt, nxt if len(nxt) == 1 else None)
            if v is None:
                raise ValueError("bad repeat %r" % text)
            out.append(v * rep)
            i += 2
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as_in") and i + 2 < len(toks):
            out.append(t)
            i += 3
            continue
        if t in WORD2D and t not in ("o",) or (t == "o" and not email):
            if nxt == "hundred":
                val = int(WORD2D[t]) * 100
                i += 2
                if i < len(toks) and toks[i] == "and":
                    i += 1
                if i < len(toks) and toks[i] in TENSW:
                    val += TENSW[toks[i]] * 10
                    i += 1
                    if i < len(toks) and toks[i] in WORD2D and toks[i] not in ZEROS:
                        val += int(WORD2D[toks[i]])
                        i += 1
                elif i < len(toks) and toks[i] in TEENW:
                    val += int(TEENW[toks[i]])
                    i += 1
                elif i < len(toks) and toks[i] in WORD2D:
                    val += int(WORD2D[toks[i]])
                    i += 1
                out.append("%03d" % val)
                continue
            out.append(WORD2D[t])
            i += 1
            continue
        if t in TEENW:
            out.append(TEENW[t])
            i += 1
            continue
        if t in TENSW:
            if nxt in WORD2D and nxt not in ZEROS:
                out.append(str(TENSW[t]) + WORD2D[nxt])
                i += 2
            else:
                out.append(str(TENSW[t] * 10))
                i += 1
            continue
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as_in") and i + 2 < len(toks):
            out.append(t)
            i += 3
            continue
        if t == "plus":
            out.append("+")
            i += 1
            continue
        if email:
            m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", ".": "."}
            out.append(m.get(t, t))
            i += 1
            continue
        if t in ("dash", "-", "space", "and", "."):
            i += 1
            continue
        out.append(t)
        i += 1
    s = "".join(out)
    if not email:
        s = re.sub(r"[^a-z0-9+]", "", s)
    return s


def digits_only(text, allow_o=True):
    s = spoken_norm(text)
    if allow_o:
        s = re.sub(r"(?<=\d)o|o(?=\d)", "0", s)
    return s


def valid_full(typ, val):
    v = val.upper() if typ in ("NI_NUMBER", "IBAN", "POSTCODE") else val
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(v))
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 17
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 15
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", v))
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(v) or re.fullmatch(r"\d{5}(\d{4})?", v))
    return True


def norm_for(typ, text):
    if typ == "EMAIL":
        return spoken_norm(text, email=True)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return spoken_norm(text).upper()
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text
    return digits_only(text)


def canon(typ, val):
    if typ == "EMAIL":
        return val.lower()
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return re.sub(r"[^A-Z0-9]", "", val.upper())
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return val
    return re.sub(r"[^0-9+]", "", val)


def check_soft(typ, text):
    t = text.lower()
    if typ in ("DOB", "EXPIRY"):
        has_month = any(m in t for m in MONTHS) or any(m[:3] in t for m in MONTHS)
        has_num = bool(re.search(r"\d", t)) or any(w in t.split() for w in list(UNITS) + list(TENS.values()) + list(TEENS.values()) + ZEROS)
        return has_num and (has_month or bool(re.search(r"\d{1,2}\s*[/\-.]\s*\d{2,4}", t)) or typ == "EXPIRY" or "nineteen" in t or "two thousand" in t)
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z0-9]+", t)
        first_ok = toks and (toks[0][0].isdigit() or toks[0] in WORD2D or toks[0] in TENSW or toks[0] in TEENW or toks[0] in ("flat", "apartment", "apt", "unit"))
        return bool(first_ok) and any(x in STREET_SUFFIX for x in toks)
    return True


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> [type, canonical, mode, [span idx]]

    def value(self, typ, canonical, mode="full"):
        gid = len(self.groups)
        self.groups[gid] = [typ, canonical, mode, []]
        return gid

    def t(self, speaker, *segs):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                gid, piece = s
                typ = self.groups[gid][0]
                st = len(text)
                text += piece
                self.groups[gid][3].append(len(self.spans))
                self.spans.append({"turn": len(self.turns), "start": st, "end": len(text), "type": typ})
            else:
                text += s
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def to_obj(self, cid):
        return {"id": cid, "kind": self.kind, "turns": self.turns,
                "spans": sorted(self.spans, key=lambda s: (s["turn"], s["start"])), "note": self.note}


def J(tokens):
    return " ".join(tokens).replace(" ,", ",")


def opener(c, industry=None):
    ind = industry or pick(list(INDUSTRY))
    c.t("agent", pick(INDUSTRY[ind]) + ", " + pick(["how can I help?", "what can I do for you today?", "who am I speaking with?"]))
    c.t("customer", pick(["hi, yeah, it's about my account", "hello, um, I need to sort something out with my bill",
                          "hiya, I got a letter from you", "hi, I'm calling for my mum actually, she's here with me",
                          "yeah hi, sorry, it's a bit noisy here, I'm calling about a payment", "hi, I want to change my details"]))
    return ind


def read_split(c, gid, tokens, n_turns, interrupt=False, lead="", agent_between=None):
    """Customer reads tokens over n_turns, agent back-channels between."""
    parts = chunks(tokens, n_turns)
    for k, p in enumerate(parts):
        pre = lead if k == 0 else pick(["", "", "then ", "and then ", "ok ", "um "])
        if interrupt and k == len(parts) // 2 and len(p) >= 4:
            sub = chunks(p, 2)
            if len(sub) == 2:
                c.t("customer", pre, (gid, J(sub[0])), ", " + aside() + ", ", (gid, J(sub[1])))
            else:
                c.t("customer", pre, (gid, J(p)))
        else:
            c.t("customer", pre, (gid, J(p)))
        if k < len(parts) - 1:
            c.t("agent", agent_between or pick(BACKCH))


# ---------------------------------------------------------------- positive templates
def pos_card_typed():
    c = Case("positive", "typed chat card number with odd grouping, CVV and expiry")
    card = make_card()
    g = c.value("CARD_NUMBER", card)
    c.t("agent", pick(["Please can you confirm the long card number?", "Can you type the card number for me pls",
                       "To process the refund I need the card number used"]))
    lab = pick(["card no: ", "Card number - ", "its ", "", "cc# ", "CARD: ", "the card is "])
    c.t("customer", lab, (g, typed_card(card)), pick(["", " thx", " (the debit one)", ". sorry for delay, phone died"]))
    if R.random() < 0.7:
        exp_m, exp_y = R.randint(1, 12), R.randint(25, 31)
        e = c.value("EXPIRY", "")
        v = c.value("CVV", "")
        cvv = "".join(str(R.randint(0, 9)) for _ in range(4 if len(card) == 15 else 3))
        exp = pick(["%02d/%02d", "%02d/20%02d", "%d-%02d", "%02d %02d"]) % (exp_m, exp_y)
        c.t("agent", "Thanks. Expiry and the security code on the back?")
        c.t("customer", pick(["exp ", "expires ", "Exp: "]), (e, exp), pick([" cvv ", ", code ", " / sec code: ", " and "]), (v, cvv))
        c.groups[v][1] = cvv
    return c


def pos_card_spoken():
    c = Case("positive", "ASR card reading over several turns with asides, then agent read-back")
    opener(c, pick(["banking", "telecom", "retail", "travel", "utilities", "insurance"]))
    c.t("agent", pick(["sure, can i take the long number on the front of the card", "no problem, what's the card number when you're ready",
                       "ok, read me the sixteen digits on the front"]))
    card = make_card()
    g = c.value("CARD_NUMBER", card)
    toks = []
    for grp in card_groups(card):
        toks += say_digits(grp, pick(["mixed", "single", "pairs", "mixed"]))
    toks = sprinkle(toks)
    n = pick([1, 2, 3, 4])
    read_split(c, g, toks, n, interrupt=R.random() < 0.6, lead=pick(["yeah it's ", "ok so ", "right, ", "", "it's um "]))
    if R.random() < 0.6:
        rb = c.value("CARD_NUMBER", card)
        rtoks = []
        for grp in card_groups(card):
            rtoks += say_digits(grp, "single")
        c.t("agent", pick(["let me read that back, ", "so that's ", "just to confirm, "]), (rb, J(rtoks)), pick([", correct?", "?", ", is that right?"]))
        c.t("customer", pick(["yes", "yep that's it", "yeah", "that's right yeah"]))
    if R.random() < 0.5:
        e = c.value("EXPIRY", "")
        m, y = R.randint(1, 12), R.randint(25, 31)
        ex = pick([" ".join(say_pair_words("%02d" % m)) + " " + " ".join(say_pair_words("%02d" % y)),
                   MONTHS[m - 1] + " twenty " + " ".join(say_pair_words("%02d" % y)),
                   "end of " + MONTHS[m - 1] + " twenty " + " ".join(say_pair_words("%02d" % y))])
        c.t("agent", "and the expiry date")
        c.t("customer", pick(["it's ", "uh ", "expires ", ""]), (e, ex))
        if R.random() < 0.6:
            v = c.value("CVV", "")
            cvv = "".join(str(R.randint(0, 9)) for _ in range(3))
            c.groups[v][1] = cvv
            c.t("agent", "and the three digits on the back")
            c.t("customer", pick(["", "uh ", "that's "]), (v, J(say_digits(cvv, "single"))))
    return c


def pos_card_restart():
    c = Case("positive", "card reading abandoned, caller answers another question, restarts")
    opener(c)
    card = make_card()
    c.t("agent", "go ahead with the card number")
    frag_len = R.randint(3, 7)
    f = c.value("CARD_NUMBER", card[:frag_len], mode="prefix")
    g = c.value("CARD_NUMBER", card)
    c.t("customer", (f, J(say_digits(card[:frag_len], "single"))), pick([" hang on", " wait, sorry", "... no sorry"]))
    c.t("customer", pick(["[to someone] what? no it's the Tesco one, the TESCO one. sorry about that",
                          "sorry, my husband's asking if we need milk, honestly",
                          "sorry, did you say you wanted the account number or the card?"]))
    c.t("agent", pick(["the card please, from the start", "no worries, just the long number on the card, from the beginning"]))
    toks = []
    for grp in card_groups(card):
        toks += say_digits(grp, pick(["mixed", "single"]))
    read_split(c, g, sprinkle(toks), pick([1, 2, 3]), interrupt=R.random() < 0.4, lead=pick(["right, ", "ok from the top, ", ""]))
    return c


def pos_card_correction():
    c = Case("positive", "typed card then corrected digit; both readings labelled")
    card = make_card()
    wrong = list(card)
    k = R.randint(4, len(card) - 2)
    wrong[k] = str((int(wrong[k]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    g1 = c.value("CARD_NUMBER", wrong, mode="any")
    g2 = c.value("CARD_NUMBER", card)
    c.t("customer", pick(["card is ", "number: ", ""]), (g1, typed_card(wrong)))
    c.t("customer", pick(["sorry typo!! should be ", "oops wrong digit - ", "correction: "]), (g2, typed_card(card)))
    c.t("agent", "No problem, thanks for correcting that.")
    return c


def pos_ssn():
    c = Case("positive", "US SSN typed or spoken, with interruption")
    ssn = make_ssn()
    g = c.value("SSN", ssn)
    opener(c, pick(["healthcare billing", "banking", "insurance", "government services", "telecom"]))
    c.t("agent", pick(["for verification can i get your social", "what's the social security number on the account",
                       "I'll need the last, actually the full SSN please"]))
    if R.random() < 0.35:
        fmt = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (ssn[:3], ssn[3:5], ssn[5:])
        c.t("customer", pick(["SSN: ", "ssn is ", "social - ", ""]), (g, fmt))
    else:
        toks = sprinkle(say_digits(ssn[:3], pick(["single", "mixed"])) + say_digits(ssn[3:5], pick(["single", "pairs"])) + say_digits(ssn[5:], pick(["single", "mixed", "pairs"])))
        read_split(c, g, toks, pick([1, 2, 3]), interrupt=R.random() < 0.6, lead=pick(["sure it's ", "ok ", "yeah um ", ""]))
    if R.random() < 0.4:
        rb = c.value("SSN", ssn)
        c.t("agent", "thank you, I have ", (rb, J(say_digits(ssn, "single"))), ", is that right")
        c.t("customer", "yes ma'am")
    return c


def pos_ni():
    c = Case("positive", "UK National Insurance number typed or spelled with NATO, with interruption")
    ni = make_ni()
    g = c.value("NI_NUMBER", ni)
    opener(c, pick(["government services", "banking", "insurance", "utilities"]))
    c.t("agent", pick(["can I take your national insurance number", "what's your NI number please", "and your N I number?"]))
    if R.random() < 0.35:
        fmt = pick([ni, ni.lower(), "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]), ni[:2] + " " + ni[2:8] + " " + ni[8]])
        c.t("customer", pick(["NI no: ", "ni ", "NINO ", "it's "]), (g, fmt))
    else:
        toks = sprinkle(say_alnum(ni, nato_p=0.5))
        read_split(c, g, toks, pick([1, 2, 3]), interrupt=R.random() < 0.6, lead=pick(["yeah it's ", "right ", "hang on, ", ""]))
    if R.random() < 0.3:
        rb = c.value("NI_NUMBER", ni)
        c.t("agent", "so that's ", (rb, J(say_alnum(ni, nato_p=0.0))), "?")
        c.t("customer", "that's it")
    return c


def pos_bank():
    c = Case("positive", "UK sort code and account number, mixed typed/spoken with aside")
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    gs = c.value("SORT_CODE", sc)
    ga = c.value("BANK_ACCOUNT", acct)
    opener(c, pick(["banking", "utilities", "insurance", "government services"]))
    c.t("agent", pick(["for the direct debit I need the sort code and account number", "what are the bank details please"]))
    if R.random() < 0.4:
        c.t("customer", pick(["sort code ", "SC: ", "sort "]), (gs, pick(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])),
            pick([" acct no: ", ", a/c ", " account number ", " / acc "]), (ga, acct))
    else:
        c.t("customer", pick(["sort code's ", "ok the sort code is ", "right, "]), (gs, J(sprinkle(say_digits(sc[:2], "pairs") + say_digits(sc[2:4], "pairs") + say_digits(sc[4:], "pairs")))))
        c.t("agent", pick(["and the account number", "mhm, and the account", "lovely, account number?"]))
        read_split(c, ga, sprinkle(say_digits(acct)), pick([1, 2]), interrupt=R.random() < 0.6)
    if R.random() < 0.4:
        rb = c.value("BANK_ACCOUNT", acct)
        c.t("agent", "account ending, sorry, account number ", (rb, J(say_digits(acct, "single"))), ", yes?")
        c.t("customer", "yes")
    return c


def pos_us_bank():
    c = Case("positive", "US checking account number with routing mentioned as unlabelled context")
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.randint(9, 12)))
    g = c.value("BANK_ACCOUNT", acct)
    opener(c, pick(["banking", "healthcare billing", "utilities"]))
    c.t("agent", "what checking account would you like the payment drawn from")
    if R.random() < 0.5:
        c.t("customer", pick(["acct # ", "checking acct: ", "account no. "]), (g, acct))
    else:
        read_split(c, g, sprinkle(say_digits(acct)), pick([1, 2, 3]), interrupt=True, lead="it's ")
    return c


def pos_iban():
    c = Case("positive", "IBAN typed in chat or spelled on a call")
    iban = make_iban()
    g = c.value("IBAN", iban)
    opener(c, pick(["banking", "travel", "retail", "insurance"]))
    c.t("agent", pick(["Which IBAN should we send the refund to?", "can you give me the IBAN please"]))
    if R.random() < 0.45:
        sp = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
        c.t("customer", pick(["IBAN: ", "iban ", "it is ", ""]), (g, pick([sp, iban, sp.lower()])))
    else:
        toks = sprinkle(say_alnum(iban, nato_p=0.3))
        read_split(c, g, toks, pick([2, 3, 4]), interrupt=R.random() < 0.6, lead=pick(["ok it's ", "right so ", ""]))
    return c


def phone_value():
    r = R.random()
    if r < 0.3:
        n = "07" + "".join(str(R.randint(0, 9)) for _ in range(9))
        typed = pick([n[:5] + " " + n[5:], n, n[:5] + "-" + n[5:8] + "-" + n[8:]])
    elif r < 0.5:
        n = "+447" + "".join(str(R.randint(0, 9)) for _ in range(9))
        typed = pick([n, "+44 " + n[3:7] + " " + n[7:], "+44 (0)" + n[3:7] + " " + n[7:]])
        if "(0)" in typed:
            n = "+440" + n[3:]
    elif r < 0.75:
        a, b, d = R.randint(201, 989), R.randint(200, 999), R.randint(0, 9999)
        n = "%d%d%04d" % (a, b, d)
        typed = pick(["+1 (%d) %d-%04d" % (a, b, d), "%d-%d-%04d" % (a, b, d), "%d.%d.%04d" % (a, b, d), "+1 %d %d %04d" % (a, b, d)])
        if typed.startswith("+1"):  # country code typed
            n = "+1" + n
    elif r < 0.88:
        n = "08" + str(R.randint(3, 9)) + "".join(str(R.randint(0, 9)) for _ in range(7))
        typed = pick([n[:3] + " " + n[3:6] + " " + n[6:], n])
    else:
        n = "+353" + "8" + str(R.randint(3, 9)) + "".join(str(R.randint(0, 9)) for _ in range(7))
        typed = pick([n, "+353 " + n[4:6] + " " + n[6:9] + " " + n[9:]])
    return n, typed


def say_phone(n):
    toks = []
    ds = n
    if ds.startswith("+"):
        toks.append(pick(["plus", "plus"]))
        ds = ds[1:]
        cc = "44" if ds.startswith("44") else ("353" if ds.startswith("353") else "1")
        toks += say_digits(cc, "single")
        ds = ds[len(cc):]
    elif R.random() < 0.1 and not n.startswith("0"):
        pass
    toks += say_digits(ds, pick(["mixed", "single", "mixed"]))
    return toks


def pos_phone():
    c = Case("positive", "phone number, national or international, typed or spoken over turns")
    n, typed = phone_value()
    g = c.value("PHONE", n)
    opener(c)
    c.t("agent", pick(["what's the best number to reach you on", "can I confirm a contact number", "and a mobile number for texts?"]))
    if R.random() < 0.35:
        c.t("customer", pick(["mob: ", "tel ", "call me on ", "Phone - ", ""]), (g, typed), pick(["", " (after 5pm pls)", " thanks"]))
    else:
        read_split(c, g, sprinkle(say_phone(n)), pick([1, 2, 3]), interrupt=R.random() < 0.55, lead=pick(["it's ", "yeah ", "", "my mobile's "]))
        if R.random() < 0.4:
            rb = c.value("PHONE", n)
            c.t("agent", "so that's ", (rb, J(say_phone(n))), "?")
            c.t("customer", pick(["yes", "spot on", "yeah that's it"]))
    return c


def say_email(e):
    user, dom = e.split("@")
    toks = []
    for part in re.findall(r"[a-z]+|\d+|[._\-]", user):
        if part == ".":
            toks.append("dot")
        elif part == "_":
            toks.append("underscore")
        elif part == "-":
            toks.append(pick(["dash", "hyphen"]))
        elif part.isdigit():
            toks += ["zero" if x == "o" else x for x in say_digits(part, pick(["pairs", "single"]))]
        elif len(part) <= 2 or R.random() < 0.15:
            for ch in part:
                toks += say_letter(ch, 0.3)
        else:
            toks.append(part)
    toks.append("at")
    for part in dom.split("."):
        toks += [part, "dot"]
    return toks[:-1]


def pos_email():
    c = Case("positive", "email address typed or spoken with dot/at words")
    e = pick(EMAIL_USERS) + "@" + pick(EMAIL_DOMS)
    g = c.value("EMAIL", e)
    opener(c)
    c.t("agent", pick(["and what email should the confirmation go to", "can I take an email address", "is your email still the same?"]))
    if R.random() < 0.35:
        c.t("customer", pick(["email: ", "its ", "e-mail - ", ""]), (g, pick([e, e.upper() if R.random() < 0.2 else e, e.capitalize()])))
    else:
        read_split(c, g, sprinkle(say_email(e), 0.05), pick([1, 2]), interrupt=R.random() < 0.5, lead=pick(["yeah it's ", "it's ", "no, it's changed, it's now "]))
        if R.random() < 0.3:
            rb = c.value("EMAIL", e)
            c.t("agent", "lovely, ", (rb, J(say_email(e))), ", got it")
    return c


def dob_expr(spoken):
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)
    if not spoken:
        return pick(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y), "%02d.%02d.%d" % (d, m, y), "%d/%d/%s" % (m, d, str(y)[2:])])
    yy = str(y)
    ys = ("nineteen " + " ".join(say_pair_words(yy[2:]))) if y < 2000 else ("two thousand and " + " ".join(say_digits(yy[2:].lstrip("0") or "0", "pairs")))
    return pick(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], ys), "%s %s %s" % (ORD[d], MONTHS[m - 1], ys),
                 "%s %s, %s" % (MONTHS[m - 1], ORD[d], ys), "%s %s um %s" % (ORD[d], MONTHS[m - 1], ys)])


def pos_dob():
    c = Case("positive", "date of birth in security questions, sometimes with an aside mid-date")
    opener(c, pick(["healthcare billing", "banking", "insurance", "government services", "telecom"]))
    c.t("agent", pick(["can you confirm your date of birth", "and your DOB please?", "date of birth for security"]))
    spoken = R.random() < 0.6
    g = c.value("DOB", "")
    c.t("customer", pick(["it's ", "DOB ", "yeah ", "", "born "]), (g, dob_expr(spoken)))
    if R.random() < 0.4:
        g2 = c.value("DOB", "")
        c.t("agent", "sorry, and the account holder's date of birth, your wife's?")
        c.t("customer", "oh hers is, ", pick(["[to someone] love what's your birthday again, no the YEAR, ", "hang on, ", ""]), (g2, dob_expr(True)))
    return c


def pos_address():
    c = Case("positive", "address: house/flat number and street, town unlabelled, postcode/ZIP separate")
    uk = R.random() < 0.6
    num = R.randint(1, 240)
    street = pick(STREETS)
    opener(c, pick(["utilities", "retail", "telecom", "insurance", "government services"]))
    c.t("agent", pick(["can I confirm the first line of the address and the postcode", "what's the delivery address", "and the address on the account?"]))
    spoken = R.random() < 0.55
    if spoken:
        ns = pick([" ".join(say_digits(str(num), "mixed")), str(num)])
        if R.random() < 0.3:
            addr = "flat %s, %s %s" % (" ".join(say_digits(str(R.randint(1, 30)), "pairs")), ns, street.lower())
        else:
            addr = "%s %s" % (ns, street.lower())
    else:
        addr = pick(["%d %s", "%d, %s", "Flat %d, %d %s" ]) 
        if addr.startswith("Flat"):
            addr = addr % (R.randint(1, 30), num, street)
        else:
            addr = addr % (num, street)
    ga = c.value("ADDRESS", addr)
    if uk:
        pc = make_uk_postcode()
        town = pick(UK_TOWNS)
    else:
        pc = make_zip()
        town = pick(US_TOWNS)
    gp = c.value("POSTCODE", pc)
    if spoken:
        pct = J(say_alnum(pc.replace("-", ""), nato_p=0.3)) if uk else J(say_digits(pc.replace("-", ""), "single"))
        c.t("customer", pick(["yeah it's ", "", "it's "]), (ga, addr), ", " + town.lower())
        c.t("agent", pick(["and the postcode", "and the zip", "mhm postcode?"]))
        if R.random() < 0.5:
            c.t("customer", pick(["it's ", ""]), (gp, pct), ", " + aside())
        else:
            c.t("customer", aside() + ", it's ", (gp, pct))
    else:
        c.t("customer", (ga, addr), ", " + town + pick([", ", " ", " - "]), (gp, pick([pc, pc.lower(), pc.replace(" ", "")])))
    return c


def pos_combo():
    c = Case("positive", "chat message with many identifiers at once, some with labels")
    card = make_card()
    parts = []
    if R.random() < 0.5:
        gs = c.value("SSN", make_ssn())
        s = c.groups[gs][1]
        parts.append(("SSN ", gs, "%s-%s-%s" % (s[:3], s[3:5], s[5:])))
    else:
        gs = c.value("NI_NUMBER", make_ni())
        parts.append(("NI: ", gs, c.groups[gs][1]))
    gc = c.value("CARD_NUMBER", card)
    parts.append(("card ", gc, typed_card(card)))
    n, typed = phone_value()
    gp = c.value("PHONE", n)
    parts.append(("ph ", gp, typed))
    R.shuffle(parts)
    segs = ["Hi, order #%d hasn't arrived. Details: " % R.randint(100000, 9999999)]
    for k, (lab, gid, txt) in enumerate(parts):
        segs += [lab, (gid, txt), ", " if k < len(parts) - 1 else ". "]
    segs.append("Paid £%d.%02d on %d %s." % (R.randint(5, 400), R.randint(0, 99), R.randint(1, 28), pick(MONTHS).capitalize()))
    c.t("customer", *segs)
    c.t("agent", "Thanks, please don't share full card details in chat in future - I'll mask these.")
    return c


def pos_interrupt_other_question():
    c = Case("positive", "caller answers agent's side question in the middle of a card reading, then resumes")
    opener(c, pick(["banking", "travel", "telecom"]))
    card = make_card()
    g = c.value("CARD_NUMBER", card)
    toks = []
    for grp in card_groups(card):
        toks += say_digits(grp, pick(["single", "mixed"]))
    a, b = chunks(toks, 2)
    c.t("agent", "go ahead with the card number")
    c.t("customer", (g, J(a)))
    c.t("agent", pick(["sorry, is that a visa or mastercard?", "sorry to interrupt, is this the card in your name?", "and is it debit or credit?"]))
    c.t("customer", pick(["visa. debit. um, where was I, ", "yes it's mine, so ", "credit, so after that it's "]), (g, J(b)))
    if R.random() < 0.5:
        l4 = c.value("CARD_NUMBER", card[-4:], mode="suffix")
        c.t("agent", "great, so the card ending ", (l4, J(say_digits(card[-4:], "single"))), ", thank you")
    return c


POS = [(pos_card_typed, 20), (pos_card_spoken, 24), (pos_card_restart, 8), (pos_card_correction, 5),
       (pos_interrupt_other_question, 8), (pos_combo, 10), (pos_ssn, 28), (pos_ni, 28), (pos_bank, 14),
       (pos_us_bank, 6), (pos_iban, 14), (pos_phone, 16), (pos_email, 14), (pos_dob, 12), (pos_address, 14)]


# ---------------------------------------------------------------- negatives
def spoken_num(n):
    return J(say_digits(str(n), "mixed"))


def neg_cases():
    out = []

    def N(note):
        c = Case("negative", note)
        out.append(c)
        return c

    for _ in range(8):
        c = N("order number spoken like a card reading, with aside")
        num = "".join(str(R.randint(0, 9)) for _ in range(16))
        toks = say_digits(num, "mixed")
        a, b = chunks(toks, 2)
        c.t("agent", "can I take the order number, it's sixteen digits starting with a four")
        c.t("customer", "order number " + J(a) + ", " + aside() + ", " + J(b))
        c.t("agent", "thanks, that order shipped on the %s of %s" % (ORD[R.randint(1, 28)], pick(MONTHS)))
    for _ in range(7):
        c = N("Luhn-valid 16-digit reference number, explicitly labelled as a reference")
        ref = make_card()
        c.t("agent", pick(["Your payment reference is ", "Quote reference number ", "Your claim reference: "]) + typed_card(ref) + ".")
        c.t("customer", "Thanks, noted. And the total was £%d.%02d?" % (R.randint(10, 900), R.randint(0, 99)))
    for _ in range(8):
        c = N("card last four only, with amount and date")
        l4 = "%04d" % R.randint(0, 9999)
        c.t("agent", pick(["I can see the card ending ", "is that the visa ending in ", "you paid with the card ending "]) + pick([l4, J(say_digits(l4, "single"))]) + "?")
        c.t("customer", pick(["yeah that's the one", "yes, ending ", "uh huh, "]) + pick(["", l4]) + ", it was " + pick(["forty two fifty", "$%d.%02d" % (R.randint(5, 500), R.randint(0, 99)), "a hundred and twelve pounds"]))
    for _ in range(7):
        c = N("tracking / serial / model numbers with labels")
        c.t("customer", pick(["tracking no: ", "Tracking: ", "the tracking number is "]) + pick(["1Z%dX%d" % (R.randint(10**6, 10**7), R.randint(10**7, 10**8)), "JD0%d" % R.randint(10**15, 10**16), "%d" % R.randint(10**11, 10**12)]))
        c.t("agent", "and the serial number on the router? it's on the sticker underneath")
        c.t("customer", "serial " + pick(["SN-%d-%d" % (R.randint(1000, 9999), R.randint(100000, 999999)), J(say_digits(str(R.randint(10**9, 10**10)), "single"))]) + ", model " + pick(["TG-%d" % R.randint(100, 999), "HH%d" % R.randint(3, 9)]))
    for _ in range(8):
        c = N("meter reading spoken digit by digit with interruptions")
        rd = "%05d" % R.randint(0, 99999)
        c.t("agent", "can I take a meter reading")
        c.t("customer", "it says " + J(say_digits(rd, "single")[:3]) + ", " + aside() + ", " + J(say_digits(rd[3:], "single")) + " kilowatt hours")
        c.t("agent", "thanks, your next bill is due on the %s" % ORD[R.randint(1, 28)])
    for _ in range(7):
        c = N("amounts, balances, percentages, durations spoken with number words")
        c.t("agent", "your balance is %s pounds and %s pence and the rate is %s point %s percent" % (spoken_num(R.randint(100, 9999)), spoken_num(R.randint(1, 99)), spoken_num(R.randint(1, 29)), spoken_num(R.randint(1, 9))))
        c.t("customer", "and how long is the contract, " + pick(["twenty four months?", "eighteen months?", "thirty six months?"]))
        c.t("agent", "%s months, and it's %s a month after the first %s" % (pick(["twenty four", "eighteen"]), pick(["thirty nine ninety nine", "forty four fifty"]), pick(["six", "three", "twelve"])))
    for _ in range(7):
        c = N("flight, seat, gate, booking reference")
        c.t("customer", "I'm on flight %s%d, seat %d%s, gate %s" % (pick(["BA", "EI", "FR", "LH", "UA"]), R.randint(100, 9999), R.randint(1, 40), pick("ABCDEF"), pick(["twelve", "B%d" % R.randint(1, 40), "forty one"])))
        c.t("agent", "thanks, and your booking reference?")
        c.t("customer", "booking ref " + "".join(R.choice(string.ascii_uppercase + "23456789") for _ in range(6)) + pick(["", ", " + aside()]))
    for _ in range(7):
        c = N("appointment dates, times, opening hours")
        c.t("agent", "the engineer can come on %s the %s of %s between %s and %s" % (pick(["monday", "tuesday", "friday"]), ORD[R.randint(1, 28)], pick(MONTHS), pick(["eight", "nine am", "half nine"]), pick(["one", "twelve thirty", "5pm"])))
        c.t("customer", "%s, hang on, " % pick(["sorry", "um"]) + pick(["[to someone] are you in on the ", "let me check the calendar for the "]) + ORD[R.randint(1, 28)] + ", yes that's fine")
        c.t("agent", "great, we're open %s till %s on weekdays if you need to rebook" % (pick(["eight", "9am"]), pick(["eight", "6pm", "half five"])))
    for _ in range(7):
        c = N("policy / invoice / ticket / claim number with label, long digit string")
        lab, pre = pick([("policy number", "POL-"), ("invoice no.", "INV"), ("ticket #", "TK"), ("claim number", "CLM/"),
                         ("account reference", ""), ("customer ID", "C")])
        val = pick(["%d" % R.randint(10**8, 10**9), pre + "%d" % R.randint(10**6, 10**7), pre + "%09d" % R.randint(0, 10**9),
                    J(say_digits(str(R.randint(10**8, 10**10)), "mixed"))])
        c.t("customer", "my %s is %s" % (lab, val))
        c.t("agent", "thank you, I've found %s, it was raised on the %s of %s %d" % (pick(["the claim", "your policy", "the invoice", "the ticket"]), ORD[R.randint(1, 28)], pick(MONTHS), R.randint(2019, 2026)))
    for _ in range(6):
        c = N("ages, years, temperatures, counts")
        c.t("customer", "my son is %s and I've been with you since %s" % (pick(["seventeen", "twelve", "nine"]), pick(["two thousand and eight", "2015", "nineteen ninety nine"])))
        c.t("agent", "thanks, and the boiler was showing %s degrees?" % pick(["sixty five", "40", "twenty one"]))
        c.t("customer", "yeah, %s times this week" % pick(["three", "four or five", "about a dozen"]))
    for _ in range(6):
        c = N("road names and street-like words that are not addresses")
        c.t("customer", "I'm stuck on the %s near junction %s, %s" % (pick(["M25", "A40", "I-95", "N7", "M50"]), pick(["fourteen", "9", "twenty one"]), aside()))
        c.t("agent", "ok, recovery will meet you at the services off %s in about %s minutes" % (pick(["Route 66", "the A1", "exit 12"]), pick(["forty", "45", "ninety"])))
    for _ in range(6):
        c = N("phone-number-like digits that are a PIN-free IVR option / count / price")
        c.t("agent", "press %s for billing, or call our opening line between %s" % (pick(["one", "two", "nine"]), pick(["8 and 8", "nine and five"])))
        c.t("customer", "I've been on hold for %s minutes and paid %s" % (pick(["forty seven", "twenty", "ninety"]), pick(["a hundred and nineteen ninety nine", "$1,249.00", "£3,450"])))
    for _ in range(6):
        c = N("order number read in groups with agent back-channels, labelled as order")
        num = "".join(str(R.randint(0, 9)) for _ in range(R.randint(12, 16)))
        toks = say_digits(num, "mixed")
        parts = chunks(toks, 3)
        c.t("agent", "can you read me the order number from the email")
        for k, p in enumerate(parts):
            c.t("customer", ("the order number's " if k == 0 else "") + J(p))
            if k < len(parts) - 1:
                c.t("agent", pick(BACKCH))
        c.t("agent", "perfect, that's your order from the %s" % ORD[R.randint(1, 28)])
    for _ in range(6):
        c = N("year and payment-date chat with many digits")
        c.t("customer", "Direct debit of £%d.%02d went out %02d/%02d/%d, ref %d, but statement says %d%%" % (R.randint(10, 300), R.randint(0, 99), R.randint(1, 28), R.randint(1, 12), R.randint(2020, 2026), R.randint(10**9, 10**11), R.randint(1, 30)))
        c.t("agent", "I can see that payment. It will be refunded within 3-5 working days.")
    for _ in range(6):
        c = N("room / hospital bed / ward numbers, appointment times")
        c.t("customer", "I'm in room %d, ward %s, and the appointment was at %s" % (R.randint(100, 999), pick(["seven", "B", "twelve"]), pick(["ten fifteen", "2:45", "quarter past three"])))
        c.t("agent", "thanks, the bill for that visit is %s dollars" % pick(["three hundred and twelve", "1,840", "eighty five fifty"]))
    for _ in range(4):
        c = N("agent reads a call back window and case number; caller interrupted")
        c.t("agent", "your case number is %s, we'll call between %s" % (J(say_digits(str(R.randint(10**7, 10**9)), "single")), pick(["two and four", "10 and 12"])))
        c.t("customer", "sorry what was that, " + aside() + ", case number?")
        c.t("agent", "yes, it's in the text we just sent too")
    return out


# ---------------------------------------------------------------- build & check
def build():
    cases = []
    for fn, n in POS:
        for _ in range(n):
            cases.append(fn())
    R.shuffle(cases)
    negs = neg_cases()
    R.shuffle(negs)
    objs, meta = [], []
    for i, c in enumerate(cases, 1):
        objs.append(c.to_obj("h381-pos-%03d" % i))
        meta.append(c)
    for i, c in enumerate(negs, 1):
        objs.append(c.to_obj("h381-neg-%03d" % i))
        meta.append(c)
    text = "".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs)
    return text, objs, meta


def validate(objs, meta):
    errs = []
    ids = [o["id"] for o in objs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {}
    npos = sum(o["kind"] == "positive" for o in objs)
    nneg = sum(o["kind"] == "negative" for o in objs)
    for o, c in zip(objs, meta):
        cid = o["id"]
        if o["kind"] == "negative" and o["spans"]:
            errs.append("%s negative has spans" % cid)
        if o["kind"] == "positive" and not o["spans"]:
            errs.append("%s positive without spans" % cid)
        for t in o["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s bad turn" % cid)
        by_turn = {}
        for s in o["spans"]:
            counts[s["type"]] = counts.get(s["type"], 0) + 1
            if not (0 <= s["turn"] < len(o["turns"])):
                errs.append("%s turn out of range" % cid)
                continue
            txt = o["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                errs.append("%s offsets out of range" % cid)
                continue
            piece = txt[s["start"]:s["end"]]
            if piece != piece.strip() or not piece[0].isalnum() and piece[0] != "+" or not piece[-1].isalnum():
                errs.append("%s span not trimmed: %r" % (cid, piece))
            if s["start"] > 0 and (txt[s["start"] - 1].isalnum()):
                errs.append("%s span start not on word boundary: %r" % (cid, piece))
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                errs.append("%s span end not on word boundary: %r" % (cid, piece))
            ptoks = piece.lower().split()
            if ptoks and (ptoks[0].strip(",.") in FILLERS or ptoks[-1].strip(",.") in FILLERS):
                errs.append("%s filler at span edge: %r" % (cid, piece))
            by_turn.setdefault(s["turn"], []).append((s["start"], s["end"]))
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % cid)
        # value-level validation
        for gid, (typ, val, mode, sidx) in c.groups.items():
            pieces = []
            for k in sidx:
                s = c.spans[k]
                pieces.append(c.turns[s["turn"]]["text"][s["start"]:s["end"]])
            for p in pieces:
                if not check_soft(typ, p):
                    errs.append("%s %s soft check failed: %r" % (cid, typ, p))
            if typ in ("DOB", "EXPIRY", "ADDRESS"):
                continue
            try:
                got = "".join(norm_for(typ, p) for p in pieces)
            except ValueError as ex:
                errs.append("%s %s: %s" % (cid, typ, ex))
                continue
            want = canon(typ, val)
            if mode == "full":
                if got != want:
                    errs.append("%s %s normalised %r != %r (%r)" % (cid, typ, got, want, pieces))
                elif not valid_full(typ, got):
                    errs.append("%s %s invalid value %r" % (cid, typ, got))
            elif mode == "prefix":
                if not got or not got.isdigit():
                    errs.append("%s bad prefix %r" % (cid, got))
            elif mode == "suffix":
                if not got.isdigit() or len(got) != 4:
                    errs.append("%s bad suffix %r" % (cid, got))
            elif mode == "any":
                if got != want or not got.isdigit():
                    errs.append("%s bad corrected value %r" % (cid, got))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for typ in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
        if counts.get(typ, 0) < mins.get(typ, 10):
            errs.append("too few %s spans: %d" % (typ, counts.get(typ, 0)))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    text, objs, meta = build()
    errs, counts, npos, nneg = validate(objs, meta)
    if "--check" in sys.argv:
        if not os.path.exists(OUT):
            errs.append("missing %s" % OUT)
        else:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl is not byte-identical to regenerated output")
            with open(OUT, encoding="utf-8") as f:
                for ln, line in enumerate(f, 1):
                    json.loads(line)
        for e in errs[:50]:
            print("ERROR:", e)
        print("cases: %d positive, %d negative, %d spans" % (npos, nneg, sum(counts.values())))
        for k in sorted(counts):
            print("  %-13s %d" % (k, counts[k]))
        print("CHECK FAILED (%d errors)" % len(errs) if errs else "CHECK OK")
        return 1 if errs else 0
    if errs:
        for e in errs[:50]:
            print("ERROR:", e)
        return 1
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %s: %d positive, %d negative" % (OUT, npos, nneg))
    for k in sorted(counts):
        print("  %-13s %d" % (k, counts[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

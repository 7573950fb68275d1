#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h169.

Written by an AI helper acting as an independent test author (no access to the
redaction code).  Emphasis: phone calls as a Whisper-like speech recogniser
writes them (partial inverse text normalisation, odd capitalisation and
punctuation, digit homophones), plus typed chat.

    python scripts/make_pii_holdout169.py          # write fixture + README
    python scripts/make_pii_holdout169.py --check  # regenerate, verify, summarise

Standard library only; output is byte-for-byte reproducible (seed 169241125).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path
import random

SEED = 169241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout169"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# segments
# --------------------------------------------------------------------------


class V:
    """A labelled value segment. canon: normalised truth; gid groups split readings."""

    def __init__(self, text, typ, canon=None, gid=None):
        self.text, self.typ, self.canon, self.gid = text, typ, canon, gid


_gid = [0]


def newgid():
    _gid[0] += 1
    return _gid[0]


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def gen_card():
    kind = pick(["visa", "visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, ln = "5" + str(R.randint(1, 5)), 16
    elif kind == "amex":
        pre, ln = pick(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    # sprinkle repeats so that double/triple readings occur
    if chance(0.5):
        i = R.randint(len(pre), len(body) - 3)
        body = body[:i] + body[i] * 2 + body[i + 2:]
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind


def gen_ssn():
    area = R.randint(1, 665)
    if area == 666:
        area = 667
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = pick(NI1) + pick(NI2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + pick("ABCD")


def gen_digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


BANKLET = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "AIBK", "ULSB", "IPBS", "RABK", "ABNA", "INGB"]


def gen_iban():
    cc = pick(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    if cc == "GB":
        b = pick(BANKLET[:5]) + gen_digits(14)
    elif cc == "IE":
        b = pick(["AIBK", "ULSB", "IPBS"]) + gen_digits(14)
    elif cc == "DE":
        b = gen_digits(18)
    elif cc == "NL":
        b = pick(["RABK", "ABNA", "INGB"]) + gen_digits(10)
    elif cc == "ES":
        b = gen_digits(20)
    else:
        b = gen_digits(23)
    return make_iban(cc, b)


FIRST = ["james", "sarah", "aoife", "liam", "priya", "marco", "chloe", "tom", "niamh", "dev",
         "grace", "oisin", "hannah", "raj", "ellie", "sean", "megan", "lukas", "fatima", "owen"]
LAST = ["murphy", "okafor", "smith", "byrne", "patel", "walsh", "nguyen", "kelly", "evans",
        "garcia", "doyle", "fischer", "oconnor", "hughes", "brennan", "shah", "lopez", "reid"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "gmx.de", "protonmail.com"]


def gen_email():
    f, l = pick(FIRST), pick(LAST)
    style = R.randint(0, 4)
    if style == 0:
        local = f + "." + l
    elif style == 1:
        local = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        local = f + "_" + l
    elif style == 3:
        local = f + l[0] + str(R.randint(70, 99))
    else:
        local = l + "." + f[0]
    return local + "@" + pick(DOMAINS)


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "L", "LS", "BS", "CF", "EH", "G", "NE", "CR",
            "RG", "BT", "S", "NG", "KT", "DN", "PE", "CH", "BH", "TW", "HA", "WR", "ST"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    a = pick(UK_AREAS)
    d = str(R.randint(1, 28 if len(a) == 1 else 19))
    if a in ("SW", "EH") and chance(0.2):
        d = "1A" if a == "SW" else d
    return a + d + " " + str(R.randint(0, 9)) + pick(INWARD) + pick(INWARD)


def gen_zip():
    z = "%05d" % R.randint(1001, 99950)
    if chance(0.2):
        z += "-%04d" % R.randint(1, 9999)
    return z


STREETS = ["Main", "Oak", "Maple", "Church", "Station", "Park", "High", "Mill", "Elm", "Cedar",
           "Victoria", "Queens", "Willow", "Grange", "Sycamore", "Lincoln", "Washington", "Hazel",
           "Beech", "Orchard", "Riverside", "Kingsway", "Castle", "Meadow"]
SUFF_US = ["Street", "Avenue", "Road", "Drive", "Lane", "Boulevard", "Court", "Way", "Place"]
SUFF_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Crescent", "Drive", "Gardens", "Terrace",
           "Way", "Grove", "Park"]
STREET_WORDS = set(w.lower() for w in SUFF_US + SUFF_UK + ["st", "rd", "ave", "dr", "blvd", "ln"])

MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# --------------------------------------------------------------------------
# speech rendering (Whisper-ish)
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}


def zero_word(uk):
    return pick(["oh", "oh", "nought", "zero", "o"] if uk else ["zero", "oh", "oh", "o"])


def dword(d, uk, homo=0.0):
    if d == "0":
        return zero_word(uk)
    if d in HOMO and chance(homo):
        return pick(HOMO[d])
    return UNITS[int(d)]


def say_words(s, uk, homo=0.0):
    return " ".join(dword(c, uk, homo) for c in s)


def say_doubles(s, uk, homo=0.0):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        w = dword(s[i], uk)
        while run >= 3 and run != 4:
            out.append("triple " + w)
            run -= 3
        while run >= 2:
            out.append("double " + w)
            run -= 2
        if run == 1:
            out.append(dword(s[i], uk, homo))
        i = j
    return " ".join(out)


def year_word(p, uk):
    if p[1] == "0" and p[0] != "0":
        return TENS[int(p[0])] if p[0] != "1" else "ten"
    return pair_word(p, uk)


def pair_word(p, uk):
    a, b = p
    if a == "0":
        return zero_word(uk) + " " + UNITS[int(b)] if b != "0" else zero_word(uk) + " " + zero_word(uk)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return UNITS[int(a)] + " " + zero_word(uk)
    sep = "-" if chance(0.4) else " "
    return TENS[int(a)] + sep + UNITS[int(b)]


def say_pairs(s, uk):
    out = []
    for i in range(0, len(s) - 1, 2):
        out.append(pair_word(s[i:i + 2], uk))
    if len(s) % 2:
        out.append(dword(s[-1], uk))
    return " ".join(out)


def say_group(s, uk, modes=("words", "words", "doubles", "pairs", "num"), homo=0.05):
    m = pick(modes)
    if m == "num":
        return s
    if m == "pairs" and len(s) >= 2:
        return say_pairs(s, uk)
    if m == "doubles":
        return say_doubles(s, uk, homo)
    return say_words(s, uk, homo)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def say_chunks(s, sizes, uk, modes=("words", "words", "doubles", "pairs", "num"), seps=None,
               filler=0.0):
    parts = [say_group(c, uk, modes) for c in chunks(s, sizes)]
    seps = seps or [" ", " ", ", ", ". ", "... ", " - "]
    out = parts[0]
    for p in parts[1:]:
        if chance(filler):
            out += " " + pick(["um", "uh", "er", "erm"]) + " " + p
        else:
            out += pick(seps) + p
    return out


def cap_first(t):
    return t[:1].upper() + t[1:] if chance(0.5) else t


NATO = {"I": "india", "A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "W": "whiskey", "X": "x-ray", "Y": "yankee", "Z": "zulu"}
ALTWORDS = {"I": "ireland", "B": "bob", "C": "charlie", "D": "david", "E": "edward", "H": "harry", "J": "john",
            "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
            "S": "sugar", "T": "tommy", "W": "william", "Y": "yellow", "Z": "zebra", "A": "apple",
            "G": "george", "X": "xmas", "Q": "queen", "U": "uncle", "F": "freddie"}


def say_letter(c, style):
    if style == "plain":
        return c.lower() if chance(0.5) else c
    if style == "nato":
        return c.lower() + " for " + NATO[c]
    if style == "asin":
        return c.lower() + " as in " + ALTWORDS[c]
    return c


def say_letters(s, style):
    return " ".join(say_letter(c, style) for c in s)


# --------------------------------------------------------------------------
# normaliser used by --check
# --------------------------------------------------------------------------
UNIT_MAP = {w: str(i) for i, w in enumerate(UNITS)}
UNIT_MAP.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "for": "4", "to": "2",
                 "too": "2", "ate": "8", "won": "1"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
FILLERS = {"um", "uh", "er", "erm", "sorry", "and", "its", "it's", "yeah", "so", "plus", "is",
           "then", "the", "that's", "like", "hmm", "mm", "ah", "okay", "ok", "then"}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "X"
ALT_REV = {v: k for k, v in ALTWORDS.items()}


def normalise(text, letters=False):
    t = text.lower().replace("x-ray", "xray")
    t = re.sub(r"[-,./:;()?!…+]", " ", t)
    t = re.sub(r"\b(%s)\b" % "|".join(MONTHS), lambda m: "%02d" % (MONTHS.index(m.group(1)) + 1), t)
    t = t.replace("slash", " ")
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if letters and len(w) == 1 and w.isalpha() and w != "o":
            out.append(w.upper())
            if nxt == "for" and i + 2 < len(toks):
                i += 3
                continue
            if nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                i += 4
                continue
            i += 1
            continue
        if letters and re.fullmatch(r"[a-z0-9]{2,8}", w) and w not in UNIT_MAP and w not in FILLERS \
                and w not in TEEN_MAP and w not in TENS_MAP and w not in NATO_REV and w not in ("double", "triple"):
            out.append(w.upper())
            i += 1
            continue
        if letters and w in NATO_REV:
            out.append(NATO_REV[w])
            i += 1
            continue
        if re.fullmatch(r"\d+", w):
            out.append(w)
        elif letters and re.fullmatch(r"[a-z0-9]+", w) and re.search(r"\d", w):
            out.append(w.upper())
        elif w in ("double", "triple") and nxt is not None and (nxt in UNIT_MAP or re.fullmatch(r"\d", nxt)):
            d = UNIT_MAP.get(nxt, nxt)
            out.append(d * (2 if w == "double" else 3))
            i += 2
            continue
        elif w in UNIT_MAP:
            out.append(UNIT_MAP[w])
        elif w in TEEN_MAP:
            out.append(TEEN_MAP[w])
        elif w in TENS_MAP:
            if nxt in UNITS[1:]:
                out.append(TENS_MAP[w] + UNIT_MAP[nxt])
                i += 2
                continue
            out.append(TENS_MAP[w] + "0")
        elif w == "hundred":
            out.append("00")
        elif w in FILLERS:
            pass
        else:
            return None
        i += 1
    return "".join(out)


def norm_email(text):
    t = text.lower().strip()
    t = re.sub(r"\s+at\s+", " @ ", t)
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w == "dot":
            out.append(".")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif w in ("double", "triple") and nxt and (nxt in UNIT_MAP or len(nxt) == 1):
            out.append(UNIT_MAP.get(nxt, nxt) * (2 if w == "double" else 3))
            i += 2
            continue
        elif w in TENS_MAP and nxt in UNITS[1:]:
            out.append(TENS_MAP[w] + UNIT_MAP[nxt])
            i += 2
            continue
        elif w in TENS_MAP:
            out.append(TENS_MAP[w] + "0")
        elif w in TEEN_MAP:
            out.append(TEEN_MAP[w])
        elif w in UNITS:
            out.append(UNIT_MAP[w])
        else:
            out.append(w)
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
CASE_LIST = []
NEG_TEMPLATES = []


def neg(f):
    NEG_TEMPLATES.append(f)
    return f

GROUPS = []  # (case_id, gid, type, canon, [texts])


def build(kind, note, turns):
    """turns: list of (speaker, [segments]) where a segment is str or V."""
    out_turns, spans = [], []
    groups = {}
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                g = s.gid if s.gid is not None else newgid()
                groups.setdefault(g, [s.typ, s.canon, []])[2].append(s.text)
                if s.canon is not None:
                    groups[g][1] = s.canon
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    pre = "h169-pos-" if kind == "positive" else "h169-neg-"
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "%s%03d" % (pre, n)
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    for g, (typ, canon, texts) in groups.items():
        GROUPS.append((cid, typ, canon, texts))


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"]
IND_US = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"]
ACKS = ["mhm", "okay", "okay go on", "yep", "uh huh", "right", "got it", "yes", "Mm-hmm.", "Okay.",
        "Go ahead.", "yeah", "Perfect.", "sure"]


def ack():
    return pick(ACKS)


def card_spoken(num, uk):
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    return say_chunks(num, sizes, uk, filler=0.15)


def card_typed(num):
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    sep = pick([" ", "-", "", " ", ".", "  "])
    return sep.join(chunks(num, sizes))


def t_card_call_one_turn():
    uk = chance(0.5)
    num, kind = gen_card()
    sp = card_spoken(num, uk)
    amt = pick(["$40", "forty pounds", "$129.99", "£62.50", "€85", "twenty dollars"])
    ind = pick(IND_UK if uk else IND_US)
    build("positive", "call/%s: card read in one turn, mixed ITN digits and words (%s)" % (ind, kind), [
        ("agent", pick(["and what's the long number on the card please", "Can I take the card number for the %s payment?" % amt,
                        "okay so the sixteen digit number on the front", "go ahead with the card number when you're ready"])),
        ("customer", [pick(["yeah it's ", "Yeah, it's ", "okay um ", "It's ", "right so ", "so that's "]),
                      V(sp, "CARD_NUMBER", num), pick(["", ".", " yeah", " and that's a %s" % kind.replace("mc", "mastercard")])]),
    ])


def t_card_split():
    uk = chance(0.5)
    num, kind = gen_card()
    g = newgid()
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    parts = chunks(num, sizes)
    turns = [("agent", "okay whenever you're ready with the card number")]
    for k, p in enumerate(parts):
        pre = pick(["", "", "um ", "so ", "Okay. ", "then "]) if k else pick(["right ", "", "okay it's "])
        turns.append(("customer", [pre, V(say_group(p, uk), "CARD_NUMBER", num, g)]))
        if k < len(parts) - 1:
            turns.append(("agent", ack()))
    ind = pick(IND_UK if uk else IND_US)
    build("positive", "call/%s: card split over %d customer turns with back-channels" % (ind, len(parts)), turns)


def t_card_cvv_exp_call():
    uk = chance(0.5)
    num, kind = gen_card()
    cvv = gen_digits(4 if kind == "amex" else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    ex_canon = "%02d%02d" % (mm, yy)
    style = R.randint(0, 4)
    if style == 0:
        ex = "%s %s" % (say_words("%02d" % mm, uk), year_word(str(yy), uk))
    elif style == 1:
        ex = "%02d/%02d" % (mm, yy)
    elif style == 2:
        ex = "%s %s" % (MONTHS[mm - 1].capitalize(), pick(["20%d" % yy, str(yy), year_word(str(yy), uk)]))
    elif style == 3:
        ex = "%s slash %s" % (UNITS[mm] if mm < 10 else TEENS[mm - 10], year_word(str(yy), uk))
    else:
        ex = "%02d %s" % (mm, year_word(str(yy), uk))
    cv = say_group(cvv, uk, ("words", "num", "doubles"))
    ind = pick(IND_UK if uk else IND_US)
    build("positive", "call/%s: card, expiry and security code in consecutive turns" % ind, [
        ("agent", "can I take the card number"),
        ("customer", [V(card_spoken(num, uk), "CARD_NUMBER", num)]),
        ("agent", pick(["and the expiry date", "And the expiry?", "lovely and when does it expire"])),
        ("customer", [pick(["", "it's ", "Expires ", "um "]), V(ex, "EXPIRY", ex_canon)]),
        ("agent", pick(["and the three digits on the back", "and the security code please", "Last thing, the CVV on the back."])),
        ("customer", [pick(["", "it's ", "that's ", "Uh, "]), V(cv, "CVV", cvv), pick(["", ".", " I think"])]),
    ])


def t_card_chat():
    num, kind = gen_card()
    mm, yy = R.randint(1, 12), R.randint(26, 32)
    cvv = gen_digits(4 if kind == "amex" else 3)
    ex = pick(["%02d/%02d" % (mm, yy), "%02d-%d" % (mm, 2000 + yy), "%d/%d" % (mm, yy), "%02d / %02d" % (mm, yy)])
    ind = pick(IND_UK + IND_US)
    if chance(0.5):
        build("positive", "chat/%s: card, expiry and cvv typed in one message" % ind, [
            ("agent", "Please send the card details so I can process the refund fee."),
            ("customer", [pick(["card ", "Card no: ", "its ", "number is "]), V(card_typed(num), "CARD_NUMBER", num),
                          pick([" exp ", " expiry ", ", expires ", " ex "]), V(ex, "EXPIRY", "%02d%02d" % (mm, yy)),
                          pick([" cvv ", " sec code ", ", cvc ", " CVV: "]), V(cvv, "CVV", cvv)]),
        ])
    else:
        build("positive", "chat/%s: card typed with typo-ish wording and an order number nearby" % ind, [
            ("customer", ["hi can u chrage my card for order #%s pls " % gen_digits(7), V(card_typed(num), "CARD_NUMBER", num),
                          " thx"]),
        ])


def t_card_correction():
    uk = chance(0.5)
    num, kind = gen_card()
    wrong = list(num[:4])
    wrong[3] = str((int(wrong[3]) + 3) % 10)
    build("positive", "call/%s: caller corrects first group then re-reads whole card (only correct reading labelled)" %
          pick(IND_UK if uk else IND_US), [
        ("agent", "go ahead with the card number"),
        ("customer", [say_words("".join(wrong), uk), " no sorry wait let me start again ", V(card_spoken(num, uk), "CARD_NUMBER", num)]),
        ("agent", "thank you"),
    ])


def t_card_readback():
    uk = chance(0.5)
    num, kind = gen_card()
    build("positive", "call/%s: agent reads the card back, customer confirms last four" % pick(IND_UK if uk else IND_US), [
        ("customer", [V(card_spoken(num, uk), "CARD_NUMBER", num)]),
        ("agent", [pick(["so that's ", "Just to confirm, ", "let me read that back "]), V(card_spoken(num, uk), "CARD_NUMBER", num), "?"]),
        ("customer", pick(["yes that's right", "Yep, that's it.", "correct"])),
    ])


def ssn_spoken(s):
    m = R.randint(0, 3)
    if m == 0:
        return say_chunks(s, [3, 2, 4], False, modes=("words", "num", "doubles", "pairs"), seps=[" ", ", ", "-", ". "], filler=0.1)
    if m == 1:
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if m == 2:
        return say_words(s, False, homo=0.1)
    return "%s %s %s" % (s[:3], say_pairs(s[3:5], False), say_group(s[5:], False))


def t_ssn_call():
    s = gen_ssn()
    ind = pick(IND_US)
    build("positive", "call/%s: US SSN read with partial ITN" % ind, [
        ("agent", pick(["And for verification, can I get your social?", "can i have your social security number",
                        "I'll need the full Social Security number to open the claim."])),
        ("customer", [pick(["Sure. It's ", "yeah it's ", "uh ", "Okay. ", "my social is "]), V(ssn_spoken(s), "SSN", s),
                      pick(["", ".", " and I'm calling about the bill from march", " sorry, is that what you needed?"])]),
    ])


def t_ssn_split():
    s = gen_ssn()
    g = newgid()
    build("positive", "call/%s: SSN split across three customer turns" % pick(IND_US), [
        ("agent", "and your social security number please"),
        ("customer", [V(say_group(s[:3], False), "SSN", s, g)]),
        ("agent", ack()),
        ("customer", [V(say_group(s[3:5], False, ("words", "pairs", "num")), "SSN", s, g)]),
        ("agent", ack()),
        ("customer", [pick(["", "and ", "then "]), V(say_group(s[5:], False), "SSN", s, g)]),
    ])


def t_ssn_chat():
    s = gen_ssn()
    f = pick(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s"]) % (s[:3], s[3:5], s[5:])
    build("positive", "chat/%s: SSN typed with an amount in the same message" % pick(IND_US), [
        ("agent", "Can you confirm the SSN on the policy?"),
        ("customer", [pick(["ssn is ", "SSN: ", "its ", "sure "]), V(f, "SSN", s), " - I was charged $%d twice" % R.randint(20, 400)]),
    ])


def t_ssn_last4_then_full():
    s = gen_ssn()
    build("positive", "call/%s: SSN with DOB in the same turn" % pick(IND_US), [
        ("agent", "can i get the social and date of birth on the account"),
        ("customer", [V(ssn_spoken(s), "SSN", s), pick([" and my birthday is ", " and date of birth ", ". Birthday's "]),
                      dob_value(False)]),
    ])


def ni_spoken():
    ni = gen_ni()
    m = R.randint(0, 5)
    L, D, S = ni[:2], ni[2:8], ni[8]
    if m == 0:
        t = "%s %s %s %s %s" % (L, D[:2], D[2:4], D[4:], S)
    elif m == 1:
        t = "%s %s %s" % (say_letters(L, "plain"), say_chunks(D, [2, 2, 2], True, modes=("words", "pairs", "num")), say_letter(S, "plain"))
    elif m == 2:
        t = "%s %s %s" % (say_letters(L, "nato"), say_words(D, True), say_letter(S, "nato"))
    elif m == 3:
        t = "%s%s %s" % (L, D[:2], say_chunks(D[2:], [2, 2], True, modes=("words", "pairs")) + " " + S)
    elif m == 4:
        t = "%s %s %s" % (say_letters(L, "asin"), say_chunks(D, [2, 2, 2], True), say_letter(S, "plain"))
    else:
        t = "%s %s %s" % (L.lower(), say_pairs(D, True), S.lower())
    return ni, t


def t_ni_call():
    ni, t = ni_spoken()
    ind = pick(["government services", "banking", "insurance", "utilities"])
    build("positive", "call/%s: UK NI number read with letters, ITN mix" % ind, [
        ("agent", pick(["and your national insurance number", "Can I take your National Insurance number, please?",
                        "what's your NI number"])),
        ("customer", [pick(["yeah it's ", "It's ", "Um, ", "right it's "]), V(t, "NI_NUMBER", ni),
                      pick(["", ".", " I think", " yeah"])]),
    ])


def t_ni_split():
    ni = gen_ni()
    g = newgid()
    build("positive", "call/government services: NI number split over turns, letters spelled", [
        ("agent", "go ahead with the national insurance number"),
        ("customer", [V(say_letters(ni[:2], pick(["plain", "nato"])), "NI_NUMBER", ni, g)]),
        ("agent", ack()),
        ("customer", [V(say_chunks(ni[2:8], [2, 2, 2], True, modes=("words", "pairs", "num")), "NI_NUMBER", ni, g)]),
        ("agent", "and the letter at the end"),
        ("customer", [pick(["", "it's ", "Um "]), V(say_letter(ni[8], pick(["plain", "nato"])), "NI_NUMBER", ni, g)]),
    ])


def t_ni_chat():
    ni = gen_ni()
    f = pick(["%s %s %s %s %s", "%s%s%s%s%s", "%s-%s-%s-%s-%s"]) % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if chance(0.4):
        f = f.lower()
    build("positive", "chat/government services: NI typed, case varies, next to a benefit amount", [
        ("customer", ["hiya my ni is ", V(f, "NI_NUMBER", ni), " and my payment of £%d.%02d hasnt arrived" % (R.randint(50, 400), R.randint(0, 99))]),
    ])


def t_ni_with_pc():
    ni, t = ni_spoken()
    pc, pct = pc_spoken()
    build("positive", "call/government services: NI number then postcode in the same turn", [
        ("agent", "can you give me your national insurance number and postcode"),
        ("customer", [V(t, "NI_NUMBER", ni), pick([" and the postcode is ", ". Postcode ", " postcode "]), V(pct, "POSTCODE", pc)]),
    ])


def pc_spoken():
    pc = gen_uk_postcode()
    out_, in_ = pc.split()
    m = R.randint(0, 3)
    if m == 0:
        t = pc
    elif m == 1:
        t = pc.lower()
    elif m == 2:
        la = re.match(r"[A-Z]+", out_).group()
        t = "%s %s %s %s" % (say_letters(la, "plain"), say_words(out_[len(la):].replace("A", ""), True) + (" a" if out_.endswith("A") else ""),
                             UNITS[int(in_[0])], say_letters(in_[1:], "plain"))
    else:
        t = "%s %s %s" % (out_, UNITS[int(in_[0])], say_letters(in_[1:], pick(["nato", "plain"])))
    return pc.replace(" ", ""), t


def t_postcode_call():
    pc, t = pc_spoken()
    build("positive", "call/%s: UK postcode spoken, partly spelled" % pick(IND_UK), [
        ("agent", pick(["and the postcode there", "What's the postcode?", "can I just confirm the postcode on the account"])),
        ("customer", [pick(["", "it's ", "Yeah, it's ", "uh "]), V(t, "POSTCODE", pc), pick(["", ".", " yeah"])]),
    ])


def t_zip():
    z = gen_zip()
    m = R.randint(0, 2)
    if m == 0:
        t = z
    elif m == 1:
        t = say_words(z.replace("-", ""), False)
    else:
        t = say_chunks(z.replace("-", ""), [2, 3, 4], False, modes=("words", "pairs", "num"))
    build("positive", "call/%s: US ZIP code" % pick(IND_US), [
        ("agent", "and what's the zip code on file"),
        ("customer", [pick(["", "It's ", "zip is "]), V(t, "POSTCODE", z.replace("-", ""))]),
    ])


def addr_value(uk):
    n = R.randint(1, 2400) if not uk else R.randint(1, 180)
    st = pick(STREETS) + " " + pick(SUFF_UK if uk else SUFF_US)
    m = R.randint(0, 2)
    if m == 0:
        num = str(n)
    elif m == 1 and n < 100:
        num = (TEENS[n - 10] if 10 <= n < 20 else (TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "") if n >= 20 else UNITS[n]))
    else:
        num = say_words(str(n), uk)
    if chance(0.5):
        st = st.lower()
    if not uk and chance(0.3):
        st += pick([" apartment %d" % R.randint(1, 30), " Apt %d" % R.randint(1, 30), ", unit %dB" % R.randint(1, 9)])
    return num + " " + st


def t_address():
    uk = chance(0.5)
    a = addr_value(uk)
    if uk:
        pc, pct = pc_spoken()
        tail = [pick([", ", " ", ". "]), pick(["Leeds ", "cardiff ", "", "Bristol, "]), V(pct, "POSTCODE", pc)]
    else:
        z = gen_zip()
        tail = [pick([", ", " "]), pick(["Springfield Illinois ", "Austin, Texas ", "denver colorado "]), V(z, "POSTCODE", z.replace("-", ""))]
    build("positive", "call/%s: street address with postcode/ZIP" % pick(IND_UK if uk else IND_US), [
        ("agent", pick(["and the first line of the address", "What's the address on the account?", "where should we send the engineer"])),
        ("customer", [pick(["it's ", "", "Yeah, ", "so that's "]), V(a, "ADDRESS", None)] + tail),
    ])


def t_address_chat():
    uk = chance(0.5)
    a = addr_value(uk)
    build("positive", "chat/%s: new delivery address typed" % pick(["retail", "telecom", "insurance"]), [
        ("customer", ["pls update delivery adress to ", V(a, "ADDRESS", None), pick(["", " thanks", ", the parcel was 2 days late"])]),
    ])


def phone_value():
    m = R.randint(0, 5)
    if m == 0:  # UK mobile
        d = "07" + gen_digits(9)
        return d, True, [5, 3, 3]
    if m == 1:  # UK mobile intl
        d = "447" + gen_digits(9)
        return d, True, [2, 4, 3, 3]
    if m == 2:  # US
        d = str(R.randint(2, 9)) + gen_digits(2) + str(R.randint(2, 9)) + gen_digits(6)
        return d, False, [3, 3, 4]
    if m == 3:  # US +1
        d = "1" + str(R.randint(2, 9)) + gen_digits(2) + str(R.randint(2, 9)) + gen_digits(6)
        return d, False, [1, 3, 3, 4]
    if m == 4:  # Irish mobile
        d = "08" + pick("35679") + gen_digits(7)
        return d, True, [3, 3, 4]
    d = "0" + pick(["20", "161", "121", "113"]) + gen_digits(7 if True else 7)
    d = d[:11]
    return d, True, [3, 4, 4]


def phone_spoken(d, uk, sizes):
    intl = (d.startswith("44") and len(d) == 12) or (d.startswith("1") and len(d) == 11)
    body = say_chunks(d[len(sizes and d[:sizes[0]]):], sizes[1:], uk, filler=0.05) if intl else None
    if intl:
        cc = d[:sizes[0]]
        pre = pick(["+" + cc + " ", "plus " + say_words(cc, uk) + " ", "plus " + cc + " "])
        return pre + body
    m = R.randint(0, 3)
    if m == 0 and not uk:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    return say_chunks(d, sizes, uk, filler=0.1)


def t_phone_call():
    d, uk, sizes = phone_value()
    build("positive", "call/%s: phone number with mixed ITN" % pick(IND_UK if uk else IND_US), [
        ("agent", pick(["and a good contact number for you", "What's the best number to reach you on?",
                        "can I take a callback number in case we get cut off"])),
        ("customer", [pick(["yeah it's ", "", "Sure, ", "um my mobile is "]), V(phone_spoken(d, uk, sizes), "PHONE", d),
                      pick(["", ".", " after 5 pm is best", " that's my mobile"])]),
    ])


def t_phone_split():
    d, uk, sizes = phone_value()
    g = newgid()
    parts = chunks(d, sizes)
    turns = [("agent", "what number should we call you back on")]
    for k, p in enumerate(parts):
        turns.append(("customer", [V(say_group(p, uk), "PHONE", d, g)]))
        if k < len(parts) - 1:
            turns.append(("agent", ack()))
    build("positive", "call/%s: phone number split over turns" % pick(IND_UK if uk else IND_US), turns)


def t_phone_chat():
    d, uk, sizes = phone_value()
    if d.startswith("44") or (d.startswith("1") and len(d) == 11):
        f = "+" + " ".join(chunks(d, sizes))
    else:
        f = pick(["-", " ", "", "."]).join(chunks(d, sizes))
    build("positive", "chat/%s: phone typed" % pick(IND_UK + IND_US), [
        ("customer", ["call me on ", V(f, "PHONE", d), pick([" pls", " anytime after 2:30", "", " re ticket %s" % gen_digits(6)])]),
    ])


def spoken_email(e):
    local, dom = e.split("@")
    parts = re.split(r"([._])", local)
    out = []
    for p in parts:
        if p == ".":
            out.append("dot")
        elif p == "_":
            out.append("underscore")
        elif p.isdigit():
            out.append(say_group(p, False, ("words", "pairs", "num")))
        else:
            m = re.match(r"([a-z]+)(\d*)", p)
            w, dg = m.group(1), m.group(2)
            if len(w) <= 2 or chance(0.25):
                out.append(" ".join(w))
            else:
                out.append(w)
            if dg:
                out.append(say_group(dg, False, ("words", "pairs", "num")))
    d = dom.replace(".", " dot ")
    if chance(0.3):
        d = dom  # whisper keeps domain formatted
    return " ".join(out) + pick([" at ", " at "]) + d


def t_email_call():
    e = gen_email()
    t = spoken_email(e)
    if chance(0.3):
        t = t[:1].upper() + t[1:]
    build("positive", "call/%s: email spelled out by voice" % pick(IND_UK + IND_US), [
        ("agent", pick(["and an email address for the receipt", "What email should I send the confirmation to?"])),
        ("customer", [pick(["yeah it's ", "", "Sure. ", "it's um "]), V(t, "EMAIL", e), pick(["", ".", " all lower case"])]),
    ])


def t_email_chat():
    e = gen_email()
    f = e if chance(0.7) else e.upper() if chance(0.3) else e.capitalize()
    build("positive", "chat/%s: email typed" % pick(IND_UK + IND_US), [
        ("customer", ["can you send the invoice to ", V(f, "EMAIL", e.lower()), pick(["", " instead", " thx", "?"])]),
    ])


def dob_value(uk, wrap=True):
    y = R.randint(1941, 2004)
    m = R.randint(1, 12)
    dd = R.randint(1, 28)
    ords = {1: "1st", 2: "2nd", 3: "3rd", 21: "21st", 22: "22nd", 23: "23rd"}
    ordw = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
            "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
            "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
    if y >= 2000:
        yw = pick([str(y), "two thousand" + ("" if y == 2000 else (" and " if uk else " ") + UNITS[y - 2000])])
    else:
        yw = pick([str(y), pair_word(str(y)[:2], uk) + " " + year_word(str(y)[2:], uk)])
    k = R.randint(0, 4)
    if k == 0:
        t = "%s %s %s" % (ords.get(dd, "%dth" % dd), MONTHS[m - 1].capitalize(), yw)
    elif k == 1:
        t = "the %s of %s %s" % (ordw[dd], MONTHS[m - 1], yw)
    elif k == 2:
        t = "%s %d, %d" % (MONTHS[m - 1].capitalize(), dd, y)
    elif k == 3:
        t = ("%02d/%02d/%d" % (dd, m, y)) if uk else ("%02d/%02d/%d" % (m, dd, y))
    else:
        t = "%s %s %s" % (ordw[dd], MONTHS[m - 1], yw)
    return V(t, "DOB", None) if wrap else t


def t_dob_call():
    uk = chance(0.5)
    build("positive", "call/%s: date of birth with ordinal/ITN mix, other dates nearby unlabelled" % pick(IND_UK if uk else IND_US), [
        ("agent", pick(["and can you confirm your date of birth", "What's your date of birth?", "For security, date of birth please."])),
        ("customer", [pick(["yeah it's ", "", "It's ", "Uh, "]), dob_value(uk),
                      pick(["", ".", " and I opened the account on the 3rd of May", " I'll be %d next week" % R.randint(30, 80)])]),
    ])


def t_dob_chat():
    uk = chance(0.5)
    y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
    f = pick(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1][:3], y)])
    build("positive", "chat/%s: DOB typed for verification" % pick(IND_UK + IND_US), [
        ("agent", "Could you confirm your date of birth please?"),
        ("customer", ["dob ", V(f, "DOB", None), pick(["", " - appointment is on the 14th tho", " ta"])]),
    ])


def t_bank_uk():
    acct, sc = gen_digits(8), gen_digits(6)
    g1 = newgid()
    sct = pick([say_chunks(sc, [2, 2, 2], True, modes=("words", "pairs", "num", "doubles"), seps=[" ", "-", ", "]),
                "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:])])
    at = say_chunks(acct, [4, 4], True, filler=0.1)
    build("positive", "call/banking: UK sort code and account number in separate turns", [
        ("agent", "what's the sort code"),
        ("customer", [pick(["", "it's ", "Sort code is "]), V(sct, "SORT_CODE", sc)]),
        ("agent", "and the account number"),
        ("customer", [V(at, "BANK_ACCOUNT", acct)]),
    ])


def t_bank_uk_one_turn():
    acct, sc = gen_digits(8), gen_digits(6)
    build("positive", "call/%s: sort code and account number in one turn" % pick(["banking", "utilities", "insurance"]), [
        ("agent", "so for the direct debit I'll need your bank details"),
        ("customer", [pick(["yeah sort code ", "Sort code "]), V(say_chunks(sc, [2, 2, 2], True, modes=("words", "pairs", "num")), "SORT_CODE", sc),
                      pick([" account number ", ", and the account number is ", ". Account "]),
                      V(say_chunks(acct, [4, 4], True), "BANK_ACCOUNT", acct)]),
    ])


def t_bank_chat():
    acct, sc = gen_digits(8), gen_digits(6)
    build("positive", "chat/%s: sort code and account typed" % pick(["banking", "utilities"]), [
        ("customer", ["s/c ", V("%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc), " acc ", V(acct, "BANK_ACCOUNT", acct),
                      pick(["", " for the £%d refund" % R.randint(10, 300)])]),
    ])


def t_bank_us():
    acct = gen_digits(R.randint(9, 12), True)
    build("positive", "call/%s: US checking account number" % pick(["banking", "healthcare billing", "utilities"]), [
        ("agent", "and the checking account number"),
        ("customer", [pick(["", "it's ", "Okay, it's "]), V(say_chunks(acct, [3, 3, 3, 3], False, filler=0.1), "BANK_ACCOUNT", acct)]),
    ])


def iban_spoken(ib):
    cc, chk, rest = ib[:2], ib[2:4], ib[4:]
    m = R.randint(0, 3)
    if m == 0:
        return " ".join(chunks(ib, [4] * 8))
    if m == 1:
        return ib
    lets = re.match(r"[A-Z]*", rest).group()
    digs = rest[len(lets):]
    t = say_letters(cc, pick(["plain", "nato"])) + " " + say_group(chk, True, ("words", "pairs", "num"))
    if lets:
        t += " " + say_letters(lets, "plain")
    t += " " + say_chunks(digs, [4] * 8, True, modes=("words", "num", "pairs", "doubles"), seps=[" ", ", ", ". "])
    return t


def t_iban():
    ib = gen_iban()
    build("positive", "call/%s: IBAN (%s) read out" % (pick(["banking", "travel", "insurance", "utilities"]), ib[:2]), [
        ("agent", pick(["and the IBAN for the refund", "Can you read me the IBAN?"])),
        ("customer", [pick(["yeah it's ", "", "Okay so ", "It's "]), V(iban_spoken(ib), "IBAN", ib), pick(["", ".", " got it from the app"])]),
    ])


def t_iban_chat():
    ib = gen_iban()
    f = " ".join(chunks(ib, [4] * 9)) if chance(0.5) else ib
    if chance(0.3):
        f = f.lower()
    build("positive", "chat/%s: IBAN typed" % pick(["banking", "travel", "retail"]), [
        ("customer", ["refund to ", V(f, "IBAN", ib), " pls, booking ref %s" % gen_digits(8)]),
    ])


def t_mix_verification():
    uk = chance(0.5)
    if uk:
        ni, t = ni_spoken()
        build("positive", "call/banking: DOB and postcode and phone verification sequence", [
            ("agent", "can I take your date of birth"),
            ("customer", [dob_value(True)]),
            ("agent", "and your postcode"),
            ("customer", [V(pc_spoken()[1], "POSTCODE", None)]),
            ("agent", "and your NI number for the ISA"),
            ("customer", [V(t, "NI_NUMBER", ni)]),
        ])
    else:
        s = gen_ssn()
        z = gen_zip()
        build("positive", "call/healthcare billing: DOB, ZIP and SSN verification", [
            ("agent", "can I get the patient's date of birth"),
            ("customer", [dob_value(False)]),
            ("agent", "zip code"),
            ("customer", [V(z, "POSTCODE", z.replace("-", ""))]),
            ("agent", "and the social"),
            ("customer", [V(ssn_spoken(s), "SSN", s)]),
        ])


def t_whisper_mishear():
    uk = chance(0.5)
    k = R.randint(0, 3)
    if k == 0:
        num, kind = gen_card()
        cvv = gen_digits(4 if kind == "amex" else 3)
        build("positive", "call/%s: misheard prompts ('car number', 'security cold'), card then CVV" % pick(IND_UK if uk else IND_US), [
            ("agent", "Can I take the long car number, please?"),
            ("customer", ["Yeah. ", V(card_spoken(num, uk), "CARD_NUMBER", num)]),
            ("agent", "And the security cold on the back."),
            ("customer", [pick(["Right, it's ", "Oh, the code. It's ", "It's "]), V(say_group(cvv, uk, ("words", "num")), "CVV", cvv), "."]),
        ])
    elif k == 1:
        s = gen_ssn()
        build("positive", "call/%s: 'so show security' mishearing, SSN with ITN run-together digits" % pick(IND_US), [
            ("agent", "Can I get your so show security number?"),
            ("customer", ["It's ", V(s[:5] + " " + say_words(s[5:], False, homo=0.3), "SSN", s), ", Yeah."]),
        ])
    elif k == 2:
        ni, t = ni_spoken()
        build("positive", "call/government services: 'national shorts' mishearing, NI then date of birth ('date a birth')", [
            ("agent", "And your national shorts number?"),
            ("customer", [V(t, "NI_NUMBER", ni)]),
            ("agent", "And date a birth?"),
            ("customer", [dob_value(True)]),
        ])
    else:
        e = gen_email()
        d, uk2, sizes = phone_value()
        build("positive", "call/%s: email and phone in one turn with chit-chat between" % pick(IND_UK + IND_US), [
            ("agent", "What's the best way to reach you?"),
            ("customer", ["Email's probably best, it's ", V(spoken_email(e), "EMAIL", e),
                          ", I check it about 10 times a day. Or the mobile, ", V(phone_spoken(d, uk2, sizes), "PHONE", d), "."]),
        ])


@neg
def n_whisper_itn():
    build("negative", "call/%s: Whisper ITN of amounts, times, ordinals and large numbers" % pick(IND_UK + IND_US), [
        ("customer", "Yeah, so I paid $%d on the %s and another %s at %d:%02d." % (R.randint(20, 400), pick(["1st", "2nd", "23rd", "4th"]), money(), R.randint(1, 11), pick([0, 15, 30, 45]))),
        ("agent", "Okay, I can see %s, %d, I mean, payments totalling %s this year." % (pick(["two", "3"]), R.randint(2, 4), pick(["$4,000", "1,250 pounds", "$12,480"]))),
    ])


@neg
def n_ref_grouped():
    d = gen_digits(R.randint(8, 10))
    build("negative", "call/%s: reference number grouped like a phone number, said with its reference word" % pick(IND_UK + IND_US), [
        ("agent", "Have you got a reference for that?"),
        ("customer", "Yeah, the booking reference is %s." % " ".join(chunks(d, [4, 4, 2]))),
        ("agent", "Thanks, booking reference %s, I've got it. That's for %s nights from the %s." % (d, pick(["two", "3", "seven"]), pick(["14th", "3rd", "20th"]))),
    ])


POS_TEMPLATES = [
    (t_card_call_one_turn, 14), (t_card_split, 6), (t_card_cvv_exp_call, 14), (t_card_chat, 8),
    (t_card_correction, 3), (t_card_readback, 3),
    (t_ssn_call, 14), (t_ssn_split, 5), (t_ssn_chat, 6), (t_ssn_last4_then_full, 5),
    (t_ni_call, 15), (t_ni_split, 5), (t_ni_chat, 6), (t_ni_with_pc, 6),
    (t_postcode_call, 8), (t_zip, 6), (t_address, 10), (t_address_chat, 5),
    (t_phone_call, 10), (t_phone_split, 4), (t_phone_chat, 4),
    (t_email_call, 11), (t_email_chat, 5),
    (t_dob_call, 9), (t_dob_chat, 5),
    (t_bank_uk, 6), (t_bank_uk_one_turn, 5), (t_bank_chat, 4), (t_bank_us, 5),
    (t_iban, 10), (t_iban_chat, 5), (t_mix_verification, 6), (t_whisper_mishear, 16),
]

# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------


def money():
    return pick(["$%d" % R.randint(5, 900), "$%d.%02d" % (R.randint(5, 900), R.randint(0, 99)),
                 "£%d.%02d" % (R.randint(5, 500), R.randint(0, 99)), "%s pounds" % pick(TENS[2:]),
                 "€%d" % R.randint(10, 2000), "%s dollars %s cents" % (pick(TENS[2:]), pick(TEENS)),
                 "%d,%03d dollars" % (R.randint(1, 20), R.randint(0, 999))])


def ref_words(n):
    d = gen_digits(n)
    return say_group(d, chance(0.5), ("words", "num", "pairs")), d



@neg
def n_amounts():
    build("negative", "call/%s: balance, payment amount and due date" % pick(IND_UK + IND_US), [
        ("agent", "your balance is %s and the minimum payment is %s due on the %s" % (money(), money(), pick(["1st", "15th", "twenty eighth", "3rd of June"]))),
        ("customer", cap_first("okay can I pay %s today and the rest on %s" % (money(), pick(["Friday", "the 30th", "March 2nd"])))),
    ])


@neg
def n_order_ref():
    t, d = ref_words(R.randint(6, 10))
    w = pick(["order number", "reference number", "ticket number", "claim number", "invoice number", "case number"])
    build("negative", "call/%s: %s read with reference word" % (pick(IND_UK + IND_US), w), [
        ("agent", "do you have the %s" % w),
        ("customer", cap_first("yeah the %s is %s" % (w, t))),
        ("agent", "thanks I can see the %s from %s" % (pick(["order", "claim", "ticket"]), pick(["last Tuesday", "March 3rd", "the 12th"]))),
    ])


@neg
def n_times():
    build("negative", "call/%s: appointment times and durations" % pick(IND_UK + IND_US), [
        ("agent", "the engineer can come between %s and %s on %s" % (pick(["8", "eight", "8:00"]), pick(["12", "noon", "1 pm"]), pick(["Monday the 4th", "the 21st", "Thursday"]))),
        ("customer", "I've been waiting %s minutes on hold and it's already %s" % (pick(["forty five", "45", "twenty"]), pick(["2:30", "half three", "four fifteen", "11:45"]))),
    ])


@neg
def n_flight():
    fl = pick(["EI", "BA", "FR", "UA", "DL", "AA", "LH"]) + str(R.randint(10, 9999))
    build("negative", "call/travel: flight number, gate, seat and times", [
        ("customer", "I'm on flight %s %s at %s and I need to change seat %d%s" % (fl, pick(["tomorrow", "on the 9th", "Friday"]), pick(["6:40", "oh six forty", "7 am"]), R.randint(1, 40), pick("ABCDEF"))),
        ("agent", "okay flight %s departing gate %s, the change fee is %s" % (fl, pick(["B12", "forty one", "23"]), money())),
    ])


@neg
def n_room():
    build("negative", "call/travel: hotel room, nights, guests", [
        ("customer", "we're in room %d for %s nights, %s adults and %s" % (R.randint(100, 1450), pick(["three", "3", "seven"]), pick(["two", "2"]), pick(["one kid", "3 kids"]))),
        ("agent", "the rate is %s per night plus %s%% tax" % (money(), pick(["12", "twelve", "8.5"]))),
    ])


@neg
def n_meter():
    r = gen_digits(R.randint(5, 6))
    build("negative", "call/utilities: meter reading and tariff figures", [
        ("agent", "can I take a meter reading"),
        ("customer", cap_first("the meter reading is %s" % say_group(r, True, ("num", "words", "pairs")))),
        ("agent", "thanks, that's %s kilowatt hours at %s pence per unit" % (R.randint(100, 999), pick(["28.6", "twenty four", "31"]))),
    ])


@neg
def n_model():
    build("negative", "call/%s: device model and serial-free technical numbers" % pick(["telecom", "retail"]), [
        ("customer", "it's the %s, the %s gig one, router model %s" % (pick(["iPhone 15", "Galaxy S23", "Pixel 8"]), pick(["128", "256", "five twelve"]), pick(["TG-789", "HH6", "R7000", "DG3450"]))),
        ("agent", "and your speeds are about %s megabits down, %s up" % (pick(["67", "sixty seven", "150"]), pick(["18", "twenty"]))),
    ])


@neg
def n_ages_years():
    build("negative", "call/insurance: ages, years and percentages", [
        ("agent", "how long have you been driving"),
        ("customer", "since %s, so a long time, I'm %s now and my son is %s" % (R.randint(1975, 2015), pick(["forty two", "58", "thirty"]), pick(["17", "nineteen"]))),
        ("agent", "okay that gives you a %s%% no claims discount, the policy renews in %s" % (pick(["30", "60", "forty"]), pick(["March 2027", "two months", "the spring"]))),
    ])


@neg
def n_temps():
    build("negative", "call/utilities: boiler temperature and pressure", [
        ("customer", "the boiler's set to %s degrees but the radiators are only %s and the pressure is %s bar" % (pick(["60", "sixty five"]), pick(["20", "lukewarm"]), pick(["1.5", "one point two"]))),
        ("agent", "okay I'll book a visit for %s, it'll be a %s call out fee" % (pick(["the 14th", "Tuesday"]), money())),
    ])


@neg
def n_contract_date():
    build("negative", "call/telecom: contract start date and plan details (not a DOB)", [
        ("agent", "your contract started on %s %d %d and runs %s months" % (pick(MONTHS).capitalize(), R.randint(1, 28), R.randint(2019, 2026), pick(["24", "eighteen"]))),
        ("customer", "and how much is it after that, it's %s now with %s gigs" % (money(), pick(["100", "fifty", "30"]))),
    ])


@neg
def n_chat_order():
    build("negative", "chat/retail: order number typed, quantities and prices", [
        ("customer", "hi order #%s - ordered %d x size %d trainers @ £%d.99 but got %d" % (gen_digits(R.randint(7, 10)), R.randint(2, 5), R.randint(4, 12), R.randint(30, 120), R.randint(1, 3))),
        ("agent", "Sorry about that! I've raised return ref RT%s, refund in 3-5 working days." % gen_digits(6)),
    ])


@neg
def n_chat_invoice():
    build("negative", "chat/healthcare billing: invoice and claim numbers with amounts", [
        ("customer", "invoice no %s says i owe $%d.%02d but claim %s was approved on %d/%d" % (gen_digits(8), R.randint(50, 900), R.randint(0, 99), gen_digits(9), R.randint(1, 12), R.randint(1, 28))),
        ("agent", "I see a copay of $%d and a deductible of $%d,%03d remaining." % (R.randint(10, 60), R.randint(1, 5), R.randint(0, 999))),
    ])


@neg
def n_counts():
    build("negative", "call/%s: counts, quantities, durations" % pick(IND_UK + IND_US), [
        ("customer", "I've called %s times in %s weeks and spoken to %s different people" % (pick(["six", "6", "eleven"]), pick(["two", "3"]), pick(["four", "5"]))),
        ("agent", "I'm sorry, I can add a credit of %s and it'll show in %s to %s days" % (money(), pick(["three", "3"]), pick(["five", "5"]))),
    ])


@neg
def n_partial_card_refs():
    build("negative", "call/banking: mentions card ending digits only and amounts (no full PII)", [
        ("agent", "which card was it, %s?" % pick(["the visa or the debit card", "the credit card or the debit card"])),
        ("customer", "yeah the debit card, there's a charge of %s on the %s and another %s" % (money(), pick(["2nd", "12th", "nineteenth"]), money())),
    ])


@neg
def n_speed_distance():
    build("negative", "call/insurance: speeds, distances, mileage", [
        ("customer", "I was doing about %s in a %s zone and the car has %s miles on it" % (pick(["30", "thirty five", "25 miles an hour"]), pick(["40", "thirty"]), pick(["62,000", "forty thousand", "12,500"]))),
        ("agent", "thanks, and the repair estimate was %s?" % money()),
    ])


@neg
def n_ticket_spoken_with_word():
    t, d = ref_words(R.randint(8, 10))
    build("negative", "call/government services: application reference read digit by digit", [
        ("agent", "have you got your application reference"),
        ("customer", cap_first("yes the reference is %s and I applied on the %s of %s" % (t, pick(["5th", "twelfth", "1st"]), pick(MONTHS)))),
        ("agent", "lovely, processing takes about %s weeks" % pick(["six", "8", "ten"])),
    ])


@neg
def n_years_history():
    build("negative", "call/banking: years and interest rates", [
        ("customer", "I've been with you since %s, nineteen %s actually" % (R.randint(1985, 2010), pick(["ninety", "eighty eight"]))),
        ("agent", "thank you for being with us all these years, the rate is %s fixed until %s" % (pick(["4.5%", "five point one percent"]), R.randint(2027, 2031))),
    ])


NEG_COUNT = 114


def generate():
    CASE_LIST.clear()
    GROUPS.clear()
    _gid[0] = 0
    R.seed(SEED)
    for f, n in POS_TEMPLATES:
        for _ in range(n):
            f()
    for i in range(NEG_COUNT):
        NEG_TEMPLATES[i % len(NEG_TEMPLATES)]()
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASE_LIST)


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
PC_UK = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate_group(typ, canon, texts):
    if typ == "EMAIL":
        n = "".join(norm_email(t) for t in texts)
        if not re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", n):
            return "bad email %r" % n
        return None if canon is None or n == canon else "email %r != %r" % (n, canon)
    if typ in ("ADDRESS",):
        t = " ".join(texts).lower()
        if not re.match(r"^(\d+|[a-z-]+)( [a-z-]+)* ", t):
            return "bad address"
        if not any(w.strip(",") in STREET_WORDS for w in t.split()):
            return "address without street word"
        first = t.split()[0]
        if not (first.isdigit() or normalise(first) or first.split("-")[0] in TENS_MAP or first in TEEN_MAP):
            return "address without house number"
        return None
    if typ == "DOB":
        t = " ".join(texts).lower()
        if not re.search(r"(19|20)\d\d|nineteen|two thousand", t):
            return "dob without year"
        if not (any(m in t for m in MONTHS) or any(m[:3] in t for m in MONTHS) or re.search(r"\d+[/.-]\d+[/.-]\d+", t)):
            return "dob without month"
        return None
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    parts = [normalise(t, letters) for t in texts]
    if any(p is None for p in parts):
        return "unnormalisable %r" % texts
    n = "".join(parts).upper()
    if canon is not None and typ != "EXPIRY" and n != canon.upper():
        return "%s normalised %r != %r" % (typ, n, canon)
    if typ == "CARD_NUMBER":
        ok = 13 <= len(n) <= 19 and n.isdigit() and luhn_ok(n)
    elif typ == "CVV":
        ok = n.isdigit() and len(n) in (3, 4)
    elif typ == "EXPIRY":
        t = " ".join(texts).lower()
        ok = (n.isdigit() and len(n) in (3, 4, 6)) or (any(m in t for m in MONTHS) and re.search(r"\d", n or "") is not None)
    elif typ == "SSN":
        ok = n.isdigit() and len(n) == 9
    elif typ == "NI_NUMBER":
        ok = re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", n) is not None
    elif typ == "BANK_ACCOUNT":
        ok = n.isdigit() and 6 <= len(n) <= 12
    elif typ == "SORT_CODE":
        ok = n.isdigit() and len(n) == 6
    elif typ == "IBAN":
        ok = re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", n) is not None and iban_ok(n)
    elif typ == "PHONE":
        ok = n.isdigit() and 10 <= len(n) <= 13
    elif typ == "POSTCODE":
        ok = PC_UK.match(n) is not None or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
    else:
        ok = False
    return None if ok else "%s invalid %r" % (typ, n)


def check_structure(cases):
    errs = []
    ids = set()
    for c in cases:
        if c["id"] in ids:
            errs.append("duplicate id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        byturn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c["id"], s["type"]))
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append("%s: turn out of range" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], t[a:b]))
            if not ((t[a].isalnum() or t[a] == "+") and t[b - 1].isalnum()):
                errs.append("%s: span %r has edge punctuation/space" % (c["id"], t[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c["id"])
        for tr in c["turns"]:
            if tr["speaker"] not in ("agent", "customer"):
                errs.append(c["id"] + ": bad speaker")
    return errs


def summary(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    pos = sum(1 for c in cases if c["kind"] == "positive")
    neg_ = sum(1 for c in cases if c["kind"] == "negative")
    return cnt, pos, neg_


def readme(cases):
    cnt, pos, neg_ = summary(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h169

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures here and adjusting the redactor to them destroys its value.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did not
see the redaction code, its tests, its docs or other evaluation sets; only a
three-line example of the JSONL format. All cases are produced by
`scripts/make_pii_holdout169.py` from template functions; every turn is
assembled from plain text segments and labelled value segments, so offsets are
computed, never typed. Values come from one `random.Random(%d)`; the output
is byte-for-byte reproducible. `--check` regenerates the file, compares it
byte-for-byte, checks ids/offsets/word boundaries/overlaps, and validates every
labelled value after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI shape, 9 digits for SSNs, 6 for sort codes, digit counts for CVV / phone /
account, UK postcode and US ZIP shapes; e-mails are rebuilt from "at"/"dot").

Emphasis: phone calls as a Whisper-style recogniser writes them: partial inverse
text normalisation (`4111` next to `one one one one`), odd capitalisation and
punctuation inside readings (`4556. 7 double oh...`), hyphenated pairs
(`forty-one`), digit homophones (`for`, `to`, `too`, `won`, `ate`), "oh"/"o"/
"nought" for zero, double/triple, pairs ("forty one eleven"), ordinals like
`1st`, letters spelled plain, NATO ("b for bravo") or "as in" style; values split
over several customer turns with agent back-channels; caller self-corrections;
the agent reading values back. Also typed chat with varied separators and case.

## Annotation conventions

* A span covers the value only: from its first to its last letter/digit, including
  spoken filler words, separators and punctuation *inside* the reading
  (e.g. `four one one one um 2222`), never lead-ins such as "it's" or trailing
  punctuation.
* A value split over several turns is labelled once per turn (each fragment is its
  own span with the value's type).
* For self-corrections only the final, correct reading is labelled; the
  abandoned fragment is left unlabelled (it is not a complete value).
* An agent read-back of a value is labelled too.
* CARD_NUMBER is the full PAN; EXPIRY the month/year wording only ("expires" is
  outside); CVV the digits only.
* NI_NUMBER includes the two prefix letters, six digits and suffix letter, with
  spelling aids ("j for juliet") inside the span.
* POSTCODE covers UK postcodes and US ZIP / ZIP+4; when an address is followed by
  a postcode the two are separate spans (ADDRESS = house number + street, plus
  apartment/unit where given; town names are unlabelled).
* IBAN is the whole IBAN including country code and check digits.
* PHONE includes the country code ("+44", "plus four four") when spoken.
* DOB covers the whole date expression ("the third of march nineteen eighty").
* Negatives contain amounts, prices, times, durations, counts, years, ages,
  percentages, non-birth dates, order/claim/ticket/invoice/reference numbers said
  with their reference word, flight/room/model numbers, meter readings, speeds,
  temperatures and balances; nothing in them may be redacted.

## Counts

Positive cases: %d. Negative cases: %d.

| type | spans |
|---|---|
%s
""" % (SEED, pos, neg_, rows)


def main():
    data = generate()
    cases = [json.loads(l) for l in data.splitlines()]
    rd = readme(cases)
    errs = check_structure(cases)
    for cid, typ, canon, texts in GROUPS:
        e = validate_group(typ, canon, texts)
        if e:
            errs.append("%s: %s" % (cid, e))
    cnt, pos, neg_ = summary(cases)
    need = {t: (30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12) for t in TYPES}
    for t in TYPES:
        if cnt[t] < need[t]:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], need[t]))
    if pos < 170 or neg_ < 100:
        errs.append("too few cases: %d pos %d neg" % (pos, neg_))
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != data:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(data, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("cases: %d positive, %d negative" % (pos, neg_))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR:", e)
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" if "--check" in sys.argv else "written %s" % CASES)
    return 0


if __name__ == "__main__":
    sys.exit(main())

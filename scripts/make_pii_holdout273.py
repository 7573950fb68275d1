#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h273.

Written by an independent author (AI helper) who did not see the redaction
code.  Emphasis: phone calls as a Whisper-style recogniser transcribes them
(partial inverse text normalisation, odd capitalisation/punctuation, run-together
words, digit homophones), plus typed chat.

    python scripts/make_pii_holdout273.py          # write fixture + README
    python scripts/make_pii_holdout273.py --check  # regenerate and verify

Standard library only; all randomness from random.Random(273241124).
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 273241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout273")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + digits(1), 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15), [4, 6, 5]
    if kind == "disc":
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete("4", 19), [4, 4, 4, 4, 3]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(v):
    v = v.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def iban():
    c = R.choice(["IE", "IE", "GB", "DE", "NL", "FR", "ES"])
    if c == "IE":
        bban = R.choice(["AIBK", "IPBS", "BKRL"]) + digits(6) + digits(8)
    elif c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "KNAB"]) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


PC_LET = "ABCDEFGHJKLMNPRSTWXY"  # no I, O, Q, U, V, Z
PC_IN = "ABDEFGHJLNPRSTWXY"


def uk_postcode():
    shape = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for ch in shape:
        out += R.choice(PC_LET) if ch == "A" else str(R.randint(1, 9))
    return out + " " + str(R.randint(0, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


def zip_code():
    z = digits(5, True)
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


def uk_mobile():
    return "07" + R.choice(["7", "8", "9", "4", "5"]) + digits(8)


def uk_land():
    return R.choice(["0161", "0113", "0121", "0141", "0131", "0117", "0151"]) + digits(7, True)


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def ie_mobile():
    return "08" + R.choice(["3", "5", "6", "7", "9"]) + digits(7)


FIRST = ["john", "sarah", "mike", "aoife", "priya", "liam", "emma", "dave", "fiona", "kevin",
         "rachel", "tom", "niamh", "carlos", "grace", "sean", "olivia", "raj", "hannah", "paul"]
LAST = ["murphy", "smith", "patel", "obrien", "jones", "walsh", "kowalski", "nguyen", "brennan",
        "taylor", "garcia", "hughes", "khan", "doyle", "evans", "fischer", "reilly", "price"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "hotmail.com", "outlook.ie", "icloud.com", "btinternet.com",
           "aol.com", "eircom.net", "proton.me", "live.co.uk"]
STREETS = ["baker", "church", "station", "mill", "park", "king", "victoria", "oak", "high",
           "elm", "maple", "queen", "grove", "mount", "chapel", "river", "cedar", "willow"]
SUFFIX = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "court", "place"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]

# --------------------------------------------------------------------------
# spoken renderers
# --------------------------------------------------------------------------
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
FILLERS = ["um", "uh", "er", "erm", "uh huh"]


def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def unit_word(d, homophones=False):
    if d == "0":
        return zero_word()
    w = UNITS[int(d)]
    if homophones and R.random() < 0.18:
        w = {"four": "for", "two": "to", "eight": "ate"}.get(w, w)
    return w


def year_words(p):
    """Two digits as a year/day pair: 'thirty', 'oh five', 'eighty four'."""
    a, b = int(p[0]), int(p[1])
    if a >= 2 and b == 0:
        return TENS[a]
    return pair_words(p)


def pair_words(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word() + " " + UNITS[b]
    if a == 1:
        return TEENS[b]
    if b == 0:
        return UNITS[a] + " " + zero_word()
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_group(g, mode, homophones=True):
    """Render one digit group. mode: words | doubles | pairs | itn."""
    if mode == "itn":
        return g
    if mode == "itn2" and len(g) % 2 == 0:
        return " ".join(g[i:i + 2] for i in range(0, len(g), 2))
    if mode == "runon":
        return "".join(UNITS[int(d)] if d != "0" else R.choice(["oh", "zero"]) for d in g)
    if mode == "pairs" and len(g) % 2 == 0:
        return " ".join(pair_words(g[i:i + 2]) for i in range(0, len(g), 2))
    words = []
    i = 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        if mode != "words" and run >= 3 and R.random() < 0.7:
            words.append("triple " + unit_word(d))
            i += 3
        elif mode != "words" and run >= 2 and R.random() < 0.8:
            words.append("double " + unit_word(d))
            i += 2
        else:
            words.append(unit_word(d, homophones))
            i += 1
    return " ".join(words)


def us(text):
    """US speakers say 'zero'/'oh', never 'nought'."""
    return re.sub(r"\bNought\b", "Zero", re.sub(r"\bnought\b", "zero", text))


def chunk(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def whisperify(groups_text, sep_choices=(" ", " ", ", ", ". ", "... ", " - ")):
    """Join rendered groups with Whisper-ish separators; maybe capitalise."""
    out = groups_text[0]
    for g in groups_text[1:]:
        sep = R.choice(sep_choices)
        if sep.startswith(".") and g and g[0].isalpha():
            g = g[0].upper() + g[1:]
        out += sep + g
    if out[0].isalpha() and R.random() < 0.3:
        out = out[0].upper() + out[1:]
    return out


def spoken_number(s, sizes, itn_rate=0.3, pairs_rate=0.2, seps=None):
    """Spoken reading of a digit string grouped by sizes, with partial ITN."""
    groups = chunk(s, sizes)
    rendered = []
    for g in groups:
        r = R.random()
        if r < itn_rate:
            mode = "itn"
        elif r > 0.93:
            mode = "runon"
        elif r < itn_rate + pairs_rate:
            mode = "pairs"
        else:
            mode = R.choice(["words", "doubles", "doubles", "itn2"])
        rendered.append(say_group(g, mode))
    if seps is None:
        return whisperify(rendered)
    return whisperify(rendered, seps)


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x ray", "Y": "yankee", "Z": "zulu", "I": "india"}
FOR_WORD = {"A": "apple", "B": "bravo", "C": "charlie", "D": "david", "E": "edward", "F": "freddie",
            "G": "george", "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
            "N": "nellie", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy", "W": "william",
            "X": "xmas", "Y": "yellow", "Z": "zebra", "I": "india"}


def say_letter(c, mode):
    if mode == "plain":
        return c.lower()
    if mode == "caps":
        return c
    if mode == "for":
        return c.lower() + " for " + FOR_WORD[c]
    return c.lower() + " as in " + NATO[c]


def say_letters(ls, mode=None):
    if mode is None:
        mode = R.choice(["plain", "plain", "caps", "for", "asin"])
    if mode == "caps" and R.random() < 0.5:
        return ls
    return " ".join(say_letter(c, mode) for c in ls)


# --------------------------------------------------------------------------
# normaliser used by --check (spoken -> canonical characters)
# --------------------------------------------------------------------------
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "for": "4", "to": "2", "too": "2",
            "ate": "8", "won": "1"})
TEEN2D = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS2D = {w: str(i) for i, w in enumerate(TENS) if w}
ORD2D = {w: str(i) for i, w in enumerate(ORD) if w}
ORD2D.update({"thirtieth": "30"})
MON2D = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MON2D.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
SKIP = {"um", "uh", "er", "erm", "huh", "and", "dash", "space", "hyphen", "slash", "then",
        "the", "of", "as", "in", "sorry", "is", "it", "its"}
NUMWORDS = sorted(list(W2D) + list(TEEN2D) + list(TENS2D) + ["double", "triple"],
                  key=len, reverse=True)
PHON = (set(NATO.values()) | set(FOR_WORD.values()) | {"ray"}) - {"x ray"}


def split_runon(tok):
    """Split run-together number words like 'ohseven' (with backtracking)."""
    if not tok:
        return []
    for w in NUMWORDS:
        if (len(w) > 1 or w == "o") and tok.startswith(w):
            rest = split_runon(tok[len(w):])
            if rest is not None:
                return [w] + rest
    return None


def normalise(text, letters=False, months=False):
    text = re.sub(r"\btwo thousand and (\w+)", r"200 \1", text, flags=re.I)
    toks = re.findall(r"[A-Za-z]+|\d+|\+", text)
    expanded = []
    for t in toks:
        tl = t.lower()
        if tl in W2D or tl in TEEN2D or tl in TENS2D or tl in ORD2D or t.isdigit() or tl in SKIP \
                or tl in ("double", "triple", "plus") or tl in PHON or (months and tl in MON2D):
            expanded.append(t)
            continue
        parts = split_runon(tl)
        if parts:
            expanded.extend(parts)
        else:
            expanded.append(t)
    out = ""
    i = 0
    n = len(expanded)
    while i < n:
        t = expanded[i]
        tl = t.lower()
        nxt = expanded[i + 1].lower() if i + 1 < n else ""
        if t == "+" or tl == "plus":
            out += "+"
        elif t.isdigit():
            out += t
        elif months and tl in MON2D:
            out += MON2D[tl]
        elif letters and len(t) == 1 and tl != "o" and t.isalpha() and nxt in ("for", "as"):
            out += t.upper()
            i += 1  # skip for/as; phonetic word(s) skipped below
            while i + 1 < n and (expanded[i + 1].lower() in (PHON | {"in"}) or (
                    expanded[i + 1].lower() == "x" and i + 2 < n and expanded[i + 2].lower() == "ray")):
                i += 1
        elif tl in ("double", "triple") and nxt in W2D:
            out += W2D[nxt] * (2 if tl == "double" else 3)
            i += 1
        elif tl in TEEN2D:
            out += TEEN2D[tl]
        elif tl in TENS2D:
            if nxt in W2D and W2D[nxt] != "0" and nxt not in ("oh", "o", "nought", "zero"):
                out += TENS2D[tl] + W2D[nxt]
                i += 1
            elif nxt in ORD2D and int(ORD2D[nxt]) < 10:
                out += TENS2D[tl] + ORD2D[nxt]
                i += 1
            else:
                out += TENS2D[tl] + "0"
        elif tl in ORD2D:
            out += ORD2D[tl]
        elif tl in W2D:
            out += W2D[tl]
        elif tl in SKIP or tl in PHON:
            pass
        elif letters and t.isalpha() and (len(t) <= 4) and tl != "o":
            out += t.upper()
        else:
            pass
    # (loop increment)
        i += 1
    return out


# --------------------------------------------------------------------------
# case building
# --------------------------------------------------------------------------
CASES = []
GROUPS = []  # per case: list of (type, [span idx], canonical)


def build(kind, turns, note):
    """turns: list of (speaker, [segments]); a segment is a str or (text, TYPE[, gid])."""
    out_turns, spans, groups = [], [], {}
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                val, typ = seg[0], seg[1]
                gid = seg[2] if len(seg) > 2 else None
                canon = seg[3] if len(seg) > 3 else None
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(val), "type": typ})
                key = gid if gid is not None else ("solo", len(spans))
                g = groups.setdefault(key, [typ, [], canon])
                g[1].append(len(spans) - 1)
                if canon is not None:
                    g[2] = canon
                text += val
        out_turns.append({"speaker": spk, "text": text})
    prefix = "pos" if kind == "positive" else "neg"
    num = sum(1 for c in CASES if c["kind"] == kind) + 1
    CASES.append({"id": "h273-%s-%03d" % (prefix, num), "kind": kind, "turns": out_turns,
                  "spans": spans, "note": note})
    GROUPS.append(list(groups.values()))


def V(text, typ, canon, gid=None):
    return (text, typ, gid, canon)


INDUSTRIES = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
              "healthcare billing", "government services"]


def ind():
    return R.choice(INDUSTRIES)


def ack():
    return R.choice(["mhm", "okay", "yep", "okay go on", "right", "uh huh", "got it", "yeah",
                     "Mm-hmm.", "Okay.", "go on"])


# ---------------- card -----------------
def card_spoken_oneturn():
    num, sizes = card()
    reading = spoken_number(num, sizes, itn_rate=R.choice([0.0, 0.3, 0.5]), pairs_rate=0.15)
    lead = R.choice(["yeah it's ", "Yeah, it's ", "okay so its ", "um ", "right the long number is ",
                     "It's ", "so that's "])
    tail = R.choice(["", " yeah", ".", " is that right", " that's it", "."])
    agent = R.choice(["and the long number on the front of the card please",
                      "Could I take the card number please?",
                      "can you read me the sixteen digit number",
                      "whenever you're ready with the card number"])
    where = ind()
    build("positive", [("agent", [agent]),
                       ("customer", [lead, V(reading, "CARD_NUMBER", num), tail])],
          "call/%s: card read in one turn, Whisper partial ITN/separators" % where)


def card_split_turns():
    num, sizes = card()
    groups = chunk(num, sizes)
    turns = [("agent", [R.choice(["go ahead with the card number", "Okay, the card number when you're ready.",
                                  "what's the card number"])])]
    for k, g in enumerate(groups):
        mode = R.choice(["words", "doubles", "itn", "pairs", "words"])
        r = say_group(g, mode)
        pre = R.choice(["", "", "um ", "it's ", "so ", "then "]) if k == 0 else R.choice(["", "", "uh ", "and "])
        post = R.choice(["", "", "", ".", " um", "?"])
        turns.append(("customer", [pre, V(r, "CARD_NUMBER", num, "c"), post]))
        if k < len(groups) - 1:
            turns.append(("agent", [ack()]))
    build("positive", turns, "call/%s: card split across customer turns, mixed ITN per group" % ind())


def card_readback():
    num, sizes = card()
    cust = spoken_number(num, sizes, itn_rate=0.4)
    groups = chunk(num, sizes)
    back = whisperify([say_group(g, "words", False) for g in groups], (" ", ", "))
    exp = "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))
    mm, yy = exp.split("/")
    exp_say = R.choice([year_words(mm) + " " + year_words(yy) if mm[0] != "0" else "oh " + UNITS[int(mm[1])] + " " + year_words(yy),
                        mm + "/" + yy, MONTHS[int(mm) - 1] + " twenty " + year_words(yy),
                        MONTHS[int(mm) - 1].capitalize() + " 20" + yy])
    build("positive", [
        ("customer", ["the card is ", V(cust, "CARD_NUMBER", num)]),
        ("agent", ["let me just read that back to you ", V(back, "CARD_NUMBER", num), " is that correct"]),
        ("customer", ["Yes that's right, and it expires ", V(exp_say, "EXPIRY", mm + yy)]),
    ], "call/%s: card, agent read-back, expiry with mixed ITN" % ind())


def card_chat():
    num, sizes = card()
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    typed = sep.join(chunk(num, sizes))
    if R.random() < 0.3:
        typed = typed.replace(" ", "", 1)
    cvv = digits(4 if num[0] == "3" else 3)
    mm, yy = "%02d" % R.randint(1, 12), "%02d" % R.randint(26, 31)
    exp = R.choice([mm + "/" + yy, mm + "-" + yy, mm + "/20" + yy, mm + yy, mm + " / " + yy])
    amount = R.choice(["£45.99", "$120", "€89.50", "£1,200", "$15.00"])
    msg = R.choice([
        ["hi can u take payment of %s, card no " % amount, V(typed, "CARD_NUMBER", num), " exp ",
         V(exp, "EXPIRY", mm + yy), " cvv ", V(cvv, "CVV", cvv)],
        ["Card: ", V(typed, "CARD_NUMBER", num), "\nExpiry: ", V(exp, "EXPIRY", mm + yy),
         "\nSecurity code: ", V(cvv, "CVV", cvv)],
        ["pls charge %s to my card " % amount, V(typed, "CARD_NUMBER", num), ", it runs out ",
         V(exp, "EXPIRY", mm + yy), " and the 3 digits on the back are ", V(cvv, "CVV", cvv)],
    ])
    build("positive", [("agent", ["Hello, how can I help today?"]), ("customer", msg)],
          "chat/%s: typed card, expiry and CVV with amount nearby" % R.choice(["retail", "travel", "telecom", "utilities"]))


def card_selfcorrect():
    num, sizes = card()
    groups = chunk(num, sizes)
    wrong = say_group(groups[0][:2], "words")
    r = spoken_number(num, sizes, itn_rate=0.25)
    build("positive", [
        ("agent", ["and the card number"]),
        ("customer", [wrong + " no sorry wrong card hang on... ok here it is ", V(r, "CARD_NUMBER", num)]),
    ], "call/%s: false start then full card reading" % ind())


def card_cvv_call():
    num, sizes = card()
    cvv = digits(4 if num[0] == "3" else 3)
    r = spoken_number(num, sizes, itn_rate=0.35)
    cvv_say = R.choice([say_group(cvv, "words"), cvv, say_group(cvv, "doubles")])
    build("positive", [
        ("customer", [V(r, "CARD_NUMBER", num)]),
        ("agent", ["thank you and the security code on the back"]),
        ("customer", [R.choice(["it's ", "", "Uh, ", "yeah "]), V(cvv_say, "CVV", cvv),
                      R.choice(["", ".", " I think", " yep"])]),
        ("agent", ["lovely that payment of %s has gone through" % R.choice(["$40", "£62.18", "forty pounds", "€19.99"])]),
    ], "call/%s: card then CVV in own turn, amount after" % ind())


# ---------------- SSN -----------------
def ssn_call():
    v = ssn()
    mode = R.choice(["3-2-4", "pairs", "itn_mix", "split", "runon"])
    if mode == "split":
        parts = [v[:3], v[3:5], v[5:]]
        turns = [("agent", ["can I get your social security number to verify"])]
        for k, p in enumerate(parts):
            turns.append(("customer", [R.choice(["", "uh "]), V(us(say_group(p, R.choice(["words", "doubles", "itn"]))), "SSN", v, "s")]))
            if k < 2:
                turns.append(("agent", [ack()]))
        build("positive", turns, "call/%s: SSN split over three turns (3/2/4)" % R.choice(["healthcare billing", "banking", "insurance", "government services"]))
        return
    if mode == "itn2" and len(g) % 2 == 0:
        return " ".join(g[i:i + 2] for i in range(0, len(g), 2))
    if mode == "runon":
        r = "".join(unit_word(d) for d in v[:3]) + " " + say_group(v[3:5], "words") + " " + say_group(v[5:], "pairs")
    elif mode == "pairs":
        r = say_group(v[:3], "words") + " " + say_group(v[3:5], "pairs") + " " + say_group(v[5:], "pairs")
    elif mode == "itn_mix":
        r = v[:3] + "-" + v[3:5] + " " + say_group(v[5:], "words")
    else:
        r = spoken_number(v, [3, 2, 4], itn_rate=0.2)
    agent = R.choice(["and the last four of your social", "what's your social security number",
                      "For verification, can I have your Social Security number?"])
    if agent.startswith("and the last four"):
        agent = "what's the full social please"
    build("positive", [("agent", [agent]),
                       ("customer", [R.choice(["sure it's ", "Yeah. ", "ok ", "my social is ", ""]),
                                     V(us(r), "SSN", v), R.choice(["", ".", " and I'm calling about a bill from march"])])],
          "call/%s: SSN %s" % (R.choice(["healthcare billing", "banking", "insurance", "government services", "telecom"]), mode))


def ssn_chat():
    v = ssn()
    f = R.choice([v[:3] + "-" + v[3:5] + "-" + v[5:], v, v[:3] + " " + v[3:5] + " " + v[5:], v[:3] + "." + v[3:5] + "." + v[5:]])
    ref = digits(7, True)
    build("positive", [("customer", [R.choice(["my ssn is ", "SSN: ", "social sec # ", "here's my social "]),
                                     V(f, "SSN", v), R.choice(["", " thx", ", claim ref %s" % ref, " (for the tax form)"])])],
          "chat/%s: typed SSN" % R.choice(["insurance", "government services", "banking", "healthcare billing"]))


# ---------------- NI -----------------
def ni_render(v):
    pre, num, suf = v[:2], v[2:8], v[8]
    style = R.choice(["caps", "plain", "for", "asin", "mixed"])
    if style == "caps":
        return pre + " " + " ".join(say_group(num[i:i + 2], R.choice(["itn", "pairs", "words"])) for i in range(0, 6, 2)) + " " + suf
    if style == "mixed":
        return pre + num + suf if R.random() < 0.4 else pre[0] + " " + pre[1].lower() + " " + spoken_number(num, [2, 2, 2], itn_rate=0.5) + " " + suf
    return say_letters(pre, style) + " " + spoken_number(num, [2, 2, 2], itn_rate=0.2, pairs_rate=0.3) + " " + say_letters(suf, style)


def ni_call():
    v = ni()
    if R.random() < 0.35:
        pre, num, suf = v[:2], v[2:8], v[8]
        turns = [("agent", ["can you give me your national insurance number please"]),
                 ("customer", ["yeah it's ", V(say_letters(pre), "NI_NUMBER", v, "n")]),
                 ("agent", [ack()]),
                 ("customer", [V(spoken_number(num, [2, 2, 2], itn_rate=0.3), "NI_NUMBER", v, "n")]),
                 ("agent", ["and the letter at the end"]),
                 ("customer", [V(say_letters(suf, R.choice(["plain", "for", "asin"])), "NI_NUMBER", v, "n")])]
        build("positive", turns, "call/government services: NI number split letters/digits/suffix over turns")
        return
    r = ni_render(v)
    build("positive", [("agent", [R.choice(["what's your national insurance number", "And your N.I. number?",
                                            "can I take your NI number"])]),
                       ("customer", [R.choice(["it's ", "Um, ", "right it is ", "", "Yeah. "]), V(r, "NI_NUMBER", v),
                                     R.choice(["", ".", " I've had it since I was sixteen", " yeah"])])],
          "call/%s: NI number spoken, Whisper caps/ITN" % R.choice(["government services", "banking", "insurance", "utilities"]))


def ni_chat():
    v = ni()
    f = R.choice([v, v[:2] + " " + v[2:4] + " " + v[4:6] + " " + v[6:8] + " " + v[8], (v[:2] + v[2:8] + " " + v[8]).lower(),
                  v[:2] + "-" + v[2:4] + "-" + v[4:6] + "-" + v[6:8] + "-" + v[8]])
    build("positive", [("customer", [R.choice(["NI no: ", "my national insurance is ", "ni number ", "NINO "]),
                                     V(f, "NI_NUMBER", v), R.choice(["", " thanks", " - started job 1st april"])])],
          "chat/%s: typed NI number" % R.choice(["government services", "banking", "insurance"]))


# ---------------- bank -----------------
def bank_call():
    acc = digits(8)
    sc = digits(6)
    acc_r = spoken_number(acc, [4, 4], itn_rate=0.3, pairs_rate=0.25)
    sc_r = R.choice([spoken_number(sc, [2, 2, 2], itn_rate=0.3, pairs_rate=0.4),
                     sc[:2] + "-" + sc[2:4] + "-" + sc[4:], pair_words(sc[:2]) + " " + pair_words(sc[2:4]) + " " + pair_words(sc[4:])])
    if R.random() < 0.5:
        turns = [("agent", ["what's the sort code"]), ("customer", [V(sc_r, "SORT_CODE", sc)]),
                 ("agent", ["and the account number"]), ("customer", [R.choice(["", "it's ", "uh "]), V(acc_r, "BANK_ACCOUNT", acc)])]
    else:
        turns = [("agent", ["Can I take the account number and sort code for the direct debit?"]),
                 ("customer", ["account number ", V(acc_r, "BANK_ACCOUNT", acc), " and the sort code is ", V(sc_r, "SORT_CODE", sc)])]
    build("positive", turns, "call/%s: UK account number and sort code" % R.choice(["utilities", "banking", "insurance", "telecom"]))


def bank_us_call():
    acc = digits(R.choice([10, 11, 12]), True)
    acc_r = spoken_number(acc, [3, 3, 4, 2], itn_rate=0.3)
    build("positive", [("agent", ["what's the checking account number you'd like to use"]),
                       ("customer", [R.choice(["ok it's ", "", "Yeah, "]), V(us(acc_r), "BANK_ACCOUNT", acc),
                                     R.choice(["", " and the payment is $" + str(R.randint(20, 400)), " thats with chase"])])],
          "call/%s: US checking account number" % R.choice(["utilities", "banking", "healthcare billing"]))


def bank_chat():
    acc = digits(8)
    sc = digits(6)
    scf = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    build("positive", [("customer", [R.choice(["acc no ", "Account: ", "my acct number is "]), V(acc, "BANK_ACCOUNT", acc),
                                     R.choice([" sort ", " / sort code: ", ", s/c "]), V(scf, "SORT_CODE", sc)])],
          "chat/%s: typed account + sort code" % R.choice(["banking", "utilities", "retail"]))


def iban_render(v):
    out = []
    style = R.choice(["spaced", "spoken", "mixed"])
    if style == "spaced":
        return " ".join(v[i:i + 4] for i in range(0, len(v), 4))
    parts = []
    for i in range(0, len(v), 4):
        g = v[i:i + 4]
        if style == "mixed" and R.random() < 0.5:
            parts.append(g)
            continue
        toks = []
        j = 0
        while j < len(g):
            if g[j].isalpha():
                k = j
                while k < len(g) and g[k].isalpha():
                    k += 1
                toks.append(say_letters(g[j:k], R.choice(["plain", "caps"])))
                j = k
            else:
                k = j
                while k < len(g) and g[k].isdigit():
                    k += 1
                toks.append(say_group(g[j:k], R.choice(["words", "doubles"]), homophones=False))
                j = k
        parts.append(" ".join(toks))
    return whisperify(parts, (" ", ", ", " "))


def iban_case():
    v = iban()
    if R.random() < 0.4:
        f = R.choice([" ".join(v[i:i + 4] for i in range(0, len(v), 4)), v, v.lower()])
        build("positive", [("customer", [R.choice(["IBAN: ", "my iban is ", "pls refund to "]), V(f, "IBAN", v),
                                         R.choice(["", " thanks", " (AIB)", ", booking ref 48213"])])],
              "chat/%s: typed IBAN" % R.choice(["travel", "retail", "banking", "insurance"]))
    else:
        build("positive", [("agent", ["and the IBAN for the refund"]),
                           ("customer", [R.choice(["ok so ", "", "right it's "]), V(iban_render(v), "IBAN", v)])],
              "call/%s: IBAN read out, letters and digit groups" % R.choice(["travel", "banking", "utilities", "insurance"]))


# ---------------- phone -----------------
def phone_case():
    kind = R.choice(["ukmob", "ukland", "us", "ie", "intl_uk", "intl_ie"])
    if kind == "ukmob":
        v = uk_mobile(); sizes = [5, 3, 3]
    elif kind == "ukland":
        v = uk_land(); sizes = [4, 3, 4]
    elif kind == "us":
        v = us_phone(); sizes = [3, 3, 4]
    elif kind == "ie":
        v = ie_mobile(); sizes = [3, 3, 4]
    elif kind == "intl_uk":
        v = "+44" + uk_mobile()[1:]; sizes = None
    else:
        v = "+353" + ie_mobile()[1:]; sizes = None
    if sizes is None:
        cc = v[1:3] if v.startswith("+44") else v[1:4]
        rest = v[1 + len(cc):]
        ccs = R.choice(["plus " + say_group(cc, "words"), "+" + cc, "Plus " + say_group(cc, "words")])
        r = ccs + " " + spoken_number(rest, [3, 3, 4], itn_rate=0.3)
    elif R.random() < 0.3:
        r = R.choice(["(%s) %s-%s" % (v[:3], v[3:6], v[6:]), v[:sizes[0]] + " " + v[sizes[0]:], v])
        if kind != "us":
            r = v[:sizes[0]] + " " + v[sizes[0]:]
    else:
        r = spoken_number(v, sizes, itn_rate=0.3, pairs_rate=0.15)
        if kind == "us":
            r = us(r)
    if R.random() < 0.3:
        g = chunk(v.lstrip("+"), [4, 3, 4] if len(v.lstrip("+")) <= 11 else [5, 4, 4])
        turns = [("agent", ["best number to call you back on"])]
        for k, grp in enumerate(g):
            turns.append(("customer", [V(say_group(grp, R.choice(["words", "doubles", "itn"])), "PHONE", v.lstrip("+"), "p")]))
            if k < len(g) - 1:
                turns.append(("agent", [ack()]))
        build("positive", turns, "call/%s: phone number split across turns" % ind())
        return
    build("positive", [("agent", [R.choice(["what's the best number to reach you on", "Can I take a contact number?",
                                            "and a phone number for the engineer"])]),
                       ("customer", [R.choice(["yeah it's ", "It's ", "my mobile is ", "", "call me on "]), V(r, "PHONE", v),
                                     R.choice(["", " after 5 pm", ".", " thats my mobile", " any time after two thirty"])])],
          "call/%s: %s phone, partial ITN" % (ind(), kind))


# ---------------- email -----------------
def email_case():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom = R.choice(DOMAINS)
    local = R.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f + l + str(R.randint(1, 99))])
    v = local + "@" + dom
    if R.random() < 0.35:
        build("positive", [("customer", [R.choice(["email is ", "Email: ", "send it to "]), V(v if R.random() < 0.7 else v.capitalize(), "EMAIL", v),
                                         R.choice(["", " pls", " thanks!"])])],
              "chat/%s: typed email" % ind())
        return
    sp = local.replace(".", " dot ").replace("_", " underscore ")
    sp = re.sub(r"(\d+)", lambda m: " " + m.group(1) + " ", sp)
    sp = re.sub(" +", " ", sp).strip()
    d = dom.replace(".", " dot ")
    style = R.choice(["plain", "whisper_at", "whisper_caps", "partial"])
    if style == "plain":
        r = sp + " at " + d.replace("gmail", R.choice(["gmail", "g mail", "G mail"])).replace("hotmail", R.choice(["hot mail", "Hotmail"])).replace("outlook", R.choice(["out look", "outlook"]))
    elif style == "whisper_at":
        r = sp.replace(" dot ", ".") .replace(" ", "") + "@" + dom.split(".")[0] + " dot " + ".".join(dom.split(".")[1:]).replace(".", " dot ")
    elif style == "whisper_caps":
        r = sp.replace(" dot ", ".").title() + " at " + dom.capitalize()
    else:
        r = sp + " at " + dom
    build("positive", [("agent", [R.choice(["and an email address for the confirmation", "What's your email?"])]),
                       ("customer", [R.choice(["it's ", "yeah ", "Sure, it's "]), V(r, "EMAIL", v),
                                     R.choice(["", ".", " all lower case"])])],
          "call/%s: email spoken, style %s" % (ind(), style))


# ---------------- DOB -----------------
def dob_case():
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    canon = "%04d-%02d-%02d" % (y, m, d)
    ys = str(y)
    year_say = R.choice([year_words(ys[:2]) + " " + year_words(ys[2:]), ys, ys,
                         ("two thousand and " + UNITS[int(ys[3])]) if ys.startswith("200") else year_words(ys[:2]) + " " + year_words(ys[2:])])
    day_ord = ORD[d] if d <= 20 else (TENS[d // 10] + (" " + ORD[d % 10] if d % 10 else "ieth"))
    if d % 10 == 0 and d > 20:
        day_ord = "thirtieth"
    mon = MONTHS[m - 1]
    style = R.choice(["uk", "us", "itn", "num", "chat", "digits", "uk"])
    if style == "uk":
        r = "the " + day_ord + " of " + mon + " " + year_say
    elif style == "us":
        r = mon.capitalize() + " " + day_ord + " " + year_say
    elif style == "itn":
        sfx = "th" if 4 <= d <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        r = R.choice(["the ", ""]) + str(d) + sfx + " of " + mon.capitalize() + " " + ys if R.random() < 0.4 else \
            mon.capitalize() + " " + str(d) + R.choice([sfx, ","]) + " " + ys
        r = r.replace(", ", ",").replace(",", ", ").replace("  ", " ")
    elif style == "digits":
        dm = "%02d%02d" % (d, m) if R.random() < 0.6 else "%02d%02d" % (m, d)
        r = say_group(dm[:2], "words") + " " + say_group(dm[2:], R.choice(["words", "pairs"])) + " " + year_words(ys[2:])
    elif style == "num":
        r = R.choice(["%d/%d/%s" % (d, m, ys), "%02d/%02d/%s" % (m, d, ys), "%02d.%02d.%s" % (d, m, ys[2:])])
    else:
        r = R.choice(["%02d/%02d/%s" % (d, m, ys), "%d %s %s" % (d, mon[:3].capitalize(), ys), "%s-%02d-%02d" % (ys, m, d)])
    if style == "chat":
        build("positive", [("customer", [R.choice(["dob ", "DOB: ", "date of birth "]), V(r, "DOB", canon),
                                         R.choice(["", " and my appt is on the 14th", " - policy renews 01/03/2027"])])],
              "chat/%s: typed DOB" % ind())
        return
    build("positive", [("agent", [R.choice(["and can you confirm your date of birth", "What's your date of birth?",
                                            "for security whats your d o b"])]),
                       ("customer", [R.choice(["yeah it's ", "", "Uh, ", "it's "]), V(r, "DOB", canon),
                                     R.choice(["", ".", " I'm in my %ds" % ((2026 - y) // 10 * 10)])])],
          "call/%s: DOB %s" % (ind(), style))


# ---------------- postcode / address -----------------
def pc_spoken(pc):
    out, prev = [], None
    style = R.choice(["plain", "caps", "for", "itn"])
    if style == "itn":
        return pc if R.random() < 0.5 else pc.replace(" ", "")
    for ch in pc.replace(" ", ""):
        if ch.isdigit():
            out.append(unit_word(ch))
        else:
            out.append(say_letter(ch, style if style != "itn" else "caps"))
    return " ".join(out)


def address_case():
    country = R.choice(["uk", "uk", "us", "ie"])
    num = R.randint(1, 240)
    st = R.choice(STREETS)
    suf = R.choice(SUFFIX)
    if country == "us":
        z = zip_code()
        num = R.randint(100, 9800)
        street_forms = ["%d %s %s" % (num, st.capitalize(), suf.capitalize()),
                        "%s %s %s" % (pair_words(str(num)[:2]) + " " + pair_words(str(num)[2:]) if len(str(num)) == 4 else str(num), st, suf)]
        a = R.choice(street_forms)
        zr = R.choice([z, us(say_group(z.replace("-", ""), "words"))]) if "-" not in z else z
        build("positive", [("agent", ["what's the billing address"]),
                           ("customer", [V(a, "ADDRESS", None), R.choice([", Springfield, Illinois ", " in austin texas ", " Denver, CO "]),
                                         V(zr, "POSTCODE", z.replace("-", ""))])],
              "call/%s: US street address and ZIP" % R.choice(["retail", "utilities", "insurance", "healthcare billing"]))
        return
    pc = uk_postcode()
    if country == "ie":
        pc = R.choice("ACDEFHKNPRTVWXY") + digits(2) + " " + "".join(R.choice("ACDEFHKNPRTWXY") if R.random() < 0.5 else str(R.randint(0, 9)) for _ in range(4))
        a = "%d %s %s" % (num, st, suf)
        build("positive", [("customer", ["the address is ", V(a, "ADDRESS", None), " Ballincollig Cork and the eircode is ",
                                         V(pc, "POSTCODE", pc.replace(" ", ""))])],
              "call/utilities: Irish address with Eircode")
        return
    a = R.choice(["%d %s %s" % (num, st, suf), "%s %s %s" % (pair_words("%02d" % num) if 10 <= num < 100 else str(num), st, suf),
                  "%d%s %s %s" % (num, R.choice("ABC"), st.capitalize(), suf.capitalize()),
                  "%s %s %s %s" % (UNITS[num % 9 + 1], R.choice(["a", "b"]), st, suf),
                  "flat %d %d %s %s" % (R.randint(1, 12), num, st.capitalize(), suf.capitalize())])
    pr = pc_spoken(pc)
    if R.random() < 0.5:
        build("positive", [("agent", ["can I take the first line of the address and the postcode"]),
                           ("customer", [V(a, "ADDRESS", None), R.choice([" ", ", ", " um "]), V(pr, "POSTCODE", pc.replace(" ", ""))])],
              "call/%s: UK address + postcode in one turn" % ind())
    else:
        build("positive", [("agent", ["what's your postcode"]), ("customer", [V(pr, "POSTCODE", pc.replace(" ", ""))]),
                           ("agent", ["and the house number and street"]),
                           ("customer", [R.choice(["it's ", "", "yeah "]), V(a, "ADDRESS", None)])],
              "call/%s: postcode then address in separate turns" % ind())


# ---------------- combined -----------------
def combo_case():
    v = ni()
    dob_y = R.randint(1950, 2000)
    phone = uk_mobile()
    em = R.choice(FIRST) + "." + R.choice(LAST) + "@" + R.choice(DOMAINS)
    dd, mm = R.randint(1, 28), R.randint(1, 12)
    dob = "%d/%02d/%d" % (dd, mm, dob_y)
    build("positive", [("customer", ["Hi, NI ", V(v, "NI_NUMBER", v), ", dob ", V(dob, "DOB", "%04d-%02d-%02d" % (dob_y, mm, dd)),
                                     ", mob ", V(phone, "PHONE", phone), ", email ", V(em, "EMAIL", em),
                                     ". re: claim %s, payment of £%d due %s" % (digits(7, True), R.randint(40, 900), R.choice(["3rd Dec", "1st of May", "Friday"]))])],
          "chat/government services: several identifiers in one message with reference/amount/date lookalikes")


def ssn_card_combo():
    v = ssn()
    num, sizes = card()
    build("positive", [("agent", ["thanks can I verify your social first"]),
                       ("customer", [V(us(spoken_number(v, [3, 2, 4], itn_rate=0.3)), "SSN", v),
                                     " and then I wanna pay the $" + str(R.randint(50, 300)) + " with my card it's ",
                                     V(us(spoken_number(num, sizes, itn_rate=0.4)), "CARD_NUMBER", num)])],
          "call/healthcare billing: SSN and card in the same turn with dollar amount between")


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------
def negative_case():
    t = R.randint(0, 25)
    amt = R.randint(12, 990)
    ref = digits(R.randint(6, 10), True)
    if t == 0:
        turns = [("customer", ["my bill went up to $%d.%02d this month" % (amt, R.randint(0, 99))]),
                 ("agent", ["I see the previous one was %s dollars and %s cents" % (str(amt - 7), year_words("%02d" % R.randint(10, 99)))])]
        note = "call/utilities: bill amounts"
    elif t == 1:
        turns = [("agent", ["your order number is %s" % spoken_number(ref, [3, 3, 4], itn_rate=0.3)]), ("customer", ["great thanks"])]
        note = "call/retail: order number read back in words"
    elif t == 2:
        turns = [("customer", ["the engineer is booked for the %s of %s between %s and %s" % (R.choice(ORD[1:]), R.choice(MONTHS), R.choice(["8", "eight", "9:30"]), R.choice(["12", "one pm", "2:30"]))])]
        note = "call/telecom: appointment date and times"
    elif t == 3:
        turns = [("customer", ["flight %s%d leaves at %s from gate %s" % (R.choice(["BA", "EI", "FR", "UA"]), R.randint(100, 9999), R.choice(["6:45", "seven fifteen", "19:20"]), R.choice(["B32", "twelve", "4"]))])]
        note = "call/travel: flight number, time and gate"
    elif t == 4:
        turns = [("agent", ["your balance is %s pounds %s" % (R.choice(["one thousand two hundred and forty", "three hundred and six", "£1,482.66"]), R.choice(["and twelve pence", "", "in credit"]))])]
        note = "call/banking: account balance in words"
    elif t == 5:
        turns = [("customer", [("meter reading is %s %s" % (spoken_number(digits(5, True), [5], itn_rate=0.4), R.choice(["on the day meter", "kilowatt hours", ""]))).strip()])]
        note = "call/utilities: meter reading"
    elif t == 6:
        turns = [("customer", ["I've been on hold for %s minutes and called %s times" % (R.choice(["forty five", "45", "twenty", str(R.randint(10, 90)), "an hour and a half"]), R.choice(["three", "7", "six", str(R.randint(2, 12))]))])]
        note = "call/telecom: durations and counts"
    elif t == 7:
        turns = [("agent", ["the ticket reference is %s" % ref]), ("customer", ["ok ticket %s got it" % ref])]
        note = "chat/retail: ticket reference typed"
    elif t == 8:
        turns = [("customer", ["the model number is %s-%s and it was £%d" % (R.choice(["KDL", "WM", "XR", "HP"]), digits(4, True), amt)])]
        note = "chat/retail: model number and price"
    elif t == 9:
        turns = [("customer", ["I'm %s years old and my son is %s" % (R.choice(["seventy two", "45", "sixty", str(R.randint(30, 90))]), R.choice(["twelve", "9", "nineteen", str(R.randint(1, 25))]))])]
        note = "call/insurance: ages"
    elif t == 10:
        turns = [("customer", ["we moved in %s and the contract started %s" % (R.choice(["2019", "twenty nineteen", "nineteen ninety eight"]), R.choice(["1st of March 2021", "the fifth of june twenty twenty two", "03/04/2022"]))])]
        note = "call/utilities: years and contract start date"
    elif t == 11:
        turns = [("customer", ["the interest went from %s to %s percent" % (R.choice(["3.9", "four point nine", "12%"]), R.choice(["six", "7.25", "nineteen point nine"]))])]
        note = "chat/banking: percentages"
    elif t == 12:
        turns = [("agent", ["I've raised claim number %s" % spoken_number(ref, [2, 3, 3, 2], itn_rate=0.2)]), ("customer", ["thanks"])]
        note = "call/insurance: claim number in words after its reference word"
    elif t == 13:
        turns = [("customer", ["room %d, checking out at %s on %s the %s" % (R.randint(101, 999), R.choice(["11", "eleven am", "10:30"]), R.choice(["Monday", "friday"]), R.choice(["21st", "third", "12th"]))])]
        note = "call/travel: room number, time, date"
    elif t == 14:
        turns = [("customer", ["the download speed is %s megabits and upload %s" % (R.choice(["fifty", "36.5", "one hundred"]), R.choice(["ten", "7"]))])]
        note = "call/telecom: speeds"
    elif t == 15:
        turns = [("customer", ["it's like %s degrees in the house and the boiler is %s years old" % (R.choice(["twelve", "14", "nine"]), R.choice(["fifteen", "20"]))])]
        note = "call/utilities: temperature and age of boiler"
    elif t == 16:
        turns = [("agent", ["invoice %s for $%d.%02d was paid on %s" % (ref, amt, R.randint(0, 99), R.choice(["November 3rd", "the 2nd of October", "10/14"]))])]
        note = "chat/healthcare billing: invoice number, amount, payment date"
    elif t == 17:
        turns = [("customer", ["I pay %s a month for %s gigs of data and %s minutes" % (R.choice(["twenty five ninety nine", "$%d" % R.randint(15, 90), "£%d.%02d" % (R.randint(8, 60), R.choice([0, 50, 99]))]), R.choice(["thirty", "100", "unlimited", str(R.randint(5, 200))]), R.choice(["five hundred", "1,000", "unlimited"]))])]
        note = "call/telecom: plan price and allowances"
    elif t == 18:
        turns = [("agent", ["your case reference is %s and you'll hear back in %s working days" % (R.choice(["CR-", "REF ", "#"]) + digits(R.randint(6, 8), True), R.choice(["five", "10", "three to five"]))])]
        note = "chat/government services: case reference and duration"
    elif t == 19:
        turns = [("customer", ["I was charged %s twice on the %s, so %s in total" % (R.choice(["forty nine ninety nine", "$49.99", "€60"]), R.choice(["3rd", "twelfth", "22nd"]), R.choice(["ninety nine ninety eight", "$99.98", "€120"]))])]
        note = "call/banking: duplicated charge amounts and transaction date"
    elif t == 20:
        turns = [("customer", ["can I book for %s people at %s on %s %s" % (R.choice(["four", "6", "two"]), R.choice(["7:30", "half seven", "19:00"]), R.choice(MONTHS).capitalize(), R.choice(["14th", "the second", "%d" % R.randint(1, 28), "the " + ORD[R.randint(1, 20)]]))])]
        note = "call/travel: party size, time, booking date"
    elif t == 22:
        o = digits(8, True)
        turns = [("agent", ["Okay, so your order number is %s %s." % (o[:4], o[4:])]),
                 ("customer", ["%s %s, got it. And it'll be there by the %s?" % (o[:4], o[4:], R.choice(["1st", "3rd", "twenty second", "12th"]))])]
        note = "call/retail: Whisper ITN order number in groups of four (8 digits) with delivery date"
    elif t == 23:
        turns = [("agent", ["The direct debit of £%d.%02d comes out on the %s of every month, starting %s." % (R.randint(20, 120), R.randint(0, 99), R.choice(["1st", "15th", "twenty eighth"]), R.choice(["January 2027", "the 5th of December", "next Monday"]))])]
        note = "call/utilities: direct debit amount and payment dates"
    elif t == 24:
        turns = [("customer", ["the outage was from %s to %s and I lost about %s hours of work" % (R.choice(["2:30", "half two", "9 AM"]), R.choice(["4:15 PM", "quarter past four", "midnight"]), R.choice(["six", "3", "two and a half"]))])]
        note = "call/telecom: outage times and duration"
    elif t == 25:
        pn = digits(R.randint(7, 9), True)
        turns = [("agent", ["can I take your policy number"]),
                 ("customer", ["yeah it's %s %s and I'm renewing for %s years" % (R.choice(["PN", "P N", "H for hotel"]), spoken_number(pn, [3, 3, 3], itn_rate=0.4), R.choice(["two", "3"]))])]
        note = "call/insurance: policy number after its reference word"
    else:
        turns = [("customer", ["the parcel weighed %s kilos and cost %s to send, tracking %s" % (R.choice(["2.5", "three", "twelve"]), R.choice(["£7.99", "eleven fifty"]), "JD" + digits(8, True))])]
        note = "chat/retail: weight, price, tracking reference"
    build("negative", turns, note)


POS_TEMPLATES = [
    (card_spoken_oneturn, 18), (card_split_turns, 10), (card_readback, 8), (card_chat, 10), (card_selfcorrect, 5),
    (card_cvv_call, 10), (ssn_call, 22), (ssn_chat, 8), (ni_call, 24), (ni_chat, 8), (bank_call, 14),
    (bank_us_call, 5), (bank_chat, 6), (iban_case, 15), (phone_case, 18), (email_case, 16), (dob_case, 16),
    (address_case, 20), (combo_case, 4), (ssn_card_combo, 4),
]


def generate():
    del CASES[:]
    del GROUPS[:]
    R.seed(SEED)
    order = []
    for fn, n in POS_TEMPLATES:
        order += [fn] * n
    R.shuffle(order)
    for fn in order:
        fn()
    for _ in range(120):
        negative_case()
    return CASES, GROUPS


# --------------------------------------------------------------------------
# validation
# --------------------------------------------------------------------------
STREET_RE = re.compile(r"\b(" + "|".join(SUFFIX) + r")\b", re.I)


def validate_value(typ, text, canon):
    if typ == "EMAIL":
        t = text.lower()
        t = re.sub(r"\s*\bdot\b\s*", ".", t)
        t = re.sub(r"\s*underscore\s*", "_", t)
        t = re.sub(r"\s*\bat\b\s*", "@", t)
        t = t.replace(" ", "")
        return t == canon and re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", t) is not None
    if typ == "ADDRESS":
        return bool(STREET_RE.search(text)) and bool(re.search(r"\d|\b(" + "|".join(UNITS[1:] + TEENS + TENS[2:]) + r")\b", text, re.I))
    if typ == "DOB":
        n = normalise(text, months=True)
        y = canon[:4]
        return (y in n or n.endswith(y[2:])) and 4 <= len(n) <= 8
    if typ == "EXPIRY":
        n = normalise(text, months=True)
        mm, yy = canon[:2], canon[2:]
        return n in (mm + yy, mm.lstrip("0") + yy, mm + "20" + yy, mm.lstrip("0") + "20" + yy) and 1 <= int(mm) <= 12
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    n = normalise(text, letters=letters)
    if n != canon.upper():
        return False
    if typ == "CARD_NUMBER":
        return 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return len(n) in (3, 4)
    if typ == "SSN":
        return len(n) == 9 and n.isdigit()
    if typ == "NI_NUMBER":
        return re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", n) is not None
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 17
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "IBAN":
        return iban_ok(n)
    if typ == "PHONE":
        d = n.lstrip("+")
        return d.isdigit() and 10 <= len(d) <= 13
    if typ == "POSTCODE":
        return (re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", n) is not None
                or re.fullmatch(r"\d{5}(\d{4})?", n) is not None
                or re.fullmatch(r"[A-Z]\d{2}[A-Z\d]{4}", n) is not None)
    return False


def check_cases(cases, groups):
    problems = []
    ids = set()
    counts = Counter()
    for c, gs in zip(cases, groups):
        cid = c["id"]
        if cid in ids:
            problems.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            problems.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            problems.append(cid + ": positive without spans")
        for s in c["spans"]:
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(cid + ": bad turn")
                continue
            txt = c["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(txt)):
                problems.append(cid + ": offsets out of range")
                continue
            if s["start"] > 0 and txt[s["start"] - 1].isalnum():
                problems.append(cid + ": span start not on word boundary")
            if s["end"] < len(txt) and txt[s["end"]].isalnum():
                problems.append(cid + ": span end not on word boundary")
            if txt[s["start"]].isspace() or txt[s["end"] - 1].isspace():
                problems.append(cid + ": span has outer whitespace")
            counts[s["type"]] += 1
        sp = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        for a, b in zip(sp, sp[1:]):
            if a["turn"] == b["turn"] and b["start"] < a["end"]:
                problems.append(cid + ": overlapping spans")
        for typ, idxs, canon in gs:
            text = " ".join(c["turns"][c["spans"][i]["turn"]]["text"][c["spans"][i]["start"]:c["spans"][i]["end"]] for i in idxs)
            if canon is None:
                canon = ""
            if not validate_value(typ, text, canon):
                problems.append("%s: %s value fails validation: %r (expected %r)" % (cid, typ, text, canon))
    return problems, counts


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(cases, counts):
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h273

**Never use this set for tuning.** It exists only to measure the redactor on data
it has not been fitted to.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark script or any other PII
fixture; the only data looked at was a three-line example of the JSONL format.
Cases are produced by `scripts/make_pii_holdout273.py` from template functions;
every turn is assembled from plain-text segments and (value, TYPE) segments so
that offsets are computed, never typed by hand. All values come from one
`random.Random(273241124)`; the output is byte-for-byte reproducible
(`--check` regenerates and compares).

Emphasis: phone calls as a Whisper-style recogniser writes them - partial inverse
text normalisation inside one reading ("4111 1111 one one one one"), capitals and
full stops in odd places ("... Four five."), words run together
("oneeighttwo"), digit homophones ("for", "to", "ate"), "oh"/"o"/"nought" for
zero, "double"/"triple", pairs ("forty one eleven"), letters as "b for bravo" /
"c as in charlie", values split across turns with agent back-channels, agent
read-backs, false starts, and typed chat in varied formats.

## Annotation conventions

* A span covers the value itself only: from the first to the last character of
  the reading (digits, number words, spelled letters including their
  "for bravo"/"as in charlie" phonetics, internal separators, fillers and
  punctuation *inside* the reading). Lead-ins ("it's", "my card is") and
  trailing words are outside.
* A value split across several turns gets one span per turn, all of the same type.
* Agent read-backs of a value are labelled like the customer's reading.
* False starts (a few digits then "no sorry wrong card") are left unlabelled;
  scoring ignores extra redaction in positive cases.
* EXPIRY covers month and year; DOB covers the whole date phrase including
  "the ... of"; ADDRESS is house number + street name + street type (and a
  leading "flat N"), not town; POSTCODE is the UK postcode / US ZIP (incl. +4) /
  Irish Eircode; PHONE includes a "+44"/"plus four four" country code.
* EMAIL covers the whole spoken or typed address ("j dot doe at gmail dot com").
* Negatives contain money, times, durations, counts, years, percentages,
  non-birth dates, order/ticket/claim/invoice/policy references, flight/room/model
  numbers, meter readings, speeds, ages and temperatures - nothing may be
  redacted there.

## Counts

%d positive cases, %d negative cases, %d spans.

| type | spans |
|---|---|
%s
""" % (npos, nneg, sum(counts.values()), rows)


def main():
    cases, groups = generate()
    problems, counts = check_cases(cases, groups)
    data = render(cases)
    text_readme = readme(cases, counts)
    if "--check" in sys.argv:
        if not os.path.exists(OUT) or open(OUT, encoding="utf-8").read() != data:
            problems.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != text_readme:
            problems.append("README.md differs from regenerated output")
        # re-parse file
        if os.path.exists(OUT):
            for k, ln in enumerate(open(OUT, encoding="utf-8"), 1):
                try:
                    json.loads(ln)
                except ValueError as exc:
                    problems.append("line %d of cases.jsonl is not valid JSON: %s" % (k, exc))
    npos = sum(1 for c in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170:
        problems.append("too few positives %d" % npos)
    if nneg < 100:
        problems.append("too few negatives %d" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            problems.append("type %s has %d spans < %d" % (t, counts[t], need))
    print("positives=%d negatives=%d spans=%d" % (npos, nneg, sum(counts.values())))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    if "--check" not in sys.argv:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(text_readme)
        print("wrote", OUT)
    for p in problems[:60]:
        print("PROBLEM:", p)
    if problems:
        print("%d problem(s)" % len(problems))
        sys.exit(1)
    print("check OK" if "--check" in sys.argv else "OK")


if __name__ == "__main__":
    main()

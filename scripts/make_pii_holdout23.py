#!/usr/bin/env python3
"""Generate the held-out PII redaction set tests/fixtures/pii_holdout23.

Written by an AI helper acting as an independent author who did not see the
redaction code.  Standard library only.  Output is byte-for-byte reproducible
(single random.Random seeded with 23231126).

    python scripts/make_pii_holdout23.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout23.py --check  # regenerate, verify, summarise
"""
import json
import os
import random
import re
import sys
from collections import Counter

SEED = 23231126
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout23")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

DIG = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "x-ray",
        "y": "yankee", "z": "zulu"}
NAMEWORD = {"a": "apple", "b": "bertie", "c": "charles", "d": "david", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
            "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "x": "xmas", "y": "yellow", "z": "zebra"}
LETTER_SAY = {"a": "a", "b": "b", "c": "c", "d": "d", "e": "e", "f": "f", "g": "g", "h": "h",
              "j": "j", "k": "k", "l": "l", "m": "m", "n": "n", "p": "p", "r": "r", "s": "s",
              "t": "t", "w": "w", "x": "x", "y": "y", "z": "z", "o": "o", "q": "q", "i": "i",
              "u": "u", "v": "v"}


# ----------------------------------------------------------------- values
def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19"])
    if kind == "visa":
        pre, n = "4" + str(R.randint(0, 9)), 16
    elif kind == "visa19":
        pre, n = "4" + str(R.randint(0, 9)), R.choice([13, 19])
    elif kind == "mc":
        pre, n = str(R.choice([51, 52, 53, 54, 55, 22])), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    else:
        pre, n = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:8], d[8:13]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    a = R.randint(1, 665)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"
BAD_NI = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI1) + R.choice(NI2)
        if p not in BAD_NI:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban():
    c = R.choice(["GB", "IE", "DE", "NL", "FR", "ES"])
    digs = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digs(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digs(14)
    elif c == "DE":
        bban = digs(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digs(10)
    elif c == "FR":
        bban = digs(23)
    else:
        bban = digs(20)
    return c + iban_check(c, bban) + bban


def fmt_iban(i):
    return " ".join(i[k:k + 4] for k in range(0, len(i), 4))


def make_phone(country):
    d = lambda k: "".join(str(R.randint(0, 9)) for _ in range(k))
    if country == "UK":
        return R.choice(["07" + str(R.randint(3, 9)) + d(8), "020" + str(R.randint(3, 8)) + d(7),
                         "0161" + d(7), "0131" + d(7)])
    if country == "IE":
        return "08" + R.choice("35679") + d(7)
    if country == "US":
        return str(R.randint(2, 9)) + d(2) + str(R.randint(2, 9)) + d(6)
    return "06" + d(8)  # NL mobile


FIRST = ["james", "sarah", "priya", "liam", "aoife", "marcus", "chloe", "tomasz", "nina",
         "darren", "fatima", "owen", "grace", "kevin", "mei", "siobhan", "raj", "ellen"]
LAST = ["okafor", "walsh", "patel", "murphy", "kowalski", "hughes", "brennan", "nguyen",
        "fitzgerald", "shaw", "doyle", "campbell", "reyes", "oconnor", "taylor", "khan"]
DOMS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net",
        "btinternet.com", "aol.com", "live.ie", "protonmail.com"]


def make_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + "." + f[0], f + str(R.randint(1970, 2005))])
    return local + "@" + R.choice(DOMS)


UK_OUT = ["SW1A", "M14", "LS6", "B15", "EH3", "G12", "CF10", "BS8", "NE1", "SW19", "N7",
          "E14", "BT9", "OX4", "CB2", "RG1", "L17", "NG7", "W1T", "EC2V", "SE15", "DN4", "PL4"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    return R.choice(UK_OUT) + " " + str(R.randint(1, 9)) + R.choice(IN_LET) + R.choice(IN_LET)


def make_zip():
    z = "%05d" % R.randint(1001, 99950)
    return z


STREETS = ["maple", "orchard", "station", "church", "victoria", "park", "mill", "highfield",
           "elm", "kingsway", "willow", "oak", "clarendon", "harbour", "meadow", "castle"]
SUF_UK = ["road", "street", "lane", "avenue", "close", "drive", "crescent", "terrace", "way", "grove"]
SUF_US = ["street", "avenue", "boulevard", "drive", "court", "road", "lane", "place"]


# ----------------------------------------------------------------- spoken forms
def sd(c, zero="zero"):
    return zero if c == "0" else DIG[int(c)]


def spoken_digits(s, zero=None, doubles=True, homo=False):
    """digit-by-digit reading, optional double/triple, oh/nought for zero."""
    zero = zero or R.choice(["zero", "oh", "o", "nought", "zero", "oh"])
    out, i = [], 0
    while i < len(s):
        c = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == c and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + sd(c, zero)); i += 3; continue
        if doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + sd(c, zero)); i += 2; continue
        w = sd(c, zero)
        if homo and R.random() < 0.15:
            w = {"two": "to", "four": "for", "eight": "ate", "one": "won"}.get(w, w)
        out.append(w)
        i += 1
    return " ".join(out)


def pair_word(p):
    a, b = p[0], p[1]
    if a == "0":
        return R.choice(["oh", "o"]) + " " + DIG[int(b)]
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return TENS[int(a)]
    return TENS[int(a)] + " " + DIG[int(b)]


def spoken_pairs(s):
    """'4111' -> 'forty one eleven'; odd leftover read as a digit"""
    out, i = [], 0
    while i + 1 < len(s):
        if s[i] >= "2" and s[i + 1] == "0":
            # a bare tens word ("forty") followed by a digit would be ambiguous
            out.append(DIG[int(s[i])] + " " + R.choice(["oh", "zero"]))
        else:
            out.append(pair_word(s[i:i + 2]))
        i += 2
    if i < len(s):
        out.append(sd(s[i], "oh"))
    return " ".join(out)


def spoken_year(y):
    y = str(y)
    if y.startswith("200"):
        return "two thousand " + ("and " if R.random() < 0.3 else "") + DIG[int(y[3])] if y[3] != "0" else "two thousand"
    return pair_word(y[:2]) + " " + pair_word(y[2:])


def spoken_letter(c, style):
    c = c.lower()
    if style == "nato":
        return c + " for " + NATO[c]
    if style == "natoonly":
        return NATO[c]
    if style == "name" and c in NAMEWORD:
        return c + " for " + NAMEWORD[c]
    return LETTER_SAY[c]


def spoken_alnum(s, letter_style=None, zero=None):
    out = []
    zero = zero or R.choice(["zero", "oh"])
    for c in s:
        if c == " ":
            continue
        if c.isdigit():
            out.append(sd(c, zero))
        else:
            st = letter_style or R.choice(["plain", "plain", "nato", "name"])
            if c.lower() == "o" and st != "natoonly":
                st = "nato"  # a bare spoken "o" would be read as zero
            out.append(spoken_letter(c, st))
    return " ".join(out)


# ----------------------------------------------------------------- normaliser (for --check)
UNITS = {w: str(i) for i, w in enumerate(DIG)}
UNITS.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "to": "2", "too": "2",
              "for": "4", "ate": "8", "won": "1"})
TEEN_MAP = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_MAP = {w: str(i) for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
NATO_REV["xray"] = "x"
FILLER = {"um", "uh", "er", "erm", "ah", "sorry", "no", "and", "dash", "hyphen", "space",
          "plus", "thousand", "slash"}


def normalise(text):
    """Best-effort conversion of a spoken/typed value to an upper-case alnum string."""
    t = text.lower().replace("x-ray", "xray").replace("-", " ").replace("/", " ").replace(".", " ").replace(",", " ")
    t = t.replace("(", " ").replace(")", " ").replace("+", " ").replace("_", " ")
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        if i + 2 < len(toks) and len(w) == 1 and w.isalpha() and toks[i + 1] in ("for", "as") \
                and toks[i + 2][:1] == w:
            out.append(w.upper()); i += 3; continue
        if i + 3 < len(toks) and len(w) == 1 and w.isalpha() and toks[i + 1] == "as" \
                and toks[i + 2] == "in" and toks[i + 3][:1] == w:
            out.append(w.upper()); i += 4; continue
        if w in ("double", "triple") and i + 1 < len(toks):
            nxt = toks[i + 1]
            v = UNITS.get(nxt) if nxt in UNITS else (nxt.upper() if len(nxt) == 1 else None)
            if v is not None:
                out.append(v * (2 if w == "double" else 3)); i += 2; continue
        if w == "hundred":
            out.append("00"); i += 1; continue
        if w in TENS_MAP:
            if i + 1 < len(toks) and toks[i + 1] in DIG[1:]:
                out.append(TENS_MAP[w] + UNITS[toks[i + 1]]); i += 2; continue
            out.append(TENS_MAP[w] + "0"); i += 1; continue
        if w in TEEN_MAP:
            out.append(TEEN_MAP[w]); i += 1; continue
        if w in UNITS:
            out.append(UNITS[w]); i += 1; continue
        if w in NATO_REV:
            out.append(NATO_REV[w].upper()); i += 1; continue
        if w in FILLER:
            i += 1; continue
        if re.fullmatch(r"[a-z0-9]+", w):
            out.append(w.upper())
        i += 1
    return "".join(out)


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")
STREET_WORDS = set(SUF_UK + SUF_US + ["rd", "st", "ave", "apartment", "apt", "flat", "unit"])


def validate(typ, text):
    n = normalise(text)
    d = re.sub(r"\D", "", n)
    low = text.lower()
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n)
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4)
    if typ == "SSN":
        return n.isdigit() and len(n) == 9
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n))
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 6 <= len(n) <= 12
    if typ == "IBAN":
        return re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{8,30}", n) is not None and mod97_ok(n)
    if typ == "PHONE":
        return n.isdigit() and 10 <= len(n) <= 13
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text)) or \
            (" at " in low and " dot " in low)
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(n)) or bool(re.fullmatch(r"[0-9]{5}([0-9]{4})?", n))
    if typ == "EXPIRY":
        if any(m in low for m in MONTHS):
            return len(d) in (2, 4)
        return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12
    if typ == "DOB":
        if any(m[:3] in low for m in MONTHS):
            return len(d) >= 4
        return len(d) in (6, 8) or bool(re.search(r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}", text))
    if typ == "ADDRESS":
        return any(w in STREET_WORDS for w in re.findall(r"[a-z]+", low)) and \
            (bool(re.search(r"\d", text)) or any(w in low.split() for w in DIG + TENS[2:] + TEENS))
    return False


# ----------------------------------------------------------------- case building
CASELIST = []


def seg_turn(segs):
    text, spans = "", []
    for s in segs:
        if isinstance(s, tuple):
            v, t = s
            spans.append((len(text), len(text) + len(v), t))
            text += v
        else:
            text += s
    return text, spans


def add(kind, turns, note):
    """turns: list of (speaker, [segments])"""
    out_turns, out_spans = [], []
    for i, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text, sp = seg_turn(segs)
        out_turns.append({"speaker": spk, "text": text})
        for s, e, t in sp:
            out_spans.append({"turn": i, "start": s, "end": e, "type": t})
    CASELIST.append((kind, out_turns, out_spans, note))


A, C = "agent", "customer"
BACK = ["mhm", "okay", "yep", "go on", "okay go on", "uh huh", "right", "yeah", "got it"]
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def card_spoken(d):
    mode = R.choice(["digits", "digits", "pairs", "mixed"])
    groups = group_card(d)
    parts = []
    for g in groups:
        if mode == "pairs" and len(g) == 4 and g[0] != "0" and g[2] != "0":
            parts.append(spoken_pairs(g))
        elif mode == "mixed" and len(g) == 4 and R.random() < 0.5 and g[0] != "0" and g[2] != "0":
            parts.append(spoken_pairs(g))
        else:
            parts.append(spoken_digits(g, homo=True))
    return parts


def card_typed(d):
    g = group_card(d)
    return R.choice([" ".join(g), "-".join(g), d, " ".join(g), "  ".join(g) if False else " ".join(g)])


# ---------------- positive templates
def p_card_call_one_turn(ind):
    d = make_card()
    sp = " ".join(card_spoken(d))
    lead = R.choice(["yeah it's ", "okay so it's ", "right the long number is ", "um ", "it's a visa "])
    tail = R.choice(["", " and that's the one ending in the eight", " that's it", " um yeah"])
    add("positive", [(A, R.choice(["and the long number on the front of the card please",
                                    "can i take the card number", "go ahead with the sixteen digits"])),
                     (C, [lead, (sp, "CARD_NUMBER"), tail])],
        "call/%s: card read in one ASR turn (oh/double/pairs/homophones)" % ind)


def p_card_call_split(ind):
    d = make_card()
    parts = card_spoken(d)
    turns = [(A, "okay whenever you're ready with the card number")]
    for k, p in enumerate(parts):
        pre = R.choice(["", "", "uh ", "right ", "then "]) if k else R.choice(["sure ", "okay ", ""])
        post = R.choice(["", "", " um", " yeah"])
        turns.append((C, [pre, (p, "CARD_NUMBER"), post]))
        if k < len(parts) - 1:
            turns.append((A, R.choice(BACK)))
    turns.append((A, "thank you and the expiry"))
    ex = spoken_expiry()
    turns.append((C, ["it's ", (ex, "EXPIRY")]))
    add("positive", turns, "call/%s: card split across customer turns with back-channels, then expiry" % ind)


def spoken_expiry():
    m, y = R.randint(1, 12), R.randint(26, 32)
    mm = "%02d" % m
    f = R.choice(["mmyy", "mmyy", "month", "month20"])
    if f == "mmyy":
        ms = (R.choice(["oh", "zero", "o"]) + " " + DIG[m]) if m < 10 else pair_word(mm)
        return ms + " " + pair_word("%02d" % y)
    if f == "month":
        return MONTHS[m - 1] + " " + pair_word("%02d" % y)
    return MONTHS[m - 1] + " twenty " + pair_word("%02d" % y)


def typed_expiry():
    m, y = R.randint(1, 12), R.randint(26, 32)
    return R.choice(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
                     "%d/%02d" % (m, y) if m >= 10 else "%02d/%02d" % (m, y), "%02d %02d" % (m, y)])


def p_card_chat(ind):
    d = make_card()
    cvv = "%04d" % R.randint(0, 9999) if len(d) == 15 else "%03d" % R.randint(0, 999)
    ex = typed_expiry()
    style = R.randint(0, 3)
    if style == 0:
        add("positive", [(C, ["card is ", (card_typed(d), "CARD_NUMBER"), " exp ", (ex, "EXPIRY"),
                              " cvv ", (cvv, "CVV")])],
            "chat/%s: card, expiry and cvv typed in one line" % ind)
    elif style == 1:
        add("positive", [(A, "Please can you confirm the card you'd like to use for the £%d.%02d payment?" % (R.randint(10, 900), R.randint(0, 99))),
                         (C, [(card_typed(d), "CARD_NUMBER")]),
                         (C, ["expires ", (ex, "EXPIRY"), " and the 3 digits on back are ", (cvv, "CVV")])],
            "chat/%s: card alone in a message, expiry+cvv in the next; amount unlabelled" % ind)
    elif style == 2:
        g = group_card(d)
        add("positive", [(C, ["ok the numbr is ", (" ".join(g[:2]), "CARD_NUMBER")]),
                         (C, ["sorry pressed enter lol ", (" ".join(g[2:]), "CARD_NUMBER")]),
                         (A, "Thanks, and the security code?"),
                         (C, [(cvv, "CVV")])],
            "chat/%s: card split over two typed messages, bare cvv reply" % ind)
    else:
        add("positive", [(C, ["pls charge my card " + R.choice(["", "(visa) "]), (d, "CARD_NUMBER"),
                              ", its valid till ", (ex, "EXPIRY"), ". Order #%d" % R.randint(100000, 9999999)])],
            "chat/%s: unspaced card, expiry; order number unlabelled" % ind)


def p_card_selfcorrect(ind):
    d = make_card()
    g = group_card(d)
    cvv = "%03d" % R.randint(0, 999)
    t1 = spoken_digits(g[0]) + " " + spoken_digits(g[1][:2], doubles=False)
    add("positive", [(A, "what's the card number"),
                     (C, [(t1, "CARD_NUMBER"), R.choice([" no sorry that's the old card hang on ", " um sorry let me start again ", " wait no "]),
                          (" ".join(spoken_digits(x) for x in g), "CARD_NUMBER")]),
                     (A, ["so that's ", (" ".join(spoken_digits(x, doubles=False) for x in g), "CARD_NUMBER"), " yeah"]),
                     (C, "yes that's right"),
                     (A, "and the three digit code on the back"),
                     (C, [(spoken_digits(cvv), "CVV")])],
        "call/%s: caller restarts mid card (partial reading labelled), agent reads card back, cvv" % ind)


def p_cvv_expiry_call(ind):
    cvv = "%03d" % R.randint(0, 999)
    ex = spoken_expiry()
    add("positive", [(A, "and what's the expiry date on the card"),
                     (C, ["um ", (ex, "EXPIRY")]),
                     (A, "lovely and the security number on the back the last three"),
                     (C, ["it's ", (spoken_digits(cvv), "CVV"), R.choice(["", " i think", " yeah"])])],
        "call/%s: expiry and cvv in separate answers" % ind)


def p_ssn(ind):
    s = make_ssn()
    style = R.randint(0, 5)
    if style == 0:
        add("positive", [(A, "can you verify the last four of your social"),
                         (C, "sure, actually do you want the whole thing"),
                         (A, "the full number is fine"),
                         (C, [(spoken_digits(s), "SSN")])],
            "call/%s: full SSN digits in one turn" % ind)
    elif style == 1:
        add("positive", [(A, "and your social security number please"),
                         (C, [(spoken_digits(s[:3]), "SSN")]), (A, R.choice(BACK)),
                         (C, [(spoken_digits(s[3:5]), "SSN")]), (A, R.choice(BACK)),
                         (C, [(spoken_digits(s[5:]), "SSN"), " and that's it"])],
            "call/%s: SSN split 3-2-4 over turns" % ind)
    elif style == 2:
        typed = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                          s[:3] + "." + s[3:5] + "." + s[5:]])
        add("positive", [(C, ["My SSN is ", (typed, "SSN"), " and my claim number is %d" % R.randint(1000000, 99999999)])],
            "chat/%s: typed SSN with claim number nearby (unlabelled)" % ind)
    elif style == 3:
        t = spoken_pairs(s[:2]) + " " + spoken_digits(s[2]) + " " + spoken_digits(s[3:5]) + " " + spoken_pairs(s[5:9])
        add("positive", [(A, "for verification i'll need your social"),
                         (C, ["yeah it's uh ", (t, "SSN"), " my wife's is different obviously"])],
            "call/%s: SSN read with pairs mixed in" % ind)
    elif style == 4:
        add("positive", [(C, ["social is ", (spoken_digits(s[:3]) + " " + spoken_digits(s[3:5]), "SSN"), " hang on"]),
                         (A, "no problem take your time"),
                         (C, ["okay ", (spoken_digits(s[5:]), "SSN")]),
                         (A, ["so ", (spoken_digits(s, doubles=False), "SSN"), " correct"]),
                         (C, "correct")],
        "call/%s: SSN interrupted, agent reads back" % ind)
    else:
        typed = s[:3] + "-" + s[3:5] + "-" + s[5:]
        add("positive", [(A, "To update your W-2 details I need your social security number and date of birth."),
                         (C, [(typed, "SSN"), " / dob ", ("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1950, 2003)), "DOB")])],
            "chat/%s: SSN and DOB in one typed line" % ind)


def p_ni(ind):
    n = make_ni()
    style = R.randint(0, 5)
    typed = R.choice([n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n, n.lower(),
                      n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]])
    if style == 0:
        add("positive", [(A, "Can I take your National Insurance number please?"),
                         (C, ["its ", (typed, "NI_NUMBER")])],
            "chat/%s: NI typed with varied spacing/case" % ind)
    elif style == 1:
        add("positive", [(A, "and your national insurance number"),
                         (C, ["yeah it's ", (spoken_alnum(n, R.choice(["plain", "nato", "name", None])), "NI_NUMBER")])],
            "call/%s: NI spelt letter by letter (phonetic)" % ind)
    elif style == 2:
        t1 = spoken_alnum(n[:2], "nato")
        add("positive", [(A, "national insurance number when you're ready"),
                         (C, [(t1, "NI_NUMBER")]), (A, R.choice(BACK)),
                         (C, [(spoken_pairs(n[2:8]) if "0" not in n[2:8:2] else spoken_digits(n[2:8]), "NI_NUMBER")]),
                         (A, "and the letter at the end"),
                         (C, [(spoken_alnum(n[8], R.choice(["plain", "nato"])), "NI_NUMBER")])],
            "call/%s: NI split over turns, pairs for digits" % ind)
    elif style == 3:
        add("positive", [(C, ["NI no. ", (typed, "NI_NUMBER"), " - I've been on universal credit for %d months" % R.randint(2, 30)])],
            "chat/%s: NI with unrelated count nearby" % ind)
    elif style == 4:
        add("positive", [(A, "what's your n i number"),
                         (C, ["it's ", (spoken_alnum(n[:2], "plain") + " " + spoken_digits(n[2:8]) + " " + spoken_alnum(n[8], "plain"), "NI_NUMBER")]),
                         (A, ["let me just read that back ", (spoken_alnum(n, "nato"), "NI_NUMBER")]),
                         (C, "spot on")],
            "call/%s: NI read by caller, read back by agent in NATO" % ind)
    else:
        add("positive", [(C, ["Hi, my national insurance is ", (typed, "NI_NUMBER"), " and postcode ", (make_uk_pc(), "POSTCODE")])],
            "chat/%s: NI and postcode in one message" % ind)


def p_bank(ind):
    acct = "".join(str(R.randint(0, 9)) for _ in range(8))
    sc = "".join(str(R.randint(0, 9)) for _ in range(6))
    style = R.randint(0, 4)
    if style == 0:
        add("positive", [(A, "what's the sort code and account number for the direct debit"),
                         (C, ["sort code ", (spoken_pairs(sc) if sc[0] != "0" and sc[2] != "0" and sc[4] != "0" else spoken_digits(sc), "SORT_CODE"),
                              " account number ", (spoken_digits(acct), "BANK_ACCOUNT")])],
            "call/%s: sort code in pairs and account in one turn" % ind)
    elif style == 1:
        add("positive", [(C, ["sort code ", (R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), "SORT_CODE"),
                              ", acc ", (acct, "BANK_ACCOUNT")])],
            "chat/%s: typed sort code and account" % ind)
    elif style == 2:
        add("positive", [(A, "the account number please"),
                         (C, [(spoken_digits(acct[:4]), "BANK_ACCOUNT")]), (A, R.choice(BACK)),
                         (C, [(spoken_digits(acct[4:]), "BANK_ACCOUNT")]),
                         (A, "and the sort code"),
                         (C, [(spoken_digits(sc[:2]), "SORT_CODE"), " dash ", (spoken_digits(sc[2:4]), "SORT_CODE"), " dash ", (spoken_digits(sc[4:]), "SORT_CODE")])],
            "call/%s: account split over turns, sort code with spoken dashes" % ind)
    elif style == 3:
        us = "".join(str(R.randint(0, 9)) for _ in range(R.randint(9, 12)))
        add("positive", [(A, "Which checking account should the refund of $%d.%02d go to?" % (R.randint(20, 800), R.randint(0, 99))),
                         (C, ["acct # ", (us, "BANK_ACCOUNT"), " at my credit union"])],
            "chat/%s: US account number; refund amount unlabelled" % ind)
    else:
        add("positive", [(C, ["the account is ", (spoken_digits(acct), "BANK_ACCOUNT"), " and the balance should be about " + R.choice(["four hundred quid", "two thousand and six pounds", "ninety euro"])])],
            "call/%s: account number followed by spoken balance (unlabelled)" % ind)


def p_iban(ind):
    ib = make_iban()
    style = R.randint(0, 3)
    if style == 0:
        add("positive", [(C, ["IBAN: ", (R.choice([fmt_iban(ib), ib, fmt_iban(ib).lower()]), "IBAN")])],
            "chat/%s: typed IBAN (%s)" % (ind, ib[:2]))
    elif style == 1:
        add("positive", [(A, "and the iban for the refund"),
                         (C, ["okay it's ", (spoken_alnum(ib[:4], R.choice(["plain", "nato"])) + " " + spoken_digits(ib[4:], doubles=True) if ib[4:].isdigit() else spoken_alnum(ib, R.choice(["plain", "nato"])), "IBAN")])],
            "call/%s: IBAN spoken in full (%s)" % (ind, ib[:2]))
    elif style == 2:
        chunks = [ib[k:k + 4] for k in range(0, len(ib), 4)]
        mid = len(chunks) // 2
        add("positive", [(A, "go ahead with the iban"),
                         (C, [(spoken_alnum("".join(chunks[:mid])), "IBAN")]), (A, R.choice(BACK)),
                         (C, [(spoken_alnum("".join(chunks[mid:])), "IBAN")])],
            "call/%s: IBAN over two turns (%s)" % (ind, ib[:2]))
    else:
        add("positive", [(A, "Please send the IBAN for the SEPA transfer of €%d" % R.randint(50, 3000)),
                         (C, ["Sure, ", (fmt_iban(ib), "IBAN"), " (account holder me)"])],
            "chat/%s: IBAN in chat with amount nearby (%s)" % (ind, ib[:2]))


def phone_spoken(p):
    mode = R.choice(["digits", "digits", "groups"])
    if mode == "digits":
        return spoken_digits(p, homo=True)
    return " ".join(spoken_digits(p[k:k + 3]) for k in range(0, len(p), 3))


def p_phone(ind):
    country = R.choice(["UK", "UK", "US", "IE", "NL"])
    p = make_phone(country)
    style = R.randint(0, 4)
    if style == 0:
        typed = {"UK": R.choice([p[:5] + " " + p[5:], "+44 " + p[1:5] + " " + p[5:], "(" + p[:5] + ") " + p[5:], p]),
                 "US": R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:])]),
                 "IE": R.choice(["+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], p[:3] + " " + p[3:]]),
                 "NL": R.choice(["+31 6 " + p[2:], p])}[country]
        add("positive", [(C, ["best number to call me back is ", (typed, "PHONE"), " after %d pm" % R.randint(2, 6)])],
            "chat/%s: typed %s phone; callback time unlabelled" % (ind, country))
    elif style == 1:
        add("positive", [(A, "is there a contact number"),
                         (C, ["yeah my mobile it's ", (phone_spoken(p), "PHONE")])],
            "call/%s: %s phone read digit by digit" % (ind, country))
    elif style == 2:
        add("positive", [(A, "what's a good number for you"),
                         (C, [(spoken_digits(p[:5]), "PHONE")]), (A, R.choice(BACK)),
                         (C, [(spoken_digits(p[5:]), "PHONE")]),
                         (A, ["that's ", (spoken_digits(p, doubles=False), "PHONE")]),
                         (C, "yep")],
            "call/%s: %s phone split, agent reads back" % (ind, country))
    elif style == 3:
        intl = {"UK": "plus four four " + spoken_digits(p[1:]), "US": "plus one " + spoken_digits(p),
                "IE": "plus three five three " + spoken_digits(p[1:]), "NL": "plus three one " + spoken_digits(p[1:])}[country]
        add("positive", [(C, ["you can reach me on ", (intl, "PHONE"), " i'm away for two weeks"])],
            "call/%s: international %s phone spoken with plus" % (ind, country))
    else:
        p2 = make_phone(country)
        add("positive", [(A, "any other number"),
                         (C, ["home is ", (spoken_digits(p), "PHONE"), " and work is ", (spoken_digits(p2), "PHONE")])],
            "call/%s: two %s phones in one turn" % (ind, country))


def email_spoken(e):
    local, dom = e.split("@")
    def part(x):
        bits = []
        for k, piece in enumerate(re.split(r"([._])", x)):
            if piece == ".":
                bits.append("dot")
            elif piece == "_":
                bits.append("underscore")
            elif piece:
                m = re.match(r"([a-z]+)(\d*)", piece)
                word = m.group(1)
                if R.random() < 0.3 and len(word) <= 6:
                    bits.append(" ".join(word))
                else:
                    bits.append(word)
                if m.group(2):
                    bits.append(spoken_digits(m.group(2)) if R.random() < 0.5 else spoken_pairs(m.group(2)))
        return " ".join(bits)
    return part(local) + " at " + part(dom).replace("gmail", R.choice(["gmail", "g mail"])).replace("hotmail", R.choice(["hotmail", "hot mail"]))


def p_email(ind):
    e = make_email()
    style = R.randint(0, 3)
    if style == 0:
        add("positive", [(C, ["email me at ", (R.choice([e, e.upper() if False else e, e.capitalize()]), "EMAIL"), " thx"])],
            "chat/%s: typed email" % ind)
    elif style == 1:
        add("positive", [(A, "and an email address for the confirmation"),
                         (C, ["yeah it's ", (email_spoken(e), "EMAIL")])],
            "call/%s: email spoken with at/dot" % ind)
    elif style == 2:
        local, dom = e.split("@")
        add("positive", [(A, "email address please"),
                         (C, [(email_spoken(local + "@x.com").split(" at ")[0], "EMAIL")]),
                         (A, R.choice(["mhm", "okay", "yep go on"])),
                         (C, [("at " + email_spoken("x@" + dom).split(" at ")[1], "EMAIL")])],
            "call/%s: email split over turns" % ind)
    else:
        add("positive", [(C, ["Please update my contact email to ", (e, "EMAIL"), ", the old one (", (make_email(), "EMAIL"), ") is closed"])],
            "chat/%s: two typed emails" % ind)


LAST_DOB_YEAR = [1980]


def spoken_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    LAST_DOB_YEAR[0] = y
    f = R.randint(0, 3)
    if f == 0:
        return "the " + ORD[d - 1] + " of " + MONTHS[m - 1] + " " + spoken_year(y)
    if f == 1:
        return MONTHS[m - 1] + " " + ORD[d - 1] + " " + spoken_year(y)
    if f == 2:
        return spoken_digits("%02d" % d, doubles=False) + " " + spoken_digits("%02d" % m, doubles=False) + " " + spoken_year(y)
    return ORD[d - 1] + " " + MONTHS[m - 1] + " " + spoken_year(y)


def age_words(a):
    a = max(a - 1, 18)
    return TEENS[a - 10] if a < 20 else (TENS[a // 10] + ("" if a % 10 == 0 else " " + DIG[a % 10]))


def typed_dob():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2006)
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y), "%02d-%02d-%d" % (m, d, y)])


def p_dob(ind):
    style = R.randint(0, 3)
    if style == 0:
        add("positive", [(A, "can i take your date of birth"),
                         (C, ["yeah it's ", (spoken_dob(), "DOB")])],
            "call/%s: spoken DOB" % ind)
    elif style == 1:
        add("positive", [(C, ["DOB ", (typed_dob(), "DOB"), ", appointment on the %s is fine" % R.choice(["3rd", "14th", "22nd"])])],
            "chat/%s: typed DOB; appointment date unlabelled" % ind)
    elif style == 2:
        add("positive", [(A, "and just to confirm security your date of birth"),
                         (C, ["i was born on ", (spoken_dob(), "DOB"), " so i'm %s now" % age_words(2026 - LAST_DOB_YEAR[0])])],
            "call/%s: DOB with age nearby (age unlabelled)" % ind)
    else:
        add("positive", [(A, "What's the patient's date of birth?"),
                         (C, ["it's my son, he was born ", (typed_dob(), "DOB")])],
            "chat/%s: dependant's DOB" % ind)


def p_address(ind):
    uk = R.random() < 0.6
    num = R.randint(1, 240)
    st = R.choice(STREETS) + " " + R.choice(SUF_UK if uk else SUF_US)
    style = R.randint(0, 3)
    pc = make_uk_pc() if uk else make_zip()
    if style == 0:
        addr = "%d %s" % (num, st.title())
        city = R.choice(["Leeds", "Manchester", "Bristol", "Glasgow"]) if uk else R.choice(["Austin, TX", "Columbus, OH", "Denver, CO"])
        add("positive", [(C, ["New address is ", (addr, "ADDRESS"), ", " + city + " ", (pc, "POSTCODE")])],
            "chat/%s: typed street address + %s" % (ind, "postcode" if uk else "ZIP"))
    elif style == 1:
        sn = str(num)
        if num >= 100:
            sp_num = DIG[int(sn[0])] + " " + (pair_word(sn[1:]) if sn[1] != "0" else R.choice(["oh", "o"]) + " " + DIG[int(sn[2])] if sn[2] != "0" else "hundred")
        elif num >= 10:
            sp_num = pair_word(sn)
        else:
            sp_num = DIG[num]
        pcs = spoken_alnum(pc, R.choice(["plain", "nato", None])) if uk else spoken_digits(pc)
        add("positive", [(A, "and the first line of the address"),
                         (C, [(sp_num + " " + st, "ADDRESS")]),
                         (A, "and the %s" % ("postcode" if uk else "zip code")),
                         (C, [(pcs, "POSTCODE")])],
            "call/%s: spoken address and %s in separate turns" % (ind, "postcode" if uk else "ZIP"))
    elif style == 2:
        flat = R.randint(1, 30)
        hn = R.randint(2, 99)
        hs = DIG[hn] if hn < 10 else (pair_word(str(hn)) if str(hn)[1] != "0" or hn < 20 else TENS[hn // 10])
        addr = "flat %s %s %s" % (DIG[flat] if flat < 10 else pair_word(str(flat)) if str(flat)[1] != "0" or flat < 20 else TENS[flat // 10], hs, st)
        add("positive", [(C, ["it's ", (addr, "ADDRESS"), " um near the big tesco"])],
            "call/%s: flat number + street, landmark unlabelled" % ind)
    else:
        add("positive", [(C, ["ship to ", ("%d %s, Apt %d" % (num, st.title(), R.randint(1, 40)), "ADDRESS"), " ", (pc if uk else make_zip() + "-" + "%04d" % R.randint(1, 9999), "POSTCODE"),
                              " pls, it's order %d" % R.randint(10000, 999999)])],
            "chat/%s: address with apartment and postcode/ZIP+4, order number unlabelled" % ind)


def p_postcode(ind):
    pc = make_uk_pc()
    style = R.randint(0, 2)
    if style == 0:
        add("positive", [(A, "what's the postcode there"),
                         (C, [(spoken_alnum(pc, None), "POSTCODE")])],
            "call/%s: UK postcode mixed letter styles" % ind)
    elif style == 1:
        out, inn = pc.split()
        add("positive", [(A, "postcode please"),
                         (C, [(spoken_alnum(out, "nato"), "POSTCODE")]), (A, R.choice(BACK)),
                         (C, [(spoken_alnum(inn, "plain"), "POSTCODE")])],
            "call/%s: postcode split outward/inward" % ind)
    else:
        add("positive", [(C, ["my postcode is ", (R.choice([pc, pc.lower(), pc.replace(" ", "")]), "POSTCODE"), " for the engineer visit on tuesday"])],
            "chat/%s: typed postcode, lower/no space" % ind)


def p_combo(ind):
    """several types in one call"""
    d = make_card()
    n = make_ni()
    p = make_phone("UK")
    add("positive", [(A, "so for security your ni number"),
                     (C, [(spoken_alnum(n, "plain"), "NI_NUMBER")]),
                     (A, "thanks and your phone number"),
                     (C, [(spoken_digits(p), "PHONE"), " that's my mobile"]),
                     (A, "and the card you'd like to pay the %s pounds with" % R.choice(["forty two", "ninety nine", "one hundred and twelve"])),
                     (C, [(" ".join(card_spoken(d)), "CARD_NUMBER")])],
        "call/%s: NI, phone and card in one call; amount unlabelled" % ind)


def p_ssn_zip(ind):
    s = make_ssn()
    z = make_zip()
    add("positive", [(A, "i just need the last four of your social and your zip"),
                     (C, ["sure social is ", (spoken_digits(s), "SSN"), " well the whole thing and zip is ", (spoken_digits(z), "POSTCODE")])],
        "call/%s: full SSN and ZIP in one turn" % ind)


# ---------------- negative templates
def n_money(ind):
    add("negative", [(A, "your balance is %s pounds and %s pence" % (R.choice(["four hundred and twelve", "one thousand two hundred", "ninety eight", "two thousand three hundred and six"]), R.choice(["forty", "twelve", "ninety nine"]))),
                     (C, "okay and when's the next payment due"),
                     (A, "on the %s of %s" % (R.choice(ORD[:28]), R.choice(MONTHS)))],
        "call/%s: spoken balance and payment date" % ind)


def n_chat_money(ind):
    add("negative", [(C, "I was charged $%d.%02d on %02d/%02d but the price should be $%d.%02d, order #%d" % (R.randint(10, 2000), R.randint(0, 99), R.randint(1, 12), R.randint(1, 28), R.randint(10, 2000), R.randint(0, 99), R.randint(100000, 99999999)))],
        "chat/%s: amounts, a transaction date and an order number" % ind)


def n_ref(ind):
    ref = "".join(str(R.randint(0, 9)) for _ in range(R.randint(6, 10)))
    word = R.choice(["reference number", "claim number", "ticket number", "case reference", "invoice number", "booking reference"])
    add("negative", [(A, "have you got your %s" % word),
                     (C, "yeah it's %s" % spoken_digits(ref, doubles=True))],
        "call/%s: spoken %s" % (ind, word))


def n_ref_chat(ind):
    word = R.choice(["Ticket", "Invoice", "Claim", "Ref", "Order no."])
    add("negative", [(C, "%s %d - still waiting %d days for the refund of £%d.%02d" % (word, R.randint(100000, 9999999999), R.randint(3, 40), R.randint(5, 700), R.randint(0, 99)))],
        "chat/%s: reference number with duration and amount" % ind)


def n_flight(ind):
    add("negative", [(C, "i'm on flight %s %s on the %s departing at %s" % (R.choice(["b a", "e i", "u a", "f r"]), spoken_digits(str(R.randint(100, 9999)), doubles=False), R.choice(ORD[:28]), R.choice(["ten fifteen", "six forty five am", "half past nine", "nineteen thirty"]))),
                     (A, "okay and how many bags, you're allowed %s kilos" % R.choice(["twenty three", "thirty two", "fifteen"])),
                     (C, "two bags and i'm in row %s" % R.choice(["fourteen", "twenty two", "thirty one"]))],
        "call/%s: flight number, times, weights, seat row" % ind)


def n_meter(ind):
    add("negative", [(A, "can you read me the meter reading"),
                     (C, "it says %s" % spoken_digits("%05d" % R.randint(0, 99999), doubles=False)),
                     (A, "thanks that's about %s units a day at %s pence per kilowatt hour" % (R.choice(["eight", "twelve", "nine point five"]), R.choice(["twenty four", "twenty eight point six", "thirty one"])))],
        "call/%s: meter reading, unit rate" % ind)


def n_tech(ind):
    add("negative", [(C, "My router model is %s and I'm only getting %d Mbps of the %d I pay for, %d%% packet loss since %d" % (R.choice(["TP-Link Archer AX55", "Hub 4", "HG612", "Fritz!Box 7530"]), R.randint(2, 80), R.choice([100, 500, 900]), R.randint(2, 40), R.randint(2019, 2025)))],
        "chat/%s: model number, speeds, percent, year" % ind)


def n_appt(ind):
    add("negative", [(A, "i can book you in for %s the %s of %s at %s" % (R.choice(["monday", "thursday", "friday"]), R.choice(ORD[:28]), R.choice(MONTHS), R.choice(["two thirty", "nine am", "quarter to eleven"]))),
                     (C, "that works, how long will it take"),
                     (A, "about %s minutes and it costs %s" % (R.choice(["forty five", "ninety", "twenty"]), R.choice(["sixty five pounds", "thirty euro", "a hundred and twenty dollars"])))],
        "call/%s: appointment date/time, duration, price" % ind)


def n_age_temp(ind):
    add("negative", [(C, "my mum is %s and the heating's been off for %s days, it's %s degrees in the house" % (R.choice(["eighty seven", "ninety one", "seventy four"]), R.choice(["three", "six", "eleven"]), R.choice(["eleven", "nine", "fourteen"]))),
                     (A, "i'm so sorry, i'll log that as priority, there are %s engineers out in your area today" % R.choice(["four", "twelve", "two"]))],
        "call/%s: age, durations, temperature, counts" % ind)


def n_contract(ind):
    add("negative", [(C, "Contract started %s %d, %d for %d months at £%d.%02d/month, early exit fee was %d%%" % (R.choice(MONTHS).capitalize(), R.randint(1, 28), R.randint(2018, 2025), R.choice([12, 18, 24, 36]), R.randint(10, 90), R.randint(0, 99), R.randint(5, 50))),
                     (A, "Thanks. Room for a discount: I can offer %d GB for £%d." % (R.choice([50, 100, 200]), R.randint(10, 40)))],
        "chat/%s: contract start date, months, prices, percentages" % ind)


def n_hotel(ind):
    add("negative", [(C, "we're in room %s for %s nights, checked in at %s" % (R.choice(["four twelve", "two hundred and six", "one oh nine", "fifteen twenty"]), R.choice(["three", "five", "two"]), R.choice(["three pm", "half four", "eleven"]))),
                     (A, "the minibar charge was %s and breakfast is %s per person" % (R.choice(["eighteen fifty", "thirty two dollars", "nine euro"]), R.choice(["twelve pounds", "fifteen euro"])))],
        "call/%s: room number, nights, times, charges" % ind)


def n_counts(ind):
    add("negative", [(C, "i ordered %s of the %s and only %s arrived, the box said %s" % (R.choice(["six", "twelve", "twenty four"]), R.choice(["a four", "forty eight inch", "two litre"]), R.choice(["four", "ten", "three"]), R.choice(["pack of twelve", "batch two two four", "size ten"]))),
                     (A, "sorry about that, we'll refund %s and the delivery was %s" % (R.choice(["nineteen ninety nine", "forty pounds", "six fifty"]), R.choice(["three ninety five", "free"])))],
        "call/%s: quantities, sizes, prices" % ind)


def n_year_pct(ind):
    add("negative", [(A, "your premium went up %s percent from %s to %s" % (R.choice(["twelve", "eight point five", "twenty"]), R.choice(["two thousand and twenty three", "twenty twenty two"]), R.choice(["twenty twenty four", "twenty twenty five"]))),
                     (C, "that's ridiculous, i've been with you since %s and the car's only a %s" % (R.choice(["nineteen ninety eight", "two thousand and five"]), R.choice(["twenty fifteen", "two thousand and twelve"])))],
        "call/%s: percentages and years (not DOB)" % ind)


def n_last_contact(ind):
    add("negative", [(C, "I called on %d/%d at %d:%02d and was on hold %d mins, spoke to agent %d" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 18), R.randint(0, 59), R.randint(5, 90), R.randint(100, 999))),
                     (A, "Sorry about that. Your case %d is escalated; expect a reply within %d working days." % (R.randint(1000000, 99999999), R.randint(2, 10)))],
        "chat/%s: contact date/time, hold duration, agent id, case number" % ind)


def p_hard_mix(ind):
    style = R.randint(0, 7)
    if style == 0:
        d = make_card()
        g = group_card(d)
        sep = R.choice([".", "/", " - ", "_"])
        add("positive", [(C, ["card no: ", (sep.join(g), "CARD_NUMBER"), " exp ", (typed_expiry(), "EXPIRY"), " sec code ", ("%03d" % R.randint(0, 999), "CVV")])],
            "chat/%s: card with unusual separators" % ind)
    elif style == 1:
        p = str(R.randint(2, 9)) + str(R.randint(0, 9)) + str(R.randint(2, 9)) + "800" + "".join(str(R.randint(1, 9)) for _ in range(4))
        t = spoken_digits(p[:3], doubles=False) + " eight hundred " + spoken_pairs(p[6:])
        add("positive", [(A, "and a callback number"),
                         (C, ["area code ", (t, "PHONE")])],
            "call/%s: US phone with 'eight hundred' exchange and pairs; 'area code' outside" % ind)
    elif style == 2:
        n = make_ni()
        add("positive", [(C, ["my ni is ", (n[:2].lower() + " " + n[2:5] + " " + n[5:8] + n[8].lower(), "NI_NUMBER"), " sorry, no its ", (n[:2] + n[2:8] + n[8], "NI_NUMBER"), " i mistyped"])],
            "chat/%s: NI typed twice with odd grouping" % ind)
    elif style == 3:
        s_ = make_ssn()
        add("positive", [(A, "can i get your social security number"),
                         (C, [(spoken_digits(s_[:3]), "SSN"), " um my wife usually does this ", (spoken_digits(s_[3:5]), "SSN"), " yeah ", (spoken_digits(s_[5:]), "SSN")])],
            "call/%s: SSN with filler chit-chat between groups in one turn" % ind)
    elif style == 4:
        e = make_email()
        local, dom = e.split("@")
        add("positive", [(A, "what's the email on the account"),
                         (C, ["it's ", (" ".join(local.replace(".", " dot ").replace("_", " underscore ").split()) + " at " + dom.split(".")[0] + " dot " + " dot ".join(dom.split(".")[1:]), "EMAIL"),
                              " all lower case"]),
                         (A, ["so that's ", (email_spoken(e), "EMAIL")]),
                         (C, "yes")],
            "call/%s: email spoken then read back by agent" % ind)
    elif style == 5:
        num = R.randint(1000, 9899)
        st = R.choice(STREETS) + " " + R.choice(SUF_US)
        z = make_zip()
        add("positive", [(A, "what's the service address"),
                         (C, [(spoken_pairs(str(num)) + " " + st, "ADDRESS"), " in ", R.choice(["phoenix", "tampa", "boise"]), " ", (spoken_digits(z), "POSTCODE")])],
            "call/%s: US house number in pairs + ZIP in one turn" % ind)
    elif style == 6:
        n = make_ni()
        s_ = make_ssn()
        add("positive", [(C, ["I've lived in both countries - UK NI ", (n, "NI_NUMBER"), ", US SSN ", (s_[:3] + "-" + s_[3:5] + "-" + s_[5:], "SSN"), ". Pension ref %d." % R.randint(100000, 9999999)])],
            "chat/%s: NI and SSN in one message plus pension reference (unlabelled)" % ind)
    else:
        ib = make_iban()
        acct = "".join(str(R.randint(0, 9)) for _ in range(8))
        sc = "".join(str(R.randint(0, 9)) for _ in range(6))
        add("positive", [(C, ["For the refund: IBAN ", (ib, "IBAN"), " or UK acc ", (acct, "BANK_ACCOUNT"), " s/c ", (sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE")])],
            "chat/%s: IBAN plus UK account and sort code" % ind)


def n_tracking(ind):
    add("negative", [(A, "your parcel tracking number is %s and it's due between %s and %s" % (spoken_digits("".join(str(R.randint(0, 9)) for _ in range(9))), R.choice(["ten", "eight am"]), R.choice(["two", "six pm"]))),
                     (C, "great it weighs about %s kilos so i'll need help" % R.choice(["twenty", "forty five", "eighteen"]))],
        "call/%s: tracking number read digit by digit, time window, weight" % ind)


def n_typed_money(ind):
    add("negative", [(C, "Statement shows %s, %s and %s. Limit is %s. Why?" % ("£%s" % format(R.randint(1000, 99999), ","), "€%d.%02d" % (R.randint(1, 999), R.randint(0, 99)), "$%s.00" % format(R.randint(1000, 9999999), ","), "£%s" % format(R.randint(1000, 20000), ","))),
                     (A, "Those are pending for %d-%d business days. Interest is %d.%d%% APR." % (R.randint(1, 3), R.randint(4, 7), R.randint(9, 39), R.randint(0, 9)))],
        "chat/%s: large typed amounts with thousands separators, APR" % ind)


def n_spoken_big_money(ind):
    add("negative", [(C, "the quote was %s and you've charged me %s" % (R.choice(["four thousand two hundred and sixty one pounds", "twelve thousand nine hundred and ninety nine dollars", "one thousand and forty euro"]), R.choice(["four thousand eight hundred", "thirteen thousand four hundred and fifty", "eleven hundred and twelve"]))),
                     (A, "i can see a difference of %s i'll refund that within %s" % (R.choice(["five hundred and thirty nine", "four hundred and fifty one", "sixty"]), R.choice(["five to seven working days", "forty eight hours", "a fortnight"])))],
        "call/%s: long spoken amounts" % ind)


def n_typed_dates(ind):
    d1, m1 = R.randint(1, 28), R.randint(1, 12)
    add("negative", [(C, "Delivery was due %02d/%02d/%d, now rescheduled to %02d/%02d/%d between %d:00-%d:00?? thats %d weeks late" % (d1, m1, R.randint(2024, 2026), R.randint(1, 28), R.randint(1, 12), R.randint(2025, 2026), R.randint(7, 9), R.randint(11, 13), R.randint(2, 6))),
                     (A, "Apologies. I've added a £%d goodwill credit, applied on %s %d." % (R.choice([5, 10, 15, 25]), R.choice(MONTHS).capitalize(), R.randint(1, 28)))],
        "chat/%s: typed delivery dates (not DOB), time window, credit" % ind)


def n_speeds(ind):
    add("negative", [(A, "you're on the %s package so you should see around %s" % (R.choice(["nine hundred meg", "five hundred megabit", "one gig"]), R.choice(["eight hundred and forty", "four hundred and sixty", "nine hundred and ten"]))),
                     (C, "i'm getting %s on the speed test and ping is %s milliseconds" % (R.choice(["twenty three point five", "forty one", "twelve"]), R.choice(["thirty eight", "a hundred and six", "nineteen"]))),
                     (A, "okay the line test shows %s errors in the last %s hours" % (R.choice(["two hundred and fourteen", "sixty", "nine thousand"]), R.choice(["twenty four", "seventy two", "forty eight"])))],
        "call/%s: spoken speeds, latency, error counts, hours" % ind)


NEG = [n_typed_dates, n_speeds, n_tracking, n_typed_money, n_spoken_big_money, n_money, n_chat_money, n_ref, n_ref_chat, n_flight, n_meter, n_tech, n_appt, n_age_temp,
       n_contract, n_hotel, n_counts, n_year_pct, n_last_contact]
POS = [(p_card_call_one_turn, 14), (p_card_call_split, 10), (p_card_chat, 12), (p_card_selfcorrect, 6),
       (p_cvv_expiry_call, 10), (p_ssn, 34), (p_ni, 34), (p_bank, 20), (p_iban, 16), (p_phone, 18),
       (p_email, 14), (p_dob, 14), (p_address, 20), (p_postcode, 10), (p_combo, 6), (p_ssn_zip, 6), (p_hard_mix, 24)]


def build():
    CASELIST.clear()
    R.seed(SEED)
    pos = []
    for fn, k in POS:
        for _ in range(k):
            pos.append(fn)
    R.shuffle(pos)
    for fn in pos:
        fn(R.choice(INDUSTRY))
    n_pos = len(CASELIST)
    for k in range(114):
        NEG[k % len(NEG)](R.choice(INDUSTRY))
    lines = []
    ip = ineg = 0
    for kind, turns, spans, note in CASELIST:
        if kind == "positive":
            ip += 1
            cid = "h23-pos-%03d" % ip
        else:
            ineg += 1
            cid = "h23-neg-%03d" % ineg
        lines.append(json.dumps({"id": cid, "kind": kind, "turns": turns, "spans": spans, "note": note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(text):
    c, npos, nneg = Counter(), 0, 0
    for line in text.splitlines():
        o = json.loads(line)
        if o["kind"] == "positive":
            npos += 1
        else:
            nneg += 1
        for s in o["spans"]:
            c[s["type"]] += 1
    return c, npos, nneg


def readme(text):
    c, npos, nneg = counts(text)
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout23 - held-out PII redaction cases

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Who wrote it and how

Written by an AI helper acting as an independent author.  The author did not see
the redaction code, its tests, its docs, or any other fixture set (only a
three-line JSONL format example).  Every case is produced by
`scripts/make_pii_holdout23.py` from template functions; each turn is assembled
from plain-text segments and (value, TYPE) segments so the span offsets are
computed, never typed by hand.  All values come from one `random.Random` seeded
with %d, so the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout23.py --check` regenerates and verifies the file.

Values are synthetic: card numbers are Luhn-valid random numbers, IBANs are
mod-97 valid with random BBANs, NI numbers use valid prefix/suffix letters, SSNs
use area 001-665.

## Contents

%d positive cases, %d negative cases.  Chat cases are typed text (varied
separators, case, typos); call cases imitate ASR transcripts (lower case, numbers
as words, oh/o/nought for zero, double/triple, pairs like "forty one eleven",
homophones to/for/ate/won for digits, NATO / "b for bertie" spelling, values split
across customer turns with agent back-channels, self-corrections, agent
read-backs, fillers, two values in one turn).

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers the value only: from its first to its last spoken/typed token.
  Lead-ins ("it's", "my number is", "sort code") and trailing chit-chat are
  outside.
* A value split across turns is labelled as one span per turn piece; spoken
  separators inside one turn ("dash") are outside the span where the pieces are
  labelled separately, inside the span where they sit between tokens of one piece.
* Self-corrections / restarts: both the abandoned partial reading and the full
  re-reading are labelled (both expose digits of the card).  Agent read-backs of
  a value are labelled too.
* Lead-ins such as "area code" are outside a PHONE span.  An e-mail split over
  two turns is labelled per turn (the second piece starts with "at").
* Spoken pairs never end a piece on a bare tens word followed by another digit
  ("forty" + "one" would be ambiguous); such pairs are read digit by digit.
* In numbers, postcodes, NI numbers and IBANs a bare spoken "o" always means
  zero; the letter O is spelt "o for oscar" there (e-mail spellings may use "o").
* Phonetic spelling ("b for bravo") is inside the span.  Spoken "plus" / country
  code of a phone number is inside the span.  Spoken e-mails include "at"/"dot".
* EXPIRY and DOB spans cover the whole date phrase ("the fourteenth of march
  nineteen eighty", "oh four twenty eight").  ADDRESS covers number + street name
  (and flat/apartment when given); city is outside; POSTCODE is a separate span.
* Negative cases contain no PII at all: money, prices, balances, times,
  durations, counts, years, percentages, non-birth dates, order/ticket/claim/
  invoice/reference numbers (at most 10 digits with their reference word),
  flight/room/model numbers, meter readings, speeds, ages, temperatures.
  Positive cases also contain such unlabelled numbers near the PII.

Scoring reminder: a labelled span is found when every letter/digit inside it is
covered by a redaction; a negative case fails if anything in it is redacted.
""" % (SEED, npos, nneg, rows)


def check(text):
    problems = []
    ids = set()
    for ln, line in enumerate(text.splitlines(), 1):
        o = json.loads(line)
        if o["id"] in ids:
            problems.append("duplicate id %s" % o["id"])
        ids.add(o["id"])
        if o["kind"] == "negative" and o["spans"]:
            problems.append("%s: negative with spans" % o["id"])
        if o["kind"] == "positive" and not o["spans"]:
            problems.append("%s: positive without spans" % o["id"])
        for t in o["turns"]:
            if t["speaker"] not in ("agent", "customer"):
                problems.append("%s: bad speaker" % o["id"])
        prev = {}
        for s in sorted(o["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                problems.append("%s: bad type %s" % (o["id"], s["type"]))
            if not (0 <= s["turn"] < len(o["turns"])):
                problems.append("%s: bad turn" % o["id"]); continue
            txt = o["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                problems.append("%s: offsets out of range" % o["id"]); continue
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()) \
                    or not (txt[st].isalnum() or txt[st] in "+(") or not txt[en - 1].isalnum():
                problems.append("%s: span not on word boundary %r" % (o["id"], txt[st:en]))
            if prev.get(s["turn"], -1) > st:
                problems.append("%s: overlapping spans" % o["id"])
            prev[s["turn"]] = en
        # validate whole values: join split pieces of same type in consecutive order
        groups = {}
        order = []
        for s in o["spans"]:
            v = o["turns"][s["turn"]]["text"][s["start"]:s["end"]]
            groups.setdefault(s["type"], []).append(v)
        for typ, vals in groups.items():
            if all(validate(typ, v) for v in vals):
                continue
            # split pieces or read-backs: try concatenations of consecutive pieces
            ok = True
            i = 0
            while i < len(vals):
                if validate(typ, vals[i]):
                    i += 1; continue
                j = i + 1
                found = False
                while j <= len(vals):
                    if validate(typ, " ".join(vals[i:j])):
                        found = True; break
                    j += 1
                if not found:
                    ok = False; break
                i = j
            if not ok:
                fulls = [normalise(v) for v in vals if validate(typ, v)]
                ok = all(validate(typ, v) or any(normalise(v) and normalise(v) in f for f in fulls) for v in vals)
            if not ok:
                problems.append("%s: %s value(s) fail validation: %r -> %r" % (o["id"], typ, vals, [normalise(v) for v in vals]))
    c, npos, nneg = counts(text)
    if npos < 170 or nneg < 100:
        problems.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if c[t] < need:
            problems.append("type %s has %d spans < %d" % (t, c[t], need))
    return problems, c, npos, nneg


def main():
    text = build()
    if "--check" in sys.argv[1:]:
        problems = []
        try:
            with open(CASES, encoding="utf-8") as f:
                on_disk = f.read()
        except OSError as e:
            on_disk = None
            problems.append("cannot read %s: %s" % (CASES, e))
        if on_disk is not None and on_disk != text:
            problems.append("cases.jsonl differs from regenerated output")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(text):
                    problems.append("README.md differs from regenerated output")
        except OSError as e:
            problems.append("cannot read %s: %s" % (README, e))
        p2, c, npos, nneg = check(text)
        problems += p2
        print("positives %d  negatives %d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "passed", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(text))
    c, npos, nneg = counts(text)
    print("wrote %s: %d positive, %d negative" % (CASES, npos, nneg))


if __name__ == "__main__":
    main()

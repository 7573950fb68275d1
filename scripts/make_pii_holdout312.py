#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h312.

Written by an AI helper acting as an independent author (did not see the
redaction code).  Standard library only.  Output is byte-for-byte
reproducible from seed 312241125.

    python scripts/make_pii_holdout312.py          # write fixture + README
    python scripts/make_pii_holdout312.py --check  # regenerate and verify
"""
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 312241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout312"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"

R = random.Random(SEED)

DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
FILL = ["um", "uh", "er", "erm"]


def pick(seq):
    return seq[R.randrange(len(seq))]


# ---------------------------------------------------------------- speaking
def two_digit_words(n):
    if n < 10:
        return "oh " + DW[n] if R.random() < 0.7 else "zero " + DW[n]
    if n < 20:
        return TEENS[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] if u == 0 else TENS[t] + " " + DW[u]


def zero_word():
    return pick(["oh", "oh", "o", "zero", "zero", "nought"])


def say_digits(d, style=None, fillers=False):
    """Spoken rendering of a digit string."""
    style = style or pick(["plain", "plain", "double", "pairs", "mixed"])
    out = []
    i = 0
    z = zero_word()
    while i < len(d):
        c = d[i]
        if style in ("double", "mixed") and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c:
            out.append("triple " + (z if c == "0" else DW[int(c)]))
            i += 3
        elif style in ("double", "mixed") and i + 1 < len(d) and d[i + 1] == c:
            out.append("double " + (z if c == "0" else DW[int(c)]))
            i += 2
        elif style in ("pairs", "mixed") and i + 1 < len(d) and c != "0" and d[i + 1] != "0" and (
                style == "pairs" or R.random() < 0.4):
            out.append(two_digit_words(int(d[i:i + 2])))
            i += 2
        else:
            out.append(z if c == "0" else DW[int(c)])
            i += 1
        if fillers and i < len(d) and R.random() < 0.12:
            out.append(pick(FILL))
    return " ".join(out)


def say_groups(d, sizes, sep=" ", style=None):
    parts, i = [], 0
    for s in sizes:
        parts.append(say_digits(d[i:i + s], style))
        i += s
    return sep.join(parts)


def say_letter(ch, nato_p=0.4):
    ch = ch.lower()
    if ch == "o" or R.random() < nato_p:
        return ch + " for " + NATO[ch]
    return ch


def say_alnum(s, nato_p=0.4):
    out = []
    buf = ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, "plain"))
                buf = ""
            if ch != " ":
                out.append(say_letter(ch, nato_p))
    if buf:
        out.append(say_digits(buf, "plain"))
    return " ".join(out)


def year_words(y):
    if 2000 <= y < 2010:
        return pick(["two thousand and ", "two thousand "]) + DW[y - 2000]
    if y >= 2010:
        return "twenty " + two_digit_words(y - 2000)
    return two_digit_words(y // 100) + " " + two_digit_words(y % 100)


def group(d, sizes, sep):
    parts, i = [], 0
    for s in sizes:
        parts.append(d[i:i + s])
        i += s
    return sep.join(parts)


# ---------------------------------------------------------------- normalising
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0", "to": "2", "too": "2",
                "ate": "8", "for": "4", "won": "1"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
SKIP = set(FILL) | {"and", "sorry", "no", "dash", "hyphen", "space", "thousand", "plus"}


def normalise(text, letters=False):
    """Spoken / typed value -> canonical string of digits (and letters)."""
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d|[@.+]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t.isdigit():
            out.append(t)
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("oh", "o"):
                out.append(str(TENNUM[t] * 10 + int(WORDNUM[nxt])))
                i += 1
            else:
                out.append(str(TENNUM[t] * 10))
        elif t == "for" and letters and nxt in NATO_REV:
            i += 1
        elif t in ("oh", "o") and letters and nxt == "for":
            out.append("o")
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in SKIP:
            pass
        elif letters and len(t) == 1:
            out.append(t)
        elif letters and t in NATO_REV:
            out.append(NATO_REV[t])
        elif letters and t.isalpha() and len(t) <= 4:
            out.append(t)
        elif t in "@.+":
            pass
        else:
            return None
        i += 1
    return "".join(out)


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[a-ceghj-pr-tw-z][a-ceghj-npr-tw-z]\d{6}[a-d]")
UKPC_RE = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
USZIP_RE = re.compile(r"\d{5}(\d{4})?")
EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}")


def norm_email(t):
    t = t.lower()
    if "@" in t:
        return t.replace(" ", "")
    t = re.sub(r"\s*\bat\b\s*", "@", t)
    t = re.sub(r"\s*\bdot\b\s*", ".", t)
    t = re.sub(r"\s*\b(underscore)\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    return t.replace(" ", "")


STREET = ("road", "street", "avenue", "lane", "drive", "close", "way", "grove", "crescent",
          "court", "place", "terrace", "boulevard", "gardens", "park", "rd", "st", "ave", "dr")


def validate_value(typ, text, part):
    """Return error string or ''. part=True: fragment of a value split over turns."""
    if typ == "EMAIL":
        return "" if EMAIL_RE.fullmatch(norm_email(text)) else "bad email"
    if typ in ("DOB", "EXPIRY"):
        low = text.lower()
        ok = re.search(r"\d", low) or any(m in low for m in MONTHS) or any(
            w in low for w in DW + TEENS + TENS[2:] + ["oh"])
        return "" if ok else "bad date"
    if typ == "ADDRESS":
        low = text.lower()
        if not re.search(r"\d|" + "|".join(DW[1:] + TEENS + TENS[2:]), low):
            return "address without number"
        if not any(re.search(r"\b%s\b" % s, low) for s in STREET):
            return "address without street type"
        return ""
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    n = normalise(text, letters=letters)
    if n is None or not n:
        return "cannot normalise %r" % text
    if part:
        return "" if n.isalnum() else "bad part"
    if typ == "CARD_NUMBER":
        return "" if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card " + n
    if typ == "IBAN":
        return "" if iban_ok(n) else "bad iban " + n
    if typ == "NI_NUMBER":
        return "" if NI_RE.fullmatch(n) else "bad ni " + n
    if typ == "SSN":
        return "" if n.isdigit() and len(n) == 9 else "bad ssn " + n
    if typ == "SORT_CODE":
        return "" if n.isdigit() and len(n) == 6 else "bad sort " + n
    if typ == "CVV":
        return "" if n.isdigit() and len(n) in (3, 4) else "bad cvv " + n
    if typ == "PHONE":
        return "" if n.isdigit() and 10 <= len(n) <= 14 else "bad phone " + n
    if typ == "BANK_ACCOUNT":
        return "" if n.isdigit() and 6 <= len(n) <= 12 else "bad account " + n
    if typ == "POSTCODE":
        return "" if UKPC_RE.fullmatch(n) or USZIP_RE.fullmatch(n) else "bad postcode " + n
    return "unknown type"


# ---------------------------------------------------------------- values
def luhn_complete(prefix, length):
    d = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(d + c):
            return d + c


def card():
    k = R.random()
    if k < 0.4:
        return luhn_complete("4" + str(R.randrange(10)), 16), [4, 4, 4, 4]
    if k < 0.7:
        return luhn_complete(str(R.randint(51, 55)), 16), [4, 4, 4, 4]
    if k < 0.82:
        return luhn_complete(pick(["34", "37"]), 15), [4, 6, 5]
    if k < 0.92:
        return luhn_complete("6011", 16), [4, 4, 4, 4]
    if k < 0.96:
        return luhn_complete("4", 13), [4, 4, 5]
    return luhn_complete("6" + pick(["2", "7"]), 19), [4, 4, 4, 4, 3]


def rdig(n, first_nonzero=False):
    s = "".join(str(R.randrange(10)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def ssn():
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def ni():
    first = "abceghjklmnoprstwxyz"
    second = "abceghjklmnprstwxyz"
    while True:
        p = pick(first) + pick(second)
        if p not in ("bg", "gb", "nk", "kn", "tn", "nt", "zz"):
            break
    return p + rdig(6) + pick("abcd")


def iban():
    cc = pick(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif cc == "IE":
        bban = pick(["AIBK", "BOFI"]) + rdig(14)
    elif cc == "DE":
        bban = rdig(18)
    elif cc == "FR":
        bban = rdig(23)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def uk_postcode():
    shape = pick(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    out = ""
    for ch in shape:
        if ch == "A":
            out += pick("ABCDEFGHJKLMNPRSTUWY")
        elif ch == "9":
            out += str(R.randint(1, 9))
        else:
            out += ch
    return out.replace("9A A", "9A A")


def uk_phone():
    return "07" + rdig(9, False)[:9]


def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def ie_phone():
    return "08" + pick("35679") + rdig(7)


FIRST = ["sarah", "james", "priya", "tom", "aoife", "mark", "leanne", "carlos", "ngozi", "dave",
         "emma", "sean", "fatima", "gary", "zoe", "liam", "hannah", "raj", "kate", "olu"]
LAST = ["doyle", "patel", "smith", "okafor", "murphy", "jones", "nguyen", "walsh", "garcia",
        "brennan", "hughes", "khan", "lopez", "byrne", "taylor"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com", "eircom.net",
           "btinternet.com", "aol.com", "live.ie", "protonmail.com"]
STREETS_UK = ["elm grove", "station road", "church lane", "victoria street", "mill close",
              "high street", "park avenue", "oakwood drive", "albert terrace", "king's crescent",
              "meadow way", "the green lane", "priory court", "willow gardens"]
STREETS_US = ["maple avenue", "oak street", "sunset boulevard", "lincoln drive", "pine court",
              "cedar lane", "washington street", "lakeview place", "hillcrest road", "elm st"]


def email_value():
    f, l = pick(FIRST), pick(LAST)
    user = pick([f + "." + l, f + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)),
                 l + f[0] + str(R.randint(70, 99)), f + str(R.randint(1, 999))])
    return user + "@" + pick(DOMAINS)


def say_email(e):
    user, dom = e.split("@")
    def sp(part):
        out = []
        for tok in re.split(r"([._])", part):
            if tok == ".":
                out.append("dot")
            elif tok == "_":
                out.append("underscore")
            elif tok:
                m = re.fullmatch(r"([a-z]*)(\d*)", tok)
                if m.group(1):
                    w = m.group(1)
                    out.append(w if len(w) > 1 else w)
                if m.group(2):
                    out.append(say_digits(m.group(2), "plain"))
        return " ".join(out)
    return sp(user) + " at " + sp(dom)


# ---------------------------------------------------------------- case builder
class V:
    """A labelled segment."""

    def __init__(self, text, typ, part=False):
        self.text, self.typ, self.part = text, typ, part


def build(cid, kind, turns, note):
    out_turns, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, (str, V)):
            segs = [segs]
        text = ""
        for s in segs:
            if isinstance(s, V):
                spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text),
                              "type": s.typ, "_part": s.part})
                text += s.text
            else:
                text += s
        out_turns.append({"speaker": spk, "text": text})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}


A, C = "agent", "customer"


# ---------------------------------------------------------------- positive templates
def p_card_call_one_turn():
    c, g = card()
    ind = pick(["telecom", "retail", "utilities", "insurance", "travel"])
    sp = say_groups(c, g, pick([" ", " ", " um ", " "]), pick(["plain", "double", "mixed"]))
    return [(A, "can i take the long number across the front of the card please"),
            (C, ["yeah sure it's ", V(sp, "CARD_NUMBER"), " and that's for the " +
                 pick(["forty nine ninety nine", "twelve fifty", "eighty pound"]) + " payment"])], \
        "call/%s: card read in groups in one turn, next to a payment amount" % ind


def p_card_call_split():
    c, g = card()
    turns = [(A, "okay when you're ready the card number please")]
    i = 0
    bc = ["mhm", "okay go on", "yep", "yeah", "okay", "got that"]
    for k, s in enumerate(g):
        seg = say_digits(c[i:i + s], pick(["plain", "double", "pairs", "mixed"]))
        i += s
        pre = pick(["", "", "right ", "so ", "um "]) if k == 0 else pick(["", "", "then "])
        turns.append((C, [pre, V(seg, "CARD_NUMBER", True)]))
        if k < len(g) - 1:
            turns.append((A, pick(bc)))
    turns.append((A, "lovely thank you"))
    return turns, "call/%s: card split over customer turns with back-channels" % pick(
        ["banking", "telecom", "retail", "insurance"])


def p_card_chat():
    c, g = card()
    sep = pick([" ", "-", "", " ", ".", "  "])
    txt = group(c, g, sep)
    lead = pick(["my card is ", "card no: ", "Card number ", "its ", "ok the card is ", "CARD "])
    return [(A, "Please could you type the card number you'd like to use?"),
            (C, [lead, V(txt, "CARD_NUMBER"), pick(["", " thanks", ". exp below", " ta"])])], \
        "chat/%s: card typed with separator %r" % (pick(["retail", "travel", "telecom"]), sep)


def p_card_cvv_expiry_call():
    c, g = card()
    cvv = rdig(4 if c[0] == "3" else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(["%s %s" % (two_digit_words(mm), two_digit_words(yy)),
                "%s twenty %s" % (MONTHS[mm - 1], two_digit_words(yy)),
                "%s slash %s" % (say_digits("%02d" % mm, "plain"), two_digit_words(yy))])
    return [(A, "go ahead with the card number"),
            (C, V(say_groups(c, g, " ", "plain"), "CARD_NUMBER")),
            (A, "and the expiry"),
            (C, ["it's ", V(exp, "EXPIRY")]),
            (A, "and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
            (C, V(say_digits(cvv, pick(["plain", "pairs"])), "CVV"))], \
        "call/%s: card then expiry then security code in separate turns" % pick(
            ["travel", "utilities", "retail"])


def p_card_selfcorrect():
    c, g = card()
    a = c[:4]
    wrong = a[:3] + str((int(a[3]) + 3) % 10)
    rest = c[4:]
    return [(A, "card number when you're ready"),
            (C, [V(say_digits(wrong, "plain"), "CARD_NUMBER", True), " no sorry ",
                 V(say_digits(a, "plain"), "CARD_NUMBER", True), " ",
                 V(say_groups(rest, g[1:], " ", pick(["plain", "double"])), "CARD_NUMBER", True)]),
            (A, "okay got that thank you")], \
        "call/retail: customer self-corrects the first group of the card"


def p_card_readback():
    c, g = card()
    sp = say_groups(c, g, " ", "plain")
    return [(C, ["the number's ", V(say_groups(c, g, " ", pick(["double", "mixed"])), "CARD_NUMBER")]),
            (A, ["so just reading that back ", V(sp, "CARD_NUMBER"), " is that right"]),
            (C, "yes that's it")], "call/telecom: agent reads the card back digit by digit"


def p_card_beside_ref():
    c, g = card()
    ref = rdig(8, True)
    return [(A, "have you got your order reference"),
            (C, ["yeah order number " + say_digits(ref, "plain") + " and i want to pay with ",
                 V(say_groups(c, g, " ", "plain"), "CARD_NUMBER")])], \
        "call/retail: order number (not PII) immediately before card number"


def p_cvv_chat():
    cvv = rdig(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp = pick(["%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy),
                "%02d %02d" % (mm, yy)])
    return [(A, "Thanks. And the expiry date and CVV?"),
            (C, ["exp ", V(exp, "EXPIRY"), " cvv ", V(cvv, "CVV")])], \
        "chat/retail: expiry and CVV typed in one short message"


def p_cvv_call_homophone():
    cvv = rdig(3)
    return [(A, "and the last three digits on the signature strip"),
            (C, ["um hang on ", pick(["it's ", "", "right "]), V(say_digits(cvv, "plain"), "CVV")]),
            (A, "thank you and the total today is " + pick(["sixty four pounds twenty",
                                                             "one hundred and twelve dollars",
                                                             "thirty nine euro"]))], \
        "call/%s: security code said after hesitation, amount follows" % pick(["travel", "retail"])


def p_ssn_call():
    s = ssn()
    sty = R.random()
    if sty < 0.4:
        sp = say_groups(s, [3, 2, 4], " ", "plain")
    elif sty < 0.7:
        sp = say_groups(s, [3, 2, 4], " ", pick(["double", "mixed", "pairs"]))
    else:
        sp = say_digits(s, "plain", fillers=True)
    return [(A, "for verification can i get your social security number"),
            (C, [pick(["sure it's ", "yeah ", "okay um ", ""]), V(sp, "SSN")])], \
        "call/%s: SSN spoken in one turn" % pick(["healthcare billing", "insurance",
                                                   "government services", "banking"])


def p_ssn_split():
    s = ssn()
    return [(A, "and your social please"),
            (C, V(say_digits(s[:3], "plain"), "SSN", True)),
            (A, "mhm"),
            (C, V(say_digits(s[3:5], pick(["plain", "pairs"])), "SSN", True)),
            (A, "okay"),
            (C, V(say_digits(s[5:], pick(["plain", "pairs", "double"])), "SSN", True))], \
        "call/%s: SSN split 3-2-4 across turns" % pick(["healthcare billing", "banking", "insurance"])


def p_ssn_chat():
    s = ssn()
    txt = pick([group(s, [3, 2, 4], "-"), group(s, [3, 2, 4], " "), s, group(s, [3, 2, 4], ".")])
    return [(A, "To verify, please enter your Social Security number."),
            (C, [pick(["SSN is ", "ssn ", "its ", "sure - ", "social: "]), V(txt, "SSN"),
                 pick(["", " and my claim is for $240", ", thanks"])])], \
        "chat/%s: SSN typed" % pick(["insurance", "healthcare billing", "government services"])


def p_ssn_last_then_full():
    s = ssn()
    return [(A, "can you confirm the full social not just the last four"),
            (C, ["oh sorry yeah ", V(say_groups(s, [3, 2, 4], " ", "plain"), "SSN"),
                 " and the bill was " + pick(["two forty", "three hundred and six", "eighty five"]) +
                 " dollars"])], \
        "call/healthcare billing: full SSN followed by a dollar amount"


def p_ssn_readback():
    s = ssn()
    return [(C, ["it's ", V(s[:3] + "-" + s[3:5] + "-" + s[5:], "SSN")]),
            (A, ["thank you so that's ", V(say_groups(s, [3, 2, 4], " ", "plain"), "SSN"),
                 " and your policy number is on the letter"])], \
        "chat-to-call/insurance: typed SSN then agent reads it back"


def p_ni_call():
    n = ni()
    sp = say_alnum(n, pick([0.0, 0.5, 1.0]))
    return [(A, "and your national insurance number please"),
            (C, [pick(["yeah it's ", "", "right it's ", "okay "]), V(sp, "NI_NUMBER")])], \
        "call/%s: NI number letters and digits spoken" % pick(["government services", "banking", "insurance"])


def p_ni_pairs():
    n = ni()
    sp = (say_letter(n[0], 0.3) + " " + say_letter(n[1], 0.3) + " " +
          " ".join(two_digit_words(int(n[i:i + 2])) for i in (2, 4, 6)) + " " + say_letter(n[8], 0.5))
    return [(A, "can i take your n i number"),
            (C, V(sp, "NI_NUMBER")), (A, "thanks")], \
        "call/government services: NI number with digits said as pairs"


def p_ni_split():
    n = ni()
    return [(A, "national insurance number"),
            (C, ["it's ", V(say_letter(n[0]) + " " + say_letter(n[1]), "NI_NUMBER", True)]),
            (A, "yep"),
            (C, V(say_digits(n[2:8], pick(["plain", "double"])), "NI_NUMBER", True)),
            (A, "and the letter at the end"),
            (C, V(say_letter(n[8], 0.6), "NI_NUMBER", True))], \
        "call/government services: NI number split across three turns"


def p_ni_chat():
    n = ni().upper()
    txt = pick([n, group(n, [2, 2, 2, 2, 1], " "), n.lower(), group(n, [2, 6, 1], " "),
                group(n, [2, 2, 2, 2, 1], "-")])
    return [(A, "What's your National Insurance number?"),
            (C, [pick(["NI no ", "its ", "", "ni is "]), V(txt, "NI_NUMBER"),
                 pick(["", " and I earn about 28k", " cheers"])])], \
        "chat/%s: NI number typed" % pick(["government services", "banking", "utilities"])


def p_ni_readback():
    n = ni()
    return [(C, ["it's ", V(say_alnum(n, 0.0), "NI_NUMBER")]),
            (A, ["so that's ", V(say_alnum(n, 1.0), "NI_NUMBER"), " yeah"]),
            (C, "yep")], "call/banking: agent reads NI back with phonetic alphabet"


def p_iban_chat():
    ib = iban()
    txt = pick([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)),
                " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
    return [(A, "Which account should the refund go to?"),
            (C, ["IBAN ", V(txt, "IBAN"), pick(["", " pls", " - refund was 84.50"])])], \
        "chat/%s: IBAN typed" % pick(["travel", "retail", "utilities"])


def p_iban_call():
    ib = iban().lower()
    sp = say_alnum(ib, 0.3)
    return [(A, "can you read me the i ban"),
            (C, ["yeah ", V(sp, "IBAN")]), (A, "okay thank you")], \
        "call/%s: IBAN spelled out in one turn" % pick(["banking", "travel", "insurance"])


def p_iban_split():
    ib = iban().lower()
    k = pick([8, 10, 12])
    return [(A, "go ahead with the iban"),
            (C, V(say_alnum(ib[:k], 0.2), "IBAN", True)), (A, "okay go on"),
            (C, V(say_alnum(ib[k:], 0.0), "IBAN", True))], "call/banking: IBAN split in two turns"


def p_sort_acct_call():
    sc, ac = rdig(6), rdig(8)
    scs = pick([say_groups(sc, [2, 2, 2], " ", "pairs"), say_digits(sc, "plain"),
                say_groups(sc, [2, 2, 2], " dash ", "plain")])
    return [(A, "and the sort code"),
            (C, V(scs, "SORT_CODE")), (A, "and the account number"),
            (C, [pick(["", "it's ", "um "]), V(say_digits(ac, pick(["plain", "double", "mixed"])), "BANK_ACCOUNT")])], \
        "call/%s: UK sort code then account number" % pick(["banking", "utilities", "insurance"])


def p_sort_acct_chat():
    sc, ac = rdig(6), rdig(8)
    return [(A, "Please provide your sort code and account number for the direct debit."),
            (C, [pick(["sort ", "s/c ", "Sort code: "]), V(pick([group(sc, [2, 2, 2], "-"), sc,
                                                                  group(sc, [2, 2, 2], " ")]), "SORT_CODE"),
                 pick([" acc ", " account no ", ", a/c "]), V(ac, "BANK_ACCOUNT")])], \
        "chat/utilities: sort code and account number in one message"


def p_us_acct():
    ac = rdig(R.randint(9, 12), True)
    rout = None
    return [(A, "what's the checking account number"),
            (C, [V(say_digits(ac, pick(["plain", "mixed"])), "BANK_ACCOUNT"),
                 " and i want to set up the payment for the " + pick(["fifteenth", "first"])])], \
        "call/banking US: checking account number then payment date (not PII)"


def p_acct_split():
    ac = rdig(8)
    return [(A, "account number"),
            (C, V(say_digits(ac[:4], "plain"), "BANK_ACCOUNT", True)),
            (A, "mhm"), (C, V(say_digits(ac[4:], "pairs"), "BANK_ACCOUNT", True))], \
        "call/banking: account number split over two turns"


def p_phone_uk_call():
    p = uk_phone()
    sp = pick([say_groups(p, [5, 6], " ", "plain"), say_groups(p, [5, 3, 3], " ", "double"),
               say_digits(p, "mixed")])
    return [(A, "best number to reach you on"),
            (C, ["my mobile is ", V(sp, "PHONE"), pick(["", " after six is best", " any time"])])], \
        "call/telecom UK: mobile number spoken"


def p_phone_intl():
    kind = pick(["uk", "us", "ie"])
    if kind == "uk":
        p = uk_phone()
        txt = pick(["+44 " + p[1:5] + " " + p[5:], "+44" + p[1:], "0044 " + p[1:]])
    elif kind == "us":
        p = us_phone()
        txt = pick(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]),
                    "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])
    else:
        p = ie_phone()
        txt = pick(["+353 " + p[1:3] + " " + p[3:6] + " " + p[6:], p[:3] + " " + p[3:6] + " " + p[6:]])
    return [(A, "Can I get a contact number in case we get cut off?"),
            (C, [pick(["sure ", "", "yes: ", "cell is "]), V(txt, "PHONE")])], \
        "chat/%s: phone number typed %s" % (pick(["telecom", "travel", "retail"]), kind)


def p_phone_us_call():
    p = us_phone()
    sp = say_groups(p, [3, 3, 4], pick([" ", " ... ", ", "]), pick(["plain", "pairs"]))
    pre = pick(["", "one ", "plus one "])
    return [(A, "and a callback number"),
            (C, ["it's ", V(pre + sp, "PHONE")]),
            (A, "perfect we'll call between " + pick(["two and four", "nine and eleven", "one and three"]))], \
        "call/%s US: phone spoken, callback time window follows (not PII)" % pick(["utilities", "telecom"])


def p_phone_split():
    p = uk_phone()
    return [(A, "what number are you calling from"),
            (C, V("oh seven " + say_digits(p[2:5], "plain"), "PHONE", True)),
            (A, "yep"), (C, V(say_digits(p[5:], "double"), "PHONE", True))], \
        "call/telecom: mobile split over turns, leading 'oh seven' inside the span"


def p_phone_intl_call():
    p = ie_phone()
    return [(A, "and a number for the driver"),
            (C, ["yeah it's ", V("plus three five three " + say_digits(p[1:], "plain"), "PHONE")])], \
        "call/travel IE: international prefix spoken"


def p_email_call():
    e = email_value()
    return [(A, "and what email address should we send the confirmation to"),
            (C, [pick(["it's ", "yeah it's ", "um "]), V(say_email(e), "EMAIL")])], \
        "call/%s: email spoken with 'at' and 'dot'" % pick(["travel", "retail", "telecom", "insurance"])


def p_email_chat():
    e = email_value()
    if R.random() < 0.3:
        e = e.upper() if R.random() < 0.5 else e.capitalize()
    return [(A, "What's the best email for you?"),
            (C, [pick(["", "its ", "email: ", "use "]), V(e, "EMAIL"), pick(["", " thx", " please"])])], \
        "chat/%s: email typed" % pick(["retail", "utilities", "insurance"])


def p_email_spelled():
    f, l = pick(FIRST), pick(LAST)
    dom = pick(["gmail", "hotmail", "yahoo"])
    sp = " ".join(say_letter(c, 0.3) for c in f) + " dot " + l + " at " + dom + " dot com"
    return [(A, "could you spell the email for me"),
            (C, V(sp, "EMAIL"))], "call/retail: email local part spelled letter by letter"


def dob_spoken():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    return pick(["the %s of %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)),
                 "%s %s %s" % (MONTHS[m - 1], ORD[d], year_words(y)),
                 "%s %s %s" % (say_digits("%02d" % d, "plain"), say_digits("%02d" % m, "plain"),
                               two_digit_words(y % 100)),
                 "%s of %s %s" % (ORD[d], MONTHS[m - 1], two_digit_words(y % 100))])


def p_dob_call():
    return [(A, "can you confirm your date of birth"),
            (C, [pick(["yeah it's ", "", "sure ", "uh "]), V(dob_spoken(), "DOB")]),
            (A, "thank you and i can see the appointment on " + pick(["tuesday the ninth", "the third of june",
                                                                      "friday"]))], \
        "call/%s: DOB spoken, appointment date follows (not PII)" % pick(["healthcare billing", "insurance", "banking"])


def p_dob_chat():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1940, 2004)
    txt = pick(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y), "%d.%d.%02d" % (d, m, y % 100)])
    return [(A, "Please confirm your date of birth."),
            (C, [pick(["dob ", "", "DOB: ", "born "]), V(txt, "DOB")])], \
        "chat/%s: DOB typed" % pick(["banking", "insurance", "government services"])


def p_dob_with_age():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1950, 1970)
    return [(A, "and date of birth"),
            (C, ["i'm " + two_digit_words(2026 - y) + " now so ", V("%s %s %s" % (ORD[d], MONTHS[m - 1], year_words(y)), "DOB")])], \
        "call/insurance: age mentioned (not PII) then DOB"


def pc_spoken(pc):
    return say_alnum(pc.lower(), pick([0.0, 0.3]))


def p_postcode_call():
    pc = uk_postcode()
    return [(A, "what's the postcode there"),
            (C, [pick(["it's ", "", "yeah "]), V(pc_spoken(pc), "POSTCODE")])], \
        "call/%s UK: postcode spelled" % pick(["utilities", "retail", "telecom"])


def p_zip():
    z = rdig(5, True)
    if R.random() < 0.5:
        return [(A, "zip code"), (C, ["it's ", V(say_digits(z, pick(["plain", "pairs"])), "POSTCODE")])], \
            "call/US utilities: ZIP spoken"
    zz = z + ("-" + rdig(4) if R.random() < 0.4 else "")
    return [(A, "What is your billing ZIP?"), (C, [V(zz, "POSTCODE")])], "chat/US retail: ZIP typed"


def p_address_call():
    if R.random() < 0.5:
        num = R.randint(1, 240)
        st = pick(STREETS_UK)
        pc = uk_postcode()
        numw = pick([two_digit_words(num) if 10 <= num < 100 else str(num), str(num)])
        return [(A, "and the first line of the address"),
                (C, [V(numw + " " + st, "ADDRESS"), " " + pick(["", "in leeds ", "bristol "]),
                     V(pc_spoken(pc), "POSTCODE")])], \
            "call/utilities UK: address then postcode in one turn"
    num = R.randint(100, 9999)
    st = pick(STREETS_US)
    z = rdig(5, True)
    return [(A, "what's the service address"),
            (C, [V(say_digits(str(num), "pairs") + " " + st, "ADDRESS"), " " + pick(["denver ", "austin ", ""]),
                 V(say_digits(z, "plain"), "POSTCODE")])], \
        "call/telecom US: street address then ZIP"


def p_address_chat():
    if R.random() < 0.5:
        txt = "%d %s" % (R.randint(1, 300), pick(STREETS_UK).title())
        pc = uk_postcode()
        pc = pick([pc, pc.replace(" ", ""), pc.lower()])
        return [(A, "Can you confirm the delivery address?"),
                (C, [V(txt, "ADDRESS"), ", " + pick(["Manchester", "Cork", "Leeds"]) + " ", V(pc, "POSTCODE")])], \
            "chat/retail: typed address and postcode"
    txt = "%d %s" % (R.randint(100, 9999), pick(STREETS_US).title())
    if R.random() < 0.4:
        txt += " Apt %d" % R.randint(1, 40)
    z = rdig(5, True)
    return [(A, "What's the billing address on file?"),
            (C, [V(txt, "ADDRESS"), ", " + pick(["Tampa FL", "Columbus OH", "Reno NV"]) + " ", V(z, "POSTCODE")])], \
        "chat/retail US: typed street address with ZIP"


def p_address_flat():
    st = pick(STREETS_UK)
    a = "flat %s %s %s" % (DW[R.randint(1, 9)], two_digit_words(R.randint(10, 60)), st)
    return [(A, "and you've moved to"),
            (C, ["it's ", V(a, "ADDRESS"), " moved in on the " + ORD[R.randint(1, 28)]])], \
        "call/utilities UK: flat address, move-in date follows (not PII)"


def p_mixed_bank_call():
    sc, ac = rdig(6), rdig(8)
    pc = uk_postcode()
    return [(A, "to get through security can i take the postcode on the account"),
            (C, V(pc_spoken(pc), "POSTCODE")),
            (A, "and the sort code and account number you're paying from"),
            (C, [V(say_groups(sc, [2, 2, 2], " ", "plain"), "SORT_CODE"), " and then ",
                 V(say_digits(ac, "plain"), "BANK_ACCOUNT")])], \
        "call/banking UK: two values in one turn after postcode"


def p_card_then_phone_chat():
    c, g = card()
    p = uk_phone()
    return [(C, ["hi card ending " + c[-4:] + " was declined. full number ", V(group(c, g, " "), "CARD_NUMBER"),
                 " call me on ", V(p, "PHONE")])], \
        "chat/retail: last-four mention (not labelled) then full card and phone"


def p_ssn_dob_call():
    s = ssn()
    return [(A, "i need your date of birth and social"),
            (C, [V(dob_spoken(), "DOB"), " and the social is ", V(say_digits(s, "plain"), "SSN")])], \
        "call/healthcare billing: DOB and SSN in one turn"


def p_ni_beside_ref():
    n = ni()
    ref = rdig(9, True)
    return [(C, ["my claim reference is " + say_digits(ref, "plain") + " and my n i number is ",
                 V(say_alnum(n, 0.0), "NI_NUMBER")])], \
        "call/government services: claim reference (not PII) then NI number"


def p_ssn_beside_claim():
    s = ssn()
    claim = rdig(10, True)
    return [(A, "Claim number and SSN please"),
            (C, ["claim " + claim + " ssn ", V(group(s, [3, 2, 4], "-"), "SSN")])], \
        "chat/insurance: 10-digit claim number (not PII) before SSN"


def p_card_asr_homophones():
    c, g = card()
    words = say_groups(c, g, " ", "plain")
    words = re.sub(r"\bfour\b", "for", words, count=1)
    words = re.sub(r"\btwo\b", pick(["to", "too"]), words, count=1)
    words = re.sub(r"\beight\b", "ate", words, count=1)
    return [(A, "card number please"), (C, V(words, "CARD_NUMBER"))], \
        "call/telecom: ASR homophones for digits (for/to/ate) inside card"


def p_payment_chat_full():
    c, g = card()
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    cvv = rdig(4 if c[0] == "3" else 3)
    return [(C, ["card ", V(group(c, g, pick([" ", ""])), "CARD_NUMBER"), pick([" exp ", " expires ", ", "]),
                 V(pick(["%02d/%02d" % (mm, yy), "%d/%d" % (mm, 2000 + yy), "%02d%02d" % (mm, yy)]), "EXPIRY"),
                 pick([" sec code ", " cvc ", " cvv: "]), V(cvv, "CVV"), " for order #" + rdig(8, True)])], \
        "chat/retail: card, expiry, CVV and order number (not PII) in one message"


def p_expiry_call_split():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    return [(A, "and the expiry date on the card"),
            (C, ["it's the ", V(say_digits("%02d" % mm, "plain"), "EXPIRY", True)]),
            (A, "mhm"),
            (C, V(pick(["twenty " + two_digit_words(yy), two_digit_words(yy)]), "EXPIRY", True)),
            (A, "and the security code"),
            (C, ["that's ", V(say_digits(rdig(3), "double"), "CVV")])], \
        "call/utilities: expiry month and year in separate turns, then CVV"


def p_expiry_readback():
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    return [(C, ["expiry " + pick(["is ", ""]), V("%s %s" % (MONTHS[mm - 1], year_words(2000 + yy)), "EXPIRY")]),
            (A, ["so that's ", V("%s slash %s" % (say_digits("%02d" % mm, "plain"), two_digit_words(yy)), "EXPIRY"),
                 " and the card was issued in " + year_words(R.randint(2021, 2025))])], \
        "call/travel: expiry said as month and year, agent reads back, issue year not PII"


def p_email_readback():
    e = email_value()
    return [(C, ["email is ", V(say_email(e), "EMAIL")]),
            (A, ["so that's ", V(say_email(e), "EMAIL"), " and we'll send it within twenty four hours"])], \
        "call/insurance: email spoken and read back, duration follows"


def p_address_us_split():
    num = R.randint(100, 9999)
    z = rdig(5, True)
    return [(A, "street address"),
            (C, V(say_digits(str(num), pick(["pairs", "plain"])) + " " + pick(STREETS_US), "ADDRESS")),
            (A, "and the zip"),
            (C, [V(say_digits(z, "plain"), "POSTCODE"), " and my apartment has " + pick(["two", "three"]) + " bedrooms"])], \
        "call/utilities US: address and ZIP, bedroom count not PII"


def p_sort_only():
    sc = rdig(6)
    return [(A, "what's the sort code on that account"),
            (C, ["um ", V(say_groups(sc, [2, 2, 2], pick([" ", " dash "]), pick(["pairs", "plain", "double"])), "SORT_CODE"),
                 " it's with " + pick(["barclays", "natwest", "lloyds"]) + " been with them " + pick(["ten", "twenty"]) + " years"])], \
        "call/banking UK: sort code then years as customer (not PII)"


def p_phone_beside_hours():
    p = uk_phone()
    return [(A, "when's best to call you back"),
            (C, ["any time between " + pick(["nine and five", "eight and twelve", "two and four"]) + " on ",
                 V(say_groups(p, [5, 3, 3], " ", pick(["plain", "double", "mixed"])), "PHONE"),
                 " but not before " + pick(["eight thirty", "ten"])])], \
        "call/utilities UK: phone between a time window and a clock time (not PII)"


def p_sort_beside_amount():
    sc, ac = rdig(6), rdig(8)
    return [(C, ["pay " + pick(["two hundred and fifty pounds", "one thousand two hundred", "eighty five pounds"]) +
                 " to sort code ", V(say_groups(sc, [2, 2, 2], " ", "plain"), "SORT_CODE"), " account ",
                 V(say_digits(ac, "plain"), "BANK_ACCOUNT"), " on the " + ORD[R.randint(1, 28)]]),
            (A, "okay and the reference for the payee")], \
        "call/banking UK: amount and payment date (not PII) around sort code and account"


def p_acct_beside_balance_chat():
    ac = rdig(8)
    return [(C, ["my current acct has £%d.%02d in it but the app says 0" % (R.randint(100, 9000), R.randint(0, 99))]),
            (A, "Sorry to hear that. Which account number is it?"),
            (C, ["its ", V(pick([ac, group(ac, [4, 4], " "), group(ac, [2, 2, 2, 2], "-")]), "BANK_ACCOUNT"),
                 ", sort code ", V(group(rdig(6), [2, 2, 2], pick(["-", " ", ""])), "SORT_CODE")])], \
        "chat/banking UK: balance (not PII) then account number and sort code"


def p_ssn_homophones():
    s = ssn()
    w = say_groups(s, [3, 2, 4], " ", "plain")
    w = re.sub(r"\btwo\b", "to", w, count=1)
    w = re.sub(r"\bfour\b", "for", w, count=1)
    return [(A, "and the last step is your social"),
            (C, ["okay it is ", V(w, "SSN"), " and i'm calling about the bill from " + pick(MONTHS)])], \
        "call/healthcare billing: SSN with ASR homophones to/for"


def p_dob_nineteen_hundred():
    d, m = R.randint(1, 28), R.randint(1, 12)
    y = R.randint(1946, 1999)
    return [(A, "can i just take your date of birth for security"),
            (C, ["yeah it's ", V("%s %s %s" % (say_digits("%02d" % d, "plain"), MONTHS[m - 1], year_words(y)), "DOB"),
                 " and i've been a customer for " + pick(["twenty", "eleven"]) + " years"])], \
        "call/banking IE: DOB with digit day and spoken year, years as customer not PII"


POSITIVE = [p_phone_beside_hours, p_sort_beside_amount, p_acct_beside_balance_chat, p_ssn_homophones,
            p_dob_nineteen_hundred, p_payment_chat_full, p_expiry_call_split, p_expiry_readback, p_email_readback,
            p_address_us_split, p_sort_only, p_card_call_one_turn, p_card_call_split, p_card_chat, p_card_cvv_expiry_call,
            p_card_selfcorrect, p_card_readback, p_card_beside_ref, p_cvv_chat, p_cvv_call_homophone,
            p_ssn_call, p_ssn_split, p_ssn_chat, p_ssn_last_then_full, p_ssn_readback,
            p_ni_call, p_ni_pairs, p_ni_split, p_ni_chat, p_ni_readback,
            p_iban_chat, p_iban_call, p_iban_split, p_sort_acct_call, p_sort_acct_chat, p_us_acct,
            p_acct_split, p_phone_uk_call, p_phone_intl, p_phone_us_call, p_phone_split,
            p_phone_intl_call, p_email_call, p_email_chat, p_email_spelled, p_dob_call, p_dob_chat,
            p_dob_with_age, p_postcode_call, p_zip, p_address_call, p_address_chat, p_address_flat,
            p_mixed_bank_call, p_card_then_phone_chat, p_ssn_dob_call, p_ni_beside_ref,
            p_ssn_beside_claim, p_card_asr_homophones]


# ---------------------------------------------------------------- negative templates
def money_words():
    return pick(["two hundred and forty seven pounds thirty", "one thousand three hundred and twelve dollars",
                 "fifty nine ninety nine", "eighteen euro forty", "four hundred and six pounds",
                 "twelve hundred and fifty dollars", "nine pounds ninety nine a month",
                 "three thousand eight hundred and seventy five euro"])


def n_balance():
    amt = "%d.%02d" % (R.randint(100, 9999), R.randint(0, 99))
    return [(A, "your current balance is " + money_words()),
            (C, "and when's the next payment due"),
            (A, "that'll come out on the " + ORD[R.randint(1, 28)] + " of " + pick(MONTHS) +
             " and it's " + amt.replace(".", " pounds ") + " pence")], \
        "call/banking: balance and payment date, no PII"


def n_amount_digits():
    d = rdig(R.randint(3, 4), True)
    p = rdig(2)
    return [(A, "the amount outstanding is " + say_digits(d, "plain") + " point " + say_digits(p, "plain")),
            (C, "sorry was that " + say_digits(d, "plain") + " pounds " + say_digits(p, "pairs") + " pence"),
            (A, "yes that's right")], "call/utilities: amount read digit by digit, no PII"


def n_order_ref_call():
    ref = rdig(10, True)
    return [(A, "have you got the order number there"),
            (C, "yeah the order number is " + say_digits(ref, pick(["plain", "double", "mixed"]))),
            (A, "lovely i can see that order it was dispatched on " + pick(["monday", "the twelfth", "tuesday"]))], \
        "call/retail: ten-digit order number with its name, no PII"


def n_ticket_chat():
    ref = rdig(R.randint(7, 10), True)
    return [(C, pick(["Ticket #", "ticket no. ", "Case ref: ", "Incident number "]) + ref +
             " still not resolved after " + str(R.randint(2, 14)) + " days"),
            (A, "Sorry about that, I've escalated case " + ref + " to our second line team.")], \
        "chat/telecom: ticket number typed and repeated, no PII"


def n_tracking():
    t = pick(["tracking", "consignment", "parcel"])
    code = pick(["".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + rdig(9) + "GB",
                 "1Z" + "".join(pick("0123456789ABCDEFGHJK") for _ in range(8)),
                 rdig(10, True)])
    return [(C, "my %s number is %s and it says delivered but nothing came" % (t, code)),
            (A, "I can see the %s %s was scanned at the depot at %s" % (t, code, pick(["6:42am", "14:05", "11.30"])))], \
        "chat/retail: parcel tracking code, no PII"


def n_invoice_call():
    inv = rdig(8, True)
    return [(A, "which invoice are you querying"),
            (C, "invoice " + say_digits(inv, "pairs") + " from " + pick(MONTHS)),
            (A, "okay that invoice was for " + money_words())], \
        "call/utilities: invoice number in pairs, no PII"


def n_opening_hours():
    return [(C, "what time are you open till"),
            (A, pick(["we're open eight till eight monday to friday and nine till five on saturdays",
                      "the lines are open from seven thirty am to ten pm seven days a week",
                      "it's eight to eight weekdays nine to six saturday ten to four sunday",
                      "we open at oh eight hundred and close at twenty hundred"]))], \
        "call/telecom: opening hours that look like phone digit runs, no PII"


def n_opening_hours_chat():
    return [(C, "what are ur hours"),
            (A, pick(["Mon-Fri 08:00-20:00, Sat 09:00-17:00, Sun closed",
                      "We're here 8am-8pm Mon to Fri and 9-5 Saturday.",
                      "Opening hours: 0900-1730 weekdays, 1000-1600 weekends"]))], \
        "chat/retail: opening hours typed, no PII"


def n_model_serial():
    serial = rdig(R.randint(8, 10), True)
    model = pick(["KX-TG%d" % R.randint(1000, 9999), "WM%d" % R.randint(10000, 99999),
                  "SM-G%dB" % R.randint(900, 999), "HB%d" % R.randint(100, 999)])
    return [(A, "can you read me the model and serial from the sticker"),
            (C, "model is %s and the serial number is %s" % (model, say_digits(serial, "plain"))),
            (A, "thanks that unit's still under warranty till " + pick(MONTHS) + " " + year_words(R.randint(2026, 2028)))], \
        "call/retail: appliance model and serial number, no PII"


def n_meter():
    r = rdig(5)
    r2 = rdig(6)
    return [(A, "can i take a meter reading"),
            (C, "yeah the electric is " + say_digits(r, "plain") + " and the gas is " + say_digits(r2, pick(["plain", "double"]))),
            (A, "thanks i've put those readings on for today")], \
        "call/utilities: meter readings read digit by digit, no PII"


def n_meter_serial_chat():
    return [(C, "meter serial %s%s reading %s" % (pick(["E", "G", "S"]), rdig(8), rdig(5))),
            (A, "Thanks, reading %s submitted." % rdig(5))], \
        "chat/utilities: meter serial and reading typed, no PII"


def n_appointment():
    d = R.randint(1, 28)
    return [(A, "i can book you in for the " + ORD[d] + " of " + pick(MONTHS) + " at " +
             pick(["half ten", "two fifteen", "nine am", "quarter to four"])),
            (C, "the " + ORD[d] + " is fine yeah"),
            (A, "great the engineer will arrive between " + pick(["eight and twelve", "twelve and six"]))], \
        "call/utilities: appointment date and time slot, no PII"


def n_payment_date_chat():
    return [(C, "I paid on %02d/%02d/%d but it still shows overdue" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026))),
            (A, "I can see a payment of £%d.%02d received %d %s." % (R.randint(10, 500), R.randint(0, 99),
                                                                 R.randint(1, 28), pick(MONTHS).capitalize()))], \
        "chat/utilities: payment dates and amounts, no PII"


def n_contract_start():
    return [(A, "your contract started on the " + ORD[R.randint(1, 28)] + " of " + pick(MONTHS) + " " +
             year_words(R.randint(2019, 2025)) + " so it ends in " + pick(MONTHS)),
            (C, "so i've got " + pick(["three", "seven", "eleven"]) + " months left")], \
        "call/telecom: contract start date and duration, no PII"


def n_last_four():
    l4 = rdig(4)
    return [(A, "is that the card ending " + say_digits(l4, "plain")),
            (C, "yeah ending " + say_digits(l4, pick(["plain", "pairs"])) + " that's the one"),
            (A, "okay i'll take the " + money_words() + " from that card")], \
        "call/retail: card last-four mention only, no PII"


def n_last_four_chat():
    l4 = rdig(4)
    return [(A, "I can see a Visa ending in %s and a Mastercard ending %s on the account." % (l4, rdig(4))),
            (C, "use the one ending " + l4 + " pls")], \
        "chat/retail: card last-four mentions only, no PII"


def n_flight():
    fl = pick(["BA", "EI", "FR", "UA", "AA", "LH"])
    num = R.randint(100, 9999)
    return [(C, "i'm on flight " + " ".join(fl.lower()) + " " + say_digits(str(num), pick(["plain", "pairs"])) +
             " departing at " + pick(["six forty", "eighteen fifteen", "half nine"])),
            (A, "thanks that's gate " + str(R.randint(1, 60)) + " and boarding is " + pick(["twenty", "forty five"]) +
             " minutes before")], "call/travel: flight number, times and gate, no PII"


def n_booking_ref():
    code = "".join(pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return [(C, "Booking ref %s, hotel room %d, checking out %s" % (code, R.randint(100, 1299), pick(["11am", "noon", "Sunday"]))),
            (A, "Thanks, booking %s for %d nights is confirmed." % (code, R.randint(1, 14)))], \
        "chat/travel: booking reference and room number, no PII"


def n_speed_data():
    return [(C, "i'm only getting " + pick(["eight point four", "twelve", "three"]) + " megabits and i'm paying for " +
             pick(["five hundred", "nine hundred", "seventy"])),
            (A, "i can see " + pick(["forty two", "sixty", "ninety one"]) + " percent packet loss on the line since " +
             pick(["tuesday", "two thirty this afternoon"]))], "call/telecom: speeds and percentages, no PII"


def n_temperature_age():
    return [(C, "my mum's " + pick(["eighty seven", "ninety two", "seventy four"]) + " and the heating's been off for " +
             pick(["three days", "forty eight hours"]) + " it's " + pick(["nine", "twelve"]) + " degrees in the house"),
            (A, "i'm so sorry i'll get an engineer out within " + pick(["four", "twenty four"]) + " hours")], \
        "call/utilities: age, temperature, durations, no PII"


def n_years_counts():
    return [(C, "i've been with you since " + year_words(R.randint(1998, 2018)) + " and had " +
             pick(["three", "four", "twelve"]) + " phones on contract"),
            (A, "and you've got " + pick(["two", "five"]) + " lines and " + pick(["thirty", "one hundred"]) +
             " gigs of data")], "call/telecom: years and counts, no PII"


def n_policy_number():
    pol = pick(["POL", "MTR", "HH"]) + rdig(R.randint(7, 9), True)
    return [(A, "Could you confirm your policy number?"),
            (C, "it's " + pol + " and the excess is £" + str(pick([100, 250, 350, 500]))),
            (A, "Thanks, policy %s renews on %d %s." % (pol, R.randint(1, 28), pick(MONTHS).capitalize()))], \
        "chat/insurance: policy number and excess, no PII"


def n_claim_call():
    c = rdig(9, True)
    return [(A, "do you have the claim number"),
            (C, "claim number " + say_digits(c, "plain") + " the accident was on the " + ORD[R.randint(1, 28)]),
            (A, "thanks the payout of " + money_words() + " was approved")], \
        "call/insurance: claim number and accident date, no PII"


def n_amounts_chat():
    return [(C, "why is my bill £%d.%02d when it was £%d.%02d last month??" % (R.randint(40, 300), R.randint(0, 99),
                                                                            R.randint(20, 99), R.randint(0, 99))),
            (A, "Your usage went up %d%% - %d kWh vs %d kWh." % (R.randint(5, 60), R.randint(200, 900), R.randint(150, 800)))], \
        "chat/utilities: amounts, percentages, energy usage, no PII"


def n_big_amount_digits_chat():
    return [(A, "Your total outstanding is $%s.%02d" % (format(R.randint(1000, 99999), ","), R.randint(0, 99))),
            (C, "can I pay %s now and %s on the %s" % (R.randint(100, 900), R.randint(100, 900), ORD[R.randint(1, 28)]))], \
        "chat/healthcare billing: dollar amounts and payment plan, no PII"


def n_customer_number():
    cn = rdig(R.randint(8, 10), True)
    return [(A, "can i take your customer reference number it's on the top of the bill"),
            (C, "customer reference " + say_digits(cn, pick(["plain", "double"]))),
            (A, "thank you and i can see " + pick(["two", "three"]) + " properties on that reference")], \
        "call/utilities: customer reference number with its name, no PII"


def n_times_durations():
    return [(C, "i've been on hold for " + pick(["forty five minutes", "an hour and twenty minutes", "fifty two minutes"]) +
             " i called at " + pick(["ten past nine", "nine oh five", "eleven fifty"])),
            (A, "i'm sorry about the wait our average is " + pick(["four", "six"]) + " minutes today")], \
        "call/banking: durations and clock times, no PII"


def n_pin_reset_no_value():
    return [(C, "i want to reset my pin and i forgot my password"),
            (A, "no problem i'll send a " + pick(["six", "four"]) + " digit code by text it's valid for " +
             pick(["ten", "fifteen"]) + " minutes")], "call/banking: talks about codes without giving any, no PII"


def n_exchange_rate():
    return [(C, "what rate did i get on the " + pick(["five hundred", "two thousand"]) + " euro"),
            (A, "it was one point one seven two four with a fee of two point nine nine percent")], \
        "call/travel: exchange rate digits, no PII"


def n_quantities_retail():
    return [(C, "I ordered %d x item %s size %d and got %d" % (R.randint(2, 9), rdig(6, True), R.randint(6, 16), R.randint(1, 5))),
            (A, "Sorry! I'll send the missing items, SKU %s, within 3-5 working days." % rdig(8, True))], \
        "chat/retail: quantities, item and SKU numbers, no PII"


def n_vehicle_reg():
    return [(A, "what's the mileage on the car"),
            (C, "about " + pick(["forty two thousand", "eighty one thousand five hundred", "twelve thousand"]) +
             " miles it's a " + year_words(R.randint(2012, 2023)) + " model " + pick(["one point six", "two litre"]) + " engine")], \
        "call/insurance: mileage, year, engine size, no PII"


def n_company_phone_hours():
    return [(A, "our lines are open twenty four seven and the claims team works eight to six"),
            (C, "and it takes how many days"),
            (A, "usually five to ten working days")], "call/insurance: 24/7 and ranges, no PII"


def n_room_temp_hotel():
    return [(C, "Room %d, the AC is stuck at %d degrees and it's %d:%02d" % (R.randint(100, 999), R.randint(16, 30),
                                                                             R.randint(1, 12), R.randint(0, 59))),
            (A, "Maintenance will be with you in %d minutes." % R.randint(5, 30))], \
        "chat/travel: hotel room, temperature, time, no PII"


def n_mortgage():
    return [(A, "the mortgage is " + pick(["one hundred and eighty seven thousand", "two hundred and twelve thousand four hundred"]) +
             " at four point two nine percent over " + pick(["twenty five", "thirty"]) + " years"),
            (C, "and monthly that's about " + pick(["nine hundred and eighty", "twelve hundred"]))], \
        "call/banking: mortgage amounts, rates, terms, no PII"


def n_sort_like_ref():
    r = rdig(6, True)
    return [(C, "the reference on the letter is " + say_groups(r, [2, 2, 2], " ", "pairs") +
             " dash " + pick(["a", "b", "x"])),
            (A, "that's a letter reference " + r + " it's about the rate change on " + pick(MONTHS))], \
        "call/banking: six-digit letter reference in pairs (sort-code-like), no PII"


def n_bill_period():
    m = R.randrange(11)
    return [(A, "this bill covers the tenth of " + MONTHS[m] + " to the ninth of " + MONTHS[m + 1] +
             " and it's " + money_words()),
            (C, "and the direct debit goes out on the " + ORD[R.randint(1, 28)])], \
        "call/utilities: bill period dates and payment date, no PII"


def n_prescription():
    return [(C, "it's about invoice number " + rdig(7, True) + " for my " + pick(["mri", "x-ray", "blood test"]) +
             " on " + "%d/%d" % (R.randint(1, 12), R.randint(1, 28))),
            (A, "I see it, patient responsibility is $%d.%02d after insurance paid %d%%." % (R.randint(20, 800), R.randint(0, 99), R.randint(50, 90)))], \
        "chat/healthcare billing: invoice number, service date, amounts, no PII"


def n_gov_ref():
    return [(A, "your application reference is " + say_digits(rdig(10, True), "plain")),
            (C, "and how long will that take"),
            (A, "it's currently " + pick(["six to eight", "twelve"]) + " weeks from the " + ORD[R.randint(1, 28)])], \
        "call/government services: application reference with its name, no PII"


def n_ref_split():
    ref = rdig(10, True)
    return [(A, "what's the reference number on the letter"),
            (C, "the reference is " + say_digits(ref[:4], "plain")),
            (A, "mhm"),
            (C, say_digits(ref[4:7], pick(["plain", "double"]))),
            (A, "yep"),
            (C, say_digits(ref[7:], "plain") + " that's the reference")], \
        "call/government services: ten-digit letter reference split over turns with back-channels, no PII"


def n_ticket_spoken_groups():
    ref = rdig(10, True)
    return [(A, "i'll give you a ticket number for this call"),
            (A, "it's " + say_groups(ref, [3, 3, 4], ", ", "plain") + " and that's your ticket number"),
            (C, "okay so ticket " + say_groups(ref, [3, 3, 4], " ", "plain"))], \
        "call/telecom: ten-digit ticket number grouped 3-3-4 (phone-like) with its name, no PII"


def n_appointment_typed():
    return [(A, "Your appointment is confirmed for %02d/%02d/%d at %d:%02d." % (R.randint(1, 28), R.randint(1, 12),
                                                                            R.randint(2026, 2027), R.randint(8, 17), pick([0, 15, 30, 45]))),
            (C, "can I move it to %d/%d instead" % (R.randint(1, 28), R.randint(1, 12)))], \
        "chat/healthcare billing: appointment dates typed in DOB-like format, no PII"


def n_amount_typed_digits():
    d, pence = rdig(4, True), rdig(2)
    return [(C, "I was charged %s . %s twice" % (" ".join(d), " ".join(pence))),
            (A, "I can see two charges of £%s.%s on the %s, one will be refunded in 3-5 days." % (d[0] + "," + d[1:], pence, ORD[R.randint(1, 28)]))], \
        "chat/retail: amount typed with spaced digits, no PII"


def n_account_balance_words():
    return [(C, "how much is in my savings account"),
            (A, "the savings account has " + pick(["four thousand two hundred and eleven pounds", "eleven thousand and six dollars"]) +
             " and the overdraft limit on the current account is " + pick(["fifteen hundred", "two thousand five hundred"])),
            (C, "and the interest rate"), (A, "three point seven five percent a e r")], \
        "call/banking: account balances and rates near the word 'account', no PII"


def n_mentions_no_value():
    return [(C, "do you need my social security number or date of birth"),
            (A, "no i just need the " + pick(["claim", "invoice", "order"]) + " number and it takes " +
             pick(["two", "three"]) + " to " + pick(["five", "seven"]) + " working days"),
            (C, "it's " + say_digits(rdig(8, True), "plain") + " that " + pick(["claim", "invoice", "order"]) + " number")], \
        "call/insurance: PII words without PII values, reference number with its name, no PII"


def n_software_version():
    return [(C, "router says firmware %d.%d.%d build %s" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), rdig(8, True))),
            (A, "Thanks, version %d.%d is the latest; please restart and wait %d minutes." % (R.randint(1, 9), R.randint(0, 20), R.randint(2, 10)))], \
        "chat/telecom: firmware version and build number, no PII"


def n_transport():
    return [(C, "i'm on the " + pick(["number thirty eight", "forty one", "one one seven"]) + " bus to platform " +
             pick(["four", "twelve"]) + " for the " + pick(["sixteen twenty", "nine fifteen"]) + " train"),
            (A, "that train is running " + pick(["twelve", "eighteen"]) + " minutes late and coach " +
             pick(["c", "d"]) + " seat " + pick(["forty two", "sixty one"]) + " is yours")], \
        "call/travel: bus, platform, train times, coach and seat, no PII"


def n_serial_chat_long():
    return [(C, "Serial no. %s, bought %s %d for £%d" % ("".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(10)),
                                                    pick(MONTHS).capitalize(), R.randint(2022, 2026), R.randint(80, 1500))),
            (A, "Thanks, that's covered until %d %s %d." % (R.randint(1, 28), pick(MONTHS).capitalize(), R.randint(2026, 2028)))], \
        "chat/retail: alphanumeric serial number, purchase date and price, no PII"


NEGATIVE = [n_ref_split, n_ticket_spoken_groups, n_appointment_typed, n_amount_typed_digits,
            n_account_balance_words, n_mentions_no_value, n_software_version, n_transport, n_serial_chat_long, n_balance, n_amount_digits, n_order_ref_call, n_ticket_chat, n_tracking, n_invoice_call,
            n_opening_hours, n_opening_hours_chat, n_model_serial, n_meter, n_meter_serial_chat,
            n_appointment, n_payment_date_chat, n_contract_start, n_last_four, n_last_four_chat, n_flight,
            n_booking_ref, n_speed_data, n_temperature_age, n_years_counts, n_policy_number, n_claim_call,
            n_amounts_chat, n_big_amount_digits_chat, n_customer_number, n_times_durations,
            n_pin_reset_no_value, n_exchange_rate, n_quantities_retail, n_vehicle_reg,
            n_company_phone_hours, n_room_temp_hotel, n_mortgage, n_sort_like_ref, n_bill_period,
            n_prescription, n_gov_ref]

N_POS, N_NEG = 236, 141


def generate():
    cases = []
    for i in range(N_POS):
        turns, note = POSITIVE[i % len(POSITIVE)]()
        cases.append(build("h312-pos-%03d" % (i + 1), "positive", turns, note))
    for i in range(N_NEG):
        turns, note = NEGATIVE[i % len(NEGATIVE)]()
        cases.append(build("h312-neg-%03d" % (i + 1), "negative", turns, note))
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        d = dict(c)
        d["spans"] = [{k: v for k, v in s.items() if not k.startswith("_")} for s in c["spans"]]
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n"


TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
         "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})


def verify(cases):
    errs = []
    ids = Counter(c["id"] for c in cases)
    errs += ["duplicate id %s" % k for k, v in ids.items() if v > 1]
    # whole values that were split: gather parts per case/type
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive without spans" % c["id"])
        prev = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s bad type %s" % (c["id"], s["type"]))
                continue
            if s["turn"] >= len(c["turns"]):
                errs.append("%s turn out of range" % c["id"])
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s offsets out of range" % c["id"])
                continue
            if t[a].isspace() or t[b - 1].isspace():
                errs.append("%s span has outer whitespace" % c["id"])
            if (a > 0 and t[a - 1].isalnum() and t[a].isalnum()) or (b < len(t) and t[b].isalnum() and t[b - 1].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], t[a:b]))
            key = s["turn"]
            if key in prev and prev[key] > a:
                errs.append("%s overlapping spans" % c["id"])
            prev[key] = max(prev.get(key, 0), b)
            e = validate_value(s["type"], t[a:b], s.get("_part", False))
            if e:
                errs.append("%s %s: %s" % (c["id"], s["type"], e))
        # split values: concatenated parts must validate as a whole
        parts = [s for s in c["spans"] if s.get("_part")]
        for typ in set(s["type"] for s in parts):
            ps = [s for s in parts if s["type"] == typ]
            letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
            norms = [normalise(c["turns"][s["turn"]]["text"][s["start"]:s["end"]], letters) for s in ps]
            if "sorry" in " ".join(c["turns"][s["turn"]]["text"] for s in ps):
                norms = norms[1:]  # first group was the mis-spoken one
            e = validate_value(typ, " ".join(norms), False) if None not in norms else "unparsable part"
            if e:
                errs.append("%s split %s: %s" % (c["id"], typ, e))
    # also check spans' sorted order within turn
    return errs


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    kinds = Counter(c["kind"] for c in cases)
    return cnt, kinds


def readme(cases):
    cnt, kinds = counts(cases)
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h312

**Never use this set for tuning.** It is a held-out evaluation set; looking at
failures and then changing the redactor to fix them invalidates it.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see
the redaction code, its tests, its docs, the benchmark script or any other PII
fixture; the only existing data consulted was a three-line example of the JSONL
format. All cases are produced by `scripts/make_pii_holdout312.py` from template
functions: every turn is assembled from plain-text segments and labelled
(value, TYPE) segments so offsets are computed, never typed by hand. All values
come from one `random.Random(%d)`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout312.py --check` regenerates and verifies the file
(identical bytes, unique ids, offsets in range and on word boundaries, no
overlaps, and each value validated after normalising spoken forms: Luhn for
cards, mod-97 for IBANs, NI shape, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK postcode / US ZIP shapes; values split over
several turns are validated after joining their parts).

## Contents

- %d positive cases, %d negative cases (%d total).
- Chat (typed, varied separators and case) and call (ASR-style: lower case,
  numbers as words, "oh"/"o"/"nought"/"zero", "double"/"triple", pairs such as
  "forty one", years such as "nineteen eighty", letters as "b for bravo",
  e-mails as "x dot y at gmail dot com", ASR homophones for/to/too/ate,
  fillers inside readings, values split over turns with back-channels,
  self-corrections, agent read-backs, two values in one turn).
- Industries: banking, telecom, utilities, retail, insurance, travel,
  healthcare billing, government services; US, UK, Ireland, EU values.

## Annotation conventions

- A span covers the value only: from its first to its last spoken/typed token,
  including internal separators, spoken filler words ("um") and
  "double"/"triple"/"for bravo" inside the reading. Lead-ins ("it's", "my card
  is") and trailing chit-chat are outside.
- A value split over several customer turns gets one span per turn (each piece).
- In a self-correction both the mis-spoken group and the corrected digits are
  labelled (the words "no sorry" between them are not).
- An agent read-back of a value is labelled as well.
- International phone prefixes ("+44", "plus three five three") are inside the
  PHONE span.
- ADDRESS = house/flat number + street name + street type (+ "Apt n" where
  typed); town names are not in the span; the postcode/ZIP is its own POSTCODE span.
- EXPIRY and DOB spans cover the whole date expression ("the third of july
  nineteen seventy nine", "09/27").
- Not labelled (and used as negatives / distractors): card last-four mentions,
  order/ticket/claim/invoice/policy/customer/application references, tracking
  codes, amounts (also read digit by digit), balances, times, opening hours,
  durations, counts, years, percentages, ages, temperatures, speeds, meter
  readings and serials, model/serial numbers, flight numbers, room numbers,
  appointment/payment/contract dates.

## Span counts per type

| type | spans |
|---|---|
%s
""" % (SEED, kinds["positive"], kinds["negative"], len(cases), rows)


def main():
    cases = generate()
    text = serialise(cases)
    rd = readme(cases)
    errs = verify(cases)
    cnt, kinds = counts(cases)
    for t in TYPES:
        if cnt[t] < MIN_SPANS[t]:
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    if kinds["positive"] < 170 or kinds["negative"] < 100:
        errs.append("too few cases")
    if "--check" in sys.argv:
        if not CASES.exists() or CASES.read_text(encoding="utf-8") != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not README.exists() or README.read_text(encoding="utf-8") != rd:
            errs.append("README.md differs from regenerated output")
        # re-parse the file to check it is valid JSON lines
        if CASES.exists():
            for ln in CASES.read_text(encoding="utf-8").splitlines():
                json.loads(ln)
    else:
        OUT_DIR.mkdir(parents=True, exist_ok=True)
        CASES.write_text(text, encoding="utf-8")
        README.write_text(rd, encoding="utf-8")
    print("positives %d negatives %d" % (kinds["positive"], kinds["negative"]))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    for e in errs:
        print("ERROR", e)
    print("FAIL (%d problems)" % len(errs) if errs else "OK")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())

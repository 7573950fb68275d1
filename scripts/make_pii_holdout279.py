#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h279.

Written by an independent AI helper that never saw the redaction code.
Usage:
    python scripts/make_pii_holdout279.py          # write fixture + README
    python scripts/make_pii_holdout279.py --check  # regenerate, compare, validate
Standard library only. Never use this set for tuning.
"""
import datetime
import json
import os
import random
import re
import sys

SEED = 279241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout279")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ---------------------------------------------------------------- words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
LETTER_HOMO = {"b": "bee", "c": "see", "d": "dee", "j": "jay", "k": "kay", "p": "pee",
               "t": "tee", "y": "why", "r": "are", "x": "ex", "e": "e", "g": "gee"}
FILLERS = ["um", "uh", "erm", "er"]


def zero_word(uk=True):
    return R.choice(["zero", "oh", "o", "nought"] if uk else ["zero", "oh", "o"])


def dword(d, uk=True, homo=0.0):
    d = int(d)
    if d == 0:
        return zero_word(uk)
    w = UNITS[d]
    if homo and R.random() < homo:
        w = {"two": R.choice(["to", "too"]), "four": "for", "eight": "ate", "one": "won"}.get(w, w)
    return w


def say_digits(s, uk=True, runs=True, homo=0.0):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if runs and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.8:
            out.append("triple " + dword(c, uk))
            i += 3
            continue
        if runs and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.8:
            out.append("double " + dword(c, uk))
            i += 2
            continue
        out.append(dword(c, uk, homo))
        i += 1
    return " ".join(out)


def say_pair(p, uk=True, last=True):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return dword(0, uk) + " " + UNITS[b] if b else dword(0, uk) + " " + dword(0, uk)
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a] if last else UNITS[a] + " " + dword(0, uk)
    return TENS[a] + " " + UNITS[b]


def say_hundreds(t, uk=True, last=True):
    a, bc = int(t[0]), t[1:]
    if a == 0:
        return None
    if bc == "00":
        return UNITS[a] + " hundred"
    if bc[0] != "0" and bc[1] == "0" and not last:
        return None
    tail = UNITS[int(bc[1])] if bc[0] == "0" else say_pair(bc, uk, last)
    return UNITS[a] + " hundred " + R.choice(["and ", ""]) + tail


def say_chunk(ch, style, uk=True, last=True, homo=0.0):
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(say_pair(ch[i:i + 2], uk, last and i + 2 == len(ch)) for i in range(0, len(ch), 2))
    if style == "hundreds" and len(ch) == 3:
        h = say_hundreds(ch, uk, last)
        if h:
            return h
    return say_digits(ch, uk, runs=(style != "plain"), homo=homo)


def say_number(s, groups=None, uk=True, style=None, filler=0.0, homo=0.0):
    """Render a digit string as an ASR transcript would."""
    if groups is None:
        groups = [len(s)]
    chunks = []
    i = 0
    for g in groups:
        chunks.append(s[i:i + g])
        i += g
    parts = []
    for k, ch in enumerate(chunks):
        st = style or R.choice(["digits", "digits", "pairs", "plain", "hundreds"])
        parts.append(say_chunk(ch, st, uk, k == len(chunks) - 1, homo))
        if k < len(chunks) - 1 and filler and R.random() < filler:
            parts.append(R.choice(FILLERS))
    return " ".join(parts)


def say_letter(c, mode=None):
    c = c.lower()
    mode = mode or R.choice(["bare", "bare", "nato_for", "nato", "homo"])
    if mode == "nato_for":
        return c + " " + R.choice(["for", "for", "for", "four", "as in"]) + " " + NATO[c]
    if mode == "nato":
        return NATO[c]
    if mode == "homo" and c in LETTER_HOMO:
        return LETTER_HOMO[c]
    return c


# ---------------------------------------------------------------- normaliser
NORM_FILL = {"um", "uh", "erm", "er", "sorry", "and", "uhm", "hmm", "dash", "hyphen", "space"}
HOMO_DIG = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1", "oh": "0", "o": "0",
            "nought": "0", "zero": "0", "nil": "0"}
REV_NATO = {v: k.upper() for k, v in NATO.items()}
REV_HOMO = {v: k.upper() for k, v in LETTER_HOMO.items() if v != "e"}


def _unit(t):
    if t in UNITS:
        return UNITS.index(t)
    if t in HOMO_DIG:
        return int(HOMO_DIG[t])
    return None


def normalise(text):
    """Spoken/typed value -> canonical string of [0-9A-Z+@.]"""
    toks = [t for t in re.findall(r"[a-z0-9]+|\+", text.lower())]
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < n else None
        prev = toks[i - 1] if i > 0 else None
        if t in ("for", "four") and nxt in REV_NATO and prev is not None and len(prev) == 1 and prev.isalpha():
            i += 2
            continue
        if t == "as" and nxt == "in" and i + 2 < n and toks[i + 2] in REV_NATO:
            i += 3
            continue
        if t in NORM_FILL:
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            u = _unit(nxt) if nxt else None
            if u is not None and nxt not in ("for",):
                out.append(str(u) * k)
            elif nxt and len(nxt) == 1:
                out.append(nxt.upper() * k)
            else:
                raise ValueError("bad double: %r" % text)
            i += 2
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        tv = [k for k, v in TENS.items() if v == t]
        if tv:
            u = _unit(nxt) if nxt else None
            if u and nxt in UNITS:
                out.append(str(tv[0] * 10 + u))
                i += 2
            else:
                out.append(str(tv[0] * 10))
                i += 1
            continue
        u = _unit(t)
        if u is not None:
            if nxt == "hundred":
                val = u * 100
                i += 2
                if i < n and toks[i] == "and":
                    i += 1
                if i < n and toks[i] in TEENS:
                    val += 10 + TEENS.index(toks[i])
                    i += 1
                elif i < n and [k for k, v in TENS.items() if v == toks[i]]:
                    val += 10 * [k for k, v in TENS.items() if v == toks[i]][0]
                    i += 1
                    if i < n and toks[i] in UNITS[1:]:
                        val += UNITS.index(toks[i])
                        i += 1
                elif i < n and toks[i] in UNITS[1:]:
                    val += UNITS.index(toks[i])
                    i += 1
                out.append("%03d" % val)
                continue
            out.append(str(u))
            i += 1
            continue
        if t in REV_NATO:
            out.append(REV_NATO[t])
        elif t in REV_HOMO:
            out.append(REV_HOMO[t])
        elif t == "plus" or t == "+":
            out.append("+")
        elif re.fullmatch(r"[a-z0-9]+", t) and (len(t) == 1 or any(ch.isdigit() for ch in t) or t.isupper()):
            out.append(t.upper())
        elif re.fullmatch(r"[a-z]{2,4}", t):
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- values
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "maestro"])
    if kind == "visa":
        p, L = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        p, L = str(R.choice([51, 52, 53, 54, 55, 22])), 16
    elif kind == "amex":
        p, L = R.choice(["34", "37"]), 15
    elif kind == "disc":
        p, L = "6011", 16
    elif kind == "visa13":
        p, L = "4", 13
    elif kind == "visa19":
        p, L = "4", 19
    else:
        p, L = "6759", 18
    body = p + "".join(str(R.randint(0, 9)) for _ in range(L - len(p) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(n):
    return {15: [4, 6, 5], 13: [4, 4, 5], 19: [4, 4, 4, 4, 3], 18: [4, 4, 4, 4, 2]}.get(n, [4, 4, 4, 4])


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
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def iban_check(country, bban):
    rearr = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in rearr)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    rearr = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in rearr)) % 97 == 1


def iban():
    c = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR", "ES"])
    letters = "ABCDEFGHJKLMNPRSTWXYZ"
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HLFX", "HBUK"]) + digits(6) + digits(8)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS", "ULSB"]) + digits(6) + digits(8)
    elif c == "DE":
        bban = digits(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "SNSB"]) + digits(10)
    elif c == "FR":
        bban = digits(23)
    else:
        bban = digits(20)
    return c + iban_check(c, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def uk_mobile():
    return "07" + str(R.choice([4, 5, 7, 8, 9])) + digits(8)


def us_phone():
    return str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)


def ie_mobile():
    return "08" + R.choice("35679") + digits(7)


PC_L1 = "ABCEGHKLMNPRSTWY"
PC_L2 = "ABCDEGHKLMNPRSTUWY"
PC_IN = "ABDEFGHJLNPQRSTUWXYZ"


def uk_postcode():
    shape = R.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A"])
    out = ""
    for k, ch in enumerate(shape):
        if ch == "9":
            out += str(R.randint(1, 9))
        elif k == 0:
            out += R.choice(PC_L1 if shape[1].isalpha() else "BEGLMNSW")
        elif shape[k - 1] == "9":
            out += R.choice("ABEHJKPSTUW")
        else:
            out += R.choice(PC_L2)
    return out + " " + str(R.randint(0, 9)) + R.choice(PC_IN) + R.choice(PC_IN)


UKPC_RE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$")


def us_zip(plus4=False):
    z = "%05d" % R.randint(1001, 99950)
    return z + ("-" + digits(4) if plus4 else "")


STREETS = ["maple", "church", "station", "high", "mill", "park", "victoria", "oak", "cedar",
           "willow", "king", "queen", "elm", "meadow", "orchard", "chapel", "bridge", "lake",
           "harbour", "pine", "ashgrove", "kenilworth", "beechwood", "fairview", "glenview"]
STYPES = ["street", "road", "avenue", "lane", "drive", "close", "crescent", "way", "terrace",
          "court", "gardens", "place", "boulevard"]
FIRST = ["james", "sarah", "liam", "aoife", "priya", "tom", "maria", "kevin", "emma", "david",
         "niamh", "chloe", "marcus", "fatima", "oliver", "grace", "sean", "hannah", "raj", "lucy"]
LAST = ["murphy", "smith", "okafor", "patel", "kowalski", "obrien", "nguyen", "walsh", "jones",
        "garcia", "hughes", "byrne", "clarke", "khan", "schmidt", "dubois", "evans", "kelly"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "protonmail.com", "aol.com", "live.ie"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def say_year(y):
    a, b = divmod(y, 100)
    if a == 20:
        return "two thousand" + ("" if b == 0 else " and " + (say_pair("%02d" % b) if b >= 10 else UNITS[b]))
    return say_pair("%02d" % a) + " " + (say_pair("%02d" % b) if b >= 10 else "oh " + UNITS[b])


def email_value():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                      l + f[0], f + "." + l + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e):
    local, dom = e.split("@")

    def part(s):
        out = []
        for seg in re.split(r"([._])", s):
            if seg == ".":
                out.append("dot")
            elif seg == "_":
                out.append("underscore")
            elif seg.isdigit():
                out.append(say_number(seg, style=R.choice(["digits", "pairs"])))
            elif len(seg) == 1:
                out.append(say_letter(seg, R.choice(["bare", "nato_for"])))
            elif seg:
                m = re.match(r"([a-z]+)(\d*)$", seg)
                out.append(m.group(1))
                if m.group(2):
                    out.append(say_number(m.group(2), style="digits"))
        return " ".join(out)
    return part(local) + " " + R.choice(["at", "at", "at sign"]) + " " + part(dom)


def dob_value():
    return datetime.date(R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28))


def address_value():
    return (R.randint(1, 480), R.choice(STREETS), R.choice(STYPES))


# ---------------------------------------------------------------- case builder
class V:
    """A labelled value fragment inside a turn."""

    def __init__(self, text, typ, group=None, canon=None, check=True):
        self.text, self.typ, self.group, self.canon, self.check = text, typ, group, canon, check


CASES = []
META = {}  # case id -> list of (group, type, canon, [rendered parts], check)


def build(kind, note, turns):
    idx = sum(1 for c in CASES if c["kind"] == kind) + 1
    cid = "h279-%s-%03d" % ("pos" if kind == "positive" else "neg", idx)
    out_turns, spans, groups = [], [], {}
    for ti, (spk, parts) in enumerate(turns):
        text = ""
        for p in parts:
            if isinstance(p, V):
                s = len(text)
                text += p.text
                spans.append({"turn": ti, "start": s, "end": len(text), "type": p.typ})
                g = p.group or ("auto%d_%d" % (ti, s))
                groups.setdefault(g, {"type": p.typ, "canon": p.canon, "parts": [], "check": p.check})
                groups[g]["parts"].append(p.text)
                if p.canon is not None:
                    groups[g]["canon"] = p.canon
            else:
                text += p
        out_turns.append({"speaker": spk, "text": text})
    CASES.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META[cid] = groups


def A(*parts):
    return ("agent", list(parts))


def C(*parts):
    return ("customer", list(parts))


def pick(*xs):
    return R.choice(xs)


def ack():
    return R.choice(["mhm", "okay", "yep", "okay go on", "uh huh", "right", "got that", "yeah"])


def split_spoken(s, groups, uk=True, homo=0.0):
    """Split digit string by groups into spoken chunks."""
    res, i = [], 0
    for g in groups:
        res.append(say_number(s[i:i + g], uk=uk, homo=homo))
        i += g
    return res


def typed_sep(s, groups, sep):
    res, i = [], 0
    for g in groups:
        res.append(s[i:i + g])
        i += g
    return sep.join(res)


def casing(s):
    return s


# ---------------------------------------------------------------- positive templates
IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"]
IND_US = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"]


def p_card_call_one_turn():
    c = card()
    sp = say_number(c, card_groups(len(c)), uk=R.random() < 0.5, filler=0.3)
    build("positive", "call/%s: card number spoken in one turn, mixed digit/pair/double forms" % pick(*IND_UK),
          [A(pick("can i take the long card number please", "and the number across the front of the card",
                  "okay whenever you're ready with the card number")),
           C(pick("yeah it's ", "okay so ", "right it's ", ""), V(sp, "CARD_NUMBER", canon=c),
            pick("", " and that's a " + pick("visa", "mastercard") + " debit", " ok"))])


def p_card_call_split():
    c = card()
    gs = card_groups(len(c))
    uk = R.random() < 0.5
    chunks = split_spoken(c, gs, uk=uk, homo=0.15)
    turns = [A(pick("go ahead with the card number", "what's the card number please"))]
    for k, ch in enumerate(chunks):
        lead = pick("", "", "um ", "so ", "then ") if k else pick("it's ", "okay ", "")
        turns.append(C(lead, V(ch, "CARD_NUMBER", group="c", canon=c)))
        if k < len(chunks) - 1:
            turns.append(A(ack()))
    build("positive", "call/%s: card split over %d customer turns with back-channels, ASR homophones" %
          (pick(*IND_US), len(chunks)), turns)


def p_card_readback():
    c = card()
    gs = card_groups(len(c))
    sp1 = say_number(c, gs, style="digits")
    sp2 = say_number(c, gs, style=pick("pairs", "digits", "plain"))
    build("positive", "call/%s: customer gives card, agent reads it back in a different spoken form" % pick(*IND_UK),
          [A("can i have the card number"),
           C(V(sp1, "CARD_NUMBER", canon=c)),
           A("thank you so just to confirm that's ", V(sp2, "CARD_NUMBER", canon=c), " is that right"),
           C(pick("yes that's right", "yep", "correct"))])


def p_card_correction():
    c = card()
    gs = card_groups(len(c))
    chunks = split_spoken(c, gs)
    wrong_last = c[-gs[-1]:-1] + str((int(c[-1]) + 3) % 10)
    turns = [A("card number when you're ready")]
    turns.append(C(V(" ".join(chunks[:-1]), "CARD_NUMBER", group="c", canon=c)))
    turns.append(A(ack()))
    turns.append(C(V(say_number(wrong_last, style="digits"), "CARD_NUMBER", group="w", canon=None, check=False),
                   " no sorry hang on the last bit is ", V(chunks[-1], "CARD_NUMBER", group="c", canon=c)))
    build("positive", "call/%s: card with self-correction of last group; wrong attempt also labelled" % pick(*IND_UK), turns)


def p_card_chat():
    c = card()
    gs = card_groups(len(c))
    sep = pick(" ", "-", "", "  ", ".", " - ", " ")
    typed = typed_sep(c, gs, sep)
    pre = pick("card no: ", "my card is ", "Card number ", "its ", "ok card - ", "heres the card ")
    post = pick(" thanks", "", " exp is on the back?", " pls charge the £42.50 to that", "!!")
    build("positive", "chat/%s: card typed with separator %r" % (pick(*IND_UK), sep),
          [A("Please type the card number you'd like to use."), C(pre, V(typed, "CARD_NUMBER", canon=c), post)])


def p_card_chat_two_msgs():
    c = card()
    cut = R.choice([6, 8, 10])
    build("positive", "chat/retail: card typed across two messages, split mid-number",
          [C("ok the card is ", V(c[:cut], "CARD_NUMBER", group="c", canon=c), "..."),
           A("Go on"),
           C(V(c[cut:], "CARD_NUMBER", group="c", canon=c), " sorry sent too early")])


def p_card_cvv_exp_call():
    c = card()
    cvv = digits(4 if len(c) == 15 else 3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    exp_sp = pick("%s %s" % (say_pair("%02d" % mm, True), say_pair("%02d" % yy)),
                  "%s twenty %s" % (MONTHS[mm - 1], say_pair("%02d" % yy)),
                  "%s %s" % (say_digits("%02d" % mm, runs=False), say_digits("%02d" % yy, runs=False)),
                  "%s slash %s" % (say_pair("%02d" % mm), say_pair("%02d" % yy)))
    build("positive", "call/%s: card, then expiry and security code in separate answers" % pick(*IND_US),
          [A("what's the long number on the card"),
           C(V(say_number(c, card_groups(len(c))), "CARD_NUMBER", canon=c)),
           A("and the expiry date"),
           C(pick("", "it's ", "expires "), V(exp_sp, "EXPIRY", canon="%02d/%02d" % (mm, yy))),
           A("and the three digits on the back" if len(cvv) == 3 else "and the four digit code on the front"),
           C(pick("", "that's ", "um "), V(say_number(cvv, style="digits"), "CVV", canon=cvv))])


def p_cvv_exp_chat():
    cvv = digits(3)
    mm, yy = R.randint(1, 12), R.randint(26, 31)
    ex = pick("%02d/%02d" % (mm, yy), "%02d-%d" % (mm, 2000 + yy), "%02d / %02d" % (mm, yy), "%d/%02d" % (mm, yy))
    build("positive", "chat/%s: expiry and CVV typed in one message with labels" % pick(*IND_UK),
          [A("Thanks. Could you give the expiry and the security code?"),
           C(pick("exp ", "expiry ", "Expires "), V(ex, "EXPIRY", canon="%02d/%02d" % (mm, yy)),
             pick(" cvv ", " and code ", ", security code is ", " sec code: "), V(cvv, "CVV", canon=cvv))])


def p_ssn_call():
    s = ssn()
    gs = [3, 2, 4]
    sp = say_number(s, gs, uk=False, filler=0.3, homo=0.1)
    build("positive", "call/%s: SSN spoken 3-2-4 with fillers and possible homophones" % pick(*IND_US),
          [A(pick("can i get your social security number", "and for verification your social please",
                  "i'll need the full social")),
           C(pick("sure it's ", "yeah ", "okay um ", ""), V(sp, "SSN", canon=s))])


def p_ssn_split():
    s = ssn()
    ch = [s[:3], s[3:5], s[5:]]
    sty = [pick("digits", "hundreds"), pick("pairs", "digits"), pick("pairs", "digits", "plain")]
    turns = [A("what's your social security number")]
    for k in range(3):
        turns.append(C(pick("", "", "uh "), V(say_chunk(ch[k], sty[k], False, True), "SSN", group="s", canon=s)))
        if k < 2:
            turns.append(A(ack()))
    build("positive", "call/%s: SSN split over three turns, pairs and hundreds" % pick(*IND_US), turns)


def p_ssn_last4_and_full():
    s = ssn()
    build("positive", "call/healthcare billing: agent reads SSN back in pairs after caller gives digits",
          [A("i need to verify the social on the account"),
           C(V(say_number(s, [3, 2, 4], uk=False, style="digits"), "SSN", canon=s)),
           A("okay so ", V(say_number(s, [3, 2, 4], uk=False, style="pairs"), "SSN", canon=s), " correct"),
           C("yes ma'am")])


def p_ssn_chat():
    s = ssn()
    fmt = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s–%s–%s")
    t = fmt % (s[:3], s[3:5], s[5:])
    build("positive", "chat/%s: SSN typed as %r" % (pick(*IND_US), fmt),
          [A("For security, please provide your SSN."),
           C(pick("ssn ", "SSN: ", "its ", "my social is ", "Social Security # "), V(t, "SSN", canon=s),
             pick("", " thx", " - my balance is $1,204.18?", " (tax id)"))])


def p_ssn_correction():
    s = ssn()
    wrong = s[:5] + s[5:7] + s[8] + s[7]
    if wrong == s:
        wrong = s[:5] + "%04d" % ((int(s[5:]) + 11) % 10000)
    build("positive", "call/%s: SSN with transposition, caller restates full number" % pick(*IND_US),
          [A("and your social"),
           C(V(say_number(wrong, [3, 2, 4], uk=False), "SSN", canon=wrong, check=False),
             " wait no i flipped that ", V(say_number(s, [3, 2, 4], uk=False), "SSN", canon=s))])


def p_ni_call():
    n = ni()
    mode = pick("bare", "nato_for", "homo", None)
    letters = [say_letter(n[0], mode), say_letter(n[1], mode)]
    dg = say_number(n[2:8], pick([2, 2, 2], [6], [3, 3]), uk=True, style=pick("pairs", "digits", None))
    sp = " ".join(letters) + " " + dg + " " + say_letter(n[8], mode)
    build("positive", "call/%s: NI number spoken, letter style %s" % (pick(*IND_UK), mode or "mixed"),
          [A(pick("can you give me your national insurance number", "and your n i number please")),
           C(pick("yeah it's ", "okay ", "right so ", ""), V(sp, "NI_NUMBER", canon=n))])


def p_ni_split():
    n = ni()
    p1 = say_letter(n[0]) + " " + say_letter(n[1])
    p2 = say_number(n[2:8], [2, 2, 2], style=pick("pairs", "digits"))
    p3 = say_letter(n[8], pick("bare", "nato_for", "nato"))
    build("positive", "call/government services: NI letters, digits, suffix across three turns",
          [A("what's your national insurance number"),
           C(pick("it starts ", "", "um "), V(p1, "NI_NUMBER", group="n", canon=n)),
           A(ack()),
           C(V(p2, "NI_NUMBER", group="n", canon=n)),
           A("and the last letter"),
           C(pick("", "it's ", "that's "), V(p3, "NI_NUMBER", group="n", canon=n))])


def p_ni_chat():
    n = ni()
    fmt = R.randint(0, 5)
    t = [n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
         n.lower(), n[:2] + "-" + n[2:8] + "-" + n[8],
         n[:2] + n[2:8] + " " + n[8], (n[:2] + " " + n[2:8] + " " + n[8]).lower()][fmt]
    build("positive", "chat/%s: NI number typed, format %d" % (pick(*IND_UK), fmt),
          [A("Can I take your National Insurance number?"),
           C(pick("NI no ", "sure ", "its ", "NINO: ", ""), V(t, "NI_NUMBER", canon=n),
             pick("", " cheers", ", I started the job on 3 March", " - ref 4471923"))])


def p_ni_readback():
    n = ni()
    a = " ".join(say_letter(ch, "bare") for ch in n[:2]) + " " + say_number(n[2:8], [2, 2, 2], style="pairs") + " " + n[8].lower()
    b = " ".join(say_letter(ch, "nato_for") for ch in n[:2]) + " " + say_number(n[2:8], [6], style="digits") + " " + say_letter(n[8], "nato_for")
    build("positive", "call/%s: NI given quickly, agent reads back with phonetic alphabet" % pick(*IND_UK),
          [A("your national insurance number"),
           C(V(a, "NI_NUMBER", canon=n)),
           A("let me read that back ", V(b, "NI_NUMBER", canon=n)),
           C("that's it yeah")])


def p_ni_correction():
    n = ni()
    m = n[:2] + n[2:7] + str((int(n[7]) + 1) % 10) + n[8]
    build("positive", "call/%s: NI with correction of one digit in a new turn" % pick(*IND_UK),
          [A("national insurance number"),
           C(V(" ".join(say_letter(ch, "bare") for ch in m[:2]) + " " + say_number(m[2:8], style="digits") + " " + m[8].lower(),
               "NI_NUMBER", canon=m, check=False)),
           A("okay"),
           C("sorry no the last number is ", V(say_digits(n[7], runs=False), "NI_NUMBER", group="fix", canon=n[7], check=False),
             " so it's ", V(" ".join(say_letter(ch, "bare") for ch in n[:2]) + " " + say_number(n[2:8], style="pairs") + " " + n[8].lower(),
                             "NI_NUMBER", canon=n))])


def p_bank_sort_call():
    acc, sc = digits(8), digits(6, True)
    build("positive", "call/banking: UK sort code in pairs and 8-digit account, separate turns",
          [A("what's the sort code"),
           C(V(say_number(sc, [2, 2, 2], style=pick("pairs", "digits")), "SORT_CODE", canon=sc)),
           A("and the account number"),
           C(pick("", "it's ", "um "), V(say_number(acc, pick([4, 4], [8], [3, 5]), filler=0.3), "BANK_ACCOUNT", canon=acc),
             pick("", " and i want to move two hundred pounds", " thanks"))])


def p_bank_sort_chat():
    acc, sc = digits(8), digits(6, True)
    scf = pick("%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s") % (sc[:2], sc[2:4], sc[4:])
    build("positive", "chat/%s: sort code and account number typed together" % pick("banking", "utilities", "insurance"),
          [A("Please confirm the bank details for the direct debit."),
           C(pick("sort ", "s/c ", "Sort code "), V(scf, "SORT_CODE", canon=sc), pick(" acc ", " account no ", ", a/c "),
             V(acc, "BANK_ACCOUNT", canon=acc))])


def p_bank_us():
    acc = digits(R.choice([10, 11, 12]), True)
    build("positive", "call/%s: US checking account number spoken with doubles" % pick(*IND_US),
          [A("what's the checking account number you want to use"),
           C(V(say_number(acc, uk=False, filler=0.3), "BANK_ACCOUNT", canon=acc))])


def p_iban_chat():
    ib = iban()
    t = pick(group4(ib), ib, group4(ib).lower(), ib[:4] + " " + ib[4:])
    build("positive", "chat/%s: IBAN typed (%s)" % (pick("banking", "travel", "retail"), ib[:2]),
          [A("What IBAN should the refund go to?"), C(pick("IBAN ", "its ", "pls use "), V(t, "IBAN", canon=ib),
                                                       pick("", " thanks", " - amount was €180"))])


def p_iban_call():
    ib = iban()
    parts = [say_letter(ib[0], "bare"), say_letter(ib[1], "bare"), say_number(ib[2:4], style="digits")]
    rest = ib[4:]
    for k in range(0, len(rest), 4):
        g = rest[k:k + 4]
        if g.isdigit():
            parts.append(say_number(g, style=pick("digits", "pairs")))
        else:
            parts.append(" ".join(say_letter(ch, pick("bare", "nato")) if ch.isalpha() else dword(ch) for ch in g))
    half = len(parts) // 2 + 1
    build("positive", "call/banking: %s IBAN spoken over two turns" % ib[:2],
          [A("can you read me the iban"),
           C(V(" ".join(parts[:half]), "IBAN", group="i", canon=ib)),
           A(ack()),
           C(V(" ".join(parts[half:]), "IBAN", group="i", canon=ib))])


def phone_value():
    k = R.randint(0, 5)
    if k == 0:
        p = uk_mobile()
        return p, p, [5, 3, 3], True
    if k == 1:
        p = uk_mobile()
        return "+44" + p[1:], "+44" + p[1:], None, True
    if k == 2:
        p = us_phone()
        return p, p, [3, 3, 4], False
    if k == 3:
        p = us_phone()
        return "+1" + p, "+1" + p, None, False
    if k == 4:
        p = ie_mobile()
        return p, p, [3, 3, 4], True
    p = ie_mobile()
    return "+353" + p[1:], "+353" + p[1:], None, True


def p_phone_call():
    canon, raw, gs, uk = phone_value()
    if raw.startswith("+"):
        cc = {"+44": "four four", "+1": "one", "+353": "three five three"}
        for k, v in cc.items():
            if raw.startswith(k) and (k != "+1" or len(raw) == 12):
                sp = "plus " + v + " " + say_number(raw[len(k):], [3, 3, len(raw) - len(k) - 6], uk=uk)
                break
    else:
        sp = say_number(raw, gs, uk=uk, filler=0.2)
    build("positive", "call/%s: phone number spoken, %s" % (pick(*IND_UK), "international" if raw[0] == "+" else "national"),
          [A(pick("best number to reach you on", "and a contact number", "what number should we call you back on")),
           C(pick("", "it's ", "my mobile is ", "yeah "), V(sp, "PHONE", canon=canon),
             pick("", " after six is best", " thanks"))])


def p_phone_chat():
    canon, raw, gs, uk = phone_value()
    plus = ""
    if raw.startswith("+1"):
        plus = "+"
        t = pick("1 (%s) %s-%s", "1 %s %s %s", "1-%s-%s-%s") % (raw[2:5], raw[5:8], raw[8:])
    elif raw.startswith("+"):
        plus = "+"
        cc = "44" if raw.startswith("+44") else "353"
        rest = raw[1 + len(cc):]
        if R.random() < 0.5:
            t = cc + " " + rest
        else:
            t = cc + " (0)" + rest
            canon = "+" + cc + "0" + rest
    elif gs == [3, 3, 4] and not uk:
        t = pick("%s) %s-%s", "%s.%s.%s", "%s-%s-%s") % (raw[:3], raw[3:6], raw[6:])
        if ")" in t:
            plus = "("
    else:
        t = typed_sep(raw, gs, pick(" ", "-", ""))
    build("positive", "chat/%s: phone typed" % pick(*IND_UK),
          [A("Can you confirm a contact number?"), C(pick("", "mob ", "tel: ", "call me on "), plus, V(t, "PHONE", canon=canon))])


def p_phone_split():
    canon, raw, gs, uk = phone_value()
    if raw.startswith("+"):
        raw = canon = uk_mobile()
        gs, uk = [5, 3, 3], True
    a = say_number(raw[:gs[0]], uk=uk)
    b = say_number(raw[gs[0]:], gs[1:], uk=uk)
    build("positive", "call/%s: phone split over two turns with back-channel" % pick(*IND_UK),
          [A("what's the mobile"), C(V(a, "PHONE", group="p", canon=canon)), A(ack()), C(V(b, "PHONE", group="p", canon=canon))])


def p_email_call():
    e = email_value()
    build("positive", "call/%s: e-mail spelled out as ASR writes it" % pick(*IND_UK),
          [A("and an email address for the confirmation"),
           C(pick("yeah it's ", "okay ", "", "sure "), V(say_email(e), "EMAIL", canon=e))])


def p_email_chat():
    e = email_value()
    t = pick(e, e.upper(), e.replace("@", " @ "), e.replace("@", "@ "), e[0].upper() + e[1:])
    build("positive", "chat/%s: e-mail typed mid-message" % pick(*IND_UK),
          [C(pick("pls send the invoice to ", "email is ", "update my email to "), V(t, "EMAIL", canon=e),
             pick("", " thanks", " not the old one"))])


def p_dob_call():
    d = dob_value()
    sp = pick("the %s of %s %s" % (ordinal(d.day), MONTHS[d.month - 1], say_year(d.year)),
              "%s %s %s" % (MONTHS[d.month - 1], ordinal(d.day), say_year(d.year)),
              "%s %s %s" % (say_pair("%02d" % d.day) if d.day >= 10 else UNITS[d.day], say_pair("%02d" % d.month) if d.month >= 10 else "oh " + UNITS[d.month], say_year(d.year)),
              "%s of %s %s" % (ordinal(d.day), MONTHS[d.month - 1], say_year(d.year)))
    build("positive", "call/%s: date of birth spoken" % pick(*IND_UK),
          [A(pick("can i take your date of birth", "and your d o b", "for security what's your date of birth")),
           C(pick("", "it's ", "yeah ", "um "), V(sp, "DOB", canon=d.isoformat()))])


def p_dob_chat():
    d = dob_value()
    t = pick(d.strftime("%d/%m/%Y"), d.strftime("%m/%d/%Y"), d.strftime("%d.%m.%y"), d.strftime("%d %B %Y"),
             d.strftime("%B %d, %Y"), d.strftime("%Y-%m-%d"), d.strftime("%d-%b-%Y"))
    build("positive", "chat/%s: DOB typed with label" % pick(*IND_UK + IND_US),
          [A("Please confirm your date of birth."), C(pick("dob ", "DOB: ", "born ", "its "), V(t, "DOB", canon=d.isoformat()))])


def p_address_postcode_call():
    num, st, ty = address_value()
    pc = uk_postcode()
    nsp = say_number(str(num), style=pick("pairs", "digits", "hundreds")) if num >= 10 else UNITS[num]
    pcs = " ".join(say_letter(ch, pick("bare", "bare", "nato_for")) if ch.isalpha() else dword(ch) for ch in pc.replace(" ", ""))
    build("positive", "call/%s: street address then UK postcode letter by letter" % pick(*IND_UK),
          [A("can i confirm the first line of the address"),
           C(V("%s %s %s" % (nsp, st, ty), "ADDRESS", canon="%d %s %s" % (num, st, ty))),
           A("and the postcode"),
           C(pick("", "it's ", "um "), V(pcs, "POSTCODE", canon=pc))])


def p_address_chat():
    num, st, ty = address_value()
    if R.random() < 0.5:
        pc = uk_postcode()
        pct = pick(pc, pc.lower(), pc.replace(" ", ""))
    else:
        pc = us_zip(R.random() < 0.3)
        pct = pc
    adr = "%d %s %s" % (num, st.title(), pick(ty.title(), ty, {"street": "St", "road": "Rd", "avenue": "Ave"}.get(ty, ty.title())))
    build("positive", "chat/%s: address and postcode/ZIP typed in one line" % pick(*IND_UK + IND_US),
          [A("What's the delivery address?"), C(V(adr, "ADDRESS", canon="%d %s %s" % (num, st, ty)), pick(", ", " ", ", Springfield ", ", Dublin 4? no sorry ") if False else pick(", ", " "),
                                                 V(pct, "POSTCODE", canon=pc))])


def p_zip_call():
    z = us_zip()
    build("positive", "call/%s: US ZIP code spoken" % pick(*IND_US),
          [A("what's the billing zip code"), C(pick("", "it's ", "zip is "), V(say_number(z, style=pick("digits", "hundreds", "plain")), "POSTCODE", canon=z),
                                                pick("", " thanks"))])


def p_multi_chitchat():
    n = ni()
    d = dob_value()
    canon, raw, gs, uk = phone_value()
    if raw.startswith("+"):
        raw = canon = uk_mobile()
        gs = [5, 3, 3]
    build("positive", "call/government services: NI, DOB and phone mixed with chit-chat and amounts",
          [A("okay so i'll need a few details to find your claim"),
           C("yeah sorry i've been waiting forty five minutes my n i is ",
             V(" ".join(say_letter(ch) for ch in n[:2]) + " " + say_number(n[2:8], [2, 2, 2]) + " " + say_letter(n[8], "bare"), "NI_NUMBER", canon=n),
             " and i was born ", V("%s %s %s" % (ordinal(d.day), MONTHS[d.month - 1], say_year(d.year)), "DOB", canon=d.isoformat())),
           A("thank you and is ", V(say_number(raw, gs), "PHONE", canon=canon), " still the best number"),
           C("yes that's still me")])


def p_two_values_turn():
    s = ssn()
    z = us_zip()
    build("positive", "call/%s: SSN and ZIP back to back in one turn" % pick(*IND_US),
          [A("to verify i need your social and your zip"),
           C(V(say_number(s, [3, 2, 4], uk=False), "SSN", canon=s), " and the zip is ", V(say_number(z, style="digits"), "POSTCODE", canon=z))])


def p_card_with_amount():
    c = card()
    build("positive", "call/%s: card digits surrounded by amount and order number (unlabelled)" % pick(*IND_UK),
          [A("so the total is forty nine ninety nine for order number four four one two nine"),
           C("okay card is ", V(say_number(c, card_groups(len(c)), style=pick("digits", "pairs")), "CARD_NUMBER", canon=c),
             " and can you take the twenty pounds delivery too")])


def p_ssn_chat_noisy():
    s = ssn()
    t = pick("%s %s-%s", "%s-%s %s", "%s  %s  %s") % (s[:3], s[3:5], s[5:])
    build("positive", "chat/%s: SSN with inconsistent separators, no label, after question" % pick(*IND_US),
          [A("What are the 9 digits of your Social Security number?"), C(V(t, "SSN", canon=s))])


def p_card_chat_correction():
    c = card()
    wrong = c[:-2] + c[-1] + c[-2]
    build("positive", "chat/retail: card typed with transposed digits then corrected in next message",
          [C("card " , V(group4(wrong), "CARD_NUMBER", canon=wrong, check=False)),
           C("sorry typo its ", V(group4(c), "CARD_NUMBER", canon=c))])


def p_ni_ssn_crossover():
    n = ni()
    build("positive", "chat/government services: NI typed lower case with odd spacing and typo-like dots",
          [A("What's your NI number please?"),
           C("it's ", V(n[:2].lower() + "." + n[2:4] + "." + n[4:6] + "." + n[6:8] + "." + n[8].lower(), "NI_NUMBER", canon=n),
             " i think, it's on my payslip")])


def p_asr_numerals():
    k = R.randint(0, 2)
    if k == 0:
        v, typ = card(), "CARD_NUMBER"
        gs = card_groups(len(v))
        t, i = [], 0
        for g in gs:
            ch = v[i:i + g]
            i += g
            t.append(pick(" ".join(ch), ch, ch[:2] + " " + ch[2:], say_number(ch, style="digits")))
        q = "and the card number"
    elif k == 1:
        v, typ = ssn(), "SSN"
        t = [pick(v[:3], " ".join(v[:3]), say_number(v[:3], style="hundreds")), pick(v[3:5], say_number(v[3:5], style="pairs")),
             pick(v[5:], v[5:7] + " " + v[7:], say_number(v[5:], style="pairs"))]
        q = "and your social security number"
    else:
        v, typ = ni(), "NI_NUMBER"
        t = [v[0].lower() + " " + v[1].lower(), pick(v[2:8], v[2:4] + " " + v[4:6] + " " + v[6:8], say_number(v[2:8], [2, 2, 2])),
             say_letter(v[8], pick("bare", "nato_for", "homo"))]
        q = "and your national insurance number"
    build("positive", "call/%s: ASR output mixing numerals and number words (%s)" % (pick(*IND_UK + IND_US), typ),
          [A(q), C(pick("yeah ", "it's ", ""), V(" ".join(t), typ, canon=v))])


def p_dash_spoken():
    if R.random() < 0.5:
        v, typ, gs = ssn(), "SSN", [3, 2, 4]
        q = "can you give me the social with the dashes like it's on the card"
    else:
        v, typ = card(), "CARD_NUMBER"
        gs = card_groups(len(v))
        q = "go ahead with the card number"
    ch, i = [], 0
    for g in gs:
        ch.append(say_number(v[i:i + g], style=pick("digits", "pairs", "plain")))
        i += g
    build("positive", "call/%s: %s read with the word dash between groups" % (pick(*IND_US), typ),
          [A(q), C(V(" dash ".join(ch), typ, canon=v))])


POS_TEMPLATES = [
    (p_asr_numerals, 3), (p_dash_spoken, 2),
    (p_card_call_one_turn, 3), (p_card_call_split, 3), (p_card_readback, 2), (p_card_correction, 2),
    (p_card_chat, 3), (p_card_chat_two_msgs, 1), (p_card_cvv_exp_call, 3), (p_cvv_exp_chat, 3),
    (p_ssn_call, 3), (p_ssn_split, 2), (p_ssn_last4_and_full, 1), (p_ssn_chat, 3), (p_ssn_correction, 1),
    (p_ni_call, 4), (p_ni_split, 2), (p_ni_chat, 3), (p_ni_readback, 1), (p_ni_correction, 1),
    (p_bank_sort_call, 3), (p_bank_sort_chat, 3), (p_bank_us, 2), (p_iban_chat, 2), (p_iban_call, 2),
    (p_phone_call, 2), (p_phone_chat, 2), (p_phone_split, 1), (p_email_call, 3), (p_email_chat, 3),
    (p_dob_call, 3), (p_dob_chat, 2), (p_address_postcode_call, 3), (p_address_chat, 3), (p_zip_call, 1),
    (p_multi_chitchat, 1), (p_two_values_turn, 1), (p_card_with_amount, 1), (p_ssn_chat_noisy, 1),
    (p_card_chat_correction, 1), (p_ni_ssn_crossover, 1),
]


# ---------------------------------------------------------------- negative templates
def n_amount_call():
    a, b = R.randint(12, 980), R.randint(1, 99)
    build("negative", "call/%s: money amounts spoken (pounds and pence)" % pick(*IND_UK),
          [A("your balance today is %s pounds and %s pence" % (say_hundreds("%03d" % a) if a >= 100 and say_hundreds("%03d" % a) else say_pair("%02d" % (a % 100)) if a % 100 >= 10 else UNITS[a % 10], say_pair("%02d" % b) if b >= 10 else UNITS[b])),
           C("right and when's the next payment of %s due" % say_pair("%02d" % R.randint(21, 99))),
           A("that'll come out on the %s of %s" % (ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)]))])


def n_amount_chat():
    build("negative", "chat/%s: prices, totals and percentages typed" % pick(*IND_UK + IND_US),
          [C("I was charged £%d.%02d instead of £%d.%02d, that's like %d%% more" % (R.randint(30, 300), R.randint(0, 99), R.randint(10, 29), R.randint(0, 99), R.randint(11, 90))),
           A("Sorry about that. I've applied a credit of $%d.%02d and the new total is %s" % (R.randint(5, 60), R.randint(0, 99), "{:,}.{:02d}".format(R.randint(1000, 99999), R.randint(0, 99))))])


def n_order_ref_call():
    ref = digits(R.choice([7, 8, 9, 10]), True)
    word = pick("order number", "reference number", "ticket number", "claim number", "case reference", "invoice number")
    build("negative", "call/%s: %s of %d digits spoken with its reference word" % (pick(*IND_UK), word, len(ref)),
          [A("have you got the %s there" % word),
           C("yeah the %s is %s" % (word, say_number(ref, pick([len(ref)], [3, len(ref) - 3]), style=pick("digits", "pairs")))),
           A("perfect i can see that %s from the %s of %s" % (word.split()[0], ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)]))])


def n_order_ref_chat():
    word = pick("Order #", "Ticket ", "Ref: ", "Invoice no. ", "Claim ", "Booking ref ", "PO ")
    ref = digits(R.choice([6, 7, 8, 9, 10]), True)
    build("negative", "chat/%s: %s reference typed" % (pick(*IND_UK + IND_US), word.strip()),
          [C("Hi, any update on %s%s? I was told I'd hear back by %d/%d" % (word, ref, R.randint(1, 28), R.randint(1, 12))),
           A("Thanks, I can see %s%s. It was last updated on %s %d." % (word, ref, MONTHS[R.randint(0, 11)].title(), R.randint(1, 28)))])


def n_time_duration():
    build("negative", "call/%s: times, durations and counts" % pick(*IND_UK + IND_US),
          [A("the engineer can come between %s and %s on %s" % (pick("eight", "nine", "ten"), pick("twelve", "one", "two"), pick("tuesday", "friday", "the twenty third"))),
           C("i've been on hold for %s minutes and this is the %s time i've called" % (say_pair("%02d" % R.randint(21, 59)), pick("third", "fourth", "fifth"))),
           A("i understand it's about %s %s now so let's sort it" % (pick("half", "quarter past", "twenty to"), pick("three", "four", "eleven")))])


def n_flight_room():
    fl = pick("BA", "EI", "FR", "LH", "AA", "DL") + str(R.randint(10, 9999))
    build("negative", "chat/travel: flight number, gate, seat and hotel room",
          [C("my flight %s was cancelled, I'm in room %d at the airport hotel" % (fl, R.randint(100, 999))),
           A("Sorry to hear that. I've moved you to %s at %02d:%02d tomorrow, gate %s%d, seat %d%s." % (fl[:2] + str(R.randint(10, 999)), R.randint(5, 22), R.choice([0, 15, 30, 45]), pick("A", "B", "C"), R.randint(1, 60), R.randint(1, 40), pick("A", "C", "F")))])


def n_flight_call():
    build("negative", "call/travel: flight number and terminal spoken",
          [C("it's flight %s %s departing at %s" % (pick("e i", "b a", "ryanair", "aer lingus"), say_number(str(R.randint(100, 999)), style=pick("digits", "hundreds")), pick("six forty five", "ten fifteen", "seven thirty"))),
           A("okay and that's from terminal %s with %s bags" % (pick("one", "two", "five"), pick("two", "three")))])


def n_meter():
    build("negative", "call/utilities: meter reading and tariff figures",
          [A("can i take a meter reading"),
           C("yeah it says %s" % say_number(digits(5, True), style=pick("digits", "pairs", "hundreds"))),
           A("thanks that's %s kilowatt hours since the last one at %s pence a unit" % (say_hundreds("%03d" % R.randint(101, 999)) or "three hundred", say_pair("%02d" % R.randint(21, 39))))])


def n_meter_chat():
    build("negative", "chat/utilities: meter readings typed with units",
          [C("Meter reading today: %s (elec) and %s m3 gas" % (digits(5, True), digits(5, True))),
           A("Thanks, that's %d kWh used, about £%d.%02d this month." % (R.randint(120, 900), R.randint(40, 250), R.randint(0, 99)))])


def n_model_speed():
    build("negative", "chat/telecom: router model, speeds, data allowances",
          [C("my %s router keeps dropping, speed test says %d Mbps down %d up, contract is %dGB" % (pick("TP-Link AX1800", "Hub 4", "Netgear R7000", "Fritzbox 7530", "Sky SR203"), R.randint(5, 90), R.randint(1, 20), R.choice([50, 100, 500]))),
           A("Thanks. Your plan is 500 Mbps, so I'll book an engineer for %s %d between 8am and 1pm." % (MONTHS[R.randint(0, 11)].title(), R.randint(1, 28)))])


def n_dates_not_dob():
    build("negative", "call/%s: non-birth dates (contract start, appointment, payment)" % pick(*IND_UK),
          [A("your contract started on the %s of %s %s" % (ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)], say_year(R.randint(2015, 2025)))),
           C("and it ends when"),
           A("%s %s %s and your next bill is on the %s" % (MONTHS[R.randint(0, 11)], ordinal(R.randint(1, 28)), say_year(R.randint(2026, 2028)), ordinal(R.randint(1, 28))))])


def n_dates_chat():
    build("negative", "chat/healthcare billing: appointment and statement dates typed",
          [C("The appointment on %02d/%02d/%d was billed twice, statement dated %d-%02d-%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28))),
           A("I'm sorry. I'll refund the duplicate of $%d.00 within 5-7 business days." % R.randint(40, 400))])


def n_age_temp():
    build("negative", "call/insurance: ages, years, temperatures, counts",
          [C("my son is %s and the car is a %s so the quote of %s pounds seems high" % (pick("seventeen", "nineteen", "twenty two"), say_year(R.randint(2008, 2022)), say_number(str(R.randint(900, 2999)), style="pairs"))),
           A("i understand we have %s drivers on the policy and the excess is %s" % (pick("two", "three"), pick("two fifty", "five hundred", "three hundred and fifty"))),
           C("fine it's %s degrees here anyway" % pick("thirty", "minus two", "twenty four"))])


def n_last4_masked():
    build("negative", "chat/banking: masked card ending and balance (no full PII)",
          [A("I can see a %s card ending in **** on the account. Is that the one?" % pick("Visa", "Mastercard", "debit")),
           C("yes. what's my balance? I paid %d.%02d on %d %s" % (R.randint(10, 999), R.randint(0, 99), R.randint(1, 28), MONTHS[R.randint(0, 11)].title())),
           A("Your balance is £%s." % "{:,}.{:02d}".format(R.randint(100, 20000), R.randint(0, 99)))])


def n_quantities():
    build("negative", "chat/retail: quantities, sizes and product codes",
          [C("I ordered %d x size %d boots and %d packs of %d, product code %s-%d" % (R.randint(2, 9), R.randint(4, 12), R.randint(2, 6), R.choice([6, 12, 24]), pick("SKU", "ITM", "PRD"), R.randint(1000, 99999))),
           A("Got it, %d items shipped and %d are on backorder for %d days." % (R.randint(2, 9), R.randint(1, 3), R.randint(3, 14)))])


def n_spoken_big_numbers():
    build("negative", "call/banking: large spoken amounts and interest rate",
          [C("i want to borrow %s thousand over %s years" % (pick("fifteen", "twenty five", "forty"), pick("five", "seven", "ten"))),
           A("okay that would be %s a month at %s point %s percent and the total repayable is %s" %
             (say_hundreds("%03d" % R.randint(201, 899)) or "four hundred", pick("six", "seven", "eight"), pick("nine", "four", "two"), pick("twenty one thousand four hundred", "thirty two thousand and eighty")))])


def n_claim_ticket_call():
    ref = digits(R.choice([6, 8, 10]), True)
    build("negative", "call/%s: claim number split over turns with back-channel" % pick("insurance", "telecom"),
          [A("what's the claim reference"), C("claim reference %s" % say_number(ref[:len(ref) // 2], style="digits")), A("mhm"),
           C(say_number(ref[len(ref) // 2:], style="digits")), A("lovely that's the claim from %s" % MONTHS[R.randint(0, 11)])])


def n_customer_since():
    build("negative", "chat/telecom: tenure years, line counts, monthly price, contract length",
          [C("I've been with you since %d, I have %d lines and pay %d.%02d a month on a %d month contract" % (R.randint(1995, 2015), R.randint(2, 5), R.randint(15, 90), R.randint(0, 99), R.choice([12, 18, 24, 36]))),
           A("Thanks for being with us %d years! I can offer %d%% off for the next %d months." % (R.randint(5, 25), R.choice([10, 15, 20, 25]), R.choice([3, 6, 12])))])


def n_booking_ref_letters():
    ref = R.choice("ABCDEFGHJKLMNPRSTWXYZ") + str(R.randint(2, 9)) + R.choice("ABCDEFGHJKLMNPRSTWXYZ") + digits(2) + R.choice("ABCDEFGHJKLMNPRSTWXYZ")
    build("negative", "call/travel: alphanumeric booking reference spelled with phonetic alphabet",
          [A("can i take the booking reference"),
           C("yeah booking reference is " + " ".join(say_letter(ch, pick("bare", "nato_for")) if ch.isalpha() else dword(ch) for ch in ref)),
           A("lovely that's the %s o'clock %s to %s" % (pick("nine", "two", "six"), pick("ferry", "train", "flight"), pick("holyhead", "paris", "edinburgh")))])


NEG_TEMPLATES = [
    (n_customer_since, 1), (n_booking_ref_letters, 2),
    (n_amount_call, 2), (n_amount_chat, 2), (n_order_ref_call, 3), (n_order_ref_chat, 2), (n_time_duration, 1),
    (n_flight_room, 1), (n_flight_call, 1), (n_meter, 1), (n_meter_chat, 1), (n_model_speed, 1),
    (n_dates_not_dob, 1), (n_dates_chat, 1), (n_age_temp, 1), (n_last4_masked, 1), (n_quantities, 1),
    (n_spoken_big_numbers, 1), (n_claim_ticket_call, 1),
]


def generate():
    del CASES[:]
    META.clear()
    R.seed(SEED)
    pos_pool = [f for f, w in POS_TEMPLATES for _ in range(w)]
    neg_pool = [f for f, w in NEG_TEMPLATES for _ in range(w)]
    for k in range(200):
        pos_pool[k % len(pos_pool)]()
    for k in range(115):
        neg_pool[k % len(neg_pool)]()
    return [json.dumps(c, ensure_ascii=False) for c in CASES]


# ---------------------------------------------------------------- validation
ADDR_RE = re.compile(r"^\d{1,4} [a-z]+ (%s)$" % "|".join(STYPES))
DIGITY = {"CARD_NUMBER", "SSN", "CVV", "BANK_ACCOUNT", "SORT_CODE", "PHONE", "NI_NUMBER", "IBAN", "POSTCODE"}


def validate_group(typ, canon, parts, check):
    if typ not in DIGITY:
        norm = None
    else:
        norm = "".join(normalise(p) for p in parts)
    if not check:
        return []
    errs = []
    if canon is None:
        return ["no canonical value"]
    if typ in DIGITY:
        want = canon.replace(" ", "").replace("-", "").upper()
        if typ == "PHONE":
            want, norm = want.lstrip("+"), norm.lstrip("+")
        if norm != want:
            errs.append("normalised %r != %r" % (norm, want))
    if typ == "CARD_NUMBER" and not (canon.isdigit() and 13 <= len(canon) <= 19 and luhn_ok(canon)):
        errs.append("bad card")
    elif typ == "SSN" and not (len(canon) == 9 and canon.isdigit() and canon[:3] not in ("000", "666") and canon[3:5] != "00" and canon[5:] != "0000"):
        errs.append("bad ssn")
    elif typ == "NI_NUMBER" and not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", canon):
        errs.append("bad ni")
    elif typ == "CVV" and not re.fullmatch(r"\d{3,4}", canon):
        errs.append("bad cvv")
    elif typ == "BANK_ACCOUNT" and not re.fullmatch(r"\d{8,12}", canon):
        errs.append("bad account")
    elif typ == "SORT_CODE" and not re.fullmatch(r"\d{6}", canon):
        errs.append("bad sort")
    elif typ == "IBAN" and not (re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", canon) and iban_ok(canon)):
        errs.append("bad iban")
    elif typ == "PHONE" and not re.fullmatch(r"\+?\d{10,13}", canon):
        errs.append("bad phone")
    elif typ == "EMAIL" and not re.fullmatch(r"[a-z0-9._]+@[a-z0-9.]+\.[a-z]{2,}", canon):
        errs.append("bad email")
    elif typ == "DOB":
        try:
            d = datetime.date.fromisoformat(canon)
            if not 1900 < d.year < 2010:
                errs.append("bad dob year")
        except ValueError:
            errs.append("bad dob")
    elif typ == "EXPIRY" and not (re.fullmatch(r"(0[1-9]|1[0-2])/\d\d", canon)):
        errs.append("bad expiry")
    elif typ == "POSTCODE" and not (UKPC_RE.match(canon) or re.fullmatch(r"\d{5}(-\d{4})?", canon)):
        errs.append("bad postcode")
    elif typ == "ADDRESS" and not ADDR_RE.match(canon):
        errs.append("bad address")
    return errs


def validate(lines):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln in lines:
        c = json.loads(ln)
        cid = c["id"]
        if cid in ids:
            errs.append("%s: duplicate id" % cid)
        ids.add(cid)
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append("%s: positive without spans" % cid)
        else:
            nneg += 1
            if c["spans"]:
                errs.append("%s: negative with spans" % cid)
        if not re.fullmatch(r"h279-(pos|neg)-\d{3}", cid) or (cid[5:8] == "pos") != (c["kind"] == "positive"):
            errs.append("%s: bad id/kind" % cid)
        for t in c["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % cid)
        prev = {}
        for s in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (cid, s["type"]))
                continue
            counts[s["type"]] += 1
            if not 0 <= s["turn"] < len(c["turns"]):
                errs.append("%s: turn out of range" % cid)
                continue
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % cid)
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (cid, txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            if s["turn"] in prev and prev[s["turn"]] > a:
                errs.append("%s: overlapping spans" % cid)
            prev[s["turn"]] = b
    for cid, groups in META.items():
        for g, info in groups.items():
            try:
                for e in validate_group(info["type"], info["canon"], info["parts"], info["check"]):
                    errs.append("%s[%s %s]: %s" % (cid, g, info["type"], e))
            except ValueError as ex:
                errs.append("%s[%s]: %s" % (cid, g, ex))
    return errs, counts, npos, nneg


def readme(counts, npos, nneg):
    rows = "\n".join("| %s | %d |" % (t, counts[t]) for t in TYPES)
    return """# PII hold-out set h279

**Never use this set for tuning.** It is a held-out evaluation set; looking at failures here and
changing the redactor to fix them destroys its value as an independent measurement.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its documentation or other evaluation sets; the only existing data consulted was a
three-line example of the JSONL format. Cases are produced by `scripts/make_pii_holdout279.py`
(standard library only) from template functions: each turn is assembled from plain-text segments
and labelled value segments, so offsets are computed, never typed. All values come from a single
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout279.py --check` regenerates the file, verifies it is identical,
checks ids, offsets, word boundaries and overlaps, and validates each labelled value after
normalising spoken forms (Luhn for cards, mod-97 for IBANs, NI format, 9 digits for SSNs, 6 for
sort codes, digit counts for CVV/phone/account, postcode shapes, ISO dates for DOB).

## Contents

- %d positive cases, %d negative cases (negatives have no spans; any redaction in them is a false positive).
- Channels: `chat/...` (typed, varied separators, case, labels) and `call/...` (ASR-style: lower case,
  numbers as words, `oh`/`o`/`nought`/`zero`, `double`/`triple`, pairs such as `forty one eleven`,
  hundreds such as `four hundred and twelve`, homophones `to`/`too`/`for`/`ate`/`won`, letters as bare
  letters, `b for bravo` (sometimes ASR'd as `b four bravo`), NATO words alone, or letter homophones
  such as `see`, `bee`, `jay`, `why`).
- Emphasis on CARD_NUMBER, NI_NUMBER and SSN: spoken in one turn, split over several turns with
  agent back-channels, read back by the agent in a different form, self-corrected, typed with odd
  separators (`.`, `/`, en dash, double spaces), in lower case, across two chat messages.

## Annotation conventions

- A span covers exactly the value: from the first to the last character of the value itself
  (digits, number words, letter words, separators and fillers such as `um` that occur *inside*
  the reading). Lead-ins (`it's`, `card number`, `my social is`) and trailing chit-chat are outside.
- A value split across turns gets one span per turn, same type.
- Read-backs by the agent are labelled like the customer's reading.
- Self-corrections: the abandoned/wrong attempt is also labelled with the same type (it is still
  personal data, typically a near-copy of the real value); correction words (`no sorry`, `wait no`)
  are outside spans. A single corrected digit restated on its own (`the last number is five`) is
  labelled too. Wrong attempts and such fragments are only checked for being parseable, not for
  checksum validity.
- Typed values keep their own separators inside the span (`120–81–5090`, `bl.63.91.98.a`); a
  leading `+` or `(` of a typed phone number is left outside the span (only letters/digits matter).
- Spelled letters with phonetic words (`c for charlie`) are inside the span.
- POSTCODE covers UK postcodes and US ZIP / ZIP+4; ADDRESS covers house number + street name + type.
- EXPIRY and CVV are labelled only where the context asks for them; DOB only where it is a birth date.
- Non-PII numbers in positive cases (amounts, order numbers, durations) are unlabelled.

## Counts per type (spans)

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def main():
    check = "--check" in sys.argv[1:]
    lines = generate()
    data = "\n".join(lines) + "\n"
    errs, counts, npos, nneg = validate(lines)
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if counts[t] < need:
            errs.append("type %s has only %d spans (need %d)" % (t, counts[t], need))
    rd = readme(counts, npos, nneg)
    if check:
        for path, want in ((OUT, data), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        errs.append("%s differs from regenerated output" % path)
            except OSError as ex:
                errs.append("cannot read %s: %s" % (path, ex))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(data)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    print("h279: %d positive, %d negative cases" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, counts[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("%d problem(s)" % len(errs))
        return 1
    print("OK" + (" (check passed)" if check else " (written)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())

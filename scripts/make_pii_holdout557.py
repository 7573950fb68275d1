#!/usr/bin/env python3
"""Generate the pii_holdout557 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout557.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout557.py --check  # regenerate + verify

Standard library only.  Every turn is built from plain-text segments and
labelled value segments, so span offsets are always computed.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout557", "cases.jsonl")
R = random.Random(557241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builders
def T(speaker, *segs):
    return (speaker, segs)


def V(text, typ):
    return (text, typ)


def build(turns):
    out, spans = [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, tuple):
                val, typ = s
                spans.append({"turn": ti, "start": len(text),
                              "end": len(text) + len(val), "type": typ})
                text += val
            else:
                text += s
        out.append({"speaker": spk, "text": text})
    return out, spans


# ---------------------------------------------------------------- values
def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card():
    kind = R.choice(["visa16", "visa16", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    pre, n = {"visa16": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221"]), 16),
              "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
              "visa13": ("4", 13), "visa19": ("4", 19)}[kind]
    body = pre + rdig(n - 1 - len(pre))
    return body + luhn_digit(body)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    if len(c) == 19:
        return [c[i:i + 4] for i in range(0, 16, 4)] + [c[16:]]
    return [c[i:i + 4] for i in range(0, 16, 4)]


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
    return p + rdig(6) + R.choice("ABCD")


def aba():
    while True:
        b = rdig(8)
        for last in "0123456789":
            d = [int(x) for x in b + last]
            if (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0:
                if b[0] in "0123":
                    return b + last
        continue


def aba_ok(s):
    d = [int(x) for x in s]
    return len(d) == 9 and (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def iban():
    cc, bban = R.choice([
        ("GB", lambda: R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)),
        ("IE", lambda: R.choice(["AIBK", "BOFI"]) + rdig(14)),
        ("DE", lambda: rdig(18)),
        ("FR", lambda: rdig(10) + "".join(R.choice("ABCDEFGHJK0123456789") for _ in range(11)) + rdig(2)),
        ("NL", lambda: R.choice(["ABNA", "INGB", "RABO"]) + rdig(10)),
        ("ES", lambda: rdig(20)),
    ])
    b = bban()
    r = b + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    out = cc + "%02d" % chk + b
    assert iban_ok(out)
    return out


def groups_of(s, n=4):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------- speech
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey",
        "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": ["apple"], "b": ["bob", "bravo"], "c": ["cat", "charlie"], "d": ["dog", "david"],
             "e": ["edward", "echo"], "h": ["harry", "hotel"], "j": ["john", "juliet"],
             "k": ["king"], "m": ["mary", "mike"], "n": ["nancy", "november"], "p": ["peter", "papa"],
             "r": ["robert", "romeo"], "s": ["sam", "sugar"], "t": ["tom", "tango"], "w": ["william"],
             "z": ["zebra"]}
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm"]


def zero_word(uk):
    return R.choice(["oh", "oh", "zero", "o"] + (["nought", "oh"] if uk else ["zero"]))


def dword(d, uk):
    return zero_word(uk) if d == "0" else UNITS[int(d)]


def pair_word(p):
    if p[0] == "1":
        return TEENS[int(p) - 10]
    if p[0] in "23456789" and p[1] != "0":
        return TENS[int(p[0])] + " " + UNITS[int(p[1])]
    return None


def say_plain(g, uk, dbl=True):
    out, i = [], 0
    while i < len(g):
        j = i
        while j < len(g) and g[j] == g[i]:
            j += 1
        run = j - i
        if dbl and run == 3 and R.random() < 0.6:
            out.append("triple " + dword(g[i], uk))
            i = j
        elif dbl and run >= 2 and R.random() < 0.6:
            out.append("double " + dword(g[i], uk))
            i += 2
        else:
            out.append(dword(g[i], uk))
            i += 1
    return " ".join(out)


def say_group(g, uk=False, fancy=0.35):
    if R.random() < fancy:
        if len(g) == 2 and pair_word(g):
            return pair_word(g)
        if len(g) == 4 and pair_word(g[:2]) and pair_word(g[2:]):
            return pair_word(g[:2]) + " " + pair_word(g[2:])
        if len(g) == 3 and g[0] != "0":
            rest = g[1:]
            if rest[0] == "0" and rest[1] != "0":
                return UNITS[int(g[0])] + " hundred and " + UNITS[int(rest[1])]
            if pair_word(rest):
                return UNITS[int(g[0])] + " hundred and " + pair_word(rest)
    return say_plain(g, uk)


def say_groups(gs, uk=False, sep=None, filler=0.0, fancy=0.35):
    parts = []
    for k, g in enumerate(gs):
        w = say_group(g, uk, fancy)
        if k and filler and R.random() < filler:
            w = R.choice(FILLERS) + " " + w
        parts.append(w)
    if sep is None:
        return ", ".join(parts) if R.random() < 0.5 else " ".join(parts)
    return sep.join(parts)


def say_letter(ch, style=None):
    ch = ch.lower()
    style = style or R.choice(["plain", "nato", "for"])
    if style == "nato":
        return NATO[ch]
    if style == "for":
        w = R.choice(FOR_WORDS.get(ch, [NATO[ch]]))
        return ch + R.choice([" for ", " as in "]) + w
    return ch


# ---------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "zero": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {v: str(k) for k, v in TENS.items()}
ORD_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
             "seventh": 7, "eighth": 8, "ninth": 9}
ORD_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
             "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
             "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
DROP = set(FILLERS) | {"and", "dash", "hyphen", "space", "slash", "then", "the", "of", "th",
                       "st", "nd", "rd"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS] + ["sept"]


def spoken_to_chars(text):
    """Turn a spoken or typed value into a compact upper-case string.
    Unknown words become '?' so that validation fails loudly."""
    toks = re.findall(r"[a-z0-9]+|\+", text.lower().replace("x-ray", "xray"))
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t == "+" or t == "plus":
            out.append("+")
        elif re.fullmatch(r"\d+(st|nd|rd|th)?", t):
            out.append(re.sub(r"\D", "", t))
        elif t in ("double", "triple"):
            n = 2 if t == "double" else 3
            i += 1
            w = toks[i]
            ch = WORDNUM.get(w, w.upper() if len(w) == 1 else "?")
            out.append(ch * n)
        elif t in TENSNUM:
            if nxt in WORDNUM and nxt not in ("oh", "o", "nought", "zero"):
                out.append(TENSNUM[t] + WORDNUM[nxt])
                i += 1
            elif nxt in ORD_UNITS:
                out.append(TENSNUM[t] + str(ORD_UNITS[nxt]))
                i += 1
            else:
                out.append(TENSNUM[t] + "0")
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in ORD_UNITS:
            out.append(str(ORD_UNITS[t]))
        elif t in ORD_TEENS:
            out.append(str(ORD_TEENS[t]))
        elif t in WORDNUM and nxt == "hundred":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            w = toks[i] if i < len(toks) else ""
            w2 = toks[i + 1] if i + 1 < len(toks) else ""
            if w in TEENNUM:
                out.append(WORDNUM[t] + TEENNUM[w])
            elif w in TENSNUM and w2 in WORDNUM:
                out.append(WORDNUM[t] + TENSNUM[w] + WORDNUM[w2])
                i += 1
            elif w in WORDNUM:
                out.append(WORDNUM[t] + "0" + WORDNUM[w])
            else:
                out.append(WORDNUM[t] + "00")
                i -= 1
        elif t in WORDNUM and nxt == "thousand":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = spoken_to_chars(" ".join(toks[i:i + 2]))
            if len(rest) == 2 and rest.isdigit():
                out.append(WORDNUM[t] + "0" + rest)
                i += 1
            else:
                out.append(WORDNUM[t] + "00" + WORDNUM.get(toks[i], "?"))
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif len(t) == 1:
            if nxt in ("for", "as") and i + 2 < len(toks):
                i += 2 if nxt == "for" else 3
            out.append(t.upper())
        elif t in NATO_REV:
            out.append(NATO_REV[t].upper())
        elif t in DROP:
            pass
        elif re.fullmatch(r"[a-z0-9]*\d[a-z0-9]*", t):
            out.append(t.upper())
        elif re.fullmatch(r"[a-z]{2}", t):
            out.append(t.upper())
        else:
            out.append("?")
        i += 1
    return "".join(out)


STREET = r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|boulevard|blvd|court|ct|place|pl|crescent|terrace|gardens|grove|parkway|pkwy|circle|square|hill|row|mews)\b"


def valid_single(typ, text):
    low = text.lower()
    if typ == "EMAIL":
        if "@" in text:
            e = text.lower()
        else:
            m = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            e = ""
            for t in low.split():
                e += m.get(t, WORDNUM.get(t, t) if t not in ("o",) else "o")
        return bool(re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e))
    if typ == "ADDRESS":
        return bool(re.match(r"(flat|apt|apartment|unit|suite|double|triple|\d|" + "|".join(UNITS[1:] + TEENS + list(TENS.values())) + r")", low)) \
            and bool(re.search(STREET, low))
    if typ in ("DOB", "EXPIRY"):
        has_month = any(re.search(r"\b" + m + r"\b", low) for m in MONTHS + MON3)
        words = " ".join(w for w in re.findall(r"[a-z0-9]+", low) if w not in MONTHS + MON3)
        digs = spoken_to_chars(words)
        if "?" in digs or not digs.isdigit():
            return False
        if typ == "EXPIRY":
            if has_month:
                return len(digs) in (2, 4)
            return len(digs) in (4, 6) and 1 <= int(digs[:2]) <= 12
        if has_month:
            return 3 <= len(digs) <= 6
        return len(digs) in (6, 8)
    if typ == "PHONE":
        parts = re.split(r"\bext(?:ension)?\b\.?|\bx(?=\s*\d)|\bx\b", low, maxsplit=1)
        base = spoken_to_chars(parts[0])
        if not re.fullmatch(r"\+?\d{7,15}", base):
            return False
        if len(parts) == 2:
            return bool(re.fullmatch(r"\d{1,6}", spoken_to_chars(parts[1])))
        return True
    return valid_norm(typ, spoken_to_chars(text))


def valid_norm(typ, c):
    if "?" in c:
        return False
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", c))
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and (6 <= len(c) <= 17)
    if typ == "IBAN":
        return iban_ok(c)
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"\d{5}(\d{4})?|[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", c))
    return False


def validate_case(case):
    """Spans of each type, in order, must partition into groups each forming a
    valid value; a short abandoned fragment before a group and a 4-char tail
    read-back of an already-read value are allowed."""
    errs = []
    by = {}
    for sp in case["spans"]:
        txt = case["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
        by.setdefault(sp["type"], []).append(txt)
    for typ, txts in by.items():
        if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY", "CVV", "POSTCODE"):
            for t in txts:
                if not valid_single(typ, t):
                    errs.append("%s invalid: %r" % (typ, t))
            continue
        n = len(txts)
        norm = [spoken_to_chars(t) for t in txts]
        joined = "".join(norm)
        ok = [False] * (n + 1)
        ok[0] = True
        for i in range(n):
            if not ok[i]:
                continue
            for j in range(i + 1, n + 1):
                sep = " "
                if valid_single(typ, sep.join(txts[i:j])) or \
                        (typ != "PHONE" and valid_norm(typ, "".join(norm[i:j]))):
                    ok[j] = True
            if len(norm[i]) <= 4 and i + 1 <= n and norm[i] and norm[i] != joined and \
                    (joined.replace(norm[i], "", 1).endswith(norm[i]) or
                     (i + 1 < n and norm[i][:2] == "".join(norm[i + 1:])[:2])):
                ok[i + 1] = True
        if not ok[n]:
            errs.append("%s spans do not validate: %r" % (typ, txts))
    return errs


# ---------------------------------------------------------------- context
ORGS = {
    "banking": ["Harbour Bank", "First Keystone Bank", "Lakeshore Credit Union", "Northgate Building Society"],
    "telecom": ["Vireo Mobile", "SkyLink Broadband", "Tally Telecom"],
    "utilities": ["Brightwater Energy", "Cascade Gas & Electric", "Meridian Water"],
    "retail": ["Hollis & Frame", "ShopNest", "Greyline Outdoor"],
    "insurance": ["Pinecrest Insurance", "Allcover Mutual", "Beacon Auto Insurance"],
    "travel": ["Aerlane Holidays", "BlueJet Airways", "Transit Rail"],
    "healthcare": ["St Bride Medical Billing", "Cedar Health Partners", "Unity Hospital Billing"],
    "government": ["the County Tax Office", "the Benefits Helpline", "the Motor Vehicle Service"],
}
INDUSTRIES = list(ORGS)


def org():
    ind = R.choice(INDUSTRIES)
    return ind, R.choice(ORGS[ind])


def greet():
    ind, o = org()
    return ind, R.choice(["thanks for calling %s, how can I help" % o,
                          "%s, you're through to Sam, how can I help today" % o,
                          "hi, welcome to %s chat support. what can I do for you?" % o,
                          "good morning, %s, my name's Priya" % o])


BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got it", "yes", "and the rest?", "ok go ahead"]

CASES = []


def add(kind, turns, note):
    t, s = build(turns)
    CASES.append({"kind": kind, "turns": t, "spans": s, "note": note})


def maybe_upper(s):
    return R.choice([s, s, s.upper(), s.lower()])


# ---------------------------------------------------------------- positives: cards
def pos_card_chat():
    c = card()
    g = card_groups(c)
    fmt = R.choice(["sp", "dash", "none", "odd", "dots"])
    if fmt == "sp":
        v = " ".join(g)
    elif fmt == "dash":
        v = "-".join(g)
    elif fmt == "none":
        v = c
    elif fmt == "dots":
        v = ".".join(g)
    else:
        cut = R.randint(5, 9)
        v = c[:cut] + " " + c[cut:cut + 3] + "  " + c[cut + 3:]
    ind, gr = greet()
    lead = R.choice(["card no: ", "my card is ", "Card number - ", "cc#", "pls use card ",
                     "the number on the front is ", "its "])
    turns = [T("agent", gr), T("customer", "hi i want to pay my bill. ", lead, V(v, "CARD_NUMBER"))]
    note = "typed card number (%s) in %s chat" % (fmt, ind)
    if R.random() < 0.6:
        exp = R.choice(["%02d/%02d" % (R.randint(1, 12), R.randint(25, 31)),
                        "%02d/20%02d" % (R.randint(1, 12), R.randint(25, 31)),
                        "%02d-%02d" % (R.randint(1, 12), R.randint(25, 31))])
        cvv = rdig(4 if len(c) == 15 else 3)
        turns.append(T("agent", "thanks. expiry and security code please?"))
        turns.append(T("customer", R.choice(["exp ", "expires ", ""]), V(exp, "EXPIRY"),
                       R.choice([" cvv ", ", sec code ", " and the 3 digits are ", " / cvc: "]), V(cvv, "CVV")))
        note += " + expiry + cvv"
    if R.random() < 0.4:
        turns.append(T("agent", "thanks, the payment on the card ending ", V(c[-4:], "CARD_NUMBER"), " went through."))
        note += "; last four read back after full card (labelled)"
    add("positive", turns, note)


def pos_card_asr_split():
    c = card()
    g = card_groups(c)
    uk = R.random() < 0.5
    ind, gr = greet()
    turns = [T("agent", gr.lower().replace(",", "").replace(".", "").replace("?", "")),
             T("customer", "yeah i'd like to make a payment please"),
             T("agent", "no problem can i take the long number across the front of the card")]
    k = R.choice([2, 2, 3, len(g)])
    chunks = [g[:len(g) - (k - 1)]] + [[x] for x in g[len(g) - (k - 1):]] if k > 1 else [g]
    # distribute groups over k customer turns
    per = max(1, len(g) // k)
    chunks = [g[i:i + per] for i in range(0, len(g), per)]
    for n, ch in enumerate(chunks):
        pre = R.choice(["", "it's ", "okay so ", "right ", "um "]) if n == 0 else R.choice(["", "then ", "and ", ""])
        turns.append(T("customer", pre, V(say_groups(ch, uk, filler=0.3), "CARD_NUMBER")))
        if n < len(chunks) - 1:
            turns.append(T("agent", R.choice(BACK)))
    note = "ASR card read in %d customer turns with back-channels (%s)" % (len(chunks), ind)
    if R.random() < 0.6:
        turns.append(T("agent", "let me read that back ", V(say_groups(g, uk, fancy=0.0), "CARD_NUMBER"), " is that right"))
        turns.append(T("customer", R.choice(["yes", "yep that's it", "correct"])))
        note += "; agent read-back"
    if R.random() < 0.5:
        m, y = R.randint(1, 12), R.randint(25, 31)
        exp = R.choice(["%s %s" % (say_plain("%02d" % m, uk, False), pair_word(str(y)) or say_plain(str(y), uk)),
                        "%s twenty %s" % (MONTHS[m - 1], UNITS[y - 20]) if y < 30 else "%s %s" % (MONTHS[m - 1], "thirty" if y == 30 else "thirty one"),
                        ])
        turns.append(T("agent", "and the expiry date"))
        turns.append(T("customer", R.choice(["", "uh ", "it's "]), V(exp, "EXPIRY")))
        cvv = rdig(4 if len(c) == 15 else 3)
        turns.append(T("agent", "and the security number on the back"))
        turns.append(T("customer", R.choice(["", "that's ", "um "]), V(say_plain(cvv, uk), "CVV")))
        note += "; spoken expiry + cvv"
    add("positive", turns, note)


def pos_card_asr_hard():
    c = card()
    g = card_groups(c)
    uk = R.random() < 0.5
    style = R.choice(["restart", "aside", "filler", "restart", "aside"])
    turns = [T("agent", "what's the card number you'd like to use")]
    if style == "restart":
        frag = say_groups(g[:1], uk, fancy=0)
        turns.append(T("customer", R.choice(["it's ", "so ", ""]), V(frag, "CARD_NUMBER"),
                       R.choice([" no wait sorry that's the old card hang on. okay ", "... sorry, let me start again, ",
                                 " oh hold on wrong one. right "]),
                       V(say_groups(g, uk, filler=0.2), "CARD_NUMBER")))
        note = "restarted card reading; abandoned fragment labelled separately"
    elif style == "aside":
        cut = R.randint(1, len(g) - 1)
        turns.append(T("customer", V(say_groups(g[:cut], uk), "CARD_NUMBER"),
                       R.choice([" sorry the dog's going mad ", " hang on let me get my glasses ",
                                 " kids be quiet please mummy's on the phone ", " can you hear me okay yeah "]),
                       V(say_groups(g[cut:], uk), "CARD_NUMBER")))
        note = "aside in the middle of a card reading (two spans, aside excluded)"
    else:
        words = []
        for x in g:
            words.append(say_group(x, uk))
            words.append(R.choice(FILLERS) if R.random() < 0.7 else "")
        v = " ".join(w for w in words[:-1] if w)
        turns.append(T("customer", R.choice(["yeah it's ", "okay ", ""]), V(v, "CARD_NUMBER"), R.choice(["", " i think"])))
        note = "card reading with hesitations inside the span"
    turns.append(T("agent", R.choice(["thank you", "lovely", "perfect, one moment"])))
    add("positive", turns, note)


# ---------------------------------------------------------------- SSN
def ssn_written(s):
    a, b, c = s[:3], s[3:5], s[5:]
    return R.choice([a + "-" + b + "-" + c, a + " " + b + " " + c, s, a + "." + b + "." + c,
                     a + "-" + b + c, a + b + "-" + c, a + " - " + b + " - " + c, s[:4] + " " + s[4:]])


def pos_ssn_written():
    s = ssn()
    v = ssn_written(s)
    ind, gr = greet()
    lead = R.choice(["SSN: ", "ssn is ", "social ", "Social Security #", "my social security number is ", "ss# "])
    turns = [T("agent", gr), T("agent", "To verify, I need your social security number."),
             T("customer", lead, V(v, "SSN"), R.choice(["", " thx", ". and i need the 1099 resent"]))]
    add("positive", turns, "typed SSN, grouping %r (%s)" % (re.sub(r"\d", "9", v), ind))


def pos_ssn_spoken():
    s = ssn()
    gsets = [[s[:3], s[3:5], s[5:]], [s], [s[:3], s[3:6], s[6:]], [s[:5], s[5:]], [s[:3], s[3:5], s[5:7], s[7:]]]
    gs = R.choice(gsets)
    v = say_groups(gs, False, filler=0.25)
    turns = [T("agent", "and can i get your social security number please"),
             T("customer", R.choice(["yeah it's ", "sure ", "uh ", "okay my social is "]), V(v, "SSN"))]
    note = "spoken SSN grouped %s" % "-".join(str(len(x)) for x in gs)
    if R.random() < 0.5:
        turns.append(T("agent", "thank you that's ", V(say_groups([s[:3], s[3:5], s[5:]], False, fancy=0), "SSN"), " correct"))
        turns.append(T("customer", "yes ma'am"))
        note += "; agent read-back"
    add("positive", turns, note)


def pos_ssn_partial():
    s = ssn()
    v1 = say_groups([s[:3]], False)
    v2 = say_groups([s[3:5]], False)
    v3 = say_groups([s[5:]], False)
    turns = [T("agent", "i'll need the full social, not just the last four"),
             T("customer", "okay so the first three are ", V(v1, "SSN")),
             T("agent", R.choice(BACK)),
             T("customer", R.choice(["then ", "middle is ", ""]), V(v2, "SSN")),
             T("agent", R.choice(BACK)),
             T("customer", R.choice(["and then ", "last four ", "uh "]), V(v3, "SSN"))]
    if R.random() < 0.5:
        turns[1] = T("customer", "okay so it's ", V(say_groups([s[:3], s[3:5]], False), "SSN"))
        turns = turns[:2] + turns[4:]
    add("positive", turns, "SSN given partly over several customer turns")


# ---------------------------------------------------------------- NI
def pos_ni_written():
    n = ni()
    v = R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:4] + "-" + n[4:6] + "-" + n[6:8] + "-" + n[8]])
    v = maybe_upper(v)
    ind, gr = greet()
    turns = [T("agent", gr), T("customer", R.choice(["NI no: ", "my national insurance number is ", "NINO ",
                                                    "ni number - ", "National Insurance: "]), V(v, "NI_NUMBER"))]
    add("positive", turns, "typed UK NI number (%s)" % ind)


def say_ni(n, style=None):
    parts = [say_letter(n[0], style), say_letter(n[1], style)]
    if n[0] == n[1] and R.random() < 0.5:
        parts = ["double " + n[0].lower()]
    parts.append(say_groups([n[2:4], n[4:6], n[6:8]], True, fancy=0.4))
    parts.append(say_letter(n[8], style))
    return " ".join(parts)


def pos_ni_spoken():
    n = ni()
    turns = [T("agent", "can i take your national insurance number please"),
             T("customer", R.choice(["yeah it's ", "it's ", "erm ", ""]), V(say_ni(n), "NI_NUMBER"))]
    note = "spoken NI number with letters/NATO"
    if R.random() < 0.5:
        turns.append(T("agent", "so that's ", V(say_ni(n, "nato"), "NI_NUMBER")))
        turns.append(T("customer", "that's right"))
        note += "; NATO read-back"
    add("positive", turns, note)


def pos_ni_split():
    n = ni()
    turns = [T("agent", "and your national insurance number"),
             T("customer", V(say_letter(n[0], "for") + " " + say_letter(n[1], "for"), "NI_NUMBER")),
             T("agent", R.choice(BACK)),
             T("customer", V(say_groups([n[2:4], n[4:6], n[6:8]], True), "NI_NUMBER")),
             T("agent", "and the letter at the end"),
             T("customer", R.choice(["it's ", "", "uh "]), V(say_letter(n[8]), "NI_NUMBER"))]
    add("positive", turns, "NI number split over three customer turns")


# ---------------------------------------------------------------- bank
def pos_us_bank():
    rt, ac = aba(), rdig(R.choice([8, 9, 10, 12]))
    spoken = R.random() < 0.5
    if spoken:
        rv, av = say_groups([rt[:3], rt[3:6], rt[6:]], False), say_groups(groups_of(ac, 3), False, filler=0.2)
        turns = [T("agent", "for the direct deposit i need your routing number and account number"),
                 T("customer", "okay routing is ", V(rv, "BANK_ACCOUNT")),
                 T("agent", R.choice(BACK)),
                 T("customer", "and the account is ", V(av, "BANK_ACCOUNT"))]
    else:
        turns = [T("customer", R.choice(["Routing: ", "ABA ", "routing # "]), V(rt, "BANK_ACCOUNT"),
                       R.choice(["\nAcct no: ", ", acct# ", " / checking account "]), V(ac, "BANK_ACCOUNT"))]
    add("positive", turns, "US routing (labelled BANK_ACCOUNT) + account number, %s" % ("spoken" if spoken else "typed"))


def pos_uk_bank():
    sc, ac = rdig(6), rdig(8)
    uk = True
    if R.random() < 0.5:
        turns = [T("agent", "what's the sort code"),
                 T("customer", V(say_groups([sc[:2], sc[2:4], sc[4:]], uk, fancy=0.6), "SORT_CODE")),
                 T("agent", "and the account number"),
                 T("customer", R.choice(["it's ", "uh ", ""]), V(say_groups([ac[:4], ac[4:]], uk, filler=0.3), "BANK_ACCOUNT"))]
        note = "spoken UK sort code + account"
    else:
        scv = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        turns = [T("customer", R.choice(["s/c ", "sort code: ", "Sort "]), V(scv, "SORT_CODE"),
                       R.choice([" acc ", " a/c no. ", ", account number "]), V(ac, "BANK_ACCOUNT"))]
        note = "typed UK sort code + account"
    add("positive", turns, note)


def pos_iban():
    ib = iban()
    if R.random() < 0.5:
        v = R.choice([" ".join(groups_of(ib)), ib, ib.lower()])
        turns = [T("agent", "Please send the IBAN for the refund."),
                 T("customer", R.choice(["IBAN: ", "my iban is ", "iban "]), V(v, "IBAN"))]
        note = "typed IBAN"
    else:
        gs = groups_of(ib)
        first = " ".join(say_letter(ch, R.choice(["plain", "for"])) if ch.isalpha() else dword(ch, True) for ch in gs[0])
        rest = []
        for g in gs[1:]:
            rest.append(" ".join(say_letter(ch, "plain") if ch.isalpha() else None or "" for ch in []) or
                        " ".join(say_letter(ch, "nato") if ch.isalpha() else say_plain(ch, True) for ch in g))
        turns = [T("agent", "can you read me the iban"),
                 T("customer", V(first, "IBAN")),
                 T("agent", R.choice(BACK)),
                 T("customer", V(" ".join(rest), "IBAN"))]
        note = "spoken IBAN split over two turns"
    add("positive", turns, note)


# ---------------------------------------------------------------- phone
def us_phone():
    return str(R.randint(2, 9)) + rdig(2) + str(R.randint(2, 9)) + rdig(6)


def pos_phone():
    k = R.choice(["us", "usx", "usx", "uk", "ie", "eu"])
    spoken = R.random() < 0.5
    if k.startswith("us"):
        p = us_phone()
        ext = rdig(R.choice([3, 4])) if k == "usx" else ""
        if spoken:
            v = R.choice(["", "one "]) + say_groups([p[:3], p[3:6], p[6:]], False)
            if ext:
                v += R.choice([" extension ", " ext "]) + say_plain(ext, False)
        else:
            v = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]),
                          "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]),
                          "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])
            if ext:
                v += R.choice([" ext. ", " x", " ext ", " extension "]) + ext
    elif k == "uk":
        p = "7" + rdig(9)
        if spoken:
            v = R.choice(["oh seven ", "zero seven ", "plus four four seven "]) + say_groups([p[1:4], p[4:7], p[7:]], True)
        else:
            v = R.choice(["0%s %s" % (p[:4], p[4:]), "+44 %s %s" % (p[:4], p[4:]), "+44 (0)%s %s" % (p[:4], p[4:]),
                          "0%s" % p])
    elif k == "ie":
        p = R.choice(["83", "85", "86", "87"]) + rdig(7)
        if spoken:
            v = R.choice(["oh ", "plus three five three "]) + say_groups([p[:2], p[2:5], p[5:]], True)
        else:
            v = R.choice(["+353 %s %s %s" % (p[:2], p[2:5], p[5:]), "0%s %s %s" % (p[:2], p[2:5], p[5:])])
    else:
        cc, p = R.choice([("33", "6" + rdig(8)), ("49", "15" + rdig(9)), ("34", "6" + rdig(8)), ("31", "6" + rdig(8))])
        if spoken:
            v = "plus " + " ".join(UNITS[int(x)] for x in cc) + " " + say_groups(groups_of(p, 3), False)
        else:
            v = "+" + cc + " " + " ".join(groups_of(p, 3))
    ind, gr = greet()
    if spoken:
        turns = [T("agent", "whats the best number to reach you on"),
                 T("customer", R.choice(["it's ", "you can get me on ", "uh my cell is ", "work number is "]), V(v, "PHONE"))]
    else:
        turns = [T("agent", gr), T("customer", R.choice(["call me back on ", "tel: ", "Ph ", "my number: ", "mob "]),
                                   V(v, "PHONE"), R.choice(["", " after 5pm", " thanks"]))]
    add("positive", turns, "%s phone (%s)%s" % (k, "spoken" if spoken else "typed", " with extension" if k == "usx" else ""))


# ---------------------------------------------------------------- email
FIRST = ["john", "maria", "dave", "siobhan", "priya", "kwame", "lena", "tom", "aoife", "marco", "jess", "raj"]
LAST = ["doe", "okafor", "murphy", "schmidt", "patel", "nguyen", "oconnor", "garcia", "smith", "rossi"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "eircom.net", "web.de", "aol.com"]


def pos_email():
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    num = rdig(R.choice([0, 2, 2, 4]))
    sep = R.choice([".", "_", "", "."])
    local = R.choice([f + sep + l, f[0] + sep + l, l + sep + f]) + num
    if R.random() < 0.5:
        e = maybe_upper(local + "@" + d) if R.random() < 0.3 else local + "@" + d
        turns = [T("agent", "What email should we send the confirmation to?"),
                 T("customer", R.choice(["", "email: ", "it's ", "pls use "]), V(e, "EMAIL"))]
        note = "typed email"
    else:
        def sp(w):
            return R.choice([w, " ".join(w)]) if w.isalpha() else " ".join(dword(c, False) for c in w)
        m = {".": " dot ", "_": " underscore ", "": " "}
        parts = re.split(r"(\d+)", local)
        lw = []
        pieces = re.split(r"([._])", local)
        for pc in pieces:
            if pc in (".", "_"):
                lw.append(m[pc].strip())
            elif pc:
                for sub in re.split(r"(\d+)", pc):
                    if sub:
                        lw.append(sp(sub))
        dd = " dot ".join(d.split("."))
        v = " ".join(lw) + " at " + dd
        turns = [T("agent", "and an email address"),
                 T("customer", R.choice(["yeah it's ", "", "um "]), V(v, "EMAIL"))]
        note = "spoken email"
    add("positive", turns, note)


# ---------------------------------------------------------------- DOB
ORDW = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
        9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
        15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
        20: "twentieth", 30: "thirtieth"}


def ordword(d):
    if d in ORDW:
        return ORDW[d]
    return TENS[d // 10] + " " + ORDW[d % 10]


def say_year(y):
    if y >= 2000:
        return "two thousand and " + UNITS[y - 2000] if y < 2010 else "twenty " + (pair_word(str(y)[2:]) or say_plain(str(y)[2:], False))
    hi, lo = str(y)[:2], str(y)[2:]
    return "nineteen " + (pair_word(lo) or ("oh " + UNITS[int(lo[1])] if lo[0] == "0" else TENS.get(int(lo[0]), "?")))


def pos_dob():
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    spoken = R.random() < 0.55
    if spoken:
        v = R.choice(["the %s of %s %s" % (ordword(d), MONTHS[m - 1], say_year(y)),
                      "%s %s %s" % (MONTHS[m - 1], ordword(d), say_year(y)),
                      "%s %s %s" % (say_plain("%02d" % d, True, False), say_plain("%02d" % m, True, False), say_year(y))])
        if v.startswith("the "):
            v = v[4:]
            lead = "the "
        else:
            lead = R.choice(["", "it's ", "um "])
        turns = [T("agent", "can you confirm your date of birth for me"), T("customer", lead, V(v, "DOB"))]
    else:
        v = R.choice(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                      "%s %d, %d" % (MONTHS[m - 1].title(), d, y), "%d%s %s %d" % (d, "th" if d > 3 else ["", "st", "nd", "rd"][d], MONTHS[m - 1][:3].title(), y)])
        turns = [T("customer", R.choice(["DOB ", "d.o.b: ", "born ", "date of birth "]), V(v, "DOB"))]
    add("positive", turns, "%s date of birth" % ("spoken" if spoken else "typed"))


# ---------------------------------------------------------------- address/postcode
UK_STREETS = ["Baker Street", "Elm Road", "Station Lane", "Queens Drive", "Mill Close", "Church Way", "Park Crescent"]
US_STREETS = ["N Maple Ave", "Sunset Blvd", "Oak Street", "W 34th St", "Lakeview Drive", "Pine Court", "Elm St"]
UK_TOWNS = ["Leeds", "Bristol", "Croydon", "Glasgow", "Norwich"]
US_TOWNS = ["Austin, TX", "Columbus, OH", "Fresno, CA", "Tampa, FL", "Denver, CO"]


def uk_pc():
    a = R.choice(["SW", "LS", "B", "M", "BS", "G", "NR", "EC", "CR"])
    return a + str(R.randint(1, 19)) + " " + str(R.randint(0, 9)) + R.choice("ABDEFGHJLNPQRSTUWXYZ") + R.choice("ABDEFGHJLNPQRSTUWXYZ")


def pos_address():
    us = R.random() < 0.5
    spoken = R.random() < 0.45
    if us:
        num = str(R.randint(10, 9899))
        st = R.choice(US_STREETS)
        zp = rdig(5) if R.random() < 0.4 else rdig(5) + "-" + rdig(4)
        if zp[0] == "0":
            zp = "1" + zp[1:]
        town = R.choice(US_TOWNS)
        if spoken:
            st = st.replace("N ", "north ").replace("W ", "west ").replace("Ave", "avenue").replace("Blvd", "boulevard").lower()
            st = re.sub(r"\bst\b", "street", st)
            st = st.replace("34th", "thirty fourth")
            addr = say_groups(groups_of(num, 2), False, sep=" ", fancy=0.7) + " " + st
            if R.random() < 0.4:
                addr += " apartment " + say_plain(rdig(1), False) + " b"
            zv = say_plain(zp.replace("-", ""), False) if "-" not in zp else say_plain(zp[:5], False) + " dash " + say_plain(zp[6:], False)
            turns = [T("agent", "what's the mailing address"), T("customer", "it's ", V(addr, "ADDRESS"), " " + town.split(",")[0].lower()),
                     T("agent", "and the zip"), T("customer", V(zv, "POSTCODE"))]
        else:
            addr = num + " " + st + (R.choice(["", " Apt 4B", ", Suite 210"]))
            turns = [T("customer", "Ship to: ", V(addr, "ADDRESS"), ", " + town + " ", V(zp, "POSTCODE"))]
    else:
        num = str(R.randint(1, 240))
        st = R.choice(UK_STREETS)
        pc = uk_pc()
        town = R.choice(UK_TOWNS)
        flat = R.random() < 0.3
        if spoken:
            addr = ("flat " + say_plain(rdig(1), True) + " " if flat else "") + say_groups([num], True, fancy=0.7) + " " + st.lower()
            pcv = " ".join(say_letter(c, "plain") if c.isalpha() else dword(c, True) for c in pc.replace(" ", ""))
            turns = [T("agent", "first line of the address please"), T("customer", V(addr, "ADDRESS"), " in " + town.lower()),
                     T("agent", "and the postcode"), T("customer", R.choice(["", "it's ", "uh "]), V(pcv, "POSTCODE"))]
        else:
            addr = ("Flat " + rdig(1) + ", " if flat else "") + num + " " + st
            pcv = maybe_upper(R.choice([pc, pc.replace(" ", "")]))
            turns = [T("customer", "my address is ", V(addr, "ADDRESS"), ", " + town + ", ", V(pcv, "POSTCODE"))]
    add("positive", turns, "%s %s address + postcode" % ("US" if us else "UK", "spoken" if spoken else "typed"))


def pos_mixed_us():
    s, p, zp = ssn(), us_phone(), rdig(5)
    if zp[0] == "0":
        zp = "2" + zp[1:]
    y, m, d = R.randint(1945, 2000), R.randint(1, 12), R.randint(1, 28)
    turns = [T("agent", "Cedar Health Partners billing, to locate the account I need a few details. date of birth?"),
             T("customer", V("%02d/%02d/%d" % (m, d, y), "DOB")),
             T("agent", "zip code on file?"),
             T("customer", V(zp, "POSTCODE"), R.choice([". member ID is MBR-", ". my claim number is CLM"]) + rdig(8) + " if that helps"),
             T("agent", "and the last four of the social won't be enough, I need the full number"),
             T("customer", V(ssn_written(s), "SSN"), " and call back on ", V("(%s) %s-%s ext %s" % (p[:3], p[3:6], p[6:], rdig(3)), "PHONE"))]
    add("positive", turns, "US healthcare billing mix: DOB, ZIP, SSN, phone+ext, with unlabelled claim/member ID")


# ---------------------------------------------------------------- negatives
def neg():
    f = R.choice(NEG_FUNCS)
    turns, note = f()
    add("negative", turns, note)


def n_claim():
    c = rdig(9)
    v = R.choice([c[:3] + "-" + c[3:5] + "-" + c[5:], c, "CLM-" + c])
    return [T("agent", "I have your claim number as " + v + ", is that the claim for the March visit?"),
            T("customer", "yes that's the claim number")], "claim number shaped like an SSN, with label"


def n_member():
    m = R.choice(["W", "XJ", "ZGP"]) + rdig(9)
    return [T("customer", "member id " + m + " group number " + rdig(6)),
            T("agent", "Thanks, member ID " + m + " is active, group " + rdig(5) + ".")], "insurance member/group IDs with labels"


def n_npi():
    b = "80840" + "1" + rdig(8)
    npi = b[5:] + luhn_digit(b)
    return [T("agent", "the provider's NPI is " + " ".join([npi[:3], npi[3:6], npi[6:]]) if R.random() < 0.5 else "the provider NPI number is " + npi),
            T("customer", "okay i'll note the NPI down")], "10-digit NPI (Luhn-valid) with label"


def n_medicare():
    L = "ACDEFGHJKMNPQRTUVWXY"
    mbi = "%d%s%s%d-%s%s%d-%s%s%d%d" % (R.randint(1, 9), R.choice(L), R.choice(L + "0123456789"), R.randint(0, 9),
                                        R.choice(L), R.choice(L + "0123456789"), R.randint(0, 9), R.choice(L), R.choice(L),
                                        R.randint(0, 9), R.randint(0, 9))
    return [T("agent", "what's the Medicare ID on the red white and blue card"),
            T("customer", "medicare number " + mbi)], "Medicare-style beneficiary ID with label (not in the type list)"


def n_tracking():
    c = card()
    while len(c) != 16:
        c = card()
    spoken = R.random() < 0.5
    v = say_groups(groups_of(c), False, fancy=0.3) if spoken else " ".join(groups_of(c))
    lab = R.choice(["tracking number", "order number", "reference", "serial number", "ticket number", "meter serial"])
    return [T("agent", "can you give me the " + lab),
            T("customer", "yeah the " + lab + " is " + v),
            T("agent", "thanks, found the " + lab + ".")], "16-digit Luhn-valid %s read like a card (label given)" % lab


def n_amounts():
    a = "%d,%03d.%02d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99))
    return [T("agent", R.choice(["your balance is $", "the outstanding amount is £", "that comes to €"]) + a +
              ", and the minimum payment is " + str(R.randint(25, 200)) + " dollars due on the " + ordword(R.randint(1, 28)) + " of " + R.choice(MONTHS)),
            T("customer", "okay and the interest rate is still " + str(R.randint(3, 29)) + "." + rdig(1) + "%?")], "amounts, due date, percentage"


def n_spoken_amount():
    return [T("agent", "so your bill this month is " + say_group(rdig(3).replace("0", "4"), False, fancy=1.0).replace("and", "and") + " pounds and " + R.choice(["forty two", "sixteen", "ninety nine"]) + " pence"),
            T("customer", "four hundred and twelve for one month that's ridiculous"),
            T("agent", "i understand, it covers ninety one days")], "spoken amounts and durations"


def n_cardlast4():
    l4 = rdig(4)
    return [T("agent", "which card would you like to use?"),
            T("customer", R.choice(["the visa ending ", "card ending in ", "the one that ends "]) + R.choice([l4, say_groups([l4], False, fancy=0.5)])),
            T("agent", "great, the card ending " + l4 + " it is")], "card last-four only (not PII by convention)"


def n_times():
    return [T("agent", "we're open " + R.choice(["8am to 8pm", "nine till five thirty", "24/7"]) + " and your engineer is booked for " +
              R.choice(["Tuesday 14th between 8 and 12", "the twenty third of june at two pm", "10/11/2025 at 13:30"])),
            T("customer", "the appointment on the " + ordword(R.randint(1, 28)) + " is fine, it'll take about " + str(R.randint(2, 90)) + " minutes right?")], "opening hours, appointment dates and durations"


def n_meter():
    r = rdig(R.choice([5, 6, 8]))
    return [T("agent", "could you read me the meter"),
            T("customer", "the reading is " + R.choice([r, say_groups(groups_of(r, 2), True, fancy=0.6)]) + " and the meter serial is " + R.choice(["E", "K", "S"]) + rdig(2) + "W" + rdig(6)),
            T("agent", "reading " + r + " logged")], "meter reading and meter serial"


def n_travel():
    return [T("customer", "flight " + R.choice(["BA", "EI", "UA", "LH"]) + rdig(R.choice([3, 4])) + " from gate " + R.choice("ABCD") + str(R.randint(1, 60)) + ", seat " + str(R.randint(1, 45)) + R.choice("ABCDEF") + ", booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
            T("agent", "thanks, and room " + str(R.randint(100, 999)) + " at the hotel is confirmed for " + str(R.randint(2, 14)) + " nights")], "flight/gate/seat/room/booking ref"


def n_policy():
    lab = R.choice(["policy number", "invoice number", "order no.", "account reference", "case number", "contract number"])
    v = R.choice([rdig(10), rdig(12), "PC" + rdig(8), rdig(4) + "-" + rdig(4) + "-" + rdig(4)])
    return [T("customer", "my " + lab + " is " + v), T("agent", "perfect, I've pulled up " + lab + " " + v)], "%s with label" % lab


def n_spoken_ref():
    r = rdig(R.choice([9, 10, 12]))
    lab = R.choice(["claim number", "reference number", "ticket number", "order number", "case id", "confirmation number"])
    return [T("agent", "do you have the " + lab),
            T("customer", "yeah it's " + say_groups(groups_of(r, 3), False, filler=0.2)),
            T("agent", R.choice(BACK)),
            T("customer", "that's the " + lab + " from the email")], "spoken %s read in groups" % lab


def n_misc_numbers():
    return [T("customer", "i'm " + str(R.randint(19, 90)) + " and i've been a customer for " + R.choice(["twelve", "15", "thirty"]) + " years, since " + str(R.randint(1990, 2015))),
            T("agent", "thank you for your loyalty. it's " + str(R.randint(-5, 35)) + " degrees here so the heating upgrade at " + str(R.randint(5, 40)) + "% off is popular"),
            T("customer", "I've got " + str(R.randint(2, 6)) + " kids and a model " + R.choice(["WM", "XR", "HD"]) + "-" + rdig(4) + " washing machine")], "ages, years, temperatures, percentages, counts, model numbers"


def n_roads():
    return [T("customer", "the outage seems to be along " + R.choice(UK_STREETS + ["Main Street", "Route 66", "the M25", "Interstate 95"])),
            T("agent", "yes, works on " + R.choice(US_STREETS + UK_STREETS) + " are due to finish on " + str(R.randint(1, 28)) + " " + R.choice(MONTHS).title())], "road names without house number"


def n_contract_dates():
    return [T("agent", "your contract started on " + "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2024)) +
              " and ends " + R.choice(MONTHS).title() + " " + str(R.randint(2025, 2028)) + "; next payment date is the " + ordword(R.randint(1, 28))),
            T("customer", "and the direct debit will come out on the " + ordword(R.randint(1, 28)) + " every month?")], "contract and payment dates"


def n_us_tax():
    return [T("agent", "form " + R.choice(["1040", "W-2", "1099-MISC"]) + " line " + str(R.randint(1, 40)) + " shows $" + str(R.randint(1000, 99999)) + ", tax year " + str(R.randint(2019, 2024))),
            T("customer", "my case number is " + rdig(3) + "-" + rdig(2) + "-" + rdig(4) + "-T and the notice is CP" + str(R.randint(10, 99)))], "US tax office: form numbers, amounts, case number with label"


def n_phone_shaped_ref():
    r = str(R.randint(2, 9)) + rdig(9)
    return [T("agent", "your order confirmation is " + "%s-%s-%s" % (r[:3], r[3:6], r[6:])),
            T("customer", "order confirmation " + r[:3] + " " + r[3:6] + " " + r[6:] + ", got it")], "10-digit order confirmation formatted like a US phone number (labelled)"


NEG_FUNCS = [n_claim, n_member, n_npi, n_medicare, n_tracking, n_amounts, n_spoken_amount, n_cardlast4, n_times,
             n_meter, n_travel, n_policy, n_spoken_ref, n_misc_numbers, n_roads, n_contract_dates, n_us_tax,
             n_phone_shaped_ref]


# ---------------------------------------------------------------- main
def generate():
    del CASES[:]
    plan = [(pos_card_chat, 26), (pos_card_asr_split, 28), (pos_card_asr_hard, 22),
            (pos_ssn_written, 15), (pos_ssn_spoken, 14), (pos_ssn_partial, 8),
            (pos_ni_written, 11), (pos_ni_spoken, 12), (pos_ni_split, 7),
            (pos_us_bank, 12), (pos_uk_bank, 12), (pos_iban, 13), (pos_phone, 24), (pos_email, 16),
            (pos_dob, 14), (pos_address, 20), (pos_mixed_us, 6)]
    for f, n in plan:
        for _ in range(n):
            f()
    pos = CASES[:]
    del CASES[:]
    for f in NEG_FUNCS:
        for _ in range(4):
            turns, note = f()
            add("negative", turns, note)
    for _ in range(40):
        neg()
    negs = CASES[:]
    allc = pos + negs
    R.shuffle(allc)
    out, pc, nc = [], 0, 0
    for c in allc:
        if c["kind"] == "positive":
            pc += 1
            cid = "h557-pos-%03d" % pc
        else:
            nc += 1
            cid = "h557-neg-%03d" % nc
        out.append({"id": cid, "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]})
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out)


def check(data):
    errs = []
    ids = set()
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for ln, line in enumerate(data.splitlines(), 1):
        c = json.loads(line)
        if c["id"] in ids:
            errs.append("dup id " + c["id"])
        ids.add(c["id"])
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(c["id"] + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(c["id"] + ": negative with spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        last = {}
        for sp in sorted(c["spans"], key=lambda s: (s["turn"], s["start"])):
            if sp["type"] not in counts:
                errs.append(c["id"] + ": bad type " + sp["type"])
                continue
            counts[sp["type"]] += 1
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(c["id"] + ": bad turn")
                continue
            tx = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append(c["id"] + ": offsets out of range")
                continue
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], tx[s:e]))
            if not (tx[s].isalnum() or tx[s] in "+(") or not tx[e - 1].isalnum():
                errs.append("%s: span edge not alnum %r" % (c["id"], tx[s:e]))
            if sp["turn"] in last and s < last[sp["turn"]]:
                errs.append(c["id"] + ": overlapping spans")
            last[sp["turn"]] = e
        for err in validate_case(c):
            errs.append(c["id"] + ": " + err)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    mins = dict((t, 10) for t in TYPES)
    mins.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    data = generate()
    if "--check" in sys.argv:
        with open(OUT, encoding="utf-8") as fh:
            old = fh.read()
        errs, counts, npos, nneg = check(old)
        if old != data:
            errs.insert(0, "cases.jsonl is not byte-identical to a fresh generation")
        for e in errs:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(json.dumps(counts))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(data)
    errs, counts, npos, nneg = check(data)
    print("wrote %s: positives=%d negatives=%d" % (OUT, npos, nneg))
    print(json.dumps(counts))
    for e in errs:
        print("WARN", e)


if __name__ == "__main__":
    main()

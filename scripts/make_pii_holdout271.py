#!/usr/bin/env python3
"""Generate the held-out PII evaluation set pii_holdout271 (independent author).

python scripts/make_pii_holdout271.py          # write fixture + README
python scripts/make_pii_holdout271.py --check  # regenerate, compare, validate
Standard library only. All values come from one seeded random.Random.
"""
import json
import os
import re
import sys
import random

SEED = 271241124
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout271")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike",
        "N": "november", "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey",
        "X": "x-ray", "Y": "yankee", "Z": "zulu", "Q": "quebec", "U": "uniform", "V": "victor"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]

# ---------------------------------------------------------------- value makers

def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13"])
    pref, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
                "amex": (R.choice(["34", "37"]), 15), "disc": ("6011", 16),
                "visa19": ("4", 19), "visa13": ("4", 13)}[kind]
    body = pref + "".join(R.choice("0123456789") for _ in range(ln - len(pref) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def ni_ok(v):
    return bool(re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", v)) and \
        v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")


def iban_ok(v):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", v):
        return False
    s = v[4:] + v[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97 == 1


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK"]) + digits(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "IPBS"]) + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "RABK", "INGB"]) + digits(10)
    else:
        bban = digits(20)
    s = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return cc + "%02d" % (98 - n % 97) + bban


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def make_phone(kind=None):
    kind = kind or R.choice(["ukmob", "ukland", "usa", "ie", "intl_uk", "intl_ie", "us1"])
    if kind == "ukmob":
        return "07" + digits(9), kind
    if kind == "ukland":
        return "0" + R.choice(["161", "113", "121", "131", "141", "117", "207", "208"]) + digits(7), kind
    if kind == "usa":
        return R.choice("2345678") + digits(2) + R.choice("2345678") + digits(6), kind
    if kind == "us1":
        return "1" + R.choice("2345678") + digits(2) + R.choice("2345678") + digits(6), kind
    if kind == "ie":
        return "08" + R.choice("35679") + digits(7), kind
    if kind == "intl_uk":
        return "447" + digits(9), kind
    return "3538" + R.choice("35679") + digits(7), kind


# ---------------------------------------------------------------- spoken renderers

def zero_word(uk):
    return R.choice(["oh", "oh", "zero", "nought", "o"] if uk else ["oh", "oh", "zero", "o"])


def say_digits(s, uk=False, runs=True, homophones=False):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if runs and i + 2 < len(s) and s[i + 1] == c and s[i + 2] == c and R.random() < 0.6:
            out.append("triple " + (zero_word(uk) if c == "0" else UNIT[int(c)]))
            i += 3
            continue
        if runs and i + 1 < len(s) and s[i + 1] == c and R.random() < 0.6:
            out.append("double " + (zero_word(uk) if c == "0" else UNIT[int(c)]))
            i += 2
            continue
        if c == "0":
            out.append(zero_word(uk))
        elif homophones and c in "1248" and R.random() < 0.5:
            out.append({"1": "won", "2": R.choice(["to", "too"]), "4": "for", "8": "ate"}[c])
        else:
            out.append(UNIT[int(c)])
        i += 1
    return " ".join(out)


def say_pair(p, uk=False):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero_word(uk) + " " + (zero_word(uk) if b == 0 else UNIT[b])
    if a == 1:
        return TEEN[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNIT[b]


def say_pairs(s, uk=False):
    assert len(s) % 2 == 0
    return " ".join(say_pair(s[i:i + 2], uk) for i in range(0, len(s), 2))


def safe_tail(p):
    """A trailing tens-only pair ('ninety') could swallow a following unit word."""
    return not (len(p) == 2 and p[0] >= "2" and p[1] == "0")


def say_group(s, uk=False, homophones=False):
    """Digit string -> spoken, mixing digit-by-digit / pairs / hundreds."""
    m = R.random()
    if not safe_tail(s[-2:]):
        m = 1.0
    if len(s) == 4 and m < 0.3:
        return say_pairs(s, uk)
    if len(s) == 3 and s[1:] == "00" and s[0] != "0" and m < 0.6:
        return UNIT[int(s[0])] + " hundred"
    if len(s) == 3 and s[0] != "0" and s[1] != "0" and m < 0.35:
        return UNIT[int(s[0])] + " " + say_pair(s[1:], uk)
    if len(s) == 2 and m < 0.4:
        return say_pair(s, uk)
    return say_digits(s, uk, homophones=homophones)


def say_letter(c, style):
    if style == "nato":
        return c.lower() + " for " + NATO[c]
    if style == "homo":
        return {"A": "a", "B": "bee", "C": "see", "J": "jay", "K": "kay", "P": "pee", "R": "are",
                "T": "tee", "Y": "why", "E": "e", "G": "gee", "H": "aitch", "Z": "zed",
                "D": "dee", "S": "s", "L": "l", "M": "m", "N": "n", "W": "w", "X": "x"}.get(c, c.lower())
    return c.lower()


# ---------------------------------------------------------------- normaliser (for --check)

W2D = {w: str(i) for i, w in enumerate(UNIT)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0", "won": "1", "to": "2", "too": "2",
            "for": "4", "ate": "8"})
HOMO_L = {"bee": "B", "see": "C", "sea": "C", "jay": "J", "kay": "K", "pee": "P", "are": "R",
          "tee": "T", "why": "Y", "gee": "G", "aitch": "H", "zed": "Z", "dee": "D"}
NATO_W = set(w.lower() for w in NATO.values())
FILL = {"and", "um", "uh", "er", "erm", "plus", ".", "@"}


def normalise(text, letters=False):
    if re.search(r"\d", text):
        return re.sub(r"[^A-Za-z0-9]", "", text).upper()
    toks = re.findall(r"[a-z]+(?:-[a-z]+)?|\d+|[@.]", text.lower())
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
        elif letters and len(t) == 1 and t not in ("o",) and t.isalpha() and nxt == "for":
            out.append(t.upper())
            i += 2  # skip 'for' + nato word
        elif t in NATO_W:
            pass
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            if nxt in W2D:
                out.append(W2D[nxt] * k)
            elif letters and nxt and len(nxt) == 1:
                out.append(nxt.upper() * k)
            i += 1
        elif t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in UNIT[1:]:
                out.append(str(tv) + W2D[nxt])
                i += 1
            else:
                out.append(str(tv) + "0")
        elif t in TEEN:
            out.append(str(10 + TEEN.index(t)))
        elif t == "hundred":
            out.append("00")
        elif letters and t in HOMO_L:
            out.append(HOMO_L[t])
        elif t in W2D:
            out.append(W2D[t])
        elif letters and len(t) == 1:
            out.append(t.upper())
        elif t in FILL:
            pass
        else:
            out.append("?" + t + "?")
        i += 1
    return "".join(out)


def validate(typ, text, expected):
    """Return '' if OK else an error string. expected = canonical value or None (fragment)."""
    if typ in ("EMAIL", "DOB", "ADDRESS", "EXPIRY"):
        low = text.lower()
        if typ == "EMAIL":
            ok = ("@" in low or " at " in low) and ("." in low or " dot " in low)
        elif typ == "DOB":
            ok = bool(re.search(r"\d", low)) or any(m in low for m in MONTHS)
        elif typ == "EXPIRY":
            ok = bool(re.search(r"\d", low)) or any(m in low for m in MONTHS) or \
                any(w in low for w in UNIT + TEEN + list(TENS.values()) + ["oh"])
        else:
            ok = bool(re.search(r"\b(road|street|avenue|lane|drive|close|way|terrace|crescent|court|"
                                r"boulevard|place|st|rd|ave|dr|ln|blvd|park|grove|square)\b", low))
        return "" if ok else "bad %s %r" % (typ, text)
    letters = typ in ("NI_NUMBER", "POSTCODE", "IBAN")
    n = normalise(text, letters)
    if "?" in n:
        return "unnormalisable %s %r -> %r" % (typ, text, n)
    if expected is None:
        return "" if n else "empty fragment %r" % text
    return "" if n == expected else "mismatch %s %r -> %r != %r" % (typ, text, n, expected)


def validate_value(typ, v):
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "SSN":
        return v.isdigit() and len(v) == 9
    if typ == "NI_NUMBER":
        return ni_ok(v)
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "PHONE":
        return v.isdigit() and 10 <= len(v) <= 13
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", v))
    return True


# ---------------------------------------------------------------- case assembly

CASE_LIST = []
META = []  # per case: list of (span_index, group_key, expected_or_None)


def V(text, typ, group=None, expected=None):
    """A labelled segment. group: key to concatenate fragments; expected: canonical full value."""
    return ("V", text, typ, group, expected)


def build(kind, note, turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                _, val, typ, group, expected = seg
                s = len(text)
                text += val
                spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                meta.append((group, expected))
        out_turns.append({"speaker": spk, "text": text})
    n = sum(1 for c in CASE_LIST if c["kind"] == kind) + 1
    cid = "h271-%s-%03d" % ("pos" if kind == "positive" else "neg", n)
    CASE_LIST.append({"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note})
    META.append(meta)


_gid = [0]


def gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


def A(*segs):
    return ("agent", list(segs))


def C(*segs):
    return ("customer", list(segs))


def whole(text, typ, value):
    """Single-span value."""
    return V(text, typ, gid(), value)


BACK = ["mhm", "okay go on", "yep", "yeah", "uh huh", "right", "okay", "got that", "go ahead",
        "okay and the next bit"]
FILLERS = ["um", "uh", "er", "erm"]
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing",
       "government services"]


def ind():
    return R.choice(IND)


def chunk(v, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(v[i:i + s])
        i += s
    if i < len(v):
        out.append(v[i:])
    return [x for x in out if x]


# ---------------------------------------------------------------- CARD cases

def chat_card(v):
    g = card_groups(v)
    style = R.choice(["space", "dash", "none", "dot", "mixed", "slash", "double"])
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return v
    if style == "dot":
        return ".".join(g)
    if style == "slash":
        return " / ".join(g)
    if style == "double":
        return "  ".join(g)
    seps = [R.choice([" ", "-", ""]) for _ in g[1:]]
    return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))


def spoken_card(v, uk, homo=False):
    return " ".join(say_group(x, uk, homophones=homo) for x in card_groups(v))


def card_cases():
    n = 0
    chat_intros = [
        ("Hi, I need to pay my overdue bill. Card is ", " exp soon so pls hurry"),
        ("card no: ", ""),
        ("ok here u go ", " thanks"),
        ("My card number is ", ". Can you confirm the payment of $42.50 went through?"),
        ("pls charge ", " for the 2 tickets"),
        ("its ", ""),
        ("CARD: ", " (visa debit)"),
        ("the long number is ", ", name on card is the same as the account"),
    ]
    for i in range(12):
        v = make_card()
        a, b = R.choice(chat_intros)
        build("positive", "chat/%s: card typed with separators (%s)" % (ind(), "chat"),
              [A("Please type the card number you'd like to use."), C(a, whole(chat_card(v), "CARD_NUMBER", v), b)])
    # spoken one turn
    for i in range(10):
        v = make_card()
        uk = R.random() < 0.5
        homo = i % 3 == 0
        build("positive", "call/%s: card spoken in one turn, pairs/doubles/%s" % (ind(), "homophones" if homo else "oh-zero"),
              [A("and what's the long number across the front of the card"),
               C(R.choice(["yeah it's ", "okay so it's ", "right ", "it's uh "]),
                 whole(spoken_card(v, uk, homo), "CARD_NUMBER", v),
                 R.choice(["", " and that's a visa", " got it", " sorry if i'm going fast"]))])
    # split across turns
    for i in range(8):
        v = make_card()
        g = gid()
        parts = card_groups(v)
        uk = R.random() < 0.5
        turns = [A("okay whenever you're ready with the card number")]
        for j, p in enumerate(parts):
            lead = R.choice(["", "", "um ", "so ", "then "])
            turns.append(C(lead, V(say_group(p, uk), "CARD_NUMBER", g, None)))
            if j < len(parts) - 1:
                turns.append(A(R.choice(BACK)))
        turns.append(A("lovely thank you"))
        META_GROUPS.append(None)
        build("positive", "call/%s: card split across %d customer turns with back-channels" % (ind(), len(parts)), turns)
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}
    # self correction
    for i in range(6):
        v = make_card()
        parts = card_groups(v)
        k = R.randrange(1, len(parts))
        wrong = list(parts[k])
        wrong[-1] = str((int(wrong[-1]) + 3) % 10)
        wrong = "".join(wrong)
        g = gid()
        uk = R.random() < 0.5
        segs = [R.choice(["ok it's ", "yeah "])]
        for j, p in enumerate(parts):
            if j:
                segs.append(" ")
            if j == k:
                segs += [V(say_digits(wrong, uk), "CARD_NUMBER", None, None),
                         R.choice([" no sorry ", " sorry no wait ", " uh no it's "])]
            segs.append(V(say_digits(p, uk), "CARD_NUMBER", g, None))
        build("positive", "call/%s: card with mid-number self-correction (wrong group also labelled)" % ind(),
              [A("can i take the card number please"), C(*segs)])
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}
    # filler inside reading -> spans split around filler
    for i in range(5):
        v = make_card()
        parts = card_groups(v)
        g = gid()
        segs = ["it's "]
        for j, p in enumerate(parts):
            if j:
                segs.append(" " + R.choice(FILLERS) + " " if R.random() < 0.6 else " ")
            segs.append(V(say_digits(p), "CARD_NUMBER", g, None))
        segs.append(" " + R.choice(["and the expiry's on the back somewhere", "hang on that's it", ""]).rstrip())
        build("positive", "call/%s: card with fillers between groups (fillers outside spans)" % ind(),
              [A("card number please"), C(*segs)])
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}
    # read back by agent
    for i in range(6):
        v = make_card()
        uk = R.random() < 0.5
        chat = i % 2 == 0
        if chat:
            build("positive", "chat/%s: card typed then echoed back in full by agent" % ind(),
                  [C("number is ", whole(chat_card(v), "CARD_NUMBER", v)),
                   A("Thanks, just to confirm that's ", whole(" ".join(card_groups(v)), "CARD_NUMBER", v), " correct?"),
                   C("yes")])
        else:
            build("positive", "call/%s: card spoken then agent reads it back" % ind(),
                  [C("it's ", whole(spoken_card(v, uk), "CARD_NUMBER", v)),
                   A("okay let me read that back ", whole(say_digits(v, uk), "CARD_NUMBER", v), " is that right"),
                   C("yeah that's it")])
    # card + cvv + expiry in one turn
    for i in range(8):
        v = make_card()
        cvv = digits(4 if len(v) == 15 else 3)
        mm, yy = R.randint(1, 12), R.randint(26, 32)
        if i % 2:
            exp = "%02d/%02d" % (mm, yy)
            build("positive", "chat/%s: card, expiry and cvv in one message" % ind(),
                  [C("card ", whole(chat_card(v), "CARD_NUMBER", v), " exp ", V(exp, "EXPIRY", gid(), None),
                     " cvv ", whole(cvv, "CVV", cvv), " total was $89.99")])
        else:
            exp = "%s %s" % (say_pair("%02d" % mm), say_pair("%02d" % yy))
            build("positive", "call/%s: card then expiry then security code spoken" % ind(),
                  [C(whole(say_digits(v), "CARD_NUMBER", v)),
                   A("and the expiry"), C("expires ", V(exp, "EXPIRY", gid(), None)),
                   A("and the three digits on the back"), C(whole(say_digits(cvv), "CVV", cvv))])


META_GROUPS = []
SPLIT_EXPECT = {}


# ---------------------------------------------------------------- NI cases

def chat_ni(v):
    st = R.choice(["plain", "spaced", "lower", "dash", "mixed", "pairs"])
    p, d, s = v[:2], v[2:8], v[8]
    if st == "plain":
        return v
    if st == "spaced":
        return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    if st == "lower":
        return ("%s %s %s" % (p, d, s)).lower()
    if st == "dash":
        return "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    if st == "pairs":
        return "%s%s %s%s" % (p, d[:2], d[2:], s)
    return p[0] + p[1].lower() + " " + d + s.lower()


def spoken_ni(v, uk=True):
    ls = R.choice(["plain", "nato", "homo", "plain"])
    p, d, s = v[:2], v[2:8], v[8]
    dstyle = R.choice(["digits", "pairs", "mixed"])
    if dstyle == "mixed" and not safe_tail(d[:2]):
        dstyle = "digits"
    if dstyle == "digits":
        dd = say_digits(d, uk)
    elif dstyle == "pairs":
        dd = say_pairs(d, uk)
    else:
        dd = say_pair(d[:2], uk) + " " + say_digits(d[2:], uk)
    return "%s %s %s %s" % (say_letter(p[0], ls), say_letter(p[1], ls), dd, say_letter(s, ls))


def ni_cases():
    intros = ["NI number is ", "my national insurance no. ", "ni: ", "its ", "NINO ", "national insurance number - "]
    for i in range(9):
        v = make_ni()
        build("positive", "chat/government services: NI number typed (%s)" % "format variants",
              [A("Can you provide your National Insurance number?"),
               C(R.choice(intros), whole(chat_ni(v), "NI_NUMBER", v), R.choice(["", " thx", ". I moved house last month", " cheers"]))])
    for i in range(9):
        v = make_ni()
        build("positive", "call/%s: NI number spoken in one turn (letters plain/nato/homophone)" % R.choice(["government services", "banking", "insurance"]),
              [A("and can i take your national insurance number please"),
               C(R.choice(["yeah it's ", "sure it's ", "it's uh ", "right "]), whole(spoken_ni(v), "NI_NUMBER", v))])
    # split over turns
    for i in range(6):
        v = make_ni()
        g = gid()
        p, d, s = v[:2], v[2:8], v[8]
        ls = R.choice(["plain", "nato"])
        parts = [say_letter(p[0], ls) + " " + say_letter(p[1], ls), say_digits(d[:4], True), say_digits(d[4:], True) + " " + say_letter(s, ls)]
        turns = [A("go ahead with the national insurance number")]
        for j, pt in enumerate(parts):
            turns.append(C(V(pt, "NI_NUMBER", g, None)))
            if j < 2:
                turns.append(A(R.choice(BACK)))
        build("positive", "call/government services: NI split across three customer turns", turns)
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}
    # correction on suffix letter / read back
    for i in range(6):
        v = make_ni()
        p, d, s = v[:2], v[2:8], v[8]
        wrong = "ABCD"[("ABCD".index(s) + 1) % 4]
        if i % 2 == 0:
            build("positive", "call/government services: NI read back by agent, customer corrects final letter",
                  [C("it's ", whole(spoken_ni(v), "NI_NUMBER", v)),
                   A("so that's ", V("%s %s %s %s" % (p[0].lower(), p[1].lower(), say_digits(d, True), wrong.lower()), "NI_NUMBER", None, None), " yeah"),
                   C("no the last letter's ", V(say_letter(s, "nato"), "NI_NUMBER", None, None))])
        else:
            build("positive", "chat/government services: NI typed with typo then corrected",
                  [C("NI no. ", V(p + d[:5], "NI_NUMBER", None, None), " sorry hit enter too soon"),
                   C("full one is ", whole(chat_ni(v), "NI_NUMBER", v))])
    # NI with filler between letters and digits
    for i in range(4):
        v = make_ni()
        g = gid()
        p, d, s = v[:2], v[2:8], v[8]
        build("positive", "call/banking: NI with hesitation between letters and digits (filler outside spans)",
              [A("national insurance number"),
               C(V(p[0].lower() + " " + p[1].lower(), "NI_NUMBER", g, None), " " + R.choice(FILLERS) + " let me just find it ",
                 V(say_pairs(d, True) + " " + s.lower(), "NI_NUMBER", g, None), " and my postcode's ",
                 whole(*uk_postcode_spoken()))])
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}


# ---------------------------------------------------------------- SSN cases

def chat_ssn(v):
    st = R.choice(["dash", "space", "none", "dot", "mixed"])
    a, b, c = v[:3], v[3:5], v[5:]
    return {"dash": "%s-%s-%s", "space": "%s %s %s", "none": "%s%s%s", "dot": "%s.%s.%s",
            "mixed": "%s %s-%s"}[st] % (a, b, c)


def spoken_ssn(v):
    a, b, c = v[:3], v[3:5], v[5:]
    return " ".join([say_group(a), say_group(b), say_group(c)])


def ssn_cases():
    for i in range(10):
        v = make_ssn()
        build("positive", "chat/%s: SSN typed (US)" % R.choice(["banking", "insurance", "healthcare billing", "government services"]),
              [A("For verification please enter your Social Security number."),
               C(R.choice(["ssn ", "sure ", "Its ", "social is ", "SSN#"]), whole(chat_ssn(v), "SSN", v),
                 R.choice(["", " and dob is on file", " - why do you need it?", " thanks"]))])
    for i in range(10):
        v = make_ssn()
        build("positive", "call/%s: SSN spoken (digits, pairs, hundreds, doubles)" % R.choice(["banking", "insurance", "healthcare billing"]),
              [A("can i get your social security number"),
               C(R.choice(["yeah it's ", "okay ", "it's uh ", "sure "]), whole(spoken_ssn(v), "SSN", v))])
    for i in range(6):
        v = make_ssn()
        g = gid()
        parts = [v[:3], v[3:5], v[5:]]
        turns = [A("and your social")]
        for j, pt in enumerate(parts):
            turns.append(C(R.choice(["", "", "uh "]), V(say_group(pt), "SSN", g, None)))
            if j < 2:
                turns.append(A(R.choice(BACK)))
        build("positive", "call/insurance: SSN split across three turns", turns)
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}
    for i in range(5):
        v = make_ssn()
        g = gid()
        wrong = v[3:5][::-1] if v[3] != v[4] else "%02d" % ((int(v[3:5]) + 11) % 100)
        build("positive", "call/banking: SSN with self-correction on middle group (wrong group labelled)",
              [A("last thing i need is your social security number"),
               C(V(say_digits(v[:3]), "SSN", g, None), " ", V(say_digits(wrong), "SSN", None, None),
                 R.choice([" no wait ", " sorry "]), V(say_digits(v[3:5]), "SSN", g, None), " ",
                 V(say_digits(v[5:]), "SSN", g, None))])
        SPLIT_EXPECT[len(CASE_LIST) - 1] = {g: v}
    for i in range(5):
        v = make_ssn()
        build("positive", "call/healthcare billing: SSN read back by agent, amount nearby",
              [C("it's ", whole(spoken_ssn(v), "SSN", v)),
               A("thank you so that's ", whole(say_digits(v), "SSN", v), " and the balance is two hundred and twelve dollars"),
               C("yes")])


# ---------------------------------------------------------------- other types

STREETS = ["Elm", "Station", "Church", "Victoria", "Maple", "Oak", "High", "Park", "Mill", "Cedar",
           "Queens", "Kings", "Willow", "Lincoln", "Washington", "Chestnut"]
STYPE = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Way", "Terrace", "Crescent", "Court"]
FIRST = ["john", "sarah", "mike", "priya", "aoife", "liam", "emma", "tom", "kate", "raj", "siobhan", "dave"]
LAST = ["doyle", "smith", "patel", "murphy", "nguyen", "jones", "obrien", "walsh", "khan", "garcia"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"), ("icloud", "com"), ("btinternet", "com")]
UKAREA = ["M", "LS", "B", "EH", "G", "BS", "SW", "N", "CF", "NE", "L", "S"]


def uk_postcode():
    a = R.choice(UKAREA)
    out = a + str(R.randint(1, 20)) + " " + str(R.randint(0, 9)) + "".join(R.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    return out


def uk_postcode_spoken():
    pc = uk_postcode()
    canon = pc.replace(" ", "")
    out, dd = pc.split()
    lets = re.match(r"[A-Z]+", out).group(0)
    num = out[len(lets):]
    sp = " ".join(c.lower() for c in lets) + " " + (say_pair(num) if len(num) == 2 and safe_tail(num) and R.random() < 0.5 else say_digits(num)) + \
        " " + say_digits(dd[0]) + " " + " ".join(say_letter(c, R.choice(["plain", "nato"])) for c in dd[1:])
    return sp, "POSTCODE", canon


def other_cases():
    # EMAIL
    for i in range(14):
        f, l = R.choice(FIRST), R.choice(LAST)
        d, t = R.choice(DOMAINS)
        num = str(R.randint(1, 99))
        if i % 2:
            e = R.choice(["%s.%s%s@%s.%s", "%s_%s%s@%s.%s", "%s%s%s@%s.%s"]) % (f, l, num, d, t)
            if i % 3 == 0:
                e = e.capitalize()
            build("positive", "chat/%s: email typed" % ind(),
                  [A("What's the best email for the receipt?"), C(R.choice(["", "its ", "email: "]), whole(e, "EMAIL", None), R.choice(["", " thanks", " pls"]))])
        else:
            sp = "%s dot %s %s at %s dot %s" % (f[0], l, say_pair(num) if len(num) == 2 else UNIT[int(num)], d, t.replace(".", " dot "))
            build("positive", "call/%s: email spoken (dot/at words)" % ind(),
                  [A("and an email address"), C("yeah it's ", whole(sp, "EMAIL", None), " all lower case")])
    # PHONE
    for i in range(16):
        v, kind = make_phone()
        if i % 2:
            if kind == "usa":
                txt = "(%s) %s-%s" % (v[:3], v[3:6], v[6:])
            elif kind == "us1":
                txt = "+1 %s-%s-%s" % (v[1:4], v[4:7], v[7:])
            elif kind == "intl_uk":
                txt = "+44 %s %s" % (v[2:6], v[6:])
            elif kind == "intl_ie":
                txt = "+353 %s %s %s" % (v[3:5], v[5:8], v[8:])
            else:
                txt = "%s %s" % (v[:5], v[5:])
            build("positive", "chat/%s: phone typed (%s)" % (ind(), kind),
                  [A("Best contact number?"), C(R.choice(["", "mob ", "call me on "]), whole(txt, "PHONE", v), R.choice(["", " after 5pm", " anytime"]))])
        else:
            uk = kind.startswith(("uk", "intl_uk", "ie", "intl_ie"))
            if kind.startswith("intl"):
                lead = "plus " + say_digits(v[:2] if kind == "intl_uk" else v[:3])
                rest = v[2:] if kind == "intl_uk" else v[3:]
                sp = lead + " " + say_digits(rest, uk)
            else:
                sp = " ".join(say_group(x, uk) for x in chunk(v, [3, 3, 4] if len(v) == 10 else [5, 3]))
            build("positive", "call/%s: phone spoken (%s)" % (ind(), kind),
                  [A("and a good number to reach you on"), C("it's ", whole(sp, "PHONE", v), " that's my mobile")])
    # DOB
    for i in range(14):
        y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
        if i % 2:
            txt = R.choice(["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (m, d, y % 100)])
            build("positive", "chat/%s: DOB typed" % ind(), [A("Please confirm your date of birth."), C("dob ", whole(txt, "DOB", None))])
        else:
            yr = say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:]) if y < 2000 else "two thousand and " + UNIT[y % 10]
            txt = R.choice(["the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], yr), "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], yr)])
            build("positive", "call/%s: DOB spoken, appointment date nearby unlabelled" % ind(),
                  [A("can you confirm your date of birth"), C("yeah it's ", whole(txt, "DOB", None)),
                   A("thanks and your appointment is on the fourth of june at two thirty")])
    # POSTCODE / ADDRESS
    for i in range(14):
        num = R.randint(1, 240)
        st = "%s %s" % (R.choice(STREETS), R.choice(STYPE))
        if i % 2:
            pc = uk_postcode()
            build("positive", "chat/%s: address and UK postcode typed" % ind(),
                  [A("What's the delivery address?"), C(whole("%d %s" % (num, st), "ADDRESS", None), ", Leeds ", whole(pc, "POSTCODE", pc.replace(" ", "")))])
        else:
            if i % 4 == 0:
                z = digits(5, True)
                build("positive", "call/%s: US street address and ZIP spoken" % ind(),
                      [A("what's the billing address"),
                       C(whole("%s %s" % (say_group(str(num)) if num >= 10 else UNIT[num], st.lower()), "ADDRESS", None),
                         " and the zip is ", whole(say_digits(z), "POSTCODE", z))])
            else:
                sp, _, canon = uk_postcode_spoken()
                build("positive", "call/%s: address and UK postcode spoken" % ind(),
                      [A("first line of the address and postcode"),
                       C(whole("%s %s" % (say_group(str(num)) if num >= 10 else UNIT[num], st.lower()), "ADDRESS", None),
                         " " + R.choice(FILLERS) + " ", whole(sp, "POSTCODE", canon))])
    # SORT_CODE + BANK_ACCOUNT
    for i in range(14):
        sc, acct = digits(6), digits(8)
        if i % 2:
            build("positive", "chat/banking: sort code and account typed",
                  [C("sort code ", whole(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", sc),
                     " acc no ", whole(acct, "BANK_ACCOUNT", acct), " i want to set up a direct debit for £35 a month")])
        else:
            build("positive", "call/%s: sort code as pairs, account digit by digit" % R.choice(["banking", "utilities"]),
                  [A("what's the sort code"), C(whole(say_pairs(sc, True), "SORT_CODE", sc)),
                   A("and the account number"), C(whole(say_digits(acct, True), "BANK_ACCOUNT", acct))])
    # IBAN
    for i in range(13):
        v = make_iban()
        if i % 2:
            txt = " ".join(v[j:j + 4] for j in range(0, len(v), 4))
            if i % 3 == 0:
                txt = txt.lower()
            build("positive", "chat/%s: IBAN typed for refund" % R.choice(["travel", "retail", "banking"]),
                  [A("Please send the IBAN for the refund of €120."), C(whole(txt, "IBAN", v))])
        else:
            parts = []
            for c in v:
                parts.append(say_letter(c, "plain") if c.isalpha() else (UNIT[int(c)] if c != "0" else "zero"))
            build("positive", "call/%s: IBAN spelled out" % R.choice(["travel", "banking", "insurance"]),
                  [A("can you read me the iban"), C("yeah it's ", whole(" ".join(parts), "IBAN", v))])
    # CVV/EXPIRY extra
    for i in range(6):
        cvv = digits(3)
        build("positive", "call/retail: security code alone with agent prompt, price nearby",
              [A("and the security code on the back"), C(R.choice(["it's ", "", "um "]), whole(say_digits(cvv), "CVV", cvv), " and the total was forty nine ninety nine right")])
        m, y = R.randint(1, 12), R.randint(2026, 2031)
        build("positive", "call/telecom: expiry as month name and year",
              [A("expiry date on the card"), C("it runs out ", V("%s %s" % (MONTHS[m - 1], say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])), "EXPIRY", gid(), None))])


# ---------------------------------------------------------------- negatives

def neg_cases():
    ordn = lambda: digits(R.randint(6, 9), True)
    tmpl = [
        lambda: [C("my order number is ", ordn(), " and it still hasn't arrived"), A("thanks, I can see order ", ordn()[:6], " was dispatched on the 12th")],
        lambda: [A("your balance is %d pounds %d" % (R.randint(10, 999), R.randint(10, 99))), C("okay and when's the next payment due")],
        lambda: [C("the bill was $%d.%02d last month and $%d.%02d this month" % (R.randint(20, 300), R.randint(0, 99), R.randint(20, 300), R.randint(0, 99)))],
        lambda: [A("the engineer will come between %s and %s on the %s of %s" % (R.choice(["eight", "nine", "ten"]), R.choice(["twelve", "one", "two"]), R.choice(ORD), R.choice(MONTHS)))],
        lambda: [C("flight %s%d from dublin was delayed %d hours" % (R.choice(["EI", "FR", "BA", "UA"]), R.randint(100, 9999), R.randint(2, 9)))],
        lambda: [C("ticket number ", ordn(), " please, i already called about it twice")],
        lambda: [A("that's reference ", R.choice(["REF", "CLM", "INV"]) + "-" + ordn(), " for your claim"), C("thanks")],
        lambda: [C("meter reading is %s" % digits(5, True)), A("thanks that's logged for the %s of %s" % (R.choice(ORD), R.choice(MONTHS)))],
        lambda: [C("i'm on the %d megabit package but only getting %d" % (R.choice([100, 500, 900]), R.randint(5, 80)))],
        lambda: [C("i'm %s years old and been a customer since %d" % (R.choice(["seventy two", "forty five", "sixty", "thirty one"]), R.randint(1995, 2020)))],
        lambda: [C("room %d at the hotel, we check in at %d pm" % (R.randint(100, 999), R.randint(1, 6)))],
        lambda: [C("the model number is %s-%d and it's %d months old" % (R.choice(["WM", "KX", "TV"]), R.randint(1000, 9999), R.randint(2, 23)))],
        lambda: [A("your contract started on the %s of %s twenty twenty three and runs for twenty four months" % (R.choice(ORD), R.choice(MONTHS)))],
        lambda: [C("it's about %d degrees in the house and the heating's been off %d days" % (R.randint(10, 19), R.randint(2, 9)))],
        lambda: [A("the interest rate is %d point %d percent" % (R.randint(1, 9), R.randint(1, 9))), C("and how much is that a month")],
        lambda: [C("i paid four hundred and %s pounds on the %s" % (R.choice(["twelve", "fifty", "ninety nine"]), R.choice(ORD)))],
        lambda: [C("order number ", " ".join(UNIT[int(c)] for c in digits(7, True)), " um it was the blue one")],
        lambda: [A("i've been on hold for %d minutes" % R.randint(5, 59)), C("yeah forty five minutes it's ridiculous")],
        lambda: [C("can you send %d boxes, %d kilos each" % (R.randint(2, 20), R.randint(1, 30)))],
        lambda: [C("i was doing %d in a %d zone apparently" % (R.randint(35, 90), R.choice([30, 40, 50])))],
        lambda: [A("the invoice ", "INV" + digits(8, True), " is for nineteen ninety nine"), C("okay")],
        lambda: [C("my appointment was on %02d/%02d/2026 at %d:%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(8, 17), R.choice([0, 15, 30, 45])))],
        lambda: [C("claim number ", say_pairs(digits(8, True)), " and i've been waiting three weeks")],
        lambda: [A("your new tariff is thirty two pounds ninety nine a month from january")],
        lambda: [C("i've got %d lines on the account and want to add %d more" % (R.randint(2, 6), R.randint(1, 3)))],
    ]
    for i in range(110):
        t = tmpl[i % len(tmpl)]()
        turns = [(spk, ["".join(segs)]) for spk, segs in t]
        chan = "chat" if any(re.search(r"\d", "".join(segs)) for _, segs in t) else "call"
        build("negative", "%s/%s: non-PII numbers (template %d)" % (chan, ind(), i % len(tmpl)), turns)


def generate():
    global CASE_LIST, META
    R.seed(SEED)
    CASE_LIST, META = [], []
    SPLIT_EXPECT.clear()
    _gid[0] = 0
    card_cases()
    # extra card variety to reach adversarial volume
    card_cases_extra()
    adversarial_extra()
    ni_cases()
    ni_cases()
    ssn_cases()
    ssn_cases()
    other_cases()
    neg_cases()
    return CASE_LIST


def card_cases_extra():
    # amex / 19-digit / 13-digit forms, agent-typed chat with labels, two cards in one turn
    for i in range(6):
        v1, v2 = make_card("amex" if i % 2 else "visa19"), make_card("visa13" if i % 3 == 0 else "mc")
        build("positive", "chat/retail: two cards in one message (old and new)",
              [C("old card was ", whole(chat_card(v1), "CARD_NUMBER", v1), " new one is ", whole(chat_card(v2), "CARD_NUMBER", v2))])


def adversarial_extra():
    # SSN next to a ZIP code and an amount in one chat message
    for i in range(5):
        v, z = make_ssn(), digits(5, True)
        build("positive", "chat/healthcare billing: SSN and ZIP in one message with a dollar amount",
              [C("ssn ", whole(chat_ssn(v), "SSN", v), " zip ", whole(z, "POSTCODE", z), " i owe $1,250.00 apparently")])
    # card spoken with homophones throughout, plus an order number said with its reference word
    for i in range(5):
        v = make_card("visa")
        build("positive", "call/retail: card with ASR homophones (for/to/won/ate) and an order number nearby",
              [A("and the order number is ", " ".join(UNIT[int(c)] for c in digits(7, True)), " so what card would you like to use"),
               C(whole(" ".join(say_digits(x, homophones=True, runs=False) for x in card_groups(v)), "CARD_NUMBER", v))])
    # NI spoken with NATO letters and a phone number in the same turn
    for i in range(5):
        v = make_ni()
        ph, _ = make_phone("ukmob")
        p, d, sfx = v[:2], v[2:8], v[8]
        build("positive", "call/government services: NI with NATO letters then mobile number in the same turn",
              [A("national insurance number and a contact number please"),
               C(whole("%s %s %s %s" % (say_letter(p[0], "nato"), say_letter(p[1], "nato"), say_digits(d, True), say_letter(sfx, "nato")), "NI_NUMBER", v),
                 " and my mobile is ", whole(say_digits(ph, True), "PHONE", ph))])


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# pii_holdout271 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on data its authors
did not see.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not see the redaction
code, its tests, its docs, the benchmark script or any other fixture (only a 3-line format
example). Cases are produced by `scripts/make_pii_holdout271.py` from template functions; every
turn is assembled from plain-text segments and (value, TYPE) segments so offsets are computed,
never typed by hand. All values come from one `random.Random(%d)`; the output is byte-for-byte
reproducible. `--check` regenerates and compares, checks ids, offsets, word boundaries, overlaps,
and validates every value after normalising spoken forms (Luhn, mod-97, NI format, SSN 9 digits,
sort code 6 digits, digit counts, postcode shapes).

## Annotation conventions

- A span covers the value words only: lead-ins ("it's", "my card is"), fillers ("um", "er")
  and chit-chat are outside. When fillers/hesitations fall between groups of a value, the value
  is labelled as several spans (one per contiguous stretch), all with the same type.
- Values split over several customer turns: each fragment is its own span of the full value's type.
- Self-corrections: the abandoned wrong fragment is also labelled (it is still part of a
  disclosed sensitive number), as is the corrected value.
- Agent read-backs of a value are labelled like the customer's original.
- Spoken digits include "oh"/"o"/"nought"/"zero", "double"/"triple", pairs ("forty one"),
  "X hundred", and ASR homophones ("for"=4, "to"/"too"=2, "won"=1, "ate"=8); letters may be
  plain, NATO ("b for bravo", the whole phrase is inside the span) or homophones ("see", "bee").
- EXPIRY/CVV are only labelled in a card-payment context. DOB only when asked as date of birth.
- EMAIL spans include the whole address (spoken "dot"/"at" included). ADDRESS spans cover house
  number + street; town names are outside. POSTCODE covers UK postcodes and US ZIP codes.
- Negatives contain money, times, dates that are not birth dates, reference/order/claim/invoice
  numbers with their reference word, flight/room/model numbers, meter readings, speeds, ages,
  temperatures, percentages, durations: nothing in them should be redacted.

## Counts

Positives: %d, negatives: %d.

| type | spans |
|---|---|
%s
""" % (SEED, npos, nneg, rows)


def check(cases):
    errs = []
    ids = set()
    for ci, case in enumerate(cases):
        if case["id"] in ids:
            errs.append("dup id %s" % case["id"])
        ids.add(case["id"])
        if case["kind"] == "negative" and case["spans"]:
            errs.append("%s negative with spans" % case["id"])
        if case["kind"] == "positive" and not case["spans"]:
            errs.append("%s positive without spans" % case["id"])
        byturn = {}
        groups = {}
        for si, s in enumerate(case["spans"]):
            if s["type"] not in TYPES:
                errs.append("%s bad type" % case["id"])
            t = case["turns"][s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                errs.append("%s offsets out of range" % case["id"])
                continue
            st = t[s["start"]:s["end"]]
            if st != st.strip():
                errs.append("%s span has outer whitespace %r" % (case["id"], st))
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                errs.append("%s span start not on word boundary %r" % (case["id"], st))
            if s["end"] < len(t) and t[s["end"]].isalnum():
                errs.append("%s span end not on word boundary %r" % (case["id"], st))
            byturn.setdefault(s["turn"], []).append((s["start"], s["end"]))
            group, expected = META[ci][si]
            e = validate(s["type"], st, expected)
            if e:
                errs.append("%s %s" % (case["id"], e))
            if expected is not None and not validate_value(s["type"], expected):
                errs.append("%s invalid value %s %r" % (case["id"], s["type"], expected))
            if expected is None and group is not None and group in SPLIT_EXPECT.get(ci, {}):
                groups.setdefault(group, []).append(normalise(st, s["type"] in ("NI_NUMBER", "POSTCODE", "IBAN")))
                groups[group + "#type"] = s["type"]
        for g, v in SPLIT_EXPECT.get(ci, {}).items():
            got = "".join(groups.get(g, []))
            if got != v:
                errs.append("%s split group %s -> %r != %r" % (case["id"], g, got, v))
            if not validate_value(groups.get(g + "#type"), v):
                errs.append("%s split value invalid %r" % (case["id"], v))
        for spans in byturn.values():
            spans.sort()
            for a, b in zip(spans, spans[1:]):
                if a[1] > b[0]:
                    errs.append("%s overlapping spans" % case["id"])
    return errs


def main():
    cases = generate()
    text = dumps(cases)
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if "--check" in sys.argv:
        errs = check(cases)
        try:
            with open(CASES, encoding="utf-8") as f:
                if f.read() != text:
                    errs.append("cases.jsonl differs from regenerated output")
            with open(README, encoding="utf-8") as f:
                if f.read() != readme(cases):
                    errs.append("README.md differs from regenerated output")
        except OSError as e:
            errs.append("missing file: %s" % e)
        if npos < 170 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if c[t] < need:
                errs.append("type %s has %d spans < %d" % (t, c[t], need))
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, c[t]))
        for e in errs[:60]:
            print("ERROR:", e)
        if errs:
            print("CHECK FAILED (%d problems)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUTDIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print("wrote %d cases (%d positive, %d negative)" % (len(cases), npos, nneg))


if __name__ == "__main__":
    main()

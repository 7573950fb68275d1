#!/usr/bin/env python3
"""Generate tests/fixtures/pii_holdout400/cases.jsonl (held-out PII redaction set).

Written by an independent test author who did not see the redaction engine.
Standard library only; one generator: random.Random(400241125).

Usage:  python scripts/make_pii_holdout400.py          # write the file
        python scripts/make_pii_holdout400.py --check  # regenerate + validate
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout400", "cases.jsonl")

rng = random.Random(400241125)

# ---------------------------------------------------------------- segments
_gid = [0]


def V(typ, text, g=None, partial=False):
    """A labelled value segment. g groups parts of one value split over turns."""
    if g is None:
        _gid[0] += 1
        g = "a%d" % _gid[0]
    return {"type": typ, "text": text, "g": g, "partial": partial}


def newg():
    _gid[0] += 1
    return "g%d" % _gid[0]


def T(speaker, *segs):
    return (speaker, list(segs))


def build(turns):
    out_turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, str):
                text += s
            else:
                st = len(text)
                text += s["text"]
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s["type"]})
                meta.append((s["g"], s["partial"]))
        out_turns.append({"speaker": spk, "text": text})
    return out_turns, spans, meta


# ---------------------------------------------------------------- value makers
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


def ordn(n):
    suf = "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def rdig(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def make_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "mc2", "visa13", "maestro19", "visa19"])
    if kind == "visa":
        pre, n = "4" + rdig(1), 16
    elif kind == "mc":
        pre, n = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        pre, n = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    elif kind == "maestro19":
        pre, n = rng.choice(["6759", "5018", "6304"]), 19
    else:
        pre, n = "4", 19
    body = pre + rdig(n - len(pre) - 1)
    # sprinkle repeated digits so doubles/triples occur
    if rng.random() < 0.5:
        i = rng.randint(len(pre), len(body) - 3)
        body = body[:i] + body[i] * 2 + body[i + 2:]
    if rng.random() < 0.3:
        i = rng.randint(len(pre), len(body) - 4)
        body = body[:i] + body[i] * 3 + body[i + 3:]
    body = body[: n - 1]
    return body + luhn_digit(body)


def card_groups(num):
    n = len(num)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 13:
        sizes = [4, 3, 3, 3]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3]
    else:
        sizes = [4, 4, 4, 4]
    out, i = [], 0
    for s in sizes:
        out.append(num[i:i + s])
        i += s
    return out


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def make_ni(no_o=True):
    while True:
        p = rng.choice(NI_FIRST) + rng.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + rdig(6) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        num = "".join(str(int(c, 36)) for c in s)
    except ValueError:
        return False
    return int(num) % 97 == 1


def make_iban():
    c = rng.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if c == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + rdig(14)
    elif c == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(14)
    elif c == "DE":
        bban = rdig(18)
    elif c == "FR":
        bban = rdig(23)
    elif c == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(10)
    else:
        bban = rdig(20)
    del L
    return c + iban_check(c, bban) + bban


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- spoken forms
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm", "uhh", "umm"]
HOMO = {"4": ["for"], "2": ["to", "too"], "8": ["ate"], "1": ["won"]}


def dword(d, zero):
    return zero if d == "0" else UNITS[int(d)]


def pair_words(p, zero):
    if p[0] == "0":
        if p[1] == "0":
            return ["double", zero] if rng.random() < 0.6 else [zero, zero]
        return [zero, UNITS[int(p[1])]]
    if p[0] == "1":
        return [TEENS[int(p[1])]]
    if p[1] == "0":  # bare tens would be ambiguous before a unit word
        return [UNITS[int(p[0])], zero]
    return [TENS[int(p[0])], UNITS[int(p[1])]]


def single_words(s, zero, dbl=True, homo=0.0):
    w, i = [], 0
    while i < len(s):
        d = s[i]
        if dbl and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and rng.random() < 0.7:
            w += ["triple", dword(d, zero)]
            i += 3
            continue
        if dbl and i + 1 < len(s) and s[i + 1] == d and rng.random() < 0.7:
            w += ["double", dword(d, zero)]
            i += 2
            continue
        if homo and d in HOMO and rng.random() < homo:
            w.append(rng.choice(HOMO[d]))
        else:
            w.append(dword(d, zero))
        i += 1
    return w


def group_words(g, zero, mode=None, homo=0.0):
    mode = mode or rng.choice(["single", "single", "single", "pairs", "hundreds"])
    if mode == "pairs" and len(g) % 2 == 0:
        w = []
        for i in range(0, len(g), 2):
            w += pair_words(g[i:i + 2], zero)
        return w
    if mode == "hundreds" and len(g) in (3, 4):
        h = g[:3] if len(g) == 3 else None
        if len(g) == 4:
            # "forty one eleven"-style four digit pairs are more common
            return pair_words(g[:2], zero) + pair_words(g[2:], zero)
        r = h[1:]
        if h[0] != "0" and (r[0] == "1" or (r[0] >= "2" and r[1] != "0")):
            return [UNITS[int(h[0])], "hundred"] + (["and"] if rng.random() < 0.6 else []) + pair_words(r, zero)
    return single_words(g, zero, homo=homo)


def speak_groups(groups, zero=None, fill=0.0, homo=0.0, sep=None, modes=None):
    zero = zero or rng.choice(["oh", "oh", "zero", "o", "nought"])
    parts = []
    for k, g in enumerate(groups):
        w = group_words(g, zero, mode=(modes[k] if modes else None), homo=homo)
        parts.append(" ".join(w))
    out = parts[0]
    for p in parts[1:]:
        s = sep if sep is not None else rng.choice([", ", " ", "... ", ", "])
        if fill and rng.random() < fill:
            s = rng.choice([" ", ", "]) + rng.choice(FILL) + rng.choice([" ", ", ", "... "])
        out += s + p
    return out


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "G": "golf",
        "H": "hotel", "J": "juliet", "K": "kilo", "L": "lima", "M": "mike", "N": "november",
        "P": "papa", "R": "romeo", "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu", "O": "oscar", "F": "foxtrot", "U": "uniform", "V": "victor", "I": "india", "Q": "quebec"}
FOLK = {"A": "apple", "B": "bob", "C": "cat", "D": "david", "E": "edward", "G": "george", "H": "harry",
        "J": "james", "K": "king", "L": "london", "M": "mother", "N": "nancy", "P": "peter", "R": "robert",
        "S": "sugar", "T": "tommy", "W": "william", "X": "x-ray", "Y": "yellow", "Z": "zebra"}


def speak_letter(c, style):
    lc = c.lower()
    if style == "nato":
        return "%s for %s" % (lc, NATO[c])
    if style == "folk":
        return "%s %s %s" % (lc, rng.choice(["for", "as in"]), FOLK.get(c, NATO[c]))
    return lc


# ---------------------------------------------------------------- normaliser (for --check)
W2D = {w: str(i) for i, w in enumerate(UNITS)}
W2D.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
HOMO_IN = {"for": "4", "to": "2", "too": "2", "ate": "8", "won": "1"}
FILLERS = set(FILL) | {"and", "dash", "hyphen", "space", "then", "hmm", "slash", "plus", ".", "+", "_", "@"}


def normalise(text, alnum=False):
    toks = re.findall(r"[A-Za-z0-9]+(?:-[a-z]+)?|[@.+_]", text)
    toks = [t.lower() for t in toks]
    out, i, rep = [], 0, 1
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            rep = 2 if t == "double" else 3
            i += 1
            continue
        emit = None
        if alnum and len(t) == 1 and t.isalpha() and (nxt == "for" or nxt == "as"):
            emit = t.upper()
            i += 2 if nxt == "for" else 3
        elif t in W2D:
            emit = W2D[t]
        elif t in TEENS:
            emit = str(10 + TEENS.index(t))
        elif t in TENS and t:
            if nxt in UNITS[1:]:
                emit = str(TENS.index(t)) + W2D[nxt]
                i += 1
            else:
                emit = str(TENS.index(t)) + "0"
        elif t == "hundred":
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            tt = toks[j] if j < len(toks) else None
            if tt in TEENS:
                emit = str(10 + TEENS.index(tt))
                i = j
            elif tt in TENS and tt:
                emit = str(TENS.index(tt)) + W2D[toks[j + 1]]
                i = j + 1
            else:
                raise ValueError("bad hundred in %r" % text)
        elif not alnum and t in HOMO_IN:
            emit = HOMO_IN[t]
        elif t in FILLERS:
            i += 1
            continue
        elif t.isdigit():
            emit = t
        elif alnum and len(t) == 1 and t.isalpha():
            emit = t.upper()
            if nxt == "for" and i + 2 < len(toks):
                i += 2
            elif nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif alnum and re.fullmatch(r"[a-z0-9]+", t):
            emit = t.upper()
        else:
            raise ValueError("unparsed token %r in %r" % (t, text))
        out.append(emit * rep)
        rep = 1
        i += 1
    return "".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
UKPC = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}$")


def validate(typ, texts, partial):
    raw = " ".join(texts)
    if typ in ("CARD_NUMBER", "SSN", "BANK_ACCOUNT", "SORT_CODE", "CVV", "PHONE"):
        d = normalise(raw)
        if not d.isdigit():
            return "non-digit %r" % d
        if partial:
            return None
        if typ == "CARD_NUMBER":
            return None if 13 <= len(d) <= 19 and luhn_ok(d) else "bad card %s" % d
        if typ == "SSN":
            return None if len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" else "bad ssn %s" % d
        if typ == "SORT_CODE":
            return None if len(d) == 6 else "bad sort %s" % d
        if typ == "CVV":
            return None if len(d) in (3, 4) else "bad cvv %s" % d
        if typ == "BANK_ACCOUNT":
            return None if 6 <= len(d) <= 17 else "bad acct %s" % d
        if typ == "PHONE":
            return None if 10 <= len(d) <= 13 else "bad phone %s" % d
    if typ == "NI_NUMBER":
        s = normalise(raw, alnum=True)
        if partial:
            return None if s.isalnum() else "bad partial ni"
        ok = re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]", s) and s[:2] not in NI_BAD
        return None if ok else "bad ni %s" % s
    if typ == "IBAN":
        s = normalise(raw, alnum=True)
        return None if re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s) and iban_ok(s) else "bad iban %s" % s
    if typ == "POSTCODE":
        s = normalise(raw, alnum=True)
        return None if UKPC.match(s) or re.fullmatch(r"[0-9]{5}([0-9]{4})?", s) else "bad postcode %s" % s
    if typ == "EMAIL":
        s = raw.lower()
        s = re.sub(r"\s+dot\s+", ".", s)
        s = re.sub(r"\s+at\s+", "@", s)
        s = re.sub(r"\s+underscore\s+", "_", s)
        s = s.replace(" ", "")
        return None if re.fullmatch(r"[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", s) else "bad email %s" % s
    if typ in ("DOB", "EXPIRY"):
        s = raw.lower()
        if any(m in s for m in MONTHS) or any(m[:3] in s for m in MONTHS):
            return None
        d = re.sub(r"[^0-9]", "", s)
        try:
            d2 = normalise(re.sub(r"[/\-.]", " ", s).replace("of ", ""))
        except ValueError:
            d2 = ""
        return None if len(d) >= 3 or len(d2) >= 3 else "bad date %r" % raw
    if typ == "ADDRESS":
        return None if re.search(r"[0-9]|\b(one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty)", raw.lower()) else "bad address"
    return "unknown type"


# ---------------------------------------------------------------- pools
FIRST = ["james", "sarah", "mohammed", "aoife", "priya", "tom", "chloe", "daniel", "niamh", "oluwaseun",
         "grace", "liam", "fatima", "connor", "emily", "raj", "hannah", "marek", "sophie", "kwame"]
LAST = ["smith", "o'brien", "patel", "nowak", "jones", "murphy", "okafor", "williams", "khan", "walsh",
        "taylor", "garcia", "nguyen", "brown", "kelly", "hughes", "evans", "ahmed", "lewis", "byrne"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com", "eircom.net", "proton.me", "aol.com", "live.ie"]
STREETS = ["Harrow Road", "Kingsley Avenue", "Elm Street", "Mill Lane", "Station Road", "Church Street",
           "Victoria Terrace", "Oak Drive", "Maple Court", "High Street", "Park View", "Queens Crescent",
           "Sycamore Way", "Main Street", "Washington Avenue", "Lakeview Boulevard", "Grove Road", "Ashfield Close"]
TOWNS = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Norwich", "Belfast", "Dublin", "Boston", "Austin"]
UK_PC = ["SW1A 1AA", "M4 6WX", "LS6 2TR", "BS8 1HB", "G12 8QQ", "CF10 3NP", "NR2 4PD", "BT7 1NN", "EH3 9DR", "B15 2TT",
         "W1T 4JE", "EC2A 4NE", "L17 8XY", "N7 6PA", "CB2 1TN", "SE15 5RS"]
US_ZIP = ["90210", "02139", "73301", "10027", "60614", "94110-2231", "33139", "98103-4417", "30307", "78704"]
ORGS = {
    "banking": ["Northfield Bank", "Harbour Savings"], "telecom": ["Vireo Mobile", "SkyLink Broadband"],
    "utilities": ["BrightGas", "Anglia Water"], "retail": ["Hollis & Co", "ShopDirect"],
    "insurance": ["Sentinel Insurance", "Lakeside Mutual"], "travel": ["AerBlue", "Meridian Rail"],
    "healthcare": ["St Anne's Billing", "MedPay Services"], "government": ["the council tax office", "the benefits helpline"],
}


def org():
    ind = rng.choice(sorted(ORGS))
    return ind, rng.choice(ORGS[ind])


def ack():
    return rng.choice(["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "okay next four", "yes"])


def fmt_card_typed(num):
    g = card_groups(num)
    st = rng.choice(["space", "dash", "none", "odd", "dots", "double", "mixed"])
    if st == "space":
        return " ".join(g)
    if st == "dash":
        return "-".join(g)
    if st == "none":
        return num
    if st == "dots":
        return ".".join(g)
    if st == "double":
        return "  ".join(g)
    if st == "mixed":
        return g[0] + "-" + " ".join(g[1:])
    # odd grouping
    cuts = sorted(rng.sample(range(2, len(num) - 1), 3))
    parts, p = [], 0
    for c in cuts:
        parts.append(num[p:c])
        p = c
    parts.append(num[p:])
    return " ".join(parts)


# ---------------------------------------------------------------- positive generators
def p_card_chat():
    num = make_card()
    ind, o = org()
    lead = rng.choice(["card no: ", "Card number - ", "my card is ", "its ", "CC#", "card: ", "long number is ",
                       "pls use ", "the card is ", "Card No.", "number on the front: "])
    extra = []
    if rng.random() < 0.5:
        extra = [" exp ", V("EXPIRY", rng.choice(["%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31)),
                                                  "%02d-%d" % (rng.randint(1, 12), rng.randint(2025, 2031)),
                                                  "%02d/20%02d" % (rng.randint(1, 12), rng.randint(25, 31))]))]
        if rng.random() < 0.6:
            extra += [rng.choice([" cvv ", " sec code ", " CVC: ", ", 3 digits on back "]), V("CVV", rdig(4 if len(num) == 15 else 3))]
    amt = "£%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))
    turns = [T("agent", "Hi, you're chatting with %s (%s). How can I help?" % (o, ind)),
             T("customer", rng.choice(["hi i want to pay the %s outstanding. " % amt, "Hello, paying my bill of %s. " % amt, "hey pay off %s pls, " % amt]),
               lead, V("CARD_NUMBER", fmt_card_typed(num)), *extra)]
    if rng.random() < 0.5:
        turns.append(T("agent", "Thanks. Just to confirm, that's the card ending %s?" % num[-4:] if False else
                       "Thanks, I have the card ending %s. Processing %s now." % (num[-4:], amt)))
        # the full card was given in this case, so last-four is PII here
        turns[-1] = T("agent", "Thanks, I have the card ending ", V("CARD_NUMBER", num[-4:], partial=True), ". Processing %s now." % amt)
    return turns, "typed chat card number (%s), %d digits" % (ind, len(num))


def p_card_asr():
    num = make_card()
    zero = rng.choice(["oh", "zero", "o", "nought"])
    lead = rng.choice(["yeah it's ", "okay so the long number is ", "right um it's ", "the card number is ", "it's a visa it's ", "so that's "])
    said = speak_groups(card_groups(num), zero=zero, fill=0.3)
    turns = [T("agent", rng.choice(["can i take the long card number please", "and what's the sixteen digit number on the front of the card",
                                    "okay whenever you're ready the card number"])),
             T("customer", lead, V("CARD_NUMBER", said), rng.choice(["", " yeah", " and that's it", ", got that?"]))]
    if rng.random() < 0.4:
        turns.append(T("agent", "lovely thank you and the expiry"))
        e = "%s %s" % (" ".join(pair_words("%02d" % rng.randint(1, 12), zero)), rng.choice(["twenty seven", "twenty six", "twenty nine", "thirty"]))
        turns.append(T("customer", V("EXPIRY", e)))
    return turns, "ASR card reading, %s for zero, pairs/doubles/fillers" % zero


def p_card_split():
    num = make_card()
    g = newg()
    groups = card_groups(num)
    zero = rng.choice(["oh", "zero", "nought"])
    typed = rng.random() < 0.25
    turns = [T("agent", rng.choice(["go ahead with the card number, in fours is fine", "okay i'm ready for the card number", "card number when you're ready"]))]
    for k, gr in enumerate(groups):
        txt = gr if typed else speak_groups([gr], zero=zero)
        pre = rng.choice(["", "", "um ", "then ", "okay "]) if k else rng.choice(["", "right ", "okay it's "])
        turns.append(T("customer", pre, V("CARD_NUMBER", txt, g=g), rng.choice(["", "", "..."])))
        if k < len(groups) - 1:
            turns.append(T("agent", ack()))
    if rng.random() < 0.7:
        rb = speak_groups(groups, zero=zero, sep=", ")
        turns.append(T("agent", rng.choice(["so i've got ", "let me read that back ", "okay that's "]), V("CARD_NUMBER", rb), rng.choice([" is that right", ", correct?", ""])))
        turns.append(T("customer", rng.choice(["yes", "yep that's it", "that's right"])))
    return turns, "card split over %d customer turns%s" % (len(groups), " (typed chunks)" if typed else "")


def p_card_correction():
    num = make_card()
    groups = card_groups(num)
    zero = rng.choice(["oh", "zero"])
    k = rng.randint(1, len(groups) - 1)
    wrong = list(groups[k])
    i = rng.randrange(len(wrong))
    wrong[i] = str((int(wrong[i]) + rng.randint(1, 9)) % 10)
    bad_prefix = speak_groups(groups[:k] + ["".join(wrong)], zero=zero)
    style = rng.randint(0, 2)
    if style == 0:
        turns = [T("agent", "and the card number"),
                 T("customer", V("CARD_NUMBER", bad_prefix, partial=True), rng.choice([" no wait sorry, ", " - sorry no let me start again, ", "... hang on that's wrong, "]),
                   V("CARD_NUMBER", speak_groups(groups, zero=zero, fill=0.2)))]
    elif style == 1:
        turns = [T("agent", "go ahead"),
                 T("customer", V("CARD_NUMBER", bad_prefix, partial=True)),
                 T("agent", "sorry did you say %s" % speak_groups(["".join(wrong)], zero=zero)),
                 T("customer", "no ", V("CARD_NUMBER", speak_groups([groups[k]], zero=zero), partial=True), " then ",
                   V("CARD_NUMBER", speak_groups(groups[k + 1:], zero=zero), partial=True) if k + 1 < len(groups) else "that's the end"),
                 T("agent", "okay from the top, that's ", V("CARD_NUMBER", speak_groups(groups, zero=zero, sep=", ")))]
        # ensure the partial 'then' slot is sensible
        if k + 1 >= len(groups):
            turns[3] = T("customer", "no ", V("CARD_NUMBER", speak_groups([groups[k]], zero=zero), partial=True), " that's the end")
    else:
        txt = fmt_card_typed(num)
        wtxt = "".join(groups[:k]) + "".join(wrong)
        turns = [T("customer", "card is ", V("CARD_NUMBER", wtxt, partial=True)),
                 T("customer", "oops typo, full number ", V("CARD_NUMBER", txt)),
                 T("agent", "No problem, I'll use ", V("CARD_NUMBER", txt), ".")]
    return turns, "card reading with correction / restart"


ASIDES = ["sorry the dog's barking", "hang on i need my glasses", "can you hear me okay", "sorry i'm on the bus",
          "wait let me turn the light on", "hold on, kids, quiet please", "sorry it's a bit worn"]


def p_card_aside():
    num = make_card()
    groups = card_groups(num)
    g = newg()
    k = rng.randint(1, len(groups) - 1)
    zero = rng.choice(["oh", "zero", "o"])
    turns = [T("agent", "could i take the card number please"),
             T("customer", "yeah ", V("CARD_NUMBER", speak_groups(groups[:k], zero=zero), g=g), " - ", rng.choice(ASIDES), " - ",
               V("CARD_NUMBER", speak_groups(groups[k:], zero=zero), g=g))]
    return turns, "card reading interrupted by an aside (two spans, one value)"


def p_card_mishear():
    num = make_card(rng.choice(["visa", "mc", "visa19"]))
    turns = [T("agent", "okay and the card number"),
             T("customer", rng.choice(["it's ", "so ", ""]), V("CARD_NUMBER", speak_groups(card_groups(num), zero="oh", homo=0.8, fill=0.2, modes=["single"] * 5)))]
    if rng.random() < 0.5:
        turns.append(T("agent", "thank you, and what's the three digit code on the back"))
        turns.append(T("customer", V("CVV", speak_groups([rdig(3)], zero="oh", modes=["single"]))))
    return turns, "ASR homophone errors in a card reading ('for', 'to', 'ate', 'won')"


def p_card_full_bundle():
    num = make_card()
    zero = rng.choice(["oh", "zero"])
    mm, yy = rng.randint(1, 12), rng.randint(25, 31)
    exp_said = rng.choice(["%s %s" % (" ".join(pair_words("%02d" % mm, zero)), " ".join(pair_words("%02d" % yy, zero))),
                           "%s twenty %s" % (MONTHS[mm - 1], " ".join(pair_words("%02d" % yy, zero))),
                           "%s slash %s" % (" ".join(pair_words("%02d" % mm, zero)), " ".join(pair_words("%02d" % yy, zero)))])
    cvv = rdig(4 if len(num) == 15 else 3)
    turns = [T("agent", "so that's a payment of %s pounds today, can i take the card number" % rng.choice(["forty two", "one hundred and twelve", "eighty nine fifty"])),
             T("customer", V("CARD_NUMBER", speak_groups(card_groups(num), zero=zero, fill=0.25))),
             T("agent", "and the expiry date"),
             T("customer", rng.choice(["it's ", "um ", "expires "]), V("EXPIRY", exp_said)),
             T("agent", "and the security code"),
             T("customer", V("CVV", speak_groups([cvv], zero=zero, modes=["hundreds" if cvv[0] != "0" else "single"]))),
             T("agent", "thank you, that's gone through on the card ending ", V("CARD_NUMBER", speak_groups([num[-4:]], zero=zero), partial=True))]
    return turns, "card + expiry + cvv on a call; last four read back after full card (labelled)"


def ssn_typed(s):
    st = rng.choice(["dash", "space", "none", "dash", "mixed"])
    if st == "dash":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st == "space":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    if st == "mixed":
        return "%s-%s %s" % (s[:3], s[3:5], s[5:])
    return s


def p_ssn_typed():
    s = make_ssn()
    ind, o = org()
    lead = rng.choice(["SSN: ", "ssn# ", "Social is ", "my social security number is ", "SS no. ", "ssn - ", "Soc Sec #"])
    turns = [T("agent", "Hello from %s. To verify, please give your Social Security number." % o),
             T("customer", lead, V("SSN", ssn_typed(s)), rng.choice(["", " thx", ". DOB is ", ". ticket #%s" % rdig(7)]))]
    if turns[1][1][-1] == ". DOB is ":
        turns[1][1].append(V("DOB", "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1945, 2003))))
    return turns, "typed SSN in chat (%s)" % ind


def p_ssn_spoken():
    s = make_ssn()
    zero = rng.choice(["oh", "zero", "o"])
    said = speak_groups([s[:3], s[3:5], s[5:]], zero=zero, fill=0.3, homo=rng.choice([0, 0, 0.5]))
    turns = [T("agent", rng.choice(["can you confirm your social security number", "and your social please", "last thing, full social security number"])),
             T("customer", rng.choice(["sure it's ", "yeah ", "okay um ", ""]), V("SSN", said))]
    if rng.random() < 0.5:
        turns.append(T("agent", "thank you i have ", V("SSN", speak_groups([s[:3], s[3:5], s[5:]], zero=zero, sep=", ")), " and that matches"))
    return turns, "spoken SSN, 3-2-4 grouping"


def p_ssn_split():
    s = make_ssn()
    g = newg()
    zero = rng.choice(["oh", "zero"])
    parts = [s[:3], s[3:5], s[5:]] if rng.random() < 0.6 else [s[:5], s[5:]]
    turns = [T("agent", "go ahead with the social")]
    for k, p in enumerate(parts):
        turns.append(T("customer", V("SSN", speak_groups([p], zero=zero), g=g)))
        if k < len(parts) - 1:
            turns.append(T("agent", ack()))
    turns.append(T("agent", "so that's ", V("SSN", ssn_typed(s) if rng.random() < 0.3 else speak_groups([s[:3], s[3:5], s[5:]], zero=zero)), "?"))
    return turns, "SSN split over customer turns with back-channels and read-back"


def p_ssn_correction():
    s = make_ssn()
    zero = "oh"
    w = list(s)
    i = rng.randint(3, 8)
    w[i] = str((int(w[i]) + 3) % 10)
    turns = [T("agent", "and your social"),
             T("customer", V("SSN", speak_groups([s[:3], s[3:5]], zero=zero), partial=True), "... ",
               V("SSN", speak_groups(["".join(w[5:])], zero=zero), partial=True), ", no wait, ",
               V("SSN", speak_groups([s[5:]], zero=zero), partial=True)),
             T("agent", "okay so the full number is ", V("SSN", speak_groups([s[:3], s[3:5], s[5:]], zero=zero))),
             T("customer", "yes sorry about that")]
    return turns, "SSN with mid-reading self-correction of the last group"


def ni_typed(n):
    st = rng.choice(["plain", "spaced", "lower", "dash", "pairs"])
    if st == "plain":
        return n
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "lower":
        return n.lower()
    if st == "dash":
        return "%s-%s-%s" % (n[:2], n[2:8], n[8])
    return "%s %s %s" % (n[:2], n[2:8], n[8])


def speak_ni(n, style=None):
    style = style or rng.choice(["plain", "nato", "folk", "plain"])
    letters = n[:2]
    if letters[0] == letters[1] and rng.random() < 0.7:
        lp = "double " + letters[0].lower()
    else:
        lp = " ".join(speak_letter(c, style) for c in letters)
    digits = speak_groups([n[2:4], n[4:6], n[6:8]], zero=rng.choice(["oh", "zero", "nought"]))
    return "%s %s %s" % (lp, digits, speak_letter(n[8], style)), style


def p_ni_typed():
    n = make_ni()
    ind, o = org()
    lead = rng.choice(["NI no: ", "NINO ", "national insurance number is ", "Nat ins: ", "my NI is ", "NI number - "])
    turns = [T("agent", "Hi, %s here. Could you provide your National Insurance number?" % o),
             T("customer", lead, V("NI_NUMBER", ni_typed(n)), rng.choice(["", " cheers", ". My claim ref is CLM-%s" % rdig(6)]))]
    return turns, "typed NI number (%s)" % ind


def p_ni_spoken():
    n = make_ni()
    said, style = speak_ni(n)
    turns = [T("agent", rng.choice(["can i take your national insurance number", "what's your n i number please"])),
             T("customer", rng.choice(["yeah it's ", "um ", "right ", ""]), V("NI_NUMBER", said))]
    if rng.random() < 0.6:
        rb, _ = speak_ni(n, "nato")
        turns.append(T("agent", "so that's ", V("NI_NUMBER", rb)))
    return turns, "spoken NI number (%s letters)" % style


def p_ni_split():
    n = make_ni()
    g = newg()
    style = rng.choice(["plain", "nato", "folk"])
    zero = rng.choice(["oh", "zero"])
    parts = [" ".join(speak_letter(c, style) for c in n[:2]), speak_groups([n[2:4], n[4:6]], zero=zero),
             speak_groups([n[6:8]], zero=zero), speak_letter(n[8], style)]
    turns = [T("agent", "national insurance number when you're ready")]
    for k, p in enumerate(parts):
        turns.append(T("customer", rng.choice(["", "", "and "]) if k == len(parts) - 1 else "", V("NI_NUMBER", p, g=g)))
        if k < len(parts) - 1:
            turns.append(T("agent", ack()))
    return turns, "NI number split over four customer turns"


def p_ni_correction():
    n = make_ni()
    wrong = n[0] + rng.choice([c for c in NI_SECOND if c != n[1] and n[0] + c not in NI_BAD])
    turns = [T("agent", "and your national insurance number"),
             T("customer", V("NI_NUMBER", " ".join(c.lower() for c in wrong), partial=True), " - no sorry ",
               V("NI_NUMBER", speak_ni(n, rng.choice(["plain", "nato"]))[0])),
             T("agent", "was that ", V("NI_NUMBER", "%s for %s" % (n[1].lower(), NATO[n[1]]), partial=True), "?"),
             T("customer", "yes, ", V("NI_NUMBER", "%s for %s" % (n[1].lower(), NATO[n[1]]), partial=True))]
    # the last turn's partial letter span: keep only letter labelled
    return turns, "NI number with corrected prefix letter and agent clarification"


def p_iban():
    ib = make_iban()
    ind, o = org()
    if rng.random() < 0.6:
        txt = rng.choice([group4(ib), ib, group4(ib).lower(), group4(ib, "-")])
        turns = [T("agent", "For the refund from %s please send your IBAN." % o),
                 T("customer", rng.choice(["IBAN: ", "iban is ", "Here: ", "acct (IBAN) "]), V("IBAN", txt), rng.choice(["", " BIC %s" % ib[4:8] + "GB2L" if ib[:2] == "GB" else ""]))]
    else:
        ch = []
        for c in ib:
            ch.append(c)
        letters = " ".join(speak_letter(c, "nato") if c.isalpha() else c for c in ib[:2])
        rest = ib[2:]
        segs = []
        for i in range(0, len(rest), 4):
            chunk = rest[i:i + 4]
            if chunk.isdigit():
                segs.append(speak_groups([chunk], zero="zero"))
            else:
                segs.append(" ".join(speak_letter(c, "nato") if c.isalpha() else UNITS[int(c)] for c in chunk))
        said = letters + " " + ", ".join(segs)
        turns = [T("agent", "and the iban for the refund"), T("customer", "okay it's ", V("IBAN", said))]
    return turns, "IBAN (%s), typed or spoken" % ib[:2]


def p_sort_acct():
    sc = rdig(6)
    acct = rdig(8)
    zero = rng.choice(["oh", "zero", "nought"])
    if rng.random() < 0.5:
        turns = [T("agent", "Please confirm the sort code and account number for the direct debit."),
                 T("customer", rng.choice(["sort ", "SC: ", "sort code "]), V("SORT_CODE", rng.choice(["%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), sc, "%s %s %s" % (sc[:2], sc[2:4], sc[4:])])),
                   rng.choice([" acct no: ", ", a/c ", " account number "]), V("BANK_ACCOUNT", acct))]
    else:
        turns = [T("agent", "what's the sort code"),
                 T("customer", V("SORT_CODE", speak_groups([sc[:2], sc[2:4], sc[4:]], zero=zero, modes=[rng.choice(["pairs", "single"])] * 3))),
                 T("agent", "and the account number"),
                 T("customer", V("BANK_ACCOUNT", speak_groups([acct[:4], acct[4:]], zero=zero, fill=0.3)))]
    return turns, "UK sort code and account number"


def p_us_acct():
    acct = rdig(rng.randint(9, 12))
    rt = rdig(9)
    turns = [T("agent", "Which account should the refund go to?"),
             T("customer", "checking acct #", V("BANK_ACCOUNT", acct), ", routing number %s" % rt if False else "", " please")]
    turns[1] = T("customer", "checking acct #", V("BANK_ACCOUNT", acct), " please, it's the joint one")
    return turns, "US checking account number typed"


def p_phone():
    k = rng.randint(0, 5)
    zero = rng.choice(["oh", "zero", "double"])
    if k == 0:
        n = "07" + rdig(9)
        turns = [T("customer", "best number is ", V("PHONE", n[:5] + " " + n[5:]))]
    elif k == 1:
        n = "7" + rdig(9)
        turns = [T("customer", "reach me on ", V("PHONE", "+44 " + n[:4] + " " + n[4:]), " after 6pm")]
    elif k == 2:
        a = str(rng.randint(201, 989))
        n = rdig(3)
        l = rdig(4)
        turns = [T("customer", "Call back # ", V("PHONE", rng.choice(["(%s) %s-%s" % (a, n, l), "+1 %s %s %s" % (a, n, l), "%s.%s.%s" % (a, n, l)])))]
    elif k == 3:
        n = "8" + rng.choice("3567") + rdig(7)
        turns = [T("customer", "my mobile's ", V("PHONE", "+353 " + n[:2] + " " + n[2:5] + " " + n[5:]))]
    elif k == 4:
        n = "07" + rdig(9)
        z = "oh" if zero == "double" else zero
        turns = [T("agent", "and a contact number"), T("customer", V("PHONE", speak_groups([n[:5], n[5:8], n[8:]], zero=z, fill=0.2)))]
    else:
        n = rdig(9)
        turns = [T("agent", "what number should we call"),
                 T("customer", "it's ", V("PHONE", "plus four four " + speak_groups([n[:4], n[4:]], zero="oh")), ", that's a uk mobile")]
    turns.insert(0, T("agent", rng.choice(["Thanks for contacting %s." % org()[1], "Is there a number we can reach you on?"])))
    return turns, "phone number, style %d" % k


def p_email():
    f, l = rng.choice(FIRST), rng.choice(LAST).replace("'", "")
    d = rng.choice(DOMAINS)
    num = rng.choice(["", str(rng.randint(1, 99))])
    if rng.random() < 0.5:
        e = rng.choice(["%s.%s%s@%s", "%s_%s%s@%s", "%s%s%s@%s"]) % (f, l, num, d)
        if rng.random() < 0.3:
            e = e.capitalize()
        turns = [T("agent", "Can I get an email for the confirmation?"), T("customer", rng.choice(["email: ", "its ", "send to "]), V("EMAIL", e))]
    else:
        local = rng.choice(["%s dot %s" % (f, l), "%s %s" % (f[0], l), "%s underscore %s" % (f, l)])
        dd = d.replace(".", " dot ")
        said = "%s at %s" % (local, dd)
        turns = [T("agent", "and an email address"), T("customer", "yeah it's ", V("EMAIL", said), rng.choice(["", ", all lower case"]))]
        turns.append(T("agent", "so ", V("EMAIL", said), "?"))
    return turns, "email, typed or spoken"


def p_dob():
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
            "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    od = ords[d - 1] if d <= 20 else "twenty " + ords[d - 21]
    yw = "nineteen " + " ".join(pair_words(str(y)[2:], "oh")) if y < 2000 else "two thousand and " + UNITS[y - 2000]
    form = rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                       "the %s of %s %s" % (od, MONTHS[m - 1], yw), "%s %s %s" % (od, MONTHS[m - 1], yw), "%d-%02d-%02d" % (y, m, d)])
    if form.startswith("the "):
        pre, form = "it's the ", form[4:]
    else:
        pre = rng.choice(["dob ", "born ", "date of birth is ", "it's "])
    turns = [T("agent", "can you confirm your date of birth"), T("customer", pre, V("DOB", form))]
    if rng.random() < 0.3:
        turns.append(T("agent", "thanks, and your appointment on the %s of %s is confirmed" % (ordn(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)])))
    return turns, "date of birth"


def p_address():
    hn = rng.randint(1, 240)
    st = rng.choice(STREETS)
    town = rng.choice(TOWNS)
    us = town in ("Boston", "Austin")
    pc = rng.choice(US_ZIP if us else UK_PC)
    if rng.random() < 0.55:
        a = rng.choice(["%d %s" % (hn, st), "Flat %d, %d %s" % (rng.randint(1, 20), hn, st), "%d%s %s" % (hn, rng.choice("ab"), st), "apt %d, %d %s" % (rng.randint(1, 30), hn, st)])
        turns = [T("agent", "What's the delivery address?"), T("customer", V("ADDRESS", a), ", %s, " % town, V("POSTCODE", pc if rng.random() < 0.7 else pc.lower()))]
    else:
        hw = " ".join(group_words(str(hn), "oh", mode=rng.choice(["pairs", "single", "hundreds"]))) if hn >= 10 else UNITS[hn]
        a = "%s %s" % (hw, st.lower())
        if us:
            pcs = speak_groups([pc[:5]], zero="zero", modes=["single"])
        else:
            pp = pc.split()
            pcs = " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in pp[0]) + ", " + " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in pp[1])
        turns = [T("agent", "and the first line of the address and postcode"),
                 T("customer", "it's ", V("ADDRESS", a), " in %s" % town.lower()),
                 T("agent", "and postcode"),
                 T("customer", V("POSTCODE", pcs))]
    return turns, "address line + postcode/zip"


def p_expiry_typed():
    turns = [T("agent", "Please confirm the card expiry and CVC."),
             T("customer", rng.choice(["exp: ", "expiry ", "Valid thru "]), V("EXPIRY", rng.choice(["%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 31)), "%s 20%d" % (MONTHS[rng.randint(0, 11)][:3].capitalize(), rng.randint(25, 31))])),
               rng.choice([", cvc ", " / CVV: ", " code "]), V("CVV", rdig(3)))]
    return turns, "typed expiry and CVV without card number"


# ---------------------------------------------------------------- negatives
def n_amounts():
    a = "%d.%02d" % (rng.randint(10, 9999), rng.randint(0, 99))
    return [T("customer", "why is my balance £%s when last month was £%d?" % (a, rng.randint(10, 500))),
            T("agent", "your bill went up %d%% from the %s tariff review, and there's a %d day grace period." % (rng.randint(2, 15), MONTHS[rng.randint(0, 11)], rng.choice([14, 28, 30])))], "amounts, percentage, duration"


def n_order16():
    num = make_card() if rng.random() < 0.5 else rdig(16)
    lab = rng.choice(["order number", "tracking number", "reference", "invoice no", "ticket number", "booking ref"])
    return [T("agent", "can i take the %s please" % lab),
            T("customer", "yeah the %s is %s" % (lab, speak_groups(card_groups(num[:16]) if len(num) >= 16 else [num], fill=0.2))),
            T("agent", "thanks, %s %s, i can see it" % (lab, " ".join(card_groups(num[:16]) if len(num) >= 16 else [num])))], "16-digit %s read like a card" % lab


def n_last4():
    l4 = rdig(4)
    zero = rng.choice(["oh", "zero"])
    return [T("agent", rng.choice(["which card would you like to use", "is it the card on file"])),
            T("customer", rng.choice(["the one ending %s", "card ending in %s", "the visa ending %s", "use the one that ends %s"]) % rng.choice([l4, speak_groups([l4], zero=zero)])),
            T("agent", "perfect, the card ending %s, expiring in the spring" % l4)], "card last-four only"


def n_policy():
    lab = rng.choice(["policy number", "claim number", "claim reference", "serial number", "model number"])
    v = rng.choice(["POL-%s" % rdig(9), "%s-%s-%s" % (rdig(3), rdig(2), rdig(4)), "CLM%s" % rdig(9), "SN %s" % rdig(12)])
    return [T("customer", "my %s is %s" % (lab, v)), T("agent", "thanks, %s %s is on the %s plan" % (lab, v, rng.choice(["gold", "basic", "family"])))], "%s with label, SSN-like shapes" % lab


def n_ni_like_ref():
    r = make_ni()
    return [T("agent", "what's the case reference on the letter"),
            T("customer", "the case ref is %s" % r), T("agent", "okay case reference %s, opened %d %s" % (r, rng.randint(1, 28), MONTHS[rng.randint(0, 11)]))], "case reference shaped like an NI number, labelled as reference"


def n_meter():
    m = rdig(5)
    return [T("customer", "meter reading is %s, the serial on the meter is %s" % (m, rdig(10))),
            T("agent", "thanks, reading %s taken at %d:%02d, that's %d units since %s" % (m, rng.randint(7, 20), rng.choice([0, 15, 30, 45]), rng.randint(100, 999), MONTHS[rng.randint(0, 11)]))], "meter reading and meter serial"


def n_travel():
    return [T("customer", "i'm on flight %s%d tomorrow at %d:%02d, seat %d%s" % (rng.choice(["BA", "EI", "FR", "UA"]), rng.randint(100, 9999), rng.randint(5, 22), rng.choice([5, 20, 40]), rng.randint(1, 40), rng.choice("ABCDEF"))),
            T("agent", "gate %d, and your hotel room %d is booked for %d nights" % (rng.randint(1, 60), rng.randint(100, 999), rng.randint(1, 9)))], "flight, seat, gate, room, times"


def n_hours():
    return [T("customer", "what time are you open"),
            T("agent", "we're open %d till %d monday to friday, and %d till %d on saturdays, the queue is about %d minutes" % (rng.randint(7, 9), rng.randint(17, 20), rng.randint(8, 10), rng.randint(13, 16), rng.randint(2, 45)))], "opening hours and wait time"


def n_spoken_ref():
    r = rdig(rng.choice([9, 11, 12, 13]))
    lab = rng.choice(["reference number", "confirmation number", "ticket", "order", "tracking code"])
    return [T("agent", "your %s is" % lab), T("agent", speak_groups([r[i:i + 3] for i in range(0, len(r), 3)], fill=0.1)),
            T("customer", "%s, got it" % speak_groups([r[-3:]]))], "spoken %s digit-by-digit (SSN/card-like length)" % lab


def n_dates():
    return [T("customer", "can we move my appointment from the %s of %s to %d %s %d?" % (ordn(rng.randint(1, 28)), MONTHS[rng.randint(0, 11)], rng.randint(1, 28), MONTHS[rng.randint(0, 11)].capitalize(), rng.randint(2025, 2027))),
            T("agent", "yes, the contract renews %02d/%02d/%d and the payment date is the %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(2025, 2027), ordn(rng.randint(1, 28))))], "appointment / contract / payment dates"


def n_age_temp():
    return [T("customer", "my mum is %d and the flat was %d degrees all winter, boiler's model %s" % (rng.randint(60, 95), rng.randint(9, 15), "X%d-%d" % (rng.randint(10, 99), rng.randint(100, 999)))),
            T("agent", "i'm sorry, we'll send an engineer within %d hours, we've had %d calls today" % (rng.choice([4, 24, 48]), rng.randint(100, 2000)))], "age, temperature, model number, counts"


def n_roads():
    return [T("customer", "there's a water leak on the %s near junction %d" % (rng.choice(["A40", "M6", "B1234", "N11", "I-95", "Route 66"]), rng.randint(1, 40))),
            T("agent", "thanks, we logged that as incident %s at %d:%02d" % ("INC" + rdig(8), rng.randint(0, 23), rng.randint(0, 59)))], "road names and incident number"


def n_years_counts():
    return [T("customer", "i've been a customer since %d, had %d phones with you" % (rng.randint(1995, 2020), rng.randint(2, 9))),
            T("agent", "and the handset is the %d gb model, serial %s, under warranty until %d" % (rng.choice([64, 128, 256]), rdig(15), rng.randint(2025, 2028)))], "years, counts, IMEI-like 15-digit serial"


def n_invoice_luhn():
    num = make_card("visa")
    return [T("customer", "Invoice #%s is wrong, it says %d units" % (num, rng.randint(2, 50))),
            T("agent", "I've raised a dispute on invoice %s, ticket %s" % (num, rdig(7)))], "Luhn-valid 16-digit invoice number with label"


def n_amount_spoken():
    return [T("agent", "the outstanding amount is %s pounds and %s pence" % (rng.choice(["four hundred and twelve", "one thousand two hundred", "eighty seven", "three hundred and ninety nine"]), rng.choice(["fifty", "twenty five", "ninety nine"]))),
            T("customer", "can i pay %s a month over %s months" % (rng.choice(["forty", "fifty five", "a hundred"]), rng.choice(["six", "twelve", "eighteen"])))], "spoken amounts and instalments"


NEG = [n_amounts, n_order16, n_last4, n_policy, n_ni_like_ref, n_meter, n_travel, n_hours, n_spoken_ref,
       n_dates, n_age_temp, n_roads, n_years_counts, n_invoice_luhn, n_amount_spoken]

POS = [(p_card_chat, 22), (p_card_asr, 18), (p_card_split, 18), (p_card_correction, 10), (p_card_aside, 8),
       (p_card_mishear, 8), (p_card_full_bundle, 10),
       (p_ssn_typed, 10), (p_ssn_spoken, 10), (p_ssn_split, 8), (p_ssn_correction, 5),
       (p_ni_typed, 10), (p_ni_spoken, 10), (p_ni_split, 8), (p_ni_correction, 5),
       (p_iban, 12), (p_sort_acct, 12), (p_us_acct, 4), (p_phone, 14), (p_email, 12), (p_dob, 12),
       (p_address, 14), (p_expiry_typed, 6)]


def generate():
    rng.seed(400241125)
    _gid[0] = 0
    cases, metas = [], []
    k = 0
    for fn, n in POS:
        for _ in range(n):
            k += 1
            turns, note = fn()
            t, s, m = build(turns)
            cases.append({"id": "h400-pos-%03d" % k, "kind": "positive", "turns": t, "spans": s, "note": note})
            metas.append(m)
    for j in range(110):
        turns, note = NEG[j % len(NEG)]()
        t, s, m = build(turns)
        cases.append({"id": "h400-neg-%03d" % (j + 1), "kind": "negative", "turns": t, "spans": s, "note": note})
        metas.append(m)
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    return text, cases, metas


def check(text, cases, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("file differs from regeneration")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, m in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            errs.append("%s negative with spans" % c["id"])
        if c["kind"] == "positive" and not c["spans"]:
            errs.append("%s positive without spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % c["id"])
        byturn = {}
        for sp in c["spans"]:
            tx = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(tx)):
                errs.append("%s span out of range" % c["id"])
                continue
            if not ((tx[s].isalnum() or (sp["type"] == "PHONE" and tx[s] in "+(")) and tx[e - 1].isalnum()):
                errs.append("%s span not trimmed: %r" % (c["id"], tx[s:e]))
            if (s > 0 and tx[s - 1].isalnum()) or (e < len(tx) and tx[e].isalnum()):
                errs.append("%s span not on word boundary: %r" % (c["id"], tx[s:e]))
            byturn.setdefault(sp["turn"], []).append((s, e))
        for lst in byturn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append("%s overlapping spans" % c["id"])
        groups = {}
        for sp, (g, partial) in zip(c["spans"], m):
            tx = c["turns"][sp["turn"]]["text"][sp["start"]:sp["end"]]
            groups.setdefault(g, [sp["type"], [], partial])[1].append(tx)
            if groups[g][0] != sp["type"]:
                errs.append("%s mixed types in group" % c["id"])
        for g, (typ, texts, partial) in groups.items():
            try:
                r = validate(typ, texts, partial)
            except (ValueError, KeyError, IndexError) as ex:
                r = "normalise error: %s" % ex
            if r:
                errs.append("%s %s: %s" % (c["id"], typ, r))
    return errs


def counts(cases):
    from collections import Counter
    c = Counter(sp["type"] for x in cases for sp in x["spans"])
    return c


def main():
    text, cases, metas = generate()
    if "--check" in sys.argv:
        errs = check(text, cases, metas)
        for e in errs:
            print("ERROR", e)
        c = counts(cases)
        npos = sum(1 for x in cases if x["kind"] == "positive")
        print("cases=%d positive=%d negative=%d" % (len(cases), npos, len(cases) - npos))
        for k in sorted(c):
            print("  %-12s %d" % (k, c[k]))
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CVV", "EXPIRY", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            need.setdefault(t, 10)
        for t, n in need.items():
            if c[t] < n:
                errs.append("too few %s" % t)
                print("ERROR too few", t)
        if npos < 200 or len(cases) - npos < 100:
            errs.append("too few cases")
            print("ERROR too few cases")
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

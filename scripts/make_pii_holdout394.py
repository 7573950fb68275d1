#!/usr/bin/env python3
"""Generate the pii_holdout394 held-out PII redaction evaluation set.

Written by an independent test author who did not see the redaction engine.
Standard library only; deterministic (random.Random(394241125)).

    python scripts/make_pii_holdout394.py          # write cases.jsonl
    python scripts/make_pii_holdout394.py --check  # regenerate + verify
"""
import json
import os
import random
import re
import sys

SEED = 394241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout394")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(SEED)
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


# --------------------------------------------------------------------------- segments
class V:
    """A labelled value segment. grp ties pieces of one value together; mode is
    'full' (strict validation of the joined value), 'partial' (a fragment:
    corrected/abandoned reading, last-four of a fully read card) or 'misheard'
    (a wrong read-back: format checked, checksum not)."""

    def __init__(self, text, typ, grp, mode="full"):
        self.text, self.typ, self.grp, self.mode = text, typ, grp, mode


def build(turns):
    out_turns, spans, groups = [], [], {}
    for ti, (speaker, segs) in enumerate(turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                m = re.match(r"^([^A-Za-z0-9]*)(.*?)([^A-Za-z0-9]*)$", s.text, re.S)
                text += m.group(1)
                st = len(text)
                text += m.group(2)
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                g = groups.setdefault(s.grp, {"typ": s.typ, "mode": s.mode, "parts": []})
                assert g["typ"] == s.typ and g["mode"] == s.mode, s.grp
                g["parts"].append(s.text)
                text += m.group(3)
            else:
                text += s
        out_turns.append({"speaker": speaker, "text": text})
    return out_turns, spans, groups


# --------------------------------------------------------------------------- spoken normaliser
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZEROS = {"zero", "oh", "o", "nought", "nil"}
UNITW = {w: i for i, w in enumerate(UNITS) if i}
HOMO = {"for": 4, "fore": 4, "to": 2, "too": 2, "ate": 8, "won": 1, "tree": 3}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh", "and", "dash", "hyphen",
           "space", "then", "slash", "like"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
        "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
        "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U",
        "victor": "V", "whiskey": "W", "whisky": "W", "xray": "X", "yankee": "Y", "zulu": "Z"}
LHOMO = {"bee": "B", "see": "C", "sea": "C", "dee": "D", "jay": "J", "kay": "K", "pee": "P",
         "tea": "T", "tee": "T", "are": "R", "why": "Y", "ex": "X", "em": "M", "en": "N",
         "el": "L", "aitch": "H", "haitch": "H", "gee": "G", "ay": "A", "ess": "S", "zed": "Z",
         "zee": "Z", "eff": "F", "cue": "Q", "vee": "V", "wye": "Y"}
CONNECT = {"for", "as", "in", "like"}


def _p199(toks, i):
    """Parse a number 1..99 spoken at toks[i]; return (value, next_i) or None."""
    if i >= len(toks):
        return None
    t = toks[i]
    if t in TEENS:
        return TEENS.index(t) + 10, i + 1
    if t in TENS[2:]:
        v = TENS.index(t) * 10
        if i + 1 < len(toks) and toks[i + 1] in UNITW:
            return v + UNITW[toks[i + 1]], i + 2
        return v, i + 1
    if t in UNITW:
        return UNITW[t], i + 1
    return None


def normalise(text, letters=False):
    """Turn a typed or spoken value into its canonical character string."""
    low = text.lower()
    if letters and re.search(r"[a-z]\d|\d[a-z]", low):
        return re.sub(r"[^A-Z0-9]", "", text.upper())
    toks = re.findall(r"[a-z]+|\d+|\+", low)
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t == "+" or t == "plus":
            out.append("+"); i += 1; continue
        if t.isdigit():
            out.append(t); i += 1; continue
        if letters and t in CONNECT and out and out[-1].isalpha():
            L = out[-1][-1].lower()
            j = i + 1
            if t == "as" and j < n and toks[j] == "in":
                j += 1
            if j < n and toks[j].startswith(L) and toks[j] not in ZEROS and toks[j] not in UNITW:
                i = j + 1; continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nx = toks[i + 1] if i + 1 < n else ""
            if letters and nx == "you":
                out.append("W"); i += 2; continue
            if nx in ZEROS:
                out.append("0" * k); i += 2; continue
            if nx in UNITW:
                out.append(str(UNITW[nx]) * k); i += 2; continue
            if not letters and nx in HOMO:
                out.append(str(HOMO[nx]) * k); i += 2; continue
            if letters and (len(nx) == 1 or nx in LHOMO or nx in NATO):
                ch = nx.upper() if len(nx) == 1 else (LHOMO.get(nx) or NATO[nx])
                out.append(ch * k); i += 2; continue
            raise ValueError("bad double: %r" % text)
        if t in ("hundred", "thousand"):
            w = 2 if t == "hundred" else 3
            if not out or not out[-1][-1].isdigit():
                raise ValueError("bad hundred: %r" % text)
            j = i + 1
            if j < n and toks[j] == "and":
                p = _p199(toks, j + 1)
                if p is None:
                    raise ValueError("bad hundred-and: %r" % text)
                out.append(str(p[0]).zfill(w)); i = p[1]; continue
            if j < n and (toks[j] in TEENS or toks[j] in TENS[2:]):
                p = _p199(toks, j)
                out.append(str(p[0]).zfill(w)); i = p[1]; continue
            out.append("0" * w); i += 1; continue
        if t in ZEROS:
            out.append("0"); i += 1; continue
        if t in TEENS or t in TENS[2:] or t in UNITW:
            p = _p199(toks, i)
            out.append(str(p[0])); i = p[1]; continue
        if not letters and t in HOMO:
            out.append(str(HOMO[t])); i += 1; continue
        if letters and t in NATO:
            if i > 0 and toks[i - 1] == t[0] and out and out[-1].endswith(NATO[t]):
                i += 1; continue
            out.append(NATO[t]); i += 1; continue
        if letters and t in LHOMO:
            out.append(LHOMO[t]); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if letters and len(t) <= 4:
            out.append(t.upper()); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


# --------------------------------------------------------------------------- validators
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
STREETS = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Grove", "Crescent", "Way",
           "Terrace", "Gardens", "Place", "Court", "Park", "Rise", "Boulevard", "Blvd", "St",
           "Rd", "Ave", "Ln", "Dr"]


def ssn_ok(d):
    return (len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9"
            and d[3:5] != "00" and d[5:] != "0000")


ORD = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "thirtieth", "st", "nd", "rd",
       "th", "the", "of"}


def validate_group(typ, mode, parts):
    joined = " ".join(parts)
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    if typ in ("DOB", "EXPIRY"):
        low = joined.lower()
        if any(m in low for m in MON3):
            return True
        stripped = " ".join(w for w in re.findall(r"[a-z]+|\d+", low) if w not in ORD)
        try:
            return len(normalise(stripped)) >= 3
        except ValueError:
            return False
    if typ == "EMAIL":
        if "@" in joined:
            return re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", joined) is not None
        return " at " in joined.lower() and " dot " in joined.lower()
    if typ == "ADDRESS":
        return (re.match(r"(flat|apartment|apt|unit|\d|[a-z]+)", joined.lower()) is not None
                and any(re.search(r"\b" + s.lower() + r"\b", joined.lower()) for s in STREETS))
    v = "".join(normalise(p, letters=letters) for p in parts)
    if typ == "PHONE":
        v = v.replace("+", "")
    if not (v.isdigit() if not letters else v.isalnum()):
        return False
    if mode == "partial":
        return (1 if typ == "NI_NUMBER" else 2) <= len(v) <= 19
    if typ == "CARD_NUMBER":
        return 13 <= len(v) <= 19 and (mode == "misheard" or luhn_ok(v))
    if typ == "SSN":
        return ssn_ok(v) if mode == "full" else len(v) == 9
    if typ == "NI_NUMBER" and mode == "misheard":
        return re.fullmatch(r"[A-Z]{2}\d{6}[A-Z]", v) is not None
    if typ == "NI_NUMBER":
        return NI_RE.fullmatch(v) is not None and v[:2] not in NI_BAD
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "SORT_CODE":
        return len(v) == 6
    if typ == "BANK_ACCOUNT":
        return 6 <= len(v) <= 17
    if typ == "CVV":
        return len(v) in (3, 4)
    if typ == "PHONE":
        return 9 <= len(v) <= 15
    if typ == "POSTCODE":
        return UKPC_RE.fullmatch(v) is not None or re.fullmatch(r"\d{5}(\d{4})?", v) is not None
    return False


# --------------------------------------------------------------------------- value makers
def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13",
                             "visa19", "maestro", "mc2"])
    pre, ln = {"visa": ("4", 16), "mc": (R.choice(["51", "52", "53", "54", "55"]), 16),
               "mc2": (str(R.randint(2221, 2720)), 16), "amex": (R.choice(["34", "37"]), 15),
               "disc": ("6011", 16), "visa13": ("4", 13), "visa19": ("4", 19),
               "maestro": (R.choice(["6759", "5018", "6763"]), R.choice([16, 18, 19]))}[kind]
    return luhn_complete(pre + rdig(ln - len(pre) - 1))


def card_groups(d):
    if len(d) == 15:
        return [d[:4], d[4:10], d[10:]]
    if len(d) == 13:
        return R.choice([[d[:4], d[4:8], d[8:12], d[12:]], [d[:4], d[4:7], d[7:10], d[10:]]])
    if len(d) == 19:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    if len(d) == 18:
        return [d[:4], d[4:8], d[8:12], d[12:16], d[16:]]
    return [d[i:i + 4] for i in range(0, len(d), 4)]


def make_ssn():
    while True:
        d = "%03d%02d%04d" % (R.randint(1, 899), R.randint(1, 99), R.randint(1, 9999))
        if ssn_ok(d):
            return d


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_L1) + R.choice(NI_L2)
        if p not in NI_BAD:
            return p + rdig(6) + R.choice("ABCD")


def make_iban(cc=None):
    cc = cc or R.choice(["GB", "GB", "IE", "DE", "FR", "ES", "NL"])
    bban = {"GB": lambda: R.choice(["NWBK", "BARC", "HBUK", "MIDL", "WEST"]) + rdig(14),
            "IE": lambda: R.choice(["AIBK", "IPBS"]) + rdig(14),
            "DE": lambda: rdig(18), "FR": lambda: rdig(23), "ES": lambda: rdig(20),
            "NL": lambda: R.choice(["ABNA", "INGB"]) + rdig(10)}[cc]()
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "EC", "M", "B", "LS", "G", "EH", "CF", "BS", "L",
            "NE", "S", "CR", "BT", "DN", "HU", "LE", "NG", "PR", "RG", "TN", "GU", "KT", "CB"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_ukpc():
    a = R.choice(UK_AREAS)
    return a + str(R.randint(1, 29 if len(a) == 2 else 9)), str(R.randint(1, 9)) + R.choice(UNIT_L) + R.choice(UNIT_L)


def make_zip():
    return "%05d" % R.randint(1001, 99950)


FIRST = ["sarah", "james", "priya", "liam", "aoife", "tom", "maria", "dave", "kwame", "niamh",
         "olu", "chen", "fatima", "gareth", "siobhan", "marek", "lucy", "ahmed", "jo", "bernie"]
LAST = ["doe", "okafor", "murphy", "smith", "patel", "kowalski", "byrne", "jones", "nguyen",
        "garcia", "walsh", "hughes", "khan", "reilly", "schmidt", "dubois", "evans", "lopez"]
DOMAINS = [("gmail", "com"), ("hotmail", "co.uk"), ("outlook", "com"), ("yahoo", "ie"),
           ("btinternet", "com"), ("icloud", "com"), ("proton", "me"), ("aol", "com"),
           ("eircom", "net"), ("web", "de")]
STREET_NAMES = ["Elm", "Kingsley", "Station", "Church", "Mill", "Victoria", "Hawthorn", "Maple",
                "Oak", "Cedar", "Park", "Albert", "Glebe", "Orchard", "Willow", "Main", "Lincoln",
                "Washington", "Beechwood", "Castle", "Ashgrove", "Riverside"]
TOWNS_UK = ["Leeds", "Croydon", "Bristol", "Belfast", "Glasgow", "Cardiff", "Manchester", "Hull"]
TOWNS_US = ["Austin, TX", "Columbus, OH", "Tampa, FL", "Portland, OR", "Albany, NY",
            "Denver, CO"]


# --------------------------------------------------------------------------- speaking helpers
def zv():
    return R.choice(["oh", "oh", "zero", "nought", "o", "zero"])


def say_d(c, z):
    return z if c == "0" else UNITS[int(c)]


def say_pair(p, z):
    a, b = p
    if p == "00":
        return R.choice(["double " + z, z + " " + z])
    if a == "0":
        return z + " " + UNITS[int(b)]
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] if b == "0" else TENS[int(a)] + " " + UNITS[int(b)]


def say_digits(s, z, runs=True):
    words, i = [], 0
    while i < len(s):
        c = s[i]
        j = i
        while j < len(s) and s[j] == c:
            j += 1
        k = j - i
        if runs and k >= 3 and R.random() < 0.6:
            words.append("triple " + say_d(c, z)); i += 3; continue
        if runs and k >= 2 and R.random() < 0.6:
            words.append("double " + say_d(c, z)); i += 2; continue
        words.append(say_d(c, z)); i += 1
    return " ".join(words)


def say_hundreds(s):
    if s[0] == "0":
        return None
    rest = int(s[1:])
    if rest == 0:
        return UNITS[int(s[0])] + " hundred"
    tail = UNITS[rest] if rest < 10 else say_pair(s[1:], "oh")
    return UNITS[int(s[0])] + " hundred and " + tail


def say_group(g, style=None):
    z = zv()
    style = style or R.choice(["digits", "digits", "digits", "pairs", "mixed", "hund"])
    if style == "pairs" and len(g) % 2 == 0:
        return " ".join(say_pair(g[i:i + 2], z) for i in range(0, len(g), 2))
    if style == "hund" and len(g) == 3 and g[0] != "0":
        return say_hundreds(g)
    if style == "mixed" and len(g) == 4:
        return say_digits(g[:2], z) + " " + say_pair(g[2:], z)
    return say_digits(g, z)


def spoken(d, groups=None, fill=0.25, asr_homo=0.0, styles=None):
    """Speak a digit string in groups; retry until it normalises back exactly."""
    groups = groups or [d]
    for _ in range(200):
        parts = []
        for gi, g in enumerate(groups):
            s = say_group(g, styles)
            if asr_homo:
                ws = s.split()
                ws = [({"four": "for", "two": "to", "eight": "ate"}.get(w, w)
                       if R.random() < asr_homo else w) for w in ws]
                s = " ".join(ws)
            parts.append(s)
            if gi < len(groups) - 1 and R.random() < fill:
                parts.append(R.choice(["um", "uh", "er", "erm", "uh,", "um..."]))
        txt = " ".join(parts)
        sep = R.choice([" ", ", ", " ", "... "])
        txt = txt if sep == " " else re.sub(r"(?<=[a-z]) (?=(um|uh|er|erm)\b)", sep, txt)
        try:
            if normalise(txt) == d:
                return txt
        except ValueError:
            pass
    raise RuntimeError("cannot speak " + d)


def spoken_groups(d, groups, **kw):
    """Speak each group separately (for values split across turns/asides)."""
    return [spoken(g, [g], fill=0, **kw) for g in groups]


def typed_card(d):
    g = card_groups(d)
    f = R.choice(["sp", "sp", "dash", "none", "odd", "dot", "dsp", "mix"])
    if f == "sp":
        return " ".join(g)
    if f == "dash":
        return "-".join(g)
    if f == "none":
        return d
    if f == "dot":
        return ".".join(g)
    if f == "dsp":
        return "  ".join(g)
    if f == "mix":
        return g[0] + "-" + " ".join(g[1:])
    cut = sorted(R.sample(range(2, len(d) - 1), 3))
    return " ".join(d[a:b] for a, b in zip([0] + cut, cut + [len(d)]))


def letter_say(c, style):
    if style == "plain":
        return c.lower()
    if style == "nato":
        n = [k for k, v in NATO.items() if v == c and k not in ("alfa", "juliett", "whisky")][0]
        return R.choice([c.lower() + " for " + n, n, c.lower() + " " + n])
    if style == "asin":
        word = {"A": "apple", "B": "bertie", "C": "charlie", "E": "edward", "G": "george",
                "H": "harry", "J": "james", "K": "kevin", "L": "london", "M": "mother",
                "N": "nancy", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
                "W": "william", "X": "xylophone", "Y": "yellow", "Z": "zebra", "D": "david"}[c]
        return c.lower() + R.choice([" as in ", " for ", " like "]) + word
    if style == "homo":
        inv = {}
        for k, v in LHOMO.items():
            inv.setdefault(v, k)
        return inv.get(c, c.lower())
    return c.lower()


# --------------------------------------------------------------------------- context
INDUSTRY = [
    ("banking", "Thanks for calling Harbourside Bank, you're through to {a}."),
    ("telecom", "Hi, you're through to Skylink Mobile, my name's {a}."),
    ("utilities", "Good morning, Northgate Energy, {a} speaking."),
    ("retail", "Hello, Brightbasket customer care, this is {a}."),
    ("insurance", "Thank you for calling Covewell Insurance, {a} here."),
    ("travel", "Hi there, Aerolinea Travel desk, {a} speaking, how can I help?"),
    ("healthcare billing", "Patient billing, St Columba's Health, this is {a}."),
    ("government services", "You're through to the benefits helpline, my name is {a}."),
]
AGENTS = ["Dan", "Rachel", "Imran", "Chloe", "Sean", "Beth", "Tomasz", "Grace", "Marcus", "Orla"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yes", "got that", "mm", "keep going"]


def ordn(n):
    return str(n) + ("th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def opener():
    ind, o = R.choice(INDUSTRY)
    return ind, o.format(a=R.choice(AGENTS))


def asr(s):
    return s.lower().replace(",", "").replace(".", "").replace("?", "").replace("'", "")


# =========================================================================== CARD templates
def card_typed():
    d = make_card()
    ind, _ = opener()
    lead = R.choice(["card no: ", "Card number - ", "my card is ", "CARD NUMBER ", "cc# ",
                     "the long number is ", "crad numbr ", "PAN: ", "its ", "card:"])
    t = [("customer", ["Hi, I want to pay my outstanding bill of \u00a3" + str(R.randint(20, 900))
                       + "." + rdig(2) + ". " + lead, V(typed_card(d), "CARD_NUMBER", "c")])]
    if R.random() < 0.6:
        e = "%02d/%s" % (R.randint(1, 12), R.choice(["26", "27", "2028", "29", "30"]))
        t.append(("customer", [R.choice(["exp ", "expiry: ", "expires ", "valid thru "]),
                               V(e, "EXPIRY", "e"), R.choice([" cvv ", " sec code: ", ", cvc "]),
                               V(rdig(3), "CVV", "v")]))
    t.append(("agent", ["Thanks, that payment has gone through. Your receipt number is "
                        + rdig(9) + "."]))
    return t, "typed chat %s card payment, %s format" % (ind, "odd" if " " in t[0][1][1].text else "plain")


def card_spoken_single():
    d = make_card()
    ind, op = opener()
    g = card_groups(d)
    txt = spoken(d, g, fill=0.35, asr_homo=R.choice([0, 0, 0.3]))
    lead = R.choice(["yeah it's ", "okay so the long number is ", "right its ", "the card number is ",
                     "uh yeah ", "its a visa um ", "got it here its "])
    return [("agent", [asr(op) + " can i take the long number across the front of the card"]),
            ("customer", [lead, V(txt, "CARD_NUMBER", "c")]),
            ("agent", ["thank you and the expiry date"]),
            ("customer", [V(spoken_expiry(), "EXPIRY", "e")])], "ASR %s card read in one go with fillers" % ind


def spoken_expiry():
    m = R.randint(1, 12)
    y = R.randint(25, 31)
    return R.choice([say_pair("%02d" % m, zv()) + " " + say_pair(str(y), "oh"),
                     MONTHS[m - 1] + " twenty " + say_pair(str(y), "oh"),
                     say_pair("%02d" % m, zv()) + " slash " + say_pair(str(y), "oh"),
                     "end of " + MONTHS[m - 1] + " twenty " + say_pair(str(y), "oh")]).replace("end of ", "")


def card_split_turns():
    d = make_card()
    ind, op = opener()
    g = card_groups(d)
    words = spoken_groups(d, g, asr_homo=R.choice([0, 0.2]))
    # merge some groups so 2..4 customer turns
    chunks = []
    i = 0
    while i < len(words):
        k = R.choice([1, 1, 2])
        chunks.append(" ".join(words[i:i + k]))
        i += k
    t = [("agent", [asr(op) + " whenever youre ready with the card number"])]
    for ci, ch in enumerate(chunks):
        pre = R.choice(["", "", "", "um ", "okay ", "then "]) if ci else R.choice(["its ", "right ", "okay "])
        post = R.choice(["", "", "", "..."])
        t.append(("customer", [pre, V(ch, "CARD_NUMBER", "c"), post]))
        if ci < len(chunks) - 1:
            t.append(("agent", [R.choice(BACK)]))
    if R.random() < 0.6:
        rb = R.choice(["typed", "spoken"])
        val = " ".join(g) if rb == "typed" else spoken(d, g, fill=0)
        t.append(("agent", [R.choice(["so thats ", "let me read that back ", "i have "]),
                            V(val, "CARD_NUMBER", "rb"), R.choice(["", " is that right", " correct"])]))
        t.append(("customer", [R.choice(["yes", "thats it", "yep correct"])]))
    return t, "ASR %s card split over %d customer turns with back-channels" % (ind, len(chunks))


def card_restart():
    d = make_card()
    g = card_groups(d)
    k = R.randint(1, 2)
    wrong = list(d[:4 * k])
    wrong[-1] = str((int(wrong[-1]) + R.randint(1, 8)) % 10)
    part = spoken("".join(wrong), card_groups("".join(wrong) + "0" * 8)[:k] if False else None, fill=0)
    full = spoken(d, g, fill=0.3)
    mid = R.choice([" no sorry sorry let me start again ", " oh wait thats wrong hang on ",
                    " no no scratch that ", " sorry ive got my glasses now "])
    return [("agent", ["and the card number please"]),
            ("customer", [V(part, "CARD_NUMBER", "p", "partial"), mid, V(full, "CARD_NUMBER", "c")]),
            ("agent", ["okay no problem got that"])], "ASR restarted card reading, abandoned fragment labelled"


def card_misheard():
    d = make_card()
    g = card_groups(d)
    gi = R.randrange(1, len(g))
    bad = list(g)
    wg = list(bad[gi])
    pos = R.randrange(len(wg))
    wg[pos] = str((int(wg[pos]) + R.choice([1, 3, 5])) % 10)
    bad[gi] = "".join(wg)
    badd = "".join(bad)
    cust = spoken(d, g, fill=0.2)
    rb = R.choice([" ".join(bad), spoken(badd, bad, fill=0)])
    return [("customer", ["okay its ", V(cust, "CARD_NUMBER", "c")]),
            ("agent", ["let me just read that back ", V(rb, "CARD_NUMBER", "rb", "misheard")]),
            ("customer", ["no the " + R.choice(["second", "third", "next", "that"]) + " bit is ",
                          V(spoken(g[gi], [g[gi]], fill=0), "CARD_NUMBER", "fix", "partial"), " not ",
                          V(spoken(bad[gi], [bad[gi]], fill=0), "CARD_NUMBER", "wrong", "partial")]),
            ("agent", ["sorry about that so thats ", V(" ".join(g), "CARD_NUMBER", "rb2")])], \
        "agent mishears one card group, customer corrects, correct read-back"


def card_aside():
    d = make_card()
    g = card_groups(d)
    cut = R.randint(1, len(g) - 1)
    a = spoken("".join(g[:cut]), g[:cut], fill=0.2)
    b = spoken("".join(g[cut:]), g[cut:], fill=0.2)
    aside = R.choice([" hang on the numbers are a bit worn here ", " sorry the dog is barking ",
                      " kids be quiet mummys on the phone ", " wait let me tilt it to the light ",
                      " is this the long one yeah ", " sorry im driving "])
    return [("agent", ["go ahead with the card number"]),
            ("customer", [V(a, "CARD_NUMBER", "c"), aside, V(b, "CARD_NUMBER", "c")]),
            ("agent", ["brilliant thank you"])], "card reading interrupted by an aside mid-number"


def card_lastfour_after_full():
    d = make_card()
    g = card_groups(d)
    return [("customer", ["card number is ", V(" ".join(g) if R.random() < 0.5 else spoken(d, g, fill=0.1),
                                                  "CARD_NUMBER", "c")]),
            ("agent", ["thanks, so that's the " + R.choice(["visa", "card", "debit card"]) + " ending ",
                       V(R.choice([d[-4:], spoken(d[-4:], [d[-4:]], fill=0)]), "CARD_NUMBER", "l4", "partial"),
                       ", and I'll take the \u00a3" + str(R.randint(5, 400)) + " today."])], \
        "last four read back after full card in same case (labelled)"


def card_other_card_distractor():
    d = make_card()
    other = rdig(4)
    return [("customer", ["not the one ending " + other + ", thats expired. use the new one: ",
                          V(typed_card(d), "CARD_NUMBER", "c")]),
            ("agent", ["Updated. The old card ending " + other + " has been removed, order "
                       + "#" + rdig(8) + " will ship Tuesday."])], \
        "full card plus last-four of a different card (not labelled) and order number"


def card_mixed_asr():
    d = make_card()
    g = card_groups(d)
    parts = []
    for x in g:
        r = R.random()
        parts.append(x if r < 0.4 else (x[:2] + " " + x[2:] if r < 0.55 else spoken(x, [x], fill=0)))
    return [("agent", ["can i have the card number"]),
            ("customer", ["yeah ", V(" ".join(parts), "CARD_NUMBER", "c")]),
            ("agent", ["and the three digit security code on the back"]),
            ("customer", ["its ", V(spoken(rdig(3), fill=0), "CVV", "v")])], \
        "ASR transcript mixing numerals and words in one card reading"


def card_email():
    d = make_card()
    ind, _ = opener()
    g = card_groups(d)
    val = R.choice(["".join(g[:2]) + "\n" + "".join(g[2:]), " ".join(g), "-".join(g)])
    return [("customer", ["Dear team,\nplease charge the deposit to my card below.\n"
                          + R.choice(["Card No.: ", "card number: ", "Number ", "CARD #: "]),
                          V(val.split("\n")[0], "CARD_NUMBER", "c"),
                          ("\n" if "\n" in val else ""),
                          *( [V(val.split("\n")[1], "CARD_NUMBER", "c")] if "\n" in val else []),
                          "\nExpiry ", V(R.choice(["%02d/%02d" % (R.randint(1, 12), R.randint(26, 30)),
                                                    "%s %d" % (R.choice(MON3).title(), R.randint(2026, 2030))]),
                                          "EXPIRY", "e"),
                          "\nThanks, booking ref " + rdig(6).upper()])], \
        "e-mail with card broken over lines" if "\n" in val else "e-mail with card number"


def card_agent_reads_first():
    d = make_card()
    g = card_groups(d)
    return [("agent", ["i can see the card on file is ", V(spoken(d, g, fill=0), "CARD_NUMBER", "c"),
                       " do you want to keep using that one"]),
            ("customer", ["yes please same card"])], "agent reads full stored card number aloud"


def card_spoken_partial_repeat():
    d = make_card()
    g = card_groups(d)
    k = R.randrange(len(g))
    return [("customer", ["its ", V(spoken(d, g, fill=0.3), "CARD_NUMBER", "c")]),
            ("agent", ["sorry you broke up after ", V(spoken(g[k], [g[k]], fill=0), "CARD_NUMBER", "p", "partial")]),
            ("customer", ["after that its ", V(spoken("".join(g[k + 1:]) or g[k], g[k + 1:] or [g[k]], fill=0),
                                               "CARD_NUMBER", "p2", "partial")])], \
        "bad line, agent repeats one group, customer re-reads the rest"


CARD_T = [card_typed, card_spoken_single, card_split_turns, card_restart, card_misheard, card_aside,
          card_lastfour_after_full, card_other_card_distractor, card_mixed_asr, card_email,
          card_agent_reads_first, card_spoken_partial_repeat]


# =========================================================================== SSN templates
def ssn_typed():
    d = make_ssn()
    f = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s", "%s-%s%s"])
    val = f % (d[:3], d[3:5], d[5:])
    lead = R.choice(["SSN: ", "ssn is ", "Social: ", "my social security # is ", "SS#", "soc sec no. ",
                     "social security number- "])
    return [("customer", ["Hi, re my hospital bill, ", lead, V(val, "SSN", "s"),
                          ", account balance $" + str(R.randint(100, 4000)) + ".00"]),
            ("agent", ["Thanks. I've located the account, statement dated 03/14."])], "typed SSN " + f.replace("%s", "x")


def ssn_spoken():
    d = make_ssn()
    g = [d[:3], d[3:5], d[5:]]
    txt = spoken(d, g, fill=0.3, asr_homo=R.choice([0, 0.3]), styles=R.choice([None, "hund", "pairs"]))
    return [("agent", ["can i get your social security number to verify"]),
            ("customer", [R.choice(["sure its ", "yeah ", "okay um ", "its "]), V(txt, "SSN", "s")]),
            ("agent", ["thank you and date of birth"]),
            ("customer", [V(spoken_dob(), "DOB", "b")])], "ASR SSN spoken in one turn"


def spoken_dob():
    m = R.randint(1, 12); dd = R.randint(1, 28); y = R.randint(1940, 2004)
    yr = say_pair(str(y)[:2], "oh") + " " + say_pair(str(y)[2:], "oh")
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth"]
    od = ords[dd - 1] if dd <= 20 else "twenty " + ords[dd - 21]
    return R.choice([MONTHS[m - 1] + " " + od + " " + yr,
                     "the " + od + " of " + MONTHS[m - 1] + " " + yr,
                     say_pair("%02d" % dd, "oh") + " " + say_pair("%02d" % m, "oh") + " " + yr])


def typed_dob():
    m = R.randint(1, 12); dd = R.randint(1, 28); y = R.randint(1940, 2004)
    return R.choice(["%02d/%02d/%d" % (dd, m, y), "%d-%02d-%02d" % (y, m, dd), "%d %s %d" % (dd, MONTHS[m - 1].title(), y),
                     "%s %d, %d" % (MON3[m - 1].title(), dd, y), "%d.%d.%02d" % (dd, m, y % 100)])


def ssn_split():
    d = make_ssn()
    g = [d[:3], d[3:5], d[5:]]
    w = spoken_groups(d, g)
    t = [("agent", ["whats the social"])]
    for i, x in enumerate(w):
        t.append(("customer", [R.choice(["", "uh ", ""]), V(x, "SSN", "s")]))
        if i < 2:
            t.append(("agent", [R.choice(BACK)]))
    if R.random() < 0.5:
        t.append(("agent", ["so ", V("-".join(g) if R.random() < 0.5 else spoken(d, g, fill=0), "SSN", "rb"), " yes"]))
    return t, "ASR SSN split 3-2-4 over turns with back-channels"


def ssn_restart():
    d = make_ssn()
    w = make_ssn()[:R.choice([3, 5])]
    return [("customer", [V(spoken(w, fill=0), "SSN", "p", "partial"),
                          R.choice([" no wait thats my wifes ", " sorry no hold on ", " oops thats my old phone number no "]),
                          V(spoken(d, [d[:3], d[3:5], d[5:]], fill=0.3), "SSN", "s")]),
            ("agent", ["okay thank you"])], "SSN restarted after the caller starts reading the wrong number"


def ssn_misheard():
    d = make_ssn()
    bad = d[:5] + str((int(d[5]) + 2) % 10) + d[6:]
    return [("customer", ["its ", V(spoken(d, [d[:3], d[3:5], d[5:]], fill=0.2), "SSN", "s")]),
            ("agent", ["i have ", V("%s-%s-%s" % (bad[:3], bad[3:5], bad[5:]), "SSN", "rb", "misheard")]),
            ("customer", ["no ", V(spoken(d[5:], fill=0), "SSN", "f", "partial"), " at the end"]),
            ("agent", ["got it ", V("%s %s %s" % (d[:3], d[3:5], d[5:]), "SSN", "rb2"), " thank you"])], \
        "agent mishears SSN, customer corrects the last four"


def ssn_with_distractors():
    d = make_ssn()
    claim = "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))
    return [("customer", ["my claim number is " + claim + " and my ssn is ", V(d[:3] + "-" + d[3:5] + "-" + d[5:], "SSN", "s")]),
            ("agent", ["Thank you. Claim " + claim + " shows a payment of $" + str(R.randint(50, 999)) + " on 06/12."])], \
        "SSN beside an SSN-shaped claim number (claim not labelled)"


def ssn_itin_form():
    d = make_ssn()
    return [("customer", ["Social Security No. (SSN)\n", V(" ".join(d), "SSN", "s") if R.random() < 0.5 else V(d[:3] + " " + d[3:5] + " " + d[5:], "SSN", "s"),
                          "\nZIP ", V(make_zip(), "POSTCODE", "z")])], "form-fill paste with spaced-out SSN and ZIP"


SSN_T = [ssn_typed, ssn_spoken, ssn_split, ssn_restart, ssn_misheard, ssn_with_distractors, ssn_itin_form]


# =========================================================================== NI templates
def ni_typed():
    n = make_ni()
    f = R.choice(["plain", "spaced", "lower", "dash", "pairs", "allsp", "mixcase"])
    v = {"plain": n, "spaced": n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
         "lower": n.lower(), "dash": n[:2] + "-" + n[2:8] + "-" + n[8], "pairs": n[:2] + " " + n[2:8] + " " + n[8],
         "allsp": " ".join(n), "mixcase": n[:2].title() + n[2:8] + n[8].lower()}[f]
    lead = R.choice(["NI no: ", "national insurance number is ", "NINO ", "my NI is ", "Nat Ins: ", "N.I. number - "])
    return [("customer", ["Hi, about my universal credit claim. " + lead, V(v, "NI_NUMBER", "n")]),
            ("agent", ["Thanks, I can see a payment of \u00a3" + str(R.randint(100, 900)) + " due on the "
                       + ordn(R.randint(1, 28)) + "."])], "typed NI number, %s" % f


def ni_spoken_text(n, lstyle=None, fill=0.25):
    for _ in range(100):
        ls = lstyle or R.choice(["plain", "nato", "asin", "homo", "plain"])
        p1 = n[0], n[1]
        if p1[0] == p1[1] and R.random() < 0.5:
            letters = "double " + letter_say(p1[0], "plain" if ls in ("nato", "asin") else ls)
        else:
            letters = letter_say(p1[0], ls) + " " + letter_say(p1[1], ls)
        digs = spoken(n[2:8], [n[2:4], n[4:6], n[6:8]] if R.random() < 0.5 else [n[2:5], n[5:8]], fill=fill)
        suf = letter_say(n[8], ls)
        txt = letters + R.choice([" ", ", ", " um "]) + digs + R.choice([" ", " and then ", ", "]) + suf
        try:
            if normalise(txt, letters=True) == n:
                return txt
        except ValueError:
            pass
    raise RuntimeError(n)


def ni_spoken():
    n = make_ni()
    _, op = opener()
    txt = ni_spoken_text(n)
    return [("agent", [asr(op) + " can i take your national insurance number please"]),
            ("customer", [R.choice(["yeah its ", "um ", "its ", "okay "]), V(txt, "NI_NUMBER", "n")]),
            ("agent", ["lovely thank you"])], "ASR NI number spoken with letter spellings"


def ni_split():
    n = make_ni()
    ls = R.choice(["plain", "nato", "asin", "homo"])
    a = letter_say(n[0], ls) + " " + letter_say(n[1], ls)
    b = spoken(n[2:8], [n[2:4], n[4:6], n[6:8]], fill=0.2)
    c = letter_say(n[8], ls)
    for _ in range(50):
        if normalise(a + " " + b + " " + c, letters=True) == n:
            break
        b = spoken(n[2:8], [n[2:4], n[4:6], n[6:8]], fill=0)
    t = [("agent", ["national insurance number"]),
         ("customer", ["its ", V(a, "NI_NUMBER", "n")]), ("agent", [R.choice(BACK)]),
         ("customer", [V(b, "NI_NUMBER", "n")]), ("agent", [R.choice(BACK + ["and the last letter"])]),
         ("customer", [V(c, "NI_NUMBER", "n")])]
    if R.random() < 0.6:
        t.append(("agent", ["so thats ", V(ni_spoken_text(n, "nato", 0), "NI_NUMBER", "rb")]))
    return t, "ASR NI number split letters/digits/suffix over turns (%s letters)" % ls


def ni_letter_fix():
    n = make_ni()
    wrong = R.choice([c for c in "BDEPTGV" if c != n[1]])
    rb = n[0] + wrong + n[2:]
    return [("customer", ["its ", V(ni_spoken_text(n, "plain"), "NI_NUMBER", "n")]),
            ("agent", ["thats ", V(" ".join(rb[:2]) + " " + rb[2:8] + " " + rb[8], "NI_NUMBER", "rb", "misheard")]),
            ("customer", ["no ", V(letter_say(n[1], "nato"), "NI_NUMBER", "f", "partial"), " not ",
                          V(letter_say(wrong, "nato"), "NI_NUMBER", "w", "partial")]),
            ("agent", ["sorry ", V(ni_spoken_text(n, "nato", 0), "NI_NUMBER", "rb2")])], \
        "B/D/P/T confusion on NI letter, corrected with NATO"


def ni_restart():
    n = make_ni()
    return [("customer", [V(letter_say(n[0], "plain") + " " + letter_say(n[1], "plain") + " " + spoken(n[2:4], fill=0),
                            "NI_NUMBER", "p", "partial"),
                          R.choice([" hang on let me get the letter ", " no wait ", " sorry thats not right "]),
                          V(ni_spoken_text(n), "NI_NUMBER", "n")])], "NI reading abandoned and restarted"


def ni_email():
    n = make_ni()
    return [("customer", ["Subject: change of address\n\nHello, my NI number is ",
                          V(R.choice([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]]), "NI_NUMBER", "n"),
                          " and I have moved to ", V("%d %s %s" % (R.randint(1, 140), R.choice(STREET_NAMES), R.choice(STREETS[:12])), "ADDRESS", "a"),
                          ", " + R.choice(TOWNS_UK) + " ", V(" ".join(make_ukpc()), "POSTCODE", "pc"),
                          ". Reference on your letter was " + rdig(10) + "."])], "e-mail with NI number, address, postcode"


def ni_with_policy_distractor():
    n = make_ni()
    pol = make_ni()
    return [("customer", ["my policy number is " + pol + " sorry no thats the policy, my national insurance is ",
                          V(n, "NI_NUMBER", "n")]),
            ("agent", ["Thanks, policy " + pol + " updated."])], "NI beside an NI-shaped policy number (policy not labelled)"


NI_T = [ni_typed, ni_spoken, ni_split, ni_letter_fix, ni_restart, ni_email, ni_with_policy_distractor]


# =========================================================================== other types
def bank_uk():
    sc = rdig(6); ac = rdig(8)
    sform = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    if R.random() < 0.5:
        return [("customer", ["Sort code ", V(sform, "SORT_CODE", "s"), R.choice([", acct no: ", " a/c ", " account number "]),
                              V(R.choice([ac, ac[:4] + " " + ac[4:]]), "BANK_ACCOUNT", "a")]),
                ("agent", ["Thanks, the direct debit of \u00a3" + str(R.randint(10, 90)) + " will come out on the 1st."])], "typed sort code and account"
    return [("agent", ["whats the sort code"]),
            ("customer", [V(spoken(sc, [sc[:2], sc[2:4], sc[4:]], fill=0.2, styles=R.choice(["pairs", "digits"])), "SORT_CODE", "s")]),
            ("agent", ["and the account number"]),
            ("customer", [V(spoken(ac, [ac[:4], ac[4:]], fill=0.2), "BANK_ACCOUNT", "a")])], "ASR sort code and account number"


def bank_us():
    ac = rdig(R.choice([10, 11, 12]))
    return [("customer", ["Checking acct #", V(ac, "BANK_ACCOUNT", "a"), ", routing " + rdig(9) + ". Please refund the $"
                          + str(R.randint(20, 300)) + " there."])], "US account number next to routing number (routing unlabelled)"


def iban_case():
    ib = make_iban()
    if R.random() < 0.5:
        v = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        return [("customer", ["Please refund to IBAN: ", V(v, "IBAN", "i"), " (" + R.choice(["Revolut", "AIB", "N26", "BNP"]) + ")"]),
                ("agent", ["Refund of \u20ac" + str(R.randint(20, 800)) + " raised, ref " + rdig(8) + "."])], "typed IBAN"
    chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
    said = []
    for c in chunks:
        ws = []
        for ch in c:
            ws.append(ch.lower() if ch.isalpha() else say_d(ch, R.choice(["zero", "oh"])))
        said.append(" ".join(ws))
    cut = len(said) // 2
    return [("agent", ["whats the iban"]),
            ("customer", [V(" ".join(said[:cut]), "IBAN", "i")]), ("agent", [R.choice(BACK)]),
            ("customer", [V(" ".join(said[cut:]), "IBAN", "i")])], "ASR IBAN spelled over two turns"


def contact_update():
    f, l = R.choice(FIRST), R.choice(LAST)
    dom, tld = R.choice(DOMAINS)
    num = R.choice(["07" + rdig(9), "+44 7" + rdig(3) + " " + rdig(6), "+353 8" + R.choice("3567") + " " + rdig(3) + " " + rdig(4),
                    rdig(3) + "-" + rdig(3) + "-" + rdig(4), "+1 " + rdig(3) + " " + rdig(3) + " " + rdig(4),
                    "+49 30 " + rdig(8), "020 " + rdig(4) + " " + rdig(4), "+33 6 " + " ".join(rdig(2) for _ in range(4))])
    if num[0] in "+" and R.random() < 0.3:
        num = num
    if R.random() < 0.5:
        em = R.choice([f + "." + l, f[0] + l + rdig(2), f + "_" + l, f.upper() + "." + l.title()]) + "@" + dom + "." + tld
        return [("customer", ["new email ", V(em, "EMAIL", "e"), " and mob ", V(num, "PHONE", "p")]),
                ("agent", ["Updated, you'll get a text within 24 hours."])], "typed contact details"
    sp_em = R.choice([f + " dot " + l, f[0] + " dot " + l, f + " underscore " + l + " " + spoken(rdig(2), fill=0)])
    sp_em += " at " + dom + " dot " + tld.replace(".", " dot ")
    digits = re.sub(r"\D", "", num)
    pn = ("plus " if num.startswith("+") else "") + spoken(digits, [digits[:-6], digits[-6:-3], digits[-3:]], fill=0.2)
    return [("agent", ["best number to reach you on"]),
            ("customer", [V(pn, "PHONE", "p")]),
            ("agent", ["and email"]),
            ("customer", ["its ", V(sp_em, "EMAIL", "e")]),
            ("agent", ["so thats ", V(sp_em.replace(" dot ", ".").replace(" at ", "@").replace(" underscore ", "_").replace(" ", ""), "EMAIL", "erb")])], \
        "ASR phone and spoken e-mail with agent read-back"


def identity_uk():
    pc = make_ukpc()
    hn = R.randint(1, 199)
    street = R.choice(STREET_NAMES) + " " + R.choice(STREETS[:12])
    addr = R.choice(["%d %s" % (hn, street), "Flat %d, %d %s" % (R.randint(1, 12), hn, street), "%d%s %s" % (hn, R.choice("ab"), street)])
    if R.random() < 0.5:
        return [("customer", ["DOB ", V(typed_dob(), "DOB", "b"), ", address ", V(addr, "ADDRESS", "a"), ", " + R.choice(TOWNS_UK) + ", ",
                              V(R.choice([" ".join(pc), "".join(pc), " ".join(pc).lower()]), "POSTCODE", "pc")])], "typed DOB address postcode"
    spc = letter_say(pc[0][0], "plain")
    ws = " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in pc[0]) + " " + " ".join(c.lower() if c.isalpha() else UNITS[int(c)] for c in pc[1])
    return [("agent", ["can you confirm your date of birth"]),
            ("customer", [V(spoken_dob(), "DOB", "b")]),
            ("agent", ["and the first line of the address"]),
            ("customer", [V(asr(addr.replace(str(hn), spoken(str(hn), fill=0, styles="pairs") if hn < 100 else str(hn))), "ADDRESS", "a"), " in " + R.choice(TOWNS_UK).lower()]),
            ("agent", ["postcode"]),
            ("customer", [V(ws, "POSTCODE", "pc")])], "ASR DOB, address and spoken postcode"


def identity_us():
    z = make_zip()
    if R.random() < 0.3:
        z = z + "-" + rdig(4)
    addr = "%d %s %s" % (R.randint(10, 9999), R.choice(STREET_NAMES), R.choice(["St", "Ave", "Blvd", "Dr", "Street", "Lane"]))
    ph = R.choice([rdig(3) + "-" + rdig(3) + "-" + rdig(4), rdig(3) + "." + rdig(3) + "." + rdig(4), "+1 " + rdig(3) + " " + rdig(3) + " " + rdig(4)])
    ph = "2" + ph[1:] if ph[0] in "01" else ph
    return [("customer", ["Billing address ", V(addr, "ADDRESS", "a"), ", " + R.choice(TOWNS_US) + " ", V(z, "POSTCODE", "z"),
                          ", phone ", V(ph, "PHONE", "p"), ", DOB ", V(typed_dob(), "DOB", "b")]),
            ("agent", ["Thanks, invoice INV-" + rdig(6) + " for $" + str(R.randint(30, 900)) + " has been re-sent."])], "US typed billing details"


def expiry_cvv():
    d = make_card()
    e_sp = spoken_expiry()
    return [("agent", ["expiry date on the card"]),
            ("customer", [V(e_sp, "EXPIRY", "e")]),
            ("agent", ["and the last three digits on the signature strip"]),
            ("customer", ["uh ", V(spoken(rdig(3), fill=0), "CVV", "v")]),
            ("agent", ["thanks that's the card ending " + d[-4:] + " charged"])], "ASR expiry and CVV, card last-four only (unlabelled)"


OTHER_T = [bank_uk, bank_us, iban_case, contact_update, identity_uk, identity_us, expiry_cvv]


# =========================================================================== negatives
def neg():
    k = R.randrange(16)
    if k == 0:
        d = make_card()
        return [("agent", ["your order number is " + " ".join(card_groups(d))]),
                ("customer", ["sorry can you repeat the order number"]),
                ("agent", ["order number " + spoken(d, card_groups(d), fill=0)])], "Luhn-valid 16-digit order number read like a card"
    if k == 1:
        d = rdig(16)
        g = [d[i:i + 4] for i in range(0, 16, 4)]
        t = [("agent", ["ive got a reference for you have you got a pen"]), ("customer", ["go on"])]
        for x in g:
            t.append(("agent", [spoken(x, fill=0)]))
            t.append(("customer", [R.choice(BACK)]))
        return t, "reference number dictated in 4-digit chunks with back-channels"
    if k == 2:
        x = rdig(4)
        return [("customer", [R.choice(["its the card ending ", "the one that ends in ", "last four are ", "card ending in "])
                              + R.choice([x, spoken(x, fill=0)])]),
                ("agent", ["thanks, the card ending " + x + " has a balance of \u00a3" + str(R.randint(1, 2000)) + "." + rdig(2)])], "card last-four only"
    if k == 3:
        return [("customer", ["meter reading is " + spoken(rdig(5), fill=0.2) + " and the night one is " + rdig(5)]),
                ("agent", ["thanks, your next bill on the " + ordn(R.randint(1, 28)) + " will be about \u00a3" + str(R.randint(40, 300))])], "meter readings and amount"
    if k == 4:
        return [("agent", ["youre on flight " + R.choice(["BA", "EI", "FR", "AA"]) + str(R.randint(100, 9999)) + " seat " + str(R.randint(1, 40))
                           + R.choice("ABCDEF") + " gate " + R.choice("ABC") + str(R.randint(1, 60)) + " boarding at " + "%d:%02d" % (R.randint(5, 22), R.choice([0, 15, 30, 45]))]),
                ("customer", ["and the hotel room is " + str(R.randint(100, 999)) + " right"])], "flight, seat, gate, time, room"
    if k == 5:
        return [("customer", ["claim number " + "%03d-%02d-%04d" % (R.randint(100, 899), R.randint(10, 99), R.randint(1000, 9999))]),
                ("agent", ["Claim found. Excess is $" + str(R.randint(100, 1000)) + ", processing takes 10 to 14 working days."])], "SSN-shaped claim number"
    if k == 6:
        p = make_ni()
        return [("customer", ["policy number " + R.choice([p, " ".join(p), p.lower()])]),
                ("agent", ["Thanks, policy " + p + " renews on 1 " + R.choice(MONTHS).title() + " at \u00a3" + str(R.randint(100, 900)) + " a year."])], "NI-shaped policy number"
    if k == 7:
        return [("customer", ["tracking number is " + R.choice(["1Z" + rdig(16), "JD" + rdig(16), rdig(22), "AB" + rdig(9) + "GB"])]),
                ("agent", ["It left the depot at 06:40, delivery between 9am and 1pm."])], "tracking number and times"
    if k == 8:
        return [("agent", ["were open eight till eight monday to friday and nine to five on saturdays, average wait is about " + say_pair(str(R.randint(10, 59)), "oh") + " minutes"]),
                ("customer", ["okay and my son is " + str(R.randint(3, 17)) + " does he need his own account"])], "opening hours, durations, ages"
    if k == 9:
        return [("customer", ["the serial on the boiler is " + rdig(4) + "-" + rdig(4) + "-" + rdig(4) + "-" + rdig(4) + " model WX" + rdig(4)]),
                ("agent", ["Thanks, engineer booked for the " + ordn(R.randint(1, 28)) + " between 8 and 12, it's " + str(R.randint(60, 95)) + " degrees on the display?"])], "16-digit serial number, model, appointment"
    if k == 10:
        return [("customer", ["invoice INV-" + str(R.randint(2019, 2026)) + "-" + rdig(6) + " says I owe $" + "{:,}".format(R.randint(1000, 90000)) + "." + rdig(2)]),
                ("agent", ["That includes " + str(R.randint(2, 30)) + "% interest since " + str(R.randint(2015, 2025)) + "."])], "invoice number, amount, percentage, year"
    if k == 11:
        s = R.choice(STREET_NAMES) + " " + R.choice(STREETS[:12])
        return [("customer", ["the leak is on " + s + " near the roundabout, by the bus stop"]),
                ("agent", ["Thanks, I've logged it as incident " + rdig(7) + ", crew out within " + str(R.randint(2, 6)) + " hours."])], "road name only with incident number"
    if k == 12:
        return [("agent", ["your ticket number is " + spoken(rdig(11), fill=0.2)]),
                ("customer", ["thanks and the payment date is the " + ordn(R.randint(1, 28)) + " of " + R.choice(MONTHS)])], "11-digit ticket number spoken like a phone number"
    if k == 13:
        return [("customer", ["transaction id " + rdig(18) + " for " + str(R.randint(2, 9)) + " items, total \u20ac" + str(R.randint(10, 500)) + "." + rdig(2)]),
                ("agent", ["Refund of that amount will show in 3 to 5 working days."])], "18-digit transaction id"
    if k == 14:
        return [("customer", ["contract started " + "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2025)) + " and its " + str(R.randint(12, 36)) + " months"]),
                ("agent", ["Yes, and your next payment of \u00a3" + str(R.randint(10, 99)) + ".99 is due " + "%02d/%02d/%d" % (R.randint(1, 28), R.randint(1, 12), 2026)])], "contract and payment dates"
    return [("customer", ["booking reference " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
                          + ", thats " + str(R.randint(2, 6)) + " adults, room temp was " + str(R.randint(15, 30)) + " degrees"]),
            ("agent", ["Sorry about that, we've refunded " + str(R.randint(10, 50)) + "% of the \u00a3" + str(R.randint(200, 2000)) + " stay."])], "booking reference, counts, temperature, percentage"


# =========================================================================== assemble
def generate():
    cases = []
    plan = ([CARD_T[i % len(CARD_T)] for i in range(96)] + [SSN_T[i % len(SSN_T)] for i in range(42)]
            + [NI_T[i % len(NI_T)] for i in range(42)] + [OTHER_T[i % len(OTHER_T)] for i in range(84)])
    R.shuffle(plan)
    for i, fn in enumerate(plan):
        turns, note = fn()
        t, spans, groups = build(turns)
        cases.append(({"id": "h394-pos-%03d" % (i + 1), "kind": "positive", "turns": t, "spans": spans, "note": note}, groups))
    for i in range(120):
        turns, note = neg()
        t, spans, groups = build(turns)
        cases.append(({"id": "h394-neg-%03d" % (i + 1), "kind": "negative", "turns": t, "spans": spans, "note": note}, groups))
    return cases


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def check(cases, text):
    errs = []
    with open(OUT, "rb") as fh:
        if fh.read() != text.encode("utf-8"):
            errs.append("file differs from regenerated output")
    ids = [c["id"] for c, _ in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c, groups in cases:
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append(c["id"] + ": positive without spans")
        else:
            nneg += 1
            if c["spans"]:
                errs.append(c["id"] + ": negative with spans")
        for tr in c["turns"]:
            if tr["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        byturn = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"]); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r not trimmed" % (c["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c["id"] + ": overlapping spans")
        for g, info in groups.items():
            if not validate_group(info["typ"], info["mode"], info["parts"]):
                errs.append("%s: invalid %s value %r" % (c["id"], info["typ"], info["parts"]))
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, n in need.items():
        if counts[t] < n:
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases = generate()
    text = serialise(cases)
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(cases, text)
        for e in errs[:50]:
            print("ERROR", e)
        print("positive=%d negative=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK FAILED" if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

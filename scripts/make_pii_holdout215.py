#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h215.

Written by an AI helper acting as an independent author who did not see the
redaction code. Standard library only; fully deterministic (seed 215241125).

    python scripts/make_pii_holdout215.py          # write fixture + README
    python scripts/make_pii_holdout215.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys

SEED = 215241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout215")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# ----------------------------------------------------------------- words
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty",
        9: "ninety"}
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray",
        "Y": "yankee", "Z": "zulu"}
ALT_NATO = {"apple": "A", "bob": "B", "charlie": "C", "david": "D", "edward": "E", "freddie": "F",
            "george": "G", "harry": "H", "jack": "J", "king": "K", "london": "L", "mary": "M",
            "nellie": "N", "peter": "P", "queen": "Q", "robert": "R", "sugar": "S", "tommy": "T",
            "victor": "V", "william": "W", "yellow": "Y", "zebra": "Z"}
LETTER_HOMO = {"bee": "B", "be": "B", "see": "C", "sea": "C", "dee": "D", "jay": "J", "kay": "K",
               "are": "R", "tea": "T", "tee": "T", "why": "Y", "ex": "X", "pea": "P", "pee": "P",
               "aitch": "H", "haitch": "H", "el": "L", "em": "M", "en": "N", "zed": "Z",
               "zee": "Z", "ay": "A", "queue": "Q", "cue": "Q", "ess": "S", "gee": "G",
               "vee": "V", "ef": "F"}
DIGIT_HOMO = {"to": "2", "too": "2", "won": "1", "ate": "8", "for": "4", "fore": "4", "tree": "3",
              "free": "3", "sex": "6", "nein": "9"}
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught", "nil"}
FILLER = {"um", "uh", "er", "erm", "ah", "sorry", "dash", "hyphen", "space", "slash", "and",
          "then"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def zero_word(country):
    if country == "UK":
        return R.choice(["oh", "oh", "zero", "nought"])
    if country == "IE":
        return R.choice(["oh", "zero", "o"])
    return R.choice(["zero", "oh", "oh", "o"])


def dword(d, zw="zero"):
    return zw if d == "0" else ONES[int(d)]


def pair_word(p, zw="oh"):
    n = int(p)
    if p[0] == "0":
        return zw + " " + ONES[n] if n else zw + " " + zw
    if n < 20:
        return TEENS[n - 10]
    if n % 10 == 0:
        return TENS[n // 10]
    return TENS[n // 10] + " " + ONES[n % 10]


def say_plain(s, zw, doubles=True, homo=0.0):
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        if doubles and run == 3 and R.random() < 0.7:
            out.append("triple " + dword(d, zw))
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + dword(d, zw))
            i += 2
            continue
        w = dword(d, zw)
        if homo and R.random() < homo:
            w = {"2": "to", "8": "ate", "1": "won", "4": "for"}.get(d, w)
        out.append(w)
        i += 1
    return " ".join(out)


def say_pairs(s, zw):
    if len(s) % 2:
        return dword(s[0], zw) + " " + say_pairs(s[1:], zw) if len(s) > 1 else dword(s, zw)
    return " ".join(pair_word(s[i:i + 2], zw) for i in range(0, len(s), 2))


def say_hundred(s, zw):
    """three digits without leading zero: 'four hundred and twelve'"""
    h, rest = s[0], s[1:]
    if rest == "00":
        return ONES[int(h)] + " hundred"
    if rest[0] == "0":
        return ONES[int(h)] + " hundred and " + ONES[int(rest[1])]
    return ONES[int(h)] + " hundred " + R.choice(["and ", ""]) + pair_word(rest, zw)


def say_group(g, zw, homo=0.0):
    return safe(g, lambda: _say_group(g, zw, homo))


def _say_group(g, zw, homo=0.0):
    r = R.random()
    if len(g) == 3 and g[0] != "0" and r < 0.25:
        return say_hundred(g, zw)
    if len(g) % 2 == 0 and r < 0.45:
        return say_pairs(g, zw)
    if len(g) == 4 and r < 0.6:
        return say_plain(g[:2], zw, homo=homo) + " " + pair_word(g[2:], zw)
    return say_plain(g, zw, homo=homo)


def safe(val, fn, tries=30):
    """re-draw a spoken rendering until it reads back unambiguously as val"""
    for _ in range(tries):
        out = fn()
        if normalise(out) == val:
            return out
    return say_plain(val, "zero", doubles=False)


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


# ----------------------------------------------------------------- values
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


def rdigits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def gen_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa19", "visa13", "maestro"])
    if kind == "visa":
        body = "4" + rdigits(14)
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]) 
        body += rdigits(15 - len(body))
    elif kind == "amex":
        body = R.choice(["34", "37"]) + rdigits(12)
    elif kind == "disc":
        body = "6011" + rdigits(11)
    elif kind == "visa19":
        body = "4" + rdigits(17)
    elif kind == "visa13":
        body = "4" + rdigits(11)
    else:
        body = "6759" + rdigits(14)
    # make runs more likely so doubles/triples appear
    if R.random() < 0.4:
        i = R.randrange(2, len(body) - 2)
        body = body[:i] + body[i] * 2 + body[i + 2:]
    if R.random() < 0.5:
        i = R.randrange(2, len(body) - 1)
        body = body[:i] + "0" + body[i + 1:]
    return body + luhn_digit(body)


def card_groups(num):
    n = len(num)
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 13:
        return [4, 4, 5]
    if n == 19:
        return [4, 4, 4, 4, 3]
    return [4] * (n // 4) + ([n % 4] if n % 4 else [])


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdigits(6) + R.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(c, 36)) for c in s))
    return "%02d" % (98 - n % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def gen_iban():
    c = R.choice(["GB", "GB", "IE", "DE", "FR", "NL", "ES"])
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "MIDL"]) + rdigits(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "IPBS"]) + rdigits(14)
    elif c == "DE":
        bban = rdigits(18)
    elif c == "FR":
        bban = rdigits(23)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABN"]) + rdigits(10)
    else:
        bban = rdigits(20)
    return c + iban_check(c, bban) + bban


UK_OUT = ["SW1A", "M1", "B33", "EH1", "CF10", "LS6", "G12", "BS8", "NE1", "L17", "W1T", "E14",
          "SE15", "N7", "CB2", "RG1", "BT9", "DH1", "SK4", "TW9"]
UK_IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def gen_uk_postcode():
    return R.choice(UK_OUT) + " " + str(R.randint(0, 9)) + R.choice(UK_IN_L) + R.choice(UK_IN_L)


UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    if R.random() < 0.25:
        z += "-" + rdigits(4)
    return z


STREETS = ["Elm Street", "Victoria Road", "Church Lane", "Maple Avenue", "High Street",
           "Station Road", "Oak Drive", "Willow Close", "Park Crescent", "Queen Street",
           "Main Street", "Cedar Court", "Mill Lane", "Kingsway", "Riverside Drive", "Grove Road",
           "Sycamore Way", "Harbour View", "Orchard Terrace", "Lincoln Boulevard"]
STREET_RE = re.compile(r"(street|road|lane|avenue|drive|close|crescent|court|way|view|terrace|"
                       r"boulevard|kingsway|place|st|rd|ave)\b", re.I)
FIRST = ["john", "sarah", "priya", "liam", "aoife", "mohammed", "chloe", "david", "emma", "tomasz",
         "grace", "ciaran", "fatima", "oliver", "maria", "kevin", "hannah", "sean"]
LAST = ["doe", "smith", "patel", "murphy", "oconnor", "nowak", "jones", "khan", "brennan",
        "garcia", "walsh", "taylor", "obrien", "kowalski", "evans"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("proton", "me"),
           ("web", "de"), ("aol", "com")]


def gen_phone(country):
    if country == "UK":
        t = R.random()
        if t < 0.5:
            return "07700 900" + rdigits(3), "07700900"
        if t < 0.75:
            return "020 7946 0" + rdigits(3), "0207946"
        return "0161 496 0" + rdigits(3), "01614960"
    if country == "US":
        ac = R.choice(["415", "212", "312", "617", "206", "512", "303"])
        return ac + "555" + "01" + rdigits(2), ac
    ie = R.choice(["087", "086", "085", "083"])
    return ie + rdigits(7), ie


# ----------------------------------------------------------------- normaliser
def normalise(text):
    """Turn a typed or ASR-spoken span into a string of digits/letters."""
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out = []
    i = 0

    def unit(t):
        if t in ZERO_WORDS:
            return "0"
        if t in ONES:
            return str(ONES.index(t))
        return None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            v = normalise(nxt or "")
            out.append(v * k)
            i += 2
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        u = unit(t)
        if u is not None and nxt == "hundred":
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            rest = "00"
            if i < len(toks):
                tt = toks[i]
                if tt in TEENS:
                    rest = str(10 + TEENS.index(tt))
                    i += 1
                elif tt in TENS.values():
                    tv = [k for k, v in TENS.items() if v == tt][0]
                    if i + 1 < len(toks) and toks[i + 1] in ONES[1:]:
                        rest = str(tv) + str(ONES.index(toks[i + 1]))
                        i += 2
                    else:
                        rest = str(tv) + "0"
                        i += 1
                elif tt in ONES[1:]:
                    rest = "0" + str(ONES.index(tt))
                    i += 1
            out.append(u + rest)
            continue
        if u is not None:
            out.append(u)
            i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t)))
            i += 1
            continue
        if t in TENS.values():
            tv = [k for k, v in TENS.items() if v == t][0]
            if nxt in ONES[1:]:
                out.append(str(tv) + str(ONES.index(nxt)))
                i += 2
            else:
                out.append(str(tv) + "0")
                i += 1
            continue
        if t == "for" and (nxt in NATO.values() or nxt in ALT_NATO):
            i += 2  # "b for bravo": the letter was already taken
            continue
        if t in NATO.values():
            out.append(t[0].upper())
            i += 1
            continue
        if t in ALT_NATO:
            out.append(ALT_NATO[t])
            i += 1
            continue
        if t in LETTER_HOMO:
            out.append(LETTER_HOMO[t])
            i += 1
            continue
        if t in DIGIT_HOMO:
            out.append(DIGIT_HOMO[t])
            i += 1
            continue
        if t in FILLER:
            i += 1
            continue
        if len(t) == 1 and t.isalpha():
            out.append(t.upper())
            i += 1
            continue
        if re.match(r"^[a-z0-9]+$", t) and (len(t) <= 4 or re.search(r"\d", t)) and t not in MONTHS:
            out.append(t.upper())
            i += 1
            continue
        out.append("?" + t)
        i += 1
    return "".join(out)


def validate(typ, text, mode):
    """return None if ok else an error string"""
    if typ == "EMAIL":
        if re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", text):
            return None
        if " at " in text.lower() and " dot " in text.lower():
            return None
        return "bad email"
    if typ == "ADDRESS":
        return None if (re.search(r"\d", normalise(text)) and STREET_RE.search(text)) else "bad address"
    if typ == "DOB":
        low = text.lower()
        n = normalise(re.sub("|".join(MONTHS), " ", low).replace("st ", " ").replace("th ", " "))
        if any(m in low for m in MONTHS) or len(re.sub(r"\D", "", n)) >= 4:
            return None
        return "bad dob"
    if typ == "EXPIRY":
        low = text.lower()
        if any(m in low for m in MONTHS):
            return None
        d = re.sub(r"\D", "", normalise(low))
        return None if 3 <= len(d) <= 6 else "bad expiry %r" % d
    n = normalise(text)
    if "?" in n:
        return "unparsed %r" % n
    if mode == "frag":
        return None if re.fullmatch(r"[A-Z0-9]{2,19}", n) else "bad fragment %r" % n
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "bad card %r" % n
    if typ == "SSN":
        return None if re.fullmatch(r"\d{9}", n) else "bad ssn %r" % n
    if typ == "NI_NUMBER":
        return None if NI_RE.match(n) else "bad ni %r" % n
    if typ == "IBAN":
        return None if iban_ok(n) else "bad iban %r" % n
    if typ == "SORT_CODE":
        return None if re.fullmatch(r"\d{6}", n) else "bad sort %r" % n
    if typ == "BANK_ACCOUNT":
        return None if re.fullmatch(r"\d{6,12}", n) else "bad account %r" % n
    if typ == "CVV":
        return None if re.fullmatch(r"\d{3,4}", n) else "bad cvv %r" % n
    if typ == "PHONE":
        return None if re.fullmatch(r"\d{10,13}", n) else "bad phone %r" % n
    if typ == "POSTCODE":
        if UKPC_RE.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n):
            return None
        return "bad postcode %r" % n
    return "unknown type"


# ----------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> (type, mode, [span idx])
        self._gid = 0

    def gid(self):
        self._gid += 1
        return self._gid

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 else self.gid()
            mode = seg[3] if len(seg) > 3 else "full"
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            g = self.groups.setdefault(gid, (typ, mode, []))
            g[2].append(len(self.spans) - 1)
        self.turns.append({"speaker": speaker, "text": text})
        return self

    def a(self, *segs):
        return self.t("agent", *segs)

    def c(self, *segs):
        return self.t("customer", *segs)


POS, NEG = [], []


def P(note):
    c = Case("positive", note)
    POS.append(c)
    return c


def N(note):
    c = Case("negative", note)
    NEG.append(c)
    return c


def ch(*xs):
    return R.choice(xs)


INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]
ACKS = ["mhm", "okay go on", "yep", "uh huh", "got it", "okay", "right", "yes go ahead", "and then"]


def ack():
    return ch(*ACKS)


# ======================================================================= CARD
def typed_card(num):
    gs = groups_of(num, card_groups(num))
    style = R.random()
    if style < 0.25:
        return " ".join(gs)
    if style < 0.45:
        return "-".join(gs)
    if style < 0.55:
        return num
    if style < 0.65:
        return ".".join(gs)
    if style < 0.75:
        return "  ".join(gs)
    if style < 0.85:
        return " - ".join(gs)
    # mixed separators / one group run together (typo-like)
    out = gs[0]
    for g in gs[1:]:
        out += ch(" ", "-", "", " ", "/")
        out += g
    return out


def spoken_card(num, zw, homo=0.0, filler=0.0, sep=" "):
    return safe(num, lambda: _spoken_card(num, zw, homo, filler, sep))


def _spoken_card(num, zw, homo=0.0, filler=0.0, sep=" "):
    gs = groups_of(num, card_groups(num))
    parts = []
    for k, g in enumerate(gs):
        parts.append(say_group(g, zw, homo=homo))
        if k < len(gs) - 1 and R.random() < filler:
            parts[-1] += " " + ch("um", "uh", "er", "erm")
    return sep.join(parts)


def card_cases():
    for i in range(16):  # chat
        ind = ch(*INDUSTRY)
        num = gen_card()
        v = typed_card(num)
        pre = ch("card number is ", "Card no: ", "my card is ", "its ", "card: ", "pls charge ",
                 "the long number is ", "CARD NUMBER ", "number on card - ", "heres the card ")
        post = ch(" thanks", "", " if you can take it now", ", exp next year", ".", " cheers",
                  " and the balance is £" + str(R.randint(20, 400)) + "." + rdigits(2),
                  " (its a " + ch("visa", "mastercard", "debit card") + ")")
        if R.random() < 0.3:
            pre = pre.upper() if R.random() < 0.3 else pre.capitalize()
        c = P("chat/%s: card typed with '%s'-style grouping (%d digits)" % (ind, v[4:5] or "none", len(num)))
        c.a(ch("Could you type the card number you'd like to use?", "Please provide the payment card details.",
               "How would you like to pay today?"))
        c.c(pre, (v, "CARD_NUMBER"), post)
    for i in range(14):  # call one turn
        ind = ch(*INDUSTRY)
        cn = ch("UK", "US", "IE")
        zw = zero_word(cn)
        num = gen_card()
        v = spoken_card(num, zw, homo=ch(0.0, 0.0, 0.15), filler=ch(0.0, 0.3))
        c = P("call/%s/%s: %d-digit card spoken in one turn (groups, pairs, doubles, '%s')" % (ind, cn, len(num), zw))
        c.a(ch("okay and the long number across the front of the card please",
               "can i take the sixteen digit number", "go ahead with the card number when you're ready",
               "and what's the card number"))
        c.c(ch("yeah it's ", "okay so ", "right ", "um ", "it's "), (v, "CARD_NUMBER"),
            ch("", " yeah", " that's it", " did you get that", " and that's a visa debit"))
    for i in range(10):  # call split over turns
        ind = ch(*INDUSTRY)
        cn = ch("UK", "US", "IE")
        zw = zero_word(cn)
        num = gen_card(ch("visa", "mc", "amex", "visa19"))
        gs = groups_of(num, card_groups(num))
        c = P("call/%s/%s: card split across %d customer turns with back-channels" % (ind, cn, len(gs)))
        c.a("go ahead with the card number when you're ready")
        g = c.gid()
        for k, grp in enumerate(gs):
            pre = ch("right ", "okay ", "", "") if k == 0 else ch("", "", "then ", "uh ")
            c.c(pre, (say_group(grp, zw), "CARD_NUMBER", g), ch("", "", " yeah", " um"))
            if k < len(gs) - 1:
                c.a(ack())
        c.a(ch("lovely thank you", "perfect", "okay got that"))
    for i in range(6):  # correction
        cn = ch("UK", "US")
        zw = zero_word(cn)
        num = gen_card("visa")
        wrong = num[:4] + str((int(num[4]) + 3) % 10) + num[5:8]
        c = P("call/%s: caller starts the card, corrects a digit and restarts" % ch(*INDUSTRY))
        c.a("and the card number please")
        c.c((say_plain(wrong[:4], zw) + " " + say_plain(wrong[4:], zw), "CARD_NUMBER", c.gid(), "frag"),
            ch(" no sorry wait let me start again ", " oh hang on that's wrong sorry it's ", " no no sorry "),
            (spoken_card(num, zw), "CARD_NUMBER"))
    for i in range(6):  # agent read-back
        cn = ch("UK", "US", "IE")
        zw = zero_word(cn)
        num = gen_card(ch("visa", "mc"))
        c = P("call/%s/%s: customer reads card, agent reads it back for confirmation" % (ch(*INDUSTRY), cn))
        c.a("what's the card number")
        c.c((spoken_card(num, zw), "CARD_NUMBER"))
        c.a(ch("so just to confirm that's ", "let me read that back ", "okay i have "),
            (spoken_card(num, zw, sep=ch(" ", ", ")), "CARD_NUMBER"), ch(" is that right", " correct", ""))
        c.c(ch("yes that's right", "yep", "correct"))
    for i in range(5):  # mixed digits as numerals in ASR output with other numbers around
        num = gen_card("visa")
        gs = groups_of(num, card_groups(num))
        amt = R.randint(30, 250)
        c = P("call/%s: ASR emitted numerals for some groups and words for others; amount nearby" % ch(*INDUSTRY))
        c.a("so that's %d pounds today what card would you like to use" % amt)
        v = gs[0] + " " + say_plain(gs[1], "oh") + " " + gs[2] + " " + say_pairs(gs[3], "oh")
        c.c("the visa ending in %s actually no the other one " % ch("the blue", "my business"), (v, "CARD_NUMBER"))


# ======================================================================= CVV / EXPIRY
def expiry_forms(cn):
    m = R.randint(1, 12)
    y = R.randint(25, 32)
    forms = ["%02d/%d" % (m, y), "%02d/20%d" % (m, y), "%d-%d" % (m, y), "%02d %d" % (m, y),
             MONTHS[m - 1].capitalize() + " 20%d" % y]
    spoken = [pair_word("%02d" % m, zero_word(cn)) + " " + pair_word(str(y)),
              MONTHS[m - 1] + " twenty " + pair_word(str(y)),
              MONTHS[m - 1] + " " + pair_word(str(y)),
              say_plain("%02d" % m, zero_word(cn), doubles=False) + " " + say_plain(str(y), "oh", doubles=False),
              "the end of " + MONTHS[m - 1] + " twenty " + pair_word(str(y))]
    return R.choice(forms), R.choice(spoken)


def cvv_exp_cases():
    for i in range(8):
        num = gen_card(ch("visa", "mc", "amex"))
        cv = rdigits(4 if num[:2] in ("34", "37") else 3)
        typed, spoken = expiry_forms("UK")
        c = P("chat/%s: card, expiry and CVV typed in one message" % ch(*INDUSTRY))
        c.a("Please send the card number, expiry date and security code.")
        c.c((typed_card(num), "CARD_NUMBER"), ch(" exp ", " expires ", ", "), (typed, "EXPIRY"),
            ch(" cvv ", " cvc: ", " sec code ", " - code "), (cv, "CVV"))
    for i in range(9):
        cn = ch("UK", "US", "IE")
        zw = zero_word(cn)
        typed, spoken = expiry_forms(cn)
        cv = rdigits(3)
        c = P("call/%s/%s: expiry and CVV in separate answers, spoken" % (ch(*INDUSTRY), cn))
        c.a("and the expiry date on the card")
        c.c(ch("it's ", "um ", "expires ", ""), (spoken, "EXPIRY"))
        c.a("and the three digit security code on the back")
        v = ch(say_plain(cv, zw), say_hundred(cv, zw) if cv[0] != "0" else say_plain(cv, zw))
        c.c(ch("", "it's ", "that's "), (v, "CVV"), ch("", " yeah"))
    for i in range(4):
        cn = ch("UK", "US")
        zw = zero_word(cn)
        typed, spoken = expiry_forms(cn)
        cv = rdigits(3)
        c = P("call/%s: expiry and CVV in one turn with a price mentioned" % ch(*INDUSTRY))
        c.a("the total is %d dollars %d so i need the expiry and the code" % (R.randint(10, 99), R.randint(10, 99)))
        c.c("expiry ", (spoken, "EXPIRY"), " and the code is ", (say_plain(cv, zw), "CVV"))


# ======================================================================= SSN
def typed_ssn(s):
    a, b, c = s[:3], s[3:5], s[5:]
    return ch(a + "-" + b + "-" + c, a + " " + b + " " + c, s, a + "." + b + "." + c,
              a + " - " + b + " - " + c, a + "-" + b + c, a + "/" + b + "/" + c, " ".join(s),
              a + "_" + b + "_" + c)


def spoken_ssn(s, zw):
    return safe(s, lambda: _spoken_ssn(s, zw))


def _spoken_ssn(s, zw):
    a, b, c = s[:3], s[3:5], s[5:]
    r = R.random()
    if r < 0.3:
        return say_plain(s, zw)
    if r < 0.5:
        return say_plain(a, zw) + " " + pair_word(b, zw) + " " + say_pairs(c, zw)
    if r < 0.65 and a[0] != "0":
        return say_hundred(a, zw) + " " + say_plain(b, zw) + " " + say_plain(c, zw)
    if r < 0.8:
        return say_plain(a, zw) + ch(" dash ", ", ", " ") + say_plain(b, zw) + ch(" dash ", ", ", " ") + say_group(c, zw)
    return dword(a[0], zw) + " " + pair_word(a[1:], zw) + " " + say_group(b, zw) + " " + say_group(c, zw)


def ssn_cases():
    for i in range(12):
        s = gen_ssn()
        ind = ch("banking", "insurance", "government services", "healthcare billing", "telecom")
        c = P("chat/US/%s: SSN typed" % ind)
        c.a(ch("To verify your identity, please enter your Social Security number.",
               "I'll need the SSN on the account.", "Can you confirm the primary holder's SSN?"))
        c.c(ch("sure ", "SSN ", "ssn: ", "its ", "my social is ", "Social security # ", ""), (typed_ssn(s), "SSN"),
            ch("", " - born in " + str(R.randint(1950, 1999)), " thx", ". my zip is unchanged", " and I'm calling about claim 48213"))
    for i in range(12):
        s = gen_ssn()
        zw = zero_word("US")
        c = P("call/US/%s: SSN spoken in one turn (pairs/hundreds/dashes)" % ch("banking", "insurance", "government services", "healthcare billing"))
        c.a(ch("can i get your social security number please", "and the social", "what's your social"))
        c.c(ch("yeah it's ", "sure ", "okay ", "um "), (spoken_ssn(s, zw), "SSN"), ch("", " yeah", " i think that's right"))
    for i in range(8):
        s = gen_ssn()
        zw = zero_word("US")
        c = P("call/US/%s: SSN split 3-2-4 across turns with back-channels" % ch("banking", "government services", "insurance"))
        c.a("okay i just need your social to verify")
        g = c.gid()
        c.c(ch("sure it's ", "okay ", ""), (say_group(s[:3], zw), "SSN", g))
        c.a(ack())
        c.c((say_group(s[3:5], zw), "SSN", g))
        c.a(ack())
        c.c((say_group(s[5:], zw), "SSN", g), ch("", " yeah"))
    for i in range(6):
        s = gen_ssn()
        zw = zero_word("US")
        c = P("call/US/%s: SSN spoken, agent reads it back" % ch("banking", "healthcare billing"))
        c.a("and your social security number")
        c.c((spoken_ssn(s, zw), "SSN"))
        c.a("thank you so that's ", (spoken_ssn(s, zw), "SSN"), " correct")
        c.c("yes")
    for i in range(4):
        s = gen_ssn()
        zw = zero_word("US")
        wrong = s[:3] + pair_word("%02d" % ((int(s[3:5]) + 11) % 90 + 1), zw)
        c = P("call/US/government services: SSN with a self-correction of the middle group")
        c.a("social security number please")
        c.c((say_plain(s[:3], zw) + " " + pair_word("%02d" % ((int(s[3:5]) + 11) % 90 + 1), zw), "SSN", c.gid(), "frag"),
            " sorry no it's ", (spoken_ssn(s, zw), "SSN"))


# ======================================================================= NI
def typed_ni(n):
    p, d, s = n[:2], n[2:8], n[8]
    r = R.random()
    if r < 0.2:
        v = n
    elif r < 0.45:
        v = p + " " + d[:2] + " " + d[2:4] + " " + d[4:] + " " + s
    elif r < 0.55:
        v = p + "-" + d[:2] + "-" + d[2:4] + "-" + d[4:] + "-" + s
    elif r < 0.65:
        v = p + " " + d + " " + s
    elif r < 0.75:
        v = p + d + " " + s
    elif r < 0.85:
        v = p + " " + d[:2] + d[2:4] + " " + d[4:] + s
    elif r < 0.93:
        v = p + "." + d[:2] + "." + d[2:4] + "." + d[4:] + "." + s
    else:
        v = p[0] + " " + p[1] + " " + " ".join(d) + " " + s
    return v.lower() if R.random() < 0.3 else v


def say_letter(L, style):
    if style == "plain":
        return L.lower()
    if style == "nato":
        return NATO[L]
    if style == "for":
        return L.lower() + " for " + NATO[L]
    homo = [k for k, v in LETTER_HOMO.items() if v == L]
    return R.choice(homo) if homo else L.lower()


def _ni_digits(d, zw):
    ds = ch("plain", "pairs", "mixed")
    if ds == "plain":
        return say_plain(d, zw)
    if ds == "pairs":
        return say_pairs(d, zw)
    return say_plain(d[:2], zw) + " " + pair_word(d[2:4], zw) + " " + say_plain(d[4:], zw)


def spoken_ni(n, zw):
    st = ch("plain", "plain", "nato", "for", "homo")
    letters = " ".join(say_letter(L, st) for L in n[:2])
    d = n[2:8]
    digits = safe(d, lambda: _ni_digits(d, zw))
    return letters, digits, say_letter(n[8], ch("plain", "nato", "for", st))


def ni_cases():
    for i in range(12):
        n = gen_ni()
        ind = ch("government services", "banking", "insurance", "utilities", "healthcare billing")
        c = P("chat/UK/%s: NI number typed" % ind)
        c.a(ch("Please could you confirm your National Insurance number?", "What's your NI number?",
               "For the claim I need your NINO."))
        c.c(ch("", "its ", "NI: ", "ni no ", "National insurance - ", "sure, "), (typed_ni(n), "NI_NUMBER"),
            ch("", " thanks", ". Also my payment of £" + str(R.randint(50, 900)) + " hasnt arrived", " :)"))
    for i in range(12):
        n = gen_ni()
        zw = zero_word("UK")
        l, d, s = spoken_ni(n, zw)
        c = P("call/UK/%s: NI number spoken in one turn (letters plain/NATO/homophone, digits words)" % ch("government services", "banking", "insurance", "utilities"))
        c.a(ch("and your national insurance number please", "can you give me your n i number",
               "i'll just need your national insurance"))
        c.c(ch("yeah it's ", "okay ", "um it's ", ""), (l + " " + d + " " + s, "NI_NUMBER"), ch("", " yeah", " i think"))
    for i in range(8):
        n = gen_ni()
        zw = zero_word("UK")
        l, d, s = spoken_ni(n, zw)
        c = P("call/UK/%s: NI number split letters / digits / suffix across turns" % ch("government services", "banking", "insurance"))
        c.a("what's your national insurance number")
        g = c.gid()
        c.c(ch("right it starts ", "okay ", ""), (l, "NI_NUMBER", g))
        c.a(ack())
        if R.random() < 0.5:
            c.c((d, "NI_NUMBER", g))
            c.a(ack())
            c.c("and then ", (s, "NI_NUMBER", g), ch(" at the end", ""))
        else:
            c.c((d + " " + s, "NI_NUMBER", g))
    for i in range(5):
        n = gen_ni()
        zw = zero_word("UK")
        l, d, s = spoken_ni(n, zw)
        c = P("call/UK/government services: NI number spoken, agent reads it back with NATO letters")
        c.a("national insurance number please")
        c.c((l + " " + d + " " + s, "NI_NUMBER"))
        c.a("so that's ", (NATO[n[0]] + " " + NATO[n[1]] + " " + say_plain(n[2:8], "zero", doubles=False) + " " + NATO[n[8]], "NI_NUMBER"), " yeah")
        c.c("that's it")
    for i in range(4):
        n = gen_ni()
        zw = zero_word("UK")
        c = P("call/UK/benefits: NI with a self-correction of the digits")
        c.a("can you give me your ni number")
        c.c((n[0].lower() + " " + n[1].lower() + " " + say_plain(n[2:5], zw), "NI_NUMBER", c.gid(), "frag"),
            ch(" no sorry hang on ", " sorry i'll start again ", " wait no "),
            (n[0].lower() + " " + n[1].lower() + " " + say_plain(n[2:8], zw) + " " + n[8].lower(), "NI_NUMBER"))


# ======================================================================= bank
def bank_cases():
    for i in range(8):
        sc = rdigits(6)
        acct = rdigits(8)
        zw = zero_word("UK")
        if i % 2:
            c = P("chat/UK/banking: sort code and account number typed")
            c.a("Please provide the sort code and account number for the refund.")
            c.c("sort code ", (ch(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]), "SORT_CODE"),
                ch(" acc ", ", account no. ", " and account "), (acct, "BANK_ACCOUNT"))
        else:
            c = P("call/UK/%s: sort code (pairs) and account number across turns" % ch("banking", "utilities", "insurance"))
            c.a("what's the sort code")
            c.c((ch(say_pairs(sc, zw), say_plain(sc, zw)), "SORT_CODE"))
            c.a("and the account number")
            c.c(ch("it's ", ""), (say_group(acct[:4], zw) + ch(" ", " um ") + say_group(acct[4:], zw), "BANK_ACCOUNT"))
    for i in range(6):
        acct = rdigits(R.choice([10, 11, 12]))
        rt = "0" + rdigits(8)
        c = P("call/US/banking: checking account number spoken, routing-like context")
        c.a("and the account number for the direct deposit")
        c.c("the account number is ", (say_plain(acct, zero_word("US")), "BANK_ACCOUNT"))
    for i in range(6):
        sc = rdigits(6)
        c = P("call/IE/banking: sort code read out with agent read-back")
        c.a("and the sort code")
        c.c((say_plain(sc, zero_word("IE")), "SORT_CODE"))
        c.a("so ", (pair_word(sc[:2]) + " " + pair_word(sc[2:4]) + " " + pair_word(sc[4:]), "SORT_CODE"), " okay")


def typed_iban(ib):
    if R.random() < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib if R.random() < 0.7 else ib.lower()


def iban_cases():
    for i in range(9):
        ib = gen_iban()
        c = P("chat/EU/%s: IBAN typed (%s)" % (ch("banking", "travel", "retail"), ib[:2]))
        c.a("Could you share the IBAN for the refund?")
        c.c(ch("IBAN: ", "iban ", "sure its ", ""), (typed_iban(ib), "IBAN"), ch("", " (bic not needed?)", " thanks"))
    for i in range(5):
        ib = gen_iban()
        zw = zero_word("IE")
        parts = [say_letter(ib[0], "plain") + " " + say_letter(ib[1], "plain"), say_pairs(ib[2:4], zw)]
        rest = ib[4:]
        for j in range(0, len(rest), 4):
            g = rest[j:j + 4]
            if g.isdigit():
                parts.append(say_plain(g, zw))
            else:
                parts.append(" ".join(say_letter(x, "plain") if x.isalpha() else dword(x, zw) for x in g))
        c = P("call/%s/banking: IBAN spoken in words across two turns" % ib[:2])
        c.a("go ahead with the iban")
        g = c.gid()
        half = len(parts) // 2 + 1
        c.c((" ".join(parts[:half]), "IBAN", g))
        c.a(ack())
        c.c((" ".join(parts[half:]), "IBAN", g))


# ======================================================================= phone / email
def phone_cases():
    for i in range(8):
        cn = ch("UK", "US", "IE")
        num, _ = gen_phone(cn)
        if cn == "US":
            v = ch("(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s.%s.%s" % (num[:3], num[3:6], num[6:]),
                   "+1 %s %s %s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]))
        elif cn == "UK":
            d = num.replace(" ", "")
            v = ch(num, "+44 " + d[1:5] + " " + d[5:], "+44 (0)" + d[1:], d)
        else:
            v = ch(num[:3] + " " + num[3:6] + " " + num[6:], "+353 " + num[1:3] + " " + num[3:], num)
        c = P("chat/%s/%s: phone number typed" % (cn, ch(*INDUSTRY)))
        c.a("What's the best number to reach you on?")
        c.c(ch("", "call me on ", "mob: ", "its "), (v, "PHONE"), ch("", " after 5pm", " anytime before 9"))
    for i in range(8):
        cn = ch("UK", "US", "IE")
        zw = zero_word(cn)
        num, _ = gen_phone(cn)
        d = num.replace(" ", "")
        if cn == "UK":
            v = say_plain(d[:5], zw) + " " + say_group(d[5:8], zw) + " " + say_group(d[8:], zw)
        elif cn == "US":
            v = say_plain(d[:3], zw) + " " + say_plain(d[3:6], zw) + " " + say_pairs(d[6:], zw)
        else:
            v = say_plain(d[:3], zw) + " " + say_plain(d[3:], zw)
        c = P("call/%s/%s: phone number spoken with doubles/pairs" % (cn, ch(*INDUSTRY)))
        c.a("and a contact number")
        c.c(ch("it's ", "yeah ", ""), (v, "PHONE"), ch("", " that's my mobile"))


def email_cases():
    for i in range(7):
        f, l = ch(*FIRST), ch(*LAST)
        dom, tld = ch(*DOMAINS)
        local = ch(f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), l + "." + f[0], f + str(R.randint(70, 99)))
        c = P("chat/%s: e-mail typed" % ch(*INDUSTRY))
        c.a("What email should we send the confirmation to?")
        c.c(ch("", "email is ", "pls use "), (local + "@" + dom + "." + tld, "EMAIL"), ch("", " thanks", "."))
    for i in range(7):
        f, l = ch(*FIRST), ch(*LAST)
        dom, tld = ch(*DOMAINS)
        sep = ch(" dot ", " underscore ", " ")
        local = ch(f + sep + l, f[0] + " " + l, " ".join(f) + " " + l)
        c = P("call/%s: e-mail dictated with 'at' and 'dot'" % ch(*INDUSTRY))
        c.a("and your email address")
        c.c(ch("it's ", "yeah it's ", ""), (local + " at " + dom + " dot " + tld.replace(".", " dot "), "EMAIL"))


# ======================================================================= DOB / address / postcode
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def ordinal(d):
    if d <= 20:
        return ORD[d]
    return "twenty " + ORD[d - 20]


def dob_cases():
    for i in range(14):
        y = R.randint(1940, 2004)
        m = R.randint(1, 12)
        d = R.randint(1, 28)
        ords = {1: "first", 2: "second", 3: "third", 21: "twenty first", 22: "twenty second", 23: "twenty third"}
        if i % 2:
            v = ch("%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y),
                   "%d.%d.%d" % (d, m, y))
            c = P("chat/%s: date of birth typed" % ch(*INDUSTRY))
            c.a("Can you confirm your date of birth?")
            c.c(ch("dob ", "", "born "), (v, "DOB"))
        else:
            dd = ordinal(d)
            yy = pair_word(str(y)[:2]) + " " + pair_word(str(y)[2:])
            v = ch("the " + dd + " of " + MONTHS[m - 1] + " " + yy, MONTHS[m - 1] + " " + dd + " " + yy,
                   say_plain("%02d" % d, "oh", doubles=False) + " " + say_plain("%02d" % m, "oh", doubles=False) + " " + yy)
            c = P("call/%s: date of birth spoken ('nineteen eighty' style year)" % ch(*INDUSTRY))
            c.a("and your date of birth")
            c.c(ch("it's ", "", "yeah "), (v, "DOB"), ch("", " so i'm %d" % (2026 - y)))


def addr_cases():
    for i in range(14):
        hn = R.randint(1, 240)
        st = ch(*STREETS)
        if i % 2:
            pc = gen_uk_postcode() if R.random() < 0.6 else gen_zip()
            c = P("chat/%s: street address and postcode typed" % ch(*INDUSTRY))
            c.a("What's the delivery address?")
            c.c(ch("", "Flat " + str(R.randint(1, 9)) + ", ", "Apt " + str(R.randint(1, 30)) + " "),
                ("%d %s" % (hn, st), "ADDRESS"), ", " + (ch("Leeds", "Bristol", "Manchester") if pc[0].isalpha() else ch("Austin, TX", "Denver, CO", "Columbus, OH")) + " ",
                (pc if R.random() < 0.7 else pc.lower().replace(" ", ""), "POSTCODE"))
        else:
            pcuk = gen_uk_postcode()
            hv = pair_word(str(hn)) if hn < 100 and hn >= 10 else (say_hundred(str(hn), "oh") if hn >= 100 and str(hn)[1:] != "00" and str(hn)[0] != "0" else ONES[hn % 10] if hn < 10 else str(hn))
            c = P("call/UK/%s: address and postcode spoken (postcode letters spelled)" % ch(*INDUSTRY))
            c.a("can i take the first line of the address")
            c.c((hv + " " + st.lower(), "ADDRESS"))
            c.a("and the postcode")
            outw, inw = pcuk.split()
            st2 = ch("plain", "for", "nato", "homo")
            o = " ".join(say_letter(x, st2) if x.isalpha() else dword(x, "oh") for x in outw)
            n_ = " ".join(say_letter(x, st2) if x.isalpha() else dword(x, "oh") for x in inw)
            c.c((o + " " + n_, "POSTCODE"))
    for i in range(4):
        z = "%05d" % R.randint(10001, 99950)
        c = P("call/US/%s: ZIP code spoken" % ch(*INDUSTRY))
        c.a("and the zip code")
        c.c(ch("it's ", ""), (say_plain(z, "zero"), "POSTCODE"))


# ======================================================================= combos
def combo_cases():
    for i in range(12):
        cn = ch("UK", "US")
        zw = zero_word(cn)
        num = gen_card()
        c = P("call/%s/%s: identity check then payment: mixed PII across turns" % (cn, ch(*INDUSTRY)))
        if cn == "UK":
            n = gen_ni()
            l, d, s = spoken_ni(n, zw)
            c.a("before we go on can i take your national insurance number")
            c.c((l + " " + d + " " + s, "NI_NUMBER"), " and my order was number %d if that helps" % R.randint(10000, 99999))
        else:
            sn = gen_ssn()
            c.a("to verify can i take the last well actually the full social")
            c.c((spoken_ssn(sn, zw), "SSN"), " and i've been waiting %d minutes" % R.randint(10, 45))
        c.a("thanks and the card for the %d %s payment" % (R.randint(20, 300), ch("pound", "dollar")))
        c.c((spoken_card(num, zw, filler=0.3), "CARD_NUMBER"))
    for i in range(8):
        n = gen_ni()
        sn = gen_ssn()
        c = P("chat/%s: two identifiers in one message (cross-border customer)" % ch("banking", "government services"))
        c.a("Please confirm your tax identifiers.")
        c.c("UK NI ", (typed_ni(n), "NI_NUMBER"), ch(" and US SSN ", " / ssn "), (typed_ssn(sn), "SSN"))


# ======================================================================= extra adversarial
def extra_cases():
    for i in range(5):  # chat card split over two messages
        num = gen_card(ch("visa", "mc"))
        gs = groups_of(num, card_groups(num))
        c = P("chat/%s: card typed over two chat messages" % ch(*INDUSTRY))
        c.a("Please enter the long card number.")
        g = c.gid()
        c.c((" ".join(gs[:2]), "CARD_NUMBER", g), ch("...", " -", ""))
        c.c(ch("", "sorry ", "oops "), (ch(" ", "-")[0].join(gs[2:]), "CARD_NUMBER", g))
    for i in range(5):  # chat NI split, suffix letter forgotten
        n = gen_ni()
        c = P("chat/UK/government services: NI typed without its letter, letter sent in a follow-up message")
        c.a("Could you confirm your NI number please?")
        g = c.gid()
        c.c((ch(n[:8], n[:2] + " " + n[2:8], n[:2].lower() + n[2:8]), "NI_NUMBER", g))
        c.c(ch("oh and ", "+ ", "forgot the "), (n[8], "NI_NUMBER", g), ch(" at the end", "", " on the end sorry"))
    for i in range(5):  # ASR mixing numerals and words in SSN
        sn = gen_ssn()
        c = P("call/US/%s: ASR output mixes numerals and words in one SSN" % ch("banking", "government services"))
        c.a("can you verify the social on the account")
        c.c(ch("yeah ", "sure "), (sn[:3] + " " + sn[3:5] + " " + say_plain(sn[5:], "zero", doubles=False), "SSN"))
    for i in range(5):  # filler inside a group
        num = gen_card("visa")
        gs = groups_of(num, card_groups(num))
        zw = zero_word("UK")
        inner = say_plain(gs[1][:2], zw, doubles=False) + " " + ch("um", "uh", "er") + " " + say_plain(gs[1][2:], zw, doubles=False)
        v = say_plain(gs[0], zw, doubles=False) + " " + inner + " " + say_plain(gs[2], zw, doubles=False) + " " + say_plain(gs[3], zw, doubles=False)
        c = P("call/UK/%s: card with a hesitation inside a four-digit group" % ch(*INDUSTRY))
        c.a("long number on the card please")
        c.c((v, "CARD_NUMBER"))
    for i in range(5):  # card and expiry in one spoken turn
        num = gen_card(ch("visa", "mc"))
        zw = zero_word("US")
        typed, spoken = expiry_forms("US")
        c = P("call/US/%s: card number and expiry in the same turn" % ch("travel", "retail", "telecom"))
        c.a("i'll need the card number and the expiration")
        c.c((spoken_card(num, zw), "CARD_NUMBER"), ch(" and it expires ", " expiration ", " good through "), (spoken, "EXPIRY"))
    for i in range(5):  # NI with filler and letter homophones between parts
        n = gen_ni()
        l = " ".join(say_letter(x, "homo") for x in n[:2])
        d = safe(n[2:8], lambda: say_pairs(n[2:8], "oh"))
        c = P("call/UK/government services: NI with letter homophones ('jay', 'see', 'are') and hesitation")
        c.a("national insurance number")
        c.c("it's ", (l + " erm " + d + " " + say_letter(n[8], "homo"), "NI_NUMBER"))
    for i in range(4):  # SSN said while giving other numbers
        sn = gen_ssn()
        c = P("call/US/healthcare billing: SSN next to a claim number and an amount (unlabelled)")
        c.a("what's the claim about")
        c.c("claim number %s for %s dollars and my social is " % (rdigits(7), pair_word(str(R.randint(20, 99)))), (spoken_ssn(sn, "zero"), "SSN"))


# ======================================================================= negatives
def neg_cases():
    T = [
        lambda: ("call/retail: prices and quantities", [("agent", "that comes to %s pounds %s for the %d items" % (pair_word(str(R.randint(10, 99))), pair_word(str(R.randint(10, 99))), R.randint(2, 9))), ("customer", "okay and is that including the %d percent discount" % R.choice([10, 15, 20, 25]))]),
        lambda: ("chat/retail: order number with its reference word", [("customer", "Hi, order #%s still hasn't arrived, it's been %d days" % (rdigits(R.randint(7, 10)), R.randint(3, 14)))]),
        lambda: ("call/travel: flight number and time", [("customer", "i'm on flight %s %s departing at %s %s" % (ch("ba", "ei", "ua", "fr"), say_plain(rdigits(R.randint(3, 4)), "oh", doubles=False), ch("seven", "nine", "eleven"), ch("thirty", "fifteen", "forty five")))]),
        lambda: ("call/utilities: meter reading spoken digit by digit", [("agent", "can you read me the meter"), ("customer", "yeah it says %s" % say_plain(rdigits(5), "oh")), ("agent", "lovely that's about %d units more than last quarter" % R.randint(100, 900))]),
        lambda: ("chat/insurance: claim reference", [("customer", "My claim ref is CLM-%s, submitted on %02d/%02d/2026" % (rdigits(8), R.randint(1, 28), R.randint(1, 12)))]),
        lambda: ("call/healthcare billing: appointment date and invoice number", [("customer", "i had an appointment on the %s of %s and the invoice number is %s" % (ch("third", "twelfth", "twenty first"), ch(*MONTHS), say_plain(rdigits(6), "zero")))]),
        lambda: ("call/telecom: ticket number spoken with its reference word", [("agent", "your ticket number is %s" % say_pairs(rdigits(8), "oh")), ("customer", "okay thanks and how long will that take"), ("agent", "usually %d to %d working days" % (R.randint(2, 3), R.randint(4, 7)))]),
        lambda: ("call/banking: account balance and amounts", [("agent", "your balance is %s thousand %s hundred and %s pounds" % (ONES[R.randint(1, 9)], ONES[R.randint(1, 9)], pair_word(str(R.randint(20, 99))))), ("customer", "and the last payment of %d fifty went out on the %s" % (R.randint(100, 999), ch("first", "fifth", "twentieth")))]),
        lambda: ("chat/telecom: broadband speed and model number", [("customer", "Router model TP-%s keeps dropping, I only get %d Mbps out of %d" % (rdigits(4), R.randint(5, 60), R.choice([100, 500, 900])))]),
        lambda: ("call/travel: hotel room and dates", [("customer", "we're in room %s from the %s to the %s of %s" % (pair_word(str(R.randint(10, 99))) if R.random() < 0.5 else say_hundred(str(R.randint(101, 599)).replace("0", "1"), "oh"), ch("second", "ninth"), ch("twelfth", "fifteenth"), ch(*MONTHS)))]),
        lambda: ("call/government services: ages and years", [("customer", "my father is %s and he's been at the address since %s" % (pair_word(str(R.randint(60, 95))), pair_word("19") + " " + pair_word(str(R.randint(60, 99)))))]),
        lambda: ("chat/utilities: contract start and tariff", [("customer", "contract started %s %d, tariff is %d.%dp per kWh and standing charge %dp" % (ch(*MONTHS).capitalize(), R.randint(2019, 2026), R.randint(20, 35), R.randint(0, 9), R.randint(30, 60)))]),
        lambda: ("call/insurance: policy excess, durations and temperature", [("agent", "the excess is %s hundred pounds and it covers you for %s months" % (ONES[R.randint(1, 5)], ch("twelve", "six"))), ("customer", "fine it's %s degrees here and the boiler's been off for %s hours" % (ch("minus two", "three", "four"), ch("forty eight", "seventy two")))]),
        lambda: ("call/retail: invoice number said with reference word plus quantity", [("customer", "invoice %s for %s units" % (say_plain(rdigits(7), "zero"), ch("twelve", "forty", "two hundred")))]),
        lambda: ("chat/banking: payment date and amount", [("customer", "I paid $%d.%s on %d/%d but it shows pending for %d days" % (R.randint(50, 4000), rdigits(2), R.randint(1, 12), R.randint(1, 28), R.randint(2, 9)))]),
        lambda: ("call/telecom: data usage and times", [("customer", "i've used %s gigs and it's only the %s i get cut off at %s pm" % (pair_word(str(R.randint(10, 99))), ch("tenth", "fourth"), ch("ten", "nine")))]),
        lambda: ("chat/travel: booking reference and year", [("customer", "booking ref %s%s for the %d trip, %d adults %d kids" % (ch("ABX", "QRT", "LMN"), rdigits(5), R.randint(2026, 2027), R.randint(1, 4), R.randint(0, 3)))]),
        lambda: ("call/healthcare billing: dosage and counts", [("agent", "that's %s milligrams twice a day for %s days" % (ch("five hundred", "two fifty", "twenty"), ch("seven", "fourteen"))), ("customer", "and the prescription charge was %s forty" % ch("nine", "ten"))]),
        lambda: ("call/utilities: meter serial said with its reference word and reading", [("customer", "meter serial %s and the reading's %s" % (say_plain(rdigits(8), "oh"), say_plain(rdigits(5), "oh")))]),
        lambda: ("call/telecom: monthly price and contract length", [("agent", "it's %s ninety nine a month for %s months" % (ch("twenty nine", "thirty four", "nineteen"), ch("twenty four", "eighteen", "thirty six")))]),
        lambda: ("call/insurance: speed, year and percentage", [("customer", "i was doing about %s in a %s zone in my %s %s car" % (ch("thirty", "forty"), ch("twenty", "thirty"), pair_word("20"), pair_word(str(R.randint(10, 24)))))]),
        lambda: ("chat/government services: case reference and waiting time", [("customer", "Case ref %s - waited %d mins on hold at %d:%02d today, %d%% battery left lol" % (rdigits(R.randint(6, 9)), R.randint(20, 90), R.randint(8, 17), R.randint(0, 59), R.randint(5, 40)))]),
        lambda: ("call/travel: flight and gate with times", [("agent", "flight %s %s boards from gate %s at %s %s" % (ch("e i", "b a", "a a"), say_plain(rdigits(3), "oh", doubles=False), pair_word(str(R.randint(10, 60))), ch("six", "seven", "ten"), ch("fifteen", "forty", "oh five")))]),
        lambda: ("chat/retail: tracking number with reference word", [("customer", "tracking no. %s, parcel weighs %.1f kg" % (rdigits(10), R.randint(5, 90) / 10))]),
    ]
    k = 0
    while len(NEG) < 120:
        note, turns = T[k % len(T)]()
        c = N(note)
        for sp, tx in turns:
            c.t(sp, tx)
        k += 1


# ======================================================================= build / check
def build():
    card_cases()
    cvv_exp_cases()
    ssn_cases()
    ni_cases()
    bank_cases()
    iban_cases()
    phone_cases()
    email_cases()
    dob_cases()
    addr_cases()
    combo_cases()
    extra_cases()
    neg_cases()
    lines = []
    for i, c in enumerate(POS):
        c.id = "h215-pos-%03d" % (i + 1)
    for i, c in enumerate(NEG):
        c.id = "h215-neg-%03d" % (i + 1)
    for c in POS + NEG:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans,
                                 "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts():
    out = {t: 0 for t in TYPES}
    for c in POS:
        for s in c.spans:
            out[s["type"]] += 1
    return out


def check_cases(text):
    errs = []
    ids = set()
    for c in POS + NEG:
        if c.id in ids:
            errs.append("duplicate id " + c.id)
        ids.add(c.id)
        if c.kind == "negative" and c.spans:
            errs.append(c.id + ": negative with spans")
        if c.kind == "positive" and not c.spans:
            errs.append(c.id + ": positive without spans")
        byturn = {}
        for s in c.spans:
            if s["type"] not in TYPES:
                errs.append(c.id + ": bad type")
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append(c.id + ": turn out of range")
                continue
            tx = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(c.id + ": offsets out of range")
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append(c.id + ": span not on word boundary %r" % tx[a:b])
            if not tx[b - 1].isalnum() or tx[a:b] != tx[a:b].strip():
                errs.append(c.id + ": span edge not clean %r" % tx[a:b])
            byturn.setdefault(s["turn"], []).append((a, b))
        for t, lst in byturn.items():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c.id + ": overlapping spans")
        for gid, (typ, mode, idxs) in c.groups.items():
            parts = [c.turns[c.spans[k]["turn"]]["text"][c.spans[k]["start"]:c.spans[k]["end"]] for k in idxs]
            joined = " ".join(parts)
            if len(parts) > 1 and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                joined = "".join(normalise(x) for x in parts)
            e = validate(typ, joined, mode)
            if e:
                errs.append("%s: %s: %s (%r)" % (c.id, typ, e, joined))
    cnt = counts()
    if len(POS) < 170 or len(NEG) < 100:
        errs.append("too few cases")
    for t, n in cnt.items():
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if n < need:
            errs.append("type %s has %d spans < %d" % (t, n, need))
    return errs


def readme():
    cnt = counts()
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# PII hold-out set h215

**Never use this set for tuning.** It exists only to measure the redactor on data
it was not developed against.

## Provenance

Written by an AI helper acting as an independent author. The author did not see the
redaction code, its tests, its docs, the existing benchmark or any other PII fixture;
the only input was a three-line example of the JSONL format. Every case is generated by
`scripts/make_pii_holdout215.py` from template functions with a single seeded
`random.Random(%d)`; running the script reproduces `cases.jsonl` byte for byte and
`--check` verifies this together with offsets, word boundaries, overlaps and the
validity of every labelled value after normalising spoken forms (Luhn for cards,
mod-97 for IBANs, NI number format, 9 digits for SSNs, 6 for sort codes, digit counts
for CVV/phone/account, UK postcode / US ZIP shapes).

## Contents

- %d positive cases, %d negative cases.
- Chat (typed: varied separators, case, run-together groups) and calls (ASR style:
  lower case, digits as words, "oh"/"o"/"nought" for zero, "double"/"triple",
  pairs like "forty nine", hundreds like "four hundred and twelve", homophones such as
  "to"/"for"/"ate"/"won" for digits and "bee"/"see"/"jay"/"are" for letters, NATO and
  "b for bravo" spellings, values split across several customer turns with agent
  back-channels, self-corrections, agent read-backs, two identifiers in one turn).
- Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
  billing, government services; countries US, UK, Ireland and EU.

| type | spans |
|---|---|
%s

## Annotation conventions

- A span covers the value only, from its first to its last character/word, including
  separators and filler words ("um", "dash") *inside* the value; lead-ins ("it's",
  "card number is") and trailing words are outside.
- A value split over several turns gets one span per turn (same type); every part must
  be redacted.
- In a self-correction, the abandoned partial reading is also labelled (same type),
  because it is still the caller's real data; the corrected full value is labelled
  separately.
- Agent read-backs of a value are labelled like the customer's reading.
- Expiry spans cover the month and year only; CVV spans only the code digits.
- ADDRESS covers house number and street; town names are not labelled; POSTCODE is a
  separate span.
- Negatives contain only lookalikes (prices, times, durations, counts, years,
  percentages, non-birth dates, order/ticket/claim/invoice/tracking references with
  their reference word, flight and room numbers, model numbers, meter readings,
  speeds, ages, temperatures, balances): nothing in them should be redacted.
  Positives may also contain such unlabelled numbers next to the PII.
""" % (SEED, len(POS), len(NEG), rows)


def main():
    text = build()
    errs = check_cases(text)
    rd = readme()
    if "--check" in sys.argv:
        for path, want in ((CASES, text), (README, rd)):
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != want:
                        errs.append("%s differs from regenerated output" % path)
            except OSError as e:
                errs.append(str(e))
    else:
        os.makedirs(OUT_DIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8") as f:
            f.write(rd)
    cnt = counts()
    print("positives=%d negatives=%d" % (len(POS), len(NEG)))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))
    if errs:
        for e in errs[:60]:
            print("ERROR", e)
        print("%d problem(s)" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

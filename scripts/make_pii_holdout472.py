#!/usr/bin/env python3
"""Generate the pii_holdout472 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) who did not see the
redaction engine. Standard library only; one RNG: random.Random(472241125).

Usage:
    python scripts/make_pii_holdout472.py          # write cases.jsonl
    python scripts/make_pii_holdout472.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout472")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

rng = random.Random(472241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- segments


class V(object):
    """A labelled value segment."""

    def __init__(self, typ, text, gid=None, loose=False):
        self.typ, self.text, self.gid, self.loose = typ, text, gid, loose


def build(turn_specs):
    """turn_specs: list of (speaker, [str | V, ...]). Returns turns, spans, groups."""
    turns, spans, groups = [], [], []
    for ti, (speaker, parts) in enumerate(turn_specs):
        buf = ""
        for p in parts:
            if isinstance(p, V):
                start = len(buf)
                buf += p.text
                spans.append({"turn": ti, "start": start, "end": len(buf), "type": p.typ})
                groups.append((p, ti, start, len(buf)))
            else:
                buf += p
        turns.append({"speaker": speaker, "text": buf})
    return turns, spans, groups


# ---------------------------------------------------------------- values

def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9:
                n -= 9
        s += n
        alt = not alt
    return s % 10 == 0


def make_card(kind=None):
    kind = kind or rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "long19", "maestro"])
    prefix, length = {
        "visa": ("4", 16), "mc": (rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16),
        "amex": (rng.choice(["34", "37"]), 15), "disc": ("6011", 16), "visa13": ("4", 13),
        "long19": ("6", 19), "maestro": (rng.choice(["6759", "6761"]), 18),
    }[kind]
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


NI_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in NI_BAD_PREFIX:
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(iban):
    iban = iban.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", iban):
        return False
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def make_iban():
    c = rng.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    L = lambda n: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))
    bban = {"GB": lambda: L(4) + D(14), "IE": lambda: L(4) + D(14), "DE": lambda: D(18),
            "FR": lambda: D(23), "NL": lambda: L(4) + D(10), "ES": lambda: D(20)}[c]()
    return c + iban_check(c, bban) + bban


def digits(n, first_nonzero=True):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


# ---------------------------------------------------------------- spoken forms

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray",
        "Y": "yankee", "Z": "zulu"}
FILLERS = ["um", "uh", "er", "erm"]


def two(dd):
    a, b = int(dd[0]), int(dd[1])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNITS[b]


class Sayer(object):
    def __init__(self, zero=None, pairs=0.0, doubles=0.5, filler=0.0, hundreds=0.0):
        self.zero = zero or rng.choice(["oh", "oh", "o", "zero", "nought"])
        self.pairs, self.doubles, self.filler, self.hundreds = pairs, doubles, filler, hundreds

    def d(self, c):
        return self.zero if c == "0" else UNITS[int(c)]

    def group(self, g, is_last=True, next_char=None):
        out, i = [], 0
        if len(g) == 3 and g[0] != "0" and g[1:] != "00" and rng.random() < self.hundreds:
            rest = g[1:]
            if rest[0] == "0":
                tail = UNITS[int(rest[1])]
            else:
                tail = two(rest)
            return UNITS[int(g[0])] + " hundred and " + tail
        while i < len(g):
            c = g[i]
            nxt = g[i + 1] if i + 1 < len(g) else None
            after = g[i + 2] if i + 2 < len(g) else next_char
            if nxt is not None and c != "0" and i % 2 == 0 and rng.random() < self.pairs and (nxt != "0" or after in (None, "0")):
                out.append(two(c + nxt))
                i += 2
                continue
            run = 1
            while i + run < len(g) and g[i + run] == c and run < 3:
                run += 1
            if run >= 2 and rng.random() < self.doubles:
                if run == 3 and rng.random() < 0.6:
                    out.append("triple " + self.d(c))
                    i += 3
                else:
                    out.append("double " + self.d(c))
                    i += 2
                continue
            out.append(self.d(c))
            i += 1
        return " ".join(out)

    def say(self, s, groups, sep=", "):
        """Read digit string s in groups (list of sizes); fillers may appear between groups."""
        parts, pos = [], 0
        for k, n in enumerate(groups):
            g = s[pos:pos + n]
            pos += n
            nc = s[pos] if pos < len(s) else None
            txt = self.group(g, next_char=nc)
            if parts and rng.random() < self.filler:
                parts.append(rng.choice(FILLERS))
            parts.append(txt)
        assert pos == len(s), (s, groups)
        out = parts[0]
        for p in parts[1:]:
            out += (" " if p in FILLERS or out.split()[-1] in FILLERS else sep) + p
        return out


def say_letter(ch, style):
    ch_l = ch.lower()
    if style == "plain":
        return ch_l
    if style == "nato":
        return NATO[ch]
    if style == "for":
        return "%s for %s" % (ch_l, NATO[ch])
    if style == "asin":
        return "%s as in %s" % (ch_l, NATO[ch])
    return ch_l


def split_groups(n, size):
    g = []
    while n > 0:
        g.append(min(size, n))
        n -= size
    return g


def card_groups(card):
    n = len(card)
    if n == 15:
        return [4, 6, 5]
    if n == 13:
        return [4, 3, 3, 3]
    if n == 19:
        return [4, 4, 4, 4, 3]
    if n == 18:
        return [4, 4, 4, 4, 2]
    return [4, 4, 4, 4]


def typed_groups(s, groups, sep=" "):
    out, pos = [], 0
    for n in groups:
        out.append(s[pos:pos + n])
        pos += n
    return sep.join(out)


# ---------------------------------------------------------------- normaliser

WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENNUM = {w: i for i, w in enumerate(TENS) if w}
NATO_REV = {v: k for k, v in NATO.items()}
SKIP = set(FILLERS) | {"dash", "hyphen", "space", "slash", "then", "and"}


def normalise(text, letters_ok=True):
    toks = re.findall(r"[a-z0-9]+", text.lower())
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if re.search(r"\d", t):
            out.append(t.upper())
        elif t in ("double", "triple") and nx is not None:
            k = 2 if t == "double" else 3
            unit = WORDNUM.get(nx)
            if unit is None and len(nx) == 1:
                unit = nx.upper()
            if unit is None:
                raise ValueError("bad %s %s" % (t, nx))
            out.append(unit * k)
            i += 1
        elif t in WORDNUM and nx == "hundred":
            val = int(WORDNUM[t]) * 100
            i += 2
            if i < len(toks) and toks[i] == "and":
                i += 1
            if i < len(toks) and toks[i] in TEENNUM:
                val += int(TEENNUM[toks[i]])
                i += 1
            elif i < len(toks) and toks[i] in TENNUM:
                val += TENNUM[toks[i]] * 10
                i += 1
                if i < len(toks) and toks[i] in WORDNUM and toks[i] not in ("oh", "o", "zero", "nought", "nil"):
                    val += int(WORDNUM[toks[i]])
                    i += 1
            elif i < len(toks) and toks[i] in WORDNUM:
                val += int(WORDNUM[toks[i]])
                i += 1
            out.append(str(val))
            continue
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in TENNUM:
            v = TENNUM[t] * 10
            if nx in WORDNUM and nx not in ("oh", "o", "zero", "nought", "nil"):
                v += int(WORDNUM[nx])
                i += 1
            out.append(str(v))
        elif t in SKIP:
            pass
        elif len(t) == 1 and letters_ok:
            out.append(t.upper())
            if nx == "for" and i + 2 < len(toks) and toks[i + 2] in NATO_REV:
                i += 2
            elif nx == "as" and i + 3 < len(toks) and toks[i + 2] == "in" and toks[i + 3] in NATO_REV:
                i += 3
        elif t in NATO_REV and letters_ok:
            out.append(NATO_REV[t])
        elif letters_ok and len(t) <= 4:
            out.append(t.upper())
        else:
            raise ValueError("unknown token %r in %r" % (t, text))
        i += 1
    return "".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh",
       "twenty eighth"]
UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
STREET_WORDS = ("street", "st", "road", "rd", "lane", "avenue", "ave", "close", "drive", "dr",
                "grove", "way", "crescent", "terrace", "place", "court", "gardens", "boulevard",
                "blvd", "parade", "row", "hill", "walk", "mews", "square", "park")


def validate(typ, text, loose):
    """Return None if ok, else an error string."""
    if typ == "EMAIL":
        if "@" in text:
            return None if re.match(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", text) else "email"
        low = text.lower()
        return None if (" at " in low and " dot " in low) else "spoken email"
    if typ == "ADDRESS":
        low = text.lower()
        has_num = bool(re.search(r"\d", low)) or any(w in low.split() for w in UNITS + TEENS + TENS[2:])
        has_st = any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS)
        return None if has_num and has_st else "address"
    if typ == "DOB" or typ == "EXPIRY":
        low = text.lower()
        if re.search(r"\d", low) or any(m in low for m in MON3) or any(w in low for w in UNITS + TENS[2:] + ["oh"]):
            if typ == "EXPIRY" and not loose:
                return None
            return None
        return "date"
    try:
        n = normalise(text)
    except ValueError as e:
        return str(e)
    if loose:
        need = 1 if typ == "NI_NUMBER" else 2
        return None if len(n) >= need and re.match(r"^[A-Z0-9]+$", n) else "loose %s" % n
    if typ == "CARD_NUMBER":
        return None if n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n) else "card %s" % n
    if typ == "CVV":
        return None if n.isdigit() and len(n) in (3, 4) else "cvv %s" % n
    if typ == "SSN":
        return None if n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[0] != "9" else "ssn %s" % n
    if typ == "NI_NUMBER":
        ok = re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", n) and n[:2] not in NI_BAD_PREFIX
        return None if ok else "ni %s" % n
    if typ == "BANK_ACCOUNT":
        return None if n.isdigit() and 6 <= len(n) <= 12 else "acct %s" % n
    if typ == "SORT_CODE":
        return None if n.isdigit() and len(n) == 6 else "sort %s" % n
    if typ == "IBAN":
        return None if iban_valid(n) else "iban %s" % n
    if typ == "PHONE":
        return None if n.isdigit() and 10 <= len(n) <= 15 else "phone %s" % n
    if typ == "POSTCODE":
        return None if (UK_PC.match(n) or re.match(r"^\d{5}(\d{4})?$", n)) else "postcode %s" % n
    return "unknown type"


# ---------------------------------------------------------------- helpers for text

INDUSTRY = {
    "banking": ["Northgate Bank", "Harbour Building Society", "First Meridian Bank", "Cobalt Credit Union"],
    "telecom": ["Skyline Mobile", "TalkWave", "Fibrelink Broadband", "Emerald Telecom"],
    "utilities": ["Brightwater Energy", "Cityheat Gas", "Severnside Water", "Lumen Power"],
    "retail": ["Parkers Home Store", "ShopLane", "Kite & Co", "Oakhill Outlet"],
    "insurance": ["Shieldwell Insurance", "Anchor Mutual", "HomeSure", "Clearpath Motor Cover"],
    "travel": ["Bluewing Airways", "Railstar", "Sunpath Holidays", "EuroCoach"],
    "healthcare": ["St Anne's Patient Billing", "MediCore Billing", "Valley Health Accounts"],
    "government": ["HM Revenue helpline", "Benefits Service", "County Council Tax Office", "DMV Services"],
}


def company(ind=None):
    ind = ind or rng.choice(sorted(INDUSTRY))
    return ind, rng.choice(INDUSTRY[ind])


def ch(*opts):
    return rng.choice(opts)


FIRST = ["john", "sarah", "mohammed", "aoife", "kate", "liam", "priya", "tom", "grace", "dmitri",
         "sinead", "carlos", "emma", "olu", "marta", "jack", "hannah", "wei", "fatima", "sean"]
LAST = ["doe", "smith", "kelly", "obrien", "patel", "nowak", "murphy", "garcia", "khan", "evans",
        "walsh", "brown", "fischer", "jones", "lee", "byrne", "ahmed", "taylor"]
DOMAINS = [("gmail", "com"), ("outlook", "com"), ("yahoo", "co.uk"), ("hotmail", "co.uk"),
           ("eircom", "net"), ("icloud", "com"), ("btinternet", "com"), ("web", "de")]
STREETS = ["Elm Grove", "Mill Lane", "Station Road", "Church Street", "Victoria Avenue", "Park Drive",
           "Orchard Close", "Maple Way", "Kingsway Crescent", "Harbour Terrace", "Oak Street",
           "Main Street", "Sunset Boulevard", "Willow Court", "Beech Gardens", "Quarry Hill"]
TOWNS = ["Leeds", "Bristol", "Cork", "Manchester", "Glasgow", "Galway", "Cardiff", "Boston",
         "Austin", "Denver", "Norwich", "Dublin"]


def uk_postcode():
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    area = rng.choice(["SW", "M", "LS", "B", "EH", "BS", "CF", "NR", "G", "E", "N", "WC", "BT"])
    out = area + str(rng.randint(1, 19)) + " " + str(rng.randint(0, 9)) + rng.choice(L) + rng.choice(L)
    if len(area) == 2 and rng.random() < 0.15:
        out = area + str(rng.randint(1, 9)) + rng.choice("ABEHMNPRVWXY") + " " + str(rng.randint(1, 9)) + rng.choice(L) + rng.choice(L)
    return out


def say_postcode(pc, say):
    parts = []
    for ch_ in pc.replace(" ", " | "):
        if ch_ == " ":
            continue
        if ch_ == "|":
            parts.append(",")
        elif ch_.isdigit():
            parts.append(say.d(ch_))
        else:
            parts.append(say_letter(ch_, rng.choice(["plain", "plain", "for"])))
    return " ".join(parts).replace(" ,", ",")


# ================================================================ positive generators

CARD_LEADS = ["my card number is ", "card number: ", "the long number is ", "it's ", "ok so it's ",
              "card no. ", "Card: ", "the number on the front is ", "right, ", "yeah it's "]


def typed_card_fmt(card):
    g = card_groups(card)
    f = rng.randint(0, 6)
    if f == 0:
        return typed_groups(card, g, " ")
    if f == 1:
        return typed_groups(card, g, "-")
    if f == 2:
        return card
    if f == 3:
        return typed_groups(card, g, "  ")
    if f == 4:
        return typed_groups(card, g, ".")
    if f == 5:  # odd grouping
        n = len(card)
        a = rng.randint(3, 6)
        b = rng.randint(3, 6)
        return card[:a] + " " + card[a:a + b] + " " + card[a + b:]
    return typed_groups(card, g, " - ")


def expiry_typed():
    m, y = rng.randint(1, 12), rng.randint(25, 33)
    return ch("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
              "%s %02d" % (MON3[m - 1].capitalize(), y), "%d/%d" % (m, y))


def expiry_spoken(say):
    m, y = rng.randint(1, 12), rng.randint(25, 33)
    f = rng.randint(0, 3)
    if f == 0:
        return say.group("%02d" % m) + " " + two("%02d" % y)
    if f == 1:
        return MONTHS[m - 1] + " twenty " + two("%02d" % y)
    if f == 2:
        return MONTHS[m - 1] + " " + two("%02d" % y)
    return say.d("0") + " " + UNITS[m] + " slash " + two("%02d" % y) if m < 10 else two("%02d" % m) + " slash " + two("%02d" % y)


def cvv_val():
    return digits(rng.choice([3, 3, 3, 4]), first_nonzero=False)


def card_pos(i):
    ind, co = company(rng.choice(["banking", "retail", "telecom", "travel", "utilities", "insurance", "healthcare"]))
    card = make_card()
    g = card_groups(card)
    variant = i % 14
    say = Sayer(pairs=ch(0.0, 0.0, 0.3, 0.6), doubles=ch(0.3, 0.7, 1.0), filler=ch(0.0, 0.2, 0.4),
                hundreds=ch(0.0, 0.0, 0.3))
    T = []
    note = ""
    if variant == 0:  # typed chat with expiry and cvv
        T = [("agent", ["Hi, thanks for contacting %s chat. How can I help?" % co]),
             ("customer", [ch("pls update payment method. ", "want to pay my bill. ", "hi need to pay off balance "),
                           ch("card ", "Card no: ", "cc: ", "card num - "), V("CARD_NUMBER", typed_card_fmt(card)),
                           ch(" exp ", " expiry ", ", exp date "), V("EXPIRY", expiry_typed()),
                           ch(" cvv ", " sec code ", " CVC: "), V("CVV", cvv_val())])]
        note = "typed chat: card, expiry and CVV in one message"
    elif variant == 1:  # ASR single turn with fillers
        T = [("agent", ["can i take the long card number please"]),
             ("customer", [ch("yeah ", "ok ", "right so "), ch("it's ", "", "that's "), V("CARD_NUMBER", say.say(card, g)),
                           ch("", " i think", " yeah")]),
             ("agent", ["thank you and the expiry date"]),
             ("customer", [V("EXPIRY", expiry_spoken(say))])]
        note = "asr: full card in one turn, spoken digits"
    elif variant in (2, 3):  # split across turns with back-channels
        gid = "c"
        cust = []
        pos = 0
        T = [("agent", ["go ahead with the card number when you're ready"])]
        for k, n in enumerate(g):
            piece = say.group(card[pos:pos + n])
            pos += n
            T.append(("customer", [ch("", "um ", "so ", "") if k == 0 else "", V("CARD_NUMBER", piece, gid)]))
            if k < len(g) - 1:
                T.append(("agent", [ch("mhm", "yep", "go on", "ok", "uh huh", "yeah")]))
        if variant == 3:
            T.append(("agent", ["so i've got ", V("CARD_NUMBER", say.say(card, g)), " is that right"]))
            T.append(("customer", ["that's right yeah"]))
            note = "asr: card split over turns with back-channels and agent read-back"
        else:
            T.append(("agent", ["lovely thank you"]))
            note = "asr: card split over turns with back-channels"
    elif variant == 4:  # correction of a group
        wrong = list(card[4:8])
        wrong[1], wrong[2] = wrong[2], wrong[1]
        if wrong[1] == wrong[2]:
            wrong[2] = str((int(wrong[2]) + 1) % 10)
        wrong = "".join(wrong)
        T = [("agent", ["and the card number"]),
             ("customer", [V("CARD_NUMBER", say.group(card[:4]) + ", " + say.group(wrong), "frag", loose=True),
                           ch(" no sorry ", " wait no ", " hang on that's wrong, "), ch("let me start again ", "start again ", ""),
                           V("CARD_NUMBER", say.say(card, g))])]
        note = "asr: caller restarts reading after a mistake; partial attempt labelled too"
    elif variant == 5:  # aside mid reading
        cut = sum(g[:2])
        T = [("agent", ["can i get the number on the card please"]),
             ("customer", [V("CARD_NUMBER", say.say(card[:cut], g[:2]), "c"),
                           ch(" sorry hang on the dog's going mad ", " hold on let me turn the telly down ",
                              " sorry my glasses are somewhere, right ", " one sec it's quite worn ok "),
                           V("CARD_NUMBER", say.say(card[cut:], g[2:]), "c")]),
             ("agent", ["no problem thank you"])]
        note = "asr: aside in the middle of a card reading"
    elif variant == 6:  # agent mishears, customer corrects last group, agent confirms
        last = card[-g[-1]:]
        wl = last[:-2] + last[-1] + last[-2] if last[-1] != last[-2] else last[:-1] + str((int(last[-1]) + 3) % 10)
        T = [("customer", ["it's ", V("CARD_NUMBER", say.say(card, g))]),
             ("agent", ["let me just read that back ", V("CARD_NUMBER", say.say(card[:-g[-1]] + wl, g), loose=True)]),
             ("customer", ["no the last bit is ", V("CARD_NUMBER", say.group(last), loose=True)]),
             ("agent", ["ah ", V("CARD_NUMBER", say.group(last), loose=True), " sorry about that"])]
        note = "asr: agent misreads card, caller corrects last group; misread and correction labelled"
    elif variant == 7:  # full card then last four mention in same case
        T = [("customer", [ch("card number ", "ok the card is "), V("CARD_NUMBER", say.say(card, g))]),
             ("agent", ["thank you so that's the ", ch("card", "one", "card"), " ending ",
                        V("CARD_NUMBER", say.group(card[-4:]), loose=True), " yes"]),
             ("customer", ["yes"])]
        note = "last four said after the full card was read in the same case: labelled"
    elif variant == 8:  # typed email with card and odd separators, mixed case label
        T = [("customer", ["Subject: payment\n\nHello, please take the renewal payment from ",
                           ch("CARD ", "card# ", "Card Number:"), V("CARD_NUMBER", typed_card_fmt(card)),
                           ". ", ch("Expires ", "exp. ", "Expiry date "), V("EXPIRY", expiry_typed()), ".",
                           " Thanks, ", FIRST[rng.randrange(len(FIRST))].capitalize()])]
        note = "typed email with card number and expiry"
    elif variant == 9:  # ASR partly rendered as numerals
        parts = []
        pos = 0
        for n in g:
            grp = card[pos:pos + n]
            pos += n
            parts.append(grp if rng.random() < 0.5 else say.group(grp))
        T = [("agent", ["and the card number please"]),
             ("customer", [V("CARD_NUMBER", " ".join(parts))]),
             ("agent", ["and the three digits on the back"]),
             ("customer", [ch("", "it's "), V("CVV", say.group(cvv_val()[:3]))])]
        note = "asr: card partly transcribed as numerals, partly words"
    elif variant == 10:  # pairs / hundreds reading
        s2 = Sayer(pairs=1.0, doubles=0.0, hundreds=0.0)
        T = [("customer", ["the card is ", V("CARD_NUMBER", s2.say(card, split_groups(len(card), 4)))]),
             ("agent", ["sorry could you say that one digit at a time"]),
             ("customer", [ch("yeah ", "sure ", "oh sorry "), V("CARD_NUMBER", Sayer(pairs=0, doubles=0).say(card, g, " "))])]
        note = "asr: card read as pairs then again digit by digit"
    elif variant == 11:  # restart whole reading after interruption by agent
        T = [("customer", [V("CARD_NUMBER", say.say(card[:8], [4, 4]), loose=True), " and then"]),
             ("agent", ["sorry you cut out there can you start from the beginning"]),
             ("customer", [ch("ok from the top ", "right ", "ok "), V("CARD_NUMBER", say.say(card, g))])]
        note = "asr: interrupted reading restarted from the beginning"
    elif variant == 12:  # spelled card in a typed SMS with typos
        t = typed_card_fmt(card)
        T = [("customer", [ch("hiya ", "hi ", ""), ch("my new crad is ", "new card nmber ", "heres the card "),
                           V("CARD_NUMBER", t), ch(" thx", " cheers", "")]),
             ("agent", ["Thanks. Could you confirm the security code on the back?"]),
             ("customer", [ch("its ", "cvc ", ""), V("CVV", cvv_val())])]
        note = "typed SMS with typos around card number"
    else:  # split with filler inside and hesitation, customer repeats group on request
        cut = sum(g[:2])
        a, b = card[:cut], card[cut:]
        T = [("customer", ["ok it's ", V("CARD_NUMBER", say.group(a[:4]) + " " + ch("um", "uh", "er") + " " + say.group(a[4:]), "x")]),
             ("agent", [ch("yep", "ok", "mhm")]),
             ("customer", [V("CARD_NUMBER", say.say(b, g[2:]), "x")]),
             ("agent", ["can you repeat the last part"]),
             ("customer", [V("CARD_NUMBER", say.say(b, g[2:]), loose=True)])]
        note = "asr: hesitation inside reading, split over turns, last part repeated"
    return T, "[%s] %s" % (ind, note)


def ssn_typed(s):
    return ch(s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
              s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + " " + s[5:])


def ssn_pos(i):
    ind, co = company(rng.choice(["banking", "insurance", "healthcare", "government", "telecom", "utilities"]))
    s = make_ssn()
    say = Sayer(zero=ch("oh", "oh", "zero", "o"), pairs=ch(0.0, 0.3), doubles=ch(0.4, 1.0), filler=ch(0.0, 0.3), hundreds=ch(0.0, 0.4))
    variant = i % 9
    if variant == 0:
        T = [("customer", [ch("SSN: ", "ssn ", "Social Security #: ", "social is ", "my SS# "), V("SSN", ssn_typed(s))])]
        note = "typed SSN with label"
    elif variant == 1:
        T = [("agent", ["for verification can i get your social security number"]),
             ("customer", [ch("sure ", "yeah ", ""), ch("it's ", ""), V("SSN", say.say(s, [3, 2, 4]))])]
        note = "asr: SSN in 3-2-4 groups"
    elif variant == 2:
        T = [("agent", ["and your social please"]),
             ("customer", [V("SSN", say.group(s[:3]), "s")]), ("agent", [ch("ok", "mhm", "uh huh")]),
             ("customer", [V("SSN", say.group(s[3:5]), "s")]), ("agent", [ch("go on", "yep")]),
             ("customer", [V("SSN", say.group(s[5:]), "s")]),
             ("agent", ["thank you"])]
        note = "asr: SSN split over three customer turns"
    elif variant == 3:
        T = [("customer", ["my social is ", V("SSN", say.say(s, [3, 2, 4]))]),
             ("agent", ["i have ", V("SSN", say.say(s, [3, 2, 4])), " correct"]),
             ("customer", ["correct"])]
        note = "asr: SSN with agent read-back"
    elif variant == 4:
        w = s[:3] + s[4] + s[3] + s[5:] if s[3] != s[4] else s[:3] + str((int(s[3]) + 1) % 10) + s[4:]
        T = [("customer", ["it's ", V("SSN", say.say(w[:5], [3, 2]), loose=True), ch(" oh no wait ", " sorry i mixed that up ", " no no "),
                           V("SSN", say.say(s, [3, 2, 4]))])]
        note = "asr: SSN corrected mid-reading; abandoned fragment labelled"
    elif variant == 5:
        T = [("customer", ["social is ", V("SSN", say.say(s[:5], [3, 2]), "s"),
                           ch(" hang on let me get my card out ", " sorry one sec it's in my wallet um ", " wait, yeah "),
                           V("SSN", say.group(s[5:]), "s")])]
        note = "asr: aside in the middle of SSN"
    elif variant == 6:
        T = [("customer", ["Hi I need to update my tax info. ", ch("SSN", "ssn", "Ssn", "SS no."), ch(" - ", ": ", " "),
                           V("SSN", ssn_typed(s)), ". DOB ", V("DOB", "%02d/%02d/%d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(1950, 2001)))])]
        note = "typed SSN and DOB"
    elif variant == 7:
        T = [("customer", [V("SSN", say.say(s, [3, 2, 4]), loose=False)]),
             ("agent", ["sorry the line's bad, was that ", V("SSN", say.group(s[3:5]), loose=True), " in the middle"]),
             ("customer", ["yes ", V("SSN", say.group(s[3:5]), loose=True)])]
        note = "asr: SSN with agent querying middle group"
    else:
        T = [("customer", ["it's ", V("SSN", s[:3] + " " + say.group(s[3:5]) + " " + s[5:])])]
        note = "asr: SSN partly numerals partly words"
    return T, "[%s] %s" % (ind, note)


def ni_typed(n):
    return ch(n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
              n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8], n[:2].lower() + " " + n[2:8] + " " + n[8].lower())


def ni_say(n, say, style=None):
    style = style or ch("plain", "plain", "for", "nato", "asin")
    letters = " ".join(say_letter(c, style) for c in n[:2])
    mid = say.say(n[2:8], ch([2, 2, 2], [3, 3], [6], [2, 4]))
    return letters + ch(", ", " ") + mid + ch(", ", " ") + say_letter(n[8], style)


def ni_pos(i):
    ind, co = company(rng.choice(["government", "banking", "insurance", "utilities", "telecom"]))
    n = make_ni()
    say = Sayer(pairs=ch(0.0, 0.4), doubles=ch(0.5, 1.0), filler=ch(0.0, 0.3))
    variant = i % 9
    if variant == 0:
        T = [("customer", [ch("NI no: ", "NINO ", "national insurance number ", "ni number - ", "N.I. "), V("NI_NUMBER", ni_typed(n))])]
        note = "typed NI number"
    elif variant == 1:
        T = [("agent", ["can you give me your national insurance number"]),
             ("customer", [ch("yeah it's ", "it's ", "ok "), V("NI_NUMBER", ni_say(n, say))])]
        note = "asr: NI number spoken"
    elif variant == 2:
        T = [("agent", ["national insurance number please"]),
             ("customer", [V("NI_NUMBER", ni_say(n[:2] + "000000A", say, "for").split(",")[0].rsplit(" ", 0)[0] if False else " ".join(say_letter(c, "for") for c in n[:2]), "n")]),
             ("agent", ["yep"]),
             ("customer", [V("NI_NUMBER", say.say(n[2:8], [2, 2, 2]), "n")]),
             ("agent", ["and the last letter"]),
             ("customer", [V("NI_NUMBER", say_letter(n[8], ch("plain", "for", "nato")), "n")])]
        note = "asr: NI number split over turns with NATO letters"
    elif variant == 3:
        T = [("customer", ["it's ", V("NI_NUMBER", ni_say(n, say))]),
             ("agent", ["so ", V("NI_NUMBER", ni_say(n, say, "nato")), "?"]),
             ("customer", ["spot on"])]
        note = "asr: NI number with agent NATO read-back"
    elif variant == 4:
        wrong_l = ch(*[c for c in "ABCD" if c != n[8]])
        T = [("customer", [V("NI_NUMBER", ni_say(n[:8] + wrong_l, say, "plain"), loose=True), ch(" no sorry ", " oh wait, ")]),
             ("customer", ["the last letter is ", V("NI_NUMBER", say_letter(n[8], "for"), loose=True), " not ", V("NI_NUMBER", say_letter(wrong_l, "plain"), loose=True)]),
             ("agent", ["ok so ", V("NI_NUMBER", ni_say(n, say, "plain")), " yeah"])]
        note = "asr: NI suffix letter corrected; all readings labelled"
    elif variant == 5:
        T = [("agent", ["was that ", V("NI_NUMBER", say_letter(n[0], "plain") + " for " + NATO[n[0]], loose=True), " or ",
                        V("NI_NUMBER", say_letter(ch(*[c for c in "BCDEGPT" if c != n[0]]), "plain"), loose=True), " at the start"]),
             ("customer", [V("NI_NUMBER", NATO[n[0]], loose=True), " yeah. full thing is ", V("NI_NUMBER", ni_say(n, say, "plain"))])]
        note = "asr: agent queries misheard NI letter"
    elif variant == 6:
        T = [("customer", ["Hello, re my tax code. My NI is ", V("NI_NUMBER", ni_typed(n)), " and ref is 4471-22."])]
        note = "typed NI with a nearby non-PII reference"
    elif variant == 7:
        T = [("customer", [V("NI_NUMBER", " ".join(say_letter(c, "plain") for c in n[:2]) + " " + say.say(n[2:5], [3]), "n"),
                           ch(" erm hold on it's on my payslip somewhere ", " sorry one sec ", " hang on "),
                           V("NI_NUMBER", say.say(n[5:8], [3]) + " " + say_letter(n[8], "plain"), "n")])]
        note = "asr: aside in middle of NI number"
    else:
        T = [("customer", ["my ni's ", V("NI_NUMBER", n[:2].lower() + " " + say.say(n[2:8], [2, 2, 2]) + " " + n[8].lower())])]
        note = "asr: NI number lower case letters"
    return T, "[%s] %s" % (ind, note)


def phone_val():
    f = rng.randint(0, 7)
    if f == 0:
        d = "7" + digits(9, False)
        return "0" + d[:4] + " " + d[4:], "0" + d, "uk mobile"
    if f == 1:
        d = "7" + digits(9, False)
        return "+44 " + d[:4] + " " + d[4:], "44" + d, "uk mobile intl"
    if f == 2:
        d = "20" + digits(8, False)
        return "020 " + d[2:6] + " " + d[6:], "0" + d, "london landline"
    if f == 3:
        a, b, c = digits(3), digits(3), digits(4, False)
        return ch("%s-%s-%s", "%s.%s.%s", "%s %s %s") % (a, b, c), a + b + c, "us"
    if f == 4:
        a, b, c = digits(3), digits(3), digits(4, False)
        return "+1 %s %s %s" % (a, b, c), "1" + a + b + c, "us intl"
    if f == 5:
        d = "8" + ch("3", "5", "6", "7") + digits(7, False)
        return "+353 %s %s %s" % (d[:2], d[2:5], d[5:]), "353" + d, "ie intl"
    if f == 6:
        d = "8" + ch("3", "5", "6", "7") + digits(7, False)
        return "0%s %s %s" % (d[:2], d[2:5], d[5:]), "0" + d, "ie mobile"
    d = "1" + digits(8, False)
    return "+49 %s %s" % (d[:3], d[3:]), "49" + d, "de"


def phone_pos(i):
    ind, co = company()
    txt, d, kind = phone_val()
    say = Sayer(doubles=ch(0.5, 1.0), filler=ch(0.0, 0.2))
    if i % 3 == 0:
        T = [("customer", [ch("call me on ", "Tel: ", "mob ", "best number is "), "+" if txt.startswith("+") else "", V("PHONE", txt.lstrip("+"))])]
        note = "typed phone (%s)" % kind
    else:
        if txt.startswith("+"):
            cc = {"44": 2, "1": 1, "353": 3, "49": 2}
            k = [c for c in ("353", "44", "49", "1") if d.startswith(c)][0]
            rest = d[len(k):]
            spoken = ch("plus ", "") + say.group(k) + ", " + say.say(rest, split_groups(len(rest), 3))
            T = [("agent", ["what's the best contact number"]),
                 ("customer", [ch("it's ", ""), "plus " if spoken.startswith("plus") else "", V("PHONE", spoken.replace("plus ", "", 1))])]
        else:
            T = [("agent", ["and a contact number"]),
                 ("customer", [V("PHONE", say.say(d, split_groups(len(d), ch(3, 4, 5))))]),
                 ("agent", ["thank you"])]
        note = "asr: spoken phone (%s)" % kind
    return T, "[%s] %s" % (ind, note)


def email_pos(i):
    ind, co = company()
    f, l = rng.choice(FIRST), rng.choice(LAST)
    dom, tld = rng.choice(DOMAINS)
    num = ch("", "", str(rng.randint(1, 99)))
    if i % 2 == 0:
        addr = ch(f + "." + l, f[0] + l, f + "_" + l, f + l) + num + "@" + dom + "." + tld
        if rng.random() < 0.3:
            addr = addr.capitalize()
        T = [("customer", [ch("email: ", "my email is ", "E-mail - ", "send it to "), V("EMAIL", addr)])]
        note = "typed email"
    else:
        user = ch(f + " dot " + l, f[0] + " " + l, f + " underscore " + l, " ".join(f) + " " + l)
        if num:
            user += " " + " ".join(UNITS[int(c)] for c in num)
        spoken = user + " at " + dom + " dot " + tld.replace(".", " dot ")
        T = [("agent", ["and an email address"]),
             ("customer", [ch("it's ", "yeah it's ", ""), V("EMAIL", spoken)]),
             ("agent", ["so that's ", V("EMAIL", spoken), " all lower case"])]
        note = "asr: spoken email with read-back"
    return T, "[%s] %s" % (ind, note)


def dob_pos(i):
    ind, co = company(rng.choice(["healthcare", "insurance", "banking", "government"]))
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1940, 2004)
    f = i % 4
    if f == 0:
        val = ch("%02d/%02d/%d" % (d, m, y), "%d-%d-%d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y))
        T = [("customer", [ch("DOB ", "date of birth: ", "d.o.b "), V("DOB", val)])]
    elif f == 1:
        yr = two(str(y)[:2]) + " " + (two(str(y)[2:]) if str(y)[2] != "0" else "oh " + UNITS[int(str(y)[3])])
        if y >= 2000:
            yr = "two thousand and " + UNITS[y - 2000] if y < 2010 else "two thousand and " + two(str(y)[2:])
        T = [("agent", ["can you confirm your date of birth"]),
             ("customer", [ch("it's the ", "the ", ""), V("DOB", ORD[d - 1] + " of " + MONTHS[m - 1] + " " + yr)])]
    elif f == 2:
        T = [("agent", ["and date of birth"]),
             ("customer", [V("DOB", two("%02d" % d) if d >= 10 else UNITS[d]), ", ", V("DOB", "%s" % (two("%02d" % m) if m >= 10 else UNITS[m]), "x" + str(i)),
                           ", ", V("DOB", two(str(y)[:2]) + " " + two(str(y)[2:]) if str(y)[2] != "0" else two(str(y)[:2]) + " oh " + UNITS[int(str(y)[3])], "x" + str(i))])]
        # merge to one span: rebuild as single
        T = [("agent", ["and date of birth"]),
             ("customer", [V("DOB", (two("%02d" % d) if d >= 10 else UNITS[d]) + " " + (two("%02d" % m) if m >= 10 else UNITS[m]) + " " + str(y))])]
    else:
        T = [("customer", ["born on ", V("DOB", "%s %d%s %d" % (MONTHS[m - 1].capitalize(), d, "th" if 4 <= d <= 20 or d > 23 else {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}[d], y))])]
    return T, "[%s] date of birth" % ind


def address_pos(i):
    ind, co = company(rng.choice(["utilities", "retail", "insurance", "telecom", "government"]))
    num = rng.randint(1, 240)
    st = rng.choice(STREETS)
    town = rng.choice(TOWNS)
    us = town in ("Boston", "Austin", "Denver")
    pc = "%05d" % rng.randint(10000, 99999) if us else uk_postcode()
    if i % 2 == 0:
        addr = ch("%d %s" % (num, st), "Flat %d, %d %s" % (rng.randint(1, 12), num, st), "%d%s %s" % (num, ch("a", "b"), st))
        T = [("customer", [ch("address: ", "new address is ", "I've moved to "), V("ADDRESS", addr), ", ", town, " ", V("POSTCODE", pc)])]
        note = "typed address, town and postcode"
    else:
        say = Sayer()
        addr = (ch("flat ", "apartment ") + UNITS[rng.randint(1, 9)] + ", ", "")[rng.randint(0, 1)] + (
            two("%02d" % num) if 10 <= num < 100 else (UNITS[num] if num < 10 else Sayer(hundreds=1.0).group(str(num)) if num % 100 and str(num)[1:] != "00" else str(num))) + " " + st.lower()
        spc = say_postcode(pc, say) if not us else say.say(pc, [5])
        T = [("agent", ["what's the first line of the address"]),
             ("customer", [V("ADDRESS", addr), " in ", town.lower()]),
             ("agent", ["and the postcode" if not us else "and the zip"]),
             ("customer", [V("POSTCODE", spc)])]
        note = "asr: spoken address and postcode"
    return T, "[%s] %s" % (ind, note)


def bank_pos(i):
    ind, co = company(rng.choice(["banking", "utilities", "insurance", "government"]))
    acct = digits(8, False)
    sc = digits(6, False)
    say = Sayer(doubles=ch(0.5, 1.0))
    f = i % 4
    if f == 0:
        T = [("customer", [ch("acct no: ", "Account number ", "a/c "), V("BANK_ACCOUNT", acct), ch(" sort code ", ", s/c ", " SC: "),
                           V("SORT_CODE", ch(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]))])]
        note = "typed account number and sort code"
    elif f == 1:
        T = [("agent", ["what's the sort code"]),
             ("customer", [V("SORT_CODE", say.say(sc, [2, 2, 2]))]),
             ("agent", ["and the account number"]),
             ("customer", [V("BANK_ACCOUNT", say.say(acct, [4, 4]), "a")]),
             ("agent", ["mhm"]) if False else ("agent", ["thanks"])]
        note = "asr: spoken sort code and account number"
    elif f == 2:
        us = digits(rng.choice([10, 11, 12]), False)
        T = [("customer", ["checking account ", V("BANK_ACCOUNT", us), " routing is on the form"])]
        note = "typed US account number"
    else:
        T = [("customer", [V("BANK_ACCOUNT", say.say(acct[:4], [4]), "a")]), ("agent", ["yep"]),
             ("customer", [V("BANK_ACCOUNT", say.say(acct[4:], [4]), "a")]),
             ("agent", ["and sort code"]), ("customer", [V("SORT_CODE", sc[:2] + " " + say.group(sc[2:4]) + " " + sc[4:])])]
        note = "asr: account split across turns, sort code mixed"
    return T, "[%s] %s" % (ind, note)


def iban_pos(i):
    ind, co = company(rng.choice(["banking", "travel", "retail", "utilities"]))
    ib = make_iban()
    if i % 3 != 2:
        txt = ch(" ".join(ib[k:k + 4] for k in range(0, len(ib), 4)), ib, ib.lower())
        T = [("customer", [ch("IBAN: ", "my iban is ", "please refund to IBAN "), V("IBAN", txt)])]
        note = "typed IBAN (%s)" % ib[:2]
    else:
        say = Sayer()
        parts = " ".join(say_letter(c, "plain") for c in ib[:2]) + " " + say.say(ib[2:4], [2])
        rest = ib[4:]
        for k in range(0, len(rest), 4):
            g = rest[k:k + 4]
            parts += ", " + " ".join(say.d(c) if c.isdigit() else say_letter(c, "plain") for c in g)
        T = [("agent", ["can i take the iban"]), ("customer", [V("IBAN", parts)])]
        note = "asr: spoken IBAN (%s)" % ib[:2]
    return T, "[%s] %s" % (ind, note)


def combo_pos(i):
    """Identity + card in a longer call."""
    ind, co = company(rng.choice(["insurance", "telecom", "utilities", "healthcare"]))
    card = make_card(ch("visa", "mc"))
    say = Sayer(pairs=0.2, doubles=0.8, filler=0.2)
    pc = uk_postcode()
    T = [("agent", ["thanks for calling %s, you're speaking to %s" % (co.lower(), rng.choice(FIRST))]),
         ("customer", ["hi yeah i'm ringing about my bill"]),
         ("agent", ["can i take the postcode on the account"]),
         ("customer", [V("POSTCODE", say_postcode(pc, say))]),
         ("agent", ["and the first line"]),
         ("customer", [V("ADDRESS", UNITS[rng.randint(1, 9)] + " " + rng.choice(STREETS).lower())]),
         ("agent", ["great, the balance is forty two pounds ten, do you want to pay by card"]),
         ("customer", ["yeah go on ", V("CARD_NUMBER", say.say(card[:8], [4, 4]), "c")]),
         ("agent", ["mhm"]),
         ("customer", [V("CARD_NUMBER", say.say(card[8:], [4, 4]), "c")]),
         ("agent", ["expiry"]),
         ("customer", [V("EXPIRY", expiry_spoken(say))])]
    return T, "[%s] multi-type call: postcode, address, split card, expiry, with amount negative" % ind


# ================================================================ negatives

def luhn_fake(n):
    """A Luhn-valid digit string (to be presented as a non-card reference)."""
    body = digits(n - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def neg(i):
    ind, co = company()
    say = Sayer(pairs=ch(0.0, 0.5), doubles=0.7)
    f = i % 26
    if f == 0:
        T = [("agent", ["your order number is ", say.say(luhn_fake(16), [4, 4, 4, 4]), ", that's your order number"])]
        n = "16-digit Luhn-valid order number read like a card"
    elif f == 1:
        T = [("customer", ["Tracking no: " + " ".join([digits(4) for _ in range(5)]) + " - parcel still not arrived"])]
        n = "20-digit tracking number typed"
    elif f == 2:
        T = [("agent", ["i can see the payment on the card ending " + ch(say.group(digits(4, False)), digits(4, False))]),
             ("customer", ["yeah that's the one"])]
        n = "card last-four only"
    elif f == 3:
        T = [("customer", ["my balance says \u00a3%d.%02d but i paid %d pounds on the %s" % (rng.randint(100, 9999), rng.randint(0, 99), rng.randint(10, 500), ORD[rng.randint(0, 27)])])]
        n = "amounts and payment date"
    elif f == 4:
        T = [("agent", ["we're open eight till eight monday to friday and nine till five on saturdays"])]
        n = "opening hours"
    elif f == 5:
        T = [("customer", ["the meter reading is " + say.say(digits(5, False), [5]) + " and the other one's " + digits(5, False)])]
        n = "meter readings"
    elif f == 6:
        T = [("agent", ["your flight %s %d departs gate %d at %d:%02d, seat %d%s" % (ch("BA", "EI", "FR", "LH"), rng.randint(100, 9999), rng.randint(1, 60), rng.randint(5, 22), rng.choice([0, 15, 30, 45]), rng.randint(1, 40), ch("A", "C", "F"))])]
        n = "flight, gate, time, seat"
    elif f == 7:
        T = [("customer", ["claim reference " + say.say(digits(9), [3, 3, 3])]),
             ("agent", ["thanks i've got that claim up"])]
        n = "9-digit claim reference spoken like an SSN"
    elif f == 8:
        T = [("customer", ["Policy number: POL-%s, renewal date %02d/%02d/20%d" % (digits(9), rng.randint(1, 28), rng.randint(1, 12), rng.randint(24, 27))])]
        n = "policy number and renewal date"
    elif f == 9:
        T = [("agent", ["the contract is %d months and the price goes up by %d.%d percent in april" % (ch(12, 18, 24), rng.randint(1, 9), rng.randint(0, 9))])]
        n = "contract length and percentage"
    elif f == 10:
        T = [("customer", ["serial number on the router is " + digits(4) + "-" + digits(4) + "-" + digits(4) + "-" + digits(4)])]
        n = "16-digit serial number typed like a card"
    elif f == 11:
        T = [("agent", ["the ticket number is " + " ".join(say.group(digits(3)) for _ in range(3))]),
             ("customer", ["mhm"]), ("agent", ["and it was raised on the %s of %s" % (ORD[rng.randint(0, 27)], ch(*MONTHS))])]
        n = "ticket number read in 3s, raised date"
    elif f == 12:
        T = [("customer", ["I'm %d years old and I've been a customer for %d years" % (rng.randint(20, 90), rng.randint(2, 30))])]
        n = "ages and durations"
    elif f == 13:
        T = [("agent", ["your appointment is on the %s of %s at %s thirty" % (ORD[rng.randint(0, 27)], ch(*MONTHS), ch("ten", "two", "four"))])]
        n = "appointment date and time"
    elif f == 14:
        T = [("customer", ["invoice " + digits(10) + " dated 2024"]), ("agent", ["ok that's the invoice from %s" % ch(*MONTHS)])]
        n = "invoice number and year"
    elif f == 15:
        T = [("customer", ["the heating's set to twenty one degrees but it's only reading %d" % rng.randint(10, 18)])]
        n = "temperatures"
    elif f == 16:
        T = [("agent", ["reference number is " + ch("QZ", "XY", "KT") + digits(6) + ch("A", "B") + " ok"])]
        n = "alphanumeric reference resembling NI but labelled as reference"
    elif f == 17:
        T = [("customer", ["i live on " + ch("the A%d" % rng.randint(1, 999), "Route %d" % rng.randint(1, 99), "the M%d" % rng.randint(1, 62)) + " just past junction %d" % rng.randint(1, 30)])]
        n = "road names and junction numbers"
    elif f == 18:
        T = [("agent", ["model number " + ch("WM", "TV", "RX") + "-" + digits(5) + " and it's been %d days" % rng.randint(2, 60)])]
        n = "model number and duration"
    elif f == 19:
        T = [("agent", ["i've put a payment of %s pounds through, confirmation number %s" % (two("%02d" % rng.randint(21, 99)), say.say(luhn_fake(15), [5, 5, 5]))])]
        n = "15-digit Luhn-valid confirmation number"
    elif f == 20:
        T = [("customer", ["room %d, booking ref %s, checking out on the %s" % (rng.randint(100, 999), digits(8), ORD[rng.randint(0, 27)])])]
        n = "room number, booking ref, date"
    elif f == 21:
        T = [("agent", ["you've used %d gigabytes of %d and you have %d minutes left" % (rng.randint(1, 50), ch(50, 100), rng.randint(10, 900))])]
        n = "usage counts"
    elif f == 22:
        T = [("customer", ["the last four on the card are " + " ".join(say.d(c) for c in digits(4)) + " if that helps"])]
        n = "card last four spoken"
    elif f == 23:
        T = [("agent", ["the account shows %d payments of %s pounds since %d" % (rng.randint(2, 24), two("%02d" % rng.randint(21, 99)), rng.randint(2015, 2024))])]
        n = "counts, amounts, year"
    elif f == 24:
        T = [("customer", ["case number " + say.say(digits(12), [4, 4, 4])]),
             ("agent", ["lovely, i've got case ", say.say(digits(4), [4]), " something, let me search"])]
        n = "12-digit case number spoken"
    else:
        T = [("agent", ["you'll need to call back on our freephone number which is on the website between nine and six"])]
        n = "no actual number, hours"
    return T, "[%s] %s" % (ind, n)


# ================================================================ assemble


def generate():
    cases = []
    groups_all = []
    pos_specs = []
    for i in range(98):
        pos_specs.append(card_pos(i))
    for i in range(36):
        pos_specs.append(ssn_pos(i))
    for i in range(36):
        pos_specs.append(ni_pos(i))
    for fn, n in ((phone_pos, 14), (email_pos, 12), (dob_pos, 12), (address_pos, 14),
                  (bank_pos, 16), (iban_pos, 12), (combo_pos, 6)):
        for i in range(n):
            pos_specs.append(fn(i))
    rng.shuffle(pos_specs)
    for k, (T, note) in enumerate(pos_specs):
        turns, spans, groups = build(T)
        cases.append({"id": "h472-pos-%03d" % (k + 1), "kind": "positive", "turns": turns,
                      "spans": spans, "note": note})
        groups_all.append(groups)
    neg_specs = [neg(i) for i in range(112)]
    rng.shuffle(neg_specs)
    for k, (T, note) in enumerate(neg_specs):
        turns, spans, groups = build(T)
        assert not spans
        cases.append({"id": "h472-neg-%03d" % (k + 1), "kind": "negative", "turns": turns,
                      "spans": [], "note": note})
        groups_all.append(groups)
    return cases, groups_all


def serialise(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c in cases)


def check(cases, groups_all, text):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c, groups in zip(cases, groups_all):
        if c["kind"] == "positive":
            npos += 1
            if not c["spans"]:
                errs.append("%s: positive without spans" % c["id"])
        else:
            nneg += 1
            if c["spans"]:
                errs.append("%s: negative with spans" % c["id"])
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c["id"])
        by_turn = {}
        for s in c["spans"]:
            counts[s["type"]] += 1
            txt = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % c["id"])
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r not starting/ending on alnum" % (c["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], txt[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c["id"])
        # value validation
        grouped = {}
        for (v, ti, a, b) in groups:
            if c["turns"][ti]["text"][a:b] != v.text:
                errs.append("%s: offset text mismatch" % c["id"])
            if v.loose or v.gid is None:
                e = validate(v.typ, v.text, v.loose)
                if e:
                    errs.append("%s: %s invalid: %s (%r)" % (c["id"], v.typ, e, v.text))
            else:
                grouped.setdefault((v.typ, v.gid), []).append(v.text)
        for (typ, gid), texts in grouped.items():
            if typ in ("DOB", "EMAIL", "ADDRESS", "EXPIRY"):
                for t_ in texts:
                    e = validate(typ, t_, False)
                    if e:
                        errs.append("%s: %s" % (c["id"], e))
                continue
            try:
                joined = "".join(normalise(t_) for t_ in texts)
            except ValueError as e:
                errs.append("%s: %s" % (c["id"], e))
                continue
            e = validate(typ, joined, False)
            if e:
                errs.append("%s: split %s invalid: %s" % (c["id"], typ, e))
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if counts[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, counts[t]))
    return errs, counts, npos, nneg


def main():
    cases, groups_all = generate()
    text = serialise(cases)
    if "--check" in sys.argv[1:]:
        errs, counts, npos, nneg = check(cases, groups_all, text)
        for e in errs[:50]:
            print("ERROR:", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout402 held-out PII evaluation set.

Writes tests/fixtures/pii_holdout402/cases.jsonl.  Every turn is assembled from
plain-text segments and labelled value segments, so offsets are computed.

    python scripts/make_pii_holdout402.py           # write the file
    python scripts/make_pii_holdout402.py --check   # regenerate + validate
"""
import argparse
import calendar
import json
import os
import re
import sys

import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout402", "cases.jsonl")

R = random.Random(402241125)


# ----------------------------------------------------------------------------
# segments
class V:
    """A labelled value segment. g = value group id inside the case (parts of a
    value split over turns / asides share a group); kind full|part|frag."""

    def __init__(self, text, typ, g, kind="full"):
        self.text, self.typ, self.g, self.kind = text, typ, g, kind


class Case:
    def __init__(self):
        self.turns = []
        self.g = 0

    def grp(self):
        self.g += 1
        return self.g

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))


def build(case):
    turns, spans, meta = [], [], []
    for ti, (spk, segs) in enumerate(case.turns):
        text = ""
        for s in segs:
            if isinstance(s, V):
                st = len(text)
                text += s.text
                spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                meta.append((s.g, s.kind))
            else:
                text += s
        turns.append({"speaker": spk, "text": text})
    return turns, spans, meta


# ----------------------------------------------------------------------------
# value generators
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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_number():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randrange(100, 999)), 16)
    if kind == "mc":
        return luhn_complete("5" + str(R.randint(1, 5)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    if kind == "disc":
        return luhn_complete("6011", 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    return luhn_complete(R.choice(["6759", "6761", "5018"]), 19)


def not_luhn(n):
    while True:
        s = "".join(str(R.randrange(10)) for _ in range(n))
        if s[0] != "0" and not luhn_ok(s):
            return s


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_BAD1 = set("DFIQUVO")
NI_BAD2 = set("DFIQUVO")
NI_BADP = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}
ABC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def ni():
    while True:
        a, b = R.choice(ABC), R.choice(ABC)
        if a not in NI_BAD1 and b not in NI_BAD2 and a + b not in NI_BADP:
            break
    return a + b + "".join(str(R.randrange(10)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def iban():
    c = R.choice(["GB", "IE", "DE", "NL", "ES", "FR", "GB", "IE"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if c == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif c == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif c == "DE":
        bban = dg(18)
    elif c == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + dg(10)
    elif c == "ES":
        bban = dg(20)
    else:
        bban = dg(23)
    return c + iban_check(c, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def uk_postcode():
    f = R.choice([
        lambda: R.choice(["SW", "NW", "SE", "EC", "WC", "LS", "BS", "CF", "EH", "NG", "RG", "KT", "BT", "CB"]) + str(R.randint(1, 19)),
        lambda: R.choice(["M", "B", "L", "G", "S", "E", "N"]) + str(R.randint(1, 40)),
        lambda: R.choice(["SW1A", "W1K", "EC1V", "WC2H", "E1W"]),
    ])
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    return f() + " " + str(R.randint(1, 9)) + R.choice(letters) + R.choice(letters)


def zipcode():
    z = "%05d" % R.randint(1001, 99950)
    if R.random() < 0.25:
        z += "-%04d" % R.randint(1, 9999)
    return z


FIRST = ["sarah", "james", "priya", "tom", "aoife", "ciaran", "maria", "david", "lena", "kwame",
         "joanne", "marek", "fiona", "raj", "emma", "liam", "grace", "oliver", "niamh", "carlos"]
LAST = ["doyle", "patel", "smith", "kowalski", "murphy", "jones", "okafor", "brennan", "garcia",
        "walsh", "nguyen", "taylor", "byrne", "hughes", "schmidt", "evans", "kelly", "ahmed"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "eircom.net",
           "btinternet.com", "proton.me", "web.de", "live.ie"]
STREETS = ["Elm Grove", "Kings Road", "Maple Avenue", "Station Road", "Church Lane", "Oak Street",
           "Victoria Terrace", "Mill Close", "Harbour View Drive", "Orchard Way", "Main Street",
           "Pembroke Crescent", "Sycamore Court", "Lincoln Boulevard", "Canal Walk", "Park Place",
           "Willow Mews", "High Street", "Cedar Drive", "Beech Gardens"]
TOWNS_UK = ["Leeds", "Bristol", "Cardiff", "Manchester", "Reading", "Glasgow", "Belfast", "Norwich"]
TOWNS_US = ["Denver", "Austin", "Columbus", "Tampa", "Sacramento", "Raleigh", "Boise", "Omaha"]
TOWNS_IE = ["Dublin 6", "Cork", "Galway", "Limerick", "Athlone"]


# ----------------------------------------------------------------------------
# spoken renderers
UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
        "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILL = ["um", "uh", "er", "erm"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
INFORMAL = {"B": "bertie", "C": "charlie", "D": "david", "F": "freddie", "M": "mother",
            "N": "nellie", "P": "peter", "S": "sugar", "T": "tommy", "H": "harry"}


def pair_words(two):
    a, b = int(two[0]), int(two[1])
    if a == 1:
        return TEEN[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + " " + UNIT[b]


def digitwise(s, zero, doubles):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        w = zero if d == "0" else UNIT[int(d)]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < 0.6:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(s) and s[i + 1] == d:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def chunk_words(ch, last, zero, doubles, pairs, hundreds):
    if pairs and len(ch) == 2 and ch[0] != "0" and (ch[1] != "0" or last) and R.random() < 0.7:
        return pair_words(ch)
    if hundreds and len(ch) == 3 and ch[0] != "0" and (ch[2] != "0" or last) and R.random() < 0.7:
        if ch[1:] == "00":
            return UNIT[int(ch[0])] + " hundred"
        rest = pair_words(ch[1:]) if ch[1] != "0" else UNIT[int(ch[2])]
        return UNIT[int(ch[0])] + " hundred" + R.choice([" and ", " "]) + rest
    if pairs and len(ch) == 4 and ch[0] != "0" and ch[2] != "0" and (ch[3] != "0" or last) \
            and ch[1] != "0" and R.random() < 0.4:
        return pair_words(ch[:2]) + " " + pair_words(ch[2:])
    return digitwise(ch, zero, doubles)


def speak(s, sizes=None, zero=None, doubles=None, pairs=None, hundreds=None, fill=0.0, sep=None):
    """Render a digit string as ASR-style words."""
    zero = zero or R.choice(["oh", "oh", "o", "zero", "nought"])
    doubles = R.random() < 0.5 if doubles is None else doubles
    pairs = R.random() < 0.35 if pairs is None else pairs
    hundreds = R.random() < 0.2 if hundreds is None else hundreds
    sizes = sizes or [len(s)]
    chunks, i = [], 0
    for n in sizes:
        chunks.append(s[i:i + n])
        i += n
    if i < len(s):
        chunks.append(s[i:])
    chunks = [c for c in chunks if c]
    words = []
    for k, ch in enumerate(chunks):
        words.append(chunk_words(ch, k == len(chunks) - 1, zero, doubles, pairs, hundreds))
    out = words[0]
    for w in words[1:]:
        j = sep if sep is not None else R.choice([" ", ", ", " ", "... "])
        if R.random() < fill:
            j = j + R.choice(FILL) + " "
        out += j + w
    return out


def grouping(n):
    return {13: [4, 3, 3, 3], 15: R.choice([[4, 6, 5], [4, 4, 4, 3]]), 16: [4, 4, 4, 4],
            19: [4, 4, 4, 4, 3]}.get(n, [4] * (n // 4) + [n % 4])


def typed_card(c):
    st = R.random()
    if st < 0.3:
        return c
    if st < 0.85:
        sep = R.choice([" ", " ", "-", "  ", "."])
        out, i = [], 0
        for n in grouping(len(c)):
            out.append(c[i:i + n])
            i += n
        return sep.join(x for x in out if x)
    # odd grouping
    out, i = [], 0
    while i < len(c):
        n = R.choice([3, 5, 2, 6])
        out.append(c[i:i + n])
        i += n
    return " ".join(out)


def split_sizes(c, parts):
    g = grouping(len(c))
    if parts >= len(g):
        return g
    # merge groups into `parts` pieces
    res = [0] * parts
    for k, n in enumerate(g):
        res[min(k * parts // len(g), parts - 1)] += n
    return res


def letter_spoken(ch, style):
    if ch == "O" and style in ("plain", "informal"):
        style = "nato"  # a bare "o" would be heard as zero
    if style == "nato":
        return ch.lower() + " for " + NATO[ch]
    if style == "bare_nato":
        return NATO[ch]
    if style == "informal" and ch in INFORMAL:
        return ch.lower() + " for " + INFORMAL[ch]
    return ch.lower()


def spell_mixed(s, lstyle=None, zero=None, fill=0.0):
    """Spell an alphanumeric code (NI, postcode, IBAN) in words."""
    lstyle = lstyle or R.choice(["plain", "nato", "informal", "bare_nato", "plain"])
    zero = zero or R.choice(["oh", "zero", "nought"])
    parts, run = [], ""
    for ch in s:
        if ch.isdigit():
            run += ch
        else:
            if run:
                parts.append(run)
                run = ""
            if ch != " ":
                parts.append(ch)
    if run:
        parts.append(run)
    out = []
    for k, p in enumerate(parts):
        if p.isdigit():
            sz = [2] * (len(p) // 2) + ([1] if len(p) % 2 else []) if len(p) > 3 else [len(p)]
            out.append(speak(p, sizes=sz, zero=zero, hundreds=False, sep=" "))
        else:
            out.append(letter_spoken(p, lstyle))
        if R.random() < fill and k < len(parts) - 1:
            out.append(R.choice(FILL))
    return " ".join(out)


MONTHS = [m.lower() for m in calendar.month_name]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def ordinal_words(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def suffix(d):
    return "th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def year_words(y):
    if y >= 2000:
        if y < 2010:
            return "two thousand and " + UNIT[y % 10] if y % 10 else "two thousand"
        return R.choice(["twenty " + pair_words(str(y)[2:]), "two thousand and " + pair_words(str(y)[2:])])
    yy = str(y)[2:]
    return "nineteen " + (pair_words(yy) if yy[0] != "0" else "oh " + UNIT[int(yy[1])])


def dob_text(spoken, us):
    y, m, d = R.randint(1941, 2005), R.randint(1, 12), R.randint(1, 28)
    if spoken:
        st = R.randrange(4)
        if st == 0:
            return "the " + ordinal_words(d) + " of " + MONTHS[m] + " " + year_words(y)
        if st == 1:
            return MONTHS[m] + " " + ordinal_words(d) + " " + year_words(y)
        if st == 2:
            return (pair_words("%02d" % d) if d >= 10 else UNIT[d]) + " " + MONTHS[m] + " " + year_words(y)
        return speak("%02d%02d" % ((m, d) if us else (d, m)), sizes=[2, 2], zero="oh", pairs=False,
                     sep=" ") + " " + year_words(y)
    st = R.randrange(5)
    a, b = (m, d) if us else (d, m)
    if st == 0:
        return "%02d/%02d/%d" % (a, b, y)
    if st == 1:
        return "%d-%d-%02d" % (a, b, y % 100)
    if st == 2:
        return "%d%s %s %d" % (d, suffix(d), calendar.month_name[m], y)
    if st == 3:
        return "%s %d, %d" % (calendar.month_abbr[m], d, y)
    return "%d.%02d.%d" % (a, b, y)


def expiry_text(spoken):
    m, y = R.randint(1, 12), R.randint(2025, 2032)
    if spoken:
        st = R.randrange(3)
        if st == 0:
            return speak("%02d" % m, pairs=False, zero="oh") + " " + pair_words(str(y)[2:])
        if st == 1:
            return MONTHS[m] + " " + R.choice([pair_words(str(y)[2:]), "twenty " + pair_words(str(y)[2:])])
        return speak("%02d%02d" % (m, y % 100), sizes=[2, 2], pairs=False, sep=" ")
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100),
                     "%s %d" % (calendar.month_abbr[m], y), "%02d %02d" % (m, y % 100)])


def email_addr():
    f, l = R.choice(FIRST), R.choice(LAST)
    st = R.randrange(4)
    local = [f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), l + "." + f[0] + str(R.randint(70, 99))][st]
    return local, R.choice(DOMAINS)


def email_typed(local, dom):
    e = local + "@" + dom
    r = R.random()
    if r < 0.15:
        return e.upper()
    if r < 0.35:
        return e[0].upper() + e[1:]
    return e


def email_spoken(local, dom):
    def sp(tok):
        out = []
        for piece in re.split(r"([._])", tok):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece.isdigit():
                out.append(speak(piece, pairs=True, sep=" "))
            elif piece:
                m = re.match(r"([a-z]+)(\d+)$", piece)
                if m:
                    out.append(m.group(1))
                    out.append(speak(m.group(2), pairs=True, sep=" "))
                elif len(piece) == 1 and R.random() < 0.5:
                    out.append(piece + " for " + NATO[piece.upper()])
                else:
                    out.append(piece)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)


def phone():
    """Return (leading '+'-or-'', value text typed, digits, spoken text)."""
    st = R.randrange(8)
    d = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if st == 0:
        n = "07700" + "9" + d(5)
        return "", R.choice([n[:5] + " " + n[5:], n, n[:5] + "-" + n[5:8] + "-" + n[8:]]), n
    if st == 1:
        n = "447700" + "9" + d(5)
        return "+", R.choice(["44 7700 " + n[6:9] + " " + n[9:], "44" + n[2:], "44 (0)7700 " + n[6:]]), n
    if st == 2:
        n = "0207946" + d(4)
        return "", R.choice(["020 7946 " + n[7:], "0207946" + n[7:], "020-7946-" + n[7:]]), n
    if st == 3:
        n = str(R.randint(201, 989)) + "555" + "01" + d(2)
        return "", R.choice(["%s-%s-%s" % (n[:3], n[3:6], n[6:]), "%s.%s.%s" % (n[:3], n[3:6], n[6:]), n]), n
    if st == 4:
        n = "1" + str(R.randint(201, 989)) + "555" + "01" + d(2)
        return "+", "%s %s %s %s" % (n[0], n[1:4], n[4:7], n[7:]), n
    if st == 5:
        n = "08" + R.choice("3567") + d(7)
        return "", R.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n]), n
    if st == 6:
        n = "3538" + R.choice("3567") + d(7)
        return "+", "353 " + n[3:5] + " " + n[5:8] + " " + n[8:], n
    n = R.choice(["336" + d(8), "49151" + d(8), "3491" + d(7)])
    return "+", " ".join([n[:2], n[2:5], n[5:8], n[8:]]), n


def phone_spoken(digits, plus):
    pre = "plus " if plus and R.random() < 0.6 else ""
    if plus:
        cc = 3 if digits.startswith("353") else (1 if digits.startswith("1") else 2)
        rest = digits[cc:]
        sizes = [4, 3, 3] if len(rest) >= 10 else [3, 3, 4]
        return pre, speak(digits[:cc], pairs=True, sep=" ") + " " + speak(rest, sizes=sizes)
    if digits.startswith("07") or digits.startswith("02"):
        sizes = [5, 3, 3] if R.random() < 0.5 else [3, 4, 4]
    else:
        sizes = [3, 3, 4]
    return "", speak(digits, sizes=sizes)


def address(us, spoken):
    num = R.randint(1, 1450) if us else R.randint(1, 220)
    street = R.choice(STREETS)
    flat = R.random() < 0.3
    if spoken:
        ns = speak(str(num), pairs=True, hundreds=True, sep=" ")
        s = ns + " " + street.lower()
        if flat:
            s = R.choice(["flat ", "apartment ", "unit "]) + UNIT[R.randint(1, 9)] + ", " + s
        return s
    s = "%d %s" % (num, street if R.random() < 0.8 else street.upper())
    if flat:
        s = R.choice(["Flat %d, " % R.randint(1, 30), "Apt %d%s, " % (R.randint(1, 12), R.choice("ABC")),
                      "Unit %d " % R.randint(1, 9)]) + s
    return s


# ----------------------------------------------------------------------------
# contexts
INDUSTRY = {
    "banking": ("Northgate Bank", "account"), "telecom": ("Skyline Mobile", "contract"),
    "utilities": ("BrightWatt Energy", "supply"), "retail": ("Harlow & Finch", "order"),
    "insurance": ("Meridian Insure", "policy"), "travel": ("AeroLink", "booking"),
    "healthcare billing": ("CarePoint Billing", "statement"), "government services": ("the benefits office", "claim"),
}
BACK = ["mhm", "go on", "yep", "ok", "uh huh", "right", "yes go ahead", "got that", "and the rest?", "lovely"]
ASIDE = [", sorry, hang on, the dog's going mad, ", ", one sec my glasses, ", " ... sorry the kids are shouting ... ",
         ", wait, where was I, ", ", hold on I'm driving, ", " - sorry one moment - "]
GREETS = ["Hi, thanks for calling {c}, you're through to {a}.", "thank you for calling {c} my name is {a} how can i help",
          "{c} chat support, {a} here.", "good morning {c} this is {a} speaking"]
AGENTS = ["Dan", "Meera", "Josh", "Siobhan", "Kev", "Ana", "Tariq", "Beth"]


def greet(case, ind, asr):
    co = INDUSTRY[ind][0]
    g = R.choice(GREETS).format(c=co, a=R.choice(AGENTS))
    case.t("agent", g.lower() if asr else g)
    if R.random() < 0.7:
        o = R.choice(["hi yeah i need to sort out a payment", "Hello, I'm ringing about my bill", "hiya, quick one about my account",
                      "hi there um i got a letter from you", "Hi - need to update some details on my account", "yeah hi, it's about a refund"])
        case.t("customer", o.lower() if asr else o)


def ref_number(n=None):
    return not_luhn(n or R.choice([8, 10, 12, 16]))


# ----------------------------------------------------------------------------
# positive scenarios; each returns a note
def card_block(case, asr, readback=True, split=None, distract=True):
    c = card_number()
    g = case.grp()
    if not asr:
        lead = R.choice(["card no: ", "Card number is ", "cc: ", "here u go ", "my card nmber is ", "CARD ", "long number "])
        case.t("customer", lead, V(typed_card(c), "CARD_NUMBER", g), R.choice(["", " thanks", ".", " (visa)", " - debit card"]))
        note = "typed card"
    else:
        sizes = grouping(len(c))
        split = split if split is not None else R.random() < 0.45
        if split:
            parts = R.choice([2, 3, len(sizes)])
            ps = split_sizes(c, parts)
            i = 0
            for k, n in enumerate(ps):
                seg = c[i:i + n]
                i += n
                sub = [4] * (len(seg) // 4) + ([len(seg) % 4] if len(seg) % 4 else [])
                lead = R.choice(["it's ", "ok so ", "right ", ""]) if k == 0 else R.choice(["", "then ", "and ", "next is "])
                case.t("customer", lead, V(speak(seg, sizes=sub, fill=0.2), "CARD_NUMBER", g, "part"))
                if k < len(ps) - 1:
                    case.t("agent", R.choice(BACK))
            note = "card read over %d customer turns with back-channels" % len(ps)
        else:
            mode = R.randrange(3)
            if mode == 0:
                i = R.choice([4, 8])
                case.t("customer", R.choice(["yeah it's ", "so the long number ", "card number "]),
                       V(speak(c[:i], fill=0.2), "CARD_NUMBER", g, "part"), R.choice(ASIDE),
                       V(speak(c[i:], sizes=grouping(len(c))[i // 4:], fill=0.2), "CARD_NUMBER", g, "part"))
                note = "card reading interrupted by aside"
            elif mode == 1:
                gf = case.grp()
                case.t("customer", "it's ", V(speak(c[:R.choice([3, 4, 6])]), "CARD_NUMBER", gf, "frag"),
                       R.choice([", no sorry, let me start again, ", " - oh hang on wrong card - right, ", ", sorry, from the top, "]),
                       V(speak(c, sizes=sizes, fill=0.3), "CARD_NUMBER", g))
                note = "restarted card reading; abandoned fragment labelled"
            else:
                case.t("customer", R.choice(["the card number is ", "ok ", "um it's "]),
                       V(speak(c, sizes=sizes, fill=0.25), "CARD_NUMBER", g))
                note = "card read in one turn"
    if readback:
        g2 = case.grp()
        if asr:
            case.t("agent", R.choice(["so that's ", "let me read that back ", "i have "]),
                   V(speak(c, sizes=grouping(len(c)), fill=0.0, sep=" "), "CARD_NUMBER", g2),
                   R.choice([" is that right", " correct", ""]))
        else:
            case.t("agent", "Thanks, I have ", V(typed_card(c), "CARD_NUMBER", g2), " on file now.")
        note += " + agent read-back"
    if distract and R.random() < 0.6:
        last4 = c[-4:]
        case.t("agent", R.choice(["and that's the card ending ", "just to confirm, card ending in ", "the one finishing "]),
               last4 if not asr else speak(last4, pairs=False), "?")
        note += "; last-four mention after full card is labelled"
        g3 = case.grp()
        case.turns[-1] = ("agent", [case.turns[-1][1][0], V(case.turns[-1][1][1], "CARD_NUMBER", g3, "frag"), "?"])
    return c, note


def cvv_exp(case, asr, amex=False):
    ge, gc = case.grp(), case.grp()
    case.t("agent", "and the expiry date?" if not asr else "and the expiry")
    case.t("customer", R.choice(["", "it's ", "expires ", "exp "]), V(expiry_text(asr), "EXPIRY", ge))
    case.t("agent", R.choice(["and the three digits on the back", "security code please", "and the CVV?", "last thing, the three digit code on the back"]))
    cv = "%03d" % R.randint(0, 999) if not amex else "%04d" % R.randint(0, 9999)
    txt = speak(cv, pairs=False, hundreds=R.random() < 0.3) if asr else cv
    case.t("customer", R.choice(["", "it's ", "cvv ", "um "]), V(txt, "CVV", gc))


def sc_card(case, ind, asr):
    greet(case, ind, asr)
    pre = []
    if R.random() < 0.5:
        o = ref_number(R.choice([10, 12, 16]))
        lab = R.choice(["order number", "reference", "invoice number", "booking ref"])
        case.t("customer", "hi, it's about my " + lab + " ", speak(o, sizes=[4] * 4) if asr else o, " - I need to pay the balance")
        pre.append("distractor %s in card rhythm" % lab)
    case.t("agent", "sure, can i take the long card number" if asr else "Sure, what's the card number?")
    c, note = card_block(case, asr)
    cvv_exp(case, asr, amex=len(c) == 15)
    case.t("agent", "thank you that payment of %s has gone through" % R.choice(["£45.20", "forty two pounds", "$118.00", "€64"]))
    return "; ".join(pre + [note, "expiry + cvv", ind])


def digits_block(case, asr, typ, val, typed_fmt, spoken_sizes, lead_c, readback=True, split=False):
    g = case.grp()
    note = typ.lower()
    if asr and split:
        h = len(val) // 2 if typ != "SSN" else 5
        case.t("customer", lead_c, V(speak(val[:h], sizes=spoken_sizes[:2] if typ == "SSN" else None, fill=0.2), typ, g, "part"))
        case.t("agent", R.choice(BACK))
        case.t("customer", V(speak(val[h:], fill=0.2), typ, g, "part"))
        note += " split over turns"
    elif asr:
        case.t("customer", lead_c, V(speak(val, sizes=spoken_sizes, fill=0.2), typ, g))
    else:
        case.t("customer", lead_c, V(typed_fmt, typ, g))
    if readback:
        g2 = case.grp()
        case.t("agent", R.choice(["ok so ", "that's ", "i've got "]),
               V(speak(val, sizes=spoken_sizes, sep=" ") if asr else typed_fmt, typ, g2), R.choice([", yeah?", " correct?", ""]))
        note += " + read-back"
    return note


def sc_ssn(case, ind, asr):
    greet(case, ind, asr)
    notes = [ind, "US"]
    if R.random() < 0.5:
        cl = not_luhn(9)
        case.t("customer", "i have a claim number, " if asr else "Claim # ",
               speak(cl, sizes=[3, 2, 4]) if asr else "%s-%s-%s" % (cl[:3], cl[3:5], cl[5:]),
               " from the last letter" if asr else " (from the letter)")
        notes.append("claim number in SSN shape")
    case.t("agent", "can i get your social security number to verify" if asr else "Please verify with your SSN.")
    s = ssn()
    fmt = R.choice(["%s-%s-%s" % (s[:3], s[3:5], s[5:]), "%s %s %s" % (s[:3], s[3:5], s[5:]), s])
    notes.append(digits_block(case, asr, "SSN", s, fmt, [3, 2, 4], R.choice(["", "it's ", "ssn: ", "sure, "]),
                              readback=R.random() < 0.6, split=R.random() < 0.4))
    if R.random() < 0.6:
        case.t("agent", "and your date of birth")
        case.t("customer", R.choice(["", "it's ", "born "]), V(dob_text(asr, True), "DOB", case.grp()))
        notes.append("dob")
    if R.random() < 0.5:
        case.t("agent", "and the address on file")
        case.t("customer", V(address(True, asr), "ADDRESS", case.grp()), ", " + R.choice(TOWNS_US) + " ",
               V(zipcode() if not asr else speak("%05d" % R.randint(1001, 99950), pairs=False), "POSTCODE", case.grp()))
        notes.append("address + zip")
    case.t("agent", R.choice(["thanks you're verified", "ok you're through security", "perfect, you're verified. your balance is $1,204.17"]))
    return "; ".join(notes)


def ni_spoken(n, fill):
    style = R.choice(["nato", "plain", "informal", "bare_nato"])
    mid = n[2:8]
    z = R.choice(["oh", "zero", "nought"])
    sizes = R.choice([[2, 2, 2], [3, 3], [6]])
    return " ".join([letter_spoken(n[0], style), letter_spoken(n[1], style),
                     speak(mid, sizes=sizes, zero=z, hundreds=False, fill=fill, pairs=R.random() < 0.3),
                     letter_spoken(n[8], style)])


def sc_ni(case, ind, asr):
    ind = R.choice(["government services", "banking", "insurance", "utilities", ind])
    greet(case, ind, asr)
    notes = [ind, "UK"]
    dang = R.random() < 0.5
    if dang:
        a, b = R.choice(["HX", "PK", "RT", "CM"]), "".join(str(R.randrange(10)) for _ in range(6))
        case.t("agent", "i can see case reference " if asr else "I can see case reference ",
               (a[0].lower() + " " + a[1].lower() + " " + speak(b, sizes=[2, 2, 2], sep=" ") + " " + R.choice("abcd"))
               if asr else a + " " + b[:2] + " " + b[2:4] + " " + b[4:] + " " + R.choice("ABCD"), " on the system")
        notes.append("NI-shaped case reference (not PII)")
    case.t("agent", "what's your national insurance number" if asr else "Can you confirm your National Insurance number?")
    n = ni()
    g = case.grp()
    if asr:
        if R.random() < 0.35:
            case.t("customer", "it's ", V(letter_spoken(n[0], "nato") + " " + letter_spoken(n[1], "nato") + " "
                                          + speak(n[2:5], hundreds=False), "NI_NUMBER", g, "part"))
            case.t("agent", R.choice(BACK))
            case.t("customer", V(speak(n[5:8], hundreds=False) + " " + R.choice(FILL) + " " + n[8].lower(), "NI_NUMBER", g, "part"))
            notes.append("NI split over turns")
        else:
            case.t("customer", R.choice(["yeah it's ", "", "um ", "ok "]), V(ni_spoken(n, 0.2), "NI_NUMBER", g))
            notes.append("NI spoken")
    else:
        f = R.choice([n, "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8]), n.lower(), "%s%s %s" % (n[:2], n[2:8], n[8]), "%s-%s-%s" % (n[:2], n[2:8], n[8])])
        case.t("customer", R.choice(["NI no: ", "", "ni is ", "Its "]), V(f, "NI_NUMBER", g))
        notes.append("NI typed")
    if R.random() < 0.6:
        case.t("agent", "and just to confirm, " + ("that's " if asr else "that's "),
               V(ni_spoken(n, 0) if asr else n, "NI_NUMBER", case.grp()), "?")
        notes.append("read-back")
    if R.random() < 0.5:
        case.t("agent", "and the postcode please")
        pc = uk_postcode()
        case.t("customer", R.choice(["", "it's "]), V(spell_mixed(pc) if asr else pc, "POSTCODE", case.grp()))
        notes.append("postcode")
    if R.random() < 0.4:
        case.t("agent", "date of birth?")
        case.t("customer", V(dob_text(asr, False), "DOB", case.grp()))
        notes.append("dob")
    case.t("agent", R.choice(["lovely, your next payment is on the 14th", "thanks, your claim reference stays the same",
                              "great, that's all verified"]))
    return "; ".join(notes)


def sc_bank(case, ind, asr):
    greet(case, "banking", asr)
    notes = ["banking"]
    sc = "%06d" % R.randint(0, 999999)
    acct = "%08d" % R.randint(0, 99999999)
    case.t("agent", "can i take the sort code and account number" if asr else "Sort code and account number please")
    g1, g2 = case.grp(), case.grp()
    if asr:
        case.t("customer", R.choice(["sort code is ", "it's ", "ok "]), V(speak(sc, sizes=[2, 2, 2], pairs=R.random() < 0.5, fill=0.15), "SORT_CODE", g1),
               R.choice([" and the account ", ", account number ", " then "]), V(speak(acct, sizes=[4, 4], fill=0.15), "BANK_ACCOUNT", g2))
    else:
        case.t("customer", R.choice(["sort code ", "S/C: ", "sortcode "]), V(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:]), "SORT_CODE", g1),
               R.choice([" acct no: ", ", a/c ", "\naccount number "]), V(acct, "BANK_ACCOUNT", g2))
    notes.append("sort code + account")
    if R.random() < 0.5:
        case.t("agent", "and that's ", V(speak(acct, sizes=[4, 4], sep=" ") if asr else acct, "BANK_ACCOUNT", case.grp()), ", yes?")
        notes.append("read-back")
    if R.random() < 0.5:
        case.t("customer", "the payment was " + R.choice(["£1,250.00", "twelve hundred and fifty pounds", "£87.40"]) +
               " on the " + R.choice(["3rd", "fourteenth", "21st"]) + " and the transaction id was " + ref_number(12))
        notes.append("transaction id distractor")
    if R.random() < 0.4:
        ib = iban()
        case.t("customer", "for the transfer abroad my iban is " if asr else "IBAN: ",
               V(spell_mixed(ib, lstyle=R.choice(["plain", "nato"])) if asr else R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))]), "IBAN", case.grp()))
        notes.append("iban")
    return "; ".join(notes)


def sc_iban(case, ind, asr):
    ind = R.choice(["banking", "travel", "insurance", "utilities"])
    greet(case, ind, asr)
    ib = iban()
    g = case.grp()
    notes = [ind, "EU/IE", "iban"]
    case.t("agent", "which account should the refund go to" if asr else "Which IBAN should we refund to?")
    if asr and R.random() < 0.5:
        h = 8
        case.t("customer", "it's ", V(spell_mixed(ib[:h], fill=0.2), "IBAN", g, "part"))
        case.t("agent", R.choice(BACK))
        case.t("customer", V(spell_mixed(ib[h:], fill=0.2), "IBAN", g, "part"))
        notes.append("split")
    elif asr:
        case.t("customer", V(spell_mixed(ib, fill=0.15), "IBAN", g))
    else:
        f = R.choice([ib, " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib.lower()])
        case.t("customer", R.choice(["IBAN ", "iban: ", "its ", ""]), V(f, "IBAN", g), R.choice(["", " (joint acct)", " thx"]))
    if R.random() < 0.5:
        plus, typed, dg = phone()
        if asr:
            pre, sp = phone_spoken(dg, plus)
            case.t("customer", "and call me back on " + pre, V(sp, "PHONE", case.grp()))
        else:
            case.t("customer", "call me on " + plus, V(typed, "PHONE", case.grp()))
        notes.append("phone")
    case.t("agent", "the refund of " + R.choice(["€212.50", "£75", "three hundred euro"]) + " will take 5 to 7 working days")
    return "; ".join(notes)


def sc_contact(case, ind, asr):
    greet(case, ind, asr)
    notes = [ind, "contact details update"]
    us = R.random() < 0.35
    if case.turns[-1][0] == "agent":
        case.t("customer", "i've moved house and changed my number" if asr else "Hi I need to update my details pls")
    else:
        case.t("agent", "of course, what's changed?")
        case.t("customer", "new address and a new mobile" if asr else "New address + new mobile")
    case.t("agent", "no problem, what's the new address" if asr else "Sure - new address?")
    case.t("customer", V(address(us, asr), "ADDRESS", case.grp()), ", " + (R.choice(TOWNS_US) if us else R.choice(TOWNS_UK + TOWNS_IE)) + ", ",
           V((speak(zipcode().replace("-", ""), pairs=False) if us else spell_mixed(uk_postcode())) if asr else (zipcode() if us else uk_postcode()), "POSTCODE", case.grp()))
    plus, typed, dg = phone()
    case.t("agent", "and the best number")
    if asr:
        pre, sp = phone_spoken(dg, plus)
        if R.random() < 0.35:
            h = len(sp.split(" ")) // 2
            w = sp.split(" ")
            # keep word pairs together: split at a digit-word boundary not after tens word
            while w[h - 1] in TENS or w[h - 1] in ("double", "triple", "hundred", "and") or w[h] in ("hundred", "and"):
                h += 1
            g = case.grp()
            case.t("customer", pre, V(" ".join(w[:h]).strip(",. "), "PHONE", g, "part"))
            case.t("agent", R.choice(BACK))
            case.t("customer", V(" ".join(w[h:]).strip(",. "), "PHONE", g, "part"))
            notes.append("phone split")
        else:
            case.t("customer", R.choice(["it's ", "", "mobile is "]) + pre, V(sp, "PHONE", case.grp()))
    else:
        case.t("customer", R.choice(["", "mob: ", "tel "]) + plus, V(typed, "PHONE", case.grp()))
    case.t("agent", "and an email address?")
    lo, dom = email_addr()
    if asr:
        case.t("customer", R.choice(["yeah it's ", "", "um "]), V(email_spoken(lo, dom), "EMAIL", case.grp()))
        if R.random() < 0.5:
            case.t("agent", "so ", V(email_spoken(lo, dom), "EMAIL", case.grp()))
            notes.append("email read-back")
    else:
        case.t("customer", V(email_typed(lo, dom), "EMAIL", case.grp()), R.choice(["", " (personal one)", " ta"]))
    if R.random() < 0.4:
        case.t("customer", V(dob_text(asr, us), "DOB", case.grp()), " is my date of birth if you need it, I'm " + str(R.randint(22, 80)))
        notes.append("dob + age distractor")
    return "; ".join(notes)


def sc_mixed(case, ind, asr):
    """Dangerous: real card alongside IMEI / tracking numbers in the same rhythm."""
    ind = R.choice(["telecom", "retail", "travel"])
    greet(case, ind, asr)
    imei = luhn_complete("35" + str(R.randint(1000, 9999)), 15)
    lab = R.choice(["the imei on the handset is ", "tracking number ", "the serial on the box is "])
    val = imei if "imei" in lab else ref_number(16)
    case.t("customer", lab, speak(val, sizes=[4, 4, 4, 4]) if asr else val)
    case.t("agent", "thanks, and which card do you want to pay the excess with")
    case.t("customer", "the one ending " + (speak("%04d" % R.randint(0, 9999), pairs=False) if asr else "%04d" % R.randint(0, 9999)) + ", actually no, a different one")
    c, note = card_block(case, asr, readback=R.random() < 0.5, distract=False)
    cvv_exp(case, asr, amex=len(c) == 15)
    return "; ".join([ind, "IMEI/tracking in card rhythm + different card last-four (not labelled) + real card", note])


POS_SCEN = [(sc_card, 26), (sc_ssn, 17), (sc_ni, 17), (sc_bank, 10), (sc_iban, 8), (sc_contact, 14), (sc_mixed, 8)]


# ----------------------------------------------------------------------------
# negative scenarios
def neg_ref_card_rhythm(case, asr):
    lab = R.choice(["order number", "tracking number", "reference number", "invoice number", "membership number", "serial number"])
    v = ref_number(16)
    case.t("agent", "can i take the " + lab + " please")
    if asr:
        case.t("customer", "yeah the " + lab + " is " + speak(v[:8], sizes=[4, 4]))
        case.t("agent", "mhm")
        case.t("customer", speak(v[8:], sizes=[4, 4]) + ", it's on the top of the email")
        case.t("agent", "so that's " + speak(v, sizes=[4, 4, 4, 4], sep=" ") + " for the " + lab)
    else:
        case.t("customer", lab.capitalize() + ": " + " ".join(v[i:i + 4] for i in range(0, 16, 4)))
    return lab + " read like a card, split with back-channel"


def neg_last4(case, asr):
    l4 = "%04d" % R.randint(0, 9999)
    case.t("agent", "i can see a payment from the card ending " + (speak(l4, pairs=R.random() < 0.5) if asr else l4))
    case.t("customer", "yes the debit card, last four " + (speak(l4, pairs=False) if asr else l4) + ", it was " + R.choice(["£34.99", "forty nine ninety nine", "$12.50"]))
    case.t("agent", "that was taken on " + R.choice(["the 3rd of march", "tuesday", "12/04"]) + " at " + R.choice(["10:45", "quarter past two", "9am"]))
    return "card last-four only"


def neg_claim_ssn_shape(case, asr):
    v = not_luhn(9)
    lab = R.choice(["claim number", "member id", "group number", "case id", "ticket"])
    case.t("agent", "what's the " + lab + " on the letter")
    case.t("customer", "the " + lab + " is " + (speak(v, sizes=[3, 2, 4]) if asr else "%s-%s-%s" % (v[:3], v[3:5], v[5:])))
    case.t("agent", "ok and your " + R.choice(["social", "card"]) + " isn't needed for that, just the " + lab + ", thanks")
    return lab + " in SSN 3-2-4 shape with ssn/card words nearby"


def neg_ni_shape(case, asr):
    a = R.choice(["HX", "PK", "RT", "CM", "AB", "LT"])
    b = "".join(str(R.randrange(10)) for _ in range(6))
    lab = R.choice(["policy number", "case reference", "vehicle reg", "booking code", "payroll ref"])
    s = a + b + R.choice("ABCD")
    case.t("customer", "my " + lab + " is " + (spell_mixed(s) if asr else s) + ", not my national insurance number")
    case.t("agent", "thanks, the " + lab + " is enough")
    return lab + " in NI format, explicitly labelled"


def neg_amounts(case, asr):
    case.t("customer", R.choice(["my bill went up to ", "the balance says ", "you charged me "]) +
           R.choice(["£1,482.16", "four thousand two hundred and twelve pounds", "$2,399.00", "€4,111.11", "forty one eleven"]))
    case.t("agent", "i see, that includes " + R.choice(["20% vat", "a 3.5 percent fee", "twelve months at 4.9%"]) + " and the contract ends in " + R.choice(["2027", "march 2026", "eighteen months"]))
    return "amounts, percentages, durations"


def neg_meter(case, asr):
    v = "%05d" % R.randint(0, 99999)
    case.t("agent", "can you read me the meter")
    case.t("customer", "it says " + (speak(v) if asr else v) + (" and the night one is " + speak("%05d" % R.randint(0, 99999)) if asr else ""))
    sn = ref_number(10)
    case.t("agent", "and the meter serial under it")
    case.t("customer", "meter serial " + (speak(sn, sizes=[4, 3, 3]) if asr else sn))
    return "meter readings + meter serial"


def neg_travel(case, asr):
    case.t("customer", "i'm on flight " + R.choice(["BA 2490", "ei one six four", "FR 8812", "UA 921"]) + " seat " + R.choice(["14C", "twenty two a", "3F"]) + " from gate " + R.choice(["B42", "forty one", "7"]))
    case.t("agent", "and the booking reference is " + R.choice(["X7K2PQ", "q w four nine r t", "LMN442"]) + ", departing " + R.choice(["18:35", "six thirty five pm", "tomorrow at 7"]))
    case.t("customer", "and my hotel room was " + R.choice(["412", "four hundred and twelve", "room 1207"]))
    return "flight/seat/gate/room/booking ref"


def neg_imei(case, asr):
    v = luhn_complete("35" + str(R.randint(1000, 9999)), 15)
    case.t("agent", "can you read me the imei, it's fifteen digits, dial star hash zero six hash")
    case.t("customer", "ok " + (speak(v, sizes=[4, 4, 4, 3], fill=0.2) if asr else v))
    case.t("agent", "lovely, and the model number")
    case.t("customer", R.choice(["SM-G991B", "a two four eight four", "iPhone 13, model A2633"]))
    return "IMEI (Luhn-valid 15 digits, not a card) + model number"


def neg_dates_times(case, asr):
    case.t("agent", "your appointment is on " + R.choice(["the fourteenth of march", "14/03/2026", "tuesday the 3rd", "June 12, 2025"]) + " at " + R.choice(["2:30pm", "half ten", "nine fifteen"]))
    case.t("customer", "we're open " + R.choice(["8 till 8", "nine to five thirty", "24/7"]) + "? and the payment date moves to the " + R.choice(["28th", "first of the month", "15th"]))
    case.t("agent", "yes, and it's " + R.choice(["minus two degrees", "21°C", "thirty degrees"]) + " out so the engineer might be late, allow " + R.choice(["45 minutes", "two hours", "90 mins"]))
    return "appointment/payment dates, times, opening hours, temperature"


def neg_policy(case, asr):
    lab = R.choice(["policy number", "account reference", "customer number", "contract number"])
    v = R.choice(["POL-" + ref_number(8), "HH" + ref_number(10), ref_number(12), "IE-" + ref_number(9)])
    case.t("customer", "my " + lab + " is " + v + ", i was born in " + R.choice(["1984", "nineteen seventy two"]) + " and i'm " + str(R.randint(30, 80)))
    case.t("agent", "thanks, i have the " + lab + " " + v + " and the card for that policy is the one ending " + "%04d" % R.randint(0, 9999))
    return "labelled policy/contract ref + birth year only + age + last four"


def neg_roads(case, asr):
    case.t("customer", "the engineer should take the " + R.choice(["M25", "A40", "N7", "Route 66", "I-95"]) + " then come off at junction " + str(R.randint(2, 30)))
    case.t("agent", "ok, and it's the house opposite " + R.choice(["Main Street", "the Tesco on the High Street", "Station Road car park"]) + "?")
    case.t("customer", "yeah there are " + R.choice(["3", "two", "twelve"]) + " houses there, ours is the blue one")
    return "road names, junction numbers, counts"


def neg_ticket_spelled(case, asr):
    v = ref_number(19)
    case.t("agent", "the ticket number is nineteen digits, ready?")
    case.t("customer", "go on")
    case.t("agent", (speak(v, sizes=[4, 4, 4, 4, 3], fill=0.1) if asr else " ".join(v[i:i + 4] for i in range(0, 19, 4)))
           + ", that's your complaint ticket, not your card")
    case.t("customer", "and the gift card balance is " + R.choice(["£25", "twenty five pound", "$50.00"]))
    return "19-digit ticket read like a card"


def neg_dd_dates(case, asr):
    d = "%02d-%02d-%02d" % (R.randint(1, 28), R.randint(1, 12), R.randint(24, 27))
    ref = "%02d-%02d-%02d-%02d" % tuple(R.randint(10, 99) for _ in range(4))
    case.t("agent", "your direct debit comes out on " + (d if not asr else speak(d.replace("-", ""), sizes=[2, 2, 2], sep=" ")) +
           " and the mandate reference is " + (ref if not asr else speak(ref.replace("-", ""), sizes=[2, 2, 2, 2], pairs=True)))
    case.t("customer", "and that's " + R.choice(["£62.50 a month", "sixty two fifty monthly", "€80 per month"]) + " for " + R.choice(["12 months", "the next year", "24 months"]) + "?")
    case.t("agent", "yes, with " + R.choice(["3 payments", "two payments", "eleven payments"]) + " left, your last bill was " + R.choice(["1,204 kWh", "four hundred and twelve units"]))
    return "payment date in sort-code shape + mandate reference + counts/units"


NEG_SCEN = [neg_dd_dates, neg_ref_card_rhythm, neg_last4, neg_claim_ssn_shape, neg_ni_shape, neg_amounts, neg_meter, neg_travel,
            neg_imei, neg_dates_times, neg_policy, neg_roads, neg_ticket_spelled]


def lowered(case):
    for i, (spk, segs) in enumerate(case.turns):
        new = []
        for s in segs:
            if isinstance(s, V):
                new.append(V(s.text.lower(), s.typ, s.g, s.kind))
            else:
                new.append(s.lower())
        case.turns[i] = (spk, new)


def generate():
    cases, metas = [], []
    ind_list = list(INDUSTRY)
    pos_pool = [f for f, w in POS_SCEN for _ in range(w)]
    for i in range(215):
        case = Case()
        f = pos_pool[i % len(pos_pool)] if i < len(pos_pool) else R.choice(pos_pool)
        asr = R.random() < 0.6
        note = f(case, R.choice(ind_list), asr)
        if asr:
            lowered(case)
        turns, spans, meta = build(case)
        cases.append({"id": "h402-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans,
                      "note": ("asr call; " if asr else "typed chat; ") + note})
        metas.append(meta)
    for i in range(110):
        case = Case()
        f = NEG_SCEN[i % len(NEG_SCEN)]
        asr = R.random() < 0.55
        greet(case, R.choice(ind_list), asr)
        note = f(case, asr)
        if R.random() < 0.5:
            note += "; " + R.choice(NEG_SCEN)(case, asr)
        if asr:
            lowered(case)
        turns, spans, meta = build(case)
        cases.append({"id": "h402-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": [],
                      "note": ("asr call; " if asr else "typed chat; ") + note})
        metas.append([])
    return cases, metas


# ----------------------------------------------------------------------------
# normalisation + validation
UNITW = {w: str(i) for i, w in enumerate(UNIT)}
UNITW.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENW = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSW = {w: str(i) for i, w in enumerate(TENS) if w}
ORDW = {v: k for k, v in ORD.items()}
NATOW = {v: k for k, v in NATO.items()}
NATOW.update({"xray": "X", "x-ray": "X", "alfa": "A", "juliett": "J", "whisky": "W"})
FILLW = set(FILL)


def norm(text, literal=False):
    toks = [t for t in re.split(r"[\s,;:/]+|\.\.\.", text.lower()) if t]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nx = toks[i + 1] if i + 1 < len(toks) else None
        if t in FILLW:
            i += 1
        elif len(t) == 1 and t.isalpha() and nx == "for" and i + 2 < len(toks):
            out.append(t.upper())
            i += 3
        elif t in ("double", "triple") and nx in UNITW:
            out.append(UNITW[nx] * (2 if t == "double" else 3))
            i += 2
        elif t in UNITW and nx == "hundred":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest, k = "00", j
            if j < len(toks):
                a = toks[j]
                b = toks[j + 1] if j + 1 < len(toks) else None
                if a in TENSW and b in UNITW and UNITW[b] != "0" and b not in ("oh", "o"):
                    rest, k = TENSW[a] + UNITW[b], j + 2
                elif a in TENSW:
                    rest, k = TENSW[a] + "0", j + 1
                elif a in TEENW:
                    rest, k = TEENW[a], j + 1
                elif a in UNITW:
                    rest, k = "0" + UNITW[a], j + 1
            out.append(UNITW[t] + rest)
            i = k
        elif t in UNITW and nx == "thousand":
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            a = toks[j] if j < len(toks) else None
            b = toks[j + 1] if j + 1 < len(toks) else None
            if a in TEENW:
                out.append(UNITW[t] + "0" + TEENW[a]); i = j + 1
            elif a in TENSW and b in UNITW:
                out.append(UNITW[t] + "0" + TENSW[a] + UNITW[b]); i = j + 2
            elif a in UNITW and j > i + 2:
                out.append(UNITW[t] + "00" + UNITW[a]); i = j + 1
            else:
                out.append(UNITW[t] + "000"); i = i + 2
        elif t in UNITW:
            out.append(UNITW[t])
            i += 1
        elif t in TEENW:
            out.append(TEENW[t])
            i += 1
        elif t in TENSW:
            if nx in UNITW and nx not in ("oh", "o", "zero", "nought"):
                out.append(TENSW[t] + UNITW[nx]); i += 2
            elif nx in ORDW and ORDW[nx] < 10:
                out.append(TENSW[t] + str(ORDW[nx])); i += 2
            else:
                out.append(TENSW[t] + "0"); i += 1
        elif t in ORDW:
            out.append(str(ORDW[t])); i += 1
        elif t in NATOW and not literal:
            out.append(NATOW[t]); i += 1
        elif t == "plus":
            out.append("+"); i += 1
        elif re.fullmatch(r"\d+(st|nd|rd|th)", t):
            out.append(re.match(r"\d+", t).group(0)); i += 1
        elif re.fullmatch(r"[a-z0-9+().\-]+", t) and (not literal) and (len(t) == 1 or any(c.isdigit() for c in t)):
            out.append(re.sub(r"[^A-Za-z0-9+]", "", t).upper()); i += 1
        elif literal:
            out.append(t); i += 1
        elif re.fullmatch(r"[a-z]{2,4}", t) and t not in ("and", "the", "of", "is", "it", "its", "for", "that"):
            out.append(t.upper()); i += 1
        else:
            out.append("?" + t); i += 1
    return out


def compact(text):
    return "".join(norm(text))


def v_date(text, expiry):
    low = text.lower()
    mre = r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
    has_month = bool(re.search(mre, low))
    rest = re.sub(r"\b(of|the)\b", " ", re.sub(mre, " ", low)).replace("-", " ").replace(".", " ")
    digits = "".join(norm(rest))
    if not re.fullmatch(r"\d+", digits or "x"):
        return False
    if expiry:
        return (has_month and len(digits) in (2, 4)) or len(digits) in (4, 6)
    return (has_month and len(digits) in (3, 4, 5, 6)) or len(digits) in (4, 5, 6, 7, 8)


STREETW = {"street", "st", "road", "rd", "avenue", "ave", "lane", "close", "drive", "grove", "way", "crescent",
           "place", "court", "terrace", "gardens", "boulevard", "walk", "mews", "view"}


def validate(typ, text, kind):
    c = compact(text)
    if "?" in c and typ not in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
        return False, c
    if kind == "frag":
        return bool(re.fullmatch(r"[0-9A-Z]+", c)), c
    if typ == "CARD_NUMBER":
        return bool(re.fullmatch(r"\d{13,19}", c)) and luhn_ok(c), c
    if typ == "CVV":
        return bool(re.fullmatch(r"\d{3,4}", c)), c
    if typ == "SSN":
        return bool(re.fullmatch(r"\d{9}", c)) and c[:3] not in ("000", "666") and c[0] != "9", c
    if typ == "NI_NUMBER":
        ok = bool(re.fullmatch(r"[A-Z]{2}\d{6}[A-D]", c)) and c[0] not in NI_BAD1 and c[1] not in NI_BAD2 and c[:2] not in NI_BADP
        return ok, c
    if typ == "SORT_CODE":
        return bool(re.fullmatch(r"\d{6}", c)), c
    if typ == "BANK_ACCOUNT":
        return bool(re.fullmatch(r"\d{6,17}", c)), c
    if typ == "IBAN":
        return iban_ok(c), c
    if typ == "PHONE":
        return bool(re.fullmatch(r"\+?\d{10,13}", c)), c
    if typ == "POSTCODE":
        return bool(re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}|\d{5}(\d{4})?", c)), c
    if typ == "EMAIL":
        if "@" in text:
            e = text.lower()
        else:
            sub = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
            e = "".join(sub.get(t, t) for t in norm(text, literal=True)).lower()
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", e)), e
    if typ == "ADDRESS":
        words = set(re.findall(r"[a-z]+", text.lower()))
        has_num = bool(re.search(r"\d", text)) or bool(words & (set(UNITW) | set(TEENW) | set(TENSW)))
        return has_num and bool(words & STREETW), text
    if typ in ("DOB", "EXPIRY"):
        return v_date(text, typ == "EXPIRY"), text
    return False, c


def check(cases, metas, data_text, file_text):
    errs = []
    if data_text != file_text:
        errs.append("file is not byte-identical to regenerated output")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c, meta in zip(cases, metas):
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        groups = {}
        bymap = {}
        for sp, (g, kind) in zip(c["spans"], meta):
            if not (0 <= sp["turn"] < len(c["turns"])):
                errs.append(c["id"] + ": bad turn"); continue
            t = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append(c["id"] + ": offsets out of range"); continue
            if not (t[s].isalnum() and t[e - 1].isalnum()):
                errs.append("%s: span not trimmed %r" % (c["id"], t[s:e]))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c["id"], t[s:e]))
            bymap.setdefault(sp["turn"], []).append((s, e))
            groups.setdefault(g, []).append((sp["type"], t[s:e], kind))
        for tr, lst in bymap.items():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(c["id"] + ": overlapping spans")
        for g, parts in groups.items():
            types = {p[0] for p in parts}
            if len(types) != 1:
                errs.append("%s: group mixes types" % c["id"]); continue
            typ = parts[0][0]
            kind = parts[0][2]
            if kind == "part":
                if typ in ("EMAIL", "ADDRESS", "DOB", "EXPIRY"):
                    ok, v = True, ""
                else:
                    v = "".join(compact(p[1]) for p in parts)
                    ok, v = validate(typ, v, "full")
            else:
                ok, v = True, ""
                for p in parts:
                    o, v = validate(typ, p[1], kind)
                    ok = ok and o
            if not ok:
                errs.append("%s: invalid %s %r -> %r" % (c["id"], typ, [p[1] for p in parts], v))
    return errs


def counts(cases):
    cnt = {}
    for c in cases:
        for sp in c["spans"]:
            cnt[sp["type"]] = cnt.get(sp["type"], 0) + 1
    return cnt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases, metas = generate()
    text = "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)
    if args.check:
        if not os.path.exists(OUT):
            print("missing " + OUT)
            return 1
        with open(OUT, encoding="utf-8") as fh:
            ftext = fh.read()
        errs = check(cases, metas, text, ftext)
        cnt = counts(cases)
        npos = sum(c["kind"] == "positive" for c in cases)
        nneg = sum(c["kind"] == "negative" for c in cases)
        if npos < 200 or nneg < 100:
            errs.append("too few cases")
        mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN", "PHONE",
                  "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if cnt.get(t, 0) < mins.get(t, 10):
                errs.append("too few %s spans: %d" % (t, cnt.get(t, 0)))
        for e in errs[:60]:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(dict(sorted(cnt.items())))))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            return 1
        print("CHECK OK")
        return 0
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote %d cases to %s" % (len(cases), OUT))
    return 0


if __name__ == "__main__":
    sys.exit(main())

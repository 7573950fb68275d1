#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout80``.

Written by an AI helper acting as an independent test author (it did not see
the redaction code).  Standard library only.  Output is byte-for-byte
reproducible from the seed.

    python scripts/make_pii_holdout80.py          # write fixture + README
    python scripts/make_pii_holdout80.py --check  # regenerate and verify
"""
import json
import os
import re
import sys
import random
from collections import Counter

SEED = 80281123
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout80")
OUT = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
U = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ZERO_WORDS = {"zero", "oh", "o", "nought", "nil"}
HOMO = {"to": "2", "too": "2", "for": "4", "ate": "8", "won": "1", "tree": "3"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
LNAMES = {"ay": "a", "bee": "b", "be": "b", "see": "c", "sea": "c", "dee": "d", "ee": "e",
          "ef": "f", "eff": "f", "gee": "g", "aitch": "h", "haitch": "h", "eye": "i",
          "jay": "j", "kay": "k", "el": "l", "em": "m", "en": "n", "pee": "p", "pea": "p",
          "queue": "q", "cue": "q", "are": "r", "ess": "s", "tee": "t", "tea": "t",
          "vee": "v", "ex": "x", "why": "y", "zed": "z", "zee": "z"}
FILLERS = {"um", "uh", "er", "erm", "hmm", "sorry", "like", "yeah", "so", "dash",
           "hyphen", "slash", "space", "then", "and", "its", "it", "s"}
NATO_OUT = {"a": ["alpha", "apple"], "b": ["bravo", "bertie"], "c": ["charlie"], "e": ["echo", "edward"],
            "g": ["golf", "george"], "h": ["hotel", "harry"], "j": ["juliet", "john"],
            "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
            "n": ["november", "nancy"], "p": ["papa", "peter"], "r": ["romeo", "robert"],
            "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "w": ["whiskey", "william"],
            "x": ["xray"], "y": ["yankee", "yellow"], "z": ["zulu", "zebra"], "d": ["delta", "david"],
            "f": ["foxtrot", "freddie"], "q": ["quebec", "queen"], "u": ["uniform", "uncle"],
            "v": ["victor"], "o": ["oscar"], "i": ["india"]}
LNAME_OUT = {"b": "bee", "c": "see", "d": "dee", "g": "gee", "h": "aitch", "j": "jay", "k": "kay",
             "l": "el", "m": "em", "n": "en", "p": "pee", "r": "are", "s": "ess", "t": "tee",
             "x": "ex", "y": "why", "z": "zed", "a": "ay", "e": "ee", "w": "double you"}


def normalise(text):
    """Turn a span's text (typed or ASR spoken) into its digits/letters (and '+')."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower().replace("'", ""))
    out = []
    i = 0
    n = len(toks)

    def word(j):
        return toks[j] if j < n else ""

    while i < n:
        t = toks[i]
        if t.isdigit() or t == "+":
            out.append(t); i += 1; continue
        if t == "plus":
            out.append("+"); i += 1; continue
        if len(t) == 1 and word(i + 1) == "for" and word(i + 2)[:1] == t and word(i + 2) not in U:
            out.append(t); i += 3; continue  # "o for oscar", "b for bravo"
        if i == 0 and len(t) == 2 and t.isalpha() and word(i + 1).isdigit():
            out.append(t); i += 1; continue  # typed NI prefix such as "ER 12 34 56 A", "En 698927 c"
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nx = word(i + 1)
            if t == "double" and nx == "you":
                out.append("w"); i += 2; continue
            if nx in ZERO_WORDS:
                out.append("0" * k)
            elif nx in U:
                out.append(str(U.index(nx)) * k)
            elif nx in HOMO:
                out.append(HOMO[nx] * k)
            elif len(nx) == 1 and nx.isalpha():
                out.append(nx * k)
            else:
                raise ValueError("bad double in %r" % text)
            i += 2; continue
        if t in TENS and t:
            v = str(TENS.index(t))
            nx = word(i + 1)
            if nx in U[1:]:
                out.append(v + str(U.index(nx))); i += 2
            else:
                out.append(v + "0"); i += 1
            continue
        if t in TEENS:
            out.append(str(10 + TEENS.index(t))); i += 1; continue
        if t == "hundred":
            j = i + 1
            had_and = False
            if word(j) == "and":
                had_and = True; j += 1
            nx = word(j)
            if nx in TEENS:
                out.append(str(10 + TEENS.index(nx))); i = j + 1
            elif nx in TENS and nx:
                v = str(TENS.index(nx))
                if word(j + 1) in U[1:]:
                    out.append(v + str(U.index(word(j + 1)))); i = j + 2
                else:
                    out.append(v + "0"); i = j + 1
            elif had_and and nx in U[1:]:
                out.append("0" + str(U.index(nx))); i = j + 1
            else:
                out.append("00"); i += 1
            continue
        if t == "thousand":
            out.append("000"); i += 1; continue
        if t in ZERO_WORDS and not (t == "o" and False):
            out.append("0"); i += 1; continue
        if t in U:
            out.append(str(U.index(t))); i += 1; continue
        letter = None
        if t in NATO:
            letter = NATO[t]
        elif t in LNAMES:
            letter = LNAMES[t]
        elif len(t) == 1:
            letter = t
        if letter is not None:
            out.append(letter)
            if word(i + 1) == "for" and word(i + 2)[:1] == letter and word(i + 2) not in U:
                i += 3; continue
            if word(i + 1) == "as" and word(i + 2) == "in" and word(i + 3)[:1] == letter:
                i += 4; continue
            i += 1; continue
        if t in HOMO:
            out.append(HOMO[t]); i += 1; continue
        if t in FILLERS:
            i += 1; continue
        if len(t) <= 4 and t.isalpha():  # typed letter runs such as 'ab', 'sw1a' parts, 'nwbk'
            out.append(t); i += 1; continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out).upper()


def zw(r, uk=True):
    return r.choice(["zero", "oh", "oh", "o", "nought"] if uk else ["zero", "oh", "oh", "o"])


def unit(d, z):
    return z if d == "0" else U[int(d)]


def say_digitwise(s, r, z=None, doubles=0.6, homo=0.0):
    z = z or zw(r)
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if doubles and i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and r.random() < doubles:
            out.append("triple " + unit(d, z)); i += 3; continue
        if doubles and i + 1 < len(s) and s[i + 1] == d and r.random() < doubles:
            out.append("double " + unit(d, z)); i += 2; continue
        w = unit(d, z)
        if homo and d in "248" and r.random() < homo:
            w = {"2": r.choice(["to", "too"]), "4": "for", "8": "ate"}[d]
        out.append(w); i += 1
    return " ".join(out)


def say_pair(p, z):
    a, b = p
    if a == "0":
        return z + " " + unit(b, z)
    if a == "1":
        return TEENS[int(b)]
    return TENS[int(a)] + ("" if b == "0" else " " + U[int(b)])


def say_pairs(s, r, z=None):
    z = z or zw(r)
    out = []
    if len(s) % 2:
        out.append(unit(s[0], z)); s = s[1:]
    for i in range(0, len(s), 2):
        out.append(say_pair(s[i:i + 2], z))
    return " ".join(out)


def say_group(s, r, z=None, homo=0.0):
    z = z or zw(r)
    opts = ["dw", "dw", "pairs"]
    if len(s) == 4 and s[2:] == "00" and s[0] != "0":
        opts += ["hund", "hund"]
    if len(s) == 4 and s[1:] == "000" and s[0] != "0":
        opts += ["thou", "thou"]
    if len(s) == 3 and s[0] != "0":
        opts += ["hund3"]
    st = r.choice(opts)
    if st == "dw":
        return say_digitwise(s, r, z, homo=homo)
    if st == "pairs":
        return say_pairs(s, r, z)
    if st == "hund":
        return say_pair(s[:2], z) + " hundred"
    if st == "thou":
        return U[int(s[0])] + " thousand"
    # hund3
    rest = s[1:]
    if rest == "00":
        return U[int(s[0])] + " hundred"
    if rest[0] == "0":
        return U[int(s[0])] + " hundred and " + U[int(rest[1])]
    return U[int(s[0])] + " hundred and " + say_pair(rest, z) if r.random() < 0.5 else \
        U[int(s[0])] + " hundred " + say_pair(rest, z)


def speak_groups(groups, r, homo=0.0, fillers=0.0, uk=True):
    """Speak a digit string given as groups; round trip verified."""
    for _ in range(60):
        z = zw(r, uk)
        parts = []
        for g in groups:
            parts.append(say_group(g, r, z, homo=homo))
            if fillers and r.random() < fillers:
                parts.append(r.choice(["um", "uh", "er", "erm"]))
        txt = " ".join(parts)
        if fillers and parts[-1] in ("um", "uh", "er", "erm"):
            txt = " ".join(parts[:-1])
        try:
            if normalise(txt) == "".join(groups):
                return txt
        except ValueError:
            pass
    txt = say_digitwise("".join(groups), r, zw(r, uk), doubles=0)
    assert normalise(txt) == "".join(groups)
    return txt


def say_letter(c, r, style=None):
    c = c.lower()
    style = style or r.choice(["plain", "plain", "name", "nato", "for"])
    if style == "name" and c in LNAME_OUT:
        return LNAME_OUT[c]
    if style == "nato":
        return [k for k, v in NATO.items() if v == c][0]
    if style == "for":
        return c + " for " + r.choice(NATO_OUT[c])
    if c == "o":  # a bare "o" would read as zero
        return "oscar"
    return c


# ---------------------------------------------------------------- value makers
def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(r, kind=None):
    kind = kind or r.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "up19", "mc2"])
    pre, ln = {"visa": (r.choice(["4", "45", "49", "4929", "4539"]), 16),
               "mc": (r.choice(["51", "52", "53", "54", "55"]), 16),
               "mc2": (r.choice(["2221", "2720", "2300"]), 16),
               "amex": (r.choice(["34", "37"]), 15), "disc": ("6011", 16),
               "visa13": ("4", 13), "up19": ("62", 19)}[kind]
    while True:
        body = pre + "".join(r.choice("0123456789") for _ in range(ln - len(pre) - 1))
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 13:
        return [num[:4], num[4:8], num[8:12], num[12:]]
    if len(num) == 19:
        return [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    return [num[i:i + 4] for i in range(0, 16, 4)]


def make_ssn(r):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, r.randint(1, 99), r.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni(r):
    while True:
        p = r.choice(NI_FIRST) + r.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(r.choice("0123456789") for _ in range(6)) + r.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(r, country=None):
    country = country or r.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    D = lambda k: "".join(r.choice("0123456789") for _ in range(k))
    L = lambda k: "".join(r.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(k))
    bban = {"GB": lambda: r.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14),
            "IE": lambda: r.choice(["AIBK", "BOFI", "IPBS"]) + D(14),
            "DE": lambda: D(18), "NL": lambda: r.choice(["ABNA", "RABO", "INGB"]) + D(10),
            "FR": lambda: D(23), "ES": lambda: D(20)}[country]()
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in t)) % 97 == 1


def grp(s, k):
    return [s[i:i + k] for i in range(0, len(s), k)]


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "chloe", "daniel", "grace", "tomasz",
         "emily", "oluwaseun", "niamh", "marco", "hannah", "kevin", "zoe", "rajesh", "siobhan", "lucas"]
LAST = ["walsh", "okafor", "patel", "murphy", "smith", "nowak", "garcia", "obrien", "kelly", "jones",
        "kowalski", "brennan", "nguyen", "hughes", "dubois", "fitzgerald", "taylor", "rossi"]
DOMAINS = [("gmail", "com"), ("yahoo", "co.uk"), ("hotmail", "com"), ("outlook", "ie"),
           ("icloud", "com"), ("btinternet", "com"), ("eircom", "net"), ("proton", "me")]
STREETS = ["elm grove", "harbour street", "acacia avenue", "mill lane", "station road", "church view",
           "oak drive", "kings road", "maple court", "riverside walk", "high street", "willow close",
           "park crescent", "main street", "sycamore way", "beacon hill road", "lakeview terrace"]
US_STREETS = ["maple avenue", "north elm street", "sunset boulevard", "oak ridge drive", "pine street",
              "lakeshore drive", "w 34th street", "cedar lane", "hillcrest road", "river road"]
UK_PC = ["SW1A 2AB", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "LS6 3HN", "EH3 9QP", "BT7 1NN",
         "G12 8QQ", "CF10 3AT", "NE1 4ST", "BS8 1TH", "L17 7BD", "OX4 2JY", "W1D 3QF", "PL4 6RT",
         "YO31 7ES", "SE15 4NX", "RG1 8DA", "NG7 2RD", "E14 5AB", "BN2 1TW", "AB10 1XG", "LE1 7RH"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second", "twenty third",
       "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self._auto = 0

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
                continue
            val, typ = seg[0], seg[1]
            gid = seg[2] if len(seg) > 2 else None
            if gid is None:
                self._auto += 1
                gid = "auto%d" % self._auto
            start = len(text)
            text += val
            self.spans.append({"turn": ti, "start": start, "end": len(text), "type": typ})
            self.groups.setdefault((typ, gid), []).append(val)
        self.turns.append({"speaker": speaker, "text": text})
        return self


def A(*segs):
    return ("agent", segs)


def C(*segs):
    return ("customer", segs)


def build(note, *turns):
    c = Case(note)
    for sp, segs in turns:
        c.t(sp, *segs)
    return c


def ch(r, *xs):
    return r.choice(xs)


# ---------------------------------------------------------------- typed renderers
def typed_card(r, num):
    g = card_groups(num)
    st = r.randint(0, 7)
    if st == 0:
        return " ".join(g)
    if st == 1:
        return "-".join(g)
    if st == 2:
        return num
    if st == 3:
        return ".".join(g)
    if st == 4:
        return "  ".join(g)
    if st == 5:
        return " - ".join(g)
    if st == 6 and r.random() < 0.5:  # user regroups irregularly
        out, i = [], 0
        while i < len(num):
            k = r.randint(3, 5)
            out.append(num[i:i + k]); i += k
        return r.choice([" ", "-"]).join(out)
    if st == 6:
        seps = [r.choice([" ", "-", "", " "]) for _ in g[1:]]
        return g[0] + "".join(s + x for s, x in zip(seps, g[1:]))
    return "/".join(g)


def typed_ssn(r, s):
    a, b, c = s[:3], s[3:5], s[5:]
    return ch(r, "%s-%s-%s" % (a, b, c), "%s %s %s" % (a, b, c), s, "%s.%s.%s" % (a, b, c),
              "%s - %s - %s" % (a, b, c), "%s-%s %s" % (a, b, c), "%s/%s/%s" % (a, b, c))


def typed_ni(r, n):
    st = r.randint(0, 6)
    p, d, s = n[:2], n[2:8], n[8]
    if st == 0:
        v = "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], s)
    elif st == 1:
        v = n
    elif st == 2:
        v = "%s-%s-%s-%s-%s" % (p, d[:2], d[2:4], d[4:], s)
    elif st == 3:
        v = "%s %s %s" % (p, d, s)
    elif st == 4:
        v = "%s%s %s" % (p, d, s)
    elif st == 5:
        v = "%s %s%s" % (p, d, s)
    else:
        v = "%s.%s.%s.%s.%s" % (p, d[:2], d[2:4], d[4:], s)
    return ch(r, v, v.lower(), v, v[:1] + v[1:].lower())


def spoken_ni_letters(r, letters, style=None):
    style = style or r.choice(["plain", "name", "nato", "for", "mix"])
    if letters[0] == letters[1] and style in ("plain", "mix") and r.random() < 0.7:
        return "double " + letters[0].lower()
    out = []
    for c in letters:
        s = r.choice(["plain", "name", "nato", "for"]) if style == "mix" else style
        out.append(say_letter(c, r, s))
    return " ".join(out)


def spoken_ni_digits(r, d):
    for _ in range(40):
        st = r.choice(["dw", "pairs", "pairs", "mixed"])
        if st == "dw":
            t = say_digitwise(d, r, homo=ch(r, 0.0, 0.3))
        elif st == "pairs":
            t = say_pairs(d, r)
        else:
            t = " ".join(say_group(g, r) for g in grp(d, 2))
        try:
            if normalise(t) == d:
                return t
        except ValueError:
            pass
    return say_digitwise(d, r, doubles=0)


def spoken_ni(r, n):
    for _ in range(40):
        t = spoken_ni_letters(r, n[:2]) + " " + spoken_ni_digits(r, n[2:8]) + " " + \
            say_letter(n[8], r)
        if normalise(t) == n:
            return t
    raise RuntimeError(n)


def spoken_ssn(r, s):
    groups = r.choice([[s[:3], s[3:5], s[5:]], [s], [s[:3], s[3:5], s[5:7], s[7:]],
                       [s[:1], s[1:3], s[3:5], s[5:7], s[7:]]])
    return speak_groups(groups, r, homo=0.15 if r.random() < 0.3 else 0.0, fillers=0.15, uk=False)


def spoken_card(r, num, homo=0.0, fillers=0.0, uk=True):
    return speak_groups(card_groups(num), r, homo=homo, fillers=fillers, uk=uk)


# ---------------------------------------------------------------- positive templates
IND_UK = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "government services"]
IND_US = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing"]


def P(v, t, g=None):
    return (v, t, g)


def t_card_chat(r):
    num = make_card(r)
    v = typed_card(r, num)
    ind = ch(r, *IND_UK)
    pre = ch(r, "hi i need to pay my bill of £%d.%02d, card is " % (r.randint(20, 400), r.randint(0, 99)),
             "Card number: ", "ok here it is ", "its ", "Pls use this one ", "card no. ",
             "hello, can you put the £%d deposit on " % r.randint(50, 900), "number is:")
    post = ch(r, "", " thanks", " ta", ". Thank you!", " (visa debit)", ", exp to follow", " x",
              " - is that ok?")
    return build("chat/%s: card number typed (%s) in a message" % (ind, "grouped" if not v.isdigit() else "unbroken"),
                 A("Please type the long card number when ready."),
                 C(pre, P(v, "CARD_NUMBER"), post))


def t_card_call_one(r):
    num = make_card(r)
    v = spoken_card(r, num, homo=ch(r, 0.0, 0.0, 0.2), fillers=ch(r, 0.0, 0.2, 0.4))
    ind = ch(r, *IND_UK + IND_US)
    pre = ch(r, "yeah it's ", "okay so it's ", "right ", "it is ", "", "uh yeah ", "the long number is ")
    post = ch(r, "", " yeah", " that's it", " and that's the debit card", " did you get that")
    return build("call/%s: card number spoken in one turn (words, pairs/hundreds/doubles)" % ind,
                 A(ch(r, "and the long number on the front of the card please",
                      "can i take the sixteen digit card number", "go ahead with the card number")),
                 C(pre, P(v, "CARD_NUMBER", "c"), post))


def t_card_call_split(r):
    num = make_card(r)
    gs = card_groups(num)
    ind = ch(r, *IND_UK + IND_US)
    turns = [A(ch(r, "okay whenever you're ready with the card number", "go ahead with the card number please"))]
    backs = ["mhm", "yep", "okay", "okay go on", "uh huh", "got that", "yes", "right"]
    for i, g in enumerate(gs):
        sp = speak_groups([g], r)
        lead = ch(r, "", "", "um ", "then ", "and ") if i else ch(r, "", "yeah ", "right ", "okay it's ")
        turns.append(C(lead, P(sp, "CARD_NUMBER", "c")))
        if i < len(gs) - 1:
            turns.append(A(ch(r, *backs)))
    return build("call/%s: card split over %d customer turns with back-channels" % (ind, len(gs)), *turns)


def t_card_readback(r):
    num = make_card(r, ch(r, "visa", "mc", "disc"))
    gs = card_groups(num)
    ind = ch(r, *IND_UK)
    cust = spoken_card(r, num)
    agent = speak_groups(gs, r)
    return build("call/%s: customer reads card, agent reads it back in different spoken form" % ind,
                 A("can i take the card number please"),
                 C(P(cust, "CARD_NUMBER", "c1")),
                 A("thank you so just to confirm that's ", P(agent, "CARD_NUMBER", "c2"), " is that right"),
                 C("yes that's right"))


def t_card_correction(r):
    num = make_card(r, ch(r, "visa", "mc"))
    gs = card_groups(num)
    wrong = list(gs[2])
    k = r.randint(0, 3)
    wrong[k] = str((int(wrong[k]) + r.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    ind = ch(r, *IND_UK + IND_US)
    t1 = speak_groups(gs[:2], r)
    return build("call/%s: card with self-correction of third group; wrong group also labelled" % ind,
                 A("go ahead with the card number"),
                 C(P(t1, "CARD_NUMBER", "c")),
                 A("mhm"),
                 C(P(speak_groups([wrong], r), "CARD_NUMBER", "frag1"), " no sorry ",
                   P(speak_groups([gs[2]], r), "CARD_NUMBER", "c"), " i misread that"),
                 A("okay no problem"),
                 C(ch(r, "and then ", "last bit "), P(speak_groups([gs[3]], r), "CARD_NUMBER", "c")))


def t_card_restart(r):
    num = make_card(r)
    ind = ch(r, *IND_UK)
    gs = card_groups(num)
    return build("call/%s: caller aborts after first group then restarts the whole number" % ind,
                 A("card number when you're ready"),
                 C(P(speak_groups([gs[0]], r), "CARD_NUMBER", "frag1"), " oh hang on wrong card one sec"),
                 A("no worries take your time"),
                 C("right sorry it's ", P(spoken_card(r, num, fillers=0.2), "CARD_NUMBER", "c")))


def t_card_asr_digits(r):
    num = make_card(r)
    gs = card_groups(num)
    st = r.randint(0, 2)
    if st == 0:
        v = " ".join(num)
    elif st == 1:
        v = " ".join(gs)
    else:
        v = " ".join(" ".join(g) if r.random() < 0.5 else g for g in gs)
    ind = ch(r, *IND_UK + IND_US)
    return build("call/%s: ASR output the card as numerals (spaced digits or groups)" % ind,
                 A("and the card number"),
                 C("yeah it's ", P(v, "CARD_NUMBER"), " and i've got about %d pounds on it" % r.randint(30, 300)))


def t_card_chat_split(r):
    num = make_card(r, ch(r, "visa", "mc", "disc"))
    gs = card_groups(num)
    a = " ".join(gs[:2])
    b = " ".join(gs[2:])
    return build("chat/%s: card typed across two chat messages" % ch(r, *IND_UK),
                 A("Could you provide the card number please?"),
                 C(P(a, "CARD_NUMBER", "c")),
                 C(P(b, "CARD_NUMBER", "c"), ch(r, "", " sorry hit enter too soon", " <- rest of it")))


def t_card_mixed_words_digits(r):
    num = make_card(r, "visa")
    gs = card_groups(num)
    parts = []
    for g in gs:
        parts.append(g if r.random() < 0.5 else say_digitwise(g, r, doubles=0))
    v = " ".join(parts)
    try:
        assert normalise(v) == num
    except (AssertionError, ValueError):
        v = " ".join(gs)
    return build("call/%s: ASR mixed numerals and words in one card reading" % ch(r, *IND_US),
                 A("what's the card number"),
                 C("sure ", P(v, "CARD_NUMBER")))


def t_card_exp_cvv(r):
    num = make_card(r, ch(r, "visa", "mc", "amex"))
    mm, yy = r.randint(1, 12), r.randint(25, 31)
    cv = "".join(r.choice("0123456789") for _ in range(4 if num[:2] in ("34", "37") else 3))
    ind = ch(r, *IND_UK + IND_US)
    if r.random() < 0.5:  # chat
        exp = ch(r, "%02d/%02d" % (mm, yy), "%02d/20%02d" % (mm, yy), "%02d-%02d" % (mm, yy), "%02d%02d" % (mm, yy))
        return build("chat/%s: card, expiry and security code typed in one message" % ind,
                     A("Please send the card details."),
                     C(P(typed_card(r, num), "CARD_NUMBER"), ch(r, " exp ", " expiry ", ", expires "),
                       P(exp, "EXPIRY"), ch(r, " cvv ", " CVC ", " code on back "), P(cv, "CVV")))
    z = zw(r)
    exp = ch(r, "%s %s" % (say_pair("%02d" % mm, z) if mm < 10 else say_pair(str(mm), z), say_pair(str(yy), z)),
             "%s twenty %s" % (MONTHS[mm - 1], say_pair(str(yy), z)),
             "%s %s" % (MONTHS[mm - 1], say_pair(str(yy), z)))
    return build("call/%s: card, then expiry and security code in separate turns" % ind,
                 A("card number please"),
                 C(P(spoken_card(r, num), "CARD_NUMBER")),
                 A("and the expiry date"),
                 C(ch(r, "it's ", "", "um "), P(exp, "EXPIRY")),
                 A("and the three digits on the back" if len(cv) == 3 else "and the four digit code on the front"),
                 C(P(say_digitwise(cv, r, doubles=0.3), "CVV"), ch(r, "", " i think", " yeah")))


def t_exp_cvv_only(r):
    mm, yy = r.randint(1, 12), r.randint(25, 31)
    cv = "".join(r.choice("0123456789") for _ in range(3))
    ind = ch(r, *IND_UK + IND_US)
    z = zw(r)
    exp = ch(r, "%s slash %s" % (say_pair("%02d" % mm, z), say_pair(str(yy), z)),
             "the end of %s twenty %s" % (MONTHS[mm - 1], say_pair(str(yy), z)))
    if exp.startswith("the end of "):
        exp_seg = ["it runs to the end of ", P(exp[len("the end of "):], "EXPIRY")]
    else:
        exp_seg = ["expiry's ", P(exp, "EXPIRY")]
    return build("call/%s: expiry and security code in one turn after card taken; %s readback" % (ind, "cvv"),
                 A("lovely and the expiry and the security code"),
                 C(*exp_seg, " and the code on the back is ", P(say_digitwise(cv, r), "CVV")),
                 A("thank you that's gone through for %s pounds" % ch(r, "forty nine ninety nine", "twelve fifty", "two hundred")))


def t_ssn_chat(r):
    s = make_ssn(r)
    ind = ch(r, *IND_US)
    pre = ch(r, "SSN: ", "my ssn is ", "Social is ", "ss# ", "social security number ", "it's ",
             "last thing, SSN ", "SSN=")
    return build("chat/%s: SSN typed with separators/varied formatting" % ind,
                 A("To verify, please provide your Social Security number."),
                 C(pre, P(typed_ssn(r, s), "SSN"), ch(r, "", ".", " thx", " and DOB to follow")))


def t_ssn_call(r):
    s = make_ssn(r)
    ind = ch(r, *IND_US)
    return build("call/%s: SSN spoken in one turn (digits, pairs, hundreds, fillers)" % ind,
                 A(ch(r, "can i get your social security number", "and your social please",
                      "i'll need the full social to verify")),
                 C(ch(r, "yeah it's ", "sure ", "okay ", ""), P(spoken_ssn(r, s), "SSN"),
                   ch(r, "", " yeah", " that's my social")))


def t_ssn_split(r):
    s = make_ssn(r)
    ind = ch(r, *IND_US)
    gs = [s[:3], s[3:5], s[5:]]
    turns = [A("go ahead with the social")]
    for i, g in enumerate(gs):
        turns.append(C(ch(r, "", "uh ", "then ") if i else ch(r, "", "uh ", "okay "), P(speak_groups([g], r, uk=False), "SSN", "s")))
        if i < 2:
            turns.append(A(ch(r, "okay", "mhm", "go on", "yep")))
    return build("call/%s: SSN split 3-2-4 over customer turns" % ind, *turns)


def t_ssn_readback(r):
    s = make_ssn(r)
    ind = ch(r, *IND_US)
    return build("call/%s: SSN spoken, agent reads it back" % ind,
                 A("and the social"),
                 C(P(spoken_ssn(r, s), "SSN", "a")),
                 A("so that's ", P(speak_groups([s[:3], s[3:5], s[5:]], r, uk=False), "SSN", "b"), " correct"),
                 C("correct"))


def t_ssn_correction(r):
    s = make_ssn(r)
    w = s[:5] + s[5:7] + s[8] + s[7]
    if w == s:
        w = s[:8] + str((int(s[8]) + 1) % 10)
    ind = ch(r, *IND_US)
    return build("call/%s: SSN with transposed digits then corrected in full" % ind,
                 A("social security number please"),
                 C(P(spoken_ssn(r, w), "SSN", "w"), " wait no i swapped the end"),
                 A("okay from the top"),
                 C(P(spoken_ssn(r, s), "SSN", "s")))


def t_ssn_asr_numerals(r):
    s = make_ssn(r)
    v = ch(r, " ".join(s), "%s %s %s" % (s[:3], s[3:5], s[5:]), s)
    return build("call/%s: SSN as ASR numerals, next to a claim number (unlabelled)" % ch(r, *IND_US),
                 A("social security number and your claim number"),
                 C("the claim is %d and the social is " % r.randint(1000000, 99999999), P(v, "SSN")))


def t_ssn_with_dob(r):
    s = make_ssn(r)
    y = r.randint(1945, 2004)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    if r.random() < 0.5:
        dob = "%02d/%02d/%d" % (m, d, y)
        return build("chat/%s: SSN and DOB typed in one message" % ch(r, *IND_US),
                     A("Please confirm SSN and date of birth."),
                     C(P(typed_ssn(r, s), "SSN"), ch(r, " dob ", ", born ", " / DOB: "), P(dob, "DOB")))
    dob = "%s %s %s" % (MONTHS[m - 1], ORD[d - 1], say_pairs(str(y), r))
    return build("call/%s: SSN and DOB in the same turn" % ch(r, *IND_US),
                 A("social and date of birth please"),
                 C("social's ", P(spoken_ssn(r, s), "SSN"), " and i was born ", P(dob, "DOB")))


def t_ni_chat(r):
    n = make_ni(r)
    ind = ch(r, "government services", "banking", "insurance", "utilities")
    pre = ch(r, "NI number: ", "my NI no is ", "National Insurance ", "NINO ", "its ", "ni num - ", "")
    return build("chat/%s: NI number typed in a variant format" % ind,
                 A("Could you confirm your National Insurance number?"),
                 C(pre, P(typed_ni(r, n), "NI_NUMBER"), ch(r, "", " cheers", ".", " thanks")))


def t_ni_call(r):
    n = make_ni(r)
    ind = ch(r, "government services", "banking", "insurance", "utilities")
    return build("call/%s: NI number spoken in one turn (letters plain/name/NATO/'x for y')" % ind,
                 A(ch(r, "and your national insurance number", "can i take your n i number",
                      "what's your national insurance number please")),
                 C(ch(r, "yeah it's ", "", "um ", "okay "), P(spoken_ni(r, n), "NI_NUMBER"),
                   ch(r, "", " yeah", " i think")))


def t_ni_split(r):
    n = make_ni(r)
    ind = ch(r, "government services", "banking", "insurance")
    st = r.randint(0, 1)
    turns = [A("national insurance number please")]
    if st == 0:
        turns += [C("it's ", P(spoken_ni_letters(r, n[:2]), "NI_NUMBER", "n")), A("okay"),
                  C(P(spoken_ni_digits(r, n[2:8]), "NI_NUMBER", "n")), A("mhm and the last letter"),
                  C(P(say_letter(n[8], r), "NI_NUMBER", "n"))]
    else:
        turns += [C(P(spoken_ni_letters(r, n[:2]) + " " + spoken_ni_digits(r, n[2:4]), "NI_NUMBER", "n")),
                  A("yep"), C(P(spoken_ni_digits(r, n[4:8]), "NI_NUMBER", "n")), A("go on"),
                  C(P(say_letter(n[8], r), "NI_NUMBER", "n"), " at the end")]
    return build("call/%s: NI number split across customer turns" % ind, *turns)


def t_ni_readback(r):
    n = make_ni(r)
    return build("call/%s: NI spoken by customer, agent reads back with phonetic alphabet" % ch(r, "government services", "banking"),
                 A("your national insurance number"),
                 C(P(spoken_ni(r, n), "NI_NUMBER", "a")),
                 A("let me read that back ", P(spoken_ni_letters(r, n[:2], "nato") + " " + spoken_ni_digits(r, n[2:8]) +
                                            " " + say_letter(n[8], r, "nato"), "NI_NUMBER", "b"), " yes"),
                 C("that's it"))


def t_ni_correction(r):
    n = make_ni(r)
    wrong_suffix = ch(r, *[x for x in "ABCD" if x != n[8]])
    wrong = n[:8] + wrong_suffix
    return build("call/%s: NI number with corrected suffix letter; both readings labelled" % ch(r, "government services", "insurance"),
                 A("n i number please"),
                 C(P(spoken_ni(r, wrong), "NI_NUMBER", "w")),
                 A("and the letter at the end was %s" % say_letter(wrong_suffix, r, "plain")),
                 C("no sorry it's ", P(say_letter(n[8], r, "for"), "NI_NUMBER", "frag1"), " not ",
                   say_letter(wrong_suffix, r, "plain")))


def t_ni_asr_numerals(r):
    n = make_ni(r)
    v = ch(r, "%s %s %s" % (spoken_ni_letters(r, n[:2], "plain"), n[2:8], n[8].lower()),
           "%s %s %s %s %s" % (spoken_ni_letters(r, n[:2], "name"), n[2:4], n[4:6], n[6:8], say_letter(n[8], r, "name")))
    return build("call/%s: NI with ASR numerals and letter-name homophones" % ch(r, "government services", "banking", "utilities"),
                 A("and the national insurance"),
                 C("it's ", P(v, "NI_NUMBER"), " and i've been on the scheme %d years" % r.randint(2, 30)))


def t_ni_with_postcode(r):
    n = make_ni(r)
    pc = r.choice(UK_PC)
    return build("chat/government services: NI number and postcode typed together",
                 A("Please provide your NI number and postcode."),
                 C(P(typed_ni(r, n), "NI_NUMBER"), ch(r, " / ", ", ", " and "), P(ch(r, pc, pc.lower(), pc.replace(" ", "")), "POSTCODE")))


def spoken_postcode(r, pc):
    out = []
    for part in pc.lower().split():
        for ch_ in part:
            out.append(U[int(ch_)] if ch_.isdigit() else say_letter(ch_, r, r.choice(["plain", "plain", "for", "nato"])))
    return " ".join(out)


def t_addr_uk(r):
    pc = r.choice(UK_PC)
    no = r.randint(1, 220)
    st = r.choice(STREETS)
    ind = ch(r, *IND_UK)
    if r.random() < 0.5:
        return build("call/%s: UK street address and spoken postcode in one turn" % ind,
                     A("can you confirm the address on the account"),
                     C("yeah it's ", P("%s %s" % (say_group(str(no), r) if no > 9 else U[no], st), "ADDRESS"),
                       " %s " % ch(r, "in leeds", "manchester", "just outside bristol", "cardiff"),
                       P(spoken_postcode(r, pc), "POSTCODE")))
    return build("chat/%s: typed UK address with postcode" % ind,
                 A("What's the delivery address?"),
                 C(P(ch(r, "%d %s" % (no, st.title()), "Flat %d, %d %s" % (r.randint(1, 12), no, st.title()),
                        "%d %s" % (no, st)), "ADDRESS"), ", ", ch(r, "London", "Leeds", "York", "Glasgow"), " ",
                   P(ch(r, pc, pc.lower()), "POSTCODE")))


def t_addr_us(r):
    z = "%05d" % r.randint(1001, 99950)
    no = r.randint(10, 9800)
    st = r.choice(US_STREETS)
    ind = ch(r, *IND_US)
    if r.random() < 0.5:
        zz = z + ("-%04d" % r.randint(1, 9999) if r.random() < 0.3 else "")
        return build("chat/%s: US street address and ZIP typed" % ind,
                     A("Billing address please."),
                     C(P("%d %s" % (no, st.title()), "ADDRESS"), ", ", ch(r, "Austin TX", "Denver, CO", "Columbus OH"), " ",
                       P(zz, "POSTCODE")))
    st = st.replace("w 34th", "west thirty fourth")
    return build("call/%s: US address and ZIP spoken" % ind,
                 A("and the billing address"),
                 C(P("%s %s" % (speak_groups([str(no)], r, uk=False), st), "ADDRESS"), " ",
                   ch(r, "springfield", "tampa florida", "phoenix"), " zip ", P(speak_groups([z], r, uk=False), "POSTCODE")))


def t_postcode_split(r):
    pc = r.choice(UK_PC)
    a, b = pc.lower().split()
    return build("call/%s: UK postcode read in two halves across turns" % ch(r, *IND_UK),
                 A("postcode please"),
                 C(P(" ".join(say_letter(x, r, "plain") if x.isalpha() else U[int(x)] for x in a), "POSTCODE", "p")),
                 A("yep"),
                 C(P(" ".join(say_letter(x, r, "for") if x.isalpha() else U[int(x)] for x in b), "POSTCODE", "p")))


def make_uk_mobile(r):
    return "07" + ch(r, "700", "400", "800", "900", "500") + "".join(r.choice("0123456789") for _ in range(6))


def t_phone(r):
    st = r.randint(0, 5)
    if st == 0:
        m = make_uk_mobile(r)
        return build("call/%s: UK mobile spoken with oh/double/triple" % ch(r, *IND_UK),
                     A("best contact number"),
                     C(P(speak_groups([m[:5], m[5:8], m[8:]], r), "PHONE")))
    if st == 1:
        m = make_uk_mobile(r)
        return build("chat/%s: UK mobile typed in +44 form" % ch(r, *IND_UK),
                     A("What number can we reach you on?"),
                     C(P(ch(r, "+44 %s %s" % (m[1:5], m[5:]), "+44 (0)%s %s" % (m[1:5], m[5:]), "+447%s" % m[2:],
                            "0044 %s %s" % (m[1:5], m[5:])), "PHONE")))
    if st == 2:
        a = "%03d" % r.randint(201, 989)
        b = "555"
        c = "%04d" % r.randint(100, 199)
        return build("chat/%s: US phone typed" % ch(r, *IND_US),
                     A("Callback number?"),
                     C(P(ch(r, "(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), "+1 %s %s %s" % (a, b, c)), "PHONE"),
                       ch(r, "", " after 5pm", " cell")))
    if st == 3:
        a = "%03d" % r.randint(201, 989)
        c = "%04d" % r.randint(100, 199)
        return build("call/%s: US phone spoken with area code and one eight hundred style groups" % ch(r, *IND_US),
                     A("and a good callback number"),
                     C("yeah ", P(speak_groups([a, "555", c], r, uk=False), "PHONE"), " that's my cell"))
    if st == 4:
        n = "8" + r.choice("3567") + "".join(r.choice("0123456789") for _ in range(7))
        return build("call/telecom: Irish mobile in international form 'plus three five three'",
                     A("number for the account"),
                     C(P("plus three five three " + speak_groups([n[:2], n[2:5], n[5:]], r), "PHONE")))
    m = make_uk_mobile(r)
    return build("call/%s: phone split across turns" % ch(r, *IND_UK),
                 A("contact number"),
                 C(P(speak_groups([m[:5]], r), "PHONE", "p")), A("okay"),
                 C(P(speak_groups([m[5:]], r), "PHONE", "p")))


def spell(word, r):
    return " ".join(word)


def t_email(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    d, tld = r.choice(DOMAINS)
    num = r.randint(1, 99)
    st = r.randint(0, 3)
    if st == 0:
        e = ch(r, "%s.%s%d@%s.%s" % (f, l, num, d, tld), "%s_%s@%s.%s" % (f[0], l, d, tld),
               "%s%s@%s.%s" % (f.title(), l.title(), d, tld))
        return build("chat/%s: email typed" % ch(r, *IND_UK + IND_US),
                     A("What email should the receipt go to?"),
                     C(ch(r, "", "send it to ", "email: "), P(e, "EMAIL")))
    if st == 1:
        e = "%s dot %s at %s dot %s" % (f, l, d, tld.replace(".", " dot "))
        return build("call/%s: email spoken with dot/at" % ch(r, *IND_UK + IND_US),
                     A("and an email address"),
                     C("it's ", P(e, "EMAIL")))
    if st == 2:
        e = "%s %s %s at %s dot %s" % (f[0], ch(r, "underscore", "dot"), spell(l, r), d, tld.replace(".", " dot "))
        return build("call/%s: email with spelled surname" % ch(r, *IND_UK),
                     A("email please"),
                     C(P(e, "EMAIL")))
    e = "%s%s at %s dot %s" % (f, say_pairs(str(num), r) if num > 9 else U[num], d, tld.replace(".", " dot "))
    e = e.replace(f + " ", f + " ") if False else f + " " + e[len(f):]
    return build("call/%s: email with spoken number" % ch(r, *IND_US),
                 A("what's the email"),
                 C(P(e, "EMAIL"), " all lower case"))


def t_dob(r):
    y = r.randint(1940, 2005)
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    st = r.randint(0, 4)
    if st == 0:
        v = ch(r, "%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d),
               "%d %s %d" % (d, MONTHS[m - 1].title(), y))
        return build("chat/%s: date of birth typed" % ch(r, *IND_UK), A("Date of birth?"), C(P(v, "DOB")))
    if st == 1:
        v = "the %s of %s %s" % (ORD[d - 1], MONTHS[m - 1], say_pairs(str(y), r))
        return build("call/%s: DOB spoken with ordinal and pairs year" % ch(r, *IND_UK),
                     A("can i take your date of birth"),
                     C("yeah it's ", P(v, "DOB")))
    if st == 2:
        v = "%s %s %s" % (say_pair("%02d" % d, "oh"), say_pair("%02d" % m, "oh"), say_pairs(str(y), r))
        return build("call/%s: DOB as spoken numbers dd mm yy" % ch(r, *IND_UK),
                     A("date of birth"),
                     C(P(v, "DOB")))
    if st == 3:
        v = "%s %s nineteen %s" % (MONTHS[m - 1], ORD[d - 1], say_pair(str(y)[2:], "oh")) if y < 2000 else \
            "%s %s two thousand %s" % (MONTHS[m - 1], ORD[d - 1], U[y - 2000])
        return build("call/%s: DOB US order month day year, plus appointment date (unlabelled)" % ch(r, *IND_US),
                     A("date of birth and we'll book you for the %s" % ORD[r.randint(0, 27)]),
                     C("born ", P(v, "DOB")))
    v = "%d/%d/%d" % (m, d, y)
    return build("chat/healthcare billing: DOB typed US style in a sentence with a bill amount",
                 A("To locate the bill, your DOB please"),
                 C("dob ", P(v, "DOB"), ", the bill is $%d.%02d" % (r.randint(40, 900), r.randint(0, 99))))


def make_sort(r):
    return "".join(r.choice("0123456789") for _ in range(6))


def t_sort_acct(r):
    sc = make_sort(r)
    acct = "".join(r.choice("0123456789") for _ in range(8))
    ind = ch(r, "banking", "utilities", "insurance", "telecom")
    if r.random() < 0.45:
        scv = ch(r, "%s-%s-%s" % (sc[:2], sc[2:4], sc[4:]), "%s %s %s" % (sc[:2], sc[2:4], sc[4:]), sc)
        return build("chat/%s: sort code and account number typed" % ind,
                     A("Please give sort code and account number for the direct debit."),
                     C(ch(r, "sort ", "s/c ", "Sort code "), P(scv, "SORT_CODE"), ch(r, " acc ", " account no ", ", a/c "),
                       P(ch(r, acct, acct[:4] + " " + acct[4:]), "BANK_ACCOUNT")))
    return build("call/%s: sort code then account number spoken in separate turns" % ind,
                 A("what's the sort code"),
                 C(P(speak_groups([sc[:2], sc[2:4], sc[4:]], r), "SORT_CODE")),
                 A("and the account number"),
                 C(ch(r, "", "it's ", "uh "), P(speak_groups([acct[:4], acct[4:]], r, fillers=0.2), "BANK_ACCOUNT")))


def t_acct_us(r):
    acct = "".join(r.choice("0123456789") for _ in range(r.choice([9, 10, 12])))
    routing = "0" + "".join(r.choice("0123456789") for _ in range(8))
    return build("call/banking: US account number spoken (routing number also given, unlabelled)",
                 A("and the checking account number"),
                 C(P(speak_groups(grp(acct, 3), r, uk=False), "BANK_ACCOUNT")),
                 A("thanks and the amount is %d dollars" % r.randint(20, 500)))


def t_iban(r):
    ib = make_iban(r)
    ind = ch(r, "banking", "travel", "utilities", "retail")
    if r.random() < 0.5:
        v = ch(r, " ".join(grp(ib, 4)), ib, " ".join(grp(ib.lower(), 4)))
        return build("chat/%s: IBAN typed (%s)" % (ind, ib[:2]),
                     A("Please send the IBAN for the refund."),
                     C(ch(r, "IBAN: ", "", "here: "), P(v, "IBAN")))
    parts = []
    for g in grp(ib, 4):
        for x in g:
            parts.append(U[int(x)] if x.isdigit() else say_letter(x, r, ch(r, "plain", "plain", "nato", "for")))
    return build("call/%s: IBAN spoken character by character (%s)" % (ind, ib[:2]),
                 A("go ahead with the iban"),
                 C(P(" ".join(parts), "IBAN")))


def t_combo_card_phone(r):
    num = make_card(r, ch(r, "visa", "mc"))
    m = make_uk_mobile(r)
    return build("call/telecom: card and mobile number in consecutive turns with an amount (unlabelled)",
                 A("i'll take the %s payment now card number please" % ch(r, "forty pound", "twenty nine ninety nine")),
                 C(P(spoken_card(r, num, fillers=0.2), "CARD_NUMBER")),
                 A("and the mobile on the account"),
                 C(P(speak_groups([m[:5], m[5:]], r), "PHONE")))


def t_ssn_chat_split(r):
    s = make_ssn(r)
    a, b, c = s[:3], s[3:5], s[5:]
    return build("chat/%s: SSN typed over several chat messages" % ch(r, *IND_US),
                 A("Please confirm your SSN."),
                 C(ch(r, "ok ", "", "its "), P(a + ch(r, "-", " ", "") + b, "SSN", "s")),
                 C(P(c, "SSN", "s"), ch(r, "", " sorry", " <- last 4")))


def t_ssn_words_typed(r):
    s = make_ssn(r)
    v = "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    other = r.randint(100, 999)
    return build("chat/%s: SSN typed in a long message next to a bill amount and policy number" % ch(r, *IND_US),
                 C("hi i got a bill for $%d.%02d and the portal wants my social, it's " % (other, r.randint(0, 99)),
                   P(v, "SSN"), ch(r, " can you check", ", my policy # is %d" % r.randint(100000, 9999999))))


def t_ni_chat_split(r):
    n = make_ni(r)
    return build("chat/government services: NI number typed across two chat messages",
                 A("What's your NI number?"),
                 C(P(n[:2] + ch(r, " ", "") + n[2:5], "NI_NUMBER", "n")),
                 C(P(n[5:8] + ch(r, " ", "") + n[8], "NI_NUMBER", "n"), ch(r, "", " soz", " sorry pressed enter")))


def t_ni_homophone_digits(r):
    n = make_ni(r)
    for _ in range(40):
        v = spoken_ni_letters(r, n[:2], "name") + " " + say_digitwise(n[2:8], r, homo=0.8, doubles=0.3) + \
            " " + say_letter(n[8], r, "name")
        if normalise(v) == n:
            break
    return build("call/government services: NI with letter-name and digit homophones (see/for/to/ate)",
                 A("can you give me your national insurance number"),
                 C("yes it is ", P(v, "NI_NUMBER")))


def t_card_homophones(r):
    num = make_card(r, ch(r, "visa", "mc"))
    for _ in range(40):
        v = " ".join(say_digitwise(g, r, homo=0.7, doubles=0.2) for g in card_groups(num))
        if normalise(v) == num:
            break
    return build("call/%s: card reading with ASR digit homophones ('for', 'to', 'ate')" % ch(r, *IND_UK + IND_US),
                 A("and the card number"),
                 C(P(v, "CARD_NUMBER")))


def t_ssn_spoken_dash(r):
    s = make_ssn(r)
    v = " dash ".join(speak_groups([g], r, uk=False) for g in (s[:3], s[3:5], s[5:]))
    assert normalise(v) == s
    return build("call/%s: SSN spoken with the word 'dash' between groups" % ch(r, *IND_US),
                 A("what is the social security number on the policy"),
                 C("it's ", P(v, "SSN"), " and the policy is %s" % say_digitwise(str(r.randint(10000, 99999)), r, doubles=0)))


def t_card_spoken_dash(r):
    num = make_card(r, ch(r, "visa", "mc"))
    v = " dash ".join(speak_groups([g], r) for g in card_groups(num))
    assert normalise(v) == num
    return build("chat-voice/%s: voice-assistant dictation of card with the word 'dash'" % ch(r, *IND_UK),
                 A("please say your card number"),
                 C(P(v, "CARD_NUMBER")))


def t_card_hundreds(r):
    first = ch(r, "4000", "4100", "5100", "4900", "5500", "4" + "".join(r.choice("0123456789") for _ in range(3)))
    g2 = ch(r, "%d000" % r.randint(1, 9), "%d00" % r.randint(11, 99), "".join(r.choice("0123456789") for _ in range(4)))
    g3 = ch(r, "%d00" % r.randint(11, 99), "%d000" % r.randint(1, 9), "".join(r.choice("0123456789") for _ in range(4)))
    body = first + g2 + g3 + "".join(r.choice("0123456789") for _ in range(3))
    num = [body + c for c in "0123456789" if luhn_ok(body + c)][0]
    parts = []
    for g in card_groups(num):
        if g.endswith("000") and g[0] != "0":
            parts.append(U[int(g[0])] + " thousand")
        elif g.endswith("00") and g[0] != "0":
            parts.append(say_pair(g[:2], "oh") + " hundred")
        else:
            parts.append(say_pairs(g, r))
    v = " ".join(parts)
    if normalise(v) != num:
        v = spoken_card(r, num)
    return build("call/%s: card groups spoken as hundreds/thousands ('forty one hundred', 'two thousand')" % ch(r, *IND_UK + IND_US),
                 A("can i take the long card number"),
                 C(ch(r, "", "yeah ", "okay "), P(v, "CARD_NUMBER")))


POS_SCHEDULE = [
    (t_card_hundreds, 5),
    (t_ssn_spoken_dash, 3), (t_card_spoken_dash, 2),
    (t_ssn_chat_split, 4), (t_ssn_words_typed, 3), (t_ni_chat_split, 4), (t_ni_homophone_digits, 4),
    (t_card_homophones, 4),
    (t_card_chat, 10), (t_card_call_one, 10), (t_card_call_split, 4), (t_card_readback, 3),
    (t_card_correction, 3), (t_card_restart, 3), (t_card_asr_digits, 4), (t_card_chat_split, 3),
    (t_card_mixed_words_digits, 3), (t_card_exp_cvv, 14), (t_exp_cvv_only, 4), (t_combo_card_phone, 3),
    (t_ssn_chat, 10), (t_ssn_call, 10), (t_ssn_split, 4), (t_ssn_readback, 3), (t_ssn_correction, 3),
    (t_ssn_asr_numerals, 3), (t_ssn_with_dob, 4),
    (t_ni_chat, 10), (t_ni_call, 10), (t_ni_split, 5), (t_ni_readback, 3), (t_ni_correction, 3),
    (t_ni_asr_numerals, 4), (t_ni_with_postcode, 3),
    (t_addr_uk, 8), (t_addr_us, 6), (t_postcode_split, 3), (t_phone, 14), (t_email, 14), (t_dob, 12),
    (t_sort_acct, 14), (t_acct_us, 4), (t_iban, 14),
]


# ---------------------------------------------------------------- negatives
def money_spoken(r):
    return ch(r, "%s pounds %s" % (say_pairs(str(r.randint(11, 99)), r), say_pairs(str(r.randint(11, 99)), r)),
              "%s hundred and %s dollars" % (U[r.randint(1, 9)], say_pair(str(r.randint(21, 99)), "oh")),
              "%s thousand %s hundred euro" % (U[r.randint(1, 9)], U[r.randint(1, 9)]))


def n_money(r):
    return build("call/%s: amounts and balance spoken, no PII" % ch(r, *IND_UK),
                 A("your balance is %s and the next payment is %s" % (money_spoken(r), money_spoken(r))),
                 C("okay so if i pay %s today does that clear it" % money_spoken(r)))


def n_money_chat(r):
    return build("chat/%s: prices and totals typed, no PII" % ch(r, *IND_UK + IND_US),
                 C("I was charged £%d.%02d instead of £%d.%02d on my last bill" % (r.randint(100, 2000), r.randint(0, 99), r.randint(10, 99), r.randint(0, 99))),
                 A("Sorry about that, a refund of $%s,%03d.%02d has been issued" % (r.randint(1, 9), r.randint(0, 999), r.randint(0, 99))))


def n_order(r):
    ref = "".join(r.choice("0123456789") for _ in range(r.randint(6, 10)))
    word = ch(r, "order number", "ticket number", "claim number", "invoice number", "reference number", "case number")
    if r.random() < 0.5:
        return build("chat/%s: %s typed (not PII)" % (ch(r, *IND_UK + IND_US), word),
                     C("Hi, my %s is %s" % (word, ch(r, ref, "#" + ref, ref[:4] + "-" + ref[4:]))),
                     A("Thanks, I can see that %s." % word.split()[0]))
    return build("call/%s: %s spoken digit by digit (not PII)" % (ch(r, *IND_UK + IND_US), word),
                 A("have you got %s %s" % ("an" if word[0] in "aeiou" else "a", word)),
                 C("yeah the %s is %s" % (word, speak_groups(grp(ref, 3), r))))


def n_times(r):
    return build("call/%s: appointment times, dates and durations" % ch(r, *IND_UK + IND_US),
                 A("i can book an engineer for the %s of %s between %s and %s" % (ORD[r.randint(0, 27)], r.choice(MONTHS), ch(r, "eight", "nine", "ten"), ch(r, "twelve", "one", "two"))),
                 C("that works i've been waiting %s weeks and it's been %s minutes on hold" % (U[r.randint(2, 9)], say_pair(str(r.randint(21, 59)), "oh"))))


def n_flight(r):
    fl = "%s%d" % (r.choice(["BA", "EI", "FR", "UA", "DL", "LH", "AA"]), r.randint(10, 9999))
    return build("chat/travel: flight number, seat, times and booking ref",
                 C("My flight %s on %d %s at %02d:%02d was cancelled, booking ref %s" % (fl, r.randint(1, 28), r.choice(MONTHS).title(), r.randint(5, 22), r.choice([0, 15, 30, 45]), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))),
                 A("I'm sorry to hear that. I can move you to %s departing %02d:%02d, seat %d%s." % (fl[:2] + str(r.randint(10, 999)), r.randint(5, 22), r.randint(0, 59), r.randint(1, 40), r.choice("ABCDEF"))))


def n_flight_call(r):
    return build("call/travel: flight number and gate spoken",
                 C("i'm on the %s %s flight it says gate %s and boarding at %s %s" % (ch(r, "aer lingus", "ryanair", "united"), say_pairs(str(r.randint(100, 9999)), r), say_pair(str(r.randint(11, 60)), "oh"), ch(r, "six", "seven", "nine"), say_pair(str(r.randint(10, 59)), "oh"))),
                 A("okay that's been delayed by %s minutes" % say_pair(str(r.randint(20, 90)), "oh")))


def n_meter(r):
    reading = "".join(r.choice("0123456789") for _ in range(5))
    return build("call/utilities: meter reading (5 digits) and unit rate",
                 A("can you read me the meter"),
                 C("it says %s and the other dial %s" % (speak_groups([reading], r), say_digitwise("".join(r.choice("0123456789") for _ in range(5)), r))),
                 A("thanks your unit rate is %s point %s pence" % (say_pair(str(r.randint(20, 35)), "oh"), U[r.randint(1, 9)])))


def n_meter_chat(r):
    return build("chat/utilities: meter readings and kWh typed",
                 C("Meter reading today: %05d, night %05d. Usage was %d kWh this quarter" % (r.randint(0, 99999), r.randint(0, 99999), r.randint(200, 4000))),
                 A("Thanks, your estimated bill is £%d.%02d." % (r.randint(60, 600), r.randint(0, 99))))


def n_model(r):
    return build("chat/retail: model numbers, quantities and prices",
                 C("I ordered %d x %s and the %s but got the wrong size" % (r.randint(2, 12), ch(r, "WH-1000XM5", "SM-G991B", "KDL-55X8500", "A2894", "HD-6032"), ch(r, "model 7405", "size 10", "pack of 24"))),
                 A("No problem, the replacement ships in %d-%d working days." % (r.randint(1, 3), r.randint(4, 7))))


def n_speed(r):
    return build("call/telecom: broadband speeds, percentages, router model",
                 C("i'm paying for %s megs and getting %s the router is a %s" % (say_pairs(str(r.randint(100, 900)), r), say_pair(str(r.randint(11, 99)), "oh"), ch(r, "hub five", "model four thousand", "sky q"))),
                 A("that's about %s percent of the speed it should be" % say_pair(str(r.randint(11, 60)), "oh")))


def n_year_age(r):
    return build("call/%s: years, ages and contract start date (not DOB)" % ch(r, "insurance", "telecom", "utilities"),
                 C("i've been with you since %s and i'm %s so i'd like the over sixties rate" % (say_pairs(str(r.randint(1990, 2020)), r), say_pair(str(r.randint(60, 89)), "oh"))),
                 A("your contract started on the %s of %s %s" % (ORD[r.randint(0, 27)], r.choice(MONTHS), ch(r, "twenty twenty one", "two thousand and nineteen"))))


def n_room(r):
    return build("call/travel: hotel room number, nights and price",
                 C("i'm in room %s for %s nights" % (speak_groups([str(r.randint(101, 899))], r), U[r.randint(2, 9)])),
                 A("okay the rate is %s pounds a night and checkout is at eleven" % say_pairs(str(r.randint(65, 240)), r)))


def n_temp(r):
    return build("call/utilities: boiler temperature, pressure and counts",
                 C("the boiler's set to %s degrees and the pressure is %s point %s bar" % (say_pair(str(r.randint(40, 75)), "oh"), U[r.randint(1, 2)], U[r.randint(0, 9)])),
                 A("okay we've had %s calls about that model this week" % say_pair(str(r.randint(11, 99)), "oh")))


def n_payment_date(r):
    return build("chat/%s: payment date and amount typed (not a birth date)" % ch(r, "banking", "utilities", "telecom"),
                 C("Can I move my payment from %02d/%02d/%d to the %dth?" % (r.randint(1, 28), r.randint(1, 12), r.randint(2024, 2027), r.randint(4, 20))),
                 A("Yes, your next direct debit of £%d.%02d will now be taken then." % (r.randint(10, 300), r.randint(0, 99))))


def n_long_ref(r):
    ref = "".join(r.choice("0123456789") for _ in range(10))
    return build("call/%s: ten-digit reference number said with its reference word" % ch(r, "government services", "insurance", "utilities"),
                 A("your reference number is %s" % speak_groups(grp(ref, 2), r)),
                 C("sorry the reference number was %s" % say_digitwise(ref, r)))


def n_company_phone_words(r):
    return build("call/%s: counts and durations in a complaint" % ch(r, *IND_UK + IND_US),
                 C("i've called %s times over %s days and spent %s hours on hold" % (U[r.randint(3, 9)], say_pair(str(r.randint(11, 30)), "oh"), U[r.randint(2, 5)])),
                 A("i'm sorry i'll add %s pounds credit and escalate it" % say_pair(str(r.randint(10, 50)), "oh")))


def n_apr(r):
    return build("chat/banking: APR, credit limit, balance and minimum payment",
                 C("What's my APR? Balance shows $%s,%03d.%02d" % (r.randint(1, 19), r.randint(0, 999), r.randint(0, 99))),
                 A("Your purchase APR is %d.%d%%, credit limit £%d,%03d and the minimum payment of £%d.%02d is due on the %dth." %
                   (r.randint(12, 34), r.randint(0, 9), r.randint(1, 15), r.choice([0, 500]), r.randint(25, 150), r.randint(0, 99), r.randint(4, 20))))


def n_last_payment(r):
    return build("call/%s: last payment date and amount spoken (not a birth date)" % ch(r, "utilities", "telecom", "banking"),
                 A("we received your last payment of %s on the %s of %s twenty twenty %s" %
                   (money_spoken(r), ORD[r.randint(0, 27)], r.choice(MONTHS), U[r.randint(3, 6)])),
                 C("okay and the next one comes out on the %s yeah" % ORD[r.randint(0, 27)]))


def n_renewal(r):
    return build("chat/insurance: policy renewal date, premium and excess",
                 A("Your policy %s renews on %02d/%02d/%d. The premium is £%d.%02d with a £%d excess." %
                   (ch(r, "number POL-%d" % r.randint(100000, 9999999), "ref %d" % r.randint(100000, 99999999)),
                    r.randint(1, 28), r.randint(1, 12), r.randint(2025, 2027), r.randint(150, 1400), r.randint(0, 99), r.choice([100, 250, 350, 500]))),
                 C("ok thanks, and if I add %d driver(s) aged %d and %d?" % (r.randint(1, 3), r.randint(17, 25), r.randint(40, 70))))


def n_hours(r):
    return build("chat/%s: opening hours, queue position and wait time" % ch(r, "government services", "retail", "telecom"),
                 A("You are number %d in the queue. Estimated wait %d mins. Our lines are open %dam-%d:%02dpm Mon-Fri." %
                   (r.randint(2, 40), r.randint(3, 55), r.randint(7, 9), r.randint(5, 8), r.choice([0, 30]))),
                 C("ok i've been waiting since %d:%02d already" % (r.randint(8, 11), r.randint(0, 59))))


def n_data_usage(r):
    return build("chat/telecom: data usage, minutes and plan prices",
                 C("I've used %d.%dGB of %dGB and %s minutes, why is my bill £%d.%02d" %
                   (r.randint(5, 99), r.randint(0, 9), r.choice([50, 100, 150]), "{:,}".format(r.randint(100, 3000)), r.randint(20, 90), r.randint(0, 99))),
                 A("You're on the %dGB plan at £%d a month for %d months; extra data is £%d per %dGB." %
                   (r.choice([30, 60, 100]), r.randint(10, 45), r.choice([12, 18, 24, 36]), r.randint(2, 10), r.choice([1, 2, 5]))))


def n_price_spoken(r):
    return build("call/telecom: monthly price and contract length spoken",
                 A("so that'll be %s a month for %s months and the setup fee is %s pounds" %
                   (say_pairs(str(r.randint(1500, 9999)), r), say_pair(str(r.choice([12, 18, 24, 36])), "oh"), say_pair(str(r.randint(10, 99)), "oh"))),
                 C("and after the %s months does it go up by %s percent" % (say_pair(str(r.choice([12, 18, 24])), "oh"), U[r.randint(3, 9)])))


def n_parcel(r):
    return build("chat/retail: parcel weight, box count, delivery slot and order number",
                 C("Order #%d - %d boxes, %d.%dkg total, slot was %02d:00-%02d:00 but nobody came" %
                   (r.randint(1000000, 999999999), r.randint(2, 6), r.randint(1, 30), r.randint(0, 9), r.randint(8, 14), r.randint(15, 20))),
                 A("Sorry! I've rebooked it for %s %d %s, and refunded the £%d.%02d delivery fee." %
                   (ch(r, "Mon", "Tue", "Wed", "Thu", "Fri"), r.randint(1, 28), r.choice(MONTHS)[:3].title(), r.randint(3, 9), r.choice([49, 95, 99]))))


def n_miles(r):
    return build("call/insurance: mileage, car year, engine size and no-claims years",
                 C("it's a %s about %s miles a year one point %s litre" %
                   (say_pairs(str(r.randint(2005, 2024)), r), "{} thousand".format(ch(r, "eight", "ten", "twelve", "fifteen")), U[r.randint(0, 9)])),
                 A("and how many years no claims" if r.random() < 0.5 else "lovely that's %s years no claims discount" % U[r.randint(2, 9)]),
                 C("%s years and the car's worth about %s thousand" % (U[r.randint(2, 9)], say_pair(str(r.randint(11, 40)), "oh"))))


def n_room_chat(r):
    return build("chat/travel: room number, check-in time and nightly rate",
                 C("Hi im in room %d, check in was %d:%02d and you charged me €%d.%02d x %d nights" %
                   (r.randint(101, 2240), r.randint(13, 16), r.choice([0, 30]), r.randint(80, 400), r.randint(0, 99), r.randint(2, 9))),
                 A("Apologies, I've refunded %d night(s) - ref %d." % (r.randint(1, 2), r.randint(10000, 9999999))))


NEG_SCHEDULE = [(n_apr, 4), (n_last_payment, 4), (n_renewal, 4), (n_hours, 4), (n_data_usage, 3), (n_price_spoken, 3),
                (n_parcel, 4), (n_miles, 3), (n_room_chat, 3), (n_money, 9), (n_money_chat, 8), (n_order, 14), (n_times, 8), (n_flight, 6), (n_flight_call, 5),
                (n_meter, 6), (n_meter_chat, 5), (n_model, 6), (n_speed, 5), (n_year_age, 7), (n_room, 5),
                (n_temp, 5), (n_payment_date, 6), (n_long_ref, 5), (n_company_phone_words, 4)]


# ---------------------------------------------------------------- validation
UK_PC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
STREET_WORDS = ("street", "road", "avenue", "lane", "grove", "drive", "view", "court", "walk", "close",
                "crescent", "way", "terrace", "boulevard")


def email_norm(v):
    s = v.lower()
    s = re.sub(r"\bat\b", "@", s)
    s = re.sub(r"\bdot\b", ".", s)
    s = re.sub(r"\bunderscore\b", "_", s)
    toks = s.split()
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in TENS[2:] and i + 1 < len(toks) and toks[i + 1] in U[1:]:
            out.append(str(TENS.index(t)) + str(U.index(toks[i + 1]))); i += 2; continue
        if t in TENS[2:]:
            out.append(str(TENS.index(t)) + "0")
        elif t in TEENS:
            out.append(str(10 + TEENS.index(t)))
        elif t in U:
            out.append(str(U.index(t)))
        else:
            out.append(t)
        i += 1
    return "".join(out)


def validate(typ, parts):
    if typ == "EMAIL":
        e = email_norm(" ".join(parts))
        return bool(re.fullmatch(r"[a-z0-9._]+@[a-z0-9]+(\.[a-z]{2,})+", e)), e
    if typ == "ADDRESS":
        v = " ".join(parts).lower()
        return (any(w in v.split() for w in STREET_WORDS) and (bool(re.search(r"\d", v)) or any(w in v.split() for w in U + TEENS + TENS[2:]))), v
    if typ in ("DOB", "EXPIRY"):
        v = " ".join(parts).lower()
        if any(m in v for m in MONTHS):
            return True, v
        try:
            d = normalise(v)
        except ValueError:
            return False, v
        if typ == "EXPIRY":
            return d.isdigit() and len(d) in (4, 6) and 1 <= int(d[:2]) <= 12, d
        return d.isdigit() and 6 <= len(d) <= 8, d
    try:
        n = "".join(normalise(p) for p in parts)
    except ValueError as e:
        return False, str(e)
    if typ == "CARD_NUMBER":
        return n.isdigit() and 13 <= len(n) <= 19 and luhn_ok(n), n
    if typ == "CVV":
        return n.isdigit() and len(n) in (3, 4), n
    if typ == "SSN":
        return n.isdigit() and len(n) == 9 and n[:3] not in ("000", "666") and n[3:5] != "00" and n[5:] != "0000", n
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(n)) and n[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"), n
    if typ == "SORT_CODE":
        return n.isdigit() and len(n) == 6, n
    if typ == "BANK_ACCOUNT":
        return n.isdigit() and 8 <= len(n) <= 12, n
    if typ == "IBAN":
        return iban_ok(n), n
    if typ == "PHONE":
        d = n.lstrip("+")
        if n.startswith("00"):
            d = n[2:]
        return d.isdigit() and 10 <= len(d) <= 13, n
    if typ == "POSTCODE":
        return bool(UK_PC_RE.match(n) or re.fullmatch(r"\d{5}(\d{4})?", n)), n
    return False, n


def validate_frag(typ, parts):
    try:
        n = "".join(normalise(p) for p in parts)
    except ValueError as e:
        return False, str(e)
    return n.isalnum() and len(n) >= 1, n


# ---------------------------------------------------------------- generation
def generate():
    r = random.Random(SEED)
    cases = []
    pos = []
    for fn, k in POS_SCHEDULE:
        for _ in range(k):
            pos.append(fn(r))
    neg = []
    for fn, k in NEG_SCHEDULE:
        for _ in range(k):
            neg.append(fn(r))
    r.shuffle(pos)
    r.shuffle(neg)
    for i, c in enumerate(pos, 1):
        cases.append(("h80-pos-%03d" % i, "positive", c))
    for i, c in enumerate(neg, 1):
        cases.append(("h80-neg-%03d" % i, "negative", c))
    return cases


def to_lines(cases):
    lines = []
    for cid, kind, c in cases:
        obj = {"id": cid, "kind": kind, "turns": c.turns,
               "spans": sorted(c.spans, key=lambda s: (s["turn"], s["start"])), "note": c.note}
        lines.append(json.dumps(obj, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter()
    for _, _, c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def readme_text(cases):
    cnt = counts(cases)
    npos = sum(1 for x in cases if x[1] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return """# pii_holdout80 - held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data it was not developed against. Do not add its cases to training or unit
tests, and do not adjust patterns after looking at individual failures here.

## Provenance

Written by an AI helper acting as an independent test author. The author did
not read the redaction code, its tests, its documentation, the benchmark
script, or any other PII fixture; the only existing data consulted was a
three-line example of the JSONL format. Cases are produced by
`scripts/make_pii_holdout80.py` from template functions; every turn is
assembled from plain-text segments and (value, TYPE) segments, so span offsets
are computed, never typed. All values come from one `random.Random(%d)`
and the output is byte-for-byte reproducible. `--check` regenerates the file,
compares it byte for byte, and validates ids, offsets, word boundaries,
overlaps and every labelled value (after normalising spoken forms: Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit
counts for CVV/phone/account, UK/US postcode shapes).

## Contents

%d positive cases, %d negative cases (%d total).

| type | spans |
|---|---|
%s

Channels: chat (typed, varied separators and case) and call (ASR-style lower
case transcripts, numbers as words: "oh"/"o"/"nought"/"zero", "double"/"triple",
pairs such as "forty one eleven", hundreds/thousands such as "nineteen hundred",
"four thousand", letters as plain letters, letter-name homophones ("jay",
"kay", "see", "are", "why"), NATO words and "b for bravo", digit homophones
"to"/"too"/"for"/"ate", filler words inside readings, values split across
turns with agent back-channels, self-corrections, agent read-backs).
Industries: banking, telecom, utilities, retail, insurance, travel, healthcare
billing, government services; US, UK, Ireland and EU (IBANs).

## Annotation conventions

* A span covers exactly the characters of the value as written: for spoken
  values, from the first to the last number/letter word of the reading,
  including filler words ("um", "er") and "double"/"triple"/"hundred" words
  that fall *inside* the reading. Lead-ins ("it's", "yeah") and trailing chat
  are outside.
* A value split across turns is labelled as one span per turn, each covering
  that turn's fragment; back-channel turns are unlabelled.
* Agent read-backs of a value are labelled too.
* Self-corrections and restarts: the mistaken or abandoned reading (a whole
  value, a single card group, or an NI prefix) is labelled with the same type
  as the corrected one (it is still the customer's data), and the corrected
  reading (whole value, or just the corrected group / suffix letter) is
  labelled separately. The words "no sorry", "wait no" between them are not.
  Such fragments are only checked to be letters/digits, not full validity.
* Spelling aids ("b for bravo", "s for sugar"), NATO words and letter names
  ("jay", "see", "double you") are inside the span when they spell part of a
  value (NI number, postcode, IBAN); a spoken "dash" between groups is inside.
* Digit homophones an ASR produces ("for" = 4, "to"/"too" = 2, "ate" = 8)
  are part of the value and inside the span.
* ADDRESS = house/flat number and street name only; town names are not
  labelled; postcode/ZIP is its own POSTCODE span.
* EXPIRY covers the month and year ("oh eight twenty seven", "08/27",
  "march twenty twenty nine"); CVV only the code digits.
* DOB covers the whole date including "the ... of".
* Negatives contain no PII at all; anything redacted in them is a false
  positive. They contain amounts, balances, times, durations, counts, years,
  ages, percentages, appointment/payment/contract dates, order/ticket/claim/
  invoice/reference numbers (at most 10 digits, always with their reference
  word), flight numbers, room numbers, model numbers, meter readings, speeds
  and temperatures. Positive cases may also contain such unlabelled numbers.

Scoring (for information): a labelled span counts as found when every letter
and digit inside it is covered by a redaction; a negative case fails if
anything in it is redacted.
""" % (SEED, npos, nneg, len(cases), rows)


def check_cases(cases, text):
    problems = []
    ids = set()
    for cid, kind, c in cases:
        if cid in ids:
            problems.append("dup id " + cid)
        ids.add(cid)
        if kind == "negative" and c.spans:
            problems.append(cid + ": negative with spans")
        if kind == "positive" and not c.spans:
            problems.append(cid + ": positive without spans")
        ss = sorted(c.spans, key=lambda s: (s["turn"], s["start"]))
        for i, s in enumerate(ss):
            if s["type"] not in TYPES:
                problems.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(c.turns)):
                problems.append(cid + ": bad turn"); continue
            t = c.turns[s["turn"]]["text"]
            if not (0 <= s["start"] < s["end"] <= len(t)):
                problems.append(cid + ": offsets out of range"); continue
            if s["start"] > 0 and t[s["start"] - 1].isalnum():
                problems.append(cid + ": span start not at word boundary: %r" % t[s["start"] - 1:s["end"]])
            if s["end"] < len(t) and t[s["end"]].isalnum():
                problems.append(cid + ": span end not at word boundary: %r" % t[s["start"]:s["end"] + 1])
            seg = t[s["start"]:s["end"]]
            if seg != seg.strip():
                problems.append(cid + ": span has outer whitespace %r" % seg)
            if i and ss[i - 1]["turn"] == s["turn"] and ss[i - 1]["end"] > s["start"]:
                problems.append(cid + ": overlapping spans")
        for (typ, gid), parts in c.groups.items():
            ok, n = (validate_frag if str(gid).startswith("frag") else validate)(typ, parts)
            if not ok:
                problems.append("%s: invalid %s %r -> %r" % (cid, typ, parts, n))
    lines = text.splitlines()
    if len(lines) != len(cases):
        problems.append("line count mismatch")
    for ln in lines:
        obj = json.loads(ln)
        if set(obj) != {"id", "kind", "turns", "spans", "note"}:
            problems.append("bad keys " + obj.get("id", "?"))
    return problems


def main():
    cases = generate()
    text = to_lines(cases)
    readme = readme_text(cases)
    cnt = counts(cases)
    npos = sum(1 for x in cases if x[1] == "positive")
    nneg = len(cases) - npos
    if "--check" in sys.argv:
        problems = check_cases(cases, text)
        try:
            with open(OUT, encoding="utf-8") as f:
                if f.read() != text:
                    problems.append("cases.jsonl differs from regenerated output")
        except OSError:
            problems.append("cases.jsonl missing")
        try:
            with open(README, encoding="utf-8") as f:
                if f.read() != readme:
                    problems.append("README.md differs from regenerated output")
        except OSError:
            problems.append("README.md missing")
        if npos < 170 or nneg < 100:
            problems.append("too few cases")
        for t in TYPES:
            need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
            if cnt[t] < need:
                problems.append("too few %s spans: %d < %d" % (t, cnt[t], need))
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for p in problems:
            print("PROBLEM:", p)
        print("check %s (%d problems)" % ("FAILED" if problems else "OK", len(problems)))
        sys.exit(1 if problems else 0)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print("wrote %d cases (%d positive, %d negative) to %s" % (len(cases), npos, nneg, OUT))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout552 held-out PII redaction evaluation set.

Written by an independent test author (AI helper) without access to the
redaction engine. Standard library only.

Usage:
    python scripts/make_pii_holdout552.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout552.py --check  # regenerate and validate
"""
import json
import os
import random
import re
import sys

SEED = 552241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout552")
OUT = os.path.join(OUT_DIR, "cases.jsonl")

R = random.Random(SEED)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- builder


class V(object):
    """A labelled value segment."""

    def __init__(self, text, typ, group=None):
        self.text, self.typ, self.group = text, typ, group


class Case(object):
    def __init__(self, note):
        self.note = note
        self.turns = []   # list of (speaker, [segments])

    def c(self, *segs):
        self.turns.append(("customer", list(segs)))
        return self

    def a(self, *segs):
        self.turns.append(("agent", list(segs)))
        return self

    def render(self):
        turns, spans, groups = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    st = len(text)
                    text += s.text
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": s.typ})
                    groups.append(s.group)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        return turns, spans, groups


# ---------------------------------------------------------------- value makers

def luhn_ok(ds):
    tot = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19", "mc2"])
    if kind == "visa":
        pre, n = "4", 16
    elif kind == "mc":
        pre, n = "5" + str(R.randint(1, 5)), 16
    elif kind == "mc2":
        pre, n = "2" + str(R.randint(221, 720)), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]), 15
    elif kind == "disc":
        pre, n = "6011", 16
    elif kind == "visa13":
        pre, n = "4", 13
    else:
        pre, n = R.choice(["6759", "6761", "5018"]), 19
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(n - len(pre) - 1))
    # sprinkle repeats/zeros so double/oh renderings occur
    body = list(body)
    for _ in range(2):
        i = R.randint(len(pre), len(body) - 2)
        body[i + 1] = body[i] if R.random() < 0.6 else "0"
    body = "".join(body)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NI_BAD = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in NI_BAD:
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_valid(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def digs(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def make_iban():
    k = R.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    if k == "GB":
        bban = R.choice(["NWBK", "BARC", "MIDL", "HBUK", "NAIA", "CPBK"]) + digs(14)
    elif k == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + digs(14)
    elif k == "DE":
        bban = digs(18)
    elif k == "NL":
        bban = R.choice(["ABNA", "RABN", "INGB"]) + digs(10)
    elif k == "FR":
        bban = digs(23)
    else:
        bban = digs(20)
    return k + iban_check(k, bban) + bban


def group_str(s, n, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- speech rendering

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
ZW = ["oh", "o", "zero", "nought"]
FILL = ["um", "uh", "er", "erm"]
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yeah go ahead", "mm hm", "sure"]


def say_digit(d, zw="oh", asr=False):
    if d == "0":
        return zw
    w = UNITS[int(d)]
    if asr and R.random() < 0.25:
        w = {"two": R.choice(["to", "too"]), "four": "for", "one": "won",
             "eight": "ate", "nine": "niner"}.get(w, w)
    return w


def say_seq(s, zw="oh", doubles=True, asr=False):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d:
            run += 1
        if doubles and run >= 3 and R.random() < 0.6:
            out.append("triple " + say_digit(d, zw))
            i += 3
        elif doubles and run >= 2 and R.random() < 0.7:
            out.append("double " + say_digit(d, zw))
            i += 2
        else:
            out.append(say_digit(d, zw, asr))
            i += 1
    return " ".join(out)


def say_pair(p, zw="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return (zw + " " + say_digit(p[1], zw)) if b else R.choice(["double " + zw, zw + " " + zw])
    if a == 1:
        return TEENS[b]
    if b == 0:
        return TENS[a]
    return TENS[a] + R.choice([" ", "-"]) + UNITS[b]


def say_hundred(t, zw="oh"):
    h = UNITS[int(t[0])] + " hundred"
    rest = t[1:]
    if rest == "00":
        return h
    conj = R.choice([" and ", " and ", " "])
    if rest[0] == "0":
        return h + conj + UNITS[int(rest[1])]
    return h + conj + say_pair(rest, zw)


def ends_numberish(s):
    last = re.findall(r"[a-z]+", s)
    return bool(last) and (last[-1] in TENS.values() or last[-1] == "hundred")


def say_chunk(ch, zw="oh", style=None, asr=False):
    style = style or R.choice(["seq", "seq", "seq", "pairs", "hund"])
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(say_pair(ch[i:i + 2], zw) for i in range(0, len(ch), 2))
    if style == "hund" and len(ch) == 3 and ch[0] != "0":
        return say_hundred(ch, zw)
    if style == "hund" and len(ch) == 4 and ch[0] != "0":
        return say_digit(ch[0], zw) + ", " + say_hundred(ch[1:], zw) if ch[1] != "0" else say_seq(ch, zw)
    return say_seq(ch, zw, asr=asr)


def split_by(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def card_sizes(n):
    if n == 15:
        return R.choice([[4, 6, 5], [4, 4, 4, 3], [3, 3, 3, 3, 3]])
    if n == 13:
        return R.choice([[4, 3, 3, 3], [4, 4, 5], [4, 4, 4, 1]])
    if n == 19:
        return R.choice([[4, 4, 4, 4, 3], [4, 4, 4, 4, 3]])
    return R.choice([[4, 4, 4, 4], [4, 4, 4, 4], [4, 4, 4, 4], [2, 2, 4, 4, 4], [3, 3, 3, 3, 4], [4, 4, 8]])


def join_chunks(words, fill_p=0.2):
    out = words[0]
    for w in words[1:]:
        if R.random() < fill_p:
            out += " " + R.choice(FILL) + " "
        elif ends_numberish(out) or R.random() < 0.5:
            out += ", "
        else:
            out += " "
        out += w
    return out


def spoken_chunks(value, sizes, zw=None, asr=False, style=None):
    zw = zw or R.choice(ZW)
    return [say_chunk(ch, zw, style, asr) for ch in split_by(value, sizes)]


NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo", "F": "foxtrot",
        "G": "golf", "H": "hotel", "I": "india", "J": "juliet", "K": "kilo", "L": "lima",
        "M": "mike", "N": "november", "O": "oscar", "P": "papa", "Q": "quebec", "R": "romeo",
        "S": "sierra", "T": "tango", "U": "uniform", "V": "victor", "W": "whiskey", "X": "x-ray",
        "Y": "yankee", "Z": "zulu"}
FOLK = {"A": ["apple", "alfred"], "B": ["bertie", "bob", "benjamin"], "C": ["charlie", "cat"],
        "D": ["david", "dog"], "E": ["edward", "echo"], "G": ["george"], "H": ["harry", "henry"],
        "J": ["john", "jack"], "K": ["king", "kate"], "L": ["london", "larry"], "M": ["mother", "mary"],
        "N": ["nancy", "nellie"], "P": ["peter", "paul"], "R": ["robert", "roger"], "S": ["sugar", "sam"],
        "T": ["tommy", "tom"], "W": ["william", "walter"], "X": ["xylophone"], "Y": ["yellow", "york"],
        "Z": ["zebra"], "O": ["orange"], "F": ["freddie"], "I": ["india"], "Q": ["queen"],
        "U": ["uncle"], "V": ["victor"]}
LNAME = {"B": ["bee"], "C": ["see", "sea"], "J": ["jay"], "K": ["kay"], "R": ["are"],
         "T": ["tee"], "P": ["pee"], "Y": ["why"], "Z": ["zed", "zee"], "E": ["ee"],
         "S": ["ess"], "M": ["em"], "N": ["en"], "L": ["el"], "X": ["ex"], "G": ["gee"],
         "A": ["ay"], "H": ["aitch"], "W": ["double you"], "D": ["dee"]}


def say_letter(ch, mode=None):
    mode = mode or R.choice(["plain", "nato", "folk", "name", "plain"])
    if mode == "nato":
        return NATO[ch]
    if mode == "folk":
        return ch.lower() + R.choice([" for ", " as in ", " for "]) + R.choice(FOLK[ch])
    if mode == "name" and ch in LNAME:
        return R.choice(LNAME[ch])
    if ch == "O":
        return "o for orange"
    return ch.lower()


# ---------------------------------------------------------------- normaliser (for --check)

WORDNUM = {w: str(i) for i, w in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "naught": "0"})
HOMO = {"to": "2", "too": "2", "for": "4", "won": "1", "ate": "8", "niner": "9"}
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENSNUM = {v: k for k, v in TENS.items()}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "mm", "ah"}
IGNORABLE = {"dash", "hyphen", "space", "slash", "of", "the", "and"}
MONTHS = {m: "%02d" % (i + 1) for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"])}
MONTHS.update({m[:3]: v for m, v in list(MONTHS.items())})
MONTHS["sept"] = "09"
ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
       "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
       "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
       "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV["xray"] = "X"
NATO_REV["whisky"] = "W"
LNAME_REV = {}
for _k, _vs in LNAME.items():
    for _v in _vs:
        if " " not in _v:
            LNAME_REV[_v] = _k
DIGIT_TYPES = {"CARD_NUMBER", "CVV", "SSN", "BANK_ACCOUNT", "SORT_CODE", "PHONE"}


def tokens(text):
    return re.findall(r"[A-Za-z0-9]+|[,.;?!]", text.replace("x-ray", "xray"))


def normalise(text, typ):
    """Turn a (possibly spoken) value into a list of pieces of digits/letters."""
    if typ == "EMAIL":
        return [norm_email(text)]
    toks = tokens(text)
    pieces = []
    i = 0
    n = len(toks)

    def nxt(j):
        return toks[j].lower() if j < n else None

    brk = True
    while i < n:
        t = toks[i]
        lt = t.lower()
        if lt in ",.;?!" or lt in FILLERS:
            pieces.append("|")
            i += 1
            continue
        # letter + for/as in + word
        if len(lt) == 1 and lt.isalpha() and nxt(i + 1) in ("for", "as", "like"):
            j = i + 2 + (1 if nxt(i + 1) == "as" and nxt(i + 2) == "in" else 0)
            w = nxt(j)
            if w and w[0] == lt:
                pieces.append(lt.upper())
                i = j + 1
                continue
        if lt == "double" and nxt(i + 1) in ("you", "u"):
            pieces.append("W")
            i += 2
            continue
        if lt in ("double", "triple"):
            k = 2 if lt == "double" else 3
            w = nxt(i + 1)
            d = WORDNUM.get(w) or HOMO.get(w)
            if d is None and w and w.isdigit() and len(w) == 1:
                d = w
            if d is None:
                raise ValueError("bad double in %r" % text)
            pieces.append(d * k)
            i += 2
            continue
        if any(ch.isdigit() for ch in t):
            u = t.upper()
            if typ in ("DOB", "EXPIRY"):
                u = re.sub(r"(ST|ND|RD|TH)$", "", u)
                if len(u) == 1:
                    u = "0" + u
                pieces.append("|" + u + "|")
            else:
                if typ in DIGIT_TYPES:
                    u = u.replace("O", "0")
                pieces.append(u)
            i += 1
            continue
        if typ in ("DOB", "EXPIRY") and lt in MONTHS:
            pieces.append("|" + MONTHS[lt] + "|")
            i += 1
            continue
        if typ in ("DOB", "EXPIRY") and lt in ORD:
            pieces.append("|%02d|" % ORD[lt])
            i += 1
            continue
        if lt in TENSNUM:
            w = nxt(i + 1)
            if w in UNITS[1:]:
                pieces.append(str(TENSNUM[lt]) + WORDNUM[w])
                i += 2
            elif typ in ("DOB", "EXPIRY") and w in ORD and ORD[w] < 10:
                pieces.append("|%d%d|" % (TENSNUM[lt], ORD[w]))
                i += 2
            else:
                pieces.append(str(TENSNUM[lt]) + "0")
                i += 1
            if typ in ("DOB", "EXPIRY"):
                pieces[-1] = "|" + pieces[-1].strip("|") + "|"
            continue
        if lt in TEENNUM:
            pieces.append(("|%s|" if typ in ("DOB", "EXPIRY") else "%s") % TEENNUM[lt])
            i += 1
            continue
        if lt in WORDNUM and nxt(i + 1) == "hundred":
            h = WORDNUM[lt]
            j = i + 2
            if nxt(j) == "and":
                j += 1
            w = nxt(j)
            if w in TEENNUM:
                pieces.append(h + TEENNUM[w])
                j += 1
            elif w in TENSNUM:
                if nxt(j + 1) in UNITS[1:]:
                    pieces.append(h + str(TENSNUM[w]) + WORDNUM[nxt(j + 1)])
                    j += 2
                else:
                    pieces.append(h + str(TENSNUM[w]) + "0")
                    j += 1
            elif w in UNITS[1:]:
                pieces.append(h + "0" + WORDNUM[w])
                j += 1
            else:
                pieces.append(h + "00")
            i = j
            continue
        if lt in WORDNUM and not (typ in ("NI_NUMBER", "POSTCODE", "IBAN") and lt == "o" and False):
            pieces.append(WORDNUM[lt])
            i += 1
            continue
        if lt in HOMO and typ not in ("EMAIL",):
            pieces.append(HOMO[lt])
            i += 1
            continue
        if lt in IGNORABLE:
            i += 1
            continue
        if lt in NATO_REV:
            pieces.append(NATO_REV[lt])
            i += 1
            continue
        if lt in LNAME_REV:
            pieces.append(LNAME_REV[lt])
            i += 1
            continue
        if typ in ("NI_NUMBER", "IBAN", "POSTCODE") and t.isalpha() and len(t) <= 4:
            pieces.append(t.upper())
            i += 1
            continue
        if typ == "ADDRESS":
            pieces.append("<" + lt + ">")
            i += 1
            continue
        raise ValueError("unknown token %r in %r (%s)" % (t, text, typ))
    return pieces


def flat(pieces):
    return "".join(p for p in pieces if p != "|").replace("|", "")


def date_digits(pieces):
    # merge consecutive bare single digits into one piece, then pad pieces to 2
    out, cur = [], ""
    for p in pieces:
        if p == "|":
            if cur:
                out.append(cur)
                cur = ""
            continue
        if p.startswith("|"):
            if cur:
                out.append(cur)
                cur = ""
            out.append(p.strip("|"))
        else:
            cur += p
    if cur:
        out.append(cur)
    return "".join(x if len(x) != 1 else "0" + x for x in out)


EMAIL_MAP = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-"}


def norm_email(text):
    if "@" in text:
        return text.lower().replace(" ", "")
    toks = tokens(text)
    out = []
    i = 0
    while i < len(toks):
        lt = toks[i].lower()
        if lt in FILLERS or lt in ",.":
            i += 1
            continue
        if len(lt) == 1 and lt.isalpha() and i + 2 < len(toks) and toks[i + 1].lower() in ("for", "as") \
                and toks[i + 2 + (1 if toks[i + 1].lower() == "as" else 0)].lower()[0] == lt:
            out.append(lt)
            i += 3 + (1 if toks[i + 1].lower() == "as" else 0)
            continue
        if lt in EMAIL_MAP:
            out.append(EMAIL_MAP[lt])
        elif lt in TENSNUM and i + 1 < len(toks) and toks[i + 1].lower() in UNITS[1:]:
            out.append(str(TENSNUM[lt]) + WORDNUM[toks[i + 1].lower()])
            i += 1
        elif lt in TENSNUM:
            out.append(str(TENSNUM[lt]) + "0")
        elif lt in TEENNUM:
            out.append(TEENNUM[lt])
        elif lt in UNITS:
            out.append(WORDNUM[lt])
        else:
            out.append(lt)
        i += 1
    return "".join(out)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, pieces, partial=False):
    if typ == "EMAIL":
        s = pieces[0]
        return bool(re.match(r"^[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", s)), s
    if typ in ("DOB", "EXPIRY"):
        s = date_digits(pieces)
        if not s.isdigit():
            return False, s
        if typ == "EXPIRY":
            return (len(s) in (4, 6) and 1 <= int(s[:2]) <= 12), s
        return len(s) in (6, 8), s
    if typ == "ADDRESS":
        s = "".join(pieces)
        return bool(re.search(r"\d", s)) and "<" in s, s
    s = flat(pieces)
    if partial:
        if typ in DIGIT_TYPES:
            return s.isdigit(), s
        return s.isalnum(), s
    if typ == "CARD_NUMBER":
        return s.isdigit() and 13 <= len(s) <= 19 and luhn_ok(s), s
    if typ == "CVV":
        return s.isdigit() and len(s) in (3, 4), s
    if typ == "SSN":
        ok = s.isdigit() and len(s) == 9 and s[:3] not in ("000", "666") and s[0] != "9" \
            and s[3:5] != "00" and s[5:] != "0000"
        return ok, s
    if typ == "NI_NUMBER":
        ok = bool(re.match(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$", s)) and s[:2] not in NI_BAD
        return ok, s
    if typ == "BANK_ACCOUNT":
        return s.isdigit() and 6 <= len(s) <= 17, s
    if typ == "SORT_CODE":
        return s.isdigit() and len(s) == 6, s
    if typ == "IBAN":
        return iban_valid(s), s
    if typ == "PHONE":
        return s.isdigit() and 7 <= len(s) <= 15, s
    if typ == "POSTCODE":
        return bool(UK_PC.match(s) or re.match(r"^\d{5}(\d{4})?$", s)), s
    return False, s


# ---------------------------------------------------------------- shared bits

_gid = [0]


def gid():
    _gid[0] += 1
    return "g%d" % _gid[0]


def cap(s):
    return s[0].upper() + s[1:]


def maybe_typo(s):
    if R.random() < 0.3:
        words = s.split(" ")
        cands = [i for i, w in enumerate(words) if len(w) > 4 and w.isalpha()]
        if cands:
            i = R.choice(cands)
            w = words[i]
            j = R.randint(1, len(w) - 2)
            words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2:]
            return " ".join(words)
    return s


def typed_card(card):
    n = len(card)
    f = R.choice(["sp4", "sp4", "dash", "none", "odd", "dot", "amexsp", "sp4O", "mixed"])
    if f == "sp4" or (f == "amexsp" and n != 15):
        return group_str(card, 4)
    if f == "amexsp":
        return " ".join(split_by(card, [4, 6, 5]))
    if f == "dash":
        return group_str(card, 4, "-")
    if f == "none":
        return card
    if f == "odd":
        return " ".join(split_by(card, R.choice([[4, 5, 3, 4], [6, 6], [3, 4, 4, 5], [8]])))
    if f == "dot":
        return group_str(card, 4, ".")
    if f == "sp4O" and "0" in card:
        i = card.index("0")
        return group_str(card[:i] + "O" + card[i + 1:], 4)
    return " ".join(split_by(card[:8], [4, 4])) + "-" + "-".join(split_by(card[8:], [4, 4, 4]))


def spoken_card(card, asr=False, style=None, fill_p=0.15):
    return join_chunks(spoken_chunks(card, card_sizes(len(card)), asr=asr, style=style), fill_p)


MONTH_NAMES = ["january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december"]


def make_expiry():
    m, y = R.randint(1, 12), R.randint(25, 33)
    f = R.choice(["mmyy", "mm/yy", "mm/yyyy", "mm-yy", "spoken1", "spoken2", "spoken3", "spoken4"])
    if f == "mmyy":
        return "%02d%02d" % (m, y)
    if f == "mm/yy":
        return "%02d/%02d" % (m, y)
    if f == "mm/yyyy":
        return "%02d/20%02d" % (m, y)
    if f == "mm-yy":
        return "%d-%02d" % (m, y)
    if f == "spoken1":
        return say_seq("%02d" % m, R.choice(ZW), doubles=False) + " " + say_pair("%02d" % y)
    if f == "spoken2":
        return MONTH_NAMES[m - 1] + " " + R.choice(["", "twenty "]) + say_pair("%02d" % y)
    if f == "spoken3":
        return MONTH_NAMES[m - 1] + " twenty " + say_pair("%02d" % y)
    return say_digit(str(m)) + " " + say_pair("%02d" % y) if m < 10 else say_pair("%02d" % m) + " " + say_pair("%02d" % y)


def make_cvv(card=None):
    n = 4 if card and len(card) == 15 else 3
    return digs(n) if R.random() < 0.5 else str(R.randint(1, 9)) + digs(n - 1)


def spoken_cvv(c):
    st = R.choice(["seq", "hund", "pair"])
    if st == "hund" and len(c) == 3 and c[0] != "0":
        return say_hundred(c)
    if st == "pair" and len(c) == 3:
        return say_digit(c[0], R.choice(ZW)) + " " + say_pair(c[1:])
    return say_seq(c, R.choice(ZW))


INDUSTRY = ["bank", "telecom", "utility", "retail", "insurance", "travel", "healthcare", "gov"]
GREETS = {
    "bank": "thanks for calling the card services team",
    "telecom": "you're through to mobile billing",
    "utility": "energy accounts, how can i help",
    "retail": "customer orders, how can i help",
    "insurance": "motor claims, how can i help",
    "travel": "bookings team, how can i help today",
    "healthcare": "patient billing, how can i help",
    "gov": "you're through to the benefits helpline",
}


def greet():
    return GREETS[R.choice(INDUSTRY)]


# ---------------------------------------------------------------- positive generators: cards

def pc_single_call():
    card = make_card()
    g = gid()
    k = Case("ASR card read in one turn, %d digits" % len(card))
    k.a(greet() + ", can i take the long number across the front of the card")
    k.c(R.choice(["yeah it's ", "okay so it's ", "right um ", "it's ", "yep ", ""]),
        V(spoken_card(card, asr=R.random() < 0.3), "CARD_NUMBER", g),
        R.choice(["", " and that's it", " yeah", " i think"]))
    k.a(R.choice(["thank you", "lovely, thanks", "great and the expiry", "perfect"]))
    return k


def pc_split_turns():
    card = make_card()
    g = gid()
    chunks = spoken_chunks(card, card_sizes(len(card)), asr=R.random() < 0.2)
    k = Case("card read over %d customer turns with back-channels" % len(chunks))
    k.a("okay whenever you're ready with the card number")
    for i, ch in enumerate(chunks):
        pre = R.choice(["", "", "so ", "then ", "um "]) if i else R.choice(["okay ", "right so ", ""])
        k.c(pre, V(ch, "CARD_NUMBER", g))
        if i < len(chunks) - 1:
            k.a(R.choice(BACK))
    k.a(R.choice(["thank you", "got it", "okay lovely"]))
    return k


def pc_readback():
    card = make_card()
    g1, g2 = gid(), gid()
    k = Case("customer reads card, agent reads it back")
    k.c("the card number is ", V(spoken_card(card), "CARD_NUMBER", g1))
    k.a(R.choice(["let me just read that back, ", "so that's ", "just to confirm, "]),
        V(spoken_card(card, fill_p=0.0), "CARD_NUMBER", g2), R.choice([", is that right", "?", " yeah"]))
    k.c(R.choice(["yes that's right", "yep", "correct"]))
    return k


def pc_restart():
    card = make_card()
    g = gid()
    wrong = list(card[:R.randint(4, 8)])
    j = R.randrange(len(wrong))
    wrong[j] = str((int(wrong[j]) + R.randint(1, 8)) % 10)
    wrong = "".join(wrong)
    k = Case("restarted card reading: abandoned fragment then full correct reading")
    k.a("and the card number please")
    k.c(V(say_seq(wrong, R.choice(ZW)), "CARD_NUMBER", "partial"),
        R.choice(["... no sorry that's the old card, hang on. right, it's ",
                  " oh wait no let me start again, ",
                  " sorry no i've read that wrong, from the top, ",
                  " no hold on, "]),
        V(spoken_card(card), "CARD_NUMBER", g))
    k.a("no problem, thank you")
    return k


def pc_aside():
    card = make_card()
    g = gid()
    cut = R.choice([4, 8, 8, 12]) if len(card) >= 15 else 4
    k = Case("aside in the middle of a card reading, same turn")
    k.a("go ahead with the card number")
    k.c(V(join_chunks(spoken_chunks(card[:cut], [4, 4, 4])), "CARD_NUMBER", g),
        R.choice([" sorry hang on the dog's going mad, ", " um can you hear me okay, yeah, right ",
                  " just a sec i can't read it in this light, okay ", " sorry kids are shouting, where was i, ",
                  " hold on my glasses, okay, "]),
        V(join_chunks(spoken_chunks(card[cut:], card_sizes(len(card) - cut))), "CARD_NUMBER", g))
    k.a("thanks, got all of that")
    return k


CARD_LABELS = ["card no: ", "Card number - ", "cc# ", "CARD: ", "my card is ", "long number ",
               "card num ", "its ", "debit card ", "Card Number: ", "card nr ", "pan: "]


def pc_typed_chat():
    card = make_card()
    g = gid()
    k = Case("typed chat card number, varied formatting")
    k.a(R.choice(["Hi, thanks for contacting us. How can I help?", "Hello! What can I do for you today?"]))
    txt = typed_card(card)
    k.c(maybe_typo(R.choice(["hi i want to pay my bill. ", "Hello, payment please. ", "need to update my payment details ", ""])),
        R.choice(CARD_LABELS), V(txt, "CARD_NUMBER", g), R.choice(["", " thanks", ".", " pls", " !"]))
    if R.random() < 0.5:
        e = make_expiry()
        cv = make_cvv(card)
        k.c(R.choice(["exp ", "expiry: ", "Exp. date ", "valid thru "]), V(e, "EXPIRY", gid()),
            R.choice([" cvv ", " sec code: ", " CVC ", " and the 3 digits on back are "]), V(cv, "CVV", gid()))
    k.a("Thanks, I've updated that for you.")
    return k


def pc_chat_split():
    card = make_card()
    g = gid()
    parts = split_by(card, R.choice([[8], [4, 8], [6, 6], [4, 4, 4]]))
    k = Case("typed card split over several chat messages")
    k.a("Please type the card number.")
    for i, p in enumerate(parts):
        k.c(V(p if R.random() < 0.5 else group_str(p, 4), "CARD_NUMBER", g))
        if i == 0 and R.random() < 0.5:
            k.a("Go on")
    k.c(R.choice(["thats all of it", "done", "sorry pressed enter too early"]))
    return k


def pc_asr_homophones():
    card = make_card()
    g = gid()
    k = Case("ASR mis-transcriptions inside card (to/for/won/ate/niner)")
    k.a("can i take the card number")
    chunks = spoken_chunks(card, card_sizes(len(card)), asr=True, style="seq")
    k.c("yeah ", V(join_chunks(chunks, 0.3), "CARD_NUMBER", g))
    k.a("thank you, and the security code on the back")
    cv = make_cvv(card)
    k.c(V(say_seq(cv, R.choice(ZW), asr=True), "CVV", gid()))
    return k


def pc_full_payment():
    card = make_card()
    k = Case("card, expiry and cvv taken in a call")
    k.a(greet() + ". i can take that payment now, long card number first")
    k.c(R.choice(["okay ", "right, ", ""]), V(spoken_card(card), "CARD_NUMBER", gid()))
    k.a("and the expiry date")
    k.c(R.choice(["", "it's ", "expires "]), V(make_expiry(), "EXPIRY", gid()))
    k.a("and the last three digits on the back" if len(card) != 15 else "and the four digit code on the front")
    k.c(R.choice(["", "um ", "it's "]), V(spoken_cvv(make_cvv(card)), "CVV", gid()))
    k.a("thank you, that's gone through")
    return k


def pc_agent_mishear():
    card = make_card()
    chunks = split_by(card, card_sizes(len(card)))
    bi = R.randrange(1, len(chunks))
    bad = list(chunks[bi])
    if len(bad) >= 2:
        bad[0], bad[1] = bad[1], bad[0]
        if bad == list(chunks[bi]):
            bad[0] = str((int(bad[0]) + 1) % 10)
    else:
        bad[0] = str((int(bad[0]) + 1) % 10)
    bad = "".join(bad)
    zw = R.choice(ZW)
    k = Case("agent mishears one group in read-back; customer corrects")
    k.c("card number's ", V(join_chunks([say_chunk(c, zw, "seq") for c in chunks]), "CARD_NUMBER", gid()))
    wrong = chunks[:bi] + [bad] + chunks[bi + 1:]
    k.a("so i've got ", V(join_chunks([say_chunk(c, zw, "seq") for c in wrong], 0), "CARD_NUMBER", "partial"))
    k.c("no, ", V(say_seq(chunks[bi], zw), "CARD_NUMBER", "partial"), ", not ",
        V(say_seq(bad, zw), "CARD_NUMBER", "partial"))
    k.a("sorry, ", V(say_seq(chunks[bi], zw), "CARD_NUMBER", "partial"), ", got it, thank you")
    return k


def pc_lastfour_after_full():
    card = make_card()
    k = Case("full card read, then last four repeated in same case (labelled)")
    k.c(V(spoken_card(card), "CARD_NUMBER", gid()))
    k.a("thanks, so that's the card ending ", V(say_seq(card[-4:], "oh"), "CARD_NUMBER", "partial"),
        ", and is that a visa or mastercard")
    k.c("visa debit")
    return k


def pc_email():
    card = make_card()
    k = Case("e-mail body with card, expiry and security code")
    k.a("Dear customer, please reply with the card you would like to use.")
    k.c(maybe_typo("Hi there,\nPlease take the outstanding balance from my card.\n"),
        R.choice(["Card: ", "Card number ", "Number - ", "CARD NO.: "]), V(typed_card(card), "CARD_NUMBER", gid()),
        "\n", R.choice(["Expiry: ", "Exp ", "Expires "]), V(make_expiry(), "EXPIRY", gid()),
        "\nThanks,\nPat")
    return k


def pc_pairs():
    card = make_card(R.choice(["visa", "mc", "disc"]))
    k = Case("card read in pairs of two-digit numbers")
    k.a("what's the card number please")
    k.c(R.choice(["it's ", "", "okay "]), V(join_chunks(spoken_chunks(card, [4, 4, 4, 4], style="pairs"), 0.1), "CARD_NUMBER", gid()))
    k.a("thank you")
    return k


def pc_repeat_group():
    card = make_card()
    g = gid()
    chunks = split_by(card, card_sizes(len(card)))
    zw = R.choice(ZW)
    i = R.randrange(len(chunks) - 1)
    k = Case("agent asks customer to repeat one group; repeated group labelled")
    k.c(V(join_chunks([say_chunk(c, zw, "seq") for c in chunks[:i + 1]]), "CARD_NUMBER", g))
    k.a("sorry you broke up there, was that ", V(say_seq(chunks[i], zw), "CARD_NUMBER", "partial"), "?")
    k.c("yeah ", V(say_seq(chunks[i], zw), "CARD_NUMBER", "partial"), ", then ",
        V(join_chunks([say_chunk(c, zw, "seq") for c in chunks[i + 1:]]), "CARD_NUMBER", g))
    k.a("lovely")
    return k


# ---------------------------------------------------------------- SSN

def spoken_ssn(s):
    st = R.choice(["seq", "seq", "dash", "pairs", "hund", "flat"])
    zw = R.choice(ZW)
    a, b, c = s[:3], s[3:5], s[5:]
    if st == "dash":
        return say_seq(a, zw) + " dash " + say_seq(b, zw) + " dash " + say_seq(c, zw)
    if st == "pairs":
        first = say_digit(a[0], zw) + " " + say_pair(a[1:], zw)
        return join_chunks([first, say_pair(b, zw), say_pair(c[:2], zw) + " " + say_pair(c[2:], zw)], 0)
    if st == "hund" and a[0] != "0":
        return join_chunks([say_hundred(a, zw), say_seq(b, zw), say_seq(c, zw)], 0.2)
    if st == "flat":
        return say_seq(s, zw, doubles=False)
    return join_chunks([say_seq(a, zw), say_seq(b, zw), say_seq(c, zw)], 0.2)


def typed_ssn(s):
    f = R.choice(["dash", "dash", "space", "none", "odd", "dot"])
    if f == "dash":
        return s[:3] + "-" + s[3:5] + "-" + s[5:]
    if f == "space":
        return s[:3] + " " + s[3:5] + " " + s[5:]
    if f == "none":
        return s
    if f == "dot":
        return s[:3] + "." + s[3:5] + "." + s[5:]
    return s[:3] + "-" + s[3:6] + "-" + s[6:]


SSN_LABELS = ["SSN: ", "ssn ", "social is ", "SS# ", "soc sec no. ", "Social Security Number - ", "my ss number is "]


def ps_typed():
    s = make_ssn()
    k = Case("typed SSN, varied formatting and labels")
    k.a(R.choice(["To verify your identity please provide your SSN.", "Can you confirm your social security number?"]))
    k.c(maybe_typo(R.choice(["sure ", "ok ", "", "Sure thing. "])), R.choice(SSN_LABELS), V(typed_ssn(s), "SSN", gid()))
    return k


def ps_call():
    s = make_ssn()
    k = Case("spoken SSN in a US call")
    k.a(R.choice(["for verification can i get your social", "and your social security number please",
                  "i'll need the last, sorry, the full social to pull up the file"]))
    k.c(R.choice(["yeah it's ", "sure, ", "um ", "okay it's "]), V(spoken_ssn(s), "SSN", gid()))
    k.a("thank you")
    return k


def ps_split():
    s = make_ssn()
    g = gid()
    zw = R.choice(ZW)
    k = Case("SSN given group by group over turns")
    k.a("go ahead with the social")
    parts = [s[:3], s[3:5], s[5:]]
    for i, p in enumerate(parts):
        k.c(V(say_chunk(p, zw, R.choice(["seq", "hund", "pairs"])), "SSN", g))
        if i < 2:
            k.a(R.choice(BACK))
    k.a("thanks, found you")
    return k


def ps_readback():
    s = make_ssn()
    k = Case("SSN read by caller and read back by agent")
    k.c("it's ", V(spoken_ssn(s), "SSN", gid()))
    k.a("okay i have ", V(join_chunks([say_seq(s[:3]), say_seq(s[3:5]), say_seq(s[5:])], 0), "SSN", gid()), ", correct?")
    k.c("that's right")
    return k


def ps_correction():
    s = make_ssn()
    wrong = s[:3] + s[4] + s[3]
    if wrong == s[:5]:
        wrong = s[:3] + str((int(s[3]) + 1) % 10) + s[4]
    k = Case("SSN with self-correction of transposed digits")
    k.a("social security number?")
    zw = R.choice(ZW)
    k.c(V(say_seq(wrong, zw), "SSN", "partial"), R.choice([", no wait, ", " sorry, scratch that, ", " - no i flipped those, "]),
        V(join_chunks([say_seq(s[:3], zw), say_seq(s[3:5], zw), say_seq(s[5:], zw)]), "SSN", gid()))
    k.a("no worries")
    return k


def ps_aside():
    s = make_ssn()
    g = gid()
    k = Case("SSN reading interrupted by aside")
    k.a("and your social")
    k.c(V(say_seq(s[:3]), "SSN", g), R.choice([", hold on, it's on the card in my wallet, okay, ",
                                               " uh, sorry, my husband's asking something, yeah, ",
                                               ", wait is this line secure? okay, "]),
        V(join_chunks([say_seq(s[3:5]), say_seq(s[5:])]), "SSN", g))
    k.a("thanks")
    return k


def ps_form():
    s = make_ssn()
    k = Case("SSN in an e-mail / web form dump with other fields")
    k.c("Name: Dana Whitfield\nSSN/TIN: ", V(typed_ssn(s), "SSN", gid()),
        "\nDOB: ", V("%02d/%02d/19%02d" % (R.randint(1, 12), R.randint(1, 28), R.randint(45, 99)), "DOB", gid()),
        "\nReason: billing dispute on claim 55102")
    k.a("Thanks Dana, we've received your form.")
    return k


# ---------------------------------------------------------------- NI

def spoken_ni(ni, mode=None):
    mode = mode or R.choice(["plain", "nato", "folk", "name", "mix"])
    lm = lambda: (R.choice(["plain", "nato", "folk", "name"]) if mode == "mix" else mode)
    zw = R.choice(ZW)
    pre = " ".join(say_letter(ch, lm()) for ch in ni[:2])
    d = ni[2:8]
    st = R.choice(["pairs2", "seq", "threes", "pairs"])
    if st == "pairs2":
        digits = join_chunks([say_seq(d[i:i + 2], zw) for i in (0, 2, 4)], 0.1)
    elif st == "threes":
        digits = join_chunks([say_seq(d[:3], zw), say_seq(d[3:], zw)], 0.1)
    elif st == "pairs":
        digits = join_chunks([say_pair(d[i:i + 2], zw) for i in (0, 2, 4)], 0)
    else:
        digits = say_seq(d, zw)
    suf = say_letter(ni[8], lm())
    return pre, digits, suf


def typed_ni(ni):
    f = R.choice(["plain", "sp", "sp2", "lower", "dash", "sp3"])
    if f == "plain":
        return ni
    if f == "sp":
        return ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
    if f == "sp2":
        return ni[:2] + " " + ni[2:8] + " " + ni[8]
    if f == "lower":
        return ni.lower()
    if f == "dash":
        return ni[:2] + "-" + ni[2:8] + "-" + ni[8]
    return ni[:2] + ni[2:5] + " " + ni[5:8] + ni[8].lower()


NI_LABELS = ["NI no: ", "ni number ", "National Insurance number - ", "NINO: ", "N.I. ", "my NI is ", "nat ins no "]


def pn_typed():
    ni = make_ni()
    k = Case("typed NI number, varied formatting")
    k.a(R.choice(["Could you confirm your National Insurance number?", "What's your NI number please?"]))
    k.c(maybe_typo(R.choice(["yes ", "", "Sure, ", "ok "])), R.choice(NI_LABELS), V(typed_ni(ni), "NI_NUMBER", gid()))
    return k


def pn_call():
    ni = make_ni()
    k = Case("spoken NI number in one turn")
    k.a(R.choice(["you're through to the benefits helpline, can i take your national insurance number",
                  "before we go on can you confirm your n i number", "what's your national insurance number"]))
    pre, d, suf = spoken_ni(ni)
    g = gid()
    lead = R.choice(["yeah it's ", "it's ", "um ", ""])
    if R.random() < 0.3:
        k.c(lead, V(pre + R.choice([" ", ", "]) + d, "NI_NUMBER", g), R.choice([" and then ", ", and the letter's "]),
            V(suf, "NI_NUMBER", g))
    else:
        k.c(lead, V(pre + R.choice([" ", ", "]) + d + R.choice([" ", ", "]) + suf, "NI_NUMBER", g))
    k.a("thank you")
    return k


def pn_split():
    ni = make_ni()
    g = gid()
    pre, d, suf = spoken_ni(ni)
    k = Case("NI number split over customer turns with back-channels")
    k.a("national insurance number please")
    k.c(R.choice(["okay so ", "right, ", ""]), V(pre, "NI_NUMBER", g))
    k.a(R.choice(BACK))
    k.c(V(d, "NI_NUMBER", g))
    k.a(R.choice(BACK + ["and the letter at the end?"]))
    k.c(R.choice(["", "then ", "and "]), V(suf, "NI_NUMBER", g), R.choice(["", " at the end"]))
    k.a("thank you")
    return k


def pn_readback():
    ni = make_ni()
    pre, d, suf = spoken_ni(ni, "plain")
    k = Case("NI number with NATO read-back by agent")
    k.c("it's ", V(pre + " " + d + " " + suf, "NI_NUMBER", gid()))
    p2, d2, s2 = spoken_ni(ni, "nato")
    k.a("so that's ", V(p2 + ", " + d2 + ", " + s2, "NI_NUMBER", gid()), "?")
    k.c("yes")
    return k


def pn_correction():
    ni = make_ni()
    k = Case("NI reading restarted after a misread letter")
    other = R.choice([c for c in NI_SECOND if c != ni[1] and (ni[0] + c) not in NI_BAD])
    wrongfrag = say_letter(ni[0], "plain") + " " + say_letter(other, "plain") + " " + say_seq(ni[2:4], "oh")
    pre, d, suf = spoken_ni(ni, R.choice(["folk", "nato"]))
    k.a("n i number please")
    k.c(V(wrongfrag, "NI_NUMBER", "partial"), R.choice([", no sorry, i'll spell it properly, ", " - no, that's wrong, it's ",
                                                        ", hang on, not that, "]),
        V(pre + " " + d + " " + suf, "NI_NUMBER", gid()))
    k.a("thank you")
    return k


def pn_asr():
    ni = make_ni()
    k = Case("NI number as ASR letter names / homophones")
    pre = " ".join(say_letter(c, "name") for c in ni[:2])
    d = say_seq(ni[2:8], R.choice(ZW), asr=True)
    k.a("can you give me your national insurance")
    k.c("yeah ", V(pre + " " + d + " " + say_letter(ni[8], "name"), "NI_NUMBER", gid()))
    k.a("okay")
    return k


def pn_email():
    ni = make_ni()
    k = Case("NI number in an e-mail to a government service with a reference")
    k.c("Dear Sir/Madam,\nI am writing about my claim (ref CLM-20931-B). My NI number is ",
        V(typed_ni(ni), "NI_NUMBER", gid()), " and my date of birth is ",
        V("%d %s %d" % (R.randint(1, 28), R.choice(["March", "Jan", "October", "june"]), R.randint(1950, 1999)), "DOB", gid()),
        ".\nRegards")
    return k


def pn_aside():
    ni = make_ni()
    g = gid()
    pre, d, suf = spoken_ni(ni)
    k = Case("NI number with aside between letters and digits, same turn")
    k.a("and your national insurance number")
    k.c(V(pre, "NI_NUMBER", g), R.choice([" um, sorry, it's on a letter somewhere, yeah here it is, ",
                                         ", hang on the bus is going past, ", " ... sorry, "]),
        V(d + " " + suf, "NI_NUMBER", g))
    k.a("lovely")
    return k


# ---------------------------------------------------------------- other types

FIRST = ["jane", "tom", "priya", "sean", "aoife", "marek", "li", "chloe", "dave", "fatima", "niamh", "oluwaseun"]
LAST = ["doe", "smith", "patel", "obrien", "kowalski", "nguyen", "murphy", "jones", "hughes", "ali"]
DOMS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.ie", "btinternet.com", "icloud.com", "web.de"]


def po_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    d = R.choice(DOMS)
    num = str(R.randint(1, 99)) if R.random() < 0.5 else ""
    sep = R.choice([".", "_", "", "-"])
    addr = f + sep + l + num + "@" + d
    k = Case("email address, typed or spoken")
    if R.random() < 0.4:
        k.a("Can you confirm the email on the account?")
        shown = addr if R.random() < 0.6 else addr.replace(f, f.capitalize(), 1)
        k.c(maybe_typo(R.choice(["its ", "email: ", "sure - ", "E-mail address "])), V(shown, "EMAIL", gid()))
    else:
        sw = {".": " dot ", "_": " underscore ", "": " ", "-": " dash "}[sep]
        fsp = f if R.random() < 0.5 else " ".join(f)
        if R.random() < 0.3:
            fsp = f[0] + " for " + R.choice(FOLK.get(f[0].upper(), ["x" + f[0]]) if f[0].upper() in FOLK else [f[0] + "ox"])
            fsp = fsp if fsp.split()[-1][0] == f[0] else f
            if fsp != f:
                fsp += " " + " ".join(f[1:])
        spoken_num = ""
        if num:
            spoken_num = " " + (say_pair(num) if len(num) == 2 and num[0] != "0" else UNITS[int(num)])
        dom = d.replace(".", " dot ")
        k.a("what's the best email to send that to")
        k.c("it's ", V(fsp + sw + l + spoken_num + " at " + dom, "EMAIL", gid()))
        k.a("so " + R.choice(["that's ", ""]), V(f + sw + l + spoken_num + " at " + dom, "EMAIL", gid()), "?")
        k.c("yep")
    return k


def uk_mobile():
    return "07" + str(R.randint(400, 999)) + digs(6)


def po_phone():
    k = Case("phone number, national or international")
    kind = R.choice(["ukmob", "ukintl", "us", "usintl", "ie", "uklandline"])
    if kind == "ukmob":
        n = uk_mobile()
        if R.random() < 0.5:
            k.c("my mobile is ", V(n[:5] + " " + n[5:], "PHONE", gid()))
        else:
            zw = R.choice(ZW)
            k.a("best contact number?")
            k.c(V(join_chunks([say_seq(n[:5], zw), say_seq(n[5:8], zw), say_seq(n[8:], zw)]), "PHONE", gid()))
            k.a("thanks, ", V(join_chunks([say_seq(n[:5], zw), say_seq(n[5:], zw)], 0), "PHONE", gid()))
    elif kind == "ukintl":
        n = "447" + str(R.randint(400, 999)) + digs(6)
        k.c("Call me on +", V(n[:2] + " " + n[2:6] + " " + n[6:], "PHONE", gid()), " after 5")
    elif kind == "us":
        a = str(R.randint(201, 989))
        n = a + str(R.randint(200, 999)) + digs(4)
        if R.random() < 0.5:
            k.c("callback number (", V(n[:3] + ") " + n[3:6] + "-" + n[6:], "PHONE", gid()))
        else:
            k.a("and a good callback number")
            k.c("sure it's ", V(join_chunks([say_chunk(n[:3], "oh", "hund"), say_seq(n[3:6]), say_chunk(n[6:], "oh", "pairs")], 0),
                                "PHONE", gid()))
    elif kind == "usintl":
        n = "1" + str(R.randint(201, 989)) + str(R.randint(200, 999)) + digs(4)
        k.c("reach me at +", V(n[0] + " " + n[1:4] + "." + n[4:7] + "." + n[7:], "PHONE", gid()))
    elif kind == "ie":
        n = "3538" + str(R.choice([3, 5, 6, 7, 9])) + digs(7)
        k.a("and a phone number")
        k.c("plus ", V("three five three, " + say_seq(n[3:5], "") + ", " + say_seq(n[5:8]) + ", " + say_seq(n[8:]), "PHONE", gid()))
    else:
        n = "0" + R.choice(["20", "161", "131", "121", "29"]) + digs(7 if R.random() < 0.5 else 8)
        n = n[:11]
        k.c("landline's ", V(n[:4] + " " + n[4:7] + " " + n[7:], "PHONE", gid()))
    return k


def make_sort():
    return digs(6)


def po_bank():
    sc = make_sort()
    acct = digs(8)
    k = Case("UK sort code and account number")
    if R.random() < 0.5:
        k.a("Please send your bank details for the refund.")
        k.c(R.choice(["sort code: ", "S/C ", "Sort "]), V(sc[:2] + "-" + sc[2:4] + "-" + sc[4:], "SORT_CODE", gid()),
            R.choice([" acct no: ", " a/c ", ", account number "]), V(acct, "BANK_ACCOUNT", gid()))
    else:
        k.a("sort code first please")
        k.c(V(join_chunks([say_pair(sc[i:i + 2]) if sc[i] != "0" else say_seq(sc[i:i + 2]) for i in (0, 2, 4)], 0),
              "SORT_CODE", gid()))
        k.a(R.choice(BACK) + ", and the account number")
        g = gid()
        k.c(V(say_seq(acct[:4], R.choice(ZW)), "BANK_ACCOUNT", g))
        k.a(R.choice(BACK))
        k.c(V(say_seq(acct[4:], R.choice(ZW)), "BANK_ACCOUNT", g))
    return k


def po_us_bank():
    acct = digs(R.randint(9, 12))
    routing = "0" + digs(8)
    k = Case("US checking account number (routing number said with its label is not labelled)")
    k.c("routing number " + routing + " and my checking account is ", V(acct, "BANK_ACCOUNT", gid()))
    k.a("thanks, setting up autopay now")
    return k


def po_iban():
    ib = make_iban()
    k = Case("IBAN typed or spoken")
    if R.random() < 0.6:
        txt = group_str(ib, 4) if R.random() < 0.6 else (ib if R.random() < 0.5 else group_str(ib, 4).lower())
        k.c(maybe_typo(R.choice(["IBAN: ", "please refund to iban ", "My IBAN is ", "Iban - "])), V(txt, "IBAN", gid()))
        k.a("Thank you, the refund will arrive in 3 to 5 working days.")
    else:
        cc = " ".join(say_letter(c, R.choice(["plain", "nato"])) for c in ib[:2])
        rest = ib[2:]
        parts = []
        for ch in split_by(rest, [2, 4, 4, 4, 4, 4, 4, 4]):
            if ch.isdigit():
                parts.append(say_seq(ch, R.choice(["oh", "zero"])))
            else:
                parts.append(" ".join(say_letter(x, R.choice(["nato", "folk"])) if x.isalpha() else say_digit(x) for x in ch))
        g = gid()
        k.a("go ahead with the iban")
        k.c(V(cc + " " + join_chunks(parts[:3], 0.2), "IBAN", g))
        k.a(R.choice(BACK))
        k.c(V(join_chunks(parts[3:], 0.2), "IBAN", g))
        k.a("thanks")
    return k


def make_dob_text():
    d, m, y = R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2004)
    f = R.choice(["uk", "us", "spoken1", "spoken2", "short", "mon"])
    if f == "uk":
        return "%02d/%02d/%d" % (d, m, y)
    if f == "us":
        return "%02d-%02d-%d" % (m, d, y)
    if f == "short":
        return "%02d.%02d.%02d" % (d, m, y % 100)
    if f == "mon":
        return "%s %d%s %d" % (MONTH_NAMES[m - 1].capitalize(), d, "th" if d > 3 else ["", "st", "nd", "rd"][d], y)
    ordw = [k for k, v in ORD.items() if v == d]
    if ordw:
        dw = ordw[0]
    else:
        t, u = divmod(d, 10)
        dw = TENS[t] + " " + [k for k, v in ORD.items() if v == u][0]
    yw = (say_pair(str(y)[:2]) + " " + say_pair(str(y)[2:])) if y < 2000 else None
    if yw is None:
        return "%s %d %d" % (MONTH_NAMES[m - 1], d, y)
    if f == "spoken1":
        return "the " + dw + " of " + MONTH_NAMES[m - 1] + " " + yw if False else dw + " of " + MONTH_NAMES[m - 1] + " " + yw
    return MONTH_NAMES[m - 1] + " " + dw + " " + yw


def po_dob():
    k = Case("date of birth")
    k.a(R.choice(["can i confirm your date of birth", "and your DOB?", "date of birth on the policy please"]))
    k.c(R.choice(["it's ", "", "um ", "born "]), V(make_dob_text(), "DOB", gid()))
    k.a("thank you")
    return k


UK_AREAS = ["SW", "M", "B", "LS", "EH", "G", "CF", "BT", "N", "E", "NW", "SE", "W", "L", "BS", "OX", "CR", "RG"]
UNITL = "ABDEFGHJLNPQRSTUWXYZ"
STREETS = ["Elm Road", "Kingsway", "Station Street", "Mill Lane", "Orchard Close", "High Street", "Victoria Avenue",
           "Maple Drive", "Church Walk", "Beech Grove", "Oak Terrace", "Main Street"]
TOWNS = ["Leeds", "Cardiff", "Belfast", "Manchester", "Bristol", "Reading"]


def make_pc():
    a = R.choice(UK_AREAS)
    return a + str(R.randint(1, 19)) + " " + str(R.randint(0, 9)) + R.choice(UNITL) + R.choice(UNITL)


def po_address():
    k = Case("address with house/flat and street, town unlabelled, postcode separate")
    kind = R.choice(["uk_typed", "uk_spoken", "us_typed", "us_spoken"])
    if kind == "uk_typed":
        n = R.randint(1, 240)
        addr = ("Flat %d, " % R.randint(1, 30) if R.random() < 0.4 else "") + "%d %s" % (n, R.choice(STREETS))
        pc = make_pc()
        k.c("new address is ", V(addr, "ADDRESS", gid()), ", " + R.choice(TOWNS) + ", ", V(pc if R.random() < 0.7 else pc.lower(), "POSTCODE", gid()))
        k.a("Thanks, I've updated your address.")
    elif kind == "uk_spoken":
        n = R.randint(2, 99)
        st = R.choice(STREETS).lower()
        pc = make_pc()
        out = pc.replace(" ", "")
        outw = " ".join(say_letter(c, "plain") if c.isalpha() else say_digit(c) for c in pc.split(" ")[0])
        inw = " ".join(say_letter(c, R.choice(["plain", "folk"])) if c.isalpha() else say_digit(c) for c in pc.split(" ")[1])
        k.a("and the first line of the address")
        k.c(V(("flat " + UNITS[R.randint(1, 9)] + ", " if R.random() < 0.3 else "") + say_pair("%02d" % n) + " " + st, "ADDRESS", gid()))
        k.a("and the postcode")
        k.c(V(outw + ", " + inw, "POSTCODE", gid()))
        k.a("lovely")
    elif kind == "us_typed":
        addr = "%d %s %s" % (R.randint(10, 9999), R.choice(["N Oak", "W 3rd", "Maple", "Lincoln", "Sunset"]), R.choice(["St", "Ave", "Blvd", "Dr"]))
        z = str(R.randint(10001, 99950))
        k.c("ship to ", V(addr, "ADDRESS", gid()), ", Springfield, IL ", V(z + ("-" + digs(4) if R.random() < 0.4 else ""), "POSTCODE", gid()))
        k.a("Got it.")
    else:
        hn = str(R.randint(101, 999))
        z = str(R.randint(10001, 99950))
        k.a("what's the billing address")
        k.c(V(say_hundred(hn) + " " + R.choice(["lincoln avenue", "west third street", "maple drive"]), "ADDRESS", gid()),
            ", austin texas, ", V(say_seq(z, "oh"), "POSTCODE", gid()))
        k.a("thanks")
    return k


def po_mixed_account():
    k = Case("verification: postcode, DOB and phone in one call")
    pc = make_pc()
    k.a(greet() + ", can i take the postcode on the account")
    k.c(V(pc, "POSTCODE", gid()) if R.random() < 0.3 else V(" ".join(say_letter(c, "plain") if c.isalpha() else say_digit(c) for c in pc if c != " "), "POSTCODE", gid()))
    k.a("and the date of birth")
    k.c(V(make_dob_text(), "DOB", gid()))
    k.a("and the mobile number we have for you")
    n = uk_mobile()
    k.c(V(join_chunks([say_seq(n[:5], "oh"), say_seq(n[5:])], 0.3), "PHONE", gid()))
    return k


def po_ssn_and_card():
    s = make_ssn()
    card = make_card()
    k = Case("US healthcare billing: SSN then card in same call")
    k.a("patient billing, for security can i get the patient's social")
    k.c(V(spoken_ssn(s), "SSN", gid()))
    k.a("thanks. and how would you like to pay the balance of two hundred and twelve dollars")
    k.c("card, it's ", V(spoken_card(card), "CARD_NUMBER", gid()), " expiring ", V(make_expiry(), "EXPIRY", gid()))
    k.a("thank you")
    return k


def po_ni_and_bank():
    ni = make_ni()
    k = Case("UK benefits: NI number then bank details")
    pre, d, suf = spoken_ni(ni)
    k.c("my ni is ", V(pre + " " + d + " " + suf, "NI_NUMBER", gid()))
    k.a("thanks, and the sort code for the payments")
    sc = make_sort()
    k.c(V(say_seq(sc[:2]) + ", " + say_seq(sc[2:4]) + ", " + say_seq(sc[4:]), "SORT_CODE", gid()), " and account ",
        V(say_seq(digs(8), R.choice(ZW)), "BANK_ACCOUNT", gid()))
    return k


# ---------------------------------------------------------------- negatives

_cyc, _order = {}, {}


def neg(note, *turns):
    k = Case(note)
    for spk, txt in turns:
        (k.c if spk == "c" else k.a)(txt)
    return k


def n_lastfour():
    l4 = digs(4)
    return neg("card last-four only", ("a", "which card would you like to use"),
               ("c", R.choice(["the one ending %s" % l4, "card ending in " + say_seq(l4, R.choice(ZW)),
                               "the visa ending " + say_chunk(l4, "oh", "pairs"), "use the card that ends %s please" % l4])),
               ("a", "okay, the card ending " + say_seq(l4, "oh") + ", that's done"))


def n_order():
    lab = R.choice(["order number", "tracking number", "reference", "ticket number", "invoice number", "claim number",
                    "policy number", "booking ref", "case number", "serial number"])
    num = digs(R.choice([10, 12, 16, 16, 18]))
    if R.random() < 0.5 and len(num) == 16:
        num = make_card("visa")[:-1] + "0"  # long digit string, not a card reading
    style = R.random()
    if style < 0.4:
        return neg("long %s typed with label (not PII)" % lab, ("c", "%s %s" % (cap(lab), group_str(num, 4))),
                   ("a", "Thanks, I can see that %s." % lab))
    if style < 0.8:
        return neg("%s spoken like a card reading, with label" % lab, ("a", "can i take the %s" % lab),
                   ("c", "yeah the %s is %s" % (lab, spoken_card(num))), ("a", "thank you, i've found it"))
    return neg("%s split over turns" % lab, ("a", "what's the %s" % lab),
               ("c", "it's " + say_seq(num[:6], "oh")), ("a", "mhm"), ("c", say_seq(num[6:], "oh")),
               ("a", "great, that's your %s found" % lab))


def n_amount():
    amt = R.randint(10, 9999)
    return neg("amounts and balances", ("a", R.choice(["your balance is", "the outstanding amount is", "the refund is for"]) +
                                       " " + R.choice(["£%d.%02d" % (amt, R.randint(0, 99)), "$%s" % format(amt * 100, ","),
                                                       "%s pounds %s" % (say_hundred(str(R.randint(100, 999))), say_pair(digs(2) if False else "4%d" % R.randint(1, 9))),
                                                       "€%d" % amt])),
               ("c", R.choice(["that's way too much", "okay can i pay %d now and the rest later" % R.randint(20, 500)])))


def n_time_misc():
    opts = [
        ("times and opening hours", "we're open eight till eight monday to friday, and nine to five on saturdays"),
        ("duration", "you've been on hold for twenty three minutes, sorry about that"),
        ("temperature", "the boiler's only getting to forty five degrees and it's minus two outside"),
        ("percentage", "your rate is going up by four point nine percent from april"),
        ("age", "my son is seventeen and my daughter's twelve, both on the family plan"),
        ("years", "i've been a customer since nineteen ninety eight, that's twenty six years"),
        ("counts", "we've had three engineers out and four missed appointments"),
        ("appointment date", "the engineer is booked for the fourteenth of march between eight and one"),
        ("payment date", "the direct debit comes out on the 28th of each month, next one 28/02/2025"),
        ("contract date", "your contract ends on 01/09/2026 and started 01/09/2024"),
        ("flight/gate/seat", "flight BA 2491 departs gate B22 at 14:35, you're in seat 14C"),
        ("room number", "i was in room four twelve, checked out on the third"),
        ("road names", "there's roadworks on the A40 and the M25 near junction 14"),
        ("meter reading", "my meter reading today is 045872 on the day rate and 012311 night"),
        ("meter reading spoken", "the reading's oh four five eight seven two, that's electric"),
        ("speed/data", "i'm only getting 12 megs down, i pay for 500, and i've used 3.4 gigabytes"),
        ("model number", "it's the model WM-8842-XQ, serial number 7731-0098-2214-5521"),
        ("time of call", "i called at 10:42 and again at quarter past three"),
        ("plan price", "the unlimited plan is 35 pounds a month for 24 months"),
        ("premium", "your premium is one thousand two hundred and forty pounds a year"),
    ]
    _cyc['n_time_misc'] = _cyc.get('n_time_misc', -1) + 1
    if _cyc['n_time_misc'] % len(opts) == 0:
        _order['n_time_misc'] = R.sample(range(len(opts)), len(opts))
    note, txt = opts[_order['n_time_misc'][_cyc['n_time_misc'] % len(opts)]]
    return neg(note, ("c", txt), ("a", R.choice(["okay, let me look into that", "i understand", "thanks for explaining"])))


def n_tricky_ref():
    opts = [
        ("claim reference in NI-like shape, labelled", "my claim reference is AB 12 34 56 C from the letter"),
        ("policy number resembling SSN, labelled", "policy number 123-45-6789-00 is the one that lapsed"),
        ("ticket number nine digits, labelled", "ticket number four one two, five five, six seven eight nine"),
        ("IMEI with label", "the IMEI is 356938035643809 on the box"),
        ("tracking number UPS", "tracking 1Z999AA10123456784 says delivered"),
        ("invoice number spoken in groups", "invoice number double four seven, two one, nine nine oh three"),
        ("order number with letters", "order ref XK-4471-2290-8812-3301"),
        ("booking reference spelled NATO", "booking reference is alpha bravo seven seven two charlie"),
        ("customer reference long", "customer reference number 4000 1234 5678 9010, it's on the bill"),
        ("meter serial labelled", "meter serial number s one four d oh five two two seven"),
        ("account reference not bank account", "energy account reference 88102233 45"),
        ("parcel locker code", "the locker code they sent is 448 213"),
        ("confirmation number", "confirmation number is nine seven three, eight eight one, two oh four"),
        ("voucher code", "the voucher code is SAVE20NOW and it said twenty percent off"),
        ("employee id", "agent id 66120, can you pass my complaint on"),
        ("case number spoken", "case number is double oh seven three, four two one one, six"),
        ("national insurance mentioned without value", "i don't have my national insurance number to hand, it's in a drawer"),
        ("card mentioned no number", "i want to cancel my credit card and the one ending in four four two one too"),
        ("social mentioned without value", "i'm not giving my social over the phone, send me a form"),
        ("version/firmware", "router firmware version 7.24.1022.3"),
    ]
    _cyc['n_tricky_ref'] = _cyc.get('n_tricky_ref', -1) + 1
    if _cyc['n_tricky_ref'] % len(opts) == 0:
        _order['n_tricky_ref'] = R.sample(range(len(opts)), len(opts))
    note, txt = opts[_order['n_tricky_ref'][_cyc['n_tricky_ref'] % len(opts)]]
    return neg(note, ("c", txt), ("a", "okay, thank you"))


def n_card_words():
    num = digs(16)
    lab = R.choice(["gift card serial", "loyalty membership number", "parcel reference", "warranty number", "sim card serial"])
    return neg("%s read in groups of four (labelled, not a payment card)" % lab,
               ("a", "can you read me the %s" % lab),
               ("c", "sure, the %s is %s" % (lab, join_chunks([say_seq(num[i:i + 4], R.choice(ZW)) for i in range(0, 16, 4)], 0.2))),
               ("a", "thanks"))


def n_split_ref():
    ref = digs(9)
    lab = R.choice(["reference number", "claim number", "tax reference", "member number"])
    return neg("nine-digit %s split over turns (SSN-length, but labelled)" % lab,
               ("a", "your %s please" % lab), ("c", say_seq(ref[:3], "oh")), ("a", "go on"),
               ("c", say_seq(ref[3:5], "oh") + ", " + say_seq(ref[5:], "oh")), ("a", "that's your %s, thank you" % lab))


def n_dates():
    return neg("appointment/payment dates and years", ("a", "your next payment of £%d is due on the %s of %s %d" %
                                                        (R.randint(10, 300), R.choice(["first", "fifth", "twentieth"]),
                                                         R.choice(MONTH_NAMES), R.randint(2025, 2027))),
               ("c", "can we move it to %02d/%02d instead" % (R.randint(1, 28), R.randint(1, 12))))


# ---------------------------------------------------------------- assemble

POS_PLAN = [
    (pc_single_call, 10), (pc_split_turns, 10), (pc_readback, 6), (pc_restart, 6), (pc_aside, 6),
    (pc_typed_chat, 12), (pc_chat_split, 4), (pc_asr_homophones, 5), (pc_full_payment, 6), (pc_agent_mishear, 4),
    (pc_lastfour_after_full, 3), (pc_email, 4), (pc_pairs, 4), (pc_repeat_group, 3),
    (ps_typed, 8), (ps_call, 8), (ps_split, 4), (ps_readback, 3), (ps_correction, 3), (ps_aside, 2), (ps_form, 3),
    (pn_typed, 8), (pn_call, 8), (pn_split, 4), (pn_readback, 3), (pn_correction, 3), (pn_asr, 3), (pn_email, 2), (pn_aside, 2),
    (po_email, 12), (po_phone, 14), (po_bank, 10), (po_us_bank, 3), (po_iban, 12), (po_dob, 8), (po_address, 14),
    (po_mixed_account, 4), (po_ssn_and_card, 4), (po_ni_and_bank, 4),
]
NEG_PLAN = [(n_lastfour, 14), (n_order, 22), (n_amount, 10), (n_time_misc, 22), (n_tricky_ref, 20), (n_card_words, 8),
            (n_split_ref, 6), (n_dates, 8)]


def build():
    R.seed(SEED)
    _gid[0] = 0
    _cyc.clear()
    _order.clear()
    pos, negs = [], []
    for fn, n in POS_PLAN:
        for _ in range(n):
            pos.append(fn())
    for fn, n in NEG_PLAN:
        for _ in range(n):
            negs.append(fn())
    R.shuffle(pos)
    R.shuffle(negs)
    rows, meta = [], []
    for i, k in enumerate(pos):
        turns, spans, groups = k.render()
        rows.append({"id": "h552-pos-%03d" % (i + 1), "kind": "positive", "turns": turns, "spans": spans, "note": k.note})
        meta.append(groups)
    for i, k in enumerate(negs):
        turns, spans, groups = k.render()
        rows.append({"id": "h552-neg-%03d" % (i + 1), "kind": "negative", "turns": turns, "spans": spans, "note": k.note})
        meta.append(groups)
    text = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)
    return text, rows, meta


def counts(rows):
    c = {t: 0 for t in TYPES}
    for r in rows:
        for s in r["spans"]:
            c[s["type"]] += 1
    return c


def check(text, rows, meta):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    parsed = [json.loads(l) for l in text.splitlines()]
    ids = [r["id"] for r in parsed]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    npos = sum(r["kind"] == "positive" for r in parsed)
    nneg = sum(r["kind"] == "negative" for r in parsed)
    for r, groups in zip(parsed, meta):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s bad speaker" % r["id"])
        byturn = {}
        gtext = {}
        for s, g in zip(r["spans"], groups):
            if s["type"] not in TYPES:
                errs.append("%s bad type" % r["id"])
            txt = r["turns"][s["turn"]]["text"]
            st, en = s["start"], s["end"]
            if not (0 <= st < en <= len(txt)):
                errs.append("%s offsets out of range" % r["id"])
                continue
            v = txt[st:en]
            if not (v[0].isalnum() and v[-1].isalnum()):
                errs.append("%s span not trimmed: %r" % (r["id"], v))
            if (st > 0 and txt[st - 1].isalnum()) or (en < len(txt) and txt[en].isalnum()):
                errs.append("%s span not on word boundary: %r" % (r["id"], v))
            byturn.setdefault(s["turn"], []).append((st, en))
            if g == "partial" or g is None:
                try:
                    ok, norm = validate(s["type"], normalise(v, s["type"]), partial=True)
                except ValueError as e:
                    ok, norm = False, str(e)
                if not ok:
                    errs.append("%s partial %s invalid: %r -> %r" % (r["id"], s["type"], v, norm))
            else:
                gtext.setdefault(g, (s["type"], []))[1].append(v)
        for spans in byturn.values():
            spans.sort()
            for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
                if a2 < b1:
                    errs.append("%s overlapping spans" % r["id"])
        for g, (typ, parts) in gtext.items():
            try:
                if typ == "EMAIL":
                    pieces = [norm_email(" ".join(parts))]
                else:
                    pieces = []
                    for p in parts:
                        pieces += normalise(p, typ) + ["|"]
                ok, norm = validate(typ, pieces)
            except ValueError as e:
                ok, norm = False, str(e)
            if not ok:
                errs.append("%s %s invalid: %r -> %r" % (r["id"], typ, parts, norm))
    c = counts(parsed)
    if npos < 200 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c[t]))
    return errs, npos, nneg, c


def main():
    text, rows, meta = build()
    if "--check" in sys.argv:
        errs, npos, nneg, c = check(text, rows, meta)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        print(" ".join("%s=%d" % kv for kv in c.items()))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    c = counts(rows)
    print("wrote %s (%d cases)" % (OUT, len(rows)))
    print(" ".join("%s=%d" % kv for kv in c.items()))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Generate the pii_holdout465 held-out PII evaluation set.

Written by an independent test author (AI helper) without seeing the
redaction engine.  Standard library only.

    python scripts/make_pii_holdout465.py          # (re)write cases.jsonl
    python scripts/make_pii_holdout465.py --check  # regenerate + validate
"""
import json
import os
import random
import re
import sys

SEED = 465241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout465", "cases.jsonl")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- spoken forms
UNITS = {"zero": "0", "oh": "0", "o": "0", "nought": "0", "one": "1", "two": "2",
         "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
         "eight": "8", "nine": "9"}
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = {"ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13",
         "fourteen": "14", "fifteen": "15", "sixteen": "16", "seventeen": "17",
         "eighteen": "18", "nineteen": "19"}
TEENW = {v: k for k, v in TEENS.items()}
TENS = {"twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6",
        "seventy": "7", "eighty": "8", "ninety": "9"}
TENW = {v: k for k, v in TENS.items()}
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar",
        "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango",
        "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
ALT_NATO = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london",
            "m": "mary", "n": "nancy", "p": "peter", "r": "robert", "s": "sugar",
            "t": "tommy", "w": "william", "x": "xmas", "y": "yellow", "z": "zebra"}
FILLERS = {"um", "uh", "er", "erm", "uhm", "hmm", "and", "dash", "hyphen",
           "space", "slash", "sorry"}
INNER_FILL = ["um", "uh", "er", "erm"]


def norm_spoken(text, email=False):
    """Turn a spoken rendering into its canonical character string."""
    toks = re.findall(r"[a-z0-9]+|\+|@|\.|_|-", text.lower())
    if not email:
        toks = [t for t in toks if t not in (".", "-", "_")]
    out = []
    i = 0
    mult = 1
    pend_h = False
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if pend_h and t not in UNITS and t not in TEENS and t not in TENS and t != "and":
            out.append("00")
            pend_h = False
        if email and t in ("dot", "."):
            out.append(".")
        elif email and t in ("at", "@"):
            out.append("@")
        elif email and t in ("underscore", "_"):
            out.append("_")
        elif email and t in ("dash", "hyphen", "-"):
            out.append("-")
        elif t in ("+", "plus"):
            out.append("+")
        elif t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        elif t == "hundred":
            pend_h = True
            i += 1
            continue
        elif len(t) == 1 and t.isalpha() and nxt == "for" and i + 2 < len(toks):
            out.append(t * mult)
            i += 3
            mult = 1
            continue
        elif len(t) == 1 and t.isalpha() and nxt == "as" and i + 3 < len(toks) and toks[i + 2] == "in":
            out.append(t * mult)
            i += 4
            mult = 1
            continue
        elif t in UNITS and not (email and t == "o"):
            out.append("0" + UNITS[t] if pend_h else UNITS[t] * mult)
            pend_h = False
        elif t in TEENS:
            out.append(TEENS[t])
            pend_h = False
        elif t in TENS:
            if nxt in UNITS and UNITS[nxt] != "0":
                out.append(TENS[t] + UNITS[nxt])
                i += 1
            else:
                out.append(TENS[t] + "0")
            pend_h = False
        elif t in FILLERS:
            i += 1
            continue
        elif t.isdigit() or len(t) == 1 or email:
            out.append(t * mult if len(t) == 1 else t)
        elif t in NATO.values():
            out.append([k for k, v in NATO.items() if v == t][0])
        else:
            raise ValueError("unparsed token %r in %r" % (t, text))
        mult = 1
        i += 1
    if pend_h:
        out.append("00")
    return "".join(out)


def norm_typed(text):
    return re.sub(r"[^0-9a-z+]", "", text.lower())


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[abceghj-prstw-z][abceghj-nprstw-z]\d{6}[a-d]")
UKPC_RE = re.compile(r"[a-z]{1,2}\d[a-z\d]?\d[a-z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MABBR = [m[:3] for m in MONTHS] + ["sept"]
ORDS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"}
STREET_SUFFIX = ["road", "street", "avenue", "lane", "close", "drive", "crescent",
                 "way", "terrace", "gardens", "place", "rd", "st", "ave", "grove",
                 "court", "boulevard", "blvd", "park", "row", "hill"]


def date_ok(text, kind):
    t = text.lower()
    toks = re.findall(r"[a-z]+|\d+", t)
    has_month = any(x in MONTHS or x in MABBR for x in toks)
    if re.search(r"\b\d{1,2}\s*[/.\-]\s*\d{1,4}", t):
        return True
    if kind == "DOB":
        has_month = has_month or sum(x in ORDS for x in toks) >= 2
        if not has_month:
            try:
                t2 = t.replace("two thousand and ", "two oh ").replace("two thousand ", "two oh ")
                return 5 <= len(norm_spoken(t2)) <= 8
            except ValueError:
                return False
        has_year = bool(re.search(r"\b(19|20)\d\d\b|'\d\d|\b\d\d\b", t)) or any(x in TENS or x in TEENS or x in ("thousand", "hundred") for x in toks)
        return has_year
    if has_month:
        return True
    try:
        d = norm_spoken(t)
    except ValueError:
        return False
    return len(d) in (4, 6) and 1 <= int(d[:2]) <= 12


def validate(typ, canon, text_joined, mode):
    """Validate one value (all its parts joined). Returns error string or ''."""
    if typ in ("DOB", "EXPIRY"):
        return "" if date_ok(text_joined, typ) else "bad date"
    if typ == "ADDRESS":
        toks = re.findall(r"[a-z]+|\d+[a-z]?", text_joined.lower())
        num = any(x[0].isdigit() or x in UNITS or x in TENS or x in TEENS or x == "flat" for x in toks[:3])
        suf = any(x in STREET_SUFFIX for x in toks)
        return "" if num and suf else "bad address"
    n = norm_spoken(text_joined, email=(typ == "EMAIL")) if mode == "spoken" else (
        text_joined.lower().replace(" ", "") if typ == "EMAIL" else norm_typed(text_joined))
    if n != canon.lower():
        return "normalised %r != canonical %r" % (n, canon)
    c = canon.lower()
    ok = {
        "CARD_NUMBER": lambda: c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c),
        "CVV": lambda: c.isdigit() and len(c) in (3, 4),
        "SSN": lambda: c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" and c[3:5] != "00" and c[5:] != "0000",
        "NI_NUMBER": lambda: bool(NI_RE.fullmatch(c)),
        "BANK_ACCOUNT": lambda: c.isdigit() and 6 <= len(c) <= 17,
        "SORT_CODE": lambda: c.isdigit() and len(c) == 6,
        "IBAN": lambda: iban_ok(c),
        "PHONE": lambda: bool(re.fullmatch(r"\+?\d{10,13}", c)),
        "EMAIL": lambda: bool(re.fullmatch(r"[a-z0-9._\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", c)),
        "POSTCODE": lambda: bool(UKPC_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c)),
    }[typ]
    return "" if ok() else "value fails %s check" % typ


# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []   # (speaker, text)
        self.spans = []   # (turn, start, end, type, gid)
        self.groups = []  # dict(type, canon, mode, partial)

    def val(self, typ, canon, mode, partial=None):
        self.groups.append({"type": typ, "canon": canon, "mode": mode, "partial": partial})
        return len(self.groups) - 1

    def t(self, speaker, *segs):
        text = ""
        ti = len(self.turns)
        for s in segs:
            if isinstance(s, tuple):
                piece, gid = s
                self.spans.append((ti, len(text), len(text) + len(piece), self.groups[gid]["type"], gid))
                text += piece
            else:
                text += s
        self.turns.append(("customer" if speaker == "c" else "agent", text))

    def record(self, cid):
        return {"id": cid, "kind": self.kind,
                "turns": [{"speaker": s, "text": x} for s, x in self.turns],
                "spans": [{"turn": a, "start": b, "end": c, "type": d} for a, b, c, d, _ in sorted(self.spans)],
                "note": self.note}


# ---------------------------------------------------------------- renderers
R = None  # the single random generator, set in build()


def ch(seq):
    return R.choice(seq)


def zero(uk, allow_o=True):
    opts = ["oh", "oh", "zero"] + (["nought"] if uk else []) + (["o"] if allow_o else [])
    return ch(opts)


def say_singles(g, uk, allow_o=True):
    words = []
    i = 0
    while i < len(g):
        run = 1
        while i + run < len(g) and g[i + run] == g[i] and run < 3:
            run += 1
        w = zero(uk, allow_o) if g[i] == "0" else DW[int(g[i])]
        if run == 3 and R.random() < 0.6:
            words.append("triple " + w)
            i += 3
        elif run >= 2 and R.random() < 0.6:
            words.append("double " + w)
            i += 2
        else:
            words.append(w)
            i += 1
    return " ".join(words)


def say_pair(p, uk, last):
    a, b = p
    if a == "0":
        return zero(uk, False) + " " + DW[int(b)] if b != "0" else zero(uk, False) + " " + zero(uk, False)
    if a == "1":
        return TEENW[p]
    if b == "0":
        return TENW[a] if not last else DW[int(a)] + " " + zero(uk, False)
    return TENW[a] + " " + DW[int(b)]


def say_group(g, uk=True, style=None, allow_o=True):
    style = style or R.choice(["s", "s", "s", "p", "h"])
    if style == "h" and len(g) == 3 and g[0] != "0" and (g[2] != "0" or g[1] == "1"):
        tail = g[1:]
        if tail[0] == "0":
            return DW[int(g[0])] + " hundred and " + DW[int(tail[1])]
        return DW[int(g[0])] + " hundred and " + say_pair(tail, uk, False)
    if style in ("p", "h") and len(g) >= 2:
        chunks = []
        rest = g
        if len(g) % 2:
            chunks.append(say_singles(g[0], uk, allow_o))
            rest = g[1:]
        for k in range(0, len(rest), 2):
            chunks.append(say_pair(rest[k:k + 2], uk, k + 2 >= len(rest)))
        return " ".join(chunks)
    return say_singles(g, uk, allow_o)


def say_digits(groups, uk=True, fill=0.2, sep=None):
    out = []
    for k, g in enumerate(groups):
        out.append(say_group(g, uk))
        if k < len(groups) - 1:
            out.append(ch([" ", ", ", " ", " ... "]) if R.random() > fill else " " + ch(INNER_FILL) + " ")
    return "".join(out)


def say_letter(c, nato_p=0.4):
    c = c.lower()
    if c == "o" or R.random() < nato_p:
        word = ALT_NATO.get(c) if (c in ALT_NATO and R.random() < 0.3) else NATO[c]
        return c + ch([" for ", " as in "]) + word
    return c


def say_alnum(s, uk=True, nato_p=0.4):
    out = []
    i = 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_group(s[i:j], uk, ch(["s", "s", "p"]), allow_o=False))
            i = j
        else:
            out.append(say_letter(s[i], nato_p))
            i += 1
    return ch([" ", ", "]).join(out) if R.random() < 0.3 else " ".join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def make_card():
    kind = ch(["visa", "visa", "mc", "mc", "amex", "visa13", "maestro19", "disc"])
    if kind == "visa":
        return luhn_complete("4", 16), [4, 4, 4, 4]
    if kind == "mc":
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16), [4, 4, 4, 4]
    if kind == "amex":
        return luhn_complete(ch(["34", "37"]), 15), [4, 6, 5]
    if kind == "visa13":
        return luhn_complete("4", 13), [4, 3, 3, 3]
    if kind == "maestro19":
        return luhn_complete(ch(["6759", "5018", "6304"]), 19), [4, 4, 4, 4, 3]
    return luhn_complete("6011", 16), [4, 4, 4, 4]


def non_luhn(n, first=None):
    while True:
        s = (first or str(R.randrange(1, 10))) + "".join(str(R.randrange(10)) for _ in range(n - 1))
        if not luhn_ok(s):
            return s


def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def make_ni():
    while True:
        p = ch("ABCEGHJKLMNOPRSTWXYZ") + ch("ABCEGHJKLMNPRSTWXYZ")
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def make_iban():
    cc, bban = ch([
        ("GB", lambda: ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + "".join(str(R.randrange(10)) for _ in range(14))),
        ("IE", lambda: ch(["AIBK", "BOFI", "IPBS"]) + "".join(str(R.randrange(10)) for _ in range(14))),
        ("DE", lambda: "".join(str(R.randrange(10)) for _ in range(18))),
        ("NL", lambda: ch(["ABNA", "INGB", "RABO"]) + "".join(str(R.randrange(10)) for _ in range(10))),
        ("ES", lambda: "".join(str(R.randrange(10)) for _ in range(20))),
        ("FR", lambda: "".join(str(R.randrange(10)) for _ in range(23))),
    ])
    bban = bban()
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def make_phone():
    k = ch(["uk_mob", "uk_mob", "uk_geo", "uk_intl", "us", "us_intl", "ie", "ie_intl", "fr_intl", "de_intl"])
    rd = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if k == "uk_mob":
        v = "07700900" + rd(3)
        return v, [v[:5], v[5:8], v[8:]], True
    if k == "uk_geo":
        v = ch(["01614960", "02079460", "01134960", "01314960"]) + rd(3)
        return v, ([v[:4], v[4:7], v[7:]] if v[1] == "1" else [v[:3], v[3:7], v[7:]]), True
    if k == "uk_intl":
        v = "+447700900" + rd(3)
        return v, ["+44", v[3:7], v[7:10], v[10:]], True
    if k == "us":
        v = ch(["212", "415", "312", "617", "206"]) + "55501" + rd(2)
        return v, [v[:3], v[3:6], v[6:]], False
    if k == "us_intl":
        v = "+1" + ch(["212", "415", "713"]) + "55501" + rd(2)
        return v, ["+1", v[2:5], v[5:8], v[8:]], False
    if k == "ie":
        v = "08" + ch("3567") + rd(7)
        return v, [v[:3], v[3:6], v[6:]], True
    if k == "ie_intl":
        v = "+3538" + ch("3567") + rd(7)
        return v, ["+353", v[4:6], v[6:9], v[9:]], True
    if k == "fr_intl":
        v = "+336" + rd(8)
        return v, ["+33", "6", v[4:6], v[6:8], v[8:10], v[10:]], True
    v = "+49151" + rd(8)
    return v, ["+49", "151", v[6:10], v[10:]], True


FIRST = ["sarah", "james", "aoife", "niamh", "darren", "priya", "tomasz", "leanne", "marcus",
         "chloe", "sean", "fatima", "gareth", "isabel", "kwame", "hannah", "luca", "rory",
         "ines", "dev", "mairead", "jolene", "wes", "bethany"]
LAST = ["okafor", "whitfield", "byrne", "kowalski", "patel", "mcallister", "nguyen", "doyle",
        "hargreaves", "silva", "obrien", "lindqvist", "fenwick", "murphy", "achterberg",
        "rahman", "quigley", "delacroix", "baxter", "ferreira"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "btinternet.com", "eircom.net",
           "hotmail.fr", "web.de", "icloud.com", "hotmail.co.uk", "aol.com", "live.ie"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    form = R.randrange(5)
    num = str(R.randrange(1, 99))
    local = [f + "." + l, f + l + num, f[0] + "_" + l, f + "-" + l, f[0] + l][form]
    return local + "@" + ch(DOMAINS), f, l, num, form


def say_email(addr, f, l, num, form):
    local, dom = addr.split("@")
    d = " dot ".join(dom.split("."))
    fl = say_letter(f[0], 0.7)
    if form == 0:
        lp = f + " dot " + l
    elif form == 1:
        lp = f + " " + l + " " + say_group(num, True, ch(["s", "p"]), allow_o=False)
    elif form == 2:
        lp = fl + " underscore " + l
    elif form == 3:
        lp = f + " " + ch(["dash", "hyphen"]) + " " + l
    else:
        lp = fl + " " + l
    return lp + " at " + d


UK_OUT = ["SW1A", "M1", "EH3", "BT7", "CF10", "LS2", "B15", "G2", "NE1", "BS8", "L1",
          "OX4", "CB2", "NW3", "E14", "SE15", "W1D", "KT2", "RG1", "DN4", "YO31", "PL4"]


def make_postcode(us=False):
    if us:
        z = "%05d" % R.randrange(1001, 99950)
        return (z + "%04d" % R.randrange(1, 9999)) if R.random() < 0.3 else z
    return ch(UK_OUT) + str(R.randrange(10)) + ch("ABDEFGHJLNPQRSTUWXYZ") + ch("ABDEFGHJLNPQRSTUWXYZ")


def fmt_postcode(pc):
    if pc.isdigit():
        return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]
    f = pc[:-3] + ch([" ", " ", ""]) + pc[-3:]
    return f.lower() if R.random() < 0.2 else f


STREETS = ["Kelvin", "Harbour", "Maple", "Station", "Church", "Mill", "Windmill", "Coronation",
           "Beech", "Larkspur", "Ormeau", "Fitzwilliam", "Pembroke", "Elm", "Cedar", "Oakfield",
           "Victoria", "Hawthorn", "Sandymount", "Queen's", "Brunswick", "Rosemary"]
SUF = ["Road", "Street", "Avenue", "Lane", "Close", "Drive", "Crescent", "Way", "Terrace",
       "Gardens", "Place", "Grove", "Court", "Rd", "St", "Ave"]
TOWNS_UK = ["Leeds", "Manchester", "Belfast", "Cardiff", "Edinburgh", "Bristol", "Glasgow", "Oxford"]
TOWNS_US = ["Springfield", "Austin", "Columbus", "Tacoma", "Albany", "Boise"]


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENW[str(n)]
    if n < 100:
        return TENW[str(n // 10)] + ("" if n % 10 == 0 else " " + DW[n % 10])
    return say_group(str(n), True, ch(["h", "p"]), allow_o=False)


def make_address(spoken):
    n = R.randrange(1, 260)
    st = ch(STREETS) + " " + ch(SUF)
    flat = R.random() < 0.3
    if spoken:
        s = st.lower().replace(" rd", " road").replace(" st", " street").replace(" ave", " avenue")
        a = num_words(n) + " " + s
        if flat:
            a = ch(["flat ", "apartment ", "flat um "]) + num_words(R.randrange(1, 30)) + ", " + a
        return a
    a = str(n) + " " + st
    if flat:
        a = ch(["Flat ", "flat ", "Apt ", "Unit "]) + str(R.randrange(1, 30)) + ch([", ", " ", "/"]) + a
    return a


def make_dob(spoken, us=False):
    y, m, d = R.randrange(1938, 2006), R.randrange(1, 13), R.randrange(1, 29)
    mn = MONTHS[m - 1]
    if not spoken:
        f = R.randrange(6)
        if f == 0:
            return "%02d/%02d/%d" % ((m, d, y) if us else (d, m, y))
        if f == 1:
            return "%d-%02d-%02d" % (y, m, d)
        if f == 2:
            return "%d %s %d" % (d, mn[:3].title(), y)
        if f == 3:
            return "%s %d, %d" % (mn.title(), d, y)
        if f == 4:
            return "%d.%d.%s" % (d, m, str(y)[2:])
        sfx = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th")
        return "%d%s %s %d" % (d, sfx, mn, y)
    ords = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
            "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
            "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty first", "twenty second",
            "twenty third", "twenty fourth", "twenty fifth", "twenty sixth", "twenty seventh", "twenty eighth"]
    yy = str(y)
    ys = ("nineteen " + say_pair(yy[2:], True, False)) if y < 2000 else ch(["two thousand and ", "two thousand "]) + DW[y - 2000] if y < 2010 else "twenty " + TEENW[yy[2:]] if y < 2020 else "x"
    if yy[2] == "0" and y < 2000:
        ys = "nineteen oh " + DW[int(yy[3])]
    f = R.randrange(5)
    if f == 0:
        return "the " + ords[d - 1] + " of " + mn + " " + ys
    if f == 1:
        return ords[d - 1] + " " + mn + ", " + ch(["um ", ""]) + ys
    if f == 2:
        return mn + " " + ords[d - 1] + " " + ys
    if f == 3:
        return "%s %s %s" % (num_words(d), say_group("%02d" % m, True, "s", allow_o=False), ys)
    return "the " + ords[d - 1] + " of the " + ords[m - 1] + ", " + say_pair(yy[2:], True, False)


def make_expiry(spoken):
    m, y = R.randrange(1, 13), R.randrange(25, 33)
    if not spoken:
        return ch(["%02d/%02d", "%02d/20%02d", "%02d-%02d", "%d/%02d", "%02d / %02d"]) % (m, y)
    f = R.randrange(4)
    if f == 0:
        return say_group("%02d" % m, True, "s", allow_o=False) + " " + num_words(y)
    if f == 1:
        return MONTHS[m - 1] + " " + ch(["", "two thousand and "]) + num_words(y)
    if f == 2:
        return say_group("%02d" % m, True, "s", allow_o=False) + " slash " + say_group("%02d" % y, True, ch(["s", "p"]), allow_o=False)
    return "end of " + MONTHS[m - 1] + " " + say_group("%02d" % y, True, "p", allow_o=False)


# ---------------------------------------------------------------- phrase banks
IND = ["banking", "telecom", "utilities", "retail", "insurance", "travel", "healthcare billing", "government services"]
GREET = {
    "banking": "thanks for calling Northgate Bank, how can I help",
    "telecom": "you're through to Skyline Mobile, what can I do for you",
    "utilities": "Brightwater Energy, you're speaking with Dev",
    "retail": "Harlow & Finch customer care, how can I help today",
    "insurance": "Calder Insurance claims line, how can I help",
    "travel": "Aerlink bookings, how can I help you today",
    "healthcare billing": "St Brigid's patient billing, how can I help",
    "government services": "Revenue and benefits helpline, how can I help",
}
BACK = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that", "and the rest"]
ASIDES = ["sorry the dog's going mad", "hang on I'm reading it off the card", "sorry can you hear me okay",
          "one sec the kids are shouting", "hold on my glasses", "sorry I'm on the motorway", "wait let me turn it over"]


def backchannel():
    return ch(BACK)


def distractor(no_l4=False):
    """A non-PII number in a PII-like rhythm, with its label. Returns text."""
    k = R.randrange(9)
    while no_l4 and k == 4:
        k = R.randrange(9)
    if k == 0:
        g = chunks(non_luhn(16), [4, 4, 4, 4])
        return ch(["the order number on the card statement is ", "my reference, not the card, is ", "the transaction ref is "]) + " ".join(g)
    if k == 1:
        g = chunks(non_luhn(16), [4, 4, 4, 4])
        return ch(["the tracking number is ", "the claim number is ", "the case reference is "]) + say_digits(g, True, 0.3)
    if k == 2:
        s = make_ssn()
        return ch(["claim number ", "member ID ", "ticket number "]) + s[:3] + "-" + s[3:5] + "-" + s[5:]
    if k == 3:
        n = make_ni()
        return ch(["policy number ", "policy ref ", "the reference on the letter is "]) + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]
    if k == 4:
        return ch(["the card ending ", "the one ending in ", "card ending in "]) + say_group("%04d" % R.randrange(10000), True)
    if k == 5:
        return ch(["invoice ", "invoice number INV-", "order #"]) + non_luhn(R.randrange(9, 13))
    if k == 6:
        return "the meter reading is " + say_group("%05d" % R.randrange(100000), True, "s")
    if k == 7:
        return "the balance is " + ch(["\u00a3", "$", "\u20ac"]) + "%d,%03d.%02d" % (R.randrange(1, 20), R.randrange(1000), R.randrange(100))
    return ch(["serial number ", "the model number is "]) + ch(["SN", "KX", "HP"]) + "-" + non_luhn(4) + "-" + non_luhn(4) + "-" + non_luhn(4)


# ---------------------------------------------------------------- positives
def typed_card(card, sizes):
    r = R.random()
    if r < 0.45:
        g = chunks(card, sizes)
        return ch([" ", "-", " ", "  ", "."]).join(g)
    if r < 0.65:
        return card
    cut = sorted(R.sample(range(2, len(card) - 1), 2))
    return card[:cut[0]] + " " + card[cut[0]:cut[1]] + " " + card[cut[1]:]


def p_card(c, chat, uk, with_extras):
    card, sizes = make_card()
    if chat:
        g = c.val("CARD_NUMBER", card, "typed")
        lead = ch(["card no: ", "Card number is ", "its ", "cc ", "the long number on the front is ", "CARD NUMBER - ", "number on card = ", "here u go "])
        c.t("a", ch(["Can you confirm the card you'd like to use?", "Please type the full card number.", "What card are we putting this on?"]))
        extras = []
        if with_extras:
            ge = c.val("EXPIRY", None, "date")
            gv = c.val("CVV", None, "typed")
            ex = make_expiry(False)
            cv = "%03d" % R.randrange(1000) if not card.startswith("3") else "%04d" % R.randrange(10000)
            c.groups[gv]["canon"] = cv
            extras = [ch([" exp ", ", expiry ", " valid till ", " exp date: "]), (ex, ge), ch([" cvv ", " and the code on the back is ", ", sec code "]), (cv, gv)]
        c.t("c", lead, (typed_card(card, sizes), g), *extras)
        if R.random() < 0.5:
            c.t("a", "Thanks. And " + distractor(True) + " for this payment, is that right?")
            c.t("c", ch(["yes", "yep thats it", "correct"]))
        else:
            c.t("a", "Thank you, that's gone through.")
        return
    groups = chunks(card, sizes)
    c.t("a", ch(["can I take the long card number please", "okay so what's the sixteen digit number on the front", "go ahead with the card number whenever you're ready"]))
    style = R.randrange(5)
    if style == 0:  # one go, with fillers
        g = c.val("CARD_NUMBER", card, "spoken")
        c.t("c", ch(["yeah it's ", "okay it's ", "right um ", ""]), (say_digits(groups, uk, 0.4), g))
    elif style == 1:  # split across turns with back-channels
        g = c.val("CARD_NUMBER", card, "spoken")
        parts = [groups[:2], groups[2:3], groups[3:]] if len(groups) > 3 else [groups[:1], groups[1:2], groups[2:]]
        for k, p in enumerate(parts):
            if not p:
                continue
            c.t("c", ch(["", "", "then "]) if k else ch(["so ", "", "okay "]), (say_digits(p, uk), g))
            if k < len(parts) - 1:
                c.t("a", backchannel())
    elif style == 2:  # restart
        g0 = c.val("CARD_NUMBER", card, "spoken", partial="prefix")
        g = c.val("CARD_NUMBER", card, "spoken")
        c.groups[g0]["canon"] = groups[0] + groups[1][:2]
        c.t("c", (say_group(groups[0], uk, "s") + " " + say_singles(groups[1][:2], uk), g0),
            ch([" no wait sorry, let me start again, ", " hang on that's wrong, from the top, ", " sorry I've lost my place, "]),
            (say_digits(groups, uk), g))
    elif style == 3:  # aside in the middle
        g = c.val("CARD_NUMBER", card, "spoken")
        c.t("c", (say_digits(groups[:2], uk), g), " -- " + ch(ASIDES) + " -- ", (say_digits(groups[2:], uk), g))
    else:  # label phrase and pairs
        g = c.val("CARD_NUMBER", card, "spoken")
        c.t("c", "the card number is ", (" ".join(say_group(x, uk, "p") for x in groups), g))
    if R.random() < 0.5:
        rb = c.val("CARD_NUMBER", card, "spoken")
        c.t("a", ch(["let me read that back, ", "so that's ", "just to confirm "]), (say_digits(groups, uk, 0.0), rb), "?")
        c.t("c", ch(["yes", "that's right", "spot on"]))
    elif R.random() < 0.6:
        lf = c.val("CARD_NUMBER", card, "spoken", partial="suffix")
        c.groups[lf]["canon"] = card[-4:]
        c.t("a", "thank you, so that's the card ending ", (say_group(card[-4:], uk, "s"), lf), ", and " + ch(["has the address changed", "what's the expiry"]))
        c.t("c", "no")
    if with_extras:
        ge = c.val("EXPIRY", None, "date")
        gv = c.val("CVV", None, "spoken")
        cv = "%03d" % R.randrange(100, 1000)
        c.groups[gv]["canon"] = cv
        c.t("a", "and the expiry date")
        c.t("c", ch(["it's ", "", "um "]), (make_expiry(True), ge))
        c.t("a", "and the three digits on the back")
        c.t("c", ch(["", "it's ", "uh "]), (say_group(cv, uk, ch(["s", "h"])), gv))
    if R.random() < 0.4:
        c.t("a", ch(["and just so you know ", "for your records "]) + distractor(True))


def p_ssn(c, chat):
    s = make_ssn()
    if chat:
        g = c.val("SSN", s, "typed")
        f = ch(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s.%s.%s", "%s - %s - %s"]) % (s[:3], s[3:5], s[5:])
        c.t("a", ch(["To verify your identity, please enter your Social Security number.", "Can I get your SSN to pull up the account?"]))
        c.t("c", ch(["SSN: ", "ssn is ", "social ", "its ", "Social Security # "]), (f, g), ch(["", " thx", ". ", " and " + distractor()]))
        if R.random() < 0.5:
            c.t("a", "Thanks. I also see " + distractor() + " on file.")
        return
    c.t("a", ch(["can you verify your social security number for me", "and what's your social", "I'll need the full social to go any further"]))
    st = R.randrange(4)
    g = c.val("SSN", s, "spoken")
    if st == 0:
        c.t("c", ch(["sure it's ", "yeah ", "okay um "]), (say_group(s[:3], False) + ch([", ", " ", " uh "]) + say_group(s[3:5], False) + ch([", ", " ", " dash "]) + say_group(s[5:], False), g))
    elif st == 1:
        c.t("c", (say_group(s[:3], False), g))
        c.t("a", backchannel())
        c.t("c", (say_group(s[3:5], False), g))
        c.t("a", backchannel())
        c.t("c", (say_group(s[5:], False), g))
    elif st == 2:
        c.t("c", "hold on, it's ", (say_group(s[:3], False) + " " + say_group(s[3:5], False), g), " -- " + ch(ASIDES) + " -- ", (say_group(s[5:], False, "p"), g))
    else:
        g0 = c.val("SSN", s[:3], "spoken", partial="prefix")
        c.t("c", (say_group(s[:3], False), g0), " no wait that's my wife's, mine is ", (say_digits([s[:3], s[3:5], s[5:]], False), g))
        c.groups[g0]["canon"] = s[:3]
    if R.random() < 0.6:
        rb = c.val("SSN", s, "spoken")
        c.t("a", "okay I have ", (say_digits([s[:3], s[3:5], s[5:]], False, 0), rb), ch([", and ", " and ", ". "]) + distractor())
    else:
        c.t("a", "thank you, I'll note " + distractor() + " as well")


def p_ni(c, chat):
    n = make_ni()
    if chat:
        g = c.val("NI_NUMBER", n, "typed")
        x = n.lower() if R.random() < 0.25 else n
        f = ch(["%s", "%s %s %s %s %s", "%s-%s-%s-%s-%s", "%s%s %s%s %s"])
        parts = [x[:2], x[2:4], x[4:6], x[6:8], x[8]]
        txt = x if f == "%s" else f % tuple(parts)
        c.t("a", ch(["Please provide your National Insurance number.", "What's your NI number?"]))
        c.t("c", ch(["NI no: ", "ni number ", "NINO ", "National Insurance: ", "it's "]), (txt, g), ch(["", " cheers", ". also " + distractor()]))
        if R.random() < 0.5:
            c.t("a", "Thanks, and I can see " + distractor() + " linked.")
        return
    c.t("a", ch(["and your national insurance number please", "can you give me your NI number", "I just need the national insurance number"]))
    g = c.val("NI_NUMBER", n, "spoken")
    st = R.randrange(3)
    if st == 0:
        c.t("c", ch(["yeah it's ", "it's ", "um "]), (say_alnum(n, True, 0.5), g))
    elif st == 1:
        c.t("c", (say_alnum(n[:4], True, 0.6), g))
        c.t("a", backchannel())
        c.t("c", (say_alnum(n[4:], True, 0.6), g))
    else:
        c.t("c", (say_letter(n[0], 1) + " " + say_letter(n[1], 1) + " " + ch(INNER_FILL) + " " + say_group(n[2:8], True, "p", allow_o=False), g), " and the letter at the end is ", (say_letter(n[8], 0.5), g))
    if R.random() < 0.6:
        rb = c.val("NI_NUMBER", n, "spoken")
        c.t("a", "lovely, so ", (say_alnum(n, True, 0.2), rb), ". " + ch(["and ", "I've also got "]) + distractor())
    else:
        c.t("a", "thanks, and is " + distractor() + " still correct")


def p_bank(c, chat, uk):
    acct = "".join(str(R.randrange(10)) for _ in range(8 if uk else R.randrange(9, 13)))
    sc = "".join(str(R.randrange(10)) for _ in range(6))
    if chat:
        ga = c.val("BANK_ACCOUNT", acct, "typed")
        c.t("a", "Which account should the refund go to?")
        if uk:
            gs = c.val("SORT_CODE", sc, "typed")
            scf = ch(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (sc[:2], sc[2:4], sc[4:])
            c.t("c", ch(["sort code ", "s/c: ", "Sort "]), (scf, gs), ch([" acct no: ", ", account ", " a/c "]), (acct, ga))
        else:
            c.t("c", ch(["acct no: ", "checking account ", "account # "]), (acct, ga))
        c.t("a", "Thanks, " + distractor() + " will show on the statement.")
        return
    c.t("a", "and which bank account would you like the direct debit from")
    if uk:
        gs = c.val("SORT_CODE", sc, "spoken")
        c.t("c", "sort code is ", (" ".join(say_group(sc[k:k + 2], uk, ch(["p", "s"])) for k in (0, 2, 4)), gs))
        c.t("a", backchannel())
    ga = c.val("BANK_ACCOUNT", acct, "spoken")
    if R.random() < 0.5:
        c.t("c", "account number ", (say_digits(chunks(acct, [4, 4, 4]), uk, 0.3), ga))
    else:
        c.t("c", "and the account's ", (say_digits([acct[:4]], uk), ga))
        c.t("a", backchannel())
        c.t("c", (say_digits(chunks(acct[4:], [4, 4]), uk), ga))
    if R.random() < 0.5:
        rb = c.val("BANK_ACCOUNT", acct, "spoken")
        c.t("a", "so account ", (say_digits(chunks(acct, [4, 4, 4]), uk, 0), rb), ", and your mandate " + distractor())


def p_iban(c, chat):
    ib = make_iban()
    g = c.val("IBAN", ib, "typed" if chat else "spoken")
    if chat:
        x = " ".join(chunks(ib, [4] * 9)) if R.random() < 0.6 else ib
        x = x.lower() if R.random() < 0.2 else x
        c.t("a", "Please send the IBAN for the refund.")
        c.t("c", ch(["IBAN: ", "iban ", "my iban is ", "Bank (IBAN) - "]), (x, g), ch(["", " BIC is not needed right?", " ref " + distractor()]))
        c.t("a", "Thank you, refund of " + ch(["\u20ac", "\u00a3"]) + "%d.%02d" % (R.randrange(10, 900), R.randrange(100)) + " will be sent.")
        return
    c.t("a", "can you read me the IBAN")
    p = chunks(ib, [4, 4, 4, 4, 4, 4])
    half = len(p) // 2
    c.t("c", "it's ", (" ".join(say_alnum(x, True, 0.3) for x in p[:half]), g))
    c.t("a", backchannel())
    c.t("c", (" ".join(say_alnum(x, True, 0.3) for x in p[half:]), g))


def say_phone(groups, uk):
    out = []
    for gp in groups:
        if gp.startswith("+"):
            out.append(ch(["plus ", "plus "]) + say_group(gp[1:], uk, "s", allow_o=False))
        else:
            out.append(say_group(gp, uk, ch(["s", "s", "p"])))
    return ch([" ", ", ", " ", " um "]).join(out) if R.random() < 0.5 else " ".join(out)


def p_phone(c, chat):
    v, groups, uk = make_phone()
    c.t("a", ch(["what's the best number to reach you on", "can I take a contact number", "Please confirm your phone number."]))
    if chat:
        g = c.val("PHONE", v, "typed")
        f = " ".join(groups) if R.random() < 0.5 else ("-".join(groups) if R.random() < 0.5 else v)
        if v.startswith("+") and f.startswith("+"):
            f2 = f[1:]
            c.groups[g]["canon"] = v[1:]
            c.t("c", ch(["mob: +", "tel +", "phone no +", "+"]), (f2, g), ch(["", " (mobile)", " after 6pm pls"]))
        else:
            if len(groups[0]) == 3 and not v.startswith("0") and R.random() < 0.5:
                f = "(" + groups[0] + ") " + groups[1] + "-" + groups[2]
                c.t("c", "cell (", (f[1:], g), ch(["", " - text is fine"]))
            else:
                c.t("c", ch(["mob: ", "tel ", "phone no ", "its "]), (f, g), ch(["", " (mobile)", " after 6pm pls"]))
    else:
        g = c.val("PHONE", v, "spoken")
        if R.random() < 0.5:
            c.t("c", ch(["yeah it's ", "it's ", "um "]), (say_phone(groups, uk), g))
        else:
            c.t("c", (say_phone(groups[:2], uk), g))
            c.t("a", backchannel())
            c.t("c", (say_phone(groups[2:], uk), g))
    if R.random() < 0.5:
        rb = c.val("PHONE", v, "spoken")
        c.t("a", "and that's ", (say_phone(groups, uk), rb), ", our lines are open " + ch(["eight till eight", "9am to 5:30pm", "twenty four seven"]))
    else:
        c.t("a", "great, we'll call you back within " + ch(["48 hours", "two working days", "about forty five minutes"]))


def p_email(c, chat):
    addr, f, l, num, form = make_email()
    c.t("a", ch(["what email address should we send the confirmation to", "Can you confirm your email?", "and an email address"]))
    if chat:
        g = c.val("EMAIL", addr, "typed")
        x = addr.upper() if R.random() < 0.1 else (addr[0].upper() + addr[1:] if R.random() < 0.3 else addr)
        c.groups[g]["canon"] = addr
        c.t("c", ch(["email: ", "its ", "", "e-mail "]), (x, g), ch(["", " thanks", ". order " + distractor()]))
    else:
        g = c.val("EMAIL", addr, "spoken")
        c.t("c", ch(["yeah it's ", "it's ", "okay ", "um "]), (say_email(addr, f, l, num, form), g), ch(["", ", all lower case", ", all one word"]))
    if R.random() < 0.4:
        rb = c.val("EMAIL", addr, "typed")
        c.t("a", "so I've got ", (addr, rb), ", is that right")
        c.t("c", "yes")


def p_dob(c, chat, us):
    spoken = not chat
    d = make_dob(spoken, us)
    g = c.val("DOB", d, "date")
    c.t("a", ch(["and can you confirm your date of birth", "Please enter your date of birth.", "what's the date of birth on the account"]))
    c.t("c", ch(["", "it's ", "DOB ", "born ", "uh "]), (d, g), ch(["", ", and I'm " + str(R.randrange(20, 80)) + " if that helps", ". my appointment's on the " + ch(["12th", "third"])]))
    if R.random() < 0.4:
        c.t("a", "thanks, and " + distractor())


def p_address(c, chat, us):
    spoken = not chat
    a = make_address(spoken)
    pc = make_postcode(us)
    if spoken and us:
        pc = pc[:5]
    ga = c.val("ADDRESS", a, "addr")
    gp = c.val("POSTCODE", pc, "spoken" if spoken else "typed")
    town = ch(TOWNS_US if us else TOWNS_UK)
    c.t("a", ch(["can I confirm the address", "What's the delivery address?", "and the first line of the address and the postcode"]))
    if spoken:
        pcs = say_group(pc[:5], False, ch(["s", "p"])) if us else say_alnum(pc, True, 0.35)
        c.t("c", ch(["it's ", "yeah ", ""]), (a, ga), ", " + town.lower() + ", ", (pcs, gp))
    else:
        c.t("c", (a, ga), ", " + town + ", ", (fmt_postcode(pc), gp), ch(["", " (leave with neighbour)", " - the " + ch(["A40", "M62", "I-95"]) + " end"]))
    if R.random() < 0.4:
        rb = c.val("POSTCODE", pc, "spoken" if spoken else "typed")
        c.t("a", "and that postcode again was ", (say_alnum(pc, True, 0.3) if spoken else fmt_postcode(pc), rb), "?")
        c.t("c", "yes")


# ---------------------------------------------------------------- negatives
def neg_case(c, k):
    uk = R.random() < 0.6
    cur = "\u00a3" if uk else ch(["$", "\u20ac"])
    if k == 0:
        c.t("a", "I'll give you the reference for the complaint, it's printed just under where the card number would be on the letter")
        c.t("c", "okay go on")
        g = chunks(non_luhn(16, ch("3456")), [4, 4, 4, 4])
        c.t("a", "complaint reference " + say_digits(g, uk, 0.2))
        c.t("c", "so that's not my card number, that's the reference")
        c.t("a", "that's right, the reference only")
        return "16-digit complaint reference read in card rhythm"
    if k == 1:
        g = chunks(non_luhn(16, "4"), [4, 4, 4, 4])
        c.t("c", "Order no. " + ch([" ", "-"]).join(g) + " - charged to my visa ending " + "%04d" % R.randrange(10000))
        c.t("a", "Thanks, I can see order " + "".join(g) + " was " + cur + "%d.%02d" % (R.randrange(5, 500), R.randrange(100)))
        return "card-rhythm order number plus card last four"
    if k == 2:
        s = make_ssn()
        c.t("a", "your claim number for the " + ch(["windscreen", "water damage", "travel"]) + " claim is " + s[:3] + "-" + s[3:5] + "-" + s[5:])
        c.t("c", "is that the same as my social security number")
        c.t("a", "no, it just looks like one, it's only the claim number")
        return "claim number in SSN format"
    if k == 3:
        s = make_ssn()
        c.t("c", "the ticket number they gave me was " + say_digits([s[:3], s[3:5], s[5:]], False))
        c.t("a", "mhm and that was raised on " + ch(["March 3rd", "the 14th of June", "Tuesday"]) + " at " + ch(["9:45", "half two", "14:10"]))
        return "ticket number spoken in SSN rhythm, date and time"
    if k == 4:
        n = make_ni()
        c.t("a", "your policy number is " + say_alnum(n, True, 0.5))
        c.t("c", "sorry is that my national insurance number")
        c.t("a", "no that's the policy number, it just has letters at each end")
        return "policy number in NI format, spoken"
    if k == 5:
        n = make_ni()
        c.t("c", "Policy ref: " + n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8] + " - premium went up " + str(R.randrange(3, 40)) + "%")
        c.t("a", "Thanks, the renewal premium is " + cur + "%d.%02d" % (R.randrange(200, 1500), R.randrange(100)) + " for " + ch(["12 months", "the year"]))
        return "NI-format policy ref, percentage, premium"
    if k == 6:
        l4 = "%04d" % R.randrange(10000)
        c.t("a", "is that the card ending " + say_group(l4, uk, "s"))
        c.t("c", "yeah the one ending " + say_group(l4, uk, "p") + ", expires " + ch(["next year", "soon"]))
        c.t("a", "okay, the payment of " + ch(["forty two pounds fifty", "a hundred and twelve dollars", "nineteen ninety nine"]) + " is due on the " + ch(["fifth", "twenty first"]))
        return "card last four only, amount, due date"
    if k == 7:
        c.t("c", "my meter reading is " + say_group("%05d" % R.randrange(100000), uk, "s") + " and the night one is " + say_group("%05d" % R.randrange(100000), uk, "p"))
        c.t("a", "thanks, and the meter serial is " + ch(["E", "K", "S"]) + "%02dP%05d" % (R.randrange(100), R.randrange(100000)))
        return "meter readings and serial"
    if k == 8:
        c.t("a", "your flight " + ch(["BA", "EI", "FR", "LH"]) + "%d" % R.randrange(100, 9999) + " leaves from gate " + ch(["14", "B32", "7A"]) + " at " + ch(["06:40", "quarter to seven", "18:05"]))
        c.t("c", "and I'm in seat " + ch(["14C", "thirty two A", "2F"]) + ", booking reference " + "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)))
        c.t("a", "yes and the hotel room is " + str(R.randrange(100, 999)))
        return "flight, gate, seat, booking ref, room"
    if k == 9:
        g = chunks(non_luhn(12), [4, 4, 4])
        c.t("c", "the serial number on the router is " + say_digits(g, uk) + ", model " + ch(["DX-3100", "Hub 6", "TG789"]))
        c.t("a", "lovely, it's been down " + ch(["three days", "about six hours", "since Monday"]))
        return "router serial read in digit groups, duration"
    if k == 10:
        c.t("c", "I've been a customer " + str(R.randrange(2, 30)) + " years, I'm " + str(R.randrange(20, 90)) + " years old and paying " + cur + str(R.randrange(20, 99)) + " a month")
        c.t("a", "I understand, I can offer " + str(R.randrange(5, 30)) + "% off for " + ch(["24 months", "the rest of the contract"]))
        return "tenure, age, price, percentage"
    if k == 11:
        t = non_luhn(R.randrange(13, 20))
        c.t("a", "the tracking number is " + t + ", it's with the courier on " + ch(["Station Road", "the A1", "Harbour Street"]) + " now")
        c.t("c", "okay and when is it arriving, the " + ch(["12th", "Friday", "nineteenth of May"]) + "?")
        return "long tracking number, road name, delivery date"
    if k == 12:
        inv = non_luhn(9)
        c.t("c", "invoice number " + say_digits([inv[:3], inv[3:5], inv[5:]], uk) + ", it says I owe " + cur + "%d.%02d" % (R.randrange(10, 900), R.randrange(100)))
        c.t("a", "and that invoice was dated " + ch(["the 3rd of January", "01/03/2025", "last month"]))
        return "invoice number in SSN rhythm, amount, invoice date"
    if k == 13:
        c.t("c", "the thermostat is at " + str(R.randrange(15, 26)) + " degrees and the boiler pressure is " + ch(["1.2", "one point five"]) + " bar")
        c.t("a", "an engineer can come " + ch(["Thursday between 8 and 1", "on the 22nd", "tomorrow morning"]))
        return "temperature, pressure, appointment"
    if k == 14:
        ref = non_luhn(8)
        c.t("a", "your reference number for the " + ch(["passport renewal", "tax credit claim", "benefit application"]) + " is " + say_digits(chunks(ref, [4, 4]), uk))
        c.t("c", "and how long will it take")
        c.t("a", ch(["up to ten weeks", "about 6 to 8 weeks", "twenty working days"]))
        return "government reference number, duration"
    if k == 15:
        c.t("c", "the long number on my letter, account reference " + non_luhn(16, "5") + ", is that my card number?")
        c.t("a", "no that's your patient billing reference, we don't print card numbers on letters")
        return "healthcare billing reference asked about as card"
    if k == 16:
        c.t("c", "my card ending " + "%04d" % R.randrange(10000) + " was declined for " + cur + str(R.randrange(10, 999)) + " at " + ch(["10:42", "ten past three"]) + " today")
        c.t("a", "I can see " + str(R.randrange(2, 6)) + " attempts, the card ending " + "%04d" % R.randrange(10000) + " is fine")
        return "last-four mentions, amount, time, count"
    if k == 17:
        imei = non_luhn(15, "3")
        c.t("c", "IMEI is " + ch([imei, " ".join(chunks(imei, [2, 6, 6, 1]))]) + ", and the SIM number " + non_luhn(19, "8"))
        c.t("a", "thanks, the contract ends in " + ch(["March 2027", "eighteen months"]))
        return "IMEI and SIM serial numbers, contract date"
    if k == 18:
        c.t("a", "we're open " + ch(["eight till eight weekdays", "9 to 5:30 Monday to Friday", "seven am to ten pm"]) + " and the wait is about " + ch(["twenty minutes", "5 mins"]))
        c.t("c", "okay I'll press option " + ch(["two", "4"]) + " next time, it's room " + str(R.randrange(100, 600)) + " by the way")
        return "opening hours, wait time, menu option, room"
    if k == 19:
        m = non_luhn(10, "2")
        c.t("c", "my membership number is " + say_digits(chunks(m, [3, 3, 4]), uk) + ", not my phone number")
        c.t("a", "got it, and that was renewed in " + str(R.randrange(2015, 2026)))
        return "membership number in phone rhythm, year"
    return ""


# ---------------------------------------------------------------- build
def build():
    global R
    R = random.Random(SEED)
    pos_sched = (["card_chat"] * 22 + ["card_call"] * 40 + ["card_bundle_chat"] * 8 + ["card_bundle_call"] * 10 +
                 ["ssn_chat"] * 12 + ["ssn_call"] * 16 + ["ni_chat"] * 12 + ["ni_call"] * 16 +
                 ["bank_chat"] * 7 + ["bank_call"] * 8 + ["iban_chat"] * 7 + ["iban_call"] * 6 +
                 ["phone_chat"] * 7 + ["phone_call"] * 8 + ["email_chat"] * 6 + ["email_call"] * 7 +
                 ["dob_chat"] * 6 + ["dob_call"] * 7 + ["addr_chat"] * 7 + ["addr_call"] * 7)
    R.shuffle(pos_sched)
    out = []
    for i, kind in enumerate(pos_sched):
        what, mode = kind.rsplit("_", 1)
        chat = mode == "chat"
        ind = ch(IND)
        us = ind in ("healthcare billing",) or R.random() < 0.25
        uk = not us
        c = Case("positive", "")
        if not chat:
            c.t("a", GREET[ind])
            c.t("c", ch(["hi yeah I need to ", "hiya um I want to ", "hello, I'm calling to "]) + ch(["pay my bill", "update my details", "make a payment", "sort out a refund", "set up a direct debit"]))
        if what == "card":
            p_card(c, chat, uk, False)
        elif what == "card_bundle":
            p_card(c, chat, uk, True)
        elif what == "ssn":
            p_ssn(c, chat)
        elif what == "ni":
            p_ni(c, chat)
        elif what == "bank":
            p_bank(c, chat, uk)
        elif what == "iban":
            p_iban(c, chat)
        elif what == "phone":
            p_phone(c, chat)
        elif what == "email":
            p_email(c, chat)
        elif what == "dob":
            p_dob(c, chat, us)
        elif what == "addr":
            p_address(c, chat, us)
        c.note = "%s %s, %s" % (what.replace("_", " "), "typed chat" if chat else "ASR call", ind)
        out.append(c)
    negs = []
    for j in range(110):
        c = Case("negative", "")
        k = j % 20
        ind = ch(IND)
        if R.random() < 0.5:
            c.t("a", GREET[ind])
        c.note = neg_case(c, k) + ", " + ind
        negs.append(c)
    recs = []
    for i, c in enumerate(out):
        recs.append((c, c.record("h465-pos-%03d" % (i + 1))))
    for i, c in enumerate(negs):
        recs.append((c, c.record("h465-neg-%03d" % (i + 1))))
    return recs


def dump(recs):
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for _, r in recs)


def check(recs):
    errs = []
    with open(OUT, "rb") as fh:
        if fh.read() != dump(recs).encode("utf-8"):
            errs.append("cases.jsonl differs from regenerated output")
    ids = [r["id"] for _, r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    counts = {t: 0 for t in TYPES}
    npos = nneg = 0
    for c, r in recs:
        if r["kind"] == "negative":
            nneg += 1
            if r["spans"]:
                errs.append(r["id"] + ": negative with spans")
        else:
            npos += 1
            if not r["spans"]:
                errs.append(r["id"] + ": positive without spans")
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(r["id"] + ": bad speaker")
        last = {}
        for s in r["spans"]:
            counts[s["type"]] += 1
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: span out of range" % r["id"])
                continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()):
                errs.append("%s: span %r not starting/ending on letter/digit" % (r["id"], txt[a:b]))
            if (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], txt[a:b]))
            if s["turn"] in last and a < last[s["turn"]]:
                errs.append("%s: overlapping spans" % r["id"])
            last[s["turn"]] = b
        # value validation per group
        for gid, g in enumerate(c.groups):
            parts = [c.turns[ti][1][a:b] for ti, a, b, _, gg in sorted(c.spans) if gg == gid]
            joined = " ".join(parts)
            if not parts:
                errs.append("%s: empty group" % r["id"])
                continue
            if g["partial"]:
                n = norm_spoken(joined)
                if n != g["canon"]:
                    errs.append("%s: partial %r != %r" % (r["id"], n, g["canon"]))
                continue
            mode = g["mode"]
            canon = g["canon"]
            if g["type"] in ("DOB", "EXPIRY", "ADDRESS"):
                canon = None
            try:
                e = validate(g["type"], canon, joined, "spoken" if mode == "spoken" else "typed")
            except ValueError as ex:
                e = str(ex)
            if e:
                errs.append("%s: %s %r: %s" % (r["id"], g["type"], joined, e))
    mins = dict((t, 10) for t in TYPES)
    mins.update({"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30})
    for t, m in mins.items():
        if counts[t] < m:
            errs.append("only %d %s spans (need %d)" % (counts[t], t, m))
    if npos < 200 or nneg < 100:
        errs.append("need >=200 positives and >=100 negatives (have %d/%d)" % (npos, nneg))
    return errs, counts, npos, nneg


def main():
    recs = build()
    if "--check" in sys.argv:
        errs, counts, npos, nneg = check(recs)
        for e in errs[:60]:
            print("ERROR", e)
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, counts[t]))
        print("CHECK FAILED (%d errors)" % len(errs) if errs else "CHECK OK")
        sys.exit(1 if errs else 0)
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(dump(recs))
    print("wrote %d cases to %s" % (len(recs), OUT))


if __name__ == "__main__":
    main()

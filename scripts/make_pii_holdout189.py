#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set h189 (UK/IE emphasis).

Written by an AI helper acting as an independent author that did not see the
redaction code. Standard library only. Output is byte-for-byte reproducible.

    python scripts/make_pii_holdout189.py          # write fixture + README
    python scripts/make_pii_holdout189.py --check  # regenerate and verify
"""
import json
import os
import random
import re
import sys
import datetime

SEED = 189241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout189")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MIN_SPANS = {t: 12 for t in TYPES}
MIN_SPANS.update({"CARD_NUMBER": 30, "NI_NUMBER": 30, "SSN": 30})

R = random.Random(SEED)

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
        8: "eighty", 9: "ninety"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
PHON = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta", "E": "echo",
        "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet", "K": "kilo",
        "L": "lima", "M": "mike", "N": "november", "P": "papa", "R": "romeo",
        "S": "sierra", "T": "tango", "W": "whiskey", "X": "x-ray", "Y": "yankee",
        "Z": "zulu"}
FOLK = {"A": "apple", "B": "bob", "C": "charlie", "D": "david", "E": "edward",
        "H": "harry", "J": "john", "K": "king", "L": "london", "M": "mother",
        "N": "nellie", "P": "peter", "R": "robert", "S": "sugar", "T": "tommy",
        "W": "william", "X": "xmas", "Y": "yellow", "Z": "zebra", "G": "george"}


# ---------------------------------------------------------------- spoken forms
def zero_word():
    return R.choice(["zero", "oh", "oh", "o", "nought"])


def say_pair(p, z):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return z + " " + UNITS[b] if b else "double " + z
    if a == 1:
        return TEENS[b]
    return TENS[a] + ("" if b == 0 else " " + UNITS[b])


def say_digits(ds, mode=None):
    """Spoken rendering of a digit string. mode: single, doubles, pairs, mixed."""
    if mode is None:
        mode = R.choice(["single", "single", "doubles", "pairs", "mixed"])
    z = zero_word()
    w = lambda d: z if d == "0" else UNITS[int(d)]
    out = []
    if mode == "single":
        return " ".join(w(d) for d in ds)
    if mode == "pairs":
        i = 0
        if len(ds) % 2:
            out.append(w(ds[0]))
            i = 1
        while i < len(ds):
            out.append(say_pair(ds[i:i + 2], z))
            i += 2
        return " ".join(out)
    i = 0
    while i < len(ds):
        d = ds[i]
        run = 1
        while i + run < len(ds) and ds[i + run] == d and run < 3:
            run += 1
        if mode == "mixed" and i + 1 < len(ds) and run == 1 and ds[i] != "0" and ds[i + 1] != "0" and R.random() < 0.4:
            out.append(say_pair(ds[i:i + 2], z))
            i += 2
            continue
        if run == 3:
            out.append("triple " + w(d))
        elif run == 2:
            out.append("double " + w(d))
        else:
            out.append(w(d))
        i += run
    return " ".join(out)


def say_letter(ch, style=None):
    if style is None:
        style = R.choice(["plain", "plain", "phon", "folk", "asin"])
    lc = ch.lower()
    if ch == "O":
        return R.choice(["o for oscar", "o as in oscar", "o for orange"])
    if style == "phon" and ch in PHON:
        return "%s for %s" % (lc, PHON[ch])
    if style == "folk" and ch in FOLK:
        return "%s for %s" % (lc, FOLK[ch])
    if style == "asin" and ch in PHON:
        return "%s as in %s" % (lc, PHON[ch])
    return lc


def say_alnum(s, dmode="single"):
    parts, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                parts.append(say_digits(buf, dmode))
                buf = ""
            parts.append(say_letter(ch))
    if buf:
        parts.append(say_digits(buf, dmode))
    return " ".join(parts)


def say_num(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say_ord(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS[n // 10] + " " + ORD[n % 10]


def say_year(y):
    if y < 2000:
        return "nineteen " + say_pair(str(y)[2:], "oh")
    return "twenty " + say_pair(str(y)[2:], "oh")


# ---------------------------------------------------------------- normaliser
WORDNUM = {u: str(i) for i, u in enumerate(UNITS)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEENNUM = {t: str(10 + i) for i, t in enumerate(TEENS)}
TENNUM = {v: k for k, v in TENS.items()}
ORDNUM = {o: i for i, o in enumerate(ORD) if o}
ORDNUM["thirtieth"] = 30
MONNUM = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
MONNUM.update({m[:3]: v for m, v in list(MONNUM.items())})
FILLER = {"um", "uh", "er", "erm", "sorry", "and", "the", "of", "its", "it", "s",
          "thats", "is", "plus", "then", "like", "yeah", "hang", "on", "dash",
          "space", "st", "nd", "rd", "th", "slash"}


def normalise(text, letters=True):
    toks = re.findall(r"[a-z0-9]+", text.lower().replace("x-ray", "xray"))
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if any(c.isdigit() for c in t):
            m = re.fullmatch(r"(\d+)(st|nd|rd|th)", t)
            out.append(m.group(1) if m else t.upper())
        elif t in ("double", "triple") and nxt in WORDNUM:
            out.append(WORDNUM[nxt] * (2 if t == "double" else 3))
            i += 1
        elif t in TENNUM:
            if nxt in WORDNUM and WORDNUM[nxt] != "0" and nxt not in ("o", "oh", "nought"):
                out.append(str(TENNUM[t]) + WORDNUM[nxt])
                i += 1
            elif nxt in ORDNUM and ORDNUM[nxt] < 10:
                out.append(str(TENNUM[t]) + str(ORDNUM[nxt]))
                i += 1
            else:
                out.append(str(TENNUM[t] * 10))
        elif t in TEENNUM:
            out.append(TEENNUM[t])
        elif t in ORDNUM:
            out.append(str(ORDNUM[t]))
        elif t in MONNUM:
            out.append(MONNUM[t])
        elif letters and len(t) == 1 and t.isalpha() and (t != "o" or nxt in ("for", "as")):
            out.append(t.upper())
            if nxt == "for":
                i += 2
            elif nxt == "as" and i + 2 < len(toks) and toks[i + 2] == "in":
                i += 3
        elif t in WORDNUM:
            out.append(WORDNUM[t])
        elif t in FILLER:
            pass
        elif letters and t.isalpha() and len(t) <= 4:
            out.append(t.upper())
        else:
            out.append("?" + t)
        i += 1
    return "".join(out)


# ---------------------------------------------------------------- value makers
def luhn_ok(s):
    tot = 0
    for i, d in enumerate(reversed(s)):
        n = int(d)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return tot % 10 == 0


def make_card(kind=None):
    kind = kind or R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        pre, ln = "4" + str(R.randint(0, 9)), 16
    elif kind == "mc":
        pre, ln = "5" + str(R.randint(1, 5)), 16
    elif kind == "amex":
        pre, ln = R.choice(["34", "37"]), 15
    else:
        pre, ln = "6011", 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def group_card(c, sep=" "):
    if len(c) == 15:
        return sep.join([c[:4], c[4:10], c[10:]])
    return sep.join(c[i:i + 4] for i in range(0, len(c), 4))


def digits(n, first_nonzero=False):
    s = "".join(str(R.randint(0, 9)) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban(country=None):
    country = country or R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "FR"])
    if country in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"] if country == "GB"
                        else ["AIBK", "BOFI", "IPBS", "ULSB"])
        bban = bank + digits(6) + digits(8)
    elif country == "DE":
        bban = digits(18)
    elif country == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(23)
    return country + iban_check(country, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "L", "G", "EH", "CF", "BT", "NE",
            "BS", "NG", "S", "CR", "KT", "RG", "OX", "CB", "YO", "PL", "EX", "BN", "TN"]
IN_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_postcode():
    a = R.choice(UK_AREAS)
    out = a + str(R.randint(1, 20 if len(a) == 1 else 9))
    if a in ("SW", "W", "E") and R.random() < 0.2:
        out = a + "1" + R.choice("ACPHW")
    return out + " " + str(R.randint(0, 9)) + R.choice(IN_LET) + R.choice(IN_LET)


EIR_ROUTING = ["D02", "D04", "D06", "D08", "D12", "D15", "D24", "A94", "T12", "H91",
               "V94", "X91", "W23", "K78", "A96", "R95", "F94", "P31"]
EIR_CH = "ACDEFHKNPRTVWXY0123456789"


def make_eircode():
    return R.choice(EIR_ROUTING) + " " + R.choice("ACDEFHKNPRTVWXY") + "".join(
        R.choice(EIR_CH) for _ in range(3))


UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
EIR_RE = re.compile(r"[ACDEFHKNPRTVWXY]\d[\dW][ACDEFHKNPRTVWXY0-9]{4}")


def make_phone(kind=None):
    """returns (canonical digits, typed form, prefix_text_for_plus)"""
    kind = kind or R.choice(["ukmob", "ukmob", "ukland", "ukintl", "iemob", "iemob",
                             "ieintl", "ieland", "us"])
    if kind == "ukmob":
        d = "07" + str(R.randint(4, 9)) + digits(8)
        return d, R.choice([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if kind == "ukland":
        d = R.choice(["0161", "0113", "0121", "0131", "0141", "0117", "0151"]) + digits(7, True)
        return d, R.choice([d[:4] + " " + d[4:7] + " " + d[7:], d])
    if kind == "ukintl":
        d = "447" + str(R.randint(4, 9)) + digits(8)
        return d, d[:2] + " " + d[2:6] + " " + d[6:]
    if kind == "iemob":
        d = "08" + R.choice("35679") + digits(7, True)
        return d, R.choice([d[:3] + " " + d[3:6] + " " + d[6:], d[:3] + "-" + d[3:], d])
    if kind == "ieintl":
        d = "3538" + R.choice("35679") + digits(7, True)
        return d, d[:3] + " " + d[3:5] + " " + d[5:8] + " " + d[8:]
    if kind == "ieland":
        d = "01" + digits(7, True)
        return d, d[:2] + " " + d[2:5] + " " + d[5:]
    d = str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) + digits(6)
    return d, R.choice([d[:3] + "-" + d[3:6] + "-" + d[6:], d[:3] + "." + d[3:6] + "." + d[6:]])


FIRST = ["sarah", "james", "aoife", "ciaran", "priya", "tom", "niamh", "david", "emma",
         "sean", "olivia", "mohammed", "grace", "liam", "chloe", "patrick", "fiona",
         "rhys", "siobhan", "kwame", "hannah", "oisin", "megan", "darragh"]
LAST = ["murphy", "kelly", "walsh", "smith", "jones", "patel", "obrien", "byrne",
        "taylor", "evans", "doyle", "campbell", "khan", "hughes", "ryan", "brennan",
        "wilson", "thompson", "mccarthy", "lynch"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.ie", "eircom.net",
           "btinternet.com", "icloud.com", "live.ie", "sky.com"]


def make_email():
    f, l, dom = R.choice(FIRST), R.choice(LAST), R.choice(DOMAINS)
    user = R.choice([f + "." + l, f[0] + l, f + l + str(R.randint(1, 99)), f + "_" + l,
                     l + f[0] + str(R.randint(70, 99))])
    return user, dom


def say_email(user, dom):
    def sp(part):
        toks = []
        for piece in re.split(r"([._])", part):
            if piece == ".":
                toks.append("dot")
            elif piece == "_":
                toks.append("underscore")
            elif piece:
                m = re.fullmatch(r"([a-z]+)(\d*)", piece)
                if len(m.group(1)) == 1:
                    toks.append(m.group(1))
                else:
                    toks.append(m.group(1))
                if m.group(2):
                    toks.append(say_digits(m.group(2), "pairs"))
        return " ".join(toks)
    return sp(user) + " at " + sp(dom)


STREETS = ["acacia avenue", "church road", "station road", "victoria street", "high street",
           "mill lane", "park terrace", "the crescent", "kingsway", "main street",
           "oak drive", "castle view", "seaview park", "orchard close", "beech grove",
           "college green", "meadow way", "abbey road", "harbour row", "clarendon road"]


def make_street():
    s = R.choice(STREETS)
    if s in ("the crescent", "kingsway"):
        s = R.choice(["elm crescent", "river way"])
    return R.randint(1, 199), s


STREET_WORDS = ("avenue", "road", "street", "lane", "terrace", "crescent", "drive",
                "view", "park", "close", "grove", "green", "way", "row", "rd", "st", "ave")


def title(s):
    return " ".join(w.capitalize() for w in s.split())


# ---------------------------------------------------------------- case builder
class Builder:
    def __init__(self):
        self.cases = []
        self.groups = {}
        self.gid = 0
        self.problems = []

    def new_group(self, typ, canon):
        self.gid += 1
        self.groups[self.gid] = (typ, canon)
        return self.gid

    def add(self, kind, note, turns):
        pfx = "h189-pos-" if kind == "positive" else "h189-neg-"
        cid = pfx + "%03d" % (1 + sum(1 for c in self.cases if c["kind"] == kind))
        out_turns, spans, gspans = [], [], []
        for ti, (spk, segs) in enumerate(turns):
            text = ""
            if isinstance(segs, str):
                segs = [segs]
            for seg in segs:
                if isinstance(seg, str):
                    text += seg
                else:
                    val, typ, g = seg
                    s = len(text)
                    text += val
                    spans.append({"turn": ti, "start": s, "end": len(text), "type": typ})
                    gspans.append((g, val))
            out_turns.append({"speaker": spk, "text": text})
        if kind == "negative" and spans:
            self.problems.append(cid + ": negative with spans")
        # validate groups
        seen = {}
        for g, val in gspans:
            seen.setdefault(g, []).append(val)
        for g, vals in seen.items():
            typ, canon = self.groups[g]
            err = validate(typ, canon, " ".join(vals))
            if err:
                self.problems.append("%s: %s %r: %s" % (cid, typ, " ".join(vals), err))
        self.cases.append({"id": cid, "kind": kind, "turns": out_turns,
                           "spans": spans, "note": note})


def validate(typ, canon, rendered):
    n = normalise(rendered, letters=typ in ("NI_NUMBER", "IBAN", "POSTCODE"))
    if typ == "CARD_NUMBER":
        if not (13 <= len(canon) <= 19 and luhn_ok(canon)):
            return "bad canonical card"
        return None if n == canon else "normalised %s" % n
    if typ in ("CVV", "SSN", "SORT_CODE", "BANK_ACCOUNT", "PHONE"):
        need = {"CVV": (3, 4), "SSN": (9, 9), "SORT_CODE": (6, 6),
                "BANK_ACCOUNT": (8, 12), "PHONE": (9, 13)}[typ]
        if not (n == canon and n.isdigit() and need[0] <= len(n) <= need[1]):
            return "normalised %s (canon %s)" % (n, canon)
        if typ == "SSN" and (n[:3] in ("000", "666") or n[0] == "9"):
            return "bad ssn area"
        return None
    if typ == "EXPIRY":
        mm, yy = canon[:2], canon[2:]
        if not (1 <= int(mm) <= 12):
            return "bad month"
        ok = {mm + yy, mm + "20" + yy, str(int(mm)) + yy, str(int(mm)) + "20" + yy}
        return None if n in ok else "normalised %s" % n
    if typ == "NI_NUMBER":
        if not re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]", n) or n != canon:
            return "normalised %s (canon %s)" % (n, canon)
        return None
    if typ == "IBAN":
        return None if (n == canon and iban_ok(n)) else "normalised %s" % n
    if typ == "POSTCODE":
        c = canon.replace(" ", "")
        if n != c:
            return "normalised %s (canon %s)" % (n, c)
        if UK_PC_RE.fullmatch(c) or EIR_RE.fullmatch(c) or re.fullmatch(r"\d{5}(\d{4})?", c):
            return None
        return "bad postcode shape"
    if typ == "EMAIL":
        if "@" in rendered and re.search(r"@[\w-]+\.\w", rendered):
            return None
        if re.search(r"\bat\b", rendered) and re.search(r"\bdot\b", rendered):
            return None
        return "not an email"
    if typ == "DOB":
        d = datetime.date(*canon)
        oks = set()
        for dd in ("%02d" % d.day, str(d.day)):
            for y in (str(d.year), str(d.year)[2:]):
                oks.add(dd + "%02d" % d.month + y)
                oks.add("%02d" % d.month + dd + y)
                oks.add(str(d.month) + dd + y)
                oks.add(dd + str(d.month) + y)
        return None if n in oks else "normalised %s" % n
    if typ == "ADDRESS":
        low = rendered.lower()
        if not any(re.search(r"\b%s\b" % w, low) for w in STREET_WORDS):
            return "no street word"
        if not re.match(r"^(\d+|[a-z]+)", low):
            return "no number"
        return None
    return "unknown type"


B = Builder()


def V(typ, canon, render):
    return (render, typ, B.new_group(typ, canon))


def A(text):
    return ("agent", text)


def C(*segs):
    return ("customer", list(segs))


def AG(*segs):
    return ("agent", list(segs))


BACK = ["mhm", "okay", "yep", "go on", "okay go on", "right", "yeah", "uh huh", "got it"]


# ---------------------------------------------------------------- positive templates
def p_card_chat():
    c = make_card()
    form = R.choice(["sp", "dash", "none", "odd"])
    if form == "sp":
        r = group_card(c)
    elif form == "dash":
        r = group_card(c, "-")
    elif form == "none":
        r = c
    else:
        r = c[:6] + " " + c[6:12] + " " + c[12:]
    amt = "£%d.%02d" % (R.randint(5, 400), R.randint(0, 99))
    ind = R.choice(["retail", "telecom", "utilities", "travel"])
    pre = R.choice(["card number: ", "its ", "pls use ", "card no ", "ok the long number is "])
    return ("chat/%s: card typed (%s grouping) next to an amount" % (ind, form), [
        A("I can take a payment of %s today, could you type the card number?" % amt),
        C(pre, V("CARD_NUMBER", c, r), R.choice(["", " thanks", " - its a debit card",
                                                  ". exp is on the back"]))])


def p_card_spoken():
    c = make_card()
    mode = R.choice(["single", "doubles", "pairs", "mixed"])
    ind = R.choice(["utilities", "telecom", "insurance", "banking", "retail"])
    exp = "%02d%02d" % (R.randint(1, 12), R.randint(25, 31))
    cvv = digits(4 if len(c) == 15 else 3)
    er = R.choice([say_digits(exp, "pairs"), MONTHS[int(exp[:2]) - 1] + " " + say_num(int(exp[2:])),
                   say_digits(exp, "single"), MONTHS[int(exp[:2]) - 1] + " twenty " + say_num(int(exp[2:]))])
    return ("call/%s: card read in one turn (%s), then expiry and cvv" % (ind, mode), [
        A("right so for the payment today of %s pounds can i have the long number on the card" % say_num(R.randint(20, 99))),
        C(R.choice(["yeah its ", "okay so ", "um ", "right "]), V("CARD_NUMBER", c, say_digits(c, mode))),
        A("lovely and the expiry date"),
        C(R.choice(["", "its ", "expires "]), V("EXPIRY", exp, er)),
        A("and the three digit security code on the back" if len(cvv) == 3 else "and the four digit code on the front"),
        C(V("CVV", cvv, say_digits(cvv, "single")))])


def p_card_split():
    c = make_card(R.choice(["visa", "mc", "disc"]))
    parts = [c[i:i + 4] for i in range(0, 16, 4)]
    mode = R.choice(["single", "doubles", "pairs"])
    ind = R.choice(["insurance", "utilities", "travel", "telecom", "retail"])
    turns = [A("okay whenever youre ready with the card number")]
    for i, p in enumerate(parts):
        g = B.new_group("CARD_NUMBER", c) if i == 0 else g
        pre = R.choice(["", "", "um ", "its ", "then "]) if i else R.choice(["right ", "okay ", ""])
        turns.append(C(pre, (say_digits(p, mode), "CARD_NUMBER", g),
                       R.choice(["", "", " sorry", " yeah"])))
        if i < 3:
            turns.append(A(R.choice(BACK)))
    return ("call/%s: card split across four customer turns (%s) with back-channels" % (ind, mode), turns)


def p_card_readback():
    c = make_card("visa")
    ind = R.choice(["banking", "travel", "retail"])
    r1 = say_digits(c, "single")
    r2 = say_digits(c, R.choice(["pairs", "doubles"]))
    return ("call/%s: card given then agent reads it back in a different spoken form" % ind, [
        A("can i take the card number please"),
        C(V("CARD_NUMBER", c, r1)),
        AG("thank you so thats ", V("CARD_NUMBER", c, r2), " is that right"),
        C("yes thats it and the booking is for %s nights" % say_num(R.randint(2, 9)))])


def p_card_cvv_chat():
    c = make_card()
    cvv = digits(4 if len(c) == 15 else 3)
    exp = "%02d%02d" % (R.randint(1, 12), R.randint(25, 30))
    er = R.choice([exp[:2] + "/" + exp[2:], exp[:2] + "/20" + exp[2:], exp[:2] + "-" + exp[2:]])
    return ("chat/retail: card, expiry and cvv in one typed message", [
        A("To complete the order please send the card details."),
        C(V("CARD_NUMBER", c, group_card(c)), " exp ", V("EXPIRY", exp, er), " cvv ",
          V("CVV", cvv, cvv), R.choice(["", " - order total £%d.99" % R.randint(10, 90)]))])


def ni_typed(ni):
    f = R.choice(["sp", "none", "lower", "lowsp", "dash", "mixed"])
    if f == "sp":
        return ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8]
    if f == "none":
        return ni
    if f == "lower":
        return ni.lower()
    if f == "lowsp":
        return (ni[:2] + " " + ni[2:8] + " " + ni[8]).lower()
    if f == "dash":
        return ni[:2] + "-" + ni[2:4] + "-" + ni[4:6] + "-" + ni[6:8] + "-" + ni[8]
    return ni[0] + ni[1].lower() + ni[2:]


def ni_spoken(ni):
    mode = R.choice(["single", "pairs", "doubles"])
    st = R.choice(["plain", "phon", "folk", "asin", "mix"])
    L = lambda ch: say_letter(ch, None if st == "mix" else st)
    return " ".join([L(ni[0]), L(ni[1]), say_digits(ni[2:8], mode), L(ni[8])])


def p_ni_chat():
    ni = make_ni()
    ctx = R.choice(["government services", "payroll", "benefits", "pensions", "banking"])
    return ("chat/%s: UK NI number typed" % ctx, [
        A("Could you confirm your National Insurance number please?"),
        C(R.choice(["sure its ", "NI no: ", "", "it's ", "yep "]), V("NI_NUMBER", ni, ni_typed(ni)),
          R.choice(["", " thanks", " i think", " (from my payslip)"]))])


def p_ni_call():
    ni = make_ni()
    ctx = R.choice(["government services", "pensions", "HMRC-style tax line", "benefits", "payroll"])
    return ("call/%s: NI number spoken with letters (phonetic/plain)" % ctx, [
        A("and can i take your national insurance number"),
        C(R.choice(["yeah its ", "right its ", "um ", "okay "]), V("NI_NUMBER", ni, ni_spoken(ni)))])


def p_ni_split():
    ni = make_ni()
    g = B.new_group("NI_NUMBER", ni)
    st = R.choice(["plain", "phon", "folk"])
    return ("call/benefits: NI number split over customer turns with agent prompts", [
        A("whats your national insurance number"),
        C(R.choice(["its ", "okay "]), (say_letter(ni[0], st) + " " + say_letter(ni[1], st), "NI_NUMBER", g)),
        A(R.choice(BACK)),
        C((say_digits(ni[2:8], R.choice(["pairs", "single"])), "NI_NUMBER", g)),
        A("and the letter at the end"),
        C((say_letter(ni[8], st), "NI_NUMBER", g), R.choice(["", " i think", " yeah"]))])


def p_ni_dob():
    ni = make_ni()
    d = datetime.date(R.randint(1950, 1999), R.randint(1, 12), R.randint(1, 28))
    dr = "the %s of %s %s" % (say_ord(d.day), MONTHS[d.month - 1], say_year(d.year))
    dr = dr[4:] if R.random() < 0.4 else dr
    return ("call/pensions: security check NI then date of birth", [
        A("for security can i take your national insurance number and date of birth"),
        C("yeah national insurance is ", V("NI_NUMBER", ni, ni_spoken(ni)),
          " and my birthday is ", V("DOB", (d.year, d.month, d.day), dr))])


def p_ni_readback():
    ni = make_ni()
    return ("call/government services: NI given, agent reads back with phonetics", [
        A("national insurance number please"),
        C(V("NI_NUMBER", ni, ni_spoken(ni))),
        AG("thats ", V("NI_NUMBER", ni, " ".join([say_letter(ni[0], "phon"), say_letter(ni[1], "phon"),
                                                   say_digits(ni[2:8], "pairs"), say_letter(ni[8], "phon")])),
           " yeah"),
        C("yes thats right")])


def ssn_typed(s):
    return R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:]])


def p_ssn_chat():
    s = make_ssn()
    ind = R.choice(["banking", "insurance", "healthcare billing", "government services"])
    return ("chat/%s: US SSN typed" % ind, [
        A("To verify your identity I'll need your Social Security number."),
        C(R.choice(["ok ", "SSN ", "its ", ""]), V("SSN", s, ssn_typed(s)))])


def p_ssn_call():
    s = make_ssn()
    ind = R.choice(["banking", "healthcare billing", "insurance", "telecom"])
    mode = R.choice(["single", "doubles", "mixed"])
    return ("call/%s: US SSN spoken (%s)" % (ind, mode), [
        A("can you give me your social security number"),
        C(R.choice(["sure its ", "yeah ", "um okay "]), V("SSN", s, say_digits(s, mode)))])


def p_ssn_split():
    s = make_ssn()
    g = B.new_group("SSN", s)
    return ("call/healthcare billing: SSN said in 3-2-4 chunks over turns", [
        A("and the social"),
        C((say_digits(s[:3]), "SSN", g)),
        A(R.choice(BACK)),
        C((say_digits(s[3:5]), "SSN", g)),
        A(R.choice(BACK)),
        C((say_digits(s[5:]), "SSN", g), " and i owe %s dollars on the bill" % say_num(R.randint(20, 99)))])


def p_ssn_last4_full():
    s = make_ssn()
    z = "%05d" % R.randint(10000, 99999)
    return ("call/insurance: SSN plus ZIP code in the same turn", [
        A("i need your social and the zip code on the policy"),
        C("social is ", V("SSN", s, say_digits(s, "single")), " and zip ", V("POSTCODE", z, say_digits(z, "single")))])


def p_sort_acct_call():
    sc, ac = digits(6), digits(8)
    bank = R.choice(["banking", "utilities direct debit", "insurance direct debit", "payroll"])
    scr = R.choice([say_digits(sc, "pairs"), say_digits(sc, "single"), say_digits(sc, "doubles")])
    return ("call/%s: sort code then account number spoken" % bank, [
        A("whats the sort code"),
        C(V("SORT_CODE", sc, scr)),
        A(R.choice(["and the account number", "lovely and the eight digit account number"])),
        C(R.choice(["", "its ", "um "]), V("BANK_ACCOUNT", ac, say_digits(ac, R.choice(["single", "doubles", "mixed"]))))])


def p_sort_acct_chat():
    sc, ac = digits(6), digits(8)
    scr = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
    return ("chat/banking: sort code and account typed together", [
        A("Please provide the sort code and account number for the direct debit."),
        C(R.choice(["sort code ", "SC: ", "s/c "]), V("SORT_CODE", sc, scr),
          R.choice([" acc ", " account no. ", ", account "]), V("BANK_ACCOUNT", ac, ac))])


def p_acct_split():
    ac = digits(8)
    g = B.new_group("BANK_ACCOUNT", ac)
    return ("call/banking: account number split in two halves", [
        A("and your account number"),
        C((say_digits(ac[:4]), "BANK_ACCOUNT", g)),
        A(R.choice(BACK)),
        C((say_digits(ac[4:]), "BANK_ACCOUNT", g))])


def p_iban_chat():
    ib = make_iban()
    r = R.choice([group4(ib), ib, group4(ib).lower()])
    return ("chat/banking: %s IBAN typed for refund" % ib[:2], [
        A("For the refund of €%d.%02d we need your IBAN." % (R.randint(10, 500), R.randint(0, 99))),
        C(R.choice(["IBAN: ", "its ", "here: "]), V("IBAN", ib, r))])


def p_iban_call():
    ib = make_iban(R.choice(["IE", "IE", "GB"]))
    return ("call/utilities: %s IBAN read out, bank code letters spelled" % ib[:2], [
        A("can you read me the iban"),
        C("okay its ", V("IBAN", ib, say_alnum(ib, R.choice(["single", "pairs"]))))])


def p_phone_chat():
    d, typed = make_phone()
    plus = "+" if d.startswith(("44", "353")) or (len(d) == 11 and d[0] == "1") else ""
    return ("chat/telecom: phone typed", [
        A("What's the best contact number?"),
        C(R.choice(["", "call me on ", "mob: ", "its "]), plus, V("PHONE", d, typed),
          R.choice(["", " after 6pm", " thx"]))])


def p_phone_call():
    d, _ = make_phone(R.choice(["ukmob", "iemob", "ukland", "ieintl", "ukintl"]))
    mode = R.choice(["single", "doubles", "mixed"])
    r = say_digits(d, mode)
    if d.startswith(("44", "353")):
        r = "plus " + r
    ind = R.choice(["telecom", "utilities", "insurance", "healthcare billing"])
    return ("call/%s: phone spoken (%s)" % (ind, mode), [
        A("and a good contact number for you"),
        C(R.choice(["yeah its ", "", "its "]), V("PHONE", d, r))])


def p_phone_correction():
    d1, _ = make_phone("ukmob")
    d2 = d1[:-2] + digits(2)
    while d2 == d1:
        d2 = d1[:-2] + digits(2)
    return ("call/telecom: phone read, caller corrects by repeating whole number", [
        A("whats your mobile"),
        C(V("PHONE", d1, say_digits(d1, "single")), " no sorry ", V("PHONE", d2, say_digits(d2, "doubles")))])


def p_phone_split():
    d, _ = make_phone("iemob")
    g = B.new_group("PHONE", d)
    return ("call/utilities IE: mobile split 3-3-4 across turns", [
        A("number to call you back on"),
        C((say_digits(d[:3]), "PHONE", g)),
        A(R.choice(BACK)),
        C((say_digits(d[3:6]), "PHONE", g)),
        A(R.choice(BACK)),
        C((say_digits(d[6:], R.choice(["pairs", "single"])), "PHONE", g))])


def p_email():
    u, dom = make_email()
    if R.random() < 0.5:
        return ("chat/retail: email typed", [
            A("What email should the receipt go to?"),
            C(R.choice(["", "its ", "email: "]), V("EMAIL", u + "@" + dom, u + "@" + dom))])
    return ("call/telecom: email spelled out by ASR (dot/at words)", [
        A("whats the email address on the account"),
        C(R.choice(["its ", "yeah ", ""]), V("EMAIL", u + "@" + dom, say_email(u, dom)))])


def p_dob():
    d = datetime.date(R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28))
    f = R.choice(["typed_uk", "typed_words", "spoken", "spoken2", "us"])
    if f == "typed_uk":
        r = "%02d/%02d/%d" % (d.day, d.month, d.year)
    elif f == "typed_words":
        r = "%d %s %d" % (d.day, MONTHS[d.month - 1].capitalize(), d.year)
    elif f == "spoken" and d.year < 2000:
        r = "%s of %s %s" % (say_ord(d.day), MONTHS[d.month - 1], say_year(d.year))
    elif f == "us":
        r = "%s %d, %d" % (MONTHS[d.month - 1].capitalize(), d.day, d.year)
    else:
        r = "%s %s %s" % (say_digits("%02d" % d.day, "single"), say_digits("%02d" % d.month, "single"),
                          say_digits(str(d.year), "pairs"))
    ch = "chat" if f in ("typed_uk", "typed_words", "us") else "call"
    return ("%s/insurance: date of birth (%s) with another date nearby" % (ch, f), [
        A("can i confirm your date of birth" if ch == "call" else "Can you confirm your date of birth?"),
        C(R.choice(["", "its ", "born "]), V("DOB", (d.year, d.month, d.day), r),
          R.choice(["", " and the policy started on the %s of %s" % (say_ord(R.randint(1, 28)), R.choice(MONTHS))]))])


def p_postcode():
    k = R.choice(["uk", "uk", "eir", "zip"])
    pc = make_uk_postcode() if k == "uk" else make_eircode() if k == "eir" else "%05d" % R.randint(1000, 99999)
    if R.random() < 0.5:
        r = R.choice([pc, pc.lower(), pc.replace(" ", "")])
        return ("chat/retail: %s postcode typed" % k, [
            A("What's the postcode for delivery?"), C(R.choice(["", "its ", "pc "]), V("POSTCODE", pc, r))])
    r = say_alnum(pc.replace(" ", ""), R.choice(["single", "single"]))
    return ("call/utilities: %s postcode spoken with letters" % k, [
        A("and your postcode" if k != "zip" else "and the zip"),
        C(R.choice(["its ", "yeah ", ""]), V("POSTCODE", pc, r))])


def p_address():
    n, st = make_street()
    if R.random() < 0.6:
        pc = make_uk_postcode()
        town = R.choice(["leeds", "bristol", "manchester", "cardiff", "belfast", "reading", "york"])
    else:
        pc = make_eircode()
        town = R.choice(["cork", "galway", "swords", "limerick", "naas", "dundalk", "waterford"])
    if R.random() < 0.5:
        addr = "%d %s" % (n, title(st))
        return ("chat/retail: street address and postcode typed", [
            A("What's the delivery address?"),
            C(V("ADDRESS", n, addr), ", %s, " % title(town), V("POSTCODE", pc, pc))])
    nr = say_num(n) if n < 100 else say_digits(str(n), "single")
    return ("call/utilities: street address then postcode spoken", [
        A("whats the first line of the address"),
        C(R.choice(["its ", "", "um "]), V("ADDRESS", n, nr + " " + st), " in " + town),
        A("and the postcode"),
        C(V("POSTCODE", pc, say_alnum(pc.replace(" ", ""))))])


def p_mixed_uk_dd():
    sc, ac = digits(6), digits(8)
    ref = digits(7)
    return ("call/utilities: direct debit setup with customer reference number (not PII) near bank details", [
        A("your customer reference is %s and ill set up the direct debit for %s pounds a month" % (
            say_digits(ref, "single"), say_num(R.randint(30, 99)))),
        C("okay sort code ", V("SORT_CODE", sc, say_digits(sc, "pairs")), " account ",
          V("BANK_ACCOUNT", ac, say_digits(ac, "single")))])


def p_phone_email_chat():
    d, typed = make_phone(R.choice(["ukmob", "iemob"]))
    u, dom = make_email()
    return ("chat/travel: phone and email in one message with a booking ref", [
        A("Can you confirm your contact details for booking ref %s?" % (
            R.choice("ABCDEFGHJK") + R.choice("LMNPQRSTUV") + digits(4))),
        C(V("PHONE", d, typed), " / ", V("EMAIL", u + "@" + dom, u + "@" + dom))])


def p_ni_filler():
    ni = make_ni()
    pol = digits(8, True)
    a = say_letter(ni[0], "phon") + " " + say_letter(ni[1], "phon")
    b = say_digits(ni[2:4], "pairs") + " um " + say_digits(ni[4:6], "pairs") + " " + R.choice(["er ", "sorry ", ""]) + say_digits(ni[6:8], "pairs")
    return ("call/insurance UK: NI with fillers inside the reading, policy number (not PII) in the same call", [
        A("i have your policy %s here can i take your national insurance number" % say_digits(pol, "single")),
        C("yeah hang on its on my payslip right ", V("NI_NUMBER", ni, a + " " + b + " " + say_letter(ni[8], "plain")),
          " is that enough")])


def p_ni_dob_chat():
    ni = make_ni()
    d = datetime.date(R.randint(1950, 2003), R.randint(1, 12), R.randint(1, 28))
    dr = R.choice(["%02d.%02d.%d", "%d/%d/%d", "%02d-%02d-%d"]) % (d.day, d.month, d.year)
    return ("chat/government services: NI and DOB typed in one message with customer number (not PII)", [
        A("Please confirm your NI number and date of birth for customer no. %s." % digits(7, True)),
        C("NI ", V("NI_NUMBER", ni, ni_typed(ni)), R.choice([" / DOB ", ", dob: ", " born "]),
          V("DOB", (d.year, d.month, d.day), dr))])


def p_card_booking():
    c = make_card(R.choice(["visa", "mc"]))
    bref = digits(6, True)
    g = B.new_group("CARD_NUMBER", c)
    return ("call/travel UK: card read in two halves with booking reference and amount (not PII) around it", [
        A("okay booking reference %s the balance is %s pounds %s go ahead with the card" % (
            say_digits(bref, "single"), say_num(R.randint(100, 999) // 100) + " hundred and " + say_num(R.randint(20, 99)),
            say_num(R.randint(10, 99)))),
        C((say_digits(c[:8], R.choice(["single", "doubles", "pairs"])), "CARD_NUMBER", g)),
        A(R.choice(["yep", "mhm okay", "go on"])),
        C("um ", (say_digits(c[8:], R.choice(["single", "doubles", "pairs"])), "CARD_NUMBER", g))])


def p_address_flat():
    n, st = make_street()
    n = n % 98 + 1
    fl = R.randint(1, 12)
    pc = make_uk_postcode()
    if R.random() < 0.5:
        return ("chat/utilities UK: flat + street address typed with meter reading (not PII)", [
            A("Please confirm the supply address and today's meter reading."),
            C(V("ADDRESS", n, "Flat %d, %d %s" % (fl, n, title(st))), ", ", V("POSTCODE", pc, pc),
              " - reading is %s" % digits(5, True))])
    return ("call/telecom UK: flat + street address spoken, then postcode with installation date (not PII)", [
        A("and the address for the router"),
        C(V("ADDRESS", n, "flat %s %s %s" % (say_num(fl), say_num(n), st)),
          " postcode ", V("POSTCODE", pc, say_alnum(pc.replace(" ", "")))),
        A("lovely the engineer will come on the %s between eight and one" % say_ord(R.randint(1, 28)))])


def p_uk_landline_call():
    d = R.choice(["020", "0161", "0113", "0117"]) 
    d = d + digits(11 - len(d), True)
    return ("call/banking UK: landline with double oh and extension (not PII) mentioned", [
        A("is there a landline we can reach you on"),
        C("yeah its ", V("PHONE", d, say_digits(d, "doubles")), " or my work one but ask for extension %s" % say_digits(digits(3, True), "single"))])


POS = [(p_card_chat, 12), (p_card_spoken, 12), (p_card_split, 6), (p_card_readback, 4),
       (p_card_cvv_chat, 6), (p_ni_chat, 14), (p_ni_call, 12), (p_ni_split, 5),
       (p_ni_dob, 6), (p_ni_readback, 4), (p_ssn_chat, 12), (p_ssn_call, 12),
       (p_ssn_split, 5), (p_ssn_last4_full, 4), (p_sort_acct_call, 9), (p_sort_acct_chat, 6),
       (p_acct_split, 3), (p_iban_chat, 8), (p_iban_call, 6), (p_phone_chat, 8),
       (p_phone_call, 8), (p_phone_correction, 3), (p_phone_split, 3), (p_email, 14),
       (p_dob, 12), (p_postcode, 14), (p_address, 14), (p_mixed_uk_dd, 4),
       (p_phone_email_chat, 4),
       (p_ni_filler, 6), (p_ni_dob_chat, 6), (p_card_booking, 6),
       (p_address_flat, 6), (p_uk_landline_call, 4)]


# ---------------------------------------------------------------- negatives
def neg_templates():
    amt = lambda: "%d.%02d" % (R.randint(10, 2000), R.randint(0, 99))
    ref = lambda n: digits(n, True)
    return [
        ("call/insurance: policy number said with its name", [
            A("can i take your policy number"),
            ("customer", "yeah its policy " + say_digits(ref(8), "single")),
            A("thanks thats renewing on the %s of %s" % (say_ord(R.randint(1, 28)), R.choice(MONTHS)))]),
        ("chat/utilities: customer number and meter reading", [
            A("Hi, how can I help?"),
            ("customer", "my customer number is %s and the meter reading today is %s" % (ref(8), digits(5, True)))]),
        ("call/utilities: meter reading read out in words", [
            A("whats the reading on the meter"),
            ("customer", "its %s and the night one is %s" % (say_digits(digits(5, True), "single"), say_digits(digits(5, True), "single")))]),
        ("call/banking: balance and payment amounts", [
            A("your balance is %s pounds and %s pence" % (say_num(R.randint(20, 99)), say_num(R.randint(1, 99)))),
            ("customer", "okay and can i pay %s hundred on the %s" % (say_num(R.randint(2, 9)), say_ord(R.randint(1, 28))))]),
        ("chat/retail: order number and price", [
            A("Thanks for waiting."),
            ("customer", "order no. %s, I paid £%s but was charged £%s" % (ref(9), amt(), amt()))]),
        ("chat/travel: booking reference and flight number", [
            A("Please share your booking reference."),
            ("customer", "booking ref %s%s%s, flight %s %d on %d %s at %02d:%02d" % (
                R.choice("ABCDEFGHJK"), R.choice("LMNPQRSTUV"), digits(4), R.choice(["EI", "FR", "BA", "U2"]),
                R.randint(100, 9999), R.randint(1, 28), R.choice(MONTHS).capitalize(), R.randint(5, 22), R.choice([0, 15, 30, 45])))]),
        ("call/travel: flight number in words and time", [
            A("which flight are you on"),
            ("customer", "its the %s %s leaving at %s %s" % (R.choice(["e i", "b a", "ryanair"]), say_digits(digits(3, True), "single"),
                                                         say_num(R.randint(1, 12)), R.choice(["fifteen", "thirty", "forty five", "oclock"])))]),
        ("call/telecom: broadband speed and contract length", [
            A("youre on the %s meg package" % say_num(R.randint(20, 90) // 10 * 10)),
            ("customer", "yeah i signed up in %s for %s months at %s ninety nine a month" % (
                say_year(R.randint(2015, 2024)), say_num(R.choice([12, 18])), say_num(R.randint(20, 60))))]),
        ("chat/healthcare billing: invoice number and appointment date", [
            A("How can I help with your bill?"),
            ("customer", "Invoice #%s from my appointment on %02d/%02d/%d, it says I owe $%s" % (
                ref(7), R.randint(1, 28), R.randint(1, 12), R.randint(2022, 2026), amt()))]),
        ("call/insurance: claim number spoken", [
            A("do you have the claim number"),
            ("customer", "claim number %s it was for %s hundred euro" % (say_digits(ref(9), "doubles"), say_num(R.randint(2, 9))))]),
        ("chat/telecom: ticket number and handset model", [
            A("Do you have a ticket number?"),
            ("customer", "ticket %s, its about my %s" % (ref(8), R.choice(["iPhone 15 Pro", "Galaxy S23", "Pixel 8a", "Moto G54"])))]),
        ("call/travel: hotel room number and nights", [
            A("which room were you in"),
            ("customer", "room %s for %s nights checking out at %s" % (say_num(R.randint(10, 99)) + " " + say_num(R.randint(1, 9)),
                                                                     say_num(R.randint(2, 9)), say_num(R.randint(10, 12)) + " am"))]),
        ("call/healthcare billing: age and temperature", [
            A("how old is the patient"),
            ("customer", "shes %s and her temperature was %s point %s" % (say_num(R.randint(2, 90)), "thirty eight", say_num(R.randint(1, 9))))]),
        ("chat/banking: percentages and durations", [
            A("The rate is %d.%d%% for %d months." % (R.randint(1, 9), R.randint(0, 9), R.choice([12, 24, 36]))),
            ("customer", "ok and the transfer takes %d working days? I've waited %d minutes on hold" % (R.randint(1, 5), R.randint(10, 90)))]),
        ("call/government services: case reference and appointment", [
            A("your case reference is %s" % say_digits(ref(7), "pairs")),
            ("customer", "and the appointment is %s at %s" % (R.choice(["tuesday", "monday", "friday"]), say_num(R.randint(1, 12)) + " thirty"))]),
        ("call/utilities: account balance and account reference word", [
            A("you have a credit of %s pounds %s" % (say_num(R.randint(20, 99)), say_num(R.randint(10, 99)))),
            ("customer", "great my reference was %s on the letter" % say_digits(ref(6), "single"))]),
        ("chat/retail: quantities and model number", [
            A("What would you like to order?"),
            ("customer", "%d x model %s%d at €%s each, %d in total" % (R.randint(2, 9), R.choice(["WM", "KX", "HD"]), R.randint(100, 9999), amt(), R.randint(2, 20)))]),
        ("call/insurance: car registration year and mileage", [
            A("whats the mileage"),
            ("customer", "about %s thousand its a %s %s" % (say_num(R.randint(20, 99)), say_year(R.randint(2010, 2023)), R.choice(["golf", "corolla", "focus"])))]),
        ("call/telecom: data usage and bill amount", [
            A("youve used %s gigabytes this month" % say_num(R.randint(2, 99))),
            ("customer", "and the bill is %s %s" % (say_num(R.randint(20, 99)), say_num(R.randint(10, 99))))]),
        ("chat/travel: seat, gate and time", [
            A("Your seat is %d%s, gate %d." % (R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 120))),
            ("customer", "boarding at %02d:%02d right? and the bag limit is %dkg" % (R.randint(5, 22), R.choice([5, 20, 35, 50]), R.choice([10, 20, 23])))]),
        ("call/government services: tax year and amount", [
            A("this is for the %s to %s tax year" % (say_year(2023), say_num(24))),
            ("customer", "right i was refunded %s hundred and %s pounds" % (say_num(R.randint(1, 9)), say_num(R.randint(20, 99))))]),
        ("call/banking: payment date (not a birth date) and amount", [
            A("when did you make the payment"),
            ("customer", "on the %s of %s %s for %s pounds" % (say_ord(R.randint(1, 28)), R.choice(MONTHS), say_year(R.randint(2023, 2026)), say_num(R.randint(20, 99))))]),
        ("chat/utilities: contract start date and tariff", [
            A("When did your contract start?"),
            ("customer", "%d/%02d/%d on the %s tariff, %dp per kWh" % (R.randint(1, 28), R.randint(1, 12), R.randint(2019, 2025),
                                                                      R.choice(["Fixed 12", "Flex", "Green 24"]), R.randint(18, 35)))]),
        ("chat/insurance: membership number with its name", [
            A("Please confirm your membership number."),
            ("customer", "membership no %s, renewal £%s" % (ref(8), amt()))]),
        ("call/retail: delivery window and parcel count", [
            A("the driver will come between %s and %s" % (say_num(R.randint(7, 11)), say_num(R.randint(1, 6)))),
            ("customer", "theres %s parcels and i ordered %s items" % (say_num(R.randint(2, 5)), say_num(R.randint(6, 19))))]),
        ("call/utilities: MPRN-style meter point reference said with its name", [
            A("can you read me the meter point reference"),
            ("customer", "meter point reference %s" % say_digits(ref(9), "single"))]),
        ("call/travel: booking reference spelled with phonetic letters (looks like a code)", [
            A("whats the booking reference"),
            ("customer", "booking reference %s %s %s" % (say_letter(R.choice("KLMNPRST"), "phon"), say_letter(R.choice("ABCEGHJ"), "phon"),
                                                        say_digits(digits(4, True), "single")))]),
        ("chat/retail: parcel tracking number with its name", [
            A("Do you have the tracking number?"),
            ("customer", "tracking no. %s%s, it said delivery by %d pm" % (R.choice(["JD", "TX", "RM"]), digits(8, True), R.randint(1, 6)))]),
        ("call/utilities: account number of the customer said as customer number with balance", [
            A("can i take your customer number"),
            ("customer", "its %s and i think im in credit about %s quid" % (say_digits(digits(7, True), "pairs"), say_num(R.randint(20, 99))))]),
        ("chat/banking: standing order amounts, day of month and count", [
            A("What standing order would you like to set up?"),
            ("customer", "£%d on the %s of every month for %d months starting %s %d" % (
                R.randint(20, 500), R.choice(["1st", "2nd", "3rd", "5th", "15th", "21st", "28th"]), R.randint(3, 24), R.choice(MONTHS).capitalize(), R.randint(2025, 2027)))]),
        ("call/healthcare billing: appointment time and duration and age", [
            A("your appointment is at %s %s for %s minutes" % (say_num(R.randint(1, 12)), R.choice(["fifteen", "thirty", "forty five"]), say_num(R.choice([20, 30, 45])))),
            ("customer", "okay my son is %s will he need the %s euro fee" % (say_num(R.randint(2, 17)), say_num(R.randint(20, 90))))]),
        ("chat/banking: last transaction amounts and times", [
            A("Which transaction are you querying?"),
            ("customer", "the £%s at %02d:%02d yesterday and €%s on %d %s" % (amt(), R.randint(0, 23), R.randint(0, 59), amt(),
                                                                           R.randint(1, 28), R.choice(MONTHS).capitalize()))]),
    ]


# ---------------------------------------------------------------- generation
def build():
    plan = []
    for fn, n in POS:
        plan += [fn] * n
    R.shuffle(plan)
    for fn in plan:
        note, turns = fn()
        B.add("positive", note, turns)
    seen = set()
    target = 125
    tries = 0
    while sum(1 for c in B.cases if c["kind"] == "negative") < target and tries < 5000:
        tries += 1
        tpls = neg_templates()
        note, turns = R.choice(tpls)
        key = json.dumps(turns)
        if key in seen:
            continue
        seen.add(key)
        B.add("negative", note, turns)
    return B.cases


def counts(cases):
    c = {t: 0 for t in TYPES}
    for case in cases:
        for s in case["spans"]:
            c[s["type"]] += 1
    return c


def render(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases)


def readme(cases):
    c = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d |" % (t, c[t]) for t in TYPES)
    return """# PII hold-out set h189 (UK / Irish emphasis)

**Never use this set for tuning.** It is a held-out evaluation set only.

## Who wrote it and how

Written by an AI helper acting as an independent author. The author did not
see the redaction code, its tests, its documentation or other evaluation sets;
the only data consulted was a three-line JSONL format example. Every case is
generated by `scripts/make_pii_holdout189.py` from template functions; each
turn is assembled from plain text segments and (value, TYPE) segments so span
offsets are computed, never typed. All values come from one
`random.Random(%d)`; the output is byte-for-byte reproducible.
`python scripts/make_pii_holdout189.py --check` regenerates and verifies the
file (ids, offsets, word boundaries, overlaps, and each value re-validated
after normalising spoken forms: Luhn, mod-97, NI format, digit counts,
postcode/Eircode/ZIP shapes).

## Contents

%d positive cases, %d negative cases. Chat (typed) and call (ASR-style lower
case, numbers as words) across banking, telecom, utilities, retail, insurance,
travel, healthcare billing and government services; mostly UK and Ireland,
some US and EU.

| type | spans |
|---|---|
%s

## Annotation conventions

* A span covers only the value itself: from its first to its last letter or
  digit. Lead-in words ("its", "card number", "um") and trailing words are
  outside. A leading "+" of a typed international number is outside the span;
  a spoken "plus" is inside.
* Spoken values include their number words, "double"/"triple", "oh"/"nought",
  and phonetic spellings ("b for bravo", "a as in alpha") inside the span.
* A value split across several customer turns gets one span per turn; agent
  back-channels are unlabelled. Agent read-backs of a value are labelled.
* NI numbers include the final letter; sort code and account number are
  separate spans; IBAN is a single span including spaces.
* ADDRESS = house number + street name (town and postcode excluded; postcode
  is its own POSTCODE span). Irish Eircodes and US ZIP codes are POSTCODE.
* DOB covers the whole date phrase ("fourteenth of march nineteen eighty
  seven"), without a leading "the"/"born".
* Non-PII numbers (amounts, references with their names, times, dates that
  are not birth dates) are never labelled and appear in positives too.
* Negative cases contain no PII at all; anything redacted there is an error.
""" % (SEED, npos, nneg, rows)


def check(cases, text):
    problems = list(B.problems)
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        problems.append("duplicate ids")
    for c in cases:
        spans = sorted(c["spans"], key=lambda s: (s["turn"], s["start"]))
        if c["kind"] == "negative" and spans:
            problems.append(c["id"] + ": negative has spans")
        if c["kind"] == "positive" and not spans:
            problems.append(c["id"] + ": positive without spans")
        for s in spans:
            if s["type"] not in TYPES:
                problems.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                problems.append(c["id"] + ": bad turn")
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                problems.append(c["id"] + ": offsets out of range")
                continue
            if not (t[a].isalnum() and t[b - 1].isalnum()):
                problems.append("%s: span edges not alnum %r" % (c["id"], t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                problems.append("%s: span not on word boundary %r" % (c["id"], t[a:b]))
        for x, y in zip(spans, spans[1:]):
            if x["turn"] == y["turn"] and y["start"] < x["end"]:
                problems.append(c["id"] + ": overlapping spans")
    cnt = counts(cases)
    for t, m in MIN_SPANS.items():
        if cnt[t] < m:
            problems.append("type %s has %d spans < %d" % (t, cnt[t], m))
    npos = sum(1 for x in cases if x["kind"] == "positive")
    if npos < 170 or len(cases) - npos < 100:
        problems.append("too few cases")
    if os.path.exists(CASES):
        with open(CASES, encoding="utf-8") as f:
            if f.read() != text:
                problems.append("cases.jsonl differs from regenerated output")
    else:
        problems.append("cases.jsonl missing")
    if os.path.exists(README):
        with open(README, encoding="utf-8") as f:
            if f.read() != readme(cases):
                problems.append("README.md differs from regenerated output")
    else:
        problems.append("README.md missing")
    return problems


def main():
    cases = build()
    text = render(cases)
    cnt = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    summary = "positives=%d negatives=%d spans: %s" % (
        npos, len(cases) - npos, ", ".join("%s=%d" % (t, cnt[t]) for t in TYPES))
    if "--check" in sys.argv[1:]:
        probs = check(cases, text)
        print(summary)
        for p in probs[:60]:
            print("PROBLEM:", p)
        if probs:
            print("CHECK FAILED (%d problems)" % len(probs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    print(summary)
    if B.problems:
        print("validation problems:", len(B.problems))
        for p in B.problems[:40]:
            print("PROBLEM:", p)


if __name__ == "__main__":
    main()

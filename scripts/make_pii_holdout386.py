#!/usr/bin/env python3
"""Generate the pii_holdout386 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout386.py          # write cases.jsonl
    python scripts/make_pii_holdout386.py --check  # regenerate and verify

Standard library only. Every turn is built from plain-text segments and
labelled value segments, so all span offsets are computed, never typed.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout386")
OUT_FILE = os.path.join(OUT_DIR, "cases.jsonl")

rng = random.Random(386241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# --------------------------------------------------------------------------
# spoken-form normalisation (used both for round-trip generation and --check)
# --------------------------------------------------------------------------
UNITS = {"zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1,
         "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
         "eight": 8, "nine": 9}
ZERO_WORDS = {"zero", "oh", "o", "nought", "naught"}
TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
         "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
         "eighteen": 18, "nineteen": 19}
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6,
        "seventy": 7, "eighty": 8, "ninety": 9}
FILLERS = {"um", "uh", "er", "erm", "ah", "hmm", "umm", "uhh", "eh"}
NATO = {"alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C",
        "delta": "D", "echo": "E", "foxtrot": "F", "golf": "G", "hotel": "H",
        "india": "I", "juliet": "J", "juliett": "J", "kilo": "K",
        "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
        "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T",
        "uniform": "U", "victor": "V", "whiskey": "W", "whisky": "W",
        "xray": "X", "yankee": "Y", "zulu": "Z"}
DIGIT_WORD = ["zero", "one", "two", "three", "four", "five", "six", "seven",
              "eight", "nine"]
TEEN_WORD = {v: k for k, v in TEENS.items()}
TENS_WORD = {v: k for k, v in TENS.items()}


def _small(toks, i):
    """Parse a number 0..99 at toks[i]; return (value, next_index)."""
    t = toks[i]
    if t in TEENS:
        return TEENS[t], i + 1
    if t in TENS:
        v = TENS[t] * 10
        if i + 1 < len(toks) and toks[i + 1] in UNITS and toks[i + 1] not in ZERO_WORDS:
            return v + UNITS[toks[i + 1]], i + 2
        return v, i + 1
    if t in UNITS:
        return UNITS[t], i + 1
    raise ValueError("not a small number: %r" % t)


def norm_seq(text, letters=False):
    """Normalise a typed or spoken reading into a compact digit/letter string."""
    toks = re.findall(r"[a-z]+|\d+|\+", text.lower().replace("x-ray", "xray"))
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("+", "plus"):
            out.append("+")
            i += 1
            continue
        if t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            if nxt in UNITS:
                ch = str(UNITS[nxt])
            elif letters and nxt in NATO:
                ch = NATO[nxt]
            elif letters and len(nxt) == 1:
                ch = nxt.upper()
            else:
                raise ValueError("bad double: %r" % nxt)
            out.append(ch * k)
            i += 2
            continue
        if t in UNITS and i + 1 < n and toks[i + 1] == "hundred":
            h = UNITS[t]
            i += 2
            rest = 0
            if i < n and toks[i] == "and":
                rest, i = _small(toks, i + 1)
            out.append("%d%02d" % (h, rest))
            continue
        if t in TENS or t in TEENS:
            v, i = _small(toks, i)
            out.append(str(v))
            continue
        if t in UNITS:
            out.append(str(UNITS[t]))
            i += 1
            continue
        if letters:
            if t in NATO:
                out.append(NATO[t])
                i += 1
                continue
            if len(t) == 1 and i + 2 < n and toks[i + 1] == "for":
                out.append(t.upper())
                i += 3
                continue
            if len(t) == 1 and i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in":
                out.append(t.upper())
                i += 4
                continue
            if t.isalpha() and len(t) <= 4:
                out.append(t.upper())
                i += 1
                continue
        raise ValueError("unknown token %r in %r" % (t, text))
    return "".join(out)


def norm_email(text):
    if "@" in text:
        return text.strip()
    toks = re.findall(r"[a-z]+|\d+", text.lower())
    out = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if t in FILLERS:
            i += 1
        elif t == "at":
            out.append("@"); i += 1
        elif t in ("dot", "period"):
            out.append("."); i += 1
        elif t == "underscore":
            out.append("_"); i += 1
        elif t in ("dash", "hyphen"):
            out.append("-"); i += 1
        elif len(t) == 1 and i + 2 < n and toks[i + 1] == "for":
            out.append(t); i += 3
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            nxt = toks[i + 1]
            out.append((str(UNITS[nxt]) if nxt in UNITS else nxt) * k)
            i += 2
        elif t in UNITS or t in TEENS or t in TENS:
            v, j = _small(toks, i)
            out.append(str(v)); i = j
        else:
            out.append(t); i += 1
    return "".join(out)


MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
MONTH_ABBR = [m[:3] for m in MONTHS] + ["sept"]


def date_ok(text):
    low = text.lower()
    words = re.findall(r"[a-z]+", low)
    if any(w in MONTHS or w in MONTH_ABBR for w in words):
        return bool(re.search(r"\d", low)) or len(words) >= 2
    if re.fullmatch(r"\d{1,2}\s*[/.\- ]\s*\d{1,2}(\s*[/.\- ]\s*\d{2,4})?", low.strip()):
        return True
    try:
        d = norm_seq(low)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}|\d{6}|\d{8}", d))


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UK_PC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")
STREET_RE = re.compile(r"\b(road|rd|street|st|lane|ln|avenue|ave|close|drive|dr|way|court|place|"
                       r"crescent|terrace|gardens|grove|boulevard|blvd|parade|row|hill|walk|square|mews)\b",
                       re.I)
NUMWORD_RE = re.compile(r"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                        r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|fourteen|"
                        r"fifteen|sixteen|seventeen|eighteen|nineteen|thirteen)\b", re.I)


def validate_value(typ, pieces, partial):
    """Return None if OK, else an error string."""
    joined = " ".join(pieces)
    try:
        if typ == "EMAIL":
            v = norm_email(joined if len(pieces) == 1 else " ".join(pieces))
            ok = bool(re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v))
            return None if ok else "bad email %r" % v
        if typ in ("DOB", "EXPIRY"):
            return None if (partial or date_ok(joined)) else "bad date %r" % joined
        if typ == "ADDRESS":
            ok = bool(STREET_RE.search(joined)) and bool(NUMWORD_RE.search(joined))
            return None if ok else "bad address %r" % joined
        letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
        v = "".join(norm_seq(p, letters=letters) for p in pieces)
    except (ValueError, IndexError, KeyError) as e:
        return "normalise failed: %s" % e
    if partial:
        if letters:
            return None if re.fullmatch(r"[A-Z0-9]{1,34}", v) else "bad partial %r" % v
        return None if re.fullmatch(r"\+?\d{1,19}", v) else "bad partial %r" % v
    if typ == "CARD_NUMBER":
        ok = bool(re.fullmatch(r"\d{13,19}", v)) and luhn_ok(v)
    elif typ == "CVV":
        ok = bool(re.fullmatch(r"\d{3,4}", v))
    elif typ == "SSN":
        ok = (bool(re.fullmatch(r"\d{9}", v)) and v[:3] not in ("000", "666")
              and v[0] != "9" and v[3:5] != "00" and v[5:] != "0000")
    elif typ == "NI_NUMBER":
        ok = bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    elif typ == "BANK_ACCOUNT":
        ok = bool(re.fullmatch(r"\d{6,17}", v))
    elif typ == "SORT_CODE":
        ok = bool(re.fullmatch(r"\d{6}", v))
    elif typ == "IBAN":
        ok = iban_ok(v)
    elif typ == "PHONE":
        ok = bool(re.fullmatch(r"\+?\d{9,15}", v))
    elif typ == "POSTCODE":
        ok = bool(UK_PC_RE.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    else:
        return "unknown type %s" % typ
    return None if ok else "invalid %s %r" % (typ, v)


# --------------------------------------------------------------------------
# case builder
# --------------------------------------------------------------------------
class V(object):
    def __init__(self, typ, text, g=None, partial=False):
        self.typ, self.text, self.g, self.partial = typ, text, g, partial


class Case(object):
    def __init__(self, note):
        self.note = note
        self.turns = []
        self.spans = []
        self.groups = {}
        self._n = 0

    def t(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for seg in segs:
            if isinstance(seg, str):
                text += seg
            else:
                start = len(text)
                text += seg.text
                self.spans.append({"turn": idx, "start": start, "end": len(text), "type": seg.typ})
                key = seg.g
                if key is None:
                    self._n += 1
                    key = "_auto%d" % self._n
                grp = self.groups.setdefault(key, {"type": seg.typ, "pieces": [], "partial": seg.partial})
                grp["pieces"].append(seg.text)
                grp["partial"] = grp["partial"] or seg.partial
        self.turns.append({"speaker": speaker, "text": text})
        return self


def ch(seq):
    return rng.choice(seq)


def maybe(p):
    return rng.random() < p


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def rdig(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def make_card():
    kind = ch(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "maestro19"])
    if kind == "visa":
        pre, ln = "4", 16
    elif kind == "mc":
        pre, ln = str(rng.randint(51, 55)), 16
    elif kind == "amex":
        pre, ln = ch(["34", "37"]), 15
    elif kind == "disc":
        pre, ln = "6011", 16
    elif kind == "visa13":
        pre, ln = "4", 13
    else:
        pre, ln = ch(["6759", "6761"]), 19
    body = pre + rdig(ln - len(pre) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def card_groups(card):
    if len(card) == 15:
        return [card[:4], card[4:10], card[10:]]
    if len(card) == 13:
        return [card[:4], card[4:7], card[7:10], card[10:]]
    return [card[i:i + 4] for i in range(0, len(card), 4)]


def typed_card(card):
    style = ch(["space", "dash", "none", "odd", "space", "dots"])
    g = card_groups(card)
    if style == "space":
        return " ".join(g)
    if style == "dash":
        return "-".join(g)
    if style == "none":
        return card
    if style == "dots":
        return ".".join(g)
    cut = sorted(rng.sample(range(2, len(card) - 1), 2))
    return card[:cut[0]] + " " + card[cut[0]:cut[1]] + " " + card[cut[1]:]


ZERO_CHOICES = ["oh", "zero", "nought", "o", "oh", "zero"]


def _single(d, zero, runs=True):
    words = []
    i = 0
    while i < len(d):
        c = d[i]
        w = zero if c == "0" else DIGIT_WORD[int(c)]
        if runs and i + 2 < len(d) and d[i + 1] == c and d[i + 2] == c and maybe(0.5):
            words.append("triple " + w); i += 3; continue
        if runs and i + 1 < len(d) and d[i + 1] == c and maybe(0.6):
            words.append("double " + w); i += 2; continue
        words.append(w)
        i += 1
    return " ".join(words)


def _pair(p, zero):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + (zero if b == 0 else DIGIT_WORD[b])
    if a == 1:
        return TEEN_WORD[10 + b]
    if b == 0:
        return TENS_WORD[a]
    return TENS_WORD[a] + " " + DIGIT_WORD[b]


def _hundreds(g, zero):
    a, rest = int(g[0]), int(g[1:])
    if a == 0:
        return None
    if rest == 0:
        return DIGIT_WORD[a] + " hundred"
    if rest < 10:
        return DIGIT_WORD[a] + " hundred and " + DIGIT_WORD[rest]
    return DIGIT_WORD[a] + " hundred and " + _pair(g[1:], zero)


def say_digits(d, style=None, zero=None):
    """Speak a digit string; guaranteed to normalise back to d."""
    zero = zero or ch(ZERO_CHOICES)
    style = style or ch(["single", "single", "pairs", "mixed"])
    cand = None
    if style == "pairs" and len(d) % 2 == 0:
        cand = " ".join(_pair(d[i:i + 2], zero) for i in range(0, len(d), 2))
    elif style == "hundreds" and len(d) == 3:
        cand = _hundreds(d, zero)
    elif style == "mixed" and len(d) >= 4:
        h = len(d) // 2
        cand = _single(d[:h], zero) + " " + (" ".join(_pair(d[i:i + 2], zero) for i in range(h, len(d) - 1, 2))
                                             if (len(d) - h) % 2 == 0 else _single(d[h:], zero))
    if cand is None:
        cand = _single(d, zero)
    try:
        if norm_seq(cand) == d:
            return cand
    except ValueError:
        pass
    cand = _single(d, zero)
    if norm_seq(cand) != d:
        cand = " ".join("zero" if c == "0" else DIGIT_WORD[int(c)] for c in d)
    return cand


def say_groups(groups, filler_p=0.25, sep=None):
    """Speak several digit groups as one reading; checks concatenation."""
    zero = ch(ZERO_CHOICES)
    parts = []
    for i, g in enumerate(groups):
        s = say_digits(g, zero=zero)
        if i > 0 and maybe(filler_p):
            s = ch(["um", "uh", "erm", "er"]) + " " + s
        parts.append(s)
    text = (sep or ch([" ", ", ", " ... ", ", "])).join(parts)
    if norm_seq(text) != "".join(groups):
        text = " ".join(" ".join("zero" if c == "0" else DIGIT_WORD[int(c)] for c in g) for g in groups)
    return text


def make_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def typed_ssn(s):
    st = ch(["dash", "dash", "space", "none"])
    if st == "dash":
        return "%s-%s-%s" % (s[:3], s[3:5], s[5:])
    if st == "space":
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return s


NI_L1 = "ABCEGHJKLMNPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = ch(NI_L1) + ch(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + rdig(6) + ch("ABCD")


def typed_ni(n):
    st = ch(["plain", "spaced", "lower", "mid", "plain"])
    if st == "plain":
        return n
    if st == "spaced":
        return "%s %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:8], n[8])
    if st == "lower":
        return n.lower()
    return "%s %s %s" % (n[:2], n[2:8], n[8])


NATO_WORD = {v: k for k, v in NATO.items() if k not in ("alfa", "juliett", "whisky")}


def say_letter(c, nato_p=0.4):
    c = c.upper()
    r = rng.random()
    if r < nato_p:
        return c.lower() + ch([" for ", " for ", " as in "]) + NATO_WORD[c].capitalize().lower()
    if r < nato_p + 0.15:
        return NATO_WORD[c]
    return c.lower()


def say_ni(n):
    return " ".join([say_letter(n[0]), say_letter(n[1]), say_groups([n[2:4], n[4:6], n[6:8]], 0.2, " "),
                     say_letter(n[8])])


def make_iban(country):
    if country == "GB":
        bban = ch(["BARC", "NWBK", "MIDL", "HBUK", "TSBS"]) + rdig(14)
    elif country == "IE":
        bban = ch(["AIBK", "IPBS", "ULSB"]) + rdig(14)
    elif country == "NL":
        bban = ch(["ABNA", "INGB", "TRIB"]) + rdig(10)
    elif country == "DE":
        bban = rdig(18)
    elif country == "ES":
        bban = rdig(20)
    else:
        bban = rdig(23)
    tmp = bban + country + "00"
    num = int("".join(str(int(c, 36)) for c in tmp))
    chk = 98 - num % 97
    return country + "%02d" % chk + bban


def typed_iban(i):
    st = ch(["groups", "groups", "plain", "lowergroups"])
    g = " ".join(i[k:k + 4] for k in range(0, len(i), 4))
    if st == "groups":
        return g
    if st == "plain":
        return i
    return g.lower()


def say_alnum_chunk(s):
    out = []
    buf = ""
    for c in s:
        if c.isdigit():
            buf += c
        else:
            if buf:
                out.append(say_digits(buf)); buf = ""
            out.append(say_letter(c, 0.3))
    if buf:
        out.append(say_digits(buf))
    return " ".join(out)


def make_phone(country):
    if country == "UK":
        mob = "7" + rdig(9)
        land = ch(["20", "161", "113", "131", "121"]) + rdig(8 if False else 7)
        num = ch([mob, mob, land])
        if num.startswith("20"):
            num = "20" + rdig(8)
        nat = "0" + num
        if num.startswith("7"):
            natf = "%s %s" % (nat[:5], nat[5:])
        elif num.startswith("20"):
            natf = "%s %s %s" % (nat[:3], nat[3:7], nat[7:])
        else:
            natf = "%s %s %s" % (nat[:4], nat[4:7], nat[7:])
        intl = ch(["+44 " + natf[1:], "+44 (0)" + natf[1:], "+44" + num, "0044 " + natf[1:]])
        return nat, natf, intl, "44"
    if country == "US":
        num = str(rng.randint(201, 989)) + "555" + rdig(4)
        natf = ch(["(%s) %s-%s" % (num[:3], num[3:6], num[6:]), "%s-%s-%s" % (num[:3], num[3:6], num[6:]),
                   "%s.%s.%s" % (num[:3], num[3:6], num[6:])])
        intl = ch(["+1 %s %s %s" % (num[:3], num[3:6], num[6:]), "+1-%s-%s-%s" % (num[:3], num[3:6], num[6:]),
                   "1-%s-%s-%s" % (num[:3], num[3:6], num[6:])])
        return num, natf, intl, "1"
    if country == "IE":
        num = ch(["83", "85", "86", "87", "89"]) + rdig(7)
        nat = "0" + num
        natf = "%s %s %s" % (nat[:3], nat[3:6], nat[6:])
        intl = ch(["+353 %s %s %s" % (num[:2], num[2:5], num[5:]), "+353" + num, "00353 " + num])
        return nat, natf, intl, "353"
    if country == "DE":
        num = "1" + ch(["51", "60", "70", "76"]) + rdig(8)
        nat = "0" + num
        return nat, "%s %s" % (nat[:4], nat[4:]), "+49 %s %s" % (num[:3], num[3:]), "49"
    num = ch(["6", "7"]) + rdig(8)
    nat = "0" + num
    natf = " ".join(nat[k:k + 2] for k in range(0, 10, 2))
    return nat, natf, "+33 " + num[0] + " " + " ".join(num[k:k + 2] for k in range(1, 9, 2)), "33"


def say_phone(digits, cc=None):
    """Spoken phone: national digits, optionally with 'plus CC' prefix."""
    if cc:
        nat = digits[1:] if digits.startswith("0") else digits
        pre = ch(["plus ", "plus ", "double oh "]) + say_digits(cc, style="single")
        if pre.startswith("double oh"):
            pre = "oh oh " + say_digits(cc, style="single")
        return pre + " " + say_groups([nat[:3], nat[3:6], nat[6:]], 0.2)
    if len(digits) == 11:
        return say_groups([digits[:5], digits[5:8], digits[8:]], 0.2)
    return say_groups([digits[:3], digits[3:6], digits[6:]], 0.2)


FIRST = ["james", "sarah", "mohammed", "aoife", "liam", "priya", "tom", "grace", "daniel", "niamh",
         "oliver", "chloe", "kwame", "fatima", "sean", "emily", "carlos", "hannah", "wei", "bridget",
         "marcus", "sophie", "ravi", "lucy", "patrick", "zainab", "jack", "megan"]
LAST = ["smith", "okafor", "murphy", "patel", "kowalski", "brennan", "jones", "nguyen", "walsh",
        "hughes", "garcia", "byrne", "campbell", "ahmed", "fischer", "dubois", "kelly", "evans",
        "reyes", "thornton", "mcallister", "osei", "lindqvist", "doyle"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "btinternet.com", "eircom.net",
           "icloud.com", "proton.me", "live.ie", "web.de", "aol.com", "sky.com"]


def make_email():
    f, l = ch(FIRST), ch(LAST)
    local = ch([f + "." + l, f[0] + "." + l, f + l + str(rng.randint(1, 99)), f + "_" + l,
                l + f[0], f + "." + l + str(rng.randint(60, 99))])
    return local + "@" + ch(DOMAINS)


def typed_email(e):
    st = ch(["plain", "plain", "cap", "upper"])
    if st == "cap":
        loc, dom = e.split("@")
        return ".".join(p.capitalize() for p in loc.split(".")) + "@" + dom.capitalize()
    if st == "upper":
        return e.upper()
    return e


def say_email(e):
    loc, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", loc):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part:
            m = re.match(r"([a-z]+)(\d*)$", part)
            word, num = m.group(1), m.group(2)
            if len(word) == 1:
                out.append(say_letter(word, 1.0 if word == "o" else 0.6))
            elif maybe(0.25) and len(word) <= 6 and "o" not in word:
                out.append(" ".join(c for c in word))
            else:
                out.append(word)
            if num:
                out.append(say_digits(num, style=ch(["single", "pairs"]), zero="oh"))
    out.append(ch(["at", "at", "at"]))
    dparts = dom.split(".")
    out.append(" dot ".join(dparts))
    s = " ".join(out)
    if maybe(0.15):
        s = s.replace(" at ", " uh at ", 1)
    assert norm_email(s) == e, (s, e)
    return s


ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]


def ordinal_word(d):
    if d <= 20:
        return ORD[d - 1]
    if d < 30:
        return "twenty " + ORD[d - 21]
    return "thirtieth" if d == 30 else "thirty first"


def say_year(y):
    if y >= 2000:
        r = y - 2000
        if r == 0:
            return "two thousand"
        if r < 10:
            return ch(["two thousand and ", "two thousand "]) + DIGIT_WORD[r]
        return ch(["two thousand and ", "twenty "]) + _pair("%02d" % r, "oh")
    return "nineteen " + _pair("%02d" % (y - 1900), "oh")


def make_dob():
    return rng.randint(1938, 2005), rng.randint(1, 12), rng.randint(1, 28)


def typed_dob(y, m, d):
    st = ch(["dmy", "dmy", "mdy", "long", "short", "dots", "iso"])
    if st == "dmy":
        return "%02d/%02d/%d" % (d, m, y)
    if st == "mdy":
        return "%02d/%02d/%d" % (m, d, y)
    if st == "long":
        suf = "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
        return "%d%s %s %d" % (d, suf, MONTHS[m - 1].capitalize(), y)
    if st == "short":
        return "%d %s %d" % (d, MONTHS[m - 1][:3].capitalize(), y)
    if st == "dots":
        return "%d.%d.%02d" % (d, m, y % 100)
    return "%d-%02d-%02d" % (y, m, d)


def say_dob(y, m, d):
    st = ch(["ord_of", "month_first", "digits", "ord_of"])
    if st == "ord_of":
        return "the " + ordinal_word(d) + " of " + MONTHS[m - 1] + " " + say_year(y)
    if st == "month_first":
        return MONTHS[m - 1] + " " + ordinal_word(d) + " " + say_year(y)
    return say_digits("%02d" % d, style="single") + " " + say_digits("%02d" % m, style="single") + " " + \
        _pair("%02d" % (y % 100), "oh")


def make_expiry():
    return rng.randint(1, 12), rng.randint(25, 31)


def typed_expiry(m, y):
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d / %02d" % (m, y),
               "%s 20%02d" % (MONTHS[m - 1][:3].capitalize(), y)])


def say_expiry(m, y):
    return ch([say_digits("%02d" % m, style="single") + " " + _pair("%02d" % y, "oh"),
               MONTHS[m - 1] + " " + say_year(2000 + y),
               "end of " + MONTHS[m - 1] + " " + _pair("%02d" % y, "oh")])


def make_sort():
    return ch(["20", "40", "30", "60", "77", "83", "09", "11", "16", "23"]) + rdig(4)


def typed_sort(s):
    return ch(["%s-%s-%s" % (s[:2], s[2:4], s[4:]), s, "%s %s %s" % (s[:2], s[2:4], s[4:])])


def say_sort(s):
    return say_groups([s[:2], s[2:4], s[4:]], 0.15)


UK_AREAS = ["SW", "SE", "N", "E", "W", "NW", "M", "B", "LS", "L", "EH", "G", "CF", "BS", "NG", "S",
            "CR", "BT", "RG", "TN", "HA", "KT", "DN", "CB", "YK"]
PC_LET = "ABDEFGHJLNPQRSTUWXYZ"


def make_uk_pc():
    a = ch(UK_AREAS)
    dist = str(rng.randint(1, 28)) if len(a) == 2 or maybe(0.5) else str(rng.randint(1, 9))
    return a + dist + " " + str(rng.randint(1, 9)) + ch(PC_LET) + ch(PC_LET)


def typed_pc(p):
    return ch([p, p, p.lower(), p.replace(" ", "")])


def say_pc(p):
    out = []
    for part in p.split(" "):
        out.append(say_alnum_chunk(part))
    return " ".join(out)


def make_zip():
    z = "%05d" % rng.randint(1001, 99950)
    return z + ("-" + rdig(4) if maybe(0.25) else "")


STREETS = ["Mill", "Station", "Church", "Victoria", "Park", "Oak", "Elm", "Kingsway", "Meadow", "Albert",
           "Beech", "Cedar", "Highfield", "Grange", "Maple", "Willow", "Queens", "Marlborough", "Ashgrove"]
SUFFIX_UK = ["Road", "Street", "Lane", "Avenue", "Close", "Drive", "Crescent", "Terrace", "Gardens", "Way"]
SUFFIX_US = ["Street", "St", "Avenue", "Ave", "Boulevard", "Drive", "Court", "Place", "Rd"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Croydon", "Edinburgh", "Cardiff", "Nottingham", "Reading"]
TOWNS_US = [("Columbus", "OH"), ("Austin", "TX"), ("Portland", "OR"), ("Albany", "NY"), ("Tampa", "FL"),
            ("Denver", "CO")]


def make_address(us=False):
    num = rng.randint(1, 240)
    street = ch(STREETS) + " " + ch(SUFFIX_US if us else SUFFIX_UK)
    if not us and maybe(0.3):
        return "Flat %d, %d %s" % (rng.randint(1, 12), num, street), num, street
    if us and maybe(0.2):
        return "%d %s, Apt %d" % (num, street, rng.randint(1, 30)), num, street
    return "%d %s" % (num, street), num, street


def say_number_word(n):
    if n < 10:
        return DIGIT_WORD[n]
    if n < 100:
        return _pair("%02d" % n, "oh")
    return ch([_hundreds(str(n), "oh"), say_digits(str(n), style="single")])


# --------------------------------------------------------------------------
# contexts
# --------------------------------------------------------------------------
BACKCH = ["mhm", "yep", "go on", "okay", "uh huh", "yeah", "right", "got that", "mm hmm", "okay go on", "yes"]
HOLD = ["thanks for holding", "sorry to keep you waiting", "thank you for bearing with me",
        "right, I'm back, sorry about that", "thanks for your patience there"]
XFER = ["I'm going to transfer you to our payments team", "let me put you through to billing",
        "I'll transfer you to the fraud team now, one moment", "I'm passing you over to a colleague in accounts"]
FRESH = ["hi you're through to payments, my name's {a}", "hello, billing, {a} speaking",
         "hi there, fraud team, you're speaking with {a}", "good afternoon, accounts, it's {a}"]
AGENTS = ["Dave", "Priya", "Ciara", "Mark", "Joanne", "Tariq", "Becky", "Sam", "Lorraine", "Kevin"]
IND_CARD = [("retail", "the order for the sofa"), ("travel", "the booking to Malaga"),
            ("telecom", "the overdue phone bill"), ("utilities", "the gas bill"),
            ("insurance", "the car insurance renewal"), ("healthcare billing", "the outstanding clinic invoice"),
            ("banking", "the card that got declined"), ("government services", "the passport fee")]


def agent_readback_card(card, wrong=None):
    g = card_groups(card)
    if wrong is not None:
        gi, pos = wrong
        d = g[gi]
        nd = str((int(d[pos]) + rng.randint(1, 8)) % 10)
        g = g[:gi] + [d[:pos] + nd + d[pos + 1:]] + g[gi + 1:]
    return say_groups(g, 0.0, ", ")


# --------------------------------------------------------------------------
# positive templates
# --------------------------------------------------------------------------
def p_chat_card():
    card = make_card()
    m, y = make_expiry()
    cvv = rdig(4 if len(card) == 15 else 3)
    ind, what = ch(IND_CARD)
    c = Case("typed chat (%s): full card, expiry and security code in one message" % ind)
    c.t("agent", "Hi, thanks for contacting us. How can I help with %s today?" % what)
    lab = ch(["card no: ", "Card number ", "my card numbr is ", "CARD: ", "its ", "card # "])
    lab2 = ch([" exp ", " expiry ", ", expires ", " EXP: ", " valid til "])
    lab3 = ch([" cvv ", " sec code ", ", the 3 digits on back are ", " CVC: ", " security no "])
    c.t("customer", ch(["want to pay it now. ", "Can I pay by card pls. ", "hi, paying the balance off\n", "", "ok here goes - "]) + lab, V("CARD_NUMBER", typed_card(card)), lab2,
        V("EXPIRY", typed_expiry(m, y)), lab3, V("CVV", cvv))
    c.t("agent", "Thanks, processing that now. That's gone through, you'll get a confirmation shortly.")
    return c


def p_asr_card_split():
    card = make_card()
    g = card_groups(card)
    ind, what = ch(IND_CARD)
    c = Case("call transcript (%s): card read in chunks over several customer turns with back-channels, agent reads it back" % ind)
    c.t("agent", "okay so it's for %s, can i take the long number across the front of the card" % what)
    first = "yeah it's " if maybe(0.6) else "right um "
    c.t("customer", first, V("CARD_NUMBER", say_digits(g[0]), "c"))
    for gi in range(1, len(g)):
        c.t("agent", ch(BACKCH))
        c.t("customer", V("CARD_NUMBER", say_digits(g[gi]), "c"))
    rb = agent_readback_card(card)
    c.t("agent", "lovely so that's ", V("CARD_NUMBER", rb, "rb"), ch([" is that right", " yeah", " correct"]))
    c.t("customer", ch(["yes that's it", "yep", "that's right yeah"]))
    return c


def p_asr_card_correction():
    card = make_card()
    g = card_groups(card)
    gi = rng.randrange(1, len(g))
    pos = rng.randrange(len(g[gi]))
    c = Case("call transcript: agent reads card back with one wrong digit, customer corrects that group, agent re-reads")
    c.t("agent", "and the card number please")
    c.t("customer", "okay ", V("CARD_NUMBER", say_groups(g, 0.3), "c"))
    c.t("agent", "let me just read that back, ", V("CARD_NUMBER", agent_readback_card(card, (gi, pos)), "bad", True))
    c.t("customer", ch(["no sorry, ", "no no, ", "not quite, "]) + "the " + ["first", "second", "third", "fourth", "fifth"][gi] +
        ch([" bit", " block", " lot of numbers"]) + " should be ", V("CARD_NUMBER", say_digits(g[gi]), "fix", True),
        ch(["", ", not what you said", ", you've got one digit wrong"]))
    c.t("agent", ch(["ah sorry my mistake, so ", "right okay, from the top then, "]),
        V("CARD_NUMBER", agent_readback_card(card), "rb2"))
    c.t("customer", "that's the one")
    return c


def p_asr_which_bit():
    card = make_card()
    g = card_groups(card)
    c = Case("call transcript: agent asks 'sorry which bit?', customer repeats a partial group, then a restarted reading")
    c.t("agent", "go ahead with the card number when you're ready")
    half = len(g) // 2
    c.t("customer", V("CARD_NUMBER", say_groups(g[:half], 0.3), "c1"), ch([" and then ", " then um "]),
        V("CARD_NUMBER", say_digits(g[half]), "c1"), " ", ch(["sorry it's", "hang on it's"]), " ",
        ch(["hard to read", "worn"]), " ", V("CARD_NUMBER", say_groups(g[half + 1:], 0.2), "c1"))
    c.t("agent", "sorry, which bit was after ", V("CARD_NUMBER", say_digits(g[half - 1]), "p1", True), "?")
    c.t("customer", "after that it's ", V("CARD_NUMBER", say_digits(g[half]), "p2", True))
    c.t("agent", "okay let me start again, ", V("CARD_NUMBER", say_groups(g[:2], 0.0), "p3", True),
        "... actually no, let me go from the top, ", V("CARD_NUMBER", say_groups(g, 0.0, ", "), "rb"))
    c.t("customer", ch(["perfect", "yes", "yeah that's right"]))
    return c


def p_card_then_last4():
    card = make_card()
    m, y = make_expiry()
    c = Case("card read in full, then later referred to by last four - last four labelled because full card is in the case")
    c.t("customer", "my card is ", V("CARD_NUMBER", say_groups(card_groups(card), 0.2)),
        " and it runs out ", V("EXPIRY", say_expiry(m, y)))
    c.t("agent", ch(HOLD) + ". okay so i've put the payment through on the card ending ",
        V("CARD_NUMBER", say_digits(card[-4:]), partial=True), ", is that the one you wanted")
    c.t("customer", "yeah the one ending ", V("CARD_NUMBER", card[-4:], partial=True))
    return c


def p_card_after_hold():
    card = make_card()
    g = card_groups(card)
    cvv = rdig(4 if len(card) == 15 else 3)
    c = Case("call transcript: card taken, agent puts caller on hold, then re-confirms card piece by piece and security code")
    c.t("customer", "the number is ", V("CARD_NUMBER", say_groups(g, 0.25), "c"))
    c.t("agent", "thank you, just bear with me one moment while i check that, i'm going to pop you on hold")
    c.t("agent", ch(HOLD) + ", the system's timed out on me so i just need to confirm that again, first four digits")
    c.t("customer", V("CARD_NUMBER", say_digits(g[0]), "c2"))
    c.t("agent", "and the next ones")
    c.t("customer", V("CARD_NUMBER", say_groups(g[1:-1], 0.2), "c2"))
    c.t("agent", "and the last " + ("five" if len(g[-1]) == 5 else ("three" if len(g[-1]) == 3 else "four")))
    c.t("customer", V("CARD_NUMBER", say_digits(g[-1]), "c2"))
    c.t("agent", "and the security code on the back")
    c.t("customer", "um ", V("CVV", say_digits(cvv, style="single")), ch(["", " i think", " yeah"]))
    c.t("agent", "so that's ", V("CVV", say_digits(cvv, style="single")), "?")
    c.t("customer", "yes")
    return c


def p_card_transfer():
    card = make_card()
    m, y = make_expiry()
    c = Case("caller gives card, is transferred, and reads it again to a new agent with a restart")
    c.t("customer", "i tried to give the card already, it's ", V("CARD_NUMBER", typed_card(card) if maybe(0.3)
                                                                 else say_groups(card_groups(card), 0.2)))
    c.t("agent", ch(XFER) + ", they'll take the details")
    c.t("agent", ch(FRESH).format(a=ch(AGENTS)) + ", can i take the card number please")
    g = card_groups(card)
    c.t("customer", "oh for goodness sake, okay, ", V("CARD_NUMBER", say_digits(g[0]), "r", True),
        " no wait that's the wrong card, hang on. right. ", V("CARD_NUMBER", say_groups(g, 0.2), "c"))
    c.t("agent", "and the expiry")
    c.t("customer", V("EXPIRY", say_expiry(m, y)))
    return c


def p_chat_card_typo():
    card = make_card()
    g = card_groups(card)
    c = Case("typed chat: card sent across two messages, customer corrects a mistyped group")
    c.t("customer", "card number ", V("CARD_NUMBER", " ".join(g[:2]), "c", True))
    c.t("agent", "Thanks, and the rest?")
    bad = list(g[-1])
    k = rng.randrange(len(bad))
    bad[k] = str((int(bad[k]) + 3) % 10)
    c.t("customer", V("CARD_NUMBER", " ".join(g[2:-1] + ["".join(bad)]), "bad", True))
    c.t("customer", "sorry last bit shld be ", V("CARD_NUMBER", g[-1], "fix", True), " not ",
        V("CARD_NUMBER", "".join(bad), "bad2", True))
    c.t("agent", "No problem. So the full number is ", V("CARD_NUMBER", " ".join(g)), ", correct?")
    c.t("customer", "yes")
    return c


def p_ssn_piece():
    s = make_ssn()
    c = Case("US call transcript: SSN confirmed piece by piece with agent prompting")
    c.t("agent", ch(["for verification", "before i can discuss the claim", "to pull up the benefits record"]) +
        ", can i get your social security number")
    c.t("customer", ch(["sure, first three are ", "yeah um ", "okay it's "]), V("SSN", say_digits(s[:3], ch(["single", "hundreds"])), "s"))
    c.t("agent", ch(BACKCH))
    c.t("customer", V("SSN", say_digits(s[3:5], ch(["single", "pairs"])), "s"))
    c.t("agent", "and the last four")
    c.t("customer", V("SSN", say_digits(s[5:], ch(["single", "pairs"])), "s"))
    c.t("agent", "so that's ", V("SSN", say_groups([s[:3], s[3:5], s[5:]], 0.0, ", "), "rb"), ch(["?", ", correct?"]))
    c.t("customer", ch(["that's right", "yes ma'am", "correct"]))
    return c


def p_ssn_typed():
    s = make_ssn()
    dob = make_dob()
    c = Case("US typed web chat / e-mail: SSN with label and date of birth")
    lab = ch(["SSN: ", "ssn ", "Social: ", "my social is ", "SS#: ", "soc sec no. "])
    c.t("agent", "To verify your identity please provide your SSN and date of birth.")
    c.t("customer", lab, V("SSN", typed_ssn(s)), ch([" and DOB ", ", dob: ", ". born ", "\nDOB - "]),
        V("DOB", typed_dob(*dob)))
    c.t("agent", "Thank you, you're verified. Your claim reference is CLM-%s." % rdig(7))
    return c


def p_ssn_correction():
    s = make_ssn()
    g = [s[:3], s[3:5], s[5:]]
    bad = str((int(s[-1]) + 4) % 10)
    c = Case("US call transcript: caller corrects a single SSN digit after agent read-back, then confirms")
    c.t("customer", "my social is ", V("SSN", say_groups(g, 0.3), "s"))
    c.t("agent", "okay i have ", V("SSN", say_groups([g[0], g[1], g[2][:3] + bad], 0.0, ", "), "bad", True))
    c.t("customer", "no, the last one is ", V("SSN", say_digits(s[-1], "single"), "fix", True),
        ", so it ends ", V("SSN", say_digits(g[2]), "fix2", True))
    c.t("agent", "got it, ", V("SSN", say_groups(g, 0.0, " "), "rb"), ", thank you")
    return c


def p_ni_nato():
    n = make_ni()
    c = Case("UK call transcript (government services / payroll): NI number with NATO spelling, agent queries a letter")
    c.t("agent", ch(["can i take your national insurance number", "and your NI number please",
                     "what's your national insurance number"]))
    c.t("customer", "yeah it's ", V("NI_NUMBER", say_ni(n), "n"))
    c.t("agent", "sorry was the last letter " + ch(["b for bravo or d for delta", "a or c", "c for charlie"]) + "?")
    c.t("customer", "it's ", V("NI_NUMBER", n[-1].lower() + " for " + NATO_WORD[n[-1]], "p", True))
    c.t("agent", "lovely so that's ", V("NI_NUMBER", " ".join(c_.lower() for c_ in n[:2]) + " " +
                                       say_groups([n[2:4], n[4:6], n[6:8]], 0.0, " ") + " " + n[-1].lower(), "rb"))
    c.t("customer", ch(["yep", "that's it", "yes love"]))
    return c


def p_ni_typed():
    n = make_ni()
    c = Case("UK typed e-mail / chat: NI number with label, varied casing and spacing")
    lab = ch(["NI no: ", "NINO ", "National Insurance Number - ", "ni number is ", "N.I. ", "my nat ins no is "])
    c.t("customer", ch(["Hi, re my tax code letter. ", "Hello, about the payslip query. ", "Re: pension forecast. "]),
        lab, V("NI_NUMBER", typed_ni(n)), ch([". Thanks", ", thanks", "", ". Regards"]))
    c.t("agent", "Thanks, I've found your record.")
    return c


def p_ni_split():
    n = make_ni()
    c = Case("UK call transcript: NI number split over turns, caller restarts after an aside")
    c.t("agent", "national insurance number please")
    c.t("customer", V("NI_NUMBER", say_letter(n[0]) + " " + say_letter(n[1]), "n"), ", hang on it's on my payslip somewhere, ",
        V("NI_NUMBER", say_groups([n[2:4], n[4:6]], 0.3), "n"))
    c.t("agent", ch(BACKCH))
    c.t("customer", V("NI_NUMBER", say_digits(n[6:8]) + " " + say_letter(n[8]), "n"))
    c.t("agent", "and just to double check the start was ", V("NI_NUMBER", n[0].lower() + " " + n[1].lower(), "p", True), "?")
    c.t("customer", "that's it yeah")
    return c


def p_ni_plus_phone():
    n = make_ni()
    nat, natf, intl, cc = make_phone("UK")
    c = Case("UK typed message: NI number and mobile together, plus agent read-back of NI")
    c.t("customer", "ni: ", V("NI_NUMBER", typed_ni(n)), " / mob ", V("PHONE", ch([natf, intl])))
    c.t("agent", "Thanks. Just confirming NI ", V("NI_NUMBER", n), " - is that right?")
    c.t("customer", "yes")
    return c


def p_bank_uk():
    s = make_sort()
    a = rdig(8)
    c = Case("UK call transcript: sort code and account number for direct debit, agent read-back with a partial repeat")
    c.t("agent", ch(["for the direct debit", "to set up the refund", "for your salary payments"]) + ", sort code first please")
    c.t("customer", V("SORT_CODE", say_sort(s)))
    c.t("agent", "and the account number")
    c.t("customer", V("BANK_ACCOUNT", say_digits(a[:4]), "a"), " ", ch(["um", "erm"]), " ", V("BANK_ACCOUNT", say_digits(a[4:]), "a"))
    c.t("agent", "sorry the second half again?")
    c.t("customer", V("BANK_ACCOUNT", say_digits(a[4:]), "p", True))
    c.t("agent", "so sort code ", V("SORT_CODE", say_sort(s)), ", account ", V("BANK_ACCOUNT", say_groups([a[:4], a[4:]], 0.0), "rb"))
    c.t("customer", "spot on")
    return c


def p_bank_typed():
    s = make_sort()
    a = rdig(8)
    c = Case("UK typed chat: sort code and account number with abbreviations")
    c.t("customer", ch(["sort code ", "s/c ", "Sortcode: ", "SC "]), V("SORT_CODE", typed_sort(s)),
        ch([" acct no: ", ", a/c ", " Account No. ", " acc "]), V("BANK_ACCOUNT", a))
    c.t("agent", "Thanks, the refund of £%d.%02d will go to that account within 5 working days." % (rng.randint(10, 400), rng.randint(0, 99)))
    return c


def p_bank_us():
    a = rdig(rng.randint(9, 12))
    c = Case("US call transcript: checking account number for autopay, read back")
    c.t("agent", "what's the checking account number for the autopay")
    c.t("customer", "okay that's ", V("BANK_ACCOUNT", say_groups([a[:3], a[3:6], a[6:]], 0.3)))
    c.t("agent", "and that was ", V("BANK_ACCOUNT", say_digits(a, "single")), "?")
    c.t("customer", "yes")
    return c


def p_iban_typed():
    ctry = ch(["GB", "IE", "DE", "NL", "ES", "FR"])
    i = make_iban(ctry)
    c = Case("EU/UK typed e-mail: IBAN for refund, %s" % ctry)
    c.t("customer", ch(["Please refund to IBAN ", "My IBAN: ", "iban is ", "Bank details - IBAN "]), V("IBAN", typed_iban(i)),
        ch([" thanks", ". Kind regards", ""]))
    c.t("agent", "Thank you, I've passed this to our refunds team, reference RF%s." % rdig(6))
    return c


def p_iban_spoken():
    ctry = ch(["GB", "IE", "DE", "NL"])
    i = make_iban(ctry)
    chunks = [i[k:k + 4] for k in range(0, len(i), 4)]
    c = Case("call transcript: IBAN read in chunks over turns, agent asks to repeat a chunk (%s)" % ctry)
    c.t("agent", "and the iban for the refund")
    cut = len(chunks) // 2

    def say_chunks(xs):
        for _ in range(20):
            txt = " ".join(say_alnum_chunk(x) for x in xs)
            if norm_seq(txt, letters=True) == "".join(xs):
                return txt
        return " ".join(" ".join(DIGIT_WORD[int(q)] if q.isdigit() else q.lower() for q in x) for x in xs)
    c.t("customer", V("IBAN", say_chunks(chunks[:cut]), "i"))
    c.t("agent", ch(BACKCH))
    c.t("customer", V("IBAN", say_chunks(chunks[cut:]), "i"))
    c.t("agent", "sorry can you repeat the bit after ", V("IBAN", say_alnum_chunk(chunks[0]), "p1", True))
    c.t("customer", V("IBAN", say_alnum_chunk(chunks[1]), "p2", True))
    return c


def p_phone_spoken():
    ctry = ch(["UK", "UK", "US", "IE", "DE", "FR"])
    nat, natf, intl, cc = make_phone(ctry)
    c = Case("call transcript (%s): contact number spoken, one digit corrected, agent read-back" % ctry)
    c.t("agent", "what's the best number to reach you on")
    use_cc = maybe(0.5)
    spoken = say_phone(nat, cc if use_cc else None)
    c.t("customer", V("PHONE", spoken, "ph"))
    c.t("agent", "okay and that's the whole thing?")
    last = nat[-2:]
    c.t("customer", ch(["yes, and just to be clear the last two are ", "that's it, the end bit is ", "yeah, ends "]), V("PHONE", say_digits(last, "single"), "fix", True), ch([", people always get that wrong", "", " yeah"]))
    c.t("agent", "no worries, so ", V("PHONE", say_phone(nat, cc if use_cc else None), "rb"))
    return c


def p_phone_typed():
    ctry = ch(["UK", "US", "IE", "DE", "FR"])
    nat, natf, intl, cc = make_phone(ctry)
    c = Case("typed chat (%s): phone number in national and international forms" % ctry)
    c.t("customer", ch(["call me on ", "tel: ", "Mobile: ", "my number's ", "ph "]), V("PHONE", natf),
        ch([" or from abroad ", " (or ", " / intl "]), V("PHONE", intl), ch(["", ")", ""]))
    c.t("agent", "Thanks, an engineer will call between 8am and 1pm.")
    return c


def p_email_spoken():
    e = make_email()
    c = Case("call transcript: e-mail spoken with dot/at/underscore (some letters spelled or NATO), agent reads it back")
    c.t("agent", "and an email address for the confirmation")
    c.t("customer", V("EMAIL", say_email(e)))
    c.t("agent", "so that's ", V("EMAIL", say_email(e)), "?")
    c.t("customer", ch(["yes that's right", "yep all lower case", "that's it"]))
    return c


def p_email_typed():
    e = make_email()
    e2 = make_email()
    c = Case("typed e-mail/chat: e-mail address with case variation, then a second address")
    c.t("customer", ch(["email: ", "Send it to ", "my email is ", "E-mail - "]), V("EMAIL", typed_email(e)),
        ch([". or my work one ", " (work: "]), V("EMAIL", e2), ch([" thanks", ")"]))
    c.t("agent", "Thanks, I've updated that.")
    return c


def p_dob_security():
    y, m, d = make_dob()
    c = Case("call transcript: DOB security question, agent asks again after a mishearing, appointment date is not PII")
    c.t("agent", "for security can you confirm your date of birth")
    c.t("customer", "it's ", V("DOB", say_dob(y, m, d)))
    c.t("agent", "sorry, you broke up a bit there, was that ", V("DOB", MONTHS[m - 1] + " " + say_year(y)), "?")
    c.t("customer", "yes, the ", V("DOB", ordinal_word(d) + " of " + MONTHS[m - 1]))
    c.t("agent", "thank you, and i can see your appointment is on the %s of %s at ten thirty" %
        (ordinal_word(rng.randint(1, 28)), ch(MONTHS)))
    return c


def p_dob_typed():
    y, m, d = make_dob()
    c = Case("typed chat: DOB with label, age mentioned separately (age not PII)")
    c.t("customer", ch(["dob ", "D.O.B: ", "date of birth is ", "born "]), V("DOB", typed_dob(y, m, d)),
        ", i'm %d if that helps" % (2025 - y))
    c.t("agent", "Thank you, that matches our records.")
    return c


def p_address_uk():
    addr, num, street = make_address()
    pc = make_uk_pc()
    town = ch(TOWNS_UK)
    c = Case("UK typed chat: address and postcode, town unlabelled")
    c.t("customer", ch(["new address is ", "Address: ", "moved to ", "pls update addr to "]), V("ADDRESS", addr),
        ", " + town + ", ", V("POSTCODE", typed_pc(pc)))
    c.t("agent", "Thanks, I've updated your address.")
    return c


def p_address_uk_spoken():
    addr, num, street = make_address()
    pc = make_uk_pc()
    c = Case("UK call transcript: house number and street spoken, postcode with NATO letters, agent confirms postcode piece by piece")
    spoken_addr = say_number_word(num) + " " + street.lower()
    if addr.startswith("Flat"):
        spoken_addr = "flat " + say_number_word(int(addr.split()[1].rstrip(","))) + ", " + spoken_addr
    c.t("agent", "can i take the first line of the address and the postcode")
    c.t("customer", "yeah it's ", V("ADDRESS", spoken_addr), ", " + ch(TOWNS_UK).lower() + ", and the postcode is ",
        V("POSTCODE", say_pc(pc), "pc"))
    out, inw = pc.split(" ")
    c.t("agent", "sorry was that ", V("POSTCODE", say_pc(out), "p1", True), "?")
    c.t("customer", "yes then ", V("POSTCODE", say_pc(inw), "p2", True))
    return c


def p_address_us():
    addr, num, street = make_address(us=True)
    z = make_zip()
    town, st = ch(TOWNS_US)
    c = Case("US call/chat: street address and ZIP code")
    if maybe(0.5):
        c.t("customer", "shipping address: ", V("ADDRESS", addr), ", %s, %s " % (town, st), V("POSTCODE", z))
    else:
        c.t("customer", "it's ", V("ADDRESS", say_number_word(num) + " " + street.lower()), " in " + town.lower() +
            ", zip code ", V("POSTCODE", say_digits(z.replace("-", ""), "single")))
    c.t("agent", "Got it, thanks. Your order should arrive in 3 to 5 business days.")
    return c


def p_mixed_verify():
    """Mixed identity verification call with distractors."""
    y, m, d = make_dob()
    pc = make_uk_pc()
    nat, natf, intl, cc = make_phone("UK")
    c = Case("UK call transcript (banking): DOB, postcode and phone verified, with a balance and reference distractors")
    c.t("agent", "i just need to run through security, date of birth first")
    c.t("customer", V("DOB", say_dob(y, m, d)))
    c.t("agent", "and your postcode")
    c.t("customer", V("POSTCODE", say_pc(pc)))
    c.t("agent", "and the mobile number on the account")
    c.t("customer", V("PHONE", say_phone(nat)))
    c.t("agent", "thank you, so your balance is %s pounds and %s pence and the reference for today is %s" %
        (say_number_word(rng.randint(100, 999)), _pair("%02d" % rng.randint(10, 99), "oh"), say_digits(rdig(8), "single")))
    return c


def p_ni_ssn_email_chat():
    s = make_ssn()
    c = Case("US typed e-mail: SSN written without separators in a longer message with distractor numbers")
    c.t("customer", "Hi, my tax ID / SSN is ", V("SSN", s), ". Invoice #%s for $%d.%02d was charged twice on %d/%d." %
        (rdig(9), rng.randint(20, 900), rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28)))
    c.t("agent", "Sorry about that. Can you confirm the last four of the SSN?")
    c.t("customer", V("SSN", s[5:], partial=True))
    return c


POS_TEMPLATES = [
    (p_chat_card, 10), (p_asr_card_split, 10), (p_asr_card_correction, 9), (p_asr_which_bit, 8),
    (p_card_then_last4, 6), (p_card_after_hold, 7), (p_card_transfer, 6), (p_chat_card_typo, 6),
    (p_ssn_piece, 7), (p_ssn_typed, 7), (p_ssn_correction, 6), (p_ni_ssn_email_chat, 4),
    (p_ni_nato, 8), (p_ni_typed, 8), (p_ni_split, 6), (p_ni_plus_phone, 5),
    (p_bank_uk, 7), (p_bank_typed, 6), (p_bank_us, 5), (p_iban_typed, 8), (p_iban_spoken, 6),
    (p_phone_spoken, 7), (p_phone_typed, 6), (p_email_spoken, 7), (p_email_typed, 6),
    (p_dob_security, 6), (p_dob_typed, 6), (p_address_uk, 7), (p_address_uk_spoken, 6),
    (p_address_us, 6), (p_mixed_verify, 6),
]


# --------------------------------------------------------------------------
# negative templates
# --------------------------------------------------------------------------
def n_order_luhn():
    fake = make_card()  # Luhn-valid 16-digit string used as an order number
    lab = ch(["order number", "tracking number", "invoice number", "reference number", "policy number",
              "claim number", "ticket number"])
    c = Case("negative: Luhn-valid long number explicitly labelled as %s" % lab)
    if maybe(0.5):
        c.t("customer", "Hi, my %s is %s and it still hasn't arrived" % (lab, typed_card(fake)))
    else:
        c.t("customer", "the %s is %s" % (lab, say_groups(card_groups(fake), 0.2)))
        c.t("agent", "so the %s, %s" % (lab, say_groups(card_groups(fake), 0.0, ", ")))
    c.t("agent", "Thanks, I can see that one. It's due on the %s." % ordinal_word(rng.randint(1, 28)))
    return c


def n_ref_split():
    ref = rdig(rng.choice([10, 12, 16]))
    lab = ch(["booking reference", "claim reference", "case number", "meter serial number", "tracking number"])
    c = Case("negative: %s read digit by digit over several turns with back-channels, like a card reading" % lab)
    c.t("agent", "can i take the %s" % lab)
    c.t("customer", say_digits(ref[:4]))
    c.t("agent", ch(BACKCH))
    c.t("customer", say_digits(ref[4:8]))
    c.t("agent", ch(BACKCH))
    c.t("customer", say_digits(ref[8:]) + " and that's the %s" % lab)
    c.t("agent", "lovely, i've got that %s up now" % lab)
    return c


def n_last4():
    l4 = rdig(4)
    c = Case("negative: card last four only, no full card in the case")
    c.t("agent", ch(["which card would you like to use", "is it the card we have on file"]))
    c.t("customer", ch(["the one ending ", "the visa ending in ", "yeah the card ending ", "the debit card, last four digits "]) +
        ch([l4, say_digits(l4)]))
    c.t("agent", "okay, the card ending %s, and that payment of %s pounds has gone through" % (say_digits(l4, "single"),
                                                                                           say_number_word(rng.randint(20, 300))))
    return c


def n_money():
    c = Case("negative: balances, amounts, prices and percentages")
    amt = rng.randint(1000, 99999)
    c.t("agent", "your outstanding balance is £%s.%02d and the minimum payment is £%d" % ("{:,}".format(amt), rng.randint(0, 99), rng.randint(5, 99)))
    c.t("customer", "and what's the interest rate on that, is it still %d.%d percent" % (rng.randint(9, 39), rng.randint(0, 9)))
    c.t("agent", "it's %s point %s percent APR, and the annual fee is %s" % (say_number_word(rng.randint(10, 30)), DIGIT_WORD[rng.randint(0, 9)],
                                                                         ch(["forty five pounds", "ninety nine dollars", "twelve euro fifty"])))
    return c


def n_time_hours():
    c = Case("negative: opening hours, times, durations, counts")
    c.t("customer", "what time are you open till")
    c.t("agent", "we're open %s to %s monday to friday, and %s till %s on saturdays, the wait is about %s minutes" %
        (ch(["8am", "eight", "08:00", "nine"]), ch(["8pm", "20:00", "six thirty", "half five"]),
         ch(["nine", "10am", "half eight"]), ch(["one", "4pm", "two o'clock"]), say_number_word(rng.randint(5, 59))))
    c.t("customer", "i've been on hold for %d minutes and called %s times already" % (rng.randint(10, 90), say_number_word(rng.randint(2, 9))))
    return c


def n_travel():
    c = Case("negative: flight, gate, seat, room numbers and a booking reference")
    fl = ch(["BA", "EI", "FR", "LH", "AA", "UA"]) + str(rng.randint(10, 9999))
    c.t("customer", "I'm on flight %s tomorrow at %02d:%02d, seat %d%s, and then room %d at the hotel" %
        (fl, rng.randint(5, 22), ch([0, 15, 30, 45, 5]), rng.randint(1, 40), ch("ABCDEF"), rng.randint(101, 1240)))
    c.t("agent", "thanks, gate %s%d opens %s minutes before departure, your booking ref is %s" %
        (ch("ABCD"), rng.randint(1, 60), say_number_word(rng.randint(30, 90)),
         "".join(ch("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    return c


def n_meter():
    c = Case("negative: meter readings and meter serial numbers (utilities)")
    rd = rdig(5)
    c.t("agent", "can you give me the reading on the meter")
    c.t("customer", "it's %s, the %s" % (say_digits(rd, "single"), ch(["black numbers", "day rate", "first five digits"])))
    c.t("agent", "and the serial number on the meter, it starts with letters")
    pre, body = ch([("e twelve", "E12"), ("k fourteen", "K14"), ("l oh nine", "L09")]), rdig(8)
    c.t("customer", "%s %s" % (pre[0], say_digits(body)))
    c.t("agent", "thank you, that's reading %s on meter serial %s" % (rd, pre[1] + body))
    return c


def n_dates_years():
    c = Case("negative: appointment, payment and contract dates, years, ages")
    c.t("agent", "your contract started in %d and ends on the %s of %s %d, your next payment is due on %d/%d" %
        (rng.randint(2015, 2024), ordinal_word(rng.randint(1, 28)), ch(MONTHS), rng.randint(2025, 2028),
         rng.randint(1, 28), rng.randint(1, 12)))
    c.t("customer", "my mum's %s and she's been a customer since %s" % (say_number_word(rng.randint(60, 95)), say_year(rng.randint(1975, 2010))))
    c.t("agent", "lovely, i've booked the engineer for %s the %s between 8 and 12" % (ch(["monday", "thursday", "friday"]),
                                                                                    ordinal_word(rng.randint(1, 28))))
    return c


def n_serial_model():
    c = Case("negative: serial, model, IMEI-like and invoice numbers with labels")
    c.t("customer", "The model number is %s-%s and serial no. %s. Invoice INV-%s, order #%s" %
        (ch(["WM", "KX", "UE55", "HP"]), rdig(4), rdig(15), rdig(8), rdig(10)))
    c.t("agent", "Thanks, the warranty on serial %s runs to 2027." % rdig(6))
    return c


def n_roads_temps():
    c = Case("negative: road names, temperatures, percentages")
    c.t("customer", "the delivery driver got stuck on the %s near junction %d, and it's %d degrees in here with the boiler broken" %
        (ch(["M25", "A40", "N7", "I-95", "M50", "Route 66", "A1(M)"]), rng.randint(1, 30), rng.randint(2, 35)))
    c.t("agent", "sorry to hear that, i've upgraded the job to priority, we're at %d percent capacity today" % rng.randint(50, 99))
    return c


def n_policy_spoken():
    pol = ch(["pol", "p", "h"]) + rdig(9)
    c = Case("negative: policy number said with label, agent reads it back, corrections on a non-PII number")
    c.t("customer", "my policy number is %s %s" % (say_letter(pol[0], 0.5) if len(pol) == 10 else "p o l", say_digits(pol[-9:])))
    c.t("agent", "sorry was that %s at the end" % say_digits(pol[-3:], "single"))
    c.t("customer", "yes %s, then it's done" % say_digits(pol[-3:], "single"))
    c.t("agent", "okay got it, policy %s" % pol.upper())
    return c


def n_long_digits_chat():
    c = Case("negative: long digit strings that are not PII (tracking, ticket, transaction ids)")
    c.t("customer", "Tracking: 1Z%s%s. Ticket INC%s. Txn id %s" % (
        "".join(ch("ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6)), rdig(10), rdig(7), rdig(18)))
    c.t("agent", "Thanks, the courier shows it out for delivery, %d stops away." % rng.randint(2, 20))
    return c


NEG_TEMPLATES = [(n_order_luhn, 14), (n_ref_split, 12), (n_last4, 10), (n_money, 8), (n_time_hours, 8),
                 (n_travel, 8), (n_meter, 8), (n_dates_years, 8), (n_serial_model, 8), (n_roads_temps, 7),
                 (n_policy_spoken, 8), (n_long_digits_chat, 7)]


# --------------------------------------------------------------------------
def build():
    pos_seq = []
    for fn, k in POS_TEMPLATES:
        pos_seq += [fn] * k
    rng.shuffle(pos_seq)
    neg_seq = []
    for fn, k in NEG_TEMPLATES:
        neg_seq += [fn] * k
    rng.shuffle(neg_seq)
    cases = []
    for i, fn in enumerate(pos_seq, 1):
        c = fn()
        c.id, c.kind = "h386-pos-%03d" % i, "positive"
        cases.append(c)
    for i, fn in enumerate(neg_seq, 1):
        c = fn()
        c.id, c.kind = "h386-neg-%03d" % i, "negative"
        cases.append(c)
    return cases


def serialise(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note},
                                ensure_ascii=False))
    return "\n".join(lines) + "\n"


def check_cases(cases):
    errs = []
    ids = set()
    for c in cases:
        if c.id in ids:
            errs.append("duplicate id %s" % c.id)
        ids.add(c.id)
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        for t in c.turns:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % c.id)
        byturn = {}
        for s in c.spans:
            if s["type"] not in TYPES:
                errs.append("%s: bad type %s" % (c.id, s["type"]))
            if not (0 <= s["turn"] < len(c.turns)):
                errs.append("%s: turn out of range" % c.id)
                continue
            text = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(text)):
                errs.append("%s: offsets out of range" % c.id)
                continue
            if not (text[a].isalnum() or (text[a] in "+(" and s["type"] == "PHONE")) or (a > 0 and text[a - 1].isalnum()):
                errs.append("%s: bad start boundary %r" % (c.id, text[a:b]))
            if not text[b - 1].isalnum() or (b < len(text) and text[b].isalnum()):
                errs.append("%s: bad end boundary %r" % (c.id, text[a:b]))
            if text[a:b] != text[a:b].strip():
                errs.append("%s: whitespace at span edge" % c.id)
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        for key, g in c.groups.items():
            e = validate_value(g["type"], g["pieces"], g["partial"])
            if e:
                errs.append("%s [%s]: %s" % (c.id, g["type"], e))
    return errs


def counts(cases):
    cnt = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            cnt[s["type"]] += 1
    return cnt


def main():
    cases = build()
    data = serialise(cases)
    errs = check_cases(cases)
    npos = sum(1 for c in cases if c.kind == "positive")
    nneg = len(cases) - npos
    cnt = counts(cases)
    if npos < 200:
        errs.append("only %d positives" % npos)
    if nneg < 100:
        errs.append("only %d negatives" % nneg)
    mins = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if cnt[t] < mins.get(t, 10):
            errs.append("too few %s spans: %d" % (t, cnt[t]))
    if "--check" in sys.argv:
        # re-validate from the file itself as well
        with open(OUT_FILE, encoding="utf-8") as f:
            on_disk = f.read()
        if on_disk != data:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
        for line in on_disk.splitlines():
            json.loads(line)
        if errs:
            for e in errs:
                print("ERROR", e)
            sys.exit(1)
        print("OK: %d cases (%d positive, %d negative), spans: %s" % (len(cases), npos, nneg,
                                                                       ", ".join("%s=%d" % kv for kv in cnt.items())))
        return
    if errs:
        for e in errs:
            print("ERROR", e)
        sys.exit(1)
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(OUT_FILE, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %s: %d cases (%d positive, %d negative)" % (OUT_FILE, len(cases), npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, cnt[t]))


if __name__ == "__main__":
    main()

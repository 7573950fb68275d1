#!/usr/bin/env python3
"""Generate held-out PII redaction eval set h302 (written blind to the redactor).

Usage: python scripts/make_pii_holdout302.py [--check]
Standard library only. Deterministic (seed 302241125).
"""
import json, os, random, re, sys

SEED = 302241125
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTDIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout302")
CASES = os.path.join(OUTDIR, "cases.jsonl")
README = os.path.join(OUTDIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = {"twenty": 2, "thirty": 3, "forty": 4, "fifty": 5, "sixty": 6, "seventy": 7, "eighty": 8, "ninety": 9}
TENS_W = {v: k for k, v in TENS.items()}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
       "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
       "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot", "g": "golf",
        "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima", "m": "mike", "n": "november",
        "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
FOR_WORDS = {"a": "apple", "b": "bob", "c": "charlie", "d": "david", "e": "edward", "g": "george",
             "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary", "n": "nancy",
             "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william", "x": "xray",
             "y": "yellow", "z": "zebra"}
HOMO = {"b": "bee", "c": "see", "j": "jay", "p": "pee", "r": "are", "t": "tea", "y": "why", "k": "kay",
        "q": "queue", "e": "e", "g": "gee"}
HOMO_REV = {v: k for k, v in HOMO.items()}
FILLERS = {"um", "uh", "er", "erm", "hmm"}

# ---------------------------------------------------------------- validators
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

def luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last

def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97 == 1

def iban_make(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(ch, 36)) for ch in r)
    chk = 98 - int(n) % 97
    return "%s%02d%s" % (cc, chk, bban)

NI_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^([A-Z]{1,2}\d[A-Z\d]?)\s?(\d[A-Z]{2})$")
ZIP_RE = re.compile(r"^\d{5}(\d{4})?$")
EMAIL_RE = re.compile(r"^[a-z0-9._+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$")

# ---------------------------------------------------------------- spoken normaliser (for --check)
def norm_tokens(text):
    otoks = re.findall(r"[A-Za-z0-9]+(?:-[a-z]+)?|[@._+]", text)
    toks = [x.lower() for x in otoks]
    out = []  # list of strings (digit runs or letters)
    i = 0
    while i < len(toks):
        w = toks[i]
        if otoks[i].isalpha() and otoks[i].isupper() and len(w) <= 4:
            out.append(otoks[i]); i += 1; continue
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if w in FILLERS or w in ("dash", "slash", "space", "and", "then", "plus", "+", ".", "_", "@"):
            if w == "dash":
                out.append("-")
            i += 1
            continue
        if w in ("double", "triple") and nxt is not None:
            k = 2 if w == "double" else 3
            sub = norm_tokens(nxt)
            out.extend(sub * k)
            i += 2
            continue
        if nxt in ("for", "as") and len(w) == 1 and w.isalpha():
            out.append(w.upper())
            j = i + 2
            if nxt == "as":
                j += 1  # "as in"
            i = j + 1
            continue
        if w in UNITS:
            out.append(str(UNITS.index(w))); i += 1; continue
        if w in ("oh", "o", "nought", "zero"):
            out.append("0"); i += 1; continue
        if w in TEENS:
            out.append(str(10 + TEENS.index(w))); i += 1; continue
        if w in TENS:
            if nxt in UNITS[1:]:
                out.append(str(TENS[w] * 10 + UNITS.index(nxt))); i += 2; continue
            if nxt in ORD[1:10]:
                out.append(str(TENS[w] * 10 + ORD.index(nxt))); i += 2; continue
            out.append(str(TENS[w] * 10)); i += 1; continue
        if w == "thirtieth":
            out.append("30"); i += 1; continue
        if w in ORD[1:]:
            out.append(str(ORD.index(w))); i += 1; continue
        if w in MONTHS:
            out.append("%02d" % (MONTHS.index(w) + 1)); i += 1; continue
        if w[:3] in [m[:3] for m in MONTHS] and len(w) <= 4 and w.isalpha():
            out.append("%02d" % ([m[:3] for m in MONTHS].index(w[:3]) + 1)); i += 1; continue
        if w in HOMO_REV:
            out.append(HOMO_REV[w].upper()); i += 1; continue
        if w in ("of", "the", "in", "as", "is"):
            i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if len(w) == 1 and w.isalpha():
            out.append(w.upper()); i += 1; continue
        if re.fullmatch(r"[a-z]{1,2}\d[a-z\d]*|\d[a-z]+|[a-z]+\d+[a-z\d]*", w):
            out.append(w.upper()); i += 1; continue
        if w.isalpha() and len(w) <= 4:
            out.append(w.upper()); i += 1; continue
        out.append("?" + w); i += 1
    return out

def norm_compact(text):
    return "".join(x for x in norm_tokens(text) if x != "-").upper()

def norm_email(text):
    t = text.lower().strip()
    t = re.sub(r"\s+(at)\s+", "@", " " + t + " ").strip()
    t = re.sub(r"\s*\b(dot)\b\s*", ".", t)
    t = re.sub(r"\s*\bunderscore\b\s*", "_", t)
    t = re.sub(r"\s*\b(dash|hyphen)\b\s*", "-", t)
    parts = re.split(r"([@._-])", t)
    res = []
    for p in parts:
        if p in "@._-" and p:
            res.append(p)
            continue
        ws = p.split()
        if any(w in UNITS or w in TENS or w in TEENS or w in ("double", "oh") for w in ws) and len(ws) > 0:
            res.append("".join(x.lower() if not x.isdigit() else x for x in
                               (norm_tokens(" ".join(w for w in ws if w in UNITS or w in TENS or w in TEENS or w in ("double", "oh")))))
                       if all(w in UNITS or w in TENS or w in TEENS or w in ("double", "oh") for w in ws)
                       else "".join(w for w in ws if not (w in UNITS or w in TENS or w in TEENS or w in ("double", "oh"))) +
                       "".join(norm_tokens(" ".join(w for w in ws if w in UNITS or w in TENS or w in TEENS or w in ("double", "oh")))))
        else:
            res.append("".join(ws))
    return "".join(res)

def norm_date_ints(text):
    toks = [x for x in norm_tokens(text) if x != "-"]
    nums = []
    i = 0
    while i < len(toks):
        x = toks[i]
        if not x.isdigit():
            nums.append(-1); i += 1; continue
        if x == "0" and i + 1 < len(toks) and len(toks[i + 1]) == 1 and toks[i + 1].isdigit():
            nums.append(int(toks[i + 1])); i += 2; continue
        nums.append(int(x)); i += 1
    return sorted(nums)

def validate(typ, canon, text):
    """Return error string or None. canon: canonical value, text: concatenated span texts."""
    if typ == "EMAIL":
        got = norm_email(text)
        if got != canon.lower():
            return "email norm %r != %r" % (got, canon)
        return None if EMAIL_RE.match(canon.lower()) else "bad email"
    if typ in ("DOB", "EXPIRY"):
        got = norm_date_ints(text)
        opts = [[]]
        for v in canon:
            if v >= 1000:
                opts = [o + [v] for o in opts] + [o + [v // 100, v % 100] for o in opts]
            else:
                opts = [o + [v] for o in opts]
        if not any(sorted(o) == got for o in opts):
            return "date norm %r != %r" % (got, canon)
        return None
    if typ == "ADDRESS":
        toks = norm_tokens(text)
        if not any(t[:1].isdigit() for t in toks):
            return "address without number"
        if not re.search(r"\b(street|st|road|rd|lane|ln|avenue|ave|drive|dr|close|way|court|crescent|place|terrace|boulevard|blvd|grove|gardens|park|row|hill|parkway|square|view|walk|mews)\b", text.lower()):
            return "address without street word"
        return None
    got = norm_compact(text)
    if got != canon.replace(" ", "").upper():
        return "norm %r != %r" % (got, canon)
    c = canon.replace(" ", "").upper()
    if typ == "CARD_NUMBER":
        return None if c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c) else "bad card"
    if typ == "CVV":
        return None if c.isdigit() and len(c) in (3, 4) else "bad cvv"
    if typ == "SSN":
        return None if c.isdigit() and len(c) == 9 else "bad ssn"
    if typ == "NI_NUMBER":
        return None if NI_RE.match(c) else "bad ni"
    if typ == "BANK_ACCOUNT":
        return None if c.isdigit() and 6 <= len(c) <= 17 else "bad account"
    if typ == "SORT_CODE":
        return None if c.isdigit() and len(c) == 6 else "bad sort"
    if typ == "IBAN":
        return None if iban_ok(c) else "bad iban"
    if typ == "PHONE":
        d = c.lstrip("+")
        return None if d.isdigit() and 10 <= len(d) <= 13 else "bad phone"
    if typ == "POSTCODE":
        return None if (UKPC_RE.match(c) or ZIP_RE.match(c)) else "bad postcode"
    return "unknown type"

NUMW = set(UNITS) | set(TENS) | set(TEENS) | {"double", "triple", "oh", "o", "nought"}

def norm_email(text):  # noqa: F811  (clean version)
    t = " " + text.lower().strip() + " "
    t = re.sub(r"\s+at\s+", " @ ", t)
    t = re.sub(r"\s+dot\s+", " . ", t)
    t = re.sub(r"\s+underscore\s+", " _ ", t)
    t = re.sub(r"\s+(dash|hyphen)\s+", " - ", t)
    out = []
    buf = []
    def flush():
        if buf:
            out.append("".join(norm_tokens(" ".join(buf))))
            buf.clear()
    for w in t.split():
        if w in NUMW:
            buf.append(w)
        else:
            flush()
            out.append(w)
    flush()
    return "".join(out)

# ---------------------------------------------------------------- conversation builder
class Conv:
    def __init__(self, rng):
        self.rng = rng
        self.turns = []
        self.spans = []
        self.groups = {}  # gid -> (type, canon, check)
        self.gid = 0

    def val(self, typ, canon, check=True):
        self.gid += 1
        self.groups[self.gid] = (typ, canon, check)
        return self.gid

    def add(self, speaker, *segs):
        text = ""
        idx = len(self.turns)
        for s in segs:
            if isinstance(s, list):
                parts = s
            else:
                parts = [s]
            for p in parts:
                if isinstance(p, str):
                    text += p
                else:
                    t, typ, gid = p
                    st = len(text)
                    text += t
                    self.spans.append({"turn": idx, "start": st, "end": len(text), "type": typ, "_g": gid})
        self.turns.append({"speaker": speaker, "text": text})

    def A(self, *segs):
        self.add("agent", *segs)

    def C(self, *segs):
        self.add("customer", *segs)

def P(text, typ, gid):
    return (text, typ, gid)

# ---------------------------------------------------------------- spoken renderers
def zero_word(rng):
    return rng.choice(["zero", "oh", "oh", "o", "nought", "zero"])

def say_digits(d, rng, zw=None, doubles=True, pairs=False):
    """Return words for digit string d (ASR style)."""
    zw = zw or zero_word(rng)
    words = []
    i = 0
    while i < len(d):
        if pairs and i + 1 < len(d) and d[i] != "0" and (d[i + 1] != "0" or d[i] == "1") and rng.random() < 0.7:
            n = int(d[i:i + 2])
            if n < 20:
                words.append(TEENS[n - 10])
            elif n % 10 == 0:
                words.append(TENS_W[n // 10])
            else:
                words.append(TENS_W[n // 10] + " " + UNITS[n % 10])
            i += 2
            continue
        w = zw if d[i] == "0" else UNITS[int(d[i])]
        if doubles and i + 2 < len(d) and d[i] == d[i + 1] == d[i + 2] and rng.random() < 0.7:
            words.append("triple " + w); i += 3; continue
        if doubles and i + 1 < len(d) and d[i] == d[i + 1] and rng.random() < 0.75:
            words.append("double " + w); i += 2; continue
        words.append(w)
        i += 1
    return " ".join(words)

def say_letter(ch, rng, mode=None):
    ch = ch.lower()
    mode = mode or rng.choice(["plain", "plain", "nato", "for", "homo"])
    if mode == "nato":
        return "%s for %s" % (ch, NATO[ch])
    if mode == "for":
        return "%s for %s" % (ch, FOR_WORDS.get(ch, NATO[ch]))
    if mode == "asin":
        return "%s as in %s" % (ch, FOR_WORDS.get(ch, NATO[ch]))
    if mode == "homo" and ch in HOMO:
        return HOMO[ch]
    return ch

def say_alnum(s, rng, zw=None, letter_mode=None, pairs=False):
    """letters and digits; digit runs via say_digits."""
    out = []
    for m in re.finditer(r"\d+|[A-Za-z]", s):
        g = m.group()
        if g.isdigit():
            out.append(say_digits(g, rng, zw=zw, pairs=pairs))
        else:
            out.append(say_letter(g, rng, letter_mode))
    return " ".join(out)

def chunks(s, sizes):
    res, i = [], 0
    for n in sizes:
        res.append(s[i:i + n]); i += n
    if i < len(s):
        res.append(s[i:])
    return [x for x in res if x]

def spoken_parts(c, typ, gid, pieces, rng, fill_p=0.25):
    """pieces: list of spoken word strings; join with spaces or filler words (fillers outside spans)."""
    parts = []
    for k, p in enumerate(pieces):
        if k > 0:
            if rng.random() < fill_p:
                parts.append(" " + rng.choice(["um", "uh", "er", "erm"]) + " ")
            else:
                # extend previous span with a space: merge
                if parts and not isinstance(parts[-1], str):
                    t0, ty, g = parts[-1]
                    parts[-1] = (t0 + " " + p, ty, g)
                    continue
                parts.append(" ")
        parts.append(P(p, typ, gid))
    return parts

# ---------------------------------------------------------------- value generators
def gen_card(rng):
    kind = rng.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        return luhn_complete("4" + rng.choice("0123456789"), 16, rng)
    if kind == "mc":
        return luhn_complete(rng.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16, rng)
    if kind == "amex":
        return luhn_complete(rng.choice(["34", "37"]), 15, rng)
    if kind == "disc":
        return luhn_complete("6011", 16, rng)
    if kind == "visa13":
        return luhn_complete("4", 13, rng)
    return luhn_complete("4", 19, rng)

def card_groups(n):
    if len(n) == 15:
        return chunks(n, [4, 6, 5])
    if len(n) == 13:
        return chunks(n, [4, 4, 5])
    if len(n) == 19:
        return chunks(n, [4, 4, 4, 4, 3])
    return chunks(n, [4, 4, 4, 4])

def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))

def gen_ni(rng):
    first = "ABCEGHJKLMNPRSTWXYZ"
    second = "ABCEGHJKLMNPRSTWXYZ"
    while True:
        p = rng.choice(first) + rng.choice(second)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(rng.choice("0123456789") for _ in range(6)) + rng.choice("ABCD")

def gen_uk_pc(rng):
    L = "ABCDEFGHJKLMNPRSTUWYZ"
    shape = rng.choice(["A9", "A99", "AA9", "AA99", "A9A", "AA9A", "AA99", "AA9"])
    out = ""
    for ch in shape:
        out += rng.choice(L) if ch == "A" else str(rng.randint(1, 9))
    return out + " " + str(rng.randint(0, 9)) + rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ")

def gen_zip(rng, plus4=False):
    z = "%05d" % rng.randint(1001, 99950)
    if plus4:
        z += "-%04d" % rng.randint(1, 9999)
    return z

def gen_uk_mobile(rng):
    return "07" + rng.choice("3456789") + "".join(rng.choice("0123456789") for _ in range(8))

def gen_us_phone(rng):
    return str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(2)) + \
        str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(6))

def gen_ie_mobile(rng):
    return "08" + rng.choice("35679") + "".join(rng.choice("0123456789") for _ in range(7))

def gen_iban(rng, cc=None):
    cc = cc or rng.choice(["GB", "GB", "IE", "DE", "NL", "FR", "ES"])
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    if cc == "GB":
        b = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + D(14)
    elif cc == "IE":
        b = rng.choice(["AIBK", "ULSB", "IPBS"]) + D(14)
    elif cc == "DE":
        b = D(18)
    elif cc == "NL":
        b = rng.choice(["ABNA", "INGB", "RABN"]) + D(10)
    elif cc == "FR":
        b = D(23)
    else:
        b = D(20)
    return iban_make(cc, b)

FIRST = ["sarah", "james", "priya", "tom", "aoife", "marco", "lisa", "dev", "hannah", "kevin", "niamh", "omar",
         "grace", "luke", "emma", "sean", "chloe", "raj", "anna", "mike"]
LAST = ["walsh", "patel", "hughes", "kowalski", "brennan", "smith", "okafor", "murphy", "jones", "nguyen",
        "garcia", "byrne", "taylor", "khan", "reilly", "fischer", "evans", "lopez"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "eircom.net", "btinternet.com",
           "aol.com", "live.ie", "protonmail.com"]

def gen_email(rng):
    f, l = rng.choice(FIRST), rng.choice(LAST)
    style = rng.choice(["f.l", "fl", "f_l", "fl99", "f.l99", "f1l", "l.f"])
    n = str(rng.randint(10, 99))
    local = {"f.l": f + "." + l, "fl": f + l, "f_l": f + "_" + l, "fl99": f + l + n, "f.l99": f + "." + l + n,
             "f1l": f[0] + l, "l.f": l + "." + f}[style]
    return local + "@" + rng.choice(DOMAINS)

def say_email(e, rng):
    local, dom = e.split("@")
    def sp(s):
        out = []
        for m in re.finditer(r"[a-z]+|\d+|[._-]", s):
            g = m.group()
            if g == ".":
                out.append("dot")
            elif g == "_":
                out.append("underscore")
            elif g == "-":
                out.append("dash")
            elif g.isdigit():
                out.append(say_digits(g, rng, pairs=rng.random() < 0.6))
            else:
                out.append(g)
        return " ".join(out)
    return sp(local) + " at " + sp(dom)

STREETS = ["mill lane", "church road", "high street", "station road", "park avenue", "oak drive", "maple street",
           "victoria road", "elm grove", "kings way", "willow close", "meadow view", "harbour terrace",
           "main street", "cedar court", "orchard crescent", "sunset boulevard", "pine street", "lake shore drive",
           "quarry hill", "abbey walk", "greenfield park", "canal row", "river mews"]

def gen_address(rng):
    return rng.randint(1, 250), rng.choice(STREETS)

def say_number(n, rng):
    """house numbers etc as words: 'forty two', 'one twenty five', 'two hundred' avoided."""
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS_W[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])
    h, r = divmod(n, 100)
    if r == 0:
        return UNITS[h] + " hundred"
    if r < 10:
        return UNITS[h] + " oh " + UNITS[r]
    return UNITS[h] + " " + say_number(r, rng)

# ---------------------------------------------------------------- per-type renderers -> parts
def R_card(c, rng, mode, num=None):
    num = num or gen_card(rng)
    g = c.val("CARD_NUMBER", num)
    grs = card_groups(num)
    if mode == "chat":
        sep = rng.choice([" ", " ", "-", "", "  ", " "])
        txt = sep.join(grs) if sep else num
        return [P(txt, "CARD_NUMBER", g)], num
    zw = zero_word(rng)
    pairs = rng.random() < 0.3
    return spoken_parts(c, "CARD_NUMBER", g, [say_digits(x, rng, zw=zw, pairs=pairs) for x in grs], rng), num

def R_cvv(c, rng, mode, n=3):
    v = "".join(rng.choice("0123456789") for _ in range(n))
    g = c.val("CVV", v)
    return [P(v if mode == "chat" else say_digits(v, rng, doubles=False), "CVV", g)]

def R_exp(c, rng, mode):
    m, y = rng.randint(1, 12), rng.randint(26, 32)
    st = rng.choice(["num", "name", "num4"] if mode == "call" else ["slash", "slash", "dash", "slash4", "name"])
    if st == "num":
        t = ("oh " + UNITS[m] if m < 10 else say_number(m, rng)) + " " + say_number(y, rng); canon = [m, y]
    elif st == "name":
        t = MONTHS[m - 1] + " " + say_number(y, rng) if mode == "call" else MONTHS[m - 1].capitalize()[:3] + " 20%d" % y
        canon = [m, y] if mode == "call" else [m, 2000 + y]
    elif st == "num4":
        t = ("oh " + UNITS[m] if m < 10 else say_number(m, rng)) + " twenty " + say_number(y, rng); canon = [m, 2000 + y]
    elif st == "slash":
        t = "%02d/%02d" % (m, y); canon = [m, y]
    elif st == "dash":
        t = "%02d-%02d" % (m, y); canon = [m, y]
    else:
        t = "%02d/20%02d" % (m, y); canon = [m, 2000 + y]
    g = c.val("EXPIRY", canon)
    return [P(t, "EXPIRY", g)]

def R_ssn(c, rng, mode, v=None):
    v = v or gen_ssn(rng)
    g = c.val("SSN", v)
    if mode == "chat":
        st = rng.choice(["dash", "dash", "space", "none"])
        t = {"dash": v[:3] + "-" + v[3:5] + "-" + v[5:], "space": v[:3] + " " + v[3:5] + " " + v[5:], "none": v}[st]
        return [P(t, "SSN", g)], v
    zw = zero_word(rng)
    return spoken_parts(c, "SSN", g, [say_digits(x, rng, zw=zw) for x in (v[:3], v[3:5], v[5:])], rng), v

def R_ni(c, rng, mode, v=None):
    v = v or gen_ni(rng)
    g = c.val("NI_NUMBER", v)
    if mode == "chat":
        st = rng.choice(["sp", "none", "lower", "sp2"])
        t = {"sp": "%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), "none": v, "lower": v.lower(),
             "sp2": v[:2] + " " + v[2:8] + " " + v[8]}[st]
        return [P(t, "NI_NUMBER", g)], v
    lm = rng.choice(["plain", "plain", "nato", "for", "asin", "homo", None])
    zw = zero_word(rng)
    pairs = rng.random() < 0.35
    pieces = [say_letter(v[0], rng, lm) + " " + say_letter(v[1], rng, lm),
              say_digits(v[2:4], rng, zw=zw, pairs=pairs), say_digits(v[4:6], rng, zw=zw, pairs=pairs),
              say_digits(v[6:8], rng, zw=zw, pairs=pairs), say_letter(v[8], rng, lm)]
    return spoken_parts(c, "NI_NUMBER", g, pieces, rng, fill_p=0.15), v

def R_acct(c, rng, mode, n=8):
    v = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
    g = c.val("BANK_ACCOUNT", v)
    if mode == "chat":
        return [P(v if rng.random() < 0.8 else v[:4] + " " + v[4:], "BANK_ACCOUNT", g)]
    return spoken_parts(c, "BANK_ACCOUNT", g, [say_digits(x, rng) for x in chunks(v, [4, 4, 4])], rng)

def R_sort(c, rng, mode):
    v = "".join(rng.choice("0123456789") for _ in range(6))
    g = c.val("SORT_CODE", v)
    if mode == "chat":
        t = rng.choice(["-", " ", "", "-"]).join([v[:2], v[2:4], v[4:]])
        return [P(t, "SORT_CODE", g)]
    pairs = rng.random() < 0.5
    sep = rng.choice([" ", " ", " dash "])
    return [P(sep.join(say_digits(x, rng, pairs=pairs) for x in (v[:2], v[2:4], v[4:])), "SORT_CODE", g)]

def R_iban(c, rng, mode, cc=None):
    v = gen_iban(rng, cc)
    g = c.val("IBAN", v)
    if mode == "chat":
        t = " ".join(chunks(v, [4] * 9)) if rng.random() < 0.6 else v
        if rng.random() < 0.2:
            t = t.lower()
        return [P(t, "IBAN", g)]
    grs = chunks(v, [4] * 9)
    return spoken_parts(c, "IBAN", g, [say_alnum(x, rng, letter_mode="plain") for x in grs], rng, fill_p=0.1)

def R_phone(c, rng, mode, country=None):
    country = country or rng.choice(["uk", "us", "ie"])
    if country == "uk":
        v = gen_uk_mobile(rng)
        intl = rng.random() < 0.3
        if mode == "chat":
            t = ("+44 " + v[1:5] + " " + v[5:]) if intl else rng.choice([v[:5] + " " + v[5:], v, v[:5] + "-" + v[5:8] + "-" + v[8:]])
        else:
            t = ("plus four four " + say_digits(v[1:5], rng) + " " + say_digits(v[5:], rng)) if intl else \
                say_digits(v[:5], rng) + " " + say_digits(v[5:], rng)
        canon = ("44" + v[1:]) if intl else v
    elif country == "us":
        v = gen_us_phone(rng)
        intl = rng.random() < 0.2
        if mode == "chat":
            t = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (v[:3], v[3:6], v[6:])
            if intl:
                t = "+1 " + t
        else:
            t = ("one " if intl else "") + say_digits(v[:3], rng) + " " + say_digits(v[3:6], rng) + " " + say_digits(v[6:], rng, pairs=rng.random() < 0.5)
        canon = ("1" + v) if intl else v
    else:
        v = gen_ie_mobile(rng)
        intl = rng.random() < 0.3
        if mode == "chat":
            t = ("+353 " + v[1:3] + " " + v[3:6] + " " + v[6:]) if intl else v[:3] + " " + v[3:6] + " " + v[6:]
        else:
            t = ("plus three five three " + say_digits(v[1:3], rng) + " " + say_digits(v[3:], rng)) if intl else \
                say_digits(v[:3], rng) + " " + say_digits(v[3:6], rng) + " " + say_digits(v[6:], rng)
        canon = ("353" + v[1:]) if intl else v
    g = c.val("PHONE", canon)
    return [P(t, "PHONE", g)]

def R_email(c, rng, mode):
    e = gen_email(rng)
    g = c.val("EMAIL", e)
    if mode == "chat":
        return [P(e if rng.random() < 0.8 else e.capitalize(), "EMAIL", g)]
    return [P(say_email(e, rng), "EMAIL", g)]

def R_dob(c, rng, mode, us=False):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1941, 2004)
    if mode == "chat":
        st = rng.choice(["dmy", "mdy" if us else "dmy", "long", "dmy2"])
        if st == "dmy":
            t = "%02d/%02d/%d" % (d, m, y); canon = [d, m, y]
        elif st == "mdy":
            t = "%d/%d/%d" % (m, d, y); canon = [d, m, y]
        elif st == "long":
            t = "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y); canon = [d, m, y]
        else:
            t = "%02d.%02d.%02d" % (d, m, y % 100); canon = [d, m, y % 100]
    else:
        yw = say_number(y // 100, rng) + " " + (say_digits("%02d" % (y % 100), rng) if y % 100 < 10 else say_number(y % 100, rng))
        dd = ORD[d] if d <= 20 else ("twenty " + ORD[d - 20] if d < 30 else "thirtieth")
        st = rng.choice(["dmy", "mdy" if us else "dmy", "num", "dmy" if us else "ordord"])
        if st == "ordord":
            t = "the %s of the %s %s" % (dd, ORD[m], say_number(y % 100, rng) if y % 100 >= 10 else "oh " + UNITS[y % 100])
            canon = [d, m, y % 100]
            g = c.val("DOB", canon)
            return [P(t[4:], "DOB", g)]
        if st == "dmy":
            t = "%s %s %s" % (dd, rng.choice(["of ", ""]) + MONTHS[m - 1], yw)
        elif st == "mdy":
            t = "%s %s %s" % (MONTHS[m - 1], dd, yw)
        else:
            t = "%s %s %s" % (say_number(d, rng) if d >= 10 else "oh " + UNITS[d],
                              say_number(m, rng) if m >= 10 else "oh " + UNITS[m], yw)
        canon = [d, m, y]
    g = c.val("DOB", canon)
    return [P(t, "DOB", g)]

def R_pc(c, rng, mode, country="uk"):
    if country == "us":
        v = gen_zip(rng, plus4=(mode == "chat" and rng.random() < 0.3))
        g = c.val("POSTCODE", v.replace("-", ""))
        return [P(v if mode == "chat" else say_digits(v, rng), "POSTCODE", g)]
    v = gen_uk_pc(rng)
    g = c.val("POSTCODE", v)
    if mode == "chat":
        t = rng.choice([v, v, v.lower(), v.replace(" ", "")])
        return [P(t, "POSTCODE", g)]
    lm = rng.choice(["plain", "plain", "nato", "homo"])
    out, o, i = v.split()[0], v.split()[1], 0
    t = say_alnum(out, rng, letter_mode=lm) + " " + say_alnum(o, rng, letter_mode=lm)
    return [P(t, "POSTCODE", g)]

def R_addr(c, rng, mode):
    n, st = gen_address(rng)
    g = c.val("ADDRESS", None)
    if mode == "chat":
        t = "%d %s" % (n, st.title() if rng.random() < 0.6 else st)
    else:
        t = "%s %s" % (say_number(n, rng), st)
    return [P(t, "ADDRESS", g)]

def split_turns(c, rng, typ, canon, pieces, backs=("mhm", "okay", "yep", "go on", "yeah", "right", "okay go on")):
    """customer reads pieces over several turns with agent back-channels."""
    g = c.val(typ, canon)
    for k, p in enumerate(pieces):
        pre = rng.choice(["", "", "um ", "right ", "so ", "it's "]) if k == 0 else rng.choice(["", "", "then ", "and "])
        post = rng.choice(["", "", "", " um"])
        c.C(pre, P(p, typ, g), post)
        if k < len(pieces) - 1:
            c.A(rng.choice(backs))

def ordw(n):
    if n <= 20:
        return ORD[n]
    if n == 30:
        return "thirtieth"
    return TENS_W[n // 10] + " " + ORD[n % 10]

# ---------------------------------------------------------------- small talk pools (non-PII numbers)
CUR = ["£"]

def money(rng):
    return CUR[0] + "%d.%02d" % (rng.randint(5, 900), rng.randint(0, 99))

def say_money(rng):
    big = rng.random() < 0.3
    n = say_number(rng.randint(101, 999), rng) if big else say_number(rng.randint(12, 99), rng)
    if CUR[0] == "£":
        return "%s %s and %s pence" % (n, rng.choice(["pounds", "quid"]), say_number(rng.randint(10, 99), rng)) if rng.random() < 0.7 else "%s pounds" % n
    if CUR[0] == "$":
        return "%s dollars and %s cents" % (n, say_number(rng.randint(10, 99), rng)) if rng.random() < 0.7 else "%s bucks" % n
    return "%s euro %s" % (n, say_number(rng.randint(10, 99), rng))

def dday(rng):
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return rng.choice(["%d %s" % (d, MONTHS[m - 1][:3].capitalize()), "%02d/%02d" % (d, m), "%s %d" % (MONTHS[m - 1].capitalize(), d)])

TAIL_CALL = [("is there anything else i can help with today", "actually yeah how long will i be on hold next time it was like %s minutes today",
              "sorry about that mornings are busier if you call after %s it's usually quicker"),
             ("before you go would you do a short survey after the call it's %s questions", "yeah go on then",
              "thanks it takes about %s minutes"),
             ("is there anything else", "no that's everything i think oh wait what are your opening hours",
              "we're open eight till %s weekdays and nine till five on saturdays")]
TAIL_CHAT = [("Is there anything else I can help with?", "how long till I get an email confirming? it's %s now",
              "Usually within %s minutes."),
             ("Anything else today?", "what are your hours if I need to call back, I'm free after %s",
              "Phone lines are open 8am to 8pm Mon-Fri and %s hours on Saturday.")]

def tail(c, rng, mode):
    if mode == "call":
        a, b, d = rng.choice(TAIL_CALL)
        c.A(a % say_number(rng.randint(3, 9), rng) if "%s" in a else a)
        c.C(b % say_number(rng.randint(15, 50), rng) if "%s" in b else b)
        c.A(d % say_number(rng.randint(2, 8), rng) if "%s" in d else d)
        c.C(rng.choice(["okay thanks bye", "brilliant cheers bye now", "alright thank you", "great thanks for your help"]))
        c.A(rng.choice(["thanks for calling bye", "you're welcome take care", "no problem have a good day"]))
    else:
        a, b, d = rng.choice(TAIL_CHAT)
        c.A(a)
        c.C(b % ("%d:%02d" % (rng.randint(1, 11), rng.randint(0, 59))) if "%s" in b else b)
        c.A(d % (rng.randint(5, 30) if "minutes" in d else rng.randint(4, 6)))
        c.C(rng.choice(["ok thanks", "cheers", "perfect ty", "great, bye"]))

def ref(rng, n=None):
    n = n or rng.randint(6, 9)
    return str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))

def day(rng):
    return "%s of %s" % (ORD[rng.randint(1, 20)], rng.choice(MONTHS))

OPEN_CALL = ["thank you for calling %s my name is %s how can i help today", "good morning you're through to %s this is %s speaking",
             "hi there thanks for holding you're through to %s you're speaking with %s"]
COMPANY = {"banking": ["northgate bank", "harbour savings", "first federal"], "telecom": ["skyline mobile", "vectra broadband"],
           "utilities": ["brightwater energy", "county water"], "retail": ["homeplus", "urban outfitters online"],
           "insurance": ["shieldline insurance", "cover direct"], "travel": ["jetaway holidays", "atlantic air"],
           "healthcare": ["st marys billing office", "medpay billing"], "government": ["the tax helpline", "the benefits line"]}
AGENTS = ["sam", "jo", "alex", "ruth", "mark", "nadia", "carl", "dee"]

def opener(c, rng, ind, mode):
    comp = rng.choice(COMPANY[ind])
    if mode == "call":
        c.A(rng.choice(OPEN_CALL) % (comp, rng.choice(AGENTS)))
    else:
        c.A("Hi, you're chatting with %s from %s. How can I help?" % (rng.choice(AGENTS).capitalize(), comp.title()))
    return comp

# ---------------------------------------------------------------- positive scenarios
def pos_card_payment(c, rng):
    mode = rng.choice(["call", "call", "chat"])
    ind = rng.choice(["telecom", "utilities", "retail", "insurance", "travel", "healthcare"])
    opener(c, rng, ind, mode)
    amt = money(rng)
    if mode == "call":
        c.C("hiya yeah i got a letter saying my bill is overdue it says %s and i want to pay it today" % say_money(rng))
        c.A("no problem can i take the reference on the letter please")
        r = ref(rng, 8)
        c.C("it's %s" % say_digits(r, rng))
        c.A("lovely thanks i've found the account it's %s outstanding from the %s is that right" % (say_money(rng), day(rng)))
        c.C("yeah that's it")
        c.A("okay and what's the long number across the front of the card")
        parts, num = R_card(c, rng, "call")
        c.C(rng.choice(["yeah it's ", "okay ", "right so ", ""]), parts)
        c.A("and the expiry")
        c.C(rng.choice(["", "it's ", "expires "]), R_exp(c, rng, "call"))
        c.A("and the three digits on the back")
        c.C(rng.choice(["", "it's ", "that's "]), R_cvv(c, rng, "call", 4 if len(num) == 15 else 3))
        c.A("thank you that's gone through you'll get a confirmation within %s minutes" % say_number(rng.randint(5, 30), rng))
        c.C("brilliant and can you send that to my email")
        c.A("sure what's the email")
        c.C(R_email(c, rng, "call"))
        c.A("perfect anything else today")
        c.C("no that's all cheers")
        return "call/%s: whole payment call, spoken card+expiry+cvv+email amid reference and amounts" % ind
    c.C("Hi I need to pay my invoice %s, it's %s" % (ref(rng, 7), amt))
    c.A("Sure, I can take a card payment here. Please type the card number.")
    parts, num = R_card(c, rng, "chat")
    c.C(parts)
    c.A("Thanks. Expiry date and security code please.")
    c.C("exp ", R_exp(c, rng, "chat"), rng.choice([" cvv ", " and ", ", code "]), R_cvv(c, rng, "chat", 4 if len(num) == 15 else 3))
    c.A("Payment of %s taken. Your receipt number is %s." % (amt, ref(rng, 10)))
    c.C("great thanks. can the receipt go to ", R_email(c, rng, "chat"), " please")
    c.A("Done! Anything else?")
    c.C("no thats it")
    return "chat/%s: invoice payment with card, expiry+cvv in one message, receipt number nearby" % ind

def pos_card_split(c, rng):
    ind = rng.choice(["travel", "retail", "insurance", "telecom", "banking"])
    opener(c, rng, ind, "call")
    c.C("hi i'm calling about booking %s i need to pay the balance of %s" % (say_digits(ref(rng, 6), rng), say_money(rng)))
    c.A("okay let me pull that up one moment")
    c.A("right so departure on the %s balance due today go ahead with the card number whenever you're ready" % day(rng))
    num = gen_card(rng)
    grs = card_groups(num)
    zw = zero_word(rng)
    split_turns(c, rng, "CARD_NUMBER", num, [say_digits(x, rng, zw=zw, pairs=rng.random() < 0.3) for x in grs])
    c.A("and the expiry date")
    c.C(R_exp(c, rng, "call"))
    c.A("and the security number")
    c.C(rng.choice(["", "um "]), R_cvv(c, rng, "call", 4 if len(num) == 15 else 3))
    c.A("thank you that's taken %s your confirmation number is %s" % (say_money(rng), say_digits(ref(rng, 7), rng)))
    c.C("lovely")
    return "call/%s: card split over several customer turns with back-channels, confirmation number after" % ind

def pos_card_correction(c, rng):
    ind = rng.choice(["utilities", "telecom", "retail"])
    opener(c, rng, ind, "call")
    c.C("yeah hi i want to update the card on my direct payment the old one expired")
    c.A("no problem what's the new card number")
    num = gen_card(rng)
    grs = card_groups(num)
    g = c.val("CARD_NUMBER", num)
    wrong = grs[1][:-1] + str((int(grs[1][-1]) + 3) % 10)
    gw = c.val("CARD_NUMBER", wrong, check=False)
    parts = [P(say_digits(grs[0], rng), "CARD_NUMBER", g), " ", P(say_digits(wrong, rng), "CARD_NUMBER", gw),
             rng.choice([" no sorry ", " sorry i mean ", " oh no wait "]), P(say_digits(grs[1], rng), "CARD_NUMBER", g)]
    for x in grs[2:]:
        parts += [" ", P(say_digits(x, rng), "CARD_NUMBER", g)]
    c.C(parts)
    c.A("okay let me read that back")
    c.A(P(" ".join(say_digits(x, rng) for x in grs), "CARD_NUMBER", c.val("CARD_NUMBER", num)))
    c.C("yes that's right")
    c.A("and when does it expire")
    c.C(R_exp(c, rng, "call"))
    c.A("great the next payment of %s will come out on the %s" % (say_money(rng), day(rng)))
    c.C("okay thanks")
    return "call/%s: card with self-correction mid-reading and agent read-back" % ind

def pos_ssn(c, rng):
    CUR[0] = "$"
    mode = rng.choice(["call", "call", "chat"])
    ind = rng.choice(["banking", "healthcare", "insurance", "government", "telecom"])
    opener(c, rng, ind, mode)
    if mode == "call":
        c.C("hi yeah i'm trying to get my %s sorted out i've been on hold for like %s minutes" %
            (rng.choice(["tax transcript", "insurance claim", "medical bill", "credit check", "new account"]), say_number(rng.randint(12, 45), rng)))
        c.A("sorry about the wait to verify can i get your social security number")
        if rng.random() < 0.4:
            v = gen_ssn(rng)
            zw = zero_word(rng)
            split_turns(c, rng, "SSN", v, [say_digits(x, rng, zw=zw) for x in (v[:3], v[3:5], v[5:])])
        else:
            parts, v = R_ssn(c, rng, "call")
            c.C(rng.choice(["sure it's ", "yeah ", "okay it's ", ""]), parts)
        c.A("and your date of birth")
        c.C(R_dob(c, rng, "call", us=True))
        c.A("thank you and the zip code on file")
        c.C(R_pc(c, rng, "call", "us"))
        c.A("great you're verified i can see the claim %s for %s dated the %s" % (say_digits(ref(rng, 8), rng), say_money(rng), day(rng)))
        c.C("yeah that's the one it was supposed to be paid in %s days" % say_number(rng.randint(10, 30), rng))
        c.A("it's been approved and should pay out by %s" % rng.choice(MONTHS))
        c.C("okay great thanks")
        return "call/%s: US caller verification: SSN, DOB, ZIP amid claim number and amounts" % ind
    c.C("hello, I'm locked out of my online account and need to reset it")
    c.A("I can help. Please confirm the last 4 of your SSN or the full SSN, and your date of birth.")
    parts, v = R_ssn(c, rng, "chat")
    c.C(rng.choice(["ssn ", "its ", "", "SSN: "]), parts, rng.choice([" dob ", " born ", ", DOB "]), R_dob(c, rng, "chat", us=True))
    c.A("Thanks. I've sent a reset link valid for 24 hours. Ticket #%s." % ref(rng, 7))
    c.C("got it. also my phone changed, new number is ", R_phone(c, rng, "chat", "us"))
    c.A("Updated. Anything else?")
    c.C("nope thanks!")
    return "chat/%s: US chat with SSN, DOB and phone update, ticket number nearby" % ind

def pos_ssn_multi(c, rng):
    CUR[0] = "$"
    opener(c, rng, "government", "call")
    c.C("hi i'm calling for my mom she's %s and she needs help with her benefit letter" % say_number(rng.randint(66, 89), rng))
    c.A("okay i'll need her social and then yours as the authorized rep")
    p1, v1 = R_ssn(c, rng, "call")
    c.C("okay hers is ", p1)
    c.A("mhm")
    p2, v2 = R_ssn(c, rng, "call")
    c.C("and mine is ", p2)
    c.A("thank you let me read back the second one")
    c.A(P(say_digits(v2, rng, doubles=False), "SSN", c.val("SSN", v2)))
    c.C("yep")
    c.A("her payment of %s goes out on the %s each month" % (say_money(rng), ORD[rng.randint(1, 20)]))
    c.C("and can you send the letter to her address it's ", R_addr(c, rng, "call"), " ", rng.choice(["springfield", "dayton", "tulsa", "fresno"]), " ", R_pc(c, rng, "call", "us"))
    c.A("got it allow %s to %s business days" % (say_number(rng.randint(5, 7), rng), say_number(rng.randint(8, 10), rng)))
    return "call/government: two SSNs in consecutive turns plus agent read-back, address and zip"

def pos_ni(c, rng):
    CUR[0] = "£"
    mode = rng.choice(["call", "call", "chat"])
    ind = rng.choice(["government", "banking", "insurance", "utilities"])
    opener(c, rng, ind, mode)
    if mode == "call":
        c.C("hiya i'm ringing about my %s i got a letter dated the %s" % (rng.choice(["tax code", "pension", "universal credit", "isa", "claim"]), day(rng)))
        c.A("okay can i take your national insurance number please")
        if rng.random() < 0.35:
            v = gen_ni(rng)
            lm = rng.choice(["plain", "nato", "for", "asin", "homo"])
            zw = zero_word(rng)
            pieces = [say_letter(v[0], rng, lm) + " " + say_letter(v[1], rng, lm), say_digits(v[2:5], rng, zw=zw) , say_digits(v[5:8], rng, zw=zw) + " " + say_letter(v[8], rng, lm)]
            split_turns(c, rng, "NI_NUMBER", v, pieces)
        else:
            parts, v = R_ni(c, rng, "call")
            c.C(rng.choice(["yeah it's ", "right it's ", "", "er "]), parts)
        c.A("thank you and your date of birth")
        c.C(R_dob(c, rng, "call"))
        c.A("and the first line of your address and postcode")
        c.C(R_addr(c, rng, "call"), " ", R_pc(c, rng, "call"))
        c.A("thanks you're through security so the letter says you owe %s from the %s tax year" % (say_money(rng), rng.choice(["twenty twenty two", "twenty twenty three", "last"])))
        c.C("yeah i don't understand that i only worked there %s months" % say_number(rng.randint(2, 11), rng))
        c.A("i'll raise a review it takes about %s weeks" % say_number(rng.randint(4, 8), rng))
        c.C("okay and can you call me back on ", R_phone(c, rng, "call", "uk"))
        c.A("will do")
        return "call/%s: UK NI number (letters spelled variously) + DOB + address + postcode + phone amid tax-year amounts" % ind
    c.C("Hi, my employer has my NI number wrong on my payslip")
    c.A("Sorry to hear that. What is the correct National Insurance number?")
    parts, v = R_ni(c, rng, "chat")
    c.C(rng.choice(["its ", "", "correct one is ", "NI: "]), parts)
    c.A("Thanks. And your postcode?")
    c.C(R_pc(c, rng, "chat"))
    c.A("I've updated it. Your next payslip on %s will reflect this; you were taxed %s extra." % (dday(rng), money(rng)))
    c.C("ok cheers, email me confirmation at ", R_email(c, rng, "chat"))
    return "chat/%s: NI typed in different formats, postcode, email" % ind

def pos_ni_correction(c, rng):
    CUR[0] = "£"
    opener(c, rng, "government", "call")
    c.C("hello i'm phoning to check my state pension forecast")
    c.A("of course can i have your national insurance number")
    v = gen_ni(rng)
    g = c.val("NI_NUMBER", v[:2], check=False)
    c.C(P(say_letter(v[0], rng, "plain") + " " + say_letter(v[1], rng, "plain"), "NI_NUMBER", g))
    c.A("sorry was that " + say_letter(v[0], rng, "plain") + " for " + NATO[v[0].lower()] + "?")
    c.C(P(say_letter(v[0], rng, "nato") + " " + say_letter(v[1], rng, "nato"), "NI_NUMBER", c.val("NI_NUMBER", v[:2], check=False)), " yes then ",
        P(say_digits(v[2:8], rng, pairs=True) + " " + say_letter(v[8], rng, "plain"), "NI_NUMBER", c.val("NI_NUMBER", v[2:], check=False)))
    c.A("lovely and your date of birth")
    c.C(R_dob(c, rng, "call"))
    c.A("okay you've got %s qualifying years you need %s for the full amount" % (say_number(rng.randint(20, 34), rng), say_number(35, rng)))
    c.C("and how much would that be")
    c.A("currently two hundred and twenty one pounds twenty a week")
    c.C("right thanks")
    return "call/government: NI prefix repeated after agent clarification, digits in pairs"

def pos_bank(c, rng):
    mode = rng.choice(["call", "chat"])
    country = rng.choice(["uk", "uk", "ie", "us"])
    CUR[0] = {"uk": "£", "ie": "€", "us": "$"}[country]
    opener(c, rng, "banking", mode)
    if mode == "call":
        c.C("hi i need to set up a standing order of %s to my landlord on the %s of each month" % (say_money(rng), ordw(rng.randint(1, 28))))
        c.A("okay first can i take your account number")
        if country == "us":
            c.C(rng.choice(["sure ", ""]), R_acct(c, rng, "call", rng.choice([10, 12])))
            c.A("and the routing number on the payee")
            c.C("i don't have that one sorry it's just the account ", R_acct(c, rng, "call", 10))
        else:
            c.C(R_acct(c, rng, "call", 8), rng.choice(["", " um"]))
            c.A("and the sort code")
            c.C(R_sort(c, rng, "call"))
            c.A("and the payee's account number and sort code")
            c.C(R_acct(c, rng, "call", 8), " and the sort code is ", R_sort(c, rng, "call"))
        c.A("thanks and is the payee's bank abroad")
        c.C("yeah actually it's ireland they gave me an iban")
        c.A("okay go ahead")
        c.C(R_iban(c, rng, "call", "IE"))
        c.A("great that's set up for %s first payment on the %s" % (say_money(rng), day(rng)))
        c.C("perfect")
        return "call/banking: account numbers, sort codes, spoken Irish IBAN among standing-order amounts and dates"
    c.C("Hi, I want to transfer %s to my sister abroad" % money(rng))
    c.A("Sure. Please provide the recipient's IBAN.")
    c.C(R_iban(c, rng, "chat"))
    c.A("And to confirm your own account number and sort code?")
    c.C("acct ", R_acct(c, rng, "chat", 8), rng.choice([" sc ", " sort ", " / "]), R_sort(c, rng, "chat"))
    c.A("Thanks. Transfer fee is %s, arrives in 1-2 working days. Ref TRX%s." % (money(rng), ref(rng, 6)))
    c.C("ok go ahead")
    return "chat/banking: IBAN typed, account+sort code in one message, fee and transfer reference nearby"

def pos_contact_update(c, rng):
    mode = rng.choice(["call", "chat"])
    ind = rng.choice(["telecom", "retail", "utilities", "insurance", "travel"])
    country = rng.choice(["uk", "ie", "us"])
    CUR[0] = {"uk": "£", "ie": "€", "us": "$"}[country]
    opener(c, rng, ind, mode)
    if mode == "call":
        c.C("hi i've moved house and need to update my details %s" % rng.choice(["before my next bill", "for my policy", "on my order"]))
        c.A("no problem what's the new address")
        c.C(rng.choice(["it's ", "so it's ", ""]), R_addr(c, rng, "call"), rng.choice([" in ", " "]), rng.choice(["leeds", "cork", "bristol", "austin", "galway", "portland"]))
        c.A("and the postcode")
        c.C(R_pc(c, rng, "call", "us" if country == "us" else "uk"))
        c.A("and a good contact number")
        c.C(rng.choice(["my mobile is ", "it's ", ""]), R_phone(c, rng, "call", country))
        c.A("and the email still the same")
        c.C("no it's changed it's ", R_email(c, rng, "call"))
        c.A("let me read that back to you")
        c.A("i've updated everything your next bill of %s is due on the %s" % (say_money(rng), day(rng)))
        c.C("okay and the move date was the %s if that matters" % day(rng))
        c.A("noted thanks")
        return "call/%s: change of address call with address, postcode, phone, spoken email amid bill dates" % ind
    c.C("hi, moved house, new address is ", R_addr(c, rng, "chat"), ", ", rng.choice(["Manchester", "Dublin 8", "Boston, MA", "Swindon"]), " ", R_pc(c, rng, "chat", "us" if country == "us" else "uk"))
    c.A("Thanks! Could you confirm a contact number?")
    c.C(R_phone(c, rng, "chat", country), rng.choice(["", " (mobile)", " thx"]))
    c.A("Great, updated. Order #%s will now ship to the new address within 3-5 days." % ref(rng, 8))
    c.C("cool, and emails to ", R_email(c, rng, "chat"), " please")
    c.A("Done.")
    return "chat/%s: address + postcode typed in one line, phone, email; order number nearby" % ind

def pos_dob_ver(c, rng):
    ind = rng.choice(["healthcare", "insurance", "banking", "telecom"])
    opener(c, rng, ind, "call")
    c.C("hi i got a bill for %s for a visit on the %s and i think it's wrong" % (say_money(rng), day(rng)))
    c.A("i can look into that can i have the patient's date of birth")
    c.C("yeah it's for my son his birthday is ", R_dob(c, rng, "call"))
    c.A("and yours as the account holder")
    c.C(R_dob(c, rng, "call", us=rng.random() < 0.5))
    c.A("thank you i see the invoice %s it was billed at %s because insurance declined it" % (say_digits(ref(rng, 9), rng), say_money(rng)))
    c.C("they shouldn't have i've got the policy since twenty nineteen")
    c.A("i'll resubmit it it can take up to %s days can i take a callback number" % say_number(rng.randint(14, 30), rng))
    c.C(R_phone(c, rng, "call"))
    c.A("and email for the updated statement")
    c.C(R_email(c, rng, "call"))
    c.A("all done")
    return "call/%s: two DOBs, invoice number, callback phone and email" % ind

def pos_iban_spoken(c, rng):
    ind = rng.choice(["travel", "retail", "insurance"])
    opener(c, rng, ind, "call")
    c.C("hi i'm owed a refund of %s for a cancelled %s and they said to give you my bank details" % (say_money(rng), rng.choice(["flight", "order", "policy"])))
    c.A("yes we refund by bank transfer for eu customers what's the iban")
    v = gen_iban(rng, rng.choice(["DE", "NL", "FR", "ES", "IE"]))
    grs = chunks(v, [4] * 9)
    split_turns(c, rng, "IBAN", v, [" ".join(say_alnum(x, rng, letter_mode="plain") for x in grs[i:i + 2]) for i in range(0, len(grs), 2)])
    c.A("and an email for the remittance advice")
    c.C(R_email(c, rng, "call"))
    c.A("the refund will be processed within %s working days" % say_number(rng.randint(5, 14), rng))
    return "call/%s: EU IBAN split across turns with letters+digits spoken" % ind

def pos_chat_dump(c, rng):
    ind = rng.choice(["telecom", "insurance", "utilities"])
    country = rng.choice(["uk", "us"])
    CUR[0] = {"uk": "£", "ie": "€", "us": "$"}[country]
    opener(c, rng, ind, "chat")
    c.C("hi i want to open a new contract, the %s plan for %s/month" % (rng.choice(["50GB", "unlimited", "fibre 500"]), money(rng)))
    c.A("Great choice. I'll need a few details to run a credit check.")
    if country == "uk":
        c.C("ok. DOB ", R_dob(c, rng, "chat"), ", NI ", R_ni(c, rng, "chat")[0], ", address ", R_addr(c, rng, "chat"), " ", R_pc(c, rng, "chat"))
    else:
        c.C("ok. DOB ", R_dob(c, rng, "chat", us=True), ", ssn ", R_ssn(c, rng, "chat")[0], ", address ", R_addr(c, rng, "chat"), " ", R_pc(c, rng, "chat", "us"))
    c.A("Thank you. And your bank account for the monthly payments?")
    if country == "uk":
        c.C(R_sort(c, rng, "chat"), " ", R_acct(c, rng, "chat", 8))
    else:
        c.C("account ", R_acct(c, rng, "chat", rng.choice([10, 12])))
    c.A("All set. Your contract starts on %s and runs for 24 months. Order ref %s." % (dday(rng), ref(rng, 9)))
    c.C("ty")
    return "chat/%s: several PII values typed in one message (DOB, NI/SSN, address, postcode), then bank details" % ind

# ---------------------------------------------------------------- negative scenarios
def neg_billing(c, rng):
    mode = rng.choice(["call", "chat"])
    ind = rng.choice(["telecom", "utilities", "retail", "healthcare"])
    opener(c, rng, ind, mode)
    if mode == "call":
        r = ref(rng, rng.randint(6, 10))
        c.C("hi my bill this month is %s and it's normally about %s" % (say_money(rng), say_money(rng)))
        c.A("okay do you have the invoice number at the top of the bill")
        c.C("yeah invoice number %s" % say_digits(r, rng))
        c.A("thanks so i can see %s minutes of calls to international numbers on the %s" % (say_number(rng.randint(40, 400) % 100 + 20, rng), day(rng)))
        c.C("that's weird i was on holiday from the %s to the %s" % (day(rng), day(rng)))
        c.A("roaming was charged at %s per minute so that's where the extra came from" % say_money(rng))
        c.C("can you take it off")
        c.A("i can credit %s percent which is %s it'll show in %s to %s working days" % (say_number(rng.choice([25, 50, 75]), rng), say_money(rng), UNITS[rng.randint(3, 5)], UNITS[rng.randint(6, 9)]))
        c.C("okay and when's the payment taken")
        c.A("on the %s at about %s in the morning" % (ordw(rng.randint(1, 28)) if rng.random() < 0.5 else day(rng), say_number(rng.randint(6, 11), rng)))
        c.C("alright thanks for your help")
        return "call/%s: billing dispute with amounts, invoice number with keyword, dates, percentages, times" % ind
    c.C("Hi, why is my bill %s this month? Invoice %s" % (money(rng), ref(rng, rng.randint(6, 10))))
    c.A("Let me check. I see %d GB of data over your %d GB allowance, charged at %s per GB." % (rng.randint(2, 20), rng.choice([5, 10, 30]), money(rng)))
    c.C("hmm ok. can i upgrade to the %d GB plan from %s?" % (rng.choice([50, 100]), dday(rng)))
    c.A("Yes, that's %s/month, a %d%% discount for 12 months. Case number %s." % (money(rng), rng.choice([10, 15, 20, 25]), ref(rng, 8)))
    c.C("great do it")
    c.A("Done. Takes effect at 00:00 on the 1st.")
    c.C("thanks, bye")
    return "chat/%s: bill query with amounts, GB, percentages, invoice and case numbers" % ind

def neg_travel(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "travel", mode)
    fl = rng.choice(["BA", "EI", "FR", "AA", "LH", "UA"]) + str(rng.randint(100, 2999))
    if mode == "call":
        c.C("hi my flight %s %s on the %s got cancelled" % (" ".join(fl[:2].lower()), say_number(int(fl[2:]) % 100 + 10, rng), day(rng)))
        c.A("i'm sorry about that can i have the booking reference")
        c.C("it's %s" % say_digits(ref(rng, 6), rng))
        c.A("thanks i can move you to the %s departure at %s fifteen arriving at %s forty" % (day(rng), say_number(rng.randint(6, 11), rng), say_number(rng.randint(1, 9), rng)))
        c.C("how long is the layover")
        c.A("about %s hours and %s minutes" % (UNITS[rng.randint(2, 5)], say_number(rng.randint(10, 50), rng)))
        c.C("and the hotel room %s i booked through you" % say_number(rng.randint(100, 450), rng))
        c.A("that's covered up to %s a night for %s nights" % (say_money(rng), UNITS[rng.randint(2, 4)]))
        c.C("okay and the temperature there's like minus %s right now isn't it" % say_number(rng.randint(2, 15), rng))
        c.A("ha probably bring a coat your new seat is %s %s" % (say_number(rng.randint(10, 40), rng), rng.choice(["a", "c", "f"])))
        c.C("great thanks")
        return "call/travel: flight number, booking ref, times, durations, room number, temperature, seat"
    c.C("Flight %s tomorrow shows delayed, what time does it leave now?" % fl)
    c.A("It's now departing at %02d:%02d from gate %s%d, approx %d mins late." % (rng.randint(6, 22), rng.choice([5, 20, 35, 50]), rng.choice("ABC"), rng.randint(1, 40), rng.randint(30, 180)))
    c.C("ok. I paid %s for extra legroom, can I get that back? booking ref %s" % (money(rng), ref(rng, 6)))
    c.A("Yes, a refund of %s will be issued within 7-10 days. Claim no. %s." % (money(rng), ref(rng, 9)))
    c.C("and my bag allowance is 23kg right?")
    c.A("Correct, 1 x 23kg checked and 1 x 10kg cabin.")
    c.C("perfect thanks")
    return "chat/travel: flight number, times, gate, refund amounts, claim number, weights"

def neg_meter(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "utilities", mode)
    r1 = rng.randint(10000, 99999)
    if mode == "call":
        c.C("hi i want to give a meter reading the estimate on my bill is way off")
        c.A("sure go ahead with the reading")
        c.C("okay it's %s" % say_digits(str(r1), rng))
        c.A("and is there a night reading")
        c.C("yeah %s" % say_digits(str(rng.randint(1000, 9999)), rng))
        c.A("thanks that brings your bill down from %s to %s" % (say_money(rng), say_money(rng)))
        c.C("great and the engineer visit is still on the %s between %s and %s" % (day(rng), UNITS[rng.randint(8, 9)], "twelve"))
        c.A("yes that's confirmed job number %s" % say_digits(ref(rng, 7), rng))
        c.C("and my boiler is the model %s %s is that covered" % (rng.choice(["combi", "vitodens", "ideal logic"]), say_number(rng.randint(24, 35), rng)))
        c.A("yes it's under the %s year plan" % UNITS[rng.randint(2, 5)])
        c.C("okay cheers")
        return "call/utilities: meter readings spoken digit by digit, job number, model number, times"
    c.C("Meter reading: %d (taken today %02d:%02d)" % (r1, rng.randint(7, 20), rng.randint(0, 59)))
    c.A("Thanks. Your direct debit will change from %s to %s from %s." % (money(rng), money(rng), dday(rng)))
    c.C("why such a jump? usage was %d kWh last quarter" % rng.randint(600, 2400))
    c.A("Unit rate rose %.1f%% on 1 April. Complaint ref %s opened." % (rng.uniform(2, 15), ref(rng, 8)))
    c.C("fine")
    return "chat/utilities: meter reading, kWh, percentage, money, complaint reference"

def neg_insurance(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "insurance", mode)
    if mode == "call":
        c.C("hi i'm calling about claim number %s for the car" % say_digits(ref(rng, 8), rng))
        c.A("okay i've got it the accident was on the %s at about %s" % (day(rng), rng.choice(["half five", "quarter past three", "ten to nine"])))
        c.C("yeah i was doing about %s miles an hour" % say_number(rng.randint(15, 40), rng))
        c.A("the garage quoted %s and your excess is %s" % (say_money(rng), say_money(rng)))
        c.C("the car's a twenty eighteen model with about %s thousand miles on it" % say_number(rng.randint(20, 90), rng))
        c.A("okay the policy started on the %s so you're covered" % day(rng))
        c.C("and how long will it take")
        c.A("usually %s to %s weeks i'll call you back by %s tomorrow" % (UNITS[rng.randint(2, 3)], UNITS[rng.randint(4, 6)], rng.choice(["noon", "three pm", "half four"])))
        c.C("okay thanks")
        return "call/insurance: claim number, speeds, years, mileage, excess amounts, policy start date, times"
    c.C("Hi, renewal quote went up from %s to %s?!" % (money(rng), money(rng)))
    c.A("I understand. Your no-claims discount is %d years and the quote ref is %s." % (rng.randint(1, 9), ref(rng, 10)))
    c.C("I'm %d years old and drive maybe %d miles a year" % (rng.randint(25, 70), rng.randint(3000, 12000)))
    c.A("I can offer %d%% off, new premium %s for policy year starting %s." % (rng.choice([5, 8, 10]), money(rng), dday(rng)))
    c.C("ok accept")
    return "chat/insurance: quote reference (10 digits), age, mileage, percent, premiums, start date"

def neg_retail(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "retail", mode)
    o = ref(rng, rng.randint(7, 10))
    if mode == "call":
        c.C("hi i ordered a washing machine order number %s and it hasn't come" % say_digits(o, rng))
        c.A("sorry about that it was due on the %s i can see it left the depot at %s o'clock" % (day(rng), say_number(rng.randint(6, 11), rng)))
        c.C("i paid %s for next day delivery" % say_money(rng))
        c.A("i'll refund that it's model %s %s %s and we've got %s in stock" % (rng.choice(["w", "k", "x"]), say_number(rng.randint(10, 99), rng), say_number(rng.randint(10, 99), rng), say_number(rng.randint(2, 30), rng)))
        c.C("can it come saturday between %s and %s" % (UNITS[rng.randint(7, 9)], "one"))
        c.A("yes tracking number %s" % say_digits(ref(rng, 10), rng))
        c.C("and it's a %s kilo drum right" % UNITS[rng.randint(7, 9)])
        c.A("yes %s hundred rpm spin" % say_number(rng.choice([12, 14, 16]), rng))
        c.C("great thanks")
        return "call/retail: order number, tracking number, model number, times, amounts, quantities"
    c.C("order #%s arrived with 2 of the 6 glasses broken" % o)
    c.A("So sorry! I'll refund %s for the 2 items (SKU %s)." % (money(rng), ref(rng, 7)))
    c.C("can i get replacements instead? the set was %s" % money(rng))
    c.A("Yes, dispatched today, arrives by %s. Return label code RTN-%s." % (dday(rng), ref(rng, 6)))
    c.C("thanks x")
    return "chat/retail: order number, SKU, return code, money, quantities"

def neg_banking(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "banking", mode)
    if mode == "call":
        c.C("hi there's a payment of %s i don't recognise from the %s" % (say_money(rng), day(rng)))
        c.A("okay i can see it it was at %s twelve on the %s" % (say_number(rng.randint(1, 11), rng), day(rng)))
        c.C("yeah i didn't make that my balance is only %s now" % say_money(rng))
        c.A("i've raised dispute %s and you'll get a temporary credit within %s days" % (say_digits(ref(rng, 8), rng), UNITS[rng.randint(3, 5)]))
        c.C("and what's the interest rate on my savings now")
        c.A("it's %s point %s percent on balances up to %s thousand" % (UNITS[rng.randint(1, 4)], UNITS[rng.randint(1, 9)], say_number(rng.randint(10, 85), rng)))
        c.C("okay and the mortgage term is still %s years" % say_number(rng.choice([20, 25, 30]), rng))
        c.A("yes ending in twenty fifty one")
        c.C("alright thanks")
        return "call/banking: disputed payment amounts, dates, times, dispute ref, interest rates, terms"
    c.C("hi my balance shows %s but I expected %s" % (money(rng), money(rng)))
    c.A("A pending payment of %s to a retailer on %s at %02d:%02d is being held." % (money(rng), dday(rng), rng.randint(8, 22), rng.randint(0, 59)))
    c.C("ah ok. what's the overdraft limit? I think it's 500")
    c.A("It's %s with %.1f%% EAR. Reference for this chat: %s." % (money(rng), rng.uniform(9, 39), ref(rng, 9)))
    c.C("ok thx")
    return "chat/banking: balances, pending payments, times, overdraft, EAR, chat reference"

def neg_gov(c, rng):
    CUR[0] = "£"
    opener(c, rng, "government", "call")
    c.C("hi i'm ringing about my tax refund of %s i applied on the %s" % (say_money(rng), day(rng)))
    c.A("okay do you have the letter reference")
    c.C("it says %s" % say_digits(ref(rng, 9), rng))
    c.A("that was processed for the tax year twenty twenty three to twenty twenty four")
    c.C("it's been %s weeks" % say_number(rng.randint(6, 14), rng))
    c.A("it should arrive within %s working days" % say_number(rng.randint(5, 15), rng))
    c.C("my appointment at the office is on the %s at %s thirty can i still go" % (day(rng), UNITS[rng.randint(9, 9)]))
    c.A("yes that's room %s on floor %s" % (say_number(rng.randint(100, 420), rng), UNITS[rng.randint(1, 6)]))
    c.C("thanks")
    return "call/government: refund amount, letter reference, tax years, durations, appointment date, room number"

def neg_health(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "healthcare", mode)
    if mode == "call":
        c.C("hi i'm calling about my appointment on the %s at %s it says the copay is %s" % (day(rng), rng.choice(["ten thirty", "two fifteen", "nine o'clock"]), say_money(rng)))
        c.A("okay do you have the visit number from the letter")
        c.C("yeah visit number %s" % say_digits(ref(rng, 8), rng))
        c.A("thanks so that's with the clinic on floor %s room %s" % (UNITS[rng.randint(2, 6)], say_number(rng.randint(200, 640), rng)))
        c.C("my daughter's %s and she's about %s kilos so they said the dose is %s milligrams" % (say_number(rng.randint(3, 12), rng), say_number(rng.randint(14, 40), rng), say_number(rng.randint(100, 500), rng)))
        c.A("that's right and her temperature was %s point %s when she came in last time" % (say_number(rng.randint(37, 39), rng), UNITS[rng.randint(1, 9)]))
        c.C("yeah and the last bill was from the %s for %s" % (day(rng), say_money(rng)))
        c.A("that one's paid in full the balance is zero")
        c.C("great")
        return "call/healthcare: appointment date/time, visit number, floor/room, age, weight, dose, temperature, amounts"
    c.C("Hi, statement #%s says I owe %s for a visit on %s?" % (ref(rng, 9), money(rng), dday(rng)))
    c.A("Insurance covered %d%%, leaving %s. You can pay in %d monthly instalments of %s." % (rng.choice([70, 80, 90]), money(rng), rng.randint(2, 6), money(rng)))
    c.C("ok, and my follow-up is at 3:45pm on %s, still on?" % dday(rng))
    c.A("Yes, Dr. Lee, suite %d, approx 20 minutes." % rng.randint(100, 450))
    c.C("thanks")
    return "chat/healthcare: statement number, percentages, instalments, appointment date/time, suite number"

def neg_broadband(c, rng):
    mode = rng.choice(["call", "chat"])
    opener(c, rng, "telecom", mode)
    if mode == "call":
        c.C("hi my broadband keeps dropping i'm paying for %s meg and getting like %s" % (say_number(rng.choice([500, 900]) // 10 * 10 % 100 + 100, rng), say_number(rng.randint(5, 40), rng)))
        c.A("sorry to hear that can i take the fault reference if you've called before")
        c.C("yeah fault ref %s" % say_digits(ref(rng, 9), rng))
        c.A("thanks and what's the model on the back of the router")
        c.C("it says %s %s %s" % (rng.choice(["h g", "t g", "d v"]), say_number(rng.randint(10, 99), rng), say_number(rng.randint(10, 99), rng)))
        c.A("okay that's an older one we'll send a new hub it'll arrive in %s to %s days" % (UNITS[rng.randint(2, 3)], UNITS[rng.randint(4, 5)]))
        c.C("and can i get money back i've lost about %s days of service" % say_number(rng.randint(3, 14), rng))
        c.A("yes i'll credit %s to your next bill which is due on the %s" % (say_money(rng), day(rng)))
        c.C("okay the light's flashing orange every %s seconds by the way" % UNITS[rng.randint(2, 9)])
        c.A("that's the sync light the engineer slot is %s to %s on the %s" % (UNITS[rng.randint(8, 9)], "one", day(rng)))
        c.C("fine")
        return "call/telecom: speeds, fault reference, router model, durations, credit amounts, engineer slot"
    c.C("speed test says %.1f Mbps down, %d up, ping %dms. contract says %d!" % (rng.uniform(3, 60), rng.randint(1, 20), rng.randint(10, 90), rng.choice([150, 500, 900])))
    c.A("Sorry! I've opened fault %s. An engineer can visit %s between 8am and 1pm." % (ref(rng, 8), dday(rng)))
    c.C("ok. router is model HG%d if that matters, been with you since 2019" % rng.randint(600, 699))
    c.A("Noted. I've also applied a %s credit (%d days x %s)." % (money(rng), rng.randint(3, 9), money(rng)))
    c.C("thanks")
    return "chat/telecom: speed test numbers, fault number, model number, year, credits"

def pos_card_chitchat(c, rng):
    ind = rng.choice(["retail", "travel", "utilities", "telecom"])
    CUR[0] = rng.choice(["£", "€", "$"])
    opener(c, rng, ind, "call")
    c.C("hi yeah i'd like to renew my %s it's about %s isn't it" % (rng.choice(["subscription", "membership", "warranty", "parking permit"]), say_money(rng)))
    c.A("yes it's %s for twelve months starting the %s shall i take a card payment" % (say_money(rng), day(rng)))
    c.C("yeah go on hang on let me find my purse")
    c.A("no rush")
    num = gen_card(rng)
    grs = card_groups(num)
    g = c.val("CARD_NUMBER", num)
    zw = zero_word(rng)
    mid = rng.choice([" hang on the light's bad in here ", " sorry the dog's barking ", " wait let me put my glasses on right ", " the numbers are a bit worn ", " sorry my kids are shouting "])
    k = rng.randint(1, len(grs) - 1)
    c.C("okay it's ", P(" ".join(say_digits(x, rng, zw=zw) for x in grs[:k]), "CARD_NUMBER", g), mid,
        P(" ".join(say_digits(x, rng, zw=zw) for x in grs[k:]), "CARD_NUMBER", g))
    c.A("lovely and the expiry")
    c.C("it says valid thru ", R_exp(c, rng, "call"))
    c.A("and the last three digits on the signature strip")
    c.C("that's ", R_cvv(c, rng, "call", 4 if len(num) == 15 else 3), " and it's registered to ", R_addr(c, rng, "call"), " if you need that")
    c.A("and the postcode for that address")
    c.C(R_pc(c, rng, "call", "us" if CUR[0] == "$" else "uk"))
    c.A("that's all gone through you'll get a receipt number %s" % say_digits(ref(rng, 8), rng))
    c.C("ta")
    return "call/%s: card reading interrupted by in-turn chit-chat, valid-thru expiry, cvv and address in one turn, postcode" % ind

def pos_readback(c, rng):
    mode = "call"
    ind = rng.choice(["retail", "telecom", "travel", "insurance"])
    country = rng.choice(["uk", "us", "ie"])
    CUR[0] = {"uk": "£", "ie": "€", "us": "$"}[country]
    opener(c, rng, ind, mode)
    c.C("hi i placed an order %s ago for %s and never got a confirmation" % (rng.choice(["two days", "a week", "about an hour"]), say_money(rng)))
    c.A("let me check the contact details we hold what's the best number")
    if country == "uk":
        v = gen_uk_mobile(rng)
    elif country == "us":
        v = gen_us_phone(rng)
    else:
        v = gen_ie_mobile(rng)
    g = c.val("PHONE", v)
    if country == "us":
        c.C(P(say_digits(v[:3], rng), "PHONE", g), " um ", P(say_digits(v[3:], rng, pairs=True), "PHONE", g))
    else:
        c.C(P(say_digits(v[:5], rng), "PHONE", g), " ", rng.choice(["um ", "er "]), P(say_digits(v[5:], rng), "PHONE", g))
    c.A("so that's ", P(say_digits(v, rng, doubles=False), "PHONE", c.val("PHONE", v)), " yeah")
    c.C("yep")
    e = gen_email(rng)
    c.A("and the email we have is ", P(say_email(e, rng), "EMAIL", c.val("EMAIL", e)))
    c.C("oh no that's my old one the new one is ", R_email(c, rng, "call"))
    c.A("okay updated and the delivery postcode is still ", R_pc(c, rng, "call", "us" if country == "us" else "uk"))
    c.C("yeah that's right")
    c.A("i've resent the confirmation for order %s it should arrive within %s minutes" % (say_digits(ref(rng, 9), rng), say_number(rng.randint(5, 20), rng)))
    c.C("great")
    return "call/%s: agent reads back phone/email/postcode; phone split by filler; old vs new email" % ind

def pos_chat_typos(c, rng):
    ind = rng.choice(["retail", "telecom", "utilities", "banking"])
    country = rng.choice(["uk", "ie", "us"])
    CUR[0] = {"uk": "£", "ie": "€", "us": "$"}[country]
    opener(c, rng, ind, "chat")
    c.C("hiya my parcel went to the wrong adress, tracking %s" % ref(rng, 10))
    c.A("Sorry about that! Can you confirm the delivery address and a contact number?")
    c.C("its ", R_addr(c, rng, "chat"), " ", R_pc(c, rng, "chat", "us" if country == "us" else "uk"), " and my numbr is ", R_phone(c, rng, "chat", country))
    c.A("Thanks. I'll rebook delivery for %s between 7am and 7pm. The item value is %s." % (dday(rng), money(rng)))
    c.C("ok also pls update my email, old one was hacked. new: ", R_email(c, rng, "chat"))
    c.A("Done. For security, can you confirm your date of birth?")
    c.C(R_dob(c, rng, "chat", us=(country == "us")), rng.choice(["", " x", " thanks"]))
    c.A("Verified, thank you.")
    return "chat/%s: informal chat with typos, address+postcode+phone in one message, email, DOB" % ind

POS = [(pos_card_payment, 30), (pos_card_split, 14), (pos_card_correction, 8), (pos_ssn, 26), (pos_ssn_multi, 6),
       (pos_ni, 26), (pos_ni_correction, 8), (pos_bank, 16), (pos_contact_update, 16), (pos_dob_ver, 10),
       (pos_iban_spoken, 8), (pos_chat_dump, 14), (pos_readback, 10), (pos_chat_typos, 10), (pos_card_chitchat, 10)]
NEG = [(neg_billing, 16), (neg_travel, 16), (neg_meter, 14), (neg_insurance, 14), (neg_retail, 16), (neg_banking, 16), (neg_gov, 12), (neg_health, 10), (neg_broadband, 10)]

def build():
    rng = random.Random(SEED)
    cases = []
    meta = []
    plan = []
    for f, n in POS:
        plan += [("positive", f)] * n
    for f, n in NEG:
        plan += [("negative", f)] * n
    rng.shuffle(plan)
    np = nn = 0
    for kind, f in plan:
        c = Conv(rng)
        CUR[0] = rng.choice(["£", "£", "$", "€"])
        note = f(c, rng)
        if len(c.turns) < 12 or (len(c.turns) < 15 and rng.random() < 0.5):
            tail(c, rng, "call" if note.startswith("call") else "chat")
        if kind == "positive":
            np += 1; cid = "h302-pos-%03d" % np
        else:
            nn += 1; cid = "h302-neg-%03d" % nn
        spans = [{k: s[k] for k in ("turn", "start", "end", "type")} for s in c.spans]
        cases.append({"id": cid, "kind": kind, "turns": c.turns, "spans": spans, "note": note})
        meta.append((cid, c.spans, c.groups))
    cases.sort(key=lambda x: (x["kind"] != "positive", x["id"]))
    return cases, {m[0]: (m[1], m[2]) for m in meta}

def dumps(cases):
    return "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in cases)

def counts(cases):
    ct = {t: 0 for t in TYPES}
    for x in cases:
        for s in x["spans"]:
            ct[s["type"]] += 1
    return ct

def check_all(cases, meta):
    errs = []
    ids = [x["id"] for x in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for x in cases:
        cid = x["id"]
        if x["kind"] == "negative" and x["spans"]:
            errs.append("%s: negative with spans" % cid)
        if x["kind"] == "positive" and not x["spans"]:
            errs.append("%s: positive without spans" % cid)
        if x["kind"] == "positive" and not (cid.startswith("h302-pos-")) or x["kind"] == "negative" and not cid.startswith("h302-neg-"):
            errs.append("%s: id/kind mismatch" % cid)
        for t in x["turns"]:
            if t["speaker"] not in ("agent", "customer") or not t["text"]:
                errs.append("%s: bad turn" % cid)
        prev = {}
        for s in sorted(x["spans"], key=lambda s: (s["turn"], s["start"])):
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % cid)
            if not (0 <= s["turn"] < len(x["turns"])):
                errs.append("%s: turn out of range" % cid); continue
            txt = x["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % cid); continue
            if a > 0 and txt[a - 1].isalnum() or b < len(txt) and txt[b].isalnum():
                errs.append("%s: span not on word boundary %r" % (cid, txt[a:b]))
            if not txt[a].isalnum() and txt[a] not in "+(" or not txt[b - 1].isalnum():
                errs.append("%s: span has edge punctuation/space %r" % (cid, txt[a:b]))
            if s["turn"] in prev and a < prev[s["turn"]]:
                errs.append("%s: overlapping spans" % cid)
            prev[s["turn"]] = b
    # value validation using generator metadata
    for cid, (spans, groups) in meta.items():
        for gid, (typ, canon, chk) in groups.items():
            texts = [(s["turn"], s["start"], s["end"]) for s in spans if s["_g"] == gid]
            case = next(x for x in cases if x["id"] == cid)
            joined = " ".join(case["turns"][t]["text"][a:b] for t, a, b in sorted(texts))
            if not texts:
                errs.append("%s: value %d has no span" % (cid, gid)); continue
            if not chk:
                if not re.search(r"[a-z0-9]", joined.lower()):
                    errs.append("%s: empty unchecked span" % cid)
                continue
            e = validate(typ, canon, joined)
            if e:
                errs.append("%s: %s %s in %r" % (cid, typ, e, joined))
    ct = counts(cases)
    npos = sum(1 for x in cases if x["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170: errs.append("only %d positives" % npos)
    if nneg < 100: errs.append("only %d negatives" % nneg)
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if ct[t] < need:
            errs.append("type %s has %d spans < %d" % (t, ct[t], need))
    return errs, ct, npos, nneg

README_TMPL = """# PII hold-out set h302

Written by an AI helper acting as an **independent author** of held-out test data. The author did
not see the redaction code, its tests, its docs, the benchmark script, or any other fixture; the only
material consulted was a 3-line JSONL format example. The set was generated by
`scripts/make_pii_holdout302.py` (standard library only, `random.Random(%(seed)d)`, byte-for-byte
reproducible). `python scripts/make_pii_holdout302.py --check` regenerates the file and verifies it is
identical, ids unique, offsets in range and on word boundaries, spans non-overlapping, and that each
labelled value normalises (spoken forms -> digits/letters) to a valid value (Luhn cards, mod-97 IBANs,
NI format, 9-digit SSN, 6-digit sort code, digit counts, postcode shapes, parsed dates).

**Never use this set for tuning.** It exists only to measure the redactor on data it was not fitted to.

## Content

Emphasis: longer whole calls (ASR-style lower-case transcripts, numbers as words, "oh"/"o"/"nought"/"zero",
"double"/"triple", pairs such as "forty one", letters as "b for bravo" / "s as in sugar" / homophones
"see", "bee", "are", "why", "tea", "jay"...) and typed chats (varied separators, case and typos), 10-19 turns,
where PII appears amid ordinary conversation with non-PII numbers (amounts, invoice/order/claim/booking
references, dates, times, durations, percentages, room/seat/model numbers). Industries: banking, telecom,
utilities, retail, insurance, travel, healthcare billing, government. Countries: US, UK, Ireland, EU.
Negatives are whole conversations containing only non-PII numbers.

## Annotation conventions

* A span covers the value from its first to its last character/word, e.g. `four five six two ...`,
  `GB29 NWBK ...`, `j dot doe at gmail dot com`; lead-ins ("it's", "my number is") are outside.
* Filler words (`um`, `er` ...) between groups of a spoken value are **outside** the spans: the value is
  then labelled as several spans of the same type (one per run of value words).
* A value spread across several customer turns is labelled in each turn separately.
* Self-corrections: the mistaken group and the corrected group are both labelled (both are card digits);
  the correction phrase ("no sorry") is outside. Agent read-backs of a value are labelled too.
* Letter spellings like `q for quebec` / `s as in sugar` are inside the span (the spelling word is part of the value reading).
* ADDRESS = house number + street name + street type only (town outside; postcode is its own POSTCODE span).
* DOB = the full spoken/typed date (including forms like "fifth of the third eighty two"); EXPIRY = month + year; CVV = the digits only.
* PHONE includes a spoken/typed country code ("plus four four", "one", "+353"); a typed US number
  written "(212) 555-0147" starts at the "(".
* Spoken emails: the whole "name dot name at domain dot com" is one span.
* Non-PII numbers in positive cases are unlabelled and not expected to be redacted.

## Counts

Span counts below count spans, not values: a value split by fillers, chit-chat or across turns counts
once per span. Positive cases: %(npos)d, negative cases: %(nneg)d.

| type | spans |
|---|---|
%(rows)s
"""

def main():
    cases, meta_l = build()
    meta = meta_l
    text = dumps(cases)
    errs, ct, npos, nneg = check_all(cases, meta)
    rows = "\n".join("| %s | %d |" % (t, ct[t]) for t in TYPES)
    readme = README_TMPL % {"seed": SEED, "npos": npos, "nneg": nneg, "rows": rows}
    if "--check" in sys.argv:
        if not os.path.exists(CASES) or open(CASES, encoding="utf-8").read() != text:
            errs.append("cases.jsonl differs from regenerated output")
        if not os.path.exists(README) or open(README, encoding="utf-8").read() != readme:
            errs.append("README.md differs from regenerated output")
    else:
        os.makedirs(OUTDIR, exist_ok=True)
        with open(CASES, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        with open(README, "w", encoding="utf-8", newline="\n") as f:
            f.write(readme)
    print("cases: %d positive, %d negative" % (npos, nneg))
    for t in TYPES:
        print("  %-13s %d" % (t, ct[t]))
    for e in errs[:60]:
        print("ERROR:", e)
    if errs:
        print("FAILED with %d problems" % len(errs))
        sys.exit(1)
    print("OK")

if __name__ == "__main__":
    main()

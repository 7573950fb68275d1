#!/usr/bin/env python3
"""Generate the pii_holdout509 held-out PII evaluation set.

Usage:
    python scripts/make_pii_holdout509.py          # write cases.jsonl
    python scripts/make_pii_holdout509.py --check  # regenerate and verify

Standard library only.  One RNG: random.Random(509241125).
Never use this set for tuning.
"""
import json
import os
import re
import sys
import random

R = random.Random(509241125)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout509", "cases.jsonl")


# ---------------------------------------------------------------- segments
class V:
    """A labelled value segment."""

    def __init__(self, text, typ, canon, mode="full", group=None):
        self.text, self.typ, self.canon, self.mode, self.group = text, typ, canon, mode, group


def C(*parts):
    return ("customer", list(parts))


def A(*parts):
    return ("agent", list(parts))


def build(cid, kind, turns, note):
    out_turns, spans, meta = [], [], []
    for ti, (spk, parts) in enumerate(turns):
        buf = ""
        for p in parts:
            if isinstance(p, V):
                s = len(buf)
                buf += p.text
                spans.append({"turn": ti, "start": s, "end": len(buf), "type": p.typ})
                meta.append(p)
            else:
                buf += p
        out_turns.append({"speaker": spk, "text": buf})
    return {"id": cid, "kind": kind, "turns": out_turns, "spans": spans, "note": note}, meta


# ---------------------------------------------------------------- number words
UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORDS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
        "seventeenth", "eighteenth", "nineteenth", "twentieth"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo", "f": "foxtrot",
        "g": "golf", "h": "hotel", "i": "india", "j": "juliet", "k": "kilo", "l": "lima",
        "m": "mike", "n": "november", "o": "oscar", "p": "papa", "q": "quebec", "r": "romeo",
        "s": "sierra", "t": "tango", "u": "uniform", "v": "victor", "w": "whiskey", "x": "xray",
        "y": "yankee", "z": "zulu"}
FILLERS = ["um", "uh", "er", "erm", "uhm"]


def zero_word(style=None):
    return style or R.choice(["zero", "oh", "oh", "o", "nought", "zero"])


def dword(d, zw):
    return zw if d == "0" else UNITS[int(d)]


def pair_words(p, zw):
    a, b = p[0], p[1]
    if a == "0":
        return zw + " " + dword(b, zw)
    if a == "1":
        return TEENS[int(b)]
    if b == "0":
        return UNITS[int(a)] + " " + zw
    return TENS[int(a)] + " " + UNITS[int(b)]


def hundred_words(t):
    a, b, c = t
    base = UNITS[int(a)] + " hundred"
    if b == "0" and c == "0":
        return base
    conj = R.choice([" and ", " "])
    if b == "0":
        return base + conj + UNITS[int(c)]
    if b == "1":
        return base + conj + TEENS[int(c)]
    if c == "0":
        return base + conj + TENS[int(b)]
    return base + conj + TENS[int(b)] + " " + UNITS[int(c)]


def chunk_words(ch, style, zw):
    """Speak one chunk of digits."""
    if style == "pairs" and len(ch) % 2 == 0:
        return " ".join(pair_words(ch[i:i + 2], zw) for i in range(0, len(ch), 2))
    if style == "hundreds" and len(ch) == 3 and ch[0] != "0":
        return hundred_words(ch)
    if style == "pairs" and len(ch) == 3 and ch[0] != "0" and R.random() < 0.5:
        return hundred_words(ch)
    words, i = [], 0
    while i < len(ch):
        d = ch[i]
        j = i
        while j < len(ch) and ch[j] == d:
            j += 1
        run = j - i
        if run >= 3 and R.random() < 0.6:
            words.append("triple " + dword(d, zw))
            i += 3
        elif run >= 2 and R.random() < 0.6:
            words.append("double " + dword(d, zw))
            i += 2
        else:
            words.append(dword(d, zw))
            i += 1
    return " ".join(words)


def split_groups(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def speak(s, sizes=None, style=None, filler=0.0, zw=None, sep=None):
    """Spoken reading of a digit string, split in chunks."""
    zw = zero_word(zw)
    style = style or R.choice(["single", "single", "pairs"])
    sizes = sizes or [len(s)]
    chunks = split_groups(s, sizes)
    out = []
    for k, ch in enumerate(chunks):
        w = chunk_words(ch, style, zw)
        if k > 0:
            if sep is not None:
                sp = sep
            elif style != "single":  # keep "four hundred, five" from reading as 405
                sp = R.choice([", ", "... "])
            else:
                sp = R.choice([" ", ", ", "... ", " "])
            if R.random() < filler:
                sp = sp + R.choice(FILLERS) + " "
            out.append(sp)
        out.append(w)
    return "".join(out)


def typed(s, sizes, sep):
    return sep.join(split_groups(s, sizes))


def spell_letter(ch, nato_p=0.5):
    ch = ch.lower()
    r = R.random()
    if ch == "o":  # a bare "o" would be heard as zero
        return "o for oscar" if r < 0.5 else "o as in oscar"
    if r < nato_p * 0.5:
        return ch + " for " + NATO[ch]
    if r < nato_p:
        return ch + " as in " + NATO[ch]
    return ch


# ---------------------------------------------------------------- normaliser
NORM_DROP = set(FILLERS) | {"|", "plus", "dash", "hyphen", "space", "slash", "then", "the", "of", "point"}
U2D = {w: str(i) for i, w in enumerate(UNITS)}
U2D.update({"oh": "0", "o": "0", "nought": "0"})
T2D = {w: 10 + i for i, w in enumerate(TEENS)}
X2D = {w: i * 10 for i, w in enumerate(TENS) if w}
O2D = {w: i for i, w in enumerate(ORDS) if w}
M2D = {m: "%02d" % (i + 1) for i, m in enumerate(MONTHS)}
M2D.update({m[:3]: "%02d" % (i + 1) for i, m in enumerate(MONTHS)})
M2D["sept"] = "09"
NATO_INV = {v: k for k, v in NATO.items()}


def _small(tok, nxt):
    """Parse a number < 100 starting at tok; returns (value, consumed) or None."""
    if tok in X2D:
        if nxt in U2D and U2D[nxt] != "0" and nxt not in ("oh", "o", "nought"):
            return X2D[tok] + int(U2D[nxt]), 2
        if nxt in O2D and O2D[nxt] < 10:
            return X2D[tok] + O2D[nxt], 2
        return X2D[tok], 1
    if tok in T2D:
        return T2D[tok], 1
    if tok in U2D:
        return int(U2D[tok]), 1
    return None


def norm_tokens(text, dates=False):
    t = text.lower()
    t = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"\.\.\.|[,;]", " | ", t)  # a pause stops "thirty, five" merging
    t = re.sub(r"[^a-z0-9|]+", " ", t)
    toks = t.split()
    out, i = [], 0
    while i < len(toks):
        w = toks[i]
        n1 = toks[i + 1] if i + 1 < len(toks) else ""
        n2 = toks[i + 2] if i + 2 < len(toks) else ""
        n3 = toks[i + 3] if i + 3 < len(toks) else ""
        # letter spelling: "j for juliet", "j as in juliet"
        if len(w) == 1 and w.isalpha() and n1 == "for" and NATO_INV.get(n2) == w:
            out.append(w); i += 3; continue
        if len(w) == 1 and w.isalpha() and n1 == "as" and n2 == "in" and NATO_INV.get(n3) == w:
            out.append(w); i += 4; continue
        if w in NORM_DROP or w == "and":
            i += 1; continue
        if w in ("double", "triple") and n1 in U2D:
            out.append(U2D[n1] * (2 if w == "double" else 3)); i += 2; continue
        if w in U2D and n1 == "hundred":
            val = int(U2D[w]) * 100
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks):
                sm = _small(toks[j], toks[j + 1] if j + 1 < len(toks) else "")
                if sm and toks[j] not in ("oh", "o", "nought", "zero"):
                    val += sm[0]; j += sm[1]
            out.append(str(val)); i = j; continue
        if w in U2D and n1 == "thousand":
            val = int(U2D[w]) * 1000
            j = i + 2
            if j < len(toks) and toks[j] == "and":
                j += 1
            if j < len(toks):
                sm = _small(toks[j], toks[j + 1] if j + 1 < len(toks) else "")
                if sm and toks[j] not in ("oh", "o", "nought", "zero"):
                    val += sm[0]; j += sm[1]
            out.append(str(val)); i = j; continue
        if dates and w in M2D:
            out.append(M2D[w]); i += 1; continue
        if dates and w in O2D:
            out.append(str(O2D[w])); i += 1; continue
        if w in X2D or w in T2D:
            v, k = _small(w, n1)
            out.append("%02d" % v); i += k; continue
        if w in U2D:
            out.append(U2D[w]); i += 1; continue
        out.append(w); i += 1
    return out


def norm(text):
    return "".join(norm_tokens(text))


def norm_email(text):
    t = text.lower().strip()
    if "@" in t:
        return re.sub(r"\s+", "", t)
    toks = t.replace(",", " ").split()
    out, i = [], 0
    sym = {"at": "@", "dot": ".", "underscore": "_", "dash": "-", "hyphen": "-"}
    while i < len(toks):
        w = toks[i]
        n1 = toks[i + 1] if i + 1 < len(toks) else ""
        n2 = toks[i + 2] if i + 2 < len(toks) else ""
        n3 = toks[i + 3] if i + 3 < len(toks) else ""
        if len(w) == 1 and n1 == "for" and NATO_INV.get(n2) == w:
            out.append(w); i += 3; continue
        if len(w) == 1 and n1 == "as" and n2 == "in" and NATO_INV.get(n3) == w:
            out.append(w); i += 4; continue
        if w in FILLERS:
            i += 1; continue
        if w in sym:
            out.append(sym[w]); i += 1; continue
        if w in ("double", "triple") and n1 in UNITS:
            out.append(U2D[n1] * (2 if w == "double" else 3)); i += 2; continue
        if w in X2D or w in T2D:
            v, k = _small(w, n1)
            out.append(str(v)); i += k; continue
        if w in UNITS:
            out.append(U2D[w]); i += 1; continue
        out.append(w); i += 1
    return "".join(out)


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


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def iban_ok(s):
    s = s.upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def aba_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    w = [3, 7, 1] * 3
    return sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def valid_canon(typ, c):
    if typ == "CARD_NUMBER":
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if typ == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if typ == "SSN":
        return c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9" \
            and c[3:5] != "00" and c[5:] != "0000"
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(c.upper()))
    if typ == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if typ == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if typ == "IBAN":
        return bool(re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$", c)) and iban_ok(c)
    if typ == "PHONE":
        return c.isdigit() and 10 <= len(c) <= 13
    if typ == "EMAIL":
        return bool(re.match(r"^[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$", c))
    if typ == "POSTCODE":
        cu = c.upper()
        return bool(UKPC_RE.match(cu)) or bool(re.match(r"^\d{5}(\d{4})?$", cu))
    if typ == "ADDRESS":
        return True
    if typ in ("DOB", "EXPIRY"):
        return True
    return False


def check_value(m):
    """Validate a labelled segment against its canonical value."""
    typ, c = m.typ, m.canon
    if not valid_canon(typ, c):
        return "canonical value invalid: %r" % c
    if typ == "EMAIL":
        n = norm_email(m.text)
        return None if n == c else "email norm %r != %r" % (n, c)
    if typ == "ADDRESS":
        toks = norm_tokens(m.text)
        if not toks or not any(ch.isdigit() for ch in toks[0] + (toks[1] if len(toks) > 1 else "")):
            return "address without house/flat number: %r" % m.text
        if not re.search(r"(street|st|road|rd|avenue|ave|lane|ln|drive|dr|close|way|court|ct|"
                         r"boulevard|blvd|place|pl|crescent|terrace|grove|gardens|park|hill|"
                         r"row|square|walk|parade|mews)\b", m.text.lower()):
            return "address without street word: %r" % m.text
        return None
    if typ in ("DOB", "EXPIRY"):
        d, mo, y = c  # canonical tuple as string "d-m-y"
        toks = norm_tokens(m.text, dates=True)
        nums = [int(t) for t in toks if t.isdigit()]
        joined = "".join(toks)
        ok_m = int(mo) in nums or ("%02d" % int(mo)) in joined
        ok_y = (int(y) in nums) or (int(y) % 100 in nums) or str(y) in joined or \
            ("%02d" % (int(y) % 100)) in joined
        ok_d = d is None or int(d) in nums or ("%02d" % int(d)) in joined
        if not (ok_m and ok_y and ok_d and 1 <= int(mo) <= 12):
            return "date %r does not match %r (%r)" % (m.text, c, toks)
        return None
    n = norm(m.text)
    cc = c.lower()
    if m.mode == "full":
        return None if n == cc else "norm %r != canon %r (text %r)" % (n, cc, m.text)
    return None if n and n in cc else "fragment %r not in %r (text %r)" % (n, cc, m.text)


# ---------------------------------------------------------------- value generators
def gen_card():
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19"])
    if kind == "visa":
        body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    elif kind == "visa13":
        body = "4" + "".join(R.choice("0123456789") for _ in range(11))
    elif kind == "visa19":
        body = "4" + "".join(R.choice("0123456789") for _ in range(17))
    elif kind == "mc":
        body = R.choice(["51", "52", "53", "54", "55", "2221", "2720"])
        body += "".join(R.choice("0123456789") for _ in range(15 - len(body)))
    elif kind == "amex":
        body = R.choice(["34", "37"]) + "".join(R.choice("0123456789") for _ in range(12))
    else:
        body = "6011" + "".join(R.choice("0123456789") for _ in range(11))
    # sprinkle repeats so double/triple appear
    if R.random() < 0.5:
        k = R.randrange(2, len(body) - 2)
        body = body[:k] + body[k] * 2 + body[k + 2:]
        body = body[:len(body)]
    return luhn_complete(body)


def card_groups(c):
    n = len(c)
    if n == 15:
        return [4, 6, 5]
    if n == 16:
        return [4, 4, 4, 4]
    if n == 13:
        return [4, 4, 5]
    return [4, 4, 4, 4, 3]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_P1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_P2 = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_P1) + R.choice(NI_P2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def gen_digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(R.randint(1, 9)) + s[1:]
    return s


def gen_aba():
    while True:
        b = "%02d" % R.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31, 32]) + gen_digits(6, False)
        for c in "0123456789":
            if aba_ok(b + c):
                return b + c


def iban_from(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return cc + "%02d" % chk + bban


def gen_iban():
    cc = R.choice(["GB", "GB", "IE", "IE", "DE", "NL", "ES", "FR"])
    L = lambda n: "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + gen_digits(6, False) + gen_digits(8, False)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "IPBS"]) + gen_digits(6, False) + gen_digits(8, False)
    elif cc == "DE":
        bban = gen_digits(18, False)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + gen_digits(10, False)
    elif cc == "ES":
        bban = gen_digits(20, False)
    else:
        bban = gen_digits(10, False) + L(0) + gen_digits(13, False)
    return iban_from(cc, bban)


def gen_uk_mobile():
    return "7" + R.choice(["700", "400", "511", "821", "912", "983", "447"]) + gen_digits(6, False)


def gen_uk_land():
    return R.choice(["20", "161", "121", "113", "131", "141", "117", "1632", "28"]) + gen_digits(7, False)[: 10 - 0]


def gen_us_phone():
    area = R.choice(["212", "415", "312", "713", "617", "404", "305", "503", "702", "206", "214", "602"])
    return area + str(R.randint(2, 9)) + gen_digits(2, False) + gen_digits(4, False)


FIRST = ["james", "mary", "aoife", "sean", "priya", "tom", "olu", "marta", "kevin", "dana",
         "luis", "grace", "niamh", "raj", "beth", "carlos", "jo", "ellie", "marcus", "fatima"]
LAST = ["doe", "smith", "oconnor", "patel", "nguyen", "garcia", "walsh", "brown", "kowalski",
        "murphy", "okafor", "jensen", "rossi", "hughes", "kim", "lopez", "evans", "byrne"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.co.uk", "icloud.com", "aol.com",
           "btinternet.com", "eircom.net", "comcast.net", "protonmail.com", "gmx.de"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    style = R.randint(0, 4)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + l + str(R.randint(1, 99))
    elif style == 2:
        u = f + "_" + l
    elif style == 3:
        u = l + f[0]
    else:
        u = f + str(R.randint(1960, 2005))
    return u + "@" + R.choice(DOMAINS)


def speak_email(e):
    user, dom = e.split("@")
    parts = []
    for tok in re.findall(r"[a-z]+|\d+|[._-]", user):
        if tok == ".":
            parts.append("dot")
        elif tok == "_":
            parts.append("underscore")
        elif tok == "-":
            parts.append("dash")
        elif tok.isdigit():
            if len(tok) == 4 and R.random() < 0.7:
                parts.append(pair_words(tok[:2], "oh") + " " + pair_words(tok[2:], "oh"))
            elif len(tok) == 2 and tok[0] not in "01" and tok[1] != "0":
                parts.append(TENS[int(tok[0])] + " " + UNITS[int(tok[1])])
            else:
                parts.append(" ".join(UNITS[int(d)] for d in tok))
        elif len(tok) == 1:
            parts.append(spell_letter(tok, 0.6))
        else:
            if R.random() < 0.3 and len(tok) <= 6:
                parts.append(" ".join(spell_letter(ch, 0.3) for ch in tok))
            else:
                parts.append(tok)
    dparts = " dot ".join(dom.split("."))
    return " ".join(parts) + " at " + dparts


STREETS = ["Baker Street", "Mill Lane", "Church Road", "Victoria Avenue", "Oak Drive",
           "Station Road", "Elm Grove", "Kingsway Close", "Maple Street", "High Street",
           "Park Terrace", "Ash Crescent", "Harbour View Road", "Orchard Way", "Main Street",
           "Elm Street", "Pine Avenue", "Sunset Boulevard", "Lakeview Drive", "Cedar Lane"]
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Glasgow", "Cardiff", "Norwich", "York"]
US_TOWNS = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Tampa", "FL"),
            ("Portland", "OR"), ("Buffalo", "NY"), ("Phoenix", "AZ")]
IE_TOWNS = ["Cork", "Galway", "Limerick", "Dublin 8"]


def gen_ukpc():
    fmt = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "A9A 9AA", "AA9A 9AA"])
    out = ""
    for ch in fmt:
        if ch == "A":
            out += R.choice("ABCDEFGHJKLMNOPRSTUWYZ")
        elif ch == "9":
            out += str(R.randint(1, 9))
        else:
            out += ch
    return out


def gen_zip(plus4=False):
    z = "%05d" % R.randint(10001, 99950)
    if plus4:
        z += "-%04d" % R.randint(1, 9999)
    return z


def gen_date(lo=1940, hi=2004):
    y = R.randint(lo, hi)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return d, m, y


def year_words(y):
    if 2000 <= y <= 2009:
        return R.choice(["two thousand and " + UNITS[y - 2000], "two thousand " + UNITS[y - 2000]])
    a, b = str(y)[:2], str(y)[2:]
    return pair_words(a, "oh") + " " + pair_words(b, "oh")


def ord_words(d):
    if d <= 20:
        return ORDS[d]
    if d % 10 == 0:
        return "thirtieth"
    return TENS[d // 10] + " " + ORDS[d % 10]


def date_text(d, m, y, spoken):
    if spoken:
        st = R.randint(0, 3)
        if st == 0:
            return "the " + ord_words(d) + " of " + MONTHS[m - 1] + " " + year_words(y)
        if st == 1:
            return MONTHS[m - 1] + " " + ord_words(d) + " " + year_words(y)
        if st == 2:
            return ord_words(d) + " " + MONTHS[m - 1] + ", " + year_words(y)
        return ord_words(d) + " of " + MONTHS[m - 1] + ", " + pair_words(str(y)[:2], "oh") + " " + pair_words(str(y)[2:], "oh")
    st = R.randint(0, 5)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d/%d/%d" % (m, d, y)
    if st == 2:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 3:
        return "%s %d, %d" % (MONTHS[m - 1].capitalize()[:3], d, y)
    if st == 4:
        return "%d-%02d-%02d" % (y, m, d)
    return "%02d.%02d.%02d" % (d, m, y % 100)


def exp_text(m, y, spoken):
    if spoken:
        st = R.randint(0, 3)
        if st == 0:
            return pair_words("%02d" % m, R.choice(["oh", "zero"])) + " " + pair_words(str(y)[2:], "oh")
        if st == 1:
            return MONTHS[m - 1] + " " + year_words(y)
        if st == 2:
            return pair_words("%02d" % m, "oh") + " slash " + pair_words(str(y)[2:], "oh")
        return MONTHS[m - 1] + " " + pair_words(str(y)[2:], "oh")
    st = R.randint(0, 4)
    if st == 0:
        return "%02d/%02d" % (m, y % 100)
    if st == 1:
        return "%02d/%d" % (m, y)
    if st == 2:
        return "%02d-%02d" % (m, y % 100)
    if st == 3:
        return "%s %d" % (MONTHS[m - 1].capitalize()[:3], y)
    return "%02d / %02d" % (m, y % 100)


# ---------------------------------------------------------------- context
INDUSTRY = {
    "banking": ["thanks for calling the card services team", "you're through to fraud prevention",
                "welcome to online banking support"],
    "telecom": ["thanks for calling mobile billing", "you're through to broadband support"],
    "utilities": ["thanks for calling the energy accounts team", "water services, how can I help"],
    "retail": ["thanks for contacting the order help desk", "customer care for online orders"],
    "insurance": ["claims line, how can I help", "you're through to policy renewals"],
    "travel": ["reservations, how can I help", "thanks for calling the bookings team"],
    "healthcare": ["patient billing, how can I help", "you've reached the pharmacy billing line"],
    "government": ["tax helpline, how can I help", "benefits enquiry line"],
}


def opener():
    ind = R.choice(sorted(INDUSTRY))
    return ind, R.choice(INDUSTRY[ind])


def fil(p=0.5):
    return (R.choice(FILLERS) + " ") if R.random() < p else ""


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "got that", "yes"]

CASES = []   # (case, meta)
COUNTS = {"pos": 0, "neg": 0}
GROUP = [0]


def add(kind, turns, note):
    COUNTS["pos" if kind == "positive" else "neg"] += 1
    cid = "h509-%s-%03d" % ("pos" if kind == "positive" else "neg", COUNTS["pos" if kind == "positive" else "neg"])
    CASES.append(build(cid, kind, turns, note))


def newgroup():
    GROUP[0] += 1
    return GROUP[0]


# ---------------------------------------------------------------- positive templates
def pos_card_typed():
    c = gen_card()
    g = card_groups(c)
    if R.random() < 0.25:
        g = R.choice([[3, 4, 4, 5], [6, 6, 4], [2, 7, 7], [8, 8]])
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    txt = typed(c, g, sep)
    lab = R.choice(["card no: ", "Card number - ", "cc#", "my card is ", "CARD: ", "card num ", "pan "])
    _, op = opener()
    turns = [A(op.capitalize() + ". How would you like to pay?"),
             C(lab, V(txt, "CARD_NUMBER", c), R.choice(["", " thx", " cheers", ".", " pls"]))]
    note = "typed card, sep %r" % sep
    if R.random() < 0.6:
        m, y = R.randint(1, 12), R.randint(2025, 2031)
        turns.append(C(R.choice(["exp ", "expires ", "Expiry: ", "valid thru "]),
                       V(exp_text(m, y, False), "EXPIRY", (None, m, y)),
                       R.choice([" cvv ", ", security code ", " cvc: ", " and the 3 digits on back "]),
                       V(c_cvv(c), "CVV", LASTCVV[0])))
        note += " + expiry + cvv"
    turns.append(A("Thanks, that payment of $%d.%02d has gone through." % (R.randint(5, 900), R.randint(0, 99))))
    add("positive", turns, note)


LASTCVV = [""]


def c_cvv(card):
    v = gen_digits(4 if len(card) == 15 else 3, False)
    LASTCVV[0] = v
    return v


def pos_card_asr_single():
    c = gen_card()
    g = card_groups(c)
    style = R.choice(["single", "single", "pairs"])
    txt = speak(c, g, style, filler=0.35)
    _, op = opener()
    turns = [A(op + ". can i take the long number on the front of the card"),
             C(fil(0.6) + R.choice(["yeah it's ", "sure it's ", "okay ", "right so ", ""]),
               V(txt, "CARD_NUMBER", c))]
    note = "asr card %s reading" % style
    if R.random() < 0.5:
        turns.append(A("and the expiry"))
        m, y = R.randint(1, 12), R.randint(2025, 2031)
        turns.append(C(fil(0.4) + "it's ", V(exp_text(m, y, True), "EXPIRY", (None, m, y))))
        turns.append(A("and the three digits on the back"))
        cv = c_cvv(c)
        turns.append(C(V(speak(cv, None, R.choice(["single", "hundreds"])), "CVV", cv)))
        note += " + expiry + cvv"
    add("positive", turns, note)


def pos_card_asr_split():
    c = gen_card()
    g = card_groups(c)
    gid = newgroup()
    style = R.choice(["single", "pairs", "single"])
    zw = zero_word()
    chunks = split_groups(c, g)
    turns = [A("okay whenever you're ready with the card number")]
    for k, ch in enumerate(chunks):
        turns.append(C(fil(0.3), V(chunk_words(ch, style, zw), "CARD_NUMBER", c, "part", gid)))
        if k < len(chunks) - 1:
            turns.append(A(R.choice(BACKCH)))
    note = "card split over %d customer turns with back-channels" % len(chunks)
    if R.random() < 0.6:
        rb = speak(c, g, "single", zw="oh", sep=", ")
        turns.append(A("so i've got ", V(rb, "CARD_NUMBER", c), R.choice([", is that right", " yeah", "?"])))
        turns.append(C("yes that's it"))
        note += "; agent read-back"
    elif R.random() < 0.5:
        turns.append(A("lovely so that's the card ending ", V(speak(c[-4:], None, "single"), "CARD_NUMBER", c, "part"),
                       " yes"))
        turns.append(C("yep"))
        note += "; last four read back after full card (labelled)"
    add("positive", turns, note)


def pos_card_aside():
    c = gen_card()
    g = card_groups(c)
    chunks = split_groups(c, g)
    k = R.randint(1, len(chunks) - 1)
    a = speak("".join(chunks[:k]), g[:k], "single", zw="oh")
    b = speak("".join(chunks[k:]), g[k:], "single", zw="oh")
    aside = R.choice([", sorry the dog's going mad, ", " - hang on, let me get my glasses - ",
                      "... sorry, kids are shouting... ", ", hold on the light's bad in here, "])
    first = c[:sum(g[:k])]
    turns = [A("go ahead with the card number please"),
             C("yeah so ", V(a, "CARD_NUMBER", c, "part"), aside, V(b, "CARD_NUMBER", c, "part"))]
    turns.append(A("no worries, take your time"))
    add("positive", turns, "card reading with an aside mid-number (two spans, aside outside)")


def pos_card_restart():
    c = gen_card()
    g = card_groups(c)
    turns = [A("what's the card number"),
             C(R.choice(["it's um, oh hang on that's the old one, sorry. right it's ",
                         "okay it's... no wait that's my debit card. okay this one, ",
                         "er let me start again, i lost my place. "]),
               V(speak(c, g, R.choice(["single", "pairs"]), filler=0.3), "CARD_NUMBER", c)),
             A("thank you")]
    add("positive", turns, "restarted reading before digits")


def pos_card_correction():
    c = gen_card()
    g = card_groups(c)
    chunks = split_groups(c, g)
    k = R.randrange(len(chunks))
    turns = [C("card number ", V(speak(c, g, "single", zw="oh"), "CARD_NUMBER", c))]
    turns.append(A("sorry can you repeat the ", ["first", "second", "third", "fourth", "fifth"][k], " group"))
    turns.append(C("yeah ", V(chunk_words(chunks[k], "single", "oh"), "CARD_NUMBER", c, "part")))
    turns.append(A("got it ", V(chunk_words(chunks[k], "single", "oh"), "CARD_NUMBER", c, "part"), ", thanks"))
    add("positive", turns, "card read then one group repeated and confirmed (fragments labelled)")


def pos_ssn():
    s = gen_ssn()
    st = R.randint(0, 9)
    _, op = opener()
    ind = R.choice(["benefits", "tax", "insurance", "healthcare billing", "bank"])
    if st == 0:
        t = typed(s, [3, 2, 4], R.choice(["-", " ", "-"]))
        turns = [A("For verification please provide your SSN."), C(R.choice(["ssn: ", "SSN ", "social is ", "Soc sec # "]), V(t, "SSN", s))]
        note = "typed ssn 3-2-4"
    elif st == 1:
        turns = [A("can i get your social security number"),
                 C(fil() + "yeah it's ", V(speak(s, [3, 2, 4], R.choice(["single", "single", "pairs"]), filler=0.3), "SSN", s))]
        note = "asr ssn 3-2-4"
    elif st == 2:
        turns = [A("and your social please"), C(V(speak(s, [3, 3, 3], "single", filler=0.2), "SSN", s))]
        note = "asr ssn read 3-3-3"
    elif st == 3:
        turns = [A("what's the social on the account"),
                 C(V(speak(s, [3, 2, 4], "hundreds"), "SSN", s))]
        note = "asr ssn with hundreds form"
    elif st == 4:
        gid = newgroup()
        ch = split_groups(s, [3, 2, 4])
        turns = [A("i'll need your social security number to pull up the file")]
        for k, x in enumerate(ch):
            turns.append(C(fil(0.3), V(chunk_words(x, R.choice(["single", "pairs"]), "oh"), "SSN", s, "part", gid)))
            if k < 2:
                turns.append(A(R.choice(BACKCH)))
        note = "ssn split over customer turns"
    elif st == 5:
        turns = [A("to verify i just need the last four of your social"),
                 C(fil() + "it's ", V(speak(s[5:], None, R.choice(["single", "pairs"])), "SSN", s, "part")),
                 A("thank you that matches")]
        note = "ssn last four only (labelled SSN)"
    elif st == 6:
        t = s
        turns = [C(R.choice(["my ss# is ", "SSN=", "social ", "ssn "]), V(t, "SSN", s), R.choice([" ", ". "]) +
                   "need to update my w-4 withholding")]
        note = "typed 9-digit ssn run together"
    elif st == 7:
        turns = [A("and the social security number"),
                 C(V(speak(s, [3, 2, 4], "single", zw="oh"), "SSN", s)),
                 A("let me read that back ", V(typed(speak(s, [3, 2, 4], "single", zw="zero", sep=", "), [99], ""), "SSN", s), " correct?"),
                 C("correct")]
        note = "ssn with agent read-back"
    elif st == 8:
        t = typed(s, [3, 2, 4], R.choice([".", " - ", "/"]))
        turns = [C("Hi, re my " + ind + " account. SSN ", V(t, "SSN", s), ", DOB to follow")]
        note = "typed ssn odd separators"
    else:
        turns = [A("what's your social"),
                 C("it's ", V(speak(s[:5], [3, 2], "single"), "SSN", s, "part"),
                   R.choice([" um, hold on, ", " and then, sorry, ", " uh let me check the card, "]),
                   V(speak(s[5:], None, R.choice(["single", "pairs"])), "SSN", s, "part"))]
        note = "ssn with hesitation aside between groups"
    add("positive", turns, note + " (" + ind + ")")


def pos_ni():
    n = gen_ni()
    st = R.randint(0, 6)
    if st == 0:
        t = R.choice([n, n.lower(), n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8],
                      n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8]])
        turns = [A("Please confirm your National Insurance number."), C(R.choice(["NI no: ", "NINO ", "it's ", "ni number "]), V(t, "NI_NUMBER", n))]
        note = "typed NI number"
    elif st == 1:
        sp = spell_letter(n[0], 0.5) + " " + spell_letter(n[1], 0.5) + ", " + speak(n[2:8], [2, 2, 2], R.choice(["single", "pairs"])) + ", " + spell_letter(n[8], 0.6)
        turns = [A("and your national insurance number please"), C(fil() + "yeah it's ", V(sp, "NI_NUMBER", n))]
        note = "asr NI with letters"
    elif st == 2:
        gid = newgroup()
        turns = [A("can i take your NI number"),
                 C(V(spell_letter(n[0], 1) + " " + spell_letter(n[1], 1), "NI_NUMBER", n, "part", gid)),
                 A(R.choice(BACKCH)),
                 C(V(speak(n[2:8], [2, 2, 2], "single", filler=0.3), "NI_NUMBER", n, "part", gid)),
                 A("and the last letter"),
                 C(V(spell_letter(n[8], 0.8), "NI_NUMBER", n, "part", gid))]
        note = "NI split over turns, NATO letters"
    elif st == 3:
        sp = spell_letter(n[0], 0.3) + " " + spell_letter(n[1], 0.3) + " " + speak(n[2:8], [6], "single") + " " + spell_letter(n[8], 0.3)
        turns = [C("it's for my pension, my national insurance is ", V(sp, "NI_NUMBER", n)),
                 A("thanks so that's ", V(n[:2].lower() + " " + speak(n[2:8], [2, 2, 2], "single", zw="zero") + " " + n[8].lower(), "NI_NUMBER", n)),
                 C("yes")]
        note = "NI with agent read-back"
    elif st == 4:
        turns = [C("Hi there, applying for universal credit. My NI is ", V(n[:2] + " " + n[2:8] + " " + n[8], "NI_NUMBER", n), " and my reference is UC" + gen_digits(7))]
        note = "typed NI with a reference number distractor"
    elif st == 5:
        sp = spell_letter(n[0], 0.4) + " " + spell_letter(n[1], 0.4) + " " + speak(n[2:8], [2, 2, 2], "pairs")
        turns = [A("national insurance number"),
                 C("uh ", V(sp, "NI_NUMBER", n, "part"), " and then... hang on it's worn off... ", V(spell_letter(n[8], 0.5), "NI_NUMBER", n, "part"))]
        note = "NI with aside before final letter"
    else:
        t = n.lower()[:2] + n[2:] if R.random() < 0.5 else n
        turns = [C("hi pls update address, ni ", V(t, "NI_NUMBER", n), " thanks")]
        note = "typed chat NI mixed case"
    add("positive", turns, note + " (UK government/payroll)")


def pos_bank():
    st = R.randint(0, 5)
    if st == 0:
        sc, ac = gen_digits(6, False), gen_digits(8, False)
        t_sc = R.choice([typed(sc, [2, 2, 2], "-"), sc, typed(sc, [2, 2, 2], " ")])
        turns = [A("Can I take the account details for the refund?"),
                 C(R.choice(["sort code ", "s/c: ", "Sort "]), V(t_sc, "SORT_CODE", sc), R.choice([" acct no: ", ", account ", " a/c "]), V(ac, "BANK_ACCOUNT", ac))]
        note = "UK typed sort code + account"
    elif st == 1:
        sc, ac = gen_digits(6, False), gen_digits(8, False)
        turns = [A("what's the sort code"),
                 C(V(speak(sc, [2, 2, 2], R.choice(["pairs", "single"])), "SORT_CODE", sc)),
                 A("and the account number"),
                 C(fil(), V(speak(ac, [4, 4], "single", filler=0.3), "BANK_ACCOUNT", ac))]
        note = "UK asr sort code + account"
    elif st == 2:
        rt, ac = gen_aba(), gen_digits(R.randint(9, 12))
        turns = [A("For the direct deposit I need your routing and account number."),
                 C("routing ", V(rt, "BANK_ACCOUNT", rt), " acct ", V(ac, "BANK_ACCOUNT", ac), " (checking)")]
        note = "US typed routing (ABA-valid) + account"
    elif st == 3:
        rt, ac = gen_aba(), gen_digits(R.randint(9, 11))
        gid = newgroup()
        ch = split_groups(ac, [4, 3, 5])
        turns = [A("okay and the routing number on the bottom of the check"),
                 C(fil() + "it's ", V(speak(rt, [3, 3, 3], "single"), "BANK_ACCOUNT", rt)),
                 A("and the account number")]
        for k, x in enumerate(ch):
            turns.append(C(V(chunk_words(x, "single", "oh"), "BANK_ACCOUNT", ac, "part", gid)))
            if k < len(ch) - 1:
                turns.append(A(R.choice(BACKCH)))
        note = "US asr routing + account split"
    elif st == 4:
        ac = gen_digits(8, False)
        turns = [C("Hi, please change my direct debit to acct no: ", V(ac, "BANK_ACCOUNT", ac), ", sort code ",
                   V(typed(SC := gen_digits(6, False), [2, 2, 2], "-"), "SORT_CODE", SC), ". Thanks")]
        note = "UK utilities typed direct debit"
    else:
        sc = gen_digits(6, False)
        turns = [A("what's the sort code for the bank"),
                 C("uh it's ", V(speak(sc, [2, 2, 2], "pairs", filler=0.4), "SORT_CODE", sc)),
                 A("so ", V(speak(sc, [2, 2, 2], "single", zw="zero", sep=" dash "), "SORT_CODE", sc), "?"),
                 C("that's it")]
        note = "asr sort code with dash read-back"
    add("positive", turns, note)


def pos_iban():
    ib = gen_iban()
    st = R.randint(0, 3)
    if st == 0:
        t = R.choice([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower()])
        turns = [A("Please send the IBAN for the refund."), C(R.choice(["IBAN: ", "iban ", "My IBAN is "]), V(t, "IBAN", ib))]
        note = "typed IBAN %s" % ib[:2]
    elif st == 1:
        parts = []
        for i in range(0, len(ib), 4):
            grp = ib[i:i + 4]
            w = []
            for ch in grp:
                w.append(spell_letter(ch, 0.3) if ch.isalpha() else dword(ch, "zero"))
            parts.append(" ".join(w))
        turns = [A("and the IBAN"), C(fil(), V(", ".join(parts), "IBAN", ib))]
        note = "asr IBAN %s" % ib[:2]
    elif st == 2:
        gid = newgroup()
        half = 8
        p1 = " ".join(spell_letter(ch, 0.2) if ch.isalpha() else dword(ch, "oh") for ch in ib[:half])
        p2 = " ".join(spell_letter(ch, 0.2) if ch.isalpha() else dword(ch, "oh") for ch in ib[half:])
        turns = [A("go ahead with the IBAN"), C(V(p1, "IBAN", ib, "part", gid)), A("mhm"), C(V(p2, "IBAN", ib, "part", gid))]
        note = "IBAN split over turns %s" % ib[:2]
    else:
        t = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        turns = [C("Bonjour/hello - travel refund for booking ref " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)) + " pls pay to ", V(t, "IBAN", ib))]
        note = "typed IBAN with booking ref distractor"
    add("positive", turns, note)


def pos_phone():
    st = R.randint(0, 7)
    if st == 0:
        p = gen_uk_mobile()
        t = R.choice(["0" + p[:4] + " " + p[4:], "07" + p[1:], "+44 " + p[:4] + " " + p[4:], "+44 (0)" + p[:4] + " " + p[4:]])
        canon = ("44" + p) if t.startswith("+") else ("0" + p)
        if "(0)" in t:
            canon = "440" + p
        turns = [A("Best contact number?"), C("mob: ", V(t, "PHONE", canon))]
        note = "UK mobile typed"
    elif st == 1:
        p = gen_uk_mobile()
        canon = "0" + p
        turns = [A("and a good number to call you back on"), C(fil() + "it's ", V(speak(canon, [5, 3, 3], R.choice(["single", "single", "pairs"]), filler=0.3), "PHONE", canon))]
        note = "UK mobile spoken"
    elif st == 2:
        p = gen_us_phone()
        t = R.choice(["(%s) %s-%s" % (p[:3], p[3:6], p[6:]), "%s-%s-%s" % (p[:3], p[3:6], p[6:]), "%s.%s.%s" % (p[:3], p[3:6], p[6:]), "+1 %s %s %s" % (p[:3], p[3:6], p[6:]), "1-%s-%s-%s" % (p[:3], p[3:6], p[6:])])
        canon = ("1" + p) if (t.startswith("+1") or t.startswith("1-")) else p
        turns = [A("What's the best callback number?"), C("cell ", V(t, "PHONE", canon))]
        note = "US phone typed"
    elif st == 3:
        p = gen_us_phone()
        ext = gen_digits(R.choice([3, 4]))
        t = "%s-%s-%s" % (p[:3], p[3:6], p[6:])
        turns = [A("and your work number"), C("work is ", V(t, "PHONE", p), R.choice([" ext. ", " x", " extension "]) + ext)]
        note = "US work phone with extension (extension outside span)"
    elif st == 4:
        p = gen_us_phone()
        ext = gen_digits(3)
        turns = [A("what number should the doctor's office call"),
                 C(V(speak(p, [3, 3, 4], R.choice(["single", "pairs"]), filler=0.3), "PHONE", p), " and then extension " + speak(ext, None, "single")),
                 A("so ", V(speak(p, [3, 3, 4], "single", sep=", "), "PHONE", p), " extension " + speak(ext, None, "single")),
                 C("yes")]
        note = "US spoken phone with extension and read-back"
    elif st == 5:
        p = "353" + R.choice(["85", "86", "87", "83"]) + gen_digits(7, False)
        t = R.choice(["+353 " + p[3:5] + " " + p[5:8] + " " + p[8:], "00353" + p[3:]])
        canon = p if t.startswith("+") else "00" + p
        turns = [A("Can we have a contact number?"), C(V(t, "PHONE", canon))]
        note = "Irish mobile international"
    elif st == 6:
        p = "44" + gen_uk_mobile()
        turns = [A("international format please"), C(V("plus " + speak(p, [2, 4, 3, 3], "single", filler=0.2), "PHONE", p))]
        note = "spoken international UK with plus"
    else:
        p = "49" + "1" + R.choice(["51", "60", "70"]) + gen_digits(8, False)
        turns = [C("my german number is ", V("+" + p[:2] + " " + p[2:5] + " " + p[5:], "PHONE", p), ", whatsapp works too")]
        note = "German mobile typed"
    add("positive", turns, note)


def pos_email():
    e = gen_email()
    st = R.randint(0, 3)
    if st == 0:
        t = R.choice([e, e.upper(), e[0].upper() + e[1:]])
        turns = [A("What's the email on the account?"), C(R.choice(["email: ", "e-mail ", "it's ", ""]), V(t, "EMAIL", e))]
        note = "typed email"
    elif st == 1:
        turns = [A("and your email address"), C(fil() + "yeah it's ", V(speak_email(e), "EMAIL", e), R.choice(["", ", all lower case", ", all one word"]))]
        note = "spoken email"
    elif st == 2:
        turns = [A("can i confirm the email"), C(V(speak_email(e), "EMAIL", e)),
                 A("so that's ", V(speak_email(e), "EMAIL", e)), C("yep")]
        note = "spoken email with read-back"
    else:
        user, dom = e.split("@")
        turns = [A("email address please"), C("it's ", V(speak_email(e), "EMAIL", e), " - no caps")]
        note = "spoken email lower case"
    add("positive", turns, note)


def pos_dob():
    d, m, y = gen_date()
    st = R.randint(0, 2)
    if st == 0:
        turns = [A("Can you confirm your date of birth?"), C(R.choice(["DOB ", "dob: ", "born ", ""]), V(date_text(d, m, y, False), "DOB", (d, m, y)))]
        note = "typed DOB"
    elif st == 1:
        turns = [A("and your date of birth"), C(fil() + "it's ", V(date_text(d, m, y, True), "DOB", (d, m, y)))]
        note = "spoken DOB"
    else:
        turns = [A("date of birth"), C(V(ord_words(d) + " " + MONTHS[m - 1] + " " + fil(1) + year_words(y), "DOB", (d, m, y)))]
        note = "spoken DOB with filler inside"
    add("positive", turns, note)


def pos_address():
    st = R.randint(0, 3)
    if st == 0:
        num = R.randint(1, 220)
        street = R.choice(STREETS[:15])
        pc = gen_ukpc()
        addr = R.choice(["%d %s" % (num, street), "Flat %d, %d %s" % (R.randint(1, 12), num, street), "%d%s %s" % (num, R.choice(["a", "b"]), street)])
        turns = [A("What's the address for the new connection?"),
                 C(V(addr, "ADDRESS", addr), ", " + R.choice(UK_TOWNS) + ", ", V(pc, "POSTCODE", pc.replace(" ", "")))]
        note = "UK typed address + postcode"
    elif st == 1:
        num = R.randint(100, 9800)
        street = R.choice(STREETS[15:] + ["Main Street", "Oak Drive"])
        town, state = R.choice(US_TOWNS)
        z = gen_zip(R.random() < 0.6)
        addr = "%d %s" % (num, street)
        if R.random() < 0.3:
            addr += ", Apt %d" % R.randint(1, 40)
        turns = [A("Shipping address?"), C(V(addr, "ADDRESS", addr), ", %s, %s " % (town, state), V(z, "POSTCODE", z.replace("-", "")))]
        note = "US typed address + ZIP" + ("+4" if "-" in z else "")
    elif st == 2:
        num = R.randint(1, 99)
        street = R.choice(STREETS[:15]).lower()
        pc = gen_ukpc()
        pcs = " ".join(spell_letter(ch, 0.2) if ch.isalpha() else UNITS[int(ch)] for ch in pc.replace(" ", ""))
        numw = chunk_words(str(num), "pairs", "oh") if len(str(num)) == 2 else UNITS[num]
        turns = [A("and the first line of the address"), C(fil() + "it's ", V(numw + " " + street, "ADDRESS", street)),
                 A("and the postcode"), C(V(pcs, "POSTCODE", pc.replace(" ", "")))]
        note = "UK spoken address + postcode"
    else:
        num = R.randint(100, 999)
        street = R.choice(STREETS[15:]).lower()
        z = gen_zip(True)
        zz = z.replace("-", "")
        turns = [A("what's the mailing address on file"),
                 C(V(hundred_words(str(num)) + " " + street, "ADDRESS", street), " in " + R.choice(US_TOWNS)[0].lower()),
                 A("and the zip"),
                 C(V(speak(z[:5], None, "single") + " dash " + speak(z[6:], None, "single"), "POSTCODE", zz))]
        note = "US spoken address (hundreds) + ZIP+4"
    add("positive", turns, note)


def pos_mixed_us():
    """US healthcare/insurance call: SSN + DOB + ZIP with dangerous non-PII IDs."""
    s = gen_ssn()
    d, m, y = gen_date()
    z = gen_zip(R.random() < 0.5)
    claim = gen_digits(R.choice([9, 11]))
    turns = [A("thanks for calling member services, can i get the claim number"),
             C("claim number " + speak(claim, [3, 3, 5], "single")),
             A("and to verify, your date of birth"),
             C(V(date_text(d, m, y, True), "DOB", (d, m, y))),
             A("and the last four of the social"),
             C(V(speak(s[5:], None, "single"), "SSN", s, "part")),
             A("and the zip code"),
             C(V(" ".join(dword(ch, "zero") for ch in z.replace("-", "")), "POSTCODE", z.replace("-", "")))]
    add("positive", turns, "US healthcare: claim number (not PII) + DOB + SSN last4 + ZIP")


def pos_mixed_uk():
    n = gen_ni()
    ph = "0" + gen_uk_mobile()
    turns = [A("hmrc helpline, can i take your national insurance number"),
             C(V(" ".join([n[0].lower(), n[1].lower()]) + " " + speak(n[2:8], [2, 2, 2], "pairs") + " " + n[8].lower(), "NI_NUMBER", n)),
             A("and a contact number in case we get cut off"),
             C(V(speak(ph, [5, 6], "single"), "PHONE", ph)),
             A("thanks, your tax code is 1257L and the reference is " + gen_digits(10))]
    add("positive", turns, "UK gov: NI + phone with tax code and reference distractors")


# ---------------------------------------------------------------- negative templates
def neg():
    st = R.randint(0, 24)
    if st == 0:
        turns = [A("Your balance is $%s.%02d and the minimum payment of $%d.00 is due on %s %d." % (format(R.randint(1000, 99999), ","), R.randint(0, 99), R.randint(25, 300), MONTHS[R.randint(0, 11)].capitalize(), R.randint(1, 28))),
                 C("ok can I pay it on the card ending " + gen_digits(4, False) + "?")]
        note = "balance, due date, card last four"
    elif st == 1:
        l4 = gen_digits(4, False)
        turns = [A("is that the card ending in " + speak(l4, None, "single")), C("yeah the one ending " + speak(l4, None, R.choice(["single", "pairs"])))]
        note = "spoken card last four only"
    elif st == 2:
        c = gen_card()
        turns = [A("your order number is " + speak(c, card_groups(c), "single")), C("and that's the order number not my card right"), A("correct, that's the order number")]
        note = "16-digit Luhn-valid order number read like a card"
    elif st == 3:
        trk = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        turns = [C("tracking number " + trk + " says delivered but nothing here"), A("I can see it on tracking " + trk + ", let me raise a ticket")]
        note = "UPS-style tracking number"
    elif st == 4:
        npi = luhn_complete("80840" + "1" + gen_digits(8, False))[5:]
        turns = [A("what's the provider's NPI"), C("the NPI is " + speak(npi, [3, 3, 4], "single")), A("thank you, NPI " + npi)]
        note = "NPI (10 digits, Luhn) with label"
    elif st == 5:
        mbi = str(R.randint(1, 9)) + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + str(R.randint(0, 9)) + "-" + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY0123456789") + str(R.randint(0, 9)) + "-" + R.choice("ACDEFGHJKMNPQRTUVWXY") + R.choice("ACDEFGHJKMNPQRTUVWXY") + str(R.randint(10, 99))
        turns = [C("Medicare ID on the card is " + mbi + ", is the claim covered"), A("Thanks, the Medicare number " + mbi + " shows the claim as pending")]
        note = "Medicare-style MBI with label"
    elif st == 6:
        mid = R.choice(["XGH", "ZQW", "MBR", "W"]) + gen_digits(9)
        turns = [A("can i get the member id off the insurance card"), C("member id " + mid), A("and the group number"), C("group " + gen_digits(6))]
        note = "member ID and group number"
    elif st == 7:
        claim = gen_digits(9)
        turns = [A("what's the claim number"), C(speak(claim, [3, 2, 4], "single") + " that's the claim number"), A("claim " + typed(claim, [3, 2, 4], "-") + ", got it")]
        note = "9-digit claim number read in SSN grouping"
    elif st == 8:
        turns = [A("We're open %d am to %d pm Monday to Friday, and %d to %d on Saturdays." % (R.randint(7, 9), R.randint(5, 9), R.randint(8, 10), R.randint(1, 5))),
                 C("and how long is the wait usually"), A("about %d minutes at the moment, you're number %d in the queue" % (R.randint(3, 45), R.randint(2, 30)))]
        note = "opening hours, durations, queue position"
    elif st == 9:
        m = gen_digits(6)
        turns = [A("can you read me the meter"), C("it says " + speak(m, [3, 3], "single") + " on the electric and " + gen_digits(5) + " on the gas"), A("thanks, meter reading " + m + " logged")]
        note = "meter readings"
    elif st == 10:
        turns = [C("flight BA%d from gate %s%d, seat %d%s, i'm in room %d" % (R.randint(100, 2999), R.choice("ABC"), R.randint(1, 60), R.randint(1, 40), R.choice("ABCDEF"), R.randint(100, 1299))),
                 A("and the booking reference is %s" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)))]
        note = "flight, gate, seat, room, booking ref"
    elif st == 11:
        pol = R.choice(["POL-", "HX", "", "P"]) + gen_digits(R.choice([8, 10, 12]))
        turns = [A("can i take your policy number"), C("policy number is " + pol), A("thanks, policy " + pol + " renews on %d %s %d for £%d.%02d" % (R.randint(1, 28), MONTHS[R.randint(0, 11)].capitalize(), R.randint(2025, 2027), R.randint(200, 900), R.randint(0, 99)))]
        note = "policy number, renewal date, premium"
    elif st == 12:
        inv = gen_digits(R.choice([13, 15, 16, 19]))
        turns = [C("Invoice #" + inv + " was charged twice"), A("I can see invoice " + inv + ", refund of £%d.%02d in 3-5 working days" % (R.randint(10, 300), R.randint(0, 99)))]
        note = "long invoice number (card-length)"
    elif st == 13:
        turns = [C("i'm %d years old, been a customer for %d years since %d" % (R.randint(20, 90), R.randint(2, 30), R.randint(1990, 2020))),
                 A("thanks, and the thermostat is set to %d degrees? that's about %d percent more than average" % (R.randint(16, 24), R.randint(5, 40)))]
        note = "ages, years, temperature, percentage"
    elif st == 14:
        ser = R.choice(["SN", "S/N ", "serial "]) + "".join(R.choice("0123456789ABCDEF") for _ in range(12))
        turns = [C("router model TG%d, %s" % (R.randint(500, 3999), ser)), A("thanks, that router's serial is logged, engineer booked for %s %d between 8 and 1" % (MONTHS[R.randint(0, 11)], R.randint(1, 28)))]
        note = "model and serial numbers, appointment"
    elif st == 15:
        ref = gen_digits(8, False)
        turns = [A("your reference number is " + speak(ref, [4, 4], "pairs")), C("sorry, " + speak(ref, [4, 4], "single") + "?"), A("yes, that's the reference")]
        note = "8-digit reference read like an account number"
    elif st == 16:
        turns = [C("I live off %s, near the A%d junction %d" % (R.choice(STREETS), R.randint(1, 999), R.randint(1, 30))), A("that's the road with the roadworks, yes")]
        note = "road names without house numbers"
    elif st == 17:
        amt = R.randint(1000, 9999)
        say = ("that comes to " + UNITS[amt // 1000] + " thousand " + hundred_words(str(amt)[1:]) + " dollars") if str(amt)[1] != "0" else "that comes to %d dollars" % amt
        turns = [A(say),
                 C("and monthly?"), A("%d dollars %d a month over %d months" % (R.randint(50, 400), R.randint(10, 99), R.choice([12, 24, 36])))]
        note = "amounts spoken as words"
    elif st == 18:
        tk = gen_digits(7)
        turns = [C("ticket " + tk + " and case number " + gen_digits(9)), A("ticket " + tk + " escalated, case reference noted")]
        note = "ticket and 9-digit case number"
    elif st == 19:
        acct = gen_digits(10)
        turns = [A("what's the customer reference on the top of the bill"), C("customer reference " + typed(acct, [5, 5], " ")), A("thank you, your contract ends on the %s of %s" % (ORDS[R.randint(1, 20)], MONTHS[R.randint(0, 11)]))]
        note = "utility customer reference and contract date"
    elif st == 20:
        turns = [C("the payment of $%d on %d/%d/%d didn't go through" % (R.randint(20, 900), R.randint(1, 12), R.randint(1, 28), R.randint(2023, 2025))), A("I see it, transaction ID %s" % gen_digits(12))]
        note = "payment date and transaction id"
    elif st == 21:
        n = gen_digits(11)
        turns = [A("can you give me the order number"), C(fil(1) + speak(n, [4, 3, 4], "single")), A("mhm"), C("that's from the order email")]
        note = "order number spoken with fillers"
    elif st == 22:
        turns = [C("rx number %s, refill for %d tablets, %dmg" % (gen_digits(7), R.choice([30, 60, 90]), R.choice([5, 10, 20, 50]))), A("your copay will be $%d.%02d" % (R.randint(0, 60), R.randint(0, 99)))]
        note = "prescription number, dose, copay"
    elif st == 23:
        turns = [A("you can reach the team on extension %d, lines open until %d:%02d" % (R.randint(100, 9999), R.randint(5, 9), R.choice([0, 30]))), C("ok, and the case is %s" % ("CS-" + gen_digits(8)))]
        note = "extension alone, time, case ref"
    else:
        turns = [C("my tax year %d-%d return, UTR reference on letter is %s" % (R.randint(2019, 2023), R.randint(20, 25), gen_digits(10))), A("the deadline is 31 January, penalty is £100")]
        note = "tax years, reference and deadline"
    add("negative", turns, note)


# ---------------------------------------------------------------- generate
def generate():
    R.seed(509241125)
    CASES.clear()
    COUNTS["pos"] = COUNTS["neg"] = 0
    GROUP[0] = 0
    plan = ([pos_card_typed] * 18 + [pos_card_asr_single] * 18 + [pos_card_asr_split] * 14 +
            [pos_card_aside] * 8 + [pos_card_restart] * 6 + [pos_card_correction] * 6 +
            [pos_ssn] * 36 + [pos_ni] * 32 + [pos_bank] * 16 + [pos_iban] * 12 +
            [pos_phone] * 20 + [pos_email] * 14 + [pos_dob] * 12 + [pos_address] * 16 +
            [pos_mixed_us] * 8 + [pos_mixed_uk] * 6)
    R.shuffle(plan)
    for f in plan:
        f()
    for _ in range(115):
        neg()
    return CASES


def dump(cases):
    return "".join(json.dumps(c, ensure_ascii=False, sort_keys=False) + "\n" for c, _ in cases)


def check(cases):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != dump(cases):
            errs.append("cases.jsonl is not byte-identical to a fresh generation")
    ids = [c["id"] for c, _ in cases]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    groups = {}
    for c, meta in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative has spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        by_turn = {}
        for sp, m in zip(c["spans"], meta):
            txt = c["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(txt)):
                errs.append(c["id"] + ": span out of range"); continue
            if txt[s:e] != m.text:
                errs.append(c["id"] + ": span text mismatch")
            if (s > 0 and (txt[s - 1].isalnum() or txt[s - 1] in "+(")) or (e < len(txt) and txt[e].isalnum()):
                errs.append(c["id"] + ": span not on word boundary: %r" % txt[s:e])
            if not ((txt[s].isalnum() or (sp["type"] == "PHONE" and txt[s] in "+(")) and txt[e - 1].isalnum()):
                errs.append(c["id"] + ": span edge not alnum: %r" % txt[s:e])
            by_turn.setdefault(sp["turn"], []).append((s, e))
            msg = check_value(m)
            if msg:
                errs.append(c["id"] + ": " + sp["type"] + ": " + msg)
            if m.group is not None:
                groups.setdefault((c["id"], m.group), []).append(m)
        for lst in by_turn.values():
            lst.sort()
            for a, b in zip(lst, lst[1:]):
                if b[0] < a[1]:
                    errs.append(c["id"] + ": overlapping spans")
    for (cid, _), ms in groups.items():
        joined = "".join(norm(m.text) for m in ms)
        if joined != ms[0].canon.lower():
            errs.append(cid + ": split value %r != %r" % (joined, ms[0].canon))
    return errs


def counts(cases):
    by = {}
    for c, _ in cases:
        for sp in c["spans"]:
            by[sp["type"]] = by.get(sp["type"], 0) + 1
    return by


def main():
    cases = generate()
    if "--check" in sys.argv:
        errs = check(cases)
        by = counts(cases)
        npos = sum(1 for c, _ in cases if c["kind"] == "positive")
        nneg = len(cases) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
                  "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if by.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, by.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d pos %d neg" % (npos, nneg))
        for e in errs:
            print("ERROR", e)
        print("positives %d negatives %d spans %s" % (npos, nneg, json.dumps(by, sort_keys=True)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(dump(cases))
    print("wrote %d cases to %s" % (len(cases), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()

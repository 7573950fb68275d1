#!/usr/bin/env python3
"""Generate the pii_holdout540 held-out PII redaction evaluation set.

Usage: python scripts/make_pii_holdout540.py          # write cases.jsonl + README.md
       python scripts/make_pii_holdout540.py --check  # regenerate, compare, validate
Standard library only. Offsets are computed from labelled segments, never typed.
"""
import argparse, json, os, random, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout540")
CASES = os.path.join(DIR, "cases.jsonl")
README = os.path.join(DIR, "README.md")
TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]
MINS = dict({t: 10 for t in TYPES}, CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
R = None

# ---------------------------------------------------------------- spoken forms
DW = "zero one two three four five six seven eight nine".split()
TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
MONTHS = "january february march april may june july august september october november december".split()
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth",
       9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
       15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth",
       20: "twentieth", 30: "thirtieth"}
MNEMO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie", "cat"], "d": ["delta", "dog"],
         "e": ["echo", "edward"], "f": ["foxtrot", "freddie"], "g": ["golf", "george"], "h": ["hotel", "harry"],
         "j": ["juliet", "jack"], "k": ["kilo", "king"], "l": ["lima", "london"], "m": ["mike", "mother"],
         "n": ["november", "nancy"], "o": ["oscar", "orange"], "p": ["papa", "peter"], "q": ["quebec", "queen"],
         "r": ["romeo", "robert"], "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform", "umbrella"],
         "v": ["victor", "victoria"], "w": ["whiskey", "william"], "x": ["xray"], "y": ["yankee", "yellow"],
         "z": ["zulu", "zebra"], "i": ["india", "igloo"]}
FILL = ["um", "uh", "er", "erm"]


def zw(alnum=False):
    return R.choice(["zero", "nought", "zero"]) if alnum else R.choice(["oh", "oh", "zero", "nought", "o"])


def dword(d, alnum=False):
    return zw(alnum) if d == "0" else DW[int(d)]


def pair_ok(p):
    return p[0] != "0" and (p[1] != "0" or p[0] == "1")


def pair_word(p):
    n = int(p)
    return TEEN[n - 10] if n < 20 else TENS[n // 10] + " " + DW[n % 10]


def speak_group(g, alnum=False):
    r = R.random()
    if len(g) == 2 and pair_ok(g) and r < 0.5:
        return pair_word(g)
    if len(g) == 3 and g[0] != "0" and g[1:] != "00" and r < 0.35:
        rest = g[1:]
        if rest[0] == "0":
            return DW[int(g[0])] + " hundred and " + DW[int(rest[1])]
        if pair_ok(rest):
            return DW[int(g[0])] + " hundred and " + pair_word(rest)
    if len(g) == 4 and pair_ok(g[:2]) and pair_ok(g[2:]) and r < 0.4:
        return pair_word(g[:2]) + " " + pair_word(g[2:])
    words, i = [], 0
    while i < len(g):
        d, run = g[i], 1
        while i + run < len(g) and g[i + run] == d and run < 3:
            run += 1
        if run == 3 and R.random() < 0.7:
            words.append("triple " + dword(d, alnum)); i += 3; continue
        if run >= 2 and R.random() < 0.7:
            words.append("double " + dword(d, alnum)); i += 2; continue
        words.append(dword(d, alnum)); i += 1
    return " ".join(words)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def speak(s, sizes=None, filler=0.15, alnum=False, sep=None):
    """Speak a digit string group by group, maybe with fillers between groups."""
    if sizes is None:
        sizes = []
        while sum(sizes) < len(s):
            sizes.append(R.choice([2, 3, 4]))
    gs = [speak_group(g, alnum) for g in chunks(s, sizes)]
    out = gs[0]
    for g in gs[1:]:
        j = sep if sep is not None else R.choice([" ", " ", ", "])
        if R.random() < filler:
            j = " " + R.choice(FILL) + " "
        out += j + g
    return out


def letter(ch, p_mn=0.4):
    ch = ch.lower()
    if R.random() < p_mn:
        return ch + R.choice([" for ", " as in "]) + R.choice(MNEMO[ch])
    return ch


def speak_alnum(s, p_mn=0.35, filler=0.1):
    parts, i = [], 0
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            parts.append(speak(s[i:j], sizes=[2] * 4 if j - i > 3 else [j - i], filler=0, alnum=True, sep=" "))
            i = j
        elif s[i] == " ":
            i += 1
        else:
            parts.append(letter(s[i], p_mn)); i += 1
    out = parts[0]
    for p in parts[1:]:
        out += (" " + R.choice(FILL) + " ") if R.random() < filler else R.choice([" ", " ", ", "])
        out += p
    return out


# ---------------------------------------------------------------- normalisation (for --check)
UNITS = {w: i for i, w in enumerate(DW)}
UNITS.update({"oh": 0, "o": 0, "nought": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEEN)}
TENW = {v: k for k, v in TENS.items()}
SKIP = set(FILL) | {"and", "dash", "hyphen", "slash", "space"}


class NormError(Exception):
    pass


def to_digits(text, alnum=False, lenient=False):
    t = text.lower().replace("x-ray", "xray")
    toks = re.findall(r"\+|[a-z]+|\d", t)
    units = dict(UNITS)
    if alnum:
        del units["o"]
    out, i, n = [], 0, len(toks)
    while i < n:
        w = toks[i]
        if w in SKIP:
            i += 1; continue
        if w in ("+", "plus"):
            out.append("+"); i += 1; continue
        if w.isdigit():
            out.append(w); i += 1; continue
        if w in ("double", "triple"):
            k = 2 if w == "double" else 3
            nx = toks[i + 1] if i + 1 < n else ""
            if nx in units:
                out.append(str(units[nx]) * k)
            elif alnum and len(nx) == 1:
                out.append(nx.upper() * k)
            else:
                raise NormError("bad %s in %r" % (w, text))
            i += 2; continue
        if w in units:
            if i + 1 < n and toks[i + 1] == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in TEENW:
                    out.append("%d%d" % (units[w], TEENW[toks[j]])); i = j + 1
                elif j < n and toks[j] in TENW and j + 1 < n and toks[j + 1] in UNITS and UNITS[toks[j + 1]] > 0:
                    out.append("%d%d%d" % (units[w], TENW[toks[j]], UNITS[toks[j + 1]])); i = j + 2
                elif j < n and toks[j] in units and j > i + 2:
                    out.append("%d0%d" % (units[w], units[toks[j]])); i = j + 1
                else:
                    out.append("%d00" % units[w]); i += 2
                continue
            out.append(str(units[w])); i += 1; continue
        if w in TEENW:
            out.append(str(TEENW[w])); i += 1; continue
        if w in TENW:
            if i + 1 < n and toks[i + 1] in UNITS and UNITS[toks[i + 1]] > 0:
                out.append("%d%d" % (TENW[w], UNITS[toks[i + 1]])); i += 2
            else:
                out.append("%d0" % TENW[w]); i += 1
            continue
        if alnum and len(w) == 1:
            out.append(w.upper())
            if i + 2 < n and toks[i + 1] == "for" and toks[i + 2][0] == w:
                i += 3
            elif i + 3 < n and toks[i + 1] == "as" and toks[i + 2] == "in" and toks[i + 3][0] == w:
                i += 4
            else:
                i += 1
            continue
        if alnum and w.isalpha() and len(w) <= 4:
            out.append(w.upper()); i += 1; continue
        if lenient:
            i += 1; continue
        raise NormError("unknown token %r in %r" % (w, text))
    return "".join(out)


def norm_email(text):
    toks = text.lower().replace(",", " ").split()
    numvocab = (set(UNITS) - {"o", "oh"}) | set(TEENW) | set(TENW) | {"double", "triple", "hundred"}
    out, buf, i = [], [], 0
    while i < len(toks):
        w = toks[i]
        if w in numvocab:
            buf.append(w); i += 1; continue
        if buf:
            out.append(to_digits(" ".join(buf))); buf = []
        if w in FILL:
            pass
        elif w == "dot":
            out.append(".")
        elif w == "at":
            out.append("@")
        elif w == "underscore":
            out.append("_")
        elif w in ("dash", "hyphen"):
            out.append("-")
        elif len(w) == 1 and i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2][0] == w:
            out.append(w); i += 2
        else:
            out.append(w)
        i += 1
    if buf:
        out.append(to_digits(" ".join(buf)))
    return "".join(out)


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


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")
STREET_RE = re.compile(r"(lane|grove|road|way|street|avenue|view|terrace|close|drive|crescent|parade|walk|st|rd|ave|place|court|square|gardens|boulevard|blvd|row)\b")


def norm(typ, text):
    if typ == "EMAIL":
        return norm_email(text)
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return to_digits(text, alnum=True)
    if typ in ("DOB", "EXPIRY", "ADDRESS"):
        return text.lower()
    return to_digits(text)


def validate_full(typ, v):
    """v is a normalised full value."""
    if typ == "CARD_NUMBER":
        return v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)
    if typ == "CVV":
        return v.isdigit() and len(v) in (3, 4)
    if typ == "SSN":
        return (v.isdigit() and len(v) == 9 and v[:3] not in ("000", "666") and v[0] != "9"
                and v[3:5] != "00" and v[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.fullmatch(v)) and v[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return v.isdigit() and len(v) == 6
    if typ == "BANK_ACCOUNT":
        return v.isdigit() and 6 <= len(v) <= 12
    if typ == "IBAN":
        return iban_ok(v)
    if typ == "PHONE":
        d = v.lstrip("+")
        if not d.isdigit():
            return False
        if v.startswith("+"):
            return any(d.startswith(c) for c in ("1", "44", "353", "33", "49", "34", "31")) and 10 <= len(d) <= 14
        return 10 <= len(d) <= 11
    if typ == "EMAIL":
        return bool(re.fullmatch(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", v))
    if typ == "POSTCODE":
        return bool(UKPC_RE.fullmatch(v)) or bool(re.fullmatch(r"\d{5}(\d{4})?", v))
    if typ in ("DOB", "EXPIRY"):
        return True
    if typ == "ADDRESS":
        return bool(STREET_RE.search(v))
    return False


def date_ok(text, m, y):
    t = re.sub(r"two thousand (and )?", "twenty oh ", text.lower())
    stream = to_digits(t, lenient=True)
    month = MONTHS[m - 1] in t or MONTHS[m - 1][:3] in t or str(m) in stream or ("the " + ORD[m]) in t
    year = ("%02d" % (y % 100)) in stream
    return month and year


def loose_ok(typ, v):
    if typ in ("DOB", "EXPIRY", "ADDRESS", "EMAIL"):
        return len(v) > 0
    if typ in ("NI_NUMBER", "IBAN", "POSTCODE"):
        return bool(re.fullmatch(r"[A-Z0-9]+", v))
    return bool(re.fullmatch(r"\+?\d+", v))


# ---------------------------------------------------------------- case building
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns, self.spans, self.pieces, self.groups = [], [], [], {}
        self._g = 0

    def grp(self, typ, canon, date=None):
        self._g += 1
        k = "g%d" % self._g
        self.groups[k] = (typ, canon, date)
        return k

    def say(self, spk, *parts):
        assert spk in ("customer", "agent")
        text, idx = "", len(self.turns)
        for p in parts:
            if isinstance(p, str):
                text += p
            else:
                val, typ, g = p
                s = len(text)
                text += val
                self.spans.append({"turn": idx, "start": s, "end": len(text), "type": typ})
                self.pieces.append((idx, s, len(text), typ, g))
        self.turns.append({"speaker": spk, "text": text})

    def c(self, *p):
        self.say("customer", *p)

    def a(self, *p):
        self.say("agent", *p)


def V(text, typ, g=None):
    return (text, typ, g)


# ---------------------------------------------------------------- value generators
def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card():
    r = R.random()
    if r < 0.45:
        return luhn_complete("4" + R.choice(["929", "532", "111", "658", "024"]), 16)
    if r < 0.7:
        return luhn_complete(R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if r < 0.82:
        return luhn_complete(R.choice(["34", "37"]), 15)
    if r < 0.9:
        return luhn_complete("6011", 16)
    if r < 0.95:
        return luhn_complete("6759", 19)
    return luhn_complete("4", 13)


def card_sizes(n):
    return {15: [4, 6, 5], 19: [4, 4, 4, 4, 3], 13: [4, 3, 3, 3]}.get(n, [4, 4, 4, 4])


def fmt_card(num):
    sz = card_sizes(len(num))
    g = chunks(num, sz)
    r = R.random()
    if r < 0.25:
        return num
    if r < 0.5:
        return " ".join(g)
    if r < 0.65:
        return "-".join(g)
    if r < 0.8:
        return " ".join(chunks(num, R.choice([[4, 8, 4], [8, 8], [3, 3, 3, 3, 4], [2, 2, 4, 4, 4]])))
    return ".".join(g) if R.random() < 0.5 else "  ".join(g)


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def fmt_ssn(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"]) % (s[:3], s[3:5], s[5:])


def gen_ni():
    a = "ABCEGHJKLMNOPRSTWXYZ"
    while True:
        p = R.choice(a.replace("O", "")) + R.choice(a.replace("O", ""))
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(R.choice("0123456789") for _ in range(6)) + R.choice("ABCD")


def fmt_ni(s):
    r = R.random()
    if r < 0.3:
        out = s
    elif r < 0.6:
        out = "%s %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:8], s[8])
    elif r < 0.8:
        out = "%s %s %s" % (s[:2], s[2:8], s[8])
    else:
        out = "%s-%s-%s" % (s[:2], s[2:8], s[8])
    return out.lower() if R.random() < 0.3 else out


def gen_digits(n, first_nonzero=True):
    s = "".join(R.choice("0123456789") for _ in range(n))
    return (R.choice("123456789") + s[1:]) if first_nonzero else s


def fmt_sort(s):
    return R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s/%s/%s"]) % (s[:2], s[2:4], s[4:])


def make_iban(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return "%s%02d%s" % (cc, chk, bban)


def gen_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "ES", "NL", "GB", "IE"])
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"] if cc == "GB" else ["AIBK", "BOFI", "IPBS"])
        bban = bank + gen_digits(6) + gen_digits(8, False)
    elif cc == "DE":
        bban = gen_digits(18)
    elif cc == "FR":
        bban = gen_digits(10) + gen_digits(11, False) + gen_digits(2, False)
    elif cc == "ES":
        bban = gen_digits(20)
    else:
        bban = "".join(R.choice(L) for _ in range(4)) + gen_digits(10, False)
    return make_iban(cc, bban)


def fmt_iban(s):
    g = " ".join(chunks(s, [4] * 9))
    r = R.random()
    out = s if r < 0.35 else g
    return out.lower() if R.random() < 0.15 else out


def gen_phone():
    """returns (canonical digits, typed render, spoken render, country)"""
    k = R.choice(["ukm", "ukl", "us", "ie", "ukm_int", "us_int", "ie_int", "fr_int", "ukl_int"])
    if k.startswith("ukm"):
        rest = "7700900" + gen_digits(3, False)
        if k == "ukm":
            return "0" + rest, "0%s %s" % (rest[:4], rest[4:]), speak("0" + rest, [5, 3, 3]), "UK"
        return "+44" + rest, R.choice(["+44 %s %s" % (rest[:4], rest[4:]), "+44%s" % rest, "+44 (0)%s %s" % (rest[:4], rest[4:])]), "plus four four " + speak(rest, [4, 3, 3]), "UK"
    if k.startswith("ukl"):
        rest = "2079460" + gen_digits(3, False)
        if k == "ukl":
            return "0" + rest, "0%s %s %s" % (rest[:2], rest[2:6], rest[6:]), speak("0" + rest, [3, 4, 4]), "UK"
        return "+44" + rest, "+44 %s %s %s" % (rest[:2], rest[2:6], rest[6:]), "plus four four " + speak(rest, [2, 4, 4]), "UK"
    if k.startswith("us"):
        area = R.choice(["212", "312", "415", "617", "713", "303"])
        rest = area + "55501" + gen_digits(2, False)
        if k == "us":
            return rest, R.choice(["%s-%s-%s", "%s.%s.%s", "%s %s %s"]) % (rest[:3], rest[3:6], rest[6:]), speak(rest, [3, 3, 4]), "US"
        return "1" + rest if False else "+1" + rest, "+1 %s %s %s" % (rest[:3], rest[3:6], rest[6:]), "plus one " + speak(rest, [3, 3, 4]), "US"
    if k.startswith("ie"):
        rest = R.choice(["85", "86", "87", "83"]) + gen_digits(7, False)
        if k == "ie":
            return "0" + rest, "0%s %s %s" % (rest[:2], rest[2:5], rest[5:]), speak("0" + rest, [3, 3, 4]), "IE"
        return "+353" + rest, "+353 %s %s %s" % (rest[:2], rest[2:5], rest[5:]), "plus three five three " + speak(rest, [2, 3, 4]), "IE"
    rest = "6" + gen_digits(8, False)
    return "+33" + rest, "+33 %s %s %s %s %s" % (rest[0], rest[1:3], rest[3:5], rest[5:7], rest[7:]), "plus three three " + speak(rest, [1, 2, 2, 2, 2]), "FR"


FIRST = ["jane", "tom", "priya", "sean", "aoife", "marek", "lucy", "dwayne", "fatima", "gareth", "chloe", "omar", "niamh", "raj", "beth", "carlos"]
LAST = ["doe", "okafor", "byrne", "patel", "smith", "kowalski", "murphy", "hughes", "nguyen", "walsh", "garcia", "evans"]
DOMS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "eircom.net", "btinternet.com", "icloud.com", "proton.me"]


def gen_email():
    f, l = R.choice(FIRST), R.choice(LAST)
    sep = R.choice([".", "_", "", "."])
    num = R.choice(["", "", str(R.randint(1, 99)), str(R.randint(1960, 2005))])
    user = R.choice([f + sep + l, f[0] + sep + l, f + l[0], l + sep + f]) + num
    return user + "@" + R.choice(DOMS)


def speak_email(e):
    user, dom = e.split("@")
    out = []
    for part in re.split(r"([._])", user):
        if part == ".":
            out.append("dot")
        elif part == "_":
            out.append("underscore")
        elif part:
            m = re.match(r"([a-z]+)(\d*)$", part)
            w, d = m.group(1), m.group(2)
            if len(w) <= 2 or R.random() < 0.2:
                out.append(" ".join(letter(ch, 0.3) for ch in w))
            else:
                out.append(w)
            if d:
                out.append(speak(d, [2] * 3, filler=0, sep=" "))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


def gen_date_dob():
    return R.randint(1, 28), R.randint(1, 12), R.randint(1941, 2005)


def day_spoken(d):
    if d in ORD:
        return ORD[d]
    return TENS[d // 10] + " " + ORD[d % 10]


def year_spoken(y):
    if y >= 2000:
        return R.choice(["two thousand and " + (DW[y % 100] if y % 100 < 10 else pair_word(str(y % 100))), "twenty " + ("oh " + DW[y % 10] if y % 100 < 10 else pair_word(str(y % 100)))])
    hi, lo = str(y)[:2], str(y)[2:]
    return pair_word(hi) + " " + ("oh " + DW[int(lo[1])] if lo[0] == "0" else pair_word(lo) if pair_ok(lo) else TENS[int(lo[0])])


def fmt_dob(d, m, y, asr, us=False):
    if asr:
        r = R.random()
        if r < 0.4:
            return "%s %s %s" % (day_spoken(d), R.choice(["of", "of", "uh"]), MONTHS[m - 1]) + " " + year_spoken(y)
        if r < 0.6:
            return "%s %s %s" % (MONTHS[m - 1], day_spoken(d), year_spoken(y))
        if r < 0.8:
            return "%s %s %s" % (speak("%02d" % d, [2], filler=0), speak("%02d" % m, [2], filler=0), year_spoken(y))
        return "%s of the %s %s" % (day_spoken(d), ORD[m] if m in ORD else MONTHS[m - 1], speak(str(y)[2:], [2], filler=0))
    r = R.random()
    if us or r < 0.15:
        return R.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS[m - 1].capitalize(), d, y), "%d-%02d-%02d" % (y, m, d)])
    return R.choice(["%02d/%02d/%d" % (d, m, y), "%d.%d.%d" % (d, m, y), "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y),
                     "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MONTHS[m - 1][:3].capitalize(), y),
                     "%02d-%02d-%02d" % (d, m, y % 100)])


def gen_exp():
    return R.randint(1, 12), R.randint(2025, 2032)


def fmt_exp(m, y, asr):
    if asr:
        return R.choice(["%s %s" % (speak("%02d" % m, [2], filler=0), pair_word(str(y)[2:])),
                         "%s slash %s" % (speak("%02d" % m, [2], filler=0), pair_word(str(y)[2:])),
                         "%s %s" % (MONTHS[m - 1], year_spoken(y)),
                         "%s twenty %s" % (MONTHS[m - 1], pair_word(str(y)[2:]))])
    return R.choice(["%02d/%02d" % (m, y % 100), "%02d/%d" % (m, y), "%02d-%02d" % (m, y % 100), "%d/%02d" % (m, y % 100),
                     "%s %d" % (MONTHS[m - 1][:3].capitalize(), y), "%02d %02d" % (m, y % 100)])


UK_AREAS = ["SW", "SE", "N", "NW", "E", "M", "B", "LS", "BS", "CF", "G", "EH", "NR", "L", "S", "CB", "OX", "BN", "RG", "YO", "NE", "BT", "CR"]
UNIT_L = "ABDEFGHJLNPQRSTUWXYZ"
UK_TOWNS = ["Leeds", "Bristol", "Manchester", "Cardiff", "Glasgow", "Norwich", "Sheffield", "Brighton", "York", "Belfast"]
US_TOWNS = ["Denver, CO", "Austin, TX", "Columbus, OH", "Portland, OR", "Tampa, FL", "Madison, WI"]
STREETS_UK = ["Mill Lane", "Elm Grove", "Station Road", "Kingsway", "Church Street", "Victoria Road", "Castle Terrace",
              "Orchard Close", "Willow Crescent", "Queens Parade", "Lime Walk", "Harbour View", "Albert Place"]
STREETS_US = ["Oak Street", "Maple Avenue", "Pine Drive", "Lakeview Boulevard", "Cedar Court", "Sunset Blvd", "Main St"]


def gen_ukpc():
    a = R.choice(UK_AREAS)
    return "%s%d %d%s%s" % (a, R.randint(1, 19), R.randint(0, 9), R.choice(UNIT_L), R.choice(UNIT_L))


def gen_zip():
    z = "%05d" % R.randint(10001, 99950)
    return z if R.random() < 0.75 else z + "-" + "%04d" % R.randint(1, 9999)


def num_words(n):
    if n < 10:
        return DW[n]
    if n < 100:
        return pair_word(str(n)) if pair_ok(str(n)) else TENS[n // 10]
    s = str(n)
    if len(s) == 3 and s[1:] != "00":
        rest = s[1:]
        if rest[0] == "0":
            return DW[int(s[0])] + " hundred and " + DW[int(rest[1])]
        return DW[int(s[0])] + " hundred and " + num_words(int(rest))
    return " ".join(DW[int(c)] for c in s)


def gen_address(country, asr):
    flat = R.random() < 0.3
    if country == "US":
        n = R.randint(100, 9899)
        st = R.choice(STREETS_US)
        if asr:
            base = "%s %s" % (speak(str(n), [2, 2], filler=0, sep=" ") if n > 999 else num_words(n), st.lower().replace("blvd", "boulevard").replace(" st", " street"))
            return base + (", apartment %s" % num_words(R.randint(2, 30)) if flat else "")
        return "%d %s" % (n, st) + (", Apt %d%s" % (R.randint(1, 30), R.choice(["", "B", "C"])) if flat else "")
    n = R.randint(1, 140)
    st = R.choice(STREETS_UK)
    if asr:
        base = "%s %s" % (num_words(n), st.lower())
        return ("flat %s, " % num_words(R.randint(1, 12)) if flat else "") + base
    return ("Flat %d, " % R.randint(1, 12) if flat else "") + "%d%s %s" % (n, R.choice(["", "", "a", "B"]), st)


def speak_pc(pc):
    if pc[0].isdigit():
        return speak(pc.replace("-", ""), [5, 4], filler=0, sep=" ", alnum=True)
    return speak_alnum(pc, p_mn=0.25, filler=0)


# ---------------------------------------------------------------- positive templates
BC = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah go ahead", "got that"]
IND = ["bank", "mobile network", "energy supplier", "online shop", "car insurer", "airline", "hospital billing office", "council tax office", "broadband provider", "travel agent"]
HOLD = ["can you bear with me one second, i need to find my glasses", "sorry hang on the dog's barking", "hold on i'm just getting it out of my purse", "one sec someone's at the door"]


def bc():
    return R.choice(BC)


def fl():
    return R.choice(["", "", "um ", "uh ", "so ", "yeah it's ", "right, "])


def read_split(c, val, typ, sizes, canon, per_turn=2, lead=None):
    """Customer reads value in chunks over several turns with agent back-channels."""
    g = c.grp(typ, canon)
    parts = chunks(val, sizes)
    first = True
    for i in range(0, len(parts), per_turn):
        spoken = speak("".join(parts[i:i + per_turn]), sizes=[len(p) for p in parts[i:i + per_turn]])
        c.c((lead if first and lead else fl()), V(spoken, typ, g))
        first = False
        if i + per_turn < len(parts):
            c.a(bc())
    return g


def t_card_asr(c):
    card = gen_card()
    sz = card_sizes(len(card))
    c.note = "ASR card read in chunks, agent read-back"
    c.a("thanks for calling the %s, i can take that payment now, what's the long number on the card" % R.choice(IND))
    read_split(c, card, "CARD_NUMBER", sz, card, per_turn=R.choice([1, 2]), lead=R.choice(["okay it's ", "", "right so it's ", "um ", "so the number is "]))
    gs = chunks(card, sz)
    if R.random() < 0.5:
        k = R.randrange(len(gs))
        wrong = list(gs[k]); p = R.randrange(len(wrong)); wrong[p] = str((int(wrong[p]) + R.randint(1, 8)) % 10)
        wrong_card = "".join(gs[:k]) + "".join(wrong) + "".join(gs[k + 1:])
        c.note = "ASR card read, agent read-back with one wrong digit, caller corrects"
        c.a("let me read that back, ", V(speak(wrong_card, sz, filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", None)), ", is that right")
        c.c("no no, the %s bit is " % ["first", "second", "third", "fourth", "last"][min(k, 4)], V(speak(gs[k], [len(gs[k])], filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", None)), ", not ", V(speak("".join(wrong), [len(wrong)], filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", None)))
        c.a("sorry about that, so ", V(speak(card, sz, filler=0, sep=", "), "CARD_NUMBER", c.grp("CARD_NUMBER", card)))
        c.c("that's it yeah")
    else:
        c.a("so that's ", V(speak(card, sz, filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", card)), ", yeah?")
        c.c("yep")
        c.a("lovely, so the card ending ", V(speak(card[-4:], [2, 2], filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", None)), " is the one we're charging")
    m, y = gen_exp()
    c.a("and the expiry date")
    c.c(fl(), V(fmt_exp(m, y, True), "EXPIRY", c.grp("EXPIRY", None, (None, m, y))))
    cvv = gen_digits(4 if len(card) == 15 else 3, False)
    c.a("and the %s on the back" % R.choice(["three digits", "security code", "cvv"]))
    c.c(fl(), V(speak(cvv, [len(cvv)], filler=0), "CVV", c.grp("CVV", cvv)))


def t_card_chat(c):
    card = gen_card()
    c.note = "typed chat card details with labels"
    m, y = gen_exp()
    cvv = gen_digits(4 if len(card) == 15 else 3, False)
    lab = R.choice(["card no: ", "Card number ", "cc# ", "its ", "card - ", "CARD NO. "])
    c.a("Hi, you're chatting with %s from %s. How can I help?" % (R.choice(FIRST).capitalize(), R.choice(IND)))
    c.c("want to pay my bill. %s" % lab, V(fmt_card(card), "CARD_NUMBER", c.grp("CARD_NUMBER", card)),
        R.choice([" exp ", " expires ", ", expiry "]), V(fmt_exp(m, y, False), "EXPIRY", c.grp("EXPIRY", None, (None, m, y))),
        R.choice([" cvv ", " sec code ", " cvc: ", " code on back "]), V(cvv, "CVV", c.grp("CVV", cvv)))
    if R.random() < 0.4:
        c.c("sorry typo in the card, should be ", V(fmt_card(card), "CARD_NUMBER", c.grp("CARD_NUMBER", card)))
    c.a("Thanks, that's gone through. Please don't share card details in chat in future.")


def t_card_restart(c):
    old, new = gen_card(), gen_card()
    c.note = "caller starts reading old card, abandons, restarts with new card; hold in the middle"
    c.a("can i take the card number please")
    c.c("yep it's ", V(speak(old[:8], [4, 4]), "CARD_NUMBER", c.grp("CARD_NUMBER", None)), " oh hang on that's the old one, it's expired")
    c.a("no problem, take your time")
    c.c(R.choice(HOLD))
    c.a("that's fine, i'll pop you on hold")
    c.a("hi there, thanks for holding, have you got the new card")
    sz = card_sizes(len(new))
    read_split(c, new, "CARD_NUMBER", sz, new, per_turn=2, lead="yes right, ")
    c.a("and just the last four again for me")
    c.c(V(speak(new[-4:], [4], filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", None)))


def t_card_transfer(c):
    card = gen_card()
    sz = card_sizes(len(card))
    c.note = "card given, call transferred, caller partially repeats to second agent"
    c.a("okay go ahead with the card number")
    c.c(V(speak(card, sz), "CARD_NUMBER", c.grp("CARD_NUMBER", card)))
    c.a("ah i'm sorry, i can't process that on this line, i'm transferring you to payments, please hold")
    c.a("hello payments team, you're through to %s, can you give me the card number again" % R.choice(FIRST))
    c.c("oh for god's sake, fine, ", V(speak(card[:len(card) // 2], [4, 4], filler=0.3), "CARD_NUMBER", c.grp("CARD_NUMBER", None)))
    c.a(bc())
    c.c(V(speak(card[len(card) // 2:], card_sizes(len(card))[len(card_sizes(len(card))) // 2:]), "CARD_NUMBER", c.grp("CARD_NUMBER", None)))
    c.a("thank you, and that's for the account of %s" % R.choice(LAST))


def t_card_other(c):
    card = gen_card()
    c.note = "caller reads card on behalf of someone else, relayed digits"
    who = R.choice(["my husband", "my mum", "my son", "my wife", "my partner"])
    c.c("i'm paying for %s, she's just passing me the card" % who if "mum" in who or "wife" in who else "i'm paying for %s, he's reading it out to me" % who)
    c.a("that's fine as long as they're with you, go ahead")
    gs = chunks(card, card_sizes(len(card)))
    g = c.grp("CARD_NUMBER", card)
    for i, grp_ in enumerate(gs):
        if i == 1:
            c.c(V(speak(grp_, [len(grp_)], filler=0), "CARD_NUMBER", g), " ... what? ... sorry, he says ", V(speak(grp_, [len(grp_)], filler=0), "CARD_NUMBER", c.grp("CARD_NUMBER", None)))
        else:
            c.c(V(speak(grp_, [len(grp_)], filler=0.4), "CARD_NUMBER", g))
        if i < len(gs) - 1:
            c.a(bc())
    c.a("and the name on the card")
    c.c("%s %s" % (R.choice(FIRST), R.choice(LAST)))


def t_ssn(c):
    s = gen_ssn()
    c.note = "US SSN confirmed piece by piece"
    c.a("for verification i'll need your social security number")
    if R.random() < 0.5:
        c.c(fl(), V(speak(s, [3, 2, 4]), "SSN", c.grp("SSN", s)))
        c.a("thank you, that's ", V(speak(s[:3], [3], filler=0), "SSN", c.grp("SSN", None)), ", ", V(speak(s[3:5], [2], filler=0), "SSN", c.grp("SSN", None)), "...")
        c.c("yes")
        c.a("and then ", V(speak(s[5:], [4], filler=0), "SSN", c.grp("SSN", None)))
        c.c("correct")
    else:
        g = c.grp("SSN", s)
        c.c("first three are ", V(speak(s[:3], [3], filler=0), "SSN", g))
        c.a(bc())
        c.c(V(speak(s[3:5], [2], filler=0), "SSN", g))
        c.a(bc())
        c.c(V(speak(s[5:], [2, 2]), "SSN", g))
        c.a("so ", V(fmt_ssn(s), "SSN", c.grp("SSN", s)) if R.random() < 0.3 else V(speak(s, [3, 2, 4], filler=0), "SSN", c.grp("SSN", s)))
        c.c("uh huh")


def t_ssn_chat(c):
    s = gen_ssn()
    d, m, y = gen_date_dob()
    c.note = "typed SSN and DOB in chat/e-mail"
    c.a("Please confirm your identity.")
    c.c(R.choice(["SSN ", "ss# ", "social is ", "My SSN: ", "soc sec no "]), V(fmt_ssn(s), "SSN", c.grp("SSN", s)),
        R.choice([" and dob ", ", born "]), V(fmt_dob(d, m, y, asr=False, us=True), "DOB", c.grp("DOB", None, (d, m, y))))
    c.a("Thank you, you're verified.")


def t_ssn_for_other(c):
    s = gen_ssn()
    c.note = "caller reads father's SSN, corrects a digit mid-reading"
    c.c("i'm calling about my %s's medical bill, i have power of attorney" % R.choice(["father", "mother", "grandmother"]))
    c.a("okay, i'll need the patient's social and date of birth")
    bad = s[:5] + str((int(s[5]) + 3) % 10) + s[6:]
    c.c("his social is ", V(speak(bad[:6], [3, 2, 1], filler=0), "SSN", c.grp("SSN", None)),
        " no wait sorry, let me start again, ", V(speak(s, [3, 2, 4]), "SSN", c.grp("SSN", s)))
    d, m, y = gen_date_dob()
    c.a("thank you, and the date of birth")
    c.c(V(fmt_dob(d, m, y, True), "DOB", c.grp("DOB", None, (d, m, y))))
    if R.random() < 0.5:
        z = gen_zip()
        c.a("and the zip code on file")
        c.c(V(speak_pc(z), "POSTCODE", c.grp("POSTCODE", z.replace("-", ""))))


def t_ni(c):
    ni = gen_ni()
    c.note = "UK NI number spelled with mnemonics, agent confirms letters"
    c.a("can i take your national insurance number")
    if R.random() < 0.5:
        c.c(fl(), V(speak_alnum(ni), "NI_NUMBER", c.grp("NI_NUMBER", ni)))
        c.a("was that %s for %s at the start" % (ni[0].lower(), R.choice(MNEMO[ni[0].lower()])))
        c.c("yeah")
        c.a("so ", V(speak_alnum(ni, p_mn=0.1, filler=0), "NI_NUMBER", c.grp("NI_NUMBER", ni)))
    else:
        g = c.grp("NI_NUMBER", ni)
        c.c(V(speak_alnum(ni[:2]), "NI_NUMBER", g))
        c.a(bc())
        c.c(V(speak_alnum(ni[2:8], filler=0), "NI_NUMBER", g))
        c.a("and the letter at the end")
        c.c(V(letter(ni[8], 0.7), "NI_NUMBER", g))
        wrong = ni[:8] + R.choice([x for x in "ABCD" if x != ni[8]])
        if R.random() < 0.5:
            c.a("so ending in ", V(letter(wrong[8], 1.0), "NI_NUMBER", c.grp("NI_NUMBER", None)))
            c.c("no, ", V(letter(ni[8], 1.0), "NI_NUMBER", c.grp("NI_NUMBER", None)))
        c.a("lovely thank you")


def t_ni_chat(c):
    ni = gen_ni()
    c.note = "typed NI number, odd spacing/case, possibly for someone else"
    who = R.choice(["My", "my mums", "My husbands", "my"])
    c.c("%s NI number is " % who, V(fmt_ni(ni), "NI_NUMBER", c.grp("NI_NUMBER", ni)), R.choice([" thanks", "", ". can you update the record", "!"]))
    c.a("Thanks. Just to confirm, that's ", V(ni, "NI_NUMBER", c.grp("NI_NUMBER", ni)), "?")
    c.c("yes")


def t_bank_uk(c):
    sc, acct = gen_digits(6), gen_digits(8, False)
    c.note = "UK sort code and account over several turns, hold, read-back"
    c.a("for the direct debit i need the sort code and account number")
    c.c("sort code is ", V(speak(sc, [2, 2, 2]), "SORT_CODE", c.grp("SORT_CODE", sc)))
    c.a("and the account number")
    if R.random() < 0.4:
        c.c(R.choice(HOLD))
        c.a("no rush")
    g = c.grp("BANK_ACCOUNT", acct)
    c.c(fl(), V(speak(acct[:4], [4]), "BANK_ACCOUNT", g))
    c.a(bc())
    c.c(V(speak(acct[4:], [4]), "BANK_ACCOUNT", g))
    c.a("reading back, sort code ", V(speak(sc, [2, 2, 2], filler=0, sep=" "), "SORT_CODE", c.grp("SORT_CODE", sc)), ", account ", V(speak(acct, [4, 4], filler=0), "BANK_ACCOUNT", c.grp("BANK_ACCOUNT", acct)))
    c.c("that's right")


def t_bank_chat(c):
    sc, acct = gen_digits(6), gen_digits(R.choice([8, 8, 10, 12]), False)
    c.note = "typed bank details, labels and separators"
    c.c(R.choice(["Please refund to acct no: ", "refund to a/c ", "Account number "]), V(acct, "BANK_ACCOUNT", c.grp("BANK_ACCOUNT", acct)),
        R.choice([" s/c ", " sort code ", ", sortcode: "]), V(fmt_sort(sc), "SORT_CODE", c.grp("SORT_CODE", sc)))
    c.a("Thanks, the refund of £%d.%02d will arrive in 3-5 working days." % (R.randint(5, 400), R.randint(0, 99)))


def t_iban(c):
    ib = gen_iban()
    c.note = "IBAN typed or spelled; travel/EU refund"
    c.a("for the refund to a european account we need the IBAN")
    if R.random() < 0.5:
        c.c("sure: ", V(fmt_iban(ib), "IBAN", c.grp("IBAN", ib)))
    else:
        g = c.grp("IBAN", ib)
        half = 12
        c.c(V(speak_alnum(ib[:half], p_mn=0.3), "IBAN", g))
        c.a(bc())
        c.c(V(speak_alnum(ib[half:], p_mn=0.1), "IBAN", g))
        c.a("let me check the start, ", V(speak_alnum(ib[:4], p_mn=0.0, filler=0), "IBAN", c.grp("IBAN", None)), "?")
        c.c("yes")


def t_phone(c):
    canon, typed, spoken, cc = gen_phone()
    c.note = "phone number (%s), read-back and partial correction" % cc
    c.a("what's the best contact number for you")
    if R.random() < 0.4:
        c.c("it's ", V(typed, "PHONE", c.grp("PHONE", canon)), R.choice(["", " - mobile", ", text me rather than call"]))
    else:
        c.c(fl(), V(spoken, "PHONE", c.grp("PHONE", canon)))
        c.a("so that's ", V(speak(canon.lstrip("+")[-6:], [3, 3], filler=0), "PHONE", c.grp("PHONE", None)), " at the end")
        c.c(R.choice(["yes", "yep that's it", "correct"]))


def t_phone_correct(c):
    canon, typed, spoken, cc = gen_phone()
    c.note = "caller gives wrong phone, restarts"
    tail = canon[-4:]
    bad = tail[:3] + str((int(tail[3]) + 1) % 10)
    c.a("and is there a number we can reach you on")
    c.c(V(spoken[:-1] if False else spoken, "PHONE", c.grp("PHONE", canon)))
    c.a("ending ", V(speak(bad, [4], filler=0), "PHONE", c.grp("PHONE", None)), "?")
    c.c("no, ", V(speak(tail, [4], filler=0), "PHONE", c.grp("PHONE", None)), ", you've got the last one wrong")
    c.a("apologies, ", V(speak(tail, [2, 2], filler=0), "PHONE", c.grp("PHONE", None)), ", updated")


def t_email(c):
    e = gen_email()
    c.note = "email spoken and read back"
    c.a("what email address should we send the confirmation to")
    sp = speak_email(e)
    if R.random() < 0.35:
        c.c("it's ", V(e if R.random() < 0.7 else e.upper(), "EMAIL", c.grp("EMAIL", e)))
    elif R.random() < 0.5 and " at " in sp:
        g = c.grp("EMAIL", e)
        u, d = sp.split(" at ", 1)
        c.c(V(u, "EMAIL", g))
        c.a(bc())
        c.c(V("at " + d, "EMAIL", g))
    else:
        c.c(fl(), V(sp, "EMAIL", c.grp("EMAIL", e)))
    c.a("let me read that back, ", V(speak_email(e), "EMAIL", c.grp("EMAIL", e)))
    c.c("perfect")


def t_dob(c):
    d, m, y = gen_date_dob()
    asr = R.random() < 0.6
    c.note = "date of birth for verification (%s)" % ("asr" if asr else "chat")
    c.a("can you confirm your date of birth" if asr else "Can you confirm your DOB please?")
    c.c(fl() if asr else R.choice(["", "DOB: ", "its "]), V(fmt_dob(d, m, y, asr), "DOB", c.grp("DOB", None, (d, m, y))))
    if asr and R.random() < 0.5:
        c.a("sorry, was that ", V(fmt_dob(d, m, y, True), "DOB", c.grp("DOB", None, (d, m, y))), "?")
        c.c("yes that's right, i'm %d" % (2025 - y))


def t_address(c):
    country = R.choice(["UK", "UK", "US", "IE"])
    asr = R.random() < 0.55
    addr = gen_address(country, asr)
    c.note = "address with postcode (%s, %s)" % (country, "asr" if asr else "chat")
    c.a("and what's the first line of the address")
    if country == "US":
        pc = gen_zip(); town = R.choice(US_TOWNS)
    elif country == "UK":
        pc = gen_ukpc(); town = R.choice(UK_TOWNS)
    else:
        pc = None; town = R.choice(["Galway", "Cork", "Limerick", "Sligo"])
    if asr:
        town = town.lower().split(",")[0]
    parts = [fl() if asr else "", V(addr, "ADDRESS", c.grp("ADDRESS", None)), ", " + town]
    if pc:
        pcv = speak_pc(pc) if asr else pc
        canon = pc.replace(" ", "").replace("-", "")
        if R.random() < 0.5:
            parts += [" ", V(pcv, "POSTCODE", c.grp("POSTCODE", canon))]
            c.c(*parts)
        else:
            c.c(*parts)
            c.a("and the %s" % ("zip code" if country == "US" else "postcode"))
            c.c(V(pcv, "POSTCODE", c.grp("POSTCODE", canon)))
        if asr and country == "UK":
            c.a("so that's ", V(speak_alnum(pc, p_mn=0.6, filler=0), "POSTCODE", c.grp("POSTCODE", canon)))
            c.c("yep")
    else:
        c.c(*parts)
    c.a("thanks, i've updated the address")


def t_verify_mix(c):
    c.note = "multi-item verification, healthcare/government, back and forth"
    us = R.random() < 0.5
    c.a("before i can discuss the account i need to ask a few security questions")
    d, m, y = gen_date_dob()
    c.a("date of birth first")
    c.c(V(fmt_dob(d, m, y, True), "DOB", c.grp("DOB", None, (d, m, y))))
    if us:
        s = gen_ssn()
        c.a("and the last four of your social")
        c.c("do you need the whole thing? it's ", V(speak(s, [3, 2, 4]), "SSN", c.grp("SSN", s)))
        c.a("just the last four is fine, but thank you")
        z = gen_zip()
        c.a("and the zip code")
        c.c(V(speak_pc(z), "POSTCODE", c.grp("POSTCODE", z.replace("-", ""))))
    else:
        ni = gen_ni()
        c.a("and your national insurance number")
        c.c(V(speak_alnum(ni[:4]), "NI_NUMBER", c.grp("NI_NUMBER", None)), " er, hold on, i'll start that again, ", V(speak_alnum(ni), "NI_NUMBER", c.grp("NI_NUMBER", ni)))
        canon, typed, spoken, cc = gen_phone()
        c.a("and the phone number on the account")
        c.c(V(spoken, "PHONE", c.grp("PHONE", canon)))
    c.a("thank you, you're verified")


POS = [(t_card_asr, 6), (t_card_chat, 4), (t_card_restart, 2), (t_card_transfer, 2), (t_card_other, 2),
       (t_ssn, 3), (t_ssn_chat, 1), (t_ssn_for_other, 2), (t_ni, 3), (t_ni_chat, 2), (t_bank_uk, 2), (t_bank_chat, 1), (t_iban, 2),
       (t_phone, 2), (t_phone_correct, 1), (t_email, 2), (t_dob, 1), (t_address, 3), (t_verify_mix, 2)]


# ---------------------------------------------------------------- negative templates
def n_amounts(c):
    c.note = "balances, amounts, percentages spoken like long numbers"
    c.a("your outstanding balance is %s pounds and %s pence" % (num_words(R.randint(100, 999)), num_words(R.randint(11, 99))))
    c.c("and what's the interest rate")
    c.a("it's %d.%d percent APR, and the minimum payment is £%d.%02d due by the %s" % (R.randint(9, 39), R.randint(1, 9), R.randint(5, 90), R.randint(0, 99), day_spoken(R.randint(1, 28))))
    c.c("okay so if i pay %s that clears it" % (num_words(R.randint(1, 9)) + " thousand " + num_words(R.randint(101, 999))))


def n_order_like_card(c):
    fake = luhn_complete("4", 16)
    lab = R.choice(["order number", "tracking number", "reference number", "invoice number", "claim number"])
    c.note = "16-digit %s read like a card, explicitly labelled" % lab
    c.a("have you got your %s" % lab)
    c.c("yeah the %s is %s" % (lab, speak(fake, [4, 4, 4, 4])))
    c.a(bc())
    c.a("so %s %s, i can see that %s" % (lab, speak(fake, [4, 4, 4, 4], filler=0), R.choice(["it was dispatched on tuesday", "the claim is still open", "it's been paid"])))


def n_refs_chat(c):
    c.note = "typed reference/policy/serial numbers with labels"
    items = [("Order #", "%d-%07d" % (R.randint(100, 999), R.randint(0, 9999999))),
             ("policy no. ", "PX-%04d-%04d-%02d" % (R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 99))),
             ("ticket ", "INC%07d" % R.randint(0, 9999999)),
             ("tracking: ", "1Z%s%s" % (gen_digits(6, False), gen_digits(10, False))),
             ("serial number ", "SN%s" % gen_digits(12)),
             ("invoice INV-", "%d%06d" % (R.randint(2019, 2025), R.randint(0, 999999))),
             ("model ", R.choice(["KD-55X85J", "WM-8140", "iPhone 15 Pro", "HX-2200T"]))]
    a, b = R.sample(items, 2)
    c.c("Hi, re my %s%s - the %s%s isn't working" % (a[0], a[1], b[0], b[1]))
    c.a("Thanks, I've logged that under case %s." % gen_digits(9))


def n_times(c):
    c.note = "opening hours, durations, times, counts"
    c.a("we're open from %s till %s monday to friday and %s till %s on saturdays" % (R.choice(["eight", "nine"]), R.choice(["eight", "six"]), R.choice(["ten", "nine"]), R.choice(["four", "two"])))
    c.c("i've been waiting %s minutes already and this is my %s call" % (num_words(R.randint(20, 59)), R.choice(["third", "fourth", "fifth"])))
    c.a("i do apologise, the engineer can come between %s and %s on the %s of %s" % (R.choice(["seven thirty", "8am", "ten fifteen"]), R.choice(["12:30", "one o'clock", "half four"]), day_spoken(R.randint(1, 28)), R.choice(MONTHS)))


def n_last4(c):
    c.note = "card last four only, never full card"
    l4 = gen_digits(4, False)
    c.a("which card would you like to use")
    c.c(R.choice(["the one ending ", "the visa ending in ", "the debit card, last four "]) + (speak(l4, [4], filler=0) if R.random() < 0.6 else l4))
    c.a("okay the card ending %s, expiry still valid, that's all set" % l4)


def n_meter(c):
    c.note = "meter readings and account-like utility numbers"
    r1, r2 = gen_digits(6, False), gen_digits(5, False)
    c.a("can i take a meter reading")
    c.c("the electric is %s and the gas is %s" % (speak(r1, [3, 3]), speak(r2, [2, 3])))
    c.a("thanks, so electric %s, gas %s, and your MPAN ends %s" % (r1, r2, gen_digits(4)))


def n_travel(c):
    c.note = "flight, seat, gate, room numbers, booking ref"
    c.c("i'm on flight %s %s tomorrow, seat %d%s, booking ref %s" % (R.choice(["BA", "EI", "FR", "UA"]), speak(gen_digits(4), [2, 2], filler=0), R.randint(1, 40), R.choice("ABCDEF"), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))))
    c.a("thanks, you're departing gate %d at %02d:%02d and your hotel room is %d" % (R.randint(1, 60), R.randint(5, 22), R.choice([0, 15, 30, 45]), R.randint(101, 1450)))


def n_misc(c):
    c.note = "ages, temperatures, years, contract dates, road names"
    c.c("my mother's %s and the heating's stuck at %s degrees" % (num_words(R.randint(70, 95)), num_words(R.randint(12, 30))))
    c.a("i understand, the boiler was installed in %s and your contract renews on %s %s %d" % (year_spoken(R.randint(2005, 2022)), day_spoken(R.randint(1, 28)), R.choice(MONTHS), R.randint(2025, 2027)))
    c.c("and the engineer got stuck on the %s because of roadworks on %s" % (R.choice(["M25", "A40", "N7", "M50", "I-95"]), R.choice(STREETS_UK + STREETS_US)))


def n_ref_split(c):
    ref = gen_digits(R.choice([9, 10, 12, 16]))
    lab = R.choice(["case reference", "complaint reference", "account reference", "booking reference", "membership number"])
    c.note = "%s read in chunks with back-channels and read-back" % lab
    c.a("have you got a %s" % lab)
    gs = chunks(ref, [4] * 4)
    for i, g in enumerate(gs):
        c.c(("the %s is " % lab if i == 0 else "") + speak(g, [len(g)]))
        if i < len(gs) - 1:
            c.a(bc())
    c.a("so the %s is %s" % (lab, speak(ref, [4] * 4, filler=0)))


NEG = [(n_amounts, 2), (n_order_like_card, 2), (n_refs_chat, 2), (n_times, 1), (n_last4, 2), (n_meter, 1),
       (n_travel, 1), (n_misc, 1), (n_ref_split, 2)]


# ---------------------------------------------------------------- build / check
def pick(tbl):
    tot = sum(w for _, w in tbl)
    x = R.uniform(0, tot)
    for f, w in tbl:
        x -= w
        if x <= 0:
            return f
    return tbl[-1][0]


def build():
    global R
    R = random.Random(540241125)
    out = []
    for i in range(230):
        c = Case("positive", "")
        pick(POS)(c)
        c.id = "h540-pos-%03d" % (i + 1)
        out.append(c)
    for i in range(110):
        c = Case("negative", "")
        pick(NEG)(c)
        c.id = "h540-neg-%03d" % (i + 1)
        out.append(c)
    return out


def dump(cases):
    lines = []
    for c in cases:
        lines.append(json.dumps({"id": c.id, "kind": c.kind, "turns": c.turns, "spans": c.spans, "note": c.note}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    n = {t: 0 for t in TYPES}
    for c in cases:
        for s in c.spans:
            n[s["type"]] += 1
    return n


def readme(cases):
    n = counts(cases)
    npos = sum(c.kind == "positive" for c in cases)
    rows = "\n".join("| %s | %d |" % (t, n[t]) for t in TYPES)
    return """# pii_holdout540 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not adjust rules, thresholds, word lists or models by looking at
> these cases or at failures on them. It exists only to measure the redaction engine on unseen data.

## Provenance

Written by an AI helper acting as an independent test author, who did not see the redaction code, its
tests, docs or other fixtures. All cases are synthetic, generated by `scripts/make_pii_holdout540.py`
(Python standard library, one `random.Random(540241125)`). Values are fake but structurally valid
(Luhn-valid cards, mod-97-valid IBANs, well-formed NI numbers, Ofcom/555 drama phone ranges).
Offsets are computed from labelled segments, never typed by hand.

Regenerate: `python scripts/make_pii_holdout540.py`; verify: `python scripts/make_pii_holdout540.py --check`
(byte-identical regeneration, unique ids, offsets in range / on word boundaries / non-overlapping, and each
labelled value validated after normalising spoken forms).

## Format

`cases.jsonl`, one case per line: `id`, `kind` (`positive`/`negative`), `turns` (`speaker` is `customer` or
`agent`, `text`), `spans` (`turn`, `start`, `end` — Python offsets, end exclusive — and `type`), `note`.

## Annotation conventions

- A span covers exactly the value, first letter/digit to last (a phone may start with `+`); lead-ins such as
  "it's" or "my number is" are outside.
- A value split across turns gets one span per turn, each with the value's type. Agent read-backs,
  partial repeats, wrong read-backs and corrected single digits/letters of a value are labelled too.
- Filler words inside a reading ("um", "uh") are inside the span; fillers before it are outside.
- A reading abandoned and restarted: both the abandoned fragment and the restart are labelled.
- Phone spans include the country code. ADDRESS = house/flat number and street (not the town); the
  postcode/ZIP is a separate POSTCODE span. DOB and EXPIRY cover the whole date expression.
- A card's last four on their own are not PII unless the full card was read in the same case (then they are
  labelled CARD_NUMBER).
- Negatives contain no PII: amounts, balances, times, hours, durations, counts, ages, temperatures,
  percentages, years, appointment/contract dates, labelled order/ticket/invoice/claim/reference/tracking/
  serial/model/policy numbers (some 16-digit and Luhn-valid, read like cards), meter readings,
  flight/room/gate/seat numbers, road names, card last-four mentions. Names are not a labelled type.

## Counts

%d cases: %d positive, %d negative; %d spans.

| type | spans |
|---|---|
%s
""" % (len(cases), npos, len(cases) - npos, sum(n.values()), rows)


def check(cases, text):
    errs = []
    if open(CASES, encoding="utf-8").read() != text:
        errs.append("cases.jsonl is not byte-identical to regeneration")
    if open(README, encoding="utf-8").read() != readme(cases):
        errs.append("README.md is not byte-identical to regeneration")
    ids = [c.id for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for line in text.splitlines():
        json.loads(line)
    for c in cases:
        if c.kind == "negative" and c.spans:
            errs.append("%s: negative with spans" % c.id)
        if c.kind == "positive" and not c.spans:
            errs.append("%s: positive without spans" % c.id)
        by_turn = {}
        for s in c.spans:
            t = c.turns[s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append("%s: offsets out of range" % c.id); continue
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span not on word boundary %r" % (c.id, t[a:b]))
            if not (t[a].isalnum() or t[a] == "+") or not t[b - 1].isalnum():
                errs.append("%s: span has edge punctuation/space %r" % (c.id, t[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for iv in by_turn.values():
            iv.sort()
            for (a1, b1), (a2, b2) in zip(iv, iv[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % c.id)
        acc = {}
        for (ti, a, b, typ, g) in c.pieces:
            txt = c.turns[ti]["text"][a:b]
            try:
                v = norm(typ, txt)
            except NormError as e:
                errs.append("%s: %s" % (c.id, e)); continue
            gt, canon, date = c.groups[g]
            if gt != typ:
                errs.append("%s: group type mismatch" % c.id)
            if date:
                d, m, y = date
                if not date_ok(txt, m, y):
                    errs.append("%s: bad date %r" % (c.id, txt))
            acc.setdefault(g, []).append(v)
            if canon is None and not loose_ok(typ, v):
                errs.append("%s: bad partial %s %r -> %r" % (c.id, typ, txt, v))
        for g, vs in acc.items():
            typ, canon, date = c.groups[g]
            if canon is not None:
                full = "".join(vs)
                if typ == "EMAIL":
                    full = full.lower()
                if full != canon:
                    errs.append("%s: %s normalised %r != %r" % (c.id, typ, full, canon))
                if not validate_full(typ, full):
                    errs.append("%s: %s invalid %r" % (c.id, typ, full))
            elif typ == "ADDRESS" and not validate_full(typ, "".join(vs)):
                errs.append("%s: bad address %r" % (c.id, vs))
    n = counts(cases)
    if sum(c.kind == "positive" for c in cases) < 200 or sum(c.kind == "negative" for c in cases) < 100:
        errs.append("too few cases")
    for t, k in MINS.items():
        if n[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, n[t], k))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    cases = build()
    text = dump(cases)
    if args.check:
        errs = check(cases, text)
        for e in errs[:60]:
            print("ERROR", e)
        print("%d cases, counts %s" % (len(cases), counts(cases)))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs)); sys.exit(1)
        print("CHECK OK"); return
    os.makedirs(DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(cases))
    print("wrote %d cases" % len(cases))


if __name__ == "__main__":
    main()

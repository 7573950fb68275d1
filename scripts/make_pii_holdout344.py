#!/usr/bin/env python3
"""Generate (or --check) the held-out PII redaction evaluation set pii_holdout344.

Standard library only.  Every turn is assembled from plain-text segments and
labelled value segments, so span offsets are computed, never typed by hand.
"""
import json
import os
import random
import re
import sys

SEED = 344241125
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "tests", "fixtures", "pii_holdout344", "cases.jsonl")

R = random.Random(SEED)

def ch(seq):
    return R.choice(seq)

# ---------------------------------------------------------------- spoken forms
UW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENW = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENW = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
FILLERS = {"um", "uh", "er", "erm", "umm", "uhh", "hmm"}
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u",
        "victor": "v", "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY = {}
for _w, _l in NATO.items():
    NATO_BY.setdefault(_l, _w)
NATO_BY["x"] = "x-ray"
ALT_WORD = {"a": "apple", "b": "bertie", "c": "charlie", "d": "david", "e": "edward", "f": "freddie",
            "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mother",
            "n": "nelly", "p": "peter", "r": "robert", "s": "sugar", "t": "tommy", "w": "william",
            "y": "yellow", "z": "zebra"}
LNAMES = {"aitch": "h", "zed": "z", "jay": "j", "kay": "k", "ess": "s", "bee": "b", "dee": "d",
          "gee": "g", "vee": "v", "tee": "t", "pee": "p", "cue": "q", "ex": "x", "see": "c",
          "em": "m", "en": "n", "el": "l"}
LNAME_BY = {v: k for k, v in LNAMES.items()}

def unit(d, zero):
    return zero if d == "0" else UW[int(d)]

def ok2(p):
    v = int(p)
    return p[0] != "0" and (v < 20 or v % 10 != 0)

def two(p):
    v = int(p)
    if v < 10:
        return UW[v]
    if v < 20:
        return TEENW[v - 10]
    return TENW[v // 10] + ("" if v % 10 == 0 else " " + UW[v % 10])

def say_digits(s, zero=None, doubles=True, pairs=False, hund=False, alnum=False):
    """Speak a digit string; the inverse is norm_digits/norm_alnum."""
    zs = ["zero", "nought"] if alnum else ["oh", "o", "nought", "zero", "oh"]
    words = []
    i = 0
    while i < len(s):
        z = zero or ch(zs)
        if hund and i + 3 <= len(s) and s[i] != "0" and int(s[i + 1:i + 3]) > 0 and \
                (int(s[i + 1:i + 3]) < 20 or int(s[i + 1:i + 3]) % 10) and R.random() < 0.5:
            words.append(UW[int(s[i])] + " hundred and " + two(s[i + 1:i + 3]))
            i += 3
            continue
        if pairs and i + 2 <= len(s) and ok2(s[i:i + 2]) and R.random() < 0.7:
            words.append(two(s[i:i + 2]))
            i += 2
            continue
        run = 1
        while i + run < len(s) and s[i + run] == s[i]:
            run += 1
        if doubles and run >= 3 and R.random() < 0.5:
            words.append("triple " + unit(s[i], z))
            i += 3
            continue
        if doubles and run >= 2 and R.random() < 0.6:
            words.append("double " + unit(s[i], z))
            i += 2
            continue
        words.append(unit(s[i], z))
        i += 1
    return " ".join(words)

def say_letter(l, style=None):
    style = style or ch(["plain", "plain", "nato", "for", "asin", "name"])
    if style == "plain" or (style == "name" and l not in LNAME_BY):
        return l
    if style == "nato":
        return NATO_BY[l]
    if style == "for":
        return l + " for " + (ALT_WORD.get(l) if R.random() < 0.3 and l in ALT_WORD else NATO_BY[l])
    if style == "asin":
        return l + " as in " + NATO_BY[l]
    return LNAME_BY[l]

def say_alnum(s, lstyle=None, pairs=False):
    out = []
    i = 0
    s = s.lower()
    while i < len(s):
        if s[i].isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], pairs=pairs, alnum=True))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == s[i] and R.random() < 0.4:
                out.append("double " + s[i])
                i += 2
            else:
                out.append(say_letter(s[i], lstyle))
                i += 1
    return " ".join(out)

def with_fillers(parts, p=0.35, seps=(", ", " ", " ... ", ", ")):
    """Join spoken groups, sometimes with a hesitation between them."""
    out = parts[0]
    for q in parts[1:]:
        r = R.random()
        if r < p:
            out += ch([", um, ", " uh ", ", er, ", " erm ", "... um ", ", uh, "]) + q
        else:
            out += ch(seps) + q
    return out

# ---------------------------------------------------------------- normalisers
def toks_of(text):
    return re.findall(r"\+|[a-z]+|[0-9]+|-", text.lower().replace("x-ray", "xray"))

def _unit_val(t, alnum):
    if t in UW:
        return UW.index(t)
    if t == "nought":
        return 0
    if not alnum and t in ("oh", "o"):
        return 0
    return None

def _num(toks, i, alnum):
    """Parse a spoken number starting at i -> (digit string, new i) or None."""
    t = toks[i]
    u = _unit_val(t, alnum)
    if u is not None and i + 1 < len(toks) and toks[i + 1] == "hundred":
        i += 2
        if i < len(toks) and toks[i] == "and":
            i += 1
            t2 = toks[i]
            if t2 in TEENW:
                return "%d%02d" % (u, 10 + TEENW.index(t2)), i + 1
            if t2 in TENW and t2:
                v = TENW.index(t2) * 10
                if i + 1 < len(toks) and toks[i + 1] in UW[1:]:
                    return "%d%02d" % (u, v + UW.index(toks[i + 1])), i + 2
                return "%d%02d" % (u, v), i + 1
            u2 = _unit_val(t2, alnum)
            return "%d%02d" % (u, u2), i + 1
        return "%d00" % u, i
    if u is not None:
        return str(u), i + 1
    if t in TEENW:
        return str(10 + TEENW.index(t)), i + 1
    if t and t in TENW:
        v = TENW.index(t) * 10
        if i + 1 < len(toks) and toks[i + 1] in UW[1:]:
            return str(v + UW.index(toks[i + 1])), i + 2
        return str(v), i + 1
    return None

def norm_digits(text):
    toks = toks_of(text)
    out = ""
    i, mult = 0, 1
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t == "-":
            i += 1
            continue
        if t in ("+", "plus"):
            out += "+"
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t.isdigit():
            out += t * mult
            i += 1
        else:
            r = _num(toks, i, False)
            if r is None:
                raise ValueError("unexpected token %r in %r" % (t, text))
            out += r[0] * mult
            i = r[1]
        mult = 1
    return out

def norm_alnum(text):
    toks = toks_of(text)
    out = ""
    i, mult = 0, 1
    while i < len(toks):
        t = toks[i]
        if t in FILLERS or t == "-":
            i += 1
            continue
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if t.isdigit():
            out += t * mult
            i += 1
        elif _num(toks, i, True) is not None:
            s, i = _num(toks, i, True)
            out += s * mult
        elif len(t) == 1:
            out += t * mult
            i += 1
            if i + 1 < len(toks) and toks[i] == "for":
                i += 2
            elif i + 2 < len(toks) and toks[i] == "as" and toks[i + 1] == "in":
                i += 3
        elif t in NATO:
            out += NATO[t] * mult
            i += 1
        elif t in LNAMES:
            out += LNAMES[t] * mult
            i += 1
        else:
            out += t * mult
            i += 1
        mult = 1
    return out.upper()

def norm_email(text):
    toks = re.findall(r"[a-z]+|[0-9]+|[@._\-+]", text.lower())
    out = ""
    i = 0
    while i < len(toks):
        t = toks[i]
        if t in FILLERS:
            i += 1
        elif t in ("dot", "period"):
            out += "."
            i += 1
        elif t == "at":
            out += "@"
            i += 1
        elif t == "underscore":
            out += "_"
            i += 1
        elif t in ("dash", "hyphen"):
            out += "-"
            i += 1
        elif t in TEENW or (t in TENW and t) or t in UW:
            s, i = _num(toks, i, True)
            out += s
        elif len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for":
            out += t
            i += 3
        else:
            out += t
            i += 1
            # "smith, s m i t h": skip a letter-by-letter spelling of the word just said
            if len(t) > 1 and toks[i:i + len(t)] == list(t):
                i += len(t)
    return out

def luhn_ok(s):
    tot = 0
    for k, c in enumerate(reversed(s)):
        d = int(c)
        if k % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0

def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

NI_RE = re.compile(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
UKPC_RE = re.compile(r"[A-Z]{1,2}[0-9][A-Z0-9]?[0-9][A-Z]{2}")
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
MON3 = [m[:3] for m in MONTHS]
SUFFIXES = {"street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "close",
            "way", "crescent", "court", "place", "terrace", "gardens", "grove", "boulevard",
            "blvd", "row", "hill", "park", "square", "walk", "mews", "parade"}

def date_plausible(text, need_year):
    low = text.lower()
    toks = toks_of(low)
    has_month = any(t in MONTHS or t in MON3 or t == "sept" for t in toks)
    nums = re.findall(r"[0-9]+", low)
    wordnums = [t for t in toks if t in UW or t in TEENW or t in TENW[2:] or t in ("oh", "o", "nought")
                or re.fullmatch(r"(first|second|third|[a-z]*th|twenty[a-z]*|thirty[a-z]*)", t)]
    if re.search(r"\b\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b", low):
        return True
    if not need_year and re.fullmatch(r"\d{1,2}\s?[/\-]\s?\d{2}(\d{2})?|\d{4}", low):
        return True
    return (has_month and (len(nums) + len(wordnums)) >= 1) or (len(nums) + len(wordnums)) >= 2

def validate_group(typ, canon, mode, text):
    """Return an error string, or None if the labelled value is valid."""
    if mode == "partial":
        d = norm_digits(text) if typ not in ("NI_NUMBER", "IBAN", "POSTCODE") else norm_alnum(text)
        return None if d and canon.startswith(d) else "partial %r not prefix of %r" % (d, canon)
    if typ == "CARD_NUMBER":
        d = norm_digits(text)
        if mode == "last4":
            return None if d == canon and len(d) == 4 else "last4 %r" % d
        if d != canon:
            return "card %r != %r" % (d, canon)
        return None if 13 <= len(d) <= 19 and luhn_ok(d) else "card invalid %r" % d
    if typ == "CVV":
        d = norm_digits(text)
        return None if d == canon and len(d) in (3, 4) else "cvv %r" % d
    if typ == "SSN":
        d = norm_digits(text)
        ok = d == canon and len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" \
            and d[3:5] != "00" and d[5:] != "0000"
        return None if ok else "ssn %r" % d
    if typ == "NI_NUMBER":
        a = norm_alnum(text)
        ok = a == canon and NI_RE.fullmatch(a) and a[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
        return None if ok else "ni %r" % a
    if typ == "SORT_CODE":
        d = norm_digits(text)
        return None if d == canon and len(d) == 6 else "sort %r" % d
    if typ == "BANK_ACCOUNT":
        d = norm_digits(text)
        return None if d == canon and 6 <= len(d) <= 17 else "acct %r" % d
    if typ == "IBAN":
        a = norm_alnum(text)
        return None if a == canon and iban_ok(a) else "iban %r" % a
    if typ == "PHONE":
        d = norm_digits(text)
        core = d.lstrip("+")
        return None if d == canon and 10 <= len(core) <= 15 and "+" not in core else "phone %r" % d
    if typ == "EMAIL":
        e = norm_email(text)
        return None if e == canon and re.fullmatch(r"[a-z0-9._\-+]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+", e) else "email %r" % e
    if typ == "POSTCODE":
        if canon.isdigit():
            d = norm_digits(text)
            return None if d == canon and len(d) in (5, 9) else "zip %r" % d
        a = norm_alnum(text)
        return None if a == canon and UKPC_RE.fullmatch(a) else "postcode %r" % a
    if typ == "DOB":
        return None if date_plausible(text, True) else "dob %r" % text
    if typ == "EXPIRY":
        return None if date_plausible(text, False) else "expiry %r" % text
    if typ == "ADDRESS":
        toks = toks_of(text)
        first_ok = toks[0].isdigit() or toks[0] in ("flat", "apartment", "apt", "unit") \
            or _num(toks, 0, False) is not None
        return None if first_ok and toks[-1] in SUFFIXES else "address %r" % text
    return "unknown type " + typ

# ---------------------------------------------------------------- case builder
class Case:
    def __init__(self, kind, note):
        self.kind, self.note = kind, note
        self.turns = []
        self.groups = {}

    def g(self, typ, canon, mode=None):
        gid = len(self.groups)
        self.groups[gid] = (typ, canon, mode)
        return gid

    def t(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))
        return self

    def c(self, *segs):
        return self.t("customer", *segs)

    def a(self, *segs):
        return self.t("agent", *segs)

    def build(self, cid):
        turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, tuple):
                    val, gid = s
                    st = len(text)
                    text += val
                    spans.append({"turn": ti, "start": st, "end": len(text), "type": self.groups[gid][0]})
                    meta.append(gid)
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": self.note}
        return rec, meta

# ---------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d

def make_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4" + str(R.randrange(10)), 16)
    if k < 0.70:
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720", "2300"]), 16)
    if k < 0.82:
        return luhn_complete(ch(["34", "37"]), 15)
    if k < 0.90:
        return luhn_complete("6011", 16)
    if k < 0.95:
        return luhn_complete("4" + str(R.randrange(10)), 13)
    return luhn_complete(ch(["6759", "6761", "5018"]), ch([18, 19]))

def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:8], c[8:12], c[12:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]

def make_ssn():
    while True:
        a = R.randrange(1, 900)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))

NI_L1 = "ABCEGHJKLMNOPRSTWXYZ"
NI_L2 = "ABCEGHJKLMNPRSTWXYZ"

def make_ni():
    while True:
        p = ch(NI_L1) + ch(NI_L2)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")

def make_sort():
    return "%02d%02d%02d" % (ch([20, 40, 60, 30, 11, 9, 83, 77, 16, 23, 56, 8]), R.randrange(100), R.randrange(100))

def make_acct(region="uk"):
    n = 8 if region == "uk" else ch([9, 10, 12])
    return str(R.randrange(1, 10)) + "".join(str(R.randrange(10)) for _ in range(n - 1))

def iban_from(cc, bban):
    r = bban + cc + "00"
    n = int("".join(str(int(c, 36)) for c in r))
    return "%s%02d%s" % (cc, 98 - n % 97, bban)

def rdig(n):
    return "".join(str(R.randrange(10)) for _ in range(n))

def make_iban():
    k = ch(["GB", "GB", "IE", "DE", "FR", "NL", "ES", "IT"])
    if k == "GB":
        return iban_from("GB", ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG"]) + rdig(14))
    if k == "IE":
        return iban_from("IE", ch(["AIBK", "BOFI", "IPBS"]) + rdig(14))
    if k == "DE":
        return iban_from("DE", rdig(18))
    if k == "FR":
        return iban_from("FR", rdig(23))
    if k == "NL":
        return iban_from("NL", ch(["ABNA", "INGB", "RABO"]) + rdig(10))
    if k == "ES":
        return iban_from("ES", rdig(20))
    return iban_from("IT", ch("ABCDEFGHJ") + rdig(10) + rdig(12))

def make_phone():
    """returns (canonical, typed form)"""
    k = ch(["ukmob", "ukmob", "ukmobi", "uklon", "uklon", "us", "us", "usi", "ie", "iei", "fr", "de"])
    if k == "ukmob":
        n = "07" + ch(["700", "723", "811", "956", "4"]) 
        n = n + rdig(11 - len(n))
        return n, ch([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:], n[:4] + "-" + n[4:7] + "-" + n[7:]])
    if k == "ukmobi":
        n = "+447" + rdig(9)
        return n, ch(["+44 " + n[3:7] + " " + n[7:], "+44 (0)" + n[3:7] + " " + n[7:], "+44" + n[3:]])
    if k == "uklon":
        n = ch(["020", "0161", "0121", "0113", "0131", "0141", "029"])
        n = n + rdig(11 - len(n))
        if n.startswith("020") or n.startswith("029"):
            return n, ch([n[:3] + " " + n[3:7] + " " + n[7:], n])
        return n, ch([n[:4] + " " + n[4:7] + " " + n[7:], n[:4] + " " + n[4:]])
    if k == "us":
        n = str(R.randrange(2, 10)) + rdig(2) + str(R.randrange(2, 10)) + rdig(6)
        return n, ch([n[:3] + "-" + n[3:6] + "-" + n[6:], n[:3] + "." + n[3:6] + "." + n[6:], n[:3] + " " + n[3:6] + " " + n[6:]])
    if k == "usi":
        n = "+1" + str(R.randrange(2, 10)) + rdig(2) + str(R.randrange(2, 10)) + rdig(6)
        return n, ch(["+1 " + n[2:5] + " " + n[5:8] + " " + n[8:], "+1-" + n[2:5] + "-" + n[5:8] + "-" + n[8:]])
    if k == "ie":
        n = "08" + ch("35679") + rdig(7)
        return n, ch([n[:3] + " " + n[3:6] + " " + n[6:], n])
    if k == "iei":
        n = "+3538" + ch("35679") + rdig(7)
        return n, "+353 " + n[4:6] + " " + n[6:9] + " " + n[9:]
    if k == "fr":
        n = "+336" + rdig(8)
        return n, "+33 6 " + " ".join(n[i:i + 2] for i in range(4, 12, 2))
    n = "+4915" + rdig(9)
    return n, "+49 " + n[3:6] + " " + n[6:]

def say_phone(n):
    parts = []
    if n.startswith("+"):
        cc_len = 1 if n.startswith("+1") else (3 if n.startswith("+353") else 2)
        cc = n[1:1 + cc_len]
        head = ch(["plus " + say_digits(cc, doubles=False), "plus " + say_digits(cc, doubles=False),
                   "double oh " + say_digits(cc, doubles=False)])
        rest = n[1 + cc_len:]
        if head.startswith("double oh"):
            n2 = "00" + n[1:]
        else:
            n2 = n
        chunks = [rest[:3], rest[3:6], rest[6:]] if len(rest) >= 9 else [rest]
        parts = [head] + [say_digits(x, pairs=R.random() < 0.3, hund=R.random() < 0.2) for x in chunks if x]
        return with_fillers(parts, 0.25), n2
    chunks = [n[:5], n[5:8], n[8:]] if n.startswith("07") else [n[:3], n[3:6], n[6:]]
    parts = [say_digits(x, pairs=R.random() < 0.3, hund=R.random() < 0.2) for x in chunks if x]
    return with_fillers(parts, 0.25), n

FIRST = ["sarah", "james", "priya", "tom", "aoife", "liam", "chloe", "mohammed", "grace", "oliver",
         "niamh", "daniel", "fatima", "jack", "emily", "conor", "sophie", "kwame", "lucy", "marta",
         "ben", "hannah", "ravi", "ellie", "sean", "amy", "peter", "jess", "kate", "dev"]
LAST = ["okafor", "murphy", "patel", "smith", "walsh", "nguyen", "jones", "byrne", "kowalski",
        "taylor", "garcia", "brennan", "hughes", "khan", "evans", "schmidt", "dubois", "reilly",
        "thompson", "mensah", "lee", "fraser", "costa", "kelly", "wright"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com", "icloud.com", "btinternet.com",
           "eircom.net", "gmx.de", "live.ie", "protonmail.com", "aol.com", "sky.com"]

def make_email():
    f, l = ch(FIRST), ch(LAST)
    loc = ch([f + "." + l, f[0] + "." + l, f + l, f + "_" + l, f + "." + l + str(R.randrange(10, 99)),
              l + "." + f, f + str(R.randrange(1, 9)) + l[0], f[0] + l + str(R.randrange(70, 99))])
    return loc + "@" + ch(DOMAINS)

def say_email(e):
    loc, dom = e.split("@")
    def word_part(w):
        out = []
        for piece in re.findall(r"[a-z]+|[0-9]+|[._\-]", w):
            if piece == ".":
                out.append("dot")
            elif piece == "_":
                out.append("underscore")
            elif piece == "-":
                out.append("dash")
            elif piece.isdigit():
                out.append(two(piece) if len(piece) == 2 and ok2(piece) else say_digits(piece, zero="zero", doubles=False))
            elif len(piece) == 1:
                out.append(piece + (" for " + NATO_BY[piece] if R.random() < 0.4 else ""))
            elif R.random() < 0.15 and len(piece) <= 6:
                out.append(piece + ", " + " ".join(piece))
            else:
                out.append(piece)
        return " ".join(out)
    spoken = word_part(loc) + " at " + word_part(dom)
    return spoken

UK_AREAS = ["SW", "SE", "N", "E", "W", "M", "B", "LS", "EH", "G", "CF", "BT", "NE", "OX", "BS",
            "L", "S", "NG", "CB", "BN", "EC", "WC", "RG", "PL", "AB", "DD", "YO", "CV"]
INW = "ABDEFGHJLNPQRSTUWXYZ"

def make_postcode(us=None):
    if us is None:
        us = R.random() < 0.35
    if us:
        z = "%05d" % R.randrange(1001, 99950)
        return (z + rdig(4)) if R.random() < 0.3 else z
    a = ch(UK_AREAS)
    d = str(R.randrange(1, 20)) if len(a) == 1 or R.random() < 0.5 else str(R.randrange(1, 10))
    if a in ("SW", "EC", "WC", "W", "E", "N") and R.random() < 0.3:
        d = str(R.randrange(1, 10)) + ch("ACEHNPRVWXY")
    return a + d + str(R.randrange(10)) + ch(INW) + ch(INW)

def typed_postcode(p):
    if p.isdigit():
        return p if len(p) == 5 else p[:5] + "-" + p[5:]
    o, i = p[:-3], p[-3:]
    return ch([o + " " + i, o + " " + i, (o + " " + i).lower(), o + i])

def say_postcode(p):
    if p.isdigit():
        return with_fillers([say_digits(p[:5], pairs=R.random() < 0.4)] + ([say_digits(p[5:])] if len(p) > 5 else []), 0.2)
    o, i = p[:-3].lower(), p[-3:].lower()
    return say_alnum(o, pairs=R.random() < 0.3) + ch([", ", " ", " ... "]) + say_alnum(i)

STREETS = ["acacia", "mill", "church", "station", "victoria", "king's", "elm", "oak", "highfield",
           "maple", "meadow", "castle", "park", "riverside", "orchard", "willow", "chapel", "grange",
           "hawthorn", "baker", "glenview", "cedar", "main", "washington", "lincoln", "sycamore"]
SUF = ["Street", "Road", "Avenue", "Lane", "Drive", "Close", "Way", "Crescent", "Court", "Terrace",
       "Gardens", "Grove", "Place", "Mews", "Boulevard", "Parade", "Walk", "St", "Rd", "Ave"]
TOWNS_UK = ["Leeds", "Manchester", "Cardiff", "Glasgow", "Bristol", "Reading", "Belfast", "Oxford", "York", "Croydon"]
TOWNS_US = ["Columbus, OH", "Austin, TX", "Portland, OR", "Tampa, FL", "Denver, CO", "Albany, NY"]
TOWNS_IE = ["Dublin 8", "Cork", "Galway", "Limerick", "Naas"]

def make_address(spoken=False):
    num = R.randrange(1, 250) if R.random() < 0.8 else R.randrange(1000, 9999)
    st = ch(STREETS)
    suf = ch(SUF)
    flat = R.random() < 0.25
    if spoken:
        suf = suf.lower()
        if suf in ("st", "rd", "ave"):
            suf = {"st": "street", "rd": "road", "ave": "avenue"}[suf]
        ns = str(num)
        if num >= 1000:
            nsp = two(ns[:2]) if ok2(ns[:2]) else say_digits(ns[:2])
            nsp += " " + (two(ns[2:]) if ok2(ns[2:]) else say_digits(ns[2:]))
        elif num >= 100 and R.random() < 0.5:
            nsp = say_digits(ns)
        elif num >= 100:
            nsp = say_digits(ns, hund=True)
        else:
            nsp = two(ns) if (len(ns) == 1 or ok2(ns)) else say_digits(ns)
        s = nsp + " " + st + " " + suf
        if flat:
            s = ch(["flat ", "apartment "]) + say_digits(str(R.randrange(1, 30)), doubles=False) + ch([", ", " "]) + s
        return s
    s = str(num) + " " + st.title() + " " + suf
    if flat:
        s = ch(["Flat ", "Apt ", "flat ", "Unit "]) + str(R.randrange(1, 30)) + ch(["", "B", "a"]) + ", " + s
    return s

def ordinal(d):
    special = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
               20: "twentieth", 30: "thirtieth"}
    if d in special:
        return special[d]
    if d < 20:
        return two(str(d)) + "th"
    t, u = divmod(d, 10)
    return TENW[t] + " " + (special.get(u) or (UW[u] + "th"))

def say_year(y):
    if y < 2000:
        rest = "%02d" % (y % 100)
        return "nineteen " + (two(rest) if ok2(rest) else ("oh " + UW[int(rest[1])] if rest[0] == "0" else two(rest)))
    if y < 2010 or R.random() < 0.4:
        return "two thousand" + ("" if y == 2000 else " and " + two(str(y - 2000)))
    return "twenty " + two(str(y - 2000))

def make_dob(spoken, us=False):
    y, m, d = R.randrange(1938, 2006), R.randrange(1, 13), R.randrange(1, 29)
    if spoken:
        k = R.randrange(4)
        if k == 0:
            return ordinal(d) + " of " + MONTHS[m - 1] + ", " + say_year(y)
        if k == 1:
            return MONTHS[m - 1] + " " + ordinal(d) + " " + say_year(y)
        if k == 2:
            return "the " + ordinal(d) + " of the " + ordinal(m) + " " + ("%s" % two("%02d" % (y % 100)) if ok2("%02d" % (y % 100)) else say_year(y))
        return say_digits("%02d" % d) + " " + say_digits("%02d" % m) + " " + say_year(y)
    k = R.randrange(6)
    if k == 0:
        return ("%02d/%02d/%d" % (m, d, y)) if us else ("%02d/%02d/%d" % (d, m, y))
    if k == 1:
        return "%d %s %d" % (d, MONTHS[m - 1].title(), y)
    if k == 2:
        return "%s %d, %d" % (MONTHS[m - 1].title(), d, y)
    if k == 3:
        return "%d-%02d-%02d" % (y, m, d)
    if k == 4:
        return "%d.%d.%02d" % (d, m, y % 100)
    return "%d%s %s %d" % (d, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd"}.get(d, "th"), MON3[m - 1].title(), y)

def make_expiry(spoken):
    m, y = R.randrange(1, 13), R.randrange(25, 32)
    if spoken:
        k = R.randrange(4)
        if k == 0:
            return say_digits("%02d" % m, doubles=False) + " " + two(str(y))
        if k == 1:
            return MONTHS[m - 1] + " " + ch(["", "twenty "]) + two(str(y))
        if k == 2:
            return say_digits("%02d" % m, doubles=False) + " slash " + say_digits(str(y), doubles=False)
        return MONTHS[m - 1] + " twenty " + two(str(y))
    return ch(["%02d/%02d" % (m, y), "%d/%d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y),
               "%s %d" % (MON3[m - 1].title(), 2000 + y), "%02d / %02d" % (m, y)])

# ---------------------------------------------------------------- context
ORGS = {
    "banking": ["Harbour & Co Bank", "Northgate Building Society", "First Lakeshore Credit Union", "Bank of Leinster"],
    "telecom": ["Skylark Mobile", "Fibrelink Broadband", "Vantel Wireless", "EireTel"],
    "utilities": ["Northwind Energy", "Clearwater Water Services", "Brightside Gas & Power", "Keystone Electric"],
    "retail": ["Mallory's Home Store", "ShopRight Online", "Penrose Outdoor", "Kettle & Crumb"],
    "insurance": ["Shieldwell Insurance", "Anchor Mutual", "Greystone Car Cover", "Liberty Pines Insurance"],
    "travel": ["Aerlinea Holidays", "Bluewing Airways", "Continental Rail Pass", "Seabreeze Ferries"],
    "healthcare billing": ["St Columba's Patient Billing", "MedPay Billing Services", "Riverside Dental Billing"],
    "government": ["Vehicle Licensing Helpline", "Council Tax Service", "Benefits Enquiry Line", "Passport Renewals Office"],
}

def org():
    ind = ch(sorted(ORGS))
    return ind, ch(ORGS[ind])

def greet(asr):
    ind, o = org()
    name = ch(["Dana", "Raj", "Siobhan", "Marcus", "Leah", "Tomasz", "Kerry", "Ade", "Jo"])
    g = ch(["thanks for calling %s, you're through to %s, how can I help?",
            "%s, %s speaking, how can I help today?",
            "good afternoon, %s, this is %s.",
            "hi, welcome to %s chat, I'm %s. What can I do for you?"]) % (o, name)
    return ind, (g.lower().replace(",", "").replace("?", "").replace(".", "") if asr else g)

BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "right", "yeah got that", "mm hmm", "carry on", "okay go ahead"]

def low(s):
    return s.lower()

# ---------------------------------------------------------------- positive templates
def pos_card(asr_pref=None):
    card = make_card()
    asr = R.random() < 0.65 if asr_pref is None else asr_pref
    ind, g = greet(asr)
    c = Case("positive", "")
    gr = card_groups(card)
    if not asr:
        style = R.randrange(6)
        if style == 0:
            txt = " ".join(gr)
        elif style == 1:
            txt = "-".join(gr)
        elif style == 2:
            txt = card
        elif style == 3:
            cut = R.randrange(5, len(card) - 4)
            txt = card[:cut] + " " + card[cut:]
        elif style == 4:
            txt = "  ".join(gr)
        else:
            txt = " ".join(card[i:i + 3] for i in range(0, len(card), 3))
        gid = c.g("CARD_NUMBER", card)
        lead = ch(["card no: ", "Card number is ", "my card: ", "CC# ", "its ", "Visa card ", "card num - ",
                   "the long number on the card is ", "pls charge ", "Card:"])
        if lead.endswith(":") :
            lead += ch([" ", ""]) if not txt[0].isalnum() else " "
        c.a(g)
        extra = []
        if R.random() < 0.6:
            e = make_expiry(False)
            eg = c.g("EXPIRY", e)
            extra = [ch([" exp ", ", expiry ", " expires ", " valid thru ", ", exp date: "]), (e, eg)]
        if R.random() < 0.5:
            cv = rdig(4 if len(card) == 15 else 3)
            cg = c.g("CVV", cv)
            extra += [ch([" cvv ", ", CVV: ", " sec code ", ", the 3 digits on the back are ", " cvc "]), (cv, cg)]
        c.c(ch(["hi ", "Hello, ", "", "hiya "]) + lead, (txt, gid), *extra, ch(["", ".", " thanks", " ta", " - can you take the £" + str(R.randrange(20, 400)) + ".99 payment now?"]))
        if R.random() < 0.4:
            l4 = c.g("CARD_NUMBER", card[-4:], "last4")
            c.a(ch(["Thanks, I've taken the payment on the card ending ", "Payment done on card ending "]), (card[-4:], l4), ".")
        else:
            c.a(ch(["Thanks, that's gone through.", "Perfect, processing that now.", "Got it, one moment."]))
        c.note = "typed chat (%s): card number %s" % (ind, ["spaced", "dashed", "unbroken", "odd split", "double-spaced", "grouped in threes"][style])
        return c
    # ASR
    pairs = R.random() < 0.35
    zero = ch(["oh", "o", "nought", "zero", None])
    spoken = [say_digits(x, zero=zero, pairs=pairs, hund=R.random() < 0.15) for x in gr]
    style = R.randrange(6)
    c.a(low(g))
    c.a(ch(["can i take the long card number please", "okay and the card number when you're ready",
            "so what's the sixteen digit number on the front", "go ahead with the card number"]))
    gid = c.g("CARD_NUMBER", card)
    note = "ASR: card read"
    if style == 0:
        c.c(ch(["yeah it's ", "okay it's ", "right so ", "um ", ""]), (with_fillers(spoken, 0.4), gid))
        note += " in one turn"
    elif style == 1:
        k = R.randrange(1, len(spoken))
        k2 = R.randrange(k, len(spoken) + 1) if R.random() < 0.5 else len(spoken)
        c.c(ch(["okay so ", "it's ", "yeah "]), (with_fillers(spoken[:k], 0.3), gid))
        c.a(ch(BACKCH))
        c.c((with_fillers(spoken[k:k2], 0.3), gid)) if k2 > k else None
        if k2 > k and k2 < len(spoken):
            c.a(ch(BACKCH))
        if k2 < len(spoken):
            c.c((with_fillers(spoken[k2:], 0.3), gid), ch(["", " that's it", " and that's the lot"]))
        note += " split across customer turns with agent back-channels"
    elif style == 2:
        k = R.randrange(1, len(spoken))
        aside = ch([" sorry the light's terrible in here ", " hang on let me get my glasses ", " sorry my dog's going mad ",
                    " wait is that a one or a seven yeah it's a ", " bear with me ", " sorry the kids are shouting "])
        c.c(ch(["right ", "so ", ""]), (with_fillers(spoken[:k], 0.3), gid), ch([",", " ..."]) + aside.rstrip() + ch([", ", " ... "]),
            (with_fillers(spoken[k:], 0.3), gid))
        note += " with an aside in the middle (two spans)"
    elif style == 3:
        k = R.randrange(1, len(spoken))
        frag = c.g("CARD_NUMBER", card, "partial")
        c.c(ch(["okay ", "it's "]), (with_fillers(spoken[:k], 0.2), frag), ch([" no wait sorry, i'll start again, ", " oh hang on sorry, from the top, ", ", sorry, let me restart, "]),
            (with_fillers(spoken, 0.3), gid))
        note += " with a restarted reading (fragment labelled)"
    elif style == 4:
        c.c(ch(["yeah ", "um so ", ""]), (with_fillers(spoken, 0.3), gid))
        note += " in one turn, then an agent read-back"
    else:
        c.c(ch(["it's the ", "okay the "]) + ch(["visa", "mastercard", "debit card", "credit card"]) + ch([" yeah ", ", "]),
            (with_fillers(spoken, 0.4), gid))
        note += " after naming the card type"
    if style in (4, 5) or R.random() < 0.35:
        rb = c.g("CARD_NUMBER", card)
        rspoken = [say_digits(x, zero=ch(["oh", "zero"]), pairs=False) for x in gr]
        c.a(ch(["let me just read that back ", "so that's ", "okay i've got "]), (", ".join(rspoken), rb), ch([" is that right", " correct", ""]))
        c.c(ch(["yes", "yep that's it", "that's right"]))
        note += "; agent read-back"
    if R.random() < 0.55:
        e = make_expiry(True)
        eg = c.g("EXPIRY", e)
        c.a(ch(["and the expiry date", "and when does it expire", "expiry date please"]))
        c.c(ch(["it's ", "um ", "", "expires "]), (e, eg))
        note += "; expiry"
    if R.random() < 0.5:
        cv = rdig(4 if len(card) == 15 else 3)
        cg = c.g("CVV", cv)
        c.a(ch(["and the three digit security code on the back", "last thing the cvv please", "and the security number on the back"]))
        c.c(ch(["", "yeah it's ", "that's "]), (say_digits(cv, hund=R.random() < 0.4), cg))
        note += "; CVV"
    if R.random() < 0.3:
        l4 = c.g("CARD_NUMBER", card[-4:], "last4")
        c.a(ch(["okay that's gone through on the card ending ", "lovely so payment taken from the card ending in "]), (say_digits(card[-4:]), l4))
        note += "; last four after full card (labelled)"
    c.note = note + " (%s)" % ind
    return c

def pos_ssn():
    s = make_ssn()
    asr = R.random() < 0.6
    c = Case("positive", "")
    ind = ch(["healthcare billing", "insurance", "banking", "government", "telecom"])
    o = ch(ORGS[ind])
    gid = c.g("SSN", s)
    if not asr:
        txt = ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s, s[:3] + "-" + s[3:5] + " " + s[5:],
                  s[:3] + "." + s[3:5] + "." + s[5:]])
        c.a("Welcome to %s secure chat. To verify you I'll need your SSN." % o)
        lead = ch(["SSN: ", "ssn is ", "social: ", "My social security number is ", "SS# ", "its ", "Social Sec No. "])
        tail = ch(["", ".", " thx", " - why do you need this?", ", DOB below"])
        segs = [lead, (txt, gid), tail]
        note = "typed chat (%s): SSN" % ind
        if R.random() < 0.35:
            d = make_dob(False, us=True)
            dg = c.g("DOB", d)
            segs += [ch([" dob ", " and DOB ", ". Born "]), (d, dg)]
            note += " with DOB"
        c.c(*segs)
        c.a(ch(["Thanks, you're verified.", "Thank you. Your balance is $%d.%02d." % (R.randrange(10, 900), R.randrange(100))]))
        c.note = note
        return c
    c.a(low("%s this is %s, can i start with your social security number" % (o, ch(["mike", "tanya", "luis", "brenda"]))))
    parts = [say_digits(s[:3], hund=R.random() < 0.3, pairs=R.random() < 0.2), say_digits(s[3:5], pairs=R.random() < 0.5), say_digits(s[5:], pairs=R.random() < 0.4)]
    style = R.randrange(4)
    note = "ASR (%s): SSN" % ind
    if style == 0:
        c.c(ch(["sure it's ", "yeah ", "okay um "]), (with_fillers(parts, 0.4), gid))
    elif style == 1:
        c.c(ch(["okay ", "it's "]), (parts[0], gid))
        c.a(ch(BACKCH))
        c.c((parts[1], gid))
        c.a(ch(BACKCH))
        c.c((parts[2], gid))
        note += " split over three turns"
    elif style == 2:
        frag = c.g("SSN", s, "partial")
        c.c(ch(["it's "]), (parts[0], frag), ch([" no sorry that's my old... no it is, okay, ", " wait let me start over, "]), (with_fillers(parts, 0.3), gid))
        note += " restarted"
    else:
        c.c(ch(["yeah so it's ", "alright "]), (parts[0] + " " + parts[1], gid), ch([" hold on i'm reading it off the card ", " sorry one sec "]), (parts[2], gid))
        note += " with aside inside"
    if R.random() < 0.4:
        rb = c.g("SSN", s)
        c.a(ch(["so i have ", "just confirming "]), (say_digits(s[:3], doubles=False) + ", " + say_digits(s[3:5], doubles=False) + ", " + say_digits(s[5:], doubles=False), rb))
        c.c("that's correct")
        note += "; read-back"
    if R.random() < 0.35:
        d = make_dob(True)
        dg = c.g("DOB", d)
        c.a("and your date of birth")
        c.c(ch(["", "it's ", "um "]), (d, dg))
        note += "; DOB"
    c.note = note
    return c

def pos_ni():
    n = make_ni()
    asr = R.random() < 0.6
    c = Case("positive", "")
    o = ch(ORGS["government"] + ORGS["banking"] + ORGS["insurance"])
    gid = c.g("NI_NUMBER", n)
    if not asr:
        txt = ch([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8], n.lower(),
                  n[:2] + n[2:8] + " " + n[8], n[:2] + "-" + n[2:8] + "-" + n[8], n[:2].lower() + n[2:]])
        c.a("Hi, this is the %s webchat. Please give your National Insurance number." % o)
        c.c(ch(["NI no: ", "NINO ", "ni number ", "National insurance: ", "its ", "my NI is "]), (txt, gid),
            ch(["", ".", " (on my payslip)", " cheers"]))
        c.a(ch(["Thanks, found your record.", "Thank you, one moment."]))
        c.note = "typed chat: UK NI number"
        return c
    c.a(low("%s you're speaking to %s can i take your national insurance number please" % (o, ch(["gemma", "paul", "asif", "rhona"]))))
    l1 = say_alnum(n[:2], lstyle=ch(["plain", "nato", "for", "asin", None]))
    digs = [say_digits(n[2:4], pairs=True, alnum=True, doubles=False), say_digits(n[4:6], pairs=R.random() < 0.5, alnum=True), say_digits(n[6:8], pairs=R.random() < 0.5, alnum=True)]
    l2 = say_letter(n[8].lower(), ch(["plain", "for", "nato", "name"]))
    style = R.randrange(4)
    note = "ASR: NI number"
    if style == 0:
        c.c(ch(["yeah it's ", "um ", "okay "]), (with_fillers([l1] + digs + [l2], 0.35), gid))
    elif style == 1:
        c.c(ch(["right ", ""]), (l1 + ", " + digs[0], gid))
        c.a(ch(BACKCH))
        c.c((digs[1] + " " + digs[2], gid))
        c.a(ch(["and the last letter", "mhm and the letter at the end"]))
        c.c(ch(["it's ", "", "that's "]), (l2, gid))
        note += " split over turns"
    elif style == 2:
        c.c((l1 + " " + digs[0], gid), ch([", sorry i've got a cold, ", " ... hang on it's on this letter ... "]), (" ".join(digs[1:]) + " " + l2, gid))
        note += " with aside"
    else:
        wrong = n[:2] + n[2:7] + str((int(n[7]) + 3) % 10)
        frag = c.g("NI_NUMBER", wrong, "partial")
        c.c((say_alnum(wrong[:2], lstyle="plain") + " " + say_digits(wrong[2:], alnum=True, doubles=False), frag), ch([" no hang on, sorry, ", " actually wait that's wrong, "]),
            (with_fillers([l1] + digs + [l2], 0.2), gid))
        note += " with corrected reading (wrong attempt labelled)"
    if R.random() < 0.45:
        rb = c.g("NI_NUMBER", n)
        c.a(ch(["so that's ", "reading it back ", "i've got "]), (say_alnum(n[:2], lstyle="nato") + " " + say_digits(n[2:8], alnum=True, doubles=False, pairs=True) + " " + n[8].lower(), rb), ch([" yeah", " is that right", ""]))
        c.c(ch(["yes", "yeah spot on"]))
        note += "; read-back with NATO"
    c.note = note
    return c

def pos_bank():
    c = Case("positive", "")
    asr = R.random() < 0.5
    sc, ac = make_sort(), make_acct()
    sg, ag = c.g("SORT_CODE", sc), c.g("BANK_ACCOUNT", ac)
    o = ch(ORGS["banking"] + ORGS["utilities"] + ORGS["insurance"] + ORGS["government"])
    if not asr:
        st = ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc[:2] + " " + sc[2:4] + " " + sc[4:], sc, sc[:2] + "–" + sc[2:4] + "–" + sc[4:]])
        at = ch([ac, ac[:4] + " " + ac[4:], ac])
        c.a("%s: to set up the direct debit I need your bank details." % o)
        if R.random() < 0.5:
            c.c(ch(["sort code ", "sortcode: ", "s/c "]), (st, sg), ch([" acct no: ", ", account ", " a/c no. ", "\nacc num "]), (at, ag))
        else:
            c.c(ch(["acc no ", "Account number: ", "acct# "]), (at, ag), ch([" and sort code is ", ", sort ", " / SC "]), (st, sg), ch(["", " (Monzo)", " thanks"]))
        c.a(ch(["Thanks, your first payment of £%d.%02d will be taken on the %dth." % (R.randrange(20, 200), R.randrange(100), R.randrange(4, 28)), "Great, all set up."]))
        c.note = "typed chat: sort code and account number for direct debit"
        return c
    c.a(low("%s can i take the sort code first" % o))
    sp = with_fillers([say_digits(sc[i:i + 2], pairs=R.random() < 0.6) for i in (0, 2, 4)], 0.3)
    c.c(ch(["yeah it's ", "sort code ", "okay "]), (sp, sg))
    c.a(ch(["and the account number", "lovely and the eight digit account number"]))
    ap = [say_digits(ac[:4], pairs=R.random() < 0.4, hund=R.random() < 0.2), say_digits(ac[4:], pairs=R.random() < 0.4)]
    note = "ASR: sort code and account number"
    if R.random() < 0.5:
        c.c((ap[0], ag))
        c.a(ch(BACKCH))
        c.c((ap[1], ag))
        note += ", account split over turns"
    else:
        c.c(ch(["", "um "]), (with_fillers(ap, 0.4), ag))
    if R.random() < 0.5:
        rb = c.g("BANK_ACCOUNT", ac)
        c.a("so that's ", (say_digits(ac, doubles=False), rb), ch([" with sort code ", " sort code "]), (say_digits(sc, doubles=False), c.g("SORT_CODE", sc)))
        note += "; read-back"
    c.note = note
    return c

def pos_us_acct():
    c = Case("positive", "")
    ac = make_acct("us")
    ag = c.g("BANK_ACCOUNT", ac)
    o = ch(ORGS["banking"] + ORGS["utilities"])
    if R.random() < 0.5:
        c.a("%s billing: which checking account should we debit?" % o)
        c.c(ch(["checking acct ", "acct no: ", "account #", "Acct: "]), (ac, ag), ch([" at Chase", "", " (routing is on the form)"]))
        c.note = "typed chat: US checking account number"
    else:
        c.a(low("%s what's the checking account number" % o))
        c.c(ch(["it's ", "okay it's "]), (with_fillers([say_digits(ac[:5], pairs=True), say_digits(ac[5:], pairs=True)], 0.4), ag))
        c.note = "ASR: US checking account number with pair readings"
    return c

def pos_iban():
    c = Case("positive", "")
    ib = make_iban()
    g = c.g("IBAN", ib)
    o = ch(ORGS["travel"] + ORGS["insurance"] + ORGS["banking"] + ORGS["retail"])
    if R.random() < 0.6:
        txt = ch([" ".join(ib[i:i + 4] for i in range(0, len(ib), 4)), ib, ib.lower(), " ".join(ib[i:i + 4] for i in range(0, len(ib), 4)).lower()])
        c.a("%s refunds: please send the IBAN for the refund." % o)
        c.c(ch(["IBAN: ", "iban ", "my IBAN is ", "Refund to IBAN "]), (txt, g), ch(["", " BIC on request", ". Amount was €%d.%02d" % (R.randrange(50, 900), R.randrange(100))]))
        c.a("Thanks, refund issued within 5 working days.")
        c.note = "typed chat (%s): IBAN" % ib[:2]
    else:
        c.a(low("%s can you read me the iban" % o))
        chunks = [ib[i:i + 4] for i in range(0, len(ib), 4)]
        sp = [say_alnum(x, lstyle=ch(["plain", "nato", None])) for x in chunks]
        k = R.randrange(2, len(sp) - 1)
        c.c(ch(["okay it's ", "yeah "]), (with_fillers(sp[:k], 0.3), g))
        c.a(ch(BACKCH))
        c.c((with_fillers(sp[k:], 0.3), g))
        c.note = "ASR: IBAN (%s) spelt out over two turns" % ib[:2]
    return c

def pos_phone():
    c = Case("positive", "")
    n, typed = make_phone()
    o = ch(sum(ORGS.values(), []))
    if R.random() < 0.45:
        g = c.g("PHONE", n)
        c.a("%s: what's the best number to reach you on?" % o)
        c.c(ch(["mob: ", "call me on ", "tel ", "my number is ", "it's ", "Phone - "]), (typed, g), ch(["", " after 6pm", " (whatsapp too)", ", not the landline"]))
        c.note = "typed chat: phone number"
        if R.random() < 0.3:
            n2, t2 = make_phone()
            g2 = c.g("PHONE", n2)
            c.c(ch(["or work ", "alt: ", "or my wife on "]), (t2, g2))
            c.note += ", plus an alternative number"
        return c
    sp, canon = say_phone(n)
    g = c.g("PHONE", canon)
    c.a(low("%s what's a good contact number" % o))
    note = "ASR: phone number"
    r = R.random()
    if r < 0.3:
        wrong = canon[:-1] + str((int(canon[-1]) + 1) % 10)
        wg = c.g("PHONE", wrong)
        sp_w = say_digits(wrong.lstrip("+")) if not wrong.startswith("+") else sp
        if wrong.startswith("+"):
            c.c("it's ", (sp, g), ch([" yeah that's it", ""]))
            note += " read once"
        else:
            c.c("it's ", (sp_w, wg), ch([" no sorry the last one's wrong, it's ", " oh no wait, scratch that, "]), (sp, g))
            note += " with a corrected reading (both labelled)"
    elif r < 0.6:
        pieces = sp.split(" ")
        k = len(pieces) // 2
        # split on a word that is not inside a multi-word token
        while k < len(pieces) and pieces[k - 1] in ("double", "triple", "plus", "hundred", "and") or \
                (k < len(pieces) and (pieces[k] in ("hundred", "and") or pieces[k] in UW[1:] and pieces[k - 1] in TENW)):
            k += 1
        if k >= len(pieces):
            c.c((sp, g))
        else:
            a_, b_ = " ".join(pieces[:k]).rstrip(",. "), " ".join(pieces[k:]).lstrip(",. ")
            if norm_digits(a_) + norm_digits(b_) == canon and b_ and b_.split(" ")[0] not in FILLERS and a_.split(" ")[-1] not in FILLERS:
                c.c((a_, g))
                c.a(ch(BACKCH))
                c.c((b_, g))
                note += " split over turns"
            else:
                c.c((sp, g))
    else:
        c.c(ch(["yeah it's ", "my mobile is ", "um "]), (sp, g))
    if R.random() < 0.4:
        rb = c.g("PHONE", canon)
        c.a("so that's ", (say_digits(canon.lstrip("+"), doubles=False) if not canon.startswith("+") else "plus " + say_digits(canon[1:], doubles=False), rb))
        note += "; read-back"
    c.note = note
    return c

def pos_email():
    c = Case("positive", "")
    e = make_email()
    g = c.g("EMAIL", e)
    o = ch(sum(ORGS.values(), []))
    if R.random() < 0.45:
        t = ch([e, e, e.title() if "_" not in e else e.upper(), e])
        c.a("%s: which email should the confirmation go to?" % o)
        c.c(ch(["email: ", "its ", "send to ", "e-mail ", "pls use "]), (t, g), ch(["", " thanks", " (not my work one)", "."]))
        c.note = "typed chat: email"
        return c
    sp = say_email(e)
    c.a(low("%s and an email address for the receipt" % o))
    note = "ASR: spoken email"
    if R.random() < 0.4 and " at " in sp:
        a_, b_ = sp.split(" at ", 1)
        c.c(ch(["yeah it's ", "okay so "]), (a_, g))
        c.a(ch(["mhm at", "okay at what", "go on"]))
        c.c((("at " + b_) if R.random() < 0.5 else b_, g))
        # the domain piece either repeats "at" or not; both normalise consistently
        if not c.turns[-1][1][0][0].startswith("at "):
            # rebuild so that pieces still form a valid address when joined
            c.turns[-1] = ("customer", [("at " + b_, g)])
        note += " split over turns"
    else:
        c.c(ch(["it's ", "um it's ", ""]), (sp, g), ch(["", " all lower case", " all one word"]))
    c.note = note
    return c

def pos_address():
    c = Case("positive", "")
    asr = R.random() < 0.5
    pc = make_postcode(us=R.random() < 0.3)
    ad = make_address(spoken=asr)
    agid, pgid = c.g("ADDRESS", ad), c.g("POSTCODE", pc)
    o = ch(sum(ORGS.values(), []))
    town = ch(TOWNS_US) if pc.isdigit() else ch(TOWNS_UK)
    if not asr:
        c.a("%s: please confirm the delivery address." % o)
        c.c(ch(["", "Address: ", "It's ", "new address is "]), (ad, agid), ", " + town + ch([", ", " "]), (typed_postcode(pc), pgid), ch(["", ". Leave with neighbour at no. %d" % R.randrange(2, 40)]))
        c.note = "typed chat: street address, town and postcode/ZIP"
        return c
    c.a(low("%s can i take the first line of the address" % o))
    c.c(ch(["yeah it's ", "", "um "]), (ad, agid), ch([" in ", ", "]) + town.lower().split(",")[0])
    c.a(ch(["and the postcode", "and the zip code", "and the postcode please"]))
    c.c(ch(["", "it's ", "uh "]), (say_postcode(pc), pgid))
    note = "ASR: address then postcode"
    if R.random() < 0.4:
        rb = c.g("POSTCODE", pc)
        c.a(ch(["so that's ", "i've got "]), (say_postcode(pc), rb))
        note += "; postcode read-back"
    c.note = note
    return c

def pos_dob():
    c = Case("positive", "")
    asr = R.random() < 0.5
    d = make_dob(asr, us=R.random() < 0.4)
    g = c.g("DOB", d)
    o = ch(ORGS["healthcare billing"] + ORGS["insurance"] + ORGS["government"] + ORGS["telecom"])
    if asr:
        c.a(low("%s for security can i take your date of birth" % o))
        c.c(ch(["yeah it's ", "", "um ", "born on the "]) if not d.startswith("the ") else "", (d, g), ch(["", " so i'm %d now" % R.randrange(20, 80), ""]))
        c.note = "ASR: date of birth"
    else:
        c.a("%s: please confirm your date of birth." % o)
        c.c(ch(["DOB ", "dob: ", "Date of birth - ", "born ", ""]), (d, g), ch(["", " (appointment is on the 3rd)", "."]))
        c.note = "typed chat: date of birth"
    return c

def pos_mixed():
    """Longer verification flows with several types."""
    c = Case("positive", "")
    ind, g = greet(True)
    c.a(low(g))
    c.c(ch(["hi i need to update my details", "yeah hi i've moved house", "hiya i'm ringing about my bill"]))
    c.a("okay no problem can i take your date of birth")
    d = make_dob(True)
    c.c(ch(["", "it's "]), (d, c.g("DOB", d)))
    c.a("and the new address")
    ad = make_address(True)
    pc = make_postcode(us=False)
    c.c((ad, c.g("ADDRESS", ad)), " " + ch(TOWNS_UK).lower() + ", ", (say_postcode(pc), c.g("POSTCODE", pc)))
    c.a("lovely and a mobile number")
    n, _ = make_phone()
    sp, canon = say_phone(n)
    c.c((sp, c.g("PHONE", canon)))
    if R.random() < 0.5:
        c.a("and an email")
        e = make_email()
        c.c((say_email(e), c.g("EMAIL", e)))
    c.a(ch(["that's all updated, your next bill of forty two pounds fifty goes out on the third",
            "done, reference for today's call is seven seven four one two nine"]))
    c.note = "ASR (%s): multi-field update with unlabelled amount/reference distractor" % ind
    return c

# ---------------------------------------------------------------- negatives
def neg_cases():
    out = []
    def N(note, *turns):
        c = Case("negative", note)
        for spk, txt in turns:
            c.t(spk, txt)
        out.append(c)
    for _ in range(6):
        card = make_card()
        l4 = card[-4:]
        N("card last four only (PCI-permitted)",
          ("agent", "can you confirm the last four digits of the card"),
          ("customer", ch(["yeah it's the one ending ", "ending in ", "last four are "]) + say_digits(l4)),
          ("agent", "thanks that's the %s ending %s, you're all good" % (ch(["visa", "mastercard", "debit card"]), l4)))
    for _ in range(5):
        N("typed card last-four mention",
          ("customer", ch(["Charge it to the card ending %s pls", "use my Amex ending in %s", "card xxxx-xxxx-xxxx-%s was double charged"]) % rdig(4)),
          ("agent", "Done - receipt sent. Total £%d.%02d" % (R.randrange(5, 500), R.randrange(100))))
    for _ in range(6):
        on = luhn_complete(ch(["4", "5"]), 16)
        lab = ch(["order number", "tracking number", "reference number", "claim reference", "booking reference", "serial number"])
        sp = with_fillers([say_digits(x) for x in card_groups(on)], 0.3)
        N("16-digit %s read like a card number (Luhn-valid by construction) but labelled" % lab,
          ("agent", "can i take the %s" % lab),
          ("customer", "yeah it's " + sp),
          ("agent", "thanks, I've found that %s on the system" % lab))
    for _ in range(5):
        N("typed long reference/invoice/policy numbers",
          ("customer", ch(["Invoice INV-%s-%s still unpaid??", "policy no. POL%s%s", "Ticket #%s%s", "my claim ref is CLM-%s-%s"]) % (rdig(4), rdig(6))),
          ("agent", ch(["Thanks, I can see order %s from %s.", "That ticket %s was raised %s days ago."]) % (rdig(10), R.randrange(2, 30))))
    for _ in range(5):
        N("balances, amounts and percentages",
          ("customer", ch(["what's my balance", "how much do i owe", "why has my bill gone up"])),
          ("agent", ch(["your balance is %s pounds and %s pence" % (two(str(R.randrange(21, 99))) if R.random() < 0.5 else "four hundred and twelve", two(str(R.randrange(11, 99)))),
                        "you owe $%d.%02d and the rate went up %.1f%% in April" % (R.randrange(100, 9999), R.randrange(100), R.random() * 9),
                        "it's €%d,%03d.%02d outstanding, minimum payment %d%%" % (R.randrange(1, 30), R.randrange(1000), R.randrange(100), R.randrange(2, 6))])))
    for _ in range(5):
        h = R.randrange(7, 11)
        N("opening hours, times and durations",
          ("customer", "what time are you open till"),
          ("agent", "we're open %s till %s monday to friday and the wait is about %s minutes right now" % (UW[h] if h < 10 else "ten", ch(["eight", "six thirty", "half five"]), two(str(R.randrange(11, 45))))))
    for _ in range(5):
        y = R.randrange(2024, 2028)
        N("appointment / payment / contract dates (not DOB)",
          ("agent", ch(["your next payment is due on the %s of %s" % (ordinal(R.randrange(1, 29)), ch(MONTHS)),
                         "the engineer is booked for %d/%02d/%d between 8 and 12" % (R.randrange(1, 29), R.randrange(1, 13), y),
                         "your contract ends on %d %s %d" % (R.randrange(1, 29), ch(MONTHS).title(), y),
                         "the appointment is tuesday the %s at two fifteen" % ordinal(R.randrange(1, 29))])),
          ("customer", ch(["okay thanks", "can we move it", "great"])))
    for _ in range(5):
        N("meter readings spoken digit by digit",
          ("agent", "can you give me the meter reading"),
          ("customer", "yeah it's " + with_fillers([say_digits(rdig(3)), say_digits(rdig(2))], 0.4)),
          ("agent", "thanks and the night rate reading"),
          ("customer", say_digits("0" + rdig(4))))
    for _ in range(5):
        N("flight, seat, gate and room numbers",
          ("customer", ch(["I'm on flight BA%d tomorrow, seat %d%s" % (R.randrange(100, 2999), R.randrange(1, 40), ch("ABCDEF")),
                           "we're in room %d, checking out at 11" % R.randrange(100, 1299),
                           "flight EI %d from gate B%d was cancelled" % (R.randrange(100, 999), R.randrange(1, 60))])),
          ("agent", ch(["Thanks, I've rebooked you on the %s departure." % ch(["07:45", "13:20", "18:05"]), "Noted, no charge for that."])))
    for _ in range(4):
        N("ages, counts, temperatures",
          ("customer", ch(["my mum's %s and the house is only %s degrees" % (two(str(R.randrange(71, 96))), two(str(R.randrange(11, 19)))),
                           "there's %d of us travelling, two kids aged %d and %d" % (R.randrange(3, 6), R.randrange(2, 12), R.randrange(2, 12)),
                           "the boiler's been showing %d degrees for %d days" % (R.randrange(30, 80), R.randrange(2, 9))])),
          ("agent", "i'm sorry to hear that let me get someone out"))
    for _ in range(4):
        N("road names and route numbers (not addresses)",
          ("customer", ch(["i broke down on the M%d near junction %d" % (R.randrange(1, 70), R.randrange(1, 30)),
                           "the accident was on I-%d just past exit %d" % (ch([95, 80, 10, 5, 90]), R.randrange(10, 200)),
                           "i was on the A%d heading north" % R.randrange(1, 999),
                           "the van went down the N%d toward Galway" % R.randrange(1, 20)])),
          ("agent", "okay we'll send recovery, it'll be about forty minutes"))
    for _ in range(4):
        N("model and serial numbers with labels",
          ("customer", ch(["model number %s%d-%s, serial %s%s" % (ch(["KDL", "WM", "HX"]), R.randrange(10, 99), rdig(4), ch(["SN", "S/N "]), rdig(10)),
                           "the router says serial number %s and firmware %d.%d.%d" % (rdig(12), R.randrange(1, 9), R.randrange(10), R.randrange(100))])),
          ("agent", "thanks that's still under warranty"))
    for _ in range(4):
        N("years and data usage",
          ("customer", ch(["I've been with you since %d and used %dGB this month" % (R.randrange(1995, 2020), R.randrange(2, 200)),
                           "i've been a customer since nineteen ninety %s" % ch(UW[1:])])),
          ("agent", "thanks for your loyalty"))
    for _ in range(4):
        N("typed long digit strings that are not PII (tracking/IMEI-like with label)",
          ("customer", ch(["Tracking: 1Z%s%s", "IMEI %s%s", "parcel ref JD%s%s GB"]) % (rdig(8), rdig(7))),
          ("agent", "It shows as out for delivery today."))
    for _ in range(4):
        N("reference number read in pairs and hundreds",
          ("agent", "have you got the reference from the letter"),
          ("customer", "yeah it's " + with_fillers([say_digits(rdig(3), hund=True, pairs=True) for _ in range(3)], 0.4)),
          ("agent", "perfect that's your case reference, keep that handy"))
    for _ in range(4):
        N("account balance, payments counts and durations in chat",
          ("customer", "I've paid %d instalments of £%d.%02d over %d months" % (R.randrange(2, 12), R.randrange(10, 99), R.randrange(100), R.randrange(3, 24))),
          ("agent", "Thanks, %d payments remain." % R.randrange(1, 10)))
    for _ in range(4):
        N("policy number said with label in ASR",
          ("agent", "what's your policy number"),
          ("customer", "policy number is p o l " + say_digits(rdig(8), pairs=R.random() < 0.5)),
          ("agent", "thank you I've got the policy up"))
    for _ in range(4):
        N("prices and promotion codes",
          ("customer", "the website said %d99 for the sofa with code SAVE%d" % (R.randrange(1, 9), R.randrange(10, 50))),
          ("agent", "that's right it's %s ninety nine with %d percent off" % (ch(["four hundred and", "six hundred and", "eight hundred and"]), R.randrange(5, 40))))
    for _ in range(4):
        N("clock times and phone menu options",
          ("agent", "if you call back press %s then %s between %s and %s" % (ch(UW[1:]), ch(UW[1:]), ch(["eight", "nine"]), ch(["five", "six thirty"]))),
          ("customer", "okay so option %d then %d, thanks" % (R.randrange(1, 9), R.randrange(1, 9))))
    for _ in range(4):
        N("order number spelled with NATO letters and digits",
          ("agent", "can you read me the order reference"),
          ("customer", "order reference " + say_alnum(ch(["ab", "xk", "qr", "mz"]) + rdig(6), lstyle="nato")),
          ("agent", "got it that was shipped on monday"))
    for _ in range(4):
        N("sort-code-like and account-like numbers that are extension/branch/store numbers",
          ("agent", ch(["you can call the branch on extension %s" % say_digits(rdig(4)),
                         "that store number is %s-%s-%s" % (rdig(2), rdig(2), rdig(2)),
                         "transfer you to team %s" % say_digits(rdig(3))])),
          ("customer", "okay thank you"))
    for _ in range(3):
        N("energy usage and tariff figures",
          ("agent", "you used %d kilowatt hours at %d point %d pence per unit, standing charge %d pence" % (R.randrange(100, 999), R.randrange(20, 40), R.randrange(10), R.randrange(30, 60))),
          ("customer", "that seems high"))
    for _ in range(3):
        N("claim and ticket numbers split across turns with backchannels",
          ("customer", "the claim number is " + say_digits(rdig(4))),
          ("agent", "mhm"),
          ("customer", say_digits(rdig(4)) + " and then " + say_digits(rdig(3))),
          ("agent", "thanks that claim's approved"))
    for _ in range(3):
        N("US claim/member number with SSN-like shape but labelled as member ID",
          ("customer", "member ID %s-%s-%s" % (rdig(3), rdig(2), rdig(4)) if R.random() < 0.5 else "my member id is %s" % say_digits(rdig(9))),
          ("agent", "thank you, that member ID is active"))
    for _ in range(3):
        N("interest rates and durations",
          ("agent", "the fixed rate is %d point %d percent for %s years then it reverts" % (R.randrange(2, 7), R.randrange(10), ch(["two", "five", "three"]))),
          ("customer", "and is there an early repayment charge"),
          ("agent", "yes %d percent in year one" % R.randrange(1, 5)))
    return out

# ---------------------------------------------------------------- assemble
def generate():
    R.seed(SEED)
    pos = []
    for i in range(52):
        pos.append(pos_card(None if i % 3 else False))
    for _ in range(32):
        pos.append(pos_ssn())
    for _ in range(32):
        pos.append(pos_ni())
    for _ in range(14):
        pos.append(pos_bank())
    for _ in range(5):
        pos.append(pos_us_acct())
    for _ in range(13):
        pos.append(pos_iban())
    for _ in range(14):
        pos.append(pos_phone())
    for _ in range(14):
        pos.append(pos_email())
    for _ in range(14):
        pos.append(pos_address())
    for _ in range(10):
        pos.append(pos_dob())
    for _ in range(8):
        pos.append(pos_mixed())
    negs = neg_cases()
    R.shuffle(pos)
    R.shuffle(negs)
    recs, metas = [], []
    for i, c in enumerate(pos, 1):
        rec, meta = c.build("h344-pos-%03d" % i)
        recs.append(rec)
        metas.append((c, meta))
    for i, c in enumerate(negs, 1):
        rec, meta = c.build("h344-neg-%03d" % i)
        recs.append(rec)
        metas.append((c, meta))
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return data, recs, metas

def check(data, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        on_disk = f.read()
    if on_disk != data:
        errs.append("file is not byte-identical to regenerated output")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (c, meta) in zip(recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append(r["id"] + ": negative with spans")
        if r["kind"] == "positive" and not r["spans"]:
            errs.append(r["id"] + ": positive without spans")
        by_turn = {}
        texts = {}
        for sp, gid in zip(r["spans"], meta):
            t = r["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(t)):
                errs.append("%s: span out of range" % r["id"])
                continue
            v = t[s:e]
            if not (v[0].isalnum() or v[0] == "+") or not v[-1].isalnum() or v != v.strip():
                errs.append("%s: span %r not trimmed to value" % (r["id"], v))
            if (s > 0 and t[s - 1].isalnum()) or (e < len(t) and t[e].isalnum()):
                errs.append("%s: span %r not on word boundary" % (r["id"], v))
            by_turn.setdefault(sp["turn"], []).append((s, e))
            texts.setdefault(gid, []).append(v)
        for tl in by_turn.values():
            tl.sort()
            for (a1, b1), (a2, b2) in zip(tl, tl[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        for gid, vals in texts.items():
            typ, canon, mode = c.groups[gid]
            try:
                err = validate_group(typ, canon, mode, " ".join(vals))
            except Exception as ex:  # noqa
                err = "exception %s" % ex
            if err:
                errs.append("%s: %s: %s" % (r["id"], typ, err))
            if mode == "last4":
                full = [cc for cc in c.groups.values() if cc[0] == "CARD_NUMBER" and cc[2] is None and cc[1].endswith(canon)]
                if not full:
                    errs.append("%s: last-four labelled without full card in case" % r["id"])
    return errs

def counts(recs):
    by = {}
    for r in recs:
        for s in r["spans"]:
            by[s["type"]] = by.get(s["type"], 0) + 1
    return by

def main():
    data, recs, metas = generate()
    if "--check" in sys.argv:
        errs = check(data, recs, metas)
        by = counts(recs)
        npos = sum(r["kind"] == "positive" for r in recs)
        nneg = len(recs) - npos
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for t in ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE", "IBAN",
                  "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]:
            if by.get(t, 0) < need.get(t, 10):
                errs.append("too few %s spans: %d" % (t, by.get(t, 0)))
        if npos < 200 or nneg < 100:
            errs.append("too few cases: %d positive, %d negative" % (npos, nneg))
        for e in errs:
            print("ERROR", e)
        print("positive=%d negative=%d spans=%s" % (npos, nneg, json.dumps(by, sort_keys=True)))
        if errs:
            sys.exit(1)
        print("check OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(data)
    print("wrote %d cases to %s" % (len(recs), os.path.normpath(OUT)))

if __name__ == "__main__":
    main()

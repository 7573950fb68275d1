#!/usr/bin/env python3
"""Generate the pii_holdout537 held-out PII redaction evaluation set.

Writes tests/fixtures/pii_holdout537/cases.jsonl.  Every turn is assembled
from plain-text segments and labelled value segments, so span offsets are
computed, never typed by hand.

    python scripts/make_pii_holdout537.py           # (re)write the file
    python scripts/make_pii_holdout537.py --check   # regenerate and verify

Standard library only.  One random generator: random.Random(537241125).
"""
import argparse
import json
import os
import random
import re
import sys
from collections import Counter

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout537", "cases.jsonl")
R = random.Random(537241125)

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]


def ch(seq):
    return R.choice(seq)


def p(x):
    return R.random() < x


# ---------------------------------------------------------------- spoken forms
DIG = "zero one two three four five six seven eight nine".split()
TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}
FILL = ["um", "uh", "er", "erm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
       "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
       "seventeenth", "eighteenth", "nineteenth", "twentieth"]
NATO = {"a": ["alpha", "apple"], "b": ["bravo", "bob"], "c": ["charlie"], "d": ["delta", "david"],
        "e": ["echo", "edward"], "f": ["foxtrot", "freddie"], "g": ["golf", "george"],
        "h": ["hotel", "harry"], "i": ["india"], "o": ["oscar"], "j": ["juliet", "john"], "k": ["kilo", "king"],
        "l": ["lima", "london"], "m": ["mike", "mother"], "n": ["november", "nancy"],
        "p": ["papa", "peter"], "q": ["quebec", "queen"], "r": ["romeo", "robert"],
        "s": ["sierra", "sugar"], "t": ["tango", "tommy"], "u": ["uniform"], "v": ["victor"],
        "w": ["whiskey", "william"], "x": ["x-ray", "xylophone"], "y": ["yankee", "yellow"],
        "z": ["zulu", "zebra"]}


def zero_word():
    return ch(["oh", "oh", "oh", "zero", "nought", "o"])


def dword(d):
    return zero_word() if d == "0" else DIG[int(d)]


def n2w(n):
    """10..99 as words (callers guarantee pair_ok)."""
    if n < 20:
        return TEEN[n - 10]
    t, u = divmod(n, 10)
    return TENS[t] + ("" if u == 0 else " " + DIG[u])


def pair_ok(s):
    return len(s) == 2 and s[0] != "0" and (s[0] == "1" or s[1] != "0")


def speak_digits_plain(g):
    out, i = [], 0
    while i < len(g):
        d = g[i]
        run = 1
        while i + run < len(g) and g[i + run] == d:
            run += 1
        if run >= 3 and p(0.5):
            out.append("triple " + dword(d)); i += 3
        elif run >= 2 and p(0.6):
            out.append("double " + dword(d)); i += 2
        else:
            out.append(dword(d)); i += 1
    return " ".join(out)


def speak_group(g, pairs=0.3, hundreds=0.2):
    if len(g) == 3 and g[0] != "0" and p(hundreds):
        if g[1:] == "00":
            return DIG[int(g[0])] + " hundred"
        if g[1] == "0" and g[2] != "0":
            return DIG[int(g[0])] + " hundred and " + DIG[int(g[2])]
        if pair_ok(g[1:]):
            return DIG[int(g[0])] + " hundred and " + n2w(int(g[1:]))
    if len(g) % 2 == 0 and p(pairs):
        parts = []
        for i in range(0, len(g), 2):
            q = g[i:i + 2]
            parts.append(n2w(int(q)) if pair_ok(q) else speak_digits_plain(q))
        return " ".join(parts)
    return speak_digits_plain(g)


def join_spoken(parts, fill=0.15):
    out = parts[0]
    for q in parts[1:]:
        sep = ch([" ", " ", ", ", " ... "])
        if p(fill):
            sep = sep + ch(FILL) + " "
        out += sep + q
    return out


def speak_letter(c, nato=0.4):
    c = c.lower()
    if (p(nato) or c == "o") and c in NATO:
        return c + ch([" for ", " as in "]) + ch(NATO[c])
    return c


def groups_of(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


# ----------------------------------------------------------------- normaliser
WORDNUM = {w: str(i) for i, w in enumerate(DIG)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0"})
TEENNUM = {w: str(10 + i) for i, w in enumerate(TEEN)}
TENSNUM = {v: k for k, v in TENS.items()}
ORDNUM = {w: i for i, w in enumerate(ORD) if w}
ORDNUM["thirtieth"] = 30
NATOWORDS = {w: k for k, ws in NATO.items() for w in ws}
FILLERS = set(FILL) | {"uhm"}


def normalise(text):
    """Spoken or typed value -> list of tokens (digit strings, letters, words, punctuation)."""
    toks = re.findall(r"x-ray|[a-z]+|\d+|[^\sa-z\d]", text.lower())
    out, i = [], 0

    def small(j):
        """parse a 1..99 number word at j -> (value, next_index) or None"""
        if j >= len(toks):
            return None
        t = toks[j]
        if t in TEENNUM:
            return int(TEENNUM[t]), j + 1
        if t in TENSNUM:
            if j + 1 < len(toks) and toks[j + 1] in WORDNUM and toks[j + 1] not in ("zero", "oh", "o", "nought"):
                return TENSNUM[t] * 10 + int(WORDNUM[toks[j + 1]]), j + 2
            return TENSNUM[t] * 10, j + 1
        if t in WORDNUM and t not in ("oh", "o", "nought", "zero"):
            return int(WORDNUM[t]), j + 1
        return None

    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if len(t) == 1 and t.isalpha() and nxt in ("for", "as"):
            j = i + 2 + (1 if nxt == "as" else 0)
            out.append(t); i = j + 1
        elif t in FILLERS or t in MONTHS:
            if t in MONTHS:
                out.append(t)
            i += 1
        elif t in ("double", "triple") and nxt is not None:
            k = 2 if t == "double" else 3
            v = WORDNUM.get(nxt, nxt if len(nxt) == 1 else None)
            if v is None:
                out.append(t); i += 1
            else:
                out.extend([v] * k); i += 2
        elif t == "hundred" or t == "thousand":
            width = 2 if t == "hundred" else 3
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            sm = small(j)
            if sm is not None and (j > i + 1 or t == "hundred"):
                out.append(str(sm[0]).zfill(width)); i = sm[1]
            else:
                out.append("0" * width); i += 1
        elif t in TENSNUM:
            if nxt in ORDNUM and ORDNUM[nxt] < 10:
                out.append(str(TENSNUM[t] * 10 + ORDNUM[nxt])); i += 2
            else:
                sm = small(i); out.append(str(sm[0])); i = sm[1]
        elif t in TEENNUM:
            out.append(TEENNUM[t]); i += 1
        elif t in WORDNUM:
            out.append(WORDNUM[t]); i += 1
        elif t in ORDNUM:
            out.append(str(ORDNUM[t])); i += 1
        elif t in NATOWORDS:
            out.append(NATOWORDS[t]); i += 1
        elif t == "plus":
            out.append("+"); i += 1
        elif t == "dot":
            out.append("."); i += 1
        elif t == "at":
            out.append("@"); i += 1
        elif t == "underscore":
            out.append("_"); i += 1
        elif t in ("dash", "hyphen"):
            out.append("-"); i += 1
        elif t in ("and", "the", "of", "space", "then"):
            i += 1
        else:
            out.append(t); i += 1
    return out


def luhn_ok(d):
    tot = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def iban_ok(s):
    lens = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "BE": 16}
    if len(s) < 4 or lens.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")
EMAIL_RE = re.compile(r"^[a-z0-9][a-z0-9._+-]*@[a-z0-9-]+(\.[a-z0-9-]+)+$")
STREETS = ["street", "road", "avenue", "lane", "close", "drive", "crescent", "way", "court",
           "gardens", "terrace", "place", "grove", "boulevard", "rd", "st", "ave", "ln", "square", "row", "hill", "park", "walk", "mews"]


def validate(typ, text, partial):
    toks = normalise(text)
    digits = "".join(t for t in toks if t.isdigit())
    alnum = "".join(t.upper() for t in toks if t.isalnum())
    if partial:
        return bool(digits) or bool(alnum)
    if typ == "CARD_NUMBER":
        return 13 <= len(digits) <= 19 and digits == alnum and luhn_ok(digits)
    if typ == "CVV":
        return len(digits) in (3, 4) and digits == alnum
    if typ == "SSN":
        return (len(digits) == 9 and digits[:3] not in ("000", "666") and digits[0] != "9"
                and digits[3:5] != "00" and digits[5:] != "0000")
    if typ == "NI_NUMBER":
        return bool(NI_RE.match(alnum)) and alnum[:2] not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ")
    if typ == "SORT_CODE":
        return len(digits) == 6 and digits == alnum
    if typ == "BANK_ACCOUNT":
        return 6 <= len(digits) <= 17 and digits == alnum
    if typ == "IBAN":
        return iban_ok(alnum)
    if typ == "PHONE":
        return 10 <= len(digits) <= 15
    if typ == "EMAIL":
        return bool(EMAIL_RE.match("".join(toks)))
    if typ == "POSTCODE":
        return bool(UKPC_RE.match(alnum)) or bool(re.match(r"^\d{5}(\d{4})?$", alnum))
    if typ == "ADDRESS":
        return bool(digits) and any(t in STREETS for t in toks)
    if typ in ("DOB", "EXPIRY"):
        has_month = any(t in MONTHS or t[:3] in [m[:3] for m in MONTHS] for t in toks if t.isalpha() and len(t) >= 3)
        nums = [t for t in toks if t.isdigit()]
        if typ == "EXPIRY":
            if has_month:
                return bool(nums) and len("".join(nums)) in (2, 4)
            return len(digits) in (4, 6) and 1 <= int(digits[:2]) <= 12
        if has_month:
            yr = "".join(nums)[-4:] if len(nums) >= 2 and len(nums[-1]) == 2 and nums[-2] in ("19", "20") else nums[-1] if nums else ""
            if len(nums) >= 2 and nums[-2] == "2" and len(nums[-1]) == 3:
                yr = nums[-2] + nums[-1]
            return bool(yr) and ((1920 <= int(yr) <= 2010 if len(yr) == 4 else len(yr) == 2) or len(nums[-1]) == 2)
        compact = re.sub(r"\s+", "", text)
        return bool(re.match(r"^(\d{1,2}[/.-]\d{1,2}[/.-](\d{2}|\d{4})|\d{4}-\d{2}-\d{2})$", compact)) or len(digits) in (6, 8)
    return False


# ------------------------------------------------------------------ case model
class V:
    def __init__(self, text, typ, gid):
        self.text, self.typ, self.gid = text, typ, gid


class Case:
    def __init__(self, kind, asr):
        self.kind, self.asr = kind, asr
        self.turns, self.groups = [], {}
        self.notes = []

    def group(self, typ, partial=False):
        gid = len(self.groups)
        self.groups[gid] = (typ, partial)
        return gid

    def v(self, text, typ, partial=False):
        return V(text, typ, self.group(typ, partial))

    def say(self, speaker, *segs):
        self.turns.append((speaker, [s for s in segs if s != ""]))

    def build(self, cid, note):
        turns, spans, gspans = [], [], []
        for ti, (spk, segs) in enumerate(self.turns):
            text = ""
            for s in segs:
                if isinstance(s, V):
                    spans.append({"turn": ti, "start": len(text), "end": len(text) + len(s.text), "type": s.typ})
                    gspans.append(s.gid)
                    text += s.text
                else:
                    text += s
            turns.append({"speaker": spk, "text": text})
        rec = {"id": cid, "kind": self.kind, "turns": turns, "spans": spans, "note": note}
        return rec, gspans


# --------------------------------------------------------------- value makers
def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randrange(10)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def make_card():
    k = R.random()
    if k < 0.45:
        return luhn_complete("4", 16)
    if k < 0.72:
        return luhn_complete(ch(["51", "52", "53", "54", "55", "2221", "2720"]), 16)
    if k < 0.85:
        return luhn_complete(ch(["34", "37"]), 15)
    if k < 0.92:
        return luhn_complete("6011", 16)
    if k < 0.96:
        return luhn_complete("4", 13)
    return luhn_complete(ch(["6759", "4"]), 19)


def card_sizes(d):
    if len(d) == 15:
        return [4, 6, 5]
    if len(d) == 13:
        return [4, 4, 5]
    if len(d) == 19:
        return [4, 4, 4, 4, 3]
    return [4, 4, 4, 4]


def typed_card(d):
    if len(d) == 16 and p(0.25):
        sizes = ch([[8, 8], [4, 4, 8], [6, 10], [4, 12]])
    else:
        sizes = card_sizes(d)
    sep = ch([" ", " ", "-", "", " - ", ".", "  "])
    return sep.join(groups_of(d, sizes))


def make_ssn():
    a = R.choice([R.randrange(1, 666), R.randrange(667, 900)])
    return "%03d%02d%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


NI1 = "ABCEGHJKLMNPRSTWXYZ"
NI2 = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        pre = ch(NI1) + ch(NI2)
        if pre not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return pre + "".join(str(R.randrange(10)) for _ in range(6)) + ch("ABCD")


def typed_ni(n):
    f = ch(["compact", "pairs", "threes", "compact"])
    if f == "compact":
        s = n
    elif f == "pairs":
        s = " ".join([n[:2], n[2:4], n[4:6], n[6:8], n[8]])
    else:
        s = n[:2] + " " + n[2:5] + " " + n[5:8] + " " + n[8]
    return ch([s, s, s.lower(), s[:2].title() + s[2:]])


def spoken_ni(n):
    pre = speak_letter(n[0], 0.35) + " " + speak_letter(n[1], 0.35)
    mid = n[2:8]
    if p(0.4):
        nums = [speak_group(mid[i:i + 2], pairs=0.9) for i in (0, 2, 4)]
    else:
        nums = [speak_group(mid[:3], 0.1, 0.2), speak_group(mid[3:], 0.1, 0.2)]
    return pre + ch([" ", ", "]) + join_spoken(nums) + ch([" ", ", ", " and then "]) + speak_letter(n[8], 0.5)


def iban_for(cc, bban):
    r = bban + cc + "00"
    chk = 98 - int("".join(str(int(c, 36)) for c in r)) % 97
    return cc + "%02d" % chk + bban


def make_iban():
    cc = ch(["GB", "IE", "DE", "FR", "NL", "ES", "IT", "BE"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if cc == "GB":
        b = ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + dg(14)
    elif cc == "IE":
        b = ch(["AIBK", "BOFI", "IPBS"]) + dg(14)
    elif cc == "DE":
        b = dg(18)
    elif cc == "FR":
        b = dg(23)
    elif cc == "NL":
        b = ch(["ABNA", "INGB", "RABN"]) + dg(10)
    elif cc == "ES":
        b = dg(20)
    elif cc == "IT":
        b = ch("ABCDEFGHJKLMNPRSTUVWXYZ") + dg(22)
    else:
        b = dg(12)
    return iban_for(cc, b)


def spoken_alnum(s, nato=0.25):
    out, buf = [], ""
    for c in s + "#":
        if c.isdigit():
            buf += c
            continue
        if buf:
            out.append(speak_group(buf, 0.2, 0.0)); buf = ""
        if c.isalpha():
            out.append(speak_letter(c, nato))
    return " ".join(out)


def make_phone():
    k = ch(["uk_mob", "uk_land", "uk_intl", "us", "us_intl", "ie", "ie_intl", "fr_intl", "de_intl", "es_intl"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if k == "uk_mob":
        d = "07" + ch("3456789") + dg(8); return d, [d[:5], d[5:]], ch([d[:5] + " " + d[5:], d, d[:5] + " " + d[5:8] + " " + d[8:]])
    if k == "uk_land":
        d = ch(["0161", "0113", "0121", "0141", "0117", "0191"]) + dg(7)
        return d, [d[:4], d[4:7], d[7:]], ch([d[:4] + " " + d[4:7] + " " + d[7:], d, d[:4] + "-" + d[4:]])
    if k == "uk_intl":
        d = "447" + ch("3456789") + dg(8)
        return d, [d[:2], d[2:6], d[6:]], ch(["+44 " + d[2:6] + " " + d[6:], "+44 (0)" + d[2:6] + " " + d[6:], "0044 " + d[2:]])
    if k in ("us", "us_intl"):
        d = ch("23456789") + dg(2) + ch("23456789") + dg(6)
        if k == "us":
            return d, [d[:3], d[3:6], d[6:]], ch([d[:3] + "-" + d[3:6] + "-" + d[6:], d[:3] + "." + d[3:6] + "." + d[6:], d[:3] + " " + d[3:6] + " " + d[6:]])
        return "1" + d, ["1", d[:3], d[3:6], d[6:]], ch(["+1 " + d[:3] + " " + d[3:6] + " " + d[6:], "1-" + d[:3] + "-" + d[3:6] + "-" + d[6:], "+1-" + d[:3] + "-" + d[3:6] + "-" + d[6:]])
    if k == "ie":
        d = "08" + ch("35679") + dg(7)
        return d, [d[:3], d[3:6], d[6:]], d[:3] + " " + d[3:6] + " " + d[6:]
    if k == "ie_intl":
        d = "3538" + ch("35679") + dg(7)
        return d, [d[:3], d[3:5], d[5:8], d[8:]], "+353 " + d[3:5] + " " + d[5:8] + " " + d[8:]
    if k == "fr_intl":
        d = "336" + dg(8)
        return d, [d[:2], d[2:3], d[3:5], d[5:7], d[7:9], d[9:]], "+33 " + " ".join([d[2], d[3:5], d[5:7], d[7:9], d[9:]])
    if k == "de_intl":
        d = "4915" + ch("127") + dg(8)
        return d, [d[:2], d[2:5], d[5:]], "+49 " + d[2:5] + " " + d[5:]
    d = "346" + dg(8)
    return d, [d[:2], d[2:5], d[5:8], d[8:]], "+34 " + d[2:5] + " " + d[5:8] + " " + d[8:]


FIRST = ["sarah", "james", "aoife", "priya", "tomasz", "li", "marcus", "niamh", "oluwaseun", "greta",
         "dave", "fatima", "connor", "beatriz", "hannah", "raj", "siobhan", "kwame", "elena", "gareth"]
LAST = ["okafor", "mcallister", "patel", "kowalski", "nguyen", "fitzgerald", "smythe", "dubois",
        "o'brien", "khan", "jones", "schmidt", "rossi", "wright", "murphy", "hughes", "delaney", "byrne"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "outlook.com", "yahoo.com", "icloud.com", "btinternet.com",
           "eircom.net", "gmx.de", "orange.fr", "protonmail.com", "live.ie", "aol.com", "work-mail.co.uk"]


def make_email():
    f, l = ch(FIRST), ch(LAST).replace("'", "")
    style = ch(["f.l", "fl", "f_l", "fN", "f.lN", "il", "l.f"])
    n = str(R.randrange(1, 99)) if "N" in style else ""
    if style == "il":
        local = f[0] + l
    elif style == "l.f":
        local = l + "." + f
    else:
        local = style.replace("f", f, 1).replace("l", l, 1).replace("N", n)
    dom = ch(DOMAINS)
    return local, dom


def typed_email(local, dom):
    e = local + "@" + dom
    return ch([e, e, e, e.title() if p(0.3) else e.upper() if p(0.2) else e])


def spoken_email(local, dom):
    def word(w):
        out = []
        for part in re.findall(r"[a-z]+|\d+|[._-]", w):
            if part == ".":
                out.append("dot")
            elif part == "_":
                out.append("underscore")
            elif part == "-":
                out.append(ch(["dash", "hyphen"]))
            elif part.isdigit():
                out.append(n2w(int(part)) if len(part) == 2 and pair_ok(part) else speak_digits_plain(part))
            elif len(part) > 3 and p(0.2):
                out.append(" ".join(part))  # spelled out letter by letter
            else:
                out.append(part)
        return " ".join(out)
    return word(local) + " " + ch(["at", "at"]) + " " + word(dom)


def make_date(lo, hi):
    return R.randrange(1, 29), R.randrange(1, 13), R.randrange(lo, hi)


def typed_dob(d, m, y):
    M = MONTHS[m - 1].title()
    return ch(["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y), "%02d.%02d.%02d" % (d, m, y % 100),
               "%d %s %d" % (d, M, y), "%s %d, %d" % (M, d, y), "%d-%02d-%02d" % (y, m, d),
               "%02d/%02d/%d" % (m, d, y), "%d %s %d" % (d, M[:3], y), "%d%s %s %d" % (d, ordsuf(d), M, y)])


def ordsuf(d):
    return "th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def spoken_day(d):
    if d <= 20:
        return ORD[d]
    t, u = divmod(d, 10)
    return TENS[t] + (" " + ORD[u] if u else "ieth")


def spoken_year(y, short_ok=True):
    if y >= 2000:
        r = y - 2000
        return ch(["two thousand and " + (DIG[r] if r < 10 else n2w(r)) if r else "two thousand",
                   "twenty " + (n2w(r) if pair_ok("%02d" % r) else "oh " + DIG[r % 10] if r < 10 and r else n2w(r) if r >= 10 else "hundred")])
    hi = n2w(y // 100)
    lo = y % 100
    lo_w = n2w(lo) if pair_ok("%02d" % lo) else ("oh " + DIG[lo] if 0 < lo < 10 else TENS[lo // 10] if lo >= 20 else "ten")
    if short_ok and p(0.3):
        return lo_w
    return hi + " " + lo_w


def spoken_dob(d, m, y):
    M = MONTHS[m - 1]
    return ch(["the " + spoken_day(d) + " of " + M + " " + spoken_year(y),
               spoken_day(d) + " of " + M + " " + spoken_year(y),
               M + " the " + spoken_day(d) + " " + spoken_year(y),
               M + " " + spoken_day(d) + " " + spoken_year(y, False),
               spoken_day(d) + " " + M + " " + ch(FILL) + " " + spoken_year(y, False)])


def make_expiry():
    return R.randrange(1, 13), R.randrange(25, 33)


def typed_expiry(m, y):
    return ch(["%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d / %02d" % (m, y),
               "%s %d" % (MONTHS[m - 1][:3].title(), 2000 + y), "%02d%02d" % (m, y)])


def spoken_expiry(m, y):
    mm = "%02d" % m
    mw = ("oh " + DIG[m]) if m < 10 else n2w(m)
    yw = n2w(y) if pair_ok("%02d" % y) else "thirty"
    return ch([mw + " " + yw, mw + " " + ch(FILL) + " " + yw, MONTHS[m - 1] + " " + yw,
               MONTHS[m - 1] + " twenty " + yw, mw + " slash " + yw,
               speak_digits_plain(mm) + " " + ch(["twenty ", ""]) + yw])


UK_OUT = ["SW1A", "EC1V", "M1", "M14", "B33", "LS6", "G12", "EH3", "CF10", "BS8", "NE1", "L17", "N7",
          "E14", "SE15", "W5", "NW3", "CR0", "RG1", "BT9", "CB2", "DY1", "PL4", "S10"]
IN_L = "ABDEFGHJLNPQRSTUWXYZ"


def make_postcode():
    if p(0.65):
        return "uk", ch(UK_OUT) + str(R.randrange(10)) + ch(IN_L) + ch(IN_L)
    z = "%05d" % R.randrange(1001, 99951)
    if p(0.3):
        z += "%04d" % R.randrange(1, 10000)
    return "us", z


def typed_postcode(kind, pc):
    if kind == "uk":
        s = pc[:-3] + " " + pc[-3:]
        return ch([s, s, pc, s.lower()])
    return pc if len(pc) == 5 else pc[:5] + "-" + pc[5:]


def spoken_postcode(kind, pc):
    if kind == "uk":
        return spoken_alnum(pc[:-3], 0.2) + ch([" ", ", ", " ... "]) + spoken_alnum(pc[-3:], 0.2)
    return join_spoken([speak_group(pc[:5], 0.2, 0.0)] + ([speak_group(pc[5:], 0.3)] if len(pc) > 5 else []), 0.1)


STREET_NAMES = ["Acacia", "Mill", "Station", "Church", "Victoria", "Elm", "Maple", "Kingsway", "Oak",
                "Fairview", "Harbour", "Glenview", "Castle", "Willow", "Meadow", "Brookfield", "Park", "Orchard", "Sycamore", "Beech"]
SUFFIX = ["Street", "Road", "Avenue", "Lane", "Close", "Drive", "Crescent", "Way", "Court", "Gardens",
          "Terrace", "Place", "Grove", "Boulevard", "Mews", "Walk"]
TOWNS_UK = ["Leeds", "Manchester", "Bristol", "Glasgow", "Cardiff", "Croydon", "Reading", "Belfast", "Sheffield", "York"]
TOWNS_US = ["Springfield", "Austin, TX", "Dayton, Ohio", "Portland, OR", "Tucson", "Albany, NY"]


def make_address():
    num = R.randrange(1, 240) if p(0.85) else R.randrange(1000, 9999)
    flat = R.randrange(1, 30) if p(0.25) else None
    street = ch(STREET_NAMES) + " " + ch(SUFFIX)
    return flat, num, street


def typed_address(flat, num, street):
    s = street if p(0.8) else street.lower()
    if p(0.15):
        s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave")
    base = "%d %s" % (num, s)
    if p(0.1) and num < 300:
        base = "%d%s %s" % (num, ch(["a", "b", "A"]), s)
    if flat:
        base = ch(["Flat %d, " % flat, "Apt %d, " % flat, "flat %d " % flat, "Unit %d/" % flat]) + base
    return base


def spoken_number(n):
    if n < 10:
        return DIG[n]
    if n < 100:
        return n2w(n) if pair_ok(str(n)) else (TENS[n // 10] if n >= 20 else "ten")
    if n < 1000:
        r = n % 100
        if r == 0:
            return DIG[n // 100] + " hundred"
        return DIG[n // 100] + " hundred and " + (DIG[r] if r < 10 else n2w(r) if pair_ok("%02d" % r) else TENS[r // 10] if r >= 20 else "ten")
    return speak_group(str(n), 0.6, 0.0)


def spoken_address(flat, num, street):
    s = ("flat " + spoken_number(flat) + ch([" ", ", "])) if flat else ""
    return s + spoken_number(num) + " " + street.lower()


# ------------------------------------------------------------------ context
INDUSTRY = {
    "banking": ["Harbourside Bank", "Northgate Building Society", "Cobalt Credit Union"],
    "telecom": ["Skylink Mobile", "Verata Broadband", "Tellis Communications"],
    "utilities": ["Northway Energy", "Blue Ridge Water", "Emerald Gas & Power"],
    "retail": ["Halden & Co", "ParcelPoint Shopping", "Brightmart"],
    "insurance": ["Sentinel Insurance", "Covera Home & Motor", "Lighthouse Life"],
    "travel": ["Aerfly Airlines", "Costa Holidays", "Railway Direct"],
    "healthcare billing": ["MedPay Billing Services", "St Anne's Clinic accounts", "CareFirst Patient Billing"],
    "government services": ["the Vehicle Licensing Office", "Revenue & Benefits Helpline", "City Council Tax Team"],
}


def opener(case, ind):
    co = ch(INDUSTRY[ind])
    if case.asr:
        case.say("agent", ch(["thank you for calling ", "hi you're through to ", "good morning ", "hello "]) + co.lower() +
                 ch([" my name's dan how can i help", " this is priya speaking", " you're speaking with gemma how can i help today", " calls are recorded for training purposes"]))
        case.say("customer", ch(["hi yeah um ", "hello ", "yeah hi ", "oh hi "]) + ch([
            "i'm calling about my bill", "i need to update some details", "i want to make a payment",
            "there's a problem with my account", "i'm ringing about a letter i got", "i need to change my direct debit",
            "my card got declined", "i'm trying to book something"]))
    else:
        case.say("agent", ch(["Hi, thanks for contacting ", "Welcome to ", "Hello and welcome to "]) + co +
                 ch([" chat. How can I help?", " support. What can I do for you today?", "! You're chatting with Ola."]))
        case.say("customer", ch(["hi, ", "Hello - ", "hiya ", ""]) + ch([
            "need to update my payment details pls", "I want to pay the outstanding balance",
            "can you check my account? been charged twice", "im trying to verify my identity",
            "my new card hasnt been linked", "I got an email asking me to confirm my details"]))
    return co


BACKCH = ["mhm", "go on", "yep", "okay", "uh huh", "yeah", "got that", "right", "mm hm", "okay go on", "sorry go ahead"]


def decoy(case, typed, last4=True):
    """A dangerous non-PII number with an identity/card word nearby. Returns a text (never labelled).
    last4=False in cases where a full card is read (there a last-four mention would be PII)."""
    kinds = ["ref16", "ref16", "ssnlike", "nilike", "mpan", "amount", "last4", "dates", "order", "meter", "sortlike", "ticket", "phoneish"]
    k = ch(kinds if last4 else [x for x in kinds if x != "last4"])
    dg = lambda n: "".join(str(R.randrange(10)) for _ in range(n))
    if k == "ref16":
        d = dg(16)
        lab = ch(["loyalty card number", "reference for this call", "booking reference", "membership number",
                  "case reference", "transaction reference", "parcel tracking number", "claim reference"])
        if typed:
            return "your %s is %s" % (lab, " ".join(groups_of(d, [4, 4, 4, 4])))
        return "your %s is %s" % (lab, join_spoken([speak_group(g) for g in groups_of(d, [4, 4, 4, 4])]))
    if k == "ssnlike":
        d = dg(9)
        lab = ch(["claim number", "case number", "ticket number", "member ID", "invoice number", "group number on the card"])
        if typed:
            return "%s %s-%s-%s" % (lab, d[:3], d[3:5], d[5:])
        return "the %s is %s" % (lab, join_spoken([speak_group(g) for g in groups_of(d, [3, 2, 4])]))
    if k == "nilike":
        n = ch("ABCEHJKLMNPRSTWXYZ") + ch("ABCEHJKLMNPRSTWXYZ") + dg(6) + ch("ABCD")
        lab = ch(["policy number", "vehicle reference", "booking ref", "contract ID", "customer reference"])
        if typed:
            return "%s %s" % (lab, ch([n, n[:2] + " " + n[2:4] + " " + n[4:6] + " " + n[6:8] + " " + n[8]]))
        return "%s %s" % (lab, spoken_ni(n))
    if k == "mpan":
        d = dg(13)
        if typed:
            return "MPAN (meter point number) %s %s %s" % (d[:2], d[2:6], d[6:])
        return "the meter point number on the bill is %s" % join_spoken([speak_group(g) for g in groups_of(d, [2, 4, 4, 3])])
    if k == "amount":
        a = R.randrange(100, 99999)
        if typed:
            return ch(["the balance is £%s.%02d" % (format(a, ","), R.randrange(100)), "outstanding amount $%d.%02d" % (a, R.randrange(100)),
                       "a credit limit of €%s" % format(a * 10, ",")])
        return "the balance is %s pounds %s" % (spoken_number(a % 1000), spoken_number(R.randrange(10, 99)))
    if k == "last4":
        d = dg(4)
        if typed:
            return ch(["the card ending %s", "your Visa ending in %s", "card ****%s", "the debit card xxxx-xxxx-xxxx-%s"]) % d
        return ch(["the card ending ", "your card ending in ", "the one that ends "]) + join_spoken([speak_digits_plain(d)], 0)
    if k == "dates":
        d, m, y = make_date(2024, 2027)
        if typed:
            return ch(["your next payment is due %02d/%02d/%d" % (d, m, y), "the contract ends %02d/%d" % (m, y),
                       "appointment booked for %d %s %d at 10:45" % (d, MONTHS[m - 1].title(), y)])
        return ch(["the payment comes out on the ", "your appointment is the ", "the contract renews on the "]) + spoken_day(d) + " of " + MONTHS[m - 1]
    if k == "order":
        d = dg(R.randrange(10, 14))
        if typed:
            return ch(["Order #%s", "invoice no: INV-%s", "ticket ref %s"]) % d
        return "the order number is " + join_spoken([speak_group(g) for g in groups_of(d, [3, 3, 4, 4])])
    if k == "meter":
        d = dg(5)
        if typed:
            return "meter reading %s" % d
        return "the meter reading is " + speak_digits_plain(d)
    if k == "sortlike":
        d = dg(6)
        if typed:
            return ch(["product code %s-%s-%s", "tariff code %s-%s-%s", "version %s.%s.%s"]) % (d[:2], d[2:4], d[4:])
        return "the tariff code is " + join_spoken([speak_group(g, 0.8) for g in groups_of(d, [2, 2, 2])])
    if k == "ticket":
        if typed:
            return ch(["flight %s%d, seat %d%s, gate %d" % (ch(["BA", "EI", "FR", "LH"]), R.randrange(100, 9999), R.randrange(1, 40), ch("ABCDEF"), R.randrange(1, 60)),
                       "room %d, checkout by 11:00" % R.randrange(100, 999)])
        return "flight %s %s seat %s %s" % (ch(["b a", "e i", "u a"]), spoken_number(R.randrange(100, 999)), spoken_number(R.randrange(1, 40)), ch("abcdef"))
    if typed:
        return ch(["lines are open 08:00-20:00 Mon-Fri", "that's a 19.9% APR over 36 months", "we'll call back in 48 hours"])
    return ch(["we're open eight till eight monday to friday", "it's nineteen point nine percent over thirty six months",
               "you've been with us since two thousand and nine", "it'll take about forty five minutes"])


# ------------------------------------------------------------ positive flows
def read_value(case, typ, typed_text, spoken_groups, speaker="customer", lead=None, split=None, readback=True,
               readback_text=None, correction=False, aside=False):
    """Emit a value said/typed by `speaker`, with optional split/backchannels/readback."""
    other = "agent" if speaker == "customer" else "customer"
    if lead is None:
        lead = ""
    if not case.asr:
        case.say(speaker, lead, case.v(typed_text, typ), ch(["", "", " thanks", " .", " cheers", "!"]))
        if readback and p(0.35):
            case.say(other, ch(["Just to confirm: ", "Thanks, I have ", "So that's "]), case.v(readback_text or typed_text, typ), ch(["?", " - correct?", ", is that right?"]))
            case.say(speaker, ch(["yes", "yep thats right", "Correct", "yes that's it"]))
        return "typed"
    if split is None:
        split = len(spoken_groups) >= 3 and p(0.45)
    style = "single"
    if correction and len(spoken_groups) >= 2:
        frag = spoken_groups[0] + " " + speak_group(str(R.randrange(10, 99)), 0.5)
        case.say(speaker, lead, case.v(frag, typ, partial=True), ch(["... no sorry, ", " - wait that's wrong, let me start again, ", " hang on no, "]),
                 case.v(join_spoken(spoken_groups), typ))
        style = "correction"
    elif split:
        gid = case.group(typ)
        cut = sorted(R.sample(range(1, len(spoken_groups)), min(len(spoken_groups) - 1, R.randrange(1, 4))))
        chunks, prev = [], 0
        for c in cut + [len(spoken_groups)]:
            chunks.append(join_spoken(spoken_groups[prev:c])); prev = c
        for i, c in enumerate(chunks):
            pre = lead if i == 0 else ch(["", "", "yeah ", "um ", "then "])
            case.say(speaker, pre, V(c, typ, gid), ch(["", "", "", " ..."]))
            if i < len(chunks) - 1:
                case.say(other, ch(BACKCH))
        style = "split"
    elif aside and len(spoken_groups) >= 2:
        gid = case.group(typ)
        k = R.randrange(1, len(spoken_groups))
        case.say(speaker, lead, V(join_spoken(spoken_groups[:k]), typ, gid),
                 ch([", sorry the dog's going mad, ", " - hang on let me get my glasses - ", " ... it's a bit worn this bit ... ", ", sorry, kids, "]),
                 V(join_spoken(spoken_groups[k:]), typ, gid))
        style = "aside"
    else:
        case.say(speaker, lead, case.v(join_spoken(spoken_groups), typ))
    if readback and p(0.5):
        rb = readback_text or join_spoken(spoken_groups, 0.0)
        case.say(other, ch(["okay so that's ", "let me read that back ", "so i've got ", "just confirming "]), case.v(rb, typ),
                 ch(["", " is that right", " yeah", " correct"]))
        case.say(speaker, ch(["yes", "yeah that's it", "yep", "that's right yeah"]))
    return style


def pos_card(case):
    d = make_card()
    sp = [speak_group(g) for g in groups_of(d, card_sizes(d))]
    lead = ch(["it's ", "yeah it's ", "", "the long number is ", "okay ", "card number "]) if case.asr else \
        ch(["card no: ", "card number ", "its ", "", "CC: ", "crad number is "])
    case.say("agent", ch(["can i take the long card number please", "what's the card number on the front", "go ahead with the card number when you're ready"])
             if case.asr else ch(["Please enter the card number", "Can you provide the long card number?", "What's the card number?"]))
    st = read_value(case, "CARD_NUMBER", typed_card(d), sp, lead=lead,
                    correction=case.asr and p(0.15), aside=case.asr and p(0.25))
    notes = ["card %d digits (%s)" % (len(d), st)]
    if p(0.55):
        m, y = make_expiry()
        case.say("agent", "and the expiry date" if case.asr else "Expiry date?")
        case.say("customer", ch(["", "it's ", "expires ", "exp "]), case.v(spoken_expiry(m, y) if case.asr else typed_expiry(m, y), "EXPIRY"))
        notes.append("expiry")
    if p(0.5):
        c = "".join(str(R.randrange(10)) for _ in range(4 if len(d) == 15 else 3))
        case.say("agent", ch(["and the three digits on the back", "security code please", "and the cvv"]) if case.asr else "And the CVV/security code?")
        case.say("customer", ch(["", "it's ", "cvv ", "security code "]), case.v(speak_group(c, 0, 0.4) if case.asr else c, "CVV"))
        notes.append("cvv")
    if p(0.3):
        l4 = d[-4:]
        case.say("agent", ch(["so i'll charge the card ending ", "thanks the card ending in "]) if case.asr else "Thanks, charging the card ending ",
                 case.v(speak_digits_plain(l4) if case.asr else l4, "CARD_NUMBER", partial=True), " " + ch(["okay", "now"]))
        notes.append("last4 after full card (labelled)")
    return notes


def pos_ssn(case):
    s = make_ssn()
    sp = [speak_group(g, 0.35, 0.2) for g in groups_of(s, [3, 2, 4])]
    case.say("agent", ch(["and to verify can i have your social security number", "i'll need the social please", "what's your ssn"])
             if case.asr else ch(["For verification, your SSN?", "Please provide your Social Security number", "Last step - SSN please"]))
    typed = ch([s[:3] + "-" + s[3:5] + "-" + s[5:], s, s[:3] + " " + s[3:5] + " " + s[5:], s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:]])
    lead = ch(["", "sure it's ", "okay ", "yeah um "]) if case.asr else ch(["", "SSN ", "ssn: ", "social is ", "its "])
    st = read_value(case, "SSN", typed, sp, lead=lead, split=case.asr and p(0.35), correction=case.asr and p(0.1), aside=case.asr and p(0.15))
    return ["ssn (%s)" % st]


def pos_ni(case):
    n = make_ni()
    case.say("agent", ch(["can i take your national insurance number", "and your n i number please", "what's your national insurance number"])
             if case.asr else ch(["Can you confirm your National Insurance number?", "NI number please", "What is your NINO?"]))
    if case.asr:
        sp = spoken_ni(n)
        parts = re.split(r"(?<=[a-z]) (?=(?:one|two|three|four|five|six|seven|eight|nine|oh|zero|nought|o|double|triple|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)", sp, maxsplit=1)
        if p(0.3) and len(parts) == 2:
            gid = case.group("NI_NUMBER")
            case.say("customer", ch(["yeah it's ", "", "um "]), V(parts[0].rstrip(", "), "NI_NUMBER", gid))
            case.say("agent", ch(BACKCH))
            case.say("customer", V(parts[1].lstrip(", "), "NI_NUMBER", gid))
            st = "split"
        else:
            case.say("customer", ch(["it's ", "yeah ", "", "okay it's "]), case.v(sp, "NI_NUMBER"))
            st = "single"
        if p(0.45):
            case.say("agent", ch(["so that's ", "let me check ", "i've got "]), case.v(spoken_ni(n), "NI_NUMBER"), ch(["", " yeah", " correct"]))
            case.say("customer", "yes")
    else:
        read_value(case, "NI_NUMBER", typed_ni(n), None, lead=ch(["", "NI: ", "ni number ", "its ", "NINO "]))
        st = "typed"
    return ["ni (%s)" % st]


def pos_bank(case):
    acct = "".join(str(R.randrange(10)) for _ in range(8 if p(0.75) else R.randrange(10, 13)))
    sc = "%02d%02d%02d" % (R.randrange(1, 99), R.randrange(0, 99), R.randrange(0, 99))
    notes = []
    case.say("agent", "can i take the sort code and account number for the direct debit" if case.asr else "Please send the sort code and account number for the DD")
    order = ["sc", "acct"] if p(0.6) else ["acct", "sc"]
    for o in order:
        if o == "sc":
            if case.asr:
                sp = [speak_group(g, 0.6) for g in groups_of(sc, [2, 2, 2])]
                read_value(case, "SORT_CODE", None, sp, lead=ch(["sort code is ", "it's ", "the sort code ", ""]), split=False)
            else:
                read_value(case, "SORT_CODE", ch([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]]), None,
                           lead=ch(["sort code: ", "SC ", "s/c ", "sort "]))
            notes.append("sort code")
        else:
            if case.asr:
                sp = [speak_group(g, 0.3, 0.2) for g in groups_of(acct, [4, 4, 4])]
                read_value(case, "BANK_ACCOUNT", None, sp, lead=ch(["account number ", "and the account's ", "", "it's "]))
            else:
                read_value(case, "BANK_ACCOUNT", ch([acct, " ".join(groups_of(acct, [4, 4, 4])), acct[:4] + "-" + acct[4:]]), None,
                           lead=ch(["acct no: ", "account ", "Acc#", "a/c no. ", "account number "]))
            notes.append("account %d digits" % len(acct))
    return notes


def pos_iban(case):
    ib = make_iban()
    case.say("agent", "can you give me the iban for the refund" if case.asr else "For the refund we need your IBAN")
    if case.asr:
        sp = [spoken_alnum(g, 0.25) for g in groups_of(ib, [4] * 8)]
        st = read_value(case, "IBAN", None, sp, lead=ch(["it's ", "yeah the iban is ", "okay ", ""]), split=p(0.5))
    else:
        t = ch([" ".join(groups_of(ib, [4] * 8)), ib, ib.lower(), " ".join(groups_of(ib, [4] * 8)).lower()])
        st = read_value(case, "IBAN", t, None, lead=ch(["IBAN: ", "iban ", "", "my IBAN is "]))
    return ["iban %s (%s)" % (ib[:2], st)]


def pos_phone(case):
    d, grp, typed = make_phone()
    case.say("agent", ch(["what's the best number to reach you on", "and a contact number", "can i take a mobile number"]) if case.asr else "What's the best contact number?")
    if case.asr:
        sp = [speak_group(g, 0.25, 0.25) for g in grp]
        if typed.startswith("+") or typed.startswith("00"):
            sp[0] = ch(["plus ", "plus ", "double oh "]) + sp[0] if not sp[0].startswith("double") else sp[0]
        st = read_value(case, "PHONE", None, sp, lead=ch(["it's ", "yeah it's ", "", "um my mobile's "]), split=p(0.25), aside=p(0.15))
    else:
        lead = ch(["", "mob: ", "tel ", "call me on ", "phone: "])
        if typed.startswith("+"):
            lead, typed = lead + typed[:1], typed[1:]  # span runs from the first digit
        st = read_value(case, "PHONE", typed, None, lead=lead)
    return ["phone (%s)" % st]


def pos_email(case):
    local, dom = make_email()
    case.say("agent", ch(["and what email address shall we send it to", "can i take an email", "what's the email on the account"]) if case.asr else "What email should we use?")
    if case.asr:
        sp = spoken_email(local, dom)
        case.say("customer", ch(["it's ", "yeah it's ", "", "okay so it's "]), case.v(sp, "EMAIL"), ch(["", " all lower case", " all one word"]))
        if p(0.4):
            case.say("agent", "so that's ", case.v(spoken_email(local, dom), "EMAIL"), ch(["", " yeah"]))
            case.say("customer", "yep")
    else:
        read_value(case, "EMAIL", typed_email(local, dom), None, lead=ch(["", "email: ", "its ", "e-mail "]))
    return ["email"]


def pos_dob(case):
    d, m, y = make_date(1932, 2006)
    case.say("agent", ch(["can you confirm your date of birth", "and your date of birth please", "date of birth for security"]) if case.asr else "Can you confirm your date of birth?")
    if case.asr:
        case.say("customer", ch(["it's ", "", "yeah it's ", "um "]), case.v(spoken_dob(d, m, y), "DOB"))
    else:
        read_value(case, "DOB", typed_dob(d, m, y), None, lead=ch(["", "DOB ", "dob: ", "born "]))
    return ["dob"]


def pos_address(case):
    flat, num, street = make_address()
    kind, pc = make_postcode()
    town = ch(TOWNS_UK if kind == "uk" else TOWNS_US)
    case.say("agent", ch(["and what's the first line of the address", "can i take the address", "what's the billing address"]) if case.asr else "What's the address on the account?")
    if case.asr:
        case.say("customer", ch(["it's ", "", "yeah "]), case.v(spoken_address(flat, num, street), "ADDRESS"), " " + town.lower().replace(",", ""))
        case.say("agent", ch(["and the postcode", "and the postcode for that", "postcode please"]) if kind == "uk" else "and the zip code")
        case.say("customer", ch(["", "it's ", "um "]), case.v(spoken_postcode(kind, pc), "POSTCODE"))
    else:
        case.say("customer", case.v(typed_address(flat, num, street), "ADDRESS"), ch([", ", " ", ",\n"]) + town + ch([", ", " ", "  "]),
                 case.v(typed_postcode(kind, pc), "POSTCODE"))
    return ["address + postcode %s" % kind]


def pos_postcode_only(case):
    kind, pc = make_postcode()
    case.say("agent", "can you confirm the postcode on the account" if case.asr else "Please confirm the postcode/ZIP on file")
    if case.asr:
        case.say("customer", ch(["yeah it's ", "", "it's "]), case.v(spoken_postcode(kind, pc), "POSTCODE"))
    else:
        case.say("customer", ch(["", "its ", "postcode ", "zip "]), case.v(typed_postcode(kind, pc), "POSTCODE"))
    return ["postcode %s" % kind]


PRIMARY = ([pos_card] * 66 + [pos_ssn] * 30 + [pos_ni] * 32 + [pos_bank] * 16 + [pos_iban] * 14 +
           [pos_phone] * 18 + [pos_email] * 16 + [pos_dob] * 14 + [pos_address] * 14 + [pos_postcode_only] * 4)
SECONDARY = [pos_dob, pos_phone, pos_email, pos_address, pos_postcode_only, pos_ssn, pos_ni]


def make_positive(i, prim):
    asr = p(0.6)
    case = Case("positive", asr)
    ind = ch(list(INDUSTRY))
    opener(case, ind)
    notes = []
    if p(0.35):
        sec = ch(SECONDARY)
        notes += sec(case)
    if p(0.6):
        case.say("agent", ch(["okay and just so you know ", "for your records ", "", "right, "]) + decoy(case, not asr, prim is not pos_card))
        notes.append("decoy")
    notes += prim(case)
    if p(0.45):
        case.say("agent", ch(["thanks, and ", "noted - ", "", "perfect, "]) + decoy(case, not asr, prim is not pos_card) + ch(["", ".", " okay"]))
        notes.append("decoy")
    case.say("agent", ch(["is there anything else", "all done, anything else i can help with"]) if asr else "All sorted - anything else?")
    return case, "%s %s: %s" % ("asr" if asr else "chat", ind, ", ".join(notes))


def make_negative(i):
    asr = p(0.55)
    case = Case("negative", asr)
    ind = ch(list(INDUSTRY))
    opener(case, ind)
    n = R.randrange(2, 5)
    for j in range(n):
        spk = ch(["agent", "agent", "customer"])
        d = decoy(case, not asr)
        if spk == "customer":
            d = ch(["it says ", "on the letter ", "i've got ", "the email says "]) + d.replace("your ", "my ")
        case.say(spk, d)
        if j < n - 1:
            case.say("customer" if spk == "agent" else "agent", ch(BACKCH + ["thanks", "okay great"]))
    case.say("agent", "anything else i can help with" if asr else "Anything else?")
    return case, "%s %s: dangerous non-PII numbers only" % ("asr" if asr else "chat", ind)


def generate():
    recs, metas = [], []
    prims = PRIMARY[:]
    R.shuffle(prims)
    for i, prim in enumerate(prims, 1):
        case, note = make_positive(i, prim)
        rec, g = case.build("h537-pos-%03d" % i, note)
        recs.append(rec); metas.append((g, case.groups))
    for i in range(1, 121):
        case, note = make_negative(i)
        rec, g = case.build("h537-neg-%03d" % i, note)
        recs.append(rec); metas.append((g, case.groups))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)
    return text, recs, metas


def check(text, recs, metas):
    errs = []
    with open(OUT, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to a fresh regeneration")
    ids = [r["id"] for r in recs]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for r, (gids, groups) in zip(recs, metas):
        if r["kind"] == "negative" and r["spans"]:
            errs.append("%s: negative with spans" % r["id"])
        if r["kind"] == "positive" and not r["spans"]:
            errs.append("%s: positive without spans" % r["id"])
        for t in r["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append("%s: bad speaker" % r["id"])
        byturn = {}
        for s in r["spans"]:
            if s["type"] not in TYPES:
                errs.append("%s: bad type" % r["id"])
            txt = r["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(txt)):
                errs.append("%s: offsets out of range" % r["id"]); continue
            if not (txt[a].isalnum() and txt[b - 1].isalnum()) or (a > 0 and txt[a - 1].isalnum()) or (b < len(txt) and txt[b].isalnum()):
                errs.append("%s: span not on word boundary: %r" % (r["id"], txt[a:b]))
            byturn.setdefault(s["turn"], []).append((a, b))
        for lst in byturn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append("%s: overlapping spans" % r["id"])
        vals = {}
        for s, g in zip(r["spans"], gids):
            vals.setdefault(g, []).append(r["turns"][s["turn"]]["text"][s["start"]:s["end"]])
        for g, parts in vals.items():
            typ, partial = groups[g]
            joined = " ".join(parts)
            if not validate(typ, joined, partial):
                errs.append("%s: invalid %s value %r -> %r" % (r["id"], typ, joined, normalise(joined)))
    return errs


def summary(recs):
    c = Counter(s["type"] for r in recs for s in r["spans"])
    k = Counter(r["kind"] for r in recs)
    return c, k


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    text, recs, metas = generate()
    if not a.check:
        os.makedirs(os.path.dirname(OUT), exist_ok=True)
        with open(OUT, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
    errs = check(text, recs, metas)
    c, k = summary(recs)
    print("cases:", dict(k))
    print("spans:", {t: c.get(t, 0) for t in TYPES}, "total", sum(c.values()))
    need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
    for t in TYPES:
        if c.get(t, 0) < need.get(t, 10):
            errs.append("too few %s spans: %d" % (t, c.get(t, 0)))
    if k["positive"] < 200 or k["negative"] < 100:
        errs.append("too few cases")
    for e in errs[:60]:
        print("ERROR", e)
    if errs:
        print("FAILED: %d problems" % len(errs))
        sys.exit(1)
    print("OK")


if __name__ == "__main__":
    main()

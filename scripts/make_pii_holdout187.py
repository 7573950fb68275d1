#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set ``pii_holdout187``.

Written by an AI helper acting as an independent test author that did not see
the redaction code.  Standard library only; deterministic (seed 187241125).

    python scripts/make_pii_holdout187.py          # write fixture + README
    python scripts/make_pii_holdout187.py --check  # regenerate and verify
"""
from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

SEED = 187241125
ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "tests" / "fixtures" / "pii_holdout187"
CASES = OUT_DIR / "cases.jsonl"
README = OUT_DIR / "README.md"
PFX = "h187"

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
         "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

R = random.Random(SEED)

# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
DW = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"a": "alpha", "b": "bravo", "c": "charlie", "d": "delta", "e": "echo",
        "f": "foxtrot", "g": "golf", "h": "hotel", "i": "india", "j": "juliet",
        "k": "kilo", "l": "lima", "m": "mike", "n": "november", "o": "oscar", "p": "papa",
        "q": "quebec", "r": "romeo", "s": "sierra", "t": "tango", "u": "uniform",
        "v": "victor", "w": "whiskey", "x": "x-ray", "y": "yankee", "z": "zulu"}
NATO_REV = {v.replace("-", ""): k for k, v in NATO.items()}
NATO_REV.update({"xray": "x", "whisky": "w", "juliett": "j"})
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty first", "twenty second", "twenty third", "twenty fourth", "twenty fifth",
       "twenty sixth", "twenty seventh", "twenty eighth"]


def digits(n, first_nonzero=False):
    s = "".join(R.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


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


def make_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc"])
    if kind == "visa":
        body, n = "4" + digits(5), 16
    elif kind == "mc":
        body, n = R.choice(["51", "52", "53", "54", "55", "2221", "2720"]), 16
    elif kind == "amex":
        body, n = R.choice(["34", "37"]), 15
    else:
        body, n = "6011", 16
    body += digits(n - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c, kind
    raise AssertionError


def group_card(num, sep=" "):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def make_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + digits(6) + R.choice("ABCD")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    return "%02d" % (98 - int(num) % 97)


def make_iban():
    cc = R.choice(["GB", "IE", "DE", "FR", "NL", "ES"])
    if cc in ("GB", "IE"):
        bban = R.choice(["NWBK", "BARC", "MIDL", "AIBK", "BOFI"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(10) + digits(11) + digits(2)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    return cc + iban_check(cc, bban) + bban


def iban_ok(s):
    s = s.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    t = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in t)) % 97 == 1


def make_postcode_uk():
    shape = R.choice(["A9 9AA", "A99 9AA", "AA9 9AA", "AA99 9AA", "AA9A 9AA"])
    letters = "ABCDEFGHJKLMNPRSTUWXY"
    out = ""
    for ch in shape:
        if ch == "A":
            out += R.choice(letters)
        elif ch == "9":
            out += R.choice("123456789")
        else:
            out += ch
    return out


def make_zip(plus4=False):
    z = digits(5, first_nonzero=True)
    return z + ("-" + digits(4) if plus4 else "")


STREETS = ["Maple", "Oak", "Cedar", "Station", "Church", "Victoria", "Mill", "Park",
           "Elm", "Highfield", "Kingsway", "Willow", "Chestnut", "Lincoln", "Jefferson",
           "Meadow", "Harbour", "Grange", "Orchard", "Riverside"]
SUFFIX = ["Road", "Street", "Avenue", "Lane", "Drive", "Close", "Crescent", "Way",
          "Gardens", "Terrace", "Boulevard", "Court"]
SUFFIX_ABBR = {"Road": "Rd", "Street": "St", "Avenue": "Ave", "Lane": "Ln", "Drive": "Dr",
               "Close": "Cl", "Crescent": "Cres", "Way": "Way", "Gardens": "Gdns",
               "Terrace": "Ter", "Boulevard": "Blvd", "Court": "Ct"}
FIRST = ["sarah", "james", "aoife", "tom", "priya", "marek", "lucy", "dev", "niamh",
         "carlos", "emma", "ahmed", "grace", "liam", "sofia", "owen", "hannah", "raj"]
LAST = ["walsh", "patel", "murphy", "kowalski", "smith", "obrien", "nguyen", "garcia",
        "evans", "kelly", "brown", "schmidt", "dubois", "hughes", "reid", "costa"]
DOMAINS = ["gmail.com", "hotmail.co.uk", "yahoo.com", "outlook.com", "icloud.com",
           "eircom.net", "btinternet.com", "aol.com", "web.de", "live.ie"]


# --------------------------------------------------------------------------
# spoken rendering (ASR style)
# --------------------------------------------------------------------------
def zero_word(uk=False):
    return R.choice(["oh", "oh", "zero", "o"] + (["nought"] if uk else []))


def say_digits(s, uk=False, pairs=0.0, doubles=0.5, fillers=0.0):
    """Render a digit string the way a caller says it / ASR writes it."""
    out = []
    i = 0
    while i < len(s):
        d = s[i]
        if (i + 2 < len(s) and s[i + 1] == d and s[i + 2] == d and R.random() < doubles):
            w = zero_word(uk) if d == "0" else DW[int(d)]
            out.append("triple " + w)
            i += 3
        elif i + 1 < len(s) and s[i + 1] == d and R.random() < doubles:
            w = zero_word(uk) if d == "0" else DW[int(d)]
            out.append("double " + w)
            i += 2
        elif (i + 2 < len(s) and d != "0" and s[i + 1] == "0" and s[i + 2] == "0"
              and R.random() < pairs):
            out.append(DW[int(d)] + " hundred")
            i += 3
        elif (i + 1 < len(s) and d != "0" and s[i + 1] != "0" and R.random() < pairs):
            if d == "1":
                out.append(TEENS[int(s[i + 1])])
            else:
                out.append(TENS[int(d)] + " " + DW[int(s[i + 1])])
            i += 2
        else:
            out.append(zero_word(uk) if d == "0" else DW[int(d)])
            i += 1
        if fillers and R.random() < fillers and i < len(s):
            out.append(R.choice(["um", "uh", "er", "erm"]))
    return " ".join(out)


def say_letter(c, nato=0.3):
    c = c.lower()
    if c == "o" or (R.random() < nato and c in NATO):
        return c + " for " + NATO[c]
    return c


def say_alnum(s, uk=True, nato=0.3, pairs=0.0):
    out, buf = [], ""
    for ch in s:
        if ch.isdigit():
            buf += ch
        else:
            if buf:
                out.append(say_digits(buf, uk=uk, pairs=pairs))
                buf = ""
            if ch.isalpha():
                out.append(say_letter(ch, nato))
    if buf:
        out.append(say_digits(buf, uk=uk, pairs=pairs))
    return " ".join(out)


def say_num(n):
    """0..999 in words."""
    if n < 10:
        return DW[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + DW[n % 10])
    rest = n % 100
    return DW[n // 100] + " hundred" + ("" if rest == 0 else " and " + say_num(rest))


def say_year(y):
    if 2000 <= y < 2010:
        return "two thousand and " + DW[y - 2000] if y > 2000 else "two thousand"
    hi, lo = divmod(y, 100)
    if lo == 0:
        return say_num(hi) + " hundred"
    if lo < 10:
        return say_num(hi) + " " + R.choice(["oh", "o"]) + " " + DW[lo]
    return say_num(hi) + " " + say_num(lo)


def make_dob():
    return R.randint(1938, 2004), R.randint(1, 12), R.randint(1, 28)


# --------------------------------------------------------------------------
# normalisation for --check
# --------------------------------------------------------------------------
WORDNUM = {w: str(i) for i, w in enumerate(DW)}
WORDNUM.update({"oh": "0", "o": "0", "nought": "0", "nil": "0"})
TEEN_N = {w: str(10 + i) for i, w in enumerate(TEENS)}
TENS_N = {w: str(i) for i, w in enumerate(TENS) if w}


def norm_spoken(text):
    """Spoken form -> upper-case alnum string (digits and spelled letters)."""
    toks = re.findall(r"[a-z0-9\-]+", text.lower())
    toks = [t for t in toks]
    out = []
    i = 0
    mult = 1
    while i < len(toks):
        t = toks[i]
        if t in ("double", "triple"):
            mult = 2 if t == "double" else 3
            i += 1
            continue
        if (len(t) == 1 and t.isalpha() and i + 2 < len(toks) and toks[i + 1] == "for"
                and toks[i + 2].replace("-", "") in NATO_REV):
            out.append(t.upper() * mult)
            i += 2
        elif t in WORDNUM:
            out.append(WORDNUM[t] * mult)
        elif t in TEEN_N:
            out.append(TEEN_N[t])
        elif t in TENS_N:
            if i + 1 < len(toks) and toks[i + 1] in WORDNUM and toks[i + 1] not in ("zero", "oh", "o", "nought", "nil"):
                out.append(TENS_N[t] + WORDNUM[toks[i + 1]])
                i += 1
            else:
                out.append(TENS_N[t] + "0")
        elif t in ("for", "to", "too", "ate"):  # ASR homophones of four / two / eight
            out.append({"for": "4", "to": "2", "too": "2", "ate": "8"}[t] * mult)
        elif t == "hundred":
            out.append("00")
        elif t.isdigit():
            out.append(t)
        elif len(t) == 1 and t.isalpha():
            if i + 2 < len(toks) and toks[i + 1] == "for" and toks[i + 2].replace("-", "") in NATO_REV:
                i += 2
            out.append(t.upper() * mult)
        elif t.replace("-", "") in NATO_REV:
            out.append(NATO_REV[t.replace("-", "")].upper())
        # anything else (fillers) is ignored
        mult = 1
        i += 1
    return "".join(out)


def norm_value(text):
    if any(c.isdigit() for c in text) and not re.search(r"[a-z]{3,}", text.lower().replace("x", "")):
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    if any(c.isdigit() for c in text):
        # mixed typed, e.g. "sw1a 2aa"
        return re.sub(r"[^0-9A-Za-z]", "", text).upper()
    return norm_spoken(text)


UK_PC = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}$")


def validate(typ, text):
    """Return an error string or None; text is the joined span text of one value."""
    low = text.lower()
    if typ == "EMAIL":
        if "@" in text:
            return None if re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", text.strip(), re.I) else "bad email"
        return None if (" at " in " " + low + " " and " dot " in " " + low + " ") else "bad spoken email"
    if typ == "ADDRESS":
        ok_num = bool(re.match(r"^(flat \w+,? )?(\d+|[a-z]+)", low))
        ok_sfx = any(re.search(r"\b" + w.lower() + r"\b", low) for w in list(SUFFIX) + list(SUFFIX_ABBR.values()))
        return None if ok_num and ok_sfx else "bad address"
    if typ == "DOB":
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        n = norm_value(text) if any(c.isdigit() for c in text) else ""
        if has_month or len(re.sub(r"\D", "", n)) >= 6 or re.search(r"(nineteen|two thousand)", low):
            return None
        return "bad dob"
    if typ == "EXPIRY":
        has_month = any(m in low or m[:3] in low for m in MONTHS)
        v = re.sub(r"\D", "", norm_value(text))
        if has_month or len(v) in (3, 4, 6):
            return None
        return "bad expiry " + v
    v = norm_value(text)
    if typ == "CARD_NUMBER":
        return None if (v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v)) else "bad card " + v
    if typ == "CVV":
        return None if (v.isdigit() and len(v) in (3, 4)) else "bad cvv " + v
    if typ == "SSN":
        return None if (v.isdigit() and len(v) == 9) else "bad ssn " + v
    if typ == "NI_NUMBER":
        return None if re.fullmatch(r"[A-CEGHJ-PR-TW-Z]{2}\d{6}[A-D]", v) else "bad ni " + v
    if typ == "BANK_ACCOUNT":
        return None if (v.isdigit() and 8 <= len(v) <= 12) else "bad account " + v
    if typ == "SORT_CODE":
        return None if (v.isdigit() and len(v) == 6) else "bad sort " + v
    if typ == "IBAN":
        return None if iban_ok(v) else "bad iban " + v
    if typ == "PHONE":
        if v.startswith("00"):
            v = v[2:]
        return None if (v.isdigit() and 10 <= len(v) <= 13) else "bad phone " + v
    if typ == "POSTCODE":
        if UK_PC.match(v) or (v.isdigit() and len(v) in (5, 9)):
            return None
        return "bad postcode " + v
    return "unknown type"


# --------------------------------------------------------------------------
# case assembly
# --------------------------------------------------------------------------
CASE_LIST = []  # (case_dict, groups) where groups: list of (type, [span texts]) or None


def V(text, typ, grp=None, check=True):
    """A labelled segment. grp joins several spans into one value for --check."""
    return ("V", text, typ, grp, check)


def build(kind, note, turns):
    out_turns, spans, groups = [], [], {}
    auto = 0
    for ti, (spk, segs) in enumerate(turns):
        if isinstance(segs, str):
            segs = [segs]
        text = ""
        for seg in segs:
            if isinstance(seg, tuple):
                _, vt, typ, grp, check = seg
                st = len(text)
                text += vt
                spans.append({"turn": ti, "start": st, "end": len(text), "type": typ})
                if check:
                    if grp is None:
                        auto += 1
                        grp = "_auto%d" % auto
                    groups.setdefault(grp, (typ, []))[1].append(vt)
            else:
                text += seg
        out_turns.append({"speaker": spk, "text": text})
    kind_key = "pos" if kind == "positive" else "neg"
    n = sum(1 for c, _ in CASE_LIST if c["kind"] == kind) + 1
    case = {"id": "%s-%s-%03d" % (PFX, kind_key, n), "kind": kind, "turns": out_turns,
            "spans": spans, "note": note}
    CASE_LIST.append((case, groups))


def P(note, turns):
    build("positive", note, turns)


def N(note, turns):
    build("negative", note, turns)


A, C = "agent", "customer"


def ch(*opts):
    return R.choice(opts)


def maybe_typo(s):
    typos = {"number": ["numbr", "nubmer", "no."], "please": ["pls", "plz", "pleas"],
             "account": ["acount", "acct", "accnt"], "thanks": ["thx", "thanx", "ty"],
             "card": ["crd", "card"], "the": ["teh", "the"], "your": ["ur", "yor"],
             "because": ["cos", "bc"], "address": ["adress", "addy", "addres"]}
    for k, v in typos.items():
        if k in s and R.random() < 0.35:
            s = s.replace(k, R.choice(v), 1)
    return s


EMO = ["", "", " 🙂", " 😩", " 🙏", " 👍", " :)", " lol", " 😅"]

# ---------------- typed renderers ----------------

def typed_card(num):
    style = R.randint(0, 6)
    if style == 0:
        return group_card(num, " ")
    if style == 1:
        return group_card(num, "-")
    if style == 2:
        return num
    if style == 3:
        return group_card(num, "  ")
    if style == 4:
        return group_card(num, ".")
    if style == 5:
        return ch(group_card(num, " - "), " ".join(num))
    return group_card(num, "/")


def typed_phone(region):
    if region == "UK":
        n = "07" + digits(9)
        return ch(n, n[:5] + " " + n[5:], "+44 " + n[1:5] + " " + n[5:], "+44(0)" + n[1:5] + " " + n[5:],
                  "0044 " + n[1:], n[:5] + "-" + n[5:8] + "-" + n[8:])
    if region == "IE":
        n = "08" + R.choice("35679") + digits(7)
        return ch(n, n[:3] + " " + n[3:6] + " " + n[6:], "+353 " + n[1:3] + " " + n[3:], "+353-" + n[1:])
    if region == "US":
        a, b, c = digits(3, True).replace("0", "2", 1), "555", digits(4)
        a = str(R.randint(201, 989))
        b = str(R.randint(201, 989))
        return ch("(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c),
                  "+1 %s %s %s" % (a, b, c), "1-%s-%s-%s" % (a, b, c), a + b + c)
    # EU
    return ch("+49 151 " + digits(8), "+33 6 " + " ".join(digits(2) for _ in range(4)),
              "+31 6 " + digits(8), "+34 6" + digits(2) + " " + digits(3) + " " + digits(3))


def spoken_phone(region):
    if region == "UK":
        n = "07" + digits(9)
        return say_digits(n[:5], uk=True) + " " + say_digits(n[5:], uk=True, pairs=0.3)
    if region == "IE":
        n = "08" + R.choice("35679") + digits(7)
        return say_digits(n[:3], uk=True) + " " + say_digits(n[3:], uk=True, pairs=0.2)
    a = str(R.randint(201, 989))
    b = str(R.randint(201, 989))
    c = digits(4)
    return say_digits(a) + " " + say_digits(b) + " " + say_digits(c, pairs=0.5)


def make_email_parts():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = ch(f + "." + l, f[0] + l, f + "_" + l + str(R.randint(1, 99)), f + l + str(R.randint(70, 99)),
               l + "." + f[0])
    return local, R.choice(DOMAINS)


def typed_email():
    local, dom = make_email_parts()
    e = local + "@" + dom
    return ch(e, e, e.capitalize(), e.upper() if R.random() < 0.2 else e)


def spoken_email():
    local, dom = make_email_parts()
    parts = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            parts.append("dot")
        elif piece == "_":
            parts.append("underscore")
        elif piece.isdigit():
            parts.append(say_num(int(piece)))
        else:
            m = re.match(r"([a-z]+)(\d*)", piece)
            w, num = m.group(1), m.group(2)
            if len(w) <= 4 or R.random() < 0.3:
                parts.append(" ".join(w))
            else:
                parts.append(w)
            if num:
                parts.append(say_num(int(num)))
    d = dom.split(".")
    return " ".join(parts) + " at " + " dot ".join(d)


def typed_dob():
    y, m, d = make_dob()
    st = R.randint(0, 6)
    if st == 0:
        return "%02d/%02d/%d" % (d, m, y)
    if st == 1:
        return "%d/%d/%d" % (m, d, y)
    if st == 2:
        return "%d-%02d-%02d" % (y, m, d)
    if st == 3:
        return "%d %s %d" % (d, MONTHS[m - 1].capitalize(), y)
    if st == 4:
        return "%s %d, %d" % (MONTHS[m - 1][:3].capitalize(), d, y)
    if st == 5:
        return "%02d.%02d.%02d" % (d, m, y % 100)
    return "%s %s %d" % (ORD[d].replace(" ", "-"), MONTHS[m - 1], y)


def spoken_dob(us=False):
    y, m, d = make_dob()
    if us:
        return "%s %s %s" % (MONTHS[m - 1], ORD[d], say_year(y))
    return ch("the %s of %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
              "%s %s %s" % (ORD[d], MONTHS[m - 1], say_year(y)),
              "%s %s %s" % (say_digits("%02d" % d, uk=True), say_digits("%02d" % m, uk=True), say_year(y)))


def typed_expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return ch("%02d/%02d" % (m, y), "%02d/20%02d" % (m, y), "%02d-%02d" % (m, y), "%02d%02d" % (m, y),
              "%s %02d" % (MONTHS[m - 1][:3], y), "%d/%02d" % (m, y))


def spoken_expiry():
    m, y = R.randint(1, 12), R.randint(25, 31)
    return ch("%s %s" % (say_digits("%02d" % m), say_num(y) if y >= 20 else ""),
              "%s twenty %s" % (MONTHS[m - 1], say_num(y)),
              "%s %s" % (say_digits("%02d" % m, uk=True), say_num(y)),
              "%s slash %s" % (say_digits("%02d" % m), say_num(y)))


def typed_postcode(uk=True):
    if uk:
        p = make_postcode_uk()
        return ch(p, p.lower(), p.replace(" ", ""), p, p.lower().replace(" ", ""))
    return make_zip(R.random() < 0.3)


def spoken_postcode(uk=True):
    if uk:
        return say_alnum(make_postcode_uk(), uk=True, nato=0.35)
    return say_digits(make_zip(), pairs=0.2)


def typed_address(uk=True):
    n = R.randint(1, 240)
    st = R.choice(STREETS)
    sx = R.choice(SUFFIX)
    sfx = SUFFIX_ABBR[sx] if R.random() < 0.4 else sx
    base = "%d %s %s" % (n, st, sfx)
    if R.random() < 0.2:
        base = "Flat %d, %s" % (R.randint(1, 30), base)
    return ch(base, base.lower(), base)


def spoken_address():
    n = R.randint(1, 240)
    num = say_num(n) if R.random() < 0.6 else say_digits(str(n))
    return "%s %s %s" % (num, R.choice(STREETS).lower(), R.choice(SUFFIX).lower())


def typed_ni(ni):
    st = R.randint(0, 4)
    if st == 0:
        return "%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    if st == 1:
        return ni
    if st == 2:
        return ni.lower()
    if st == 3:
        return "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])
    return "%s %s %s" % (ni[:2], ni[2:8], ni[8])


def spoken_ni(ni):
    return (say_letter(ni[0], 0.4) + " " + say_letter(ni[1], 0.4) + " " +
            say_digits(ni[2:8], uk=True, pairs=0.4) + " " + say_letter(ni[8], 0.4))


def typed_ssn(s):
    return ch("%s-%s-%s" % (s[:3], s[3:5], s[5:]), s, "%s %s %s" % (s[:3], s[3:5], s[5:]),
              "%s.%s.%s" % (s[:3], s[3:5], s[5:]), "%s - %s - %s" % (s[:3], s[3:5], s[5:]))


def spoken_ssn(s):
    return " ".join([say_digits(s[:3], pairs=0.2), say_digits(s[3:5], pairs=0.4),
                     say_digits(s[5:], pairs=0.4)])


def typed_iban(ib):
    g = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ch(g, ib, g.lower(), ib, "-".join(ib[i:i + 4] for i in range(0, len(ib), 4)))


def typed_sort():
    s = digits(6)
    return ch("%s-%s-%s" % (s[:2], s[2:4], s[4:]), s, "%s %s %s" % (s[:2], s[2:4], s[4:]),
              "%s.%s.%s" % (s[:2], s[2:4], s[4:]))


def spoken_sort():
    s = digits(6)
    return " ".join(say_digits(s[i:i + 2], uk=True, pairs=0.5) for i in (0, 2, 4))


def acct_digits():
    return ch(digits(8), digits(8), digits(10, True), digits(12, True))


# --------------------------------------------------------------------------
# positive templates: typed channels
# --------------------------------------------------------------------------
INDUSTRY = ["banking", "telecom", "utilities", "retail", "insurance", "travel",
            "healthcare billing", "government services"]


def t_card_chat():
    num, kind = make_card()
    ind = ch("retail", "telecom", "travel", "utilities", "insurance")
    cvv = digits(4 if kind == "amex" else 3)
    exp = typed_expiry()
    ch_ = ch("web chat", "web chat", "social DM", "SMS")
    st = R.randint(0, 3)
    if st == 0:
        P("%s/%s: card typed in one message with expiry and cvv" % (ch_, ind), [
            (A, "Please enter the card details here in the secure chat."),
            (C, [maybe_typo("ok card number "), V(typed_card(num), "CARD_NUMBER"), " exp ",
                 V(exp, "EXPIRY"), " cvv ", V(cvv, "CVV"), R.choice(EMO)])])
    elif st == 1:
        g = group_card(num, " ").split(" ")
        turns = [(A, "Go ahead with the long card number.")]
        for k, part in enumerate(g):
            turns.append((C, [V(part, "CARD_NUMBER", "c")]))
        turns.append((A, "Got it, and the expiry?"))
        turns.append((C, [ch("its ", "exp ", ""), V(exp, "EXPIRY")]))
        P("%s/%s: card typed one group per message, then expiry" % (ch_, ind), turns)
    elif st == 2:
        P("%s/%s: card pasted with copy artefacts and security code later" % (ch_, ind), [
            (C, [maybe_typo("hi can u update the card on my account pls\n"), "new card: \"",
                 V(typed_card(num), "CARD_NUMBER"), "\"  (exp ", V(exp, "EXPIRY"), ")"]),
            (A, "Thanks. Could you also confirm the 3 or 4 digit security code on the back?"),
            (C, [ch("its ", "", "code is ", "sec code "), V(cvv, "CVV"), R.choice(EMO)])])
    else:
        c1 = typed_card(num)
        P("%s/%s: card mid-sentence next to an amount and order number" % (ch_, ind), [
            (C, ["I want to pay the \u00a3%d.%02d for order #%d using " % (R.randint(10, 900), R.randint(0, 99), R.randint(100000, 9999999)),
                 V(c1, "CARD_NUMBER"), ", expires ", V(exp, "EXPIRY"), ", CVC ", V(cvv, "CVV"),
                 ". thanks!!"])])


def t_card_split_digits_typo():
    num, kind = make_card()
    a, b = num[:7], num[7:]
    P("SMS/telecom: card split mid-group across two texts with a typo apology between", [
        (A, "Reply with the card you'd like to use for the top-up."),
        (C, [V(a, "CARD_NUMBER", "c")]),
        (C, ch("sorry phone died", "oops sent too soon", "hang on", "srry")),
        (C, [V(b, "CARD_NUMBER", "c"), ch("", " thats it", " done")])])


def t_ni_chat():
    ni = make_ni()
    st = R.randint(0, 3)
    ch_ = ch("web chat", "e-mail", "social DM")
    if st == 0:
        P("%s/government services: NI number typed with spaces/case variations" % ch_, [
            (A, "To verify, what's your National Insurance number?"),
            (C, [maybe_typo(ch("my ni is ", "NI no: ", "its ", "National insurance number ")), V(typed_ni(ni), "NI_NUMBER"),
                 R.choice(EMO)])])
    elif st == 1:
        P("%s/government services: NI number split across two messages" % ch_, [
            (A, "Can I take your NI number please?"),
            (C, [V(ni[:4], "NI_NUMBER", "n")]),
            (C, [V(ni[4:], "NI_NUMBER", "n")])])
    elif st == 2:
        P("e-mail/insurance: NI number in e-mail body with signature-ish text", [
            (C, ["Dear team,\n\nRe: claim CLM-%d\nMy national insurance no. is " % R.randint(100000, 999999),
                 V(typed_ni(ni), "NI_NUMBER"), " and I was born on ", V(typed_dob(), "DOB"),
                 ".\n\nKind regards,\n%s" % R.choice(FIRST).capitalize()])])
    else:
        P("web chat/banking: NI number with no separator in lower case next to tax year", [
            (C, ["for the 2024/25 tax year my nino is ", V(ni.lower(), "NI_NUMBER"), " hope that helps"])])


def t_ssn_chat():
    s = make_ssn()
    st = R.randint(0, 3)
    ind = ch("banking", "healthcare billing", "insurance", "government services")
    if st == 0:
        P("web chat/%s: SSN typed with separators" % ind, [
            (A, "For security, please provide your Social Security number."),
            (C, [ch("ssn ", "SSN: ", "its ", "social is "), V(typed_ssn(s), "SSN"), R.choice(EMO)])])
    elif st == 1:
        P("web chat/%s: SSN split 3/2/4 over three messages" % ind, [
            (A, "Please type your SSN."),
            (C, [V(s[:3], "SSN", "s")]), (C, [V(s[3:5], "SSN", "s")]), (C, [V(s[5:], "SSN", "s")])])
    elif st == 2:
        P("e-mail/%s: SSN and DOB in an e-mail body next to invoice number" % ind, [
            (C, ["Hello,\nI got a bill (invoice %d) for $%d.%02d that isn't mine. My SSN is " % (
                R.randint(1000000, 99999999), R.randint(50, 3000), R.randint(0, 99)),
                 V(typed_ssn(s), "SSN"), " and DOB ", V(typed_dob(), "DOB"),
                 ". Please fix this asap.\nThanks"])])
    else:
        P("social DM/%s: last four first, then full SSN after agent asks" % ind, [
            (C, ["last 4 of my social are ", V(s[5:], "SSN", check=False)]),
            (A, "Thanks, I'll need the full number to locate the file."),
            (C, ["ok ", V(typed_ssn(s), "SSN")])])


def t_bank_chat():
    acct = acct_digits()
    st = R.randint(0, 2)
    if st == 0 and len(acct) == 8:
        P("web chat/banking: UK sort code and account typed together", [
            (A, "What's the sort code and account number for the refund?"),
            (C, [maybe_typo("sort "), V(typed_sort(), "SORT_CODE"), maybe_typo(" account "), V(acct, "BANK_ACCOUNT")])])
    elif st == 1:
        P("e-mail/utilities: direct debit details in e-mail body", [
            (C, ["Hi,\nPlease change my direct debit to the following:\nSort code: ",
                 V(typed_sort(), "SORT_CODE"), "\nAccount no: ", V(acct[:8], "BANK_ACCOUNT"),
                 "\nPayment date: %d%s of each month\nThanks" % (R.randint(1, 28), "th")])])
    else:
        P("web chat/banking: US routing-free account number typed with spaces", [
            (A, "Which account should the transfer go to?"),
            (C, ["checking acct ", V(" ".join(acct[i:i + 4] for i in range(0, len(acct), 4)), "BANK_ACCOUNT"),
                 " amount $%d" % R.randint(20, 5000)])])


def t_iban_chat():
    ib = make_iban()
    st = R.randint(0, 2)
    if st == 0:
        P("web chat/travel: IBAN for refund typed in groups", [
            (A, "Please share the IBAN for the refund."),
            (C, ["IBAN ", V(typed_iban(ib), "IBAN"), R.choice(EMO)])])
    elif st == 1:
        P("e-mail/insurance: IBAN pasted with a trailing full stop", [
            (C, ["Could you send the claim payout of \u20ac%d to " % R.randint(100, 9000), V(typed_iban(ib), "IBAN"),
                 ". Reference on your letter was %d." % R.randint(10000, 999999)])])
    else:
        k = R.randint(8, 14)
        P("SMS/banking: IBAN split across two texts", [
            (C, [V(ib[:k], "IBAN", "i")]), (C, [V(ib[k:], "IBAN", "i"), " (rest of it)"])])


def t_phone_chat():
    region = ch("UK", "US", "IE", "EU", "UK", "US")
    ph = typed_phone(region)
    st = R.randint(0, 2)
    if st == 0:
        P("web chat/telecom: callback number typed (%s format)" % region, [
            (A, "What's the best number to call you back on?"),
            (C, [maybe_typo(ch("call me on ", "my number is ", "", "mob: ")), V(ph, "PHONE"),
                 ch(" after 5pm", " pls", "", " any time before 3")])])
    elif st == 1:
        ph2 = typed_phone(region)
        P("SMS/retail: two phone numbers in one message (home and work)", [
            (C, ["home ", V(ph, "PHONE"), " / work ", V(ph2, "PHONE"), " - delivery slot 2-4pm pls"])])
    else:
        P("social DM/utilities: phone number with email in same message", [
            (C, ["reach me at ", V(typed_email(), "EMAIL"), " or text ", V(ph, "PHONE"), R.choice(EMO)])])


def t_email_chat():
    e = typed_email()
    st = R.randint(0, 2)
    if st == 0:
        P("web chat/retail: e-mail typed for receipt", [
            (A, "Which email should the receipt go to?"),
            (C, [ch("", "its ", "send it to "), V(e, "EMAIL"), ch("", " thx", R.choice(EMO))])])
    elif st == 1:
        P("e-mail/healthcare billing: e-mail address update in mail body with <> brackets", [
            (C, ["Please update my contact email from <", V(e, "EMAIL"), "> to <", V(typed_email(), "EMAIL"),
                 ">.\nAccount ref %d" % R.randint(1000, 99999999)])])
    else:
        P("web chat/travel: e-mail followed by booking reference", [
            (C, ["booking ref %s, email on it is " % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6)),
                 V(e, "EMAIL")])])


def t_address_chat():
    uk = R.random() < 0.6
    st = R.randint(0, 2)
    if st == 0:
        P("web chat/retail: delivery address with postcode typed on one line (%s)" % ("UK" if uk else "US"), [
            (A, "What's the delivery address?"),
            (C, [V(typed_address(uk), "ADDRESS"), ", %s, " % R.choice(["Leeds", "Bristol", "Cork", "Austin", "Denver", "Glasgow"]),
                 V(typed_postcode(uk), "POSTCODE")])])
    elif st == 1:
        P("e-mail/utilities: move-in address over several lines (%s)" % ("UK" if uk else "US"), [
            (C, ["Hi, I'm moving on the %d%s. New address:\n" % (R.randint(1, 28), "th"),
                 V(typed_address(uk), "ADDRESS"), "\n%s\n" % R.choice(["Manchester", "Dublin", "Portland", "Reading"]),
                 V(typed_postcode(uk), "POSTCODE"), "\nMeter reading today was %d." % R.randint(10000, 99999)])])
    else:
        P("social DM/insurance: address split across two messages", [
            (C, ["new address is ", V(typed_address(uk), "ADDRESS")]),
            (C, ["postcode ", V(typed_postcode(uk), "POSTCODE"), R.choice(EMO)])])


def t_dob_chat():
    st = R.randint(0, 1)
    if st == 0:
        P("web chat/healthcare billing: DOB typed for verification", [
            (A, "Can you confirm your date of birth?"),
            (C, [V(typed_dob(), "DOB"), R.choice(EMO)])])
    else:
        P("web chat/insurance: DOB in same message as postcode", [
            (A, "Please confirm DOB and postcode."),
            (C, [ch("dob ", "born ", ""), V(typed_dob(), "DOB"), ch(" and ", ", ", " pc "), V(typed_postcode(True), "POSTCODE")])])


def t_mixed_chat():
    num, kind = make_card()
    P("web chat/retail: card, expiry and cvv each in its own message, mixed with chit-chat", [
        (A, "Card number please"),
        (C, [V(typed_card(num), "CARD_NUMBER"), " " + ch("its the blue one", "visa debit", "my husbands card actually", "")]),
        (A, "and expiry?"), (C, [V(typed_expiry(), "EXPIRY")]),
        (A, "and the cvv"), (C, [ch("", "cvv ", "the 3 on back "), V(digits(4 if kind == "amex" else 3), "CVV"),
                                 R.choice(EMO)])])


# --------------------------------------------------------------------------
# positive templates: spoken (ASR)
# --------------------------------------------------------------------------

def s_card_call():
    num, kind = make_card()
    ind = ch("insurance", "telecom", "utilities", "retail", "travel", "healthcare billing")
    st = R.randint(0, 4)
    groups = [num[:4], num[4:8], num[8:12], num[12:]] if len(num) == 16 else [num[:4], num[4:10], num[10:]]
    if st == 0:
        P("call/%s: card read digit by digit in one turn with fillers" % ind, [
            (A, "okay and the long number on the front"),
            (C, [ch("yeah it's ", "right so ", "um ", ""), V(say_digits(num, fillers=0.1), "CARD_NUMBER")])])
    elif st == 1:
        turns = [(A, "go ahead with the card number when you're ready")]
        for k, g in enumerate(groups):
            turns.append((C, [V(say_digits(g, pairs=0.3), "CARD_NUMBER", "c")]))
            if k < len(groups) - 1:
                turns.append((A, ch("mhm", "yep", "okay go on", "uh huh", "yeah")))
        P("call/%s: card split over customer turns with back-channels, some pairs" % ind, turns)
    elif st == 2:
        P("call/%s: card read in pairs and doubles, expiry and security code" % ind, [
            (A, "card number please"),
            (C, [V(" ".join(say_digits(g, pairs=0.7, doubles=0.8) for g in groups), "CARD_NUMBER")]),
            (A, "and the expiry date"),
            (C, [ch("it's ", "expires ", ""), V(spoken_expiry(), "EXPIRY")]),
            (A, "last three digits on the back"),
            (C, [V(say_digits(digits(4 if kind == "amex" else 3)), "CVV")])])
    elif st == 3:
        wrong = say_digits(groups[0]) + " " + say_digits(digits(3))
        P("call/%s: self-correction, customer restarts the card number" % ind, [
            (A, "and the card number"),
            (C, [V(wrong, "CARD_NUMBER", check=False), " no sorry wrong card hang on um it's ",
                 V(say_digits(num, pairs=0.2), "CARD_NUMBER")])])
    else:
        P("call/%s: agent reads card number back" % ind, [
            (C, ["the card is ", V(say_digits(num), "CARD_NUMBER")]),
            (A, ["so that's ", V(" ".join(say_digits(g) for g in groups), "CARD_NUMBER"), " is that right"]),
            (C, "yes that's right")])


def s_ni_call():
    ni = make_ni()
    st = R.randint(0, 2)
    if st == 0:
        P("call/government services: NI number spoken with NATO letters", [
            (A, "can i take your national insurance number please"),
            (C, [ch("yeah it's ", "it's ", "sure "), V(spoken_ni(ni), "NI_NUMBER")])])
    elif st == 1:
        P("call/insurance: NI number split over turns with back-channel", [
            (A, "and your national insurance number"),
            (C, [V(say_letter(ni[0], 0.5) + " " + say_letter(ni[1], 0.5), "NI_NUMBER", "n")]),
            (A, "mhm"),
            (C, [V(say_digits(ni[2:8], uk=True, pairs=0.5), "NI_NUMBER", "n")]),
            (A, "and the letter at the end"),
            (C, [V(say_letter(ni[8], 0.6), "NI_NUMBER", "n")])])
    else:
        P("call/banking: NI number with agent read-back", [
            (C, ["my n i number is ", V(spoken_ni(ni), "NI_NUMBER")]),
            (A, ["thank you so that's ", V(spoken_ni(ni), "NI_NUMBER")])])


def s_ssn_call():
    s = make_ssn()
    st = R.randint(0, 2)
    ind = ch("banking", "healthcare billing", "insurance", "government services")
    if st == 0:
        P("call/%s: SSN read in one turn" % ind, [
            (A, "and can you verify your social security number"),
            (C, ["yeah it's ", V(spoken_ssn(s), "SSN")])])
    elif st == 1:
        P("call/%s: SSN split in three turns" % ind, [
            (A, "go ahead with the social"),
            (C, [V(say_digits(s[:3]), "SSN", "s")]), (A, "okay"),
            (C, [V(say_digits(s[3:5], pairs=0.5), "SSN", "s")]), (A, "mhm"),
            (C, [V(say_digits(s[5:], pairs=0.5), "SSN", "s")])])
    else:
        P("call/%s: SSN with filler words inside" % ind, [
            (A, "social security number please"),
            (C, ["um ", V(say_digits(s[:3]) + " uh " + say_digits(s[3:5]) + " um " + say_digits(s[5:]), "SSN"),
                 " i think yeah"])])


def s_bank_call():
    st = R.randint(0, 1)
    if st == 0:
        P("call/banking: sort code and account number in consecutive turns", [
            (A, "what's the sort code"), (C, [V(spoken_sort(), "SORT_CODE")]),
            (A, "and the account number"), (C, [V(say_digits(digits(8), uk=True, pairs=0.3), "BANK_ACCOUNT")])])
    else:
        P("call/utilities: account number with doubles and agent read-back", [
            (C, ["account number ", V(say_digits(acct_digits(), doubles=0.9), "BANK_ACCOUNT")]),
            (A, ["lovely and sort code"]),
            (C, [V(spoken_sort(), "SORT_CODE")])])


def s_iban_call():
    ib = make_iban()
    P("call/travel: IBAN read out letter by letter and digits", [
        (A, "what's the iban for the refund"),
        (C, [V(say_alnum(ib, uk=True, nato=0.3, pairs=0.2), "IBAN")])])


def s_phone_call():
    region = ch("UK", "US", "IE")
    st = R.randint(0, 1)
    if st == 0:
        P("call/telecom: phone number spoken (%s)" % region, [
            (A, "and the best contact number"),
            (C, [ch("it's ", "yeah ", ""), V(spoken_phone(region), "PHONE")])])
    else:
        p = spoken_phone(region)
        w = p.split(" ")
        k = len(w) // 2
        P("call/utilities: phone number split over two turns (%s)" % region, [
            (A, "contact number"),
            (C, [V(" ".join(w[:k]), "PHONE", "p")]), (A, "mhm"), (C, [V(" ".join(w[k:]), "PHONE", "p")])])


def s_email_call():
    P("call/retail: email spelled the ASR way", [
        (A, "and what email address should we send that to"),
        (C, [ch("it's ", "yeah it's ", ""), V(spoken_email(), "EMAIL")])])


def s_address_call():
    uk = R.random() < 0.6
    P("call/insurance: address and postcode spoken (%s)" % ("UK" if uk else "US"), [
        (A, "can you confirm the first line of your address"),
        (C, [V(spoken_address(), "ADDRESS")]), (A, "and the post code" if uk else "and the zip code"),
        (C, [V(spoken_postcode(uk), "POSTCODE")])])


def s_dob_call():
    us = R.random() < 0.4
    P("call/healthcare billing: date of birth spoken (%s)" % ("US" if us else "UK/IE"), [
        (A, "can you confirm your date of birth"),
        (C, [ch("yeah ", "it's ", ""), V(spoken_dob(us), "DOB")])])


def t_form_email():
    ni = make_ni()
    P("e-mail/government services: form-style e-mail with several fields", [
        (C, ["Subject: change of details\n\nName: %s %s\nD.O.B: " % (R.choice(FIRST).capitalize(), R.choice(LAST).capitalize()),
             V(typed_dob(), "DOB"), "\nNI No.: ", V(typed_ni(ni), "NI_NUMBER"), "\nTel: ", V(typed_phone("UK"), "PHONE"),
             "\nEmail: ", V(typed_email(), "EMAIL"), "\nNew address: ", V(typed_address(True), "ADDRESS"), ", ",
             V(typed_postcode(True), "POSTCODE"), "\n\nSent from my iPhone"])])


def t_us_form_chat():
    s = make_ssn()
    P("web chat/banking: US customer gives SSN, ZIP and phone in a burst of messages", [
        (A, "To open the account I need your SSN, ZIP code and phone number."),
        (C, [V(typed_ssn(s), "SSN")]), (C, ["zip ", V(make_zip(R.random() < 0.4), "POSTCODE")]),
        (C, [maybe_typo("and my number "), V(typed_phone("US"), "PHONE"), R.choice(EMO)])])


def s_exp_cvv_call():
    num, kind = make_card()
    P("call/retail: expiry and security code in one turn, card read with pairs", [
        (A, "go ahead with the card"),
        (C, [V(say_digits(num, pairs=0.5, fillers=0.05), "CARD_NUMBER")]),
        (A, "and the expiry and the three digits on the back"),
        (C, ["expiry's ", V(spoken_expiry(), "EXPIRY"), " and the code is ",
             V(say_digits(digits(4 if kind == "amex" else 3)), "CVV")])])


def s_us_ssn_dob_call():
    s = make_ssn()
    P("call/healthcare billing: US caller gives DOB then SSN with a correction of one group", [
        (A, "date of birth and social please"),
        (C, [V(spoken_dob(True), "DOB"), " and the social is ", V(say_digits(s[:3]) + " " + say_digits(digits(2)), "SSN", check=False),
             " no wait let me start again ", V(spoken_ssn(s), "SSN")])])


def homophones(text):
    w = text.split(" ")
    for i, x in enumerate(w):
        if x == "four" and R.random() < 0.5:
            w[i] = "for"
        elif x == "two" and R.random() < 0.5:
            w[i] = R.choice(["to", "too"])
        elif x == "eight" and R.random() < 0.2:
            w[i] = "ate"
    return " ".join(w)


def s_homophone_call():
    st = R.randint(0, 2)
    if st == 0:
        num, _ = make_card()
        num = num if ("4" in num or "2" in num) else num
        P("call/telecom: card number with ASR homophones (for/to/ate) for digits", [
            (A, "and the card number"),
            (C, [V(homophones(say_digits(num)), "CARD_NUMBER")])])
    elif st == 1:
        s_ = make_ssn()
        P("call/insurance: SSN with ASR homophones for digits", [
            (A, "can i get your social"),
            (C, ["sure it's ", V(homophones(spoken_ssn(s_)), "SSN")])])
    else:
        P("call/utilities: phone number with ASR homophones", [
            (A, "best number to reach you"),
            (C, [V(homophones(spoken_phone(ch("UK", "US"))), "PHONE"), " any time after ten"])])


def t_sms_ni_tax():
    ni = make_ni()
    P("SMS/government services: NI number with punctuation and question right after", [
        (C, [maybe_typo("hiya its about my tax code, ni number "), V(typed_ni(ni), "NI_NUMBER"),
             "? was told to txt it here. ref %d" % R.randint(10000, 999999)])])


TYPED = [t_sms_ni_tax, t_form_email, t_us_form_chat, t_card_chat, t_card_split_digits_typo, t_ni_chat, t_ssn_chat, t_bank_chat, t_iban_chat,
         t_phone_chat, t_email_chat, t_address_chat, t_dob_chat, t_mixed_chat, t_card_chat, t_ni_chat, t_ssn_chat]
SPOKEN = [s_homophone_call, s_exp_cvv_call, s_us_ssn_dob_call, s_card_call, s_ni_call, s_ssn_call, s_bank_call, s_iban_call, s_phone_call, s_email_call,
          s_address_call, s_dob_call, s_card_call]


# --------------------------------------------------------------------------
# negatives
# --------------------------------------------------------------------------

def neg_cases():
    k = R.randint(0, 24)
    amt = R.randint(5, 4000)
    cents = R.randint(0, 99)
    if k == 0:
        N("web chat/telecom: bill amount and payment date", [
            (C, "why is my bill \u00a3%d.%02d this month, it was \u00a3%d last month" % (amt, cents, R.randint(5, 90))),
            (A, "I can see a one-off charge of \u00a3%d.%02d on %d %s." % (R.randint(1, 50), cents, R.randint(1, 28), R.choice(MONTHS).capitalize()))])
    elif k == 1:
        N("call/utilities: meter reading spoken", [
            (A, "can you read me the meter"),
            (C, "yeah it's %s" % say_digits(digits(5, True))), (A, "lovely thanks and that was taken today")])
    elif k == 2:
        N("web chat/retail: order number with reference word", [
            (C, "order number %s hasnt arrived" % digits(R.randint(7, 10), True)), (A, "Sorry to hear that, let me check order %s." % digits(8, True))])
    elif k == 3:
        N("call/travel: flight number and time", [
            (C, "i'm on flight %s at %s fifteen tomorrow" % (R.choice(["b a", "e i", "a a", "u a"]) + " " + say_num(R.randint(10, 999)), say_num(R.randint(1, 12)))),
            (A, "okay and that's departing terminal %s" % say_num(R.randint(1, 5)))])
    elif k == 4:
        N("SMS/banking: balance and percentage", [
            (C, "whats my balance"), (A, "Your balance is $%d,%03d.%02d and your rate is %d.%d%% APR" % (R.randint(1, 99), R.randint(0, 999), cents, R.randint(3, 29), R.randint(0, 9)))])
    elif k == 5:
        N("call/insurance: claim reference spoken with reference word", [
            (A, "do you have a claim reference"),
            (C, "yeah claim reference %s" % say_digits(digits(R.randint(6, 9), True), uk=True))])
    elif k == 6:
        N("web chat/healthcare billing: appointment date (not a birth date)", [
            (C, "can I move my appointment from %s to %s?" % (typed_dob_like(), typed_dob_like())),
            (A, "Yes, I've moved it to %d:%02d on that day." % (R.randint(8, 17), R.choice([0, 15, 30, 45])))])
    elif k == 7:
        N("call/telecom: data allowance and speed", [
            (C, "i've got %s gig and the speed is only %s megs" % (say_num(R.randint(2, 100)), say_num(R.randint(2, 900)))),
            (A, "you should be getting up to %s megabits" % say_num(R.randint(30, 900)))])
    elif k == 8:
        N("web chat/retail: model number and quantity", [
            (C, "do you have the %s-%d in stock? need %d of them" % (R.choice(["XR", "KD", "WM", "QN"]), R.randint(100, 99999), R.randint(2, 40))),
            (A, "We have %d units of model %d%s." % (R.randint(1, 300), R.randint(1000, 99999), R.choice(["A", "X", "-B"])))])
    elif k == 9:
        N("call/travel: hotel room number and nights", [
            (C, "i was in room %s for %s nights" % (say_num(R.randint(100, 999)), say_num(R.randint(2, 14)))),
            (A, "and the total was %s pounds %s" % (say_num(R.randint(100, 999)), say_num(R.randint(1, 99))))])
    elif k == 10:
        N("e-mail/utilities: contract start date and tariff price", [
            (C, "Hello,\nMy contract started on %02d/%02d/%d and the unit rate is %d.%02dp per kWh. Standing charge %d.%dp.\nThanks" % (
                R.randint(1, 28), R.randint(1, 12), R.randint(2018, 2025), R.randint(15, 40), cents, R.randint(20, 60), R.randint(0, 9)))])
    elif k == 11:
        N("call/banking: payment amount spoken in words", [
            (C, "i want to pay %s pounds %s pence" % (say_num(R.randint(100, 999)), say_num(R.randint(1, 99)))),
            (A, "okay that's %s hundred and %s pounds going out on the %s" % (say_num(R.randint(1, 9)), say_num(R.randint(1, 99)), ORD[R.randint(1, 28)]))])
    elif k == 12:
        N("web chat/insurance: ticket number and age", [
            (C, "ticket #%s - my son is %d and I'm %d, does the policy cover both" % (digits(R.randint(5, 8), True), R.randint(2, 17), R.randint(25, 70))),
            (A, "Yes, dependants under %d are covered." % R.randint(18, 25))])
    elif k == 13:
        N("call/utilities: temperature and durations", [
            (C, "the boiler's set to %s degrees and it's been off for %s hours" % (say_num(R.randint(15, 70)), say_num(R.randint(2, 72)))),
            (A, "engineer can come between %s and %s" % (say_num(R.randint(7, 11)), say_num(R.randint(12, 6 + 12) - 12 if False else R.randint(1, 6))))])
    elif k == 14:
        N("SMS/telecom: invoice number and year", [
            (C, "invoice %s from %d is wrong, charged %d times" % (digits(R.randint(6, 10), True), R.randint(2015, 2025), R.randint(2, 5)))])
    elif k == 15:
        N("call/retail: price said digit-like", [
            (C, "the price on the shelf said %s ninety nine" % say_num(R.randint(10, 99))),
            (A, "and it rang up at %s ninety nine yeah i'll refund the difference" % say_num(R.randint(10, 99)))])
    elif k == 16:
        N("web chat/government services: application reference and count", [
            (C, "application ref %s, submitted %d documents on %d %s" % (digits(R.randint(8, 10), True), R.randint(2, 9), R.randint(1, 28), R.choice(MONTHS))),
            (A, "Processing takes up to %d working days." % R.randint(5, 60))])
    elif k == 17:
        N("call/banking: years and percentages", [
            (C, "i've been with you since %s and the rate went up %s percent" % (say_year(R.randint(1985, 2020)), say_num(R.randint(1, 9)))),
            (A, "the fixed rate ends in %s" % say_year(R.randint(2026, 2030)))])
    elif k == 18:
        N("social DM/travel: booking with times and gate", [
            (C, "train at %02d:%02d was %d mins late, platform %d %s" % (R.randint(5, 23), R.randint(0, 59), R.randint(5, 180), R.randint(1, 15), R.choice(EMO)))])
    elif k == 20:
        N("web chat/banking: payment date and amount (not a birth date)", [
            (C, "a payment of \u00a3%d.%02d was taken on %02d/%02d/%d but I cancelled on %d %s" % (
                amt, cents, R.randint(1, 28), R.randint(1, 12), R.randint(2023, 2026), R.randint(1, 28), R.choice(MONTHS).capitalize())),
            (A, "I can see that, I'll raise a refund of \u00a3%d.%02d within %d working days." % (amt, cents, R.randint(3, 10)))])
    elif k == 21:
        N("e-mail/telecom: contract length, start date and monthly price", [
            (C, "Hi,\nmy %d month contract started %s %d, I pay \u20ac%d.%02d a month for %dGB.\nThanks" % (
                R.choice([12, 18, 24, 36]), R.choice(MONTHS).capitalize(), R.randint(2019, 2025), R.randint(10, 80), cents, R.randint(5, 200)))])
    elif k == 22:
        N("call/insurance: vehicle mileage, engine size and premium", [
            (C, "it's done about %s thousand miles and it's a one point %s litre" % (say_num(R.randint(10, 150)), say_num(R.randint(0, 9)))),
            (A, "okay your premium comes to %s pounds %s a year" % (say_num(R.randint(200, 999)), say_num(R.randint(1, 99))))])
    elif k == 23:
        N("social DM/retail: parcel tracking with reference word and weight", [
            (C, "tracking no. %s says %.1fkg delivered at %d:%02d but nothing here %s" % (
                digits(10, True), R.randint(5, 200) / 10, R.randint(7, 20), R.randint(0, 59), R.choice(EMO)))])
    else:
        N("call/telecom: tracking reference spoken with reference word", [
            (A, "have you got the reference number from the text"),
            (C, "yeah reference number %s" % say_digits(digits(R.randint(6, 10), True), pairs=0.3)),
            (A, "thanks i can see it there")])


def typed_dob_like():
    return "%d %s" % (R.randint(1, 28), R.choice(MONTHS).capitalize()) if R.random() < 0.5 else "%02d/%02d" % (R.randint(1, 28), R.randint(1, 12))


def generate():
    global R
    R = random.Random(SEED)
    CASE_LIST.clear()
    for i in range(200):
        if R.random() < 0.7:
            TYPED[i % len(TYPED)]()
        else:
            SPOKEN[i % len(SPOKEN)]()
    # top-up: make sure CARD / NI / SSN have >= 30 spans and every type >= 12
    for i in range(60):
        f = [t_ni_chat, t_bank_chat, t_ssn_chat, s_bank_call, t_card_chat, s_ni_call, t_iban_chat,
             t_bank_chat, t_email_chat, s_email_call][i % 10]
        cnt = Counter(s["type"] for c, _ in CASE_LIST for s in c["spans"])
        if all(cnt[t] >= 40 for t in ("CARD_NUMBER", "NI_NUMBER", "SSN")) and all(cnt[t] >= 20 for t in TYPES):
            break
        f()
    for _ in range(115):
        neg_cases()
    pos = [c for c in CASE_LIST if c[0]["kind"] == "positive"]
    neg = [c for c in CASE_LIST if c[0]["kind"] == "negative"]
    return pos + neg


def dumps(cases):
    return "".join(json.dumps(c, ensure_ascii=False) + "\n" for c, _ in cases)


def check(cases, text_on_disk):
    errs = []
    if dumps(cases) != text_on_disk:
        errs.append("cases.jsonl differs from regenerated output")
    ids = set()
    for c, groups in cases:
        cid = c["id"]
        if cid in ids:
            errs.append("duplicate id " + cid)
        ids.add(cid)
        if c["kind"] == "negative" and c["spans"]:
            errs.append(cid + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(cid + ": positive without spans")
        seen = []
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(cid + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(cid + ": turn out of range")
                continue
            t = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(t)):
                errs.append(cid + ": offsets out of range")
                continue
            if not (t[a].isalnum() or t[a] in "+(") or not t[b - 1].isalnum():
                errs.append("%s: span %r does not start/end on alnum" % (cid, t[a:b]))
            if (a > 0 and t[a - 1].isalnum()) or (b < len(t) and t[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (cid, t[a:b]))
            for (tu, x, y) in seen:
                if tu == s["turn"] and a < y and x < b:
                    errs.append(cid + ": overlapping spans")
            seen.append((s["turn"], a, b))
        for g, (typ, texts) in groups.items():
            if typ in ("ADDRESS", "EMAIL", "DOB", "EXPIRY"):
                joined = " ".join(texts)
            else:
                joined = " ".join(texts)
            e = validate(typ, joined)
            if e:
                errs.append("%s: %s (%r)" % (cid, e, joined))
    cnt = Counter(s["type"] for c, _ in cases for s in c["spans"])
    npos = sum(1 for c, _ in cases if c["kind"] == "positive")
    nneg = len(cases) - npos
    if npos < 170 or nneg < 100:
        errs.append("too few cases: %d pos %d neg" % (npos, nneg))
    for t in TYPES:
        need = 30 if t in ("CARD_NUMBER", "NI_NUMBER", "SSN") else 12
        if cnt[t] < need:
            errs.append("type %s has %d spans (< %d)" % (t, cnt[t], need))
    return errs, cnt, npos, nneg


def readme(cnt, npos, nneg, nchan):
    rows = "\n".join("| %s | %d |" % (t, cnt[t]) for t in TYPES)
    return f"""# pii_holdout187 — held-out PII redaction evaluation set

**Never use this set for tuning.** It exists only to measure the redactor on
data its authors have not looked at.

## Who wrote it and how

Written by an AI helper acting as an independent test author. The author did
not see the redaction code, its tests, its documentation or any other PII
fixture (only a three-line example of the JSONL format). Cases are produced by
`scripts/make_pii_holdout187.py` from template functions; every turn is
assembled from plain-text segments and labelled `(value, TYPE)` segments so
span offsets are computed, never typed by hand. All values come from one
`random.Random({SEED})`; output is byte-for-byte reproducible.
`python scripts/make_pii_holdout187.py --check` regenerates the file, compares
it byte for byte and validates ids, offsets, word boundaries, overlaps and
each value after normalising spoken forms (Luhn for cards, mod-97 for IBANs,
NI format, 9 digits for SSN, 6 for sort codes, digit counts for CVV / phone /
account numbers, UK / US postcode shapes).

Emphasis: about two thirds typed channels (web chat, SMS, e-mail bodies,
social DMs) with messy typing — values split over several messages, typos
around them, odd separators (`-`, `.`, `/`, double spaces, ` - `), mixed
case, emojis, quotes/brackets from copy-paste — and one third phone calls as
an ASR transcript (lower case, numbers as words, oh/o/nought/zero,
double/triple, pairs like "forty one", "X hundred", NATO letters "b for
bravo", ASR homophones ("for", "to"/"too", "ate" for four / two / eight),
e-mails as "j dot doe at gmail dot com", fillers inside readings,
self-corrections, agent read-backs, values split over turns with
back-channels).

## Annotation conventions

* A span covers exactly the value: the digits/letters and the separators or
  spoken filler words *between* them; it never includes the lead-in words
  ("my card is", "sort code", "exp") or trailing punctuation.
* A value split over several turns/messages gets one span per turn, each of
  the same type.
* Agent read-backs of a value are labelled too.
* Filler words ("um", "er") and homophones inside a spoken reading are part of
  the span.
* In a self-correction the abandoned partial reading is labelled with the
  same type as the final value (it is still the customer's data).
* "Last four of my social" is labelled SSN.
* ADDRESS is the street line (house/flat number + street name + suffix);
  town names are not labelled; the postcode / ZIP is a separate POSTCODE span.
* DOB includes the whole date as written or said (including "the ... of").
* EXPIRY includes the month and year only; CVV the 3 or 4 digits only.
* PHONE includes country code, brackets and "+".
* Negatives contain no personal data: amounts, prices, times, durations,
  counts, years, percentages, non-birth dates, order/ticket/claim/invoice/
  reference numbers said with their reference word, flight and room numbers,
  model numbers, meter readings, speeds, ages, temperatures, balances.

## Counts

Positive cases: {npos}; negative cases: {nneg}; typed-channel cases: {nchan[0]}, call cases: {nchan[1]}.

| type | spans |
|---|---|
{rows}
"""


def main():
    cases = generate()
    text = dumps(cases)
    nchan = (sum(1 for c, _ in cases if not c["note"].startswith("call/")),
             sum(1 for c, _ in cases if c["note"].startswith("call/")))
    if "--check" in sys.argv:
        disk = CASES.read_text(encoding="utf-8") if CASES.exists() else ""
        errs, cnt, npos, nneg = check(cases, disk)
        if README.exists() and README.read_text(encoding="utf-8") != readme(cnt, npos, nneg, nchan):
            errs.append("README.md differs from regenerated output")
        print("positives=%d negatives=%d" % (npos, nneg))
        for t in TYPES:
            print("  %-13s %d" % (t, cnt[t]))
        for e in errs[:50]:
            print("ERROR", e)
        if errs:
            print("CHECK FAILED: %d problem(s)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    CASES.write_text(text, encoding="utf-8")
    errs, cnt, npos, nneg = check(cases, text)
    README.write_text(readme(cnt, npos, nneg, nchan), encoding="utf-8")
    print("wrote %d cases (%d positive, %d negative)" % (len(cases), npos, nneg))
    if errs:
        for e in errs[:50]:
            print("WARN", e)


if __name__ == "__main__":
    main()

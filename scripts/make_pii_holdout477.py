#!/usr/bin/env python3
"""Generate the pii_holdout477 held-out PII redaction evaluation set.

Usage:
    python scripts/make_pii_holdout477.py          # write cases.jsonl + README.md
    python scripts/make_pii_holdout477.py --check  # regenerate and verify

Standard library only. Every offset is computed from labelled segments.
"""
import json
import os
import re
import sys
import random
from collections import Counter

R = random.Random(477241125)

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT_DIR = os.path.join(ROOT, "tests", "fixtures", "pii_holdout477")
CASES = os.path.join(OUT_DIR, "cases.jsonl")
README = os.path.join(OUT_DIR, "README.md")

TYPES = ["CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT", "SORT_CODE",
         "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"]

# ---------------------------------------------------------------- values


class Val:
    """One labelled value; may be spread over several spans (turns, asides)."""

    def __init__(self, typ, canon, partial=False):
        self.typ, self.canon, self.partial = typ, canon, partial


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


def luhn_complete(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


def gen_card():
    kind = R.choice(["visa", "visa", "mc", "mc", "amex", "disc", "visa13", "visa19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16)
    if kind == "visa13":
        return luhn_complete("4", 13)
    if kind == "visa19":
        return luhn_complete("4", 19)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15)
    return luhn_complete("6011", 16)


def card_groups(c):
    if len(c) == 15:
        return [c[:4], c[4:10], c[10:]]
    if len(c) == 13:
        return [c[:4], c[4:7], c[7:10], c[10:]]
    return [c[i:i + 4] for i in range(0, len(c), 4)]


def gen_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni():
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + R.choice("ABCD")


NI_RE = re.compile(r"^[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")


def iban_check(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%02d" % (98 - int(num) % 97)


def iban_ok(s):
    s = s.upper()
    if not re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]{8,30}$", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def gen_iban(cc=None):
    cc = cc or R.choice(["GB", "IE", "DE", "FR", "NL", "ES", "IE", "GB"])
    if cc in ("GB", "IE"):
        bank = R.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) if cc == "GB" else R.choice(["AIBK", "BOFI", "IPBS"])
        bban = bank + digits(14)
    elif cc == "DE":
        bban = digits(18)
    elif cc == "FR":
        bban = digits(23)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(20)
    return cc + iban_check(cc, bban) + bban


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def aba_ok(s):
    w = [3, 7, 1] * 3
    return len(s) == 9 and sum(int(c) * k for c, k in zip(s, w)) % 10 == 0


def gen_routing():
    while True:
        b = R.choice(["0", "1", "2", "3"]) + str(R.randint(1, 9)) + digits(6)
        for c in "0123456789":
            if aba_ok(b + c):
                return b + c


UK_OUT = ["SW1A", "M1", "B33", "LS6", "EH1", "CF10", "BT9", "NE1", "G12", "BS8", "N19", "SE15",
          "W1D", "EC1V", "OX4", "CB2", "L17", "S10", "NG7", "PL4", "DN55", "CR0", "KT2", "AB10"]
INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_ukpc():
    return R.choice(UK_OUT) + " " + str(R.randint(0, 9)) + R.choice(INWARD) + R.choice(INWARD)


UKPC_RE = re.compile(r"^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$")

# ---------------------------------------------------------------- speech

UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NATO = {"alpha": "a", "alfa": "a", "bravo": "b", "charlie": "c", "delta": "d", "echo": "e",
        "foxtrot": "f", "golf": "g", "hotel": "h", "india": "i", "juliet": "j", "juliett": "j",
        "kilo": "k", "lima": "l", "mike": "m", "november": "n", "oscar": "o", "papa": "p",
        "quebec": "q", "romeo": "r", "sierra": "s", "tango": "t", "uniform": "u", "victor": "v",
        "whiskey": "w", "whisky": "w", "xray": "x", "yankee": "y", "zulu": "z"}
NATO_BY_LETTER = {}
for _w, _l in NATO.items():
    NATO_BY_LETTER.setdefault(_l, _w)
NATO_BY_LETTER["x"] = "xray"
# non-NATO but common spoken spellings
FOLK = {"a": "apple", "b": "bob", "c": "cat", "d": "dog", "e": "edward", "f": "freddie",
        "g": "george", "h": "harry", "j": "john", "k": "king", "l": "london", "m": "mary",
        "n": "nancy", "p": "peter", "r": "robert", "s": "sugar", "t": "tom", "w": "william",
        "y": "yellow", "z": "zebra", "q": "queen", "x": "xmas"}
FILLERS = ["um", "uh", "er", "erm", "uhm"]


def zero_word(uk, alnum=False):
    opts = ["zero", "oh"] + ([] if alnum else ["o"]) + (["nought"] if uk else [])
    return R.choice(opts)


def say_digit(d, uk, alnum=False):
    return zero_word(uk, alnum) if d == "0" else UNITS[int(d)]


def say_digits(s, uk, alnum=False, dbl=True):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        if dbl and run >= 3 and R.random() < 0.5:
            out.append("triple " + say_digit(s[i], uk, alnum))
            i += 3
            continue
        if dbl and run >= 2 and R.random() < 0.6:
            out.append("double " + say_digit(s[i], uk, alnum))
            i += 2
            continue
        out.append(say_digit(s[i], uk, alnum))
        i += 1
    return " ".join(out)


def say_pair(p, uk):
    """Pair reading that cannot merge with a following digit word (no bare 'eighty' + 'nine')."""
    if len(p) == 2 and p[1] == "0" and p[0] not in "01":
        return UNITS[int(p[0])] + " " + zero_word(uk)
    return say_pair_d(p, uk)


def say_pair_d(p, uk):
    """Natural pair reading (used at the end of dates, where 'twenty thirty' is fine)."""
    if p == "00":
        return R.choice(["double oh", "oh oh", "zero zero"])
    if p[0] == "0":
        return R.choice(["oh", "zero"] + (["nought"] if uk else [])) + " " + UNITS[int(p[1])]
    n = int(p)
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNITS[n % 10])


def say_hundreds(g, uk):
    # g: 3 digits, first non-zero
    h = UNITS[int(g[0])] + " hundred"
    rest = g[1:]
    if rest == "00":
        return h
    conj = " and " if (uk or R.random() < 0.3) else " "
    if rest[0] == "0":
        # "eight hundred four" would be ambiguous with a following digit; say it the unambiguous way
        return h + " and " + UNITS[int(rest[1])] if uk else UNITS[int(g[0])] + " oh " + UNITS[int(rest[1])]
    return h + conj + say_pair(rest, uk)


def say_group(g, uk, alnum=False):
    """Say a digit group in a random but realistic style."""
    r = R.random()
    if len(g) == 3 and g[0] != "0" and not (g[2] == "0" and g[1] not in "01") and r < 0.35:
        return say_hundreds(g, uk)
    if len(g) % 2 == 0 and r < 0.55 and not alnum:
        return " ".join(say_pair(g[i:i + 2], uk) for i in range(0, len(g), 2))
    if len(g) == 4 and g[0] != "0" and g[2] != "0" and r < 0.7:
        return say_pair(g[:2], uk) + " " + say_pair(g[2:], uk)
    return say_digits(g, uk, alnum)


def say_letter(c, style=None):
    c = c.lower()
    style = style or R.choice(["plain", "plain", "nato", "for", "forfolk"])
    if style == "plain":
        return c
    if style == "nato":
        return NATO_BY_LETTER[c]
    if style == "for":
        return c + " for " + NATO_BY_LETTER[c]
    return c + " for " + FOLK.get(c, NATO_BY_LETTER[c])


def say_alnum(s, uk):
    out, i = [], 0
    s = s.replace(" ", "")
    while i < len(s):
        ch = s[i]
        if ch.isdigit():
            j = i
            while j < len(s) and s[j].isdigit():
                j += 1
            out.append(say_digits(s[i:j], uk, alnum=True))
            i = j
        else:
            if i + 1 < len(s) and s[i + 1] == ch and R.random() < 0.5:
                out.append("double " + ch.lower())
                i += 2
            else:
                out.append(say_letter(ch))
                i += 1
    return " ".join(out)


def with_filler(parts, p=0.3):
    out = []
    for k, x in enumerate(parts):
        if k and R.random() < p:
            out.append(R.choice(FILLERS))
        out.append(x)
    return " ".join(out)


# ---------------------------------------------------------------- normaliser

W_UNITS = {w: i for i, w in enumerate(UNITS)}
W_UNITS.update({"oh": 0, "o": 0, "nought": 0, "nil": 0})
W_TEENS = {w: 10 + i for i, w in enumerate(TEENS)}
W_TENS = {w: i for i, w in enumerate(TENS) if w}
SKIP = set(FILLERS) | {"and", "dash", "hyphen", "space", "slash", "plus", "then", "dot"}
FOLK_WORDS = {v: k for k, v in FOLK.items()}


def normalise(text, mode):
    """mode: digits | alnum | email. Returns the normalised string or raises ValueError."""
    toks = re.findall(r"[a-z0-9]+|[@._+\-]", text.lower())
    out, i, n = [], 0, len(toks)

    def unit(t):
        if t == "o" and mode != "digits":
            return None
        return W_UNITS.get(t)

    while i < n:
        t = toks[i]
        if mode == "email":
            sp = {"dot": ".", "at": "@", "underscore": "_", "dash": "-", "hyphen": "-", "@": "@",
                  ".": ".", "_": "_", "-": "-"}
            if t in sp:
                out.append(sp[t])
                i += 1
                continue
        if t in SKIP or t in "@._+-":
            i += 1
            continue
        if t.isdigit():
            out.append(t)
            i += 1
            continue
        if t in ("double", "triple") and i + 1 < n:
            k = 2 if t == "double" else 3
            nx = toks[i + 1]
            u = unit(nx)
            if u is not None:
                out.append(str(u) * k)
            elif len(nx) == 1 and nx.isalpha() and mode != "digits":
                out.append(nx * k)
            else:
                raise ValueError("bad double: " + nx)
            i += 2
            continue
        u = unit(t)
        if u is not None:
            if i + 1 < n and toks[i + 1] == "hundred":
                j = i + 2
                if j < n and toks[j] == "and":
                    j += 1
                if j < n and toks[j] in W_TEENS:
                    out.append(str(u) + str(W_TEENS[toks[j]]))
                    i = j + 1
                elif j < n and toks[j] in W_TENS:
                    tv = W_TENS[toks[j]]
                    if j + 1 < n and unit(toks[j + 1]) not in (None, 0) and toks[j + 1] in UNITS:
                        out.append("%d%d%d" % (u, tv, unit(toks[j + 1])))
                        i = j + 2
                    else:
                        out.append("%d%d0" % (u, tv))
                        i = j + 1
                elif j < n and toks[j] in UNITS[1:] and j != i + 2:
                    out.append("%d0%d" % (u, W_UNITS[toks[j]]))
                    i = j + 1
                else:
                    out.append("%d00" % u)
                    i += 2
                continue
            out.append(str(u))
            i += 1
            continue
        if t in W_TEENS:
            out.append(str(W_TEENS[t]))
            i += 1
            continue
        if t in W_TENS:
            if i + 1 < n and toks[i + 1] in UNITS[1:]:
                out.append("%d%d" % (W_TENS[t], W_UNITS[toks[i + 1]]))
                i += 2
            else:
                out.append("%d0" % W_TENS[t])
                i += 1
            continue
        if mode != "digits":
            if len(t) == 1 and t.isalpha():
                if i + 2 < n and toks[i + 1] == "for" and (toks[i + 2] in NATO or toks[i + 2] in FOLK_WORDS):
                    i += 3
                else:
                    i += 1
                out.append(t)
                continue
            if t in NATO and mode == "alnum":
                out.append(NATO[t])
                i += 1
                continue
            if mode == "email":
                out.append(t)
                i += 1
                continue
            if re.match(r"^[a-z0-9]+$", t) and mode == "alnum":
                out.append(t)
                i += 1
                continue
        raise ValueError("unparsed token %r in %r" % (t, text))
    return "".join(out)


MODE = {"CARD_NUMBER": "digits", "CVV": "digits", "SSN": "digits", "BANK_ACCOUNT": "digits",
        "SORT_CODE": "digits", "PHONE": "digits", "NI_NUMBER": "alnum", "IBAN": "alnum",
        "POSTCODE": "alnum", "EMAIL": "email"}
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december"]
STREET_WORDS = ("street", "st", "road", "rd", "lane", "ln", "avenue", "ave", "drive", "dr", "close",
                "way", "court", "ct", "crescent", "place", "pl", "boulevard", "blvd", "terrace",
                "grove", "gardens", "park", "hill", "row", "square", "parade", "mews", "walk",
                "circle", "highway", "pike", "green", "view")


def validate_canon(v):
    t, c = v.typ, v.canon
    if t == "CARD_NUMBER":
        if v.partial:
            return c.isdigit() and 1 <= len(c) <= 19
        return c.isdigit() and 13 <= len(c) <= 19 and luhn_ok(c)
    if t == "CVV":
        return c.isdigit() and len(c) in (3, 4)
    if t == "SSN":
        if v.partial:
            return c.isdigit() and 2 <= len(c) <= 9
        return (c.isdigit() and len(c) == 9 and c[:3] not in ("000", "666") and c[0] != "9"
                and c[3:5] != "00" and c[5:] != "0000")
    if t == "NI_NUMBER":
        return bool(NI_RE.match(c)) or (v.partial and bool(re.match(r"^[A-Z0-9]+$", c)))
    if t == "BANK_ACCOUNT":
        return c.isdigit() and 6 <= len(c) <= 17
    if t == "SORT_CODE":
        return c.isdigit() and len(c) == 6
    if t == "IBAN":
        return iban_ok(c) or (v.partial and c.isalnum())
    if t == "PHONE":
        return c.isdigit() and 7 <= len(c) <= 15
    if t == "EMAIL":
        return bool(re.match(r"^[a-z0-9._+\-]+@[a-z0-9\-]+(\.[a-z0-9\-]+)+$", c))
    if t == "POSTCODE":
        return bool(UKPC_RE.match(c)) or bool(re.match(r"^\d{5}(-\d{4})?$", c))
    if t == "DOB":
        y, m, d = c
        import datetime
        datetime.date(y, m, d)
        return 1920 <= y <= 2008
    if t == "EXPIRY":
        y, m = c
        return 1 <= m <= 12 and 2023 <= y <= 2036
    if t == "ADDRESS":
        return number_word_present(c)
    return False


def canon_key(v):
    if v.typ == "POSTCODE":
        return v.canon.replace(" ", "").replace("-", "").lower()
    if v.typ in ("NI_NUMBER", "IBAN"):
        return v.canon.lower()
    return v.canon


def number_word_present(s):
    toks = re.findall(r"[a-z0-9]+", s.lower())
    return any(t.isdigit() or t in W_UNITS or t in W_TEENS or t in W_TENS for t in toks)


def check_span_texts(v, texts):
    """Validate the labelled surface text(s) of one value after normalising spoken forms."""
    if not validate_canon(v):
        raise AssertionError("invalid canonical %s %r" % (v.typ, v.canon))
    if v.typ in MODE:
        got = "".join(normalise(t, MODE[v.typ]) for t in texts)
        if got != canon_key(v):
            raise AssertionError("%s normalised %r != %r (from %r)" % (v.typ, got, canon_key(v), texts))
        return
    joined = " ".join(texts).lower()
    if v.typ == "ADDRESS":
        if not number_word_present(joined) or not any(
                re.search(r"\b%s\b" % w, joined) for w in STREET_WORDS):
            raise AssertionError("address without number/street word: %r" % texts)
        return
    m = v.canon[1]
    mname = MONTHS[m - 1]
    ok = mname in joined or mname[:3] in joined
    if not ok:
        try:
            dn = normalise(re.sub(r"[^a-z0-9 ]", " ", joined), "digits")
            ok = ("%02d" % m) in dn or str(m) in dn
        except ValueError:
            ok = False
    if not ok:
        raise AssertionError("%s month not found: %r" % (v.typ, texts))


# ---------------------------------------------------------------- case building


class Builder:
    def __init__(self):
        self.cases = []

    def add(self, kind, note, turns):
        """turns: list of (speaker, [segments]); segment = str | (Val, text)."""
        out_turns, spans, meta = [], [], []
        for ti, (spk, segs) in enumerate(turns):
            pos, parts = 0, []
            for s in segs:
                if isinstance(s, tuple):
                    v, txt = s
                    spans.append({"turn": ti, "start": pos, "end": pos + len(txt), "type": v.typ})
                    meta.append((v, txt))
                    parts.append(txt)
                    pos += len(txt)
                else:
                    parts.append(s)
                    pos += len(s)
            out_turns.append({"speaker": spk, "text": "".join(parts)})
        if kind == "negative":
            assert not spans
        self.cases.append({"kind": kind, "turns": out_turns, "spans": spans, "note": note,
                           "_meta": meta})


B = Builder()
C, A = "customer", "agent"


def L(v, t):
    return (v, t)


def uk_or_us():
    return R.choice(["uk", "us", "ie"])


BACKCH = ["mhm", "go on", "yep", "ok", "uh huh", "yes", "right", "got that", "ok go on", "mm hm",
          "carry on", "sure"]
OPEN_TYPED = ["hi there", "Hello", "hey", "Hi,", "good morning", "hiya", "Hello team,"]


def bc():
    return R.choice(BACKCH)


# ---------- card templates


def card_typed(uk):
    c = gen_card()
    g = card_groups(c)
    sep = R.choice([" ", "-", "", " ", ".", "  "])
    txt = sep.join(g)
    if R.random() < 0.2 and len(c) == 16:
        txt = c[:8] + " " + c[8:]
    v = Val("CARD_NUMBER", c)
    label = R.choice(["card no: ", "card number is ", "Card: ", "my crad number is ", "cc# ",
                      "CARD NUMBER - ", "the long number on the front is ", "pan: "])
    segs = [R.choice(OPEN_TYPED) + " " + R.choice(["i need to update payment.", "can you take the payment now?",
                                                   "pls renew my subscription.", "paying the bill."]) + " ", label, L(v, txt)]
    extra = []
    if R.random() < 0.7:
        y, m = R.randint(2025, 2031), R.randint(1, 12)
        e = Val("EXPIRY", (y, m))
        et = R.choice(["%02d/%02d" % (m, y % 100), "%02d-%d" % (m, y), "%d/%02d" % (m, y % 100),
                       "%s %d" % (MONTHS[m - 1][:3].title(), y), "%02d / %02d" % (m, y % 100)])
        segs += [R.choice([", exp ", " expiry ", " exp date: ", ", valid thru "]), L(e, et)]
        extra.append("EXPIRY")
    if R.random() < 0.6:
        n = 4 if len(c) == 15 else 3
        cv = Val("CVV", digits(n))
        segs += [R.choice([" cvv ", ", security code ", " CVC: ", " and the 3 digits on the back are "]), L(cv, cv.canon)]
    segs.append(R.choice(["", " thanks", ". cheers", " ty"]))
    turns = [(C, segs), (A, ["Thank you, I've got that and I'm processing it now."])]
    B.add("positive", "typed chat card details" + (" with expiry/cvv" if extra else ""), turns)


def card_spoken(uk):
    c = gen_card()
    g = card_groups(c)
    v = Val("CARD_NUMBER", c)
    turns = [(A, [R.choice(["and can i take the long card number please", "ok whenever you're ready the sixteen digits on the front",
                            "can i get the card number starting from the left"])]),]
    mode = R.choice(["split", "split", "one", "aside", "correction"])
    if mode == "one":
        turns.append((C, [R.choice(["yeah it's ", "ok so ", "um ", "right it's "]),
                          L(v, with_filler([say_group(x, uk) for x in g], 0.35))]))
    elif mode == "split":
        for k, x in enumerate(g):
            lead = R.choice(["", "", "uh ", "then ", "next is "]) if k else R.choice(["", "it's ", "ok "])
            turns.append((C, [lead, L(v, say_group(x, uk))] + ([R.choice(["", " yeah"])] if k < len(g) - 1 else [])))
            if k < len(g) - 1:
                turns.append((A, [bc()]))
    elif mode == "aside":
        cut = R.randint(1, len(g) - 1)
        a1 = " ".join(say_group(x, uk) for x in g[:cut])
        a2 = " ".join(say_group(x, uk) for x in g[cut:])
        aside = R.choice([" hang on i need my glasses ", " sorry the dog's barking ", " bear with me it's worn off a bit ",
                          " one second kids be quiet ", " hold on the light's bad in here "])
        turns.append((C, ["ok ", L(v, a1), aside, L(v, a2)]))
    else:
        wrong = g[0][:2] + str((int(g[0][2]) + 3) % 10)
        p = Val("CARD_NUMBER", wrong, partial=True)
        turns.append((C, ["it's ", L(p, say_digits(wrong, uk)), R.choice([" no wait sorry let me start again ",
                                                                         " oh hang on that's the wrong card ",
                                                                         " sorry start over "]),
                          L(v, " ".join(say_group(x, uk) for x in g))]))
    if R.random() < 0.6:
        rb = Val("CARD_NUMBER", c)
        turns.append((A, ["so that's ", L(rb, " ".join(say_digits(x, uk, dbl=False) for x in g)), " is that right"]))
        turns.append((C, [R.choice(["yes", "yeah that's it", "correct"])]))
    if R.random() < 0.5:
        y, m = R.randint(2025, 2032), R.randint(1, 12)
        e = Val("EXPIRY", (y, m))
        et = R.choice([say_pair_d("%02d" % m, uk) + " " + say_pair_d("%02d" % (y % 100), uk),
                       MONTHS[m - 1] + " " + say_pair_d("%02d" % (y % 100), uk),
                       MONTHS[m - 1] + " two thousand and " + say_pair_d("%02d" % (y % 100), uk),
                       UNITS[m] + " slash " + say_pair_d("%02d" % (y % 100), uk) if m < 10 else MONTHS[m - 1] + " " + str(y)])
        turns += [(A, ["and the expiry"]), (C, [R.choice(["", "um ", "it's "]), L(e, et)])]
    if R.random() < 0.5:
        cv = Val("CVV", digits(4 if len(c) == 15 else 3))
        turns += [(A, ["and the security code on the back"]), (C, [R.choice(["", "it's ", "uh "]), L(cv, say_digits(cv.canon, uk, dbl=False))])]
    if R.random() < 0.3:
        turns.append((A, ["perfect so just to confirm that's the card ending ", L(Val("CARD_NUMBER", c[-4:], partial=True), say_digits(c[-4:], uk)),
                          R.choice([", i'll put that payment through now", " and that's gone through"])]))
    B.add("positive", "spoken card reading (%s)%s" % (mode, " uk" if uk else " us"), turns)


# ---------- SSN templates


def ssn_case(uk=False):
    s = gen_ssn()
    v = Val("SSN", s)
    style = R.choice(["typed", "typed", "324", "333", "single", "pairs", "split", "partial", "correction"])
    turns = []
    if style == "typed":
        txt = R.choice([s[:3] + "-" + s[3:5] + "-" + s[5:], s[:3] + " " + s[3:5] + " " + s[5:], s,
                        s[:3] + "." + s[3:5] + "." + s[5:], s[:3] + "-" + s[3:5] + s[5:], s[:5] + "-" + s[5:]])
        lab = R.choice(["SSN: ", "ssn ", "social security # ", "my social is ", "SS#", "soc sec no. ", "Social: "])
        turns = [(A, ["To verify the account, please provide your Social Security number."]),
                 (C, [lab, L(v, txt), R.choice(["", " thx", ". Need this fixed asap"])])]
    elif style in ("324", "333", "single", "pairs"):
        if style == "324":
            gs = [s[:3], s[3:5], s[5:]]
        elif style == "333":
            gs = [s[:3], s[3:6], s[6:]]
        elif style == "pairs":
            gs = [s[:1], s[1:3], s[3:5], s[5:7], s[7:]]
        else:
            gs = list(s)
        spoken = with_filler([say_group(x, False) if style != "single" else say_digit(x, False) for x in gs], 0.25)
        turns = [(A, ["and the social security number on file"]),
                 (C, [R.choice(["sure it's ", "ok ", "yeah ", "uh it's "]), L(v, spoken)])]
    elif style == "split":
        gs = [s[:3], s[3:5], s[5:]]
        turns = [(A, ["can i get your social please"])]
        for k, x in enumerate(gs):
            turns.append((C, [R.choice(["", "uh "]), L(v, say_group(x, False))]))
            if k < 2:
                turns.append((A, [bc()]))
    elif style == "partial":
        p = Val("SSN", s[5:], partial=True)
        turns = [(A, ["i just need the last four of your social"]),
                 (C, [R.choice(["it's ", "sure ", "", "last four are "]),
                      L(p, R.choice([say_group(s[5:], False), s[5:]]))]),
                 (A, ["thanks that matches"])]
        B.add("positive", "partial SSN (last four) spoken", turns)
        return
    else:
        wrong = s[:3] + str((int(s[3]) + 1) % 10)
        p = Val("SSN", wrong, partial=True)
        turns = [(A, ["social security number please"]),
                 (C, [L(p, say_digits(wrong, False)), R.choice([" wait no that's my wife's ", " sorry scratch that "]),
                      L(v, " ".join(say_digits(x, False) for x in [s[:3], s[3:5], s[5:]]))])]
    if R.random() < 0.4 and style != "typed":
        turns.append((A, ["let me read that back ", L(Val("SSN", s), " ".join(say_digits(x, False, dbl=False) for x in [s[:3], s[3:5], s[5:]]))]))
    B.add("positive", "SSN " + style, turns)


# ---------- NI templates


def ni_case():
    ni = gen_ni()
    v = Val("NI_NUMBER", ni)
    style = R.choice(["typed", "typed", "spoken", "spoken", "split", "nato"])
    if style == "typed":
        txt = R.choice([ni, ni.lower(), ni[:2] + " " + ni[2:4] + " " + ni[4:6] + " " + ni[6:8] + " " + ni[8],
                        ni[:2] + ni[2:8] + " " + ni[8], ni.title()[:1] + ni[1:].lower(), ni[:2] + "-" + ni[2:8] + "-" + ni[8]])
        lab = R.choice(["NI number: ", "my NI no is ", "NINO ", "national insurance - ", "ni num ", "N.I. "])
        turns = [(C, [R.choice(["Hi, re my tax code. ", "hello, about my universal credit claim, ", "pension query. "]), lab, L(v, txt)]),
                 (A, ["Thanks, I've located your record."])]
    elif style in ("spoken", "nato"):
        letters = " ".join(say_letter(ch, "for" if style == "nato" else None) for ch in ni[:2])
        nums = " ".join(say_group(ni[2:8][i:i + 2], True) for i in range(0, 6, 2)) if R.random() < 0.5 else say_digits(ni[2:8], True, alnum=True)
        nums = nums.replace(" o ", " oh ")
        sp = letters + " " + nums + " " + say_letter(ni[8], "for" if style == "nato" else None)
        turns = [(A, ["can you confirm your national insurance number"]),
                 (C, [R.choice(["yeah it's ", "erm ", "ok "]), L(v, sp)])]
    else:
        l1 = " ".join(say_letter(ch) for ch in ni[:2])
        turns = [(A, ["national insurance number please"]), (C, ["it's ", L(v, l1)]), (A, [bc()]),
                 (C, [L(v, say_digits(ni[2:5], True, alnum=True))]), (A, [bc()]),
                 (C, [L(v, say_digits(ni[5:8], True, alnum=True) + " " + say_letter(ni[8]))])]
    if R.random() < 0.35:
        turns.append((A, ["so that's ", L(Val("NI_NUMBER", ni), " ".join(say_letter(ch, "plain") for ch in ni[:2]) + " " +
                                          say_digits(ni[2:8], True, alnum=True, dbl=False) + " " + ni[8].lower())]))
    B.add("positive", "UK NI number " + style, turns)


# ---------- bank templates


def uk_bank():
    sc = digits(6)
    acct = digits(8)
    s, a = Val("SORT_CODE", sc), Val("BANK_ACCOUNT", acct)
    if R.random() < 0.5:
        st = R.choice([sc[:2] + "-" + sc[2:4] + "-" + sc[4:], sc, sc[:2] + " " + sc[2:4] + " " + sc[4:]])
        turns = [(C, ["Please set up the direct debit. sort code ", L(s, st), R.choice([", acct no: ", " a/c ", " account number "]), L(a, acct)]),
                 (A, ["Thanks, the direct debit will be set up within 5 working days."])]
    else:
        turns = [(A, ["what's the sort code"]),
                 (C, [L(s, " ".join(say_pair(sc[i:i + 2], True) for i in range(0, 6, 2)))]),
                 (A, ["and the account number"]),
                 (C, [L(a, with_filler([say_group(acct[:4], True), say_group(acct[4:], True)], 0.5))])]
        if R.random() < 0.5:
            turns.append((A, ["so sort code ", L(Val("SORT_CODE", sc), say_digits(sc, True, dbl=False)), " account ",
                              L(Val("BANK_ACCOUNT", acct), say_digits(acct, True, dbl=False))]))
    B.add("positive", "UK sort code and account", turns)


def us_bank():
    rt = gen_routing()
    acct = digits(R.choice([8, 10, 12]))
    r, a = Val("BANK_ACCOUNT", rt), Val("BANK_ACCOUNT", acct)
    if R.random() < 0.5:
        turns = [(C, ["for direct deposit: routing # ", L(r, rt), R.choice([", checking acct ", " acct no: ", " account "]), L(a, acct)]),
                 (A, ["Thanks, your refund will be deposited in 3-5 business days."])]
    else:
        turns = [(A, ["ok what's the routing number it's the nine digits at the bottom left of the check"]),
                 (C, ["uh ", L(r, say_digits(rt, False))]), (A, ["and the account number"]),
                 (C, [L(a, with_filler([say_group(acct[i:i + 4], False) for i in range(0, len(acct), 4)], 0.3))])]
    B.add("positive", "US routing and account number (both labelled BANK_ACCOUNT)", turns)


def iban_case():
    ib = gen_iban()
    v = Val("IBAN", ib)
    if R.random() < 0.6:
        txt = R.choice([group4(ib), ib, ib.lower(), group4(ib).lower()])
        turns = [(C, [R.choice(["Refund to IBAN ", "iban: ", "My IBAN is ", "pls pay into "]), L(v, txt),
                      R.choice([" thank you", "", " (bank abroad)"])]), (A, ["Noted, refund requested."])]
    else:
        sp = say_alnum(ib[:4], True) + " " + " ".join(say_alnum(ib[i:i + 4], True) for i in range(4, len(ib), 4))
        turns = [(A, ["can you read me the iban"]), (C, ["ok ", L(v, sp)])]
    B.add("positive", "IBAN " + ib[:2], turns)


# ---------- phone


def gen_phone():
    k = R.choice(["uk_mob", "uk_land", "uk_int", "us", "us", "us_int", "ie", "de", "fr"])
    if k == "uk_mob":
        n = "07700900" + digits(3)
        return n, R.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " + n[8:]]), True
    if k == "uk_land":
        n = "0161496" + digits(4)
        return n, R.choice([n[:4] + " " + n[4:7] + " " + n[7:], "(" + n[:4] + ") " + n[4:]]), True
    if k == "uk_int":
        n = "447700900" + digits(3)
        return n, R.choice(["+44 7700 900" + n[-3:], "+447700900" + n[-3:], "0044 7700 900" + n[-3:]]), True
    if k == "us":
        n = str(R.choice([212, 415, 617, 312, 713, 305, 206])) + "555" + "01" + digits(2)
        return n, R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                            "%s.%s.%s" % (n[:3], n[3:6], n[6:])]), False
    if k == "us_int":
        n = "1" + str(R.choice([212, 415, 646])) + "555" + "01" + digits(2)
        return n, R.choice(["+1 (%s) %s-%s" % (n[1:4], n[4:7], n[7:]), "1-%s-%s-%s" % (n[1:4], n[4:7], n[7:])]), False
    if k == "ie":
        n = "3538" + str(R.choice([3, 5, 6, 7, 9])) + digits(7)
        return n, "+353 %s %s %s" % (n[3:5], n[5:8], n[8:]), True
    if k == "de":
        n = "4930" + digits(7)
        return n, "+49 30 " + n[4:], False
    n = "336" + digits(8)
    return n, "+33 6 %s %s %s %s" % (n[3:5], n[5:7], n[7:9], n[9:]), False


def phone_case():
    n, typed, uk = gen_phone()
    v = Val("PHONE", n)
    ext = R.random() < 0.3 and not uk
    if R.random() < 0.5:
        lead = re.match(r"^[^0-9]*", typed).group(0)
        segs = [R.choice(["call me back on ", "best number: ", "Tel: ", "my cell is ", "mob ", "ph. "]) + lead, L(v, typed[len(lead):])]
        if ext:
            segs.append(R.choice([" ext. ", " x", " extension "]) + str(R.randint(100, 9999)))
        segs.append(R.choice(["", " after 5pm", ", thanks"]))
        turns = [(C, segs), (A, ["Thanks, we'll call you back today."])]
    else:
        cc = ""
        body = n
        if typed.startswith("+") or typed.startswith("00") or (n[0] == "1" and len(n) == 11):
            ccl = {"44": 2, "35": 3, "49": 2, "33": 2, "1": 1}
            l = 3 if n.startswith("353") else (1 if n[0] == "1" else 2)
            cc = R.choice(["plus ", "", "double oh " if uk else ""]) if n[0] != "1" else ""
            if cc == "double oh ":
                v = Val("PHONE", "00" + n)
            cc += say_digits(n[:l], uk) + " "
            body = n[l:]
        chunks = [body[:3], body[3:6], body[6:]] if len(body) == 10 else [body[:5], body[5:]] if len(body) == 11 else [body[:4], body[4:]]
        sp = cc + with_filler([say_group(x, uk) for x in chunks], 0.3)
        turns = [(A, ["what's the best number to reach you"]), (C, [R.choice(["it's ", "uh ", "yeah "]), L(v, sp)])]
        if ext:
            turns[-1][1].append(" extension " + " ".join(UNITS[int(d)] for d in digits(3)))
    B.add("positive", "phone number" + (" with extension (extension not labelled)" if ext else ""), turns)


# ---------- email

FIRST = ["john", "sarah", "mike", "priya", "liam", "aoife", "chen", "maria", "dave", "olu", "kate", "tomasz"]
LAST = ["doe", "smith", "okafor", "murphy", "patel", "nguyen", "walsh", "kowalski", "garcia", "obrien"]
DOMS = ["gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.com", "icloud.com", "eircom.net", "btinternet.com", "aol.com", "comcast.net"]


def email_case():
    f, l, d = R.choice(FIRST), R.choice(LAST), R.choice(DOMS)
    num = str(R.randint(1, 99)) if R.random() < 0.4 else ""
    sep = R.choice([".", "_", "", "."])
    local = R.choice([f + sep + l, f[0] + sep + l, f + l[0]]) + num
    e = local + "@" + d
    v = Val("EMAIL", e)
    if R.random() < 0.5:
        txt = R.choice([e, e.title() if R.random() < 0.3 else e, e.upper() if R.random() < 0.2 else e])
        v = Val("EMAIL", txt.lower())
        turns = [(C, [R.choice(["email: ", "pls send the receipt to ", "my e-mail address is ", "contact - "]), L(v, txt), R.choice(["", ".", " thanks"])]),
                 (A, ["Done, a confirmation has been sent."])]
    else:
        parts = []
        for ch in re.findall(r"[a-z]+|\d+|[._@]", local):
            if ch == ".":
                parts.append("dot")
            elif ch == "_":
                parts.append("underscore")
            elif ch.isdigit():
                parts.append(say_pair(ch, False) if len(ch) == 2 and ch[0] != "0" else " ".join(UNITS[int(x)] for x in ch))
            elif len(ch) == 1:
                parts.append(say_letter(ch, R.choice(["plain", "for"])))
            else:
                parts.append(ch)
        sp = " ".join(parts) + " at " + d.replace(".", " dot ")
        turns = [(A, ["and an email address for the confirmation"]), (C, [R.choice(["yeah it's ", "um ", ""]), L(v, sp)])]
    B.add("positive", "email address", turns)


# ---------- DOB


def ordinal(d):
    base = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth",
            20: "twentieth", 30: "thirtieth"}
    if d in base:
        return base[d]
    if d < 20:
        return (UNITS[d] if d < 10 else TEENS[d - 10]) + "th"
    t, u = divmod(d, 10)
    return TENS[t] + " " + ({1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth"}.get(u, UNITS[u] + "th"))


def dob_case():
    y, m, d = R.randint(1940, 2004), R.randint(1, 12), R.randint(1, 28)
    v = Val("DOB", (y, m, d))
    yy = say_pair_d(str(y)[:2], True) + " " + say_pair_d(str(y)[2:], True)
    if R.random() < 0.5:
        txt = R.choice(["%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d),
                        "%d %s %d" % (d, MONTHS[m - 1].title(), y), "%s %d, %d" % (MONTHS[m - 1].title(), d, y),
                        "%d %s %02d" % (d, MONTHS[m - 1][:3].title(), y % 100)])
        turns = [(C, [R.choice(["DOB: ", "date of birth ", "born ", "d.o.b - "]), L(v, txt)]), (A, ["Thank you, that's verified."])]
    else:
        txt = R.choice(["the " + ordinal(d) + " of " + MONTHS[m - 1] + " " + yy,
                        MONTHS[m - 1] + " " + ordinal(d) + " " + yy,
                        ordinal(d) + " " + MONTHS[m - 1] + " " + say_pair_d(str(y)[2:], True),
                        say_pair_d("%02d" % d, True) + " " + say_pair_d("%02d" % m, True) + " " + say_pair_d(str(y)[2:], True)])
        turns = [(A, ["can i take your date of birth"]), (C, [R.choice(["yeah it's ", "um ", "", "sure "]), L(v, txt)])]
    B.add("positive", "date of birth", turns)


# ---------- address + postcode

STREETS = ["Mill Lane", "High Street", "Church Road", "Oak Ridge Drive", "Maple Avenue", "Station Road",
           "Elm Street", "Harbour View", "Kings Crescent", "Sunset Blvd", "Pine Court", "Willow Close",
           "Main St", "Park Place", "Orchard Way"]
TOWNS_UK = ["Leeds", "Manchester", "Cardiff", "Belfast", "Bristol", "Edinburgh", "Dublin"]
TOWNS_US = [("Austin", "TX"), ("Denver", "CO"), ("Columbus", "OH"), ("Boston", "MA"), ("Tampa", "FL")]


def address_case():
    us = R.random() < 0.5
    num = R.randint(1, 2999) if us else R.randint(1, 220)
    st = R.choice(STREETS)
    if us:
        z = digits(5) if R.random() < 0.5 else digits(5) + "-" + digits(4)
        town, stt = R.choice(TOWNS_US)
        pc = Val("POSTCODE", z)
    else:
        z = gen_ukpc()
        town = R.choice(TOWNS_UK)
        pc = Val("POSTCODE", z)
    flat = R.random() < 0.3
    if R.random() < 0.5:
        a_txt = (("Apt %d, " % R.randint(1, 40)) if us else ("Flat %d, " % R.randint(1, 12))) if flat else ""
        a_txt += "%d %s" % (num, st)
        ztxt = z if R.random() < 0.7 else z.lower().replace(" ", "")
        if not us and ztxt != z:
            pc = Val("POSTCODE", z)
        segs = [R.choice(["new address: ", "Please update my address to ", "ship to "]), L(Val("ADDRESS", a_txt), a_txt),
                ", " + town + (", " + stt + " " if us else ", "), L(pc, ztxt)]
        turns = [(C, segs), (A, ["Your address has been updated."])]
    else:
        sn = say_hundreds(str(num), not us) if 100 <= num < 1000 and R.random() < 0.5 and str(num)[0] != "0" else (
            say_pair(str(num), not us) if 10 <= num < 100 else say_digits(str(num), not us, dbl=False))
        a_txt = (("apartment " + UNITS[R.randint(1, 9)] + " ") if flat else "") + sn + " " + st.lower()
        if us:
            z_sp = say_digits(z[:5], False, alnum=True) + (" dash " + say_digits(z[6:], False, alnum=True) if len(z) > 5 else "")
        else:
            z_sp = say_alnum(z, True)
        turns = [(A, ["and the first line of the address"]), (C, [R.choice(["it's ", "um ", ""]), L(Val("ADDRESS", a_txt), a_txt),
                                                                    " in " + town.lower()]),
                 (A, ["and the " + ("zip code" if us else "postcode")]), (C, [L(pc, z_sp)])]
    B.add("positive", "address with " + ("US ZIP" + ("+4" if len(z) > 5 else "") if us else "UK postcode"), turns)


def verify_combo():
    """identity verification: DOB + postcode + card last four (only the last four is NOT PII here)."""
    y, m, d = R.randint(1950, 2000), R.randint(1, 12), R.randint(1, 28)
    pc = gen_ukpc()
    last4 = digits(4)
    turns = [(A, ["for security can i have your date of birth"]),
             (C, [L(Val("DOB", (y, m, d)), "%s %s %s" % (ordinal(d), MONTHS[m - 1], say_pair_d(str(y)[2:], True)))]),
             (A, ["and your postcode"]), (C, [L(Val("POSTCODE", pc), say_alnum(pc, True))]),
             (A, ["and which card are you calling about"]), (C, ["the one ending " + say_digits(last4, True)])]
    B.add("positive", "ID&V with dob and postcode; card last four alone is not labelled", turns)


# ---------------------------------------------------------------- negatives


def neg_case():
    k = R.choice(range(22))
    uk = R.random() < 0.5
    if k == 0:
        n = luhn_complete("4", 16)
        t = [(C, ["where's my order? order number " + " ".join(card_groups(n))]), (A, ["I can see order " + n + " shipped yesterday."])]
        note = "Luhn-valid 16-digit ORDER number with label"
    elif k == 1:
        cl = digits(3) + "-" + digits(2) + "-" + digits(4)
        t = [(C, ["calling about claim number " + cl]), (A, ["thanks, claim " + cl + " is with the adjuster, expect an update in 7-10 days"])]
        note = "claim number formatted like an SSN"
    elif k == 2:
        mid = R.choice(["XJH", "ZGP", "W"]) + digits(9)
        t = [(A, ["can I have the member ID from the front of your insurance card?"]), (C, ["member id " + mid + ", group number " + digits(6)])]
        note = "health plan member ID and group number"
    elif k == 3:
        npi = "1" + digits(9)
        t = [(C, ["the doctor's NPI is " + say_digits(npi, False)]), (A, ["ok NPI " + npi + " that's dr patel's office"])]
        note = "NPI spoken digit by digit with label"
    elif k == 4:
        mbi = str(R.randint(1, 9)) + "EG4-TE5-MK" + digits(2)
        t = [(C, ["my medicare number is " + mbi]), (A, ["thank you, medicare ID " + mbi + " is active"])]
        note = "Medicare-style MBI with label"
    elif k == 5:
        t = [(A, ["your balance is $%d,%03d.%02d and the minimum payment of $%d.00 is due on March %d" % (R.randint(1, 9), R.randint(0, 999), R.randint(0, 99), R.randint(25, 300), R.randint(1, 28))]),
             (C, ["ok can i pay %d dollars today" % R.randint(50, 900)])]
        note = "balances, amounts, due dates"
    elif k == 6:
        t = [(A, ["the card ending " + say_digits(digits(4), uk) + " was charged " + say_hundreds(str(R.randint(100, 999)), uk) + " pounds"]),
             (C, ["yeah that's the one ending in " + digits(4)])]
        note = "card last-four only, no full card"
    elif k == 7:
        ref = digits(16)
        parts = [ref[i:i + 4] for i in range(0, 16, 4)]
        t = [(A, ["can i have the reference number from the letter"])]
        for p in parts:
            t += [(C, [say_group(p, uk)]), (A, [bc()])]
        t.append((A, ["thanks that reference brings up your case"]))
        note = "16-digit reference number read like a card with back-channels"
    elif k == 8:
        t = [(A, ["our lines are open eight am to eight pm monday to friday and nine till five on saturday, average wait is about twelve minutes"]),
             (C, ["ok i've been on hold for forty five minutes already"])]
        note = "opening hours and durations"
    elif k == 9:
        mr = digits(5)
        t = [(A, ["can you read the meter for me"]), (C, ["it says " + say_digits(mr, True) + " and the serial number on it is " + say_digits(digits(10), True)])]
        note = "meter reading and meter serial spoken as digits"
    elif k == 10:
        t = [(C, ["I'm on flight BA%d tomorrow, seat %d%s, gate %d, then staying in room %d at the hotel" % (R.randint(10, 999), R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 60), R.randint(100, 999))]),
             (A, ["lovely, departure is at %d:%02d" % (R.randint(6, 21), R.choice([0, 15, 30, 45]))])]
        note = "flight, seat, gate, room, time"
    elif k == 11:
        tr = "1Z" + digits(3) + "AA" + digits(10)
        t = [(C, ["tracking number " + tr + " says delivered but nothing here"]), (A, ["I'll open ticket #" + digits(8) + " with the courier"])]
        note = "tracking and ticket numbers"
    elif k == 12:
        pol = digits(R.choice([9, 10, 12]))
        t = [(A, ["what's the policy number"]), (C, ["policy number " + say_digits(pol, uk)]), (A, ["got it, policy " + pol + ", renewal is on the %d%s" % (R.randint(1, 28), R.choice(["th", "th"]))])]
        note = "policy number spoken as digits"
    elif k == 13:
        t = [(C, ["i'm %d years old and i've been with you since %d, my contract ends in %s %d" % (R.randint(20, 90), R.randint(1995, 2020), MONTHS[R.randint(0, 11)], R.randint(2025, 2028))]),
             (A, ["thanks, you've got %d%% off for the next %d months" % (R.randint(5, 50), R.randint(3, 24))])]
        note = "age, years, contract end date, percentage"
    elif k == 14:
        t = [(C, ["the heating's set to %d degrees but it's only %d in here" % (R.randint(18, 24), R.randint(10, 16))]),
             (A, ["ok I can book an engineer for %s the %s between 8 and 1" % (R.choice(["monday", "thursday"]), ordinal(R.randint(1, 28)))])]
        note = "temperatures and appointment date"
    elif k == 15:
        t = [(C, ["I live just off %s, near the junction with the %s" % (R.choice(["Route 66", "the A40", "I-95", "Fifth Avenue", "the M62", "Highway 1"]), R.choice(["B4040", "N11", "US-101"]))]),
             (A, ["ok the outage affects the whole area for about %d hours" % R.randint(2, 9)])]
        note = "road names without house numbers"
    elif k == 16:
        inv = "INV-" + digits(8)
        t = [(C, ["invoice " + inv + " for $%d.%02d is wrong, account number on the bill is fine" % (R.randint(40, 900), R.randint(0, 99))]),
             (A, ["I see invoice " + inv + ", I'll raise a billing dispute, reference " + digits(10)])]
        note = "invoice and dispute reference numbers"
    elif k == 17:
        sn = R.choice(["SN", "S/N "]) + digits(12)
        t = [(C, ["the router model is TG%d and serial %s" % (R.randint(100, 9999), sn)]), (A, ["thanks, firmware version %d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 99))])]
        note = "model and serial numbers"
    elif k == 18:
        cn = digits(9)
        t = [(A, ["your case number is " + " ".join(say_digits(cn[i:i + 3], False) for i in range(0, 9, 3))]),
             (C, ["case number " + cn[:3] + " " + cn[3:6] + " " + cn[6:] + ", got it"])]
        note = "nine-digit case number read in threes (SSN-like)"
    elif k == 19:
        t = [(A, ["the payment of %s pounds %s will leave on the %s of %s" % (say_hundreds(str(R.randint(100, 999)), True), say_pair_d(str(R.randint(10, 99)), True), ordinal(R.randint(1, 28)), MONTHS[R.randint(0, 11)])]),
             (C, ["and that's the last one of twelve"])]
        note = "spoken amount and payment date"
    elif k == 20:
        pr = "PA-" + digits(7)
        t = [(C, ["prior authorization number " + pr + " for cpt code %d, billed amount $%d" % (R.randint(10000, 99999), R.randint(100, 5000))]),
             (A, ["ok and the date of service was %d/%d/2024" % (R.randint(1, 12), R.randint(1, 28))])]
        note = "healthcare billing: prior auth, CPT code, date of service"
    else:
        vat = "IE" + digits(7) + "W"
        t = [(C, ["our VAT number is " + vat + " and the booking reference is " + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))]),
             (A, ["thanks, the total including 23%% VAT is EUR%d" % R.randint(100, 9999)])]
        note = "VAT number and booking reference"
    B.add("negative", note, t)


# ---------------------------------------------------------------- build


def build():
    B.cases = []
    plan = ([lambda: card_typed(R.random() < 0.5)] * 28 + [lambda: card_spoken(R.random() < 0.5)] * 36 +
            [lambda: ssn_case()] * 36 + [ni_case] * 32 + [uk_bank] * 10 + [us_bank] * 10 + [iban_case] * 14 +
            [phone_case] * 18 + [email_case] * 14 + [dob_case] * 12 + [address_case] * 18 + [verify_combo] * 4)
    for f in plan:
        f()
    for _ in range(110):
        neg_case()
    cases = B.cases
    R.shuffle(cases)
    np = nn = 0
    out = []
    for c in cases:
        if c["kind"] == "positive":
            np += 1
            cid = "h477-pos-%03d" % np
        else:
            nn += 1
            cid = "h477-neg-%03d" % nn
        out.append(dict(id=cid, **c))
    out.sort(key=lambda c: (c["kind"] != "positive", c["id"]))
    return out


def dump(cases):
    lines = []
    for c in cases:
        d = {"id": c["id"], "kind": c["kind"], "turns": c["turns"], "spans": c["spans"], "note": c["note"]}
        lines.append(json.dumps(d, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def counts(cases):
    cnt = Counter(s["type"] for c in cases for s in c["spans"])
    cases_by = Counter(t for c in cases for t in {s["type"] for s in c["spans"]})
    return cnt, cases_by


def readme(cases):
    cnt, cb = counts(cases)
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    rows = "\n".join("| %s | %d | %d |" % (t, cnt[t], cb[t]) for t in TYPES)
    return """# pii_holdout477 — held-out PII redaction evaluation set

> **Never use this set for tuning.** Do not fit thresholds, patterns, word lists or models to these
> cases, and do not copy phrasings from them into development fixtures. It exists only to measure
> the redaction engine after the fact. If it has been used for tuning, it is no longer held out.

## Provenance

Written by an AI helper acting as an independent test author. The author did **not** see the
redaction code, its tests, docs or other fixtures; the cases were invented from the task brief
(contact-centre call analytics: typed chat/e-mail and phone-call ASR transcripts across banking,
telecom, utilities, retail, insurance, travel, healthcare billing and government services; UK, US,
Ireland and EU), with extra emphasis on US callers (SSNs in every grouping and partially, routing and
account numbers, phone numbers with extensions, ZIP+4, and US look-alike negatives such as claim
numbers, member IDs, NPI and Medicare-style IDs).

Generated deterministically by `scripts/make_pii_holdout477.py` (standard library only, single
`random.Random(477241125)`). Every turn is assembled from plain-text and labelled segments, so the
offsets are computed, never typed. `python scripts/make_pii_holdout477.py --check` regenerates the set
and verifies it is byte-identical, that ids are unique, that spans are in range, on word boundaries
and non-overlapping, and validates each labelled value after normalising spoken forms (Luhn for
cards, mod-97 for IBANs, NI format, 9 digits for SSN, 6 for sort codes, digit counts for phones and
accounts, e-mail syntax, UK postcode / US ZIP format, calendar-valid dates).

## Format

`cases.jsonl`, one JSON object per line: `id`, `kind` (`positive`/`negative`), `turns` (list of
`{speaker: customer|agent, text}`), `spans` (list of `{turn, start, end, type}`, Python character
offsets into that turn's text, end exclusive) and `note`.

## Annotation conventions

- A span covers exactly the value, from its first letter/digit to its last; lead-in words ("it's",
  "my number is", "acct no:") are outside.
- A value split across turns gets one span per turn, each with the value's type. A value interrupted
  by an aside inside one turn ("... hang on i need my glasses ...") gets one span per piece; the aside
  is not labelled. Agent read-backs are labelled too.
- Filler words spoken inside a reading ("um", "uh", "er") are inside the span.
- Corrections / restarted readings: the abandoned fragment is labelled with the value's type as well
  (it is still a piece of a real number), as is the final full reading.
- Phone spans include the country code (including a spoken "plus" or "double oh" prefix's digits); a typed leading "+" or "(" is outside, as spans start at the first digit. A
  spoken or typed extension ("ext. 204", "extension two oh four") is **not** inside the PHONE span.
- ADDRESS covers house/flat/apartment number and street, not the town; the postcode/ZIP (including
  ZIP+4) is a separate POSTCODE span.
- DOB and EXPIRY cover the whole date expression ("the third of july nineteen eighty two").
- A card's last four said on their own ("the one ending four eight two one") are **not** PII, unless
  the full card was read in the same case, in which case that mention is labelled CARD_NUMBER.
- The last four of an SSN said on their own **are** labelled SSN (partial SSN is still sensitive).
- US bank routing numbers (ABA, 9 digits) and account numbers are both labelled BANK_ACCOUNT; UK sort
  codes are SORT_CODE.
- Negative cases contain no PII: amounts, balances, times, hours, durations, ages, temperatures,
  percentages, years, appointment/payment/contract dates, order/ticket/invoice/claim/reference/
  tracking/serial/model/policy numbers said with their label, member IDs, NPI, Medicare-style IDs,
  meter readings, flight/room/gate/seat numbers, road names, and card last-four mentions.

## Counts

%d cases: %d positive, %d negative; %d spans.

| Type | Spans | Cases containing |
|---|---|---|
%s
""" % (len(cases), npos, nneg, sum(cnt.values()), rows)


def check(cases, text):
    errs = []
    with open(CASES, encoding="utf-8") as f:
        if f.read() != text:
            errs.append("cases.jsonl is not byte-identical to regenerated output")
    with open(README, encoding="utf-8") as f:
        if f.read() != readme(cases):
            errs.append("README.md is stale")
    ids = [c["id"] for c in cases]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for c in cases:
        if c["kind"] == "negative" and c["spans"]:
            errs.append(c["id"] + ": negative with spans")
        if c["kind"] == "positive" and not c["spans"]:
            errs.append(c["id"] + ": positive without spans")
        for t in c["turns"]:
            if t["speaker"] not in ("customer", "agent"):
                errs.append(c["id"] + ": bad speaker")
        by_turn = {}
        for s in c["spans"]:
            if s["type"] not in TYPES:
                errs.append(c["id"] + ": bad type")
            if not (0 <= s["turn"] < len(c["turns"])):
                errs.append(c["id"] + ": turn out of range")
                continue
            tx = c["turns"][s["turn"]]["text"]
            a, b = s["start"], s["end"]
            if not (0 <= a < b <= len(tx)):
                errs.append(c["id"] + ": offsets out of range")
                continue
            if (a > 0 and tx[a - 1].isalnum()) or (b < len(tx) and tx[b].isalnum()):
                errs.append("%s: span %r not on word boundary" % (c["id"], tx[a:b]))
            if not (tx[a].isalnum() and tx[b - 1].isalnum()):
                errs.append("%s: span %r has edge punctuation/space" % (c["id"], tx[a:b]))
            by_turn.setdefault(s["turn"], []).append((a, b))
        for lst in by_turn.values():
            lst.sort()
            for (a1, b1), (a2, b2) in zip(lst, lst[1:]):
                if a2 < b1:
                    errs.append(c["id"] + ": overlapping spans")
        groups = {}
        for v, txt in c["_meta"]:
            groups.setdefault(id(v), (v, []))[1].append(txt)
        for v, texts in groups.values():
            try:
                check_span_texts(v, texts)
            except (AssertionError, ValueError) as e:
                errs.append("%s: %s" % (c["id"], e))
    npos = sum(c["kind"] == "positive" for c in cases)
    nneg = len(cases) - npos
    cnt, _ = counts(cases)
    if npos < 200 or nneg < 100:
        errs.append("too few cases %d/%d" % (npos, nneg))
    need = {t: 10 for t in TYPES}
    need.update(CARD_NUMBER=70, SSN=30, NI_NUMBER=30)
    for t, k in need.items():
        if cnt[t] < k:
            errs.append("too few %s spans: %d < %d" % (t, cnt[t], k))
    return errs


def main():
    cases = build()
    text = dump(cases)
    if "--check" in sys.argv:
        errs = check(cases, text)
        for e in errs[:50]:
            print("ERROR", e)
        cnt, _ = counts(cases)
        print("cases:", len(cases), "spans:", dict(cnt))
        if errs:
            print("FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("OK")
        return
    os.makedirs(OUT_DIR, exist_ok=True)
    with open(CASES, "w", encoding="utf-8") as f:
        f.write(text)
    with open(README, "w", encoding="utf-8") as f:
        f.write(readme(cases))
    cnt, _ = counts(cases)
    print("wrote", len(cases), "cases", dict(cnt))


if __name__ == "__main__":
    main()

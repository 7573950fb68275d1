#!/usr/bin/env python3
"""Generate the held-out PII redaction evaluation set pii_holdout487.

Usage:
    python scripts/make_pii_holdout487.py          # write the fixture
    python scripts/make_pii_holdout487.py --check  # regenerate and verify

Standard library only; one RNG: random.Random(487241125).
Every turn is built from plain segments and labelled value segments, so
span offsets are computed, never typed by hand.
"""
import json
import os
import re
import sys
import random

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "tests", "fixtures", "pii_holdout487", "cases.jsonl")
SEED = 487241125

# ---------------------------------------------------------------- builders


class Turn:
    def __init__(self, speaker):
        self.speaker = speaker
        self.parts = []  # (text, type or None, group or None, mode)

    def t(self, text):
        self.parts.append((text, None, None, None))
        return self

    def v(self, text, typ, group, mode="full"):
        self.parts.append((text, typ, group, mode))
        return self


class Case:
    def __init__(self, kind, note):
        self.kind = kind
        self.note = note
        self.turns = []
        self.groups = {}  # group -> (type, true value)

    def turn(self, speaker):
        tr = Turn(speaker)
        self.turns.append(tr)
        return tr

    def c(self):
        return self.turn("customer")

    def a(self):
        return self.turn("agent")

    def group(self, typ, value):
        g = "g%d" % len(self.groups)
        self.groups[g] = (typ, value)
        return g

    def build(self):
        turns, spans, meta = [], [], []
        for ti, tr in enumerate(self.turns):
            buf = ""
            for text, typ, grp, mode in tr.parts:
                if typ is not None:
                    spans.append({"turn": ti, "start": len(buf),
                                  "end": len(buf) + len(text), "type": typ})
                    meta.append((grp, mode))
                buf += text
            turns.append({"speaker": tr.speaker, "text": buf})
        return turns, spans, meta


# ---------------------------------------------------------------- values

UNIT = ["zero", "one", "two", "three", "four", "five", "six", "seven",
        "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety"]
NATO = {"A": "alpha", "B": "bravo", "C": "charlie", "D": "delta",
        "E": "echo", "F": "foxtrot", "G": "golf", "H": "hotel", "J": "juliet",
        "K": "kilo", "L": "lima", "M": "mike", "N": "november", "P": "papa",
        "Q": "quebec", "R": "romeo", "S": "sierra", "T": "tango",
        "U": "uniform", "V": "victor", "W": "whiskey", "X": "xray",
        "Y": "yankee", "Z": "zulu", "I": "india", "O": "oscar"}
FILLERS = ["um", "uh", "er", "erm", "uhh", "umm"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july",
          "august", "september", "october", "november", "december"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh",
       "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
       "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth",
       "nineteenth", "twentieth", "twenty first", "twenty second",
       "twenty third", "twenty fourth", "twenty fifth", "twenty sixth",
       "twenty seventh", "twenty eighth", "twenty ninth", "thirtieth",
       "thirty first"]


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


def luhn_complete(prefix, length, R):
    body = prefix + "".join(str(R.randint(0, 9))
                            for _ in range(length - len(prefix) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d


def gen_card(R):
    kind = R.choice(["visa", "visa", "visa", "mc", "mc", "amex", "disc",
                     "visa13", "maestro19", "mc2"])
    if kind == "visa":
        return luhn_complete("4" + str(R.randint(0, 9)), 16, R)
    if kind == "visa13":
        return luhn_complete("4", 13, R)
    if kind == "mc":
        return luhn_complete(str(R.randint(51, 55)), 16, R)
    if kind == "mc2":
        return luhn_complete(str(R.randint(2221, 2720)), 16, R)
    if kind == "amex":
        return luhn_complete(R.choice(["34", "37"]), 15, R)
    if kind == "disc":
        return luhn_complete("6011", 16, R)
    return luhn_complete(R.choice(["6759", "6763", "5018"]), 19, R)


def not_luhn(s):
    if luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


def gen_ssn(R):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


NI_FIRST = "ABCEGHJKLMNPRSTWXYZ"
NI_SECOND = "ABCEGHJKLMNPRSTWXYZ"


def gen_ni(R):
    while True:
        p = R.choice(NI_FIRST) + R.choice(NI_SECOND)
        if p not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"):
            break
    return p + "".join(str(R.randint(0, 9)) for _ in range(6)) + \
        R.choice("ABCD")


def ni_ok(s):
    return re.fullmatch(r"[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]",
                        s) is not None


def iban_ok(s):
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    num = "".join(str(int(ch, 36)) for ch in r)
    return int(num) % 97 == 1


def make_iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


LETTERS_NO_O = "ABCDEFGHJKLMNPRSTUVWXYZ"


def gen_iban(R):
    cc = R.choice(["GB", "GB", "IE", "DE", "NL", "ES", "FR"])
    dig = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    let = lambda n: "".join(R.choice(LETTERS_NO_O) for _ in range(n))
    if cc == "GB":
        bban = R.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + dig(14)
    elif cc == "IE":
        bban = R.choice(["AIBK", "BOFI", "ULSB"]) + dig(14)
    elif cc == "DE":
        bban = dig(18)
    elif cc == "NL":
        bban = R.choice(["ABNA", "INGB", "RABN"]) + dig(10)
    elif cc == "ES":
        bban = dig(20)
    else:
        bban = dig(23)
    return make_iban(cc, bban)


def gen_phone(R):
    """Return (display_text, digits_with_country_code_if_present)."""
    k = R.choice(["ukmob", "ukmob_int", "uklan", "us", "us_int", "ie",
                  "ie_int", "de_int", "fr_int", "uk_int_0"])
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if k == "ukmob":
        n = "07" + str(R.randint(4, 9)) + d(8)
        txt = R.choice([n[:5] + " " + n[5:], n, n[:5] + " " + n[5:8] + " " +
                        n[8:], n[:4] + "-" + n[4:7] + "-" + n[7:]])
        return txt, n
    if k == "ukmob_int":
        n = "447" + str(R.randint(4, 9)) + d(8)
        txt = R.choice(["+44 " + n[2:6] + " " + n[6:], "+44" + n[2:],
                        "0044 " + n[2:6] + " " + n[6:]])
        return txt, ("00" + n if txt.startswith("00") else n)
    if k == "uk_int_0":
        n = "44" + "20" + d(8)
        return "+44 (0)20 " + n[4:8] + " " + n[8:], "44020" + n[4:]
    if k == "uklan":
        n = R.choice(["020", "0161", "0113", "0131", "0117"])
        rest = d(11 - len(n))
        txt = n + " " + rest[:len(rest) - 4] + " " + rest[-4:]
        return txt, n + rest
    if k == "us":
        n = str(R.randint(201, 989)) + str(R.randint(200, 999)) + d(4)
        txt = R.choice(["(%s) %s-%s" % (n[:3], n[3:6], n[6:]),
                        "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
                        "%s.%s.%s" % (n[:3], n[3:6], n[6:])])
        return txt, n
    if k == "us_int":
        n = "1" + str(R.randint(201, 989)) + str(R.randint(200, 999)) + d(4)
        return "+1 %s %s %s" % (n[1:4], n[4:7], n[7:]), n
    if k == "ie":
        n = "08" + R.choice("3567") + d(7)
        return n[:3] + " " + n[3:6] + " " + n[6:], n
    if k == "ie_int":
        n = "3538" + R.choice("3567") + d(7)
        return "+353 " + n[3:5] + " " + n[5:8] + " " + n[8:], n
    if k == "de_int":
        n = "4930" + d(8)
        return "+49 30 " + n[4:8] + " " + n[8:], n
    n = "336" + d(8)
    return "+33 6 " + " ".join([n[3:5], n[5:7], n[7:9], n[9:11]]), n


FIRST = ["james", "sarah", "mohammed", "aoife", "li", "priya", "tom",
         "grace", "oluwaseun", "niamh", "carlos", "emma", "dmitri", "zoe",
         "hannah", "kwame", "siobhan", "raj", "lucy", "marek"]
LAST = ["okafor", "smith", "byrne", "patel", "nguyen", "murphy", "kowalski",
        "jones", "garcia", "obrien", "walsh", "chen", "hughes", "fischer",
        "dubois", "khan", "taylor", "reilly", "santos", "evans"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.co.uk", "hotmail.com",
           "icloud.com", "btinternet.com", "eircom.net", "proton.me",
           "aol.com", "web.de"]


def gen_email(R):
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice([f + "." + l, f[0] + "." + l, f + l + str(R.randint(1, 99)),
                      f + "_" + l, l + "." + f[0], f + str(R.randint(70, 99))])
    return local + "@" + R.choice(DOMAINS)


def say_email(e, R):
    local, dom = e.split("@")
    out = []
    for piece in re.split(r"([._])", local):
        if piece == ".":
            out.append("dot")
        elif piece == "_":
            out.append("underscore")
        elif piece:
            m = re.fullmatch(r"([a-z]+)(\d*)", piece)
            out.append(m.group(1))
            if m.group(2):
                out.append(" ".join(UNIT[int(c)] for c in m.group(2)))
    out.append("at")
    out.append(" dot ".join(dom.split(".")))
    return " ".join(out)


UK_POST = ["SW1A 1AA", "M14 5RT", "EH3 9QG", "BT7 1NN", "LS6 2HX",
           "B15 2TT", "CF10 3NP", "G12 8QQ", "NE1 4ST", "BS8 1TH",
           "E14 5HP", "W1T 4JE", "L18 9SB", "NW3 2PN", "CB2 1TN",
           "OX4 3RE", "PL4 8AA", "DH1 3LE", "SE15 5JB", "RG1 8DA"]
US_ZIP = ["90210", "10001", "60614", "02139", "73301", "94103-1422",
          "30309", "98101-2130", "19103", "77005", "33139", "80202"]
STREETS = ["Ashgrove Road", "Kingsway", "Maple Avenue", "Church Street",
           "Willow Crescent", "Station Road", "Elm Street", "Park Lane",
           "Victoria Terrace", "Oak Drive", "Harbour View", "Mill Lane",
           "Sunset Boulevard", "Orchard Close", "Pearse Street",
           "Main Street", "Queen's Road", "Birchwood Court", "Lakeview Drive",
           "Greenhill Grove"]
TOWNS = ["Leeds", "Manchester", "Dublin", "Cardiff", "Boston", "Chicago",
         "Bristol", "Glasgow", "Austin", "Belfast", "Seattle", "Cork"]


def num_words(n):
    """Cardinal words for 0..9999 in ordinary British speech."""
    if n < 10:
        return UNIT[n]
    if n < 20:
        return TEENS[n - 10]
    if n < 100:
        return TENS[n // 10] + ("" if n % 10 == 0 else " " + UNIT[n % 10])
    if n < 1000:
        r = n % 100
        return UNIT[n // 100] + " hundred" + ("" if r == 0 else
                                              " and " + num_words(r))
    return num_words(n // 100) + " " + (
        "hundred" if n % 100 == 0 else
        ("oh " + UNIT[n % 100] if n % 100 < 10 else num_words(n % 100)))


def zero_word(R):
    return R.choice(["oh", "oh", "zero", "o", "nought", "zero"])


def say_single(s, R, allow_rep=True):
    out, i = [], 0
    while i < len(s):
        d = s[i]
        run = 1
        while i + run < len(s) and s[i + run] == d and run < 3:
            run += 1
        w = zero_word(R) if d == "0" else UNIT[int(d)]
        if allow_rep and run == 3 and R.random() < 0.7:
            out.append("triple " + w)
            i += 3
        elif allow_rep and run >= 2 and R.random() < 0.7:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def say_pair(p, R):
    if p[0] == "0":
        return zero_word(R) + " " + UNIT[int(p[1])]
    return num_words(int(p))


def say_chunk(chunk, R, style):
    if style == "pairs" and len(chunk) % 2 == 0:
        return " ".join(say_pair(chunk[i:i + 2], R)
                        for i in range(0, len(chunk), 2))
    if style == "hund" and len(chunk) == 3 and chunk[0] != "0" and \
            chunk[1:] != "00" and chunk[1] != "0":
        return num_words(int(chunk))
    return say_single(chunk, R)


def say_groups(groups, R, style=None, fill=0.0, sep=", "):
    out = []
    for gi, g in enumerate(groups):
        st = style or R.choice(["single", "single", "pairs", "hund"])
        w = say_chunk(g, R, st)
        if gi > 0 and fill and R.random() < fill:
            w = R.choice(FILLERS) + " " + w
        out.append(w)
    return sep.join(out)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [c for c in out if c]


def card_sizes(n):
    return {13: [4, 4, 5], 15: [4, 6, 5], 16: [4, 4, 4, 4],
            19: [4, 4, 4, 4, 3]}[n]


def type_card(c, R):
    sizes = card_sizes(len(c))
    st = R.choice(["space", "space", "dash", "none", "odd", "dot"])
    if st == "none":
        return c
    if st == "odd":
        cut = R.randint(3, len(c) - 3)
        return c[:cut] + " " + c[cut:]
    sep = {"space": " ", "dash": "-", "dot": "."}[st]
    return sep.join(chunks(c, sizes))


def say_letter(ch, R, nato_p=0.4):
    if ch in "OI":
        nato_p = 1.0
    r = R.random()
    if r < nato_p * 0.5:
        return ch.lower() + R.choice([" for ", " as in "]) + NATO[ch]
    if r < nato_p:
        return NATO[ch]
    return ch.lower()


# ---------------------------------------------------------------- normaliser

NUMW = {w: i for i, w in enumerate(UNIT)}
NUMW.update({"oh": 0, "o": 0, "nought": 0, "naught": 0})
TEENW = {w: 10 + i for i, w in enumerate(TEENS)}
TENW = {w: i for i, w in enumerate(TENS) if w}
NATOW = {v: k for k, v in NATO.items()}
NATOW["x-ray"] = "X"
FILL = set(FILLERS) | {"and", "plus"}


def norm_alnum(text, letters_ok):
    toks = re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)?|\d+|[,;]|\.(?!\d)", text)
    toks = [t.lower() for t in toks]
    out, i = [], 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if t.isdigit():
            out.append(t)
            i += 1
        elif letters_ok and len(t) == 1 and t.isalpha() and \
                nxt in ("for", "as"):
            out.append(t.upper())
            i += (2 if nxt == "for" else 3) + 1
        elif t in ("double", "triple"):
            k = 2 if t == "double" else 3
            sub = norm_alnum(nxt, letters_ok)
            out.append(sub * k)
            i += 2
        elif t in NUMW:
            if nxt == "hundred":
                val = NUMW[t] * 100
                j = i + 2
                if j < len(toks) and toks[j] == "and":
                    j += 1
                if j < len(toks) and toks[j] in TENW:
                    val += TENW[toks[j]] * 10
                    j += 1
                    if j < len(toks) and toks[j] in NUMW and \
                            toks[j] not in ("zero", "oh", "o", "nought"):
                        val += NUMW[toks[j]]
                        j += 1
                elif j < len(toks) and toks[j] in TEENW:
                    val += TEENW[toks[j]]
                    j += 1
                elif j < len(toks) and toks[j] in NUMW and toks[j - 1] == "and":
                    val += NUMW[toks[j]]
                    j += 1
                out.append("%03d" % val)
                i = j
            else:
                out.append(str(NUMW[t]))
                i += 1
        elif t in TEENW:
            out.append(str(TEENW[t]))
            i += 1
        elif t in TENW:
            if nxt in NUMW and nxt not in ("zero", "oh", "o", "nought") and \
                    not (i + 2 < len(toks) and toks[i + 2] == "hundred"):
                out.append(str(TENW[t] * 10 + NUMW[nxt]))
                i += 2
            else:
                out.append(str(TENW[t] * 10))
                i += 1
        elif t in FILL or t in (",", ";", "."):
            i += 1
        elif t in NATOW:
            if not letters_ok:
                raise ValueError("letter in numeric value: %r" % t)
            out.append(NATOW[t])
            i += 1
        elif letters_ok and len(t) == 1 and nxt in ("for", "as"):
            out.append(t.upper())
            i += 2 if nxt == "for" else 3
            i += 1  # skip the NATO word
        elif letters_ok:
            out.append(t.upper())
            i += 1
        else:
            raise ValueError("unexpected token %r" % t)
    return "".join(out).upper()


def norm_email(text):
    toks = re.findall(r"[A-Za-z0-9]+|[@._-]", text.lower())
    m = {"dot": ".", "at": "@", "underscore": "_", "dash": "-",
         "hyphen": "-"}
    out = []
    for t in toks:
        if t in FILLERS:
            continue
        if t in m and " " in text:
            out.append(m[t])
        elif t in NUMW and t not in ("o",) and " " in text:
            out.append(str(NUMW[t]))
        else:
            out.append(t)
    return "".join(out)


def validate(typ, text, true, mode):
    if typ == "EMAIL":
        got = norm_email(text)
        return got == true.lower(), got
    if typ in ("DOB", "EXPIRY"):
        return text == true and len(text) >= 4, text
    if typ == "ADDRESS":
        ok = re.match(r"(flat|apt|apartment|unit|\d|[a-z]+)", text.lower()) \
            and re.search(r"(road|street|avenue|lane|crescent|drive|close|"
                          r"terrace|view|boulevard|court|grove|kingsway|rd|"
                          r"st|ave)\b", text.lower())
        return bool(ok) and text == true, text
    letters = typ in ("NI_NUMBER", "IBAN", "POSTCODE")
    got = norm_alnum(text, letters)
    if mode == "prefix":
        return true.startswith(got) and len(got) < len(true), got
    if got != true:
        return False, got
    if typ == "CARD_NUMBER":
        return 13 <= len(got) <= 19 and got.isdigit() and luhn_ok(got), got
    if typ == "CVV":
        return re.fullmatch(r"\d{3,4}", got) is not None, got
    if typ == "SSN":
        return re.fullmatch(r"\d{9}", got) is not None, got
    if typ == "NI_NUMBER":
        return ni_ok(got), got
    if typ == "SORT_CODE":
        return re.fullmatch(r"\d{6}", got) is not None, got
    if typ == "BANK_ACCOUNT":
        return re.fullmatch(r"\d{6,17}", got) is not None, got
    if typ == "IBAN":
        return iban_ok(got), got
    if typ == "PHONE":
        return re.fullmatch(r"\d{9,15}", got) is not None, got
    if typ == "POSTCODE":
        ok = re.fullmatch(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}", got) or \
            re.fullmatch(r"\d{5}(\d{4})?", got)
        return bool(ok), got
    return False, got


# ---------------------------------------------------------------- phrasing

INDUSTRY = {
    "banking": ("Northgate Bank", "UK"), "telecom": ("Skyline Mobile", "UK"),
    "utilities": ("BrightWatt Energy", "UK"), "retail": ("Parcel & Co", "US"),
    "insurance": ("Harbour Insurance", "IE"), "travel": ("AirLuma", "EU"),
    "healthcare billing": ("MedBill Services", "US"),
    "government services": ("the tax office", "UK"),
}
BACK = ["mhm", "go on", "yep", "ok", "right", "uh huh", "yes", "got that",
        "okay go ahead", "sure", "and the rest?", "mm"]
ASIDES = ["sorry the dog's going mad", "hang on let me get my glasses",
          "one sec the kids are shouting", "sorry, bad line",
          "wait where was i", "hold on it's a bit worn here"]


def ind(R):
    k = R.choice(list(INDUSTRY))
    return k, INDUSTRY[k][0]


def typo(R, text):
    if R.random() < 0.25 and len(text) > 6:
        i = R.randint(1, len(text) - 3)
        if text[i].isalpha() and text[i + 1].isalpha():
            return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text


def caseflip(R, text):
    r = R.random()
    return text.upper() if r < 0.1 else text.lower() if r < 0.3 else text


def split_parts(groups, R, n):
    n = max(1, min(n, len(groups)))
    cuts = sorted(R.sample(range(1, len(groups)), n - 1)) if n > 1 else []
    out, prev = [], 0
    for c in cuts + [len(groups)]:
        out.append(groups[prev:c])
        prev = c
    return out


def spoken_reading(case, typ, value, groups, R, speaker_turns=None,
                   lead=None, fill=0.25, readback=True, style=None,
                   letters=False, inner=""):
    """Customer reads a value across one or more turns; agent back-channels
    and optionally reads it back.  groups: list of raw chunks of value."""
    g = case.group(typ, value)
    nparts = R.choice([1, 1, 2, 2, 3])
    parts = split_parts(groups, R, nparts)
    for pi, part in enumerate(parts):
        tr = case.c()
        if pi == 0 and lead:
            tr.t(lead)
        elif pi > 0 and R.random() < 0.4:
            tr.t(R.choice(["then ", "and then ", "after that it's ", "", "um "]))
        if letters:
            txt = ", ".join(say_alnum(ch, R) for ch in part)
        else:
            txt = say_groups(part, R, style=style, fill=fill)
        if pi == 0:
            txt = inner + txt
        tr.v(txt, typ, g, "part")
        if pi < len(parts) - 1:
            case.a().t(R.choice(BACK))
    if readback:
        g2 = case.group(typ, value)
        if letters:
            rb = " ".join(say_alnum(ch, R, nato=0) for ch in groups)
        else:
            rb = say_groups(groups, R, style="single", sep=" ")
        case.a().t(R.choice(["so that's ", "let me read that back, ",
                             "thanks, i have ", "just to confirm, "])
                   ).v(rb, typ, g2, "full").t(R.choice(
                       ["?", ", is that right?", ", correct?"]))
        case.c().t(R.choice(["yes", "yeah that's it", "correct",
                             "yep spot on"]))


def say_alnum(chunk, R, nato=0.35):
    out = []
    i = 0
    while i < len(chunk):
        ch = chunk[i]
        if ch.isdigit():
            j = i
            while j < len(chunk) and chunk[j].isdigit():
                j += 1
            out.append(say_chunk(chunk[i:j], R, R.choice(["single", "pairs"])))
            i = j
        else:
            out.append(say_letter(ch, R, nato))
            i += 1
    return " ".join(out)


# ---------------------------------------------------------------- positives

def p_card_chat(R):
    k, co = ind(R)
    c = Case("positive", "typed chat, card with expiry/cvv (%s)" % k)
    card = gen_card(R)
    c.a().t("Hi, you're chatting with %s. How can I help?" % co)
    c.c().t(R.choice(["i want to pay my bill", "need to update my card",
                      "Payment failed again?!", "hi pls renew my plan"]))
    c.a().t("Sure, please enter the long card number when ready.")
    tr = c.c()
    tr.t(typo(R, R.choice(["card no: ", "its ", "Card number ", "", "here: ",
                           "CARD# ", "ok it's "])))
    tr.v(type_card(card, R), "CARD_NUMBER", c.group("CARD_NUMBER", card))
    if R.random() < 0.75:
        mm, yy = R.randint(1, 12), R.randint(25, 31)
        exp = R.choice(["%02d/%02d" % (mm, yy), "%d/%d" % (mm, 2000 + yy),
                        "%02d-%02d" % (mm, yy),
                        "%s %d" % (MONTHS[mm - 1][:3].title(), 2000 + yy),
                        "%02d/20%02d" % (mm, yy)])
        tr.t(R.choice([" exp ", " expiry ", ", expires ", " EXP: ", " valid thru "]))
        tr.v(exp, "EXPIRY", c.group("EXPIRY", exp))
    if R.random() < 0.6:
        n = 4 if len(card) == 15 else 3
        cvv = "".join(str(R.randint(0, 9)) for _ in range(n))
        tr.t(R.choice([" cvv ", " cvc: ", " sec code ", " and the 3 digits on back are "]))
        tr.v(cvv, "CVV", c.group("CVV", cvv))
    c.a().t(R.choice(["Thanks, processing the payment of £%d.%02d now." %
                      (R.randint(5, 400), R.randint(0, 99)),
                      "Thank you, that's gone through."]))
    return c


def say_expiry(R):
    mm, yy = R.randint(1, 12), R.randint(25, 31)
    return R.choice([
        "%s %s" % (say_pair("%02d" % mm, R), num_words(yy)),
        "%s twenty %s" % (MONTHS[mm - 1], num_words(yy)),
        "%s %s" % (MONTHS[mm - 1], num_words(yy)),
        "%s slash %s" % (say_single("%02d" % mm, R), say_single(str(yy), R)),
        "the %s month of twenty %s" % (ORD[mm], num_words(yy)),
    ])


def p_card_asr(R):
    k, co = ind(R)
    c = Case("positive", "asr card reading split over turns (%s)" % k)
    card = gen_card(R)
    c.a().t(R.choice(["thank you for calling %s my name's %s how can i help" %
                      (co.lower(), R.choice(FIRST)),
                      "right so i'll take that payment now, can i have the long number on the card please"]))
    sizes = card_sizes(len(card)) if R.random() < 0.7 else \
        R.choice([[3] * 7, [2] * 10, [4, 2, 2, 4, 4, 3]])
    groups = chunks(card, sizes)
    lead = R.choice(["yeah it's ", "ok so ", "right, ", "it's um ", "", "ok ready? "])
    spoken_reading(c, "CARD_NUMBER", card, groups, R, lead=lead,
                   fill=0.3, readback=R.random() < 0.5)
    if R.random() < 0.6:
        c.a().t("and the expiry date")
        e = say_expiry(R)
        c.c().t(R.choice(["", "it's ", "um "])).v(e, "EXPIRY", c.group("EXPIRY", e))
    if R.random() < 0.5:
        c.a().t("and the three digits on the back")
        cvv = "".join(str(R.randint(0, 9)) for _ in range(3))
        c.c().v(say_chunk(cvv, R, R.choice(["single", "hund"])), "CVV",
                c.group("CVV", cvv))
    c.a().t("lovely, that's all gone through for %s pounds" %
            num_words(R.randint(10, 400)))
    return c


def p_card_restart(R):
    c = Case("positive", "asr card with restarted reading and aside")
    card = gen_card(R)
    c.a().t("go ahead with the card number whenever you're ready")
    groups = chunks(card, card_sizes(len(card)))
    tr = c.c().t(R.choice(["ok it's ", "right ", ""]))
    g0 = c.group("CARD_NUMBER", card)
    tr.v(say_groups(groups[:1], R, style="single") + ", " +
         say_single(groups[1][:2], R, allow_rep=False), "CARD_NUMBER", g0, "prefix")
    tr.t(R.choice([" no wait sorry, let me start again, ",
                   " no hang on, that's the wrong card. right, it's ",
                   "... sorry i lost my place. from the top, "]))
    g = c.group("CARD_NUMBER", card)
    cut = R.randint(1, len(groups) - 1)
    tr.v(say_groups(groups[:cut], R, fill=0.3), "CARD_NUMBER", g, "part")
    if R.random() < 0.6:
        tr.t(", " + R.choice(ASIDES) + ", ")
    else:
        tr.t(" ")
        c.a().t(R.choice(BACK))
        tr = c.c()
    tr.v(say_groups(groups[cut:], R, fill=0.3), "CARD_NUMBER", g, "part")
    c.a().t("thank you")
    return c


def p_ssn(R):
    c = Case("positive", "us ssn")
    ssn = gen_ssn(R)
    co = R.choice(["MedBill Services", "Parcel & Co credit", "the benefits office",
                   "Lakeshore Health", "FirstState Insurance"])
    mode = R.choice(["typed", "typed", "spoken", "split"])
    if mode == "typed":
        c.a().t("Welcome to %s. To verify, please provide your SSN." % co)
        txt = R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s", "%s-%s %s"]) % (
            ssn[:3], ssn[3:5], ssn[5:])
        c.c().t(typo(R, R.choice(["ssn ", "SSN: ", "social is ", "my ss# is ",
                                  "Sure - "]))).v(txt, "SSN", c.group("SSN", ssn)).t(
            R.choice(["", " thanks", ". dob is on file", " and my claim number is CLM-%d" % R.randint(100000, 999999)]))
        c.a().t("Thanks, you're verified.")
    else:
        c.a().t("thanks for calling %s, can i get your social security number" % co.lower())
        spoken_reading(c, "SSN", ssn, [ssn[:3], ssn[3:5], ssn[5:]], R,
                       lead=R.choice(["yeah it's ", "sure ", "ok ", "", "um "]),
                       readback=(mode == "split" or R.random() < 0.3))
    if R.random() < 0.3:
        c.c().t("and that's for the bill of $%d.%02d right?" % (R.randint(20, 900), R.randint(0, 99)))
    return c


def p_ni(R):
    c = Case("positive", "uk national insurance number")
    ni = gen_ni(R)
    mode = R.choice(["typed", "typed", "spoken", "split"])
    if mode == "typed":
        c.a().t(R.choice(["Please confirm your National Insurance number.",
                          "For HMRC queries we need your NI number."]))
        txt = R.choice(["%s %s %s %s %s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]),
                        ni, ni.lower(), "%s%s %s" % (ni[:2], ni[2:8], ni[8]),
                        "%s-%s-%s-%s-%s" % (ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8])])
        c.c().t(typo(R, R.choice(["NI no: ", "ni number ", "its ", "NINO ", "national insurance "]))
                ).v(txt, "NI_NUMBER", c.group("NI_NUMBER", ni))
        c.a().t("Thank you.")
    else:
        c.a().t("and your national insurance number please")
        spoken_reading(c, "NI_NUMBER", ni, [ni[:2], ni[2:4], ni[4:6], ni[6:8], ni[8]],
                       R, lead=R.choice(["it's ", "yeah ", "um ", ""]),
                       readback=(mode == "split"), letters=True)
    return c


def p_bank(R):
    c = Case("positive", "uk/us bank details")
    us = R.random() < 0.3
    acct = "".join(str(R.randint(0, 9)) for _ in range(R.choice([10, 12]) if us else 8))
    c.a().t("To set up the direct debit I need your bank details." if not us else
            "For the ACH payment I'll need the account number.")
    if not us:
        sc = "".join(str(R.randint(0, 9)) for _ in range(6))
        if R.random() < 0.5:
            tr = c.c()
            tr.t(caseflip(R, "sort code ")).v(R.choice(["%s-%s-%s", "%s %s %s", "%s%s%s"]) % (
                sc[:2], sc[2:4], sc[4:]), "SORT_CODE", c.group("SORT_CODE", sc))
            tr.t(R.choice([", acct no: ", " a/c ", "\nAccount number: ", " and account "])
                 ).v(acct, "BANK_ACCOUNT", c.group("BANK_ACCOUNT", acct))
        else:
            c.c().t("ok the sort code is ").v(
                say_groups([sc[:2], sc[2:4], sc[4:]], R, style=R.choice(["pairs", "single"])),
                "SORT_CODE", c.group("SORT_CODE", sc))
            c.a().t(R.choice(BACK) + ", and the account number")
            spoken_reading(c, "BANK_ACCOUNT", acct, [acct[:4], acct[4:]], R,
                           lead=R.choice(["", "it's ", "um "]), readback=R.random() < 0.4)
    else:
        if R.random() < 0.5:
            c.c().t(R.choice(["acct # ", "Account: ", "checking acct "])).v(
                acct, "BANK_ACCOUNT", c.group("BANK_ACCOUNT", acct)).t(
                " routing is on the form")
        else:
            spoken_reading(c, "BANK_ACCOUNT", acct, chunks(acct, [3, 3, 4, 2]), R,
                           lead="it's ", readback=R.random() < 0.4)
    c.a().t("Great, the first payment of %d.%02d will come out on the %s." % (
        R.randint(20, 200), R.randint(0, 99), ORD[R.randint(1, 28)]))
    return c


def p_iban(R):
    c = Case("positive", "iban")
    ib = gen_iban(R)
    c.a().t(R.choice(["Please share the IBAN for the refund.",
                      "what's the iban you'd like the refund to go to"]))
    if R.random() < 0.6:
        grp = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
        txt = R.choice([grp, ib, grp.lower(), ib.lower()])
        c.c().t(R.choice(["IBAN: ", "iban ", "it's ", ""])).v(
            txt, "IBAN", c.group("IBAN", ib)).t(R.choice(["", " (BIC on request)", " thx"]))
    else:
        spoken_reading(c, "IBAN", ib, [ib[i:i + 4] for i in range(0, len(ib), 4)],
                       R, lead="ok it's ", readback=False, letters=True)
    c.a().t("Thanks, refunds take 5 to 7 working days.")
    return c


def p_phone(R):
    c = Case("positive", "phone number")
    txt, digs = gen_phone(R)
    c.a().t(R.choice(["What's the best number to reach you on?",
                      "can i take a contact number in case we get cut off"]))
    if R.random() < 0.5:
        c.c().t(R.choice(["", "call me on ", "mob: ", "Tel ", "my cell is "])).v(
            txt, "PHONE", c.group("PHONE", digs)).t(R.choice(["", " after 6pm", ", thanks"]))
    else:
        groups = re.findall(r"\d+", txt)
        groups = [x for x in groups if x]
        lead = R.choice(["it's ", "yeah ", "", "um "])
        inner = ""
        if txt.startswith("+"):
            inner = "plus "
            txt2 = re.sub(r"\(0\)", "", txt)
            groups = re.findall(r"\d+", txt2)
            digs = "".join(groups)
            c.groups  # noqa
        if txt.startswith("0044"):
            groups = re.findall(r"\d+", txt)
        spoken_reading(c, "PHONE", "".join(groups), groups, R, lead=lead,
                       readback=R.random() < 0.5, style="single", inner=inner)
    c.a().t("perfect, got that")
    return c


def p_email(R):
    c = Case("positive", "email address")
    e = gen_email(R)
    c.a().t(R.choice(["and an email for the receipt?", "What email should we use?"]))
    if R.random() < 0.5:
        txt = R.choice([e, e, e.upper() if R.random() < 0.2 else e.capitalize()])
        c.c().t(R.choice(["", "its ", "email: ", "send it to "])).v(
            txt, "EMAIL", c.group("EMAIL", e))
    else:
        sp = say_email(e, R)
        c.c().t(R.choice(["yeah it's ", "", "ok so "])).v(sp, "EMAIL", c.group("EMAIL", e))
        if R.random() < 0.5:
            c.a().t("so that's ").v(sp, "EMAIL", c.group("EMAIL", e)).t("?")
            c.c().t("that's it")
    return c


def gen_dob(R):
    y, m, d = R.randint(1938, 2006), R.randint(1, 12), R.randint(1, 28)
    typed = [
        "%02d/%02d/%d" % (d, m, y), "%02d/%02d/%d" % (m, d, y),
        "%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS[m - 1].title(), y),
        "%d%s %s %02d" % (d, "th", MONTHS[m - 1][:3].title(), y % 100),
        "%02d.%02d.%d" % (d, m, y)]
    yw = num_words(y)
    spoken = [
        "the %s of %s %s" % (ORD[d], MONTHS[m - 1], yw),
        "%s %s %s" % (MONTHS[m - 1], ORD[d], yw),
        "%s %s %s" % (say_pair("%02d" % d, R), say_pair("%02d" % m, R), yw),
        "%s of %s %s" % (ORD[d], MONTHS[m - 1], num_words(y % 100) if y % 100 >= 10 else "oh " + UNIT[y % 10]),
    ]
    return R.choice(typed), R.choice(spoken)


def p_dob(R):
    c = Case("positive", "date of birth")
    typed, spoken = gen_dob(R)
    c.a().t(R.choice(["Can you confirm your date of birth?",
                      "and for security your date of birth please"]))
    if R.random() < 0.5:
        c.c().t(R.choice(["dob ", "DOB: ", "born ", "", "its "])).v(
            typed, "DOB", c.group("DOB", typed))
    else:
        c.c().t(R.choice(["yeah it's ", "", "um ", "i was born on "])).v(
            spoken, "DOB", c.group("DOB", spoken))
    c.a().t(R.choice(["thanks, and the appointment is booked for the %s at %d o'clock" %
                      (ORD[R.randint(1, 28)], R.randint(1, 11)), "thank you"]))
    return c


def p_address(R):
    c = Case("positive", "address with postcode/zip")
    us = R.random() < 0.35
    no = R.randint(1, 240)
    st = R.choice(STREETS)
    flat = R.random() < 0.3
    town = R.choice(["Boston", "Chicago", "Austin", "Seattle"] if us else
                    ["Leeds", "Manchester", "Cardiff", "Bristol", "Glasgow", "Belfast"])
    pc = R.choice(US_ZIP if us else UK_POST)
    c.a().t(R.choice(["What's the delivery address?", "and the first line of the address and postcode"]))
    if R.random() < 0.5:
        addr = ("%s %d, %d %s" % (R.choice(["Flat", "Apt", "Unit"]), R.randint(1, 30), no, st)
                if flat else "%d %s" % (no, st))
        addr = caseflip(R, addr)
        tr = c.c().t(R.choice(["", "it's ", "addr: ", "ship to "]))
        tr.v(addr, "ADDRESS", c.group("ADDRESS", addr)).t(", %s%s " % (
            town, "" if not us else ", " + R.choice(["MA", "IL", "TX", "WA"])))
        pcn = pc.replace(" ", "").replace("-", "")
        tr.v(caseflip(R, pc) if not us else pc, "POSTCODE", c.group("POSTCODE", pcn))
    else:
        addr = ("flat %s, %s %s" % (num_words(R.randint(1, 30)), num_words(no), st.lower())
                if flat else "%s %s" % (num_words(no), st.lower()))
        c.c().t(R.choice(["yeah it's ", "", "um "])).v(addr, "ADDRESS", c.group("ADDRESS", addr)).t(
            " in %s" % town.lower())
        c.a().t(R.choice(["and the postcode?", "zip code?", "mhm and postcode"]))
        pcn = pc.replace(" ", "").replace("-", "")
        if us:
            sp = say_groups(re.findall(r"\d+", pc), R, style="single")
        else:
            a, b = pc.split()
            sp = say_alnum(a, R, 0.3) + ", " + say_alnum(b, R, 0.3)
        c.c().t(R.choice(["", "it's "])).v(sp, "POSTCODE", c.group("POSTCODE", pcn))
    c.a().t("thanks, delivery is between %d and %d pm" % (R.randint(1, 4), R.randint(5, 8)))
    return c


def p_mixed(R):
    """Verification with several identifiers and non-PII distractors."""
    k, co = ind(R)
    c = Case("positive", "mixed identifiers plus distractors (%s)" % k)
    c.a().t("%s, this is %s. can i take your name and email" % (co, R.choice(FIRST)))
    e = gen_email(R)
    c.c().t("sure it's %s %s, email " % (R.choice(FIRST), R.choice(LAST))).v(
        say_email(e, R) if R.random() < 0.6 else e, "EMAIL", c.group("EMAIL", e))
    c.a().t("and is it still the card ending %s?" % "".join(str(R.randint(0, 9)) for _ in range(4)))
    c.c().t(R.choice(["yeah", "no, new card"]))
    txt, digs = gen_phone(R)
    c.a().t("and your number is still ").v(txt, "PHONE", c.group("PHONE", digs)).t("?")
    c.c().t("yes. the bill was %d pounds %d which is wrong, i was only on for %d minutes" % (
        R.randint(40, 300), R.randint(1, 99), R.randint(3, 90)))
    return c


POS = [(p_card_chat, 30), (p_card_asr, 38), (p_card_restart, 10), (p_ssn, 32),
       (p_ni, 32), (p_bank, 18), (p_iban, 13), (p_phone, 14), (p_email, 12),
       (p_dob, 14), (p_address, 14), (p_mixed, 10)]


# ---------------------------------------------------------------- negatives

def dig(R, n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def n_ref_spoken(R):
    lab = R.choice(["order number", "reference", "ticket number", "claim number",
                    "booking reference", "tracking number", "case id",
                    "policy number", "invoice number", "account reference on the letter"])
    num = not_luhn(dig(R, R.choice([12, 14, 16, 16])))
    c = Case("negative", "%s read like a card number" % lab)
    c.a().t("can i take the %s please" % lab)
    groups = chunks(num, [4] * 5)
    parts = split_parts(groups, R, R.choice([1, 2, 3]))
    for i, p in enumerate(parts):
        c.c().t(("yeah the %s is " % lab if i == 0 else "") + say_groups(p, R, fill=0.2))
        if i < len(parts) - 1:
            c.a().t(R.choice(BACK))
    c.a().t("thanks, i've found the %s" % lab.split()[0])
    return c


def n_ref_typed(R):
    lab, val = R.choice([
        ("Order #", dig(R, 9)), ("Ticket ", "INC%07d" % R.randint(1, 9999999)),
        ("Invoice no. ", "INV-%d-%05d" % (R.randint(2019, 2025), R.randint(1, 99999))),
        ("Tracking: ", "1Z%s%s" % ("".join(R.choice("ABCDEFXYW") for _ in range(6)), dig(R, 10))),
        ("Policy number ", "HRB-%s-%s" % (dig(R, 4), dig(R, 6))),
        ("Claim ref ", "CLM %d %s" % (R.randint(2020, 2025), dig(R, 6))),
        ("Serial no: ", "SN%s-%s" % (dig(R, 6), dig(R, 4))),
        ("Model ", "WX-%s%s" % (dig(R, 3), R.choice("ABCQ"))),
        ("Parcel ", "JD%s" % dig(R, 18)),
        ("Meter serial ", "S%sA%s" % (dig(R, 2), dig(R, 8))),
        ("Order number ", "%s %s %s %s" % (dig(R, 4), dig(R, 4), dig(R, 4), dig(R, 4))),
    ])
    c = Case("negative", "labelled reference number (typed)")
    c.c().t(R.choice(["Hi, ", "", "hello "]) + "my %s%s still hasn't %s" % (
        lab, val, R.choice(["arrived", "been resolved", "been refunded"])))
    c.a().t("Sorry about that. I can see %s was updated on %d %s at %02d:%02d." % (
        val, R.randint(1, 28), MONTHS[R.randint(0, 11)][:3].title(),
        R.randint(7, 20), R.randint(0, 59)))
    return c


def n_money(R):
    c = Case("negative", "amounts, balances, percentages")
    c.c().t(R.choice(["why is my bill ", "how come i owe ", "you've charged me "]) +
            R.choice(["£%d.%02d" % (R.randint(10, 9999), R.randint(0, 99)),
                      "$%d,%03d.%02d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 99)),
                      "%s pounds %s" % (num_words(R.randint(20, 999)), num_words(R.randint(1, 99))),
                      "€%d" % R.randint(100, 99999)]) + " this month")
    c.a().t("the balance of %s includes a late fee and interest at %d.%d%% apr, and your next payment of %s is due on the %s" % (
        "£%d,%03d.%02d" % (R.randint(1, 20), R.randint(0, 999), R.randint(0, 99)),
        R.randint(9, 39), R.randint(0, 9), "£%d" % R.randint(20, 400), ORD[R.randint(1, 28)]))
    return c


def n_lastfour(R):
    l4 = dig(R, 4)
    c = Case("negative", "card last four only")
    c.a().t(R.choice(["is that the visa ending %s?" % l4,
                      "i can see a card ending in %s on the account" % say_single(l4, R),
                      "Payment taken from card ending ****%s." % l4]))
    c.c().t(R.choice(["yeah the one ending %s" % say_single(l4, R),
                      "no the last four are %s" % " ".join(dig(R, 4)),
                      "yes ending %s, expires next year" % l4]))
    return c


def n_dates_times(R):
    c = Case("negative", "appointment/contract dates, times, durations, years")
    c.a().t(R.choice([
        "your engineer visit is on %02d/%02d/%d between 8 and 12" % (R.randint(1, 28), R.randint(1, 12), R.randint(2024, 2026)),
        "the contract started on the %s of %s %s and runs for %d months" % (
            ORD[R.randint(1, 28)], MONTHS[R.randint(0, 11)], num_words(R.randint(2019, 2024)), R.choice([12, 18, 24])),
        "we're open monday to friday nine till half five, saturdays ten to two",
        "the appointment is %s the %s at %s fifteen" % (R.choice(["tuesday", "friday"]), ORD[R.randint(1, 28)], num_words(R.randint(1, 11))),
    ]))
    c.c().t(R.choice([
        "ok i've been with you since %d, about %d years" % (R.randint(1995, 2020), R.randint(3, 25)),
        "i was on hold for %s minutes" % num_words(R.randint(12, 95)),
        "can you make it %02d:%02d on %d %s instead" % (R.randint(8, 17), R.choice([0, 15, 30, 45]), R.randint(1, 28), MONTHS[R.randint(0, 11)].title()),
        "my dad's %s and can't do mornings" % num_words(R.randint(65, 94)),
    ]))
    return c


def n_meter(R):
    c = Case("negative", "meter readings and counts")
    r = dig(R, R.choice([5, 6, 8]))
    c.a().t("can you give me the reading on the %s meter" % R.choice(["gas", "electric", "water"]))
    c.c().t(R.choice(["it says %s" % say_groups(chunks(r, [3, 3, 2]), R),
                      "reading is %s point %s" % (r, dig(R, 1)),
                      "ok %s, um, %s" % (say_single(r[:3], R), say_single(r[3:], R))]))
    c.a().t("thanks, that's %d units since your last reading of %s" % (R.randint(80, 900), dig(R, 5)))
    return c


def n_travel(R):
    c = Case("negative", "flight, gate, seat, room numbers")
    c.c().t(R.choice([
        "my flight %s%d from gate %s%d was cancelled" % (R.choice(["BA", "EI", "FR", "LH", "UA"]), R.randint(100, 9999), R.choice("ABCD"), R.randint(1, 60)),
        "i'm in room %s and the booking ref is %s" % (num_words(R.randint(100, 999)), "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))),
        "we're in seats %d%s and %d%s on flight %s" % (R.randint(1, 40), R.choice("ABCDEF"), R.randint(1, 40), R.choice("ABCDEF"), "EI %d" % R.randint(100, 999)),
    ]))
    c.a().t(R.choice(["i'll rebook you on the %02d:%02d departure tomorrow" % (R.randint(6, 22), R.choice([5, 20, 35, 50])),
                      "the temperature in %s is %d degrees so pack light" % (R.choice(TOWNS), R.randint(-5, 35))]))
    return c


def n_roads(R):
    c = Case("negative", "road names, junctions, counts")
    c.c().t("the driver said he was stuck on the %s near junction %d and %s" % (
        R.choice(["M25", "A40", "N7", "I-95", "M50"]), R.randint(1, 30),
        R.choice(["would be %d minutes" % R.randint(10, 90), "there's %d parcels left" % R.randint(2, 40)])))
    c.a().t("ok, the depot on %s closes at %d so he'll be there before then" % (
        R.choice(STREETS), R.randint(5, 9)))
    return c


def n_extension(R):
    c = Case("negative", "ivr options, extensions, model numbers")
    c.a().t("please press %d for billing or hold for extension %s" % (R.randint(1, 9), dig(R, 4)))
    c.c().t("it's the %s router, model %s, firmware %d.%d.%d, and %d devices keep dropping" % (
        R.choice(["skyline", "hub"]), "RX%s" % dig(R, 4), R.randint(1, 9), R.randint(0, 20), R.randint(0, 99), R.randint(2, 9)))
    return c


NEG = [(n_ref_spoken, 22), (n_ref_typed, 22), (n_money, 10), (n_lastfour, 12),
       (n_dates_times, 12), (n_meter, 8), (n_travel, 8), (n_roads, 6),
       (n_extension, 6)]


# ---------------------------------------------------------------- main

def generate():
    R = random.Random(SEED)
    built = []
    for kind, table in (("pos", POS), ("neg", NEG)):
        fns = [f for f, n in table for _ in range(n)]
        R.shuffle(fns)
        for i, f in enumerate(fns, 1):
            case = f(R)
            turns, spans, meta = case.build()
            rec = {"id": "h487-%s-%03d" % (kind, i), "kind": case.kind,
                   "turns": turns, "spans": spans, "note": case.note}
            built.append((rec, meta, case.groups))
    return built


def serialise(built):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _ in built)


def check(built):
    errs = []
    with open(OUT, encoding="utf-8") as fh:
        if fh.read() != serialise(built):
            errs.append("file differs from regenerated output")
    ids = [r["id"] for r, _, _ in built]
    if len(ids) != len(set(ids)):
        errs.append("duplicate ids")
    for rec, meta, groups in built:
        cid = rec["id"]
        if rec["kind"] == "negative" and rec["spans"]:
            errs.append("%s negative with spans" % cid)
        if rec["kind"] == "positive" and not rec["spans"]:
            errs.append("%s positive without spans" % cid)
        for t in rec["turns"]:
            if t["speaker"] not in ("customer", "agent") or not t["text"]:
                errs.append("%s bad turn" % cid)
        byturn = {}
        parts = {}
        for sp, (grp, mode) in zip(rec["spans"], meta):
            text = rec["turns"][sp["turn"]]["text"]
            s, e = sp["start"], sp["end"]
            if not (0 <= s < e <= len(text)):
                errs.append("%s offsets out of range" % cid)
                continue
            val = text[s:e]
            first_ok = val[0].isalnum() or (sp["type"] == "PHONE" and val[0] in "+(")
            if not first_ok or not val[-1].isalnum():
                errs.append("%s span edges not alnum: %r" % (cid, val))
            if (s > 0 and text[s - 1].isalnum()) or (e < len(text) and text[e].isalnum()):
                errs.append("%s span not on word boundary: %r" % (cid, val))
            byturn.setdefault(sp["turn"], []).append((s, e))
            typ, true = groups[grp]
            if typ != sp["type"]:
                errs.append("%s type mismatch" % cid)
            if mode == "part":
                parts.setdefault(grp, []).append(val)
                continue
            try:
                ok, got = validate(typ, val, true, mode)
            except Exception as ex:  # noqa
                ok, got = False, str(ex)
            if not ok:
                errs.append("%s invalid %s %r -> %r (want %r)" % (cid, typ, val, got, true))
        for grp, vals in parts.items():
            typ, true = groups[grp]
            try:
                ok, got = validate(typ, " , ".join(vals), true, "full")
            except Exception as ex:  # noqa
                ok, got = False, str(ex)
            if not ok:
                errs.append("%s invalid split %s %r -> %r (want %r)" % (cid, typ, vals, got, true))
        for t, lst in byturn.items():
            lst.sort()
            for (a, b), (c2, d) in zip(lst, lst[1:]):
                if c2 < b:
                    errs.append("%s overlapping spans" % cid)
    return errs


def counts(built):
    from collections import Counter
    ct = Counter(sp["type"] for r, _, _ in built for sp in r["spans"])
    kinds = Counter(r["kind"] for r, _, _ in built)
    return ct, kinds


def main():
    built = generate()
    if "--check" in sys.argv[1:]:
        errs = check(built)
        ct, kinds = counts(built)
        need = {"CARD_NUMBER": 70, "SSN": 30, "NI_NUMBER": 30}
        for typ in ("CARD_NUMBER", "CVV", "EXPIRY", "SSN", "NI_NUMBER", "BANK_ACCOUNT",
                    "SORT_CODE", "IBAN", "PHONE", "EMAIL", "DOB", "POSTCODE", "ADDRESS"):
            if ct[typ] < need.get(typ, 10):
                errs.append("too few %s spans: %d" % (typ, ct[typ]))
        if kinds["positive"] < 200 or kinds["negative"] < 100:
            errs.append("too few cases: %r" % dict(kinds))
        for e in errs[:50]:
            print("ERROR", e)
        print(dict(kinds), dict(sorted(ct.items())))
        if errs:
            print("CHECK FAILED (%d errors)" % len(errs))
            sys.exit(1)
        print("CHECK OK")
        return
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(serialise(built))
    ct, kinds = counts(built)
    print("wrote", OUT, dict(kinds), dict(sorted(ct.items())))


if __name__ == "__main__":
    main()
